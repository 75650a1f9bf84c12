"""Sentence similarity: the scores alignment and coverage decide with."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sitegen.engine.segment import from_sentences
from sitegen.engine.similarity import Similarities, both_ways, profiles, similarity
from sitegen.engine.spellings import fold_acronyms

WORDS = ["Kyiv", "Kiev", "said", "the", "bridge", "closed", "12", "twelve", "Alvarez", "“fire”"]
SENTENCE = st.lists(st.sampled_from(WORDS), max_size=8).map(" ".join)


@given(st.lists(SENTENCE, min_size=1, max_size=4), st.lists(SENTENCE, min_size=1, max_size=4))
def test_both_directions_at_once_are_the_two_scores(left: list[str], right: list[str]) -> None:
    """Scoring a pair of sentences both ways at once changes no score."""
    weights = profiles({"a": from_sentences(left), "b": from_sentences(right)})
    sims = Similarities(weights)
    for i, x in enumerate(weights["a"]):
        for j, y in enumerate(weights["b"]):
            assert both_ways(x, y) == (similarity(x, y), similarity(y, x))
            assert sims.matrix("a", "b")[i][j] == similarity(x, y)
            assert sims.matrix("b", "a")[j][i] == similarity(y, x)


def test_a_name_and_the_initials_another_outlet_writes_for_it_are_one_word() -> None:
    written = {
        "wire": from_sentences(["The DUP voted with the government, its MP said."]),
        "daily": from_sentences(["The Democratic Unionist Party voted with the government."]),
        "local": from_sentences(["Mike Pence met the Democratic Party."]),
    }
    docs = fold_acronyms(written)
    weights, apart = profiles(docs), profiles(written)
    assert similarity(weights["wire"][0], weights["daily"][0]) > 0.75
    assert similarity(apart["wire"][0], apart["daily"][0]) < 0.5
    # Initials count from three letters, and only those an outlet of the event writes:
    # "Mike Pence" is no "MP", the "Democratic Party" no "DUP".
    assert {t.stem for t in docs["local"].tokens[0]} & {"MP", "DUP"} == set()
