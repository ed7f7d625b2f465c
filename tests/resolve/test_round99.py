"""Round 99 (from the errors of blind34, explainers, Q&A and "key dates" chronologies, and blind88, astronomy and
sky-watching columns): a chronology set out one item a line, each line opening with its date and a colon,
leaves the year out once the list has one (a bare season may label an item, "Summer: ..."; "until June" in an item's line bounds what follows its day): a year-less item runs on from the year-less item before it, not to
the occurrence nearest publication (after an item with its year written, or in a list going back in time,
there is no chain); a phrase does not run from one line into the label of the next ("6 p.m.\\nAug. 1:"); an
event going on "until 2 am" runs into the next morning; a habit's clock time after a later item of a list is
no longer under the earlier item's day; "current" before a contract, a series or a cycle is no time;
the weekend a plan told in the past aims at is still to come; "could ... as early as Tuesday" looks ahead; a
sky body's timetable in the present ("the Sun crosses the equator on Sunday") is of days to come; a holiday
each country dates its own way, after a date written as its label ("Oct. 14: Thanksgiving"), is the country's
whose day that is; a timetable told in the present ("the window opens at 9:32 a.m.") is of the day still to
come named before, not of a day gone by named in passing; "move the deadline six weeks earlier" tells the
amount moved, a length.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

_REVIEW = ("The town's year, month by month.\n\n"
           "February: The mill's new owners took over the site.\n\n"
           "May: Flooding closes the lower road for a week.\n\n"
           "August 9: The old footbridge reopens after repairs.\n\n"
           "Late November: Councillors approve a parking scheme.")

_AHEAD = ("What comes next\n"
          "Feb. 20: The committee hears objections.\n"
          "Spring: A second consultation\n"
          "October: Building work starts")

CASES = [
    # a year in review: the items run on from the one before, in the year of the first
    (_REVIEW, "2011-12-29", "May", "2011-05", "DATE"),
    (_REVIEW, "2011-12-29", "August 9", "2011-08-09", "DATE"),
    # a list ahead wraps into the next year after a season
    ("Timeline\nSept. 14: Bids open.\nThis fall: Contract signing\nJanuary: Groundbreaking ceremony", "2018-06-20",
     "January", "2019-01", "DATE"),
    # counter: a list going back in time is no chain
    ("Most recent first\nOct. 2: The mayor resigns.\nSept. 20: The audit is published.\nAug. 5: Questions are "
     "raised.", "2013-10-04", "Aug. 5", "2013-08-05", "DATE"),
    ("Most recent first\nOct. 2: The mayor resigns.\nSept. 20: The audit is published.\nAug. 5: Questions are "
     "raised.", "2013-10-04", "Sept. 20", "2013-09-20", "DATE"),
    # a bare season labelling a chronology's item
    ("The year on the waterfront\n\nApril 3: The ferry pier opened.\n\nSpring: Two cafes open on the quay.",
     "2009-12-28", "Spring", "2009-SP", "DATE"),
    # counter: a place named by a season is no label
    ("Places to watch\n\nWinter Park: The new library opens.", "2009-12-28", "Winter", None, None),
    # a month bounding what follows an item's day, in the item's line
    ("The year in review\n\nMay 14: A storm floods the harbour road, which stays shut until August.\n\n"
     "Oct. 2: The road reopens.", "2008-12-30", "August", "2008-08", "DATE"),
    # counter: outside a chronology, a month after "until" in the present looks ahead
    ("The harbour road stays shut until August, the council says.", "2008-12-30", "August", "2009-08", "DATE"),
    # a clock time ending a line is not joined to the next line's date label
    ("Coming up\nMay 3: Public meeting, 7 p.m.\nMay 10: Final vote", "2022-04-28", "May 10", "2022-05-10", "DATE"),
    ("Coming up\nMay 3: Public meeting, 7 p.m.\nMay 10: Final vote", "2022-04-28", "7 p.m.",
     "2022-05-03T19:00", "TIME"),
    # counter: a clock time and a date on one line stay one
    ("Bids are due by 5 p.m. Nov. 9 at the county office.", "1989-11-02", "5 p.m. Nov. 9", "1989-11-09T17:00",
     "TIME"),
    # an event running until the small hours runs into the next morning
    ("The club will host a viewing night from 9 pm on Friday, and volunteers plan to stay out until 3 am.",
     "2016-07-12", "3 am", "2016-07-16T03:00", "TIME"),
    ("Organisers said on Monday that the skies should clear by Saturday evening. Entry is free. The observatory "
     "will keep its dome open until 1 am.", "2016-07-12", "1 am", "2016-07-17T01:00", "TIME"),
    # counter: a range starting in the small hours stays on its day
    ("On Friday the road will be shut from 1 am until 4 am while crews work.", "2016-07-12", "4 am",
     "2016-07-15T04:00", "TIME"),
    # a habit's clock time after a later item of a list
    ("Schedule\nMarch 2: The hearing opens.\nApril: A ruling is expected.\nThe panel will meet three days a "
     "week, starting at 10 a.m., with Mondays kept for reading.", "2020-02-20", "10 a.m.", "XXXX-XX-XXT10:00",
     "TIME"),
    # counter: under its own label, that day's time
    ("Schedule\nMarch 2: The hearing opens at 10 a.m. in Room 4.", "2020-02-20", "10 a.m.", "2020-03-02T10:00",
     "TIME"),
    # "current" before a term in force is no time
    ("The club's current contract with the league expires in 2031.", "2024-05-02", "current", None, None),
    ("The Sun is near the peak of its current 11-year cycle.", "2024-05-02", "current", None, None),
    # counter: "the current government" stays
    ("The current government fell in a vote of no confidence.", "2022-02-16", "current", "PRESENT_REF", "DATE"),
    # a weekend a plan told in the past aims at
    ("The mayor said on Monday she hoped to sign the deal before the weekend.", "2019-05-07", "the weekend",
     "2019-W19-WE", "DATE"),
    # counter: a past report early in the week is of the weekend just gone
    ("Crowds packed the seafront over the weekend, the mayor said on Monday.", "2019-05-07", "the weekend",
     "2019-W18-WE", "DATE"),
    # the earliest a possibility may come
    ("Repairs are under way, and the speed limit could be lifted as early as Thursday.", "2014-03-08",
     "Thursday", "2014-03-13", "DATE"),
    # counter: what could have happened looks back
    ("Engineers said the damage could have been found as early as Thursday.", "2014-03-08", "Thursday",
     "2014-03-06", "DATE"),
    # a timetable in the present is of the day still to come, not of a day gone by named in passing
    ("The crew will try again on Saturday. The first attempt, last Saturday, was scrubbed in high winds. The "
     "launch window opens at 6:15 a.m. and lasts an hour.", "2019-04-09", "6:15 a.m.", "2019-04-13T06:15", "TIME"),
    # counter: told in the past, the day gone by
    ("The crew will try again on Saturday. The first attempt, last Saturday, was scrubbed in high winds. The "
     "launch window opened at 6:15 a.m. and lasted an hour.", "2019-04-09", "6:15 a.m.", "2019-04-06T06:15",
     "TIME"),
    # a deadline moved by an amount: the amount, a length
    ("The board wants to move the filing deadline three weeks earlier next year.", "2016-02-10", "three weeks",
     "P3W", "DURATION"),
    # counter: a time that long before another stays a day
    ("The deal was signed on May 20. Three weeks earlier, talks had collapsed.", "2016-06-10", "Three weeks earlier",
     "2016-04-29", "DATE"),
    # a holiday each country dates its own way, glossing the date written just before it
    ("Campaign calendar\nOct. 3: Nominations close.\nOct. 10: Thanksgiving. The parties pause campaigning for "
     "the holiday weekend.", "2022-09-20", "Thanksgiving", "2022-10-10", "DATE"),
    ("Campaign calendar\nOct. 3: Nominations close.\nOct. 10: Thanksgiving. The parties pause campaigning for "
     "the holiday weekend.", "2022-09-20", "the holiday weekend", "2022-W40-WE", "DATE"),
    # counter: with no date written before it, the US day
    ("Stores expect record crowds on Thanksgiving, analysts said.", "2022-09-20", "Thanksgiving",
     "2022-11-24", "DATE"),
    # a sky body's timetable in the present
    ("The Sun crosses the celestial equator at 21:30 GMT on Friday, and the nights start to shorten.",
     "2021-06-01", "Friday", "2021-06-04", "DATE"),
    # counter: "sets" in other news is no timetable
    ("The committee sets its rates on Friday, officials said.", "2021-06-01", "Friday", "2021-05-28", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round99(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
