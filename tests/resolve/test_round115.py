"""Round 115 (from the errors of blind74, history and archaeology features, and blind27, culture, entertainment,
travel and consumer news): a day of the years before a country left the Julian calendar is named with its Julian
weekday ("Wednesday 2 September" of 1752), so the weekday check of a year-less day accepts either calendar; a
year-less day told after a day written with its year long before publication, in the same sentence and within
weeks of it ("Thursday 4 October 1582 was followed by Friday 15 October"), is of that year even in a piece told
from now.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a Julian weekday of an old year
    ("Tomorrow the museum reopens. The town charter was sealed in 1698, when Sunday 12 June was a feast day.",
     "2003-03-10", "Sunday 12 June", "1698-06-12", "DATE"),
    # counter: a weekday that fits neither calendar of that year is not of it
    ("Tomorrow the museum reopens. The town charter was sealed in 1698, when Monday 12 June was a feast day.",
     "2003-03-10", "Monday 12 June", "2002-06-12", "DATE"),
    # a day after an old day written with its year, in the same sentence
    ("The archive opens tomorrow. In the old parishes, Tuesday 3 March 1801 was followed by a storm that lasted "
     "until Friday 20 March.", "2003-03-10", "Friday 20 March", "1801-03-20", "DATE"),
    ("The archive opens tomorrow. The ledger says Sunday 2 May 1844 was followed by a week of rain, and the roof "
     "fell on 19 May.", "2003-03-10", "19 May", "1844-05-19", "DATE"),
    # counter: a day still to come told after the old day
    ("The archive opens tomorrow. The first stone was laid on 2 May 1844, and a plaque will go up on 19 June.",
     "2003-03-10", "19 June", "2003-06-19", "DATE"),
    # counter: a present plan after the old day
    ("The shop reopens tomorrow. It opened on 2 May 1990, and the owner plans readings every evening on 19 June.",
     "2003-03-10", "19 June", "2003-06-19", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_round115(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
