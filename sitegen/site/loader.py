"""Read a site from disk: ``sitegen.toml`` and the events under ``content/``.

Along with the writer, this is the only module that touches the disk.  It
never stops at the first problem: every bad file is reported as
``path:line: message`` so a user can fix them all in one go.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..engine.model import Article, Event
from .model import Problem, SiteConfig

# Reads one event folder: (folder, site root, problems found, whether it may have changed).
EventReader = Callable[[Path, Path, list[Problem], bool], "Event | None"]

ARTICLE_FIELDS = {"source", "title", "url", "author", "published"}
EVENT_FIELDS = {"title", "date", "summary", "tags"}
CONFIG_FIELDS = {"title", "description", "base_url", "output"}


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


def slugify(name: str) -> str:
    """A file or folder name as an id safe in URLs, anchors and JSON keys."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
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
        problems.append(Problem(_rel(content, root), 0, "no content/ folder: nothing to build"))
        return site
    suspects = _changed_folders(content, changed)
    seen: dict[str, Path] = {}
    # scandir's entry types spare a stat per folder, which counts at 1,000 events.
    names = sorted(e.name for e in os.scandir(content) if e.is_dir())
    for name in names:
        if name.startswith((".", "_")):
            continue
        folder, slug = content / name, slugify(name)
        if slug in seen:
            problems.append(
                Problem(_rel(folder, root), 0, f"event slug {slug!r} is also used by {seen[slug]}")
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
        problems.append(Problem("content", 0, "no events found", "warning"))
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


def load_config(root: Path, problems: list[Problem]) -> SiteConfig:
    """Read ``sitegen.toml`` if there is one; defaults fill what it leaves out."""
    path = root / "sitegen.toml"
    if not path.exists():
        return SiteConfig()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        line = re.search(r"line (\d+)", str(exc))
        problems.append(Problem("sitegen.toml", int(line.group(1)) if line else 1, str(exc)))
        return SiteConfig()
    data = data.get("site", data)
    values: dict[str, str] = {}
    for key, value in data.items():
        if key not in CONFIG_FIELDS:
            problems.append(
                Problem(
                    "sitegen.toml", _toml_line(path, key), f"unknown setting {key!r}", "warning"
                )
            )
        elif not isinstance(value, str):
            problems.append(Problem("sitegen.toml", _toml_line(path, key), f"{key} must be text"))
        else:
            values[key] = value
    config = SiteConfig(**values)
    problem = _check_output(root, config.output)
    if problem:
        problems.append(Problem("sitegen.toml", _toml_line(path, "output"), problem))
        config = SiteConfig(**{**values, "output": "output"})
    return config


def _check_output(root: Path, output: str) -> str | None:
    """Refuse output folders whose replacement would delete the user's work."""
    target = (root / output).resolve()
    if target == root or root.is_relative_to(target):
        return f"output {output!r} would replace the site folder itself"
    for name in ("content", "templates"):
        precious = (root / name).resolve()
        if target.is_relative_to(precious) or precious.is_relative_to(target):
            return f"output {output!r} would overwrite {name}/"
    return None


def _toml_line(path: Path, key: str) -> int:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if re.match(rf"\s*{re.escape(key)}\s*=", line):
            return n
    return 1


def load_event(folder: Path, root: Path, problems: list[Problem]) -> Event | None:
    """Read one event folder; ``None`` when it has no article to compare."""
    meta: dict[str, Any] = {}
    note = ""
    index = folder / "index.md"
    if index.exists():
        parsed = _read_markdown(index, root, problems)
        if parsed is not None:
            meta, note, _ = parsed
            _check_fields(meta, EVENT_FIELDS, index, root, problems, parsed[2])
    articles: list[Article] = []
    ids: dict[str, Path] = {}
    for path in sorted(folder.glob("*.md")):
        if path.name == "index.md" or path.name.startswith((".", "_")):
            continue
        article = read_article(path, root, problems)
        if article is None:
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
        ids[article.id] = path
        articles.append(article)
    rel = _rel(folder, root)
    if not articles:
        problems.append(Problem(rel, 0, "no article in this event folder: skipped", "warning"))
        return None
    if len(articles) == 1:
        problems.append(
            Problem(rel, 0, "only one article: the comparison awaits a second source", "warning")
        )
    # The earliest report comes first, so the wire copy usually sits on the left.
    articles.sort(key=lambda a: (a.published is None, a.published or "", a.id))
    published = sorted(a.published[:10] for a in articles if a.published)
    date = _date_text(meta.get("date"), index, root, problems) if "date" in meta else None
    tags = meta.get("tags") or ()
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",") if t.strip()]
    return Event(
        slug=slugify(folder.name),
        title=_text(meta.get("title")) or articles[0].title,
        articles=tuple(articles),
        date=date or (published[0] if published else None),
        summary=_text(meta.get("summary")),
        tags=tuple(str(t) for t in tags),
        note=note,
        path=rel,
    )


def read_article(path: Path, root: Path, problems: list[Problem]) -> Article | None:
    """Read one article file; ``None`` (with problems noted) when it is unusable."""
    parsed = _read_markdown(path, root, problems)
    if parsed is None:
        return None
    meta, body, body_line = parsed
    rel = _rel(path, root)
    before = len(problems)
    _check_fields(meta, ARTICLE_FIELDS, path, root, problems, body_line)
    for key in ("source", "title"):
        if not _text(meta.get(key)):
            problems.append(Problem(rel, _key_line(path, key), f"front matter needs {key!r}"))
    url = _text(meta.get("url"))
    if url and not re.match(r"https?://", url, re.IGNORECASE):
        problems.append(
            Problem(rel, _key_line(path, "url"), "url must start with http:// or https://")
        )
    published = (
        _date_text(meta["published"], path, root, problems) if meta.get("published") else None
    )
    if not body.strip():
        problems.append(Problem(rel, body_line, "the article has no text"))
    if any(p.severity == "error" for p in problems[before:]):
        return None
    return Article(
        id=slugify(path.stem),
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
    path: Path, root: Path, problems: list[Problem]
) -> tuple[dict[str, Any], str, int] | None:
    """Front matter (loaded with YAML's safe loader), body and the body's first line."""
    rel = _rel(path, root)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        problems.append(Problem(rel, 1, f"not UTF-8 text ({exc.reason})"))
        return None
    except OSError as exc:
        problems.append(Problem(rel, 1, f"cannot read: {exc.strerror}"))
        return None
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        problems.append(Problem(rel, 1, "missing YAML front matter (a first line of ---)"))
        return None
    closing = next((n for n, line in enumerate(lines[1:], 1) if line.strip() == "---"), None)
    if closing is None:
        problems.append(Problem(rel, 1, "front matter is never closed by a line of ---"))
        return None
    try:
        meta = yaml.safe_load("\n".join(lines[1:closing])) or {}
    except yaml.YAMLError as exc:
        problems.append(
            Problem(rel, _yaml_line(exc, closing), f"bad YAML front matter: {_yaml_reason(exc)}")
        )
        return None
    if not isinstance(meta, dict):
        problems.append(Problem(rel, 2, "front matter must be a mapping of key: value"))
        return None
    body = "\n".join(lines[closing + 1 :])
    return meta, body, closing + 2


def _yaml_line(exc: yaml.YAMLError, closing: int) -> int:
    """The file line of a YAML error; past the end, where the open construct began."""
    mark = getattr(exc, "problem_mark", None)
    if mark is not None and mark.line + 1 >= closing:
        mark = getattr(exc, "context_mark", None) or mark
    return mark.line + 2 if mark is not None else 1


def _yaml_reason(exc: yaml.YAMLError) -> str:
    return getattr(exc, "problem", None) or str(exc).splitlines()[0]


def _check_fields(
    meta: dict[str, Any],
    known: set[str],
    path: Path,
    root: Path,
    problems: list[Problem],
    body_line: int,
) -> None:
    for key in meta:
        if key not in known:
            problems.append(
                Problem(
                    _rel(path, root),
                    _key_line(path, str(key)),
                    f"unknown field {key!r} (known: {', '.join(sorted(known))})",
                    "warning",
                )
            )


def _key_line(path: Path, key: str) -> int:
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return 1
    for n, line in enumerate(lines[1:], 2):
        if line.strip() == "---":
            break
        if re.match(rf"{re.escape(key)}\s*:", line):
            return n
    return 1


DATE_HINT = "use YYYY-MM-DD or YYYY-MM-DDTHH:MM"


def iso_date(value: Any) -> str:
    """A date or date-time (from YAML, or text) as ISO 8601 text; ValueError if it is none.

    ``sitegen import --published`` checks its flag with this too, so an article
    it writes always loads.
    """
    if isinstance(value, dt.date):  # a datetime is a date too
        return value.isoformat()
    text = str(value).strip()
    if len(text) == 10:
        return dt.date.fromisoformat(text).isoformat()
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()


def _date_text(value: Any, path: Path, root: Path, problems: list[Problem]) -> str | None:
    key = "published" if path.name != "index.md" else "date"
    try:
        return iso_date(value)
    except ValueError:
        text = str(value).strip()
        problems.append(
            Problem(
                _rel(path, root),
                _key_line(path, key),
                f"{key} {text!r} is not a date ({DATE_HINT})",
            )
        )
        return None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _rel(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return str(path)
