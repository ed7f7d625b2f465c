"""Which horizontal lane (source, actor or status) each event goes in.

Few lanes stay readable: beyond MAX_LANES the smallest are folded into "Other".
Orders are count-then-name so the result never depends on dict or set order.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Optional

from ..errors import UsageError
from ..model import EVENT_STATUSES, DocumentInfo, Event, Timeline
from .text import clean

LANE_KINDS = ("source", "actor", "status")
MAX_LANES = 10
SEVERAL_SOURCES = "Several sources"
NO_ACTOR = "No actor named"
OTHER = "Other"
STATUS_LABELS = {
    "occurred": "Occurred", "reported": "Reported", "planned": "Planned",
    "negated": "Did not happen", "hypothetical": "Hypothetical",
}


def doc_label(info: Optional[DocumentInfo], doc_id: str) -> str:
    """What a reader calls a document: its outlet, else its title, else its id."""
    if info is not None:
        for candidate in (info.source, info.title):
            if clean(candidate):
                return clean(candidate)
    return clean(doc_id) or "unknown document"


class DocIndex:
    """Document lookups shared by every renderer."""

    def __init__(self, timeline: Timeline):
        self.by_id = {d.id: d for d in timeline.documents}

    def info(self, doc_id: str) -> Optional[DocumentInfo]:
        return self.by_id.get(doc_id)

    def label(self, doc_id: str) -> str:
        return doc_label(self.by_id.get(doc_id), doc_id)

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
        labels = docs.labels_of(event)
        if len(labels) == 1:
            return labels[0]
        return SEVERAL_SOURCES if labels else "No source"
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
        rest = sorted((n for n in counts if n not in pinned and n != NO_ACTOR),
                      key=lambda n: (-counts[n], n))
        order = pinned + rest + ([NO_ACTOR] if NO_ACTOR in counts else [])
    if len(order) > MAX_LANES:
        keep = order[: MAX_LANES - 1]
        order = keep + [OTHER]
    index = {name: i for i, name in enumerate(order)}
    other = index.get(OTHER)
    return LanePlan(tuple(order), tuple(index.get(name, other) for name in raw))
