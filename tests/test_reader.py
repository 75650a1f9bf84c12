"""What a reader gets: the event pages and the site around them, in headless Chromium.

Screenshots of every page at 1280 and 390 px go to ``output-screenshots/`` at the
repository root (git-ignored; ``SITEGEN_SCREENSHOTS`` moves it) for people to look at.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from sitegen.site.build import build
from tests.conftest import ROOT, SEEDS, article, need, run_cli, write

THREE = "kestrel-bridge-ship-strike"
SHOTS = Path(os.environ.get("SITEGEN_SCREENSHOTS", ROOT / "output-screenshots"))
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example site plus the two raw seed articles imported as a user would."""
    root = tmp_path_factory.mktemp("reader")
    shutil.copytree(ROOT / "content", root / "content")
    need(SEEDS.is_dir(), f"the seed articles are not at {SEEDS}")
    seeds = (("000_614fa368e1abd528.txt", "Evening Standard"), ("004_ad595ad3e32efb30.txt", "Wire"))
    for name, outlet in seeds:
        result = run_cli(
            "import", str(SEEDS / name), "--event", "seed-pair", "--source", outlet,
            "--published", "2022-08-02", "--site", str(root), cwd=root,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
    # An event with one article so far: its page must read as well as the others.
    write(root / "content/lone-report/only.md", article("Solo News", "Alone", "One sentence."))
    write(root / "static/CNAME", "news.example.org\n")
    write(root / "static/.nojekyll", "")
    build(root)
    return root


@pytest.fixture(scope="module")
def out(site: Path) -> Path:
    return site / "output"


def event_pages(out: Path) -> list[Path]:
    return sorted(out.glob("*/index.html"))


def compared_pages(out: Path) -> list[Path]:
    """Event pages with at least two outlets to compare."""
    return [p for p in event_pages(out) if len(comparison(out, p.parent.name)["sources"]) > 1]


def all_pages(out: Path) -> list[Path]:
    return [out / "index.html", out / "404.html", *sorted(out.glob("*/*.html"))]


def comparison(out: Path, slug: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / slug / "comparison.json").read_text("utf-8"))
    return data


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    p = browser.new_page(viewport={"width": 1280, "height": 900})
    yield p
    p.close()


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations(browser: Any, out: Path, scheme: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    page = browser.new_page(color_scheme=scheme)
    try:
        for path in all_pages(out):
            page.goto(path.as_uri())
            page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
            result = axe.run(page)
            found = [(v["id"], v["nodes"][0]["target"]) for v in result.response["violations"]]
            assert not found, f"{path.relative_to(out)} ({scheme}): {found}"
    finally:
        page.close()


WIDEST = """() => {
  const width = document.documentElement.clientWidth;
  const wide = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width && r.right > width + 1) wide.push(el.tagName + '.' + el.className);
  }
  return {scroll: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5)};
}"""


@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 390])
def test_nothing_is_wider_than_the_screen(browser: Any, out: Path, width: int) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900})
    SHOTS.mkdir(parents=True, exist_ok=True)
    try:
        for path in all_pages(out):
            page.goto(path.as_uri())
            found = page.evaluate(WIDEST)
            name = path.relative_to(out).as_posix().replace("/", "--")
            page.screenshot(path=str(SHOTS / f"{width}-{name}.png"), full_page=True)
            assert found["scroll"] <= found["width"], f"{name} at {width}px: {found}"
            assert not found["wide"], f"{name} at {width}px: {found}"
    finally:
        page.close()


@pytest.mark.browser
def test_stacked_rows_name_their_outlet_on_a_phone(browser: Any, out: Path) -> None:
    page = browser.new_page(viewport={"width": 390, "height": 900}, is_mobile=True, has_touch=True)
    try:
        page.goto((out / THREE / "index.html").as_uri())
        cell = page.locator(".side-by-side tr.row td").first
        assert cell.locator(".who").is_visible()
        assert cell.locator(".who").inner_text() == "Northern Wire"
        assert page.locator(".matrix td.cell .who").first.is_visible()
        assert not page.locator(".keys").is_visible()  # no "press n and p" on a phone
    finally:
        page.close()


@pytest.mark.browser
def test_the_first_unique_fact_is_near_the_top(browser: Any, out: Path) -> None:
    for width, limit in ((1280, 1000), (390, 2000)):
        page = browser.new_page(viewport={"width": width, "height": 900})
        try:
            for path in compared_pages(out):
                page.goto(path.as_uri())
                top = page.evaluate(
                    "document.querySelector('.matrix tbody.unique tr.fact')"
                    ".getBoundingClientRect().top + scrollY"
                )
                assert top < limit, f"{path.parent.name} at {width}px: {top}"
        finally:
            page.close()


@pytest.mark.browser
def test_clicking_a_fact_lands_on_and_highlights_its_sentence(page: Any, out: Path) -> None:
    page.goto((out / THREE / "index.html").as_uri())
    for outlet in ("northern-wire", "coastal-broadcasting"):  # on this page, and on a pair page
        page.goto((out / THREE / "index.html").as_uri())
        link = page.locator(f'.matrix td.what > a.goto[href*="#s-{outlet}-"]').first
        href = link.get_attribute("href")
        link.click()
        anchor = href.split("#", 1)[1]
        page.wait_for_function(f"location.hash === '#{anchor}'", timeout=5000)
        target = page.locator(f"#{anchor}")
        assert target.is_visible()
        box = target.bounding_box()
        assert box and 0 <= box["y"] < 900, f"{anchor} is not on screen"
        outline = target.evaluate("e => getComputedStyle(e).outlineStyle")
        assert outline == "solid", f"{anchor} is not highlighted"


@pytest.mark.browser
def test_the_picker_shows_the_chosen_pair(page: Any, out: Path) -> None:
    page.goto((out / THREE / "index.html").as_uri())
    page.locator(".pairs a", has_text="The Harbour Gazette · Coastal Broadcasting").click()
    page.wait_for_url(re.compile(r"harbour-gazette-vs-coastal-broadcasting\.html#compare$"))
    heading = page.locator("#compare-h").inner_text()
    assert heading == "Side by side: The Harbour Gazette and Coastal Broadcasting"
    headers = page.locator(".side-by-side thead th").all_inner_texts()
    assert headers == ["The Harbour Gazette", "Coastal Broadcasting"]
    current = page.locator('.pairs a[aria-current="page"]').inner_text()
    assert current == "The Harbour Gazette · Coastal Broadcasting"
    # The pair page carries the comparison, not the summaries again.
    assert page.locator(".matrix").count() == 0
    assert page.locator("#compare").bounding_box()["y"] < 900


@pytest.mark.browser
def test_n_p_and_the_differences_toggle(page: Any, out: Path) -> None:
    page.goto((out / THREE / "index.html").as_uri())
    focused = (
        "Array.from(document.querySelectorAll('tr[data-diff]')).indexOf(document.activeElement)"
    )
    page.keyboard.press("n")
    page.keyboard.press("n")
    assert page.evaluate(focused) == 1
    page.keyboard.press("p")
    assert page.evaluate(focused) == 0
    same = page.locator(".side-by-side tr.row.same")
    assert same.count() > 0 and same.first.is_visible()
    page.get_by_label("Show differences only").check()
    assert all(not row.is_visible() for row in same.all())
    assert page.locator("tr[data-diff]").first.is_visible()
    page.get_by_label("Show differences only").uncheck()
    assert same.first.is_visible()


@pytest.mark.browser
def test_outlet_headers_stay_in_view_while_reading_side_by_side(page: Any, out: Path) -> None:
    page.goto((out / THREE / "index.html").as_uri())
    rows = page.locator(".side-by-side tbody tr")
    rows.nth(rows.count() // 2).scroll_into_view_if_needed()
    header = page.locator(".side-by-side thead th").first.bounding_box()
    table = page.locator(".side-by-side").bounding_box()
    assert table and table["y"] < 0, "the table's top should have scrolled away"
    assert header and abs(header["y"]) < 1, f"the header is at {header}"


@pytest.mark.browser
def test_on_paper_the_facts_and_comparison_print_without_the_controls(page: Any, out: Path) -> None:
    page.goto((out / THREE / "index.html").as_uri())
    page.emulate_media(media="print")
    for shown in (".matrix", ".side-by-side", ".outlets"):
        assert page.locator(shown).first.is_visible(), shown
    for hidden in (".toc", ".pairs", ".toggle", "header.site"):
        assert not page.locator(hidden).first.is_visible(), hidden


@pytest.mark.browser
def test_the_matrix_filters_by_outlet(page: Any, out: Path) -> None:
    page.goto((out / THREE / "index.html").as_uri())
    rows = page.locator(".matrix tr.fact")
    total = rows.count()
    page.select_option("#matrix-filter", "lacks:coastal-broadcasting")
    shown = [r for r in rows.all() if r.is_visible()]
    assert 0 < len(shown) < total
    for row in shown:
        verdict = row.locator("td.cell").nth(2).inner_text()
        assert "not reported" in verdict
    assert page.locator(".filter-status").inner_text() == f"{len(shown)} of {total} facts"
    page.select_option("#matrix-filter", "")
    assert all(r.is_visible() for r in rows.all())


@pytest.mark.browser
def test_without_javascript_every_sentence_and_fact_is_on_the_page(browser: Any, out: Path) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        visible = "ps => ps.filter(p => p.offsetParent).map(p => p.id)"
        for path in event_pages(out):
            data = comparison(out, path.parent.name)
            page.goto(path.as_uri())
            shown: set[str] = set()
            if len(data["sources"]) == 1:  # the article as it is, nothing to compare
                shown |= set(page.eval_on_selector_all(".article p[id]", visible))
            for fact in data["facts"] if len(data["sources"]) > 1 else ():
                assert page.locator(f"#{fact['id']}").is_visible(), fact["id"]
            for pair in sorted(path.parent.glob("*.html")):
                page.goto(pair.as_uri())
                shown |= set(page.eval_on_selector_all(".side-by-side p.sentence", visible))
            sentences = data["sentences"].items()
            expected = {f"s-{src}-{n}" for src, ss in sentences for n in range(len(ss))}
            assert shown == expected, path.parent.name
    finally:
        context.close()


def test_every_fact_of_the_three_outlet_event_is_on_its_page(out: Path) -> None:
    data = comparison(out, THREE)
    assert len(data["sources"]) == 3
    html = (out / THREE / "index.html").read_text("utf-8")
    for fact in data["facts"]:
        row = re.search(rf'<tr class="fact [a-z]+" id="{fact["id"]}"(.*?)</tr>', html, re.S)
        assert row, fact["id"]
        shown = fact["context"] if fact["kind"] == "conflict" else fact["text"]
        assert _escape(shown) in row.group(1), fact["id"]
        for src in data["sources"]:
            assert src["name"] in row.group(1) or src["id"] not in fact["sources"]


def _escape(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))


@pytest.mark.browser
def test_search_finds_an_event_by_a_fact(page: Any, out: Path) -> None:
    page.goto((out / "index.html").as_uri())
    page.get_by_label("Search events, outlets and facts").fill("Brightwater Shipping")
    results = page.locator("#search-results a")
    results.first.wait_for(timeout=5000)
    hrefs = [a.get_attribute("href") for a in results.all()]
    assert hrefs[0] == f"{THREE}/index.html"
    assert any(h and h.startswith(f"{THREE}/index.html#detail-") for h in hrefs)


def test_feed_sitemap_and_index_json_list_every_event(out: Path) -> None:
    slugs = {p.parent.name for p in event_pages(out)}
    assert {"lone-report", "seed-pair", THREE} <= slugs
    feed = ET.parse(out / "feed.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    links = {e.find(f"{ATOM}link").get("href") for e in entries}  # type: ignore[union-attr]
    assert links == {f"{s}/index.html" for s in slugs}
    updated = [e.findtext(f"{ATOM}updated") for e in entries]
    assert updated == sorted(updated, reverse=True)  # newest first, dated by the events
    sitemap = ET.parse(out / "sitemap.xml").getroot()
    locs = {u.findtext(f"{SITEMAP}loc") for u in sitemap.findall(f"{SITEMAP}url")}
    assert {f"{s}/index.html" for s in slugs} <= locs
    index = json.loads((out / "index.json").read_text("utf-8"))
    assert {e["slug"] for e in index["events"]} == slugs
    for e in index["events"]:
        assert (out / e["comparison"]).is_file() and (out / e["page"]).is_file()


def test_with_a_base_url_links_are_absolute(site: Path, tmp_path: Path) -> None:
    write(site / "sitegen.toml", 'base_url = "https://news.example.org/compare/"\n')
    try:
        build(site, output=tmp_path / "o")
    finally:
        (site / "sitegen.toml").unlink()
    o = tmp_path / "o"
    feed = ET.parse(o / "feed.xml").getroot()
    for entry in feed.findall(f"{ATOM}entry"):
        href = entry.find(f"{ATOM}link").get("href")  # type: ignore[union-attr]
        assert href and href.startswith("https://news.example.org/compare/")
        assert entry.findtext(f"{ATOM}id") == href
    sitemap = ET.parse(o / "sitemap.xml").getroot()
    for url in sitemap.findall(f"{SITEMAP}url"):
        assert (url.findtext(f"{SITEMAP}loc") or "").startswith("https://news.example.org/compare/")
    robots = (o / "robots.txt").read_text("utf-8")
    assert "Sitemap: https://news.example.org/compare/sitemap.xml" in robots
    page = (o / THREE / "index.html").read_text("utf-8")
    assert (
        '<meta property="og:url" content="https://news.example.org/compare/'
        f'{THREE}/index.html">' in page
    )


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"] or "")
        for key in ("href", "src"):
            if a.get(key):
                self.links.append(a[key] or "")


def test_no_internal_link_is_broken(out: Path) -> None:
    parsed: dict[Path, Links] = {}

    def read(path: Path) -> Links:
        if path not in parsed:
            parsed[path] = Links()
            parsed[path].feed(path.read_text("utf-8"))
        return parsed[path]

    checked = 0
    for page in sorted(out.rglob("*.html")):
        for link in read(page).links:
            if re.match(r"^[a-z]+:", link):
                assert link.startswith(("http://", "https://")), f"{page}: {link}"
                continue  # the original articles, on other hosts
            target, _, anchor = link.partition("#")
            file = (page.parent / target).resolve() if target else page
            assert file.is_file(), f"{page.relative_to(out)}: broken link {link}"
            if anchor and file.suffix == ".html":
                assert anchor in read(file).ids, f"{page.relative_to(out)}: no #{anchor}"
            checked += 1
    assert checked > 100


def test_static_files_are_copied_and_build_says_what_to_open(site: Path, out: Path) -> None:
    assert (out / "CNAME").read_text() == "news.example.org\n"
    assert (out / ".nojekyll").is_file()
    result = run_cli("build", "--site", str(site), cwd=site)
    assert result.returncode == 0, result.stderr
    assert f"Open {(out / 'index.html').as_uri()}" in result.stdout


def test_pages_load_nothing_from_another_host(out: Path) -> None:
    for page in all_pages(out):
        html = page.read_text("utf-8")
        for tag in re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", html):
            assert not re.search(r'(?:src|href)="(?:https?:)?//', tag), f"{page}: {tag}"


def test_a_sites_stylesheet_replaces_the_packaged_one_by_name(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "content" / THREE, tmp_path / "content" / THREE)
    write(tmp_path / "templates/style.css", "body { background: papayawhip; }\n")
    build(tmp_path)
    css = (tmp_path / "output/assets/style.css").read_text("utf-8")
    assert css == "body { background: papayawhip; }\n"
