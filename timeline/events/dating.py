"""From the resolver's timexes to the date of one event (EventDate), and which date a clause takes.

In order: the expression that governs the clause (its own clause, in adverbial position: never one
that modifies a noun, sits in a quotation or belongs to another verb), the date of the clause it
belongs to in the sentence, the last date of its paragraph (a statement in the present: the
publication date), the article's lead event's (a past happening), the publication date (a
statement, or something going on "now"), "on or before" the publication date (a past happening),
or none (the event is kept undated). Each step down lowers the confidence; `fallback` has the
details."""
from __future__ import annotations

import bisect
import datetime as _dt
from dataclasses import dataclass
from typing import Optional

from ..model import EventDate, Span, Timex
from . import lexicon as lx
from .clauses import Clause
from .sentences import Sentence

# A word right before the expression turns a point into an open range.
_SIGNALS = {"since": "AFTER", "after": "AFTER", "from": "AFTER", "until": "BEFORE", "till": "BEFORE",
            "before": "BEFORE", "by": "BEFORE"}
# Lower-case month names that are more often something else ("Moscow may invade").
_AMBIGUOUS = frozenset({"may", "march", "sun", "wed", "sat", "fall", "spring"})


@dataclass(frozen=True, slots=True)
class DatedTimex:
    timex: Timex
    mod: Optional[str]          # from a signal word before it, else the timex's own mod


def usable(timex: Timex) -> bool:
    """A timex that can date an event: a DATE or TIME (durations and sets cannot)."""
    if timex.type not in ("DATE", "TIME"):
        return False
    if timex.text.strip() in _AMBIGUOUS:
        return False
    return True


def with_signal(timex: Timex, text: str) -> DatedTimex:
    before = text[max(0, timex.start - 8):timex.start].split()
    word = before[-1].lower() if before else ""
    return DatedTimex(timex, _SIGNALS.get(word, timex.mod))


def event_date(dated: DatedTimex, published: Optional[_dt.date], basis: str = "timex") -> Optional[EventDate]:
    """The EventDate a timex gives, or None when the timex is unresolved."""
    timex = dated.timex
    if timex.interval is None:
        return None
    start, end = timex.interval.start, timex.interval.end
    mod = dated.mod
    if mod == "AFTER" and published is not None and published > end:
        end = published       # "since 2014": open range up to the article's date
    granularity = timex.granularity or "day"
    if timex.type == "TIME" and granularity in ("minute", "hour", "part_of_day"):
        value = start.isoformat()
        granularity = "day"
    else:
        value = timex.value
    if not value[:1].isdigit():
        # "PRESENT_REF", "XXXX-..." with an interval all the same: show the calendar date
        value = start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"
    return EventDate(
        value=value, start=start, end=end, granularity=granularity, basis=basis,
        explanation=timex.explanation or f"“{timex.text}”", mod=mod,
        timex=Span(timex.start, timex.end, timex.text), rule=timex.rule,
    )


def publication_date(published: _dt.date, source: Optional[str]) -> EventDate:
    origin = f" ({source})" if source else ""
    return EventDate(
        value=published.isoformat(), start=published, end=published, granularity="day",
        basis="publication", explanation=f"no date in the sentence: the article's publication date "
                                         f"{published.isoformat()}{origin}",
        rule="publication",
    )


def narrative(date: EventDate, lead: bool = False, far: bool = False) -> EventDate:
    where = "the date of the article's lead event" if lead else (
        "the last date given earlier in the paragraph" if far else "the date of the sentence before")
    return EventDate(
        value=date.value, start=date.start, end=date.end, granularity=date.granularity, basis="narrative",
        explanation=f"no date in the sentence: {where} ({date.value}); " + (date.explanation or ""),
        mod=date.mod, timex=date.timex, rule=date.rule,
    )


# --------------------------------------------------------------------------- which date a clause takes
@dataclass(slots=True)
class Dated:
    date: Optional[EventDate]
    how: Optional[str]            # "clause" | "sentence" | "narrative" | "lead" | "publication" | None
    unresolved: bool = False      # governed by an expression that could not be anchored


CONFIDENCE = {"clause": 1.0, "sentence": 0.85, "narrative": 0.6, "far-narrative": 0.5, "publication": 0.7,
              "lead": 0.45, "before-publication": 0.35, "now": 0.5, None: 0.3}
LEAD_WINDOW_DAYS = 14         # a lead event this close before publication dates the article's story
NEAR_NARRATIVE = 1            # sentences back within which an inherited date keeps the higher confidence

# Attachment of an expression to the trigger of its clause, best first. "noun" and "other-verb"
# expressions never date the trigger: "the 2023 inspection", "the incidents of Aug. 7", "asks a
# judge to order the city to publish every inspection since 2010" (since 2010 belongs to
# "publish"), "its record high set on Aug. 6".
ADVERBIAL, LEAD_IN, NOUN, OTHER_VERB = "adverbial", "lead-in", "noun", "other-verb"
GOVERNING = (ADVERBIAL, LEAD_IN)
# "at the end of 2014", "in the spring of 1998": "of" after these still dates the verb
_TIME_HEADS = frozenset("""end beginning start middle close half part rest course summer spring autumn fall winter
week month year quarter weekend morning afternoon evening night first last""".split())


@dataclass(frozen=True, slots=True)
class Attached:
    dated: DatedTimex
    first: int                    # token range of the expression in its sentence
    last: int
    attachment: str


def covered(sentence: Sentence, dated: list[DatedTimex]) -> frozenset[int]:
    """Indexes of the sentence's tokens inside these expressions."""
    out = set()
    for first, last in token_ranges(sentence, dated):
        out.update(range(first, last + 1))
    return frozenset(out)


def token_ranges(sentence: Sentence, dated: list[DatedTimex]) -> list[tuple[int, int]]:
    if not dated:
        return []
    starts = [t.start for t in sentence.tokens]
    out = []
    for d in dated:
        k = bisect.bisect_left(starts, d.timex.start)
        last = k - 1
        while last + 1 < len(starts) and sentence.tokens[last + 1].end <= d.timex.end:
            last += 1
        out.append((k, last))
    return out


def attach(clause: Clause, in_sentence: list[DatedTimex], ranges: Optional[list[tuple[int, int]]] = None) \
        -> list[Attached]:
    """The usable expressions inside the clause, each with how it attaches to the trigger; `ranges`
    are the expressions' token ranges (token_ranges) when the caller has them."""
    sentence = clause.sentence
    tokens = sentence.tokens
    lows = sentence.lows or [t.text.lower() for t in tokens]
    out = []
    lead_in = clause.extra.get("lead_in")
    for d, (first, last) in zip(in_sentence, ranges if ranges is not None else token_ranges(sentence, in_sentence)):
        if last < first or not (clause.first <= first <= clause.last) or not usable(d.timex):
            continue
        out.append(Attached(d, first, last, _attachment(clause, tokens, lows, first, last, lead_in)))
    return out


def _attachment(clause: Clause, tokens, lows: list[str], first: int, last: int, lead_in) -> str:
    before = lows[first - 1] if first > 0 else ""
    after = lows[last + 1] if last + 1 < len(lows) else ""
    if after in ("'s", "’s", "'", "’"):
        return NOUN                               # "Monday's discovery"
    if (before in lx.DETERMINERS or before in _POSSESSIVES) and after[:1].isalpha() and after not in _NOT_NOUNS:
        return NOUN                               # "the 2015 deal", "its 1998 debut"; not "in the 1990s"
    if _attributive_year(tokens, lows, first, last, before, after):
        return NOUN                               # "the fabled 11th century temple", "said 1998 profits"
    if before in _NOUN_PREPOSITIONS and first > 1 and not lows[first - 2] in _TIME_HEADS \
            and (before == "of" or (last < clause.trigger and _nounish(lows[first - 2]))):
        return NOUN                               # "the incidents of Aug. 7", "the job figures for January rose"
    trigger = clause.trigger
    quoted = clause.sentence.quoted
    if quoted and quoted[first] and not quoted[trigger]:
        return OTHER_VERB                         # “… through this spring,” she said: the speaker's words
    if first > trigger:
        start = trigger + 1
        # the verb a trigger takes as its complement shares its date: "plans to reopen the pier next
        # month", "will start charging the fare again on Thursday", "agreed to pay in May"
        if start + 1 < len(lows) and lows[start] == "to":
            start += 2
        elif start < len(lows) and lows[start].endswith("ing"):
            start += 1
        if _verb_between(lows, tokens, start, first, set(clause.group), clause.lemma in _SMALL_CLAUSE_VERBS):
            return OTHER_VERB
    elif last < trigger:
        # "the company, founded in 1976, announced": the participle in front owns the date
        k = first - 1
        if k >= clause.first and lows[k] in lx.PREPOSITIONS:
            k -= 1
        if k >= clause.first and k not in clause.group and _participle(lows, tokens, k):
            return OTHER_VERB
        # "Jobs, born in San Francisco on February 24, 1955, has built": back over a place phrase
        j = k
        while j > clause.first and j > k - 5 and tokens[j].text[:1].isupper():
            j -= 1
        if j < k and j > clause.first and lows[j] in lx.PREPOSITIONS and j - 1 not in clause.group \
                and _participle(lows, tokens, j - 1):
            return OTHER_VERB
    if lead_in is not None and lead_in[0] <= first <= lead_in[1]:
        # "On Tuesday, ..." governs the clause; "After talks on Monday, ..." dates the talks
        words = [k for k in range(lead_in[0], lead_in[1] + 1)
                 if tokens[k].text[:1].isalnum() and not first <= k <= last and lows[k] not in lx.PREPOSITIONS
                 and lows[k] not in _LEAD_FILLERS]
        return LEAD_IN if words else ADVERBIAL
    return ADVERBIAL


_POSSESSIVES = frozenset("its his her their our my your".split())
_NOUN_PREPOSITIONS = frozenset("of for from through".split())
_NOT_NOUNS = lx.PREPOSITIONS | lx.COORDINATORS | lx.SUBORDINATORS | lx.AUXILIARIES


def _attributive_year(tokens, lows: list[str], first: int, last: int, before: str, after: str) -> bool:
    """A year, decade or century written before a common noun modifies that noun, whatever comes
    before it (an adjective, a verb): no preposition introduces it as the time of a verb."""
    head = lows[last]
    if not (head[-1:].isdigit() or head in ("century", "centuries") or (head[:1].isdigit() and head.endswith("s"))):
        return False
    if before in lx.PREPOSITIONS or last + 1 >= len(tokens) or not tokens[last + 1].text[:1].islower():
        return False
    # "in his unsuccessful 1996 campaign": a noun phrase behind a preposition still times the verb
    k = first - 1
    while k > 0 and first - k <= 3 and lows[k][:1].isalpha() and lows[k] not in lx.PREPOSITIONS:
        k -= 1
    if lows[k] in lx.PREPOSITIONS:
        return False
    pos = lx.parts_of_speech(after)
    if "NOUN" not in pos or after in _NOT_NOUNS:
        return False
    # "2019 saw", "1998 marks", "2010 ended": a verb form the year is the subject of
    return "VERB" not in pos or not (after.endswith(("s", "ed")) or after in lx.IRREGULAR_PAST)


def _nounish(low: str) -> bool:
    return "NOUN" in lx.parts_of_speech(low) and low not in lx.PREPOSITIONS
_LEAD_FILLERS = frozenset("early late last next this that then later earlier also and".split())


def _participle(lows: list[str], tokens, k: int) -> bool:
    low = lows[k]
    if not tokens[k].text[:1].islower():
        return False
    if not (low.endswith(("ed", "ing")) or low in lx.IRREGULAR_PAST or low in _PARTICIPLES):
        return False
    if low in lx.PREPOSITIONS or low in _NOT_VERBS:
        return False
    pos = lx.parts_of_speech(low)
    if "VERB" not in pos:
        return False
    prev = lows[k - 1] if k > 0 else ""
    return prev not in lx.DETERMINERS and prev not in lx.AUXILIARIES and prev not in _POSSESSIVES


_PARTICIPLES = frozenset("set cut put hit shut spread held made sent built sold paid won lost brought bought".split()) \
    | lx.IRREGULAR_PARTICIPLES
# -ing and -ed forms that act as prepositions or nouns before a date: "starting tomorrow", "beginning in May"
_NOT_VERBS = frozenset("""morning evening during according including following regarding concerning starting
beginning ending effective dated scheduled expected planned due""".split())


# "ordered the bridge closed at 3 p.m.": the participle after the object completes the verb
_SMALL_CLAUSE_VERBS = frozenset("order have get keep leave want see find declare make".split())


def _verb_between(lows: list[str], tokens, start: int, end: int, group: set[int],
                  small_clause: bool = False) -> bool:
    """Is there a verb of its own in tokens[start:end]: an infinitive ("to publish"), a participle
    ("pushing the Dow", "the record set on")?"""
    for k in range(start, end):
        if k in group:
            continue
        low = lows[k]
        prev = lows[k - 1]
        if prev == "to" and tokens[k].text[:1].islower() and "VERB" in lx.parts_of_speech(low) \
                and low not in lx.DETERMINERS and low not in _NOT_VERBS:
            return True
        if small_clause and not low.endswith("ing"):
            continue
        if _participle(lows, tokens, k) and (low.endswith("ing") or prev not in lx.PREPOSITIONS):
            if low.endswith("ing") and prev in lx.PREPOSITIONS and prev not in ("by", "after", "before"):
                continue              # "in finding", "for sailing": a gerund object, the date may still be the verb's
            return True
    return False


def clause_date(clause: Clause, attached: list[Attached], bound: set, published: Optional[_dt.date]) -> Dated:
    """The expression that governs the clause: in adverbial position (sentence-initial "On Tuesday,",
    after the verb phrase), nearest to the trigger; one in a verbless lead-in with other words
    ("After talks on Monday, ...") only when nothing better is there. Expressions that modify a
    noun or belong to another verb never date the trigger."""
    trigger = clause.trigger
    best = None
    for a in attached:
        t = a.dated.timex
        if a.attachment not in GOVERNING or (t.start, t.end) in bound:
            continue
        distance = a.first - trigger if a.first > trigger else trigger - a.last
        key = (t.interval is None, a.attachment != ADVERBIAL, distance)
        if best is None or key < best[0]:
            best = (key, a)
    if best is None:
        return Dated(None, None)
    date = event_date(best[1].dated, published)
    return Dated(None, None, unresolved=True) if date is None else Dated(date, "clause")


def noun_date(noun: Clause, in_sentence: list[DatedTimex], published: Optional[_dt.date]) -> Dated:
    for d in in_sentence:
        if (d.timex.start, d.timex.end) == noun.extra["timex"]:
            date = event_date(d, published)
            return Dated(date, "clause" if date else None, date is None)
    return Dated(None, None)


_MAIN = ("", "and", "but", "or")


def share_within_sentence(clauses: list[Clause], dates: list[Dated]) -> None:
    """A clause without its own date shares the one of the clause it belongs to: a statement's content
    its statement's, a coordinated clause the main clause's before it, an adverbial clause ("after
    crews cleared the channel") its main clause's. A relative clause ("who sued the city last
    week") neither lends nor borrows, and no clause borrows from a later one: "The merchants,
    who sued last week, welcomed the news" is not dated last week."""
    own = list(dates)
    for k, clause in enumerate(clauses):
        if own[k].date is not None or own[k].unresolved or clause.marker in _RELATIVE:
            continue
        if clause.kind == "verb" and clause.reporting and not clause.quoted and is_present(clause):
            continue              # "..., and the mayor says ...": said as the article is written (fallback)
        candidates = [clause.complement_of] if clause.complement_of is not None else []
        if clause.marker not in _MAIN and k:
            candidates.append(k - 1)      # "should have acted two years ago, when an inspection noted rust"
        candidates += [j for j in range(k - 1, -1, -1) if clauses[j].marker in _MAIN
                       and clauses[j].complement_of is None]
        for j in candidates:
            if clauses[j].quoted and not clause.quoted:
                continue          # “… through this spring,” she said: the quotation's date is not the saying's
            if own[j].date is not None or own[j].unresolved:
                dates[k] = Dated(own[j].date, "sentence" if own[j].date else None, own[j].unresolved)
                break


_RELATIVE = frozenset(("who", "which", "whom", "whose", "where"))


def fallback(clause: Clause, sentence: Sentence, previous: Optional[tuple[int, EventDate]],
             lead: Optional[EventDate], published: Optional[_dt.date], published_source: Optional[str],
             day: Optional[tuple[int, EventDate]] = None) -> Dated:
    """No date in the sentence. In order:

    - a statement told in the present ("says", "is warning", "tells") is made as the article is
      written: the publication date, even when the paragraph gave another date;
    - the last date of the same paragraph (`previous`; never one from another paragraph). A coarse
      date earlier in the paragraph ("In April, a blog obtained a prototype") is background: a past
      happening goes on at the lead date, a statement in the simple past at the last day of the
      story (a day close before publication, `lead_like`) the paragraph gave before it (`day`),
      else at the publication date. A statement goes on from an older day only in the sentence
      right after it ("The mayor opened the bridge on May 2, 1998. “…,” she added.");
    - a statement in the simple past ("said", "announced", "told reporters") at the publication date
      (news dates its statements by the dateline); one in the past perfect ("had said") keeps the
      narrative: the article's lead event's date, before it;
    - a past happening at the date of the article's lead event (a day close before publication: the
      story's day), else "on or before" the publication date;
    - something going on "now" ("crews are working") at the publication date;
    - else none: the event is kept undated."""
    told = clause.kind == "verb" and clause.reporting and not clause.quoted
    if told and published is not None and is_present(clause):
        return Dated(publication_date(published, published_source), "publication")
    statement = told and not clause.perfect_past and published is not None
    if previous is not None and (lead is None or previous[1].granularity == "day"):
        near = previous[0] >= sentence.index - NEAR_NARRATIVE
        # a statement goes on from the sentence just before, or from a day of the story (close
        # before publication); not from background ("Jobs was born on February 24, 1955. ...")
        if not statement or (previous[1].granularity == "day" and (near or lead_like(previous[1], published))):
            return Dated(narrative(previous[1], far=not near), "narrative" if near else "far-narrative")
    if statement and day is not None and day != previous:
        return Dated(narrative(day[1], far=True), "far-narrative")
    if statement:
        return Dated(publication_date(published, published_source), "publication")
    past = clause.kind == "verb" and is_past(clause)
    if lead is not None and past and not clause.quoted:
        return Dated(narrative(lead, lead=True), "lead")
    if clause.reporting and published is not None:
        return Dated(publication_date(published, published_source), "publication")
    if past and published is not None and not clause.quoted:
        return Dated(before_publication(published, published_source), "before-publication")
    if published is not None and clause.kind == "verb" and is_ongoing(clause):
        return Dated(publication_date(published, published_source), "now")
    return Dated(None, None)


def is_present(clause: Clause) -> bool:
    """"says", "tell", "is warning", "does not say": a verb group in the present, not the perfect."""
    words = [clause.sentence.tokens[k].text.lower() for k in clause.group]
    if not words or any(w in lx.MODALS or w in _NOT_PRESENT for w in words):
        return False
    head = words[-1]
    if len(words) > 1 and words[0] in _PRESENT_BE:
        return head.endswith("ing")                     # "is warning"; not "is expected"
    if len(words) > 1 and words[0] not in ("do", "does"):
        return False
    return not (head.endswith("ed") or head in lx.IRREGULAR_PAST)


_NOT_PRESENT = frozenset("was were had did has have 've ’ve been".split())
_PRESENT_BE = frozenset("is are am 's ’s 're ’re".split())


def is_ongoing(clause: Clause) -> bool:
    """"Weapons are being withdrawn", "the city has asked residents": going on as the article is written."""
    words = [clause.sentence.tokens[k].text.lower() for k in clause.group]
    if len(words) < 2 or any(w in lx.MODALS or w in ("was", "were", "had", "did") for w in words):
        return False
    return words[0] in ("is", "are", "am", "has", "have", "'s", "’s", "'re", "’re", "'ve", "’ve")


def before_publication(published: _dt.date, source: Optional[str]) -> EventDate:
    origin = f" ({source})" if source else ""
    return EventDate(
        value=published.isoformat(), start=published, end=published, granularity="day", basis="publication",
        explanation=f"no date in the text: told in the past by an article published {published.isoformat()}{origin}, "
                    f"so on or before that day", mod="BEFORE", rule="publication",
    )


def before_if_perfect(clause: Clause, dated: Dated) -> Dated:
    """"Putin said on Tuesday the West had agreed ...": a past perfect borrowing another clause's
    date happened before it; so did "six weeks after a cracked girder forced its closure", and
    "before the exercise ends" happens after its main clause."""
    if dated.date is None or dated.how in ("clause", None) or dated.date.mod:
        return dated
    if clause.marker in ("after", "since") or clause.perfect_past:
        mod, why = "BEFORE", "told in the past perfect: before it" if clause.perfect_past else \
            f"“{clause.marker} …”: before it"
    elif clause.marker in ("before", "until"):
        mod, why = "AFTER", f"“{clause.marker} …”: after it"
    else:
        return dated
    date = dated.date
    return Dated(EventDate(value=date.value, start=date.start, end=date.end, granularity=date.granularity,
                           basis=date.basis, explanation=date.explanation + f" ({why})",
                           mod=mod, timex=date.timex, rule=date.rule), dated.how)


def lead_like(date: EventDate, published: Optional[_dt.date]) -> bool:
    if date.granularity != "day" or published is None:
        return False
    return 0 <= (published - date.start).days <= LEAD_WINDOW_DAYS


def is_past(clause: Clause) -> bool:
    words = [clause.sentence.tokens[k].text.lower() for k in clause.group]
    if any(w in lx.MODALS for w in words):
        return False
    if any(w in ("was", "were", "had", "did") for w in words):
        return True
    return words[-1].endswith("ed") or words[-1] in lx.IRREGULAR_PAST
