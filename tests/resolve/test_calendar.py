"""Calendar arithmetic against pendulum, the project's reference for dates.

The resolver computes on plain `datetime` (pendulum's import costs ~20 ms per process and half of all
news articles would need it); these properties hold its arithmetic to pendulum's.
"""
from __future__ import annotations

import datetime as dt

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.resolve import calendar as cal

DATES = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2199, 12, 31))


def _p(d: dt.date) -> pendulum.Date:
    return pendulum.date(d.year, d.month, d.day)


@settings(max_examples=300, deadline=None)
@given(d=DATES, n=st.integers(min_value=-1200, max_value=1200))
def test_month_shifts_clamp_like_pendulum(d, n):
    assert cal.add_months(d, n) == _p(d).add(months=n)
    assert cal.shift("Q", d, n // 10) == _p(d).add(months=3 * (n // 10))
    assert cal.shift("Y", d, n // 12) == _p(d).add(years=n // 12)


@settings(max_examples=300, deadline=None)
@given(d=DATES)
def test_period_boundaries_match_pendulum(d):
    p = _p(d)
    assert cal.period_start("W", d) == p.start_of("week")
    assert cal.period_start("M", d) == p.start_of("month")
    assert cal.period_start("Y", d) == p.start_of("year")
    assert cal.period_start("DE", d) == p.start_of("decade")
    month, _ = cal.value_interval(cal.period_value("M", d))
    assert month.end == p.end_of("month")
    week, _ = cal.value_interval(cal.period_value("W", d))
    assert (week.start, week.end) == (p.start_of("week"), p.end_of("week"))
    quarter, _ = cal.value_interval(cal.period_value("Q", d))
    assert quarter.start <= d <= quarter.end
    assert quarter.start == p.start_of("month").subtract(months=(d.month - 1) % 3)


@pytest.mark.parametrize("raw,expected", [
    ("P3Y", "P3Y"), ("P2DE", "P20Y"), ("P3H", "PT3H"), ("P2.5Y", "P2Y6M"), ("P5.5H", "PT5H30M"),
    ("P1.5MIN", "PT1M30S"), ("P0.5H", "PT30M"), ("P0.5Y", "P6M"), ("P1.5D", "P1DT12H"), ("P1.5W", "P1.5W"),
    ("PXY", "PXY"), ("PXMIN", "PTXM"), ("P1FN", "P2W"),
])
def test_canonical_durations(raw, expected):
    assert cal.canonical_duration(raw) == expected
