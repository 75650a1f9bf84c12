"""The speed benchmark: its site generator keeps its promises, and the whole
benchmark runs end to end at a tiny size.  No timing is asserted: the figures
belong in the README, not in a test on a shared machine."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from benchmarks.furniture import run
from benchmarks.generate import MAX_WORDS, MIN_WORDS, generate_site
from benchmarks.quality import main as quality
from benchmarks.seeds import UNIQUE, listed, main
from sitegen.engine.comparison import compare
from sitegen.site.loader import load_site


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def articles(root: Path) -> list[Path]:
    return sorted(p for p in root.glob("content/*/*.md") if p.name != "index.md")


def body_words(path: Path) -> int:
    _, _, body = path.read_text(encoding="utf-8").split("---\n", 2)
    return len(re.sub(r"^## .*$", "", body, flags=re.M).split())


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("generated")
    generate_site(root, 40, seed=7)
    return root


def test_same_seed_same_tree_and_a_small_site_is_the_start_of_a_large_one(
    tmp_path: Path, site: Path
) -> None:
    generate_site(tmp_path / "again", 40, seed=7)
    assert tree(tmp_path / "again") == tree(site)
    generate_site(tmp_path / "small", 5, seed=7)
    small = tree(tmp_path / "small")
    assert small and all(site_bytes == tree(site)[rel] for rel, site_bytes in small.items())
    generate_site(tmp_path / "other", 5, seed=8)
    assert tree(tmp_path / "other") != small


def test_events_have_two_to_four_outlets_of_300_to_1500_words(site: Path) -> None:
    events = sorted(p for p in (site / "content").iterdir())
    assert len(events) == 40
    outlets = Counter(len([p for p in e.glob("*.md") if p.name != "index.md"]) for e in events)
    assert set(outlets) == {2, 3, 4}
    words = [body_words(p) for p in articles(site)]
    assert all(MIN_WORDS <= w <= MAX_WORDS for w in words), (min(words), max(words))
    assert max(words) - min(words) > 800  # the whole range, not one length


def test_front_matter_is_what_editors_write_and_sitegen_reads_it_cleanly(site: Path) -> None:
    for path in articles(site):
        meta = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n", 2)[1])
        assert set(meta) == {"source", "title", "url", "author", "published"}
        assert meta["url"].startswith("https://")
    loaded = load_site(site)
    assert not loaded.problems
    assert len(loaded.events) == 40


def test_vocabulary_varies_between_events(site: Path) -> None:
    # The same story a thousand times would let the engine coast.
    places = {p.name.split("-")[1] for p in (site / "content").iterdir()}
    assert len(places) > 25
    words = {w for p in articles(site) for w in re.findall(r"[A-Za-z]+", p.read_text())}
    assert len(words) > 600


def test_sitegen_finds_shared_and_unique_facts_in_a_generated_event(site: Path) -> None:
    event = min(load_site(site).events, key=lambda e: sum(len(a.body) for a in e.articles))
    facts = compare(event).facts
    assert any(len(f.sources) >= 2 and f.kind == "claim" for f in facts)
    assert any(f.unique for f in facts)


def test_the_benchmark_runs_end_to_end_and_writes_every_figure(tmp_path: Path) -> None:
    from benchmarks import speed  # its peers (Pelican) come with the test extra

    out = tmp_path / "speed.json"
    assert speed.main(["--events", "3", "--runs", "1", "--json", str(out)]) == 0
    data = json.loads(out.read_text())
    assert data["machine"]["cpus"] >= 1 and data["runs"] == 1
    (size,) = data["sizes"]
    assert size["events"] == 3 and size["articles"] >= 6
    tools = {"bare", "sitegen_cold", "sitegen_warm", "sitegen_edit", "pelican"}
    for figure in ("median_seconds", "ratio_to_bare", "max_rss_mb", "runs"):
        assert set(size[figure]) == tools, figure
    assert all(v > 0 for v in size["median_seconds"].values())
    assert size["ratio_to_bare"]["bare"] == 1
    assert all(v > 0 for v in size["max_rss_mb"].values())
    assert set(size["stages_seconds"]) == {"load", "compare", "render", "write"}
    assert all(v >= 0 for v in size["stages_seconds"].values())
    assert size["sitegen_output_mb"] > 0


def test_judged_facts_are_dumped_for_a_reader_and_scored_by_text(tmp_path: Path) -> None:
    """A reader's verdicts are found again by event, source, kind and text, and a fact
    no verdict covers is listed as unjudged rather than counted either way."""
    import csv
    import io
    import shutil

    from benchmarks import judged

    root = tmp_path / "events"
    shutil.copytree(Path(__file__).parent / "pairs" / "pelion-ferry-capsize", root / "ferry")
    sheet = tmp_path / "verdicts.tsv"
    rows = judged.dump(root, sheet)
    with sheet.open(newline="", encoding="utf-8") as handle:
        table = list(csv.DictReader(handle, delimiter="\t"))
    assert len(table) == rows >= 3
    table[0]["verdict"] = "reported"
    table[1]["verdict"] = "junk" if table[1]["kind"] == "detail" else "partly"
    for row in table[2:-1]:
        row["verdict"] = "unique"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, judged.COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)
    out = io.StringIO()
    total = judged.score(root, judged.read_verdicts([sheet]), out)
    assert total["reported"] == 1 and total["unjudged"] == 1
    assert total["junk"] + total["partly"] == 1
    assert f"unjudged: ferry\t{table[-1]['source']}" in out.getvalue()


def test_the_furniture_benchmark_counts_furniture_kept_and_text_lost(tmp_path: Path) -> None:
    body = (
        "The council voted on Monday to close the old swing bridge for a year of repairs.\n\n"
        "Traffic will be sent over the ring road, the council said in a statement.\n"
    )
    raw = tmp_path / "raw" / "bridge"
    clean = tmp_path / "clean" / "bridge"
    raw.mkdir(parents=True)
    clean.mkdir(parents=True)
    (clean / "courier.md").write_text(f"---\ntitle: Bridge\nsource: Courier\n---\n{body}")
    # A caption the importer cannot tell from a paragraph, and a lede it must keep.
    (raw / "courier.txt").write_text(
        "Bridge to close\n\nThe old swing bridge seen from the quay on a quiet winter morning.\n\n"
        + body
        + "\nShare this article\n"
    )
    total = run(tmp_path / "raw", tmp_path / "clean")
    assert total.articles == 1 and total.sentences == 2
    assert [f.split(": ", 1)[1] for f in total.furniture] == [
        "The old swing bridge seen from the quay on a quiet winter morning."
    ]
    assert total.lost == []
    (raw / "courier.txt").write_text("Bridge to close\n\n" + body.split("\n\n")[1])
    assert [s.split(": ", 1)[1] for s in run(tmp_path / "raw", tmp_path / "clean").lost] == [
        "The council voted on Monday to close the old swing bridge for a year of repairs."
    ]


def test_the_furniture_benchmark_reads_the_readers_dateline_as_no_sentence(tmp_path: Path) -> None:
    lede = "The council voted on Monday to close the old swing bridge for a year of repairs."
    rest = "Traffic will be sent over the ring road, the council said in a statement."
    raw = tmp_path / "raw" / "bridge"
    clean = tmp_path / "clean" / "bridge"
    raw.mkdir(parents=True)
    clean.mkdir(parents=True)
    # The reader kept the date and the agency before the lede; the importer cut the date.
    filed = "MONDAY, May 4, 2026 (Estuary Wire) -- "
    (clean / "courier.md").write_text(f"---\ntitle: Bridge\n---\n{filed}{lede}\n\n{rest}\n")
    (raw / "courier.txt").write_text(f"Bridge to close\n\n{filed}{lede}\n\n{rest}\n")
    total = run(tmp_path / "raw", tmp_path / "clean")
    assert total.sentences == 2 and total.lost == [] and total.furniture == []


def test_the_seed_benchmark_imports_the_pair_raw_and_scores_its_unique_facts(
    seeds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    facts = listed(seeds)
    assert {src for src, _, _ in facts} == set(UNIQUE)
    assert main([str(seeds)]) == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    found, total, false = map(
        int, re.findall(r"(\d+) of (\d+) unique facts.*?(\d+) false", line)[0]
    )
    # The bar for the raw seed pair: 90% found and at most one false fact.
    assert total == sum(len(keys) for keys in UNIQUE.values())
    assert found >= 0.9 * total and false <= 1


def test_quality_names_a_label_its_article_lacks_instead_of_failing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = tmp_path / "ashby-vale-cup-quarter-final"
    event.mkdir()
    source = Path(__file__).parent / "pairs" / event.name
    for path in source.iterdir():
        (event / path.name).write_bytes(path.read_bytes())
    labels = yaml.safe_load((event / "expected.yaml").read_text(encoding="utf-8"))
    labels.setdefault("unique", {}).setdefault("cup-wire", []).append("words the wire never wrote")
    (event / "expected.yaml").write_text(yaml.safe_dump(labels), encoding="utf-8")
    assert quality(["--pairs", str(tmp_path)]) == 2
    assert "'words the wire never wrote' is in 0 sentences of cup-wire" in capsys.readouterr().err


def test_shown_finds_a_labelled_fact_in_what_the_page_lists_as_its_sources_own(
    tmp_path: Path,
) -> None:
    """A label is shown through a unique claim of its source, not through a fact
    others report too; a needle the article lacks is named apart."""
    import io
    import shutil

    from benchmarks import shown
    from sitegen.engine.comparison import compare
    from sitegen.engine.model import Event
    from sitegen.site.loader import read_article

    root = tmp_path / "events"
    shutil.copytree(Path(__file__).parent / "pairs" / "pelion-ferry-capsize", root / "ferry")
    paths = sorted((root / "ferry").glob("*.md"))
    articles = tuple(a for p in paths if (a := read_article(p, root, [])) is not None)
    facts = compare(Event("ferry", "ferry", articles)).facts
    own = next(f for f in facts if f.unique and f.kind == "claim")
    source = own.sources[0]
    body = shown.normal(next(a.body for a in articles if a.id == source))
    reported = next(
        words
        for f in facts
        if f.kind == "claim" and source in f.sources and len(f.sources) > 1
        if shown.normal(words := " ".join(f.text.split()[:6])) in body
    )
    labels = tmp_path / "labels.tsv"
    labels.write_text(
        "event\tsource\tneedle\tnote\n"
        f"ferry\t{source}\t{' '.join(own.text.split()[:4])}\tits own\n"
        f"ferry\t{source}\t{reported}\treported\n"
        f"ferry\t{source}\tno outlet wrote this\tlost\n",
        encoding="utf-8",
    )
    out = io.StringIO()
    assert shown.score(root, shown.read_labels([labels]), out) == (3, 1, 1)
    assert f"not in the article: ferry\t{source}\tno outlet wrote this" in out.getvalue()
