"""Round 32 (from the errors of blind84, video games and esports news, and blind85, letters to the editor):
"every 3 September" is one yearly SET; "fortnightly" recurs every two weeks; "Summer is here" dates the
season; "one hour, 42 minutes and seven seconds" is one amount; "for a fortnight afterwards" is a length;
a stretch "for four days, until Tuesday" told in the past ended then; a call to "send" something "by
Friday" looks ahead; "cannot ... before Christmas" is the coming one; "our weather report on Saturday" is
no schedule verb; the small hours after "the night of 15 October" are the next day, and "the next
morning" after them is that same day. Not tagged: "PO Box 2000", "Sunday Lane", "Captain Thursday", "the
evening service", and "one day" meaning some day.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # "every" with a day and a month: that day of every year
    ("Every 11 November the brass band plays at the memorial.", "2014-06-02", "Every 11 November", "XXXX-11-11",
     "SET"),
    ("The harbour fills with yachts each August 15 for the race.", "2014-06-02", "each August 15", "XXXX-08-15",
     "SET"),
    # "fortnightly": every two weeks
    ("The recycling van now comes fortnightly instead of weekly.", "2009-03-03", "fortnightly", "P2W", "SET"),
    ("Members receive a fortnightly bulletin by post.", "2009-03-03", "fortnightly", "P2W", "SET"),
    # a bare season as the subject of its own arrival
    ("The lawns are brown already. Summer is here, and the hosepipe ban with it.", "1995-07-04", "Summer",
     "1995-SU", "DATE"),
    ("Spring has finally arrived in the valley.", "2001-04-10", "Spring", "2001-SP", "DATE"),
    # hours, minutes and seconds in words: one amount
    ("The quartet finished the charity relay in two hours, eight minutes and nine seconds.", "2016-05-01",
     "two hours, eight minutes and nine seconds", "PT2H8M9S", "DURATION"),
    # "for a fortnight afterwards": a length, not a date two weeks on
    ("The ferry broke down on 3 March. For a fortnight afterwards the islanders relied on a fishing boat.",
     "1997-04-01", "a fortnight", "P2W", "DURATION"),
    # a stretch of known length ending on a weekday, told in the past
    ("The lift was out of order for three days, until Monday afternoon.", "2003-10-18", "Monday afternoon",
     "2003-10-13TAF", "TIME"),
    ("Water was cut off for two days, until Thursday, in the whole street.", "2003-10-18", "Thursday",
     "2003-10-16", "DATE"),
    # a call for entries with its deadline
    ("Tell us about your first bicycle. Send your stories to the letters page, 12 Mill Road, Dunmore, by noon "
     "on Friday.", "2014-06-02", "Friday", "2014-06-06", "DATE"),
    ("Write to the editor, at the address below, before Thursday.", "2014-06-02", "Thursday", "2014-06-05",
     "DATE"),
    # "cannot" tells how things stand now: the coming holiday is the nearest
    ("The bakery cannot fill every order before Christmas, its owner admits.", "2010-10-05", "Christmas",
     "2010-12-25", "DATE"),
    # a possessive and a noun before a schedule word: no schedule verb
    ("Our travel report on Sunday warned of delays on the bypass.", "2019-03-13", "Sunday", "2019-03-10", "DATE"),
    # the small hours after a night named by its date, and the morning after them
    ("We owe thanks to our neighbours for the night of 9 November. At about 3am the river came through the "
     "door.", "1999-11-20", "about 3am", "1999-11-10T03:00", "TIME"),
    ("The gale peaked on the night of 9 November. At 4am the chimney fell, and the builders came the next "
     "morning.", "1999-11-20", "the next morning", "1999-11-10TMO", "TIME"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # addresses
    ("Entries go to PO Box 1998, Kelso, by the end of the month.", "2014-06-02", "1998"),
    ("The firm moved to Suite 2010 of the tower.", "2014-06-02", "2010"),
    ("The Hendersons of 14 Friday Lane have complained again.", "2014-06-02", "Friday"),
    # a title before a capitalized weekday: a name
    ("Players unlock a pirate hero, Captain Wednesday, after ten wins.", "2014-06-02", "Wednesday"),
    # a part of the day naming a service or a class
    ("Since the spring the evening service has been cut to one bus.", "2014-06-02", "the evening"),
    ("Adults on the morning course get a free lunch.", "2014-06-02", "the morning"),
    # "one day" as "some day"
    ("I still hope that one day the council will listen to us.", "2014-06-02", "one day"),
    ("One day, we will all laugh about this.", "2014-06-02", "One day"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round32(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round32_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
