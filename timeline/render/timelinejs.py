"""`--format timelinejs`: Knight Lab TimelineJS3 JSON.

{"title": {"text": {...}}, "events": [{"start_date": {"year", "month"?, "day"?}, "end_date"?,
 "display_date"?, "text": {"headline", "text"}, "group", "unique_id"}], "scale": "human"}

Dates carry only the parts we know (a year-level date has only a year); TimelineJS
needs start_date.year, so undated events cannot be slides: they are listed on the
title slide instead. TimelineJS renders text as (sanitized) HTML: ours is escaped.
"""
from __future__ import annotations

import json
from typing import Optional

from ..model import Event, EventDate, Timeline
from . import dates as D
from .lanes import DocIndex, plan_lanes, status_label
from .text import clean, esc, slug, truncate


def _date_parts(day, granularity: str, clock: Optional[tuple[int, int]] = None) -> dict:
    parts = {"year": day.year}
    if granularity in ("year", "decade", "century"):
        return parts
    parts["month"] = day.month
    if granularity == "month":
        return parts
    parts["day"] = day.day
    if clock and granularity in ("hour", "minute"):
        parts["hour"] = clock[0]
        if granularity == "minute":
            parts["minute"] = clock[1]
    return parts


def slide_dates(date: EventDate) -> dict:
    """start_date / end_date / display_date for one event."""
    gran = date.granularity
    out: dict = {}
    if gran in ("year", "month") and not D.is_open(date) and (
            gran == "month" or date.start.year == date.end.year):
        out["start_date"] = _date_parts(date.start, gran)
    elif gran in ("decade", "century"):
        out["start_date"] = _date_parts(date.start, "year")
        out["end_date"] = _date_parts(date.end, "year")
    elif date.start == date.end:
        out["start_date"] = _date_parts(date.start, gran if gran in ("hour", "minute") else "day",
                                        D.time_of(date))
    else:
        out["start_date"] = _date_parts(date.start, "day")
        out["end_date"] = _date_parts(date.end, "day")
    if D.is_open(date):
        out.pop("end_date", None)
    out["display_date"] = D.date_label(date)
    return out


def _slide_text(event: Event, docs: DocIndex) -> str:
    parts = []
    if event.date is not None and clean(event.date.explanation):
        parts.append(f"<p><i>{esc(event.date.explanation)}</i></p>")
    meta = status_label(event.status)
    if event.actors:
        meta += " · " + ", ".join(clean(a) for a in event.actors if clean(a))
    parts.append(f"<p>{esc(meta)}</p>")
    for source in event.sources[:5]:
        parts.append(f"<blockquote>{esc(truncate(source.sentence, 400))}</blockquote>"
                     f"<p>— {esc(docs.label(source.doc))}</p>")
    if len(event.sources) > 5:
        parts.append(f"<p>… and {len(event.sources) - 5} more sources</p>")
    return "".join(parts)


def timeline_to_timelinejs(timeline: Timeline, *, lanes: str = "source", **_options) -> dict:
    docs = DocIndex(timeline)
    dated = [e for e in timeline.events if e.date is not None]
    plan = plan_lanes(dated, lanes, docs)
    used: set[str] = set()
    events = []
    for event, lane in zip(dated, plan.of_event):
        uid = "ev-" + slug(event.id)
        while uid in used:
            uid += "-x"
        used.add(uid)
        slide = slide_dates(event.date)
        slide["text"] = {"headline": esc(event.headline) or "(no headline)", "text": _slide_text(event, docs)}
        # TimelineJS strips markup from groups but may not decode entities: drop brackets instead
        slide["group"] = plan.names[lane].replace("<", "‹").replace(">", "›")
        slide["unique_id"] = uid
        events.append(slide)
    intro = [f"<p>{len(timeline.documents)} documents, {len(dated)} dated events.</p>"]
    if timeline.undated:
        items = "".join(f"<li>{esc(e.headline)} ({esc(', '.join(docs.labels_of(e)))})</li>"
                        for e in timeline.undated)
        intro.append(f"<p>Events without a date (not placed on the timeline):</p><ul>{items}</ul>")
    return {
        "title": {"text": {"headline": esc(timeline.title) or "Timeline", "text": "".join(intro)},
                  "unique_id": "title"},
        "events": events,
        "scale": "human",
    }


def render_timelinejs(timeline: Timeline, **options) -> str:
    return json.dumps(timeline_to_timelinejs(timeline, **options), ensure_ascii=False, indent=2) + "\n"
