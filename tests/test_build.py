"""End-to-end: `sitegen build` on the example site and on sites made in a temporary folder."""

from __future__ import annotations

import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest

from sitegen.site import build as build_module
from sitegen.site import stream as stream_module
from sitegen.site.build import build
from sitegen.site.model import BuildError
from sitegen.site.render import leads
from tests.conftest import ROOT, article, run_cli, tree, write
from tests.schema import COMPARISON_SCHEMA


class Page(HTMLParser):
    """Collects what the checks below need from a built page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.links: list[str] = []
        self.sentence_ids: list[str] = []
        self.in_compare = False
        self.compare_ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.append(a["id"] or "")
        for key in ("href", "src"):
            if a.get(key):
                self.links.append(a[key] or "")
        if tag == "table" and "side-by-side" in (a.get("class") or ""):
            self.in_compare = True
        if self.in_compare and tag == "p" and (a.get("id") or "").startswith("s-"):
            self.compare_ids.append(a["id"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self.in_compare = False


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def two_source_site(root: Path) -> Path:
    write(
        root / "content/quay-fire/wire.md",
        article(
            "Harbour Wire",
            "Fire at the quay",
            """
            A fire broke out in a warehouse on the quay on Monday night.
            Firefighters brought it under control by midnight.

            Nobody was hurt, the fire service said.
            """,
            published="2026-04-02T08:00:00Z",
            url="https://example.com/fire",
        ),
    )
    write(
        root / "content/quay-fire/daily.md",
        article(
            "The Daily Tide",
            "Warehouse fire on the quay",
            """
            A fire broke out in a warehouse on the quay on Monday night, owned by Dalton Freight.
            Firefighters brought it under control by midnight.

            The mayor visited the site on Tuesday.
            """,
            published="2026-04-02T10:00:00Z",
        ),
    )
    return root


def test_example_site_builds_from_the_command_line(example_site: Path) -> None:
    result = run_cli("build", "--site", str(example_site), cwd=example_site)
    assert result.returncode == 0, result.stderr
    assert re.search(r"Built \d+ events \(\d+ sources, \d+ facts", result.stdout)
    out = example_site / "output"
    events = sorted(p.name for p in (example_site / "content").iterdir() if p.is_dir())
    assert len(events) >= 3
    for slug in events:
        assert (out / slug / "index.html").is_file()
        assert (out / slug / "comparison.json").is_file()
    assert (out / "index.html").is_file()
    assert (out / "assets/style.css").is_file()


def test_every_json_validates_and_every_sentence_shows_once(example_site: Path) -> None:
    build(example_site)
    out = example_site / "output"
    for path in sorted(out.glob("*/comparison.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        jsonschema.validate(data, COMPARISON_SCHEMA)
        ids = [s["id"] for s in data["sources"]]
        assert set(data["sentences"]) == set(ids)
        for fact in data["facts"]:
            for src, index in fact["sentence"].items():
                assert src in fact["sources"]
                assert 0 <= index < len(data["sentences"][src])
        for match in data["matches"]:
            for src, index in match["sentences"].items():
                assert 0 <= index < len(data["sentences"][src])
        pages = sorted(path.parent.glob("*.html"))
        # Each page shows two sources side by side; every pair of sources has a page.
        assert len(pages) == len(ids) * (len(ids) - 1) // 2
        seen_sources: set[str] = set()
        for page_path in pages:
            page = parse(page_path)
            shown = {i.split("-", 1)[1].rsplit("-", 1)[0] for i in page.compare_ids}
            assert len(shown) == 2, page_path
            seen_sources |= shown
            for src in shown:
                expected = [f"s-{src}-{n}" for n in range(len(data["sentences"][src]))]
                got = [i for i in page.compare_ids if i.rsplit("-", 1)[0] == f"s-{src}"]
                assert sorted(got) == sorted(expected), f"{page_path}: {src}"
                assert len(got) == len(set(got)), f"{page_path}: a sentence shows twice"
        assert seen_sources == set(ids)


def test_links_are_relative_and_resolve(example_site: Path) -> None:
    build(example_site)
    out = example_site / "output"
    for page_path in out.rglob("*.html"):
        page = parse(page_path)
        for link in page.links:
            if link.startswith(("http://", "https://")):
                continue  # links to the original articles
            assert not link.startswith("/"), f"{page_path}: absolute link {link}"
            target, _, anchor = link.partition("#")
            file = (page_path.parent / target).resolve() if target else page_path
            assert file.is_file(), f"{page_path}: broken link {link}"
            if anchor:
                assert anchor in parse(file).ids, f"{page_path}: no #{anchor} in {file}"


def test_index_lists_events_newest_first_with_unique_fact_counts(example_site: Path) -> None:
    result = build(example_site)
    html = (example_site / "output/index.html").read_text(encoding="utf-8")
    by_date = sorted(result.comparisons, key=lambda c: c.event.date or "", reverse=True)
    positions = [html.index(f'href="{c.event.slug}/index.html"') for c in by_date]
    assert positions == sorted(positions)
    for c in result.comparisons:
        for s in c.sources:
            assert s.name in html
    first = by_date[0]
    counts = re.findall(r"<th scope=\"row\">(.*?)</th><td>(\d+)</td>", html)
    expected = {s.name: str(len(first.unique_facts(s.id))) for s in first.sources}
    assert all(counts[n] == (name, expected[name]) for n, name in enumerate(expected))


def test_builds_are_deterministic(example_site: Path, tmp_path: Path) -> None:
    # Set and dict order hang on the hash seed, which is fixed for the life of a
    # process: only builds under two different seeds can show a dependence on it.
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = tmp_path / f"seed-{seed}"
        result = run_cli(
            "build", "--site", str(example_site), "--output", str(out), cwd=ROOT, env=env
        )
        assert result.returncode == 0, result.stderr
    one, two = tree(tmp_path / "seed-1"), tree(tmp_path / "seed-2")
    assert one.keys() == two.keys()
    assert [k for k in one if one[k] != two[k]] == []


def test_bad_front_matter_reports_path_and_line_and_keeps_output(tmp_path: Path) -> None:
    site = two_source_site(tmp_path)
    assert run_cli("build", cwd=site).returncode == 0
    before = (site / "output/quay-fire/index.html").read_bytes()
    (site / "content/quay-fire/daily.md").write_text(
        "---\nsource: The Daily Tide\ntitle: [unclosed\n---\n\nText.\n", encoding="utf-8"
    )
    write(site / "content/quay-fire/third.md", "---\ntitle: No outlet\n---\n\nText here.\n")
    result = run_cli("build", cwd=site)
    assert result.returncode == 1
    assert re.search(r"content/quay-fire/daily\.md:[34]: error: bad YAML", result.stderr)
    assert "content/quay-fire/third.md:1: error: front matter needs 'source'" in result.stderr
    assert "Traceback" not in result.stderr
    assert (site / "output/quay-fire/index.html").read_bytes() == before


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        # a syntax error, found when the template is read
        ("<h1>{{ config.title }</h1>\n", r"templates/index\.html:1: error: template error"),
        # an undefined name, found when the page is rendered
        (
            "<h1>{{ config.title }}</h1>\n<p>{{ nowhere }}</p>\n",
            r"templates/index\.html:2: error: template error: .*nowhere",
        ),
    ],
)
def test_a_template_error_names_the_template_line(
    tmp_path: Path, template: str, expected: str
) -> None:
    site = two_source_site(tmp_path)
    write(site / "templates/index.html", template)
    result = run_cli("build", cwd=site)
    assert result.returncode == 1
    assert re.search(expected, result.stderr)
    assert not (site / "output").exists()


def test_a_bug_in_sitegen_is_not_blamed_on_a_template(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> dict[str, bytes]:
        raise KeyError("a bug in the renderer")

    site = two_source_site(tmp_path)
    monkeypatch.setattr(build_module, "render_event", broken)
    monkeypatch.setattr(stream_module, "render_event", broken)  # sitegen build's renderer
    with pytest.raises(KeyError):
        build(site)
    assert not (site / "output").exists()


def test_site_templates_override_the_packaged_ones(tmp_path: Path) -> None:
    site = two_source_site(tmp_path)
    write(
        site / "templates/index.html",
        '{% extends "base.html" %}{% block main %}<p id="custom">'
        "{{ comparisons | length }} events</p>{% endblock %}",
    )
    build(site)
    html = (site / "output/index.html").read_text(encoding="utf-8")
    assert '<p id="custom">1 events</p>' in html
    assert (site / "output/quay-fire/index.html").is_file()  # packaged event.html still used


def test_single_article_event_builds_with_a_warning(tmp_path: Path) -> None:
    site = two_source_site(tmp_path)
    write(site / "content/lone/only.md", article("Solo News", "Alone", "One sentence here."))
    (site / "content/empty").mkdir()
    result = run_cli("build", cwd=site)
    assert result.returncode == 0, result.stderr
    assert "content/lone: warning: only one article" in result.stderr
    assert "content/empty: warning: no article" in result.stderr
    page = (site / "output/lone/index.html").read_text(encoding="utf-8")
    assert "awaits a second source" in page
    assert "One sentence here." in page
    assert not (site / "output/empty").exists()


def test_event_index_md_sets_title_date_and_note(tmp_path: Path) -> None:
    site = two_source_site(tmp_path)
    write(
        site / "content/quay-fire/index.md",
        """
        ---
        title: The quay fire
        date: 2026-04-03
        summary: Two outlets on one warehouse fire.
        tags: [fire, port]
        ---

        An *editor's* note with <script>alert(1)</script> raw HTML.
        """,
    )
    result = build(site)
    data = json.loads((site / "output/quay-fire/comparison.json").read_text(encoding="utf-8"))
    assert data["event"]["title"] == "The quay fire"
    assert data["event"]["date"] == "2026-04-03"
    page = (site / "output/quay-fire/index.html").read_text(encoding="utf-8")
    assert "<em>editor's</em>" in page or "<em>editor’s</em>" in page
    assert "<script>alert(1)</script>" not in page  # raw HTML in Markdown stays text
    assert result.events == 1


def test_without_index_md_title_and_date_come_from_the_articles(tmp_path: Path) -> None:
    site = two_source_site(tmp_path)
    build(site)
    data = json.loads((site / "output/quay-fire/comparison.json").read_text(encoding="utf-8"))
    assert data["event"]["date"] == "2026-04-02"
    assert data["event"]["title"] in {"Fire at the quay", "Warehouse fire on the quay"}


def test_untrusted_text_is_escaped(tmp_path: Path) -> None:
    site = two_source_site(tmp_path)
    write(
        site / "content/quay-fire/wire.md",
        article(
            "Harbour <b>Wire</b>",
            "<img src=x onerror=alert(1)>",
            "A fire broke out on the quay <script>alert(2)</script> on Monday.",
        ),
    )
    build(site)
    for page in (site / "output").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert "<b>Wire</b>" not in html


def test_javascript_urls_are_refused(tmp_path: Path) -> None:
    site = two_source_site(tmp_path)
    write(
        site / "content/quay-fire/wire.md",
        article("Harbour Wire", "Fire", "A fire broke out.", url="javascript:alert(1)"),
    )
    with pytest.raises(BuildError) as info:
        build(site)
    assert any("url must start with http" in p.message for p in info.value.problems)


def test_output_folder_not_made_by_sitegen_is_never_replaced(tmp_path: Path) -> None:
    site = two_source_site(tmp_path)
    write(site / "output/notes.txt", "my own notes")
    with pytest.raises(BuildError):
        build(site)
    assert (site / "output/notes.txt").read_text() == "my own notes"


def test_config_sets_title_and_output_folder(tmp_path: Path) -> None:
    site = two_source_site(tmp_path)
    write(site / "sitegen.toml", 'title = "Harbour watch"\noutput = "public"\n')
    result = run_cli("build", cwd=site)
    assert result.returncode == 0, result.stderr
    assert "Harbour watch" in (site / "public/index.html").read_text(encoding="utf-8")
    assert not (site / "output").exists()


@pytest.mark.parametrize("output", [".", "content", "..", "content/x"])
def test_config_refuses_an_output_that_would_overwrite_the_site(
    tmp_path: Path, output: str
) -> None:
    site = two_source_site(tmp_path / "s")
    write(site / "sitegen.toml", f'output = "{output}"\n')
    result = run_cli("build", cwd=site)
    assert result.returncode == 1
    assert "sitegen.toml:1: error: output" in result.stderr
    assert (site / "content/quay-fire/wire.md").is_file()


def test_help_explains_the_commands() -> None:
    result = run_cli("build", "--help", cwd=ROOT)
    assert result.returncode == 0
    assert "--site" in result.stdout and "path:line" in result.stdout


def test_event_pages_say_what_each_source_leads_with(tmp_path: Path) -> None:
    site = two_source_site(tmp_path)
    result = build(site)
    found = leads(result.comparisons[0])
    assert set(found) == {"wire", "daily"}
    for src, items in found.items():
        assert [lead.index for lead in items] == [0, 1]
        for lead in items:
            assert lead.text == result.comparisons[0].documents[src].sentences[lead.index]
    # The fire itself opens both stories; the daily's owner detail is its own.
    assert ("daily", "lede") in found["wire"][0].elsewhere
    page = (site / "output/quay-fire/index.html").read_text(encoding="utf-8")
    assert "What each outlet leads with" in page
