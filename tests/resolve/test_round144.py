"""Round 144 (cross-set year-less and anaphoric dates): "a year earlier" in a comparison whose sentence names no
date of its own compares with the month the figures were just given for, when that month was named a sentence
or two before (with no year, quarter or half named since); "from ... a year ago" keeps the year. A month a
figure is set against ("up from a revised 7,310 in March", "after a 0.2 percent gain in March") is the base of a
change, not the month whose figures are reported, when a later month was named before it.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # the month of the figures, a sentence back
    ("Orders for machine tools fell 2.1 percent in April, the trade group said. Orders were 9 percent lower "
     "than a year earlier.", "2023-05-24", "a year earlier", "2022-04", "DATE"),
    # counter-case: a year named in between is the period compared
    ("Orders for machine tools fell 2.1 percent in April, the trade group said. In 2022 as a whole, orders "
     "slipped. Orders from abroad were 9 percent lower than a year earlier.", "2023-05-24", "a year earlier",
     "2022", "DATE"),
    # counter-case: "a year ago" counts from publication
    ("Orders for machine tools fell 2.1 percent in April, the trade group said. Orders were 9 percent lower "
     "than a year ago.", "2023-05-24", "a year ago", "2022", "DATE"),
    # the base month of a change is not the month reported on
    ("Ferry crossings rose to 8,020 in April. The total was up from a revised 7,310 in March, the port said. "
     "Crossings were 12 percent higher than a year earlier.", "2023-05-24", "a year earlier", "2022-04", "DATE"),
    # counter-case: a later month named after an older one is the month in focus
    ("Ferry crossings slipped in March, the port said. Crossings rose again in April, up 3 percent. They were "
     "12 percent higher than a year earlier.", "2023-05-24", "a year earlier", "2022-04", "DATE"),
    # a figure with its measure, set against a year back in the month's own sentence
    ("A day's wage bought 6.2 kg of rice in February, compared with 4.8 kg a year earlier.", "2024-03-20",
     "a year earlier", "2023-02", "DATE"),
    # counter-case: no figure compared, a step back in the story
    ("The mill ground 6.2 tonnes of rice in February, on a press bought a year earlier.", "2024-03-20",
     "a year earlier", "2023", "DATE"),
    # "the previous month" steps back from the month reported on, not from the base month of its change
    ("Jobless claims fell to 4.1 percent in October from 4.4 percent in September. Claims dropped 0.3 points "
     "from the previous month.", "2024-11-15", "the previous month", "2024-09", "DATE"),
    # counter-case: the month last named is the one reported on
    ("Jobless claims fell in September, the agency said. October's figure rose to 4.4 percent. Claims grew "
     "0.3 points from the previous month.", "2024-11-15", "the previous month", "2024-09", "DATE"),
    # "that year" told again keeps the scene of a full date written long before publication
    ("Residents will gather on Friday to mark ten years since the flood. The river peaked on March 3, 2014, in "
     "the lower valley. Crops failed that year, and the rail line stayed shut until May 9.", "2024-02-27",
     "May 9", "2014-05-09", "DATE"),
    # counter-case: "the following year" is no retelling of the scene's year, which it does not keep
    ("Residents will gather on Friday to mark ten years since the flood. The river peaked on March 3, 2014, in "
     "the lower valley. Crops failed the following year, and the rail line stayed shut until May 9.",
     "2024-02-27", "May 9", "2024-05-09", "DATE"),
    # a span measured after the month of its sentence, and a multiple of the figure a year back
    ("At the end of June, 4,100 tenants had waited more than 26 weeks for repairs, double the figure a year "
     "earlier.", "2024-08-14", "a year earlier", "2023-06", "DATE"),
    # counter-case: a span with no month before it in its sentence is the period set against a year back
    ("Tenants waited an average of 26 weeks for repairs, up from 19 weeks a year earlier.", "2024-08-14",
     "a year earlier", "2023", "DATE"),
]


@pytest.mark.parametrize("text,published,phrase,value,type_", CASES)
def test_round144(text, published, phrase, value, type_):
    check_phrase(text, published, phrase, value, type_)
