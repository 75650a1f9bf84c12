"""The two real seed articles: one event, two outlets, shared wire copy.

The Evening Standard file is an aggregator's page; its cruft is cut here by
line number (cleaning raw pages is `sitegen import`'s job).  The second file
is used whole, headline aside.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitegen.site.build import build
from tests.conftest import article, write

STANDARD = "000_614fa368e1abd528.txt"
SECOND = "004_ad595ad3e32efb30.txt"


@pytest.fixture
def seed_comparison(seeds: Path, tmp_path: Path) -> dict:
    es = (seeds / STANDARD).read_text(encoding="utf-8").splitlines()
    other = (seeds / SECOND).read_text(encoding="utf-8").splitlines()
    event = tmp_path / "content/russia-us-involvement"
    write(
        event / "evening-standard.md",
        article(
            "Evening Standard",
            es[9],
            "\n".join(es[15:40]),
            author=es[7],
            published="2022-08-02",
        ),
    )
    write(
        event / "second-outlet.md",
        article("Second Outlet", other[0], "\n\n".join(other[1:]), published="2022-08-02"),
    )
    build(tmp_path)
    return json.loads((tmp_path / "output/russia-us-involvement/comparison.json").read_text())


def unique_to(data: dict, source: str) -> list[dict]:
    return [f for f in data["facts"] if f["sources"] == [source] and f["kind"] != "conflict"]


def mentions(facts: list[dict], *words: str) -> list[dict]:
    return [f for f in facts if all(w.lower() in f["text"].lower() for w in words)]


def test_details_the_second_outlet_adds_are_unique_to_it(seed_comparison: dict) -> None:
    mine = unique_to(seed_comparison, "second-outlet")
    himars = mentions(mine, "HIMARS")
    telegraph = mentions(mine, "Telegraph")
    assert himars and telegraph
    # Both are added to a sentence the two outlets share, so they are details in context.
    for fact in himars + telegraph:
        assert fact["kind"] == "detail"
        assert "Skibitsky" in fact["context"]
    assert not mentions(unique_to(seed_comparison, "evening-standard"), "HIMARS")


def test_claims_only_the_evening_standard_makes_are_unique_to_it(seed_comparison: dict) -> None:
    mine = unique_to(seed_comparison, "evening-standard")
    assert mentions(mine, "grain", "Istanbul")
    assert mentions(mine, "United Nations", "famine")
    assert all(f["kind"] == "claim" for f in mentions(mine, "grain", "Istanbul"))


def test_shared_quotations_match_despite_spelling_variants(seed_comparison: dict) -> None:
    data = seed_comparison
    for opening in ("All this undeniably proves", "It is the Biden administration"):
        es = [n for n, s in enumerate(data["sentences"]["evening-standard"]) if opening in s]
        so = [n for n, s in enumerate(data["sentences"]["second-outlet"]) if opening in s]
        assert len(es) == 1 and len(so) == 1
        matched = [
            m
            for m in data["matches"]
            if m["sentences"] == {"evening-standard": es[0], "second-outlet": so[0]}
        ]
        assert matched, opening
        for fact in data["facts"]:
            if opening in fact["text"]:
                assert sorted(fact["sources"]) == ["evening-standard", "second-outlet"]
    # Kiev/Kyiv and Donbass/Donbas are the same words: no fact comes of them.
    for fact in data["facts"]:
        if fact["kind"] == "detail":
            assert fact["text"].lower() not in {"kiev", "kyiv", "donbass", "donbas"}
    kiev_quote = next(
        m for m in data["matches"] if "Kiev-approved" in " ".join(op[1] for op in m["diff"])
    )
    assert all(op[0] == "=" for op in kiev_quote["diff"])
