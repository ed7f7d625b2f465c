"""Round 94 (from the errors of blind136, education news, and blind99, accident and incident investigation
reports). Schools name grades "Year 10" and cohorts "the Class of 2031", neither a time; Australian schools
number their terms, annotated as quarters; a weekday far after "will" or "can" and its long object is still to
come, as is a month with a present passive ("is awarded in November"), a participle sharing "will be" or a
threat with a present condition after it ("threatened a walkout in March if ... does not raise pay"), and a
change told in the present ("fees rise in October") is the nearest such month; "the written tests" is no past; an
investigation report's four-digit clock times go on through the accident's day, and a clock time glossed in
brackets takes the day after the gloss, as does "the 0746 service from ..." told in the past; "at first light"
is the morning; a pilot's logged hours are no length of time; "at 22.40 hrs" is a clock time.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a school's grade is no length of time and no year
    ("Some 3,200 Year 10 pupils in the district sat a mock paper in the gym.", "2019-03-05", "3,200 Year", None,
     None),
    ("About 4,000 pupils in Years 7 and 8 took part in the survey.", "2019-03-05", "Years", None, None),
    ("The Year 9 reading test lasts an hour.", "2019-03-05", "The Year", None, None),
    # ... but a count of years in lower case, and a four-digit year, stay
    ("Over the past three years 12 schools in the county have closed.", "2019-03-05", "the past three years",
     "P3Y", "DURATION"),
    # a cohort still enrolled is a group of students; a cohort long gone keeps its year
    ("Seniors in the Class of 2031 will graduate in a new stadium.", "2027-09-01", "2031", None, None),
    ("Members of the Class of 1962 still meet in the old gym every spring.", "2027-09-01", "1962", "1962", "DATE"),
    # Australian school terms, as quarters; a "Term 2" outside schools is no quarter
    ("Teachers at the Perth high school expect a busy Term 3 after the floods.", "2021-07-05", "Term 3",
     "2021-Q3", "DATE"),
    ("Shareholders approved Term 2 of the loan agreement at the meeting.", "2021-07-05", "Term 2", None, None),
    # a modal of what is ahead, far before the weekday
    ("Freshmen can collect their timetables and locker keys from the front office of the north building on "
     "Thursday.", "2021-05-11", "Thursday", "2021-05-13", "DATE"),
    ("Freshmen collected their timetables and locker keys from the front office of the north building on "
     "Thursday.", "2021-05-11", "Thursday", "2021-05-06", "DATE"),
    # an absolute clause of what is about to start
    ("With the county fair beginning on Friday, farmers spent the weekend grooming their cattle.", "2021-05-10",
     "Friday", "2021-05-14", "DATE"),
    ("The county fair, which began on Friday, drew big crowds despite the rain.", "2021-05-10", "Friday",
     "2021-05-07", "DATE"),
    # an adjectival participle inside the object of "will"; a participle of the clause still counts
    ("About 9,000 pupils will sit their spoken language tests on Tuesday.", "2021-05-13", "Tuesday",
     "2021-05-18", "DATE"),
    ("Inspectors will report that the pupils had spoken to staff on Tuesday.", "2021-05-13", "Tuesday",
     "2021-05-11", "DATE"),
    # a participle joined to one after "will be" shares its future; after "were" it is past
    ("Results will be emailed to candidates and posted online on Thursday.", "2021-05-10", "Thursday",
     "2021-05-13", "DATE"),
    ("Results were emailed to candidates and posted online on Thursday.", "2021-05-10", "Thursday",
     "2021-05-06", "DATE"),
    # a present passive with a month is a schedule; a past passive is past
    ("The county's top bursary is awarded in November, the council said.", "2019-07-01", "November", "2019-11",
     "DATE"),
    ("The county's top bursary was awarded in November, the council said.", "2019-07-01", "November", "2018-11",
     "DATE"),
    # a threat of an act at a time, then a condition in the present: the act is ahead
    ("The nurses' union has threatened a walkout in March if the board does not raise pay.", "2020-10-05",
     "March", "2021-03", "DATE"),
    ("The nurses' union threatened a walkout in March, and the board raised pay.", "2020-10-05", "March",
     "2020-03", "DATE"),
    # a change in the present just before a month: the nearest such month; in the past, the last one
    ("Under the new scheme, parking fees rise steeply in October.", "2019-07-16", "October", "2019-10", "DATE"),
    ("Under the old scheme, parking fees rose steeply in October.", "2019-07-16", "October", "2018-10", "DATE"),
    # an irregular participle after its determiner is an adjective, no past; a pluperfect still is
    ("Phase 2 begins on 8 October, a week before the written tests.", "2019-07-16", "8 October",
     "2019-10-08", "DATE"),
    ("The answers had been written on 8 October, a week before the exams.", "2019-07-16", "8 October",
     "2018-10-08", "DATE"),
    # an investigation report's four-digit clock times, on the accident's day
    ("The aircraft left Ardley on 12 June 2018 for a short training flight. The weather was fine. The crew "
     "reported a vibration in the left engine. The instructor declared an emergency at 1122, and the aircraft "
     "landed at 1131.", "2018-09-20", "1131", "2018-06-12T11:31", "TIME"),
    # a service named by its time, told in the past: that day's run; in the present, a habit of every day
    ("A train derailed near Brent last Sunday. The 0746 service from Arlow to Brent, a two-car unit, hit a "
     "fallen tree at 8.02am.", "2023-06-24", "0746", "2023-06-18T07:46", "TIME"),
    ("A train derailed near Brent last Sunday. The 0746 service from Arlow to Brent is usually full by "
     "Kemble.", "2023-06-24", "0746", "XXXX-XX-XXT07:46", "TIME"),
    # a clock time glossed in brackets, then its day
    ("The ferry sailed from Holm at 2215 local time (2115 GMT) on 3 February 2017 with 40 passengers.",
     "2017-06-20", "2215", "2017-02-03T22:15", "TIME"),
    ("The ferry sailed from Holm at 2215 local time (2115 GMT) on 3 February 2017 with 40 passengers.",
     "2017-06-20", "2115 GMT", "2017-02-03T21:15", "TIME"),
    # at first light; a light rail line is no time
    ("On 4 March 2019 the search resumed at first light along the shore.", "2019-03-08", "first light",
     "2019-03-04TMO", "TIME"),
    ("Commuters rode the city's first light rail line at 6 a.m.", "2019-03-08", "first light", None, None),
    # a pilot's logbook hours; hours of work in a search stay a length of time
    ("The captain, 51, had 9,450 hours on type and had flown the route often.", "2014-02-11", "9,450 hours",
     None, None),
    ("The first officer had flown 6,120 hours, most of them in turboprops.", "2014-02-11", "6,120 hours",
     None, None),
    ("Volunteers put in 2,300 hours in the field before the trail reopened.", "2014-02-11", "2,300 hours",
     "PT2300H", "DURATION"),
    # a 24-hour clock time with a dot and "hrs"; a decimal length stays a length
    ("On 3 May 2015 the last bus left the depot at 22.40 hrs for the airport.", "2015-05-06", "22.40 hrs",
     "2015-05-03T22:40", "TIME"),
    ("In tests the battery lasted for 12.5 hours on a single charge.", "2015-05-06", "12.5 hours", "PT12H30M",
     "DURATION"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round94(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
