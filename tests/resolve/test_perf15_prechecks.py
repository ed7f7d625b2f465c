"""perf15: the substring tests (cues._holds) put before the "$"-anchored searches of tense()'s checks only
spare searches that cannot match; tense() gives the same answers with them as without them."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline.resolve import cues
from timeline.resolve.extract import lower_same_length

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"

# One phrase for each search the tests guard, so that each is met where it matches, and where only its
# necessary word stands.
PHRASES = [
    "The room was set aside for the board to review on Friday.",
    "They set a new liftoff time of 9:41 p.m. Thursday.",
    "Forecasters gave a 70 percent chance of rain for Thursday night.",
    "There is a chance of storms Saturday evening.",
    "Conditions look favorable for a climb Sunday morning.",
    "Walkers have a rare chance on Saturday to see the hall.",
    "Members get a sneak preview on Friday.",
    "The utility has announced a power outage in the north from Monday.",
    "The talks, followed by a dinner on Tuesday, ended well.",
    "Turnout usually drops, particularly in December.",
    "A curfew is in effect from 10 p.m. Friday to 6 a.m. Saturday.",
    "The fire ban remains in place for Friday.",
    "Good luck on Friday, everyone.",
    "Thanks, see you Monday!",
    "Analysts expect crowds over the holiday weekend, with Sunday the busiest day.",
    "Economists see a cut in rates this spring, perhaps in June.",
    "He said for the record that the look on Friday was fine, and the view in March better.",
]

_TIMES = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|"
                    r"august|september|october|november|december|spring)\b")


def _texts() -> list[str]:
    texts = list(PHRASES)
    for path in sorted(FIXTURES.glob("timeml*/*.tml"))[:150]:
        texts.append(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))
    return texts


def test_tense_same_without_the_substring_tests(monkeypatch):
    asked = []
    for text in _texts():
        low = lower_same_length(text)
        asked.extend((low, m.start(), m.end()) for m in _TIMES.finditer(low))
    assert len(asked) > 500
    with_tests = [cues.tense(*a) for a in asked]
    monkeypatch.setattr(cues, "_holds", lambda low, lo, hi, words: True)
    without = [cues.tense(*a) for a in asked]
    assert with_tests == without
    assert {cues.FUTURE, cues.PAST} <= set(with_tests)


@pytest.mark.parametrize("low, lo, hi, words, expected", [
    ("a chance of rain", 0, 16, ("of",), True),
    ("a chance of rain", 0, 9, ("of",), False),        # the word must lie inside the window
    ("a chance of rain", 10, 16, ("of",), False),
    ("see you", 0, 7, ("luck", "best", "see"), True),
    ("", 0, 0, ("see",), False),
])
def test_holds(low, lo, hi, words, expected):
    assert cues._holds(low, lo, hi, words) is expected
