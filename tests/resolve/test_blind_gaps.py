"""General gaps found by a blind evaluation (issue 3), pinned with invented sentences.

Each case: (text, publication date, phrase, expected value, expected type or None). A phrase expected
to be absent has value None. Every text here is invented for these tests.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.resolve import resolve

from .phrases import check_phrase

CASES = [
    # -- a bare clock time takes its day from its sentence or the one before, not from further back --
    ("The bridge will reopen on Monday.\n\nGates will open at 6 a.m., officials said.", "2025-04-25",
     "6 a.m.", "2025-04-28T06:00", "TIME"),
    ("On Friday, March 3, the alarm rang at 2 a.m. at the depot.", "2023-03-06", "2 a.m.", "2023-03-03T02:00",
     "TIME"),
    ("The trial resumes on Monday. The judge has heard forty witnesses. The jury is sequestered. "
     "Anyone who saw the van between 1 a.m. and 4 a.m. should call the police.", "2024-06-08",
     "4 a.m.", "XXXX-XX-XXT04:00", "TIME"),
    ("She was born on May 2, 1931, in a fishing village. She married in 1955. \"If the boat was due at "
     "5 a.m., she was on the pier at half past four.\"", "2010-01-12", "5 a.m.", "XXXX-XX-XXT05:00", "TIME"),
    # -- "N minutes later" after a clock time is a time --
    ("The alarm sounded at 1:50 a.m. on Sunday. A guard arrived ten minutes later, and the intruders were "
     "caught about half an hour later.", "2020-03-09", "ten minutes later", "2020-03-08T02:00", "TIME"),
    ("The alarm sounded at 1:50 a.m. on Sunday. A guard arrived ten minutes later, and the intruders were "
     "caught about half an hour later.", "2020-03-09", "about half an hour later", "2020-03-08T02:30", "TIME"),
    ("The talks broke down. Two hours later, the delegates left.", "2020-03-09", "Two hours", "PT2H", "DURATION"),
    # -- "over" is "more than" only where it can be --
    ("Mara Lind, who took over 18 months ago, cut the staff.", "2020-03-09", "18 months ago", "2018-09", "DATE"),
    ("The documentary was filmed over 38 days in the desert.", "2020-03-09", "38 days", "P38D", "DURATION"),
    ("About 900 readers replied over six weeks.", "2020-03-09", "six weeks", "P6W", "DURATION"),
    ("The strike lasted over two weeks.", "2020-03-09", "over two weeks", "P2W", "DURATION"),
    ("He has lived there for over a decade.", "2020-03-09", "over a decade", "P10Y", "DURATION"),
    # -- ranges: the first day is before the last --
    ("The lease runs from September 1 to August 31, 2027.", "2025-05-17", "September 1", "2026-09-01", "DATE"),
    ("Ice covered the lake between 10 December and 5 January 2024.", "2024-03-01", "10 December",
     "2023-12-10", "DATE"),
    ("Polls were open between May 3 and June 9, 2020.", "2023-05-17", "May 3", "2020-05-03", "DATE"),
    # -- one expression, anchored --
    ("Exports in April rose 3 percent from the same month last year.", "2023-06-20", "the same month last year",
     "2022-04", "DATE"),
    ("The plant was sold in 1987. It closed in November of that year.", "2022-02-16", "November of that year",
     "1987-11", "DATE"),
    ("Work began in 2003 and ended in June of the following year.", "2022-02-16", "June of the following year",
     "2004-06", "DATE"),
    # -- "the period" is a quarter only in an earnings report --
    ("The lease covers the period from July 1 to June 30, 2024.", "2023-09-14", "the period", None, None),
    ("The orchard was flooded, and the period of recovery was long.", "2005-10-20", "the period", None, None),
    ("Net income rose 8 percent in the third quarter of 2005. Revenue for the period climbed.", "2005-10-20",
     "the period", "2005-Q3", "DATE"),
    # -- newly recognised --
    ("The ferry left at half past four.", "2022-02-16", "half past four", "2022-02-16T04:30", "TIME"),
    ("She paints in the mornings and teaches in the evenings.", "2022-02-16", "the mornings", "XXXX-XX-XXTMO",
     "SET"),
    ("She paints in the mornings and teaches in the evenings.", "2022-02-16", "the evenings", "XXXX-XX-XXTEV",
     "SET"),
    ("\"I always left the porch light on at night,\" she said.", "2022-02-16", "night", "XXXX-XX-XXTNI", "SET"),
    ("The fire started at night.", "2022-02-16", "night", None, None),
    ("Members will be consulted over the next fortnight.", "2023-03-16", "the next fortnight", "P2W",
     "DURATION"),
    ("The repairs took a fortnight.", "2023-03-16", "a fortnight", "P2W", "DURATION"),
    ("A day on that moon lasts about 20 Earth days.", "2023-05-17", "about 20 Earth days", "P20D", "DURATION"),
    ("Shops will close on Christmas Day. On Boxing Day, trams will run a Sunday service.", "2024-11-29",
     "Boxing Day", "2024-12-26", "DATE"),
    ("He read USA Today on the train.", "2024-11-29", "Today", None, None),
    # -- winter: YYYY-WI is the winter that begins in December of YYYY (TimeML, and "the winter of 1941-42")
    ("Meteorological winter ended on Saturday, the forecasters said.", "2026-03-02", "winter", "2025-WI", "DATE"),
    ("Heating bills rose sharply this winter.", "2024-01-20", "this winter", "2023-WI", "DATE"),
    ("Heating bills will rise this winter.", "2024-10-20", "this winter", "2024-WI", "DATE"),
    ("The winter of 1941-42 was cruel.", "2022-02-16", "The winter of 1941-42", "1941-WI", "DATE"),
    # -- a year-less date in a past-tense narrative takes the year of the date that sets its scene --
    ("A court on Monday freed a man jailed for a mill fire. The fire broke out on the night of June 3, 2014. "
     "His trial opened in March of the following year. The jury convicted him on April 12.", "2019-02-06",
     "April 12", "2015-04-12", "DATE"),
    ("A court on Monday freed a man jailed for a mill fire. His lawyers learned of the error in August 2016 "
     "and asked for a retrial. The judge refused in October.", "2019-02-06", "October", "2016-10", "DATE"),
    ("Shares fell on Monday. The fund, created in the Dec. 3, 2009, merger, was sold in April.", "2019-06-06",
     "April", "2019-04", "DATE"),
    # -- weekday direction --
    ("After losing the first leg a week later, they could only draw the second leg on Saturday and went out.",
     "2019-05-27", "Saturday", "2019-05-25", "DATE"),
    ("The strike was due to begin on Friday 17 March. Tickets bought for Friday or Saturday will be honoured.",
     "2023-03-16", "Saturday", "2023-03-18", "DATE"),
    ("Tickets bought for Friday or Saturday were refunded.", "2023-03-16", "Saturday", "2023-03-11", "DATE"),
    ("Statements were issued Friday and Thursday by the lawyers.", "2023-03-18", "Thursday", "2023-03-16",
     "DATE"),
]


@pytest.mark.parametrize("text,pub,phrase,value,ttype", CASES,
                         ids=[f"{c[2]}:{c[0][:40]}" for c in CASES])
def test_blind_gap(text, pub, phrase, value, ttype):
    check_phrase(text, pub, phrase, value, ttype)


def test_winter_interval_matches_its_value():
    """The interval of a winter value runs from December of its year to the end of February after it."""
    from timeline.resolve import calendar as cal
    interval, gran = cal.value_interval("1994-WI")
    assert (interval.start, interval.end, gran) == (dt.date(1994, 12, 1), dt.date(1995, 2, 28), "season")
    found = {t.text: t for t in resolve("The winter of 1941-42 was cruel.", dt.date(2022, 2, 16))}
    iv = found["The winter of 1941-42"].interval
    assert (iv.start, iv.end) == (dt.date(1941, 12, 1), dt.date(1942, 2, 28))
