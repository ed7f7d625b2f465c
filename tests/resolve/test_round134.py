"""Round 134 (from the errors of blind150, retail and shopping-season news): a weekday after a promise of
something further ("promised another shipment Tuesday", "pledged a new delivery on Friday") is the day the
thing promised comes, after publication, though the promise is told in the past; the day a promise was made
("promised on Tuesday to ...", "vowed Monday that ...") stays the one before. A holiday in a "when" clause on a
year just named ("a decade ago, when malls opened at 6 p.m. on Thanksgiving Day") is that year's, also when a
clock time written with dots ("a.m.", "p.m.") stands between.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a further thing promised for a weekday (2021-03-06 is a Saturday)
    ("The toy shop sold out of kites by noon and promised another delivery Wednesday.", "2021-03-06",
     "Wednesday", "2021-03-10", "DATE"),
    ("The bakery pledged a fresh batch on Monday after the rolls ran out.", "2021-03-06",
     "Monday", "2021-03-08", "DATE"),
    # counter: the day the promise was made
    ("The mayor promised on Wednesday to reopen the market hall.", "2021-03-06",
     "Wednesday", "2021-03-03", "DATE"),
    ("The grocer promised customers Thursday that prices would fall.", "2021-03-06",
     "Thursday", "2021-03-04", "DATE"),
    # counter: a past delivery without a promise
    ("The toy shop received another delivery Wednesday.", "2021-03-06", "Wednesday", "2021-03-03", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_round134(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)

CASES_WHEN_YEAR = [
    # a holiday in a "when" clause on a year just named
    ("Queues are shorter than five years ago, when stores opened at 5 a.m. on Thanksgiving Day.", "2022-11-29",
     "Thanksgiving Day", "2017-11-23", "DATE"),
    ("Sales were weaker than in 2016, when shops opened at 7 a.m. on Boxing Day.", "2019-01-03",
     "Boxing Day", "2016-12-26", "DATE"),
    ("Crowds are thinner than a decade ago, when malls stayed open until 11 p.m. on Christmas Eve.", "2019-12-30",
     "Christmas Eve", "2009-12-24", "DATE"),
    # counter: no "when" clause, the holiday just gone
    ("Queues are shorter than five years ago, and stores opened at dawn on Thanksgiving Day.", "2022-11-29",
     "Thanksgiving Day", "2022-11-24", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES_WHEN_YEAR)
def test_round134_when_year(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
