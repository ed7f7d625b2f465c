"""Round 58 (from the errors of blind99, accident and incident investigation reports, and blind83, food,
restaurant and lifestyle features): a 24-hour clock time given to the second ("the alarm sounded at
17:48:30") is one TIME with its seconds in the value; a listing of opening hours joins two weekdays with a
dash, often abbreviated ("Dinner Tue\u2013Sat, 5\u201310pm", "Open Wed-Sun"), and each end recurs every week
(SET), as "open Tuesday to Saturday" does; and "by noon yesterday", like "at noon yesterday", is one TIME.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a clock time to the second
    ("The relief valve lifted at 03:41:17 and the crew shut the boiler down.", "2015-09-02", "03:41:17",
     "2015-09-02T03:41:17", "TIME"),
    ("Contact with the drone was lost at 14:06:52 on 3 May 2019, the board found.", "2019-07-30", "14:06:52",
     "2019-05-03T14:06:52", "TIME"),
    ("The recorder shows the door opened by 21:15:05, well before the bell.", "2015-09-02", "21:15:05",
     "2015-09-02T21:15:05", "TIME"),
    # ... but a race time stays a duration
    ("She took the title in 2:21:40 on a windy course.", "2015-09-02", "2:21:40", "PT2H21M40S", "DURATION"),
    # a listing's dashed range of weekdays: each end a set
    ("Brindle Bakery, 22 Weir Street. Lunch Mon\u2013Fri, noon\u20132.30pm; closed Sundays.", "2004-06-11",
     "Mon", "XXXX-WXX-1", "SET"),
    ("Brindle Bakery, 22 Weir Street. Lunch Mon\u2013Fri, noon\u20132.30pm; closed Sundays.", "2004-06-11",
     "Fri", "XXXX-WXX-5", "SET"),
    ("The noodle bar on the corner is open Thu-Sun from late morning.", "2004-06-11", "Thu", "XXXX-WXX-4",
     "SET"),
    ("The noodle bar on the corner is open Thu-Sun from late morning.", "2004-06-11", "Sun", "XXXX-WXX-7",
     "SET"),
    ("Suppers Wednesday\u2013Saturday, 6\u201310pm, at the old mill.", "2004-06-11", "Saturday", "XXXX-WXX-6",
     "SET"),
    # ... but one week's days stay dated
    ("The counter will be shut Tuesday-Thursday next week for repairs.", "2004-06-11", "Tuesday",
     "2004-06-15", "DATE"),
    # "by noon yesterday": one TIME
    ("By noon yesterday the farm shop had run out of eggs.", "2011-04-08", "noon yesterday",
     "2011-04-07T12:00", "TIME"),
    ("Every pie was gone by midday yesterday, the baker said.", "2011-04-08", "midday yesterday",
     "2011-04-07T12:00", "TIME"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # three-letter day names joined by a dash without a listing around them
    ("The Sat-Sun shuttle bus was cut from the timetable.", "2004-06-11", "Sat"),
    ("Mon-Wed, the porter said, is a word game he invented.", "2004-06-11", "Mon"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round58(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round58_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
