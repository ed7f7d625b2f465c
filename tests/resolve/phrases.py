"""The check every table of invented phrase cases shares: the phrase is tagged with this value and type,
or (value None) not tagged at all."""
from __future__ import annotations

import datetime as dt

from timeline.resolve import resolve


def check_phrase(text: str, reference: str, phrase: str, value: str | None, type_: str | None,
                 *, overlap_counts: bool = False) -> None:
    """`reference` is the publication date as YYYY-MM-DD. With `overlap_counts`, a "not tagged" case also
    fails when a tagged expression overlaps the phrase."""
    found = {t.text: t for t in resolve(text, dt.date.fromisoformat(reference))}
    seen = {k: v.value for k, v in found.items()}
    if value is None:
        clash = [k for k in found if phrase in k or k in phrase] if overlap_counts else [phrase] * (phrase in found)
        assert not clash, f"{phrase!r} should not be tagged: {seen}"
        return
    assert phrase in found, f"{phrase!r} not tagged: {seen}"
    assert (found[phrase].value, found[phrase].type) == (value, type_), found[phrase].explanation
