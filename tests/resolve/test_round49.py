"""Round 49 (from the errors of blind104, encyclopedic war and battle histories, and blind30, history and
biography told from a present-day view): the month name "May" right after a day ("On 6 May the guns
arrived") is not read as the modal "may" when a narrative's year is weighed (its clause looked ahead, and
the date fell back on publication's year); after a winter (which runs into the next year) a year-less month
of the story is in the year the winter ends, December excepted; "the winter of 413 BC" is one expression,
BC0413-WI; and "by the end of the month" in a history is the story's month, as "the end of the year"
already was its year; a "since" in the past perfect ("had been closed since the winter of 1829") ends a
span in the story's past and does not stop the story's year from carrying on, nor is its year the one
"the following spring" counts from; and the month labels of a
chronology ("March: The fleet leaves port"), told in the historical present, are not read as still to come,
nor is a time the story fixed for what came next ("Zero hour was set for 05:40 on Tuesday 9 October"); and
the clock times that open a history's section headed by its event ("The battle", "The action") are on the
day of the lead sentence's event, not on the day the background section reached.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

_MARROW_FORD = ("Battle of Marrow Ford\n\nThe Battle of Marrow Ford was fought on 21 August 1644 between two "
                "royal armies.\n\nBackground\nThe royal army left the capital on 2 July and marched north. Its "
                "scouts reached the river a fortnight later.\n\nThe battle\nThe first regiment waded into the "
                "ford at 6 a.m., and by noon the crossing was held.\n")

CASES = [
    # "May" after a day or "in" is the month, not a modal that makes the clause look ahead
    ("The fort fell on 11 August 1704 after a long siege. The garrison had wintered badly during the previous "
     "winter. On 6 May the first guns arrived.", "2019-03-02", "6 May", "1704-05-06", "DATE"),
    ("The fort fell on 11 August 1704 after a long siege. The garrison had wintered badly during the previous "
     "winter. In May the first guns arrived.", "2019-03-02", "May", "1704-05", "DATE"),
    # after a winter, a later month of the story is in the year the winter ends in
    ("The mill burned down on 2 October 1851. Its owner had been ruined by the floods of the winter before. "
     "On 12 May the looms were sold.", "2019-03-02", "12 May", "1852-05-12", "DATE"),
    ("The harbour walls were finished in the winter of 1820. In December the storms returned.", "2015-06-10",
     "December", "1820-12", "DATE"),
    # a season of a year before the Christian era
    ("The rebels took the port in the autumn of 218 BC.", "2022-02-16", "the autumn of 218 BC", "BC0218-FA",
     "DATE"),
    ("Grain ran short in the winter of 95 B.C. and the tribes moved south.", "2022-02-16",
     "the winter of 95 B.C.", "BC0095-WI", "DATE"),
    # a "since" in the past perfect closes a span in the story's past: the story's year is still the one before
    ("The canal opened on 30 August 1832. The old towpath had been closed to barges since the winter of 1829. "
     "Work on the locks began in March.", "2016-09-20", "March", "1832-03", "DATE"),
    # ... while one running to now still tells no story
    ("Prices have been flat since the spring of 2014. Sales will pick up in March.", "2016-09-20", "March",
     "2017-03", "DATE"),
    # ... nor is its year the story's step that "the following spring" counts from
    ("The bridge was finished in June 1840. Its piers had not been inspected since 1811. The following spring "
     "a flood carried away two arches.", "2016-01-01", "The following spring", "1841-SP", "DATE"),
    # a chronology's entries ("March: The fleet leaves port"), told in the historical present
    ("The envoys sailed from Lisbon on 2 February 1755.\n\nChronology\nMarch: The fleet leaves port with 40 "
     "ships.\nApril: The envoys reach the coast.\nNovember: The garrison surrenders and the war ends.\n",
     "2016-09-20", "March", "1755-03", "DATE"),
    ("The envoys sailed from Lisbon on 2 February 1755.\n\nChronology\nMarch: The fleet leaves port with 40 "
     "ships.\nApril: The envoys reach the coast.\nNovember: The garrison surrenders and the war ends.\n",
     "2016-09-20", "November", "1755-11", "DATE"),
    # a time fixed in the story for what came next ("was set for") is no future of the reader's
    ("The yard launched its first steamer on 2 May 1888. The second launch was set for 11 June, but a strike "
     "delayed it.", "2014-05-05", "11 June", "1888-06-11", "DATE"),
    ("The ferry company began its winter timetable on 3 November 1903. The first crossing was scheduled for "
     "06:15 on 9 December, but ice kept the boats in port.", "2014-05-05", "9 December", "1903-12-09", "DATE"),
    ("The launch is set for 11 June, the company said.", "2014-05-05", "11 June", "2014-06-11", "DATE"),
    # the clock times opening a history's section headed by its event ("The battle") are on the lead's day
    (_MARROW_FORD, "2019-04-04", "6 a.m.", "1644-08-21T06:00", "TIME"),
    (_MARROW_FORD, "2019-04-04", "noon", "1644-08-21T12:00", "TIME"),
    # "the end of the month" in a history: the story's month
    ("The town was besieged from 3 May 1640. By the end of the month the bakers had no flour.", "2015-06-10",
     "the end of the month", "1640-05", "DATE"),
    ("The strike began on Monday 4 March 1912. Before the end of the month most pits had closed.", "2015-06-10",
     "the end of the month", "1912-03", "DATE"),
    # ... but in news it stays the month of publication
    ("The company says its new plant will open by the end of the month.", "2015-06-10", "the end of the month",
     "2015-06", "DATE"),
    ("Prices rose sharply last week. By the end of the month the shortage may ease.", "2015-06-10",
     "the end of the month", "2015-06", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round49_phrase(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)

