"""Turn articles as users have them (saved pages, copied text, URLs) into content files.

HTML goes through trafilatura, the field's standard article extractor, for
the main text and its metadata; :mod:`sitegen.importer.htmlclean` then drops the
furniture that sits inside the article's own markup.  Plain text copied out of aggregators and
apps has no markup to go by, so :func:`from_text` hands it to
:mod:`sitegen.importer.cleantext`, which reads the shape of each line instead.

Only :func:`fetch` and :func:`write_article` touch the network or the disk.
"""

from __future__ import annotations

import codecs
import re
import threading
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from ..engine.datelines import opening_dateline
from ..engine.sentences import split_sentences
from ..site.fields import DATE_HINT, url_problem
from ..site.frontmatter import iso_date
from ..site.loader import slugify
from . import htmlclean
from .cleantext import clean
from .lineshape import is_cruft as is_cruft  # the rule tests and callers share


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
        published=cleaned.published,
        dropped=cleaned.dropped,
    )


def from_html(html: str, url: str | None = None) -> Imported:
    """The main text and metadata of a saved or fetched web page (with trafilatura)."""
    import trafilatura  # imported here: it is slow to load and only import needs it

    html = htmlclean.prepare(html)
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )

    def markdown(links: bool) -> str:
        text = trafilatura.extract(
            html,
            url=url,
            output_format="markdown",
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=links,
            include_formatting=True,
        )
        return text or ""

    meta = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    source = _clean_meta(meta.get("sitename"))
    page_url = _clean_meta(meta.get("url")) or url
    title = htmlclean.clean_title(_clean_meta(meta.get("title")), source, page_url)
    author = _clean_meta(meta.get("author"))
    if htmlclean.same_name(author, source):
        author = None  # the outlet named as its own author is no byline
    blocks = [b.strip() for b in re.split(r"\n\s*\n", markdown(links=False)) if b.strip()]
    # With links only to tell which blocks are nothing but a link to elsewhere.
    links = htmlclean.link_only(markdown(links=True))
    kept, dropped = htmlclean.tidy(blocks, title=title, author=author, links=links, source=source)
    declared = htmlclean.body_from_metadata(html, sum(len(b.split()) for b in kept), author)
    if declared:
        dropped, kept = blocks, declared
    body = "\n\n".join(kept)
    published = _clean_meta(meta.get("date"))
    if published and published.endswith("-01-01"):
        # A year found alone in the text ("the company, founded in 2002, ...") comes back
        # as 1 January of it: only a date the page's markup gives is the day it was published.
        from htmldate import find_date

        published = find_date(html, extensive_search=False, original_date=True)
    return Imported(
        body=body + "\n" if body else "",
        title=title,
        source=source,
        author=author,
        published=published,
        url=page_url,
        dropped=tuple(dropped),
    )


def _clean_meta(value: object) -> str | None:
    text = str(value).strip() if value else ""
    return text or None


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is a page's HTML rather than text copied from one.

    A page opens with markup; text copied from a page may carry a stray tag in its
    middle (a caption's ``<p><span ...>``), which makes it no page.
    """
    head = text.lstrip("\ufeff \t\r\n")[:2000].lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.match(r"<(?:!--.*?-->\s*)*<?(html|head|body|article|p|div|meta)[\s>]", head, re.S)
    )


MAX_PAGE_BYTES = 20_000_000  # a news page with inline scripts is rarely a tenth of this
DEADLINE = 20.0  # seconds for the whole request: connecting, headers and body


def fetch(url: str, timeout: float = DEADLINE) -> str:
    """The text of a web page, or an :class:`ImportFailed` saying why not.

    ``timeout`` bounds the whole request, not each read: a server that
    trickles a byte a second is given up on all the same.
    """
    outcome: list[str | BaseException] = []

    def run() -> None:
        try:
            outcome.append(_get(url, timeout))
        except BaseException as exc:  # handed to the caller's thread
            outcome.append(exc)

    # A daemon thread: should the server hold it past the deadline, it ends with the command.
    worker = threading.Thread(target=run, name="sitegen-fetch", daemon=True)
    worker.start()
    worker.join(timeout)
    if not outcome:
        raise ImportFailed(
            f"could not fetch {url}: no complete answer within {timeout:.0f} s. "
            "Save the page from your browser and import the .html file instead."
        )
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


def _get(url: str, timeout: float) -> str:
    request = urllib.request.Request(
        url, headers={"User-Agent": "sitegen-import/0.1", "Accept-Encoding": "identity"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(MAX_PAGE_BYTES + 1)
            encoding = (response.headers.get("Content-Encoding") or "").strip().lower()
            charset = response.headers.get_content_charset() or "utf-8"
    except urllib.error.HTTPError as exc:
        raise ImportFailed(f"could not fetch {url}: the server answered {exc.code}") from exc
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ImportFailed(
            f"could not fetch {url}: {reason}. Are you offline? "
            "Save the page from your browser and import the .html file instead."
        ) from exc
    if len(data) > MAX_PAGE_BYTES:
        raise ImportFailed(_too_big(url))
    if encoding in ("gzip", "x-gzip", "deflate") or data[:2] == b"\x1f\x8b":
        # Sent compressed though we asked for plain bytes: unpacked, within the same limit.
        data = _inflate(data, url)
    return decode(data, charset)


def _too_big(what: str) -> str:
    return (
        f"{what} is over {MAX_PAGE_BYTES // 1_000_000} MB, more than any article page; "
        "save the article's page from your browser and import that file"
    )


def _inflate(data: bytes, url: str) -> bytes:
    # wbits 47: a gzip or zlib header, told apart by the data itself.
    unpacker = zlib.decompressobj(47 if data[:2] == b"\x1f\x8b" else 15)
    try:
        out = unpacker.decompress(data, MAX_PAGE_BYTES + 1)
    except zlib.error:
        try:
            out = zlib.decompressobj(-15).decompress(data, MAX_PAGE_BYTES + 1)  # raw deflate
        except zlib.error as exc:
            raise ImportFailed(f"could not unpack the compressed page from {url}: {exc}") from exc
    if len(out) > MAX_PAGE_BYTES:
        raise ImportFailed(_too_big(url))
    return out


def decode(data: bytes, charset: str) -> str:
    """``data`` as text in ``charset``; UTF-8 when the charset is one Python does not know."""
    try:
        codecs.lookup(charset)
    except LookupError:
        charset = "utf-8"
    return data.decode(charset, errors="replace")


def one_line(value: str | None) -> str | None:
    """Metadata on one line: a title with a line of ``---`` in it would end the front matter."""
    if value is None:
        return None
    text = " ".join(value.split())
    return text or None


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
    if url:
        check_url(url)
    # What the page says about itself is dropped, not written, when the build would refuse it.
    found_url = imported.url if imported.url and not url_problem(imported.url) else None
    found_date = imported.published if _is_date(imported.published) else None
    outlet = one_line(source or imported.source)
    # A byline that only names the outlet ("Townsville Bulletin", "Guardian Unlimited" for The
    # Guardian) names no writer.
    found_author = None if _names_outlet(imported.author, outlet) else imported.author
    return replace(
        imported,
        source=outlet,
        title=one_line(title or imported.title),
        url=one_line(url or found_url),
        author=one_line(author or found_author),
        published=published or found_date,
    )


def _names_outlet(author: str | None, outlet: str | None) -> bool:
    """Whether ``author`` is the outlet's name, perhaps with its edition's word after it."""
    if not author or not outlet:
        return False
    words = [w.lower() for w in re.findall(r"\w+", author) if w.lower() != "the"]
    name = [w.lower() for w in re.findall(r"\w+", outlet) if w.lower() != "the"]
    return bool(words) and words[: len(name)] == name and len(words) <= len(name) + 1


TITLE_WORDS = 12  # words of the opening sentence a missing headline falls back to


def with_fallbacks(imported: Imported, origin: str) -> tuple[Imported, list[str]]:
    """A headline or outlet the page does not give, filled in, and a note for each.

    The headline falls back to the article's opening words; the outlet to the
    address's host name or the file's name (``origin`` is the URL or path given).
    Reading from standard input, an outlet not found stays missing.
    """
    notes: list[str] = []
    title, source = imported.title, imported.source
    if not title:
        first = next((p for p in imported.body.split("\n\n") if not p.startswith("#")), "")
        # ... past its dateline: "Warsaw, (APP - ...) :" is where, not what, and "MELBOURNE,
        # Fla. -" no sentence of its own.
        text = htmlclean.plain(first)
        dateline = opening_dateline(text)
        sentence = next(iter(split_sentences(text[dateline.end() if dateline else 0 :])), "")
        words = sentence.split()
        title = " ".join(words[:TITLE_WORDS]).rstrip(",;:") + (
            "…" if len(words) > TITLE_WORDS else ""
        )
        notes.append("no headline found; the title is the article's opening words: pass --title")
    if not source and origin != "-":
        host = re.match(r"https?://(?:www\.)?([^/:?#]+)", origin, re.I)
        source = host.group(1) if host else Path(origin).stem
        notes.append(f"no outlet name found; using {source!r}: pass --source NAME")
    return replace(imported, title=one_line(title), source=one_line(source)), notes


def check_url(url: str) -> str:
    """``--url`` checked by the build's own rule, so the file written always loads."""
    problem = url_problem(url)
    if problem:
        raise ImportFailed(f"--url {url!r}: {problem}")
    return url


def _is_date(value: str | None) -> bool:
    try:
        return value is not None and bool(iso_date(value))
    except (ValueError, OverflowError):
        return False


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
