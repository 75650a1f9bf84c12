"""Staging: where a build is written before it is swapped in place of output/.

Staging folders live in one hidden ``.sitegen-staging/`` folder beside the
output, whose ``.gitignore`` keeps them out of ``git status``.  :func:`swap`
exchanges a staging folder and the output in one step (Linux's
``renameat2(RENAME_EXCHANGE)``), so a reader sees the old site or the new
one, never half of each; a folder left by a build that was killed is
removed the next time, once its process is gone.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
from collections.abc import Callable
from pathlib import Path

from .owned import MARKER, remove_tree
from .pool import alive

# Staging folders live in here, beside the output: one hidden folder whose
# .gitignore keeps them out of `git status` while the dev server runs.
STAGING = ".sitegen-staging"
_GITIGNORE = b"# made by sitegen: staging folders for output/\n*\n"
_RENAME_EXCHANGE = 2

# Spare folders of this process's live writers, which stale-staging cleanup must spare.
SPARES: set[Path] = set()


def staging_area(output: Path) -> Path:
    area = output.parent / STAGING
    area.mkdir(parents=True, exist_ok=True)
    ignore = area / ".gitignore"
    if not ignore.exists():
        ignore.write_bytes(_GITIGNORE)
    return area


def tidy_area(area: Path) -> None:
    """Remove the staging area once it holds nothing but its own .gitignore."""
    try:
        names = os.listdir(area)
        if names == [".gitignore"] and (area / ".gitignore").read_bytes() == _GITIGNORE:
            (area / ".gitignore").unlink()
            area.rmdir()
    except OSError:
        pass


def remove_stale_staging(output: Path, keep: Path | None = None) -> None:
    """Folders left by a build that was killed half way, by a dead process."""
    area = output.parent / STAGING
    found = [(p, p.name[len(output.name) + 1 :]) for p in area.glob(f"{output.name}-*")]
    # Where earlier versions of sitegen staged their builds: beside the output.
    found += [
        (p, p.name.rsplit(".staging-", 1)[-1])
        for p in output.parent.glob(f".{output.name}.staging-*")
    ]
    found += [(p, p.name.rsplit(".old-", 1)[-1]) for p in area.glob(f"{output.name}.old-*")]
    for old, tail in found:
        if old == keep or old in SPARES:
            continue
        pid = tail.split("-")[0]
        if not pid.isdigit() or (int(pid) != os.getpid() and alive(int(pid))):
            continue
        if (old / MARKER).exists() or not any(old.iterdir()):
            remove_tree(old, output)


def swap(staging: Path, output: Path) -> None:
    """Put ``staging`` in place of ``output``; ``staging`` then holds the old site."""
    if not output.exists():
        os.rename(staging, output)
        return
    if _exchange(staging, output):
        return
    # No atomic exchange on this system: two renames, a moment with no output.
    old = output.parent / STAGING / f"{output.name}.old-{os.getpid()}"
    os.rename(output, old)
    os.rename(staging, output)
    os.rename(old, staging)


@functools.cache
def _renameat2() -> Callable[..., int] | None:
    # Looked up once: find_library runs a subprocess, a millisecond per rebuild.
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return None
    return getattr(ctypes.CDLL(libc_name, use_errno=True), "renameat2", None)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step with Linux's renameat2(RENAME_EXCHANGE)."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    at_fdcwd = -100
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0
