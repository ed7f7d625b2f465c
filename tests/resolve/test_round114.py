"""Round 114 (from the errors of blind84, video games and esports news, and blind22, science, health and
technology news): a market report's "in afternoon trading" is the part of the session's day; a numbered
part of a series ("Season 3", "Chapter 2") ends its subject's name, so the present verb after the number
tells a schedule ahead; a participle before "by <day>" qualifying a subject whose "will" follows the time
sets a deadline ahead; "the past century" is a hundred years' length, as "the past decade" is ten; a
relative clause's verb of one form for present and past ("which set a record on Saturday") is past;
"past" after a verb of lasting ("survives past Sunday") is a preposition, and the weekday is read alone; a
hedged old year a few words after a verb of making ("built on the ruins around 1350") is a year; a title of a
word and a year after a work's kind ("the game Orbit 2049") is no year; "a single quarter bought two games" is
a coin.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a part of the day before "trading": the session's day
    ("Shares of the chip designer jumped 7 percent in afternoon trading.", "2019-05-14", "afternoon",
     "2019-05-14TAF", "TIME"),
    ("The airline's stock fell 3 percent in morning trading.", "2019-05-14", "morning", "2019-05-14TMO", "TIME"),
    # the same words before other nouns: no time
    ("Pupils in afternoon classes will get a shorter lunch.", "2019-05-14", "afternoon", None, None),
    ("Drivers stuck in morning traffic were late for the vote.", "2019-05-14", "morning", None, None),
    # a numbered season's end told in the present: ahead
    ("Season 4 ends on Monday, and players keep their skins.", "2020-08-15", "Monday", "2020-08-17", "DATE"),
    ("Chapter 2 begins on Thursday with a new map.", "2020-08-15", "Thursday", "2020-08-20", "DATE"),
    # a count before a plural noun still reads no verb
    ("The guards found 3 ends of rope on Monday near the fence.", "2020-08-15", "Monday", "2020-08-10", "DATE"),
    # a participle qualifying a subject whose "will" follows the day: a deadline ahead
    ("Orders placed by Friday will include a free map.", "2020-08-15", "Friday", "2020-08-21", "DATE"),
    # with a past verb, or "could", after the day: the day gone by
    ("Orders placed by Friday were shipped late.", "2020-08-15", "Friday", "2020-08-14", "DATE"),
    ("Letters posted by Friday could still reach the office.", "2020-08-15", "Friday", "2020-08-14", "DATE"),
    # the past century: the hundred years up to publication; the last century the calendar one
    ("The drought was among the worst of the past century, the agency said.", "2016-04-20", "the past century",
     "P100Y", "DURATION"),
    ("Most of the dams were built in the last century.", "2016-04-20", "the last century", "19", "DATE"),
    # a relative clause with a verb of one form for present and past, before its object: past
    ("The museum, which set a record of 4,000 visitors on Saturday, will extend its hours.", "2016-02-22",
     "Saturday", "2016-02-20", "DATE"),
    ("The senator, who cut the ribbon on Friday, will step down in May.", "2016-02-22", "Friday", "2016-02-19",
     "DATE"),
    # a present verb in the relative clause, or "will" before its verb: ahead
    ("The museum, which hosts a gala on Saturday, will extend its hours.", "2016-02-22", "Saturday",
     "2016-02-27", "DATE"),
    ("The crew, which will set a record on Saturday, is training hard.", "2016-02-22", "Saturday", "2016-02-27",
     "DATE"),
    # "past" after a verb of lasting is a preposition: the weekday alone, ahead
    ("If the probe lasts past Sunday, engineers will try a restart.", "2012-01-18", "Sunday", "2012-01-22",
     "DATE"),
    ("The picket line may stay past Friday, the union said.", "2012-01-18", "Friday", "2012-01-20", "DATE"),
    # "this past Sunday" and "past Sunday" after a plain past verb: the Sunday gone by
    ("The ferry resumed service this past Sunday.", "2012-01-18", "this past Sunday", "2012-01-15", "DATE"),
    ("The ferry resumed service past Sunday after the storm.", "2012-01-18", "past Sunday", "2012-01-15", "DATE"),
    # a hedged old year a few words after a verb of making
    ("A stone bridge was built over the river around 1480, the survey found.", "1997-05-14", "around 1480",
     "1480", "DATE"),
    # a count after "around", even near "built"
    ("The arena was built to seat around 1480.", "1997-05-14", "1480", None, None),
    ("The arena was built for around 1480 fans.", "1997-05-14", "1480", None, None),
    # a game's title ending in a year, after the work's kind: no year
    ("The puzzle game Nova 2061 is half price this week.", "2024-11-26", "2061", None, None),
    # a year after a game named in lower case, or a month, is a year
    ("The tournament moved the game to 2026 after the floods.", "2024-11-26", "2026", "2026", "DATE"),
    ("The sequel is due in March 2026.", "2024-11-26", "March 2026", "2026-03", "DATE"),
    # a quarter that buys something, or goes in a slot, is a coin
    ("In 1981 a single quarter bought two games of pinball.", "2004-06-22", "a single quarter", None, None),
    ("She dropped a quarter in the slot and waited.", "2004-06-22", "a quarter", None, None),
    # a quarter of a year that something lasts
    ("Margins held up for a single quarter before slipping.", "2004-06-22", "a single quarter", "P1Q", "DURATION"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round114(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
