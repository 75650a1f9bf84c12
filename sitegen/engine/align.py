"""Match every sentence of one source to its counterpart in another.

The method follows what works for news text (see the README): sentences are
compared by their content words, weighted by how rare each word is within the
event (names and numbers count more than "said" or "Ukraine"), so two outlets
that share wire copy line up however they trim and reorder it.

Alignment serves the side-by-side view: which sentence stands against which.
Whether a fact is reported elsewhere at all is asked separately, of the whole
of every other article (:mod:`.coverage`).

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

import heapq
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from .model import Alignment, Document, Link
from .similarity import Profile, Similarities, profiles, share_rare, union_score

MATCH_THRESHOLD = 0.34
REPEAT_THRESHOLD = 0.55
SPLIT_GAIN = 0.08
PART_COVERAGE = 0.4
PARAPHRASE_COVERAGE = 0.7
HINT_THRESHOLD = 0.12
LOOSE_THRESHOLD = 0.18
LOOSE_DISTANCE = 0.4

Weights = Mapping[str, Sequence[Profile]]
# A link while it is being built: (left indices, right indices, score, secondary).
_Draft = tuple[tuple[int, ...], tuple[int, ...], float, bool]


@dataclass
class _Pair:
    left: list[Profile]
    right: list[Profile]
    # Each side's rows of the similarity matrix without their zeros, and how much of
    # each sentence of the other side each sentence holds (see Similarities).
    near: tuple[list[dict[int, float]], list[dict[int, float]]]
    held: tuple[list[dict[int, float]], list[dict[int, float]]]

    def side(self, flip: bool) -> tuple[list[Profile], list[Profile]]:
        return (self.right, self.left) if flip else (self.left, self.right)


def align_pair(
    left: Document,
    right: Document,
    left_id: str = "left",
    right_id: str = "right",
    weights: Weights | None = None,
    hints: Collection[tuple[int, int]] = (),
    similarities: Similarities | None = None,
) -> list[Link]:
    """Align the sentences of two articles.

    ``weights`` are the event-wide :func:`~.similarity.profiles`; without
    them the two articles alone give the word weights.  ``hints`` are pairs
    known to report the same thing through a third source: they match above
    a lower threshold, after every direct match.
    """
    if weights is None:
        weights = profiles({left_id: left, right_id: right})
    left_p, right_p = list(weights[left_id]), list(weights[right_id])
    if similarities is None:
        similarities = Similarities({left_id: left_p, right_id: right_p})
    sim = similarities.matrix(left_id, right_id)
    pair = _Pair(
        left_p,
        right_p,
        (similarities.near(left_id, right_id), similarities.near(right_id, left_id)),
        (similarities.held(left_id, right_id), similarities.held(right_id, left_id)),
    )
    n_left, n_right = len(pair.left), len(pair.right)

    links: list[_Draft] = []
    used_left: dict[int, int] = {}
    used_right: dict[int, int] = {}

    near = pair.near[0]
    candidates = sorted(
        (-score, i, j)
        for i in range(n_left)
        for j, score in near[i].items()
        if score >= MATCH_THRESHOLD
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
        (-score, i, j)
        for i in range(n_left)
        if i not in used_left
        for j, score in near[i].items()
        if j not in used_right
        and LOOSE_THRESHOLD <= score < MATCH_THRESHOLD
        and abs(i / n_left - j / n_right) <= LOOSE_DISTANCE
        and share_rare(pair.left[i], pair.right[j])
    )
    for neg, i, j in nearby:
        if i not in used_left and j not in used_right:
            used_left[i] = used_right[j] = len(links)
            links.append(((i,), (j,), -neg, False))

    for i in range(n_left):
        if i not in used_left:
            _find_secondary(pair, sim, links, i, flip=False)
    for j in range(n_right):
        if j not in used_right:
            _find_secondary(pair, sim, links, j, flip=True)

    spine = _in_order({n for n, link in enumerate(links) if not link[3]}, links)
    result: list[Link] = []
    for n, (li, ri, score, secondary) in enumerate(links):
        l_key = [k for i in li for k in pair.left[i].key]
        r_key = [k for j in ri for k in pair.right[j].key]
        same = l_key == r_key
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
                secondary=secondary,
            )
        )
    result.sort(key=lambda k: (k.left[0], k.right[0]))
    return result


def _find_splits(
    pair: _Pair,
    sim: list[list[float]],
    links: list[_Draft],
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
        if current is not None and len(links[current][1] if flip else links[current][0]) > 1:
            continue
        # How much of each other sentence this one holds (its held weight, summed once with the
        # similarities); one sharing no word holds none of it.
        cover = {j: w / others[j].total for j, w in pair.held[flip][i].items()}
        # Only sentences it holds enough of can be parts: the best four of those are the
        # parts among the best four of all.
        parts = [j for j, c in cover.items() if c >= PART_COVERAGE]
        nearby = heapq.nsmallest(4, parts, key=lambda j: (-cover[j], j))
        best: tuple[float, int, int] | None = None
        for j, k in combinations(sorted(nearby), 2):
            if k - j > 2:
                continue
            if any(used_other.get(x, current) != current for x in (j, k)):
                continue
            if min(cover.get(j, 0.0), cover.get(k, 0.0)) < PART_COVERAGE:
                continue
            dice, _ = union_score(one, others[j], others[k])
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
    links: list[_Draft],
    i: int,
    flip: bool,
) -> None:
    """Link an unmatched sentence to what already reports its claim."""
    ones, others = pair.side(flip)
    one = ones[i]
    if not others or not one.weights:
        return
    near = pair.near[flip][i]
    scores = heapq.nlargest(5, ((score, j) for j, score in near.items()))
    # Sentences sharing no word score 0: the last ones of the side come next, as
    # nlargest over every sentence would rank them.
    j = len(others) - 1
    while len(scores) < 5 and j >= 0:
        if j not in near:
            scores.append((0.0, j))
        j -= 1
    best_score, best_j = scores[0]
    if best_score >= REPEAT_THRESHOLD:
        parts: tuple[int, ...] = (best_j,)
        score = best_score
    else:
        if len(one.weights) < 3:
            return
        top = sorted(j for _, j in scores[:5])
        # Two sentences together hold no more of this one than each holds alone, added
        # up: a pair that cannot reach the coverage is not scored (the margin is for
        # rounding, far below any score's third decimal).
        holds = pair.held[not flip]
        needed = PARAPHRASE_COVERAGE * one.total * (1 - 1e-9)
        found = None
        for j, k in combinations(top, 2):
            if holds[j].get(i, 0.0) + holds[k].get(i, 0.0) < needed:
                continue
            dice, cover = union_score(one, others[j], others[k])
            if cover >= PARAPHRASE_COVERAGE and (found is None or cover > found[0]):
                found = (cover, dice, j, k)
        if found is None:
            return
        _, score, j, k = found
        parts = (j, k)
    links.append(((i,), parts, score, True) if not flip else (parts, (i,), score, True))


def _in_order(chosen: set[int], links: list[_Draft]) -> set[int]:
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
    documents: Mapping[str, Document],
    weights: Weights | None = None,
    similarities: Similarities | None = None,
) -> Alignment:
    """Align every pair of sources of an event (in the order given).

    With three or more sources a second pass lets each pair borrow what the
    others found: two sentences that both match the same sentence of a third
    source report the same thing, even when they share too few words to match
    directly (two ledes written from scratch).  ``weights`` are the event's
    profiles, worked out here when not given.
    """
    weights = weights if weights is not None else profiles(documents)
    sims = similarities if similarities is not None else Similarities(weights)
    ids = list(documents)
    pairs = list(combinations(ids, 2))
    found = {
        (a, b): align_pair(documents[a], documents[b], a, b, weights, similarities=sims)
        for a, b in pairs
    }
    if len(ids) >= 3:
        groups = {
            node: n
            for n, members in enumerate(sentence_groups(documents, _flat(found)))
            for node in members
        }
        for a, b in pairs:
            matched_a = {i for k in found[a, b] for i in k.left}
            matched_b = {j for k in found[a, b] for j in k.right}
            # Only hints that can match (see align_pair) are worth aligning the pair again.
            sim = sims.matrix(a, b)
            in_group: dict[int, list[int]] = {}
            for j in range(len(documents[b].sentences)):
                if j not in matched_b:
                    in_group.setdefault(groups[b, j], []).append(j)
            hints = {
                (i, j)
                for i in range(len(documents[a].sentences))
                if i not in matched_a
                for j in in_group.get(groups[a, i], ())
                if HINT_THRESHOLD <= sim[i][j] < MATCH_THRESHOLD
            }
            if hints:
                found[a, b] = align_pair(
                    documents[a], documents[b], a, b, weights, hints, similarities=sims
                )
    links = _flat(found)
    primary = [k for k in links if not k.secondary]
    return Alignment(tuple(links), tuple(map(tuple, sentence_groups(documents, primary))))


def _flat(found: Mapping[tuple[str, str], list[Link]]) -> list[Link]:
    return [link for links in found.values() for link in links]


def sentence_groups(
    documents: Mapping[str, Document], links: Iterable[Link]
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
    for src, doc in documents.items():
        for i in range(len(doc.sentences)):
            groups.setdefault(find((src, i)), []).append((src, i))
    return [sorted(members, key=rank) for members in groups.values()]
