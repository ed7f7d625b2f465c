"""Round 136 (cross-set false positives, part 2): a capitalized weekday that is a person's surname. After a
judge's or a councillor's title ("Judge Sunday rejected the motion"); after a title and a first name when the
name stands between commas ("our treasurer, Mrs Ada Sunday, retires") or when the same text names the person
by title and weekday alone on another mention; in a double-barrelled surname ("Ada Sunday-Price"); and signing
off a line with a role ("Tom Friday, Club Secretary"). A weekday after a plain surname ("Mr. Biden Tuesday
said") is still the day it names.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a weekday right after a judge's or councillor's title
    ("Judge Friday dismissed the claim against the council.", "2024-05-08", "Friday", None, "DATE"),
    ("Cllr Thursday voted against the parking scheme.", "2024-05-08", "Thursday", None, "DATE"),
    # counter-case: a weekday after a plain surname after a title is the day
    ("Mr. Biden Tuesday said the deal was done.", "2024-05-08", "Tuesday", "2024-05-07", "DATE"),
    # a title and a first name, the name set off by commas
    ("Our club treasurer, Mrs Ada Sunday, retires next month after 15 years.", "2024-05-08", "Sunday", None,
     "DATE"),
    # counter-case: no commas set the name off
    ("Mrs Okoro Sunday opened the new library wing.", "2024-05-08", "Sunday", "2024-05-05", "DATE"),
    # a title and a first name, the same person named by title and weekday later on
    ("The merger must be cleared by Judge Milton Saturday in Leeds. Judge Saturday has asked for more papers.",
     "2024-05-08", "Saturday", None, "DATE"),
    # counter-case: no second mention names a person by the weekday
    ("The merger must be cleared by Judge Milton Saturday in Leeds. The judge has asked for more papers.",
     "2024-05-08", "Saturday", "2024-05-11", "DATE"),
    # a double-barrelled surname
    ("Press enquiries: Ada Sunday-Price, 555-0100\n", "2024-05-08", "Sunday", None, "DATE"),
    # counter-case: a range of days joined by a hyphen
    ("Opening hours Monday-Friday, 9am to 5pm.", "2024-05-08", "Monday", "XXXX-WXX-1", "SET"),
    # signing off a line with a role
    ("We look forward to seeing members in June.\n\nTom Friday, Club Secretary\n", "2024-05-08", "Friday",
     None, "DATE"),
    # counter-case: a date follows the comma
    ("Published Monday, May 6\n", "2024-05-08", "Monday, May 6", "2024-05-06", "DATE"),
    # holidays keep working
    ("The family will gather on Christmas Eve.", "2024-05-08", "Christmas Eve", "2024-12-24", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_round136(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
