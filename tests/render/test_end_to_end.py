"""The whole product as a user runs it: the `timeline` command reads articles from disk (the demo
fixtures, and a hostile article carrying markup and script) and writes the page, which then loads in
headless Chromium with the chart drawn, every event in the list, and the hostile text shown as text."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from browser_helpers import open_page

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "fixtures" / "harbor"

# An invented article whose every field an attacker controls: title, outlet, body.
HOSTILE_RECORD = {
    "id": "hostile-1",
    "title": "Council <script>window.__pwned = 'title'</script> votes",
    "source": "<img src=x onerror=\"window.__pwned='source'\">Gazette",
    "url": "javascript:window.__pwned='url'",
    "published": "2023-03-09",
    "text": (
        "The harbor council <b onmouseover=\"window.__pwned='bold'\">voted</b> on Tuesday to reopen the "
        "ferry pier.\n\nThe mayor said <script>window.__pwned = 'body'</script> the pier would reopen "
        "on Monday. Inspectors <img src=x onerror=\"window.__pwned='img'\"> found cracks two weeks ago."
    ),
}


def run_timeline(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "timeline", *args], cwd=REPO, capture_output=True,
                          text=True, timeout=300)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The fixtures plus one hostile JSONL article, built once to HTML and once to JSON."""
    folder = tmp_path_factory.mktemp("e2e")
    articles = folder / "articles"
    articles.mkdir()
    for path in FIXTURES.iterdir():
        if path.is_file() and not path.name.endswith(".toml"):
            (articles / path.name).write_bytes(path.read_bytes())
    (articles / "hostile.jsonl").write_text(json.dumps(HOSTILE_RECORD) + "\n", encoding="utf-8")
    page, data = folder / "timeline.html", folder / "timeline.json"
    for out in (page, data):
        done = run_timeline("build", str(articles), "-o", str(out), "--title", "Harbor <i>story</i>", "-q")
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
    return page, json.loads(data.read_text(encoding="utf-8"))


def test_the_built_page_draws_every_dated_event_and_lists_all(browser, built, screenshot_dir):
    page_path, data = built
    loaded = open_page(browser, page_path)
    page = loaded.page
    dated, undated = len(data["events"]), len(data["undated"])
    assert dated >= 50 and undated >= 1                      # the fixtures tell a long story
    points = loaded.points()
    assert points.get("events") == dated, points
    listed = page.eval_on_selector_all(".tl-list-body .tl-event", "els => els.length")
    # the list pages long timelines; what it shows at first is never more than there is
    assert 0 < listed <= dated + undated
    summary = page.inner_text("body")
    assert f"{dated + undated} events" in summary or f"{dated} events" in summary
    assert "Harbor <i>story</i>" in page.title()              # the title is text, not markup
    page.screenshot(path=str(screenshot_dir / "end-to-end.png"), full_page=False)
    assert loaded.console_errors() == []
    page.context.close()


def test_hostile_article_is_shown_as_text_and_never_runs(browser, built):
    page_path, data = built
    hostile_events = [e for e in data["events"] + data["undated"]
                      if any(s["doc"] == "hostile-1" for s in e["sources"])]
    assert hostile_events, "the hostile article's happenings must still be on the timeline"
    loaded = open_page(browser, page_path)
    page = loaded.page
    page.fill(".tl-search", "found cracks")              # words only the hostile article has
    page.wait_for_timeout(300)
    listed = page.inner_text(".tl-list-body")
    assert "onerror" in listed                            # the markup is shown as text...
    assert page.locator(".tl-list-body .tl-event").count() >= 1
    for i in range(page.locator(".tl-list-body .tl-event .tl-date").count()):
        page.locator(".tl-list-body .tl-event .tl-date").nth(i).click()
    page.mouse.move(10, 10)
    assert page.evaluate("window.__pwned") is None
    # no element the article could have smuggled in: the only scripts are the page's own
    assert page.locator("b[onmouseover], img[onerror]").count() == 0
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(a => a.getAttribute('href'))")
    assert not [h for h in hrefs if h.strip().lower().startswith("javascript")]
    assert loaded.console_errors() == []
    page.context.close()
