"""Compiled regexes shipped with the package, so that a `timeline tag` process does not compile them.

Parsing and compiling regexes is a large part of a short process's start-up: the ~250 rule regexes of
the resolver's grammar took ~35 ms, the ~100 module-level patterns of the package ~10 ms, more than
resolving a long article. `re` cannot pickle a compiled pattern, but its compiler's output (the SRE
program, a list of ints) can be stored and handed back to `_sre.compile`, which validates it.

Two stores:
- the grammar store (resolve/data/<lang>/compiled_grammar.bin, see resolve.grammar), used only while the
  data and engine files are byte for byte those it was built from;
- the module store (compiled_regexes.bin, next to this file): the patterns the package's modules compile,
  put into `re`'s own cache before they are imported (`warm_re_cache`), so that their `re.compile(...)`
  finds them there. A pattern is stored with its program; a pattern missing from the store (edited since)
  is compiled as usual.
Both are written by `python -m timeline.resolve` and used only by the interpreter and SRE engine version
that wrote them. Anything else (another Python, a damaged file, a private API that moved) falls back to
`re.compile`, so the stores change speed, never results. TIMELINE_NO_GRAMMAR_STORE=1 ignores both.
"""
from __future__ import annotations

import marshal
import os
import re
import sys
import zlib
from array import array
from pathlib import Path
from typing import Optional

try:                                   # CPython >= 3.11 internals; anything else: plain re.compile
    import _sre
    from re import _compiler as _sre_compiler, _parser as _sre_parser
    ENGINE = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError):  # pragma: no cover - other interpreters
    _sre = None
    ENGINE = ""

_FORMAT = 1
MODULE_STORE = Path(__file__).with_name("compiled_regexes.bin")
DISABLE_ENV = "TIMELINE_NO_GRAMMAR_STORE"


def program(source: str, flags: int = 0) -> Optional[tuple]:
    """What `re.compile(source, flags)` hands to the engine, as marshal-able data (None if unavailable)."""
    if _sre is None:
        return None
    try:
        parsed = _sre_parser.parse(source, flags)
        code = _with_search_charset(_sre_compiler._code(parsed, flags), parsed, flags)
        state = parsed.state
        names = dict(state.groupdict)
        return (state.flags, array("I", code).tobytes(), state.groups - 1, names)
    except Exception:                  # pragma: no cover - a changed private API
        return None


# Zero-width items a pattern may open with: "\b", "^", look-aheads and look-behinds.
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")


def _with_search_charset(code: list, parsed, flags: int) -> list:
    r"""`code` with the set of characters a match can start with in its info block, when `re` left it
    out because the pattern opens with zero-width items ("\b(?:normally|typically|...)", "(?<![\w'])(?:is|
    are|...)...$"): a search then tries the whole pattern at every character of its window, where with the
    set the engine skips ahead to the characters that can start a match (as `re` itself does for a
    pattern opening with the alternation). The set is that of the first item after the zero-width ones;
    the engine still runs the whole pattern, those items first, at every character it stops at, so the
    matches are the same. Only the info block changes, which `match` and `fullmatch` skip."""
    c = _sre_compiler
    INFO = c.INFO
    if not code or code[0] is not INFO or code[2] & (c.SRE_INFO_PREFIX | c.SRE_INFO_CHARSET) or code[3] == 0:
        return code         # a literal prefix or a set already, or an empty match possible: nothing to add
    if flags & c.SRE_FLAG_IGNORECASE and flags & c.SRE_FLAG_LOCALE:
        return code
    zero_width = tuple(getattr(c, name) for name in _ZERO_WIDTH)
    data = parsed.data
    k = 0
    while k < len(data) and data[k][0] in zero_width:
        k += 1
    if k == 0 or k == len(data):
        return code
    rest = _sre_parser.SubPattern(parsed.state, list(data[k:]))
    op, av = rest.data[0]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
        rest = av[2]            # "\b[a-z]+": what starts the first repetition starts the match
    charset = c._get_charset_prefix(rest, flags)
    if not charset:
        prefix = c._get_literal_prefix(rest, flags)[0]
        charset = [(c.LITERAL, prefix[0])] if prefix else None
    if not charset:
        return code
    charset, hascased = c._optimize_charset(charset)
    if hascased:
        return code
    info = [INFO, 0, c.SRE_INFO_CHARSET, code[3], code[4]]
    c._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return info + code[code[1] + 1:]


def from_program(source: str, prog: Optional[tuple], flags: int = 0) -> re.Pattern:
    """The compiled pattern for `source`, from its stored program when there is a usable one."""
    if prog is not None and _sre is not None:
        try:
            stored_flags, code_bytes, groups, names = prog
            code = array("I")
            code.frombytes(code_bytes)
            index_group = [None] * (groups + 1)
            for name, i in names.items():
                index_group[i] = name
            return _sre.compile(source, stored_flags, code.tolist(), groups, names, tuple(index_group))
        except Exception:              # pragma: no cover - damaged or foreign program
            pass
    return re.compile(source, flags)


def stamp(paths: list[Path]) -> tuple:
    """Identity of the files a store was built from: their names and a checksum of their bytes."""
    crc = 0
    names = []
    for p in sorted(paths):
        try:
            crc = zlib.crc32(p.read_bytes(), crc)
        except OSError:
            crc = zlib.crc32(b"missing", crc)
        names.append(p.name)
    return (_FORMAT, ENGINE, tuple(names), crc)


def load(path: Path):
    """The marshalled contents of a store file, whether written plain (as now) or zlib-compressed (as
    before: a zlib stream starts with 0x78, a marshalled dict never does). Raises like marshal and zlib."""
    raw = path.read_bytes()
    return marshal.loads(zlib.decompress(raw) if raw[:1] == b"\x78" else raw)


def read(path: Path, key: tuple) -> Optional[dict]:
    if not ENGINE:
        return None
    try:
        data = load(path)
    except (OSError, ValueError, EOFError, TypeError, zlib.error):
        return None
    if not isinstance(data, dict) or data.get("key") != key:
        return None
    return data


def write(path: Path, data: dict) -> None:
    """Written uncompressed: inflating the grammar store (160 KB -> 1.7 MB) cost every process ~5 ms, the
    module store ~2 ms, far more than reading the larger file from the page cache (git and wheels
    compress it anyway)."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(marshal.dumps(data))
    os.replace(tmp, path)


# -- the module store -------------------------------------------------------------------------------

def _module_key() -> tuple:
    return ("modules", _FORMAT, ENGINE)


def warm_re_cache() -> int:
    """Put the stored module patterns into `re`'s cache; how many. Never raises."""
    if os.environ.get(DISABLE_ENV):
        return 0
    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict):
        return 0
    data = read(MODULE_STORE, _module_key())
    if data is None:
        return 0
    count = 0
    try:
        for source, flags, prog in data["patterns"]:
            key = (str, source, flags)
            if key not in cache:
                cache[key] = from_program(source, prog, flags)
                count += 1
    except Exception:                  # pragma: no cover - damaged store: compile as usual
        pass
    return count


def record_module_patterns() -> list[tuple[str, int]]:
    """The (pattern, flags) pairs compiled while a `timeline tag` process imports its modules, reads and
    writes an article (JSONL and TimeML), and resolves the examples of every rule: the package's module
    patterns, those its functions compile when first called, and those of the standard library and click
    (json, platform, gettext, ...) compiled on the way. Not the rule regexes, the trigger and the holiday
    cues (compiled through from_program: the grammar store has them). Run in a fresh process (with the
    stores ignored), so that nothing is cached yet."""
    seen: dict[tuple[str, int], None] = {}
    real = re._compile

    def recording(pattern, flags):
        frame = sys._getframe(1)
        while frame is not None and frame.f_globals.get("__name__") in ("re", "functools"):
            frame = frame.f_back
        caller = frame.f_globals.get("__name__", "") if frame is not None else ""
        if isinstance(pattern, str) and caller != "timeline.regex_store" and caller != __name__:
            seen.setdefault((pattern, int(flags)), None)
        return real(pattern, flags)

    re._compile = recording
    try:
        import contextlib
        import datetime
        import io
        import tempfile

        import timeline.cli  # noqa: F401  (the modules a `timeline tag` process imports)
        import timeline.pipeline  # noqa: F401
        from timeline.ingest import read_documents  # noqa: F401
        from timeline.resolve import resolve
        from timeline.resolve.grammar import load_grammar
        resolve("On Tuesday, Feb. 15, 2022, at 3 p.m., two years after the 2020 vote, officials met.",
                datetime.date(2022, 2, 16))
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "article.txt"
            path.write_text("WASHINGTON -- On Tuesday, Feb. 15, 2022, at 3 p.m., two years after the 2020 vote, "
                            "officials met.\n", encoding="utf-8")
            # ... and a TimeML file, as TimeBank and TempEval ship them: reading one compiles its own patterns
            # (DOCID, DCT, entities, the .tml file name), which every worker of a `timeline tag` run over
            # .tml files compiled again
            tml = Path(tmp) / "article.tml"
            tml.write_text('<?xml version="1.0" ?>\n<TimeML>\n<DOCID>article</DOCID>\n<DCT><TIMEX3 tid="t0" '
                           'type="DATE" value="2022-02-16" functionInDocument="CREATION_TIME">2022-02-16</TIMEX3>'
                           '</DCT>\n<TITLE>Officials meet</TITLE>\n<TEXT>\nAT&amp;T officials met on Tuesday.\n'
                           '</TEXT>\n</TimeML>\n', encoding="utf-8")
            for fmt in ("jsonl", "timeml"):
                for source in (path, tml):
                    with contextlib.redirect_stdout(io.StringIO()):
                        timeline.cli.main(["tag", "-q", "-j", "1", "--format", fmt, str(source)])
        for rule in load_grammar().rules:
            for example in rule.examples:
                resolve(example.text, datetime.date(2022, 2, 16))
        # Paths of the anchoring code that no rule example takes, each with a regex it compiles on first use
        # (in every process, and in every worker of a parallel run, that meets one): a weekday and the
        # date or holiday glossing it, days listed, a span of months before "a year earlier".
        for text in ("The meeting was held on Tuesday, Feb. 15. On Tuesday the board voted.",
                     "Offices close on Monday, Presidents' Day, and Tuesday.",
                     "Officials met Friday and Thursday.",
                     "Sales fell over the past six months, down from a year earlier."):
            resolve(text, datetime.date(2022, 2, 16))
    finally:
        re._compile = real
    return sorted(seen)


# -- the code store: methods that `dataclasses` and `typing` compile from source -------------------------
# `dataclasses` writes the source of every generated method (__init__, __repr__, __eq__, ...) and exec()s
# it; `typing` compiles every string annotation of a NamedTuple into a ForwardRef: ~125 compilations from
# source, ~8 ms of a `timeline tag` process's imports. The store (compiled_code.bin) keeps their code
# objects by source text; a source not in it (a class edited since, another library's) is compiled as
# usual, so the store changes speed, never results. Code objects are specific to the interpreter that
# marshalled them: the key has its bytecode magic number.

CODE_STORE = Path(__file__).with_name("compiled_code.bin")


def _code_key() -> tuple:
    bootstrap = sys.modules.get("_frozen_importlib_external")
    return ("code", _FORMAT, ENGINE, getattr(bootstrap, "MAGIC_NUMBER", b""))


def _stored_exec(codes: dict):
    def exec_(source, globals=None, locals=None, /):          # what dataclasses calls: exec(txt, globals, ns)
        code = codes.get(("exec", source)) if isinstance(source, str) else None
        return exec(source if code is None else code, globals, locals)
    return exec_


def _stored_compile(codes: dict):
    def compile_(source, filename, mode, *args, **kwargs):    # what typing calls: compile(arg, '<string>', 'eval')
        if not args and not kwargs and filename == "<string>" and isinstance(source, str):
            code = codes.get((mode, source))
            if code is not None:
                return code
        return compile(source, filename, mode, *args, **kwargs)
    return compile_


def warm_code() -> int:
    """Let `dataclasses` and `typing` use the stored code of what they compile from source; how many
    sources are stored. Never raises."""
    if os.environ.get(DISABLE_ENV):
        return 0
    try:
        data = read(CODE_STORE, _code_key())
        if data is None or not data["key"][3]:
            return 0
        codes = data["codes"]
        import dataclasses
        import typing
        dataclasses.exec = _stored_exec(codes)     # a module global shadows the builtin of that name
        typing.compile = _stored_compile(codes)
        return len(codes)
    except Exception:                  # pragma: no cover - damaged store: compile as usual
        return 0


def record_code_sources() -> list[tuple[str, str]]:
    """The (mode, source) pairs `dataclasses` exec()s and `typing` compiles while the modules of a
    `timeline tag` run are imported (run in a fresh process, stores ignored)."""
    import builtins
    import dataclasses
    import typing
    seen: dict[tuple[str, str], None] = {}

    def recording_exec(source, globals=None, locals=None, /):
        if isinstance(source, str):
            seen.setdefault(("exec", source), None)
        return builtins.exec(source, globals, locals)

    def recording_compile(source, filename, mode, *args, **kwargs):
        if not args and not kwargs and filename == "<string>" and isinstance(source, str):
            seen.setdefault((mode, source), None)
        return builtins.compile(source, filename, mode, *args, **kwargs)

    dataclasses.exec = recording_exec
    typing.compile = recording_compile
    try:
        import timeline.cli  # noqa: F401
        import timeline.pipeline  # noqa: F401
        import timeline.resolve.timeml  # noqa: F401
        from timeline.ingest import read_documents  # noqa: F401
    finally:
        del dataclasses.exec
        del typing.compile
    return list(seen)


def record_code_in_fresh_process() -> list[tuple[str, str]]:
    """record_code_sources(), run in a new interpreter (the same one as this) with the stores ignored."""
    return _in_fresh_process("record_code_sources")


def write_code_store(sources: list[tuple[str, str]]) -> Optional[Path]:
    key = _code_key()
    if not ENGINE or not key[3]:
        return None
    write(CODE_STORE, {"key": key, "codes": {(mode, s): compile(s, "<string>", mode) for mode, s in sources}})
    return CODE_STORE


# Loads this file alone, before anything of the package is imported: the process that asks has compiled
# the patterns and code already. argv[2] names the recording function to call.
_RECORD = """
import importlib.util, sys
spec = importlib.util.spec_from_file_location("_timeline_regex_store", sys.argv[1])
store = importlib.util.module_from_spec(spec)
spec.loader.exec_module(store)
print(repr(getattr(store, sys.argv[2])()))
"""


def _in_fresh_process(function: str) -> list:
    import ast
    import subprocess

    done = subprocess.run([sys.executable, "-c", _RECORD, __file__, function], env={**os.environ, DISABLE_ENV: "1"},
                          capture_output=True, text=True, check=True)
    return ast.literal_eval(done.stdout)


def record_in_fresh_process() -> list[tuple[str, int]]:
    """record_module_patterns(), run in a new interpreter (the same one as this) with the store ignored."""
    return _in_fresh_process("record_module_patterns")


def write_module_store(patterns: list[tuple[str, int]]) -> Optional[Path]:
    if not ENGINE:
        return None
    stored = [(source, flags, program(source, flags)) for source, flags in patterns]
    write(MODULE_STORE, {"key": _module_key(), "patterns": [s for s in stored if s[2] is not None]})
    return MODULE_STORE
