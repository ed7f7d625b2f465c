"""Which horizontal lane (source, actor or status) each event goes in, and what a document is called.

Source lanes are outlets, as a journalist would sort wire copy: the outlet's name when the
input says it, else the host of the article's URL ("herald.example"). Articles with neither
(plain .txt files) share one "Outlet unknown" lane rather than getting a lane each named after
their headline, which read like events. Citations still name them by title.
An event reported by more than one article goes in "Several sources" (unless all of them come
from the same outlet). Few lanes stay readable: beyond MAX_LANES the smallest are folded
into "Other outlets" / "Other actors". Orders are count-then-name so the result never depends
on dict or set order.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import PurePath
from typing import Iterable, Optional
from urllib.parse import urlsplit

from ..errors import UsageError
from ..model import EVENT_STATUSES, DocumentInfo, Event, Timeline
from .text import clean, safe_url

LANE_KINDS = ("source", "actor", "status")
MAX_LANES = 10
SEVERAL_SOURCES = "Several sources"
UNKNOWN_OUTLET = "Outlet unknown"
NO_ACTOR = "No actor named"
OTHER = "Other"
OTHER_BY_KIND = {"source": "Other outlets", "actor": "Other actors", "status": OTHER}
STATUS_LABELS = {
    "occurred": "Occurred", "reported": "Reported", "planned": "Planned",
    "negated": "Did not happen", "hypothetical": "Hypothetical",
}


def url_host(url: Optional[str]) -> str:
    """'herald.example' for https://www.herald.example/x; '' when there is no usable URL."""
    safe = safe_url(url)
    if not safe:
        return ""
    host = (urlsplit(safe).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def outlet_of(info: Optional[DocumentInfo]) -> str:
    """The outlet that published a document: its name, else its URL's host, else ''."""
    if info is None:
        return ""
    return clean(info.source) or url_host(info.url)


def doc_label(info: Optional[DocumentInfo], doc_id: str) -> str:
    """What a reader calls a document: its outlet, else its title, else its file name, else its id."""
    if info is not None:
        outlet = outlet_of(info)
        if outlet:
            return outlet
        if clean(info.title):
            return clean(info.title)
        if clean(info.path) and info.path != "<stdin>":
            return clean(PurePath(info.path).name)
    return clean(doc_id) or "unknown document"


class DocIndex:
    """Document lookups shared by every renderer."""

    def __init__(self, timeline: Timeline):
        self.by_id = {d.id: d for d in timeline.documents}
        self._labels: dict[str, str] = {}
        self._outlets: dict[str, str] = {}

    def info(self, doc_id: str) -> Optional[DocumentInfo]:
        return self.by_id.get(doc_id)

    def label(self, doc_id: str) -> str:
        label = self._labels.get(doc_id)
        if label is None:
            label = self._labels[doc_id] = doc_label(self.by_id.get(doc_id), doc_id)
        return label

    def outlet(self, doc_id: str) -> str:
        outlet = self._outlets.get(doc_id)
        if outlet is None:
            outlet = self._outlets[doc_id] = outlet_of(self.by_id.get(doc_id))
        return outlet

    def labels_of(self, event: Event) -> list[str]:
        """Distinct source labels of an event, in the order its sources are listed."""
        seen: dict[str, None] = {}
        for source in event.sources:
            seen.setdefault(self.label(source.doc), None)
        return list(seen)


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, clean(status).capitalize() or "Unknown")


def raw_lane(event: Event, kind: str, docs: DocIndex) -> str:
    if kind == "source":
        doc_ids = list(dict.fromkeys(s.doc for s in event.sources))
        if not doc_ids:
            return "No source"
        outlets = {docs.outlet(d) for d in doc_ids}
        if len(outlets) == 1 and "" not in outlets:
            return outlets.pop()
        return UNKNOWN_OUTLET if len(doc_ids) == 1 else SEVERAL_SOURCES
    if kind == "actor":
        actors = [clean(a) for a in event.actors if clean(a)]
        return actors[0] if actors else NO_ACTOR
    if kind == "status":
        return status_label(event.status)
    raise UsageError(f"unknown lanes {kind!r}: choose one of {', '.join(LANE_KINDS)}")


@dataclass(frozen=True)
class LanePlan:
    names: tuple[str, ...]          # top to bottom
    of_event: tuple[int, ...]       # lane index per event, same order as the events


def plan_lanes(events: Iterable[Event], kind: str, docs: DocIndex) -> LanePlan:
    if kind not in LANE_KINDS:
        raise UsageError(f"unknown lanes {kind!r}: choose one of {', '.join(LANE_KINDS)}")
    raw = [raw_lane(e, kind, docs) for e in events]
    counts = Counter(raw)
    if kind == "status":
        order = [status_label(s) for s in EVENT_STATUSES if status_label(s) in counts]
        order += sorted(n for n in counts if n not in order)
    else:
        pinned = [n for n in (SEVERAL_SOURCES,) if n in counts]
        last = [n for n in (UNKNOWN_OUTLET, NO_ACTOR) if n in counts]
        rest = sorted((n for n in counts if n not in pinned and n not in last), key=lambda n: (-counts[n], n))
        order = pinned + rest + last
    other_name = OTHER_BY_KIND[kind]
    if len(order) > MAX_LANES:
        # the catch-all lanes stay visible; the least used named lanes are folded
        last = [n for n in order if n in (UNKNOWN_OUTLET, NO_ACTOR)]
        named = [n for n in order if n not in last]
        order = named[: MAX_LANES - 1 - len(last)] + [other_name] + last
    index = {name: i for i, name in enumerate(order)}
    other = index.get(other_name)
    return LanePlan(tuple(order), tuple(index.get(name, other) for name in raw))
