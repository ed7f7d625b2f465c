"""Publication dates at the ends of the calendar: nothing crashes, and what cannot be placed stays
underspecified. (The CLI only takes years 1000-2999; the library reads a reference outside 1000-8999 as none.)
Invented text."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.resolve import resolve

TEXT = (
    "The council met on Tuesday and again last week. In March it approved the plan, and in the fourth quarter "
    "it will vote again; the first half was quiet. Last winter the ferry stopped, and this summer it runs "
    "every Saturday morning. On the 25th, two years ago, a year earlier and the following spring were "
    "recalled. The report is due by the end of the quarter, before Christmas and on the first Monday of May. "
    "Sales for July rose. The hearing on Feb. 29 starts at 7:30 tonight, and the week ended Friday was calm."
)


@pytest.mark.parametrize("reference", [
    dt.date(1, 1, 1), dt.date(1, 12, 31), dt.date(2, 1, 1), dt.date(2024, 2, 29),
    dt.date(9998, 12, 31), dt.date(9999, 1, 1), dt.date(9999, 12, 31),
], ids=str)
def test_edges_of_the_calendar_resolve_without_error(reference):
    found = resolve(TEXT, reference)
    assert found
    for t in found:
        assert TEXT[t.start:t.end] == t.text
        if t.interval is not None:
            assert t.interval.start <= t.interval.end


@pytest.mark.parametrize("reference", [dt.date(1, 6, 1), dt.date(9999, 6, 1)], ids=str)
def test_a_reference_without_a_year_on_both_sides_leaves_deictic_dates_open(reference):
    tuesday = next(t for t in resolve(TEXT, reference) if t.text == "Tuesday")
    assert tuesday.interval is None and tuesday.value.startswith("XXXX")


def test_quarters_and_halves_of_the_last_year_exist():
    from timeline.resolve.calendar import value_interval
    assert value_interval("9999-Q4")[0].end == dt.date(9999, 12, 31)
    assert value_interval("9999-H2")[0].end == dt.date(9999, 12, 31)


@pytest.mark.parametrize("reference,last,this,next_", [
    (dt.date(2024, 1, 15), "2022-WI", "2023-WI", "2024-WI"),     # in a winter that began last December
    (dt.date(2024, 2, 29), "2022-WI", "2023-WI", "2024-WI"),
    (dt.date(2024, 3, 5), "2023-WI", "2023-WI", "2024-WI"),      # just after it
    (dt.date(2024, 12, 15), "2023-WI", "2024-WI", "2025-WI"),    # in the one that began this December
], ids=str)
def test_last_this_and_next_winter(reference, last, this, next_):
    """A winter is named by the year it begins in (TimeML: 2023-WI is December 2023 to February 2024)."""
    found = {t.text: t.value for t in resolve("Last winter was mild. This winter is not. Next winter may be.",
                                              reference)}
    assert found == {"Last winter": last, "This winter": this, "Next winter": next_}


@pytest.mark.parametrize("text,phrase,value", [
    ("On 3 January 2001 the river froze. The previous winter had been mild.", "The previous winter", "1999-WI"),
    ("On 20 February 2002 the river froze. The following winter it did not.", "The following winter", "2002-WI"),
    ("On 20 February 2002 the river froze. That winter was long.", "That winter", "2001-WI"),
])
def test_winters_counted_from_an_earlier_date(text, phrase, value):
    found = {t.text: t.value for t in resolve(text, dt.date(2010, 6, 1))}
    assert found.get(phrase) == value, found


_PHRASES = [f"{w} {p}" for w in ("last", "this", "next", "early", "late", "the following", "that", "the previous")
            for p in ("winter", "spring", "summer", "fall", "January", "February", "December", "Christmas",
                      "Easter", "quarter", "half", "week", "month", "year", "weekend", "Monday")]
BATTERY = " ".join(f"It happened {p}." if i % 2 else f"It will happen {p}." for i, p in enumerate(_PHRASES))


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31)))
@example(dt.date(2024, 1, 15))    # "last winter" in January crashed before winters took two years back
@example(dt.date(2024, 12, 31))
@settings(max_examples=60, deadline=None)
def test_every_relative_period_resolves_on_any_publication_day(reference):
    for t in resolve(BATTERY, reference):
        assert BATTERY[t.start:t.end] == t.text
        if t.interval is not None:
            assert t.interval.start <= t.interval.end, (t.text, t.value)
