"""Round 89 (dev sets blind26, blind14): clock times in words take their half of the day from the
speaker's paragraph, bare one-to-five o'clock is the afternoon, "X minutes ago" is PAST_REF, "every
minute of the season" is no SET.

Each case: (text, publication date, phrase, expected value, expected type). Every text here is invented.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # -- a cue of the afternoon or evening before it in the paragraph (guard spoken_clock_half) --
    ("REPORTER: The council sat late this evening. At ten past nine the chair finally called the vote.",
     "2021-05-12", "ten past nine", "2021-05-12T21:10", "TIME"),
    ("The panel heard witnesses this afternoon. Its ruling, at three o'clock, surprised no one.",
     "2021-05-12", "three o'clock", "2021-05-12T15:00", "TIME"),
    # ... or after it, when no other clock time stands between
    ("The rocket stood down at eleven forty-two Eastern time. The next try is Saturday evening.",
     "2021-05-12", "eleven forty-two Eastern time", "2021-05-12T23:42", "TIME"),
    # counter: a cue in another paragraph is another scene (the reporter's morning)
    ("ANCHOR: The talks went on late this evening.\n\nREPORTER: At seven-fifteen the queue already stretched "
     "around the block.", "2021-05-12", "seven-fifteen", "2021-05-12T07:15", "TIME"),
    # counter: the cue after it belongs to the clock time between ("from 10 o'clock ... 5 this evening")
    ("PRESENTER: It's eight minutes past eight. Roads close from 10 o'clock until about 5 this evening.",
     "2021-05-12", "eight minutes past eight", "2021-05-12T08:08", "TIME"),
    # -- one to five o'clock with no cue is the afternoon --
    ("The verdict was read at two o'clock, the clerk said.", "2021-05-12", "two o'clock",
     "2021-05-12T14:00", "TIME"),
    # counter: a story of this morning's small hours keeps them
    ("The storm came ashore at four-thirty this morning. The eye passed over the pier at five-fifteen.",
     "2021-05-12", "five-fifteen", "2021-05-12T05:15", "TIME"),
    # counter: six and later keep the reading as written
    ("The ferry leaves at seven o'clock, the harbour master said.", "2021-05-12", "seven o'clock",
     "2021-05-12T07:00", "TIME"),
    # -- minutes and hours ago: a past moment whose clock time is unknown --
    ("The mayor told me twenty minutes ago that the bridge stays shut.", "2021-05-12", "twenty minutes ago",
     "PAST_REF", "TIME"),
    ("A spokesman said two hours ago that the plant was safe.", "2021-05-12", "two hours ago", "PAST_REF", "TIME"),
    # counter: days ago still count back from the publication day
    ("The bridge was shut three days ago after the flood.", "2021-05-12", "three days ago", "2021-05-09", "DATE"),
    # -- "every minute of <a stretch>" is all of it, no recurrence (set.every_unit) --
    ("The keeper played every minute of the club's first ten games.", "2021-05-12", "every minute", None, None),
    # counter: alone it is a recurrence
    ("The sensor reports every minute to the control room.", "2021-05-12", "every minute", "PT1M", "SET"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_round89(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
