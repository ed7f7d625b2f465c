"""Direct quotes keep their speaker: the subject of the reporting verb next to the quotation, not
another speaker of the same sentence; a quotation standing alone belongs to the statement beside it;
a pronoun speaker is the latest named person."""
from __future__ import annotations

import pytest

from timeline.events import extract_events

from .helpers import D, doc, timex

PUB = D(2024, 3, 6)


def sources_of(text):
    stamps = [timex(text, "Monday", "2024-03-04", D(2024, 3, 4))] if "Monday" in text else []
    events = extract_events(doc(text, PUB), stamps)
    return [(e, s) for e in events for s in e.sources]


def quote_of_speaker(text, speaker):
    """The quote of the source whose speaker (or subject) is `speaker`, or "" if none."""
    found = [s.quote or "" for e, s in sources_of(text) if s.speaker == speaker]
    return " | ".join(found)


# (text, speaker, words that must be in that speaker's quote, words that must not)
QUOTE_CASES = [
    # two statements in one sentence: the quotation is the second speaker's
    ("Mayor Lena Moss said on Monday that repairs were finished, and harbor engineer Ben Ortiz also said "
     "it was “far too early to tell” whether the pier was safe.", "Ben Ortiz", "far too early to tell", None),
    # the quotation before the verb: "“…,” X said"
    ("“We were warned about the rust for years,” harbor engineer Ben Ortiz said on Monday.", "Ben Ortiz",
     "We were warned about the rust", None),
    # inverted: "“…,” said X"
    ("“The channel is open to all boats again,” said harbor master Ines Duarte.", "Ines Duarte",
     "The channel is open", None),
    # a pronoun speaker: the latest named person
    ("Mayor Lena Moss toured the pier on Monday. “We will rebuild every plank of it,” she said.", "Lena Moss",
     "We will rebuild every plank", None),
    # the subject of the sentence before is the likelier antecedent than a person named after it
    ("Mayor Lena Moss toured the pier on Monday with engineer Ben Ortiz. “We will rebuild every plank of it,” "
     "she said.", "Lena Moss", "We will rebuild every plank", None),
    # "according to" a newspaper does not replace the speaker of "said"
    ("“We have not seen any repairs on the ground so far,” harbor master Ines Duarte said on Monday, "
     "according to the Gazette.", "Ines Duarte", "We have not seen any repairs", None),
    # ", noting that …" inside the statement: still the same speaker's words
    ("Mayor Lena Moss said on Monday that repairs were finished, and harbor engineer Ben Ortiz said it was "
     "“far too early to tell” whether the pier was safe, noting that the divers “had not yet seen the piles.”",
     "Ben Ortiz", "had not yet seen the piles", None),
    # a quotation split around its verb
    ("“We will rebuild the old pier,” Mayor Lena Moss said on Monday, “every single plank of it.”", "Lena Moss",
     "every single plank", None),
    # a quotation standing alone after the statement continues it
    ("“The pier stays shut for the whole spring,” harbor master Ines Duarte said on Monday. "
     "“Nobody walks on it until the divers are done.”", "Ines Duarte", "Nobody walks on it", None),
    # a quotation standing alone before a bare statement belongs to it
    ("Divers inspected the piles on Monday.\n\n“The piles are sound from top to bottom.” "
     "Harbor engineer Ben Ortiz said so on Monday.", "Ben Ortiz", "The piles are sound", None),
]


@pytest.mark.parametrize("text, speaker, inside, outside", QUOTE_CASES)
def test_quote_goes_to_its_speaker(text, speaker, inside, outside):
    quote = quote_of_speaker(text, speaker)
    assert inside in quote, [(e.headline, s.speaker, s.quote) for e, s in sources_of(text)]
    if outside:
        assert outside not in quote


# (text, speaker who must not carry any quotation)
NO_QUOTE_CASES = [
    # the quotation is in a later main clause that is no statement: not Moss's words
    ("Mayor Lena Moss said on Monday that the pier was safe, and the harbor board called the repair "
     "“a triumph of patient engineering.”", "Lena Moss"),
    ("Mayor Lena Moss said on Monday that repairs were finished, and harbor engineer Ben Ortiz also said "
     "it was “far too early to tell” whether the pier was safe.", "Lena Moss"),
    ("Mayor Lena Moss said on Monday that the ferry would run, while harbor master Ines Duarte warned "
     "that “the channel is still full of debris.”", "Lena Moss"),
]


@pytest.mark.parametrize("text, speaker", NO_QUOTE_CASES)
def test_a_statement_without_quotation_carries_none(text, speaker):
    for e, s in sources_of(text):
        if s.speaker == speaker or (e.actors and e.actors[0] == speaker):
            assert not s.quote, (e.headline, s.quote)


# (text, trigger, the speaker "according to" names, the headline must not contain)
ACCORDING_CASES = [
    ("The pier stayed open. The ferry line will resume service on Monday, according to harbor master Ines Duarte.",
     "resume", "Ines Duarte", "according"),
    ("The pier stayed open. According to harbor master Ines Duarte, divers found a crack on Monday.",
     "found", "Ines Duarte", "According"),
]


@pytest.mark.parametrize("text, trigger, speaker, absent", ACCORDING_CASES)
def test_according_to_names_the_source(text, trigger, speaker, absent):
    found = {s.trigger.text: (e, s) for e, s in sources_of(text)}
    assert trigger in found, sorted(found)
    event, source = found[trigger]
    assert source.speaker == speaker and speaker in event.actors
    assert absent not in event.headline, event.headline
    assert event.status in ("reported", "planned")
