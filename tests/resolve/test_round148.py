"""Round 148 (dev sets: concerts and festivals; official statistics releases): the end of the year or its
second half told in the past before it can have come ("the dip at the end of the year reflected", in
February; "hiring in the second half of the year was stronger", in March) is last year's, not one told of a
plan; "weekly" and "yearly" before a change between figures ("the largest weekly increase") name no
recurrence; "the week ending Saturday" is one week, as "the week ended Friday" is; "the final week of the
year" and "the first week of the year" are ISO weeks; the months of a named edition ("the 2019 season was
moved from May to October") are that year's; "two nights later" is a day on from the day in focus; a plan
of days goes on past a clock time on its first day; "Sunday's bill ends with ..." told on a Friday is the
coming Sunday; a figure given "for" a month just ended is that month's ("inflation of 2.4 per cent for
February", in March), as one given "in" it; "for a second quarter" counts quarters; a year or a clock time
that is a work's title in quotes (the album "1982", the single "6:15pm") is no time.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # the end of the year told in the past in February
    ("The registry said the dip at the end of the year reflected a handful of large sales.", "2026-02-18",
     "the end of the year", "2025", "DATE"),
    # counter-case: a plan aimed at the end of the year
    ("Prices are expected to climb by the end of the year.", "2026-02-18", "the end of the year", "2026", "DATE"),
    # counter-case: the period after its verb tells no tense
    ("Passengers get a credit toward a cruise booked by the end of the year.", "2016-02-09",
     "the end of the year", "2016", "DATE"),
    # the second half of the year told in the past in March
    ("Hiring in the second half of the year was stronger than forecast, the bank said.", "2004-03-03",
     "the second half of the year", "2003-H2", "DATE"),
    # counter-case: told ahead
    ("Hiring in the second half of the year will be stronger, the bank said.", "2004-03-03",
     "the second half of the year", "2004-H2", "DATE"),
    # counter-case: an outlook, no verb after the period
    ("We expect loan growth weighted toward the second half of the year, once the new system is live.",
     "2008-04-29", "the second half of the year", "2008-H2", "DATE"),
    # a change between weeks or years, no recurrence
    ("That was the largest weekly increase since May.", "2022-08-16", "weekly", None, None),
    ("Water bills posted their first yearly increase since 2019.", "2022-08-16", "yearly", None, None),
    # counter-cases: a recurrence
    ("The committee meets weekly in the town hall.", "2022-08-16", "weekly", "P1W", "SET"),
    ("The medal is awarded yearly by the society.", "2022-08-16", "yearly", "P1Y", "SET"),
    # the week ending a weekday: one week, the day read by the clause
    ("Economists expect claims to dip in the week ending Saturday.", "2021-03-10", "the week ending Saturday",
     "2021-W10", "DATE"),
    ("Claims dipped in the week ending Saturday, the ministry said.", "2021-03-10", "the week ending Saturday",
     "2021-W09", "DATE"),
    # counter-case: before a written date the week stays the length (TimeBank's two expressions)
    ("Claims dipped in the week ending March 6, the ministry said.", "2021-03-10", "the week", "P1W", "DURATION"),
    # the first and the final week of the year
    ("The bulletin for the final week of the year is due Jan. 4.", "2019-12-12", "the final week of the year",
     "2019-W52", "DATE"),
    ("Footfall rose in the last week of the year, the centre said.", "2020-03-05", "the last week of the year",
     "2019-W52", "DATE"),
    ("The first week of the year was quiet for the shop.", "2019-12-12", "The first week of the year",
     "2019-W01", "DATE"),
    # counter-case: weeks, plural, are no one week
    ("Footfall rose in the final weeks of the year.", "2020-03-05", "the final weeks of the year", None, None),
    # the months of a named edition
    ("The 2019 season was moved from May to October.", "2023-01-24", "May", "2019-05", "DATE"),
    # counter-case: another clause after the edition
    ("The 2019 season ended, and in May the club hired a coach.", "2023-01-24", "May", "2022-05", "DATE"),
    # a count of nights on from the day in focus
    ("The choir sings in Leeds on June 3 and in York three nights later.", "2022-05-02", "three nights later",
     "2022-06-06", "DATE"),
    # counter-case: nights booked later in the month
    ("The hotel charged for two nights later in the month.", "2022-05-02", "two nights later", None, None),
    # a plan going on past a clock time on its first day
    ("The members will perform on Thursday on a show broadcast live at 6 p.m., followed by network "
     "programmes on Saturday.", "2012-05-22", "Saturday", "2012-05-26", "DATE"),
    # counter-case: the next sentence told in the past
    ("The choir will sing on Thursday at 6 p.m. The hall was full on Saturday.", "2012-05-22", "Saturday",
     "2012-05-19", "DATE"),
    # a day's bill told in the present, the day still to come
    ("Saturday is headlined by a reunited band who have not toured since 1991, and Sunday's bill ends with an "
     "Irish singer.", "1998-06-26", "Sunday", "1998-06-28", "DATE"),
    # counter-case: a weekday already gone by in the week
    ("Wednesday's bill ends with an Irish singer.", "1998-06-26", "Wednesday", "1998-06-24", "DATE"),
    # a figure given "for" a month just ended, whatever the tense of its release
    ("The release, showing inflation of 2.4 per cent for February, is due on Friday week.", "2011-03-02",
     "February", "2011-02", "DATE"),
    # counter-case: a month far ahead is no figure measured yet
    ("The release, showing inflation of 2.4 per cent for February, is due on Friday week.", "2011-09-02",
     "February", "2012-02", "DATE"),
    # a count of quarters in a row
    ("Business investment fell for a second quarter, the agency said.", "2016-10-28", "second quarter", None,
     None),
    # counter-case: the quarter itself
    ("Business investment fell in the second quarter, the agency said.", "2016-10-28", "the second quarter",
     "2016-Q2", "DATE"),
    # a year or a clock time naming a work in quotes
    ("The quartet's new album, \"1982\", entered the chart at No. 4.", "2014-03-03", "1982", None, None),
    ("Shops put \"1982\" ahead of its nearest rival this week.", "2014-03-03", "1982", None, None),
    ("Their debut single \"6:15pm\" was played on every station.", "2014-03-03", "6:15pm", None, None),
    # counter-cases: a quoted answer, a quoted time
    ("Asked when he first sang there, he said: \"1982.\"", "2014-03-03", "1982", "1982", "DATE"),
    ("\"Doors open at 6:15pm,\" the manager said.", "2014-03-03", "6:15pm", "2014-03-03T18:15", "TIME"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_round148(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
