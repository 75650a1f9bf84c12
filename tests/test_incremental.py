"""The Builder: rebuilds redo only what a change affects, and give a fresh build's bytes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from sitegen.site.build import Builder, build
from sitegen.site.cache import LoadCache
from sitegen.site.model import BuildError
from sitegen.site.store import CACHE_DIR
from sitegen.site.templates import packaged_templates
from sitegen.site.writer import MARKER, STAGING
from tests.conftest import edit, write
from tests.conftest import tree as files

EVENT = "kestrel-bridge-ship-strike"


def tree(folder: Path) -> dict[str, bytes]:
    """The site as written, without the marker that says sitegen made the folder."""
    return files(folder, skip=frozenset({MARKER}))


def fresh(site: Path, tmp_path: Path) -> dict[str, bytes]:
    """What a one-shot build of the site as it is now writes."""
    out = tmp_path / "fresh"
    shutil.rmtree(out, ignore_errors=True)
    build(site, output=out)
    return tree(out)


@pytest.fixture
def builder(example_site: Path) -> Builder:
    b = Builder(example_site, keep_spare=True)
    b.build()
    yield b
    b.close()


def test_an_edited_article_recompares_only_its_event(
    builder: Builder, example_site: Path, tmp_path: Path
) -> None:
    article = example_site / "content" / EVENT / "harbour-gazette.md"
    edit(article, "Fifteen people were hurt", "Sixteen people were hurt")
    result = builder.build()
    assert result.compared == 1
    assert f"{EVENT}/comparison.json" in result.changed
    # The index and the files that list every event (feed, search, index.json) may change too.
    site_wide = {"index.html", "index.json", "feed.xml", "sitemap.xml", "assets/search-index.js"}
    assert all(p in site_wide or p.startswith(f"{EVENT}/") for p in result.changed)
    assert b"Sixteen people were hurt" in (result.output / EVENT / "comparison.json").read_bytes()
    assert tree(result.output) == fresh(example_site, tmp_path)


def test_watcher_hints_limit_what_is_checked(builder: Builder, example_site: Path) -> None:
    article = example_site / "content" / EVENT / "harbour-gazette.md"
    edit(article, "Fifteen people were hurt", "Sixteen people were hurt")
    other = example_site / "content" / "storm-isolde-ardlow-flood"
    result = builder.build(changed={other / "index.md"})
    assert result.compared == 0  # the hint named another folder: this one is trusted
    result = builder.build(changed={article})
    assert result.compared == 1


def test_a_change_that_changes_nothing_writes_nothing(builder: Builder, example_site: Path) -> None:
    output = builder.output
    before = {p: p.stat().st_ino for p in output.rglob("*.html")}
    article = example_site / "content" / EVENT / "harbour-gazette.md"
    article.write_bytes(article.read_bytes())  # saved without an edit
    result = builder.build()
    assert result.changed == []
    assert result.compared == 0
    assert {p: p.stat().st_ino for p in output.rglob("*.html")} == before


def test_a_template_change_rerenders_without_recomparing(
    builder: Builder, example_site: Path, tmp_path: Path
) -> None:
    base = (packaged_templates() / "base.html").read_text(encoding="utf-8")
    write(example_site / "templates/base.html", base.replace("Built with sitegen", "Made here"))
    result = builder.build()
    assert result.compared == 0
    assert "index.html" in result.changed and f"{EVENT}/index.html" in result.changed
    assert b"Made here" in (result.output / "index.html").read_bytes()
    assert tree(result.output) == fresh(example_site, tmp_path)


def test_added_and_removed_events_and_articles_match_a_fresh_build(
    builder: Builder, example_site: Path, tmp_path: Path
) -> None:
    content = example_site / "content"
    shutil.rmtree(content / "storm-isolde-ardlow-flood")
    (content / EVENT / "northern-wire.md").unlink()
    shutil.copytree(content / "aldmark-reserve-bank-rate-rise", content / "aldmark-again")
    result = builder.build()
    assert result.compared == 2  # the event that lost an article, and the copy
    assert not (result.output / "storm-isolde-ardlow-flood").exists()
    assert tree(result.output) == fresh(example_site, tmp_path)


def test_rebuilds_never_write_into_a_file_the_site_serves(
    builder: Builder, example_site: Path, tmp_path: Path
) -> None:
    article = example_site / "content" / EVENT / "harbour-gazette.md"
    page = builder.output / EVENT / "index.html"
    keep = tmp_path / "served-before.html"
    os.link(page, keep)  # a second name for the inode the server had open
    served = keep.read_bytes()
    for n in range(3):  # the third build reuses a spare that shares files with the first
        edit(article, "Fifteen people" if n == 0 else f"Edit{n - 1} people", f"Edit{n} people")
        assert builder.build().changed
    assert keep.read_bytes() == served
    assert b"Edit2 people" in page.read_bytes()


def test_a_failed_rebuild_keeps_the_output_and_the_next_good_one_recovers(
    builder: Builder, example_site: Path, tmp_path: Path
) -> None:
    article = example_site / "content" / EVENT / "harbour-gazette.md"
    good = article.read_text(encoding="utf-8")
    before = tree(builder.output)
    article.write_text("---\nsource: [unclosed\n---\ntext\n", encoding="utf-8")
    with pytest.raises(BuildError) as failed:
        builder.build()
    assert str(failed.value).startswith(f"content/{EVENT}/harbour-gazette.md:2:")
    assert tree(builder.output) == before
    article.write_text(good.replace("Fifteen people", "Fifty people"), encoding="utf-8")
    result = builder.build()
    assert result.compared == 1
    assert tree(result.output) == fresh(example_site, tmp_path)


def test_one_shot_builds_leave_no_staging_folder_and_close_removes_the_spare(
    example_site: Path,
) -> None:
    build(example_site)
    build(example_site)
    # The one hidden folder left is the cache, kept on purpose between builds.
    hidden = [p.name for p in example_site.iterdir() if p.name.startswith(".")]
    assert hidden == [CACHE_DIR]
    b = Builder(example_site, keep_spare=True)
    b.build()
    spares = [p.name for p in (example_site / STAGING).iterdir() if p.is_dir()]
    assert len(spares) == 1 and spares[0].startswith(f"output-{os.getpid()}-")
    b.close()
    assert [p.name for p in example_site.iterdir() if p.name.startswith(".")] == [CACHE_DIR]


def test_stale_staging_is_removed_but_never_a_folder_sitegen_did_not_make(
    example_site: Path,
) -> None:
    stale = example_site / ".output.staging-999999999"
    write(stale / MARKER, "")
    foreign = example_site / ".output.staging-999999998"
    write(foreign / "precious.txt", "keep me")
    build(example_site)
    assert not stale.exists()
    assert (foreign / "precious.txt").read_text() == "keep me"


class _Listing(list[os.DirEntry[str]]):
    """A listing that, like ``os.scandir``'s iterator, is also a context manager."""

    def __enter__(self) -> _Listing:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class _Frozen:
    """A directory entry whose ``stat()`` gives a stat taken earlier."""

    def __init__(self, entry: os.DirEntry[str], stat: os.stat_result) -> None:
        self._entry, self._stat = entry, stat

    def __getattr__(self, name: str) -> object:
        return getattr(self._entry, name)

    def stat(self, *, follow_symlinks: bool = True) -> os.stat_result:
        return self._stat


def test_same_size_rewrite_within_one_timestamp_tick_is_seen(
    example_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rewrite in the same clock tick, at the same size, leaves every stat field
    as it was; the bytes of recently modified files are compared as well."""
    article = example_site / "content" / EVENT / "harbour-gazette.md"
    os.utime(article)  # just saved
    cache = LoadCache()
    cache.load_site(example_site)
    # A file system whose clock has not ticked: the article's stat stays as it was.
    frozen = article.stat()
    real_scandir = os.scandir

    def scandir(path: object) -> _Listing:
        listing = _Listing(real_scandir(path))  # type: ignore[call-overload]
        if Path(str(path)) == article.parent:
            listing[:] = [_Frozen(e, frozen) if e.name == article.name else e for e in listing]
        return listing

    monkeypatch.setattr(os, "scandir", scandir)
    edit(article, "Fifteen people", "Fiftyyy people")
    assert article.stat().st_size == frozen.st_size
    site = cache.load_site(example_site)
    event = next(e for e in site.events if e.slug == EVENT)
    assert any("Fiftyyy" in a.body for a in event.articles)


def test_the_load_cache_reads_only_changed_folders(example_site: Path) -> None:
    cache = LoadCache()
    first = cache.load_site(example_site)
    assert cache.reads == 4
    again = cache.load_site(example_site, changed=set())
    assert cache.reads == 4
    assert [e.slug for e in again.events] == [e.slug for e in first.events]
    assert again.problems == first.problems
