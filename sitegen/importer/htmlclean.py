"""Tidy what trafilatura keeps of a saved page: the furniture inside the article's own markup.

trafilatura finds the part of a page that holds the article, but news sites
put furniture inside that part too, and some pages hold the article only in
their metadata.  The rules here go by the shape of the markup and the text,
never by a site's name:

- Above the article: a section label, a date line, the byline and the
  headline itself (the headline is front matter).  A page title carries the outlet's name or
  a date after a bar ("Storm closes port | The Courier | 03.02.2026").
- Inside it: a paragraph that is nothing but a link (a teaser for another
  story), lines :func:`sitegen.importer.cleantext.is_cruft` knows once bold or italics
  are set aside, a line break inside a heading (trafilatura makes its second
  half a paragraph), a standfirst set as a heading, a date glued to its end,
  a subheading in capitals set as a paragraph, a heading at the very end (over
  links that have gone) and a closing line about the author ("Ann Lee is a
  columnist ...").
- A page whose visible text is a caption or two, the article being sent only
  as schema.org ``articleBody`` for scripts to fill in, gives that text.
"""

from __future__ import annotations

import html as htmllib
import json
import re
from collections.abc import Iterator

from .cleantext import clean
from .lineshape import BYLINE, NAME, is_cruft, is_date_stamp
from .stamps import TRAILING_STAMP

_LINK = re.compile(r"\[([^\[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)")
_HEADING = re.compile(r"^(#{1,6})\s+")
_LIST = re.compile(r"^\s*([-*+]|\d+[.)])\s")
_WORD = re.compile(r"[^\W_]+")
SEPARATOR = re.compile(r"(\s+[|·•–—-]\s+|\s*\|\s*)")
NUMERIC_DATE = re.compile(r"^\d{1,4}([./-])\d{1,2}\1\d{1,4}$")
SENTENCE_ENDS = (".", "!", "?", "…", '"', "”", "’")
ARTICLE_WORDS = 12  # a paragraph this long, not a heading, is where the article begins
LABEL_WORDS = 6
STANDFIRST_WORDS = 15  # a heading this long that ends like a sentence is a standfirst
CAPS_HEADING_WORDS = 10  # a line in capitals this short is a subheading


def plain(block: str) -> str:
    """A Markdown block as a reader sees it: no heading or list marks, emphasis or escapes."""
    text = _HEADING.sub("", block.strip())
    text = re.sub(r"^\s*([-*+]|\d+[.)])\s+", "", text, flags=re.MULTILINE)
    return re.sub(r"\\(.)", r"\1", text.replace("*", "")).strip()


def _key(text: str) -> str:
    return " ".join(_WORD.findall(plain(text).lower()))


def link_only(markdown: str) -> set[str]:
    """The blocks of ``markdown`` (extracted with links) that are nothing but links, as keys."""
    found = set()
    for block in re.split(r"\n\s*\n", markdown):
        unlinked = _LINK.sub(r"\1", block)
        if unlinked != block and not _WORD.search(_LINK.sub("", block)):
            found.add(_key(unlinked))
    found.discard("")
    return found


# Boxes that hold the outlet's other stories, named as such in their class or id
# (trafilatura already drops "related" and "next-" boxes, not these).
TEASER_BOX = re.compile(
    r"next-?(story|stories|post|article)|(more|other)-?(stories|posts|articles)|read-?next",
    re.IGNORECASE,
)


def prepare(html: str) -> str:
    """``html`` without boxes of other stories, and with each heading on one line.

    trafilatura makes a line break inside a heading ("Quarry plan will<br>undermine
    the road") a heading and a paragraph.  The page is only rewritten when either is found.
    """
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(html)
    except (ValueError, etree.LxmlError):
        return html  # trafilatura has its own ways with a page lxml cannot read
    changed = False
    for box in root.xpath("//*[@class or @id]"):
        named = f"{box.get('class', '')} {box.get('id', '')}"
        # A box holding the headline or an <article> wraps the story, whatever its name.
        wraps = box.tag in ("body", "main", "article") or box.xpath(".//h1|.//article")
        if TEASER_BOX.search(named) and not wraps and box.getparent() is not None:
            box.drop_tree()
            changed = True
    for br in root.xpath("//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5]//br"):
        br.tail = " " + (br.tail or "")
        br.drop_tag()
        changed = True
    return lxml_html.tostring(root, encoding="unicode") if changed else html


def clean_title(title: str | None, sitename: str | None, url: str | None) -> str | None:
    """The headline without the outlet's name or a date set after a bar or dash."""
    if not title:
        return title
    host = re.match(r"(?:https?://)?(?:www\.)?([^/:?#]+)", url or "")
    names = [sitename, host.group(1) if host else None]
    parts = SEPARATOR.split(title)  # text, separator, text, ...

    def furniture(part: str) -> bool:
        part = part.strip()
        named = any(same_name(part, name) for name in names)
        return named or bool(NUMERIC_DATE.match(part)) or is_date_stamp(part)

    while len(parts) > 2 and furniture(parts[-1]):
        parts = parts[:-2]
    while len(parts) > 2 and furniture(parts[0]):
        parts = parts[2:]
    return "".join(parts).strip() or title


def same_name(one: str | None, other: str | None) -> bool:
    """Whether two names are one, set aside case, spaces, punctuation, "The" and a web
    address's ending ("The Estuary Times", "estuarytimes.com")."""
    keys = [
        _key(re.sub(r"\.(com|org|net|co\.uk|[a-z]{2})$", "", n or "", flags=re.I))
        .removeprefix("the ")
        .replace(" ", "")
        for n in (one, other)
    ]
    return bool(keys[0]) and keys[0] == keys[1]


def _same_headline(heading: str, title: str | None) -> bool:
    mine, theirs = set(_key(heading).split()), set(_key(title or "").split())
    shorter = min(len(mine), len(theirs))
    return shorter >= 3 and len(mine & theirs) >= 0.8 * shorter


def _headline_at(blocks: list[str], title: str | None) -> int | None:
    """Where the headline is, among the lines above the article's first paragraph."""
    for n, block in enumerate(blocks):
        heading = _HEADING.match(block)
        if heading and (_same_headline(block, title) or heading.group(1) == "#"):
            return n
        if not heading and len(block.split()) >= ARTICLE_WORDS:
            return None  # the article has begun: a heading from here on is its own
    return None


# ... or the page's markup between two paragraphs had a stop of its own ("</p>.<p>"), which
# trafilatura keeps as a line.
_STRAY = re.compile(r"^\.(?=[A-Z])|^\.\s*$")


def tidy(
    blocks: list[str],
    *,
    title: str | None,
    author: str | None,
    links: set[str],
    source: str | None = None,
) -> tuple[list[str], list[str]]:
    """The article's blocks kept (Markdown) and the furniture dropped."""
    dropped: list[str] = []
    top = _headline_at(blocks, title)
    if top is not None:
        dropped += blocks[: top + 1]
        blocks = blocks[top + 1 :]
    else:  # the headline may follow a standfirst: then only the headline goes
        near = [
            n for n, b in enumerate(blocks[:3]) if _HEADING.match(b) and _same_headline(b, title)
        ]
        if near:
            dropped.append(blocks.pop(near[0]))
    kept: list[str] = []
    lead_in = False  # the block before was furniture that ends in a colon ("Read about:")
    begun = False  # the article's first paragraph has come
    for block in blocks:
        # A link's text the page left between two paragraphs, after its full stop: ".A NASA
        # mission that collided with an asteroid ..." opens on a stop, as no sentence does.
        if block.startswith(".") or "\n." in block:
            lines = block.split("\n")
            dropped += [line for line in lines if _STRAY.match(line)]
            block = "\n".join(line for line in lines if not _STRAY.match(line))
            if not block:
                continue
        text, shape = plain(block), _HEADING.match(block) or _LIST.match(block)
        begun = begun or (not shape and len(text.split()) >= ARTICLE_WORDS)
        # Above the first paragraph, a few words that are no sentence are a label or a
        # job title ("Transport correspondent"), as a name there is the byline.
        label = not begun and not shape and len(text.split()) <= LABEL_WORDS
        label = label and not text.endswith(SENTENCE_ENDS)
        furniture = _key(block) in links or is_cruft(text) or _is_byline(text, author)
        furniture = furniture or same_name(text, source)  # the outlet's name on its own
        furniture = furniture or not _WORD.search(text)  # a rule or a row of dots
        if furniture or label or (lead_in and _LIST.match(block)):
            dropped.append(block)
            lead_in = text.endswith(":")
            continue
        lead_in = False
        kept.append(_reshape(block, text, dropped, top=not kept))
    while kept and _HEADING.match(kept[-1]) and not plain(kept[-1]).endswith(SENTENCE_ENDS):
        dropped.append(kept.pop())  # a heading over nothing: its list of links has gone
    if kept and author and _about_author(plain(kept[-1]), author):
        dropped.append(kept.pop())
    elif kept:
        kept[-1] = cut_author_note(kept[-1], author)
    return kept, dropped


def _is_byline(text: str, author: str | None) -> bool:
    """ "By Ann Lee", "By ANN LEE, Transport Correspondent", or the author's name alone."""
    match = BYLINE.match(text)
    if match:
        first = re.split(r",|\s+(?:and|&)\s+|\s+[|·•–—-]\s+", match.group(1))[0].strip()
        return len(first.split()) >= 2 and bool(NAME.match(first))  # not "By the numbers"
    return same_name(text, author)


def _reshape(block: str, text: str, dropped: list[str], *, top: bool) -> str:
    stamp = TRAILING_STAMP.search(block)
    if stamp and stamp.start() > 0:
        dropped.append(stamp.group().strip())
        block = block[: stamp.start()].rstrip()
        text = plain(block)
    heading = _HEADING.match(block)
    words = text.split()
    if top and heading and len(words) >= STANDFIRST_WORDS and text[-1] in ".!?…":
        return block[heading.end() :]  # a standfirst: prose, whatever its markup
    shouted = text.upper() == text and any(c.isalpha() for c in text)
    if not heading and shouted and len(words) <= CAPS_HEADING_WORDS and text[-1] not in ".!?…":
        return "## " + block
    return re.sub(r"\s*\bpic\.twitter\.com/\w+", "", block)


def _about_author(text: str, author: str) -> bool:
    """A short closing line that introduces the author: "Ann Lee is a columnist ..."."""
    opening = rf"^{re.escape(author)}\s+(is|was|has been|writes)\b"
    return len(text.split()) <= 60 and bool(re.match(opening, text))


def cut_author_note(text: str, author: str | None) -> str:
    """``text`` without a closing note about its author run on after the last sentence."""
    if not author:
        return text
    notes = rf"(?<=[.!?\"”’])\s+{re.escape(author)}\s+(is|was|has been|writes)\b"
    for note in re.finditer(notes, text):
        if _about_author(text[note.start() :].strip(), author):
            return text[: note.start()]
    return text


def _json_ld(html: str) -> Iterator[object]:
    pattern = r"<script[^>]*application/ld\+json[^>]*>(.*?)</script\s*>"
    for match in re.finditer(pattern, html, re.IGNORECASE | re.DOTALL):
        try:
            yield json.loads(match.group(1), strict=False)
        except ValueError:
            continue  # a page's broken metadata is no reason to fail the import


def _walk(data: object) -> Iterator[dict[str, object]]:
    if isinstance(data, list):
        for item in data:
            yield from _walk(item)
    elif isinstance(data, dict):
        yield data
        yield from _walk(data.get("@graph"))


def article_body(html: str) -> str | None:
    """The article text a page declares as schema.org ``articleBody``, as plain text."""
    bodies = [
        body
        for data in _json_ld(html)
        for item in _walk(data)
        if isinstance(body := item.get("articleBody"), str)
    ]
    if not bodies:
        return None
    text = max(bodies, key=len)
    text = re.sub(r"</p\s*>|<br\s*/?>", "\n\n", text, flags=re.IGNORECASE)
    return htmllib.unescape(re.sub(r"<[^>]+>", " ", text))


def body_from_metadata(html: str, words: int, author: str | None) -> list[str] | None:
    """The declared article, cleaned, when the visible one has under half its words."""
    declared = article_body(html)
    if not declared or len(declared.split()) < 2 * max(words, 50):
        return None
    body = clean(cut_author_note(declared.strip(), author)).body
    return [b for b in body.split("\n\n") if b.strip()] or None
