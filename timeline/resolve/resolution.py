"""What the anchoring modules share: the Resolution record, the names of calendar units, their
formatting, and the text cues and sentence counting that more than one of them reads."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Optional

from ..model import Interval

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"}
UNIT_NAMES = {"D": "day", "W": "week", "WE": "weekend", "M": "month", "Q": "quarter", "H": "half-year",
              "Y": "year", "DE": "decade", "CE": "century"}
UNDERSPECIFIED_UNIT = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX",
                       "H": "XXXX-HX", "Y": "XXXX", "DE": "XXX", "CE": "XX"}

# "will"/"shall" in the clause before a clock time: the time is still to come.
_WILL_BEFORE = re.compile(r"\b(?:will|'ll|shall)\b[^.;!?\n]*$")
# "since" just before a date: a count from it ("since Tuesday", "since 1986").
# A paragraph break: a blank line (a non-breaking space does not blank it).
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SINCE_BEFORE = re.compile(r"\bsince[ \t]+$")
# A reporting verb just before a date: the news frame ("said on March 3", "announced Tuesday").
_REPORTED_ON = re.compile(r"\b(?:said|says|told|tells|announced|announces|reported|reports|stated|states|"
                          r"confirmed|confirms|added|adds|declared|declares)\b(?:[ \t]+(?:on|in|that))?[ \t]*$")


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


# A full stop ending a sentence (not of "a.m."/"p.m."/"Mr."-style abbreviations), "!" or "?", then a
# capital or a quote. A sentence end is one of those or a blank line; the story's lead is counted in full
# stops only (a headline above it is not a sentence of it).
# The stop comes first and the look-behinds after it (each one char longer, the stop itself): a scan then
# tries them only at stops, not at every character.
# (Round 85: nor after a title's abbreviation: "the Rev. J. Nish", "Gen. Smith", "Capt. Ross")
# The next sentence's first character (after an opening quote or bracket), which a full stop looks ahead at.
_SENTENCE_OPENING = r"[\"“(]?[A-Z0-9]"
_FULL_STOP = r"[.!?](?<![A-Z][a-z].)(?<!\b[A-Z].)(?<!\b[ap]\.m.)(?<!\b(?:Rev|Gen|Col|Sgt|Gov|Sen|Rep|Hon)\.)" \
    r"(?<!\b(?:Capt|Prof|Supt|Insp)\.)[\"”’)]*[ \t\n]+(?=" + _SENTENCE_OPENING + ")"
FULL_STOPS = re.compile(_FULL_STOP)
_SENTENCE_END = re.compile(_FULL_STOP + r"|\n[ \t]*\n")


def _sentences_between(text: str, a: int, b: int) -> int:
    """How many sentence ends lie between offsets a and b (a day in the same sentence: 0)."""
    return sum(1 for _ in _SENTENCE_END.finditer(text, a, b))
