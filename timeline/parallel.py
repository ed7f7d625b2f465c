"""Run the per-document stage in parallel: a local process pool, or a Dask cluster.

Both keep a bounded window of batches in flight (memory stays flat however many
documents stream in) and yield results in input order (output is the same for
any number of workers).
"""
from __future__ import annotations

import collections
import dataclasses
import functools
import gc
import itertools
import os
import sys
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Union

from .errors import UsageError
from .ingest.documents import IdRegistry
from .model import Document, DocumentResult, Notice

BATCH_CHARS = 200_000     # enough text per task to amortise pickling and IPC
BATCH_DOCS = 32
WINDOW_PER_WORKER = 4     # batches submitted and not yet yielded, per worker (memory stays flat)
QUEUED_PER_WORKER = 2     # batches handed to a worker and not yet back: the one it works, the next one


def _batches(stream: Iterable, size_of: Callable[[Any], int], batch_size: int, batch_count: int,
             *, total: int = 0, jobs: int = 1) -> Iterator[Union[list, Notice]]:
    """Lists of items (documents, or files to read) of about `batch_size` (by size_of) and at most
    `batch_count` items, and the notices in their places.

    With the `total` size of the stream known and over one batch, batches shrink towards its end
    (guided scheduling): each is at most 1/(2 jobs) of what is left, so that the workers finish
    together instead of one idling while another works a last full batch."""
    batch: list = []
    size = 0
    remaining = total if total > batch_size else 0
    floor = max(1, batch_size // 8)
    limit = _guided(batch_size, remaining, jobs, floor)
    for item in stream:
        if isinstance(item, Notice):
            # Flush first so notices keep their place among documents: the output
            # must not depend on how documents were batched.
            if batch:
                yield batch
                batch, size = [], 0
            yield item
            continue
        batch.append(item)
        size += size_of(item)
        if size >= limit or len(batch) >= batch_count:
            yield batch
            if remaining:
                remaining = max(0, remaining - size)
                limit = _guided(batch_size, remaining, jobs, floor)
            batch, size = [], 0
    if batch:
        yield batch


def _guided(batch_size: int, remaining: int, jobs: int, floor: int) -> int:
    return batch_size if not remaining else max(floor, min(batch_size, remaining // (2 * jobs)))


def _text_size(doc: Document) -> int:
    return len(doc.text)


def _file_size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0            # reading it will say what is wrong, in its place


def _drain_futures(pending: collections.deque, keep: int) -> Iterator[Union[tuple[Document, Any], Notice]]:
    """_drain for (batch, future) entries (Dask)."""
    while len(pending) > keep:
        head = pending.popleft()
        if isinstance(head, Notice):
            yield head
        else:
            batch, future = head
            yield from zip(batch, future.result())


def map_in_processes(stream: Iterable[Union[Document, Notice]], jobs: int, work: Callable[[list[Document]], list],
                     *, batch_chars: Optional[int] = None, batch_docs: Optional[int] = None,
                     work_here: bool = False) -> Iterator[Union[tuple[Document, Any], Notice]]:
    """(document, result) pairs and notices, in input order, with `work(batch)` (a picklable function
    returning one result per document) run in a pool of `jobs` processes (`work_here`: this process is one
    of them, see _in_order).

    A stream that fills no more than one batch is worked here: starting a pool would cost more than it
    saves (one short article must stay quick)."""
    batches = _batches(stream, _text_size, batch_chars or BATCH_CHARS, batch_docs or BATCH_DOCS)
    for item in _map_batches(batches, jobs, work, work_here=work_here):
        if isinstance(item, Notice):
            yield item
        else:
            yield from zip(*item)


def map_files_in_processes(entries: Iterable[Union[Path, Notice]], jobs: int,
                           work_files: Callable[[list[Path]], list], work_one: Callable[[Document], Any],
                           *, batch_bytes: int, work_here: bool = False
                           ) -> Iterator[Union[tuple[Document, Any], Notice]]:
    """(document, result) pairs and notices in input order, each file read AND worked in a pool of `jobs`
    processes: reading (HTML extraction above all) is then spread over the cores too.

    `work_files(paths)` (picklable) returns, per path, what reading and working it gave: notices and
    (document, result) pairs, the documents carrying the ids their files give them. Ids are made unique
    here, in input order, as read_documents does in one process; a document whose id had to change is
    worked again here under its new id (`work_one`), as its result may carry the id. A file holding many
    articles (JSONL) is one task: give such inputs to map_in_processes. `work_here`: as for map_in_processes."""
    ids = IdRegistry()
    entries = list(entries)
    total = sum(_file_size(e) for e in entries if not isinstance(e, Notice))
    batches = _batches(entries, _file_size, batch_bytes, BATCH_DOCS, total=total, jobs=jobs)
    for item in _map_batches(batches, jobs, work_files, work_here=work_here):
        if isinstance(item, Notice):
            yield item
            continue
        _, per_file = item
        for items in per_file:
            for one in items:
                if isinstance(one, Notice):
                    yield one
                    continue
                doc, result = one
                unique = ids.unique(doc.id)
                if unique != doc.id:
                    doc = dataclasses.replace(doc, id=unique)
                    result = work_one(doc)
                yield doc, result


def _map_batches(batches: Iterable[Union[list, Notice]], jobs: int, work: Callable[[list], list],
                 *, work_here: bool = False) -> Iterator[Union[tuple[list, list], Notice]]:
    """(batch, work(batch)) and notices in order; the batches worked in a pool of `jobs` processes once
    there are two of them, here when there is only one. With `work_here`, this process is one of the
    `jobs`: it forks one worker fewer and works batches itself between handing out the others."""
    batches = iter(batches)
    held: list = []                # the leading notices and first batch, until we know a pool is worth it
    held_batches = 0
    for item in batches:
        held.append(item)
        held_batches += not isinstance(item, Notice)
        if held_batches == 2:
            break
    else:
        for item in held:
            yield item if isinstance(item, Notice) else (item, work(item))
        return
    # Objects made so far (the grammar, the imported modules) are never collected: moved out of the
    # collector's reach, a collection in a forked worker does not write to their pages, which the
    # workers then keep sharing with this process instead of copying (~10 ms on a short run).
    gc.freeze()
    try:
        here = work if work_here and jobs > 1 else None
        with _start_pool(jobs - 1 if here else jobs, work) as pool:
            yield from _in_order(pool, itertools.chain(held, batches), jobs - 1 if here else jobs, here)
    finally:
        gc.unfreeze()     # the workers are gone: a long-lived caller's garbage is collectable again


def _in_order(pool, batches: Iterator[Union[list, Notice]], jobs: int, work_here: Optional[Callable] = None
              ) -> Iterator[Union[tuple[list, Any], Notice]]:
    """(batch, result) and notices in input order, the batches worked by `pool` (of `jobs` workers).

    A new batch is submitted whenever a worker's result comes back (at most QUEUED_PER_WORKER per
    worker out), not only when the oldest batch is done: a worker that is through with its share does
    not wait for a slower one's batch to be yielded before it gets more. At most WINDOW_PER_WORKER
    batches per worker are out or held back for the order's sake.

    `work_here`: while the workers have their fill, this process works the next batch itself (with that
    function) instead of sleeping until their results come. `timeline tag` on two cores: this process
    and one forked worker do the work of two workers; one process fewer is forked, copies pages on
    write and is torn down (TBAQ: ~1,100 fewer page faults), and no third process wakes on every result
    to take a core from the workers. (Each process still warms its own caches, compiled rules and prefix
    candidates: done before the fork, that work would lengthen the part of the run no worker shares.)"""
    participants = jobs + (work_here is not None)
    window = participants * WINDOW_PER_WORKER
    queued = jobs * QUEUED_PER_WORKER
    pending: collections.deque = collections.deque()     # notices and (batch, seq), in input order
    done: dict[Any, tuple[bool, Any]] = {}
    out = 0                                                # submitted, result not back yet
    worked_here = 0                                        # batches worked here: keys ("here", n) in done
    exhausted = False
    while True:
        while not exhausted and out < queued and len(pending) < window:
            batch = next(batches, None)
            if batch is None:
                exhausted = True
                pool.finish()
            elif isinstance(batch, Notice):
                pending.append(batch)
            else:
                pending.append((batch, pool.submit(batch)))
                out += 1
        while pending and (isinstance(pending[0], Notice) or pending[0][1] in done):
            head = pending.popleft()
            if isinstance(head, Notice):
                yield head
                continue
            ok, value = done.pop(head[1])
            if not ok:
                raise value
            yield head[0], value
        if not pending:
            if exhausted:
                return
            continue
        if not exhausted and out < queued and len(pending) < window:
            continue
        if work_here is not None and not exhausted and len(pending) < window:
            batch = next(batches, None)
            if batch is None:
                exhausted = True
                pool.finish()
            elif isinstance(batch, Notice):
                pending.append(batch)
            else:
                key = ("here", worked_here)
                worked_here += 1
                pending.append((batch, key))
                try:
                    done[key] = (True, work_here(batch))
                except Exception as err:       # noqa: BLE001 - raised in its place, as a worker's would be
                    done[key] = (False, err)
            # Collect what the workers finished meanwhile (without waiting), so that they get new batches
            # before this process takes its next one.
            for got, ok, value in pool.wait(0):
                done[got] = (ok, value)
                out -= 1
            continue
        for got, ok, value in pool.wait():
            done[got] = (ok, value)
            out -= 1


def _start_pool(jobs: int, work: Callable[[list[Document]], list]):
    """Forked workers where Linux can fork (cheap to start); concurrent.futures elsewhere.

    A process with other threads running (an application calling the API from a thread pool, a web
    server) must not fork: a lock another thread held at that moment (logging's, an I/O buffer's, the
    import lock) stays locked forever in the child. Its workers are started from a fresh interpreter."""
    threaded = _other_threads_alive()
    if sys.platform.startswith("linux") and hasattr(os, "fork") and not threaded:
        from .forkpool import ForkPool
        return ForkPool(jobs, work)
    return _ExecutorPool(jobs, work, fresh=threaded)


def _other_threads_alive() -> bool:
    import threading
    return threading.active_count() > 1


class _ExecutorPool:
    """ProcessPoolExecutor behind ForkPool's interface: submit -> sequence number, wait -> replies.
    `fresh`: start workers with "forkserver" (or "spawn") instead of the platform's default, which
    forks on Linux."""

    def __init__(self, jobs: int, work: Callable[[list[Document]], list], fresh: bool = False):
        from concurrent.futures import ProcessPoolExecutor
        context = None
        if fresh:
            import multiprocessing
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        self._executor = ProcessPoolExecutor(max_workers=jobs, mp_context=context)
        self._work = work
        self._futures: dict = {}
        self._next_seq = 0

    def submit(self, task) -> int:
        seq = self._next_seq
        self._next_seq += 1
        self._futures[self._executor.submit(self._work, task)] = seq
        return seq

    def finish(self) -> None:
        """ForkPool.finish's counterpart: nothing to do (the executor's workers stay until close)."""

    def wait(self, timeout: Optional[float] = None) -> list[tuple[int, bool, Any]]:
        from concurrent.futures import FIRST_COMPLETED, wait
        if not self._futures:
            return []
        finished, _ = wait(list(self._futures), timeout=timeout, return_when=FIRST_COMPLETED)
        replies = []
        for future in finished:
            seq = self._futures.pop(future)
            error = future.exception()
            replies.append((seq, False, error) if error is not None else (seq, True, future.result()))
        return replies

    def __enter__(self) -> "_ExecutorPool":
        return self

    def __exit__(self, *exc) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


def run_in_processes(stream, jobs: int, about: Optional[str]) -> Iterator[Union[DocumentResult, Notice]]:
    from .pipeline import _process_batch

    yield from _results(map_in_processes(stream, jobs, functools.partial(_process_batch, about=about)))


def run_on_dask(stream, scheduler: str, about: Optional[str]) -> Iterator[Union[DocumentResult, Notice]]:
    """`scheduler` is a Dask scheduler address (tcp://host:8786) or "local" for an
    in-process LocalCluster. Workers need `timeline` installed in their environment."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("--scheduler needs Dask: pip install 'timeline[dask]'") from None
    from .pipeline import _process_batch

    cluster = None
    try:
        if scheduler == "local":
            cluster = LocalCluster(processes=True, dashboard_address=None)
            client = Client(cluster)
        else:
            client = Client(scheduler, timeout="10s")
    except (OSError, TimeoutError, ValueError) as err:
        raise UsageError(f"cannot reach the Dask scheduler {scheduler}: {err}") from None
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        window = workers * WINDOW_PER_WORKER
        pending: collections.deque = collections.deque()
        for batch in _batches(stream, _text_size, BATCH_CHARS, BATCH_DOCS):
            pending.append(batch if isinstance(batch, Notice)
                           else (batch, client.submit(_process_batch, batch, about, pure=False)))
            yield from _results(_drain_futures(pending, window))
        yield from _results(_drain_futures(pending, 0))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _results(items: Iterable[Union[tuple[Document, Any], Notice]]) -> Iterator[Union[Any, Notice]]:
    """The results of (document, result) pairs, notices as they are."""
    for item in items:
        yield item if isinstance(item, Notice) else item[1]
