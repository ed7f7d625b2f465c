"""Document-level passes of resolve_mentions: the day-month order of slash dates, a clock time
followed by its day, and clock shifts ("four minutes later")."""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Optional

from ..model import Timex
from . import calendar as cal
from .resolution import Resolution, _sentences_between

if TYPE_CHECKING:
    from .anchor import Anchorer

# Between a clock time and the day it belongs to: "at 3 p.m. on Sunday", "10:35 a.m. (0735 GMT) Friday",
# "at 9:00, May 16", "5:00 p.m., New York City time, on June 14".
# ("at 9 a.m. local time on Saturday": the blanks before "local" are the optional gloss's own.)
# Round 88: an event told by its clock time, "after the 6.30pm show tomorrow", "the 7.15 train on Friday": the
# event's noun may stand between the time and its day (the match must reach the day's mention, which ends
# the search: no look-ahead past it). Round 129: "at midnight on a Sunday": the article of a day told as one of
# its kind, still the day the time is on.
_TIME_TO_DAY = re.compile(r"(?:[ \t]*\([^()\n]{0,24}\))?(?:,?[ \t]+(?:[A-Za-z.]+[ \t]+){0,3}time\b)?"
                          r"(?:[ \t]+(?:show|screening|performance|concert|gig|matinee|showing|match|game|flight|"
                          r"train|ferry|sailing|departure|service|session|meeting)(?=[ \t]))?"
                          r"[ \t]*(?:,[ \t]*)?(?:on[ \t]+)?(?:the[ \t]+|(?<=on[ \t])a[ \t]+)?")

# Round 146: a run named by its time and the place it leaves or heads for, then its day: "the 06:20 departure
# to Faro on Saturday", "the 07:10 from Leeds on 4 May".
_SERVICE_PLACE_TO_DAY = re.compile(r"(?:[ \t]+(?:service|train|departure|flight|ferry|sailing|bus|coach))?[ \t]+"
                                   r"(?:from|to)[ \t]+[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2}[ \t]*,?[ \t]*"
                                   r"on[ \t]+(?:the[ \t]+)?")


def _clock_of_next_day(anchorer: "Anchorer", m, nxt, text: str, surface: str, tid: str,
                       after=None) -> Optional[Resolution]:
    """A bare clock time ("3 p.m.") followed by the day it is on ("on Sunday"): that day's time, not the
    time of the day named before it. `after` is the mention after `nxt`, if any."""
    if nxt is None or not m.value.startswith("UNDEF-REF-D|T"):
        return None
    if nxt.type == "TIME":
        return _clock_range_start(anchorer, m, nxt, text, surface, tid, after) \
            or _clock_of_next_day_part(anchorer, m, nxt, text, surface, tid) \
            or _clock_glossed_then_day(anchorer, m, nxt, text, surface, f"t{int(tid[1:]) + 1}", after)
    if nxt.type != "DATE":
        return None
    gap = _TIME_TO_DAY.match(text, m.end, nxt.start)
    if gap is None and text[m.end:m.end + 1] == ")":
        gap = _TIME_TO_DAY.match(text, m.end + 1, nxt.start)    # Round 94: the gloss's own "(1232 UTC) on"
    if (gap is None or gap.end() != nxt.start) and text[max(0, m.start - 4):m.start].lower() == "the ":
        gap = _SERVICE_PLACE_TO_DAY.match(text, m.end, nxt.start)  # Round 146: "the 06:20 departure to Faro on"
    if gap is None or gap.end() != nxt.start or nxt.start == m.end:
        return None
    return _clock_on_day_mention(anchorer, m, nxt, text, surface, tid, "after it")


def _clock_on_day_mention(anchorer: "Anchorer", m, day_mention, text: str, surface: str, tid: str,
                          how: str) -> Optional[Resolution]:
    """The clock time `m` on the day that `day_mention` (the mention numbered `tid`) resolves to, if a day."""
    day = anchorer.resolve(day_mention.value, day_mention.start, day_mention.end,
                           text[day_mention.start:day_mention.end])
    if day.granularity != "day" or not day.value[:1].isdigit():
        return None
    value = day.value + m.value.split("|", 1)[1]
    interval, gran = cal.value_interval(value)
    if interval is None:
        return None
    return Resolution(value, tid, interval, gran, f"{surface} → {value}: the time on "
                      f"'{text[day_mention.start:day_mention.end]}' ({tid}, {day.value}) {how}")


# Round 94: "sailed at 2215 local time (2115 GMT) on 3 February 2017": the same moment in another zone,
# glossed in brackets between the clock time and its day; the day after the gloss dates both.
_GLOSS_OPENS = re.compile(r"(?:[ \t]+local[ \t]+time)?[ \t]*\($")
_GLOSS_CLOSES_TO_DAY = re.compile(r"\)[ \t]*(?:,[ \t]*)?(?:on[ \t]+)?(?:the[ \t]+)?$")


def _clock_glossed_then_day(anchorer: "Anchorer", m, nxt, text: str, surface: str, after_tid: str,
                            after) -> Optional[Resolution]:
    if after is None or after.type != "DATE" or not _GLOSS_OPENS.match(text, m.end, nxt.start) \
            or not _GLOSS_CLOSES_TO_DAY.match(text, nxt.end, after.start):
        return None
    return _clock_on_day_mention(anchorer, m, after, text, surface, after_tid, "after its bracketed gloss")


# A day's part named with its day ("Monday night", "the evening of 3 May"): its value, and the hours a
# clock time told just before it may take ("10 pm on Monday night"; "2 am on Monday night" is in the
# small hours after it, the next day).
_DAY_PART_AFTER_CLOCK = re.compile(r"^(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI)$")
_DAY_PART_CLOCK_HOURS = {"MO": (0, 12), "AF": (12, 18), "EV": (16, 24), "NI": (17, 24)}
_NIGHT_SMALL_HOURS = 5


def _clock_of_next_day_part(anchorer: "Anchorer", m, nxt, text: str, surface: str,
                            tid: str) -> Optional[Resolution]:
    """A bare clock time followed by a day's part with its day ("at 10 pm on Monday night", "9 a.m. on
    Tuesday morning"): a time within that part, on its day; the small hours of an evening or a night are
    the next day's ("until 2 am on Monday night"). A time the part cannot hold keeps its other readings."""
    gap = _TIME_TO_DAY.match(text, m.end, nxt.start)
    if gap is None or gap.end() != nxt.start or nxt.start == m.end:
        return None
    clock = m.value.split("|", 1)[1]
    if not clock.startswith("T") or not clock[1:3].isdigit():
        return None
    part = anchorer.resolve(nxt.value, nxt.start, nxt.end, text[nxt.start:nxt.end])
    pm = _DAY_PART_AFTER_CLOCK.match(part.value or "")
    if pm is None:
        return None
    hour = int(clock[1:3])
    lo, hi = _DAY_PART_CLOCK_HOURS[pm.group(2)]
    day = _dt.date.fromisoformat(pm.group(1))
    if pm.group(2) in ("EV", "NI") and hour < _NIGHT_SMALL_HOURS:
        day += _dt.timedelta(days=1)
    elif not lo <= hour < hi and not (hour == 24 and pm.group(2) in ("EV", "NI")):
        # (Round 82: "between 4pm and midnight on Diwali night": midnight closes the evening and the night)
        return None
    value = day.isoformat() + clock
    interval, gran = cal.value_interval(value)
    if interval is None:
        return None
    return Resolution(value, tid, interval, gran,
                      f"{surface} → {value}: the time in '{text[nxt.start:nxt.end]}' ({tid}, {part.value}) after it")


# Between the two ends of a range of clock times: "from 7 a.m. to 8 p.m. Thursday"; "and" after "between".
_CLOCK_RANGE_TO = re.compile(r"[ \t]*(?:to|until|till|-|\u2013)[ \t]*")
_CLOCK_RANGE_AND = re.compile(r"[ \t]*and[ \t]+")
_BETWEEN_BEFORE = re.compile(r"\bbetween[ \t]+$")
# Round 149: a clock time after "at" and before "until"/"till" (see _clock_range_start).
_AT_BEFORE = re.compile(r"\bat[ \t]+$")
_TILL_GAP = re.compile(r"[ \t]*(?:until|till)[ \t]")
# Review 13: the moment reading needs an adjournment's verb before "at" in the sentence ("adjourned the House
# at 4.20 pm till ..."); "the market is open at 9 am until 5 pm on Saturday" is a range.
_ADJOURN_VERB = re.compile(r"\b(?:adjourn(?:s|ed|ing)?|rose|rises?|suspend(?:s|ed|ing)?|recess(?:es|ed|ing)?"
                           r"|st(?:ood|ands?)[ \t]+down|stood[ \t]+(?:the[ \t]+\w+[ \t]+)?down)\b[^.;!?]*$")


def _clock_range_start(anchorer: "Anchorer", m, nxt, text: str, surface: str, tid: str,
                       after=None) -> Optional[Resolution]:
    """The first end of a range of clock times takes the day written after the second: "from 7 a.m. to
    8 p.m. Thursday" is 7 a.m. on that Thursday, and so is "between 10 a.m. and 2 p.m. on Thursday 3 May"
    (the second end a bare clock time followed by its day)."""
    if "|T" not in nxt.value:
        return None
    gap = _CLOCK_RANGE_TO.match(text, m.end, nxt.start)
    if (gap is None or gap.end() != nxt.start) and _BETWEEN_BEFORE.search(text.lower(), max(0, m.start - 12), m.start):
        gap = _CLOCK_RANGE_AND.match(text, m.end, nxt.start)
    if gap is None or gap.end() != nxt.start or not text[m.end:nxt.start].strip():
        return None
    if _AT_BEFORE.search(text.lower(), max(0, m.start - 4), m.start) and _TILL_GAP.match(text.lower(), m.end) \
            and _ADJOURN_VERB.search(text.lower(), max(0, m.start - 160), m.start):
        # Round 149: "adjourned the House at 4.20 pm till 11 am on Thursday": "at" marks a moment, the
        # adjournment's own, not the start of a span; the day after the second time is only that one's
        return None
    in_part = False
    if nxt.value.startswith("UNDEF-REF-D"):
        # the second end is bare: the day written right after it, if any, is the range's day
        end = _clock_of_next_day(anchorer, nxt, after, text, text[nxt.start:nxt.end], tid) \
            if after is not None and after.type == "DATE" else None
        if end is None and after is not None and after.type == "TIME":
            # "between 10 pm and 2 am on Monday night": the second end in the day's part named after it
            end = _clock_of_next_day_part(anchorer, nxt, after, text, text[nxt.start:nxt.end], tid)
            in_part = end is not None
        if end is None:
            return None
    else:
        end = anchorer.resolve(nxt.value, nxt.start, nxt.end, text[nxt.start:nxt.end])
    if not end.value[:1].isdigit() or end.value[10:11] != "T":
        return None
    value = end.value[:10] + m.value.split("|", 1)[1]
    if in_part and value[11:13].isdigit() and end.value[11:13].isdigit() \
            and int(value[11:13]) > int(end.value[11:13]):
        # a range across midnight that ends in the small hours after a night named after it ("between
        # 10 pm and 2 am on Monday night"): its start is on the night's own day, the day before its end
        value = (_dt.date.fromisoformat(end.value[:10]) - _dt.timedelta(days=1)).isoformat() + value[10:]
    interval, gran = cal.value_interval(value)
    if interval is None:
        return None
    return Resolution(value, tid, interval, gran,
                      f"{surface} → {value}: the start of a range ending '{text[nxt.start:nxt.end]}' ({tid}, "
                      f"{end.value[:10]})")


def _day_month_document(mentions: Sequence, text: str = "") -> bool:
    """Does the text write numeric dates day first? Yes when some slash date can only be day/month
    ("16/02/2022") and none can only be month/day ("02/16/2022"): then the ambiguous ones ("08/04/2022")
    are day/month too, not the US order. When no slash date settles it, the order of the dates written in
    words does: a text that writes "5 September 2006" and never "September 5" is British (or Commonwealth)
    copy, and writes its "08/09/06" day first too."""
    dmy = mdy = False
    prose_dm = prose_md = False
    for m in mentions:
        traits = m.rule.traits
        if "slash_day_first" in traits or ("slash_month_first" in traits and m.fields.get("d2")):
            dmy = True
        elif "slash_month_first" in traits and int(m.fields.get("day") or 0) > 12:
            mdy = True
        elif m.fields.get("month") and m.fields.get("day") and "/" not in text[m.start:m.end]:
            surface = text[m.start:m.end]
            if _PROSE_DAY_MONTH.search(surface):
                prose_dm = True
            elif _PROSE_MONTH_DAY.search(surface):
                prose_md = True
    if dmy or mdy:
        return dmy and not mdy
    return prose_dm and not prose_md


# A date in words, day first ("5 September", "the 5th of September") or month first ("September 5", "Sept. 5").
_PROSE_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])")
_PROSE_DAY_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?" + _PROSE_MONTH, re.I)
_PROSE_MONTH_DAY = re.compile(r"\b" + _PROSE_MONTH + r"\.?[ \t]+\d{1,2}(?!\d)", re.I)


_SWAPPABLE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$|^UNDEF-monthday-(\d{2})-(\d{2})(-w)$")


def _as_day_month(m) -> Optional[str]:
    """The value of an ambiguous month/day slash date read day/month ("08/04/2022" -> 2022-04-08)."""
    if "slash_month_first" not in m.rule.traits or int(m.fields.get("day") or 99) > 12:
        return None
    v = _SWAPPABLE.match(m.value)
    if v is None:
        return None
    if v.group(1):
        return f"{v.group(1)}-{v.group(3)}-{v.group(2)}"
    return f"UNDEF-monthday-{v.group(5)}-{v.group(4)}{v.group(6)}"


# "four minutes later", "about half an hour later": a duration of minutes or hours, then "later"/"earlier".
# ("ten minutes earlier than now" compares two times: the amount stays a duration, as TimeML tags it)
_CLOCK_SHIFT_AFTER = re.compile(r" (later|earlier)\b(?! than\b)")
_CLOCK_DURATION = re.compile(r"^PT([0-9]+)([HM])$")
_CLOCK_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2}|XXXX-XX-XX)T(\d{2}):(\d{2})$")


def _clock_shift(m, out: list, text: str, tid: str) -> Optional[Timex]:
    """"A patrol car arrived four minutes later" after "at 2:40 a.m." is the time 2:44 a.m. (TimeML: a
    TIME over "four minutes later"): a duration of minutes or hours followed by "later"/"earlier", when a
    clock time was named in the same sentence or the one before. Otherwise it stays a duration."""
    if m.type != "DURATION" or m.rule.id in ("duration.shifted", "duration.drift_each"):
        return None     # "will start two hours earlier": the amount a schedule moves, not a time
    dur = _CLOCK_DURATION.match(cal.canonical_duration(m.value)) if m.value.startswith("P") else None
    after = _CLOCK_SHIFT_AFTER.match(text, m.end)
    if dur is None or after is None or len(dur.group(1)) > 12:
        return None     # (an absurd shift, thousands of digits, is no clock time: it stays a duration)
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
    try:
        moment += _dt.timedelta(minutes=minutes)
    except OverflowError:
        return None     # "99999999 hours later": past the calendar's end; it stays a duration
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
