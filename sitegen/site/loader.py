"""Read a site from disk: ``sitegen.toml``, the events under ``content/`` and the files
under ``static/`` to copy as they are.

Along with the writer, this is the only module that touches the disk.  It
never stops at the first problem: every bad file is reported as
``path:line: message`` so a user can fix them all in one go.
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..engine.model import Article, Event
from .checks import MAX_ID_BYTES, Unreadable, inside, read_text, site_areas
from .config import load_config
from .fields import check_fields, check_text, date_text, event_tags, url_problem
from .frontmatter import FrontMatter, FrontMatterError, parse
from .model import MARKER, Problem, SiteConfig

# Reads one event folder: (folder, site root, problems found, whether it may have changed).
EventReader = Callable[[Path, Path, list[Problem], bool], "Event | None"]

ARTICLE_FIELDS = {"source", "title", "url", "author", "published"}
EVENT_FIELDS = {"title", "date", "summary", "tags"}
# Files that look like articles but are not read: said aloud, not skipped in silence.
TEXT_SUFFIXES = {".txt", ".markdown", ".mdown", ".mkd", ".mkdn", ".text", ".html", ".htm"}
# Event folders with more slug than this would make page paths too long to write.
MAX_SLUG_BYTES = 200


@dataclass
class Site:
    """A site as read from disk, with the problems found on the way."""

    root: Path
    config: SiteConfig
    events: list[Event] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def output_dir(self) -> Path:
        return (self.root / self.config.output).resolve()


# The dev server loads the site on every save: normalising a thousand folder
# names again each time cost several milliseconds of each reload.
@functools.lru_cache(maxsize=65536)
def slugify(name: str) -> str:
    """A file or folder name as an id safe in URLs, anchors and JSON keys.

    Accents are dropped (``café`` is ``cafe``); letters of other scripts are
    kept (``київ-повінь``), so a site in any language has readable addresses.
    """
    kept: list[str] = []
    for c in unicodedata.normalize("NFKD", name):
        # A mark on a Latin letter is an accent (é is e); on other scripts'
        # letters it makes another letter (ї is not і), so it stays.
        if unicodedata.combining(c) and kept and kept[-1].isascii():
            continue
        kept.append(c)
    text = unicodedata.normalize("NFC", "".join(kept)).lower()
    slug = re.sub(r"[\W_]+", "-", text).strip("-")
    return slug or "untitled"


def load_site(
    root: Path | str,
    read_event: EventReader | None = None,
    changed: Iterable[Path] | None = None,
) -> Site:
    """Read the configuration and every event of the site at ``root``.

    ``read_event`` reads one event folder (:func:`load_event` by default; the
    load cache passes one that reuses folders it read before).  ``changed``
    lists the paths known to have changed since the last load (from a file
    watcher), and is passed on as whether each folder may have changed;
    ``None`` means unknown: any may have.
    """
    root = Path(root).resolve()
    problems: list[Problem] = []
    config = load_config(root, problems)
    site = Site(root, config, problems=problems)
    content = root / "content"
    if not content.is_dir():
        problems.append(
            Problem(
                "content",
                0,
                "no content/ folder here, so nothing to build. Start one with "
                "`sitegen import PAGE --event NAME`, or build another site with --site DIR",
            )
        )
        return site
    suspects = _changed_folders(content, changed)
    seen: dict[str, Path] = {}
    # scandir's entry types spare a stat per folder, which counts at 1,000 events.
    names = sorted(e.name for e in os.scandir(content) if e.is_dir())
    for name in names:
        if name.startswith((".", "_")):
            continue
        folder, slug = content / name, slugify(name)
        if len(slug.encode()) > MAX_SLUG_BYTES:
            problems.append(
                Problem(
                    _rel(folder, root),
                    0,
                    f"the folder name is too long to make pages from: shorten it to "
                    f"{MAX_SLUG_BYTES} bytes or fewer",
                )
            )
            continue
        if slug in seen:
            problems.append(
                Problem(
                    _rel(folder, root),
                    0,
                    f"event slug {slug!r} is also used by {_rel(seen[slug], root)}",
                )
            )
            continue
        seen[slug] = folder
        maybe_changed = suspects is None or name in suspects
        if read_event is None:
            event = load_event(folder, root, problems)
        else:
            event = read_event(folder, root, problems, maybe_changed)
        if event is not None:
            site.events.append(event)
    if not site.events and not site.errors:
        problems.append(Problem("content", 0, "no events found: add a folder per event", "warning"))
    return site


def _changed_folders(content: Path, changed: Iterable[Path] | None) -> set[str] | None:
    """Names of the event folders touched by ``changed``; ``None``: check every folder."""
    if changed is None:
        return None
    names: set[str] = set()
    for path in changed:
        try:
            parts = Path(path).relative_to(content).parts
        except ValueError:
            continue  # a template or the config: no event folder to read again
        if not parts:
            return None
        names.add(parts[0])
    return names


def load_event(folder: Path, root: Path, problems: list[Problem]) -> Event | None:
    """Read one event folder; ``None`` when it has no article to compare."""
    areas = site_areas(root)
    rel = _rel(folder, root)
    if not inside(folder, areas):
        problems.append(Problem(rel, 0, "a link to a folder outside the site: skipped", "warning"))
        return None
    meta: dict[str, Any] = {}
    note = ""
    index = folder / "index.md"
    front: FrontMatter | None = None
    if index.exists() or index.is_symlink():
        front = _read_markdown(index, root, problems, areas)
        if front is not None:
            meta, note = front.meta, front.body
            check_fields(meta, EVENT_FIELDS, _rel(index, root), problems, front)
    articles: list[Article] = []
    ids: dict[str, Path] = {}
    failed = 0
    for path in _entries(folder, root, problems):
        article = read_article(path, root, problems, areas)
        if article is None:
            failed += 1
            continue
        if article.id in ids:
            problems.append(
                Problem(
                    _rel(path, root),
                    1,
                    f"source id {article.id!r} is also used by {_rel(ids[article.id], root)}",
                )
            )
            continue
        clash = _pair_clash(article.id, ids)
        if clash:
            problems.append(Problem(_rel(path, root), 1, clash))
            continue
        ids[article.id] = path
        articles.append(article)
    if not articles:
        if not failed:
            problems.append(Problem(rel, 0, "no article in this event folder: skipped", "warning"))
        return None
    if len(articles) == 1 and not failed:
        problems.append(
            Problem(rel, 0, "only one article: the comparison awaits a second source", "warning")
        )
    # The earliest report comes first, so the wire copy usually sits on the left.
    articles.sort(key=lambda a: (a.published is None, a.published or "", a.id))
    published = sorted(a.published[:10] for a in articles if a.published)
    date = None
    if front is not None and "date" in meta:
        date = date_text(meta["date"], "date", _rel(index, root), problems, front)
    tags = event_tags(meta.get("tags"), _rel(index, root), problems, front)
    if front is not None:
        for key in ("title", "summary"):
            check_text(meta, key, _rel(index, root), problems, front)
    return Event(
        slug=slugify(folder.name),
        title=_text(meta.get("title")) or articles[0].title,
        articles=tuple(articles),
        date=date or (published[0] if published else None),
        summary=_text(meta.get("summary")),
        tags=tags,
        note=note,
        path=rel,
    )


def _entries(folder: Path, root: Path, problems: list[Problem]) -> list[Path]:
    """The article files of an event folder; other text files get a warning, not silence."""
    found = []
    try:
        names = sorted(os.listdir(folder))
    except OSError as exc:
        problems.append(Problem(_rel(folder, root), 0, f"cannot read the folder: {exc.strerror}"))
        return []
    for name in names:
        if name.startswith((".", "_")) or name == "index.md":
            continue
        path = folder / name
        suffix = os.path.splitext(name)[1].lower()
        if suffix == ".md":
            found.append(path)
        elif suffix in TEXT_SUFFIXES:
            problems.append(
                Problem(
                    _rel(path, root),
                    0,
                    f"only .md files are read: rename it to {os.path.splitext(name)[0]}.md "
                    "(with front matter), or turn it into one with `sitegen import`",
                    "warning",
                )
            )
    return found


def _pair_clash(new: str, ids: dict[str, Path]) -> str | None:
    """Why pages of ``new`` and an earlier source would share a name, or None."""
    names: dict[str, tuple[str, str]] = {}
    for a in ids:
        for b in ids:
            if a != b:
                names[f"{a}-vs-{b}"] = (a, b)
    for other in ids:
        for pair in ((new, other), (other, new)):
            taken = names.get(f"{pair[0]}-vs-{pair[1]}")
            if taken:
                return (
                    f"the page comparing {pair[0]!r} with {pair[1]!r} would have the same name "
                    f"as the one comparing {taken[0]!r} with {taken[1]!r}: rename this file "
                    "(sitegen names pair pages <a>-vs-<b>.html)"
                )
    return None


def read_article(
    path: Path, root: Path, problems: list[Problem], areas: tuple[Path, ...] | None = None
) -> Article | None:
    """Read one article file; ``None`` (with problems noted) when it is unusable.

    ``areas`` are where the site's files really lie (:func:`site_areas`), worked
    out once per folder by the caller.
    """
    rel = _rel(path, root)
    before = len(problems)
    article_id = slugify(path.stem)
    if len(article_id.encode()) > MAX_ID_BYTES:
        problems.append(
            Problem(
                rel,
                1,
                f"the file name is too long to name pages (<a>-vs-<b>.html must fit the file "
                f"system's 255-byte limit): shorten it to {MAX_ID_BYTES} bytes or fewer "
                f"({MAX_ID_BYTES} Latin letters, about {MAX_ID_BYTES // 2} in most other scripts)",
            )
        )
        return None
    front = _read_markdown(path, root, problems, areas or site_areas(root))
    if front is None:
        return None
    meta, body, body_line = front.meta, front.body, front.body_line
    check_fields(meta, ARTICLE_FIELDS, rel, problems, front)
    wrong = {
        k
        for k in ("source", "title", "url", "author")
        if not check_text(meta, k, rel, problems, front)
    }
    for key in ("source", "title"):
        if key in wrong:
            continue  # said already: not text
        if key not in meta or meta[key] is None or not str(meta[key]).strip():
            problems.append(Problem(rel, front.line(key), f"front matter needs {key!r}"))
    url = _text(meta.get("url")) if isinstance(meta.get("url"), str) else None
    problem = url_problem(url) if url else None
    if problem:
        problems.append(Problem(rel, front.line("url"), problem))
    published = (
        date_text(meta["published"], "published", rel, problems, front)
        if meta.get("published") is not None
        else None
    )
    if not body.strip():
        problems.append(Problem(rel, body_line, "the article has no text"))
    if any(p.severity == "error" for p in problems[before:]):
        return None
    return Article(
        id=article_id,
        source=_text(meta["source"]) or "",
        title=_text(meta["title"]) or "",
        body=body,
        url=url,
        author=_text(meta.get("author")),
        published=published,
        path=rel,
        body_line=body_line,
    )


def _read_markdown(
    path: Path, root: Path, problems: list[Problem], areas: tuple[Path, ...]
) -> FrontMatter | None:
    """Front matter (loaded with YAML's safe loader), body and the body's first line."""
    rel = _rel(path, root)
    try:
        text = read_text(path, rel, areas)
    except Unreadable as exc:
        line = 0 if exc.severity == "warning" else 1
        problems.append(Problem(rel, line, str(exc), exc.severity))
        return None
    try:
        return parse(text)
    except FrontMatterError as exc:
        problems.append(Problem(rel, exc.line, exc.message))
        return None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _rel(path: Path, root: Path) -> str:
    """``path`` as the user sees it in the site: the link's own place, never its target's,
    and never an absolute path of this machine."""
    try:
        rel = Path(os.path.abspath(path)).relative_to(root).as_posix()
    except ValueError:
        rel = path.name
    # A name that is not valid UTF-8 must still print, and go into JSON.
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def static_files(root: Path) -> dict[str, bytes]:
    """The site's ``static/`` folder, to copy into the output as it is (a host's
    ``CNAME`` or ``.nojekyll``, images); a file there replaces a generated one."""
    folder = root / "static"
    if not folder.is_dir():
        return {}
    found: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        # The writer's marker says which folder sitegen may delete: never a copy of one.
        if path.is_file() and not path.is_symlink() and rel != MARKER:
            found[rel] = path.read_bytes()
    return found
