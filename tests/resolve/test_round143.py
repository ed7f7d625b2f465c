"""Round 143 (cross-set durations and sets): a rate whose counted amount sits further back ("two extra
practice sessions a week", "150 minutes of planning time a week", "180km a week", "more than an hour a day")
is a SET, and so is a hedged count of days in each week ("up to three days a week"), while a length put off,
taken, lasted or compared ("was postponed a week", "it took a week", "a week too early") stays a DURATION;
counted weekends are weekends ("two weekends" P2WE), one stays two days, and "every other weekend" is the
weekend of any week; a steady drift ("ten days earlier each year", "six days earlier per decade", "40 minutes
later every day") is the amount each step moves, a DURATION, not a day or time before another; the past year
as a share ("most of the past year"), a change over the year ("2.7 per cent over the year") or a subject summed
up ("the past year has taught me") is a stretch, P1Y; "Shabbat services every Friday at 6:45 p.m." is a
service of worship, its clock time joined to the weekday's SET; "for two days from Thursday" is a length after
"for", not a day two days after Thursday.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a rate after a longer amount
    ("Under the deal, nurses would get two extra practice sessions a week.", "2024-06-12", "a week", "P1W",
     "SET"),
    ("Nurses get 150 minutes of planning time a week.", "2024-06-12", "a week", "P1W", "SET"),
    ("The hall hosts about 9,000 plays and recitals a year.", "2024-06-12", "a year", "P1Y", "SET"),
    ("She ran 180km a week while training for the marathon.", "2024-06-12", "a week", "P1W", "SET"),
    ("The bank will buy $30 billion of municipal bonds a month.", "2024-06-12", "a month", "P1M", "SET"),
    ("Few owners wear the headset for more than an hour a day.", "2024-06-12", "a day", "P1D", "SET"),
    # counter-cases: a length put off, taken, lasted, or a share
    ("The hearing set for May 3 was postponed a week because of illness.", "2024-06-12", "a week", "P1W",
     "DURATION"),
    ("In '72 it took a week for the cellar to dry.", "2024-06-12", "a week", "P1W", "DURATION"),
    ("Bonuses are paid after six months and a year in service.", "2024-06-12", "a year", "P1Y", "DURATION"),
    ("The floods have displaced a quarter of the valley's 40,000 people.", "2024-06-12", "a quarter", None,
     "SET"),
    ("My neighbour on plot 14 says I am a week too early.", "2024-06-12", "a week", "P1W", "DURATION"),
    ("The add/drop period runs through Jan. 12, a week shorter than last year.", "2024-06-12", "a week", "P1W",
     "DURATION"),
    ("It has served us since 2011. It deserves a year off.", "2024-06-12", "a year", "P1Y", "DURATION"),
    # a hedged count of days in each week
    ("Part-timers may claim the benefit for up to three days a week.", "2024-06-12", "up to three days a week",
     "P1W", "SET"),
    # counter-case: a hedged length with no week after it
    ("The walkout lasted up to three days in some depots.", "2024-06-12", "up to three days", "P3D", "DURATION"),
    # counted weekends
    ("The tunnel will shut for three weekends in July.", "2024-06-12", "three weekends", "P3WE", "DURATION"),
    # counter-case: one weekend stays two days
    ("Crews will need a weekend to lay the track.", "2024-06-12", "a weekend", "P2D", "DURATION"),
    # alternate weekends: the weekend of any week, not a count of days
    ("Volunteers staff the lighthouse every other weekend.", "2024-06-12", "every other weekend", "XXXX-WXX-WE",
     "SET"),
    # counter-case: alternate weeks stay a two-week recurrence
    ("The reading group meets every other week.", "2024-06-12", "every other week", "P2W", "SET"),
    # a steady drift
    ("Because the calendar is lunar, the fast begins about ten days earlier each year.", "2024-06-12",
     "about ten days", "P10D", "DURATION"),
    ("Swallows now reach the valley six days earlier per decade.", "2024-06-12", "six days", "P6D",
     "DURATION"),
    ("Tagged warblers arrived three days earlier on average.", "2024-06-12", "three days", "P3D", "DURATION"),
    ("The rover woke at 6:10 a.m. Its work day will drift about 40 minutes later every day.", "2024-06-12",
     "about 40 minutes", "PT40M", "DURATION"),
    # a length after "for" that starts on a weekday
    ("The ferry will be withdrawn for at least four weeks from Monday.", "2024-06-12", "at least four weeks",
     "P4W", "DURATION"),
    ("Schools in the district will shut for two days from Thursday.", "2024-06-12", "two days", "P2D",
     "DURATION"),
    # counter-case: a day that far after the weekday
    ("The auction closes two weeks from Friday.", "2024-06-12", "two weeks from Friday", "2024-06-28", "DATE"),
    # a share of the past year, a change over the year, the past year summed up as a subject
    ("The base rate has sat near zero for most of the past year.", "2024-06-12", "the past year", "P1Y",
     "DURATION"),
    ("Food prices rose 2.7 per cent over the year, the bureau said.", "2024-06-12", "the year", "P1Y",
     "DURATION"),
    ("The past year on this ward has taught me patience.", "2024-06-12", "The past year", "P1Y", "DURATION"),
    ("Ministers said the past year had shown the need for reform.", "2024-06-12", "the past year", "P1Y",
     "DURATION"),
    # counter-cases: the calendar year before
    ("The past year's accounts were filed late.", "2024-06-12", "The past year", "2023", "DATE"),
    ("Profits in the past year have been poor.", "2024-06-12", "the past year", "2023", "DATE"),
    # a service of worship with the weekday first: one SET with its clock time
    ("Shabbat services resume every Friday at 6:45 p.m. in the old hall.", "2024-06-12",
     "every Friday at 6:45 p.m.", "XXXX-WXX-5T18:45", "SET"),
    # counter-case: a club's meeting stays two expressions
    ("The rambling club meets every Tuesday at 9 a.m. by the war memorial.", "2024-06-12", "every Tuesday",
     "XXXX-WXX-2", "SET"),
    # counter-case: a day before another
    ("The rebels signed on Wednesday. Three days earlier a truce had been agreed.", "2024-06-12",
     "Three days earlier", "2024-06-09", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_round143(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
