"""assemble_events: merging across articles, conflicts, ordering, numbering, focus."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.events import EventSet, assemble_events, extract_events
from timeline.model import Event, EventDate, Source, Span

from .helpers import D, doc, timex

PUB = D(2024, 3, 6)


def run(articles, about=None):
    """articles: (doc_id, text, published, published_source, [(phrase, value, start, end, granularity)])."""
    per_document = []
    for doc_id, text, published, source, stamps in articles:
        d = doc(text, published, doc_id=doc_id, published_source=source)
        tx = [timex(text, p, v, s, e, g) for p, v, s, e, g in stamps]
        per_document.append((d.info(), extract_events(d, tx, about=about)))
    return assemble_events(per_document, about=about)


MONDAY = ("Monday", "2024-03-04", D(2024, 3, 4), D(2024, 3, 4), "day")
TUESDAY = ("Tuesday", "2024-03-05", D(2024, 3, 5), D(2024, 3, 5), "day")

STORY_A = ("a", "The Lakeside council approved the harbor budget on Monday. "
                "On Tuesday, divers inspected the northern pier.", PUB, "option", [MONDAY, TUESDAY])
STORY_B = ("b", "Lakeside’s council on Monday approved a new budget for the harbor. "
                "The mayor praised the vote.", PUB, "option", [MONDAY])


def headlines(result: EventSet):
    return [e.headline for e in result.events]


def test_same_happening_from_two_articles_is_one_event():
    result = run([STORY_A, STORY_B])
    approved = [e for e in result.events if any(s.trigger.text == "approved" for s in e.sources)]
    assert len(approved) == 1
    assert approved[0].corroboration == 2 and sorted(s.doc for s in approved[0].sources) == ["a", "b"]
    assert approved[0].date.value == "2024-03-04" and not approved[0].conflict


def test_different_happenings_stay_apart():
    result = run([STORY_A, STORY_B])
    inspected = [e for e in result.events if any(s.trigger.text == "inspected" for s in e.sources)]
    assert len(inspected) == 1 and inspected[0].corroboration == 1


def test_ids_are_numbered_in_order_and_undated_continue():
    result = run([STORY_A, ("c", "Engineers replaced the cables long ago.", None, None, [])])
    ids = [e.id for e in result.events] + [e.id for e in result.undated]
    assert ids == [f"e{n}" for n in range(1, len(ids) + 1)]
    assert result.undated and all(e.date is None for e in result.undated)


def test_order_is_chronological():
    result = run([STORY_A, STORY_B])
    starts = [e.date.start for e in result.events]
    assert starts == sorted(starts)


def _event(eid, doc_id, position, start, end, granularity, value, headline="Something happened", mod=None):
    date = EventDate(value=value, start=start, end=end, granularity=granularity, mod=mod)
    src = Source(doc=doc_id, sentence=headline, start=0, end=len(headline), trigger=Span(0, 4, "Some"),
                 date=date, position=position)
    return Event(id=eid, headline=headline, date=date, sources=(src,))


@pytest.mark.parametrize("first, second", [
    # a day before the month that contains it, when both start together
    (("2024-03-01", D(2024, 3, 1), D(2024, 3, 1), "day"), ("2024-03", D(2024, 3, 1), D(2024, 3, 31), "month")),
    # otherwise by start: the month before a later day in it
    (("2024-03", D(2024, 3, 1), D(2024, 3, 31), "month"), ("2024-03-05", D(2024, 3, 5), D(2024, 3, 5), "day")),
    # a month starting earlier comes first
    (("2024-02", D(2024, 2, 1), D(2024, 2, 29), "month"), ("2024-02-10", D(2024, 2, 10), D(2024, 2, 10), "day")),
    # the month before the year that starts on the same day
    (("2024-01", D(2024, 1, 1), D(2024, 1, 31), "month"), ("2024", D(2024, 1, 1), D(2024, 12, 31), "year")),
])
def test_ordering_rules(first, second):
    info = doc("x", doc_id="x").info()
    late = _event("x#e1", "x", 0, second[1], second[2], second[3], second[0], "Harbor works began")
    early = _event("x#e2", "x", 5, first[1], first[2], first[3], first[0], "Pier inspection finished")
    result = assemble_events([(info, [late, early])])
    assert [e.date.value for e in result.events] == [first[0], second[0]]


def test_same_day_keeps_narrative_order_and_before_after_signals():
    info = doc("x", doc_id="x").info()
    day = D(2024, 3, 4)
    evs = [_event("x#e1", "x", 0, day, day, "day", "2024-03-04", "Ferries sailed again", mod="AFTER"),
           _event("x#e2", "x", 1, day, day, "day", "2024-03-04", "Crews cleared the debris"),
           _event("x#e3", "x", 2, day, day, "day", "2024-03-04", "Divers checked the pier")]
    result = assemble_events([(info, evs)])
    assert [e.headline for e in result.events] == ["Crews cleared the debris", "Divers checked the pier",
                                                   "Ferries sailed again"]


@settings(max_examples=25, deadline=None)
@given(st.permutations([STORY_A, STORY_B, ("c", "The mayor said repairs would start in April.", PUB, "option", [])]))
def test_deterministic_for_any_input_order(articles):
    assert run(list(articles)) == run(sorted(articles))


def test_wrong_dateline_becomes_a_conflict_and_a_warning():
    # the same wire story; article "late" got its date from a wrong dateline, so its weekdays land in November
    text = ("The port authority on Monday said that the pier would reopen to cargo ships. "
            "On Tuesday, harbor master Ines Dahl said divers found no damage to the pier.")
    right = ("right", text, PUB, "option", [MONDAY, TUESDAY])
    wrong = ("late", text, D(2024, 11, 23), "dateline",
             [("Monday", "2024-11-18", D(2024, 11, 18), D(2024, 11, 18), "day"),
              ("Tuesday", "2024-11-19", D(2024, 11, 19), D(2024, 11, 19), "day")])
    result = run([right, wrong])
    conflicted = [e for e in result.events if e.conflict]
    assert conflicted, headlines(result)
    for event in conflicted:
        assert {s.doc for s in event.sources} == {"right", "late"}
        assert len(event.conflict) == 2 and event.date.start.month == 3
    assert len(result.warnings) == 1 and result.warnings[0].file == "/tmp/late.txt"
    assert "dateline" in result.warnings[0].message


def test_trusted_dates_never_conflict():
    text = "The port authority on Monday said that the pier would reopen to cargo ships."
    a = ("a", text, PUB, "option", [MONDAY])
    b = ("b", text, D(2024, 11, 23), "record", [("Monday", "2024-11-18", D(2024, 11, 18), D(2024, 11, 18), "day")])
    result = run([a, b])
    assert not any(e.conflict for e in result.events) and not result.warnings


def test_about_keeps_the_entity_events_and_the_rest_reachable():
    text = ("Acme Corp. opened a plant in Lakeside on Monday. The company hired 200 workers on Tuesday. "
            "Separately, the council approved the harbor budget on Tuesday.")
    result = run([("a", text, PUB, "option", [MONDAY, TUESDAY])], about="Acme Corp.")
    on = {e.sources[0].trigger.text for e in result.events}
    off = {e.sources[0].trigger.text for e in result.off_topic}
    assert {"opened", "hired"} <= on and "approved" in off
    assert all(e.actors[0] == "Acme Corp." for e in result.events)
    ids = [e.id for e in result.events + result.undated + result.off_topic]
    assert ids == [f"e{n}" for n in range(1, len(ids) + 1)]


def test_merging_is_blocked_not_quadratic():
    from timeline.events.merge import candidate_pairs, features

    events = []
    for k in range(400):
        day = D(2024, 1, 1) + dt.timedelta(days=k)
        events.append(_event(f"d{k}#e1", f"d{k}", 0, day, day, "day", day.isoformat(), f"Crew {k} painted hull {k}"))
    items = [features(i, e) for i, e in enumerate(events)]
    assert len(candidate_pairs(items)) < 400       # all-pairs would be 79,800


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.integers(0, 5), st.integers(0, 40),
                          st.sampled_from(["day", "month", "year"]), st.booleans(),
                          st.sampled_from(["Crews painted the hull", "The council approved the budget",
                                           "Divers inspected the pier", "The mayor said the pier was safe"])),
                min_size=0, max_size=25),
       st.sampled_from([None, "Lena Ortiz"]))
def test_every_source_is_kept_exactly_once(specs, about):
    infos = {d: doc("x", doc_id=d, published_source="dateline" if d == "c" else "option").info() for d in "abc"}
    per_doc = {d: [] for d in "abc"}
    for n, (d, position, offset, granularity, dated, headline) in enumerate(specs):
        day = D(2024, 1, 1) + dt.timedelta(days=offset)
        if granularity == "month":
            start, end, value = day.replace(day=1), day.replace(day=28), day.strftime("%Y-%m")
        elif granularity == "year":
            start, end, value = D(day.year, 1, 1), D(day.year, 12, 31), str(day.year)
        else:
            start, end, value = day, day, day.isoformat()
        event = _event(f"{d}#e{n}", d, position, start, end, granularity, value, headline)
        if not dated:
            event = Event(id=event.id, headline=headline, date=None,
                          sources=(Source(doc=d, sentence=headline, start=0, end=len(headline),
                                          trigger=Span(0, 4, "Some"), position=position),))
        if about and n % 2:
            event = Event(id=event.id, headline=event.headline, date=event.date, sources=event.sources,
                          actors=(about,))
        per_doc[d].append(event)
    result = assemble_events([(infos[d], per_doc[d]) for d in "abc"], about=about)
    out = [(s.doc, s.position) for e in result.events + result.undated + result.off_topic for s in e.sources]
    expected = [(d, position) for d, position, *_ in specs]
    assert sorted(out) == sorted(expected)
    for event in result.events + result.undated + result.off_topic:
        assert len({s.doc for s in event.sources}) == len(event.sources)
    starts = [e.date.start for e in result.events]
    assert starts == sorted(starts)
    assert all(e.date is None for e in result.undated)
