"""Round 130 (a cross-set round on anchoring direction: which way a time without its year, week or day is
counted from publication).
A present passive is a timetable: "the oral exam is held on Friday", "appeals are heard in June" look ahead,
a weekday near the participle as a month does (round 94 read only "-ed" participles with a month).
So is a present progressive with its object and place before a weekday ("is celebrating with a concert in
the cathedral on Saturday").
"Schools break up on Friday": a term's end told in the present is a schedule, its day ahead.
"Hospital visits in March were the lowest": a plural noun before the month, the subject of the verb after it.
A month after a request told in the past ("pressed for a sale in August", "called for hearings in January")
may date the asking or the thing asked for: the occurrence nearest publication, on either side.
"since the spring" runs on from a season already begun, never from one still ahead.
Towns that no other country shares ("Geelong", "Wollongong") set a text in Australia, and its seasons in
the south.

Each case: (text, publication date, phrase, expected value, expected type). Every text here is invented for
these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a present passive with a weekday: the day ahead (publication Wednesday 2012-11-21)
    ("The written German paper is examined on Friday.", "2012-11-21", "Friday", "2012-11-23", "DATE"),
    ("The allotment prizes are given out on Saturday.", "2012-11-21", "Saturday", "2012-11-24", "DATE"),
    # ... but told in the past, the day gone by
    ("The written German paper was examined on Friday.", "2012-11-21", "Friday", "2012-11-16", "DATE"),
    ("The allotment prizes were given out on Saturday.", "2012-11-21", "Saturday", "2012-11-17", "DATE"),
    # a present progressive, its object and place between it and the weekday: an arrangement, the day ahead
    ("The choir is celebrating with a concert in the cathedral on Saturday.", "2012-11-21", "Saturday",
     "2012-11-24", "DATE"),
    # ... but not past a comma, where the day has a clause of its own
    ("The harbour cafe is expecting long queues this week, after the regatta on Saturday drew crowds.",
     "2012-11-21", "Saturday", "2012-11-17", "DATE"),
    # a term's end told in the present ("break up"): the day ahead (publication Thursday 2014-04-10)
    ("Pupils in the valley break up on Friday for the Easter holidays.", "2014-04-10", "Friday", "2014-04-11",
     "DATE"),
    # ... told in the past, or the verb after "had to": the day gone by
    ("Pupils in the valley broke up on Friday for the Easter holidays.", "2014-04-10", "Friday", "2014-04-04",
     "DATE"),
    ("Stewards had to break up a scuffle on Friday.", "2014-04-10", "Friday", "2014-04-04", "DATE"),
    # a present passive with a participle not in "-ed" and a month: the month ahead
    ("Most appeals are heard in June.", "2019-08-02", "June", "2020-06", "DATE"),
    ("The village cup is held in May.", "2025-11-07", "May", "2026-05", "DATE"),
    # ... told in the past, the month gone by
    ("Most appeals were heard in June.", "2019-08-02", "June", "2019-06", "DATE"),
    ("The village cup was held in May.", "2025-11-07", "May", "2025-05", "DATE"),
    # a plural noun in "-s" before "in" and the month, the verb after it in the past: the month gone by
    ("Hospital visits in March were the lowest for a decade.", "2011-11-14", "March", "2011-03", "DATE"),
    # ... a present verb before the month, none after: the month ahead
    ("The health minister visits in March.", "2011-11-14", "March", "2012-03", "DATE"),
    # a month after a request told in the past: the nearest, a month just gone dating the asking
    ("Two shareholders publicly pressed for a sale in August.", "2011-10-21", "August", "2011-08", "DATE"),
    ("The inspectors asked for more test results in September.", "2011-10-21", "September", "2011-09", "DATE"),
    # ... and a month just ahead the thing asked for
    ("The senator called for public hearings in November.", "2011-10-21", "November", "2011-11", "DATE"),
    ("The defence asked for a speedy trial in December.", "2011-10-21", "December", "2011-12", "DATE"),
    # "since" a season: the latest begun, told in January
    ("The bakery on Mill Lane has been shut since the spring.", "2021-01-14", "the spring", "2020-SP", "DATE"),
    # ... a season still to come after any other word: ahead
    ("The bakery on Mill Lane will reopen in the spring.", "2021-01-14", "the spring", "2021-SP", "DATE"),
    # towns of Australia: the southern autumn (March to May) already begun in August
    ("A Geelong surfer, who now coaches in Wollongong, has trained every day since the autumn.", "2019-08-02",
     "the autumn", "2019-FA", "DATE"),
    ("A Geelong surfer, who now coaches in Wollongong, broke his wrist in the winter.", "2019-08-02",
     "the winter", "2019-WI", "DATE"),
    # ... no such town: the northern seasons
    ("A Bristol surfer, who now coaches in Newquay, has trained every day since the autumn.", "2019-08-02",
     "the autumn", "2018-FA", "DATE"),
    ("A Bristol surfer, who now coaches in Newquay, broke his wrist in the winter.", "2019-08-02",
     "the winter", "2018-WI", "DATE"),
]


@pytest.mark.parametrize("text,dct,phrase,value,typ", CASES)
def test_round130(text, dct, phrase, value, typ):
    check_phrase(text, dct, phrase, value, typ)
