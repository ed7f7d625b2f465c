"""Which rules can start with which (folded) first characters of the text.

The matcher tries at a position only the rules whose match can begin with the next PREFIX_LEN
characters there. Working this out parses every rule (~50 ms), so the result is shipped with the data
(data/<lang>/prefix_index.json, refreshed by `python -m timeline.resolve`) and recomputed only when it
does not match the data files.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

# Seven characters tell "the 1990s" from "the quarter", "the first" from "the fall" and "about 3" from
# "about a": at the frequent starts ("the", "about", numbers) a 5-character key still left 20-40 rules to
# try, most in vain (83,000 regex calls on TBAQ, against 44,000 with 7; resolving ~10% faster, loading
# the larger index ~3 ms slower).
PREFIX_LEN = 7
# Characters folded together: all digits are "0", all blanks " ", all dashes "-", curly apostrophes "'".
FOLD = str.maketrans({**{d: "0" for d in "0123456789"}, "\t": " ", "\n": " ", "\u00a0": " ",
                      "\u2010": "-", "\u2011": "-", "\u2013": "-", "’": "'"})
_MAX_PREFIXES = 20000
INDEX_FILE = "prefix_index.json"
# Bump when the prefix computation changes, so that a shipped index from an older engine is ignored.
_INDEX_ENGINE = "prefix-v2"


def prefixes(pattern: str, k: int = PREFIX_LEN) -> Optional[set[str]]:
    """The folded strings of length k a match can start with, plus whole matches shorter than k.

    None when it cannot be worked out (a negated class, "any character"...) or the set is too large.
    """
    try:
        from re import _constants as c, _parser as sre_parse
    except ImportError:            # pragma: no cover - other Python versions
        return None

    class Unknown(Exception):
        pass

    def concat(a: set[str], b: set[str]) -> set[str]:
        out = {x for x in a if len(x) >= k}
        short = [x for x in a if len(x) < k]
        out.update((x + y)[:k] for x in short for y in b)
        if len(out) > _MAX_PREFIXES:
            raise Unknown
        return out

    def seq(items) -> set[str]:
        acc = {""}
        for op, av in items:
            acc = concat(acc, item(op, av))
            if all(len(x) >= k for x in acc):
                break
        return acc

    def item(op, av) -> set[str]:
        if op is c.LITERAL:
            return {chr(av).translate(FOLD)}
        if op is c.IN:
            chars: set[str] = set()
            for iop, iav in av:
                if iop is c.LITERAL:
                    chars.add(chr(iav).translate(FOLD))
                elif iop is c.RANGE:
                    if iav[1] - iav[0] > 300:
                        raise Unknown
                    chars.update(chr(x).translate(FOLD) for x in range(iav[0], iav[1] + 1))
                elif iop is c.CATEGORY and iav is c.CATEGORY_DIGIT:
                    chars.add("0")
                elif iop is c.CATEGORY and iav is c.CATEGORY_SPACE:
                    chars.add(" ")
                else:
                    raise Unknown
            return chars
        if op is c.BRANCH:
            out: set[str] = set()
            for alt in av[1]:
                out |= seq(alt.data)
            return out
        if op is c.SUBPATTERN:
            return seq(av[-1].data)
        if op is getattr(c, "ATOMIC_GROUP", None):
            return seq(av.data)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
            lo, hi, sub = av
            body = seq(sub.data)
            out, cur = set(), {""}
            for i in range(0, min(hi, lo + k) + 1):
                if i >= lo:
                    out |= cur
                cur = concat(cur, body)
            return out
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return {""}
        raise Unknown

    try:
        return seq(sre_parse.parse(pattern).data)
    except Unknown:
        return None
    except Exception:              # pragma: no cover - defensive: fall back to "try everywhere"
        return None


def _prefix_class(found: Optional[set[str]]) -> str:
    if found is None:
        return "(?s:.)"
    return "(?:" + "|".join(re.escape(p) for p in sorted(found, key=lambda p: (-len(p), p))) + ")"


def fingerprint(lang_dir: Path) -> str:
    import hashlib                 # only when the index is checked or rebuilt, not on every start-up
    h = hashlib.sha256(_INDEX_ENGINE.encode())
    h.update(str(PREFIX_LEN).encode())
    for path in sorted(lang_dir.glob("*.toml")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def compute(raw_rules: list[dict], classes: dict[str, str], expand) -> dict:
    """{"prefixes": {prefix: [rule ids]}, "any": [rule ids that may start anywhere]}.

    `expand(pattern, classes)` writes a rule pattern with each class replaced by the given regex.
    """
    first_classes = {cls: _prefix_class(prefixes(body)) for cls, body in classes.items()}
    found: dict[str, list[str]] = {}
    any_char: list[str] = []
    for r in raw_rules:
        pre = prefixes(expand(r["pattern"], first_classes))
        if pre is None:
            any_char.append(r["id"])
            continue
        for p in sorted(pre):
            found.setdefault(p, []).append(r["id"])
    return {"prefixes": dict(sorted(found.items())), "any": any_char}


def read(lang_dir: Path) -> Optional[dict]:
    """The index shipped with the data, if it was made from these very files."""
    import json                    # only on the slow path: the compiled store holds the index
    try:
        data = json.loads((lang_dir / INDEX_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("fingerprint") != fingerprint(lang_dir):
        return None
    return data


def write(lang_dir: Path, index: dict) -> Path:
    import json
    path = lang_dir / INDEX_FILE
    data = {"fingerprint": fingerprint(lang_dir), **index}
    path.write_text(json.dumps(data, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return path
