"""Round 60 (from the errors of blind88, astronomy and sky-watching columns, and blind98, gardening columns
and almanacs): a present copula whose predicate is a span of clock times on a weekday ("the best view is
between 9 pm and 1 am on Friday") states a schedule, as "the vote is at 9 pm on Friday" does: the day is
the next one, and so are the clock times of the span; and a chance or an opportunity held in the present
with the weekday it falls on ("walkers have a rare chance on Saturday to ...") is of a day still ahead.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a present copula with a span of clock times before the weekday
    ("The best view of the comet is between 9 pm and 1 am on Friday night.", "2011-03-08",
     "Friday night", "2011-03-11TNI", "TIME"),
    ("The best view of the comet is between 9 pm and 1 am on Friday night.", "2011-03-08",
     "9 pm", "2011-03-11T21:00", "TIME"),
    ("The cheese tasting is from 6 to 8 pm on Thursday in the old mill.", "2011-03-12",
     "Thursday", "2011-03-17", "DATE"),
    ("Late opening at the gallery is 7:30 pm until 10 pm on Wednesday.", "2016-07-01",
     "Wednesday", "2016-07-06", "DATE"),
    # ... but a past copula keeps the day past
    ("The best view was between 9 pm and 1 am on Friday night.", "2011-03-08",
     "Friday night", "2011-03-04TNI", "TIME"),
    # a chance or an opportunity held in the present, with its weekday
    ("Birdwatchers have a rare chance on Saturday to see the visiting waxwings.", "2018-02-14",
     "Saturday", "2018-02-17", "DATE"),
    ("Residents have one last opportunity on Monday to comment on the bypass.", "2018-02-14",
     "Monday", "2018-02-19", "DATE"),
    ("The reserve team has another chance on Tuesday evening against Oakbridge.", "2018-02-14",
     "Tuesday evening", "2018-02-20TEV", "TIME"),
    # ... but a chance had is past
    ("Birdwatchers had a rare chance on Saturday to see the visiting waxwings.", "2018-02-14",
     "Saturday", "2018-02-10", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round60(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
