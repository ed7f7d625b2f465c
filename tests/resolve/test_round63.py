"""Round 63 (from the errors of blind30, encyclopedic history and biography, and blind74, history and
archaeology features): a century with its era written after it ("the 3rd century AD") is one DATE, as
"the 5th century BC" is; a year before Christ given as a rough date ("around 2100 BC") keeps its hedge in
the expression (mod APPROX), as "c. 1725" does; a past verb under a negative subject or "never" before
"until" ("nobody dug there until April") tells when the thing finally happened, not a deadline still to
come; and "plans" followed by "a"/"an" is the verb with its object ("the college plans a service in the
summer": still to come), not the noun of "the spending plan".

Each case: (text, publication date, phrase, expected value, expected type). Every text here is invented
for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a century with its era after it
    ("Coins of the 4th century AD turned up under the floor of the bath house.", "2017-05-02",
     "the 4th century AD", "03", "DATE"),
    ("The harbour wall dates from the late first century CE, the survey found.", "2017-05-02",
     "the late first century CE", "00", "DATE"),
    # a rough year before Christ
    ("Copper was smelted on the site around 2300 BC, long before the hillfort.", "2017-05-02",
     "around 2300 BC", "BC2300", "DATE"),
    ("The grave goods were buried about 1750 BC with the chieftain.", "2017-05-02",
     "about 1750 BC", "BC1750", "DATE"),
    ("Flax was grown on the terraces circa 900 BC, the seeds show.", "2017-05-02",
     "circa 900 BC", "BC0900", "DATE"),
    # a past verb under a negative subject before "until": when it happened
    ("The barn stood empty for years, and nobody dug the foundations until March, when the grant came.",
     "2005-08-19", "March", "2005-03", "DATE"),
    ("The swallows never returned to the eaves until February, the warden noted.", "2005-08-19",
     "February", "2005-02", "DATE"),
    # ... but a future clause still looks ahead
    ("The council said nobody will dig the site until March.", "2005-08-19", "March", "2006-03", "DATE"),
    # "plans a" + object: the verb, still to come
    ("A burial will take place on Tuesday, and the choir plans a memorial concert in the autumn.",
     "2003-04-16", "the autumn", "2003-FA", "DATE"),
    ("The club plans an open regatta in the summer.", "2003-04-16", "the summer", "2003-SU", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round63(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
