"""Keep the article in plain text copied out of a page, an aggregator or an app.

Plain text has no markup to go by, so :func:`clean` reads the shape of each line:

- Prose is lines that end like sentences and read like them; the article
  body is the run of prose from its first real paragraph to its last.  A
  last paragraph cut off mid-sentence (pasted and scraped pages often stop
  short) is still prose when it reads like it.
- Cruft is recognised by what it is, not by a list of one site's lines:
  prompts (sign up, subscribe, download the app, comment), cross-links (READ
  MORE:, Related stories, a lone "Continue reading", a kicker in capitals),
  photo captions and credits ("(Picture: AP)", "... Photo: AP"), wire credits
  ("(Reuters)", "Reporting by ...; Editing by ..."), date stamps, share and
  copyright lines, a science story's references (DOI, "Citation:").  A prompt
  after which little prose follows ends the article: what comes after it is
  the page's furniture.
- Furniture glued to prose is cut off and the prose kept: a wire credit at
  the end of a paragraph, a date stamp at the start of the first one.  A
  paragraph given twice (a standfirst repeated as the lede) is kept once.
- Before the body, the headline (the first line shaped like one), the byline
  ("By ..." or a lone name) and the outlet (a name repeated in the header)
  are taken as metadata and dropped from the text.
- Inside the body, a short line that does not end like a sentence, or a short
  question on its own, is a subheading and becomes a Markdown heading; a run
  of three or more such lines is a list of links and is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from .engine.text import STOPWORDS, normalize
from .furniture import (
    CAPTION,
    CHROME,
    CREDIT,
    DATELINE_ALONE,
    DATELINE_REACH,
    HEADER_WORDS,
    IMAGE_FILE,
    INLINE_LINK,
    KICKER,
    LOOSE_DATELINE,
    OPENING_DATELINE,
    PHOTOGRAPHER,
    PICTURE_LIBRARY,
    ROLE,
    TRAILING_WIRE,
    WIRE,
)

# Prompts to sign up or pay: after one, if little prose follows, the article is over.
PROMPTS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^(sign|log) ?(up|in|out)\b",
        r"\b(sign|log) ?in here\b",
        r"^already (a member|a subscriber|have an account|registered)",
        r"^(subscribe|register|join)\b.{0,60}$",
        r"\b(free trial|days? free|start reading|start your)\b",
        r"\bdownload (the|our) app\b|^(one|the) app\b|\bin one place\b",
        r"\b(premium|trusted)( global)? (titles|sources)\b|\bone (membership|subscription)\b",
        # A heading over other stories, not a sentence: "More than 80 percent of the articles
        # on ..." and "Top officials on both sides ..." are the article's own.
        r"^(related|recommended|more|top|latest|popular|trending)\b.{0,25}"
        r"\b(stories|articles|news|reads|on)\b[^.!?]{0,40}$",
        r"^our picks$|^most (read|popular|viewed)$|^(editor'?s )?picks$",
        r"©|\bcopyright\b|\ball rights reserved\b",
        r"\bnewsletter\b|\bcookies?\b.{0,40}\b(accept|settings|policy|use)\b",
        r"^comments?( \(\d+\))?$|^\d+ comments?$|^show comments$",
    )
]
# Lines that are the page around the article, whatever the outlet.
CRUFT = [
    *PROMPTS,
    *CHROME,
    *(
        re.compile(p, re.IGNORECASE)
        for p in (
            r"^read (more|next|also)\b\s*[:\-–—]?",
            r"^see (more|all|the latest)\b[^.!?]{0,60}$",
            r"^this (post|article|story|report)( by [^.!?]{1,60}?)? (was )?(originally|first)"
            r" (published|appeared)\b",
            r"^see this\s*[:\-–—]\s*\S",
            r"^(also read|see also|you (may|might) also like|more on this( story)?"
            r"|related( coverage| content| articles?| stories)?)\W*$",
            r"^(continue|keep) reading( below)?\W*$|^read (the )?(full|whole) (story|article)\W*$"
            r"|^read the rest( of the (story|article))?\W*$"
            r"|^(story|article) continues (below|after)( (the )?(advertisement|ad))?\W*$",
            r"^(share|tweet|email|print)( (this|on|via)\b.*)?$",
            r"^(follow|like) us\b|^click here\b|^tap here\b",
            r"^advertisement$|^sponsored\b|^(ad|ads)$",
            r"^(listen|watch)( to)?( this)?( article| story| now)?\s*[:\-–]|^\d+ min(ute)? read$",
            r"\bcurated (specifically )?for you\b",
        )
    ),
]
QUESTION_WORDS = 8  # a question line this short is a subheading
LIST_ITEM = re.compile(r"^\d{1,2}[.)]\s+\S")
UNFINISHED_WORDS = 30  # no headline or standfirst is this long
CAPTION_WORDS = 12  # a line this short, not prose, between paragraphs may be a caption
LIST_ITEM_WORDS = 6  # a point of a list this long says something; shorter, it may be a link
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
NAME = re.compile(r"^(?:[A-Z][\w'’.-]*)(?: (?:[A-Z][\w'’.-]*|de|van|von|da|bin|al))*$")
BYLINE = re.compile(r"^by\s+(.{3,80})$", re.IGNORECASE)

# Date stamps, alone or glued to the start of the text.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
_DATE = (
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
    rf"|{_DAY}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+{_DAY},?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
)
_ZONE = r"(?:gmt|bst|utc|cet|cest|est|edt|et|pst|pdt|pt|cst|cdt|ist|aest|aedt|jst)(?:[+-]\d{1,2})?"
_TIME = rf"\d{{1,2}}[:.]\d{{2}}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s+{_ZONE})?"
_AGO = r"\d+\s*(?:mins?|minutes?|hrs?|hours?|days?|weeks?)\s+ago"
_STAMP_LABEL = (
    r"(?:date[ds]?|dateline|published|posted|updated|last updated|first published|modified"
    r"|last modified)(?:\s+on)?\s*[:\-–—]?\s*"
)
STAMP = re.compile(
    rf"^(?:{_STAMP_LABEL})?{_WEEKDAY}?(?:{_TIME}[\s,]*(?:on\s+)?)?{_WEEKDAY}?{_DATE}"
    rf"(?:[\s,]*(?:at\s+|[-–—|·•]\s*)?{_TIME})?"
    rf"|^{_STAMP_LABEL}(?:{_TIME}|{_AGO})|^{_AGO}|^\d+ min(?:ute)?s? read",
    re.IGNORECASE,
)
# A date glued to the end of a standfirst: "...the secret of its recovery?Monday, 6 January 2020".
TRAILING_STAMP = re.compile(
    rf"(?<=[.!?…\"”’])\s*{_WEEKDAY}?{_DATE}(?:[\s,]*(?:at\s+)?{_TIME})?$", re.IGNORECASE
)
# A labelled stamp that STAMP cannot parse ("Updated: Tue 3 Mar, 14:32").
LABELLED_STAMP = re.compile(
    r"^(updated|published|last updated|first published)\b.{0,40}\d", re.IGNORECASE
)


@dataclass(frozen=True)
class Cleaned:
    """What :func:`clean` keeps (a Markdown body and the header's metadata) and drops."""

    body: str
    title: str | None
    source: str | None
    author: str | None
    dropped: tuple[str, ...]


def is_cruft(line: str) -> bool:
    """Whether a line is the page around an article rather than the article."""
    text = normalize(line).strip()
    return (
        any(p.search(text) for p in CRUFT)
        or bool(CREDIT.match(text) or CAPTION.match(text) or KICKER.match(text))
        or bool(ROLE.match(text))
        or bool(WIRE.match(line.strip()))  # before normalising: it folds dashes into hyphens
        or _is_stamp(text)
    )


def is_date_stamp(line: str) -> bool:
    """Whether ``line`` is a date stamp and nothing more ("Updated 09:15 BST, 4 June 2026")."""
    return _is_stamp(normalize(line).strip())


def _is_stamp(text: str) -> bool:
    stamp, rest = _split_stamp(text)
    if stamp and not rest.strip(" ,.|·•–—-"):
        return True
    return bool(LABELLED_STAMP.search(text)) and not _is_prose(text)


def _split_stamp(line: str) -> tuple[str, str]:
    """A date stamp at the start of ``line`` (repeated stamps included) and the rest."""
    rest = line
    while match := STAMP.match(rest):
        rest = rest[match.end() :].lstrip(" ,;:|·•–—-")
    stamp = line[: len(line) - len(rest)].strip()
    # Only a capital, a quotation or a bracket ("(Reuters) - ") opens what follows:
    # "18 December 2022 was ..." is prose.
    if rest and not (rest[0].isupper() or rest[0] in "\"'“‘("):
        return "", line
    return stamp, rest


def _is_stop(line: str) -> bool:
    text = normalize(line).strip()
    return any(p.search(text) for p in PROMPTS)


def _is_prose(line: str) -> bool:
    words = line.split()
    if len(words) < 3 or not SENTENCE_END.search(line):
        return False
    return len(words) < 8 or _function_share(words) >= 0.15


def _function_share(words: list[str]) -> float:
    lowered = [w.strip("\"'“”‘’(),.;:!?").lower() for w in words]
    return sum(1 for w in lowered if w in STOPWORDS) / len(words)


def _is_cut_off(line: str) -> bool:
    """Prose that stops mid-sentence: long, mostly lower-case, with function words."""
    words = line.split()
    if len(words) < 10 or SENTENCE_END.search(line) or is_cruft(line):
        return False
    lettered = [w for w in words[1:] if w[0].isalpha()]
    lower = sum(1 for w in lettered if w[0].islower())
    return lower >= 0.6 * len(lettered) and _function_share(words) >= 0.2


def _unfinished(line: str) -> bool:
    """A first paragraph that the page printed without its last full stop ("... give all
    matter in the universe size and shape", "... on Wednesday, NU.nl reports"): longer
    than any headline, or two sentences, and worded like prose."""
    words = len(line.split())
    two = bool(re.search(r"[a-z]{2}[.!?][\"'”’]? [A-Z]", line))
    return (words >= UNFINISHED_WORDS or (two and words >= 15)) and _is_cut_off(line)


def _units(text: str) -> tuple[list[str], list[int]]:
    """Paragraph-sized lines (hard-wrapped lines joined back together), and for each the
    block it stands in: the lines between two blank lines."""
    units: list[str] = []
    blocks: list[int] = []
    # Invisible characters go; quotes and dashes stay as the outlet wrote them.
    text = re.sub(r"[\u00ad\u200b\ufeff]", "", text).replace("\u00a0", " ").replace("\r\n", "\n")
    for number, block in enumerate(re.split(r"\n\s*\n", text)):
        lines = [re.sub(r"\s+", " ", line).strip() for line in block.split("\n")]
        for line in filter(None, lines):
            wrapped = units and not SENTENCE_END.search(units[-1]) and line[0].islower()
            wrapped = wrapped and not STAMP.match(line)  # "date 2026-06-02 ..." opens a line
            if wrapped and not units[-1].endswith(":"):
                units[-1] += " " + line
            else:
                units.append(line)
                blocks.append(number)
    return units, blocks


def _header_block(units: list[str], blocks: list[int]) -> int:
    """How many lines at the top are the page's header by their layout alone.

    A page whose story is set in paragraphs apart by blank lines may open with
    lines set apart by line breaks only: a headline, a standfirst, summary points,
    a byline, captions.  They are its header when the first paragraph below them
    opens with a dateline ("Yokohama: ", "CAPE TOWN - "), or when the header gives
    a line twice or teases the story's first words ("India created history …"):
    otherwise they may be a headline set right above the lede, and stay.
    """
    top = sum(1 for b in blocks if b == blocks[0]) if blocks else 0
    later = [blocks.count(b) for b in sorted(set(blocks[top:]))]
    if top < 2 or len(later) < 3 or sum(1 for n in later if n == 1) < 0.8 * len(later):
        return 0
    head, rest = units[:top], units[top:]
    if any(len(u.split()) > HEADER_WORDS for u in head):
        return 0  # a paragraph of a story's length is the story
    dated = bool(LOOSE_DATELINE.match(rest[0]) or OPENING_DATELINE.match(rest[0]))
    twice = len(set(head)) < len(head)
    lede = LOOSE_DATELINE.sub("", rest[0])
    teased = any(
        u.endswith(("…", "...")) and len(u) > 20 and lede.startswith(u.rstrip(".…").strip())
        for u in head
    )
    return top if dated or twice or teased else 0


def _strip_image_file(unit: str, dropped: list[str]) -> str:
    """``unit`` without a picture's file name glued before it."""
    match = IMAGE_FILE.match(unit)
    if not match:
        return unit
    dropped.append(match.group().strip())
    return unit[match.end() :]


def _strip_inline_links(unit: str, dropped: list[str]) -> str:
    """``unit`` without the links to other stories set inside it."""
    links = INLINE_LINK.findall(unit)
    if not links:
        return unit
    dropped.extend(link.strip() for link in links)
    return INLINE_LINK.sub("", unit).strip()


def _glue_datelines(units: list[str]) -> list[str]:
    """A dateline on a line of its own ("LONDON (Reuters) -") opens the paragraph after it."""
    glued: list[str] = []
    for unit in units:
        if glued and DATELINE_ALONE.match(glued[-1]):
            glued[-1] += " " + unit
        else:
            glued.append(unit)
    return glued


def _strip_wire_credit(unit: str, dropped: list[str]) -> str:
    match = TRAILING_WIRE.search(unit)
    if not match or PICTURE_LIBRARY.search(match.group()) or CAPTION.match(unit):
        return unit
    if PHOTOGRAPHER.search(match.group()):
        return unit  # "(Jo Bloggs/Estuary Times)": a photographer credited, so a caption
    dropped.append(match.group().strip())
    return unit[: match.start()]


def clean(text: str) -> Cleaned:
    """Keep the article in text copied from a page, app or aggregator; drop the rest."""
    dropped: list[str] = []
    lines, blocks = _units(text)
    header_lines = _header_block(lines, blocks)
    lines[header_lines:] = _glue_datelines(lines[header_lines:])
    units = [_strip_inline_links(_strip_image_file(u, dropped), dropped) for u in lines]
    credits = {n for n, u in enumerate(units) if CREDIT.match(u)}
    captions = {n - 1 for n in credits if n and not _is_prose(units[n - 1])}
    # A picture credited above the article ("Brendan McDermid | Reuters") has its caption
    # on the line after: a short one, before any paragraph.
    first = next((n for n, u in enumerate(units) if _is_prose(u) and len(u.split()) > 20), None)
    captions |= {
        n + 1
        for n in credits
        if n + 1 < len(units)
        and (first is None or n < first)
        and n + 1 != first
        and len(units[n + 1].split()) <= 20
        and (n == 0 or n - 1 not in captions)
    }
    # An author's name above their role ("Gregory Bruner" / "Editor in Business.").
    authors = {
        n - 1 for n, u in enumerate(units) if n and ROLE.match(u) and NAME.match(units[n - 1])
    }
    skip = credits | captions | authors | _doubled_captions(units)
    start = None
    for n, unit in enumerate(units):
        if n < header_lines:
            continue
        # Stamps are glued to the header or the lede, never to later paragraphs.
        stamp, rest = _split_stamp(unit)
        if stamp and rest:
            dropped.append(stamp)
            units[n] = unit = rest
        # Above the body a short line ending in "(AP)" is a photo caption, not a paragraph.
        if len(unit.split()) > 14:
            units[n] = unit = _strip_wire_credit(unit, dropped)
        opens = (_is_prose(unit) and len(unit.split()) >= 8) or _unfinished(unit)
        if n not in skip and opens and not is_cruft(unit):
            start = n
            break
    if start is None:
        return Cleaned("", None, None, None, tuple(units))
    start = _dateline_start(units, start)
    header = [u for n, u in enumerate(units[:start]) if n not in skip]
    meta = _header_metadata(header)
    dropped += units[:start]

    body_units = [_strip_wire_credit(u, dropped) for u in units[start:]]
    end = _body_end(body_units)
    dropped += body_units[end:]
    kept: list[str] = []
    given: set[str] = set()  # the paragraphs kept, to keep a paragraph given twice once
    run: list[str] = []
    for n, unit in enumerate(body_units[:end], start):
        # A standfirst that repeats the lede, whole or its first sentence, is there once,
        # and what stood between the two (a subtitle, a caption) was the page's header.
        # The lede is the story's copy: dated ("Lusail: Argentina defeated ...") and whole.
        if kept and len(given) <= 2 and n not in skip and _repeats(kept[0], unit):
            dropped += kept + run
            kept, run, given = [_escape(unit)], [], {_undated(unit)}
            continue
        if n in skip or is_cruft(unit) or _undated(unit) in given:
            dropped.append(unit)
            continue
        # A numbered item ("5. Sex trafficking of a minor. Guilty") is a list's, not a heading.
        item = LIST_ITEM.match(unit) and len(unit.split()) >= LIST_ITEM_WORDS
        if (
            _is_prose(unit) or len(unit.split()) > 14 or item or _listed(run, unit)
        ) and not _is_question_heading(unit):
            kept += _headings(run, dropped, header)
            run = []
            kept.append(_escape(unit))
            given.add(_undated(unit))
        else:
            run.append(unit)
    if len(run) == 1 and _is_cut_off(run[0]):
        kept.append(_escape(run.pop()))
    dropped += run  # short lines after the last paragraph: furniture
    kept = _without_pull_quotes(kept, dropped)
    body = "\n\n".join(kept).strip()
    return Cleaned(body + "\n" if body else "", dropped=tuple(dropped), **meta)


def _doubled_captions(units: list[str]) -> set[int]:
    """A picture's caption given twice in a row, as its alternative text and under it,
    or the second time with its credit ("... Correctional Facility. Credit: AP")."""
    glued = {n for n, u in enumerate(units) if _glued_twice(u)}
    found = set(glued)
    for n, (one, two) in enumerate(pairwise(units)):
        # An outlet's name given twice in the header is its name, not a caption.
        twice = two == one and not _is_prose(one) and not NAME.match(one)
        credited = two != one and two.startswith(one) and is_cruft(two)
        again = n in glued and one.startswith(two)  # "Cundy speaking.Cundy speaking." / "Cundy"
        if (twice or credited or again) and len(one.split()) <= 30:
            found |= {n, n + 1}
    return found


def _glued_twice(unit: str) -> bool:
    """A caption run into itself, as its alternative text and under the picture:
    "Cundy speaking to the media.Cundy speaking to the media."."""
    for m in re.finditer(r"[.!?](?=[A-Z])", unit):
        head, rest = unit[: m.end()], unit[m.end() :]
        if len(head) >= 20 and (head.startswith(rest) or rest.startswith(head)):
            return True
    return False


def _dateline_start(units: list[str], start: int) -> int:
    """Where the story starts: at a dateline a few short lines below ``start`` ("KATHMANDU
    (AFP) - ..."), when those lines (a standfirst, a caption) are the page's header.

    A paragraph of a story's length is the story, whatever opens a later one.
    """
    if OPENING_DATELINE.match(units[start]):
        return start
    for n in range(start + 1, min(start + 1 + DATELINE_REACH, len(units))):
        if OPENING_DATELINE.match(units[n]) and _is_prose(units[n]):
            short = all(len(units[m].split()) <= HEADER_WORDS for m in range(start, n))
            return n if short else start
    return start


def _is_question_heading(line: str) -> bool:
    """A short question on a line of its own, a live page's subheading ("Are rescuers
    still searching?"), unless someone is quoted asking it."""
    return (
        line.endswith("?")
        and len(line.split()) <= QUESTION_WORDS
        and not any(q in line for q in '"“”‘’,')
    )


def _listed(run: list[str], unit: str) -> bool:
    """Whether ``unit`` is a point of a list that a question or a colon introduces
    ("What are the main terms of the deal?" / "Disney will take on $13.7bn of debt")."""
    lead = run[-1] if run else ""
    opened = (
        _is_question_heading(lead) or lead.endswith(":") or (bool(run) and _listed(run[:-1], lead))
    )
    return opened and len(unit.split()) >= LIST_ITEM_WORDS and not is_cruft(unit)


def _without_pull_quotes(kept: list[str], dropped: list[str]) -> list[str]:
    """``kept`` without a pull quote: a line set without a full stop that the story gives
    again, word for word, inside one of its paragraphs ("However, excluding volatile food
    and energy prices, ...")."""

    def bare(text: str) -> str:
        return " ".join(normalize(text).lower().rstrip(".!?\"'” ").split())

    texts = [bare(p) for p in kept]
    out = []
    for n, paragraph in enumerate(kept):
        inside = any(m != n and texts[n] in other for m, other in enumerate(texts))
        pulled = not paragraph.startswith("#") and not SENTENCE_END.search(paragraph)
        if pulled and len(paragraph.split()) >= 8 and inside:
            dropped.append(paragraph)
        else:
            out.append(paragraph)
    return out


def _repeats(standfirst: str, unit: str) -> bool:
    """Whether ``unit`` gives the paragraph ``standfirst`` (as kept, escaped) again."""
    lede, first = _undated(_escape(unit)), _undated(standfirst)
    return lede == first or (len(first) >= 40 and lede.startswith(first))


def _undated(unit: str) -> str:
    """A paragraph without the dateline that opens it."""
    return LOOSE_DATELINE.sub("", unit, count=1)


def _headings(run: list[str], dropped: list[str], header: list[str]) -> list[str]:
    if len(run) >= 3:  # a list of headlines, not a subheading
        dropped += run
        return []
    # One word is a label ("FINAL", "Summary"), not a subheading; the headline again is
    # the page's, not the story's.
    labels = [u for u in run if len(u.split()) == 1 or u in header]
    dropped += labels
    return ["## " + _escape(u.strip("#").strip()) for u in run if u not in labels]


def _aside(line: str) -> bool:
    """A line that may stand between the last paragraph and one cut off: a caption."""
    short = len(line.split()) <= CAPTION_WORDS and not _is_prose(line) and not _is_cut_off(line)
    return is_cruft(line) or short


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
    tail = last + 1
    # A line cut off mid-sentence right after the last paragraph (a caption may stand
    # between) ends the article, unless more lines of its shape follow: then it heads a
    # list of headlines.
    cut = tail
    while cut < len(units) and not _is_stop(units[cut]) and _aside(units[cut]):
        cut += 1
    alone = cut + 1 >= len(units) or is_cruft(units[cut + 1])
    if cut < len(units) and alone and _is_cut_off(units[cut]):
        return cut + 1
    return tail


def _header_metadata(header: list[str]) -> dict[str, str | None]:
    lines = [u for u in header if not is_cruft(u)]
    title = next(
        (
            u
            for u in lines
            if 4 <= len(u.split()) <= 25
            and not SENTENCE_END.search(u)
            and not NAME.match(u)
            and not u.endswith(":")  # "Check out the companies making headlines:" leads in
        ),
        None,
    )
    if title is None:
        title = next(
            (
                u
                for u in lines
                if 4 <= len(u.split()) <= 25 and not _is_prose(u) and not u.endswith(":")
            ),
            None,
        )
    author = next((m.group(1) for u in lines if (m := BYLINE.match(u))), None)
    names = [u for u in lines if NAME.match(u) and 1 <= len(u.split()) <= 4 and u != title]
    repeated = [u for u in names if names.count(u) > 1]
    source = repeated[0] if repeated else None
    if author is None:
        singles = [u for u in names if names.count(u) == 1 and len(u.split()) >= 2]
        author = singles[-1] if singles else None
    return {"title": title, "source": source, "author": author}


_LEADING_MARKUP = re.compile(r"^(\s*)([#>+*-]|\d+)([.)]?)(\s)")


def _escape(line: str) -> str:
    """Text that Markdown would otherwise read as markup, made literal."""
    line = re.sub(r"([\\`*\[\]<])", r"\\\1", line)

    def literal(m: re.Match[str]) -> str:
        # A backslash makes punctuation literal, not a digit: "1\." is not a list item.
        if m.group(2).isdigit():
            return (
                f"{m.group(1)}{m.group(2)}\\{m.group(3)}{m.group(4)}" if m.group(3) else m.group()
            )
        return f"{m.group(1)}\\{m.group(2)}{m.group(3)}{m.group(4)}"

    return _LEADING_MARKUP.sub(literal, line)
