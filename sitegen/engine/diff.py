"""Word-level diffs of aligned sentences with diff-match-patch.

diff-match-patch works on characters.  Each distinct word (by its comparison
key, so "Kiev" and "Kyiv" are one word) is mapped to a single private-use
character, the two strings of characters are diffed and cleaned up
semantically, and the result is mapped back onto the tokens.  Punctuation and
spaces are not tokens, so a changed comma or quotation mark never shows as a
change.  The result marks tokens, by index: the renderer turns those marks
into highlighted text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from diff_match_patch import diff_match_patch

try:  # the same algorithm in C++, several times faster; the same diffs (tests/test_diff.py)
    import fast_diff_match_patch
except ImportError:  # pragma: no cover - no wheel for this platform
    fast_diff_match_patch = None

from .model import Diff, Document, Link, Token
from .text import tokenize

_PRIVATE_USE = 0xF0000  # Supplementary Private Use Area-A: 65,534 code points.


def word_diff(
    left: Sequence[str],
    right: Sequence[str],
    left_tokens: Sequence[Sequence[Token]] | None = None,
    right_tokens: Sequence[Sequence[Token]] | None = None,
) -> Diff:
    """Diff the words of one or two sentences against one or two others.

    The tokens default to :func:`~.text.tokenize` of each sentence; pass the
    document's own to keep what it knows (the article's year, say).
    """
    lt = left_tokens if left_tokens is not None else [tokenize(s) for s in left]
    rt = right_tokens if right_tokens is not None else [tokenize(s) for s in right]
    left_words = [(n, t) for n, ts in enumerate(lt) for t in ts]
    right_words = [(n, t) for n, ts in enumerate(rt) for t in ts]
    codes: dict[str, str] = {}

    def encode(words: list[tuple[int, Token]]) -> str:
        return "".join(codes.setdefault(t.key, chr(_PRIVATE_USE + len(codes))) for _, t in words)

    a, b = encode(left_words), encode(right_words)
    left_marks: list[bool] = []
    right_marks: list[bool] = []
    ops: list[tuple[str, str]] = []
    i = j = 0
    for op, n in char_diff(a, b):
        if op == "=":
            ops.append(("=", _join(right, right_words[j : j + n])))
            left_marks += [False] * n
            right_marks += [False] * n
            i, j = i + n, j + n
        elif op == "-":
            ops.append(("-", _join(left, left_words[i : i + n])))
            left_marks += [True] * n
            i += n
        else:
            ops.append(("+", _join(right, right_words[j : j + n])))
            right_marks += [True] * n
            j += n
    return Diff(_per_sentence(lt, left_marks), _per_sentence(rt, right_marks), tuple(ops))


def char_diff(a: str, b: str) -> list[tuple[str, int]]:
    """diff-match-patch's diff of two strings, semantically cleaned: ("=" | "-" | "+", length).

    No deadline: the same input must give the same diff.
    """
    if fast_diff_match_patch is not None:
        return fast_diff_match_patch.diff(a, b, timelimit=0, checklines=False, cleanup="Semantic")
    return reference_diff(a, b)


def reference_diff(a: str, b: str) -> list[tuple[str, int]]:
    """The same diff from diff-match-patch's own Python code."""
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    diffs = dmp.diff_main(a, b, False)
    dmp.diff_cleanupSemantic(diffs)
    return [({0: "=", -1: "-", 1: "+"}[op], len(chars)) for op, chars in diffs]


def _join(sentences: Sequence[str], words: Sequence[tuple[int, Token]]) -> str:
    """The words as written, with what stands between them inside one sentence."""
    parts: list[str] = []
    for k, (n, t) in enumerate(words):
        if k and words[k - 1][0] == n:
            parts.append(sentences[n][words[k - 1][1].end : t.start])
        elif k:
            parts.append(" ")
        parts.append(t.text)
    return "".join(parts).strip()


def _per_sentence(
    tokens: Sequence[Sequence[Token]], marks: list[bool]
) -> tuple[tuple[bool, ...], ...]:
    out = []
    k = 0
    for ts in tokens:
        out.append(tuple(marks[k : k + len(ts)]))
        k += len(ts)
    return tuple(out)


def diff_links(links: Sequence[Link], documents: Mapping[str, Document]) -> tuple[Link, ...]:
    """The final links, each with the word diff of its sentences: one diff per link."""
    out = []
    for link in links:
        a, b = documents[link.left_source], documents[link.right_source]
        diff = word_diff(
            [a.sentences[i] for i in link.left],
            [b.sentences[j] for j in link.right],
            [a.tokens[i] for i in link.left],
            [b.tokens[j] for j in link.right],
        )
        out.append(replace(link, diff=diff))
    return tuple(out)
