"""Round 79 (from the errors of blind128, television news and viewing guides, and blind121, "on this day" and
almanac columns): an archive column reprints an old issue's items under "From our issue of <date>:", and
their "yesterday" and "next week" count from that issue; programmes named with a weekday and a capitalized
part of the day ("Saturday Night Jackpot"), a figure ("48 Hours in Nairobi") or a decade are titles; a
show's seasons are no years; "half-hour" and "hour-long" before a noun are lengths; weeknights recur; the
almanac's "274th day of the year" is a day; "In 2031 it will be April 13" and "in 2016, on March 23" date
their days; "the night of 14 October" is one TIME; a chronology's "1948: Ann Hale, cellist" opens with a year; a birthday ahead ("turns 90 in October"), the moon's phase
("reaches last quarter on Wednesday"), a guide's slot "(Channel 7, Sunday 8pm)" and "can stream it from
Friday" look ahead; a superlative ranks a season already begun; "the previous Sunday" after "last week's"
lies before that week.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

ARCHIVE = ("From the files\n\n75 years ago\nFrom our issue of March 3, 1946: The new bridge at Elton will open "
           "on Monday next, the county surveyor said yesterday. Floods closed the valley road last week.\n\n"
           "Today's weather: the council said yesterday that gritters will be out tonight.")

CASES = [
    # an archive column's reprinted item counts its days from the old issue ...
    (ARCHIVE, "2021-03-03", "Monday next", "1946-03-04", "DATE"),
    (ARCHIVE, "2021-03-03", "last week", "1946-W08", "DATE"),
    # ... until its paragraph ends: today's news counts from publication again (the last "yesterday")
    (ARCHIVE, "2021-03-03", "yesterday", "2021-03-02", "DATE"),
    ("From our issue of March 3, 1946: The new bridge opened yesterday.", "2021-03-03", "yesterday",
     "1946-03-02", "DATE"),
    ("Readers may consult the issue of March 3, 1946 at the library. The council met yesterday.",
     "2021-03-03", "yesterday", "2021-03-02", "DATE"),
    # a programme named with a weekday and a capitalized part of the day
    ("The quiz show Saturday Night Jackpot returns to the schedule in May.", "2021-03-03", "Saturday Night",
     None, None),
    ("The quiz show Saturday Night Jackpot returns to the schedule in May.", "2021-03-03", "Saturday", None, None),
    ("Police were called to the square on Saturday night after a fight.", "2021-03-03", "Saturday night",
     "2021-02-27TNI", "TIME"),
    ("Fans Riot After Saturday Night Derby\nPolice made six arrests.", "2021-03-03", "Saturday Night",
     "2021-02-27TNI", "TIME"),
    # titles after a work's noun: "called", a serial, a figure, a decade
    ("The network will fill the slot with a drama called Monday's Child from next month.", "2021-03-03",
     "Monday", None, None),
    ("Viewers complained about Monday's episode of the drama.", "2021-03-03", "Monday", "2021-03-01", "DATE"),
    ("His last serial, The Ides of June, drew huge audiences.", "2021-03-03", "June", None, None),
    ("His last serial, which ended in June, drew huge audiences.", "2021-03-03", "June", "2020-06", "DATE"),
    ("The thriller 48 Hours in Nairobi moves to a later slot.", "2021-03-03", "48 Hours", None, None),
    ("The thriller was shot in 48 hours in Nairobi.", "2021-03-03", "48 hours", "PT48H", "DURATION"),
    ("She is best known for the sitcom That '70s Kitchen, a hit in 2019.", "2021-03-03", "'70s", None, None),
    ("She is best known for her songs of the '70s.", "2021-03-03", "the '70s", "197", "DATE"),
    # a show's seasons are no years; a player's are
    ("The sitcom ran for four seasons on the network before it was dropped.", "2021-03-03", "four seasons",
     None, None),
    ("The striker played four seasons in Portugal before he moved.", "2021-03-03", "four seasons", "P4Y",
     "DURATION"),
    # lengths before a noun, and the half-hourly recurrence
    ("The network ordered eight half-hour episodes of the comedy.", "2021-03-03", "half-hour", "PT30M",
     "DURATION"),
    ("A shuttle leaves the station every half-hour.", "2021-03-03", "every half-hour", "PT30M", "SET"),
    ("The island now has a half-hourly ferry.", "2021-03-03", "half-hourly", "PT30M", "SET"),
    ("The island now has an hourly ferry.", "2021-03-03", "hourly", "PT1H", "SET"),
    ("Each hour-long episode follows one family.", "2021-03-03", "hour-long", "PT1H", "DURATION"),
    ("Each hour the bell in the tower rings.", "2021-03-03", "Each hour", "PT1H", "SET"),
    # weeknights recur
    ("The phone-in now goes out every weeknight at ten.", "2021-03-03", "every weeknight", "XXXX-WXX-WDTNI", "SET"),
    ("The bar closes early on weeknights.", "2021-03-03", "weeknights", "XXXX-WXX-WDTNI", "SET"),
    ("She spent the weeknights before the vote at the office.", "2021-03-03", "weeknights", None, None),
    # the almanac's day of the year
    ("Today is Wednesday, March 3, the 62nd day of the year.", "2021-03-03", "the 62nd day of the year",
     "2021-03-03", "DATE"),
    ("It was the 62nd day of 1999, cold and grey.", "2021-03-03", "the 62nd day of 1999", "1999-03-03", "DATE"),
    # a birthday ahead, the moon's phase ahead
    ("The guard averaged 16 points last season and turns 20 in September.", "2022-06-24", "September", "2022-09",
     "DATE"),
    ("The guard averaged 16 points last season and turned 20 in September.", "2022-06-24", "September",
     "2021-09", "DATE"),
    ("The moon reaches last quarter on Thursday, so the skies will be dark.", "2021-12-21", "Thursday",
     "2021-12-23", "DATE"),
    ("The moon reached last quarter on Thursday, and the skies were dark.", "2021-12-21", "Thursday",
     "2021-12-16", "DATE"),
    # a superlative ranks a season already begun
    ("The best new comedy of the autumn, Harbour Lane, returns from its break on Friday.", "2021-01-20",
     "the autumn", "2020-FA", "DATE"),
    ("The comedy Harbour Lane returns from its break in the autumn.", "2021-01-20", "the autumn", "2021-FA",
     "DATE"),
    # a viewing guide's slot, and what one can do from a day on
    ("Harbour Lane (Channel 7, Sunday 8pm). The comedy ends its run.", "2021-07-02", "Sunday 8pm",
     "2021-07-04T20:00", "TIME"),
    ("The vote, held on Sunday, was close.", "2021-07-02", "Sunday", "2021-06-27", "DATE"),
    ("Viewers abroad can stream the series online from Friday.", "2021-01-19", "Friday", "2021-01-22", "DATE"),
    ("Viewers abroad streamed the series online from Friday.", "2021-01-19", "Friday", "2021-01-15", "DATE"),
    # a year opening its sentence, or set right before the day, is the day's year
    ("The feast moves about the calendar. In 2031 it will be April 13.", "2024-04-10", "April 13", "2031-04-13",
     "DATE"),
    ("The hottest fair of this century was held in 2012, on August 9.", "2024-04-10", "August 9", "2012-08-09",
     "DATE"),
    ("The plant closed in 2016, but the new owners will reopen it on March 23.", "2024-02-10", "March 23",
     "2024-03-23", "DATE"),
    # the night of a day written out is one TIME; the wire's clipped month keeps the day's DATE
    ("The river burst its banks on the night of 14 October 1923.", "2023-05-17", "the night of 14 October 1923",
     "1923-10-14TNI", "TIME"),
    ("Crews were called out on the night of 3 May, the council said.", "2023-05-17", "the night of 3 May",
     "2023-05-03TNI", "TIME"),
    ("Looters struck on the night of Oct. 23, police said.", "2023-11-02", "the night of Oct. 23", "2023-10-23",
     "DATE"),
    # a chronology's entries open their lines with the year; a log's with clock times
    ("Born on this day:\n1948: Ann Hale, cellist.\n1966: Ravi Shore, sprinter.", "2021-03-03", "1966", "1966",
     "DATE"),
    ("Monday 1 March.\n0650: crew paged.\n1815: boat launched to a yacht.", "2021-03-03", "1815",
     "2021-03-01T18:15", "TIME"),
    ("The ratio was 1966:1 in the trial.", "2021-03-03", "1966", None, None),
    # "the previous Sunday" after the week compared
    ("Last week's episode drew 4 million viewers, down from 5 million the previous Sunday.", "2021-01-19",
     "the previous Sunday", "2021-01-10", "DATE"),
    ("Shares closed lower on Friday, down 3% from the previous Friday.", "2021-01-19", "the previous Friday",
     "2021-01-08", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round79(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
