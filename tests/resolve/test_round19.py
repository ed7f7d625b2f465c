"""Round 19 (from the errors of blind45, political news): a countdown ("four days left before Tuesday's
vote") looks ahead; "said Tuesday" is the day of a statement, never a later Tuesday named with its date;
"no earlier than" bounds a time (and keeps a year after "than"); a wish with a deadline ("wants the plan
approved by December") and "a final televised debate Sunday" are no past; the base of a change ("down from
$3 billion in August") is past; an "after ...ing" clause after a day dates the weekday before it; "every
fortnight" recurs; "normally last two hours" is the verb; a month of an earlier paragraph is no base of
"last year's"; "the referendum of June 2016" sets no narrative year; a lower-case "election day" is no
holiday.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

_OATH = ("The new mayor will name her team on Monday, the day the budget year begins, after beating her rival "
         "in a council vote on Wednesday night. She won shortly after 10.15pm and took the oath the next morning.")

CASES = [
    # a countdown from the time of writing, whatever the tense of the main clause
    ("With three days left before Monday's vote, the mayor said Thursday she was confident.", "2010-10-22",
     "Monday", "2010-10-25", "DATE"),
    ("With two weeks remaining until Saturday's final, fans queued overnight.", "2010-10-22", "Saturday",
     "2010-10-23", "DATE"),
    # the day of a statement is not after publication, even if that weekday was dated ahead earlier
    ("The minister will table the bill on Tuesday, March 22. A spokesman said Tuesday the minister would "
     "not comment.", "2011-03-16", "Tuesday", "2011-03-15", "DATE"),
    ("The minister will table the bill on Tuesday, March 22. Officials said the debate would open Tuesday.",
     "2011-03-16", "Tuesday", "2011-03-22", "DATE"),
    # "no earlier than": a bound of time, no past; a year after "than" is a year
    ("A defeat would put the vote no earlier than early March.", "2010-10-22", "early March", "2011-03", "DATE"),
    ("The referendum would be held no earlier than 2012.", "2010-10-22", "2012", "2012", "DATE"),
    ("The club expects more than 2012 people at the gala.", "2010-10-22", "2012", None, None),
    # a wish with a deadline looks ahead
    ("The council has said it wants the new plan approved by December.", "2010-10-22", "December", "2010-12",
     "DATE"),
    # "a final televised debate": an adjective, no past verb
    ("The two rivals meet for a final televised debate Sunday night in Dover.", "2010-10-22", "Sunday night",
     "2010-10-24TNI", "TIME"),
    # the base of a change is a figure already known
    ("The surplus was likely to be $2 billion, down from a forecast of $3 billion in August, he said.",
     "2010-10-22", "August", "2010-08", "DATE"),
    # an "after ...ing" clause following a day of its sentence: the weekday before that day
    (_OATH, "2013-06-29", "Wednesday night", "2013-06-26TNI", "TIME"),
    (_OATH, "2013-06-29", "10.15pm", "2013-06-26T22:15", "TIME"),
    (_OATH, "2013-06-29", "the next morning", "2013-06-27TMO", "TIME"),
    ("She resigned on Friday after losing a vote on Thursday.", "2013-06-29", "Thursday", "2013-06-27", "DATE"),
    # a recurrence every two weeks
    ("The town board meets every fortnight in the school hall.", "2022-02-16", "every fortnight", "P2W", "SET"),
    # "last" as a verb after an adverb or a pronoun: the count alone is the duration
    ("Sessions normally last two hours each.", "2022-02-16", "two hours", "PT2H", "DURATION"),
    ("They often last three days.", "2022-02-16", "three days", "P3D", "DURATION"),
    ("Sales fell in the last three years.", "2022-02-16", "the last three years", "P3Y", "DURATION"),
    # a month told in passing a paragraph before is no base for "last year's"
    ("The board was formed after the vote of May 2018.\n\nLast year's budget cut rail funds.", "2019-02-07",
     "Last year", "2018", "DATE"),
    # "the referendum of June 2016": an event named, no narrative year for a later day
    ("The vote will be the third in three years, after the election of 2015 and the referendum of June 2016. "
     "Officials warned that the deadline to register, 22 May, left little time.", "2017-04-19", "22 May",
     "2017-05-22", "DATE"),
    # "election day" in lower case is the day of any election
    ("A defeat would put election day no earlier than early May.", "2011-03-16", "election day", None, None),
    ("Polls open at 6 a.m. on Election Day.", "2011-03-16", "Election Day", "2011-11-08", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round19(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
