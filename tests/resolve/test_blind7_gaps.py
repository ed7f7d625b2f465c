"""General gaps found by the seventh blind evaluation (issue 3), pinned with invented sentences.

Each case: (text, publication date, phrase, expected value, expected type). A phrase expected to be
absent has value None. Every text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from timeline.resolve import resolve

from .phrases import check_phrase

CASES = [
    # -- a wire time in a zone restating a local time in parentheses is a TIME of its own --
    ("The tremor hit at 3:05 a.m. (0805 GMT), waking the valley.", "2003-02-11", "0805 GMT",
     "2003-02-11T08:05", "TIME"),
    ("The talks opened on March 4, 2009 at 10:20 a.m. local time (0720 GMT), after a delay.", "2009-03-06",
     "0720 GMT", "2009-03-04T07:20", "TIME"),
    # ... but not where it splits the local time from its day
    ("The ferry sank at 6:15 a.m. (1115 GMT) Sunday near the cape.", "2003-02-11", "1115 GMT", None, None),
    # -- "every weekday": the working days, a SET --
    ("Buses will run every 20 minutes every weekday from May.", "2015-03-02", "every weekday",
     "XXXX-WXX-WD", "SET"),
    # -- "N days a week": one SET, not a duration and a rate --
    ("The library will open six days a week once the roof is fixed.", "2015-03-02", "six days a week",
     "P1W", "SET"),
    ("The volunteers cook three nights a week.", "2015-03-02", "three nights a week", "P1W", "SET"),
    ("The volunteers cook three nights a week.", "2015-03-02", "three nights", None, None),
    # -- a rate after an amount with a compound unit --
    ("Growers who draw more than 300 acre-feet a year must report it.", "2020-06-10", "a year", "P1Y", "SET"),
    # -- "that night", "that same morning": a part of the day in focus --
    ("The levee broke on April 3, 1998. That night the water reached the mill.", "2008-04-03",
     "That night", "1998-04-03TNI", "TIME"),
    ("She flew into Lagos on June 9, 2012 and was detained that same morning.", "2014-01-20",
     "that same morning", "2012-06-09TMO", "TIME"),
    # -- "late afternoon", "early evening": a positioned part of the day in focus --
    ("Crews battled the blaze on Aug. 2, 2017 and had it contained by late afternoon.", "2019-01-01",
     "late afternoon", "2017-08-02TAF", "TIME"),
    # -- a future weekday's night sets the day of the times after it in its sentence --
    ("Forecasters give a 60 percent chance of clear skies for Friday night, with fog lifting by "
     "early evening.", "2019-05-14", "early evening", "2019-05-17TEV", "TIME"),
    # -- future cues: a time fixed by an arranging verb, a forecast's chance --
    ("Organisers set a new start time of 7:15 p.m. Saturday after the storm.", "2019-05-14",
     "7:15 p.m. Saturday", "2019-05-18T19:15", "TIME"),
    ("The agency picked a launch date of Friday for the satellite.", "2019-05-14", "Friday",
     "2019-05-17", "DATE"),
    ("Forecasters gave a 40 percent chance of snow for Thursday morning.", "2019-05-14",
     "Thursday morning", "2019-05-16TMO", "TIME"),
    # ... while an arrangement already in the past stays there
    ("The council had set a start date of Monday, but nobody came.", "2019-05-14", "Monday",
     "2019-05-13", "DATE"),
    # -- a possessive weekday with a present-tense schedule verb: this week's, still to come --
    ("Saturday's final starts at 3 p.m. in the new stadium.", "2019-05-14", "Saturday", "2019-05-18", "DATE"),
    # ... but not when the weekday has passed, nor with a copula that may look back
    ("Monday's final starts a new era for the club.", "2019-05-16", "Monday", "2019-05-13", "DATE"),
    ("Saturday's final is a blow to the league.", "2019-05-14", "Saturday", "2019-05-11", "DATE"),
    # -- "overnight" in a clause still to come is the coming night --
    ("Snow will start this evening and spread east overnight.", "2019-01-08", "overnight",
     "2019-01-08TNI", "TIME"),
    # ... and in a report the night just past
    ("Gunmen attacked a checkpoint overnight, officials said.", "2019-01-08", "overnight",
     "2019-01-07TNI", "TIME"),
    # -- a year-less date with its weekday takes the scene's year when the weekday agrees --
    ("The plant stopped hiring on March 2, 1982. Its last shift ended on Friday, April 9.", "1992-03-20",
     "Friday, April 9", "1982-04-09", "DATE"),
    # ... not when that year's day falls on another weekday
    ("The plant stopped hiring on March 2, 1982. Its last shift ended on Friday, April 10.", "1992-03-20",
     "Friday, April 10", "1992-04-10", "DATE"),
    # -- "N years ago this month/week," opening the story sets its year --
    ("Twenty years ago this month, the dam failed. The first warning came on Tuesday, June 3.", "2023-06-12",
     "Tuesday, June 3", "2003-06-03", "DATE"),
    ("Fifteen years ago this week, the strike began. Pickets closed the docks on May 14. That winter "
     "the union gave in.", "2001-05-16", "May 14", "1986-05-14", "DATE"),
    ("Fifteen years ago this week, the strike began. Pickets closed the docks on May 14. That winter "
     "the union gave in.", "2001-05-16", "That winter", "1986-WI", "DATE"),
    # ... but not in a future clause, nor without the fronted adverbial
    ("Twenty years ago this month, the dam failed. A memorial will open on June 20.", "2023-06-12",
     "June 20", "2023-06-20", "DATE"),
    ("The town recalled what happened ten years ago this month. Repairs ended on May 3.", "2023-06-12",
     "May 3", "2023-05-03", "DATE"),
    # -- "exactly" with a length: mod EQUAL, inside the extent --
    ("The museum reopened exactly two years after the flood.", "2019-05-14", "exactly two years",
     "P2Y", "DURATION"),
    # -- "over" after a verb of waiting: more than, inside the extent --
    ("\"I have been waiting over a month for a reply,\" she said.", "2019-05-14", "over a month",
     "P1M", "DURATION"),
    # -- "N minutes earlier/later than ...": the amount compared is a duration --
    ("The last bus will leave at 11:40 p.m., twenty minutes later than now.", "2019-05-14",
     "twenty minutes", "PT20M", "DURATION"),
    # ... while "N minutes later" after a clock time is still that time
    ("The alarm rang at 2:10 a.m. and the crews arrived six minutes later.", "2019-05-14",
     "six minutes later", "2019-05-14T02:16", "TIME"),
    # -- "last season" / "next season": the year a season of play starts --
    ("The keeper missed most of last season with a broken hand.", "2016-02-20", "last season", "2015", "DATE"),
    ("The keeper missed most of last season with a broken hand.", "2016-10-20", "last season", "2015", "DATE"),
    ("The forward hopes to be fit for next season.", "2016-02-20", "next season", "2016", "DATE"),
    ("The forward signed a deal that starts next season.", "2016-08-20", "next season", "2017", "DATE"),
    # ... not a final season
    ("It was the last season of the old show.", "2016-02-20", "last season", None, None),
    # -- "that December": the month of the year in focus --
    ("The two towns quarrelled over water in 1987, and a pact signed that October still holds.",
     "2016-02-20", "that October", "1987-10", "DATE"),
    # ... but not a month after the complementizer "that"
    ("Officials in 1987 said that October was the driest month.", "2016-02-20", "that October", None, None),
    # -- a plural season after "during"/"in": each such season --
    ("She taught for years and sailed during summers on the lake.", "2016-02-20", "summers", "XXXX-SU", "SET"),
    ("The dam has held through three winters.", "2016-02-20", "winters", None, None),
    # -- "the winters of 1962-63 and 1978-79": winters --
    ("Only the winters of 1962-63 and 1978-79 brought more snow.", "2016-02-20", "1978-79", "1978-WI", "DATE"),
    ("He coached the team in the 1978-79 season.", "2016-02-20", "1978-79", "1978", "DATE"),
    # -- a year-less date after a step counted on ("five months later") is past that step --
    ("The first fire was set on June 4, 2001. The second came four months later, and the third on "
     "May 12 at a barn.", "2002-06-01", "May 12", "2002-05-12", "DATE"),
    # ... while one before the step keeps the scene's year
    ("The first fire was set on June 4, 2001. The second came on Aug. 20 at a barn.", "2002-06-01",
     "Aug. 20", "2001-08-20", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES,
                         ids=[f"{i}:{c[2]}" for i, c in enumerate(CASES)])
def test_blind7_gap(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


def test_exactly_and_over_carry_their_mod():
    import datetime as dt
    found = {t.text: t for t in resolve("The museum reopened exactly two years after the flood, and the fans "
                                        "had been waiting over a month for tickets.", dt.date(2019, 5, 14))}
    assert found["exactly two years"].mod == "EQUAL"
    assert found["over a month"].mod == "MORE_THAN"


def test_days_a_week_carries_its_frequency():
    import datetime as dt
    found = {t.text: t for t in resolve("The library will open six days a week.", dt.date(2015, 3, 2))}
    assert found["six days a week"].freq == "6D"
