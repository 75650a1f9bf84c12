"""Which files in an output folder sitegen wrote, and keeping the rest.

Every folder sitegen writes a site into carries a marker file listing the
files it wrote there.  Only those, and copies sitegen made of the user's
own files, are ever deleted: a ``CNAME`` or a ``.git`` folder a user puts
in ``output/`` is carried into each new build as hard links (nothing is
copied), and a file of theirs where the site now puts a page is refused.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from .model import BuildError, Problem

MARKER = ".sitegen-output"
MARKER_TEXT = b"made by sitegen build; safe to delete\n"
FILES_HEADER = b"files sitegen wrote here (it deletes only these):\n"
# What a publishing set-up puts in an empty output folder before the first
# build; a folder holding only these is taken over, and they are kept.
ADOPTABLE = frozenset(
    {".git", ".gitignore", ".nojekyll", "CNAME", "README.md", ".well-known", "_headers"}
)


def check_ours(output: Path, label: str) -> set[str]:
    """The files sitegen wrote in ``output``; a :class:`BuildError` if it is not ours."""
    if output.is_symlink() or (output.exists() and not output.is_dir()):
        raise BuildError([Problem(label, 0, "exists and is not a folder")])
    if not output.is_dir():
        return set()
    listed = manifest(output)
    if listed is not None:
        return listed
    foreign = sorted(set(os.listdir(output)) - ADOPTABLE)
    if foreign:
        raise BuildError(
            [
                Problem(
                    label,
                    0,
                    f"the folder exists but was not made by sitegen (it holds {foreign[0]!r}); "
                    "sitegen replaces its output whole, so move it away or choose another "
                    "output folder",
                )
            ]
        )
    return set()  # empty, or only a publishing set-up (.git, CNAME): taken over


def manifest(folder: Path) -> set[str] | None:
    """The files sitegen wrote in ``folder``, from its marker; None if it has none.

    A marker from before the list was kept covers every file but the
    publishing set-up a user may have added.
    """
    try:
        data = (folder / MARKER).read_bytes()
    except OSError:
        return None
    if FILES_HEADER not in data:
        return {
            rel for rel in walk(folder) if rel != MARKER and rel.split("/", 1)[0] not in ADOPTABLE
        }
    listed = data.partition(FILES_HEADER)[2].decode("utf-8", "surrogateescape")
    return {line for line in listed.splitlines() if line}


def marker_text(files: Iterable[str]) -> bytes:
    listed = "".join(f"{rel}\n" for rel in sorted(files))
    return MARKER_TEXT + FILES_HEADER + listed.encode("utf-8", "surrogateescape")


def walk(folder: Path) -> Iterator[str]:
    """Every file and link under ``folder`` (links not followed), relative, POSIX."""
    for dirpath, dirnames, filenames in os.walk(folder):
        base = Path(dirpath).relative_to(folder)
        links = [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]
        for name in [*filenames, *links]:
            yield (base / name).as_posix()


def user_entries(output: Path, ours: set[str]) -> set[str]:
    """The files and links in ``output`` that sitegen did not write."""
    if not output.is_dir():
        return set()
    return {rel for rel in walk(output) if rel != MARKER and rel not in ours}


def check_clashes(user: set[str], files: Mapping[str, bytes], label: str) -> None:
    """A file of the user's where the site now puts a page (or a folder of pages) is
    refused, not replaced."""
    if not user:
        return
    taken = set(files) | {p.as_posix() for rel in files for p in Path(rel).parents}
    for rel in sorted(user & taken)[:1]:
        raise BuildError(
            [
                Problem(
                    label,
                    0,
                    f"{rel} was not written by sitegen, and the site now has a page "
                    "there; move it away (sitegen never deletes files it did not write)",
                )
            ]
        )


def carry_over(
    output: Path, user: set[str], ours: set[str], staging: Path, writes: set[str]
) -> None:
    """Put the user's files from ``output`` into ``staging`` too (hard links, so
    nothing is copied), and drop copies there of files the user removed since."""
    if not output.is_dir():
        return
    for rel in [r for r in walk(staging) if r != MARKER and r not in writes]:
        if rel not in user or not same_entry(staging / rel, output / rel):
            (staging / rel).unlink()
    for rel in sorted(user):
        target = staging / rel
        if os.path.lexists(target):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        _copy_entry(output / rel, target)
    ours_dirs = {p.as_posix() for rel in ours for p in Path(rel).parents}
    for dirpath, dirnames, filenames in os.walk(output):
        rel_dir = Path(dirpath).relative_to(output).as_posix()
        if not dirnames and not filenames and rel_dir not in ours_dirs:
            (staging / rel_dir).mkdir(parents=True, exist_ok=True)  # an empty folder of theirs


def _copy_entry(source: Path, target: Path) -> None:
    if source.is_symlink():
        os.symlink(os.readlink(source), target)
        return
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, target, follow_symlinks=False)


def same_entry(a: Path, b: Path) -> bool:
    try:
        sa, sb = a.lstat(), b.lstat()
    except OSError:
        return False
    if stat.S_ISLNK(sa.st_mode) and stat.S_ISLNK(sb.st_mode):
        return os.readlink(a) == os.readlink(b)
    return os.path.samestat(sa, sb)


def rescue(old: Path, ours: set[str], output: Path) -> None:
    """Move into ``output`` the user's files that only the old site in ``old`` holds."""
    for rel in list(walk(old)):
        if rel == MARKER or rel in ours:
            continue
        source, target = old / rel, output / rel
        if same_entry(source, target):
            continue
        if os.path.lexists(target):
            continue  # replaced in the new site while we built: the folder stays, not deleted
        with contextlib.suppress(OSError):
            target.parent.mkdir(parents=True, exist_ok=True)
            os.rename(source, target)


def remove_tree(folder: Path, output: Path | None = None) -> None:
    """Delete what sitegen wrote in ``folder``, and copies of files ``output`` still has.

    Anything else (a file of the user's that exists nowhere else) stays, with
    the marker that lets a later build try again; the marker goes last, so a
    deletion cut short is finished by the next build.
    """
    if not folder.is_dir() or folder.is_symlink():
        return
    ours = manifest(folder) or set()
    kept = False
    for dirpath, dirnames, filenames in os.walk(folder, topdown=False):
        base = Path(dirpath)
        links = [d for d in dirnames if os.path.islink(base / d)]
        for name in [*filenames, *links]:
            path = base / name
            rel = path.relative_to(folder).as_posix()
            if rel == MARKER:
                continue
            copy = output is not None and same_entry(path, output / rel)
            if rel in ours or copy:
                path.unlink()
            else:
                kept = True
        for name in dirnames:
            with contextlib.suppress(OSError):  # not empty: something was kept
                (base / name).rmdir()
    if not kept:
        with contextlib.suppress(OSError):
            (folder / MARKER).unlink(missing_ok=True)
            folder.rmdir()


def write_marker(root: Path, files: Iterable[str]) -> None:
    marker = root / MARKER
    marker.unlink(missing_ok=True)  # never write through a link into another folder
    marker.write_bytes(marker_text(files))
