"""Clauses of a sentence and the happening each one reports.

No parser: a sentence is cut at punctuation, subordinators and coordinators
that open a new verb group, and each piece keeps its first finite verb group
(auxiliaries, negation, main verb). Parts of speech come from the lexicon, with
the left neighbour deciding the noun/verb ambiguity ("the plans" / "it plans").
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Optional

from . import lexicon as lx
from .sentences import Sentence, Token

_ADVERBS = frozenset("""
also still already just really now then reportedly allegedly officially formally repeatedly
recently previously finally later earlier again even only not never n't n’t ever effectively
ironically sarcastically vehemently reluctantly quickly immediately eventually apparently
""".split())


# inside a verb group "last" and "first" are adverbs: "was last fully inspected in 2023"
_GROUP_ADVERBS = _ADVERBS | frozenset(("last", "first"))


@dataclass(slots=True)
class Clause:
    sentence: Sentence
    first: int                      # token index range [first, last] in sentence.tokens
    last: int
    trigger: int                    # token index of the main verb or event noun
    kind: str = "verb"              # "verb" | "noun"
    marker: str = ""                # subordinator/coordinator opening the clause
    group: tuple[int, ...] = ()     # token indexes of the verb group
    subject: Optional[tuple[int, int]] = None   # token index range of the subject
    negated: bool = False
    modal: str = ""
    perfect_past: bool = False      # "had announced": before the reference time
    reporting: bool = False
    planning: bool = False
    stative: bool = False
    quoted: bool = False
    lemma: str = ""
    complement_of: Optional[int] = None  # index of the reporting clause this one is the content of
    extra: dict = field(default_factory=dict)

    @property
    def tokens(self) -> list[Token]:
        return self.sentence.tokens[self.first:self.last + 1]

    @property
    def start(self) -> int:
        return self.sentence.tokens[self.first].start

    @property
    def end(self) -> int:
        return self.sentence.tokens[self.last].end

    @property
    def trigger_token(self) -> Token:
        return self.sentence.tokens[self.trigger]


def _is_word(text: str) -> bool:
    return text[:1].isalnum()


class _Memo(list):
    """The sentence's lower-case words, with the finite-verb test memoised per token, and the
    capitalised words after the first (names, months: "due in May" has no modal)."""
    __slots__ = ("verbs", "names")


def _finite_verb(tokens: list[Token], i: int, lows: _Memo) -> bool:
    verbs = lows.verbs
    known = verbs[i]
    if known is None:
        known = verbs[i] = _finite_verb_test(tokens, i, lows)
    return known


def _relative_pronoun(lows: list[str], i: int) -> bool:
    """"the fund that helps families": "that" after a noun, before a present verb form with a plain
    object, is a relative pronoun, not the determiner of "that plan"."""
    if lows[i - 1] not in ("that", "which") or i < 2 or i + 1 >= len(lows):
        return False
    before, low, nxt = lows[i - 2], lows[i], lows[i + 1]
    if not (low.endswith("s") and lx.is_present_form(low)):
        return False
    if "NOUN" not in lx.parts_of_speech(before) or lx.verb_lemma(before) in lx.REPORTING:
        return False              # "said that plans ...", "warns that ..."
    pos = lx.parts_of_speech(nxt)
    return (bool(pos) and "VERB" not in pos and nxt not in lx.PREPOSITIONS) or nxt in lx.DETERMINERS


def _finite_verb_test(tokens: list[Token], i: int, lows: list[str]) -> bool:
    """Could tokens[i] be the main verb of a finite clause (not a noun or a bare participle)?"""
    low = lows[i]
    text = tokens[i].text
    if not text[:1].isalpha() or low in lx.AUXILIARIES or low in lx.NEGATIONS or i == 0:
        return False
    pos = lx.parts_of_speech(low)
    prev = lows[i - 1] if i > 0 else ""
    if text[0].isupper() and i > 0:
        return False            # a capitalised word mid-sentence is a name, not a verb
    if not pos:
        # unknown to the lexicon: regular past forms still are verbs ("demoed")
        return low.endswith("ed") and len(low) > 4 and prev not in lx.DETERMINERS
    if "VERB" not in pos:
        return False
    if low.endswith("ing"):
        return False            # participle or gerund: handled with its auxiliary
    if (prev in lx.DETERMINERS and not _relative_pronoun(lows, i)) \
            or prev in lx.PREPOSITIONS and prev != "to" and not low.endswith("ed"):
        return False
    if prev == "to":
        return False            # infinitive: content of the governing verb
    if prev == "," and i + 1 < len(lows) and lows[i + 1] in lx.PREPOSITIONS \
            and (low.endswith("ed") or low in lx.IRREGULAR_PAST):
        return False            # "The bridge, used by 14,000 commuters, was ...", "its report, released on
                                # March 17, ...": a participle
    others = pos - {"VERB"}
    if not others:
        return True
    # noun/verb or adjective/verb ambiguity: decide by the left neighbour
    if prev in _ADVERBS or (prev.endswith("ly") and i > 1):
        # "the recently announced phone": an adverb after a determiner makes an adjective phrase
        return not (i > 1 and lows[i - 2] in lx.DETERMINERS)
    if prev in lx.SUBJECT_PRONOUNS:
        nxt = lows[i + 1] if i + 1 < len(lows) else ""
        if prev in ("which", "that", "whom") and low.endswith("s") and "NOUN" in others \
                and "VERB" in lx.parts_of_speech(nxt) and not nxt.endswith("ing") and not lx.is_present_form(nxt):
            return False        # "the pier, which crews rebuilt": the relative clause's subject
        return True
    if low in lx.IRREGULAR_PAST:
        # "the engineers saw", not "the saw"
        return prev not in lx.DETERMINERS and prev not in lx.PREPOSITIONS
    if low.endswith("ed"):
        return prev not in lx.DETERMINERS and not (i + 1 < len(lows) and _nounish(lows[i + 1]))
    if low.endswith("s") and i > 0:
        nxt = lows[i + 1] if i + 1 < len(lows) else ""
        if not (nxt in lx.DETERMINERS or nxt in lx.PREPOSITIONS or nxt in ("that", "it", "he", "she", "they")
                or nxt[:1].isdigit() or tokens[i + 1].text[:1].isupper() if nxt else False):
            return False
        if _past_verb_ahead(lows, i):
            return False        # "the job figures for January surprised analysts": a noun
        return _has_subject_np(tokens, i, lows)
    return False


def _past_verb_ahead(lows: list[str], i: int) -> bool:
    """A past-tense verb a few words on, before any punctuation: the -s word before it is a noun."""
    for j in range(i + 1, min(len(lows), i + 6)):
        low = lows[j]
        if not low[:1].isalnum() or low in lx.SUBORDINATORS or low in lx.COORDINATORS:
            return False
        if (low.endswith("ed") or low in lx.IRREGULAR_PAST) and "VERB" in lx.parts_of_speech(low) \
                and lows[j - 1] not in lx.DETERMINERS and lows[j - 1] not in lx.AUXILIARIES:
            return True
    return False


_OPENERS = frozenset("after before until since as when while if because although though whether that which who"
                     .split())


def _has_subject_np(tokens: list[Token], i: int, lows: list[str]) -> bool:
    """Is tokens[i] (an -s form) preceded by a subject noun phrase: a name, or a determiner phrase
    that is not the object of a preposition ("the exercise ends" vs "of defense ministers")?"""
    prev = tokens[i - 1].text
    if prev[:1].isupper() and i - 1 > 0 and lows[i - 2] not in lx.PREPOSITIONS:
        return True
    for k in range(i - 1, max(-1, i - 5), -1):
        low = lows[k]
        if low in lx.DETERMINERS:
            before = lows[k - 1] if k > 0 else ""
            return before not in lx.PREPOSITIONS or before in _OPENERS
        if not tokens[k].text[:1].isalnum() or low in lx.PREPOSITIONS or low in lx.AUXILIARIES:
            return False
    return False


def _participle_form(low: str) -> bool:
    """After "is"/"was" a verb is a participle ("was closed", "is growing"); a base form there is an
    adjective ("is safe", "is open")."""
    return low.endswith(("ed", "ing", "en")) or low in lx.IRREGULAR_PAST or lx.verb_lemma(low) != low


def _verb_only(low: str) -> bool:
    pos = lx.parts_of_speech(low)
    return "VERB" in pos and "NOUN" not in pos and "ADJ" not in pos


def _aux(lows: list[str], i: int) -> bool:
    low = lows[i]
    if low in _CAPITALISED_NOT_AUX and i in getattr(lows, "names", ()):
        return False
    if low in lx.CONTRACTED_S:
        return i > 0 and lows[i - 1] in lx.SUBJECT_PRONOUNS | {"what", "there", "here", "where", "who"}
    return low in lx.AUXILIARIES


def _nounish(low: str) -> bool:
    if low in lx.DETERMINERS or low in lx.SUBJECT_PRONOUNS:
        return False          # "closed their shops": the lexicon's odd noun senses of "their", "this"
    pos = lx.parts_of_speech(low)
    return "NOUN" in pos and "VERB" not in pos


def analyze(sentence: Sentence, skip: frozenset[int] = frozenset()) -> list[Clause]:
    """The clauses of a body sentence that carry a verb group, in order."""
    tokens = sentence.tokens
    first = 0
    while first < len(tokens) and tokens[first].start < sentence.body_start:
        first += 1
    if first >= len(tokens):
        return []
    lows = _Memo(t.text.lower() for t in tokens)
    lows.verbs = [None] * len(tokens)
    lows.names = frozenset(k for k in range(first + 1, len(tokens)) if lows[k] in _CAPITALISED_NOT_AUX
                           and tokens[k].text[:1].isupper() and tokens[k - 1].text[:1].isalnum())
    sentence.lows = lows
    text = sentence.text
    if sentence.in_quote or '"' in text or "“" in text or "”" in text or "``" in text or "''" in text:
        quoted = _quote_mask(tokens, sentence.in_quote)
    else:
        quoted = _NO_QUOTES * len(tokens)
    sentence.quoted = quoted
    segments = _segments(tokens, lows, first, skip)
    clauses: list[Clause] = []
    pending = None                # a verbless lead-in ("Yesterday, at the conference,") joins the next clause
    for seg_first, seg_last in segments:
        clause = _clause(sentence, tokens, lows, seg_first, seg_last)
        if clause is None and len(clauses) == 1 and clauses[0].marker in _RELATIVE_MARKERS \
                and clauses[0].extra.get("lead_in") is not None and lows[seg_first] == "," \
                and seg_first + 1 <= seg_last and tokens[seg_first + 1].text[:1].islower() \
                and (lows[seg_first + 1].endswith("ed") or lows[seg_first + 1] in lx.IRREGULAR_PAST) \
                and "VERB" in lx.parts_of_speech(lows[seg_first + 1]) \
                and (seg_first + 2 > seg_last or lows[seg_first + 2] != "by"):
            # "The mayor, who took office in 2023, resigned on Monday": after a relative clause on the
            # subject the past form is the main verb, not a participle
            clause = _make(sentence, tokens, lows, seg_first, seg_last, seg_first + 1, (seg_first + 1,), "")
        if clause is None:
            if clauses:
                clauses[-1].last = seg_last
            elif pending is None:
                pending = seg_first
            continue
        if pending is not None and not clauses:
            clause.extra["lead_in"] = (pending, clause.first - 1)
            clause.first = pending
            pending = None
        clause.quoted = quoted[clause.trigger]
        clauses.append(clause)
    _subjects(clauses, tokens, lows, skip)
    for i, clause in enumerate(clauses):
        if not i:
            continue
        prev = clauses[i - 1]
        if _absolute(clause, tokens, lows):
            clause.stative = True     # "stood empty, its gates chained and its lanes silent": a description
        if _is_complement(clauses, i, tokens):
            clause.complement_of = i - 1
        elif prev.complement_of is not None and clause.marker in ("and", "but", "or") \
                and clause.subject is not None and clause.subject[0] < clause.first \
                and (clause.modal or len(clause.group) > 1):
            # "said divers were examining the piers and would deliver a report": still what was said
            clause.complement_of = prev.complement_of
            clause.subject = prev.subject
        if clause.complement_of is not None:
            clauses[clause.complement_of].extra["has_complement"] = True
    return clauses


_NO_QUOTES = [False]


def _quote_mask(tokens: list[Token], open_at_start: bool) -> list[bool]:
    inside = open_at_start
    mask = []
    for t in tokens:
        if t.text in ("“", "``") or (t.text == '"' and not inside):
            inside = True
            mask.append(True)
        elif t.text in lx.CLOSE_QUOTES:
            mask.append(True)
            inside = False
        else:
            mask.append(inside)
    return mask


_LOOKAHEAD_STOPS = frozenset((",", "and", "but", "or", ";", ":", "—", "(")) | lx.QUOTES | lx.SUBORDINATORS


def _segments(tokens: list[Token], lows: list[str], first: int, skip: frozenset[int]) -> list[tuple[int, int]]:
    cuts = [first]
    n = len(tokens)
    has_verb = False
    complement_at = None      # "said [Wednesday] it would ...": where a statement's bare complement starts
    seen_verb = False         # any verb group so far in the sentence
    subject_relative = False  # inside a relative clause on the sentence's subject: "Residents who moved here ..."
    for i in range(first + 1, n):
        low = lows[i]
        if subject_relative and has_verb and not lows[i - 1] in _NOT_BEFORE_MAIN_VERB \
                and not _aux(lows, i - 1) and (_aux(lows, i) or _finite_verb(tokens, i, lows)) \
                and not (i > 1 and _finite_verb(tokens, i - 1, lows)):
            # "The pier that the city built two years ago collapsed on Monday": the main verb resumes
            cuts.append(i)
            subject_relative = False
            complement_at = None
            continue
        if subject_relative and has_verb and low == "," and i + 1 < n and tokens[i + 1].text[:1].islower() \
                and (lows[i + 1].endswith("ed") or lows[i + 1] in lx.IRREGULAR_PAST) \
                and "VERB" in lx.parts_of_speech(lows[i + 1]):
            # "The mayor, who took office in 2023, resigned on Monday": not a participle after the
            # relative clause, the main verb
            cuts.append(i)
            subject_relative = False
            has_verb = False
            complement_at = None
            continue
        if not seen_verb and not subject_relative and _contact_relative_at(tokens, lows, first, i, skip):
            # "The boat the city bought in 2010 sank on Monday": a relative clause without "that" on
            # the sentence's subject; the main verb resumes after it
            subject_relative = True
            continue
        if complement_at is not None and has_verb and complement_at < i and (_aux(lows, i) or _finite_verb(tokens, i, lows)):
            cuts.append(complement_at)
            complement_at = None
            continue
        if low in lx.CLAUSE_PUNCT and i + 1 < n:
            cuts.append(i)
            has_verb = False
            complement_at = None
        elif low in lx.SUBORDINATORS:
            nxt = lows[i + 1] if i + 1 < n else ""
            if low in ("since", "after", "before", "until", "as") and (not nxt or nxt[:1].isdigit()):
                continue
            if low == "as" and ((i >= 2 and lows[i - 2] == "as") or (i + 2 < n and lows[i + 2] == "as")):
                continue      # "as early as Monday", "as much as 40%": a comparison, not a clause
            if low == "that" and i > 0 and lows[i - 1] in lx.PREPOSITIONS:
                continue
            cuts.append(i)
            subject_relative = low in _RELATIVE_MARKERS and not seen_verb and not has_verb \
                and (_is_word(tokens[i - 1].text) or lows[i - 1] == ",")
            has_verb = False
            complement_at = None
        elif (low in lx.COORDINATORS and has_verb) or (low == "," and not (i + 1 < n and lows[i + 1].endswith("ing"))):
            # a comma also closes a verbless lead-in ("After talks on Monday, the union signed");
            # ", saying ..." stays with its clause
            # a coordinator or comma opens a clause only when a verb group follows soon
            for j in range(i + 1, min(n, i + 13)):
                if _aux(lows, j) or _finite_verb(tokens, j, lows):
                    cuts.append(i)
                    has_verb = False
                    complement_at = None
                    break
                if lows[j] in _LOOKAHEAD_STOPS:
                    break
        elif not has_verb and (_aux(lows, i) or _finite_verb(tokens, i, lows)):
            has_verb = True
            seen_verb = True
            if _finite_verb(tokens, i, lows) and lx.verb_lemma(low) in lx.REPORTING:
                k = i + 1
                while k < n and (k in skip or lows[k] in _ADVERBS or lows[k].endswith("ly")
                                 or (lows[k] in ("on", "in", "at", "last", "this") and k + 1 in skip)):
                    k += 1
                if k < n and _is_word(tokens[k].text) and lows[k] not in lx.SUBORDINATORS \
                        and lows[k] not in lx.PREPOSITIONS and lows[k] not in lx.COORDINATORS:
                    complement_at = k
    cuts = sorted(set(cuts))
    return [(a, (cuts[k + 1] - 1) if k + 1 < len(cuts) else n - 1) for k, a in enumerate(cuts)]


_RELATIVE_MARKERS = frozenset(("who", "which", "that"))
# auxiliaries that are also a month or a name when capitalised mid-sentence
_CAPITALISED_NOT_AUX = frozenset(("may", "will", "can", "might", "must", "shall"))
_NOT_BEFORE_MAIN_VERB = _ADVERBS | frozenset(("to", ",", "and", "or", "but", "who", "which", "that"))

_NP_OPENERS = frozenset(("the", "a", "an", "its", "their", "his", "her"))


def _contact_relative_at(tokens: list[Token], lows: list[str], first: int, i: int, skip: frozenset[int]) -> bool:
    """Does a second noun phrase open at tokens[i] right after the sentence's first one ("The boat
    [the city] bought ...")? The first is a determiner (or a name) and nouns, with no verb,
    preposition or date in it."""
    if lows[i] not in _NP_OPENERS or i in skip or i - first < 2 \
            or not (lows[first] in _NP_OPENERS or tokens[first].text[:1].isupper()):
        return False
    head = lows[i - 1]
    if not tokens[i - 1].text[:1].islower() or "NOUN" not in lx.parts_of_speech(head) or head.endswith("ly") \
            or head in lx.PREPOSITIONS or head in lx.DETERMINERS or head in lx.AUXILIARIES or head in lx.COORDINATORS:
        return False
    for k in range(first + 1, i):
        if k in skip or not _is_word(tokens[k].text) or lows[k] in lx.PREPOSITIONS or lows[k] in lx.SUBORDINATORS \
                or lows[k] in lx.COORDINATORS or lows[k] in lx.AUXILIARIES:
            return False
    return True


def _clause(sentence: Sentence, tokens: list[Token], lows: list[str], first: int, last: int) -> Optional[Clause]:
    marker = ""
    i = first
    while i <= last and (lows[i] in lx.CLAUSE_PUNCT or lows[i] == "," or lows[i] in lx.COORDINATORS):
        if lows[i] in lx.COORDINATORS:
            marker = lows[i]
        i += 1
    if i <= last and lows[i] in lx.SUBORDINATORS:
        marker = lows[i]
        i += 1
    j = i
    while j <= last:
        if _aux(lows, j):
            group = [j]
            k = j + 1
            while k <= last and (_aux(lows, k) or lows[k] in _GROUP_ADVERBS or lows[k] in lx.NEGATIONS
                                 or lows[k].endswith("ly") and "ADV" in lx.parts_of_speech(lows[k])):
                group.append(k)
                k += 1
            if k <= last and tokens[k].text[:1].islower() and "VERB" in lx.parts_of_speech(lows[k]) \
                    and lows[k] not in lx.DETERMINERS and (lows[group[-1]] not in lx.BE or _participle_form(lows[k])):
                group.append(k)
                return _make(sentence, tokens, lows, first, last, k, tuple(group), marker)
            if k <= last and tokens[k].text[:1].islower() and lows[k].endswith("ed") and len(lows[k]) > 4:
                group.append(k)
                return _make(sentence, tokens, lows, first, last, k, tuple(group), marker)
            if k + 2 <= last and lows[k] == "due" and lows[k + 1] == "to" and "VERB" in lx.parts_of_speech(lows[k + 2]):
                # "plates are due to arrive tomorrow": a plan
                clause = _make(sentence, tokens, lows, first, last, k + 2, tuple(group), marker)
                clause.planning = True
                return clause
            # copula or possessive "have": a state, no main verb follows
            clause = _make(sentence, tokens, lows, first, last, group[-1] if lows[group[-1]] not in lx.NEGATIONS
                           else group[0], tuple(group), marker)
            clause.stative = True
            return clause
        if _finite_verb(tokens, j, lows):
            return _make(sentence, tokens, lows, first, last, j, (j,), marker)
        j += 1
    return None


def _make(sentence, tokens, lows, first, last, head, group, marker) -> Clause:
    words = [lows[g] for g in group]
    lemma = lx.verb_lemma(lows[head])
    clause = Clause(sentence, first, last, head, "verb", marker, group, lemma=lemma)
    clause.negated = any(w in lx.NEGATIONS for w in words)
    # "saw no sign", "has not seen any": a negative object negates the happening too
    if not clause.negated and head + 1 <= last and lows[head + 1] in ("no", "nothing", "never"):
        clause.negated = True
    modals = [w for w in words if w in lx.MODALS]
    clause.modal = modals[0] if modals else ""
    clause.perfect_past = "had" in words and len(words) > 1
    clause.reporting = lemma in lx.REPORTING and not (lemma in _MOSTLY_NOT_SPEECH and _takes_object(tokens, lows, head, last))
    clause.planning = lemma in lx.PLANNING and head + 1 <= last and lows[head + 1] == "to"
    clause.stative = lemma in lx.STATIVE or (len(words) > 1 and words[-2] in lx.BE and lows[head] in lx.STATE_PARTICIPLES)
    if lemma == "go" and head + 1 <= last and lows[head + 1] == "to":
        clause.planning = True
    if lemma in lx.LIGHT_VERBS:
        # "gave his annual opening keynote": the happening is the noun
        for k in range(head + 1, min(last + 1, head + 6)):
            low = lows[k]
            if low in lx.EVENT_NOUNS:
                clause.trigger, clause.lemma = k, lx.event_lemma(low)
                clause.extra["light_verb"] = head
                break
            if low in lx.PREPOSITIONS or not tokens[k].text[:1].isalnum():
                break
    if not clause.reporting:
        # "threw cold water on the remarks, saying ...": the statement is the event
        for k in range(head + 2, last + 1):
            if lows[k - 1] == "," and lows[k].endswith("ing") and lx.verb_lemma(lows[k]) in lx.REPORTING:
                clause.trigger, clause.lemma, clause.reporting = k, lx.verb_lemma(lows[k]), True
                clause.extra["participle"] = True
                break
    return clause


# Reporting verbs whose other sense is more common in news: "added ferry runs", "charged a fee",
# "posted a loss", "maintained the bridge"; they report speech only without a plain object.
_MOSTLY_NOT_SPEECH = frozenset("add charge post maintain question answer state note signal".split())


def _takes_object(tokens: list[Token], lows: list[str], head: int, last: int) -> bool:
    """Is the verb at `head` followed by a plain noun phrase (not "that", a quotation or a clause)?"""
    k = head + 1
    while k <= last and lows[k] in _ADVERBS:
        k += 1
    if k > last or not _is_word(tokens[k].text):
        return False
    return lows[k] not in ("that", "it", "he", "she", "they", "we", "i") and lows[k] not in lx.PREPOSITIONS


def _subjects(clauses: list[Clause], tokens: list[Token], lows: list[str], skip: frozenset[int]) -> None:
    for idx, clause in enumerate(clauses):
        head = clause.group[0]
        prev = clauses[idx - 1] if idx else None
        marker_at = _marker_index(clause, lows, head)
        span = _subject_before(clause, tokens, lows, skip, head, marker_at)
        if span is None and idx:
            span = _subject_left_behind(clause, tokens, lows, prev)
        if span is None and clause.reporting:
            span = _subject_after(clause, tokens, lows)
        if span is not None:
            span = _contact_relative(clause, tokens, lows, span)
            clause.subject = span
        elif clause.marker in ("which", "who", "that") and marker_at is not None:
            clause.subject = _antecedent(tokens, lows, marker_at, prev.trigger + 1 if prev else 0, skip)
        elif idx and clause.marker in ("and", "but", "or", ""):
            # a verb without a subject shares the last main-level one; a relative clause in
            # between ("The merchants, who sued the city, welcomed ...") lends its antecedent
            for e_idx in range(idx - 1, -1, -1):
                earlier = clauses[e_idx]
                if earlier.subject is None or _is_complement(clauses, e_idx, tokens):
                    continue
                if earlier.extra.get("relative") and e_idx == 0 and clause.marker == "" \
                        and earlier.extra["antecedent"][0] == earlier.first:
                    clause.subject = earlier.extra["antecedent"]      # "The boat the city bought ... sank"
                    break
                if earlier.marker in ("who", "which", "that") and clause.marker == "" and e_idx == 0 \
                        and earlier.extra.get("lead_in") is not None:
                    # "The pier that the city built ... collapsed": the relative clause's antecedent
                    at = _marker_index(earlier, lows, earlier.group[0])
                    antecedent = _antecedent(tokens, lows, at, earlier.first, skip) if at is not None else None
                    clause.subject = antecedent or earlier.subject
                    break
                if earlier.marker in ("who", "which") or earlier.marker in ("", "and", "but", "or"):
                    clause.subject = earlier.subject
                    break
        if clause.subject is not None and clause.subject[0] > (marker_at if marker_at is not None else -1) \
                and clause.marker in ("which", "that") and marker_at is not None \
                and not (prev is not None and prev.reporting) and not any(lows[g] in lx.BE for g in clause.group) \
                and (prev is not None or _opens_noun_phrase(tokens, lows, clause.subject)):
            # "an announcement that it made", "The ferry, which the city bought in 2010, ...": the
            # antecedent is the object
            antecedent = _antecedent(tokens, lows, marker_at, prev.trigger + 1 if prev is not None else 0, skip)
            after = [k for k in range(clause.trigger + 1, min(clause.last + 1, clause.trigger + 2))
                     if _is_word(tokens[k].text) and k not in skip and lows[k] not in lx.PREPOSITIONS]
            if antecedent is not None and prev is None and antecedent[0] != clause.first:
                antecedent = None     # on the sentence's first clause only its subject: "The ferry, which ..."
            if antecedent is not None and not after:
                clause.extra["object"] = antecedent
                head = antecedent[1]
                if lows[head] in lx.EVENT_NOUNS and clause.lemma in lx.LIGHT_VERBS:
                    # "an announcement that it made on Tuesday": the happening is the announcement
                    clause.trigger, clause.lemma = head, lx.event_lemma(lows[head])


def _opens_noun_phrase(tokens: list[Token], lows: list[str], span: tuple[int, int]) -> bool:
    """"the city", "crews", "Lakeside", "it": a subject, not a verb the clause analysis missed
    ("The fund that helps families closed")."""
    k = span[0]
    low = lows[k]
    if low in lx.DETERMINERS or low in lx.SUBJECT_PRONOUNS or tokens[k].text[:1].isupper():
        return True
    return "VERB" not in lx.parts_of_speech(low) or (span[1] == k and "NOUN" in lx.parts_of_speech(low))


def _absolute(clause: Clause, tokens: list[Token], lows: list[str]) -> bool:
    """", its gates chained and its four lanes silent": after a comma, a possessed noun and a bare
    participle with no object is an absolute phrase describing the main clause, not a clause."""
    if clause.marker or lows[clause.first] != "," or clause.subject is None or len(clause.group) != 1:
        return False
    a, b = clause.subject
    if lows[a] not in ("its", "his", "her", "their") or b != clause.trigger - 1:
        return False
    low = lows[clause.trigger]
    if not (low.endswith("ed") or low in lx.IRREGULAR_PAST):
        return False
    after = clause.trigger + 1
    return after > clause.last or lows[after] in ("and", ",", ".", ";", "—", "–")


def _contact_relative(clause: Clause, tokens: list[Token], lows: list[str], span: tuple[int, int]) \
        -> tuple[int, int]:
    """"past the reopening date the city announced in March": two noun phrases before the verb, the
    second one opened by a determiner, is a relative clause without "that": the second is the
    subject, the first the verb's object (kept for the headline when the verb has none of its own)."""
    a, b = span
    if b >= clause.trigger or b - a < 3:
        return span
    for d in range(b - 1, a + 1, -1):
        if lows[d] in ("the", "a", "an", "its", "their", "his", "her") and _is_word(tokens[d - 1].text) \
                and lows[d - 1] not in lx.PREPOSITIONS and lows[d - 1] not in lx.DETERMINERS \
                and lows[d - 1] not in lx.COORDINATORS and lows[d - 1] not in lx.AUXILIARIES \
                and tokens[d - 1].text[:1].islower() and not lows[d - 1].endswith("ly") \
                and not _verb_only(lows[d - 1]):
            obj_first = a
            for k in range(d - 2, a - 1, -1):
                if lows[k] in lx.PREPOSITIONS or lows[k] in _LOOSE_PREPOSITIONS or not _is_word(tokens[k].text):
                    obj_first = k + 1     # "two weeks past [the reopening date]"
                    break
            if "object" not in clause.extra and not _has_object(clause, tokens, lows):
                clause.extra["object"] = (obj_first, d - 1)
            clause.extra["antecedent"] = (obj_first, d - 1)
            clause.extra["relative"] = True
            return (d, b)
    return span


_LOOSE_PREPOSITIONS = frozenset("past beyond despite amid via per".split())


def _has_object(clause: Clause, tokens: list[Token], lows: list[str]) -> bool:
    k = clause.trigger + 1
    return k <= clause.last and _is_word(tokens[k].text) and lows[k] not in lx.PREPOSITIONS


def _is_complement(clauses: list[Clause], idx: int, tokens: list[Token]) -> bool:
    """Is clauses[idx] what the clause before it says ("denied [there were plans]")?"""
    clause = clauses[idx]
    if not idx or not clauses[idx - 1].reporting:
        return False
    return clause.marker == "that" or (clause.marker == "" and _is_word(tokens[clause.first].text))


def _marker_index(clause: Clause, lows: list[str], head: int) -> Optional[int]:
    if not clause.marker:
        return None
    for k in range(clause.first, head):
        if lows[k] == clause.marker:
            return k
    return None


_SUBJECT_SKIP = frozenset("so far soon indeed then who which that".split())


def _subject_before(clause: Clause, tokens: list[Token], lows: list[str], skip: frozenset[int], head: int,
                    marker_at: Optional[int]) -> Optional[tuple[int, int]]:
    """The last comma-free stretch before the verb group, cut at the first preposition."""
    start = clause.first if marker_at is None else marker_at + 1
    while start < head and (lows[start] in lx.CLAUSE_PUNCT or lows[start] == ","
                            or lows[start] in lx.COORDINATORS or lows[start] in lx.SUBORDINATORS):
        start += 1
    span_start = start
    commas = []
    for k in range(start, head):
        if lows[k] in (",", "—", "–") or lows[k] in lx.QUOTES:
            span_start = k + 1
            commas.append(k)
    if len(commas) >= 2 and lows[commas[-2] + 1] in ("the", "a", "an") and commas[0] > start \
            and tokens[commas[0] - 1].text[:1].isupper() and lows[commas[-1] - 1] not in lx.PREPOSITIONS:
        # "Serhiy Demidyuk, the second official at the council, blamed": the name before the apposition
        return _subject_stretch(tokens, lows, skip, start, commas[0])
    if len(commas) >= 2 and commas[-1] == head - 1 and commas[0] > start:
        # "The bridge, used by 14,000 commuters, was inspected": the noun before the parenthesis
        return _subject_stretch(tokens, lows, skip, start, commas[0])
    return _subject_stretch(tokens, lows, skip, span_start, head)


def _subject_stretch(tokens: list[Token], lows: list[str], skip: frozenset[int], span_start: int,
                     head: int) -> Optional[tuple[int, int]]:
    while span_start < head and (span_start in skip or lows[span_start] in _ADVERBS
                                 or lows[span_start] in _SUBJECT_SKIP
                                 or (lows[span_start] in lx.PREPOSITIONS and span_start + 1 in skip)):
        span_start += 1
    end = span_start
    while end < head:
        # a date right after a determiner modifies the noun: "a 2023 inspection"
        dated_noun = end in skip and lows[end - 1] in lx.DETERMINERS
        if end > span_start and ((lows[end] in lx.PREPOSITIONS and lows[end] != "of")
                                 or lows[end] in _ADVERBS or (end in skip and not dated_noun)):
            break
        if lows[end] == ",":
            break
        end += 1
    if end > span_start and any(_is_word(tokens[k].text) for k in range(span_start, end)):
        return (span_start, end - 1)
    return None


def _subject_left_behind(clause: Clause, tokens: list[Token], lows: list[str], prev: Clause) \
        -> Optional[tuple[int, int]]:
    """"..., and Serhiy Demidyuk, the council's second official, blamed Russia": the subject stayed
    in the clause before, ahead of an apposition."""
    k = clause.first
    if lows[k] != ",":
        return None
    j = k - 1
    while j > prev.trigger and lows[j] != ",":
        j -= 1
    if j <= prev.trigger or lows[j + 1] not in ("the", "a", "an"):
        return None
    m = j - 1
    while m > prev.trigger and tokens[m].text[:1].isupper():
        m -= 1
    if m < j - 1 and lows[m] == "and":
        return (m + 1, j - 1)
    return None


def _subject_after(clause: Clause, tokens: list[Token], lows: list[str]) -> Optional[tuple[int, int]]:
    """“…,” said baker Ines Duarte: after a quotation the speaker may follow the verb."""
    head = clause.trigger
    before = [lows[k] for k in range(clause.first, head) if _is_word(tokens[k].text)]
    if before or not any(lows[k] in lx.CLOSE_QUOTES for k in range(max(0, clause.first - 1), head)):
        return None
    end = head + 1
    while end <= clause.last and end - head <= 6 and _is_word(tokens[end].text) \
            and lows[end] not in lx.PREPOSITIONS and lows[end] not in lx.SUBORDINATORS:
        end += 1
    return (head + 1, end - 1) if end > head + 1 else None


_POSSESSIVE_MARKS = frozenset(("'", "’", "'s", "’s"))


def _antecedent(tokens: list[Token], lows: list[str], pronoun_at: int, lower: int,
                skip: frozenset[int]) -> Optional[tuple[int, int]]:
    """The noun phrase right before a relative pronoun, back to its determiner ("the engineers'
    report released on Monday, which" -> "the engineers' report")."""
    k = pronoun_at - 1
    while k >= lower and (not _is_word(tokens[k].text) or k in skip
                          or (lows[k] in lx.PREPOSITIONS and k + 1 in skip)):
        k -= 1
    # a participle phrase after the noun ("report released on Monday")
    if k >= lower and lows[k].endswith("ed") and _verb_only(lows[k]):
        k -= 1
    begin = k
    while begin > lower and k - begin < 5 and (_is_word(tokens[begin - 1].text)
                                               or tokens[begin - 1].text in _POSSESSIVE_MARKS) \
            and lows[begin - 1] not in lx.PREPOSITIONS and lows[begin - 1] != "to" \
            and lows[begin - 1] not in lx.AUXILIARIES and lows[begin - 1] not in _ADVERBS \
            and not _verb_only(lows[begin - 1]):
        begin -= 1
        if lows[begin] in lx.DETERMINERS:
            break
    if k >= begin >= lower:
        return (begin, k)
    return None


def participle_clauses(sentence: Sentence, timex_spans: list[tuple[int, int]], taken: set[int]) -> list[Clause]:
    """Reduced relative clauses a date governs: "the engineers' report released on Monday", "a suit,
    filed in September 2003": the noun before is the subject of a passive happening."""
    tokens = sentence.tokens
    lows = sentence.lows or [t.text.lower() for t in tokens]
    found: list[Clause] = []
    starts = [t.start for t in tokens]
    for t_start, t_end in timex_spans:
        k = bisect.bisect_left(starts, t_start)
        j = k - 1
        if j >= 0 and lows[j] in ("on", "in", "at", "last", "this", "since", "during"):
            j -= 1
        j = _over_place(tokens, lows, j)
        if j < 2 or j in taken or not tokens[j].text[:1].islower():
            continue
        low = lows[j]
        if not (low.endswith("ed") or low in lx.IRREGULAR_PAST or low in lx.IRREGULAR_PARTICIPLES) \
                or "VERB" not in lx.parts_of_speech(low):
            continue
        noun = j - 1
        if lows[noun] == ",":
            noun -= 1
        if noun < 0 or not _is_word(tokens[noun].text) or lows[noun] in lx.PREPOSITIONS \
                or lows[noun] in lx.AUXILIARIES or lows[noun] in lx.SUBJECT_PRONOUNS or lows[noun] in _ADVERBS \
                or "NOUN" not in lx.parts_of_speech(lows[noun]) and not tokens[noun].text[:1].isupper():
            continue
        begin = noun
        while begin > 0 and begin > noun - 4 and (_is_word(tokens[begin - 1].text) or lows[begin - 1] in ("'s", "’s", "'", "’")) \
                and lows[begin - 1] not in lx.PREPOSITIONS and lows[begin - 1] not in lx.AUXILIARIES \
                and not _verb_only(lows[begin - 1]):
            begin -= 1
            if lows[begin] in lx.DETERMINERS:
                break
        last = k
        while last + 1 < len(tokens) and tokens[last + 1].end <= t_end:
            last += 1
        clause = Clause(sentence, j, last, j, "verb", "", (j,), subject=(begin, noun), lemma=lx.verb_lemma(low))
        clause.extra["participle_event"] = True
        found.append(clause)
    return found


def _over_place(tokens: list[Token], lows: list[str], j: int) -> int:
    """"born [in San Francisco] on February 24": back over one place phrase of capitalised words to
    the word before it; j itself when tokens[j] does not end such a phrase."""
    k = j
    while k > 0 and k > j - 5 and tokens[k].text[:1].isupper() and k not in (0,):
        k -= 1
    if k < j and k > 0 and lows[k] in ("in", "at", "near", "outside"):
        return k - 1
    return j


def event_noun_clauses(sentence: Sentence, timex_spans: list[tuple[int, int]]) -> list[Clause]:
    """Event nouns a date modifies directly: "the 2015 peace deal", "Wednesday's invasion"."""
    tokens = sentence.tokens
    found: list[Clause] = []
    for t_start, t_end in timex_spans:
        k = 0
        while k < len(tokens) and tokens[k].start < t_end:
            k += 1
        for j in range(k, min(len(tokens), k + 4)):
            low = tokens[j].text.lower()
            if low in ("'s", "’s") and j == k:
                continue
            if low in lx.EVENT_NOUNS:
                noun = Clause(sentence, j, j, j, "noun", lemma=lx.event_lemma(low))
                noun.extra["timex"] = (t_start, t_end)
                first = k - 1
                while first > 0 and tokens[first - 1].end > t_start:
                    first -= 1
                before = [tokens[b].text.lower() for b in range(max(0, first - 4), max(0, first))]
                if any(w in _PROSPECTS for w in before):
                    noun.extra["prospect"] = True    # "warnings of Wednesday's invasion": it may never happen
                found.append(noun)
                break
            if not tokens[j].text[:1].isalpha() or low in lx.PREPOSITIONS or low in lx.AUXILIARIES \
                    or low in lx.SUBORDINATORS or low in lx.COORDINATORS or low in lx.DETERMINERS \
                    or low in lx.SUBJECT_PRONOUNS:
                break         # "said on Monday that repairs ...": the noun is not the date's
    return found


# Nouns after which a dated happening is only foreseen: "fears of Wednesday's invasion".
_PROSPECTS = frozenset("""warning warnings fear fears threat threats risk risks possibility prospect prospects rumor
rumors rumour rumours talk speculation predictions prediction forecast forecasts plan plans hopes hope""".split())
