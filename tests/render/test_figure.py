"""The chart, checked through the figure plotly would draw."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from synthetic_timelines import hostile_timeline, make_timeline, story_timeline
from timeline.errors import UsageError
from timeline.model import Event, Timeline
from timeline.render import dates as D
from timeline.render.figure import DENSE_FROM, MAX_LABELS, build_figure
from timeline.render.lanes import MAX_LANES, NO_ACTOR, SEVERAL_SOURCES


def traces(fig, role):
    return [t for t in fig.data if (t.meta or {}).get("role") == role]


def drawn(trace):
    return [(x, c) for x, c in zip(trace.x, trace.customdata) if x is not None]


@pytest.mark.parametrize("n", [1, 10, 100, DENSE_FROM + 10])
def test_every_dated_event_is_one_marker(n):
    timeline = make_timeline(n, seed=n)
    fig = build_figure(timeline)
    indices = sorted(c for t in traces(fig, "events") for c in t.customdata)
    assert indices == list(range(n))
    assert fig.layout.meta["events"] == n


def test_coarse_dates_are_bars_covering_their_period():
    timeline = story_timeline()
    fig = build_figure(timeline)
    bars = {c: [] for t in traces(fig, "bars") for _, c in drawn(t)}
    for t in traces(fig, "bars"):
        for x, c in drawn(t):
            bars[c].append(x)
    for index, event in enumerate(timeline.events):
        if event.date.end > event.date.start:
            start, end = D.span_bounds(event.date)
            assert bars[index] == [D.iso_minute(start), D.iso_minute(end)], event.id
        else:
            assert index not in bars, event.id


def test_open_range_continues_to_when_it_was_reported():
    timeline = story_timeline()
    index = next(i for i, e in enumerate(timeline.events) if e.id == "ferry")
    fig = build_figure(timeline)
    (open_trace,) = traces(fig, "open")
    xs = [x for x, c in drawn(open_trace) if c == index]
    assert xs[0] == "2015-01-01 00:00" and xs[1].startswith("2022-02-16")   # the article's publication


def test_planned_and_conflicting_events_look_different():
    timeline = story_timeline()
    fig = build_figure(timeline)
    symbol_of = {}
    for t in traces(fig, "events"):
        for c in t.customdata:           # one style per trace: every marker of a trace looks the same
            symbol_of[timeline.events[c].id] = t.marker.symbol
    assert symbol_of["exercise"].endswith("-open")           # planned: hollow
    assert symbol_of["reopen"].endswith("-open")             # hypothetical: hollow
    assert symbol_of["meeting"] == "diamond"                 # sources disagree
    assert symbol_of["closure"] == "circle"
    (conflicts,) = traces(fig, "conflicts")
    meeting = next(i for i, e in enumerate(timeline.events) if e.id == "meeting")
    alternatives = [x for x, c in drawn(conflicts) if c == meeting]
    assert D.marker_x(timeline.events[meeting].conflict[1]) in alternatives   # the other date is drawn


def test_marker_size_grows_with_corroboration():
    timeline = make_timeline(200, seed=4)
    fig = build_figure(timeline)
    size_by_corroboration = {}
    for t in traces(fig, "events"):
        for c, size in zip(t.customdata, t.marker.size):
            size_by_corroboration.setdefault(timeline.events[c].corroboration, set()).add(size)
    levels = sorted(size_by_corroboration)
    assert len(levels) > 1
    for low, high in zip(levels, levels[1:]):
        assert max(size_by_corroboration[low]) < min(size_by_corroboration[high])


def test_hover_has_headline_date_provenance_sources_and_sentence():
    timeline = story_timeline()
    fig = build_figure(timeline)
    closure = next(i for i, e in enumerate(timeline.events) if e.id == "closure")
    hover = next(h for t in traces(fig, "events") for c, h in zip(t.customdata, t.hovertext) if c == closure)
    flat = " ".join(hover.replace("<br>", " ").split())
    assert "City closes the harbor bridge" in flat
    assert "Tue 15 Feb 2022" in flat
    assert "the Tuesday before publication (Wed 2022-02-16)" in flat
    assert "Harbor Herald" in flat and "Valley Wire" in flat
    assert "inspectors found cracks" in flat


def test_range_buttons_and_slider():
    fig = build_figure(story_timeline())
    labels = [b.label for b in fig.layout.xaxis.rangeselector.buttons]
    assert labels == ["1w", "1m", "1y", "all"]
    assert fig.layout.xaxis.rangeslider.visible
    assert fig.layout.yaxis.fixedrange          # zoom acts on time only


def test_distant_context_events_do_not_squash_the_story():
    timeline = story_timeline()      # 2014 and 2015 context, the story in Feb-Mar 2022
    fig = build_figure(timeline)
    start, end = fig.layout.xaxis.range
    assert start.startswith("2022-02") and end < "2022-04"
    assert fig.layout.meta["focused"]
    assert fig.layout.xaxis.rangeslider.range[0] < "2014-02"     # the slider still shows everything


def test_evenly_spread_events_are_shown_whole():
    fig = build_figure(make_timeline(300, seed=9, span_days=2000))
    assert not fig.layout.meta["focused"]


def test_large_timelines_switch_to_webgl_with_a_density_strip():
    small = build_figure(make_timeline(DENSE_FROM - 1, seed=1))
    big = build_figure(make_timeline(DENSE_FROM, seed=1))
    assert {t.type for t in small.data} == {"scatter"}
    assert not traces(small, "density")
    assert {t.type for t in traces(big, "events")} == {"scattergl"}
    (density,) = traces(big, "density")
    assert density.type == "histogram" and len(density.x) == DENSE_FROM
    assert "rangeslider" not in big.layout.xaxis.to_plotly_json()


def _label_boxes(fig):
    out = []
    for a in fig.layout.annotations:
        if not (a.name or "").startswith("ev-"):
            continue
        out.append(a)
    return out


@pytest.mark.parametrize("n", [10, 60, 400])
def test_labels_are_few_and_go_to_the_most_corroborated(n):
    timeline = make_timeline(n, seed=n)
    fig = build_figure(timeline)
    labels = _label_boxes(fig)
    assert 0 < len(labels) <= MAX_LABELS
    labelled = [timeline.events[int(a.name[3:])] for a in labels]
    mean = sum(e.corroboration for e in timeline.events) / n
    if len(labelled) == n:
        return                           # small enough that every event has its label
    assert sum(e.corroboration for e in labelled) / len(labelled) > mean
    assert all(len(a.text) <= 40 for a in labels)


def test_lanes_by_source_actor_status():
    timeline = story_timeline()
    by_source = build_figure(timeline, lanes="source").layout.yaxis.ticktext
    assert by_source[0] == SEVERAL_SOURCES and set(by_source[1:]) == {"Harbor Herald", "Valley Wire"}
    by_status = build_figure(timeline, lanes="status").layout.yaxis.ticktext
    assert list(by_status) == ["Occurred", "Planned", "Did not happen", "Hypothetical"]
    by_actor = build_figure(timeline, lanes="actor").layout.yaxis.ticktext
    assert "Port Authority" in by_actor
    with pytest.raises(UsageError):
        build_figure(timeline, lanes="colour")


def test_many_lanes_fold_into_other():
    timeline = make_timeline(300, seed=2)
    ticks = build_figure(timeline, lanes="actor").layout.yaxis.ticktext
    assert len(ticks) == MAX_LANES and list(ticks[-2:]) == ["Other actors", NO_ACTOR]   # the catch-all stays last


def test_figure_is_deterministic():
    first = build_figure(make_timeline(120, seed=7)).to_json()
    second = build_figure(make_timeline(120, seed=7)).to_json()
    assert first == second


def test_article_text_reaches_plotly_escaped():
    fig = build_figure(hostile_timeline(), lanes="actor")
    text = json.dumps(fig.to_plotly_json())
    assert "<script" not in text and "<img" not in text
    assert "&lt;script&gt;" in text


def test_empty_timeline_still_draws():
    fig = build_figure(Timeline(title="Nothing", documents=(), events=()))
    assert any("No dated events" in (a.text or "") for a in fig.layout.annotations)


def test_static_figure_for_images_has_no_widgets_and_notes_hidden_context():
    fig = build_figure(story_timeline(), static=True)
    assert "rangeselector" not in fig.layout.xaxis.to_plotly_json()
    texts = " ".join(a.text for a in fig.layout.annotations)
    assert "2 earlier events (2014–2015) not shown" in texts
    assert "Marker size" in texts


def test_undated_events_are_not_charted():
    base = story_timeline()
    extra = Event("loose", "No date", None, base.events[0].sources)
    fig = build_figure(Timeline(title="t", documents=base.documents, events=base.events + (extra,)))
    indices = sorted(c for t in traces(fig, "events") for c in t.customdata)
    assert indices == list(range(len(base.events)))


def test_page_mode_leaves_dense_hover_and_density_to_the_page():
    from timeline.render.figure import figure_spec
    timeline = make_timeline(DENSE_FROM + 50, seed=3)
    spec = figure_spec(timeline, for_page=True)
    events = [t for t in spec["data"] if t["meta"]["role"] == "events"]
    assert events and all("hovertext" not in t and t["meta"]["hover"] == "data" for t in events)
    (density,) = [t for t in spec["data"] if t["meta"]["role"] == "density"]
    assert density["x"] == [] and density["meta"]["fill"] == "events"
    # plotly users get a short hover instead: headline, date, number of sources; no quotes
    fig = build_figure(timeline)
    index = traces(fig, "events")[0].customdata[0]
    hover = traces(fig, "events")[0].hovertext[0]
    event = timeline.events[index]
    assert event.headline in hover and "source" in hover and event.sources[0].sentence not in hover


def test_dates_without_a_date_in_the_sentence_are_faded_and_not_stretched():
    base = story_timeline()
    ferry = next(i for i, e in enumerate(base.events) if e.id == "ferry")     # 'since 2014', open-ended
    inferred = dataclasses.replace(base.events[ferry], date=dataclasses.replace(base.events[ferry].date,
                                                                              basis="publication"))
    timeline = dataclasses.replace(base, events=base.events[:ferry] + (inferred,) + base.events[ferry + 1:])
    fig = build_figure(timeline)
    (faded,) = [t for t in traces(fig, "events") if t.meta["inferred"]]
    assert list(faded.customdata) == [ferry] and faded.marker.opacity < 0.5
    assert not any(c == ferry for t in traces(fig, "open") for c in t.customdata)


def test_before_dates_get_a_short_tail_not_a_line_to_the_first_event():
    base = story_timeline()
    long_ago = Event("old", "Harbor dredged", D_year(1900), base.events[0].sources)
    before = Event("before", "Repairs finished before the vote", dataclasses.replace(
        base.events[-1].date, mod="BEFORE"), base.events[-1].sources)
    timeline = dataclasses.replace(base, events=(long_ago,) + base.events + (before,))
    fig = build_figure(timeline)
    index = len(timeline.events) - 1
    (xs,) = [[x for x, c in drawn(t) if c == index] for t in traces(fig, "open") if index in t.customdata]
    assert xs[0] > "2022-01"                        # not back to 1900


def test_dense_charts_focus_on_the_bulk_and_bin_for_it():
    from timeline.render.figure import figure_spec
    base = make_timeline(DENSE_FROM + 100, seed=6, start=dt.date(2014, 1, 1), span_days=1000)
    outliers = tuple(Event(f"x{i}", "Context", D_year(1100 + i), base.events[0].sources) for i in range(3))
    timeline = dataclasses.replace(base, events=outliers + base.events)
    spec = figure_spec(timeline, for_page=True)
    start, end = spec["layout"]["xaxis"]["range"]
    assert start > "2013" and end < "2017"
    (density,) = [t for t in spec["data"] if t["meta"]["role"] == "density"]
    bins = (dt.datetime.fromisoformat(end) - dt.datetime.fromisoformat(start)).total_seconds() * 1000 / density["xbins"]["size"]
    assert 60 <= bins <= 130                        # bars sized for what is on screen, not for 1100-2016


def D_year(year):
    from synthetic_timelines import year_date
    return year_date(year)
