"""Round 146 (from the errors of blind155, commuting and transport disruption, and blind147): commuters name a
train by its departure time with no a.m./p.m. ("the 07:38 from Hove", "the 17.25 home"): a time, of no one
day when it is the standing service, of its day when one run is told with a day after it ("the 06:20
departure to Faro on Saturday"). A clock time between a weekend and its weekday ("for the weekend ... the
09:05 departure on Sunday") leaves the weekday in that weekend; a weekday with no tense cue after a run of
coming days ("between Friday and Sunday") is the day inside that run. A preview whose lead names the coming day
of its event times that event on it further on ("Here is when it rises in each town: ..., 9:12 p.m."). A
weekday still to come after "this week" in its sentence is that day of this week. "The weekend of 9 and 10
March" is one expression. "The first half of 2027" is a year's half even beside a lander's "touchdown".

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a standing train named by its time and the place it leaves from
    ("Regular users of the 07:38 from Hove say it is late most mornings.", "2019-03-06", "07:38",
     "XXXX-XX-XXT07:38", "TIME"),
    ("Pupils who catch the 6.41 to Dunmore will now have to change at Kelby.", "2019-03-06", "6.41",
     "XXXX-XX-XXT06:41", "TIME"),
    # ... or the way it runs
    ("She takes the 17.25 home, which is always full.", "2019-03-06", "17.25", "XXXX-XX-XXT17:25", "TIME"),
    ("Commuters are used to the 08.05 arriving late.", "2019-03-06", "08.05", "XXXX-XX-XXT08:05", "TIME"),
    # figures before a place or a range are no trains
    ("Yields in the 1.25 to 1.40 range were common.", "2019-03-06", "1.25", None, None),
    ("Sales per store rose to 4.50 from Madrid to Seville.", "2019-03-06", "4.50", None, None),
    # one run, with its day after it: that day's
    ("Passengers booked to travel between Friday and Sunday were sent a text last night. The list "
     "includes the 06:20 departure to Faro on Saturday.", "2019-03-06", "06:20", "2019-03-09T06:20", "TIME"),
    # a run kept on a weekday of every week is of no one day
    ("The operator will keep the 22:50 departure from Leeds on Saturdays.", "2019-03-06", "22:50",
     "XXXX-XX-XXT22:50", "TIME"),
    # a weekday with no tense cue inside a coming run of days named just before
    ("Passengers booked to travel between Friday and Sunday were sent a text last night. The list "
     "includes the one to Faro on Saturday.", "2019-03-06", "Saturday", "2019-03-09", "DATE"),
    # a past run leaves the weekday to its tense
    ("Talks were held between Monday and Thursday last week. The deal was signed on Tuesday.", "2019-03-06",
     "Tuesday", "2019-03-05", "DATE"),
    # the clock time of a run between the weekend and its weekday: the weekday stays in that weekend
    ("The coach firm said it would add 20 minutes to its timetable for the weekend and run the 09:05 "
     "departure on Sunday an hour later.", "2019-03-07", "09:05", "2019-03-10T09:05", "TIME"),
    ("The coach firm said it would add 20 minutes to its timetable for the weekend and run the 09:05 "
     "departure on Sunday an hour later.", "2019-03-07", "Sunday", "2019-03-10", "DATE"),
    # the weekdays still to come after "this week" in their sentence, past a passive's participle
    ("Trains will be badly disrupted this week as drivers walk out on Wednesday and Friday.", "2019-03-04",
     "Wednesday", "2019-03-06", "DATE"),
    ("Trains will be badly disrupted this week as drivers walk out on Wednesday and Friday.", "2019-03-04",
     "Friday", "2019-03-08", "DATE"),
    # ... not the day a report was told
    ("Prices fell sharply this week, officials said Tuesday.", "2019-03-04", "Tuesday", "2019-02-26", "DATE"),
    # ... nor a day gone by, told with its own past verb
    ("Shops are bracing for busy days this week, after the fair on Sunday drew record crowds.", "2019-03-06",
     "Sunday", "2019-03-03", "DATE"),
    # the weekend told by its days: one expression
    ("Engineers will shut the line on the weekend of 9 and 10 March.", "2024-02-02",
     "the weekend of 9 and 10 March", "2024-W10-WE", "DATE"),
    ("The bridge closes over the weekend of 14-16 June for resurfacing.", "2024-02-02",
     "the weekend of 14-16 June", "2024-W24-WE", "DATE"),
    # ... with a year after it, the dated day keeps its year
    ("They met on the weekend of 3 and 4 May 2019 in Leeds.", "2024-02-02", "4 May 2019", "2019-05-04", "DATE"),
    # a half of a year told with its year, in a text of landings ("touchdown") as of any other thing
    ("The probe made a soft touchdown last month. Its successor is due to fly in the first half of 2027.",
     "2023-04-14", "the first half of 2027", "2027-H1", "DATE"),
    # ... a match's half stays untagged
    ("The striker scored twice in the second half after a touchdown of the ball on the line.", "2023-04-14",
     "the second half", None, None),
    # a preview's times of the coming day its lead names, however many sentences on
    ("The comet will pass closest to Earth on Thursday, astronomers said. It should be easy to find with "
     "binoculars. Here is when it rises in three towns: Aldport, 9:12 p.m.; Brenna, 9:20 p.m.", "2019-03-05",
     "9:12 p.m.", "2019-03-07T21:12", "TIME"),
    # ... not a past sighting, nor standing opening hours
    ("The comet will pass closest to Earth on Thursday, astronomers said. It should be easy to find with "
     "binoculars. Last year observers saw it at 9:12 p.m.", "2019-03-05", "9:12 p.m.", "XXXX-XX-XXT21:12", "TIME"),
    ("The fair will come to town on Thursday, organisers said. Tickets cost $5 for adults. The gates are open "
     "from 9 am to 6 pm.", "2019-03-05", "9 am", "XXXX-XX-XXT09:00", "TIME"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round146(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
