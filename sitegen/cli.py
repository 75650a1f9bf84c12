"""The ``sitegen`` command: a thin layer over the library API."""

from __future__ import annotations

import argparse
import signal
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .site.build import build
from .site.model import BuildError, Problem

DESCRIPTION = """\
Compare how different outlets reported the same event, and publish the
comparison as a static site.

Put each event in content/<event>/, one Markdown file per outlet's article
(front matter: source, title; optional url, author, published), and run
`sitegen build`. See README.md for the full content format.
"""


JOBS_HELP = (
    "processes for comparing events (default: one per CPU); never more than the CPUs "
    "this process may use or the events left to compare, so a large N is safe"
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        print("sitegen: interrupted", file=sys.stderr)
        return 130
    except Exception:
        # Every mistake in a user's files is a BuildError or ImportFailed with a
        # path and a line; anything else is sitegen's own fault, shown whole.
        traceback.print_exc()
        print(
            "sitegen: internal error: this is a bug in sitegen, not a mistake in your files; "
            "please report it with the traceback above",
            file=sys.stderr,
        )
        return 1


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
    _site_argument(p)
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
        help=JOBS_HELP,
    )
    _cache_argument(p)
    p.add_argument("-q", "--quiet", action="store_true", help="print only warnings and errors")
    p.set_defaults(run=_build)
    _add_import(commands)
    _add_serve(commands)
    return parser


def _cache_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--no-cache",
        dest="cache",
        action="store_false",
        help="compare every event again, and neither read nor write .sitegen-cache/ "
        "(the cache of comparisons kept in the site folder; safe to delete; "
        "`cache = false` in sitegen.toml turns it off for good)",
    )


def _site_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--site",
        type=Path,
        default=Path("."),
        metavar="DIR",
        help="the site folder holding content/ (default: the current folder)",
    )


def _add_import(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "import",
        help="turn a saved page, text file or URL into an article under content/",
        description="Extract an article and write content/EVENT/<source-slug>.md with its "
        "front matter. HTML (a saved page or a URL) goes through trafilatura; plain text "
        "(a .txt file or - for standard input) is cleaned of app prompts, sign-up lines, "
        "bylines, captions, photo credits, READ MORE links and related-story lists. Flags "
        "override what was extracted; without a headline the title is the opening words, "
        "and without an outlet name the site's or file's name, each with a warning.",
    )
    p.add_argument("source", metavar="SOURCE", help="a .html or .txt file, - for stdin, or a URL")
    p.add_argument("--event", required=True, metavar="SLUG", help="the event folder to add to")
    p.add_argument("--source", dest="outlet", metavar="NAME", help="the outlet's name")
    p.add_argument("--title", help="the headline")
    p.add_argument("--url", help="the original article's address")
    p.add_argument("--author", help="the byline")
    p.add_argument("--published", metavar="DATE", help="YYYY-MM-DD or an ISO date-time")
    p.add_argument("--force", action="store_true", help="replace an existing article file")
    _site_argument(p)
    p.set_defaults(run=_import)


def _import(args: argparse.Namespace) -> int:
    from . import importer

    try:
        if args.url:
            importer.check_url(args.url)  # before a fetch that may take its 20 seconds
        if args.published:
            importer.check_date(args.published)
        raw, url = _read_source(args.source)
        if url or args.source.lower().endswith((".html", ".htm")) or importer.looks_like_html(raw):
            imported = importer.from_html(raw, url=url)
        else:
            imported = importer.from_text(raw)
        published = importer.check_date(args.published) if args.published else None
        imported = importer.with_overrides(
            imported,
            source=args.outlet,
            title=args.title,
            url=args.url,
            author=args.author,
            published=published,
        )
        imported, notes = importer.with_fallbacks(imported, url or args.source)
        path = importer.write_article(args.site, args.event, imported, force=args.force)
    except importer.ImportFailed as exc:
        print(f"sitegen import: {exc}", file=sys.stderr)
        return 1
    try:
        shown: Path = path.relative_to(Path.cwd())
    except ValueError:
        shown = path
    for note in notes:
        print(f"sitegen import: warning: {note}", file=sys.stderr)
    if imported.dropped:
        # Say what was cut, so a reader can check that no real text went with the furniture.
        count = len(imported.dropped)
        print(
            f"sitegen import: left out {count} piece{'s' if count != 1 else ''} of page "
            f"furniture: "
            + "; ".join(_short(d) for d in imported.dropped[:5])
            + ("; ..." if count > 5 else ""),
            file=sys.stderr,
        )
    if imported.words < 80:
        print(
            f"sitegen import: warning: only {imported.words} words kept; check {shown}",
            file=sys.stderr,
        )
    print(shown)
    return 0


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _read_source(source: str) -> tuple[str, str | None]:
    from .importer import MAX_PAGE_BYTES, ImportFailed, fetch

    if source == "-":
        return sys.stdin.read(), None
    if source.lower().startswith(("http://", "https://")):
        return fetch(source), source
    path = Path(source)
    try:
        with path.open("rb") as f:
            data = f.read(MAX_PAGE_BYTES + 1)
    except OSError as exc:
        raise ImportFailed(f"cannot read {source}: {exc.strerror}") from exc
    if len(data) > MAX_PAGE_BYTES:
        raise ImportFailed(f"{source} is over {MAX_PAGE_BYTES // 1_000_000} MB: is it an article?")
    return data.decode("utf-8-sig", errors="replace"), None


def _build(args: argparse.Namespace) -> int:
    show_progress = not args.quiet and sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show_progress and total >= 20:
            end = "\n" if done == total else ""
            print(f"\rcomparing events: {done}/{total}", end=end, file=sys.stderr, flush=True)

    # SIGTERM (a CI job cancelled, `kill`) stops the build as Ctrl-C does:
    # the staging folder is removed and the output left as it was.
    previous = signal.signal(signal.SIGTERM, _stop)
    previous_int = signal.getsignal(signal.SIGINT)
    if previous_int is not signal.SIG_IGN:  # a background job's stays ignored
        signal.signal(signal.SIGINT, _stop)
    output = args.output
    try:
        result = build(
            args.site, output=output, jobs=args.jobs, progress=progress, cache=args.cache
        )
    except BuildError as exc:
        _report(exc.problems)
        errors = sum(1 for p in exc.problems if p.severity == "error")
        kept = _previous_output(args.site, output)
        print(
            f"sitegen: build failed with {errors} error{'s' if errors != 1 else ''}"
            + (f"; {kept}/ was left as it was." if kept else "."),
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt as exc:
        kept = _previous_output(args.site, output)
        terminated = isinstance(exc, _Terminated)
        print(
            f"sitegen: {'stopped' if terminated else 'interrupted'}"
            + (f"; {kept}/ was left as it was" if kept else ""),
            file=sys.stderr,
        )
        return 143 if terminated else 130
    finally:
        signal.signal(signal.SIGTERM, previous)
        if previous_int is not None:
            signal.signal(signal.SIGINT, previous_int)
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
        print(f"Open {(result.output / 'index.html').as_uri()} in a browser, or run sitegen serve")
    return 0


class _Terminated(KeyboardInterrupt):
    """SIGTERM, handled as Ctrl-C is, with the exit status a shell expects (143)."""


def _stop(signum: int, frame: object) -> None:
    """Stop the build at the first Ctrl-C or SIGTERM, and let it clean up undisturbed.

    A second one (a user pressing Ctrl-C again, a service manager signalling every
    process of the group) would otherwise break off the clean-up half way.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise _Terminated if signum == signal.SIGTERM else KeyboardInterrupt


def _previous_output(site: Path, output: Path | None) -> str | None:
    """The output folder as the user names it, if there is one to keep; else None."""
    from .site.build import Builder
    from .site.checks import output_problem

    try:
        if output is not None and output_problem(site.resolve(), output):
            return None  # a folder sitegen refused to touch is no previous output
        folder = Path(output).resolve() if output is not None else Builder(site).output
        if not folder.is_dir() or not any(folder.iterdir()):
            return None
        return str(output) if output is not None else _relative(folder)
    except (OSError, ValueError):
        return None


def _relative(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _report(problems: Sequence[Problem]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)


def _add_serve(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "serve",
        help="build, then serve output/ over HTTP; --watch rebuilds and reloads on save",
        description="Build the site once, then serve output/ over HTTP for previewing. "
        "With --watch, every save under content/ or templates/ (or to sitegen.toml) "
        "rebuilds what changed, and open pages reload by themselves, keeping their "
        "scroll position. A failed rebuild keeps serving the last good site and shows "
        "path:line: message in the terminal and over the page. Ctrl-C stops.",
    )
    _site_argument(p)
    p.add_argument(
        "--watch",
        action="store_true",
        help="rebuild on every save and reload the pages open in a browser",
    )
    p.add_argument(
        "--poll",
        action="store_true",
        help="with --watch: check files for changes twice a second instead of asking the "
        "system to report them; for Docker, WSL and network drives, where saves go unseen",
    )
    p.add_argument(
        "--host",
        default="127.0.0.1",
        help="the address to listen on (default: 127.0.0.1, this computer only; "
        "0.0.0.0 lets other machines on the network see the preview)",
    )
    p.add_argument(
        "--port",
        type=int,
        metavar="N",
        help="the port to listen on (default: 8000, or the next free one, which is printed; "
        "a port given here that is in use is an error)",
    )
    p.add_argument(
        "--open", action="store_true", help="open the preview in the default web browser"
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        metavar="N",
        help=JOBS_HELP,
    )
    _cache_argument(p)
    p.set_defaults(run=_serve)


def _serve(args: argparse.Namespace) -> int:
    from .site.serve import serve

    try:
        return serve(
            args.site,
            host=args.host,
            port=args.port,
            watch=args.watch,
            poll=args.poll,
            open_browser=args.open,
            jobs=args.jobs,
            cache=args.cache,
        )
    except KeyboardInterrupt:  # a second Ctrl-C while stopping
        return 0
