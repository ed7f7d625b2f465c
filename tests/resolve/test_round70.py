"""Round 70 (from the errors of blind106, social-media threads with post time stamps, and blind17, short
digital formats, live blogs and press releases): the web's "yr"/"yrs" count back and forth as "year(s)" do
("2 yrs ago today" is one DATE, "5 yrs ago" the year); "week of April 11" with no article, as a heading or a
calendar line has it, is the ISO week as "the week of April 11" is; "a week or more", "three hours or longer" is one DURATION
with its hedge ("or more than that" is not).

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # "yr"/"yrs" as a calendar unit counted back
    ("4 yrs ago today our bakery sold its first loaf. Thanks, everyone!", "2019-08-21", "4 yrs ago today",
     "2015-08-21", "DATE"),
    ("We moved the studio downtown 2 yrs ago and never looked back.", "2022-03-09", "2 yrs ago", "2020", "DATE"),
    ("The pier reopened in 2011. A yr later the storm took it again.", "2016-05-02", "A yr later", "2012",
     "DATE"),
    # "week of <date>" with no article
    ("Planning board agenda, week of March 7\n\nThree variances are on the list.", "2016-03-03",
     "week of March 7", "2016-W10", "DATE"),
    ("Road works schedule: week of 14 September", "2020-09-10", "week of 14 September", "2020-W38", "DATE"),
    # a length with "or more" / "or longer"
    ("Crews warned that restoring the line could take a week or more.", "2020-02-03", "a week or more", "P1W",
     "DURATION"),
    ("Drivers reported waits of two hours or longer at the checkpoint.", "2020-02-03", "two hours or longer",
     "PT2H", "DURATION"),
    # but "or more than that" is no hedge on the length
    ("She trained for six months or more than that, she said.", "2020-02-03", "six months", "P6M", "DURATION"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round70(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


# "a week of March storms" names no week by its date: nothing overlapping it is tagged as "week of".
NOT_TAGGED = [
    ("It was a week of heavy storms along the coast.", "2016-03-03", "week of heavy"),
]


@pytest.mark.parametrize("text, reference, phrase", NOT_TAGGED)
def test_round70_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
