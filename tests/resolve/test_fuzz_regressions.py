"""Stop 26 fuzzing: inputs that raised inside resolve() or its helpers. Each must not raise and must give
the expected value (None: no mention)."""
from __future__ import annotations

import pytest

from timeline.resolve.calendar import canonical_duration
from timeline.resolve.extract import _filter

BIG = "1" + "0" * 400     # a float's infinity

HELPERS = [
    # (function, arguments, expected)
    (_filter, (BIG, "int"), BIG),
    (_filter, (BIG + ".7", "int"), BIG),
    (_filter, (BIG, "times10"), BIG + "0"),
    (_filter, ("2.9", "int"), "2"),
    (_filter, ("0.7", "times10"), "7"),
    (canonical_duration, ("P" + BIG + "H",), "PT" + BIG + "H"),
    (canonical_duration, ("P" + BIG + "DE",), "P" + BIG + "0Y"),
    (canonical_duration, ("P99999999999.4H",), "PT99999999999.4H"),
    (canonical_duration, ("P0.0000001H",), "PT0.0000001H"),
    (canonical_duration, ("P0.00001H",), "PT0.00001H"),
    (canonical_duration, ("P2.7H",), "PT2.7H"),
    (canonical_duration, ("P0.5CE",), "P50Y"),
]


@pytest.mark.parametrize("function, args, expected", HELPERS)
def test_helpers_never_raise_on_absurd_numbers(function, args, expected):
    assert function(*args) == expected
