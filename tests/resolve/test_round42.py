"""Round 42 (from the errors of TBAQ, TimeBank + AQUAINT newswire): a weekday joined by "and"/"or" to a weekday
with a plural part of the day ("on Monday and Tuesday nights") shares the plural, a set of that weekday's part of
the day like its partner, not the coming Monday; a year right after a capitalized word given as a name ("a
firm called Vantage 1990", "a plan dubbed Horizon 2040") ends that name and is no time; and a part of the day
followed by a clause without "that" ("recordings from the night the ferry sank", "on the morning he left") is
the time of that event, undated by the phrase, untagged as "the day the mine collapsed" is, while after "in",
"during" or "by" the subject opens the main clause and the part of the day keeps its day.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a weekday sharing the plural part of the day of its partner
    ("The council said extra buses would leave the depot on Monday and Tuesday nights from April 4.",
     "2011-03-02", "Monday", "XXXX-WXX-1TNI", "SET"),
    ("The museum stays open late on Thursday and Friday evenings.", "2011-03-02", "Thursday", "XXXX-WXX-4TEV",
     "SET"),
    ("Volunteers serve soup on Saturday or Sunday mornings.", "2011-03-02", "Saturday", "XXXX-WXX-6TMO", "SET"),
    # a comma before "and" joins two clauses: the weekday stays one day
    ("The bridge reopens on Thursday, and Friday nights will be quiet again.", "2011-03-02", "Thursday",
     "2011-03-03", "DATE"),
    # a part of the day before the main clause keeps its day
    ("The levee broke on May 2, 2009. During the night the river rose another metre.", "2011-03-02",
     "the night", "2009-05-02TNI", "TIME"),
    ("Snow fell on June 3, 2015. In the evening the pass was closed.", "2020-01-01", "the evening",
     "2015-06-03TEV", "TIME"),
    # a year after a name given in a relative clause, not after "called"
    ("The firm, called Vantage, was founded in 1990.", "2011-03-02", "1990", "1990", "DATE"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # a year closing a name just given
    ("The two engineers set up a software venture called Vantage 1990 in Oslo.", "2011-03-02", "1990"),
    ("The council adopted a growth plan dubbed Horizon 2040 on a split vote.", "2011-03-02", "2040"),
    ("She started a record label named Harbor 2000 with two friends.", "2011-03-02", "2000"),
    # a part of the day told by a clause after it
    ("Investigators played recordings from the night the ferry sank.", "2011-03-02", "the night"),
    ("On the morning he left, the harbour was calm.", "2011-03-02", "the morning"),
    ("The evening they met, it snowed in the valley.", "2011-03-02", "The evening"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round42(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round42_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
