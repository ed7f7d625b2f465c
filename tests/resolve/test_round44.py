"""Round 44 (from the errors of TBAQ, TimeBank + AQUAINT newswire): "last" alone closing a comparison with
"this <unit>" earlier in its sentence ("twice as many this year as last", "fewer this month than last") is
the unit before publication's, as "last year" or "last month" would be, while "last" with no such unit before
it ("she came last") stays untagged; and "current" after "then" ("the then-current price", "the then current
owner") is current at the past time the story tells, PAST_REF, not the present.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # "last" closing a comparison with "this <unit>"
    ("The co-op expects to ship twice as many pears this year as last.", "2016-05-10", "last", "2015", "DATE"),
    ("Ticket sales at the zoo were lower this month than last, its director said.", "2016-05-10", "last",
     "2016-04", "DATE"),
    ("This year's wheat crop looks stronger than last.", "2016-05-10", "last", "2015", "DATE"),
    ("The ferry carried fewer cars this week than last and fewer still on Monday.", "2016-05-10", "last",
     "2016-W18", "DATE"),
    ("The chain said margins narrowed this quarter than last; it blamed freight costs.", "2016-05-10", "last",
     "2016-Q1", "DATE"),
    # "current" after "then": current at the time told
    ("The warrants let holders buy shares at 40% of the then-current market price.", "2016-05-10", "current",
     "PAST_REF", "DATE"),
    ("In 1994 the then current owner of the mill sold it to a cooperative.", "2016-05-10", "current",
     "PAST_REF", "DATE"),
    # "current" alone is still the present
    ("The current owner of the mill plans to sell it.", "2016-05-10", "current", "PRESENT_REF", "DATE"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # "last" with no "this <unit>" of its comparison before it
    ("In the relay she ran second and her brother ran last.", "2016-05-10", "last"),
    ("He finished the marathon faster than last, a trainer said.", "2016-05-10", "last"),
    # a "this <unit>" in an earlier sentence does not reach it
    ("Rain fell all this week. The visitors left the fair as last.", "2016-05-10", "last"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round44(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round44_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
