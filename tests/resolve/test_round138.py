"""Round 138 (cross-set class: clock times anchored to the wrong day): the publication date written as a
dateline, alone on its line under the headline ("Monday, March 4, 2019") or in brackets after a city in
capitals ("LISBON (March 4) -"), is when the story was published, not the story's day: a clock time of a
past-tense report goes on the day the lead names next ("on Saturday night"), not on the dateline's day.
A publication date told inside the lead's sentence ("said on Monday, March 4, 2019") is no dateline. A month
gone by, told in a paragraph before ("was appointed last June"), is an aside: a clock time told in the past
after it stays on the story's day (a habit told in the present stays on no day). "tonight" in a quotation in
a report of an event the lead dated a day or three before publication is the evening of the day the words were
spoken, whatever the tense of its clause (not when they were spoken on the day of publication). A bare "the
night" in a past clause is the night of the evening or small hours told just before, gone by (a future clause
keeps the publication day's), and so is a past "midnight" after an evening told in its sentence or the one
before.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a dateline on a line of its own: the story's day is the one the lead names
    ("Barge sinks in river\n\nMonday, March 4, 2019\n\nA grain barge sank in the Tagus on Saturday night "
     "after striking a pier, and two crew were "
     "still missing this morning, the port authority said.\n\nThe barge left the quay at 8:15 p.m. and sank "
     "within the hour.", "2019-03-04", "8:15 p.m.", "2019-03-02T20:15", "TIME"),
    # a city's dateline in brackets
    ("LISBON (March 4) - A grain barge sank in the Tagus on Saturday night after striking a pier, and two crew "
     "were still missing this morning, the port authority said.\n\nThe barge left the quay at 8:15 p.m. and sank within the hour.", "2019-03-04",
     "8:15 p.m.", "2019-03-02T20:15", "TIME"),
    # counter-case: the publication day named in the lead's own sentence is the story's day
    ("Barge sinks in river\n\nA grain barge sank in the Tagus on Monday, March 4, 2019, after striking a pier, "
     "the port authority said.\n\nThe barge left the quay at 8:15 p.m. and sank within the hour.",
     "2019-03-04", "8:15 p.m.", "2019-03-04T20:15", "TIME"),
    # a month gone by, told in a paragraph before as an aside: the clock time stays on the story's day
    ("The town council voted on Tuesday night to sell the old library, ending a long dispute.\n\nThe council "
     "first put the building up for sale in October, and two bids came in.\n\nThe chairman opened the vote "
     "shortly after 9 p.m. and the motion passed by one vote.", "2019-03-14", "9 p.m.",
     "2019-03-12T21:00", "TIME"),
    # counter-case: a habit told in the present stays on no one day
    ("Readers have written to us since Sunday about the clock change.\n\nThe clocks went back in October, "
     "and my body still has not adjusted.\n\nI work the late shift at a depot, from 9 p.m. to 5 a.m., "
     "and sleep through the day.", "2019-03-14", "9 p.m.", "XXXX-XX-XXT21:00", "TIME"),
    # "tonight" in a quotation after an event the lead dated the day before publication, in a future clause
    ("Ridgeway beat Stoneport 3-1 on Saturday to reach the county final.\n\nThe winner came from a free "
     "kick late in the second half. \"We'll celebrate tonight and train again on Tuesday,\" the captain "
     "said.", "2019-03-17", "tonight", "2019-03-16TNI", "TIME"),
    # ... and when the last day named before the quotation is long gone
    ("Ridgeway beat Stoneport 3-1 on Saturday to reach the county final.\n\nThey last reached it on "
     "April 2, 2011. \"I'm going home tonight to sleep for a week,\" the captain said.", "2019-03-17",
     "tonight", "2019-03-16TNI", "TIME"),
    # ... and a past clause after a day long gone named before the quotation
    ("Ridgeway beat Stoneport 3-1 on Saturday to reach the county final.\n\nThey last reached it on "
     "April 2, 2011. \"Tonight we finally got there,\" the captain said.", "2019-03-17", "Tonight",
     "2019-03-16TNI", "TIME"),
    # counter-case: the present keeps publication's evening
    ("Ridgeway beat Stoneport 3-1 on Saturday to reach the county final.\n\n\"Tonight we have a dinner "
     "for the squad,\" the captain said.", "2019-03-17", "Tonight", "2019-03-17TNI", "TIME"),
    # counter-case: words spoken on the day of publication
    ("Ridgeway beat Stoneport 3-1 on Saturday to reach the county final.\n\nThe manager spoke to reporters "
     "on Sunday. \"We'll celebrate tonight and train again on Tuesday,\" he said.", "2019-03-17", "tonight",
     "2019-03-17TNI", "TIME"),
    # "the night" in a past clause after an evening and small hours told before: that night, not publication's
    ("Volunteers cleared mud from the village streets on Friday after a storm flooded it.\n\nThe rain began "
     "around 10 p.m. and the river peaked at about 2 a.m. One farmer said he spent the night in his hayloft.",
     "2019-03-15", "the night", "2019-03-14TNI", "TIME"),
    # counter-case: a future clause keeps publication's night
    ("Volunteers cleared mud from the village streets on Friday after a storm flooded it.\n\nThe rain began "
     "around 10 p.m. and the river peaked at about 2 a.m. Crews will work through the night to clear the "
     "drains.", "2019-03-15", "the night", "2019-03-15TNI", "TIME"),
    # a past "midnight" after an evening told in the sentence before: that evening's midnight
    ("The Greens won the Millford seat in a by-election, the returning officer said at a briefing today.\n\n"
     "Voting ended at 9pm last night. The last ballot boxes did not reach the hall until nearly midnight.",
     "2019-03-15", "midnight", "2019-03-14T24:00", "TIME"),
    # counter-case: in a future clause it stays on publication's day
    ("The Greens won the Millford seat in a by-election, the returning officer said at a briefing today.\n\n"
     "Voting ended at 9pm last night. The hall will stay open until midnight for the recount.",
     "2019-03-15", "midnight", "2019-03-15T24:00", "TIME"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_round138(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
