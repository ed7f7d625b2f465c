"""Round 133 (cross-set round on false positives): "a quarter" as a share ("a quarter-inch of snow", "takings
fell by as much as a quarter", "A quarter had never voted") is no length of time; a weather record's count of
the days on which rain or snow fell ("it snowed on only five days", "rain on all but three days") is a tally,
no length. A given-name month with a surname after "to" or "by" is a person when the words before cannot lead
to a date ("Congratulations to May Ridley", "a petition organised by June Okafor"). A four-digit label ("rooms numbered 1901 to 1930", "item 1923 in
the register", the asteroid "2019 QK4") or an index's base ("(2010=100)") is no year.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a quarter as a share
    ("Forecasters warned that a quarter-inch of ice could bring down power lines.", "2014-01-08", "a quarter",
     None, None),
    ("Bakers said their takings fell by as much as a quarter after the bridge closed.", "2014-01-08",
     "a quarter", None, None),
    ("Of the 400 tenants polled, a quarter had never met their landlord.", "2014-01-08", "a quarter", None, None),
    # counter-cases: a quarter of a year
    ("The bakery traded at a loss for a quarter before the new oven paid off.", "2014-01-08", "a quarter",
     "P1Q", "DURATION"),
    ("Work on the bridge will take a quarter-century, the engineers warned.", "2014-01-08", "a quarter-century",
     "P25Y", "DURATION"),
    # a weather record's tally of days
    ("The almanac shows it snowed on only five days last winter.", "2014-01-08", "five days", None, None),
    ("Gardeners recorded rain on all but three days in June.", "2014-01-08", "three days", None, None),
    ("Since 2010 there has been frost on more than 40 days each year.", "2014-01-08", "40 days", None, None),
    # counter-cases: a length of time, or a tally of days of work
    ("The rain went on for three days and flooded the valley.", "2014-01-08", "three days", "P3D", "DURATION"),
    ("Fishermen could put to sea on only nine days in March.", "2014-01-08", "nine days", "P9D", "DURATION"),
    # a month as a first name after "to" or "by"
    ("Congratulations to May Ridley, who has run the shop for ten years.", "2014-01-08", "May", None, None),
    ("A petition organised by June Okafor changed the council's mind.", "2014-01-08", "June", None, None),
    ("The flat next to May Court is let unfurnished.", "2014-01-08", "May", None, None),
    # counter-cases: the month after "by" or "to"
    ("The report will be finished by May, the minister said.", "2014-01-08", "May", "2014-05", "DATE"),
    ("Prices rose from March to May Britain's statistics office said.", "2014-01-08", "May", "2013-05", "DATE"),
    # a four-digit label or an index's base
    ("The 30 rooms, numbered 1901 to 1930, were closed to guests.", "2014-01-08", "1901", None, None),
    ("The 30 rooms, numbered 1901 to 1930, were closed to guests.", "2014-01-08", "1930", None, None),
    ("The painting is item 1923 in the museum's register.", "2014-01-08", "1923", None, None),
    ("The asteroid 2019 QK4 will pass close to Earth.", "2014-01-08", "2019", None, None),
    ("The price index (2010=100) stood at 104.2.", "2014-01-08", "2010", None, None),
    # counter-cases: years
    ("The rooms were built from 1901 to 1930 by the same firm.", "2014-01-08", "1930", "1930", "DATE"),
    ("The local 2004 elections were the closest in memory.", "2014-01-08", "2004", "2004", "DATE"),
    ("Prices have risen by a tenth since 2010, the index shows.", "2014-01-08", "2010", "2010", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round133(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
