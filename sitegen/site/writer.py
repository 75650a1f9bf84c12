"""Write a rendered site to disk atomically.

The site is written to a staging folder beside the output folder and then
swapped in with one rename, so a reader (or the dev server) sees either the
old site or the new one, never half of each, and a build that fails or is
killed leaves the previous output as it was.

Only files sitegen wrote are ever deleted: each folder it makes carries a
marker file listing them, and an existing output folder without one is
refused rather than replaced (unless it holds only a publishing set-up such
as ``.git`` or ``CNAME``, which is kept).  Files a user adds to the output
folder are moved into each new build just before it is swapped in
(:mod:`.owned`).  Staging folders live in a hidden ``.sitegen-staging/``
beside the output, which git ignores.

:class:`SiteWriter` is for repeated builds (the dev server): it remembers
what the output holds, so an unchanged build writes nothing, and it keeps
the folder swapped out as a spare that the next build turns into the new
site by rewriting only the files that differ.  Files the spare shares with
the output (hard links) are always unlinked before being written, never
written in place, so the served site is never touched.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import stat
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path

from .owned import (
    MARKER,
    DirTimes,
    check_clashes,
    check_ours,
    dir_times,
    folders,
    manifest,
    marker_text,
    move_across,
    remove_tree,
    restat,
    user_entries,
    write_marker,
)
from .staging import (
    SPARES,
    STAGING,
    remove_stale_staging,
    staging_area,
    swap,
    tidy_area,
)

_serial = itertools.count()


class SiteWriter:
    """Writes successive builds of one site into ``output``, each swapped in whole.

    Files in ``output`` that sitegen did not write (a ``CNAME``, a ``.git``
    folder) are carried into every new build; each output folder lists the
    files sitegen wrote in its marker, and only those are ever deleted.
    ``label`` names the output folder in messages.
    """

    def __init__(
        self, output: Path, *, keep_spare: bool = False, label: str = "", spare_later: bool = False
    ) -> None:
        self.output = Path(output)
        self.keep_spare = keep_spare
        # Leave making a first spare to :meth:`make_spare`, for a caller with a better
        # moment than the first build, which someone waits for.
        self.spare_later = spare_later
        self.label = label or self.output.name
        self._current: dict[str, bytes] | None = None  # what output holds, when we know
        self._times: DirTimes | None = None  # its folders' mtimes as we left them
        self._moved: list[str] = []  # the user's entries moved in by the last build
        self._spare_times: DirTimes | None = None
        self._dirs: set[str] = set()  # the folders of what output holds
        self._dirs_of: set[str] = set()  # ...worked out for these files
        self._spare: Path | None = None
        self._spare_files: dict[str, bytes] = {}

    @property
    def current(self) -> Mapping[str, bytes] | None:
        """What the last :meth:`write` put in ``output`` (None before one)."""
        return self._current

    def write(self, files: Mapping[str, bytes]) -> list[str]:
        """Make ``output`` hold exactly ``files`` (and the user's own files); return the
        paths that changed."""
        output = self.output
        known = self._current is not None and (output / MARKER).is_file()
        ours = set(self._current or ()) if known else check_ours(output, self.label)
        changed = _changed(self._current, files)
        if not changed and (output / MARKER).is_file():
            if not self.spare_later:
                # Output adopted from an earlier build: make the spare now, as a
                # first build does, so the first save need not.
                self.make_spare()
            return []
        dirs = self._dirs if known and ours == self._dirs_of else folders(ours)
        user = user_entries(output, ours, self._times if known else None, dirs)
        # A file found in a folder last time is not found by its folder's mtime again.
        user += [rel for rel in self._moved if rel not in user and os.path.lexists(output / rel)]
        new_dirs = dirs if files.keys() == ours else folders(files)
        check_clashes(user, files, new_dirs, self.label)
        area = staging_area(output)
        remove_stale_staging(output, keep=self._spare)
        reuse = self._spare is not None and (self._spare / MARKER).is_file()
        if reuse and self._spare is not None:
            staging, self._spare = self._spare, None
        else:
            self._drop_spare()
            staging = self._new_staging(area)
        existed = output.exists()
        moved: list[str] = []
        try:
            base = None
            if reuse:
                touched = _update_tree(staging, self._spare_files, files)
                base = self._spare_times
            else:
                _write_tree(staging, files, output, self._current)
                touched = set()
            # The user's files go across last, so they are away from the served
            # site only for the moment before the swap.
            moved = move_across(output, staging, user)
            touched.update(p for rel in moved for p in _parents(rel))
            # Folders' mtimes as this build leaves them, to see what a user adds next.
            times = dir_times(staging, new_dirs) if base is None else restat(staging, base, touched)
            swap(staging, output)
        except BaseException:
            with contextlib.suppress(OSError):
                move_across(staging, output, moved)  # put the user's files back
            self._discard(staging)
            raise
        # ``staging`` now holds the previous site, less the user's files moved out.
        spare_times = None
        if self._times is not None:
            spare_times = restat(staging, self._times, {p for r in moved for p in _parents(r)})
        previous, self._current = self._current, dict(files)
        self._times, self._spare_times, self._moved = times, spare_times, moved
        self._dirs, self._dirs_of = new_dirs, set(files)
        if existed and self.keep_spare and previous is not None:
            # ``staging`` now holds the previous site, whose files we know; a file
            # a user added to it during the build rides along, and comes back.
            self._keep(staging, previous)
        else:
            self._discard(staging)
            if self.keep_spare:
                if not self.spare_later:
                    # The first build: make the spare now, so the first save need not.
                    self.make_spare()
            else:
                tidy_area(area)
        return changed

    def make_spare(self) -> None:
        """Make the spare folder the next :meth:`write` turns into the new site, when this
        writer keeps one and has none.  Hard-linking every file of a big site takes a
        good part of a second; failing to is no error (the next write stages afresh)."""
        output = self.output
        if not self.keep_spare or self._spare is not None or self._current is None:
            return
        if not (output / MARKER).is_file():
            return
        spare = self._new_staging(staging_area(output))
        try:
            _write_tree(spare, self._current, output, self._current)
        except OSError:
            self._discard(spare)
            return
        self._keep(spare, self._current)
        self._spare_times = None  # its folders' times are not the output's: read them afresh

    def write_stream(self, pages: Iterable[tuple[str, bytes | Path]]) -> set[str]:
        """Make ``output`` hold the files ``pages`` yields, and the user's own files; return
        the paths written.

        Each file goes to the staging folder as it comes, so a site is never
        held in memory whole; the swap is as atomic as :meth:`write`'s.  A
        ``Path`` instead of bytes is a file of the output to keep as it is
        (hard-linked, never rewritten).  A later file of the same path
        replaces an earlier one.  For one-shot builds: nothing is kept for
        a next one.
        """
        output = self.output
        ours = check_ours(output, self.label)
        user = user_entries(output, ours, None)
        area = staging_area(output)
        remove_stale_staging(output)
        self._drop_spare()
        staging = self._new_staging(area)
        moved: list[str] = []
        try:
            written = _stream_tree(staging, pages)
            check_clashes(user, written, folders(written), self.label)
            write_marker(staging, written)  # sorted, as a build from memory writes it
            moved = move_across(output, staging, user)
            swap(staging, output)
        except BaseException:
            with contextlib.suppress(OSError):
                move_across(staging, output, moved)  # put the user's files back
            self._discard(staging)
            raise
        self._discard(staging)  # the previous site, less the user's files moved out
        tidy_area(area)
        return written

    def adopt(self, files: Mapping[str, bytes], read: Collection[str] = ()) -> None:
        """Take ``output`` as holding ``files`` already, when its marker lists exactly them
        and each holds those bytes (those in ``read`` were just read from it); the next
        :meth:`write` of them then writes nothing."""
        if self._current is not None or manifest(self.output) != files.keys():
            return
        base = os.fspath(self.output)
        for rel, data in files.items():
            if rel in read:
                continue
            try:
                with open(f"{base}/{rel}", "rb") as f:
                    if os.fstat(f.fileno()).st_size != len(data) or f.read() != data:
                        return
            except OSError:
                return
        self._current = dict(files)

    def tidy(self) -> None:
        """Remove staging folders left by killed builds, for a build that writes nothing."""
        area = self.output.parent / STAGING
        if area.is_dir():
            remove_stale_staging(self.output, keep=self._spare)
            with contextlib.suppress(OSError):
                if not os.listdir(area):
                    area.rmdir()  # made by a build killed before it wrote the .gitignore
            tidy_area(area)

    def close(self) -> None:
        """Delete the spare folder; the output stays."""
        self._drop_spare()
        tidy_area(self.output.parent / STAGING)

    def _keep(self, folder: Path, files: dict[str, bytes]) -> None:
        self._spare, self._spare_files = folder, files
        SPARES.add(folder)

    def _drop_spare(self) -> None:
        if self._spare is not None:
            self._discard(self._spare)
        self._spare, self._spare_files = None, {}

    def _discard(self, folder: Path) -> None:
        remove_tree(folder, self.output)
        SPARES.discard(folder)

    def _new_staging(self, area: Path) -> Path:
        staging = area / f"{self.output.name}-{os.getpid()}-{next(_serial)}"
        SPARES.add(staging)
        return staging


def _changed(old: Mapping[str, bytes] | None, new: Mapping[str, bytes]) -> list[str]:
    if old is None:
        return sorted(new)
    # Unchanged pages come from the builder's caches: the very same bytes object.
    changed = [rel for rel, data in new.items() if not _same(old.get(rel), data)]
    changed += [rel for rel in old if rel not in new]
    return sorted(changed)


def _same(a: bytes | None, b: bytes) -> bool:
    return a is b or a == b


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
    (root / MARKER).write_bytes(marker_text(files))
    made: set[Path] = {root}
    for rel, data in sorted(files.items()):
        path = root / rel
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        if output and in_output and _same(in_output.get(rel), data) and _link(output / rel, path):
            continue
        path.write_bytes(data)


def _stream_tree(root: Path, pages: Iterable[tuple[str, bytes | Path]]) -> set[str]:
    """A new folder holding the files ``pages`` yields, each written as it comes."""
    root.mkdir()
    written: set[str] = set()
    made: set[Path] = {root}
    with open(root / MARKER, "wb") as marker:
        marker.write(marker_text(()))
        for rel, data in pages:
            path = root / rel
            if rel in written:
                path.unlink()
            else:
                # Listed before it exists: a build killed now leaves nothing unlisted.
                marker.write(rel.encode("utf-8", "surrogateescape") + b"\n")
                marker.flush()
                written.add(rel)
            if path.parent not in made:
                path.parent.mkdir(parents=True, exist_ok=True)
                made.add(path.parent)
            if isinstance(data, Path):
                if _link(data, path):
                    continue
                data = data.read_bytes()
            with open(path, "xb") as f:
                f.write(data)
    return written


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


def _update_tree(root: Path, old: Mapping[str, bytes], new: Mapping[str, bytes]) -> set[str]:
    """Turn ``root``, which holds ``old``, into a folder holding ``new``; return the
    folders whose entries changed."""
    same_files = old.keys() == new.keys()
    if not same_files:
        # Listed before they exist, so a build killed now leaves nothing unlisted.
        write_marker(root, old.keys() | new.keys())
    touched: set[str] = set()
    emptied: set[str] = set()
    for rel in old.keys() - new.keys():
        (root / rel).unlink(missing_ok=True)
        emptied.update(_parents(rel))
    for rel, data in new.items():
        if _same(old.get(rel), data):
            continue
        path = root / rel
        # Unlink first: the old file may be a hard link shared with the served site.
        path.unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "xb") as f:
            f.write(data)
        touched.update(_parents(rel))
    for folder in sorted(emptied - {""}, key=lambda p: p.count("/"), reverse=True):
        with contextlib.suppress(OSError):  # not empty: other files still live there
            (root / folder).rmdir()
    if not same_files:
        write_marker(root, new.keys())
    return touched | emptied


def _parents(rel: str) -> list[str]:
    """``a/b/c.html`` -> ``["a/b", "a", ""]``."""
    found = []
    while "/" in rel:
        rel = rel.rpartition("/")[0]
        found.append(rel)
    return [*found, ""]
