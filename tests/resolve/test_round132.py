"""Round 132 (from the errors of blind146, official statistics releases, and blind136, education news): an index
number's base period, set equal to 100 ("the index (2010=100)", "on a 1995-97 = 100 base"), is a point of the
index's scale, not a time of anything told; "the same day" shared by a count of things ("sits three exams on
the same day") only says they coincide; "the fall in rents" is a drop, not the autumn.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # an index's base period, in any of its spellings
    ("The wage index (2010=100) reached 131.7 in the third quarter.", "2019-11-20", "2010", None, None),
    ("Output stood at 88.4 on a 1995-97 = 100 base, the bureau said.", "2001-04-11", "1995-97", None, None),
    ("The series, rebased to March 2008 = 100, now runs to 112.9.", "2012-05-09", "March 2008", None, None),
    # counter-cases: a year compared with, or equal to a sum, is still a year
    ("Exports were 100 times higher in 2010 than in 1990.", "2019-11-20", "2010", "2010", "DATE"),
    ("Rents have risen by a third since 2010, the agency said.", "2019-11-20", "2010", "2010", "DATE"),
    ("Sales in 2010 = a record, the chairman joked in 2012.", "2019-11-20", "2010", "2010", "DATE"),
    # "the same day" shared by a count of things
    ("Some pupils must sit three exams on the same day, the union said on Monday.", "2021-06-02",
     "the same day", None, None),
    ("The council held both votes on the same day in a bid to save money.", "2021-06-02", "the same day",
     None, None),
    # counter-case: the same day as a day already told
    ("The pair were arrested on March 3, 2021, and charged the same day.", "2021-06-02", "the same day",
     "2021-03-03", "DATE"),
    # "the fall in" a measured thing is a drop
    ("Landlords blamed the fall in rents on new supply.", "2015-10-14", "the fall", None, None),
    ("Despite the fall in enrolments, the college hired staff.", "2015-10-14", "the fall", None, None),
    # counter-cases: the autumn, after a preposition of time or before a place
    ("The museum will reopen in the fall in time for the bicentenary.", "2015-03-14", "the fall", "2015-FA",
     "DATE"),
    ("She spent the fall in Vermont, painting.", "2015-12-14", "the fall", "2015-FA", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round132(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
