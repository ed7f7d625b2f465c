"""Round 85 (from the errors of blind83, food and restaurant features, and blind66, newspapers of 1900-1949):
"the present owners" is an adjective, no time; a weekday naming a dish of that day of every week ("the
Sunday roast") or opening an event's name after a possessive ("the Lions' Friday Pancake Breakfast") is no
day; "at six or eight miles an hour" is a pair of counts. An older paper's dateline "OTTAWA, May 3.—" dates
the story: its "to-day" and clock times are that day's. A kitchen's serving hours, a day's routine told in
the present ("sleeps from 7pm", "her alarm goes off at 5am") and a work shift ("the 4am shift") are of no
one day. "On the 14th itself" points back to the 14th named before. A clock time after "11 a.m. to-morrow"
or "tomorrow morning" in its sentence is on that coming day (and "the Rev. J. Nish" ends no sentence). A
weekday after "until" ends a span begun on a weekday named earlier in its sentence. A month-day "kept each
year" is of no one year, and "as a day of thanks" gives a day a character, no length. A plan's clock times
after "announced yesterday" are on the plan's coming day named before. "Had discussed also opening in
July" is a plan: the July nearest the telling. A recipe's "chill it overnight" is the coming night, "by
morning" after it the morning after; "by evening" after the day's earlier hours is that day's.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # "the present" before its noun is an adjective; as a noun it stays
    ("Tickets go first to the present owners of the houses on the green.", "1961-05-04", "the present",
     None, None),
    ("The exhibition traces the harbour from 1850 to the present.", "1961-05-04", "the present",
     "PRESENT_REF", "DATE"),
    # a dish of that day of every week; a weekday before another noun still dates
    ("The pub's best seller is the Sunday roast, a rib of beef for two.", "2015-06-10", "Sunday", None, None),
    ("The Saturday match was called off because of the storm.", "2015-06-10", "Saturday", "2015-06-06", "DATE"),
    # an event's name after a possessive; a lowercase event after it dates
    ("The Lions Club's Friday Pancake Breakfast raised money for the hospice.", "2015-06-10", "Friday",
     None, None),
    ("The club's Friday meeting was cancelled after the storm.", "2015-06-10", "Friday", "2015-06-05", "DATE"),
    # a pair of counts after "at" is no clock time, with a clock time near or not
    ("A witness said at 4.40 p.m. that the cart was moving at six or eight miles an hour.", "1905-02-03",
     "six", None, None),
    ("The jury retired at 12.15 and came back at six or seven in the evening.", "1905-02-03",
     "seven in the evening", "1905-02-03T19:00", "TIME"),
    # an older paper's dateline the day before publication dates the story's "to-day" and clock times
    ("OTTAWA, Ont., May 3.—The House sat until midnight to-day. The Speaker left the chair at 11.40 p.m.",
     "1911-05-04", "to-day", "1911-05-03", "DATE"),
    ("OTTAWA, Ont., May 3.—The House sat late this afternoon. The Speaker left the chair at 4.40 p.m.",
     "1911-05-04", "late this afternoon", "1911-05-03TAF", "TIME"),
    ("OTTAWA, Ont., May 4.—The House sat until midnight to-day.", "1911-05-04", "to-day", "1911-05-04", "DATE"),
    # a kitchen's serving hours; a meal served on one named day is that day's
    ("From next Monday the cafe will serve lunch from noon to 3pm and dinner until 10pm.", "2026-07-08",
     "3pm", "XXXX-XX-XXT15:00", "TIME"),
    ("On Christmas Day volunteers will serve lunch from 12.30pm in the church hall.", "2026-07-08",
     "12.30pm", "2026-12-25T12:30", "TIME"),
    # "itself" points back to the day of that number named before
    ("The bar opens on 14 July and closes on Mondays until the end of September. On the 14th itself the "
     "doors open early.", "2026-07-08", "the 14th", "2026-07-14", "DATE"),
    ("The bar closes on Mondays until the end of September. On the 14th the doors open early.", "2026-07-08",
     "the 14th", "2026-09-14", "DATE"),
    # a day's routine told in the present; on a day named, that day's
    ("Lena, a baker for thirty years, sleeps from 7pm and rarely sees a film end.", "2019-11-20", "7pm",
     "XXXX-XX-XXT19:00", "TIME"),
    ("On Monday she wakes at 5am to catch the ferry.", "2019-11-20", "5am", "2019-11-18T05:00", "TIME"),
    # a work shift, of every working day; another noun after a clock time keeps the day
    ("Early on Tuesday the bakery was busy. The 4am shift at the bakery starts well before dawn.", "2019-11-20",
     "4am", "XXXX-XX-XXT04:00", "TIME"),
    # a clock time on a coming day dates the clock times after it in its sentence, past a title's "Rev."
    ("The vicar will preach at 11 a.m. to-morrow and the Rev. J. Nish at 7 p.m.", "1938-06-11", "7 p.m.",
     "1938-06-12T19:00", "TIME"),
    ("The hall opens at 11 a.m. to-morrow. The choir met there last year. It sang for hours. Tea was served "
     "at 4 p.m.", "1938-06-11", "4 p.m.", "1938-06-11T16:00", "TIME"),
    # a month-day kept every year is of no one year; a month-day in a clause of its own keeps its year, and a
    # day given a character ("as a day of thanks") is no length of time
    ("The parish asked that June 3 be marked every year as a day of thanks.", "1921-06-10", "June 3",
     "XXXX-06-03", "DATE"),
    ("The parish asked that June 3 be marked every year as a day of thanks.", "1921-06-10", "a day", None, None),
    ("Prices rose on March 3 and fell each year after that.", "1921-06-10", "March 3", "1921-03-03", "DATE"),
    ("The strike cost the mill a day of output.", "1921-06-10", "a day", "P1D", "DURATION"),
    # so does a part of a coming day; not from another sentence
    ("Leave the dough to rise tonight and bake it tomorrow morning; it will be on the table by noon.",
     "2017-09-08", "noon", "2017-09-09T12:00", "TIME"),
    ("Bake it tomorrow morning. The shop next door shut at noon.", "2017-09-08", "noon", "2017-09-08T12:00",
     "TIME"),
    # a plan's clock times after the day it was announced are on the plan's coming day, if one was named
    ("A ferry line will open between the islands on March 14, its owners announced yesterday. On the first "
     "crossing the boat will leave the pier at 7 a.m. and dock at noon.", "1952-02-24", "7 a.m.",
     "1952-03-14T07:00", "TIME"),
    ("The ferry owners announced yesterday that fares would rise. The boat will leave the pier at 7 a.m. as "
     "usual.", "1952-02-24", "7 a.m.", "1952-02-24T07:00", "TIME"),
    # a plan talked over, its gerund the act planned: the month nearest the telling; a meeting's own month
    # stays past
    ("The allotment society had discussed also holding a show in August, its secretary said.", "2005-05-10",
     "August", "2005-08", "DATE"),
    ("The allotment society discussed the accounts in August, its secretary said.", "2005-05-10", "August",
     "2004-08", "DATE"),
    # a recipe's instruction "overnight" is the coming night, and "by morning" after it the morning after; a
    # report's "overnight" is the night gone by, and no "by morning" is tagged after it
    ("Let the custard cool, then chill it overnight. By morning it will have set firm.", "2011-03-05",
     "overnight", "2011-03-05TNI", "TIME"),
    ("Let the custard cool, then chill it overnight. By morning it will have set firm.", "2011-03-05",
     "morning", "2011-03-06TMO", "TIME"),
    ("The custard was chilled overnight and served at lunch.", "2011-03-05", "overnight", "2011-03-04TNI", "TIME"),
    ("The river rose overnight; by morning the lane was under water.", "2011-03-05", "morning", None, None),
    # "by evening" in a sentence that told the day's earlier hours; not before the noun it modifies
    ("The ground was hard at midday, but by evening the rain had softened it.", "2011-03-05", "evening",
     "2011-03-05TEV", "TIME"),
    ("Commuters at noon said the platforms were full by evening rush hour.", "2011-03-05", "evening", None, None),
    # a weekday after "until" ends a span begun on a weekday in its sentence
    ("Officials now say the storm, which began at dawn on Saturday and blew until Sunday evening, felled a "
     "thousand trees.", "1941-03-04", "Sunday evening", "1941-03-02TEV", "TIME"),
    ("Rail firms urged people not to travel on Saturday, and one said it would run fewer trains until Monday "
     "morning.", "2026-01-16", "Monday morning", "2026-01-19TMO", "TIME"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round85(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
