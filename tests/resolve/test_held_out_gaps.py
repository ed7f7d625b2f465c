"""General behaviour for held-out news and narrative text (issue 3 gaps): tokenized dates, clock times
with a deictic day, nth weekday of a month, cross-year spans, headlines in the present tense, historical
expressions, days counted from a holiday. Every text is invented for these tests.

Reference dates: Wednesday 2022-02-16 unless a case gives its own (SAT: Saturday 2022-02-19).
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.resolve import resolve

WED = dt.date(2022, 2, 16)
SAT = dt.date(2022, 2, 19)

CASES = [
    # --- 1. tokenized text: a blank before the comma keeps the date whole ---
    ("The pact was signed February 24 , 1955 , in the capital .", WED, [("February 24 , 1955", "1955-02-24")]),
    ("The pact was signed Feb. 24 , 1955 , in the capital .", WED, [("Feb. 24 , 1955", "1955-02-24")]),
    ("The pact was signed 24 February , 1955 , in the capital .", WED, [("24 February , 1955", "1955-02-24")]),
    ("The pact was signed February 24, 1955, in the capital.", WED, [("February 24, 1955", "1955-02-24")]),
    ("The mill shut on Friday , March 4 , 1955 .", WED, [("Friday , March 4 , 1955", "1955-03-04")]),
    ("The mill shut in August , 1997 , after losses .", WED, [("August , 1997", "1997-08")]),
    # --- 2. a clock time with its deictic day is one TIME ---
    ("The show starts at 7:30 tonight.", WED, [("7:30 tonight", "2022-02-16T19:30")]),
    ("The show starts at 8 p.m. tonight.", WED, [("8 p.m. tonight", "2022-02-16T20:00")]),
    ("The show starts tonight at 9.", WED, [("tonight at 9", "2022-02-16T21:00")]),
    ("Voting ends tonight at 11:30 p.m. in the west.", WED, [("tonight at 11:30 p.m.", "2022-02-16T23:30")]),
    ("The doors open at 10 tonight.", WED, [("10 tonight", "2022-02-16T22:00")]),
    ("He spoke this morning at 10:15.", WED, [("this morning at 10:15", "2022-02-16T10:15")]),
    ("She called this afternoon at 3 to complain.", WED, [("this afternoon at 3", "2022-02-16T15:00")]),
    ("The plane lands at 6:45 this evening.", WED, [("6:45 this evening", "2022-02-16T18:45")]),
    ("Markets open at 10 a.m. tomorrow.", WED, [("10 a.m. tomorrow", "2022-02-17T10:00")]),
    ("The blast came at 9 p.m. yesterday.", WED, [("9 p.m. yesterday", "2022-02-15T21:00")]),
    ("The hearing resumes tomorrow at 9:30 a.m.", WED, [("tomorrow at 9:30 a.m.", "2022-02-17T09:30")]),
    ("Police were called yesterday at 4 p.m. to the house.", WED, [("yesterday at 4 p.m.", "2022-02-15T16:00")]),
    # a score is no clock time
    ("The striker scored 9 tonight and 4 last week.", WED, [("tonight", "2022-02-16TNI"), ("last week", "2022-W06")]),
    # --- 3. the nth weekday of a month ---
    ("The club meets on the first Monday of the month.", WED, [("the first Monday of the month", "2022-02-07")]),
    ("The fair opens on the last Friday of March.", WED, [("the last Friday of March", "2022-03-25")]),
    ("The fair opened on the last Friday of March.", WED, [("the last Friday of March", "2021-03-26")]),
    ("Voting is on the second Tuesday in November 2024.", WED, [("the second Tuesday in November 2024", "2024-11-12")]),
    ("The board meets on the third Thursday of next month.", WED, [("the third Thursday of next month", "2022-03-17")]),
    ("Sales rose in the first week of May.", WED, [("the first week of May", "2021-W18")]),
    ("The festival opens on the first weekend of June.", WED, [("the first weekend of June", "2022-W22-WE")]),
    ("The race was held on the last weekend in May 2019.", WED, [("the last weekend in May 2019", "2019-W21-WE")]),
    ("The fair opens in the second week of May.", WED, [("the second week of May", "2022-W19")]),
    ("Exports fell in the third week of March 2020.", WED, [("the third week of March 2020", "2020-W12")]),
    ("The fair opens in the first week of May.", WED, [("the first week of May", "2022-W18")]),
    # --- 4. spans across two years: the first year, the interval covering both ---
    ("He played in the 2019-20 season.", WED, [("2019-20", "2019")]),
    ("Spending in the 2019–20 fiscal year rose.", WED, [("the 2019–20 fiscal year", "2019")]),
    ("The budget for 2021/22 was cut.", WED, [("2021/22", "2021")]),
    ("Targets for fiscal 2021-22 were met.", WED, [("fiscal 2021-22", "2021")]),
    ("Ticket sales in the 2021/2022 season fell.", WED, [("2021/2022", "2021")]),
    ("She won the 2021-22 title.", WED, [("2021-22", "2021")]),
    ("It ran from 2019-2021 in the town.", WED, [("2019", "2019"), ("2021", "2021")]),
    ("The program ran 2019-2021.", WED, [("2019", "2019"), ("2021", "2021")]),
    ("In 2023-05 sales rose.", WED, [("2023-05", "2023-05")]),
    # --- 5. headlines in the present tense report the past; body text keeps schedule verbs ---
    ("Stocks close higher Friday\nShares rose on Friday as investors cheered.", SAT,
     [("Friday", "2022-02-18"), ("Friday", "2022-02-18")]),
    ("Ferry service resumes Monday after storm\n\nThe ferry ran again on Monday.", dt.date(2022, 2, 23),
     [("Monday", "2022-02-21"), ("Monday", "2022-02-21")]),
    ("Talks to resume Monday\n\nNegotiators will meet again on Monday.", SAT,
     [("Monday", "2022-02-21"), ("Monday", "2022-02-21")]),
    ("Leaders will meet Tuesday\n\nThe talks are in Vienna.", SAT, [("Tuesday", "2022-02-22")]),
    ("Talks start Monday, officials said.", SAT, [("Monday", "2022-02-21")]),
    ("City host the league leaders on Saturday.", WED, [("Saturday", "2022-02-19")]),
    ("The champions face the leaders on Saturday.", WED, [("Saturday", "2022-02-19")]),
    ("Rain spoiled the host city's parade on Saturday.", WED, [("Saturday", "2022-02-12")]),
    ("City news\nTalks start Monday, officials said.", SAT, [("Monday", "2022-02-21")]),
    # --- 7. historical and narrative expressions ---
    ("The army marched north in the spring of 1862.", WED, [("the spring of 1862", "1862-SP")]),
    ("By the end of 1943 the tide had turned.", WED, [("the end of 1943", "1943")]),
    ("The summer of 1944 was hot.", WED, [("The summer of 1944", "1944-SU")]),
    ("In 1862 the army rested. That autumn it marched north.", WED,
     [("1862", "1862"), ("That autumn", "1862-FA")]),
    ("In 1862 the army rested. The following spring it marched north.", WED,
     [("1862", "1862"), ("The following spring", "1863-SP")]),
    ("The siege ended in June 1943. The previous autumn had been wet.", WED,
     [("June 1943", "1943-06"), ("The previous autumn", "1942-FA")]),
    # a narrative (nothing anchored on publication) keeps the year it last wrote out
    ("The siege began on 2 May 1863 near the ford. Scouts arrived on 13 June, and the guns opened fire "
     "the next morning. That autumn the army withdrew, and it returned the following spring.", WED,
     [("2 May 1863", "1863-05-02"), ("13 June", "1863-06-13"), ("the next morning", "1863-06-14TMO"),
      ("That autumn", "1863-FA"), ("the following spring", "1864-SP")]),
    ("The mill opened in 1955. In June it hired forty workers.", WED, [("1955", "1955"), ("June", "1955-06")]),
    ("The regiment was raised in 1861. In the summer it marched south.", WED,
     [("1861", "1861"), ("the summer", "1861-SU")]),
    # news dates by publication: a year written earlier does not carry over
    ("Officials said on Tuesday that the plant, built in 1998, would reopen on March 3.", WED,
     [("Tuesday", "2022-02-15"), ("1998", "1998"), ("March 3", "2022-03-03")]),
    ("The law passed in 2021. It will take effect on March 3.", WED, [("2021", "2021"), ("March 3", "2022-03-03")]),
    ("The company, founded in 1998, said on March 3 that profits rose.", WED,
     [("1998", "1998"), ("March 3", "2022-03-03")]),
    ("The winter of 1941-42 was cruel.", WED, [("The winter of 1941-42", "1941-WI")]),
    ("The town grew in the late 1860s.", WED, [("the late 1860s", "186")]),
    ("The town grew in the mid-1950s.", WED, [("the mid-1950s", "195")]),
    ("He left early in 1917 for the front.", WED, [("early in 1917", "1917")]),
    ("Late in 1943 the factory closed.", WED, [("Late in 1943", "1943")]),
    ("The town was buried in AD 79.", WED, [("AD 79", "0079")]),
    ("The consul died in 44 BC.", WED, [("44 BC", "BC0044")]),
    ("The wall was built in 122 AD.", WED, [("122 AD", "0122")]),
    ("The temple dates from the 5th century BC.", WED, [("the 5th century BC", "BC04")]),
    # --- 8. days and weeks counted from a holiday ---
    ("Shops were busy the week before Christmas.", WED, [("the week before Christmas", "2021-W51")]),
    ("Stores opened the day after Thanksgiving.", WED, [("the day after Thanksgiving", "2021-11-26")]),
    ("The sale starts the day after Christmas.", WED, [("the day after Christmas", "2022-12-26")]),
]

# Numeric dates follow the order of the text: day/month when some date can only be read so.
NUMERIC_ORDER = [
    ("Results came on 16/02/2022. The dividend is paid on 08/04/2022.", [("16/02/2022", "2022-02-16"),
                                                                         ("08/04/2022", "2022-04-08")]),
    ("Filed 02/16/2022 and amended on 08/04/2022.", [("02/16/2022", "2022-02-16"), ("08/04/2022", "2022-08-04")]),
    ("The form was signed 08/04/2022 at noon.", [("08/04/2022", "2022-08-04"), ("noon", "2022-08-04T12:00")]),
    ("The call is on 23/02/2022 and the vote on 5/3.", [("23/02/2022", "2022-02-23"), ("5/3", "2022-03-05")]),
]

# A bare clock time: the day mentioned before, except a live-blog stamp or a time still to come.
CLOCK_DAYS = [
    ("Live: the count\nThe recount deadline is Nov. 12.\n9:15 p.m. — Counting has ended.", dt.date(2022, 11, 8),
     [("Nov. 12", "2022-11-12"), ("9:15 p.m.", "2022-11-08T21:15")]),
    ("Programme\nSaturday, March 5\n9 a.m. — Doors open\n10 a.m. — Keynote", WED,
     [("Saturday, March 5", "2022-03-05"), ("9 a.m.", "2022-03-05T09:00"), ("10 a.m.", "2022-03-05T10:00")]),
    ("The storm hit on Monday. The service will issue its next update at 5 p.m.", WED,
     [("Monday", "2022-02-14"), ("5 p.m.", "2022-02-16T17:00")]),
    ("On Monday the minister said he would leave at 5 p.m.", WED,
     [("Monday", "2022-02-14"), ("5 p.m.", "2022-02-14T17:00")]),
]


@pytest.mark.parametrize("text,expected", NUMERIC_ORDER, ids=[c[0][:40] for c in NUMERIC_ORDER])
def test_numeric_order_of_the_text(text, expected):
    assert [(t.text, t.value) for t in resolve(text, WED)] == expected


@pytest.mark.parametrize("text,reference,expected", CLOCK_DAYS, ids=[c[0][:40] for c in CLOCK_DAYS])
def test_day_of_a_bare_clock_time(text, reference, expected):
    assert [(t.text, t.value) for t in resolve(text, reference)] == expected


FALSE_FRIENDS = [
    "He placed an ad 79 times in the paper.",
    "The ad ran 44 times before the vote.",
    "She moved to BC in 1999.",
]


@pytest.mark.parametrize("text,reference,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_held_out_gap(text, reference, expected):
    got = [(t.text, t.value) for t in resolve(text, reference)]
    assert got == expected


@pytest.mark.parametrize("text", FALSE_FRIENDS)
def test_no_era_without_capitals(text):
    got = [(t.text, t.value) for t in resolve(text, WED)]
    assert all(v[:2] != "BC" and not v.startswith("00") for _, v in got), got


@pytest.mark.parametrize("text,start,end", [
    ("He played in the 2019-20 season.", "2019-01-01", "2020-12-31"),
    ("The budget for 2021/22 was cut.", "2021-01-01", "2022-12-31"),
    ("The winter of 1941-42 was cruel.", "1941-12-01", "1942-02-28"),
])
def test_span_interval_covers_both_years(text, start, end):
    tx = resolve(text, WED)[0]
    assert tx.interval is not None, tx
    assert (tx.interval.start.isoformat(), tx.interval.end.isoformat()) == (start, end)


def test_before_christ_has_no_calendar_interval():
    tx = resolve("The consul died in 44 BC.", WED)[0]
    assert tx.value == "BC0044" and tx.interval is None


def test_clock_tonight_is_time_with_provenance():
    tx = resolve("The show starts at 7:30 tonight.", WED)[0]
    assert tx.type == "TIME" and tx.anchor == "publication" and "2022-02-16" in tx.explanation


def test_hard_wrapped_first_line_is_no_headline():
    # a long first line running on into the next is body text: the schedule verb still looks ahead
    text = "The two delegations from the northern provinces meet Monday to\ndiscuss the border dispute."
    assert len(text.split("\n")[0]) >= 55
    assert [(t.text, t.value) for t in resolve(text, SAT)] == [("Monday", "2022-02-21")]
    # the same line set apart by a blank line is a headline
    text = "The two delegations from the northern provinces meet Monday\n\nThey met in the capital."
    assert [(t.text, t.value) for t in resolve(text, SAT)] == [("Monday", "2022-02-14")]


def test_headline_only_at_the_top():
    # the same words as a body line (after a full sentence) keep the schedule reading
    text = "Markets were calm.\nStocks close higher Friday\nMore later."
    got = [(t.text, t.value) for t in resolve(text, SAT)]
    assert got == [("Friday", "2022-02-25")]
