"""How well the comparison engine finds claims, details and conflicts.

Runs :func:`sitegen.engine.comparison.compare` on every hand-written event
under ``tests/pairs/<event-slug>/`` (two to four ``<source-id>.md`` articles
and an ``expected.yaml``) and prints, per event, per pattern and overall, the
scores that ``tests/scoring.py`` defines (unique recall and precision, shared
recall, partly accuracy, detail precision and recall, conflict recall, the
unique sentences shown as a claim or through their details, and the counts of
spurious conflicts, not_facts violations and wrong merges).

Events list the ``patterns`` they show (compound, paraphrase, quote-paraphrase,
figures, update, partly), and the scores are also totalled per pattern.

Plain Python over the library API; run from the repository root (``--pairs``
scores another folder of events in the same form):

    .venv/bin/python benchmarks/quality.py [-v] [--pairs DIR]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, this folder is first on the path; the scoring lives with the tests.
sys.path.insert(0, str(ROOT))

from sitegen.engine.comparison import compare, to_json  # noqa: E402
from sitegen.engine.model import Event  # noqa: E402
from sitegen.site.loader import read_article  # noqa: E402
from sitegen.site.model import Problem  # noqa: E402
from tests.scoring import (  # noqa: E402
    METRICS,
    PAIRS,
    Case,
    Score,
    Tally,
    case_folders,
    read_expected,
    score,
)


def load_case(folder: Path) -> Case:
    """Compare the event in ``folder``, its articles in file-name order."""
    problems: list[Problem] = []
    articles = []
    for path in sorted(folder.glob("*.md")):
        art = read_article(path, ROOT, problems)
        if art is not None:
            articles.append(art)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise ValueError("\n".join(str(p) for p in errors))
    event = Event(folder.name, folder.name, tuple(articles), path=str(folder))
    return Case(folder.name, read_expected(folder), to_json(compare(event)))


def load_cases(root: Path = PAIRS) -> list[Case]:
    return [load_case(f) for f in case_folders(root)]


# -- Report -------------------------------------------------------------------------------


def _fmt(t: Tally) -> str:
    return "   -  " if t.rate is None else f"{t.rate:5.2f} ({t.hits}/{t.total})"


HEADS = (
    "uniq rec",
    "uniq prec",
    "shared rec",
    "partly acc",
    "det prec",
    "det rec",
    "confl rec",
    "uniq shown",
)


def _row(label: str, s: Score) -> str:
    row = f"{label[:34]:34} " + " ".join(f"{_fmt(getattr(s, m)):>13}" for m in METRICS)
    return (
        row
        + f" {len(s.spurious_conflicts):>4} {len(s.not_fact_violations):>4}"
        + (f" {len(s.wrong_merges):>4}")
    )


def report(cases: Iterable[Case], verbose: bool = False, out: Any = sys.stdout) -> Score:
    """Print each event's scores, then the totals per pattern and overall."""
    total = Score()
    patterns: dict[str, Score] = {}
    head = f"{'event':34} " + " ".join(f"{h:>13}" for h in HEADS)
    print(head + f" {'spur':>4} {'notf':>4} {'merg':>4}", file=out)
    for case in cases:
        s = score(case)
        total += s
        for pattern in case.expected["patterns"]:
            patterns.setdefault(pattern, Score()).__iadd__(s)
        print(_row(case.slug, s), file=out)
        if verbose:
            for m in METRICS:
                for miss in getattr(s, m).misses:
                    print(f"    {m} miss: {miss}", file=out)
            for c in s.spurious_conflicts:
                print(f"    spurious conflict: {c}", file=out)
            for v in s.not_fact_violations:
                print(f"    not_fact: {v}", file=out)
            for v in s.wrong_merges:
                print(f"    wrong merge: {v}", file=out)
    if patterns:
        print("\nby pattern (events that show it):", file=out)
        for name in sorted(patterns):
            print(_row(f"  {name}", patterns[name]), file=out)
    print(_row("OVERALL", total), file=out)
    print(
        f"\n{total.sentences} sentences, {total.unannotated} not annotated as unique or shared; "
        f"{len(total.spurious_conflicts)} spurious conflicts; "
        f"{len(total.not_fact_violations)} not_facts violations; "
        f"{len(total.wrong_merges)} wrong merges.",
        file=out,
    )
    return total


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description="Score the comparison against labels written before it ran."
    )
    parser.add_argument(
        "--pairs",
        type=Path,
        default=PAIRS,
        metavar="DIR",
        help="a folder of events, each with an expected.yaml (default: tests/pairs)",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list each event's misses and false facts"
    )
    args = parser.parse_args(argv)
    try:
        report(load_cases(args.pairs), verbose=args.verbose)
    except LookupError as error:  # a label that names no one sentence of its article
        print(f"quality.py: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
