"""Round 127 (a cross-set round: error classes that recur over many invented sets). A tally of events counted
"in the past year" or "in the last decade" ("the gate jammed four times in the past year", "the third bakery
to close in the last decade", "rents have doubled in the past year") counts over the stretch up to the time in
focus, a DURATION; with no tally, "in the past year" keeps the year before (TimeBank dates it).
A season naming the break, holiday, show or timetable after it ("the winter holidays", "the spring show", "the
summer schedule starts") is an adjective of that thing, no time; "the fall of the regime" is a downfall.
"soon" in a clause about what is still ahead ("hopes to reopen soon", "will soon stop") is FUTURE_REF.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a tally or a multiple within the clause: the stretch up to publication
    ("The lift at the station has broken down five times in the past year.", "2019-06-12", "the past year", "P1Y",
     "DURATION"),
    ("Our village has lost its second pub in the past year.", "2019-06-12", "the past year", "P1Y", "DURATION"),
    ("The ward has elected three different councillors in the last decade.", "2019-06-12", "the last decade",
     "P10Y", "DURATION"),
    ("Membership of the rowing club has tripled in the past year.", "2019-06-12", "the past year", "P1Y",
     "DURATION"),
    # no tally: the year (or decade) before publication, as before
    ("The council opened an inquiry into the contractor in the past year.", "2019-06-12", "the past year", "2018",
     "DATE"),
    ("In the past year, the ferry changed its timetable.", "2019-06-12", "the past year", "2018", "DATE"),
    # a season before the break, show or timetable it names: no time of its own
    ("The pupils came back from the winter holidays on Monday.", "2019-06-12", "the winter", None, None),
    ("The theatre club said the spring show opens in March.", "2019-06-12", "the spring", None, None),
    ("Two airlines will add routes when the summer schedule starts.", "2019-06-12", "the summer", None, None),
    ("Looting spread through the capital during the fall of the regime.", "2019-06-12", "the fall", None, None),
    # the season itself, or an academic term named by it: still a date
    ("The theatre club will stage a new show in the spring.", "2019-06-12", "the spring", "2020-SP", "DATE"),
    ("The pupils start the autumn term on Monday.", "2019-06-12", "the autumn term", "2019-FA", "DATE"),
    ("The mill closed in the fall of 1991.", "2019-06-12", "the fall of 1991", "1991-FA", "DATE"),
    # "soon" in a clause about what is ahead: an unnamed future time
    ("The bakery hopes to reopen its second shop soon.", "2019-06-12", "soon", "FUTURE_REF", "DATE"),
    ("The ferry will soon stop calling at the island.", "2019-06-12", "soon", "FUTURE_REF", "DATE"),
    # "as soon as", "too soon", a narrated "soon": no time of its own
    ("Please ring the desk as soon as the parcel arrives.", "2019-06-12", "soon", None, None),
    ("It is too soon to judge the new timetable.", "2019-06-12", "soon", None, None),
    ("The storm passed and soon the boats were back in the harbour.", "2019-06-12", "soon", None, None),
]


@pytest.mark.parametrize("text,dct,phrase,value,typ", CASES)
def test_round127(text, dct, phrase, value, typ):
    check_phrase(text, dct, phrase, value, typ)
