"""Round 131 (from the errors of blind147, space missions and astronomy news, and blind141, football
transfers): "two minutes and 40 seconds" with a count in words is one amount, as its digits form is;
"around New Year's Day 2031" keeps its year; "lifted off at 12:06 a.m. EDT July 17 and docked three days
later": a clock time written with its date is a day the story tells, from which later steps count; "docking
is planned about 28 hours later, early Thursday": a weekday glossing a time just dated is that time's day;
"had spoken to five coaches in the last month" is the month up to publication, as "the past month" is.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # minutes and seconds, counts in words: one amount
    ("The engine burn lasted two minutes and 40 seconds, controllers said.", "2019-04-15",
     "two minutes and 40 seconds", "PT2M40S", "DURATION"),
    ("The blackout lasted up to a minute and thirty seconds.", "2019-04-15",
     "up to a minute and thirty seconds", "PT1M30S", "DURATION"),
    # counter-case: a comma before "and" ends the first phrase
    ("The drill took two minutes, and 40 seconds later the alarm rang.", "2019-04-15", "two minutes", "PT2M",
     "DURATION"),
    # a hedged holiday with its year
    ("The museum hopes to reopen around Christmas 2031, its director said.", "2027-03-10",
     "around Christmas 2031", "2031-12-25", "DATE"),
    ("The probe should reach the comet around New Year's Day 2030.", "2027-03-10",
     "around New Year's Day 2030", "2030-01-01", "DATE"),
    # counter-case: no year, the nearest holiday
    ("The museum hopes to reopen around Christmas, its director said.", "2027-03-10", "around Christmas",
     "2027-12-25", "DATE"),
    # a clock time with its date anchors a step in days
    ("The ferry reached Oban on Tuesday. It had sailed at 11:40 p.m. BST June 3, and docked two days later.",
     "2019-06-20", "two days later", "2019-06-05", "DATE"),
    ("The tug left port at 4 p.m. Thursday, June 6, and reached the rig three days later.", "2019-06-20",
     "three days later", "2019-06-09", "DATE"),
    # counter-case: a clock time alone is the reporting day's, and the step counts from the date before it
    ("The ferry sailed on June 3. It docked at 3 p.m. and the crew left two days later.", "2019-06-20",
     "two days later", "2019-06-05", "DATE"),
    # a weekday in apposition to a time just dated is that time's day
    ("The crew is due to lift off at 5:10 a.m. Wednesday. Docking is planned about 30 hours later, early "
     "Thursday.", "2026-03-09", "early Thursday", "2026-03-12", "DATE"),
    ("The cargo ship undocked at 6:15 a.m. Friday, Feb. 27, and splashed down about 20 hours later, late "
     "Saturday.", "2026-03-09", "late Saturday", "2026-02-28", "DATE"),
    # counter-case: a weekday that is not that time's day is read on its own
    ("The crew is due to lift off at 5:10 a.m. Wednesday. Docking is planned about 30 hours later, early "
     "Saturday.", "2026-03-09", "early Saturday", "2026-03-07", "DATE"),
    # "in/over/during the last month": the stretch up to publication, as "the past month"
    ("The museum has taken in 40 new paintings in the last month, its curator said.", "2022-02-16",
     "the last month", "P1M", "DURATION"),
    ("Water levels fell steadily during the last month.", "2022-02-16", "the last month", "P1M", "DURATION"),
    # counter-case: the final month of a span is no stretch up to publication
    ("The side won every game in the last month of the season.", "2022-02-16", "the last month", "2022-01",
     "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_round131(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
