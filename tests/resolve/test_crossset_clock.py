"""Cross-set gaps of clock times and "today" (issue 3, fourth round), pinned with invented sentences.

The readings live in the Anchorer's mixins (narrative.py: "today" as PRESENT_REF or as the day a quotation
was spoken; clock.py: hours of a habit or timetable). Each case builds the Anchorer of its text with the
expressions before the phrase already resolved, and asks the mixin for its reading of the phrase: the value
it returns, or None where it must leave the publication-day reading alone. Every text here is invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.resolve import resolve
from timeline.resolve.anchor import Anchorer

from .phrases import check_phrase


def _anchorer_at(text: str, reference: str, phrase: str) -> tuple[Anchorer, int, int]:
    """The Anchorer of `text` with every expression before the (first) `phrase` resolved, and the phrase's
    offsets."""
    ref = dt.date.fromisoformat(reference)
    start = text.index(phrase)
    anchorer = Anchorer(text.lower(), ref, text)
    anchorer.previous = [t for t in resolve(text, ref) if t.end <= start]
    return anchorer, start, start + len(phrase)


def _today(text: str, reference: str, phrase: str, value: str = "UNDEF-this-D") -> str | None:
    anchorer, start, end = _anchorer_at(text, reference, phrase)
    res = anchorer._deictic_day(value, start, end, text[start:end])
    return None if res is None else res.value


# "today" set against a past told just before: the present in general (PRESENT_REF).
_PRESENT = [
    ("The quarry employed 800 men in 1952, and three trains a day carried its stone away. Today about 40 "
     "people work there.", "2019-05-14", "Today", "PRESENT_REF"),
    ("Of the nine ferries that crossed the sound in 1971, only two still run today.", "2008-03-03", "today",
     "PRESENT_REF"),
    ("The bridge cost $4 million when it opened in 1961, a sum that would be close to $40 million today.",
     "2016-10-11", "today", "PRESENT_REF"),
    ("\"Back then, we walked to the well,\" she said. \"Today every house has a tap.\"", "2004-07-20", "Today",
     "PRESENT_REF"),
    # the publication day: no past set against it, a past-tense or future clause, a label, a possessive
    ("The council met on Monday. Today about 40 people work on the plan.", "2019-05-14", "Today", None),
    ("The quarry closed in 1952. Today the council voted to sell the site.", "2019-05-14", "Today", None),
    ("The quarry closed in 1952. Today the council will decide on the site.", "2019-05-14", "Today", None),
    ("The quarry closed in 1952. Residents were still waiting for the report today.", "2019-05-14", "today",
     None),
    ("Snow fell in 1996 as well.\nToday: Cloudy, high near 30.", "2019-05-14", "Today", None),
    ("The quarry closed in 1952. Today's vote reopens it.", "2019-05-14", "Today", None),
]


@pytest.mark.parametrize("text,reference,phrase,value", _PRESENT)
def test_today_as_present(text, reference, phrase, value):
    assert _today(text, reference, phrase) == value


# "today", "tonight", "tomorrow" in a quotation spoken a day or more before publication.
_QUOTED = [
    # the attribution names the day right before the quotation
    ("The mayor spoke to reporters on Sunday.\n\nThe governor said late Monday. \"We are not closing the "
     "shelters today. We will decide tomorrow.\"", "2019-04-16", "today", "2019-04-15"),
    ("The governor said late Monday. \"We will decide on the shelters tomorrow.\"", "2019-04-16", "tomorrow",
     "2019-04-16"),
    # a quotation telling the day in the past tense, after a day before publication named in the story
    ("The jury returned its verdict on Thursday after two days.\n\n\"Nobody listened for years,\" the widow "
     "said. \"Today somebody finally did.\"", "2011-06-10", "Today", "2011-06-09"),
    ("Harriers beat the league leaders 3-1 on Saturday.\n\n\u201cTonight we earned it,\u201d the captain "
     "said.", "2013-11-25", "Tonight", "2013-11-23"),
    # the publication day: present tense without an attribution day, a fragment, no day named, a day too
    # far back, a day named inside the quotation itself
    ("Harriers beat the league leaders 3-1 on Saturday.\n\n\u201cTonight we have a party,\u201d the captain "
     "said.", "2013-11-25", "Tonight", None),
    ("The senator said Wednesday that the bill would pass \"today or next week.\"", "2010-09-30", "today",
     None),
    ("\"Today somebody finally listened,\" the widow said.", "2011-06-10", "Today", None),
    ("The jury was chosen on May 28.\n\n\"Today somebody finally listened,\" the widow said.", "2011-06-10",
     "Today", None),
    ("Pumps failed again late Sunday.\n\n\"Yesterday we found nothing. Today we found a leak,\" the "
     "engineer said.", "2019-04-16", "Today", None),
    ("The governor spoke on Monday. Today the shelters stay open.", "2019-04-16", "Today", None),
]


@pytest.mark.parametrize("text,reference,phrase,value", _QUOTED)
def test_quoted_day(text, reference, phrase, value):
    undef = {"today": "UNDEF-this-D", "tonight": "UNDEF-this-D", "tomorrow": "UNDEF-this-D-plus-1"}
    assert _today(text, reference, phrase, undef[phrase.lower()]) == value


# A clock time of a habit or a timetable is on no one day (XXXX-XX-XX): hours of business, a service named
# by its time, "in each case".
_HABIT_CLOCK = [
    ("Under the permit approved Monday, the bakery may operate only from 6 a.m. to 9 p.m.", "2021-03-10",
     "6 a.m.", "XXXX-XX-XXT06:00"),
    ("Under the permit approved Monday, the bakery may operate only from 6 a.m. to 9 p.m.", "2021-03-10",
     "9 p.m.", "XXXX-XX-XXT21:00"),
    ("From June, the 8.15am fast service from Dover will call at two more stations.", "2021-03-10", "8.15am",
     "XXXX-XX-XXT08:15"),
    ("Late services from 11pm will run every half hour, the operator said on Tuesday.", "2021-03-10", "11pm",
     "XXXX-XX-XXT23:00"),
    ("Three shops were robbed last month. In each case, the thieves came in just after 9 a.m., when the "
     "tills were full.", "2021-03-10", "9 a.m.", "XXXX-XX-XXT09:00"),
    # one day's time: no habit in the clause
    ("The bakery opened on Monday at 6 a.m., and the first train arrived at 8.15am.", "2021-03-10", "6 a.m.",
     "2021-03-08T06:00"),
    ("The bakery opened on Monday at 6 a.m., and the first train arrived at 8.15am.", "2021-03-10", "8.15am",
     "2021-03-08T08:15"),
]


@pytest.mark.parametrize("text,reference,phrase,value", _HABIT_CLOCK)
def test_clock_of_a_habit(text, reference, phrase, value):
    check_phrase(text, reference, phrase, value, "TIME")


# The same readings through resolve(), as a user gets them.
_THROUGH_RESOLVE = [
    ("The mill employed 600 men in 1948. Today about 30 people work there.", "2019-05-14", "Today",
     "PRESENT_REF", "DATE"),
    ("Rovers beat the leaders 2-0 on Saturday.\n\n\u201cTonight we earned it,\u201d the coach said.",
     "2013-11-25", "Tonight", "2013-11-23TNI", "TIME"),
    ("The board met on Monday. Today about 30 people work on the plan.", "2019-05-14", "Today", "2019-05-14",
     "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,kind", _THROUGH_RESOLVE)
def test_readings_through_resolve(text, reference, phrase, value, kind):
    check_phrase(text, reference, phrase, value, kind)
