"""Word diffs of aligned sentences."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from sitegen.engine.diff import word_diff
from sitegen.engine.text import tokenize
from sitegen.site.render import Span, spans


@dataclass(frozen=True)
class Shown:
    """A word diff as the event page shows it: each side's sentences cut into spans."""

    left: list[tuple[Span, ...]]
    right: list[tuple[Span, ...]]
    ops: tuple[tuple[str, str], ...]


def diff(left: Sequence[str], right: Sequence[str]) -> Shown:
    d = word_diff(left, right)
    return Shown(
        [spans(s, tokenize(s), marks) for s, marks in zip(left, d.left, strict=True)],
        [spans(s, tokenize(s), marks) for s, marks in zip(right, d.right, strict=True)],
        d.ops,
    )


def text_of(spans: tuple[Span, ...]) -> str:
    return "".join(s.text for s in spans)


def changed(spans: tuple[Span, ...]) -> list[str]:
    return [s.text.strip() for s in spans if s.changed]


def test_changed_word_is_marked_on_both_sides() -> None:
    d = diff(
        ["Twelve people were injured in the blast."],
        ["Twelve people were killed in the blast."],
    )
    assert changed(d.left[0]) == ["injured"]
    assert changed(d.right[0]) == ["killed"]
    assert ("-", "injured") in d.ops
    assert ("+", "killed") in d.ops


def test_added_words_are_one_run_on_the_side_that_has_them() -> None:
    left = "The minister confirmed the figures on Sunday."
    right = "The minister confirmed the figures to the Harbour Gazette newspaper on Sunday."
    d = diff([left], [right])
    assert changed(d.left[0]) == []
    assert changed(d.right[0]) == ["to the Harbour Gazette newspaper"]
    # Exactly one marked span, not one per word.
    assert sum(s.changed for s in d.right[0]) == 1


def test_removed_words_are_marked_on_the_left() -> None:
    left = "Police in riot gear cleared the square before midnight."
    right = "Police cleared the square before midnight."
    d = diff([left], [right])
    assert changed(d.left[0]) == ["in riot gear"]
    assert changed(d.right[0]) == []


def test_case_punctuation_quotes_and_spelling_are_not_marked() -> None:
    left = "“We won’t leave,” said the Kiev mayor, who organised the town’s defence."
    right = "\"We won't leave\" said the Kyiv Mayor who organized the town's defense!"
    d = diff([left], [right])
    assert changed(d.left[0]) == []
    assert changed(d.right[0]) == []
    assert all(op == "=" for op, _ in d.ops)


def test_thousands_separator_is_not_a_change() -> None:
    d = diff(["The storm destroyed 1,550 homes."], ["The storm destroyed 1550 homes."])
    assert changed(d.left[0]) == []
    assert changed(d.right[0]) == []


def test_per_cent_and_percent_are_not_a_change() -> None:
    d = diff(
        ["Inflation rose to 3.5 per cent in March."],
        ["Inflation rose to 3.5 percent in March."],
    )
    assert changed(d.left[0]) == []
    assert changed(d.right[0]) == []


def test_different_numbers_are_a_change() -> None:
    d = diff(
        ["At least 12 people were injured."],
        ["At least 15 people were injured."],
    )
    assert changed(d.left[0]) == ["12"]
    assert changed(d.right[0]) == ["15"]


def test_one_sentence_against_two_gives_spans_per_sentence() -> None:
    left = "The bridge was closed on Monday after engineers found cracks in two pillars."
    right = [
        "The bridge was closed on Monday.",
        "Engineers had found cracks in two pillars.",
    ]
    d = diff([left], right)
    assert len(d.left) == 1
    assert len(d.right) == 2
    assert text_of(d.left[0]) == left
    assert text_of(d.right[0]) == right[0]
    assert text_of(d.right[1]) == right[1]
    # The shared words are not marked; only what one side alone has.
    assert changed(d.right[0]) == []
    assert changed(d.right[1]) == ["had"]
    assert changed(d.left[0]) == ["after"]


def test_diff_is_deterministic() -> None:
    left = ["Rescuers pulled 14 people from the rubble of the hotel on Tuesday night."]
    right = [
        "On Tuesday night rescuers pulled fourteen survivors from the hotel rubble.",
        "Two remain missing.",
    ]
    first = diff(left, right)
    for _ in range(5):
        assert diff(left, right) == first


def test_the_added_words_are_marked_token_by_token() -> None:
    right = "The minister confirmed the figures to the Harbour Gazette on Sunday."
    d = word_diff(["The minister confirmed the figures on Sunday."], [right])
    tokens = tokenize(right)
    marks = d.right[0]
    starts = [k for k, m in enumerate(marks) if m and (k == 0 or not marks[k - 1])]
    runs = [
        (k, next((e for e in range(k, len(marks)) if not marks[e]), len(marks))) for k in starts
    ]
    assert runs
    for first, past in runs:
        assert 0 <= first < past <= len(tokens)
        assert all(d.right[0][first:past])
    texts = [right[tokens[first].start : tokens[past - 1].end] for first, past in runs]
    assert any("Harbour Gazette" in text for text in texts)


def test_sentence_without_words_keeps_its_text() -> None:
    d = diff(["—"], ["The talks ended."])
    assert text_of(d.left[0]) == "—"
    assert text_of(d.right[0]) == "The talks ended."
    assert changed(d.right[0]) == ["The talks ended"]


# Properties.

VOCAB = [
    "the",
    "police",
    "Kyiv",
    "Kiev",
    "said",
    "1,550",
    "1550",
    "3.5",
    "U.S.",
    "US",
    "us",
    "“We",
    "left,”",
    "Russia’s",
    "defence",
    "defense",
    "(AP)",
    "—",
    "homes.",
    "on",
    "Tuesday,",
    "12",
    "15",
]
SEPS = [" ", "  ", ", ", " — ", "\u00a0"]
sentences = st.lists(
    st.tuples(st.sampled_from(VOCAB), st.sampled_from(SEPS)), min_size=0, max_size=20
).map(lambda parts: "".join(w + s for w, s in parts).strip())


@given(st.lists(sentences, min_size=1, max_size=2), st.lists(sentences, min_size=1, max_size=2))
def test_spans_concatenate_back_to_each_sentence(left: list[str], right: list[str]) -> None:
    d = diff(left, right)
    assert len(d.left) == len(left)
    assert len(d.right) == len(right)
    assert [text_of(s) for s in d.left] == left
    assert [text_of(s) for s in d.right] == right


@given(st.lists(sentences, min_size=1, max_size=2))
def test_diff_of_a_text_with_itself_marks_nothing(side: list[str]) -> None:
    d = diff(side, side)
    assert not any(s.changed for spans in d.left + d.right for s in spans)
    assert all(op == "=" for op, _ in d.ops)


@given(sentences, sentences)
def test_diff_is_symmetric_in_what_it_marks(a: str, b: str) -> None:
    forward = diff([a], [b])
    backward = diff([b], [a])
    # What is marked on a side depends on that side's words, not on which side it is.
    assert bool(changed(forward.left[0])) == bool(changed(backward.right[0]))
    assert bool(changed(forward.right[0])) == bool(changed(backward.left[0]))


BASE = ["the", "police", "closed", "Kyiv", "road", "1,550", "homes", "on", "Tuesday"]
ADDED = ["Harbour", "Gazette", "newspaper", "42", "HIMARS", "reporters"]


@given(
    st.lists(st.sampled_from(BASE), min_size=1, max_size=12),
    st.lists(st.sampled_from(ADDED), min_size=1, max_size=4),
    st.data(),
)
def test_inserted_words_are_exactly_what_is_marked(
    base: list[str], added: list[str], data: st.DataObject
) -> None:
    at = data.draw(st.integers(min_value=0, max_value=len(base)))
    left = " ".join(base) + "."
    right = " ".join(base[:at] + added + base[at:]) + "."
    d = diff([left], [right])
    assert changed(d.left[0]) == []
    assert changed(d.right[0]) == [" ".join(added)]


_WORDS = st.text(alphabet=[chr(0xF0000 + n) for n in range(12)], max_size=40)


@given(_WORDS, _WORDS)
def test_the_fast_diff_is_diff_match_patchs_own(a: str, b: str) -> None:
    """The C++ diff gives exactly the diffs of diff-match-patch's reference code."""
    from sitegen.engine.diff import char_diff, reference_diff

    assert char_diff(a, b) == reference_diff(a, b)
