"""Anchoring gaps found by the fourteenth to nineteenth blind evaluations, second round (issue 3), pinned
with invented sentences.

Each case: (text, publication date, phrase, expected value, expected type). Every text here is invented
for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

# Habits: clock times of no one day.
_OPEN_DAILY = "Two more cooling centers opened Thursday. The centers are open from 9 a.m. to 7 p.m. daily."
_TWICE = "The agency revises its pollen map three times a day, at 7 a.m. and 5 p.m."
_WEEKDAYS = "The line will run trains every 12 minutes from 5 a.m. to 8 p.m. on weekdays."
_SUNDAYS = "Lines that now close at 10 p.m. on Sundays will run until midnight."
# Not habits: a single deadline with a rate after it; a calendar heading's day.
_DEADLINE = ("The storm is moving east. The next bulletin will be issued by 11 a.m., with updates every three "
             "hours after that.")
_DOCKET = ("Circuit court this week\n\nTHURSDAY\n\nA jury was seated in a theft case.\n\nFRIDAY\n\nThe traffic "
           "docket, heard every Friday, starts at 1:15 p.m.")
# Past weekdays: a noun after a preposition is no schedule verb; "plan" just before the day is a noun.
_VOTES = "The bill passed two days after the House and Senate approved it on party-line votes Tuesday."
_PLAN = "The mayor vetoed the council's $4 billion spending plan Thursday night, hours before the deadline."
_EXTENDED = "State officials extended a heat advisory for the whole valley through Saturday as the haze lingered."
# Anaphora.
_THAT_FRIDAY = ("Each finalist will spend a day in the county. The first visit is set for Monday, March 4, and "
                "the last for that Friday.")
_PREVIEW = ("Donors will tour the new gallery Friday evening, and the public is admitted at 10 a.m. the next day. "
            "The gallery stays open until 8 p.m. that day.")
_FISCAL = ("The college reported a deficit of $14 million in the year that ended June 30, compared with "
           "a $9 million deficit a year earlier.")
_LAST_YEAR = ("Exports fell in November, the bureau said.\n\nThe bank expects prices to rise about 9 percent this "
              "year, after less than 3 percent last year.")
_SINCE_WHEN = "It is the dockers' first walkout since 1979, when an 80-day strike ended in April."
_UNTIL = ("The delegation left the talks in October 1983 after the vote in parliament, and the talks did not "
          "resume until April 9.")
_PLUPERFECT = ("A clerk is accused of helping two men rob a jewelry store on the morning of May 2, 1994. The trial "
               "opened last week. Prosecutors said the clerk had disabled an alarm minutes before the store "
               "opened at 10 a.m.")
_PRIMARY = ("Mayor Ruth Kane won the Republican primary yesterday, beating three rivals.\n\nWith nearly all "
            "precincts counted at 1 a.m. today, Ms. Kane had 52 percent. Her closest rival conceded at 11:20 p.m. "
            "at a union hall.")
# A newspaper dateline (no agency) the day before publication.
_DATELINE = ("Ministers Close Trade Round\n\nLISBON, Oct. 3 -- Trade ministers met for six hours today and agreed "
             "to meet again in the spring.")
# The publication day named in the clock time's own sentence.
_TONIGHT = ("The league called off Monday's games. It said it would decide on tonight's games by 2 p.m., after "
            "the next reading.")
# Year-less months ahead (or behind) by the clause.
_NOT_BEFORE = "Officials said the tunnel would not reopen until the summer, and perhaps not before September."
_REMAIN = ("Astronomers said the comet had brightened over the past week and should remain an easy naked-eye "
           "sight through mid-May.")
_DRAGS = "Vendors could see payments delayed if the dispute drags on past mid-September, the treasurer warned."
_WINTER = "A jury found him guilty, and the penalty would be set at sentencing this winter."
_GAPPED = "The bank lost $40 million in the year ending June 30, and a further $80 million through Sept. 30."
_GAPPED_AHEAD = "Forecasters expect rain today, and more snow in the hills through the weekend."
# A live blog: times in an entry are the entry's day.
_LIVE = ("Live: storm updates\n\n7:10 a.m.: Rain that began late Friday keeps falling, and the weather service "
         "has extended its flood warning until 3 p.m.\n\n10:45 a.m.: Schools will be closed Monday. A second "
         "shelter opens at the high school at noon.")
_RESTORED = ("Crews worked through the night on the broken main. Water was restored to most homes by 5 a.m. "
             "Tuesday, officials said.")
_TOLD_BY = "Residents were told to leave their homes by noon Friday."
_FARES = "The new fares apply to tickets bought by Sept. 20 for travel through Dec. 12."
_PARTY = "The cast gathered on Wednesday for a farewell party that ran until 2 a.m. at a hotel downtown."

CASES = [
    # a statistic's period ends where the clause's tense says, not ahead (a regression the held-out
    # business set showed after this round's "through" work)
    ("Rents rose 2 percent from March and 6 percent in the 12 months through April, the agency said.",
     "2024-05-03", "April", "2024-04", "DATE"),
    ("Loans from the fund remain available through April.", "2024-05-03", "April", "2025-04", "DATE"),
    (_OPEN_DAILY, "1994-01-24", "9 a.m.", "XXXX-XX-XXT09:00", "TIME"),
    (_OPEN_DAILY, "1994-01-24", "7 p.m.", "XXXX-XX-XXT19:00", "TIME"),
    (_TWICE, "2023-06-07", "7 a.m.", "XXXX-XX-XXT07:00", "TIME"),
    (_TWICE, "2023-06-07", "5 p.m.", "XXXX-XX-XXT17:00", "TIME"),
    (_WEEKDAYS, "2019-03-20", "5 a.m.", "XXXX-XX-XXT05:00", "TIME"),
    (_WEEKDAYS, "2019-03-20", "8 p.m.", "XXXX-XX-XXT20:00", "TIME"),
    (_SUNDAYS, "2019-03-20", "10 p.m.", "XXXX-XX-XXT22:00", "TIME"),
    (_SUNDAYS, "2019-03-20", "midnight", "XXXX-XX-XXT24:00", "TIME"),
    (_DEADLINE, "2021-02-12", "11 a.m.", "2021-02-12T11:00", "TIME"),
    (_DOCKET, "2016-04-13", "1:15 p.m.", "2016-04-15T13:15", "TIME"),
    (_VOTES, "2013-06-29", "Tuesday", "2013-06-25", "DATE"),
    (_PLAN, "2013-06-29", "Thursday night", "2013-06-27TNI", "TIME"),
    (_EXTENDED, "2023-06-07", "Saturday", "2023-06-10", "DATE"),
    (_THAT_FRIDAY, "2024-01-02", "that Friday", "2024-03-08", "DATE"),
    (_PREVIEW, "2011-05-11", "10 a.m.", "2011-05-14T10:00", "TIME"),
    (_PREVIEW, "2011-05-11", "the next day", "2011-05-14", "DATE"),
    (_PREVIEW, "2011-05-11", "that day", "2011-05-14", "DATE"),
    (_PREVIEW, "2011-05-11", "8 p.m.", "2011-05-14T20:00", "TIME"),
    (_FISCAL, "2025-02-12", "a year earlier", "2023", "DATE"),
    (_LAST_YEAR, "1999-01-14", "last year", "1998", "DATE"),
    (_SINCE_WHEN, "1993-07-22", "April", "1979-04", "DATE"),
    (_UNTIL, "1985-11-17", "April 9", "1985-04-09", "DATE"),
    (_PLUPERFECT, "1996-10-08", "10 a.m.", "1994-05-02T10:00", "TIME"),
    (_PRIMARY, "1990-09-12", "11:20 p.m.", "1990-09-11T23:20", "TIME"),
    (_DATELINE, "1985-10-04", "today", "1985-10-03", "DATE"),
    (_TONIGHT, "2023-06-07", "2 p.m.", "2023-06-07T14:00", "TIME"),
    (_NOT_BEFORE, "1994-01-24", "September", "1994-09", "DATE"),
    (_REMAIN, "1997-03-28", "mid-May", "1997-05", "DATE"),
    (_DRAGS, "2013-06-29", "mid-September", "2013-09", "DATE"),
    (_WINTER, "2021-08-31", "this winter", "2021-WI", "DATE"),
    (_GAPPED, "1989-03-01", "Sept. 30", "1988-09-30", "DATE"),
    (_GAPPED_AHEAD, "2023-01-11", "the weekend", "2023-W02-WE", "DATE"),
    (_LIVE, "2024-09-28", "3 p.m.", "2024-09-28T15:00", "TIME"),
    (_LIVE, "2024-09-28", "noon", "2024-09-28T12:00", "TIME"),
    (_PARTY, "2006-05-26", "2 a.m.", "2006-05-25T02:00", "TIME"),
    (_RESTORED, "2026-07-22", "5 a.m. Tuesday", "2026-07-21T05:00", "TIME"),
    (_TOLD_BY, "2026-07-22", "noon Friday", "2026-07-24T12:00", "TIME"),
    (_FARES, "1983-08-17", "Sept. 20", "1983-09-20", "DATE"),
    (_FARES, "1983-08-17", "Dec. 12", "1983-12-12", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_blind14_19_anchoring2(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
