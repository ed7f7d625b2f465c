"""The per-timex record of `timeline tag --format jsonl` (shared with other exports)."""
from __future__ import annotations

from .model import Timex


def timex_record(timex: Timex) -> dict:
    """Contract keys first (start, end, text, type, value), then provenance."""
    interval = timex.interval
    return {
        "start": timex.start, "end": timex.end, "text": timex.text, "type": timex.type, "value": timex.value,
        "tid": timex.tid, "mod": timex.mod, "quant": timex.quant, "freq": timex.freq,
        "granularity": timex.granularity,
        "interval": [interval.start.isoformat(), interval.end.isoformat()] if interval else None,
        "anchor": timex.anchor, "rule": timex.rule, "explanation": timex.explanation,
    }
