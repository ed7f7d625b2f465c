"""Round 122 (from the errors of blind35, opinion and personal writing). A holiday without a year, told as a
future from the past ("In May, she told us the choir would sing on the Sunday before Christmas"): a past verb of
saying and "would" after a past month named earlier in the sentence make it the first such holiday after that
month, not the coming one; with no month named, or with "will" (the future of the present), the usual reading.
"In the years since, ...", "the months since then": the stretch up to the telling, one DURATION with its article
and "since", only when "since" is an adverb (not "the years since the war", "the busiest weeks since 2019").

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a future in the past, after a past month: the first such holiday after that month
    ("In May, the pastor told us the choir would sing on the Sunday before Christmas.", "2026-01-20",
     "the Sunday before Christmas", "2025-12-21", "DATE"),
    ("In October, my sister said she would fly home for Christmas.", "2026-01-15", "Christmas", "2025-12-25",
     "DATE"),
    ("In March, the mayor said the market would reopen by Thanksgiving.", "2024-02-10", "Thanksgiving",
     "2023-11-23", "DATE"),
    # no month to count from: the usual (future) reading
    ("The pastor told us the choir would sing on the Sunday before Christmas.", "2026-01-20",
     "the Sunday before Christmas", "2026-12-20", "DATE"),
    # "will": a future of the present, not of the month told
    ("In May, the pastor told us the choir will sing on the Sunday before Christmas.", "2026-01-20",
     "the Sunday before Christmas", "2026-12-20", "DATE"),
    # the holiday still ahead after the month: the same either way
    ("In October, my sister said she would fly home for Christmas.", "2025-11-15", "Christmas", "2025-12-25",
     "DATE"),
    # "the years since" with "since" as an adverb: a stretch of unstated length, one expression
    ("The bakery burned down in 1994. In the years since, the corner has stayed empty.", "2021-03-02",
     "the years since", "PXY", "DURATION"),
    ("We left the farm in spring, and the weeks since then have been strange.", "2021-08-02", "the weeks since",
     "PXW", "DURATION"),
    ("My father sold the shop in 2011. In the decade since, I have not once walked past it.", "2021-03-02",
     "the decade since", "P10Y", "DURATION"),
    # "since" opening a phrase or a clause: no such stretch
    ("In the years since the bridge opened, traffic has doubled.", "2021-03-02", "the years since", None, None),
    ("These were the wettest weeks since 1987, the forecasters said.", "2021-03-02", "the weeks since", None,
     None),
]


@pytest.mark.parametrize("text,dct,phrase,value,typ", CASES)
def test_round122(text, dct, phrase, value, typ):
    check_phrase(text, dct, phrase, value, typ)
