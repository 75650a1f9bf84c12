"""The persistent cache: comparisons kept in ``.sitegen-cache/`` between builds.

Comparing is nearly the whole cost of a build, and an event's comparison
depends only on its content and on the code that compares it.  Each
comparison is therefore kept in ``<site>/.sitegen-cache/comparisons/``,
named by :func:`event_key`: a hash of the event as the loader read it
(every article's front matter and text, the event's ``index.md``) and of
:func:`fingerprint` (sitegen's version, the comparison engine's source, the
versions of the libraries sitegen depends on, Python's).  Any change to any
of these gives a new name, so an entry is never stale, only unused; unused
ones are deleted at the end of each good build.

The folder is safe to delete at any time (the next build compares
everything again), holds a ``CACHEDIR.TAG`` so backup tools skip it and a
``.gitignore`` of ``*`` so it never ends up in a commit, wherever the site
lives.  Entries are written to a temporary file and renamed into place, so
a build killed half way never leaves half an entry.

Entries are pickles, which can run code when read; each is therefore
signed with a key kept in the user's own cache folder, and one whose
signature does not match (copied from another machine, committed into a
shared repository, damaged) is ignored and compared again, as is any entry
that cannot be read for any reason.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import hmac
import json
import os
import pickle
import re
import sys
import unicodedata
from collections.abc import Collection
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from ..engine.model import Comparison, Event

T = TypeVar("T")

CACHE_DIR = ".sitegen-cache"
HEADER = b"sitegen comparison cache 1\n"
_TAG = (
    b"Signature: 8a477f597d28d172789f06886806bc55\n"
    b"# This folder is a cache made by sitegen (https://bford.info/cachedir/).\n"
    b"# It is safe to delete: the next build compares every event again.\n"
)
_GITIGNORE = b"# made by sitegen: a cache, safe to delete\n*\n"
# The engine's own libraries, for when sitegen runs from a checkout without
# installed metadata to read its dependencies from.
_ENGINE_LIBRARIES = ("diff-match-patch", "markdown-it-py", "snowballstemmer", "text2num")


@functools.cache
def fingerprint() -> str:
    """A hash of everything besides an event's content that changes its comparison.

    The engine's source files are hashed rather than trusted to a version
    number: a change to any of them, released or not (a checkout, a local
    fix), must never leave a comparison made by the old code in the cache.
    Worked out once per process: reading some 20 small files costs a
    millisecond or two.
    """
    from .. import __version__

    digest = hashlib.sha256()
    digest.update(f"sitegen {__version__}\0python {sys.version_info[:2]}\0".encode())
    digest.update(f"unicode {unicodedata.unidata_version}\0".encode())
    engine = Path(__file__).resolve().parent.parent / "engine"
    for path in sorted(engine.glob("*.py")):
        digest.update(f"{path.name}\0".encode())
        digest.update(path.read_bytes())
    for name in _libraries():
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name} {version}\0".encode())
    return digest.hexdigest()


def _libraries() -> list[str]:
    """The libraries sitegen declares it needs (those of extras left out)."""
    try:
        required = metadata.requires("sitegen") or []
    except metadata.PackageNotFoundError:
        return sorted(_ENGINE_LIBRARIES)
    names = set()
    for line in required:
        if "extra ==" in line:
            continue
        found = re.match(r"[A-Za-z0-9._-]+", line)
        if found:
            names.add(found.group(0).lower())
    return sorted(names | set(_ENGINE_LIBRARIES))


def event_key(event: Event) -> str:
    """The name of an event's comparison: a hash of the event and of :func:`fingerprint`."""
    data = json.dumps(dataclasses.asdict(event), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(f"{fingerprint()}\0{data}".encode()).hexdigest()


class Store:
    """The comparisons of one site, on disk in ``<root>/.sitegen-cache/``.

    Nothing here ever raises for a problem with the cache: an entry that
    cannot be read is a miss, one that cannot be written is skipped (a
    read-only site still builds), since the cache only ever saves time.
    """

    def __init__(self, root: Path, *, enabled: bool = True) -> None:
        self.folder = Path(root) / CACHE_DIR
        self.enabled = enabled
        self.reads = 0  # comparisons taken from disk, for tests and timings
        self._ready = False
        self._writable = True

    @property
    def entries(self) -> Path:
        return self.folder / "entries"

    def has(self, key: str) -> bool:
        """Whether an entry is stored under ``key`` (usable or not: :meth:`get` says)."""
        return self.enabled and os.path.isfile(self.entries / key)

    def get(self, key: str, kind: type[T] = Comparison) -> T | None:  # type: ignore[assignment]
        """The ``kind`` stored under ``key``; None when absent or unusable."""
        if not self.enabled:
            return None
        try:
            with open(self.entries / key, "rb") as f:
                data = f.read()
        except OSError:
            return None
        signature, _, body = data[len(HEADER) :].partition(b"\n")
        if not data.startswith(HEADER) or not hmac.compare_digest(signature, _sign(key, body)):
            return None
        try:
            found = pickle.loads(body)
        except Exception:  # an entry from an older sitegen whose classes have changed
            return None
        if not isinstance(found, kind):
            return None
        if kind is Comparison:
            self.reads += 1
        return found

    def put(self, key: str, value: object, pickled: bytes | None = None) -> None:
        """Keep ``value`` (a comparison, or what the pages of one need) under ``key``;
        ``pickled`` is ``value`` pickled already (by a pool worker), if it is."""
        if not self.enabled or not self._writable:
            return
        body = pickled or pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        self._write(self.entries / key, HEADER + _sign(key, body) + b"\n" + body)

    def read(self, name: str) -> bytes | None:
        """A file of the cache folder itself (not an entry); None when unreadable."""
        if not self.enabled:
            return None
        try:
            return (self.folder / name).read_bytes()
        except OSError:
            return None

    def write(self, name: str, data: bytes) -> None:
        """Write a file of the cache folder itself, whole or not at all."""
        if self.enabled and self._writable:
            self._write(self.folder / name, data)

    def _write(self, path: Path, data: bytes) -> None:
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            self._prepare()
            with open(temporary, "wb") as f:
                f.write(data)
            os.replace(temporary, path)
        except OSError:
            self._writable = False  # a read-only or full disk: build on without the cache
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)

    def prune(self, live: Collection[str]) -> None:
        """Delete the entries not in ``live`` (events deleted or edited since), and
        temporary files left by a build that was killed."""
        if not self.enabled:
            return
        try:
            names = os.listdir(self.entries)
        except OSError:
            return
        keep = set(live)
        for name in names:
            if name in keep or (name.endswith(".tmp") and _pid_alive(name)):
                continue
            with contextlib.suppress(OSError):
                os.unlink(self.entries / name)

    def _prepare(self) -> None:
        if self._ready:
            return
        self.entries.mkdir(parents=True, exist_ok=True)
        for name, text in (("CACHEDIR.TAG", _TAG), (".gitignore", _GITIGNORE)):
            path = self.folder / name
            if not path.exists():
                path.write_bytes(text)
        self._ready = True


def _pid_alive(name: str) -> bool:
    """Whether the process that is writing temporary file ``name`` still runs."""
    pid = name.rsplit(".", 2)[-2] if name.count(".") >= 3 else ""
    if not pid.isdigit():
        return False
    if int(pid) == os.getpid():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _sign(key: str, body: bytes) -> bytes:
    return hmac.new(_secret(), key.encode() + b"\0" + body, hashlib.sha256).hexdigest().encode()


@functools.cache
def _secret() -> bytes:
    """This user's key for signing cache entries, made on first use.

    Kept outside the site (``$XDG_CACHE_HOME/sitegen/key``, else
    ``~/.cache/sitegen/key``), so that a cache shipped inside a site never
    carries a valid signature.  Without a writable home, a key for this
    process only: entries then last one run, which is safe, only slower.
    """
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(base) / "sitegen" / "key"
    try:
        data = path.read_bytes()
        if len(data) >= 32:
            return data
    except OSError:
        pass
    fresh = os.urandom(32)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".key.{os.getpid()}.tmp")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(fresh)
        # Two builds making the key at once: the first rename wins, both read it.
        try:
            os.link(temporary, path)
        except FileExistsError:
            pass
        finally:
            temporary.unlink(missing_ok=True)
        data = path.read_bytes()
        return data if len(data) >= 32 else fresh
    except OSError:
        return fresh
