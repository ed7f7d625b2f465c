"""Round 29 (from the errors of blind76, clinical notes, and blind30, history and biography): a month name
after a courtesy title is a first name ("Dr. June Okafor"); a holiday's part of the day is one TIME
("Christmas evening"); the dosing intervals of medical text are sets ("q8h", "b.i.d."); "for the 31st" is a
day of the month; a numeric date with its four-digit clock time is one TIME ("06/14/2019 0915"); a report
that writes out its own day of publication is told from now, not a history (its year-less months take
their year by tense, not from an older year named before); a history's older years after "By" and in "the
1867 collapse"; "another half-century"; "one in spring and one in autumn" holds no clock time.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a holiday's part of the day
    ("The power failed across the valley on Christmas morning.", "2019-12-27", "Christmas morning",
     "2019-12-25TMO", "TIME"),
    ("Crowds will gather on the quay on New Year's evening.", "2019-12-27", "New Year's evening",
     "2020-01-01TEV", "TIME"),
    # dosing intervals
    ("Give furosemide 20 mg IV q12h until the swelling settles.", "2014-03-02", "q12h", "PT12H", "SET"),
    ("Neuro checks q2h overnight, then every four hours.", "2014-03-02", "q2h", "PT2H", "SET"),
    ("Naproxen 250 mg b.i.d. with meals.", "2014-03-02", "b.i.d.", "P1D", "SET"),
    ("Nystatin swish and swallow q.i.d. for a week.", "2014-03-02", "q.i.d.", "P1D", "SET"),
    # a day of the month something is fixed for
    ("The council vote is scheduled for the 28th.", "2023-05-17", "the 28th", "2023-05-28", "DATE"),
    # a record's stamp: a numeric date and its four-digit clock time
    ("Sample drawn 03/02/2014 1345 and sent to the lab.", "2014-03-02", "03/02/2014 1345", "2014-03-02T13:45",
     "TIME"),
    ("Visit note 11/20/2009 0830: patient seen in clinic.", "2009-11-20", "11/20/2009 0830",
     "2009-11-20T08:30", "TIME"),
    # a report dated on its day of publication is told from now: an older year does not set a scene
    ("Scan date: 10/07/2011. Earlier films from the spring of 2006 were lost. The cyst measured 4 mm in "
     "March.", "2011-10-07", "March", "2011-03", "DATE"),
    # older years in a history
    ("The canal opened in 1822. By 1841 the town had six wharves.", "2019-04-02", "1841", "1841", "DATE"),
    ("A plaque recalls the 1871 flood that took the bridge.", "2019-04-02", "1871", "1871", "DATE"),
    # half a century
    ("The treaty kept the peace for another half-century.", "2019-04-02", "another half-century", "P50Y",
     "DURATION"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    ("Dr. June Halvorsen reviewed the films with the family.", "2014-03-02", "June"),
    ("The ward round was led by Prof. August Lindqvist this term.", "2014-03-02", "August"),
    # an amount after "by" stays a number
    ("The herd grew by 1450 to nearly 3,000 head.", "2019-04-02", "1450"),
    # "one" as a pronoun after "and", with a clock time earlier in the text
    ("The crews met at 6 a.m. They agreed on two fishing breaks, one in May and one in October.",
     "2019-04-02", "one"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round29(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round29_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
