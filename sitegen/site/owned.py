"""Which files in an output folder sitegen wrote, and keeping the rest.

Every folder sitegen writes a site into carries a marker file listing the
files it wrote there.  Only those are ever deleted.  Anything else a user
puts in ``output/`` (a ``CNAME``, a ``.git`` folder, notes) is moved into
each new build just before it is swapped in, one rename per entry, so it
stays in the output; a file of theirs where the site now puts a page is
refused rather than replaced.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

from .model import MARKER, BuildError, Problem

MARKER_TEXT = b"made by sitegen build; safe to delete\n"
FILES_HEADER = b"files sitegen wrote here (it deletes only these):\n"
# What a publishing set-up puts in an empty output folder before the first
# build; a folder holding only these is taken over, and they are kept.
ADOPTABLE = frozenset(
    {".git", ".gitignore", ".nojekyll", "CNAME", "README.md", ".well-known", "_headers"}
)

# Folder -> its mtime_ns when sitegen last left it; a folder whose mtime
# still matches holds no file a user added since, and is not listed again.
DirTimes = dict[str, int]


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
        return {r for r in walk(folder) if r != MARKER and r.split("/", 1)[0] not in ADOPTABLE}
    listed = data.partition(FILES_HEADER)[2].decode("utf-8", "surrogateescape")
    return {line for line in listed.splitlines() if line}


def marker_text(files: Iterable[str]) -> bytes:
    listed = "".join(f"{rel}\n" for rel in sorted(files))
    return MARKER_TEXT + FILES_HEADER + listed.encode("utf-8", "surrogateescape")


def write_marker(root: Path, files: Iterable[str]) -> None:
    marker = root / MARKER
    marker.unlink(missing_ok=True)  # never write through a link into another folder
    marker.write_bytes(marker_text(files))


def walk(folder: Path) -> Iterator[str]:
    """Every file and link under ``folder`` (links not followed), relative, POSIX."""
    for dirpath, dirnames, filenames in os.walk(folder):
        base = Path(dirpath).relative_to(folder)
        links = [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]
        for name in [*filenames, *links]:
            yield (base / name).as_posix()


def folders(files: Iterable[str]) -> set[str]:
    """The folders that hold ``files`` (relative paths), the top one as ``""``."""
    found = {""}
    for rel in files:
        while "/" in rel:
            rel = rel.rpartition("/")[0]
            if rel in found:
                break
            found.add(rel)
    return found


def dir_times(root: Path, dirs: Iterable[str]) -> DirTimes:
    return restat(root, {}, dirs)


def restat(root: Path, times: DirTimes, dirs: Iterable[str]) -> DirTimes:
    """``times`` with the folders ``dirs`` of ``root`` stat'ed again (gone ones dropped)."""
    updated = dict(times)
    base = os.fspath(root)
    for rel in dirs:
        if not rel:
            continue  # the top folder is listed on every build
        try:
            updated[rel] = os.stat(f"{base}/{rel}").st_mtime_ns
        except OSError:
            updated.pop(rel, None)
    return updated


def user_entries(
    output: Path, ours: set[str], times: DirTimes | None, dirs: set[str] | None = None
) -> list[str]:
    """The entries in ``output`` sitegen did not write: files, links, and whole folders
    that hold nothing of sitegen's.  ``times`` (from the last build) spares listing
    folders unchanged since; ``None`` lists them all."""
    if not output.is_dir():
        return []
    found = []
    base = os.fspath(output)
    dirs = folders(ours) if dirs is None else dirs
    for rel in sorted(dirs):
        folder = f"{base}/{rel}" if rel else base
        try:
            if rel and times is not None and os.stat(folder).st_mtime_ns == times.get(rel):
                continue
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            child = f"{rel}/{name}" if rel else name
            if child != MARKER and child not in ours and child not in dirs:
                found.append(child)
    return found


def check_clashes(user: Iterable[str], files: Collection[str], dirs: set[str], label: str) -> None:
    """A file of the user's where the site now puts a page (or a folder of pages,
    ``dirs``) is refused, not replaced."""
    user = set(user)
    if not user:
        return
    taken = set(files) | dirs
    for rel in sorted(user & taken)[:1]:
        raise BuildError(
            [
                Problem(
                    label,
                    0,
                    f"{rel} was not written by sitegen, and the site now puts "
                    f"{'pages in it' if rel in dirs else 'a page there'}; move it away "
                    "(sitegen never deletes files it did not write)",
                )
            ]
        )


def move_across(source: Path, target: Path, entries: Iterable[str]) -> list[str]:
    """Move ``entries`` from ``source`` to the same places in ``target``; those moved."""
    moved = []
    for rel in entries:
        destination = target / rel
        if os.path.lexists(destination):
            continue  # something is there already: this one stays where it is
        destination.parent.mkdir(parents=True, exist_ok=True)
        os.rename(source / rel, destination)
        moved.append(rel)
    return moved


def remove_tree(folder: Path, output: Path | None = None) -> None:
    """Delete what sitegen wrote in ``folder``; move anything else into ``output``.

    What cannot be moved (``output`` has a file of that name) stays, with
    the marker that lets a later build try again; the marker goes last, so
    a deletion cut short is finished by the next build.
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
            if rel in ours:
                path.unlink()
            elif not (output and output.is_dir() and move_across(folder, output, [rel])):
                kept = True
        for name in dirnames:
            with contextlib.suppress(OSError):  # not empty: something was kept
                (base / name).rmdir()
    if not kept:
        with contextlib.suppress(OSError):
            (folder / MARKER).unlink(missing_ok=True)
            folder.rmdir()
