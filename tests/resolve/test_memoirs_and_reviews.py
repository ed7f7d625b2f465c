"""Memoirs, letters and reviews that tell a past story from a present-day publication date (issue 3,
stop 13): an aside from now does not end the story's year, a fronted "By <month>," takes its clause's
past, "that afternoon" points back within its paragraph, a holiday takes the year of the month named
with it, and a future seen from the story's past stays in the story's year.

Each case: (text, publication date, phrase, expected value, expected type). Every text here is invented
for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

# A deictic time in an aside set off by commas ("published last month") does not make the text news.
_REVIEW = ("The ferry Aurora sank off Kessel Point on Nov. 2, 1967. Two days later, the search was called off.\n\n"
           "Ines Marr's account, published last month, is the story of that night. The crew had asked for a "
           "refit in June, and the owners refused it in September.")
# A year-less date whose year only its tense chose ("follow ... through the winter") is no news frame.
_BOOK = ("The novel opens on the morning of March 3, 1931, when the bank in Harlow shut its doors. Its best "
         "chapters follow the Varga family through the winter, as the savings ran out. The bank reopened in "
         "early May.")
# ... but a date near publication chosen the same way is ("said on February 26" in a wire story).
_WIRE = ("The minister said on February 26 that the country had first applied in July 1997. Talks resume on "
         "March 12. The president signed the accession papers on February 10.")
# A fronted "By <month>," with a past clause after it is past.
_LETTER = ("In January 1974 the county switched the buses to a winter timetable. By February, parents were "
           "complaining, and by October the board had given up.")
# "that afternoon" three sentences after the day it belongs to, in the same paragraph.
_MEMOIR = ("On Sunday, Aug. 14, 1988, my father woke me at 5 in the morning. I was nine. The car was already "
           "packed. We left that afternoon.")
# A holiday named with a month: that month's year.
_HOLIDAY = "Last January, just after New Year's Day, I joined a choir."
# A future seen from the story's past keeps the story's year.
_VOTED = ("The dockers walked out on Aug. 3, 1981. Two days later they were dismissed.\n\n"
          "The memoir, released this spring, is candid. Its author voted to strike in June.")

# A year in review: a past month of the publication year dates it as news, and a promise for a later year
# sets no story's year.
_REVIEW_OF_YEAR = ("The port had a busy 2004. Cargo fell in January. Officials promise a new ferry by the summer "
                   "of 2006.\n\nApril 22: A fire burned on Pier 9 for 14 hours.")

CASES = [
    (_REVIEW_OF_YEAR, "2004-12-30", "April 22", "2004-04-22", "DATE"),
    (_REVIEW, "2018-12-03", "June", "1967-06", "DATE"),
    (_REVIEW, "2018-12-03", "September", "1967-09", "DATE"),
    (_BOOK, "1994-06-19", "early May", "1931-05", "DATE"),
    (_WIRE, "1999-02-27", "February 10", "1999-02-10", "DATE"),
    (_LETTER, "2022-04-20", "February", "1974-02", "DATE"),
    (_LETTER, "2022-04-20", "October", "1974-10", "DATE"),
    (_MEMOIR, "2015-08-30", "that afternoon", "1988-08-14TAF", "TIME"),
    (_HOLIDAY, "2026-01-09", "New Year's Day", "2025-01-01", "DATE"),
    (_VOTED, "2018-12-03", "June", "1981-06", "DATE"),
    # A sports column: a state "by" a time after "was" and an adverb is past; a plural subject's schedule
    # ("report in February") is ahead.
    ("The locker room was nearly empty by Monday afternoon.", "2004-10-05", "Monday afternoon", "2004-10-04TAF",
     "TIME"),
    ("The season is over. Rookies report in February.", "2004-10-05", "February", "2005-02", "DATE"),
    ("The agency received 12 reports of leaks, two of them in January.", "1999-05-18", "January", "1999-01", "DATE"),
    # A habit: a date after "every June, when ..." or a holiday after "every day but" is of any year.
    ("My son teases me every June, when the storm season opens on June 1.", "2015-08-30", "June 1", "XXXX-06-01",
     "DATE"),
    ("The bakery has opened every day but Christmas since 1961.", "2011-05-12", "Christmas", "XXXX-12-25", "DATE"),
    ("The crews will work every day until Christmas.", "2011-05-12", "Christmas", "2011-12-25", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_memoirs_and_reviews(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
