"""Assembling and rendering a large timeline allocate millions of small, long-lived objects (records,
lists, strings, tuples) and no reference cycles. CPython's cyclic collector would walk all of them
again and again as they pile up (a third of the render time at 150,000 events) to find nothing."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def paused_gc() -> Iterator[None]:
    """Suspend the cyclic garbage collector for the block (reference counting still frees memory)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def long_lived() -> Iterator[None]:
    """For a block that makes objects kept as long as the process (imported modules, a loaded store):
    they go straight to the collector's oldest generation instead of being walked by its young passes.

    Start-up makes ~150,000 such objects. The collector, run every 700 allocations, walked them in its
    young passes and in the full ones their growing number set off (~18M instructions of the ~340M of a
    `timeline tag` run on a short article). Merely pausing it does not help: resumed, its first pass
    walks everything made during the pause. So the objects of the block are moved to the oldest
    generation as a whole, with gc.freeze() and gc.unfreeze() (which move lists, not objects); those
    made before the block go there too. Nothing is left uncollected: a full pass still walks the oldest
    generation. Left alone when objects are frozen already (a caller's own freeze is not undone) or the
    collector is off."""
    if not gc.isenabled() or gc.get_freeze_count():
        yield
        return
    gc.freeze()            # what exists already: set aside, out of the way of the passes below
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()        # ... and with it what the block made; then all of it into the oldest generation
        gc.unfreeze()
        gc.enable()
