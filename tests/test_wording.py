"""Word choice: the words one outlet uses where another uses others, from the word diffs."""

from __future__ import annotations

from sitegen.engine.diff import diff_links
from sitegen.engine.model import Link
from sitegen.engine.wording import Choice, word_choices
from tests.conftest import documents


def choices(left: list[str], right: list[str]) -> list[Choice]:
    docs = documents({"a": left, "b": right})
    links = [Link("a", (n,), "b", (n,), "reworded", 0.8) for n in range(len(left))]
    return word_choices(diff_links(links, docs), docs)


def pairs(found: list[Choice], kind: str) -> list[tuple[str, str]]:
    return [(c.left, c.right) for c in found if c.kind == kind]


def test_one_word_for_another_is_a_choice_and_spelling_is_listed_apart() -> None:
    found = choices(
        ["Militants attacked the base near Kiev on Sunday, officials accused."],
        ["Fighters attacked the base near Kyiv on Sunday, officials said."],
    )
    assert sorted(pairs(found, "word")) == [("Militants", "Fighters"), ("accused", "said")]
    assert pairs(found, "spelling") == [("Kiev", "Kyiv")]
    assert all(c.places == ((0, 0),) for c in found)


def test_a_wording_used_twice_is_counted_twice_and_listed_first() -> None:
    found = choices(
        [
            "Militants attacked the base on Sunday.",
            "The militants withdrew from the town at dawn.",
            "The invasion began at night.",
        ],
        [
            "Fighters attacked the base on Sunday.",
            "The fighters withdrew from the town at dawn.",
            "The operation began at night.",
        ],
    )
    assert (found[0].left.lower(), found[0].right.lower(), found[0].count) == (
        "militants",
        "fighters",
        2,
    )
    assert found[0].places == ((0, 0), (1, 1))
    assert ("invasion", "operation") in pairs(found, "word")


def test_figures_days_names_and_grammar_are_no_choice_of_words() -> None:
    found = choices(
        [
            "Twelve people were hurt in the blast on Tuesday.",
            "The ship's captain, Ellen Kruger, was questioned.",
            "Roads were cut by the water.",
            "The council approved the plan.",
        ],
        [
            "Fifteen people were hurt in the blast on Wednesday.",
            "The ship's captain, Tom Reyes, was questioned.",
            "Roads were cutting by the water.",
            "A council approved the plan.",
        ],
    )
    assert pairs(found, "word") == []


def test_case_quotes_and_contractions_are_no_spelling_variant() -> None:
    found = choices(
        ["Police said 'it was over' and the Harbour was shut."],
        ["police said \u2018it's over\u2019 and the harbour was shut."],
    )
    assert pairs(found, "spelling") == []


def test_long_rewrites_are_left_to_the_side_by_side_view() -> None:
    found = choices(
        ["The minister said the bridge would reopen within a fortnight of the inspection."],
        ["The minister said engineers expect traffic to return once checks end."],
    )
    assert pairs(found, "word") == []
