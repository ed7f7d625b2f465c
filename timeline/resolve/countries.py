"""Holidays whose date depends on the country ("Independence Day", "Republic Day", "Labour Day", "National
Day", ...): which country a text is about, and that country's date (the table: data/en/holidays.toml)."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from .. import regex_store

_DATA_FILE = Path(__file__).resolve().parent / "data" / "en" / "holidays.toml"

# A dateline opening a line near the head of the text: a city in capitals, then a comma, a colon, a full
# stop, a parenthesis or a dash ("NEW DELHI:", "LAGOS --", "MADRID, July 21 (EFE) -", "SINGAPORE -").
_DATELINE = re.compile(r"(?:^|\n)[ \t]*(?P<city>[A-Z][A-Z.'’ -]*[A-Z.])[ \t]*(?:[,:(]|\.\s|--|—|–|-\s)")
_DATELINE_REACH = 600


class _Table:
    """The holiday table, the cue regex over every country's names and cities, and the cities by their
    capitalised spelling."""

    def __init__(self, state: Optional[dict] = None, program: Optional[tuple] = None) -> None:
        """From `state` (table_state(), as the compiled grammar store keeps it, with the stored program of
        its cue regex) when given, else from the data file."""
        if state is None:
            state = table_state()
        self.default: dict[str, str] = state["default"]
        self.countries: dict[str, dict[str, str]] = state["countries"]
        self.cue_of: dict[str, str] = state["cue_of"]
        self.city_of: dict[str, str] = state["city_of"]
        self.southern: set[str] = set(state["southern"])
        self.keys = set(self.default) | {k for c in self.countries.values() for k in c}
        self.cues = regex_store.from_program(state["cues"], program)


def table_state(path: Path = _DATA_FILE) -> dict:
    """The holiday table as plain data (marshal-able, for the compiled grammar store), with the source of
    the cue regex."""
    import tomllib              # only when a text names such a holiday and the store is not used
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    default = dict(data.get("default", {}))
    countries: dict[str, dict[str, str]] = {}
    cue_of: dict[str, str] = {}
    city_of: dict[str, str] = {}
    southern: list[str] = []
    for code, entry in data.get("country", {}).items():
        if entry.get("southern") is True:
            southern.append(code)
        countries[code] = {k: v for k, v in entry.items() if isinstance(v, str)}
        for name in entry.get("cues", ()):
            cue_of[name] = code
        for name in entry.get("cities", ()):
            cue_of.setdefault(name, code)
            city_of[name.upper()] = code
    return {"default": default, "countries": countries, "cue_of": cue_of, "city_of": city_of,
            "southern": southern, "cues": _cue_source(cue_of)}


def _cue_source(names) -> str:
    """The cue regex: any name, whole (no word character or dot before it, no word after it), the longest
    that fits. One branch per first character, the rest of the names as a trie: a flat alternation of
    the ~370 names sorted longest first found the same matches, but opened with a look-behind, which
    leaves the engine nothing to skip ahead with, so it tried every name at every character of the text
    (~12 ms for a TBAQ article naming a holiday). Here the look-behind follows the first character (a
    two-character look-behind ending in it: the same test of the character before the name), so the
    branches open with literals and the engine skips to the capitals that can start a name; in a trie
    the longer names come first at each step, as before."""
    from .grammar import _trie_regex
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(name[1:])
    alts = []
    for first in sorted(by_first):
        rests = by_first[first]
        rest = _trie_regex(sorted(r for r in rests if r))
        if rest and "" in rests:            # a one-character name, and longer ones after that character
            rest = (rest if rest.startswith("(?:") else "(?:" + rest + ")") + "?"
        ch = re.escape(first)
        alts.append(ch + r"(?<![\w.]" + ch + ")" + rest)
    return "(?:" + "|".join(alts) + r")(?!\w|\.\w)"


_TABLE: Optional[_Table] = None


def _table() -> _Table:
    global _TABLE
    if _TABLE is None:
        # The table as the compiled grammar store keeps it (loaded with the grammar, current with the data
        # file and this module), else parsed from the data file: ~8 ms a process, mostly the cue regex.
        from .grammar import stored_extra
        stored = stored_extra("en", "holidays")
        _TABLE = _Table(*stored) if stored is not None else _Table()
    return _TABLE


def is_national(key: str) -> bool:
    """Is `key` (a [holiday] value of the vocabulary) a holiday whose date depends on the country?"""
    return key in _table().keys


class CountryCues:
    """The countries one text names: its dateline's country and every cue with its offset."""

    def __init__(self, text: str) -> None:
        table = _table()
        self.table = table
        self.dateline: Optional[str] = None
        for m in _DATELINE.finditer(text, 0, _DATELINE_REACH):
            code = table.city_of.get(m.group("city").strip(" .").upper())
            if code is not None:
                self.dateline = code
                break
        self.found = [(m.start(), table.cue_of[m.group(0)]) for m in table.cues.finditer(text)]
        counts: dict[str, int] = {}
        for _, code in self.found:
            counts[code] = counts.get(code, 0) + 1
        # the country named most (the first named among equals), if named more than once: a country named
        # in passing is no sign of where the text is set
        order = {code: i for i, (_, code) in reversed(list(enumerate(self.found)))}
        self.main = max(counts, key=lambda c: (counts[c], -order[c])) if counts else None
        if self.main is not None and counts[self.main] < 2:
            self.main = None

    def southern(self) -> bool:
        """Is the text set in the southern hemisphere (its dateline's country, else the one it names most)?"""
        code = self.dateline or self.main
        return code is not None and code in self.table.southern

    def holiday(self, key: str, start: int, sentence: tuple[int, int]) -> tuple[Optional[str], str]:
        """The date spec of holiday `key` at offset `start` (None: left untagged; "": the country keeps it
        on a date the calendar cannot compute) and why. A country named in its own sentence comes first
        (the nearest that keeps such a day), then the dateline's, then the one the text names most, each
        only if it keeps such a day; else the default."""
        table = self.table
        lo, hi = sentence
        # "U.S. markets close for Independence Day, while Indian exchanges stay open": the nearest country
        # named before the holiday, then the nearest after it ("Republic Day in India")
        local = sorted((pos > start, abs(pos - start), code) for pos, code in self.found if lo <= pos < hi)
        for _, _, code in local:
            if key in table.countries[code]:
                return table.countries[code][key], f"the day of {code}, named in its sentence"
        # ("LONDON -- ... Nigeria's ... on Independence Day": a dateline's country that keeps no such day
        # leaves it to the country the text is about)
        for code, how in ((self.dateline, "the dateline's country"), (self.main, "the country the text names most")):
            if code is not None and key in table.countries[code]:
                return table.countries[code][key], f"the day of {code}, {how}"
        if key in table.default:
            return table.default[key], "the day of the US, no other country keeping one named"
        return None, "a day each country dates its own way, no country named"
