"""Histories and biographies told from a present-day publication date (issue 3, stop 12): year-less dates,
holidays and "the year" take the story's year, and a backstory or a plan told aside does not move it.

Each case: (text, publication date, phrase, expected value, expected type). Every text here is invented
for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

# A backstory in the past perfect, then a new paragraph back on the main line: the main line's year.
_BACKSTORY = ("The survey ship Petrel left Hull on 4 May 1912 with a crew of thirty. Her captain had commanded a "
              "whaler in the same waters nine years earlier, and had wintered there that autumn.\n\n"
              "The Petrel reached the ice edge on 20 June. In August she was trapped.")
# The same backstory going on in the simple past in its own paragraph keeps its year.
_BACKSTORY_GOES_ON = ("The siege of Varn began on 2 July 1871. The garrison had marched south in the spring of "
                      "1870, and scouts reached the town on 13 June.")
# A plan made in the story ("meant ... the following summer, to push on"), then the story goes on.
_PLAN = ("The sloop Tern sailed from Bergen on May 2, 1907, and her master meant to winter at Spitsbergen and, "
         "the following summer, to push on to the north coast.\n\nShe was stopped by ice in late July.")
# "did not rise again until" a month before the last one named: the next year's.
_UNTIL_LATER = ("The Fram sailed from Tromso on June 21, 1898. The sun set on 27 October and did not rise again "
                "until mid-February.")
# A holiday in a past clause of a history: the story's year.
_HOLIDAY = ("The regiment landed at Anzio on 22 January 1944. By late 1944 it had reached the Po valley. The men "
            "spent Christmas in snow-covered billets, and the diary records frost on most days in December.")
# ... but a holiday in the present tense is chosen as in news (the nearest), whatever year a story named before.
_HOLIDAY_PRESENT = "Prices rose on May 3, 2019. The week before Christmas is busy."
# "the year", "the end of the decade" in a past clause of a history: the story's.
_THE_YEAR = ("The club moved to Brook Park on 8 April 1931. A fire destroyed the stand on the night of 2 May "
             "1948, and by the end of the year the club had folded.")
_THE_DECADE = "The works opened on 3 May 1881. By the end of the decade they employed 300 people."
# In news ("said on Tuesday" anchors the story on publication) "the year" stays the publication year.
_THE_YEAR_NEWS = "The mill was founded in 1931, the owners said on Tuesday. By the end of the year it had cut 30 jobs."
# A statistic "report for" a month: the latest month begun by publication, whatever the future verb.
_REPORT_FOR = "Investors will watch the consumer price report for December on Wednesday."

CASES = [
    (_BACKSTORY, "2019-03-05", "nine years earlier", "1903", "DATE"),
    (_BACKSTORY, "2019-03-05", "20 June", "1912-06-20", "DATE"),
    (_BACKSTORY, "2019-03-05", "August", "1912-08", "DATE"),
    (_BACKSTORY_GOES_ON, "2019-03-05", "13 June", "1870-06-13", "DATE"),
    (_PLAN, "2019-03-05", "late July", "1907-07", "DATE"),
    (_UNTIL_LATER, "2022-05-16", "mid-February", "1899-02", "DATE"),
    (_HOLIDAY, "2015-05-04", "Christmas", "1944-12-25", "DATE"),
    (_HOLIDAY, "2015-05-04", "December", "1944-12", "DATE"),
    (_HOLIDAY_PRESENT, "2022-02-16", "The week before Christmas", "2021-W51", "DATE"),   # nearest, not 2019
    (_THE_YEAR, "2016-05-04", "the end of the year", "1948", "DATE"),
    (_THE_DECADE, "2016-05-04", "the end of the decade", "188", "DATE"),
    (_THE_YEAR_NEWS, "2016-05-04", "the end of the year", "2016", "DATE"),
    (_REPORT_FOR, "2022-01-09", "December", "2021-12", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_history_narratives(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
