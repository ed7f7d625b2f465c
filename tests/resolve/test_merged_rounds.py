"""Bugs found by reading the merge of rounds 27-46 (each round was written in its own branch; together, two
of them met where neither looked). Every text here is invented for these tests.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type).
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # two rounds defined guards._TITLE_BEFORE; the second (any capitalized word) replaced the first (Dr, Mrs)
    ("In June Congress passed the bill.", "2017-03-14", "June", "2016-06", "DATE"),
    ("Dr. June Okafor saw the patient.", "2017-03-14", "June", None, None),
    # an elliptic "last" compares with the nearest "this <unit>", not the first one of its window
    ("Since this year began, sales this month were higher than last.", "2020-03-04", "last", "2020-02", "DATE"),
    # "September 5" writes its day after the month: it does not make the text's slash dates day first
    ("The fair ran on September 5 this year. Tickets dated 08/09/06 were void.", "2020-03-04", "08/09/06",
     "2006-08-09", "DATE"),
    ("The fair ran on 5 September this year. Tickets dated 08/09/06 were void.", "2020-03-04", "08/09/06",
     "2006-09-08", "DATE"),
    # hours kept "through" a month, not through a word that starts like one
    ("The shuttle leaves at 7 a.m. through Augusta to the coast.", "2020-03-04", "7 a.m.", "2020-03-04T07:00",
     "TIME"),
    ("The ferry leaves at 7 a.m. through August.", "2020-03-04", "7 a.m.", "XXXX-XX-XXT07:00", "TIME"),
    # a text without capitals cannot tell a span of days from a count before the modal "may"
    ("children aged 9 to 15 may apply.", "2020-03-04", "9", None, None),
    ("The show will cover 9 to 15 May.", "2020-03-04", "9", "2020-05-09", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_merged_rounds(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
