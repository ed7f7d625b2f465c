"""Round 43 (from the errors of blind67, announcements and schedules, and blind29, local life and culture): clock
times kept over a run of days are the times of no one day (TimeML XXXX-XX-XXT09:00): hours followed by the run
("open from 9 a.m. to 5 p.m. through Oct. 12", "from 10 a.m. to 8 p.m. from June through August"), hours right
after two days joined by "and"/"or" ("Friday and Saturday from noon to 10 p.m."), and the end of a range whose
start is such a time; and the bilingual month codes of Canadian labels ("Best Before 2010 DE 04"), read between
a year and a day when written in capitals.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # hours kept over a run of days named after them
    ("The orchard stand will be open from 9 a.m. to 5 p.m. through Oct. 12.", "2012-04-10", "9 a.m.",
     "XXXX-XX-XXT09:00", "TIME"),
    ("The orchard stand will be open from 9 a.m. to 5 p.m. through Oct. 12.", "2012-04-10", "5 p.m.",
     "XXXX-XX-XXT17:00", "TIME"),
    ("The lido is open from 10 a.m. to 8 p.m. from June through August.", "2012-04-10", "8 p.m.",
     "XXXX-XX-XXT20:00", "TIME"),
    ("Lane closures will last from 9.30am to 3.30pm until mid-November.", "2012-04-10", "9.30am",
     "XXXX-XX-XXT09:30", "TIME"),
    # hours right after two days joined by "and" / "or"
    ("The county fair runs Friday and Saturday from noon to 10 p.m. at the showground.", "2012-04-10", "noon",
     "XXXX-XX-XXT12:00", "TIME"),
    ("The county fair runs Friday and Saturday from noon to 10 p.m. at the showground.", "2012-04-10", "10 p.m.",
     "XXXX-XX-XXT22:00", "TIME"),
    ("The branch library opens Monday and Wednesday at 1 p.m. for the winter.", "2012-04-10", "1 p.m.",
     "XXXX-XX-XXT13:00", "TIME"),
    # one day's time stays on its day
    ("Flood warnings will be posted at 5 p.m. through the county website.", "2012-04-10", "5 p.m.",
     "2012-04-10T17:00", "TIME"),
    ("The gale struck between Monday and Tuesday at 3 a.m., cutting power.", "2012-04-10", "3 a.m.",
     "2012-04-10T03:00", "TIME"),
    ("The gates open at 9 a.m. on Saturday and close at 4 p.m.", "2012-04-10", "9 a.m.", "2012-04-14T09:00",
     "TIME"),
    # a Canadian label's year, month code and day
    ("The recalled jars are marked Best Before 2010 DE 04 on the lid.", "2010-11-26", "2010 DE 04", "2010-12-04",
     "DATE"),
    # in lower case, a word of running text: the year stands alone
    ("Le rapport annuel 2010 de 04 pages est en ligne.", "2011-03-02", "2010", "2010", "DATE"),
    ("Trays stamped Packaged On 2019 JN 12 should be returned.", "2019-07-02", "2019 JN 12", "2019-06-12", "DATE"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # a code in lower case is a word of running text
    ("Le rapport annuel 2010 de 04 pages est en ligne.", "2011-03-02", "de 04"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round43(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round43_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
