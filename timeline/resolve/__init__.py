"""Temporal expression resolver: find TIMEX3 expressions in a text and anchor them.

Rules are data (data/<language>/*.toml: vocabulary and rules, each rule with examples the tests run);
the engine is code: grammar.py compiles the data once, extract.py matches it in one pass, anchor.py
resolves underspecified values against the publication date or an earlier expression.
Public API: `resolve(text, reference)` -> list[Timex]; TimeML I/O lives in `timeline.resolve.timeml`.
"""
from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import re as _re

from ..model import Timex
from .anchor import resolve_mentions
from .extract import find_mentions, lower_same_length
from .grammar import load_grammar

__all__ = ["resolve"]


_MIN_REFERENCE_YEAR, _MAX_REFERENCE_YEAR = 1000, 8999


def resolve(text: str, reference: _dt.date | None = None, *, language: str = "en") -> list[Timex]:
    """All temporal expressions in `text`, sorted by start, non-overlapping, tids "t1", "t2", ... in text order.

    start/end are offsets into `text` exactly as given (text[start:end] == timex.text).
    `reference` is the publication date (DCT); when None, absolute expressions still resolve, deictic and
    anaphoric ones keep an underspecified value (e.g. "XXXX-WXX-2") and interval=None. So they do for a
    reference outside the years 1000-8999: values are four-digit years, and a century or the year after
    counted from year 2 or 9998 would not be ("3", "10000").
    """
    if isinstance(reference, _dt.datetime):
        reference = reference.date()
    if reference is not None and not _MIN_REFERENCE_YEAR <= reference.year <= _MAX_REFERENCE_YEAR:
        reference = None
    grammar = load_grammar(language)
    if language == "en" and "-" in text and _may_have_old_hyphen(text):
        m = _OLD_HYPHEN.search(text)
        if m is not None:
            return _without_old_hyphens(text, reference, language)
    low = lower_same_length(text)
    mentions = find_mentions(text, grammar, low)
    return resolve_mentions(mentions, text, low, reference)


# The hyphenated spellings of older prose ("to-night", "to-morrow", "to-day", "the week-end"): read as
# the words they became, the hyphen dropped; the expressions found keep the text as written.
_OLD_HYPHEN = _re.compile(r"(?<![\w-])(?:(?P<to>[Tt]o)-(?=(?:night|morrow|day)(?![\w-]))"
                          r"|(?P<week>[Ww]eek)-(?=ends?(?![\w-])))")


def _may_have_old_hyphen(text: str) -> bool:
    # What every match of _OLD_HYPHEN holds, as plain substring tests: the regex starts with a look-behind,
    # which leaves the engine no first character to skip ahead to, so searching a text with hyphens but
    # none of these cost ~100 us per TBAQ article (~4% of resolve()); these four tests cost ~4 us.
    return "o-night" in text or "o-morrow" in text or "o-day" in text or "k-end" in text


def _without_old_hyphens(text: str, reference, language: str) -> list[Timex]:
    pieces, where, at = [], [], 0          # where[i]: the offset in `text` of character i of the joined text
    for m in _OLD_HYPHEN.finditer(text):
        cut = m.end() - 1                  # the hyphen
        pieces.append(text[at:cut])
        where.extend(range(at, cut))
        at = cut + 1
    pieces.append(text[at:])
    where.extend(range(at, len(text)))
    joined = "".join(pieces)
    out = []
    for t in resolve(joined, reference, language=language):
        start, end = where[t.start], where[t.end - 1] + 1
        out.append(_dc.replace(t, start=start, end=end, text=text[start:end]))
    return out
