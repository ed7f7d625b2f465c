"""Cheap estimate of how many articles a run will read, for the progress bar's ETA."""
from __future__ import annotations

from typing import Iterable, Optional

from .ingest.sources import JSONL_SUFFIXES, STDIN, expand_inputs
from .model import Notice

_COUNT_LIMIT = 200_000   # stop counting beyond this: the bar then runs without a total


def estimate_total(inputs: Iterable[str]) -> Optional[int]:
    total = 0
    for item in expand_inputs(inputs):
        if isinstance(item, Notice):
            total += 1
        elif item == STDIN:
            return None
        elif item.suffix.lower() in JSONL_SUFFIXES:
            try:
                with open(item, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
        if total > _COUNT_LIMIT:
            return None
    return total
