"""Compare events, in a process pool when there are many, and stop it cleanly.

Comparisons are independent per event, so large sites compare them in a
pool.  Whatever ends the build (Ctrl-C, SIGTERM, SIGKILL, an error), the
pool's workers end with it.
"""

from __future__ import annotations

import collections
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
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from ..engine.comparison import compare
from ..engine.model import Comparison, Event

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
    workers = pool_size(jobs, total)
    if workers <= 1 or total < POOL_THRESHOLD:
        for n, event in enumerate(events, 1):
            yield compare(event), None
            if progress:
                progress(n, total)
        return
    # Forking a process that runs other threads (the dev server's) can copy a
    # lock some thread holds; start workers from a clean process then.
    method = "fork" if threading.active_count() == 1 else "forkserver"
    context = multiprocessing.get_context(method)
    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_worker_start, initargs=(os.getpid(),)
    )
    size = min(8, max(1, total // (4 * workers)))
    chunks = iter([events[i : i + size] for i in range(0, total, size)])
    pending: collections.deque[Future[list[bytes]]] = collections.deque()

    def submit() -> None:
        chunk = next(chunks, None)
        if chunk is not None:
            pending.append(pool.submit(_compare_all, chunk))

    try:
        # Workers are forked while the first tasks are submitted; Ctrl-C (or
        # SIGTERM) arriving half way through a fork leaves the pool in no state
        # to stop, so those signals wait until every worker has started.
        with _signals_held():
            for _ in range(2 * workers):
                submit()
        # A few chunks in flight, not every event at once: comparisons the
        # build has not written yet would otherwise pile up in memory
        # whenever the workers outpace it.
        n = 0
        while pending:
            done = pending.popleft().result()
            submit()
            for body in done:
                n += 1
                yield pickle.loads(body), body
                if progress:
                    progress(n, total)
    except BaseException:
        # Ctrl-C, an error, or a caller that stopped early: drop the events not started.
        with contextlib.suppress(RuntimeError):
            pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def _compare_all(events: Sequence[Event]) -> list[bytes]:
    # Pickled here, once: the build reads them back and stores these very bytes in
    # its cache, rather than the pool pickling them to send and the build again to store.
    return [pickle.dumps(compare(event), protocol=pickle.HIGHEST_PROTOCOL) for event in events]


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
