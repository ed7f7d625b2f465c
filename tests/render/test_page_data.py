"""The page's embedded event data: marks that still point at their words, compact records, filter keys."""
from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given, strategies as st

from synthetic_timelines import _src, day_date, make_timeline, story_timeline
from timeline.model import DocumentInfo, Event, Source, Span, Timeline
from timeline.render.page_data import (MAX_SOURCE_OPTIONS, PageData, _marks_as_is, _marks_cleaned,
                                       marked_sentence)
from timeline.render.text import clean

WORDS = st.sampled_from(["Tuesday", "closed", "the", "bridge", "😀", "naïve", "a\tb", "  ", "\u202e", "x\n", " ", "."])


def utf16_slice(text: str, lo: int, hi: int) -> str:
    return text.encode("utf-16-le")[2 * lo:2 * hi].decode("utf-16-le")


@given(st.lists(WORDS, min_size=1, max_size=12), st.data())
def test_marks_point_at_their_words_after_cleaning(words, data):
    sentence = "".join(words)
    n = len(sentence)
    lo = data.draw(st.integers(0, max(n - 1, 0)))
    hi = data.draw(st.integers(lo + 1, n)) if n else 1
    lo2 = data.draw(st.integers(0, max(n - 1, 0)))
    hi2 = data.draw(st.integers(lo2 + 1, n)) if n else 1
    source = Source(doc="d", sentence=sentence, start=100, end=100 + n, trigger=Span(100 + lo, 100 + hi, sentence[lo:hi]),
                    date=dataclasses.replace(day_date(dt.date(2022, 2, 15)),
                                             timex=Span(100 + lo2, 100 + hi2, sentence[lo2:hi2])))
    shown, marks = marked_sentence(source)
    assert " ".join(shown.split()) == clean(sentence)
    for (start, end), span_text in (((marks[0], marks[1]), sentence[lo:hi]), ((marks[2], marks[3]), sentence[lo2:hi2])):
        if start >= 0:
            assert utf16_slice(shown, start, end) == clean(span_text)
    spans = sorted([(lo, hi, 0), (lo2, hi2, 1)])
    fast = _marks_as_is(sentence, spans)
    if fast is not None:                                   # the fast path agrees with the general one
        assert (sentence, fast) == _marks_cleaned(sentence, spans)


def test_records_are_positional_with_trailing_defaults_left_out():
    timeline = story_timeline()
    data = PageData(timeline)
    records = [data.record(k) for k in range(len(data.records))]
    by_id = {e.id: r for e, r in zip(data.records, records)}
    assert len(by_id["ferry"]) == 9                        # actors given, no conflict, no low confidence
    meeting = by_id["meeting"]
    assert data.strings.items[meeting[9]] == "Thu 17 Feb 2022 · Fri 18 Feb 2022"
    assert data.strings.items[meeting[7][1][8]] == "Fri 18 Feb 2022"      # the source that dates it otherwise
    assert by_id["funding"][0] == -1 and by_id["funding"][4] == -1        # undated: no group, no date


def test_low_confidence_and_inferred_dates_are_flagged():
    base = story_timeline()
    shaky = dataclasses.replace(base.events[2], confidence=0.31,
                                date=dataclasses.replace(base.events[2].date, basis="publication"))
    timeline = dataclasses.replace(base, events=base.events[:2] + (shaky,) + base.events[3:])
    record = PageData(timeline).record(2)
    assert record[3] == 1 and record[10] == 31


def test_source_filter_offers_outlets_then_articles_without_one():
    day = dt.date(2022, 2, 15)
    docs = tuple(DocumentInfo(id=f"t{i}", title=f"Article {i}", published=day) for i in range(MAX_SOURCE_OPTIONS + 5))
    docs += (DocumentInfo(id="w", source="Harbor Wire", published=day),)
    events = tuple(Event(f"e{i}", "x", day_date(day), (_src(d.id, "It closed.", "closed", day_date(day)),))
                   for i, d in enumerate(docs))
    data = PageData(Timeline(title="t", documents=docs, events=events))
    outlets, articles = data.source_options()
    assert [label for _, label in outlets] == ["Harbor Wire (1)"]
    assert len(articles) == MAX_SOURCE_OPTIONS                      # the rest are found by searching
    keys = [row[6] if len(row) > 6 else -1 for row in data.docs_table]
    assert keys.count(-1) == 5


def test_every_event_is_written_once_in_chunks():
    import json
    timeline = make_timeline(4500, seed=2)
    data = PageData(timeline)
    out = []
    data.write(out.append)
    parsed = json.loads("".join(out))
    assert len(out) > 4                                             # streamed, not one string
    assert len(parsed["events"]) == len(timeline.events) + len(timeline.undated)
    assert parsed["dated"] == len(timeline.events)
