"""What the event page shows a reader, worked out from a comparison.

The templates stay declarative: this module decides what a reader sees at the
top of an event page (each outlet's coverage in numbers), how the coverage
matrix groups its rows, which small label each fact carries, and what the
word-choice panel lists.  Everything here is a pure function of a
:class:`~sitegen.engine.model.Comparison`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..engine.model import Comparison, Fact
from ..engine.quotes import quotations
from ..engine.text import tokenize
from ..engine.wording import Choice, word_choices

# A cell of the matrix: what a reader is told, and the shape that says it without colour.
MARKS = {"reported": "●", "partly": "◐", "not reported": "○", "differs": "≠"}

_ORGANISATION = re.compile(
    r"\b(authority|agency|bank|board|broadcasting|club|college|commission|committee|company|"
    r"corp|corporation|council|court|department|group|hospital|inc|institute|league|ltd|"
    r"ministry|newspaper|office|party|police|press|school|service|shipping|society|union|"
    r"university|wire|times|post|herald|gazette|news|federation|association|foundation)\b",
    re.IGNORECASE,
)
_PLACE = re.compile(
    r"\b(avenue|bay|bridge|city hall|county|district|hall|harbour|harbor|island|lane|park|"
    r"port|quay|river|road|square|station|street|tunnel|valley|village|town|coast|north|south|"
    r"east|west)\b",
    re.IGNORECASE,
)
_PLACE_LEAD = re.compile(r"^(in|at|near|from|to|on|outside|inside)\s+[A-Z]", re.IGNORECASE)
_TITLES = re.compile(
    r"^(mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|councillor|mayor|minister|president|"
    r"senator|judge|captain|capt|chief|inspector|sgt|sergeant)\b\.?",
    re.IGNORECASE,
)


def fact_label(fact: Fact, comparison: Comparison) -> str:
    """A small label for what kind of thing a fact is: number, quotation, person,
    place, organisation or claim.

    Read from the words alone (sitegen has no list of names), so it errs
    towards the plain "claim" rather than a confident wrong label.
    """
    if fact.kind == "conflict":
        versions = " ".join(fact.versions.values())
        return "number" if any(t.number for t in tokenize(versions)) else "claim"
    if fact.kind == "claim":
        quoted = sum(len(q) for q in quotations(fact.text))
        return "quotation" if quoted * 2 > len(fact.text) else "claim"
    text = fact.text.strip()
    tokens = tokenize(text)
    if text[:1] in "\"“‘'" or (quotations(text) and len(tokens) > 3):
        return "quotation"
    if any(t.number for t in tokens):
        return "number"
    names = [t for t in tokens if t.name or t.text[:1].isupper()]
    if not names:
        return "claim"
    if _ORGANISATION.search(text):
        return "organisation"
    if _PLACE.search(text) or _PLACE_LEAD.match(text):
        return "place"
    if _TITLES.match(text) or (2 <= len(names) <= 3 and len(names) == len(tokens)):
        return "person"
    return "claim"


def base_source(fact: Fact) -> str:
    """The source whose sentence a fact was read from (its coverage is of that sentence):
    the one of its own sources that the coverage, which covers every other, leaves out."""
    own = list(fact.sentences) or list(fact.sentence)
    return next((src for src in own if src not in fact.coverage), own[0])


def left_out(fact: Fact, comparison: Comparison) -> dict[str, list[str]]:
    """For each source that reports a claim only in part, the clauses it leaves out."""
    base = base_source(fact)
    sentences = fact.sentences.get(base) or (fact.sentence[base],)
    units = comparison.units.get(base, ())
    if not fact.coverage or sentences[0] >= len(units):
        return {}
    clauses = units[sentences[0]]
    found = {}
    for src, support in fact.coverage.items():
        if support.verdict == "partly" and len(support.units) == len(clauses):
            found[src] = [u.text for u, ok in zip(clauses, support.units, strict=True) if not ok]
    return {src: missing for src, missing in found.items() if missing}


def cell_status(fact: Fact, source: str) -> str:
    """How ``source`` reports ``fact``: reported, partly, not reported, or differs
    (its version of a disputed figure)."""
    if fact.kind == "conflict":
        return "differs" if source in fact.versions else "not reported"
    if fact.kind == "claim" and source in fact.coverage:
        # The verdict, even where alignment tied the sentences into one claim:
        # it says, clause by clause, whether the other outlet reports all of it.
        return fact.coverage[source].verdict
    return "reported" if source in fact.sources else "not reported"


def is_partly(fact: Fact) -> bool:
    """A claim some source reports only in part."""
    return fact.kind == "claim" and any(c.verdict == "partly" for c in fact.coverage.values())


@dataclass
class Cell:
    source: str
    status: str
    version: str = ""

    @property
    def mark(self) -> str:
        return MARKS[self.status]


@dataclass
class MatrixRow:
    fact: Fact
    label: str
    cells: list[Cell]
    source: str  # the source whose sentence the fact's link points at
    left_out: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Group:
    """Rows under one heading of the matrix; ``id`` is the anchor summaries link to."""

    id: str
    heading: str
    kind: str  # conflict | unique | partly | some | all
    rows: list[MatrixRow] = field(default_factory=list)


def matrix(comparison: Comparison) -> list[Group]:
    """Every fact once, one row each: conflicts, then each outlet's unique facts,
    then facts another outlet reports only in part, then those some report,
    then those all report."""
    ids = [s.id for s in comparison.sources]
    names = {s.id: s.name for s in comparison.sources}

    def row(fact: Fact) -> MatrixRow:
        cells = [Cell(src, cell_status(fact, src), fact.versions.get(src, "")) for src in ids]
        where = base_source(fact) if fact.kind == "claim" else next(iter(fact.sentence))
        missing = left_out(fact, comparison) if fact.kind == "claim" else {}
        return MatrixRow(fact, fact_label(fact, comparison), cells, where, missing)

    groups = [Group("conflicts", "Where the outlets disagree", "conflict")]
    groups += [Group(f"only-{src}", f"Only in {names[src]}", "unique") for src in ids]
    groups += [
        Group(f"partly-{src}", f"{names[src]}: reported elsewhere only in part", "partly")
        for src in ids
    ]
    by_id = {g.id: g for g in groups}
    some: dict[tuple[str, ...], Group] = {}
    everyone = Group("shared", _all_heading(len(ids)), "all")
    for fact in comparison.facts:
        if fact.kind == "conflict":
            by_id["conflicts"].rows.append(row(fact))
        elif fact.unique:
            by_id[f"only-{fact.sources[0]}"].rows.append(row(fact))
        elif is_partly(fact):
            by_id[f"partly-{base_source(fact)}"].rows.append(row(fact))
        elif len(fact.sources) < len(ids):
            key = tuple(sorted(fact.sources, key=ids.index))
            if key not in some:
                who = _and([names[s] for s in key])
                some[key] = Group("some-" + "-".join(key), f"Reported by {who}", "some")
            some[key].rows.append(row(fact))
        else:
            everyone.rows.append(row(fact))
    ordered = [*groups, *(some[k] for k in sorted(some, key=lambda k: (-len(k), k))), everyone]
    return [g for g in ordered if g.rows]


def _all_heading(count: int) -> str:
    return "Reported by both outlets" if count == 2 else f"Reported by all {count} outlets"


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


@dataclass
class Summary:
    """One outlet at a glance: how much of it the others report, and its lists."""

    id: str
    words: int
    by_all: int  # percent of its words the other outlets all report
    by_some: int  # ... some of them report
    only: int  # ... no other outlet reports
    unique: int
    partly: int
    conflicts: int


def summaries(comparison: Comparison, groups: list[Group]) -> list[Summary]:
    """Each outlet's coverage, in words, and the sizes of its lists."""
    count = len(comparison.sources)
    sizes = {g.id: len(g.rows) for g in groups}
    out = []
    for s in comparison.sources:
        doc = comparison.documents[s.id]
        words = [len(sentence.split()) for sentence in doc.sentences]
        shared = [0, 0, 0]  # all, some, only
        for fact in comparison.facts:
            if fact.kind != "claim" or s.id not in fact.sentences:
                continue
            reach = len(fact.sources)
            slot = 0 if reach == count else 1 if reach > 1 else 2
            shared[slot] += sum(words[i] for i in fact.sentences[s.id])
        total = sum(words) or 1
        by_all, by_some = round(100 * shared[0] / total), round(100 * shared[1] / total)
        conflicts = sum(1 for f in comparison.conflicts if s.id in f.versions)
        out.append(
            Summary(
                s.id,
                sum(words),
                by_all,
                by_some,
                max(0, 100 - by_all - by_some),
                sizes.get(f"only-{s.id}", 0),
                sizes.get(f"partly-{s.id}", 0),
                conflicts,
            )
        )
    return out


@dataclass
class WordChoices:
    words: list[Choice]
    spellings: list[Choice]


def wording(comparison: Comparison, found: Sequence[Choice] | None = None) -> WordChoices:
    """The word-choice panel; ``found`` are the comparison's word choices, when known."""
    if found is None:
        found = word_choices(comparison.links, comparison.documents)
    return WordChoices(
        [c for c in found if c.kind == "word"], [c for c in found if c.kind == "spelling"]
    )


@dataclass
class Lead:
    """A sentence a source opens with, and where the others have the same claim."""

    index: int
    text: str
    elsewhere: list[tuple[str, str]]  # (source, lede | body | end, or "" for a retelling)


def leads(comparison: Comparison) -> dict[str, list[Lead]]:
    """Each source's opening sentences: what one outlet leads with and another buries."""
    found: dict[str, list[Lead]] = {s.id: [] for s in comparison.sources}
    for fact in comparison.facts:
        if fact.kind != "claim":
            continue
        for src, index in fact.sentence.items():
            if fact.position.get(src) != "lede":
                continue
            elsewhere = [
                (other, fact.position.get(other, "")) for other in fact.sources if other != src
            ]
            text = comparison.documents[src].sentences[index]
            found[src].append(Lead(index, text, elsewhere))
    for items in found.values():
        items.sort(key=lambda lead: lead.index)
    return found
