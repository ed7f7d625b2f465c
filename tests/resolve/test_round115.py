"""Round 115 (from the errors of blind74, history and archaeology features, and blind27, culture, entertainment,
travel and consumer news): a day of the years before a country left the Julian calendar is named with its Julian
weekday ("Sunday 12 June" of 1698), so the weekday check of a year-less day accepts either calendar; a year-less
day told after a day written with its year long before publication, in the same sentence and within weeks of it
("Tuesday 3 March 1801 was followed by a storm that lasted until Friday 20 March"), is of that year even in a piece
told from now, and so is one told after an event named by its year ("the great strike of 1926 began on 3 May"); a
holiday that opens a stretch still running ("the fortnight from Easter to the end of the school break", told days
after Easter) is the one just gone, whatever the tense; an evening hour told in the past just after the night of a
past day ("a blaze Friday night ... The blaze started at about 9:15 p.m.") is on that night, not on the publication
day the lead also names; a time a schedule sets ("is scheduled to leave at 7:20 a.m.") sentences after a coming day
told with the day it was announced ("will start a service on May 3, the company said Wednesday") is of the coming
day; a capitalized month naming a historic event ("the November Uprising", "the July Crisis") is no month; a past
"when" clause after a weekday whose subject carries a participle aside ("when photographs of the anchor, stamped
with her name, were checked") is read past the aside; "the last full year before the plant closed" is no year counted back; a present habit of a season ("fly there daily during the summer", told in March) is
the current or next season; a show just added ("has added a late show at the Palace downtown Sunday") is
still to come."""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a Julian weekday of an old year
    ("Tomorrow the museum reopens. The town charter was sealed in 1698, when Sunday 12 June was a feast day.",
     "2003-03-10", "Sunday 12 June", "1698-06-12", "DATE"),
    # counter: a weekday that fits neither calendar of that year is not of it
    ("Tomorrow the museum reopens. The town charter was sealed in 1698, when Monday 12 June was a feast day.",
     "2003-03-10", "Monday 12 June", "2002-06-12", "DATE"),
    # a day after an old day written with its year, in the same sentence
    ("The archive opens tomorrow. In the old parishes, Tuesday 3 March 1801 was followed by a storm that lasted "
     "until Friday 20 March.", "2003-03-10", "Friday 20 March", "1801-03-20", "DATE"),
    ("The archive opens tomorrow. The ledger says Sunday 2 May 1844 was followed by a week of rain, and the roof "
     "fell on 19 May.", "2003-03-10", "19 May", "1844-05-19", "DATE"),
    # counter: a day still to come told after the old day
    ("The archive opens tomorrow. The first stone was laid on 2 May 1844, and a plaque will go up on 19 June.",
     "2003-03-10", "19 June", "2003-06-19", "DATE"),
    # counter: a present plan after the old day
    ("The shop reopens tomorrow. It opened on 2 May 1990, and the owner plans readings every evening on 19 June.",
     "2003-03-10", "19 June", "2003-06-19", "DATE"),
    # a holiday opening a stretch still running at publication
    ("Visitor numbers for the fortnight from Easter to the end of the school break will top two million.",
     "2022-04-21", "Easter", "2022-04-17", "DATE"),
    # counter: a holiday in a future clause with no stretch is the next one
    ("Visitor numbers will top two million at Easter, the board said.",
     "2022-04-21", "Easter", "2023-04-09", "DATE"),
    # an evening hour after a past night named in the lead, with publication's day also named
    ("The ferry Northern Star limped back into harbour early Monday, cutting short a week-long trip after a blaze "
     "in its galley Friday night left it adrift for 12 hours.\n\nNo one was hurt. The blaze started at about "
     "9:15 p.m. and was out within half an hour, the operator said.",
     "2016-03-07", "about 9:15 p.m.", "2016-03-04T21:15", "TIME"),
    # counter: an evening hour still to come is the publication day's
    ("The ferry Northern Star limped back into harbour early Monday, cutting short a week-long trip after a blaze "
     "in its galley Friday night left it adrift for 12 hours.\n\nNo one was hurt. Inspectors will board it at about 9:15 p.m., the operator said.",
     "2016-03-07", "about 9:15 p.m.", "2016-03-07T21:15", "TIME"),
    # a schedule's time two sentences after a coming day told with the day it was announced
    ("Harbor Ferries will start a fast service between Oakport and Kell Island on May 3, the company said "
     "Wednesday. The boats will sail twice a day. The first boat is scheduled to leave Oakport at 7:20 a.m.",
     "2017-03-01", "7:20 a.m.", "2017-05-03T07:20", "TIME"),
    # counter: a time still to come that no schedule sets stays on the day of telling
    ("Harbor Ferries will start a fast service between Oakport and Kell Island on May 3, the company said "
     "Wednesday. The boats will sail twice a day. Its chief executive will brief reporters at 3 p.m.",
     "2017-03-01", "3 p.m.", "2017-03-01T15:00", "TIME"),
    # a month naming a historic event
    ("Historians still argue over the November Uprising of the cadets.", "2022-02-16", "November", None, None),
    ("The July Crisis ended in war.", "2022-02-16", "July", None, None),
    # counter: a month before a capitalized word that is no event's name, and a lower-case noun
    ("The November Board meeting approved the plan.", "2022-02-16", "November", "2021-11", "DATE"),
    ("The union called the October strike off.", "2022-02-16", "October", "2021-10", "DATE"),
    # a participle aside after the subject of a past "when" clause
    ("The find was confirmed on Monday, when photographs of the anchor, stamped with her name, were checked.",
     "2022-09-29", "Monday", "2022-09-26", "DATE"),
    # counter: a present "when" clause with such an aside still looks ahead
    ("The parade leaves on Sunday, when families, dressed in white, walk to the shore.", "2022-09-29", "Sunday",
     "2022-10-02", "DATE"),
    # an event named by its year, then dated in its sentence
    ("The museum opens tomorrow. The great strike of 1926 began, by most accounts, on 3 May.", "2003-03-10",
     "3 May", "1926-05-03", "DATE"),
    # counter: an event named by its year and a day of the present
    ("The museum opens tomorrow. The great strike of 1926 is remembered in a talk on 3 May.", "2003-03-10",
     "3 May", "2003-05-03", "DATE"),
    # a year picked out, then a clause: no year counted back
    ("Output was 5 percent below 2019, the last full year before the plant closed.", "2022-02-16", "year before",
     None, None),
    # counter: "the year before" at the end of its clause
    ("Output in 2019 was 5 percent below the year before, and rose again in 2020.", "2022-02-16", "the year before",
     "2018", "DATE"),
    # a present habit of a season
    ("Two carriers already fly to Oslo from Boston daily during the summer.", "2012-03-06", "the summer", "2012-SU",
     "DATE"),
    # counter: a habit gone by
    ("Ferries used to sail there twice a day during the summer.", "2012-03-06", "the summer", "2011-SU", "DATE"),
    # a show added to a run, its place and its weekday after it with no "on"
    ("The theatre has added a late show at the Palace downtown Sunday.", "2004-08-14", "Sunday", "2004-08-15",
     "DATE"),
    # counter: the weekday is when it was said
    ("The theatre has added a late show at the Palace, its manager said Sunday.", "2004-08-14", "Sunday",
     "2004-08-08", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_round115(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
