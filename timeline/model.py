"""The typed data every stage takes and returns.

ingest -> Document; resolve -> Timex; events -> Event; the pipeline -> Timeline.
All records are frozen so a stage cannot mutate another stage's output, and they
hold only plain values (str, int, float, date, tuples) so they pickle cheaply to
worker processes and serialize to JSON without custom hooks. They use __slots__:
a large run keeps hundreds of thousands of events, sources and dates in memory.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Optional

# Granularities from finest to coarsest; the index is used to order a day before
# the month that contains it.
GRANULARITIES = (
    "minute", "hour", "part_of_day", "day", "week", "month", "season", "quarter",
    "half", "year", "decade", "century",
)
GRANULARITY_RANK = {g: i for i, g in enumerate(GRANULARITIES)}

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")

# Where a document's publication date came from, most trusted first.
PUBLISHED_SOURCES = ("option", "record", "sidecar", "timeml-dct", "html-meta", "dateline", "filename")

EVENT_STATUSES = ("occurred", "reported", "planned", "negated", "hypothetical")


@dataclass(frozen=True, slots=True)
class Notice:
    """A warning or a skipped input, reported to the user, never fatal on its own."""
    message: str
    file: Optional[str] = None
    kind: str = "warning"          # "warning" | "skipped"
    line: Optional[int] = None     # 1-based line in `file` when it applies

    def __str__(self) -> str:
        where = self.file or "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read. `text` is exactly what offsets refer to."""
    id: str
    text: str
    path: Optional[str] = None            # file it came from, "<stdin>" for stdin
    title: Optional[str] = None
    published: Optional[_dt.date] = None
    published_source: Optional[str] = None  # one of PUBLISHED_SOURCES, None when unknown
    source: Optional[str] = None          # outlet name when known
    url: Optional[str] = None
    notices: tuple[Notice, ...] = ()

    def info(self) -> "DocumentInfo":
        return DocumentInfo(
            id=self.id, path=self.path, title=self.title, published=self.published,
            published_source=self.published_source, source=self.source, url=self.url,
            chars=len(self.text),
        )


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What the timeline keeps of a document once its text has been processed."""
    id: str
    path: Optional[str] = None
    title: Optional[str] = None
    published: Optional[_dt.date] = None
    published_source: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    chars: int = 0


@dataclass(frozen=True, slots=True)
class Interval:
    """Calendar interval covered by a value; both ends inclusive, start <= end."""
    start: _dt.date
    end: _dt.date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"interval start {self.start} after end {self.end}")


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression found in a text and, where possible, anchored.

    `value` is a TIMEX3 value. It stays underspecified (e.g. "XXXX-WXX-2") when
    the expression needs an anchor that is missing; `interval` is then None.
    """
    tid: str
    start: int
    end: int
    text: str
    type: str                        # one of TIMEX_TYPES
    value: str
    rule: str                        # id of the rule that recognised it
    explanation: str = ""            # one human line: how the value was obtained
    anchor: Optional[str] = None     # "publication", the tid of an earlier timex, or None
    granularity: Optional[str] = None
    interval: Optional[Interval] = None
    mod: Optional[str] = None        # TimeML mod: START, END, MID, APPROX, BEFORE, AFTER...
    quant: Optional[str] = None      # SET: EVERY, EACH...
    freq: Optional[str] = None       # SET: 1X, 2X...

    @property
    def resolved(self) -> bool:
        return self.interval is not None


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened according to one source (or the merged view)."""
    value: str                     # TIMEX3-style value: 2022-02-15, 2022-W07, 2014...
    start: _dt.date
    end: _dt.date
    granularity: str
    basis: str = "timex"           # "timex" | "narrative" | "publication"
    explanation: str = ""          # provenance shown on hover
    mod: Optional[str] = None      # "AFTER" for "since 2014", "BEFORE", "APPROX"...
    timex: Optional[Span] = None   # the expression the date came from, in the source doc
    rule: Optional[str] = None

    def overlaps(self, other: "EventDate") -> bool:
        return self.start <= other.end and other.start <= self.end


@dataclass(frozen=True, slots=True)
class Source:
    """One mention of an event in one document."""
    doc: str                       # Document.id
    sentence: str
    start: int                     # sentence offsets in the document text
    end: int
    trigger: Span
    date: Optional[EventDate] = None
    quote: Optional[str] = None
    speaker: Optional[str] = None
    position: int = 0              # index of the sentence in its document (narrative order)


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    headline: str
    date: Optional[EventDate]
    sources: tuple[Source, ...]
    actors: tuple[str, ...] = ()
    status: str = "occurred"       # one of EVENT_STATUSES
    confidence: float = 1.0
    conflict: tuple[EventDate, ...] = ()   # the distinct dates sources disagree on

    @property
    def corroboration(self) -> int:
        return len({s.doc for s in self.sources})


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """The per-document stage output: all a worker sends back."""
    info: DocumentInfo
    events: tuple[Event, ...]
    notices: tuple[Notice, ...] = ()
    timex_count: int = 0


@dataclass(frozen=True)
class Timeline:
    title: str
    documents: tuple[DocumentInfo, ...]
    events: tuple[Event, ...]              # dated, in chronological order
    undated: tuple[Event, ...] = ()
    warnings: tuple[Notice, ...] = ()
    skipped: tuple[Notice, ...] = ()
    about: Optional[str] = None
    off_topic: tuple[Event, ...] = ()      # with --about: events without the entity, still reachable
    stats: dict = field(default_factory=dict, compare=False, hash=False)

    # The methods below import lazily so that `import timeline` stays light and
    # plotly is only loaded by the render stage.
    def to_dict(self) -> dict:
        from .render.json_export import timeline_to_dict
        return timeline_to_dict(self)

    def to_json(self, **kwargs) -> str:
        from .render.json_export import timeline_to_json
        return timeline_to_json(self, **kwargs)

    def figure(self, **kwargs):
        """The chart as a plotly.graph_objects.Figure."""
        from .render.figure import build_figure
        return build_figure(self, **kwargs)

    def to_html(self, **kwargs) -> str:
        """The self-contained interactive page."""
        from .render.page import render_page
        return render_page(self, **kwargs)

    def write(self, path, fmt: Optional[str] = None, **kwargs) -> None:
        from .render import write_timeline
        write_timeline(self, path, fmt=fmt, **kwargs)
