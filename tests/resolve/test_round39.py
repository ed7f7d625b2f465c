"""Round 39 (from the errors of blind96, conflict assessments and situation updates, and blind80, music, film
and TV news): a night named by the two days it spans ("the night of 12-13 June", "overnight August 8-9") is
one TIME, the night of the first day, and the clock times told in it are on its days; a range of days closed
by its month name needs no "from" ("will cover 16 to 22 March"), and "on 7 and 8 February" names two days; a
month after a capital ordinal word and before a capital noun names a group or a place ("the Ninth of April
Brigade"); four digits after a group opening with 0 end a phone number ("0800 1847"); a title of time words
is a title when a common time noun in it has a capital ("Four Days in October", "Ninety Minutes"), and so is
a title that opens with "the" ('"Five in the Evening"'); a year right after "album" or "film" is the work's
title; "Today is Day 23 of the blockade" is the day of publication; and "current as of" a time means up to
date, no present reference.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a night named by its two days
    ("Artillery hit the depot during the night of 12-13 June, the army said.", "2019-06-14",
     "the night of 12-13 June", "2019-06-12TNI", "TIME"),
    ("Gunmen raided the village overnight August 8-9, police said.", "2016-08-10", "overnight August 8-9",
     "2016-08-08TNI", "TIME"),
    ("Storms battered the coast on the night of 3/4 October 2012.", "2020-01-01",
     "the night of 3/4 October 2012", "2012-10-03TNI", "TIME"),
    ("During the night of 5-6 July, sensors counted 14 flares between 22:50 and 02:10.", "2018-07-07",
     "22:50", "2018-07-05T22:50", "TIME"),
    ("During the night of 5-6 July, sensors counted 14 flares between 22:50 and 02:10.", "2018-07-07",
     "02:10", "2018-07-06T02:10", "TIME"),
    # a range of days closed by its month, two days joined by "and" after "on"
    ("The next bulletin will cover 16 to 22 March.", "2014-03-15", "16", "2014-03-16", "DATE"),
    ("On 7 and 8 February, patrols found two abandoned trucks.", "2014-03-15", "7", "2014-02-07", "DATE"),
    # a month after a lower-case noun stays a month
    ("The Fifth of November celebrations drew big crowds.", "2010-05-01", "November", "2009-11", "DATE"),
    # the numbered day of an event, told in the present
    ("Today is Day 23 of the blockade of the harbour.", "2021-03-09", "Day 23", "2021-03-09", "DATE"),
    ("It is day 4 of the postal strike.", "2021-03-09", "day 4", "2021-03-09", "DATE"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # a name after a day spelled with a capital ordinal
    ("A group calling itself the Ninth of April Brigade claimed the bombing.", "2010-05-01", "April"),
    ("Marchers filled the Twentieth of June Square at dusk.", "2010-05-01", "June"),
    # the end of a phone number
    ("Readers can call the helpline on 0800 1847 for advice.", "2015-01-01", "1847"),
    # titles of works
    ('Radio stations still play "Four Days in October" at every party.', "2015-01-01", "October"),
    ('The closing song, "Five in the Evening", was recorded in one take.', "2015-01-01", "the Evening"),
    ("Next up for the studio is the thriller Ninety Minutes, which opens on Friday.", "2015-01-01",
     "Ninety Minutes"),
    ("Their 2011 album 1987 sold poorly.", "2015-01-01", "1987"),
    ("The director's film 1941 is being restored.", "2015-01-01", "1941"),
    # up to date at a time
    ("These casualty figures are current as of 9 a.m. Monday.", "2015-01-01", "current"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round39(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round39_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
