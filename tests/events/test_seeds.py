"""The seed articles end to end through ingest -> resolve -> events (skipped without ../shared)."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from timeline.events import assemble_events, extract_events
from timeline.ingest import read_documents
from timeline.model import Document
from timeline.resolve import resolve

pytestmark = pytest.mark.corpus

PUBLISHED = dt.date(2022, 2, 16)


def build(seeds_dir, published=None, patch=None):
    docs = [d for d in read_documents([seeds_dir], published) if isinstance(d, Document)]
    if patch:
        docs = [patch(d) for d in docs]
    per_document = [(d.info(), extract_events(d, resolve(d.text, d.published))) for d in docs]
    return assemble_events(per_document)


def short(doc_id: str) -> str:
    return doc_id.split("_")[0]


def test_seeds_with_publication_date(seeds_dir):
    result = build(seeds_dir, PUBLISHED)
    both = [e for e in result.events if {short(s.doc) for s in e.sources} >= {"000", "004"}]
    days = {e.date.start for e in both}
    assert dt.date(2022, 2, 15) in days and dt.date(2022, 2, 16) in days
    triggers = {(s.trigger.text, e.date.start) for e in both for s in e.sources}
    assert ("released", dt.date(2022, 2, 16)) in triggers           # the Defense Ministry's video
    assert ("announced", dt.date(2022, 2, 15)) in triggers          # the withdrawal announcement
    assert any(e.status == "planned" and e.date.start == dt.date(2022, 2, 20) for e in result.events)
    assert any(e.date.value == "2014" and e.date.granularity == "year" for e in result.events)
    assert any(e.date.value == "2015" and e.date.granularity == "year" for e in result.events)
    assert not any(e.date.start == dt.date(2022, 2, 9) for e in result.events)
    assert not any(e.date.value.startswith(("2021-05", "2023", "2022-11")) for e in result.events)
    for event in result.events:
        assert len({s.doc for s in event.sources}) == len(event.sources)     # one source per article


def test_seeds_with_a_wrong_dateline(seeds_dir):
    def patch(d):
        if short(d.id) == "004":
            return dataclasses.replace(d, published=PUBLISHED, published_source="record")
        return d                              # 000 keeps its November dateline

    result = build(seeds_dir, None, patch)
    conflicted = [e for e in result.events if e.conflict]
    assert conflicted
    assert all(any(c.start.month == 2 for c in e.conflict) and any(c.start.month == 11 for c in e.conflict)
               for e in conflicted)
    assert all({short(s.doc) for s in e.sources} == {"000", "004"} for e in conflicted)
    # the video, the withdrawal announcement, and the statements of the US president and of NATO
    told = [{(short(s.doc), s.trigger.text) for s in e.sources} for e in conflicted]
    assert any(("000", "released") in t for t in told)
    assert any(("000", "announced") in t for t in told)
    for name in ("Biden", "NATO"):
        assert any(all(name in s.sentence for s in e.sources) for e in conflicted), name
    assert [short(w.file.split("/")[-1]) for w in result.warnings] == ["000"]
    assert "dateline" in result.warnings[0].message
