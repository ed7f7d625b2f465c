"""Headlines whose subject opens with "its"/"their" name the owner when the text leaves one
candidate ("Harbor Transit Authority’s boats carried ..."), and keep the pronoun when it leaves
two; a relative clause whose antecedent is its object keeps that object ("City bought the ferry")."""
from __future__ import annotations

import pytest

from timeline.events import extract_events

from .helpers import D, doc, timex

PUB = D(2024, 3, 6)


def headline_of(text, trigger):
    """The headline of the event triggered by the last `trigger` of the text; every "on Monday" is dated
    so that each clause is kept."""
    stamps = [timex(text, "on Monday", "2024-03-04", D(2024, 3, 4), occurrence=k)
              for k in range(1, text.count("on Monday") + 1)]
    stamps += [timex(text, "in 2010", "2010", D(2010, 1, 1), D(2010, 12, 31), "year")] if "in 2010" in text else []
    at = text.rindex(trigger)
    events = extract_events(doc(text, PUB), stamps)
    found = [e for e in events if e.sources[0].trigger.start == at]
    assert found, [(e.sources[0].trigger.text, e.headline) for e in events]
    return found[0]


# (why, text, trigger, the headline's beginning, an actor the event must list or None)
OWNERS = [
    ("the one organisation named before it in the sentence",
     "Weekly ridership climbed on Monday, the Harbor Transit Authority said; its boats carried 9,000 riders on Monday.",
     "carried", "Harbor Transit Authority’s boats carried", "Harbor Transit Authority"),
    ("the one organisation the sentence before in the paragraph named",
     "The Lakeside Ferry Company added a boat on Monday. Its crews worked overnight on Monday.",
     "worked", "Lakeside Ferry Company’s crews worked", "Lakeside Ferry Company"),
    ("a person is not what “its” refers to",
     "Mayor Lena Ortiz met the Port Authority on Monday. Its engineers inspected the pier on Monday.",
     "inspected", "Port Authority’s engineers inspected", "Port Authority"),
    ("“their”: the plural subject before it, not the place named inside that subject",
     "Eastbank shop owners complained on Monday, and their sales fell by half on Monday.",
     "fell", "Eastbank shop owners’ sales fell", "-Eastbank shop owners"),
    ("“its”: the singular subject of the clause before",
     "The bridge opened on Monday, and its deck was widened on Monday to add a bus lane.",
     "widened", "Bridge’s deck was widened", None),
]


@pytest.mark.parametrize("why, text, trigger, start, actor", OWNERS, ids=[o[0] for o in OWNERS])
def test_the_owner_replaces_the_possessive(why, text, trigger, start, actor):
    event = headline_of(text, trigger)
    assert event.headline.startswith(start), (why, event.headline)
    if actor and actor.startswith("-"):
        assert actor[1:] not in event.actors, (why, event.actors)    # a phrase, not a name: no actor
    elif actor:
        assert actor in event.actors, (why, event.actors)


# (why, text, trigger): two candidates, the pronoun stays
AMBIGUOUS = [
    ("a singular subject and a named organisation",
     "The city sued the Port Authority on Monday, and its lawyers filed papers on Monday.", "filed"),
    ("two organisations",
     "The Port Authority met the Lakeside Ferry Company on Monday. Its engineers inspected the pier on Monday.",
     "inspected"),
    ("a subject too complex to name may be the owner",
     "Nora's brother and two friends drowned on Monday when their boat sank on Monday.", "sank"),
    ("a plural subject is not what “its” refers to, nor a capitalised sentence opener",
     "Ferries crowded the harbor on Monday, and its pier closed on Monday.", "closed"),
    ("the name is two sentences back",
     "The Port Authority met on Monday. The weather was calm. Its engineers inspected the pier on Monday.",
     "inspected"),
]


@pytest.mark.parametrize("why, text, trigger", AMBIGUOUS, ids=[a[0] for a in AMBIGUOUS])
def test_an_ambiguous_possessive_stays(why, text, trigger):
    assert headline_of(text, trigger).headline.split()[0] in ("Its", "Their"), why


# (text, trigger, headline): the relative pronoun's antecedent is the verb's object
RELATIVE_OBJECTS = [
    ("The ferry, which the city bought in 2010, broke down on Monday.", "bought", "City bought the ferry"),
    ("The pier that the city built in 2010 collapsed on Monday.", "built", "City built the pier"),
    ("Residents protested the fare that the council approved on Monday.", "approved", "Council approved the fare"),
    ("Lakeside Ferry, which the city bought in 2010, broke down on Monday.", "bought", "City bought Lakeside Ferry"),
    ("The boat the city bought in 2010 sank on Monday.", "bought", "City bought the boat"),
    # a plural noun after the relative pronoun is its subject, not a verb ("crews", "ships")
    ("The pier, which crews rebuilt in 2010, collapsed on Monday.", "rebuilt", "Crews rebuilt the pier"),
    ("The ferry that crews repaired in 2010 broke down on Monday.", "repaired", "Crews repaired the ferry"),
]


@pytest.mark.parametrize("text, trigger, line", RELATIVE_OBJECTS)
def test_a_relative_clause_keeps_its_object(text, trigger, line):
    assert headline_of(text, trigger).headline == line
