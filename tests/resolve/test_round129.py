"""Round 129 (from the errors of blind151, music, concerts, tours and festivals news, and blind138, election
news): a range opened with "from last Sunday" runs on to the weekday after it ("from last Sunday to
Saturday"), however the tense of the clause would place that weekday alone; "the last night of the tour" is
the final night of a run, not yesterday's. "Forecasters said the weekend should stay dry": a period right
after a reporting verb with a modal after it is what is said to come; on a Friday "bookings for the weekend"
are for the one at hand. "a week before Christmas" is the day a week counted from a holiday lands on. "hoped to name a director before Christmas", told in
August, is the coming Christmas; "Christmas Day, which this year falls on a Sunday": that Sunday is Christmas.
"began at 10am on Tuesday ... finally left at about 4am": the small hours after the day the stretch began. "had been due to play starting Saturday", told on a
Friday: the Saturday at hand. "by June 2013, on the second Thursday of that month": that month's. "at 1am on a Sunday": that Sunday's.
"through June 4, ending on a Saturday": June 4 is that Saturday. "the band Forty Minutes" is a name. "will
run from Thursday July 14 to Sunday July 17, with ... a choir closing Saturday night": that week's Saturday.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a range from "last <weekday>" ends on the weekday after it
    ("The index tracks downloads from last Sunday to Saturday.", "2003-05-14", "Saturday", "2003-05-17", "DATE"),
    ("Fares were frozen from last Monday through Friday, the agency said.", "2003-05-14", "Friday",
     "2003-05-16", "DATE"),
    # counter-case: no range, the tense still places the weekday
    ("Ridership fell last Monday and it recovered on Friday.", "2003-05-14", "Friday", "2003-05-09", "DATE"),
    # the final night of a run
    ("Fans queued for hours for the last night of the run at the Palace.", "2003-05-14", "last night", None, None),
    ("She sang the anthem on the last night of her tour in Leeds.", "2003-05-14", "last night", None, None),
    # counter-case: yesterday's night
    ("The band played last night of all things a polka.", "2003-05-14", "last night", "2003-05-13TNI", "TIME"),
    ("Thieves broke into the venue last night.", "2003-05-14", "last night", "2003-05-13TNI", "TIME"),
    # a period right after "said", with a modal after it, is what is said to come
    ("Forecasters said the weekend should stay dry in the west.", "2011-09-09", "the weekend", "2011-W36-WE", "DATE"),
    ("Stewards said the weekend will need twice the staff.", "2011-09-09", "the weekend", "2011-W36-WE", "DATE"),
    # counter-case: what is said of it has happened
    ("Stewards said the weekend had passed off quietly.", "2011-09-09", "the weekend", "2011-W35-WE", "DATE"),
    # on a Friday, what was booked or lost for the weekend is the one at hand
    ("The hotel had already lost dozens of bookings for the weekend.", "2011-09-09", "the weekend",
     "2011-W36-WE", "DATE"),
    # counter-case: early in the week the same words look back
    ("The hotel had already lost dozens of bookings for the weekend.", "2011-09-06", "the weekend",
     "2011-W35-WE", "DATE"),
    # a week counted from a holiday is the day it lands on
    ("The council hopes to open the ice rink a week before Christmas.", "2011-11-02", "a week before Christmas",
     "2011-12-18", "DATE"),
    ("Traders expect a second sale a week after Thanksgiving.", "2011-11-02", "a week after Thanksgiving",
     "2011-12-01", "DATE"),
    # counter-case: in apposition to a date the count only glosses it
    ("The rink opened on Dec. 18, a week before Christmas.", "2011-11-02", "a week", "P1W", "DURATION"),
    # an intent told in the past aims at the coming holiday
    ("The trust hoped to name a new director before Christmas, it said.", "2011-08-10", "Christmas", "2011-12-25",
     "DATE"),
    # counter-case: what was done before it is the last one
    ("The trust named a new director before Christmas, it said.", "2011-08-10", "Christmas", "2010-12-25", "DATE"),
    # the weekday a holiday falls on, with "this year" between
    ("Ticket sales peak around Christmas Day, which this year falls on a Sunday.", "2011-11-23", "Sunday",
     "2011-12-25", "DATE"),
    # counter-case: no holiday named before the weekday
    ("Ticket sales peaked at the fair, which this year fell on a Sunday.", "2011-11-23", "Sunday", "2011-11-20",
     "DATE"),
    # the end of a long stretch begun at a later hour of the day is in the next day's small hours
    ("Counters who began at 10am on Tuesday finally left the sports hall at about 4am.", "2011-11-24",
     "about 4am", "2011-11-23T04:00", "TIME"),
    # counter-case: no stretch told as ended, the small hours stay that day's
    ("Counters who began at 10am on Tuesday had left their homes at about 4am.", "2011-11-24",
     "about 4am", "2011-11-22T04:00", "TIME"),
    # a schedule told in the past, its weekday a day or two ahead: the one at hand
    ("The quartet had been due to play three nights at the Corn Exchange starting Saturday.", "2011-11-25",
     "Saturday", "2011-11-26", "DATE"),
    # counter-case: two days or more ahead, the one just gone
    ("The quartet had been due to play three nights at the Corn Exchange starting Saturday.", "2011-11-23",
     "Saturday", "2011-11-19", "DATE"),
    # the nth weekday of the month told just before
    ("The by-election must be held by June 2013, on the second Thursday of that month.", "2011-11-28",
     "the second Thursday of that month", "2013-06-13", "DATE"),
    # a clock time "on a <weekday>" is on that weekday
    ("Six of us were still sorting ballots at 1am on a Sunday, the agent said.", "2011-11-28", "1am",
     "2011-11-27T01:00", "TIME"),
    # counter-case: a weekday that is no day of the time
    ("The returning officer said the doors closed at 10pm and that a Sunday count was ruled out.", "2011-11-30",
     "10pm", "2011-11-30T22:00", "TIME"),
    # a day just named, said to be a weekday, is that weekday
    ("The choir sings at the minster from June 2 through June 4, ending on a Saturday.", "2011-05-04",
     "Saturday", "2011-06-04", "DATE"),
    # counter-case: a day that is no such weekday leaves the weekday to the tense
    ("The choir sings at the minster from June 2 through June 5, ending on a Saturday.", "2011-05-04",
     "Saturday", "2011-05-07", "DATE"),
    # a title-case count after a lower-case word is a name
    ("The Leeds band Forty Minutes will headline the tent on the opening night.", "2011-05-04", "Forty Minutes",
     None, None),
    # counter-case: a title-case headline capitalizes the word before too
    ("Strike Talks Drag On For Three Days\nUnion leaders met again today.", "2011-05-04", "Three Days", "P3D",
     "DURATION"),
    # a plan dated weeks ahead goes on in its own week
    ("The fair will run from Thursday July 14 to Sunday July 17, with a brass band opening the Friday and a "
     "choir closing Saturday night.", "2011-05-04", "Saturday night", "2011-07-16TNI", "TIME"),
    # counter-case: with no plan dated before it, the coming Saturday
    ("A choir will close the fair on Saturday night.", "2011-05-04", "Saturday night", "2011-05-07TNI", "TIME"),
    # counter-case: "of the month" after a month told is still the publication month's
    ("The by-election was set for June 2013. The committee meets on the first Monday of the month.",
     "2011-11-28", "the first Monday of the month", "2011-11-07", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round129(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
