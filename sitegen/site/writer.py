"""Write a rendered site to disk atomically.

The site is written to a staging folder beside the output folder and then
swapped in with one rename, so a reader (or the dev server) sees either the
old site or the new one, never half of each, and a build that fails or is
killed leaves the previous output as it was.

Only files sitegen wrote are ever deleted: each folder it makes carries a
marker file listing them, and an existing output folder without one is
refused rather than replaced (unless it holds only a publishing set-up such
as ``.git`` or ``CNAME``, which is kept).  Files a user adds to the output
folder are carried into each new build as hard links.  Staging folders live
in a hidden ``.sitegen-staging/`` beside the output, which git ignores.

:class:`SiteWriter` is for repeated builds (the dev server): it remembers
what the output holds, so an unchanged build writes nothing, and it keeps
the folder swapped out as a spare that the next build turns into the new
site by rewriting only the files that differ.  Files the spare shares with
the output (hard links) are always unlinked before being written, never
written in place, so the served site is never touched.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import itertools
import os
import shutil
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from .model import BuildError, Problem

MARKER = ".sitegen-output"
# Staging folders live in here, beside the output: one hidden folder whose
# .gitignore keeps them out of `git status` while the dev server runs.
STAGING = ".sitegen-staging"
_GITIGNORE = b"# made by sitegen: staging folders for output/\n*\n"
_RENAME_EXCHANGE = 2
_MARKER_TEXT = b"made by sitegen build; safe to delete\n"
_FILES_HEADER = b"files sitegen wrote here (it deletes only these):\n"
# What a publishing set-up puts in an empty output folder before the first
# build; a folder holding only these is taken over, and they are kept.
ADOPTABLE = frozenset(
    {".git", ".gitignore", ".nojekyll", "CNAME", "README.md", ".well-known", "_headers"}
)

# Spare folders of this process's live writers, which stale-staging cleanup must spare.
_SPARES: set[Path] = set()
_serial = itertools.count()


class SiteWriter:
    """Writes successive builds of one site into ``output``, each swapped in whole.

    Files in ``output`` that sitegen did not write (a ``CNAME``, a ``.git``
    folder) are carried into every new build; each output folder lists the
    files sitegen wrote in its marker, and only those are ever deleted.
    ``label`` names the output folder in messages.
    """

    def __init__(self, output: Path, *, keep_spare: bool = False, label: str = "") -> None:
        self.output = Path(output)
        self.keep_spare = keep_spare
        self.label = label or self.output.name
        self._current: dict[str, bytes] | None = None  # what output holds, when we know
        self._spare: Path | None = None
        self._spare_files: dict[str, bytes] = {}

    def write(self, files: Mapping[str, bytes]) -> list[str]:
        """Make ``output`` hold exactly ``files`` (and the user's own files); return the
        paths that changed."""
        output = self.output
        ours = _check_ours(output, self.label)
        changed = _changed(self._current, files)
        if not changed and (output / MARKER).is_file():
            return []
        user = _user_entries(output, ours)
        _check_clashes(user, files, self.label)
        area = _staging_area(output)
        _remove_stale_staging(output, keep=self._spare)
        reuse = self._spare is not None and (self._spare / MARKER).is_file()
        if reuse and self._spare is not None:
            staging, self._spare = self._spare, None
        else:
            self._drop_spare()
            staging = self._new_staging(area)
        existed = output.exists()
        try:
            if reuse:
                _update_tree(staging, self._spare_files, files)
            else:
                _write_tree(staging, files, output, self._current)
            _carry_over(output, user, ours, staging, set(files))
            _swap(staging, output)
        except BaseException:
            # Half made, or made and not swapped in: nothing to keep.
            self._discard(staging)
            raise
        # ``staging`` now holds the previous site: a file the user added to it
        # while this build ran is moved across, never lost with it.
        _rescue(staging, ours, output)
        previous, self._current = self._current, dict(files)
        if existed and self.keep_spare and previous is not None:
            self._keep(staging, previous)
        else:
            self._discard(staging)
            if self.keep_spare:
                # The first build: make the spare now, while no one waits on it.
                spare = self._new_staging(area)
                _write_tree(spare, files, output, self._current)
                self._keep(spare, self._current)
            else:
                _tidy_area(area)
        return changed

    def close(self) -> None:
        """Delete the spare folder; the output stays."""
        self._drop_spare()
        _tidy_area(self.output.parent / STAGING)

    def _keep(self, folder: Path, files: dict[str, bytes]) -> None:
        self._spare, self._spare_files = folder, files
        _SPARES.add(folder)

    def _drop_spare(self) -> None:
        if self._spare is not None:
            self._discard(self._spare)
        self._spare, self._spare_files = None, {}

    def _discard(self, folder: Path) -> None:
        remove_tree(folder, self.output)
        _SPARES.discard(folder)

    def _new_staging(self, area: Path) -> Path:
        staging = area / f"{self.output.name}-{os.getpid()}-{next(_serial)}"
        _SPARES.add(staging)
        return staging


def _staging_area(output: Path) -> Path:
    area = output.parent / STAGING
    area.mkdir(parents=True, exist_ok=True)
    ignore = area / ".gitignore"
    if not ignore.exists():
        ignore.write_bytes(_GITIGNORE)
    return area


def _tidy_area(area: Path) -> None:
    """Remove the staging area once it holds nothing but its own .gitignore."""
    try:
        names = os.listdir(area)
        if names == [".gitignore"] and (area / ".gitignore").read_bytes() == _GITIGNORE:
            (area / ".gitignore").unlink()
            area.rmdir()
    except OSError:
        pass


def _changed(old: Mapping[str, bytes] | None, new: Mapping[str, bytes]) -> list[str]:
    if old is None:
        return sorted(new)
    # Unchanged pages come from the builder's caches: the very same bytes object.
    changed = [rel for rel, data in new.items() if not _same(old.get(rel), data)]
    changed += [rel for rel in old if rel not in new]
    return sorted(changed)


def _same(a: bytes | None, b: bytes) -> bool:
    return a is b or a == b


def _check_ours(output: Path, label: str) -> set[str]:
    """The files sitegen wrote in ``output``; a :class:`BuildError` if it is not ours."""
    if output.is_symlink() or (output.exists() and not output.is_dir()):
        raise BuildError([Problem(label, 0, "exists and is not a folder")])
    if not output.is_dir():
        return set()
    manifest = _manifest(output)
    if manifest is not None:
        return manifest
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


def _manifest(folder: Path) -> set[str] | None:
    """The files sitegen wrote in ``folder``, from its marker; None if it has none.

    A marker from before the list was kept covers every file but the
    publishing set-up a user may have added.
    """
    try:
        data = (folder / MARKER).read_bytes()
    except OSError:
        return None
    if _FILES_HEADER not in data:
        return {
            rel for rel in _walk(folder) if rel != MARKER and rel.split("/", 1)[0] not in ADOPTABLE
        }
    listed = data.partition(_FILES_HEADER)[2].decode("utf-8", "surrogateescape")
    return {line for line in listed.splitlines() if line}


def _marker(files: Iterable[str]) -> bytes:
    listed = "".join(f"{rel}\n" for rel in sorted(files))
    return _MARKER_TEXT + _FILES_HEADER + listed.encode("utf-8", "surrogateescape")


def _walk(folder: Path) -> Iterator[str]:
    """Every file and link under ``folder`` (links not followed), relative, POSIX."""
    for dirpath, dirnames, filenames in os.walk(folder):
        base = Path(dirpath).relative_to(folder)
        links = [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]
        for name in [*filenames, *links]:
            yield (base / name).as_posix()


def _user_entries(output: Path, ours: set[str]) -> set[str]:
    """The files and links in ``output`` that sitegen did not write."""
    if not output.is_dir():
        return set()
    return {rel for rel in _walk(output) if rel != MARKER and rel not in ours}


def _check_clashes(user: set[str], files: Mapping[str, bytes], label: str) -> None:
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


def _carry_over(
    output: Path, user: set[str], ours: set[str], staging: Path, writes: set[str]
) -> None:
    """Put the user's files from ``output`` into ``staging`` too (hard links, so
    nothing is copied), and drop copies there of files the user removed since."""
    if not output.is_dir():
        return
    for rel in [r for r in _walk(staging) if r != MARKER and r not in writes]:
        if rel not in user or not _same_entry(staging / rel, output / rel):
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


def _same_entry(a: Path, b: Path) -> bool:
    try:
        sa, sb = a.lstat(), b.lstat()
    except OSError:
        return False
    if stat.S_ISLNK(sa.st_mode) and stat.S_ISLNK(sb.st_mode):
        return os.readlink(a) == os.readlink(b)
    return os.path.samestat(sa, sb)


def _rescue(old: Path, ours: set[str], output: Path) -> None:
    """Move into ``output`` the user's files that only the old site in ``old`` holds."""
    for rel in list(_walk(old)):
        if rel == MARKER or rel in ours:
            continue
        source, target = old / rel, output / rel
        if _same_entry(source, target):
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
    ours = _manifest(folder) or set()
    kept = False
    for dirpath, dirnames, filenames in os.walk(folder, topdown=False):
        base = Path(dirpath)
        links = [d for d in dirnames if os.path.islink(base / d)]
        for name in [*filenames, *links]:
            path = base / name
            rel = path.relative_to(folder).as_posix()
            if rel == MARKER:
                continue
            copy = output is not None and _same_entry(path, output / rel)
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


def _write_tree(
    root: Path,
    files: Mapping[str, bytes],
    output: Path | None = None,
    in_output: Mapping[str, bytes] | None = None,
) -> None:
    """A new folder holding ``files``; those equal in ``in_output`` (what
    ``output`` holds) are hard-linked from there instead of written."""
    root.mkdir()
    # The marker lists every file first: a build killed half way leaves a
    # folder the next build knows how to delete.
    (root / MARKER).write_bytes(_marker(files))
    made: set[Path] = {root}
    for rel, data in sorted(files.items()):
        path = root / rel
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        if output and in_output and _same(in_output.get(rel), data) and _link(output / rel, path):
            continue
        path.write_bytes(data)


def _link(source: Path, target: Path) -> bool:
    try:
        st = source.lstat()
        # Only a plain file sitegen wrote: never carry a symlink into the site.
        if not stat.S_ISREG(st.st_mode):
            return False
        os.link(source, target, follow_symlinks=False)
    except OSError:
        return False
    return True


def _update_tree(root: Path, old: Mapping[str, bytes], new: Mapping[str, bytes]) -> None:
    """Turn ``root``, which holds ``old``, into a folder holding ``new``."""
    _write_marker(root, old.keys() | new.keys())
    emptied: set[Path] = set()
    for rel in old.keys() - new.keys():
        path = root / rel
        path.unlink(missing_ok=True)
        emptied.update(p for p in path.parents if p != root and p.is_relative_to(root))
    for rel, data in new.items():
        if _same(old.get(rel), data):
            continue
        path = root / rel
        # Unlink first: the old file may be a hard link shared with the served site.
        path.unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "xb") as f:
            f.write(data)
    for folder in sorted(emptied, key=lambda p: len(p.parts), reverse=True):
        with contextlib.suppress(OSError):  # not empty: other files still live there
            folder.rmdir()
    _write_marker(root, new.keys())


def _write_marker(root: Path, files: Iterable[str]) -> None:
    marker = root / MARKER
    marker.unlink(missing_ok=True)  # never write through a link into another folder
    marker.write_bytes(_marker(files))


def _remove_stale_staging(output: Path, keep: Path | None = None) -> None:
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
        if old == keep or old in _SPARES:
            continue
        pid = tail.split("-")[0]
        if not pid.isdigit() or (int(pid) != os.getpid() and _alive(int(pid))):
            continue
        if (old / MARKER).exists() or not any(old.iterdir()):
            remove_tree(old, output)


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
