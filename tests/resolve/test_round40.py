"""Round 40 (from the errors of blind73, travel and tourism, and blind66, newspapers of 1902-1949): a weekday's
part of the day followed by its date ("on Sunday afternoon, May 21") is one TIME on that date; a weekday's
afternoon or evening with a clock time in hours and minutes ("Sunday evening at 7.30") is one TIME after noon,
and a clock time in minutes after "evening at" or "night at" is after noon even when apart; a spoken time "in
the morning" is one TIME; a season after "the end of" ("by the end of next winter") keeps it in the extent; a
hedged day "about the 4th of August", "about the 9th prox." keeps its hedge; a court's "set down for trial
in April" is ahead; a year opening a relative clause (", which in 2019 took until mid-June") dates that
clause's months; "Last year the pass did not open until Dec. 2" is last year's day; and a month that is a
woman's name after a courtesy title with a particle surname ("Mrs. June de Villiers") or set in apposition to
a child ("announced of May, younger daughter of") is no date.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.resolve import resolve

from .phrases import check_phrase

CASES = [
    # a weekday's part of the day, then its date
    ("The choir will give its last concert on Sunday afternoon, May 21, in the town hall.", "2023-05-17",
     "Sunday afternoon, May 21", "2023-05-21TAF", "TIME"),
    ("A dinner for the retiring vicar is to be held on Friday evening, 2 June.", "2023-05-17",
     "Friday evening, 2 June", "2023-06-02TEV", "TIME"),
    ("The gala is on Saturday night, June 10, at the yacht club.", "2023-05-17", "Saturday night, June 10",
     "2023-06-10TNI", "TIME"),
    ("Hail fell on Tuesday morning, March 9, 2021, and flattened the vines.", "2023-05-17",
     "Tuesday morning, March 9, 2021", "2021-03-09TMO", "TIME"),
    # a weekday's evening at a clock time in hours and minutes
    ("A memorial service will be held on Sunday evening at 7.30 in the chapel.", "2001-02-16",
     "Sunday evening at 7.30", "2001-02-18T19:30", "TIME"),
    ("The lecture begins on Thursday afternoon at 2.45, in room nine.", "2001-02-16",
     "Thursday afternoon at 2.45", "2001-02-22T14:45", "TIME"),
    # a clock time in minutes after "night at" is after noon
    ("The band plays on Friday night at 9:15.", "2001-02-16", "9:15", "2001-02-16T21:15", "TIME"),
    ("The band plays on Friday night at 10.40, after the raffle.", "2001-02-16", "10.40", "2001-02-16T22:40",
     "TIME"),
    # a spoken time in the morning
    ("The first shells fell at ten minutes to four in the morning.", "1916-07-03",
     "ten minutes to four in the morning", "1916-07-03T03:50", "TIME"),
    ("The mail train pulled out at half past two in the morning.", "1916-07-03", "half past two in the morning",
     "1916-07-03T02:30", "TIME"),
    # the end of a season named by its deictic word
    ("The new wing should be finished by the end of next summer.", "2022-02-16", "the end of next summer",
     "2022-SU", "DATE"),
    ("Councillors were told the pipes would be laid by the end of next winter.", "1925-04-30",
     "the end of next winter", "1925-WI", "DATE"),
    ("The reservoir ran low at the beginning of last summer.", "2022-02-16", "the beginning of last summer",
     "2021-SU", "DATE"),
    # a hedged day keeps its hedge
    ("The new ferry is expected about the 4th of August.", "2022-02-16", "about the 4th of August", "2022-08-04",
     "DATE"),
    ("The new dredger should arrive about the 9th prox.", "1911-11-21", "about the 9th prox.", "1911-12-09",
     "DATE"),
    # a case set down for trial is ahead
    ("The two claims against the tramway have been set down for trial in April.", "1902-03-19", "April",
     "1902-04", "DATE"),
    ("The appeal was put down for hearing in May, counsel said.", "1931-03-02", "May", "1931-05", "DATE"),
    # a year opening a relative clause dates its months
    ("The pass stays shut until crews clear it, which in 2019 took until mid-June.", "2022-10-20", "mid-June",
     "2019-06", "DATE"),
    ("The old dam, which in 2015 overflowed in March, has been rebuilt.", "2022-10-20", "March", "2015-03",
     "DATE"),
    # ... but not a month after the clause has closed
    ("The old dam, which in 2015 overflowed, will reopen in March.", "2022-10-20", "March", "2023-03", "DATE"),
    # a day last year that came late
    ("The lifts start on Nov. 25. Last year the pass did not open until Dec. 2, after a mild autumn.",
     "2022-10-20", "Dec. 2", "2021-12-02", "DATE"),
    ("Last year, the ferry was not running until May 3.", "2022-10-20", "May 3", "2021-05-03", "DATE"),
    # a date beside a child's apposition stays a date
    ("She was born in June, the only daughter of a miner.", "1936-06-19", "June", "1936-06", "DATE"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    ("Guests included Mrs. June de Villiers and the mayor.", "1936-06-19", "June"),
    ("Flowers were sent by Miss April van Wyk, of Durban.", "1936-06-19", "April"),
    ("The engagement is announced of May, younger daughter of Mr. and Mrs. Hale, of Kew.", "1944-04-22", "May"),
    ("The engagement is announced of June, only daughter of the late Mr. Stott.", "1944-04-22", "June"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round40(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round40_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)


@pytest.mark.parametrize("text, phrase", [
    ("The new ferry is expected about the 4th of August.", "about the 4th of August"),
    ("The new dredger should arrive about the 9th prox.", "about the 9th prox."),
])
def test_round40_hedged_day_is_approximate(text, phrase):
    found = {t.text: t for t in resolve(text, dt.date(1911, 11, 21))}
    assert found[phrase].mod == "APPROX"


def test_round40_season_end_is_end():
    found = {t.text: t for t in resolve("The new wing should be finished by the end of next summer.",
                                        dt.date(2022, 2, 16))}
    assert found["the end of next summer"].mod == "END"
