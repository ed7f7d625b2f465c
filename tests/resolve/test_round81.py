"""Round 81 (from the errors of blind126, farm and commodity market reports, and blind73, travel pages): the
second month of a pair read as the modal "may"; a share that stood at a figure "by Friday"; a union that "has
called" a rally for a weekday; a quarter told as a seasonal norm; "at 8 am that day" as one TIME; "the dry
months of January and February"; a month followed by "when ... will"; travel advice "Go in spring, before the
crowds of July"; "next year's fair is planned for December"; "booked to fly on Friday"; "a year ago" after
"now" has turned the story to the present; a weekend guide's day headings ("Saturday morning") over advice
to the reader; "at 5 p.m. that day" sentences after its day; "the auction of May 3 and 4 offered"; "this
winter" in February in a text set south of the equator.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

ITINERARY = ("Three days in Valletta\n\nFriday evening\nDrop your bags at the guesthouse and walk to the "
             "harbour for supper at 8pm.\n\nSaturday morning\nTake the ferry to Gozo before 9am.\n\n"
             "Sunday afternoon\nHead back to the airport in good time.")
# the same headings over a report of what happened (no advice to the reader): days of one week
REPORT = ("Friday evening\nThe band played to a full hall at 8pm.\n\nSaturday morning\nRunners set off from the "
          "quay at 9am.\n\nSunday afternoon\nThe fair closed early in the rain.")

CASES = [
    # "between March and May": the pair of months, no modal looking ahead
    ("Millers cut flour prices this week after dry weather between March and May.", "2015-07-11",
     "March", "2015-03", "DATE"),
    ("Snowfall in January and May was well below the average.", "2015-07-11", "January", "2015-01", "DATE"),
    # ... but the modal after a month stays a modal
    ("Growers cut output in March and may cut it again.", "2015-07-11", "March", "2016-03", "DATE"),
    # a share reached by a day, told in the past
    ("Planting of maize was 64 per cent complete by Friday, the ministry said.", "2025-11-24", "Friday",
     "2025-11-21", "DATE"),
    ("Planting of maize is expected to be 64 per cent complete by Friday.", "2025-11-24", "Friday",
     "2025-11-28", "DATE"),
    # the perfect of calling an event: the event is ahead
    ("A dockers' union has called a march in the port on Wednesday.", "2025-11-24", "Wednesday", "2025-11-26",
     "DATE"),
    ("Teachers have announced a strike for Friday.", "2025-11-24", "Friday", "2025-11-28", "DATE"),
    ("The mayor has called for calm on Wednesday.", "2025-11-24", "Wednesday", "2025-11-19", "DATE"),
    # a quarter told as a seasonal norm: the one of the year of publication
    ("Dealers said demand from Asia usually picks up in the fourth quarter.", "2006-09-29",
     "the fourth quarter", "2006-Q4", "DATE"),
    ("Dealers said demand from Asia picked up in the fourth quarter.", "2006-09-29", "the fourth quarter",
     "2005-Q4", "DATE"),
    # "at 8 am that day": one TIME, the day the one in focus
    ("Tickets go on sale on 27 October. The box office opens at 8 am that day.", "2014-09-09",
     "8 am that day", "2014-10-27T08:00", "TIME"),
    ("The hall reopened on 2 May 1999, with buses from 6.30pm that day.", "2014-09-09", "6.30pm that day",
     "1999-05-02T18:30", "TIME"),
    # ... "that day" named sentences after its day still takes it
    ("The inn reopens on Friday, June 3. The old stable, built in 1902, stood empty from 1980 until a brewer "
     "bought it in 1999. It now holds a bar. The bar serves its first drinks at 6 p.m. that day.", "2022-05-20",
     "6 p.m. that day", "2022-06-03T18:00", "TIME"),
    # ... a clock time bounding a stretch stays apart from its day; so does "the same day"
    ("The gallery reopened on 2 May 1999 and stayed open until 9 p.m. that day.", "2014-09-09",
     "9 p.m. that day", None, None),
    ("The gallery reopened on 2 May 1999 and closed at 11 p.m. the same day.", "2014-09-09",
     "11 p.m. the same day", None, None),
    # "the dry months of January and February": which months, no length
    ("Herders sold goats for less than in the dry months of January and February.", "2015-07-11", "months",
     None, None),
    ("The verdict ended months of doubt for the herders.", "2015-07-11", "months", "PXM", "DURATION"),
    # a month, then "when ... will": the time is ahead
    ("The minister ruled out imports before March, when the board will review its figures.", "1997-11-06",
     "March", "1998-03", "DATE"),
    ("Imports fell in March, when the board cut its figures.", "1997-11-06", "March", "1997-03", "DATE"),
    # travel advice: "Go ..., before the crowds of July"
    ("Rooms are cheap. Go this spring, before the coach parties of July and August.", "2026-04-18", "July",
     "2026-07", "DATE"),
    ("We went in spring, before the crowds of July.", "2026-04-18", "July", "2025-07", "DATE"),
    # next year's event set for a month
    ("If you miss it, next year's fair is planned for early December.", "2014-09-09", "early December",
     "2015-12", "DATE"),
    ("Entries for next year's race open in November.", "2014-09-09", "November", "2014-11", "DATE"),
    # "booked to fly on Friday": a trip ahead
    ("Passengers booked to fly on Friday were told by text message last night.", "2011-07-13", "Friday",
     "2011-07-15", "DATE"),
    ("He was booked on Friday for fraud.", "2011-07-13", "Friday", "2011-07-08", "DATE"),
    # "a year ago" after "now": counted from publication
    ("A used van that sold for 9,000 in December now fetches 11,000, and dealers said they had raised prices "
     "to 300, from 250 a year ago.", "2003-02-10", "a year ago", "2002", "DATE"),
    ("Sales rose 5% in December from a year ago.", "2003-02-10", "a year ago", "2001-12", "DATE"),
    # a pair of days before a past verb: the second day too; a count of people stays a count
    ("The wool auction of May 3 and 4 offered 9,000 bales.", "2006-09-29", "4", "2006-05-04", "DATE"),
    ("The bus crash of May 3 and 4 injured passengers were flown home.", "2006-09-29", "4", None, None),
    # "this winter" in February in a text set in the southern hemisphere: the winter ahead (June to August)
    ("Ski lodges near Melbourne say bookings for this winter are strong, and hotels in Sydney agree.",
     "2003-02-15", "this winter", "2003-WI", "DATE"),
    ("Ski lodges near Denver say bookings for this winter are strong, and hotels in Chicago agree.",
     "2003-02-15", "this winter", "2002-WI", "DATE"),
    # a weekend guide's day headings and the clock times under them: no one week
    (ITINERARY, "2026-04-18", "Friday evening", "XXXX-WXX-5TEV", "TIME"),
    (ITINERARY, "2026-04-18", "9am", "XXXX-WXX-6T09:00", "TIME"),
    # ... headings over a report name days of one week
    (REPORT, "2026-04-20", "Saturday morning", "2026-04-25TMO", "TIME"),
    (REPORT, "2026-04-20", "9am", "2026-04-25T09:00", "TIME"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round81(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
