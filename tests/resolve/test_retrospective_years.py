"""Retrospective stories (features, profiles, histories told from today): a year-less date takes the
year the story has moved to, not the publication year; news and a plan told in the past keep theirs.

Each case: (text, publication date, phrase, expected value, expected type). Every text here is invented
for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

# "N years ago this month," opening a feature: a date far back, counted from publication, dates the story
# it opens, not the text as news.
_YEARS_AGO_MONTH = ("Thirty years ago this month, a brass band from Leeton recorded a hymn. The record came out in "
                    "October 1986 and sold well. The players sang it on the radio on Christmas Day, and the "
                    "following spring they toured Canada.")
_YEARS_AGO = ("Forty years ago, the river broke its banks. Ada Moss was teaching at the village school.\n\n"
              "She joined the rescue crews that July, and by September she was running the shelter. She "
              "left the valley on Christmas Eve.")
# A story set on a full date goes on through its week: "By Tuesday night ... was" is told, not a deadline,
# and "That afternoon", "that weekend" carry the scene on into the next paragraph.
_STORM = ("The snow began on Monday, Feb. 3, 2003, and for the next five days it barely stopped. By Tuesday "
          "night the drifts along the old county road were six feet deep. At 4 a.m. Wednesday the roof of "
          "the feed store caved in.\n\n"
          "That afternoon the church hall opened as a shelter. By Friday almost 200 people were sleeping "
          "there. Three cattle sheds collapsed that weekend, and the last road was cleared on March 2.")
# A season counted from the story ("The following spring") sets the scene for the months after it.
_COMEBACK = ("Two years ago, Dana Ruiz could not bend her knee. She tore the ligament on May 2, 2021, during a "
             "cup final. The following spring brought a setback. Surgeons removed a cyst in April, and she "
             "did not run again until late August.")
# A past perfect aside in a later sentence of the paragraph, before the main line's date: the main line
# resumes after it.
_ASIDE_IN_PARAGRAPH = ("The ferry Curlew sank off Skerry Point on 9 November 1921. A board of inquiry sat the "
                       "following spring. It heard that a surveyor had condemned her hull in March 1919. Its "
                       "report, issued on 14 July, blamed the owners.")
# A year in a relative clause on an apposed noun ("a step that anticipated ... in 1871") is an aside: the
# story's year holds.
_APPOSED_ASIDE = ("Fever reached the port of Walden on 3 June 1866. The board closed the wells two weeks later, "
                  "a step that anticipated the great sanitary reform in Leeds in 1871.\n\n"
                  "Deaths fell in August, and by October the port was declared clean.")
# News: year-less dates of the publication year, whatever a background year says.
_NEWS = ("The council voted on Tuesday to close the pool. The pool, which opened in 1968, shut for repairs in "
         "March and will reopen in September.")
_NEWS_BY = "By Friday the council will decide whether the pool reopens."
# A plan told in a past story keeps the year the plan was made for.
_PLAN = ("The schooner Marten left Tromso on June 3, 1911. Her captain intended to winter on the ice and, the "
         "following summer, to push on to the north coast.\n\nShe was beset in late August.")

CASES = [
    (_YEARS_AGO_MONTH, "2016-12-14", "Christmas Day", "1986-12-25", "DATE"),
    (_YEARS_AGO_MONTH, "2016-12-14", "the following spring", "1987-SP", "DATE"),
    (_YEARS_AGO, "2015-06-10", "that July", "1975-07", "DATE"),
    (_YEARS_AGO, "2015-06-10", "September", "1975-09", "DATE"),
    (_YEARS_AGO, "2015-06-10", "Christmas Eve", "1975-12-24", "DATE"),
    (_STORM, "2004-01-18", "Tuesday night", "2003-02-04TNI", "TIME"),
    (_STORM, "2004-01-18", "4 a.m. Wednesday", "2003-02-05T04:00", "TIME"),
    (_STORM, "2004-01-18", "That afternoon", "2003-02-05TAF", "TIME"),
    (_STORM, "2004-01-18", "Friday", "2003-02-07", "DATE"),
    (_STORM, "2004-01-18", "March 2", "2003-03-02", "DATE"),
    (_COMEBACK, "2023-09-20", "April", "2022-04", "DATE"),
    (_COMEBACK, "2023-09-20", "late August", "2022-08", "DATE"),
    (_ASIDE_IN_PARAGRAPH, "2009-05-11", "14 July", "1922-07-14", "DATE"),
    (_APPOSED_ASIDE, "2020-03-02", "August", "1866-08", "DATE"),
    (_APPOSED_ASIDE, "2020-03-02", "October", "1866-10", "DATE"),
    # must not change
    (_NEWS, "2019-05-15", "March", "2019-03", "DATE"),
    (_NEWS, "2019-05-15", "September", "2019-09", "DATE"),
    (_NEWS_BY, "2019-05-15", "Friday", "2019-05-17", "DATE"),
    (_PLAN, "2018-04-02", "late August", "1911-08", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_retrospective_years(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
