"""Which output files each part of the site was rendered into, so a build can keep them.

Rendering an event's pages costs a good part of what comparing it does,
and the pages are already in ``output/``.  After each one-shot build,
``.sitegen-cache/output.json`` records, for each *group* of files (one
event's pages; the index with the site-wide files, assets and ``static/``),
a key of everything that went into them and each file's (size, mtime,
inode) as written.  The next build keeps a group whose key is the same and
whose files are still exactly as written (hard-linked into the new build,
or left in place when nothing at all changed) and renders only the others.

A key covers: :func:`.store.fingerprint` (the engine), this package's own
source (the renderer), the Jinja templates and the settings
(``Builder._environment``), and the event's content key, or for the index
group every event's key in order and the bytes of ``static/``.  A file
edited, replaced or deleted by hand no longer matches its stat, so its
group is rendered again; the record is only ever a hint checked against
the disk.  A record for another output folder is ignored.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path

from .store import Store, fingerprint

RECORD = "output.json"
FORMAT = 1

Stat = tuple[int, int, int]  # size, mtime_ns, inode


@functools.cache
def renderer() -> str:
    """A hash of the engine and of the code that turns comparisons into pages."""
    digest = hashlib.sha256(fingerprint().encode())
    for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
        digest.update(f"{path.name}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def group_key(kind: str, *parts: str) -> str:
    """The key of one group of output files, from everything its files depend on."""
    return hashlib.sha256("\0".join((renderer(), kind, *parts)).encode()).hexdigest()


def index_key(env_key: str, static: Mapping[str, bytes], ordered: Iterable[str]) -> str:
    """The key of the index group: the index page, the site-wide files, the assets and
    ``static/`` (its files ``static``), for events with the content keys ``ordered``
    in the order the index lists them."""
    static_hash = hashlib.sha256()
    for rel, data in sorted(static.items()):
        static_hash.update(f"{rel}\0{len(data)}\0".encode() + data)
    return group_key("index", env_key, static_hash.hexdigest(), *ordered)


def digest_key(h: str, base_url: str) -> str:
    """Where the :class:`.Digest` of the event with content key ``h`` is stored."""
    return group_key("digest", h, base_url)


def live_keys(hashes: Iterable[str], base_url: str) -> list[str]:
    """The cache entries a site with these events uses: comparisons and digests."""
    hashes = list(hashes)
    return [*hashes, *(digest_key(h, base_url) for h in hashes)]


class OutputRecord:
    """The groups of files a build left in ``output``, read from the site's cache."""

    def __init__(self, store: Store, output: Path) -> None:
        self.store = store
        self.output = output
        self.groups: dict[str, dict[str, Stat]] = {}
        data = store.read(RECORD)
        if data is None:
            return
        try:
            found = json.loads(data)
            if found.get("format") != FORMAT or found.get("output") != str(output):
                return
            self.groups = {
                str(key): {str(rel): (int(a), int(b), int(c)) for rel, (a, b, c) in files.items()}
                for key, files in found["groups"].items()
            }
        except (ValueError, TypeError, AttributeError, KeyError):
            self.groups = {}  # damaged or from another version: everything is rendered

    def kept(self, key: str) -> list[str] | None:
        """The files of group ``key``, when the output still holds them exactly as the
        build that recorded them wrote them; None otherwise."""
        files = self.groups.get(key)
        if files is None:
            return None
        base = os.fspath(self.output)
        for rel, known in files.items():
            try:
                st = os.lstat(f"{base}/{rel}")
            except OSError:
                return None
            if not stat.S_ISREG(st.st_mode) or (st.st_size, st.st_mtime_ns, st.st_ino) != known:
                return None
        return list(files)

    def save(self, groups: Mapping[str, Iterable[str]]) -> None:
        """Record ``groups`` (key -> files) as the output now holds them."""
        if not self.store.enabled:
            return
        base = os.fspath(self.output)
        recorded: dict[str, dict[str, Stat]] = {}
        for key, files in groups.items():
            entry: dict[str, Stat] = {}
            for rel in files:
                try:
                    st = os.lstat(f"{base}/{rel}")
                except OSError:
                    break
                entry[rel] = (st.st_size, st.st_mtime_ns, st.st_ino)
            else:
                recorded[key] = entry
        data = {"format": FORMAT, "output": str(self.output), "groups": recorded}
        self.store.write(RECORD, json.dumps(data, separators=(",", ":")).encode())
        self.groups = recorded
