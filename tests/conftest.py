"""Shared test fixtures: where the repository and the shared corpora are."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXTURES = REPO / "fixtures" / "harbor"
SEEDS = SHARED / "seeds"


@pytest.fixture(scope="session")
def repo_dir() -> Path:
    return REPO


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared corpora not available at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir) -> Path:
    if not SEEDS.is_dir() or not list(SEEDS.glob("*.txt")):
        pytest.skip(f"seed articles not available at {SEEDS}")
    return SEEDS


@pytest.fixture(autouse=True)
def threads_of_this_test_only(monkeypatch):
    """`--jobs` does not fork while other threads run (see parallel._start_pool). Threads an earlier test
    left behind (the browser tests' asyncio helpers, Dask's) would otherwise switch every later test to
    the slower fresh-interpreter pool; only threads a test starts itself count."""
    import threading

    from timeline import parallel
    baseline = threading.active_count()
    monkeypatch.setattr(parallel, "_other_threads_alive", lambda: threading.active_count() > baseline)
