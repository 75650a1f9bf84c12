"""Figures: the numbers of a sentence, their kind, and what each one counts.

Conflicts compare figures that count the same thing.  Two outlets rarely put
them in the same words: "killing at least 12 people" in one lede is "the death
toll rose to 19" in another, and "Turnout was 39 per cent" is "put turnout at
41.2 per cent".  What a figure counts is read from the words around it: the
noun it stands before, the noun before it, and the lexicon class of the word
that says what happened (killing, died and toll share one class).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .model import Token, record
from .text import tokenize
from .words import MONTHS, stem

# A figure rounded to one significant digit ("six million" for 5.9 million) lies at most
# this share away from the figure it rounds: "twenty" is no 23, "2,000" no 2,430.
ROUNDED_ONE_DIGIT = 0.05


def numbers(text: str) -> list[Token]:
    return [t for t in tokenize(text) if t.number]


@lru_cache(maxsize=8192)
def values(text: str) -> frozenset[str]:
    """The numbers a phrase states: "3 million", "3,000,000" and "three million" are one;
    a time of day set as a decimal ("at 3.54") is any time it may be ("3:54", "15:54").

    Cached: conflicts ask it of the same sentences and versions again and again.
    """
    found = {t.key for t in numbers(text)}
    for key in list(found):
        if clock := DECIMAL_CLOCK.fullmatch(key):
            hour, minute = int(clock.group(1)), clock.group(2)
            found |= {f"{hour}:{minute}", f"{hour + 12}:{minute}"}
    return frozenset(found)


# The words a road or a gate goes by with its number: "Interstate 85" counts nothing.
ROUTES = frozenset(
    "interstate highway route hwy freeway motorway gate terminal platform pier".split()
)
# A time of day set as a decimal: "found dead at 3.54 this afternoon".
DECIMAL_CLOCK = re.compile(r"(1[0-2]|[1-9])\.([0-5]\d)")


def after_from(text: str, number: Token) -> bool:
    return bool(re.search(r"\bfrom\s+(?:about\s+|around\s+)?$", text[: number.start], re.I))


def kind(number: Token) -> str:
    """:func:`kind_of` the number, where "1,953" (written with a thousands separator)
    is a count, never the year 1953."""
    found = kind_of(number.key)
    return "count" if found == "year" and "," in number.text else found


@lru_cache(maxsize=4096)
def kind_of(key: str) -> str:
    """A count, a share (12%), a position (12th), a span of time, a time of day (11:00), a
    year or a decade (the 1990s): never in conflict."""
    if ":" in key:
        return "time"  # "around 11 a.m." answers no price ("opening at $15.25")
    if key.endswith("th"):
        return "position"
    if key.endswith("%"):
        return "share"
    if key.endswith("min"):
        return "duration"
    if _DECADE.fullmatch(key):
        return "decade"
    return "year" if _YEAR.fullmatch(key) else "count"


_DECADE = re.compile(r"(?:1[89]|20)\d0s")
_YEAR = re.compile(r"(?:19|20)\d\d")


def head(text: str, found: Sequence[Token]) -> str | None:
    """What the last of ``found`` counts: the content word right after it, if any."""
    if not found:
        return None
    words = tokenize(text)
    after = [t for t in words if t.start >= found[-1].end]
    if not after or not after[0].content or after[0].number:
        return None
    if text[found[-1].end : after[0].start].strip():
        return None
    return after[0].stem


def span(text: str, found: Sequence[Token]) -> str:
    return text[found[0].start : found[-1].end]


# "rose to 19": the figure is the level of whatever rose, named before the verb.
_CHANGE = frozenset({stem("rise"), stem("fall")})
# Words that hedge a figure stand between it and what it counts without saying anything
# about that ("killing at least 12").
_HEDGES = frozenset(
    "at least more than over nearly almost about around roughly some approximately an "
    "estimated up just under less fewer close".split()
)
# Nouns too general to say what two figures count ("12 people", "a total of 19").
_GENERIC = frozenset(stem(w) for w in "people person number total figure".split())
_BREAK = re.compile(r"[,;:()\"]|\s-\s")
# "are now known to have died": words of knowing between a figure and what befell it.
_KNOWN = frozenset("known believed thought confirmed reported feared understood presumed".split())
# What happened to the people a figure counts may stand some words after it ("Nineteen
# people are now known to have died", "seven members of the club died"); any other class
# says what a figure counts only right next to it, so "plane" in "The plane was carrying
# 49 passengers" does not make the passengers a count of planes.
_FATES = frozenset(stem(w) for w in "kill injure hospital evacuate missing rescue arrest".split())
WINDOW = 8
_SPANS = frozenset("month months year years decade decades century centuries".split())
_SAID = frozenset("said says told tells according".split())
# Words after a figure that say when, not what it counts: "swelled to 2,500 overnight".
_WHEN = frozenset("overnight today yesterday tonight now earlier later ago since".split())


@record
class Counted:
    """A count or share in a sentence, and what it counts.

    ``thing`` is the lexicon class of the word that says what the figure counts
    (``~kill`` for "killing", "died" and "death toll"); ``words`` the plain nouns
    next to it ("turnout"), for figures no class describes.
    """

    token: Token
    phrase: str
    thing: str | None
    words: frozenset[str]


def counted(text: str) -> list[Counted]:
    """The counts and shares of a sentence with what each counts, read within its clause.

    A figure joined to a word by a hyphen ("11-year high", "54-year-old") describes
    that word and is left out.
    """
    return list(_counted(text))


# Conflicts ask of a sentence once for every other sentence it is held against.
@lru_cache(maxsize=4096)
def _counted(text: str) -> tuple[Counted, ...]:
    words = tokenize(text)
    clause = _clauses(text, words)
    found = []
    for k, t in enumerate(words):
        if not t.number or kind(t) not in ("count", "share") or ":" in t.key:
            continue
        if after_from(text, t) or hyphened(text, t) or coded(text, t):
            continue
        if k and words[k - 1].key.lower() in ROUTES and words[k - 1].text[:1].isupper():
            continue  # "Interstate 85": the road's number, no count
        nxt = words[k + 1] if k + 1 < len(words) else None
        if len(t.key) < 3 and (
            (k and words[k - 1].key in MONTHS and words[k - 1].text[0].isupper())
            or (nxt is not None and nxt.key in MONTHS and nxt.text[0].isupper())
        ):
            continue  # "on Oct. 4 announced", "on 3 November": a day of the month, no count
        if nxt and nxt.key in _SPANS and not text[t.end : nxt.start].strip():
            continue  # "in eight decades", "12 months": a span of time, not a count
        if (
            nxt
            and nxt.key == "to"
            and k + 3 < len(words)
            and words[k + 2].number
            and words[k + 3].content
            and not words[k + 3].number
            and not text[words[k + 2].end : words[k + 3].start].strip()
        ):
            continue  # "30 to 40 metres": the range is told by its end, with its unit
        head = (
            nxt
            if nxt
            and nxt.content
            and not nxt.number
            and nxt.key not in _WHEN
            and not text[t.end : nxt.start].strip()
            else None
        )
        near = [
            n
            for n in range(len(words))
            if clause[n] == clause[k]
            and n != k
            and not (head and n == k + 1)
            and words[n].key.lower() not in _HEDGES
        ]
        before = [words[n] for n in reversed(near) if n < k]
        after = [words[n] for n in near if n > k]
        left = next((w for w in before if w.content and not w.number), None)
        right = next((w for w in after if w.content and w.key not in _KNOWN), None)
        nouns = {head.stem} if head else set()
        if left and left.stem in _CHANGE and text[left.end : t.start].split()[:1] == ["to"]:
            subject = before[before.index(left) + 1 :]
            # "a spokesman said the number known to have died had risen to 1,953": who
            # said it is not what rose.
            said = next((n for n, w in enumerate(subject) if w.key in _SAID), None)
            subject = subject[:said] if said is not None else subject
            nouns |= {w.stem for w in subject if w.content and not w.number and not w.name}
            classes = [w.stem for w in reversed(subject)]
        else:
            # A figure with its own noun counts that; the word before it belongs to
            # another ("13,000 operations and more than 100,000 appointments").
            nouns |= {left.stem} if left and not head else set()
            classes = [w.stem for w in (left, right) if w]
            after_head = words[k + 2] if head and k + 2 < len(words) else None
            if (
                head
                and head.stem in _GENERIC
                and after_head is not None
                and after_head.text.endswith(("ed", "en"))
                and not text[head.end : after_head.start].strip()
            ):
                # "over 4500 people injured": what befell the people follows them.
                classes = [after_head.stem, *classes]
        fates = [w.stem for w in after[:WINDOW] if w.stem in _FATES]
        if head and head.stem not in _GENERIC and not _is_class(head.stem):
            classes = []  # "6,000 buildings": the noun says what is counted, not the verb
        thing = next(
            (c for c in [head.stem if head else "", *classes, *fates] if _is_class(c)), None
        )
        phrase = text[t.start : head.end] if head else t.text
        found.append(Counted(t, phrase, thing, frozenset(nouns - _GENERIC)))
    return tuple(found)


def tolls(text: str) -> list[tuple[Counted, frozenset[str]]]:
    """The counts of what befell people in a sentence (killed, injured, missing, ...),
    each with the names in its clause ("in Nepal", "in Turkey, Syria"), leaving out who
    said so ("Turkey's Vice President Fuat Oktay said ..."); when that clause names
    nothing, the names of the sentence's other clauses, but a speaker's."""
    fates = [c for c in counted(text) if c.thing in _FATES]
    if not fates:
        return []
    words = tokenize(text)
    clause = _clauses(text, words, lists=True)
    # "In Tibet, state media said 17 people had been killed": the place opens the sentence.
    quoting = {clause[n] for n, w in enumerate(words) if w.key in _SAID}
    found = []
    for c in fates:
        at = next(n for n, w in enumerate(words) if w.start == c.token.start)
        said = max((n for n in range(at) if words[n].key in _SAID), default=-1)
        own = frozenset(
            w.stem for n, w in enumerate(words) if clause[n] == clause[at] and w.name and n > said
        )
        others = frozenset(
            w.stem
            for n, w in enumerate(words)
            if w.name and clause[n] not in quoting | {clause[at]}
        )
        found.append((c, own or others))
    return found


def _clauses(text: str, words: Sequence[Token], lists: bool = False) -> list[int]:
    """Each word's clause, counted from 0: a comma, bracket or dash starts the next one.

    With ``lists``, a comma between two names does not: "in Turkey, Syria" is one list.
    """
    clause = [0] * len(words)
    for k in range(1, len(words)):
        gap = text[words[k - 1].end : words[k].start]
        listed = lists and gap.strip() == "," and words[k - 1].name and words[k].name
        clause[k] = clause[k - 1] + bool(_BREAK.search(gap) and not listed)
    return clause


def hyphened(text: str, number: Token) -> bool:
    """Whether ``number`` is joined to a word by a hyphen: "a 70-year history", "11-year high".

    A hyphen inside a number in words is no join: "Forty-three people were injured"."""
    return (
        text[max(0, number.start - 1) : number.start] == "-"
        or text[number.end : number.end + 1] == "-"
    )


def coded(text: str, number: Token) -> bool:
    """Whether ``number`` is part of a name it is joined to: "Covid-19", "COVID19", "F-35"
    name a disease and a jet, and count nothing.  A number in words is no code:
    "ROME-Thirty-five people" is a dateline run into a toll."""
    if not number.text[:1].isdigit():
        return False
    before = text[max(0, number.start - 2) : number.start]
    return before[-1:].isalpha() or (before[-1:] == "-" and before[:1].isalpha())


def _is_class(word_stem: str) -> bool:
    return word_stem.startswith("~") and word_stem not in _CHANGE


def same_thing(a: Counted, b: Counted) -> bool:
    """Whether two figures count the same thing: by class where either has one."""
    if a.thing or b.thing:
        return a.thing == b.thing
    return bool(a.words & b.words)


def counted_apart(left: str, right: str) -> list[tuple[str, str]]:
    """Different numbers counting the same thing: "34 people" / "Thirty-one people".

    Catches disagreements the word diff does not line up, in sentences that
    are worded differently around them.
    """

    def by_head(text: str) -> dict[str, list[tuple[Token, str]]]:
        found: dict[str, list[tuple[Token, str]]] = {}
        words = tokenize(text)
        for k, t in enumerate(words[:-1]):
            after = words[k + 1]
            if t.number and not after.number and after.content and not coded(text, t):
                # A figure joined to its word by a hyphen describes what follows: "the
                # 300-member parliament" is its size, not the 190 members who voted, and
                # "the 65-year-old" a person's age, not "its 133-year history".
                aged = text.startswith(("-old", "-years-old"), after.end)
                glued = text.startswith("-", t.end)
                head = f"{after.stem}-old" if aged else f"{after.stem}-" if glued else after.stem
                found.setdefault(head, []).append((t, text[t.start : after.end]))
        return found

    a, b = by_head(left), by_head(right)
    values_a, values_b = values(left), values(right)
    pairs = []
    # In the left sentence's order, not a set's: the order of the pairs decides which
    # conflict a figure joins, and a set of strings iterates in a per-process hash order.
    for h in (h for h in a if h in b):
        only_a = [(t, p) for t, p in a[h] if t.key not in values_b]
        only_b = [(t, p) for t, p in b[h] if t.key not in values_a]
        if len(only_a) != 1 or len(only_b) != 1 or kind(only_a[0][0]) != kind(only_b[0][0]):
            continue
        pairs.append((only_a[0][1], only_b[0][1]))
    return pairs


def told_apart(left: str, right: str) -> list[tuple[str, str]]:
    """One count told in other words, with different values: an update or a dispute.

    "killing at least 12 people" / "The death toll ... rose to 19".  A pair counts
    only when each figure has no other candidate on the other side, so two
    counts of different things in related sentences stay apart.
    """
    a, b = counted(left), counted(right)
    values_a, values_b = values(left), values(right)
    # Two figures of one thing in a sentence ("5,102 killed, another 1,602 in Syria") are
    # parts and totals: which one answers the other's figure is a guess.
    a = [x for x in a if not any(z is not x and same_thing(x, z) for z in a)]
    b = [y for y in b if not any(z is not y and same_thing(y, z) for z in b)]
    pairs = [
        (x, y)
        for x in a
        if x.token.key not in values_b
        for y in b
        if y.token.key not in values_a and kind(x.token) == kind(y.token) and same_thing(x, y)
    ]
    return [
        (x.phrase, y.phrase)
        for x, y in pairs
        if sum(p[0] is x for p in pairs) == 1 and sum(p[1] is y for p in pairs) == 1
    ]


def count_other_things(left: str, a: str, right: str, b: str) -> bool:
    """Whether figures ``a`` of ``left`` and ``b`` of ``right`` count different things.

    "seven members of the club died" and "taking 52 members of the club" both count
    members, but one counts the dead.
    """
    x = next((c for c in counted(left) if c.token.key in values(a)), None)
    y = next((c for c in counted(right) if c.token.key in values(b)), None)
    if x and y and {_speed(left, x.token), _speed(right, y.token)} == {"pace", "wind"}:
        return True
    return bool(x and y and (x.thing or y.thing) and x.thing != y.thing)


# A storm's speed: how fast it moves ("moving northwest at 9 mph") or how fast its winds blow
# ("sustained winds of 85 mph"), two figures in one unit that never dispute each other.
_SPEED_UNIT = re.compile(
    r"\s*(?:mph|kph|km/h|kmh|knots|miles an hour|(?:miles|kilometres|kilometers) per hour)\b"
)
_PACE = frozenset(
    "moving moves move travelling traveling heading forward drifting crawling".split()
)
_WIND = frozenset("wind winds gust gusts gusting sustained".split())
SPEED_REACH = 8  # words before a speed that may say whose it is


def _speed(text: str, number: Token) -> str | None:
    """Whether a speed is a storm's pace ("pace") or its winds' ("wind"), if it is either."""
    if not _SPEED_UNIT.match(text, number.end):
        return None
    before = {w.lower().strip(",.") for w in text[: number.start].split()[-SPEED_REACH:]}
    if before & _PACE:
        return "pace"
    return "wind" if before & _WIND else None
