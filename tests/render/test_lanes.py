"""Which lane an event goes in, and what a document is called."""
from __future__ import annotations

import datetime as dt

import pytest

from synthetic_timelines import _src, day_date
from timeline.model import DocumentInfo, Event, Timeline
from timeline.render.lanes import (MAX_LANES, SEVERAL_SOURCES, UNKNOWN_OUTLET, DocIndex, doc_label, plan_lanes,
                                   url_host)

DAY = dt.date(2022, 2, 15)


def doc(doc_id, source=None, url=None, title=None, path=None):
    return DocumentInfo(id=doc_id, source=source, url=url, title=title, path=path, published=DAY)


def event(event_id, *doc_ids):
    sentence = "The council voted on Tuesday."
    return Event(event_id, f"Vote {event_id}", day_date(DAY),
                 tuple(_src(d, sentence, "voted", day_date(DAY)) for d in doc_ids))


def lanes_of(docs, events):
    timeline = Timeline(title="t", documents=tuple(docs), events=tuple(events))
    plan = plan_lanes(timeline.events, "source", DocIndex(timeline))
    return plan.names, {e.id: plan.names[k] for e, k in zip(events, plan.of_event)}


@pytest.mark.parametrize("url, host", [
    ("https://www.herald.example/a/b", "herald.example"),
    ("HTTP://News.Example:8080/x", "news.example"),
    ("javascript:alert(1)", ""),
    ("/relative", ""),
    (None, ""),
])
def test_url_host(url, host):
    assert url_host(url) == host


@pytest.mark.parametrize("info, label", [
    (doc("a", source="Harbor Wire", url="https://wire.example/x", title="Bridge shut"), "Harbor Wire"),
    (doc("a", url="https://www.wire.example/x", title="Bridge shut"), "wire.example"),
    (doc("a", title="Bridge shut", path="in/a.txt"), "Bridge shut"),
    (doc("a", path="in/council-vote.txt"), "council-vote.txt"),
    (doc("a", path="<stdin>"), "a"),
    (None, "a"),
])
def test_what_a_document_is_called(info, label):
    assert doc_label(info, "a") == label


def test_articles_without_an_outlet_share_one_lane_named_for_what_it_is():
    docs = [doc("w1", source="Harbor Wire"), doc("w2", source="Harbor Wire"), doc("t1", title="Council approves $12m"),
            doc("t2", title="Bridge delay leaves Eastbank waiting"), doc("u1", url="https://gazette.example/x")]
    events = [event("a", "w1"), event("b", "w1", "w2"), event("c", "t1"), event("d", "t2"), event("e", "t1", "t2"),
              event("f", "w1", "t1"), event("g", "u1")]
    names, lane = lanes_of(docs, events)
    assert lane == {"a": "Harbor Wire", "b": "Harbor Wire",          # two articles of one outlet: its lane
                    "c": UNKNOWN_OUTLET, "d": UNKNOWN_OUTLET,        # not a lane per headline
                    "e": SEVERAL_SOURCES, "f": SEVERAL_SOURCES, "g": "gazette.example"}
    assert names[0] == SEVERAL_SOURCES and names[-1] == UNKNOWN_OUTLET
    assert not any(name.startswith(("Council", "Bridge")) for name in names)


def test_folding_many_outlets_keeps_the_unknown_lane():
    docs = [doc(f"d{i}", source=f"Outlet {i:02d}") for i in range(15)] + [doc("t", title="A title")]
    events = [event(f"e{i}", f"d{i}") for i in range(15) for _ in range(15 - i)] + [event("x", "t")]
    events = [Event(f"{e.id}-{k}", e.headline, e.date, e.sources) for k, e in enumerate(events)]
    names, _ = lanes_of(docs, events)
    assert len(names) == MAX_LANES
    assert names[-2:] == ("Other outlets", UNKNOWN_OUTLET)
    assert names[0] == "Outlet 00"
