"""Round 35 (from the errors of blind95, years in review, and blind67, announcements and schedules): a month
standing alone at the head of a paragraph ("January. Heavy rain ...", a review of the year month by month) is
a month even when it is "March" or "May", and takes the tense of its section's first sentence, so the days of
that section follow it; "the first (last) six months of the year" is the year's first (second) half; "the
following Tuesday evening" is one TIME on the weekday counted on; and hours of business ("open 8.30am to
5pm, Monday to Friday", "8 a.m. to 8 p.m. ET, daily") are the times of no one day, their weekdays a set;
"the year" told in the past in the first days of January is the year just ended; and a weekday before
the title word of a paper ("the Dunmore Sunday Gazette") is the paper's edition, not a day.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

_REVIEW = ("A look back at the twelve months just gone.\n\n"
           "February. Gales damaged the roof of the swimming baths on February 9. The next day, the pool was drained.\n\n"
           "March. Nurses at the district hospital voted to strike.\n\n"
           "May. The brewery said it would move its bottling line to Leeds.\n\n"
           "October. The ferry company cut its winter timetable.")

CASES = [
    # a month heading its section: the section's tense
    (_REVIEW, "2009-12-29", "February", "2009-02", "DATE"),
    (_REVIEW, "2009-12-29", "February 9", "2009-02-09", "DATE"),
    (_REVIEW, "2009-12-29", "The next day", "2009-02-10", "DATE"),
    (_REVIEW, "2009-12-29", "March", "2009-03", "DATE"),
    (_REVIEW, "2009-12-29", "May", "2009-05", "DATE"),
    ("Highlights of the season.\n\nJanuary: The new stand opened to the public.", "2016-12-20", "January",
     "2016-01", "DATE"),
    # six months of the year: its half
    ("The first six months of the year were the busiest the port has known.", "2018-07-03",
     "The first six months of the year", "2018-H1", "DATE"),
    ("Freight volumes should recover in the last six months of the year.", "2018-04-11",
     "the last six months of the year", "2018-H2", "DATE"),
    # the part of the day of a weekday counted on
    ("The inquiry opened on Monday 4 March, and the minister gave evidence the following Thursday afternoon.",
     "2019-03-20", "the following Thursday afternoon", "2019-03-07TAF", "TIME"),
    # "the year" told in the past in the first days of January: the one just ended
    ("The bank's shares ended the year 14 per cent down.", "2011-01-03", "the year", "2010", "DATE"),
    ("The signing of the year was the club's new goalkeeper.", "2011-01-04", "the year", "2010", "DATE"),
    # (its opening, or a future clause: the publication year)
    ("The year began with floods across the north.", "2011-01-04", "The year", "2011", "DATE"),
    ("Prices are expected to rise during the year.", "2011-01-04", "the year", "2011", "DATE"),
    # hours of business
    ("The records office is open 9.15am to 4.30pm, Monday to Thursday.", "2015-06-10", "9.15am",
     "XXXX-XX-XXT09:15", "TIME"),
    ("The records office is open 9.15am to 4.30pm, Monday to Thursday.", "2015-06-10", "4.30pm",
     "XXXX-XX-XXT16:30", "TIME"),
    ("The records office is open 9.15am to 4.30pm, Monday to Thursday.", "2015-06-10", "Monday",
     "XXXX-WXX-1", "SET"),
    ("The records office is open 9.15am to 4.30pm, Monday to Thursday.", "2015-06-10", "Thursday",
     "XXXX-WXX-4", "SET"),
    ("Customers with questions can ring the hotline 7 a.m. to 9 p.m. ET, daily.", "2012-03-02", "9 p.m. ET",
     "XXXX-XX-XXT21:00", "TIME"),
    # still one week's days and one day's time
    ("The lane will be shut 10am to 3pm, Monday to Friday next week.", "2015-06-10", "Monday", "2015-06-15",
     "DATE"),
    ("Polls close at 8 p.m. Friday through Sunday.", "2013-10-09", "8 p.m. Friday", "2013-10-11T20:00", "TIME"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # the modal and the verb, not a heading
    ("May the best team win.", "2009-12-29", "May"),
    ("March with us to the town hall.", "2009-12-29", "March"),
    # the weekday edition of a paper, after the paper's place
    ("The notice also appears in this week's Dunmore Sunday Gazette.", "2004-03-10", "Sunday"),
    ("She wrote a column for the Harlow Saturday Telegraph for ten years.", "2004-03-10", "Saturday"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round35(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round35_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
