"""Round 64 (from the errors of blind121, 'On this day' and almanac pages, and blind95, years in review):
a capitalized plural weekday after a capitalized number mid-sentence is a title ("the album Seven
Sundays"), and one before a firm's word is a firm ("Mondays Group"), no set; "last quarter" next to the
moon is a phase of the moon, no quarter of the year; "that fall" before a word that places the falling
("anniversaries that fall this week", "that fall on a Monday") is a verb, no autumn; "a century ago" is the
year a hundred years before publication, as anniversary pages date it; a weekday before "school" ("the Sunday school
picnic") names the school, no day, unless a word that dates comes before it.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # still tagged
    ("The pharmacy stays closed Mondays until the spring.", "2012-03-06", "Mondays", "XXXX-WXX-1", "SET"),
    ("Profits slipped in the last quarter, the brewer said.", "2012-03-06", "the last quarter", "2011-Q4", "DATE"),
    # "a century ago": the year a hundred years before publication
    ("A century ago, the first trams ran along the quay.", "2012-03-06", "A century ago", "1912", "DATE"),
    ("The chapel was consecrated a century ago this month.", "1999-06-01", "a century ago", "1899", "DATE"),
    ("The fete was held on Sunday.", "2012-03-06", "Sunday", "2012-03-04", "DATE"),
    ("The couple moved to Leeds in 1987 and opened a shop that fall.", "2012-03-06", "that fall", "1987-FA",
     "DATE"),
]

NOT_TAGGED = [
    ("Her second novel, Nine Tuesdays, was shortlisted for a prize.", "2010-05-04", "Tuesdays"),
    ("His band's live album Four Saturdays went gold within a month.", "2010-05-04", "Saturdays"),
    ("Mondays Group, which runs 60 bakeries, reported higher sales.", "2010-05-04", "Mondays"),
    ("The moon reaches last quarter late on Friday.", "2010-05-04", "last quarter"),
    ("Look for the last quarter moon low in the east before dawn.", "2010-05-04", "last quarter"),
    ("Forty children went on the Sunday school trip to the coast.", "2010-05-04", "Sunday"),
    ("She taught at Sunday school in the village for thirty years.", "2010-05-04", "Sunday"),
    ("Here are the birthdays of note that fall this week.", "2010-05-04", "fall"),
    ("Bank holidays that fall on a Saturday are moved to the Monday.", "2010-05-04", "fall"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round64(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TAGGED)
def test_round64_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
