"""Generated pages in a real headless Chromium: chart drawn, hover, search and filters on both
the chart and the list, no console errors, offline, and hostile article text inert."""
from __future__ import annotations

import pytest

from browser_helpers import open_page, wait_chart_events, wait_until
from synthetic_timelines import HOSTILE, hostile_timeline, make_timeline, story_timeline
from timeline.render import write_timeline
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


def visible_items(page) -> list[str]:
    return page.eval_on_selector_all(".tl-event:not([hidden])", "els => els.map(e => e.id)")


def index_of(timeline, event_id: str) -> int:
    return next(i for i, e in enumerate(timeline.events) if e.id == event_id)


def test_chart_draws_every_event(browser, pages, screenshot_dir):
    path, timeline = pages["story"]
    loaded = open_page(browser, path)
    points = loaded.points()
    assert points["events"] == len(timeline.events)
    assert points["svgPoints"] >= len(timeline.events)            # actually drawn as SVG markers
    assert loaded.page.locator(".tl-event").count() == len(timeline.events) + len(timeline.undated)
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


def test_clicking_a_point_jumps_to_its_event(browser, pages):
    path, timeline = pages["story"]
    loaded = open_page(browser, path)
    page = loaded.page
    target = index_of(timeline, "protest")
    loaded.hover_event(target)
    page.mouse.down()
    page.mouse.up()
    page.wait_for_selector(f"#timeline-ev-{target}.tl-flash")
    wait_until(page, "(r => r.top >= 0 && r.bottom <= innerHeight)(document.getElementById(arg)"
                     ".getBoundingClientRect())", f"timeline-ev-{target}")
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
    hover = " ".join(loaded.hover_event(len(timeline.events) // 2).split())     # WebGL hover works under the CSP
    assert "•" in hover and "source" in hover
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
    assert page.locator("#first .tl-event:not([hidden])").count() < page.locator("#first .tl-event").count()
    assert page.locator("#second .tl-event:not([hidden])").count() == page.locator("#second .tl-event").count()
    assert loaded.console_errors() == []
    page.context.close()
