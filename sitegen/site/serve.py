"""``sitegen serve``: serve output/ and, with ``--watch``, rebuild and reload on save.

:class:`DevServer` keeps one :class:`~.build.Builder`, the HTTP server of
:mod:`.livereload` and, in watch mode, a :class:`~.watch.Watcher` whose
saves rebuild the site and tell open pages to reload.  A failed build keeps
the last good site served, with the problems shown on the page.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
import time
import traceback
import webbrowser
from pathlib import Path
from typing import TextIO

from .build import Builder, BuildResult
from .livereload import HTTPServer, LiveState, ServeError, bind
from .model import BuildError, Problem
from .watch import Watcher


class DevServer:
    """Builder, HTTP server and (with ``watch``) file watcher of one site."""

    def __init__(
        self,
        root: Path | str = ".",
        *,
        host: str = "127.0.0.1",
        port: int = 8000,
        watch: bool = False,
        poll: bool = False,
        move_on: bool = False,
        jobs: int | None = None,
        out: TextIO | None = None,
        cache: bool = True,
    ) -> None:
        self.root = Path(root).resolve()
        self.host, self.port, self.move_on = host, port, move_on
        self.out = out if out is not None else sys.stderr
        self.builder = Builder(self.root, jobs=jobs, keep_spare=watch, cache=cache)
        # The spare folder a save is built into is made once the site is served, not
        # before: at 1,000 events it took longer than the rest of starting on a built site.
        self.builder.spare_later = True
        self._lock = threading.Lock()  # one build, or spare being made, at a time
        self._spare: threading.Thread | None = None
        self.live = LiveState() if watch else None
        self.poll = poll
        self.watcher: Watcher | None = None
        self.last_result: BuildResult | None = None  # of the last good build
        self._httpd: HTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        assert self._httpd is not None, "not started"
        # The socket's own address: server_address may be typed as bytes for other families.
        host, port = self._httpd.socket.getsockname()[:2]
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{port}/"

    def start(self) -> bool:
        """Build once and start serving; False when that build failed (the
        previous output, if any, is served then, with the problems shown)."""
        ok = self._build(None, first=True)
        if not ok and self.live is None:
            return False
        self._httpd = bind(self.host, self.port, move_on=self.move_on, say=self.say)
        self._httpd.output = os.path.realpath(self.builder.output)
        self._httpd.live = self.live
        # The first build leaves a big heap of long-lived comparisons; left to the
        # cycle collector, each full pass over them stalls a rebuild by ~100 ms.
        gc.freeze()
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(0.2,), name="sitegen-http", daemon=True
        )
        self._thread.start()
        if self.live is not None:
            # Made only now: watchdog starts a thread at once, and the first
            # build's process pool forks faster from a process without threads.
            self.watcher = Watcher(self.root, self.rebuild, poll=self.poll)
            self.watcher.start()
            self._spare = threading.Thread(
                target=self._make_spare, name="sitegen-spare", daemon=True
            )
            self._spare.start()
        return ok

    def ready(self, timeout: float = 30.0) -> bool:
        """Wait until the work left after starting (the spare folder) is done; whether it is."""
        if self._spare is not None:
            self._spare.join(timeout)
            return not self._spare.is_alive()
        return True

    def stop(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
        if self.live is not None:
            self.live.close()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        self.ready()
        with self._lock:
            # Without a record of what output/ holds, the next sitegen build would
            # render every page again (some 25 s at 1,000 events) rather than none.
            self.builder.save_record()
            self.builder.close()
        gc.unfreeze()

    @property
    def builds(self) -> int:
        """How many builds have finished, good or failed (watch mode)."""
        assert self.live is not None, "only in watch mode"
        return self.live.builds

    def wait_for_build(self, after: int, timeout: float = 30.0) -> int:
        """Block until build number ``after`` is past; the current build number."""
        assert self.live is not None, "only in watch mode"
        return self.live.wait(after, timeout)

    def rebuild(self, changed: set[Path] | None) -> None:
        """Called by the watcher after a burst of changes (``None``: check everything)."""
        self._build(changed)

    def say(self, text: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {text}", file=self.out, flush=True)

    def _make_spare(self) -> None:
        with self._lock:
            self.builder.make_spare()

    def _build(self, changed: set[Path] | None, first: bool = False) -> bool:
        try:
            with self._lock:
                result = self.builder.build(changed)
        except BuildError as exc:
            for problem in exc.problems:
                print(problem, file=self.out, flush=True)
            errors = [p for p in exc.problems if p.severity == "error"]
            if self.live is None:
                self.say(f"Build failed with {len(errors)} error(s).")
            else:
                self.say("Build failed; still serving the last good site. Fix it and save.")
            self._publish([], errors)
            return False
        except Exception as exc:  # a bug in one build must not take the server down
            traceback.print_exc(file=self.out)
            self.say("Build failed inside sitegen (a bug: please report the traceback above).")
            message = f"internal error, a bug in sitegen (traceback in the terminal): {exc!r}"
            self._publish([], [Problem("sitegen", 0, message)])
            return False
        self.last_result = result
        if self._httpd is not None:  # sitegen.toml may have moved the output
            self._httpd.output = os.path.realpath(result.output)
        for problem in result.warnings if first or result.changed else ():
            print(problem, file=self.out, flush=True)
        ms = result.seconds * 1000
        if first:
            self.say(f"Built {result.events} events in {ms:.0f} ms")
        elif result.changed:
            shown = ", ".join(result.changed[:3])
            more = f" and {len(result.changed) - 3} more" if len(result.changed) > 3 else ""
            self.say(f"Rebuilt in {ms:.0f} ms: {shown}{more}")
        else:
            self.say(f"Rebuilt in {ms:.0f} ms: no page changed")
        self._publish(None if first else result.changed, [])
        if not first and self.live is not None:
            # A new output folder (sitegen.toml moved it) has no spare yet; the page
            # has its message already, so no one waits on this.
            with self._lock:
                self.builder.make_spare()
        return True

    def _publish(self, changed: list[str] | None, problems: list[Problem]) -> None:
        if self.live is not None:
            self.live.publish(changed, problems)


def serve(
    root: Path | str = ".",
    *,
    host: str = "127.0.0.1",
    port: int | None = None,
    watch: bool = False,
    poll: bool = False,
    open_browser: bool = False,
    jobs: int | None = None,
    cache: bool = True,
) -> int:
    """Run ``sitegen serve`` until Ctrl-C (or SIGTERM); the exit status."""
    server = DevServer(
        root,
        host=host,
        port=8000 if port is None else port,
        watch=watch,
        poll=poll,
        move_on=port is None,
        jobs=jobs,
        cache=cache,
    )
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        if not server.start():
            return 1
        where = server.builder.output
        with_watch = " (watching content/, templates/, sitegen.toml)" if watch else ""
        server.say(f"Serving {where} at {server.url}{with_watch}; Ctrl-C to stop")
        if open_browser:
            threading.Thread(target=webbrowser.open, args=(server.url,), daemon=True).start()
        threading.Event().wait()
    except ServeError as exc:
        print(f"sitegen serve: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.stop()
    return 0


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
