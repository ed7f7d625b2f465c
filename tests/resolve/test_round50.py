"""Round 50 (from the errors of blind106, social-media threads with post time stamps, and blind73, travel
and tourism guides): a post's time stamp, a clock time and a full date joined by a middle dot, bullet or bar
("4:17 PM · Jan 9, 2015"), is one TIME; a farewell with the day right after it ("See you Sunday!") looks
ahead, and so does a present perfect booking ("has booked a week from Dec. 23"); "last year" in a reduced
relative clause ("the rise approved last year takes effect Aug. 1") dates the participle, not the main
clause's day; and "over the next decade" is a length of ten years, as "over the past decade" is.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a post's time stamp: clock, separator, full date
    ("Roads are open again, thanks to the plough crews. 4:17 PM \u00b7 Jan 9, 2015", "2015-01-09",
     "4:17 PM \u00b7 Jan 9, 2015", "2015-01-09T16:17", "TIME"),
    ("That is all from the count tonight. 11:03 pm \u00b7 5 Nov 2019", "2019-11-05",
     "11:03 pm \u00b7 5 Nov 2019", "2019-11-05T23:03", "TIME"),
    ("Doors are now closed. 9:05 AM | Mar 14, 2019", "2019-03-14", "9:05 AM | Mar 14, 2019",
     "2019-03-14T09:05", "TIME"),
    ("Stall numbers are up on the board. 6:40 PM \u2022 Sat, Jun 1, 2024", "2024-06-01",
     "6:40 PM \u2022 Sat, Jun 1, 2024", "2024-06-01T18:40", "TIME"),
    # a farewell with the day right after it looks ahead
    ("Thanks to every volunteer who helped today. See you Sunday!", "2013-05-17", "Sunday", "2013-05-19",
     "DATE"),
    ("Great practice, team, see you all Thursday.", "2019-02-15", "Thursday", "2019-02-21", "DATE"),
    # ... but a sighting is not a farewell
    ("I didn't see you Monday at the quiz night.", "2019-02-15", "Monday", "2019-02-11", "DATE"),
    # "last year" in a reduced relative clause does not date the main clause's day
    ("The parking charge approved last year takes effect Aug. 1.", "2017-07-06", "Aug. 1", "2017-08-01",
     "DATE"),
    ("The smoking ban, announced last year, starts in September.", "2017-07-06", "September", "2017-09",
     "DATE"),
    ("The bridge toll agreed last year comes into force on March 3.", "2017-07-06", "March 3", "2018-03-03",
     "DATE"),
    # ... but a main clause told in the past stays in that year
    ("The parking charge approved last year took effect Aug. 1.", "2017-07-06", "Aug. 1", "2016-08-01", "DATE"),
    # a present perfect booking is for a time still to come
    ("A retired nurse from Leeds has booked a fortnight in Madeira from Dec. 20.", "2001-05-10", "Dec. 20",
     "2001-12-20", "DATE"),
    ("The couple have already reserved a cottage for March.", "2001-05-10", "March", "2002-03", "DATE"),
    # ... but a booking told in the past keeps its past
    ("He booked a room for Dec. 20 and stayed on through New Year.", "2001-05-10", "Dec. 20", "2000-12-20",
     "DATE"),
    # "over the next decade": ten years
    ("The port plans to double its cargo over the next decade.", "2023-05-17", "the next decade", "P10Y",
     "DURATION"),
    ("Fares are set to climb during the coming decade, the board warned.", "2023-05-17", "the coming decade",
     "P10Y", "DURATION"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # a separator with a clock time but no full date after it joins nothing
    ("Doors 7:30 PM | Tickets at the bar", "2019-03-14", "Tickets"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round50(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round50_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
