"""Scoring the comparison engine against hand-written expectations (tests/pairs/).

Each event folder holds two to four ``<source-id>.md`` articles and an
``expected.yaml``; this module reads the expectations and scores a
comparison's published JSON (``comparison.json``, schema 1) against them.  It
does not import sitegen, so it scores whatever produced that JSON:
``tests/test_quality.py`` holds the engine to floors with it and
``benchmarks/quality.py`` prints the scores.

- **unique recall**: expected unique sentences that come out as claims of
  that source alone;
- **unique shown**: expected unique sentences a reader is shown as that source's
  own, as a claim of its own or through details of it that source alone gives
  (when other outlets report the rest of the sentence);
- **unique precision**: of the claims the engine calls unique, the share whose
  sentence is *not* listed under ``shared`` (or ``partly``) for that source;
- **shared recall**: ``shared`` entries whose every sentence is said to be
  reported by the entry's other sources (its claim lists them);
- **partly accuracy**: ``partly`` sentences whose verdict comes out "partly"
  for some source;
- **detail recall**: expected details found as a detail fact of that source
  alone, and **detail precision** the share of unique details that name one;
- **conflict recall**: expected conflicts found as a conflict fact between those
  sources, each side's version holding the disputed words;
- **wrong merges**: claims the expectations keep apart (two ``shared`` entries,
  or a ``unique`` sentence and anything else) that end up in one claim fact;
- **spurious conflicts**: conflict facts that match no expected conflict;
- **not_facts violations**: a ``not_facts`` string inside a unique fact's text,
  or a conflict whose version is that string (a number format or spelling
  variant reported as a disagreement).

Every substring in ``expected.yaml`` must occur in exactly one sentence of its
source; an ambiguous or missing one stops the run (see :func:`locate`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

PAIRS = Path(__file__).resolve().parent / "pairs"
LISTS = ("shared", "conflicts", "not_facts", "patterns")
SECTIONS = ("unique", "shared", "partly", "details", "conflicts", "not_facts", "patterns")

Node = tuple[str, int]


@dataclass
class Case:
    """One evaluation event: what a careful reader expects, and what came out.

    ``data`` is the comparison as published in ``comparison.json``.
    """

    slug: str
    expected: dict[str, Any]
    data: dict[str, Any]
    _groups: dict[Node, int] | None = field(default=None, repr=False)

    @property
    def sources(self) -> list[str]:
        return [s["id"] for s in self.data["sources"]]

    @property
    def sentences(self) -> dict[str, list[str]]:
        return self.data["sentences"]


def case_folders(root: Path = PAIRS) -> list[Path]:
    """The event folders under ``root`` that hold an ``expected.yaml``."""
    return [f for f in sorted(root.iterdir()) if (f / "expected.yaml").is_file()]


def read_expected(folder: Path) -> dict[str, Any]:
    """A folder's ``expected.yaml``, with every section present (empty when not given)."""
    expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8")) or {}
    for key in SECTIONS:
        if expected.get(key) is None:
            expected[key] = [] if key in LISTS else {}
    return expected


# -- Reading the expectations -------------------------------------------------------------


def locate(case: Case, source: str, substring: str) -> int:
    """The index of the one sentence of ``source`` that holds ``substring``."""
    if source not in case.sentences:
        raise KeyError(f"{case.slug}: no source {source!r} (have {case.sources})")
    found = [i for i, s in enumerate(case.sentences[source]) if _norm(substring) in _norm(s)]
    if len(found) != 1:
        raise LookupError(
            f"{case.slug}: {substring!r} is in {len(found)} sentences of {source} (need one)"
        )
    return found[0]


def _norm(text: str) -> str:
    """Case and typographic quotes folded, so expectations can be typed plainly."""
    table = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
    return " ".join(text.translate(table).lower().split())


def _contains(text: str, needle: str) -> bool:
    """Whether ``needle`` occurs in ``text`` as whole words (case folded)."""
    pattern = r"(?<!\w)" + re.escape(_norm(needle)) + r"(?!\w)"
    return re.search(pattern, _norm(text)) is not None


def overlaps(version: str, needle: str) -> bool:
    """A reported version and expected words name the same thing.

    Either one's words are all among the other's ("67" and "67th", "Dima" and
    "Aurel Dima"), or, for a truncated version, one is a piece of the other
    ("3" cut out of "3,000,000").
    """
    v, n = _words(version), _words(needle)
    if not v or not n:
        return False
    return v <= n or n <= v or _norm(version) in _norm(needle) or _norm(needle) in _norm(version)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\d+(?:[.,]\d+)*|[^\W\d_]+", _norm(text)))


# -- What came out ------------------------------------------------------------------------


def groups(case: Case) -> dict[Node, int]:
    """Each sentence's group: sentences the primary matches tie together report one claim."""
    if case._groups is None:
        case._groups = _union(case)
    return case._groups


def _union(case: Case) -> dict[Node, int]:
    parent: dict[Node, Node] = {}

    def find(x: Node) -> Node:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for src, sents in case.sentences.items():
        for i in range(len(sents)):
            find((src, i))
    for match in case.data["matches"]:
        if match.get("secondary"):
            continue  # a repeat or a retelling: reported elsewhere, but not the same claim
        (a, i), (b, j) = match["sentences"].items()
        ra, rb = find((a, i)), find((b, j))
        if ra != rb:
            parent[rb] = ra
    roots: dict[Node, int] = {}
    return {node: roots.setdefault(find(node), len(roots)) for node in list(parent)}


def claims(case: Case) -> list[dict[str, Any]]:
    return [f for f in case.data["facts"] if f["kind"] == "claim"]


def unique_facts(case: Case, source: str | None = None) -> list[dict[str, Any]]:
    return [
        f
        for f in case.data["facts"]
        if f["kind"] != "conflict"
        and len(f["sources"]) == 1
        and (source is None or f["sources"][0] == source)
    ]


def conflicts(case: Case) -> list[dict[str, Any]]:
    return [f for f in case.data["facts"] if f["kind"] == "conflict"]


def claim_of(case: Case, node: Node) -> dict[str, Any] | None:
    """The claim fact that holds the sentence ``node`` (every sentence is in exactly one)."""
    src, i = node
    for f in claims(case):
        if i in f.get("sentences", {}).get(src, ()):
            return f
    return None


def reported_by(case: Case, node: Node) -> set[str]:
    """The other sources that the engine says report the sentence ``node``."""
    fact = claim_of(case, node)
    return set(fact["sources"]) - {node[0]} if fact else set()


def conflict_found(case: Case, entry: Mapping[str, str]) -> dict[str, Any] | None:
    """A conflict fact taking in the entry's sources whose versions hold its words.

    A conflict may list more sources than the entry (one conflict with every
    outlet's version); each of the entry's sources must have its own version.
    """
    for f in conflicts(case):
        versions = f.get("versions", {})
        if not set(entry) <= set(versions):
            continue
        if all(overlaps(versions[s], words) for s, words in entry.items()):
            return f
    return None


def not_fact_hits(case: Case, needle: str) -> list[dict[str, Any]]:
    """Facts that report ``needle`` (a spelling or number-format variant) as news.

    A unique claim whose text holds it; a unique detail, or a conflict version,
    taken from a sentence holding it and naming it (or a piece of it).
    """
    hits = []
    # A conflict the reader expects ("Thirty-four" against "Thirty-one") is not a variant
    # reported as news, even when one side is worded as a not_facts entry.
    expected = {
        found["id"]
        for entry in case.expected["conflicts"]
        if (found := conflict_found(case, entry)) is not None
    }
    for f in case.data["facts"]:
        if f["id"] in expected:
            continue
        if f["kind"] == "claim":
            if len(f["sources"]) == 1 and _contains(f["text"], needle):
                hits.append(f)
            continue
        if f["kind"] == "detail" and len(f["sources"]) != 1:
            continue
        versions = f.get("versions") or {next(iter(f["sentence"])): f["text"]}
        for src, version in versions.items():
            sentence = case.sentences[src][f["sentence"][src]]
            if _contains(sentence, needle) and overlaps(version, needle):
                hits.append(f)
                break
    return hits


# -- Scores -------------------------------------------------------------------------------


@dataclass
class Tally:
    hits: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, what: str) -> None:
        self.total += 1
        self.hits += ok
        if not ok:
            self.misses.append(what)

    @property
    def rate(self) -> float | None:
        return self.hits / self.total if self.total else None

    def __iadd__(self, other: Tally) -> Tally:
        self.hits += other.hits
        self.total += other.total
        self.misses += other.misses
        return self


METRICS = (
    "unique_recall",
    "unique_precision",
    "shared_recall",
    "partly_accuracy",
    "detail_precision",
    "detail_recall",
    "conflict_recall",
    "unique_shown",
)


@dataclass
class Score:
    unique_recall: Tally = field(default_factory=Tally)
    unique_precision: Tally = field(default_factory=Tally)
    shared_recall: Tally = field(default_factory=Tally)
    partly_accuracy: Tally = field(default_factory=Tally)
    detail_precision: Tally = field(default_factory=Tally)
    detail_recall: Tally = field(default_factory=Tally)
    conflict_recall: Tally = field(default_factory=Tally)
    unique_shown: Tally = field(default_factory=Tally)
    spurious_conflicts: list[str] = field(default_factory=list)
    not_fact_violations: list[str] = field(default_factory=list)
    wrong_merges: list[str] = field(default_factory=list)
    unannotated: int = 0
    sentences: int = 0

    def __iadd__(self, other: Score) -> Score:
        for name in METRICS:
            getattr(self, name).__iadd__(getattr(other, name))
        self.spurious_conflicts += other.spurious_conflicts
        self.not_fact_violations += other.not_fact_violations
        self.wrong_merges += other.wrong_merges
        self.unannotated += other.unannotated
        self.sentences += other.sentences
        return self


def shared_nodes(case: Case) -> dict[str, set[int]]:
    """Per source, the sentences ``shared`` says another source reports too."""
    nodes: dict[str, set[int]] = {s: set() for s in case.sources}
    for entry in case.expected["shared"]:
        for src, sub in entry.items():
            nodes[src].add(locate(case, src, sub))
    return nodes


def expected_claims(case: Case) -> dict[Node, str]:
    """Each annotated sentence's expected claim, labelled by its first substring.

    Shared entries that have a sentence in common are one claim (a split).
    """
    label: dict[Node, str] = {}
    for src, subs in case.expected["unique"].items():
        for sub in subs or []:
            label[src, locate(case, src, sub)] = f"{src}: {sub!r}"
    for entry in case.expected["shared"]:
        nodes = [(src, locate(case, src, sub)) for src, sub in entry.items()]
        src, sub = next(iter(entry.items()))
        old = {label[n] for n in nodes if n in label}
        new = min(old) if old else f"{src}: {sub!r}"
        for node, lab in list(label.items()):
            if lab in old:
                label[node] = new
        for node in nodes:
            label[node] = new
    return label


def wrong_merges(case: Case) -> list[str]:
    """Claims the expectations keep apart that share one claim fact."""
    group = groups(case)
    found: dict[int, set[str]] = {}
    for node, lab in expected_claims(case).items():
        found.setdefault(group[node], set()).add(lab)
    return [" + ".join(sorted(labs)) for labs in found.values() if len(labs) > 1]


def score(case: Case) -> Score:
    exp = case.expected
    out = Score()
    shared = shared_nodes(case)
    annotated = {(s, i) for s, idx in shared.items() for i in idx}
    detailed = {
        (f["sources"][0], f["sentence"][f["sources"][0]])
        for f in case.data["facts"]
        if f["kind"] == "detail" and len(f["sources"]) == 1
    }

    for src, subs in exp["unique"].items():
        for sub in subs or []:
            i = locate(case, src, sub)
            annotated.add((src, i))
            fact = claim_of(case, (src, i))
            ok = fact is not None and fact["sources"] == [src]
            got = "" if ok or fact is None else f" (merged with {fact['sources']})"
            out.unique_recall.add(ok, f"{src}: {sub!r}{got}")
            # What a reader is shown: the sentence as a unique claim, or its own details
            # when other outlets report the rest of it.
            shown = ok or (src, i) in detailed
            out.unique_shown.add(shown, f"{src}: {sub!r}")

    partly = {
        (src, locate(case, src, sub)) for src, subs in exp["partly"].items() for sub in subs or []
    }
    for src in case.sources:
        for f in claims(case):
            if f["sources"] != [src]:
                continue
            i = f["sentence"][src]
            wrong = i in shared[src] or (src, i) in partly
            out.unique_precision.add(not wrong, f"{src}: {f['text'][:70]!r}")

    for entry in exp["shared"]:
        nodes = [(src, locate(case, src, sub)) for src, sub in entry.items()]
        # Each sentence of the entry is said to be reported by the entry's other sources.
        ok = all({o for o, _ in nodes if o != n[0]} <= reported_by(case, n) for n in nodes)
        label = " | ".join(f"{s}: {sub!r}" for s, sub in entry.items())
        out.shared_recall.add(ok, label)

    for src, subs in exp["partly"].items():
        for sub in subs or []:
            i = locate(case, src, sub)
            annotated.add((src, i))
            fact = claim_of(case, (src, i))
            verdicts = {c["verdict"] for c in (fact or {}).get("coverage", {}).values()}
            out.partly_accuracy.add("partly" in verdicts, f"{src}: {sub!r} ({sorted(verdicts)})")

    for src, words in exp["details"].items():
        for word in words or []:
            ok = any(
                f["kind"] == "detail" and overlaps(f["text"], word) for f in unique_facts(case, src)
            )
            out.detail_recall.add(ok, f"{src}: {word!r}")
    for f in unique_facts(case):
        if f["kind"] != "detail":
            continue
        src = f["sources"][0]
        words = exp["details"].get(src) or []
        ok = any(overlaps(f["text"], w) or _contains(f["text"], w) for w in words)
        out.detail_precision.add(ok, f"{src}: {f['text'][:70]!r}")

    matched = []
    for entry in exp["conflicts"]:
        fact = conflict_found(case, entry)
        if fact is not None:
            matched.append(fact["id"])
        out.conflict_recall.add(
            fact is not None, " vs ".join(f"{s}: {w!r}" for s, w in entry.items())
        )
    for f in conflicts(case):
        if f["id"] not in matched:
            out.spurious_conflicts.append(f"{f['text']!r} ({', '.join(f['sources'])})")

    for needle in exp["not_facts"]:
        for f in not_fact_hits(case, needle):
            out.not_fact_violations.append(f"{needle!r} in {f['kind']} {f['text'][:60]!r}")

    out.wrong_merges = wrong_merges(case)
    out.sentences = sum(len(s) for s in case.sentences.values())
    out.unannotated = out.sentences - len(annotated)
    return out
