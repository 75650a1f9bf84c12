"""What a page gives twice: a paragraph of the story told again above or beside it.

Pages set a few of the story's own words apart, to draw the eye: a standfirst
over the lede that the paragraphs under it retell, a summary of the first
paragraphs cut off mid-sentence, a pull quote (with its speaker's name under it,
or quoted again in full lower down), a caption that repeats a sentence, the
headline again under its date line.  The story keeps each once, in its place.
Two tellings are matched by the runs of words they share, so a standfirst that
changes a word or two ("Northgate" / "the port") is still found, and a lede that
merely shares a name or a phrase with a later paragraph is not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from itertools import pairwise

from ..engine.words import normalize
from .captions import credited_caption
from .credits import WIRE
from .lineshape import NAME, SENTENCE_END, glued_twice, is_cruft, is_prose
from .picturecredits import CAPTION, CAPTION_LABEL, CREDIT

RUN_WORDS = 4  # words in a row that two tellings of one sentence share word for word
REPEAT_RUNS = 5  # runs a paragraph needs (eight words) before it can be told as a repeat
REPEAT_SHARE = 0.9  # of its runs that a longer paragraph carries: the paragraph given again
STANDFIRST_SHARE = 0.5  # of the first paragraph's runs that the story retells: a standfirst
STANDFIRST_REACH = 8  # paragraphs below the first that may retell it
# A pull quote's speaker: a name, perhaps with a role after a comma ("Ann Lee, union
# leader", "Passenger Jo Bloggs", "Harbour Master").
SPEAKER = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*(?:,\s+[\w .'’-]{2,40})?$")
ROLE_LINE = re.compile(r"^[A-Z][\w.'’-]*(?:[ ,]+[\w.'’-]+){0,5}$")  # "Union leader" under it


def without_repeats(kept: list[str], dropped: list[str]) -> list[str]:
    """``kept`` without the paragraphs the story gives again in its own words:

    - a pull quote, a caption or a summary point that a longer paragraph carries all but
      word for word ("We held out for nine days ..." / 'Union leader Ann Lee said:
      "We held out for nine days ..."');
    - a standfirst over the lede that the paragraphs under it retell, mostly in the same
      words ("... cancelled every crossing out of Northgate" / "... cancelled every
      crossing out of the port"), or a page's summary cut off mid-sentence above the story.
    """
    runs = [_runs(p) if not p.startswith("#") else set() for p in kept]
    gone: set[int] = set()
    first = next((n for n, r in enumerate(runs) if r), None)
    if first is not None and len(runs[first]) >= REPEAT_RUNS:
        # ... but a statement quoted under a lede retells it as its source put it ("Alan
        # Rickman has died at the age of 69." / "“The actor and director Alan Rickman has
        # died from cancer at the age of 69. ...,” a statement read."); a summary that quotes
        # the statement itself gives it again.
        told = range(first + 1, min(len(kept), first + 1 + STANDFIRST_REACH))
        quotes = _quotation(kept[first])
        below = set().union(*(runs[m] for m in told if quotes or kept[m][:1] not in '"“'))
        if len(runs[first] & below) >= STANDFIRST_SHARE * len(runs[first]):
            gone.add(first)
    for n, own in enumerate(runs):
        # Of two paragraphs that say the same, the longer stays, or the later if neither is.
        if (
            n not in gone
            and len(own) >= REPEAT_RUNS
            and any(
                len(own & other) >= REPEAT_SHARE * len(own)
                and (len(other) > len(own) or (len(other) == len(own) and m > n))
                for m, other in enumerate(runs)
                if m != n and m not in gone
            )
        ):
            gone.add(n)
    dropped += [p for n, p in enumerate(kept) if n in gone]
    return [p for n, p in enumerate(kept) if n not in gone]


# A quotation, closed or running on: what a mark opens up to the mark that closes it.
QUOTED = re.compile(r'["“]([^"”]*)["”]?')
QUOTATION_WORDS = 3  # "“woman” and “sex”" quote words; a quotation says something


def _quotation(paragraph: str) -> bool:
    """Whether ``paragraph`` quotes someone, not a word or two set in quotation marks."""
    return any(len(m[1].split()) >= QUOTATION_WORDS for m in QUOTED.finditer(paragraph))


def _runs(text: str) -> set[tuple[str, ...]]:
    """The runs of ``RUN_WORDS`` words in ``text``: what two tellings share word for word."""
    words = re.findall(r"\w+", normalize(text).lower())
    return {tuple(words[i : i + RUN_WORDS]) for i in range(len(words) - RUN_WORDS + 1)}


def title_case(line: str) -> bool:
    """Whether ``line`` is set as a headline: every word of four letters or more capitalised."""
    long = [w.strip(".,:;!?'\"‘’”“(") for w in line.split()]
    long = [w for w in long if len(w) >= 4]
    return len(long) >= 3 and all(w[:1].isupper() for w in long)


def set_as_headline(line: str) -> bool:
    """Whether ``line`` is set as a headline, every long word capitalised, however it ends:
    "Police Officer Opens Fire On Teenager, Hundreds Protest By Shouting 'Kill The Police!'"
    (a line in capitals may be a lede shouted)."""
    return title_case(line) and not line.isupper()


def pulled_quote(paragraph: str, run: list[str]) -> bool:
    """Whether ``paragraph`` is a quotation set apart with its speaker's name (and role)
    under it, as a pull quote: "We held out for nine days and won more than we asked" /
    "Ann Lee, union leader"; the story quotes its speakers in its own sentences."""
    unstopped = not SENTENCE_END.search(paragraph) and not paragraph.endswith(":")
    named = bool(run) and SPEAKER.match(run[0]) and all(ROLE_LINE.match(line) for line in run[1:])
    return unstopped and len(run) <= 2 and bool(named)


CAPTION_COPIES = 3  # a line given this often is a caption
CAPTION_TWICE_WORDS = 40  # a caption given twice is never longer
CAPTION_TWICE_SHORT = 12  # a sentence this short given twice in a row is no lede told again
CREDIT_WORDS = 8  # a picture's credit under its caption: who took it, or where it comes from
CREDIT_LINES = 3  # short lines a credit goes on over after its first, at most
ALT_TEXT_WORDS = 25  # a picture's alternative text is short
ALT_TEXT_BLOCK_WORDS = 35  # ... or a little longer, set on the line right above its caption
ALT_TEXT_SHARED = 3  # words it shares with the caption under it
LONE_AGENCY = re.compile(
    r"^\(?(?:reuters|afp|ap|aap|epa|getty images|xinhua|anadolu|efe|dpa|pa|ap photo)\)?$", re.I
)


def doubled_captions(
    units: list[str],
    described: AbstractSet[int] = frozenset(),
    blocks: Sequence[int] = (),
    first: int | None = None,
) -> set[int]:
    """A picture's caption given twice in a row, as its alternative text and under it,
    or the second time with its credit ("... Correctional Facility. Credit: AP").

    ``described`` are the captions whose alternative text has left already: the line above
    one of them is the story's again ("Stokes is a match-winning all-rounder, but ... his
    knee." over the caption of Stokes holding his knee).  ``blocks`` gives each line's
    block (the lines between two blank lines) and ``first`` the story's first paragraph:
    below it, a line given twice in a row in one block is a caption however long.
    """
    glued = {n for n, u in enumerate(units) if glued_twice(u)}
    found = set(glued)
    squashed = [" ".join(u.split()) for u in units]
    # Given three times, as alternative text, caption and gallery's: no story repeats a
    # paragraph so.
    copies = Counter(squashed)
    found |= {
        n
        for n, u in enumerate(squashed)
        if copies[u] >= CAPTION_COPIES
        and len(u.split()) <= CAPTION_TWICE_WORDS
        and not _lede_under_its_caption(units, squashed, n)
    }
    # ... and once more beside them without its credit: "An attendant fills up the tank ...
    # (AP)" three times, then the same without "(AP)".
    uncredited = {_BRACKETED_END.sub("", squashed[n]) for n in found}
    found |= {
        n for n, u in enumerate(squashed) if u in uncredited and (n - 1 in found or n + 1 in found)
    }
    for n in range(len(units) - 2):
        # Given twice around its credit ("A SpaceX rocket lifts off ..." / "Reuters" / the
        # same again), or twice and then credited: a caption, however much it reads as prose.
        # ... or with whoever's it is after each copy ("The home's front ..." / "Savills" /
        # the same again / "Savills").
        owned = (
            n + 3 < len(units)
            and squashed[n] == squashed[n + 2]
            and squashed[n + 1] == squashed[n + 3]
            and len(units[n + 1].split()) <= CREDIT_WORDS
            and not SENTENCE_END.search(units[n + 1])
        )
        around = squashed[n] == squashed[n + 2] and (_credit_line(units[n + 1]) or owned)
        above = squashed[n] == squashed[n + 1] and _credit_line(units[n + 2])
        if (around or above) and len(units[n].split()) <= CAPTION_TWICE_WORDS:
            found |= {n, n + 1, n + 2, *((n + 3,) if owned else ())} - (
                {n + 2} if around and _lede_under_its_caption(units, squashed, n + 2) else set()
            )
        # ... its credit set over several short lines ("Credit Ann Lee / Arkansas Public
        # Media" / "/" / "Arkansas Public Media"): the caption is a story's sentence given
        # twice in a few lines, and no story gives one so.
        elif _credit_line(units[n + 1]) and len(units[n].split()) <= CAPTION_TWICE_WORDS:
            last = _credited_again(units, squashed, n)
            if last is not None:
                found |= set(range(n, last + 1))
        # Given twice, labelled the first time, and credited to whoever took it: "PHOTO: The
        # mugshot of ..." / "The mugshot of ..." / "Florida Department of Law Enforcement".
        label = CAPTION.match(squashed[n])
        if label and squashed[n][label.end() :].lstrip() == squashed[n + 1]:
            found |= {n, n + 1}
            credit = units[n + 2].split()
            if len(credit) <= CREDIT_WORDS and not SENTENCE_END.search(units[n + 2]):
                found.add(n + 2)
        # ... or labelled the second time: "Wales' Josh Adams celebrates his try ..." /
        # "Camera IconWales' Josh Adams celebrates his try ...".
        label = CAPTION.match(squashed[n + 1])
        if label and squashed[n + 1][label.end() :].lstrip() == squashed[n]:
            found |= {n, n + 1}
        # Its alternative text above it, in other words: "Leicester City fans celebrate a
        # goal in a pub in Leicester." over "Foxes fans celebrate a goal as they watch the
        # game in a pub in Leicester. (Reuters: Eddie Keogh)".
        # (a longer one on the line right above it, no blank line between)
        joined = bool(blocks) and blocks[n] == blocks[n + 1]
        words = ALT_TEXT_BLOCK_WORDS if joined else ALT_TEXT_WORDS
        if n and n + 1 not in described and _alternative_text(units[n], units[n + 1], words):
            found.add(n)
    for n, (one, two) in enumerate(pairwise(units)):
        # An outlet's name given twice in the header is its name, not a caption; a short
        # sentence given twice is a caption and its alternative text ("Federal Bureau of
        # Investigation (FBI) headquarters in Washington."), the second time perhaps set
        # as a summary point.
        same = _unpointed(two) == _unpointed(one)
        short = len(one.split()) <= CAPTION_TWICE_SHORT
        pointed = " ".join(one.split()) != " ".join(two.split())
        twice = same and (short or pointed or not is_prose(one)) and not NAME.match(one)
        # The second time with its credit, the first perhaps cut short ("... third-biggest ...").
        cut = one.removesuffix("...").removesuffix("…").rstrip()
        whole = cut == one or len(cut) > 20
        credited = two != one and whole and two.startswith(cut)
        # ... its credit run on after it: "... (AP PHOTO)", "... UPI/Ann Lee | License Photo".
        # ... or its photographer's byline: "... in Boston. By Jo Bloggs".
        rest = two[len(cut) :].strip(" |").removeprefix("Read more")  # a link glued between
        # ... or its photographer's name alone: "... in the background. Jo Bloggs".
        taken = bool(NAME.match(rest)) and 2 <= len(rest.split()) <= CREDIT_WORDS
        credited = credited and (
            is_cruft(two) or _credit_line(rest) or bool(_TAKEN_BY.match(rest)) or taken
        )
        # ... or the first time, after a dash, the credit given again on the line after: "The
        # bar before the new roof was added. - JO BLOGGS" / "The bar before ... added." / "Jo
        # Bloggs".
        dashed = bool(SENTENCE_END.search(two)) and one[len(two) : len(two) + 3] in _DASHES
        dashed = dashed and one.startswith(two)
        ahead = one[len(two) :].strip(" -–—") if dashed else ""
        if ahead and NAME.match(ahead.title()) and len(ahead.split()) <= CREDIT_WORDS:
            credited = True
            if n + 2 < len(units) and units[n + 2].lower() == ahead.lower():
                found.add(n + 2)
        again = n in glued and one.startswith(two)  # "Cundy speaking.Cundy speaking." / "Cundy"
        # Whole the first time, then cut short with its credit: "• British forensic officers at
        # work at the scene ... in southeast London." / "British forensic officers at work at
        # the scene of the brutal attack that… (Alastair Grant / Associated…)".
        shortened = _CUT_CREDITED.match(two)
        again = again or bool(shortened and _unpointed(one).startswith(shortened.group(1)))
        # A credit says it is a caption however long; without one, a longer paragraph given
        # twice may be the lede told again.
        # (a caption run into itself is as long as it once)
        if (twice or credited or again) and len((two if again else one).split()) <= (
            CAPTION_TWICE_WORDS if credited else 30
        ):
            found |= {n, n + 1}
    # ... but the line a page opens with, given again and again before anything else, is an
    # aggregator's headline ("TikTok could go dark on Sunday" three times over the lede),
    # unless set in capitals as a picture's credit is ("CHRISTIE'S IMAGES LTD. 2017").
    if squashed and not SENTENCE_END.search(squashed[0]) and not squashed[0].isupper():
        found -= set(range(next((n for n, u in enumerate(squashed) if u != squashed[0]), 0)))
    # Given again after its "Caption" label with its credit: "A customer exits a Kroger store
    # ... in Houston, Tx." / "Caption" / "A customer exits ... Tx. / Getty Images".
    found |= {
        n - 1
        for n, u in enumerate(units[1:-1], 1)
        if CAPTION_LABEL.match(u) and units[n + 1].startswith(units[n - 1])
    }
    # ... or twice over a credit in brackets: "Rescue efforts continue on Lake Victoria ..."
    # twice over "(Tanzania Red Cross)".
    found |= {
        n - k
        for n, u in enumerate(units[2:], 2)
        if u[:1] == "(" and WIRE.match(u) and units[n - 1] == units[n - 2]
        for k in (1, 2)
    }
    # ... or twice in a row in one block inside the story: "Rescuers tried multiple methods to
    # try assist stranded pilot whales on Port Hood beach on Sunday."  Above the story's first
    # paragraph, the copies are a standfirst and the lede it repeats.
    found |= {
        n + k
        for n in range(first + 1 if first is not None else len(units), len(units) - 1)
        if units[n] == units[n + 1]
        and blocks[n] == blocks[n + 1]
        and len(units[n].split()) <= CAPTION_TWICE_WORDS
        for k in (0, 1)
    }
    return found


_BRACKETED_END = re.compile(r"\s*\([^()]{1,40}\)$")
_TAKEN_BY = re.compile(r"^(?i:by) (?:[A-Z][\w'’-]*\.? ?){2,4}$")
_CUT_CREDITED = re.compile(r"^(.{20,}?)\s*(?:…|\.\.\.)\s*\([^()]{2,60}\)$")


_DASHES = (" - ", " – ", " — ")


def _unpointed(unit: str) -> str:
    return " ".join(unit.lstrip("•·*- ").split())


def _alternative_text(line: str, caption: str, words: int = ALT_TEXT_WORDS) -> bool:
    """Whether ``line`` tells the picture that ``caption`` (credited) tells: short (``words``
    at most), nobody's words, and three of its words in the caption."""
    if not credited_caption(caption) or len(line.split()) > words or _SAYS.search(line):
        return False
    # A picture is described as it is ("Police take cover during clashes"): a line that
    # goes on from the story ("However, the whales ...", "He secured 201 votes ...") or
    # tells what was, had been or will be is the story's.
    if tells_what_was(line):
        return False
    told = {w[:5] for w in _WORD.findall(line.lower())}
    return len(told & {w[:5] for w in _WORD.findall(caption.lower())}) >= ALT_TEXT_SHARED


_WORD = re.compile(r"[a-z]{4,}")
_TOLD = re.compile(
    r"^(?:he|she|it|they|however|but|and|meanwhile|also|all)\b"
    r"|\b(?:was|were|had|will|would|has been|have been)\b"
    # ... or a record, as no picture shows one: "is only the second unseeded woman to win".
    r"|\bonly the (?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)
_SAYS = re.compile(r"\b(?:said|says|told|according)\b|[\"“”]", re.IGNORECASE)


def tells_what_was(line: str) -> bool:
    """Whether ``line`` goes on from the story ("However, the whales ...") or tells what
    was, had been or will be: a report's words, as a picture's caption never has them."""
    return bool(_TOLD.search(line))


def _lede_under_its_caption(units: list[str], squashed: list[str], n: int) -> bool:
    """Whether the last of a line's copies is the story's lede, the copies above it the
    picture's caption, credited, that repeats it ("Thousands of Deere & Co workers began a
    strike ..." twice, "(File Photo )", then the same again over the story).  Given three
    times with no credit between, as alternative text, caption and gallery's, it is the
    caption's every time."""
    before = [m for m in range(n) if squashed[m] == squashed[n]]
    after = n + 1 < len(units) and is_prose(units[n + 1])
    return (
        len(before) >= CAPTION_COPIES - 1
        and n not in (m + 1 for m in before)  # not the caption's second line
        and any(_credit_line(units[m]) or is_cruft(units[m]) for m in range(before[-1] + 1, n))
        and after
        and squashed[n] not in squashed[n + 1 :]  # the last copy
    )


def _credited_again(units: Sequence[str], squashed: Sequence[str], n: int) -> int | None:
    """Where caption ``n`` is given again after its credit and the short lines that go on
    with it, at most CREDIT_LINES lines down; None when it is not."""
    for m in range(n + 2, min(n + 2 + CREDIT_LINES, len(units))):
        if squashed[m] == squashed[n]:
            return m
        if len(units[m].split()) > CREDIT_WORDS or SENTENCE_END.search(units[m]):
            return None
    return None


def _credit_line(unit: str) -> bool:
    """A picture's credit on a line of its own: "Justin Sullivan/Getty Images", "Reuters",
    "Source: AAP", "(Source: Estuary Wire)"."""
    return bool(
        CREDIT.match(unit) or LONE_AGENCY.match(unit.strip()) or _SOURCE_CREDIT.match(unit.strip())
    )


_SOURCE_CREDIT = re.compile(r"^\(?source\s*:\s*[\w&'’/ -]{2,40}\)?$", re.IGNORECASE)
