"""The invented multi-genre dev set (fixtures/timeml) may only score higher: recompute and compare with
bench/baselines/devset.json.

fixtures/timeml holds 15 short TimeML documents written for this repository (modern news 2019-2026 of
several kinds, a historical narrative, a biography, an opinion column, a press release with DD/MM/YYYY
dates and clock times, a live blog, a feature with sets and durations), gold-annotated by hand before the
resolver was run on them. It is in the repository, so this test never skips. It complements the TBAQ floor
(1989-2000 newswire) as a second, independent measure of generality.

Re-pin after an improvement with:
  .venv/bin/python bench/score_tbaq.py --corpus fixtures/timeml --pin     # writes bench/baselines/devset.json
Read the errors with:
  .venv/bin/python bench/score_tbaq.py --corpus fixtures/timeml --errors 100
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DEVSET = REPO / "fixtures" / "timeml"
BASELINE = REPO / "bench" / "baselines" / "devset.json"
TYPES = {"DATE", "TIME", "DURATION", "SET"}


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import tbaq
    finally:
        sys.path.remove(str(REPO / "bench"))
    return tbaq


@pytest.fixture(scope="module")
def docs(bench):
    return bench.load_corpus(DEVSET)


def test_the_dev_set_is_well_formed(docs):
    assert len(docs) == 15
    for d in docs:
        assert d.dct is not None, f"{d.name}: no DCT"
        assert 150 <= len(d.text.split()) <= 400, f"{d.name}: {len(d.text.split())} words"
        assert len(d.timexes) >= 10, d.name
        for t in d.timexes:
            assert d.text[t.start:t.end] == t.text, (d.name, t.tid)
            assert t.type in TYPES and t.value, (d.name, t.tid, t.type, t.value)
            assert t.text == t.text.strip() and not t.text.lower().startswith(("on ", "in ", "since ")), \
                (d.name, t.text)


def test_the_dev_set_is_not_read_as_articles_by_ingest():
    """The .tml files live under fixtures/, which `timeline build fixtures/` and the fixture tests read."""
    from timeline.ingest.sources import is_supported
    assert all(not is_supported(p) for p in DEVSET.rglob("*") if p.is_file())


def test_devset_scores_do_not_drop_below_the_pinned_floor(bench, docs):
    total = bench.score_all(docs, bench.run_resolver(docs))
    scores = total.scores()
    pinned = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert scores["gold"] == pinned["gold"], "the gold changed: re-pin bench/baselines/devset.json"
    for metric in ("value", "relaxed"):
        assert scores[metric]["F1"] >= pinned[metric]["F1"] - 0.005, \
            f"{metric} F1 fell to {scores[metric]['F1']} (floor {pinned[metric]['F1']})"
