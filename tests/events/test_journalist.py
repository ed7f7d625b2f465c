"""What a reader of the timeline sees: headlines that say what happened, no descriptions posing as
happenings, and one event for a happening two articles tell in different words or dates."""
from __future__ import annotations

import pytest

from timeline.events import assemble_events, extract_events
from timeline.events.headline import trim_words

from .helpers import D, doc, stamps_in

PUB = D(2024, 3, 6)
STAMPS = {
    "Monday": ("2024-03-04", D(2024, 3, 4), None, "day"),
    "Tuesday": ("2024-03-05", D(2024, 3, 5), None, "day"),
    "Wednesday": ("2024-03-06", D(2024, 3, 6), None, "day"),
    "in May": ("2024-05", D(2024, 5, 1), D(2024, 5, 31), "month"),
    "2019": ("2019", D(2019, 1, 1), D(2019, 12, 31), "year"),
    "late February": ("2024-02", D(2024, 2, 1), D(2024, 2, 29), "month"),
}


def stamps_for(text):
    return stamps_in(text, STAMPS)


def events_of(text):
    return extract_events(doc(text, PUB), stamps_for(text))


def by_trigger(text):
    return {e.sources[0].trigger.text: e for e in events_of(text)}


# (text, trigger, the headline's start)
HEADLINE_CASES = [
    # a verb whose news is its "that" clause keeps it
    ("Residents of Northcove learned on Monday that the ferry will stop running.", "learned",
     "Residents of Northcove learned that the ferry will stop"),
    # a declaration whose object is a short quotation after a parenthesis
    ("Mayor Ada Lindqvist declared Monday — which some officials have called a turning point — “Harbor Safety Day.”",
     "declared", "Mayor Ada Lindqvist declared “Harbor Safety Day”"),
    # a contact relative clause ("the date the city announced"): the city announced the date
    ("The pier stays shut, two weeks past the reopening date the city announced in late February.", "announced",
     "City announced the reopening date"),
    # "due in May" has no modal "may": the report is the subject
    ("The engineers' final report, due in May, is expected to recommend yearly inspections.", "expected",
     "Engineers' final report is expected to recommend"),
    # "as early as Monday" is a comparison, not an "as" clause
    ("Work could begin as early as Monday and would take three weeks.", "begin", "Work could begin"),
    # the lexicon's noun sense of "their" does not hide the verb before it
    ("Some of the merchants closed their shops on Monday.", "closed", "Some of the merchants closed their shops"),
]


@pytest.mark.parametrize("text, trigger, start", HEADLINE_CASES)
def test_headline(text, trigger, start):
    events = by_trigger(text)
    assert trigger in events, [e.headline for e in events.values()]
    assert events[trigger].headline.startswith(start), events[trigger].headline


# (text, trigger that must not become an event)
NOT_HAPPENINGS = [
    # an absolute phrase describes the main clause
    ("The ferry terminal stood empty on Monday, its gates chained and its ticket booths dark.", "chained"),
    ("The old lighthouse stayed dark on Tuesday, its lamp removed, and its keeper gone.", "removed"),
]


@pytest.mark.parametrize("text, trigger", NOT_HAPPENINGS)
def test_absolute_phrase_is_no_happening(text, trigger):
    events = by_trigger(text)
    assert trigger not in events, [e.headline for e in events.values()]
    assert events, "the main clause still is one"


def test_a_comma_clause_with_an_object_stays_a_happening():
    events = by_trigger("The ferry left the dock on Monday, its crew waved the flags.")
    assert "left" in events


def test_joined_quotations_are_trimmed_once():
    assert not trim_words("We are not going to gamble with anyone's life … the bridge stays shut until the "
                          "engineers say so", 10).endswith("… …")


def run(articles):
    per_document = []
    for doc_id, text, published in articles:
        d = doc(text, published, doc_id=doc_id)
        per_document.append((d.info(), extract_events(d, stamps_for(text))))
    return assemble_events(per_document)


# (article a, article b, the trigger of a that must share an event with b's)
MERGE_CASES = [
    # short headlines in long, different sentences: compared on their own
    ("Councillor Rhea Voss, one of two votes against, said the city should have acted back in 2019, when "
     "an inspection noted rust on the same pier beam.",
     "The harbor's troubles are old. Engineers noted rust on the same pier beam in 2019, and the city put off "
     "a repainting project.", "noted"),
    # "after divers found a crack" (on or before Tuesday) is the crack found on Monday
    ("Divers found a crack in a pier beam on Monday during a routine check.",
     "The pier stood empty on Tuesday after divers found a crack in a pier beam.", "found"),
]


@pytest.mark.parametrize("text_a, text_b, trigger", MERGE_CASES)
def test_one_event_for_one_happening(text_a, text_b, trigger):
    result = run([("a", text_a, PUB), ("b", text_b, PUB)])
    merged = [e for e in result.events if {s.doc for s in e.sources} == {"a", "b"}
              and all(s.trigger.text == trigger for s in e.sources)]
    assert len(merged) == 1, [(e.headline, [s.doc for s in e.sources]) for e in result.events]
    assert not merged[0].conflict


def test_before_dated_telling_does_not_join_a_far_earlier_happening():
    result = run([("a", "Divers found a crack in a pier beam in 2019 during a routine check.", PUB),
                  ("b", "The pier stood empty on Tuesday after divers found a crack in a pier beam.", PUB)])
    found = [e for e in result.events if any(s.trigger.text == "found" for s in e.sources)]
    assert all(len(e.sources) == 1 for e in found)


def test_same_headline_words_with_different_verbs_stay_apart():
    result = run([("a", "The Alder Pier will reopen on Monday, officials confirmed.", PUB),
                  ("b", "Cars rolled across the Alder Pier on Monday for the first time in weeks.", PUB)])
    assert all(len(e.sources) == 1 for e in result.events), [e.headline for e in result.events]


# (text, trigger of a question or a condition, a trigger that stays)
CONDITION_CASES = [
    ("Asked on Tuesday whether the ferry would sail on Monday, the harbor master smiled.", "sail", None),
    ("If the storm returns on Monday, the bridge could close again.", "returns", None),
    ("If the storm returns, the bridge could close again on Monday.", "returns", "close"),
    ("Unless the divers finish on Monday, the pier stays shut.", "finish", None),
]


@pytest.mark.parametrize("text, dropped, kept", CONDITION_CASES)
def test_questions_and_conditions_are_no_happenings(text, dropped, kept):
    events = by_trigger(text)
    assert dropped not in events, [e.headline for e in events.values()]
    if kept:
        assert kept in events and events[kept].status == "hypothetical"
