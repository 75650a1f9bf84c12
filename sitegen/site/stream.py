"""A one-shot build (``sitegen build``) that streams pages to disk, event by event.

The dev server keeps every page in memory to rewrite only what a save
changed; a one-shot build has no next save, so it holds no page and no
comparison longer than it takes to write it: each event is compared (or
read from the cache), rendered, written into the staging folder and
dropped, while the pool compares the next ones.  What the index and the
site-wide files need of each event is kept as a small :class:`.Digest`.
Memory then stays flat however many events the site has.

Groups of files whose inputs have not changed since the last build
(:mod:`.record`) are not rendered at all but hard-linked from the current
output; when nothing changed, nothing is written.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Generator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from ..engine.comparison import compare
from ..engine.model import Comparison, Event
from .loader import Site
from .owned import manifest
from .pool import iter_compared
from .record import OutputRecord, digest_key, group_key, live_keys
from .record import index_key as index_group
from .render import render_assets, render_event, render_index
from .sitefiles import Brief, Digest, digest, site_files
from .store import Store
from .templates import template_errors
from .writer import SiteWriter

if TYPE_CHECKING:
    from .build import Builder, BuildResult

Pages = Generator[tuple[str, bytes | Path], None, None]


def build_streaming(builder: Builder, site: Site, hashes: Sequence[str]) -> BuildResult:
    """Build ``site`` (whose events have the content keys ``hashes``) into its output."""
    from .build import BuildResult
    from .loader import static_files

    started = time.perf_counter()
    store = builder.store
    config = site.config
    env_key, env = builder._environment(site)
    target = builder.output_for(site)
    record = OutputRecord(store, target)
    # Newest first, as the index lists them; the pool compares in this order too.
    ordered = sorted(
        zip(site.events, hashes, strict=True),
        key=lambda pair: (pair[0].date or "", pair[0].slug),
        reverse=True,
    )
    digests: dict[str, Digest] = {}
    groups: dict[str, list[str]] = {}
    kept: dict[str, tuple[str, list[str]]] = {}
    for _, h in ordered:
        key = group_key("event", env_key, h)
        files = record.kept(key)
        found = store.get(digest_key(h, config.base_url), Digest) if files is not None else None
        if files is not None and found is not None:
            kept[h] = (key, files)
            digests[h] = found
    static = static_files(site.root)
    index_key = index_group(env_key, static, (h for _, h in ordered))
    index_files = record.kept(index_key)
    live = live_keys(hashes, config.base_url)

    def result(files: int, changed: list[str], compared: int) -> BuildResult:
        briefs = [brief(store, e, digests[h], h) for e, h in zip(site.events, hashes, strict=True)]
        tallies = [digests[h].tally for h in hashes]
        return BuildResult(
            output=target,
            events=len(hashes),
            sources=sum(t[0] for t in tallies),
            facts=sum(t[1] for t in tallies),
            unique_facts=sum(t[2] for t in tallies),
            files=files,
            seconds=time.perf_counter() - started,
            warnings=site.warnings,
            comparisons=cast(list[Comparison], briefs),
            compared=compared,
        )

    writer = SiteWriter(target, label=builder.label_for(target))
    everything = {rel for _, files in kept.values() for rel in files} | set(index_files or ())
    if len(kept) == len(ordered) and index_files is not None and manifest(target) == everything:
        writer.tidy()
        store.prune(live)
        return result(len(everything), [], 0)  # nothing changed: nothing is written

    todo = [event for event, h in ordered if h not in kept and not store.has(h)]
    to_compare = {id(event) for event in todo}
    compared = 0

    def pages() -> Pages:
        nonlocal compared
        with contextlib.closing(
            iter_compared(todo, jobs=builder.jobs, progress=builder.progress)
        ) as fresh:
            for event, h in ordered:
                if h in kept:
                    key, files = kept[h]
                    groups[key] = files
                    yield from ((rel, target / rel) for rel in files)
                    continue
                stored = None if id(event) in to_compare else store.get(h)
                if stored is not None:
                    c = stored
                else:
                    # An entry that went bad since it was found is compared here, again.
                    c, pickled = next(fresh) if id(event) in to_compare else (compare(event), None)
                    compared += 1
                    store.put(h, c, pickled)
                rendered = render_event(config, c, env)
                digests[h] = digest(config, c)
                store.put(digest_key(h, config.base_url), digests[h])
                groups[group_key("event", env_key, h)] = list(rendered)
                yield from rendered.items()
        if index_files is not None:
            groups[index_key] = index_files
            yield from ((rel, target / rel) for rel in index_files)
            return
        briefs = [brief(store, e, digests[h], h) for e, h in ordered]
        listed = [digests[h].listing for _, h in ordered]
        shown = cast(list[Comparison], briefs)
        site_wide = {"index.html": render_index(config, shown, env, listed)}
        site_wide.update(site_files(config, shown, env, listed))
        site_wide.update(render_assets(env))
        site_wide.update(static)  # a file in static/ replaces a generated one
        groups[index_key] = list(site_wide)
        yield from site_wide.items()

    stream = pages()
    try:
        with template_errors(site):
            written = writer.write_stream(stream)
    finally:
        stream.close()
    record.save(groups)
    store.prune(live)
    return result(len(written), sorted(written), compared)


def brief(store: Store, event: Event, found: Digest, h: str) -> Brief:
    """A stand-in for the comparison of ``event``, read from the cache (or made) on demand."""

    def load() -> Comparison:
        return store.get(h) or compare(event)

    return Brief(event, found, load)
