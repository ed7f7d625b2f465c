"""Round 120 (from the errors of blind136, education news, and blind20, hard news from outside the US): a clock
time bounding advice that limits a daily habit ("limit screen time after 9pm") and a routine run to bedtime
("from 5am until lights out") is the time of every day, not the publication day's; advice to avoid something
after a time, or a limit with a day of its own, stays on one day. "this term" in a school story that numbers
its terms "Term 1" to "Term 4" is the current quarter.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # advice limiting a daily habit: the time of every day
    ("Sleep experts told families to limit phone use after 10pm during exam season.", "2012-05-14", "10pm",
     "XXXX-XX-XXT22:00", "TIME"),
    ("Coaches urged players to cut out coffee after 3pm.", "2012-05-14", "3pm", "XXXX-XX-XXT15:00", "TIME"),
    # counter-case: the limit with a day of its own is that day's
    ("The council will limit noise after 11pm on Saturday for the street party.", "2012-05-14", "11pm",
     "2012-05-19T23:00", "TIME"),
    # counter-case: advice to avoid something after a time is one evening's (a festival night)
    ("Residents were asked to avoid setting off fireworks after 11pm.", "2012-05-14", "11pm",
     "2012-05-14T23:00", "TIME"),
    # a routine run to bedtime: every day's start
    ("The boarders said they had been studying \"from 6am until lights out\" for a month.", "2012-05-14", "6am",
     "XXXX-XX-XXT06:00", "TIME"),
    # counter-case: a start with no bedtime end is one day's
    ("The boarders said they had been studying from 6am until the bell rang.", "2012-05-14", "6am",
     "2012-05-14T06:00", "TIME"),
    # "this term" in a school story that numbers its terms: the current quarter
    ("Teachers said Term 1 had gone well, but attendance at the school has slipped this term.", "2018-08-06",
     "this term", "2018-Q3", "DATE"),
    # counter-case: no numbered terms in the text (a term of office)
    ("The mayor said this term would be her last, and pupils at the school cheered.", "2018-08-06",
     "this term", None, "DATE"),
    # counter-case: a part of the term after "of" stays untagged
    ("Term 3 exams begin soon, and students will sit mock papers in the last week of this term.", "2018-08-06",
     "this term", None, "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round120(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
