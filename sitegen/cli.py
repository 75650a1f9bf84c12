"""The ``sitegen`` command: a thin layer over the library API."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .build import build
from .model import BuildError, Problem

DESCRIPTION = """\
Compare how different outlets reported the same event, and publish the
comparison as a static site.

Put each event in content/<event>/, one Markdown file per outlet's article
(front matter: source, title; optional url, author, published), and run
`sitegen build`. See README.md for the full content format.
"""


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    return int(args.run(args))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sitegen",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"sitegen {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = commands.add_parser(
        "build",
        help="compare every event and write the site to output/",
        description="Compare every event under content/ and write the static site. "
        "On bad input, print path:line: message for each problem, exit 1 and "
        "leave the previous output untouched.",
    )
    p.add_argument(
        "--site",
        type=Path,
        default=Path("."),
        metavar="DIR",
        help="the site folder holding content/ (default: the current folder)",
    )
    p.add_argument(
        "--output",
        type=Path,
        metavar="DIR",
        help="where to write the site (default: `output` in sitegen.toml, else DIR/output)",
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        metavar="N",
        help="processes for comparing events (default: one per CPU)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="print only warnings and errors")
    p.set_defaults(run=_build)
    return parser


def _build(args: argparse.Namespace) -> int:
    show_progress = not args.quiet and sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show_progress and total >= 20:
            end = "\n" if done == total else ""
            print(f"\rcomparing events: {done}/{total}", end=end, file=sys.stderr, flush=True)

    try:
        result = build(args.site, output=args.output, jobs=args.jobs, progress=progress)
    except BuildError as exc:
        _report(exc.problems)
        errors = sum(1 for p in exc.problems if p.severity == "error")
        print(
            f"sitegen: build failed with {errors} error{'s' if errors != 1 else ''}; "
            "the previous output was left as it was.",
            file=sys.stderr,
        )
        return 1
    _report(result.warnings)
    if not args.quiet:
        try:
            where = result.output.relative_to(Path.cwd())
        except ValueError:
            where = result.output
        print(
            f"Built {result.events} event{'s' if result.events != 1 else ''} "
            f"({result.sources} sources, {result.facts} facts, "
            f"{result.unique_facts} unique) into {where}/ in {result.seconds:.2f} s"
        )
    return 0


def _report(problems: Sequence[Problem]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)
