"""Merge the same happening told by several articles into one event.

Candidates are blocked (same date and same kind of happening, or same date and
a shared actor), so the work grows with the block sizes, not with the square of
all events. Text similarity is rapidfuzz's token-set ratio over lemmatised
content words.

Tellings whose dates disagree are merged only to expose a wrong publication
date: one article's date must come from a dateline or a file name, both dates
from expressions in the text, the texts must agree strongly, the dates must be
shifted by about the gap between the two publication dates, and at least
MIN_CONFLICTS happenings of the same pair of articles must show it. Once they agree on one
offset (a wrong publication date moves every deictic date of its article by the same number of
days), the other tellings of those two articles dated that offset apart are compared again with the
looser test of a same-day merge, and merge as conflicts too.
"""
from __future__ import annotations

import datetime as _dt
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from typing import Optional

from rapidfuzz import fuzz

from ..model import Event, EventDate
from . import lexicon as lx

WORD = re.compile(r"[A-Za-z][A-Za-z\-]+|\d+")
_MAX_BLOCK = 120               # a bigger block is too generic to say anything ("said" + "Russia")
MIN_CONFLICTS = 2              # date conflicts between two articles needed before they are believed
MIN_DATELINE_SHIFT_DAYS = 28   # closer publication dates cannot tell a wrong dateline from another happening
SHORT_HEADLINE_WORDS = 5       # fewer content words than this: compare the whole sentence
HEAD_MIN_WORDS = 4             # a short headline this long is compared on its own as well
UNDATED_REACH_DAYS = 14        # how far apart two articles may be published for an undated event to join


@dataclass
class Item:
    """One event with the features the merger compares."""
    index: int
    event: Event
    doc: str
    lemma: str
    actors: frozenset[str]
    words: str
    date: Optional[EventDate]
    published: Optional[_dt.date] = None
    weak_pubdate: bool = False    # its publication date came from a dateline or a file name, or is unknown
    head: str = ""                # the headline's content words alone, when `words` adds the sentence's


WEAK_PUBDATE_SOURCES = (None, "dateline", "filename")


def features(index: int, event: Event, published: Optional[_dt.date] = None,
             published_source: Optional[str] = None) -> Item:
    source = event.sources[0]
    trigger = source.trigger.text
    words = {_norm_word(w) for w in WORD.findall(event.headline)} - lx.STOPWORDS - {""}
    head = ""
    if len(words) < SHORT_HEADLINE_WORDS:
        # "Moscow made an announcement": too few words to compare; the sentence says what it was
        head = " ".join(sorted(words)) if len(words) >= HEAD_MIN_WORDS else ""
        words |= {_norm_word(w) for w in WORD.findall(source.sentence)} - lx.STOPWORDS - {""}
    else:
        head = " ".join(sorted(words))
    words = sorted(words)
    actors = frozenset(k for a in event.actors for k in actor_keys(a))
    return Item(index, event, source.doc, lx.event_lemma(trigger), actors, " ".join(words), event.date, published,
                published_source in WEAK_PUBDATE_SOURCES, head)


@lru_cache(maxsize=65536)
def _norm_word(word: str) -> str:
    low = word.lower()
    if low in lx.DEMONYMS:
        return lx.DEMONYMS[low].lower()
    return lx.event_lemma(low) if lx.parts_of_speech(low) else low


def actor_keys(name: str) -> list[str]:
    """People compare by surname ("Joe Biden" ~ "Biden"); a capital, a seat of power or a demonym
    also stands for its country ("Moscow" ~ "Russian Defense Ministry" ~ "Russia")."""
    words = name.lower().split()
    if not words:
        return []
    keys = [words[-1]]
    if name.lower() in lx.METONYMS:
        keys.append(lx.METONYMS[name.lower()])
    if words[0] in lx.DEMONYMS:
        keys.append(lx.DEMONYMS[words[0]].lower())
    if name.lower() in _COUNTRIES:
        keys.append(name.lower())
    return keys


_COUNTRIES = frozenset(c.lower() for c in lx.DEMONYMS.values())


def date_key(date: Optional[EventDate]) -> Optional[tuple]:
    if date is None:
        return None
    return (date.start.isoformat(), date.granularity)


BEFORE_REACH_DAYS = 7          # "after engineers found a crack" (on or before Tuesday) may be a few days earlier


def date_window(date: EventDate) -> tuple[_dt.date, _dt.date]:
    """The days a date may stand for: a date "on or before" a day (a past perfect, an "after" clause, a
    past told with no date) reaches back a few days."""
    if date.mod == "BEFORE":
        return (date.end - _dt.timedelta(days=BEFORE_REACH_DAYS), date.end)
    return (date.start, date.end)


def compatible(a: Optional[EventDate], b: Optional[EventDate]) -> bool:
    if a is None or b is None:
        return True
    (a0, a1), (b0, b1) = date_window(a), date_window(b)
    return a0 <= b1 and b0 <= a1


def similarity(a: Item, b: Item) -> float:
    """Token-set similarity of the compared words; two short headlines that tell the same thing in
    different sentences ("Inspection noted rust on the girder" / "Engineers noted rust on the
    girder") are also compared on their own when their verbs agree, so that the rest of each
    sentence does not hide it."""
    full = fuzz.token_set_ratio(a.words, b.words) / 100.0
    if a.head and b.head and a.lemma == b.lemma and (a.head != a.words or b.head != b.words):
        return max(full, fuzz.token_set_ratio(a.head, b.head) / 100.0)
    return full


def score(a: Item, b: Item) -> Optional[tuple[float, bool]]:
    """(strength, dates agree) when a and b tell the same happening, else None."""
    if a.doc == b.doc:
        return None
    agree = compatible(a.date, b.date)
    if not agree and not (a.weak_pubdate or b.weak_pubdate):
        return None
    same_kind = a.lemma == b.lemma
    shared = bool(a.actors & b.actors)
    sim = similarity(a, b)
    if agree:
        both_dated = a.date is not None and b.date is not None
        if not both_dated:
            # an undated telling joins a dated one only from an article of about the same days
            if not (same_kind and shared and sim >= 0.6) or not _close_publications(a, b):
                return None
        if a.lemma == "say" and same_kind:
            # statements are many on any day: the speaker and the content must agree
            if (shared and sim >= 0.45) or sim >= 0.75:
                return (sim + 1 + shared, True)
            return None
        if (same_kind and (shared or sim >= 0.55)) or (shared and sim >= 0.65) or sim >= 0.85:
            return (sim + same_kind + shared, True)
        return None
    # dates disagree: only an article whose own date is shaky may be the odd one out, and only on
    # strong text evidence; the merged event keeps the conflict
    if not (a.weak_pubdate or b.weak_pubdate) or not same_kind:
        return None
    if a.date is None or b.date is None or a.date.basis != "timex" or b.date.basis != "timex":
        return None               # a date taken from the publication date says nothing of its own
    if sim < 0.6 or not (shared or sim >= 0.9):
        return None
    same_words = _timex_text(a) == _timex_text(b) and _timex_text(a) is not None
    expected = (b.published - a.published).days if a.published and b.published else 0
    if abs(expected) >= MIN_DATELINE_SHIFT_DAYS and a.date and b.date:
        # a wrong publication date shifts every relative date of its article by about as much
        shift = (b.date.start - a.date.start).days
        if abs(shift - expected) > 3:
            return None
    elif fuzz.token_sort_ratio(a.words, b.words) < 90:
        return None               # without a telling shift, only a verbatim copy can be the same happening
    return (sim + 1.5 + 0.5 * same_words, False)


def _close_publications(a: Item, b: Item) -> bool:
    if a.published is None or b.published is None:
        return False
    return abs((a.published - b.published).days) <= UNDATED_REACH_DAYS


def _timex_text(item: Item) -> Optional[str]:
    date = item.date
    if date is None or date.timex is None:
        return None
    return date.timex.text.lower()


def _window(date: Optional[EventDate]) -> Optional[tuple]:
    return None if date is None else date_window(date)


def _meet(a: Optional[tuple], b: Optional[tuple]):
    """The common part of two windows; None when either is open; False when they do not meet."""
    if a is None:
        return b
    if b is None:
        return a
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    return (lo, hi) if lo <= hi else False


def candidate_pairs(items: list[Item]) -> list[tuple[int, int]]:
    """Pairs worth comparing: same date and kind of happening, or same date and a shared actor;
    across dates (a possible wrong dateline) only when one side's publication date is shaky."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    any_weak = any(item.weak_pubdate for item in items)
    any_before = any(item.date is not None and item.date.mod == "BEFORE" for item in items)
    for item in items:
        dk = date_key(item.date)
        if dk is not None:
            blocks[("d", dk, item.lemma)].append(item.index)
            for actor in sorted(item.actors):
                blocks[("a", dk, actor)].append(item.index)
            if any_before:
                # a date "on or before" a day meets the days just before it
                lo, hi = date_window(item.date)
                for n in range(0, (hi - lo).days + 1) if item.date.mod == "BEFORE" else (
                        [0] if item.date.granularity == "day" else []):
                    blocks[("b", (lo + _dt.timedelta(days=n)).isoformat(), item.lemma)].append(item.index)
        if any_weak:
            for actor in sorted(item.actors):
                blocks[("x", item.lemma, actor)].append(item.index)
            # a republished copy tells it in the same words, whatever its date
            blocks[("t", item.words)].append(item.index)
    pairs: set[tuple[int, int]] = set()
    for key in sorted(blocks):
        members = blocks[key]
        if len(members) < 2 or len(members) > _MAX_BLOCK:
            continue
        across_dates = key[0] in ("x", "t")
        for i, j in combinations(members, 2):
            a, b = items[i], items[j]
            if a.doc == b.doc or (across_dates and not (a.weak_pubdate or b.weak_pubdate)):
                continue
            if key[0] == "b" and a.date.mod != "BEFORE" and b.date.mod != "BEFORE":
                continue
            pairs.add((i, j) if i < j else (j, i))
    return sorted(pairs)


MIN_OFFSET_LINKS = 2           # merged date conflicts with one offset needed before the offset is believed
OFFSET_SLACK_DAYS = 1          # "Tuesday" and "a day earlier" may land a day apart from the plain shift
_YEAR_IN_TEXT = re.compile(r"\b(?:1[0-9]|20)\d\d\b|['’]\d\d\b")


def deictic_day(item: Item) -> Optional[_dt.date]:
    """The day of an event dated from its article's publication date ("Tuesday", "yesterday", "a day
    earlier", or the publication date itself): a wrong publication date moves it. None for a date
    written with its year, a coarse or open date, or none."""
    date = item.date
    if date is None or date.granularity != "day" or date.mod is not None or date.start != date.end:
        return None
    if date.timex is not None and _YEAR_IN_TEXT.search(date.timex.text):
        return None               # "on 15 March 2024" says the same whatever the dateline
    return date.start


def offset_score(a: Item, b: Item) -> Optional[float]:
    """How surely a and b tell the same happening once their dates are known to be shifted by a wrong
    publication date: weaker text evidence than a normal merge, but the kind of happening or the
    actors must agree."""
    if a.doc == b.doc:
        return None
    same_kind = a.lemma == b.lemma
    shared = bool(a.actors & b.actors)
    sim = similarity(a, b)
    if same_kind and shared and sim >= 0.45:
        return sim + 2
    if shared and sim >= 0.6 and "say" not in (a.lemma, b.lemma):
        return sim + 1            # "released a video" / "published footage": one happening, two verbs
    if same_kind and sim >= 0.7 and a.lemma != "say":
        return sim + 1            # a statement needs its speaker
    return None


def _consistent_offset(offsets: list[int]) -> Optional[int]:
    """The shift most conflicts agree on (within the slack), if at least MIN_OFFSET_LINKS and most do."""
    best = None
    for value in sorted(set(offsets), key=lambda v: (abs(v), v)):
        support = sum(1 for o in offsets if abs(o - value) <= OFFSET_SLACK_DAYS)
        exact = offsets.count(value)
        if best is None or (support, exact) > best[0]:
            best = ((support, exact), value)
    if best is None:
        return None
    (support, _), value = best
    if support < MIN_OFFSET_LINKS or 2 * support <= len(offsets) or abs(value) <= OFFSET_SLACK_DAYS:
        return None
    return value


def offset_pairs(items: list[Item], links: list[tuple[int, int]]) -> list[tuple[tuple, int, int]]:
    """Pairs of events from two articles whose merged conflicts (`links`) agree on one date offset,
    dated that offset apart and compatible enough to be one happening; best first (the exact offset
    before one a day off, then the stronger). Only deictic dates take part."""
    offsets: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, j in links:
        a, b = sorted((items[i], items[j]), key=lambda it: (it.doc, it.index))
        da, db = deictic_day(a), deictic_day(b)
        if da is not None and db is not None and a.doc != b.doc:
            offsets[(a.doc, b.doc)].append((db - da).days)
    shifts = {pair: off for pair in sorted(offsets) if (off := _consistent_offset(offsets[pair])) is not None}
    if not shifts:
        return []
    wanted = {doc for pair in shifts for doc in pair}
    by_day: dict[str, dict[_dt.date, list[Item]]] = defaultdict(lambda: defaultdict(list))
    for item in items:
        if item.doc in wanted and (day := deictic_day(item)) is not None:
            by_day[item.doc][day].append(item)
    found = []
    for (doc_a, doc_b), shift in shifts.items():
        days_b = by_day[doc_b]
        for day, left in sorted(by_day[doc_a].items()):
            for delta in range(shift - OFFSET_SLACK_DAYS, shift + OFFSET_SLACK_DAYS + 1):
                for b in days_b.get(day + _dt.timedelta(days=delta), ()):
                    for a in left:
                        if compatible(a.date, b.date):
                            continue
                        strength = offset_score(a, b)
                        if strength is not None:
                            i, j = sorted((a.index, b.index))
                            found.append(((abs(delta - shift), -strength), i, j))
    found.sort()
    return found


def cluster(items: list[Item]) -> list[list[int]]:
    """Groups of item indexes, each a happening with at most one event per article."""
    scored = []
    conflicts: dict[tuple[str, str], list[tuple[float, int, int]]] = defaultdict(list)
    for i, j in candidate_pairs(items):
        result = score(items[i], items[j])
        if result is None:
            continue
        if result[1]:
            scored.append((-result[0], i, j))
        else:
            conflicts[tuple(sorted((items[i].doc, items[j].doc)))].append((-result[0], i, j))
    # a wrong publication date shows in several happenings of the same pair of articles at once
    for pair in sorted(conflicts):
        if len(conflicts[pair]) >= MIN_CONFLICTS:
            scored.extend(conflicts[pair])
    scored.sort()
    parent = list(range(len(items)))
    docs: dict[int, set[str]] = {i: {items[i].doc} for i in range(len(items))}
    dates: dict[int, set] = {i: {date_key(items[i].date)} - {None} for i in range(len(items))}
    # the dates all members of a group agree on (None: no dated member yet)
    window: dict[int, Optional[tuple]] = {i: _window(items[i].date) for i in range(len(items))}
    agreeing = {(i, j) for _, i, j in scored if compatible(items[i].date, items[j].date)}

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(i: int, j: int, agree: bool) -> bool:
        ri, rj = root(i), root(j)
        if ri == rj or docs[ri] & docs[rj]:
            return False          # one source per article
        joint = _meet(window[ri], window[rj])
        if agree and joint is False:
            return False          # an undated link must not chain two different dates together
        if len(dates[ri] | dates[rj]) > 3:
            return False          # a conflict may join groups, a pile-up of unrelated dates may not
        keep, gone = min(ri, rj), max(ri, rj)
        parent[gone] = keep
        docs[keep] |= docs.pop(gone)
        dates[keep] |= dates.pop(gone)
        window[keep] = joint if joint is not False else window[keep]
        window.pop(gone)
        return True

    shifted: list[tuple[int, int]] = []     # conflicting links that were merged
    for _, i, j in scored:
        if join(i, j, (i, j) in agreeing) and (i, j) not in agreeing:
            shifted.append((i, j))
    # a wrong publication date shifts every deictic date of its article by the same number of days:
    # once that offset is established, weaker tellings of the two articles it separates are looked at again
    for _, i, j in offset_pairs(items, shifted):
        join(i, j, False)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[root(i)].append(i)
    return [sorted(g) for _, g in sorted(groups.items())]
