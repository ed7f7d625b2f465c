"""Round 117 (from the errors of blind139, courtroom trials told day by day): the n-th week an ongoing event
has reached, told as its predicate ("the appeal is now in its second week", "the lockout has run into its
third week", "is now in the third week of its run"), is the week of publication. The parenthetical ", now in
its third week," is left untagged (other sets' gold), and the n-th week of a month, quarter or season is
that calendar week, not the week of publication. A clock time between "until" and a weekday ("adjourned the
case until 10am on Monday") no longer hides the "until" of a put-off: the day is ahead, as without the clock;
a verb of lasting before "until" keeps the day gone by.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # an event's n-th week as the predicate: the week of publication
    ("The appeal is now in its second week, and the bench has heard six witnesses.", "2023-05-17",
     "its second week", "2023-W20", "DATE"),
    ("The lockout has run into its third week with no talks planned.", "2023-05-17", "its third week",
     "2023-W20", "DATE"),
    ("The harvest festival is now in the third week of its run.", "2023-05-17", "the third week", "2023-W20",
     "DATE"),
    # the parenthetical is left alone; a calendar period's n-th week is that period's
    ("The strike, now in its third week, has closed two ports.", "2023-05-17", "its third week", None, None),
    ("Wages rose in the third week of the quarter.", "2023-05-17", "the third week", None, None),
    ("The vote is in the third week of June, officials said.", "2023-05-17", "the third week of June",
     "2023-W24", "DATE"),
    ("The new owners are in their second week at the plant.", "2023-05-17", "their second week", None, None),
    # a put-off until a clock time on a weekday: ahead; lasting until it: gone by
    ("The magistrate adjourned the bail hearing until 10am on Monday.", "2023-05-17", "Monday", "2023-05-22",
     "DATE"),
    ("The inquest was adjourned until 2.15pm on Friday.", "2023-05-17", "Friday", "2023-05-19", "DATE"),
    ("The wedding party went on until 2am on Monday.", "2023-05-17", "Monday", "2023-05-15", "DATE"),
    ("Divers did not reach the hull until 6am on Monday.", "2023-05-17", "Monday", "2023-05-15", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round117(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
