"""Dating an event that has no expression of its own (dating.fallback), one rule per row:
the narrative never crosses a paragraph break; a statement with no expression takes the
publication date unless it goes on from the story told in its paragraph; a statement in the
present is made on the publication day; the past perfect keeps the narrative; an event with
nothing to resolve stays undated and is kept."""
from __future__ import annotations

import pytest

from timeline.events import extract_events

from .helpers import D, doc, stamps_in

PUB = D(2024, 3, 6)   # a Wednesday
STAMPS = {
    "on Monday": ("2024-03-04", D(2024, 3, 4), None, "day"),
    "on Tuesday": ("2024-03-05", D(2024, 3, 5), None, "day"),
    "In April": ("2023-04", D(2023, 4, 1), D(2023, 4, 30), "month"),
    "on May 2, 1998": ("1998-05-02", D(1998, 5, 2), None, "day"),
}


def events_of(text, published=PUB):
    return extract_events(doc(text, published), stamps_in(text, STAMPS))


def the_event(text, trigger, published=PUB):
    """The event whose trigger is the last `trigger` of the text."""
    at = text.rindex(trigger)
    events = events_of(text, published)
    found = [e for e in events if e.sources[0].trigger.start == at]
    assert found, [(e.sources[0].trigger.text, e.sources[0].trigger.start) for e in events]
    return found[0]


VOTE = "The harbor council voted on Tuesday to close the old bridge."
INSPECT = "Divers inspected the pier on Monday."

# (why, text, trigger, expected value, basis, mod); value None: undated
CASES = [
    ("a statement right after a dated sentence of its paragraph goes on from it",
     f"{VOTE} Mayor Lena Ortiz said the repairs would cost $12 million.", "said", "2024-03-05", "narrative", None),
    ("a statement opening a new paragraph takes the publication date, not the lead's",
     f"{VOTE}\n\nThe city announced a new ferry route to the islands.", "announced", "2024-03-06", "publication", None),
    ("one line per paragraph: a line break ending a sentence is a paragraph break too",
     f"{VOTE}\nThe city announced a new ferry route to the islands.", "announced", "2024-03-06", "publication", None),
    ("the narrative of the paragraph before is not inherited, a statement takes the publication date",
     f"{VOTE}\n\n{INSPECT}\n\nThe harbor master told reporters the channel was clear.", "told", "2024-03-06",
     "publication", None),
    ("a statement in the present is made on the publication day, whatever the paragraph's date",
     f"{VOTE} Mayor Lena Ortiz says the repairs will cost $12 million.", "says", "2024-03-06", "publication", None),
    ("a statement in the present does not borrow the date of the clause before it either",
     "The harbor council voted on Tuesday to close the bridge, and the mayor says the repairs will cost $12 million.",
     "says", "2024-03-06", "publication", None),
    ("so is one in the present progressive",
     f"{VOTE} The harbor master is warning boaters that the channel is shallow.", "warning", "2024-03-06",
     "publication", None),
    ("a statement in the past perfect keeps the narrative, before its date",
     f"{VOTE}\n\nThe city had announced a new ferry route to the islands.", "announced", "2024-03-05",
     "narrative", "BEFORE"),
    ("a past happening opening a paragraph takes the lead's date, not the last date of the paragraph before",
     f"{VOTE}\n\n{INSPECT}\n\nCrews painted the hull of the old ferry.", "painted", "2024-03-05", "narrative", None),
    ("a past happening in the paragraph goes on from its last date",
     f"{VOTE}\n\n{INSPECT} Crews painted the hull of the old ferry.", "painted", "2024-03-04", "narrative", None),
    ("after background (a month) a statement goes on from the day the paragraph's story was told",
     f"{VOTE}\n\n{INSPECT} In April, a storm had cracked two beams. The harbor master said the pier was safe again.",
     "said", "2024-03-04", "narrative", None),
    ("a statement in the past perfect in the paragraph of a date: that date, before it",
     f"{VOTE} The mayor had said the bridge was safe.", "said", "2024-03-05", "narrative", "BEFORE"),
    ("after background (a month) with no day of the story in the paragraph: the publication date",
     f"{VOTE}\n\nIn April, a storm cracked two beams. The harbor master said the pier was safe again.", "said",
     "2024-03-06", "publication", None),
    ("a statement goes on from an old day only in the sentence just after it",
     "The mayor opened the bridge on May 2, 1998. “It will stand a century,” she added to the crowd.", "added",
     "1998-05-02", "narrative", None),
    ("two sentences later an old day is background: a statement takes the publication date",
     "The mayor opened the bridge on May 2, 1998. The deck was painted blue. The harbor master said the bridge "
     "needed new cables.", "said", "2024-03-06", "publication", None),
    ("a past happening with no date anywhere is on or before the publication date",
     "Crews painted the hull of the old ferry.", "painted", "2024-03-06", "publication", "BEFORE"),
]


@pytest.mark.parametrize("why, text, trigger, value, basis, mod", CASES, ids=[c[0] for c in CASES])
def test_dating_without_an_expression(why, text, trigger, value, basis, mod):
    event = the_event(text, trigger)
    assert event.date is not None, why
    assert (event.date.value, event.date.basis, event.date.mod) == (value, basis, mod), why
    assert event.confidence < 1.0


# without a publication date: (text, trigger) that nothing dates; the event is kept, undated
UNDATED = [
    ("The city announced a new ferry route to the islands.", "announced"),
    (f"{VOTE}\n\nThe city announced a new ferry route to the islands.", "announced"),
    ("Mayor Lena Ortiz says the repairs will cost $12 million.", "says"),
    ("Crews painted the hull of the old ferry.", "painted"),
]


@pytest.mark.parametrize("text, trigger", UNDATED)
def test_nothing_to_resolve_keeps_the_event_undated(text, trigger):
    event = the_event(text, trigger, published=None)
    assert event.date is None


def test_without_a_publication_date_a_statement_still_goes_on_from_its_paragraph():
    event = the_event(f"{VOTE} Mayor Lena Ortiz said the repairs would cost $12 million.", "said", published=None)
    assert (event.date.value, event.date.basis) == ("2024-03-05", "narrative")


def test_confidence_falls_with_each_step_down():
    own = the_event(VOTE, "voted")
    near = the_event(f"{VOTE} Mayor Lena Ortiz said the repairs would cost $12 million.", "said")
    published = the_event(f"{VOTE}\n\nThe city announced a new ferry route to the islands.", "announced")
    lead = the_event(f"{VOTE}\n\n{INSPECT}\n\nCrews painted the hull of the old ferry.", "painted")
    assert own.confidence > published.confidence > lead.confidence
    assert own.confidence > near.confidence > lead.confidence
