"""--about: which events an entity takes part in, by name, alias or simple coreference."""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx

_LEGAL = frozenset("inc inc. corp corp. corporation co co. ltd ltd. llc plc group company store the".split())
_ORG_GENERICS = ("the company", "the firm", "the group", "the corporation", "the business", "the giant",
                 "the tech giant", "the maker", "the planemaker", "the carmaker", "the automaker",
                 "the retailer", "the bank", "the label", "the startup", "the manufacturer", "the organization",
                 "the organisation", "the alliance", "the service", "the store")
_PRODUCT_GENERICS = ("the device", "the phone", "the handset", "the product", "the player", "the gadget",
                     "the model", "the service", "the store", "the software", "the laptop", "the computer")
_PERSON_PRONOUNS = ("he", "she", "him", "her", "his")
_THING_PRONOUNS = ("it", "its")


@dataclass(frozen=True)
class Focus:
    about: str
    kind: str                       # "person" | "org" | "product"
    exact: re.Pattern               # case-sensitive aliases (dictionary words: "Apple", "Jobs")
    loose: re.Pattern | None        # case-insensitive aliases ("iphone 4", "itunes")
    generics: tuple[str, ...]

    @classmethod
    def of(cls, about: str) -> "Focus":
        words = about.split()
        kind = _kind(words)
        aliases = {about}
        core = [w for w in words if w.lower() not in _LEGAL]
        if core and core != words:
            aliases.add(" ".join(core))
        if len(core) >= 3:
            for n in range(2, len(core)):
                for k in range(len(core) - n + 1):
                    aliases.add(" ".join(core[k:k + n]))
        if kind == "person" and len(words) >= 2:
            aliases.add(words[-1])
        exact, loose = [], []
        for alias in sorted(aliases, key=lambda a: (-len(a), a)):
            dictionary = all(lx.is_dictionary_word(w) for w in alias.split()) or alias[:1].isupper() \
                and len(alias.split()) == 1
            (exact if dictionary else loose).append(re.escape(alias).replace(r"\ ", r"[\s\-]+"))
        exact_re = re.compile(r"(?<![\w])(?:" + "|".join(exact) + r")(?![\w])") if exact else re.compile(r"(?!x)x")
        loose_re = re.compile(r"(?<![\w])(?:" + "|".join(loose) + r")(?![\w])", re.I) if loose else None
        generics = _PERSON_PRONOUNS if kind == "person" else (
            _PRODUCT_GENERICS if kind == "product" else _ORG_GENERICS)
        if kind == "product":
            # "the new iPhone" after "iPhone 4" was named
            head = words[0].lower()
            generics = generics + (f"the {head}", f"the new {head}")
        return cls(about, kind, exact_re, loose_re, generics)

    def mentions(self, text: str, offset: int = 0) -> list[tuple[int, int]]:
        found = [(m.start() + offset, m.end() + offset) for m in self.exact.finditer(text)]
        if self.loose is not None:
            found += [(m.start() + offset, m.end() + offset) for m in self.loose.finditer(text)]
        return sorted(found)

    def refers(self, subject: str) -> bool:
        """Can this subject phrase stand for the entity once it has been mentioned?"""
        low = subject.lower().strip()
        if self.kind == "person":
            return low in _PERSON_PRONOUNS
        return low in _THING_PRONOUNS or low in self.generics


def _kind(words: list[str]) -> str:
    if any(w.lower() in _LEGAL or w.lower().strip(".") in lx.ORG_WORDS for w in words):
        return "org"
    if any(any(c.isdigit() for c in w) or (len(w) > 1 and w[0].islower() and w[1].isupper()) for w in words):
        return "product"
    if 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words):
        return "person"
    return "org"
