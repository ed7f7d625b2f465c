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
