"""Round 96 (from the errors of blind128, television schedules and reviews, and blind79, workplace emails,
memos and minutes): a traveller "has been rebooked on Saturday" travels on the coming one; two weekdays head a
plan's line together ("Thursday and Friday: ..."); "Monday and Tuesday next week" are two days of next week
and "next week" an expression of its own; "the weekend" after a Friday still to come in its sentence is that
Friday's; "Sunday's opener will be repeated" was shown last Sunday; a clock time right after its day ("Tues
4th at 10:30") is on it, whatever the tense around; a sentence-final "Feb." keeps its full stop outside; "the
current contract", "matches the calendar year", "ACTION: June to book" date nothing; "a story that lasts
months" is a length; a meeting "at 2:30" is in the afternoon.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a passive rebooking is for a day still to come ...
    ("The storm grounded his flight home, and he has been rebooked on Friday.", "2021-03-16", "Friday",
     "2021-03-19", "DATE"),
    # ... an arrest booked on a weekday is not
    ("The driver was booked on Friday on a charge of reckless driving.", "2021-03-16", "Friday",
     "2021-03-12", "DATE"),
    # two weekdays heading a plan's line together: the first is a label too
    ("Your first week.\nMonday 15 March: collect your badge.\nWednesday: meet the team.\n"
     "Thursday and Friday: shadowing the night shift.", "2021-03-09", "Thursday", "2021-03-18", "DATE"),
    # two weekdays opening a line of prose are no label
    ("The depot reopened after the flood.\nThursday and Friday were quiet, the manager said.", "2021-03-09",
     "Thursday", "2021-03-04", "DATE"),
    # two weekdays, then the week they are in: each a day of it, and the week its own expression
    ("The lab will be closed on Monday and Tuesday next week for a deep clean.", "2021-03-17", "Monday",
     "2021-03-22", "DATE"),
    ("The lab will be closed on Monday and Tuesday next week for a deep clean.", "2021-03-17", "Tuesday",
     "2021-03-23", "DATE"),
    ("The lab will be closed on Monday and Tuesday next week for a deep clean.", "2021-03-17", "next week",
     "2021-W12", "DATE"),
    ("Auditors were on site on Wednesday and Thursday last week.", "2021-03-17", "Thursday", "2021-03-11",
     "DATE"),
    # a single weekday before the week stays one expression
    ("The lab will be closed on Tuesday next week for a deep clean.", "2021-03-17", "Tuesday next week",
     "2021-03-23", "DATE"),
    # the weekend after a Friday still to come, told earlier in the sentence
    ("Engineers will switch off the old servers on Friday 26 March, and the movers will work through the "
     "weekend.", "2021-03-17", "the weekend", "2021-W12-WE", "DATE"),
    # a past clause leaves the weekend to its tense
    ("Staff who walked out on Thursday said talks over the weekend had gone nowhere.", "2021-03-15",
     "the weekend", "2021-W10-WE", "DATE"),
    # what is shown again was shown before
    ("Tonight's episode brings in the detective's sister. Sunday's premiere will be repeated on Saturday "
     "afternoon.", "2021-03-17", "Sunday", "2021-03-14", "DATE"),
    ("The derby was postponed. Saturday's fixture will be played at a neutral ground.", "2021-03-17",
     "Saturday", "2021-03-20", "DATE"),
    # a clock time right after its day is on it, in a clause told in the past
    ("Sent: Wednesday, 17 March 2021 09:02\nSubject: audit slot\n\nHi all,\nThe auditor's train was cancelled "
     "last night. I went through the diaries and the best slot was Weds 24th at 11:30 in the boardroom.",
     "2021-03-17", "11:30", "2021-03-24T11:30", "TIME"),
    # a time in a past clause, away from the day still to come, is still not on it
    ("Sent: Wednesday, 17 March 2021 09:02\nSubject: audit\n\nThe audit is on Weds 24th. The auditor's train "
     "was cancelled last night, and she finally arrived at 11:30.", "2021-03-17", "11:30", "2021-03-17T11:30",
     "TIME"),
    # an abbreviated month ending the sentence leaves its full stop outside
    ("Budget returns are due by Friday 19 Mar. Late returns will be chased.", "2021-03-10", "Friday 19 Mar",
     "2021-03-19", "DATE"),
    ("The scheme opened on 3 Mar. 2021 to all applicants.", "2021-05-10", "3 Mar. 2021", "2021-03-03", "DATE"),
    # the agreement in force dates nothing; "the current" government still does
    ("The current contract runs out in June, so the council is inviting new bids.", "2021-03-10", "current",
     None, None),
    ("The current government has promised a review.", "2021-03-10", "current", "PRESENT_REF", "DATE"),
    # a way of counting years set beside another names no year
    ("Our accounting year mirrors the calendar year, so budgets are set in December.", "2021-03-10",
     "the calendar year", None, None),
    ("Exports grew 6 per cent in the calendar year, the board said.", "2021-03-10", "the calendar year",
     "2021", "DATE"),
    # a length something lasts
    ("Readers want a serial that lasts months, not a fortnight.", "2021-03-10", "months", "PXM", "DURATION"),
    ("We cannot keep taking days away from the course, the tutor said.", "2021-03-10", "days", None, None),
    # a meeting's hour from 1 to 5 is in the afternoon ...
    ("Thursday: the planning meeting with the regional leads at 3:45 in room 5.", "2021-03-16", "3:45",
     "2021-03-18T15:45", "TIME"),
    # ... not any small hour
    ("On Thursday the alarm sounded at 3:45 and the building was cleared.", "2021-03-19", "3:45",
     "2021-03-18T03:45", "TIME"),
    # a window across midnight told again in another zone: its evening end is the first evening's
    ("The upgrade will run Saturday 22:00–03:00 UTC. For staff in Lagos that is 11pm to 4am local time.",
     "2021-03-17", "11pm", "2021-03-20T23:00", "TIME"),
    ("The upgrade will run Saturday 22:00–03:00 UTC. For staff in Lagos that is 11pm to 4am local time.",
     "2021-03-17", "4am", "2021-03-21T04:00", "TIME"),
    # a clock time inside that window, sentences later, is on the window's evening ...
    ("The migration will run Saturday 21:00–03:00 UTC. Printing will be down throughout. Staff have been told. "
     "Please plan ahead. The VPN will drop for ten minutes at 22:40 UTC.", "2021-03-17", "22:40 UTC",
     "2021-03-20T22:40", "TIME"),
    # ... a time outside it is not
    ("The migration will run Saturday 21:00–03:00 UTC. Printing will be down throughout. Staff have been told. "
     "Please plan ahead. A test call is set for 14:00 UTC.", "2021-03-17", "14:00 UTC",
     "XXXX-XX-XXT14:00", "TIME"),
    # no window, no going back: a time told after small hours of its own
    ("The crowd began queuing on Saturday at 21:00 and the gates opened at 02:00. The last fans left at 11pm.",
     "2021-03-24", "11pm", "2021-03-20T23:00", "TIME"),
    # a weekday closing the sentence after an aside is the future verb's, however far back
    ("The app, which launched in March, will post every episode of its first drama, the heist caper Copper "
     "Lane, Friday.", "2021-05-17", "Friday", "2021-05-21", "DATE"),
    ("The app will put every episode online, the company announced, Friday.", "2021-05-17", "Friday",
     "2021-05-14", "DATE"),
    # a bare week number after a preposition counts the weeks of the year ...
    ("Re: depot relocation – status at week 31\nAll racking is in place.", "2021-08-05", "week 31", "2021-W31",
     "DATE"),
    ("Resurfacing of the ring road has been moved to week 36, after the school holidays.", "2021-08-05",
     "week 36", "2021-W36", "DATE"),
    # ... not the rounds of a season nor the weeks of a treatment
    ("In week 3 the visitors lost their unbeaten record, and the season is slipping away.", "2021-08-05",
     "week 3", None, None),
    ("Patients on the new drug improved in week 6 of treatment.", "2021-08-05", "week 6", None, None),
    # bare hours of a range right after a day are that day's clock times, in working hours
    ("I'm around tomorrow between 9 and 11 if you want a quick call.", "2021-03-17", "11", "2021-03-18T11:00",
     "TIME"),
    ("Passes will be handed out on Friday between 2 and 5 at the front desk.", "2021-03-17", "2",
     "2021-03-19T14:00", "TIME"),
    # a count after "between" is none
    ("Tomorrow between 10 and 12 volunteers will clear the beach.", "2021-03-17", "12", None, None),
    # a present passive leaning to a quarter is no past: the quarter of the fiscal year still to come ...
    ("Our financial year runs from 1 July to 30 June. Sales are tracking well for Q1 and Q2. Most orders land "
     "before Christmas, which is why the budget is weighted towards Q2.", "2023-08-10", "Q2", "2024-Q2", "DATE"),
    # ... a past one still is
    ("Orders are down 4 per cent. Most orders landed before Christmas, which is why the budget was weighted "
     "towards Q2.", "2023-08-10", "Q2", "2023-Q2", "DATE"),
    # a weekday without a cue of its own, after a date still to come in its sentence, is still to come ...
    ("The network has booked a long run, with new shows each Friday until 30 July and a repeat at 11am on "
     "Tuesday for late viewers.", "2021-05-15", "Tuesday", "2021-05-18", "DATE"),
    # ... a date gone by leaves it to the tense
    ("The fair ran until 9 May, and the stalls came down on Tuesday.", "2021-05-15", "Tuesday", "2021-05-11",
     "DATE"),
    # the owner of a minuted action
    ("3. Boiler\nThe boiler needs its annual service. ACTION: April to call the engineer.", "2021-03-10",
     "April", None, None),
    ("3. Boiler\nThe boiler needs its annual service. ACTION: book the engineer for April.", "2021-03-10",
     "April", "2021-04", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round96(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
