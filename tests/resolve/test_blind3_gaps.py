"""General gaps found by the third blind evaluation (issue 3), pinned with invented sentences.

Each case: (text, publication date, phrase, expected value, expected type). A phrase expected to be
absent has value None. Every text here is invented for these tests.
"""
from __future__ import annotations


import pytest


from .phrases import check_phrase

CASES = [
    # -- weekday direction --
    # "the spending plan" is a noun: the past verb before it decides (published on a Thursday)
    ("The Senate approved the spending plan Wednesday night by 12 votes.", "1993-03-18",
     "Wednesday night", "1993-03-17TNI", "TIME"),
    # ... while "plan to" still looks ahead
    ("The rail unions plan to strike on Monday.", "1993-03-18", "Monday", "1993-03-22", "DATE"),
    # the later stops of a future itinerary stay in the future
    ("The minister would spend two days in the region, meeting officials in Oslo on Tuesday and in Bergen "
     "on Wednesday, before returning to London to brief MPs on Thursday.", "1997-11-03", "Wednesday",
     "1997-11-05", "DATE"),
    ("The minister would spend two days in the region, meeting officials in Oslo on Tuesday and in Bergen "
     "on Wednesday, before returning to London to brief MPs on Thursday.", "1997-11-03", "Thursday",
     "1997-11-06", "DATE"),
    # ... but a new sentence in the past tense is not part of it
    ("The team will fly to Rome on Friday. It lost to Milan on Wednesday.", "1997-11-03", "Wednesday",
     "1997-10-29", "DATE"),
    # "their last home game" is no past-tense cue
    ("United play their last home game of the season on Tuesday night.", "2019-04-28", "Tuesday night",
     "2019-04-30TNI", "TIME"),
    ("He played his last match on Tuesday.", "2019-04-28", "Tuesday", "2019-04-23", "DATE"),
    # -- months without a year --
    ("The agency will report retail sales for July next week.", "2024-08-15", "July", "2024-07", "DATE"),
    ("The government will publish the jobs figures for March on Friday.", "2010-04-05", "March", "2010-03",
     "DATE"),
    ("The festival will return in July.", "2024-08-15", "July", "2025-07", "DATE"),
    ("The union has warned that more walkouts could follow in early November.", "2008-10-21",
     "early November", "2008-11", "DATE"),
    ("The union said more walkouts could come in early November.", "2008-10-21", "early November",
     "2008-11", "DATE"),
    ("They could only draw the replay on Saturday.", "2019-05-27", "Saturday", "2019-05-25", "DATE"),
    # a range of months: its end is not put before its start
    ("Until last year she swam in the lake each morning from May to October.", "2025-06-03", "October",
     "2025-10", "DATE"),
    ("The roadworks will run from November to March.", "2025-06-03", "March", "2026-03", "DATE"),
    # -- the past week / month: the stretch up to publication --
    ("The index has gained 3 percent over the past week.", "2004-08-12", "the past week", "P1W", "DURATION"),
    ("Rents rose sharply in the past month.", "2008-10-21", "the past month", "P1M", "DURATION"),
    ("Rents rose sharply in the past year.", "2008-10-21", "the past year", "2007", "DATE"),
    # -- compound durations --
    ("The climb took three hours and 15 minutes.", "2021-11-19", "three hours and 15 minutes", "PT3H15M",
     "DURATION"),
    ("The flight lasted about an hour and 20 minutes.", "2021-11-19", "about an hour and 20 minutes",
     "PT1H20M", "DURATION"),
    ("He served two years and seven months in prison.", "2021-11-19", "two years and seven months", "P2Y7M",
     "DURATION"),
    ("It took a year and a half.", "2021-11-19", "a year and a half", "P1Y6M", "DURATION"),
    # -- false friends --
    ("The central bank raised its main rate by a quarter point.", "2004-08-12", "a quarter", None, None),
    ("Analysts expect a quarter-point cut.", "2004-08-12", "a quarter", None, None),
    ("The striker scored in the first half and the visitors equalised early in the second half.",
     "2019-04-28", "the first half", None, None),
    ("The striker scored in the first half and the visitors equalised early in the second half.",
     "2019-04-28", "the second half", None, None),
    ("Profits rose in the first half as costs fell.", "2019-09-16", "the first half", "2019-H1", "DATE"),
    # -- clock time of a coming event named a few sentences before --
    ("Rovers travel to Leeds next Saturday. The ground there was rebuilt in 2007. Kick-off has been moved "
     "to 12.30pm for television.", "2019-04-28", "12.30pm", "2019-05-04T12:30", "TIME"),
    # -- missed expressions --
    ("The whole trial took a single week.", "2021-11-19", "a single week", "P1W", "DURATION"),
    ("She worked on a fishing boat one summer.", "2021-11-19", "one summer", "XXXX-SU", "DATE"),
    ("One winter the harbour froze solid.", "2021-11-19", "One winter", "XXXX-WI", "DATE"),
    ("Most drivers slept fewer than six hours.", "2020-01-10", "fewer than six hours", "PT6H", "DURATION"),
    ("The market runs on Tuesdays and Saturday mornings.", "2016-09-14", "Saturday mornings",
     "XXXX-WXX-6TMO", "SET"),
    ("The choir rehearses on Thursday evenings.", "2016-09-14", "Thursday evenings", "XXXX-WXX-4TEV", "SET"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_blind3_gap(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
