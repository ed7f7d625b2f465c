"""Round 109 (from the errors of blind138, election and campaign news, and blind20). A past verb with "by" and a
margin ("led by 212 votes", "won by 40 votes") is the clause's verb, not a participle with its agent; the night of
election day gone by is the day of the clock times after it in its sentence; the small hours after a story's day
that the lead runs on into the publication day ("still uncounted Wednesday") are on the publication day; the hours
of a poll ("Polls will be open from 8am to 9pm") are on polling day, the day named as a vote's; "the final weekend"
of a campaign is the weekend before it; "up from nine" is a count, no clock time; "for the board to review Friday"
looks ahead; "busier than 2008" after "In 2008" is a year; "on the Friday and ... on the Monday" goes on from the
first weekday to the next; a weekday just after election night weeks back goes on from that night; a habit in the present ("usually falls,
especially in December") tells no past; "set its primary for Jan. 8" aims ahead.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a past verb and its margin after a fronted time: the past
    ("On Sunday, the challenger won by 40 votes.", "2018-11-21", "Sunday", "2018-11-18", "DATE"),
    ("On election night, the mayor led by 212 votes.", "2018-11-20", "election night", "2018-11-06TNI", "TIME"),
    # a participle with its agent after a noun: the clause's own tense decides
    ("On Sunday, a road built by the army opens to traffic.", "2018-11-21", "Sunday", "2018-11-25", "DATE"),
    ("On Saturday, the stones carved by local masons will be unveiled.", "2018-11-21", "Saturday", "2018-11-24",
     "DATE"),
    # election night gone by: the day of the clock times after it in its sentence
    ("On election night, the mayor led by 212 votes when the first returns came in at 9:15 p.m.", "2018-11-20",
     "9:15 p.m.", "2018-11-06T21:15", "TIME"),
    # a clock time in the next sentence, after the day it was told: not election night's
    ("Turnout was high on election night, officials said Tuesday. The board meets at 10 a.m.", "2018-11-20",
     "10 a.m.", "2018-11-20T10:00", "TIME"),
    # the small hours after the story's day, the lead running on into the publication day
    ("The council handed the mayor a narrow win in Tuesday's runoff, but with postal votes still uncounted "
     "Wednesday, her rival would not concede.\nWith most wards reporting just after 3 a.m., she was ahead by 410 "
     "votes.", "2021-05-05", "3 a.m.", "2021-05-05T03:00", "TIME"),
    # an evening hour stays on the story's day
    ("The council handed the mayor a narrow win in Tuesday's runoff, but with postal votes still uncounted "
     "Wednesday, her rival would not concede.\nWith most wards reporting just after 9 p.m., she was ahead by 410 "
     "votes.", "2021-05-05", "9 p.m.", "2021-05-04T21:00", "TIME"),
    # a lead that names no publication day: the story's day
    ("The council handed the mayor a narrow win in Tuesday's runoff, and her rival would not concede.\nWith most "
     "wards reporting just after 3 a.m., she was ahead by 410 votes.", "2021-05-05", "3 a.m.", "2021-05-04T03:00",
     "TIME"),
    # the hours of a poll: on polling day, not on the day last named
    ("Voters will choose a new mayor in an election on 14 October. Nominations close on 20 September. Polls will "
     "be open from 8am to 9pm.", "2023-08-30", "8am", "2023-10-14T08:00", "TIME"),
    ("Voters will choose a new mayor in an election on 14 October. Nominations close on 20 September. Polls will "
     "be open from 8am to 9pm.", "2023-08-30", "9pm", "2023-10-14T21:00", "TIME"),
    # (already right before this round, kept by the new reading: the day of the poll-hours time just told, the
    # day named as the vote's)
    ("Polls open at 7am tomorrow in the Westford by-election. Stations will close at 10pm, and ballot boxes will "
     "be driven to the count.", "2019-11-28", "10pm", "2019-11-29T22:00", "TIME"),
    ("The mayor won a second term in Tuesday's election, officials said Thursday. In Ward 4, where a power cut "
     "delayed voting, polls opened at 8 a.m.", "2022-11-10", "8 a.m.", "2022-11-08T08:00", "TIME"),
    # hours that are not a poll's, or no vote's day named: the usual reading
    ("Voters will choose a new mayor in an election on 14 October. Nominations close on 20 September. The library "
     "will be open from 8am to 9pm.", "2023-08-30", "8am", "2023-09-20T08:00", "TIME"),
    ("Our reporter visited on Wednesday. In Ward 4, where a power cut delayed the count, polls opened at 8 a.m.",
     "2022-11-10", "8 a.m.", "2022-11-09T08:00", "TIME"),
    # the final weekend of a campaign: the weekend before polling day, named or counted down to
    ("Voters go to the polls in the Nov. 8 election. Both camps plan rallies over the final weekend, and turnout "
     "is expected to rise.", "2022-09-20", "the final weekend", "2022-W44-WE", "DATE"),
    ("With 11 days left in the election campaign, the mayor said she would knock on doors until the final weekend of the "
     "race, when voters start to decide.", "2021-10-21", "the final weekend", "2021-W43-WE", "DATE"),
    # no vote in the text: a season's or a festival's final weekend is not the campaign's
    ("The league title will be settled on the final weekend of the season.", "2025-05-28", "the final weekend",
     None, None),
    ("The band plays the festival on the final weekend, and tickets are selling fast.", "2025-05-28",
     "the final weekend", None, None),
    # "up from nine": a count compared, no clock time; "from nine in the morning" is one
    ("Polls will be staffed at 12 sites, up from nine in 2008, and doors open at 7 a.m.", "2012-10-22", "nine",
     None, None),
    ("The hall is open from nine in the morning, and doors close at 5 p.m.", "2012-10-22",
     "nine in the morning", "2012-10-22T09:00", "TIME"),
    # an infinitive of purpose with its own subject before the time: ahead
    ("The last box has been held back for the clerks to count Friday morning.", "2020-11-19", "Friday morning",
     "2020-11-20TMO", "TIME"),
    ("The last box was counted for the record Friday morning.", "2020-11-19", "Friday morning", "2020-11-13TMO",
     "TIME"),
    # "than" and a number of people: a count, no year (the year after "than" closing its clause is in
    # test_round109_than_year below)
    ("The hall held more than 2004 people.", "2012-10-22", "2004", None, None),
    # the hours of a poll with no polling day named: the day counted down to from publication
    ("With 12 days left in the election campaign, canvassers are out in force. The writ was issued on 2 May. Under "
     "rules adopted in 2010, polls close at 10 p.m.", "2021-05-20", "10 p.m.", "2021-06-01T22:00", "TIME"),
    ("With 12 days left in the election campaign, canvassers are out in force. The writ was issued on 2 May. Under "
     "rules adopted in 2010, the library closes at 10 p.m.", "2021-05-20", "10 p.m.", "2021-05-02T22:00", "TIME"),
    # a second "the <weekday>" in the sentence goes on from the first
    ("The county council elections on 4 May will go ahead. \"We'll be counting ballots on the Friday and sending "
     "out poll cards on the Monday,\" she said.", "2017-04-19", "the Monday", "2017-05-08", "DATE"),
    # ... but not across "or", where each is one of the days dated
    ("The fair runs from Friday 12 May to Monday 15 May. Gates open on the Friday or the Monday, whichever is dry.",
     "2017-04-19", "the Monday", "2017-05-15", "DATE"),
    # a weekday told just after election night, weeks gone by: the story goes on from that night
    ("On election night, the mayor led by 212 votes. But as postal ballots were counted into the early hours of "
     "Wednesday, her lead shrank.", "2018-11-20", "the early hours of Wednesday", "2018-11-07", "DATE"),
    # ... not a plan still to come
    ("On election night, the mayor led by 212 votes. The recount will start on Wednesday.", "2018-11-20",
     "Wednesday", "2018-11-21", "DATE"),
    # a habit told in the present under a past reporting verb: the nearest December, not the past one
    ("Officials warned that attendance usually falls, especially in December, when families travel.", "2026-11-05",
     "December", "2026-12", "DATE"),
    ("Officials warned that attendance fell sharply in December, when families travelled.", "2026-11-05",
     "December", "2025-12", "DATE"),
    # a vote's day fixed in the past: the plan's day ahead, not a day of the month named before
    ("Candidates have made 41 visits since January. Officials there spent the summer worrying. New Hampshire, "
     "which last month set its primary for Jan. 8, votes first.", "2007-12-12", "Jan. 8", "2008-01-08", "DATE"),
    ("The council met in January. Last month it set its fee for Jan. 8.", "2007-12-12", "Jan. 8", "2007-01-08",
     "DATE"),
]


@pytest.mark.parametrize("text,dct,phrase,value,typ", CASES)
def test_round109(text, dct, phrase, value, typ):
    check_phrase(text, dct, phrase, value, typ)


def test_round109_than_year():
    """"than" and a year the text has told as one ("In 2004, ..."), closing its clause: a year, not a count."""
    import datetime as dt

    from timeline.resolve import resolve
    text = "In 2004, the lines were long. \"Nothing will ever be busier than 2004,\" she said."
    years = [t for t in resolve(text, dt.date(2012, 10, 22)) if t.text == "2004"]
    assert [(t.value, t.type) for t in years] == [("2004", "DATE"), ("2004", "DATE")]

