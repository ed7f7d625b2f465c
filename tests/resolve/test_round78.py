"""Round 78 (from the errors of blind127, earnings calls and results notes of companies whose fiscal year
ends in March or June, and blind79, office mail): a fiscal year the text declares ("our fiscal 2024 ends on
June 30", "fiscal 2002, which ended March 31", "our fiscal year runs from 1 April to 31 March") labels the
halves, quarters and "the full year" named without a year; "the back half of the year" is its second half;
"the trailing twelve months" is a length; a US or African zone named after a clock time ("8:30 a.m.
Eastern", "2 p.m. West Africa Time") is part of the time; a day that closes the books is no scene for a
clock time after it; a mail message's weekdays with no tense are the coming ones, and go on from a plan's
dated day, as a notice's ("When: Saturday 22:00-02:00") do; a listing's label with its hours ("Monday 9am
to 5pm:") heads the labels below it; the small hours ending a range of clock times are the next day's; "May"
in "April and May was" is a month, no modal; "the full year" after last year's fourth quarter is that year
in April as in January-March; "weighted towards Q4", "departing 13:10" and "at about 23:30 UTC" are times as
after "in" or "at"; an agenda item's number opening a line ("September\n8. Trustees") is no day.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # the back and front halves of the year
    ("The brewer expects most of its growth in the back half of the year.", "2021-03-10",
     "the back half of the year", "2021-H2", "DATE"),
    ("Orders were strongest in the front half of the year.", "2021-09-10",
     "the front half of the year", "2021-H1", "DATE"),
    # a half of a pitch is no half of a year
    ("The visitors camped in the back half of the pitch for an hour.", "2021-03-10", "the back half", None, None),
    # a trailing count of months
    ("The shares trade at nine times earnings for the trailing twelve months.", "2021-03-10",
     "the trailing twelve months", "P12M", "DURATION"),
    ("Trailing three runners, the favourite faded on the last lap.", "2021-03-10", "three runners", None, None),
    # a zone named after the clock time
    ("The webcast starts at 8:30 a.m. Eastern on the company's site.", "2021-03-10",
     "8:30 a.m. Eastern", "2021-03-10T08:30", "TIME"),
    ("Lines open at 9 a.m. West Africa Time for the auction.", "2021-03-10",
     "9 a.m. West Africa Time", "2021-03-10T09:00", "TIME"),
    # a park or a street is no zone
    ("The march leaves at 5 p.m. Central Park South is closed to traffic.", "2021-03-10",
     "5 p.m.", "2021-03-10T17:00", "TIME"),
    # the day that closed the books is no scene for a clock time after it
    ("Welcome to the call on results for fiscal 2021, which ended on March 31. The call began at 2 p.m. "
     "and will last an hour.", "2021-05-20", "2 p.m.", "2021-05-20T14:00", "TIME"),
    ("The ferry left the harbour on March 31. It sank at 2 p.m. in a squall.", "2021-05-20",
     "2 p.m.", "2021-03-31T14:00", "TIME"),
    # halves and quarters of a declared fiscal year, labelled by the year it ends in
    ("The group's fiscal 2024 ends on June 30, 2024. Margins held up in the first half.", "2023-11-20",
     "the first half", "2024-H1", "DATE"),
    ("Margins held up in the first half, the group said on Monday.", "2023-11-20",
     "the first half", "2023-H1", "DATE"),
    ("Our fiscal year runs from 1 April to 31 March. The sales targets for Q3 are higher.", "2024-09-12",
     "Q3", "2025-Q3", "DATE"),
    ("The sales targets for Q3 are higher, the director says.", "2024-09-12", "Q3", "2024-Q3", "DATE"),
    # a label for the year the fiscal year began in
    ("Our fiscal 2003 began on April 1. The targets for the third quarter are higher.", "2003-05-21",
     "the third quarter", "2003-Q3", "DATE"),
    # a quarter named by its months stays the calendar's
    ("The maker returned to profit in fiscal 2002, which ended March 31. Sales rose in the January-March "
     "quarter.", "2003-05-21", "the January-March quarter", "2003-Q1", "DATE"),
    # the full year of a declared fiscal year
    ("The group's fiscal '11 runs to March 31, 2011. For the full year we expect profit to rise.", "2010-08-13",
     "the full year", "2011", "DATE"),
    ("For the full year we expect profit to rise, the chairman said.", "2010-08-13", "the full year", "2010",
     "DATE"),
    # "the quarter" keeps the quarter named, not the calendar quarter of the fiscal year's end
    ("Welcome to the call for the third quarter. Our fiscal 2014 runs from July 1, 2013 to June 30, 2014. "
     "Revenue for the quarter rose 9 percent from the year-ago quarter.", "2014-05-22", "the year-ago quarter",
     "2013-Q3", "DATE"),
    ("Welcome to the call for the third quarter. Our fiscal 2014 runs from July 1, 2013 to June 30, 2014. "
     "Revenue for the quarter rose 9 percent from the year-ago quarter.", "2014-05-22", "the quarter",
     "2014-Q3", "DATE"),
    ("The lease runs to June 30, 2014. Revenue for the quarter rose 9 percent.", "2014-05-22", "the quarter",
     "2014-Q2", "DATE"),
    # the year a fourth quarter closed, reported on as late as April
    ("Net interest margin in the fourth quarter was 7.1 percent. Cost-to-income improved to 54 percent for the "
     "full year.", "2008-04-29", "the full year", "2007", "DATE"),
    ("Net interest margin in the fourth quarter was 7.1 percent. The bank expects loans to grow for the full "
     "year.", "2008-04-29", "the full year", "2008", "DATE"),
    # a comparison's quarter is no quarter of the report
    ("Welcome to the call for the first quarter. Our fiscal 2002 ends on March 31, 2002. Profit beat the "
     "year-ago quarter. Pay rises took effect on April 1, and we ended the quarter with 900 staff.", "2001-07-19",
     "the quarter", "2002-Q1", "DATE"),
    # a fiscal half a year back, by its label
    ("The company's fiscal 2004 ends on June 30, so the figures cover the first half. Sales rose from the "
     "prior-year period.", "2003-11-20", "the prior-year period", "2003-H1", "DATE"),
    ("Sales rose in the first half from the prior-year period.", "2003-11-20", "the prior-year period", "2002-H1",
     "DATE"),
    # a mail message writes of the coming days
    ("From: Olu Bakare\nTo: Site team\nSubject: Scaffold inspection\n\nScaffold inspection at the east "
     "block on Friday.", "2022-06-08", "Friday", "2022-06-10", "DATE"),
    ("Hi Marta,\n\nScaffold inspection at the east block on Friday.\n", "2022-06-08", "Friday", "2022-06-10",
     "DATE"),
    ("Pickets stood outside the depot on Friday after lunch.", "2022-06-08", "Friday", "2022-06-03", "DATE"),
    # a mail's plan dated past the coming week goes on from its own day
    ("Hi Jo,\n\nReturn Wednesday 6 May, landing at Gatwick at 09:35 on Thursday.", "2015-04-28", "Thursday",
     "2015-05-07", "DATE"),
    ("The minister returns on Wednesday 6 May and speaks in Leeds on Thursday.", "2015-04-28", "Thursday",
     "2015-04-30", "DATE"),
    # a listing's label with its hours heads the labels after it
    ("Hi Jo,\n\nMonday 9am to 5pm: planning workshop.\nTuesday morning: design review.\n", "2015-04-28",
     "Tuesday morning", "2015-05-05TMO", "TIME"),
    ("Tuesday morning: design review.\n", "2015-04-29", "Tuesday morning", "2015-04-28TMO", "TIME"),
    # an itinerary's times
    ("Take the shuttle departing 13:10 from gate 4.", "2015-04-28", "13:10", "2015-04-28T13:10", "TIME"),
    ("The ratio was 13:10 in the final count.", "2015-04-28", "13:10", None, None),
    # a zone after a hedged 24-hour time
    ("The link will drop at about 23:30 UTC for ten minutes.", "2023-05-17", "about 23:30 UTC",
     "2023-05-17T23:30", "TIME"),
    # a quarter a budget leans towards; a car model is no quarter
    ("Most of the budget is weighted towards Q4, the director says.", "2015-04-28", "Q4", "2014-Q4", "DATE"),
    ("He drove a Q4 towards the border.", "2015-04-28", "Q4", None, None),
    # a notice's fields tell of days to come
    ("What: Server move.\nWhen: Saturday 22:00 to 02:00.", "2013-06-13", "Saturday 22:00", "2013-06-15T22:00",
     "TIME"),
    ("Saturday 22:00 was the worst hour of the storm.", "2013-06-13", "Saturday 22:00", "2013-06-08T22:00", "TIME"),
    # the end of a range of clock times past midnight is on the next day, a day to come as well
    ("The outage will run Saturday 22:00–02:00 UTC.", "2013-06-13", "02:00 UTC", "2013-06-16T02:00", "TIME"),
    ("The crew will work from Saturday 22:00. The site reopens at 02:00.", "2013-06-13", "02:00",
     "2013-06-13T02:00", "TIME"),
    # "May" after "April and" is the next month, not the modal
    ("Rainfall in April and May was above the long-run average.", "2026-06-05", "April", "2026-04", "DATE"),
    ("Fares for April may rise again, the operator warns.", "2026-06-05", "April", "2027-04", "DATE"),
    # an agenda item's number opening the next line is no day of the month
    ("The board last met in September\n8. Any other business", "2018-03-15", "September", "2017-09", "DATE"),
    ("The board met on September\n8 to approve the budget.", "2018-03-15", "September\n8", "2017-09-08", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round78(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
