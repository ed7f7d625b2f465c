"""Round 126 (from the errors of TBAQ, TimeBank/AQUAINT): "soon" in a clause that looks ahead is a reference to
the near future (FUTURE_REF), as TimeBank tags it ("the bank may soon raise its offer", "it expects sales to
soon grow"); told in the past ("he was soon released"), or tied to another time ("as soon as", "soon after"),
it is no timex. "The latest quarter" is the quarter the report last named only when that quarter is told as
reported, not as one still to come ("the strike will lead to a fourth-quarter charge"). Early in a quarter, a
results report's "This quarter was our strongest" or "this quarter's loss" is the quarter just reported.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a modal before "soon"
    ("The brewery may soon close its second plant, a union official said.", "2021-05-12", "soon",
     "FUTURE_REF", "DATE"),
    # a modal right after it
    ("The airline soon will start flights to Lisbon.", "2021-05-12", "soon", "FUTURE_REF", "DATE"),
    # a verb of expecting earlier in the sentence
    ("Residents expect the council to reopen the library soon.", "2021-05-12", "soon", "FUTURE_REF", "DATE"),
    # counter-cases: a past narrative, a link to another time, a condition
    ("The driver was soon freed by firefighters.", "2021-05-12", "soon", None, "DATE"),
    ("The talks collapsed and soon the strike spread to the docks.", "2021-05-12", "soon", None, "DATE"),
    ("The mayor will speak soon after the vote.", "2021-05-12", "soon", None, "DATE"),
    ("Crews will repair the bridge as soon as the river falls.", "2021-05-12", "soon", None, "DATE"),
    ("The harvest will be late if the rain stops soon, growers said.", "2021-05-12", "soon", None, "DATE"),
    # "the latest quarter" after a quarter still to come: the last one reported at publication
    ("Ridgeway Foods said the strike will lead to a fourth-quarter charge of $2 million. Sales rose 4% in the "
     "latest quarter.", "2021-10-28", "the latest quarter", "2021-Q3", "DATE"),
    # ... after a quarter told as reported, that quarter (by its own label)
    ("Ridgeway Foods earned $3 million in its fourth quarter, which ended in September. Sales rose 4% in the "
     "latest quarter.", "2021-10-28", "the latest quarter", "2021-Q4", "DATE"),    # "this quarter" told as reported, in the first weeks of the next quarter: the quarter reported on
    ("This quarter was the strongest in the chain's history, the chief executive told analysts.", "2021-10-21",
     "This quarter", "2021-Q3", "DATE"),
    ("This quarter's profit includes a $3 million gain from a land sale.", "2021-11-03", "This quarter",
     "2021-Q3", "DATE"),
    # ... a forecast is the quarter under way
    ("The company expects to break even this quarter.", "2021-10-21", "this quarter", "2021-Q4", "DATE"),
    # ... and late in a quarter, the quarter under way
    ("This quarter was a disappointment, the chief executive said.", "2021-12-15", "This quarter", "2021-Q4",
     "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round126(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
