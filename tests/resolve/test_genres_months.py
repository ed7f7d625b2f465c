"""Year-less months in the weakest genres (issue 3, fifth round): the tense cues that chose the wrong
year for a bare month, pinned with invented sentences.

Each case: (text, publication date, phrase, expected value, expected type). Every text here is invented
for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

# "as early as" looks ahead only when no past verb governs it: "began ... as early as October" is past.
_BEGAN_AS_EARLY = "Shops began hanging winter lights as early as October, fearing a late rush in December."
_STARTED_AS_EARLY = "The orchard started picking apples as early as August this time."
_AS_EARLY_FUTURE = "The ferry could resume service as early as March, the operator said."
_AS_EARLY_WILL = "The museum will reopen its east wing as early as September."
# After "the" and a singular noun, a bare schedule word is part of a compound noun ("the season premiere"),
# not a present-tense verb; the past verb of the clause decides.
_SEASON_PREMIERE = "The finale drew 2 million viewers, up 30 percent from the season premiere in October."
_SPRING_LAUNCH = "Sales were double those of the spring launch in April, the company said."
# ... while a plural subject with the bare form is still a schedule ahead.
_PLURAL_SUBJECT = "The new trams start service in October, the city says."

CASES = [
    (_BEGAN_AS_EARLY, "2021-11-29", "October", "2021-10", "DATE"),
    (_STARTED_AS_EARLY, "2021-06-15", "August", "2020-08", "DATE"),
    (_AS_EARLY_FUTURE, "2021-11-29", "March", "2022-03", "DATE"),
    (_AS_EARLY_WILL, "2021-06-15", "September", "2021-09", "DATE"),
    (_SEASON_PREMIERE, "2019-05-20", "October", "2018-10", "DATE"),
    (_SPRING_LAUNCH, "2019-02-10", "April", "2018-04", "DATE"),
    (_PLURAL_SUBJECT, "2019-05-20", "October", "2019-10", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_genres_months(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
