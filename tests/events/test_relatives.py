"""A relative clause on the subject ("The pier that the city built in 2010 collapsed on Monday"):
its date governs its own verb, and the main verb after it keeps the subject and its own date."""
from __future__ import annotations

import pytest


from .helpers import D, events_by_trigger

PUB = D(2024, 3, 6)
STAMPS = {
    "Monday": ("2024-03-04", D(2024, 3, 4), None, "day"),
    "two years ago": ("2022", D(2022, 1, 1), D(2022, 12, 31), "year"),
    "2010": ("2010", D(2010, 1, 1), D(2010, 12, 31), "year"),
}


def events_of(text):
    return events_by_trigger(text, STAMPS, PUB)


# (text, trigger, its date value (None: not dated by the expression), the headline's first word)
CASES = [
    ("The pier that the city built two years ago collapsed on Monday.", "built", "2022", None),
    ("The pier that the city built two years ago collapsed on Monday.", "collapsed", "2024-03-04", "Pier"),
    ("Residents who moved here two years ago said on Monday the ferry was late.", "moved", "2022", "Residents"),
    ("Residents who moved here two years ago said on Monday the ferry was late.", "said", "2024-03-04", "Residents"),
    ("The ferry, which the city bought in 2010, broke down on Monday.", "broke", "2024-03-04", "Ferry"),
    ("The ferry, which the city bought in 2010, broke down on Monday.", "bought", "2010", None),
    ("The mayor, who took office two years ago, resigned on Monday.", "took", "2022", "Mayor"),
    ("The mayor, who took office two years ago, resigned on Monday.", "resigned", "2024-03-04", "Mayor"),
    ("Officials who had inspected the bridge in 2010 warned the council on Monday.", "warned", "2024-03-04",
     "Officials"),
    # "that" before a present verb with an object is the relative pronoun, not the determiner of "that plan"
    ("The fund that helps families closed on Monday.", "closed", "2024-03-04", "Fund"),
    ("The rule that limits the fares expired on Monday.", "expired", "2024-03-04", "Rule"),
    # a relative clause without "that" on the subject: the main verb after it keeps the antecedent
    ("The boat the city bought in 2010 sank on Monday.", "sank", "2024-03-04", "Boat"),
    ("The boat the city bought in 2010 sank on Monday.", "bought", "2010", "City"),
    ("The harbor master the city hired two years ago resigned on Monday.", "resigned", "2024-03-04", "Harbor"),
    # a participle after the relative clause stays a participle
    ("The bridge, which opened in 2010, used by thousands of cars, was closed on Monday.", "closed", "2024-03-04",
     "Bridge"),
]


@pytest.mark.parametrize("text, trigger, value, first_word", CASES)
def test_relative_clause_on_the_subject(text, trigger, value, first_word):
    events = events_of(text)
    assert trigger in events, sorted(events)
    ev = events[trigger]
    assert (ev.date.value if ev.date and ev.date.basis == "timex" else None) == value, ev.date
    if first_word:
        assert ev.headline.split()[0] == first_word, ev.headline


def test_a_date_does_not_leak_from_a_relative_clause_into_the_main_verb():
    ev = events_of("The pier that the city built two years ago collapsed.")["collapsed"]
    assert ev.date is None or ev.date.value != "2022"


# "said on Monday that repairs ...": the date is the statement's, not a noun's after it
def test_date_before_that_clause_is_not_a_noun_modifier():
    events = events_of("Mayor Lena Moss said on Monday that repairs were finished.")
    assert "repairs" not in events
    assert events["said"].date.value == "2024-03-04"


# A participle phrase on the subject owns its date even across a place phrase: the main verb does not
# take it, and the participle becomes the happening. (text, participle, main verb)
PARTICIPLE_CASES = [
    ("The pier stayed open. Ada Lindqvist, born in Port Alder on Monday, has built the largest ferry fleet "
     "in the region.", "born", "built"),
    ("The pier stayed open. The ferry, launched at Northcove Yard on Monday, has carried ten thousand riders.",
     "launched", "carried"),
]


@pytest.mark.parametrize("text, participle, main", PARTICIPLE_CASES)
def test_participle_over_a_place_phrase_owns_the_date(text, participle, main):
    events = events_of(text)
    assert participle in events and events[participle].date.value == "2024-03-04", sorted(events)
    assert main not in events or events[main].date is None or events[main].date.basis != "timex"
