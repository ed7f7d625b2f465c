"""Round 139 (cross-set class: bare weekdays counted the wrong way): a passive after "may", "might" or
"should" ("residents may be allowed home on Friday", "the line should be reopened on Monday") tells a weekday
still to come; a day gone by takes the perfect ("may have been reopened on Friday"), and "could", also the
past of "can", keeps no cue ("could not be located Wednesday" is the day just gone). A weekday set as the
deadline of a request ("had asked the operator for a full report by Friday", "demanded payment by Thursday")
is ahead whatever the tense of the asking; a pluperfect of a thing done by then ("had cleared the roads by
Sunday") is not. An agency or company releasing figures in the present simple ("the bureau publishes its jobs
figures Friday") tells its release calendar; "reports" as a noun ("news reports Thursday said", "reports of
looting on Friday") is no such verb. A day set again ("engineers reset the test for Thursday", "..., setting
the launch for 6:10 a.m. Friday") is ahead, whatever past verb told the news before; "setting a record for
Saturday" sets no day.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a maybe-passive of a weekday: still to come
    ("Families evacuated from the valley may be allowed back on Friday, the fire service said.", "2019-03-13",
     "Friday", "2019-03-15", "DATE"),
    ("The coast road should be reopened on Monday once the landslip is cleared.", "2019-03-13", "Monday",
     "2019-03-18", "DATE"),
    ("Results might be posted Thursday, according to the exam board.", "2019-03-12", "Thursday", "2019-03-14",
     "DATE"),
    # counter-case: the perfect tells a day gone by
    ("The coast road may have been reopened on Monday, a council spokesman said.", "2019-03-13", "Monday",
     "2019-03-11", "DATE"),
    # counter-case: "could" as the past of "can"
    ("Neither of the skippers could be reached Monday for comment.", "2019-03-13", "Monday", "2019-03-11",
     "DATE"),
    # counter-case: a plain past passive stays past
    ("The coast road was reopened on Monday after a week of repairs.", "2019-03-13", "Monday", "2019-03-11",
     "DATE"),
    # a request's deadline, asked in the pluperfect
    ("The regulator said it had asked the operator for a full report by Friday.", "2019-03-11", "Friday",
     "2019-03-15", "DATE"),
    ("The landlord had demanded the unpaid rent by Thursday.", "2019-03-11", "Thursday", "2019-03-14", "DATE"),
    # counter-case: a pluperfect of a thing done by the day
    ("Council crews had cleared the main roads by Sunday.", "2019-03-11", "Sunday", "2019-03-10", "DATE"),
    # a release of figures told in the present simple
    ("The statistics bureau publishes its monthly jobs figures Friday.", "2019-03-12", "Friday", "2019-03-15",
     "DATE"),
    ("The carmaker reports quarterly earnings on Thursday, a week after its rival.", "2019-03-12", "Thursday",
     "2019-03-14", "DATE"),
    # counter-case: "reports" as a noun
    ("News reports Thursday said the ferry had been diverted.", "2019-03-12", "Thursday", "2019-03-07", "DATE"),
    ("Two reports of looting on Friday were later denied by the police.", "2019-03-12", "Friday", "2019-03-08",
     "DATE"),
    # a day set again
    ("The valve was replaced overnight, and engineers reset the engine test for Thursday.", "2019-03-12",
     "Thursday", "2019-03-14", "DATE"),
    ("Controllers cleared the fault, setting the launch for 6:10 a.m. Friday.", "2019-03-12", "6:10 a.m. Friday",
     "2019-03-15T06:10", "TIME"),
    # counter-case: a record, no day set
    ("The heat wave peaked, setting a record for Saturday.", "2019-03-12", "Saturday", "2019-03-09", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_round139(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
