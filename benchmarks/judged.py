"""What share of the listed unique facts a careful reader finds reported elsewhere.

``benchmarks/quality.py`` scores the engine against labels written before it
ran.  This script asks the question the way a fact-checker would after it
ran: of the facts sitegen lists as unique to one outlet (claims and details),
how many does another outlet report after all, and how many are no readable
fact?  It works in two steps on any folder of events (one sub-folder per
event, one ``<source-id>.md`` per article, no ``expected.yaml`` needed):

    .venv/bin/python benchmarks/judged.py dump DIR verdicts.tsv
    # a reader fills the verdict column of verdicts.tsv, reading the articles
    .venv/bin/python benchmarks/judged.py score DIR verdicts.tsv [more.tsv ...]

A verdict is ``unique``, ``reported`` (another outlet states the same fact,
in any words), ``partly`` (a claim some of whose facts others report) or
``junk`` (a detail that is no readable fact).  Verdicts are keyed by event,
source, kind and text, not by position, so they survive a change to the
engine: ``score`` lists the facts no verdict covers, for the reader to add.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sitegen.engine.comparison import compare  # noqa: E402
from sitegen.engine.model import Event, Fact  # noqa: E402
from sitegen.site.loader import read_article  # noqa: E402
from sitegen.site.model import Problem  # noqa: E402

COLUMNS = ("event", "source", "kind", "text", "verdict", "category", "partner", "context")
VERDICTS = ("unique", "reported", "partly", "junk")
FALSE = ("reported", "junk")

Key = tuple[str, str, str, str]


def listed(folder: Path) -> list[Fact]:
    """The claims and details the engine lists as unique to one source, for one event."""
    problems: list[Problem] = []
    articles = [
        art
        for path in sorted(folder.glob("*.md"))
        if (art := read_article(path, ROOT, problems)) is not None
    ]
    event = Event(folder.name, folder.name, tuple(articles), path=str(folder))
    return [f for f in compare(event).facts if f.unique and f.kind in ("claim", "detail")]


def events(root: Path) -> list[Path]:
    return [f for f in sorted(root.iterdir()) if f.is_dir() and any(f.glob("*.md"))]


def dump(root: Path, out: Path) -> int:
    """Write every listed unique fact of every event under ``root`` as a row to judge."""
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        rows = 0
        for folder in events(root):
            for f in listed(folder):
                writer.writerow((folder.name, f.sources[0], f.kind, f.text, "", "", "", f.context))
                rows += 1
    return rows


def read_verdicts(paths: list[Path]) -> dict[Key, str]:
    """Every verdict the files give, keyed by (event, source, kind, text)."""
    found: dict[Key, str] = {}
    for path in paths:
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                verdict = (row.get("verdict") or "").strip()
                if verdict in VERDICTS:
                    key = (row["event"], row["source"], row["kind"], row["text"])
                    found[key] = verdict
    return found


def score(root: Path, verdicts: dict[Key, str], out: TextIO = sys.stdout) -> Counter[str]:
    """Print, per event and overall, how many listed facts the verdicts find false."""
    total: Counter[str] = Counter()
    missing: list[Key] = []
    print(f"{'event':44} {'listed':>6} {'false':>6} {'partly':>6} {'unjudged':>8}", file=out)
    for folder in events(root):
        tally: Counter[str] = Counter()
        for f in listed(folder):
            key: Key = (folder.name, f.sources[0], f.kind, f.text)
            verdict = verdicts.get(key)
            tally[verdict or "unjudged"] += 1
            tally[f"{f.kind}:{verdict or 'unjudged'}"] += 1
            if verdict is None:
                missing.append(key)
        total += tally
        print(_row(folder.name, tally), file=out)
    print(_row("OVERALL", total), file=out)
    for what in ("claim", "detail"):
        parts = ", ".join(f"{v} {total[f'{what}:{v}']}" for v in (*VERDICTS, "unjudged"))
        print(f"  {what}s: {parts}", file=out)
    for key in missing:
        print("unjudged:", "\t".join(key), file=out)
    return total


def _row(label: str, tally: Counter[str]) -> str:
    judged = sum(tally[v] for v in VERDICTS)
    false = sum(tally[v] for v in FALSE)
    share = f"{false / judged:.3f}" if judged else "  -  "
    return (
        f"{label[:44]:44} {judged + tally['unjudged']:>6} {false:>6} {tally['partly']:>6} "
        f"{tally['unjudged']:>8}   false share {share}"
    )


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] == "dump":
        rows = dump(Path(argv[1]), Path(argv[2]))
        print(f"{rows} facts to judge in {argv[2]}")
        return 0
    if len(argv) >= 3 and argv[0] == "score":
        score(Path(argv[1]), read_verdicts([Path(p) for p in argv[2:]]))
        return 0
    if argv[:1] in (["-h"], ["--help"]):
        print(__doc__)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
