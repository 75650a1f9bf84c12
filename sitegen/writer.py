"""Write a rendered site to disk atomically.

The site is written to a staging folder beside the output folder and then
swapped in with one rename, so a reader (or the dev server) sees either the
old site or the new one, never half of each, and a build that fails or is
killed leaves the previous output as it was.

Only folders sitegen made are ever deleted: each carries a marker file, and
an existing output folder without it is refused rather than replaced.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
from collections.abc import Mapping
from pathlib import Path

from .model import BuildError, Problem

MARKER = ".sitegen-output"
_RENAME_EXCHANGE = 2


def write_site(files: Mapping[str, bytes], output: Path) -> None:
    """Replace ``output`` with exactly ``files`` (paths relative to it)."""
    output = Path(output)
    _check_ours(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(output)
    staging = output.parent / f".{output.name}.staging-{os.getpid()}"
    _write_tree(staging, files)
    try:
        _swap(staging, output)
    finally:
        if staging.exists():
            shutil.rmtree(staging)


def _check_ours(output: Path) -> None:
    if output.is_symlink() or (output.exists() and not output.is_dir()):
        raise BuildError([Problem(str(output), 0, "output exists and is not a folder")])
    if output.is_dir() and any(output.iterdir()) and not (output / MARKER).exists():
        raise BuildError(
            [
                Problem(
                    str(output),
                    0,
                    "output folder exists but was not made by sitegen; "
                    "move it away or set another `output` in sitegen.toml",
                )
            ]
        )


def _write_tree(root: Path, files: Mapping[str, bytes]) -> None:
    root.mkdir()
    (root / MARKER).write_bytes(b"made by sitegen build; safe to delete\n")
    made: set[Path] = {root}
    for rel, data in sorted(files.items()):
        path = root / rel
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        path.write_bytes(data)


def _remove_stale_staging(output: Path) -> None:
    """Folders left by a build that was killed half way (they carry our marker)."""
    for old in output.parent.glob(f".{output.name}.staging-*"):
        pid = old.name.rsplit("-", 1)[-1]
        if pid.isdigit() and _alive(int(pid)) and int(pid) != os.getpid():
            continue
        if (old / MARKER).exists():
            shutil.rmtree(old, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _swap(staging: Path, output: Path) -> None:
    """Put ``staging`` in place of ``output``; ``staging`` then holds the old site."""
    if not output.exists():
        os.rename(staging, output)
        return
    if _exchange(staging, output):
        return
    # No atomic exchange on this system: two renames, a moment with no output.
    old = output.parent / f".{output.name}.old-{os.getpid()}"
    os.rename(output, old)
    os.rename(staging, output)
    os.rename(old, staging)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step with Linux's renameat2(RENAME_EXCHANGE)."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd = -100
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0
