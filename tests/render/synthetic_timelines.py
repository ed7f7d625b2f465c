"""Synthetic Timelines for render tests and bench/bench_page.py.

Built straight from the model records so render tests do not depend on what the
ingest/resolve/events stages produce. Seeded random: the same call gives the same
Timeline. The wording is invented here, not taken from any corpus.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import Optional

from timeline.model import (GRANULARITY_RANK, DocumentInfo, Event, EventDate, Notice, Source, Span,
                            Timeline)

OUTLETS = ("Harbor Herald", "Coastal Times", "Metro Daily", "Valley Wire", "Northern Post", "City Ledger")
ACTORS = tuple(f"{first} {last}" for first in ("Ada", "Bo", "Cyd", "Dee", "Eli", "Fay", "Gus", "Hal")
               for last in ("Marsh", "Quill", "Rowe", "Tate", "Vance"))
VERBS = ("closed", "reopened", "inspected", "announced", "approved", "rejected", "delayed", "funded",
         "repaired", "debated", "visited", "opposed")
THINGS = ("the harbor bridge", "the ferry line", "the east tunnel", "a repair contract", "the budget",
          "the night shuttle", "a safety review", "the toll plan", "the pier lights", "the canal lock")
STATUS_WEIGHTS = (("occurred", 55), ("reported", 25), ("planned", 10), ("negated", 5), ("hypothetical", 5))


def _weighted(rng: random.Random, pairs):
    total = sum(w for _, w in pairs)
    pick = rng.uniform(0, total)
    for value, weight in pairs:
        pick -= weight
        if pick <= 0:
            return value
    return pairs[-1][0]


def day_date(day: dt.date, explanation: str = "", basis: str = "timex") -> EventDate:
    return EventDate(day.isoformat(), day, day, "day", basis=basis,
                     explanation=explanation or f"{day.isoformat()}: written as a full date")


def month_date(year: int, month: int, mod: Optional[str] = None) -> EventDate:
    start = dt.date(year, month, 1)
    end = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
    return EventDate(f"{year}-{month:02d}", start, end, "month", mod=mod,
                     explanation=f"{start:%B %Y}: month named in the sentence")


def year_date(year: int, mod: Optional[str] = None) -> EventDate:
    wording = "since" if mod == "AFTER" else "in"
    return EventDate(str(year), dt.date(year, 1, 1), dt.date(year, 12, 31), "year", mod=mod,
                     explanation=f"'{wording} {year}' -> {year}")


def _random_date(rng: random.Random, start: dt.date, span_days: int) -> EventDate:
    day = start + dt.timedelta(days=rng.randrange(span_days))
    kind = _weighted(rng, (("day", 72), ("month", 10), ("year", 5), ("since", 3), ("week", 5),
                           ("hour", 5)))
    if kind == "month":
        return month_date(day.year, day.month)
    if kind == "year":
        return year_date(day.year)
    if kind == "since":
        return year_date(day.year, mod="AFTER")
    if kind == "week":
        monday = day - dt.timedelta(days=day.weekday())
        iso = monday.isocalendar()
        return EventDate(f"{iso[0]}-W{iso[1]:02d}", monday, monday + dt.timedelta(days=6), "week",
                         explanation=f"'that week' -> week of {monday.isoformat()}")
    if kind == "hour":
        hour = rng.randrange(6, 23)
        return EventDate(f"{day.isoformat()}T{hour:02d}:00", day, day, "hour",
                         explanation=f"'at {hour}:00' on {day.isoformat()}")
    weekday = day.strftime("%A")
    published = day + dt.timedelta(days=rng.randrange(1, 6))
    return day_date(day, f"{weekday} -> {day.isoformat()}: the {weekday} before publication "
                         f"({published:%a} {published.isoformat()})")


def make_documents(count: int, start: dt.date, span_days: int) -> tuple[DocumentInfo, ...]:
    docs = []
    for i in range(count):
        published = start + dt.timedelta(days=(i * 37) % max(span_days, 1))
        docs.append(DocumentInfo(
            id=f"doc{i:03d}", path=f"articles/doc{i:03d}.txt", title=f"Story {i}: the harbor dispute",
            published=published, published_source="record", source=OUTLETS[i % len(OUTLETS)],
            url=f"https://news.example/{OUTLETS[i % len(OUTLETS)].lower().replace(' ', '-')}/{i}",
            chars=4000))
    return tuple(docs)


def make_event(rng: random.Random, index: int, docs, start: dt.date, span_days: int) -> Event:
    date = _random_date(rng, start, span_days)
    verb, thing = rng.choice(VERBS), rng.choice(THINGS)
    actors = tuple(sorted(rng.sample(ACTORS, rng.choice((0, 1, 1, 2, 3)))))
    who = actors[0] if actors else "Officials"
    headline = f"{who} {verb} {thing}"
    sources = []
    n_sources = _weighted(rng, ((1, 60), (2, 25), (3, 10), (4, 5)))
    for doc in rng.sample(list(docs), min(n_sources, len(docs))):
        sentence = f"{who} {verb} {thing} after a long meeting, a spokesperson said on the record."
        trigger_at = sentence.index(verb)
        offset = rng.randrange(0, 3000)
        sources.append(Source(doc=doc.id, sentence=sentence, start=offset, end=offset + len(sentence),
                              trigger=Span(offset + trigger_at, offset + trigger_at + len(verb), verb),
                              date=date, position=rng.randrange(0, 40)))
    status = _weighted(rng, STATUS_WEIGHTS)
    conflict: tuple[EventDate, ...] = ()
    if len(sources) > 1 and date.granularity == "day" and rng.random() < 0.12:
        other = day_date(date.start + dt.timedelta(days=1), "the next day, by another account")
        conflict = (date, other)
        sources[1] = dataclasses.replace(sources[1], date=other)
    return Event(id=f"e{index:05d}", headline=headline, date=date, sources=tuple(sources), actors=actors,
                 status=status, confidence=round(rng.uniform(0.4, 1.0), 2), conflict=conflict)


def chronological(events):
    return tuple(sorted(events, key=lambda e: (e.date.start, GRANULARITY_RANK[e.date.granularity],
                                               e.date.end, e.id)))


def make_timeline(n_events: int, *, seed: int = 0, n_docs: int = 8, undated: int = 3, warnings: int = 2,
                  start: dt.date = dt.date(2014, 1, 1), span_days: Optional[int] = None,
                  title: Optional[str] = None) -> Timeline:
    rng = random.Random(seed)
    span_days = span_days or max(30, min(3650, n_events * 3))
    docs = make_documents(n_docs, start, span_days)
    events = [make_event(rng, i, docs, start, span_days) for i in range(n_events)]
    loose = []
    for i in range(undated):
        e = make_event(rng, n_events + i, docs, start, span_days)
        loose.append(dataclasses.replace(e, date=None, conflict=(),
                                         sources=tuple(dataclasses.replace(s, date=None) for s in e.sources)))
    notices = tuple(Notice(f"no publication date found; synthetic warning {i}", file=f"articles/doc{i:03d}.txt")
                    for i in range(warnings))
    return Timeline(title=title or f"Synthetic timeline ({n_events} events)", documents=docs,
                    events=chronological(events), undated=tuple(loose), warnings=notices)


HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
HOSTILE_URL = "javascript:window.__pwned=3"


def hostile_timeline() -> Timeline:
    """Every article-derived field carries a payload that would set window.__pwned if it ran."""
    day = dt.date(2022, 2, 15)
    doc = DocumentInfo(id=f"doc{HOSTILE}", path=f"/tmp/{HOSTILE}.txt", title=f"Title {HOSTILE}",
                       published=day, published_source="record", source=f"Outlet {HOSTILE}",
                       url=HOSTILE_URL, chars=100)
    doc2 = DocumentInfo(id="plain", path="plain.txt", title="A plain article", published=day,
                        url="  JaVaScRiPt:window.__pwned=4", chars=100)
    sentence = f"Sentence {HOSTILE} with \u2028 separators \u2029 and </script><script>window.__pwned=5</script>"
    src = Source(doc=doc.id, sentence=sentence, start=0, end=len(sentence), trigger=Span(0, 8, "Sentence"),
                 date=day_date(day, f"explanation {HOSTILE}"), quote=f"quote {HOSTILE}", speaker=f"sp {HOSTILE}")
    src2 = Source(doc=doc2.id, sentence="A calm sentence.", start=0, end=16, trigger=Span(2, 6, "calm"),
                  date=day_date(day))
    event = Event(id=f"ev{HOSTILE}", headline=f"Headline {HOSTILE}", date=day_date(day, f"why {HOSTILE}"),
                  sources=(src, src2), actors=(f"Actor {HOSTILE}", "=cmd|' /C calc'!A0"),
                  status="occurred")
    event2 = Event(id="ev2", headline="=HYPERLINK(\"http://evil.example\")", date=month_date(2022, 3),
                   sources=(src2,), actors=("@attacker",), status="planned")
    loose = Event(id="u1", headline=f"Undated {HOSTILE}", date=None, sources=(src,), actors=())
    return Timeline(title=f"Hostile {HOSTILE}", documents=(doc, doc2), events=(event, event2),
                    undated=(loose,), warnings=(Notice(f"warning {HOSTILE}", file=f"{HOSTILE}.txt"),),
                    skipped=(Notice(f"skipped {HOSTILE}", file="x.bin", kind="skipped"),))


def _src(doc: str, sentence: str, trigger: str, date: Optional[EventDate], offset: int = 0, **extra) -> Source:
    at = sentence.index(trigger)
    return Source(doc=doc, sentence=sentence, start=offset, end=offset + len(sentence),
                  trigger=Span(offset + at, offset + at + len(trigger), trigger), date=date, **extra)


def story_timeline() -> Timeline:
    """A small hand-written story (two outlets, every date kind) for browser checks and screenshots."""
    pub_a, pub_b = dt.date(2022, 2, 16), dt.date(2022, 2, 17)
    docs = (
        DocumentInfo(id="herald-0216", path="fixtures/herald-0216.txt", title="Bridge shut after cracks found",
                     published=pub_a, published_source="html-meta", source="Harbor Herald",
                     url="https://herald.example/bridge-shut", chars=3000),
        DocumentInfo(id="wire-0217", path="fixtures/wire-0217.txt", title="Commuters face long detours",
                     published=pub_b, published_source="dateline", source="Valley Wire", url=None, chars=2500),
    )
    tue = day_date(dt.date(2022, 2, 15), "Tuesday → 2022-02-15: the Tuesday before publication (Wed 2022-02-16)")
    wed = day_date(dt.date(2022, 2, 16), "yesterday → 2022-02-16: the day before publication (Thu 2022-02-17)")
    sun = day_date(dt.date(2022, 2, 20), "Sunday → 2022-02-20: the Sunday after publication (Wed 2022-02-16)")
    thu = day_date(dt.date(2022, 2, 17), "Thursday → 2022-02-17: the Thursday after publication (Wed 2022-02-16)")
    fri = day_date(dt.date(2022, 2, 18), "Friday → 2022-02-18: the Friday before publication (Thu 2022-02-17)")
    march = month_date(2022, 3)
    since = year_date(2014, mod="AFTER")
    y2015 = year_date(2015)
    events = [
        Event("ferry", "Ferry service has run alongside the bridge", since,
              (_src("herald-0216", "A ferry service has run alongside the bridge since 2014.", "run", since),),
              actors=("Port Authority",), status="occurred"),
        Event("inspect2015", "Engineers last inspected the bridge deck", y2015,
              (_src("wire-0217", "Engineers last inspected the deck in 2015, records show.", "inspected", y2015),),
              actors=("Port Authority",), status="occurred"),
        Event("closure", "City closes the harbor bridge after cracks are found", tue,
              (_src("herald-0216", "The city closed the harbor bridge on Tuesday after inspectors found cracks.",
                    "closed", tue, quote="We had no choice", speaker="Mayor Lina Ortiz"),
               _src("wire-0217", "The bridge was closed on Tuesday, officials said.", "closed", tue, offset=400)),
              actors=("Mayor Lina Ortiz", "City Council"), status="occurred", confidence=0.95),
        Event("protest", "Commuters protest outside city hall", wed,
              (_src("herald-0216", "Hundreds of commuters protested outside city hall.", "protested", wed, 900),
               _src("wire-0217", "Yesterday commuters protested at city hall.", "protested", wed, 120)),
              actors=("Transit Union",), status="occurred"),
        Event("meeting", "Council holds an emergency meeting on the closure", thu,
              (_src("herald-0216", "The council will meet on Thursday to discuss the closure.", "meet", thu, 1500),
               _src("wire-0217", "The council met on Friday to discuss repairs.", "met", fri, 800)),
              actors=("City Council",), status="occurred", conflict=(thu, fri)),
        Event("exercise", "Emergency drill on the closed bridge ends", sun,
              (_src("herald-0216", "A rescue drill on the closed span ends on Sunday.", "ends", sun, 2000),),
              actors=("Coast Guard",), status="planned"),
        Event("toll", "No toll increase during the closure", tue,
              (_src("wire-0217", "The authority did not raise tolls during the closure.", "raise", tue, 1600),),
              actors=("Port Authority",), status="negated"),
        Event("reopen", "Bridge could reopen to buses in March", march,
              (_src("wire-0217", "The bridge could reopen to buses in March if repairs go well.", "reopen", march,
                    2100),), actors=("Mayor Lina Ortiz",), status="hypothetical"),
    ]
    undated = Event("funding", "State promises repair funding", None,
                    (_src("herald-0216", "The state has promised money for the repairs.", "promised", None, 2500),),
                    actors=("State Governor",), status="reported")
    return Timeline(title="Harbor bridge closure", documents=docs, events=chronological(events),
                    undated=(undated,),
                    warnings=(Notice("no publication date in the text; used the dateline", file="fixtures/wire-0217.txt"),))
