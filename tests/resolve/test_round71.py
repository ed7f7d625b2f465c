"""Round 71 (from the errors of blind104, encyclopedic war and battle histories, and blind115, diaries,
journals and logs with dated entries): a four-digit clock time with a leading zero and the deictic day right
after it ("at 0600 tomorrow", "at 0530 yesterday") is one TIME, as "16:00 today" and "1800Z tomorrow" are
(before, the clock time was read on the day of the text and "tomorrow" was a DATE of its own). A hedge
before such a clock time ("until about 0330", "at around 0515") is part of the TIME (mod APPROX), as in
"around noon". A logbook date written day, capital month abbreviation, two-digit year ("Wed 06 NOV 96") is
one DATE of that year (before, the year was left out of the expression).

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a leading-zero four-digit clock time and its deictic day: one TIME
    ("The tug will meet us off the breakwater at 0630 tomorrow, weather permitting.", "2003-07-09",
     "0630 tomorrow", "2003-07-10T06:30", "TIME"),
    ("We cast off at 0415 yesterday and made the harbour by dusk.", "2003-07-09",
     "0415 yesterday", "2003-07-08T04:15", "TIME"),
    ("Survey team leaves camp at 0700 tomorrow; rations issued tonight.", "1988-02-22",
     "0700 tomorrow", "1988-02-23T07:00", "TIME"),
    # a hedge before a four-digit clock time is part of it
    ("The swell kept us awake until about 0330, when it eased.", "2003-07-09",
     "about 0330", "2003-07-09T03:30", "TIME"),
    ("Generator failed at around 0515 and the lights went out.", "1995-11-02",
     "around 0515", "1995-11-02T05:15", "TIME"),
    # day, capital month abbreviation, two-digit year: one DATE with its year
    ("Wed 06 NOV 96. Engine run-up at the hangar, then stores checked.", "1996-11-20",
     "Wed 06 NOV 96", "1996-11-06", "DATE"),
    ("Rota posted 03 FEB 21. Leave granted to all hands after the refit.", "2021-03-10",
     "03 FEB 21", "2021-02-03", "DATE"),
]


@pytest.mark.parametrize("text,dct,phrase,value,typ", CASES)
def test_round71(text, dct, phrase, value, typ):
    check_phrase(text, dct, phrase, value, typ)
