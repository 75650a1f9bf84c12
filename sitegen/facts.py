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
from .text import Term, is_stopword, normalize, stem, terms, tokens, word_key

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
        facts.append(Fact("", "claim", text, sources, text, sentence))
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
                    if not new or {t.stem for t in new} <= disputed.get((src, index), set()):
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
        sentence = {link.left_source: link.left[0], link.right_source: link.right[0]}
        ops = link.diff.ops
        pairs: list[tuple[str, str]] = []
        for n in range(len(ops) - 1):
            (op_a, a), (op_b, b) = ops[n], ops[n + 1]
            if (op_a, op_b) == ("-", "+"):
                pairs += _disputes(a, b, same_slot=n > 0 and ops[n - 1][0] == "=")
        left = " ".join(documents[link.left_source][i] for i in link.left)
        right = " ".join(documents[link.right_source][j] for j in link.right)
        for pair in _counted_apart(left, right):
            if not any(_values(pair[0]) <= _values(a) for a, _ in pairs):
                pairs.append(pair)
        for a, b in pairs:
            found.append((sentence, {link.left_source: a, link.right_source: b}))
    # Disputes seen more than once (from a third source, in the lede and again below)
    # become one conflict: components of the "same dispute" relation.
    component = list(range(len(found)))
    for i in range(len(found)):
        for j in range(i):
            if _same_dispute(found[i], found[j]):
                old, new = component[i], component[j]
                component = [new if c == old else c for c in component]
    merged: dict[int, tuple[dict[str, int], dict[str, str]]] = {}
    for n, (sentence, versions) in enumerate(found):
        into = merged.setdefault(component[n], ({}, {}))
        for src in sentence:
            into[0].setdefault(src, sentence[src])
            into[1].setdefault(src, versions[src])
    groups = {node: n for n, g in enumerate(sentence_groups(documents, links)) for node in g}
    facts = []
    for sentence, versions in merged.values():
        _join_matching(sentence, versions, documents, groups)
        ranked = sorted(sentence, key=lambda src: order[src])
        sentence = {src: sentence[src] for src in ranked}
        versions = {src: versions[src] for src in ranked}
        first = ranked[0]
        # One wording per disputed value: "Thirty-four people / Thirty-one people".
        by_value: dict[object, str] = {}
        for version in versions.values():
            by_value.setdefault(frozenset(_values(version)) or version, version)
        text = " / ".join(by_value.values())
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


def _same_dispute(
    a: tuple[dict[str, int], dict[str, str]], b: tuple[dict[str, int], dict[str, str]]
) -> bool:
    """The same dispute seen twice: from a third source, or in the lede and again below."""
    shared = a[1].keys() & b[1].keys()
    if any(a[0][src] == b[0][src] and a[1][src] == b[1][src] for src in shared):
        return True
    values = [(_values(a[1][src]), _values(b[1][src])) for src in shared]
    return len(values) >= 2 and all(x and x == y for x, y in values)


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
            for m in _numbers(candidate):
                if word_key(m.group()) in wanted:
                    sentence[other] = j
                    versions[other] = m.group()
                    break
            if other in sentence:
                break


def _numbers(text: str) -> list[re.Match[str]]:
    return [m for m in tokens(text) if word_key(m.group())[0].isdigit()]


def _values(text: str) -> set[str]:
    """The numbers a phrase states: "3 million", "3,000,000" and "three million" are one."""
    return {word_key(m.group()) for m in _numbers(text)}


def _disputes(a: str, b: str, same_slot: bool) -> list[tuple[str, str]]:
    """The numbers, days and names two replaced runs disagree on, as (a's, b's) wording.

    Numbers and days count wherever they stand in the runs; a name only when
    both runs open with it right after the same words ("captain, Aurel Dima" /
    "captain, Aurel Dinca"), so two different people quoted are not a conflict.
    """
    found = []
    values_a, values_b = _values(a), _values(b)
    only_a = [m for m in _numbers(a) if word_key(m.group()) not in values_b]
    only_b = [m for m in _numbers(b) if word_key(m.group()) not in values_a]
    # One number against one of the same kind (a count, a share, a position); with more,
    # which one answers which is a guess, and _counted_apart pairs them by what they count.
    same_kinds = [_kind(x) for x in only_a] == [_kind(y) for y in only_b]
    if only_a and len(only_a) == len(only_b) and same_kinds:
        a_span, b_span = _span(a, only_a), _span(b, only_b)
        if len(a_span.split()) <= 4 and len(b_span.split()) <= 4:  # 7-2 against 6-3
            found.append((a_span, b_span))
    days_a = [m for m in tokens(a) if word_key(m.group()) in _CALENDAR]
    days_b = [m for m in tokens(b) if word_key(m.group()) in _CALENDAR]
    keys_a = {word_key(m.group()) for m in days_a}
    keys_b = {word_key(m.group()) for m in days_b}
    if keys_a and keys_b and keys_a.isdisjoint(keys_b):
        found.append((_span(a, days_a), _span(b, days_b)))
    if same_slot and _names_differ(_first_name(a), _first_name(b)):
        found.append((_first_name(a), _first_name(b)))
    return found


def _kind(number: re.Match[str]) -> str:
    return _kind_of(word_key(number.group()))


def _kind_of(key: str) -> str:
    """A count (12), a share (12%) or a position (12th): different kinds never conflict."""
    return "position" if key.endswith("th") else "share" if key.endswith("%") else "count"


def _span(text: str, found: Sequence[re.Match[str]]) -> str:
    return text[found[0].start() : found[-1].end()]


def _first_name(run: str) -> str:
    """The name a run opens with ("Dima" of "Dima, was among the survivors")."""
    words = []
    for m in tokens(run):
        word = m.group()
        if not word[0].isupper() or is_stopword(word_key(word).lower()):
            break
        words.append(word)
    return " ".join(words)


def _counted_apart(left: str, right: str) -> list[tuple[str, str]]:
    """Different numbers counting the same thing: "34 people" / "Thirty-one people".

    Catches disagreements the word diff does not line up, in sentences that
    are worded differently around them.
    """

    def counted(text: str) -> dict[str, list[tuple[str, str]]]:
        found: dict[str, list[tuple[str, str]]] = {}
        words = tokens(text)
        for k, m in enumerate(words[:-1]):
            key, head = word_key(m.group()), word_key(words[k + 1].group())
            if key[0].isdigit() and not head[0].isdigit() and not is_stopword(head.lower()):
                phrase = text[m.start() : words[k + 1].end()]
                found.setdefault(stem(head.lower()), []).append((key, phrase))
        return found

    a, b = counted(left), counted(right)
    values_a, values_b = _values(left), _values(right)
    pairs = []
    for head in a.keys() & b.keys():
        only_a = [(v, p) for v, p in a[head] if v not in values_b]
        only_b = [(v, p) for v, p in b[head] if v not in values_a]
        if (
            len(only_a) == 1
            and len(only_b) == 1
            and _kind_of(only_a[0][0]) == _kind_of(only_b[0][0])
        ):
            pairs.append((only_a[0][1], only_b[0][1]))
    return pairs


def _names_differ(a: str, b: str) -> bool:
    """Short runs made only of names that share none: "Smith" / "Jones", not "A" / "The".

    Names one letter apart are spellings of one name (Paediatric / Pediatric).
    """
    if not a or not b:
        return False
    names = []
    for run in (a, b):
        found = [m.group() for m in tokens(run)]
        if not found or len(found) > 3 or not all(w[0].isupper() for w in found):
            return False
        if any(is_stopword(word_key(w).lower()) for w in found):
            return False
        names.append([word_key(w).lower() for w in found])
    if {n[:4] for n in names[0]} & {n[:4] for n in names[1]}:
        return False
    return not (len(names[0]) == len(names[1]) == 1 and _one_edit(names[0][0], names[1][0]))


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


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
