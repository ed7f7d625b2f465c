"""Round 125 (from the errors of blind142, labour disputes and strikes, and blind135, religious and cultural
calendars). "over the next month", "over the next week": a stretch ahead, a DURATION as "over the next year" is
(not "the next week or so"). "The unions plan a march on Saturday": after a plural subject "plan" with its
object is the verb, the day ahead (not "approved the plan a day later"). "have called for a day of prayer on
Saturday": an observance called for is still to come, and "a day" there is no length (not "after a day of
prayer"). Australia's time zones ("10am AEST") place a text there, which dates its King's Birthday weekend;
South Africa's Heritage Day (24 September), only in a text set there. "The strike entered its third week": the
week (or the day) of publication. "could be tabled on Thursday and passed by the weekend": the participle after
"and" shares the modal, the weekend ahead. "You can be rung at 2am": a generic "you", a time of no one day.
"should welcome the new year": the year to come. "the summer holiday": a break, not the season. "were advised to
check timetables from Monday": what is urged starts then, the Monday ahead. "the Ten Days of Repentance": a count in
capitals inside a sentence is a name, no length (a headline's capitals are not).

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # "over the next month/week": a stretch ahead
    ("The mayor asked both councils to keep negotiating over the next month.", "2019-05-14", "the next month",
     "P1M", "DURATION"),
    ("Engineers will inspect every bridge in the county over the next week.", "2019-05-14", "the next week",
     "P1W", "DURATION"),
    # hedged, or no "over": the week itself
    ("The school expects a decision over the next week or so.", "2019-05-14", "the next week", "2019-W21", "DATE"),
    ("The ferry was repaired in April and sailed again the next month.", "2019-05-14", "the next month",
     "2019-05", "DATE"),
    # a plural subject plans an event: the weekday ahead
    ("The farmers plan a convoy through the city centre on Saturday.", "2019-05-14", "Saturday", "2019-05-18",
     "DATE"),
    ("The nurses plan a vigil outside the hospital on Friday.", "2019-05-14", "Friday", "2019-05-17", "DATE"),
    # the noun "plan" with a length after it: the telling's past
    ("The board approved the plan a week later, on Friday.", "2019-05-14", "Friday", "2019-05-10", "DATE"),
    # an observance called for: still to come, and no length of a day
    ("Bishops have called for a day of mourning on Sunday across the province.", "2019-05-14", "Sunday",
     "2019-05-19", "DATE"),
    ("Bishops have called for a day of mourning on Sunday across the province.", "2019-05-14", "a day", None,
     None),
    ("After a day of mourning the villagers went back to the fields.", "2019-05-14", "a day", "P1D", "DURATION"),
    # Australia's time zones set the text there: its King's Birthday is the second Monday of June
    ("Ferry crews will walk off at 6am AEST on Thursday, the Australian union said. Overtime bans will cover the "
     "King's Birthday long weekend.", "2023-06-06", "the King's Birthday long weekend", "2023-W23-WE", "DATE"),
    # Heritage Day in South Africa
    ("South African unions want the dispute resolved before Heritage Day, a union official said.", "2015-09-02",
     "Heritage Day", "2015-09-24", "DATE"),
    # a provincial dateline sets the text in South Africa too
    ("RUSTENBURG - Drillers at a chrome mine say they will not go back before Heritage Day.", "2015-09-02",
     "Heritage Day", "2015-09-24", "DATE"),
    # with no country keeping it: left alone
    ("The museum will open its doors free of charge on Heritage Day.", "2015-09-02", "Heritage Day", None, None),
    # the n-th week or day an ongoing event has entered: the week or the day of publication
    ("A walkout by hospital porters entered its fourth week, with no talks in sight.", "2019-05-14",
     "its fourth week", "2019-W20", "DATE"),
    ("The blockade of the refinery enters its sixth day today.", "2019-05-14", "its sixth day", "2019-05-14",
     "DATE"),
    # a story set in a year of its own: no such reading
    ("In 1987 the miners' stoppage entered its fourth week.", "2019-05-14", "its fourth week", None, None),
    # a participle after "and" shares the modal of the one before: still to come
    ("The budget could be debated on Thursday and approved by the weekend, an aide said.", "2019-05-14",
     "the weekend", "2019-W20-WE", "DATE"),
    # advised to do something from a weekday: it starts then, still to come
    ("Commuters were advised to allow extra time from Monday, the operator said.", "2019-05-15", "Monday",
     "2019-05-20", "DATE"),
    # "from" a weekday's event: no start of what is urged
    ("Police asked drivers to come forward with footage from Monday's collision.", "2019-05-15", "Monday",
     "2019-05-13", "DATE"),
    # a count in capitals inside a sentence names a period or an event
    ("Synagogues were full during the Ten Days of Awe that close with the fast.", "2019-10-02", "the Ten Days", None,
     None),
    ("Synagogues were full during the Ten Days of Awe that close with the fast.", "2019-10-02", "Days", None, None),
    # at a sentence's start, or in a headline: a length
    ("Ten Days after the flood, the road reopened.", "2019-10-02", "Ten Days", "P10D", "DURATION"),
    ("Dockers Return To Work After Ten Days On Strike", "2019-10-02", "Ten Days", "P10D", "DURATION"),
    # a generic "you" told what may befall anyone: the time of no one day, and what is counted from it too
    ("\"You can be woken at 3am and expected at the depot an hour later,\" one driver said.", "2019-05-14",
     "3am", "XXXX-XX-XXT03:00", "TIME"),
    # a day named with it: that day's time
    ("The depot said you could be called at 6am on Friday.", "2019-05-14", "6am", "2019-05-17T06:00", "TIME"),
    # the new year greeted: the year to come
    ("Imams urged families to welcome the new year with prayer rather than parties.", "2019-12-04",
     "the new year", "2020", "DATE"),
    ("Families welcomed the new year with fireworks on the pier.", "2020-01-02", "the new year", None, None),
    # a break named by its season is no season
    ("Most factories close for the summer holiday in the first week of August.", "2019-07-10", "the summer",
     None, None),
    ("Most factories close for two weeks in the summer.", "2019-07-10", "the summer", "2019-SU", "DATE"),
    # with a past verb: the weekend gone
    ("The budget was debated early and approved by the weekend.", "2019-05-14", "the weekend", "2019-W19-WE",
     "DATE"),
]


@pytest.mark.parametrize("text,dct,phrase,value,typ", CASES)
def test_round125(text, dct, phrase, value, typ):
    check_phrase(text, dct, phrase, value, typ)
