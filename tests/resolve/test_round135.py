"""Round 135 (from the errors of blind151, music, concerts, tours and festivals news): a run told by its two
ends, "the tour opens March 2 in Tampa ... before closing on Aug. 30", closes on or after the day it opens when
that day is still to come, not on the nearest Aug. 30 behind publication (a past verb of another clause after
the day, "years after she played her first gig", does not change that). "a show on Aug. 2, the band's first
fairground date since 1987": an aside that ranks the day against the past does not tell the day in the past.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # the close of a run whose opening day is still to come
    ("The revue opens March 4 in Leeds and visits six cities before closing in Bath on Aug. 28.", "2014-09-10",
     "Aug. 28", "2015-08-28", "DATE"),
    ("The circus tour starts on Feb. 9 in Cork and ends at the docks on Aug. 30, a decade after it first "
     "toured.", "2014-09-10", "Aug. 30", "2015-08-30", "DATE"),
    # counter-case: a run already over keeps its dates behind publication
    ("The revue opened March 4 in Leeds and closed in Bath on Aug. 28.", "2014-09-10", "Aug. 28",
     "2014-08-28", "DATE"),
    # counter-case: no closing verb between the two days, nothing ties the second to the first
    ("The revue opens March 4 in Leeds; its producer was hired on Aug. 28.", "2014-09-10", "Aug. 28",
     "2014-08-28", "DATE"),
    # an aside ranking the day against the past is no past cue
    ("The autumn leg includes a homecoming gig at the city arena on Aug. 3, the trio's first arena show since "
     "2002.", "2009-04-10", "Aug. 3", "2009-08-03", "DATE"),
    # counter-case: the clause itself is in the past
    ("The trio played a homecoming gig at the city arena on Aug. 3, its first show there since 2002.",
     "2009-04-10", "Aug. 3", "2008-08-03", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_round135(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
