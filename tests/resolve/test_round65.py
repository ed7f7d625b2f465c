"""Round 65 (from the errors of blind108, police blotters and local TV crime stories, and blind120, regional
and local online news): a web page's time stamp with the clock time right after the full date and no comma
("Posted: Monday, June 3, 2019 6:40 pm", "Updated March 2, 2020 11:05AM") is one TIME, the am/pm inside it
(before, "6:40" was read as a 24-hour time, or the date and the clock were two expressions); and a clock
time before a date written day first ("Updated 8:14pm, 3 May 2016") is one TIME as "10:32 AM, May 16, 2023"
is. "The year before" in a sentence that names a year ("in 2015, up from 22 the year before") is the year
before that one even when a month was told a paragraph back (that month is no period in focus). A ban or an
order that "remains in place for Friday" (is, stays in force / in effect for) is set for the Friday ahead. "Planning" before a noun it classes ("held its planning meeting
Wednesday", "the new planning rules") is no verb of intent: the clause's own tense decides.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a date and its am/pm clock time, no comma between them: one TIME
    ("Posted: Monday, June 3, 2019 6:40 pm\n\nThe library will close early for repairs.", "2019-06-03",
     "Monday, June 3, 2019 6:40 pm", "2019-06-03T18:40", "TIME"),
    ("Last updated March 2, 2020 11:05AM\n\nThe ferry timetable changes next month.", "2020-03-02",
     "March 2, 2020 11:05AM", "2020-03-02T11:05", "TIME"),
    ("Saturday 14 April 2018 7:30 PM | The choir sings at the old mill tonight.", "2018-04-14",
     "Saturday 14 April 2018 7:30 PM", "2018-04-14T19:30", "TIME"),
    # a clock time before a day-first date
    ("Updated 8:14pm, 3 May 2016\n\nThe bypass will open to traffic in June.", "2016-05-03",
     "8:14pm, 3 May 2016", "2016-05-03T20:14", "TIME"),
    ("Published 6:05 am, 21 October 2013. Bus drivers will strike on Friday.", "2013-10-21",
     "6:05 am, 21 October 2013", "2013-10-21T06:05", "TIME"),
    # "the year before" against a year named in its own sentence, a month told a paragraph back
    ("Burglaries rose in January, the sheriff said on Monday.\n\nThe county logged 30 burglaries in 2015, "
     "up from 22 the year before, according to the annual report.", "2016-02-12", "the year before",
     "2014", "DATE"),
    ("Water use fell sharply in March, the utility said.\n\nCustomers used 4 billion litres in 2009, "
     "against 5 billion the year before, its report shows.", "2010-04-20", "the year before", "2008", "DATE"),
    # a ban or an order held now for a named day: that day ahead
    ("A total fire ban remains in place for Sunday across the northern districts.", "2014-01-16", "Sunday",
     "2014-01-19", "DATE"),
    ("The parking restriction stays in force for Saturday and Sunday near the stadium.", "2021-03-10",
     "Saturday", "2021-03-13", "DATE"),
    # "planning" before the noun it names a kind of ("a planning meeting") is no plan of what is ahead
    ("The harbour trust held its final planning meeting Tuesday before the regatta.", "2017-06-08", "Tuesday",
     "2017-06-06", "DATE"),
    ("Councillors rejected the new planning rules Monday after a long debate.", "2012-09-13", "Monday",
     "2012-09-10", "DATE"),
    # but a verb of intent still looks ahead
    ("Neighbours are planning a street party Saturday.", "2012-09-13", "Saturday", "2012-09-15", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round65(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


# Without minutes and am/pm a number after a year is no clock time: nothing overlapping it is tagged.
NOT_TAGGED = [
    ("Enrolment reached 3,400 on June 3, 2019 6 schools reported.", "2019-06-10", "2019 6"),
]


@pytest.mark.parametrize("text, reference, phrase", NOT_TAGGED)
def test_round65_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
