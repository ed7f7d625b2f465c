"""Holidays of English-speaking countries outside the US and the UK (round 6B): fixed-date days found
by name and anchored like Christmas, Canada's Victoria Day (the Monday before May 25), days each country
dates its own way ("Independence Day", "Republic Day", "Labour Day", "National Day": round 9, by the
country the text is about), and names that stay untagged (a verb, a name of an organisation, such a day
with no country that keeps it). Every text is invented for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.resolve import resolve

APR = dt.date(2024, 4, 10)      # a Wednesday in April
NOV = dt.date(2024, 11, 20)
JUN = dt.date(2025, 6, 2)

CASES = [
    # text, publication, extent, expected value
    # fixed dates: a future clause looks ahead, a past one back, otherwise the nearest
    ("The city will close its offices on Canada Day.", APR, "Canada Day", "2024-07-01"),
    ("Fireworks lit the lake on Canada Day.", NOV, "Canada Day", "2024-07-01"),
    ("Citizenship ceremonies were held on Australia Day.", APR, "Australia Day", "2024-01-26"),
    ("Veterans will march at dawn on Anzac Day.", APR, "Anzac Day", "2024-04-25"),
    ("The treaty grounds drew crowds on Waitangi Day.", APR, "Waitangi Day", "2024-02-06"),
    ("The president spoke in Nairobi on Jamhuri Day.", APR, "Jamhuri Day", "2023-12-12"),
    ("The stadium will host the celebrations on Madaraka Day.", APR, "Madaraka Day", "2024-06-01"),
    ("Heroes were honoured on Mashujaa Day.", NOV, "Mashujaa Day", "2024-10-20"),
    ("A parade is planned in the capital for Pakistan Day.", dt.date(2024, 2, 1), "Pakistan Day", "2024-03-23"),
    ("Schools held prayer meetings on Gandhi Jayanti.", NOV, "Gandhi Jayanti", "2024-10-02"),
    ("Poppies were laid at the memorial on Remembrance Day.", NOV, "Remembrance Day", "2024-11-11"),
    ("Pipers played in the square on St Andrew's Day.", dt.date(2024, 12, 9), "St Andrew's Day", "2024-11-30"),
    ("The hall will serve haggis on St. Andrew's Day.", APR, "St. Andrew's Day", "2024-11-30"),
    ("The club will host a supper on Burns Night.", NOV, "Burns Night", "2025-01-25"),
    ("Bonfires burned across the county on Guy Fawkes Night.", NOV, "Guy Fawkes Night", "2024-11-05"),
    ("Pet owners were warned before Bonfire Night.", dt.date(2024, 10, 30), "Bonfire Night", "2024-11-05"),
    ("Pubs were packed on St Patrick's Day.", APR, "St Patrick's Day", "2024-03-17"),
    ("Sales rose on Boxing Day.", dt.date(2025, 1, 3), "Boxing Day", "2024-12-26"),
    # with a year, and "last"/"next"
    ("The memorial was unveiled on Anzac Day 1998.", APR, "Anzac Day 1998", "1998-04-25"),
    ("The mayor hopes to open the bridge by next Canada Day.", APR, "next Canada Day", "2024-07-01"),
    # the Monday before May 25
    ("The fireworks over the harbour are set for Victoria Day.", APR, "Victoria Day", "2024-05-20"),
    ("The ferry ran extra crossings on Victoria Day.", JUN, "Victoria Day", "2025-05-19"),
    ("Victoria Day fell on May 18 that year.", dt.date(2015, 6, 1), "Victoria Day", "2015-05-18"),
    # days each country dates its own way: the country of the dateline, of the holiday's sentence, or the
    # one the text names most; the US day where no other country keeping one is named
    ("NEW DELHI: Schools will close for Republic Day, the ministry said.", APR, "Republic Day", "2025-01-26"),
    ("ROME -- Museums will open free of charge on Republic Day.", APR, "Republic Day", "2024-06-02"),
    ("LAGOS -- Courts will not sit on Tuesday, Independence Day.", dt.date(2024, 9, 26), "Independence Day",
     "2024-10-01"),
    ("Markets in Nairobi closed on Independence Day. Kenyan traders said sales fell.", APR,
     "Independence Day", "2023-12-12"),
    ("Fireworks lit the sky on Independence Day.", NOV, "Independence Day", "2024-07-04"),
    ("TORONTO -- U.S. markets will be closed for Independence Day, the exchange said.", JUN,
     "Independence Day", "2025-07-04"),
    ("KARACHI: Indian and Pakistani fans celebrated, and U.S. markets stayed shut for Independence Day.", JUN,
     "Independence Day", "2025-07-04"),
    ("SINGAPORE: Extra trains will run after National Day.", JUN, "National Day", "2025-08-09"),
    ("BEIJING, June 2 (Xinhua) -- Hotels expect crowds over the National Day holiday.", JUN, "National Day",
     "2025-10-01"),
    ("BLOEMFONTEIN: Rallies are planned for Freedom Day.", APR, "Freedom Day", "2024-04-27"),
    ("BLOEMFONTEIN: The case returns after the Youth Day holiday.", APR, "Youth Day", "2024-06-16"),
    ("The bridge will reopen by Labour Day, Canadian officials said.", JUN, "Labour Day", "2025-09-01"),
    ("WELLINGTON: The track will reopen by Labour Day.", JUN, "Labour Day", "2025-10-27"),
    ("MANILA -- Unions will march on Labor Day.", APR, "Labor Day", "2024-05-01"),
    ("Stores were crowded on Labor Day.", NOV, "Labor Day", "2024-09-02"),
    ("OTTAWA -- Ski hills expect crowds on Family Day.", dt.date(2025, 1, 20), "Family Day", "2025-02-17"),
    ("MADRID -- The strike was planned for Thursday, Constitution Day, and Friday.", dt.date(2012, 12, 4),
     "Constitution Day", "2012-12-06"),
    ("MADRID -- The strike was planned for Thursday, Constitution Day, and Friday.", dt.date(2012, 12, 4),
     "Friday", "2012-12-07"),
]


@pytest.mark.parametrize("text,reference,extent,value", CASES, ids=[f"{i}:{c[0][:40]}" for i, c in
                                                                    enumerate(CASES)])
def test_world_holiday(text, reference, extent, value):
    found = [(t.text, t.type, t.value) for t in resolve(text, reference)]
    assert (extent, "DATE", value) in found, found


@pytest.mark.parametrize("text,absent", [
    # the verb "burns", not Burns Night
    ("The flame burns night and day in the chapel.", "burns night"),
    ("The old stove burns night after night.", "burns night"),
    # a holiday inside a longer capitalised name
    ("The Canada Day Committee met on Tuesday.", "Canada Day"),
    ("Crowds gathered for Holocaust Remembrance Day.", "Remembrance Day"),
    # a name whose date depends on the country stays untagged without a country that keeps it, or in a
    # country whose day the calendar here cannot give (Israel's follows the Hebrew calendar)
    ("Crowds gathered on Republic Day.", "Republic Day"),
    ("The party held a rally on Freedom Day.", "Freedom Day"),
    ("LONDON -- Shops were shut on Labour Day.", "Labour Day"),
    ("SYDNEY: Trains ran a Sunday timetable on Labour Day.", "Labour Day"),
    ("JERUSALEM -- Fireworks lit the sky on Independence Day.", "Independence Day"),
    # no holiday's name: lower case, or a name that runs on with "of"
    ("The school held a family day in the park.", "family day"),
    ("The ministry declared a National Day of Mourning.", "National Day"),
    # the common noun phrase
    ("The bishop called Sunday a day of reconciliation.", "a day of reconciliation"),
])
def test_no_holiday_where_none_is_meant(text, absent):
    assert absent.lower() not in [t.text.lower() for t in resolve(text, APR)]
