"""Round 98 (from the errors of blind53, company and deal news, and blind60, broadcast transcripts): a
results story names its fiscal quarter with the day that quarter ended ("the fiscal first quarter, which
ended Aug. 31"), which declares a fiscal year ending in any month; named with a fiscal year's label
("fiscal 2018"), the quarter and "the current quarter" take the fiscal labels. Without a label named, or
without "fiscal", a quarter keeps its calendar year.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

_NORVELL = ("Norvell Corp. lifted its outlook for fiscal 2020 after sales rose 9% in the fiscal second quarter, "
            "which ended Nov. 30. Net income was $41 million, up from $30 million in the year-earlier quarter. "
            "For the current quarter, which ends Feb. 29, Norvell expects sales of about $700 million. "
            "It now sees sales for the year of $2.8 billion, up from its earlier range.")
_BRANDO = ("Brando Stores Inc. said fiscal 2021's fourth quarter, which ended Jan. 31, brought its best holiday "
           "sales in a decade. It plans to book most of the closing costs this quarter.")

_SEOUL = ("MARTA LINDQVIST, host: Good evening. We go first to Seoul, where it is already Wednesday. Owen?\n\n"
          "OWEN GRADY reporting: Marta, the strike began at 6 a.m. here, and the unions met again this morning. "
          "Ferries are still running.\n\n"
          "MARTA LINDQVIST: Owen Grady in Seoul. Back home, the council voted this evening to close the bridge.")

CASES = [
    # a correspondent whose day is already the next one: "this morning" and a bare clock time are that day
    (_SEOUL, "2022-05-10", "this morning", "2022-05-11TMO", "TIME"),
    (_SEOUL, "2022-05-10", "6 a.m.", "2022-05-11T06:00", "TIME"),
    # the host's own turn afterwards is back on the day of publication
    (_SEOUL, "2022-05-10", "this evening", "2022-05-10TEV", "TIME"),
    # "already" naming the day of publication itself shifts nothing
    ("ANNA BELL, host: We go to Auckland, where it is already Tuesday. Sam?\n\nSAM ORTIZ reporting: Anna, the "
     "vote came this morning.", "2022-05-10", "this morning", "2022-05-10TMO", "TIME"),
    # an interviewer takes a guest back in time: a past month, not the coming one
    ("HOST: Take me back to mid-October. GUEST: We had no idea what was coming.", "2021-06-02", "mid-October",
     "2020-10", "DATE"),
    ("Take us back to the night of October 3.", "2021-06-02", "the night of October 3", "2020-10-03TNI", "TIME"),
    # going back somewhere in a month is a trip still to come
    ("The family will go back in November to see the house again.", "2021-06-02", "November", "2021-11", "DATE"),
    # a habit, then a reporter's own visit at a clock time: that visit's day
    ("Hundreds of walkers cross the bridge every morning, and the ones we met there at a quarter to eight were "
     "soaked.", "2018-11-06", "a quarter to eight", "2018-11-06T07:45", "TIME"),
    # the clock time of the habit itself stays on no one day
    ("Hundreds of walkers cross the bridge every morning, most of them at a quarter to eight.", "2018-11-06",
     "a quarter to eight", "XXXX-XX-XXT07:45", "TIME"),
    # "the quarter" after a sentence naming the current quarter and, after it, the month of a remark
    ("Brisco said it expects profit in the current quarter of 40 cents a share, below the forecast it made in "
     "January. Analysts had expected 45 cents for the quarter.", "2015-05-06", "the quarter", "2015-Q2", "DATE"),
    # a month with no quarter in its sentence still sets the quarter
    ("Sales at the chain rose 4 percent in January, it said. Margins for the quarter were thin.", "2015-05-06",
     "the quarter", "2015-Q1", "DATE"),
    # "a year earlier" in a sentence of its own quarter, after the quarter being reported on
    ("Ardent will report results for the third quarter on Nov. 4. In the second quarter, it earned $40 million, "
     "compared with $31 million a year earlier.", "2019-10-20", "a year earlier", "2018-Q2", "DATE"),
    # "the quarter" pointing back is no quarter of its own: the quarter reported on
    ("Ardent earned $40 million in the third quarter. Revenue for the quarter rose 5% from a year earlier.",
     "2019-10-20", "a year earlier", "2018-Q3", "DATE"),
    # a runway told in reported speech: what the cash lasts through is still ahead
    ("The founder said the charity had enough money to keep running through the summer.",
     "2019-02-20", "the summer", "2019-SU", "DATE"),
    # a summer the shops stayed open through is gone
    ("The chain stayed open through the summer, the chief executive said.", "2019-02-20",
     "the summer", "2018-SU", "DATE"),
    ("The mayor said the town had enough water to keep going through the summer.", "2019-02-20", "the summer",
     "2019-SU", "DATE"),
    # "that afternoon" after a past weekday's morning, though the publication day was told before
    ("The ferry sailed again at 9 this morning. By Tuesday morning the harbour wall had cracked. The council "
     "closed the quay that afternoon.", "2016-03-12", "that afternoon", "2016-03-08TAF", "TIME"),
    # "this afternoon" after a past weekday's morning is still the publication day's
    ("The ferry sailed again at 9 this morning. By Tuesday morning the harbour wall had cracked. Engineers will "
     "inspect it this afternoon.", "2016-03-12", "this afternoon", "2016-03-12TAF", "TIME"),
    # a fiscal quarter told with its closing day, the fiscal year's label named: fiscal labels
    (_NORVELL, "2019-12-18", "the fiscal second quarter", "2020-Q2", "DATE"),
    (_NORVELL, "2019-12-18", "the current quarter", "2020-Q3", "DATE"),
    (_NORVELL, "2019-12-18", "the year-earlier quarter", "2019-Q2", "DATE"),
    (_NORVELL, "2019-12-18", "the year", "2020", "DATE"),
    # the label in the quarter's own name, a year ending in January
    (_BRANDO, "2021-03-03", "this quarter", "2022-Q1", "DATE"),
    # no fiscal label named anywhere: the quarter keeps the calendar year it fell in
    ("Ardent Mills Ltd. earned C$5 million in the fiscal first quarter ended Sept. 30, against a loss a year "
     "earlier.", "1995-10-20", "the fiscal first quarter", "1995-Q1", "DATE"),
    # an outlook for the year with no fiscal year declared: the calendar year
    ("Harrow Bank now sees revenue for the year of $2 billion, up from its earlier range.", "2019-10-25",
     "the year", "2019", "DATE"),
    # a calendar quarter with its closing day, though a fiscal year is named: calendar quarters
    ("Harrow Bank's profit rose in the third quarter, which ended Sept. 30, and it kept its goals for fiscal "
     "2020. It expects loan growth to slow this quarter.", "2019-10-25", "this quarter", "2019-Q4", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round98(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
