"""The built pages in a real browser: accessible, and keyboard-navigable between differences."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitegen.site.build import build
from tests.reader_site import axe_violations

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    from tests.conftest import ROOT

    site = tmp_path_factory.mktemp("pages")
    shutil.copytree(ROOT / "content", site / "content")
    build(site)
    return site / "output"


def pages(out: Path) -> list[Path]:
    return [out / "index.html", *sorted(out.glob("*/*.html"))]


def test_every_page_passes_axe(browser: object, built: Path) -> None:
    assert not axe_violations(browser, pages(built), built)


def test_n_and_p_move_between_differences(browser: object, built: Path) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    try:
        page.goto((built / "kestrel-bridge-ship-strike/index.html").as_uri())
        rows = page.locator("tr[data-diff]")
        assert rows.count() > 2
        page.keyboard.press("n")
        page.keyboard.press("n")
        focused = page.evaluate("document.activeElement.matches('tr[data-diff]')")
        assert focused
        second = page.evaluate(
            "Array.from(document.querySelectorAll('tr[data-diff]')).indexOf(document.activeElement)"
        )
        assert second == 1
        page.keyboard.press("p")
        first = page.evaluate(
            "Array.from(document.querySelectorAll('tr[data-diff]')).indexOf(document.activeElement)"
        )
        assert first == 0
    finally:
        page.close()


def test_a_fact_link_lands_on_its_sentence(browser: object, built: Path) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    try:
        page.goto((built / "kestrel-bridge-ship-strike/index.html").as_uri())
        link = page.locator(".matrix tr.fact.claim a.goto").first
        target = link.get_attribute("href")
        assert target
        link.click()
        anchor = target.split("#", 1)[1]
        assert page.evaluate("location.hash") == f"#{anchor}"
        assert page.locator(f"#{anchor}").is_visible()
    finally:
        page.close()
