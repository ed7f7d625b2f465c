"""Round 20 (from the errors of blind60, broadcast bulletins, and blind61, energy and shipping markets): a
season in a text set south of the equator runs by its own calendar; a wish ("good luck on Friday") looks
ahead; a bulletin's "next news at nine" is the day on air; "it is already Friday" in a zone ahead is never
a past day; a phone number in groups of digits, "the quarter-finals" and "three-quarters full" are no
times; a season told before "the quarter" is no base for it; what is chartered or shipped "for March" is
the coming March; British broadcast clock times ("It's 6.20", "at half seven") are times, prices with a
dot are not.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # southern-hemisphere seasons: a text datelined or set in such a country
    ("WELLINGTON, New Zealand (Reuters) - Power demand will peak this winter, the grid operator said. "
     "New Zealand's lakes are low.", "2021-03-10", "this winter", "2021-WI", "DATE"),
    ("SYDNEY - Farmers in Australia expect rain before winter, the bureau said. Australia's dams are full.",
     "2021-04-12", "winter", "2021-WI", "DATE"),
    # a wish opening its clause looks ahead
    ("The coach spoke to the squad on Tuesday. Good luck on Saturday, he told them.", "2019-05-15",
     "Saturday", "2019-05-18", "DATE"),
    # a broadcast's next bulletin is at a time of the day on air
    ("Talks resumed in Geneva on Monday. The next news is at nine o'clock.", "2019-05-15", "nine o'clock",
     "2019-05-15T09:00", "TIME"),
    # another time zone ahead of the writer's
    ("Our correspondent is in Tokyo, where it is already Thursday, and says markets opened calmly.",
     "2019-05-15", "Thursday", "2019-05-16", "DATE"),
    # no times at all
    # goods bought for delivery in a month: the coming one
    ("Charters for March were fixed at higher rates on Tuesday.", "2019-01-15", "March", "2019-03", "DATE"),
    ("Cargoes for April loading traded at a discount.", "2019-01-15", "April", "2019-04", "DATE"),
    # British broadcast clock times
    ("Good morning, it's 6.20 and time for the travel news.", "2023-05-17", "6.20", "2023-05-17T06:20",
     "TIME"),
    ("The first train leaves at half six, the operator said.", "2023-05-17", "half six", "2023-05-17T06:30",
     "TIME"),
    # its half of the day is not read: left to "tonight" rather than valued 07:30
    ("The doors open at half seven tonight.", "2023-05-17", "half seven", None, None),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    ("For help, call 1800 555 012 at any hour.", "2019-05-15", "1800 555 012"),
    ("Both sides reached the quarter-finals last year.", "2019-05-15", "quarter-finals"),
    ("The new stand is three-quarters complete.", "2019-05-15", "three-quarters"),
    ("The euro closed at 1.20 against the dollar.", "2023-05-17", "1.20"),
    ("Mortgage rates stood at 5.25 per cent.", "2023-05-17", "5.25"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round20(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round20_not_times(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
