"""Round 72 (from the errors of blind88, astronomy and sky-watching columns, and blind99, accident and
incident investigation reports): a weekday told with the second of two verbs joined by "and" after "will"
("will vanish behind the Moon at 23:14 and reappear at the dark edge at 00:27 on Wednesday") shares the
modal and lies ahead, even when the first verb phrase is long enough to push "will" out of the words the
tense reader looks at.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    ("The comet will climb slowly above the eastern rooftops of the old town after dusk and then "
     "fade from naked-eye view on Tuesday.", "2011-03-10", "Tuesday", "2011-03-15", "DATE"),
    ("The touring choir will rehearse in the chapel of the former naval college with its new conductor and "
     "perform for the public on Monday.", "2008-07-17", "Monday", "2008-07-21", "DATE"),
    # a past verb after "and" keeps its own tense
    ("The touring choir will rehearse in the chapel of the former naval college next month, and the "
     "organist arrived on Monday.", "2008-07-17", "Monday", "2008-07-14", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round72(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
