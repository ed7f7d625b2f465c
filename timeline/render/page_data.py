"""The events as the page script reads them: one compact JSON document, embedded once.

A 150,000-event page cannot carry 150,000 server-rendered list items (hundreds of MB of
markup, minutes of layout): the page embeds the events once, as positional arrays with
repeated strings (date labels, provenances, document names) stored once in tables, and
page.js renders the list a few day groups at a time, searches and filters over the data, and
builds the dense chart's hover texts from it.

    {"v": 1, "dated": len(timeline.events),
     "events": [[group, headline, status, flags, date, why, corroboration, sources, actors?, conflict?,
                 low_confidence?], ...]      timeline.events then timeline.undated (index = chart customdata)
     "groups": [[heading, datetime attribute, note, first day], ...]   headings, in list order
     "docs": [[label, title, url, published, path, published_source, key, mentions], ...]
     "keys": [[label, kind, events], ...]      source filter options: kind 0 outlet, 1 article without one
     "actors": [[name, events], ...]            by count; the first MAX_ACTOR_OPTIONS are filter options
     "statuses": [[slug, label], ...],
     "strings": [...]}                          date, why, conflict, path... are indices into this table

group is -1 for an event without a date (listed with the undated ones). A source is
[doc, sentence, trigger start, trigger end, date-expression start, date-expression end, quote,
speaker, date label when it differs from the event's]; trailing defaults (-1, "") are left out.
Offsets count UTF-16 code units, as JavaScript strings do. Everything is plain text: the
script only ever puts it into the page through textContent.
"""
from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable, Optional

from ..model import Event, Source, Timeline
from . import dates as D
from .lanes import DocIndex, doc_label, outlet_of, status_label
from .text import clean, is_clean, safe_url, script_json, slug, truncate, without_invisible

PAGE_DATA_VERSION = 1
MAX_ACTOR_OPTIONS = 300
MAX_SOURCE_OPTIONS = 300      # per kind: outlets, and articles without an outlet name
CHUNK = 2000                  # events serialised per json.dumps call
FLAG_INFERRED = 1             # no date in the sentence: dated by publication or context
_SOURCE_DEFAULTS = (None, None, -1, -1, -1, -1, "", "", -1)


class _Strings:
    """A table of repeated strings; each is stored once and referred to by index (-1: none)."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.items: list[str] = []

    def __call__(self, text: Optional[str]) -> int:
        if not text:
            return -1
        found = self.index.get(text)
        if found is None:
            found = self.index[text] = len(self.items)
            self.items.append(text)
        return found


def _utf16_len(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


def _clean_keep_edges(text: str) -> str:
    """clean(), but a piece next to a mark keeps one edge space so the words stay apart."""
    text = without_invisible(text)
    if not text:
        return ""
    core = clean(text)
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() else ""
    return (lead + core + trail) if core else (" " if lead or trail else "")


def _marks_as_is(sentence: str, marks: list[tuple[int, int, int]]) -> Optional[list[int]]:
    """The common case, fast: nothing in the sentence to clean, so offsets only change unit. None otherwise."""
    if not is_clean(sentence):
        return None
    offsets, at = [-1, -1, -1, -1], 0
    for lo, hi, kind in marks:
        if lo < at:
            continue                           # overlapping marks: keep the first
        piece = sentence[lo:hi]
        if piece != piece.strip():
            return None                        # a mark with edge spaces: the general path trims it
        if sentence.isascii():
            offsets[2 * kind], offsets[2 * kind + 1] = lo, hi
        else:
            offsets[2 * kind] = _utf16_len(sentence[:lo])
            offsets[2 * kind + 1] = offsets[2 * kind] + _utf16_len(piece)
        at = hi
    return offsets


def _marks_cleaned(sentence: str, marks: list[tuple[int, int, int]]) -> tuple[str, list[int]]:
    """Clean the text between and inside the marks piece by piece, so the marks still point at their words."""
    pieces: list[tuple[str, int]] = []        # (text, mark kind or -1)
    at = 0
    for lo, hi, kind in marks:
        if lo < at:
            continue                           # overlapping marks: keep the first
        pieces += [(sentence[at:lo], -1), (sentence[lo:hi], kind)]
        at = hi
    pieces.append((sentence[at:], -1))
    out, offsets, cursor = [], [-1, -1, -1, -1], 0
    for text, kind in pieces:
        shown = _clean_keep_edges(text)
        core = shown.strip()
        if kind >= 0 and core:
            # the mark covers the words; a space at its edge stays outside it
            lead = shown[:len(shown) - len(shown.lstrip())]
            offsets[2 * kind] = cursor + len(lead)
            offsets[2 * kind + 1] = offsets[2 * kind] + _utf16_len(core)
        out.append(shown)
        cursor += _utf16_len(shown)
    joined = "".join(out)
    lead = _utf16_len(joined) - _utf16_len(joined.lstrip())
    shown = joined.strip()
    if lead:
        offsets = [o - lead if o >= 0 else o for o in offsets]
    limit = _utf16_len(shown)
    if any(o > limit for o in offsets):        # a mark in stripped edge space: drop the marks
        offsets = [-1, -1, -1, -1]
    return shown, offsets


def marked_sentence(source: Source) -> tuple[str, list[int]]:
    """(the sentence as shown, [trigger start, end, date expression start, end]) in UTF-16 offsets, -1 when absent."""
    sentence = source.sentence or ""
    marks = []
    for kind, span in ((0, source.trigger), (1, source.date.timex if source.date else None)):
        if span is None:
            continue
        lo, hi = span.start - source.start, span.end - source.start
        if 0 <= lo < hi <= len(sentence) and sentence[lo:hi] == span.text:
            marks.append((lo, hi, kind))
    marks.sort()
    offsets = _marks_as_is(sentence, marks)
    if offsets is not None:
        return sentence, offsets
    return _marks_cleaned(sentence, marks)


def group_key(event: Event) -> tuple[str, str, str]:
    """(heading, datetime attribute, note) of the day or period an event is listed under."""
    date = event.date
    if not D.is_span(date) or date.start == date.end and not D.is_open(date):
        return D.long_day_label(date.start), date.start.isoformat(), ""
    attr = date.value if date.granularity in ("month", "year") and not D.is_open(date) else ""
    note = "open-ended" if D.is_open(date) else "date known only to this period"
    label = D.date_label(date)
    return label[:1].upper() + label[1:], attr, note


def _trim(values: list, defaults: Iterable) -> list:
    """Drop trailing values equal to their default (the script reads a missing one as the default)."""
    defaults = list(defaults)
    end = len(values)
    while end > 0 and defaults[end - 1] is not None and values[end - 1] == defaults[end - 1]:
        end -= 1
    return values[:end]


class PageData:
    """Tables for the page (documents, filter options, groups) and the streamed event records."""

    def __init__(self, timeline: Timeline, docs: Optional[DocIndex] = None):
        self.timeline = timeline
        self.docs = docs or DocIndex(timeline)
        self.strings = _Strings()
        self._labels: dict[tuple, int] = {}
        self._whys: dict[tuple, int] = {}
        self.records = list(timeline.events) + list(timeline.undated)
        self.group_of, self.groups = self._groups()
        self.statuses = sorted({clean(e.status) or "occurred" for e in self.records})
        self.status_index = {s: i for i, s in enumerate(self.statuses)}
        self._docs_table()
        actor_counts = Counter(a for e in self.records for a in dict.fromkeys(clean(x) for x in e.actors) if a)
        self.actors = sorted(actor_counts.items(), key=lambda kv: (-kv[1], kv[0]))
        self.actor_index = {name: i for i, (name, _) in enumerate(self.actors)}

    # ---- tables

    def _groups(self) -> tuple[list[int], list[list[str]]]:
        """Group index of every dated event; groups numbered in list order.

        Events starting the same day are grouped by heading in order of first appearance, so 'in
        2014' events are listed together even when a 'since 2014' sorts between them: listing by
        (group, index) gives that order.
        """
        group_of = [-1] * len(self.records)
        groups: list[list[str]] = []
        run_start, run = None, {}
        for index, event in enumerate(self.timeline.events):
            if event.date is None:
                continue
            if event.date.start != run_start:
                run_start, run = event.date.start, {}
            key = group_key(event)
            if key not in run:
                run[key] = len(groups)
                groups.append([*key, event.date.start.isoformat()])
            group_of[index] = run[key]
        return group_of, groups

    def _docs_table(self) -> None:
        docs = self.docs
        mentions = Counter(s.doc for e in self.records for s in e.sources)
        known = [d.id for d in self.timeline.documents]
        extra = sorted({s.doc for e in self.records for s in e.sources} - set(known))
        self.doc_ids = known + extra
        self.doc_index = {doc_id: i for i, doc_id in enumerate(self.doc_ids)}
        # the source filter: an outlet, or the article itself when its outlet is unknown
        key_of_doc = {}
        for doc_id in self.doc_ids:
            info = docs.info(doc_id)
            outlet = outlet_of(info)
            key_of_doc[doc_id] = (0, outlet) if outlet else (1, doc_label(info, doc_id) + "\0" + doc_id)
        key_events: Counter = Counter()
        for event in self.records:
            for key in {key_of_doc[s.doc] for s in event.sources}:
                key_events[key] += 1
        keys = []
        for kind in (0, 1):
            ranked = sorted((k for k in key_events if k[0] == kind), key=lambda k: (-key_events[k], k[1]))
            keys += ranked[:MAX_SOURCE_OPTIONS]
        self.key_index = {k: i for i, k in enumerate(keys)}
        self.keys = [[k[1].split("\0")[0], k[0], key_events[k]] for k in keys]
        table = []
        for doc_id in self.doc_ids:
            info = docs.info(doc_id)
            label = docs.label(doc_id)
            title = clean(info.title) if info else ""
            table.append(_trim([
                label, truncate(title, 160) if title and title != label else "",
                (safe_url(info.url) or "") if info else "",
                self.strings(D.day_label(info.published)) if info and info.published else -1,
                self.strings(clean(info.path)) if info and info.path else -1,
                self.strings(clean(info.published_source)) if info and info.published_source else -1,
                self.key_index.get(key_of_doc[doc_id], -1), mentions.get(doc_id, 0)],
                (None, "", "", -1, -1, -1, -1, 0)))
        self.docs_table = table

    # ---- records

    def _label(self, date) -> int:
        """String index of a date's label (cached: a large timeline repeats few distinct dates)."""
        key = (date.value, date.start, date.end, date.granularity, date.mod)
        found = self._labels.get(key)
        if found is None:
            found = self._labels[key] = self.strings(D.date_label(date))
        return found

    def _why(self, date) -> int:
        key = (date.explanation, date.basis)
        found = self._whys.get(key)
        if found is None:
            found = self._whys[key] = self.strings(D.provenance(date))
        return found

    def _source(self, source: Source, event: Event) -> list:
        sentence, marks = marked_sentence(source)
        differs = -1
        date = event.date
        if source.date is not None and date is not None and (source.date.start, source.date.end) != (
                date.start, date.end):
            differs = self._label(source.date)
        values = [self.doc_index[source.doc], sentence, *marks, clean(source.quote), clean(source.speaker), differs]
        return _trim(values, _SOURCE_DEFAULTS)

    def record(self, index: int) -> list:
        event = self.records[index]
        date = event.date
        strings = self.strings
        conflict = -1
        if date is not None and event.conflict:
            shown = sorted({(d.start, d.end): d for d in event.conflict + (date,)}.values(),
                           key=lambda d: (d.start, d.end, d.value))
            if len(shown) > 1:
                conflict = strings(" · ".join(D.date_label(d) for d in shown))
        # actors keep their order of mention, not their rank
        names = list(dict.fromkeys(a for a in (clean(x) for x in event.actors) if a))
        actors = [self.actor_index[a] for a in names]
        low = round(event.confidence * 100) if event.confidence < 0.5 else 0
        values = [
            self.group_of[index], clean(event.headline), self.status_index[clean(event.status) or "occurred"],
            FLAG_INFERRED if D.is_inferred(date) else 0,
            self._label(date) if date is not None else -1,
            self._why(date) if date is not None else -1,
            event.corroboration, [self._source(s, event) for s in event.sources],
            actors, conflict, low]
        return _trim(values, (None,) * 8 + ([], -1, 0))

    def write(self, write: Callable[[str], object]) -> None:
        """Stream the JSON document (script-safe) through `write`, CHUNK events per piece."""
        write(f'{{"v":{PAGE_DATA_VERSION},"dated":{len(self.timeline.events)},"events":[')
        total = len(self.records)
        for start in range(0, total, CHUNK):
            chunk = script_json([self.record(i) for i in range(start, min(total, start + CHUNK))])
            write(("," if start else "") + chunk[1:-1])
        write('],"groups":' + script_json(self.groups))
        write(',"docs":' + script_json(self.docs_table))
        write(',"keys":' + script_json(self.keys))
        write(',"actors":' + script_json([[name, count] for name, count in self.actors]))
        write(',"statuses":' + script_json([[slug(s), status_label(s)] for s in self.statuses]))
        write(',"strings":' + script_json(self.strings.items) + "}")

    # ---- filter options for the page's controls

    def source_options(self) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        """(outlets, articles without an outlet): (key index, 'label (events)')."""
        outlets = [(i, f"{label} ({n:,})") for i, (label, kind, n) in enumerate(self.keys) if kind == 0]
        articles = [(i, f"{truncate(label, 70)} ({n:,})") for i, (label, kind, n) in enumerate(self.keys) if kind == 1]
        return outlets, articles

    def actor_options(self) -> list[tuple[int, str]]:
        return [(i, f"{name} ({n:,})") for i, (name, n) in enumerate(self.actors[:MAX_ACTOR_OPTIONS])]

    def status_options(self) -> list[tuple[str, str]]:
        return [(slug(s), status_label(s)) for s in self.statuses]
