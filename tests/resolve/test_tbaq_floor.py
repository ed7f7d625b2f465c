"""The TBAQ scores may only rise: recompute them in-process and compare with bench/baselines/tbaq.json."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TBAQ = REPO.parent / "shared" / "corpora" / "tbaq"
BASELINE = REPO / "bench" / "baselines" / "tbaq.json"

pytestmark = [pytest.mark.corpus,
              pytest.mark.skipif(not TBAQ.is_dir(), reason="../shared/corpora/tbaq is absent")]


def test_tbaq_scores_do_not_drop_below_the_pinned_floor():
    sys.path.insert(0, str(REPO / "bench"))
    try:
        from tbaq import load_tbaq, run_resolver, score_all
    finally:
        sys.path.remove(str(REPO / "bench"))
    docs = load_tbaq(TBAQ)
    assert len(docs) == 256
    scores = score_all(docs, run_resolver(docs)).scores()
    pinned = json.loads(BASELINE.read_text(encoding="utf-8"))
    for metric in ("value", "relaxed"):
        assert scores[metric]["F1"] >= pinned[metric]["F1"] - 0.005, \
            f"{metric} F1 fell to {scores[metric]['F1']} (floor {pinned[metric]['F1']})"
