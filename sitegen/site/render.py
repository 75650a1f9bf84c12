"""Render comparisons into the site's pages: index, event pages, JSON, assets.

:func:`render_index`, :func:`render_event` and :func:`render_assets` return
output files as ``{relative path: bytes}`` and write nothing, so a build can
be checked, cached per event or written atomically.  The environment they
render with, and its filters, are in :mod:`.templates`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

import jinja2

from ..engine.comparison import to_json
from ..engine.model import Comparison, Link, Token
from ..engine.wording import word_choices
from .model import SiteConfig
from .reader import leads, matrix, summaries, wording
from .sitefiles import Listing, listings

ASSETS = ("style.css", "sitegen.js")


@dataclass(frozen=True)
class Span:
    """A piece of one sentence as shown; ``changed`` marks words the other side lacks."""

    text: str
    changed: bool = False


def spans(sentence: str, tokens: Sequence[Token], marks: Sequence[bool]) -> tuple[Span, ...]:
    """A sentence cut where its diff marks change: the engine's token marks as text.

    What stands between two changed words belongs to the change, so one
    highlight covers "to the Telegraph newspaper" rather than four.
    """
    # Run by run, not word by word: each run of changed words is one span from the
    # start of its first word to the end of its last, and what lies between runs is
    # unchanged (words past the marks are unchanged too).
    found: list[Span] = []
    cursor = 0
    count = min(len(tokens), len(marks))
    k = 0
    while k < count:
        if not marks[k]:
            k += 1
            continue
        start = tokens[k].start
        while k + 1 < count and marks[k + 1]:
            k += 1
        end = tokens[k].end
        if start > cursor:
            found.append(Span(sentence[cursor:start]))
        found.append(Span(sentence[start:end], True))
        cursor = end
        k += 1
    if cursor < len(sentence):
        found.append(Span(sentence[cursor:]))
    return tuple(found)


@dataclass
class Cell:
    """One sentence in the side-by-side view."""

    source: str
    index: int
    spans: Sequence[Span]
    headings: Sequence[str] = ()
    status: str = "matched"  # matched | only | moved | repeat
    counterpart: str | None = None

    @property
    def anchor(self) -> str:
        return sentence_anchor(self.source, self.index)


@dataclass
class Row:
    """A row of the side-by-side view: what the left and right source say there."""

    left: list[Cell] = field(default_factory=list)
    right: list[Cell] = field(default_factory=list)
    kind: str = "only"  # same | reworded | split | only | moved


@dataclass
class PairView:
    """Two sources side by side, on one page of the event."""

    left: str
    right: str
    page: str
    rows: list[Row]


def sentence_anchor(source: str, index: int) -> str:
    return f"s-{source}-{index}"


def pair_page(ids: Sequence[str], left: str, right: str) -> str:
    """The page of an event that shows ``left`` beside ``right``."""
    return "index.html" if (left, right) == tuple(ids[:2]) else f"{left}-vs-{right}.html"


def pair_views(comparison: Comparison) -> list[PairView]:
    """Every pair of sources, each with its rows, the first pair on index.html."""
    ids = [s.id for s in comparison.sources]
    return [
        PairView(a, b, pair_page(ids, a, b), build_rows(comparison, a, b))
        for a, b in combinations(ids, 2)
    ]


def build_rows(comparison: Comparison, left: str, right: str) -> list[Row]:
    """Align two sources row by row; every sentence of both appears exactly once.

    Matches in reading order share a row; sentences only one side has, and
    moved sentences, get a row of their own at their place in their article,
    with a link to where the other side reports them.
    """
    links = [k for k in comparison.links if (k.left_source, k.right_source) == (left, right)]
    primary = [k for k in links if not k.secondary]
    docs = comparison.documents
    headings = {src: _headings_before(comparison, src) for src in (left, right)}
    spans_of = {
        left: _spans_by_sentence(links, "left", comparison),
        right: _spans_by_sentence(links, "right", comparison),
    }
    other_of: dict[tuple[str, int], str] = {}
    for k in links:
        for i in k.left:
            other_of.setdefault((left, i), f"#{sentence_anchor(right, k.right[0])}")
        for j in k.right:
            other_of.setdefault((right, j), f"#{sentence_anchor(left, k.left[0])}")
    moved = {(left, i) for k in primary if k.kind == "moved" for i in k.left}
    moved |= {(right, j) for k in primary if k.kind == "moved" for j in k.right}

    def cell(src: str, i: int, status: str) -> Cell:
        spans = spans_of[src].get(i) or (Span(docs[src].sentences[i]),)
        counterpart = other_of.get((src, i)) if status != "matched" else None
        return Cell(src, i, spans, headings[src].get(i, ()), status, counterpart)

    def solo(src: str, i: int) -> Row:
        status = "moved" if (src, i) in moved else "repeat" if (src, i) in other_of else "only"
        c = cell(src, i, status)
        return Row([c], [], status) if src == left else Row([], [c], status)

    rows: list[Row] = []
    done: dict[str, set[int]] = {left: set(), right: set()}
    cursor = {left: 0, right: 0}

    def flush(src: str, upto: int) -> None:
        while cursor[src] < upto:
            i = cursor[src]
            cursor[src] += 1
            if i not in done[src]:
                done[src].add(i)
                rows.append(solo(src, i))

    spine = sorted((k for k in primary if k.kind != "moved"), key=lambda k: k.left[0])
    for k in spine:
        flush(left, k.left[0])
        flush(right, k.right[0])
        rows.append(
            Row(
                [cell(left, i, "matched") for i in k.left],
                [cell(right, j, "matched") for j in k.right],
                k.kind,
            )
        )
        done[left].update(k.left)
        done[right].update(k.right)
    flush(left, len(docs[left].sentences))
    flush(right, len(docs[right].sentences))
    return rows


def _spans_by_sentence(
    links: Iterable[Link], side: str, comparison: Comparison
) -> dict[int, tuple[Span, ...]]:
    found: dict[int, tuple[Span, ...]] = {}
    for k in sorted(links, key=lambda k: k.secondary):
        if k.diff is None:
            continue
        src, indices, marks = (
            (k.left_source, k.left, k.diff.left)
            if side == "left"
            else (k.right_source, k.right, k.diff.right)
        )
        doc = comparison.documents[src]
        for i, m in zip(indices, marks, strict=True):
            if i not in found:
                found[i] = spans(doc.sentences[i], doc.tokens[i], m)
    return found


def _headings_before(comparison: Comparison, src: str) -> dict[int, tuple[str, ...]]:
    found: dict[int, tuple[str, ...]] = {}
    pending: list[str] = []
    for block in comparison.documents[src].blocks:
        if block.kind == "heading":
            pending.append(block.text)
        elif block.sentences and pending:
            found[block.sentences[0]] = tuple(pending)
            pending = []
    return found


def sentence_hrefs(comparison: Comparison, current: str) -> Callable[[str, int], str]:
    """``href(src, index)``: where sentence ``index`` of ``src`` stands in the side-by-side
    views, linked from page ``current``.  Each source's page is worked out once: a long
    event's page links to its sentences hundreds of times."""
    ids = [s.id for s in comparison.sources]
    home: dict[str, str] = {}
    for src in ids:
        if len(ids) < 2:
            home[src] = current
            continue
        partner = ids[1] if src == ids[0] else ids[0]
        a, b = sorted((src, partner), key=ids.index)
        home[src] = pair_page(ids, a, b)

    def href(src: str, index: int) -> str:
        page = home.get(src, current)
        anchor = sentence_anchor(src, index)
        return f"#{anchor}" if page == current else f"{page}#{anchor}"

    return href


def order_events(comparisons: Sequence[Comparison]) -> list[Comparison]:
    """Events as the index lists them: newest first."""
    return sorted(comparisons, key=lambda c: (c.event.date or "", c.event.slug), reverse=True)


def render_index(
    config: SiteConfig,
    events: Sequence[Comparison],
    env: jinja2.Environment,
    listed: Sequence[Listing] | None = None,
) -> bytes:
    """The front page, listing ``events`` in the order given (see :func:`order_events`);
    ``listed`` are their listings when worked out already."""
    found = listings(config, events) if listed is None else listed
    by_slug = {c.event.slug: item for c, item in zip(events, found, strict=True)}
    return _page(
        env,
        "index.html",
        config=config,
        comparisons=events,
        listed=by_slug,
        root="",
        path="index.html",
    )


def render_assets(env: jinja2.Environment) -> dict[str, bytes]:
    """The stylesheet and script, copied from the templates."""
    files: dict[str, bytes] = {}
    for name in ASSETS:
        source, _, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
        files[f"assets/{name}"] = source.encode("utf-8")
    return files


def render_event(
    config: SiteConfig, comparison: Comparison, env: jinja2.Environment
) -> dict[str, bytes]:
    """The pages and JSON of one event, by path relative to the output folder.

    ``index.html`` carries everything about the event and the first pair of
    outlets side by side; each other pair has a page with only its comparison.
    """
    slug = comparison.event.slug
    # The JSON and the page both list the word choices: worked out once for both.
    choices = word_choices(comparison.links, comparison.documents)
    files = {f"{slug}/comparison.json": dump_json(to_json(comparison, choices))}
    views = pair_views(comparison) or [PairView(comparison.sources[0].id, "", "index.html", [])]
    names = {s.id: s.name for s in comparison.sources}
    common = {
        "config": config,
        "c": comparison,
        "views": views,
        "names": names,
        "description": event_description(comparison),
        "og_type": "article",
        "root": "../",
    }
    for view in views:
        page = view.page
        href = sentence_hrefs(comparison, page)
        context = {
            **common,
            "view": view,
            "path": f"{slug}/{page}",
            "fact_href": lambda fact, src, href=href: href(src, fact.sentence[src]),
            "fact_href_to": href,
        }
        if page != "index.html":
            files[f"{slug}/{page}"] = _page(env, "pair.html", **context)
            continue
        groups = matrix(comparison)
        files[f"{slug}/{page}"] = _page(
            env,
            "event.html",
            **context,
            solo=_solo_rows(comparison) if not view.right else [],
            leads=leads(comparison),
            groups=groups,
            summary={s.id: s for s in summaries(comparison, groups)},
            wording=wording(comparison, choices),
        )
    return files


def event_description(comparison: Comparison) -> str:
    """One line for search results and link previews."""
    names = [s.name for s in comparison.sources]
    who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    told = f"How {who} reported it"
    summary = (comparison.event.summary or "").strip()
    return f"{summary} {told}." if summary else f"{comparison.event.title}: {told.lower()}."


def _solo_rows(comparison: Comparison) -> list[Row]:
    src = comparison.sources[0].id
    doc = comparison.documents[src]
    heads = _headings_before(comparison, src)
    return [
        Row([Cell(src, i, (Span(s),), heads.get(i, ()), "only")])
        for i, s in enumerate(doc.sentences)
    ]


def dump_json(data: Mapping[str, object]) -> bytes:
    # Compact: the C encoder only runs without indentation, and at 1,000 events the
    # indented form cost more than rendering the pages.
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def _page(env: jinja2.Environment, name: str, **context: object) -> bytes:
    return env.get_template(name).render(**context).encode("utf-8")
