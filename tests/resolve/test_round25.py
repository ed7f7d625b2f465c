"""Round 25 (from the errors of blind74, history and archaeology features, and blind66, newspapers of
1902-1949): "on this day in 1870" in a "Today in History" column is the publication day in that year, one
DATE; the first end of a range of years before Christ ("between 1500 and 1450 BC") is BC too; days and hours
as one amount ("nine days 20 hours"); "the winter of last year"; "every third year" recurs; "the 200th day of
1987" is a day; a hedged year after a verb of making or dating ("written about 1230"); and a year before
1900 that names an event or a period after "of" ("the storm of 1898", "the centennial of 1876") is a year,
while "a crowd of 1500" stays an amount.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

COLUMN = ("Today is Thursday, October 7.\n\nOn this day in 1870, a balloon carried a minister out of the "
          "besieged city. It came down in a forest the next day.\n\nOn this date in 1921, the bridge opened.")

CASES = [
    # a "Today in History" column: the publication day in the year written, and what is counted from it
    (COLUMN, "2004-10-07", "this day in 1870", "1870-10-07", "DATE"),
    (COLUMN, "2004-10-07", "the next day", "1870-10-08", "DATE"),
    (COLUMN, "2004-10-07", "this date in 1921", "1921-10-07", "DATE"),
    # ranges of years before Christ
    ("The hall was in use between 1500 and 1450 BC, the dating shows.", "2022-02-16", "1500", "BC1500", "DATE"),
    ("The hall was in use between 1500 and 1450 BC, the dating shows.", "2022-02-16", "1450 BC", "BC1450", "DATE"),
    ("The fort was held from 800 to 750 BC by one clan.", "2022-02-16", "800", "BC0800", "DATE"),
    # days and hours as one amount
    ("After a voyage of nine days 20 hours the schooner reached port.", "1911-06-02", "nine days 20 hours",
     "P9DT20H", "DURATION"),
    ("The liner made the crossing in five days and 12 hours.", "2022-02-16", "five days and 12 hours", "P5DT12H",
     "DURATION"),
    # a rate is not days and hours as one amount
    ("She worked seven days 24 hours a day at the mill.", "2019-03-05", "seven days", "P7D", "DURATION"),
    # a season of last (next) year
    ("The roof leaked badly in the winter of last year.", "2021-06-09", "the winter of last year", "2020-WI",
     "DATE"),
    ("Work should begin in the autumn of next year.", "2021-06-09", "the autumn of next year", "2022-FA", "DATE"),
    # every Nth unit
    ("The census is held every fifth year in the province.", "2022-02-16", "every fifth year", "P5Y", "SET"),
    ("Bins are emptied every third week.", "2022-02-16", "every third week", "P3W", "SET"),
    # a day counted in the year
    ("It was the 200th day of 1987, hot and dry.", "1987-07-19", "the 200th day of 1987", "1987-07-19", "DATE"),
    # a year before 1900 naming an event after "of"
    ("The storm of 1887 wrecked the pier.", "2019-03-05", "1887", "1887", "DATE"),
    ("The centennial of 1876 was marked with a parade.", "2019-03-05", "1876", "1876", "DATE"),
    ("Veterans of the Revolution of 1848 met in the square.", "2019-03-05", "1848", "1848", "DATE"),
    # a hedged year after a verb of making or dating
    ("The psalter, written about 1230 in a border abbey, was sold.", "2019-03-05", "about 1230", "1230", "DATE"),
    ("The mill, built around 1790, still turns.", "2019-03-05", "around 1790", "1790", "DATE"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # an amount after "of", in a story told in the past
    ("In 1850 a crowd of 1500 gathered at the docks.", "2019-03-05", "1500"),
    ("The army of 1200 men marched north in 1798.", "2019-03-05", "1200"),
    # a hedged count after a verb of making
    ("The firm built about 1500 houses that year.", "2019-03-05", "1500"),
    # "every second" with no unit after it
    ("Every second counts in a rescue.", "2019-03-05", "Every second"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round25(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round25_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
