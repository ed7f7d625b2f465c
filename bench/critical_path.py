#!/usr/bin/env python
"""Where the wall time of one `timeline tag` run goes: a timeline of its processes.

  .venv/bin/python bench/critical_path.py [--jobs 0] [tag options...] [FILES...]   (default: TBAQ's texts)

Prints, in milliseconds from the moment this script was exec'd (the interpreter's own start-up is not
seen: `python -c pass` is ~20 ms), when the imports were done, when the pool was forked, when each batch
started and ended in which process (the main one, "here", or a worker), and when the run ended; then,
per process, the time spent working batches. It answers: is any core idle while another works (a
worker waiting for batches, the main process alone before the fork), and how long is the part of the run
that no worker shares (start-up, imports, loading the grammar)? Wall times: run it on a quiet machine,
several times.

It wraps private functions (forkpool._serve, parallel._in_order) to take the timestamps: keep it in step
with them.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

T0 = time.perf_counter()
_EVENTS: list[tuple[float, int, str]] = []


def _mark(what: str) -> None:
    _EVENTS.append((time.perf_counter() - T0, os.getpid(), what))


def _batch_kb(task) -> float:
    size = 0
    for item in task:
        if isinstance(item, (str, os.PathLike)):
            try:
                size += os.stat(item).st_size
            except OSError:
                pass
        else:
            size += len(getattr(item, "text", "").encode("utf-8"))
    return size / 1024


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import timeline.cli as cli
    _mark("imports done")
    from timeline import forkpool, parallel

    # A worker sends its events back through a file of its own, written as it ends.
    spool = tempfile.mkdtemp(prefix="critical_path.")
    serve = forkpool._serve

    def traced_serve(task_fd, result_fd, work):
        _EVENTS.clear()
        _mark("worker started")

        def traced(task):
            _mark(f"batch start ({len(task)} docs, {_batch_kb(task):.0f} KB)")
            result = work(task)
            _mark("batch end")
            return result
        try:
            serve(task_fd, result_fd, traced)
        finally:
            _mark("worker ends")
            with open(os.path.join(spool, str(os.getpid())), "w") as fh:
                for t, pid, what in _EVENTS:
                    fh.write(f"{t}\t{pid}\t{what}\n")

    in_order = parallel._in_order

    def traced_in_order(pool, batches, jobs, work_here=None):
        _mark(f"pool forked ({jobs} worker{'s' if jobs != 1 else ''})")
        if work_here is not None:
            here = work_here

            def work_here(task):
                _mark(f"batch start ({len(task)} docs, {_batch_kb(task):.0f} KB)")
                result = here(task)
                _mark("batch end")
                return result
        return in_order(pool, batches, jobs, work_here)

    forkpool._serve = traced_serve
    parallel._in_order = traced_in_order

    args = sys.argv[1:]
    texts = None
    if not any(Path(a).exists() for a in args if a != "-"):         # no input named: TBAQ
        from tbaq import load_tbaq
        texts = tempfile.mkdtemp(prefix="critical_path_texts.")
        for d in load_tbaq():
            Path(texts, f"{d.name}.txt").write_text(d.text, encoding="utf-8")
        args += ["--published", "1998-02-16", *sorted(str(p) for p in Path(texts).iterdir())]
    if "--jobs" not in args and "-j" not in args:
        args = ["--jobs", "0", *args]
    _mark("tag starts (the texts written)")
    with open(os.devnull, "w") as sink:
        stdout, sys.stdout = sys.stdout, sink
        try:
            cli.main(["tag", "-q", "--format", "jsonl", *args])
        finally:
            sys.stdout = stdout
    _mark("tag done")

    events = list(_EVENTS)
    for name in os.listdir(spool):
        with open(os.path.join(spool, name)) as fh:
            for line in fh:
                t, pid, what = line.rstrip("\n").split("\t")
                events.append((float(t), int(pid), what))
    events.sort()
    shutil.rmtree(spool, ignore_errors=True)
    if texts:
        shutil.rmtree(texts, ignore_errors=True)
    me = os.getpid()
    for t, pid, what in events:
        who = "main  " if pid == me else f"w{pid:<5}"
        print(f"{t * 1000:8.1f} ms  {who} {what}")
    busy: dict[int, float] = {}
    started: dict[int, float] = {}
    for t, pid, what in events:
        if what.startswith("batch start"):
            started[pid] = t
        elif what == "batch end":
            busy[pid] = busy.get(pid, 0.0) + t - started.pop(pid)
    for pid, seconds in busy.items():
        print(f"{'main' if pid == me else pid}: {seconds * 1000:.1f} ms working batches")
    return 0


if __name__ == "__main__":
    sys.exit(main())
