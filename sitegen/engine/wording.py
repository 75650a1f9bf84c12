"""Word choice: what one outlet calls a thing that another calls something else.

Read from the word diffs of matched sentences, so it costs no new comparison.
Where two matched sentences agree on the words around a change and differ
only in between ("police *said*" against "police *claimed*"), the two short
runs are one outlet's word against the other's for the same thing.  Words the
diff already treats as one (Kyiv and Kiev, defence and defense) are never
marked as changes; they are read from the unchanged words whose spelling
differs, and listed apart as spelling.

Numbers are left out: a different figure is a conflict, not a choice of words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import snowballstemmer

from .model import Document, Link, Token, record
from .words import CALENDAR

_stemmer = snowballstemmer.stemmer("english")

_DATES = CALENDAR | frozenset("today yesterday tomorrow".split())
# Longer runs are rewritten clauses, not a choice of one word over another.
MAX_WORDS = 3


@record
class Choice:
    """One pair of wordings, every place it occurs, as (left, right) sentence indices."""

    kind: str  # "word" or "spelling"
    left_source: str
    left: str
    right_source: str
    right: str
    places: tuple[tuple[int, int], ...]

    @property
    def count(self) -> int:
        return len(self.places)


def word_choices(links: Iterable[Link], documents: Mapping[str, Document]) -> list[Choice]:
    """Every pair of wordings in the diffs of ``links``, most frequent first."""
    found: dict[tuple[str, str, str, str, str], list[tuple[int, int]]] = {}
    shown: dict[tuple[str, str, str, str, str], tuple[str, str]] = {}
    for link in links:
        if link.diff is None or link.secondary:
            continue
        a, b = documents[link.left_source], documents[link.right_source]
        left = _flat(a, link.left, link.diff.left)
        right = _flat(b, link.right, link.diff.right)
        for kind, one, other in pairs(left, right):
            l_text, l_sentence = one
            r_text, r_sentence = other
            key = (kind, link.left_source, l_text.lower(), link.right_source, r_text.lower())
            shown.setdefault(key, (l_text, r_text))
            places = found.setdefault(key, [])
            if (l_sentence, r_sentence) not in places:
                places.append((l_sentence, r_sentence))
    choices = [
        Choice(key[0], key[1], shown[key][0], key[3], shown[key][1], tuple(places))
        for key, places in found.items()
    ]
    choices.sort(key=lambda c: (c.kind != "word", -c.count, c.left.lower(), c.right.lower()))
    return choices


# A word as the pairing needs it: (token, its sentence's text, sentence index, changed).
_Word = tuple[Token, str, int, bool]


def _flat(doc: Document, indices: Sequence[int], marks: Sequence[Sequence[bool]]) -> list[_Word]:
    words: list[_Word] = []
    for i, sentence_marks in zip(indices, marks, strict=True):
        for token, changed in zip(doc.tokens[i], sentence_marks, strict=True):
            words.append((token, doc.sentences[i], i, changed))
    return words


def pairs(
    left: Sequence[_Word], right: Sequence[_Word]
) -> list[tuple[str, tuple[str, int], tuple[str, int]]]:
    """The wordings two diffed passages differ by: ``(kind, (text, sentence), (text, sentence))``.

    Unchanged words stand in both passages in the same order, so walking them
    in step gives the anchors; a change is a choice of words only when both
    sides changed between the same two anchors.
    """
    out: list[tuple[str, tuple[str, int], tuple[str, int]]] = []
    li = ri = 0
    while li <= len(left) and ri <= len(right):
        l_run: list[_Word] = []
        while li < len(left) and left[li][3]:
            l_run.append(left[li])
            li += 1
        r_run: list[_Word] = []
        while ri < len(right) and right[ri][3]:
            r_run.append(right[ri])
            ri += 1
        if l_run and r_run and _choice(l_run, r_run):
            one, other = _phrase(l_run), _phrase(r_run)
            if one and other:
                out.append(("word", one, other))
        if li == len(left) or ri == len(right):
            break
        spelled = _spelling(left[li][0], right[ri][0])
        if spelled:
            l_word, r_word = left[li], right[ri]
            out.append(("spelling", (l_word[0].text, l_word[2]), (r_word[0].text, r_word[2])))
        li += 1
        ri += 1
    return out


def _choice(one: Sequence[_Word], other: Sequence[_Word]) -> bool:
    """Whether two changed runs are two words for one thing, not a changed fact.

    Both sides must say something (not "the" against "a"); a name or a day
    on either side is a different fact, and a shared stem ("cut" against
    "cutting") is grammar, not a choice.
    """
    tokens = [w[0] for w in (*one, *other)]
    if not any(t.content for t in tokens):
        return False
    if any(t.name or t.key in _DATES for t in tokens):
        return False
    for side in (one, other):
        if not any(w[0].content or len(w[0].key) >= 4 for w in side):
            return False
    # The plain stem, not the token's: the lexicon gives "killed" and "died"
    # one stem so they match, and they are exactly the choices to list.
    stems = {_stem(w[0].key) for w in one if w[0].content}
    return not stems & {_stem(w[0].key) for w in other if w[0].content}


def _phrase(run: Sequence[_Word]) -> tuple[str, int] | None:
    """A changed run as one wording, or None when it is no choice of words."""
    if len(run) > MAX_WORDS or len({w[2] for w in run}) > 1:
        return None
    tokens = [w[0] for w in run]
    if any(t.number for t in tokens):
        return None
    sentence = run[0][1]
    return sentence[tokens[0].start : tokens[-1].end], run[0][2]


def _spelling(a: Token, b: Token) -> bool:
    """The same word spelt differently, not merely in other case or quotes."""
    if a.number or b.number or a.key != b.key or a.text == b.text:
        return False  # the same text has the same letters: asked of every unchanged word
    one, other = _letters(a.text), _letters(b.text)
    return bool(one and other) and one != other


def _stem(key: str) -> str:
    return str(_stemmer.stemWord(key))


def _letters(text: str) -> str:
    if any(ch in text for ch in "'\u2019"):
        return ""  # "it's" against "it" is a contraction, never a spelling
    return "".join(ch for ch in text.casefold() if ch.isalnum())
