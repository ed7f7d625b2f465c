"""How an EventDate reads to a person and where it sits on a date axis.

No locale lookups: the same labels on every machine keep the output byte-identical.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace
from typing import Optional

from ..model import EventDate

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAYS_LONG = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_LONG = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
PARTS_OF_DAY = {"MO": ("morning", 9), "MI": ("midday", 12), "AF": ("afternoon", 15),
                "EV": ("evening", 19), "NI": ("night", 22), "DT": ("daytime", 12)}
MOD_WORDING = {
    "AFTER": "since {}", "ON_OR_AFTER": "since {}", "BEFORE": "before {}", "ON_OR_BEFORE": "until {}",
    "APPROX": "about {}", "START": "early {}", "MID": "mid-{}", "END": "late {}",
    "LESS_THAN": "less than {}", "MORE_THAN": "more than {}", "EQUAL_OR_LESS": "at most {}",
    "EQUAL_OR_MORE": "at least {}",
}
OPEN_AFTER = ("AFTER", "ON_OR_AFTER")
OPEN_BEFORE = ("BEFORE", "ON_OR_BEFORE")

_TIME = re.compile(r"T(\d{2})(?::(\d{2}))?")
_PART = re.compile(r"T(MO|MI|AF|EV|NI|DT)$")
_QUARTER = re.compile(r"-Q([1-4])$")
_HALF = re.compile(r"-H([12])$")
_SEASON = re.compile(r"-(SP|SU|FA|AU|WI)$")


def day_label(day: _dt.date) -> str:
    """'Tue 15 Feb 2022'"""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def long_day_label(day: _dt.date) -> str:
    """'Tuesday 15 February 2022' (list headings)"""
    return f"{WEEKDAYS_LONG[day.weekday()]} {day.day} {MONTHS_LONG[day.month - 1]} {day.year}"


def _range_label(start: _dt.date, end: _dt.date) -> str:
    if start.year != end.year:
        return f"{start.day} {MONTHS[start.month - 1]} {start.year} – {end.day} {MONTHS[end.month - 1]} {end.year}"
    if start.month != end.month:
        return f"{start.day} {MONTHS[start.month - 1]} – {end.day} {MONTHS[end.month - 1]} {end.year}"
    return f"{start.day}–{end.day} {MONTHS[start.month - 1]} {end.year}"


def time_of(date: EventDate) -> Optional[tuple[int, int]]:
    """(hour, minute) when the value carries a clock time."""
    match = _TIME.search(date.value or "")
    if not match:
        part = _PART.search(date.value or "")
        return (PARTS_OF_DAY[part.group(1)][1], 0) if part else None
    return int(match.group(1)), int(match.group(2) or 0)


def _named_period(day: _dt.date, granularity: str) -> Optional[tuple[_dt.date, _dt.date]]:
    """The calendar period of that granularity around a day, for the granularities that have one."""
    if granularity == "year":
        return _dt.date(day.year, 1, 1), _dt.date(day.year, 12, 31)
    if granularity == "month":
        following = _dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return _dt.date(day.year, day.month, 1), following - _dt.timedelta(days=1)
    if granularity in ("day", "hour", "minute", "part_of_day"):
        return day, day
    return None


def anchor(date: EventDate) -> tuple[_dt.date, _dt.date]:
    """The period an open-ended date is anchored to: 2019 in 'since 2019', even when the interval
    was extended to when the article was written (2019-01-01 – 2025-03-04). Other dates: their interval."""
    if not is_open(date):
        return date.start, date.end
    day = date.start if (date.mod or "").upper() in OPEN_AFTER else date.end
    period = _named_period(day, date.granularity)
    if period is None or (period[0] <= date.start and date.end <= period[1]):
        return date.start, date.end
    return period


def bare_label(date: EventDate) -> str:
    """The period itself, without the mod ('February 2022', 'Q1 2022', 'the 2010s')."""
    start, end = anchor(date)
    if (start, end) != (date.start, date.end):
        date = replace(date, start=start, end=end)
    start, end, gran, value = date.start, date.end, date.granularity, date.value or ""
    if gran in ("minute", "hour"):
        clock = time_of(date)
        if clock and start == end:
            return f"{day_label(start)}, {clock[0]:02d}:{clock[1]:02d}"
    if gran == "part_of_day" and start == end:
        part = _PART.search(value)
        if part:
            return f"{day_label(start)}, {PARTS_OF_DAY[part.group(1)][0]}"
    if start == end:
        return day_label(start)
    if gran == "week":
        return f"week of {day_label(start)}"
    if gran == "month" and start.day == 1 and start.month == end.month and start.year == end.year:
        return f"{MONTHS_LONG[start.month - 1]} {start.year}"
    if gran == "quarter" and _QUARTER.search(value):
        return f"Q{_QUARTER.search(value).group(1)} {start.year}"
    if gran == "half" and _HALF.search(value):
        return f"{'first' if _HALF.search(value).group(1) == '1' else 'second'} half of {start.year}"
    if gran == "season" and _SEASON.search(value):
        return f"{SEASONS[_SEASON.search(value).group(1)]} {start.year}"
    if gran == "year" and start.year == end.year:
        return str(start.year)
    if gran == "decade":
        return f"the {start.year // 10 * 10}s"
    if gran == "century":
        return f"the {start.year // 100 * 100}s"
    return _range_label(start, end)


def date_label(date: EventDate) -> str:
    """The period with its modifier: 'since 2014', 'about March 2021'."""
    label = bare_label(date)
    wording = MOD_WORDING.get((date.mod or "").upper())
    return wording.format(label) if wording else label


def is_span(date: EventDate) -> bool:
    """Coarser than a day (or open-ended): drawn as a bar, not a point."""
    return date.end > date.start or is_open(date)


def is_open(date: EventDate) -> bool:
    return (date.mod or "").upper() in OPEN_AFTER + OPEN_BEFORE


def iso_minute(moment: _dt.datetime) -> str:
    # not strftime: it pads years below 1000 differently across platforms, and is slower
    return f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} {moment.hour:02d}:{moment.minute:02d}"


def point_x(date: EventDate) -> str:
    """Where a one-day (or finer) date sits: its clock time, else the middle of the day."""
    clock = time_of(date) or (12, 0)
    return iso_minute(_dt.datetime.combine(date.start, _dt.time(*clock)))


def span_bounds(date: EventDate) -> tuple[_dt.datetime, _dt.datetime]:
    """The covered period as [start, end) datetimes (end dates are inclusive days)."""
    start = _dt.datetime.combine(date.start, _dt.time())
    end = _dt.datetime.combine(date.end + _dt.timedelta(days=1), _dt.time())
    return start, end


PART_OF_PERIOD = {"START": (0, 1), "MID": (1, 2), "END": (2, 3)}     # thirds: 'early', 'mid-', 'late'


def drawn_bounds(date: EventDate) -> tuple[_dt.datetime, _dt.datetime]:
    """What the chart draws as the event's own period, [start, end): the anchor of an open date
    ('since 2019' draws 2019, then a dotted continuation), the right third for 'early'/'mid-'/'late'."""
    first, last = anchor(date)
    start = _dt.datetime.combine(first, _dt.time())
    end = _dt.datetime.combine(last + _dt.timedelta(days=1), _dt.time())
    part = PART_OF_PERIOD.get((date.mod or "").upper())
    if part and last > first:
        third = (end - start) / 3
        start, end = start + third * part[0], start + third * part[1]
    return start, end


def marker_moment(date: EventDate) -> _dt.datetime:
    """Where the event's single marker goes, to the minute: the point itself, or the middle of its period."""
    first, last = anchor(date)
    if first == last:
        clock = time_of(date) or (12, 0)
        return _dt.datetime.combine(first, _dt.time(*clock))
    start, end = drawn_bounds(date)
    middle = start + (end - start) / 2
    return middle.replace(second=0, microsecond=0)


def marker_x(date: EventDate) -> str:
    return iso_minute(marker_moment(date))


def sort_key_x(date: EventDate) -> _dt.datetime:
    return marker_moment(date)


# ---------------------------------------------------------------- where a date came from, for readers

INFERRED_BASES = ("publication", "narrative")
_BASIS_FALLBACK = {
    "publication": "no date in the sentence: dated by publication",
    "narrative": "no date in the sentence: placed by the story's order",
}
# the resolver's "<words> → <TIMEX value>: <how>"; the value is jargon next to the date label
_TID = re.compile(r"\(t\d+, ")           # "(t3, 2025-03-03)": the resolver's internal id of the anchor
_EXPLAINED = re.compile(r"^(?P<words>.+?) → (?P<value>\S+?)(?P<how>(?::\s|:$|\s|$).*)$")


def is_inferred(date: Optional[EventDate]) -> bool:
    """True when the sentence itself has no date: the event is dated by publication or context."""
    return date is not None and date.basis in INFERRED_BASES


def _reword(part: str) -> str:
    match = _EXPLAINED.match(part)
    if not match:
        return part
    words, value, how = match.group("words"), match.group("value"), _TID.sub("(", match.group("how"))
    if value == "PRESENT_REF":
        return f"“{words}”: at the time of writing{how}"
    if how.startswith(": absolute"):
        return f"“{words}” in the text{how[len(': absolute'):]}"
    return f"“{words}”{how}"


def provenance(date: Optional[EventDate]) -> str:
    """One line on how the date was worked out, in the article's words rather than TIMEX values.

    '1987 → 1987: absolute' reads '“1987” in the text'; 'Monday → 2025-03-24: the Monday before
    publication' reads '“Monday”: the Monday before publication' (the date itself is shown beside it).
    """
    if date is None:
        return ""
    text = " ".join(str(date.explanation or "").split())
    if not text:
        return _BASIS_FALLBACK.get(date.basis, "")
    return "; ".join(_reword(part) for part in text.split("; "))
