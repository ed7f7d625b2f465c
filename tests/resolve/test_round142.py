"""Round 142 (cross-set false positives, part 3): names and things read as dates. A holiday naming a thing made
for it ("the Christmas market", "Easter eggs") or a surname after an initial ("Cllr P. Easter"); the weekday of
a named day that is no date here ("Patch Tuesday", "Giving Tuesday") and a weekly market ("a Friday market");
"the fall" naming a drop or a tumble just told; a month naming a vessel ("the schooner October"); a year ending
a programme's name given with "known as" ("the plan known as Horizon 2030").

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a holiday before a thing of it
    ("Stallholders at the Christmas market in Harwick reported brisk trade.", "2024-11-20", "Christmas", None,
     "DATE"),
    ("The village hall sold 400 Easter eggs for the hospice.", "2024-03-20", "Easter", None, "DATE"),
    # counter-case: the day itself
    ("The market will close before Christmas, its organisers said.", "2024-11-20", "Christmas", "2024-12-25",
     "DATE"),
    # a surname after an initial
    ("Present: Cllrs P. Easter (chair), M. Todd and J. Hale.", "2024-06-12", "Easter", None, "DATE"),
    # counter-case: the feast after a preposition
    ("The bridge reopened at Easter, well ahead of schedule.", "2024-06-12", "Easter", "2024-03-31", "DATE"),
    # the weekday of a named day
    ("Admins braced for another heavy round of Patch Tuesday fixes.", "2024-06-12", "Tuesday", None, "DATE"),
    ("Donations doubled on Giving Tuesday, the charity said.", "2024-12-05", "Tuesday", None, "DATE"),
    # counter-case: a lower-case adjective before the weekday
    ("It was a black Tuesday for the airline's shareholders.", "2024-06-12", "Tuesday", "2024-06-11", "DATE"),
    # a weekly market
    ("Growers have long wanted a Friday market in the square.", "2024-06-12", "Friday", None, "DATE"),
    # counter-case: a word that dates before the weekday
    ("On Friday markets across the region stayed shut.", "2024-06-12", "Friday", "2024-06-07", "DATE"),
    # "the fall" naming the drop just told
    ("Exports fell 3.1 per cent in May. The fall, the second in a row, surprised economists.", "2024-06-12",
     "The fall", None, "DATE"),
    ("Witnesses saw him stumble on the wet steps, and doctors said the fall broke his hip.", "2024-06-12",
     "the fall", None, "DATE"),
    # counter-case: the season after a preposition, with a drop told before it
    ("Exports fell 3.1 per cent in May, and the ministry expects a recovery by the fall.", "2024-06-12",
     "the fall", "2024-FA", "DATE"),
    # a vessel's name
    ("The harbour master said the schooner October had dragged her anchor.", "2024-06-12", "October", None,
     "DATE"),
    ("Salvors reached the freighter Silver June before dawn.", "2024-06-12", "June", None, "DATE"),
    # counter-case: a month after the verb "ship" with its day
    ("The headphones ship June 20 for $149.", "2024-06-12", "June 20", "2024-06-20", "DATE"),
    # counter-case: a month after a vessel sentence, not its name
    ("The ferry sailed in October for the last time.", "2024-06-12", "October", "2023-10", "DATE"),
    # a programme's name given with "known as", ending in a year
    ("Unions attacked the spending plan known as Horizon 2030 at their conference.", "2024-06-12", "2030", None,
     "DATE"),
    # counter-case: a year after "known as" that is a time
    ("The storm, known as the worst since 1987, flattened orchards.", "2024-06-12", "1987", "1987", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_round142(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
