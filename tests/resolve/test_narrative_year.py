"""When a year-less date takes the year a narrative last wrote out, and when it does not.

A history dates "13 June" by the year of its story; news with a background sentence ("Smith, who joined
in 2009, resigned on April 4") dates it by publication. Every text is invented for these tests.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.resolve import resolve

PUB = dt.date(2023, 5, 17)   # a Wednesday

CASES = [
    # a bare year as the main clause's time adverbial sets the scene
    ("In 1863, the army crossed the river. On 13 June, it reached the town.", "13 June", "1863-06-13"),
    ("The siege began on 2 May 1863. Scouts arrived on 13 June.", "13 June", "1863-06-13"),
    ("The railway reached the valley in 1871, and in March the first train ran.", "March", "1871-03"),
    # a year inside a relative clause is background: the date is news
    ("Smith, who joined the firm in 2009, resigned on April 4.", "April 4", "2023-04-04"),
    ("The mayor, whose term began in 2015, signed the order in March.", "March", "2023-03"),
    # a year modifying a noun does not date what follows
    ("The 2008 crisis still shapes policy. In March, the central bank raised rates again.", "March", "2023-03"),
    ("After the 1995 merger, the group grew. It was sold on March 30.", "March 30", "2023-03-30"),
    # a future clause is not part of a history
    ("The museum opened in 1974. It will close on Sept. 1 for repairs.", "Sept. 1", "2023-09-01"),
    # a year close to publication is no narrative
    ("In 2022, the club moved. On 13 March, it played its first match.", "13 March", "2023-03-13"),
]


@pytest.mark.parametrize("text,phrase,value", CASES, ids=[c[1] + ":" + c[0][:30] for c in CASES])
def test_year_less_date(text, phrase, value):
    found = {t.text: t.value for t in resolve(text, PUB)}
    assert found.get(phrase) == value, found
