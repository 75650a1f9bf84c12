"""`sitegen build` on a site with one thing wrong: files, links, settings, front matter."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path

from sitegen.site.build import build
from tests.conftest import article, run_cli, write
from tests.failcases.common import DEADLINE, Outcome, Scenario, site_with_two_articles, snapshot

# Facts checked after the build, from the site and what the command printed.
Check = Callable[[Path, str], dict[str, bool]]


def build_case(
    setup: Callable[[Path], object] | None = None,
    *args: str,
    then: Check | None = None,
    first: bool = True,
) -> Scenario:
    """Build a good site (when ``first``), apply ``setup``, run ``sitegen build ARGS``."""

    def run(tmp: Path) -> Outcome:
        site = site_with_two_articles(tmp / "site")
        if first:
            build(site)
        if setup is not None:
            setup(site)
        before = snapshot(site)
        result = run_cli("build", *args, cwd=site, timeout=DEADLINE)
        facts = then(site, result.stderr) if then is not None else {}
        return Outcome(result.returncode, result.stderr, snapshot(site) == before, facts)

    return run


def put(rel: str, text: str) -> Callable[[Path], None]:
    """A setup writing ``text`` (dedented) to ``rel`` in the site."""
    return lambda site: write(site / rel, textwrap.dedent(text).lstrip("\n"))


def both(*setups: Callable[[Path], object]) -> Callable[[Path], None]:
    def run(site: Path) -> None:
        for setup in setups:
            setup(site)

    return run


def front(*lines: str, body: str = "Text of the article, long enough to compare.") -> str:
    return "\n".join(["---", *lines, "---", "", body, ""])


def published_text(site: Path) -> str:
    return "\n".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in (site / "output").rglob("*")
        if p.is_file()
    )


# -- losing or exposing files --------------------------------------------------

USER_FILES = {
    "CNAME": "news.example.org\n",
    ".nojekyll": "",
    ".git/HEAD": "ref: refs/heads/main\n",
    ".git/objects/ab/cdef": "a git object\n",
    "quay-fire/notes.txt": "my notes on this event\n",
}


def add_user_files(site: Path) -> None:
    for rel, text in USER_FILES.items():
        write(site / "output" / rel, text)
    # And a change, so that the build really writes a new site.
    write(site / "content/quay-fire/daily.md", article("The Daily Tide", "Changed title", "New."))


def user_files_kept(site: Path, err: str) -> dict[str, bool]:
    facts = {
        f"{rel} kept": (site / "output" / rel).read_text() == text
        for rel, text in USER_FILES.items()
    }
    facts["the new site was written"] = "Changed title" in published_text(site)
    return facts


def user_file_where_a_page_goes(site: Path) -> None:
    write(site / "output/new-event/index.html", "my own page")
    write(site / "content/new-event/a.md", article("A", "New event", "Something happened."))


def outside_article(site: Path) -> None:
    secret = site.parent / "private" / "diary.md"
    write(secret, article("Me", "Diary", "My secret diary entry for the sixth of May."))
    os.symlink(secret, site / "content/quay-fire/leak.md")


def outside_event(site: Path) -> None:
    folder = site.parent / "elsewhere"
    write(folder / "a.md", article("A", "Elsewhere", "A private story of the other folder."))
    write(folder / "b.md", article("B", "Elsewhere", "Another private story of that folder."))
    os.symlink(folder, site / "content/linked-event")


def inside_link(site: Path) -> None:
    write(site / "drafts/third.md", article("Third Post", "Fire", "The linked draft says hello."))
    os.symlink("../../drafts/third.md", site / "content/quay-fire/third.md")


def not_published(text: str) -> Check:
    return lambda site, err: {f"{text!r} not published": text not in published_text(site)}


def published(text: str) -> Check:
    return lambda site, err: {f"{text!r} published": text in published_text(site)}


def no_staging_left(site: Path, err: str) -> dict[str, bool]:
    # The cache of comparisons stays on purpose; no staging folder may.
    hidden = [p.name for p in site.iterdir() if p.name.startswith(".")]
    return {"no staging folder left": hidden in ([], [".sitegen-cache"])}


def stale_staging(site: Path) -> None:
    # A build killed while deleting a staging folder: the marker (listing its
    # files) goes last, so it is still there; and one killed right after mkdir.
    area = site / ".sitegen-staging"
    write(area / "output-999999999-0/quay-fire/index.html", "half a site")
    write(area / "output-999999999-0/.sitegen-output", _marker(["quay-fire/index.html"]))
    (area / "output-999999998-0").mkdir()


def _marker(files: Sequence[str]) -> str:
    listed = "".join(f"{f}\n" for f in files)
    header = "files sitegen wrote here (it deletes only these):"
    return f"made by sitegen build; safe to delete\n{header}\n{listed}"


# -- crashes and hangs on bad input --------------------------------------------


def fifo(site: Path) -> None:
    os.mkfifo(site / "content/quay-fire/x.md")


def loop(site: Path) -> None:
    os.symlink("loop.md", site / "content/quay-fire/loop.md")


def dev_zero(site: Path) -> None:
    os.symlink("/dev/zero", site / "content/quay-fire/zero.md")


def oversize(site: Path) -> None:
    body = "The harbour wall held through the night. " * 30_000  # 1.2 MB
    write(site / "content/quay-fire/big.md", front("source: Big", "title: Big", body=body))


def long_name(site: Path) -> None:
    name = "a-very-long-outlet-name-" * 8 + ".md"  # 192 bytes: fine alone, too long in pairs
    write(site / "content/quay-fire" / name, article("Long", "Fire", "A fire on the quay."))


def colliding_pairs(site: Path) -> None:
    for name in ("a", "b-vs-c", "a-vs-b", "c"):
        write(site / f"content/quay-fire/{name}.md", article(name, "Fire", f"{name} reports."))


def another_broken_file(site: Path) -> None:
    write(site / "content/other/nameless.md", front("title: No outlet named"))


def bad_date(value: str) -> Callable[[Path], None]:
    return both(
        put(
            "content/quay-fire/wire.md",
            front("source: Harbour Wire", "title: Fire", f"published: {value}"),
        ),
        another_broken_file,
    )


def bad_tags(value: str) -> Callable[[Path], None]:
    return both(
        put("content/quay-fire/index.md", front("title: Quay fire", f"tags: {value}")),
        another_broken_file,
    )


def other_problem_too(site: Path, err: str) -> dict[str, bool]:
    other = "content/other/nameless.md:1: error: front matter needs 'source'"
    return {"the other file's problem is reported too": other in err}


# -- messages a newcomer understands -------------------------------------------


def no_content(site: Path) -> None:
    import shutil

    shutil.rmtree(site / "content")
    shutil.rmtree(site / "output", ignore_errors=True)


def one_good_one_broken(site: Path) -> None:
    write(site / "content/quay-fire/daily.md", front("source: [The Daily Tide", "title: T"))


def no_mention_of(*texts: str) -> Check:
    return lambda site, err: {f"no {t!r} in the message": t not in err for t in texts}


def non_latin_events(site: Path) -> None:
    for folder in ("київ-повінь", "東京-地震", "Αθήνα-φωτιά"):
        for source in ("a", "b"):
            write(
                site / f"content/{folder}/{source}.md",
                article(source.upper(), folder, f"Source {source} reports the {folder} story."),
            )


def readable_slugs(site: Path, err: str) -> dict[str, bool]:
    made = {p.name for p in (site / "output").iterdir() if p.is_dir()}
    return {
        f"{slug}/ made": slug in made for slug in ("київ-повінь", "東京-地震", "αθήνα-φωτιά")
    } | {"no untitled": "untitled" not in made}


def python_error_in_template(site: Path) -> None:
    write(site / "templates/index.html", "<h1>{{ config.title }}</h1>\n<p>{{ 1 // 0 }}</p>\n")


def run_with_a_bug(tmp: Path) -> Outcome:
    """A KeyError inside sitegen's renderer, as a bug would raise one."""
    import subprocess
    import sys

    site = site_with_two_articles(tmp / "site")
    code = (
        "import sys, sitegen.site.build as b, sitegen.site.stream as s\n"
        "def broken(*args): raise KeyError('a bug in the renderer')\n"
        "b.render_event = s.render_event = broken\n"
        "from sitegen.cli import main\n"
        "sys.exit(main(['build']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=site, capture_output=True, text=True, timeout=DEADLINE
    )
    return Outcome(result.returncode, result.stderr, not (site / "output").exists())


def rebuilds_keep_user_files(tmp: Path) -> Outcome:
    """The dev server's repeated builds (a spare folder reused) keep what a user adds,
    whenever they add it, and a file they delete stays deleted."""
    from sitegen.site.build import Builder

    site = site_with_two_articles(tmp / "site")
    builder = Builder(site, keep_spare=True)
    builder.build()
    output = site / "output"
    facts: dict[str, bool] = {}
    added: dict[str, str] = {}
    for n, rel in enumerate(["CNAME", "quay-fire/notes.txt", ".git/HEAD", "quay-fire/late.txt"]):
        write(output / rel, f"{rel} of the user\n")
        added[rel] = f"{rel} of the user\n"
        if n == 2:
            (output / "CNAME").unlink()
            del added["CNAME"]
        write(site / "content/quay-fire/daily.md", article("Daily", f"Title {n}", "Text."))
        builder.build()
        facts[f"build {n}: pages rewritten"] = f"Title {n}" in published_text(site)
        facts[f"build {n}: the user's files are there"] = all(
            (output / rel).is_file() and (output / rel).read_text() == text
            for rel, text in added.items()
        )
        facts[f"build {n}: a deleted file stays deleted"] = n < 2 or not (output / "CNAME").exists()
    builder.close()
    facts["closed: the user's files stay"] = all((output / rel).is_file() for rel in added)
    facts["closed: no staging left"] = not (site / ".sitegen-staging").exists()
    return Outcome(0, "", facts=facts)
