"""What a scenario returns, and the expected outcomes a row of the table names."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import article, tree, write

Scenario = Callable[[Path], "Outcome"]
Expectation = Callable[["Outcome", Path], None]
DEADLINE = 60.0  # seconds a command may take before it counts as hung


@dataclass
class Outcome:
    """What happened: the exit status, what the user read, and facts checked after."""

    code: int | None
    err: str
    kept: bool = True  # the previous output (and every file of the user's) is untouched
    facts: dict[str, bool] = field(default_factory=dict)


def site_with_two_articles(root: Path) -> Path:
    write(
        root / "content/quay-fire/wire.md",
        article(
            "Harbour Wire",
            "Fire at the quay",
            "A fire broke out in a warehouse on the quay on Monday night.\n\n"
            "Nobody was hurt, the fire service said.",
            published="2026-04-02T08:00:00Z",
        ),
    )
    write(
        root / "content/quay-fire/daily.md",
        article(
            "The Daily Tide",
            "Warehouse fire on the quay",
            "A fire broke out in a warehouse on the quay on Monday night.\n\n"
            "The mayor visited the site on Tuesday.",
            published="2026-04-02T10:00:00Z",
        ),
    )
    return root


def snapshot(site: Path) -> dict[str, bytes]:
    """Every file of the output folder, hidden ones included."""
    output = site / "output"
    return tree(output) if output.is_dir() else {}


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def wait_gone(pids: list[int], timeout: float) -> bool:
    """Wait until every process in ``pids`` has ended (pidfd: woken by the exit itself)."""
    import select

    deadline = time.monotonic() + timeout
    for pid in pids:
        try:
            fd = os.pidfd_open(pid)
        except OSError:
            continue  # already gone
        try:
            while not gone(pid):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                select.select([fd], [], [], remaining)
        finally:
            os.close(fd)
    return True


def gone(pid: int) -> bool:
    """Ended: no process, or a zombie nobody reaped (init in a container may not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state in ("Z", "X")


def sitegen(*args: str, cwd: Path, group: bool = False) -> subprocess.Popen[str]:
    """``sitegen ARGS`` started as a terminal would: SIGINT at its default.

    With ``group``, in a process group of its own, as a service manager or a CI
    runner starts it, so that a signal can reach it and its workers together.
    """
    import signal

    return subprocess.Popen(
        [sys.executable, "-m", "sitegen", *args],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # A runner that starts tests as a background job hands down SIGINT ignored.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        start_new_session=group,
    )


def _common(outcome: Outcome, tmp: Path) -> None:
    # No line 0: a folder, the site or a flag is named without one.
    assert not re.search(r":0:", outcome.err), outcome.err
    # No absolute path of this machine in what the user reads.
    assert str(tmp) not in outcome.err, outcome.err
    failed = [name for name, ok in outcome.facts.items() if not ok]
    assert not failed, f"does not hold: {failed}\n{outcome.err}"


def builds(warning: str | None = None) -> Expectation:
    """Exit 0; with ``warning``, a warning line matching it."""

    def check(outcome: Outcome, tmp: Path) -> None:
        assert outcome.code == 0, outcome.err
        assert "Traceback" not in outcome.err, outcome.err
        if warning is not None:
            assert re.search(warning, outcome.err, re.MULTILINE), outcome.err
        _common(outcome, tmp)

    check.__name__ = f"builds with a warning {warning!r}" if warning else "builds"
    return check


def fails(error: str) -> Expectation:
    """``path:line: error: message`` matching ``error``, exit 1, the output untouched."""

    def check(outcome: Outcome, tmp: Path) -> None:
        assert outcome.code == 1, outcome.err
        assert "Traceback" not in outcome.err, outcome.err
        assert re.search(error, outcome.err, re.MULTILINE), outcome.err
        assert outcome.kept, "the previous output or a file of the user's changed"
        _common(outcome, tmp)

    check.__name__ = f"fails with {error!r}"
    return check


def stops(code: int) -> Expectation:
    """Ends with ``code`` and one line saying so, no traceback."""

    def check(outcome: Outcome, tmp: Path) -> None:
        assert outcome.code == code, outcome.err
        assert len(outcome.err.strip().splitlines()) == 1, outcome.err
        assert "Traceback" not in outcome.err
        assert outcome.kept
        _common(outcome, tmp)

    check.__name__ = f"stops with {code}"
    return check


def shows(error: str) -> Expectation:
    """The dev server's overlay (or a message) matches ``error``, with no traceback."""

    def check(outcome: Outcome, tmp: Path) -> None:
        assert re.search(error, outcome.err, re.MULTILINE), outcome.err
        assert "Traceback" not in outcome.err and "internal error" not in outcome.err
        _common(outcome, tmp)

    check.__name__ = f"shows {error!r}"
    return check


def holds() -> Expectation:
    """No traceback; every fact the scenario checked holds."""

    def check(outcome: Outcome, tmp: Path) -> None:
        assert "Traceback" not in outcome.err, outcome.err
        assert outcome.kept
        _common(outcome, tmp)

    check.__name__ = "holds"
    return check


def reports_a_bug() -> Expectation:
    """An internal error: exit 1, the traceback, and words saying it is sitegen's bug."""

    def check(outcome: Outcome, tmp: Path) -> None:
        assert outcome.code == 1, outcome.err
        assert "Traceback (most recent call last)" in outcome.err
        assert "bug in sitegen" in outcome.err
        assert outcome.kept
        _common(outcome, tmp)

    check.__name__ = "reports a bug in sitegen"
    return check
