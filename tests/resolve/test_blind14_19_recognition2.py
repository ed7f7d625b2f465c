"""Recognition gaps found by the blind sets 14-19, second round (issue 3), pinned with invented sentences.

Each case: (text, publication date, phrase, expected value, expected type). A phrase expected to be
absent has value None. Every text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

_RANCH = ("Growers sold their herds months earlier than usual, and the ruling ended months of doubt for the "
          "tenants. Prices rose 8 percent in a month.")
_HOTEL = ("The envoy will stay for three nights at the residence. Bookings doubled in the first week alone, "
          "and parking is free for the first month.")
_WIRE = ("Stocks slid in the final hour. The street has been quiet for about the last hour. The first week "
         "of June is busy.")
_PAY = ("Drivers won a raise of 80 cents an hour. The shuttle runs every half hour. Staff get a week of pay "
        "for every year of service. The team held two-a-day drills.")
_FARM = ("Sowing of winter grains starts soon. The winter band concert was called off. The "
         "pass will close in the winter.")
_PLAN = ("The board met on Monday, March 6, and will vote that Friday. Sales fell at the end of the third "
         "quarter. The storm arrives early tomorrow.")
_MISC = ("The museum shows 18th-century furniture. The fans failed after several hundred hours of use. The "
         "group will spend the coming months on repairs. About three-quarters of the crop was lost.")
_PAIR = "Officials said he died within weeks or months of his arrest."
_STUDIO = "REPORTER: The chief told me twenty minutes ago that talks go on. A doctor said an hour ago it was calm."
_REPORT = ("The club lost $4 million in the fiscal year that ended June 30. When the decade began, rents were "
           "low. He paid his way by working summers at a sawmill.")
_AHEAD = "The jobs report is due a week from today, and the vote comes two months from today."
_NOTICE = "HOLIDAY HOURS\n\nOn Good Friday, the library closes at noon."
_COLUMN = ("Some day I will learn his name. Radios were a luxury, she said. The mill burned on "
           "May 2, 1911, and crews fought the fire that first night. Welcome back to Election Night Live.")
_COUNT = "The mayor claimed victory on election night. Election night parties ran late."

CASES = [
    # -- bare plural units: a length before "of <noun>" or "earlier than" --
    (_RANCH, "2023-07-20", "months", "PXM", "DURATION"),
    (_RANCH, "2023-07-20", "a month", "P1M", "DURATION"),
    # -- nights, the first week, the final hour --
    (_HOTEL, "1985-11-17", "three nights", "P3D", "DURATION"),
    (_HOTEL, "1985-11-17", "the first week", "P1W", "DURATION"),
    (_HOTEL, "1985-11-17", "the first month", "P1M", "DURATION"),
    (_WIRE, "2008-02-29", "the final hour", "PT1H", "DURATION"),
    (_WIRE, "2008-02-29", "about the last hour", "PT1H", "DURATION"),
    (_WIRE, "2008-02-29", "the first week", None, None),
    # -- rates and recurrences --
    (_PAY, "2019-03-20", "an hour", "PT1H", "SET"),
    (_PAY, "2019-03-20", "every half hour", "PT30M", "SET"),
    (_PAY, "2019-03-20", "every year", None, None),
    (_PAY, "2019-03-20", "a-day", None, None),
    (_PAY, "2019-03-20", "a week", "P1W", "DURATION"),
    # -- a season before a noun it classifies --
    (_FARM, "2010-08-16", "winter", None, None),
    (_FARM, "2010-08-16", "The winter", None, None),
    (_FARM, "2010-08-16", "the winter", "2010-WI", "DATE"),
    # -- extents --
    (_PLAN, "2023-03-01", "that Friday", "2023-03-10", "DATE"),
    (_PLAN, "2023-03-01", "the end of the third quarter", "2022-Q3", "DATE"),
    (_PLAN, "2023-03-01", "early tomorrow", "2023-03-02", "DATE"),
    (_MISC, "2011-05-11", "several hundred hours", "PTXH", "DURATION"),
    (_MISC, "2011-05-11", "the coming months", "PXM", "DURATION"),
    (_MISC, "2011-05-11", "quarters", None, None),
    (_PAIR, "1998-02-19", "months", None, None),
    # -- a few minutes ago is a point of the day (Round 89: PAST_REF, its clock time unknown) --
    (_STUDIO, "2003-12-31", "twenty minutes ago", "PAST_REF", "TIME"),
    (_STUDIO, "2003-12-31", "an hour ago", "PAST_REF", "TIME"),
    # -- "the fiscal year that ended <date>" is a length; the decade; summers; election night --
    (_REPORT, "2024-10-09", "the fiscal year", "P1Y", "DURATION"),
    (_REPORT, "2024-10-09", "the decade", "202", "DATE"),
    (_REPORT, "2024-10-09", "summers", "XXXX-SU", "SET"),
    (_COUNT, "2009-11-17", "election night", "2009-11-03TNI", "TIME"),
    # -- a heading on the line above is no part of a holiday's name --
    (_NOTICE, "2008-03-20", "Good Friday", "2008-03-21", "DATE"),
    # -- vague and anaphoric phrases --
    (_COLUMN, "2003-09-24", "Some day", "FUTURE_REF", "DATE"),
    (_COLUMN, "2003-09-24", "that first night", "1911-05-02TNI", "TIME"),
    (_COLUMN, "2003-09-24", "Election Night", None, None),
    (_PAIR, "1998-02-19", "weeks", "PXW", "DURATION"),
    # -- counted from today: a day --
    (_AHEAD, "2008-02-29", "a week from today", "2008-03-07", "DATE"),
    (_AHEAD, "2008-02-29", "two months from today", "2008-04-29", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_blind14_19_recognition2(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
