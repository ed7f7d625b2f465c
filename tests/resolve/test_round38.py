"""Round 38 (from the errors of blind98, gardening columns and almanacs, and blind97, release notes and
status pages): advice on tending plants ("can be sown in October", "are best pruned in late winter",
"Plant the cloves in November") and a rule of thumb ("As a rule, ...") name any year's month or season
(XXXX-10); Midsummer Day and St Swithin's Day are holidays; a holiday or a season naming a plant ("the
Christmas rose", "spring onions") and the number of a software build ("build 2029") are no dates; "did not
... until 20 April" after "Last year" is that year's day, not a deadline; "during the past year" is the
year up to publication (DURATION P1Y); "ships on Thursday" schedules a release; "quarterly" is P3M, also
before a release or a schedule ("a quarterly patch release", "a monthly cadence"); and "once a fortnight"
is one set.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # advice on tending plants: any year's month or season
    ("Sweet peas can be sown under glass in October for early blooms.", "2015-09-01", "October", "XXXX-10",
     "DATE"),
    ("Apple trees are best pruned in late winter, when the sap is low.", "2015-09-01", "late winter", "XXXX-WI",
     "DATE"),
    ("Plant the garlic cloves in November, pointed end up.", "2015-09-01", "November", "XXXX-11", "DATE"),
    ("Hardy annuals are easy: sow the seeds where they are to flower in April.", "2015-09-01", "April", "XXXX-04",
     "DATE"),
    ("Leeks can be transplanted from June to August in most soils.", "2015-09-01", "June", "XXXX-06", "DATE"),
    ("Feed the hedge with bonemeal in early spring.", "2015-09-01", "early spring", "XXXX-SP", "DATE"),
    # a telling in the past keeps its year
    ("We planted the garlic cloves in November and they rotted.", "2015-12-20", "November", "2015-11", "DATE"),
    # a rule of thumb
    ("As a rule, the swifts have left the town by the middle of August.", "2015-09-01", "the middle of August",
     "XXXX-08", "DATE"),
    # holidays of the old English calendar
    ("The hay on the common is not cut before Midsummer Day.", "2015-05-10", "Midsummer Day", "2015-06-24",
     "DATE"),
    ("The village fete moves to St Swithin's Day this year.", "2019-06-03", "St Swithin's Day", "2019-07-15",
     "DATE"),
    # "did not ... until" after a year tells when it happened
    ("Last year the swallows did not return until 20 April.", "2014-03-10", "20 April", "2013-04-20", "DATE"),
    ("Last year the ferry didn't sail until May 3.", "2014-03-10", "May 3", "2013-05-03", "DATE"),
    # the year up to publication
    ("Three bridges were repaired during the past year.", "2016-08-11", "the past year", "P1Y", "DURATION"),
    ("The charity has doubled its staff within the last year.", "2016-08-11", "the last year", "P1Y", "DURATION"),
    # a release that ships
    ("The bug fix ships on Thursday with the regular update.", "2017-05-22", "Thursday", "2017-05-25", "DATE"),
    # the vessels are told in the past
    ("Cargo ships on Thursday were kept outside the harbour.", "2017-05-22", "Thursday", "2017-05-18", "DATE"),
    # every three months, every month
    ("The board reviews its reserves quarterly.", "2017-05-22", "quarterly", "P3M", "SET"),
    ("Security fixes arrive in a quarterly patch release.", "2017-05-22", "quarterly", "P3M", "SET"),
    ("The distribution moves to a monthly cadence in the autumn.", "2017-05-22", "monthly", "P1M", "SET"),
    ("The chess club meets once a fortnight in the library.", "2017-05-22", "once a fortnight", "P2W", "SET"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # a holiday or a season naming a plant
    ("In the shade of the hedge the Christmas rose flowers in the snow.", "2015-01-12", "Christmas"),
    ("Michaelmas daisies fill the border with mauve.", "2015-01-12", "Michaelmas"),
    ("She grows Easter lilies in pots on the terrace.", "2015-01-12", "Easter"),
    ("Pull the spring onions while they are thin.", "2015-01-12", "spring"),
    # the number of a software build
    ("The installer now ships as build 2027 for all users.", "2021-03-08", "2027"),
    ("Revision 2019 removed the old importer.", "2021-03-08", "2019"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round38(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round38_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
