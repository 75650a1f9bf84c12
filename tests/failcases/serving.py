"""The dev server: bad input while watching, many clients, clients that go away."""

from __future__ import annotations

import contextlib
import io
import json
import os
import socket
import struct
import subprocess
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

from sitegen.site.serve import DevServer
from tests.conftest import write
from tests.failcases.common import Outcome, site_with_two_articles

DEADLINE = 20.0


@contextlib.contextmanager
def watching(site: Path) -> Iterator[DevServer]:
    dev = DevServer(site, port=0, watch=True, out=io.StringIO())
    assert dev.start()
    try:
        yield dev
    finally:
        dev.stop()


def problems(dev: DevServer) -> list[str]:
    with urllib.request.urlopen(dev.url + "__sitegen__/status", timeout=10) as response:
        return list(json.loads(response.read())["problems"])


def next_build(dev: DevServer, change: Callable[[], object]) -> bool:
    """Make ``change`` and wait for the build it starts; whether one came in time."""
    before = dev.builds
    change()
    return dev.wait_for_build(before, DEADLINE) > before


def bad_date_while_watching(tmp: Path) -> Outcome:
    site = site_with_two_articles(tmp / "site")
    with watching(site) as dev:
        built = next_build(
            dev,
            lambda: write(
                site / "content/quay-fire/wire.md",
                "---\nsource: Harbour Wire\ntitle: Fire\npublished: 2026-02-30\n---\n\nText.\n",
            ),
        )
        shown = "\n".join(problems(dev))
    return Outcome(None, shown, facts={"rebuilt": built})


def fifo_while_watching(tmp: Path) -> Outcome:
    site = site_with_two_articles(tmp / "site")
    fifo = site / "content/quay-fire/x.md"
    with watching(site) as dev:
        built = next_build(dev, lambda: os.mkfifo(fifo))
        shown = "\n".join(problems(dev))

        def fix() -> None:
            fifo.unlink()
            write(
                site / "content/quay-fire/wire.md", "---\nsource: W\ntitle: Later save\n---\n\nA.\n"
            )

        later = next_build(dev, fix)
        page = (site / "output/quay-fire/index.html").read_text(encoding="utf-8")
    return Outcome(
        None,
        shown,
        facts={
            "the build with the FIFO finished": built,
            "a later save rebuilt": later and "Later save" in page,
        },
    )


def staging_hidden_from_git(tmp: Path) -> Outcome:
    site = site_with_two_articles(tmp / "site")
    write(site / ".gitignore", "/output/\n")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], cwd=site, check=True)
    subprocess.run([*git, "add", "-A"], cwd=site, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "site"], cwd=site, check=True)
    with watching(site) as dev:
        dev.ready()  # the spare is made once the site is served
        spare = any((site / ".sitegen-staging").glob("output-*"))
        status = subprocess.run(
            ["git", "status", "--porcelain"], cwd=site, capture_output=True, text=True, check=True
        ).stdout
    return Outcome(
        None,
        status,
        facts={"the server keeps a spare": spare, "git status is clean": status == ""},
    )


def many_requests(tmp: Path) -> Outcome:
    site = site_with_two_articles(tmp / "site")
    count = 200
    codes: list[int] = []
    errors: list[str] = []
    start = threading.Barrier(count)
    with watching(site) as dev:

        def fetch() -> None:
            start.wait()
            try:
                with urllib.request.urlopen(dev.url + "quay-fire/", timeout=5) as response:
                    response.read()
                    codes.append(response.status)
            except OSError as exc:
                errors.append(repr(exc))

        threads = [threading.Thread(target=fetch) for _ in range(count)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(DEADLINE)
    answered = sum(1 for c in codes if c == 200)
    return Outcome(
        None, "\n".join(errors[:3]), facts={f"{answered} of {count} answered": answered == count}
    )


def client_goes_away(tmp: Path) -> Outcome:
    site = site_with_two_articles(tmp / "site")
    captured = io.StringIO()
    with contextlib.redirect_stderr(captured), watching(site) as dev:
        host, port = dev.url.split("//")[1].rstrip("/").rsplit(":", 1)
        for _ in range(5):
            with socket.create_connection((host, int(port)), timeout=5) as sock:
                sock.sendall(b"GET /quay-fire/ HTTP/1.1\r\n")  # and go before the headers end
                # Linger 0: close with a reset, as a browser tab killed mid-request does.
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        # Connections are accepted in order: once a later request is answered, every
        # reset one has its handler thread, which ends once it has dealt with it.
        with urllib.request.urlopen(dev.url, timeout=10) as response:
            response.read()
        for thread in [t for t in threading.enumerate() if "process_request" in t.name]:
            thread.join(DEADLINE)
    return Outcome(None, captured.getvalue())


def head_on_the_stream(tmp: Path) -> Outcome:
    site = site_with_two_articles(tmp / "site")
    with watching(site) as dev:
        host, port = dev.url.split("//")[1].rstrip("/").rsplit(":", 1)
        with socket.create_connection((host, int(port)), timeout=5) as sock:
            sock.sendall(b"HEAD /__sitegen__/events HTTP/1.1\r\nHost: x\r\n\r\n")
            received = b""
            began = time.monotonic()
            closed = False
            with contextlib.suppress(TimeoutError):
                while chunk := sock.recv(4096):
                    received += chunk
                closed = True
            took = time.monotonic() - began
    head, _, body = received.partition(b"\r\n\r\n")
    return Outcome(
        None,
        "",
        facts={
            "answered 200": head.startswith(b"HTTP/1.1 200"),
            "no body": body == b"",
            "the connection ends": closed and took < 5,
        },
    )
