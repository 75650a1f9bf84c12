"""Build a site: load, compare every event, render, write atomically.

:func:`build` is the library call behind ``sitegen build``; the dev server
calls it too.  Comparisons are independent per event, so large sites compare
them in a process pool.
"""

from __future__ import annotations

import os
import time
import traceback
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from .compare import compare
from .loader import Site, load_site
from .model import BuildError, Comparison, Event, Problem
from .render import make_environment, render_site
from .writer import write_site

# Below this many events a process pool costs more to start than it saves.
POOL_THRESHOLD = 24

Progress = Callable[[int, int], None]


@dataclass
class BuildResult:
    """What a build made, for the summary line and for callers."""

    output: Path
    events: int
    sources: int
    facts: int
    unique_facts: int
    files: int
    seconds: float
    warnings: list[Problem] = field(default_factory=list)
    comparisons: list[Comparison] = field(default_factory=list)


def build(
    root: Path | str = ".",
    *,
    output: Path | str | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    """Build the site at ``root`` into its output folder (``output/`` by default).

    Raises :class:`BuildError` listing every problem found; the previous
    output is then left untouched.
    """
    started = time.perf_counter()
    site = load_site(root)
    if site.errors:
        raise BuildError(site.errors + site.warnings)
    comparisons = compare_events(site.events, jobs=jobs, progress=progress)
    files = render(site, comparisons)
    target = Path(output).resolve() if output is not None else site.output_dir
    write_site(files, target)
    return BuildResult(
        output=target,
        events=len(comparisons),
        sources=sum(len(c.sources) for c in comparisons),
        facts=sum(len(c.facts) for c in comparisons),
        unique_facts=sum(1 for c in comparisons for f in c.facts if f.unique),
        files=len(files),
        seconds=time.perf_counter() - started,
        warnings=site.warnings,
        comparisons=comparisons,
    )


def compare_events(
    events: Sequence[Event], *, jobs: int | None = None, progress: Progress | None = None
) -> list[Comparison]:
    """Compare every event, in a process pool when there are many."""
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    total = len(events)
    if workers <= 1 or total < POOL_THRESHOLD:
        results = []
        for n, event in enumerate(events, 1):
            results.append(compare(event))
            if progress:
                progress(n, total)
        return results
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = []
        for n, result in enumerate(pool.map(compare, events, chunksize=8), 1):
            results.append(result)
            if progress:
                progress(n, total)
        return results


def render(site: Site, comparisons: Sequence[Comparison]) -> dict[str, bytes]:
    """Render every page; template mistakes become ``path:line`` problems."""
    env = make_environment(site.root / "templates")
    try:
        return render_site(site.config, comparisons, env)
    except jinja2.TemplateSyntaxError as exc:
        path = _template_path(site, exc.filename or exc.name or "template")
        raise BuildError(
            [Problem(path, exc.lineno or 0, f"template error: {exc.message}")]
        ) from exc
    except (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError) as exc:
        path, line = _template_frame(site, exc)
        raise BuildError([Problem(path, line, f"template error: {exc}")]) from exc


def _template_frame(site: Site, exc: BaseException) -> tuple[str, int]:
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith((".html", ".xml", ".txt")):
            return _template_path(site, frame.filename), frame.lineno or 0
    return "templates", 0


def _template_path(site: Site, filename: str) -> str:
    path = Path(filename)
    try:
        return path.resolve().relative_to(site.root).as_posix()
    except ValueError:
        return path.as_posix()
