"""Conflict and crisis wire reports (issue 3, stop 13, from blind33's errors): weekdays count from a wire
dateline a day or two before publication, "a summit opening on Monday" is ahead, and a hedge before a
deadline ("possibly until September") guesses at what is still to come.

Each case: (text, publication date, phrase, expected value, expected type). Every text here is invented
for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

# Published on a Monday, written on the Saturday of its dateline.
_DATELINE = ("TUZLA, July 17 (Reuters) - Convoys into the enclave, halted since Wednesday after a truck was hit, "
             "will not move before Monday, an aid official said on Saturday.")

CASES = [
    (_DATELINE, "1993-07-19", "Monday", "1993-07-19", "DATE"),       # not the Monday a week after publication
    (_DATELINE, "1993-07-19", "Wednesday", "1993-07-14", "DATE"),
    (_DATELINE, "1993-07-19", "Saturday", "1993-07-17", "DATE"),     # the dateline's own day
    # Without a dateline, the same weekday as publication with a future cue is the next one.
    ("Convoys will not move before Monday, an aid official said.", "1993-07-19", "Monday", "1993-07-26", "DATE"),
    ("Both ministers will attend a two-day regional security conference in the northern capital opening on "
     "Monday. Officials said it was ready.", "2002-06-01", "Monday", "2002-06-03", "DATE"),
    ("The foreign ministers attended a conference opening on Monday.", "2002-06-05", "Monday", "2002-06-03", "DATE"),
    ("The minister said the blockade would stay until the embargo was enforced, possibly until September.",
     "2006-08-16", "September", "2006-09", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_conflict_wires(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
