"""Anchoring: turn a mention's underspecified value into a TIMEX3 value, an interval and a provenance line.

Underspecified forms written by the rule data (after template filling):
  UNDEF-this-<U>[-plus|-minus-<n>]      deictic: the publication date's period, shifted (U: D W WE M Q H Y DE CE)
  UNDEF-REF-<U>[-plus|-minus-<n>]       anaphoric: the <U> of the latest earlier expression fine enough, shifted
  UNDEF-REFSHIFT-<U>-plus|minus-<n>     anaphoric, keeping the earlier expression's own granularity
                                        ("two days later" after a day is a day, "a year earlier" after Q3 is Q3)
  UNDEF-near-<U>-minus-<n>              "a year ago" next to a quarter/month: that period a year back,
  UNDEF-nearrecent-...                  the same, only when that period ended within about a year of publication,
                                        otherwise deictic
  UNDEF-weekday-<1..7>[-last|-next|-this]
  UNDEF-monthday-<MM>-<DD>, UNDEF-month-<MM>[-last|-next|-this]
  UNDEF-season-<SS>[-last|-next|-this], UNDEF-quarter-<n>, UNDEF-half-<n>
  UNDEF-holiday-<MM-DD|name>[-week][-last|-next|-this]   ("-week": the ISO week holding it)
  UNDEF-weekof-<MM>-<DD>-y[<YYYY>]      "the week of March 6": the ISO week holding that day
  UNDEF-nthweekday-<n|L>-<1..7>-M<MM>-y[<YYYY>]   "the second Tuesday in November (2024)"; L: the last
  UNDEF-nthweekday-<n|L>-<1..7>-C<+n|-n|0>        "the first Monday of the month" (publication month, shifted)
  UNDEF-yearspan-<YYYY>-<YYYY|YY>       "the 2019-20 season": the first year, the interval over both
  UNDEF-winterspan-<YYYY>-<YYYY|YY>     "the winter of 1941-42": <first year>-WI, December to February
  UNDEF-seasonref-<SS>-this|after|before  "that autumn", "the following spring", "the previous winter":
                                        counted from the latest earlier expression of a year or finer
Any of them may carry "|<suffix>" appended to the resolved value ("|TMO", "|T15:00", "|-Q3"), and
">U+n" / ">U-n" before it: the resolved period moved n units later / earlier, at its own granularity ("a
week from Monday": UNDEF-weekday-1-next>W+1; "the day after Thanksgiving": UNDEF-holiday-thanksgiving>D+1);
">WE+0": the weekend of the week holding the resolved day ("the first weekend of June");
">WD+n" / ">WD-n": the ISO week holding the day n days after / before it ("the week before Christmas":
the week holding the middle of the seven days before it, UNDEF-holiday-12-25>WD-4).
Everything else is taken as an absolute value.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from dataclasses import dataclass
from typing import Optional, Sequence

from ..model import Interval, Timex
from . import calendar as cal
from .cues import FUTURE, PAST, tense

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"}
UNIT_NAMES = {"D": "day", "W": "week", "WE": "weekend", "M": "month", "Q": "quarter", "H": "half-year",
              "Y": "year", "DE": "decade", "CE": "century"}
UNDERSPECIFIED_UNIT = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX",
                       "H": "XXXX-HX", "Y": "XXXX", "DE": "XXX", "CE": "XX"}

# After a time stamp that opens a line: a dash or a colon, then the entry ("7:12 p.m. — Polls have closed").
_STAMP_AFTER = re.compile(r"[ \t]*(?:[—–]|--?|:)[ \t]")
# What may open a line before such a stamp: "Update, 3:45 p.m.: ...", "UPDATED at 5 p.m. — ...".
_STAMP_LEAD = re.compile(r"[ \t]*(?:(?:update|updated|posted|correction|editor's note)[ \t]*(?:at[ \t]*)?[,:]?[ \t]*)?$")
# "will"/"shall" in the clause before a clock time: the time is still to come.
_WILL_BEFORE = re.compile(r"\b(?:will|'ll|shall)\b[^.;!?\n]*$")
# "will", "next" before a weekday equal to the publication weekday: next week's ("will publish its next
# update on Thursday", published on a Thursday).
_WILL_OR_NEXT_BEFORE = re.compile(r"\b(?:will|'ll|shall|next)\b[^.;!?\n\"“”]*$")
# Rules whose day is not written in the expression (a bare clock time, "the evening"): they do not tell
# that the story is about the publication day.
_DAY_LESS_RULES = frozenset(("time.clock", "time.clock_24h", "time.clock_24h_zone", "time.hhmm_zone",
                             "time.half_past", "time.oclock", "time.hour_morning", "time.hour_evening",
                             "time.noon", "time.midnight", "time.part_of_day", "time.overnight"))
# A month before these words is a futures contract's delivery month.
_DELIVERY_AFTER = re.compile(r"[ \t]+(?:delivery|deliveries|contracts?|futures)\b")
# A statistic "for" a month ("retail sales for July", "the jobs figures for March"): figures are
# published after the month they measure, so the month is the latest begun by publication, whatever the
# tense of "will report".
_STATISTIC_FOR = re.compile(
    r"\b(?:sales|figures|data|numbers|statistics|results|earnings|inflation|payrolls|output|orders|production|"
    r"spending|exports|imports|unemployment|jobless|receipts|readings?|indexe?s?|index)[ \t]+(?:(?:data|figures|"
    r"numbers|rate|report|index)[ \t]+)?for[ \t]+$")
# A start time set or changed for an event still to come ("kick-off has been moved to", "the start was
# brought forward to"): the clock time belongs to the coming day named a few sentences before.
_RESCHEDULED_BEFORE = re.compile(
    r"\b(?:kick-?off|tip-?off|first pitch|start time|curtain|(?:moved|switched|changed|brought forward|put back|"
    r"pushed back|rescheduled|shifted)[ \t]+(?:to|until))\b[^.!?\n]*$")
# "the end of the quarter", "the start of the quarter": a point in a quarter, which may lie ahead.
_QUARTER_EDGE = re.compile(r"(?:the )?(?:end|start|beginning|middle|close|rest)\b")
_MONTH_VALUE = re.compile(r"^\d{4}-\d\d$")
_RANGE_TO = re.compile(r"[ \t]*(?:-|–|—|(?:to|until|till|through|thru)[ \t]+)[ \t]*$")
_RANGE_FROM = re.compile(r"\b(?:from|between)[ \t]+(?:(?:early|late|mid)[ \t-]+)?$")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A reporting verb just before a date: the news frame ("said on March 3", "announced Tuesday").
# After a year: a noun it modifies ("the 2008 crisis") unless the word starts a new clause or phrase.
_WORD_AFTER = re.compile(r" [a-z]")
_CLAUSE_WORD_AFTER = re.compile(r" (?:and|but|or|when|after|before|as|while|until|the|a|an|he|she|it|they|we|"
                                r"his|her|its|their|in|on|at|by|to|from|with|for|during|was|were|had|is|are)\b")
# A relative clause open before a year, within its sentence: "Smith, who joined the firm in 2009, ..."
_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|whose|which)\b[^.;!?]*$")
_WEEKDAY_PAIR_GAP = re.compile(r"[ \t]*(?:,[ \t]*)?(?:or|and|to|through|-|–)[ \t]+(?:on[ \t]+)?|[ \t]*[-–][ \t]*")
_SCENE_PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|of|since|until|by|during|from)[ \t]+$")
_REPORTED_ON = re.compile(r"\b(?:said|says|told|tells|announced|announces|reported|reports|stated|states|"
                          r"confirmed|confirms|added|adds|declared|declares)\b(?:[ \t]+(?:on|in|that))?[ \t]*$")
_REL = re.compile(r"^UNDEF-(this|REFSHIFT|REF|nearrecent|near|reported)-(D|WE|W|M|Q|H|Y|DE|CE)(?:-(plus|minus)-([0-9]+|X))?$")
_NAMED = re.compile(r"^UNDEF-(weekday|weekend|monthday|month|season|quarter|half|holiday|quarterof|yearperiod|weekof"
                    r"|nthweekday|yearspan|winterspan|seasonref|dayofmonth)"
                    r"-([^|]+?)"
                    r"(?:-(last|next|this|recent|before|after))?$")


@dataclass(frozen=True)
class Resolution:
    value: str
    anchor: Optional[str] = None
    interval: Optional[Interval] = None
    granularity: Optional[str] = None
    explanation: str = ""


def _fmt_day(d: _dt.date) -> str:
    return f"{WEEKDAY_NAMES[d.weekday()][:3]} {d.isoformat()}"


def _plural(n: int, unit: str) -> str:
    name = UNIT_NAMES[unit]
    if n == 1:
        return f"1 {name}"
    return f"{n} " + ("centuries" if name == "century" else name + "s")


def _holiday(key: str, year: int) -> Optional[_dt.date]:
    if re.fullmatch(r"\d{2}-\d{2}", key):
        return _dt.date(year, int(key[:2]), int(key[3:]))
    def nth_weekday(month: int, weekday: int, n: int) -> _dt.date:
        d = _dt.date(year, month, 1)
        d += _dt.timedelta(days=(weekday - d.weekday()) % 7)
        return d + _dt.timedelta(weeks=n - 1)
    def last_weekday(month: int, weekday: int) -> _dt.date:
        d = cal.add_months(_dt.date(year, month, 1), 1) - _dt.timedelta(days=1)
        return d - _dt.timedelta(days=(d.weekday() - weekday) % 7)
    def easter() -> _dt.date:   # anonymous Gregorian algorithm
        a, b, c = year % 19, year // 100, year % 100
        d, e = divmod(b, 4)
        f = (b + 8) // 25
        g = (b - f + 1) // 3
        h = (19 * a + b - d - g + 15) % 30
        i, k = divmod(c, 4)
        l_ = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l_) // 451
        month, day = divmod(h + l_ - 7 * m + 114, 31)
        return _dt.date(year, month, day + 1)
    table = {
        "thanksgiving": lambda: nth_weekday(11, 3, 4),
        "labor_day": lambda: nth_weekday(9, 0, 1),
        "memorial_day": lambda: last_weekday(5, 0),
        "mlk_day": lambda: nth_weekday(1, 0, 3),
        "presidents_day": lambda: nth_weekday(2, 0, 3),
        "election_day": lambda: nth_weekday(11, 0, 1) + _dt.timedelta(days=1),
        "easter": easter,
        "good_friday": lambda: easter() - _dt.timedelta(days=2),
    }
    f = table.get(key)
    return f() if f else None


class Anchorer:
    """Resolves the mentions of one text in order, remembering the earlier ones for anaphora."""

    def __init__(self, low: str, reference: Optional[_dt.date], text: Optional[str] = None):
        self.low = low
        self.text = text if text is not None else low
        self.dct = reference
        self.previous: list[Timex] = []
        self.not_anchorable: set[str] = set()     # tids of comparisons ("a year earlier")
        self._story = False                        # the story's day, once looked for (_story_day)

    # -- helpers -------------------------------------------------------------------------------
    def _direction(self, start: int, end: int) -> Optional[str]:
        return tense(self.low, start, end)

    def _ref(self, unit: str, before: int) -> Optional[Timex]:
        """The latest earlier expression whose granularity is at least as fine as `unit`."""
        need = cal.RANK[cal.GRANULARITY[unit]]
        for t in reversed(self.previous):
            if t.tid in self.not_anchorable:
                continue
            if t.interval is None or t.type not in ("DATE", "TIME") or t.granularity is None:
                continue
            if t.anchor == "publication" and t.granularity in ("part_of_day", "hour", "minute"):
                continue    # "this afternoon", "tonight": the reporting time, not an event day
            if not t.value[:1].isdigit():
                continue
            if unit in ("W", "M") and t.granularity == "day" and self.dct is not None \
                    and t.value == self.dct.isoformat() \
                    and _REPORTED_ON.search(self.low, max(0, t.start - 40), t.start):
                continue    # "said Thursday ... the same week": when it was told, not the story's week
            if cal.RANK.get(t.granularity, 99) <= need:
                return t
        return None

    def _year_edge_month(self, unit: str, start: int, found: Optional[Timex]) -> Optional[Timex]:
        """"late 2020 ... the following month" is January 2021: a year with "late"/"early" named after
        the latest month-or-finer expression stands for its last/first month, and is the anchor."""
        for t in reversed(self.previous):
            if found is not None and t.tid == found.tid:
                return found
            if t.tid in self.not_anchorable or t.interval is None or t.type != "DATE":
                continue
            if t.granularity == "year" and t.mod in ("START", "END") and t.value[:1].isdigit():
                y = t.interval.start.year
                first = _dt.date(y, 12 if t.mod == "END" else 1, 1)
                value = cal.period_value("M", first)
                interval, gran = cal.value_interval(value)
                return dataclasses.replace(t, value=value, interval=interval, granularity=gran)
        return found

    def _near_period(self, start: int) -> Optional[Timex]:
        """An earlier quarter/month/half mentioned in the last paragraphs (an earnings report keeps its
        quarter in focus), unless a longer period was named after it: "For the nine months, ... a year
        earlier" compares years. Among quarters, the one being reported on at publication wins over an
        aside ("After a flat second quarter, ...")."""
        nearest: Optional[Timex] = None
        reported = self._reported_quarter()
        for t in reversed(self.previous):
            if start - t.end > 1500:
                break
            if t.type == "DURATION" and re.fullmatch(r"P(?:[4-9]|1[0-2])M|P[1-3]Q|P1Y", t.value):
                break
            if t.tid in self.not_anchorable or (t.anchor and t.anchor.startswith("t") and t.granularity != "quarter"):
                continue    # itself a comparison ("the year-earlier quarter"): do not shift twice
            if t.interval is not None and t.granularity in ("quarter", "month", "half") and t.value[:1].isdigit():
                if self.dct is not None and t.interval.start > self.dct:
                    continue    # a forecast ("losses through the third quarter of 1990") is not the
                                # period whose results are compared with a year earlier
                if nearest is None:
                    nearest = t
                    if t.granularity != "quarter":
                        return t
                if t.value == reported:
                    return t
        return nearest

    def _year_just_reported(self, start: int, end: int, text: str) -> Optional[Resolution]:
        """"the full year" in an earnings report published in January-March about the fourth quarter is
        the year just ended, not the publication year: when the quarter in focus is last year's fourth
        and the clause does not look ahead ("expects growth for the full year")."""
        if self.dct.month > 3:
            return None
        near = self._near_period(start)
        if near is None or near.value != f"{self.dct.year - 1:04d}-Q4":
            return None
        if self._direction(start, end) == FUTURE:
            return None
        value = f"{self.dct.year - 1:04d}"
        interval, gran = cal.value_interval(value)
        return Resolution(value, near.tid, interval, gran,
                          f"{text} → {value}: the year that ended with '{near.text}' ({near.tid}, "
                          f"{near.value}), reported on in {self.dct:%B}")

    def _reported_quarter(self) -> Optional[str]:
        """The quarter companies report on at publication: the last one ended, or the one under way in
        its last month."""
        if self.dct is None:
            return None
        start_q = cal.period_start("Q", self.dct)
        reported = cal.shift("Q", start_q, -1) if (self.dct - start_q).days < 60 else start_q
        return cal.period_value("Q", reported)

    # -- main entry ----------------------------------------------------------------------------
    def resolve(self, value: str, start: int, end: int, text: str) -> Resolution:
        try:
            return self._resolve(value, start, end, text)
        except (ValueError, OverflowError) as err:     # "10000 quarters ago": out of the calendar
            return self._unresolved("XXXX-XX-XX" if value.startswith("UNDEF-") else value, text, str(err))

    def _resolve(self, value: str, start: int, end: int, text: str) -> Resolution:
        suffix = ""
        if "|" in value:
            value, suffix = value.split("|", 1)
        if ">" in value:                   # "a week from Monday": resolve Monday, then shift it
            value, shift = value.split(">", 1)
            return self._shifted(self.resolve(value, start, end, text), shift, text)
        if not value.startswith("UNDEF-"):
            value = cal.canonical_duration(value) if value.startswith("P") else value
            interval, gran = cal.value_interval(value + suffix) if not value.startswith("P") else (None, None)
            full = value + suffix
            if interval is not None:
                return Resolution(full, None, interval, gran, f"{text} → {full}: absolute")
            return Resolution(full, None, None, None, f"{text} → {full}")
        if value == "UNDEF-REF-D" and suffix.startswith("T") and self.dct is not None:
            own_day = self._clock_on_publication_day(start, end, text)
            if own_day is not None:
                return self._with_suffix(own_day, suffix, text)
            story = self._clock_on_story_day(start, end, text)
            if story is not None:
                return self._with_suffix(story, suffix, text)
            far = self._clock_day_far(start, text)
            if far is not None:
                return self._with_suffix(far, suffix, text)
        res = self._resolve_undef(value, start, end, text, bare=not suffix)
        if suffix:
            res = self._with_suffix(res, suffix, text)
        return res

    def _day_heading(self, start: int) -> bool:
        """Is the day last mentioned a heading on a line of its own ("Saturday, March 5" above a programme
        "9 a.m. — Doors open")? Then the times under it are on that day."""
        ref = next((t for t in reversed(self.previous) if t.granularity == "day" and t.value[:1].isdigit()), None)
        if ref is None:
            return False
        line_start = self.low.rfind("\n", 0, ref.start) + 1
        line_end = self.low.find("\n", ref.end)
        line = self.low[line_start:line_end if line_end >= 0 else len(self.low)]
        return len(line.strip(" \t\r:.-—–*#")) <= len(ref.text) + 12

    def _clock_on_publication_day(self, start: int, end: int, text: str) -> Optional[Resolution]:
        """A bare clock time is on the day last mentioned, except where that cannot be: a time stamp
        opening a line of a live blog ("7:12 p.m. — Polls have closed") is the publication day, and so
        is a time in a clause about the future ("will issue its next update at 5 p.m.") when the day
        mentioned before is already past."""
        line_start = self.low.rfind("\n", 0, start) + 1
        if _STAMP_LEAD.match(self.low, line_start, start) and _STAMP_AFTER.match(self.low, end) \
                and not self._day_heading(start):
            return self._done(self.dct.isoformat(), text, "a time stamp opening a line: the publication day")
        if _WILL_BEFORE.search(self.low, max(0, start - 80), start) and self._direction(start, end) == FUTURE:
            ref = self._ref("D", start)
            if ref is not None and ref.interval is not None and ref.interval.end < self.dct:
                return self._done(self.dct.isoformat(), text,
                                  f"a time in a future clause, not on '{ref.text}' ({ref.value}), already past")
        ref = self._ref("D", start)
        if ref is not None and ref.interval is not None and ref.interval.start > self.dct \
                and self._direction(start, end) == PAST and self._publication_day_told():
            # "Ballots may arrive until Friday. Polls closed at 8 p.m.": what has happened is not on a
            # day still to come; the report's own day
            return self._done(self.dct.isoformat(), text,
                              f"a time in a past-tense clause, not on '{ref.text}' ({ref.value}), still to come")
        return None

    def _story_day(self) -> Optional[Timex]:
        """The day the story is about: the first day named in the lead (its first two sentences), when
        it lies within a week before publication ("grounded its fleet on Tuesday morning", published on
        the Wednesday). None when the lead names none, or names the publication day or a later one."""
        if self._story is not False:
            return self._story
        for t in self.previous:
            if len(_FULL_STOPS.findall(self.text, 0, t.start)) > 1:
                self._story = None
                break
            if t.type not in ("DATE", "TIME") or t.interval is None or not t.value[:1].isdigit() \
                    or t.granularity not in ("day", "part_of_day", "hour", "minute"):
                continue
            day = t.interval.start
            self._story = t if self.dct - _dt.timedelta(days=7) <= day < self.dct else None
            break
        else:
            return None     # the lead is not read to its end yet: look again at the next clock time
        return self._story

    def _clock_on_story_day(self, start: int, end: int, text: str) -> Optional[Resolution]:
        """A bare clock time in a past-tense report with no other day named in its sentence or the one
        before is on the story's day ("halted departures on Tuesday morning ... Flights resumed at 9
        a.m.", published Wednesday), not on the day the news was reported ("the company said on
        Wednesday")."""
        story = self._story_day()
        if story is None or self._direction(start, end) == FUTURE \
                or _RESCHEDULED_BEFORE.search(self.low, max(self._sentence_start(start), start - 60), start) \
                or _HABITUAL_AFTER.match(self.low, end):
            return None
        day = story.interval.start
        for t in self.previous:
            if t.start <= story.start or t.type not in ("DATE", "TIME") or t.interval is None:
                continue
            if t.interval.start <= day <= t.interval.end:
                continue
            if t.value[:10] == self.dct.isoformat() and _REPORTED_ON.search(self.low, max(0, t.start - 40), t.start):
                continue    # "the company said on Tuesday": when it was told
            return None     # the story has moved to another time ("in 1998, ...")
        ref = self._ref("D", start)
        if ref is not None and ref.interval is not None and ref.interval.start != day \
                and _sentences_between(self.text, ref.end, start) <= 1 \
                and not (ref.value[:10] == self.dct.isoformat()
                         and _REPORTED_ON.search(self.low, max(0, ref.start - 40), ref.start)):
            return None     # another day named close by: the scene has moved
        interval, gran = cal.value_interval(day.isoformat())
        return Resolution(day.isoformat(), story.tid, interval, gran,
                          f"{text} → {day.isoformat()}: the story's day, '{story.text}' ({story.tid}) in the lead")

    def _clock_day_far(self, start: int, text: str) -> Optional[Resolution]:
        """A bare clock time takes its day from the scene: a day named in the same sentence or the one just
        before it ("will reopen on Monday." ... "Gates will open at 6 a.m."). A day named further back,
        or in another topic ("due in court on Monday." ... "Police asked anyone who saw ... between
        midnight and 3 a.m."), does not date it: the day is left unknown (TimeML: XXXX-XX-XXT03:00)."""
        ref = self._ref("D", start)
        if ref is None or ref.anchor == "publication" and ref.granularity != "day":
            return None
        between = _sentences_between(self.text, ref.end, start)
        if between <= 1:
            return None
        if between <= 3 and ref.interval is not None and ref.interval.start > self.dct \
                and _RESCHEDULED_BEFORE.search(self.low, max(self._sentence_start(start), start - 60), start):
            return None    # "... next Saturday. ... Kick-off has been moved to 12.30pm": the time of that event
        if self._publication_day_told():
            # a report of the publication day's events ("Stocks rallied Wednesday ... The Dow was down at
            # 11 a.m."): its clock times are that day's, however far back the day was named
            return self._done(self.dct.isoformat(), text,
                              "a time in a report on the publication day's events (that day named earlier)")
        return Resolution("XXXX-XX-XX", None, None, None,
                          f"{text}: a time of a day not named in its sentence or the one before "
                          f"('{ref.text}' is further back)")

    def _sentence_start(self, pos: int) -> int:
        return max(self.low.rfind(".", 0, pos), self.low.rfind("\n", 0, pos)) + 1

    def _publication_day_told(self) -> bool:
        """Has an earlier expression dated an event on the publication day itself ("rallied Wednesday",
        "broke out early Tuesday" on that Tuesday)?"""
        day = self.dct.isoformat()
        return any(t.value[:10] == day and t.value[10:11] in ("", "T") and t.rule not in _DAY_LESS_RULES
                   for t in self.previous)

    def _shifted(self, res: Resolution, shift: str, text: str) -> Resolution:
        """`res` moved by `shift` ("W+1", "D+2", "D-1", "Y+X"), keeping its own granularity; "WD-4": the
        ISO week holding the day 4 days before it."""
        we = re.fullmatch(r"WE\+0", shift)
        if we is not None:           # "the first weekend of June": the weekend of that Saturday's week
            if res.interval is None:
                return Resolution("XXXX-WXX-WE", res.anchor, None, None, f"{res.explanation}; no weekend")
            value = cal.period_value("WE", cal.period_start("W", res.interval.start))
            interval, gran = cal.value_interval(value)
            return Resolution(value, res.anchor, interval, gran,
                              f"{text} → {value}: the weekend of {res.value} ({res.explanation})")
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

    def _unresolved(self, value: str, text: str, why: str = "no publication date") -> Resolution:
        return Resolution(value, None, None, None, f"{text} → {value}: {why}")

    def _resolve_undef(self, value: str, start: int, end: int, text: str, bare: bool = True) -> Resolution:
        m = _REL.match(value)
        if m:
            if bare and m.group(1) == "REF" and m.group(2) == "D" and m.group(3) is None:
                coarse = self._day_in_period(start, text)
                if coarse is not None:
                    return coarse
            return self._relative(m.group(1), m.group(2), m.group(3), m.group(4), start, text)
        m = _NAMED.match(value)
        if m:
            kind, arg, which = m.group(1), m.group(2), m.group(3)
            absolute = kind in ("yearperiod", "yearspan", "winterspan") or \
                (kind in ("weekof", "nthweekday") and re.search(r"-y\d{4}$", arg) is not None)
            if self.dct is None and not absolute:
                return self._unresolved(self._underspecified_named(kind, arg), text)
            return getattr(self, "_" + kind)(arg, which, start, end, text)
        return self._unresolved(value, text, "unknown form")

    def _underspecified_named(self, kind: str, arg: str) -> str:
        if kind == "weekday":
            return f"XXXX-WXX-{arg}"
        if kind == "monthday":
            return f"XXXX-{arg[:5]}"
        if kind == "month":
            return f"XXXX-{arg}"
        if kind == "season":
            return f"XXXX-{arg}"
        if kind == "quarter":
            return f"XXXX-Q{arg}"
        if kind == "half":
            return f"XXXX-H{arg}"
        if kind == "yearperiod":
            return arg
        if kind == "weekend":
            return "XXXX-WXX-WE"
        if kind in ("quarterof",):
            return "XXXX-QX"
        if kind == "weekof":
            return "XXXX-WXX"
        if kind == "seasonref":
            return f"XXXX-{arg}"
        if kind == "dayofmonth":
            return f"XXXX-XX-{arg}"
        if kind == "holiday" and re.fullmatch(r"\d{2}-\d{2}", arg):
            return f"XXXX-{arg}"
        return "XXXX-XX-XX"

    def _day_in_period(self, start: int, text: str) -> Optional[Resolution]:
        """"that same day" right after a month ("last October ... that same day"): a day of that month,
        its number unknown (1998-10-XX), rather than a day named before the month."""
        for t in reversed(self.previous):
            if t.tid in self.not_anchorable or t.type not in ("DATE", "TIME") or t.interval is None:
                continue
            if not t.value[:1].isdigit():
                continue
            if t.granularity != "month" or start - t.end > 400:
                return None
            value = t.value + "-XX"
            return Resolution(value, t.tid, t.interval, "month",
                              f"{text} → {value}: a day of '{t.text}' ({t.tid}, {t.value}), day unknown")
        return None

    # -- relative: this / REF / near ------------------------------------------------------------
    def _relative(self, base: str, unit: str, sign: Optional[str], n: Optional[str], start: int,
                  text: str) -> Resolution:
        count = 0 if n is None else (None if n == "X" else int(n))
        if count is None:
            ref = "PAST_REF" if sign == "minus" else "FUTURE_REF"
            return Resolution(ref, "publication" if self.dct else None, None, None,
                              f"{text} → {ref}: an unspecified time {'before' if sign == 'minus' else 'after'} "
                              "publication")
        step = -count if sign == "minus" else count
        anchor_tx: Optional[Timex] = None
        if base == "near":
            anchor_tx = self._near_period(start)
        elif base == "nearrecent":
            # "from last year's $1.5 billion": the period in focus a year back, when that period is the one
            # being reported on (ended within about a year of publication); an older month or quarter told
            # about in passing ("launched in September 2021") is no comparison base, publication is
            anchor_tx = self._near_period(start)
            if anchor_tx is not None and self.dct is not None and \
                    (self.dct - anchor_tx.interval.end).days > 400:
                anchor_tx = None
        elif base in ("REF", "REFSHIFT"):
            anchor_tx = self._ref(unit, start)
            if unit == "M" and base == "REF":
                anchor_tx = self._year_edge_month(unit, start, anchor_tx)
        if anchor_tx is not None:
            a_unit = cal.unit_of_granularity(anchor_tx.granularity) or unit
            # "a year earlier" after a quarter is that quarter a year back; "the following year" is a year.
            finer = cal.RANK[cal.GRANULARITY[a_unit]] < cal.RANK[cal.GRANULARITY[unit]]
            keep = a_unit if base in ("near", "nearrecent", "REFSHIFT") and finer else unit
            if unit == "Y" and keep not in ("Q", "H", "Y"):
                keep = "Y"    # "a year earlier" than a day or a month is that year (TimeBank practice)
            if unit in ("DE", "CE") and cal.RANK[cal.GRANULARITY[keep]] < cal.RANK["year"]:
                keep = "Y"    # "a decade earlier" than a day is a year, not a day ten years back
            origin = cal.period_start(keep, anchor_tx.interval.start)
            shifted = cal.period_start(keep, cal.shift(unit, origin, step))
            value = cal.period_value(keep, shifted)
            interval, gran = cal.value_interval(value)
            how = "the same " + UNIT_NAMES[unit] if step == 0 else \
                f"{_plural(abs(step), unit)} {'before' if step < 0 else 'after'}"
            expl = f"{text} → {value}: {how} '{anchor_tx.text}' ({anchor_tx.tid}, {anchor_tx.value})"
            return Resolution(value, anchor_tx.tid, interval, gran, expl)
        if self.dct is None:
            value = UNDERSPECIFIED_UNIT[unit]
            return self._unresolved(value, text)
        if base == "reported" and unit == "Y" and step == 0:
            year_ended = self._year_just_reported(start, start + len(text), text)
            if year_ended is not None:
                return year_ended
        if base == "reported" and unit == "Q" and step == 0 and _QUARTER_EDGE.match(self.low, start) \
                and self._direction(start, start + len(text)) == FUTURE:
            base = "this"      # "will reopen by the end of the quarter": the current one
        if base in ("REF", "reported") and unit == "Q" and step == 0:
            # "the quarter" with no quarter named before: the one being reported on, i.e. the
            # previous quarter during the first two months of a quarter (earnings season)
            value = self._reported_quarter()
            interval, gran = cal.value_interval(value)
            return Resolution(value, "publication", interval, gran,
                              f"{text} → {value}: the quarter reported on at publication ({_fmt_day(self.dct)})")
        shifted = cal.shift(unit, cal.period_start(unit, self.dct), step)
        value = cal.period_value(unit, shifted)
        interval, gran = cal.value_interval(value)
        if step == 0:
            how = f"the {UNIT_NAMES[unit]} of publication ({_fmt_day(self.dct)})"
        else:
            how = f"{_plural(abs(step), unit)} {'before' if step < 0 else 'after'} publication ({_fmt_day(self.dct)})"
        return Resolution(value, "publication", interval, gran, f"{text} → {value}: {how}")

    # -- named periods chosen by tense ------------------------------------------------------------
    def _pick(self, candidates: list[tuple[_dt.date, _dt.date, str]], which: Optional[str], start: int,
              end: int, slack_days: Optional[int] = 0) -> tuple[_dt.date, _dt.date, str, str]:
        """Choose among occurrences (interval start, end, value) by modifier or tense; returns also the reason."""
        dct = self.dct
        assert dct is not None
        cands = sorted(candidates)
        current = [c for c in cands if c[0] <= dct <= c[1]]
        if which == "this":
            if current:
                return (*current[0], "this")
            # "this summer", "this July": the one of the publication year (winter: the coming one
            # once autumn has begun)
            year = dct.year - (1 if dct.month < 9 and cands[0][2].endswith("WI") else 0)
            same_year = [c for c in cands if c[2].startswith(f"{year:04d}")]
            if same_year:
                return (*same_year[0], "this")
            which = None
        if which in ("last", "recent"):
            past = [c for c in cands if c[1] < dct]
            return (*past[-1], "last")
        if which == "next":
            fut = [c for c in cands if c[0] > dct]
            return (*fut[0], "next")
        direction = self._direction(start, end)
        if current:
            return (*current[0], "containing publication")
        if slack_days is None:
            # Strict: the latest before publication (past) or the first after it (future).
            if direction == FUTURE:
                return (*[c for c in cands if c[0] > dct][0], "future")
            past = [c for c in cands if c[1] < dct]
            return (*past[-1], "past tense" if direction == PAST else "no tense cue, news default")
        # Soft: the nearest occurrence, occurrences against the tense counting four times as far
        # (a wrong tense cue must not throw a date near publication a whole year away).
        def cost(c):
            days = (c[0] - dct).days if c[0] > dct else (dct - c[1]).days
            against = (direction == PAST and c[0] > dct) or (direction == FUTURE and c[1] < dct)
            # without a cue, news reports the past more often than it announces the future: a cue-less
            # future month counts four times as far, a future day (slack) twice ("its record high set on
            # Aug. 6" in February is last August, "the summit on April 24" in February is this April)
            weight = 4 if against else (1 if direction is not None or c[0] <= dct else (2 if slack_days else 4))
            return (days * weight, c[0] > dct)
        best = min(cands, key=cost)
        why = {PAST: "past tense", FUTURE: "future"}.get(direction, "nearest to publication")
        return (*best, why)

    def _done(self, value: str, text: str, why: str) -> Resolution:
        interval, gran = cal.value_interval(value)
        return Resolution(value, "publication", interval, gran,
                          f"{text} → {value}: {why} (publication {_fmt_day(self.dct)})")

    def _weekday(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        dct = self.dct
        wd = int(arg) - 1
        name = WEEKDAY_NAMES[wd]
        delta = (wd - dct.weekday()) % 7
        nxt = dct + _dt.timedelta(days=delta or 7)
        prev = dct - _dt.timedelta(days=(dct.weekday() - wd) % 7 or 7)
        if which in ("last", "recent"):
            return self._done(prev.isoformat(), text, f"the {name} before publication, 'last'")
        if which == "next":
            return self._done(nxt.isoformat(), text, f"the {name} after publication, 'next'")
        if which == "this":
            day = dct + _dt.timedelta(days=wd - dct.weekday())
            return self._done(day.isoformat(), text, f"the {name} of the publication week")
        if which in ("before", "after"):
            return self._weekday_from_ref(wd, which, start, text)
        pair = self._weekday_pair(wd, start)
        if pair is not None:
            day = pair.interval.start + _dt.timedelta(days=(wd - pair.interval.start.weekday()) % 7)
            interval, gran = cal.value_interval(day.isoformat())
            return Resolution(day.isoformat(), pair.tid, interval, gran,
                              f"{text} → {day.isoformat()}: the {name} after '{pair.text}' ({pair.tid}, "
                              f"{pair.value}), named with it")
        named = self._weekday_named_with_date(wd, start)
        if named is not None and named.interval.start > dct and self.low[max(0, start - 3):start] == "on " \
                and self._direction(start, end) == PAST:
            named = None     # "will begin on Monday, Jan. 13 ... members debated the plan on Monday": past
        if named is not None:
            interval, gran = cal.value_interval(named.value)
            return Resolution(named.value, named.tid, interval, gran,
                              f"{text} → {named.value}: the {name} dated earlier, '{named.text}' ({named.tid})")
        # "Wednesday's ruling" names an event already known: the tense of the clause says little.
        possessive = self.low[end:end + 2] == "'s"
        direction = None if possessive else self._direction(start, end)
        if possessive and _WILL_BEFORE.search(self.low, max(self._sentence_start(start), start - 60), start) \
                and self._direction(start, end) == FUTURE:
            direction = FUTURE   # "investors will watch Thursday's report": one still to come
        if delta == 0:
            # In news a weekday equal to the publication weekday is that day, unless the clause looks
            # ahead: "will publish its next update on Thursday" on a Thursday is next week's.
            if direction == FUTURE and self._future_same_weekday(start, end):
                return self._done(nxt.isoformat(), text, f"the {name} after publication, future cue")
            return self._done(dct.isoformat(), text, "the publication day itself")
        if direction is None:
            listed = self._future_weekday_before(start)
            if listed is not None:
                ref_day = listed.interval.start
                day = ref_day + _dt.timedelta(days=(wd - ref_day.weekday()) % 7 or 7)
                interval, gran = cal.value_interval(day.isoformat())
                return Resolution(day.isoformat(), listed.tid, interval, gran,
                                  f"{text} → {day.isoformat()}: the {name} after '{listed.text}' ({listed.tid}, "
                                  f"{listed.value}), a later stop of the same future plan")
        if direction == FUTURE:
            return self._done(nxt.isoformat(), text, f"the {name} after publication, future")
        tense_word = "past tense" if direction == PAST else "no tense cue, news default"
        return self._done(prev.isoformat(), text, f"the {name} before publication, {tense_word}")

    def _future_weekday_before(self, start: int) -> Optional[Timex]:
        """"will meet them in Oslo on Tuesday and in Bergen on Wednesday, before flying home on
        Thursday": a weekday without a tense cue of its own, later in the same sentence as a weekday put
        after publication, continues that itinerary."""
        t = self.previous[-1] if self.previous else None
        if t is None or t.interval is None or not t.rule.startswith("weekday") \
                or t.granularity not in ("day", "part_of_day"):
            return None
        if t.interval.start <= self.dct or start - t.end > 150:
            return None
        if self._sentence_start(start) > t.start:
            return None
        return t

    def _weekday_pair(self, wd: int, start: int) -> Optional[Timex]:
        """"on Friday or Saturday", "Sunday and Monday", "Monday to Thursday": the second weekday of a pair
        or a range is counted on from the first, not chosen again by tense."""
        if not self.previous:
            return None
        t = self.previous[-1]
        gap = _WEEKDAY_PAIR_GAP.fullmatch(self.low, t.end, start)
        if t.granularity != "day" or t.interval is None or t.rule != "weekday" or gap is None:
            return None
        ahead = (wd - t.interval.start.weekday()) % 7
        # "Friday and Thursday" lists days, it does not run on: only the next day or the one after
        if re.search(r"\b(?:and|or)\b", gap.group()) and ahead not in (1, 2):
            return None
        return t if ahead else None

    def _weekday_named_with_date(self, wd: int, start: int) -> Optional[Timex]:
        """"The strike was due on Friday 17 March ... tickets for Friday will be accepted": a bare weekday
        after the same weekday written out with its date, in the week around publication, is that day."""
        for t in reversed(self.previous):
            if start - t.end > 3000:
                break
            if t.granularity != "day" or t.interval is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value):
                continue
            if t.interval.start.weekday() != wd or abs((t.interval.start - self.dct).days) > 7:
                continue
            if WEEKDAY_NAMES[wd].lower() in self.low[t.start:t.end] and re.search(r"\d", t.text):
                return t
        return None

    def _future_same_weekday(self, start: int, end: int) -> bool:
        """A future clause about the publication weekday means next week's only with an explicit
        modal or "next" before it ("will ... on Thursday", "its next meeting Thursday"): a schedule
        verb alone ("talks resume Thursday") may well be today."""
        sentence = max(self.low.rfind(".", 0, start), self.low.rfind("\n", 0, start)) + 1
        return _WILL_OR_NEXT_BEFORE.search(self.low, max(sentence, start - 100), start) is not None

    def _weekday_from_ref(self, wd: int, which: str, start: int, text: str) -> Resolution:
        """"the previous Friday" / "the following Monday": from the latest day mentioned before, else
        from publication."""
        name = WEEKDAY_NAMES[wd]
        ref = self._ref("D", start)
        origin = ref.interval.start if ref is not None else self.dct
        if which == "before":
            day = origin - _dt.timedelta(days=(origin.weekday() - wd) % 7 or 7)
        else:
            day = origin + _dt.timedelta(days=(wd - origin.weekday()) % 7 or 7)
        word = "before" if which == "before" else "after"
        if ref is None:
            return self._done(day.isoformat(), text, f"the {name} {word} publication")
        interval, gran = cal.value_interval(day.isoformat())
        return Resolution(day.isoformat(), ref.tid, interval, gran,
                          f"{text} → {day.isoformat()}: the {name} {word} '{ref.text}' ({ref.tid}, {ref.value})")

    def _weekend(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        """"the weekend": the one just past in a past-tense (or cue-less) report early in the week,
        the coming one in a future clause or late in the week; the current one on a Saturday or Sunday."""
        dct = self.dct
        monday = dct - _dt.timedelta(days=dct.weekday())
        if dct.weekday() >= 5:
            week, why = monday, "the weekend of publication"
        else:
            direction = self._direction(start, end)
            said = self.low[start:end].split()[0]
            if direction == FUTURE or (direction is None and (dct.weekday() >= 3 or said == "this")):
                week, why = monday, "the coming weekend"
            else:
                week, why = monday - _dt.timedelta(days=7), "the weekend before publication"
        return self._done(cal.period_value("WE", week), text, why)

    def _narrative_year(self, start: int) -> Optional[Timex]:
        """In a narrative (a history, a biography: nothing so far anchored on the publication date), the
        latest year written out before, when it is not around publication: "fought on 14 June 1863 ...
        Scouts reached Kessmere on 13 June" is 1863. News, which dates by publication ("on Tuesday",
        "last week"), keeps choosing the year by tense, and so does a date a statement is reported on
        ("The company, founded in 1998, said on March 3 ...")."""
        for t in reversed(self.previous):
            if t.anchor == "publication":
                return None
        if _REPORTED_ON.search(self.low, max(0, start - 40), start):
            return None
        for t in reversed(self.previous):
            if t.interval is None or t.type not in ("DATE", "TIME") or not t.value[:1].isdigit():
                continue
            if t.tid in self.not_anchorable or cal.RANK.get(t.granularity or "", 99) > cal.RANK["year"]:
                continue
            if start - t.end > 1500 or abs(t.interval.start.year - self.dct.year) <= 1:
                return None
            if t.granularity == "year" and not self._year_sets_the_scene(t):
                return None
            # A history is told in the past: "It will close on Sept. 1" after "opened in 1974" is ahead.
            return None if self._direction(start, start + 1) == FUTURE else t
        return None

    def _scene_full_date(self, start: int, end: int) -> Optional[Timex]:
        """In a past-tense clause, a year-less date takes the year of the latest date written with its
        year (a day or a month: "on March 17, 2005", "in August 2006", or one counted from such a date)
        in the same or the previous paragraph, when that date is well before publication: "convicted him
        on November 4" after "His trial opened in October of that year" (2005) is 2005, even in a story
        that also dates by publication ("on Monday"). Only a date in the same paragraph, as a time
        adverbial ("on ...", "in ..."), sets the scene."""
        found = self._scene_candidate(start)
        if found is None or _REPORTED_ON.search(self.low, max(0, start - 40), start) \
                or self._direction(start, end) != PAST:
            return None
        return found

    def _scene_candidate(self, start: int) -> Optional[Timex]:
        for t in reversed(self.previous):
            if t.interval is None or t.type not in ("DATE", "TIME") or not t.value[:1].isdigit():
                continue
            if t.granularity not in ("day", "month", "part_of_day", "hour", "minute"):
                return None   # "On May 22, 1995, ... and the following year ...": the story moved on
            if "\n" in self.low[t.end:start] or start - t.end > 1500:
                return None
            if t.tid in self.not_anchorable or t.anchor == "publication" or t.anchor is None and \
                    t.rule.startswith(("weekday", "deictic")):
                return None
            if not _SCENE_PREPOSITION_BEFORE.search(self.low, max(0, t.start - 12), t.start):
                continue      # "the Dec. 21, 1988, bombing": a modifier, not the time of the story
            if (self.dct - t.interval.end).days <= 270:
                return None
            return t
        return None

    def _year_sets_the_scene(self, t: Timex) -> bool:
        """A bare year dates what follows only as a time adverbial of the main clause ("In 1863, the army
        crossed"), not as a modifier ("the 2008 crisis", "the 1995 merger") nor inside a relative clause
        ("Smith, who joined in 2009, resigned on April 4": April 4 is news, not 2009)."""
        if _WORD_AFTER.match(self.low, t.end) and not _CLAUSE_WORD_AFTER.match(self.low, t.end):
            return False
        return not _RELATIVE_BEFORE.search(self.low, max(0, t.start - 120), t.start)

    def _in_narrative_year(self, value: str, ref: Timex, text: str, what: str) -> Resolution:
        interval, gran = cal.value_interval(value)
        return Resolution(value, ref.tid, interval, gran,
                          f"{text} → {value}: {what} without a year in a narrative, the year of '{ref.text}' "
                          f"({ref.tid}, {ref.value})")

    def _monthday(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        # arg: "MM-DD", optionally "-w<weekday>" ("Wednesday 16 February": the year whose 16 February
        # is a Wednesday, when one of the candidate years has it)
        month, day = int(arg[:2]), int(arg[3:5])
        weekday = arg[7:8] if arg[5:7] == "-w" else ""
        ref = self._narrative_year(start) if which is None and not weekday else None
        if ref is None and which is None and not weekday:
            ref = self._scene_full_date(start, end)
        if ref is not None:
            try:
                d = _dt.date(ref.interval.start.year, month, day)
            except ValueError:
                d = None
            if d is not None:
                return self._in_narrative_year(d.isoformat(), ref, text, f"{MONTH_NAMES[month - 1]} {day}")
        cands = []
        for y in (self.dct.year - 1, self.dct.year, self.dct.year + 1):
            try:
                d = _dt.date(y, month, day)
            except ValueError:
                continue
            cands.append((d, d, d.isoformat()))
        if not cands:
            return self._unresolved(f"XXXX-{arg[:5]}", text, "no such day")
        if weekday:
            agree = [c for c in cands if c[0].isoweekday() == int(weekday)]
            if agree and len(agree) < len(cands):
                s, e, v, why = self._pick(agree, which, start, end, slack_days=7)
                return self._done(v, text, f"{MONTH_NAMES[month - 1]} {day} without a year, the one that "
                                           f"falls on a {WEEKDAY_NAMES[int(weekday) - 1]}")
        s, e, v, why = self._pick(cands, which, start, end, slack_days=7)
        return self._done(v, text, f"{MONTH_NAMES[month - 1]} {day} without a year, {why}")

    def _dayofmonth(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        """"on the 25th": a day of the month named or dated earlier in the same paragraph ("In March ...
        on the 21st"); otherwise that day in the month before, of or after publication (months without
        that day skipped), chosen by tense as for "May 25" ("It reported on the 28th" is last month's)."""
        day = int(arg)
        ref = self._ref("M", start)
        if ref is not None and ref.interval is not None and not ref.rule.startswith(("weekday", "deictic")) \
                and not _BLANK_LINE.search(self.low, ref.end, start):
            try:
                d = ref.interval.start.replace(day=day)
            except ValueError:
                return self._unresolved(f"XXXX-XX-{arg}", text, f"{ref.value} has no day {day}")
            interval, gran = cal.value_interval(d.isoformat())
            return Resolution(d.isoformat(), ref.tid, interval, gran,
                              f"{text} → {d.isoformat()}: day {day} of '{ref.text}' ({ref.tid}, {ref.value})")
        first = cal.period_start("M", self.dct)
        cands = []
        for ks in ((-1, -2), (0,), (1, 2)):     # the nearest month before and after that has the day
            for k in ks:
                try:
                    d = cal.add_months(first, k).replace(day=day)
                except ValueError:
                    continue
                cands.append((d, d, d.isoformat()))
                break
        if not cands:
            return self._unresolved(f"XXXX-XX-{arg}", text, "no such day")
        s, e, v, why = self._pick(cands, which, start, end, slack_days=7)
        return self._done(v, text, f"day {day} of a month not named, {why}")

    def _month(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        month = int(arg)
        ref = self._narrative_year(start) if which is None else None
        if ref is None and which is None:
            ref = self._scene_full_date(start, end)
        if ref is not None:
            return self._in_narrative_year(f"{ref.interval.start.year:04d}-{month:02d}", ref, text,
                                           MONTH_NAMES[month - 1])
        cands = []
        for y in (self.dct.year - 1, self.dct.year, self.dct.year + 1):
            iv, _ = cal.value_interval(f"{y:04d}-{month:02d}")
            cands.append((iv.start, iv.end, f"{y:04d}-{month:02d}"))
        if which is None and _DELIVERY_AFTER.match(self.low, end):
            # "wheat futures for March delivery", "the September contract": a contract month is the
            # publication month or one to come, whatever the tense of the market report
            s, e, v = [c for c in cands if c[1] >= self.dct][0]
            return self._done(v, text, f"{MONTH_NAMES[month - 1]} as a contract month: the coming one")
        if which is None and self.previous:
            first = self._range_first_month(start)
            if first is not None:
                s0 = first.interval.start
                y = s0.year if month >= s0.month else s0.year + 1
                v = f"{y:04d}-{month:02d}"
                iv, gran = cal.value_interval(v)
                return Resolution(v, first.tid, iv, gran,
                                  f"{text} → {v}: the end of a range of months from {first.text} ({first.value})")
        if which is None and _STATISTIC_FOR.search(self.low, max(0, start - 40), start):
            s, e, v = [c for c in cands if c[0] <= self.dct][-1]
            return self._done(v, text, f"{MONTH_NAMES[month - 1]} as the month a statistic measures: the latest "
                                       "begun by publication")
        # A month named in a past-tense clause has begun by publication; in a future one it has not ended.
        direction = self._direction(start, end) if which is None else None
        if direction == PAST:
            s, e, v = [c for c in cands if c[0] <= self.dct][-1]
            return self._done(v, text, f"{MONTH_NAMES[month - 1]} without a year, past tense")
        if direction == FUTURE:
            s, e, v = [c for c in cands if c[1] >= self.dct][0]
            return self._done(v, text, f"{MONTH_NAMES[month - 1]} without a year, future")
        if which == "last":
            # the month just before the publication month would be "last month": "last February"
            # on 1 March is February a year back; but "last December" in January is the December of
            # last year, the one just ended
            before = [c for c in cands if c[1] < self.dct]
            s, e, v = before[-1]
            if cal.add_months(s, 1) == cal.period_start("M", self.dct) and s.year == self.dct.year \
                    and len(before) > 1:
                s, e, v = before[-2]
                return self._done(v, text, f"last {MONTH_NAMES[month - 1]}: the one before the month just "
                                           "ended (that one would be 'last month')")
            return self._done(v, text, f"last {MONTH_NAMES[month - 1]}: the latest before the publication month")
        s, e, v, why = self._pick(cands, which, start, end)
        return self._done(v, text, f"{MONTH_NAMES[month - 1]} without a year, {why}")

    def _range_first_month(self, start: int) -> Optional[Timex]:
        """"from May to October": the month that opens the range, so that its end is not put before it."""
        t = self.previous[-1]
        if t.granularity != "month" or t.interval is None or not _MONTH_VALUE.match(t.value):
            return None
        if not _RANGE_TO.match(self.low, t.end, start) or t.end + 12 < start:
            return None
        return t if _RANGE_FROM.search(self.low, max(0, t.start - 12), t.start) else None

    def _season(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        ref = self._narrative_year(start) if which is None else None
        if ref is not None:
            return self._in_narrative_year(f"{ref.interval.start.year:04d}-{arg}", ref, text, SEASON_NAMES[arg])
        cands = []
        for y in (self.dct.year - 1, self.dct.year, self.dct.year + 1):
            iv = cal.season_interval(y, arg)
            cands.append((iv.start, iv.end, f"{y:04d}-{arg}"))
        s, e, v, why = self._pick(cands, which, start, end)
        return self._done(v, text, f"{SEASON_NAMES[arg]} without a year, {why}")

    def _quarter(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        return self._part(f"Q{arg}", which, start, end, text, "quarter")

    def _half(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        return self._part(f"H{arg}", which, start, end, text, "half")

    def _part(self, part: str, which: Optional[str], start: int, end: int, text: str, name: str) -> Resolution:
        # Without a year, a quarter is the latest one begun by publication (results are reported
        # after the quarter), unless the clause speaks of the future.
        cands = []
        for y in (self.dct.year - 1, self.dct.year, self.dct.year + 1):
            iv, _ = cal.value_interval(f"{y:04d}-{part}")
            cands.append((iv.start, iv.end, f"{y:04d}-{part}"))
        if which is None:
            past = [c for c in cands if c[0] <= self.dct]
            s, e, v = past[-1]
            # "expects to post first-quarter results" in October is next year's first quarter.
            if (self.dct - e).days > 90 and self._direction(start, end) == FUTURE:
                s, e, v = [c for c in cands if c[0] > self.dct][0]
                return self._done(v, text, f"{name} without a year, the next one (future)")
            return self._done(v, text, f"{name} without a year, the latest begun by publication")
        s, e, v, why = self._pick(cands, which, start, end)
        return self._done(v, text, f"{name} without a year, {why}")

    def _weekof(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        """"the week of March 6": the ISO week holding that day (of the year given, or chosen by tense)."""
        monthday, _, year = arg.partition("-y")
        if year:
            try:
                day = _dt.date(int(year), int(monthday[:2]), int(monthday[3:]))
            except ValueError:
                return self._unresolved("XXXX-WXX", text, "no such day")
        else:
            res = self._monthday(monthday, which, start, end, text)
            if res.interval is None:
                return Resolution("XXXX-WXX", None, None, None, res.explanation)
            day = res.interval.start
        value = cal.period_value("W", cal.period_start("W", day))
        interval, gran = cal.value_interval(value)
        return Resolution(value, None if year else "publication", interval, gran,
                          f"{text} → {value}: the week of {day.isoformat()}")

    def _quarterof(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        """"the quarter ended Sept. 30": the quarter that contains the date that follows."""
        day = self._monthday(arg, None, start, end, text)
        if day.interval is None:
            return day
        value = cal.period_value("Q", cal.period_start("Q", day.interval.start))
        interval, gran = cal.value_interval(value)
        return Resolution(value, "publication", interval, gran,
                          f"{text} → {value}: the quarter ending {day.value}")

    def _yearperiod(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        """"the 1988 period" next to a quarter: that quarter of 1988; otherwise the year 1988."""
        near = self._near_period(start)
        if near is not None and near.granularity in ("quarter", "half"):
            value = arg + near.value[4:]
            interval, gran = cal.value_interval(value)
            return Resolution(value, near.tid, interval, gran,
                              f"{text} → {value}: the period of '{near.text}' ({near.tid}) in {arg}")
        interval, gran = cal.value_interval(arg)
        return Resolution(arg, None, interval, gran, f"{text} → {arg}: absolute")

    def _holiday(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        if arg.endswith("-week"):          # "Easter week": the ISO week holding the holiday
            day = self._holiday(arg[:-5], which, start, end, text)
            if day.interval is None:
                return day
            value = cal.period_value("W", cal.period_start("W", day.interval.start))
            return self._done(value, text, f"the week of {day.value}")
        year_m = re.match(r"^(.*)-y(\d{4})$", arg)
        if year_m:
            d = _holiday(year_m.group(1), int(year_m.group(2)))
            if d is None:
                return self._unresolved("XXXX-XX-XX", text, "unknown holiday")
            return Resolution(d.isoformat(), None, Interval(d, d), "day", f"{text} → {d.isoformat()}: absolute")
        cands = []
        for y in (self.dct.year - 1, self.dct.year, self.dct.year + 1):
            d = _holiday(arg, y)
            if d is not None:
                cands.append((d, d, d.isoformat()))
        if not cands:
            return self._unresolved("XXXX-XX-XX", text, "unknown holiday")
        # A holiday comes once a year: in a future clause it is the next one, however far ("the sale
        # starts the day after Christmas" in February is next December); otherwise the nearest, a past
        # one counting less ("protesters prayed as Easter week began": the week of the coming Easter).
        strict = which is None and self._direction(start, end) == FUTURE
        s, e, v, why = self._pick(cands, which, start, end, slack_days=None if strict else 0)
        return self._done(v, text, f"holiday without a year, {why}")

    def _nthweekday(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        """"the second Tuesday in November 2024", "the last Friday of March" (the month's year as for a
        bare "March"), "the first Monday of the month" (the publication month, or one shifted from it)."""
        n, wd_s, spec = arg.split("-", 2)
        wd = int(wd_s) - 1
        anchor: Optional[str] = "publication"
        if spec.startswith("M"):
            month, _, year = spec[1:].partition("-y")
            if year:
                first, anchor = _dt.date(int(year), int(month), 1), None
            else:
                res = self._month(month, None, start, end, text)
                if res.interval is None:
                    return self._unresolved("XXXX-XX-XX", text, res.explanation)
                first = res.interval.start
        else:
            first = cal.add_months(cal.period_start("M", self.dct), int(spec[1:]))
        if n == "L":
            last = cal.add_months(first, 1) - _dt.timedelta(days=1)
            day = last - _dt.timedelta(days=(last.weekday() - wd) % 7)
            nth = "last"
        else:
            day = first + _dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (int(n) - 1))
            nth = ("first", "second", "third", "fourth", "fifth")[int(n) - 1] if n in "12345" else f"no. {n}"
            if day.month != first.month:
                return self._unresolved("XXXX-XX-XX", text, f"{first:%B %Y} has no {nth} {WEEKDAY_NAMES[wd]}")
        value = day.isoformat()
        interval, gran = cal.value_interval(value)
        return Resolution(value, anchor, interval, gran,
                          f"{text} → {value}: the {nth} {WEEKDAY_NAMES[wd]} of {first:%B %Y}"
                          + (f" (publication {_fmt_day(self.dct)})" if anchor else ""))

    @staticmethod
    def _span_years(arg: str) -> tuple[int, int]:
        first_s, second_s = arg.split("-", 1)
        first = int(first_s)
        second = first - first % 100 + int(second_s) % 100
        if second < first:
            second += 100
        return first, second

    def _yearspan(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        """"the 2019-20 season", "2021/22": TIMEX3 has no value for a span of years; the value is the first
        year (the period begins in it), the interval covers both."""
        first, last = self._span_years(arg)
        value = f"{first:04d}"
        interval = Interval(_dt.date(first, 1, 1), _dt.date(last, 12, 31))
        return Resolution(value, None, interval, "year",
                          f"{text} → {value}: a span of years {first}-{last}, valued by its first year")

    def _winterspan(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        """"the winter of 1941-42": the winter that begins in December 1941 (value 1941-WI, as annotators
        write it), December 1941 to February 1942."""
        first, last = self._span_years(arg)
        value = f"{first:04d}-WI"
        interval = cal.season_interval(first, "WI")
        return Resolution(value, None, interval, "season",
                          f"{text} → {value}: the winter from December {first} to February {first + 1}")

    def _seasonref(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        """"that autumn", "the following spring", "the previous winter": the season of, after or before the
        latest earlier expression of a year or finer; deictic when there is none."""
        ref = self._ref("Y", start)
        if ref is None:
            return self._season(arg, {"after": "next", "before": "last"}.get(which or "", "this"), start, end, text)
        name = SEASON_NAMES[arg]
        cands = []
        for y in range(ref.interval.start.year - 1, ref.interval.end.year + 3):
            cands.append((cal.season_interval(y, arg), f"{y:04d}-{arg}"))
        if which == "after":
            iv, value = [c for c in cands if c[0].start > ref.interval.end][0]
            how = f"the {name} after"
        elif which == "before":
            iv, value = [c for c in cands if c[0].end < ref.interval.start][-1]
            how = f"the {name} before"
        else:
            value = f"{ref.interval.start.year:04d}-{arg}"
            if ref.granularity != "year":
                inside = [c for c in cands if c[0].start <= ref.interval.start <= c[0].end]
                if inside:
                    value = inside[0][1]
            iv = cal.value_interval(value)[0]
            how = f"the {name} of"
        return Resolution(value, ref.tid, iv, "season",
                          f"{text} → {value}: {how} '{ref.text}' ({ref.tid}, {ref.value})")


# A sentence end: a full stop (not of "a.m."/"p.m."/"Mr."-style abbreviations before a lower-case
# word), "!" or "?", then a capital or a quote; or a blank line.
_SENTENCE_END = re.compile(r"(?<![A-Z][a-z])(?<!\b[A-Z])(?<!\b[ap]\.m)[.!?][\"”’)]*[ \t\n]+(?=[\"“(]?[A-Z0-9])"
                           r"|\n[ \t]*\n")


# After a clock time: a habit, not one day's time ("until 9 p.m. on Thursdays", "at 6 a.m. every day").
_HABITUAL_AFTER = re.compile(r"[ \t]+(?:on[ \t]+[a-z]+days|every|each|daily|nightly|weekdays|weekends)\b")
# A full stop ending a sentence (not a blank line: a headline above the lead is not a sentence of it).
_FULL_STOPS = re.compile(r"(?<![A-Z][a-z])(?<!\b[A-Z])(?<!\b[ap]\.m)[.!?][\"”’)]*[ \t\n]+(?=[\"“(]?[A-Z0-9])")


def _sentences_between(text: str, a: int, b: int) -> int:
    """How many sentence ends lie between offsets a and b (a day in the same sentence: 0)."""
    return sum(1 for _ in _SENTENCE_END.finditer(text, a, b))


# Between a clock time and the day it belongs to: "at 3 p.m. on Sunday", "10:35 a.m. (0735 GMT) Friday",
# "at 9:00, May 16", "5:00 p.m., New York City time, on June 14".
_TIME_TO_DAY = re.compile(r"[ \t]*(?:\([^()\n]{0,24}\)[ \t]*)?(?:,?[ \t]+(?:[A-Za-z.]+[ \t]+){0,3}time\b)?"
                          r"[ \t]*(?:,[ \t]*)?(?:on[ \t]+)?")


def _clock_of_next_day(anchorer: "Anchorer", m, nxt, text: str, surface: str, tid: str) -> Optional[Resolution]:
    """A bare clock time ("3 p.m.") followed by the day it is on ("on Sunday"): that day's time, not the
    time of the day named before it."""
    if nxt is None or nxt.type != "DATE" or not m.value.startswith("UNDEF-REF-D|T"):
        return None
    gap = _TIME_TO_DAY.match(text, m.end, nxt.start)
    if gap is None or gap.end() != nxt.start or nxt.start == m.end:
        return None
    day = anchorer.resolve(nxt.value, nxt.start, nxt.end, text[nxt.start:nxt.end])
    if day.granularity != "day" or not day.value[:1].isdigit():
        return None
    value = day.value + m.value.split("|", 1)[1]
    interval, gran = cal.value_interval(value)
    if interval is None:
        return None
    return Resolution(value, tid, interval, gran,
                      f"{surface} → {value}: the time on '{text[nxt.start:nxt.end]}' ({tid}, {day.value}) after it")


def _day_month_document(mentions: Sequence) -> bool:
    """Does the text write numeric dates day first? Yes when some slash date can only be day/month
    ("16/02/2022") and none can only be month/day ("02/16/2022"): then the ambiguous ones ("08/04/2022")
    are day/month too, not the US order."""
    dmy = mdy = False
    for m in mentions:
        rid = m.rule.id
        if rid == "date.dmy_slash" or (rid == "date.md_slash" and m.fields.get("d2")):
            dmy = True
        elif rid in ("date.us_slash", "date.md_slash") and int(m.fields.get("day") or 0) > 12:
            mdy = True
    return dmy and not mdy


_SWAPPABLE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$|^UNDEF-monthday-(\d{2})-(\d{2})(-w)$")


def _as_day_month(m) -> Optional[str]:
    """The value of an ambiguous month/day slash date read day/month ("08/04/2022" -> 2022-04-08)."""
    if m.rule.id not in ("date.us_slash", "date.md_slash") or int(m.fields.get("day") or 99) > 12:
        return None
    v = _SWAPPABLE.match(m.value)
    if v is None:
        return None
    if v.group(1):
        return f"{v.group(1)}-{v.group(3)}-{v.group(2)}"
    return f"UNDEF-monthday-{v.group(5)}-{v.group(4)}{v.group(6)}"


# "four minutes later", "about half an hour later": a duration of minutes or hours, then "later"/"earlier".
_CLOCK_SHIFT_AFTER = re.compile(r" (later|earlier)\b")
_CLOCK_DURATION = re.compile(r"^PT([0-9]+)([HM])$")
_CLOCK_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2}|XXXX-XX-XX)T(\d{2}):(\d{2})$")


def _clock_shift(m, out: list, text: str, tid: str) -> Optional[Timex]:
    """"A patrol car arrived four minutes later" after "at 2:40 a.m." is the time 2:44 a.m. (TimeML: a
    TIME over "four minutes later"): a duration of minutes or hours followed by "later"/"earlier", when a
    clock time was named in the same sentence or the one before. Otherwise it stays a duration."""
    if m.type != "DURATION":
        return None
    dur = _CLOCK_DURATION.match(cal.canonical_duration(m.value)) if m.value.startswith("P") else None
    after = _CLOCK_SHIFT_AFTER.match(text, m.end)
    if dur is None or after is None:
        return None
    ref = next((t for t in reversed(out) if t.type == "TIME"), None)
    if ref is None or _sentences_between(text, ref.end, m.start) > 1:
        return None
    clock = _CLOCK_VALUE.match(ref.value)
    if clock is None:
        return None
    minutes = int(dur.group(1)) * (60 if dur.group(2) == "H" else 1)
    if after.group(1) == "earlier":
        minutes = -minutes
    day = _dt.date.fromisoformat(clock.group(1)) if clock.group(1)[0].isdigit() else _dt.date(2000, 1, 1)
    moment = _dt.datetime.combine(day, _dt.time(int(clock.group(2)) % 24, int(clock.group(3))))
    if clock.group(2) == "24":
        moment += _dt.timedelta(days=1)
    moment += _dt.timedelta(minutes=minutes)
    if clock.group(1)[0].isdigit():
        value = f"{moment.date().isoformat()}T{moment:%H:%M}"
    elif moment.date() == day:
        value = f"XXXX-XX-XXT{moment:%H:%M}"
    else:
        return None
    interval, gran = cal.value_interval(value)
    end = after.end()
    return Timex(tid=tid, start=m.start, end=end, text=text[m.start:end], type="TIME", value=value,
                 rule=m.rule.id + "+later", anchor=ref.tid, granularity=gran, interval=interval, mod=m.mod,
                 explanation=f"{text[m.start:end]} → {value}: {text[m.start:m.end]} {after.group(1)} than "
                             f"'{ref.text}' ({ref.tid}, {ref.value})")


def resolve_mentions(mentions: Sequence, text: str, low: str, reference: Optional[_dt.date]) -> list[Timex]:
    anchorer = Anchorer(low, reference, text)
    out: list[Timex] = []
    day_first = "/" in text and _day_month_document(mentions)
    for i, m in enumerate(mentions, start=1):
        surface = text[m.start:m.end]
        nxt = mentions[i] if i < len(mentions) else None
        shifted = _clock_shift(m, out, text, f"t{i}")
        if shifted is not None and (nxt is None or nxt.start >= shifted.end):
            out.append(shifted)
            anchorer.previous.append(shifted)
            continue
        swapped = _as_day_month(m) if day_first else None
        if swapped is not None:
            res = anchorer.resolve(swapped, m.start, m.end, surface)
            res = Resolution(res.value, res.anchor, res.interval, res.granularity,
                             res.explanation + "; day/month, as the unambiguous numeric dates of this text")
        else:
            res = _clock_of_next_day(anchorer, m, nxt, text, surface, f"t{i + 1}") \
                or anchorer.resolve(m.value, m.start, m.end, surface)
        ttype = m.type
        interval = res.interval if ttype in ("DATE", "TIME") else None
        granularity = res.granularity if ttype in ("DATE", "TIME") else None
        if res.value == "PRESENT_REF" and reference is not None and ttype == "DATE":
            interval, granularity = Interval(reference, reference), "day"
        anchor = res.anchor
        tx = Timex(tid=f"t{i}", start=m.start, end=m.end, text=surface, type=ttype, value=res.value,
                   rule=m.rule.id, explanation=res.explanation, anchor=anchor, granularity=granularity,
                   interval=interval, mod=m.mod, quant=m.quant, freq=m.freq)
        out.append(tx)
        anchorer.previous.append(tx)
        if not getattr(m, "anchorable", True):
            anchorer.not_anchorable.add(tx.tid)
    return out
