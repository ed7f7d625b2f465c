"""Round 62 (from the errors of blind80, music, film and TV news, and blind66, newspapers of 1900-1949):
"current" before a modal verb is the noun (electric current), no present time; a capitalized weekday after
"from" before another capitalized word is a name ("his bandmates from Sunday Best"), as after "of"; a
capitalized "Midnight" mid-sentence next to another capitalized word is a name ("Midnight Kitchen");
"the three-day weekend" is the (long) weekend itself, a date, not a count of days; and a count of seconds
in digits before "-second" ("a 60-second trailer") is a duration.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a long weekend named by its length
    ("The sequel took $40 million over the three-day weekend.", "2011-06-01", "the three-day weekend",
     "2011-W21-WE", "DATE"),
    ("Roads will be busy over the four-day weekend, police warned.", "2014-04-16", "the four-day weekend",
     "2014-W16-WE", "DATE"),
    # seconds counted in digits before "-second"
    ("A 30-second spot during the final cost a record sum.", "2010-10-05", "30-second", "PT30S", "DURATION"),
    ("Viewers saw only a 90-second clip of the new series.", "2010-10-05", "90-second", "PT90S", "DURATION"),
    # ... while "current" before a noun still dates
    ("The current season ends in May.", "2010-10-05", "current", "PRESENT_REF", "DATE"),
    # ... and a weekday after "from" before a date word still dates
    ("The market runs from Monday morning.", "2010-10-05", "Monday morning", "2010-10-11TMO", "TIME"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # "current" before a modal: the electric current
    ("The mayor said current would reach the farms by the new year.", "1925-10-17", "current"),
    ("Engineers said current could be restored to the mill within hours.", "1925-10-17", "current"),
    # a capitalized weekday in a name after "from"
    ("Two former members from Friday Harbour joined the tour.", "2013-08-24", "Friday"),
    ("The singer poached a drummer from Saturday Club for the record.", "2013-08-24", "Saturday"),
    # "Midnight" in a name mid-sentence
    ("Her cookery series, Midnight Pantry, returns for a third run.", "2019-11-14", "Midnight"),
    ("The club booked Midnight Orchard to headline the tent.", "2019-11-14", "Midnight"),
    # "twenty-second" is an ordinal, no count of seconds
    ("He finished twenty-second in the sprint.", "2019-11-14", "twenty-second"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round62(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round62_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
