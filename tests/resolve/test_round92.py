"""Round 92 (from the errors of blind135, religious and cultural calendar news, and blind67, announcements
and schedules): a weekday after "and again on" comes after the weekday it repeats; a weekday with no tense cue
goes on with a plan put on a coming weekday in the sentence before (the times of that day in between);
clock hours kept "for the rest of the month" or "from Monday until March 20" are of no one day, and so is the
end of a range "between 9am and 4pm" opened by such a time; a holiday's name before "recess" or "vacation"
names the time off, not the day (but "the Labor Day recess" is dated by its day).

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # "and again on": after the weekday it repeats
    ("Fireworks are scheduled at 9 p.m. on Wednesday, and again on Saturday, when the main procession is held.",
     "2026-03-03", "Saturday", "2026-03-07", "DATE"),
    # ... not across publication, where the tense of the clause decides
    ("Prices fell on Friday and again on Tuesday.", "2026-03-02", "Tuesday", "2026-02-24", "DATE"),
    # a plan on a coming weekday goes on into the next sentence, past the times of that day
    ("On Friday the delegates will travel to the coast, where they will spend the night. Before dawn on "
     "Saturday they board the ferry.", "2011-11-03", "Saturday", "2011-11-05", "DATE"),
    # ... not into the next paragraph
    ("On Friday the delegates will travel to the coast, where they will spend the night.\n\nOn Saturday they "
     "board the ferry.", "2011-11-03", "Saturday", "2011-10-29", "DATE"),
    # hours kept for the rest of a period
    ("Libraries will open from 9 a.m. to 1 p.m. for the rest of the school term.", "2026-03-03", "9 a.m.",
     "XXXX-XX-XXT09:00", "TIME"),
    ("Libraries will open from 9 a.m. to 1 p.m. for the rest of the school term.", "2026-03-03", "1 p.m.",
     "XXXX-XX-XXT13:00", "TIME"),
    # ... not for the rest of one day
    ("On Friday staff worked from 7 a.m. for the rest of the day.", "2026-03-03", "7 a.m.", "2026-02-27T07:00",
     "TIME"),
    # hours kept from one day until another
    ("Markets will open at 10 a.m. and close at 10 p.m. from Monday until March 20.", "2026-03-03", "10 a.m.",
     "XXXX-XX-XXT10:00", "TIME"),
    ("Markets will open at 10 a.m. and close at 10 p.m. from Monday until March 20.", "2026-03-03", "10 p.m.",
     "XXXX-XX-XXT22:00", "TIME"),
    # the end of a "between" range opened by a time of no one day
    ("Phase two, 4 May to 29 May: the bridge will be shut between 9am and 4pm.", "2026-03-03", "4pm",
     "XXXX-XX-XXT16:00", "TIME"),
    # ... while one day's range stays on that day
    ("On Friday the bridge was shut between 9am and 4pm.", "2026-03-03", "4pm", "2026-02-27T16:00", "TIME"),
    # a holiday before "recess" or "vacation" names the time off
    ("Classes end before the Easter recess.", "2026-03-03", "Easter", None, None),
    ("Families booked cabins for the Christmas vacation.", "2026-03-03", "Christmas", None, None),
    # ... but a one-day holiday "... Day" before "recess" is that day
    ("Congress returns after the Labor Day recess.", "2026-03-03", "Labor Day", "2026-09-07", "DATE"),
    # ... and the holiday on its own is still the day
    ("Classes end before Easter.", "2026-03-03", "Easter", "2026-04-05", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round92(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=False)
