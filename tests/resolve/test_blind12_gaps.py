"""General gaps found by the twelfth blind evaluation (issue 3), pinned with invented sentences.

Each case: (text, publication date, phrase, expected value, expected type). A phrase expected to be
absent has value None. Every text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

_CLAIMS = ("Applications for unemployment aid dropped to 301,000 in the week ended Oct. 5, the agency said "
           "Thursday, down from 340,000 a year earlier.")
_ONIONS = "Wholesale prices of pulses rose 6 per cent in the week ending 14 March, the ministry said on Friday."
_RACE = ("Mara Okello won the city marathon in 2:21:07 on Sunday, passing halfway in 1:09:55. The course record "
         "of 2:18:30 survived. Her rival finished in 2 hours, 23 minutes, 2 seconds, and the wheelchair winner "
         "cut the last climb to 11 minutes, 37 seconds.")
_SHOPS = ("Department store sales rose less than expected in May, the statistics office said. Sales had fallen "
          "after a 0.3 percent drop in April, and clothing sales fell for the first time since January. Food "
          "sales rose 0.2 percent last month after a 0.6 percent gain in the prior month.")
_HOMES = "The builder sold 310 flats between October 2024 and February, its filing shows."
_FESTIVAL = "The 2025 festival is scheduled for Sept. 21, the organizers said on Monday."
_BUDGET = "The 2025 budget will be put to a vote on Oct. 30, the mayor said."
_WINS = "\"We lost to them last season, and the season before that,\" the coach said."
_YEARS = "Turnover fell last year, and the year before that it barely grew."
_FRAUD = ("Prosecutors charged the broker in March 2016, accusing him of rigging trades between 2009 and 2013. "
          "Police arrested him in Leeds the following summer.")
_FERRY = ("The cargo ship left the harbor at 10:15 p.m. Friday with 20 crew. It sent a distress call at about "
          "3 a.m., the navy said. Helicopters found a life raft that morning.")
_PARTY = ("The party began at 9 p.m. Friday. Neighbors had complained at 1 a.m. the previous week, police said.")
_RATES = ("The central bank kept overnight interest rates at 1 percent. Thieves broke in overnight, the owner "
          "said.")

CASES = [
    # -- "<period> ended <date>": the period as a unit and the date, two expressions (TimeML) --
    (_CLAIMS, "2013-10-11", "the week", "P1W", "DURATION"),
    (_CLAIMS, "2013-10-11", "Oct. 5", "2013-10-05", "DATE"),
    (_CLAIMS, "2013-10-11", "the week ended Oct. 5", None, None),
    (_CLAIMS, "2013-10-11", "a year earlier", "2012-W40", "DATE"),
    (_ONIONS, "2015-03-20", "the week", "P1W", "DURATION"),
    (_ONIONS, "2015-03-20", "14 March", "2015-03-14", "DATE"),
    # -- race times: h:mm:ss after "in"/"of" is an amount, and units joined by commas are one amount --
    (_RACE, "2021-10-18", "2:21:07", "PT2H21M7S", "DURATION"),
    (_RACE, "2021-10-18", "1:09:55", "PT1H9M55S", "DURATION"),
    (_RACE, "2021-10-18", "2:18:30", "PT2H18M30S", "DURATION"),
    (_RACE, "2021-10-18", "2 hours, 23 minutes, 2 seconds", "PT2H23M2S", "DURATION"),
    (_RACE, "2021-10-18", "11 minutes, 37 seconds", "PT11M37S", "DURATION"),
    (_RACE, "2021-10-18", "2 hours", None, None),
    # -- "than expected" compares with a forecast: no future cue --
    (_SHOPS, "2017-06-14", "May", "2017-05", "DATE"),
    # -- a month named as a comparison base ("since January", "after a drop in April") is no anchor --
    (_SHOPS, "2017-06-14", "the prior month", "2017-04", "DATE"),
    # -- the bare end of a range opened by a recent dated month is read from publication --
    (_HOMES, "2026-04-02", "February", "2026-02", "DATE"),
    # -- a year written before an event noun gives its year to the date set for the event --
    (_FESTIVAL, "2024-10-07", "Sept. 21", "2025-09-21", "DATE"),
    (_BUDGET, "2024-10-07", "Oct. 30", "2024-10-30", "DATE"),
    # -- "the <unit> before that": one expression, the unit before the one just named --
    (_WINS, "2019-05-02", "the season before that", None, None),
    (_YEARS, "2021-03-10", "the year before that", "2019", "DATE"),
    # -- the time of what is alleged is no step of the story --
    (_FRAUD, "2022-02-16", "the following summer", "2016-SU", "DATE"),
    # -- small hours told after an evening clock time are the next day's --
    (_FERRY, "2020-11-10", "about 3 a.m.", "2020-11-07T03:00", "TIME"),
    (_FERRY, "2020-11-10", "that morning", "2020-11-07TMO", "TIME"),
    (_PARTY, "2020-11-10", "9 p.m. Friday", "2020-11-06T21:00", "TIME"),
    # -- "overnight" before the noun it qualifies is no time --
    (_RATES, "2020-11-10", "overnight", "2020-11-09TNI", "TIME"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_blind12_gap(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


def test_overnight_before_its_noun_is_no_time():
    from timeline.resolve import resolve
    import datetime as dt
    found = [t for t in resolve(_RATES, dt.date(2020, 11, 10)) if t.text == "overnight"]
    assert len(found) == 1 and found[0].start > _RATES.index("Thieves")
