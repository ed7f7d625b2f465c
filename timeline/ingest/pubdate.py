"""Publication dates: parsing metadata values, datelines and file names.

The ladder itself (which source wins) lives in `documents.py`; this module only
knows how to read a date out of one kind of place, and says why when it cannot.
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Iterator, Optional

MIN_YEAR, MAX_YEAR = 1000, 2999   # beyond these a "publication date" is a typo

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
_MONTH_RE = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"

_ISO_RE = re.compile(r"^\s*(?P<y>[+-]?\d{1,6})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ].*)?\s*$")
_COMPACT_RE = re.compile(r"^\s*(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})\s*$")

_DATELINE_PATTERNS = [
    # "November 26, 2022", "MOSCOW, Feb. 16, 2022 —", "Published Feb 16 2022"
    re.compile(_MONTH_RE + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b", re.I),
    # "16 February 2022", "Wednesday 16 Feb. 2022"
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_RE + r",?\s+(?P<year>\d{4})\b", re.I),
    # "2022-02-16"
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
]
# Lines that carry a date which is not the publication date.
_NOT_A_DATELINE = re.compile(r"^\s*(?:copyright|\(c\)|©|all rights reserved|updated|modified|last updated)", re.I)
_YEAR_DIGITS = re.compile(r"\d\d\d\d")   # every dateline pattern has a four-digit year: a cheap first test
_DATELINE_LINES = 6          # how many non-empty lines at the top may hold a dateline
_DATELINE_MAX_LINE = 160     # a dateline is short, or starts its line
_LONG_LINE_DATE_START = 40   # ... within this many characters
_LONG_LINE_HEAD = 120        # a date starting there ends well before this

_FILENAME_RE = re.compile(
    r"(?:^|[-_. ])(?P<year>(?:19|20)\d\d)(?P<sep>[-_.]?)(?P<month>0[1-9]|1[0-2])(?P=sep)"
    r"(?P<day>0[1-9]|[12]\d|3[01])(?=$|[-_. T])"
)


class InvalidDate(ValueError):
    """A date value that is present but impossible or unreadable."""


def make_date(year: int, month: int, day: int, raw: str) -> _dt.date:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidDate(f"impossible date {raw!r}: year {year} is out of range")
    try:
        return _dt.date(year, month, day)
    except ValueError as err:
        raise InvalidDate(f"impossible date {raw!r}: {err}") from None


_OFFSET_RE = re.compile(r"(?:Z|[+-]\d{2}:?\d{2})\s*$", re.I)


def check_timezone(name: str) -> str:
    """An IANA time zone name (Europe/Kyiv, America/New_York); InvalidDate otherwise."""
    import pendulum

    try:
        pendulum.timezone(name)
    except (ValueError, pendulum.tz.exceptions.InvalidTimezone):
        raise InvalidDate(f"unknown time zone {name!r}: expected an IANA name such as Europe/Kyiv") from None
    return name


def _local_date(text: str, timezone: str) -> Optional[_dt.date]:
    """The calendar date in `timezone` of a timestamp that carries its own UTC offset.

    Wire feeds stamp articles in UTC: 03:00Z on the 16th is the evening of the 15th in
    New York, and "yesterday" in that article means the 14th.
    """
    if "T" not in text.upper() and " " not in text.strip() or not _OFFSET_RE.search(text):
        return None
    import pendulum

    try:
        moment = pendulum.parse(text.strip(), strict=False)
    except (ValueError, pendulum.parsing.exceptions.ParserError):
        return None
    if not isinstance(moment, pendulum.DateTime):
        return None
    local = moment.in_tz(timezone)
    return make_date(local.year, local.month, local.day, text)


def parse_date_value(raw: object, timezone: Optional[str] = None) -> _dt.date:
    """Read a publication date given as metadata (ISO, compact, or a written date in any
    language dateparser knows). With `timezone`, a timestamp carrying a UTC offset is
    converted to that zone's calendar date; otherwise the date is taken as written."""
    if isinstance(raw, _dt.datetime):
        if timezone and raw.tzinfo is not None:
            return _local_date(raw.isoformat(), timezone) or raw.date()
        return raw.date()
    if isinstance(raw, _dt.date):
        return raw
    if isinstance(raw, (int, float)) or raw is None:
        raise InvalidDate(f"unreadable date {raw!r}: expected a string such as 2022-02-16")
    text = str(raw).strip()
    if not text:
        raise InvalidDate("empty date")
    for regex in (_ISO_RE, _COMPACT_RE):
        m = regex.match(text)
        if m:
            date = make_date(int(m["y"]), int(m["m"]), int(m["d"]), text)
            if timezone:
                return _local_date(text, timezone) or date
            return date
    for regex in _DATELINE_PATTERNS[:2]:
        m = regex.search(text)
        if m:
            return _date_from_match(m, text)
    # Other written forms, in any language dateparser knows ("16.02.2022",
    # "Wed, 16 Feb 2022 10:00:00 GMT", "16 février 2022").
    import dateparser  # imported here: costly, and rarely needed

    def parse(base: _dt.datetime):
        return dateparser.parse(
            text,
            settings={"REQUIRE_PARTS": ["day", "month", "year"], "RELATIVE_BASE": base,
                      "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
                      "DATE_ORDER": "DMY"},
        )
    parsed = parse(_dt.datetime(2000, 1, 1))
    # fuzz2 (stop 27): "yesterday", "now", "last week" are read from whatever base is given, so they are no
    # publication date: a date read differently from another base is relative
    if parsed is None or parse(_dt.datetime(1990, 7, 15)) != parsed:
        raise InvalidDate(f"unreadable date {text!r}: expected a date such as 2022-02-16")
    return make_date(parsed.year, parsed.month, parsed.day, text)


def _date_from_match(m: re.Match, raw: str) -> _dt.date:
    month = m["month"]
    month_num = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
    return make_date(int(m["year"]), month_num, int(m["day"]), raw.strip())


def head_lines(text: str, limit: int) -> Iterator[str]:
    """The first `limit` non-blank lines of an article, stripped: where datelines and bylines sit."""
    seen = 0
    for line in text[:2000].splitlines():
        stripped = line.strip().lstrip("\ufeff")
        if not stripped:
            continue
        seen += 1
        if seen > limit:
            return
        yield stripped


def find_dateline(text: str) -> Optional[tuple[_dt.date, str]]:
    """A full date in the first lines of an article ("MOSCOW, Feb. 16, 2022 —").

    Returns (date, the matched words) or None. Only day-precise dates count: a
    year alone ("Copyright 2023", "since 2014") never makes a publication date.
    """
    for stripped in head_lines(text, _DATELINE_LINES):
        if _NOT_A_DATELINE.match(stripped) or not _YEAR_DIGITS.search(stripped):
            continue
        # In a long line only a date near its start is a dateline; a date deep in a
        # sentence is something the article talks about. Searching only the line's
        # head keeps long first paragraphs cheap.
        long_line = len(stripped) > _DATELINE_MAX_LINE
        for regex in _DATELINE_PATTERNS:
            m = regex.search(stripped, 0, _LONG_LINE_HEAD) if long_line else regex.search(stripped)
            if not m or (long_line and m.start() > _LONG_LINE_DATE_START):
                continue
            try:
                return _date_from_match(m, m.group(0)), m.group(0)
            except InvalidDate:
                continue
    return None


def find_filename_date(name: str) -> Optional[_dt.date]:
    """A yyyy-mm-dd, yyyymmdd or yyyy_mm_dd date standing apart in a file name."""
    for m in _FILENAME_RE.finditer(name):
        try:
            return make_date(int(m["year"]), int(m["month"]), int(m["day"]), name)
        except InvalidDate:
            continue
    return None
