"""Built-in word classes: the ones better said as a regex than as a word list (years, days, clock
times, decades, years read aloud), each with the function that normalizes what it matched."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

# Blank between two words (the matcher rejects a match that spans a blank line: a new paragraph).
SPACE = r"(?:[ \t\n\u00a0]+)"

HYPHEN_OR_SPACE = r"(?:[ \t\u00a0]*[-\u2010\u2011\u2013][ \t\u00a0]*|[ \t\n\u00a0]+)"

NUM_WORDS_UNDER_10 = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _year_norm(s: str) -> str:
    s = s.strip().lstrip("'’")
    if len(s) == 2:
        n = int(s)
        return f"{1900 + n if n >= 30 else 2000 + n:04d}"
    return s


def _two(s: str) -> str:
    return f"{int(re.sub(r'[^0-9]', '', s)):02d}"


def _decade_norm(s: str) -> str:
    s = s.strip().lstrip("'’").rstrip("s").rstrip("'’")
    if len(s) == 2:
        return _year_norm(s)[:3]
    return s[:3]


DECADE_WORDS = {"twenties": "2", "thirties": "3", "forties": "4", "fifties": "5", "sixties": "6",
                 "seventies": "7", "eighties": "8", "nineties": "9"}


def _hour_norm(s: str) -> str:
    return f"{int(s):02d}"


_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SPOKEN_CENTURY = {"eighteen": 18, "nineteen": 19}


def _spoken_under_100(words: list[str]) -> int | None:
    if len(words) == 1:
        w = words[0]
        if w in _TEENS:
            return 10 + _TEENS.index(w)
        if w in _TENS:
            return 20 + 10 * _TENS.index(w)
        return None
    if len(words) == 2 and words[0] in _TENS and words[1] in _ONES:
        return 20 + 10 * _TENS.index(words[0]) + _ONES.index(words[1]) + 1
    if len(words) == 2 and words[0] == "oh" and words[1] in _ONES:
        return _ONES.index(words[1]) + 1
    return None


def _spoken_year_norm(s: str) -> str:
    words = re.findall(r"[a-z]+", s)
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        n = 0 if not rest else (_ONES.index(rest[0]) + 1 if rest[0] in _ONES else _spoken_under_100(rest) or 0)
        return f"{2000 + n:04d}"
    century = _SPOKEN_CENTURY.get(words[0], 19)
    rest = words[1:]
    if rest and rest[0] == "hundred":
        return f"{century * 100:04d}"
    return f"{century * 100 + (_spoken_under_100(rest) or 0):04d}"


_UNDER_100_RE = (r"(?:(?:" + "|".join(_TENS) + r")(?:[ -](?:" + "|".join(_ONES) + r"))?|" + "|".join(_TEENS)
                 + r"|oh (?:" + "|".join(_ONES) + r"))")
_SPOKEN_YEAR_RE = (r"(?:eighteen|nineteen) (?:hundred|" + _UNDER_100_RE + r")"
                   r"|two thousand(?: and (?:" + "|".join(_ONES) + r"))?")


def _clock_norm(pm: bool) -> Callable[[str], str]:
    """"7:30" said with "tonight" is 19:30, "9" with "this morning" 09:00: the hour of that part of
    the day ("12" stays 12 either way: noon in the afternoon, and rare otherwise)."""
    def norm(s: str) -> str:
        hour, _, minute = s.replace(".", ":").partition(":")
        h = int(hour)
        if pm and h < 12:
            h += 12
        return f"{h:02d}:{minute or '00'}"
    return norm


# Clock times said in words, as broadcast transcripts spell them: "five-fifteen", "eleven forty-two",
# "ten past nine", "ten minutes to five", "a quarter to six", "half past two".
_HOUR_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
_HOUR_WORD_RE = "|".join(sorted(_HOUR_WORDS, key=len, reverse=True))
_MINUTE_WORD_RE = (r"(?:twenty|thirty|forty|fifty)(?:[ -](?:" + "|".join(_ONES) + r"))?"
                   r"|" + "|".join(sorted(_TEENS, key=len, reverse=True)) + r"|oh[ -](?:" + "|".join(_ONES) + r")")
# Without "minutes", only the round counts a speaker gives ("ten to five"; "nine to three" is a range, and
# so is "from ten to four").
_PAST_TO_RE = (r"(?<!from )(?<!between )(?:(?:a" + SPACE + r")?quarter|half|(?:" + _MINUTE_WORD_RE + r"|" + "|".join(_ONES)
               + r")" + SPACE + r"minutes?|twenty(?:[ -]five)?|ten|five)" + SPACE + r"(?:past|after|to|before|of)"
               + SPACE + r"(?:" + _HOUR_WORD_RE + r")")
_SPOKEN_TIME_RE = (r"(?:" + _PAST_TO_RE + r"|(?:" + _HOUR_WORD_RE + r")(?:" + HYPHEN_OR_SPACE + r"(?:"
                   + _MINUTE_WORD_RE + r"))?)")


def _hour_word_norm(s: str) -> str:
    return f"{_HOUR_WORDS.index(s.strip()) + 1:02d}"


def _minute_word_norm(s: str) -> str:
    words = re.findall(r"[a-z]+", s)
    if words[0] == "oh":
        return f"{_ONES.index(words[1]) + 1:02d}"
    if len(words) == 1 and words[0] in _ONES:
        return f"{_ONES.index(words[0]) + 1:02d}"
    return f"{_spoken_under_100(words) or 0:02d}"


def _spoken_time_norm(pm: bool) -> Callable[[str], str]:
    """"ten to five" -> 04:50, "nine-thirty" -> 09:30 (16:50, 21:30 with `pm`): HH:MM of the 12-hour
    reading, after noon when the words around it say so ("this evening", "last night")."""
    def norm(s: str) -> str:
        words = re.findall(r"[a-z]+", s)
        minute = 0
        rel = next((w for w in words if w in ("past", "after", "to", "before", "of")), None)
        if rel:
            hour = _HOUR_WORDS.index(words[-1]) + 1
            head = [w for w in words[:words.index(rel)] if w not in ("a", "minute", "minutes")]
            n = 15 if head == ["quarter"] else 30 if head == ["half"] else int(_minute_word_norm(" ".join(head)))
            if rel in ("past", "after"):
                minute = n
            else:
                hour, minute = (hour - 1) or 12, 60 - n
        else:
            hour = _HOUR_WORDS.index(words[0]) + 1
            if len(words) > 1:
                minute = int(_minute_word_norm(" ".join(words[1:])))
        if pm and hour < 12:
            hour += 12
        return f"{hour:02d}:{minute:02d}"
    return norm


def _era_year_norm(s: str) -> str:
    return f"{int(s):04d}"


@dataclass(frozen=True)
class Builtin:
    regex: str
    norm: Callable[[str], str]


# Classes whose surface is better said as a regex than as a word list.
BUILTINS: dict[str, Builtin] = {
    # 4-digit years 1000-2099 (the rule's guard decides how plausible a bare number is).
    "year": Builtin(r"1\d{3}|20\d{2}", _year_norm),
    # Stop 27: 4-digit years 2100-2999, only where a date is written out in full ("December 31, 2150.").
    "year_far": Builtin(r"2[1-9]\d{2}", lambda s: s),
    "year2": Builtin(r"['’]\d{2}", _year_norm),
    "day": Builtin(r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?", _two),
    # Numeric dates ("16/02/2022", "30.05.23", "2023/05/16"): a day without an ordinal suffix, and a
    # year of four digits or two (two-digit years as in {year2}: 30-99 -> 19xx, 00-29 -> 20xx).
    "day_num": Builtin(r"3[01]|[12]\d|0?[1-9]", _two),
    "year_num": Builtin(r"1\d{3}|20\d{2}|\d{2}", _year_norm),
    # Two-digit fields ("2023-05", "30.05.23").
    "month_2d": Builtin(r"0[1-9]|1[0-2]", _two),
    "day_2d": Builtin(r"0[1-9]|[12]\d|3[01]", _two),
    "year_2d": Builtin(r"\d{2}", _year_norm),
    "month_num": Builtin(r"1[0-2]|0?[1-9]", _two),
    # A week's number in its year (an epidemiological or reporting week, "week 33"): 1-53.
    "week_no": Builtin(r"5[0-3]|[1-4]\d|0?[1-9]", _two),
    "digits": Builtin(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", lambda s: s.replace(",", "")),
    "hour12": Builtin(r"1[0-2]|0?[1-9]", _hour_norm),
    "hour24": Builtin(r"[01]?\d|2[0-3]", _hour_norm),
    "minute": Builtin(r"[0-5]\d", lambda s: s),
    # The one-digit minutes of older print ("11.5 p.m." is 11:05 p.m.), normalized to two digits.
    "minute_1d": Builtin(r"\d(?!\d)", lambda s: "0" + s),
    # "a.m." keeps its final dot; "10am." does not take the full stop that ends the sentence.
    "ampm": Builtin(r"a\.\s?m\b\.?|a\s?m\b|p\.\s?m\b\.?|p\s?m\b",
                    lambda s: "pm" if s.strip()[0] == "p" else "am"),
    "decade": Builtin(r"1\d{2}0['’]?s|20\d0['’]?s|['’]\d0['’]?s|\d0['’]s",
                      _decade_norm),
    "decade_word": Builtin("|".join(DECADE_WORDS), lambda s: "19" + DECADE_WORDS[s]),
    "quarter_code": Builtin(r"q[1-4]", lambda s: s[1]),
    "half_code": Builtin(r"h[12]", lambda s: s[1]),
    # Years read aloud in broadcast transcripts: "nineteen ninety-six", "two thousand".
    "spoken_year": Builtin(_SPOKEN_YEAR_RE, _spoken_year_norm),
    # A clock time without a.m./p.m. whose part of the day is said by a word next to it ("7:30 tonight",
    # "this morning at 10:15"): normalized to HH:MM after noon (clock_pm) or before (clock_am).
    "clock_pm": Builtin(r"(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?", _clock_norm(True)),
    "clock_am": Builtin(r"(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?", _clock_norm(False)),
    # A year of the Christian era written with AD/BC ("AD 79", "44 BC"): one to four digits, no
    # thousands comma, normalized to four digits.
    # Clock times in words: an hour ("five"), an hour and its minutes ("nine-thirty"), minutes past or to
    # an hour ("ten to five"); spoken_time_pm reads them after noon.
    "hour_word": Builtin(_HOUR_WORD_RE, _hour_word_norm),
    "minute_word": Builtin(_MINUTE_WORD_RE, _minute_word_norm),
    "spoken_time": Builtin(_SPOKEN_TIME_RE, _spoken_time_norm(False)),
    "spoken_time_pm": Builtin(_SPOKEN_TIME_RE, _spoken_time_norm(True)),
    "era_year": Builtin(r"[1-9]\d{0,3}", _era_year_norm),
    # "ut": Universal Time as astronomy writes it ("at 23:02 UT"); "aoe": Anywhere on Earth (UTC-12), the
    # zone of calls for papers and grant deadlines ("11:59 p.m. AoE")
    # Round 78: a US zone by its bare name after a clock time ("8:30 a.m. Eastern", "6 p.m. Pacific today"),
    # only where no street, park or line name can go on after it; and Africa's zones by name ("2 p.m. East
    # Africa Time", "West Africa Time", "South African Standard Time").
    "tz": Builtin(r"(?:(?:eastern|central|mountain|pacific)(?: (?:standard|daylight))? time|[ecmp][sd]t|gmt|utc|ut|[ecmp]t|bst|ce[s]?t|ee[s]?t|ist|jst|kst|hkt|sgt|msk|ae[sd]t|aoe"
                  r"|(?:eastern|central|mountain|pacific)(?=[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?:today|tonight|tomorrow|yesterday|on|and|or|to|until|till|through|when|for|at)\b)"
                  r"|(?:east|west|central|south)(?:ern)? african? (?:standard )?time|sast)\b",
                  lambda s: s.upper()),
}
