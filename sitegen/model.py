"""The plain data that flows between sitegen's pipeline stages.

Every stage is a function from some of these dataclasses to others, so a
notebook or another program can run any stage on its own.  Nothing here
touches the disk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

MatchKind = Literal["same", "reworded", "split", "moved"]
FactKind = Literal["claim", "detail", "conflict"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, reported as ``path:line: message``."""

    path: str
    line: int
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"


class BuildError(Exception):
    """The site cannot be built; ``problems`` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class SiteConfig:
    """Settings from ``sitegen.toml``; every field has a default."""

    title: str = "Source comparisons"
    description: str = "How different outlets reported the same events, side by side."
    base_url: str = ""
    output: str = "output"


@dataclass(frozen=True)
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


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Block:
    """A paragraph (a run of sentences) or a subheading of an article."""

    kind: Literal["paragraph", "heading"]
    sentences: tuple[int, ...] = ()
    text: str = ""


@dataclass(frozen=True)
class Document:
    """An article cut into blocks and sentences; every sentence appears once."""

    sentences: tuple[str, ...]
    blocks: tuple[Block, ...]

    @property
    def words(self) -> int:
        return sum(len(s.split()) for s in self.sentences)


@dataclass(frozen=True)
class Span:
    """A piece of one sentence in a word diff; ``changed`` marks words the other side lacks."""

    text: str
    changed: bool = False


@dataclass(frozen=True)
class Diff:
    """A word diff between two aligned passages, as spans for each side."""

    left: tuple[tuple[Span, ...], ...]
    right: tuple[tuple[Span, ...], ...]
    ops: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Closest:
    """The nearest sentence another source has to a claim it does not make."""

    sentence: int
    text: str
    score: float


@dataclass(frozen=True)
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

    @property
    def unique(self) -> bool:
        return len(self.sources) == 1 and self.kind != "conflict"


@dataclass(frozen=True)
class Carrier:
    """One source's wording of a quotation; ``diff`` against the first carrier's."""

    text: str
    sentence: int
    exact: bool
    diff: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Quote:
    """A quotation, its speaker, and the sources that carry it."""

    id: str
    speaker: str | None
    text: str
    carriers: dict[str, Carrier]


@dataclass(frozen=True)
class SourceInfo:
    """What a reader needs to know about one source of an event."""

    id: str
    name: str
    title: str
    url: str | None
    author: str | None
    published: str | None
    words: int


@dataclass(frozen=True)
class Comparison:
    """Everything sitegen found out about one event."""

    event: Event
    sources: tuple[SourceInfo, ...]
    documents: dict[str, Document]
    links: tuple[Link, ...]
    facts: tuple[Fact, ...]
    quotes: tuple[Quote, ...] = ()

    def unique_facts(self, source_id: str) -> list[Fact]:
        return [f for f in self.facts if f.unique and f.sources[0] == source_id]

    @property
    def shared_facts(self) -> list[Fact]:
        everyone = {s.id for s in self.sources}
        return [f for f in self.facts if f.kind != "conflict" and set(f.sources) == everyone]

    @property
    def conflicts(self) -> list[Fact]:
        return [f for f in self.facts if f.kind == "conflict"]
