"""Round 87 (no dev set of its own: one phenomenon across all sets): a deictic or anaphoric year fronted in a
sentence or clause ("Last year", "Next year,", "Two years ago", "The following year", "A year earlier,")
dates the year-less holidays, seasons, months and month-days that follow in that clause, as "Last year in
April" already did for months; a compared year ("more than last year, when ...") dates its when-clause; a
relative clause on a holiday may name its year ("Christmas Eve, which fell on a weekend last year"); and
"between Christmas and New Year's Day" after such a year ends in the next. Not across a semicolon or a
coordinated clause, nor from a year counted back in a reduced relative clause ("seedlings sown two years
ago"), nor from the last of a list of years ("In 2018 and last year"), nor from a year that is what a thing
is for or about ("entries for next year will open in November"); "next year's show falls on October 2" is
that year's day.

Each case: (text, publication date, phrase, expected value, expected type). Every text here is invented for
these tests.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.resolve import resolve

from .phrases import check_phrase

CASES = [
    # a holiday of the fronted year, whichever side of publication it falls
    ("Last year Good Friday was bitterly cold in the hills.", "2023-09-20", "Good Friday", "2022-04-15", "DATE"),
    ("Last year, Eid al-Adha came in a heatwave.", "2023-09-20", "Eid al-Adha", "2022-07-09", "DATE"),
    ("Next year, Christmas Day will be a holiday for the crews.", "2023-09-20", "Christmas Day", "2024-12-25", "DATE"),
    # ... and a month after that holiday, in the same clause
    ("Last year Easter fell late in April, the vicar recalled.", "2023-09-20", "April", "2022-04", "DATE"),
    # the counter-case: a clause of its own after a semicolon or "and"
    ("Ticket sales were up from last year; in May the club hired stewards.", "2023-09-20", "May", "2023-05", "DATE"),
    ("Membership grew last year, and at Christmas the club will hold a raffle.", "2023-09-20", "Christmas",
     "2023-12-25", "DATE"),
    # a season of the fronted year
    ("A year ago, in the spring, the reservoir ran dry.", "2023-09-20", "the spring", "2022-SP", "DATE"),
    ("Last year the summer brought record crowds to the coast.", "2023-09-20", "the summer", "2022-SU", "DATE"),
    # the counter-case: a comparison's year in another clause
    ("Crowds were smaller than last year, but in the summer the pier will reopen.", "2023-09-20", "the summer",
     "2024-SU", "DATE"),
    # a year counted back, fronted, dates its clause's month ...
    ("Three years ago in October, a landslide cut the railway.", "2023-09-20", "October", "2020-10", "DATE"),
    # ... not when it tells the past of a noun
    ("The orchard, planted three years ago, will give its first apples in October.", "2023-09-20", "October",
     "2023-10", "DATE"),
    ("Seedlings sown two years ago should flower before Christmas.", "2023-09-20", "Christmas", "2023-12-25", "DATE"),
    # an anaphoric year fronted in its sentence
    ("Fares rise on Monday. The ferry line opened in 2011; the following year, Easter traffic doubled.",
     "2023-09-20", "Easter", "2012-04-08", "DATE"),
    ("The ferry line opened in 2011. A year earlier, in June, the pier was rebuilt.", "2023-09-20", "June",
     "2010-06", "DATE"),
    # the counter-case: "a year earlier" as a comparison's term
    ("Profit rose 8% from a year earlier in the third quarter, and staff will get a bonus in March.",
     "2023-09-20", "March", "2024-03", "DATE"),
    # a year that is what a thing is for or about does not date the clause ...
    ("Entries for next year will open in November, the organisers said.", "2023-09-20", "November", "2023-11",
     "DATE"),
    ("A report on last year is due in October.", "2023-09-20", "October", "2023-10", "DATE"),
    # ... while the year of a feast's own day does
    ("Next year's flower show falls on October 2.", "2023-09-20", "October 2", "2024-10-02", "DATE"),
    ("Next year we will march in October.", "2023-09-20", "October", "2024-10", "DATE"),
    # a list of years dates no month as of its last year alone
    ("In 2018 and last year, the carnival ran in June.", "2023-09-20", "June", "2023-06", "DATE"),
    ("Last year and two years ago the carnival ran in June.", "2023-09-20", "June", "2023-06", "DATE"),
    ("The rain was the worst since 1990 last year, when the river rose in August.", "2023-09-20", "August",
     "2022-08", "DATE"),
    # a holiday's year named in the relative clause set on it
    ("The fair was planned for Christmas Eve, which fell on a weekend last year, so it moved.", "2023-09-20",
     "Christmas Eve", "2022-12-24", "DATE"),
    ("The fair will open on Christmas Eve, which traders called their best day last year.", "2023-09-20",
     "Christmas Eve", "2023-12-24", "DATE"),
    # a range of holidays after the fronted year ends on the first such holiday after its opening day
    ("Two years ago the depot was shut between Christmas and New Year's Day.", "2023-09-20", "New Year's Day",
     "2022-01-01", "DATE"),
    ("The depot will be shut from Christmas Eve to New Year's Day.", "2023-09-20", "New Year's Day",
     "2024-01-01", "DATE"),
    # a compared year dates the when-clause told right after it
    ("Rainfall was higher than last year, when the harvest ended in August.", "2023-09-20", "August", "2022-08",
     "DATE"),
    ("Attendance is up on last year, when Good Friday was wet.", "2023-09-20", "Good Friday", "2022-04-15",
     "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round87(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


def test_round87_anchor_names_the_year():
    """The explanation and the anchor of a holiday so dated name the year adverbial (provenance)."""
    found = {t.text: t for t in resolve("Last year Halloween was wet and windy.", dt.date(2023, 9, 20))}
    year, holiday = found["Last year"], found["Halloween"]
    assert holiday.anchor == year.tid
    assert "'Last year'" in holiday.explanation
