"""Round 47 (from the errors of TBAQ, TimeBank + AQUAINT newswire): a year-less date in an absolute clause
after ", with" ("... from March 30, with the third departing each Thursday from August 6") has no tense of its
own, and the verb that gives one ("would leave") lies beyond the cue scan; it runs on from a day still to come
named earlier in its sentence, to its first occurrence on or after that day, not to the nearest occurrence
to publication behind it. A day in the past before it, or one in another sentence, changes nothing.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # the participle after ", with" runs on from a coming day of the sentence
    ("The co-op said two new buses would leave the depot on Monday and Friday nights from April 2, with a third "
     "running each Sunday from September 14.", "2015-02-10", "September 14", "2015-09-14", "DATE"),
    ("In a note to members the rowing club said its boats would be out on the lake on weekday evenings from May 3, "
     "with the junior crews joining from Aug. 20.", "2015-02-10", "Aug. 20", "2015-08-20", "DATE"),
    # the day before it in the past: the nearest occurrence, as before
    ("The museum shut its east wing on Jan. 12, with the west wing following on Sept. 3.", "2015-02-10",
     "Sept. 3", "2014-09-03", "DATE"),
    # the coming day in the sentence before: no help
    ("The co-op said the new buses would run from April 2. A third line, with drivers from the old depot, "
     "opened on September 14.", "2015-02-10", "September 14", "2014-09-14", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round47(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
