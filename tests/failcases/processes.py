"""Builds stopped from outside: killed, terminated, interrupted with Ctrl-C."""

from __future__ import annotations

import contextlib
import os
import random
import select
import signal
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from tests.conftest import article, write
from tests.failcases.common import (
    DEADLINE,
    Outcome,
    Scenario,
    children,
    sitegen,
    wait_gone,
)

WORDS = (
    "harbour council police fire bridge storm river minister vote rail strike hospital "
    "school court union market price rate bank flood road crash mayor report station "
    "Monday Tuesday seven twelve thousand said closed opened injured rescued arrested"
).split()


def big_site(root: Path, events: int = 120) -> Path:
    """Enough events for the process pool, each slow enough to stop it mid-way."""
    rng = random.Random(9)
    for e in range(events):
        for source in ("wire", "daily"):
            sentences = [
                " ".join(rng.choice(WORDS) for _ in range(14)).capitalize() + "." for _ in range(18)
            ]
            write(
                root / f"content/event-{e:03}/{source}.md",
                article(source.title(), f"Event {e}", "\n\n".join(sentences)),
            )
    return root


@contextlib.contextmanager
def page_written(site: Path) -> Iterator[threading.Event]:
    """An event set when a build writes an event's page into its staging folder."""
    written = threading.Event()

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event: FileSystemEvent) -> None:
            path = Path(str(event.src_path))
            staged = ".sitegen-staging" in path.parts
            if staged and path.name == "index.html" and path.parent.name.startswith("event-"):
                written.set()

    observer = Observer()
    observer.schedule(Handler(), str(site), recursive=True)
    observer.start()
    try:
        yield written
    finally:
        observer.stop()
        observer.join(DEADLINE)


def stopped_build(sig: signal.Signals, to: str = "build") -> Scenario:
    """``sitegen build -j 2`` sent ``sig`` while its workers compare events.

    ``to`` is who gets it: the ``build`` process; its whole process ``group``,
    twice, as a service manager stopping it does and as an impatient user
    repeats (the workers get it too, and the second arrives while the build
    cleans up after the first); or one ``worker``, as the system's
    out-of-memory killer picks one.
    """

    def run(tmp: Path) -> Outcome:
        site = big_site(tmp / "site")
        with page_written(site) as written:
            proc = sitegen("build", "-j", "2", cwd=site, group=to == "group")
            # An event's page reaches the staging folder once the pool has compared it: the
            # workers are running, with more than a hundred events still to go.
            assert written.wait(DEADLINE), "no page written"
        workers = children(proc.pid)
        if to == "group":
            os.killpg(proc.pid, sig)
            os.killpg(proc.pid, sig)
        elif to == "worker":
            os.kill(workers[0], sig)
        else:
            proc.send_signal(sig)
        try:
            _, err = proc.communicate(timeout=DEADLINE)
        except subprocess.TimeoutExpired:
            # A hung build fails the case; it must not outlive the test.
            if to == "group":
                os.killpg(proc.pid, signal.SIGKILL)
            else:
                proc.kill()
            _, err = proc.communicate()
            err += "\n(still running at the deadline: killed)"
        ended = wait_gone(workers, timeout=10)
        staging = site / ".sitegen-staging"
        return Outcome(
            proc.returncode,
            err,
            not (site / "output").exists(),
            {
                "stopped while comparing": len(workers) >= 2,
                "every worker ended with the build": ended,
                "no staging folder holds a site": not any(staging.glob("*/index.html")),
            },
        )

    return run


KILLED_REBUILD = """
import sys, threading
from sitegen.site.loader import load_site
from sitegen.site.pool import compare_events
site = load_site(sys.argv[1])
# A thread running, as in the dev server: the pool starts from a fork server.
threading.Thread(target=threading.Event().wait, daemon=True).start()
# A line as the first comparison comes back from the workers: they are running.
compare_events(site.events, jobs=2, progress=lambda n, t: n == 1 and print("compared", flush=True))
"""


def killed_rebuild(tmp: Path) -> Outcome:
    """The dev server's pool (workers are the fork server's children) under SIGKILL."""
    import sys

    site = big_site(tmp / "site")
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_REBUILD, str(site)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], DEADLINE)
    assert ready and proc.stdout.readline().strip() == "compared", "no comparison came back"
    started = [w for c in children(proc.pid) for w in children(c)]
    proc.kill()
    proc.wait(DEADLINE)
    return Outcome(
        None,
        "",
        facts={
            "killed while comparing": len(started) >= 2,
            "every worker ended with it": wait_gone(started, timeout=10),
        },
    )
