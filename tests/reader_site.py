"""The site the reader tests build: the example, the seed pair imported raw, and more."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from sitegen.site.build import build
from tests.conftest import ROOT, SEEDS, article, need, run_cli, write

THREE = "kestrel-bridge-ship-strike"


def make_site(root: Path) -> Path:
    """The example site, the two raw seed articles imported as a user would, an event
    with one article and a static/ folder, built into ``root``."""
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


def event_pages(out: Path) -> list[Path]:
    return sorted(out.glob("*/index.html"))


def comparison(out: Path, slug: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / slug / "comparison.json").read_text("utf-8"))
    return data


def axe_violations(browser: Any, paths: list[Path], root: Path, scheme: str = "light") -> list[str]:
    """axe-core's violations on each page (its folded-away details opened), as readable lines."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    page = browser.new_page(color_scheme=scheme)
    found = []
    try:
        for path in paths:
            page.goto(path.as_uri())
            page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
            for v in axe.run(page).response["violations"]:
                found.append(
                    f"{path.relative_to(root)} ({scheme}): {v['id']} {v['nodes'][0]['target']}"
                )
    finally:
        page.close()
    return found
