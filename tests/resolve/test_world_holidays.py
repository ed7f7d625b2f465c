"""Holidays of English-speaking countries outside the US and the UK (round 6B): fixed-date days found
by name and anchored like Christmas, Canada's Victoria Day (the Monday before May 25), and names that stay
untagged (a verb, a name of an organisation, a day each country dates its own way). Every text is
invented for these tests."""
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
    # a name whose date depends on the country stays untagged
    ("Crowds gathered on Republic Day.", "Republic Day"),
    ("The party held a rally on Freedom Day.", "Freedom Day"),
    # the common noun phrase
    ("The bishop called Sunday a day of reconciliation.", "a day of reconciliation"),
])
def test_no_holiday_where_none_is_meant(text, absent):
    assert absent.lower() not in [t.text.lower() for t in resolve(text, APR)]
