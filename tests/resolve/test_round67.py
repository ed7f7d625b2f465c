"""Round 67 (from the errors of blind73, travel and tourism guides, and blind67, announcements, calls and
schedules): a base-form schedule verb after "that" with a plural noun before it ("under rules that take
effect on Friday", "stores that open on Sunday") is the present verb of a relative clause, and the weekday
it governs lies ahead, as after "the new rules take effect on Friday"; "that" there is no determiner making
the verb a noun.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a schedule verb in a relative clause after a plural noun: ahead
    ("Cyclists must wear lights after dark under bylaws that take effect on Friday.", "2019-01-28", "Friday",
     "2019-02-01", "DATE"),
    ("Under tariffs that begin on Monday, a short taxi ride will cost more.", "2021-06-09", "Monday",
     "2021-06-14", "DATE"),
    ("The council has named the pharmacies that open on Sunday across the district.", "2016-03-02", "Sunday",
     "2016-03-06", "DATE"),
    # a past verb in the relative clause still looks back
    ("Officials said the bakeries that closed on Friday lost a week of trade.", "2019-01-28", "Friday",
     "2019-01-25", "DATE"),
]


@pytest.mark.parametrize("text,ref,phrase,value,typ", CASES)
def test_round67(text, ref, phrase, value, typ):
    check_phrase(text, ref, phrase, value, typ)
