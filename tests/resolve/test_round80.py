"""Round 80 (from the errors of blind129, regional news from Australia and New Zealand, and blind67): the
financial year told relative to publication ("last financial year", "this financial year"), valued as the
text's country names it; "this arvo"; the long weekends of a Monday holiday ("the Queen's Birthday long
weekend", "Labour Weekend", "the Australia Day long weekend" in a year it falls on a Monday); a game's
"last quarter" and "three-quarter time"; a present-looking "when" clause with a short past form ("when the
town used ..."); clock times of a story's day after a background time ("had camped since Thursday night")
or a time in a quotation; from blind67 (announcements and notices): a range of weekdays after a telephone
number, a weekday under a programme's dated heading, "the day before for ...", clock times told with a range
of days, a month as a first name after "the home of"; a count after "sold", "planted" that is no year; a record month ("the driest October since records
began"); and a paragraph's aside on another year that leaves the story's day to the next paragraph.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a financial year to June 30, named by the year it ends in
    ("The hospital spent $3 million on agency nurses last financial year, and its books close on June 30.",
     "2012-08-14", "last financial year", "2012", "DATE"),
    ("Water use will rise this financial year, the utility said in its report to 30 June.", "2012-08-14",
     "this financial year", "2013", "DATE"),
    # a financial year from April (no June 30 in the text), named by the year it starts in
    ("The ministry said 80,000 homes were built in the last financial year.", "2016-06-21",
     "the last financial year", "2015", "DATE"),
    ("Tax receipts for the current financial year are ahead of forecast.", "2019-02-12",
     "the current financial year", "2018", "DATE"),
    # a financial year that follows the calendar year, as the text says
    ("Our financial year follows the calendar year. We plan to open two more shops by the end of the next "
     "financial year.", "2011-03-09", "the end of the next financial year", "2012", "DATE"),
    # counter-case: a span counted within the year is one expression, the year not tagged on its own
    ("Receipts for the first six months of this financial year were 8 per cent higher.", "2019-02-12",
     "this financial year", None, None),
    # "this arvo": this afternoon
    ("Storms are expected to reach the coast this arvo, the weather bureau said.", "2021-01-14", "this arvo",
     "2021-01-14TAF", "TIME"),
    # counter-case: "this afternoon" as before
    ("Storms are expected to reach the coast this afternoon, the weather bureau said.", "2021-01-14",
     "this afternoon", "2021-01-14TAF", "TIME"),
    # the long weekend before a Monday holiday
    ("Four people drowned over the Queen's Birthday long weekend, police said.", "2003-06-03",
     "the Queen's Birthday long weekend", "2003-W22-WE", "DATE"),
    ("Camping grounds were full over Labour Weekend, when the region enjoyed its first warm days.",
     "2019-10-31", "Labour Weekend", "2019-W43-WE", "DATE"),
    ("Beaches were crowded over the Australia Day long weekend, lifesavers said.", "2015-02-03",
     "the Australia Day long weekend", "2015-W04-WE", "DATE"),
    # counter-case: a holiday on another weekday keeps the weekend of its own week
    ("Roads were busy over the Easter long weekend, police said.", "2018-04-05",
     "the Easter long weekend", "2018-W13-WE", "DATE"),
    # counter-case: no capital, no holiday weekend
    ("She spent a labour weekend digging the garden.", "2019-10-31", "labour weekend", None, None),
    # a game's last quarter and a break in play: no quarter of the year, no duration
    ("The Hawks kicked six goals to two in the last quarter to win by 19 points.", "2011-05-02",
     "the last quarter", None, None),
    ("The Hawks trailed by 30 points at three-quarter time but came home strongly.", "2011-05-02",
     "three-quarter", None, None),
    # counter-case: a quarter of the year in business copy
    ("The bank's profit fell in the last quarter, it said.", "2011-05-02", "the last quarter", "2011-Q1",
     "DATE"),
    # a "when" clause with a short past form tells of the past: the weekend just gone
    ("Sales peaked over the Easter weekend, when shoppers used their holiday vouchers.", "2018-04-10",
     "the Easter weekend", "2018-W13-WE", "DATE"),
    # clock times on the story's day after a background time ("since", a pluperfect)
    ("About 500 people attended the festival at Kerrin Point yesterday. Many had queued since Friday night. "
     "The gates opened at 9am.", "2005-03-06", "9am", "2005-03-05T09:00", "TIME"),
    # ... and after a time in a quotation
    ("Nearly 800 walkers joined the charity hike at Mount Orra yesterday. \"Only 40 came to the trial walk on "
     "Thursday,\" the organiser said. The last walkers finished at 4pm.", "2009-10-12", "4pm",
     "2009-10-11T16:00", "TIME"),
    # counter-case: "that morning" still points back to the day just named
    ("A tramper was found on Tuesday. Her car had been parked at the road end since March 3. She had set out "
     "that morning alone.", "2009-03-12", "that morning", "2009-03-03TMO", "TIME"),
    # a month as a person's first name after "the home of"
    ("The knitting circle meets monthly at the home of June Okoro on Cedar Lane.", "2008-02-11", "June", None,
     None),
    # counter-case: after "of" with no person's noun before it, the month
    ("The floods of June Ruined the harvest, the Farmers' Union said.", "2008-09-11", "June", "2008-06", "DATE"),
    # a range of weekdays after a telephone number: the days the line is answered, every week
    ("For advice, call the helpline at 0800 555 0142, Monday to Friday.", "2012-03-07", "Monday",
     "XXXX-WXX-1", "SET"),
    # counter-case: one week's days stay dated
    ("The helpline will be closed Monday to Friday next week.", "2012-03-07", "Monday", "2012-03-12", "DATE"),
    # a weekday below a programme's dated heading is that heading's day
    ("Heathfield Jazz Weekend: the programme\n\nFriday 9 August\nDoors open at 6pm.\n\nSaturday 10 August\n"
     "Workshops all morning. The big band plays on Saturday night in the marquee.", "2013-07-29",
     "Saturday night", "2013-08-10TNI", "TIME"),
    # counter-case: a weekday after a date in running text is still counted from publication
    ("The show closed on 4 August after a month. The cast celebrated on Saturday night.", "2013-08-07",
     "Saturday night", "2013-08-03TNI", "TIME"),
    # "the day before" before "for": counted back from the day just named
    ("The fair opens on Friday 9 August. The car park opens the day before for exhibitors.", "2013-07-29",
     "the day before", "2013-08-08", "DATE"),
    # clock times told with a range of days are on each of those days
    ("Stage one, 3 May to 14 May: the bridge will be closed between 10am and 2pm.", "2019-04-20", "10am",
     "XXXX-XX-XXT10:00", "TIME"),
    # counter-case: a clock time after a single day keeps that day
    ("Stage one, 3 May: the bridge will be closed between 10am and 2pm.", "2019-04-20", "10am",
     "2019-05-03T10:00", "TIME"),
    # a count after a verb that takes one is no year
    ("Food stalls sold 1950 pies at the show.", "2004-03-02", "1950", None, None),
    # counter-case: a year after the verb's preposition
    ("The family sold in 1998 and moved north.", "2004-03-02", "1998", "1998", "DATE"),
    # a record month is the latest one gone by, whatever the tense around it
    ("Hoses will be banned from next week after the district's wettest February since 1950.", "2017-04-12",
     "February", "2017-02", "DATE"),
    ("Hoses will be banned from next week after the district's wettest August since 1950.", "2017-04-12",
     "August", "2016-08", "DATE"),
    ("Hoses will be banned from next week after the district's wettest March since 1950.", "2017-04-12",
     "March", "2017-03", "DATE"),
    # counter-case: "march" as a verb after a superlative-looking word is no month
    ("Only the bravest march since dawn, the sergeant joked.", "2017-04-12", "march", None, None),
    # counter-case: a month ahead with no record stays ahead
    ("Hoses will be banned from next week until the end of August.", "2017-04-12", "the end of August", "2017-08",
     "DATE"),
    # a paragraph told about another year or a period to come leaves the next paragraph's clock times on the
    # story's day
    ("Nearly 2000 people turned out for the regatta on the river yesterday.\n\nThe club was founded in 1921 and "
     "hopes to host the nationals in the second half of the year.\n\nThe final race started at 3pm.",
     "2006-02-20", "3pm", "2006-02-19T15:00", "TIME"),
    # counter-case: in the same paragraph the year still moves the scene
    ("Nearly 2000 people turned out for the regatta on the river yesterday. The club hopes to host the "
     "nationals in the second half of the year. The final race started at 3pm.", "2006-02-20", "3pm",
     "XXXX-XX-XXT15:00", "TIME"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round80(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
