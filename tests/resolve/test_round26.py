"""Round 26 (from the errors of blind73, travel and tourism, and blind67, announcements): the months that
bound a season in a guide to a place's climate ("the rainy season runs from June to September") are any
year's months (XXXX-06), and a range of months that bounds no season stays dated.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # the months that bound a season
    ("On the island the rainy season runs from June to September.", "2022-02-16", "June", "XXXX-06", "DATE"),
    ("On the island the rainy season runs from June to September.", "2022-02-16", "September", "XXXX-09",
     "DATE"),
    ("Up north the dry usually lasts from April to October.", "2022-02-16", "October", "XXXX-10", "DATE"),
    # a range of months that is no season's stays dated
    ("The exhibition runs from June to September.", "2022-02-16", "June", "2022-06", "DATE"),
    # in running text it is this week's
    ("The vote was held Monday evening, officials said.", "2022-02-16", "Monday evening", "2022-02-14TEV",
     "TIME"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    ("The rainy season runs from Monsoon Bay to the cape.", "2022-02-16", "Monsoon Bay"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round26(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round26_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
