"""Watch a site's sources and make each burst of changes one call.

What is known to go wrong with watchdog, and how it is handled here:

- Its inotify observer reports ``opened`` and ``closed_no_write`` events for
  mere reads (the build reading an article would trigger the next build), and
  ``attrib`` for a ``touch``: only created, modified, deleted and moved count.
- An editor's atomic save (write a temporary file, rename it over the real
  one) shows the real file only as a moved event's *destination*: both ends
  of a move are checked.
- A file watched by itself is lost once a rename replaces it, so
  ``sitegen.toml`` is seen through a watch on the site folder (not
  recursive), which also notices ``content/`` or ``templates/`` appearing.
- Swap, backup and temporary files (``.x.swp``, ``x~``, ``.#x``, ``#x#``,
  vim's ``4913``, ``x___jb_tmp___``) and files the loader ignores change
  nothing, so they trigger nothing.
- Bursts (a save is several events; a ``git checkout`` hundreds) wait for a
  quiet period of :data:`QUIET` with a maximum wait of :data:`MAX_WAIT`, and
  more than :data:`FULL_REBUILD_AFTER` paths make one full rebuild.
- ``poll=True`` uses the polling observer, for Docker, WSL and network
  mounts, where inotify sees nothing.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver, ObservedWatch
from watchdog.observers.polling import PollingObserver

from .loader import TEXT_SUFFIXES

# Called with the paths that changed, or None when a full check is needed.
OnChange = Callable[[set[Path] | None], None]
# The debouncer's callback: every path of the burst, and whether it was too big to trust.
OnBurst = Callable[[set[Path], bool], None]

QUIET = 0.1  # seconds without events before a build starts
# Once every changed file is known to be complete (closed after writing,
# renamed into place or deleted) the save is over; waiting the full quiet
# period then only adds latency.  A later event in the burst still resets it.
SETTLED_QUIET = 0.03
# A file renamed into place (an editor's atomic save) or deleted changed whole,
# in one step, where a file closed after writing may be written again at once
# (a script, a formatter): wait less then.  inotify hands over the events of
# one save together; a file saved after the build starts makes the next build.
MOVED_QUIET = 0.005
MAX_WAIT = 1.0  # a steady trickle of events still builds this often
FULL_REBUILD_AFTER = 100  # paths in one burst beyond which every file is checked
POLL_INTERVAL = 0.5

COUNTED = frozenset({"created", "modified", "deleted", "moved"})
WATCHED_TOP = frozenset({"content", "templates", "static", "sitegen.toml"})
_NOISE_SUFFIXES = (".swp", ".swx", ".swo", "~", ".tmp", ".bak", ".orig", ".part", ".crdownload")


def is_noise(name: str) -> bool:
    """Editor swap, backup, lock and temporary files: never part of the site."""
    return (
        name.startswith((".", "#"))
        or name.endswith(_NOISE_SUFFIXES)
        or name == "4913"  # vim's probe for a writable folder
        or ("___jb_" in name and name.endswith("___"))  # JetBrains safe write
    )


def affects_site(path: Path, root: Path, is_directory: bool = False) -> bool:
    """Whether a change at ``path`` can change the site built from ``root``."""
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        return False
    if not parts or parts[0] not in WATCHED_TOP:
        return False
    if len(parts) == 1:
        return True
    inner = parts[1:]
    if parts[0] == "static":
        # A host's own dotfiles (.nojekyll, .well-known/) are published as they are.
        return not any(is_noise(part) and not _published_dotfile(part) for part in inner)
    if any(is_noise(part) for part in inner):
        return False
    if parts[0] == "content":
        # The loader reads content/<event>/*.md and skips names starting with _; other
        # text files there get a warning, which a rebuild should show.
        if any(part.startswith("_") for part in inner):
            return False
        if is_directory:
            return len(inner) == 1
        name = inner[-1]
        return len(inner) == 2 and (
            name.endswith(".md") or Path(name).suffix.lower() in TEXT_SUFFIXES
        )
    return parts[0] == "templates"


def _published_dotfile(name: str) -> bool:
    return name.startswith(".") and not name.startswith(".#") and not name.endswith(_NOISE_SUFFIXES)


_OPEN, _CLOSED, _MOVED = 0, 1, 2


class Debouncer:
    """Collects changed paths and calls back once per burst, on its own thread.

    Calls never overlap: changes made during a build are collected and make
    the next call, as soon as that build returns.
    """

    def __init__(
        self,
        callback: OnBurst,
        *,
        quiet: float = QUIET,
        settled_quiet: float = SETTLED_QUIET,
        max_wait: float = MAX_WAIT,
        full_after: int = FULL_REBUILD_AFTER,
        moved_quiet: float = MOVED_QUIET,
    ) -> None:
        self._callback = callback
        self.quiet, self.settled_quiet, self.max_wait = quiet, settled_quiet, max_wait
        self.moved_quiet = moved_quiet
        self.full_after = full_after
        self._cond = threading.Condition()
        # path -> how it is known complete: _OPEN (not yet), _CLOSED or _MOVED
        self._pending: dict[Path, int] = {}
        self._full = False
        self._first = self._last = 0.0
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="sitegen-rebuild", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def add(self, paths: Iterable[Path], *, settled: bool = False) -> None:
        """Note changes; ``settled`` when they are complete in one step (a file renamed
        into place, a deletion)."""
        with self._cond:
            now = time.monotonic()
            if not self._pending and not self._full:
                self._first = now
            self._last = now
            for path in paths:
                self._pending[path] = _MOVED if settled else _OPEN
            if len(self._pending) > self.full_after:
                self._full = True
            self._cond.notify_all()

    def settle(self, path: Path) -> None:
        """A pending file was closed after writing: its save is complete."""
        with self._cond:
            if self._pending.get(path) == _OPEN:
                self._pending[path] = _CLOSED
                self._cond.notify_all()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop after the build in progress, if any, returns."""
        with self._cond:
            self._stopped = True
            self._cond.notify_all()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def deadline(self) -> float:
        """When the changes noted so far will be built, on the ``time.monotonic`` clock:
        the last change plus the quiet its least complete file asks for, and never
        later than ``max_wait`` after the first."""
        with self._cond:
            least = _OPEN if self._full else min(self._pending.values(), default=_OPEN)
            quiet = {_OPEN: self.quiet, _CLOSED: self.settled_quiet, _MOVED: self.moved_quiet}
            return min(self._last + quiet[least], self._first + self.max_wait)

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._pending or self._full or self._stopped)
                while not self._stopped and (wait := self.deadline() - time.monotonic()) > 0:
                    self._cond.wait(wait)
                if self._stopped:
                    return
                batch, full = set(self._pending), self._full
                self._pending.clear()
                self._full = False
            try:
                self._callback(batch, full)
            except Exception:  # the watcher must outlive a bug in one build
                traceback.print_exc()


class _Handler(FileSystemEventHandler):
    def __init__(self, root: Path, debouncer: Debouncer) -> None:
        self.root = root
        self.debouncer = debouncer

    def on_any_event(self, event: FileSystemEvent) -> None:
        kind = event.event_type
        if kind == "closed":
            self.debouncer.settle(_path(event.src_path))
            return
        if kind not in COUNTED or (event.is_directory and kind == "modified"):
            return  # reads, touches, and a folder's own mtime (its files report themselves)
        paths = [_path(event.src_path)]
        if kind == "moved" and event.dest_path:
            paths.append(_path(event.dest_path))
        hits = [p for p in paths if affects_site(p, self.root, event.is_directory)]
        if hits:
            settled = kind in ("deleted", "moved") and not event.is_directory
            self.debouncer.add(hits, settled=settled)


def _path(raw: str | bytes) -> Path:
    return Path(os.fsdecode(raw))


class Watcher:
    """Observes ``content/``, ``templates/``, ``static/`` and ``sitegen.toml`` under ``root``."""

    def __init__(
        self,
        root: Path | str,
        on_change: OnChange,
        *,
        poll: bool = False,
        quiet: float = QUIET,
        settled_quiet: float = SETTLED_QUIET,
        max_wait: float = MAX_WAIT,
    ) -> None:
        self.root = Path(root).resolve()
        self._on_change = on_change
        self.debouncer = Debouncer(
            self._changed, quiet=quiet, settled_quiet=settled_quiet, max_wait=max_wait
        )
        self._observer: BaseObserver = (
            PollingObserver(timeout=POLL_INTERVAL) if poll else Observer()
        )
        self._handler = _Handler(self.root, self.debouncer)
        self._folders: dict[str, ObservedWatch] = {}

    def start(self) -> None:
        self._observer.schedule(self._handler, str(self.root), recursive=False)
        self._watch_folders(renew=False)
        self._observer.start()
        self.debouncer.start()

    def stop(self) -> None:
        self._observer.stop()
        self.debouncer.stop()
        with contextlib.suppress(RuntimeError):  # never started
            self._observer.join(timeout=5)

    def _changed(self, paths: set[Path], full: bool) -> None:
        if paths & {self.root / name for name in ("content", "templates", "static")}:
            # The folder itself appeared, went or was replaced: a watch on the old
            # one sees nothing more, and what is in it is unknown.
            self._watch_folders(renew=True)
            full = True
        self._on_change(None if full else paths)

    def _watch_folders(self, *, renew: bool) -> None:
        for name in ("content", "templates", "static"):
            folder = self.root / name
            old = self._folders.pop(name, None)
            if old is not None and not renew and folder.is_dir():
                self._folders[name] = old
                continue
            if old is not None:
                with contextlib.suppress(KeyError, OSError):
                    self._observer.unschedule(old)
            if folder.is_dir():
                self._folders[name] = self._observer.schedule(
                    self._handler, str(folder), recursive=True
                )
