"""Turn articles as users have them (saved pages, copied text, URLs) into content files.

HTML goes through trafilatura, the field's standard article extractor, for
the main text and its metadata.  Plain text copied out of aggregators and
apps has no markup to go by, so :func:`from_text` hands it to
:mod:`sitegen.cleantext`, which reads the shape of each line instead.

Only :func:`fetch` and :func:`write_article` touch the network or the disk.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from .cleantext import clean, is_cruft
from .site.loader import DATE_HINT, iso_date, slugify


@dataclass(frozen=True)
class Imported:
    """An article as extracted: Markdown body and whatever metadata was found."""

    body: str
    title: str | None = None
    source: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    # The page furniture left out, so the command can say what it removed.
    dropped: tuple[str, ...] = field(default=(), compare=False)

    @property
    def words(self) -> int:
        return len(self.body.split())


class ImportFailed(Exception):
    """An article could not be imported; the message says why and what to do."""


def from_text(text: str) -> Imported:
    """Keep the article in text copied from a page, app or aggregator; drop the rest."""
    cleaned = clean(text)
    return Imported(
        body=cleaned.body,
        title=cleaned.title,
        source=cleaned.source,
        author=cleaned.author,
        dropped=cleaned.dropped,
    )


def from_html(html: str, url: str | None = None) -> Imported:
    """The main text and metadata of a saved or fetched web page (with trafilatura)."""
    import trafilatura  # imported here: it is slow to load and only import needs it

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    markdown = trafilatura.extract(
        html,
        url=url,
        output_format="markdown",
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        include_formatting=True,
    )
    meta = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    title = _clean_meta(meta.get("title"))
    blocks = [b.strip() for b in re.split(r"\n\s*\n", markdown or "") if b.strip()]
    if blocks and title and blocks[0].lstrip("# ").strip() == title:
        blocks = blocks[1:]  # the headline is front matter, not body
    kept = [b for b in blocks if not is_cruft(b.lstrip("# "))]
    body = "\n\n".join(kept)
    return Imported(
        body=body + "\n" if body else "",
        title=title,
        source=_clean_meta(meta.get("sitename")),
        author=_clean_meta(meta.get("author")),
        published=_clean_meta(meta.get("date")),
        url=_clean_meta(meta.get("url")) or url,
        dropped=tuple(b for b in blocks if b not in kept),
    )


def _clean_meta(value: object) -> str | None:
    text = str(value).strip() if value else ""
    return text or None


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(html|body|article|p|div)[\s>]", head)
    )


def fetch(url: str, timeout: float = 20.0) -> str:
    """The text of a web page, or an :class:`ImportFailed` saying why not."""
    request = urllib.request.Request(url, headers={"User-Agent": "sitegen-import/0.1"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(20_000_000)
            charset = response.headers.get_content_charset() or "utf-8"
    except urllib.error.HTTPError as exc:
        raise ImportFailed(f"could not fetch {url}: the server answered {exc.code}") from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ImportFailed(
            f"could not fetch {url}: {reason}. Are you offline? "
            "Save the page from your browser and import the .html file instead."
        ) from exc
    return data.decode(charset, errors="replace")


def with_overrides(
    imported: Imported,
    *,
    source: str | None = None,
    title: str | None = None,
    url: str | None = None,
    author: str | None = None,
    published: str | None = None,
) -> Imported:
    """Flags given on the command line win over what was extracted."""
    return replace(
        imported,
        source=source or imported.source,
        title=title or imported.title,
        url=url or imported.url,
        author=author or imported.author,
        published=published or imported.published,
    )


def article_file(imported: Imported) -> str:
    """The content file for an imported article: YAML front matter and Markdown body."""
    meta: dict[str, str] = {"source": imported.source or "", "title": imported.title or ""}
    for key in ("url", "author", "published"):
        value = getattr(imported, key)
        if value:
            meta[key] = value
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=10_000)
    return f"---\n{front}---\n\n{imported.body}"


def check_date(value: str) -> str:
    """An ISO date or date-time, read as the loader will read it; anything else is refused."""
    try:
        iso_date(value)
    except ValueError as exc:
        raise ImportFailed(f"--published {value!r} is not a date ({DATE_HINT})") from exc
    return value


def write_article(root: Path, event: str, imported: Imported, *, force: bool = False) -> Path:
    """Write ``content/<event>/<source-slug>.md`` under ``root``; never anywhere else."""
    if not imported.body.strip():
        raise ImportFailed("nothing left after cleaning: no article text was found")
    if not imported.source:
        raise ImportFailed("could not tell the outlet's name: pass --source NAME")
    if not imported.title:
        raise ImportFailed("could not find the headline: pass --title TITLE")
    content = (Path(root) / "content").resolve()
    path = (content / slugify(event) / f"{slugify(imported.source)}.md").resolve()
    if not path.is_relative_to(content):
        raise ImportFailed(f"refusing to write outside {content}")
    if path.exists() and not force:
        raise ImportFailed(f"{path} already exists: pass --force to replace it")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(article_file(imported), encoding="utf-8")
    return path
