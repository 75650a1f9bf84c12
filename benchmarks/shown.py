"""What share of the facts truly unique to one outlet the engine shows.

``benchmarks/judged.py`` asks whether what sitegen lists is true; this script
asks the other half: of the facts a reader found in only one outlet, written
down before sitegen ran, how many does the event page show?  A label is one
row of a tab-separated file with the columns ``event``, ``source``, ``needle``
and ``note``: the needle is the shortest run of the outlet's own words that
carries the fact ("fined $85,000", "Kingsley Otieno").

    .venv/bin/python benchmarks/shown.py DIR labels.tsv [more.tsv ...]

A label is shown when a claim or detail listed as unique to its source holds
the needle (or a detail holds at least half of it), or when a conflict gives
that source's version with it: the page shows an outlet's own figure inside
the conflict.  A needle that is not in the article at all (its text lost at
import, or miscopied) is counted and named apart.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sitegen.engine.comparison import compare  # noqa: E402
from sitegen.engine.model import Event, Fact  # noqa: E402
from sitegen.site.loader import read_article  # noqa: E402
from sitegen.site.model import Problem  # noqa: E402

_TYPOGRAPHY = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)


_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+.!<>|-])")


def normal(text: str) -> str:
    """Lower case, plain quotes and dashes, one space between words, and no Markdown
    escapes: the article's "\\[the issues\\]" is the "[the issues]" a reader sees."""
    return " ".join(_ESCAPED.sub(r"\1", text).translate(_TYPOGRAPHY).lower().split())


def read_labels(paths: list[Path]) -> dict[str, list[tuple[str, str]]]:
    """Each event's labels as (source, needle), in file order."""
    found: dict[str, list[tuple[str, str]]] = {}
    for path in paths:
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                if (row.get("needle") or "").strip():
                    found.setdefault(row["event"], []).append((row["source"], row["needle"]))
    return found


def _marks(text: str) -> set[str]:
    """The words of a detail that carry it: its figures and its names."""
    words = (w.strip(".,;:'\"()") for w in text.split())
    return {w.lower() for w in words if w and (w[0].isupper() or any(c.isdigit() for c in w))}


def is_shown(facts: list[Fact], source: str, needle: str) -> bool:
    """Whether the page shows the fact ``needle`` carries as ``source``'s own.

    A detail shows it when it holds the needle, or gives one of the needle's
    names or figures ("eighth victory" for "eighth victory in as many finals" is
    not enough, "in Kyiv" for "2018 final in Kyiv" is), or is at least half of it.
    """
    wanted = normal(needle)
    marks = _marks(needle)
    for fact in facts:
        if fact.kind == "conflict":
            version = fact.versions.get(source)
            if version is not None and wanted in normal(version):
                return True
        elif fact.unique and fact.kind in ("claim", "detail") and fact.sources[0] == source:
            text = normal(fact.text)
            if wanted in text:
                return True
            if fact.kind == "detail" and (
                (text in wanted and 2 * len(text) >= len(wanted)) or marks & _marks(fact.text)
            ):
                return True
    return False


def score(
    root: Path, labels: dict[str, list[tuple[str, str]]], out: TextIO = sys.stdout
) -> tuple[int, int, int]:
    """Print each label not shown and each event's share; return (labels, shown, absent)."""
    total = shown = absent = 0
    for event in sorted(labels):
        folder = root / event
        if not folder.is_dir():
            continue  # labels for events kept elsewhere: one file may label many folders
        problems: list[Problem] = []
        articles = [
            art
            for path in sorted(folder.glob("*.md"))
            if (art := read_article(path, ROOT, problems)) is not None
        ]
        texts = {art.id: normal(art.body) for art in articles}
        facts = list(compare(Event(event, event, tuple(articles), path=str(folder))).facts)
        found = 0
        for source, needle in labels[event]:
            if normal(needle) not in texts.get(source, ""):
                absent += 1
                print(f"not in the article: {event}\t{source}\t{needle}", file=out)
            elif is_shown(facts, source, needle):
                found += 1
            else:
                print(f"not shown: {event}\t{source}\t{needle}", file=out)
        print(f"{event}: {found} of {len(labels[event])} shown", file=out)
        total += len(labels[event])
        shown += found
    share = f"{shown / total:.3f}" if total else "-"
    print(f"OVERALL {shown} of {total} shown ({share}); {absent} not in the article", file=out)
    return total, shown, absent


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] not in ("-h", "--help"):
        score(Path(argv[0]), read_labels([Path(p) for p in argv[1:]]))
        return 0
    print(__doc__, file=sys.stderr if argv[:1] not in (["-h"], ["--help"]) else sys.stdout)
    return 0 if argv[:1] in (["-h"], ["--help"]) else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
