"""Compiled rule regexes shipped with the data, so that a `timeline tag` process does not compile them.

Parsing and compiling the ~150 rule regexes costs ~35 ms, more than resolving a long article: for a
`timeline tag` process it was the largest single cost. `re` cannot pickle a compiled pattern, but its
compiler's output (the SRE program, a list of ints) can be stored and handed back to `_sre.compile`,
which validates it. `python -m timeline.resolve` writes the store next to the data; it is used only by
the same interpreter and SRE engine version and only while the data and engine files are byte for byte
those it was built from. Anything else (another Python, edited rules, a damaged file, a private API
that moved) falls back to `re.compile`, so the store changes speed, never results.
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


def program(source: str) -> Optional[tuple]:
    """What `re.compile(source)` hands to the engine, as marshal-able data (None if unavailable)."""
    if _sre is None:
        return None
    try:
        parsed = _sre_parser.parse(source, 0)
        code = _sre_compiler._code(parsed, 0)
        state = parsed.state
        names = dict(state.groupdict)
        return (state.flags, array("I", code).tobytes(), state.groups - 1, names)
    except Exception:                  # pragma: no cover - a changed private API
        return None


def from_program(source: str, prog: Optional[tuple]) -> re.Pattern:
    """The compiled pattern for `source`, from its stored program when there is a usable one."""
    if prog is not None and _sre is not None:
        try:
            flags, code_bytes, groups, names = prog
            code = array("I")
            code.frombytes(code_bytes)
            index_group = [None] * (groups + 1)
            for name, i in names.items():
                index_group[i] = name
            return _sre.compile(source, flags, code.tolist(), groups, names, tuple(index_group))
        except Exception:              # pragma: no cover - damaged or foreign program
            pass
    return re.compile(source)


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


def read(path: Path, key: tuple) -> Optional[dict]:
    if not ENGINE:
        return None
    try:
        data = marshal.loads(zlib.decompress(path.read_bytes()))
    except (OSError, ValueError, EOFError, TypeError, zlib.error):
        return None
    if not isinstance(data, dict) or data.get("key") != key:
        return None
    return data


def write(path: Path, data: dict) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(zlib.compress(marshal.dumps(data), 9))
    os.replace(tmp, path)
