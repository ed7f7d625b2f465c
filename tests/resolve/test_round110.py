"""Round 110 (from the errors of blind99, accident and incident reports, and blind135, religious and cultural
calendar news).

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.resolve import resolve

from .phrases import check_phrase

CASES = [
    # a lead whose day is when the story was told (an inquest heard, a report published): a clock time in a
    # later sentence opening with a noun of the lead is on the day the account reached, not the lead's
    ("A cyclist was killed when a lorry reversed into a cycle lane, an inquest heard on Monday.\n\n"
     "Jane Doyle, 41, died at the scene on 3 August 2015. The lorry's owner said the vehicle had stalled at about "
     "7.20pm and that its reversing alarm was broken.", "2016-02-10", "about 7.20pm", "2015-08-03T19:20", "TIME"),
    ("A trawler sank after its pumps failed, according to a report published today by the investigators.\n\n"
     "The Kittiwake flooded and sank on 9 June. The trawler's skipper told the inquiry that the bilge alarm "
     "had sounded at 0340.", "2001-10-02", "0340", "2001-06-09T03:40", "TIME"),
    # counter-case: the lead's day is the event's own day; a later sentence on the event goes back to it
    ("A freight train derailed near Holt on Tuesday, blocking the main line.\n\nEngineers had inspected the "
     "points on Saturday. The train, running at 40 mph, left the rails at 6.15am.", "2016-02-10", "6.15am",
     "2016-02-09T06:15", "TIME"),
    # the second of two days of the month joined by "and": a day of the same month
    ("Bus companies expect the rush to peak on the 20th and 21st, a spokesman said.", "2019-12-09", "21st",
     "2019-12-21", "DATE"),
    ("The two markets were held on the 7th or 8th, nobody could recall which.", "2019-12-09", "8th",
     "2019-12-08", "DATE"),
    # counter-cases: ordinals ranking floors or rounds are no days
    ("Water flooded the 2nd and 3rd floors of the clinic on Monday.", "2019-12-09", "3rd", None, None),
    ("She led after the 1st and 2nd rounds on Saturday.", "2019-12-09", "2nd", None, None),
    # a part of the day with a capital before "of" and a name: a name, no time
    ("Many stay up for the Night of Destiny, which falls on the 27th night of the fast.", "2019-05-01",
     "the Night", None, None),
    # counter-case: in lower case it is the part of the day in focus
    ("The bridge reopened on June 3, 2015, and in the night of the storm it shook.", "2019-05-01", "the night",
     "2015-06-03TNI", "TIME"),
    # "the same day as" a holiday with its own year: that year's feast
    ("The vote is held on the same day as Easter 2027, the council confirmed.", "2024-11-05", "the same day",
     "2027-03-28", "DATE"),
    # counter-case: without a year, the holiday near publication
    ("The vote is held on the same day as Easter Monday, the council confirmed.", "2025-03-05", "the same day",
     "2025-04-21", "DATE"),
    # a day of a Hijri month with its Hijri year: the Islamic calendar's day
    ("The committee said the moon should be sought on the 29th of Ramadan 1443.", "2022-04-10",
     "the 29th of Ramadan 1443", "2022-04-30", "DATE"),
    ("A plaque dates the mosque's reopening to 12 Rabi' al-Awwal 1435 AH.", "2020-06-01",
     "12 Rabi' al-Awwal 1435 AH", "2014-01-13", "DATE"),
    ("Pilgrims stood at Arafat on Dhul Hijjah 9, 1445, in fierce heat.", "2024-06-20", "Dhul Hijjah 9, 1445",
     "2024-06-15", "DATE"),
    # counter-case: a Gregorian year after the month is no Hijri date (only the year is tagged)
    ("Families gathered on the 27th of Ramadan 2023 for night prayers.", "2024-06-20",
     "the 27th of Ramadan 2023", None, None),
    # the day after a weekday's clock time still to come, told in the sentence before
    ("The depot will stay open until about 9 p.m. Friday, the company said. Trams will not run again until the "
     "following morning.", "2021-06-09", "the following morning", "2021-06-12TMO", "TIME"),
    # a pluperfect part of the day two sentences after a day counted back as an aside: the story's day
    ("A coach overturned on the A9 on 3 May 2014. Its brakes had been serviced six days earlier. The road was "
     "wet. Heavy rain had fallen during the afternoon.", "2014-06-10", "the afternoon", "2014-05-03TAF", "TIME"),
    # counter-case: "the same afternoon" is the aside's own
    ("A coach overturned on the A9 on 3 May 2014. Its brakes had been serviced six days earlier. The road was "
     "wet. The mechanic said he had tested them the same afternoon.", "2014-06-10", "the same afternoon",
     "2014-04-27TAF", "TIME"),
    # a lead told on one day about an event on an earlier one: the clock time of the event is on the earlier day
    ("Police said on Thursday that they had traced the driver of a lorry that overturned on the A1 on Tuesday "
     "night, injuring two people.\n\nThe articulated vehicle, loaded with chickens, was heading north when it "
     "left the road at about 11.15pm, blocking both lanes.", "2015-03-06", "about 11.15pm", "2015-03-03T23:15",
     "TIME"),
    # counter-case: the lead names no other day, the day it was told stays the story's
    ("Police said on Thursday that they had traced the driver of a lorry that overturned on the A1, injuring two "
     "people.\n\nThe articulated vehicle, loaded with chickens, was heading north when it left the road at about "
     "11.15pm, blocking both lanes.", "2015-03-06", "about 11.15pm", "2015-03-05T23:15", "TIME"),
    # "overnight" after a count of hours: still the night of the day told
    ("The fire began on Sunday afternoon. Crews were pulled back after more than six hours on the ridge and the "
     "flames spread overnight.", "2015-03-12", "overnight", "2015-03-08TNI", "TIME"),
    # counter-case: a count of days moves the story on, the night is left to publication's eve
    ("The fire began on Sunday afternoon. Crews were pulled back after three days on the ridge and the flames "
     "spread overnight.", "2015-03-12", "overnight", "2015-03-11TNI", "TIME"),
    # a pluperfect time in the small hours after the evening it is told from: the next day
    ("At about 0300 on 9 May 2011, a trawler sank off Barra. She had sailed from Ullapool at 2320 the previous "
     "evening with five crew. The passage usually takes about four hours.\n\nThe skipper, aged 51, had fished "
     "for 30 years and had gone below at 0130.", "2011-07-12", "0130", "2011-05-09T01:30", "TIME"),
    # counter-case: a late evening time stays on the evening's day
    ("At about 0300 on 9 May 2011, a trawler sank off Barra. She had sailed from Ullapool at 2320 the previous "
     "evening with five crew. The passage usually takes about four hours.\n\nThe skipper, aged 51, had fished "
     "for 30 years and had gone below at 2350.", "2011-07-12", "2350", "2011-05-08T23:50", "TIME"),
    # "the morning of Eid" after the text named which Eid: that feast's day
    ("Eid al-Adha falls on Sunday this year. Worshippers will fill the park for prayers on the morning of Eid.",
     "2024-06-12", "the morning of Eid", "2024-06-16TMO", "TIME"),
    # counter-case: no Eid named before, "Eid" alone is no day (only "the morning" of the day in focus)
    ("Worshippers filled the park for prayers on the morning of Eid.", "2024-06-12", "the morning of Eid", None,
     None),
    # "had begun" is a pluperfect too; the aside "the previous day" gives back the day it was counted from
    ("At 17:40 on Friday 6 June 2008 a tram derailed at Holt Road. The driver had booked on at 13:10 and had had "
     "a rest day the previous day. The line was dry.\n\nWeather. Rain had begun to fall during the afternoon.",
     "2008-09-01", "the afternoon", "2008-06-06TAF", "TIME"),
    # "that morning" in a pluperfect clause after a coming date: the story's day, gone by
    ("A bus caught fire in the Marrow tunnel on Saturday, the operator said yesterday.\n\nThe fire started at "
     "about 9.10am. The tunnel will close again from 12 March for repairs.\n\nManagers said its control room had "
     "been staffed by a single worker that morning because of illness.", "2001-03-06", "that morning",
     "2001-03-03TMO", "TIME"),
    # counter-case: told as still to come, the coming date's morning
    ("A bus caught fire in the Marrow tunnel on Saturday, the operator said yesterday.\n\nThe fire started at "
     "about 9.10am. The tunnel will close again from 12 March for repairs.\n\nManagers said its control room "
     "would be staffed by two workers that morning.", "2001-03-06", "that morning", "2001-03-12TMO", "TIME"),
    # a count of nights at the edge of a stretch: "the last" inside the extent
    ("Many families stay at the shrine for the last five nights of the pilgrimage.", "2022-02-16",
     "the last five nights", "P5D", "DURATION"),
    # counter-case: "last" as a verb stays outside
    ("The street fair will last five nights this year.", "2022-02-16", "five nights", "P5D", "DURATION"),
]

# Counter-cases whose value is not pinned, only the reading they must not take: (text, publication date,
# phrase, the value it must not have).
NOT_VALUES = [
    # told in the past, "the following morning" is no day after the coming Friday
    ("The depot will stay open until about 9 p.m. Friday, the company said. After the last strike the trams did "
     "not run again until the following morning.", "2021-06-09", "the following morning", "2021-06-12TMO"),
]


@pytest.mark.parametrize("text,dct,phrase,value,typ", CASES)
def test_round110(text, dct, phrase, value, typ):
    check_phrase(text, dct, phrase, value, typ)


@pytest.mark.parametrize("text,dct,phrase,wrong", NOT_VALUES)
def test_round110_not(text, dct, phrase, wrong):
    found = {t.text: t for t in resolve(text, dt.date.fromisoformat(dct))}
    assert phrase in found and found[phrase].value != wrong, found.get(phrase)
