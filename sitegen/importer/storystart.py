"""Where the story starts on a page copied as text: past its header, its teasers and its
standfirst.

A page opens with lines that are not the story: a headline, a standfirst, summary
points, teasers cut short ("Turnout was among the highest in years…"), a byline
and a date line, captions.  :func:`header_block` finds a header set apart by its
layout; :func:`past_teasers` steps over teasers to a story that opens in full;
:func:`dateline_start` starts the story at a dateline, or below a byline or date
line that follows a sentence or two (the standfirst).  :func:`opens` says which
lines a story may open with; :mod:`sitegen.importer.headers` reads what the lines
above it give: the headline, the byline and the outlet.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set as AbstractSet

from ..engine.words import normalize
from .captions import caption_line
from .credits import GLUED_BYLINE
from .datelines import (
    CAPITALS_DATELINE,
    DATELINE_REACH,
    HEADER_WORDS,
    LABELS,
    LOOSE_DATELINE,
    OPENING_DATELINE,
)
from .doubles import set_as_headline
from .lineshape import (
    BYLINE,
    NAME,
    PRICE,
    SENTENCE_BREAK,
    SENTENCE_END,
    is_cruft,
    is_date_stamp,
    is_prose,
    is_unfinished,
    leads_in,
    split_stamp,
)
from .neighbours import retold
from .stamps import WEEKDAY

TEASER_PARAGRAPHS = 2  # an excerpt above the headline given again is this long at most
TEASER_REACH = 12  # lines of teasers, points and captions a page may set above its story
STANDFIRST_WORDS = 25  # a lede is longer than the standfirst above a byline
LEDE_LEAD_IN_WORDS = 10  # a first sentence ending on a colon, into a quotation, this long
CUT_LEDE_WORDS = 20  # a dated first line this long without its stop is the lede, cut off
SHORT_LEDE_WORDS = 6  # "Barry Bonds is America's new home run king." opens a story all the same
# ... with the hour of the update: "UPDATE: 3:07 p.m. -- In a press conference ...".
UPDATE_OVER = re.compile(
    r"^update\d{0,2}(?:\s+\d{1,2}/\d{1,2}/\d{2,4}|\s+\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\.?)?:\s+"
    r"(?:\d{1,2}:\d{2}\s?[ap]\.?m\.?(?:\s?[A-Z]{2,4})?\s*(?:--|[—–-])\s*)?(?=[A-Z0-9])",
    re.IGNORECASE,
)
# ... or its stamp: "UPDATED, 11:11 a.m., Friday, Dec. 29: At least 12 people ...".
_UPDATED = re.compile(r"^(?:last )?updated\b", re.IGNORECASE)
HANDLE = re.compile(r"^@\w{2,30}$")
# A lede dated by its place alone before a colon, as Indian papers date their copy: "Surat:
# Total 6 laborers died ...".  (A label is no place: "Update:", "Analysis:".)
_PLACE_COLON = re.compile(rf"^(?!(?i:{LABELS})\b)[A-Z][a-z]{{2,}}:\s+(?=[A-Z])")
# A standfirst signed at its end: "Jacinda Ardern's resignation has stunned the world, but
# it was a shocker even for those in the room, Marc Daalder reports", "Richie Mo’unga
# scored 14 points as the All Blacks ... retain the Bledisloe Cup. JON CARDINELLI reports."
SIGNED = re.compile(
    r"^[^.!?]{20,300}(?:, (?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) (?:reports|writes)$"
    r"|[.!?] (?P<capitals>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,3}) (?:reports|writes)\.?$)"
)


def header_block(units: list[str], blocks: list[int]) -> int:
    """How many lines at the top are the page's header by their layout alone.

    A page whose story is set in paragraphs apart by blank lines may open with
    lines set apart by line breaks only: a headline, a standfirst, summary points,
    a byline, captions.  They are its header when the first paragraph below them
    opens with a dateline ("Yokohama: ", "CAPE TOWN - "), or when the header gives
    a line twice or teases the story's first words ("India created history …"):
    otherwise they may be a headline set right above the lede, and stay.
    """
    top = sum(1 for b in blocks if b == blocks[0]) if blocks else 0
    later = list(Counter(blocks[top:]).values())
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


def past_teasers(units: list[str], start: int, skip: set[int]) -> int:
    """Where the story starts when ``start`` is a teaser: a line the page cut short with
    an ellipsis ("Turnout was among the highest in years…", "Ireland sa..."), in a run
    of such lines, summary points or captions above a story that opens in full.

    With no full paragraph below, the teaser is the text there is, and stays.
    """
    if not _teaser(units[start]):
        return start
    for n in range(start + 1, min(start + 1 + TEASER_REACH, len(units))):
        if len(units[n].split()) > HEADER_WORDS:
            return n if n not in skip and opens(units[n]) else start
        if n not in skip and opens(units[n]) and not _teaser(units[n]):
            return n
    return start


def _teaser(unit: str) -> bool:
    return unit.endswith(("…", "...")) and len(unit.split()) <= HEADER_WORDS


def dateline_start(units: list[str], start: int, skip: AbstractSet[int] = frozenset()) -> int:
    """Where the story starts: at a dateline a few short lines below ``start`` ("KATHMANDU
    (AFP) - ..."), when those lines (a standfirst, a caption) are the page's header.

    A paragraph of a story's length is the story, whatever opens a later one.
    """
    if OPENING_DATELINE.match(units[start]):
        return start
    # "By Ann Lee" / "OTTAWA – Just watch him." / the next paragraph: a short first one,
    # at its dateline right below the byline, is the story's.
    if start >= 2 and _signed(units[start - 2]) and _opens_below_byline(units[start - 1]):
        return start - 1
    for n in range(start + 1, min(start + 1 + DATELINE_REACH, len(units))):
        short = all(len(units[m].split()) <= HEADER_WORDS for m in range(start, n))
        dated = OPENING_DATELINE.match(units[n]) or CAPITALS_DATELINE.match(units[n])
        # ("VOTE NOW: Has Europe had enough ...?" is a poll's prompt, no dateline)
        if dated and is_prose(units[n]) and not is_cruft(units[n]):
            # ... but an update set over the story's dateline is the story's latest news:
            # "Update: 18 people were unaccounted for as of 10 a.m. Sunday." / "OSO — ...".
            # ... and so are updates over the label of the story they update: "Updated 5:18
            # p.m.:" / "Health officials say ... has grown to 34." / "Original story:" / "PORTLAND
            # (AP) — ...".
            updated = UPDATE_OVER.match(units[start]) or _ORIGINAL.match(units[n - 1])
            return n if short and not updated else start
        # (a picture's credit is not its byline, nor a share price's time its date line:
        # "€12.51" / "12:54 10/01/25")
        if n not in skip and _signed(units[n]) and not PRICE.match(units[n - 1]):
            # A byline over a dated lede ("By Ann Lee" / "Associated Press" / "OTTAWA, Ont. —
            # ..."): what stood above the two was the page's header, a caption however long.
            lede = next((m for m in range(n + 1, n + 3) if _dated_lede(units, m)), None)
            if lede is not None and all(
                len(units[m].split()) <= HEADER_WORDS for m in range(n + 1, lede)
            ):
                return lede
            # A byline or date line below a sentence or two: they were the standfirst.
            if any(len(units[m].split()) > STANDFIRST_WORDS for m in range(start, n)):
                return start
            story = next(
                (m for m in range(n + 1, len(units)) if _opens_below_byline(units[m])), None
            )
            return story if story is not None else start
    return start


_ORIGINAL = re.compile(r"^(?:original|earlier|previous) (?:story|report|post)\W*$", re.IGNORECASE)


def _dated_lede(units: list[str], m: int) -> bool:
    """Whether ``units[m]`` opens a story at its dateline."""
    return m < len(units) and bool(OPENING_DATELINE.match(units[m])) and is_prose(units[m])


def short_lede(units: list[str], start: int, skip: AbstractSet[int]) -> int:
    """Where the story starts when its first sentence is too short to open it alone ("Barry
    Bonds is America's new home run king."): right under the page's date line or byline, past
    the picture's caption, a whole sentence above ``start`` is the story's."""
    n = start - 1
    # ... past an advertisement's label between the two: a whole sentence opening the page
    # over "Advertisement" is the story's first ("Bafta-winning British actor Tim
    # Pigott-Smith has died aged 70.").
    while n > 0 and is_cruft(units[n]) and not SENTENCE_END.search(units[n]):
        n -= 1
    if n == 0 and n < start - 1 and _opening_sentence(units[0]):
        return 0
    if n < 1 or n in skip or not SENTENCE_END.search(units[n]) or is_cruft(units[n]):
        return start
    if len(units[n].split()) < SHORT_LEDE_WORDS or not units[n][:1].isupper():
        return start
    # ... or under nothing but the headline given again and again, as an aggregator sets it
    # ("TikTok could go dark on Sunday" twice more / "The clock is ticking on TikTok."); a
    # sentence under a headline given once is its standfirst.
    if n >= 2 and len(set(units[:n])) == 1 and not SENTENCE_END.search(units[0]):
        return n
    m = n - 1
    while m > 0 and not _signed(units[m]) and (m in skip or caption_line(units[m])):
        m -= 1
    # ... or right under its author's name alone ("Laura Rozen"), the headline above it.
    named = m > 0 and bool(NAME.match(units[m])) and len(units[m].split()) in (2, 3)
    return n if _signed(units[m]) or named else start


def _opening_sentence(unit: str) -> bool:
    """Whether a page's first line is a sentence of the story: long enough, and ending on a
    full stop, as no headline does."""
    return (
        unit.endswith(".")
        and len(unit.split()) >= SHORT_LEDE_WORDS
        and unit[:1].isupper()
        and not is_cruft(unit)
    )


def opens(unit: str) -> bool:
    """Whether a story may open with ``unit``: a sentence of some length, not the page's."""
    # Weighed as prose past its dateline: "Kuala Lumpur, Jan 9 (IANS) A Malaysian high
    # court has acquitted ..." is a lede, however many names the dateline adds.
    dateline = OPENING_DATELINE.match(unit)
    text = unit[dateline.end() :] if dateline else unit
    opens = (is_prose(text) and len(unit.split()) >= 8) or is_unfinished(unit)
    # "Akio Toyoda entered a packed hearing room to deliver a simple message:" leads in to
    # the quotation the story goes on with.
    opens = opens or leads_in(text, LEDE_LEAD_IN_WORDS)
    # "WASHINGTON (NBC) - It was an announcement that seemed to come out of the blue:", and
    # "GLENDALE, Ariz. (AP) _ Oh, well, nobody's perfect. Except maybe Eli Manning."
    # ... and so is one the page cut off before its stop, when long enough to be no headline:
    # "PASSAIC, N.J. – The billowing black smoke has disappeared from the sky over the ...".
    dated = bool(dateline) and (
        leads_in(unit) or bool(SENTENCE_END.search(text)) or len(text.split()) >= CUT_LEDE_WORDS
    )
    return (opens or dated) and not is_cruft(unit) and not set_as_headline(text)


def _opens_below_byline(unit: str) -> bool:
    """Whether the story may open with ``unit`` right below its byline: as anywhere, or
    at a dateline however short the sentence after it ("OTTAWA – Just watch him.")."""
    dated = LOOSE_DATELINE.match(unit) and (is_prose(unit) or leads_in(unit))
    return opens(unit) or (bool(dated) and not is_cruft(unit))


def _signed(unit: str) -> bool:
    """Whether ``unit`` is a byline or the page's date line, which stand above a story."""
    text = normalize(unit).strip()
    glued = text.startswith("By") and GLUED_BYLINE.match(text)  # "ByABC News", not "ANN LEE/AP"
    # ... or the author's handle under their name: "James Goodman" / "@goodman_dandc".
    handle = HANDLE.match(text)
    return bool(BYLINE.match(text) or glued or handle or SIGNED.match(text)) or is_date_stamp(text)


def under_headline_again(units: list[str], start: int) -> int:
    """Where the story starts when the page gives its headline again under a teaser: an
    aggregator's excerpt of the story ("Suspect arrested" / "Police arrested a suspect on
    Friday." / "Suspect arrested" / the story in full).  The excerpt retells the story."""
    # An advertisement's label printed again between paragraphs is no headline, nor is an
    # advertisement's close button ("X"), a word alone.
    heads = [
        u
        for u in units[:start]
        if len(u.split()) > 1 and not SENTENCE_END.search(u) and not is_cruft(u)
    ]
    # A lede that opens on a word set in capitals, as a paper's first paragraph does, is the
    # story's, whatever the page set between ("Red dust storm shrouds Sydney" / "AUSTRALIA'S
    # worst dust storm in 70 years blanketed ..." / "Red dust storm shrouds Sydney").
    if SHOUTED_LEDE.match(units[start]):
        return start
    for m in range(start + 1, min(start + 1 + TEASER_PARAGRAPHS, len(units) - 1)):
        # ... but a caption given again over the next paragraph is no headline: a lede between
        # two copies of a picture's caption (not the page's first line) that the story never
        # retells is the story's own.
        if units[m] in heads and (
            units[m] == heads[0] or all(retold(u, units[m + 1 :]) for u in units[start:m])
        ):
            return m + 1
    return start


SHOUTED_LEDE = re.compile(r"[A-Z]{3,}(?:['’][A-Z]+)? [a-z]+ [a-z]+")


HEADLINE_REACH = 8  # lines below the first in which the page gives its headline alone


def split_headline(units: list[str]) -> list[str]:
    """The page's first line, parted from the teaser glued to it when the page gives the
    headline alone a few lines below: "Mine Rescue Effort Indefinitely Suspended Underground
    efforts to rescue six miners are ..." over "Mine Rescue Effort Indefinitely Suspended"."""
    if not units:
        return []
    first = units[0]
    for head in units[1 : 1 + HEADLINE_REACH]:
        rest = first[len(head) :].lstrip()
        if (
            len(head.split()) >= 3
            and not SENTENCE_END.search(head)
            and first.startswith(head + " ")
            and rest[:1].isupper()
        ):
            return [head, rest]
    return [first]


QUOTES_A_STATEMENT = re.compile(r"\b(?:said|says|added|wrote|reads?|read)\s*:\s*[\"“]")
SAID_ON_A_DAY = re.compile(
    rf"\b(?:said|says|announced|reported|confirmed)(?: on)? {WEEKDAY}\b",
    re.IGNORECASE,
)
STANDFIRST_SHARED = 0.5  # of a standfirst's words, the lede under it gives this many again
_WORD = re.compile(r"[a-z]{4,}")
_FIGURE = re.compile(r"\d[\d,.]*\d|\d")


def past_standfirst(units: list[str], start: int, skip: AbstractSet[int]) -> int:
    """Where the story starts when its first line is a standfirst: one sentence under the
    headline that the lede below it tells again in most of its words ("Heavy rains and strong
    winds hit Japan as the typhoon ... makes landfall." over "Typhoon Hagibis made landfall
    ... bringing heavy rains and strong winds").  A lede's next paragraph goes on; it seldom
    says the same again."""
    first = units[start]
    if start == 0 or SENTENCE_BREAK.search(first) or len(first.split()) > STANDFIRST_WORDS + 10:
        return start
    # A lede under its dateline is the story's, however closely a quotation under it retells
    # it: "CODY, Wyo. — All the entrances to Yellowstone National Park were closed ..." over
    # '"Effective immediately, all entrances to Yellowstone National Park are ...'.
    # ... a place in capitals alone too: "ZAMBOANGA CITY – At least ten people were ..." over
    # a caption that retells it.
    if OPENING_DATELINE.match(first) or _PLACE_COLON.match(first) or CAPITALS_DATELINE.match(first):
        return start
    # A wire's lede says who said it and on which day, as a standfirst does not: "TransCanada
    # Corp. (TRP) said Thursday it is investigating an oil leak ...".
    if SAID_ON_A_DAY.search(first):
        return start
    # ... and so does one under a picture's caption: the standfirst is above the picture.
    if start - 1 in skip and not BYLINE.match(units[start - 1]):
        return start
    # ... and a lede the page set above as its summary too is the story's first paragraph:
    # the standfirst left with the header.
    if " ".join(first.split()) in {" ".join(u.split()) for u in units[:start]}:
        return start
    # ... past the author's box or a caption's lines between the two.
    lede = next(
        (
            n
            for n in range(start + 1, min(len(units), start + 1 + TEASER_REACH))
            if n not in skip and opens(units[n])
        ),
        None,
    )
    if lede is None or any(len(units[m].split()) > HEADER_WORDS for m in range(start + 1, lede)):
        return start
    # ... but a paragraph that quotes a statement retells the lede as a source put it ('A
    # statement from her publicist said: "... has died suddenly in London today."').
    if QUOTES_A_STATEMENT.search(units[lede]):
        return start
    # ... and a first line with a figure the next one lacks tells more than it: "SSI has
    # confirmed ... with the loss of nearly 2,000 jobs." over "The Thai steel company
    # suspended production last week ...".
    if not set(_FIGURE.findall(first)) <= set(_FIGURE.findall(units[lede])):
        return start
    mine = set(_WORD.findall(normalize(first).lower()))
    theirs = set(_WORD.findall(normalize(units[lede]).lower()))
    if len(mine) >= 4 and len(mine & theirs) >= STANDFIRST_SHARED * len(mine):
        return lede
    return start


def without_update_label(body: list[str], dropped: list[str]) -> None:
    """Take the labels of updates off the story, into ``dropped``: "Update: 18 people were
    ..." over the lede, and a stamp glued to a paragraph wherever it stands ("UPDATED,
    11:11 a.m., Friday, Dec. 29: At least 12 ..."), which no report opens with."""
    if body and (label := UPDATE_OVER.match(body[0])):
        dropped.append(label.group().strip())
        body[0] = body[0][label.end() :]
    for n, unit in enumerate(body):
        stamp, rest = split_stamp(unit) if _UPDATED.match(unit) else ("", "")
        if stamp and rest:
            dropped.append(stamp)
            body[n] = rest
