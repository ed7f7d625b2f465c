"""From the resolver's timexes to the date of one event (EventDate), and which date a clause takes:
its own expression, the sentence's, the sentence before's, the article's lead event's, the
publication date for a statement, or none."""
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


def narrative(date: EventDate, lead: bool = False) -> EventDate:
    where = "the date of the article's lead event" if lead else "the date of the sentence before"
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


CONFIDENCE = {"clause": 1.0, "sentence": 0.85, "narrative": 0.6, "publication": 0.7, "lead": 0.45, None: 0.3}
LEAD_WINDOW_DAYS = 14         # a lead event this close before publication dates the article's story
NARRATIVE_REACH = 1           # sentences back within the paragraph a date still carries over


def covered(sentence: Sentence, dated: list[DatedTimex]) -> frozenset[int]:
    """Indexes of the sentence's tokens inside these expressions."""
    if not dated:
        return frozenset()
    starts = [t.start for t in sentence.tokens]
    out = set()
    for d in dated:
        k = bisect.bisect_left(starts, d.timex.start)
        while k < len(starts) and sentence.tokens[k].end <= d.timex.end:
            out.add(k)
            k += 1
    return frozenset(out)


def clause_date(clause: Clause, in_sentence: list[DatedTimex], bound: set, published: Optional[_dt.date]) -> Dated:
    """The expression inside the clause nearest to its trigger; one that modifies a noun ("this
    year's conference") or sits in a verbless lead-in ("After talks on Monday, ...") only when
    nothing better is there."""
    sentence = clause.sentence
    trigger = clause.trigger_token.start
    lead_in_end = sentence.tokens[clause.extra["lead_in"][1]].end if "lead_in" in clause.extra else -1
    best = None
    for d in in_sentence:
        t = d.timex
        if not (clause.start <= t.start < clause.end) or not usable(t) or (t.start, t.end) in bound:
            continue
        after = sentence.text[t.end - sentence.start:t.end - sentence.start + 3].lstrip()
        key = (after.startswith(("'s", "’s")), t.interval is None, t.start < lead_in_end, abs(t.start - trigger))
        if best is None or key < best[0]:
            best = (key, d)
    if best is None:
        return Dated(None, None)
    date = event_date(best[1], published)
    return Dated(None, None, unresolved=True) if date is None else Dated(date, "clause")


def noun_date(noun: Clause, in_sentence: list[DatedTimex], published: Optional[_dt.date]) -> Dated:
    for d in in_sentence:
        if (d.timex.start, d.timex.end) == noun.extra["timex"]:
            date = event_date(d, published)
            return Dated(date, "clause" if date else None, date is None)
    return Dated(None, None)


def share_within_sentence(clauses: list[Clause], dates: list[Dated]) -> None:
    """A clause without its own date shares the sentence's: its governing statement's, or the
    nearest clause before it, or (not for statements) the nearest after it."""
    own = list(dates)
    for k, clause in enumerate(clauses):
        if own[k].date is not None or own[k].unresolved:
            continue
        gov = clause.complement_of
        candidates = ([gov] if gov is not None else []) + list(range(k - 1, -1, -1))
        if not clause.reporting:
            candidates += list(range(k + 1, len(clauses)))
        for j in candidates:
            if own[j].date is not None or own[j].unresolved:
                dates[k] = Dated(own[j].date, "sentence" if own[j].date else None, own[j].unresolved)
                break


def fallback(clause: Clause, sentence: Sentence, previous: Optional[tuple[int, EventDate]],
             lead: Optional[EventDate], published: Optional[_dt.date], published_source: Optional[str]) -> Dated:
    """No date in the sentence: the sentence before's (same paragraph), else for a past happening
    the date of the article's lead event, else for a statement the publication date, else none."""
    if previous is not None and previous[0] >= sentence.index - NARRATIVE_REACH:
        return Dated(narrative(previous[1]), "narrative")
    if lead is not None and clause.kind == "verb" and is_past(clause) and not clause.quoted:
        return Dated(narrative(lead, lead=True), "lead")
    if clause.reporting and published is not None:
        return Dated(publication_date(published, published_source), "publication")
    return Dated(None, None)


def before_if_perfect(clause: Clause, dated: Dated) -> Dated:
    """"Putin said on Tuesday the West had agreed ...": a past perfect borrowing another clause's
    date happened before it."""
    if not clause.perfect_past or dated.date is None or dated.how in ("clause", None) or dated.date.mod:
        return dated
    date = dated.date
    return Dated(EventDate(value=date.value, start=date.start, end=date.end, granularity=date.granularity,
                           basis=date.basis, explanation=date.explanation + " (told in the past perfect: before it)",
                           mod="BEFORE", timex=date.timex, rule=date.rule), dated.how)


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
