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
from collections.abc import Sequence
from dataclasses import dataclass

import jinja2

from ..engine.model import Comparison
from .model import SiteConfig
from .render import absolute

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


def site_files(
    config: SiteConfig, events: Sequence[Comparison], env: jinja2.Environment
) -> dict[str, bytes]:
    """Every site-wide file but the index page, for ``events`` newest first."""
    entries = [_entry(config, c) for c in events]
    updated = max((e.updated for e in entries), default=f"{_EPOCH}T00:00:00Z")
    dates = [e.date for e in entries if e.date]
    context = {
        "config": config,
        "entries": entries,
        "link": lambda path: link(config, path),
        "root": "",
    }
    files = {
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
        "index.json": _json(index_json(config, events)),
        "assets/search-index.js": search_index(events),
    }
    return files


def link(config: SiteConfig, path: str) -> str:
    """A URL for a path of the site: absolute under ``base_url``, else relative."""
    return absolute(config.base_url, path) if config.base_url else path


def _entry(config: SiteConfig, c: Comparison) -> Entry:
    event = c.event
    page = f"{event.slug}/index.html"
    published = sorted(s.published for s in c.sources if s.published)
    day = event.date or (published[-1][:10] if published else _EPOCH)
    unique = sum(1 for f in c.facts if f.unique)
    outlets = ", ".join(s.name for s in c.sources)
    counts = f"{len(c.sources)} outlets ({outlets}): {unique} unique facts, "
    counts += f"{len(c.conflicts)} conflict{'s' if len(c.conflicts) != 1 else ''}."
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


def index_json(config: SiteConfig, events: Sequence[Comparison]) -> dict[str, object]:
    """Every event, newest first, with its page and its ``comparison.json``."""
    return {
        "schema": 1,
        "title": config.title,
        "description": config.description,
        "events": [
            {
                "slug": c.event.slug,
                "title": c.event.title,
                "date": c.event.date,
                "summary": c.event.summary,
                "tags": list(c.event.tags),
                "sources": [{"id": s.id, "name": s.name} for s in c.sources],
                "page": link(config, f"{c.event.slug}/index.html"),
                "comparison": link(config, f"{c.event.slug}/comparison.json"),
                "facts": len(c.facts),
                "unique_facts": sum(1 for f in c.facts if f.unique),
                "conflicts": len(c.conflicts),
            }
            for c in events
        ],
    }


def search_index(events: Sequence[Comparison]) -> bytes:
    """The index page's search data, as a script: a static host serves it as it is,
    and a page opened from disk can load a script where it could not fetch JSON."""
    data = [
        {
            "title": c.event.title,
            "page": f"{c.event.slug}/index.html",
            "outlets": [s.name for s in c.sources],
            "tags": list(c.event.tags),
            "facts": [[f.id, f.text] for f in c.facts if f.kind != "conflict"],
        }
        for c in events
    ]
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # "</" would end the script early if the file were ever inlined in a page.
    text = text.replace("</", "<\\/")
    return f"window.SITEGEN_SEARCH = {text};\n".encode()


def _json(data: dict[str, object]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _render(env: jinja2.Environment, name: str, **context: object) -> bytes:
    return env.get_template(name).render(**context).encode("utf-8")
