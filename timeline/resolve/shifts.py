"""Moving a resolved value: ">U+n" shifts ("a week from Monday") and "|suffix" additions ("|T15:00")."""
from __future__ import annotations

import datetime as _dt
import re

from . import calendar as cal
from .resolution import WEEKDAY_NAMES, Resolution, _plural


class ShiftMixin:
    """Anchorer methods that shift a resolution or append a suffix to its value."""

    def _shifted(self, res: Resolution, shift: str, text: str) -> Resolution:
        """`res` moved by `shift` ("W+1", "D+2", "D-1", "Y+X"; "Y=2019": into that year), keeping its own
        granularity; "WD-4": the ISO week holding the day 4 days before it. Shifts chain left to right
        ("D-7>WE+0": the weekend of the week before the day, "the weekend before Halloween")."""
        if ">" in shift:
            first, rest = shift.split(">", 1)
            return self._shifted(self._shifted(res, first, text), rest, text)
        we = re.fullmatch(r"WE\+0", shift)
        if we is not None:           # "the first weekend of June": the weekend of that Saturday's week
            if res.interval is None:
                return Resolution("XXXX-WXX-WE", res.anchor, None, None, f"{res.explanation}; no weekend")
            value = cal.period_value("WE", cal.period_start("W", res.interval.start))
            interval, gran = cal.value_interval(value)
            return Resolution(value, res.anchor, interval, gran,
                              f"{text} → {value}: the weekend of {res.value} ({res.explanation})")
        if shift == "WEH":           # Round 80: a holiday's (long) weekend
            # "the Australia Day long weekend" when the day falls on a Monday: the weekend just before it;
            # on any other day the weekend of its week ("the Easter weekend")
            if res.interval is not None and res.granularity == "day" and res.interval.start.weekday() == 0:
                shift = "WE-1"
            else:
                return self._shifted(res, "WE+0", text)
        if shift == "WE-1":          # "Labor Day weekend": the weekend just before a Monday holiday
            if res.interval is None:
                return Resolution("XXXX-WXX-WE", res.anchor, None, None, f"{res.explanation}; no weekend")
            sunday = res.interval.start - _dt.timedelta(days=res.interval.start.weekday() + 1)
            value = cal.period_value("WE", cal.period_start("W", sunday))
            interval, gran = cal.value_interval(value)
            return Resolution(value, res.anchor, interval, gran,
                              f"{text} → {value}: the weekend before {res.value} ({res.explanation})")
        wy = re.fullmatch(r"WY-([0-9]+)", shift)
        if wy is not None:           # "twenty years ago this week": the week of the same number, N years back
            if res.interval is None:
                return Resolution("XXXX-WXX", res.anchor, None, None, f"{res.explanation}; no week")
            iso = res.interval.start.isocalendar()
            year = iso[0] - int(wy.group(1))
            week = min(iso[1], _dt.date(year, 12, 28).isocalendar()[1])
            value = f"{year:04d}-W{week:02d}"
            interval, gran = cal.value_interval(value)
            return Resolution(value, res.anchor, interval, gran,
                              f"{text} → {value}: week {week} of {year}, {wy.group(1)} years before {res.value}")
        dw = re.fullmatch(r"DW([+-])([1-7])", shift)
        if dw is not None:           # "the Friday before Memorial Day": that weekday before (after) the day
            if res.interval is None or res.granularity != "day":
                return Resolution("XXXX-XX-XX", res.anchor, None, None, f"{res.explanation}; no day")
            target = int(dw.group(2)) - 1
            day = res.interval.start
            if dw.group(1) == "-":
                day -= _dt.timedelta(days=(day.weekday() - target) % 7 or 7)
            else:
                day += _dt.timedelta(days=(target - day.weekday()) % 7 or 7)
            interval, gran = cal.value_interval(day.isoformat())
            return Resolution(day.isoformat(), res.anchor, interval, gran,
                              f"{text} → {day.isoformat()}: the {WEEKDAY_NAMES[target]} "
                              f"{'before' if dw.group(1) == '-' else 'after'} {res.value} ({res.explanation})")
        wd = re.fullmatch(r"WD([+-])([0-9]+)", shift)
        if wd is not None:
            if res.interval is None:
                return Resolution("XXXX-WXX", res.anchor, None, None, f"{res.explanation}; no week")
            n = int(wd.group(2)) * (1 if wd.group(1) == "+" else -1)
            day = res.interval.start + _dt.timedelta(days=n)
            value = cal.period_value("W", cal.period_start("W", day))
            interval, gran = cal.value_interval(value)
            return Resolution(value, res.anchor, interval, gran,
                              f"{text} → {value}: the week {'after' if n > 0 else 'before'} {res.value}, the one "
                              f"holding {day.isoformat()} ({res.explanation})")
        ys = re.fullmatch(r"YS=([0-9]{4})", shift)
        if ys is not None:
            return self._same_in_year(res, int(ys.group(1)), text)
        yr = re.fullmatch(r"Y=([0-9]{4})", shift)
        if yr is not None:           # "the same quarter of 2019": the period in focus, in the year written
            if res.interval is None:
                return Resolution(res.value, res.anchor, None, None, f"{res.explanation}; not moved to {yr.group(1)}")
            n = int(yr.group(1)) - res.interval.start.year
            return self._shifted_by(res, "Y", n, text) if n else res
        m = re.fullmatch(r"(D|W|M|Q|Y)([+-])([0-9]+|X)", shift)
        if m is not None and m.group(2) == "-" and m.group(3) != "X":
            back = re.fullmatch(r"(D|W|M|Q|Y)-([0-9]+)", shift)
            return self._shifted_by(res, back.group(1), -int(back.group(2)), text)
        m = re.fullmatch(r"(D|W|M|Q|Y)\+([0-9]+|X)", shift)
        unit = cal.unit_of_granularity(res.granularity) if res.granularity else None
        if m is None or res.interval is None or unit is None:
            return Resolution("FUTURE_REF" if m and m.group(2) == "X" else res.value, res.anchor, None, None,
                              f"{res.explanation}; not shifted by {shift}")
        if m.group(2) == "X":
            return Resolution("FUTURE_REF", res.anchor, None, None,
                              f"{text} → FUTURE_REF: an unspecified time after {res.value}")
        return self._shifted_by(res, m.group(1), int(m.group(2)), text)

    def _same_in_year(self, res: Resolution, year: int, text: str) -> Resolution:
        """Round 128: "the same weekend in 2019", "the same day in 2016": a week or weekend is the one of the same
        ISO week number in that year (as "a year earlier" moves a week); a day named by its weekday ("the last
        Saturday before Christmas") the same weekday of that week, other days the same date."""
        if res.interval is None or res.granularity not in ("day", "week", "weekend"):
            return Resolution(res.value, res.anchor, res.interval, res.granularity,
                              f"{res.explanation}; not moved to {year}")
        iso_year, week, weekday = res.interval.start.isocalendar()
        last_week = _dt.date(year, 12, 28).isocalendar()[1]
        capped = week > last_week
        week = min(week, last_week)
        if res.granularity == "day":
            named = next((t for t in self.previous if t.tid == res.anchor), None)
            lowered = named.text.lower() if named is not None else ""
            # review fixes 5: keep the weekday only for a bare weekday mention ("on Saturday", "the last Saturday
            # before Christmas"); "Monday, Sept. 11" names its date, which is what moves to the other year
            by_weekday = (named is not None and re.search(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
                                                          lowered) is not None
                          and re.search(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b",
                                        lowered) is None
                          and not capped)
            if by_weekday:
                day = _dt.date.fromisocalendar(year, week, weekday)
            else:
                try:
                    day = res.interval.start.replace(year=year)
                except ValueError:
                    day = _dt.date(year, 2, 28)
            value = day.isoformat()
        else:
            value = f"{year:04d}-W{week:02d}" + ("-WE" if res.value.endswith("-WE") else "")
        interval, gran = cal.value_interval(value)
        note = f"; {year} has no ISO week 53, its last week taken" if capped and res.granularity != "day" else ""
        return Resolution(value, res.anchor, interval, gran, f"{text} → {value}: {res.value} moved into {year} "
                          f"({res.explanation}){note}")

    def _shifted_by(self, res: Resolution, step_unit: str, n: int, text: str) -> Resolution:
        unit = cal.unit_of_granularity(res.granularity) if res.granularity else None
        if res.interval is None or unit is None:
            return Resolution(res.value, res.anchor, None, None, f"{res.explanation}; not shifted")
        day = cal.shift(step_unit, res.interval.start, n)
        value = cal.period_value(unit, cal.period_start(unit, day))
        interval, gran = cal.value_interval(value)
        return Resolution(value, res.anchor, interval, gran,
                          f"{text} → {value}: {_plural(abs(n), step_unit)} {'after' if n > 0 else 'before'} "
                          f"{res.value} ({res.explanation})")

    def _with_suffix(self, res: Resolution, suffix: str, text: str) -> Resolution:
        if res.interval is None:
            base = res.value if res.value[:1].isdigit() or res.value.startswith("X") else "XXXX-XX-XX"
            return Resolution(base + suffix, res.anchor, None, None, res.explanation)
        if suffix.startswith("T") and res.granularity != "day":
            return res
        value = res.value + suffix
        interval, gran = cal.value_interval(value)
        if interval is None:
            return res
        expl = res.explanation.replace(f"→ {res.value}", f"→ {value}", 1)
        return Resolution(value, res.anchor, interval, gran, expl)
