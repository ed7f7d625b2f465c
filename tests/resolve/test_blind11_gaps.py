"""General gaps found by the eleventh blind evaluation (issue 3), pinned with invented sentences.

Each case: (text, publication date, phrase, expected value, expected type). A phrase expected to be
absent has value None. Every text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

_OUTAGE = ("A software bug halted ticket sales at a dozen theaters for two hours on Monday, the vendor Boxly said "
           "in a statement released Tuesday.\n\nAccording to the statement, staff deployed the update at 09:12 "
           "UTC. Failures started three minutes later, and by 09:20 UTC most sales were failing.\n\nStaff "
           "reverted the update at 11:02 UTC, and sales recovered by 11:30 UTC, or 6:30 a.m. in Chicago.")
_COUNT = ("Counting went on through the week in the island nation's parliamentary vote, the electoral office said "
          "Thursday.\n\nVoting ended at 5 p.m. Sunday, or 0400 GMT, and early returns from the largest island "
          "were released that night. Ballots from the remote atolls did not arrive in the capital until Tuesday "
          "afternoon.\n\nClerks finished the count at 10 p.m. Wednesday, or 0900 GMT.")
_MINE = ("Rescuers reached four trapped miners early Saturday, three days after a tunnel collapsed at a coal mine "
         "in the hills.\n\nThe roof gave way at about 2 p.m. Wednesday, trapping the men 600 feet down. Within "
         "hours, rescue teams had arrived at the entrance.\n\nBy 8 p.m. crews had bored a small hole toward the "
         "men.")
_FIRE = ("Families returned home Monday after a brush fire forced hundreds to flee over the weekend.\n\nThe fire "
         "was spotted at 6:40 p.m. Saturday near a picnic area. Driven by wind, it jumped a creek within two "
         "hours, and firefighters knocked on doors until about 3 a.m.\n\n\"I have never seen smoke like that,\" "
         "said a farmer who spent the night in a church hall.")

CASES = [
    # -- clock times of the story's day, told in a document released on the publication day --
    (_OUTAGE, "2024-05-07", "09:12 UTC", "2024-05-06T09:12", "TIME"),
    (_OUTAGE, "2024-05-07", "three minutes later", "2024-05-06T09:15", "TIME"),
    (_OUTAGE, "2024-05-07", "11:02 UTC", "2024-05-06T11:02", "TIME"),
    (_OUTAGE, "2024-05-07", "11:30 UTC", "2024-05-06T11:30", "TIME"),
    # ... and a time glossing another in a second zone is on the glossed time's day
    (_OUTAGE, "2024-05-07", "6:30 a.m.", "2024-05-06T06:30", "TIME"),
    (_COUNT, "2011-06-16", "0400 GMT", "2011-06-12T04:00", "TIME"),
    (_COUNT, "2011-06-16", "0900 GMT", "2011-06-15T09:00", "TIME"),
    (_COUNT, "2011-06-16", "that night", "2011-06-12TNI", "TIME"),
    # -- "did not ... until <day>": when it finally happened, no deadline --
    (_COUNT, "2011-06-16", "Tuesday afternoon", "2011-06-14TAF", "TIME"),
    ("The letter did not reach the court until Friday.", "2019-09-11", "Friday", "2019-09-06", "DATE"),
    ("The letter will not reach the court until Friday.", "2019-09-11", "Friday", "2019-09-13", "DATE"),
    # -- a clock time after a past weekday with its time: that day, not the publication day --
    (_MINE, "2005-06-04", "8 p.m.", "2005-06-01T20:00", "TIME"),
    # -- small hours a night runs on to after an evening clock time; the night that ends in them --
    (_FIRE, "2012-07-02", "about 3 a.m.", "2012-07-01T03:00", "TIME"),
    (_FIRE, "2012-07-02", "the night", "2012-06-30TNI", "TIME"),
    # -- "that morning" in a future clause: the day still to come named before --
    ("The board will announce its decision on June 12, economists said Tuesday. Prices fell last month, and "
     "rents rose last Friday.\n\nThe board releases its forecast with the decision and will brief reporters "
     "that morning.", "2023-05-30", "that morning", "2023-06-12TMO", "TIME"),
    # -- a weekday in apposition to a date is that date --
    ("Grades will now appear online on May 24, a Friday, the registrar said.", "2013-03-10", "Friday",
     "2013-05-24", "DATE"),
    ("The vote moved to Oct. 2 (a Tuesday).", "2018-09-20", "Tuesday", "2018-10-02", "DATE"),
    # -- "most recently <date>": the date says when --
    ("Prices rose most recently because of the drought.", "2022-02-16", "recently", "PAST_REF", "DATE"),
]

NOT_TAGGED = [
    ("The club has changed coaches often, most recently on May 3.", "2022-02-16", "recently"),
    ("The club has changed coaches often, most recently in 2019.", "2022-02-16", "recently"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_blind11_gap(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text,reference,phrase", NOT_TAGGED)
def test_blind11_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
