"""The demo corpus in fixtures/harbor/ against fixtures/harbor/expected_dates.toml.

Three layers, so a failure says whose it is:
  - the data itself (spans exist, weekdays and months agree with the values, events are consistent);
  - ingestion (every file read, publication dates and where they came from);
  - the resolver (each expected expression found with its value, no false friend tagged).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
import tomllib
from functools import lru_cache
from pathlib import Path

import pytest

from timeline.ingest import read_documents
from timeline.model import EVENT_STATUSES, PUBLISHED_SOURCES, TIMEX_TYPES, Document, Notice

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "harbor"
EXPECTED = tomllib.loads((FIXTURES / "expected_dates.toml").read_text(encoding="utf-8"))
ARTICLES = EXPECTED["article"]
ARTICLE_IDS = [a["id"] for a in ARTICLES]
NONE = "none"   # TOML has no null: the word stands for "absent" in published/published_source/outlet

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})


# -- reading -------------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _read_fixtures() -> tuple[dict[str, Document], tuple[Notice, ...]]:
    """The whole folder in one pass, as `timeline build fixtures/harbor/` (make demo) reads it."""
    docs: dict[str, Document] = {}
    notices: list[Notice] = []
    for item in read_documents([FIXTURES]):
        if isinstance(item, Document):
            docs[item.id] = item
        else:
            notices.append(item)
    return docs, tuple(notices)


def _doc(article_id: str) -> Document:
    docs, notices = _read_fixtures()
    assert article_id in docs, f"{article_id} was not read; notices: {[str(n) for n in notices]}"
    return docs[article_id]


@lru_cache(maxsize=None)
def _timexes(article_id: str):
    try:
        from timeline.resolve import resolve
    except ImportError as err:   # the resolver is built in parallel; say so instead of erroring
        pytest.fail(f"timeline.resolve.resolve is not importable yet: {err}")
    doc = _doc(article_id)
    return tuple(resolve(doc.text, doc.published))


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Whole-word, case-sensitive occurrences ("now" is not found in "know")."""
    pattern = r"(?<!\w)" + re.escape(needle) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def _span(doc: Document, expectation: dict) -> tuple[int, int]:
    found = _occurrences(doc.text, expectation["text"])
    occurrence = expectation.get("occurrence", 0)
    assert occurrence < len(found), (
        f"fixture error: {expectation['text']!r} occurrence {occurrence} not in {doc.id} "
        f"(found {len(found)} whole-word occurrences)")
    return found[occurrence]


def _none_or(value: str):
    return None if value == NONE else value


# -- TIMEX3 values as calendar intervals (for checking the data, not the resolver) ----------------------
def _value_interval(value: str) -> tuple[dt.date, dt.date]:
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return (monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)) if m[3] else \
            (monday, monday + dt.timedelta(days=6))
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        year, month = int(m[1]), int(m[2])
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        year, first = int(m[1]), 3 * int(m[2]) - 2
        return dt.date(year, first, 1), dt.date(year, first + 2, calendar.monthrange(year, first + 2)[1])
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        # meteorological seasons; only used to test containment, not as a claim about the resolver
        year, start = int(m[1]), {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m[2]]
        end_year, end_month = (year + 1, 2) if start == 12 else (year, start + 2)
        return dt.date(year, start, 1), dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    if re.fullmatch(r"\d{4}", value):
        return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    if re.fullmatch(r"\d{3}", value):
        return dt.date(int(value) * 10, 1, 1), dt.date(int(value) * 10 + 9, 12, 31)
    raise ValueError(f"not a calendar value: {value!r}")


def _overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


# -- the data ------------------------------------------------------------------------------------------
def test_every_fixture_file_has_expectations():
    on_disk = sorted(p.name for p in FIXTURES.iterdir()
                     if p.is_file() and p.suffix != ".toml" and not p.name.endswith(".meta.json"))
    assert sorted({a["file"] for a in ARTICLES}) == on_disk
    assert len(ARTICLE_IDS) == len(set(ARTICLE_IDS))


@pytest.mark.parametrize("article", ARTICLES, ids=ARTICLE_IDS)
def test_expected_strings_occur_in_the_article(article):
    doc = _doc(article["id"])
    for expectation in article["timex"]:
        _span(doc, expectation)
    for phrase in article["not_dates"]:
        assert phrase in doc.text, f"false friend {phrase!r} is not in the text of {doc.id}"
    for event in EXPECTED["events"][article["id"]]:
        assert event["evidence"] in doc.text, f"evidence {event['evidence']!r} is not in {doc.id}"


@pytest.mark.parametrize("article", ARTICLES, ids=ARTICLE_IDS)
def test_expected_values_agree_with_the_calendar(article):
    """Weekday and month names in an expression match the date written for it."""
    for expectation in article["timex"]:
        assert expectation["type"] in TIMEX_TYPES
        if expectation.get("unresolved"):
            assert "value" not in expectation
            continue
        value, words = expectation["value"], re.findall(r"[A-Za-z]+", expectation["text"])
        if not re.match(r"\d{4}-\d{2}", value):
            continue
        day = dt.date.fromisoformat(value[:10]) if re.match(r"\d{4}-\d{2}-\d{2}", value) else None
        for word in words:
            if word.lower() in WEEKDAYS and day:
                assert calendar.day_name[day.weekday()] == word.capitalize(), \
                    f"{expectation['text']!r}: {day} is a {calendar.day_name[day.weekday()]}"
            if word.lower() in MONTHS and word[0].isupper():   # "May" the month, never "may" the verb
                assert int(value[5:7]) == MONTHS[word.lower()], f"{expectation['text']!r} is not in {value}"


@pytest.mark.parametrize("article", ARTICLES, ids=ARTICLE_IDS)
def test_events_agree_with_the_story(article):
    story = {e["id"]: e for e in EXPECTED["story"]["event"]}
    first, last = (dt.date.fromisoformat(EXPECTED["story"][k]) for k in ("first_day", "last_day"))
    assert (last - first).days >= 42, "the story must span at least six weeks"
    published = _none_or(article["published"])
    for event in EXPECTED["events"][article["id"]]:
        assert event["event"] in story, f"unknown story event {event['event']!r}"
        assert event["status"] in EVENT_STATUSES
        told = _value_interval(event["date"])
        if "end" in event:
            told = (told[0], _value_interval(event["end"])[1])
        if event["status"] == "occurred":
            truth = story[event["event"]]
            when = _value_interval(truth["date"])
            if "end" in truth:
                when = (when[0], _value_interval(truth["end"])[1])
            assert _overlap(told, when), f"{event['event']}: {event['date']} vs the story's {truth['date']}"
            if published:
                assert told[0] <= dt.date.fromisoformat(published), f"{event['event']} occurred after publication"


# -- ingestion -----------------------------------------------------------------------------------------
def test_every_fixture_is_read_without_a_skip():
    docs, notices = _read_fixtures()
    assert [str(n) for n in notices if n.kind == "skipped"] == []
    assert [str(n) for n in notices] == []
    assert sorted(docs) == sorted(ARTICLE_IDS)


def test_only_the_undated_article_warns():
    docs, _ = _read_fixtures()
    undated = [a["id"] for a in ARTICLES if a["published"] == NONE]
    assert undated, "the corpus must keep one article with no publication date"
    for doc_id, doc in sorted(docs.items()):
        if doc_id in undated:
            assert doc.published is None
            assert [n.kind for n in doc.notices] == ["warning"]
            assert "publication date" in doc.notices[0].message
            assert doc.notices[0].file and doc.notices[0].file.endswith(doc_id)
        else:
            assert doc.notices == (), f"{doc_id}: {[str(n) for n in doc.notices]}"


@pytest.mark.parametrize("article", ARTICLES, ids=ARTICLE_IDS)
def test_publication_date_and_its_source(article):
    doc = _doc(article["id"])
    published = _none_or(article["published"])
    source = _none_or(article["published_source"])
    assert source is None or source in PUBLISHED_SOURCES
    assert (doc.published.isoformat() if doc.published else None, doc.published_source) == (published, source)


@pytest.mark.parametrize("article", [a for a in ARTICLES if "source" in a], ids=lambda a: a["id"])
def test_outlet_from_metadata(article):
    """Where metadata names the outlet (HTML, a record, a sidecar), Document.source carries it."""
    assert _doc(article["id"]).source == article["source"]


# -- the resolver --------------------------------------------------------------------------------------
def _timex_cases():
    for article in ARTICLES:
        for expectation in article["timex"]:
            occurrence = expectation.get("occurrence", 0)
            label = f"{article['id']}|{expectation['text']}" + (f"#{occurrence}" if occurrence else "")
            yield pytest.param(article, expectation, id=label)


def _false_friend_cases():
    for article in ARTICLES:
        for phrase in article["not_dates"]:
            yield pytest.param(article["id"], phrase, id=f"{article['id']}|{phrase}")


@pytest.mark.parametrize(("article", "expectation"), list(_timex_cases()))
def test_resolver_finds_expression(article, expectation):
    doc = _doc(article["id"])
    start, end = _span(doc, expectation)
    others = [_span(doc, other) for other in article["timex"] if other is not expectation]
    timexes = _timexes(article["id"])
    covering = [t for t in timexes if t.start <= start and t.end >= end]
    near = [(t.text, t.type, t.value) for t in timexes if t.start < end + 40 and t.end > start - 40]
    assert covering, f"{expectation['text']!r} at {start} not tagged; nearby: {near}"
    # A timex that swallows another expected expression ("March 10 to March 14" as one) is not a match.
    alone = [t for t in covering if not any(t.start <= s and t.end >= e and (s, e) != (start, end)
                                            and not (start <= s and e <= end) for s, e in others)]
    assert alone, f"{expectation['text']!r} is merged with another expression: {[t.text for t in covering]}"
    timex = alone[0]
    got = {"type": timex.type}
    want = {"type": expectation["type"]}
    if expectation.get("unresolved"):
        got["resolved"] = timex.interval is not None or bool(re.match(r"\d{4}", timex.value))
        want["resolved"] = False
    else:
        got["value"], want["value"] = timex.value, expectation["value"]
    for attribute in ("mod", "quant"):
        if attribute in expectation:
            got[attribute], want[attribute] = getattr(timex, attribute), expectation[attribute]
    assert got == want, f"{timex.text!r} ({timex.rule}: {timex.explanation})"


@pytest.mark.parametrize(("article_id", "phrase"), list(_false_friend_cases()))
def test_resolver_leaves_false_friend_alone(article_id, phrase):
    doc = _doc(article_id)
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(phrase), doc.text)]
    assert spans, f"fixture error: {phrase!r} not in {article_id}"
    tagged = [(t.text, t.value) for t in _timexes(article_id) for s, e in spans if t.start < e and t.end > s]
    assert tagged == [], f"{phrase!r} tagged as {tagged}"
