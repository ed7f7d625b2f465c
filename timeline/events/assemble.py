"""assemble_events: per-document events -> one merged, ordered EventSet."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Optional, Sequence

from ..memory import paused_gc
from ..model import (GRANULARITY_RANK, PUBLISHED_SOURCES, DocumentInfo, Event, EventDate, Notice,
                     Source)
from .merge import Item, cluster, compatible, date_key, features

_STATUS_PRIORITY = ("occurred", "reported", "planned", "negated", "hypothetical")
_BASIS_RANK = {"timex": 0, "narrative": 1, "publication": 2}
_MOD_RANK = {"BEFORE": 0, None: 1, "APPROX": 1, "AFTER": 2}


@dataclass(frozen=True)
class EventSet:
    events: tuple[Event, ...]      # dated, merged across documents, in chronological order
    undated: tuple[Event, ...]     # no resolvable date: kept, never dropped
    off_topic: tuple[Event, ...]   # with about=...: the events without the entity (still reachable)
    warnings: tuple[Notice, ...]   # e.g. date conflicts pointing at a suspect dateline


def assemble_events(per_document: Sequence[tuple[DocumentInfo, Sequence[Event]]], *,
                    about: str | None = None) -> EventSet:
    """Merge, order and number the events of all documents; deterministic for any input order."""
    with paused_gc():        # hundreds of thousands of small records, no cycles among them
        return _assemble(per_document, about)


def _assemble(per_document: Sequence[tuple[DocumentInfo, Sequence[Event]]], about: Optional[str]) -> EventSet:
    docs = sorted(per_document, key=lambda pair: (pair[0].id, pair[0].path or ""))
    infos = {info.id: info for info, _ in docs}
    doc_rank = {info.id: k for k, (info, _) in enumerate(docs)}
    flat: list[Event] = []
    for info, events in docs:
        flat.extend(sorted(events, key=lambda e: (e.sources[0].position, e.sources[0].trigger.start, e.id)))
    items = []
    for i, e in enumerate(flat):
        info = infos.get(e.sources[0].doc)
        items.append(features(i, e, info.published if info else None, info.published_source if info else None))
    merged = [_merge_group([items[i] for i in group], infos) for group in cluster(items)]
    merged.sort(key=lambda e: _order_key(e, doc_rank))
    if about is not None:
        merged = [replace(e, actors=(about,) + tuple(a for a in e.actors if a != about)) if about in e.actors
                  else e for e in merged]
        on = [e for e in merged if about in e.actors]
        off = [e for e in merged if about not in e.actors]
    else:
        on, off = merged, []
    dated = [e for e in on if e.date is not None]
    undated = [e for e in on if e.date is None]
    numbered: list[Event] = []
    for n, event in enumerate(dated + undated + off, start=1):
        numbered.append(replace(event, id=f"e{n}"))
    d, u = len(dated), len(undated)
    warnings = tuple(_conflict_warnings(numbered[:d + u], infos))
    return EventSet(tuple(numbered[:d]), tuple(numbered[d:d + u]), tuple(numbered[d + u:]), warnings)


def _order_key(event: Event, doc_rank: dict[str, int]) -> tuple:
    first = min(event.sources, key=lambda s: (doc_rank.get(s.doc, 0), s.position, s.trigger.start))
    narrative = (doc_rank.get(first.doc, 0), first.position, first.trigger.start)
    if event.date is None:
        return (1, "", 0, "", 0) + narrative + (event.headline,)
    d = event.date
    return (0, d.start.isoformat(), GRANULARITY_RANK.get(d.granularity, 99), d.end.isoformat(),
            _MOD_RANK.get(d.mod, 1)) + narrative + (event.headline,)


def _merge_group(group: list[Item], infos: dict[str, DocumentInfo]) -> Event:
    if len(group) == 1:
        return group[0].event
    events = [it.event for it in group]
    sources = tuple(sorted((e.sources[0] for e in events), key=lambda s: (s.doc, s.position, s.trigger.start)))
    dates = [e.date for e in events if e.date is not None]
    conflict: tuple[EventDate, ...] = ()
    date: Optional[EventDate] = None
    if dates:
        distinct = sorted({date_key(d): d for d in dates}.values(), key=lambda d: (d.start, d.end, d.value))
        if _all_overlap(distinct):
            date = min(dates, key=lambda d: (d.mod == "BEFORE", _BASIS_RANK.get(d.basis, 3),
                                             GRANULARITY_RANK.get(d.granularity, 99), d.start, d.value))
        else:
            conflict = tuple(distinct)
            date = _trusted_date(events, infos)
    best = min(events, key=lambda e: (_BASIS_RANK.get(e.date.basis, 3) if e.date else 9, -e.confidence,
                                      -len(e.headline.split()) if len(e.headline.split()) <= 14 else 0, e.id))
    actor_counts = Counter(a for e in events for a in e.actors)
    first_seen = {}
    for e in events:
        for a in e.actors:
            first_seen.setdefault(a, len(first_seen))
    actors = tuple(sorted(actor_counts, key=lambda a: (-actor_counts[a], first_seen[a])))
    if best.actors and best.actors[0] in actors:
        actors = (best.actors[0],) + tuple(a for a in actors if a != best.actors[0])
    statuses = Counter(e.status for e in events)
    status = min(statuses, key=lambda s: (-statuses[s], s != best.status, _STATUS_PRIORITY.index(s)))
    confidence = min(1.0, max(e.confidence for e in events) + 0.1 * (len(sources) - 1))
    if conflict:
        confidence = min(confidence, 0.5)
    return Event(id=best.id, headline=best.headline, date=date, sources=sources, actors=actors, status=status,
                 confidence=confidence, conflict=conflict)


def _all_overlap(dates: list[EventDate]) -> bool:
    return all(compatible(a, b) for k, a in enumerate(dates) for b in dates[k + 1:])


def _trust(info: Optional[DocumentInfo]) -> int:
    if info is None or info.published_source not in PUBLISHED_SOURCES:
        return len(PUBLISHED_SOURCES)
    return PUBLISHED_SOURCES.index(info.published_source)


def _trusted_date(events: list[Event], infos: dict[str, DocumentInfo]) -> EventDate:
    """In a conflict the event is placed by the majority, then by the best-founded publication date."""
    counts = Counter(date_key(e.date) for e in events if e.date is not None)
    return min((e.date for e in events if e.date is not None),
               key=lambda d: (-counts[date_key(d)], min(_trust(infos.get(e.sources[0].doc)) for e in events
                                                        if e.date is not None and date_key(e.date) == date_key(d)),
                              d.start))


def _conflict_warnings(events: list[Event], infos: dict[str, DocumentInfo]) -> list[Notice]:
    """Name the article whose dates disagree with the others: most often a wrong publication date."""
    suspects: dict[str, list[tuple[Event, Source]]] = {}
    for event in events:
        if not event.conflict or event.date is None:
            continue
        for source in event.sources:
            if source.date is not None and date_key(source.date) != date_key(event.date):
                suspects.setdefault(source.doc, []).append((event, source))
    notices = []
    for doc_id in sorted(suspects):
        info = infos.get(doc_id)
        cases = suspects[doc_id]
        event, source = cases[0]
        where = info.path if info and info.path else doc_id
        published = info.published.isoformat() if info and info.published else "unknown"
        origin = f" (from its {info.published_source})" if info and info.published_source else ""
        n = len(cases)
        notices.append(Notice(
            f"{n} event{'s' if n > 1 else ''} told by other articles {'are' if n > 1 else 'is'} dated differently "
            f"here, e.g. “{event.headline}”: {source.date.value} here, {event.date.value} elsewhere; "
            f"its publication date {published}{origin} may be wrong",
            where, "warning"))
    return notices
