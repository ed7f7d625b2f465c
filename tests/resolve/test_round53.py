"""Round 53 (from the errors of TBAQ, TimeBank + AQUAINT newswire): "the latest (most recent) fiscal year" is
the year before publication's, as "last fiscal year" is; "this crucial (critical, ...) moment" is the present
(PRESENT_REF), while a bare "this moment" of a story is left alone; "the years (days, ...) that followed" an
event, "over the years", "for a while" and "for a lengthy (extended, ...) period" are lengths of unstated
count (DURATION PXY, PXD, PXX); "in past years" is the past in general (PAST_REF); and "the day" in "later
(earlier) in the day" is the day the story is on.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # the latest fiscal year: the one before publication's
    ("The brewer sold 4 million barrels in the latest fiscal year.", "1994-10-12", "the latest fiscal year", "1993",
     "DATE"),
    ("Exports rose 6% in the most recent financial year, the agency said.", "2004-05-11",
     "the most recent financial year", "2003", "DATE"),
    # a weighty "this moment": the present
    ("Nobody should leave the talks at this critical moment, the envoy said.", "2011-03-02", "this critical moment",
     "PRESENT_REF", "DATE"),
    ("The minister said it would be unwise to raise taxes at this delicate juncture.", "2011-03-02",
     "this delicate juncture", "PRESENT_REF", "DATE"),
    # the stretch after an event just told
    ("The mill closed in 1931, and in the years that followed the village emptied.", "2015-02-10", "years", "PXY",
     "DURATION"),
    ("The dam broke on a Sunday; in the days which followed, volunteers filled sandbags.", "2015-02-10", "days",
     "PXD", "DURATION"),
    # over the years
    ("Over the years the co-op has bought three more barges.", "2015-02-10", "the years", "PXY", "DURATION"),
    ("The chapel has been repainted many times over the decades.", "2015-02-10", "the decades", "PXY",
     "DURATION"),
    # for a while, for a lengthy period
    ("The ferry will be out of service for a while, the harbour master said.", "2015-02-10", "a while", "PXX",
     "DURATION"),
    ("The line will stay closed for an extended period, the rail firm warned.", "2015-02-10", "an extended period",
     "PXX", "DURATION"),
    ("Troops may have to remain for a fairly long period, the general said.", "2015-02-10", "a fairly long period",
     "PXX", "DURATION"),
    # past years
    ("Floods came every spring in past years, the farmers said.", "2015-02-10", "past years", "PAST_REF", "DATE"),
    # later in the day: the day of the story
    ("The minister landed in Oslo on March 3, 2011 and met the king later in the day.", "2011-03-05", "the day",
     "2011-03-03", "DATE"),
    ("The mayor opened the bridge this morning and cut a ribbon at the school earlier in the day.", "2016-06-09",
     "the day", "2016-06-09", "DATE"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # a while ago, once in a while: no length
    ("Once in a while the ferry is late.", "2015-02-10", "a while"),
    # a bare "this moment" of a story told in the past
    ("At this moment the door opened and the lawyer walked in.", "2015-02-10", "this moment"),
    # "the day of" an event is no day of the story
    ("Earlier in the day of the vote, crowds gathered outside.", "2015-02-10", "the day"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round53(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round53_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
