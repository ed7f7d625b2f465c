"""Round 111 (from the errors of blind108, police blotters and local TV crime stories; blind30's errors were
conventions this round leaves alone). A police log heads each entry with its weekday and clock time and a colon
("Sunday, 9:05 a.m.: ..."), or puts a day heading on a line of its own above entries stamped "9:32 a.m. - ...":
the clock times, the days counted back ("the night before") and the past weekdays told in an entry are of the
entry's day, not the publication day, whatever day an entry above named in passing. A crime story's lead that
dates the event ("early Saturday morning") and then the telling ("officers said Sunday") leaves the clock times
told later on the event's day. "flew over the area until 1 a.m." is an activity that stopped then (past), and a
lead told from an evening to the next morning puts its a.m. times on that morning. "called 911 an hour later" is
no rate of 911 an hour.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

_LOG = ("Calls logged by Maple Falls police over the past week follow.\n\n"
        "Monday, 8:20 a.m.: A driver on Birch Road reported that someone had let the air out of his tires. He said "
        "the van was fine when he locked it the night before.\n\n"
        "Tuesday, 4:15 p.m.: A shed on Pine Street was broken into. The owner said it happened between 11 a.m. and "
        "3 p.m. while he was at work.\n\n"
        "Thursday, 6:05 p.m.: A woman reported a caller who demanded a payment by 9 p.m. She is due in court on "
        "Monday.\n\n"
        "Friday, 2:10 p.m.: A contractor said a trailer was taken from a lot on Mill Road. It had been parked there "
        "since Wednesday evening.")
_LOG_MONDAY = ("Items from the Brookfield police log for last week.\n\n"
               "Thursday, 7:25 a.m.: A contractor said a pickup was taken from a site on Quarry Road. It had been "
               "parked there since Monday afternoon.\n\n"
               "Friday, 2:05 p.m.: A caller on Elm Street reported a stolen bicycle.")
_BLOG = ("Polls in the county closed at 8 p.m. Tuesday.\n\n"
         "6:15 a.m.: Crews began counting ballots overnight, the clerk said.\n\n"
         "7:40 a.m.: The clerk expects final results by 11 a.m.")
_HEADING = ("Selected calls to Lakeview police follow.\n\nThursday, June 5\n"
            "10:20 a.m. - A lifeguard turned in a phone. The owner, who had dropped it the day before, picked it up "
            "that afternoon.\n"
            "9:55 p.m. - Loud music was reported on Harbor Lane.\n")
_HEADING_PLAIN = ("Selected calls to Lakeview police follow.\n\nThursday, June 5\n"
                  "10:20 a.m. - A lifeguard turned in a phone that had been dropped the day before and the owner "
                  "picked it up that afternoon.\n")
_TOLD = ("HAMPTON - Deputies are looking into a run of shed burglaries since May 2, including three that took place early "
         "Saturday morning, the sheriff's office said Sunday.\n\nOwners on Ridge Avenue found doors forced and tools "
         "gone. Two mowers were taken. Deputies believe the burglaries happened between 1 a.m. and 3:30 a.m.\n\n"
         "A neighbour's camera filmed a man pushing a wheelbarrow at 2:05 a.m. The sheriff will brief residents at "
         "7 p.m.")
_SEARCH = ("ASHFORD - A 9-year-old boy who wandered away from a campground Friday evening was found safe Saturday "
           "morning, deputies said.\n\nEli was last seen at about 6:30 p.m. near the lake. Temperatures dropped into "
           "the 30s.\n\nDozens of volunteers searched for more than 12 hours. A drone with a thermal camera flew over "
           "the woods until 2 a.m., when rain forced it down.\n\nA hiker found Eli at 8:10 a.m. sitting on a log a "
           "mile from the camp.")
_SEARCH_BACK = ("ASHFORD - A 9-year-old boy who wandered away from a campground Friday evening was found safe "
                "Saturday morning, deputies said.\n\nEli was last seen at about 6:30 p.m. near the lake. He had eaten "
                "breakfast at 8 a.m.")

CASES = [
    # a clock time told in a blotter's entry is on the day of the entry's "Tuesday, 4:15 p.m.:" heading
    (_LOG, "2012-03-17", "11 a.m.", "2012-03-13T11:00", "TIME"),
    (_LOG, "2012-03-17", "9 p.m.", "2012-03-15T21:00", "TIME"),
    # a day counted back in an entry counts from the entry's day
    (_LOG, "2012-03-17", "the night before", "2012-03-11TNI", "TIME"),
    # a past weekday in an entry: the one on or before the entry's day ...
    (_LOG, "2012-03-17", "Wednesday evening", "2012-03-14TEV", "TIME"),
    (_LOG_MONDAY, "2018-11-05", "Monday afternoon", "2018-10-29TAF", "TIME"),
    # ... but a hearing still to come is after publication
    (_LOG, "2012-03-17", "Monday", "2012-03-19", "DATE"),
    # a live blog's bare stamps name no day: its entries stay on the publication day
    (_BLOG, "2012-03-15", "6:15 a.m.", "2012-03-15T06:15", "TIME"),
    (_BLOG, "2012-03-15", "11 a.m.", "2012-03-15T11:00", "TIME"),
    # an entry stamped under a day heading, after an entry that named the day before
    (_HEADING, "2014-06-09", "9:55 p.m.", "2014-06-05T21:55", "TIME"),
    # "that afternoon" after a backstory's ", who had dropped it the day before,": the entry's day
    (_HEADING, "2014-06-09", "that afternoon", "2014-06-05TAF", "TIME"),
    # no aside set off by commas: "that afternoon" is still read against the day just named
    (_HEADING_PLAIN, "2014-06-09", "that afternoon", "2014-06-04TAF", "TIME"),
    # the lead's event day, not the day "the sheriff's office said Sunday"
    (_TOLD, "2017-05-14", "1 a.m.", "2017-05-13T01:00", "TIME"),
    (_TOLD, "2017-05-14", "2:05 a.m.", "2017-05-13T02:05", "TIME"),
    # a briefing still to come is no time of the break-ins
    (_TOLD, "2017-05-14", "7 p.m.", "2017-05-14T19:00", "TIME"),
    # a search from an evening into the next morning: its a.m. times are on that morning
    (_SEARCH, "2019-09-29", "2 a.m.", "2019-09-28T02:00", "TIME"),
    (_SEARCH, "2019-09-29", "8:10 a.m.", "2019-09-28T08:10", "TIME"),
    (_SEARCH, "2019-09-29", "about 6:30 p.m.", "2019-09-27T18:30", "TIME"),
    # a past perfect's morning is backstory, before the evening
    (_SEARCH_BACK, "2019-09-29", "8 a.m.", "2019-09-27T08:00", "TIME"),
    # "called 911 an hour later": a shift from the time before, no rate of 911 an hour ...
    ("Eli was last seen at about 6:30 p.m. on Friday. His parents called 911 an hour later.", "2019-09-29",
     "an hour later", "2019-09-27T19:30", "TIME"),
    ("She dialled 999 an hour after the crash.", "2019-09-29", "an hour", "PT1H", "DURATION"),
    # ... while an amount an hour is still a rate
    ("The new line turns out 911 cars an hour.", "2019-09-29", "an hour", "PT1H", "SET"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round111(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("sentence, expected", [
    ("a helicopter flew over the area until 1 a.m., when fog grounded it.", "past"),
    ("volunteers searched along the river until 1 a.m.", "past"),
    ("volunteers will search along the river until 1 a.m.", "future"),
    ("the council extended the curfew until 1 a.m.", "future"),
])
def test_round111_activity_until(sentence, expected):
    from timeline.resolve.cues import tense
    i = sentence.index("1 a.m.")
    assert tense(sentence, i, i + 6) == expected
