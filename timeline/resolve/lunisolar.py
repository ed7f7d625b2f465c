"""Dates of the holidays of the lunar and lunisolar calendars (Chinese, Islamic, Hebrew, Hindu, Buddhist), for
the holiday anchor (periods.py): a key of the vocabulary ("yom_kippur", "ramadan") and a Gregorian year give
the days it falls on that year.

The dates come from the calendars of the `holidays` package (python-holidays), which keeps them as reviewed
tables: Chinese and Buddhist 1901-2100, Hebrew 1947-2100, Islamic 1924-2100, the Hindu festivals mostly
2001-2035 (Diwali 1901-2100). A year outside a table has no date, and the name is then left unresolved
rather than guessed. The package is imported only when a text names such a holiday, so reading a text
that names none costs nothing.

Conventions, where the calendars themselves leave a choice:
- Islamic days are those of the Umm al-Qura calendar of Saudi Arabia (the package's base calendar,
  announced sightings aside): the day many mosques outside the Middle East follow too, and the one a news
  text names before the moon is sighted. A country that waits for its own sighting may keep it a day later.
- Hebrew (and Islamic) days begin at sunset: the key's day is the first full day ("the first day of
  Passover", 15 Nisan); its first night is the evening before, which the rules say with ">D-1|TNI".
- Vesak is the full moon of the fourth Chinese month (Singapore, Malaysia, Indonesia); Sri Lanka and
  Thailand, which keep the full moon of May, differ in the years with an extra lunar month.
- Diwali is the day of Lakshmi Puja as India's central government lists it (2001-2035), else the
  package's general Hindu table.
"""
from __future__ import annotations

import datetime as _dt
from functools import lru_cache
from typing import Callable

_ONE_DAY = _dt.timedelta(days=1)


def _chinese(method: str, shift: int = 0) -> Callable[[int], list]:
    def days(year: int) -> list:
        from holidays.calendars.chinese import _ChineseLunisolar
        d, _estimated = getattr(_ChineseLunisolar(), method)(year)
        return [d + _dt.timedelta(days=shift)] if d else []
    return days


def _hebrew(method: str) -> Callable[[int], list]:
    def days(year: int) -> list:
        from holidays.calendars.hebrew import _HebrewLunisolar
        found = getattr(_HebrewLunisolar(), method)(year)
        found = found if isinstance(found, (set, list, tuple)) else [found]
        return sorted(d for d in found if d is not None and d.year == year)
    return days


def _islamic(method: str, shift: int = 0) -> Callable[[int], list]:
    def days(year: int) -> list:
        from holidays.calendars.islamic import _IslamicLunar
        found = {d + _dt.timedelta(days=shift) for d, _estimated in getattr(_IslamicLunar(), method)(year)}
        return sorted(d for d in found if d.year == year)
    return days


def _hindu(*methods: str) -> Callable[[int], list]:
    def days(year: int) -> list:
        from holidays.calendars.hindu import _HinduLunisolar
        cal = _HinduLunisolar()
        for method in methods:        # the first table that knows the year
            d, _estimated = getattr(cal, method)(year)
            if d is not None:
                return [d]
        return []
    return days


def _buddhist(method: str) -> Callable[[int], list]:
    def days(year: int) -> list:
        from holidays.calendars.buddhist import _BuddhistLunisolar
        d, _estimated = getattr(_BuddhistLunisolar(), method)(year)
        return [d] if d else []
    return days


_TABLE: dict[str, Callable[[int], list]] = {
    "lunar_new_year": _chinese("lunar_new_year_date"),
    "lunar_new_year_eve": _chinese("lunar_new_year_date", -1),
    # the fifteenth day of the first month, which closes the New Year (Chap Goh Meh, Yuanxiao)
    "lantern_festival": _chinese("lunar_new_year_date", 14),
    "mid_autumn": _chinese("mid_autumn_date"),
    "dragon_boat": _chinese("dragon_boat_date"),
    "ramadan": _islamic("ramadan_beginning_dates"),
    "eid_al_fitr": _islamic("eid_al_fitr_dates"),
    "eid_al_adha": _islamic("eid_al_adha_dates"),
    # 9 Dhu al-Hijjah, the day before the feast of the sacrifice
    "day_of_arafat": _islamic("eid_al_adha_dates", -1),
    "islamic_new_year": _islamic("hijri_new_year_dates"),
    "ashura": _islamic("ashura_dates"),
    "mawlid": _islamic("mawlid_dates"),
    "rosh_hashanah": _hebrew("rosh_hashanah_date"),
    "yom_kippur": _hebrew("yom_kippur_date"),
    "sukkot": _hebrew("sukkot_date"),
    "passover": _hebrew("passover_date"),
    "shavuot": _hebrew("shavuot_date"),
    "hanukkah": _hebrew("hanukkah_date"),
    "purim": _hebrew("purim_date"),
    "tisha_bav": _hebrew("tisha_bav_date"),
    "diwali": _hindu("diwali_india_date", "diwali_date"),
    "holi": _hindu("holi_date"),
    "vaisakhi": _hindu("vaisakhi_date"),
    "vesak": _buddhist("vesak_date"),
}

KEYS = frozenset(_TABLE)


@lru_cache(maxsize=512)
def days(key: str, year: int) -> tuple:
    """The days (usually one; an Islamic feast can fall twice in a Gregorian year) on which the holiday
    `key` falls in `year`, earliest first; () for a year the tables do not cover."""
    f = _TABLE.get(key)
    if f is None:
        return ()
    try:
        return tuple(f(year))
    except (ImportError, AttributeError, TypeError, ValueError, OverflowError):
        # the package missing, or its private calendar classes renamed in a release outside the pinned range
        # (pyproject.toml): the name stays unresolved rather than the text failing
        return ()


# Round 110: a day of a Hijri month with its year ("the 29th of Sha'ban 1445"). The tabular (arithmetic) Islamic
# calendar places it; the Umm al-Qura days of the holidays the package lists (1 Muharram, 10 Muharram,
# 12 Rabi' al-Awwal, 27 Rajab, 1 Ramadan, 1 Shawwal, 10 Dhu al-Hijjah) move it by the day or two the two
# calendars differ near it (that month's holiday's difference, or the latest one's before it: review fixes, stop
# 24), so it agrees with the feasts the resolver names. Outside the package's years the tabular day stands.
_HIJRI_ANCHORS = (("hijri_new_year_dates", 1, 1), ("ashura_dates", 1, 10), ("mawlid_dates", 3, 12),
                  ("isra_and_miraj_dates", 7, 27), ("ramadan_beginning_dates", 9, 1),
                  ("eid_al_fitr_dates", 10, 1), ("eid_al_adha_dates", 12, 10))


def _tabular_hijri(year: int, month: int, day: int) -> _dt.date:
    """The civil tabular Islamic calendar (leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of 30)."""
    jdn = day + (59 * (month - 1) + 1) // 2 + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439
    return _dt.date.fromordinal(jdn - 1721425)


def _anchor_in_month(cal, year: int, month: int):
    """(the tabular day, the Umm al-Qura offset) of a holiday in `month` `year` AH the package lists, or None."""
    for method, a_month, a_day in _HIJRI_ANCHORS:
        if a_month != month:
            continue
        tab = _tabular_hijri(year, a_month, a_day)
        near = [d for g_year in {tab.year - 1, tab.year, tab.year + 1}
                for d, _estimated in getattr(cal, method)(g_year) if abs((d - tab).days) <= 3]
        if near:
            return tab, (min(near, key=lambda d: abs((d - tab).days)) - tab).days
    return None


@lru_cache(maxsize=1024)
def _hijri_month_offset(year: int, month: int) -> int:
    """Review fixes (stop 24): the days by which the Umm al-Qura calendar differs from the tabular one in
    `month` `year` AH, one offset for the whole month: that of the month's own holiday, else of the holiday
    nearest to the month's first or last day (1 Ramadan for the end of Sha'ban). The nearest holiday to each
    day could lie in the next month for the second half of a month and in it for the first, so that two days
    of a month fell on one Gregorian day (or one was skipped). 0 when the package does not cover the month."""
    try:
        from holidays.calendars.islamic import _IslamicLunar
        cal = _IslamicLunar()
        own = _anchor_in_month(cal, year, month)
        if own is not None:
            return own[1]
        first, last = _tabular_hijri(year, month, 1), _tabular_hijri(year, month, 29)
        before = after = None
        y, m = year, month
        for _back in range(12):
            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
            before = _anchor_in_month(cal, y, m)
            if before is not None:
                break
        y, m = year, month
        for _on in range(12):
            y, m = (y, m + 1) if m < 12 else (y + 1, 1)
            after = _anchor_in_month(cal, y, m)
            if after is not None:
                break
        if before is not None and (after is None or (first - before[0]).days <= (after[0] - last).days):
            return before[1]
        if after is not None:
            return after[1]
    except (ImportError, AttributeError, TypeError, ValueError, OverflowError):
        pass
    return 0


@lru_cache(maxsize=256)
def hijri_day(year: int, month: int, day: int):
    """The Gregorian day of `day` `month` `year` AH, or None for no such day."""
    if not (1 <= month <= 12 and 1 <= day <= 30 and 1 <= year <= 9000):
        return None
    try:
        base = _tabular_hijri(year, month, day)
    except (ValueError, OverflowError):
        return None
    return base + _dt.timedelta(days=_hijri_month_offset(year, month))
