"""timeline: news articles in, an interactive and trustworthy event timeline out.

    >>> import timeline
    >>> tl = timeline.build(["fixtures/harbor/"])       # or published=datetime.date(2025, 3, 4)
    >>> tl.events[0].headline, tl.events[0].date.value
    >>> fig = tl.figure()                                # a plotly.graph_objects.Figure
    >>> html = tl.to_html()                              # the self-contained page
    >>> tl.write("output/timeline.json")                 # json, csv, timelinejs, div, png, svg, pdf

Stages, each usable alone: `read_documents` (ingest) -> `resolve` (temporal
expressions) -> `timeline.events` (events, merging, ordering) -> `timeline.render`.
"""
from __future__ import annotations

__version__ = "0.1.0"

from .memory import long_lived as _long_lived

with _long_lived():         # the modules and stores below live as long as the process: see memory.py
    from . import regex_store as _regex_store

    _regex_store.warm_re_cache()    # before the modules below compile their patterns: start-up time
    _regex_store.warm_code()        # ... and before they define their dataclasses and named tuples

    from .errors import ExportError, InputError, NoInputError, OutputError, TimelineError, UsageError
    from .model import (Document, DocumentInfo, Event, EventDate, Interval, Notice, Source, Span, Timeline,
                        Timex)
    # Imported eagerly on purpose: the subpackage `timeline.resolve` would otherwise
    # replace the function of the same name on first import. The resolver imports light.
    from .resolve import resolve


def build(inputs, *, published=None, about=None, title=None, jobs=1, scheduler=None, **kwargs) -> Timeline:
    """Build the Timeline of `inputs` (paths, directories, globs). See pipeline.build."""
    from .pipeline import build as _build
    return _build(inputs, published=published, about=about, title=title, jobs=jobs, scheduler=scheduler,
                  **kwargs)


def read_documents(inputs, published=None, **kwargs):
    """Lazily read articles: yields Document, or Notice for what was skipped."""
    from .ingest import read_documents as _read
    return _read(inputs, published, **kwargs)


__all__ = [
    "build", "resolve", "read_documents", "Timeline", "Document", "DocumentInfo", "Timex", "Interval",
    "Event", "EventDate", "Source", "Span", "Notice", "TimelineError", "InputError", "NoInputError",
    "UsageError", "OutputError", "ExportError", "__version__",
]
