"""The short line a person would write for an event: subject + verb phrase, dates cut out."""
from __future__ import annotations

import re
from typing import Optional

from . import lexicon as lx
from .clauses import Clause
from .sentences import Sentence

HEADLINE_WORDS = 14
_QUOTE = re.compile(r"[“\"]([^”\"]{8,})[”\"]?")
# words that introduce a date and go with it when it is cut out of a headline
_TIMEX_LEAD_WORDS = frozenset("on in at last this next since by from to until till during before after between "
                              "and as early of".split())
_PRONOUNS = frozenset("he she it they we i you who which that this these those".split())
# words a headline must not end on once a date or a clause has been cut away
_DANGLING = lx.PREPOSITIONS | lx.DETERMINERS | lx.COORDINATORS | lx.SUBORDINATORS | frozenset(
    "as early late shortly starting beginning ending ’s 's".split())


def headline(clause: Clause, clauses: list[Clause], subject: Optional[str], quote: Optional[str],
             date_tokens: frozenset[int]) -> str:
    """`subject` is the resolved name of the clause's subject; `date_tokens` the tokens of the
    sentence's dates, which the chart shows anyway."""
    tokens = clause.sentence.tokens
    if clause.kind == "noun" and clause.extra.get("possessed"):
        noun = tokens[clause.trigger].text
        return finish(f"{subject}’s {noun}" if subject else noun, keep_case=True)
    if clause.kind == "noun":
        t_start = clause.extra["timex"][0]
        return finish(join([t.text for t in tokens[:clause.trigger + 1] if t.start >= t_start]))
    last = clause.last
    if clause.reporting:
        said = [c for c in clauses if c.complement_of is not None and clauses[c.complement_of] is clause]
        if said:
            last = said[-1].last
        elif quote and subject and quote_before(clause):
            return finish(f"{subject}: “{trim_words(quote, 12)}”", keep_case=True)
    words: list[str] = []
    for k in range(clause.group[0], last + 1):
        text = tokens[k].text
        possessive = k + 1 < len(tokens) and tokens[k + 1].text in ("’s", "'s")
        if k in date_tokens and possessive or text in ("’s", "'s") and k - 1 in date_tokens:
            words.append(text)    # "Wednesday's invasion" names a thing; it stays
            continue
        if k in date_tokens:
            if words and words[-1].lower() in _TIMEX_LEAD_WORDS:
                words.pop()
            continue
        words.append(text)
    if "object" in clause.extra:
        # "an announcement that it made" -> "made an announcement"
        a, b = clause.extra["object"]
        words[len(clause.group):len(clause.group)] = [t.text for t in tokens[a:b + 1]]
    while words and (words[-1].lower() in _DANGLING or not words[-1][:1].isalnum()):
        words.pop()
    plain = _plain_subject(clause)
    generic = plain is None or plain.lower() in _PRONOUNS or plain.lower().split()[0] in ("it", "he", "she") \
        or (tokens[clause.subject[0]].text.lower() == "the" and len(plain.split()) == 1)
    who = (subject or plain or "") if generic else plain
    return finish(trim_words(f"{who} {join(words)}".strip(), HEADLINE_WORDS))


def quote_of(sentence: Sentence) -> Optional[str]:
    """The quoted words of a sentence, including the end of a quotation opened before it."""
    text = sentence.text
    parts = []
    if sentence.in_quote:
        close = min((k for k in (text.find("”"), text.find('"')) if k >= 0), default=-1)
        if close > 0:
            parts.append(text[:close].strip(" ,.…"))
            text = text[close + 1:]
    parts += [m.group(1).strip(" ,.") for m in _QUOTE.finditer(text)]
    parts = [p for p in parts if len(p.split()) >= 3]
    return " … ".join(parts) if parts else None


def quote_before(clause: Clause) -> bool:
    """Does a quotation end right before the reporting verb ("…,” he said)?"""
    tokens = clause.sentence.tokens
    return any(t.text in ("”", '"') for t in tokens[max(0, clause.first - 1):clause.trigger])


def _plain_subject(clause: Clause) -> Optional[str]:
    if clause.subject is None:
        return None
    a, b = clause.subject
    words = [t.text for t in clause.sentence.tokens[a:b + 1]]
    if len(words) > 6:
        return None               # too long to head a headline: the resolved name will do
    if words and words[0].lower() in ("the", "a", "an") and len(words) > 1:
        words = words[1:]
    return join(words)


def join(words: list[str]) -> str:
    out = " ".join(words)
    for a, b in ((" ,", ","), (" .", "."), (" ' ", "' "), (" ’ ", "’ "), (" ’s", "’s"), (" 's", "'s"), (" n’t", "n’t"), (" n't", "n't"),
                 ("“ ", "“"), (" ”", "”"), (" ’", "’"), ("( ", "("), (" )", ")"), (" ;", ";"), (" :", ":")):
        out = out.replace(a, b)
    return out


def trim_words(s: str, limit: int) -> str:
    words = s.split()
    if len(words) <= limit:
        return s
    cut = words[:limit]
    # end on a comma when one is near the limit rather than mid-phrase
    for k in range(len(cut) - 1, limit // 2, -1):
        if cut[k].endswith(","):
            cut = cut[:k + 1]
            break
    return " ".join(cut).rstrip(",") + " …"


def finish(s: str, keep_case: bool = False) -> str:
    s = s.strip(" ,;:—–-").rstrip(".")
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"^(?:but|and|or|so|then)\s+", "", s, flags=re.I)
    if s and not keep_case:
        s = s[0].upper() + s[1:]
    return s
