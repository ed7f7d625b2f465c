"""Round 91 (from the errors of blind60, broadcast transcripts, and blind81, government and police briefings):
a future contracted onto its pronoun ("they'll", "we won't") is as future as "will" for a month without a
year; the infinitive after a noun of decision ("defended the decision to close the line from Friday") looks
ahead, a weekday included, but not a noun told "to" someone ("announced the decision to reporters on Monday").

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a contracted future on its pronoun, after a past year that would otherwise lend June its year
    ("The tram was retired in 1958. They'll lift it out of the depot in June.", "2001-04-23", "June",
     "2001-06", "DATE"),
    ("The tram was retired in 1958. We won't repaint it in June.", "2001-04-23", "June", "2001-06", "DATE"),
    # ... not a past told after a contracted future ("she'll tell you it was ...")
    ("The tram was retired in 1958. She'll tell you it was repainted in June.", "2001-04-23", "June",
     "1958-06", "DATE"),
    # the decision to do something from a weekday: still ahead
    ("The mayor yesterday defended the decision to shut the ring road from 10pm on Friday until 6am on "
     "Monday, while crews resurface it.", "2016-03-30", "Friday", "2016-04-01", "DATE"),
    ("The mayor yesterday defended the decision to shut the ring road from 10pm on Friday until 6am on "
     "Monday, while crews resurface it.", "2016-03-30", "Monday", "2016-04-04", "DATE"),
    ("The trust criticised the plan to move the archive on Saturday.", "2016-03-30", "Saturday", "2016-04-02",
     "DATE"),
    # ... not a decision told to someone on a day
    ("The coach announced the decision to reporters on Monday.", "2016-03-30", "Monday", "2016-03-28", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_round91(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


CASES_EXTENT = [
    # a change in per cent over the past year: a stretch of twelve months
    ("Bus fares have climbed by 12 per cent over the past year.", "2006-05-11", "the past year", "P1Y",
     "DURATION"),
    ("Rents are up 9 percent over the last year, the agency said.", "2006-05-11", "the last year", "P1Y",
     "DURATION"),
    # ... not the past year named on its own, the calendar year before
    ("Bus fares rose in the past year's budget.", "2006-05-11", "the past year", "2005", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES_EXTENT)
def test_round91_extent(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
