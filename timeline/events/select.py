"""Which of a document's candidate clauses are happenings worth a line on the timeline.

A reader wants what happened, not every clause: this module drops states, pro-verbs and habits,
background clauses that carry no date of their own, hypotheses and undated plans; tells a
statement and the happening it reports once; keeps one event per happening within a sentence
and within the article (a lead and a later sentence telling the same thing); and, for a long
article, keeps the most salient happenings within a budget that grows with its length.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Optional

from rapidfuzz import fuzz

from ..model import GRANULARITY_RANK
from . import lexicon as lx
from .clauses import Clause
from .dating import Dated, is_past
from .headline import quote_before
from .merge import WORD, actor_keys
from .sentences import Sentence

# Verbs that carry no happening of their own: pro-verbs, copulas and verbs of state or continuation
# ("as it has done since 1987", "remains closed", "seems likely", "continues to grow").
PRO_VERBS = frozenset("do become remain stay seem appear look sound feel tend continue get keep".split())
_MAIN = ("", "and", "but", "or")
_TEMPORAL = frozenset("after before once until since when where".split())
# Verbs of a trailing attribution: "Profit rose 16%, the company said."
ATTRIBUTION_VERBS = frozenset("""say tell add claim state insist reply respond comment tweet write declare announce report
note explain confirm acknowledge estimate predict warn""".split())
_FIRST_PERSON = frozenset("i we you".split())
CHARS_PER_EVENT = 500         # the budget: one happening per this many characters of prose ...
MIN_BUDGET = 3                # ... and never fewer than this many ...
CHARS_PER_UNDATED_EVENT = 1500  # ... but room for one without a date of its own per this many


@dataclass(slots=True)
class Candidate:
    sentence: Sentence
    clause: Clause
    clauses: list[Clause]            # all clauses of the sentence (a statement's content is one of them)
    index: int                       # the clause's index in `clauses`; -1 for an event noun
    dated: Dated
    subject: Optional[str]           # the subject's resolved name
    actors: list[str]
    quote: Optional[str]
    date_tokens: frozenset[int]      # tokens a headline leaves out
    status: str
    focus: bool = False              # the --about entity takes part
    speaker: Optional[str] = None    # set when a trailing "…, officials said" was folded into this event
    content: Optional[tuple[int, int]] = None   # for a statement: the token range of what it reports, before it
    dropped: bool = False

    @property
    def own_date(self) -> bool:
        return self.dated.how == "clause"


def select(candidates: list[Candidate], body_chars: int, focused: bool = False) -> list[Candidate]:
    """The happenings among a document's candidates, in narrative order. With focus (--about), the
    entity's happenings are all kept: the budget is a summary of the article, not of the entity."""
    for c in candidates:
        c.dropped = not is_happening(c)
    _fold_statements(candidates)
    _one_per_sentence(candidates)
    kept = [c for c in candidates if not c.dropped]
    kept = _dedupe(kept)
    return _budget(kept, body_chars, focused)


# --------------------------------------------------------------------------- happening or not
def never_happening(clause: Clause, dated: Dated) -> bool:
    """The part of `is_happening` that needs neither actors nor status: checked first so that the
    reader spends nothing more on states, quotations, infinitives and undated background."""
    if clause.kind != "verb":
        return False
    if clause.stative or clause.quoted or clause.lemma in PRO_VERBS:
        return True
    tokens = clause.sentence.tokens
    if clause.group[0] > 0 and tokens[clause.group[0] - 1].text.lower() == "to":
        return True           # "to be jailed for months": an infinitive, not a clause of its own
    if dated.how == "clause":
        return False
    return clause.complement_of is not None or (clause.marker not in _MAIN and clause.marker not in _TEMPORAL)


def is_happening(c: Candidate) -> bool:
    clause = c.clause
    if clause.kind == "noun":
        return c.status not in ("hypothetical", "negated")
    if never_happening(clause, c.dated):
        return False
    if clause.marker in lx.CONDITIONALS:
        return False          # "asked whether Russia would attack on Wednesday": a question or a condition,
                              # whatever its date
    tokens = clause.sentence.tokens
    if clause.reporting and clause.lemma in ("say", "tell", "add", "report") and _content_before(c) is None \
            and not clause.extra.get("has_complement") and not c.quote and _bare(c):
        return False          # "…, he said" with nothing said: folded into the clause before, or nothing
    if c.own_date:
        return clause.subject is not None or c.subject is not None
    if clause.complement_of is not None:
        return False          # told by its statement's headline
    if clause.marker not in _MAIN and not (clause.marker in _TEMPORAL and is_past(clause)
                                           and clause.subject is not None):
        return False          # background: "as it has done since 1987", "which blamed ..."; but "after
                              # crews had cleared the channel" places a happening before its main clause
    if c.status in ("hypothetical", "negated"):
        return False          # what did not or might happen, unless it is dated
    if c.status == "planned" and c.dated.how != "sentence":
        return False          # an undated plan: "the city will review ridership"
    if not clause.reporting and _present_simple(clause, tokens):
        return False          # a habit, a generic truth or a state: "the ferry leaves every hour"
    if clause.subject is None and c.subject is None:
        return False          # "co-sponsored by Kenya": a participle phrase, not a clause
    if _speaker_pronoun(clause, tokens):
        return False          # "we have seen ...": a quotation the marks did not show
    return True


def _bare(c: Candidate) -> bool:
    """Does nothing follow the reporting verb but its speaker ("…, said the mayor") or a date?"""
    clause = c.clause
    tokens = clause.sentence.tokens
    speaker = _subject_range(clause)
    return not any(tokens[k].text[:1].isalnum() and k not in speaker and k not in c.date_tokens
                   and tokens[k].text.lower() not in _AFTER_SAID
                   for k in range(clause.trigger + 1, clause.last + 1))


_AFTER_SAID = frozenset("on in at last this yesterday today also again later earlier".split())


def _speaker_pronoun(clause: Clause, tokens) -> bool:
    if clause.subject is None:
        return False
    a, b = clause.subject
    return b - a <= 1 and tokens[b].text.lower() in _FIRST_PERSON


def _present_simple(clause: Clause, tokens) -> bool:
    if len(clause.group) != 1:
        return False
    return lx.is_present_form(tokens[clause.group[0]].text.lower())


def _content_before(c: Candidate) -> Optional[tuple[int, int]]:
    """For a trailing "…, the company said": the token range of the clauses it reports."""
    clause = c.clause
    if c.index <= 0 or clause.marker not in _MAIN or clause.extra.get("has_complement") \
            or clause.lemma not in ATTRIBUTION_VERBS:
        return None
    if clause.subject is not None and clause.subject[0] < clause.first:
        return None           # "..., and Mara Lind, the chief pilot, blamed the council": her own act
    tokens = clause.sentence.tokens
    if not any(tokens[k].text == "," for k in range(max(0, clause.first - 1), clause.trigger)):
        return None
    if any(tokens[k].text[:1].isalnum() for k in range(clause.first, min(clause.trigger, clause.group[0]))
           if k not in _subject_range(clause)):
        return None           # "..., and the council said": a statement of its own
    first = c.clauses[0].first
    last = clause.first - 1
    while last > first and not tokens[last].text[:1].isalnum():
        last -= 1
    return (first, last) if last > first else None


def _subject_range(clause: Clause) -> range:
    return range(clause.subject[0], clause.subject[1] + 1) if clause.subject else range(0)


# --------------------------------------------------------------------------- statements
def _fold_statements(candidates: list[Candidate]) -> None:
    """"Profit rose 16%, the company said": one event, the happening, with the company as an actor
    and the status reported. When the content is no happening ("the economy is strong, economists
    said") the statement stays, headed "Economists said the economy is strong"."""
    by_sentence: dict[int, list[Candidate]] = {}
    for c in candidates:
        by_sentence.setdefault(c.sentence.index, []).append(c)
    for group in by_sentence.values():
        for c in group:
            clause = c.clause
            if clause.kind != "verb" or not clause.reporting:
                continue
            content = _content_before(c)
            if content is None:
                continue
            told = [o for o in group if not o.dropped and o.index >= 0 and o is not c
                    and content[0] <= o.clause.first and o.clause.last <= content[1] + 1]
            speaker = c.subject
            if told and c.focus and not any(o.focus for o in told):
                told = []     # with --about the entity's statement stays, with what it said as its headline
            if told and c.own_date and not any(_same_day(o.dated.date, c.dated.date) for o in told):
                c.content = content   # "will reopen on Monday, officials confirmed this afternoon": two days,
                continue              # two happenings
            if told:
                for o in told:
                    o.speaker = speaker
                    o.quote = c.quote
                    if speaker and speaker not in o.actors:
                        o.actors.append(speaker)
                    if o.status == "occurred":
                        o.status = "reported"
                c.dropped = True
            elif not (c.quote and quote_before(clause)):
                c.content = content   # a quotation keeps its own headline: "Ines Dahl: “The pier is open”"


def _one_per_sentence(candidates: list[Candidate]) -> None:
    """A statement's content with its own date is a happening of its own unless the statement is
    dated by the same expression: "said on Tuesday that troops left on Tuesday" is one event."""
    for c in candidates:
        clause = c.clause
        if c.dropped or clause.kind != "verb" or clause.complement_of is None or not c.own_date or c.index < 0:
            continue
        gov = c.clauses[clause.complement_of]
        statement = next((o for o in candidates if o.clause is gov and not o.dropped), None)
        if statement is not None and statement.own_date and _same_day(statement.dated.date, c.dated.date):
            c.dropped = True


def _same_day(a, b) -> bool:
    return a is not None and b is not None and (a.start, a.end, a.granularity) == (b.start, b.end, b.granularity)


# --------------------------------------------------------------------------- the same happening twice
def _dedupe(kept: list[Candidate]) -> list[Candidate]:
    """A happening the article tells twice (the lead, then the body): one event, from the sentence
    that dates it best."""
    out: list[Candidate] = []
    kinds = [_kind(c) for c in kept]
    repeated = {k for k in kinds if kinds.count(k) > 1}
    # the words and actors are only worth computing for a kind of happening told more than once
    keys = [(kind, _words(c), frozenset(k for a in c.actors for k in actor_keys(a))) if kind in repeated
            else (kind, "", frozenset()) for c, kind in zip(kept, kinds)]
    gone = [False] * len(kept)
    for i, c in enumerate(kept):
        if gone[i]:
            continue
        best = i
        for j in range(i + 1, len(kept)):
            if gone[j] or not _same(kept[best], keys[best], kept[j], keys[j]):
                continue
            if _quality(kept[j]) < _quality(kept[best]):
                gone[best] = True
                best = j
            else:
                gone[j] = True
        gone[best] = True
        out.append(kept[best])
    out.sort(key=lambda c: (c.sentence.index, c.clause.trigger))
    return out


def _kind(c: Candidate) -> str:
    return lx.event_lemma(c.clause.trigger_token.text)


def _words(c: Candidate) -> str:
    clause = c.clause
    tokens = clause.sentence.tokens
    lo, hi = (clause.first, clause.last) if clause.kind == "verb" else (max(0, clause.trigger - 3), clause.trigger)
    if clause.reporting:
        said = [o.last for o in c.clauses if o.complement_of is not None and c.clauses[o.complement_of] is clause]
        hi = max([hi] + said)
    words = {lx.event_lemma(t.text) if t.text[:1].islower() else t.text.lower()
             for k in range(lo, hi + 1) if k not in c.date_tokens for t in (tokens[k],) if WORD.fullmatch(t.text)}
    return " ".join(sorted(words - lx.STOPWORDS))


def _same(a: Candidate, ka: tuple, b: Candidate, kb: tuple) -> bool:
    if a.sentence.index == b.sentence.index or ka[0] != kb[0] or a.focus != b.focus:
        return False
    da, db = a.dated.date, b.dated.date
    if da is not None and db is not None and not da.overlaps(db):
        return False
    if (da is None) != (db is None):
        return False
    shared = bool(ka[2] & kb[2])
    if ka[0] == "say":
        # token_sort, not a containment: "jobs said" is inside every statement Jobs made
        return shared and fuzz.token_sort_ratio(ka[1], kb[1]) >= 60
    wa, wb = set(ka[1].split()), set(kb[1].split())
    common = len(wa & wb)
    contained = common / max(1, min(len(wa), len(wb)))
    return (contained >= 0.75 and common >= 3) or (shared and contained >= 0.5)


def _quality(c: Candidate) -> tuple:
    """Lower is better: dated by its own expression, finer, with a named subject, told earlier."""
    date = c.dated.date
    return (not c.own_date, GRANULARITY_RANK.get(date.granularity, 99) if date else 99, c.subject is None,
            c.sentence.index)


# --------------------------------------------------------------------------- the budget
def _budget(kept: list[Candidate], body_chars: int, focused: bool) -> list[Candidate]:
    """Every happening dated by its own expression stays (that is what a timeline is for); the
    others, dated only by the narrative or the publication date, fill what the article's length
    allows, the most salient first; a happening on a day no pick has yet covered counts for more,
    so that the article's distinct moments are not crowded out by five statements of one day."""
    limit = max(MIN_BUDGET, math.ceil(body_chars / CHARS_PER_EVENT))
    chosen = [k for k, c in enumerate(kept) if c.own_date or (focused and c.focus)]
    room = max(math.ceil(body_chars / CHARS_PER_UNDATED_EVENT), limit - len(chosen))
    left = [k for k in range(len(kept)) if k not in set(chosen)]
    if len(left) > room:
        base = {k: salience(kept[k]) for k in left}
        days = {k: _day(kept[k]) for k in range(len(kept))}
        covered = {days[k] for k in chosen}
        picked: list[int] = []
        while left and len(picked) < room:
            best = min(left, key=lambda k: (-(base[k] + (NEW_DAY_BONUS if days[k] not in covered else 0.0)), k))
            picked.append(best)
            covered.add(days[best])
            left.remove(best)
        left = picked
    return [kept[k] for k in sorted(chosen + left)]


NEW_DAY_BONUS = 1.5


def _day(c: Candidate):
    date = c.dated.date
    return None if date is None else (date.start, date.end)


_HOW_WEIGHT = {"clause": 4.0, "sentence": 3.0, "narrative": 1.5, "lead": 1.0, "far-narrative": 0.5,
               "publication": 1.0, "now": 0.5, "before-publication": 0.0, None: -1.0}


def salience(c: Candidate, focused: bool = False) -> float:
    """How much a reader of the timeline needs this happening: dated by its own expression, told
    early (news puts what matters first), by a named actor, a thing that occurred."""
    score = _HOW_WEIGHT.get(c.dated.how, 0.0)
    score += max(0.0, 1.5 - 0.1 * c.sentence.index)
    score += 0.5 if c.subject else 0.0
    score += {"occurred": 0.5, "planned": 0.3, "reported": 0.0}.get(c.status, -0.5)
    if c.clause.reporting and c.content is None and not c.clause.extra.get("has_complement"):
        score -= 0.5          # a bare quotation
    if focused and c.focus:
        score += 100.0
    return score
