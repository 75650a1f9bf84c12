"""What a page gives twice: a paragraph of the story told again above or beside it.

Pages set a few of the story's own words apart, to draw the eye: a standfirst
over the lede that the paragraphs under it retell, a summary of the first
paragraphs cut off mid-sentence, a pull quote (with its speaker's name under it,
or quoted again in full lower down), a caption that repeats a sentence, the
headline again under its date line.  The story keeps each once, in its place.
Two tellings are matched by the runs of words they share, so a standfirst that
changes a word or two ("Northgate" / "the port") is still found, and a lede that
merely shares a name or a phrase with a later paragraph is not.
"""

from __future__ import annotations

import re

from ..engine.words import normalize
from .lineshape import SENTENCE_END

RUN_WORDS = 4  # words in a row that two tellings of one sentence share word for word
REPEAT_RUNS = 5  # runs a paragraph needs (eight words) before it can be told as a repeat
REPEAT_SHARE = 0.9  # of its runs that a longer paragraph carries: the paragraph given again
STANDFIRST_SHARE = 0.5  # of the first paragraph's runs that the story retells: a standfirst
STANDFIRST_REACH = 8  # paragraphs below the first that may retell it
# A pull quote's speaker: a name, perhaps with a role after a comma ("Ann Lee, union
# leader", "Passenger Jo Bloggs", "Harbour Master").
SPEAKER = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*(?:,\s+[\w .'’-]{2,40})?$")
ROLE_LINE = re.compile(r"^[A-Z][\w.'’-]*(?:[ ,]+[\w.'’-]+){0,5}$")  # "Union leader" under it


def without_repeats(kept: list[str], dropped: list[str]) -> list[str]:
    """``kept`` without the paragraphs the story gives again in its own words:

    - a pull quote, a caption or a summary point that a longer paragraph carries all but
      word for word ("We held out for nine days ..." / 'Union leader Ann Lee said:
      "We held out for nine days ..."');
    - a standfirst over the lede that the paragraphs under it retell, mostly in the same
      words ("... cancelled every crossing out of Northgate" / "... cancelled every
      crossing out of the port"), or a page's summary cut off mid-sentence above the story.
    """
    runs = [_runs(p) if not p.startswith("#") else set() for p in kept]
    gone: set[int] = set()
    first = next((n for n, r in enumerate(runs) if r), None)
    if first is not None and len(runs[first]) >= REPEAT_RUNS:
        # ... but a statement quoted under a lede retells it as its source put it ("Alan
        # Rickman has died at the age of 69." / "“The actor and director Alan Rickman has
        # died from cancer at the age of 69. ...,” a statement read.").
        told = range(first + 1, min(len(kept), first + 1 + STANDFIRST_REACH))
        below = set().union(*(runs[m] for m in told if kept[m][:1] not in '"“'))
        if len(runs[first] & below) >= STANDFIRST_SHARE * len(runs[first]):
            gone.add(first)
    for n, own in enumerate(runs):
        # Of two paragraphs that say the same, the longer stays, or the later if neither is.
        if (
            n not in gone
            and len(own) >= REPEAT_RUNS
            and any(
                len(own & other) >= REPEAT_SHARE * len(own)
                and (len(other) > len(own) or (len(other) == len(own) and m > n))
                for m, other in enumerate(runs)
                if m != n and m not in gone
            )
        ):
            gone.add(n)
    dropped += [p for n, p in enumerate(kept) if n in gone]
    return [p for n, p in enumerate(kept) if n not in gone]


def _runs(text: str) -> set[tuple[str, ...]]:
    """The runs of ``RUN_WORDS`` words in ``text``: what two tellings share word for word."""
    words = re.findall(r"\w+", normalize(text).lower())
    return {tuple(words[i : i + RUN_WORDS]) for i in range(len(words) - RUN_WORDS + 1)}


def title_case(line: str) -> bool:
    """Whether ``line`` is set as a headline: every word of four letters or more capitalised."""
    long = [w.strip(".,:;!?'\"‘’”“(") for w in line.split()]
    long = [w for w in long if len(w) >= 4]
    return len(long) >= 3 and all(w[:1].isupper() for w in long)


def pulled_quote(paragraph: str, run: list[str]) -> bool:
    """Whether ``paragraph`` is a quotation set apart with its speaker's name (and role)
    under it, as a pull quote: "We held out for nine days and won more than we asked" /
    "Ann Lee, union leader"; the story quotes its speakers in its own sentences."""
    unstopped = not SENTENCE_END.search(paragraph) and not paragraph.endswith(":")
    named = bool(run) and SPEAKER.match(run[0]) and all(ROLE_LINE.match(line) for line in run[1:])
    return unstopped and len(run) <= 2 and bool(named)
