"""The interactive page (--format html) and the embeddable fragment (--format div).

Layout: title, summary line, filters, chart (click a point: its details below the chart),
how-to-read line, then every event in chronological order grouped by day, undated events,
warnings and the documents.

Scale: the events are embedded once, as compact JSON (page_data.py), and page.js renders the
list from it a page of events at a time (more as the reader scrolls, or around an event
picked on the chart); search and filters run over that data. The same code path serves 8
events and 150,000. The page is written piece by piece (`write_page`), never built as one
giant string, and the figure is serialised from plain dicts, not plotly objects.

Safety: every article-derived string is escaped with `esc` in the markup written here; the
event data and the figure travel as JSON in non-executable <script type="application/json">
blocks with <, >, &, U+2028/9 escaped, and page.js only ever puts their text into the page
through textContent; links are made only from absolute http(s) URLs. The page carries a
Content-Security-Policy that only allows its own two scripts (by hash), so even an injected
<script> or onerror= would not run.
Determinism: fixed ids, sorted options, no timestamps: same Timeline, same bytes.
"""
from __future__ import annotations

import base64
import hashlib
import io
from functools import lru_cache
from importlib import resources
from typing import Callable, Optional

from ..errors import UsageError
from ..model import Timeline
from . import dates as D
from .lanes import DocIndex
from ..memory import paused_gc
from .page_data import PageData
from .text import clean, esc, script_json, slug

PLOTLYJS_MODES = ("inline", "cdn", "none")
MANY_NOTICES = 30             # more warnings than this: folded in a <details> block
Write = Callable[[str], object]
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



# ---------------------------------------------------------------- header, controls

def _summary(timeline: Timeline, root_id: str) -> str:
    dated = [e for e in timeline.events if e.date is not None]
    n_undated = len(timeline.events) - len(dated) + len(timeline.undated)
    bits = [f"<b>{_plural(len(timeline.documents), 'document')}</b>",
            f"<b>{_plural(len(dated), 'dated event')}</b>"]
    if n_undated:
        bits.append(f'<a href="#{root_id}-undated">{_plural(n_undated, "undated event")}</a>')
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


def _options(options) -> str:
    return "".join(f'<option value="{esc(str(v))}">{esc(t)}</option>' for v, t in options)


def _controls(data: PageData) -> str:
    outlets, articles = data.source_options()
    if outlets and articles:
        sources = (f'<optgroup label="Outlets">{_options(outlets)}</optgroup>'
                   f'<optgroup label="Articles with no outlet named">{_options(articles)}</optgroup>')
    else:
        sources = _options(outlets or articles)
    total = len(data.records)
    return "".join([
        '<div class="tl-controls" role="search">',
        '<label>Search<input type="search" class="tl-search" placeholder="words in headlines, quotes, '
        'names…" aria-label="Search events" autocomplete="off"></label>',
        f'<label>Source<select class="tl-source"><option value="">All sources</option>{sources}</select></label>',
        '<label>Actor<select class="tl-actor"><option value="">All actors</option>'
        f'{_options(data.actor_options())}</select></label>',
        '<label>Status<select class="tl-status"><option value="">Any status</option>'
        f'{_options(data.status_options())}</select></label>',
        '<button type="button" class="tl-reset">Clear filters</button>',
        f'<span class="tl-count" aria-live="polite">{total:,} events</span></div>'])


_LANE_NOTE = {
    "source": "Rows: the outlet that reported the event (“Several sources” when more than one article did; "
              "“Outlet unknown” for articles that do not name theirs).",
    "actor": "Rows: the first actor named in the event.",
    "status": "Rows: whether the event happened, was reported, planned, denied or hypothetical.",
}


def _legend_note(lanes: str) -> str:
    return (
        '<p class="tl-chart-note">'
        '<span class="tl-k"><svg width="22" height="12" aria-hidden="true"><circle cx="4" cy="6" r="3" '
        'fill="#0b5fa5"/><circle cx="15" cy="6" r="5.5" fill="#0b5fa5"/></svg>bigger = more sources</span>'
        '<span class="tl-k"><svg width="22" height="12" aria-hidden="true"><rect x="1" y="4" width="20" height="4" '
        'fill="#0b5fa5" opacity=".5"/></svg>bar = date known only to the week, month or year</span>'
        '<span class="tl-k"><svg width="22" height="12" aria-hidden="true"><line x1="1" y1="6" x2="17" y2="6" '
        'stroke="#0b5fa5" stroke-width="2" stroke-dasharray="2 3"/><path d="M16 2 L21 6 L16 10 Z" '
        'fill="#0b5fa5"/></svg>open-ended (“since…”)</span>'
        '<span class="tl-k"><svg width="14" height="12" aria-hidden="true"><circle cx="7" cy="6" r="4.5" '
        'fill="#0b5fa5" opacity=".4"/></svg>faded = no date in the sentence (dated by publication or context)</span>'
        '<span class="tl-k"><svg width="14" height="12" aria-hidden="true"><circle cx="7" cy="6" r="4.5" fill="none" '
        'stroke="#d17a00" stroke-width="2"/></svg>hollow = planned or hypothetical</span>'
        '<span class="tl-k"><svg width="14" height="12" aria-hidden="true"><path d="M7 1 L12 6 L7 11 L2 6 Z" '
        'fill="#0b5fa5" stroke="#c62828" stroke-width="2"/></svg>sources disagree on the date</span>'
        f'<span class="tl-hint">{_LANE_NOTE.get(lanes, "")} Hover a point for its date and where it came from; '
        'click it for the sources and quotes; drag to zoom, double-click to reset; click a date in the list to '
        'find it on the chart.</span></p>')


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
    items = f'<ul>{"".join(rows)}</ul>'
    if len(notices) > MANY_NOTICES:
        items = f"<details><summary>Show all {len(notices):,}</summary>{items}</details>"
    return (f'<section class="tl-warnings" id="{root_id}-warnings"><h2>Warnings ({len(notices):,})</h2>'
            f"{items}</section>")


# ---------------------------------------------------------------- assembly

def _write_figure(spec: dict, write: Write) -> None:
    """The figure as script-safe JSON, one trace at a time (a dense trace is megabytes)."""
    write('{"layout":' + script_json(spec["layout"]) + ',"config":' + script_json(CHART_CONFIG) + ',"data":[')
    for k, trace in enumerate(spec["data"]):
        write(("," if k else "") + script_json(trace))
    write("]}")


class _Fragment:
    """Everything the page and the fragment share, computed once before anything is written."""

    def __init__(self, timeline: Timeline, *, root_id: str, lanes: str, options: dict):
        self.timeline = timeline
        self.root_id = root_id
        self.lanes = lanes
        self.data = PageData(timeline, DocIndex(timeline))
        self.spec = None
        if any(e.date is not None for e in timeline.events):
            from .figure import figure_spec
            self.spec = figure_spec(timeline, lanes=lanes, show_title=False, for_page=True, **options)
        self.webgl = bool(self.spec) and any(t.get("type") == "scattergl" for t in self.spec["data"])
        self.script = _asset("page.js")

    def write(self, write: Write, *, heading: str, plotly_tag: str) -> None:
        timeline, root_id = self.timeline, self.root_id
        write(f'<div class="tl-root" id="{root_id}" data-timeline-root>')
        write(plotly_tag)
        write(f'<header class="tl-head"><{heading} class="tl-title">{esc(timeline.title) or "Timeline"}</{heading}>'
              f'<p class="tl-summary">{_summary(timeline, root_id)}</p>')
        if timeline.about:
            write(f'<p class="tl-about">Events involving <b>{esc(timeline.about)}</b>'
                  + (f" ({_plural(len(timeline.off_topic), 'other event')} set aside)" if timeline.off_topic else "")
                  + "</p>")
        write("</header>")
        write(_controls(self.data))
        if self.spec is not None:
            height = int(self.spec["layout"].get("height") or 450)
            write(f'<div class="tl-chart" id="{root_id}-chart" style="height:{height}px" role="region" '
                  f'aria-label="Chart of the events on a date axis"></div>'
                  '<p class="tl-view" hidden><span class="tl-view-range"></span> '
                  '<button type="button" class="tl-view-list">List the events from here</button></p>'
                  f'<div class="tl-detail" hidden aria-live="polite"></div>{_legend_note(self.lanes)}'
                  '<script type="application/json" class="tl-figure">')
            _write_figure(self.spec, write)
            write("</script>")
        else:
            write('<p class="tl-no-chart">No dated events: nothing to chart.</p>')
        write('<script type="application/json" class="tl-data">')
        self.data.write(write)
        write("</script>")
        n_undated = sum(1 for g in self.data.group_of if g < 0)
        write(f'<section class="tl-list" aria-labelledby="{root_id}-list-h">'
              f'<h2 id="{root_id}-list-h">Events in chronological order</h2>'
              '<p class="tl-none-match" hidden>No event matches the search and filters.</p>'
              + ('' if self.spec is not None else '<p class="tl-empty">No dated events were found.</p>')
              + '<div class="tl-list-body" data-list="dated"></div>'
              '<noscript><p class="tl-empty">The list of events is drawn by the page\'s script: allow JavaScript '
              "to read it, or export the events with --format csv or json.</p></noscript></section>")
        if n_undated:
            write(f'<section class="tl-undated" id="{root_id}-undated"><h2>Undated events ({n_undated:,})</h2>'
                  '<p class="tl-empty">No date could be worked out for these events: they are not on the chart.</p>'
                  '<div class="tl-list-body" data-list="undated"></div></section>')
        write(_notices_html(timeline, root_id))
        if timeline.documents:
            write(f'<section class="tl-docs" id="{root_id}-docs"><h2>Documents ({len(timeline.documents):,})</h2>'
                  '<div class="tl-docs-body"></div></section>')
        write('<footer class="tl-foot">Built with timeline: dates resolved from the articles\' own words; '
              "hover a point or read the italic line under each date to see how.</footer>")
        write(f"<script>{self.script}</script></div>")


def _check_plotlyjs(plotlyjs: Optional[str], default: str) -> str:
    mode = (plotlyjs or default).lower()
    if mode not in PLOTLYJS_MODES:
        raise UsageError(f"unknown plotlyjs {plotlyjs!r}: choose one of {', '.join(PLOTLYJS_MODES)}")
    return mode


def _cdn_tag() -> str:
    url, integrity = _plotly_cdn()
    return f'<script src="{url}" integrity="{integrity}" crossorigin="anonymous" charset="utf-8"></script>'


def write_page(timeline: Timeline, write: Write, *, plotlyjs: Optional[str] = "inline", lanes: str = "source",
               **options) -> None:
    """Write the self-contained page piece by piece through `write` (e.g. a file's write)."""
    with paused_gc():
        _write_page(timeline, write, plotlyjs=plotlyjs, lanes=lanes, **options)


def _write_page(timeline: Timeline, write: Write, *, plotlyjs: Optional[str], lanes: str, **options) -> None:
    mode = _check_plotlyjs(plotlyjs, "inline")
    options.pop("div_id", None)
    fragment = _Fragment(timeline, root_id="timeline", lanes=lanes, options=options)
    script_src = [_csp_hash(fragment.script)]
    if mode == "inline":
        plotly_js = _plotlyjs()
        head_script = f"<script>{plotly_js}</script>"
        script_src.append(_csp_hash(plotly_js))
    elif mode == "cdn":
        head_script = _cdn_tag()
        script_src.append(_plotly_cdn()[0])
    else:
        head_script = ""
    if fragment.webgl:
        # WebGL traces (regl) generate code with Function(): without this, hover on them silently
        # fails. Nothing of ours evaluates data, and inline scripts still need their hash.
        script_src.append("'unsafe-eval'")
    csp = ("default-src 'none'; script-src " + " ".join(script_src) + "; style-src 'unsafe-inline'; "
           "img-src data: blob:; font-src data:; connect-src data: blob:; worker-src blob:; "
           "base-uri 'none'; form-action 'none'; frame-src 'none'; object-src 'none'")
    write("".join([
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n',
        '<meta name="referrer" content="no-referrer">\n',
        '<meta name="generator" content="timeline">\n',
        f"<title>{esc(timeline.title) or 'Timeline'}</title>\n",
        f"<style>body{{margin:0;background:#fff}}\n{_asset('page.css')}</style>\n"]))
    write(head_script)
    write("\n</head>\n<body>\n")
    fragment.write(write, heading="h1", plotly_tag="")
    write("\n</body>\n</html>\n")


def write_div(timeline: Timeline, write: Write, *, plotlyjs: Optional[str] = "cdn", lanes: str = "source",
              div_id: str = "timeline", **options) -> None:
    """Write the embeddable fragment through `write` (see render_div)."""
    mode = _check_plotlyjs(plotlyjs, "cdn")
    root_id = slug(div_id)
    tag = {"inline": lambda: f"<script>{_plotlyjs()}</script>", "cdn": _cdn_tag, "none": lambda: ""}[mode]()
    with paused_gc():
        fragment = _Fragment(timeline, root_id=root_id, lanes=lanes, options=options)
        write(f"<style>{_asset('page.css')}</style>\n")
        fragment.write(write, heading="h2", plotly_tag=tag)
        write("\n")


def _to_string(writer, timeline: Timeline, **options) -> str:
    out = io.StringIO()
    writer(timeline, out.write, **options)
    return out.getvalue()


def render_page(timeline: Timeline, *, plotlyjs: Optional[str] = "inline", lanes: str = "source",
                **options) -> str:
    """The self-contained page. plotlyjs: "inline" (works offline, ~5 MB; the default, also for None)
    or "cdn" (small, needs network)."""
    return _to_string(write_page, timeline, plotlyjs=plotlyjs, lanes=lanes, **options)


def render_div(timeline: Timeline, *, plotlyjs: Optional[str] = "cdn", lanes: str = "source",
               div_id: str = "timeline", **options) -> str:
    """An HTML fragment to paste into a page or a notebook.

    plotlyjs defaults to "cdn" here (also for None): a fragment is meant to live in a page that may
    hold several, and inlining 5 MB of plotly.js into each would be wasteful. Use
    "inline" for an offline fragment, "none" when the host page already loads plotly.js.
    div_id prefixes every id, so two fragments can share a page.
    """
    return _to_string(write_div, timeline, plotlyjs=plotlyjs, lanes=lanes, div_id=div_id, **options)
