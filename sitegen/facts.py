"""Turn alignments into facts: what each outlet alone reports, and what all do.

- A sentence that no other source reports is a **claim** unique to its source.
- Sentences linked across sources are one claim with several ``sources``.
- Inside linked sentences, words one source adds that carry information (a
  name, a number, a quotation) and that the other article never mentions are
  a **detail**: "HIMARS", "to the Telegraph newspaper".  Spelling, punctuation
  and function words never are: they are folded away before diffing, and a
  detail needs at least one name, number or quoted word.
- Where linked sentences disagree (12 dead against 15), the event gets a
  **conflict** (see :mod:`sitegen.conflicts`) rather than two unique details.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from .align import Profile, profiles, sentence_groups, similarity
from .conflicts import CALENDAR, find_conflicts
from .diff import changed_runs
from .model import Closest, Fact, Link, Span
from .text import Term, is_stopword, normalize, terms, tokens, word_key


def find_facts(
    documents: Mapping[str, Sequence[str]],
    links: Sequence[Link],
    weights: Mapping[str, Sequence[Profile]] | None = None,
) -> list[Fact]:
    """Every claim, detail and conflict of an event, sources in the given order.

    ``documents`` maps each source id to its sentences; ``links`` come from
    :func:`sitegen.align.align`; ``weights`` are its word weights, worked
    out again when not given.
    """
    order = {src: n for n, src in enumerate(documents)}
    # From each sentence's (cached) terms: no second pass over whole articles.
    vocab = {src: {t.stem for s in sents for t in terms(s)} for src, sents in documents.items()}
    weights = weights if weights is not None else profiles(documents)
    conflicts = find_conflicts(documents, links)
    claims = _claims(documents, links, order)
    details = _details(documents, links, vocab, order, conflicts)
    return _number(conflicts + claims + details, order, documents, weights)


def position(index: int, count: int) -> str:
    """Where a sentence stands in its article: the lede, the body, or the end."""
    if index < 2:
        return "lede"
    if index >= count - max(2, count // 5):
        return "end"
    return "body"


def _closest(
    fact: Fact, documents: Mapping[str, Sequence[str]], weights: Mapping[str, Sequence[Profile]]
) -> dict[str, Closest]:
    """For a claim some sources lack, their nearest sentence: the call a reader can check."""
    src, i = next(iter(fact.sentence.items()))
    mine = weights[src][i]
    found = {}
    for other, sentences in documents.items():
        if other in fact.sources or not sentences:
            continue
        scores = [similarity(mine, theirs) for theirs in weights[other]]
        best = max(range(len(scores)), key=lambda j: (scores[j], -j))
        found[other] = Closest(best, sentences[best], round(scores[best], 3))
    return found


def _stems(text: str) -> set[str]:
    return {t.stem for t in terms(text)}


def _claims(
    documents: Mapping[str, Sequence[str]], links: Sequence[Link], order: Mapping[str, int]
) -> list[Fact]:
    """One claim per group of linked sentences.

    Secondary links (a claim repeated, or retold over two sentences) say a
    sentence is reported elsewhere, but do not chain groups together: one weak
    link must not fold three claims into one.
    """
    elsewhere: dict[tuple[str, int], dict[str, int]] = {}
    for link in links:
        if not link.secondary:
            continue
        for i in link.left:
            elsewhere.setdefault((link.left_source, i), {}).setdefault(
                link.right_source, link.right[0]
            )
        for j in link.right:
            elsewhere.setdefault((link.right_source, j), {}).setdefault(
                link.left_source, link.left[0]
            )
    facts = []
    primary = [k for k in links if not k.secondary]
    for members in sentence_groups(documents, primary):
        sentence: dict[str, int] = {}
        for src, i in members:
            sentence.setdefault(src, i)
        # A repeat's own sentence belongs to its own claim: only its source joins this one.
        reported = set(sentence)
        for node in members:
            reported.update(elsewhere.get(node, {}))
        src, i = members[0]
        text = documents[src][i]
        sources = tuple(sorted(reported, key=order.__getitem__))
        every: dict[str, tuple[int, ...]] = {}
        for member_src, member_i in members:
            every[member_src] = (*every.get(member_src, ()), member_i)
        facts.append(Fact("", "claim", text, sources, text, sentence, sentences=every))
    return facts


def _spans_of(link: Link, side: str) -> list[tuple[int, tuple[Span, ...]]]:
    assert link.diff is not None
    indices = link.left if side == "left" else link.right
    spans = link.diff.left if side == "left" else link.diff.right
    return list(zip(indices, spans, strict=True))


def _informative(run: str, sentence: str, offset: int) -> list[Term]:
    """The names, numbers and quoted words inside a changed run of a sentence.

    Quoted words count only as part of a new quoted passage (four words or
    more): a word swapped inside a shared quotation is an altered quote, not
    a new fact.
    """
    inside = [t for t in terms(sentence) if offset <= t.start < offset + len(run)]
    quoted_words = sum(1 for m in tokens(run) if _quoted_at(sentence, offset + m.start()))
    found = []
    for t in inside:
        if t.number or (t.name and t.stem not in CALENDAR) or (t.quoted and quoted_words >= 4):
            found.append(t)
    return found


def _quoted_at(sentence: str, position: int) -> bool:
    return sentence[:position].count('"') % 2 == 1


# Clauses of a changed run; a comma inside a number (6,200) does not end one.
_CLAUSE = re.compile(r"(?:[^,;()\u2014\u2013]|,(?=\d))+")


def _phrase(run: str, offset: int, new: Sequence[Term]) -> str:
    """The clauses of a changed run that hold the new terms, trimmed to size."""
    pieces = []
    for m in _CLAUSE.finditer(run):
        start, end = offset + m.start(), offset + m.end()
        inside = [t for t in new if start <= t.start < end]
        if not inside:
            continue
        words = list(tokens(m.group()))
        if len(words) > 8:
            first = next(
                k for k, w in enumerate(words) if offset + m.start() + w.start() >= inside[0].start
            )
            last = max(
                k for k, w in enumerate(words) if offset + m.start() + w.start() <= inside[-1].start
            )
            a, b = max(0, first - 3), min(len(words), last + 4)
            pieces.append(m.group()[words[a].start() : words[b - 1].end()])
        else:
            pieces.append(m.group())
    return " \u2026 ".join(_trim(p) for p in pieces if _trim(p))


def _details(
    documents: Mapping[str, Sequence[str]],
    links: Sequence[Link],
    vocab: Mapping[str, set[str]],
    order: Mapping[str, int],
    conflicts: Sequence[Fact],
) -> list[Fact]:
    # Words a conflict already shows (12 against 15, Dima against Dinca) are not details.
    disputed: dict[tuple[str, int], set[str]] = {}
    for f in conflicts:
        for src, i in f.sentence.items():
            disputed.setdefault((src, i), set()).update(_stems(f.versions.get(src, "")))
    seen: set[tuple[tuple[str, ...], object]] = set()
    facts: list[Fact] = []
    for link in links:
        if link.secondary or link.diff is None:
            continue
        for side, other in (("left", link.right_source), ("right", link.left_source)):
            src = link.left_source if side == "left" else link.right_source
            for index, spans in _spans_of(link, side):
                sentence = normalize(documents[src][index])
                for start, run in changed_runs(spans):
                    new = [
                        t for t in _informative(run, sentence, start) if t.stem not in vocab[other]
                    ]
                    if not new or {t.stem for t in new} <= disputed.get((src, index), set()):
                        continue
                    stems = frozenset(t.stem for t in new)
                    sources = tuple(s for s in order if stems <= vocab[s])
                    text = _phrase(run, start, new)
                    keys = {(sources, stems), (sources, text.lower())}
                    if keys & seen:
                        continue
                    seen |= keys
                    context = documents[src][index]
                    facts.append(Fact("", "detail", text, sources, context, {src: index}))
    return facts


def _trim(run: str) -> str:
    """Drop trailing function words and stray punctuation from a changed run.

    Leading prepositions stay: "to the Telegraph newspaper" reads as what was
    added, "Telegraph newspaper" as a fragment.
    """
    found = tokens(run)
    keep = [m for m in found if not is_stopword(word_key(m.group()))]
    if not keep:
        return run.strip(" ,;:.")
    return run[: keep[-1].end()].strip(" ,;:")


def _number(
    facts: list[Fact],
    order: Mapping[str, int],
    documents: Mapping[str, Sequence[str]],
    weights: Mapping[str, Sequence[Profile]],
) -> list[Fact]:
    """Give facts stable ids (conflicts first, then by source and position) and evidence."""
    kinds = {"conflict": 0, "claim": 1, "detail": 2}

    def key(f: Fact) -> tuple[int, int, int, int, str]:
        first = next(iter(f.sentence))
        return (kinds[f.kind], len(f.sources), order[first], f.sentence[first], f.text)

    numbered = []
    counters: dict[str, int] = {}
    for f in sorted(facts, key=key):
        counters[f.kind] = counters.get(f.kind, 0) + 1
        numbered.append(
            replace(
                f,
                id=f"{f.kind}-{counters[f.kind]}",
                position={s: position(i, len(documents[s])) for s, i in f.sentence.items()},
                closest=_closest(f, documents, weights) if f.kind == "claim" else {},
            )
        )
    return numbered
