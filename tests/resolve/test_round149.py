"""Round 149 (from the errors of blind153, personal finance and tax, and blind154, parliaments and councils): a
sitting adjourned "at 4.20 pm till 11 am on Thursday" is adjourned now, to a day ahead, as "till 11 am on
Thursday" alone is: the first clock time, after "at", is the adjournment's moment, no start of a span ending on
that day; a day in a "since" clause ("since the session opened on Monday") is the bound a count runs from, no day
of the clock times in the sentences after it; "told reporters later in the evening" is a step on in a day told as
gone by, not an evening of a day still to come named in passing before it. A list of year-less dates
after a day still to come ("June 17, Sept. 16 and Jan. 15") runs on in order, into the next year; "restores
Sunday hours" names the opening of every Sunday, no day; nor is "a weekend sitting" or a date that "falls on a
weekend" a length of two days. The participle of a "self-" compound ("self-employed traders have the weekend
to file") tells no past. A month offered beside next year ("in late December or early next year") is the
coming one. "Every sitting Thursday" is a set of Thursdays. "September's inflation figure" is the month the figure
measures, just ended.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # an adjournment at a clock time till a clock time on a day ahead
    ("The chairman adjourned the inquiry at 3.15 pm till 10 am on Monday.", "2019-03-13", "Monday", "2019-03-18",
     "DATE"),
    ("The chairman adjourned the inquiry at 3.15 pm till 10 am on Monday.", "2019-03-13", "3.15 pm",
     "2019-03-13T15:15", "TIME"),
    # counter-case: a span of hours on a day gone by
    ("The protest ran from 9 am till 5 pm on Monday.", "2019-03-13", "Monday", "2019-03-11", "DATE"),
    ("The protest ran from 9 am till 5 pm on Monday.", "2019-03-13", "9 am", "2019-03-11T09:00", "TIME"),
    # counter-case: one clock time on the day
    ("The chairman adjourned the inquiry at 3.15 pm on Monday.", "2019-03-13", "Monday", "2019-03-11", "DATE"),
    # a day in a "since" clause is no scene for the clock times of the next sentence
    ("The council failed to meet for a third day on Wednesday, the third time since the new term began on Monday. "
     "Protesters filled the chamber as soon as the roll call started at 10 am.", "2019-03-13", "10 am",
     "2019-03-13T10:00", "TIME"),
    # counter-case: a day told as the scene keeps its clock times
    ("The new term began on Monday. Protesters filled the chamber as soon as the roll call started at 10 am.",
     "2019-03-13", "10 am", "2019-03-11T10:00", "TIME"),
    # an evening told as gone by, after a day to come named in passing
    ("The sitting is due to close on October 30 and has twelve days left. The minister told reporters later in "
     "the evening that talks would go on.", "2019-10-02", "the evening", "2019-10-02TEV", "TIME"),
    # counter-case: an evening still to come on that day
    ("The sitting is due to close on October 30 and has twelve days left. The minister will address members "
     "later in the evening.", "2019-10-02", "the evening", "2019-10-30TEV", "TIME"),
    # a list of dates runs in order from a day still to come
    ("The first instalment is due today. The others fall on June 17, Sept. 16 and Jan. 15.", "1996-04-12",
     "Sept. 16", "1996-09-16", "DATE"),
    ("The first instalment is due today. The others fall on June 17, Sept. 16 and Jan. 15.", "1996-04-12",
     "Jan. 15", "1997-01-15", "DATE"),
    # counter-case: a date after a day gone by keeps the nearest reading
    ("The club met on April 2 and Jan. 15 to discuss the lease.", "1996-04-12", "Jan. 15", "1996-01-15", "DATE"),
    # a verb granting or taking away a day's opening of every week: the kind, no day
    ("The new budget restores Sunday hours at four swimming pools.", "2026-06-10", "Sunday", None, None),
    ("The council cut Saturday opening at two branch libraries.", "2026-06-10", "Saturday", None, None),
    # counter-case: a day, then a count of hours after it
    ("Officials said Sunday hours after the crash that the road was shut.", "2026-06-10", "Sunday", "2026-06-07",
     "DATE"),
    # the weekend as a kind of days, no length
    ("The upper house last held a weekend sitting in 1998.", "2012-08-08", "a weekend", None, None),
    ("Because the closing date falls on a weekend, members should post forms early.", "2012-08-08", "a weekend",
     None, None),
    # counter-case: a weekend spent, a length
    ("The couple spent a weekend in Bruges before the wedding.", "2012-08-08", "a weekend", "P2D", "DURATION"),
    # a "self-" compound is no past tense of the clause
    ("Thousands of self-employed traders have the weekend to file their returns.", "2005-10-28", "the weekend",
     "2005-W43-WE", "DATE"),
    # counter-case: the clause told in the past
    ("Thousands of self-employed traders filed their returns at the weekend.", "2005-10-28", "the weekend",
     "2005-W42-WE", "DATE"),
    # a month offered beside next year is the coming one
    ("Union leaders said another stoppage, possibly into late December or early next year, is increasingly "
     "likely.", "2018-11-15", "late December", "2018-12", "DATE"),
    # counter-case: a month told in the past with no such alternative
    ("Officials said a vote in late December had been delayed.", "2018-11-20", "late December", "2017-12",
     "DATE"),
    # a weekday of a class of days, every one of them
    ("The petitions ballot, normally drawn every sitting Tuesday, was put off.", "2016-05-19",
     "every sitting Tuesday", "XXXX-WXX-2", "SET"),
    # counter-case: a sitting on one weekday
    ("The petitions ballot was drawn at the sitting on Tuesday.", "2016-05-19", "Tuesday", "2016-05-17", "DATE"),
    # a month's figure after a possessive: the month just ended that it measures
    ("Rents will rise by 5 per cent, in line with September's inflation figure.", "2023-11-23", "September",
     "2023-09", "DATE"),
    # counter-case: a month of something still to come
    ("Rents will rise again in September.", "2023-11-23", "September", "2024-09", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_round149(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
