"""How fast sitegen builds, against a bare render and against Pelican, at every size.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python benchmarks/speed.py [--events 100 1000 10000] [--runs 3] [--json out.json]

For each size, a site is generated (``benchmarks/generate.py``: two to four
outlets an event, 300 to 1,500 words an article, seeded), then each of these
runs ``--runs`` times, each in a new process, interleaved so that a busy
moment on the machine falls on all of them alike (the order rotates every run):

- **bare**: read every article, render it with markdown-it-py into a trivial
  Jinja2 page, write it: the floor any static site generator pays;
- **sitegen cold**: ``sitegen build`` with no ``output/`` and no cache
  (``output/``, ``.sitegen-cache/`` and the staging folder are deleted first,
  and the user cache folder points into an empty folder of the benchmark): a
  user's first build, which writes its cache as a first build does
  (``--no-cache`` is not passed: it would stop the cache being written too,
  and leave the next build nothing to read);
- **sitegen warm**: ``sitegen build`` again, nothing changed;
- **sitegen one edit**: one article edited (a sentence added), then ``sitegen build``;
- **Pelican**: ``pelican`` on the same articles written as Pelican Markdown
  pages, with feeds, its content cache and the menu of every page off (see
  ``PELICAN_SETTINGS``);
- **MkDocs** (``--mkdocs``): ``mkdocs build`` on the same articles.

``--tools sitegen`` or ``--tools pelican`` times only that one beside the bare
render (a 1,000-event sitegen build takes many minutes).

Each figure is the wall-clock time of the whole process (start-up and imports
included, as a user waits for it) and its peak memory: the largest resident
size of the process or of any of its own child processes (``ru_maxrss`` from
``wait4``; for sitegen's process pool that is its largest process, not their sum).
Medians are printed with their ratio to the bare render's median of the same
run set.  Then, once per size, a separate process times sitegen's stages by
calling its functions in the order a build does (``--no-stages`` skips it):
load (read and parse ``content/``), compare (``compare_events``, the process
pool a build uses), render (every page in memory) and write (the output folder).

``--json`` writes every run, the medians, ratios, peak memory and stages.
Every process started ends with the benchmark, Ctrl-C and SIGTERM included.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the generator beside this file

from generate import generate_site  # noqa: E402

TOOLS = ("bare", "sitegen_cold", "sitegen_warm", "sitegen_edit", "pelican", "mkdocs")
LABELS = {
    "bare": "bare render",
    "sitegen_cold": "sitegen cold",
    "sitegen_warm": "sitegen nothing changed",
    "sitegen_edit": "sitegen one article edited",
    "pelican": "Pelican",
    "mkdocs": "MkDocs",
}

# Pelican as a user who wants pages fast would set it up: no feeds (sitegen's
# one feed is cheap; Pelican's several are not what is compared), no content
# cache (every run is a cold build, as sitegen's cold one), relative URLs.
# Pelican renders in one process; it has no pool to turn off.
PELICAN_SETTINGS = """\
AUTHOR = "benchmark"
SITENAME = "benchmark"
SITEURL = ""
PATH = "content"
PAGE_PATHS = ["pages"]
ARTICLE_PATHS = ["articles"]
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
RELATIVE_URLS = True
DEFAULT_PAGINATION = False
# The default theme lists every page in every page's menu: with thousands of
# pages that is a quadratic build no site of this size would be set up with.
DISPLAY_PAGES_ON_MENU = False
FEED_ALL_ATOM = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
LOAD_CONTENT_CACHE = False
CACHE_CONTENT = False
"""

MKDOCS_SETTINGS = """\
site_name: benchmark
docs_dir: docs
site_dir: out
use_directory_urls: false
"""


@dataclass
class Sample:
    seconds: float
    max_rss_mb: float


# -- the children -------------------------------------------------------------------


def bare_render(site: Path, out: Path) -> None:
    """Read, markdown-it-py, a trivial Jinja2 page, write: what any generator must do."""
    import jinja2
    from markdown_it import MarkdownIt
    from markupsafe import Markup

    page = jinja2.Template(
        "<!doctype html><title>{{ title }}</title><main>{{ body }}</main>", autoescape=True
    )
    md = MarkdownIt("commonmark", {"html": False})
    for article in sorted((site / "content").glob("*/*.md")):
        if article.name == "index.md":
            continue
        _, _meta, body = article.read_text(encoding="utf-8").split("---\n", 2)
        html = page.render(title=article.stem, body=Markup(md.render(body)))
        target = out / article.parent.name / f"{article.stem}.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")


def time_stages(site: Path, out: Path) -> dict[str, float]:
    """sitegen's stages, timed by calling its functions in the order a build does."""
    from sitegen.site.loader import load_site
    from sitegen.site.pool import compare_events
    from sitegen.site.render import (
        order_events,
        render_assets,
        render_event,
        render_index,
    )
    from sitegen.site.sitefiles import site_files
    from sitegen.site.templates import make_environment
    from sitegen.site.writer import SiteWriter

    spent: dict[str, float] = {}
    started = time.perf_counter()
    loaded = load_site(site)
    spent["load"] = time.perf_counter() - started

    started = time.perf_counter()
    comparisons = compare_events(loaded.events)
    spent["compare"] = time.perf_counter() - started

    started = time.perf_counter()
    env = make_environment(site / "templates")
    ordered = order_events(comparisons)
    files = {"index.html": render_index(loaded.config, ordered, env)}
    files.update(site_files(loaded.config, ordered, env))
    for comparison in ordered:
        files.update(render_event(loaded.config, comparison, env))
    files.update(render_assets(env))
    spent["render"] = time.perf_counter() - started

    started = time.perf_counter()
    SiteWriter(out).write(files)
    spent["write"] = time.perf_counter() - started
    return spent


# -- running them -------------------------------------------------------------------


def run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> Sample:
    """Run ``cmd`` to its end in a new process group; its wall time and peak memory."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        proc = subprocess.Popen(
            cmd,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=errors,
            start_new_session=True,  # its own group, so that its workers can be ended with it
        )
        try:
            # wait4, not wait: the rusage of this child (and the children it
            # waited for), not the running maximum over every child so far.
            _, status, usage = os.wait4(proc.pid, 0)
            seconds = time.perf_counter() - started
            proc.returncode = os.waitstatus_to_exitcode(status)
        finally:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)
            if proc.returncode is None:
                proc.wait()
        if proc.returncode != 0:
            errors.seek(0)
            tail = errors.read().decode(errors="replace")[-3000:]
            raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode} in {cwd}:\n{tail}")
    return Sample(seconds, usage.ru_maxrss / 1024)  # Linux gives KiB


def _remove(*paths: Path) -> None:
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        elif path.exists() or path.is_symlink():
            path.unlink()


def _meta(text: str) -> tuple[dict[str, Any], str]:
    import yaml

    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front) or {}, body


def write_pelican(site: Path, folder: Path) -> None:
    """The site's articles as Pelican pages, with their metadata as Pelican reads it."""
    pages = folder / "content" / "pages"
    pages.mkdir(parents=True)
    for article in sorted((site / "content").glob("*/*.md")):
        if article.name == "index.md":
            continue
        meta, body = _meta(article.read_text(encoding="utf-8"))
        slug = f"{article.parent.name}-{article.stem}"
        head = [f"Title: {meta['title']}", f"Slug: {slug}"]
        head += [f"Date: {meta['published']}", f"Author: {meta['author']}"]
        (pages / f"{slug}.md").write_text("\n".join(head) + "\n" + body, encoding="utf-8")
    (folder / "pelicanconf.py").write_text(PELICAN_SETTINGS, encoding="utf-8")


def write_mkdocs(site: Path, folder: Path) -> None:
    """The site's articles as MkDocs pages (a title heading, then the text)."""
    docs = folder / "docs"
    docs.mkdir(parents=True)
    (docs / "index.md").write_text("# benchmark\n", encoding="utf-8")
    for article in sorted((site / "content").glob("*/*.md")):
        if article.name == "index.md":
            continue
        meta, body = _meta(article.read_text(encoding="utf-8"))
        target = docs / article.parent.name / article.name
        target.parent.mkdir(exist_ok=True)
        target.write_text(f"# {meta['title']}\n{body}", encoding="utf-8")
    (folder / "mkdocs.yml").write_text(MKDOCS_SETTINGS, encoding="utf-8")


def edit_one(site: Path, n: int) -> Path:
    """Add a sentence to the middle event's first article, as an editor's update."""
    events = sorted(p for p in (site / "content").iterdir() if p.is_dir())
    article = sorted(p for p in events[len(events) // 2].glob("*.md") if p.name != "index.md")[0]
    text = article.read_text(encoding="utf-8").rstrip("\n")
    article.write_text(
        f"{text}\n\nThis article was updated with a correction, number {n}.\n", encoding="utf-8"
    )
    return article


class Bench:
    """One generated site and the folders each tool builds it into."""

    def __init__(self, tmp: Path, events: int, seed: int, mkdocs: bool) -> None:
        self.tmp = tmp
        self.site = tmp / "site"
        generate_site(self.site, events, seed)
        self.pelican = tmp / "pelican"
        write_pelican(self.site, self.pelican)
        self.mkdocs = tmp / "mkdocs" if mkdocs else None
        if self.mkdocs:
            write_mkdocs(self.site, self.mkdocs)
        # A cache in the user's cache folder (were sitegen to keep one there)
        # must be as cold as one in the site: point it into the benchmark.
        self.cache_home = tmp / "user-cache"
        self.env = dict(os.environ, XDG_CACHE_HOME=str(self.cache_home))
        self.edits = 0

    def sitegen(self) -> list[str]:
        return [sys.executable, "-m", "sitegen", "build", "-q"]

    def bare(self) -> Sample:
        out = self.tmp / "bare"
        _remove(out)
        return run(
            [sys.executable, str(Path(__file__).resolve()), "_bare", str(self.site), str(out)],
            self.tmp,
        )

    def sitegen_trio(self, record: Callable[[str, Sample], None]) -> None:
        site = self.site
        _remove(site / "output", site / ".sitegen-cache", site / ".sitegen-staging")
        _remove(self.cache_home)
        record("sitegen_cold", run(self.sitegen(), site, self.env))
        record("sitegen_warm", run(self.sitegen(), site, self.env))
        self.edits += 1
        edit_one(site, self.edits)
        record("sitegen_edit", run(self.sitegen(), site, self.env))

    def run_pelican(self) -> Sample:
        _remove(self.pelican / "out")
        cmd = [sys.executable, "-m", "pelican", "content", "-o", "out", "-s", "pelicanconf.py"]
        return run([*cmd, "-q"], self.pelican)

    def run_mkdocs(self) -> Sample:
        assert self.mkdocs is not None
        _remove(self.mkdocs / "out")
        return run([sys.executable, "-m", "mkdocs", "build", "-q"], self.mkdocs)

    def stages(self) -> dict[str, float]:
        out = self.tmp / "stages.json"
        target = self.tmp / "stages-output"
        _remove(target)
        script = str(Path(__file__).resolve())
        run([sys.executable, script, "_stages", str(self.site), str(target), str(out)], self.tmp)
        return dict(json.loads(out.read_text(encoding="utf-8")))


def measure(
    events: int, runs: int, seed: int, mkdocs: bool, stages: bool, tools: list[str]
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="sitegen-speed-") as tmp:
        started = time.perf_counter()
        bench = Bench(Path(tmp), events, seed, mkdocs)
        articles = [p for p in (bench.site / "content").glob("*/*.md") if p.name != "index.md"]
        words = sum(len(_meta(p.read_text(encoding="utf-8"))[1].split()) for p in articles)
        print(
            f"\n{events} events, {len(articles)} articles, {words:,} words "
            f"(generated in {time.perf_counter() - started:.1f} s)",
            flush=True,
        )
        samples: dict[str, list[Sample]] = {}

        def record(tool: str, sample: Sample) -> None:
            samples.setdefault(tool, []).append(sample)
            print(
                f"  run {len(samples[tool])}: {LABELS[tool]:27} {sample.seconds:8.2f} s"
                f" {sample.max_rss_mb:6.0f} MB",
                flush=True,
            )

        units: list[Callable[[], None]] = [lambda: record("bare", bench.bare())]
        if "sitegen" in tools:
            units.append(lambda: bench.sitegen_trio(record))
        if "pelican" in tools:
            units.append(lambda: record("pelican", bench.run_pelican()))
        if mkdocs:
            units.append(lambda: record("mkdocs", bench.run_mkdocs()))
        for n in range(runs):
            # Rotated each run, so no tool always follows the heaviest one.
            for unit in units[n % len(units) :] + units[: n % len(units)]:
                unit()
        output_bytes = sum(
            p.stat().st_size for p in (bench.site / "output").rglob("*") if p.is_file()
        )  # nothing when sitegen was left out
        stage_times = bench.stages() if stages else {}
    return summarise(events, len(articles), words, samples, stage_times, output_bytes)


def summarise(
    events: int,
    articles: int,
    words: int,
    samples: dict[str, list[Sample]],
    stages: dict[str, float],
    output_bytes: int,
) -> dict[str, Any]:
    median = {t: statistics.median(s.seconds for s in v) for t, v in samples.items()}
    bare = median["bare"]
    return {
        "events": events,
        "articles": articles,
        "words": words,
        "sitegen_output_mb": round(output_bytes / 2**20, 1),
        "runs": {t: [asdict(s) for s in v] for t, v in samples.items()},
        "median_seconds": median,
        "ratio_to_bare": {t: m / bare for t, m in median.items()},
        "max_rss_mb": {t: max(s.max_rss_mb for s in v) for t, v in samples.items()},
        "stages_seconds": stages,
    }


def report(size: dict[str, Any]) -> None:
    print(f"\n{size['events']} events: medians of {len(size['runs']['bare'])} runs")
    print(f"  {'':27} {'seconds':>8} {'x bare':>7} {'peak MB':>8}")
    for tool in TOOLS:
        if tool in size["median_seconds"]:
            print(
                f"  {LABELS[tool]:27} {size['median_seconds'][tool]:8.2f} "
                f"{size['ratio_to_bare'][tool]:7.1f} {size['max_rss_mb'][tool]:8.0f}"
            )
    stages = size["stages_seconds"]
    if stages:
        total = sum(stages.values())
        parts = ", ".join(f"{k} {v:.2f} s ({v / total:.0%})" for k, v in stages.items())
        print(f"  sitegen's stages, one process: {parts}")


def _version(name: str) -> str | None:
    try:
        return version(name)
    except PackageNotFoundError:
        return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # The children this script starts as itself: the bare render and the stages.
    if argv[:1] == ["_bare"]:
        bare_render(Path(argv[1]), Path(argv[2]))
        return 0
    if argv[:1] == ["_stages"]:
        spent = time_stages(Path(argv[1]), Path(argv[2]))
        Path(argv[3]).write_text(json.dumps(spent), encoding="utf-8")
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--runs", type=int, default=3, help="runs of each tool per size")
    parser.add_argument("--seed", type=int, default=1, help="the generator's seed")
    parser.add_argument("--json", type=Path, help="write every figure here")
    parser.add_argument("--mkdocs", action="store_true", help="time MkDocs too")
    parser.add_argument("--no-stages", action="store_true", help="skip sitegen's stage times")
    parser.add_argument(
        "--tools",
        nargs="+",
        choices=["sitegen", "pelican"],
        default=["sitegen", "pelican"],
        help="what to time besides the bare render (default: both)",
    )
    args = parser.parse_args(argv)
    # `kill` (or a CI job cancelled) ends it as Ctrl-C does: its processes and its sites go too.
    signal.signal(signal.SIGTERM, _interrupted)
    if _version("pelican") is None:
        raise SystemExit("needs Pelican: .venv/bin/pip install -e '.[bench]'")
    if args.mkdocs and _version("mkdocs") is None:
        raise SystemExit("needs MkDocs: .venv/bin/pip install -e '.[bench]'")
    # Other work on the machine shows in every figure: say how busy it was.
    machine = {
        "cpus": os.cpu_count(),
        "load_average_at_start": os.getloadavg()[0],
        "python": platform.python_version(),
        "sitegen": _version("sitegen"),
        "pelican": _version("pelican"),
        "mkdocs": _version("mkdocs") if args.mkdocs else None,
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    print(f"{machine['cpus']} CPUs, load average {machine['load_average_at_start']:.2f}")
    sizes = []
    for events in args.events:
        stages = not args.no_stages and "sitegen" in args.tools
        size = measure(events, args.runs, args.seed, args.mkdocs, stages, args.tools)
        report(size)
        sizes.append(size)
    machine["load_average_at_end"] = os.getloadavg()[0]
    if args.json:
        data = {"machine": machine, "runs": args.runs, "seed": args.seed, "sizes": sizes}
        args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


def _interrupted(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except KeyboardInterrupt:
        print("speed.py: interrupted; its sites and processes are gone", file=sys.stderr)
        raise SystemExit(130) from None
