"""Builds stopped from outside: killed, terminated, interrupted with Ctrl-C."""

from __future__ import annotations

import random
import signal
from pathlib import Path

from tests.conftest import article, write
from tests.failcases.common import (
    DEADLINE,
    Outcome,
    Scenario,
    children,
    sitegen,
    wait_for,
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


def stopped_build(sig: signal.Signals) -> Scenario:
    """``sitegen build -j 2`` sent ``sig`` while its workers compare events."""

    def run(tmp: Path) -> Outcome:
        site = big_site(tmp / "site")
        proc = sitegen("build", "-j", "2", cwd=site)
        wait_for(lambda: len(children(proc.pid)) >= 2 or proc.poll() is not None, "workers")
        workers = children(proc.pid)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=DEADLINE)
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
compare_events(site.events, jobs=2)
"""


def killed_rebuild(tmp: Path) -> Outcome:
    """The dev server's pool (workers are the fork server's children) under SIGKILL."""
    import subprocess
    import sys

    site = big_site(tmp / "site")
    proc = subprocess.Popen([sys.executable, "-c", KILLED_REBUILD, str(site)])

    def workers() -> list[int]:
        return [w for c in children(proc.pid) for w in children(c)]

    wait_for(lambda: len(workers()) >= 2 or proc.poll() is not None, "workers")
    started = workers()
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
