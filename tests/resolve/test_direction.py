"""Past or future for weekdays and year-less dates, from the clause's tense and cues (texts invented here)."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.resolve import resolve

WED = dt.date(2022, 2, 16)      # publication: Wednesday 16 February 2022

CASES = [
    # text, extent, expected value
    ("Protesters planned a march in the capital on Saturday.", "Saturday", "2022-02-19"),
    ("The vote was planned for Saturday.", "Saturday", "2022-02-19"),
    ("The rally planned for Saturday was canceled.", "Saturday", "2022-02-19"),
    ("The funeral is set for Saturday.", "Saturday", "2022-02-19"),
    ("The ruling is expected Tuesday.", "Tuesday", "2022-02-22"),
    ("She could return as soon as Tuesday, her lawyer said.", "Tuesday", "2022-02-22"),
    ("The minister is headed to Paris on Friday.", "Friday", "2022-02-18"),
    ("The minister heads to Paris on Friday.", "Friday", "2022-02-18"),
    ("The company plans to open the store Monday.", "Monday", "2022-02-21"),
    ("The two leaders are scheduled to meet Friday.", "Friday", "2022-02-18"),
    ("The board decided to admit the new members in early March.", "early March", "2022-03"),
    ("The ceremony would still be held on April 24.", "April 24", "2022-04-24"),
    ("The bank extended credit lines through January.", "January", "2022-01"),
    ("The bank will extend credit lines through January.", "January", "2023-01"),
    ("Credit lines are available through March.", "March", "2022-03"),
    # past stays past
    ("The minister headed Tuesday to Brussels.", "Tuesday", "2022-02-15"),
    ("The firm agreed Tuesday to sell the unit.", "Tuesday", "2022-02-15"),
    ("The unions agreed to the deal on Tuesday.", "Tuesday", "2022-02-15"),
    ("The bank agreed to buy the insurer on Tuesday.", "Tuesday", "2022-02-15"),
    ("The firm agreed to sell its mills in March.", "March", "2022-03"),
    ("The team went to the capital on Monday.", "Monday", "2022-02-14"),
    ("The planned rally took place on Saturday.", "Saturday", "2022-02-12"),
    # a year-less day far from publication without a cue: the past one, not one months ahead
    ("The index is near the record high set on Aug. 6.", "Aug. 6", "2021-08-06"),
    ("The summit on March 2 is in Geneva.", "March 2", "2022-03-02"),   # near: the coming one
]


@pytest.mark.parametrize("text,extent,value", CASES, ids=[c[0][:45] for c in CASES])
def test_direction(text, extent, value):
    got = [(t.text, t.value) for t in resolve(text, WED)]
    assert (extent, value) in got, got


@pytest.mark.parametrize("reference,value", [
    ("2022-03-01", "2021-02"),     # the month just ended would be "last month"
    ("2022-03-31", "2021-02"),
    ("2022-04-20", "2022-02"),
    ("2022-02-10", "2021-02"),     # the current month is never "last"
])
def test_last_month_name(reference, value):
    got = [t.value for t in resolve("The storm struck last February.", dt.date.fromisoformat(reference))]
    assert got == [value]


@pytest.mark.parametrize("reference,value", [
    ("2022-01-10", "2021-12"),     # "last December" in January: last year's December, just ended
    ("2022-02-10", "2021-12"),
    ("2021-12-10", "2020-12"),
])
def test_last_december(reference, value):
    got = [t.value for t in resolve("The plant closed last December.", dt.date.fromisoformat(reference))]
    assert got == [value]


def test_this_past_month_is_the_one_just_ended():
    got = [t.value for t in resolve("The storm struck this past February.", dt.date(2022, 3, 1))]
    assert got == ["2022-02"]
