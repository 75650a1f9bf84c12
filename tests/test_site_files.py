"""The files around the pages: feed, sitemap, robots.txt, index.json, static/, links."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sitegen.site.build import build
from tests.conftest import ROOT, run_cli, write
from tests.reader_site import THREE, event_pages, make_site

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_site(tmp_path_factory.mktemp("sitefiles"))


@pytest.fixture(scope="module")
def out(site: Path) -> Path:
    return site / "output"


def all_pages(out: Path) -> list[Path]:
    return [out / "index.html", out / "404.html", *sorted(out.glob("*/*.html"))]


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
