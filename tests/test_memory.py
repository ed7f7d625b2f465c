"""memory.long_lived: what a block makes goes to the collector's oldest generation, and nothing else changes."""
from __future__ import annotations

import gc

import pytest

from timeline.memory import long_lived


class _Node:
    def __init__(self):
        self.other = None


@pytest.fixture
def collector():
    was_enabled, frozen = gc.isenabled(), gc.get_freeze_count()
    gc.enable()
    yield
    assert gc.get_freeze_count() == frozen
    if not was_enabled:
        gc.disable()


def test_what_the_block_makes_lands_in_the_oldest_generation(collector):
    with long_lived():
        assert not gc.isenabled()                  # no young passes while the block runs
        made = [_Node() for _ in range(50)]
    assert gc.isenabled() and gc.get_freeze_count() == 0
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(o) in oldest for o in made)
    young = {id(o) for g in (0, 1) for o in gc.get_objects(generation=g)}
    assert not any(id(o) in young for o in made)


def test_cycles_made_in_the_block_are_still_collected(collector):
    with long_lived():
        a, b = _Node(), _Node()
        a.other, b.other = b, a
    import weakref
    gone = weakref.ref(a)
    del a, b
    gc.collect()
    assert gone() is None


def test_a_disabled_collector_stays_off_and_a_callers_freeze_is_kept(collector):
    gc.disable()
    with long_lived():
        pass
    assert not gc.isenabled()
    gc.enable()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with long_lived():
            _Node()
        assert gc.get_freeze_count() == frozen and gc.isenabled()
    finally:
        gc.unfreeze()


def test_an_error_in_the_block_restores_the_collector(collector):
    with pytest.raises(ZeroDivisionError):
        with long_lived():
            1 / 0
    assert gc.isenabled() and gc.get_freeze_count() == 0
