"""The event page's view of a comparison: matrix groups, cell verdicts, labels, summaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitegen.engine.comparison import compare
from sitegen.engine.model import Comparison, Fact
from sitegen.site.loader import load_site
from sitegen.site.reader import cell_status, fact_label, matrix, summaries
from sitegen.site.templates import quoted
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def three() -> Comparison:
    site = load_site(ROOT)
    event = next(e for e in site.events if e.slug == "kestrel-bridge-ship-strike")
    return compare(event)


def test_every_fact_is_one_row_and_groups_run_conflicts_unique_partly_some_all(
    three: Comparison,
) -> None:
    groups = matrix(three)
    rows = [r.fact.id for g in groups for r in g.rows]
    assert sorted(rows) == sorted(f.id for f in three.facts)
    kinds = [g.kind for g in groups]
    order = ["conflict", "unique", "partly", "some", "all"]
    assert kinds == sorted(kinds, key=order.index)
    assert groups[-1].heading == "Reported by all 3 outlets"
    # With three outlets, facts two of them report have a group of their own.
    assert any(g.kind == "some" and " and " in g.heading for g in groups)


def test_cells_say_reported_partly_or_not_and_a_conflict_gives_versions(
    three: Comparison,
) -> None:
    ids = [s.id for s in three.sources]
    for group in matrix(three):
        for row in group.rows:
            fact = row.fact
            assert [c.source for c in row.cells] == ids
            for cell in row.cells:
                if fact.kind == "conflict":
                    assert cell.version == fact.versions.get(cell.source, "")
                elif cell.source not in fact.sources:
                    assert cell.status == "not reported"
            if group.kind == "unique":
                assert [c.status for c in row.cells].count("reported") == 1
            if group.kind == "partly":
                assert "partly" in [c.status for c in row.cells]


def test_two_outlets_are_both() -> None:
    site = load_site(ROOT)
    event = next(e for e in site.events if len(e.articles) == 2)
    groups = matrix(compare(event))
    assert groups[-1].heading == "Reported by both outlets"


def test_each_outlet_summary_adds_up(three: Comparison) -> None:
    groups = matrix(three)
    for s in summaries(three, groups):
        assert s.by_all + s.by_some + s.only == 100
        assert s.unique == len(three.unique_facts(s.id))
    assert sum(s.conflicts for s in summaries(three, groups)) >= 2  # 12 against 15 hurt


def detail(text: str) -> Fact:
    return Fact("detail-1", "detail", text, ("a",), f"... {text} ...", {"a": 0})


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("about 30 centimetres", "number"),
        ("$3.2 million", "number"),
        ("Brightwater Shipping of Hallam", "organisation"),
        ("told Coastal Broadcasting", "organisation"),
        ("at City Hall", "place"),
        ("Mr. Alvarez", "person"),
        ("Ellen Kruger", "person"),
        ("“We will rebuild this bridge stronger”", "quotation"),
        ("quickly and quietly", "claim"),
    ],
)
def test_facts_carry_a_small_kind_label(three: Comparison, text: str, label: str) -> None:
    assert fact_label(detail(text), three) == label


def test_a_quoted_sentence_is_not_quoted_twice() -> None:
    assert quoted("Crews worked overnight.") == "“Crews worked overnight.”"
    assert quoted("“Crews worked overnight,” she said.") == "“Crews worked overnight,” she said."
    assert quoted('"Crews worked," she said.') == '"Crews worked," she said.'


def test_cell_status_of_a_claim_follows_its_coverage(three: Comparison) -> None:
    for fact in three.facts:
        for src, support in fact.coverage.items():
            assert cell_status(fact, src) == support.verdict


def test_built_pages_do_not_double_an_opening_quote(tmp_path: Path) -> None:
    import shutil

    from sitegen.site.build import build

    shutil.copytree(ROOT / "content", tmp_path / "content")
    build(tmp_path)
    for page in (tmp_path / "output").glob("*/index.html"):
        html = page.read_text("utf-8")
        assert "““" not in html and "“&#34;" not in html and "“‘" not in html, page


def test_a_partly_reported_claim_says_which_clauses_are_left_out(three: Comparison) -> None:
    rows = [r for g in matrix(three) for r in g.rows if r.left_out]
    assert rows
    for row in rows:
        for src, clauses in row.left_out.items():
            assert row.fact.coverage[src].verdict == "partly"
            assert clauses and all(c in row.fact.context or c in row.fact.text for c in clauses)
    # The broadcaster has the free shuttle buses, not how often they run.
    shuttles = [r for r in rows if "free shuttle buses" in r.fact.text]
    assert shuttles and shuttles[0].left_out == {
        "coastal-broadcasting": ["running every 15 minutes from 6 a.m."]
    }
