"""Bugs found by reading the merge of rounds 27-46, of rounds 49-53, of rounds 54-63, of rounds 93-104 and of rounds 107-116 (each round was written in its own
branch; together, two of them met where neither looked, or a round's rule reached further than its
examples). Every text here is invented for these tests.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type).
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # two rounds defined guards._TITLE_BEFORE; the second (any capitalized word) replaced the first (Dr, Mrs)
    ("In June Congress passed the bill.", "2017-03-14", "June", "2016-06", "DATE"),
    ("Dr. June Okafor saw the patient.", "2017-03-14", "June", None, None),
    # an elliptic "last" compares with the nearest "this <unit>", not the first one of its window
    ("Since this year began, sales this month were higher than last.", "2020-03-04", "last", "2020-02", "DATE"),
    # "September 5" writes its day after the month: it does not make the text's slash dates day first
    ("The fair ran on September 5 this year. Tickets dated 08/09/06 were void.", "2020-03-04", "08/09/06",
     "2006-08-09", "DATE"),
    ("The fair ran on 5 September this year. Tickets dated 08/09/06 were void.", "2020-03-04", "08/09/06",
     "2006-09-08", "DATE"),
    # hours kept "through" a month, not through a word that starts like one
    ("The shuttle leaves at 7 a.m. through Augusta to the coast.", "2020-03-04", "7 a.m.", "2020-03-04T07:00",
     "TIME"),
    ("The ferry leaves at 7 a.m. through August.", "2020-03-04", "7 a.m.", "XXXX-XX-XXT07:00", "TIME"),
    # a text without capitals cannot tell a span of days from a count before the modal "may"
    ("children aged 9 to 15 may apply.", "2020-03-04", "9", None, None),
    ("The show will cover 9 to 15 May.", "2020-03-04", "9", "2020-05-09", "DATE"),
    # rounds 49-53. "finishes" as a stage's end told in the present is no plural noun of results
    ("Two photo finishes on Sunday decided the meet.", "2020-03-10", "Sunday", "2020-03-08", "DATE"),
    ("The stage on Sunday finishes on a climb.", "2020-03-10", "Sunday", "2020-03-15", "DATE"),
    # a booking held now is for a stay to come; a loss or a gain booked in accounts is not
    ("The airline has booked a loss for March, its first in a decade.", "2020-05-10", "March", "2020-03", "DATE"),
    ("Traders have booked gains on Monday, as the index rose.", "2020-03-10", "Monday", "2020-03-09", "DATE"),
    ("She has booked a cabin for Dec. 23 with her sisters.", "2020-05-10", "Dec. 23", "2020-12-23", "DATE"),
    # a log's entry heading is not the first hour of a range of hours
    ("The library is open late this week: Friday, 6 p.m. - 9 p.m.", "2020-03-10", "6 p.m.", "2020-03-13T18:00",
     "TIME"),
    ("Friday, 2:05 p.m. - A caller reported a loose horse.", "2020-03-10", "Friday, 2:05 p.m.",
     "2020-03-06T14:05", "TIME"),
    # makes of cars that also name other things
    ("She won the 2010 Saturn Award for best actress.", "2020-03-10", "2010", "2010", "DATE"),
    ("Crowds watched the 1969 Saturn V launch from the beach.", "2020-03-10", "1969", "1969", "DATE"),
    ("Police found a 2012 Tesla Model S abandoned on the verge.", "2020-03-10", "2012", None, None),
    ("Thieves took a 1998 Saturn sedan from the lot.", "2020-03-10", "1998", None, None),
    # a winter runs into the next year only for the months of that year's first half
    ("The army reached the river in October 1941. That winter was the coldest in memory. In November the "
     "offensive stalled.", "2020-03-10", "November", "1941-11", "DATE"),
    ("The army reached the river in October 1941. That winter was the coldest in memory. In February the "
     "lines broke.", "2020-03-10", "February", "1942-02", "DATE"),
    # "over the years" is a stretch of unstated length only when the years are not named after it
    ("Prices rose over the years 2001 to 2005.", "2020-03-10", "the years", None, None),
    ("Prices rose over the years.", "2020-03-10", "the years", "PXY", "DURATION"),
    # rounds 54-63. Words that name a place as often as a person: a place only after a house number or a
    # word of going somewhere
    ("In March Hill resigned as chairman of the board.", "2023-05-17", "March", "2023-03", "DATE"),
    ("In May Close won her first award for the role.", "2023-05-17", "May", "2023-05", "DATE"),
    ("Rains in March Drive Farmers Off Their Land", "2023-05-17", "March", "2023-03", "DATE"),
    ("A loft conversion is proposed at 3 June Close, Eastwell.", "2023-05-17", "3 June", None, None),
    ("The number 9 bus to May Hill runs twice a day.", "2023-05-17", "May", None, None),
    # a group named after a day needs a month and its day, and no event name after it
    ("Singapore hosted the 2010 Youth Olympic Games.", "2023-05-17", "2010", "2010", "DATE"),
    ("Crowds Mark the July 4 Youth Parade in Boston", "2023-05-17", "July 4", "2023-07-04", "DATE"),
    ("Protesters from the April 6 Youth Movement gathered.", "2023-05-17", "April 6", None, None),
    # "From Monday To Friday" in a headline is a range of days, not a name after "from"
    ("Roadworks Close Lane From Monday To Friday", "2023-05-17", "Monday", "2023-05-22", "DATE"),
    # the hours of a by-law or a lease are every day's; an eclipse's evening and "shall not meet" are not
    ("The eclipse can be seen from 8:40 p.m., astronomers said.", "2023-05-17", "8:40 p.m.",
     "2023-05-17T20:40", "TIME"),
    ("We shall not meet again until 3 p.m., the chairman said.", "2023-05-17", "3 p.m.", "2023-05-17T15:00",
     "TIME"),
    ("The tenant shall not run a washing machine between 10.30 pm and 6.30 am.", "2023-05-17", "10.30 pm",
     "XXXX-XX-XXT22:30", "TIME"),
    # a ratio is no range of 24-hour clock times
    ("Dilute the concentrate 1:10 to 1:20 with water.", "2023-05-17", "1:10", None, None),
    # "Past Midnight" in a title-case headline is the time
    ("Talks Drag Past Midnight in Brussels", "2023-05-17", "Midnight", "2023-05-17T24:00", "TIME"),
    # a holiday and "last year" do not join across a comma
    ("We had a quiet Christmas, last year we went abroad.", "2023-12-28", "Christmas", "2023-12-25", "DATE"),
    # "plans for the next decade": the decade itself, not a length
    ("The council unveiled plans for the next decade.", "2023-05-17", "the next decade", "203", "DATE"),
    # a wire time and a possessive weekday that opens the next phrase stay two
    ("The fighting resumed at 0300 GMT, Wednesday's talks having failed.", "2023-05-17", "0300 GMT",
     "2023-05-17T03:00", "TIME"),
    # rounds 64-72. A weekday before "school" is the school's name only in a noun phrase (after an article,
    # a possessive or a preposition), not where it dates what follows
    ("Officials confirmed Monday school buses would run late.", "2023-05-17", "Monday", "2023-05-15", "DATE"),
    ("Her Sunday school class met in the church hall.", "2023-05-17", "Sunday", None, None),
    ("Pupils of the parish's Sunday school raised funds.", "2023-05-17", "Sunday", None, None),
    ("The children walked to the chapel for Sunday school after lunch.", "2023-05-17", "Sunday", None, None),
    ("On Monday school buses ran late.", "2023-05-17", "Monday", "2023-05-15", "DATE"),
    # "last quarter" is the moon's phase only when the moon reaches it, not after a brand named "Moon"
    ("Blue Moon beer sales rose 8% in the last quarter.", "2023-05-17", "the last quarter", "2023-Q1", "DATE"),
    ("The Moon will reach its last quarter on Friday.", "2023-05-17", "last quarter", None, None),
    ("The moon's last quarter rises after midnight.", "2023-05-17", "last quarter", None, None),
    ("The Moon is at last quarter on Friday morning.", "2023-05-17", "last quarter", None, None),
    ("Moon: full on 4 June, last quarter on 11 June, new on 19 June.", "2012-06-01", "last quarter", None, None),
    # a weekday and an ordinal that ranks a player or a place are no day of the month
    ("On Sunday, 2nd seed Ruud lost in three sets.", "2023-05-17", "Sunday", "2023-05-14", "DATE"),
    ("On Saturday 3rd place went to Kenya.", "2023-05-17", "Saturday", "2023-05-13", "DATE"),
    ("The board meets on Sunday, the 4th, to vote.", "2023-05-17", "Sunday, the 4th", "2023-06-04", "DATE"),
    ("The final is on Sunday, 4th.", "2023-05-17", "Sunday, 4th", "2023-06-04", "DATE"),
    ("Our stall opens on Saturday 3rd and runs all weekend.", "2023-05-17", "Saturday 3rd", "2023-06-03", "DATE"),
    # a weekday with a day of the month takes the month the paragraph named when the weekday fits it
    ("In March 2020 the plant shut. On Friday the 20th, workers walked out.", "2023-05-17", "Friday the 20th",
     "2020-03-20", "DATE"),
    ("In March 2020 the plant shut. On Monday the 20th, workers walked out.", "2023-05-17", "Monday the 20th",
     "2023-03-20", "DATE"),
    # "fall" is a verb after "that" only when "that" is a relative pronoun after a noun
    ("She enrolled in 1962. That fall during the Cuban crisis she left.", "2023-05-17", "That fall", "1962-FA",
     "DATE"),
    ("The prices that fall during the sale are marked in red.", "2023-05-17", "fall", None, None),
    ("The prices that fall during the sale are marked in red.", "2023-05-17", "that fall", None, None),
    ("This fall during the holidays the museum will reopen.", "2023-05-17", "This fall", "2023-FA", "DATE"),
    # "will ... and <verb>" shares the modal only when no clause of its own stands between them
    ("Police will review the crash in which a van hit a wall and cut power on Monday.", "2023-05-17", "Monday",
     "2023-05-15", "DATE"),
    ("Crews will inspect the damaged line and cut power on Monday.", "2023-05-17", "Monday", "2023-05-22",
     "DATE"),
    # (a verb whose past differs from its bare form is bare, after a relative clause too)
    ("The mayor will visit the street where the bridge collapsed and meet families on Monday.", "2023-05-17",
     "Monday", "2023-05-22", "DATE"),
    # "or more often" compares; it does not hedge the length
    ("The crew worked a day or more often than not.", "2023-05-17", "a day", "P1D", "DURATION"),
    ("The repairs will take a day or more.", "2023-05-17", "a day or more", "P1D", "DURATION"),
    # stop 22: a lunar or lunisolar holiday in a year its calendar's tables do not reach is left unresolved, not
    # moved to a year around publication (rounds 82 and 87 met there: the year came from the clause or the story)
    ("In 1850, Yom Kippur fell on a Monday.", "2023-09-20", "Yom Kippur", "XXXX-XX-XX", "DATE"),
    ("By late 1850 the town had grown, and it spent Yom Kippur in prayer.", "2023-09-20", "Yom Kippur",
     "XXXX-XX-XX", "DATE"),
    ("In 2101, Holi fell on a Tuesday.", "2023-09-20", "Holi", "XXXX-XX-XX", "DATE"),
    ("In 2019, Yom Kippur fell on a Wednesday.", "2023-09-20", "Yom Kippur", "2019-10-09", "DATE"),
    ("Last year Eid al-Adha fell on a Sunday.", "2023-09-20", "Eid al-Adha", "2022-07-09", "DATE"),
    # a year that bounds a comparison ("since 1888,") is not the year of a holiday set after it (round 79's year
    # in apposition, "came in 2008, on March 23", met round 82's holidays)
    ("For the first time since 1888, the first full day of Hanukkah falls on Thanksgiving.", "2013-11-25",
     "the first full day of Hanukkah", "2013-11-28", "DATE"),
    ("For the first time since 1988, Christmas falls on a Wednesday.", "2013-11-25", "Christmas", "2013-12-25",
     "DATE"),
    ("It came in 2008, on March 23.", "2023-09-20", "March 23", "2008-03-23", "DATE"),
    # stop 23 (review of rounds 93-104). Round 98's correspondent "where it is already Thursday": a line such
    # as "READ MORE:" is no speaker, and in an article (the cue in no speaker's turn) nothing moves a day on
    ("Markets in Asia opened lower in Seoul, where it is already Thursday.\n\nREAD MORE: Rates on hold\n\n"
     "The central bank left rates unchanged today.", "2023-09-20", "today", "2023-09-20", "DATE"),
    # the speaker who says it of where he is ("Good evening from Tokyo, where ...") is the one a day ahead,
    # not the host who speaks next
    ("ANNA BELL, host: Over to Tokyo. Ken?\n\nKEN ODA reporting: Good evening from Tokyo, where it is "
     "already Thursday. This morning the yen slid.\n\nANNA BELL, host: Thanks. Here the Senate voted today.",
     "2023-09-20", "This morning", "2023-09-21TMO", "TIME"),
    ("ANNA BELL, host: Over to Tokyo. Ken?\n\nKEN ODA reporting: Good evening from Tokyo, where it is "
     "already Thursday. This morning the yen slid.\n\nANNA BELL, host: Thanks. Here the Senate voted today.",
     "2023-09-20", "today", "2023-09-20", "DATE"),
    ("ANNA BELL, host: Ken Oda joins us from Tokyo, where it is already Thursday.\n\nKEN ODA reporting: "
     "This morning the yen slid.", "2023-09-20", "This morning", "2023-09-21TMO", "TIME"),
    # round 99's Canadian Thanksgiving does not win over a US city named nearer the holiday
    ("Air Canada said its flights to New York would be full over Thanksgiving.", "2023-09-20", "Thanksgiving",
     "2023-11-23", "DATE"),
    ("Families across Ontario will gather for Thanksgiving.", "2023-09-20", "Thanksgiving", "2023-10-09",
     "DATE"),
    # round 96's meeting at "4:30" is in the afternoon, but not after talks through the night
    ("The overnight meeting broke up at 4:30 as dawn approached.", "2023-09-20", "4:30", "2023-09-20T04:30",
     "TIME"),
    ("The meeting with the auditors at 3:15 is moved.", "2023-09-20", "3:15", "2023-09-20T15:15", "TIME"),
    # round 96's bare week number: not the weeks of a strike or a protest counted
    ("The strike, now in week 12, has closed three ports.", "2023-09-20", "week 12", None, None),
    ("Protesters were back in the square for week 6 running.", "2023-09-20", "week 6", None, None),
    ("The upgrade is planned for week 25.", "2023-09-20", "week 25", "2023-W25", "DATE"),
    # stop 24: round 110's pluperfect "that afternoon" (the story's day) ran before round 107's court reports,
    # where a pluperfect goes back to the night of the crime
    ("A jury on Monday convicted a bus driver over a crash on the coast road on Easter Monday 2021. The verdict "
     "came after two days of deliberation. Sentencing was set for June 9.\n\nWitnesses at the trial said the "
     "driver had spent that afternoon at a bowling club.", "2023-05-17", "that afternoon", "2021-04-05TAF", "TIME"),
    ("The council on Monday approved the budget for the harbour works. A vote on the bridge was set for June 9."
     "\n\nOfficials said the mayor had spent that afternoon at the depot.", "2023-05-17", "that afternoon",
     "2023-05-15TAF", "TIME"),
    # stop 24 review: round 110's told day of the lead took in event verbs ("found", "ruled", "concluded"): the
    # story's day is the day of the finding; "heard" is a telling only of a hearing, and a clause about the
    # hearing itself ("the court rose at") keeps the day it sat
    ("Divers found on Monday the wreck of a yacht that sank on Saturday. It was raised by a crane barge at "
     "8:20 a.m.", "2023-09-20", "8:20 a.m.", "2023-09-18T08:20", "TIME"),
    ("A tribunal ruled on Tuesday that a lockout begun on Friday was lawful. The decision was handed down at "
     "2 p.m.", "2023-09-20", "2 p.m.", "2023-09-19T14:00", "TIME"),
    ("Jurors heard on Monday that a guard was stabbed at the prison on Saturday. The court rose at 4.30pm.",
     "2023-09-20", "4.30pm", "2023-09-18T16:30", "TIME"),
    # counter-case: an inquest that heard of an older event; a clause of that event is on its day
    ("An inquest heard on Monday that a fisherman drowned off the harbour wall on Saturday. He slipped into "
     "the water at 6:50 p.m.", "2023-09-20", "6:50 p.m.", "2023-09-16T18:50", "TIME"),
    # stop 24 review: a Hijri day took the offset of the nearest Umm al-Qura holiday, the next month's for the
    # second half of Ramadan 1446 (the 16th and 17th fell on one day)
    ("Volunteers handed out meals on the 17th of Ramadan 1446 at the mosque.", "2025-04-10",
     "the 17th of Ramadan 1446", "2025-03-17", "DATE"),
    # counter-case: the first of the next month still keeps its own holiday's day
    ("The feast began on 1 Shawwal 1446 after the moon was seen.", "2025-04-10", "1 Shawwal 1446", "2025-03-30",
     "DATE"),
    # stop 24 review: round 108's "after the turn of the year" was always this year's January, also in a clause
    # about what is still to come
    ("The ferry operator is expected to raise fares after the turn of the year.", "2023-09-20",
     "the turn of the year", "2024-01", "DATE"),
    # counter-case: told in the past, the January gone by
    ("Bookings slumped after the turn of the year and never recovered.", "2023-09-20", "the turn of the year",
     "2023-01", "DATE"),
    # stop 24 review: round 108's "until the end of the season" was always still ahead, also of a stay told in
    # the past
    ("She stayed on loan at the county side until the end of the season and joined a rival in July.",
     "2023-09-20", "the end of the season", "PAST_REF", "DATE"),
    # counter-case: a loan being signed runs on to a season's end still ahead
    ("The goalkeeper joins the club on loan until the end of the season.", "2023-09-20", "the end of the season",
     "FUTURE_REF", "DATE"),
    # stop 24 review: round 108's contract option looked ahead even when told as taken up
    ("Porto took the winger on loan in February with an option to buy him in July, which they exercised.",
     "2023-09-20", "July", "2023-07", "DATE"),
    # counter-case: an option not yet taken up is still ahead
    ("The defender has joined on loan, with an option to make the move permanent in July.", "2023-01-30", "July",
     "2023-07", "DATE"),
    # stop 24 review: round 108's "all" before a season took the season near publication, not the year named
    # after it (untagged, as before round 108)
    ("The striker scored freely all summer long in 2018.", "2023-09-20", "summer", None, None),
    # counter-case: with no year named, the whole summer of the story
    ("Scouts watched the striker all summer.", "2023-09-20", "summer", "2023-SU", "DATE"),
    # stop 24 review: round 110's guard eid_named_before, now from positions found once per text: "Eid" alone
    # after the full name is that feast's part of the day
    ("Eid al-Adha is expected on Sunday. The pilgrims pray on the morning of Eid.", "2024-06-12",
     "the morning of Eid", "2024-06-16TMO", "TIME"),
    # counter-case: no full name of the feast before it
    ("The pilgrims pray on the morning of Eid. Eid al-Adha is expected on Sunday.", "2024-06-12",
     "the morning of Eid", None, None),
    # stop 24 review: round 111's police-log entry kept its heading's day past midnight
    ("Incident log\n\nSaturday, 10:55 p.m.: A caller reported a fight outside a pub. Officers arrived at "
     "11:05 p.m. and cleared the street by 1:10 a.m.\n", "2023-09-20", "1:10 a.m.", "2023-09-17T01:10", "TIME"),
    # counter-case: an evening time of the same entry stays on its day
    ("Incident log\n\nSaturday, 10:55 p.m.: A caller reported a fight outside a pub. Officers arrived at "
     "11:05 p.m. and cleared the street by 1:10 a.m.\n", "2023-09-20", "11:05 p.m.", "2023-09-16T23:05", "TIME"),
    # stop 24 review: the same heading in a listing of events to come is the coming day, its times with it
    ("What's on\n\nThursday, 8 p.m.: Folk night at the town hall. Doors open at 7:15 p.m.\n", "2023-09-20",
     "7:15 p.m.", "2023-09-21T19:15", "TIME"),
    # counter-case: a police log told in the past keeps last week's day
    ("Police log\n\nThursday, 8 p.m.: A bike was stolen from the town hall. Officers arrived at 8:25 p.m.\n",
     "2023-09-20", "8:25 p.m.", "2023-09-14T20:25", "TIME"),
    # stop 24 review 2: bare "stations", "sites" or "booths" closing are a poll's only with a vote told in their
    # sentence or the one before; otherwise the day just named, not a vote's day from earlier in the story
    ("The by-election on 3 March returned a Labour MP. Freezing fog settled over the valley on Saturday. Service "
     "stations closed at 9pm as lorries stopped.", "2022-03-07", "9pm", "2022-03-05T21:00", "TIME"),
    ("Thursday's council vote drew long queues. On Wednesday, a storm hit the coast. Testing sites closed at "
     "5pm.", "2022-03-12", "5pm", "2022-03-09T17:00", "TIME"),
    ("The mayor lost her seat in Thursday's council election. Turnout was high across the borough. Polling "
     "stations closed at 10pm.", "2022-03-12", "10pm", "2022-03-10T22:00", "TIME"),
    # stop 24 review 2: "at the material time" points back to the day first dated before it (found once per
    # text now, same reading); with no day dated before it, no day
    ("The van was stopped on 4 March 2022. At the material time the driver was asleep.", "2023-01-10",
     "the material time", "2022-03-04", "DATE"),
    ("The van was stopped last spring. At the material time the driver was asleep.", "2023-01-10",
     "the material time", None, None),
    # stop 24 review 2: an infinitive of purpose with its own subject looks ahead only when no simple past
    # leads the main clause ("was sent for the panel to check on Friday" is told of a day gone by)
    ("The draft was sent for the panel to check on Friday, and the panel signed it off.", "2023-09-20", "Friday",
     "2023-09-15", "DATE"),
    ("Copies have been set aside for the panel to check Friday morning.", "2023-09-20", "Friday morning",
     "2023-09-22TMO", "TIME"),
    # stop 24 review 2: a title and one name, then a weekday and a bare "said": the weekday dates the saying;
    # a surname after a title and a first name, glossed after a comma, stays a name
    ("Ms. Okonjo Thursday said the talks had stalled.", "2023-09-20", "Thursday", "2023-09-14", "DATE"),
    ("A witness, Ms Grace Thursday, who ran the shop, gave evidence.", "2023-09-20", "Thursday", None, None),
    # stop 25 review: a meeting's pair of days reads a year written after it, and needs the meeting word to
    # govern the pair, not to sit nearby
    ("At a meeting on April 6-7, 2018, the board cut its fees.", "2023-09-20", "April 6-7, 2018", "2018-04-06",
     "DATE"),
    ("The board met on July 14-15, 2020, and raised its fees.", "2023-09-20", "July 14-15, 2020", "2020-07-14",
     "DATE"),
    ("The club met Friday and said the fete will run Sept. 2-3 on the green.", "2023-09-20", "Sept. 2",
     "2023-09-02", "DATE"),
    ("The committee meets on April 30-31 to vote.", "2023-09-20", "April 30-31", None, None),
    # stop 25 review: "soon" in past narrative orders events; a modal inside a relative clause or before "but"
    # is not the clause of "soon"; "would soon" in a dated past frame is the future of that past
    ("The driver, who could not be reached, was soon charged.", "2023-09-20", "soon", None, None),
    ("The flood, which was expected to ease, soon swept the bridge away.", "2023-09-20", "soon", None, None),
    ("In 1987 she founded a shop that would soon become a chain.", "2023-09-20", "soon", None, None),
    ("The bank said it expected rates to fall, but soon raised them.", "2023-09-20", "soon", None, None),
    ("The mayor, who took office in May, will soon name a deputy.", "2023-09-20", "soon", "FUTURE_REF", "DATE"),
    ("Growers expect the frost to lift soon.", "2023-09-20", "soon", "FUTURE_REF", "DATE"),
    # stop 25 review: "this quarter" under way (present perfect, a start, figures still running or forecast)
    # stays the current quarter; only a verdict on a finished one early in the next reads it as reported
    ("This quarter has been rough so far for the mills.", "2023-10-10", "This quarter", "2023-Q4", "DATE"),
    ("This quarter opened with a walkout at the Dayton depot.", "2023-10-10", "This quarter", "2023-Q4", "DATE"),
    ("Brokers said this quarter's revenue could slip.", "2023-10-10", "this quarter", "2023-Q4", "DATE"),
    ("This quarter's revenues are tracking ahead of budget.", "2023-10-10", "This quarter", "2023-Q4", "DATE"),
    ("This quarter was our busiest ever, the owner told staff.", "2023-10-10", "This quarter", "2023-Q3", "DATE"),
    # stop 25 review: forecasters "see" a move (a cut, a rebound), not any noun phrase
    ("Many see a pattern behind the outages and the blackouts in June.", "2023-09-20", "June", "2023-06", "DATE"),
    ("\"We see a great deal of litter after the fairs in April,\" the warden said.", "2023-12-10", "April",
     "2023-04", "DATE"),
    ("\"We see another hike in April,\" the strategist said.", "2023-12-10", "April", "2024-04", "DATE"),
    # stop 25 review: a month wagered on in the pluperfect keeps the past reading
    ("In January, dealers had placed wagers on a February rise that never came.", "2023-09-20", "February",
     "2023-02", "DATE"),
    ("Dealers are placing wagers on a February rise.", "2023-09-20", "February", "2024-02", "DATE"),
    # stop 25 review: the day set beside a step counts only on the step's side of its anchor
    ("Shares slid on Friday. A week earlier, on Jan. 27, the board had met.", "2023-01-01", "A week earlier",
     "2022-12-23", "DATE"),
    ("Shares slid on Friday. A week earlier, on Dec. 22, the board had met.", "2023-01-01", "A week earlier",
     "2022-12-22", "DATE"),
    # stop 25 review 2: a day is counted only from a journey's set-out ("left the firm on" sets out on none), and
    # "day N of <noun>" only for a journey's noun; a past voyage's set-out told without its year lies before
    # publication
    ("He left the firm on March 3. Day 50 of the new administration was quiet.", "2024-01-03", "Day 50", None, None),
    ("She left the clinic on 4 May. By day 12, the bruising had gone.", "2023-09-20", "day 12", None, None),
    ("The crew rowed out of Lagos harbour on 5 June. On day 9 of the crossing a squall hit.", "2023-09-20", "day 9",
     "2023-06-13", "DATE"),
    ("The two rowers set out from Praia on December 4. On day 10 a wave broke the rudder.", "2023-09-20", "day 10",
     "2022-12-13", "DATE"),
    # stop 25 review 2: the n-th day entered on a day the sentence names is not the day of publication
    ("The sit-in entered its fourth day on Monday, with the gates still shut.", "2023-09-20", "its fourth day", None,
     None),
    ("The walkout at the mill entered its sixth day yesterday.", "2023-09-20", "its sixth day", None, None),
    ("The blockade of the port enters its ninth day today, with ferries idle.", "2023-09-20", "its ninth day",
     "2023-09-20", "DATE"),
    # stop 25 review 2: a far "will be" does not reach past a relative clause to the day it tells
    ("There will be no inquiry into the officer whose van hit the cyclist on the bridge near Derby on Sunday.",
     "2023-09-20", "Sunday", "2023-09-17", "DATE"),
    ("The pair will be flown by light aircraft to the base at Rothera on Friday.", "2023-09-20", "Friday",
     "2023-09-22", "DATE"),
    # stop 25 review 2: a morning time after a late-night one is the next morning's only as the goal of what set
    # off that night, with no report between
    ("The count ended at 11 p.m. on Tuesday, and aides said queues at 8 a.m. were long.", "2024-01-03", "8 a.m.",
     "2024-01-02T08:00", "TIME"),
    ("The pair set off at 11:30 p.m. on Monday and reached the summit at 8 a.m.", "2024-01-03", "8 a.m.",
     "2024-01-02T08:00", "TIME"),
    # stop 25 review 2: early in January the new year greeted is the one just begun; a habit greets none
    ("Markets welcome the new year with a jump in tech shares.", "2024-01-04", "the new year", "2024", "DATE"),
    ("Crowds greet the new year on the quay every year.", "2024-01-04", "the new year", None, None),
    ("Crowds will greet the new year on the quay.", "2023-12-20", "the new year", "2024", "DATE"),
    # stop 25 review 2: a distance then "a week before" tells when, no distance each week
    ("She swam 5 kilometres a week before the relay.", "2024-01-03", "a week", None, None),
    ("She swam 5 kilometres a week through the winter.", "2024-01-03", "a week", "P1W", "SET"),
    # stop 25 review 2: "the fall of the following year" is a season; "the fall of the regime" no time
    ("The bridge opened in 1998 and closed in the fall of the same year.", "2024-01-03", "the fall", "1998-FA",
     "DATE"),
    ("Few foresaw the fall of the old regime.", "2024-01-03", "the fall", None, None),
    # stop 25 review 3: round 128's "the same day in <year>" kept the weekday also of a written date
    ("The ferry sank on Tuesday, May 14. The same day in 1997 had been calm.", "2024-06-01",
     "The same day in 1997", "1997-05-14", "DATE"),
    ("The ferry sank on Tuesday. The same day in 1997 had been calm.", "2024-06-01",
     "The same day in 1997", "1997-05-27", "DATE"),
    # stop 25 review 3: round 130's present passive with a month or weekday is a timetable only when the time is
    # the verb's own, not another event's between ("held over a crash in June") nor a sighting ("spotted ...")
    ("A driver is held over a crash in June.", "2023-09-20", "June", "2023-06", "DATE"),
    ("A man is seen on camera on Sunday carrying a bag.", "2023-09-20", "Sunday", "2023-09-17",
     "DATE"),
    ("The county show is held in June.", "2023-09-20", "June", "2024-06", "DATE"),
    ("The cup final is held on Sunday.", "2023-09-20", "Sunday", "2023-09-24", "DATE"),
    # stop 25 review 3: round 130's progressive arrangement stops at "after" and a noun, whose day it is
    ("Crews are repairing roofs in Hull after the gale on Sunday.", "2023-09-20", "Sunday", "2023-09-17", "DATE"),
    ("Crews are repairing roofs in the old town on Sunday.", "2023-09-20", "Sunday", "2023-09-24", "DATE"),
    # stop 26 review 1: round 142's holiday-object guard never turns a feast ending in a weekday into the
    # weekday; a holiday before a noun and a verb ("Christmas lights went up") is a time; "Plan B." no initial
    ("Crowds packed the Easter Monday market in Ludlow.", "2024-02-20", "Easter Monday", "2024-04-01", "DATE"),
    ("Children hunted for Easter Sunday eggs in the park.", "2024-02-20", "Easter Sunday", "2024-03-31", "DATE"),
    ("Christmas lights went up along the high street.", "2024-02-20", "Christmas", "2023-12-25", "DATE"),
    ("The council chose Plan B. Christmas shopping will move indoors.", "2024-02-20", "Christmas", "2024-12-25",
     "DATE"),
    ("The Christmas lights were stolen from the square.", "2024-02-20", "Christmas", None, "DATE"),
    ("Apologies were received from Cllr T. Christmas.", "2024-02-20", "Christmas", None, "DATE"),
    # stop 26 review 1: round 141's "the full fiscal year" leaves a written year after it to the year
    ("Revenue climbed 8% in the full fiscal year of 2022, the board said.", "2024-02-20", "2022", "2022", "DATE"),
    ("Revenue climbed 8% in the full fiscal year 2022, the board said.", "2024-02-20", "the full fiscal year", None,
     "DATE"),
    ("Revenue climbed 8% in the full financial year 2021/22.", "2024-02-20", "2021/22", "2021", "DATE"),
    ("Revenue climbed 8% in the full fiscal year, the board said.", "2024-07-20", "the full fiscal year", "2024",
     "DATE"),
    # stop 26 review 1: a full year whose results are still to be published in results season is the one ended
    ("Results for the full fiscal year will be published next week.", "2024-02-20", "the full fiscal year",
     "2023", "DATE"),
    ("The miner expects output for the full year to rise 5 percent.", "2024-02-20", "the full year", "2024",
     "DATE"),
    # stop 26 review 1: round 142's "the fall" after a drop: a drop of a quantity in the same sentence or the one
    # before, and no season's cue near it
    ("Leaves fell early this year. The fall was short and cold.", "2024-06-12", "The fall", "2023-FA", "DATE"),
    ("Rents fell 3% in May, the agents said. The fall is usually a quiet season for moves.", "2024-06-12",
     "The fall", "2024-FA", "DATE"),
    ("Orders fell in the spring. The fall, however, brought a recovery.", "2024-06-12", "The fall", "2023-FA",
     "DATE"),
    ("Wool prices fell 4 per cent in April.\n\nThe fall, the third this year, worried farmers.", "2024-06-12",
     "The fall", None, "DATE"),
    # stop 26 review 1: round 142's weekly market guard leaves the trading of a day ("the Friday market close")
    ("Dealers waited for the Friday market close before selling.", "2024-06-12", "Friday", "2024-06-07", "DATE"),
    ("Brokers blamed the Monday market rout on bond yields.", "2024-06-12", "Monday", "2024-06-10", "DATE"),
    ("Farmers would like a Tuesday market on the green.", "2024-06-12", "Tuesday", None, "DATE"),
    # stop 26 review 1: round 140's "since <month>" count up to publication: not a future perfect, and not over
    # a year named to open the sentence
    ("The bridge will have been shut since April by the time it reopens.", "2024-02-12", "April", "2024-04",
     "DATE"),
    ("This year the cafe has been open since October.", "2024-02-12", "October", "2024-10", "DATE"),
    ("The bakery has been shut since November.", "2024-02-12", "November", "2023-11", "DATE"),
    ("This year, the studio plans two games, one of which has been in testing since November.", "2024-02-12",
     "November", "2023-11", "DATE"),
    # stop 26 review 1: round 140's usual end of a season: one gone by a season ago is the next one's; a month or
    # two back is the end a season still running has overrun
    ("The school year normally runs until late June.", "2023-09-20", "late June", "2024-06", "DATE"),
    ("Haymaking, which normally finishes by late June, was still going on this week.", "2023-07-20",
     "late June", "2023-06", "DATE"),
    # stop 26 review 1: round 140's season waited for: not a wait told as given up for a past choice
    ("We could have waited for the spring, but decided to sell the flat in March.", "2024-06-12", "the spring",
     "2024-SP", "DATE"),
    ("We could have waited for the autumn, but the fence would not have stood another gale.", "2024-06-12",
     "the autumn", "2024-FA", "DATE"),
    # stop 26 review 1: round 142's vessel name only after "the/a" and the vessel noun, not the verb "ship"
    ("The console will ship October, the maker said.", "2024-06-12", "October", "2024-10", "DATE"),
    ("The ferry June timetable is posted at the pier.", "2024-06-12", "June", "2024-06", "DATE"),
    ("Crews boarded a rusty tanker June Star off Malta.", "2024-06-12", "June", None, "DATE"),
    # stop 26 review 1: round 141's dusk: no habit, and no day that only dates the saying
    ("On Monday, the zoo said it would shut at dusk every day until March.", "2024-06-12", "dusk", None, "TIME"),
    ("On Monday, the council said the gates are locked at sunset.", "2024-06-12", "sunset", None, "TIME"),
    ("On Tuesday, rangers said the beach stays open until sundown through the summer.", "2024-06-12", "sundown",
     None, "TIME"),
    ("On Friday the divers surfaced at dusk and rested.", "2024-06-12", "dusk", "2024-06-07TEV", "TIME"),
    # stop 26 review 2: round 138's night of an evening told counts sentence ends once as it walks back, no further
    # than 1500 characters (a run-on text walked over every earlier mention: bench/long_runs.py); still the
    # evening's night a few sentences on
    ("The storm reached the valley at 9 p.m. on Wednesday. Rivers rose fast. Dozens of families spent the night "
     "in the school hall.", "2019-03-15", "the night", "2019-03-13TNI", "TIME"),
    ("Fans gathered on Friday in the square and " * 60 + "some spent the night there.", "2019-03-15",
     "the night", "2019-03-15TNI", "TIME"),
    # stop 26 review 2: round 139's maybe-passive reads a weekday ahead only when its participle is right before it
    # (or before "on/by/until" and the weekday): with a noun between, the weekday is that other thing's
    ("Officers said the break-in may be connected to a robbery Friday at a petrol station.", "2019-03-18", "Friday",
     "2019-03-15", "DATE"),
    ("The ferry service may be restored on Friday, the operator said.", "2019-03-18", "Friday", "2019-03-22",
     "DATE"),
    # stop 26 review 2: round 139's release calendar is no calendar on a headline line, before a past verb in its
    # sentence, or in a paragraph that told that weekday as past
    ("Brewer reports quarterly earnings Thursday, topping forecasts\n\nThe brewer said sales rose by a tenth.",
     "2019-03-15", "Thursday", "2019-03-14", "DATE"),
    ("Shares rose on Thursday after the rate cut. The agency publishes its trade figures Thursday, and they "
     "showed a wider gap.", "2019-03-15", "Thursday", "2019-03-14", "DATE"),
    ("Shares were flat on Monday. The agency publishes its trade figures Thursday, and economists expect a wider "
     "gap.", "2019-03-12", "Thursday", "2019-03-14", "DATE"),
    # stop 26 review 2: round 138's quoted future "tonight" goes back to the lead's day only when the lead tells that
    # day's event as its own, done; not a preview's "after beating X on Wednesday" aside
    ("Harbour Town meet Castleford in the semi-final, two days after knocking out Dunmore on Thursday.\n\n"
     "\"We will give everything tonight,\" the coach said.", "2019-03-16", "tonight", "2019-03-16TNI", "TIME"),
    ("Harbour Town knocked out Dunmore on Thursday to reach the semi-final.\n\n\"We will party tonight,\" the "
     "coach said.", "2019-03-16", "tonight", "2019-03-14TNI", "TIME"),
    # stop 26 review 2: round 138 passes over a dateline only for the lead's own event day; a day in an "after/since"
    # aside is background, and the dateline's day stays the story's
    ("Mill blaze\n\nTuesday, March 12, 2019\n\nCrews fought a fire at the old mill, two days after a small fire "
     "in its boiler room on Sunday, the county said.\n\nThe call came at 6:15 a.m.", "2019-03-12", "6:15 a.m.",
     "2019-03-12T06:15", "TIME"),
    ("Mill blaze\n\nTuesday, March 12, 2019\n\nCrews fought a fire at the old mill on Monday, the county "
     "said.\n\nThe call came at 6:15 a.m.", "2019-03-12", "6:15 a.m.", "2019-03-11T06:15", "TIME"),
    # stop 26 review 2: round 138's night of an evening told stops at an evening of the publication day itself
    ("Shoppers camped outside the store on Thursday for the sale.\n\nThe shutters came down at 9 p.m. Thursday. "
     "On Friday a new line formed at 11 p.m. Staff said the night stayed quiet.", "2019-03-15", "the night",
     "2019-03-15TNI", "TIME"),
    ("Shoppers camped outside the store on Thursday for the sale.\n\nThe shutters came down at 9 p.m. Thursday. "
     "Staff said the night stayed quiet.", "2019-03-15", "the night", "2019-03-14TNI", "TIME"),
    # stop 26 review 2: round 138's past month passed over as an aside only in a relative clause or apposition,
    # marked as earlier, or two paragraphs back; a month in the paragraph just before sets the clock time's scene
    ("The board agreed on Tuesday to close the swimming baths after years of losses.\n\nThe pool froze in "
     "January.\n\nA caretaker came in at 6 a.m. and found the pipes burst.", "2019-03-14", "6 a.m.",
     "XXXX-XX-XXT06:00", "TIME"),
    ("The board agreed on Tuesday to close the swimming baths after years of losses.\n\nThe manager, who was "
     "hired in January, spoke against it.\n\nThe meeting opened at 6 p.m. and ran late.", "2019-03-14",
     "6 p.m.", "2019-03-12T18:00", "TIME"),
    # stop 26 fuzz: "last" with a leap day took the latest past candidate of three years that held none (IndexError);
    # a leap day's candidates are the nearest leap years before and after publication
    ("It happened last Feb 29.", "2023-01-10", "last Feb 29", "2020-02-29", "DATE"),
    ("It happened last February 29.", "2023-01-10", "last February 29", "2020-02-29", "DATE"),
    ("It happened last Feb. 29th.", "2023-01-10", "last Feb. 29th", "2020-02-29", "DATE"),
    ("It happened last 29 February.", "2023-01-10", "29 February", "2020-02-29", "DATE"),
    ("It happened last March 3.", "2023-01-10", "last March 3", "2022-03-03", "DATE"),
    # stop 26 fuzz: a clock shift past the calendar's end raised OverflowError; it stays a duration
    ("At 6 pm, 99999999 hours later the lights went out.", "2023-01-10", "99999999 hours", "PT99999999H",
     "DURATION"),
    ("At 6 pm, 5000000000 minutes later the lights went out.", "2023-01-10", "5000000000 minutes",
     "PT5000000000M", "DURATION"),
    ("At 6 pm, 3 hours later the lights went out.", "2023-01-10", "3 hours later", "2023-01-10T21:00", "TIME"),
    # stop 26 fuzz: 309+ digits before a unit are a float's infinity (int(inf) raised); absurd amounts are
    # written out plainly, never as 1e+11 or 1e-07
    ("It lasted 1" + "0" * 400 + " hours.", "2023-01-10", "1" + "0" * 400 + " hours", "PT1" + "0" * 400 + "H",
     "DURATION"),
    ("It lasted 99999999999.4 hours.", "2023-01-10", "99999999999.4 hours", "PT99999999999.4H", "DURATION"),
    ("It lasted 0.0000001 hours.", "2023-01-10", "0.0000001 hours", "PT0.0000001H", "DURATION"),
    ("It lasted 2.7 hours.", "2023-01-10", "2.7 hours", "PT2.7H", "DURATION"),
    ("It lasted 1.5 hours.", "2023-01-10", "1.5 hours", "PT1H30M", "DURATION"),
    # stop 26 fuzz: a reference outside the years 1000-8999 is no reference: values stay four-digit years
    # (year 2 made "the new year" "3" and year 9998 "the turn of the century" "10000"; year 2's July raised)
    ("4 Jul. July.\n7 Jul. W", "0002-01-01", "July", "XXXX-07", "DATE"),
    ("They welcome the new year.", "0002-12-31", "the new year", "XXXX", "DATE"),
    ("It was the turn of the century.", "9998-12-31", "the turn of the century", "XXXX", "DATE"),
    ("It rained the following May.", "9998-12-31", "the following May", "XXXX-05", "DATE"),
    ("It rained today.", "8999-06-01", "today", "8999-06-01", "DATE"),
    ("It rained today.", "1000-06-01", "today", "1000-06-01", "DATE"),
    # stop 26 fuzz: "the same day" after "the same day" of a month appended a second "-XX" (2020-10-XX-XX)
    ("In October the same day the same day", "2020-11-05", "the same day", "2020-10-XX", "DATE"),
    ("In October, on the same day, they met.", "2020-11-05", "the same day", "2020-10-XX", "DATE"),
    # stop 26 fuzz: no rule placeholder reaches the output: a fullwidth count is read as its digit, a count
    # with decimals is left unresolved (it was "UNDEF-this-Y-minus-９", "UNDEF-this-D-minus-2.7")
    ("It rained about  \uff19 years ago.", "2020-11-05", "about  \uff19 years ago", "2011", "DATE"),
    ("It rained about 9 years ago.", "2020-11-05", "about 9 years ago", "2011", "DATE"),
    ("It rained 2.7 days ago.", "2020-11-05", "2.7 days ago", "XXXX-XX-XX", "DATE"),
    # stop 26 review 3: "set for a week from Monday" is that day; only a verb of lasting makes "for" a length
    ("The final ballot was fixed for two weeks from Tuesday.", "2024-06-12", "two weeks from Tuesday", "2024-07-02",
     "DATE"),
    ("The bridge will stay shut for three weeks from Monday.", "2024-06-12", "three weeks", "P3W", "DURATION"),
    # stop 26 review 3: a day told first with a present verb among past ones is a report of the day gone by; a
    # reporting verb is no timetable
    ("On Saturday, crews report that the fire had reached the ridge.", "2024-06-12", "Saturday", "2024-06-08",
     "DATE"),
    ("The dam burst on Friday. On Sunday, villagers return to find their homes gone.", "2024-06-12", "Sunday",
     "2024-06-09", "DATE"),
    ("On Sunday, villagers return to their homes for the first time.", "2024-06-12", "Sunday", "2024-06-16",
     "DATE"),
    # stop 26 review 3: a relative clause's preview takes the main verb's past
    ("Critics who get a first look on Tuesday praised the staging.", "2024-06-12", "Tuesday", "2024-06-11", "DATE"),
    ("Critics get a first look on Tuesday, the theatre said.", "2024-06-12", "Tuesday", "2024-06-18", "DATE"),
    # stop 26 review 3: a length counted into or short of an event is no rate, though an amount is before it
    ("The 40 climbers were found a week into the search.", "2024-06-12", "a week", "P1W", "DURATION"),
    ("The 9 sailors were picked up a day shy of the coast.", "2024-06-12", "a day", "P1D", "DURATION"),
    ("The kitchen serves 400 meals a day in winter.", "2024-06-12", "a day", "P1D", "SET"),
    # stop 26 review 3: a figure a year back compares with a month only when that month's sentence gave figures
    ("The lockout started in May. Staff say morale is poor. Output is down 8 percent from a year earlier.",
     "2024-06-12", "a year earlier", "2023", "DATE"),
    ("Exports climbed 3 percent in May. Shipments were 6 percent lower than a year earlier.", "2024-06-12",
     "a year earlier", "2023-05", "DATE"),
    # stop 27 fix round 10: a day that does not exist in the year written keeps that year, as the month
    ("The merger closed on Feb 29 2019, the bank said.", "2023-09-20", "Feb 29 2019", "2019-02", "DATE"),
    ("Her contract was dated 31 June 2017.", "2023-09-20", "31 June 2017", "2017-06", "DATE"),
    ("The merger closed on Feb 29 2016, the bank said.", "2023-09-20", "Feb 29 2016", "2016-02-29", "DATE"),
    ("Tickets for Feb. 29 sold out in an hour.", "2023-09-20", "Feb. 29", "2024-02-29", "DATE"),
    # stop 27 fix round 10: an anaphor after a year before Christ counts from that year, not from publication
    ("The temple burned in 480 BC. The following spring the priests returned.", "2023-09-20",
     "The following spring", "BC0479-SP", "DATE"),
    ("The temple burned in 480 BC. Two decades later a new one stood.", "2023-09-20", "Two decades later",
     "BC0460", "DATE"),
    ("The temple burned in 480 BC. Digging began in 2019. A year later the altar was found.", "2023-09-20",
     "A year later", "2020", "DATE"),
    # stop 27 fix round 10: a base month whose "when" clause holds the comparison is the month compared
    ("Rents climbed 3 percent in May, more than in April, when they slipped 2 percent from a year earlier.",
     "2023-09-20", "a year earlier", "2022-04", "DATE"),
    ("Rents climbed 3 percent in May, more than in April. They were 5 percent higher than a year earlier.",
     "2023-09-20", "a year earlier", "2022-05", "DATE"),
    # stop 27 fix round 10: what "may be tied to" is another event, named with its weekday, gone by
    ("Detectives said the fire may be tied to a burglary Sunday.", "2023-09-20", "Sunday", "2023-09-17", "DATE"),
    ("Detectives said the fire could be related to a break-in on Monday.", "2023-09-20", "Monday", "2023-09-18",
     "DATE"),
    ("Patients may be sent home on Friday, the hospital said.", "2023-09-20", "Friday", "2023-09-22", "DATE"),
    # stop 27 fix round 10: a decision taken instead of a course not taken was carried out then
    ("They could have held out for the summer, but decided to list the farm in April.", "2023-09-20", "April",
     "2023-04", "DATE"),
    ("The trustees decided to list the farm in April.", "2023-09-20", "April", "2024-04", "DATE"),
    # stop 27 fix round 10: "the full year" after a sentence about a year's results is that year
    ("The brewer presented its 2021 earnings. Volumes fell 3 percent for the full year.", "2023-09-20",
     "the full year", "2021", "DATE"),
    ("The brewer opened a plant in 2021. Volumes fell 3 percent for the full year.", "2023-09-20",
     "the full year", "2023", "DATE"),
    # stop 27 review 2: "at X till Y on <Day>" is an adjournment's moment only after an adjournment's verb
    ("Ballots were cast at 8 am till 9 pm on Monday.", "2019-03-13", "8 am", "2019-03-11T08:00", "TIME"),
    ("The chair adjourned the hearing at 3.15 pm till 10 am on Thursday.", "2019-03-13", "Thursday", "2019-03-14",
     "DATE"),
    # stop 27 review 2: a plan carried past a clock time reaches listed weekdays, not a past event's day
    ("Mourners will meet on Friday at 6 p.m. to honour the victims of Sunday's blaze.", "2012-05-22", "Sunday",
     "2012-05-20", "DATE"),
    ("The fair opens on Thursday with a parade at 6 p.m., followed by races on Saturday.", "2012-05-22",
     "Saturday", "2012-05-26", "DATE"),
    # stop 27 review 2: a forecast's or a plan's passive after the period is no past telling of it
    ("Demand in the second half of the year was projected at 3 percent by the ministry.", "2026-04-03",
     "the second half of the year", "2026-H2", "DATE"),
    ("Demand in the second half of the year was weaker than in the first.", "2026-04-03",
     "the second half of the year", "2025-H2", "DATE"),
    # stop 27 review 2: an edition's year reaches the months only when the edition is the verb's subject
    ("Entries for the 2024 race close in March.", "2023-01-24", "March", "2023-03", "DATE"),
    ("The 2019 festival was shifted from May to August.", "2023-01-24", "August", "2019-08", "DATE"),
    # stop 27 review 2: nights stayed, and a "later" opening "later in the week", are no date nights on
    ("She slept three nights later that month at a shelter.", "2022-05-02", "later that month", "2022-05", "DATE"),
    ("The choir sang in Hull on June 3 and in Ripon two nights later.", "2022-05-02", "two nights later",
     "2022-06-05", "DATE"),
    # stop 27 review 2: a quoted year after a preposition is a date; a yearly rise with no rank recurs
    ('The mill closed in "1987" but the owners deny it.', "2014-03-03", "1987", "1987", "DATE"),
    ('The trio\'s new single, "1987", entered the chart at No. 9.', "2014-03-03", "1987", None, None),
    ("Tenants will get a yearly rise in rent.", "2014-03-03", "yearly", "P1Y", "SET"),
    ("It was the steepest yearly rise since 2009.", "2014-03-03", "yearly", None, None),
    # stop 27 review 2: in late December a first week of the year still ahead is next year's
    ("Ferries for the first week of the year are nearly full.", "2019-12-20", "the first week of the year",
     "2020-W01", "DATE"),
    ("Ferries were nearly empty in the first week of the year.", "2019-12-20", "the first week of the year",
     "2019-W01", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_merged_rounds(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


def test_hijri_days_of_a_month_are_consecutive():
    """stop 24 review: round 110's Hijri days took the offset of the nearest Umm al-Qura holiday, even one in the
    next month, so two days of a month fell on one Gregorian day or one was skipped."""
    from timeline.resolve.lunisolar import hijri_day

    bad = []
    for year in range(1300, 1600):
        for month in range(1, 13):
            days = [hijri_day(year, month, d) for d in range(1, 31)]
            bad += [(year, month, d + 1) for d in range(29) if (days[d + 1] - days[d]).days != 1]
    assert not bad, bad[:10]
