"""Round 102 (from the errors of blind70, sports news, and blind29, local life and culture): a text that
names a season by two consecutive years ("the 2023-24 season") counts seasons across New Year, so up to July
"this season" began the year before publication and "last season" the year before that; a text without such
a season, or a record of wins and losses ("a 10-6 season"), keeps the season of the year of publication; "one-day" cricket
("the one-day squad", "a one-day international") is a form of the game, no length of time; a past "when" clause whose subject an aside glosses ("on Saturday,
when Red Comet, a 9-4 favourite, won") is past, as it is without the aside; a speaker's "last night" or "yesterday" inside a quote counts from the day
its attribution names ('," she said Friday'), when that day is gone by; a clock time kept for years ("have been getting up at 5 a.m. for 20 years") is of no one
day; a bare hour after "at" closing its clause, with a clock time told before it in the sentence ("from 6 p.m.
Friday, May 4, with fireworks at 10"), is a later hour of that half of the day; "play" after an infinitive that takes it as object ("was forced to
stage play on Sunday") is the noun, no verb of a schedule.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a season across New Year, named by its two years: in spring the one under way began last year ...
    ("The winger scored 14 goals this season, two more than in the 2021-22 season.", "2024-04-11",
     "this season", "2023", "DATE"),
    ("The choir's 2025-26 season is its busiest yet. Last season it sang only four concerts.", "2026-02-20",
     "Last season", "2024", "DATE"),
    # ... but in the autumn the season under way began this year
    ("The winger scored 6 goals this season, after 14 in the 2021-22 season.", "2024-11-11",
     "this season", "2024", "DATE"),
    # no season named by two years: the year of publication
    ("The winger scored 14 goals this season, a club record.", "2024-04-11", "this season", "2024", "DATE"),
    # a record of wins and losses is no pair of years
    ("After a 10-6 season a year ago, the team has won 8 games this season.", "2024-04-11", "this season",
     "2024", "DATE"),
    # one-day cricket is a form of the game ...
    ("The opener was dropped from the one-day squad after a poor tour.", "2009-02-03", "one-day", None, None),
    ("Pakistan levelled the series by winning the third one-day international in Lahore.", "2009-02-03",
     "one-day", None, None),
    # ... a one-day stoppage is a length
    ("Nurses will stage a one-day strike over pay next month.", "2009-02-03", "one-day", "P1D", "DURATION"),
    # a past "when" clause read past the aside on its subject ...
    ("The trainer saddled his 500th winner on Saturday, when Red Comet, a 9-4 favourite, won at Ripon.",
     "2010-06-08", "Saturday", "2010-06-05", "DATE"),
    # ... and a present one still looks ahead
    ("The square will be closed on Saturday, when the mayor, a keen cyclist, opens the new bike lane.",
     "2010-06-08", "Saturday", "2010-06-12", "DATE"),
    # a quote said on a day gone by: its "last night" is the night before that day ...
    ('"My legs were gone last night, so I skipped the gym," the sprinter said Friday morning.', "2015-05-17",
     "last night", "2015-05-14TNI", "TIME"),
    ('"The ferry was cancelled yesterday," a passenger said on Thursday.', "2015-05-17", "yesterday",
     "2015-05-13", "DATE"),
    # ... but outside a quote, or said on the day of publication, it counts from publication
    ("The ferry ran late last night, a passenger said on Thursday.", "2015-05-17", "last night",
     "2015-05-16TNI", "TIME"),
    ('"The ferry ran late last night," a passenger said Sunday.', "2015-05-17", "last night",
     "2015-05-16TNI", "TIME"),
    # a clock time kept for years is the time of a habit ...
    ('The baker hands over the shop on June 3. "I have been getting up at 5 a.m. for 20 years," he said.',
     "2012-05-20", "5 a.m.", "XXXX-XX-XXT05:00", "TIME"),
    # ... a stay of weeks after a time on a named day is that day's
    ("The ship docks on June 3 at 5 a.m. for two weeks of repairs.", "2012-05-20", "5 a.m.",
     "2012-06-03T05:00", "TIME"),
    # a bare hour after a clock time in its sentence is a later hour of the same evening ...
    ("The street party runs from 6 p.m. Friday, May 4, with fireworks at 10.", "2018-04-28", "10",
     "2018-05-04T22:00", "TIME"),
    # ... not a level a market or a rate closed at
    ("Trading resumed at 11 a.m., and the index closed at 12.", "2018-04-28", "12", None, None),
    ("The auction began at 2 p.m. and bidding was capped at 5.", "2018-04-28", "5", None, None),
    # "play" as the object of an infinitive leaves the tense to the verb before ...
    ("Storms flooded the courts, and organisers were forced to stage play on Sunday.", "2003-07-02", "Sunday",
     "2003-06-29", "DATE"),
    # ... and a future there still looks ahead
    ("If the rain persists, organisers will be forced to stage play on Sunday.", "2003-07-02", "Sunday",
     "2003-07-06", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round102(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
