"""Escaping, safe links, script-safe JSON, and how dates read and sit on the axis."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, strategies as st

from timeline.model import EventDate
from timeline.render import dates as D
from timeline.render.text import clean, esc, esc_plotly, safe_url, script_json, slug, truncate, wrap


@pytest.mark.parametrize("url, expected", [
    ("https://news.example/a?b=1&c=2", "https://news.example/a?b=1&c=2"),
    ("HTTP://NEWS.EXAMPLE/x", "HTTP://NEWS.EXAMPLE/x"),
    ("javascript:alert(1)", None),
    ("  JaVaScRiPt:alert(1)", None),
    ("java\tscript:alert(1)", None),
    ("java\x00script:alert(1)", None),
    ("data:text/html,<script>alert(1)</script>", None),
    ("vbscript:msgbox", None),
    ("//evil.example/x", None),
    ("/relative/path", None),
    ("https://", None),
    ("https://ok.example/a b", None),
    ("", None),
    (None, None),
])
def test_safe_url_allows_only_absolute_http_links(url, expected):
    assert safe_url(url) == expected


@pytest.mark.parametrize("raw, expected", [
    ('<script>x</script>', "&lt;script&gt;x&lt;/script&gt;"),
    ('a "b" \'c\' & d', "a &quot;b&quot; &#x27;c&#x27; &amp; d"),
    ("tab\tand\nnewline", "tab and newline"),
    ("bidi\u202eoverride", "bidioverride"),
    (None, ""),
])
def test_esc(raw, expected):
    assert esc(raw) == expected


def test_esc_plotly_leaves_quotes_which_plotly_does_not_decode():
    assert esc_plotly('=HYPERLINK("x") <b>') == '=HYPERLINK("x") &lt;b&gt;'


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
                    max_leaves=20))
def test_script_json_round_trips_and_cannot_close_a_script(value):
    text = script_json(value)
    assert json.loads(text) == value
    for forbidden in ("<", ">", "&", "\u2028", "\u2029"):
        assert forbidden not in text


@given(st.text(max_size=200), st.integers(min_value=2, max_value=80))
def test_truncate_respects_the_limit(text, limit):
    out = truncate(text, limit)
    assert len(out) <= limit
    if len(clean(text)) <= limit:
        assert out == clean(text)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300),
       st.integers(min_value=5, max_value=60))
def test_wrap_keeps_every_word_in_order(text, width):
    lines = wrap(text, width)
    assert " ".join(lines).split() == clean(text).split()
    assert all(len(line) <= width or " " not in line for line in lines)


def test_slug_is_id_safe():
    assert slug('ev<script>"1"') == "ev-script-1"
    assert slug("") == "x"


def _d(value, start, end, gran, mod=None):
    return EventDate(value, dt.date.fromisoformat(start), dt.date.fromisoformat(end), gran, mod=mod)


@pytest.mark.parametrize("date, label", [
    (_d("2022-02-15", "2022-02-15", "2022-02-15", "day"), "Tue 15 Feb 2022"),
    (_d("2022-02-15T14:30", "2022-02-15", "2022-02-15", "minute"), "Tue 15 Feb 2022, 14:30"),
    (_d("2022-02-15TMO", "2022-02-15", "2022-02-15", "part_of_day"), "Tue 15 Feb 2022, morning"),
    (_d("2022-W07", "2022-02-14", "2022-02-20", "week"), "week of Mon 14 Feb 2022"),
    (_d("2022-02", "2022-02-01", "2022-02-28", "month"), "February 2022"),
    (_d("2022-Q1", "2022-01-01", "2022-03-31", "quarter"), "Q1 2022"),
    (_d("2022-H2", "2022-07-01", "2022-12-31", "half"), "second half of 2022"),
    (_d("2022-SU", "2022-06-01", "2022-08-31", "season"), "summer 2022"),
    (_d("2014", "2014-01-01", "2014-12-31", "year"), "2014"),
    (_d("2014", "2014-01-01", "2014-12-31", "year", "AFTER"), "since 2014"),
    (_d("2021-03", "2021-03-01", "2021-03-31", "month", "APPROX"), "about March 2021"),
    (_d("201", "2010-01-01", "2019-12-31", "decade"), "the 2010s"),
    (_d("2022-02-15", "2022-02-15", "2022-02-17", "day"), "15–17 Feb 2022"),
    (_d("x", "2021-12-30", "2022-01-02", "day"), "30 Dec 2021 – 2 Jan 2022"),
])
def test_date_labels(date, label):
    assert D.date_label(date) == label


@pytest.mark.parametrize("date, span, x", [
    (_d("2022-02-15", "2022-02-15", "2022-02-15", "day"), False, "2022-02-15 12:00"),
    (_d("2022-02-15T09:05", "2022-02-15", "2022-02-15", "minute"), False, "2022-02-15 09:05"),
    (_d("2022-02", "2022-02-01", "2022-02-28", "month"), True, "2022-02-15 00:00"),
    (_d("2014", "2014-01-01", "2014-12-31", "year", "AFTER"), True, "2014-07-02 12:00"),
])
def test_points_and_spans(date, span, x):
    assert D.is_span(date) is span
    assert D.marker_x(date) == x


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_clean_fast_path_changes_nothing(text):
    from timeline.render.text import _INVISIBLE, is_clean
    assert clean(text) == " ".join(_INVISIBLE.sub("", text).split())
    if is_clean(text):
        assert clean(text) == text


@pytest.mark.parametrize("explanation, basis, shown", [
    ("1987 → 1987: absolute", "timex", "“1987” in the text"),
    ("the 1990s → 199: absolute", "timex", "“the 1990s” in the text"),
    ("Monday → 2025-03-24: the Monday before publication, past tense (publication Wed 2025-03-26)", "timex",
     "“Monday”: the Monday before publication, past tense (publication Wed 2025-03-26)"),
    ("3 p.m. → 2025-03-03T15:00: the same day 'Monday' (t3, 2025-03-03)", "timex",
     "“3 p.m.”: the same day 'Monday' (2025-03-03)"),
    ("now → PRESENT_REF", "timex", "“now”: at the time of writing"),
    ("no date in the sentence: the date of the article's lead event (2025-03-05); Wednesday → 2025-03-05: the "
     "publication day itself (publication Wed 2025-03-05)", "narrative",
     "no date in the sentence: the date of the article's lead event (2025-03-05); “Wednesday”: the publication "
     "day itself (publication Wed 2025-03-05)"),
    ("'in 2015' -> 2015", "timex", "'in 2015' -> 2015"),               # not the resolver's format: as is
    ("", "publication", "no date in the sentence: dated by publication"),
])
def test_provenance_reads_in_the_articles_words(explanation, basis, shown):
    day = dt.date(2025, 3, 5)
    date = EventDate("2025-03-05", day, day, "day", basis=basis, explanation=explanation)
    assert D.provenance(date) == shown
    assert D.is_inferred(date) is (basis != "timex")


def test_open_date_extended_to_publication_reads_and_draws_as_its_anchor():
    since = _d("2019", "2019-01-01", "2025-03-04", "year", "AFTER")
    assert D.date_label(since) == "since 2019"
    assert D.drawn_bounds(since) == (dt.datetime(2019, 1, 1), dt.datetime(2020, 1, 1))
    assert D.marker_x(since) == "2019-07-02 12:00"


@pytest.mark.parametrize("mod, first, last", [
    ("START", "2025-01-01", "2025-05-02"), ("MID", "2025-05-02", "2025-09-01"), ("END", "2025-09-01", "2026-01-01"),
])
def test_early_mid_late_draw_a_third_of_the_period(mod, first, last):
    date = _d("2025", "2025-01-01", "2025-12-31", "year", mod)
    start, end = D.drawn_bounds(date)
    assert (start.date().isoformat(), end.date().isoformat()) == (first, last)
