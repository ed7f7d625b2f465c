"""csv, TimelineJS and json exports, and writing files."""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys

from pathlib import Path

import pytest

from synthetic_timelines import HOSTILE, hostile_timeline, make_timeline, story_timeline
from timeline.errors import ExportError, OutputError, UsageError
from timeline.model import Timeline
from timeline.render import FORMATS, TEXT_FORMATS, format_for_path, render, write_timeline
from timeline.render.csv_export import COLUMNS
from timeline.render.text import clean

REPO = Path(__file__).resolve().parents[2]


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_csv_has_one_row_per_event_dated_then_undated():
    timeline = story_timeline()
    table = rows(render(timeline, "csv"))
    assert tuple(table[0]) == COLUMNS
    ids = [r[0] for r in table[1:]]
    assert ids == [e.id for e in timeline.events] + [e.id for e in timeline.undated]
    closure = dict(zip(COLUMNS, table[1 + ids.index("closure")]))
    assert closure["date_start"] == closure["date_end"] == "2022-02-15" and closure["granularity"] == "day"
    assert closure["actors"] == "Mayor Lina Ortiz; City Council"
    assert closure["sources"] == "herald-0216; wire-0217" and closure["corroboration"] == "2"
    assert closure["first_sentence"].startswith("The city closed the harbor bridge on Tuesday")
    meeting = dict(zip(COLUMNS, table[1 + ids.index("meeting")]))
    assert meeting["conflict"] == "2022-02-17; 2022-02-18"
    funding = dict(zip(COLUMNS, table[-1]))
    assert funding["date_value"] == "" and funding["headline"] == "State promises repair funding"


def test_csv_quotes_and_defuses_formulas():
    table = rows(render(hostile_timeline(), "csv"))
    cells = [c for r in table[1:] for c in r]
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)
    assert "'=HYPERLINK(\"http://evil.example\")" in cells
    assert "'@attacker" in cells
    first = dict(zip(COLUMNS, table[1]))
    assert first["headline"] == clean(f"Headline {HOSTILE}")       # commas and quotes survive the round trip
    assert len({len(r) for r in table}) == 1


def test_csv_for_many_events_parses_back():
    timeline = make_timeline(500, seed=11)
    table = rows(render(timeline, "csv"))
    assert len(table) == 1 + 500 + len(timeline.undated)


# --- TimelineJS: the terms TimelineJS3's own loader checks (TimelineConfig / TLDate) ---------------

SLIDE_KEYS = {"start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink",
              "unique_id"}
DATE_PARTS = ("year", "month", "day", "hour", "minute", "second", "millisecond")
LIMITS = {"month": (1, 12), "day": (1, 31), "hour": (0, 23), "minute": (0, 59), "second": (0, 59)}


def check_timelinejs_date(date) -> tuple:
    assert isinstance(date, dict) and "year" in date, "start_date.year is required"
    for key, value in date.items():
        if key in ("display_date", "format"):
            assert isinstance(value, str) and "<" not in value
            continue
        assert key in DATE_PARTS, key
        assert re.fullmatch(r"-?\d*", str(value).strip()), f"{key} = {value!r} is not int-like"
        if key in LIMITS:
            low, high = LIMITS[key]
            assert low <= int(value) <= high, (key, value)
    return tuple(int(date.get(p, 1 if p in ("month", "day") else 0)) for p in DATE_PARTS)


def validate_timelinejs(data: dict) -> None:
    assert isinstance(data.get("events"), list) and data["events"], "Timeline configuration has no events"
    assert data.get("scale", "human") in ("human", "cosmological")
    if "title" in data:
        assert set(data["title"]) <= SLIDE_KEYS
    seen = set()
    for slide in data["events"]:
        assert set(slide) <= SLIDE_KEYS, set(slide) - SLIDE_KEYS
        start = check_timelinejs_date(slide["start_date"])
        if "end_date" in slide:
            assert check_timelinejs_date(slide["end_date"]) >= start
        text = slide.get("text", {})
        assert set(text) <= {"headline", "text"} and all(isinstance(v, str) for v in text.values())
        assert "<" not in slide.get("group", "")
        uid = slide.get("unique_id")
        assert uid and re.fullmatch(r"[a-z0-9_-]+", uid) and uid not in seen
        seen.add(uid)


def test_timelinejs_validates_and_keeps_only_known_date_parts():
    timeline = story_timeline()
    data = json.loads(render(timeline, "timelinejs"))
    validate_timelinejs(data)
    by_id = {s["unique_id"]: s for s in data["events"]}
    assert by_id["ev-inspect2015"]["start_date"] == {"year": 2015} and "end_date" not in by_id["ev-inspect2015"]
    assert by_id["ev-reopen"]["start_date"] == {"year": 2022, "month": 3}
    assert by_id["ev-closure"]["start_date"] == {"year": 2022, "month": 2, "day": 15}
    assert by_id["ev-ferry"]["display_date"] == "since 2014"
    assert by_id["ev-closure"]["group"] == "Several sources"
    assert len(data["events"]) == len(timeline.events)
    assert "State promises repair funding" in data["title"]["text"]["text"]      # undated: on the title slide


def test_timelinejs_escapes_article_text():
    data = json.loads(render(hostile_timeline(), "timelinejs"))
    validate_timelinejs(data)
    blob = json.dumps(data)
    assert "<script" not in blob and "<img" not in blob and "&lt;script&gt;" in blob


def test_timelinejs_at_scale():
    validate_timelinejs(json.loads(render(make_timeline(2000, seed=3), "timelinejs")))


def test_json_is_the_contract():
    data = json.loads(render(story_timeline(), "json"))
    assert {"documents", "events", "undated", "warnings"} <= set(data)
    assert data["events"][2]["date"]["start"] == "2022-02-15"


def test_text_exports_do_not_import_plotly():
    code = ("import sys; sys.path.insert(0, 'tests/render'); from synthetic_timelines import story_timeline; "
            "from timeline.render import render; [render(story_timeline(), f) for f in ('json', 'csv', 'timelinejs')]; "
            "print('plotly' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("name, fmt", [
    ("t.html", "html"), ("t.HTM", "html"), ("t", "html"), ("t.csv", "csv"), ("t.json", "json"),
    ("t.timelinejs.json", "timelinejs"), ("t.div", "div"), ("t.png", "png"), ("t.svg", "svg"), ("t.pdf", "pdf"),
    ("t.weird", "html"),
])
def test_format_from_extension(name, fmt):
    assert format_for_path(name) == fmt


@pytest.mark.parametrize("fmt", [f for f in TEXT_FORMATS])
def test_write_text_formats(tmp_path, fmt):
    target = tmp_path / "deep" / "dir" / f"out.{fmt}"
    write_timeline(story_timeline(), target, fmt=fmt)
    assert target.read_bytes().decode("utf-8") == render(story_timeline(), fmt)
    assert [p.name for p in target.parent.iterdir()] == [target.name]        # no partial file left


def test_unwritable_path_is_one_line_output_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError) as err:
        write_timeline(story_timeline(), blocker / "out.csv")
    assert "\n" not in str(err.value) and str(blocker / "out.csv") in str(err.value)
    with pytest.raises(OutputError):
        write_timeline(story_timeline(), tmp_path, fmt="csv")                  # a directory


def test_unknown_format_is_a_usage_error():
    assert set(TEXT_FORMATS) < set(FORMATS)
    with pytest.raises(UsageError):
        render(story_timeline(), "docx")


def test_missing_browser_is_a_clear_export_error(monkeypatch, tmp_path):
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-chrome-here"))
    with pytest.raises(ExportError) as err:
        render(story_timeline(), "png")
    message = str(err.value)
    assert "\n" not in message and "apt-get install chromium" in message and "plotly_get_chrome" in message


def test_empty_timeline_exports():
    empty = Timeline(title="Empty", documents=(), events=())
    assert rows(render(empty, "csv")) == [list(COLUMNS)]
    assert json.loads(render(empty, "timelinejs"))["events"] == []


def _reference_json(timeline) -> str:
    """What the json export has always been: one json.dumps of the contract dict."""
    from timeline.render.json_export import timeline_to_dict
    return json.dumps(timeline_to_dict(timeline), ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("chunk", [1, 7, 500])
def test_streamed_json_is_byte_identical_to_the_contract(chunk):
    import dataclasses
    from timeline.render.json_export import write_json
    for timeline in (story_timeline(), hostile_timeline(), make_timeline(300, seed=5),
                     Timeline(title="Empty", documents=(), events=()),
                     dataclasses.replace(story_timeline(), about="Port Authority")):
        pieces: list[str] = []
        write_json(timeline, pieces.append, chunk=chunk)
        assert "".join(pieces) == _reference_json(timeline) == render(timeline, "json")


def test_json_reads_back_into_the_same_timeline():
    from timeline.render.json_export import timeline_from_dict
    for timeline in (story_timeline(), hostile_timeline(), make_timeline(200, seed=8)):
        text = render(timeline, "json")
        again = timeline_from_dict(json.loads(text))
        assert render(again, "json") == text
        assert again.events[0].date == timeline.events[0].date


def test_a_failed_write_leaves_no_partial_file(tmp_path, monkeypatch):
    import timeline.render.page as page

    def broken(*args, **kwargs):
        raise RuntimeError("renderer failed half way")

    monkeypatch.setattr(page, "write_page", broken)
    target = tmp_path / "out.html"
    with pytest.raises(RuntimeError):
        write_timeline(story_timeline(), target)
    assert list(tmp_path.iterdir()) == []
