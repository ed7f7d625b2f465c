"""Hand-made Timex records for event tests: they stay valid whatever the resolver does."""
from __future__ import annotations

import datetime as dt
from typing import Optional

from timeline.model import Document, Interval, Timex

D = dt.date


def timex(text: str, phrase: str, value: str, start: Optional[dt.date], end: Optional[dt.date] = None,
          granularity: str = "day", kind: str = "DATE", occurrence: int = 1, mod: Optional[str] = None) -> Timex:
    """The timex for the `occurrence`-th `phrase` in `text`; start=None makes it unresolved."""
    pos = -1
    for _ in range(occurrence):
        pos = text.index(phrase, pos + 1)
    interval = Interval(start, end or start) if start is not None else None
    return Timex(tid=f"t{pos}", start=pos, end=pos + len(phrase), text=phrase, type=kind, value=value,
                 rule="test", explanation=f"test: {phrase} -> {value}", granularity=granularity,
                 interval=interval, mod=mod)


def doc(text: str, published: Optional[dt.date] = D(2024, 3, 6), doc_id: str = "a", title: Optional[str] = None,
        published_source: Optional[str] = "option", path: Optional[str] = None) -> Document:
    return Document(id=doc_id, text=text, path=path or f"/tmp/{doc_id}.txt", title=title, published=published,
                    published_source=published_source if published else None)


def stamps_in(text: str, table: dict) -> list[Timex]:
    """Hand-made timexes for every occurrence in `text` of the phrases of a table
    {phrase: (value, start, end, granularity)}."""
    stamps = []
    for phrase, (value, start, end, granularity) in table.items():
        for occurrence in range(1, text.count(phrase) + 1):
            stamps.append(timex(text, phrase, value, start, end, granularity, occurrence=occurrence))
    return stamps


def events_by_trigger(text: str, table: dict, published: Optional[dt.date] = D(2024, 3, 6)) -> dict:
    """extract_events on `text` with the table's timexes, keyed by each event's trigger word."""
    from timeline.events import extract_events
    return {e.sources[0].trigger.text: e for e in extract_events(doc(text, published), stamps_in(text, table))}
