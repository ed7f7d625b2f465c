"""Anchoring named periods: seasons, quarters and halves, "the week of", holidays, the nth weekday of
a month, spans of years."""
from __future__ import annotations

import bisect
import datetime as _dt
import functools
import re
from typing import Optional

from ..model import Interval, Timex
from . import calendar as cal
from . import countries, lunisolar
from .cues import FUTURE, PAST, garden_advice, habitual, nature_habit, plan_told_in_past, present_clause
from .cues import _classify
from .resolution import FULL_STOPS, SEASON_NAMES, WEEKDAY_NAMES, Resolution, _fmt_day

# Round 112: a verb right before "in (the)" and a season: "formed in the spring", "dried up during the summer".
_PAST_VERB_IN_SEASON = re.compile(r"\b([a-z]+)[ \t]+(?:in|during)[ \t]+(?:the[ \t]+)?$")
# Round 116: a past verb, then up to six words of object and place with no tense of their own, then "during the"
_PAST_VERB_BEFORE_SEASON = re.compile(r"\b([a-z]+ed|missed|lost|left|took|made|found|saw|held)"
                                      r"((?:[ \t]+(?!will\b|would\b|to\b|can\b|may\b)[a-z]+){1,6})"
                                      r"[ \t]+during[ \t]+(?:the[ \t]+)?$")


# Round 102: a text that names a season by two consecutive years ("the 2019-20 season", "its 2025-26
# season") counts its seasons across New Year, and each by the year it starts in: up to July the season
# under way began the year before.
_SPLIT_YEAR_SEASON = re.compile(r"\b(?:(?:19|20)(\d\d)|'(\d\d))[-\u2013/](\d\d)(?:[ \t]+[a-z]+)?[ \t]+season\b")


def _names_split_season(low: str) -> bool:
    for m in _SPLIT_YEAR_SEASON.finditer(low):
        first = int(m.group(1) or m.group(2))
        if (first + 1) % 100 == int(m.group(3)):
            return True     # "a 10-6 season" is a record of wins and losses, not two years
    return False


_NATURAL_SEASON_CUE = re.compile(r"\b(?:cases|infections?|outbreaks?|flu|influenza|allerg(?:y|ies)|ticks?|mosquito(?:es)?|"
                                 r"pollen|rain(?:fall)?|snow(?:fall)?|storms?|hurricanes?|wildfires?|fires)\b[^.;]*$")
# Round 130: "have said that every week since the spring", told in January: a stretch runs on from a season
# already begun, never from one ahead (a spring a few weeks off is nearer than the last one).
_SINCE_SEASON_BEFORE = re.compile(r"\bsince[ \t]+(?:the[ \t]+)?$")
# Round 140: a season waited for, left for or wanted for ("could have waited for the spring", "rather than leave it
# for the autumn", "volunteer coaches wanted for the spring"): what is put off or sought for a season looks to
# the one under way or the next, whatever the tense around it; a season gone by is never waited for.
_PUT_OFF_FOR_SEASON = re.compile(r"\b(?:(?:have|'ve)[ \t]+waited|wait(?:ing)?|leave[ \t]+(?:it|them|that|this)|wanted|"
                                 r"needed)[ \t]+for[ \t]+(?:the[ \t]+)?$")
_MODAL_HAVE_WAITED = re.compile(r"\b(?:could|should|would|might|may|must)(?:[ \t]+(?:just|easily|well))?[ \t]+"
                                r"(?:have|'ve)[ \t]+waited[ \t]+for[ \t]+(?:the[ \t]+)?$")
_PAST_CHOICE_AFTER = re.compile(r"[^.;!?\n]{0,40}?\b(?:but|instead|yet)\b,?[ \t]+(?:(?:we|they|he|she|i|it|you|the[ \t]+"
                                r"[a-z]+)[ \t]+)?(?:(?:then|eventually|finally|instead)[ \t]+)?(?:[a-z]+ed|chose|went|"
                                r"sold|took|made|got|ran|began|kept|bought|felt|thought|drew|won|lost)\b")
_BEFORE_SEASON = re.compile(r"\b(?:before|until|till|by)[ \t]+$")
# Round 81: a seasonal norm told of a quarter ("orders usually pick up in the fourth quarter", "sales are
# typically slow in the third quarter"), the adverb close before the quarter in its own sentence: the pattern
# speaks of the year in hand, so its quarter is the one of the year of publication, neither a past one for a
# past-looking verb nor a results quarter.
_QUARTER_NORM = re.compile(r"\b(?:usually|typically|normally|traditionally|generally|seasonally|tends?[ \t]+to)"
                           r"[ \t]+(?:[a-z'-]+[ \t]+){0,4}(?:in|during)[ \t]+$")
# Round 79: a superlative ranks what a season brought ("the best new drama of the fall", "the biggest hit of
# the summer"): a season under way or gone by, not one still to come, whatever the clause says of now.
_SUPERLATIVE_OF_SEASON = re.compile(r"\b(?:best|worst|biggest|greatest|largest|highest|lowest|hottest|coldest|wettest|"
                                    r"driest|warmest|busiest|strongest|weakest|finest|funniest|(?:most|least)[ \t]+[a-z]+)[ \t]"
                                    r"(?:[a-z'-]+[ \t]+){0,3}of[ \t]+(?:the[ \t]+)?$")
_ORDINAL_WORDS = {"1": "first", "2": "second", "3": "third", "4": "fourth"}
_FISCAL_QUARTER_NAMED = re.compile(r"\b(first|second|third|fourth)[ \t-]quarter[ \t]+of[ \t]+fiscal[ \t]+(?:year[ \t]+)?"
                                   r"((?:19|20)\d\d)\b")

# Round 78: a fiscal year the text declares by the month it ends or begins in ("Kestrel's fiscal 2002 ends on
# March 31, 2002", "fiscal '23, which ended on June 30", "fiscal 2027, which began on April 1", "our fiscal year
# runs from 1 April to 31 March"): its halves and quarters, named without a year, are counted from its start
# and labelled by the year it ends in, as results are reported.
_MONTH_NUMBERS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
                  "august": 8, "september": 9, "october": 10, "november": 11, "december": 12}
_FISCAL_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_FISCAL_DECLARED = re.compile(
    r"\b(?:(?:fiscal|financial)(?:[ \t]+year)?(?:[ \t]+(?P<label>(?:19|20)\d\d|'\d\d))?|fy[ \t]?(?P<fylabel>(?:19|20)?\d\d))"
    r"(?:[ \t]+for[ \t]+(?:the|our|its)[ \t]+[a-z]+)?,?[ \t]+(?:which[ \t]+)?(?:"
    r"(?P<verb>ends|ended|closes|closed|runs[ \t]+to|ran[ \t]+to|runs[ \t]+through)[ \t]+(?:on[ \t]+|in[ \t]+)?"
    r"(?:\d{1,2}[ \t]+)?(?P<end>" + _FISCAL_MONTH + r")(?:[ \t]+\d{1,2})?(?:,?[ \t]+(?P<endyear>(?:19|20)\d\d))?"
    r"|(?P<bverb>began|begins|starts|started|runs[ \t]+from|ran[ \t]+from)[ \t]+(?:on[ \t]+|in[ \t]+)?"
    r"(?:\d{1,2}[ \t]+)?(?P<begin>" + _FISCAL_MONTH + r")(?:[ \t]+\d{1,2})?(?:,?[ \t]+(?P<beginyear>(?:19|20)\d\d))?(?:[ \t]+(?:to|through|until)"
    r"[ \t]+(?:\d{1,2}[ \t]+)?(?P<end2>" + _FISCAL_MONTH + r")(?:[ \t]+\d{1,2})?(?:,?[ \t]+(?P<endyear2>(?:19|20)\d\d))?)?)")


# Round 98: a fiscal quarter told with the day it ends on ("the fiscal third quarter, which ended March 31",
# "fiscal 2023's fourth quarter, which ended Jan. 31", "the fiscal first quarter, ended Aug. 31") declares its
# fiscal year: the year ends three months on for each quarter still to come, in any month (a retailer's
# January, a software maker's May), and is labelled by the year it ends in unless the text names it.
_FISCAL_QUARTER_ENDED = re.compile(
    r"\b(?:fiscal[ \t]+(?P<label>(?:19|20)\d\d)['\u2019]s[ \t]+|(?P<fiscal>fiscal)[ \t-]+)?"
    r"(?P<ord>first|second|third|fourth)[ \t-](?P<fiscal2>fiscal[ \t]+)?quarter"
    r"(?:[ \t]+of[ \t]+fiscal[ \t]+(?:year[ \t]+)?(?P<label2>(?:19|20)\d\d))?,?[ \t]+(?:which[ \t]+|that[ \t]+)?"
    r"(?P<verb>ended|ends|closed|closes)[ \t]+(?:on[ \t]+)?"
    r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+(?P<day>\d{1,2})\b")
_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_MONTH_ABBRS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _fiscal_by_quarter_end(m: re.Match, low: str, dct: _dt.date) -> Optional[tuple[int, int]]:
    """Round 98: the fiscal year's end month and label offset from a quarter told with its closing day."""
    if not (m.group("fiscal") or m.group("fiscal2") or m.group("label") or m.group("label2")):
        return None     # "the third quarter, which ended Sept. 30": a calendar quarter, told as such
    n = _QUARTER_ORDINALS[m.group("ord")]
    month = _MONTH_ABBRS.index(m.group("month")) + 1
    end_month = (month - 1 + 3 * (4 - n)) % 12 + 1
    if end_month == 12:
        return None
    past = m.group("verb") in ("ended", "closed")
    q_year = dct.year if (month <= dct.month if past else month >= dct.month) else \
        (dct.year - 1 if past else dct.year + 1)
    end_year = q_year + (month - 1 + 3 * (4 - n)) // 12
    label = m.group("label") or m.group("label2")
    if label:
        offset = int(label) - end_year
        return end_month, offset if offset in (0, -1) else 0
    if end_year not in _fiscal_scan(low)[2]:
        # no fiscal year of that label named ("the fiscal-first quarter ended Sept. 30" alone): how the text
        # labels its years is not told, and the quarter keeps the calendar year it falls in
        return None
    return end_month, 0


_FISCAL_LABEL = re.compile(r"\bfiscal[ \t]+(?:year[ \t]+)?((?:19|20)\d\d)\b")


@functools.lru_cache(maxsize=4)
def _fiscal_declared(low: str) -> tuple[list, list]:
    """The text's declared fiscal years and where each declaration ends: scanned once per text (the latest
    one ending before an expression declares its year)."""
    found = list(_FISCAL_DECLARED.finditer(low))
    return found, [m.end() for m in found]


@functools.lru_cache(maxsize=4)
def _fiscal_scan(low: str) -> tuple[list, list, frozenset]:
    """The text's fiscal-quarter-ended matches, their starts and the fiscal labels it names: scanned once per
    text, not once per expression (on long financial text the per-expression scans were quadratic)."""
    quarters = list(_FISCAL_QUARTER_ENDED.finditer(low))
    return quarters, [q.start() for q in quarters], frozenset(int(y) for y in _FISCAL_LABEL.findall(low))


@functools.lru_cache(maxsize=4)
def _has_quarter(low: str) -> bool:
    # (Review fixes 6: asked once per text, not once per year resolved)
    return "quarter" in low


def declared_fiscal_end(low: str, start: int, dct: _dt.date) -> Optional[tuple[int, int]]:
    """The month a fiscal year declared before `start` ends in (when not December, and ending a quarter),
    and how its label stands to the year it ends in: 0 where "fiscal 2002" ends in 2002, -1 where it is
    named for the year it begins in ("fiscal 2002, which ended March 31", told in May 2003)."""
    declared, declared_ends = _fiscal_declared(low)
    k = bisect.bisect_right(declared_ends, start) - 1
    last = declared[k] if k >= 0 else None
    if _has_quarter(low):
        # Round 98: the quarter at `start` may itself be the one told with its closing day
        quarters, starts, _labels = _fiscal_scan(low)
        k = bisect.bisect_right(starts, start + 12) - 1
        by_quarter = quarters[k] if k >= 0 else None
        if by_quarter is not None and (last is None or by_quarter.start() > last.start()):
            found = _fiscal_by_quarter_end(by_quarter, low, dct)
            if found is not None:
                return found
    if last is None:
        return None
    if last.group("end"):
        end = _MONTH_NUMBERS[last.group("end")]
    elif last.group("end2"):
        end = _MONTH_NUMBERS[last.group("end2")]
    else:
        end = (_MONTH_NUMBERS[last.group("begin")] + 10) % 12 + 1
    if end not in (3, 6, 9):
        return None
    offset = 0
    label = last.group("label") or last.group("fylabel")
    if label:
        n = int(label) if len(label) == 4 else 2000 + int(label[-2:])
        explicit = last.group("endyear") or last.group("endyear2")
        if explicit:
            end_year = int(explicit)
        elif last.group("beginyear"):
            end_year = int(last.group("beginyear")) + 1
        elif last.group("verb"):
            past = last.group("verb").startswith(("ended", "closed", "ran"))
            if past:
                end_year = dct.year if dct.month > end else dct.year - 1
            else:
                end_year = dct.year if dct.month <= end else dct.year + 1
        else:
            begin = _MONTH_NUMBERS[last.group("begin")]
            past = last.group("bverb").startswith(("began", "started", "ran"))
            start_year = (dct.year if dct.month >= begin else dct.year - 1) if past else \
                (dct.year if dct.month < begin else dct.year + 1)
            end_year = start_year + 1
        offset = n - end_year
        if offset not in (0, -1):
            offset = 0
    return end, offset


def fiscal_part_interval(label: int, part: str, fiscal: tuple[int, int]):
    """The calendar days of part "Q2", "H1" of the fiscal year labelled `label`."""
    end_month, offset = fiscal
    size = 3 if part[0] == "Q" else 6
    first = cal.add_months(_dt.date(label - offset - 1, end_month, 1), 1 + size * (int(part[1]) - 1))
    return first, cal.add_months(first, size) - _dt.timedelta(days=1)


_NTH_WEEKDAY_SPEC = re.compile(r"([1-5L])(Mon|Tue|Wed|Thu|Fri|Sat|Sun)-(\d{2})")
_WEEKDAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# "National Day of Mourning", "a Family Day of games": the name runs on with "of"; no holiday's.
# A holiday placed by an interval counted from it ("more than three weeks after Easter", "a month before
# Christmas").
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_COUNTED_FROM = re.compile(r"\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                           r"[ \t]+(day|week|month)s?[ \t]+(after|before)[ \t]+(?:the[ \t]+)?$")
# Round 122: a past verb of saying (or promising) and then "would" before the expression: a future told
# from the past ("she mentioned that her students would play on ...").
_WOULD_AFTER_REPORT = re.compile(r"\b(?:said|told|mentioned|announced|wrote|promised|explained|warned|added|"
                                 r"agreed|decided|learned|heard)\b[^.;!?\n]*\bwould\b[^.;!?\n]*$")
# Round 115: a holiday that opens a stretch ("from Easter through the bank holiday", "from Christmas to New
# Year's Day"), and how many days before publication it may have fallen for the stretch to be running still.
_STRETCH_FROM_BEFORE = re.compile(r"\bfrom[ \t]+(?:the[ \t]+)?$")
_STRETCH_TO_AFTER = re.compile(r"[ \t]+(?:through|thru|to|until|till)[ \t]+(?:the[ \t]+)?[A-Za-z]")
_STRETCH_OPENED_DAYS = _dt.timedelta(days=7)
# Round 128: how long after a holiday a future clause may still mean the one just gone (past a week, a
# forward look may well mean the next one)
_JUST_GONE_DAYS = _dt.timedelta(days=7)
# Round 128: a period given as a figure to compare with ("than in the June half", "from the March quarter")
_COMPARED_BASE_BEFORE = re.compile(r"\b(?:than|from|compared (?:with|to)|versus|vs\.?)(?:[ \t]+(?:in|during|for))?[ \t]+$")
# ... when the holiday is what the clause compares with or counts from: "busier than", "the week between",
# "compared with", "since"
_MEASURED_FROM_BEFORE = re.compile(r"\b(?:than|between|since|compared (?:with|to))[ \t]+(?:the[ \t]+)?$")
_OF_AFTER_NAME = re.compile(r"[ \t]+of[ \t]+(?!\d)")
# Round 99: a day, then a holiday's name written as its gloss: "Oct. 14: Thanksgiving", "Nov. 11, Remembrance Day".
_DATE_THEN_HOLIDAY = re.compile(r"[ \t]*(?::|,|\(|[-\u2013\u2014])[ \t]*")
_DAY_VALUE_RE = re.compile(r"\d{4}-\d\d-\d\d")
# Round 82: the Gregorian New Year's keys and the Lunar New Year's, for a text about the latter.
_GREGORIAN_NEW_YEAR = {"12-31": "lunar_new_year_eve", "01-01": "lunar_new_year"}
# Round 82: how far back "the first day" looks for its festival, and the holidays that open several days
_FESTIVAL_DAY_REACH = 1200
_FESTIVAL_FIRST_DAYS = ("eid_al_adha", "eid_al_fitr", "ramadan", "passover", "sukkot", "rosh_hashanah", "hanukkah",
                        "lunar_new_year")
# Round 93: the calendar's key of a festival the text dated itself (date.festival_dated: "Eid-ul-Adha, which
# is expected on June 17"), so that a part of its day or its eve named later takes the text's day, which a
# sighting or a country's own calendar may set a day or two off the tables'. "Eid" alone may be either feast.
_DATED_FESTIVAL_KEYS = (
    (re.compile(r"\b(?:adha|azha|zuha|bakr[ -]?i?[ -]?eid|bakrid|hari raya haji)\b"), ("eid_al_adha",)),
    (re.compile(r"\bfitri?\b|\baidilfitri\b|\bhari raya puasa\b"), ("eid_al_fitr",)),
    (re.compile(r"^eid$"), ("eid_al_fitr", "eid_al_adha")),
    (re.compile(r"^(?:diwali|deepavali|divali)$"), ("diwali",)),
    (re.compile(r"^holi$"), ("holi",)),
    (re.compile(r"^(?:vaisakhi|baisakhi)$"), ("vaisakhi",)),
    (re.compile(r"^(?:vesak|wesak)$"), ("vesak",)),
)
# Round 106: "Vaisakhi, which falls on Tuesday": the feast's weekday told right after it (a gloss between commas
# allowed). "fell on a Sunday" is any Sunday, of another year perhaps (round 93): no article.
_FESTIVAL_FALLS_ON_WEEKDAY = re.compile(r"(?:[ \t]*,[^,.;:!?\n]{1,60})?[ \t]*,?[ \t]*(?:(?:which|that)[ \t]+)?"
                                        r"(?:falls?|fell|will[ \t]+fall|is[ \t]+expected[ \t]+to[ \t]+fall)[ \t]+"
                                        r"on[ \t]+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_ISO_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
# ... and how far the text's day may lie from the tables' for it to be the same feast (not another year's)
_DATED_FESTIVAL_SLACK = 4


def _dated_festival_keys(name: str) -> tuple:
    name = name.lower()
    for pattern, keys in _DATED_FESTIVAL_KEYS:
        if pattern.search(name):
            return keys
    return ()


_LUNAR_NEW_YEAR_NAMED = re.compile(r"\b(?:lunar|chinese)[ \t]+new[ \t]+year\b")


def _holiday_days(key: str, year: int) -> tuple:
    """All the days a holiday falls on in a year: one, or two for an Islamic feast that the lunar year
    brings round twice in a Gregorian year (Eid al-Fitr in January and December 2000)."""
    if key in lunisolar.KEYS:
        return lunisolar.days(key, year)
    if key == "quarter_day":      # Round 128: the four English quarter days ("the next quarter day")
        return tuple(_dt.date(year, m, d) for m, d in ((3, 25), (6, 24), (9, 29), (12, 25)))
    d = _holiday(key, year)
    return (d,) if d is not None else ()


def _holiday(key: str, year: int) -> Optional[_dt.date]:
    if key in lunisolar.KEYS:     # a lunar or lunisolar calendar's day (the first, if it falls twice)
        found = lunisolar.days(key, year)
        return found[0] if found else None
    if re.fullmatch(r"\d{2}-\d{2}", key):
        return _dt.date(year, int(key[:2]), int(key[3:]))
    nth = _NTH_WEEKDAY_SPEC.fullmatch(key)
    if nth is not None:          # "1Mon-09": the first Monday of September (a country's table)
        wd, month = _WEEKDAY_ABBR.index(nth.group(2)), int(nth.group(3))
        if nth.group(1) == "L":
            d = cal.add_months(_dt.date(year, month, 1), 1) - _dt.timedelta(days=1)
            return d - _dt.timedelta(days=(d.weekday() - wd) % 7)
        d = _dt.date(year, month, 1)
        d += _dt.timedelta(days=(wd - d.weekday()) % 7)
        return d + _dt.timedelta(weeks=int(nth.group(1)) - 1)
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
        # the US days (the UK's Mothering Sunday falls in Lent)
        "mothers_day": lambda: nth_weekday(5, 6, 2),
        "fathers_day": lambda: nth_weekday(6, 6, 3),
        "remembrance_sunday": lambda: nth_weekday(11, 6, 2),   # Round 97: the second Sunday of November
        "thanksgiving_eve": lambda: nth_weekday(11, 3, 4) - _dt.timedelta(days=1),
        # the US shopping days: the day after Thanksgiving and the Monday after it
        "black_friday": lambda: nth_weekday(11, 3, 4) + _dt.timedelta(days=1),
        "cyber_monday": lambda: nth_weekday(11, 3, 4) + _dt.timedelta(days=4),
        "election_day": lambda: nth_weekday(11, 0, 1) + _dt.timedelta(days=1),
        "easter": easter,
        "good_friday": lambda: easter() - _dt.timedelta(days=2),
        "easter_monday": lambda: easter() + _dt.timedelta(days=1),
        "shrove_tuesday": lambda: easter() - _dt.timedelta(days=47),
        "ash_wednesday": lambda: easter() - _dt.timedelta(days=46),
        "palm_sunday": lambda: easter() - _dt.timedelta(days=7),
        "mothering_sunday": lambda: easter() - _dt.timedelta(days=21),       # Round 128
        # Round 128: the last Saturday before Christmas Day
        "super_saturday": lambda: _dt.date(year, 12, 24) - _dt.timedelta(days=(_dt.date(year, 12, 24).weekday() - 5) % 7),
        # Round 95: the Sundays of Advent, counted back from the last Sunday on or before December 24
        "advent_1": lambda: _advent_sunday(year, 1),
        "advent_2": lambda: _advent_sunday(year, 2),
        "advent_3": lambda: _advent_sunday(year, 3),
        "advent_4": lambda: _advent_sunday(year, 4),
        "maundy_thursday": lambda: easter() - _dt.timedelta(days=3),
        "holy_saturday": lambda: easter() - _dt.timedelta(days=1),
        "ascension_day": lambda: easter() + _dt.timedelta(days=39),
        "pentecost": lambda: easter() + _dt.timedelta(days=49),
        "whit_monday": lambda: easter() + _dt.timedelta(days=50),
    }
    f = table.get(key)
    return f() if f else None


def _advent_sunday(year: int, n: int) -> _dt.date:
    """The nth Sunday of Advent of `year`: the fourth is the last Sunday on or before December 24."""
    eve = _dt.date(year, 12, 24)
    fourth = eve - _dt.timedelta(days=(eve.weekday() - 6) % 7)
    return fourth - _dt.timedelta(days=7 * (4 - n))


# Round 80: how a text keeps its financial year (_finyear): "our financial year follows the calendar year";
# one that closes on June 30 ("the 12 months to June 30", "by 30 June").
_CALENDAR_FINYEAR = re.compile(r"financial year (?:follows|matches|is|runs with) the calendar year")
_JUNE_FINYEAR = re.compile(r"\b(?:june 30|30 june)\b")


# Round 134: a "when" clause on a year just named, "far below the levels of a decade ago, when chains opened on
# Thanksgiving Day", "in 2009, when the sales began on Boxing Day": the holiday is that year's.
_WHEN_CLAUSE_ON_YEAR = re.compile(r"[ \t]*,[ \t]*when[ \t]+(?:\b[ap]\.m\.|[^.;:!?\n]){0,80}$")

# Round 87: a relative clause on a holiday that names its deictic year ("Christmas Eve, which fell on a weekend
# last year, ..."): the year adverbial follows the holiday, so it is read from the text, not from an expression.
_HOLIDAY_YEAR_IN_RELATIVE = re.compile(r"[ \t]*,[ \t]*which[ \t]+(?:falls|fell|will[ \t]+fall|is|was|will[ \t]+be|"
                                       r"comes|came)\b[^,.;:!?]{0,40}?\b(this|last|next)[ \t]+year\b")

# Round 93: "Christmas falls on a Monday", "Eid al-Adha fell on a Sunday": the weekday a holiday is said to
# fall on picks its year among those around publication (the tense says which side), unless the clause names
# its year ("this year": _HOLIDAY_YEAR_IN_RELATIVE, a fronted year).
_HOLIDAY_ON_WEEKDAY_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:(?:which|that)[ \t]+)?(?:(fell|came|landed)|falls|"
                                       r"will[ \t]+fall|comes|lands)[ \t]+on[ \t]+a[ \t]+(monday|tuesday|"
                                       r"wednesday|thursday|friday|saturday|sunday)\b(?:[^,.;:!?\n]{0,40}?\b"
                                       r"(this|last|next|that|the[ \t]+following|the[ \t]+previous)[ \t]+year\b)?")
# Round 93: "Until 1990, Easter was quiet in the town", "Before 1975, Christmas was a modest affair": a year
# that bounds a past stretch, fronted, makes the holiday told in the past that of every year of the stretch,
# of no one year (not the year that bounds it, nor one around publication).
_BOUNDING_YEAR_BEFORE = re.compile(r"\b(?:until|till|up[ \t]+to|up[ \t]+until|before|prior[ \t]+to)[ \t]+$")
_AFTER_BOUNDING_YEAR = re.compile(r"[ \t]*,?[ \t]*(?:the[ \t]+)?$")
_PAST_VERB_AFTER = re.compile(r"(?:'s)?[ \t]+(?:was|were|had|used[ \t]+to|would|meant|brought|passed|came|went|saw|"
                              r"(?:mostly[ \t]+|usually[ \t]+|always[ \t]+|often[ \t]+|rarely[ \t]+|never[ \t]+)"
                              r"(?:was|were|meant|passed|came|went)|[a-z]{3,}ed)\b")
# Round 115: a frequency right before "during the summer" ("daily during the summer", "twice a week in the
# winter"), and the past forms that make it a habit gone by ("used to sail daily during the summer").
_HABIT_IN_SEASON_BEFORE = re.compile(r"\b(?:daily|nightly|weekly|every[ \t]+(?:day|night|week|weekend|morning|"
                                     r"evening)|(?:once|twice|three[ \t]+times)[ \t]+a[ \t]+(?:day|week))[ \t]+"
                                     r"(?:during|in|through|throughout|over)[ \t]+(?:the[ \t]+)?$")
_PAST_IN_HABIT = re.compile(r"\b(?:was|were|had|did|used|would|[a-z]{3,}ed)\b")
_WEEKDAY_INDEX = {w: i for i, w in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                              "sunday"))}


class NamedPeriodMixin:
    """Anchorer methods for seasons, quarters, holidays, nth weekdays and other named periods."""

    def _season(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        if which is None and (garden_advice(self.low, start, end=end) or nature_habit(self.low, start, end)):
            # "Feed the roses in early spring": advice on tending plants holds for any year's season
            return self._unresolved(f"XXXX-{arg}", text, f"{SEASON_NAMES[arg]} of any year, in advice on "
                                    "tending plants")
        year = self._clause_deictic_year(start, end) if which is None else None
        if year is not None:
            # Round 87: "A year ago, in the spring, the river flooded": the season of the year fronted in its clause
            value = f"{int(year.value):04d}-{arg}"
            return self._from_mention(value, year, text, f"{SEASON_NAMES[arg]} of '{year.text}' ({year.tid}, "
                                      f"{year.value}), named before it in its sentence")
        ref = self._narrative_year(start, end) if which is None else None
        if ref is None and which is None:
            # "In 1994, ... through the summer", "with 1993, when floods kept fields bare through the summer"
            ref = self._scene_full_date(start, end)
        if ref is not None:
            return self._in_narrative_year(f"{ref.interval.start.year:04d}-{arg}", ref, text, SEASON_NAMES[arg])
        cands = []
        southern = self._southern()
        # Two years back: in January "last winter" is the one that began two Decembers ago.
        for y in range(self.dct.year - 2, self.dct.year + 2):
            iv = cal.season_interval(y, arg, southern)
            cands.append((iv.start, iv.end, f"{y:04d}-{arg}"))
        if which is None and _HABIT_IN_SEASON_BEFORE.search(self.low, max(0, start - 50), start) \
                and not _PAST_IN_HABIT.search(self.low, self._sentence_start(start), start):
            # Round 115: "two ferries already sail there daily during the summer", told in March: a present
            # habit of the season is told of the one under way or the next, not of one gone by
            s, e, v = next(c for c in cands if c[1] >= self.dct)
            return self._done(v, text, f"{SEASON_NAMES[arg]} without a year, the current or next one (a present "
                                       "habit of the season)")
        if which is None and _PUT_OFF_FOR_SEASON.search(self.low, max(0, start - 40), start) \
                and not (_MODAL_HAVE_WAITED.search(self.low, max(0, start - 40), start)
                         and _PAST_CHOICE_AFTER.match(self.low, end)):
            # (Review fixes 6, stop 26: "could have waited for the spring, but decided to sell in March": a
            # choice told in the past instead of the wait, so the season is no coming one)
            s, e, v = next(c for c in cands if c[1] >= self.dct)
            return self._done(v, text, f"{SEASON_NAMES[arg]} without a year, the current or next one (waited, "
                                       "left or wanted for)")
        if which is None and _SINCE_SEASON_BEFORE.search(self.low, max(0, start - 12), start):
            s, e, v = [c for c in cands if c[0] <= self.dct][-1]
            return self._done(v, text, f"{SEASON_NAMES[arg]} without a year, the latest begun (after 'since')")
        if which is None and _SUPERLATIVE_OF_SEASON.search(self.low, max(0, start - 60), start):
            s, e, v = [c for c in cands if c[0] <= self.dct][-1]
            return self._done(v, text, f"{SEASON_NAMES[arg]} without a year, the latest begun (ranked by a "
                                       "superlative)")
        # "would review it in autumn" in January: a season still to come, not the one just ended
        strict = which is None and self._direction(start, end) == FUTURE
        if which is None and not strict and self.dct.month <= 2 and arg in ("SP", "SU") \
                and self._direction(start, end) == PAST:
            verb = _PAST_VERB_IN_SEASON.search(self.low, max(0, start - 40), start)
            if verb is None or _classify(verb.group(1)) is None:
                # Round 116: "missed hundreds of households in the Eastside during the spring": the verb told
                # before its object and a place, the nearest word with a tense in the clause before
                verb = _PAST_VERB_BEFORE_SEASON.search(self.low, max(0, start - 80), start)
            if verb is not None and _classify(verb.group(1)) == PAST:
                # Round 112: "the storm system formed in the spring" in January: a spring or summer its
                # verb puts in the past is the one gone by, not the one a few weeks ahead (the soft
                # nearest would take it)
                strict = True
        if which is None and self._direction(start, end) is None and present_clause(self.low, start, end) \
                and (_BEFORE_SEASON.search(self.low, max(0, start - 12), start)
                     or (self.dct - max(c[1] for c in cands if c[1] < self.dct)).days > 60):
            # "refiners have little spare capacity before the fall" in May: how things stand now looks to
            # the season under way or the next, not to one gone by (but "the winter is over" in March is
            # the one just ended: only a time before which things stand reaches past a season weeks gone)
            s, e, v = next(c for c in cands if c[1] >= self.dct)
            return self._done(v, text, f"{SEASON_NAMES[arg]} without a year, the current or next one "
                                       "(present tense)")
        s, e, v, why = self._pick(cands, which, start, end, slack_days=None if strict else 0)
        return self._done(v, text, f"{SEASON_NAMES[arg]} without a year, {why}")

    def _southern(self) -> bool:
        """Is the text set in the southern hemisphere (a winter from June to August)? Read once per text."""
        if self._countries is None:
            self._countries = countries.CountryCues(self.text)
        return self._countries.southern()

    def _playseason(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        """"last season", "next season" (sports, a theatre or a television year), valued as the year the
        season starts. The season just past began the year before publication (a season that straddles
        New Year and one that runs within a calendar year alike); the next one starts later the same year
        when publication falls before July (the autumn start of a winter sport), else the year after."""
        y = self.dct.year
        if arg == "this":
            # "cases of the flu this season", "the wettest this season": a season of illness or weather is one
            # of the four seasons of the year (TimeML 2015-SU), the one publication falls in
            if _NATURAL_SEASON_CUE.search(self.low, max(0, start - 80), start):
                for code in ("WI", "SP", "SU", "FA"):
                    for yy in (y - 1, y):
                        iv = cal.season_interval(yy, code)
                        if iv.start <= self.dct <= iv.end:
                            return self._done(f"{yy:04d}-{code}", text, "this season of illness or weather: the "
                                                                      "season of the year of publication")
            if self.dct.month <= 7 and _names_split_season(self.low):
                return self._done(f"{y - 1:04d}", text, "this season: a season across New Year, under way since "
                                                      "the year before publication")
            return self._done(f"{y:04d}", text, "this season: the season under way, by the year of publication")
        if arg == "last":
            if self.dct.month <= 7 and _names_split_season(self.low):
                return self._done(f"{y - 2:04d}", text, "last season: the season across New Year before the one "
                                                      "under way since the year before publication")
            return self._done(f"{y - 1:04d}", text, "last season: the season before the current one, by its "
                                                  "starting year")
        nxt = y if self.dct.month <= 6 else y + 1
        return self._done(f"{nxt:04d}", text, "next season: the coming season, by its starting year (before July "
                                              "it starts this year, else the year after)")

    def _finyear(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        """Round 80: "this (last, next) financial year", named as the text's country names it: a year that
        follows the calendar year when the text says so; a year from July to June (Australia, the southern
        hemisphere, a text that counts to June 30) by the year it ends in; else a year from April (Britain,
        India) by the year it starts in."""
        low = text.lower()
        step = -1 if re.search(r"\b(?:last|past|previous)\b", low) else 1 if re.search(r"\b(?:next|coming)\b", low) else 0
        d = self.dct
        if _CALENDAR_FINYEAR.search(self.low):
            y, how = d.year, "a financial year that follows the calendar year"
        elif _JUNE_FINYEAR.search(self.low) or self._southern():
            y, how = (d.year + 1 if d.month >= 7 else d.year), "a financial year from July, by the year it ends in"
        else:
            y, how = (d.year if d.month >= 4 else d.year - 1), "a financial year from April, by the year it starts in"
        return self._done(f"{y + step:04d}", text, how)

    def _session(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        """"closed at $13.40 in the previous session": the trading day before the day the sentence is about,
        a day named in it or the sentence before ("rose Tuesday morning after closing ... in the previous
        session"), else publication; a weekend has no session, so Monday's previous one is Friday."""
        ref = self._ref("D", start)
        if ref is not None and ref.end <= self._sentence_start(max(0, self._sentence_start(start) - 2)):
            ref = None
        day = ref.interval.start if ref is not None else self.dct
        day -= _dt.timedelta(days=1)
        while day.weekday() >= 5:
            day -= _dt.timedelta(days=1)
        value = day.isoformat()
        if ref is None:
            return self._done(value, text, "the trading day before publication")
        return self._from_mention(value, ref, text, f"the trading day before '{ref.text}' ({ref.tid}, {ref.value})")

    def _quarter(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        if which is None and arg in _ORDINAL_WORDS:
            # "Reports Fourth Quarter Results" above "... for the fourth quarter of fiscal 2017": the
            # quarter the release names just after, by its fiscal label
            # ("fiscal" first: the search starts with "\b" and so tries all 600 characters)
            m = _FISCAL_QUARTER_NAMED.search(self.low, end, end + 600) if "fiscal" in self.low[end:end + 600] else None
            if m is not None and m.group(1) == _ORDINAL_WORDS[arg]:
                v = f"{m.group(2)}-Q{arg}"
                interval, gran = cal.value_interval(v)
                return Resolution(v, None, interval, gran,
                                  f"{text} → {v}: the quarter named just after, '{m.group(0)}'")
        return self._part(f"Q{arg}", which, start, end, text, "quarter")

    def _half(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        return self._part(f"H{arg}", which, start, end, text, "half")

    def _part(self, part: str, which: Optional[str], start: int, end: int, text: str, name: str) -> Resolution:
        # a quarter named by its months ("the January-March quarter", "the March quarter") is the calendar's
        fiscal = declared_fiscal_end(self.low, start, self.dct) if part[:1] in ("Q", "H") and part[1:].isdigit() \
            and not re.search(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", text.lower()) else None
        res = self._part_of_year(part, which, start, end, text, name, fiscal)
        if fiscal is not None and res.interval is not None and re.fullmatch(r"\d{4}-[QH]\d", res.value):
            # the fiscal part's own days, for what is anchored on it later
            s, e = fiscal_part_interval(int(res.value[:4]), part, fiscal)
            res = Resolution(res.value, res.anchor, Interval(s, e), res.granularity,
                             res.explanation + f" (fiscal year ending in month {fiscal})")
        return res

    def _part_of_year(self, part: str, which: Optional[str], start: int, end: int, text: str, name: str,
                      fiscal: Optional[tuple[int, int]]) -> Resolution:
        # Without a year, a quarter is the latest one begun by publication (results are reported
        # after the quarter), unless the clause speaks of the future.
        cands = []
        for y in (self.dct.year - 1, self.dct.year, self.dct.year + 1, self.dct.year + 2):
            if fiscal is not None:
                s, e = fiscal_part_interval(y, part, fiscal)
                cands.append((s, e, f"{y:04d}-{part}"))
                continue
            if y == self.dct.year + 2:
                continue
            iv, _ = cal.value_interval(f"{y:04d}-{part}")
            cands.append((iv.start, iv.end, f"{y:04d}-{part}"))
        if which is None and part[0] == "Q" and _QUARTER_NORM.search(self.low, max(0, start - 60), start):
            return self._done(f"{self.dct.year:04d}-{part}", text, f"{name} without a year, told as a seasonal "
                              "norm: the one of the year of publication")
        planned = self._planned(cands, start, end, text, name) if which is None else None
        if planned is not None:
            return planned
        if which is None and fiscal is not None:
            # "tracking at 91 per cent for Q2 ... the regional targets for Q3 and Q4": with a fiscal year declared,
            # a part of the fiscal year under way, still to come, unless the clause tells what is over
            end_year = self.dct.year if self.dct.month <= fiscal[0] else self.dct.year + 1
            current = next(c for c in cands if c[2].startswith(f"{end_year + fiscal[1]:04d}-"))
            if current[0] > self.dct and self._direction(start, end) != PAST:
                return self._done(current[2], text, f"{name} of the fiscal year under way, still to come")
        if which is None and fiscal is None and part[0] == "Q" and self.previous:
            # Round 123: "growth of 2.1% in the January-March quarter and 2.4% in the April-June quarter":
            # the quarter next in a sentence's run of quarters follows the one before it, even where that one
            # is the quarter under way and this one has not begun
            sib = self.previous[-1]
            between = self.low[sib.end:start]
            if sib.start >= self._sentence_start(start) and start - sib.end <= 80 and sib.value \
                    and re.fullmatch(r"\d{4}-Q[1-4]", sib.value) and re.search(r"\band\b", between) \
                    and not re.search(r"\b(?:from|than|compared|against|versus|vs)\b", between) \
                    and not re.fullmatch(r"(?:the |this |that |next |last |a )?(?:same |current |previous )?quarter",
                                         sib.text.lower()) \
                    and not sib.rule.startswith(("anaphoric.", "deictic.")):
                y, q = int(sib.value[:4]), int(sib.value[-1])
                y, q = (y + 1, 1) if q == 4 else (y, q + 1)
                past = [c for c in cands if c[0] <= self.dct]
                if f"Q{q}" == part and past and past[-1][2] < sib.value and self._direction(start, end) != PAST:
                    return self._done(f"{y:04d}-{part}", text, f"{name} without a year, the one after "
                                      f"'{sib.text}' ({sib.tid}, {sib.value}) before it in the sentence")
        if which is None:
            past = [c for c in cands if c[0] <= self.dct]
            s, e, v = past[-1]
            # "expects to post first-quarter results" in October is next year's first quarter.
            # "plans to open in the fourth quarter" on Jan. 2: what is still to happen within a quarter
            # cannot fall in one already over (a quarter's "results" come after it, hence the 90 days)
            # ("up from $124 in the second quarter" is a known figure to compare with, no plan)
            within = e <= self.dct and re.search(r"\b(?:in|during)[ \t]+$", self.low[max(0, start - 8):start]) \
                and not re.search(r"\bfrom\b", self.low[max(0, start - 30):start])
            if ((self.dct - e).days > 90 or within) and self._direction(start, end) == FUTURE:
                s, e, v = [c for c in cands if c[0] > self.dct][0]
                return self._done(v, text, f"{name} without a year, the next one (future)")
            return self._done(v, text, f"{name} without a year, the latest begun by publication")
        if which == "recent" and self._direction(start, end) == FUTURE \
                and not _COMPARED_BASE_BEFORE.search(self.low, max(0, start - 30), start):
            ahead = [c for c in cands if c[1] >= self.dct]
            if ahead:
                # Round 128: "will close 12 stores in the June half" told in February: a plan for a half (a
                # quarter) named by its month is the one under way or next, not the latest one ended (a figure
                # to beat, "than in the June half", still is)
                return self._done(ahead[0][2], text, f"{name} named by its month, under way or next (future)")
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

    def _holiday_after_ref(self, start: int):
        """Round 90: the dated time the text named last, close before `start` (a year, a month or a day)."""
        for t in reversed(self.previous):
            if t.tid in self.not_anchorable or t.type not in ("DATE", "TIME") or t.interval is None:
                continue
            if start - t.end > 250:
                return None
            if t.value[:1].isdigit() and t.granularity in ("year", "month", "day"):
                return t
        return None

    def _beyond_table(self, key: str, year: int, text: str) -> Resolution:
        """A lunar or lunisolar holiday in a year its calendar's tables do not reach ("In 1850, Yom Kippur
        fell on a Monday"): left unresolved, not moved to a year the tables know."""
        return self._unresolved("XXXX-XX-XX", text, f"no calendar table for {key.replace('_', ' ')} in {year}")

    def _bounding_year_before(self, start: int, end: int) -> Optional[Timex]:
        """Round 93: the year fronted in "Until 1990, Easter was quiet": the last expression, a year before
        publication, right before the holiday after "until/before" and a comma; the holiday told in the past."""
        t = self.previous[-1]
        if t.granularity != "year" or t.interval is None or t.type != "DATE" or start - t.end > 8 \
                or self.dct is None or t.interval.end >= self.dct \
                or not _AFTER_BOUNDING_YEAR.fullmatch(self.low, t.end, start) \
                or not _BOUNDING_YEAR_BEFORE.search(self.low, max(0, t.start - 16), t.start) \
                or not _PAST_VERB_AFTER.match(self.low, end):
            return None
        return t

    def _festival_dated_in_text(self, key: str, start: int, text: str) -> Optional[Resolution]:
        """Round 93: "Eid al-Adha, which is expected on July 10 ... on the morning of Eid al-Adha": the day the
        text gave the festival before (date.festival_dated), when it is that year's feast by the tables give or
        take a sighting's days; its part of the day and its eve are counted from that day, not the tables'."""
        for t in reversed(self.previous):
            if t.start >= start or t.rule != "date.festival_dated" or t.interval is None \
                    or t.granularity != "day" or key not in _dated_festival_keys(t.text):
                continue
            day = t.interval.start
            near = [d for y in (day.year - 1, day.year, day.year + 1) for d in _holiday_days(key, y)
                    if abs((d - day).days) <= _DATED_FESTIVAL_SLACK]
            if near:
                return Resolution(t.value, t.tid, t.interval, t.granularity,
                                  f"{text} → {t.value}: the day '{t.text}' ({t.tid}) was given earlier")
        return None

    def _festival_on_named_weekday(self, key: str, start: int, end: int, text: str) -> Optional[Resolution]:
        """Round 106: "Vaisakhi, which falls on Tuesday" where the tables' feast is the Wednesday: a lunisolar
        feast is kept a day either side of the tables by region and reckoning, and the text's weekday says
        which; later mentions of the feast in the text keep that day."""
        shifts = getattr(self, "_festival_weekday_shift", None)
        if shifts is None:
            shifts = self._festival_weekday_shift = {}
        self._festival_weekday_busy = True
        try:
            res = self._holiday(key, None, start, end, text)
        finally:
            self._festival_weekday_busy = False
        if res.interval is None or res.granularity != "day" or not _ISO_DAY_VALUE.fullmatch(res.value):
            return None
        day = res.interval.start
        if (key, day) in shifts:
            new = shifts[(key, day)]
        else:
            m = _FESTIVAL_FALLS_ON_WEEKDAY.match(self.low, end)
            if m is None:
                return None
            wd = [w.lower() for w in WEEKDAY_NAMES].index(m.group(1))
            near = [day + _dt.timedelta(days=k) for k in (-1, 1) if (day + _dt.timedelta(days=k)).weekday() == wd]
            if not near:
                return None
            new = shifts[(key, day)] = near[0]
        value = new.isoformat()
        return Resolution(value, None, Interval(new, new), "day",
                          f"{text} → {value}: the feast kept on the weekday the text names, a day from the "
                          f"tables' {res.value}")

    def _holiday(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        national = self._national_holiday(arg, start, end, text)
        if isinstance(national, Resolution):
            return national
        if national is not None:
            res = self._holiday(national[0], which, start, end, text)
            return Resolution(res.value, res.anchor, res.interval, res.granularity,
                              f"{res.explanation}; {national[1]}")
        if which is None and arg in lunisolar.KEYS:
            dated = self._festival_dated_in_text(arg, start, text)
            if dated is not None:
                return dated
            if not getattr(self, "_festival_weekday_busy", False):
                shifted = self._festival_on_named_weekday(arg, start, end, text)
                if shifted is not None:
                    return shifted
        if arg in _GREGORIAN_NEW_YEAR and self._lunar_new_year_near(arg):
            # "crowds from 11 p.m. on New Year's Eve" in a text about the Lunar New Year, days before it:
            # that festival's eve (the Gregorian one just past or eleven months off)
            arg = _GREGORIAN_NEW_YEAR[arg]
        if arg.endswith("-week"):          # "Easter week": the ISO week holding the holiday
            day = self._holiday(arg[:-5], which, start, end, text)
            if day.interval is None:
                return day
            value = cal.period_value("W", cal.period_start("W", day.interval.start))
            return self._done(value, text, f"the week of {day.value}")
        if arg == "quarter_day" and which == "next" and self.dct is not None:
            named = next((t for t in reversed(self.previous) if t.rule == "date.quarter_day_month"
                          and t.interval is not None and t.interval.start >= self.dct), None)
            if named is not None:
                # Round 128: "the rent due on the March quarter day ... before the next quarter day": the one
                # after the quarter day still to come that the text named
                days = [d for y in (named.interval.start.year, named.interval.start.year + 1)
                        for d in _holiday_days(arg, y) if d > named.interval.start]
                return self._from_mention(min(days).isoformat(), named, text,
                                          f"the quarter day after '{named.text}' ({named.value})")
        if which == "after":
            # Round 90: "That year my son was born, and the next Christmas we stayed home": "the next (the
            # following) Christmas" is the first one after the time the story just named, not the coming one.
            ref = self._holiday_after_ref(start)
            if ref is not None:
                days = [d for y in (ref.interval.end.year, ref.interval.end.year + 1)
                        for d in _holiday_days(arg, y) if d > ref.interval.end]
                if days:
                    return self._from_mention(min(days).isoformat(), ref, text,
                                              f"the first such holiday after '{ref.text}' ({ref.value})")
            which = "next"
        # "Thanksgiving last year", "Christmas next year": the holiday of the year before (after) the
        # publication year, whichever side of the publication date it falls ("-yrelm1", "-yrelp1", "-yrelp0")
        yrel_m = re.match(r"^(.*)-yrel([mp])(\d)$", arg)
        if yrel_m:
            if self.dct is None:
                return self._unresolved("XXXX-XX-XX", text, "no publication date")
            y = self.dct.year + int(yrel_m.group(3)) * (-1 if yrel_m.group(2) == "m" else 1)
            d = _holiday(yrel_m.group(1), y)
            if d is None:
                return self._unresolved("XXXX-XX-XX", text, "unknown holiday")
            return self._done(d.isoformat(), text, "the holiday in the year named relative to publication")
        year_m = re.match(r"^(.*)-y(\d{4})$", arg)
        if year_m:
            dated = self._festival_dated_in_text(year_m.group(1), start, text) \
                if year_m.group(1) in lunisolar.KEYS else None
            if dated is not None and dated.interval.start.year == int(year_m.group(2)):
                return dated       # (Round 93: "Diwali, which falls on November 1 ... Diwali 2024")
            d = _holiday(year_m.group(1), int(year_m.group(2)))
            if d is None:
                return self._unresolved("XXXX-XX-XX", text, "unknown holiday")
            return Resolution(d.isoformat(), None, Interval(d, d), "day", f"{text} → {d.isoformat()}: absolute")
        if which is None and habitual(self.low, start, end) and re.fullmatch(r"\d{2}-\d{2}", arg):
            # "open every day but Christmas": the holiday of any year
            return self._unresolved(f"XXXX-{arg}", text, "a holiday of any year, told as a habit or norm")
        bound = self._bounding_year_before(start, end) if which is None and self.previous else None
        if bound is not None:
            return self._unresolved(f"XXXX-{arg}" if re.fullmatch(r"\d{2}-\d{2}", arg) else "XXXX-XX-XX", text,
                                    f"a holiday of every year before the bound '{bound.text}' ({bound.tid}), told in "
                                    "the past")
        year = self._clause_deictic_year(start, end) if which is None else None
        d = _holiday(arg, int(year.value)) if year is not None else None
        if year is not None and d is None and arg in lunisolar.KEYS:
            return self._beyond_table(arg, int(year.value), text)
        if d is not None:
            # Round 87: "Last year Easter fell in April", "Next year, Christmas falls on a Friday": the holiday
            # of the year fronted in its clause, whichever side of publication it falls
            return self._from_mention(d.isoformat(), year, text, f"the holiday of '{year.text}' ({year.tid}, "
                                      f"{year.value}), named before it in its sentence")
        # (a clock time between, "when chains opened at 6 p.m. on Thanksgiving Day", is the holiday's own hour)
        when_year = next((t for t in reversed(self.previous) if t.granularity not in ("hour", "minute")), None) \
            if which is None and self.previous else None
        if when_year is not None and when_year.granularity == "year" and when_year.interval is not None \
                and re.fullmatch(r"\d{4}", when_year.value) and 0 < start - when_year.end <= 90 \
                and _WHEN_CLAUSE_ON_YEAR.fullmatch(self.low, when_year.end, start):
            d = _holiday(arg, int(when_year.value))
            if d is not None:
                # Round 134: "levels of a decade ago, when chains opened on Thanksgiving Day": that year's
                return self._from_mention(d.isoformat(), when_year, text, f"the holiday of '{when_year.text}' "
                                          f"({when_year.tid}, {when_year.value}), the year a 'when' clause is on")
        after = _HOLIDAY_YEAR_IN_RELATIVE.match(self.low, end) if which is None and self.dct is not None else None
        if after is not None:
            # Round 87: "New Year's Day, which fell on a Saturday this year": the year of the relative clause
            # set on the holiday
            d = _holiday(arg, self.dct.year + {"last": -1, "this": 0, "next": 1}[after.group(1)])
            if d is not None:
                return self._done(d.isoformat(), text, f"the holiday of '{after.group(1)} year', named in the "
                                  "relative clause after it")
        on_weekday = _HOLIDAY_ON_WEEKDAY_AFTER.match(self.low, end) if which is None and self.dct is not None \
            else None
        if on_weekday is not None:
            wd = _WEEKDAY_INDEX[on_weekday.group(2)]
            shift = {"last": -1, "this": 0, "next": 1}.get(on_weekday.group(3) or "")
            if shift is not None:
                # "Christmas falls on a Thursday this year": the year the clause names, whatever the weekday
                found = _holiday_days(arg, self.dct.year + shift)
                if found:
                    return self._done(found[0].isoformat(), text, f"the holiday of '{on_weekday.group(3)} year', "
                                      "named in its clause")
            # (a year named otherwise, "that year", "the following year", is left to the paths below)
            days = [] if on_weekday.group(3) else [
                d for y in (self.dct.year - 1, self.dct.year, self.dct.year + 1) for d in _holiday_days(arg, y)
                if d.weekday() == wd]
            fit = [d for d in days if d <= self.dct][-1:] if on_weekday.group(1) else \
                [d for d in days if d >= self.dct][:1]
            if fit:
                return self._done(fit[0].isoformat(), text, f"the holiday around publication that "
                                  f"{on_weekday.group(0).strip(' ,')}")
        first = self._range_first_day(start) if which is None and self.previous and self.dct is not None else None
        if first is not None and first.anchor not in (None, "publication"):
            # Round 87: "between Christmas and New Year's Day" after "Last year": the range's end is the first
            # such holiday on or after its opening day, in the opening's year or the next (when that day took
            # its year from a mention; one chosen by tense alone may be the wrong year to count on)
            ends = [d for y in (first.interval.start.year, first.interval.start.year + 1)
                    for d in _holiday_days(arg, y) if d >= first.interval.start]
            if ends:
                return self._from_mention(min(ends).isoformat(), first, text,
                                          f"the end of a range of days from {first.text} ({first.value})")
        story = self._narrative_year(start, end) if which is None and self.dct is not None else None
        if story is not None and self._direction(start, end) == PAST:
            # a history: "By late 1943 ... spent Christmas in the trenches"
            d = _holiday(arg, story.interval.start.year)
            if d is None and arg in lunisolar.KEYS:
                return self._beyond_table(arg, story.interval.start.year, text)
            if d is not None:
                d = self._year_turned_in_sentence(story, d, start) or d   # Round 112: "returned on New
                # Year's Day" after "flew out on the 19th of December": the next year's
                return self._in_narrative_year(d.isoformat(), story, text, "a holiday")
        scene = self._scene_full_date(start, end) if which is None and self.dct is not None else None
        if scene is not None and scene.granularity == "year":
            d = _holiday(arg, scene.interval.start.year)
            if d is None and arg in lunisolar.KEYS:
                return self._beyond_table(arg, scene.interval.start.year, text)
            if d is not None:     # "struck in 1986, a walkout that ended two days before Thanksgiving"
                return self._in_narrative_year(d.isoformat(), scene, text, "a holiday")
        month = self._month_in_sentence(start) if which is None and self.dct is not None else None
        if month is not None:
            d = _holiday(arg, month.interval.start.year)
            if d is not None and (d.year, d.month) == (month.interval.start.year, month.interval.start.month):
                # "Last January, just after New Year's Day, I signed up": the holiday of the month named
                return self._in_narrative_year(d.isoformat(), month, text, "a holiday")
            if month.interval.end < self.dct and _WOULD_AFTER_REPORT.search(self.low, month.end, start):
                # Round 122: "In May she told me the choir would sing on the Sunday before Christmas": a future
                # told from a past month is the first such holiday after that month, not the coming one
                days = [x for y in (month.interval.start.year, month.interval.start.year + 1)
                        for x in _holiday_days(arg, y) if x > month.interval.end]
                if days:
                    return self._from_mention(min(days).isoformat(), month, text, f"the first such holiday "
                                              f"after '{month.text}' ({month.value}), told as a future in the past")
        cands = []
        for y in (self.dct.year - 1, self.dct.year, self.dct.year + 1):
            for d in _holiday_days(arg, y):
                cands.append((d, d, d.isoformat()))
        if not cands:
            return self._unresolved("XXXX-XX-XX", text, "unknown holiday")
        counted = _COUNTED_FROM.search(self.low, max(0, start - 40), start) if which is None else None
        if counted is not None:
            # "three weeks after Easter", "a month before Christmas": the day so counted is the time the
            # clause tells, so it is that day, not the holiday, that the tense places
            n = int(counted.group(1)) if counted.group(1).isdigit() else _COUNT_WORDS.get(counted.group(1))
            if n:
                days = n * {"day": 1, "week": 7, "month": 30}[counted.group(2)] \
                    * (1 if counted.group(3) == "after" else -1)
                shifted = [(c[0] + _dt.timedelta(days=days), c) for c in cands]
                direction = self._direction(start, end)
                slack = _dt.timedelta(days=14)      # ("about five weeks after": a count is often rough)
                if direction == FUTURE:
                    fit = [c for x, c in shifted if x >= self.dct - slack][:1]
                elif direction == PAST:
                    fit = [c for x, c in shifted if x <= self.dct + slack][-1:]
                else:
                    fit = [min(shifted, key=lambda xc: abs((xc[0] - self.dct).days))[1]]
                if fit:
                    v = fit[0][2]
                    return self._done(v, text, "holiday without a year, the one the clause's time (by its "
                                               f"tense) falls {counted.group(0).strip()}")
        if which is None and _STRETCH_FROM_BEFORE.search(self.low, max(0, start - 12), start) \
                and _STRETCH_TO_AFTER.match(self.low, end):
            opened = [c for c in cands if _dt.timedelta(0) <= self.dct - c[0] <= _STRETCH_OPENED_DAYS]
            if opened:
                # Round 115: "visitor numbers for the fortnight from Easter to the end of the school break will
                # top ..." told days after Easter: a stretch still running, opened by the one just gone
                return self._done(opened[-1][2], text, "holiday without a year opening a stretch still running, "
                                                       "the one just gone")
        # A holiday comes once a year: in a future clause it is the next one, however far ("the sale
        # starts the day after Christmas" in February is next December); otherwise the nearest, a past
        # one counting less ("protesters prayed as Easter week began": the week of the coming Easter).
        if which is None and self._direction(start, end) == PAST \
                and plan_told_in_past(self.low, start, end) == FUTURE:
            # Round 129: "hoped to announce a headliner before Christmas", told in August: what an intent
            # told in the past aims at is still to come, the first such holiday not gone by
            ahead = [c for c in sorted(cands) if c[1] >= self.dct]
            if ahead:
                return self._done(ahead[0][2], text, "holiday without a year, aimed at by an intent told in the "
                                                     "past: the first not gone by")
        strict = which is None and self._direction(start, end) == FUTURE
        if strict and _MEASURED_FROM_BEFORE.search(self.low, max(0, start - 24), start):
            just_gone = [c for c in cands if _dt.timedelta(days=1) <= self.dct - c[0] <= _JUST_GONE_DAYS]
            if just_gone:
                # Round 128: "expected the days between Boxing Day and New Year's Day to be busier" told the
                # day after Boxing Day: a holiday a few days gone is the one a forward look counts from or
                # compares with, not next year's, almost a year off (a future event set on the holiday, "will
                # top two million at Easter", is still the coming one)
                return self._done(just_gone[-1][2], text, "holiday without a year in a future clause, the one "
                                                          "a few days before publication")
        s, e, v, why = self._pick(cands, which, start, end, slack_days=None if strict else 0)
        return self._done(v, text, f"holiday without a year, {why}")

    def _festivalday(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        """"On the first day, the dawn meal must end by 5.41 a.m.": a first day told without its festival is
        that of the festival (or lunisolar holiday) whose day was named last, a few sentences before ("the
        first day of Ramadan", "Eid al-Adha"); with none, no expression at all (a first day of anything)."""
        for t in reversed(self.previous):
            if start - t.end > _FESTIVAL_DAY_REACH:
                break
            if t.granularity != "day" or t.interval is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value):
                continue
            day = t.interval.start
            if (t.rule == "date.festival_nth_day" and "first" in t.text.lower()) or (
                    t.rule == "date.holiday" and any(day in lunisolar.days(k, day.year) for k in _FESTIVAL_FIRST_DAYS)):
                return Resolution(t.value, t.tid, t.interval, t.granularity,
                                  f"{text} → {t.value}: the first day of '{t.text}' ({t.tid}), named before")
        return Resolution("", None, None, None, f"{text}: no festival named before, no date")

    def _lunar_new_year_near(self, key: str) -> bool:
        """Does the text name the Lunar (Chinese) New Year, published nearer to its day than to the Gregorian
        one, within six weeks before it or a fortnight after? Then its "New Year's Eve" and "New Year's Day"
        are the lunar ones."""
        if self.dct is None or not _LUNAR_NEW_YEAR_NAMED.search(self.low):
            return False
        gregorian = min(abs((_holiday(key, y) - self.dct).days) for y in range(self.dct.year - 1, self.dct.year + 2))
        for y in (self.dct.year, self.dct.year + 1):
            for d in lunisolar.days(_GREGORIAN_NEW_YEAR[key], y):
                if -14 <= (d - self.dct).days <= 42 and abs((d - self.dct).days) < gregorian:
                    return True
        return False

    def _national_holiday(self, arg: str, start: int, end: int, text: str):
        """A holiday each country dates its own way ("Independence Day", "Republic Day"): the date of the
        country the text is about and why, in place of the key (see countries.py); a Resolution with an
        empty value (no expression at all) where no country named keeps a date the calendar can give, or the
        words are no holiday's name ("a family day out" in lower case, "National Day of Mourning"). None
        for other keys."""
        named = re.match(r"^([a-z_]+?)(?:(-week|-y)(.*))?$", arg)
        if named is None:
            return None
        key, sep, rest = named.groups("")
        if not countries.is_national(key):
            return None
        low_name = key.replace("_", " ")
        at = self.low.find(low_name, start, end)
        if at >= 0 and (self.text[at].islower() and self._has_upper()
                        or _OF_AFTER_NAME.match(self.low, at + len(low_name))):
            return Resolution("", None, None, None, f"{text}: no holiday's name")
        if self._countries is None:
            self._countries = countries.CountryCues(self.text)
        dated = self._holiday_dated_before(key, start)
        if dated is not None:
            return dated[0] + sep + rest, dated[1]
        lo = self._sentence_start(start)
        stop = FULL_STOPS.search(self.text, end)
        spec, why = self._countries.holiday(key, start, (lo, stop.start() if stop else len(self.text)))
        if not spec:
            return Resolution("", None, None, None, f"{text}: {why}, no date given")
        return spec + sep + rest, why

    def _holiday_dated_before(self, key: str, start: int) -> Optional[tuple]:
        """Round 99: "Oct. 14: Thanksgiving.", "on Nov. 11, Remembrance Day": a holiday each country dates its own
        way, right after a day written with it (a list's label, an apposition) is the country's whose holiday
        falls on that day (Canada's Thanksgiving on the second Monday of October), whatever country the text
        names most."""
        day = self.previous[-1] if self.previous else None
        if day is None or day.granularity != "day" or day.interval is None or not _DAY_VALUE_RE.fullmatch(day.value) \
                or not _DATE_THEN_HOLIDAY.fullmatch(self.low, day.end, start):
            return None
        for code, specs in self._countries.table.countries.items():
            spec = specs.get(key)
            if not spec:
                continue
            try:
                on = _holiday(spec, day.interval.start.year)
            except (ValueError, KeyError):
                continue
            if on == day.interval.start:
                return spec, f"the day of {code}, the date written just before it ('{day.text}', {day.tid})"
        return None

    def _has_upper(self) -> bool:
        if self._upper is None:
            self._upper = self.text != self.low
        return self._upper

    def _month_in_sentence(self, start: int) -> Optional[Timex]:
        """The latest month (with its year resolved) named earlier in the sentence of `start`."""
        sentence = self._sentence_start(start)
        for t in reversed(self.previous):
            if t.end <= sentence:
                return None
            if t.granularity == "month" and t.type == "DATE" and t.interval is not None:
                return t
        return None

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
        elif spec == "R":
            # Round 129: "by October 2025, on the third Monday of that month": the month told just before
            ref = self._ref("M", start)
            if ref is None or ref.interval is None or ref.granularity not in ("month", "day"):
                return self._unresolved("XXXX-XX-XX", text, "no month told before 'that month'")
            first, anchor = ref.interval.start.replace(day=1), ref.tid
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
                          + (f" (publication {_fmt_day(self.dct)})" if anchor == "publication" else ""))

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
        for y in range(ref.interval.start.year - 2, ref.interval.end.year + 3):   # a winter begins the December before
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
