"""The JSON contract of `timeline build --format json` (no plotly needed here).

{"documents": [{"id", "path", "title", "published", "published_source", ...}],
 "events": [{"id", "date": {"value", "start", "end", "granularity", ...}, "headline", "actors",
             "status", "confidence", "sources": [{"doc", "sentence", "start", "end", "trigger": {...}}]}],
 "undated": [...], "warnings": [...]}
"""
from __future__ import annotations

import datetime as _dt
import json
from typing import Any, Callable, Optional

from ..model import DocumentInfo, Event, EventDate, Notice, Source, Span, Timeline
from ..memory import paused_gc

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
    if indent != 2:
        return json.dumps(timeline_to_dict(timeline), ensure_ascii=False, indent=indent, sort_keys=False) + "\n"
    out: list[str] = []
    write_json(timeline, out.append)
    return "".join(out)


# ---------------------------------------------------------------- streaming, byte for byte json.dumps(indent=2)

_encode_str = json.encoder.encode_basestring      # what json.dumps(ensure_ascii=False) uses for strings


def _float_repr(value: float) -> str:
    """As json.dumps writes a float (its encoder builds closures per call: cyclic garbage)."""
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def _pretty(value: Any, indent: str, out: list) -> None:
    """Append the pieces json.dumps(value, ensure_ascii=False, indent=2) would produce at this depth.

    A plain recursive function is about twice as fast as json's indenting encoder (a chain of
    generators), and lets the export be written a few events at a time.
    """
    if isinstance(value, str):
        out.append(_encode_str(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_float_repr(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = indent + "  "
        first = True
        for key, item in value.items():
            out.append(("{\n" if first else ",\n") + inner + _encode_str(str(key)) + ": ")
            first = False
            _pretty(item, inner, out)
        out.append("\n" + indent + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = indent + "  "
        first = True
        for item in value:
            out.append(("[\n" if first else ",\n") + inner)
            first = False
            _pretty(item, inner, out)
        out.append("\n" + indent + "]")
    else:
        out.append(json.dumps(value, ensure_ascii=False))


def write_json(timeline: Timeline, write: Callable[[str], object], chunk: int = 500) -> None:
    """Write exactly what timeline_to_json returns, `chunk` events at a time, without building the
    whole document (or its dict) in memory."""
    with paused_gc():
        _write_json(timeline, write, chunk)


def _write_json(timeline: Timeline, write: Callable[[str], object], chunk: int) -> None:
    lists = {
        "documents": (document_to_dict, timeline.documents), "events": (event_to_dict, timeline.events),
        "undated": (event_to_dict, timeline.undated), "warnings": (notice_to_dict, timeline.warnings),
        "skipped": (notice_to_dict, timeline.skipped),
    }
    if timeline.about is not None:
        lists["off_topic"] = (event_to_dict, timeline.off_topic)
    head = {"schema": SCHEMA_VERSION, "title": timeline.title, "about": timeline.about}
    out: list[str] = []
    for n, (key, value) in enumerate(head.items()):
        out.append(("{\n" if n == 0 else ",\n") + "  " + _encode_str(key) + ": ")
        _pretty(value, "  ", out)
    for key, (convert, items) in lists.items():
        out.append(",\n  " + _encode_str(key) + ": ")
        if not items:
            out.append("[]")
            continue
        for k, item in enumerate(items):
            out.append(("[\n" if k == 0 else ",\n") + "    ")
            _pretty(convert(item), "    ", out)
            if len(out) > chunk * 40:
                write("".join(out))
                out.clear()
        out.append("\n  ]")
    out.append("\n}\n")
    write("".join(out))


# ---------------------------------------------------------------- reading the contract back

def _date_of(value: Optional[str]) -> Optional[_dt.date]:
    return _dt.date.fromisoformat(value) if value else None


def span_from_dict(data: Optional[dict]) -> Optional[Span]:
    return None if data is None else Span(data["start"], data["end"], data["text"])


def date_from_dict(data: Optional[dict]) -> Optional[EventDate]:
    if data is None:
        return None
    return EventDate(value=data["value"], start=_date_of(data["start"]), end=_date_of(data["end"]),
                     granularity=data["granularity"], basis=data.get("basis", "timex"),
                     explanation=data.get("explanation", ""), mod=data.get("mod"),
                     timex=span_from_dict(data.get("timex")), rule=data.get("rule"))


def event_from_dict(data: dict) -> Event:
    sources = tuple(Source(doc=s["doc"], sentence=s["sentence"], start=s["start"], end=s["end"],
                           trigger=span_from_dict(s["trigger"]), date=date_from_dict(s.get("date")),
                           quote=s.get("quote"), speaker=s.get("speaker")) for s in data["sources"])
    return Event(id=data["id"], headline=data["headline"], date=date_from_dict(data["date"]), sources=sources,
                 actors=tuple(data.get("actors", ())), status=data.get("status", "occurred"),
                 confidence=data.get("confidence", 1.0),
                 conflict=tuple(date_from_dict(d) for d in data.get("conflict", ())))


def timeline_from_dict(data: dict) -> Timeline:
    """The Timeline a `--format json` file describes (what it does not carry, e.g. Source.position, is left
    at its default): lets a saved run be re-rendered or benchmarked without the pipeline."""
    def notices(items):
        return tuple(Notice(message=n["message"], file=n.get("file"), kind=n.get("kind", "warning"),
                            line=n.get("line")) for n in items)
    documents = tuple(DocumentInfo(id=d["id"], path=d.get("path"), title=d.get("title"),
                                   published=_date_of(d.get("published")),
                                   published_source=d.get("published_source"), source=d.get("source"),
                                   url=d.get("url")) for d in data.get("documents", ()))
    return Timeline(title=data.get("title") or "Timeline", documents=documents,
                    events=tuple(event_from_dict(e) for e in data.get("events", ())),
                    undated=tuple(event_from_dict(e) for e in data.get("undated", ())),
                    warnings=notices(data.get("warnings", ())), skipped=notices(data.get("skipped", ())),
                    about=data.get("about"),
                    off_topic=tuple(event_from_dict(e) for e in data.get("off_topic", ())))
