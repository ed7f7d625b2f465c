"""Compile a language's data files (vocabulary + rules) into the matcher's regexes, once per process.

A rule pattern is a regex over the *lower-cased* text in which `{class}` (or `{class@name}`) stands for
a vocabulary class (data/<lang>/vocab.toml) or a built-in class (digits, years, times, see BUILTINS),
and a plain space stands for a run of blanks. Each class becomes a named group whose normalized form is
substituted into the rule's value template.
"""
from __future__ import annotations

import functools
import hashlib
import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

DATA = Path(__file__).resolve().parent / "data"

# Blank between two words (the matcher rejects a match that spans a blank line: a new paragraph).
SPACE = r"(?:[ \t\n\u00a0]+)"

HYPHEN_OR_SPACE = r"(?:[ \t\u00a0]*[-\u2010\u2011\u2013][ \t\u00a0]*|[ \t\n\u00a0]+)"

_WORD_BOUNDARY_L = r"(?<![\w'])"
_WORD_BOUNDARY_R = r"(?![\w])"

_NUM_WORDS_UNDER_10 = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _year_norm(s: str) -> str:
    s = s.strip().lstrip("'’")
    if len(s) == 2:
        n = int(s)
        return f"{1900 + n if n >= 30 else 2000 + n:04d}"
    return s


def _two(s: str) -> str:
    return f"{int(re.sub(r'[^0-9]', '', s)):02d}"


def _decade_norm(s: str) -> str:
    s = s.strip().lstrip("'’").rstrip("s").rstrip("'’")
    if len(s) == 2:
        return _year_norm(s)[:3]
    return s[:3]


_DECADE_WORDS = {"twenties": "2", "thirties": "3", "forties": "4", "fifties": "5", "sixties": "6",
                 "seventies": "7", "eighties": "8", "nineties": "9"}


def _hour_norm(s: str) -> str:
    return f"{int(s):02d}"


_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SPOKEN_CENTURY = {"eighteen": 18, "nineteen": 19}


def _spoken_under_100(words: list[str]) -> int | None:
    if len(words) == 1:
        w = words[0]
        if w in _TEENS:
            return 10 + _TEENS.index(w)
        if w in _TENS:
            return 20 + 10 * _TENS.index(w)
        return None
    if len(words) == 2 and words[0] in _TENS and words[1] in _ONES:
        return 20 + 10 * _TENS.index(words[0]) + _ONES.index(words[1]) + 1
    if len(words) == 2 and words[0] == "oh" and words[1] in _ONES:
        return _ONES.index(words[1]) + 1
    return None


def _spoken_year_norm(s: str) -> str:
    words = re.findall(r"[a-z]+", s)
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        n = 0 if not rest else (_ONES.index(rest[0]) + 1 if rest[0] in _ONES else _spoken_under_100(rest) or 0)
        return f"{2000 + n:04d}"
    century = _SPOKEN_CENTURY.get(words[0], 19)
    rest = words[1:]
    if rest and rest[0] == "hundred":
        return f"{century * 100:04d}"
    return f"{century * 100 + (_spoken_under_100(rest) or 0):04d}"


_UNDER_100_RE = (r"(?:(?:" + "|".join(_TENS) + r")(?:[ -](?:" + "|".join(_ONES) + r"))?|" + "|".join(_TEENS)
                 + r"|oh (?:" + "|".join(_ONES) + r"))")
_SPOKEN_YEAR_RE = (r"(?:eighteen|nineteen) (?:hundred|" + _UNDER_100_RE + r")"
                   r"|two thousand(?: and (?:" + "|".join(_ONES) + r"))?")


@dataclass(frozen=True)
class Builtin:
    regex: str
    norm: Callable[[str], str]


# Classes whose surface is better said as a regex than as a word list.
BUILTINS: dict[str, Builtin] = {
    # 4-digit years 1000-2099 (the rule's guard decides how plausible a bare number is).
    "year": Builtin(r"1\d{3}|20\d{2}", _year_norm),
    "year2": Builtin(r"['’]\d{2}", _year_norm),
    "day": Builtin(r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?", _two),
    "month_num": Builtin(r"1[0-2]|0?[1-9]", _two),
    "digits": Builtin(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", lambda s: s.replace(",", "")),
    "hour12": Builtin(r"1[0-2]|0?[1-9]", _hour_norm),
    "hour24": Builtin(r"[01]?\d|2[0-3]", _hour_norm),
    "minute": Builtin(r"[0-5]\d", lambda s: s),
    "ampm": Builtin(r"a\.?\s?m\b\.?|p\.?\s?m\b\.?", lambda s: "pm" if s.strip()[0] == "p" else "am"),
    "decade": Builtin(r"1\d{2}0['’]?s|20\d0['’]?s|['’]\d0['’]?s|\d0['’]s",
                      _decade_norm),
    "decade_word": Builtin("|".join(_DECADE_WORDS), lambda s: "19" + _DECADE_WORDS[s]),
    "quarter_code": Builtin(r"q[1-4]", lambda s: s[1]),
    "half_code": Builtin(r"h[12]", lambda s: s[1]),
    # Years read aloud in broadcast transcripts: "nineteen ninety-six", "two thousand".
    "spoken_year": Builtin(_SPOKEN_YEAR_RE, _spoken_year_norm),
    "tz": Builtin(r"(?:[ecmp][sd]t|gmt|utc|[ecmp]t)\b", lambda s: s.upper()),
}


@dataclass(frozen=True)
class Example:
    text: str
    reference: Optional[str]
    value: str
    span: Optional[str] = None


@dataclass(eq=False)
class Rule:
    id: str
    type: str
    pattern: str
    value: str
    index: int
    mod: Optional[str] = None
    quant: Optional[str] = None
    freq: Optional[str] = None
    guards: tuple[str, ...] = ()
    priority: int = 0
    anchorable: bool = True          # may later expressions anchor on this one?
    examples: tuple[Example, ...] = ()
    source: str = ""                                       # the expanded regex
    groups: dict[str, str] = field(default_factory=dict)   # group name -> class
    _regex: Optional[re.Pattern] = field(default=None, repr=False)

    @property
    def regex(self) -> re.Pattern:
        """Compiled on first use: a process tagging one short text should not pay for every rule."""
        if self._regex is None:
            try:
                self._regex = re.compile(self.source)
            except re.error as err:
                raise ValueError(f"rule {self.id}: bad pattern: {err}") from err
        return self._regex


@dataclass(eq=False)
class Grammar:
    language: str
    rules: list[Rule]
    vocab: dict[str, dict[str, str]]
    trigger: re.Pattern           # words and digits that every match contains
    norms: dict[str, Callable[[str], str]]
    by_prefix: dict[str, list[Rule]]  # folded first characters of a match -> rules that can start so
    any_char: list[Rule]              # rules whose first characters could not be worked out
    lead_words: re.Pattern            # function words a match may start with ("the", "at least")
    _candidates: dict[str, list] = field(default_factory=dict, repr=False)

    def candidates(self, key: str) -> list:
        """(match function, rule) pairs worth trying where the folded text starts with `key`."""
        found = self._candidates.get(key)
        if found is None:
            rules = set(self.any_char)
            for j in range(1, len(key) + 1):
                rules.update(self.by_prefix.get(key[:j], ()))
            found = [(r.regex.match, r) for r in sorted(rules, key=lambda r: r.index)]
            self._candidates[key] = found
        return found


def _word_alternation(words: list[str]) -> str:
    """Regex for a word list; 'jan.' means an optional final dot; longest forms first."""
    alts = []
    for w in sorted(words, key=lambda w: (-len(w), w)):
        if w.endswith(".") and len(w) > 1:
            alts.append(re.escape(w[:-1]) + r"\.?")
        else:
            alts.append(re.escape(w).replace(r"\ ", SPACE))
    return "|".join(alts)


def _number_words(vocab: dict[str, dict[str, str]]) -> dict[str, str]:
    """Cardinal words plus the compounds twenty-one .. ninety-nine (for normalizing)."""
    words = dict(vocab.get("number", {}))
    for tens_word, tens in vocab.get("tens", {}).items():
        for i, unit_word in enumerate(_NUM_WORDS_UNDER_10, start=1):
            words[f"{tens_word}-{unit_word}"] = f"{tens}{i}"
            words[f"{tens_word} {unit_word}"] = f"{tens}{i}"
    return words


def _vocab_norm(table: dict[str, str]) -> Callable[[str], str]:
    lookup = {}
    for k, v in table.items():
        key = k[:-1] if k.endswith(".") and len(k) > 1 else k
        lookup[key] = v

    def norm(s: str) -> str:
        key = " ".join(s.replace("\u2010", "-").replace("\u2011", "-").replace("\u2013", "-").split()).rstrip(".")
        key = re.sub(r"\s*-\s*", "-", key) if "-" in key and key not in lookup else key
        if key in lookup:
            return lookup[key]
        return lookup.get(key + ".", lookup.get(s, s))
    return norm


_PLACEHOLDER = re.compile(r"\{([a-z][a-z_0-9]*)(?:@([a-z][a-z_0-9]*))?\}")


def _expand(pattern: str, classes: dict[str, str], named: bool, groups: dict[str, str]) -> str:
    def sub(m: re.Match) -> str:
        cls, name = m.group(1), m.group(2) or m.group(1)
        if cls not in classes:
            raise ValueError(f"unknown class {{{cls}}} in pattern {pattern!r}")
        groups[name] = cls
        body = classes[cls]
        return f"(?P<{name}>{body})" if named else f"(?:{body})"
    # A space is a blank run, "~" a hyphen or a blank ("third-quarter", "third quarter").
    out = pattern.replace(" ", SPACE).replace("~", HYPHEN_OR_SPACE)
    return _PLACEHOLDER.sub(sub, out)


# Characters folded together when indexing rules by their first characters: all digits are "0",
# all blanks " ", all dashes "-", curly apostrophes "'".
PREFIX_LEN = 3
FOLD = str.maketrans({**{d: "0" for d in "0123456789"}, "\t": " ", "\n": " ", "\u00a0": " ",
                      "\u2010": "-", "\u2011": "-", "\u2013": "-", "’": "'"})
_MAX_PREFIXES = 20000


def _prefixes(pattern: str, k: int = PREFIX_LEN) -> Optional[set[str]]:
    """The folded strings of length k a match can start with, plus whole matches shorter than k.

    None when it cannot be worked out (a negated class, "any character"...) or the set is too large.
    """
    try:
        from re import _parser as sre_parse, _constants as c
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


def _prefix_class(prefixes: Optional[set[str]]) -> str:
    if prefixes is None:
        return "(?s:.)"
    return "(?:" + "|".join(re.escape(p) for p in sorted(prefixes, key=lambda p: (-len(p), p))) + ")"


def _trie_regex(words: list[str]) -> str:
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    def build(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not end else "(?:" + "|".join(alts) + ")"
        if end:
            body = body if body.startswith("(?:") else "(?:" + body + ")"
            return body + "?"
        return body
    return build(trie)


_STOP = {"the", "of", "and", "or", "a", "an", "in", "at", "on", "to", "per", "s"}


def _literal_words(pattern: str) -> set[str]:
    # words inside look-arounds only constrain the context; they are not part of the match
    pattern = re.sub(r"\(\?<?[=!](?:[^()]|\([^()]*\))*\)", " ", pattern)
    bare = _PLACEHOLDER.sub(" ", pattern)
    bare = re.sub(r"\\.", " ", bare)
    bare = re.sub(r"\(\?[:=!<P]*", " ", bare)
    return {w for w in re.findall(r"[a-z]+", bare) if w not in _STOP and len(w) > 1}


def _load_rules(lang_dir: Path) -> list[dict]:
    raw: list[dict] = []
    for path in sorted(lang_dir.glob("*.toml")):
        if path.name == "vocab.toml":
            continue
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        for r in data.get("rule", []):
            r = dict(r)
            r["_file"] = path.name
            raw.append(r)
    return raw


INDEX_FILE = "prefix_index.json"
# Bump when the prefix computation changes, so that a shipped index from an older engine is ignored.
_INDEX_ENGINE = "prefix-v1"


def fingerprint(lang_dir: Path) -> str:
    h = hashlib.sha256(_INDEX_ENGINE.encode())
    h.update(str(PREFIX_LEN).encode())
    for path in sorted(lang_dir.glob("*.toml")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def _compute_prefix_index(raw_rules: list[dict], classes: dict[str, str], vocab: dict) -> dict:
    """Which rules can start with which (folded) first characters: parses every rule once (~50 ms)."""
    first_classes = {}
    for cls, body in classes.items():
        table = vocab.get(cls) if cls != "number" else None
        if isinstance(table, dict):
            words = {re.sub(r"\s+", " ", w.rstrip(".") if w.endswith(".") and len(w) > 1 else w) for w in table}
            first_classes[cls] = _prefix_class({w.translate(FOLD)[:PREFIX_LEN] for w in words})
        else:
            first_classes[cls] = _prefix_class(_prefixes(body))
    prefixes: dict[str, list[str]] = {}
    any_char: list[str] = []
    for r in raw_rules:
        found = _prefixes(_expand(r["pattern"], first_classes, False, {}))
        if found is None:
            any_char.append(r["id"])
            continue
        for pre in sorted(found):
            prefixes.setdefault(pre, []).append(r["id"])
    return {"prefixes": dict(sorted(prefixes.items())), "any": any_char}


def _read_prefix_index(lang_dir: Path) -> Optional[dict]:
    """The index shipped with the data (see write_prefix_index), if it was made from these very files."""
    path = lang_dir / INDEX_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("fingerprint") != fingerprint(lang_dir):
        return None
    return data


def write_prefix_index(language: str = "en") -> Path:
    """Regenerate data/<language>/prefix_index.json after editing the data files."""
    lang_dir = DATA / language
    load_grammar.cache_clear()
    grammar = load_grammar(language, use_index=False)
    index = {"fingerprint": fingerprint(lang_dir),
             "prefixes": {pre: [r.id for r in rules] for pre, rules in sorted(grammar.by_prefix.items())},
             "any": [r.id for r in grammar.any_char]}
    path = lang_dir / INDEX_FILE
    path.write_text(json.dumps(index, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    load_grammar.cache_clear()
    return path


@functools.lru_cache(maxsize=None)
def load_grammar(language: str = "en", use_index: bool = True) -> Grammar:
    lang_dir = DATA / language
    if not lang_dir.is_dir():
        raise LookupError(f"no resolver data for language {language!r}")
    with (lang_dir / "vocab.toml").open("rb") as fh:
        vocab: dict[str, dict[str, str]] = tomllib.load(fh)
    base_numbers = dict(vocab.get("number", {}))
    vocab["number"] = _number_words(vocab)
    classes: dict[str, str] = {}
    norms: dict[str, Callable[[str], str]] = {}
    for cls, table in vocab.items():
        if not isinstance(table, dict):
            continue
        classes[cls] = _word_alternation(list(table))
        norms[cls] = _vocab_norm(table)
    # "twenty-four", "twenty four": one compact regex rather than 144 alternatives
    if vocab.get("tens"):
        compound = "(?:" + "|".join(sorted(vocab["tens"], key=len, reverse=True)) + ")" + \
            HYPHEN_OR_SPACE + "(?:" + "|".join(_NUM_WORDS_UNDER_10) + ")"
        classes["number"] = compound + "|" + _word_alternation(list(base_numbers))
    for cls, b in BUILTINS.items():
        classes[cls] = b.regex
        norms[cls] = b.norm
    # {num}: a cardinal as digits or words.
    classes["num"] = f"{BUILTINS['digits'].regex}|{classes['number']}"
    norms["num"] = lambda s, _w=norms["number"]: (s.replace(",", "") if s[:1].isdigit() else _w(s))

    rules: list[Rule] = []
    seen: set[str] = set()
    trigger_words: set[str] = set()
    raw_rules = _load_rules(lang_dir)
    for i, r in enumerate(raw_rules):
        rid = r["id"]
        if rid in seen:
            raise ValueError(f"duplicate rule id {rid}")
        seen.add(rid)
        groups: dict[str, str] = {}
        body = _expand(r["pattern"], classes, True, groups)
        source = _WORD_BOUNDARY_L + "(?:" + body + ")" + _WORD_BOUNDARY_R
        examples = tuple(Example(e["text"], e.get("reference"), e["value"], e.get("span"))
                         for e in r.get("example", []))
        guards = r.get("guard", ())
        if isinstance(guards, str):
            guards = (guards,)
        rules.append(Rule(id=rid, type=r["type"], pattern=r["pattern"], value=r["value"], index=i,
                          mod=r.get("mod"), quant=r.get("quant"), freq=r.get("freq"),
                          guards=tuple(guards), priority=int(r.get("priority", 0)),
                          anchorable=bool(r.get("anchorable", True)),
                          examples=examples, source=source, groups=groups))
        trigger_words |= _literal_words(r["pattern"])
    # Every vocabulary word can be part of a match (classes are combined: {num} uses [number]).
    for cls, table in vocab.items():
        if not isinstance(table, dict):
            continue
        for w in table:
            trigger_words |= {p for p in re.findall(r"[a-z]+", w) if p not in _STOP and len(p) > 1}
    trigger_words |= set(_DECADE_WORDS) | {"eighteen", "nineteen", "thousand", "hundred"}
    lead = set(vocab.get("lead", ())) | _STOP
    trigger_words -= lead
    trigger = re.compile(r"(?<![a-z])(?:" + _trie_regex(sorted(trigger_words)) + r")(?:'?s)?(?![a-z])|\d+"
                         # codes glued to digits: "Q3 2022", "H1", "FY2023"
                         r"|(?<![a-z])(?:q|h|fy)(?=[ -]?'?\d)")
    index = _read_prefix_index(lang_dir) if use_index else None
    if index is None:
        index = _compute_prefix_index(raw_rules, classes, vocab)
    by_id = {rule.id: rule for rule in rules}
    by_prefix = {pre: [by_id[rid] for rid in ids] for pre, ids in index["prefixes"].items()}
    any_char = [by_id[rid] for rid in index["any"]]
    lead_words = re.compile(r"(?:" + "|".join(sorted(lead, key=lambda w: (-len(w), w))) + r")")
    return Grammar(language, rules, vocab, trigger, norms, by_prefix, any_char, lead_words)

