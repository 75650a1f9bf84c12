"""The live-reload server: output/ over HTTP, and a stream that tells open pages to reload.

The standard library's threaded HTTP server reads files straight from the
output folder, which the writer replaces in one atomic swap, so a request
never waits for a build and never sees half of one.  Only files inside the
folder are served (:func:`resolve`).  In watch mode each HTML page gets a
small script (added as it is served, never written to output/) that listens
on a Server-Sent Events stream (:class:`LiveState` says what it is told) and
reloads the page when a build changed it, keeping the scroll position,
restyles it when only CSS changed, and shows a failed build's
``path:line: message`` as an overlay.
"""

from __future__ import annotations

import errno
import json
import mimetypes
import os
import sys
import threading
import time
from collections.abc import Callable
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

from .model import Problem
from .templates import packaged_templates

LIVE = "/__sitegen__/"
HEARTBEAT = 15.0  # seconds between keep-alive comments on an idle event stream
PORT_TRIES = 20


class ServeError(Exception):
    """The server cannot start (the port is taken, say); the message says why."""


class LiveState:
    """What open pages are told: the site's version and the last build's problems."""

    def __init__(self) -> None:
        self.epoch = f"{time.time_ns():x}"  # tells pages a restarted server from this one
        self.version = 1  # goes up when a build changed the site
        self.builds = 0  # goes up after every build, good or failed
        self.changed: list[str] | None = []  # files changed by the last version; None: all
        self.problems: list[str] = []
        self.closed = False
        self._cond = threading.Condition()

    def publish(self, changed: list[str] | None, problems: list[Problem]) -> None:
        with self._cond:
            if changed is None or changed:
                self.version += 1
                self.changed = None if changed is None or len(changed) > 500 else changed
            self.problems = [str(p) for p in problems]
            self.builds += 1
            self._cond.notify_all()

    def wait(self, after: int, timeout: float | None) -> int:
        """Wait until build number ``after`` is past (or the timeout); the current number."""
        with self._cond:
            self._cond.wait_for(lambda: self.builds > after or self.closed, timeout)
            return self.builds

    def close(self) -> None:
        with self._cond:
            self.closed = True
            self._cond.notify_all()

    def message(self) -> dict[str, Any]:
        with self._cond:
            return {
                "epoch": self.epoch,
                "version": self.version,
                "builds": self.builds,
                "changed": self.changed,
                "problems": self.problems,
            }


class HTTPServer(ThreadingHTTPServer):
    daemon_threads = True  # an open event stream must not keep the process alive
    # The standard library's backlog of 5 drops connections when a page and its
    # assets, or many tabs, connect at once; the kernel caps it at somaxconn.
    request_queue_size = 1024
    output: str  # the real path of the folder served
    live: LiveState | None

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A browser that closes a tab or cancels a request mid-response is no
        # error worth a traceback in the terminal; anything else still is.
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


class Handler(BaseHTTPRequestHandler):
    server: HTTPServer
    protocol_version = "HTTP/1.1"  # keep-alive: a reload fetches page, CSS and JS on one connection
    timeout = 60  # idle keep-alive connections end rather than hold a thread forever
    # Headers and body go out in two writes; with Nagle's algorithm the second
    # waits for the client's delayed ACK, some 40 ms per response.
    disable_nagle_algorithm = True

    def do_GET(self) -> None:
        self._serve(head=False)

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the terminal shows builds; a line per request would bury them

    def _serve(self, head: bool) -> None:
        url = urlsplit(self.path)
        live = self.server.live
        if url.path == LIVE + "events" and live is not None:
            if head:  # the headers of the stream, and no body: a HEAD never waits
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.close_connection = True
                return
            self._stream(live)
            return
        if url.path == LIVE + "status" and live is not None:
            self._send(200, "application/json", json.dumps(live.message()).encode(), head)
            return
        kind, rel = resolve(self.server.output, url.path)
        if kind == "redirect":
            self.send_response(302)
            self.send_header("Location", url.path + "/" + (f"?{url.query}" if url.query else ""))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        data: bytes | None = None
        if kind == "file":
            try:
                with open(os.path.join(self.server.output, rel), "rb") as f:
                    data = f.read()
            except OSError:  # gone between the check and the read: a build swapped it out
                data = None
        if data is None:
            # The site's own 404 page, as a static host serves it; a plain one without.
            try:
                with open(os.path.join(self.server.output, "404.html"), "rb") as f:
                    data = f.read()
            except OSError:
                page = (
                    f"<!doctype html><title>Not found</title><h1>Not found</h1><p>{_esc(rel)}</p>"
                )
                data = page.encode()
            status, ctype = 404, "text/html; charset=utf-8"
        else:
            status, ctype = 200, content_type(rel)
        if live is not None and ctype.startswith("text/html"):
            data = inject(data, live_script(live, rel))
        self._send(status, ctype, data, head)

    def _send(self, status: int, ctype: str, data: bytes, head: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        # A dev server must never let the browser show a stale page or stylesheet.
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if not head:
            self.wfile.write(data)

    def _stream(self, live: LiveState) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.close_connection = True  # the stream ends only when one side goes
        seen = live.builds
        try:
            # Reconnect fast after a server restart; then the state right away,
            # for a build that finished between serving the page and this request.
            self._event(b"retry: 500\n", live)
            while not live.closed:
                now = live.wait(seen, HEARTBEAT)
                if live.closed:
                    break
                if now == seen:
                    self.wfile.write(b": still here\n\n")
                else:
                    seen = now
                    self._event(b"", live)
        except OSError:
            pass  # the page went away (BrokenPipe, ConnectionReset, timeout)

    def _event(self, prefix: bytes, live: LiveState) -> None:
        self.wfile.write(prefix + b"data: " + json.dumps(live.message()).encode() + b"\n\n")


def resolve(root: str, url_path: str) -> tuple[str, str]:
    """Map a URL path to a file inside ``root``: ("file" | "redirect" | "missing", relpath).

    Only files inside the output folder are ever served: ``..`` and hidden
    names are refused, a symlink that leads out counts as missing, and a
    folder without an index.html is missing too (no listings).
    """
    path = unquote(url_path)
    parts = [p for p in path.split("/") if p]
    if "\0" in path or "\\" in path or any(p.startswith(".") for p in parts):
        return "missing", "/".join(parts)
    rel = "/".join(parts)
    if not parts or path.endswith("/"):
        rel = f"{rel}/index.html" if rel else "index.html"
    elif os.path.isdir(os.path.join(root, rel)):
        return "redirect", rel
    real = os.path.realpath(os.path.join(root, rel))
    if not real.startswith(root + os.sep) or not os.path.isfile(real):
        return "missing", rel
    return "file", rel


def content_type(rel: str) -> str:
    guess = mimetypes.guess_type(rel)[0] or "application/octet-stream"
    if guess.startswith("text/") or guess in ("application/json", "application/javascript"):
        return f"{guess}; charset=utf-8"
    return guess


def inject(html: bytes, snippet: bytes) -> bytes:
    """``snippet`` just before ``</body>`` (or at the end when there is none)."""
    at = html.lower().rfind(b"</body>")
    return html + snippet if at < 0 else html[:at] + snippet + html[at:]


def live_script(live: LiveState, page: str) -> bytes:
    state = {**live.message(), "page": page, "events": LIVE + "events"}
    # Escaped so that no message (from the user's files) can end the script element.
    data = json.dumps(state).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f"<script>{_client()}({data});</script>\n".encode()


@lru_cache(maxsize=1)
def _client() -> str:
    """The browser's side of live reload (the packaged livereload.js), a function expression."""
    text = (packaged_templates() / "livereload.js").read_text(encoding="utf-8")
    return "\n".join(line for line in text.splitlines() if not line.startswith("//")).strip()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def bind(host: str, port: int, *, move_on: bool, say: Callable[[str], None]) -> HTTPServer:
    """A server on ``host:port``; if the port is taken, the next free one when
    ``move_on``, else a :class:`ServeError` naming the port."""
    last = port if not move_on or port == 0 else port + PORT_TRIES
    for candidate in range(port, last + 1):
        try:
            server = HTTPServer((host, candidate), Handler)
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise ServeError(f"cannot listen on {host}:{candidate}: {exc.strerror}") from exc
            continue
        if candidate != port:
            say(f"Port {port} is in use; serving on port {candidate} instead.")
        return server
    if move_on:
        raise ServeError(f"ports {port} to {last} are all in use; choose one with --port")
    raise ServeError(f"port {port} is in use (another server?); choose another with --port")
