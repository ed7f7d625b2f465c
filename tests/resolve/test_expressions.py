"""Table-driven expectations: extents, values and false friends (texts written for these tests)."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.resolve import resolve

WED = dt.date(2022, 2, 16)

CASES = [
    # text, expected (extent, value) pairs in order
    ("The bridge closed on Tuesday.", [("Tuesday", "2022-02-15")]),
    ("Officials will reopen it on Sunday.", [("Sunday", "2022-02-20")]),
    ("The ministry said Wednesday it had finished.", [("Wednesday", "2022-02-16")]),
    ("He has lived there since 2014.", [("2014", "2014")]),
    ("It happened the last week of the season.", [("the last week", "2022-W06")]),
    ("The firm was founded two years ago.", [("two years ago", "2020")]),
    ("The war lasted three years.", [("three years", "P3Y")]),
    ("Prices doubled over the past three years.", [("the past three years", "P3Y")]),
    ("Profit fell in the third quarter of 1998.", [("the third quarter of 1998", "1998-Q3")]),
    ("Revenue for fiscal 1998's third quarter rose.", [("fiscal 1998's third quarter", "1998-Q3")]),
    ("The town grew in the 1990s.", [("the 1990s", "199")]),
    ("It boomed in the mid-1990s.", [("the mid-1990s", "199")]),
    ("The plant opens in early 2014.", [("early 2014", "2014")]),
    ("The park reopens this spring.", [("this spring", "2022-SP")]),
    ("Crowds gathered over the weekend.", [("the weekend", "2022-W06-WE")]),
    ("More rain is expected over the weekend.", [("the weekend", "2022-W07-WE")]),
    ("The vote is at 3 p.m.", [("3 p.m.", "2022-02-16T15:00")]),
    ("The market opens every Monday.", [("every Monday", "XXXX-WXX-1")]),
    ("Each year the river floods.", [("Each year", "P1Y")]),
    ("He is now retired.", [("now", "PRESENT_REF")]),
    ("The talks resumed on Feb. 14.", [("Feb. 14", "2022-02-14")]),
    ("It will end the day after tomorrow.", [("the day after tomorrow", "2022-02-18")]),
    ("The law was passed in March 2011, and that month prices fell.", [("March 2011", "2011-03"), ("that month", "2011-03")]),
    ("The storm hit on June 9, 2018. Two days later the river rose.", [("June 9, 2018", "2018-06-09"), ("Two days later", "2018-06-11")]),
    ("Sales rose 5% in the third quarter from a year earlier.", [("the third quarter", "2021-Q3"), ("a year earlier", "2020-Q3")]),
    ("The deal was signed last April.", [("last April", "2021-04")]),
    ("The meeting is next week.", [("next week", "2022-W08")]),
    # "start"/"end" as verbs are not positions: the day must survive ("end March 3" is not a month)
    ("The talks end March 3 in Geneva.", [("March 3", "2022-03-03")]),
    ("Work will start March 21.", [("March 21", "2022-03-21")]),
    ("Repairs start next week.", [("next week", "2022-W08")]),
    ("Profits were counted at end-March.", [("end-March", "2021-03")]),   # past tense: the March before
    ("A ruling is due at the end of next month.", [("the end of next month", "2022-03")]),
    ("He was a student in nineteen ninety-six.", [("nineteen ninety-six", "1996")]),
    ("The talks are set to resume Monday.", [("Monday", "2022-02-21")]),
    ("He could arrive as early as Friday.", [("Friday", "2022-02-18")]),
    ("The offer expires at 5 p.m. Friday.", [("5 p.m. Friday", "2022-02-18T17:00")]),
    ("The plant closed in December, the company said.", [("December", "2021-12")]),
    ("Results for Q3 2021 beat forecasts.", [("Q3 2021", "2021-Q3")]),
    ("Sales rose in the third quarter, compared with a loss last year.", [("the third quarter", "2021-Q3"), ("last year", "2020-Q3")]),
    ("The company was founded a decade ago.", [("a decade ago", "2012")]),
    ("Prices rose 3% a year.", [("a year", "P1Y")]),
    # weekday direction from the clause (publication: Wednesday 2022-02-16)
    ("The team planned to leave on Thursday for the capital.", [("Thursday", "2022-02-17")]),
    ("Protesters plan a rally on Saturday.", [("Saturday", "2022-02-19")]),
    ("On Friday, the government planned to pay the families.", [("Friday", "2022-02-11")]),
    ("He could not be located Tuesday.", [("Tuesday", "2022-02-15")]),
    ("Investors were likely to buy as soon as trading opened Monday.", [("Monday", "2022-02-21")]),
    ("He will fly home (probably Thursday), she said.", [("Thursday", "2022-02-17")]),
    ("The offer had been due to expire Friday.", [("Friday", "2022-02-11")]),
    ("The two leaders meet separately Monday with the envoy.", [("Monday", "2022-02-21")]),
    ("Bombs exploded next to the embassies on Friday.", [("Friday", "2022-02-11")]),
    ("The split would be paid on a still unspecified date in January.", [("January", "2023-01")]),
    # parts of the day: "night"/"morning" give the day, "evening"/"afternoon" keep the part
    ("Crowds rallied Sunday night in the square.", [("Sunday night", "2022-02-13TNI")]),
    ("The vote was held Monday evening.", [("Monday evening", "2022-02-14TEV")]),
    # a day of a month named just before
    ("He was killed last October. His name was removed that same day.",
     [("last October", "2021-10"), ("that same day", "2021-10-XX")]),
    # fractions of units in the next smaller unit
    ("She spent 5 1/2 hours there.", [("5 1/2 hours", "PT5H30M")]),
    ("The call lasted a minute and a half.", [("a minute and a half", "PT1M30S")]),
    ("The siege lasted two and a half years.", [("two and a half years", "P2Y6M")]),
    ("Tension has grown in recent weeks.", [("recent weeks", "PXW")]),
    ("Crime has fallen in recent years.", [("recent years", "PAST_REF")]),
    ("Today's vote was close.", [("Today", "2022-02-16")]),
    ("``Today, I'm here to tell you,'' he said.", [("Today", "2022-02-16")]),
    ("The town will one day be a city.", [("one day", "FUTURE_REF")]),
    ("It is the future of our town, and it will change in the future.", [("the future", "FUTURE_REF")]),
    ("He was shot last Oct. 23 at home.", [("last Oct. 23", "2021-10-23")]),
    ("A hearing is set for the week of March 6.", [("the week of March 6", "2022-W09")]),
    ("He will leave at 4 in the morning.", [("4 in the morning", "2022-02-16T04:00")]),
    ("The stock is to resume trading in Paris Tuesday.", [("Tuesday", "2022-02-22")]),
    # in an earnings report the quarter being reported on stays in focus over an aside
    ("Profit rose in the fourth quarter. After a flat third quarter, sales grew. The quarter-to-quarter "
     "comparison gained from charges in the year-earlier period.",
     [("the fourth quarter", "2021-Q4"), ("third quarter", "2021-Q3"), ("the year-earlier period", "2020-Q4")]),
]

FALSE_FRIENDS = [
    "We may see a change, and we will march on.",
    "The ticket costs $12 and 14,000 people came.",
    "The home team won 3-2 in overtime.",
    "Call 555-1234 or 1-800-555-0199 for details.",
    "Copyright 2023 Example Media Inc. All rights reserved.",
    "The sun rose over the mar, and the wed couple left.",
    "A 6-year-old boy and his 39-year-old father arrived.",
    "The country buys about three-quarters of its grain abroad.",
    "The Daily Planet reported the news.",
    "Life is hard for young people in today's world.",
    "The fare rose from $12.50 to 14.75, or 1,999 points.",
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_expression(text, expected):
    got = [(t.text, t.value) for t in resolve(text, WED)]
    assert got == expected


@pytest.mark.parametrize("text", FALSE_FRIENDS)
def test_false_friends_produce_nothing(text):
    assert [(t.text, t.value) for t in resolve(text, WED)] == []


def test_without_reference_deictic_values_stay_underspecified():
    tx = {t.text: t for t in resolve("On Tuesday, a week after March 3, 1998, and yesterday.", None)}
    assert tx["Tuesday"].value == "XXXX-WXX-2" and tx["Tuesday"].interval is None
    assert tx["yesterday"].value == "XXXX-XX-XX" and tx["yesterday"].interval is None
    assert tx["March 3, 1998"].value == "1998-03-03" and tx["March 3, 1998"].interval is not None


def test_provenance_is_kept():
    tx = resolve("Russia said on Tuesday it would leave.", WED)[0]
    assert tx.rule == "weekday" and tx.anchor == "publication"
    assert "2022-02-15" in tx.explanation and "Tuesday" in tx.explanation


@pytest.mark.parametrize("text", ["It is due on February 31, 2022.", "Filed 2021-02-29 by mistake.", "See Feb. 30."])
def test_impossible_days_are_not_dates(text):
    assert all("02-3" not in t.value and "02-29" not in t.value for t in resolve(text, WED))


def test_shifts_beyond_the_calendar_stay_unresolved_not_crash():
    # found by the property test: an "ago" past year 1 must not raise
    found = resolve("It began 10000 quarters ago and 99999 years ago.", WED)
    assert [(t.text, t.value) for t in found] == [("10000 quarters ago", "XXXX-XX-XX"),
                                                  ("99999 years ago", "XXXX-XX-XX")]
    assert all(t.interval is None for t in found)
