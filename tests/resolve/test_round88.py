"""Round 88 (from the errors of blind80, music, film and TV news, and blind23, business and markets wire):
a month or a season "of this year" is one expression of the publication year; "the previous fiscal year" is
the year before the one in focus; "the Saturday", "the bank holiday Monday" after the days of an event were
dated (in the paragraph or the one before) are those days, the article inside the extent; "the August bank
holiday weekend" is the weekend before that Monday; "the 6.30pm show tomorrow" is tomorrow's;
"Tickets, priced £14.50, go on sale on Friday": the aside's participle is no past tense of the clause; "told analysts ... that November had been weak" is a
clause after "that", the month named on its own.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a month of this year, one expression
    ("The dam is due to open in November of this year.", "2024-09-12", "November of this year", "2024-11", "DATE"),
    ("Rates were cut four times between May 2023 and June of this year.", "2024-09-12", "June of this year",
     "2024-06", "DATE"),
    # ... not one that runs into "this year's"
    ("The council debated in June of this year's budget round.", "2024-09-12", "June of this year", None, None),
    # a season of this year
    ("The bridge was repainted in the spring of this year.", "2021-06-09", "the spring of this year", "2021-SP",
     "DATE"),
    ("The firm hired in the spring of this year's intake.", "2021-06-09", "the spring of this year", None, None),
    # the previous fiscal year: the year before the one in focus
    ("The co-op earned $4 million in fiscal 2012, up from $3 million in the previous fiscal year.", "2012-11-20",
     "the previous fiscal year", "2011", "DATE"),
    # ... not a year told with its end, which is a length
    ("The club lost $2 million in the prior fiscal year ended June 30.", "2012-11-20", "the prior fiscal year",
     None, None),
    # "the Saturday" after the days of an event were dated
    ("The fair runs from Thursday 9 July to Sunday 12 July. Judging starts at 10am on the Saturday.",
     "2026-03-02", "the Saturday", "2026-07-11", "DATE"),
    ("The show runs from Saturday 2 May to Monday 4 May, closing at 6pm on the bank holiday Monday.",
     "2026-03-02", "the bank holiday Monday", "2026-05-04", "DATE"),
    # ... a paragraph later too
    ("The regatta runs from Friday 14 August to Sunday 16 August.\n\nThe Olmsted crew, who won last year, will "
     "race on the Sunday, after a tour of Norway.", "2026-03-02", "the Sunday", "2026-08-16", "DATE"),
    # ... not a newspaper's name, nor a weekday with no dates before it
    ("The fair runs from Thursday 9 July to Sunday 12 July. It was reviewed in the Sunday Herald.", "2026-03-02",
     "the Sunday", None, None),
    ("We always met on the Friday, she said.", "2026-03-02", "the Friday", None, None),
    # ... nor two paragraphs away
    ("The regatta runs from Friday 14 August to Sunday 16 August.\n\nTickets cost £10.\n\nThe club will meet "
     "on the Sunday to choose a captain.", "2026-03-02", "the Sunday", None, None),
    # a bank holiday weekend with its month
    ("The steam fair will come back to the showground over the May bank holiday weekend.", "2023-02-14",
     "the May bank holiday weekend", "2023-W17-WE", "DATE"),
    # ... and the bank holiday alone is still its Monday
    ("Shops will shut on the August bank holiday.", "2026-04-22", "the August bank holiday", "2026-08-31", "DATE"),
    # a clock time told of an event, its day after the event's noun
    ("She will take questions after the 6.30pm show tomorrow.", "1993-06-25", "6.30pm", "1993-06-26T18:30",
     "TIME"),
    # ... not a day of the next sentence
    ("The 6pm show was cancelled. Tomorrow the band rests.", "1993-06-25", "6pm", "1993-06-25T18:00", "TIME"),
    # a participle's aside between commas is no tense of the clause
    ("Seats, priced £12.50, go on sale at 10am on Friday.", "2001-02-14", "Friday", "2001-02-16", "DATE"),
    # ... the clause's own past verb still is
    ("Seats, priced at £20, went on sale on Friday.", "2001-02-14", "Friday", "2001-02-09", "DATE"),
    # "that" a conjunction after a verb of saying, the month named on its own
    ("The chief executive told analysts on a call that November had been a weak month.", "2019-02-26",
     "November", "2018-11", "DATE"),
    # ... but "that November" after a year in focus is that year's
    ("The rebels laid down arms in 2003, and a truce signed that November was still holding.", "2022-02-16",
     "that November", "2003-11", "DATE"),
    # ... and a weekday so told keeps its reading
    ("The post office said on Monday that Thursday is the last day for cards.", "2008-12-15", "that Thursday",
     "2008-12-18", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round88(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=False)
