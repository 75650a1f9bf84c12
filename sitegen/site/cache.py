"""The load cache: event folders read before, reused while their files are unchanged.

The dev server rebuilds on every save; reading a thousand event folders
again each time would cost more than the rebuild.  Each folder is checked
against the name, mtime, size, inode and ctime of its Markdown files, and a
file written within the last two seconds is compared by its bytes too.
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..engine.model import Event
from .checks import MAX_FILE_BYTES
from .loader import TEXT_SUFFIXES, Site, load_event, load_site
from .model import Problem

# A file modified this recently may change again within the same timestamp
# tick with the same size, which (mtime, size) cannot see; for such folders
# the files' bytes are compared too, until they are older (git's "racy
# clean" rule).
RACY_NS = 2_000_000_000

Signature = tuple[tuple[str, int, int, int, int], ...]


@dataclass
class _Loaded:
    signature: Signature
    event: Event | None
    problems: list[Problem]
    digest: bytes | None  # of the files' bytes, kept while the signature is racy


class LoadCache:
    """Event folders read before, reused while their Markdown files are unchanged.

    An entry is keyed by the folder and checked against the (name, mtime_ns,
    size, inode, ctime_ns) of each Markdown file in it, so an added, removed,
    edited or replaced (renamed over) file is noticed.
    """

    def __init__(self) -> None:
        self._root: Path | None = None
        # Keyed by folder name: at 1,000 events, hashing Paths costs milliseconds.
        self._entries: dict[str, _Loaded] = {}
        self._seen: set[str] = set()
        self.reads = 0  # folders read from disk, for tests and timings

    def load_site(self, root: Path | str, changed: Iterable[Path] | None = None) -> Site:
        """:func:`~.loader.load_site`, reading again only the event folders that changed.

        ``changed`` lists the paths known to have changed since the last load
        (from a file watcher); other folders are then trusted without even a
        ``stat``.  ``None`` means unknown: check them all.
        """
        root = Path(root).resolve()
        if root != self._root:
            self._root = root
            self._entries.clear()
        self._seen = set()
        site = load_site(root, self._read, changed)
        for name in [n for n in self._entries if n not in self._seen]:
            del self._entries[name]  # a folder that is gone
        return site

    def _read(
        self, folder: Path, root: Path, problems: list[Problem], maybe_changed: bool
    ) -> Event | None:
        """Like :func:`~.loader.load_event`, from the cache when the folder is unchanged."""
        self._seen.add(folder.name)
        entry = self._entries.get(folder.name)
        if entry is None or maybe_changed:
            signature = _signature(folder)
            racy = _racy(signature)
            digest = _digest(folder, signature) if racy or (entry and entry.digest) else None
            if entry is None or entry.signature != signature or entry.digest != digest:
                found: list[Problem] = []
                event = load_event(folder, root, found)
                entry = self._entries[folder.name] = _Loaded(signature, event, found, digest)
                self.reads += 1
            elif not racy:
                entry.digest = None
        problems.extend(entry.problems)
        return entry.event


def _racy(signature: Signature) -> bool:
    now = time.time_ns()
    return any(now - mtime < RACY_NS for _, mtime, *_ in signature)


def _digest(folder: Path, signature: Signature) -> bytes:
    digest = hashlib.sha1(usedforsecurity=False)
    for name, _, size, *_ in signature:
        digest.update(_bytes(folder / name, size))
        digest.update(b"\0")
    return digest.digest()


def _bytes(path: Path, size: int) -> bytes:
    """A file's bytes, when it is one the loader would read; a FIFO or a link to
    ``/dev/zero`` must not hang the dev server or fill its memory."""
    if size < 0 or size > MAX_FILE_BYTES:
        return b"\0unread"
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                return b"\0unread"
            return f.read(MAX_FILE_BYTES + 1)
    except OSError:
        return b"\0missing"


def _signature(folder: Path) -> Signature:
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return ()
    for entry in entries:
        suffix = os.path.splitext(entry.name)[1].lower()
        if (suffix != ".md" and suffix not in TEXT_SUFFIXES) or entry.name.startswith((".", "_")):
            continue
        try:
            st = entry.stat()
        except OSError:
            found.append((entry.name, -1, -1, -1, -1))
            continue
        # Only a regular file has a size worth reading; a pipe or device is never read.
        size = st.st_size if stat.S_ISREG(st.st_mode) else -1
        found.append((entry.name, st.st_mtime_ns, size, st.st_ino, st.st_ctime_ns))
    return tuple(sorted(found))
