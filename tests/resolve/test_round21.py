"""Round 21 (from the errors of blind63, English-language wires and papers of Asia, Africa, Europe and
Oceania, and blind64, newspapers of 1952-1985): the hyphenated spellings of older prose ("to-night",
"to-morrow", "the week-end"); an older paper's dateline naming the weekday it was written ("LIVERPOOL,
Monday. -"), from which its deictic words count; a two-digit year in a text of the 1950s ("since '09");
"V-E Day"; a clock time followed by "local time on Saturday"; "the evening" of a day still to come named
in the sentence before; a date set for an event ahead ("preparing for Saturday's trip", "declared Friday a
non-working day"); a month still to come in a "when" clause after "this year"; a year-less date in the
weeks after a full date still to come; and no times at all in a person's name ("Judge August L. Pryor"),
a sitting named by its season ("the winter session"), a fair's name ("EXPO 2000"), a weekly paper ("the
weekly Mesa Sun") or a range of counts ("from four pages to twelve").

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # the hyphenated spellings of older prose, read as the words they became, tagged as written
    ("The council will vote to-night on the new bridge.", "1953-11-04", "to-night", "1953-11-04TNI", "TIME"),
    ("Crews will resume the search to-morrow morning.", "1953-11-04", "to-morrow morning", "1953-11-05TMO",
     "TIME"),
    ("To-day the mill stood silent.", "1953-11-04", "To-day", "1953-11-04", "DATE"),
    ("Gales are forecast for the week-end along the coast.", "1953-11-04", "the week-end", "1953-W45-WE",
     "DATE"),
    # an older paper's dateline naming the weekday it was written, the day before publication
    ("PORTSMOUTH, Tuesday. - Shipwrights walked out this afternoon and will meet again to-morrow.",
     "1954-03-10", "this afternoon", "1954-03-09TAF", "TIME"),
    ("PORTSMOUTH, Tuesday. - Shipwrights walked out this afternoon and will meet again to-morrow.",
     "1954-03-10", "to-morrow", "1954-03-10", "DATE"),
    # a two-digit year decades ahead of publication is of the century before
    ("Mrs. Hale has kept the inn since '08, and the great snow of '88 is still talked about.", "1957-01-15",
     "'08", "1908", "DATE"),
    ("Mrs. Hale has kept the inn since '08, and the great snow of '88 is still talked about.", "1957-01-15",
     "'88", "1888", "DATE"),
    ("He graduated in '98 and joined the firm in '21.", "2023-05-17", "'21", "2021", "DATE"),
    # a day named by initials
    ("On VE Day the bakery gave away its bread.", "1981-02-11", "VE Day", "1945-05-08", "DATE"),
    # a clock time with a gloss of its zone, then its day
    ("The show opened at 10 a.m. local time on Sunday, organizers said.", "2019-05-15", "10 a.m.",
     "2019-05-12T10:00", "TIME"),
    # "the evening" of a day still to come, named with a clock time in the sentence before
    ("The envoy dines with the mayor tonight. At 8 a.m. Friday he tours the harbour and meets dock workers. "
     "He will fly home in the evening.", "2024-04-09", "the evening", "2024-04-12TEV", "TIME"),
    # what a team prepares for lies ahead
    ("The coach said the players would rest for two days before preparing for Saturday's match in Lagos.",
     "2018-03-04", "Saturday", "2018-03-10", "DATE"),
    # a day declared a day off lies ahead of the declaration
    ("The governor declared Monday a public holiday so that residents could clear the debris.", "2017-08-17",
     "Monday", "2017-08-21", "DATE"),
    # a month still to come in a "when" clause after "this year"
    ("They expect orders for this year to top 4 million tonnes when the final figures are published in "
     "February.", "2016-09-20", "February", "2017-02", "DATE"),
    # a year-less date in the weeks after a full date still to come
    ("The delegation arrives in Perth on March 30, 2027 and leaves from Darwin on April 8.", "2026-02-10",
     "April 8", "2027-04-08", "DATE"),
    # a part of the day after "next Sunday": one TIME
    ("A picnic will be held next Sunday afternoon at the park.", "1961-07-05", "next Sunday afternoon",
     "1961-07-09TAF", "TIME"),
]


# Nothing overlapping the phrase may be tagged.
NOT_TIMES = [
    ("Judge August L. Pryor set the hearing for next month.", "1963-05-14", "August"),
    ("The bill comes up in the monsoon session; the winter session opens in November.", "2014-07-02",
     "the winter session"),
    ("Contracts signed at the spring session of the fair fell.", "2014-07-02", "spring session"),
    ("The grounds will host the EXPO 2000 world fair.", "1998-06-02", "2000"),
    ("The weekly Valley Herald has grown from eight pages to twenty.", "1961-07-05", "weekly"),
    ("The weekly Valley Herald has grown from eight pages to twelve.", "1961-07-05", "twelve"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round21(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)


@pytest.mark.parametrize("text, reference, phrase", NOT_TIMES)
def test_round21_not_times(text, reference, phrase):
    check_phrase(text, reference, phrase, None, None, overlap_counts=True)
