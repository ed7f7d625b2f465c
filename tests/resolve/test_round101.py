"""Round 101 (from the errors of blind54, personal finance and consumer news, and blind95, years in review
and looking ahead): "the year's best" ranks the year's things and dates nothing; "the same day last year" is
one expression, the day in focus a year back; "8pm next Monday" is one TIME; "the coming winter" keeps its
article; a bare month opening a stretch of bare months ("between January and December", "January and
February were") takes the year that puts the whole stretch in its tense, which a participle clause
(", rising ... between") borrows from the clause it hangs on.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a superlative after "the year's": no date
    ("The Glenmore Stakes produced the year's biggest upset at the course.", "2019-12-30", "the year",
     None, None),
    ("Her debut was the year's best-selling novel in the county.", "2019-12-30", "the year", None, None),
    # counter-cases: the year's end, or a period of the year, still date
    ("Prices should settle by the year's end, the broker said.", "2019-06-30", "the year", "2019", "DATE"),
    ("The firm expects higher sales for the year.", "2019-06-30", "the year", "2019", "DATE"),
    # the same day a year back
    ("Stores opened at 7am on Boxing Day, and sales beat the same day last year by 5 percent.", "2021-12-28",
     "the same day last year", "2020-12-26", "DATE"),
    # counter-case: without the year, the day in focus itself
    ("Stores opened at 7am on Boxing Day, and sales climbed again the same day.", "2021-12-28",
     "the same day", "2021-12-26", "DATE"),
    # a clock time with its "next" weekday
    ("Ballot boxes stay open until 9pm next Monday, officials said.", "2022-02-16", "9pm next Monday",
     "2022-02-21T21:00", "TIME"),
    # counter-case: "next Monday" alone stays a day
    ("The council meets next Monday to vote on the plan.", "2022-02-16", "next Monday", "2022-02-21", "DATE"),
    # the coming season
    ("Heating bills will climb again over the coming winter, suppliers warn.", "2023-08-20",
     "the coming winter", "2023-WI", "DATE"),
    ("The harvest was poor in the winter, farmers said.", "2023-08-20", "the winter", "2022-WI", "DATE"),
    # a stretch of months told in the past, published early in the next year
    ("Gold rose 12 per cent between January and December, dealers said.", "2020-01-03", "January",
     "2019-01", "DATE"),
    ("Gold rose 12 per cent between January and December, dealers said.", "2020-01-03", "December",
     "2019-12", "DATE"),
    ("The shipyard was the region's busiest, building nine hulls between January and November.", "2020-01-03",
     "January", "2019-01", "DATE"),
    ("January and February were dry, but the autumn brought floods.", "2024-01-05", "January", "2023-01",
     "DATE"),
    # a stretch still running, told ahead, takes this year's
    ("Tutors, who meet twice a week from January through May, will take new pupils this year.", "2021-05-08",
     "January", "2021-01", "DATE"),
    # counter-cases: a lone month in the past is this year's; "and may" is a modal, not a month
    ("Gold rose 2 per cent in January, dealers said.", "2020-01-28", "January", "2020-01", "DATE"),
    ("She renewed her pass in January and may ask for a refund.", "2020-02-12", "January", "2020-01", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round101(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
