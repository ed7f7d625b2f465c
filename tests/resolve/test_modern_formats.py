"""Formats of 2010s-2020s web news, wire copy, press releases and blogs (texts invented for these tests).

Reference dates: Wednesday 2023-05-17 unless a case gives its own; the schedule-verb cases use
Tuesday 2025-03-04 (a "Monday" there is 2025-03-03 in the past, 2025-03-10 ahead).
"""
from __future__ import annotations

import datetime as dt
import re

import pytest

from timeline.resolve import resolve

WED = dt.date(2023, 5, 17)
TUE = dt.date(2025, 3, 4)

CASES = [
    # --- numeric dates: a field > 12 decides the order; ambiguous ones are month/day (US English) ---
    ("The report was filed on 2023/05/16 by the agency.", WED, [("2023/05/16", "2023-05-16")]),
    ("The deadline is 30.05.2023 for all applicants.", WED, [("30.05.2023", "2023-05-30")]),
    ("The contract was signed 16/02/2022 in Lagos.", WED, [("16/02/2022", "2022-02-16")]),
    ("The form is dated 02/16/2022 at the top.", WED, [("02/16/2022", "2022-02-16")]),
    ("The form is dated 5/6/2022 at the top.", WED, [("5/6/2022", "2022-05-06")]),   # ambiguous: US order
    ("Prices were checked on 5/16/23 again.", WED, [("5/16/23", "2023-05-16")]),
    ("The two sides met on 5/16 downtown.", WED, [("5/16", "2023-05-16")]),
    ("Ballots must arrive by 11/8, officials said.", WED, [("11/8", "2023-11-08")]),
    ("The notice was posted 16-05-2023 on the door.", WED, [("16-05-2023", "2023-05-16")]),
    # --- ISO forms ---
    ("Completion is planned in 2023-05 at the latest.", WED, [("2023-05", "2023-05")]),
    ("The update went live 2023-05-16T10:00Z worldwide.", WED, [("2023-05-16T10:00Z", "2023-05-16T10:00")]),
    ("Posted: 2023-05-16 10:00", WED, [("2023-05-16 10:00", "2023-05-16T10:00")]),
    ("Logged at 2022-11-03T18:45:12+01:00 by the server.", WED,
     [("2022-11-03T18:45:12+01:00", "2022-11-03T18:45")]),   # the clock time as written, not moved to UTC
    ("Updated 10:32 AM EDT, Tue May 16, 2023", WED, [("10:32 AM EDT, Tue May 16, 2023", "2023-05-16T10:32")]),
    # --- counted from now / a named day: one date, not a duration plus "now" ---
    ("Two weeks from now the law takes effect.", WED, [("Two weeks from now", "2023-W22")]),
    ("It will be built three years from now.", WED, [("three years from now", "2026")]),
    ("Results arrive two days from today.", WED, [("two days from today", "2023-05-19")]),
    ("The sale ends a week from Monday.", WED, [("a week from Monday", "2023-05-29")]),
    ("The offer expires a week from tomorrow.", WED, [("a week from tomorrow", "2023-05-25")]),
    # --- parts of a year ---
    ("Growth slows in the second half of the year.", WED, [("the second half of the year", "2023-H2")]),
    ("Growth slows in the first quarter of the year.", WED, [("the first quarter of the year", "2023-Q1")]),
    ("Hiring resumes in the second half of next year.", WED, [("the second half of next year", "2024-H2")]),
    ("Prices peaked in the latter half of last year.", WED, [("the latter half of last year", "2022-H2")]),
    ("Sales slowed in the latter half of 2022.", WED, [("the latter half of 2022", "2022-H2")]),
    ("Revenue in Q1 FY24 rose, after a weak FY23.", WED, [("Q1 FY24", "2024-Q1"), ("FY23", "2023")]),
    # --- middles of the current period (mod MID) ---
    ("By mid-century the coast will flood.", WED, [("mid-century", "20")]),
    ("The company expects a recovery by midyear.", WED, [("midyear", "2023")]),
    ("She collects mid-century modern chairs.", WED, []),
    # --- names of days and months in web formats ---
    ("The hearing moved to Feb 16 after a delay.", WED, [("Feb 16", "2023-02-16")]),
    ("The law passed on 16 Feb 2022.", WED, [("16 Feb 2022", "2022-02-16")]),
    # the weekday picks the year: 16 February 2022 was a Wednesday (2023's is a Thursday)
    ("The rally was on Wednesday 16 February.", WED, [("Wednesday 16 February", "2022-02-16")]),
    ("The shop reopens on Wed.", WED, [("Wed.", "2023-05-17")]),
    # --- clock times ---
    ("The briefing starts at 10am.", WED, [("10am", "2023-05-17T10:00")]),
    ("Doors open at 6.30pm, the organisers said.", WED, [("6.30pm", "2023-05-17T18:30")]),
    # a zone gloss in parentheses restates the local time in another zone: a TIME of its own (TimeML tags
    # both), except where it splits the local time from its day ("10:30 a.m. (0730 GMT) Tuesday")
    ("The strike began at 10:30 a.m. local time (0730 GMT).", WED,
     [("10:30 a.m.", "2023-05-17T10:30"), ("0730 GMT", "2023-05-17T07:30")]),
    ("The strike began at 10:30 a.m. (0730 GMT) Tuesday in the port.", WED,
     [("10:30 a.m.", "2023-05-16T10:30"), ("Tuesday", "2023-05-16")]),
    ("Trading halted at 1430 GMT on the exchange.", WED, [("1430 GMT", "2023-05-17T14:30")]),
    ("It happened at 15:30 local time.", WED, [("15:30 local time", "2023-05-17T15:30")]),
    ("The shooting happened around 2 a.m. Sunday.", WED, [("around 2 a.m. Sunday", "2023-05-14T02:00")]),
    # --- deictic and vague ---
    ("Storms hit the city last night.", WED, [("last night", "2023-05-16TNI")]),
    ("Rebels shelled the town overnight.", WED, [("overnight", "2023-05-16TNI")]),
    ("Tensions have grown in recent weeks.", WED, [("recent weeks", "PXW")]),
    ("The price rose earlier this month.", WED, [("earlier this month", "2023-05")]),
    ("The index fell over the past decade.", WED, [("the past decade", "P10Y")]),
    ("Officials met this past weekend.", WED, [("this past weekend", "2023-W19-WE")]),
    ("Prices have risen since the 2008 financial crisis.", WED, [("2008", "2008")]),
    ("The firm was founded a quarter century ago.", WED, [("a quarter century ago", "1998")]),
    ("The blast happened three hours ago.", WED, [("three hours ago", "PAST_REF")]),
    # --- ranges: the first end takes the year written after the second ---
    ("Sales fell from March to May 2021.", WED, [("March", "2021-03"), ("May 2021", "2021-05")]),
    ("The exhibition ran from 3 March to 5 May 2021.", WED, [("3 March", "2021-03-03"), ("5 May 2021", "2021-05-05")]),
    ("The program ran 2019-2021.", WED, [("2019", "2019"), ("2021", "2021")]),
    ("Output grew between 2010 and 2015.", WED, [("2010", "2010"), ("2015", "2015")]),
    ("Talks are set for the week of May 8.", WED, [("the week of May 8", "2023-W19")]),
    # --- datelines and wire clock times ---
    # A date-first stamp with its clock time is one point in time (one TIME), as the time-first one is.
    ("Posted: 16 May 2023, 10:00 BST", WED, [("16 May 2023, 10:00 BST", "2023-05-16T10:00")]),
    ("Last updated 16:05, 16 May 2023", WED, [("16:05, 16 May 2023", "2023-05-16T16:05")]),
    ("The match kicks off at 19:45 CET on Saturday.", WED, [("19:45 CET", "2023-05-20T19:45"), ("Saturday", "2023-05-20")]),
    ("The meeting runs from 9:00 to 17:00.", WED, [("9:00", "2023-05-17T09:00"), ("17:00", "2023-05-17T17:00")]),
    ("The vote is set for 06/13.", WED, [("06/13", "2023-06-13")]),
    ("The launch is slated for Q3.", WED, [("Q3", "2023-Q3")]),
    ("In 2023-05 sales rose, and in 2023-06 they fell.", WED, [("2023-05", "2023-05"), ("2023-06", "2023-06")]),
    # a clock time takes the day that follows it ("at 3 p.m. on Tuesday")
    ("Police arrived at 3 p.m. on Tuesday, May 16.", WED, [("3 p.m.", "2023-05-16T15:00"), ("Tuesday, May 16", "2023-05-16")]),
    ("The blast came at 10:35 a.m. (0735 GMT) Friday.", WED, [("10:35 a.m.", "2023-05-12T10:35"), ("Friday", "2023-05-12")]),
    ("The attack came just after midnight on Sunday.", WED, [("midnight", "2023-05-14T24:00"), ("Sunday", "2023-05-14")]),
    ("The offer closes at 5:00 p.m., New York City time, on June 14, 2023.", WED,
     [("5:00 p.m.", "2023-06-14T17:00"), ("June 14, 2023", "2023-06-14")]),
    ("Acme will host a call at 8:30 a.m. ET on Thursday, May 18, 2023.", WED,
     [("8:30 a.m. ET", "2023-05-18T08:30"), ("Thursday, May 18, 2023", "2023-05-18")]),
    ("He joined the firm in 05/2019 as an analyst.", WED, [("05/2019", "2019-05")]),
    ("Shipments are expected in late Q3 or early Q4.", WED, [("late Q3", "2023-Q3"), ("early Q4", "2023-Q4")]),
    # --- abbreviations, recurrences, positions ---
    ("The outage lasted 45 mins.", WED, [("45 mins", "PT45M")]),
    ("He was sentenced to 10 yrs in prison.", WED, [("10 yrs", "P10Y")]),
    ("The club meets every other Tuesday.", WED, [("every other Tuesday", "XXXX-WXX-2")]),
    ("The season kicks off later this summer.", WED, [("later this summer", "2023-SU")]),
    ("The war began on Feb. 24 last year.", WED, [("Feb. 24 last year", "2022-02-24")]),
    ("In the last week of April, sales rose.", WED, [("the last week of April", "2023-W17")]),
    ("In the first week of May, sales fell.", WED, [("the first week of May", "2023-W18")]),
    # "the day before" + an event or a holiday is not counted from the date named earlier: a week
    # before a holiday is counted from the holiday (the ISO week holding the middle of those 7 days)
    ("Prices rose on May 3, 2019. The week before Christmas is busy.", WED,
     [("May 3, 2019", "2019-05-03"), ("The week before Christmas", "2022-W51")]),
    ("Shares rose on May 3, 2019, after falling the day before.", WED,
     [("May 3, 2019", "2019-05-03"), ("the day before", "2019-05-02")]),
    # --- present-tense schedule verbs look ahead; reporting verbs and past tense do not ---
    ("Talks start Monday.", TUE, [("Monday", "2025-03-10")]),
    ("The new rules take effect Saturday.", TUE, [("Saturday", "2025-03-08")]),
    ("Tickets go on sale Friday.", TUE, [("Friday", "2025-03-07")]),
    ("Lawmakers vote Thursday on the budget.", TUE, [("Thursday", "2025-03-06")]),
    ("The museum reopens Friday after repairs.", TUE, [("Friday", "2025-03-07")]),
    ("Polls close at 8 p.m. Sunday in the capital.", TUE, [("8 p.m. Sunday", "2025-03-09T20:00")]),
    ("The minister says talks resume Friday.", TUE, [("Friday", "2025-03-07")]),
    ("The exhibition opens in April.", TUE, [("April", "2025-04")]),
    ("The ban comes into effect Monday.", TUE, [("Monday", "2025-03-10")]),
    ("Voters head to the polls Sunday.", TUE, [("Sunday", "2025-03-09")]),
    ("Parliament reconvenes Monday.", TUE, [("Monday", "2025-03-10")]),
    ("The court hears the case Thursday.", TUE, [("Thursday", "2025-03-06")]),
    ("The president addressed the nation Friday.", TUE, [("Friday", "2025-02-28")]),
    ("The company says sales fell Monday.", TUE, [("Monday", "2025-03-03")]),
    ("The minister says Monday was a turning point.", TUE, [("Monday", "2025-03-03")]),
    ("The minister said Monday that talks failed.", TUE, [("Monday", "2025-03-03")]),
    ("Talks started Monday.", TUE, [("Monday", "2025-03-03")]),
    ("Talks did not start Monday as planned.", TUE, [("Monday", "2025-03-03")]),
    ("He failed to vote Monday.", TUE, [("Monday", "2025-03-03")]),
    ("The vote Thursday was close.", TUE, [("Thursday", "2025-02-27")]),
    ("At the close Monday, the index was flat.", TUE, [("Monday", "2025-03-03")]),
]

# Numbers with slashes, dots and hyphens that are no dates.
FALSE_FRIENDS = [
    "The store is open 24/7 now that demand is back.",
    "A 50/50 split was agreed.",
    "Two-thirds of voters, or 2/3, agreed.",
    "The 9/11 attacks changed air travel.",
    "He read John 3:16 aloud.",
    "The server at 10.12.20.5 was down.",
    "He scored 3/4 from the line.",
    "She won the 2020-2022 title.",
    "Costs were cut by 1/3 in the plan.",
    "Spending on 3/4 of the projects stopped.",
    "Version 1.5.2023 of the app shipped.",
    "Call 2023-555-0199 for tickets.",
    "Her time was 2:05:31 in the race.",
    "The ISO 9001:2015 standard applies.",
    "She drives an Audi Q3 to work.",
]


@pytest.mark.parametrize("text,reference,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_modern_format(text, reference, expected):
    got = [(t.text, t.value) for t in resolve(text, reference)]
    assert got == expected


@pytest.mark.parametrize("text", FALSE_FRIENDS)
def test_numbers_that_are_no_dates(text):
    got = [(t.text, t.value) for t in resolve(text, WED)]
    # at most a plain year ("2020" of "2020-2022"); nothing built from digits joined by / : . or -
    # ("2021-22" is a span of years: tests/resolve/test_held_out_gaps.py)
    assert [t for t, _ in got if re.search(r"\d[/:.\-]\d", t)] == [], got
    assert all(re.fullmatch(r"\d{4}|PRESENT_REF", v) for _, v in got), got


def test_mid_century_carries_mod_mid():
    tx = resolve("By mid-century the coast will flood.", WED)[0]
    assert (tx.value, tx.mod, tx.granularity) == ("20", "MID", "century")


def test_iso_time_keeps_clock_and_granularity():
    tx = resolve("The update went live 2023-05-16T10:00Z worldwide.", WED)[0]
    assert tx.type == "TIME" and tx.value == "2023-05-16T10:00" and tx.interval.start == dt.date(2023, 5, 16)


def test_shifted_day_keeps_provenance():
    tx = resolve("The sale ends a week from Monday.", WED)[0]
    assert tx.rule == "from_named_day" and tx.anchor == "publication"
    assert "2023-05-22" in tx.explanation and "2023-05-29" in tx.explanation
