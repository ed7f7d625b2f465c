"""Round 45 (from the errors of TBAQ, TimeBank + AQUAINT newswire): a title in quotes with every word
capitalized ("This Week," the Sunday talk show; a film called "Next Summer") names a programme, a film or a
song, no time, while a one-word quote ("Tomorrow," she said) and a quoted sentence in lower case ("This week
was hard") still tell their time.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a one-word quote is the time it says
    ('"Tomorrow," the coach said, "we train at the lake."', "2011-06-07", "Tomorrow", "2011-06-08", "DATE"),
    # a quoted sentence in lower case keeps its time
    ('"This week was the hardest of my career," the goalkeeper said.', "2011-06-07", "This week", "2011-W23",
     "DATE"),
    # capitalized but not closed by the quote right after: the start of a quoted sentence
    ('"This Week we start the harvest," read the note on the barn door.', "2011-06-07", "This Week", "2011-W23",
     "DATE"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    ('The senator told the panel of "This Week," a Sunday talk show, that the bill was dead.', "2011-06-07",
     "This Week"),
    ('Her essay in "This Month," the rowing club\'s newsletter, praised the new coach.', "2011-06-07", "This Month"),
    ('A documentary called “This Year”, shot aboard a trawler, won the jury prize.', "2011-06-07", "This Year"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round45(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round45_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
