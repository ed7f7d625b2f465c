"""Headlines a person would write: subject + verb phrase, short, dates cut out cleanly."""
from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.events import extract_events
from timeline.events.headline import HEADLINE_WORDS

from .helpers import D, doc, events_by_trigger, stamps_in

PUB = D(2024, 3, 6)
STAMPS = {
    "Monday": ("2024-03-04", D(2024, 3, 4), None, "day"),
    "March 3": ("2024-03-03", D(2024, 3, 3), None, "day"),
    "April 14": ("2024-04-14", D(2024, 4, 14), None, "day"),
    "1990s": ("199", D(1990, 1, 1), D(1999, 12, 31), "decade"),
}


def headline_of(text, trigger):
    events = events_by_trigger(text, STAMPS, PUB)
    assert trigger in events, sorted(events)
    return events[trigger].headline


# (text, trigger, headline)
CASES = [
    # the date and the words that introduce it go; what remains reads as a sentence
    ("The port authority on Monday reopened the northern pier.", "reopened",
     "Port authority reopened the northern pier"),
    ("The ferry line ran extra boats from March 3 to April 14.", "ran", "Ferry line ran extra boats"),
    ("Its deck was widened in the 1990s to add a bus lane.", "widened", "Its deck was widened to add a bus lane"),
    # the stump of an appositive to the cut date goes with it; a real list stays
    ("The pier will reopen to ferries on April 14, six weeks after it was closed.", "reopen",
     "Pier will reopen to ferries"),
    ("The ferry line ran extra boats to Eastbank, Northbank and Westbank on Monday.", "ran",
     "Ferry line ran extra boats to Eastbank, Northbank and Westbank"),
    # no leading conjunction, no quotation marks of any style
    ("But the council approved the budget on Monday.", "approved", "Council approved the budget"),
    ("``The pier is open,'' harbor master Ines Dahl said on Monday.", "said",
     "Ines Dahl: “The pier is open”"),
    ("The union called the plan ``a disgrace'' on Monday.", "called", "Union called the plan a disgrace"),
    # a long clause is cut to a dozen words, ending on a word, not a preposition
    ("The Lakeside port authority reopened the northern pier to cargo ships after three weeks of repairs "
     "that had cost the city far more than the original estimate on Monday.", "reopened",
     "Lakeside port authority reopened the northern pier to cargo ships …"),
    # a trailing "…, X said" with nothing that happened before it: the statement, in reading order
    ("The harbor is safe again, the pilots said on Monday.", "said", "Pilots said the harbor is safe again"),
    # a sentence's own capital stays only on names
    ("Boats will leave every hour, the ferry line said on Monday.", "said",
     "Ferry line said boats will leave every hour"),
]


@pytest.mark.parametrize("text, trigger, expected", CASES)
def test_headline(text, trigger, expected):
    assert headline_of(text, trigger) == expected


_WORDS = ["The", "council", "said", "on", "Monday", "it", "will", "reopen", "the", "pier", ".", ",", "“", "”",
          "``", "''", "and", "but", "from", "March 3", "to", "April 14", "Acme", "approved", "closed", "budget",
          "since", "ferry", "crews", "repaired", "the", "span", "after", "storms", "—", "(", ")"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=3, max_size=40))
@example(["The", "(", "approved", "(", ")"])          # found by hypothesis: stray brackets left spaces
@example(["council", "approved", "on", ")"])          # ... and a dangling "on" behind them
def test_headlines_are_short_clean_and_capitalised(words):
    text = " ".join(words)
    for event in extract_events(doc(text, PUB), stamps_in(text, STAMPS)):
        line = event.headline
        assert line and line == line.strip()
        assert len(line.replace(" …", "").split()) <= HEADLINE_WORDS + 1
        assert not re.match(r"(?i)(and|but|or)\b", line)
        assert not line.startswith(("`", "'", '"', "“", "”", ",", "—"))
        assert "``" not in line and "''" not in line
        assert not re.search(r"\b(from|to|on|since)\s*$", line)
        assert line[0] == line[0].upper()
