"""The secondary "notation-equivalent" value line of bench/score_tbaq.py merges spellings, not meanings."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def score():
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("score_tbaq_for_tests", BENCH / "score_tbaq.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(BENCH))
    return mod


@pytest.mark.parametrize("gold,system", [
    ("1949-XX", "1949"), ("1994-XX-XX", "1994"), ("1998-10-XX", "1998-10"),
    ("2000-W7", "2000-W07"), ("1998-2", "1998-02"), ("198X", "198"), ("19XX", "19"),
    ("1989-11-06T17", "1989-11-06T17:00"), ("P1E", "P10Y"), ("P2L", "P2000Y"), ("P1C", "P100Y"),
])
def test_same_value_in_another_notation(score, gold, system):
    assert score.notation_equal(gold, system)


@pytest.mark.parametrize("gold,system", [
    ("1998-08-04", "1998-W32"), ("P1W", "1998-W33"), ("1998-10", "1998"), ("2000-W07", "2000-W06"),
    ("1999-10-07TMO", "1999-10-07"), ("P1D", "PT24H"), ("PXY", "P10Y"), ("XXXX-XX", "XXXX-XX-XX"),
    ("PAST_REF", "PXM"), ("1988-Q3", "1988"), ("199", "19"), ("1998-10-XX", "1998-10-01"),
])
def test_different_values_stay_different(score, gold, system):
    assert not score.notation_equal(gold, system)
