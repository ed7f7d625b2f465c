"""The chart: events on a date axis, one lane per source/actor/status.

Encodings (the page caption repeats them for readers):
  marker size   number of distinct documents reporting the event
  bar           a date known only to the week/month/year: the whole period is drawn
                ('early 2025' draws the first third); in dense charts, only bars wider than
                their marker at the first view
  dotted bar    open-ended ('since 2014'), continued to when it was reported; 'before X'
                gets a short tail to the left (how long before is unknown)
  hollow marker planned or hypothetical; x marker: reported as not having happened
  red diamond   sources disagree on the date; every other date is a red hollow diamond
  faded marker  no date in the sentence: dated by the article's publication or its context

Every trace that shows events carries `customdata` = the event's index in
`timeline.events` (also on the None gaps between bars) and `meta.role`, which is
what the page's filters use to rebuild the traces. Markers come in one trace per status and
look (stated or inferred date, sources agreeing or not), so their styles are scalars.

`figure_spec` builds the figure as plain dicts and lists; `build_figure` wraps it in a
plotly Figure (validated: the API and images). The page serialises the spec itself: plotly's
validation of 100k-point traces costs seconds and memory for nothing. With `for_page`, dense
figures leave out what the page script computes from the event data it carries anyway
(short hover texts, the density strip's values): the page would otherwise hold them twice.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any, Optional

from ..model import Event, EventDate, Timeline
from . import dates as D
from .lanes import DocIndex, plan_lanes, status_label
from .text import clean, esc_plotly as esc, truncate, wrap

DENSE_FROM = 1500          # from this many events: WebGL traces and a density strip
MAX_LABELS = 12
ASSUMED_PLOT_WIDTH = 1000  # px, for label collision and lane packing (the page is wider)
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
CONFLICT_COLOR = "#c62828"
STATUS_STYLE = {
    # colour-blind-safe hues (Okabe-Ito family), darkened for contrast on white
    "occurred": {"color": "#0b5fa5", "symbol": "circle", "dash": "solid"},
    "reported": {"color": "#009e73", "symbol": "circle", "dash": "solid"},
    "planned": {"color": "#d17a00", "symbol": "circle-open", "dash": "dash"},
    "negated": {"color": "#7a7a7a", "symbol": "x", "dash": "dot"},
    "hypothetical": {"color": "#a2559c", "symbol": "circle-open", "dash": "dot"},
}
OTHER_STYLE = {"color": "#555555", "symbol": "square", "dash": "solid"}


def style_of(status: str) -> dict:
    return STATUS_STYLE.get(status, OTHER_STYLE)


@dataclass(slots=True)
class _Placed:
    index: int
    event: Event
    lane: int
    n_docs: int = 1               # corroboration, computed once (it walks the sources)
    others: tuple = ()            # the other dates sources give (_alternatives), computed once
    row: int = 0
    y: float = 0.0
    x: str = ""


def _axis_days(lo: _dt.datetime, hi: _dt.datetime) -> float:
    return max((hi - lo).total_seconds() / 86400.0, 1.0)


def _open_horizon(event: Event, date: EventDate, docs: DocIndex, latest: _dt.date) -> _dt.date:
    """Where an open range ('since 2014') stops being known: when it was last reported."""
    published = [docs.info(s.doc).published for s in event.sources
                 if docs.info(s.doc) is not None and docs.info(s.doc).published is not None]
    horizon = max(published) if published else latest
    return max(horizon, date.end)


def _bar_segments(event: Event, docs: DocIndex, earliest: _dt.date, latest: _dt.date):
    """(solid [start, end) or None, open continuation (start, end, arrow symbol) or None).

    Only a date the sentence states ('since 2014') gets an open continuation: an event dated by
    its article's publication ('on or before that day') says nothing about how long before.
    """
    date = event.date
    drawn = D.drawn_bounds(date)
    solid = drawn if drawn[1] - drawn[0] > _dt.timedelta(days=1) else None
    mod = (date.mod or "").upper()
    if D.is_inferred(date):
        return solid, None
    if mod in D.OPEN_AFTER:
        begin = drawn[1]
        stop = _dt.datetime.combine(_open_horizon(event, date, docs, latest), _dt.time(23, 59))
        if stop > begin:
            return solid, (begin, stop, "triangle-right")
    elif mod in D.OPEN_BEFORE:
        stop = drawn[0]
        begin = _dt.datetime.combine(min(earliest, date.start), _dt.time())
        if stop > begin:
            return solid, (begin, stop, "triangle-left")
    return solid, None


def _pack_rows(placed: list[_Placed], intervals: list[tuple[float, float]], max_rows: int) -> None:
    """Greedy interval packing per lane so markers and bars do not sit on each other."""
    by_lane: dict[int, list[int]] = {}
    for k, p in enumerate(placed):
        by_lane.setdefault(p.lane, []).append(k)
    for members in by_lane.values():
        members.sort(key=lambda k: (intervals[k][0], placed[k].index))
        row_end: list[float] = []
        for k in members:
            lo, hi = intervals[k]
            row = next((r for r, end in enumerate(row_end) if end < lo), -1)
            if row < 0:
                if len(row_end) < max_rows:
                    row_end.append(float("-inf"))
                    row = len(row_end) - 1
                else:
                    row = row_end.index(min(row_end))      # the row that frees up first (lowest on a tie)
            row_end[row] = max(row_end[row], hi)
            placed[k].row = row


def _row_offset(row: int) -> float:
    """0, +1, -1, +2, -2...: rows fill outwards from the lane's centre line."""
    return float((row + 1) // 2 * (1 if row % 2 else -1))


def short_hover(headline: str, date_label: str, n_docs: int, status: str, inferred: bool) -> str:
    """Dense charts: headline, date, how many sources (the page builds the same text in page.js)."""
    lines = ["<b>" + "<br>".join(esc(l) for l in wrap(truncate(headline, 110), 60)[:2]) + "</b>"
             if clean(headline) else "<b>(no headline)</b>"]
    lines.append(esc(date_label) + (" · <i>no date in the sentence</i>" if inferred else ""))
    lines.append(f"{n_docs} source{'s' if n_docs != 1 else ''} · {esc(status_label(status))}")
    return "<br>".join(lines)


def _hover(event: Event, docs: DocIndex, brief: bool = False) -> str:
    """Hover text: where the date came from, who reports it and in which words. brief (thousands of
    events): headline, date and number of sources only, to keep the chart light."""
    date = event.date
    if brief:
        return short_hover(event.headline, D.date_label(date) if date else "", event.corroboration,
                           event.status, D.is_inferred(date))
    lines = [f"<b>{'<br>'.join(esc(l) for l in wrap(event.headline, 60)) or '(no headline)'}</b>"]
    if date is not None:
        lines.append(esc(D.date_label(date)))
        lines += [f"<i>{esc(l)}</i>" for l in wrap(D.provenance(date), 70)[:3]]
    who = ", ".join(clean(a) for a in event.actors[:4] if clean(a))
    lines.append(esc(status_label(event.status) + (f" · {who}" if who else "")))
    n_docs = event.corroboration
    lines.append(f"<b>{n_docs} source{'s' if n_docs != 1 else ''}</b>")
    for source in event.sources[:3]:
        said = f"{docs.label(source.doc)}: “{truncate(source.sentence, 170)}”"
        if source.date is not None and date is not None and (source.date.start, source.date.end) != (
                date.start, date.end):
            said += f" [dates it {D.date_label(source.date)}]"
        wrapped = wrap(said, 72)[:4]
        lines.append("• " + "<br>  ".join(esc(l) for l in wrapped))
    if len(event.sources) > 3:
        lines.append(f"… and {len(event.sources) - 3} more")
    others = _alternatives(event)
    if others:
        lines.append(f"<span style='color:{CONFLICT_COLOR}'><b>Sources disagree on the date:</b> "
                     + esc(" · ".join(D.date_label(d) for d in (event.date,) + others)) + "</span>")
    return "<br>".join(lines)


def _alternatives(event: Event) -> tuple[EventDate, ...]:
    """The conflicting dates other than the one the event is drawn at (deduplicated)."""
    if event.date is None or not event.conflict:
        return ()
    seen = {(event.date.start, event.date.end)}
    out = []
    for d in sorted(event.conflict, key=lambda d: (d.start, d.end, d.value)):
        if (d.start, d.end) not in seen:
            seen.add((d.start, d.end))
            out.append(d)
    return tuple(out)


def _focus_window(xs: list[_dt.datetime], lo: _dt.datetime, hi: _dt.datetime):
    """The story's core when a few distant context events (e.g. 'in 1987') would squash it.

    Start from the narrowest window holding 60% of the markers, grow it to every marker
    within a month (or the core's own width) of its edges, and focus on it when it
    covers under a quarter of the whole range. None when the events are spread out.
    """
    n = len(xs)
    if n < 4:
        return None
    xs = sorted(xs)
    k = -(-n * 3 // 5)
    first = min(range(n - k + 1), key=lambda i: (xs[i + k - 1] - xs[i], -i))
    start, end = first, first + k - 1
    tolerance = max(xs[end] - xs[start], _dt.timedelta(days=31))
    while start > 0 and xs[start] - xs[start - 1] <= tolerance:
        start -= 1
    while end < n - 1 and xs[end + 1] - xs[end] <= tolerance:
        end += 1
    if end - start + 1 == n or (xs[end] - xs[start]) > (xs[-1] - xs[0]) * 0.25:
        return None
    return xs[start], xs[end]


def _dense_focus(xs: list[_dt.datetime], lo: _dt.datetime, hi: _dt.datetime):
    """Thousands of events: the range holding all but the earliest and latest 1%.

    (_focus_window's growth step would crawl back through a sparse tail of context dates
    mentioned in passing, 'in 1946', and keep decades nobody came for.) None when that range
    is most of the whole anyway.
    """
    n = len(xs)
    if n < 100:
        return None
    xs = sorted(xs)
    start, end = xs[n // 100], xs[n - 1 - n // 100]
    if (end - start) > (hi - lo) * 0.5:
        return None
    return start, end


def _edge_notes(placed, x_of, view) -> list[dict]:
    """In images (no slider to scroll), say what lies outside the focused range."""
    notes = []
    for side, outside in (("left", [p for p in placed if x_of[p.index] < view[0]]),
                          ("right", [p for p in placed if x_of[p.index] > view[1]])):
        if not outside:
            continue
        years = sorted({x_of[p.index].year for p in outside})
        when = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
        count = f"{len(outside)} {'earlier' if side == 'left' else 'later'} event{'s' if len(outside) > 1 else ''}"
        notes.append({"xref": "paper", "yref": "paper", "x": 0 if side == "left" else 1, "y": 1,
                      "xanchor": side, "yanchor": "bottom", "showarrow": False,
                      "font": {"size": 11, "color": "#5f6b7a"},
                      "text": f"◀ {count} ({when}) not shown" if side == "left" else f"{count} ({when}) not shown ▶"})
    return notes


def _density_bins(full_range, view) -> dict:
    """About 120 bars across the first view. Bins cover the view and two view-widths either side,
    not the whole range: one date 'in the 11th century' would otherwise stretch the bins to a
    thousand years, or ask for tens of thousands of them. Distant events keep their markers."""
    width = view[1] - view[0]
    start, end = max(full_range[0], view[0] - 2 * width), min(full_range[1], view[1] + 2 * width)
    size = max(width.total_seconds() * 1000 / 120, 60_000)
    return {"start": D.iso_minute(start), "end": D.iso_minute(end), "size": round(size)}


def _marker_size(corroboration: int, dense: bool) -> int:
    steps = min(max(corroboration, 1), 5) - 1
    return (6 + 3 * steps) if dense else (10 + 4 * steps)


def _label_plan(placed, x_of, lo, hi, row_px, plot_px, dense, top_y=0.0) -> list[dict]:
    """Annotate the most corroborated events whose labels fit, over neither other labels nor markers."""
    if not placed:
        return []
    span = _axis_days(lo, hi)
    cell = 40.0
    grid: dict[tuple[int, int], list[tuple[float, float, float, int]]] = {}

    def px(p):
        return (x_of[p.index] - lo).total_seconds() / 86400.0 / span * ASSUMED_PLOT_WIDTH, (top_y - p.y) * row_px

    for p in placed:
        x, y = px(p)
        radius = _marker_size(p.n_docs, dense) / 2 + 2
        grid.setdefault((int(x // cell), int(y // cell)), []).append((x, y, radius, p.index))

    def hits_marker(box, own: int) -> bool:
        for gx in range(int((box[0] - 14) // cell), int((box[2] + 14) // cell) + 1):
            for gy in range(int((box[1] - 14) // cell), int((box[3] + 14) // cell) + 1):
                for x, y, r, index in grid.get((gx, gy), ()):
                    if index != own and box[0] - r < x < box[2] + r and box[1] - r < y < box[3] + r:
                        return True
        return False

    order = sorted(placed, key=lambda p: (-p.n_docs, -p.event.confidence, p.index))
    boxes: list[tuple[float, float, float, float]] = []
    labels = []
    # (ax, ay, xanchor): above, below, right, left, then further above/below
    spots = ((0, -24, "center"), (0, 24, "center"), (10, 0, "left"), (-10, 0, "right"), (0, -42, "center"),
             (0, 42, "center"), (0, -60, "center"), (0, 60, "center"))
    budget = MAX_LABELS if not dense else MAX_LABELS // 2 + 2
    for p in order[: budget * 8]:
        if len(labels) >= budget:
            break
        text = truncate(p.event.headline, 32)
        if not text:
            continue
        x_px, y_px = px(p)
        width, height = 6.2 * len(text) + 10, 17
        radius = _marker_size(p.n_docs, dense) / 2
        for ax, ay, anchor in spots:
            if anchor == "center":
                # near the plot's edges, slide the label inwards (its arrow turns diagonal)
                ax = min(max(ax, width / 2 - x_px), ASSUMED_PLOT_WIDTH - width / 2 - x_px)
                left = x_px + ax - width / 2
            elif anchor == "left":
                left = x_px + radius + ax
            else:
                left = x_px - radius + ax - width
            cy = y_px + ay
            box = (left, cy - height / 2, left + width, cy + height / 2)
            # the arrow runs from the marker to the box: keep that line clear too
            stem = (min(x_px, x_px + ax) - 2, min(y_px, cy), max(x_px, x_px + ax) + 2, max(y_px, cy)) if ay else box
            if box[0] < 0 or box[2] > ASSUMED_PLOT_WIDTH or box[1] < 2 or box[3] > plot_px - 2:
                continue
            if any(box[0] < b[2] + 6 and b[0] < box[2] + 6 and box[1] < b[3] and b[1] < box[3] for b in boxes):
                continue
            if ay and any(stem[0] < b[2] and b[0] < stem[2] and stem[1] < b[3] and b[1] < stem[3] for b in boxes):
                continue
            if not dense and (hits_marker(box, p.index) or hits_marker(stem, p.index)):
                continue
            boxes.append(box)
            label = {
                "x": p.x, "y": p.y, "text": esc(text), "hovertext": esc(truncate(p.event.headline, 200)),
                "showarrow": True, "arrowhead": 0, "arrowwidth": 1, "arrowcolor": "#9aa0a6",
                "ax": round(ax, 1) if anchor == "center" else ax + (radius if ax > 0 else -radius), "ay": ay,
                "xanchor": anchor, "standoff": 4 if ay else 0, "font": {"size": 11, "color": "#26313d"},
                "bgcolor": "rgba(255,255,255,0.88)", "borderpad": 2, "name": f"ev-{p.index}",
                "captureevents": False,
            }
            if not ay:
                label["showarrow"] = False
                label["xshift"] = label.pop("ax")
                label.pop("ay")
            labels.append(label)
            break
    return labels


def _scatter(kind: str, **attrs) -> dict:
    return {"type": kind, **attrs}


def _event_traces(placed: list[_Placed], docs: DocIndex, kind: str, dense: bool, hover: str) -> list[dict]:
    """One trace per status, split by look (date stated or inferred, sources agreeing or not) so every
    marker style is a scalar: per-point style arrays would cost bytes for each of 100k points.

    hover: "full" (rich text), "brief" (dense), "data" (left out: the page fills it) or "none" (images).
    """
    statuses = sorted({p.event.status for p in placed},
                      key=lambda s: (list(STATUS_STYLE).index(s) if s in STATUS_STYLE else 99, s))
    traces = []
    for status in statuses:
        style = style_of(status)
        hollow = style["symbol"].endswith("-open")
        looks: dict[tuple[bool, bool], list[_Placed]] = {}
        for p in placed:
            if p.event.status == status:
                looks.setdefault((D.is_inferred(p.event.date), bool(p.others)), []).append(p)
        for n, ((inferred, conflicted), members) in enumerate(sorted(looks.items())):
            if conflicted:
                line = {"color": CONFLICT_COLOR, "width": 1.2 if dense else 2.5}
            else:
                line = {"color": style["color"] if hollow else "#ffffff", "width": 2 if hollow else (0.5 if dense else 1)}
            trace = _scatter(
                kind, x=[p.x for p in members], y=[p.y for p in members], customdata=[p.index for p in members],
                mode="markers", name=status_label(status), legendgroup=status, showlegend=n == 0,
                meta={"role": "events", "inferred": inferred} | ({"hover": "data"} if hover == "data" else {}),
                hoverlabel={"bordercolor": style["color"]},
                marker={"color": style["color"], "size": [_marker_size(p.n_docs, dense) for p in members],
                        "symbol": "diamond" if conflicted else style["symbol"], "line": line,
                        "opacity": 0.4 if inferred else 0.9})
            if hover in ("full", "brief"):
                trace["hovertext"] = [_hover(p.event, docs, brief=hover == "brief") for p in members]
                trace["hoverinfo"] = "text"
            elif hover == "data":
                trace["hoverinfo"] = "text"
            else:
                trace["hoverinfo"] = "skip"
            traces.append(trace)
    return traces


def figure_spec(timeline: Timeline, *, lanes: str = "source", static: bool = False, show_title: bool = True,
                caption: Optional[bool] = None, dense: Optional[bool] = None, for_page: bool = False,
                **_options) -> dict[str, Any]:
    """The chart as {"data": [trace dicts], "layout": {...}}: plain values, plotly's JSON schema.

    static: for png/svg/pdf (no range buttons or slider, SVG traces, a legend caption, no hover).
    dense: force (True) or forbid (False) the WebGL + density-strip mode; default from the size.
    for_page: the page fills dense hover texts and the density strip from its event data.
    Unknown options (plotlyjs, width...) are accepted and ignored so callers can pass theirs through.
    """
    docs = DocIndex(timeline)
    events = [e for e in timeline.events if e.date is not None]
    n = len(events)
    dense = (n >= DENSE_FROM) if dense is None else dense
    caption = static if caption is None else caption
    plan = plan_lanes(events, lanes, docs)
    dated_indices = [i for i, e in enumerate(timeline.events) if e.date is not None]

    placed = [_Placed(i, e, plan.of_event[k], e.corroboration, _alternatives(e))
              for k, (i, e) in enumerate(zip(dated_indices, events))]
    x_of: dict[int, _dt.datetime] = {}
    moments: dict[tuple, _dt.datetime] = {}      # thousands of events share a few hundred dates
    for p in placed:
        date = p.event.date
        key = (date.value, date.start, date.end, date.granularity, date.mod)
        moment = moments.get(key)
        if moment is None:
            moment = moments[key] = D.marker_moment(date)
        x_of[p.index] = moment
        p.x = D.iso_minute(moment)

    earliest = min((e.date.start for e in events), default=_dt.date(2000, 1, 1))
    latest = max((e.date.end for e in events), default=earliest)
    bars = {p.index: _bar_segments(p.event, docs, earliest, latest) for p in placed}
    lo_candidates = list(x_of.values())
    hi_candidates = list(lo_candidates)
    for solid, open_part in bars.values():
        for part in (solid, open_part):
            if part:
                lo_candidates.append(part[0])
                hi_candidates.append(part[1])
    for p in placed:
        for alt in p.others:
            lo_candidates.append(D.sort_key_x(alt))
            hi_candidates.append(D.sort_key_x(alt))
    lo = min(lo_candidates, default=_dt.datetime.combine(earliest, _dt.time()))
    hi = max(hi_candidates, default=lo + _dt.timedelta(days=1))
    pad = _dt.timedelta(days=max(_axis_days(lo, hi) * 0.04, 2.0))
    full_range = (lo - pad, hi + pad)
    focus = (_dense_focus if dense else _focus_window)([x_of[p.index] for p in placed], lo, hi)
    if focus:
        focus_pad = _dt.timedelta(days=max(_axis_days(*focus) * 0.06, 1.0))
        view = (focus[0] - focus_pad, focus[1] + focus_pad)
        if view[1] - view[0] < _dt.timedelta(days=7):      # never zoom in past a week
            middle = view[0] + (view[1] - view[0]) / 2
            view = (middle - _dt.timedelta(days=3.5), middle + _dt.timedelta(days=3.5))
    else:
        view = full_range
    x_range = [D.iso_minute(view[0]), D.iso_minute(view[1])]
    # 'before Thursday' says nothing about how long before: a short tail, not a line back to the
    # first event of the timeline (which may be centuries earlier)
    tail = (view[1] - view[0]) / 25
    # dense: a period narrower than its marker at the first view would be drawn under it, unseen, and
    # every WebGL line segment costs (seconds for tens of thousands in a software-rendered browser)
    hidden = (view[1] - view[0]) * 6 / ASSUMED_PLOT_WIDTH if dense else _dt.timedelta(0)
    for index, (solid, open_part) in bars.items():
        if open_part and open_part[2] == "triangle-left" and open_part[1] - open_part[0] > tail:
            open_part = (open_part[1] - tail, open_part[1], "triangle-left")
        if solid and solid[1] - solid[0] < hidden:
            solid = None
        bars[index] = (solid, open_part)

    # lane packing: a point occupies about a marker's width at the initial zoom
    span_days = _axis_days(*view)
    gap = span_days * (16 if dense else 26) / ASSUMED_PLOT_WIDTH
    intervals = []
    for p in placed:
        centre = (x_of[p.index] - view[0]).total_seconds() / 86400.0
        lo_d, hi_d = centre - gap / 2, centre + gap / 2
        for part in bars[p.index]:
            if part:
                lo_d = min(lo_d, (part[0] - view[0]).total_seconds() / 86400.0)
                hi_d = max(hi_d, (part[1] - view[0]).total_seconds() / 86400.0 + gap / 4)
        intervals.append((lo_d, hi_d))
    _pack_rows(placed, intervals, max_rows=10 if dense else 9)

    rows_used = [1] * len(plan.names)
    for p in placed:
        rows_used[p.lane] = max(rows_used[p.lane], p.row + 1)
    lane_units = [max(r, 2) + (1.4 if dense or n > 40 else 2.0) for r in rows_used]
    tops, centres, middles, cursor = [], [], [], 0.0
    for units, rows in zip(lane_units, rows_used):
        tops.append(cursor)
        offsets = [_row_offset(r) for r in range(rows)]
        # row 0 goes where it centres the occupied block in the band
        centres.append(cursor - units / 2 - (min(offsets) + max(offsets)) / 2)
        middles.append(cursor - units / 2)
        cursor -= units
    bottom = cursor
    for p in placed:
        p.y = round(centres[p.lane] + _row_offset(p.row), 3)

    # headroom above the first lane and below the last, for labels
    head, foot = (0.4, 0.3) if dense else (1.3, 0.6)
    total_units = (head - bottom + foot) if placed else 4.0
    row_px = 9.0 if dense else (22.0 if n <= 40 else 15.0)
    # a dense chart stays short enough that its date axis is on screen with the lanes
    plot_px = max(220.0, min(total_units * row_px, 560.0 if dense else 760.0))
    row_px = plot_px / total_units
    density_px = 110 if dense else 0
    top_px = (84 if show_title else 46)
    slider = not (static or dense)
    bottom_px = 8 if slider else 52
    # plotly pushes the bottom margin by about this much for the slider and two-line date ticks
    slider_px = 90 if slider else 0
    height = int(plot_px + density_px + top_px + bottom_px + slider_px + (28 if caption else 0))

    kind = "scattergl" if dense and not static else "scatter"
    if static:
        hover = "none"
    elif dense:
        hover = "data" if for_page else "brief"
    else:
        hover = "full"
    traces: list[dict] = []
    by_status: dict[str, list[_Placed]] = {}
    for p in placed:
        by_status.setdefault(p.event.status, []).append(p)
    for status in sorted(by_status, key=lambda s: (list(STATUS_STYLE).index(s) if s in STATUS_STYLE else 99, s)):
        style = style_of(status)
        solid_x, solid_y, solid_c, open_x, open_y, open_c, open_size, open_sym = [], [], [], [], [], [], [], []
        for p in by_status[status]:
            solid, open_part = bars[p.index]
            if solid:
                solid_x += [D.iso_minute(solid[0]), D.iso_minute(solid[1]), None]
                solid_y += [p.y, p.y, None]
                solid_c += [p.index] * 3
            if open_part:
                start, stop, arrow = open_part
                open_x += [D.iso_minute(start), D.iso_minute(stop), None]
                open_y += [p.y, p.y, None]
                open_c += [p.index] * 3
                sizes = [0, 9] if arrow == "triangle-right" else [9, 0]
                open_size += sizes + [0]
                open_sym += [arrow, arrow, arrow]
        if solid_x:
            traces.append(_scatter(
                kind, x=solid_x, y=solid_y, customdata=solid_c, mode="lines", legendgroup=status, showlegend=False,
                hoverinfo="skip", name=status_label(status) + " (period)", meta={"role": "bars"},
                line={"color": style["color"], "width": 5 if not dense else 2, "dash": style["dash"]},
                opacity=0.5 if not dense else 0.35, connectgaps=False))
        if open_x:
            traces.append(_scatter(
                kind, x=open_x, y=open_y, customdata=open_c, mode="lines+markers", legendgroup=status,
                showlegend=False, hoverinfo="skip", name=status_label(status) + " (open-ended)",
                meta={"role": "open"}, opacity=0.35 if dense else 0.6, connectgaps=False,
                line={"color": style["color"], "width": 1 if dense else 2, "dash": "dot"},
                marker={"size": open_size, "symbol": open_sym, "color": style["color"]}))
    traces += _event_traces(placed, docs, kind, dense, hover)

    conflict_x, conflict_y, conflict_c, conflict_size, conflict_text = [], [], [], [], []
    for p in placed:
        for alt in p.others:
            says = [docs.label(s.doc) for s in p.event.sources
                    if s.date is not None and (s.date.start, s.date.end) == (alt.start, alt.end)]
            text = (f"<b>{esc(truncate(p.event.headline, 80))}</b><br>also dated "
                    f"<b>{esc(D.date_label(alt))}</b>"
                    + (f" by {esc(', '.join(dict.fromkeys(says)))}" if says else "")
                    + (f"<br><i>{esc(truncate(D.provenance(alt), 120))}</i>"
                       if D.provenance(alt) and not dense else ""))
            if dense:   # thousands of connectors would paint a red band: alternatives only
                conflict_x.append(D.marker_x(alt))
                conflict_y.append(p.y)
                conflict_c.append(p.index)
                conflict_size.append(6)
                conflict_text.append(text)
                continue
            conflict_x += [p.x, D.marker_x(alt), None]
            conflict_y += [p.y, p.y, None]
            conflict_c += [p.index] * 3
            conflict_size += [0, 11, 0]
            conflict_text += [text, text, ""]
    if conflict_x:
        trace = _scatter(
            kind, x=conflict_x, y=conflict_y, customdata=conflict_c, mode="markers" if dense else "lines+markers",
            connectgaps=False, name="Sources disagree on the date", meta={"role": "conflicts"},
            hoverinfo="skip" if static else "text", line={"color": CONFLICT_COLOR, "width": 1.5, "dash": "dot"},
            marker={"size": 6 if dense else conflict_size, "symbol": "diamond-open", "color": CONFLICT_COLOR,
                    "line": {"width": 2, "color": CONFLICT_COLOR}})
        if not static:
            trace["hovertext"] = conflict_text
        traces.append(trace)

    if dense:
        traces.insert(0, {
            "type": "histogram", "x": [] if for_page else [p.x for p in placed], "yaxis": "y2",
            "name": "Events per period", "meta": {"role": "density"} | ({"fill": "events"} if for_page else {}),
            "marker": {"color": "#8b98a9"}, "showlegend": False, "xbins": _density_bins(full_range, view),
            "hovertemplate": "%{x}<br>%{y} events<extra></extra>"})

    lanes_top = plot_px / (plot_px + density_px + 24) if dense else 1.0
    shapes = []
    for i, (top, units) in enumerate(zip(tops, lane_units)):
        if i % 2 == 0:
            shapes.append({"type": "rect", "xref": "paper", "x0": 0, "x1": 1, "yref": "y", "y0": top,
                           "y1": top - units, "fillcolor": "#f3f5f8", "line": {"width": 0}, "layer": "below"})
    annotations = _label_plan(placed, x_of, view[0], view[1], row_px, plot_px, dense, top_y=head)
    if focus and static:
        edge_notes = _edge_notes(placed, x_of, view)
        if edge_notes:
            # a row of their own above the legend: both sit at the top right otherwise
            top_px += 20
            for note in edge_notes:
                note["yshift"] = 22
        annotations += edge_notes
    if not placed:
        annotations.append({"text": "No dated events", "xref": "paper", "yref": "paper", "x": 0.5, "y": 0.5,
                            "showarrow": False, "font": {"size": 16, "color": "#666"}})
    if caption:
        annotations.append({
            "xref": "paper", "yref": "paper", "x": 0, "y": 0, "yshift": -(bottom_px - 4), "xanchor": "left",
            "yanchor": "top", "showarrow": False, "align": "left", "font": {"size": 11, "color": "#5f6b7a"},
            "text": "Marker size: number of sources · bar: date known to the week/month/year · "
                    "dotted: open-ended · hollow: planned/hypothetical · faded: no date in the sentence · "
                    f"<span style='color:{CONFLICT_COLOR}'>◆ sources disagree</span>"})

    xaxis = {
        "type": "date", "range": x_range, "showgrid": True, "gridcolor": "#e3e7ec", "linecolor": "#9aa5b1",
        "ticks": "outside", "tickcolor": "#9aa5b1", "zeroline": False, "showspikes": False,
        "hoverformat": "%a %d %b %Y",
    }
    if not static:
        xaxis["rangeselector"] = {
            "buttons": [
                {"count": 7, "label": "1w", "step": "day", "stepmode": "backward"},
                {"count": 1, "label": "1m", "step": "month", "stepmode": "backward"},
                {"count": 1, "label": "1y", "step": "year", "stepmode": "backward"},
                {"label": "all", "step": "all"},
            ],
            "x": 0, "xanchor": "left", "y": 1.0, "yanchor": "bottom",
            "bgcolor": "#eef1f5", "activecolor": "#cdd6e1", "font": {"size": 12},
        }
        if not dense:
            xaxis["rangeslider"] = {"visible": True, "thickness": 0.08,
                                    "range": [D.iso_minute(t) for t in full_range], "bgcolor": "#f7f8fa",
                                    "bordercolor": "#d5dbe3", "borderwidth": 1}
    layout = {
        "template": "plotly_white",
        "font": {"family": FONT, "size": 13, "color": "#1f2933"},
        "height": height,
        "margin": {"l": 10, "r": 20, "t": top_px, "b": bottom_px + (28 if caption else 0), "pad": 4},
        "hovermode": "closest", "hoverdistance": 14, "dragmode": "zoom", "uirevision": "timeline",
        "hoverlabel": {"bgcolor": "#ffffff", "font": {"family": FONT, "size": 12, "color": "#1f2933"},
                       "align": "left", "namelength": 0},
        "showlegend": True,
        "legend": {"orientation": "h", "x": 1, "xanchor": "right", "y": 1.0, "yanchor": "bottom",
                   "font": {"size": 12}, "itemclick": "toggle", "itemdoubleclick": "toggleothers",
                   "bgcolor": "rgba(255,255,255,0)"},
        "xaxis": xaxis,
        "yaxis": {
            "domain": [0, lanes_top], "range": [round(bottom - foot, 3), head], "fixedrange": True, "showgrid": False,
            "zeroline": False, "tickmode": "array", "tickvals": [round(m, 3) for m in middles],
            "ticktext": [esc(truncate(name, 26)) for name in plan.names], "ticks": "", "automargin": True,
            "tickfont": {"size": 12, "color": "#33414e"},
        },
        "shapes": shapes,
        "annotations": annotations,
        "meta": {"events": n, "lanes": lanes, "dense": dense,
                 "full_range": [D.iso_minute(t) for t in full_range], "focused": bool(focus)},
    }
    if dense:
        layout["yaxis2"] = {"domain": [lanes_top + 24 / (plot_px + density_px + 24), 1.0], "fixedrange": True,
                            "title": {"text": "events", "font": {"size": 11}}, "gridcolor": "#eef1f5",
                            "tickfont": {"size": 10}, "rangemode": "tozero"}
    if show_title:
        layout["title"] = {"text": esc(timeline.title), "x": 0.01, "xanchor": "left", "y": 0.985,
                           "yanchor": "top", "font": {"size": 18}}
    return {"data": traces, "layout": layout}


def build_figure(timeline: Timeline, **options):
    """The timeline chart as a plotly.graph_objects.Figure (options: see figure_spec)."""
    import plotly.graph_objects as go
    options.pop("for_page", None)
    spec = figure_spec(timeline, **options)
    return go.Figure(data=spec["data"], layout=spec["layout"])
