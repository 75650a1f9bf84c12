"""Words one outlet tells word for word with another: evidence that both tell one claim.

Independent reporters rarely write four words in a row alike unless they tell one
claim ("with five balls to spare"), and five words of a quotation in a row are the
same words of the same speaker, however plain ("It might not have been you").
:func:`word_for_word` gives each sentence's runs; :mod:`.coverage` looks them up in
the other sources.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate

from .model import Token
from .units import SAY

PHRASE = 4  # words in a row told word for word
QUOTE_RUN = 5  # words of a quotation in a row, quoted word for word
QUOTE_SHORT = 3  # words of a sentence that is all quotation, quoted word for word
PHRASE_WORDS = 2  # of which plain content words, neither names nor "said"
# Words of the stock phrases any two reporters write ("and to make sure", "take part in
# the", "at the same time"): they count for no plain word of a phrase.
_LIGHT = frozenset(
    "make makes made making sure take takes took taking part time way get got go going "
    "come came put keep kept give gave look need want know think see back well able "
    "like likely lot number".split()
)


def word_for_word(tokens: Sequence[Token]) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """The runs of ``tokens`` another source may tell word for word: its phrases and long
    quotations, then its short quotations (where a sentence that only quotes a few
    words may find itself)."""
    runs, whole = _quote_runs(tokens)
    return _phrases(tokens, runs, whole), _quoted(runs)


def _phrases(
    tokens: Sequence[Token], runs: Sequence[Sequence[Token]], whole: bool
) -> list[tuple[str, ...]]:
    """Every run of PHRASE words that holds at least PHRASE_WORDS plain content words,
    and every run of QUOTE_RUN quoted words (``runs``, from :func:`_quote_runs`).

    Names and "said" are left out of the count: "the Mines Inspectorate said it"
    is in many sentences that tell different things.
    """
    keys = [t.key for t in tokens]
    # How many plain words the first k tokens hold, so that a window's count is a difference.
    plain = list(
        accumulate(
            (t.content and not t.name and t.key not in SAY and t.key not in _LIGHT for t in tokens),
            initial=0,
        )
    )
    found = [
        tuple(keys[k : k + PHRASE])
        for k in range(len(tokens) - PHRASE + 1)
        if plain[k + PHRASE] - plain[k] >= PHRASE_WORDS
    ]
    # A quotation is quoted word for word: five of its words in a row, however plain
    # ("It might not have been you"), are the same words of the same speaker.
    for run in runs:
        for k in range(len(run) - QUOTE_RUN + 1):
            window = run[k : k + QUOTE_RUN]
            if any(t.content or t.key == "not" for t in window):
                found.append(('"', *(t.key for t in window)))
    # A sentence that is only the end of a quotation ('It's that simple."') is shorter
    # than a run; quoted whole, it is those words of that speaker too.
    short = whole and len(runs) == 1 and QUOTE_SHORT <= len(runs[0]) < QUOTE_RUN
    if short and any(t.content for t in runs[0]):
        found.append(('"', *(t.key for t in runs[0])))
    return found


_PRONOUNS = frozenset("i you he she it we they that there what who".split())
_AUXILIARIES = frozenset("am is are will would have has had".split())
_NEGATED = frozenset("do does did can will would could should is are was were have has had".split())


def _quote_runs(tokens: Sequence[Token]) -> tuple[list[list[Token]], bool]:
    """Each run of quoted words, and whether the sentence is all quotation.

    The words are those two transcripts of one quotation share: one has "I'm here,
    I'm free now" and another "I am here, I am free now"; the word a contraction
    folds in ("am", "do" of "don't") is left out of both.
    """
    runs: list[list[Token]] = []
    run: list[Token] = []
    whole = True
    before = ""
    for t in tokens:
        key = t.key
        if not t.quoted:
            whole = False
            if run:
                runs.append(run)
                run = []
        elif not (key in _AUXILIARIES and before in _PRONOUNS):
            if key == "not" and run and run[-1].key in _NEGATED:
                run.pop()
            run.append(t)
        before = key
    if run:
        runs.append(run)
    return runs, whole


def _quoted(runs: Sequence[Sequence[Token]]) -> list[tuple[str, ...]]:
    """Every QUOTE_SHORT to QUOTE_RUN - 1 quoted words in a row, where a short sentence
    that only quotes may find itself."""
    return [
        ('"', *(t.key for t in run[k : k + n]))
        for run in runs
        for n in range(QUOTE_SHORT, QUOTE_RUN)
        for k in range(len(run) - n + 1)
    ]
