"""`--format csv`: one row per event (dated, then undated), ready for a spreadsheet.

Cells that a spreadsheet would read as a formula (=, +, -, @, tab, CR) get a leading
apostrophe, so an article cannot plant =HYPERLINK(...) or DDE payloads in a sheet.
"""
from __future__ import annotations

import csv
import io

from ..model import Event, EventDate, Timeline
from .lanes import DocIndex
from .text import clean

COLUMNS = ("id", "date_value", "date_start", "date_end", "granularity", "date_mod", "date_provenance",
           "headline", "status", "actors", "corroboration", "confidence", "sources", "source_names",
           "first_sentence", "conflict")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def defuse(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _date_cells(date: EventDate | None) -> list[str]:
    if date is None:
        return ["", "", "", "", "", ""]
    return [date.value, date.start.isoformat(), date.end.isoformat(), date.granularity, date.mod or "",
            clean(date.explanation)]


def event_row(event: Event, docs: DocIndex) -> list:
    doc_ids = list(dict.fromkeys(s.doc for s in event.sources))
    conflict = sorted({d.value for d in event.conflict})
    cells = [event.id, *_date_cells(event.date), clean(event.headline), event.status,
             "; ".join(clean(a) for a in event.actors if clean(a)), str(event.corroboration),
             f"{event.confidence:.3f}".rstrip("0").rstrip("."), "; ".join(doc_ids),
             "; ".join(docs.labels_of(event)), clean(event.sources[0].sentence) if event.sources else "",
             "; ".join(conflict) if len(conflict) > 1 else ""]
    return [defuse(str(c)) for c in cells]


def render_csv(timeline: Timeline, **_options) -> str:
    docs = DocIndex(timeline)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for event in list(timeline.events) + list(timeline.undated):
        writer.writerow(event_row(event, docs))
    return out.getvalue()
