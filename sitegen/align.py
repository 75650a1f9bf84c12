"""Match every sentence of one source to its counterpart in another.

The method follows what works for news text (see the README): sentences are
compared by their content words, weighted by how rare each word is within the
event (names and numbers count more than "said" or "Ukraine"), so two outlets
that share wire copy line up however they trim and reorder it.

1. One-to-one matches, best first, above a similarity threshold.  Sentences
   that carry the same quotation match even when the words around it differ.
2. Splits and merges: one sentence against two nearby sentences of the other
   source, when the two together explain it much better than either alone.
3. Repeats: a sentence whose claim the other source makes in a sentence that
   is already matched (a standfirst repeated in the body) is linked to it too.
4. Paraphrase over two sentences: a sentence whose content words are almost
   all found in two sentences of the other source is reported there.
5. Moves: among the matches, the longest run that keeps both orders is the
   spine; every other match is a moved sentence.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from .diff import word_diff
from .model import Link
from .text import Term, normalize, quotations, terms, tokens, word_key

MATCH_THRESHOLD = 0.34
REPEAT_THRESHOLD = 0.55
SPLIT_GAIN = 0.08
PART_COVERAGE = 0.4
PARAPHRASE_COVERAGE = 0.7
QUOTE_THRESHOLD = 0.6
HINT_THRESHOLD = 0.12
NAME_BOOST = 1.5
NAMES_ONLY = 0.5
LOOSE_THRESHOLD = 0.18
LOOSE_DISTANCE = 0.4
NUMBER_BOOST = 2.0


@dataclass(frozen=True)
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


def profiles(
    documents: Mapping[str, Sequence[str]],
) -> dict[str, list[Profile]]:
    """Weight every sentence's content words by their rarity within the event.

    The event's own sentences are the collection the rarity is counted over,
    so a word every outlet repeats weighs little and a name only a few
    sentences mention weighs much.
    """
    parsed = {src: [terms(s) for s in sents] for src, sents in documents.items()}
    df: Counter[str] = Counter()
    count = 0
    for sentence_terms in parsed.values():
        for ts in sentence_terms:
            df.update({t.stem for t in ts})
            count += 1
    idf = {t: math.log(1 + count / n) for t, n in df.items()}
    return {
        src: [
            _profile(ts, idf, sentence)
            for ts, sentence in zip(parsed[src], documents[src], strict=True)
        ]
        for src in documents
    }


def _profile(ts: list[Term], idf: dict[str, float], sentence: str) -> Profile:
    weights: dict[str, float] = {}
    for t in ts:
        # Numbers are the strongest sign that two sentences report the same thing.
        boost = NUMBER_BOOST if t.number else NAME_BOOST if t.name else 1.0
        weights[t.stem] = max(weights.get(t.stem, 0.0), idf[t.stem] * boost)
    quoted = frozenset(s for q in quotations(sentence) for s in (t.stem for t in terms(q)))
    names = frozenset(t.stem for t in ts if t.name and not t.number)
    return Profile(weights, quoted, sentence_key(sentence), names)


def sentence_key(sentence: str) -> tuple[str, ...]:
    """The words of a sentence as compared: case, quotes and spelling folded."""
    return tuple(word_key(m.group()) for m in tokens(normalize(sentence)))


def _overlap(a: Mapping[str, float], b: Mapping[str, float] | set[str]) -> float:
    return sum(w for t, w in a.items() if t in b)


def similarity(a: Profile, b: Profile) -> float:
    """How far two sentences say the same thing, from 0 to 1.

    The weighted Dice coefficient of their content words; sentences that
    share a quotation score at least as high as the quotation's overlap.
    """
    if not a.weights or not b.weights:
        return 1.0 if a.key == b.key and a.key else 0.0
    shared = _overlap(a.weights, b.weights)
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


def _share_rare(a: Profile, b: Profile) -> bool:
    """Whether two sentences share one of the event's rarer words, beyond a name.

    A name alone is no evidence: the same people do many things in one story.
    """
    shared = (a.weights.keys() & b.weights.keys()) - a.names - b.names
    top = max((*a.weights.values(), *b.weights.values()), default=0.0)
    return any(min(a.weights[t], b.weights[t]) >= 0.6 * top for t in shared)


def _union_score(one: Profile, parts: Sequence[Profile]) -> tuple[float, float]:
    union: dict[str, float] = {}
    for p in parts:
        for t, w in p.weights.items():
            union[t] = max(union.get(t, 0.0), w)
    shared = _overlap(one.weights, union)
    total = one.total + sum(union.values())
    dice = 2 * shared / total if total else 0.0
    cover = shared / one.total if one.total else 0.0
    return dice, cover


def _part_cover(part: Profile, one: Profile) -> float:
    return _overlap(part.weights, one.weights) / part.total if part.total else 0.0


@dataclass
class _Pair:
    left: list[Profile]
    right: list[Profile]

    def side(self, flip: bool) -> tuple[list[Profile], list[Profile]]:
        return (self.right, self.left) if flip else (self.left, self.right)


def align_pair(
    left: Sequence[str],
    right: Sequence[str],
    left_id: str = "left",
    right_id: str = "right",
    weights: Mapping[str, Sequence[Profile]] | None = None,
    hints: Collection[tuple[int, int]] = (),
) -> list[Link]:
    """Align the sentences of two articles.

    ``weights`` are the event-wide :func:`profiles`; without them the two
    articles alone give the word weights.  ``hints`` are pairs known to report
    the same thing through a third source: they match above a lower threshold,
    after every direct match.
    """
    if weights is None:
        weights = profiles({left_id: left, right_id: right})
    pair = _Pair(list(weights[left_id]), list(weights[right_id]))
    sim = [[similarity(a, b) for b in pair.right] for a in pair.left]

    # Each link: (left indices, right indices, score, secondary)
    links: list[tuple[tuple[int, ...], tuple[int, ...], float, bool]] = []
    used_left: dict[int, int] = {}
    used_right: dict[int, int] = {}

    candidates = sorted(
        (
            (-sim[i][j], i, j)
            for i in range(len(left))
            for j in range(len(right))
            if sim[i][j] >= MATCH_THRESHOLD
        ),
    )
    candidates += sorted(
        (-sim[i][j], i, j) for i, j in hints if HINT_THRESHOLD <= sim[i][j] < MATCH_THRESHOLD
    )
    for neg, i, j in candidates:
        if i in used_left or j in used_right:
            continue
        used_left[i] = used_right[j] = len(links)
        links.append(((i,), (j,), -neg, False))

    for flip in (False, True):
        _find_splits(pair, sim, links, used_left, used_right, flip)

    # Retold claims share few words but keep a rare name or number and their place in
    # the story: a weaker match between two leftover sentences that have both.
    nearby = sorted(
        (-sim[i][j], i, j)
        for i in range(len(left))
        for j in range(len(right))
        if i not in used_left
        and j not in used_right
        and LOOSE_THRESHOLD <= sim[i][j] < MATCH_THRESHOLD
        and abs(i / len(left) - j / len(right)) <= LOOSE_DISTANCE
        and _share_rare(pair.left[i], pair.right[j])
    )
    for neg, i, j in nearby:
        if i not in used_left and j not in used_right:
            used_left[i] = used_right[j] = len(links)
            links.append(((i,), (j,), -neg, False))

    for i in range(len(left)):
        if i not in used_left:
            _find_secondary(pair, sim, links, i, flip=False)
    for j in range(len(right)):
        if j not in used_right:
            _find_secondary(pair, sim, links, j, flip=True)

    spine = _in_order({n for n, link in enumerate(links) if not link[3]}, links)
    result: list[Link] = []
    for n, (li, ri, score, secondary) in enumerate(links):
        l_text = [left[i] for i in li]
        r_text = [right[j] for j in ri]
        same = sentence_key(" ".join(l_text)) == sentence_key(" ".join(r_text))
        if not secondary and n not in spine:
            kind = "moved"
        elif len(li) > 1 or len(ri) > 1:
            kind = "split"
        else:
            kind = "same" if same else "reworded"
        result.append(
            Link(
                left_id,
                li,
                right_id,
                ri,
                kind,  # type: ignore[arg-type]
                round(min(score, 1.0), 3),
                "same" if same else "reworded",
                word_diff(l_text, r_text),
                secondary,
            )
        )
    result.sort(key=lambda k: (k.left[0], k.right[0]))
    return result


def _find_splits(
    pair: _Pair,
    sim: list[list[float]],
    links: list[tuple[tuple[int, ...], tuple[int, ...], float, bool]],
    used_one: dict[int, int],
    used_other: dict[int, int],
    flip: bool,
) -> None:
    """One sentence against two nearby ones of the other side."""
    if flip:
        used_one, used_other = used_other, used_one
    ones, others = pair.side(flip)
    for i, one in enumerate(ones):
        if not one.weights:
            continue
        current = used_one.get(i)
        if current is not None and len(links[current][0 if not flip else 1]) > 1:
            continue
        nearby = sorted(range(len(others)), key=lambda j: (-_part_cover(others[j], one), j))[:4]
        best: tuple[float, int, int] | None = None
        for j, k in combinations(sorted(nearby), 2):
            if k - j > 2:
                continue
            if any(used_other.get(x, current) != current for x in (j, k)):
                continue
            if min(_part_cover(others[j], one), _part_cover(others[k], one)) < PART_COVERAGE:
                continue
            dice, _ = _union_score(one, [others[j], others[k]])
            single = max(_sim(sim, i, j, flip), _sim(sim, i, k, flip))
            good = dice >= MATCH_THRESHOLD and dice >= single + SPLIT_GAIN
            if good and (best is None or dice > best[0]):
                best = (dice, j, k)
        if best is None:
            continue
        dice, j, k = best
        link = ((i,), (j, k), dice, False) if not flip else ((j, k), (i,), dice, False)
        if current is not None:
            links[current] = link
            index = current
        else:
            index = len(links)
            links.append(link)
        used_one[i] = used_other[j] = used_other[k] = index


def _sim(sim: list[list[float]], i: int, j: int, flip: bool) -> float:
    return sim[j][i] if flip else sim[i][j]


def _find_secondary(
    pair: _Pair,
    sim: list[list[float]],
    links: list[tuple[tuple[int, ...], tuple[int, ...], float, bool]],
    i: int,
    flip: bool,
) -> None:
    """Link an unmatched sentence to what already reports its claim."""
    ones, others = pair.side(flip)
    one = ones[i]
    if not others or not one.weights:
        return
    scores = sorted(((_sim(sim, i, j, flip), j) for j in range(len(others))), reverse=True)
    best_score, best_j = scores[0]
    if best_score >= REPEAT_THRESHOLD:
        parts: tuple[int, ...] = (best_j,)
        score = best_score
    else:
        if len(one.weights) < 3:
            return
        top = sorted(j for _, j in scores[:5])
        found = None
        for j, k in combinations(top, 2):
            dice, cover = _union_score(one, [others[j], others[k]])
            if cover >= PARAPHRASE_COVERAGE and (found is None or cover > found[0]):
                found = (cover, dice, j, k)
        if found is None:
            return
        _, score, j, k = found
        parts = (j, k)
    links.append(((i,), parts, score, True) if not flip else (parts, (i,), score, True))


def _in_order(
    chosen: set[int], links: list[tuple[tuple[int, ...], tuple[int, ...], float, bool]]
) -> set[int]:
    """The largest set of links whose left and right orders agree (weighted LIS)."""
    order = sorted(chosen, key=lambda n: (links[n][0][0], links[n][1][0]))
    best: list[float] = []
    prev: list[int] = []
    for a, n in enumerate(order):
        size = len(links[n][0]) + len(links[n][1])
        best.append(size)
        prev.append(-1)
        for b in range(a):
            m = order[b]
            before = links[m][1][-1] < links[n][1][0] and links[m][0][-1] < links[n][0][0]
            if before and best[b] + size > best[a]:
                best[a] = best[b] + size
                prev[a] = b
    if not order:
        return set()
    a = max(range(len(order)), key=lambda x: (best[x], -x))
    spine: set[int] = set()
    while a >= 0:
        spine.add(order[a])
        a = prev[a]
    return spine


def align(
    documents: Mapping[str, Sequence[str]],
    weights: Mapping[str, Sequence[Profile]] | None = None,
) -> list[Link]:
    """Align every pair of sources of an event (in the order given).

    With three or more sources a second pass lets each pair borrow what the
    others found: two sentences that both match the same sentence of a third
    source report the same thing, even when they share too few words to match
    directly (two ledes written from scratch).  ``weights`` are the event's
    :func:`profiles`, worked out here when not given.
    """
    weights = weights if weights is not None else profiles(documents)
    ids = list(documents)
    pairs = list(combinations(ids, 2))
    found = {(a, b): align_pair(documents[a], documents[b], a, b, weights) for a, b in pairs}
    if len(ids) >= 3:
        groups = {
            node: n
            for n, members in enumerate(sentence_groups(documents, _flat(found)))
            for node in members
        }
        for a, b in pairs:
            matched_a = {i for k in found[a, b] for i in k.left}
            matched_b = {j for k in found[a, b] for j in k.right}
            hints = {
                (i, j)
                for i in range(len(documents[a]))
                for j in range(len(documents[b]))
                if i not in matched_a and j not in matched_b and groups[a, i] == groups[b, j]
            }
            if hints:
                found[a, b] = align_pair(documents[a], documents[b], a, b, weights, hints)
    return _flat(found)


def _flat(found: Mapping[tuple[str, str], list[Link]]) -> list[Link]:
    return [link for links in found.values() for link in links]


def sentence_groups(
    documents: Mapping[str, Sequence[str]], links: Iterable[Link]
) -> list[list[tuple[str, int]]]:
    """Sentences that report the same thing, across all sources (union-find).

    Each group lists ``(source, index)`` in source order then reading order;
    a sentence no link touches is a group of its own.
    """
    order = {src: n for n, src in enumerate(documents)}
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def rank(node: tuple[str, int]) -> tuple[int, int]:
        return order[node[0]], node[1]

    def find(x: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in links:
        nodes = [(link.left_source, i) for i in link.left]
        nodes += [(link.right_source, j) for j in link.right]
        for node in nodes[1:]:
            a, b = find(nodes[0]), find(node)
            if a != b:
                parent[max(a, b, key=rank)] = min(a, b, key=rank)

    groups: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for src, sents in documents.items():
        for i in range(len(sents)):
            groups.setdefault(find((src, i)), []).append((src, i))
    return [sorted(members, key=rank) for members in groups.values()]
