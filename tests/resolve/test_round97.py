"""Round 97 (from the errors of blind74, history and archaeology features, and blind20, hard news from
outlets outside the US): a feature opened by "A hundred years ago this week, ..." tells the story of that
year, as "Fifty years ago, ..." does: its year-less dates, a paper that "reported on 7 August" included,
take the story's year, not the publication's. A bare "the night" told just after small hours named as
today's ("spoke to reporters at 2am today. Crews had worked through the night") is the night those hours end,
the night before publication; a clock time after it stays on the publication day. Remembrance Sunday is a
holiday, the second Sunday of November, not a bare Sunday. "that Christmas" is the Christmas of the year in
focus, as "that November" is, even when that year was counted from publication ("612 years ago today").

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

_LOOK_BACK = ("Seventy years ago this week, the mill at Dunford burned to the ground. The fire broke out on "
              "the night of Monday 9 June 1952, and within a fortnight 300 men had been laid off.\n\n"
              "The Dunford Gazette reported on 12 June that the owners would rebuild. They reopened the "
              "gates at 7am on 3 November, with a band at the entrance.")

CASES = [
    # a reported day, and a later day of the story, in a feature opened years back
    (_LOOK_BACK, "2022-06-10", "12 June", "1952-06-12", "DATE"),
    (_LOOK_BACK, "2022-06-10", "3 November", "1952-11-03", "DATE"),
    (_LOOK_BACK, "2022-06-10", "7am", "1952-11-03T07:00", "TIME"),
    # news with no look-back opening: a statement reported on a day keeps the publication's year
    ("The council met on 2 June 2021 to discuss the mill. The Gazette reported on 12 June that the owners "
     "would rebuild.", "2022-06-14", "12 June", "2022-06-12", "DATE"),
    # a look-back that is not fronted opens no story: the text is news, told from publication
    ("The town recalled what had happened seventy years ago this week, in June 1952. The Gazette reported "
     "on 12 June that the owners would rebuild.", "2022-06-14", "12 June", "2022-06-12", "DATE"),
    # the night that ends in small hours of the publication day
    ("The mayor spoke to reporters at 2am today. Crews had worked through the night and the road had been "
     "open since 6.15am.", "2019-03-13", "the night", "2019-03-12TNI", "TIME"),
    ("The mayor spoke to reporters at 2am today. Crews had worked through the night and the road had been "
     "open since 6.15am.", "2019-03-13", "6.15am", "2019-03-13T06:15", "TIME"),
    # an afternoon time of today ends no night: the night is still to come
    ("The mayor spoke to reporters at 2pm today. Crews will work through the night to clear the road.",
     "2019-03-13", "the night", "2019-03-13TNI", "TIME"),
    # Remembrance Sunday, the second Sunday of November, to come and gone by
    ("Veterans will lay wreaths at the cenotaph on Remembrance Sunday.", "2021-11-03", "Remembrance Sunday",
     "2021-11-14", "DATE"),
    ("Hundreds stood in the rain on Remembrance Sunday.", "2019-11-12", "Remembrance Sunday", "2019-11-10", "DATE"),
    # a Sunday without the name is the nearest Sunday, not the holiday's
    ("Veterans will lay wreaths at the cenotaph on Sunday.", "2021-11-03", "Sunday", "2021-11-07", "DATE"),
    # "that Christmas": the year in focus
    ("The battle was fought on 3 May 1410, 612 years ago today, and the prince was crowned that Christmas.",
     "2022-05-03", "that Christmas", "1410-12-25", "DATE"),
    # "that" opening a clause: the holiday on its own
    ("The minister said that Christmas would be quieter than usual this year.", "2022-11-02", "Christmas",
     "2022-12-25", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round97(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
