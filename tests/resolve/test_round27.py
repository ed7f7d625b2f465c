"""Round 27 (from the errors of blind70, sports reports, and blind29, local community news): a possessive
weekday whose event noun phrase is followed by "will" ("Saturday's final against the hosts will be ...")
and a weekday followed by "is at" and a clock time are still to come; "the weekend before (after)
Halloween" is one week-end; "every Christmas Eve" recurs; "two summers ago"; solstices and equinoxes;
"most afternoons"; "yearlong"; the quarter of a game is no calendar quarter, while "a March win" is
dated; a margin like "by 0:48" is no clock time; and "current" before a place in use ("its current
building") dates nothing.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a possessive weekday, then its event and "will": the coming one
    ("The reserves trained in the rain. Friday's final against the league leaders will decide the title.",
     "2015-09-21", "Friday", "2015-09-25", "DATE"),
    ("Stewards confirmed today that Sunday's race will start at 3pm.", "2011-05-05", "Sunday", "2011-05-08",
     "DATE"),
    # a weekday, then "is at" and a clock time: a schedule
    ("Tip-off at the arena on Thursday is at 8pm, and tickets remain.", "2009-02-09", "Thursday", "2009-02-12",
     "DATE"),
    # the weekend before (after) a holiday
    ("The lantern walk will fill the park the weekend before Halloween.", "2024-07-03", "the weekend before Halloween",
     "2024-W43-WE", "DATE"),
    ("Shops stayed busy the weekend after Christmas.", "2016-12-29", "the weekend after Christmas", "2016-W52-WE",
     "DATE"),
    # a fixed-date holiday each year
    ("He has rung the chapel bell every Christmas Eve since 1988.", "2012-03-01", "every Christmas Eve",
     "XXXX-12-24", "SET"),
    # seasons counted back
    ("The bandstand was repainted two summers ago.", "2005-10-11", "two summers ago", "2003-SU", "DATE"),
    ("Four winters ago the canal froze over.", "2018-02-20", "Four winters ago", "2014-WI", "DATE"),
    # solstices and equinoxes, "the" and all
    ("Drummers will greet the summer solstice on the hill.", "2013-04-02", "the summer solstice", "2013-06-21",
     "DATE"),
    ("A lantern parade marks the winter solstice in the old town.", "2013-11-02", "the winter solstice",
     "2013-12-21", "DATE"),
    # most parts of days
    ("Fog rolls off the bay most mornings in August.", "2020-05-05", "most mornings", "XXXX-XX-XXTMO", "SET"),
    ("Squalls sweep the course most afternoons.", "2020-05-05", "most afternoons", "XXXX-XX-XXTAF", "SET"),
    # a unit and "long" in one word
    ("The board approved a yearlong review of bus routes.", "2020-05-05", "yearlong", "P1Y", "DURATION"),
    ("A weeklong kite festival opens the summer.", "2020-05-05", "weeklong", "P1W", "DURATION"),
    # a month modifying an event after "a"
    ("The forward scored twice in a January loss to the Hawks.", "2019-06-10", "January", "2019-01", "DATE"),
    # a calendar quarter still is one
    ("Revenue fell in the fourth quarter of a difficult year.", "2019-06-10", "the fourth quarter", "2018-Q4",
     "DATE"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # the quarter of a game
    ("The center scored 14 in the third quarter of a February win over Reno.", "2019-06-10",
     "the third quarter"),
    ("She scored 9 points in the second quarter and sat out the rest.", "2019-06-10", "second quarter"),
    # a margin in minutes and seconds
    ("The Belgian now leads the overall standings by 0:37 with six stages left.", "2003-07-15", "0:37"),
    # "current" before a place in use
    ("The choir moved to its current building in 1961.", "2012-03-01", "current"),
    # a march is no month
    ("Veterans staged a march through the square.", "2012-03-01", "march"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round27(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round27_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
