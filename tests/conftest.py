"""Shared fixtures and helpers: the seed articles, temporary sites, the CLI and the browser.

Test modules import the plain helpers from here (``from tests.conftest import
write``) so each is written once.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import pytest

from sitegen.engine.model import Document
from sitegen.engine.segment import from_sentences

ROOT = Path(__file__).resolve().parent.parent


def _find_seeds() -> Path:
    """The seed articles: beside the checkout, or beside the repository it was cloned from."""
    candidates = [Path(os.environ["SITEGEN_SEEDS"])] if os.environ.get("SITEGEN_SEEDS") else []
    candidates.append(ROOT.parent / "shared" / "seeds")
    try:
        origin = subprocess.run(
            ["git", "-C", str(ROOT), "config", "--get", "remote.origin.url"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        origin = ""
    if origin and not re.match(r"^\w+://|^[\w.-]+@", origin):
        candidates.append(Path(origin).resolve().parent / "shared" / "seeds")
    return next((c for c in candidates if c.is_dir()), candidates[0])


SEEDS = _find_seeds()
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
IN_CI = os.environ.get("CI") == "true"


def need(condition: bool, reason: str) -> None:
    """Skip when something outside the project is missing, but never in CI."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"CI must have this: {reason}")
    pytest.skip(reason)


@pytest.fixture
def seeds() -> Path:
    need(SEEDS.is_dir(), f"the seed articles are not at {SEEDS}")
    return SEEDS


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def article(source: str, title: str, body: str, **meta: str) -> str:
    """The text of an article file with front matter."""
    lines = ["---", f"source: {source!r}", f"title: {title!r}"]
    lines += [f"{k}: {v!r}" for k, v in meta.items()]
    return "\n".join([*lines, "---", "", textwrap.dedent(body).strip(), ""])


def documents(sentences: Mapping[str, Sequence[str]]) -> dict[str, Document]:
    """Each source's sentences as the engine's documents, sources in the given order."""
    return {src: from_sentences(list(sents)) for src, sents in sentences.items()}


def edit(path: Path, old: str, new: str) -> None:
    """Replace the first ``old`` in the file with ``new``; ``old`` must be there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def tree(folder: Path, skip: frozenset[str] = frozenset()) -> dict[str, bytes]:
    """Every file under ``folder`` by relative POSIX path, except names in ``skip``."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name not in skip
    }


def run_cli(
    *args: str,
    cwd: Path,
    stdin: str | None = None,
    env: dict[str, str] | None = None,
    timeout: float | None = None,
) -> subprocess.CompletedProcess[str]:
    """``python -m sitegen ARGS`` in a fresh interpreter, as a user runs it.

    With ``timeout``, a command still running after it fails the test (a hang).
    """
    return subprocess.run(
        [sys.executable, "-m", "sitegen", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        input=stdin,
        env=env,
        timeout=timeout,
    )


@pytest.fixture
def example_site(tmp_path: Path) -> Path:
    """A copy of the bundled example site, to build without touching the repo."""
    site = tmp_path / "site"
    shutil.copytree(ROOT / "content", site / "content")
    return site


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    need(CHROMIUM.exists(), "Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()
