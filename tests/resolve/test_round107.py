"""Round 107 (from the errors of blind139, court reports told day by day): a trial report tells the night of
the crime long after it, with the days in court named in between. Its clock times and "that night" in a past
clause are on the crime's day, the evening before a day told as "early on" ("early on 14 March": 11:40 p.m.
is on 13 March), unless the clause is about the hearing itself ("the verdict was read at 3:20 p.m.") or the
text is no court report. A day that only dates the telling ("Opening the case on Tuesday, the prosecutor
said ...") is no scene. "The following morning" after a time in the small hours is that same day's morning.
A count forward ("two days later") skips a flashback in the pluperfect counted back from the story's day ("had
spent the previous evening", "had been freed five weeks earlier"). Court reports count a trial's days ("day 7
of the trial"): the days the court sits, Monday to Friday, from the day the trial began, less a weekday it
did not sit. A day written with its month and "last year" ("on 9 September last year") sets the scene of the
year-less days told after it in the past, as one written with its year does. "The day after the May bank
holiday" is one expression; "the 23rd" just after "from 23 May to 3 June" is 23 May. "20 minutes earlier" after
a clock time is a TIME, as "20 minutes later" is. "Every deadline falls at 11:59 p.m.": a time of each of many
events, on no one day. "The evening before the opening" is the evening before the day the announcement opens
the event on. "Thanksgiving or the day after": the day after the day in focus, as "the day before" is.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

_NIGHT = ("A jury heard yesterday how a pensioner was beaten in his home early on 14 March 2021.\n\n"
          "Prosecutors say Hale, who had a key, came back that night. A neighbour called police at 11:40 p.m. "
          "Officers found the man at 1:05 a.m.")
_FLASHBACK = ("The court heard that Brady attacked a man at about 2am on 4 June last year. The pair had spent the "
              "previous evening at a club. Brady had been freed from prison five weeks earlier. Two days later a "
              "neighbour called police.")

CASES = [
    # the crime's night, told a paragraph after the lead: the evening before a day "early on", its small hours
    (_NIGHT, "2021-09-08", "that night", "2021-03-13TNI", "TIME"),
    (_NIGHT, "2021-09-08", "11:40 p.m.", "2021-03-13T23:40", "TIME"),
    (_NIGHT, "2021-09-08", "1:05 a.m.", "2021-03-14T01:05", "TIME"),
    # a clause about the hearing itself is on the day in court, not the crime's
    ("A jury heard yesterday how a pensioner was beaten in his home on 14 March 2021.\n\nA neighbour said she "
     "heard shouting. The verdict was read at 3:20 p.m.", "2021-09-08", "3:20 p.m.", "2021-09-07T15:20", "TIME"),
    # no court report: a far day does not date a clock time paragraphs on
    ("The mill burned down early on 14 March 2021.\n\nFirefighters say the blaze spread fast. A neighbour "
     "called at 11:40 p.m.", "2021-09-08", "11:40 p.m.", "XXXX-XX-XXT23:40", "TIME"),
    # the day of the telling, before the reporting verb, is no scene
    ("A jury heard how a cyclist was knocked down early on 2 February 2020.\n\nOpening the case on Tuesday, the "
     "prosecutor said a camera filmed the van at 2.20am.", "2020-11-12", "2.20am", "2020-02-02T02:20", "TIME"),
    # the morning after the small hours is the same day's; after an evening time, the next day's
    ("A jury heard how a cyclist was knocked down on 2 February 2020. A camera filmed the van at 3.10am. The "
     "following morning the driver reported his van stolen.", "2020-11-12", "The following morning",
     "2020-02-02TMO", "TIME"),
    ("A jury heard how a cyclist was knocked down on 2 February 2020. A camera filmed the van at 11.10pm. The "
     "following morning the driver reported his van stolen.", "2020-11-12", "The following morning",
     "2020-02-03TMO", "TIME"),
    # a count forward skips the pluperfect flashbacks; without the pluperfect the step back is a step
    (_FLASHBACK, "2020-03-04", "Two days later", "2019-06-06", "DATE"),
    ("The court heard that Brady attacked a man at about 2am on 4 June last year. The pair spent the previous "
     "evening at a club. Two days later a neighbour called police.", "2020-03-04", "Two days later",
     "2019-06-05", "DATE"),
    # a day written with its month and "last year" sets a scene: a year-less day told in the past after it
    ("The court heard that Brady attacked a man on 2 September last year. Three days later police traced him to "
     "Hull, where he was arrested on 8 September.", "2020-07-20", "8 September", "2019-09-08", "DATE"),
    ("Last year the fair opened a week late. Three days later the rides were closed, and they reopened on "
     "8 September.", "2020-07-20", "8 September", "2020-09-08", "DATE"),
    # a trial's court days, from its start named before or after
    ("The trial began on 4 March 2019. On day 7 of the trial a nurse gave evidence.", "2019-03-20", "day 7",
     "2019-03-12", "DATE"),
    ("She spoke on the third day of her trial, which began on Monday.", "2019-03-22", "the third day",
     "2019-03-20", "DATE"),
    # a weekday the court did not sit is not counted
    ("Jury selection began Jan. 6, 2025. Court did not sit Monday because of the holiday. Testimony on day 11 "
     "of the trial came from a detective.", "2025-01-23", "day 11", "2025-01-21", "DATE"),
    ("Jury selection began Jan. 6, 2025. Testimony on day 11 of the trial came from a detective.", "2025-01-23",
     "day 11", "2025-01-20", "DATE"),
    # the day after a bank holiday is one expression; the holiday alone stays the holiday
    ("The retrial opened on the day after the May bank holiday.", "2015-06-10",
     "the day after the May bank holiday", "2015-05-05", "DATE"),
    ("Roads were jammed over the May bank holiday.", "2015-06-10", "the May bank holiday", "2015-05-04", "DATE"),
    # "the 23rd" just after a day of that number is that day, not a day of the month named last
    ("The hearing was set down from 23 May to 3 June. \"If we do not start on the 23rd, we lose the slot,\" she "
     "said.", "2022-04-07", "the 23rd", "2022-05-23", "DATE"),
    ("The strike began in March 2022 and ended on the 21st.", "2022-04-07", "the 21st", "2022-03-21", "DATE"),
    # minutes or hours "earlier" after a clock time are a time that long before it; with no clock time before,
    # nothing; a schedule moved stays the amount it moved
    ("The alarm sounded at 4:10 a.m. A guard had seen a car 20 minutes earlier.", "2021-07-28",
     "20 minutes earlier", "2021-07-28T03:50", "TIME"),
    ("She said she had eaten two hours earlier.", "2021-07-28", "two hours", None, None),
    ("From June the last ferry will leave twenty minutes earlier.", "2021-07-28", "twenty minutes", "PT20M",
     "DURATION"),
    # the time of each of many deadlines or sessions is on no one day; one named session keeps its day
    ("Abstracts are due on May 3 and papers on May 10. Every deadline falls at 11:59 p.m. on the day given.",
     "2021-04-01", "11:59 p.m.", "XXXX-XX-XXT23:59", "TIME"),
    ("Abstracts are due on May 3 and papers on May 10. The deadline falls at 11:59 p.m. on the day given.",
     "2021-04-01", "11:59 p.m.", "2021-05-10T23:59", "TIME"),
    # the evening before the event the announcement dates (not a day counted from publication in between)
    ("The gallery will open its new wing on Saturday 14 March. Members can book from today, and general sale "
     "opens tomorrow. A preview is held the evening before the opening, from 6pm.", "2026-02-02",
     "the evening before", "2026-03-13TEV", "TIME"),
    ("The gallery will open its new wing on Saturday 14 March. A preview is held the evening before the "
     "opening, from 6pm.", "2026-02-02", "6pm", "2026-03-13T18:00", "TIME"),
    ("The gallery will open its new wing on Saturday 14 March. A preview is held the evening before the "
     "opening.", "2026-02-02", "the evening before the opening", None, None),
    # "the day after" ending its clause is the day after the one in focus; before an event noun it is not
    ("The court will not sit on Thanksgiving 2025 or the day after.", "2025-11-12", "the day after", "2025-11-28",
     "DATE"),
    ("He arrived on 4 May 2020 and left the day after the vote.", "2025-11-12", "the day after", None, None),
    # no start named, or no trial: no court day
    ("On day 4 of the trial a pathologist gave evidence.", "2019-03-22", "day 4", None, None),
    ("The trial began on 4 March 2019. On day 7 of the strike the pickets went home.", "2019-03-20", "day 7",
     None, None),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round107(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
