"""Templates: the Jinja2 environment a site renders with, and a template's mistakes.

A site's own ``templates/`` folder comes before the templates packaged with
sitegen, so a site overrides one page without copying the rest.  Templates
autoescape everything; the editor's note goes through markdown-it with raw
HTML switched off.  :func:`template_errors` tells a mistake in a template as
``path:line``, and lets a bug in sitegen's own code propagate as one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import traceback
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import jinja2
from markdown_it import MarkdownIt
from markupsafe import Markup

from .loader import Site
from .model import BuildError, Problem
from .sitefiles import absolute

_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False})


def make_environment(override: Path | None = None) -> jinja2.Environment:
    """Templates from ``override`` (a site's ``templates/``) first, then the packaged ones."""
    loaders: list[jinja2.BaseLoader] = []
    if override is not None and override.is_dir():
        loaders.append(jinja2.FileSystemLoader(str(override)))
    loaders.append(jinja2.FileSystemLoader(str(packaged_templates())))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # A build makes a new environment whenever a template changes (it hashes them):
        # no need to stat every template, and each one it imports, for every page.
        auto_reload=False,
    )
    env.filters["human_date"] = human_date
    env.filters["markdown"] = lambda text: Markup(_markdown.render(text or ""))
    env.filters["quoted"] = quoted
    env.filters["absolute"] = absolute
    return env


_OPENING_QUOTES = "\"'“‘„«"


def quoted(text: str) -> str:
    """``text`` in curly quotes, unless it already opens with a quotation of its own
    (a sentence that is a quotation would otherwise read ““Crews...)."""
    text = text.strip()
    if text[:1] in _OPENING_QUOTES:
        return text
    return f"“{text}”"


def packaged_templates() -> Path:
    """The templates that ship with sitegen (``sitegen/templates/``)."""
    return Path(str(resources.files("sitegen") / "templates"))


def human_date(value: str | None) -> str:
    """``2026-03-14`` (or a date-time) as ``14 March 2026``."""
    if not value:
        return ""
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return value
    return f"{day.day} {day:%B %Y}"


def environment_key(site: Site) -> str:
    """A hash of what the environment renders with: the site's configuration and every
    template, the site's own and the packaged ones."""
    digest = hashlib.sha256(repr(site.config).encode())
    for folder in (site.root / "templates", packaged_templates()):
        for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
            rel = path.relative_to(folder)
            if any(part.startswith(".") for part in rel.parts):
                continue  # hidden files (an editor's swap files) are never templates
            if path.is_file():
                digest.update(f"{rel.as_posix()}\0".encode())
                digest.update(path.read_bytes())
        digest.update(b"\1")
    return digest.hexdigest()


@contextlib.contextmanager
def template_errors(site: Site) -> Iterator[None]:
    """Turn a mistake in a template into a ``path:line`` :class:`BuildError`.

    Jinja's own errors are the template's fault, and so is any other error
    raised by the template's own code (``{{ 1 // 0 }}``); an exception raised
    deeper, in sitegen's code, is a bug in sitegen and propagates as one,
    traceback and all.
    """
    try:
        yield
    except jinja2.TemplateSyntaxError as exc:
        path = _template_path(site, exc.filename or exc.name or "templates")
        raise BuildError(
            [Problem(path, exc.lineno or 0, f"template error: {exc.message}")]
        ) from exc
    except jinja2.TemplateError as exc:
        path, line = _template_frame(site, exc)
        raise BuildError([Problem(path, line, f"template error: {exc}")]) from exc
    except Exception as exc:
        frames = traceback.extract_tb(exc.__traceback__)
        if not frames or not _is_template(frames[-1].filename):
            raise
        path = _template_path(site, frames[-1].filename)
        message = f"template error: {type(exc).__name__}: {exc}"
        raise BuildError([Problem(path, frames[-1].lineno or 0, message)]) from exc


def _is_template(filename: str) -> bool:
    return filename.endswith((".html", ".xml", ".txt", ".js", ".css"))


def _template_frame(site: Site, exc: BaseException) -> tuple[str, int]:
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if _is_template(frame.filename):
            return _template_path(site, frame.filename), frame.lineno or 0
    return "templates", 0  # no frame of a template: named as a folder, without a line


def _template_path(site: Site, filename: str) -> str:
    path = Path(filename)
    try:
        return path.resolve().relative_to(site.root).as_posix()
    except ValueError:
        return path.as_posix()
