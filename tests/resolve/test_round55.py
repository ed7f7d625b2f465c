"""Round 55 (from the errors of blind117, council agendas and public notices, and blind90, contracts and
policies): hours of business told as a range of clock times "between 9am and 5pm" before a weekly range of
days, or a list of licensed hours with the days first and no verb ("Monday to Saturday, 10:00 to 23:00"),
recur every week (the days a SET, the clock times of no one day); and a 24-hour clock time that opens a
range of clock times ("12:00 to 22:30") is a clock time whatever word comes before it. Clock times in a
term of a contract or a by-law ("shall not play music between 11pm and 7am") or a standing offer of a
service ("can be contacted from 8am to 8pm") are the hours of every day, of no one day. A day and a month
naming a close, a row of cottages, gardens or mews ("12 April Close") is no date, as "4 May Street" is not;
nor is the year that ends the short title of a British law ("the Highways Act 1980").

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a 24-hour clock time opening a range of clock times
    ("Kitchen: Wednesdays, 11:30 to 15:00; Fridays, 11:30 to 21:00.", "2012-03-08", "11:30",
     "XXXX-XX-XXT11:30", "TIME"),
    ("The depot gate is staffed Saturdays, 07:45 until 13:15.", "2012-03-08", "07:45", "XXXX-XX-XXT07:45", "TIME"),
    # hours "between ... and ..." before a weekly range of days
    ("Drawings may be viewed at the parish office between 10am and 3pm, Tuesday to Friday.", "2009-06-10",
     "Tuesday", "XXXX-WXX-2", "SET"),
    ("Drawings may be viewed at the parish office between 10am and 3pm, Tuesday to Friday.", "2009-06-10",
     "Friday", "XXXX-WXX-5", "SET"),
    ("Drawings may be viewed at the parish office between 10am and 3pm, Tuesday to Friday.", "2009-06-10",
     "10am", "XXXX-XX-XXT10:00", "TIME"),
    ("Drawings may be viewed at the parish office between 10am and 3pm, Tuesday to Friday.", "2009-06-10",
     "3pm", "XXXX-XX-XXT15:00", "TIME"),
    # licensed hours listed with the days first
    ("Live music: Thursday to Saturday, 19:00 to 23:30.", "2009-06-10", "Thursday", "XXXX-WXX-4", "SET"),
    ("Live music: Thursday to Saturday, 19:00 to 23:30.", "2009-06-10", "23:30", "XXXX-XX-XXT23:30", "TIME"),
    ("Counter service: Monday to Wednesday, 8.30am to 1pm.", "2009-06-10", "Wednesday", "XXXX-WXX-3", "SET"),
    ("Counter service: Monday to Wednesday, 8.30am to 1pm.", "2009-06-10", "8.30am", "XXXX-XX-XXT08:30",
     "TIME"),
    # ... but one week's days stay dated
    ("The footbridge will be shut Monday to Thursday, 8pm to 5am.", "2009-06-10", "Thursday", "2009-06-18",
     "DATE"),
    ("Crews closed the lane from Monday to Friday, 9am to 5pm.", "2009-06-10", "Monday", "2009-06-08", "DATE"),
    # a term of a lease or a by-law, or a standing offer of a service: hours of every day
    ("The tenant shall not run a washing machine between 10.30 pm and 6.30 am.", "2004-09-02", "10.30 pm",
     "XXXX-XX-XXT22:30", "TIME"),
    ("Boats shall only be launched from 8 am to 6 pm.", "2004-09-02", "6 pm", "XXXX-XX-XXT18:00", "TIME"),
    ("The warden can be contacted from 9 am to 4 pm on the number below.", "2004-09-02", "9 am",
     "XXXX-XX-XXT09:00", "TIME"),
    ("Entries may be viewed between 2 pm and 5 pm in the church hall.", "2004-09-02", "5 pm",
     "XXXX-XX-XXT17:00", "TIME"),
    # ... but "shall" alone is a future, and a day named keeps its day
    ("We shall meet again at 3 pm by the lych gate.", "2004-09-02", "3 pm", "2004-09-02T15:00", "TIME"),
    # ... while a law named with "of" and its year keeps the year
    ("He was charged under the Public Order Act of 1986.", "2009-06-10", "1986", "1986", "DATE"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # a verse range is no clock time
    ("The vicar read Luke 2:10-14 to the children.", "2009-06-10", "2:10"),
    # a day and month naming a street or a row of houses
    ("A loft conversion is proposed at 3 June Close, Eastwell.", "2009-06-10", "3 June"),
    ("The almshouses at 1 March Cottages will be re-roofed.", "2009-06-10", "1 March"),
    ("Parking bays in 9 October Gardens are to be repainted.", "2009-06-10", "9 October"),
    # the year that ends the short title of a British law is part of its name
    ("The closure is made under the Town Police Clauses Act 1847.", "2009-06-10", "1847"),
    ("Fire doors must meet the Building Regulations 2010, the officer said.", "2009-06-10", "2010"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round55(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round55_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
