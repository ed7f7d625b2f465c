"""--about: names, aliases and simple coreference."""
from __future__ import annotations

import pytest

from timeline.events import extract_events
from timeline.events.focus import Focus

from .helpers import doc


@pytest.mark.parametrize("about, text, found", [
    ("Acme Corp.", "Acme Corp. opened a plant.", True),
    ("Acme Corp.", "Acme opened a plant.", True),
    ("Acme Corp.", "acme opened a plant.", False),        # a dictionary word needs its capital
    ("Lena Ortiz", "Ortiz opened the plant.", True),
    ("Lena Ortiz", "Mayor Lena Ortiz opened the plant.", True),
    ("iPhone 12", "Sales of the iphone 12 rose.", True),
    ("iPhone 12", "Sales of the iPhone 11 rose.", False),
    ("Lakeside Ferry Company", "Lakeside Ferry cut fares.", True),
])
def test_mentions(about, text, found):
    assert bool(Focus.of(about).mentions(text)) is found


@pytest.mark.parametrize("about, kind", [
    ("Acme Corp.", "org"), ("Lena Ortiz", "person"), ("iPhone 12", "product"), ("NATO", "org"),
])
def test_kind(about, kind):
    assert Focus.of(about).kind == kind


def triggers_about(text, about):
    events = extract_events(doc(text), [], about=about)
    return {e.sources[0].trigger.text: (about in e.actors) for e in events}


def test_company_coreference():
    text = ("Acme Corp. opened a plant in Lakeside. The company hired 200 workers. "
            "The council approved a new road.")
    found = triggers_about(text, "Acme Corp.")
    assert found["opened"] and found["hired"] and not found["approved"]


def test_pronoun_only_right_after_a_mention():
    text = ("Acme Corp. opened a plant in Lakeside. It hired 200 workers. The council met. The mayor spoke. "
            "The river flooded. It damaged the road.")
    found = triggers_about(text, "Acme Corp.")
    assert found["hired"] and not found["damaged"]


def test_person_pronoun():
    text = "Lena Ortiz toured the pier. She praised the divers. The council met."
    found = triggers_about(text, "Lena Ortiz")
    assert found["toured"] and found["praised"] and not found["met"]


def test_entity_is_first_actor():
    events = extract_events(doc("The council thanked Acme Corp. for the plant."), [], about="Acme Corp.")
    (event,) = [e for e in events if e.sources[0].trigger.text == "thanked"]
    assert event.actors[0] == "Acme Corp."
