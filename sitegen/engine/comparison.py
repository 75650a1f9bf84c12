"""Compare the articles of one event, and the comparison as published JSON.

:func:`compare` runs the whole engine behind one call; it reads no file and is
the unit a process pool runs per event::

    segment -> similarity -> align -> diff -> coverage -> facts (+ conflicts, quotes)

:func:`to_json` gives the machine-readable form published as
``comparison.json``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .align import align
from .coverage import cover
from .diff import diff_links
from .facts import find_facts
from .model import Comparison, Event, SourceInfo
from .quotes import find_quotes
from .segment import segment
from .similarity import Similarities, profiles
from .spellings import fold_acronyms, fold_spellings
from .units import units_of
from .wording import Choice, word_choices

SCHEMA_VERSION = 1


def compare(event: Event) -> Comparison:
    """Compare every article of ``event`` with every other."""
    story = story_year(event)
    documents = fold_acronyms(
        fold_spellings(
            {
                a.id: segment(a.body, year_of(a.published) or story, a.published)
                for a in event.articles
            }
        )
    )
    weights = profiles(documents)
    similarities = Similarities(weights)
    alignment = align(documents, weights, similarities)
    alignment = replace(alignment, links=diff_links(alignment.links, documents))
    units = units_of(documents)
    coverage = cover(documents, alignment, units, weights, similarities)
    facts = find_facts(
        documents,
        alignment,
        coverage,
        units,
        {a.id: a.title for a in event.articles},
        {a.id: a.source for a in event.articles},
    )
    quotes = find_quotes(documents)
    sources = tuple(
        SourceInfo(a.id, a.source, a.title, a.url, a.author, a.published, documents[a.id].words)
        for a in event.articles
    )
    return Comparison(
        event, sources, documents, alignment.links, tuple(facts), tuple(quotes), units
    )


def year_of(published: str | None) -> int | None:
    """The year an article was published, from its ISO date; None when not given."""
    found = re.match(r"(\d{4})-", published or "")
    return int(found.group(1)) if found else None


def story_year(event: Event) -> int | None:
    """The year of the story, for an article that gives no date of its own.

    Outlets report one event within days of each other: the year most of the
    dated articles (or the event itself) give is the undated ones' year too,
    so "the biggest strike in 30 years" still reaches back to a year.
    """
    years = [y for a in event.articles if (y := year_of(a.published))]
    if not years:
        return year_of(event.date)
    return max(set(years), key=lambda y: (years.count(y), y))


def to_json(comparison: Comparison, choices: Sequence[Choice] | None = None) -> dict[str, Any]:
    """The comparison as published in ``comparison.json`` (schema 1, see the README).

    ``choices`` are its :func:`~.wording.word_choices`, when worked out already.
    """
    event = comparison.event
    if choices is None:
        choices = word_choices(comparison.links, comparison.documents)
    return {
        "schema": SCHEMA_VERSION,
        "event": {
            "slug": event.slug,
            "title": event.title,
            "date": event.date,
            "summary": event.summary,
            "tags": list(event.tags),
        },
        "sources": [
            {
                "id": s.id,
                "name": s.name,
                "title": s.title,
                "url": s.url,
                "author": s.author,
                "published": s.published,
                "words": s.words,
            }
            for s in comparison.sources
        ],
        "sentences": {src: list(doc.sentences) for src, doc in comparison.documents.items()},
        "matches": [
            {
                "sentences": {
                    link.left_source: i,
                    link.right_source: j,
                },
                "kind": link.kind,
                "score": link.score,
                "wording": link.wording,
                "group": n,
                "secondary": link.secondary,
                "diff": [list(op) for op in link.diff.ops] if link.diff else [],
            }
            for n, link in enumerate(comparison.links)
            for i in link.left
            for j in link.right
        ],
        "facts": [
            {
                "id": f.id,
                "kind": f.kind,
                "text": f.text,
                "sources": list(f.sources),
                "context": f.context,
                "sentence": f.sentence,
                "position": f.position,
                **(
                    {"sentences": {k: list(v) for k, v in f.sentences.items()}}
                    if f.sentences
                    else {}
                ),
                **({"versions": f.versions} if f.versions else {}),
                **(
                    {
                        "coverage": {
                            src: {
                                "verdict": c.verdict,
                                "sentences": list(c.sentences),
                                "score": c.score,
                                "units": list(c.units),
                            }
                            for src, c in f.coverage.items()
                        },
                        # The units of the claim's own sentence, which the coverage
                        # flags above are given for.
                        "units": [
                            u.text
                            for u in comparison.units[next(iter(f.sentences))][
                                next(iter(f.sentences.values()))[0]
                            ]
                        ],
                    }
                    if f.coverage
                    else {}
                ),
                **(
                    {
                        "closest": {
                            src: {"sentence": c.sentence, "text": c.text, "score": c.score}
                            for src, c in f.closest.items()
                        }
                    }
                    if f.closest
                    else {}
                ),
            }
            for f in comparison.facts
        ],
        "quotes": [
            {
                "id": q.id,
                "speaker": q.speaker,
                "text": q.text,
                "sources": {
                    src: {
                        "text": c.text,
                        "sentence": c.sentence,
                        "exact": c.exact,
                        **({"diff": [list(op) for op in c.diff]} if c.diff else {}),
                    }
                    for src, c in q.carriers.items()
                },
            }
            for q in comparison.quotes
        ],
        "wording": [
            {
                "kind": w.kind,
                "sources": {w.left_source: w.left, w.right_source: w.right},
                "sentences": [{w.left_source: i, w.right_source: j} for i, j in w.places],
            }
            for w in choices
        ],
    }
