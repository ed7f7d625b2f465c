"""Round 54 (from the errors of blind115, diaries, journals and logs with dated entries, and blind79,
workplace emails, memos and minutes): in a diary whose entries open with their day ("Tuesday 5 January.
Back on nights tonight."), "today", "yesterday", "this morning", "last night", a weekday and a bare clock
time count from the day of the entry they are written in, not from publication; one dated line alone is
no diary. A weekday still to come ("we should make the harbour on Saturday") is not the same weekday dated
earlier and gone by.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

_ALLOTMENT = ("Saturday 5 March. Turned the compost heap this morning and found a family of slow-worms.\n\n"
              "Thursday 10 March. Rain all day, so I sorted seed packets in the shed until 2.30 p.m., then went home. "
              "Yesterday the frost finally lifted, and I sowed broad beans.\n\n"
              "Monday 21 March. The beans are through. We moved the water butt on Saturday.")

_VOYAGE = ("Day 3 — 14 July. Fog since dawn. Last night the watch saw a whale off the bow.\n\n"
           "Day 5 — 16 July. Sun at last. We should see the island on Wednesday. Two days ago the "
           "bilge pump jammed.\n\n"
           "Day 6 — 17 July. Saturday 16 July was calm. With this wind we should make the harbour on Saturday.")

CASES = [
    # a diary's entries: deictic words count from the entry's own day
    (_ALLOTMENT, "2022-04-02", "this morning", "2022-03-05TMO", "TIME"),
    (_ALLOTMENT, "2022-04-02", "Yesterday", "2022-03-09", "DATE"),
    (_ALLOTMENT, "2022-04-02", "2.30 p.m.", "2022-03-10T14:30", "TIME"),
    (_ALLOTMENT, "2022-04-02", "Saturday", "2022-03-19", "DATE"),
    (_VOYAGE, "1988-07-25", "Last night", "1988-07-13TNI", "TIME"),
    (_VOYAGE, "1988-07-25", "Wednesday", "1988-07-20", "DATE"),
    (_VOYAGE, "1988-07-25", "Two days ago", "1988-07-14", "DATE"),
    # the headings themselves are read from publication
    (_ALLOTMENT, "2022-04-02", "Monday 21 March", "2022-03-21", "DATE"),
    # a two-digit year may close a log's heading
    ("Mon 04 APR 22. Two sectors to Belfast. Yesterday was a rest day.\n\n"
     "Wed 06 APR 22. Line check this morning, passed.", "2022-04-15", "Yesterday", "2022-04-03", "DATE"),
    # a weekday still to come is not the same weekday dated earlier, now gone by
    ("The talks opened on Monday, March 3, in Geneva. The two delegations will meet again on Monday.",
     "2025-03-05", "Monday", "2025-03-10", "DATE"),
    (_VOYAGE, "1988-07-25", "Saturday", "1988-07-23", "DATE"),
    # ... but a weekday told in the past may be the one dated earlier
    ("The talks opened on Monday, March 3, in Geneva. Both delegations left early on Monday.",
     "2025-03-05", "Monday", "2025-03-03", "DATE"),
    # one dated line alone is no diary: "yesterday" counts from publication
    ("Friday 8 April. The mayor opened the new library. Yesterday the council approved its budget.",
     "2022-04-12", "Yesterday", "2022-04-11", "DATE"),
    # a chronology's entries headed with a colon are not a diary's
    ("March 3: The union calls a strike.\nMarch 9: Talks resume. Today the union meets again.",
     "2022-04-12", "Today", "2022-04-12", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round54(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
