"""Calendar arithmetic on TIMEX3 values: periods (day, week, month, quarter...), shifts, intervals.

Plain `datetime` is enough here (ISO weeks, month lengths): it keeps `timeline tag` start-up light,
which counts in the speed target. Every shift is calendar-correct (month ends clamp: Jan 31 + 1 month
is Feb 28/29).
"""
from __future__ import annotations

import calendar as _cal
import datetime as _dt
import functools
import re
from typing import Optional

from ..model import Interval

# Unit letters of the rule data -> granularity names of model.GRANULARITIES.
GRANULARITY = {
    "D": "day", "W": "week", "WE": "week", "M": "month", "Q": "quarter", "H": "half", "Y": "year",
    "DE": "decade", "CE": "century", "SEASON": "season",
}
# Order used to decide whether an earlier expression is fine-grained enough to anchor on.
RANK = {"minute": 0, "hour": 1, "part_of_day": 2, "day": 3, "week": 4, "month": 5, "season": 6,
        "quarter": 7, "half": 8, "year": 9, "decade": 10, "century": 11}

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
PARTS_OF_DAY = ("MO", "MI", "AF", "EV", "NI", "DT")


def add_months(d: _dt.date, n: int) -> _dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return _dt.date(year, month, min(d.day, _cal.monthrange(year, month)[1]))


def period_start(unit: str, d: _dt.date) -> _dt.date:
    if unit == "D":
        return d
    if unit in ("W", "WE"):
        return d - _dt.timedelta(days=d.weekday())
    if unit == "M":
        return d.replace(day=1)
    if unit == "Q":
        return _dt.date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    if unit == "H":
        return _dt.date(d.year, 1 if d.month <= 6 else 7, 1)
    if unit == "Y":
        return _dt.date(d.year, 1, 1)
    if unit == "DE":
        return _dt.date(d.year - d.year % 10, 1, 1)
    if unit == "CE":
        return _dt.date(d.year - d.year % 100, 1, 1)
    raise ValueError(unit)


def shift(unit: str, d: _dt.date, n: int) -> _dt.date:
    """The date n units after d (n may be negative)."""
    if unit == "D":
        return d + _dt.timedelta(days=n)
    if unit in ("W", "WE"):
        return d + _dt.timedelta(weeks=n)
    months = {"M": 1, "Q": 3, "H": 6, "Y": 12, "DE": 120, "CE": 1200}[unit]
    return add_months(d, months * n)


def period_value(unit: str, start: _dt.date) -> str:
    if unit == "D":
        return start.isoformat()
    if unit in ("W", "WE"):
        iso = start.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}" + ("-WE" if unit == "WE" else "")
    if unit == "M":
        return f"{start.year:04d}-{start.month:02d}"
    if unit == "Q":
        return f"{start.year:04d}-Q{(start.month - 1) // 3 + 1}"
    if unit == "H":
        return f"{start.year:04d}-H{1 if start.month <= 6 else 2}"
    if unit == "Y":
        return f"{start.year:04d}"
    if unit == "DE":
        return f"{start.year // 10:03d}"
    if unit == "CE":
        return f"{start.year // 100:02d}"
    raise ValueError(unit)


# The southern hemisphere's seasons by the months they span: winter is June to August of its year, and
# summer the one that begins in December (as the north's winter).
_SOUTHERN_MONTHS = {"SU": (12, 2), "FA": (3, 5), "WI": (6, 8), "SP": (9, 11)}


def season_interval(year: int, code: str, southern: bool = False) -> Interval:
    if southern:
        first, last = _SOUTHERN_MONTHS[code]
        end_year = year + 1 if last < first else year
        return Interval(_dt.date(year, first, 1), _dt.date(end_year, last, _cal.monthrange(end_year, last)[1]))
    first, last = SEASON_MONTHS[code]
    if code == "WI":   # the winter that begins in December of `year` (TimeML: 1994-WI is 1994-95)
        start = _dt.date(year, 12, 1)
        return Interval(start, _dt.date(year + 1, 2, _cal.monthrange(year + 1, 2)[1]))
    return Interval(_dt.date(year, first, 1), _dt.date(year, last, _cal.monthrange(year, last)[1]))


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(.+))?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?(?:T(.+))?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_PART = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{2,4})$")


def _week_monday(year: int, week: int) -> _dt.date:
    return _dt.date.fromisocalendar(year, week, 1)


@functools.lru_cache(maxsize=4096)   # the same values recur within and across articles
def value_interval(value: str) -> tuple[Optional[Interval], Optional[str]]:
    """The calendar interval and granularity a TIMEX3 date/time value denotes (None, None if it is not one)."""
    try:
        m = _DAY.match(value)
        if m:
            d = _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            t = m.group(4)
            if not t:
                return Interval(d, d), "day"
            if t in PARTS_OF_DAY:
                return Interval(d, d), "part_of_day"
            return Interval(d, d), ("minute" if ":" in t and not t.endswith(":00") else "hour")
        m = _WEEK.match(value)
        if m:
            mon = _week_monday(int(m.group(1)), int(m.group(2)))
            if m.group(3):
                return Interval(mon + _dt.timedelta(days=5), mon + _dt.timedelta(days=6)), "week"
            return Interval(mon, mon + _dt.timedelta(days=6)), "week"
        m = _MONTH.match(value)
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            return Interval(_dt.date(y, mo, 1), _dt.date(y, mo, _cal.monthrange(y, mo)[1])), "month"
        m = _PART.match(value)
        if m:
            y, part = int(m.group(1)), m.group(2)
            if part[0] in "QH":
                # the last day of the last month, not the day before the next part: Q4 9999 exists
                first, months = (3 * int(part[1]) - 2, 3) if part[0] == "Q" else (1 if part == "H1" else 7, 6)
                last = first + months - 1
                return (Interval(_dt.date(y, first, 1), _dt.date(y, last, _cal.monthrange(y, last)[1])),
                        "quarter" if part[0] == "Q" else "half")
            return season_interval(y, part), "season"
        m = _YEAR.match(value)
        if m:
            s = m.group(1)
            if len(s) == 4:
                y = int(s)
                return Interval(_dt.date(y, 1, 1), _dt.date(y, 12, 31)), "year"
            if len(s) == 3:
                y = int(s) * 10
                return Interval(_dt.date(max(y, 1), 1, 1), _dt.date(y + 9, 12, 31)), "decade"
            y = int(s) * 100
            return Interval(_dt.date(max(y, 1), 1, 1), _dt.date(y + 99, 12, 31)), "century"
    except ValueError:
        return None, None
    return None, None


def unit_of_granularity(granularity: str) -> Optional[str]:
    return {"day": "D", "week": "W", "month": "M", "quarter": "Q", "half": "H", "year": "Y",
            "decade": "DE", "century": "CE", "part_of_day": "D", "hour": "D", "minute": "D"}.get(granularity)


_DURATION_UNITS = {"Y": ("", "Y", 1), "M": ("", "M", 1), "W": ("", "W", 1), "D": ("", "D", 1),
                   "Q": ("", "Q", 1), "DE": ("", "Y", 10), "CE": ("", "Y", 100), "FN": ("", "W", 2),
                   "WE": ("", "D", 2), "H": ("T", "H", 1), "MIN": ("T", "M", 1), "S": ("T", "S", 1)}


@functools.lru_cache(maxsize=1024)
def canonical_duration(value: str) -> str:
    """Rule data writes 'P<n><unit letter(s)>'; TIMEX3 wants PT3H, P20Y (decades), P2W (fortnight)..."""
    m = re.match(r"^P([0-9.]+|X)(Y|M|W|D|Q|DE|CE|FN|WE|H|MIN|S)$", value)
    if not m:
        return value
    n, unit = m.group(1), m.group(2)
    t, letter, factor = _DURATION_UNITS[unit]
    if n == "X":
        if unit == "CE":
            return "PXC"
        return f"P{t}X{letter}" if unit not in ("FN", "WE") else f"P{t}X{letter}"
    if unit == "WE" and float(n).is_integer() and float(n) > 1:
        return f"P{int(float(n))}WE"    # Round 143: "two weekends", "four full weekends": counted weekends (TimeML
                                        # P2WE), not days; one weekend stays TimeBank's two-day P2D
    num = float(n) * factor
    if num >= 1e15 or (num != 0 and num < 1e-4):
        # an absurd amount ("99999999999999.4 hours", "0.0000001 hours", 309+ digits: infinity): written out
        # plainly, never as 1e+11 or 1e-07, and without going through a float
        return f"P{t}{_plain_number(n, factor)}{letter}"
    if num != int(num):
        mixed = _mixed_duration(num, t, letter)
        if mixed:
            return mixed
    text = str(int(num)) if float(num).is_integer() else f"{num:g}"
    if "e" in text:
        text = _plain_number(n, factor)
    return f"P{t}{text}{letter}"


def _plain_number(n: str, factor: int) -> str:
    import decimal
    with decimal.localcontext() as ctx:
        ctx.prec = len(n) + 4
        number = decimal.Decimal(n) * factor
        if number == number.to_integral_value():
            number = number.to_integral_value()
        else:
            number = number.normalize()
    return format(number, "f")


# A fraction of a unit is written with the next smaller unit, as TimeBank does: "two and a half years"
# P2Y6M, "5 1/2 hours" PT5H30M, "a minute and a half" PT1M30S, "half an hour" PT30M.
_SMALLER = {("", "Y"): ("", "M", 12), ("", "W"): ("", "D", 7), ("", "D"): ("T", "H", 24),
            ("T", "H"): ("T", "M", 60), ("T", "M"): ("T", "S", 60)}


def _mixed_duration(num: float, t: str, letter: str) -> Optional[str]:
    smaller = _SMALLER.get((t, letter))
    if smaller is None:
        return None
    st, sletter, per = smaller
    whole = int(num)
    rest = (num - whole) * per
    if not float(rest).is_integer():
        return None
    rest_part = f"{int(rest)}{sletter}"
    if whole == 0:
        return f"P{st}{rest_part}"
    if t == st:
        return f"P{t}{whole}{letter}{rest_part}"
    return f"P{whole}{letter}T{rest_part}"       # P1DT12H
