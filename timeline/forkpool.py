"""A small pool of forked worker processes, for POSIX systems that can fork.

Why not concurrent.futures.ProcessPoolExecutor: importing it (with multiprocessing) and starting its
manager thread and queues costs a `timeline tag` run ~40 ms before the first batch is worked, a fifth of
resolving TimeBank on two cores. Forked workers need none of that: they inherit the loaded grammar and
the work function, and talk to this process over two pipes each. parallel.map_in_processes falls back to
ProcessPoolExecutor where fork is unavailable or unsafe (not Linux).

Each worker has a task pipe and a result pipe; messages are length-prefixed pickles. A worker's own
reader thread drains its task pipe into a queue, so this process never blocks writing a task while the
worker blocks writing a result (the deadlock of two full pipes).
"""
from __future__ import annotations

import os
import pickle
import select
import selectors
import signal
import struct
import sys
import time
from typing import Any, Callable, Optional

from .errors import WorkerError

_HEADER = struct.Struct("!Q")
# This process's ends of the pipes of every live pool. A worker closes them all, not only its own pool's:
# one holding another pool's task pipe open would keep that pool's workers from ever seeing its end.
_PARENT_FDS: set[int] = set()
# How long close() waits for an idle worker to end on its own before killing it.
_EXIT_WAIT = 2.0
# Pipe buffers are 64 KB by default, less than one batch's results (TimeBank's 50 KB batches come back as
# ~75 KB): a worker then blocked in write() until this process, itself busy writing output, read it. With
# 1 MB (the most Linux grants without privileges) a worker hands a result over and goes on to its next task.
_PIPE_SIZE = 1 << 20


class WorkerDied(WorkerError):
    """A worker process ended without answering (killed, out of memory)."""


def _write_message(fd: int, obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_HEADER.pack(len(data)) + data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _read_exactly(fd: int, size: int) -> Optional[bytes]:
    chunks, missing = [], size
    while missing:
        chunk = os.read(fd, min(missing, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        missing -= len(chunk)
    return b"".join(chunks)


def _read_message(fd: int) -> tuple[bool, Any]:
    """(True, object), or (False, None) at end of file."""
    header = _read_exactly(fd, _HEADER.size)
    if header is None:
        return False, None
    body = _read_exactly(fd, _HEADER.unpack(header)[0])
    if body is None:
        return False, None
    return True, pickle.loads(body)


def _serve(task_fd: int, result_fd: int, work: Callable[[Any], Any]) -> None:
    """The worker's loop: (seq, task) in, (seq, ok, result or error) out, until the task pipe closes."""
    import queue
    import threading

    tasks: queue.SimpleQueue = queue.SimpleQueue()

    def drain() -> None:
        while True:
            ok, message = _read_message(task_fd)
            tasks.put(message if ok else None)
            if not ok:
                return

    threading.Thread(target=drain, daemon=True).start()
    while True:
        message = tasks.get()
        if message is None:
            return
        seq, task = message
        try:
            ok, value = True, work(task)
        except BaseException as err:     # noqa: BLE001 - handed to the parent, which raises it
            ok, value = False, err
        # The value is pickled apart from its envelope: one the parent cannot rebuild (an exception whose
        # __init__ takes other arguments) is still known to be this task's.
        try:
            payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as err:         # noqa: BLE001 - unpicklable, or too deep to pickle
            ok, payload = False, pickle.dumps(RuntimeError(f"{type(value).__name__} from a worker could not be "
                                                           f"sent back: {type(err).__name__}: {err}"))
        _write_message(result_fd, (seq, ok, payload))


class ForkPool:
    """`jobs` forked workers running `work` on tasks; results come back by sequence number."""

    def __init__(self, jobs: int, work: Callable[[Any], Any]):
        self._workers: list[tuple[int, int, int]] = []       # (pid, task fd, result fd)
        self._busy: dict[int, set[int]] = {}                 # result fd -> seqs in flight
        self._selector = selectors.DefaultSelector()
        self._next_seq = 0
        sys.stdout.flush()
        sys.stderr.flush()
        try:
            for _ in range(jobs):
                self._spawn(work)
        except BaseException:
            self.close()
            raise

    def _spawn(self, work: Callable[[Any], Any]) -> None:
        task_r, task_w = os.pipe()
        result_r, result_w = os.pipe()
        _enlarge(result_w)
        pid = os.fork()
        if pid == 0:                                          # the worker
            status = 0
            try:
                # Ctrl-C reaches the whole process group: the parent stops the workers itself.
                signal.signal(signal.SIGINT, signal.SIG_IGN)
                for fd in _PARENT_FDS | {task_w, result_r}:
                    os.close(fd)
                _serve(task_r, result_w, work)
            except BaseException:                             # noqa: BLE001 - the parent reports WorkerDied
                status = 1
            finally:
                # Never return into the parent's code, flush its buffers or run its atexit handlers.
                os._exit(status)
        os.close(task_r)
        os.close(result_w)
        _PARENT_FDS.update((task_w, result_r))
        self._workers.append((pid, task_w, result_r))
        self._busy[result_r] = set()
        self._selector.register(result_r, selectors.EVENT_READ)

    def submit(self, task: Any) -> int:
        """Send `task` to the least busy worker; its sequence number."""
        seq = self._next_seq
        self._next_seq += 1
        _, task_fd, result_fd = min(self._workers, key=lambda w: len(self._busy[w[2]]))
        self._busy[result_fd].add(seq)
        try:
            _write_message(task_fd, (seq, task))
        except BrokenPipeError:
            raise WorkerDied("a worker process ended unexpectedly (killed or out of memory?)") from None
        return seq

    def wait(self, timeout: Optional[float] = None) -> list[tuple[int, bool, Any]]:
        """Block until some results arrive (at most `timeout` seconds; 0: only those already there):
        [(seq, ok, result or exception)]."""
        if not any(self._busy.values()):
            return []
        replies = []
        for key, _ in self._selector.select(timeout):
            fd = key.fd
            ok, message = _read_message(fd)
            if not ok:
                if not self._busy[fd]:        # told to finish (finish()), it sent all it owed and ended
                    self._selector.unregister(fd)
                    continue
                raise WorkerDied("a worker process ended unexpectedly (killed or out of memory?)")
            seq, ok, payload = message
            try:
                value = pickle.loads(payload)
            except Exception as err:      # noqa: BLE001 - the worker's value cannot be rebuilt here
                ok, value = False, WorkerError(f"a worker's {'result' if ok else 'error'} could not be read "
                                               f"back: {type(err).__name__}: {err}")
            self._busy[fd].discard(seq)
            replies.append((seq, ok, value))
        return replies

    def finish(self) -> None:
        """No more tasks will come: each worker ends once it has sent its last result. Said as soon as
        the last task is submitted, the workers' exits (a few ms each: a process's memory is torn down)
        overlap the reading of the last results instead of following it in close()."""
        for i, (pid, task_fd, result_fd) in enumerate(self._workers):
            if task_fd >= 0:
                self._close_task_pipe(task_fd)
                self._workers[i] = (pid, -1, result_fd)

    @staticmethod
    def _close_task_pipe(task_fd: int) -> None:
        _PARENT_FDS.discard(task_fd)
        try:
            os.close(task_fd)
        except OSError:
            pass

    def close(self) -> None:
        """Stop the workers: closing a task pipe ends a worker's loop; a worker still busy, or one that
        has not ended _EXIT_WAIT seconds later, is killed. Every worker is reaped."""
        for pid, task_fd, result_fd in self._workers:
            if task_fd >= 0:
                self._close_task_pipe(task_fd)
            if self._busy.get(result_fd):
                _kill(pid)
        deadline = time.monotonic() + _EXIT_WAIT
        for pid, _, result_fd in self._workers:
            _await_exit(pid, deadline)
            if not _reaped(pid):
                _kill(pid)
                try:
                    os.waitpid(pid, 0)
                except ChildProcessError:
                    pass
            try:
                self._selector.unregister(result_fd)
            except (KeyError, ValueError):
                pass
            _PARENT_FDS.discard(result_fd)
            os.close(result_fd)
        self._workers.clear()
        self._selector.close()

    def __enter__(self) -> "ForkPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _enlarge(fd: int) -> None:
    """Ask for a larger pipe buffer; keep the default where that is refused (a lower pipe-max-size)."""
    try:
        import fcntl
        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, _PIPE_SIZE)
    except (ImportError, AttributeError, OSError):
        pass


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass


def _await_exit(pid: int, deadline: float) -> None:
    """Return once the worker has ended or at `deadline`. A pidfd becomes readable the moment the
    process ends: polling waitpid every 5 ms instead cost a run 3-5 ms at its very end, each time."""
    try:
        pidfd = os.pidfd_open(pid)
    except (AttributeError, OSError):       # not Linux >= 5.3, or reaped already
        pidfd = None
    if pidfd is not None:
        try:
            select.select([pidfd], [], [], max(0.0, deadline - time.monotonic()))
        finally:
            os.close(pidfd)
        return
    while not _reaped(pid) and time.monotonic() < deadline:
        time.sleep(0.005)


def _reaped(pid: int) -> bool:
    """Whether the worker has ended (and is reaped now)."""
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return done == pid
