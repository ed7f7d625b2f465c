"""Round 116 (from the errors of blind29, local life and culture, and blind16, long-form analysis and
retrospectives): "the turn of the century" is the year closing the century nearest the year in focus, on the side
its clause points to; "the coming decades" is the open future, not a length (while "the coming years" stays one).

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # the turn of a century: nearest the latest year named before it
    ("The mill opened in 1896, and around the turn of the century it employed 300 weavers.", "2013-06-11",
     "the turn of the century", "1900", "DATE"),
    # after "since", not later than the year in focus: walls standing by 1968 stood since 1900
    ("Between 1958 and 1968 the town rebuilt its seawalls, most of which had stood since the turn of the century.",
     "1997-06-11", "the turn of the century", "1900", "DATE"),
    # ahead of publication in a future clause
    ("Planners say the county will top one million people by the turn of the century.", "1989-06-11",
     "the turn of the century", "2000", "DATE"),
    # no year named: the turn nearest publication
    ("Rents in the district have doubled since the turn of the century.", "2016-06-11",
     "the turn of the century", "2000", "DATE"),
    # counter: the turn of the year is no century
    ("Prices usually ease after the turn of the year.", "2016-06-11", "the turn of the century", None, None),
    # the coming decades: the open future
    ("Engineers expect the coast to lose ground in the coming decades.", "2021-06-11", "the coming decades",
     "FUTURE_REF", "DATE"),
    # counter: the coming years stay a length
    ("The club will spend the coming years paying off its new stand.", "2021-06-11", "the coming years",
     "PXY", "DURATION"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round116(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
