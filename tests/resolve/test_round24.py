"""Round 24 (from the errors of blind72, humanitarian situation reports, and blind73, travel and tourism): a
timeline told as a log, each entry headed by its day and time or by a time alone ("Tuesday 9 May, 21:40 -",
then "23:10 -", "Noon -"), puts every clock time on the day of its entry; numbered weeks of disease
surveillance ("epidemiological week 33", then "week 29"); "the last quarter of the year" is the fourth; "the
10th of each month" recurs; a clock time with its day ("18:00 yesterday", "at noon yesterday", "9 a.m. that
morning") is one TIME; a month or a weekday that is a person's name ("June Kessler, the director, said",
"manager Tom August, who ...", "Sunday Okafor said") is no date; nor is the upper end of an age range
("children aged 6 to 59 months").

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

LOG = ("The agency has published a log of the storm.\n\n"
       "Tuesday 9 May, 21:40 - The coastguard warns of gusts of 120 km/h.\n\n"
       "23:10 - The harbour is closed. Ferries stay in port until 6 a.m.\n\n"
       "Wednesday 10 May, 03:20 - The sea wall is breached at the north end.\n\n"
       "Noon - The wind drops.\n")

CASES = [
    # a log: a heading with its day, then headings of times alone and times told in the entries
    (LOG, "2023-05-14", "Tuesday 9 May, 21:40", "2023-05-09T21:40", "TIME"),
    (LOG, "2023-05-14", "23:10", "2023-05-09T23:10", "TIME"),
    (LOG, "2023-05-14", "6 a.m.", "2023-05-09T06:00", "TIME"),
    (LOG, "2023-05-14", "Noon", "2023-05-10T12:00", "TIME"),
    # a live blog's stamps, with no day in any heading, stay on the publication day
    ("Live: the count.\n\n21:05 - Polls have closed.\n\n22:40 - The first result is in.", "2023-05-14", "22:40",
     "2023-05-14T22:40", "TIME"),
    # a day and a time in a sentence are not a heading
    ("On 9 May, 21:40 people had left the town.", "2023-05-12", "9 May", "2023-05-09", "DATE"),
    # numbered weeks of disease surveillance, in the year of the report
    ("In epidemiological week 14, 2,100 cases were notified, up from 1,650 in week 12.", "2021-04-20",
     "epidemiological week 14", "2021-W14", "DATE"),
    ("In epidemiological week 14, 2,100 cases were notified, up from 1,650 in week 12.", "2021-04-20",
     "week 12", "2021-W12", "DATE"),
    ("The measles outbreak, which began in 2018, grew: 40 cases in epi week 6.", "2021-04-20", "epi week 6",
     "2021-W06", "DATE"),
    ("Deaths peaked in reporting week 51 of 2020.", "2021-04-20", "reporting week 51 of 2020", "2020-W51", "DATE"),
    # the last quarter of the year
    ("An audit is planned for the last quarter of the year.", "2021-04-20", "the last quarter of the year",
     "2021-Q4", "DATE"),
    # a day of every month
    ("Grants are paid into accounts on the 15th of every month.", "2021-04-20", "the 15th of every month",
     "XXXX-XX-15", "SET"),
    # a clock time with its day
    ("The bridge reopened at 07:45 yesterday after repairs.", "2021-04-20", "07:45 yesterday",
     "2021-04-19T07:45", "TIME"),
    ("The ministry revised its advice at noon yesterday.", "2021-04-20", "noon yesterday", "2021-04-19T12:00",
     "TIME"),
    ("Bids must be in by noon tomorrow.", "2021-04-20", "noon tomorrow", "2021-04-21T12:00", "TIME"),
    ("The fair opens on 3 June. Stalls may set up from 6 a.m. that morning.", "2021-04-20",
     "6 a.m. that morning", "2021-06-03T06:00", "TIME"),
    # a month name in its own right still dates
    ("August is the busiest month on the coast.", "2021-04-20", "August", "2021-08", "DATE"),
    ("Bookings for June, July and August, the peak season, rose.", "2021-04-20", "August", "2020-08", "DATE"),
    ("The talks ended Sunday, the minister said.", "2024-09-24", "Sunday", "2024-09-22", "DATE"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # a bare "week 9" where no week is counted so
    ("The Rams lost in week 9 and again in week 11.", "2021-04-20", "week 9"),
    # months and weekdays as names
    ("June Kessler, the museum's director, said the wing would reopen.", "2021-04-20", "June"),
    ("Press enquiries: May Lindqvist, Stockholm, +46 8 555 0101.", "2021-04-20", "May"),
    ("The new manager, Ben August, who ran a hotel in Leeds, starts soon. August is confident.", "2021-04-20",
     "August"),
    ("The programme director, Sunday Okafor, said 14 schools were rebuilt.", "2024-09-22", "Sunday"),
    # the upper end of an age range
    ("Screening covers children aged 6 to 59 months in three districts.", "2021-04-20", "59 months"),
    ("Vaccines were offered to children aged nine months to 14 years.", "2021-04-20", "14 years"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round24(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round24_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
