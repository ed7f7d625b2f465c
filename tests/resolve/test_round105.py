"""Round 105 (from the errors of blind99, accident and rescue reports). A text that writes clock times in four
digits ("left at 0645") also writes a deadline that way after "by" ("back by 1330"); "by 2030", "by 2100" or "by 1990"
stays a year, and so does "by 1530" in a text with no such habit.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a four-digit deadline after "by" in a text that stamps four-digit times
    ("The two climbers left the hut at 0610 and said they would be down by 1430.", "2009-02-11", "1430",
     "2009-02-11T14:30", "TIME"),
    ("Shift handover was at 0700; the report had to be filed by 1645.", "2009-02-11", "1645",
     "2009-02-11T16:45", "TIME"),
    # a year after "by", even in such a text
    ("The boat was launched at 0930. The charity hopes to replace it by 2030.", "2009-02-11", "2030", "2030",
     "DATE"),
    ("The crew logged the fault at 0815. Engineers expect the line to be rebuilt by 2100.", "2009-02-11",
     "2100", "2100", "DATE"),
    # no four-digit clock habit in the text: the number is not a clock time
    ("The mill had closed by 1530, when the river trade moved downstream.", "2009-02-11", "1530", "1530", "DATE"),
]


@pytest.mark.parametrize("text,dct,phrase,value,typ", CASES)
def test_round105(text, dct, phrase, value, typ):
    check_phrase(text, dct, phrase, value, typ)
