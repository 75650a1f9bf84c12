"""What a reader gets from the pages, in headless Chromium: axe, widths, the paths they take.

Screenshots of every page at 1280 and 390 px go to ``output-screenshots/`` at the
repository root (git-ignored; ``SITEGEN_SCREENSHOTS`` moves it) for people to look at.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.reader_site import THREE, axe_violations, comparison, event_pages, make_site

SHOTS = Path(os.environ.get("SITEGEN_SCREENSHOTS", ROOT / "output-screenshots"))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_site(tmp_path_factory.mktemp("reader"))


@pytest.fixture(scope="module")
def out(site: Path) -> Path:
    return site / "output"


def compared_pages(out: Path) -> list[Path]:
    """Event pages with at least two outlets to compare."""
    return [p for p in event_pages(out) if len(comparison(out, p.parent.name)["sources"]) > 1]


def all_pages(out: Path) -> list[Path]:
    return [out / "index.html", out / "404.html", *sorted(out.glob("*/*.html"))]


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    p = browser.new_page(viewport={"width": 1280, "height": 900})
    yield p
    p.close()


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations(browser: Any, out: Path, scheme: str) -> None:
    assert not axe_violations(browser, all_pages(out), out, scheme)


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
        # Scrolling to an anchor may leave it a fraction of a pixel above the top edge.
        assert box and -1 < box["y"] < 900, f"{anchor} is not on screen"
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
