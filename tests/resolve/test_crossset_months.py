"""Year-less months and dates: causes that recur across the blind evaluation sets (issue 3, cross-set
round), pinned with invented sentences.

Each case: (text, publication date, phrase, expected value, expected type). Every text here is invented
for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

# A habit or a norm in the clause: the month or day of any year ("XXXX-11").
_NORMALLY = "Ferries normally stop running in November, when the lake starts to freeze."
_EVERY_YEAR = "Licences must be renewed every year by June 30, the agency said."
_AVERAGE_DATE = "The average date of the last frost in the valley is April 28, the almanac says."
_EACH_YEAR = "The lodge opens each year from May to October, weather permitting."
# ... but a count "since" a month dates that month: it has a year.
_SINCE = "Attendance has grown every day since February, the museum said."
# "this year", "last year", "next year" earlier in the month's own sentence is the month's year.
_LAST_YEAR_WHEN = "Floods last year, when the river rose in August, cost the town $2 million."
_NEXT_YEAR = "Next year the fair will move back to June, the organizers said."
_THIS_YEAR_LIST = "The bank has cut rates three times this year, in February, May and August."
# ... not across a coordinated clause, and not from a possessive ("next year's festival").
_COORDINATED = "The mine was cited for violations twice last year and once in March."
_POSSESSIVE = "Tickets for next year's festival go on sale in December."
# A schedule told in the present ("runs", "passes") looks ahead.
_RUNS = "Under the new calendar, winter recess runs from Dec. 21 through Jan. 4."
_PASSES = "The comet passes closest to the sun in October, astronomers say."

CASES = [
    (_NORMALLY, "2021-05-10", "November", "XXXX-11", "DATE"),
    (_EVERY_YEAR, "2019-08-01", "June 30", "XXXX-06-30", "DATE"),
    (_AVERAGE_DATE, "2020-09-01", "April 28", "XXXX-04-28", "DATE"),
    (_EACH_YEAR, "2022-11-02", "May", "XXXX-05", "DATE"),
    (_EACH_YEAR, "2022-11-02", "October", "XXXX-10", "DATE"),
    (_SINCE, "2015-10-12", "February", "2015-02", "DATE"),
    (_LAST_YEAR_WHEN, "2019-09-11", "August", "2018-08", "DATE"),
    (_NEXT_YEAR, "2024-03-01", "June", "2025-06", "DATE"),
    (_THIS_YEAR_LIST, "2025-11-04", "February", "2025-02", "DATE"),
    (_THIS_YEAR_LIST, "2025-11-04", "August", "2025-08", "DATE"),
    (_COORDINATED, "1994-10-01", "March", "1994-03", "DATE"),
    (_POSSESSIVE, "2015-10-12", "December", "2015-12", "DATE"),
    (_RUNS, "2019-05-31", "Dec. 21", "2019-12-21", "DATE"),
    (_RUNS, "2019-05-31", "Jan. 4", "2020-01-04", "DATE"),
    (_PASSES, "2024-03-10", "October", "2024-10", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_crossset_months(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
