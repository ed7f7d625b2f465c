"""Round 128 (from the errors of blind150, retail and shopping-season news, and blind139, courtroom trials):
"the last Saturday before Christmas" is the Saturday just before the holiday, not the last Saturday before
publication; a holiday a few days gone is the one a forward-looking clause compares with or counts from
("busier than Boxing Day", told on December 28), not next year's; a day told with its year after "in"
("April 2 in 1994") is a day of that year; "the quarter" of a result told after a month still to come is the
quarter named before, not that month's; a plan "in the June half" is the half under way or next; the English
quarter days ("the March quarter day", "the next quarter day") are days, not quarters; "the same weekend in
2019" is the weekend just named, moved into that year; "Mothering Sunday" and "Super Saturday" are days; a
plan called off ("had been set for May but was postponed") is the nearest such month, gone by or to come;
"a week before Christmas" is one date; "the Boxing Day Test" is a cricket match, no date.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # the last weekday before a holiday
    ("Garden centres expect the last Sunday before Easter to be their best day.", "2022-01-19",
     "the last Sunday before Easter", "2022-04-10", "DATE"),
    ("The bakery ran out of bread on the last Saturday before Christmas.", "2015-02-03",
     "the last Saturday before Christmas", "2014-12-20", "DATE"),
    # counter: "last Saturday" alone is the one before publication
    ("The bakery ran out of bread last Saturday.", "2015-02-03", "last Saturday", "2015-01-31", "DATE"),
    # a holiday a few days gone, in a future clause
    ("Traders expect tomorrow to be busier than Boxing Day was.", "2019-12-28", "Boxing Day", "2019-12-26", "DATE"),
    ("Analysts will study the days between Thanksgiving and the end of the month.", "2021-11-29",
     "Thanksgiving", "2021-11-25", "DATE"),
    # counter: a future event set on a holiday a few days gone is set on the coming one
    ("Ticket sales will pass a million at Boxing Day, the club said.", "2019-12-28", "Boxing Day", "2020-12-26",
     "DATE"),
    # counter: a holiday more than a week gone, in a future clause, is the coming one
    ("The mall will reopen its rink before Christmas.", "2020-01-09", "Christmas", "2020-12-25", "DATE"),
    # counter: told before the holiday, the coming one
    ("The mall will reopen its rink before Christmas.", "2020-12-20", "Christmas", "2020-12-25", "DATE"),
    # a day with its year told after "in"
    ("The ferry last sailed on a Sunday, on October 9 in 1983.", "2004-06-15", "October 9", "1983-10-09", "DATE"),
    ("The festival fell on April 2 in 1994, when the park was still closed.", "2004-06-15", "April 2",
     "1994-04-02", "DATE"),
    # counter: a number of stores after "in" is no year
    ("The offer starts on June 30 in 2000 stores nationwide.", "2004-06-15", "June 30", "2004-06-30", "DATE"),
    # "the quarter" of a result told after a month still to come: the quarter named before
    ("The chain said profit fell 9 percent in the fourth quarter. It will shut 12 stores by the end of June. "
     "Net income for the quarter was $14 million.", "2012-02-16", "the quarter", "2011-Q4", "DATE"),
    # counter: a plan for "the quarter" after a month still to come is that month's quarter
    ("Profit fell in the third quarter. The chain will open its new depot in November and expects sales to "
     "climb in the quarter.", "2011-09-02", "the quarter", "2011-Q4", "DATE"),
    # a half or quarter named by its month, in a plan: the one under way or next
    ("The miner will cut 200 jobs in the June half.", "2022-02-10", "the June half", "2022-H1", "DATE"),
    # counter: a result of the half is the latest one ended
    ("Costs rose sharply in the December half, the miner said.", "2022-02-10", "the December half", "2021-H2",
     "DATE"),
    # counter: in a future clause, a figure to beat is the latest one ended
    ("Output will be higher than in the December half.", "2022-02-10", "the December half", "2021-H2", "DATE"),
    # the English quarter days
    ("Tenants must find the rent due on the September quarter day.", "2021-07-14", "the September quarter day",
     "2021-09-29", "DATE"),
    ("Several chains may not survive until the next quarter day, agents warned.", "2021-07-14",
     "the next quarter day", "2021-09-29", "DATE"),
    ("Tenants must find the rent due on the September quarter day, and some will not last until the next "
     "quarter day.", "2021-07-14", "the next quarter day", "2021-12-25", "DATE"),
    # counter: "the June quarter" without "day" is the calendar quarter
    ("Exports fell in the June quarter.", "2021-07-14", "the June quarter", "2021-Q2", "DATE"),
    # "the same weekend in 2013", "the same day in 2017": the time just named, in the year written
    ("Tills rang up $4 million last weekend, well up on the same weekend in 2013.", "2015-06-10",
     "the same weekend in 2013", "2013-W23-WE", "DATE"),
    ("Queues last Saturday were shorter than on the same day in 2012.", "2015-06-10", "the same day in 2012",
     "2012-06-09", "DATE"),
    ("The fair opened on 2 June, as it had on the same day in 2011.", "2015-06-10", "the same day in 2011",
     "2011-06-02", "DATE"),
    # counter: "the same day" alone is the day just named
    ("Queues last Saturday were long, and the same day a van broke down.", "2015-06-10", "the same day",
     "2015-06-06", "DATE"),
    # Mothering Sunday, three weeks before Easter; Super Saturday, the last Saturday before Christmas
    ("Florists sold out of tulips before Mothering Sunday.", "2019-04-10", "Mothering Sunday", "2019-03-31",
     "DATE"),
    ("Malls expect Super Saturday to beat Black Friday this year.", "2021-12-01", "Super Saturday", "2021-12-18",
     "DATE"),
    # counter: a plain Sunday or Saturday is a weekday
    ("Florists sold out of tulips on Sunday.", "2019-04-10", "Sunday", "2019-04-07", "DATE"),
    # a plan called off since: the plain nearest, gone by or to come
    ("The inquest had been set for May but was postponed when a witness fell ill.", "2010-10-20", "May",
     "2010-05", "DATE"),
    # counter: a plan standing is more likely the coming one
    ("The inquest had been set for May, the coroner's office said.", "2010-10-20", "May", "2011-05", "DATE"),
    # "a week before Christmas": one date, seven days before the holiday
    ("The toy shop sold its last sledge a week before Christmas.", "2016-01-05", "a week before Christmas",
     "2015-12-18", "DATE"),
    # counter: a longer count stays a duration, the holiday apart
    ("The toy shop sold its last sledge two weeks before Christmas.", "2016-01-05", "two weeks", "P2W",
     "DURATION"),
    # a cricket fixture named by its day is no date
    ("Fans queued overnight for tickets to the Boxing Day Test in Perth.", "2019-12-30", "Boxing Day", None, None),
    # counter: the day itself
    ("The shops reopened on Boxing Day in Perth.", "2019-12-30", "Boxing Day", "2019-12-26", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round128(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
