"""Compile a language's data files (vocabulary + rules) into the matcher's regexes, once per process.

A rule pattern is a regex over the *lower-cased* text in which `{class}` (or `{class@name}`) stands for
a vocabulary class (data/<lang>/vocab.toml) or a built-in class (digits, years, times, see
classes.BUILTINS), and a plain space stands for a run of blanks. Each class becomes a named group whose
normalized form is substituted into the rule's value template.

Start-up cost matters (`timeline tag` on one article is a whole process): the loaded grammar, with the
compiled programs of its regexes, ships as data/<lang>/compiled_grammar.bin (see regex_store; written by
`python -m timeline.resolve` together with the prefix index). Without a usable store each rule is
compiled only when a text first needs it. TIMELINE_NO_GRAMMAR_STORE=1 ignores the store (to measure).
"""
from __future__ import annotations

import functools
import marshal
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from .. import regex_store
from . import prefix_index
from .classes import BUILTINS, DECADE_WORDS, HYPHEN_OR_SPACE, NUM_WORDS_UNDER_10, SPACE

DATA = Path(__file__).resolve().parent / "data"
_ENGINE_FILES = ("grammar.py", "classes.py", "prefix_index.py", "../regex_store.py", "countries.py")

# What a rule's `trait` list may say about its expressions, for the anchoring code to ask (rather than
# naming rule ids in code). tests/resolve/test_rules.py checks that every trait is known and used.
TRAITS = {
    "day_less": "a clock time or part of a day whose day is not written in it (\"3 p.m.\", \"the evening\"): "
                "it does not tell that the story is about the publication day",
    "weekday_time": "a weekday with a time of day (\"Thursday night\", \"9:41 p.m. Thursday\"): still to come, it "
                    "names the day of what follows in its sentence",
    "quarter_of_year": "a quarter written with its year (\"the fourth quarter of fiscal 2017\", \"2017 Q4\"): a "
                       "fiscal label, when the text says fiscal, for the quarters after it",
    "retrospective": "counted back from publication to the same month, week or day (\"Ten years ago this month\"): "
                     "it may set the year of a retrospective",
    "bare_weekday": "a weekday alone (\"Friday\"): the first of a pair or range (\"Friday or Saturday\") from which "
                    "the second is counted",
    "step_later": "a step forward from the date in focus (\"two months later\", \"the next day\"): the story moves on",
    "slash_day_first": "a numeric date that can only be day/month (\"16/02/2022\")",
    "slash_month_first": "a numeric date read month/day unless the text writes day first (\"02/16/2022\", \"8/4\")",
    "night_of_day_named": "a night with no day (\"overnight\"): the night of the latest day before publication "
                          "named in its paragraph, else the night before publication",
    "range_start": "the first clock time of a range (\"from 1 to 4 p.m. Saturday\"): on the day of the time that "
                   "ends the range",
    "feast_night": "the night of a named day (\"election night\"): gone by, it is the day of the clock times told "
                   "after it in its sentence",
    # Round 131
    "clock_dated": "a clock time written with its month and day (\"12:06 a.m. EDT July 17\"): a day told, from "
                   "which a later step is counted, not the reporting time",
}

_WORD_BOUNDARY_L = r"(?<![\w'])"
_WORD_BOUNDARY_R = r"(?![\w])"


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
    traits: tuple[str, ...] = ()     # keys of TRAITS
    priority: int = 0
    anchorable: bool = True          # may later expressions anchor on this one?
    examples: tuple[Example, ...] = ()
    source: str = ""                                       # the expanded regex
    groups: dict[str, str] = field(default_factory=dict)   # group name -> class
    program: Optional[tuple] = field(default=None, repr=False)   # stored compiled form (regex_store)
    _regex: Optional[re.Pattern] = field(default=None, repr=False)

    @property
    def regex(self) -> re.Pattern:
        """Compiled on first use: a process tagging one short text should not pay for every rule."""
        if self._regex is None:
            try:
                self._regex = regex_store.from_program(self.source, self.program)
            except re.error as err:
                raise ValueError(f"rule {self.id}: bad pattern: {err}") from err
        return self._regex

    def as_tuple(self) -> tuple:
        return (self.id, self.type, self.pattern, self.value, self.index, self.mod, self.quant, self.freq,
                self.guards, self.traits, self.priority, self.anchorable,
                tuple((e.text, e.reference, e.value, e.span) for e in self.examples), self.source,
                self.groups)

    @classmethod
    def from_tuple(cls, t: tuple, program: Optional[tuple], examples: Optional[Sequence] = None) -> "Rule":
        (rid, rtype, pattern, value, index, mod, quant, freq, guards, traits, priority, anchorable, stated,
         source, groups) = t
        return cls(rid, rtype, pattern, value, index, mod, quant, freq, tuple(guards), tuple(traits), priority,
                   anchorable,
                   tuple(Example(*e) for e in stated) if examples is None else examples, source, dict(groups),
                   program)


class _StoredExamples(Sequence):
    """A rule's examples as the compiled store keeps them (one marshalled table for all rules), made into
    Example objects when first read. Only the tests and regex_store's recorder read examples; unmarshalling
    and making the ~1,100 of them cost every process ~13M instructions (~4% of a short `timeline tag`
    run) before it could fork."""
    __slots__ = ("_table", "_rule", "_items")

    def __init__(self, table: dict, rule: str):
        self._table = table          # shared by all rules: {"blob": bytes}, and "rules" once unmarshalled
        self._rule = rule
        self._items: Optional[tuple] = None

    def _examples(self) -> tuple:
        if self._items is None:
            rules = self._table.get("rules")
            if rules is None:        # (threads racing here each unmarshal it: harmless)
                rules = self._table["rules"] = marshal.loads(self._table["blob"])
            self._items = tuple(Example(*e) for e in rules.get(self._rule, ()))
        return self._items

    def __getitem__(self, i):
        return self._examples()[i]

    def __len__(self) -> int:
        return len(self._examples())

    def __eq__(self, other) -> bool:
        return self._examples() == (other._examples() if isinstance(other, _StoredExamples) else other)

    __hash__ = None                  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(self._examples())


@dataclass(eq=False)
class Grammar:
    language: str
    rules: list[Rule]
    vocab: dict[str, dict[str, str]]
    # Finds the words and numbers every match contains, each with the separator before it; it is run
    # on " " + text so that position 0 has a separator too.
    trigger: re.Pattern
    lead_words: frozenset[str]        # function words a match may start with ("the", "at least")
    norms: dict[str, Callable[[str], str]]
    # Folded first characters of a match ("" for any other start) -> the number of the list of rules to
    # try there (closures[number]: indexes into rules, in file order). The lists are worked out when the
    # data is compiled, not per process: building them as a run meets them cost every process ~25 ms.
    closure_of: dict[str, int]
    closures: list[tuple[int, ...]]
    any_char: list[Rule]              # rules whose first characters could not be worked out
    _candidates: dict[str, list] = field(default_factory=dict, repr=False)     # key met -> its candidates
    _by_closure: dict[int, list] = field(default_factory=dict, repr=False)     # (shared by keys alike)
    _numbers: dict[str, int] = field(default_factory=dict, repr=False)         # key met -> closure number

    @functools.lru_cache(maxsize=None)
    def class_regex(self, cls: str) -> str:
        """The regex of a vocabulary class ("month": every month name and abbreviation of the language)."""
        return "(?:" + _word_alternation(list(self.vocab[cls])) + ")"

    def candidates(self, key: str) -> list:
        """(match function, rule) pairs worth trying where the folded text starts with `key`: the rules
        indexed under the key's longest indexed prefix or any shorter prefix of it, and those that may
        start anywhere."""
        found = self._candidates.get(key)
        if found is None:
            number = self._closure_number(key)
            found = self._by_closure.get(number)
            if found is None:
                rules = self.rules
                found = self._by_closure[number] = [(rules[i].regex.match, rules[i]) for i in self.closures[number]]
            self._candidates[key] = found
        return found

    def _closure_number(self, key: str) -> int:
        """closure_of of the key's longest indexed prefix ("" when none is). A key not indexed itself has
        the answer of the key one character shorter, kept too: the keys a text meets share their shorter
        prefixes ("the 199", "the 198"), so most are answered in a lookup or two, not up to seven."""
        numbers = self._numbers
        number = numbers.get(key)
        if number is None:
            number = self.closure_of.get(key)
            if number is None:
                number = self._closure_number(key[:-1])      # ("" is always indexed: no deeper than that)
            numbers[key] = number
        return number


def _word_alternation(words: list[str]) -> str:
    """Regex for a word list as a trie (one branch per first letter: failing is cheap);
    'jan.' means an optional final dot."""
    forms = []
    for w in words:
        if w.endswith(".") and len(w) > 1:
            forms.append(w[:-1])
            forms.append(w)
        else:
            forms.append(w)
    return _trie_regex(forms, SPACE)


def _number_words(vocab: dict[str, dict[str, str]]) -> dict[str, str]:
    """Cardinal words plus the compounds twenty-one .. ninety-nine (for normalizing)."""
    words = dict(vocab.get("number", {}))
    for tens_word, tens in vocab.get("tens", {}).items():
        for i, unit_word in enumerate(NUM_WORDS_UNDER_10, start=1):
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


def _trie_regex(words: list[str], space: Optional[str] = None) -> str:
    """One alternation branch per distinct first character, recursively; `space` replaces a blank."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    def build(node: dict) -> str:
        end = "" in node
        alts = [(space if space and ch == " " else re.escape(ch)) + build(node[ch])
                for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        if end:
            # "(?:X|)" rather than "(?:X)?": the same matches, tried in the same order (the greedy "?" tries X
            # first, as the branch does), but the engine runs a group under "?" as a repeat, setting up and
            # freeing a repeat context each time it enters it, where a branch needs none (find_mentions over
            # TBAQ: 2.6% fewer instructions)
            return "(?:" + "|".join(alts) + "|)"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
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
    import tomllib                 # only when the compiled store is missing or stale
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


def _classes(vocab: dict) -> tuple[dict[str, str], dict[str, Callable[[str], str]]]:
    """Class name -> regex body and class name -> normalizer, for the vocabulary and the built-ins."""
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
            HYPHEN_OR_SPACE + "(?:" + "|".join(NUM_WORDS_UNDER_10) + ")"
        classes["number"] = compound + "|" + _word_alternation(list(base_numbers))
    for cls, b in BUILTINS.items():
        classes[cls] = b.regex
        norms[cls] = b.norm
    # {num}: a cardinal as digits or words.
    classes["num"] = f"{BUILTINS['digits'].regex}|{classes['number']}"
    norms["num"] = lambda s, _w=norms["number"]: (s.replace(",", "") if s[:1].isdigit() else _w(s))
    return classes, norms


def _norms(vocab: dict) -> dict[str, Callable[[str], str]]:
    """The normalizers alone (vocab["number"] already expanded), for a grammar read from the store."""
    norms = {cls: _vocab_norm(table) for cls, table in vocab.items() if isinstance(table, dict)}
    for cls, b in BUILTINS.items():
        norms[cls] = b.norm
    norms["num"] = lambda s, _w=norms["number"]: (s.replace(",", "") if s[:1].isdigit() else _w(s))
    return norms


def _trigger_source(words: set[str]) -> str:
    # A number right after "$", "#", a decimal point, a thousands comma, a colon or a slash cannot
    # start an expression ("$12", "2.5", "14,000", "10:30", "1/2").
    # (The lookahead lets the engine pass over the digits branch at once where no digit follows.)
    word = ("(?:" + _trie_regex(sorted(words)) + r")(?:'?s)?(?![a-z])|(?=[\d'])(?<![$#£€.,:/])'?\d+"
            # codes glued to digits: "Q3 2022", "H1", "FY2023"
            r"|(?:q|h|fy)(?=[ -]?'?\d)"
            # days named by initials ("V-E Day"): no word of two letters to start them
            r"|v-?e(?=[ -]day)"
            # "w/c 12 May" (week commencing): an abbreviation with a slash, no word to trigger on
            r"|w/c(?=[ \t])"
            # dosing frequencies of medical text ("b.i.d.", "t.i.d."): letters only, no word to start them
            r"|[btq]\.i\.d\."
            # "c. 1560" (circa, on museum labels and in catalogues): a one-letter abbreviation, no word to
            # start it, and the year after it is reached only from its own start
            r"|c\.(?=[ \t]?[12]\d\d\d)"
            # "five o'clock", "seven p.m.": the number word before them is a lead word (as a trigger it
            # would send every counting rule to every count), reached backwards from these
            r"|o['’]clock(?![a-z])|[ap]\.m\."
            # "this year as last.", "this month than last,": "last" (a lead word) closing a comparison has no
            # trigger after it to be reached back from
            r"|last(?=[,.;:)]|[ \t]+(?:and|but|or)(?![a-z])|$)"
            # "in less than a second.": "second" is a lead word (an ordinal far more often than a unit);
            # closing a phrase before punctuation it is the unit, reached back from here
            r"|second(?=[.,;:!?)])")
    # The leading separator is a character class, which lets the engine skip to candidates fast.
    return r"[^a-z0-9](?:" + word + ")"


def _build(language: str, lang_dir: Path, use_index: bool) -> dict:
    """Everything the matcher needs, as plain data (what the store keeps, minus the programs)."""
    import tomllib
    with (lang_dir / "vocab.toml").open("rb") as fh:
        vocab: dict[str, dict[str, str]] = tomllib.load(fh)
    classes, _ = _classes(vocab)
    rules: list[tuple] = []
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
        traits = r.get("trait", ())
        if isinstance(traits, str):
            traits = (traits,)
        unknown = set(traits) - set(TRAITS)
        if unknown:
            raise ValueError(f"rule {rid}: unknown trait {sorted(unknown)[0]!r}")
        rules.append(Rule(id=rid, type=r["type"], pattern=r["pattern"], value=r["value"], index=i,
                          mod=r.get("mod"), quant=r.get("quant"), freq=r.get("freq"),
                          guards=tuple(guards), traits=tuple(traits), priority=int(r.get("priority", 0)),
                          anchorable=bool(r.get("anchorable", True)),
                          examples=examples, source=source, groups=groups).as_tuple())
        trigger_words |= _literal_words(r["pattern"])
    # Every vocabulary word can be part of a match (classes are combined: {num} uses [number]).
    for cls, table in vocab.items():
        if not isinstance(table, dict):
            continue
        for w in table:
            trigger_words |= {p for p in re.findall(r"[a-z]+", w) if p not in _STOP and len(p) > 1}
    trigger_words |= set(DECADE_WORDS) | {"eighteen", "nineteen", "thousand", "hundred"}
    lead = set(vocab.get("lead", ())) | _STOP
    trigger_words -= lead
    index = prefix_index.read(lang_dir) if use_index else None
    if index is None:
        index = prefix_index.compute(raw_rules, classes, lambda p, cls: _expand(p, cls, False, {}))
    closure_of, closures = _closures(index["prefixes"], index["any"], [r[0] for r in rules])
    return {"language": language, "vocab": {k: v for k, v in vocab.items() if isinstance(v, dict)},
            "rules": rules, "trigger": _trigger_source(trigger_words), "lead": sorted(lead),
            "prefixes": index["prefixes"], "any": index["any"], "closure_of": closure_of, "closures": closures}


def _closures(prefixes: dict[str, list[str]], any_ids: list[str], rule_ids: list[str]
              ) -> tuple[dict[str, int], list[tuple[int, ...]]]:
    """For every indexed prefix (and "" for any other start), the rules to try where the text starts with
    it, as rule indexes in file order: those indexed under it or under a shorter prefix of it, and those
    that may start anywhere. The ~13,000 prefixes share fewer than a thousand lists: each is kept once."""
    position = {rid: i for i, rid in enumerate(rule_ids)}
    anywhere = {position[rid] for rid in any_ids}
    numbered: dict[tuple[int, ...], int] = {}
    closure_of = {"": numbered.setdefault(tuple(sorted(anywhere)), 0)}
    for key in prefixes:
        found = set(anywhere)
        for j in range(1, len(key) + 1):
            found.update(position[rid] for rid in prefixes.get(key[:j], ()))
        closure_of[key] = numbered.setdefault(tuple(sorted(found)), len(numbered))
    return closure_of, list(numbered)


def _grammar(state: dict, programs: dict) -> Grammar:
    blob = state.get("examples")     # a store's examples, kept apart from its rules (see _StoredExamples)
    if blob is None:
        rules = [Rule.from_tuple(t, programs.get(t[0])) for t in state["rules"]]
    else:
        table = {"blob": blob}
        rules = [Rule.from_tuple(t, programs.get(t[0]), _StoredExamples(table, t[0])) for t in state["rules"]]
    by_id = {rule.id: rule for rule in rules}
    any_char = [by_id[rid] for rid in state["any"]]
    trigger = regex_store.from_program(state["trigger"], programs.get(" trigger"))
    return Grammar(state["language"], rules, state["vocab"], trigger, frozenset(state["lead"]),
                   _norms(state["vocab"]), state["closure_of"], state["closures"], any_char)


STORE_FILE = "compiled_grammar.bin"


def _store_key(language: str, lang_dir: Path) -> tuple:
    # The data files and the engine, not the prefix index: it is worked out from them (and written with the
    # store by write_prefix_index; tests check it is current), and reading and summing its 1.5 MB cost
    # every process ~1.7 ms.
    here = Path(__file__).resolve().parent
    sources = sorted(lang_dir.glob("*.toml"))
    return (language,) + regex_store.stamp(sources + [here / f for f in _ENGINE_FILES])


def load_grammar(language: str = "en", use_index: bool = True) -> Grammar:
    """The compiled grammar of `language`, loaded once per process. use_index=False recomputes the prefix
    index and ignores the shipped store (to check them)."""
    # One cache entry per language however it is asked for: lru_cache alone would keep load_grammar() and
    # load_grammar("en") apart, and a grammar loaded before --jobs forks would not be the one workers use.
    return _load_grammar(language, use_index)


@functools.lru_cache(maxsize=None)
def _load_grammar(language: str = "en", use_index: bool = True) -> Grammar:
    lang_dir = DATA / language
    if not lang_dir.is_dir():
        raise LookupError(f"no resolver data for language {language!r}")
    if use_index and not os.environ.get("TIMELINE_NO_GRAMMAR_STORE"):
        stored = regex_store.read(lang_dir / STORE_FILE, _store_key(language, lang_dir))
        if stored is not None:
            _STORED_EXTRAS[language] = stored.get("extras") or {}
            return _grammar(stored["state"], stored["programs"])
    return _grammar(_build(language, lang_dir, use_index), {})


# Other tables of a language kept in its compiled store (see _extras), by language, once the store has
# been loaded and found current: name -> (state, stored program of its regex).
_STORED_EXTRAS: dict[str, dict] = {}


def stored_extra(language: str, name: str) -> Optional[tuple]:
    """(state, program) of table `name` from the compiled store of `language` when the grammar was loaded
    from a current one, else None (the caller builds the table from its data file)."""
    extras = _STORED_EXTRAS.get(language)
    return extras.get(name) if extras else None


def _extras(lang_dir: Path) -> dict:
    """The tables other modules would parse and compile per process, as the store keeps them: the holiday
    table of countries.py (data/<lang>/holidays.toml) and its cue regex."""
    extras = {}
    holidays = lang_dir / "holidays.toml"
    if holidays.exists():
        from . import countries
        state = countries.table_state(holidays)
        extras["holidays"] = (state, regex_store.program(state["cues"]))
    return extras


load_grammar.cache_clear = _load_grammar.cache_clear        # type: ignore[attr-defined]
load_grammar.__wrapped__ = _load_grammar.__wrapped__        # type: ignore[attr-defined]


def write_prefix_index(language: str = "en") -> list[Path]:
    """Regenerate data/<language>/prefix_index.json and the compiled store after editing the data."""
    lang_dir = DATA / language
    load_grammar.cache_clear()
    state = _build(language, lang_dir, use_index=False)
    written = [prefix_index.write(lang_dir, {"prefixes": state["prefixes"], "any": state["any"]})]
    if regex_store.ENGINE:
        programs = {r.id: regex_store.program(r.source) for r in (Rule.from_tuple(t, None) for t in state["rules"])}
        programs[" trigger"] = regex_store.program(state["trigger"])
        path = lang_dir / STORE_FILE
        # The prefix table itself is not needed to match (closure_of is): left out, the store loads faster.
        stored = {k: v for k, v in state.items() if k != "prefixes"}
        # The examples apart, marshalled once more: a process reads them only if it asks for them.
        stored["rules"] = [t[:12] + ((),) + t[13:] for t in state["rules"]]
        stored["examples"] = marshal.dumps({t[0]: t[12] for t in state["rules"] if t[12]})
        regex_store.write(path, {"key": _store_key(language, lang_dir), "state": stored, "programs": programs,
                                 "extras": _extras(lang_dir)})
        written.append(path)
    load_grammar.cache_clear()
    return written
