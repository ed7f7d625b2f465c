"""Round 108 (from the errors of blind141, football transfer and contract news, and blind136, education news):
an injury's length hedged between two counts ("out for four to six weeks") is one length of unstated count;
a contract's extra season or optional year ("an option for a further season", "the option of a third
year") and "half a season" are lengths; "on loan until the end of the season" is still ahead; a season
naming a transfer window ("the summer transfer window") is no time of its own; "all summer" is that summer.
Weekdays: an injury told with "tore" is past, a plural team's second verb after ", and" ("are fourth, and host
the leaders on Saturday") is a fixture ahead; a contract's "option to make the move permanent in the summer"
looks ahead; "the last day of classes moves to June 11" is still ahead. Kenya's holidays under their old
names (Kenyatta Day, Moi Day). "Euro 2012" is a championship; "since the first of March" a day; "since the
turn of the year" this year's January.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a length between two counts of one unit
    ("The winger will be out for four to six weeks with a knee injury.", "2021-03-01", "four to six weeks",
     "PXW", "DURATION"),
    ("The surgeon expects the keeper back in two or three months.", "2021-03-01", "two or three months",
     "PXM", "DURATION"),
    # an age between two counts is no length
    ("The drops are given to infants aged 6 to 11 months.", "2021-03-01", "6 to 11 months", None, None),
    # a contract's further season, an option's year, half a season
    ("The veteran signed on for a further season at the club.", "2021-03-01", "a further season", "P1Y",
     "DURATION"),
    ("The board said it could not stomach another season like this one.", "2021-03-01", "another season",
     "P1Y", "DURATION"),
    ("The defender agreed a two-year deal with the option of a third season.", "2021-03-01", "a third season",
     "P1Y", "DURATION"),
    ("He will spend half a season on loan in the second tier.", "2021-03-01", "half a season", "P6M",
     "DURATION"),
    ("The squad were given an extra week off after the tournament.", "2021-03-01", "an extra week", "P1W",
     "DURATION"),
    # a show's season, a student's year, a season ticket: no lengths
    ("The network ordered another season of the comedy.", "2021-03-01", "another season", None, None),
    ("She is a third year student at the college.", "2021-03-01", "a third year", None, None),
    ("Fans paid for half a season ticket in the spring.", "2021-03-01", "half a season", None, None),
    # until the end of the season: still ahead
    ("The striker joins on loan until the end of the season.", "2021-01-20", "the end of the season",
     "FUTURE_REF", "DATE"),
    ("At the end of the season the captain retired.", "2021-01-20", "the end of the season", None, None),
    # a season naming a transfer window is no time; a season otherwise is
    ("The summer transfer window shuts on 1 September.", "2021-07-05", "The summer", None, None),
    ("Repairs to the stand will start in the summer.", "2021-07-05", "the summer", "2021-SU", "DATE"),
    # all summer: that summer
    ("The club have chased the forward all summer, his agent said.", "2021-08-20", "summer", "2021-SU", "DATE"),
    ("The stall sold all spring onions by noon.", "2021-08-20", "spring", None, None),
    # an injury told with "tore": past; a future verb nearer the day still wins
    ("The captain tore a hamstring in the draw at Millbrook on Saturday and will miss a month.", "2022-03-07",
     "Saturday", "2022-03-05", "DATE"),
    ("The winger tore a hamstring in training and will be assessed on Saturday.", "2022-03-07", "Saturday",
     "2022-03-12", "DATE"),
    # a plural team's second verb with its object after ", and": a fixture ahead
    ("Rovers are fourth after twenty rounds, and host the leaders on Saturday.", "2022-03-07", "Saturday",
     "2022-03-12", "DATE"),
    ("Fans protested outside the ground, and the visit of the minister on Saturday was cancelled.",
     "2022-03-07", "Saturday", "2022-03-05", "DATE"),
    # a contract's option to do something in a season: ahead
    ("The midfielder has joined on loan, with an option to make the move permanent in the summer.", "2023-01-30",
     "the summer", "2023-SU", "DATE"),
    ("The midfielder arrived on loan, and the move was made permanent in the summer.", "2023-01-30",
     "the summer", "2022-SU", "DATE"),
    # an event moved to a day, told in the present: ahead; in the past: before
    ("Under the new calendar the last day of classes moves to June 11.", "1996-09-10", "June 11", "1997-06-11",
     "DATE"),
    ("Under the old calendar the last day of classes moved to June 11.", "1996-09-10", "June 11", "1996-06-11",
     "DATE"),
    # Kenya's holidays under their old names
    ("Schools reopen a day after the Kenyatta Day holiday.", "2005-10-12", "Kenyatta Day", "2005-10-20", "DATE"),
    ("The march went down Kenyatta Avenue on a dry day.", "2005-10-12", "Kenyatta Avenue", None, None),
    # a championship named by its year is no date; a year after "euro" in lower case still is
    ("The midfielder was rested after playing at Euro 2012 for his country.", "2012-07-20", "2012", None, None),
    ("The exchange rate in 2012 favoured exporters.", "2012-07-20", "2012", "2012", "DATE"),
    # a day of a month as an ordinal in words; a group named after a day is none
    ("The agent said talks had gone on since the first of March.", "2007-03-20", "the first of March",
     "2007-03-01", "DATE"),
    ("The attack was claimed by the First of March Brigade, police said.", "2007-03-20", "the First of March",
     None, None),
    # after the turn of the year: this year's January; other turns are left alone
    ("The side have lost only once since the turn of the year.", "2019-04-02", "the turn of the year",
     "2019-01", "DATE"),
    ("At the turn of the year the mill changed hands.", "2019-04-02", "the year", "2019", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round108(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
