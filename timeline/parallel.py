"""Run the per-document stage in parallel: a local process pool, or a Dask cluster.

Both keep a bounded window of batches in flight (memory stays flat however many
documents stream in) and yield results in input order (output is the same for
any number of workers).
"""
from __future__ import annotations

import collections
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Iterable, Iterator, Optional, Union

from .errors import UsageError
from .model import Document, DocumentResult, Notice

BATCH_CHARS = 200_000     # enough text per task to amortise pickling and IPC
BATCH_DOCS = 32
WINDOW_PER_WORKER = 4     # batches in flight per worker


def _batches(stream: Iterable[Union[Document, Notice]]) -> Iterator[Union[list[Document], Notice]]:
    batch: list[Document] = []
    size = 0
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
        size += len(item.text)
        if size >= BATCH_CHARS or len(batch) >= BATCH_DOCS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _drain(pending: collections.deque, keep: int) -> Iterator[Union[DocumentResult, Notice]]:
    while len(pending) > keep:
        head = pending.popleft()
        if isinstance(head, Notice):
            yield head
        else:
            yield from head.result()


def run_in_processes(stream, jobs: int, about: Optional[str]) -> Iterator[Union[DocumentResult, Notice]]:
    from .pipeline import _process_batch

    window = jobs * WINDOW_PER_WORKER
    pending: collections.deque[Union[Future, Notice]] = collections.deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for batch in _batches(stream):
            pending.append(batch if isinstance(batch, Notice) else pool.submit(_process_batch, batch, about))
            yield from _drain(pending, window)
        yield from _drain(pending, 0)


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
        for batch in _batches(stream):
            pending.append(batch if isinstance(batch, Notice)
                           else client.submit(_process_batch, batch, about, pure=False))
            yield from _drain(pending, window)
        yield from _drain(pending, 0)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
