"""Round 141 (cross-set class: expressions gold tags that the system missed altogether): an earnings report's
"the full fiscal year" (two modifiers) and "the full year to $5 billion" / "for the full year to grow" (a
forecast's year, not "the year to March"); the year a forecast is for, when the report has just named the coming
fiscal year by its label; "stores open at least a year" is no period reported on, so it does not hide last year's
fourth quarter from "the full fiscal year"; the day's last light after "at", "by", "until" ("the fast ended
at sunset") on a day named earlier in its sentence; and the second of "months, not weeks".

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # "the full fiscal year" of a results report, the year just ended in February
    ("The hardware chain said profit rose 9 percent in the fourth quarter. For the full fiscal year, the chain earned "
     "$210 million.", "2021-02-24", "the full fiscal year", "2020", "DATE"),
    # a forecast for the full year, before an amount or a verb
    ("The toymaker raised its outlook for the full year to $1.4 billion on Tuesday.", "2021-07-22",
     "the full year", "2021", "DATE"),
    ("The grocer said it now expects sales for the full year to grow about 3 percent.", "2021-07-22",
     "the full year", "2021", "DATE"),
    # counter-case: "the full year to June 30" is a period counted back from a day, not the year alone
    ("The co-operative lost money in the full year to June 30, its chairman said.", "2021-08-12",
     "the full year", None, None),
    # the coming fiscal year, named by its label just before the forecast
    ("The meter maker said orders in the current quarter, the first of fiscal 2016, were running ahead of last "
     "year. It expects revenue for the full year to grow in the high single digits.", "2015-10-21",
     "the full year", "2016", "DATE"),
    # counter-case: no fiscal label named, the year of publication
    ("The meter maker said orders were running ahead of last year. It expects revenue for the full year to "
     "grow in the high single digits.", "2015-10-21", "the full year", "2015", "DATE"),
    # "stores open at least a year" does not hide the holiday quarter just reported
    ("Profit in the holiday quarter rose 12 percent. Sales at stores open at least a year rose 3 percent. "
     "For the full fiscal year, revenue climbed 5 percent.", "2019-02-26", "the full fiscal year", "2018",
     "DATE"),
    ("Profit in the holiday quarter rose 12 percent. Sales at stores open at least a year rose 3 percent. "
     "For the full year, revenue climbed 5 percent.", "2019-02-26", "the full year", "2018", "DATE"),
    # counter-case: a longer period named after the quarter still ends its focus
    ("Profit in the holiday quarter rose 12 percent. Over the past year, sales rose 3 percent. "
     "For the full year, revenue climbed 5 percent.", "2019-02-26", "the full year", "2019", "DATE"),
    # the day's last light, on the day named earlier in its sentence
    ("On Friday the fast ended at sunset, and families gathered in the square.", "2024-03-16", "sunset",
     "2024-03-15TEV", "TIME"),
    ("The search resumed on Monday and was called off by nightfall.", "2024-03-13", "nightfall",
     "2024-03-11TEV", "TIME"),
    # counter-cases: an observer's habit after "after"; no day named in the sentence; a day joined to it
    ("Venus is bright low in the west after sunset this month.", "2024-03-13", "sunset", None, None),
    ("The two climbers were back in their tents by nightfall.", "2024-03-13", "nightfall", None, None),
    ("The fast ends at sunset on Monday, the council said.", "2024-03-13", "sunset", None, None),
    # a length set against another length ("months, not weeks") is one too
    ("The mayor said the repairs to the pier would take months, not weeks.", "2019-02-26", "weeks", "PXW",
     "DURATION"),
    ("The union expects a ruling within weeks, not months, its lawyer said.", "2019-02-26", "months", "PXM",
     "DURATION"),
    # counter-case: "not" before a bare unit with no length set against it
    ("The orchard plan is not years in the making, the grower said.", "2019-02-26", "years", None, None),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_round141(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
