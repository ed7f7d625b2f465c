"""General gaps found by the eighth blind evaluation (issue 3), pinned with invented sentences.

Each case: (text, publication date, phrase, expected value, expected type). A phrase expected to be
absent has value None. Every text here is invented for these tests.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.resolve import resolve

from .phrases import check_phrase

_RELEASE = ("Orchard Foods Reports Second Quarter Results\n\nOrchard Foods today reported results for the "
            "second quarter of fiscal 2015, which ended Dec. 27, 2014. Sales for the quarter rose 4 percent from "
            "the year-earlier quarter. \"Our stores carried this quarter,\" the chief executive said.")

CASES = [
    # -- a year set up as the scene ("Then came 1987.", "In 1987, ...", "1987 was ...") dates a year-less
    #    day after it in its paragraph, even in a story that also dates by publication --
    ("Last week the bakery sold its ten-thousandth loaf. Then came 1987. A flood reached the ovens on "
     "March 3 and ruined the flour.", "2014-05-20", "March 3", "1987-03-03", "DATE"),
    ("Last week the bakery sold its ten-thousandth loaf. Then came 1987. A flood reached the ovens on "
     "March 3 and ruined the flour. She spent the following year selling bread from a van.", "2014-05-20",
     "the following year", "1988", "DATE"),
    ("Last month the choir toured Ohio. In 1993, it lost its hall. The roof fell in on Nov. 2 after a storm.",
     "2014-05-20", "Nov. 2", "1993-11-02", "DATE"),
    ("Last month the choir toured Ohio. 1993 was the hard year. The roof fell in on Nov. 2 after a storm.",
     "2014-05-20", "Nov. 2", "1993-11-02", "DATE"),
    # ... but not in another paragraph, nor after a year that merely modifies a noun
    ("Last month the choir toured Ohio. Then came 1993.\n\nThe roof fell in on Nov. 2 after a storm.",
     "2014-05-20", "Nov. 2", "2013-11-02", "DATE"),
    ("Last month the choir said the 1993 tour was its best. The roof fell in on Nov. 2 after a storm.",
     "2014-05-20", "Nov. 2", "2013-11-02", "DATE"),
    # -- "the year before" a year written out in its own sentence is the year before that one --
    ("The library lent 41,000 books in 2021, up from 35,000 the year before.", "2022-01-12",
     "the year before", "2020", "DATE"),
    # ... while "a year ago" still counts from publication
    ("The library lent 41,000 books in 2019, against 35,000 a year ago.", "2022-01-12", "a year ago",
     "2021", "DATE"),
    # -- "a year earlier" after a day named in its sentence ("as of Sunday") compares with that day's year --
    ("Farmers had cut 40 percent of their hay as of Sunday, against 55 percent a year earlier. The price "
     "peaked in July 2019.", "2021-09-08", "a year earlier", "2020", "DATE"),
    ("The price peaked in July 2019. Farmers had cut 40 percent of their hay as of Sunday, against 55 "
     "percent a year earlier.", "2021-09-08", "a year earlier", "2020", "DATE"),
    # ... but a quarter named in the sentence stays the base ("the quarter ended Sept. 30")
    ("Net income for the quarter ended Sept. 30 rose to $4 million from $3 million a year earlier.",
     "2016-10-25", "a year earlier", "2015-Q3", "DATE"),
    # -- a past step back ("a day earlier") is not counted from a deadline still to come --
    ("A former clerk was sentenced Tuesday to two years in jail. She must surrender by Aug. 2. The council "
     "had met in private a day earlier to discuss the losses.", "1996-07-10", "a day earlier", "1996-07-08",
     "DATE"),
    # -- a futures contract month is the coming one, with the commodity between or after "futures for" --
    ("The March wheat contract lost 4 cents on Tuesday.", "2010-10-13", "March", "2011-03", "DATE"),
    ("The December corn contract slipped 2 cents.", "2010-10-13", "December", "2010-12", "DATE"),
    ("Feeder cattle futures for January fell sharply.", "2010-10-13", "January", "2011-01", "DATE"),
    ("Prices rose in March, the group reported.", "2010-10-13", "March", "2010-03", "DATE"),
    # -- a live blog: a clock time on a line of its own, or opening an entry, is the publication day --
    ("Storm live: updates\n\n4:10 p.m.\nPower is back for most of the east side. Crews will work until "
     "Thursday evening. The utility will post a map by Friday.\n\n2:35 p.m.\nThe mayor says schools stay "
     "shut.", "2017-03-14", "2:35 p.m.", "2017-03-14T14:35", "TIME"),
    ("Storm live: updates\n\n4:10 p.m. Power is back for most of the east side. Crews will work until "
     "Thursday evening. The utility will post a map by Friday.\n\n2:35 p.m. The mayor says schools stay "
     "shut.", "2017-03-14", "2:35 p.m.", "2017-03-14T14:35", "TIME"),
    # ... but one clock time opening a paragraph of a report is no stamp
    ("Crews will work until Thursday evening. The utility will post a map by Friday. Officials spoke.\n\n"
     "2:35 p.m. Tuesday was when the lines fell.", "2017-03-15", "2:35 p.m. Tuesday", "2017-03-14T14:35",
     "TIME"),
    # -- a month that is also a first name, before a surname --
    ("Library director April Moreno said the branch will reopen.", "2017-03-14", "April", None, None),
    ("Club treasurer May Hollis said dues would rise.", "2017-03-14", "May", None, None),
    # ... but a month after a preposition stays a month
    ("In June Congress passed the bill.", "2017-03-14", "June", "2016-06", "DATE"),
    # -- "by (more than) a quarter" is a share, not three months --
    ("The drought cut the harvest by more than a quarter.", "2017-03-14", "a quarter", None, None),
    ("The drought cut the harvest by more than a quarter.", "2017-03-14", "more than a quarter", None, None),
    ("The drought cut the harvest by a quarter.", "2017-03-14", "a quarter", None, None),
    # ... unless the "by" measures a delay
    ("The launch was pushed back by a quarter.", "2017-03-14", "a quarter", "P1Q", "DURATION"),
    # -- "weekly" classifying a figure, a report or a ticket is no recurrence --
    ("The agency's weekly crop progress report comes out Monday.", "2017-03-14", "weekly", None, None),
    ("Stocks posted their biggest weekly gain since June.", "2017-03-14", "weekly", None, None),
    ("A weekly pass costs $25.", "2017-03-14", "weekly", None, None),
    ("The governor answered questions in her weekly radio address.", "2017-03-14", "weekly", "P1W", "SET"),
    ("The committee meets weekly.", "2017-03-14", "weekly", "P1W", "SET"),
    # -- a length after "for" is a duration, even with "afterward" after it --
    ("Patients should rest for ten days afterward.", "2017-03-14", "ten days", "P10D", "DURATION"),
    ("The plant closed on May 2, 2016. Ten days afterward, it reopened.", "2017-03-14", "Ten days afterward",
     "2016-05-12", "DATE"),
    # -- "the past three fiscal years": one duration --
    ("Over the past three fiscal years the museum has cut its deficit.", "2017-03-14",
     "the past three fiscal years", "P3Y", "DURATION"),
    # -- a hedge before a set is part of it --
    ("Volunteers water the seedlings at least twice a week.", "2017-03-14", "at least twice a week", "P1W",
     "SET"),
    # -- "about the next ten years" after a verb: "about" is its preposition --
    ("Asked about the next ten years, the founder shrugged.", "2017-03-14", "the next ten years", "P10Y",
     "DURATION"),
    ("The road will be closed for about the next two years.", "2017-03-14", "about the next two years", "P2Y",
     "DURATION"),
    # -- a release that names its quarter by the fiscal year keeps that label --
    (_RELEASE, "2015-02-03", "Second Quarter", "2015-Q2", "DATE"),
    (_RELEASE, "2015-02-03", "the quarter", "2015-Q2", "DATE"),
    (_RELEASE, "2015-02-03", "the year-earlier quarter", "2014-Q2", "DATE"),
    (_RELEASE, "2015-02-03", "this quarter", "2015-Q2", "DATE"),
    # ... while without a fiscal label the quarter is the calendar one reported on
    ("Orchard Foods today reported results for the quarter ended June 30. Sales for the quarter rose 4 "
     "percent.", "2014-08-05", "the quarter", "2014-Q2", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES,
                         ids=[f"{i}:{c[2]}" for i, c in enumerate(CASES)])
def test_blind8_gap(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


def test_hedged_set_carries_its_mod():
    found = {t.text: t for t in resolve("Check the traps at least twice a day.", dt.date(2015, 7, 9))}
    assert found["at least twice a day"].mod == "EQUAL_OR_MORE"
