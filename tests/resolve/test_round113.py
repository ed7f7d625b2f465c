"""Round 113 (from the errors of blind73, travel and tourism, and blind32, wire and newspaper news): a bare
"last" before "through"/"until"/"into" is the verb of lasting, no cue of the past ("winds return Wednesday
and last through Friday" looks ahead); a weekday joined by "and"/"or" to "next <weekday>" is counted on from
that one ("hearings next Tuesday and Thursday"); the hours of a ban ("bans parking between 2 a.m. and 6 a.m.")
and a train named by its time and a place ("the 5.30pm from Galway will stop ...") are of no one day; "that day" after "on <day>, in time for <holiday>" is the first day;
"birds that winter in Mexico" is a verb, no season.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # "last" as the verb of lasting after a weekday still ahead
    ("Forecasters say the storms are expected to arrive Tuesday and last through Thursday.", "2019-05-06",
     "Thursday", "2019-05-09", "DATE"),
    ("Heavy rain is forecast to return Tuesday and last until Friday, the agency said.", "2019-05-06",
     "Friday", "2019-05-10", "DATE"),
    # a past span of lasting stays past
    ("The rain that began Tuesday lasted through Thursday.", "2019-05-06", "Thursday", "2019-05-02", "DATE"),
    # the second weekday of "next X and Y"
    ("The council set public hearings for next Monday and Wednesday.", "2019-05-07", "Wednesday",
     "2019-05-15", "DATE"),
    ("The union will vote next Tuesday or Thursday.", "2019-05-08", "Thursday", "2019-05-16", "DATE"),
    # a weekday in a clause of its own after "next X," keeps its own tense
    ("The talks resume next Monday, and on Wednesday the board met in private.", "2019-05-07", "Wednesday",
     "2019-05-01", "DATE"),
    # the hours of a ban: of every day the rule stands
    ("The new bylaw bans leaf blowers in the village between 8 p.m. and 7 a.m.", "2019-05-07", "8 p.m.",
     "XXXX-XX-XXT20:00", "TIME"),
    ("The new bylaw bans leaf blowers in the village between 8 p.m. and 7 a.m.", "2019-05-07", "7 a.m.",
     "XXXX-XX-XXT07:00", "TIME"),
    # a ban's hours on a day named after them are that day's
    ("Police barred cars from the bridge between 8 p.m. and 11 p.m. on Sunday.", "2019-05-07", "8 p.m.",
     "2019-05-05T20:00", "TIME"),
    # a train named by its time and its place
    ("Under the new timetable the 7.15am from Tralee will run non-stop to Mallow.", "2019-05-07", "7.15am",
     "XXXX-XX-XXT07:15", "TIME"),
    # one trip told in the past is that day's
    ("Yesterday she caught the 7.15am from Tralee.", "2019-05-07", "7.15am", "2019-05-06T07:15", "TIME"),
    # "that winter" as the verb of spending the winter somewhere
    ("Thrushes that winter in West Africa are returning to their breeding grounds earlier.", "2019-05-07",
     "winter", None, None),
    ("Thrushes that winter in West Africa are returning to their breeding grounds earlier.", "2019-05-07",
     "that winter", None, None),
    # the season in a narrative stays a season
    ("The mill closed in 1931. That winter in Lowell was the hardest anyone remembered.", "2019-05-07",
     "That winter", "1931-WI", "DATE"),
    # "that day" after a day the event is readied for: the event's own day
    ("The museum reopens on Friday, May 24, in time for Memorial Day. Doors open at 10 a.m. that day.", "2019-05-07",
     "10 a.m. that day", "2019-05-24T10:00", "TIME"),
    # with no other day in the sentence, the awaited day is the one
    ("The stall will be ready in time for Memorial Day. Queues will form at 6 a.m. that day.", "2019-05-07",
     "6 a.m. that day", "2019-05-27T06:00", "TIME"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_round113(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
