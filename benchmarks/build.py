"""How long a build takes, against a bare markdown-it + Jinja2 render of the same articles.

    python benchmarks/build.py [EVENTS ...]       (default: 100 1000)

For each size: a generated site (benchmarks/reload.py's generator, two or three
articles of about 300 words per event) is built cold with ``sitegen.site.build.build``,
rebuilt with no change through a ``Builder``, and the same articles are
rendered by markdown-it-py into one Jinja2 page each, the floor any static
site generator pays.  Prints seconds and the ratios.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import jinja2
from markdown_it import MarkdownIt
from markupsafe import Markup

# Run as a script: the checkout's sitegen, and the site generator beside this file.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from reload import generate_site

from sitegen.site.build import Builder, build

PAGE = jinja2.Template(
    "<!doctype html><title>{{ title }}</title><main>{{ body }}</main>", autoescape=True
)


def bare_render(site: Path, out: Path) -> float:
    started = time.perf_counter()
    md = MarkdownIt("commonmark", {"html": False})
    for article in sorted((site / "content").glob("*/*.md")):
        _, _meta, body = article.read_text(encoding="utf-8").split("---\n", 2)
        html = PAGE.render(title=article.stem, body=Markup(md.render(body)))
        target = out / article.parent.name / f"{article.stem}.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(
        description="Time a cold build and a no-change rebuild against a bare render."
    )
    parser.add_argument(
        "events", nargs="*", type=int, default=[100, 1000], help="site sizes (default: 100 1000)"
    )
    sizes = parser.parse_args().events
    print(
        f"{'events':>7} {'bare':>8} {'cold build':>11} {'ratio':>6} {'no-change':>10} {'ratio':>7}"
    )
    for events in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            site = Path(tmp) / "site"
            generate_site(site, events)
            bare = bare_render(site, Path(tmp) / "bare")
            started = time.perf_counter()
            build(site)
            cold = time.perf_counter() - started
            builder = Builder(site)
            builder.build()
            started = time.perf_counter()
            builder.build()
            again = time.perf_counter() - started
            print(
                f"{events:>7} {bare:>7.2f}s {cold:>10.2f}s {cold / bare:>5.1f}x "
                f"{again:>9.3f}s {again / bare:>6.1%}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
