"""Anchoring gaps found by the fourteenth to seventeenth blind evaluations (issue 3), pinned with invented
sentences.

Each case: (text, publication date, phrase, expected value, expected type). Every text here is invented
for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

# A forecast's day labels, published on a Friday: each label runs on from the one before it.
_FORECAST = ("Weather for the valley\n\nTonight: Rain turning to sleet. Low 30.\n\nSaturday: Sleet, then "
             "snow through the afternoon.\n\nSaturday night: Clearing. Low 12.\n\nSunday: Sunny and cold.\n\n"
             "Sunday night and Monday: Calm. Lows Monday morning near zero. Banks are closed Monday for the "
             "holiday.")
# A week's calendar published on a Wednesday: headings alone on their lines.
_CALENDAR = ("County court this week\n\nMONDAY\n\nA judge set a trial date in a fraud case.\n\nTUESDAY\n\n"
             "A lawsuit over a fence was dismissed.\n\nTODAY\n\nA bail hearing, 10 a.m.\n\nTHURSDAY\n\nJury "
             "selection begins in a malpractice suit.\n\nFRIDAY\n\nNo trials. The small claims docket, heard "
             "every Friday, opens at 2:15 p.m.")
# A fixtures list in a Monday's roundup.
_FIXTURES = "Results were poor at the weekend.\n\nFIXTURES\n\nWednesday (7pm): Alder v Birch; Cedar v Dunmore."
_LAUNCH = ("HARBIN, Jan. 13 (Xinhua) -- A research rocket lifted off from the Northern Launch Center at 6:05 "
           "a.m. on Wednesday, the agency said.")
_RELEASE = "A spokeswoman said the ministry would release revised export figures Thursday."
_CLOSED = "All libraries are closed today and Tuesday because of the storm."
_DEADLINE = "\"If the board hasn't decided by Friday, we will sue,\" the union said."
_FESTIVAL = ("The fair opens Friday. Sunday is the quietest day, with a parade in the morning. There is a "
             "chance of hail Saturday evening.")
_BRINGS = "Thursday morning brings the monthly trade report."
# A wire dateline a day before publication: "this year" and the weekdays count from the dateline's day.
_DATELINE = ("LANZHOU, Dec. 31 (Xinhua) -- A new bridge over the river opened Tuesday, and the province "
             "built 300 km of roads this year, officials said.")
# A live blog through election night: the stamps run past midnight; an untagged hour among evening stamps.
_BLOG = ("Results night in Carver County\n\n8:40 p.m.: The first precinct reports.\n\n9:10 p.m.: The clerk "
         "says the next batch should come around 9:45.\n\n11:50 p.m.: We are signing off soon.\n\n"
         "Update, 1:15 a.m.: A late batch, released at 1:02 a.m., puts the mayor ahead.")
# An editor's note on the article itself.
_NOTE = ("The ferry will stop running on March 9. A week later, the terminal closes.\n\nEditor's note: This "
         "story was updated at 3:20 p.m. to add the ferry's schedule and at 6:05 p.m. to correct a date.")
_PAST_SAID = "The minister said Tuesday that the talks had failed."
_PAST_FELL = "Shares fell by 3 percent on Friday."

CASES = [
    # verbless day labels of a forecast: ahead of a Friday publication, each after the one before
    (_FORECAST, "2021-02-12", "Saturday", "2021-02-13", "DATE"),
    (_FORECAST, "2021-02-12", "the afternoon", "2021-02-13TAF", "TIME"),
    (_FORECAST, "2021-02-12", "Saturday night", "2021-02-13TNI", "TIME"),
    (_FORECAST, "2021-02-12", "Sunday", "2021-02-14", "DATE"),
    (_FORECAST, "2021-02-12", "Sunday night", "2021-02-14TNI", "TIME"),
    (_FORECAST, "2021-02-12", "Monday morning", "2021-02-15TMO", "TIME"),
    (_FORECAST, "2021-02-12", "Monday", "2021-02-15", "DATE"),
    # a week's headings: the first the nearest such day (before), the next ones run on past "TODAY"
    (_CALENDAR, "2016-04-13", "MONDAY", "2016-04-11", "DATE"),
    (_CALENDAR, "2016-04-13", "TUESDAY", "2016-04-12", "DATE"),
    (_CALENDAR, "2016-04-13", "THURSDAY", "2016-04-14", "DATE"),
    (_CALENDAR, "2016-04-13", "FRIDAY", "2016-04-15", "DATE"),
    (_CALENDAR, "2016-04-13", "2:15 p.m.", "2016-04-15T14:15", "TIME"),
    # a fixtures label with its kick-off time: the coming day
    (_FIXTURES, "1996-11-25", "Wednesday", "1996-11-27", "DATE"),
    # "Launch Center" is a noun, no schedule verb: the launch was the day before publication
    (_LAUNCH, "2021-01-14", "Wednesday", "2021-01-13", "DATE"),
    # an -ed word after a modal and its verb modifies a noun: reported future
    (_RELEASE, "1999-05-18", "Thursday", "1999-05-20", "DATE"),
    # a weekday named with "today": the day after it
    (_CLOSED, "2014-01-06", "Tuesday", "2014-01-07", "DATE"),
    # a deadline in a condition
    (_DEADLINE, "1994-10-12", "Friday", "1994-10-14", "DATE"),
    # a weekday as the subject of a present tense, a forecast's chance
    (_FESTIVAL, "2026-06-18", "Sunday", "2026-06-21", "DATE"),
    (_FESTIVAL, "2026-06-18", "the morning", "2026-06-21TMO", "TIME"),
    (_FESTIVAL, "2026-06-18", "Saturday evening", "2026-06-20TEV", "TIME"),
    (_BRINGS, "2024-09-30", "Thursday morning", "2024-10-03TMO", "TIME"),
    (_DATELINE, "2014-01-01", "this year", "2013", "DATE"),
    (_DATELINE, "2014-01-01", "Tuesday", "2013-12-31", "DATE"),
    (_DATELINE, "2014-01-04", "this year", "2014", "DATE"),      # four days back: no wire day
    (_BLOG, "2018-11-06", "9:45", "2018-11-06T21:45", "TIME"),
    (_BLOG, "2018-11-06", "11:50 p.m.", "2018-11-06T23:50", "TIME"),
    (_BLOG, "2018-11-06", "1:15 a.m.", "2018-11-07T01:15", "TIME"),
    (_BLOG, "2018-11-06", "1:02 a.m.", "2018-11-07T01:02", "TIME"),
    (_NOTE, "2026-03-03", "3:20 p.m.", "2026-03-03T15:20", "TIME"),
    (_NOTE, "2026-03-03", "6:05 p.m.", "2026-03-03T18:05", "TIME"),
    # still past
    (_PAST_SAID, "2024-09-30", "Tuesday", "2024-09-24", "DATE"),
    (_PAST_FELL, "2024-09-30", "Friday", "2024-09-27", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_blind14_17_anchoring(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
