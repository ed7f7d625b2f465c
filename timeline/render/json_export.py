"""The JSON contract of `timeline build --format json` (no plotly needed here).

{"documents": [{"id", "path", "title", "published", "published_source", ...}],
 "events": [{"id", "date": {"value", "start", "end", "granularity", ...}, "headline", "actors",
             "status", "confidence", "sources": [{"doc", "sentence", "start", "end", "trigger": {...}}]}],
 "undated": [...], "warnings": [...]}
"""
from __future__ import annotations

import datetime as _dt
import json
from typing import Any, Optional

from ..model import DocumentInfo, Event, EventDate, Notice, Source, Span, Timeline

SCHEMA_VERSION = 1


def _iso(value: Optional[_dt.date]) -> Optional[str]:
    return value.isoformat() if value is not None else None


def span_to_dict(span: Optional[Span]) -> Optional[dict]:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": span.text}


def date_to_dict(date: Optional[EventDate]) -> Optional[dict]:
    if date is None:
        return None
    return {
        "value": date.value, "start": _iso(date.start), "end": _iso(date.end),
        "granularity": date.granularity, "mod": date.mod, "basis": date.basis,
        "explanation": date.explanation, "timex": span_to_dict(date.timex), "rule": date.rule,
    }


def source_to_dict(source: Source) -> dict:
    return {
        "doc": source.doc, "sentence": source.sentence, "start": source.start, "end": source.end,
        "trigger": span_to_dict(source.trigger), "date": date_to_dict(source.date),
        "quote": source.quote, "speaker": source.speaker,
    }


def event_to_dict(event: Event) -> dict:
    return {
        "id": event.id, "date": date_to_dict(event.date), "headline": event.headline,
        "actors": list(event.actors), "status": event.status, "confidence": round(event.confidence, 3),
        "corroboration": event.corroboration,
        "conflict": [date_to_dict(d) for d in event.conflict],
        "sources": [source_to_dict(s) for s in event.sources],
    }


def document_to_dict(doc: DocumentInfo) -> dict:
    return {
        "id": doc.id, "path": doc.path, "title": doc.title, "published": _iso(doc.published),
        "published_source": doc.published_source, "source": doc.source, "url": doc.url,
    }


def notice_to_dict(notice: Notice) -> dict:
    return {"file": notice.file, "line": notice.line, "kind": notice.kind, "message": notice.message,
            "text": str(notice)}


def timeline_to_dict(timeline: Timeline) -> dict[str, Any]:
    out: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "title": timeline.title,
        "about": timeline.about,
        "documents": [document_to_dict(d) for d in timeline.documents],
        "events": [event_to_dict(e) for e in timeline.events],
        "undated": [event_to_dict(e) for e in timeline.undated],
        "warnings": [notice_to_dict(n) for n in timeline.warnings],
        "skipped": [notice_to_dict(n) for n in timeline.skipped],
    }
    if timeline.about is not None:
        out["off_topic"] = [event_to_dict(e) for e in timeline.off_topic]
    return out


def timeline_to_json(timeline: Timeline, indent: Optional[int] = 2) -> str:
    return json.dumps(timeline_to_dict(timeline), ensure_ascii=False, indent=indent, sort_keys=False) + "\n"
