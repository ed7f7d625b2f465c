"""Round 124 (from the errors of blind145, expeditions and endurance: ocean rows, polar treks, climbing seasons,
round-the-world races; and blind30): a passage timed in days, hours and minutes is one amount; "this time last
year" is the day of publication a year back; a voyage or a trek counts its days from the day it set out ("on day
31", "Day 47"), the first being day 1; a clock time with a country's time; bare "New Year"; "the spring tides";
"the following weekend" after a weekday; next year's event day; an hour "the next morning"; a morning reached
after a late-night start; a distance a day; weeks at a month's edge.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # days, hours and minutes: one amount
    ("The catamaran lapped the globe in 45 days, 13 hours and 42 minutes.", "2019-02-20", "45 days, 13 hours and 42 minutes",
     "P45DT13H42M", "DURATION"),
    ("Her solo record of 87 days 2 hours 6 minutes fell on Sunday.", "2019-02-20", "87 days 2 hours 6 minutes",
     "P87DT2H6M", "DURATION"),
    ("The ketch took 33 days, 5 hours, 19 minutes and 40 seconds from Cowes.", "2019-02-20",
     "33 days, 5 hours, 19 minutes and 40 seconds", "P33DT5H19M40S", "DURATION"),
    # a count of days with no hours after it stays a count of days
    ("They spent 12 days at sea, four hours and ten minutes of it in a gale.", "2019-02-20", "12 days", "P12D",
     "DURATION"),
    # "this time last year": the day of publication, a year back
    ("By this time last year the glacier camp had been emptied.", "2021-06-09", "this time last year", "2020-06-09",
     "DATE"),
    ("This time next year the bridge should carry trains.", "2021-06-09", "This time next year", "2022-06-09", "DATE"),
    # a comma parts "this time" from "last year's": the year only
    ("This time, last year's winner stayed at home.", "2021-06-09", "last year", "2020", "DATE"),
    # the days of a voyage or a trek, counted from the day it set out
    ("The two rowers set out from Tenerife on November 3. On day 20 their watermaker failed.", "2021-01-15",
     "day 20", "2020-11-22", "DATE"),
    ("\"Day 40, and the pole at last,\" she wrote. The pair started on 2 December from Hercules Inlet.",
     "2021-01-15", "Day 40", "2021-01-10", "DATE"),
    ("The fleet left Les Sables on November 8. One boat was abandoned on the 12th day after hitting debris.",
     "2021-01-15", "the 12th day", "2020-11-19", "DATE"),
    # a diary's count under its own day heading, with no day of setting out named: no date
    ("Tuesday 4 May. Day 3. Rain all morning, then a long climb to the hut.", "2021-06-09", "Day 3", None, None),
    # "since day 1" says "from the start"
    ("The pair set out on May 2. They had argued since day 1 about the route.", "2019-06-01", "day 1", None, None),
    # a day of a trial is the court's count, not a journey's
    ("The defendant left the country on March 2. The trial began on 7 June. On day 3 of the trial he wept.",
     "2021-06-20", "day 3", "2021-06-09", "DATE"),
    # a clock time with a country's time after it: the zone in the extent
    ("The swimmer waded ashore at 6:05pm French time after 14 hours.", "2019-08-20", "6:05pm French time",
     "2019-08-20T18:05", "TIME"),
    ("The yacht crossed the line at 03:27 French time on Tuesday.", "2021-01-27", "03:27 French time",
     "2021-01-26T03:27", "TIME"),
    # a city's time is left outside
    ("The bank will announce its decision at 2:30pm Sydney time.", "2021-01-27", "2:30pm", "2021-01-27T14:30",
     "TIME"),
    # the holiday by its short name, as a time adverbial
    ("The ice road closed days after New Year, when a thaw set in.", "2020-02-03", "New Year", "2020-01-01", "DATE"),
    # a name's first words, and a new year in lower case, are no New Year's Day
    ("Tickets for the New Year concert sold out in a day.", "2020-02-03", "New Year", None, None),
    # the spring tides and the spring permits: kinds of tide and permit, no season
    ("Pilots book their swims for the spring tides at the end of the month.", "2019-08-20", "the spring", None,
     None),
    ("Officials said the spring permits for the peak expire at the end of May.", "2019-05-10", "the spring", None,
     None),
    ("The camp reopens in the spring, officials said.", "2019-01-10", "the spring", "2019-SP", "DATE"),
    # a fortnight judged is still a fortnight
    ("It has been a miserable fortnight for the ferry operator.", "2019-05-08", "a miserable fortnight", "P2W",
     "DURATION"),
    # "the following weekend" after a weekday: the weekend that week ends with
    ("The first attempt failed on June 5, 2019, and the forecast promised calm the following weekend.",
     "2019-06-20", "the following weekend", "2019-W23-WE", "DATE"),
    # after a Saturday it is the next week's
    ("The gala was held on Saturday, June 8, 2019, and the repeat the following weekend.", "2019-06-20",
     "the following weekend", "2019-W24-WE", "DATE"),
    # next year's event set to start on a day: that day of next year
    ("Next year's rally will start on March 2, and entries open in June.", "2012-04-10", "March 2", "2013-03-02",
     "DATE"),
    # its entries, opening on a day, are no event of next year
    ("Next year's entries open on May 2, the organisers said.", "2012-04-10", "May 2", "2012-05-02", "DATE"),
    # a "will be" far before the weekday, past a route: the day to come
    ("The casualties will be driven by road ambulance to the regional trauma unit at Kingsbridge Park on Saturday.", "2006-01-12",
     "Saturday", "2006-01-14", "DATE"),
    # a past verb nearer the day: the day gone by
    ("They will be paid for the work they carried out at the depot at Patriot Hills on Saturday.", "2006-01-12",
     "Saturday", "2006-01-07", "DATE"),
    # an hour with "the next morning": that hour of the day after
    ("The pair left the hut on June 3, 2004, and were on the ridge by 6 the next morning.", "2004-06-09",
     "6 the next morning", "2004-06-04T06:00", "TIME"),
    # a count before "the next evening" is no hour
    ("The visitors scored 7 the next evening as well.", "2004-06-09", "the next evening", "2004-06-10TEV", "TIME"),
    # a morning time joined by "and" to a late-night one of its sentence: the next morning
    ("The crew left the dock at 10:15 p.m. on June 3, 2004, and reached the island at 7 a.m. to cheers.",
     "2004-06-09", "7 a.m.", "2004-06-04T07:00", "TIME"),
    # with a pluperfect, the order of telling is no order of events
    ("The shop had opened at 11 p.m. on June 5, 2004, and at 9 a.m. it closed.", "2004-06-09", "9 a.m.",
     "2004-06-05T09:00", "TIME"),
    # a distance covered each day is a daily rate
    ("Into the headwinds they managed barely 15 miles a day.", "2001-01-19", "a day", "P1D", "SET"),
    # a distance an hour is a speed
    ("The gusts reached 90 miles an hour on the ridge.", "2001-01-19", "an hour", None, None),
    # weeks at a month's edge, told in the past: one length with the month
    ("For the first two weeks of February the ice held firm.", "2019-05-08", "the first two weeks of February",
     "P2W", "DURATION"),
    # a time awaited names when: the month stays apart
    ("Shoppers wait for the last two weeks of August to buy school shoes, retailers said.", "2019-05-08",
     "the last two weeks", "P2W", "DURATION"),
    # the length of a round trip
    ("The porters made a 9-hour round trip to the col.", "2022-02-16", "9-hour", "PT9H", "DURATION"),
    # "year-round" is no length
    ("The hut is staffed year-round by volunteers.", "2022-02-16", "year", None, None),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round124(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
