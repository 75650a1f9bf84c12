"""The files every static site is expected to carry, besides its pages.

``feed.xml`` (Atom), ``sitemap.xml``, ``robots.txt``, ``404.html``,
``index.json`` (every event and its comparison file) and the index page's
search data.  All are made from the events alone, never from the clock, so
the same content builds byte-identical files.  URLs are absolute under the
site's ``base_url`` when it is set and relative otherwise.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import jinja2

from ..engine.model import Comparison, Event, SourceInfo
from .model import SiteConfig

# Feed and entry ids must never change once readers have seen them; without a
# base_url they are name-based UUIDs of the slug, which are stable too.
_NAMESPACE = uuid.UUID("6f1c3c2e-5b1a-4d3e-9a57-0d6e6f1b2c11")
_EPOCH = "1970-01-01"


@dataclass(frozen=True)
class Entry:
    slug: str
    title: str
    page: str
    date: str | None
    updated: str
    id: str
    summary: str
    authors: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class Listing:
    """What the site-wide files say about one event, worked out once per comparison."""

    entry: Entry
    unique: int
    conflicts: int
    unique_by_source: dict[str, int]
    index_json: str  # its entry of index.json, serialized
    search: str  # its entry of the search index, serialized


@dataclass(frozen=True)
class Digest:
    """What the index and the site-wide files need of one comparison, small enough to keep
    for ten thousand events and to store beside the comparison."""

    sources: tuple[SourceInfo, ...]
    listing: Listing
    base_url: str
    tally: tuple[int, int, int]  # sources, facts, unique facts


def digest(config: SiteConfig, c: Comparison) -> Digest:
    unique = sum(1 for f in c.facts if f.unique)
    tally = (len(c.sources), len(c.facts), unique)
    return Digest(c.sources, _listing(config, c), config.base_url, tally)


class Brief:
    """A comparison's stand-in where a build must not hold every comparison at once (the
    index, the site-wide files): its event and :class:`Digest` at hand, and anything
    else a template asks for (``c.facts`` in a site's own index.html) from the whole
    comparison, loaded on first use."""

    def __init__(self, event: Event, found: Digest, load: Callable[[], Comparison]) -> None:
        self.event = event
        self.sources = found.sources
        self.digest = found
        self._load = load
        self._full: Comparison | None = None

    def whole(self) -> Comparison:
        """The comparison itself."""
        if self._full is None:
            self._full = self._load()
        return self._full

    def __getattr__(self, name: str) -> object:
        if name.startswith("_"):  # pickle, copy and friends probe for these
            raise AttributeError(name)
        return getattr(self.whole(), name)


# The dev server rewrites these files after every save; an event that did not
# change keeps its comparison object, so its listing is kept by identity.
_listings: dict[int, tuple[Comparison, str, Listing]] = {}


def listings(config: SiteConfig, events: Sequence[Comparison]) -> list[Listing]:
    """Each event's :class:`Listing`, from the cache while its comparison is the same."""
    global _listings
    found: dict[int, tuple[Comparison, str, Listing]] = {}
    for c in events:
        hit = _listings.get(id(c))
        if hit is None or hit[0] is not c or hit[1] != config.base_url:
            known = c.digest if isinstance(c, Brief) else None
            if known is not None and known.base_url == config.base_url:
                hit = (c, config.base_url, known.listing)
            else:
                hit = (c, config.base_url, _listing(config, c))
        found[id(c)] = hit
    _listings = found  # only the current events: nothing old is kept alive
    return [found[id(c)][2] for c in events]


def _listing(config: SiteConfig, c: Comparison) -> Listing:
    unique = [f for f in c.facts if f.unique]
    by_source = {s.id: sum(1 for f in unique if f.sources[0] == s.id) for s in c.sources}
    conflicts = len(c.conflicts)
    listed = {
        "slug": c.event.slug,
        "title": c.event.title,
        "date": c.event.date,
        "summary": c.event.summary,
        "tags": list(c.event.tags),
        "sources": [{"id": s.id, "name": s.name} for s in c.sources],
        "page": link(config, f"{c.event.slug}/index.html"),
        "comparison": link(config, f"{c.event.slug}/comparison.json"),
        "facts": len(c.facts),
        "unique_facts": len(unique),
        "conflicts": conflicts,
    }
    searched = {
        "title": c.event.title,
        "page": f"{c.event.slug}/index.html",
        "outlets": [s.name for s in c.sources],
        "tags": list(c.event.tags),
        "facts": [[f.id, f.text] for f in c.facts if f.kind != "conflict"],
    }
    return Listing(
        _entry(config, c, len(unique), conflicts),
        len(unique),
        conflicts,
        by_source,
        _dumps(listed),
        _dumps(searched),
    )


# What :func:`site_files` makes, besides the index page.
SITE_FILES = frozenset(
    {"feed.xml", "sitemap.xml", "robots.txt", "404.html", "index.json", "assets/search-index.js"}
)


@dataclass
class Kept:
    """The templated site-wide files (feed, sitemap, robots.txt, 404 page) of the last
    build and what they were made from, for a builder that builds again and again.

    Their templates see only the settings and each event's :class:`Entry`, which an
    edit to an article's text leaves as it was; at 1,000 events rendering them again
    cost tens of milliseconds of every save in the dev server.
    """

    env: jinja2.Environment | None = None
    config: SiteConfig | None = None
    entries: tuple[Entry, ...] = ()
    files: dict[str, bytes] = field(default_factory=dict)


def site_files(
    config: SiteConfig,
    events: Sequence[Comparison],
    env: jinja2.Environment,
    listed: Sequence[Listing] | None = None,
    kept: Kept | None = None,
) -> dict[str, bytes]:
    """Every site-wide file but the index page, for ``events`` newest first; ``listed``
    are their listings when worked out already; ``kept``, the templated files of the
    last call, reused when made from the same things and updated otherwise."""
    listed = listings(config, events) if listed is None else listed
    entries = tuple(item.entry for item in listed)
    if kept is not None and kept.env is env and kept.config == config and kept.entries == entries:
        templated = kept.files
    else:
        templated = _templated(config, entries, env)
        if kept is not None:
            kept.env, kept.config, kept.entries, kept.files = env, config, entries, templated
    return {
        **templated,
        "index.json": index_json(config, listed),
        "assets/search-index.js": search_index(listed),
    }


def _templated(
    config: SiteConfig, entries: Sequence[Entry], env: jinja2.Environment
) -> dict[str, bytes]:
    """The site-wide files made from templates: from ``config`` and ``entries`` alone."""
    updated = max((e.updated for e in entries), default=f"{_EPOCH}T00:00:00Z")
    dates = [e.date for e in entries if e.date]
    context = {
        "config": config,
        "entries": list(entries),
        "link": lambda path: link(config, path),
        "root": "",
    }
    return {
        "feed.xml": _render(env, "feed.xml", **context, updated=updated, feed_id=_feed_id(config)),
        "sitemap.xml": _render(
            env, "sitemap.xml", **context, updated=max(dates) if dates else None
        ),
        "robots.txt": _render(env, "robots.txt", **context),
        # A host serves 404.html at whatever address was missing, where relative
        # links would point nowhere; under a base_url they can be absolute.
        "404.html": _render(
            env, "404.html", **{**context, "root": link(config, "")}, path="404.html"
        ),
    }


def absolute(base_url: str, path: str = "") -> str:
    """``path`` (relative to the site's root) under ``base_url``."""
    return base_url.rstrip("/") + "/" + path.lstrip("/")


def link(config: SiteConfig, path: str) -> str:
    """A URL for a path of the site: absolute under ``base_url``, else relative."""
    return absolute(config.base_url, path) if config.base_url else path


def _entry(config: SiteConfig, c: Comparison, unique: int, conflicts: int) -> Entry:
    event = c.event
    page = f"{event.slug}/index.html"
    published = sorted(s.published for s in c.sources if s.published)
    day = event.date or (published[-1][:10] if published else _EPOCH)
    outlets = ", ".join(s.name for s in c.sources)
    counts = f"{len(c.sources)} outlets ({outlets}): {unique} unique facts, "
    counts += f"{conflicts} conflict{'s' if conflicts != 1 else ''}."
    summary = f"{event.summary} {counts}" if event.summary else counts
    entry_id = link(config, page) if config.base_url else _urn(f"event:{event.slug}")
    return Entry(
        event.slug,
        event.title,
        page,
        event.date,
        f"{day}T00:00:00Z",
        entry_id,
        summary,
        outlets,
        event.tags,
    )


def _feed_id(config: SiteConfig) -> str:
    return link(config, "feed.xml") if config.base_url else _urn(f"feed:{config.title}")


def _urn(name: str) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, name)}"


def index_json(config: SiteConfig, listed: Sequence[Listing]) -> bytes:
    """Every event, newest first, with its page and its ``comparison.json``."""
    head = _dumps({"schema": 1, "title": config.title, "description": config.description})
    events = ",".join(item.index_json for item in listed)
    return f'{head[:-1]},"events":[{events}]}}\n'.encode()


def search_index(listed: Sequence[Listing]) -> bytes:
    """The index page's search data, as a script: a static host serves it as it is,
    and a page opened from disk can load a script where it could not fetch JSON."""
    text = "[" + ",".join(item.search for item in listed) + "]"
    return f"window.SITEGEN_SEARCH = {text};\n".encode()


def _dumps(data: object) -> str:
    # Compact, so that the C encoder runs; "</" would end a script early if this
    # text were ever inlined in a page.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def _render(env: jinja2.Environment, name: str, **context: object) -> bytes:
    return env.get_template(name).render(**context).encode("utf-8")
