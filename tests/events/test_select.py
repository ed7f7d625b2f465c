"""Which clauses become events: happenings, once each; not states, pro-verbs, habits or background."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.events import extract_events
from timeline.events.select import CHARS_PER_EVENT, MIN_BUDGET

from .helpers import D, doc, timex

PUB = D(2024, 3, 6)   # a Wednesday
STAMPS = {
    "Monday": ("2024-03-04", D(2024, 3, 4), None, "day"),
    "Tuesday": ("2024-03-05", D(2024, 3, 5), None, "day"),
    "1987": ("1987", D(1987, 1, 1), D(1987, 12, 31), "year"),
    "May": ("2023-05", D(2023, 5, 1), D(2023, 5, 31), "month"),
    "this week": ("2024-W10", D(2024, 3, 4), D(2024, 3, 10), "week"),
}


def events_of(text, published=PUB):
    stamps = []
    for phrase, (value, start, end, granularity) in STAMPS.items():
        pos = text.find(phrase)
        while pos >= 0:
            occurrence = text[:pos + len(phrase)].count(phrase)
            stamps.append(timex(text, phrase, value, start, end, granularity, occurrence=occurrence))
            pos = text.find(phrase, pos + 1)
    return extract_events(doc(text, published), stamps)


def triggers(text, published=PUB):
    return [e.sources[0].trigger.text for e in events_of(text, published)]


# (text, a trigger that must not become an event)
NOT_HAPPENINGS = [
    ("The ferry still crosses the harbor, as it has done since 1987.", "done"),       # pro-verb
    ("The bridge remains closed to trucks.", "remains"),                               # state
    ("The old terminal is located near the fish market.", "located"),                  # stative passive
    ("The harbor is busy.", "is"),                                                     # copula
    ("The ferry leaves the dock every hour.", "leaves"),                               # habit, present tense
    ("If the storm returns, the bridge could close again.", "close"),                  # undated hypothesis
    ("The city will review the ridership figures.", "review"),                         # undated plan
    ("The pier, co-sponsored by two towns, opened on Monday.", "co-sponsored"),        # participle phrase
    ("“We have seen cracks before,” the pilot said on Monday.", "seen"),               # quotation
    ("Residents, who depend on the ferry, protested on Monday.", "depend"),            # background relative
    ("The council wanted to be informed on Monday.", "informed"),                      # infinitive
]


@pytest.mark.parametrize("text, trigger", NOT_HAPPENINGS)
def test_not_a_happening(text, trigger):
    assert trigger not in triggers(text)


# (text, a trigger that must become an event)
HAPPENINGS = [
    ("The bridge opened in 1987.", "opened"),
    ("The pier, co-sponsored by two towns, opened on Monday.", "opened"),
    ("Residents, who depend on the ferry, protested on Monday.", "protested"),
    ("Divers inspected the pier on Monday. They found two broken beams.", "found"),   # dated by the narrative
    ("The ferry resumed service on Monday after crews had cleared the channel.", "cleared"),
    ("The council did not approve the budget on Monday.", "approve"),                 # dated: negated, kept
    ("Crews are working in two shifts.", "working"),                                   # going on now
]


@pytest.mark.parametrize("text, trigger", HAPPENINGS)
def test_a_happening(text, trigger):
    assert trigger in triggers(text)


def test_trailing_attribution_folds_into_the_happening():
    events = events_of("Quarterly profit rose 16% in May, the company said.")
    assert [e.sources[0].trigger.text for e in events] == ["rose"]
    (event,) = events
    assert event.status == "reported" and event.date.value == "2023-05"


def test_trailing_attribution_names_the_speaker():
    events = events_of("Lakeside Ferry Company cut fares. Ridership doubled in May, Mayor Lena Ortiz said.")
    (doubled,) = [e for e in events if e.sources[0].trigger.text == "doubled"]
    assert "Lena Ortiz" in doubled.actors and doubled.sources[0].speaker == "Lena Ortiz"


def test_a_statement_whose_content_is_no_happening_stays_the_statement():
    events = events_of("The harbor is safe again, the pilots said on Monday.")
    (event,) = events
    assert event.sources[0].trigger.text == "said" and event.status == "reported"
    assert event.headline == "Pilots said the harbor is safe again"


def test_a_dated_attribution_of_a_dated_plan_is_two_happenings():
    text = "The pier will reopen on Tuesday, officials confirmed on Monday."
    found = {e.sources[0].trigger.text: e for e in events_of(text)}
    assert found["reopen"].date.value == "2024-03-05" and found["confirmed"].date.value == "2024-03-04"


def test_a_statement_and_its_content_on_the_same_day_are_one_event():
    events = events_of("The mayor said on Monday that divers found cracks on Monday.")
    assert [e.sources[0].trigger.text for e in events] == ["said"]


def test_the_lead_and_a_later_sentence_telling_the_same_happening_are_one_event():
    text = ("Lakeside council approved the harbor budget this week.\n\n"
            "Trucks lined up at the pier.\n\n"
            "The council approved the harbor budget on Monday after a long debate.")
    approved = [e for e in events_of(text) if e.sources[0].trigger.text == "approved"]
    assert len(approved) == 1
    # the sentence that dates it best tells it
    assert approved[0].date.value == "2024-03-04" and "on Monday" in approved[0].sources[0].sentence


def test_two_statements_of_one_speaker_with_different_content_stay_apart():
    text = "The mayor said the pier was safe. The mayor said the budget would grow."
    assert triggers(text).count("said") == 2


def test_undated_happenings_are_placed_by_the_paragraph():
    near = events_of("Divers inspected the pier on Monday. Cranes lifted the beams.")
    far = events_of("Divers inspected the pier on Monday. The harbor is busy. Crews painted the hull.")
    inspected, lifted = near
    painted = far[-1]
    assert (lifted.date.value, lifted.date.basis) == ("2024-03-04", "narrative")
    assert (painted.date.value, painted.date.basis) == ("2024-03-04", "narrative")
    assert painted.confidence < lifted.confidence < inspected.confidence


def test_a_past_happening_with_no_date_at_all_is_on_or_before_publication():
    (event,) = events_of("Crews painted the hull of the ferry.")
    assert event.date.start == PUB and event.date.mod == "BEFORE" and event.date.basis == "publication"
    (undated,) = events_of("Crews painted the hull of the ferry.", published=None)
    assert undated.date is None


def test_long_articles_keep_their_dated_happenings_and_the_most_salient_others():
    undated = " ".join(f"Crew {n} painted hull {n} of the harbor ferry fleet." for n in range(40))
    dated = "The council approved the harbor budget on Monday. The bridge reopened on Tuesday."
    text = dated + "\n\n" + undated
    events = events_of(text)
    found = [e.sources[0].trigger.text for e in events]
    assert "approved" in found and "reopened" in found
    assert len(events) <= 2 + max(MIN_BUDGET, len(text) // CHARS_PER_EVENT + 1)
    assert len(events) >= MIN_BUDGET


_SENTENCES = ["The council approved the budget on Monday.", "Crews painted the hull.", "The harbor is busy.",
              "Divers found cracks, the pilot said.", "The bridge reopened on Tuesday.", "The ferry leaves every hour.",
              "“We will rebuild,” the mayor said on Monday.", "The mayor said the pier was safe."]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=30))
def test_never_more_than_the_budget_beyond_dated_happenings(sentences):
    text = " ".join(sentences)
    events = events_of(text)
    own_dated = sum(1 for e in events if e.date is not None and e.date.basis == "timex" and e.confidence == 1.0)
    assert len(events) - own_dated <= max(MIN_BUDGET, -(-len(text) // CHARS_PER_EVENT))
    positions = [(e.sources[0].position, e.sources[0].trigger.start) for e in events]
    assert positions == sorted(positions) and len(set(positions)) == len(positions)


def test_what_goes_on_now_is_dated_by_the_publication():
    (event,) = events_of("Crews are working in two shifts.")
    assert event.date.start == PUB and event.date.basis == "publication" and event.date.mod is None
    assert event.confidence < 1.0
