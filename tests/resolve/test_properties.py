"""Invariants of resolve() on arbitrary text and under a shifted publication date."""
from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import GRANULARITIES, TIMEX_TYPES
from timeline.resolve import resolve

# TIMEX3 values we may emit: dates/weeks/months/quarters/halves/seasons/years/decades/centuries,
# with X placeholders and times; durations; the three REFs.
VALUE = re.compile(
    r"^(?:"
    r"(?:\d{4}|X{4})(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-W(?:\d{2}|XX)(?:-(?:[1-7]|WE))?|-Q[1-4X]|-H[12X]"
    r"|-(?:SP|SU|FA|WI))?(?:T(?:\d{2}(?::\d{2})?|MO|MI|AF|EV|NI|DT))?"
    r"|\d{3}|X{3}|\d{2}|X{2}"
    r"|P(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|C)|PT(?:\d+(?:\.\d+)?|X)(?:H|M|S)"
    r"|P\d+WE"    # Round 143: counted weekends ("two weekends" P2WE)
    r"|PRESENT_REF|PAST_REF|FUTURE_REF"
    r")$")

WORDS = st.sampled_from([
    "on", "Tuesday", "said", "will", "last", "week", "the", "next", "day", "a", "year", "ago", "two", "three",
    "months", "March", "May", "may", "we", "1998", "2014", "Feb.", "14", ",", ".", "early", "late", "mid-",
    "1990s", "since", "every", "Monday", "daily", "3", "p.m.", "noon", "yesterday", "today", "tomorrow",
    "quarter", "third", "fiscal", "'s", "earlier", "later", "that", "this", "summer", "fall", "$12", "14,000",
    "people", "Copyright", "2023", "\n", "  ", "-", "’", "nineteen", "ninety-six", "weekend", "night",
])
TEXTS = st.one_of(st.text(max_size=200), st.lists(WORDS, max_size=40).map(" ".join))
DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, ref=st.one_of(st.none(), DATES))
def test_arbitrary_text_never_raises_and_timexes_are_well_formed(text, ref):
    timexes = resolve(text, ref)
    last_end = 0
    for i, t in enumerate(timexes, start=1):
        assert t.tid == f"t{i}"
        assert 0 <= t.start < t.end <= len(text)
        assert t.start >= last_end
        last_end = t.end
        assert text[t.start:t.end] == t.text
        assert t.type in TIMEX_TYPES
        assert VALUE.match(t.value), (t.text, t.value, t.rule)
        assert t.granularity is None or t.granularity in GRANULARITIES
        if t.interval is not None:
            assert t.interval.start <= t.interval.end
            assert t.type in ("DATE", "TIME")
        if ref is None:
            assert t.anchor != "publication"
        assert t.explanation


DEICTIC = ["yesterday", "two days ago", "tomorrow", "today", "three days ago", "the day after tomorrow"]


@settings(max_examples=150, deadline=None)
@given(ref=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
       shift=st.integers(min_value=-4000, max_value=4000),
       phrases=st.lists(st.sampled_from(DEICTIC), min_size=1, max_size=4))
def test_shifting_publication_shifts_deictic_days(ref, shift, phrases):
    text = ". ".join(f"It happened {p}" for p in phrases) + "."
    before = resolve(text, ref)
    after = resolve(text, ref + dt.timedelta(days=shift))
    assert [t.text for t in before] == [t.text for t in after]
    assert len(before) == len(phrases)
    for a, b in zip(before, after):
        assert a.granularity == "day"
        assert b.interval.start - a.interval.start == dt.timedelta(days=shift)


@settings(max_examples=100, deadline=None)
@given(text=TEXTS, ref=DATES)
def test_deterministic(text, ref):
    assert resolve(text, ref) == resolve(text, ref)
