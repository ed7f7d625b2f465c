"""Round 59 (from the errors of blind119, international agency newswire of 2000-2011, and blind105, agency
newswire of 1996-1999): a wire clock time with its zone and the weekday right after it ("at 0300 GMT
Wednesday", "(2130 GMT Wednesday)") is one TIME on that weekday, as "8 p.m. Tuesday" is; noon with a date
right after it ("until noon Jan. 1") is one TIME on that date; a day and a month after "the" and before a
capitalized word for a political group ("the April 6 Youth Movement", "the 14 March Alliance") name the
group, no time of the text; and in "right now" only "now" is the expression (TimeML leaves the adverb out).

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a four-digit wire time, its zone and its weekday
    ("The exchange said trading would restart at 0830 GMT Friday.", "2005-06-14", "0830 GMT Friday",
     "2005-06-17T08:30", "TIME"),
    ("The convoy crossed the border at dusk (1640 GMT Monday), a spokesman said.", "2005-06-14",
     "1640 GMT Monday", "2005-06-13T16:40", "TIME"),
    ("Polling stations opened at 0400 UTC, Sunday, in the capital.", "2005-06-14", "0400 UTC, Sunday",
     "2005-06-12T04:00", "TIME"),
    # noon and the date after it
    ("The museum will be closed until noon Feb. 3 for a private event.", "2008-01-22", "noon Feb. 3",
     "2008-02-03T12:00", "TIME"),
    ("Pledges must reach the trust by midday March 9, organisers said.", "2008-01-22", "midday March 9",
     "2008-03-09T12:00", "TIME"),
    # ... a date that names no group stays a date
    ("The rally was held on the June 12 anniversary of the vote.", "2011-07-02", "June 12", "2011-06-12",
     "DATE"),
    # "right now": "now" alone
    ("Right now the clinic sees forty patients a day.", "2003-05-05", "now", "PRESENT_REF", "DATE"),
    ("The town needs rain right now, a farmer said.", "2003-05-05", "now", "PRESENT_REF", "DATE"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # a day and a month naming a political group
    ("Leaders of the March 9 Student Front called for a boycott.", "2011-07-02", "March 9"),
    ("Members of the June 28 Youth Movement marched to the square.", "2011-07-02", "June 28"),
    ("Since the 14 October Alliance was formed, it has split twice.", "2011-07-02", "14 October"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round59(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round59_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
