"""The whole run: stream documents, process each one (resolve + events) in a worker,
then merge across documents into a Timeline.

Only per-document results (document info, events, notices) come back from workers,
so memory grows with the events, not with the text read.
"""
from __future__ import annotations

import datetime as _dt
import functools
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Optional, Sequence, Union

from .errors import NoInputError, UsageError
from .ingest import DEFAULT_MAX_BYTES, read_documents
from .ingest.documents import read_expanded, read_files
from .ingest.sources import JSON_SUFFIXES, JSONL_SUFFIXES, STDIN, expand_inputs
from .model import Document, DocumentInfo, DocumentResult, Notice, Timeline, Timex

Inputs = Union[str, os.PathLike, Sequence[Union[str, os.PathLike]]]


def _as_list(inputs: Inputs) -> list:
    if isinstance(inputs, (str, os.PathLike)):
        return [inputs]
    return list(inputs)


def process_document(doc: Document, about: Optional[str] = None) -> DocumentResult:
    """Resolve and extract the events of one document. Runs in worker processes.

    A bug tripped by one odd article must not take the run down: it becomes a
    notice on that document, whose info is still kept.
    """
    from .events import extract_events
    from .resolve import resolve

    try:
        timexes = resolve(doc.text, doc.published)
        events = extract_events(doc, timexes, about=about)
        return DocumentResult(info=doc.info(), events=tuple(events), notices=doc.notices,
                              timex_count=len(timexes))
    except Exception as err:  # noqa: BLE001 - reported, never silent
        notice = _failure_notice(doc, err, "events")
        return DocumentResult(info=doc.info(), events=(), notices=doc.notices + (notice,))


def _failure_notice(doc: Document, err: Exception, missing: str) -> Notice:
    """The one-line warning for a document whose processing raised: the file, the error and where."""
    import traceback
    where = traceback.extract_tb(err.__traceback__)[-1]
    return Notice(f"could not be processed ({type(err).__name__}: {err} at "
                  f"{os.path.basename(where.filename)}:{where.lineno}); its {missing} are missing",
                  doc.path or doc.id, "warning")


def _process_batch(docs: list[Document], about: Optional[str]) -> list[DocumentResult]:
    return [process_document(doc, about) for doc in docs]


@dataclass
class RunStats:
    documents: int = 0
    skipped: int = 0
    skipped_reasons: Counter = field(default_factory=Counter)
    events: int = 0
    undated: int = 0
    warnings: int = 0
    timexes: int = 0
    chars: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict:
        return {"documents": self.documents, "skipped": self.skipped,
                "skipped_reasons": dict(sorted(self.skipped_reasons.items())),
                "events": self.events, "undated": self.undated, "warnings": self.warnings,
                "timexes": self.timexes, "chars": self.chars, "seconds": round(self.seconds, 3)}


ProgressHook = Callable[[int], None]   # called with the number of documents just finished


def _skip_reason(notice: Notice) -> str:
    reason = notice.message.split(" (")[0].split(":")[0]
    return reason[:60]


def iter_results(
    inputs: Inputs,
    *,
    published: Optional[_dt.date] = None,
    about: Optional[str] = None,
    jobs: Optional[int] = 1,
    scheduler: Optional[str] = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin=None,
    timezone: Optional[str] = None,
) -> Iterator[Union[DocumentResult, Notice]]:
    """DocumentResults in input order (whatever the parallelism), and skip notices."""
    jobs = resolve_jobs(jobs)
    if scheduler or jobs == 1:
        stream = read_documents(_as_list(inputs), published, max_bytes=max_bytes, stdin=stdin, timezone=timezone)
        if scheduler:
            from .parallel import run_on_dask
            yield from run_on_dask(stream, scheduler, about)
            return
        for item in stream:
            yield item if isinstance(item, Notice) else process_document(item, about)
        return
    entries = list(expand_inputs(_as_list(inputs)))
    if _readable_apart(entries):
        from .parallel import BATCH_CHARS, map_files_in_processes
        per_document = functools.partial(process_document, about=about)
        work = functools.partial(_work_files, per_document=per_document, published=published, max_bytes=max_bytes,
                                 timezone=timezone)
        for item in map_files_in_processes(entries, jobs, work, per_document, batch_bytes=BATCH_CHARS):
            yield item if isinstance(item, Notice) else item[1]
        return
    from .parallel import run_in_processes
    yield from run_in_processes(read_expanded(entries, published, max_bytes=max_bytes, stdin=stdin,
                                              timezone=timezone), jobs, about)


def _readable_apart(entries: list) -> bool:
    """Whether every input is a file a worker can read alone: not stdin, and not a file of many records
    (JSON, JSONL), whose articles are better spread over the workers one by one."""
    return not any(entry == STDIN or (isinstance(entry, Path) and entry.suffix.lower() in _MANY_RECORDS)
                   for entry in entries)


_MANY_RECORDS = JSON_SUFFIXES + JSONL_SUFFIXES


def _work_files(paths: list[Path], *, per_document: Callable[[Document], object], published, max_bytes: int,
                timezone) -> list[list]:
    """Read and work files in a worker: per path, its notices and (document, per_document(document)) pairs."""
    return [[item if isinstance(item, Notice) else (item, per_document(item)) for item in items]
            for items in read_files(paths, published, max_bytes=max_bytes, timezone=timezone)]


def resolve_jobs(jobs: Optional[int]) -> int:
    if jobs is None or jobs == 0:
        return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))
    if jobs < 0:
        raise UsageError(f"--jobs must be 0 (all cores) or positive, not {jobs}")
    return jobs


def build(
    inputs: Inputs,
    *,
    published: Optional[_dt.date] = None,
    about: Optional[str] = None,
    title: Optional[str] = None,
    jobs: Optional[int] = 1,
    scheduler: Optional[str] = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Optional[ProgressHook] = None,
    stdin=None,
    timezone: Optional[str] = None,
) -> Timeline:
    """Read, resolve, extract, merge and order: the Timeline of `inputs`.

    Raises NoInputError when no document at all could be read.
    """
    from .events import assemble_events

    started = time.perf_counter()
    stats = RunStats()
    per_document: list[tuple[DocumentInfo, tuple]] = []
    warnings: list[Notice] = []
    skipped: list[Notice] = []
    for item in iter_results(inputs, published=published, about=about, jobs=jobs, scheduler=scheduler,
                             max_bytes=max_bytes, stdin=stdin, timezone=timezone):
        if isinstance(item, Notice):
            if item.kind == "skipped":
                skipped.append(item)
                stats.skipped += 1
                stats.skipped_reasons[_skip_reason(item)] += 1
            else:
                warnings.append(item)
            if progress and item.kind == "skipped":
                progress(1)
            continue
        per_document.append((item.info, item.events))
        stats.documents += 1
        stats.timexes += item.timex_count
        stats.chars += item.info.chars
        warnings.extend(item.notices)
        if progress:
            progress(1)
    if not per_document:
        detail = "; ".join(str(n) for n in skipped[:3]) or "no input given"
        more = f" (and {len(skipped) - 3} more)" if len(skipped) > 3 else ""
        raise NoInputError(f"no article could be read: {detail}{more}")

    assembled = assemble_events(per_document, about=about)
    warnings.extend(assembled.warnings)
    documents = tuple(sorted((info for info, _ in per_document), key=lambda d: d.id))
    stats.events = len(assembled.events)
    stats.undated = len(assembled.undated)
    stats.warnings = len(warnings)
    stats.seconds = time.perf_counter() - started
    return Timeline(
        title=title or _default_title(documents, about, assembled.events),
        documents=documents,
        events=tuple(assembled.events),
        undated=tuple(assembled.undated),
        warnings=tuple(warnings),
        skipped=tuple(skipped),
        about=about,
        off_topic=tuple(assembled.off_topic),
        stats=stats.as_dict(),
    )


def _default_title(documents: Sequence[DocumentInfo], about: Optional[str], events: Sequence = ()) -> str:
    """A title that says what the page is about when the user gave none.

    "Timeline" alone tells a reader of a shared page nothing; the actor that most events involve
    usually names the story ("Alder Harbor Bridge"), and the article count says how much it rests on.
    """
    if about:
        return f"Timeline: {about}"
    if len(documents) == 1 and documents[0].title:
        return documents[0].title
    articles = f"{len(documents)} article{'s' if len(documents) != 1 else ''}"
    counts: dict[str, int] = {}
    for event in events:
        for actor in set(event.actors):
            counts[actor] = counts.get(actor, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if ranked:
        actor, count = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if count >= 3 and count >= 1.5 * runner_up:      # a clear protagonist, not a tie of bit players
            return f"{actor}: a timeline from {articles}"
    return f"Timeline from {articles}"


def tag(
    inputs: Inputs,
    *,
    published: Optional[_dt.date] = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin=None,
    timezone: Optional[str] = None,
    jobs: Optional[int] = 1,
    render: Optional[Callable[[Document, list[Timex]], object]] = None,
) -> Iterator[Union[tuple[Document, object], Notice]]:
    """Temporal expressions only: (document, timexes) per article, or skip notices, in input order.

    `jobs` > 1 (0: all cores) resolves batches of articles in that many processes once the input is
    more than one batch; the output is the same for any number of jobs.

    `render(document, timexes)` (picklable), when given, is called where the article was resolved and
    its result stands in for the timexes: a worker then sends back what the caller will write (a JSON
    line, a TimeML file) instead of Timex objects, which cost more to pickle and unpickle than to encode,
    and the encoding is spread over the workers instead of done in this process.

    With a pool this process works batches too, between handing them out (it would otherwise sit idle
    waiting for results: writing them is quick): `jobs` processes in all, one forked worker fewer."""
    from .resolve import resolve

    jobs = resolve_jobs(jobs)
    if jobs == 1:
        stream = read_documents(_as_list(inputs), published, max_bytes=max_bytes, stdin=stdin, timezone=timezone)
        for item in stream:
            if isinstance(item, Notice):
                yield item
                continue
            try:
                timexes = resolve(item.text, item.published)
                yield item, (timexes if render is None else render(item, timexes))
            except Exception as err:  # noqa: BLE001 - one odd article must not take the batch down
                yield _failure_notice(item, err, "expressions")
        return
    from .parallel import map_files_in_processes, map_in_processes
    from .resolve.grammar import load_grammar

    load_grammar()        # before the pool forks, so that workers inherit the loaded rules
    one = _tag_one if render is None else functools.partial(_tag_rendered, render=render)
    one = functools.partial(_tag_guarded, one=one)
    entries = list(expand_inputs(_as_list(inputs)))
    if _readable_apart(entries):
        work = functools.partial(_work_files, per_document=one, published=published, max_bytes=max_bytes,
                                 timezone=timezone)
        results = map_files_in_processes(entries, jobs, work, one, batch_bytes=TAG_BATCH_CHARS, work_here=True)
    else:
        results = map_in_processes(read_expanded(entries, published, max_bytes=max_bytes, stdin=stdin,
                                                 timezone=timezone), jobs, functools.partial(_tag_batch, one=one),
                                   batch_chars=TAG_BATCH_CHARS, work_here=True)
    for item in results:
        # A document whose resolving raised comes back as its failure notice (see _tag_guarded).
        yield item[1] if isinstance(item, tuple) and isinstance(item[1], Notice) else item


# Resolving is quick and its results are small: smaller batches than `build` spread a few hundred KB
# evenly over the cores.
TAG_BATCH_CHARS = 50_000


def _tag_one(doc: Document) -> list[Timex]:
    from .resolve import resolve

    return resolve(doc.text, doc.published)


def _tag_rendered(doc: Document, render: Callable[[Document, list[Timex]], object]) -> object:
    return render(doc, _tag_one(doc))


def _tag_guarded(doc: Document, one: Callable[[Document], object]) -> object:
    """`one(doc)`, or the failure notice of a document it raised on: the others of the batch still go out."""
    try:
        return one(doc)
    except Exception as err:  # noqa: BLE001 - reported, never silent
        return _failure_notice(doc, err, "expressions")


def _tag_batch(docs: list[Document], one: Callable[[Document], object] = _tag_one) -> list:
    return [one(doc) for doc in docs]
