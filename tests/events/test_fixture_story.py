"""The demo corpus in fixtures/harbor/ against its story (fixtures/harbor/expected_dates.toml): every article's
publication date is right, so no date conflict may be reported, and the happenings each article
tells should come out with the date that article gives them."""
from __future__ import annotations

import tomllib

import pytest

from timeline.events import assemble_events, extract_events
from timeline.ingest import read_documents
from timeline.model import Document
from timeline.resolve import resolve


@pytest.fixture(scope="module")
def story(fixtures_dir):
    expected = fixtures_dir / "expected_dates.toml"
    if not expected.is_file():
        pytest.skip("no fixture story")
    docs = [d for d in read_documents([fixtures_dir]) if isinstance(d, Document)]
    per_document = [(d.info(), extract_events(d, resolve(d.text, d.published))) for d in docs]
    return tomllib.loads(expected.read_text()), per_document


def _told(events, evidence):
    """The event whose trigger lies inside the evidence phrase, else any event of that sentence."""
    inside, around = None, None
    for e in events:
        src = e.sources[0]
        pos = src.sentence.find(evidence)
        if pos < 0:
            continue
        around = around or e
        if src.start + pos <= src.trigger.start < src.start + pos + len(evidence):
            inside = inside or e
    return inside or around


def test_no_conflict_when_every_publication_date_is_right(story):
    _, per_document = story
    assert assemble_events(per_document).warnings == ()


def test_articles_date_their_happenings(story):
    expected, per_document = story
    found = dated = 0
    misses = []
    for info, events in per_document:
        for told in expected["events"].get(info.id, []):
            event = _told(events, told["evidence"])
            found += event is not None
            value = event.date.value if event is not None and event.date else ""
            if value and (value.startswith(told["date"]) or told["date"].startswith(value)):
                dated += 1
            else:
                misses.append((info.id, told["event"], told["date"], value))
    total = sum(len(v) for v in expected["events"].values())
    assert found >= 0.9 * total, misses
    assert dated >= 0.75 * total, misses
