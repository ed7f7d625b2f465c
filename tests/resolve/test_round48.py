"""Round 48 (from the errors of blind79, workplace emails, memos and minutes, and blind88, astronomy and
sky-watching columns): a bound before "a second" at the end of a phrase is a length of one second ("in less
than a second."); the sky's timetable drifting by an amount ("sunrise creeps six minutes earlier") is a
length, as a moved schedule is; clock times told just before a weekday ("from 9 pm on Tuesday") do not push
the clause's verb out of reach of the weekday's tense; "Tuesday next week" is the Tuesday of the week after
publication's even when this week's Tuesday has gone; and a deadline ("by 30 November") for what is meant
"for next year" or "into next year" is read from publication, not in that year.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a bound before "a second" closing a phrase
    ("Each spark flares and fades in less than a second.", "2011-04-02", "less than a second", "PT1S",
     "DURATION"),
    ("The shutter closed in under one second, the engineer said.", "2011-04-02", "under one second", "PT1S",
     "DURATION"),
    # the sky's timetable shifted by an amount
    ("Over the next fortnight sunrise creeps six minutes earlier and sunset eight minutes later.", "2008-06-02",
     "six minutes", "PT6M", "DURATION"),
    ("Each evening the planet rises four minutes earlier than the night before.", "2008-06-02", "four minutes",
     "PT4M", "DURATION"),
    # clock times before the weekday do not hide the clause's verb
    ("The club will hold an open night at the field on Moor Lane from 9 pm on Tuesday.", "2003-08-09",
     "Tuesday", "2003-08-12", "DATE"),
    ("The club will hold an open night at the field on Moor Lane from 9 pm on Tuesday.", "2003-08-09",
     "9 pm", "2003-08-12T21:00", "TIME"),
    ("The club held a long open night at the field on Moor Lane from 9 pm on Tuesday.", "2003-08-09",
     "Tuesday", "2003-08-05", "DATE"),
    # "<weekday> next week": the weekday of the week after publication's
    # (Round 96: after a pair of weekdays the week is its own expression, "Tuesday" keeps the same day)
    ("I'm away at the depot on Monday and Tuesday next week.", "2020-01-29", "Tuesday", "2020-02-04",
     "DATE"),
    ("We will sign the lease on Wednesday next week.", "2020-01-30", "Wednesday next week", "2020-02-05", "DATE"),
    ("The report is due on Thursday next week.", "2020-01-29", "Thursday next week", "2020-02-06", "DATE"),
    # a deadline for what is meant for next year falls before it
    ("Requests to move spare days into next year must reach HR by 30 November.", "2012-11-02", "30 November",
     "2012-11-30", "DATE"),
    ("Bids for next year should be with the treasurer before 14 December.", "2012-11-02", "14 December",
     "2012-12-14", "DATE"),
    # ... but a day named in next year's own plans is in it
    ("Plans for next year include a garden show on 3 June.", "2012-11-02", "3 June", "2013-06-03", "DATE"),
    ("Next year the fair opens on 3 June.", "2012-11-02", "3 June", "2013-06-03", "DATE"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # "a second" before a noun is an ordinal
    ("The council talked about a second ferry for the island.", "2011-04-02", "a second"),
    ("She came in second, a yard behind the winner.", "2011-04-02", "second"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round48(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round48_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
