"""Recognition gaps found on the weakest genres (issue 3, fifth round: sports, community papers, culture and
travel, outlets outside the US, broadcast), pinned with invented sentences: race and match times written
unit by unit without commas, "the past N seasons" as a run of years (and "the past" before a count of
things as no date at all), stretches counted back from a month ("the twelve months to June"), the first hour of a range that shares
the a.m. or p.m. of the second ("5 to 7 p.m. Friday").

Each case: (text, publication date, phrase, expected value, expected type). A phrase expected to be
absent has value None. Every text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

_RACE = ("The Norwegian won the stage in 5 hours 12 minutes, and the leader finished 3 hours 58 minutes "
         "40 seconds into the next day's time trial.")
_SWIM = "She touched in 1 minute 55.6 seconds, and the totality will last no more than 3 minutes 10 seconds."
_MATCH = "The semifinal lasted three hours 21 minutes before the light failed."
_HOURS_AND = "The climb took two hours and 5 minutes."
_SEASONS = ("The club has finished last in each of the past two seasons, and growers lost money over the last "
            "three summers.")
_GAMES = "The striker has scored in the past four games and in the past few matches."
_PAST = "As in the past, the fair will open in the square."
_TO_MONTH = ("Prices rose 3.1 per cent in the twelve months to August, and retail sales fell in the three "
             "months to the end of June 2021.")
_TO_DAY = "Fee income slipped in the six months to Sept. 30, the lender said."
_VIGIL = "A vigil will be held 6 to 8 p.m. Thursday. A breakfast will be held from 7 to 10 a.m. Saturday."
_NOON = "The clinic stays open 11 to 1 p.m., and the team won 3 to 2 p.m. matches aside."
_OF_YEAR = "Profits fell in the first nine months of 2016, the bank said."

CASES = [
    # the first time of a range is on the day of the time that ends it (the end carries the day word)
    ("Visiting hours are 5 to 7 p.m. Friday at the chapel.", "2003-03-13", "5", "2003-03-14T17:00", "TIME"),
    ("The clinic will run from 9 to 11 a.m. on Tuesday.", "2003-03-13", "9", "2003-03-18T09:00", "TIME"),
    (_RACE, "2019-07-12", "5 hours 12 minutes", "PT5H12M", "DURATION"),
    (_RACE, "2019-07-12", "12 minutes", None, None),
    (_RACE, "2019-07-12", "3 hours 58 minutes 40 seconds", "PT3H58M40S", "DURATION"),
    (_RACE, "2019-07-12", "40 seconds", None, None),
    (_SWIM, "2019-07-12", "1 minute 55.6 seconds", "PT1M55.6S", "DURATION"),
    (_SWIM, "2019-07-12", "no more than 3 minutes 10 seconds", "PT3M10S", "DURATION"),
    (_MATCH, "2019-07-12", "three hours 21 minutes", "PT3H21M", "DURATION"),
    (_MATCH, "2019-07-12", "three hours", None, None),
    (_HOURS_AND, "2019-07-12", "two hours and 5 minutes", "PT2H5M", "DURATION"),
    (_SEASONS, "2021-07-28", "the past two seasons", "P2Y", "DURATION"),
    (_SEASONS, "2021-07-28", "the last three summers", "P3Y", "DURATION"),
    (_SEASONS, "2021-07-28", "the past", None, None),
    (_GAMES, "2021-07-28", "the past", None, None),
    (_PAST, "2021-07-28", "the past", "PAST_REF", "DATE"),
    (_TO_MONTH, "2021-09-15", "the twelve months to August", "P12M", "DURATION"),
    (_TO_MONTH, "2021-09-15", "August", None, None),
    (_TO_MONTH, "2021-09-15", "the three months to the end of June 2021", "P3M", "DURATION"),
    (_TO_MONTH, "2021-09-15", "the end of June 2021", None, None),
    # a stretch to a dated day is split, as TimeBank splits "the quarter ended Sept. 30"
    (_TO_DAY, "2021-11-15", "the six months", "P6M", "DURATION"),
    (_TO_DAY, "2021-11-15", "Sept. 30", "2021-09-30", "DATE"),
    (_TO_DAY, "2021-11-15", "the six months to Sept", None, None),
    (_VIGIL, "2022-02-16", "6", "2022-02-17T18:00", "TIME"),
    (_VIGIL, "2022-02-16", "7", "2022-02-19T07:00", "TIME"),
    (_NOON, "2022-02-16", "11", None, None),
    # TimeBank keeps "the first nine months" and "2016" apart
    (_OF_YEAR, "2017-02-01", "the first nine months", "P9M", "DURATION"),
    (_OF_YEAR, "2017-02-01", "2016", "2016", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_genre_recognition(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
