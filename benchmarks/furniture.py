"""How much page furniture the plain-text importer keeps, and how much article it loses.

Each article is given twice: the page's text as scraped or copied, with all
its furniture (``RAW/<event>/<source>.txt``), and the article body a reader
cut out of it by hand (``CLEAN/<event>/<source>.md``, front matter first).
The importer (:func:`sitegen.importer.from_text`) cleans the raw text; this
script compares what it kept with the reader's body:

- **furniture kept**: a paragraph of the import that is no part of the body
  (a caption, a prompt, a date line, a menu); the dateline that opens the
  story ("LONDON (AP) -") is not, as the engine reads it as the dateline;
- **text lost**: a sentence of the body that the import left out;
- **cut-off tail**: the last paragraph, cut off mid-sentence where the page
  stopped.  The reader dropped it; the importer keeps it on purpose, so it
  is counted apart, as are subheadings the reader left out.

    .venv/bin/python benchmarks/furniture.py RAW CLEAN [-v]

Both folders stay outside the repository: they hold other people's articles.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sitegen.engine.datelines import opening_dateline  # noqa: E402
from sitegen.importer import from_text  # noqa: E402
from sitegen.site.frontmatter import parse  # noqa: E402

_SENTENCE = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


def _norm(text: str) -> str:
    """Text as compared: one form of quotes and dashes, no Markdown escapes, one space."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(str.maketrans("‘’“”–—", "''\"\"--"))
    text = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)  # any ASCII punctuation escaped
    text = re.sub(r"\s+([,;:])", r"\1", text)  # "Guzman , 61": a link's space, as copied
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Tally:
    """What one or more imports kept and lost against the reader's bodies."""

    articles: int = 0
    paragraphs: int = 0
    sentences: int = 0
    furniture: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    tails: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.articles += other.articles
        self.paragraphs += other.paragraphs
        self.sentences += other.sentences
        for name in ("furniture", "lost", "tails", "headings"):
            getattr(self, name).extend(getattr(other, name))


def compare(raw: str, reference: str, label: str = "") -> Tally:
    """Import ``raw`` and compare its body with ``reference`` (the body cut by hand)."""
    body = from_text(raw).body
    want = _norm(reference)
    tally = Tally(articles=1)
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    tally.paragraphs = len(paragraphs)
    for n, paragraph in enumerate(paragraphs):
        text = _norm(paragraph)
        # The dateline the story opens with is read as one, never as a sentence of it;
        # under a standfirst, the lede's in brackets too ("[SINGAPORE] US President ...").
        filed = opening_dateline(text.replace("\\[", "[").replace("\\]", "]"))
        if filed and (n == 0 or (n == 1 and filed.group()[0] == "[")):
            text = text.replace("\\[", "[").replace("\\]", "]")[filed.end() :].strip()
        if text.startswith("#"):
            if _norm(text.lstrip("# ")) not in want:
                tally.headings.append(f"{label}{text}")
            continue
        if text in want or all(s in want for s in _SENTENCE.split(text)):
            continue
        last = n == len(paragraphs) - 1
        if last and not re.search(r"[.!?][\"'”’)]*$", text):
            tally.tails.append(f"{label}{text[:100]}")
            continue
        tally.furniture.append(f"{label}{text[:100]}")
    got = _norm(body)
    for n, paragraph in enumerate(p for p in re.split(r"\n\s*\n", reference) if p.strip()):
        text = _norm(paragraph)
        # ... and so is the reader's: "WEDNESDAY, Aug. 19, 2015 (HealthDay News) -- Addyi ..."
        # is the sentence "Addyi ...", however much of the dateline the importer keeps.
        filed = opening_dateline(text) if n == 0 else None
        text = text[filed.end() :] if filed else text
        for sentence in _SENTENCE.split(text):
            if not sentence:
                continue
            tally.sentences += 1
            if sentence not in got:
                tally.lost.append(f"{label}{sentence[:100]}")
    return tally


def run(raw_root: Path, clean_root: Path) -> Tally:
    """Every ``<event>/<source>.txt`` under ``raw_root`` against its ``.md`` in ``clean_root``."""
    total = Tally()
    for raw in sorted(raw_root.glob("*/*.txt")):
        md = clean_root / raw.parent.name / f"{raw.stem}.md"
        if not md.exists():
            continue
        reference = parse(md.read_text(encoding="utf-8")).body
        label = f"{raw.parent.name}/{raw.stem}: "
        total.add(compare(raw.read_text(encoding="utf-8"), reference, label))
    return total


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description="Count the page furniture the plain-text importer keeps and the text it loses."
    )
    parser.add_argument("raw", type=Path, help="RAW/<event>/<source>.txt: pages as scraped")
    parser.add_argument("clean", type=Path, help="CLEAN/<event>/<source>.md: bodies cut by hand")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each line counted")
    args = parser.parse_args(argv)
    total = run(args.raw, args.clean)
    verbose = args.verbose
    for name in ("furniture", "lost", "tails", "headings"):
        found = getattr(total, name)
        if verbose:
            for line in found:
                print(f"  {name}: {line}")
    print(
        f"{total.articles} articles: furniture kept {len(total.furniture)} of "
        f"{total.paragraphs} paragraphs; text lost {len(total.lost)} of {total.sentences} "
        f"sentences; cut-off tails kept {len(total.tails)}; subheadings kept "
        f"{len(total.headings)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
