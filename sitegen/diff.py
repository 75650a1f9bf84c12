"""Word-level diffs of aligned sentences with diff-match-patch.

diff-match-patch works on characters.  Each distinct word (by its comparison
key, so "Kiev" and "Kyiv" are one word) is mapped to a single private-use
character, the two strings of characters are diffed and cleaned up
semantically, and the result is mapped back onto the words as written.
Punctuation and spaces ride along with the word before them, so a changed
comma or quotation mark never shows as a change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

from .model import Diff, Span
from .text import normalize, tokens, word_key

_PRIVATE_USE = 0xF0000  # Supplementary Private Use Area-A: 65,534 code points.


@dataclass(frozen=True)
class _Word:
    key: str
    text: str
    glue: str  # what follows the word up to the next one
    sentence: int


def word_diff(left: Sequence[str], right: Sequence[str]) -> Diff:
    """Diff the words of one or two sentences against one or two others.

    The result holds the spans of every sentence on each side, with the words
    the other side lacks marked ``changed``, and the edit script as
    ``("=", text)``, ``("-", text)`` and ``("+", text)`` pairs.
    """
    left_words, left_lead = _words(left)
    right_words, right_lead = _words(right)
    codes: dict[str, str] = {}

    def encode(words: list[_Word]) -> str:
        return "".join(codes.setdefault(w.key, chr(_PRIVATE_USE + len(codes))) for w in words)

    a, b = encode(left_words), encode(right_words)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0  # no deadline: the same input must give the same diff
    diffs = dmp.diff_main(a, b, False)
    dmp.diff_cleanupSemantic(diffs)

    left_marks: list[bool] = []
    right_marks: list[bool] = []
    ops: list[tuple[str, str]] = []
    i = j = 0
    for op, chars in diffs:
        n = len(chars)
        if op == 0:
            ops.append(("=", _join(right_words[j : j + n])))
            left_marks += [False] * n
            right_marks += [False] * n
            i, j = i + n, j + n
        elif op == -1:
            ops.append(("-", _join(left_words[i : i + n])))
            left_marks += [True] * n
            i += n
        else:
            ops.append(("+", _join(right_words[j : j + n])))
            right_marks += [True] * n
            j += n
    return Diff(
        left=_spans(left_words, left_marks, left_lead, len(left)),
        right=_spans(right_words, right_marks, right_lead, len(right)),
        ops=tuple(ops),
    )


def _words(sentences: Sequence[str]) -> tuple[list[_Word], list[str]]:
    words: list[_Word] = []
    leads: list[str] = []
    for n, sentence in enumerate(sentences):
        found = tokens(sentence)
        leads.append(sentence[: found[0].start()] if found else sentence)
        for k, m in enumerate(found):
            end = found[k + 1].start() if k + 1 < len(found) else len(sentence)
            words.append(
                _Word(word_key(normalize(m.group())), m.group(), sentence[m.end() : end], n)
            )
    return words, leads


def _join(words: Sequence[_Word]) -> str:
    return "".join(w.text + (w.glue or " ") for w in words).strip()


def _spans(
    words: list[_Word], marks: list[bool], leads: list[str], count: int
) -> tuple[tuple[Span, ...], ...]:
    per_sentence: list[list[Span]] = [[] for _ in range(count)]
    for n, lead in enumerate(leads):
        if lead:
            per_sentence[n].append(Span(lead))
    for k, word in enumerate(words):
        spans = per_sentence[word.sentence]
        spans.append(Span(word.text, marks[k]))
        # Glue between two changed words belongs to the change, so one <ins>
        # covers "to the Telegraph newspaper" rather than four.
        joins = (
            marks[k]
            and k + 1 < len(words)
            and marks[k + 1]
            and words[k + 1].sentence == word.sentence
        )
        if word.glue:
            spans.append(Span(word.glue, bool(joins)))
    return tuple(tuple(_merge(spans)) for spans in per_sentence)


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in spans:
        if merged and merged[-1].changed == span.changed:
            merged[-1] = Span(merged[-1].text + span.text, span.changed)
        else:
            merged.append(span)
    return merged


def changed_runs(spans: Sequence[Span]) -> list[tuple[int, str]]:
    """The changed pieces of a sentence's spans, with their character offsets."""
    runs: list[tuple[int, str]] = []
    offset = 0
    for span in spans:
        if span.changed:
            runs.append((offset, span.text))
        offset += len(span.text)
    return runs
