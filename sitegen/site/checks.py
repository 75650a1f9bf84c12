"""Safety checks on paths: where the site may be written, and which files may be read.

A site is often a folder of files someone else sent, and ``output`` is a
folder sitegen replaces whole; these checks keep a mistake in either from
costing the user their work or the machine's resources:

- the output folder may not be (or hold, or sit inside) the site, ``content/``
  or ``templates/``, whether it comes from ``sitegen.toml`` or ``--output``;
- a file is read only when it is a regular file, inside the site, and at most
  :data:`MAX_FILE_BYTES` long (a FIFO would block the build for ever, a link
  to ``/dev/zero`` would fill the memory, a link out of the site would
  publish a file its owner never meant to share);
- a name used in a page's file name fits the file system's limit.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Literal

# An article of 10,000 words is about 60 KB; a megabyte is a book, and its
# comparison would take minutes and make pages of tens of megabytes.
MAX_FILE_BYTES = 1_000_000
# Pair pages are named <a>-vs-<b>.html: two ids of this many bytes still fit
# the 255-byte file name limit of common file systems.
MAX_ID_BYTES = 120


class Unreadable(Exception):
    """A file that is not read; the message says why, in the user's words."""

    def __init__(self, message: str, severity: Literal["error", "warning"] = "error") -> None:
        super().__init__(message)
        self.severity = severity


def output_problem(root: Path, output: str | Path) -> str | None:
    """Why ``output`` (relative to ``root``, or absolute) must not be written, or None.

    The message starts with the value, for the caller to say where it came from.
    """
    shown = str(output)
    if "\0" in shown:
        return f"{shown!r} holds a NUL character, which no file name can hold"
    if not shown.strip():
        return "is empty: name a folder, such as 'output'"
    try:
        target = (root / output).resolve()
    except (OSError, RuntimeError, ValueError) as exc:
        return f"{shown!r} cannot be used: {exc}"
    if target == root or root.is_relative_to(target):
        return f"{shown!r} would replace the site folder itself"
    for name in ("content", "templates"):
        precious = (root / name).resolve()
        if target.is_relative_to(precious) or precious.is_relative_to(target):
            return f"{shown!r} would overwrite {name}/ (choose a folder of its own)"
    return None


def inside(path: Path, areas: tuple[Path, ...]) -> bool:
    """Whether ``path``, links followed, lies in one of ``areas`` (real paths)."""
    real = Path(os.path.realpath(path))
    return any(real == area or real.is_relative_to(area) for area in areas)


def read_text(path: Path, rel: str, areas: tuple[Path, ...]) -> str:
    """The UTF-8 text of a site file, or :class:`Unreadable` saying why not.

    Never blocks (a FIFO is refused before it is opened), never reads more
    than :data:`MAX_FILE_BYTES`, and never follows a link out of ``areas``.
    """
    if path.is_symlink() and not inside(path, areas):
        raise Unreadable(
            f"{rel} is a link to a file outside the site: skipped (copy the file in instead)",
            "warning",
        )
    try:
        st = os.stat(path)
    except OSError as exc:
        raise Unreadable(_os_reason(exc)) from exc
    if stat.S_ISDIR(st.st_mode):
        raise Unreadable("a folder named like a file: rename it")
    if not stat.S_ISREG(st.st_mode):
        raise Unreadable("not a regular file (a pipe, device or socket): move it out of the site")
    if st.st_size > MAX_FILE_BYTES:
        raise Unreadable(
            f"the file is {st.st_size / 1_000_000:.1f} MB; sitegen reads files of up to "
            f"{MAX_FILE_BYTES // 1_000_000} MB (is this the article, or a whole page or book?)"
        )
    try:
        # O_NONBLOCK: should a FIFO replace the file after the stat, open() still returns.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                raise Unreadable("not a regular file: move it out of the site")
            data = f.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise Unreadable(_os_reason(exc)) from exc
    if len(data) > MAX_FILE_BYTES:
        raise Unreadable(f"the file is over {MAX_FILE_BYTES // 1_000_000} MB")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Unreadable(f"not UTF-8 text ({exc.reason}): save it as UTF-8") from exc


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "a link that leads back to itself (a symlink loop): cannot read it"
    if isinstance(exc, FileNotFoundError):
        return "a link to a file that does not exist"
    return f"cannot read: {exc.strerror or exc}"


def site_areas(root: Path) -> tuple[Path, ...]:
    """Where a site's files may really lie: the site folder and its content/, links followed."""
    return (Path(os.path.realpath(root)), Path(os.path.realpath(root / "content")))
