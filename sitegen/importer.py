"""Turn articles as users have them (saved pages, copied text, URLs) into content files.

HTML goes through trafilatura, the field's standard article extractor, for
the main text and its metadata.  Plain text copied out of aggregators and
apps has no markup to go by, so :func:`from_text` reads the shape of each
line instead:

- Prose is lines that end like sentences and read like them; the article
  body is the run of prose from its first real paragraph to its last.
- Cruft is recognised by what it is, not by a list of one site's lines:
  prompts (sign up, sign in, subscribe, download the app, free trial),
  cross-links (READ MORE:, Related stories), photo captions and credits
  ("(Picture: AP)", "Photo: Reuters"), share and copyright lines.  A prompt
  after which little prose follows ends the article: what comes after it is
  the page's furniture.
- Before the body, the headline (the first line shaped like one), the byline
  ("By ..." or a lone name) and the outlet (a name repeated in the header)
  are taken as metadata and dropped from the text.
- Inside the body, a short line that does not end like a sentence is a
  subheading and becomes a Markdown heading; a run of three or more such
  lines is a list of links and is dropped.

Only :func:`fetch` and :func:`write_article` touch the network or the disk.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.error
import urllib.request
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from .loader import slugify
from .text import STOPWORDS, normalize

# Lines that are the page around the article, whatever the outlet.
CRUFT = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^(sign|log) ?(up|in|out)\b",
        r"\b(sign|log) ?in here\b",
        r"^already (a member|a subscriber|have an account|registered)",
        r"^(subscribe|register|join)\b.{0,60}$",
        r"\b(free trial|days? free|start reading|start your)\b",
        r"\bdownload (the|our) app\b|^(one|the) app\b|\bin one place\b",
        r"\b(premium|trusted)( global)? (titles|sources)\b|\bone (membership|subscription)\b",
        r"^read (more|next|also)\b\s*[:\-–—]?",
        r"^(related|recommended|more|top|latest|popular|trending)\b.{0,25}"
        r"\b(stories|articles|news|reads|on)\b",
        r"^our picks$|^most (read|popular|viewed)$|^(editor'?s )?picks$",
        r"^(share|tweet|email|print)( (this|on|via)\b.*)?$",
        r"^(follow|like) us\b|^click here\b|^tap here\b",
        r"©|\bcopyright\b|\ball rights reserved\b",
        r"^advertisement$|^sponsored\b|^(ad|ads)$",
        r"\bnewsletter\b|\bcookies?\b.{0,40}\b(accept|settings|policy|use)\b",
        r"^(listen|watch)( to)?( this)?( article| story| now)?\s*[:\-–]|^\d+ min(ute)? read$",
        r"^(updated|published|last updated|first published)\b.{0,40}\d",
        r"^comments?( \(\d+\))?$|^\d+ comments?$|^show comments$",
        r"\bcurated (specifically )?for you\b",
    )
]
# Prompts after which, if little prose follows, the article is over.
STOP = [CRUFT[i] for i in (0, 1, 2, 3, 4, 5, 6, 8, 9, 12, 14, 17)]
CREDIT = re.compile(
    r"^\(?\s*(picture|photo|photograph|image|credit|pic|video|illustration)s?\b[^)]{0,80}\)?$"
    r"|^\(?[^()]{0,60}(getty images|/ ?reuters|/ ?afp|/ ?ap\b|ap photo|shutterstock|pa wire|"
    r"pa media|alamy)[^()]{0,40}\)?$",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
NAME = re.compile(r"^(?:[A-Z][\w'’.-]*)(?: (?:[A-Z][\w'’.-]*|de|van|von|da|bin|al))*$")
BYLINE = re.compile(r"^by\s+(.{3,80})$", re.IGNORECASE)


@dataclass(frozen=True)
class Imported:
    """An article as extracted: Markdown body and whatever metadata was found."""

    body: str
    title: str | None = None
    source: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    dropped: tuple[str, ...] = field(default=(), compare=False)

    @property
    def words(self) -> int:
        return len(self.body.split())


class ImportFailed(Exception):
    """An article could not be imported; the message says why and what to do."""


def is_cruft(line: str) -> bool:
    """Whether a line is the page around an article rather than the article."""
    text = normalize(line).strip()
    return any(p.search(text) for p in CRUFT) or bool(CREDIT.match(text))


def _is_stop(line: str) -> bool:
    text = normalize(line).strip()
    return any(p.search(text) for p in STOP)


def _is_prose(line: str) -> bool:
    words = line.split()
    if len(words) < 3 or not SENTENCE_END.search(line):
        return False
    lowered = [w.strip("\"'“”‘’(),.;:!?").lower() for w in words]
    function = sum(1 for w in lowered if w in STOPWORDS)
    return len(words) < 8 or function / len(words) >= 0.15


def _units(text: str) -> list[str]:
    """Paragraph-sized lines: hard-wrapped lines are joined back together."""
    units: list[str] = []
    # Invisible characters go; quotes and dashes stay as the outlet wrote them.
    text = re.sub(r"[\u00ad\u200b\ufeff]", "", text).replace("\u00a0", " ").replace("\r\n", "\n")
    for block in re.split(r"\n\s*\n", text):
        lines = [re.sub(r"\s+", " ", line).strip() for line in block.split("\n")]
        for line in filter(None, lines):
            wrapped = units and not SENTENCE_END.search(units[-1]) and line[0].islower()
            if wrapped and not units[-1].endswith(":"):
                units[-1] += " " + line
            else:
                units.append(line)
    return units


def from_text(text: str) -> Imported:
    """Keep the article in text copied from a page, app or aggregator; drop the rest."""
    units = _units(text)
    dropped: list[str] = []
    credits = {n for n, u in enumerate(units) if CREDIT.match(u)}
    captions = {n - 1 for n in credits if n and not _is_prose(units[n - 1])}
    skip = credits | captions
    start = next(
        (
            n
            for n, u in enumerate(units)
            if n not in skip and _is_prose(u) and len(u.split()) >= 8 and not is_cruft(u)
        ),
        None,
    )
    if start is None:
        return Imported("", dropped=tuple(units))
    header = [u for n, u in enumerate(units[:start]) if n not in skip]
    meta = _header_metadata(header)
    dropped += units[:start]

    body_units = units[start:]
    end = _body_end(body_units)
    dropped += body_units[end:]
    kept: list[str] = []
    run: list[str] = []
    for n, unit in enumerate(body_units[:end], start):
        if n in skip or is_cruft(unit):
            dropped.append(unit)
            continue
        if _is_prose(unit) or len(unit.split()) > 14:
            kept += _headings(run, dropped)
            run = []
            kept.append(_escape(unit))
        else:
            run.append(unit)
    dropped += run  # short lines after the last paragraph: furniture
    body = "\n\n".join(kept).strip()
    return Imported(body=body + "\n" if body else "", dropped=tuple(dropped), **meta)


def _headings(run: list[str], dropped: list[str]) -> list[str]:
    if len(run) >= 3:  # a list of headlines, not a subheading
        dropped += run
        return []
    return ["## " + _escape(u.strip("#").strip()) for u in run]


def _body_end(units: list[str]) -> int:
    """Where the article stops: the first prompt after which little prose follows."""
    prose_words = [len(u.split()) if _is_prose(u) and not is_cruft(u) else 0 for u in units]
    last = max((n for n, w in enumerate(prose_words) if w), default=-1)
    for n, unit in enumerate(units):
        if not _is_stop(unit):
            continue
        before, after = sum(prose_words[:n]), sum(prose_words[n + 1 :])
        if after < max(30, 0.15 * before):
            return n
    return last + 1


def _header_metadata(header: list[str]) -> dict[str, str | None]:
    lines = [u for u in header if not is_cruft(u)]
    title = next(
        (
            u
            for u in lines
            if 4 <= len(u.split()) <= 25 and not SENTENCE_END.search(u) and not NAME.match(u)
        ),
        None,
    )
    if title is None:
        title = next((u for u in lines if 4 <= len(u.split()) <= 25 and not _is_prose(u)), None)
    author = next((m.group(1) for u in lines if (m := BYLINE.match(u))), None)
    names = [u for u in lines if NAME.match(u) and 1 <= len(u.split()) <= 4 and u != title]
    repeated = [u for u in names if names.count(u) > 1]
    source = repeated[0] if repeated else None
    if author is None:
        singles = [u for u in names if names.count(u) == 1 and len(u.split()) >= 2]
        author = singles[-1] if singles else None
    return {"title": title, "source": source, "author": author}


_LEADING_MARKUP = re.compile(r"^(\s*)([#>+*-]|\d+[.)])(\s)")


def _escape(line: str) -> str:
    """Text that Markdown would otherwise read as markup, made literal."""
    line = re.sub(r"([\\`*\[\]<])", r"\\\1", line)
    return _LEADING_MARKUP.sub(lambda m: f"{m.group(1)}\\{m.group(2)}{m.group(3)}", line)


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


def with_overrides(imported: Imported, **overrides: str | None) -> Imported:
    """Flags given on the command line win over what was extracted."""
    return replace(imported, **{k: v for k, v in overrides.items() if v})


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
    """An ISO date or date-time, as given; anything else is refused."""
    try:
        if len(value) == 10:
            dt.date.fromisoformat(value)
        else:
            dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ImportFailed(
            f"--published {value!r} is not a date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)"
        ) from exc
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
