"""Whatever text users bring, the comparison finishes and accounts for every sentence."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitegen.engine.comparison import compare, to_json
from sitegen.engine.model import Article, Event
from sitegen.engine.text import tokenize

WORDS = st.sampled_from(
    'the a ship bridge Kyiv Kiev 12 15 1,550 3.5% per cent said “We” "left," U.S. Dr. '
    "Tuesday police - — . , ; : ? ! ( ) ## * _ <b> &amp; café naïve 東京 0 00:30 "
    "thirty-four million 3,000,000 St. No. 10".split()
)
BODIES = st.lists(
    st.lists(WORDS, min_size=1, max_size=25).map(" ".join), min_size=1, max_size=8
).map("\n\n".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(BODIES, min_size=1, max_size=3))
def test_any_text_compares_and_every_sentence_is_in_one_claim(bodies: list[str]) -> None:
    articles = tuple(
        Article(f"s{n}", f"Source {n}", f"Title {n}", body) for n, body in enumerate(bodies)
    )
    data = to_json(compare(Event("e", "Event", articles)))
    claimed = [
        (src, i)
        for f in data["facts"]
        if f["kind"] == "claim"
        for src, indices in f["sentences"].items()
        for i in indices
    ]
    every = [(src, i) for src, sents in data["sentences"].items() for i in range(len(sents))]
    assert sorted(claimed) == sorted(every)
    for fact in data["facts"]:
        assert fact["text"].strip()
        assert set(fact["sentence"]) <= set(fact["sources"])


# Figures as reporters write them, each with the word that joins it to the next: "rose by
# four per cent to 50,510", "between 2 and 3 billion", "six and a half to 8 hours".
FIGURES = st.sampled_from(
    [
        *"four 4 4% half 50,510 1.5 £2 2,000 1/4 ½ 2019 2019/20 3-1 21st twenty-one".split(),
        *"fifth dozen 10:30".split(),
        *["four per cent", "a third", "$3 million", "three million", "six and a half"],
        *["2 billion", "8 hours", "25 basis points", "10 km", "a thousand"],
    ]
)
JOINTS = st.sampled_from("to and or - — by from between per times pct million hours".split())
FIGURE_RUNS = st.lists(st.tuples(FIGURES, JOINTS).map(" ".join), min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(FIGURE_RUNS.map(" ".join))
def test_any_run_of_figures_is_tokenized(sentence: str) -> None:
    tokens = tokenize(sentence)
    # ... and every token still points at its own words in the sentence
    assert all(sentence[t.start : t.end] == t.text for t in tokens)


def test_identical_articles_have_no_unique_facts() -> None:
    body = (
        "A container ship struck the Kestrel Bridge on Friday, injuring 12 people.\n\n"
        "The bridge, which opened in 1987, carries about 48,000 vehicles a day."
    )
    articles = (Article("a", "A", "T", body), Article("b", "B", "T", body))
    comparison = compare(Event("e", "E", articles))
    assert not [f for f in comparison.facts if f.unique]
    assert all(link.kind == "same" for link in comparison.links)


def test_an_article_repeating_itself_is_still_compared() -> None:
    line = "Police closed the harbour road after the crash on Monday night."
    articles = (
        Article("a", "A", "T", f"{line}\n\n{line}\n\nNobody was hurt."),
        Article("b", "B", "T", line),
    )
    data = to_json(compare(Event("e", "E", articles)))
    unique = [f["text"] for f in data["facts"] if f["sources"] == ["a"]]
    assert unique == ["Nobody was hurt."]
