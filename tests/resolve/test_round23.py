"""Round 23 (from the errors of blind69, company filings and earnings calls, and blind71, health guidance and
public-health notices): a child's age counted in months ("aged six months and over", "the 2-month visit", "a
booster at 12 months") is no length of time; a weekday inside a name ("the Sunday Times"); a bare year after
a period's closing day ("the years ended December 31, 2022 and 2021") closes on the same day; the weekdays of
a service kept every week ("the helpline is staffed Monday through Friday", "visits are held from Tuesday to
Saturday") recur; "current" before the arrangement in force ("keep its current hours"); "we now expect", a
revised forecast; the clock time before "Friday, July 14" and "next Thursday, Jan. 25" take the date's day;
"a year earlier" than a balance struck "at December 31, 2022" is that day a year back, and a period that is
itself the base of a comparison ("rose 14 per cent on the second half of last year") is not the one it shifts.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a bare year after a period's closing day closes on the same day of its own year
    ("The accounts cover the fiscal years ended June 30, 2019 and 2018.", "2019-09-12", "2018", "2018-06-30",
     "DATE"),
    ("Deposits at September 30, 2016, and 2015 were restated.", "2017-02-01", "2015", "2015-09-30", "DATE"),
    ("The statements for 2019 and 2018 were restated.", "2020-03-01", "2018", "2018", "DATE"),
    ("The club moved on May 3, 2001 and again in 2004.", "2020-03-01", "2004", "2004", "DATE"),
    # a service kept every week: its weekdays recur, and so do its hours
    ("The advice line is staffed Monday through Thursday from 9 a.m. to 6 p.m.", "2015-04-08", "Thursday",
     "XXXX-WXX-4", "SET"),
    ("The advice line is staffed Monday through Thursday from 9 a.m. to 6 p.m.", "2015-04-08", "9 a.m.",
     "XXXX-XX-XXT09:00", "TIME"),
    ("Tastings are held from Wednesday to Sunday between 11 a.m. and 4 p.m.", "2015-04-08", "Wednesday",
     "XXXX-WXX-3", "SET"),
    ("Tastings are held from Wednesday to Sunday between 11 a.m. and 4 p.m.", "2015-04-08", "4 p.m.",
     "XXXX-XX-XXT16:00", "TIME"),
    ("The tastings will be held from Wednesday to Sunday.", "2015-04-06", "Sunday", "2015-04-12", "DATE"),
    # the clock time before a weekday and its date takes the date's day
    ("The depot closes at 3 p.m. Tuesday, March 15, and staff will move the next day.", "2022-02-24",
     "3 p.m. Tuesday, March 15", "2022-03-15T15:00", "TIME"),
    # "next Thursday, Jan. 25": the weekday the date names
    ("A briefing will be held next Wednesday, Nov. 22, in the hall.", "2023-11-07", "next Wednesday",
     "2023-11-22", "DATE"),
    # a balance struck on a month's last day: "a year earlier" is that day a year back
    ("Orders on hand were $8.1 million at June 30, 2020, against $7.4 million a year earlier.", "2020-08-20",
     "a year earlier", "2019-06-30", "DATE"),
    ("The firm hired 40 people on June 12, 2020, against 12 a year earlier.", "2020-08-20",
     "a year earlier", "2019", "DATE"),
    # the base of another comparison is not the period reported on
    ("Profit was 91 million for the first half of 2018, up from 80 million in H1 2017. Sales rose 6 per cent "
     "on the second half of last year. Costs fell to 12 million from 15 million a year earlier.", "2018-08-01",
     "a year earlier", "2017-H1", "DATE"),
    # "we now expect": the forecast revised; "now" elsewhere stays the present
    ("The bridge is now closed to lorries.", "2022-02-16", "now", "PRESENT_REF", "DATE"),
    # "current" before other nouns still dates them
    ("The current chairman steps down in May.", "2022-02-16", "current", "PRESENT_REF", "DATE"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # a child's age in months
    ("The nasal flu spray is offered to children aged 18 months and over.", "2019-09-12", "18 months"),
    ("Toddlers get the second dose at 3 and 18 months of age.", "2019-09-12", "18 months"),
    ("Toddlers get the second dose at 3 and 18 months of age.", "2019-09-12", "months"),
    ("The jab is given at the 6-month and 9-month visits.", "2019-09-12", "6-month"),
    ("The jab is given at the 6-month and 9-month visits.", "2019-09-12", "9-month"),
    ("Babies get a booster vaccine at 15 months.", "2019-09-12", "15 months"),
    # a weekday inside a name
    ("A column in the Sunday Herald called for calm.", "2019-09-12", "Sunday"),
    ("The makers of Monday Gold tea were fined.", "2019-09-12", "Monday"),
    # a revised forecast
    ("We now expect revenue of about $40 million.", "2019-09-12", "now"),
    # the arrangement in force
    ("Pupils born before March stay on the current timetable.", "2019-09-12", "current"),
    ("The clinic will keep its current hours until June.", "2019-09-12", "current"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round23(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round23_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
