"""Furniture glued to a paragraph: cut off, and the paragraph kept.

A page copied as text runs furniture into the prose next to it: a picture's file name, its
alternative text or caption before the lede, a wire's credit or a copyright notice after the
last sentence, a link to another story inside a paragraph, a post's link and signature inside
a story copied as one line, a wire's note on its update before the dateline.  Each function
takes one paragraph and returns it without that furniture, adding what it cut to ``dropped``.
"""

from __future__ import annotations

import re

from . import neighbours
from .captions import (
    CAPTION,
    GLUED_ALT,
    GLUED_CAPTION,
    IMAGE_FILE,
    PHOTOGRAPHER,
    PICTURE_LIBRARY,
    TRAILING_CAPTION,
)
from .datelines import DATELINE_ALONE
from .furniture import (
    DESK_INITIALS,
    EMBEDDED_POST,
    GLUED_APPEAL,
    GLUED_LABEL,
    INLINE_LINK,
    POST_SIGNATURE,
    TRAILING_NOTICE,
    TRAILING_WIRE,
    UPDATE_NOTE,
)
from .lineshape import is_cruft

POST_IN_STORY_WORDS = 80  # a line this long with a post's link is a story with a post in it
NOTICE_AFTER_WORDS = 12  # words of a paragraph before a copyright notice glued to its end

# A wire's note on what its update changed, before the dateline: "(Adds details on found
# missing persons) SYDNEY Jan 8 A bushfire ...".
WIRE_NOTE = re.compile(
    r"^\((?:adds|updates|recasts|rewrites|changes|corrects|fixes|refiles|removes)\b[^()]{0,80}\)\s+"
    # ... or what a dateline set as a link leaves: "( – North Korea declared ...".
    r"|^\(\s*\)?\s*[–—-]{1,2}\s+(?=[A-Z])"
    # ... or the day a lost dateline leaves before the lede: "May 19 A Norwegian Cruise Line
    # ship ran aground ...".
    r"|^(?-i:(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?) \d{1,2}\s+"
    r"(?=(?-i:A|An|The)\s)",
    re.IGNORECASE,
)


# The dash a dateline left, alone or after the page's date: "-- The early winter snow ...".
LOST_DATELINE = re.compile(
    r"^(?:[A-Z][a-z]{2}\.? \d{1,2}, \d{4}\s*[—–-]+\s*"
    # ... or the hour of an update in brackets: "(5 p.m. EST) -- Royal Caribbean's ...".
    r"|\(\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?(?: [A-Z]{2,4})?\)\s*)?(?:--|[—–])\s+(?=[A-Z\"“])"
)


def strip_glued(unit: str, dropped: list[str]) -> str:
    """``unit`` without a picture's file name, alternative text or caption glued before it,
    an appeal to readers, or a label of the page."""
    match = (
        IMAGE_FILE.match(unit)
        or GLUED_ALT.match(unit)
        or GLUED_CAPTION.match(unit)
        or GLUED_APPEAL.match(unit)
        or GLUED_LABEL.match(unit)
    )
    # A post inside a story copied as one line: its link and signature go, the story stays
    # (a shorter line with a post's link is the post, and leaves whole).
    # A quotation's closing mark given again at the start of the next line, which opens
    # no quotation: "... strong remedies.”" / "” Translation: ...".
    if unit.startswith("” ") and "“" not in unit:
        unit = unit[2:]
    # ... and the dash a dateline left behind when the page lost its place: "-- The early
    # winter snow that has buried ...".
    # ... or a date line left it: "Aug. 17, 2007 — -- Federal mine officials ...", "– Israel's
    # parliament approved ...".
    # An embedded post's signature keeps its dash: "— Ann Lee (@annlee) May 4, 2026".
    lost = LOST_DATELINE.match(unit)
    if lost and not POST_SIGNATURE.match("- " + unit[lost.end() :]):
        unit = unit[lost.end() :]
    if "pic.twitter.com/" in unit and len(unit.split()) > POST_IN_STORY_WORDS:
        unit = EMBEDDED_POST.sub("", unit)
    if not match:
        if note := UPDATE_NOTE.match(unit):
            dropped.append(note.group().strip())
            return unit[note.end() :].removesuffix("]")
        if caption := TRAILING_CAPTION.search(unit):
            dropped.append(caption.group().strip())
            return unit[: caption.start()]
        return unit
    dropped.append(match.group().strip())
    return unit[match.end() :]


# A link's mark for screen readers, copied with its text: "Miranda Hart ... tweeted,
# external: ...", "earlier this week, external when she broke a bone", "The guidance, external
# says ...".
EXTERNAL_MARK = re.compile(
    r", external(?=[:;.,!?\"”]|$| (?:when|as|and|but|after|before|with|on|in|to|that|who"
    r"|says|said|shows|showed|is|was|are|were|has|have|will)\b)"
)


def strip_inline_links(unit: str, dropped: list[str]) -> str:
    """``unit`` without the links to other stories set inside it."""
    if ", external" in unit:
        unit = EXTERNAL_MARK.sub("", unit)
    links = [link.group() for link in INLINE_LINK.finditer(unit)]
    if not links:
        return unit
    dropped.extend(link.strip() for link in links)
    return INLINE_LINK.sub("", unit).strip()


def glue_datelines(units: list[str]) -> list[str]:
    """A dateline on a line of its own ("LONDON (Reuters) -") opens the paragraph after it."""
    glued: list[str] = []
    for unit in units:
        if glued and DATELINE_ALONE.match(glued[-1]):
            glued[-1] += " " + unit
        else:
            glued.append(unit)
    return glued


def strip_wire_credit(unit: str, dropped: list[str]) -> str:
    """``unit`` without a copyright notice or a wire's credit glued to its end."""
    notice = TRAILING_NOTICE.search(unit)
    if notice and len(unit[: notice.start()].split()) >= NOTICE_AFTER_WORDS:
        dropped.append(notice.group().strip())
        unit = unit[: notice.start()]
    match = TRAILING_WIRE.search(unit)
    if not match or PICTURE_LIBRARY.search(match.group()) or CAPTION.match(unit):
        return unit
    if neighbours.quoted_by(unit):
        return unit  # '"Today is a new start" - Hoffman': who said it, not a wire's credit
    if is_cruft(unit):
        return unit  # a caption with its credit ("... in Jakarta. (Reuters)") goes whole
    if PHOTOGRAPHER.search(match.group()) and not DESK_INITIALS.fullmatch(match.group().strip()):
        return unit  # "(Jo Bloggs/Estuary Times)": a photographer credited, so a caption
    dropped.append(match.group().strip())
    return unit[: match.start()]


def strip_wire_note(unit: str, dropped: list[str]) -> str:
    """``unit`` (a story's first paragraph) without a wire's note on what its update changed."""
    # ... and then the day a lost dateline left: "(Updates with ...) May 19 A ship ...".
    while note := WIRE_NOTE.match(unit):
        dropped.append(note.group().strip())
        unit = unit[note.end() :]
    return unit
