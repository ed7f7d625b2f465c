"""The store of the package's module regexes: current, equivalent to `re.compile`, and harmless when broken."""
from __future__ import annotations

import marshal
import re
import zlib
from re import _compiler

import pytest

from timeline import regex_store


@pytest.fixture(scope="module")
def stored():
    if not regex_store.ENGINE:
        pytest.skip("no SRE programs on this interpreter")
    data = regex_store.read(regex_store.MODULE_STORE, regex_store._module_key())
    if data is None:
        raw = regex_store.load(regex_store.MODULE_STORE)
        if raw["key"] != regex_store._module_key() and raw["key"][2] != regex_store.ENGINE:
            pytest.skip("the shipped store was built by another interpreter")
        pytest.fail("unreadable module store: run `.venv/bin/python -m timeline.resolve`")
    return data["patterns"]


def test_every_pattern_the_modules_compile_is_stored(stored):
    recorded = regex_store.record_in_fresh_process()
    assert len(recorded) > 50            # the package's modules and the resolver's run were seen
    have = {(source, flags) for source, flags, _ in stored}
    missing = [p for p in recorded if p not in have]
    assert not missing, f"stale module store ({len(missing)} new patterns): run `.venv/bin/python -m timeline.resolve`"


def test_stored_programs_are_what_re_compiles_today(stored):
    for source, flags, prog in stored:
        assert prog == regex_store.program(source, flags), source
        ours, theirs = regex_store.from_program(source, prog, flags), _compiler.compile(source, flags)
        assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == \
            (theirs.pattern, theirs.flags, theirs.groups, theirs.groupindex)


def test_warming_fills_re_cache_with_equivalent_patterns(stored, monkeypatch):
    monkeypatch.setattr(re, "_cache", {})
    assert regex_store.warm_re_cache() == len(stored)
    probe = "On Tuesday, Feb. 15, 2022 at 3 p.m. -- WASHINGTON (AP) Copyright 2022, by Jane Doe, Staff Writer"
    for source, flags, _ in stored:
        warm = re.compile(source, flags)                 # served from the cache
        assert warm is re._cache[(str, source, flags)]
        fresh = _compiler.compile(source, flags)
        for pos in range(0, len(probe), 7):
            a, b = warm.match(probe, pos), fresh.match(probe, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), source


def test_a_search_charset_after_zero_width_openers_finds_the_same_matches(stored):
    # program() gives a pattern opening with "\\b" or a look-behind the set of characters its match starts
    # with, which `re` leaves out (a search then tries every character); only where the engine starts
    # trying may change, never what it finds
    if not regex_store.ENGINE:
        pytest.skip("no SRE programs on this interpreter")
    opens = regex_store.program(r"\b(?:normally|typically)\b")[1]
    assert opens != regex_store.array("I", _compiler._code(re._parser.parse(r"\b(?:normally|typically)\b"), 0)).tobytes()
    probes = ["On Tuesday, Feb. 15, 2022 at 3 p.m. -- WASHINGTON (AP) the vote is normally held every year since 1990",
              "it's typically set for 9 a.m.; they were urged to file before Friday. \"The Song\" is on sale"]
    extra = [(r"\b[a-z]+", 0), (r"(?<=x)\d+", 0), (r"(?<![\w'])(?:is|are)[ \t]+(?:on[ \t]+)?$", 0),
             (r"\b(?:a|b)+c", 0), (r"\b(?:A|b)", re.I), (r"\b(?:a|)", 0), (r"^(?:x|y)z", re.M)]
    for source, flags in [(s, f) for s, f, _ in stored] + extra:
        ours = regex_store.from_program(source, regex_store.program(source, flags), flags)
        fresh = _compiler.compile(source, flags)
        for text in probes + [t.lower() for t in probes]:
            assert [m.span() for m in ours.finditer(text)] == [m.span() for m in fresh.finditer(text)], source
            for a in range(0, len(text), 9):
                x, y = ours.search(text, a, a + 40), fresh.search(text, a, a + 40)
                assert (x and x.span()) == (y and y.span()), source


@pytest.mark.parametrize("content", [b"", b"not a store", zlib.compress(marshal.dumps({"key": ("other",)})),
                                     marshal.dumps({"key": ("other",)}), b"\x78 not zlib"])
def test_a_missing_or_foreign_store_warms_nothing_and_raises_nothing(tmp_path, monkeypatch, content):
    path = tmp_path / "compiled_regexes.bin"
    path.write_bytes(content)
    monkeypatch.setattr(regex_store, "MODULE_STORE", path)
    monkeypatch.setattr(re, "_cache", {})
    assert regex_store.warm_re_cache() == 0
    monkeypatch.setattr(regex_store, "MODULE_STORE", tmp_path / "absent.bin")
    assert regex_store.warm_re_cache() == 0


def test_the_environment_switch_turns_the_store_off(monkeypatch):
    monkeypatch.setattr(re, "_cache", {})
    monkeypatch.setenv(regex_store.DISABLE_ENV, "1")
    assert regex_store.warm_re_cache() == 0 and re._cache == {}


# -- the code store: what dataclasses and typing compile from source ------------------------------

def _code_store():
    if not regex_store.ENGINE:
        pytest.skip("no SRE programs on this interpreter")
    data = regex_store.read(regex_store.CODE_STORE, regex_store._code_key())
    if data is None:
        raw = regex_store.load(regex_store.CODE_STORE)
        if raw["key"][2:] != regex_store._code_key()[2:]:
            pytest.skip("the shipped code store was built by another interpreter")
        pytest.fail("unreadable code store: run `.venv/bin/python -m timeline.resolve`")
    return data["codes"]


def test_every_source_compiled_while_importing_is_stored():
    codes = _code_store()
    recorded = regex_store.record_code_in_fresh_process()
    assert len(recorded) > 40            # the package's dataclasses and named tuples were seen
    missing = [s for s in recorded if tuple(s) not in codes]
    assert not missing, f"stale code store ({len(missing)} new sources): run `.venv/bin/python -m timeline.resolve`"


def test_stored_code_is_what_compile_gives_today():
    for (mode, source), code in _code_store().items():
        assert code == compile(source, "<string>", mode)


@pytest.mark.parametrize("content", [b"", b"not a store", marshal.dumps({"key": ("other",)})])
def test_a_missing_or_foreign_code_store_is_harmless(tmp_path, monkeypatch, content):
    import dataclasses
    import typing
    path = tmp_path / "compiled_code.bin"
    path.write_bytes(content)
    monkeypatch.setattr(regex_store, "CODE_STORE", path)
    monkeypatch.delattr(dataclasses, "exec", raising=False)
    monkeypatch.delattr(typing, "compile", raising=False)
    assert regex_store.warm_code() == 0
    assert not hasattr(dataclasses, "exec") and not hasattr(typing, "compile")


def test_classes_made_with_the_store_behave_alike(monkeypatch):
    import dataclasses
    import datetime as dt
    import typing
    monkeypatch.delattr(dataclasses, "exec", raising=False)
    monkeypatch.delattr(typing, "compile", raising=False)
    if not regex_store.warm_code():
        pytest.skip("no usable code store")

    @dataclasses.dataclass(frozen=True, slots=True)
    class Point:                        # (not in the store: compiled as usual)
        x: int
        y: int = 2
    assert Point(1) == Point(1, 2) and hash(Point(1)) == hash(Point(1, 2))
    with pytest.raises(dataclasses.FrozenInstanceError):
        Point(1).x = 3

    class Pair(typing.NamedTuple):
        a: "int"
        b: "list[str]"
    assert Pair(1, ["x"]).b == ["x"] and typing.get_type_hints(Pair)["a"] is int

    from timeline.model import Interval, Timex
    a = Interval(dt.date(2020, 1, 1), dt.date(2020, 1, 2))
    assert a == Interval(dt.date(2020, 1, 1), dt.date(2020, 1, 2)) and "Interval(start=" in repr(a)
    with pytest.raises(ValueError):
        Interval(dt.date(2020, 1, 2), dt.date(2020, 1, 1))
    t = Timex(tid="t1", start=0, end=3, text="now", type="DATE", value="PRESENT_REF", rule="r")
    assert dataclasses.replace(t, tid="t2").tid == "t2" and t.explanation == ""
