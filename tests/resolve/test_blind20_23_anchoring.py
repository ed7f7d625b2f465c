"""Anchoring gaps found by the twentieth to twenty-third blind evaluations (issue 3, third round), pinned
with invented sentences.

Each case: (text, publication date, phrase, expected value, expected type). Every text here is invented
for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

# A part of the day told as "before" at the end of its clause: the day before the day in focus (one expression).
_NIGHT_BEFORE = ("Crews reopened the pass on Friday, after a rockslide had blocked it the night before. "
                 "Drivers waited for hours.")
_EVENING_BEFORE = "The ferry sailed on March 9, 2004, and the crew had checked the engines the evening before."
# Not "before": counted from the day itself ("the morning before the vote" keeps the day in focus).
_MORNING_OF = "The council met on Friday and signed the lease in the morning after a short debate."
# A year-less day of a month the story has dated from publication ("last December ... on Dec. 9").
_LAST_DECEMBER = ("Prosecutors said Monday that the accountant emptied the trust last December. The last "
                  "transfer was made on Dec. 9, when he wired $40,000 abroad.")
_LAST_DECEMBER_AHEAD = ("The firm closed its plant last December. The new plant will open on Dec. 9, the "
                        "company said.")
# A month written with its year ("a year back") does not set the year of a later day of that month.
_YEAR_BACK = ("Stores shut in March last year, and the chain reopened them in stages. Staff were recalled "
              "on 22 March, the union said.")
# A month written with its year in the same sentence ("in October 2003, when ... on Oct. 4").
_SAME_SENTENCE = ("The lake is expected to rise today. It would be its highest since October 2003, when it "
                  "stood at 12.6 feet on Oct. 4.")
# "since" a clock time is one moment, even with "normally" in the clause.
_SINCE_CLOCK = ("The utility restored power at 2 a.m. today. Crews worked for hours, and pumps have run "
                "normally since 4.15am.")
_HABIT_CLOCK = "The pumps normally run at 4.15am and again at dusk."
# A warning of something for a time looks ahead, whatever the tense of "warned".
_WARNED = ("Road officials have warned of long queues this weekend. Forecasters warned of "
           "heavy snow Thursday. The ministry warned on Monday that fuel was short.")
# A range joined by "through" needs no "from": its end is not put before its start.
_THROUGH = "The insurer's third quarter, which runs August through October, ended with a loss."
# A vote's tally "7 to 2" is no infinitive after "voted"; "voted 5 to 4 to close" still looks ahead.
_TALLY = "The first study ended last spring, and the board voted 6 to 3 in favor of the vaccine in June."
_TALLY_INTENT = "The council voted 5 to 4 to shut the landfill in June."
# "the day before" is an aside: "the next day" counts from the day it was counted back from.
_ASIDE = ("On Tuesday, a neighbour told officers she had seen the van the day before. The next day, "
          "detectives found it in a quarry.")
_CHAIN = "The pump failed on June 3, 2011. The next day, engineers replaced it, and the day after, it failed again."

CASES = [
    (_NIGHT_BEFORE, "2016-10-16", "the night before", "2016-10-13TNI", "TIME"),
    (_NIGHT_BEFORE, "2016-10-16", "Friday", "2016-10-14", "DATE"),
    (_EVENING_BEFORE, "2022-02-16", "the evening before", "2004-03-08TEV", "TIME"),
    (_MORNING_OF, "2016-10-16", "the morning", "2016-10-14TMO", "TIME"),
    (_LAST_DECEMBER, "2025-11-04", "Dec. 9", "2024-12-09", "DATE"),
    (_LAST_DECEMBER_AHEAD, "2025-11-04", "Dec. 9", "2025-12-09", "DATE"),
    (_YEAR_BACK, "2021-05-10", "22 March", "2021-03-22", "DATE"),
    (_SAME_SENTENCE, "2024-09-29", "Oct. 4", "2003-10-04", "DATE"),
    (_SINCE_CLOCK, "2015-07-08", "4.15am", "2015-07-08T04:15", "TIME"),
    (_HABIT_CLOCK, "2015-07-08", "4.15am", "XXXX-XX-XXT04:15", "TIME"),
    (_WARNED, "2017-08-16", "this weekend", "2017-W33-WE", "DATE"),
    (_WARNED, "2017-08-16", "Thursday", "2017-08-17", "DATE"),
    (_WARNED, "2017-08-16", "Monday", "2017-08-14", "DATE"),
    (_THROUGH, "1996-12-04", "October", "1996-10", "DATE"),
    (_TALLY, "1992-09-24", "June", "1992-06", "DATE"),
    (_TALLY_INTENT, "1992-09-24", "June", "1993-06", "DATE"),
    (_ASIDE, "2019-05-10", "the day before", "2019-05-06", "DATE"),
    (_ASIDE, "2019-05-10", "The next day", "2019-05-08", "DATE"),
    (_CHAIN, "2022-02-16", "The next day", "2011-06-04", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_blind20_23_anchoring(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
