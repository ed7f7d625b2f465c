"""The interactive page (--format html) and the embeddable fragment (--format div).

Layout: title, summary line, filters, chart, how-to-read line, then every event in
chronological order grouped by day, undated events, warnings and the documents.

Safety: every article-derived string is escaped with `esc`; links are made only from
absolute http(s) URLs; the figure travels as JSON in a non-executable
<script type="application/json"> block with <, >, &, U+2028/9 escaped; the page
carries a Content-Security-Policy that only allows its own two scripts (by hash),
so even an injected <script> or onerror= would not run.
Determinism: fixed ids, sorted options, no timestamps: same Timeline, same bytes.
"""
from __future__ import annotations

import base64
import hashlib
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Optional

from ..errors import UsageError
from ..model import Event, Source, Timeline
from . import dates as D
from .lanes import DocIndex, status_label
from .text import clean, esc, safe_url, script_json, slug, truncate

PLOTLYJS_MODES = ("inline", "cdn", "none")
MAX_ACTOR_OPTIONS = 300
CHART_CONFIG = {
    "responsive": True, "displaylogo": False, "scrollZoom": False,
    "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d"],
    "toImageButtonOptions": {"filename": "timeline", "scale": 2},
}


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return resources.files("timeline.render").joinpath("assets", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _plotlyjs() -> str:
    from plotly.offline import get_plotlyjs
    return get_plotlyjs()


@lru_cache(maxsize=1)
def _plotly_cdn() -> tuple[str, str]:
    from plotly.io._utils import plotly_cdn_url
    digest = base64.b64encode(hashlib.sha256(_plotlyjs().encode("utf-8")).digest()).decode()
    return plotly_cdn_url(), f"sha256-{digest}"


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


# ---------------------------------------------------------------- list items

def _highlight(source: Source) -> str:
    """The sentence, escaped, with the event trigger and the date expression marked."""
    sentence = source.sentence or ""
    marks = []
    for span, cls in ((source.trigger, ""), (source.date.timex if source.date else None, ' class="tx"')):
        if span is None:
            continue
        lo, hi = span.start - source.start, span.end - source.start
        if 0 <= lo < hi <= len(sentence) and sentence[lo:hi] == span.text:
            marks.append((lo, hi, cls))
    marks.sort()
    out, at = [], 0
    for lo, hi, cls in marks:
        if lo < at:
            continue        # overlapping marks: keep the first
        out.append(esc_keep_space(sentence[at:lo]))
        out.append(f'<mark{cls}>{esc_keep_space(sentence[lo:hi])}</mark>')
        at = hi
    out.append(esc_keep_space(sentence[at:]))
    return "".join(out).strip()


def esc_keep_space(text: str) -> str:
    """Like esc, but keeps edge spaces so pieces around a <mark> still read as words."""
    if not text:
        return ""
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() else ""
    core = esc(text)
    return (lead + core + trail) if core else (" " if lead or trail else "")


def _doc_cite(doc_id: str, docs: DocIndex) -> str:
    info = docs.info(doc_id)
    label = docs.label(doc_id)
    title = clean(info.title) if info else ""
    text = esc(label) if not title or title == label else f"{esc(label)} — {esc(truncate(title, 140))}"
    url = safe_url(info.url) if info else None
    if url:
        text = f'<a href="{esc(url)}" rel="noopener nofollow" target="_blank">{text}</a>'
    if info and info.published:
        text += f" · published {esc(D.day_label(info.published))}"
    elif info and info.path and not url:
        text += f" · <code>{esc(info.path)}</code>"
    return text


def _event_item(event: Event, docs: DocIndex, index: Optional[int], root_id: str, src_ids: dict[str, int],
                act_ids: dict[str, int]) -> str:
    status = clean(event.status) or "occurred"
    status_cls = slug(status)
    src_keys = sorted({src_ids[l] for l in docs.labels_of(event) if l in src_ids})
    act_keys = sorted({act_ids[clean(a)] for a in event.actors if clean(a) in act_ids})
    # compact markup: a 10,000-event page carries 10,000 of these
    attrs = ['class="tl-event"']
    if index is not None:
        attrs.append(f'id="{root_id}-ev-{index}"')
    attrs.append(f'data-status="{status_cls}" data-src="{" ".join(map(str, src_keys))}"')
    if act_keys:
        attrs.append(f'data-act="{" ".join(map(str, act_keys))}"')
    parts = [f"<li {' '.join(attrs)}>"]
    date = event.date
    if date is not None:
        why = clean(date.explanation) or {
            "publication": "no date in the sentence: dated by publication",
            "narrative": "no date in the sentence: placed by the story's order"}.get(date.basis, "")
        parts.append(f'<div class="tl-when"><button class="tl-date">{esc(D.date_label(date))}</button>'
                     + (f"<i>{esc(why)}</i>" if why else "") + "</div>")
    parts.append(f'<h4 class="tl-headline">{esc(event.headline) or "(no headline)"}</h4>')
    meta = [f'<span class="tl-badge">{esc(status_label(status))}</span>']
    actors = [clean(a) for a in event.actors if clean(a)]
    if actors:
        meta.append(f"<span>{esc(', '.join(actors))}</span>")
    meta.append(f"<span>{_plural(event.corroboration, 'source')}</span>")
    if event.confidence < 0.5:
        meta.append(f"<span>low confidence ({event.confidence:.2f})</span>")
    parts.append(f'<p class="tl-meta">{"".join(meta)}</p>')
    if date is not None and event.conflict:
        shown = sorted({(d.start, d.end): d for d in event.conflict + (date,)}.values(),
                       key=lambda d: (d.start, d.end, d.value))
        if len(shown) > 1:
            parts.append('<p class="tl-conflict">Sources disagree on the date: '
                         + esc(" · ".join(D.date_label(d) for d in shown)) + "</p>")
    parts.append('<ul class="tl-sources">')
    for source in event.sources:
        cite = _doc_cite(source.doc, docs)
        if source.date is not None and date is not None and (source.date.start, source.date.end) != (
                date.start, date.end):
            cite += f' · <span class="tl-differs">this source dates it {esc(D.date_label(source.date))}</span>'
        said = ""
        if clean(source.quote) or clean(source.speaker):
            who = f"{esc(source.speaker)}: " if clean(source.speaker) else ""
            said = f'<div class="tl-said">{who}{"“" + esc(source.quote) + "”" if clean(source.quote) else ""}</div>'
        parts.append(f"<li><blockquote>{_highlight(source)}</blockquote>{said}<cite>{cite}</cite></li>")
    parts.append("</ul></li>")
    return "".join(parts)


def _group_key(event: Event) -> tuple[str, str, str]:
    """(heading, datetime attribute, note) of the day or period an event is listed under."""
    date = event.date
    if not D.is_span(date) or date.start == date.end and not D.is_open(date):
        return D.long_day_label(date.start), date.start.isoformat(), ""
    attr = date.value if date.granularity in ("month", "year") and not D.is_open(date) else ""
    note = "open-ended" if D.is_open(date) else "date known only to this period"
    return D.date_label(date)[:1].upper() + D.date_label(date)[1:], attr, note


def _day_groups(timeline: Timeline):
    """[(key, [(index, event)])] in chronological order.

    Events starting the same day are grouped by heading in order of first appearance,
    so 'in 2014' events are listed together even when a 'since 2014' sorts between them.
    """
    groups: list[tuple[tuple, list]] = []
    run_start, run = None, {}
    for index, event in enumerate(timeline.events):
        if event.date is None:
            continue
        if event.date.start != run_start:
            groups.extend(run.items())
            run_start, run = event.date.start, {}
        run.setdefault(_group_key(event), []).append((index, event))
    groups.extend(run.items())
    return groups


def _list_html(timeline: Timeline, docs: DocIndex, root_id: str, src_ids, act_ids) -> str:
    out = [f'<section class="tl-list" aria-labelledby="{root_id}-list-h">',
           f'<h2 id="{root_id}-list-h">Events in chronological order</h2>',
           '<p class="tl-none-match" hidden>No event matches the search and filters.</p>']
    for (heading, attr, note), members in _day_groups(timeline):
        time_tag = f'<time datetime="{esc(attr)}">{esc(heading)}</time>' if attr else esc(heading)
        note_html = f'<span class="tl-span-note">{esc(note)}</span>' if note else ""
        out.append(f'<section class="tl-day"><h3 class="tl-day-h">{time_tag}{note_html}</h3><ol class="tl-events">')
        out.extend(_event_item(event, docs, index, root_id, src_ids, act_ids) for index, event in members)
        out.append("</ol></section>")
    if not any(e.date is not None for e in timeline.events):
        out.append('<p class="tl-empty">No dated events were found.</p>')
    out.append("</section>")
    return "".join(out)


def _undated_html(timeline: Timeline, docs: DocIndex, root_id: str, src_ids, act_ids) -> str:
    if not timeline.undated:
        return ""
    items = "".join(_event_item(e, docs, None, root_id, src_ids, act_ids) for e in timeline.undated)
    return (f'<section class="tl-undated" id="{root_id}-undated"><h2>Undated events ({len(timeline.undated):,})</h2>'
            '<p class="tl-empty">No date could be worked out for these events: they are not on the chart.</p>'
            f'<section class="tl-day"><ol class="tl-events">{items}</ol></section></section>')


def _notices_html(timeline: Timeline, root_id: str) -> str:
    notices = list(timeline.warnings) + list(timeline.skipped)
    if not notices:
        return ""
    rows = []
    for notice in notices:
        where = clean(notice.file) or "input"
        if notice.line is not None:
            where += f":{notice.line}"
        kind = "skipped" if notice.kind == "skipped" else "warning"
        rows.append(f"<li><b>{kind}</b> <code>{esc(where)}</code> {esc(notice.message)}</li>")
    return (f'<section class="tl-warnings" id="{root_id}-warnings"><h2>Warnings ({len(notices):,})</h2>'
            f'<ul>{"".join(rows)}</ul></section>')


def _docs_html(timeline: Timeline, docs: DocIndex, root_id: str) -> str:
    if not timeline.documents:
        return ""
    counts = Counter(s.doc for e in timeline.events + timeline.undated for s in e.sources)
    rows = []
    for info in timeline.documents:
        extra = f" · <code>{esc(info.path)}</code>" if info.path else ""
        if info.published is None:
            extra += " · <b>no publication date</b>"
        elif info.published_source:
            extra += f" (date from {esc(info.published_source)})"
        rows.append(f"<li>{_doc_cite(info.id, docs)}{extra} · {_plural(counts.get(info.id, 0), 'event mention')}</li>")
    return (f'<section class="tl-docs" id="{root_id}-docs"><h2>Documents ({len(timeline.documents):,})</h2>'
            f'<ul>{"".join(rows)}</ul></section>')


# ---------------------------------------------------------------- header, controls

def _summary(timeline: Timeline, root_id: str) -> str:
    dated = [e for e in timeline.events if e.date is not None]
    bits = [f"<b>{_plural(len(timeline.documents), 'document')}</b>",
            f"<b>{_plural(len(dated), 'dated event')}</b>"]
    if timeline.undated:
        bits.append(f'<a href="#{root_id}-undated">{_plural(len(timeline.undated), "undated event")}</a>')
    if dated:
        first = min(dated, key=lambda e: (e.date.start, e.date.end)).date
        last = max(dated, key=lambda e: (e.date.end, e.date.start)).date
        bits.append(f"from <b>{esc(D.bare_label(first))}</b> to <b>{esc(D.bare_label(last))}</b>")
    n_notices = len(timeline.warnings) + len(timeline.skipped)
    if n_notices:
        bits.append(f'<a class="tl-warn-link" href="#{root_id}-warnings">{_plural(n_notices, "warning")}</a>')
    else:
        bits.append("no warnings")
    return " · ".join(bits)


def _filter_options(timeline: Timeline, docs: DocIndex) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    events = list(timeline.events) + list(timeline.undated)
    sources = Counter(label for e in events for label in docs.labels_of(e))
    actors = Counter(a for e in events for a in dict.fromkeys(clean(x) for x in e.actors) if a)
    src = sorted(sources.items(), key=lambda kv: (-kv[1], kv[0]))
    act = sorted(actors.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_ACTOR_OPTIONS]
    return src, act


def _select(cls: str, label: str, all_label: str, options: list[tuple[str, str]]) -> str:
    opts = "".join(f'<option value="{esc(v)}">{esc(t)}</option>' for v, t in options)
    return (f'<label>{label}<select class="{cls}"><option value="">{esc(all_label)}</option>{opts}</select>'
            "</label>")


def _controls(timeline: Timeline, src, act) -> str:
    total = len(timeline.events) + len(timeline.undated)
    statuses = sorted({clean(e.status) for e in timeline.events + timeline.undated if clean(e.status)})
    parts = ['<div class="tl-controls" role="search">',
             '<label>Search<input type="search" class="tl-search" placeholder="words in headlines, quotes, '
             'names…" aria-label="Search events" autocomplete="off"></label>',
             _select("tl-source", "Source", "All sources", [(str(i), f"{l} ({n})") for i, (l, n) in enumerate(src)]),
             _select("tl-actor", "Actor", "All actors", [(str(i), f"{l} ({n})") for i, (l, n) in enumerate(act)]),
             _select("tl-status", "Status", "Any status", [(s, status_label(s)) for s in statuses]),
             '<button type="button" class="tl-reset">Clear filters</button>',
             f'<span class="tl-count" aria-live="polite">{total:,} events</span></div>']
    return "".join(parts)


_LEGEND_NOTE = (
    '<p class="tl-chart-note">'
    '<span class="tl-k"><svg width="22" height="12" aria-hidden="true"><circle cx="4" cy="6" r="3" fill="#0b5fa5"/>'
    '<circle cx="15" cy="6" r="5.5" fill="#0b5fa5"/></svg>bigger = more sources</span>'
    '<span class="tl-k"><svg width="22" height="12" aria-hidden="true"><rect x="1" y="4" width="20" height="4" '
    'fill="#0b5fa5" opacity=".5"/></svg>bar = date known only to the week, month or year</span>'
    '<span class="tl-k"><svg width="22" height="12" aria-hidden="true"><line x1="1" y1="6" x2="17" y2="6" '
    'stroke="#0b5fa5" stroke-width="2" stroke-dasharray="2 3"/><path d="M16 2 L21 6 L16 10 Z" fill="#0b5fa5"/>'
    '</svg>open-ended (“since…”)</span>'
    '<span class="tl-k"><svg width="14" height="12" aria-hidden="true"><circle cx="7" cy="6" r="4.5" fill="none" '
    'stroke="#d17a00" stroke-width="2"/></svg>hollow = planned or hypothetical</span>'
    '<span class="tl-k"><svg width="14" height="12" aria-hidden="true"><path d="M7 1 L12 6 L7 11 L2 6 Z" '
    'fill="#0b5fa5" stroke="#c62828" stroke-width="2"/></svg>sources disagree on the date</span>'
    '<span class="tl-hint">Hover a point for where its date came from; click it to jump to the event below; '
    'drag to zoom, double-click to reset; click a date in the list to find it on the chart.</span></p>')


# ---------------------------------------------------------------- assembly

def _figure_json(timeline: Timeline, lanes: str, options: dict) -> tuple[str, int, bool]:
    """(figure JSON, chart height, whether it uses WebGL traces)."""
    from .figure import build_figure
    fig = build_figure(timeline, lanes=lanes, show_title=False, **options)
    payload = fig.to_plotly_json()
    payload["config"] = CHART_CONFIG
    webgl = any(trace.type == "scattergl" for trace in fig.data)
    return script_json(payload), int(fig.layout.height or 450), webgl


def _fragment(timeline: Timeline, *, root_id: str, lanes: str, heading: str, plotly_tag: str,
              options: dict) -> tuple[str, str, bool]:
    """(fragment html, the inline page script, uses WebGL): the page hashes the script for its CSP."""
    docs = DocIndex(timeline)
    src, act = _filter_options(timeline, docs)
    src_ids = {label: i for i, (label, _) in enumerate(src)}
    act_ids = {label: i for i, (label, _) in enumerate(act)}
    script = _asset("page.js")
    about = ""
    if timeline.about:
        about = (f'<p class="tl-about">Events involving <b>{esc(timeline.about)}</b>'
                 + (f" ({_plural(len(timeline.off_topic), 'other event')} set aside)" if timeline.off_topic else "")
                 + "</p>")
    has_chart = any(e.date is not None for e in timeline.events)
    chart, webgl = "", False
    if has_chart:
        figure_json, height, webgl = _figure_json(timeline, lanes, options)
        chart = (f'<div class="tl-chart" id="{root_id}-chart" style="height:{height}px" role="region" '
                 f'aria-label="Chart of the events on a date axis"></div>{_LEGEND_NOTE}'
                 f'<script type="application/json" class="tl-figure">{figure_json}</script>')
    else:
        chart = '<p class="tl-no-chart">No dated events: nothing to chart.</p>'
    html = "".join([
        f'<div class="tl-root" id="{root_id}" data-timeline-root>',
        plotly_tag,
        f'<header class="tl-head"><{heading} class="tl-title">{esc(timeline.title) or "Timeline"}</{heading}>',
        f'<p class="tl-summary">{_summary(timeline, root_id)}</p>{about}</header>',
        _controls(timeline, src, act),
        chart,
        f"<script>{script}</script>",
        _list_html(timeline, docs, root_id, src_ids, act_ids),
        _undated_html(timeline, docs, root_id, src_ids, act_ids),
        _notices_html(timeline, root_id),
        _docs_html(timeline, docs, root_id),
        '<footer class="tl-foot">Built with timeline: dates resolved from the articles\' own words; '
        "hover or read the italic line under each date to see how.</footer>",
        "</div>",
    ])
    return html, script, webgl


def _check_plotlyjs(plotlyjs: Optional[str], default: str) -> str:
    mode = (plotlyjs or default).lower()
    if mode not in PLOTLYJS_MODES:
        raise UsageError(f"unknown plotlyjs {plotlyjs!r}: choose one of {', '.join(PLOTLYJS_MODES)}")
    return mode


def _cdn_tag() -> str:
    url, integrity = _plotly_cdn()
    return f'<script src="{url}" integrity="{integrity}" crossorigin="anonymous" charset="utf-8"></script>'


def render_page(timeline: Timeline, *, plotlyjs: Optional[str] = "inline", lanes: str = "source",
                **options) -> str:
    """The self-contained page. plotlyjs: "inline" (works offline, ~5 MB; the default, also for None)
    or "cdn" (small, needs network)."""
    mode = _check_plotlyjs(plotlyjs, "inline")
    options.pop("div_id", None)
    body, page_script, webgl = _fragment(timeline, root_id="timeline", lanes=lanes, heading="h1", plotly_tag="",
                                         options=options)
    script_src = [_csp_hash(page_script)]
    if mode == "inline":
        plotly_js = _plotlyjs()
        head_script = f"<script>{plotly_js}</script>"
        script_src.append(_csp_hash(plotly_js))
    elif mode == "cdn":
        head_script = _cdn_tag()
        script_src.append(_plotly_cdn()[0])
    else:
        head_script = ""
    if webgl:
        # WebGL traces (regl) generate code with Function(): without this, hover on them silently
        # fails. Nothing of ours evaluates data, and inline scripts still need their hash.
        script_src.append("'unsafe-eval'")
    csp = ("default-src 'none'; script-src " + " ".join(script_src) + "; style-src 'unsafe-inline'; "
           "img-src data: blob:; font-src data:; connect-src data: blob:; worker-src blob:; "
           "base-uri 'none'; form-action 'none'; frame-src 'none'; object-src 'none'")
    return "".join([
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n',
        '<meta name="referrer" content="no-referrer">\n',
        '<meta name="generator" content="timeline">\n',
        f"<title>{esc(timeline.title) or 'Timeline'}</title>\n",
        f"<style>body{{margin:0;background:#fff}}\n{_asset('page.css')}</style>\n",
        head_script, "\n</head>\n<body>\n", body, "\n</body>\n</html>\n",
    ])


def render_div(timeline: Timeline, *, plotlyjs: Optional[str] = "cdn", lanes: str = "source",
               div_id: str = "timeline", **options) -> str:
    """An HTML fragment to paste into a page or a notebook.

    plotlyjs defaults to "cdn" here (also for None): a fragment is meant to live in a page that may
    hold several, and inlining 5 MB of plotly.js into each would be wasteful. Use
    "inline" for an offline fragment, "none" when the host page already loads plotly.js.
    div_id prefixes every id, so two fragments can share a page.
    """
    mode = _check_plotlyjs(plotlyjs, "cdn")
    root_id = slug(div_id)
    tag = {"inline": lambda: f"<script>{_plotlyjs()}</script>", "cdn": _cdn_tag, "none": lambda: ""}[mode]()
    body, _, _ = _fragment(timeline, root_id=root_id, lanes=lanes, heading="h2", plotly_tag=tag, options=options)
    return f"<style>{_asset('page.css')}</style>\n{body}\n"
