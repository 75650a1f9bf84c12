"""`sitegen serve --watch`: a real server on a free loopback port, in a temporary site.

Nothing here sleeps to synchronise: tests wait on the server's build counter
(a condition variable the rebuild sets) or on the browser, with deadlines.
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sitegen.site.livereload import ServeError, resolve
from sitegen.site.serve import DevServer
from sitegen.site.templates import packaged_templates
from sitegen.site.watch import Debouncer, affects_site, is_noise
from tests.conftest import edit, write

EVENT = "kestrel-bridge-ship-strike"
ARTICLE = f"content/{EVENT}/harbour-gazette.md"
DEADLINE = 20.0


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def status(server: DevServer) -> dict[str, object]:
    return json.loads(get(server.url + "__sitegen__/status")[1])


def wait_until(server: DevServer, check: Callable[[], object], what: str) -> None:
    """Wait, build by build, until ``check()`` holds."""
    deadline = time.monotonic() + DEADLINE
    while True:
        builds = server.builds  # read before checking, so no build slips between
        if check():
            return
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            pytest.fail(f"gave up waiting for {what}")
        server.wait_for_build(builds, remaining)


def atomic_save(path: Path, text: str) -> None:
    """As editors save: a temporary file renamed over the real one."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


@pytest.fixture
def site(example_site: Path) -> Path:
    (example_site / "templates").mkdir()
    write(example_site / "sitegen.toml", 'title = "First title"\n')
    return example_site


@pytest.fixture
def server(site: Path) -> Iterator[DevServer]:
    dev = DevServer(site, port=0, watch=True, out=io.StringIO())
    assert dev.start()
    yield dev
    dev.stop()


# -- serving -----------------------------------------------------------------


def test_serves_the_output_with_the_live_script_added_only_in_responses(
    server: DevServer,
) -> None:
    code, html = get(server.url + f"{EVENT}/")
    assert code == 200 and "__sitegen__/events" in html
    assert html.rstrip().endswith("</html>")
    on_disk = (server.builder.output / EVENT / "index.html").read_text(encoding="utf-8")
    assert "__sitegen__" not in on_disk
    code, css = get(server.url + "assets/style.css")
    assert code == 200 and "__sitegen__" not in css
    with urllib.request.urlopen(server.url + f"{EVENT}/comparison.json") as response:
        assert response.headers["Content-Type"] == "application/json; charset=utf-8"
        assert response.headers["Cache-Control"] == "no-store"
        assert json.load(response)["event"]["slug"] == EVENT


def test_only_files_inside_output_are_served(server: DevServer, site: Path) -> None:
    (site / "secret.txt").write_text("not for the web")
    os.symlink(site / "secret.txt", server.builder.output / "leak.txt")
    for path in ("../secret.txt", "%2e%2e/secret.txt", "leak.txt", ".sitegen-output", "assets/"):
        code, body = get(server.url + path)
        assert code == 404, path
        assert "not for the web" not in body
    assert resolve(str(server.builder.output), "/../../etc/passwd")[0] == "missing"
    assert resolve(str(server.builder.output), f"/{EVENT}") == ("redirect", EVENT)
    assert get(server.url + EVENT)[0] == 200  # redirected to the folder's index.html


def test_a_missing_page_gets_the_sites_own_404_page(server: DevServer) -> None:
    code, body = get(server.url + "no-such-event/")
    assert code == 404
    own = (server.builder.output / "404.html").read_text(encoding="utf-8")
    assert own.split("<title>")[1].split("</title>")[0] in body


def test_a_port_in_use_is_named_or_the_next_free_one_is_said(site: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ServeError, match=f"port {port} is in use"):
            DevServer(site, port=port, out=io.StringIO()).start()
        out = io.StringIO()
        dev = DevServer(site, port=port, move_on=True, out=out)
        try:
            assert dev.start()
            assert f"Port {port} is in use; serving on port" in out.getvalue()
            assert dev.url != f"http://127.0.0.1:{port}/"
        finally:
            dev.stop()


def test_binds_to_loopback_by_default(server: DevServer) -> None:
    assert server.url.startswith("http://127.0.0.1:")


# -- rebuilding --------------------------------------------------------------


def test_an_edited_article_shows_in_the_page_and_the_json(server: DevServer, site: Path) -> None:
    edit(site / ARTICLE, "Fifteen people were hurt", "Sixteen people were hurt")
    url = server.url + f"{EVENT}/"
    wait_until(server, lambda: "Sixteen people were hurt" in get(url)[1], "the new page")
    assert "Sixteen people were hurt" in get(url + "comparison.json")[1]
    assert server.last_result is not None and server.last_result.compared == 1


def test_an_atomic_save_is_seen(server: DevServer, site: Path) -> None:
    text = (site / ARTICLE).read_text(encoding="utf-8")
    atomic_save(site / ARTICLE, text.replace("Fifteen people were hurt", "Nine people were hurt"))
    url = server.url + f"{EVENT}/comparison.json"
    wait_until(server, lambda: "Nine people were hurt" in get(url)[1], "the atomic save")


def test_a_template_change_rerenders_without_recomparing(server: DevServer, site: Path) -> None:
    base = (packaged_templates() / "base.html").read_text(encoding="utf-8")
    write(site / "templates/base.html", base.replace("Built with sitegen", "Built right here"))
    wait_until(server, lambda: "Built right here" in get(server.url)[1], "the new template")
    assert server.last_result is not None and server.last_result.compared == 0


def test_the_config_is_still_watched_after_a_rename_replaced_it(
    server: DevServer, site: Path
) -> None:
    for title in ("Second title", "Third title"):
        atomic_save(site / "sitegen.toml", f'title = "{title}"\n')
        wait_until(server, lambda t=title: f"<h1>{t}</h1>" in get(server.url)[1], title)


def test_broken_front_matter_keeps_the_last_good_page_until_fixed(
    server: DevServer, site: Path
) -> None:
    good = (site / ARTICLE).read_text(encoding="utf-8")
    url = server.url + f"{EVENT}/"
    before = get(url)[1]
    (site / ARTICLE).write_text(good.replace("source:", "source: [unclosed", 1), encoding="utf-8")
    wait_until(server, lambda: status(server)["problems"], "the failed build")
    problem = status(server)["problems"][0]
    assert re.match(rf"{re.escape(ARTICLE)}:\d+: error: bad YAML front matter", problem)
    page = get(url)[1]
    shown = json.dumps(problem).replace("<", "\\u003c").replace(">", "\\u003e")
    assert shown.replace("&", "\\u0026") in page  # for the overlay
    assert page.split("<script>(function (cfg)")[0] == before.split("<script>(function (cfg)")[0]
    assert problem in server.out.getvalue()  # type: ignore[attr-defined]
    builds = server.builds
    assert server.wait_for_build(builds, 0.5) == builds  # no retry loop

    (site / ARTICLE).write_text(good.replace("Fifteen people", "Fourteen people"), "utf-8")
    wait_until(server, lambda: not status(server)["problems"], "the fixed build")
    assert "Fourteen people" in get(url)[1]


def test_a_template_syntax_error_is_reported_with_its_line(server: DevServer, site: Path) -> None:
    write(site / "templates/index.html", '{% extends "base.html" %}\n{% block main %}\n{% if %}\n')
    wait_until(server, lambda: status(server)["problems"], "the failed build")
    assert status(server)["problems"][0].startswith("templates/index.html:3: error: template")
    assert get(server.url)[0] == 200
    (site / "templates/index.html").unlink()
    wait_until(server, lambda: not status(server)["problems"], "the fixed build")


def test_fifty_rapid_writes_make_one_or_two_rebuilds(server: DevServer, site: Path) -> None:
    path = site / ARTICLE
    good = path.read_text(encoding="utf-8")
    before = server.builds
    for n in range(50):
        path.write_text(good.replace("Fifteen people", f"Version{n} people"), encoding="utf-8")
    url = server.url + f"{EVENT}/comparison.json"
    wait_until(server, lambda: "Version49 people" in get(url)[1], "the last write")
    settled = server.wait_for_build(server.builds, 0.5)  # any straggler
    assert settled - before in (1, 2)


def test_a_checkout_sized_burst_is_one_full_rebuild(server: DevServer, site: Path) -> None:
    seen: list[object] = []
    real = server.builder.build

    def spy(changed: object = None) -> object:
        seen.append(changed)
        return real(changed)  # type: ignore[arg-type]

    server.builder.build = spy  # type: ignore[method-assign]
    for n in range(200):
        write(site / f"templates/partial-{n:03d}.html", f"<p>{n}</p>\n")
    edit(site / ARTICLE, "Fifteen people", "Thirteen people")
    url = server.url + f"{EVENT}/comparison.json"
    wait_until(server, lambda: "Thirteen people" in get(url)[1], "the burst")
    server.wait_for_build(server.builds, 0.5)  # any straggler
    assert len(seen) in (1, 2)
    assert seen[0] is None  # too many paths to trust one by one: everything is checked


def test_swap_backup_and_read_events_do_not_rebuild(server: DevServer, site: Path) -> None:
    folder = site / "content" / EVENT
    before = server.builds
    for name in (".harbour-gazette.md.swp", "harbour-gazette.md~", ".#harbour-gazette.md", "4913"):
        (folder / name).write_text("junk")
        (folder / name).unlink()
    (folder / "photo.png").write_bytes(b"not an article")
    (site / ARTICLE).read_text(encoding="utf-8")  # opened and closed without writing
    (site / "README.md").write_text("outside the watched paths")
    assert server.wait_for_build(before, 0.6) == before


def test_requests_do_not_wait_for_a_build(server: DevServer, site: Path) -> None:
    started, release = threading.Event(), threading.Event()
    real = server.builder.build

    def slow_build(changed: object = None) -> object:
        started.set()
        release.wait(DEADLINE)
        return real(changed)  # type: ignore[arg-type]

    server.builder.build = slow_build  # type: ignore[method-assign]
    try:
        edit(site / ARTICLE, "Fifteen people", "Twelve people")
        assert started.wait(DEADLINE)
        begun = time.monotonic()
        code, html = get(server.url + f"{EVENT}/")
        assert code == 200 and "Fifteen people" in html
        assert time.monotonic() - begun < 2
    finally:
        release.set()
    wait_until(server, lambda: "Twelve people" in get(server.url + f"{EVENT}/")[1], "the build")


# -- the watcher's rules ------------------------------------------------------


def test_what_counts_as_a_change(tmp_path: Path) -> None:
    root = tmp_path
    yes = ["sitegen.toml", "content", "content/ev/a.md", "content/ev/index.md", "templates/x.css"]
    yes += ["static/CNAME", "static/img/logo.png", "static/.nojekyll", "static/.well-known/x"]
    yes += ["content/ev/notes.txt"]  # not read, but warned about: the rebuild shows the warning
    no = ["output/index.html", ".output.staging-1", "content/ev/a.md~", "content/ev/.a.md.swp"]
    no += ["content/ev/#a.md#", "content/ev/4913", "content/ev/notes.png", "content/_drafts/a.md"]
    no += ["templates/.base.html.swp", "content/ev/a.md___jb_tmp___", "README.md"]
    no += ["static/.CNAME.swp", "static/.#CNAME", "static/logo.png~"]
    for rel in yes:
        assert affects_site(root / rel, root), rel
    for rel in no:
        assert not affects_site(root / rel, root), rel
    assert affects_site(root / "content/new-event", root, is_directory=True)
    assert is_noise(".#a.md") and is_noise("a.md.swx") and not is_noise("a.md")


def test_a_burst_waits_for_quiet_and_a_trickle_for_the_maximum() -> None:
    calls: list[tuple[set[Path], bool]] = []
    called = threading.Event()

    def callback(paths: set[Path], full: bool) -> None:
        calls.append((paths, full))
        called.set()

    bouncer = Debouncer(callback, quiet=0.05, settled_quiet=0.01, max_wait=0.3, full_after=3)
    bouncer.start()
    try:
        for n in range(5):
            bouncer.add([Path(f"f{n}")])
        assert called.wait(DEADLINE)
        assert calls == [({Path(f"f{n}") for n in range(5)}, True)]  # too many: full
        called.clear()
        begun = time.monotonic()
        while not called.is_set():  # events every 20 ms never leave 50 ms of quiet
            bouncer.add([Path("busy")])
            called.wait(0.02)
        assert time.monotonic() - begun < 1.0
    finally:
        bouncer.stop()


# -- the command --------------------------------------------------------------


def test_ctrl_c_stops_the_command_quietly(site: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "sitegen", "serve", "--watch", "--port", "0", "--site", str(site)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # A runner that starts tests as a background job hands down SIGINT ignored;
        # Python then never turns it into KeyboardInterrupt. Restore what a terminal has.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stderr is not None
    lines = []
    for line in proc.stderr:
        lines.append(line)
        if "Serving" in line:
            break
    found = re.search(r"at (http://\S+/)", "".join(lines))
    assert found, "".join(lines)
    assert get(found.group(1))[0] == 200
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=DEADLINE)
    assert proc.returncode == 0
    assert "Traceback" not in err and "KeyboardInterrupt" not in err


# -- in the browser -----------------------------------------------------------


@pytest.mark.browser
def test_an_open_page_reloads_itself_and_keeps_its_scroll_position(
    server: DevServer, site: Path, browser: object
) -> None:
    page = browser.new_page(viewport={"width": 900, "height": 500})  # type: ignore[attr-defined]
    try:
        page.goto(server.url + f"{EVENT}/")
        page.evaluate("window.scrollTo(0, 700); window.notReloaded = true;")
        page.wait_for_function("window.scrollY === 700")
        edit(site / ARTICLE, "Fifteen people were hurt", "Eleven people were hurt")
        page.wait_for_function(
            "document.body.textContent.includes('Eleven people were hurt')", timeout=20_000
        )
        page.wait_for_load_state("load")
        assert page.evaluate("window.notReloaded") is None  # a real reload
        page.wait_for_function("window.scrollY === 700", timeout=5_000)
    finally:
        page.close()


@pytest.mark.browser
def test_a_failed_build_shows_an_overlay_that_the_next_good_save_clears(
    server: DevServer, site: Path, browser: object
) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    try:
        page.goto(server.url + f"{EVENT}/")
        good = (site / ARTICLE).read_text(encoding="utf-8")
        (site / ARTICLE).write_text(good.replace("source:", "source: [x", 1), "utf-8")
        overlay = page.wait_for_selector("#sitegen-overlay", timeout=20_000)
        assert overlay is not None
        assert f"{ARTICLE}:" in overlay.text_content()
        assert "bad YAML front matter" in overlay.text_content()
        assert "Fifteen people were hurt" in page.text_content("body")
        (site / ARTICLE).write_text(good, encoding="utf-8")
        page.wait_for_selector("#sitegen-overlay", state="detached", timeout=20_000)
    finally:
        page.close()


@pytest.mark.browser
def test_a_css_change_restyles_the_page_without_reloading(
    server: DevServer, site: Path, browser: object
) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    try:
        page.goto(server.url)
        page.evaluate("window.notReloaded = true")
        css = (packaged_templates() / "style.css").read_text(encoding="utf-8")
        write(
            site / "templates/style.css", css + "\nbody { border-top: 7px solid rgb(1, 2, 3); }\n"
        )
        page.wait_for_function(
            "getComputedStyle(document.body).borderTopWidth === '7px'", timeout=20_000
        )
        assert page.evaluate("window.notReloaded") is True
    finally:
        page.close()


def test_polling_mode_sees_an_edit(site: Path) -> None:
    dev = DevServer(site, port=0, watch=True, poll=True, out=io.StringIO())
    assert dev.start()
    try:
        edit(site / ARTICLE, "Fifteen people were hurt", "Eight people were hurt")
        url = dev.url + f"{EVENT}/comparison.json"
        wait_until(dev, lambda: "Eight people were hurt" in get(url)[1], "the polled edit")
    finally:
        dev.stop()


def test_a_templates_folder_made_after_the_start_is_watched(example_site: Path) -> None:
    dev = DevServer(example_site, port=0, watch=True, out=io.StringIO())
    assert dev.start()
    try:
        base = (packaged_templates() / "base.html").read_text(encoding="utf-8")
        write(example_site / "templates/base.html", base.replace("Built with", "Put together with"))
        wait_until(dev, lambda: "Put together with" in get(dev.url)[1], "the new folder")
        write(example_site / "templates/base.html", base.replace("Built with", "Assembled with"))
        wait_until(dev, lambda: "Assembled with" in get(dev.url)[1], "an edit inside it")
    finally:
        dev.stop()


def test_without_watch_pages_are_served_as_built(site: Path) -> None:
    dev = DevServer(site, port=0, out=io.StringIO())
    assert dev.start()
    try:
        code, html = get(dev.url)
        assert code == 200 and "__sitegen__" not in html
        assert get(dev.url + "__sitegen__/status")[0] == 404
    finally:
        dev.stop()


def test_a_file_renamed_into_place_waits_less_than_one_closed_after_writing() -> None:
    # The deadline each state gives, read without starting the thread that would build.
    bouncer = Debouncer(lambda paths, full: None, quiet=0.5, settled_quiet=0.2, moved_quiet=0.1)

    def waits(quiet: float, change: Callable[[], None]) -> bool:
        before = time.monotonic()
        change()
        after = time.monotonic()
        return before + quiet <= bouncer.deadline() <= after + quiet

    assert waits(0.1, lambda: bouncer.add([Path("renamed.md")], settled=True))
    assert waits(0.5, lambda: bouncer.add([Path("written.md")]))  # still being written
    noted = bouncer.deadline()
    bouncer.settle(Path("written.md"))
    assert bouncer.deadline() == pytest.approx(noted - 0.5 + 0.2)
    bouncer.settle(Path("renamed.md"))  # a close after the rename changes nothing
    assert bouncer.deadline() == pytest.approx(noted - 0.5 + 0.2)
    assert waits(0.1, lambda: bouncer.add([Path("written.md")], settled=True))
