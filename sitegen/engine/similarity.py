"""How far two sentences say the same thing: weighted profiles and their scores.

A sentence's profile is its content words, each weighted by how rare it is
within the event (the event's own sentences are the collection), with names
and numbers counting more: a word every outlet repeats ("Ukraine", "said")
tells little, a name or a figure few sentences mention tells much.  Alignment
and coverage both score with these.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import field

from .model import Document, Token, record

NAME_BOOST = 1.0
NUMBER_BOOST = 2.0
NAMES_ONLY = 0.5
# Counts up to a dozen are in every story ("two shots ahead", "two of its nationals",
# "the Two Holy Mosques"): they tell little more than any shared word.  Measured on
# the fourteen labelled sets of real events, weighing them as figures found 10 fewer
# unique sentences and listed 4 more false ones; as plain words, "two members" no
# longer met "two of the seven board members".
SMALL_COUNT = 12
SMALL_COUNT_BOOST = 1.3
QUOTE_THRESHOLD = 0.6


@record
class Profile:
    """The weighted content words of one sentence."""

    weights: dict[str, float]
    quoted: frozenset[str]
    key: tuple[str, ...]
    names: frozenset[str] = frozenset()
    total: float = field(init=False)

    def __post_init__(self) -> None:
        # Asked for in every similarity: worked out once.
        object.__setattr__(self, "total", sum(self.weights.values()))


def idf(documents: Mapping[str, Document]) -> dict[str, float]:
    """Each stem's rarity among the event's sentences: log(1 + sentences / sentences with it)."""
    df: Counter[str] = Counter()
    count = 0
    for doc in documents.values():
        for tokens in doc.tokens:
            df.update({t.stem for t in tokens if t.content})
            count += 1
    return {t: math.log(1 + count / n) for t, n in df.items()}


def weight(token: Token, rarity: Mapping[str, float]) -> float:
    # Numbers are the strongest sign that two sentences report the same thing.
    if token.number:
        small = token.key.isdigit() and int(token.key) <= SMALL_COUNT
        return rarity.get(token.stem, 1.0) * (SMALL_COUNT_BOOST if small else NUMBER_BOOST)
    boost = NAME_BOOST if token.name else 1.0
    return rarity.get(token.stem, 1.0) * boost


def profile(tokens: Sequence[Token], rarity: Mapping[str, float]) -> Profile:
    """The profile of one sentence's tokens, with the event's word rarity."""
    weights: dict[str, float] = {}
    for t in tokens:
        if t.content:
            weights[t.stem] = max(weights.get(t.stem, 0.0), weight(t, rarity))
    quoted_words = [t for t in tokens if t.quoted]
    quoted = frozenset(t.stem for t in quoted_words if t.content)
    names = frozenset(t.stem for t in tokens if t.name and not t.number)
    return Profile(
        weights,
        quoted if len(quoted_words) >= 3 else frozenset(),
        tuple(t.key for t in tokens),
        names,
    )


def profiles(documents: Mapping[str, Document]) -> dict[str, list[Profile]]:
    """Every sentence's profile, weighted by rarity within the whole event."""
    rarity = idf(documents)
    return {
        src: [profile(tokens, rarity) for tokens in doc.tokens] for src, doc in documents.items()
    }


class Similarities:
    """Every sentence of one source against every sentence of another, each pair scored once.

    Alignment and coverage both ask; an event's profiles are scored here for both.
    Only pairs that share a content word (found through an index of each
    source's words) are scored: about a quarter of them in news text; every
    other pair scores 0, as :func:`similarity` would give it.
    """

    def __init__(self, weights: Mapping[str, Sequence[Profile]]) -> None:
        self.weights = weights
        self._found: dict[tuple[str, str], list[list[float]]] = {}
        self._near: dict[tuple[str, str], list[dict[int, float]]] = {}
        self._held: dict[tuple[str, str], list[dict[int, float]]] = {}
        self._index: dict[str, dict[str, list[int]]] = {}

    def matrix(self, a: str, b: str) -> list[list[float]]:
        """``similarity(a's i, b's j)`` at ``[i][j]``."""
        if (a, b) not in self._found:
            self._score(a, b)
        return self._found[a, b]

    def near(self, a: str, b: str) -> list[dict[int, float]]:
        """For each sentence of ``a``, the sentences of ``b`` it scores above 0 against,
        ``{j: similarity}`` in reading order: the matrix's rows without their zeros."""
        if (a, b) not in self._near:
            self._score(a, b)
        return self._near[a, b]

    def held(self, a: str, b: str) -> list[dict[int, float]]:
        """For each sentence ``i`` of ``a``, ``{j: weight of b's j's words that i has}``,
        for the sentences of ``b`` sharing a word with it: the part of ``b``'s ``j`` that
        ``i`` holds, before dividing by its total."""
        if (a, b) not in self._held:
            self._score(a, b)
        return self._held[a, b]

    def _words(self, src: str) -> dict[str, list[int]]:
        """Which sentences of ``src`` hold each content word, in reading order."""
        found = self._index.get(src)
        if found is None:
            found = {}
            for j, p in enumerate(self.weights[src]):
                for t in p.weights:
                    found.setdefault(t, []).append(j)
            self._index[src] = found
        return found

    def _score(self, a: str, b: str) -> None:
        xs, ys = self.weights[a], self.weights[b]
        index_a, index_b = self._words(a), self._words(b)
        # For each pair that shares a word: the shared words (and the other side's
        # weights of them) as each sentence lists them, so that sum() adds the same
        # floats in the same order as _scores would, with no pass over the words the
        # two do not share.
        ours: list[dict[int, list[str]]] = []
        for x in xs:
            mine: dict[int, list[str]] = {}
            for t in x.weights:
                for j in index_b.get(t, ()):
                    if j in mine:
                        mine[j].append(t)
                    else:
                        mine[j] = [t]
            ours.append(mine)
        theirs: list[dict[int, list[float]]] = [{} for _ in xs]
        for j, y in enumerate(ys):
            for t, w in y.weights.items():
                for i in index_a.get(t, ()):
                    row = theirs[i]
                    if j in row:
                        row[j].append(w)
                    else:
                        row[j] = [w]
        # A sentence with no content word matches on its exact words alone (see similarity).
        blank = [j for j, y in enumerate(ys) if not y.weights]
        forward = [[0.0] * len(ys) for _ in xs]
        backward = [[0.0] * len(xs) for _ in ys]
        near: list[dict[int, float]] = [{} for _ in xs]
        near_back: list[dict[int, float]] = [{} for _ in ys]
        held: list[dict[int, float]] = [{} for _ in xs]
        held_back: list[dict[int, float]] = [{} for _ in ys]
        for i, x in enumerate(xs):
            mine, other = ours[i], theirs[i]
            for j in sorted([*mine, *blank]) if x.weights else range(len(ys)):
                y = ys[j]
                if j in mine:
                    shared = mine[j]
                    shared_a = sum(map(x.weights.__getitem__, shared))
                    shared_b = sum(other[j]) if shared_a else 0
                    only_names = bool(shared_a) and (x.names | y.names).issuperset(shared)
                    ab, ba = _finish(x, y, shared_a, shared_b, only_names)
                else:
                    ab, ba, shared_a, shared_b = _scores(x, y)
                forward[i][j] = ab
                backward[j][i] = ba
                if ab:
                    near[i][j] = ab
                if ba:
                    near_back[j][i] = ba
                if shared_a:
                    held[i][j] = shared_b
                    held_back[j][i] = shared_a
        self._found[a, b], self._near[a, b], self._held[a, b] = forward, near, held
        if a != b:
            self._found[b, a], self._near[b, a], self._held[b, a] = backward, near_back, held_back


def overlap(a: Mapping[str, float], b: Mapping[str, float] | set[str]) -> float:
    return sum(w for t, w in a.items() if t in b)


def similarity(a: Profile, b: Profile) -> float:
    """How far two sentences say the same thing, from 0 to 1.

    The weighted Dice coefficient of their content words; sentences that
    share a quotation score at least as high as the quotation's overlap.
    """
    if not a.weights or not b.weights:
        return 1.0 if a.key == b.key and a.key else 0.0
    shared = overlap(a.weights, b.weights)
    score = 2 * shared / (a.total + b.total)
    common = a.weights.keys() & b.weights.keys()
    if common and common <= a.names | b.names:
        # Nothing but names in common: the same people doing different things.
        score *= NAMES_ONLY
    if a.quoted and b.quoted:
        q = 2 * len(a.quoted & b.quoted) / (len(a.quoted) + len(b.quoted))
        if q >= QUOTE_THRESHOLD:
            score = max(score, 0.5 + 0.5 * q)
    return score


def both_ways(a: Profile, b: Profile) -> tuple[float, float]:
    """``(similarity(a, b), similarity(b, a))``, worked out together.

    The two differ only where a word weighs differently in the two sentences (a
    name in one, a plain word in the other), through the sum of shared weights.
    """
    ab, ba, _, _ = _scores(a, b)
    return ab, ba


def _scores(a: Profile, b: Profile) -> tuple[float, float, float, float]:
    """:func:`both_ways`, and the weight of ``a``'s words ``b`` has and of ``b``'s ``a`` has."""
    if not a.weights or not b.weights:
        same = 1.0 if a.key == b.key and a.key else 0.0
        return same, same, 0, 0
    aw, bw = a.weights, b.weights
    shared_a = sum(w for t, w in aw.items() if t in bw)
    shared_b = sum(w for t, w in bw.items() if t in aw) if shared_a else 0
    only_names = bool(shared_a) and aw.keys() & bw.keys() <= a.names | b.names
    ab, ba = _finish(a, b, shared_a, shared_b, only_names)
    return ab, ba, shared_a, shared_b


def _finish(
    a: Profile, b: Profile, shared_a: float, shared_b: float, only_names: bool
) -> tuple[float, float]:
    """The two scores of a pair from its shared weights."""
    total = a.total + b.total
    ab, ba = 2 * shared_a / total, 2 * shared_b / total
    if only_names:
        # Nothing but names in common: the same people doing different things.
        ab, ba = ab * NAMES_ONLY, ba * NAMES_ONLY
    if a.quoted and b.quoted:
        q = 2 * len(a.quoted & b.quoted) / (len(a.quoted) + len(b.quoted))
        if q >= QUOTE_THRESHOLD:
            ab, ba = max(ab, 0.5 + 0.5 * q), max(ba, 0.5 + 0.5 * q)
    return ab, ba


def share_rare(a: Profile, b: Profile) -> bool:
    """Whether two sentences share one of the event's rarer words, beyond a name.

    A name alone is no evidence: the same people do many things in one story.
    """
    shared = (a.weights.keys() & b.weights.keys()) - a.names - b.names
    top = max((*a.weights.values(), *b.weights.values()), default=0.0)
    return any(min(a.weights[t], b.weights[t]) >= 0.6 * top for t in shared)


def union_score(one: Profile, first: Profile, second: Profile) -> tuple[float, float]:
    """Dice of one sentence against two others taken together, and how much of it they
    cover: each word of the two weighs as in the one that weighs it more, summed without
    building their union (asked for every pair of candidate sentences)."""
    a, b = first.weights, second.weights
    shared = sum(w for t, w in one.weights.items() if t in a or t in b)
    common = [t for t in a if t in b]
    joined_total = first.total + second.total - sum(min(a[t], b[t]) for t in common)
    total = one.total + joined_total
    dice = 2 * shared / total if total else 0.0
    cover = shared / one.total if one.total else 0.0
    return dice, cover
