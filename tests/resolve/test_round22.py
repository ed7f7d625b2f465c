"""Round 22 (from the errors of blind66, newspapers of 1902-1949, and blind67, announcements, calls and
schedules): the letter-writer's months ("the 14th inst.", "the 17th ult.", "the 5th prox."), "forenoon",
"September last", the one-digit minutes of older print ("10.3 p.m."), a crop's delivery month in a market
report ("May wheat"), a day of the month followed by "have"; a year-less date on a line of a schedule, which
runs on from the line before it; a range of clock times "between 10am and 2pm on Saturday 19 October"; a
farewell that names the next meeting ("See you on the 10th!"); a deadline "not later than Thursday"; the day of the sitting at which a plan was
made ("agreed to consult at their meeting on 26 September"); and a year looked back on as the latest time
a thing happened ("was last resurfaced in 1998"), which sets no narrative year for what follows.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # the letter-writer's months, counted from publication
    ("The directors will meet on the 14th inst. to fix the dividend.", "1904-06-02", "the 14th inst.",
     "1904-06-14", "DATE"),
    ("The schooner sailed from Halifax on the 17th ult. with salt fish.", "1906-03-09", "the 17th ult.",
     "1906-02-17", "DATE"),
    ("Tenders must be lodged by the 5th prox. at the town hall.", "1911-11-21", "the 5th prox.", "1911-12-05",
     "DATE"),
    ("The mail steamer is due on the 3rd proximo.", "1911-12-21", "the 3rd proximo", "1912-01-03", "DATE"),
    # a later bare day takes the month of the one before it
    ("Frost fell on the 4th inst. and again on the 6th, the bureau reports.", "1912-01-20", "the 6th",
     "1912-01-06", "DATE"),
    # a day of the month followed by "have"
    ("Gales on the 2nd and on the 5th have delayed the mails.", "1912-01-20", "the 5th", "1912-01-05", "DATE"),
    # "forenoon": the morning
    ("The barque cleared the harbour yesterday forenoon.", "1909-04-06", "yesterday forenoon", "1909-04-05TMO",
     "TIME"),
    # "last" and "next" after the month
    ("The quarry has been idle since August last, the owners state.", "1913-05-20", "August last", "1912-08",
     "DATE"),
    ("The new wing will open in November next.", "1913-05-20", "November next", "1913-11", "DATE"),
    ("The collision occurred on the afternoon of Jan. 9 last off the point.", "1913-05-20",
     "the afternoon of Jan. 9 last", "1913-01-09TAF", "TIME"),
    # one-digit minutes of older print
    ("Trains for the coast will leave at 8.15 a.m. and 4.9 p.m. on Saturday.", "1912-07-03", "4.9 p.m.",
     "1912-07-06T16:09", "TIME"),
    # a crop's delivery month in a market report
    ("July oats closed at 31 cents, and March corn at 44 cents.", "1930-10-15", "March", "1931-03", "DATE"),
    # a schedule, one item a line: each year-less date runs on from the line before it
    ("The festival board published its programme today.\nOpening night: Friday, September 12\n"
     "Craft fair: October 3\nClosing gala: November 8\n", "2025-04-02", "October 3", "2025-10-03", "DATE"),
    ("Key dates were set on Monday.\nApplications open: November 3, 2025\nShortlist: January 20\n"
     "Final: March 2\n", "2025-06-10", "January 20", "2026-01-20", "DATE"),
    # a range of clock times whose second end is followed by its day
    ("Volunteers will be at the library between 9am and 1pm on Saturday 8 March.", "2025-02-20", "9am",
     "2025-03-08T09:00", "TIME"),
    # a farewell naming the next meeting
    ("Thanks to everyone who baked for the fair. See you on the 12th!", "2011-03-27", "the 12th",
     "2011-04-12", "DATE"),
    # the day of the sitting at which a plan was made
    ("The trustees agreed to sell the land at their meeting on 14 May.", "2019-06-03", "14 May", "2019-05-14",
     "DATE"),
    # "not later than": a deadline, still to come
    ("Members are asked to send their subscriptions not later than Friday evening.", "1921-03-01",
     "Friday evening", "1921-03-04TEV", "TIME"),
    # a year looked back on as the latest time a thing happened sets no narrative year
    ("The pier was last painted in 1987. The council approved the repairs in February, and work should "
     "finish in August.", "2012-03-20", "February", "2012-02", "DATE"),
    ("The pier was last painted in 1987. The council approved the repairs in February, and work should "
     "finish in August.", "2012-03-20", "August", "2012-08", "DATE"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    ("The dry spell may last until the rains come.", "1913-05-20", "may last"),
    ("Yields fell 3.5 per cent. on the year.", "1913-05-20", "3.5"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round22(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round22_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
