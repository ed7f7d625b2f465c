"""Recognition errors that recur across the held-out sets (issue 3, cross-set round), pinned with invented
sentences:

- a bare "the week" / "the month" after a preposition of extent ("For the week, the index fell", "rose 4
  percent during the month") is the week or month being reported: the one of the date last mentioned;
- "as recently as 1986": the date that follows says when, "recently" is left untagged;
- a rate counted in words or with a noun phrase before "a day/week/year" ("three or four films a day", "a
  dozen storms a year", "40 gigabytes of images a day") is a SET, like "$5 million a year";
- "the average daily volume", "the average monthly rent": a figure per day or month, no SET.

Each case: (text, publication date, phrase, expected value, expected type). A phrase expected to be absent
has value None. Every text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

_MARKETS = ("Shares of the utility closed higher on Friday, Oct. 3, 2014. For the week, the index gained 2 "
            "percent, while the bond fund lost ground during the week.")
_WRAP = "The Nasdaq fell 40 points Thursday. Bank stocks were the only group to gain for the week."
_FACTORY = "Factory output slipped in March 2019, and new orders fell 3 percent during the month."
_FUEL = "Sales climbed last month; fuel prices rose 4 percent in the month, the agency said."
_NOT_REPORTED = ("The talks collapsed in the week before the vote, and in the month since, nobody has called. "
                 "Diners voted it the dish of the week.")
_RECENT = ("The orchard was farmed as recently as 1990, and the mill ran as recently as last summer. The "
           "council recently voted to sell it.")
_RATES = ("The telescope beams back about 40 gigabytes of images a day. Critics will watch three or four films "
          "a day, and the valley sees a dozen storms a year. Patrols log one incident a week.")
_LENGTHS = "She read the novel in a day, and the two sides met again a week later."
_FIGURES = ("The exchange's average daily volume rose, and the average monthly rent fell to 900 euro. Trains "
            "now run daily, and inspectors visit monthly.")

CASES = [
    (_MARKETS, "2014-10-06", "the week", "2014-W40", "DATE"),
    (_WRAP, "2026-03-06", "the week", "2026-W10", "DATE"),
    (_FACTORY, "2019-05-02", "the month", "2019-03", "DATE"),
    (_FUEL, "2021-06-10", "the month", "2021-05", "DATE"),
    # "the week before the vote", "the month since", "dish of the week" are no reported period
    (_NOT_REPORTED, "2022-02-16", "the week", None, None),
    (_NOT_REPORTED, "2022-02-16", "the month", None, None),
    (_RECENT, "2022-02-16", "recently", "PAST_REF", "DATE"),
    (_RECENT, "2022-02-16", "1990", "1990", "DATE"),
    (_RECENT, "2022-02-16", "last summer", "2021-SU", "DATE"),
    (_RATES, "2019-07-19", "a day", "P1D", "SET"),
    (_RATES, "2019-07-19", "a year", "P1Y", "SET"),
    (_RATES, "2019-07-19", "a week", "P1W", "SET"),
    (_LENGTHS, "2022-02-16", "a day", "P1D", "DURATION"),
    (_LENGTHS, "2022-02-16", "a week", None, None),
    (_FIGURES, "2022-02-16", "daily", "P1D", "SET"),
    (_FIGURES, "2022-02-16", "monthly", "P1M", "SET"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_crossset_recognition(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


def test_as_recently_as_leaves_only_the_date():
    import datetime as dt
    from timeline.resolve import resolve
    found = [t.text for t in resolve(_RECENT, dt.date(2022, 2, 16))]
    # the third "recently" (a plain adverb) stays; the two before a date do not
    assert found.count("recently") == 1, found


def test_average_figures_are_no_recurrence():
    import datetime as dt
    from timeline.resolve import resolve
    found = [(t.start, t.text) for t in resolve(_FIGURES, dt.date(2022, 2, 16))]
    first_daily = _FIGURES.index("daily")
    first_monthly = _FIGURES.index("monthly")
    assert (first_daily, "daily") not in found, found
    assert (first_monthly, "monthly") not in found, found
    assert sum(1 for _, t in found if t in ("daily", "monthly")) == 2, found
