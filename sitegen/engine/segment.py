"""Clean an article's Markdown and cut it into paragraphs and sentences.

News copy is hard on naive splitters: "Lt Gen. J. R. Alvarez", "No. 10",
"the U.S. and", "3.5 per cent" and quotations with full stops inside
("We heard a bang. Then the lights went out," she said.) must all stay in
one sentence.  The rules below are the usual ones for English news text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .model import Block, Document
from .model import Token as Word
from .namewords import CAPITAL_STATES, STATES, TIME_ZONES
from .text import tokenize
from .words import CALENDAR

# Words that take a full stop without ending a sentence, lower case, no dot.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms mx dr drs prof rev hon sr jr st mt ft gen lt col maj capt cpt sgt cpl pvt adm cmdr
    cdr brig gov sen rep pres supt insp det cllr fr messrs mme mlle jan feb mar apr jun jul
    aug sep sept oct nov dec inc ltd co corp bros plc llc dept est approx vs v cf al fig
    figs vol ch para nos cie
    """.split()
)
_STATE_SHORT = frozenset(short for short, _ in STATES)
_CAPITAL_SHORT = frozenset(short for short, _ in CAPITAL_STATES)  # "Mass.", not "mass."
# Abbreviations that only hold before a number: "No. 10", "Art. 5", "p. 12", and currencies
# written short, "Rs. 50,000", "Ksh. 500".
NUMBER_ABBREVIATIONS = frozenset(
    {"no", "art", "p", "pp", "sec", "ref", "tel", "rs", "re", "rp", "dh", "dhs", "sh", "ksh", "tk"}
)
# Words that usually open a sentence, to tell "in the U.S. The next day" apart.
SENTENCE_OPENERS = frozenset(
    """
    the a an he she it they we i you this that these those there his her their its our but
    and so yet however meanwhile in on at after before when while if as by for
    """.split()
)

# "PORT CALDER (Northern Wire) — ", "LONDON (Reuters) - ", "KYIV, Aug 2 (AP) — ":
# where the story was filed, not something it reports.  Also "OKSIBIL, Indonesia, Aug.
# 18 (UPI) -- ", "JAKARTA Aug 18 (Reuters) - ", "DHAKA: ", "PRETORIA // ", "LONDON • ",
# a place in capitals and small letters before a colon or a full stop ("Kanpur: ",
# "Bengaluru. "), an agency alone ("(RTTNews) - "), a place with its state cut short
# ("Hennepin County, Minn. — "), a place in capitals with its agency and date in
# brackets and no dash ("BEIRUT (UrduPoint News / Sputnik - 07th August, 2020) "),
# places with the outlet ("Paris/London CNN — ", "London CNN — "), and a place in small
# letters with its date and agency ("Geneva, March 11 (IANS) ") or its outlet
# ("New York (CNN Business) "), a place in capitals with its date and agency between
# slashes ("THE HAGUE, November 22. /TASS/. "), and a place in small letters with its
# date alone ("San Francisco, July 26: ", "Addis Ababa March10/2019 "), a place in capitals
# with its date and no mark after it ("LONDON, July 18 "), a place in brackets
# ("(KIEV, Ukraine) — "), a place in capitals with accents ("LAC-MÉGANTIC, Que. — "), and
# one with its dash set close ("LEICESTER, United Kingdom—A skeleton ..."), or set off by
# the underscore old wire copy used for a dash ("GENEVA (AP) _ Less than a day after ..."),
# or by a bar ("NEW YORK | Two weeks after ...").
DATELINE = re.compile(
    # The day alone, with its dashes: "Feb. 19, 2008 — -- After almost half a century ...".
    # ... perhaps after the hour: "12:48 PM, Jul 24, 2019 - Facebook (FB) will pay ...".
    r"^(?:(?:\d{1,2}:\d{2}\s?[AaPp]\.?[Mm]\.?,?\s+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}"
    r"\s*(?:(?:[—–:]|--?)\s*)+(?=[A-Z\"“])"  # ... or its colon: "December 13, 2024: In a ..."
    # ... or the agencies alone in brackets: "(CBS/AP) IBM supercomputer Watson ...".
    r"|\((?:[A-Z]{2,6}/)+[A-Z][A-Za-z]{1,8}\)\s+(?=[A-Z\"“])"
    # ... or a place and the desk that filed it: "New Delhi | Jagran Tech Desk: A rocket ...".
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)? \| [A-Z][\w ]{2,40}:\s+(?=[A-Z\"“])"
    # ... or the desk alone: "XtraTime Web Desk: Ace tennis player ...".
    r"|[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3} (?:Web|News|Sports?|Digital|Online|Tech) Desk"
    r"\s*[:—–|-]\s+(?=[A-Z\"“])"
    # ... or the place in capitals in square brackets: "[SINGAPORE] US President ...".
    r"|\[[A-Z][A-Z.'’\- ]{2,40}\]\s+(?=[A-Z\"“])"
    # ... or the day and the agency alone: "Sept. 15 (UPI) -- The Libyan Red Crescent ...".
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*"
    r"\([A-Za-z][\w&. ]{0,30}\)\s*(?:[—–]|--?)\s+(?=[A-Z\"“])"
    # ... or where the reporter filed from: "Reporting from Panaji, India — Rescue workers ...".
    r"|Reporting from [A-Z][\w.'’ -]{1,40}(?:, [A-Z][\w.'’ -]{1,30})?\s*(?:[—–]|--?)\s+(?=[A-Z\"“])"
    # "MOSCOW/BERLIN,  (Reuters) – ", perhaps after the outlet: "(CNET) SAN JOSE, Calif. - ".
    r"|(?:\([A-Z][\w&. ]{1,30}\)\s+)?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’\-/ ]{2,40}"
    # ... with its state and country: "CAIRNS, Queensland, Australia, September 5, 2006 (ENS) - "
    r"(?:,\s*[A-Z][A-Za-z. ]{1,30}){0,2}"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"(?:,? [A-Za-z0-9 .]{1,20}?)?"
    r",?\s*(?:\([^()]{1,40}\))?"
    r"\s*(?:(?:[—–_-]{1,2}|//|:|•|\||\.\s*/[A-Z][A-Za-z ]{1,20}/\.?)\s+|[—–](?=[A-Z\"“]))"
    r"|[A-Z][a-z]{2,20}[:.]\s+(?=[A-Z0-9])"
    # ... or a place alone before a long dash: "Lumajang – The death toll ...".
    r"|[A-Z][a-z]{3,20} [—–] (?=[A-Z][a-z])"
    # ... or two, before a colon: "New Delhi: A fire tore through ...".
    r"|[A-Z][a-z]+ [A-Z][a-z]{2,20}:\s+(?=[A-Z0-9])"
    # ... "US: The death toll in a devastating nightclub fire ...": a place in capitals.
    r"|[A-Z]{2,}:\s+(?=[A-Z])"
    # ... "London, England: Not unexpectedly, British Airways ...": a place and its country,
    # or its dash: "Geneva, Switzerland - The World Health Organization on Wednesday ...".
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z][a-z]+(?: [A-Z][a-z]+)?"
    r"(?::\s+(?=[A-Z0-9])|\s*(?:[—–-]|--)\s+(?=[A-Z\"“]))"
    # "London/New York: Pfizer abandoned ...": two places joined by a slash.
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?/[A-Z][a-z]+(?: [A-Z][a-z]+)?:\s+(?=[A-Z0-9])"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}, (?!Jr\.|Sr\.)[A-Z][a-z]{1,5}\.(?: \([^()]{1,40}\))?"
    r"\s*(?:[—–-]|--)\s+(?=[A-Z\"“])"  # "Seattle, Wash.- NBC News has confirmed ..."
    # ... or a place and its agency in capitals: "Tokyo, MINA – Through a press conference".
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, [A-Z]{2,8}\s*(?:[—–-]|--)\s+(?=[A-Z\"“])"
    r"|(?:[A-Z][A-Z.'\- ]{2,40}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2} )"
    r"\((?=[^()]*(?:\d|News|Reuters|AFP|AP\b|PTI|IANS|Xinhua|Sputnik|CNN|BBC|Bloomberg))"
    r"[^()]{1,60}\)\s+(?=[A-Z\"“])"
    r"|[A-Z][a-z]+(?:/[A-Z][a-z]+)* [A-Z]{2,5}\s*(?:[—–]|--)\s+(?=[A-Z\"“])"
    r"|\([A-Z][\w&. ]{1,30}\)\s*[—–-]{1,2}\s+"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+\d{1,2}\s*\([^()]{1,40}\)\s*(?:[:—–-]{1,2}\s*)?(?=[A-Z\"“])"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?\s*\d{1,2}(?:[/,]\s?\d{4}\s*[:—–-]{0,2}|\s*[:—–-]{1,2})\s+(?=[A-Z\"“])"
    r"|[A-Z][A-Z.'\- ]{2,40},\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"\s+\d{1,2}\s+(?=[A-Z])"
    r"|\([A-Z][A-Z.'\- ]{2,40}(?:,\s*[A-Z][A-Za-z. ]{1,30})?\)\s*(?:[—–-]{1,2})\s+"
    # ... or a place in capitals and its country ended by a comma, as a typo leaves it:
    # "AMSTERDAM, Netherlands, An international tribunal ruled ...".
    r"|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\-]{3,}(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\-]+)*,"
    r" [A-Z][a-z]+(?: [A-Z][a-z]+)?,\s+(?=(?:The|A|An|In|On|At)\s)"
    # ... or a place and nothing else, the first paragraph ("Cape Town"): no claim at all.
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}(?:, [A-Z][a-z]+)?[:.]?\s+$)"
)
# Words after "a.m." that carry the sentence on: "at 9 a.m. Tuesday", "4 p.m. GMT", "(4
# a.m. ET) in the stateroom".
AFTER_TIME = CALENDAR | TIME_ZONES
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
# The words a sentence may open with before its time of day: "At 3:45", "Shortly after 9".
_AT_TIME = re.compile(
    r"\s*(?:(?:just|shortly|soon|only)\s+)?(?:at|by|around|about|after|before|until|from|since)?"
    r"\s*\d{1,2}(?:[:.]\d{2})?\s*$",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(r"[.!?][\"'”’»)\]]*\s+")
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
_ENTITY = re.compile(r"(?:&#|&|#)?(8211|8212|8216|8217|8220|8221|8230);")
# A dash after "!" or "?" that goes on in small letters closes an aside, not the sentence.
_ASIDE_GOES_ON = re.compile(r"(?:[—–]|--?)\s*[a-z]")
SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")  # a sentence ends here, not cut off
_BOUNDARY = re.compile(r"[.!?]+[\"'”’»)\]]*(?=\s+)|…(?=\s+)")
_md = MarkdownIt("commonmark", {"html": False})
# Who asked or cried out, after a quotation that ends in "?" or "!": a name, perhaps with
# a role, and the verb, then the sentence's end ("Watson answered.", "WFTV reporter Mark
# Boyle asked.").
_CARD = re.compile(
    r"[A-Z][\w'’.-]*(?: [\w'’.-]+){0,4} (?:said|says|asked|asks|answered|replied|shouted"
    r"|cried|wrote|added|wondered|told \w+)[.,;:]"
)


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
    found = _blocks(markdown)
    for n, (kind, text) in enumerate(found):
        text = _clean(text)
        if not text:
            continue
        if kind == "heading":
            blocks.append(Block("heading", text=text))
            continue
        if not sentences:
            text = UPDATE_NOTE.sub("", text, count=1)
        # A dateline may stand on a line of its own: "TOKYO (AFP) -".  Under a standfirst
        # the lede may carry it in brackets: "[SINGAPORE] US President ...".
        lede = not sentences or (text[:1] == "[" and not dateline and _one_paragraph(blocks))
        filed = DATELINE.match(text + " ") if lede else None
        if filed and (not sentences or filed.group()[0] == "["):
            dateline = filed.group().strip()
            text = (text + " ")[filed.end() :].strip()
            if not text:
                continue
        text = LIST_NUMBER.sub("", TIMESTAMP.sub("", text, count=1), count=1)
        if CREDIT_LINE.match(text):
            continue  # "Agence France-Presse" on a line of its own credits the copy
        if ATTRIBUTION_LINE.match(text) and sentences:
            blocks.append(Block("heading", text=text))  # shown, never counted as a claim
            continue
        # ... but a last paragraph cut off short is a sentence all the same.
        crosshead = not SENTENCE_END.search(text) and (
            len(text.split()) <= CROSSHEAD_WORDS
            or (len(text.split()) <= TITLED_CROSSHEAD_WORDS and _titled(text))
        )
        crosshead = crosshead and n < len(found) - 1
        if LEAD_IN.match(text) or (crosshead and sentences):
            blocks.append(Block("heading", text=text))  # it heads what follows
            continue
        start = len(sentences)
        sentences.extend(split_sentences(text))
        blocks.append(Block("paragraph", tuple(range(start, len(sentences)))))
    tokens = [tokenize(s, year) for s in sentences]
    for block in blocks:
        _carry_quotations(sentences, tokens, block.sentences)
    return Document(tuple(sentences), tuple(blocks), tuple(tokens), year, dateline, published)


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


def _blocks(markdown: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    tokens = _md.parse(markdown)
    for i, token in enumerate(tokens):
        if token.type != "inline":
            continue
        kind = "heading" if i and tokens[i - 1].type == "heading_open" else "paragraph"
        found.append((kind, _inline_text(token)))
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


# A sentence run into the next with no space, as pasted pages have them: 'said."There are',
# 'in life.”The surprise'.
_RUN_ON = re.compile(r"(?<=[a-z])([.!?])([\"”’]?)(?=[\"“]?[A-Z][a-z])")


_SPACES = re.compile(r"\s+")
_ZONED = re.compile(r"[\"'“‘(]*\w+\s+time\b", re.IGNORECASE)


def _clean(text: str) -> str:
    text = text.replace("\u00ad", "").replace("\u200b", "")
    # A page's quotation marks left as the codes of their HTML entities: "8217;" is "’".
    if "82" in text:  # most texts have none: a substring test spares the pattern's scan
        text = _ENTITY.sub(lambda m: chr(int(m.group(1))), text)
    text = _SPACES.sub(" ", text).strip()
    return _RUN_ON.sub(lambda m: _spaced(text, m), text)


def _spaced(text: str, m: re.Match[str]) -> str:
    """A full stop run into the next sentence, with the space it lacks.

    A quotation mark right after it closes the sentence's quotation when one is
    open (an odd number of straight quotes before it) and opens the next otherwise.
    """
    stop, mark = m.group(1), m.group(2)
    closes = mark in ("”", "’") or (mark == '"' and text[: m.start(2)].count('"') % 2 == 1)
    return f"{stop}{mark} " if closes else f"{stop} {mark}"


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph of plain text into sentences.

    Joining the result with single spaces gives back the paragraph with its
    whitespace folded (and a space where one sentence ran into the next), so no
    word is ever lost or repeated.
    """
    text = _clean(paragraph)
    sentences: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if _is_boundary(text, m.start(), end):
            piece = text[start:end].strip()
            # Stray punctuation before a sentence ("? The game ...", as a page's odd
            # character is pasted) is no sentence of its own: it goes on with the next.
            if piece and any(c.isalnum() for c in piece):
                sentences.append(piece)
                start = end
    rest = text[start:].strip()
    if rest:
        # A word or two left after the last full stop, with none of its own, ends the
        # sentence before: "1. Conspiracy to ... activity. Guilty" is one item.
        stray = not any(c.isalnum() for c in rest)
        if sentences and ((len(rest.split()) <= 2 and not SENTENCE_END.search(rest)) or stray):
            sentences[-1] = f"{sentences[-1]} {rest}"
        else:
            sentences.append(rest)
    return sentences


def _is_boundary(text: str, dot: int, end: int) -> bool:
    following = text[end:].lstrip()
    if not following:
        return False
    first = following[0]
    if first == "." or (first == "…" and text[dot] == "."):
        return False  # a spaced ellipsis (". . .") leaves words out, it ends nothing
    if not (first.isupper() or first.isdigit() or first in "\"'“‘«([" or not first.isalpha()):
        return False
    if text[dot] == "." and _is_abbreviation(text, dot, following):
        return False
    if _ASIDE_GOES_ON.match(following):
        return False  # "The Boston Red Sox — yes, the Boston Red Sox! — are champions"
    if text[dot] in "?!" and text[end - 1] in '"”' and _CARD.match(following):
        return False  # '"What is Toronto?" Watson answered.': the question and who asked it
    return not _inside_attributed_quote(text, end)


def _is_abbreviation(text: str, dot: int, following: str) -> bool:
    word_match = re.search(r"(\S+)$", text[:dot])
    if not word_match:
        return False
    word = word_match.group(1).lstrip("\"'“‘([")
    # "its post-Sept. 11 low", "mid-Jan. 5": the abbreviation is the word after the hyphen.
    word = word.rpartition("-")[2] or word
    low = word.lower()
    if word.isupper() and low in TIME_ZONES:
        return False  # "at 9 a.m. EST. Witnesses ...": a zone ends the sentence, "est." does not
    if low in ABBREVIATIONS:
        return True
    # A state written short inside a name goes on ("a transplant at Mass. General"); after
    # a city and its comma it may end the sentence ("in Boston, Mass. The next day").
    short = low in _STATE_SHORT or (low in _CAPITAL_SHORT and word[:1].isupper())
    if short and not text[: dot - len(word)].rstrip().endswith(","):
        return True
    # An initial, before the short forms that need a number after them: the "P." of "K. P.
    # Sharma Oli" is no page.
    if re.fullmatch(r"[A-Z]", word):  # an initial: J. R. Alvarez
        return True
    if low in NUMBER_ABBREVIATIONS:
        return following[0].isdigit()
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):  # U.S. / a.m. (the last dot is ours)
        next_word = re.match(r"[\"'“‘(]*(\w+)", following)
        if not next_word:
            return False
        if word.islower():  # "at 4 a.m. Rescuers ..." ends; "at 9 a.m. Tuesday" goes on
            # ... and so does "at 1.30 a.m. Irish time by the UN Secretary-General".
            # ... "at 10:55 a.m. Pacific Time, but ...", the zone in capitals.
            zoned = _ZONED.match(following) is not None
            # "At 3:45 p.m. Falcon Heavy fired up ...": a time alone says nothing yet.
            opening = _SENTENCE_START.split(text[: dot - len(word)])[-1]
            return (
                next_word.group(1).lower() in AFTER_TIME or zoned or bool(_AT_TIME.match(opening))
            )
        return next_word.group(1).lower() not in SENTENCE_OPENERS
    return False


def _inside_attributed_quote(text: str, end: int) -> bool:
    """Whether ``end`` lies inside a quotation that the sentence goes on after.

    ``"We heard a bang. Then the lights went out," she said.`` is one sentence:
    the quotation is still open at the first full stop and closes with a comma
    (or is followed by a lower-case word), so the split would orphan "she said".
    """
    before = text[:end]
    opened = 0
    for ch in before:
        if ch in "“«":
            opened = 1
        elif ch in "”»":
            opened = 0
        elif ch == '"':
            opened ^= 1
    if not opened:
        return False
    close = re.search(r"[\"”»]", text[end:])
    if not close:
        return False
    closing_at = end + close.start()
    tail = text[closing_at + 1 :].lstrip()
    punct_before = text[closing_at - 1] if closing_at else ""
    # ... the comma set inside the quotation, or after it as French copy sets it ("«... went
    # out», she said").
    return punct_before in ",—-" or (bool(tail) and (tail[0].islower() or tail[0] == ","))
