"""Round 28 (from the errors of blind79, workplace e-mails, memos and minutes, and blind80, music, film, TV and
celebrity news): time words inside the title of a song, film or album ("the single "Rain on Thursday"", the
comedy Sunday Gravy) are no expressions; four digits after "ext." are a telephone extension; "fortnightly"
recurs every two weeks; "Weds"; "w/c 16 June" and "the week commencing 7 July" are one week; "on the
Saturday" after an event's dates is one of those days, and so is a clock time written before it; "by COB
Friday" is a deadline; "Before you leave on Friday, ..." instructs for later; an e-mail's "Sent:" line and
"Monday 9am" are one TIME each.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

REGATTA = ("The regatta runs from Friday 14 August to Sunday 16 August. Boats launch at 9am on the Saturday, "
           "and prizes are given on the Sunday.")

CASES = [
    # a title of time words alone and unquoted stays a date
    ("The band will release the album Friday.", "2017-06-13", "Friday", "2017-06-16", "DATE"),
    # "fortnightly"
    ("The steering group meets fortnightly until the launch.", "2021-03-03", "fortnightly", "P2W", "SET"),
    # "Weds"
    ("The new printers arrive next Weds.", "2014-04-30", "next Weds", "2014-05-07", "DATE"),
    # a week named by its first day
    ("Induction sessions run w/c 16 June.", "2014-05-28", "w/c 16 June", "2014-W25", "DATE"),
    ("Fitters are booked for the week commencing 7 July.", "2014-05-28", "the week commencing 7 July", "2014-W28",
     "DATE"),
    # "the Saturday" of the days just dated, and the clock time before it
    # (Round 88: the article is inside the extent, as the gold of most sets writes it)
    (REGATTA, "2026-03-02", "the Saturday", "2026-08-15", "DATE"),
    (REGATTA, "2026-03-02", "9am", "2026-08-15T09:00", "TIME"),
    # office deadlines and instructions for later
    ("Please return the signed forms by COB Friday.", "2020-01-29", "Friday", "2020-01-31", "DATE"),
    ("Before you leave on Friday, switch off the monitors.", "2020-01-29", "Friday", "2020-01-31", "DATE"),
    ("Before you arrived on Friday, the rooms were cleaned.", "2020-01-29", "Friday", "2020-01-24", "DATE"),
    # an e-mail's "Sent:" line, and a weekday with its clock time
    ("Sent: Tuesday, 3 March 2015 16:47\nTo: Facilities", "2015-03-04", "Tuesday, 3 March 2015 16:47",
     "2015-03-03T16:47", "TIME"),
    ("The depot will open Sunday 7am for deliveries.", "2022-02-16", "Sunday 7am", "2022-02-20T07:00", "TIME"),
    ("Phones will go down Thursday 23:00 for an upgrade.", "2022-02-16", "Thursday 23:00", "2022-02-17T23:00", "TIME"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    ("The trio's new single, \"Rain on Thursday\", is out next month.", "2017-06-13", "Thursday"),
    ("Critics praised the comedy Sunday Gravy for its cast.", "2017-06-13", "Sunday"),
    ("Her ballad \"Nine Hours to Dawn\" topped the chart.", "2017-06-13", "Nine Hours"),
    ("For passes, call Lena Ortiz on ext. 2017.", "2016-05-04", "2017"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round28(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round28_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
