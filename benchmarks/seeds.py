"""The seed pair imported raw, as a user would: how many of its unique facts sitegen lists.

The two real seed articles (``../shared/seeds/``, not part of the project) are
imported from their raw text with ``sitegen import``'s cleaner, compared, and
the facts listed as unique to each outlet are checked against a reader's list:
the facts only one outlet reports (each named by a few of its words, which a
listed claim or detail of that outlet must hold) and the facts both report
(a listed unique fact that holds one of those words is false).

    .venv/bin/python benchmarks/seeds.py [SEEDS_DIR] [-v]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sitegen.engine.comparison import compare  # noqa: E402
from sitegen.engine.model import Event  # noqa: E402
from sitegen.importer import from_text, with_overrides, write_article  # noqa: E402
from sitegen.site.loader import read_article  # noqa: E402

FILES = {
    "evening-standard": ("000_614fa368e1abd528.txt", "Evening Standard"),
    "second-outlet": ("004_ad595ad3e32efb30.txt", "Second Outlet"),
}
# What only one outlet reports, by a few of its words.
UNIQUE = {
    "second-outlet": (
        "world's top military power",
        "ally of President Vladimir Putin",
        "Telegraph",
        "HIMARS",
        "wants Ukraine to defeat Russia",
        "going to plan",
        "Donetsk",
        "Luhansk People's Republic",
        "Hryhorivka",
        "largest thermal power plant",
        "Cuban Missile Crisis",
        "ready for talks",
        "long overdue",
        "expires in 2026",
        "February 2021",
        "signed in 2010",
        "1,550",
        "on-site inspections",
    ),
    "evening-standard": (
        "no immediate reaction",
        "Western allies",
        "long-range weapons",
        "Istanbul",
        "more than five months",
        "Odesa",
        "food shortage",
        "one grain ship",
        "famines",
    ),
}
# What both report: a unique fact holding these words is reported by the other outlet.
SHARED = (
    "US spies",
    "Skibitsky",
    "undeniably proves",
    "billions of dollars",
    "direct confrontation",
    "missile attacks on civilian targets",
    "directly responsible",
    "areas controlled by Russian-backed forces",
)


def listed(seeds: Path) -> list[tuple[str, str, str]]:
    """The (source, kind, text) of every fact listed as unique to one outlet."""
    with tempfile.TemporaryDirectory() as tmp:
        articles = []
        for name, outlet in FILES.values():
            imported = from_text((seeds / name).read_text(encoding="utf-8"))
            imported = with_overrides(imported, source=outlet)
            path = write_article(Path(tmp), "seed-pair", imported)
            article = read_article(path, Path(tmp), [])
            assert article is not None, path
            articles.append(article)
        event = Event("seed-pair", "seed-pair", tuple(articles), path=tmp)
        facts = compare(event).facts
    # Each article's id is its file's name: the slug of the outlet, as FILES names it.
    return [
        (f.sources[0], f.kind, f.text) for f in facts if f.unique and f.kind in ("claim", "detail")
    ]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description="Import the seed pair raw and count the unique facts sitegen lists."
    )
    parser.add_argument(
        "seeds",
        nargs="?",
        type=Path,
        default=ROOT.parent / "shared" / "seeds",
        help="the seed articles' folder (default: ../shared/seeds)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list every fact")
    args = parser.parse_args(argv)
    seeds = args.seeds
    if not all((seeds / name).is_file() for name, _ in FILES.values()):
        print(f"seeds.py: the seed articles are not in {seeds}", file=sys.stderr)
        return 2
    facts = listed(seeds)
    missed = [
        (src, words)
        for src, keys in UNIQUE.items()
        for words in keys
        if not any(s == src and words.lower() in t.lower() for s, _, t in facts)
    ]
    false = [f for f in facts if any(words.lower() in f[2].lower() for words in SHARED)]
    total = sum(len(keys) for keys in UNIQUE.values())
    if args.verbose:
        for src, kind, text in facts:
            print(f"  listed {src} {kind}: {text}")
        for src, words in missed:
            print(f"  missed {src}: {words}")
        for src, kind, text in false:
            print(f"  false {src} {kind}: {text}")
    found = total - len(missed)
    print(
        f"seed pair imported raw: {found} of {total} unique facts found ({found / total:.0%}), "
        f"{len(false)} false of {len(facts)} listed"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
