"""Round 119 (from the errors of blind105, agency newswire of 1996-1999, and blind106, social-media threads):
a company "which reports Thursday" names its results day ahead, and a notice "tickets on sale Monday" with no
verb of its own announces a sale ahead; the dot after a day-first date's month ("Sat 30 Oct.") ends its
sentence, so the clause before it lends no tense to the next; a bare report ("the paper reported Monday") and a past copula
("were on sale Monday") keep the news default of the past.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a relative "which reports" with a weekday: a results day ahead (2005-03-08 is a Tuesday)
    ("Shares of Delmont Foods, which reports Thursday, slipped 2 percent.", "2005-03-08", "Thursday",
     "2005-03-10", "DATE"),
    # counter-case: the verb in the past reports what happened
    ("Delmont Foods, which reported Thursday, slipped 2 percent.", "2005-03-08", "Thursday",
     "2005-03-03", "DATE"),
    # counter-case: a present report that introduces what was reported is no schedule
    ("The Ledger reports Monday that Delmont Foods cut 40 jobs.", "2005-03-08", "Monday", "2005-03-07",
     "DATE"),
    # a day-first date's month ends its sentence: the past of the game before it does not reach the notice
    # (2021-11-02 is a Tuesday)
    ("Next up: Harwell at home Sat 23 Oct. Tickets on sale Monday from 9am.", "2021-10-17", "Monday",
     "2021-10-18", "DATE"),
    # counter-case: a month-first date keeps its abbreviation's dot inside the clause
    ("The club sold out its home game on Oct. 23 and again Monday.", "2021-10-27", "Monday", "2021-10-25",
     "DATE"),
    # a notice without a verb: a sale ahead (2019-05-15 is a Wednesday)
    ("Summer concert series announced. Tickets on sale Friday at the library desk.", "2019-05-12", "Friday",
     "2019-05-17", "DATE"),
    # counter-case: "were on sale" keeps the past
    ("The tickets were on sale Friday and sold out within an hour.", "2019-05-12", "Friday", "2019-05-10",
     "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round119(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
