"""Generated pages in a real headless Chromium: chart drawn, hover, search and filters on both
the chart and the list, no console errors, offline, and hostile article text inert."""
from __future__ import annotations

import datetime as dt

import pytest

from browser_helpers import open_page, wait_chart_events, wait_until
from synthetic_timelines import HOSTILE, hostile_timeline, make_timeline, story_timeline
from timeline.render import dates as D
from timeline.render import write_timeline
from timeline.render.lanes import DocIndex, status_label
from timeline.render.figure import DENSE_FROM
from timeline.render.page import render_div

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    made = {}
    for name, timeline, options in (
            ("story", story_timeline(), {}),
            ("hostile", hostile_timeline(), {}),
            ("dense", make_timeline(DENSE_FROM + 100, seed=5), {}),
            ("cdn", story_timeline(), {"plotlyjs": "cdn"}),
            ("actors", make_timeline(120, seed=8), {"lanes": "actor"})):
        path = folder / f"{name}.html"
        write_timeline(timeline, path, **options)
        made[name] = (path, timeline)
    return made


def searchable(event, docs) -> str:
    """What the page's search box looks in (page.js: searchable), lower-cased."""
    parts = [event.headline, status_label(event.status), *event.actors]
    if event.date is not None:
        parts += [D.date_label(event.date), D.provenance(event.date)]
    for source in event.sources:
        info = docs.info(source.doc)
        parts += [source.sentence, source.quote or "", source.speaker or "", docs.label(source.doc),
                  (info.title or "") if info else ""]
    return "\n".join(parts).lower()


LISTED = ".tl-list-body .tl-event"          # the list items (the detail panel holds a copy of one)


def visible_items(page) -> list[str]:
    """The events the list shows (it renders only those that pass the filters)."""
    return page.eval_on_selector_all(LISTED, "els => els.map(e => e.id || 'undated-' + e.dataset.index)")


def index_of(timeline, event_id: str) -> int:
    return next(i for i, e in enumerate(timeline.events) if e.id == event_id)


def test_chart_draws_every_event(browser, pages, screenshot_dir):
    path, timeline = pages["story"]
    loaded = open_page(browser, path)
    points = loaded.points()
    assert points["events"] == len(timeline.events)
    assert points["svgPoints"] >= len(timeline.events)            # actually drawn as SVG markers
    assert loaded.page.locator(LISTED).count() == len(timeline.events) + len(timeline.undated)
    loaded.page.screenshot(path=str(screenshot_dir / "story-page.png"), full_page=True)
    assert loaded.console_errors() == []
    loaded.page.context.close()


def test_hover_shows_date_provenance_and_sources(browser, pages, screenshot_dir):
    path, timeline = pages["story"]
    loaded = open_page(browser, path)
    text = " ".join(loaded.hover_event(index_of(timeline, "closure")).split())
    assert "City closes the harbor bridge" in text
    assert "Tue 15 Feb 2022" in text and "the Tuesday before publication (Wed 2022-02-16)" in text
    assert "Harbor Herald" in text and "inspectors found cracks" in text
    loaded.page.locator(".tl-chart").screenshot(path=str(screenshot_dir / "story-hover.png"))
    loaded.page.context.close()


def test_search_filters_list_and_chart(browser, pages):
    path, timeline = pages["story"]
    loaded = open_page(browser, path)
    page = loaded.page
    page.fill(".tl-search", "bridge")
    wait_until(page, "document.querySelector('[data-timeline-root]').dataset.shown !== undefined")
    shown = visible_items(page)
    expected = [e for e in timeline.events + timeline.undated
                if any("bridge" in s.sentence.lower() for s in e.sources) or "bridge" in e.headline.lower()]
    assert 0 < len(shown) < len(timeline.events) + len(timeline.undated)
    assert len(shown) >= len(expected)
    dated_shown = [i for i in shown if i.startswith("timeline-ev-")]
    wait_chart_events(page, len(dated_shown))
    assert loaded.points()["events"] == len(dated_shown)
    page.fill(".tl-search", "zzzz-no-such-word")
    page.wait_for_selector(".tl-none-match:not([hidden])")
    wait_chart_events(page, 0)
    page.click(".tl-reset")
    assert len(visible_items(page)) == len(timeline.events) + len(timeline.undated)
    assert loaded.points()["events"] == len(timeline.events)
    assert loaded.console_errors() == []
    page.context.close()


def test_source_and_actor_filters_act_on_both(browser, pages):
    path, timeline = pages["story"]
    loaded = open_page(browser, path)
    page = loaded.page
    page.select_option(".tl-actor", label=page.eval_on_selector(
        ".tl-actor", "s => [...s.options].find(o => o.text.startsWith('Port Authority')).text"))
    wanted = [e for e in timeline.events if "Port Authority" in e.actors]
    assert len(visible_items(page)) == len(wanted)
    wait_chart_events(page, len(wanted))
    page.select_option(".tl-actor", value="")
    page.select_option(".tl-source", label=page.eval_on_selector(
        ".tl-source", "s => [...s.options].find(o => o.text.startsWith('Valley Wire')).text"))
    from_wire = [e for e in timeline.events + timeline.undated if any(s.doc == "wire-0217" for s in e.sources)]
    assert len(visible_items(page)) == len(from_wire)
    dated = [e for e in from_wire if e.date is not None]
    wait_chart_events(page, len(dated))
    labels = page.evaluate("document.querySelector('.tl-chart').layout.annotations.filter(a => (a.name || '')"
                           ".startsWith('ev-') && a.visible !== false).map(a => +a.name.slice(3))")
    allowed = {index_of(timeline, e.id) for e in dated}
    assert set(labels) <= allowed                                  # labels of hidden events are hidden too
    assert loaded.console_errors() == []
    page.context.close()


def test_clicking_a_point_shows_its_details_and_finds_it_in_the_list(browser, pages, screenshot_dir):
    path, timeline = pages["story"]
    loaded = open_page(browser, path)
    page = loaded.page
    target = index_of(timeline, "protest")
    loaded.hover_event(target)
    page.mouse.down()
    page.mouse.up()
    page.wait_for_selector(".tl-detail:not([hidden])")
    panel = page.inner_text(".tl-detail")
    assert "Commuters protest outside city hall" in panel and "Hundreds of commuters protested" in panel
    assert "Harbor Herald" in panel and "Valley Wire" in panel
    page.locator(".tl-chart").scroll_into_view_if_needed()
    page.screenshot(path=str(screenshot_dir / "story-detail.png"))
    page.click(".tl-detail-go")
    page.wait_for_selector(f"#timeline-ev-{target}.tl-flash")
    wait_until(page, "(r => r.top >= 0 && r.bottom <= innerHeight)(document.getElementById(arg)"
                     ".getBoundingClientRect())", f"timeline-ev-{target}")
    page.keyboard.press("Escape")
    page.wait_for_selector(".tl-detail", state="hidden")
    assert loaded.console_errors() == []
    page.context.close()


def test_date_button_zooms_the_chart(browser, pages):
    path, timeline = pages["story"]
    loaded = open_page(browser, path)
    page = loaded.page
    before = page.evaluate("document.querySelector('.tl-chart').layout.xaxis.range.slice()")
    page.click(f"#timeline-ev-{index_of(timeline, 'closure')} .tl-date")
    wait_until(page, "JSON.stringify(document.querySelector('.tl-chart').layout.xaxis.range) !== "
                     "JSON.stringify(arg)", before)
    after = page.evaluate("document.querySelector('.tl-chart').layout.xaxis.range")
    assert after[0] <= "2022-02-15 12:00" <= after[1]
    page.context.close()


def test_hostile_text_stays_inert(browser, pages, screenshot_dir):
    path, timeline = pages["hostile"]
    loaded = open_page(browser, path)
    page = loaded.page
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img").count() == 0
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(a => a.getAttribute('href'))")
    assert not [h for h in hrefs if h.strip().lower().startswith("javascript")]
    headline = page.inner_text("#timeline-ev-0 .tl-headline")
    assert HOSTILE in headline                                      # shown as text
    page.click("#timeline-ev-0 .tl-date")                           # the detail panel renders it too
    page.wait_for_selector(".tl-detail:not([hidden])")
    assert HOSTILE in page.inner_text(".tl-detail .tl-headline")
    loaded.hover_event(0)
    page.fill(".tl-search", "<script>")
    page.wait_for_timeout(200)
    page.select_option(".tl-actor", index=1)
    page.locator(".tl-sources a").first.hover() if page.locator(".tl-sources a").count() else None
    assert page.evaluate("window.__pwned") is None
    page.screenshot(path=str(screenshot_dir / "hostile-page.png"), full_page=True)
    assert loaded.console_errors() == []
    page.context.close()


def test_no_network_needed_and_no_csp_violations(browser, pages):
    for name in ("story", "hostile", "actors"):
        path, _ = pages[name]
        loaded = open_page(browser, path)
        assert all(url.startswith(("file:", "data:", "blob:")) for url in loaded.requests), loaded.requests
        assert not [t for _, t in loaded.console if "Content Security Policy" in t]
        assert loaded.console_errors() == []
        loaded.page.context.close()


def test_dense_page_uses_webgl_and_density_strip(browser, pages, screenshot_dir):
    path, timeline = pages["dense"]
    loaded = open_page(browser, path)
    page = loaded.page
    points = loaded.points()
    assert points["events"] == len(timeline.events) and points["density"] == len(timeline.events)
    assert "scattergl" in points["traceTypes"] and "histogram" in points["traceTypes"]
    page.locator(".tl-chart").screenshot(path=str(screenshot_dir / "dense-chart.png"))
    middle = len(timeline.events) // 2
    hover = " ".join(loaded.hover_event(middle).split())        # WebGL hover works under the CSP
    event = timeline.events[middle]
    assert event.headline[:20] in hover and "source" in hover and "click for" in hover
    assert event.sources[0].sentence[:30] not in hover          # short: the quotes are a click away
    page.select_option(".tl-status", value="planned")
    planned = sum(e.status == "planned" for e in timeline.events)
    wait_until(page, "document.querySelector('.tl-chart').data.find(t => t.meta && t.meta.role === "
                     "'density').x.length === arg", planned)
    assert loaded.points()["events"] == planned
    assert loaded.console_errors() == []
    page.context.close()


def test_cdn_page_offline_still_lists_everything(browser, pages):
    path, timeline = pages["cdn"]
    loaded = open_page(browser, path, wait_ready=False)
    page = loaded.page
    page.wait_for_selector(".tl-no-chart")
    assert "could not be loaded" in page.inner_text(".tl-chart")
    page.fill(".tl-search", "ferry")
    page.wait_for_timeout(200)
    assert 0 < len(visible_items(page)) < len(timeline.events)
    assert not loaded.errors                                         # no script error, only the blocked load
    page.context.close()


def test_two_fragments_on_one_page(browser, tmp_path):
    import plotly
    from pathlib import Path
    bundle = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    host = tmp_path / "host.html"
    host.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'>"
                    f"<script src='{bundle.as_uri()}'></script></head><body><h1>Report</h1>"
                    + render_div(story_timeline(), plotlyjs="none", div_id="first")
                    + "<p>Between the charts.</p>"
                    + render_div(make_timeline(30, seed=2), plotlyjs="none", div_id="second")
                    + "</body></html>", encoding="utf-8")
    loaded = open_page(browser, host, wait_ready=False)
    page = loaded.page
    page.wait_for_selector("#first[data-chart-ready]", state="attached")
    page.wait_for_selector("#second[data-chart-ready]", state="attached")
    page.fill("#first .tl-search", "ferry")
    page.wait_for_timeout(200)
    first = page.locator("#first .tl-list-body .tl-event").count()
    assert 0 < first < len(story_timeline().events) + len(story_timeline().undated)
    assert page.locator("#second .tl-list-body .tl-event").count() == 30 + 3
    assert loaded.console_errors() == []
    page.context.close()


def test_a_long_list_is_rendered_a_page_at_a_time(browser, tmp_path, screenshot_dir):
    timeline = make_timeline(2000, seed=21)
    docs = DocIndex(timeline)
    path = tmp_path / "long.html"
    write_timeline(timeline, path)
    loaded = open_page(browser, path)
    page = loaded.page
    first = page.locator(LISTED).count()
    assert 0 < first < 400                                          # not 2,000 list items
    page.click(".tl-list .tl-later")                                 # "show more" appends the next page
    wait_until(page, f"document.querySelectorAll({LISTED!r}).length > arg", first)
    # a point far down the list: its details, then the list opens around it
    target = len(timeline.events) - 5
    loaded.hover_event(target)
    page.mouse.down()
    page.mouse.up()
    page.wait_for_selector(".tl-detail:not([hidden])")
    assert timeline.events[target].headline in page.inner_text(".tl-detail .tl-headline")
    page.click(".tl-detail-go")
    page.wait_for_selector(f"#timeline-ev-{target}.tl-flash")
    assert page.locator(".tl-list .tl-earlier").count() == 1          # and the way back up
    page.screenshot(path=str(screenshot_dir / "long-list.png"))
    # search runs over the data, not over what happens to be rendered
    word = timeline.events[target].headline.split()[1]
    page.fill(".tl-search", word)
    expected = sum(word.lower() in searchable(e, docs) for e in timeline.events + timeline.undated)
    wait_until(page, "document.querySelector('[data-timeline-root]').dataset.shown === String(arg)", expected)
    assert loaded.console_errors() == []
    page.context.close()


def test_after_a_zoom_the_list_opens_at_the_charts_view(browser, tmp_path):
    timeline = make_timeline(1200, seed=31)
    path = tmp_path / "zoom.html"
    write_timeline(timeline, path)
    loaded = open_page(browser, path)
    page = loaded.page
    assert page.locator(".tl-view").is_hidden()
    page.evaluate("Plotly.relayout(document.querySelector('.tl-chart'), {'xaxis.range': ['2019-03-01', '2019-04-01']})")
    page.wait_for_selector(".tl-view:not([hidden])")
    assert "1 Mar 2019" in page.inner_text(".tl-view")
    page.click(".tl-view-list")
    first = int(page.eval_on_selector(LISTED, "el => el.dataset.index"))
    earlier = [e for e in timeline.events if e.date.start < dt.date(2019, 3, 1)]
    assert timeline.events[first].date.start >= dt.date(2019, 3, 1)
    assert timeline.events[first].date.start <= min(e.date.start for e in timeline.events
                                                    if e.date.start >= dt.date(2019, 3, 1))
    assert page.locator(".tl-list .tl-earlier").count() == (1 if earlier else 0)
    assert loaded.console_errors() == []
    page.context.close()


def test_hostile_text_in_a_dense_chart_hover_stays_inert(browser, tmp_path):
    import dataclasses
    base = make_timeline(DENSE_FROM + 20, seed=41)
    events = tuple(dataclasses.replace(e, headline=f"{HOSTILE} {e.headline}") for e in base.events)
    path = tmp_path / "dense-hostile.html"
    write_timeline(dataclasses.replace(base, events=events), path)
    loaded = open_page(browser, path)
    hover = loaded.hover_event(100)                                 # hover text built by page.js
    assert "<script>" in hover and loaded.page.evaluate("window.__pwned") is None
    assert loaded.page.locator(".hoverlayer img, .tl-root img").count() == 0
    assert loaded.console_errors() == []
    loaded.page.context.close()
