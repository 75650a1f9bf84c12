"""Build a site: load, compare every event, render, write atomically.

:func:`build` is the library call behind ``sitegen build``.  It runs a
:class:`Builder` once; the dev server keeps one and calls it on every save,
so that only what changed is read, compared, rendered and written again.
Comparisons are independent per event, so large sites compare them in a
process pool.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import jinja2

from ..engine.model import Comparison, Event
from .cache import LoadCache
from .checks import output_problem
from .config import load_config
from .loader import Site, static_files
from .model import BuildError, Problem
from .pool import Progress, iter_compared
from .record import OutputRecord, digest_key, group_key, index_key, live_keys
from .render import (
    ASSETS,
    order_events,
    render_assets,
    render_event,
    render_index,
)
from .sitefiles import SITE_FILES, Brief, Digest, Kept, site_files
from .sitefiles import digest as make_digest
from .store import Store, event_key
from .stream import brief
from .templates import environment_key, make_environment, template_errors
from .writer import SiteWriter


@dataclass
class BuildResult:
    """What a build made, for the summary line and for callers."""

    output: Path
    events: int
    sources: int
    facts: int
    unique_facts: int
    files: int
    seconds: float
    warnings: list[Problem] = field(default_factory=list)
    comparisons: list[Comparison] = field(default_factory=list)
    # Output files whose content changed (or appeared or went), for live reload.
    changed: list[str] = field(default_factory=list)
    compared: int = 0  # events compared in this build (not taken from the cache)


def build(
    root: Path | str = ".",
    *,
    output: Path | str | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
    cache: bool = True,
) -> BuildResult:
    """Build the site at ``root`` into its output folder (``output/`` by default).

    ``cache=False`` neither reads nor writes the persistent cache
    (:mod:`.store`).  Raises :class:`BuildError` listing every problem found;
    the previous output is then left untouched.
    """
    builder = Builder(root, output=output, jobs=jobs, progress=progress, cache=cache)
    builder.streaming = True  # one build, no next save: hold no page in memory
    return builder.build()


class Builder:
    """Builds one site again and again, redoing only what a change affects.

    Between builds it keeps: the events read, per folder, while their files'
    (mtime, size, inode) stay the same; each comparison, by a hash of its
    event's content; each event's rendered pages, by that hash and a hash of
    the templates and configuration; and what the output folder holds, so an
    unchanged file is neither rendered nor written again.  An edited article
    thus costs one comparison, its event's pages and the index.  Output is
    byte-identical to a fresh build's.
    """

    def __init__(
        self,
        root: Path | str = ".",
        *,
        output: Path | str | None = None,
        jobs: int | None = None,
        progress: Progress | None = None,
        keep_spare: bool = False,
        cache: bool = True,
    ) -> None:
        self.root = Path(root).resolve()
        self.store = Store(self.root, enabled=cache)
        self._cache_flag = cache
        self.streaming = False  # see :mod:`.stream`; only for a Builder used once
        # Make the spare folder (``keep_spare``) only when :meth:`make_spare` is called.
        self.spare_later = False
        self.jobs = jobs
        self.progress = progress
        self._output_flag = output
        self._output: Path | None = None
        if output is not None and output_problem(self.root, output) is None:
            self._output = Path(output).resolve()
        self._keep_spare = keep_spare
        self._loads = LoadCache()
        self._hashes: dict[int, tuple[Event, str]] = {}  # id(event) -> (event, hash)
        self._comparisons: dict[str, Comparison] = {}
        self._tallies: dict[str, tuple[int, int, int]] = {}
        self._pages: dict[tuple[str, str], dict[str, bytes]] = {}
        self._index: tuple[tuple[str, tuple[str, ...]], dict[str, bytes]] | None = None
        self._site_files = Kept()
        self._assets: tuple[str, dict[str, bytes]] | None = None
        self._env: tuple[str, jinja2.Environment] | None = None
        self._environment_key = ""
        self._writer: SiteWriter | None = None
        self._read: set[str] = set()  # output files read by _adopt, for the writer
        self._static: dict[str, bytes] = {}  # static/ as the last render read it
        # The last good build's site, content keys, environment key and static/.
        self._last: tuple[Site, Sequence[str], str, dict[str, bytes]] | None = None

    @property
    def output(self) -> Path:
        """Where the site is written (known before the first build)."""
        if self._output is not None:
            return self._output
        return _configured_output(self.root)

    def build(self, changed: Collection[Path] | None = None) -> BuildResult:
        """Build the site; ``changed`` (paths a watcher saw change) narrows what is
        checked on disk, ``None`` checks everything.

        Raises :class:`BuildError` as :func:`build` does; the output is then
        left as it was and the caches stay valid for the next attempt.
        """
        started = time.perf_counter()
        site = self._loads.load_site(self.root, changed)
        flag = self._output_flag
        problem = output_problem(self.root, flag) if flag is not None else None
        if problem:
            # The flag gets the checks the setting gets: a build written into
            # templates/ would be read back as templates, one in content/ as articles.
            site.problems.append(Problem("--output", 0, problem))
        if site.errors:
            raise BuildError(site.errors + site.warnings)
        hashes = [self._hash(event) for event in site.events]
        self.store.enabled = self._cache_flag and site.config.cache
        if self.streaming:
            from .stream import build_streaming

            return build_streaming(self, site, hashes)
        target = self.output_for(site)
        if self._writer is None:
            self._adopt(site, hashes, target)
        events = zip(hashes, site.events, strict=True)
        todo = {h: e for h, e in events if h not in self._comparisons}
        for digest in list(todo):
            # Read only for events this build needs and memory lacks: lazily.
            stored = self.store.get(digest)
            if stored is not None:
                self._comparisons[digest] = stored
                del todo[digest]
        if todo:
            found = iter_compared(list(todo.values()), jobs=self.jobs, progress=self.progress)
            with contextlib.closing(found) as done:
                for digest, (comparison, pickled) in zip(todo, done, strict=True):
                    self._comparisons[digest] = comparison
                    self.store.put(digest, comparison, pickled)
        comparisons = [self._comparisons[h] for h in hashes]
        files = self._render(site, hashes, comparisons)
        if self._writer is None or self._writer.output != target:
            self.close()  # the output setting changed: drop the old spare
            label = self.label_for(target)
            self._writer = SiteWriter(
                target, keep_spare=self._keep_spare, label=label, spare_later=self.spare_later
            )
            self._writer.adopt(files, self._read)
            self._read = set()
        changed_files = self._writer.write(files)
        self._last = (site, hashes, self._environment_key, self._static)
        self._forget(site.events, hashes)
        self.store.prune(live_keys(hashes, site.config.base_url))
        counts = [self._counts(h) for h in hashes]
        return BuildResult(
            output=target,
            events=len(comparisons),
            sources=sum(c[0] for c in counts),
            facts=sum(c[1] for c in counts),
            unique_facts=sum(c[2] for c in counts),
            files=len(files),
            seconds=time.perf_counter() - started,
            warnings=site.warnings,
            comparisons=comparisons,
            changed=changed_files,
            compared=len(todo),
        )

    def output_for(self, site: Site) -> Path:
        """Where ``site`` is written: ``--output``, else its ``output`` setting."""
        return self._output or site.output_dir

    def label_for(self, target: Path) -> str:
        """The output folder as messages name it."""
        return "--output" if self._output else _shown(target, self.root)

    def save_record(self) -> None:
        """Record which files of the output each event's pages and the index group are
        (:mod:`.record`), as a one-shot build does, so that ``sitegen build`` after the
        dev server keeps them rather than rendering the whole site again.

        Only files holding exactly the bytes the last good build wrote are recorded: one
        changed by hand since is rendered again by the next build.  The digests the next
        build lists kept events by are stored for the events compared here.
        """
        last, writer = self._last, self._writer
        written = writer.current if writer is not None else None
        if last is None or writer is None or written is None or not self.store.enabled:
            return
        site, hashes, env_key, static = last
        output = writer.output

        def holds(files: Mapping[str, bytes]) -> bool:
            for rel, data in files.items():
                if written.get(rel) != data:
                    return False  # rendered by a build that then failed
                try:
                    with open(output / rel, "rb") as f:
                        if f.read(len(data) + 1) != data:
                            return False
                except OSError:
                    return False
            return True

        groups: dict[str, list[str]] = {}
        for h in hashes:
            pages = self._pages.get((h, env_key))
            c = self._comparisons.get(h)
            if pages is None or c is None or not holds(pages):
                continue
            key = digest_key(h, site.config.base_url)
            if not isinstance(c, Brief) and not self.store.has(key):
                self.store.put(key, make_digest(site.config, c))
            groups[group_key("event", env_key, h)] = list(pages)
        if self._index is not None and self._index[0][0] == env_key:
            order = self._index[0][1]
            files = {**self._index[1], **(self._assets[1] if self._assets else {}), **static}
            if holds(files):
                groups[index_key(env_key, static, order)] = list(files)
        OutputRecord(self.store, output).save(groups)

    def make_spare(self) -> None:
        """Make the spare folder the next build writes into, if there is none
        (:meth:`.SiteWriter.make_spare`)."""
        if self._writer is not None:
            self._writer.make_spare()

    def close(self) -> None:
        """Remove the spare folder the writer keeps beside the output."""
        if self._writer is not None:
            self._writer.close()

    def _adopt(self, site: Site, hashes: Sequence[str], target: Path) -> None:
        """Start from the pages a build left in ``target``, where their inputs are the same
        (:mod:`.record`): read, not rendered, and their comparisons left on disk until a
        template change needs them.  The dev server then starts as fast as a build."""
        record = OutputRecord(self.store, target)
        if not record.groups:
            return
        env_key, _ = self._environment(site)
        for event, h in zip(site.events, hashes, strict=True):
            files = record.kept(group_key("event", env_key, h))
            if h in self._comparisons or files is None:
                continue
            found = self.store.get(digest_key(h, site.config.base_url), Digest)
            if found is None:
                continue
            try:
                pages = {rel: (target / rel).read_bytes() for rel in files}
            except OSError:
                continue
            self._comparisons[h] = cast(Comparison, brief(self.store, event, found, h))
            self._pages[h, env_key] = pages
            self._tallies[h] = found.tally
            self._read.update(pages)
        self._adopt_index(site, hashes, target, record, env_key)

    def _adopt_index(
        self, site: Site, hashes: Sequence[str], target: Path, record: OutputRecord, env_key: str
    ) -> None:
        """Start from the index page and site-wide files in ``target`` too, when the
        record keeps their group: at 1,000 events, rendering them again took a good part
        of starting the dev server on a built site."""
        events = zip(site.events, hashes, strict=True)
        ordered = tuple(h for e, h in sorted(events, key=_listed_order, reverse=True))
        static = static_files(site.root)
        files = record.kept(index_key(env_key, static, ordered))
        generated = {"index.html", *SITE_FILES}
        # The group also holds the assets and static/, which are not rendered; a file of
        # static/ standing in for a generated one must never be taken for it.
        if files is None or generated & static.keys():
            return
        if set(files) - static.keys() - {f"assets/{name}" for name in ASSETS} != generated:
            return
        try:
            index = {rel: (target / rel).read_bytes() for rel in sorted(generated)}
        except OSError:
            return
        self._index = ((env_key, ordered), index)
        self._read.update(index)

    def _hash(self, event: Event) -> str:
        # The loader cache hands back the same Event object while its files are
        # unchanged, so most events are hashed once, not on every build.
        known = self._hashes.get(id(event))
        if known is not None and known[0] is event:
            return known[1]
        digest = event_hash(event)
        self._hashes[id(event)] = (event, digest)
        return digest

    def _counts(self, digest: str) -> tuple[int, int, int]:
        """Sources, facts and unique facts of a comparison, counted once, not per build."""
        if digest not in self._tallies:
            c = self._comparisons[digest]
            unique = sum(1 for f in c.facts if f.unique)
            self._tallies[digest] = (len(c.sources), len(c.facts), unique)
        return self._tallies[digest]

    def _render(
        self, site: Site, hashes: Sequence[str], comparisons: Sequence[Comparison]
    ) -> dict[str, bytes]:
        key, env = self._environment(site)
        hash_of = {id(c): h for h, c in zip(hashes, comparisons, strict=True)}
        ordered = order_events(comparisons)
        order = tuple(hash_of[id(c)] for c in ordered)
        files: dict[str, bytes] = {}
        with template_errors(site):
            if self._index is None or self._index[0] != (key, order):
                index = {"index.html": render_index(site.config, ordered, env)}
                index.update(site_files(site.config, ordered, env, kept=self._site_files))
                self._index = ((key, order), index)
            files.update(self._index[1])
            for digest, comparison in zip(order, ordered, strict=True):
                pages = self._pages.get((digest, key))
                if pages is None:
                    if isinstance(comparison, Brief):  # adopted from disk: now needed whole
                        comparison = self._comparisons[digest] = comparison.whole()
                    pages = self._pages[digest, key] = render_event(site.config, comparison, env)
                files.update(pages)
            if self._assets is None or self._assets[0] != key:
                self._assets = (key, render_assets(env))
            files.update(self._assets[1])
        self._static = static_files(site.root)
        self._environment_key = key
        files.update(self._static)
        return files

    def _environment(self, site: Site) -> tuple[str, jinja2.Environment]:
        """The Jinja environment, new whenever a template or the configuration changes."""
        key = environment_key(site)
        if self._env is None or self._env[0] != key:
            self._env = (key, make_environment(site.root / "templates"))
        return self._env

    def _forget(self, events: Sequence[Event], hashes: Sequence[str]) -> None:
        """Drop cache entries the current site no longer uses, so memory stays flat."""
        live = set(hashes)
        self._comparisons = {h: c for h, c in self._comparisons.items() if h in live}
        self._tallies = {h: t for h, t in self._tallies.items() if h in live}
        current = self._env[0] if self._env else ""
        self._pages = {k: v for k, v in self._pages.items() if k[0] in live and k[1] == current}
        ids = {id(e) for e in events}
        self._hashes = {k: v for k, v in self._hashes.items() if k in ids}


def _listed_order(pair: tuple[Event, str]) -> tuple[str, str]:
    """The events' order on the index page, as :func:`.render.order_events` sorts them."""
    return (pair[0].date or "", pair[0].slug)


def event_hash(event: Event) -> str:
    """A hash of everything a comparison depends on: the event, sitegen's version and
    its engine's code (:func:`.store.event_key`)."""
    return event_key(event)


def _shown(path: Path, root: Path) -> str:
    """The output folder as messages name it: relative to the site when inside it."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.name


def _configured_output(root: Path) -> Path:
    problems: list[Problem] = []
    return (root / load_config(root, problems).output).resolve()
