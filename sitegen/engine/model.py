"""The plain data that flows between the comparison engine's stages.

Every stage is a function from some of these dataclasses to others, so a
notebook or another program can run any stage on its own.  Nothing here
touches the disk.  Positions inside a sentence are token indices throughout:
only the renderer turns them into character spans.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Literal, NamedTuple, TypeVar, dataclass_transform

MatchKind = Literal["same", "reworded", "split", "moved"]
FactKind = Literal["claim", "detail", "conflict"]
_T = TypeVar("_T")


def _repr(self: object) -> str:
    shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self) if f.repr)  # type: ignore[arg-type]
    return f"{type(self).__qualname__}({shown})"


def _values(self: object) -> tuple[object, ...]:
    return tuple(getattr(self, f.name) for f in fields(self) if f.compare)  # type: ignore[arg-type]


def _eq(self: object, other: object) -> bool:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _values(self) == _values(other)


def _hash(self: object) -> int:
    return hash(_values(self))


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(cls: type[_T]) -> type[_T]:
    """A dataclass shown, compared and hashed as ``dataclass`` would do it, and frozen for
    the type checker.

    ``dataclass`` compiles a ``__repr__``, an ``__eq__`` and a ``__hash__`` of its own for
    each class as the module is imported, on every run, and a frozen one a ``__setattr__``
    and a ``__delattr__`` too (7 ms of every run for the engine's records): the records
    share one of each of the first three, and are frozen where the mistake is made, in
    code the type checker reads (``frozen_default``; CI runs mypy), not at run time.
    """
    cls.__repr__ = _repr  # type: ignore[method-assign]
    cls.__eq__ = _eq  # type: ignore[method-assign]
    cls.__hash__ = _hash  # type: ignore[method-assign]
    return dataclass(repr=False, eq=False)(cls)


@record
class Article:
    """One outlet's article about an event, as read from ``<source-slug>.md``."""

    id: str
    source: str
    title: str
    body: str
    url: str | None = None
    author: str | None = None
    published: str | None = None
    path: str = ""
    body_line: int = 1


@record
class Event:
    """One event and the articles that report it."""

    slug: str
    title: str
    articles: tuple[Article, ...]
    date: str | None = None
    summary: str | None = None
    tags: tuple[str, ...] = ()
    note: str = ""
    path: str = ""


@record
class Block:
    """A paragraph (a run of sentences) or a subheading of an article."""

    kind: Literal["paragraph", "heading"]
    sentences: tuple[int, ...] = ()
    text: str = ""


class Token(NamedTuple):
    """One word of a sentence: where it stands, and how every stage compares it.

    ``start`` and ``end`` are character offsets into the sentence as written;
    ``key`` folds case, spelling and number formats ("Kiev" and "Kyiv",
    "three hundred" and "300" share one); ``stem`` is what similarity counts.
    ``content`` is false for function words ("the", "said").  A named tuple,
    not a dataclass: an article has thousands, and a tuple is made five times
    faster.
    """

    text: str
    start: int
    end: int
    key: str
    stem: str
    content: bool
    number: bool = False
    name: bool = False
    quoted: bool = False


@record
class Document:
    """An article cut into blocks and sentences; every sentence appears once.

    ``tokens`` holds each sentence's tokens, worked out once when the article
    is segmented and used by every later stage.
    """

    sentences: tuple[str, ...]
    blocks: tuple[Block, ...]
    tokens: tuple[tuple[Token, ...], ...] = ()
    year: int | None = None  # when the article was published: "four years ago" needs it
    dateline: str = ""  # where the story was filed ("SANTA MARIA, Calif."), apart from its text
    # The day it was published (ISO): "yesterday" and "on Monday" name a date by it.
    published: str | None = None

    @property
    def words(self) -> int:
        return sum(len(s.split()) for s in self.sentences)


@record
class Diff:
    """A word diff between two aligned passages.

    ``left`` and ``right`` hold, for each sentence on that side, one flag per
    token: true where the other side lacks the word.  ``ops`` is the edit
    script as ``("=", text)``, ``("-", text)`` and ``("+", text)`` pairs.
    """

    left: tuple[tuple[bool, ...], ...]
    right: tuple[tuple[bool, ...], ...]
    ops: tuple[tuple[str, str], ...]


@record
class Link:
    """Sentences of two sources that report the same thing.

    ``left`` and ``right`` hold one sentence index each, or two for a split.
    """

    left_source: str
    left: tuple[int, ...]
    right_source: str
    right: tuple[int, ...]
    kind: MatchKind
    score: float
    wording: Literal["same", "reworded"] = "reworded"
    diff: Diff | None = None
    # A secondary link repeats a claim already matched elsewhere (a standfirst
    # restated in the body); it counts for facts but not for the aligned rows.
    secondary: bool = False


@record
class Alignment:
    """Every link between the sources of an event, and the claims they form.

    ``groups`` are the sentences that primary links tie together, worked out
    once for every later stage: each lists ``(source, index)`` in source
    order, then reading order, and a sentence no link touches is a group of
    its own.
    """

    links: tuple[Link, ...]
    groups: tuple[tuple[tuple[str, int], ...], ...]

    @property
    def group_of(self) -> dict[tuple[str, int], int]:
        return {node: n for n, members in enumerate(self.groups) for node in members}


Verdict = Literal["reported", "partly", "not reported"]


@record
class Unit:
    """A claim unit: a clause or phrase of a sentence that is true or false on its own.

    ``start`` and ``end`` are token indices into the sentence.
    """

    sentence: int
    start: int
    end: int
    text: str


@record
class Support:
    """How far another source reports one sentence, and where.

    ``units`` says, unit by unit of the sentence, whether the other source
    reports it; ``sentences`` are the other source's sentences that do (one,
    or two adjacent ones), and ``score`` how much of the claim they cover.
    """

    verdict: Verdict
    sentences: tuple[int, ...]
    score: float
    units: tuple[bool, ...] = ()


@record
class Closest:
    """The nearest sentence another source has to a claim it does not make."""

    sentence: int
    text: str
    score: float


@record
class Fact:
    """A claim, detail or conflict, the sources that report it, and why.

    ``position`` says where the fact stands in each source's article (lede,
    body or end); ``closest`` is the evidence for a claim the other sources
    lack: their nearest sentence and its similarity.
    """

    id: str
    kind: FactKind
    text: str
    sources: tuple[str, ...]
    context: str
    sentence: dict[str, int]
    versions: dict[str, str] = field(default_factory=dict)
    position: dict[str, str] = field(default_factory=dict)
    closest: dict[str, Closest] = field(default_factory=dict)
    # Every sentence of a claim per source, where a split gives one source two.
    sentences: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # For a claim, each other source's verdict on it and the evidence.
    coverage: dict[str, Support] = field(default_factory=dict)

    @property
    def unique(self) -> bool:
        return len(self.sources) == 1 and self.kind != "conflict"


@record
class Carrier:
    """One source's wording of a quotation; ``diff`` against the first carrier's."""

    text: str
    sentence: int
    exact: bool
    diff: tuple[tuple[str, str], ...] = ()


@record
class Quote:
    """A quotation, its speaker, and the sources that carry it."""

    id: str
    speaker: str | None
    text: str
    carriers: dict[str, Carrier]


@record
class SourceInfo:
    """What a reader needs to know about one source of an event."""

    id: str
    name: str
    title: str
    url: str | None
    author: str | None
    published: str | None
    words: int


@record
class Comparison:
    """Everything sitegen found out about one event."""

    event: Event
    sources: tuple[SourceInfo, ...]
    documents: dict[str, Document]
    links: tuple[Link, ...]
    facts: tuple[Fact, ...]
    quotes: tuple[Quote, ...] = ()
    units: dict[str, tuple[tuple[Unit, ...], ...]] = field(default_factory=dict)

    def unique_facts(self, source_id: str) -> list[Fact]:
        return [f for f in self.facts if f.unique and f.sources[0] == source_id]

    @property
    def conflicts(self) -> list[Fact]:
        return [f for f in self.facts if f.kind == "conflict"]
