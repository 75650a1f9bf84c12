"""`sitegen import` against servers that misbehave, and flags that would break a build."""

from __future__ import annotations

import contextlib
import gzip
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from sitegen import importer
from tests.conftest import run_cli
from tests.failcases.common import DEADLINE, Outcome

PARAGRAPH = (
    "<p>The council voted on Tuesday to close the Kestrel Bridge for repairs after engineers "
    "found cracks in two of its supports, a decision that will divert 48,000 vehicles a day "
    "onto the ring road for at least six months.</p>"
)
PAGE = (
    "<!doctype html><html><head><title>Bridge shut for repairs</title></head><body><article>"
    "<h1>Bridge shut for repairs</h1>" + PARAGRAPH * 6 + "</article></body></html>"
).encode()


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/charset":
            self._send(PAGE, "text/html; charset=x-no-such-charset")
        elif self.path == "/gzip":
            self._send(gzip.compress(PAGE), "text/html; charset=utf-8", gzip=True)
        elif self.path == "/huge":
            size = importer.MAX_PAGE_BYTES + 1
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(size))
            self.end_headers()
            chunk = b"<p>" + b"x" * 65_530 + b"</p>\n"
            with contextlib.suppress(OSError):
                for _ in range(size // len(chunk) + 1):
                    self.wfile.write(chunk)
        elif self.path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            # A byte every tenth of a second: no single read ever times out.  The pace is
            # the server's behaviour under test; closing the server ends it at once.
            with contextlib.suppress(OSError):
                for _ in range(300):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    if _CLOSING.wait(0.1):
                        break

    def _send(self, data: bytes, ctype: str, gzip: bool = False) -> None:
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        if gzip:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


_CLOSING = threading.Event()  # set when the server closes: handlers still sending stop


@contextlib.contextmanager
def misbehaving_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.1,), daemon=True)
    thread.start()
    _CLOSING.clear()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        _CLOSING.set()
        server.shutdown()
        server.server_close()


def written(site: Path) -> list[Path]:
    return sorted((site / "content").rglob("*.md")) if (site / "content").exists() else []


def import_from(path: str, *, then_builds: bool = False, expect_text: str = "") -> object:
    def run(tmp: Path) -> Outcome:
        site = tmp / "site"
        site.mkdir()
        with misbehaving_server() as base:
            result = run_cli(
                "import",
                base + path,
                "--event",
                "bridge",
                "--source",
                "Wire",
                cwd=site,
                timeout=DEADLINE,
            )
        files = written(site)
        facts: dict[str, bool] = {}
        if result.returncode == 0:
            text = files[0].read_text(encoding="utf-8") if files else ""
            facts["the article text was kept"] = expect_text in text
        else:
            facts["nothing written"] = files == []
        return Outcome(result.returncode, result.stderr, facts=facts)

    return run


def trickle(tmp: Path) -> Outcome:
    with misbehaving_server() as base:
        began = time.monotonic()
        try:
            importer.fetch(base + "/trickle", timeout=2.0)
            err, code = "", 0
        except importer.ImportFailed as exc:
            err, code = f"sitegen import: {exc}", 1
        took = time.monotonic() - began
    return Outcome(code, err, facts={f"gave up after {took:.1f} s, within 3 s": took < 3.0})


def import_flags(*flags: str, builds_after: bool = False) -> object:
    def run(tmp: Path) -> Outcome:
        site = tmp / "site"
        site.mkdir()
        text = " ".join(["The council closed the bridge on Tuesday for urgent repairs."] * 12)
        result = run_cli(
            "import",
            "-",
            "--event",
            "bridge",
            "--source",
            "Wire",
            *flags,
            cwd=site,
            stdin=text,
            timeout=DEADLINE,
        )
        facts: dict[str, bool] = {}
        if builds_after:
            build = run_cli("build", cwd=site, timeout=DEADLINE)
            facts["the next build reads the article"] = build.returncode == 0
            facts["no error in the next build"] = "error" not in build.stderr
        else:
            facts["nothing written"] = written(site) == []
        return Outcome(result.returncode, result.stderr, facts=facts)

    return run
