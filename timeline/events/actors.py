"""Named actors (people, organisations, places) from capitalised spans.

A span of capitalised words is a name unless it is a sentence opener, a
calendar word or a title; titles in front ("President Joe Biden") are dropped,
possessives are cut ("Russia's"), and a surname alone is mapped to the full name
seen earlier in the same document ("Biden" -> "Joe Biden").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon as lx
from .sentences import Token

_CONNECTORS = frozenset("of & de la du von van der al bin".split())


def _capitalised(text: str) -> bool:
    first = text[:1]
    if first.isupper():
        return True
    # "iPhone", "eBay": a lower-case letter then a capital
    return len(text) > 1 and first.islower() and text[1].isupper()


@dataclass
class NameBook:
    """Names seen so far in one document, to expand surnames and resolve pronouns."""
    full_names: dict[str, str] = field(default_factory=dict)   # surname -> full name
    capitalised_inside: set[str] = field(default_factory=set)  # words seen capitalised mid-sentence
    last_person: str | None = None
    last_thing: str | None = None
    # the latest person who was a subject, and in which sentence: "Mayor Lena Moss toured the pier
    # with engineer Ben Ortiz. “…,” she said" -> Lena Moss (a subject is the likelier antecedent)
    last_subject: tuple[str, int] | None = None
    recent: list[str] = field(default_factory=list)

    def canonical(self, name: str) -> str:
        return self.full_names.get(name, name)

    def named_by(self, noun: str) -> str | None:
        """The latest name whose head is this noun: "the ministry" -> "Russian Defense Ministry"."""
        for name in reversed(self.recent[-40:]):
            if name.lower().split()[-1] == noun:
                return name
        return None

    def learn(self, name: str) -> None:
        self.recent.append(name)
        parts = name.split()
        if len(parts) >= 2 and is_person(name):
            self.full_names.setdefault(parts[-1], name)
            self.last_person = name
        elif len(parts) == 1 and name in self.full_names:
            self.last_person = self.full_names[name]
        else:
            self.last_thing = name


_PLACE_WORDS = frozenset("""bridge street road avenue harbor harbour port court hall center centre park river bay
island station square building tower airport bank lake mountain valley county city town village district
state province republic kingdom union sea ocean gulf strait peninsula coast north south east west works
conference summit store""".split())


def is_person(name: str) -> bool:
    parts = name.split()
    if not 2 <= len(parts) <= 4 or any(p.isupper() and len(p) > 1 for p in parts):
        return False
    if any(p.lower() in _PLACE_WORDS for p in parts):
        return False
    if lx.parts_of_speech(parts[0].lower()) == frozenset({"ADJ"}):
        return False            # "Public Works", "Eastern Europe"
    return not any(p.lower().strip(".") in lx.ORG_WORDS or p.lower() in lx.ORG_WORDS for p in parts) \
        and all(p[:1].isupper() for p in parts)


def find_names(tokens: list[Token], first: int, last: int, sentence_first: int, book: NameBook,
               skip: frozenset[int] = frozenset()) -> list[tuple[str, int, int]]:
    """(canonical name, first token, last token) for each name in tokens[first..last]."""
    names: list[tuple[str, int, int]] = []
    i = first
    while i <= last:
        text = tokens[i].text
        first_char = text[0]
        if not (first_char.isupper() or (first_char.islower() and len(text) > 1 and text[1].isupper())) \
                or not first_char.isalpha() or i in skip:
            i += 1
            continue
        j = i
        while j + 1 <= last and j + 1 not in skip:
            nxt = tokens[j + 1].text
            if _capitalised(nxt) or (nxt[:1].isdigit() and len(nxt) <= 4 and j + 1 > i):
                j += 1
            elif nxt.lower() in _CONNECTORS and j + 2 <= last and _capitalised(tokens[j + 2].text):
                j += 2
            else:
                break
        words = [tokens[k].text for k in range(i, j + 1)]
        start_k = i
        # drop sentence openers and titles in front
        while words and (words[0].lower() in lx.NOT_NAMES or words[0].lower() in lx.TITLES
                         or (start_k == sentence_first and len(words) == 1 and _common_word(words[0], book))):
            words.pop(0)
            start_k += 1
        # "NATO Secretary General Jens Stoltenberg", "the European Union Vladimir Chizhov":
        # keep the organisation and the person apart
        for k, w in enumerate(words):
            low = w.lower()
            if k and (low in lx.TITLES or low.strip(".") in lx.ORG_WORDS and k + 2 < len(words)):
                cut = k + 1 if low.strip(".") in lx.ORG_WORDS and low not in lx.TITLES else k
                rest = words[cut:]
                while rest and rest[0].lower() in lx.TITLES:
                    rest = rest[1:]
                if not is_person(" ".join(rest)):
                    continue
                head = " ".join(words[:cut]).strip()
                while head.split() and head.split()[-1].lower() in lx.TITLES:
                    head = " ".join(head.split()[:-1])
                if head and head.lower() not in lx.NOT_NAMES:
                    if head.lower() in lx.DEMONYMS:
                        head = lx.DEMONYMS[head.lower()]
                    names.append(_clean(head, book, start_k, start_k + cut - 1))
                words = rest
                start_k = j - len(rest) + 1
                break
        while words and words[-1].lower() in lx.NOT_NAMES:
            words.pop()
        if words:
            name = " ".join(words)
            if len(words) == 1 and name.lower() in lx.DEMONYMS:
                name = lx.DEMONYMS[name.lower()]
            elif words[0].lower() in lx.DEMONYMS and len(words) > 1 and words[-1].lower() not in lx.ORG_WORDS:
                name = " ".join(words[1:])
            names.append(_clean(name, book, start_k, j))
        i = j + 1
    return [n for n in names if n[0]]


def _common_word(word: str, book: NameBook) -> bool:
    """A capitalised sentence opener is a name only if the lexicon does not know it as a common
    word, or the document also writes it capitalised mid-sentence."""
    if word in book.capitalised_inside:
        return False
    low = word.lower()
    return bool(lx.parts_of_speech(low)) or low in lx.NOT_NAMES


def _clean(name: str, book: NameBook, first: int, last: int) -> tuple[str, int, int]:
    stripped = name.strip(" ,.-—–")
    # "U.S.", "N.Y.": the final dot belongs to the abbreviation, not to the sentence
    if name.rstrip(" ,-—–").endswith(".") and _ABBREVIATION_END.search(stripped + "."):
        stripped += "."
    return (book.canonical(stripped), first, last)


_ABBREVIATION_END = re.compile(r"(?:^|[\s(])(?:[A-Za-z]\.){2,}$")


def remember_capitalised(tokens: list[Token], book: NameBook) -> None:
    book.capitalised_inside.update(t.text for t in tokens[1:] if t.text[:1].isupper())
