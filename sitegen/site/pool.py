"""Compare events, in a process pool when there are many, and stop it cleanly.

Comparisons are independent per event, so large sites compare them in a
pool.  Whatever ends the build (Ctrl-C, SIGTERM, SIGKILL, an error, a worker
killed), the pool's workers end with it, and the build never waits for ever.

The pool is a few processes with a pair of pipes each, not
``concurrent.futures.ProcessPoolExecutor``: its workers share one pipe for
results, so a worker killed half way through sending one (by the
out-of-memory killer, say) leaves half a message there, and the executor
reads on for the rest for ever.  A pipe of its own ends in end-of-file when
its worker dies, whatever it was doing.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import pickle
import select
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Generator, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from typing import Any

from ..engine.comparison import compare
from ..engine.model import Comparison, Event
from .model import BuildError, Problem

# Below this many events a process pool costs more to start than it saves.
POOL_THRESHOLD = 24

Progress = Callable[[int, int], None]


def usable_cpus() -> int:
    """The CPUs this process may run on (a container's or taskset's limit, not the host's)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def pool_size(jobs: int | None, events: int) -> int:
    """How many processes to compare ``events`` events with, given ``-j jobs``.

    Never more than the usable CPUs (more only share them, each with its own
    copy of the engine in memory) nor than the events; never fewer than one.
    """
    cpus = usable_cpus()
    wanted = cpus if jobs is None else jobs
    return max(1, min(wanted, cpus, events))


def compare_events(
    events: Sequence[Event], *, jobs: int | None = None, progress: Progress | None = None
) -> list[Comparison]:
    """Compare every event, in a process pool when there are many."""
    with contextlib.closing(iter_comparisons(events, jobs=jobs, progress=progress)) as done:
        return list(done)


def iter_comparisons(
    events: Sequence[Event], *, jobs: int | None = None, progress: Progress | None = None
) -> Generator[Comparison, None, None]:
    """Each event's comparison, in the order of ``events``, as soon as it is ready, so a
    build can render and write one while the pool compares the next ones.

    Close the generator (``contextlib.closing``) when stopping early: that stops the pool.
    """
    with contextlib.closing(iter_compared(events, jobs=jobs, progress=progress)) as done:
        for comparison, _ in done:
            yield comparison


def iter_compared(
    events: Sequence[Event], *, jobs: int | None = None, progress: Progress | None = None
) -> Generator[tuple[Comparison, bytes | None], None, None]:
    """:func:`iter_comparisons`, each comparison with its pickle when a pool worker made
    one (None otherwise), so that the cache can store it without pickling it again."""
    total = len(events)
    count = pool_size(jobs, total)
    if count <= 1 or total < POOL_THRESHOLD:
        for n, event in enumerate(events, 1):
            yield compare(event), None
            if progress:
                progress(n, total)
        return
    size = min(8, max(1, total // (4 * count)))
    chunks = [events[i : i + size] for i in range(0, total, size)]
    n = 0
    with WorkerPool(count) as pool:
        for done in pool.map(chunks):
            for body in done:
                n += 1
                yield pickle.loads(body), body
                if progress:
                    progress(n, total)


class _Worker:
    """One process that compares chunks of events, with a pipe each way of its own."""

    def __init__(self, context: Any, owner: int) -> None:
        tasks, self.tasks = context.Pipe(duplex=False)
        self.results, results = context.Pipe(duplex=False)
        self.process = context.Process(
            target=_work, args=(owner, tasks, results), name="sitegen-compare", daemon=True
        )
        self.process.start()
        # Only the worker holds the writing end of its results: they end in
        # end-of-file, not in a wait for ever, when it dies.
        tasks.close()
        results.close()
        self.chunk: int | None = None  # the chunk it is comparing


class WorkerPool:
    """Processes comparing chunks of events, one chunk each at a time."""

    def __init__(self, count: int) -> None:
        # Forking a process that runs other threads (the dev server's) can copy a
        # lock some thread holds; start workers from a clean process then.
        method = "fork" if threading.active_count() == 1 else "forkserver"
        context = multiprocessing.get_context(method)
        self.workers: list[_Worker] = []
        # Ctrl-C (or SIGTERM) arriving half way through a fork leaves a worker
        # half made, so those signals wait until every worker has started.
        with _signals_held():
            for _ in range(count):
                self.workers.append(_Worker(context, os.getpid()))

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(graceful=exc[0] is None)

    def map(self, chunks: Sequence[Sequence[Event]]) -> Iterator[list[bytes]]:
        """Each chunk's comparisons (pickled), in order."""
        ready: dict[int, list[bytes]] = {}
        sent = wanted = 0
        while wanted < len(chunks):
            # A few chunks ahead of the one the build waits for, not every event at once:
            # comparisons the build has not written yet would otherwise pile up in memory
            # whenever the workers outpace it.
            for worker in self.workers:
                if worker.chunk is None and sent < min(len(chunks), wanted + 2 * len(self.workers)):
                    try:
                        worker.tasks.send((sent, chunks[sent]))
                    except OSError:  # it died after its last answer
                        worker.process.join()
                        raise _killed(worker.process.exitcode) from None
                    worker.chunk = sent
                    sent += 1
            if wanted in ready:
                yield ready.pop(wanted)
                wanted += 1
                # Back to the top before waiting: the window has moved on, so idle
                # workers get the next chunks.  Waiting first, with every worker idle
                # and every chunk sent handed over, would wait on nothing for ever.
                continue
            # Here chunk `wanted` is out with a worker, or every worker is busy.
            self._collect(ready)

    def _collect(self, ready: dict[int, list[bytes]]) -> None:
        busy = [w for w in self.workers if w.chunk is not None]
        signalled = wait([w.results for w in busy] + [w.process.sentinel for w in busy])
        for worker in busy:
            if worker.results not in signalled and worker.process.sentinel not in signalled:
                continue
            try:
                index, bodies, error = worker.results.recv()
            except (EOFError, OSError):
                # Dead, maybe half way through sending: its pipe ended.
                worker.process.join()
                raise _killed(worker.process.exitcode) from None
            if error is not None:
                exc, where = error
                raise exc from _RemoteTraceback(where)
            ready[index] = bodies
            worker.chunk = None

    def close(self, graceful: bool) -> None:
        """End every worker: asked to, once all is done; killed, when the build stops early."""
        for worker in self.workers:
            with contextlib.suppress(OSError):
                if graceful:
                    worker.tasks.send(None)
                else:
                    worker.process.kill()
        for worker in self.workers:
            worker.process.join()
            worker.tasks.close()
            worker.results.close()


def _killed(code: int | None) -> BuildError:
    how = f" (signal {-code})" if code is not None and code < 0 else ""
    return BuildError(
        [
            Problem(
                "-j",
                0,
                f"a process comparing events was killed{how}, as the system does when "
                "memory runs out; -j 1 compares in one process",
            )
        ]
    )


class _RemoteTraceback(Exception):
    """Where a worker's exception was raised, shown as the cause of the one re-raised."""

    def __str__(self) -> str:
        return str(self.args[0])


def _work(owner: int, tasks: Connection, results: Connection) -> None:
    """A worker: compare the chunks it is sent until told to stop or its build ends."""
    _worker_start(owner)
    while True:
        try:
            job = tasks.recv()
        except EOFError:
            return
        if job is None:
            return
        index, chunk = job
        try:
            # Pickled here, once: the build reads them back and stores these very
            # bytes in its cache, rather than pickling them again to store them.
            bodies = [pickle.dumps(compare(e), protocol=pickle.HIGHEST_PROTOCOL) for e in chunk]
        except Exception as exc:  # a bug in sitegen: the build shows where it was raised
            where = "".join(traceback.format_exception(exc))
            try:
                results.send((index, None, (exc, where)))
            except Exception:  # an exception that does not pickle
                results.send((index, None, (RuntimeError(str(exc)), where)))
            continue
        results.send((index, bodies, None))


_HELD = {signal.SIGINT, signal.SIGTERM}


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _worker_start(owner: int) -> None:
    # Ctrl-C reaches every process of the terminal's group; the parent alone
    # handles it, so workers do not each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A fork copies the build's SIGTERM handler, which raises: a worker ends at
    # SIGTERM (to the whole process group, say) without a word.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)  # held while the pool started
    die_with(owner)


_PR_SET_PDEATHSIG = 1


def die_with(owner: int) -> None:
    """End this process when process ``owner`` (the build) ends, however it ends.

    A pool worker orphaned by a killed build would otherwise run on for ever,
    adopted by init.  When the build is the parent, Linux does it for us
    (prctl PR_SET_PDEATHSIG).  A worker started by a fork server is the fork
    server's child, and the fork server lives while its children do; there,
    and on other systems, a thread waits for the build to end.
    """
    if os.getppid() == owner and sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    # Also for a build that ended before prctl was called.
    threading.Thread(target=_watch, args=(owner,), name="sitegen-owner", daemon=True).start()


def _watch(owner: int) -> None:
    try:
        handle = os.pidfd_open(owner)
    except (AttributeError, OSError):
        handle = None
    if handle is not None:
        select.select([handle], [], [])  # readable once the build has ended
    else:
        while alive(owner):
            time.sleep(0.5)
    os._exit(1)


def alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (another user's counts as running)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
