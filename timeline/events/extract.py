"""extract_events: the happenings one document reports, each with its one source.

The document is read sentence by sentence into candidates (one per clause with a verb group or
dated event noun); `select` then keeps the happenings among them (no states, pro-verbs, habits or
background clauses; a statement and what it reports once; a happening the article tells twice
once) and only the kept ones get a headline and become Events.
"""
from __future__ import annotations

import bisect
from typing import Optional, Sequence

from ..model import Document, Event, EventDate, Source, Span, Timex
from . import lexicon as lx
from .actors import NameBook, find_names, is_person, remember_capitalised
from .clauses import Clause, analyze, event_noun_clauses, participle_clauses
from .dating import (CONFIDENCE, GOVERNING, Dated, attach, before_if_perfect, clause_date, covered, fallback,
                     lead_like, noun_date, share_within_sentence, token_ranges, usable, with_signal)
from .focus import Focus
from .headline import clause_quotes, headline, quote_of, said_headline
from .select import Candidate, never_happening, select
from .sentences import Sentence, split_sentences
from .status import status

_POSSESSIVE = {"person": ("his", "her"), "org": ("its", "their"), "product": ("its",)}
_FOCUS_PRONOUN_REACH = 2      # sentences after a mention in which "it"/"he" still means the entity
SUBJECT_REACH = 1             # a pronoun subject prefers the person who was a subject this many sentences back


def extract_events(doc: Document, timexes: Sequence[Timex], *, about: str | None = None) -> tuple[Event, ...]:
    """Events of one document, in narrative order, ids f"{doc.id}#e{n}"."""
    return tuple(_Reader(doc, timexes, about).events())


class _Reader:
    """Reads one document sentence by sentence, keeping what later sentences refer back to:
    names (for pronouns and surnames), the last date of each paragraph, the lead event's date and
    where the focus entity was last mentioned."""

    def __init__(self, doc: Document, timexes: Sequence[Timex], about: Optional[str]):
        self.doc = doc
        self.timexes = sorted((t for t in timexes if 0 <= t.start < t.end <= len(doc.text)),
                              key=lambda t: (t.start, t.end))
        self.starts = [t.start for t in self.timexes]
        self.focus = Focus.of(about) if about else None
        self.book = NameBook()
        self.last_date: dict[int, tuple[int, EventDate]] = {}   # paragraph -> (sentence index, date)
        self.story_day: dict[int, tuple[int, EventDate]] = {}   # the same, for days close before publication
        self.lead: Optional[EventDate] = None
        self.focus_seen_at = -10
        self.focus_seen_ever = False
        self.candidates: list[Candidate] = []
        self.waiting_quote: Optional[tuple[int, int, str]] = None   # a standalone quotation and its place
        # paragraph -> (sentence index, names) of its latest analysed sentence: "its", "their" look back
        self.previous_names: dict[int, tuple[int, list[tuple[str, int, int]]]] = {}

    def events(self) -> list[Event]:
        body_chars = 0
        for sentence in split_sentences(self.doc.text, self.doc.title):
            remember_capitalised(sentence.tokens, self.book)
            if sentence.is_body:
                body_chars += sentence.end - sentence.body_start
                if not _all_quoted(sentence):
                    self._sentence(sentence)
                else:
                    self._standalone_quote(sentence)
        kept = select(self.candidates, body_chars, focused=self.focus is not None)
        return [self._event(n, c) for n, c in enumerate(kept, start=1)]

    def _standalone_quote(self, sentence: Sentence) -> None:
        """A sentence that is all quotation has no happening of its own, but its words are someone's:
        the speaker of the statement just before it in the paragraph when that one quoted too or
        announced the quotation with a colon (“…,” he said. “More words.”), else the speaker of a
        bare statement in the next sentence (“Words.” Then: “More,” she said / She said so)."""
        words = quote_of(sentence)
        if not words:
            return
        last = self.candidates[-1] if self.candidates else None
        if last is not None and last.clause.reporting and last.clause.kind == "verb" \
                and last.sentence.paragraph == sentence.paragraph and last.sentence.index == sentence.index - 1 \
                and (last.quote or last.sentence.text.rstrip().endswith(":")):
            last.quote = f"{last.quote} … {words}" if last.quote else words
            return
        self.waiting_quote = (sentence.paragraph, sentence.index, words)

    def _sentence(self, sentence: Sentence) -> None:
        doc = self.doc
        lo = bisect.bisect_left(self.starts, sentence.body_start)
        hi = bisect.bisect_left(self.starts, sentence.end)
        in_sentence = [with_signal(t, doc.text) for t in self.timexes[lo:hi]]
        dating = [d for d in in_sentence if usable(d.timex)]
        timex_tokens = covered(sentence, in_sentence)
        clauses = analyze(sentence, timex_tokens)
        nouns = event_noun_clauses(sentence, [(d.timex.start, d.timex.end) for d in dating])
        bound = {noun.extra["timex"] for noun in nouns}
        dates = []
        # the dates a headline leaves out (the chart shows them); one that modifies a noun or belongs to
        # another verb stays: "asks the city to publish every inspection since 2010"
        cut: set[int] = set()
        ranges = token_ranges(sentence, dating)
        for clause in clauses:
            attached = attach(clause, dating, ranges)
            cut.update(k for a in attached if a.attachment in GOVERNING for k in range(a.first, a.last + 1))
            dated = clause_date(clause, attached, bound, doc.published)
            if dated.how == "clause":
                clause.extra["own_date"] = True
            dates.append(dated)
        share_within_sentence(clauses, dates)
        previous = self.last_date.get(sentence.paragraph)
        for k, clause in enumerate(clauses):
            if dates[k].date is None and not dates[k].unresolved:
                dates[k] = fallback(clause, sentence, previous, self.lead, doc.published, doc.published_source,
                                    self.story_day.get(sentence.paragraph))
            dates[k] = before_if_perfect(clause, dates[k])
        mentions = self.focus.mentions(sentence.text, sentence.start) if self.focus else []
        work = [(k, c, d) for k, (c, d) in enumerate(zip(clauses, dates))]
        work += [(-1, n, noun_date(n, in_sentence, doc.published)) for n in nouns]
        taken = {k for c in clauses for k in c.group}
        for part in participle_clauses(sentence, [(d.timex.start, d.timex.end) for d in dating], taken):
            attached = attach(part, dating, ranges)
            cut.update(k for a in attached if a.attachment in GOVERNING for k in range(a.first, a.last + 1))
            work.append((-1, part, clause_date(part, attached, bound, doc.published)))
        if self.focus:
            recent = bool(mentions) or self.focus_seen_at >= sentence.index - _FOCUS_PRONOUN_REACH
            work += [(-1, n, d) for n, d in _possessed(clauses, dates, mentions, self.focus, recent)]
        names = _sentence_names(sentence, self.book, timex_tokens) if work else []
        quotes = clause_quotes(clauses)
        waiting, self.waiting_quote = self.waiting_quote, None
        if waiting is not None and waiting[0] == sentence.paragraph and waiting[1] == sentence.index - 1:
            heads = [k for k, c in enumerate(clauses) if c.reporting and not c.quoted and c.complement_of is None]
            if heads and heads[0] not in quotes and not clauses[heads[0]].extra.get("has_complement"):
                quotes[heads[0]] = waiting[2]
        date_tokens = frozenset(cut)
        for index, clause, dated in work:
            self._clause(sentence, index, clause, clauses, dated, names, mentions,
                         quotes.get(index) if index >= 0 else None, date_tokens)
        if mentions:
            self.focus_seen_at = sentence.index
            self.focus_seen_ever = True
        self.previous_names[sentence.paragraph] = (sentence.index, names)

    def _clause(self, sentence: Sentence, index: int, clause: Clause, clauses: list[Clause], dated: Dated,
                names: list[tuple[str, int, int]], mentions: list[tuple[int, int]], quote: Optional[str],
                date_tokens: frozenset[int]) -> None:
        if dated.how == "clause" and dated.date is not None and dated.date.mod is None \
                and clause.kind == "verb" and clause.marker in ("", "and", "but"):
            self.last_date[sentence.paragraph] = (sentence.index, dated.date)
            if lead_like(dated.date, self.doc.published):
                self.story_day[sentence.paragraph] = (sentence.index, dated.date)
                if self.lead is None:
                    self.lead = dated.date
        if never_happening(clause, dated):
            # no candidate, but its names still count for the pronouns and surnames that follow
            for name, first, _ in names:
                if clause.first <= first <= clause.last:
                    self.book.learn(name)
            return
        subject, actors = _actors(clause, self.book, names)
        owner = _owner(clause, clauses, names, self.previous_names.get(sentence.paragraph, (None, [])),
                       sentence.index, self.book)
        if owner is not None:
            clause.extra["owner"] = owner
            known = {n for n, _, _ in names} | {n for n, _, _ in self.previous_names.get(sentence.paragraph,
                                                                                          (None, []))[1]}
            if owner in known and owner not in actors:
                # the owner takes part: "its boats carried ..." is the authority's doing
                actors = ([actors[0]] if subject else []) + [owner] + actors[1 if subject else 0:]
        for name in actors:
            self.book.learn(name)
        if subject and clause.subject is not None and is_person(subject):
            self.book.last_subject = (subject, sentence.index)
        focus = False
        if self.focus and self._involves(clause, sentence, mentions):
            focus = True
            actors = [self.focus.about] + [a for a in actors if a != self.focus.about]
            if clause.extra.get("possessed"):
                subject = self.focus.about
        found = status(clause, dated.date, self.doc.published)
        speaker = None
        if clause.kind == "verb" and not (clause.reporting and clause.subject is not None):
            source = _according_to(clause, names)
            if source is not None:
                # "The ferry will resume service on Monday, according to the harbor master": her word
                speaker, cut = source
                date_tokens = date_tokens | cut
                if speaker not in actors:
                    actors = actors + [speaker]
                if found == "occurred":
                    found = "reported"
        self.candidates.append(Candidate(
            sentence=sentence, clause=clause, clauses=clauses, index=index, dated=dated, subject=subject,
            actors=list(dict.fromkeys(actors)), quote=quote, date_tokens=date_tokens,
            status=found, focus=focus, speaker=speaker,
        ))

    def _event(self, n: int, c: Candidate) -> Event:
        clause, sentence = c.clause, c.sentence
        names = self.book.capitalised_inside
        if c.content is not None:
            line = said_headline(c.subject, clause, c.content, c.date_tokens, names)
        else:
            line = headline(clause, c.clauses, c.subject, c.quote, c.date_tokens, names)
        trigger = clause.trigger_token
        reporting = clause.reporting or c.speaker is not None
        speaker = c.speaker or (c.subject if clause.reporting and c.quote else None)
        shown, shown_start, shown_end = _shown_sentence(self.doc.text, sentence, trigger, c.dated.date)
        source = Source(
            doc=self.doc.id, sentence=shown, start=shown_start, end=shown_end,
            trigger=Span(trigger.start, trigger.end, trigger.text), date=c.dated.date,
            quote=c.quote if reporting else None, speaker=speaker, position=sentence.index,
        )
        dated = c.dated
        return Event(
            id=f"{self.doc.id}#e{n}", headline=line, date=dated.date, sources=(source,),
            actors=tuple(dict.fromkeys(c.actors)), status=c.status,
            confidence=CONFIDENCE.get(dated.how, 0.3) if dated.date else 0.3,
        )

    def _involves(self, clause: Clause, sentence: Sentence, mentions: list[tuple[int, int]]) -> bool:
        """Does the focus entity take part: named in the clause or its subject, or the subject
        refers back to it ("it", "he", "the company")?"""
        if clause.extra.get("possessed"):
            return True
        owner = clause.extra.get("owner")
        if owner and self.focus.mentions(owner):
            return True               # "its boats carried ..." after the authority was named
        if any(clause.start <= s < clause.end for s, _ in mentions):
            return True
        if clause.subject is None:
            return False
        tokens = clause.sentence.tokens
        a, b = tokens[clause.subject[0]].start, tokens[clause.subject[1]].end
        if any(a <= s < b for s, _ in mentions):
            return True
        subject = " ".join(t.text for t in tokens[clause.subject[0]:clause.subject[1] + 1])
        if not self.focus.refers(subject):
            return False
        if self.focus_seen_at >= sentence.index - _FOCUS_PRONOUN_REACH:
            return True
        # "the company" may come back to the entity anywhere later in the article
        return self.focus_seen_ever and self.focus.kind != "person" and subject.lower().startswith("the ")


# fuzz2 (stop 27): in text without full stops a "sentence" is the whole document, and every event carried
# all of it (10 KB of input gave 3.3 MB of JSON). A longer sentence is given as a window around the trigger and
# its date, cut at word boundaries, with an ellipsis for each cut end; start is moved back by the leading
# ellipsis so that document offsets minus start still index the shown text.
SENTENCE_SHOWN = 400
_CUT = "… "


def _shown_sentence(text: str, sentence: Sentence, trigger, date: Optional[EventDate]) -> tuple[str, int, int]:
    if sentence.end - sentence.start <= SENTENCE_SHOWN:
        return sentence.text, sentence.start, sentence.end
    lo, hi = trigger.start, trigger.end
    timex = date.timex if date is not None else None
    if timex is not None and sentence.start <= timex.start and timex.end <= sentence.end \
            and max(hi, timex.end) - min(lo, timex.start) <= SENTENCE_SHOWN - 80:
        lo, hi = min(lo, timex.start), max(hi, timex.end)
    room = max(0, SENTENCE_SHOWN - (hi - lo))
    start = max(sentence.start, lo - room // 2)
    end = min(sentence.end, start + max(SENTENCE_SHOWN, hi - start))
    start = max(sentence.start, min(start, end - SENTENCE_SHOWN))
    if start > sentence.start:
        space = text.find(" ", start, lo)
        start = space + 1 if space >= 0 else start
    if end < sentence.end:
        space = text.rfind(" ", hi, end)
        end = space if space >= 0 else end
    head = _CUT if start > sentence.start else ""
    tail = _CUT[::-1] if end < sentence.end else ""
    return head + text[start:end] + tail, start - len(head), end + len(tail)


def _all_quoted(sentence: Sentence) -> bool:
    """A sentence that is one quotation from end to end tells no happening of ours (a quoted
    clause never does), so it is not analysed at all."""
    tokens = sentence.tokens
    if not (sentence.in_quote or tokens[0].text in lx.OPEN_QUOTES):
        return False
    k = len(tokens) - 1
    while k > 0 and not tokens[k].text[:1].isalnum() and tokens[k].text not in lx.CLOSE_QUOTES:
        k -= 1
    if tokens[k].text not in lx.CLOSE_QUOTES:
        return sentence.in_quote and not any(t.text in lx.QUOTES for t in tokens)
    # the only quotation marks are the opening one (if any) and this closing one
    inner = [t for t in tokens[1:k] if t.text in lx.QUOTES]
    return not inner


def _according_to(clause: Clause, names: list[tuple[str, int, int]]) -> Optional[tuple[str, frozenset[int]]]:
    """"…, according to harbor master Ines Duarte" / "According to the Gazette, …": the named source
    of the clause and the tokens of the attribution (a headline leaves them out)."""
    tokens = clause.sentence.tokens
    lows = clause.sentence.lows or [t.text.lower() for t in tokens]
    for k in range(clause.first, clause.last):
        if lows[k] != "according" or lows[k + 1] != "to":
            continue
        end = k + 2
        while end <= clause.last and end < len(tokens) and lows[end] not in (",", ".", ";", "—", "–", ":") \
                and lows[end] not in lx.QUOTES:
            end += 1
        named = [n for n in names if k + 2 <= n[1] < end]
        if not named:
            return None
        start = k - 1 if k > 0 and lows[k - 1] == "," else k
        if end < len(tokens) and lows[end] == "," and start == k:
            end += 1              # "According to X, divers ...": the comma goes too
        return named[-1][0], frozenset(range(start, end))
    return None


def _owner(clause: Clause, clauses: list[Clause], names: list[tuple[str, int, int]],
           previous: tuple[Optional[int], list[tuple[str, int, int]]], index: int,
           book: Optional[NameBook] = None) -> Optional[str]:
    """Whose thing the subject is when it opens with "its"/"their", if that is unambiguous: one
    organisation or place named before it in the sentence ("the Harbor Transit Authority said; its
    boats carried ..."), else, with no name there, the subject of an earlier clause of the sentence
    ("Several shop owners said their sales fell" -> "shop owners"; "The bridge opened in 1987, and
    its deck was widened" -> "bridge"), else, when the possessive opens its sentence, the one
    organisation or place the sentence just before in the paragraph named. Only the nearest earlier
    subject counts; "their" takes a plural one, or a name that is an organisation ("the Port
    Authority"), never a single word that may be a person ("Nora's brother and two friends drowned
    when their boat sank"). Two candidates (a name and a singular subject, two names), or a subject
    too complex to name: none."""
    if clause.subject is None or clause.kind != "verb":
        return None
    tokens = clause.sentence.tokens
    a, b = clause.subject
    word = tokens[a].text.lower()
    if word not in ("its", "their") or a == b:
        return None
    plural = word == "their"
    body = next((k for k, t in enumerate(tokens) if t.start >= clause.sentence.body_start), 0)

    def thing(name: str, first: int = -1) -> bool:
        if is_person(name) or (book is not None and (name in book.full_names or name in book.full_names.values())):
            return False
        if " " not in name and first == body and lx.is_dictionary_word(name.lower()):
            return False              # "Ferries crowded ...": a capitalised sentence opener, not a name
        return not plural or any(w.lower().strip(".") in lx.ORG_WORDS for w in name.split())

    things = list(dict.fromkeys(n for n, first, last in names if last < a and thing(n, first)))
    nearest = None
    for other in clauses:
        if other is clause or other.subject is None or other.subject[1] >= a or other.kind != "verb":
            continue
        phrase = [t.text for t in tokens[other.subject[0]:other.subject[1] + 1]]
        while phrase and phrase[0].lower() in lx.DETERMINERS:
            phrase = phrase[1:]
        if not phrase or len(phrase) > 5 or phrase[-1].lower() in lx.SUBJECT_PRONOUNS \
                or not all(w[:1].isalnum() for w in phrase):
            nearest = ""              # a subject we cannot name: it may be the owner
        else:
            nearest = " ".join(phrase)
    if nearest == "":
        return None
    if nearest is not None and any(nearest == t or nearest.endswith(" " + t) for t in things):
        nearest = None            # "the Harbor Transit Authority said; its boats": the name itself
    if nearest is not None and _plural(nearest) != plural:
        nearest = None            # "Ferries crowded the harbor, and its pier ...": not the ferries'
    if nearest is not None:
        things = list(dict.fromkeys([nearest] + things))
    if len(things) == 1:
        return things[0]
    if things:
        return None               # "The city sued the Port Authority, and its lawyers ...": either
    at, before = previous
    if at is not None and at == index - 1 and a - body <= 1:
        # only a possessive opening its sentence ("Its crews worked ...") looks back: further in,
        # the nouns before it are likelier owners ("leaving the index near its record high")
        earlier = list(dict.fromkeys(n for n, first, _ in before if thing(n)))
        if len(earlier) == 1:
            return earlier[0]
    return None


def _plural(phrase: str) -> bool:
    last = phrase.split()[-1].lower()
    if not last.endswith("s") or last.endswith(("ss", "us", "is")):
        return False
    return last[:1].islower() and phrase.split()[-1][:1].islower() or lx.noun_lemma(last) != last


def _possessed(clauses: list[Clause], dates: list[Dated], mentions: list[tuple[int, int]], focus: Focus,
               recent: bool) -> list[tuple[Clause, Dated]]:
    """With --about: happenings named by a noun the entity owns ("his resignation", "Jobs' death")."""
    found = []
    for clause, dated in zip(clauses, dates):
        tokens = clause.sentence.tokens
        for k in range(clause.first + 1, clause.last + 1):
            low = tokens[k].text.lower()
            if low not in lx.EVENT_NOUNS or k == clause.trigger:
                continue
            j = k - 1
            while j > clause.first and j > k - 4 and tokens[j].text[:1].isalnum() \
                    and tokens[j].text.lower() not in lx.DETERMINERS:
                j -= 1
            owner = tokens[j].text.lower()
            owned = (owner in _POSSESSIVE[focus.kind] and recent) or (
                owner in ("'s", "’s", "'", "’") and j > 0 and any(s < tokens[j - 1].end <= e for s, e in mentions))
            if owned:
                noun = Clause(clause.sentence, k, k, k, "noun", lemma=lx.event_lemma(low))
                noun.extra["possessed"] = True
                noun.extra["status"] = clause
                found.append((noun, dated))
    return found


def _sentence_names(sentence: Sentence, book: NameBook, timex_tokens: frozenset[int]) -> list[tuple[str, int, int]]:
    tokens = sentence.tokens
    first_body = 0
    while first_body < len(tokens) and tokens[first_body].start < sentence.body_start:
        first_body += 1
    return find_names(tokens, first_body, len(tokens) - 1, first_body, book, timex_tokens)


def _actors(clause: Clause, book: NameBook, sentence_names: list[tuple[str, int, int]]) \
        -> tuple[Optional[str], list[str]]:
    """The subject's name (pronouns resolved) and all names in the clause, the subject first."""
    tokens = clause.sentence.tokens
    names = [n for n in sentence_names if clause.first <= n[1] <= clause.last]
    subject = None
    if clause.subject is not None:
        a, b = clause.subject
        inside = [n for n in sentence_names if a <= n[1] <= b]
        if inside:
            subject = inside[-1][0]     # the head comes last: "Russian President Vladimir Putin"
        else:
            words = [tokens[k].text.lower() for k in range(a, b + 1)]
            recent = book.last_subject
            if words and words[-1] in lx.PERSON_PRONOUNS and recent is not None \
                    and recent[1] >= clause.sentence.index - SUBJECT_REACH:
                subject = recent[0]
            elif words and words[-1] in lx.PERSON_PRONOUNS and book.last_person:
                subject = book.last_person
            elif words and words[-1] in ("it", "they") and book.last_thing:
                subject = book.last_thing
            elif len(words) >= 2 and words[0] == "the":
                subject = book.named_by(words[-1])
    ordered = ([subject] if subject else []) + [n[0] for n in names if n[0] != subject]
    return subject, list(dict.fromkeys(ordered))
