"""Round 123 (from the errors of blind143, central banks and monetary policy, and blind67, notices). Two days in a
row holding one meeting or weekend ("the board meets on June 9-10", "the May 2-3 meeting") are one DATE valued by
the first day; a listing's "Spring recess: March 9-10" keeps its two ends. "twice-yearly" is one SET with its
count. A list of three or more days after one month ("on June 4, 6 and 9") tags each later day. Forecasters who
"see" an event in a time ("economists see a rebound in the third quarter") look ahead; a month wagered on ("bets
on a June hike") is the coming one. A day set in apposition after a step ("a month earlier, on March 1,") says
where the step lands. The next quarter in a sentence's run of quarters ("40 billion in the January-March quarter
and 42 billion in the April-June quarter") follows the one before it. A market report's "bond yields dropped 8
basis points by late afternoon" is on the story's day named in the lead. "Minutes of every council session" are a
record, no length. "In our current view", "the current tightening cycle" date nothing. The second year of a span
inside a reference code ("KW/PW/04/2019-2020") is no year.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # two days in a row holding one meeting: one expression, the first day
    ("The rate committee meets on May 12-13 to weigh another cut.", "2026-04-01", "May 12-13", "2026-05-12",
     "DATE"),
    ("Notes from the March 3-4 meeting showed a split board.", "2026-04-01", "March 3-4", "2026-03-03", "DATE"),
    # a listing's range of days keeps its two ends
    ("Spring recess: March 9-10", "2026-01-12", "March 9-10", None, None),
    ("The survey, conducted March 9-10, found support slipping.", "2026-04-01", "March 9-10", None, None),
    # "twice-" joined to its adverb: one set with its count
    ("The library runs twice-monthly reading clubs for teenagers.", "2026-04-01", "twice-monthly", "P1M", "SET"),
    ("Our twice-weekly market returns in May.", "2026-04-01", "twice-weekly", "P1W", "SET"),
    ("It was a twice-told tale by then.", "2026-04-01", "twice-told", None, None),
    # a list of days after one month: each later day
    ("Hearings are set for June 3, 5 and 9, the clerk said.", "2026-04-01", "5", "2026-06-05", "DATE"),
    ("Hearings are set for June 3, 5 and 9, the clerk said.", "2026-04-01", "9", "2026-06-09", "DATE"),
    # a count after the list is no day
    ("On June 3, 5 and 6 workers were hurt in falls.", "2026-07-01", "6", None, None),
    # forecasters who "see" an event in a time: ahead
    ("Some economists see a rebound in the third quarter as exports recover.", "2026-01-29", "the third quarter",
     "2026-Q3", "DATE"),
    ("Traders don't see a rate hike before the spring, according to a survey.", "2026-08-20", "the spring",
     "2027-SP", "DATE"),
    # what was seen is over
    ("Analysts saw a slump in the third quarter, the report said.", "2026-01-29", "the third quarter", "2025-Q3",
     "DATE"),
    # a month wagered on: the coming one
    ("Traders pared bets on a June hike after the jobs data.", "2026-02-10", "June", "2026-06", "DATE"),
    ("Futures put the odds of an April cut at one in three.", "2026-02-10", "April", "2026-04", "DATE"),
    # a month of a past event: the one gone by
    ("Traders pared their bets after a June slump in orders.", "2026-02-10", "June", "2025-06", "DATE"),
    # a day in apposition after a step: where the step lands
    ("Prices jumped on Friday. Two weeks earlier, on March 2, the bank had warned of a squeeze.", "2026-03-20",
     "Two weeks earlier", "2026-03-02", "DATE"),
    ("The port reopened on March 30. A month earlier, on March 1, storms had shut it.", "2026-03-31",
     "A month earlier", "2026-03", "DATE"),
    # no day beside it: the count from the anchor
    ("Prices jumped on Friday, March 20. Two weeks earlier, the bank had warned of a squeeze.", "2026-03-25",
     "Two weeks earlier", "2026-03-06", "DATE"),
    # the next quarter in a sentence's run of quarters
    ("The agency put exports at 40 billion in the January-March quarter and 42 billion in the April-June quarter.",
     "2026-02-09", "the April-June quarter", "2026-Q2", "DATE"),
    ("Sales grew in the first quarter and should grow faster in the second quarter.", "2026-02-09",
     "the second quarter", "2026-Q2", "DATE"),
    # a comparison or a past tense: the usual reading
    ("Orders in the first quarter fell 5% from the second quarter, the firm said.", "2026-02-09",
     "the second quarter", "2025-Q2", "DATE"),
    ("Sales fell in the first quarter and rose in the second quarter.", "2026-02-09", "the second quarter",
     "2025-Q2", "DATE"),
    # a market report's part of the day: the trading session of the story's day named in the lead
    ("OSLO - The central bank cut its rate, the governor said yesterday. Exporters cheered. Bond yields dropped 8 "
     "basis points by late afternoon as traders bought bunds.", "2024-03-08", "late afternoon", "2024-03-07TAF",
     "TIME"),
    # a move still expected is no session told
    ("OSLO - The central bank cut its rate, the governor said yesterday. Exporters cheered the decision. Dealers "
     "expect bond yields to ease by late afternoon, and shares to follow.", "2024-03-08", "late afternoon",
     "XXXX-XX-XXTAF", "TIME"),
    # "minutes" as a meeting's record, no length of time
    ("Minutes of every council session go online within a month.", "2024-03-08", "Minutes", None, None),
    ("The fans stood through minutes of silence before the match.", "2024-03-08", "minutes", "PTXM", "DURATION"),
    # "current" before a view or a setting held now, or a cycle named by its kind: no time
    ("In our current view, the economy is cooling, the minister said.", "2024-03-08", "current", None, None),
    ("The current tightening cycle is the longest in a generation.", "2024-03-08", "current", None, None),
    # before what happens now, the present
    ("The current crisis has cost thousands of jobs.", "2024-03-08", "current", "PRESENT_REF", "DATE"),
    # the second year of a span inside a reference code
    ("TENDER REF. KW/PW/04/2019-2020 for road repairs", "2020-01-15", "2020", None, None),
    ("The 2019-2020 season ended early.", "2020-06-15", "2020", "2020", "DATE"),
]


@pytest.mark.parametrize("text,dct,phrase,value,typ", CASES)
def test_round123(text, dct, phrase, value, typ):
    check_phrase(text, dct, phrase, value, typ)
