"""Clean an article's Markdown and cut it into paragraphs, then sentences and tokens.

What a paragraph holds besides its story is left out here: where the story was
filed ("LONDON (Reuters) - ", read by :mod:`.datelines`), a live blog's time stamps,
notes of an update, the number of a point in a list, crossheads, lead-ins and agency
credits.  Each paragraph left is cut into sentences by :mod:`.sentences`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .datelines import dated_below, opening_dateline
from .model import Block, Document
from .model import Token as Word
from .sentences import SENTENCE_END, clean_text, split_sentences
from .text import tokenize

# A live blog's entry stamp ("19:32 ", "7.45am BST - "): when it was posted, not news.
TIMESTAMP = re.compile(
    r"^\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?\s?(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT)?"
    r"\s*[-–—:|]?\s+(?=[A-Z\"“‘'])"
)
# A note that the story was updated, before its first words: "(Update March 24, 9PM) - ".
UPDATE_NOTE = re.compile(
    r"^\(?(?:update[sd]?|updated)\b(?=[^()\n]{0,40}\d)[^()\n]{0,40}\)?\s*[-–—:]\s+"
    # ... or the update's number in brackets: "(2nd UPDATE) The Coast Guard says ...".
    r"|^\((?:\d+(?:st|nd|rd|th)\s+)?update[sd]?\)\s+",
    re.IGNORECASE,
)
# A wire's credit in brackets before its dash, as a dateline sets it: "(AP) —".
WIRE_DASH = re.compile(r"\([A-Z][A-Za-z/ ]{1,20}\)\s*[—–-]")
# The number of a point of a list set as paragraphs ("1. A climate scientist ..."; the
# importer escapes it as "1\." so that the point stays a paragraph): it orders, it says
# nothing, and it must not stand as a sentence of its own.
LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?=[A-Z\"“‘'(])")
# A lead-in to what follows, not a fact: "Here's what we know so far.", "In case you
# missed it, here's the telecast:", "Check out the partner list:".
LEAD_IN = re.compile(
    r"^(?:[^.!?]{0,40},\s*)?here(?:'s|’s| is| are)\b[^.!?]{0,80}(?::|…|\.\.\.|\bso far\.)$"
    # ... "Here's a closer look at the allegations and the characters involved."
    r"|^here(?:'s|’s| is) (?:an? )?(?:closer |quick |brief |full )?(?:look|guide|rundown"
    r"|breakdown|recap|timeline)\b[^.!?]{0,100}\.$"
    r"|^(?:in )?other (?:developments|news|key points)\s*:$"
    r"|^(?:check out|take a look at|see|watch)\b[^.!?]{0,60}:$",
    re.IGNORECASE,
)
# A news agency named on a line of its own, as a byline: it says who wrote the copy.
CREDIT_LINE = re.compile(
    r"^[(\[]?(?:by\s+)?(?:the\s+)?(?:agence france[- ]presse|associated press|reuters|afp|ap|"
    r"press association|pa media|bloomberg( news)?|xinhua|pti|ians|ani|upi|dpa|efe|bernama|"
    r"yonhap|kyodo( news)?|tass|anadolu( agency)?)[)\]]?\.?$",
    re.IGNORECASE,
)
# Who said the quotation above, on a line of its own: "— Judge Masipa".  It tells whose
# words those were, which the quotation's sentence carries; it is no claim of its own.
ATTRIBUTION_LINE = re.compile(
    r"^[—–]\s*[A-Z][\w.'’-]*(?:,? (?:[—–] )?[A-Z\w][\w.'’-]*){0,7}$"  # "— Ann Lee, chair – FTC"
)
# A crosshead set as a paragraph of its own: a few words, no full stop ("Curfew imposed",
# "International reaction", "'Media lies'").  It heads what follows; it reports nothing.
CROSSHEAD_WORDS = 6
# ... or a longer one set as a headline, its words in capitals ("How the Telescope Found
# the Seven Planets").
TITLED_CROSSHEAD_WORDS = 12
_md = MarkdownIt("commonmark", {"html": False})


def segment(markdown: str, year: int | None = None, published: str | None = None) -> Document:
    """Cut an article body (Markdown) into blocks, sentences and tokens.

    Paragraphs, list items and block quotes become paragraphs of sentences;
    headings stay headings and are never counted as sentences.  ``year`` is
    the year the article was published, so "four years ago" can be compared;
    ``published`` its day, so "yesterday" can.
    """
    sentences: list[str] = []
    blocks: list[Block] = []
    dateline = ""
    found = text_blocks(markdown)
    listing = False  # under a paragraph that leads in to a list
    for n, (kind, text) in enumerate(found):
        text = clean_text(text)
        if not text:
            continue
        if kind == "heading":
            blocks.append(Block("heading", text=text))
            continue
        if not sentences:
            text = UPDATE_NOTE.sub("", text, count=1)
        # A dateline may stand on a line of its own: "TOKYO (AFP) -".  Under a standfirst
        # the lede may carry it in brackets: "[SINGAPORE] US President ...".
        # ... and so may the lede under an update set above it: "OSO — A hillside broke ...".
        capitals = bool(sentences) and dated_below(text)
        lede = not sentences or (
            (text[:1] == "[" or capitals) and not dateline and _one_paragraph(blocks)
        )
        filed = opening_dateline(text) if lede else None
        if filed and (not sentences or filed.group()[0] == "[" or capitals):
            dateline = filed.group().strip()
            text = (text + " ")[filed.end() :].strip()
            if not text:
                continue
        elif (
            sentences
            and text[:2].isupper()
            and (later := opening_dateline(text))
            and WIRE_DASH.search(later.group())
        ):
            # ... and a wire's story an update was set above keeps its dateline with the
            # wire's credit: "PORTLAND, Ore. (AP) — The number of cases grew ...".
            text = text[later.end() :].strip()
        text = LIST_NUMBER.sub("", TIMESTAMP.sub("", text, count=1), count=1)
        if CREDIT_LINE.match(text):
            continue  # "Agence France-Presse" on a line of its own credits the copy
        if ATTRIBUTION_LINE.match(text) and sentences:
            blocks.append(Block("heading", text=text))  # shown, never counted as a claim
            continue
        # ... but a last paragraph cut off short is a sentence all the same.
        crosshead = (
            not SENTENCE_END.search(text)
            and (
                len(text.split()) <= CROSSHEAD_WORDS
                or (len(text.split()) <= TITLED_CROSSHEAD_WORDS and _titled(text))
            )
            # ... but a line of a tally is a fact however short: "Jo Bloggs - 135,218 votes
            # (27.6%)" heads nothing.
            and not _TALLIED.search(text)
        )
        # A list's point is a fact however short ("- a four-day working week"), and a short
        # lead-in to the list ("Other demands included:") heads what follows.
        point = text[:2] in ("- ", "• ", "* ")
        # ... and so are the short lines under a paragraph that ends on a colon ("There were
        # 12 albums shortlisted. They were:" / "Arctic Monkeys – AM" / ...).
        crosshead = crosshead and n < len(found) - 1 and not point and not listing
        led_in = text[-1] == ":" and len(text.split()) <= CROSSHEAD_WORDS
        if LEAD_IN.match(text) or ((crosshead or led_in) and sentences):
            blocks.append(Block("heading", text=text))  # it heads what follows
            # ... and the points under a short lead-in are its list's ("The recalled cars
            # include:" / "2014-2016 Cadenza" / ...), not crossheads.
            listing = led_in
            continue
        start = len(sentences)
        sentences.extend(split_sentences(text, last=n == len(found) - 1))
        blocks.append(Block("paragraph", tuple(range(start, len(sentences)))))
        listing = text[-1] == ":" or (listing and not SENTENCE_END.search(text))
    tokens = [tokenize(s, year) for s in sentences]
    for block in blocks:
        _carry_quotations(sentences, tokens, block.sentences)
    return Document(tuple(sentences), tuple(blocks), tuple(tokens), year, dateline, published)


_TALLIED = re.compile(r"\d{1,3}(?:,\d{3})+|\d\.\d+%")  # "135,218", "27.6%"


def _one_paragraph(blocks: Sequence[Block]) -> bool:
    """Whether one paragraph, a standfirst, stands above this one."""
    return sum(b.kind == "paragraph" for b in blocks) == 1


def _titled(text: str) -> bool:
    """Whether ``text`` is set as a headline: its words of four letters or more capitalised."""
    long = [w for w in text.split() if len(w.strip(".,:;'\"’”“()")) >= 4]
    return len(long) >= 3 and all(w.lstrip("'\"‘“(")[:1].isupper() for w in long)


def _carry_quotations(
    sentences: Sequence[str], tokens: list[tuple[Word, ...]], indices: Sequence[int]
) -> None:
    """Mark as quoted, in place, the sentences inside a quotation that runs over several.

    '"Our politics may be under strain. So much to be proud of. So much to be
    optimistic about."': the middle sentence has no quotation marks of its own, yet
    it is the speaker's words, which another outlet may quote on their own.
    """
    inside = False
    for i in indices:
        marks = [ch for ch in sentences[i] if ch in '"“”']
        if not marks:
            if inside:
                tokens[i] = tuple(t._replace(quoted=True) for t in tokens[i])
            continue
        for ch in marks:
            inside = ch == "“" or (ch == '"' and not inside)


def from_sentences(sentences: Sequence[str], year: int | None = None) -> Document:
    """A document of sentences already split, one paragraph: for tests and notebooks."""
    return Document(
        tuple(sentences),
        (Block("paragraph", tuple(range(len(sentences)))),),
        tuple(tokenize(s, year) for s in sentences),
        year,
    )


# Anything Markdown may read as markup: a character of its inline syntax or an entity, a
# line that may open a heading, a quote, a list, a rule or code, and any whitespace but a
# space or a line break (a tab indents, a carriage return breaks a line).
_MARKUP = re.compile(r"[\\`*_\[\]<>&!#|~=+\x00]|[^\S \n]|^ *(?:-|\d{1,9}[.)])|^ {4}", re.MULTILINE)


def text_blocks(markdown: str) -> list[tuple[str, str]]:
    """The headings and paragraphs of a body, each ``(kind, text)``, as Markdown reads them."""
    if not _MARKUP.search(markdown):
        # Plain paragraphs, as most articles are: Markdown gives each back with its lines
        # joined by a space, and parsing them costs more than all the rest of segmenting.
        return plain_blocks(markdown)
    return markdown_blocks(markdown)


def markdown_blocks(markdown: str) -> list[tuple[str, str]]:
    """:func:`text_blocks` read by the Markdown parser, whatever the body holds."""
    found: list[tuple[str, str]] = []
    tokens = _md.parse(markdown)
    for i, token in enumerate(tokens):
        if token.type != "inline":
            continue
        kind = "heading" if i and tokens[i - 1].type == "heading_open" else "paragraph"
        found.append((kind, _inline_text(token)))
    return found


def plain_blocks(plain: str) -> list[tuple[str, str]]:
    """:func:`text_blocks` of a body with no markup: paragraphs between blank lines."""
    found: list[tuple[str, str]] = []
    lines: list[str] = []
    for line in (*plain.split("\n"), ""):
        line = line.strip(" ")
        if line:
            lines.append(line)
        elif lines:
            found.append(("paragraph", " ".join(lines)))
            lines = []
    return found


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts)
