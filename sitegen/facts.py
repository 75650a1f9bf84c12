"""Turn alignments into facts: what each outlet alone reports, and what all do.

- A sentence that no other source reports is a **claim** unique to its source.
- Sentences linked across sources are one claim with several ``sources``.
- Inside linked sentences, words one source adds that carry information (a
  name, a number, a quotation) and that the other article never mentions are
  a **detail**: "HIMARS", "to the Telegraph newspaper".  Spelling, punctuation
  and function words never are: they are folded away before diffing, and a
  detail needs at least one name, number or quoted word.
- Where linked sentences put different numbers, dates or names in the same
  place (12 dead against 15), the event gets a **conflict** with each
  source's version, rather than two unique details.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from .align import Profile, profiles, sentence_groups, similarity
from .model import Closest, Fact, Link, Span
from .text import Term, is_stopword, normalize, terms, tokens, word_key

_CALENDAR = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december
    """.split()
)


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
    vocab = {src: _stems(" ".join(sents)) for src, sents in documents.items()}
    weights = weights if weights is not None else profiles(documents)
    conflicts = _conflicts(links, documents, order)
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
    facts = []
    for members in sentence_groups(documents, links):
        sentence: dict[str, int] = {}
        for src, i in members:
            sentence.setdefault(src, i)
        src, i = members[0]
        text = documents[src][i]
        facts.append(Fact("", "claim", text, tuple(sentence), text, sentence))
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
        if t.number or (t.name and t.stem not in _CALENDAR) or (t.quoted and quoted_words >= 4):
            found.append(t)
    return found


def _quoted_at(sentence: str, position: int) -> bool:
    return sentence[:position].count('"') % 2 == 1


_CLAUSE = re.compile(r"[^,;()\u2014\u2013]+")


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
    in_conflict = {(src, f.sentence[src]) for f in conflicts for src in f.sources}
    seen: set[tuple[tuple[str, ...], object]] = set()
    facts: list[Fact] = []
    for link in links:
        if link.secondary or link.diff is None:
            continue
        for side, other in (("left", link.right_source), ("right", link.left_source)):
            src = link.left_source if side == "left" else link.right_source
            for index, spans in _spans_of(link, side):
                sentence = normalize(documents[src][index])
                offset = 0
                for span in spans:
                    start = offset
                    offset += len(span.text)
                    if not span.changed:
                        continue
                    new = [
                        t
                        for t in _informative(span.text, sentence, start)
                        if t.stem not in vocab[other]
                    ]
                    if not new or ((src, index) in in_conflict and all(t.number for t in new)):
                        continue
                    stems = frozenset(t.stem for t in new)
                    sources = tuple(s for s in order if stems <= vocab[s])
                    text = _phrase(span.text, start, new)
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


def _conflicts(
    links: Sequence[Link], documents: Mapping[str, Sequence[str]], order: Mapping[str, int]
) -> list[Fact]:
    """Numbers, dates and names that linked sentences put in the same place.

    Conflicts that share a sentence are one conflict with every source's
    version, and a source whose linked sentence states one of the disputed
    numbers joins it too (12 in one outlet, 12 in a second, 15 in a third).
    """
    found: list[tuple[dict[str, int], dict[str, str]]] = []
    for link in links:
        if link.diff is None or link.secondary:
            continue
        ops = link.diff.ops
        for n in range(len(ops) - 1):
            (op_a, a), (op_b, b) = ops[n], ops[n + 1]
            if (op_a, op_b) == ("-", "+") and _disagree(a, b):
                sentence = {link.left_source: link.left[0], link.right_source: link.right[0]}
                versions = {link.left_source: _disputed(a), link.right_source: _disputed(b)}
                found.append((sentence, versions))
    merged: list[tuple[dict[str, int], dict[str, str]]] = []
    for sentence, versions in found:
        into = next(
            (m for m in merged if any(m[0].get(src) == i for src, i in sentence.items())), None
        )
        if into is None:
            merged.append((dict(sentence), dict(versions)))
        else:
            for src in sentence:
                into[0].setdefault(src, sentence[src])
                into[1].setdefault(src, versions[src])
    groups = {node: n for n, g in enumerate(sentence_groups(documents, links)) for node in g}
    facts = []
    for sentence, versions in merged:
        _join_matching(sentence, versions, documents, groups)
        ranked = sorted(sentence, key=lambda src: order[src])
        sentence = {src: sentence[src] for src in ranked}
        versions = {src: versions[src] for src in ranked}
        first = ranked[0]
        text = " / ".join(dict.fromkeys(versions.values()))
        facts.append(
            Fact(
                "",
                "conflict",
                text,
                tuple(ranked),
                documents[first][sentence[first]],
                sentence,
                versions,
            )
        )
    return facts


def _disputed(run: str) -> str:
    """The part of a replaced run a reader compares: its numbers, or the run itself."""
    numbers = list(_NUMBER_PHRASE.finditer(run))
    return run[numbers[0].start() : numbers[-1].end()] if numbers else _trim(run)


def _join_matching(
    sentence: dict[str, int],
    versions: dict[str, str],
    documents: Mapping[str, Sequence[str]],
    groups: Mapping[tuple[str, int], int],
) -> None:
    """Add sources whose sentence in the same group states one of the disputed values."""
    src, i = next(iter(sentence.items()))
    group = groups.get((src, i))
    wanted = {v: text for text in versions.values() for v in _values(text)}
    for other, sentences in documents.items():
        if other in sentence:
            continue
        for j, candidate in enumerate(sentences):
            if groups.get((other, j)) != group:
                continue
            for m in _NUMBER_PHRASE.finditer(candidate):
                if _values(m.group()) & wanted.keys():
                    sentence[other] = j
                    versions[other] = m.group()
                    break
            if other in sentence:
                break


_NUMBER_PHRASE = re.compile(
    r"\d+(?:[.,]\d+)*(?:\s?%|\s?(?:per ?cent|percent|million|billion|thousand|m|bn|k)\b)?"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred)\b",
    re.IGNORECASE,
)
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}


def _values(text: str) -> set[str]:
    """The numbers a phrase states, scaled: "3 million" and "3,000,000" are one value."""
    values = set()
    for m in _NUMBER_PHRASE.finditer(text):
        words = m.group().replace(",", "").split()
        key = word_key(words[0]) if not words[0][0].isdigit() else words[0]
        number = re.match(r"[\d.]+", key)
        if not number:
            continue
        scale = 1.0
        tail = words[1].lower() if len(words) > 1 else re.sub(r"^[\d.]+", "", words[0]).lower()
        scale = _SCALE.get(tail, 1.0)
        percent = "%" if "%" in m.group() or "cent" in m.group().lower() else ""
        try:
            values.add(f"{float(number.group()) * scale:g}{percent}")
        except ValueError:
            continue
    return values


def _disagree(a: str, b: str) -> bool:
    """Whether two replaced runs state different numbers, dates or names."""
    if len(a.split()) > 6 or len(b.split()) > 6:
        return False
    nums_a, nums_b = _values(a), _values(b)
    if nums_a and nums_b:
        return nums_a != nums_b
    words_a = {word_key(m.group()) for m in tokens(a)}
    words_b = {word_key(m.group()) for m in tokens(b)}
    cal_a, cal_b = words_a & _CALENDAR, words_b & _CALENDAR
    if cal_a and cal_b:
        return cal_a != cal_b
    return _names_differ(a, b)


def _names_differ(a: str, b: str) -> bool:
    """Short runs made only of names, with no name in common: "Smith" / "Jones"."""
    names = []
    for run in (a, b):
        found = [m.group() for m in tokens(run)]
        if not found or len(found) > 3 or not all(w[0].isupper() for w in found):
            return False
        names.append({word_key(w).lower()[:4] for w in found})
    return not names[0] & names[1]


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
