"""What comparing one event costs, stage by stage.

    python benchmarks/compare.py [EVENTS]        (default: 200)

Generates a site with benchmarks/reload.py's generator (two or three articles of
about 300 words per event), loads it, then runs the engine on every event the way
:func:`sitegen.engine.comparison.compare` does, timing each stage.  Each run
starts with the tokenizer's caches empty; the best of five runs is printed, in
milliseconds per event.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

# Run as a script: the checkout's sitegen, and the site generator beside this file.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from reload import generate_site

from sitegen.engine import numbers, text, words
from sitegen.engine.align import align
from sitegen.engine.comparison import year_of
from sitegen.engine.coverage import cover
from sitegen.engine.diff import diff_links
from sitegen.engine.facts import find_facts
from sitegen.engine.model import Event
from sitegen.engine.quotes import find_quotes
from sitegen.engine.segment import segment
from sitegen.engine.similarity import Similarities, profiles
from sitegen.engine.units import units_of
from sitegen.site.loader import load_site

STAGES = ("segment", "align", "diff", "coverage", "facts", "quotes")


def run(events: list[Event]) -> dict[str, float]:
    for cached in (text._tokenize, words.word_key, words.stem, numbers.number_value):
        cached.cache_clear()
    spent = dict.fromkeys(STAGES, 0.0)

    def timed(stage: str, started: float) -> float:
        now = time.perf_counter()
        spent[stage] += now - started
        return now

    for event in events:
        t = time.perf_counter()
        docs = {a.id: segment(a.body, year_of(a.published)) for a in event.articles}
        t = timed("segment", t)
        weights = profiles(docs)
        similarities = Similarities(weights)
        alignment = align(docs, weights, similarities)
        t = timed("align", t)
        alignment = replace(alignment, links=diff_links(alignment.links, docs))
        t = timed("diff", t)
        units = units_of(docs)
        coverage = cover(docs, alignment, units, weights, similarities)
        t = timed("coverage", t)
        find_facts(docs, alignment, coverage, units)
        t = timed("facts", t)
        find_quotes(docs)
        timed("quotes", t)
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description="Time each stage of comparing one event.")
    parser.add_argument(
        "events", nargs="?", type=int, default=200, help="events to generate (default: 200)"
    )
    count = parser.parse_args().events
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        generate_site(site, count)
        events = list(load_site(site).events)
    runs = [run(events) for _ in range(5)]
    best = min(runs, key=lambda r: sum(r.values()))
    total = sum(best.values())
    print(f"{len(events)} events: {total / len(events) * 1000:.1f} ms per event")
    for stage in STAGES:
        share = best[stage] / total
        print(f"  {stage:9} {best[stage] / len(events) * 1000:6.2f} ms  {share:5.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
