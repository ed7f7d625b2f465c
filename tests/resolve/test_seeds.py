"""The seed articles (../shared/seeds, published Wed 2022-02-16): the dates the product must get right.

Expressions are looked up by their own text only; no sentence of the seeds is copied here.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.resolve import resolve

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
PUBLISHED = dt.date(2022, 2, 16)

pytestmark = [pytest.mark.corpus, pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is absent")]


def _seed(prefix: str) -> str:
    paths = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not paths:
        pytest.skip(f"seed {prefix} is absent")
    return paths[0].read_text(encoding="utf-8")


def _values(timexes, surface: str) -> set[str]:
    found = {t.value for t in timexes if t.text.lower() == surface.lower()}
    assert found, f"no timex {surface!r}"
    return found


@pytest.fixture(scope="module", params=["000", "004"])
def seed(request):
    text = _seed(request.param)
    return request.param, text, resolve(text, PUBLISHED)


def test_seed_000_required_dates():
    tx = resolve(_seed("000"), PUBLISHED)
    assert _values(tx, "Tuesday") == {"2022-02-15"}
    assert _values(tx, "Wednesday") == {"2022-02-16"}
    assert _values(tx, "Sunday") == {"2022-02-20"}      # the exercise ends on the coming Sunday
    assert _values(tx, "2014") == {"2014"}
    assert _values(tx, "2015") == {"2015"}
    assert _values(tx, "this week") == {"2022-W07"}
    earlier = [t for t in tx if t.text == "A day earlier"]
    assert [t.value for t in earlier] == ["2022-02-15"]
    assert earlier[0].anchor not in (None, "publication")      # anchored on the Wednesday before it


def test_seed_000_dated_by_its_dateline_moves_the_deictic_dates():
    tx = resolve(_seed("000"), dt.date(2022, 11, 26))   # a Saturday: the date on the article's first line
    assert _values(tx, "Tuesday") == {"2022-11-22"}
    assert _values(tx, "2014") == {"2014"}


def test_seed_004_required_dates():
    tx = resolve(_seed("004"), PUBLISHED)
    assert _values(tx, "Tuesday") == {"2022-02-15"}
    assert _values(tx, "Wednesday") == {"2022-02-16"}


def test_seeds_have_no_false_friends(seed):
    name, text, tx = seed
    for t in tx:
        low = t.text.lower()
        assert low not in ("may", "we", "sun", "mar", "march"), f"{name}: false friend {t.text!r}"
        assert not t.value.startswith(("2021-05", "2023")), f"{name}: {t.text!r} -> {t.value}"
        line_start = text.rfind("\n", 0, t.start) + 1
        line_end = text.find("\n", t.end)
        line = text[line_start:line_end if line_end != -1 else len(text)]
        assert "copyright" not in line.lower() and "©" not in line, f"{name}: timex in a copyright line"


def test_seeds_offsets_and_order(seed):
    name, text, tx = seed
    assert tx, name
    last_end = 0
    for i, t in enumerate(tx, start=1):
        assert t.tid == f"t{i}"
        assert text[t.start:t.end] == t.text
        assert t.start >= last_end
        last_end = t.end
