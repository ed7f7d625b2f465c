"""The page and the fragment as HTML: structure, escaping, determinism, CSP (no browser needed)."""
from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

from pathlib import Path

import pytest

from synthetic_timelines import HOSTILE, hostile_timeline, make_timeline, story_timeline
from timeline.errors import UsageError
from timeline.model import Timeline
from timeline.render import render
from timeline.render.page import render_div, render_page


class Collect(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self.text: list[str] = []
        self._in_script: dict | None = None
        self._script_text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "script":
            self._in_script, self._script_text = attrs, []

    def handle_endtag(self, tag):
        if tag == "script" and self._in_script is not None:
            self.scripts.append((self._in_script, "".join(self._script_text)))
            self._in_script = None

    def handle_data(self, data):
        if self._in_script is not None:
            self._script_text.append(data)
        else:
            self.text.append(data)

REPO = Path(__file__).resolve().parents[2]


def parse(html: str) -> Collect:
    parser = Collect()
    parser.feed(html)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def story_html():
    return render_page(story_timeline())


def json_blocks(html: str) -> dict:
    """The page's application/json blocks by class: tl-figure, tl-data."""
    blocks = {}
    for match in re.finditer(r'<script type="application/json" class="([^"]+)">(.*?)</script>', html, re.S):
        blocks[match.group(1)] = json.loads(match.group(2))
    return blocks


def listed(data: dict) -> list[int]:
    """Event indices in the order the page lists them: by day group, then index; undated last."""
    dated = sorted((rec[0], k) for k, rec in enumerate(data["events"]) if rec[0] >= 0 and k < data["dated"])
    return [k for _, k in dated] + [k for k, rec in enumerate(data["events"]) if rec[0] < 0 or k >= data["dated"]]


@pytest.fixture(scope="module")
def hostile_html():
    return render_page(hostile_timeline(), plotlyjs="cdn")


def test_same_input_same_bytes():
    assert render_page(make_timeline(80, seed=3)) == render_page(make_timeline(80, seed=3))
    assert render_div(story_timeline()) == render_div(story_timeline())


def test_page_is_self_contained_offline(story_html):
    page = parse(story_html)
    sources = [attrs.get("src") for tag, attrs in page.tags if attrs.get("src")]
    assert sources == []                                   # no external script, image or style
    assert not any(tag == "link" for tag, _ in page.tags)
    inline = [text for attrs, text in page.scripts if "src" not in attrs and attrs.get("type") is None]
    assert any("plotly.js v" in text[:300] for text in inline)


def test_cdn_page_is_small_and_pins_the_bundle():
    html = render_page(story_timeline(), plotlyjs="cdn")
    assert len(html) < 200_000
    page = parse(html)
    (cdn,) = [attrs for attrs, _ in page.scripts if attrs.get("src")]
    assert cdn["src"].startswith("https://cdn.plot.ly/plotly-") and cdn["integrity"].startswith("sha256-")
    with pytest.raises(UsageError):
        render_page(story_timeline(), plotlyjs="bundle")


def test_summary_chart_list_undated_warnings(story_html):
    page = parse(story_html)
    text = " ".join(" ".join(page.text).split())
    assert "2 documents · 8 dated events · 1 undated event · from 2014 to March 2022 · 1 warning" in text
    assert "Undated events (1)" in text and "Warnings (1)" in text and "used the dateline" in text
    data = json_blocks(story_html)["tl-data"]
    strings = data["strings"]
    timeline = story_timeline()
    closure = data["events"][next(i for i, e in enumerate(timeline.events) if e.id == "closure")]
    assert closure[1] == "City closes the harbor bridge after cracks are found"
    assert strings[closure[4]] == "Tue 15 Feb 2022"
    assert strings[closure[5]] == "“Tuesday”: the Tuesday before publication (Wed 2022-02-16)"
    first_source = closure[7][0]
    assert first_source[6:8] == ["We had no choice", "Mayor Lina Ortiz"]      # quote, speaker
    assert [g[0] for g in data["groups"]][2] == "Tuesday 15 February 2022"
    (funding,) = [rec for k, rec in enumerate(data["events"]) if k >= data["dated"]]
    assert funding[0] == -1 and funding[1] == "State promises repair funding"
    herald = next(d for d in data["docs"] if d[0] == "Harbor Herald")
    assert herald[2] == "https://herald.example/bridge-shut" and strings[herald[3]] == "Wed 16 Feb 2022"


def test_list_is_chronological_and_grouped_by_day(story_html):
    timeline = story_timeline()
    data = json_blocks(story_html)["tl-data"]
    order = listed(data)
    assert sorted(order) == list(range(len(timeline.events) + len(timeline.undated)))
    dated = [k for k in order if k < len(timeline.events)]
    starts = [timeline.events[k].date.start for k in dated]
    assert starts == sorted(starts)
    headings = [g[0] for g in data["groups"]]
    assert len(headings) == len(set(headings))                 # one group per day or period


def test_page_carries_each_event_once_compactly():
    timeline = make_timeline(3000, seed=12)
    html = render_page(timeline, plotlyjs="cdn")
    blocks = json_blocks(html)
    data, figure = blocks["tl-data"], blocks["tl-figure"]
    assert len(data["events"]) == len(timeline.events) + len(timeline.undated)
    assert [rec[1] for rec in data["events"][:len(timeline.events)]] == [e.headline for e in timeline.events]
    assert 'class="tl-event"' not in html                      # the list is drawn from the data, not markup
    for trace in figure["data"]:                               # dense: hover and density come from the data
        assert "hovertext" not in trace or trace["meta"]["role"] == "conflicts"
        if trace["meta"]["role"] == "density":
            assert trace["x"] == [] and trace["meta"]["fill"] == "events"
    sentences = sum(len(s.sentence.encode()) for e in timeline.events + timeline.undated for s in e.sources)
    assert (len(html.encode()) - sentences) / len(data["events"]) < 300    # bytes per event beyond the quotes
def test_filters_offer_sources_actors_statuses(story_html):
    page = parse(story_html)
    options = [attrs.get("value") for tag, attrs in page.tags if tag == "option"]
    text = " ".join(page.text)
    assert "Harbor Herald (" in text and "Valley Wire (" in text and "Port Authority (" in text
    assert "planned" in options and "negated" in options


def test_hostile_text_is_inert_in_the_html(hostile_html):
    page = parse(hostile_html)
    for tag, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        for name in ("href", "src", "action", "formaction"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:", "vbscript:")), (tag, attrs)
        assert tag != "img"
    kinds = sorted(attrs.get("type") or ("src" if attrs.get("src") else "inline") for attrs, _ in page.scripts)
    assert kinds == ["application/json", "application/json", "inline", "src"]   # figure, events, our script, plotly.js
    assert HOSTILE in " ".join(page.text)                     # shown literally, as text
    assert "window.__pwned" not in "".join(text for attrs, text in page.scripts if attrs.get("type") is None)


def test_embedded_json_cannot_break_out_of_its_block(hostile_html):
    blocks = [text for attrs, text in parse(hostile_html).scripts if attrs.get("type") == "application/json"]
    assert len(blocks) == 2
    for text in blocks:
        assert "<" not in text and "\u2028" not in text
    figure, data = (json.loads(text) for text in blocks)
    assert figure["data"] and figure["layout"]
    assert HOSTILE in data["events"][0][1]                     # carried as data, shown by textContent


def test_csp_allows_exactly_the_page_scripts(story_html):
    page = parse(story_html)
    (csp,) = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    for attrs, text in page.scripts:
        if attrs.get("type") is None and "src" not in attrs:
            digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
            assert f"'sha256-{digest}'" in csp


def test_div_fragment_embeds_with_prefixed_ids():
    fragment = render(story_timeline(), "div", div_id="bridge")
    assert not fragment.lstrip().lower().startswith(("<!doctype", "<html"))
    assert 'id="bridge"' in fragment and 'id="bridge-chart"' in fragment and 'id="timeline' not in fragment
    assert "https://cdn.plot.ly/plotly-" in fragment            # cdn by default for fragments
    assert "plotly.js v" not in fragment
    assert "plotly.js v" in render_div(story_timeline(), plotlyjs="inline")
    assert "cdn.plot.ly" not in render_div(story_timeline(), plotlyjs="none")


def test_timeline_without_events_renders_a_page():
    html = render_page(Timeline(title="Empty", documents=(), events=()))
    assert "No dated events" in html and 'class="tl-figure"' not in html


def test_bytes_do_not_depend_on_hash_seed():
    import subprocess
    import sys
    code = ("import sys, hashlib; sys.path.insert(0, 'tests/render'); from synthetic_timelines import make_timeline;"
            "from timeline.render import render; t = make_timeline(150, seed=4);"
            "print(''.join(hashlib.sha256(render(t, f).encode()).hexdigest()[:16] for f in "
            "('html', 'div', 'csv', 'timelinejs', 'json')))")
    digests = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              cwd=REPO, env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}).stdout for seed in ("1", "2")}
    assert len(digests) == 1


def test_eval_is_allowed_only_for_webgl_charts(story_html):
    from timeline.render.figure import DENSE_FROM
    assert "'unsafe-eval'" not in story_html
    dense = render_page(make_timeline(DENSE_FROM, seed=1), plotlyjs="cdn")
    assert "'unsafe-eval'" in dense.split("Content-Security-Policy", 1)[1].split(">", 1)[0]
