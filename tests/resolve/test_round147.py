"""Round 147 (wildlife and retail rounds, cross-set classes): a count set against a count "a year earlier" or "five
years earlier" in the sentence of its month compares month with month, also when the comparison is told by a
participle of counting ("half the number recorded a year earlier") or a count written out ("up from nine five years
earlier"), while years told after a month without a comparison stay years; the last light of a habit's day
("open daily from 8 a.m. until dusk", "from dusk until 11pm on wet nights"), bounding a range of clock hours, is on
no one day, while "from dawn till dusk" and a habit with no hours ("open until dusk throughout the summer") are
left alone and one evening keeps its day; "the same day last year" in a past clause, after a day still to
come named in between, is the story's day a year back, while a clause looking ahead keeps that coming day;
"starting" with its object ("rivals starting discounts in mid-October") is no cue of the future, "starting in
mid-October" is; an aside of habit closed by a comma and a past verb ("Sand martins, which normally arrive in late March, were
first seen on March 12") leaves the day to the main clause, while "Swifts normally arrive by April 28" is a norm; a season written with its year and a when-clause ("the
summer of 1976, when the lake dried out on 12 July") dates the clause's day as a year does, "last summer, when
..." leaves it to the news; a part of a day a past story runs on "by" ("was standing within an hour and feeding
by mid-morning") is the lead's day, however many sentences on, while a norm told in the present is of no day.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a count set against a year back, by a participle of counting
    ("A survey of otters in March found 40 holts, half the number recorded a year earlier.", "2015-06-10",
     "a year earlier", "2014-03", "DATE"),
    # counter-case: a year back with no comparison is a year
    ("A survey of otters in March found 40 holts. A year earlier the river had burst its banks.", "2015-06-10",
     "A year earlier", "2014", "DATE"),
    # a count written out, then years back
    ("A count in May found 31 nests on the cliff, up from nine five years earlier.", "2015-07-01",
     "five years earlier", "2010-05", "DATE"),
    # counter-case: years back told after a month, no comparison
    ("The reserve opened in May. Five years earlier the cliff had been quarried.", "2015-07-01",
     "Five years earlier", "2010", "DATE"),
    # the last light of a habit's day
    ("The bird hide is open daily from 8 a.m. until dusk.", "2014-05-06", "dusk", "XXXX-XX-XXTEV", "TIME"),
    ("Wardens patrol the lane from dusk until 11pm on wet nights.", "2014-05-06", "dusk", "XXXX-XX-XXTEV",
     "TIME"),
    # counter-case: the idiom of a whole day
    ("The harvesters worked from dawn till dusk every day in August.", "2014-05-06", "dusk", None, None),
    # counter-case: a habit with no range of hours stays untagged
    ("The walled garden stays open until dusk throughout the summer.", "2014-05-06", "dusk", None, None),
    # counter-case: one evening keeps its day
    ("On Monday the searchers worked until dusk.", "2014-05-06", "dusk", "2014-05-05TEV", "TIME"),
    # a participle with its object: what was begun then, the clause's past decides
    ("The chain said its sale on 11 November was hurt by heavy discounting from rivals, with some sites starting "
     "presales in mid-October.", "2026-02-25", "mid-October", "2025-10", "DATE"),
    # counter-case: "starting in" a change still ahead
    ("The chain said it would cut prices on toys, starting in mid-October.", "2026-02-25", "mid-October",
     "2026-10", "DATE"),
    # an aside of habit closed by a comma and the main clause's past verb
    ("Sand martins, which normally arrive in late March, were first seen on March 12.", "2014-05-10", "March 12",
     "2014-03-12", "DATE"),
    # counter-case: the habit governs the day
    ("Swifts normally reach the town by April 28, the wardens said.", "2014-05-10", "April 28", "XXXX-04-28",
     "DATE"),
    # a season written with its year, then a when-clause: the clause's day is in that year
    ("The first terns were back last summer. Older members recalled the summer of 1976, when the lake dried "
     "out on 12 July.", "1990-05-10", "12 July", "1976-07-12", "DATE"),
    # counter-case: a season counted from publication leaves the day to the news
    ("The first terns were back in May. Older members recalled last summer, when the lake dried out on 12 July.",
     "1990-09-10", "12 July", "1990-07-12", "DATE"),
    # a part of the lead's day a past story runs on "by", sentences later
    ("A foal was born at the stud at about 5 a.m. on Sunday. Its mother came from Ireland in 2004. Breeders had "
     "waited since early December. \"It was all very quick,\" said the manager. The foal, which weighed 40 "
     "kilograms, was standing within an hour and feeding by mid-morning.", "2009-01-20", "mid-morning",
     "2009-01-18TMO", "TIME"),
    # counter-case: a norm in the present is of no one day
    ("A foal was born at the stud at about 5 a.m. on Sunday. Its mother came from Ireland in 2004. Breeders had "
     "waited since early December. \"It was all very quick,\" said the manager. Foals of the breed are usually "
     "standing within an hour and feeding by mid-morning.", "2009-01-20", "mid-morning", "XXXX-XX-XXTMO", "TIME"),
    # a figure already taken against the story's day a year back, a coming day named in between
    ("Shoppers queued from 6am yesterday. The chain will cut prices again from January 2. One shop said takings "
     "were 15 per cent down on the same day last year.", "2019-12-27", "the same day last year", "2018-12-26",
     "DATE"),
    # counter-case: a clause looking ahead keeps the coming day
    ("Shoppers queued from 6am yesterday. The chain will cut prices again on January 2 and hopes sales that day "
     "will beat the same day last year.", "2019-12-27", "the same day last year", "2019-01-02", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_round147(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
