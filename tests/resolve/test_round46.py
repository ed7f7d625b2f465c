"""Round 46 (from the errors of blind102, wire photo captions and news briefs, and blind100, museums and
heritage): "this" as the determiner of a thing dated by a full date after it ("In this May 3, 1981, file
photo") leaves the date whole, not "this May"; "c.", "ca." and "circa" before a year are a hedged year, as
"around 1320" is; the closing year of "from 1885 to 1890" is a year however old; a year after "dated" or
"the date" is the year written on a thing; and a clock time before "the previous night" is one TIME on the
day before the day in focus.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # "this" + a full date: the date, not the month of publication's year
    ("FILE - In this Oct. 2, 1979, file photo, pickets stand outside a steel mill.", "2003-05-14", "Oct. 2, 1979",
     "1979-10-02", "DATE"),
    ("FILE - In this March 21, 2001 file photo, a farmer loads hay onto a cart.", "2003-05-14", "March 21, 2001",
     "2001-03-21", "DATE"),
    ("Delegates at this Nov. 8 meeting rejected the budget.", "2003-05-14", "Nov. 8", "2002-11-08", "DATE"),
    # "this <month>" alone is still the month
    ("The orchard will open to pickers this September.", "2003-05-14", "this September", "2003-09", "DATE"),
    # circa before a year
    ("The teapot was made in Meissen c. 1745, the catalogue says.", "2015-02-10", "c. 1745", "1745", "DATE"),
    ("A carved oak chest, ca. 1630, stands in the hall.", "2015-02-10", "ca. 1630", "1630", "DATE"),
    ("The estate map was drawn circa 1612 and redrawn later.", "2015-02-10", "circa 1612", "1612", "DATE"),
    ("The sampler, stitched c.1802, hangs upstairs.", "2015-02-10", "c.1802", "1802", "DATE"),
    # the closing year of "from <year> to <year>"
    ("The ledgers cover the years from 1871 to 1889 in full.", "2015-02-10", "1889", "1889", "DATE"),
    ("The chapel was in use from 1610 until 1655, the guide said.", "2015-02-10", "1655", "1655", "DATE"),
    # a year written on a thing
    ("Under the plaster they found a beam dated 1594 and a coin.", "2015-02-10", "1594", "1594", "DATE"),
    ("The smallest bell carries the date 1672 on its rim.", "2015-02-10", "1672", "1672", "DATE"),
    # a clock time in the part of the day before the day in focus
    ("The trawler docked on Aug. 9, 2014, after leaving port at 10:15 p.m. the previous night.", "2015-02-10",
     "10:15 p.m. the previous night", "2014-08-08T22:15", "TIME"),
    ("The road reopened on 6 March 2013; crews had started at 4 a.m. the preceding morning.", "2015-02-10",
     "4 a.m. the preceding morning", "2013-03-05T04:00", "TIME"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    # a count after circa
    ("The rally drew circa 1500 people to the square.", "2015-02-10", "1500"),
    # a count range, not years
    ("Rents went from 1500 to 1650 pounds a month.", "2015-02-10", "1650"),
    # an old number after "to" with no opening year before it
    ("The cell numbers run up to 1640 on the top floor.", "2015-02-10", "1640"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round46(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round46_not_tagged(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
