"""General gaps found by the tenth blind evaluation (issue 3), pinned with invented sentences.

Each case: (text, publication date, phrase, expected value, expected type). A phrase expected to be
absent has value None. Every text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

_ABDUCTION = ("A boy taken from his yard Sunday evening was found unharmed early Monday in a barn 30 miles away, "
              "ending a long search.\n\nPolice described the search Tuesday:\n\nThe boy was riding his bike at "
              "about 5:10 p.m. when a van stopped. His father called police at 5:30 p.m.\n\nBy 9 p.m., roads "
              "were closed. At midnight, 100 volunteers were still searching.")
_SERIES = ("The visitors won the opener on Saturday, May 3. The hosts tied the series two days later with an "
           "overtime win that ended at 12:40 a.m., when a defender scored.")

CASES = [
    # -- a past verb governing "by"/"until" is no deadline --
    ("Orders picked up slowly at first: there were twelve by the end of January.", "2026-03-20",
     "the end of January", "2026-01", "DATE"),
    ("The council debated until 10 p.m. Monday and will meet again today.", "2017-02-28",
     "10 p.m. Monday", "2017-02-27T22:00", "TIME"),
    ("Lawmakers met until 2 a.m. Monday.", "2017-02-28", "2 a.m. Monday", "2017-02-27T02:00", "TIME"),
    ("\"We were close, but by Thursday night we were no closer,\" the mediator said.", "2003-05-23",
     "Thursday night", "2003-05-22TNI", "TIME"),
    # ... while a verb that puts something off, a passive or an expectation keeps the deadline ahead
    ("The Senate adjourned until Monday.", "2017-02-28", "Monday", "2017-03-06", "DATE"),
    ("The vote was delayed until Friday.", "2017-02-28", "Friday", "2017-03-03", "DATE"),
    ("The carrier said it expected to be fully running by Thursday.", "2023-12-27", "Thursday",
     "2023-12-28", "DATE"),
    # -- cues of the future --
    ("A judge has asked both parties to return to court Wednesday morning.", "2008-07-07",
     "Wednesday morning", "2008-07-09TMO", "TIME"),
    ("Health officials told residents Monday to keep boiling water through the weekend.", "1999-04-13",
     "the weekend", "1999-W15-WE", "DATE"),
    ("Prices rose, and growers said a frost lasting into October could ruin the crop.", "2008-07-07",
     "October", "2008-10", "DATE"),
    ("Barley sown last month needs a good soaking before mid-December, agronomists say.", "1989-10-05",
     "mid-December", "1989-12", "DATE"),
    # ... and of the past: "going" without "to" is no future
    ("Volunteers, who began going house to house Sunday, have reached 300 homes.", "1999-04-14", "Sunday",
     "1999-04-11", "DATE"),
    # -- clock times on the story's day named in the lead, told after "gave this account <day>:" --
    (_ABDUCTION, "2006-08-15", "about 5:10 p.m.", "2006-08-13T17:10", "TIME"),
    (_ABDUCTION, "2006-08-15", "5:30 p.m.", "2006-08-13T17:30", "TIME"),
    (_ABDUCTION, "2006-08-15", "midnight", "2006-08-13T24:00", "TIME"),
    # -- an event that ended after midnight: the small hours of the next day --
    (_SERIES, "2014-05-13", "12:40 a.m.", "2014-05-06T00:40", "TIME"),
    ("The gala was held on Friday. It ended at 1:30 a.m.", "2014-05-13", "1:30 a.m.", "2014-05-10T01:30",
     "TIME"),
    ("Fighting broke out early Monday and ended at 1 a.m.", "2014-05-13", "1 a.m.", "2014-05-12T01:00", "TIME"),
    # -- a year as the time adverbial, then a when-clause or an apposition telling what happened in it --
    ("The union will vote on Monday. It last struck in 1986, a walkout that lasted five weeks and ended "
     "two days before Thanksgiving.", "1994-03-31", "Thanksgiving", "1986-11-27", "DATE"),
    ("Leaders expect to adjourn in late April, about where they finished in 2015, when the session ended "
     "April 28.", "2017-02-28", "April 28", "2015-04-28", "DATE"),
    ("Last year, Congress adopted no plan. A standoff last dragged on this long in 1995, when a fight "
     "closed the government for 21 days starting in mid-December.", "2003-05-22", "mid-December", "1995-12",
     "DATE"),
    # ... but not a change still to come
    ("Prices fell in 2015, when exports slumped. Rates will rise starting in June.", "2017-02-28", "June",
     "2017-06", "DATE"),
    # -- "from" compares only an amount: a source is no comparison base for "last year" --
    ("The bank was fined last October. The firm repaid members from its reserve fund and merged with a "
     "rival last year.", "2021-09-24", "last year", "2020", "DATE"),
    ("Sales in the third quarter rose to $5 million from $3 million last year.", "1989-11-02", "last year",
     "1988-Q3", "DATE"),
    # -- "the <weekday> before" at a clause's end: a week before the day just named --
    ("Volunteers handed out meals last Sunday and the Sunday before, the charity said.", "2026-03-20",
     "the Sunday before", "2026-03-08", "DATE"),
    ("Canvassers met voters the Sunday before the election.", "2026-03-20", "the Sunday before", None, None),
    # -- a position before "last <weekday>" is part of it --
    ("The levee gave way late last Friday.", "2022-02-16", "late last Friday", "2022-02-11", "DATE"),
    # -- no false friends: a season opening a name, a holiday inside a hyphenated adjective --
    ("Crews will repave the bridge in the spring.", "1999-04-14", "the spring", "1999-SP", "DATE"),
    ("The malls were full before Easter.", "2011-05-28", "Easter", "2011-04-24", "DATE"),
    # -- durations: an adjective between the count and its unit; a year before a singular unit is a year --
    ("The session is limited to 45 legislative days.", "2017-02-28", "45 legislative days", "P45D", "DURATION"),
    ("The 2010 full year was weak for exporters.", "2017-02-28", "2010 full year", None, None),
    ("The 2010 full year was weak for exporters.", "2017-02-28", "2010", "2010", "DATE"),
]


# Nothing tagged anywhere over these phrases.
NOT_TAGGED = [
    ("A week after the Autumn Creek flooded, crews cleared the roads.", "1999-04-14", "the Autumn Creek"),
    ("Shoppers lined up for the after-Christmas clearance sale.", "2011-12-28", "after-Christmas clearance"),
    ("The pre-Easter rush filled the malls.", "2011-03-28", "pre-Easter rush"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_blind10_gap(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text,reference,phrase", NOT_TAGGED)
def test_blind10_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
