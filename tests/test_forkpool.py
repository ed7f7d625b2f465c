"""The forked worker pool behind `--jobs`: order, large messages both ways, errors, dead workers, cleanup."""
from __future__ import annotations

import os
import signal
import sys
import threading

import pytest

from timeline import parallel
from timeline.forkpool import ForkPool, WorkerDied
from timeline.model import Document, Notice

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the fork pool is Linux-only")


@pytest.fixture(autouse=True)
def deadline():
    def on_alarm(signum, frame):
        raise TimeoutError("the pool hung")
    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def _double(batch):
    return [x * 2 for x in batch]


def _echo_big(batch):
    # Results far larger than a pipe's buffer, so that a worker blocks writing while tasks keep coming.
    return ["y" * 300_000 + str(x) for x in batch]


def _fail_on_three(batch):
    if 3 in batch:
        raise ValueError("three is not allowed")
    return batch


def _collect(pool, tasks):
    seqs = [pool.submit(t) for t in tasks]
    got = {}
    while len(got) < len(seqs):
        for seq, ok, value in pool.wait():
            assert ok, value
            got[seq] = value
    return [got[s] for s in seqs]


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_every_task_comes_back_under_its_own_number(jobs):
    tasks = [[i, i + 1] for i in range(20)]
    with ForkPool(jobs, _double) as pool:
        assert _collect(pool, tasks) == [_double(t) for t in tasks]


def test_messages_larger_than_a_pipe_both_ways_do_not_deadlock():
    tasks = [["x" * 400_000, i] for i in range(12)]
    with ForkPool(2, _echo_big) as pool:
        results = _collect(pool, tasks)
    assert [r[1][-len(str(i)):] for i, r in enumerate(results)] == [str(i) for i in range(12)]


def test_an_error_in_a_worker_comes_back_as_that_error():
    with ForkPool(2, _fail_on_three) as pool:
        seq = pool.submit([1, 2, 3])
        replies = []
        while not replies:
            replies = pool.wait()
    (got, ok, error), = replies
    assert got == seq and not ok
    assert isinstance(error, ValueError) and "three" in str(error)


def test_a_killed_worker_is_reported_not_waited_for():
    with ForkPool(1, _double) as pool:
        os.kill(pool._workers[0][0], signal.SIGKILL)
        with pytest.raises(WorkerDied):
            pool.submit([1])
            while True:
                pool.wait()


def test_closing_reaps_every_worker():
    pool = ForkPool(3, _double)
    pids = [w[0] for w in pool._workers]
    pool.submit([1])
    pool.close()
    assert _reaped(pids)


def _docs(n):
    return [Document(id=f"d{i}", path=None, text=f"text {i}", published=None) for i in range(n)]


def _lengths(batch):
    return [len(d.text) for d in batch]


def _explode(batch):
    raise KeyError("boom")


@pytest.mark.parametrize("force_executor", [False, True])
def test_map_in_processes_keeps_input_order_and_notices_in_place(monkeypatch, force_executor):
    if force_executor:
        monkeypatch.setattr(parallel, "_start_pool", lambda jobs, work: parallel._ExecutorPool(jobs, work))
    docs = _docs(9)
    stream = docs[:4] + [Notice("skipped one", "bad.txt", "skipped")] + docs[4:]
    out = list(parallel.map_in_processes(stream, 2, _lengths, batch_docs=2))
    assert [o.message if isinstance(o, Notice) else o[0].id for o in out] == \
        ["d0", "d1", "d2", "d3", "skipped one", "d4", "d5", "d6", "d7", "d8"]
    assert all(o[1] == len(o[0].text) for o in out if not isinstance(o, Notice))


@pytest.fixture
def started_pools(monkeypatch):
    """The worker pids of every pool map_in_processes starts."""
    pids: list[int] = []
    real = parallel._start_pool

    def recording(jobs, work):
        pool = real(jobs, work)
        pids.extend(w[0] for w in pool._workers)
        return pool

    monkeypatch.setattr(parallel, "_start_pool", recording)
    return pids


def _reaped(pids):
    for pid in pids:
        try:
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            continue
        return False
    return True


def test_map_in_processes_raises_a_worker_error_and_leaves_no_worker_behind(started_pools):
    with pytest.raises(KeyError, match="boom"):
        list(parallel.map_in_processes(_docs(6), 2, _explode, batch_docs=1))
    assert len(started_pools) == 2 and _reaped(started_pools)


def test_stopping_early_leaves_no_worker_behind(started_pools):
    results = parallel.map_in_processes(_docs(40), 2, _lengths, batch_docs=1)
    next(results)
    results.close()
    assert len(started_pools) == 2 and _reaped(started_pools)


def _die(batch):
    os._exit(3)


def test_a_worker_that_dies_mid_run_is_a_one_line_timeline_error(started_pools):
    from timeline.errors import TimelineError
    with pytest.raises(TimelineError, match="worker process ended unexpectedly"):
        list(parallel.map_in_processes(_docs(6), 2, _die, batch_docs=1))
    assert len(started_pools) == 2 and _reaped(started_pools)


def test_objects_frozen_for_the_workers_are_unfrozen_after_the_run():
    import gc
    before = gc.get_freeze_count()
    list(parallel.map_in_processes(_docs(6), 2, _lengths, batch_docs=1))
    assert gc.get_freeze_count() == before


class _TwoArgs(Exception):
    def __init__(self, message, line):
        super().__init__(f"{message} at line {line}")


def _raise_two_args(batch):
    raise _TwoArgs("bad record", 7)


def _nested(batch):
    deep: list = []
    for _ in range(100_000):
        deep = [deep]
    return deep


@pytest.mark.parametrize("work, expected", [
    (_raise_two_args, "could not be read back: TypeError"),      # pickles, but cannot be rebuilt here
    (_nested, "could not be sent back: RecursionError"),         # too deep to pickle
])
def test_a_reply_that_cannot_travel_still_answers_its_task(work, expected):
    with ForkPool(1, work) as pool:
        seq = pool.submit([1])
        replies = []
        while not replies:
            replies = pool.wait()
    (got, ok, error), = replies
    assert got == seq and not ok and expected in str(error)


def test_two_pools_alive_at_once_each_end_cleanly(monkeypatch):
    """A worker of the second pool must not hold the first pool's pipes open (the first pool's idle
    workers would then never see the end of their tasks and would have to be killed)."""
    from timeline import forkpool
    killed = []
    monkeypatch.setattr(forkpool, "_kill", lambda pid: killed.append(pid) or os.kill(pid, signal.SIGKILL))
    first = ForkPool(2, _double)
    second = ForkPool(2, _double)
    try:
        assert _collect(first, [[1], [2]]) == [[2], [4]]
        pids = [w[0] for w in first._workers]
        first.close()
        assert _reaped(pids) and killed == []
        assert _collect(second, [[3]]) == [[6]]
    finally:
        second.close()


_HELD_BY_A_THREAD = threading.Lock()


def _lengths_under_lock(batch):
    with _HELD_BY_A_THREAD:
        return [len(d.text) for d in batch]


def test_a_process_with_other_threads_running_does_not_fork_its_workers():
    """A forked child inherits every lock as it was at the fork: one another thread held then is never
    released there, and a worker that takes it hangs. With other threads running, the workers start from
    a fresh interpreter, where the lock is free."""
    release = threading.Event()
    holding = threading.Event()

    def hold():
        with _HELD_BY_A_THREAD:
            holding.set()
            release.wait()

    holder = threading.Thread(target=hold, daemon=True)
    holder.start()
    holding.wait()
    try:
        out = list(parallel.map_in_processes(_docs(6), 2, _lengths_under_lock, batch_docs=2))
    finally:
        release.set()
        holder.join()
    assert [(d.id, n) for d, n in out] == [(f"d{i}", len(f"text {i}")) for i in range(6)]


def test_the_pool_is_forked_only_when_no_other_thread_runs():
    assert not parallel._other_threads_alive()
    with parallel._start_pool(1, _double) as pool:
        assert isinstance(pool, ForkPool)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        pool = parallel._start_pool(1, _double)
        with pool:
            assert isinstance(pool, parallel._ExecutorPool)
            seq = pool.submit([4])
            assert pool.wait() == [(seq, True, [8])]
    finally:
        stop.set()
        other.join()


def _lengths_and_pid(batch):
    return [(len(d.text), os.getpid()) for d in batch]


@pytest.mark.parametrize("jobs", [2, 3])
def test_working_here_too_keeps_order_and_notices_and_forks_one_worker_fewer(started_pools, jobs):
    """With work_here (`timeline tag`), this process works batches between handing out the others: the
    output is as without it, and both it and the workers do part of the work."""
    docs = _docs(30)
    stream = docs[:7] + [Notice("skipped one", "bad.txt", "skipped")] + docs[7:]
    out = list(parallel.map_in_processes(stream, jobs, _lengths_and_pid, batch_docs=2, work_here=True))
    assert [o.message if isinstance(o, Notice) else o[0].id for o in out] == \
        [f"d{i}" for i in range(7)] + ["skipped one"] + [f"d{i}" for i in range(7, 30)]
    assert all(o[1][0] == len(o[0].text) for o in out if not isinstance(o, Notice))
    pids = {o[1][1] for o in out if not isinstance(o, Notice)}
    assert os.getpid() in pids and pids - {os.getpid()} <= set(started_pools)
    assert len(started_pools) == jobs - 1 and _reaped(started_pools)


def _explode_here(batch):
    if os.getpid() == _PARENT_PID[0]:
        raise KeyError("boom here")
    return [len(d.text) for d in batch]


_PARENT_PID = [0]


def test_an_error_in_a_batch_worked_here_is_raised_in_its_place_and_leaves_no_worker_behind(started_pools):
    _PARENT_PID[0] = os.getpid()
    out = []
    with pytest.raises(KeyError, match="boom here"):
        for item in parallel.map_in_processes(_docs(12), 2, _explode_here, batch_docs=1, work_here=True):
            out.append(item)
    # The workers' batches before the first one worked here (the third) still came out, in order.
    assert [d.id for d, _ in out] == ["d0", "d1"]
    assert len(started_pools) == 1 and _reaped(started_pools)


def test_working_here_with_the_executor_pool(monkeypatch):
    monkeypatch.setattr(parallel, "_start_pool", lambda jobs, work: parallel._ExecutorPool(jobs, work))
    out = list(parallel.map_in_processes(_docs(9), 2, _lengths, batch_docs=2, work_here=True))
    assert [(d.id, n) for d, n in out] == [(f"d{i}", len(f"text {i}")) for i in range(9)]
