"""Round 140 (cross-set class: a bare month or season given the wrong year): the usual end of a season told
with a verb of lasting and a bounding "until"/"by" ("the ski season normally lasts until late April") says when
the season under way ends, so its month is dated like any other; a habit told with another verb ("exams are
normally held in November") is still any year's month. A company's year-end told in the present ("whose fiscal
year ends in June") is any year's month. A month naming the figures it measures ("will release its November
employment figures today") is the one just ended, however far ahead the release. "We'd hoped to" is a plan told
in the pluperfect, like "had hoped to": the nearest month, not the first still to come. "this year" named
before a present perfect "since <month>" does not date a month not yet reached: the count started before. A
season waited, left or wanted for ("could have waited for the spring") is the coming one.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # the usual end of a season under way: this one's
    ("Snow has been thin in the valley, and the ski season normally lasts until late April.", "2021-02-10",
     "late April", "2021-04", "DATE"),
    ("Sowing of the winter wheat normally finishes by November, but rain has kept tractors out of the fields.",
     "2019-10-08", "November", "2019-11", "DATE"),
    # counter-case: a habit told with another verb stays any year's
    ("Entrance exams are normally held in November at the county hall.", "2021-02-10", "November", "XXXX-11",
     "DATE"),
    # counter-case: a norm with "by" but no verb of lasting
    ("Fees are typically paid by March, the college said.", "2021-02-10", "March", "XXXX-03", "DATE"),
    # a company's year-end told in the present: the month any of its years ends in
    ("Kestrel Foods, whose fiscal year ends in September, reported higher profit on Tuesday.", "2021-02-10",
     "September", "XXXX-09", "DATE"),
    # counter-case: a year that ended is dated
    ("Profit for the fiscal year that ended in September rose 8 percent.", "2021-02-10", "September", "2020-09",
     "DATE"),
    # the figures a month measures come out after it: the month just ended, though the release lies ahead
    ("The statistics bureau will publish its October employment figures on Friday.", "2021-11-02", "October",
     "2021-10", "DATE"),
    ("Traders are cautious before the ministry releases its January retail sales report next week.",
     "2022-02-09", "January", "2022-01", "DATE"),
    # counter-case: a report named for the month it comes out in
    ("The bank will publish the July Economic Outlook Report on July 20.", "2021-02-10", "July", "2021-07",
     "DATE"),
    # counter-case: the figures of a month still to come
    ("The November figures will be published in mid-December.", "2021-10-05", "November", "2021-11", "DATE"),
    # "'d hoped to" is "had hoped to": a plan that may have passed, the nearest month
    ("The footbridge is still shut. We'd hoped to reopen it in August, and now we expect it next spring.",
     "2021-10-05", "August", "2021-08", "DATE"),
    # counter-case: an intent told in the simple past still aims ahead
    ("The club hoped to reopen the pool in August, its chairman said.", "2021-10-05", "August", "2022-08",
     "DATE"),
    # a count up to publication from a month not yet reached this year: the month gone by
    ("The studio will release three titles this year, among them a puzzle game that has been in testing since "
     "October.", "2022-03-09", "October", "2021-10", "DATE"),
    # counter-case: a month of this year still to come, with no count up to publication
    ("The studio will release three titles this year, the first of them in October.", "2022-03-09", "October",
     "2022-10", "DATE"),
    # a season waited, left or wanted for is the coming one, whatever the tense
    ("We could have waited for the summer, but the roof would not have lasted another winter.", "2020-10-14",
     "the summer", "2021-SU", "DATE"),
    ("Stewards wanted for the spring. Apply at the clubhouse.", "2020-10-14", "the spring", "2021-SP", "DATE"),
    # counter-case: a season's figures told in the past are the one gone by
    ("Visitor numbers for the summer fell 12 percent, the park said.", "2020-10-14", "the summer", "2020-SU",
     "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_round140(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
