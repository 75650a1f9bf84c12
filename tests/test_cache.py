"""The persistent cache: what one build compared, the next one (a new process) reuses."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sitegen.site import store
from sitegen.site.build import Builder, build, event_hash
from sitegen.site.loader import load_site
from sitegen.site.store import CACHE_DIR, HEADER, Store, event_key
from sitegen.site.writer import MARKER
from tests.conftest import ROOT, edit, run_cli, write
from tests.conftest import tree as files

EVENT = "kestrel-bridge-ship-strike"


def tree(folder: Path) -> dict[str, bytes]:
    return files(folder, skip=frozenset({MARKER}))


def build_in_new_process(site: Path, *, env: dict[str, str] | None = None, **flags: object) -> dict:
    """Build ``site`` in a fresh interpreter, as a user's second ``sitegen build`` is; what
    it compared and read from the cache."""
    code = (
        "import json, sys\n"
        "from sitegen.site.build import Builder\n"
        f"b = Builder(sys.argv[1], **{flags!r})\n"
        "b.streaming = True  # as sitegen build does\n"
        "r = b.build()\n"
        "print(json.dumps({'compared': r.compared, 'reads': b.store.reads, 'events': r.events}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(site)],
        capture_output=True,
        text=True,
        env=env,
        cwd=site,  # not the checkout, whose sitegen/ would shadow PYTHONPATH
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def entries(site: Path) -> set[str]:
    return set(os.listdir(site / CACHE_DIR / "entries"))


def comparison_keys(site: Path) -> set[str]:
    return {event_hash(e) for e in load_site(site).events}


def stats(folder: Path) -> dict[str, tuple[int, int]]:
    """Each file's inode and mtime: the same ones mean the file was not written again."""
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file()
    }


def hurt_sixteen(site: Path) -> None:
    """Edit one article of the example site's EVENT: a figure changed."""
    edit(
        site / "content" / EVENT / "harbour-gazette.md",
        "Fifteen people were hurt",
        "Sixteen people were hurt",
    )


def assert_as_fresh(site: Path, output: Path, tmp_path: Path) -> None:
    """``output`` holds the bytes a build from scratch, without the cache, writes."""
    fresh = tmp_path / "fresh"
    build(site, output=fresh, cache=False)
    assert tree(output) == tree(fresh)


def test_a_second_build_in_a_new_process_compares_nothing(example_site: Path) -> None:
    first = build_in_new_process(example_site)
    assert first["compared"] == first["events"] > 0
    output = example_site / "output"
    before, written = tree(output), stats(output)
    second = build_in_new_process(example_site)
    assert second["compared"] == 0
    assert second["reads"] == 0  # the pages in output/ are kept: no comparison is even read
    assert tree(output) == before
    assert stats(output) == written  # nothing written again, not even the marker
    assert output.stat().st_ino == os.stat(output).st_ino


def test_one_edited_article_compares_exactly_one_event(example_site: Path, tmp_path: Path) -> None:
    build_in_new_process(example_site)
    output = example_site / "output"
    before = stats(output)
    hurt_sixteen(example_site)
    again = build_in_new_process(example_site)
    assert again["compared"] == 1
    after = stats(output)
    rewritten = {rel for rel in after if after[rel] != before.get(rel)}
    assert rewritten and all(
        rel.startswith(f"{EVENT}/") or "/" not in rel or rel.startswith("assets/")
        for rel in rewritten
    )
    assert not any(rel.startswith("storm-isolde") for rel in rewritten)
    assert_as_fresh(example_site, example_site / "output", tmp_path)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: data[: len(data) // 2],  # a disk that filled up mid-write
        lambda data: data[:-40] + bytes(40),
        lambda data: b"not a cache entry at all\n" + data,
        lambda data: data.replace(HEADER, b"sitegen comparison cache 0\n"),  # an old format
    ],
    ids=["empty", "truncated", "zeroed", "foreign", "old-format"],
)
def test_a_damaged_entry_is_compared_again_with_the_right_output(
    example_site: Path, tmp_path: Path, damage
) -> None:
    build(example_site)
    expected = tree(example_site / "output")
    broken = sorted(comparison_keys(example_site))[0]
    path = example_site / CACHE_DIR / "entries" / broken
    path.write_bytes(damage(path.read_bytes()))
    # Into another folder, whose pages are not there to keep: every comparison is needed.
    other = tmp_path / "other"
    result = build(example_site, output=other)  # no traceback: any exception fails here
    assert result.compared == 1
    assert tree(other) == expected
    assert path.read_bytes().startswith(HEADER)  # and written again, whole


def test_an_entry_not_signed_by_this_user_is_never_unpickled(
    example_site: Path, tmp_path: Path
) -> None:
    """A cache committed into a shared site must not run code on the next build."""
    build(example_site)
    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    for name in entries(example_site):
        body = pickle.dumps(Payload())
        forged = HEADER + b"0" * 64 + b"\n" + body
        (example_site / CACHE_DIR / "entries" / name).write_bytes(forged)
    result = build(example_site, output=tmp_path / "other")
    assert result.compared == result.events
    assert not marker.exists()


def test_a_change_to_the_engine_compares_everything_again(
    example_site: Path, tmp_path: Path
) -> None:
    """A copy of sitegen whose engine differs by one comment byte must not reuse entries."""
    build_in_new_process(example_site)
    copy = tmp_path / "patched"
    shutil.copytree(
        ROOT / "sitegen", copy / "sitegen", ignore=shutil.ignore_patterns("__pycache__")
    )
    with open(copy / "sitegen" / "engine" / "align.py", "a", encoding="utf-8") as f:
        f.write("# a change\n")
    env = {**os.environ, "PYTHONPATH": str(copy)}
    patched = build_in_new_process(example_site, env=env)
    assert patched["compared"] == patched["events"]
    # ...and the unpatched engine, whose entries that build pruned, compares again too.
    assert build_in_new_process(example_site)["compared"] == patched["events"]


def test_the_key_covers_the_engine_fingerprint_and_every_article_byte(
    example_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = load_site(example_site).events[0]
    key = event_key(event)
    assert event_hash(event) == key
    article = dataclasses.replace(event.articles[0], body=event.articles[0].body + " ")
    assert event_key(dataclasses.replace(event, articles=(article, *event.articles[1:]))) != key
    monkeypatch.setattr(store, "fingerprint", lambda: "another engine")
    assert event_key(event) != key


def test_entries_of_deleted_and_edited_events_are_pruned(example_site: Path) -> None:
    build(example_site)
    keys = comparison_keys(example_site)
    assert keys <= entries(example_site)
    gone = {event_hash(e) for e in load_site(example_site).events if e.slug == EVENT}
    shutil.rmtree(example_site / "content" / EVENT)
    result = build(example_site)
    assert result.compared == 0
    assert keys & entries(example_site) == keys - gone
    stale = example_site / CACHE_DIR / "entries" / f".{'0' * 64}.999999999.tmp"
    stale.write_bytes(b"half an entry from a build that was killed")
    build(example_site)
    assert not stale.exists()


def test_the_cache_folder_is_tagged_and_ignored_by_git(example_site: Path) -> None:
    build(example_site)
    folder = example_site / CACHE_DIR
    assert (
        (folder / "CACHEDIR.TAG")
        .read_bytes()
        .startswith(b"Signature: 8a477f597d28d172789f06886806bc55")
    )
    if shutil.which("git"):
        subprocess.run(["git", "init", "-q", str(example_site)], check=True)
        status = subprocess.run(
            ["git", "-C", str(example_site), "status", "--porcelain", "--untracked-files=all"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert CACHE_DIR not in status
        assert "content/" in status


def test_no_cache_neither_reads_nor_writes_it(example_site: Path) -> None:
    done = run_cli("build", "--no-cache", "-q", cwd=example_site)
    assert done.returncode == 0, done.stderr
    assert not (example_site / CACHE_DIR).exists()
    build(example_site)
    assert build(example_site, cache=False).compared > 0
    write(example_site / "sitegen.toml", "cache = false\n")
    shutil.rmtree(example_site / CACHE_DIR)
    result = build(example_site)
    assert result.compared == result.events
    assert not (example_site / CACHE_DIR).exists()


def test_a_cache_setting_that_is_not_true_or_false_is_reported(example_site: Path) -> None:
    write(example_site / "sitegen.toml", 'title = "T"\ncache = "no"\n')
    done = run_cli("build", cwd=example_site)
    assert done.returncode == 1
    assert "sitegen.toml:2: error: cache must be true or false" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_read_only_cache_folder_still_builds(example_site: Path) -> None:
    if os.geteuid() == 0:
        # root writes through permissions: a file where the folder should be plays the part.
        (example_site / CACHE_DIR).write_text("not a folder")
    else:
        (example_site / CACHE_DIR).mkdir()
        (example_site / CACHE_DIR).chmod(0o500)
    result = build(example_site)
    assert result.events > 0
    assert Store(example_site).get("0" * 64) is None


def test_a_page_edited_by_hand_in_the_output_is_rendered_again(example_site: Path) -> None:
    build(example_site)
    page = example_site / "output" / EVENT / "index.html"
    original = page.read_bytes()
    page.write_bytes(b"changed by hand")
    user_file = example_site / "output" / "CNAME"
    user_file.write_text("news.example.org\n")
    result = build(example_site)
    assert result.compared == 0
    assert page.read_bytes() == original
    assert user_file.read_text() == "news.example.org\n"  # a file sitegen did not write stays


def test_the_dev_server_starts_from_a_built_site_without_comparing_or_rendering(
    example_site: Path, tmp_path: Path
) -> None:
    build(example_site)
    output = example_site / "output"
    written = stats(output)
    builder = Builder(example_site, keep_spare=True)
    try:
        first = builder.build()
        assert first.compared == 0
        assert builder.store.reads == 0  # pages read back from output/, comparisons left on disk
        assert first.changed == []
        assert stats(output) == written
        # Then a save recompares its event only, and a template change rerenders from the
        # comparisons on disk; both give a fresh build's bytes.
        hurt_sixteen(example_site)
        assert builder.build().compared == 1
        write(example_site / "templates" / "pair.html", "{{ view.left }} / {{ view.right }}\n")
        assert builder.build().compared == 0
    finally:
        builder.close()
    assert_as_fresh(example_site, output, tmp_path)


def test_the_dev_server_renders_nothing_to_start_on_a_built_site_and_makes_its_spare_later(
    example_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sitegen.site import build as build_module
    from sitegen.site.serve import DevServer
    from sitegen.site.writer import STAGING

    build(example_site)
    output = example_site / "output"
    written = stats(output)
    rendered: list[str] = []
    for name in ("render_event", "render_index", "site_files"):
        original = getattr(build_module, name)

        def counted(*args: object, _name: str = name, _f: Any = original, **kw: object) -> object:
            rendered.append(_name)
            return _f(*args, **kw)

        monkeypatch.setattr(build_module, name, counted)
    server = DevServer(example_site, port=0, watch=True, out=io.StringIO())
    assert server.start()
    try:
        assert rendered == []  # the index and site-wide files are read back too
        assert server.ready()
        assert stats(output) == written
        assert any((example_site / STAGING).glob("output-*"))  # the spare, made after starting
        before = server.builds
        hurt_sixteen(example_site)
        assert server.wait_for_build(before) > before
        assert "render_index" in rendered
    finally:
        server.stop()
    assert_as_fresh(example_site, output, tmp_path)


def test_a_build_after_the_dev_server_renders_only_what_the_server_did_not_write(
    example_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sitegen.site import stream
    from sitegen.site.serve import DevServer

    server = DevServer(example_site, port=0, watch=True, out=io.StringIO())
    assert server.start()  # a first build in the server: no record yet
    try:
        before = server.builds
        hurt_sixteen(example_site)
        assert server.wait_for_build(before) > before
    finally:
        server.stop()
    output = example_site / "output"
    rendered: list[str] = []
    original = stream.render_event

    def counted(config: object, c: Any, env: object) -> dict[str, bytes]:
        rendered.append(c.event.slug)
        return original(config, c, env)  # type: ignore[arg-type]

    monkeypatch.setattr(stream, "render_event", counted)
    written = stats(output)
    assert build(example_site).files > 0
    assert rendered == [] and stats(output) == written  # nothing rendered, nothing written
    # A page changed by hand after the server wrote it is not taken for sitegen's.
    server = DevServer(example_site, port=0, watch=True, out=io.StringIO())
    assert server.start()
    page = output / EVENT / "index.html"
    page.write_bytes(page.read_bytes().replace(b"</body>", b"<p>by hand</p></body>"))
    server.stop()
    build(example_site)
    assert rendered == [EVENT]
    assert_as_fresh(example_site, output, tmp_path)


def test_pages_reach_the_disk_as_they_are_made_and_a_failure_keeps_the_output(
    tmp_path: Path,
) -> None:
    """sitegen build holds no page in memory: each is on disk, listed in the staging
    folder's marker, before the next one is made; a failure half way leaves output/ as it
    was and no staging folder."""
    from sitegen.site.owned import manifest
    from sitegen.site.writer import STAGING, SiteWriter

    output = tmp_path / "output"
    writer = SiteWriter(output)
    writer.write_stream(iter([("index.html", b"old site")]))
    seen: list[bool] = []

    def pages():
        for n in range(3):
            if n:
                staging = next((tmp_path / STAGING).glob("output-*"))
                listed = manifest(staging) or set()
                seen.append(f"e{n - 1}/index.html" in listed)
                seen.append((staging / f"e{n - 1}" / "index.html").read_bytes() == b"page")
            yield f"e{n}/index.html", b"page"
        raise KeyError("a bug half way")

    with pytest.raises(KeyError):
        SiteWriter(output).write_stream(pages())
    assert seen == [True] * 4
    assert tree(output) == {"index.html": b"old site"}
    assert not (tmp_path / STAGING).exists() or not any((tmp_path / STAGING).glob("output-*"))
