"""Tense and cue words around an expression: does "Sunday" mean the last or the next one?

The clause around the expression is scanned outwards word by word; the nearest decisive cue wins
("will leave ... after the exercise ends on Sunday": "ends" is not decisive, "will" is -> future;
"Russia said Wednesday it would ...": "said" is nearer than "would" -> past).
"""
from __future__ import annotations

import re
from typing import Optional

PAST, FUTURE = "past", "future"

_FUTURE_WORDS = {
    "will", "'ll", "shall", "wo", "would", "next", "upcoming", "scheduled", "schedule", "slated", "expected",
    "expects", "expect", "plans", "plan", "planning", "intends", "intend", "due", "tomorrow", "coming",
    "going", "forthcoming", "soon", "later", "aims", "hopes", "hope", "await", "be", "could", "might",
    "awaits", "awaiting", "unless", "pending", "effective", "payable", "expire", "expires", "starting",
}
# Ambiguous -ed/-en forms that are usually adjectives or nouns in news, not past tense.
_NOT_PAST = {
    "need", "needed", "speed", "feed", "seed", "proceed", "exceed", "succeed", "indeed", "red", "bed", "shed",
    "hundred", "united", "limited", "based", "used", "related", "planned", "scheduled", "expected", "proposed",
    "called", "named", "supposed", "interested", "concerned", "advanced", "armed", "detailed", "alleged",
    "allied", "divided", "embed", "breed", "greed", "weed", "wed", "ted", "fred", "ed", "ned", "reed",
    "deed", "creed", "heed", "bleed", "slated",
}
_PAST_WORDS = {
    "was", "were", "had", "did", "said", "told", "went", "came", "took", "made", "gave", "met", "left", "held",
    "began", "saw", "found", "got", "won", "lost", "fell", "rose", "spoke", "wrote", "sold", "bought",
    "brought", "thought", "sent", "spent", "paid", "ran", "struck", "became", "fought", "knew", "felt",
    "kept", "built", "broke", "chose", "drove", "flew", "grew", "hung", "laid", "meant",
    "rang", "sat", "shot", "slept", "stood", "stole", "swore", "taught",
    "threw", "understood", "woke", "wore", "ago", "last", "yesterday", "earlier", "previously", "former",
    "recently", "already", "since", "ended", "closed", "died", "killed", "arrested", "announced",
    "reported", "attacked", "happened", "occurred", "returned", "fled", "sought", "led", "dealt", "lent",
    "began", "begun", "done", "seen", "gone", "taken", "given", "been",
    "eaten", "spoken", "written", "stolen", "chosen", "forgotten", "hidden", "ridden", "risen", "shaken",
    "sworn", "thrown", "torn", "worn", "woken",
}
# Quotes bound a clause too: in `"He will leave Thursday," Castro said` the quote's tense counts.
# Words that announce the future when "to" follows: "is set to", "poised to", "likely to".
_BEFORE_TO = {"set", "poised", "likely", "ready", "unlikely", "about"}
_CLAUSE_END = re.compile(r"[.;!?\n\"“”()]|''|``|,\s+(?:but|and|while|although|though)\b")
_WORD = re.compile(r"[a-z']+")
_MAX_WORDS = 12


def _classify(word: str) -> Optional[str]:
    if word in _FUTURE_WORDS:
        return FUTURE
    if word in _PAST_WORDS:
        return PAST
    if len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST:
        return PAST
    return None


def _clause(low: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - 200)
    left = lo
    for m in _CLAUSE_END.finditer(low, lo, start):
        # a dot inside an abbreviation ("Feb.", "U.S.") does not end the clause
        if m.group(0) == "." and m.start() > 0 and m.start() + 1 < len(low) and not low[m.start() + 1].isspace():
            continue
        left = m.end()
    m = _CLAUSE_END.search(low, end, min(len(low), end + 200))
    right = m.start() if m else min(len(low), end + 200)
    return left, right


def tense(low: str, start: int, end: int) -> Optional[str]:
    """PAST, FUTURE or None for the clause around low[start:end] (the lower-cased text).

    The verb governing a time adverbial usually comes before it, so the words to the left are read
    first (nearest first), then those to the right.
    """
    left, right = _clause(low, start, end)
    before = _WORD.findall(low, left, start)[-_MAX_WORDS:]
    after = _WORD.findall(low, end, right)[:_MAX_WORDS]
    before.reverse()
    if before and before[0] in ("until", "till", "by") and "had" not in before and "had" not in after:
        return FUTURE          # a deadline: "until 9 a.m. Tuesday", "by Friday"
    if before[:3] in (["as", "soon", "as"], ["as", "early", "as"]):
        return FUTURE          # "as early as Tuesday"
    for words, reverse in ((before, True), (after, False)):
        for i, word in enumerate(words):
            cls = _classify(word)
            if cls is None and reverse and word in _BEFORE_TO and i and words[i - 1] == "to":
                return FUTURE      # "set to resume Monday", "poised to sign Friday"
            if cls is None:
                continue
            if cls == FUTURE and reverse and any(w in ("had", "was", "were") for w in words[i + 1:i + 3]):
                return PAST        # "had been due to expire Friday", "was expected to"
            if cls == PAST:
                # a participle after "be" is passive, not past: "would be held on April 24"
                aux = (words[i + 1] if i + 1 < len(words) else "") if reverse else (words[i - 1] if i else "")
                if aux in ("be", "being"):
                    return FUTURE if reverse else None
            return cls
    return None
