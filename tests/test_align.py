"""Matching each sentence of one outlet to its counterpart in another."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from sitegen.engine import align as engine
from sitegen.engine.diff import diff_links
from sitegen.engine.model import Link
from sitegen.engine.segment import from_sentences
from tests.conftest import documents

LEFT = [
    "A fire broke out at the Marlow Street grain warehouse shortly after midnight.",
    "Forty firefighters fought the blaze for six hours.",
    "Two workers were taken to St Luke's hospital with smoke inhalation.",
    "The cause of the fire is not yet known.",
]


def align_pair(
    left: Sequence[str], right: Sequence[str], left_id: str = "left", right_id: str = "right"
) -> list[Link]:
    """Align two articles given as their sentences."""
    return engine.align_pair(from_sentences(left), from_sentences(right), left_id, right_id)


def link_for(links: list[Link], left: int) -> Link:
    found = [k for k in links if left in k.left and not k.secondary]
    assert len(found) == 1, found
    return found[0]


def linked_left(links: list[Link]) -> set[int]:
    return {i for k in links for i in k.left}


def linked_right(links: list[Link]) -> set[int]:
    return {j for k in links for j in k.right}


def test_identical_articles_match_sentence_for_sentence_as_same() -> None:
    links = align_pair(LEFT, list(LEFT))
    assert [(k.left, k.right) for k in links] == [((i,), (i,)) for i in range(len(LEFT))]
    assert all(k.kind == "same" for k in links)
    assert all(k.wording == "same" for k in links)


def test_case_punctuation_quotes_and_spelling_variants_are_same() -> None:
    left = [
        "The Defence Ministry in Kiev said the convoy had travelled through the night.",
        "“We organised the evacuation of 1,550 people,” the governor said.",
        "Schools in the region will stay closed this week.",
    ]
    right = [
        "The defense ministry in Kyiv said the convoy had traveled through the night!",
        '"We organized the evacuation of 1550 people" the Governor said.',
        "Schools in the region will stay closed this week.",
    ]
    links = align_pair(left, right)
    assert [(k.left, k.right, k.kind) for k in links] == [
        ((0,), (0,), "same"),
        ((1,), (1,), "same"),
        ((2,), (2,), "same"),
    ]


def test_per_cent_against_percent_is_same() -> None:
    links = align_pair(
        ["Inflation rose to 3.5 per cent in March, the central bank said."],
        ["Inflation rose to 3.5 percent in March, the central bank said."],
    )
    assert [(k.left, k.right, k.kind, k.wording) for k in links] == [((0,), (0,), "same", "same")]


def test_same_claim_in_other_words_is_reworded() -> None:
    left = [
        "Forty firefighters fought the blaze at the Marlow Street warehouse for six hours.",
        "The cause of the fire is not yet known.",
    ]
    right = [
        "It took forty firefighters six hours to bring the Marlow Street warehouse blaze "
        "under control.",
        "Investigators have not yet determined what started the fire.",
    ]
    links = align_pair(left, right)
    first = link_for(links, 0)
    assert first.right == (0,)
    assert first.kind == "reworded"
    assert first.wording == "reworded"


def test_one_sentence_against_two_is_a_split() -> None:
    left = [
        "The harbour bridge was closed on Monday after engineers found deep cracks "
        "in two of its concrete pillars.",
        "Ferries will run every half hour until it reopens.",
    ]
    right = [
        "The harbour bridge was closed on Monday.",
        "Engineers found deep cracks in two of its concrete pillars.",
        "Ferries will run every half hour until it reopens.",
    ]
    links = align_pair(left, right)
    split = link_for(links, 0)
    assert split.kind == "split"
    assert split.right == (0, 1)
    last = link_for(links, 1)
    assert last.right == (2,)
    assert last.kind == "same"


def test_two_sentences_against_one_is_a_split_the_other_way() -> None:
    left = [
        "The harbour bridge was closed on Monday.",
        "Engineers found deep cracks in two of its concrete pillars.",
    ]
    right = [
        "The harbour bridge was closed on Monday after engineers found deep cracks "
        "in two of its concrete pillars.",
    ]
    links = [k for k in align_pair(left, right) if not k.secondary]
    assert len(links) == 1
    assert links[0].left == (0, 1)
    assert links[0].right == (0,)
    assert links[0].kind == "split"


def test_sentence_at_start_of_one_and_end_of_other_is_moved() -> None:
    left = [
        "The mayor of Port Calder declared a state of emergency on Tuesday evening.",
        "Floodwater breached the sea wall near the fish market.",
        "About 300 homes were evacuated overnight.",
        "The army sent four lorries of sandbags from Brackley barracks.",
    ]
    right = [
        "Floodwater breached the sea wall near the fish market.",
        "About 300 homes were evacuated overnight.",
        "The army sent four lorries of sandbags from Brackley barracks.",
        "The mayor of Port Calder declared a state of emergency on Tuesday evening.",
    ]
    links = align_pair(left, right)
    moved = link_for(links, 0)
    assert moved.right == (3,)
    assert moved.kind == "moved"
    for i in (1, 2, 3):
        k = link_for(links, i)
        assert k.right == (i - 1,)
        assert k.kind == "same"


def test_sentence_without_counterpart_gets_no_link() -> None:
    left = [
        "Floodwater breached the sea wall near the fish market.",
        "About 300 homes were evacuated overnight.",
        "A local bakery handed out free bread to volunteers filling sandbags.",
    ]
    right = [
        "Floodwater breached the sea wall near the fish market.",
        "About 300 homes were evacuated overnight.",
        "Insurers estimate the damage at twelve million pounds.",
    ]
    links = align_pair(left, right)
    assert 2 not in linked_left(links)
    assert 2 not in linked_right(links)
    assert link_for(links, 0).right == (0,)
    assert link_for(links, 1).right == (1,)


def test_same_quotation_inside_different_attribution_matches() -> None:
    left = [
        "The storm closed every road into the valley on Sunday.",
        "“We have never seen water rise this fast in forty years,” said "
        "Ellen Marsh, who runs the village shop.",
    ]
    right = [
        "Roads into the valley were shut by the storm on Sunday.",
        "Speaking to reporters outside the flooded community hall, a shopkeeper put it "
        "simply: “We have never seen water rise this fast in forty years.”",
    ]
    links = align_pair(left, right)
    assert link_for(links, 1).right == (1,)


def test_unrelated_sentences_about_the_same_event_do_not_match() -> None:
    left = [
        "The earthquake struck the coastal town of Vessa at 4.12 a.m. on Thursday.",
        "Rescue dogs were flown in from the capital to search collapsed buildings.",
    ]
    right = [
        "The earthquake struck the coastal town of Vessa at 4.12 a.m. on Thursday.",
        "The earthquake was the strongest to hit the region since 1987, seismologists said.",
    ]
    links = align_pair(left, right)
    assert link_for(links, 0).right == (0,)
    assert linked_left(links).isdisjoint({1})
    assert linked_right(links).isdisjoint({1})


def test_links_carry_a_word_diff_of_their_sentences() -> None:
    left = ["At least 12 people were injured when the roof of the market collapsed."]
    right = ["At least 15 people were injured when the roof of the market collapsed."]
    docs = documents({"wire": left, "daily": right})
    links = engine.align_pair(docs["wire"], docs["daily"], "wire", "daily")
    assert len(links) == 1
    assert links[0].diff is None  # alignment only pairs sentences: diffing is a later stage
    (k,) = diff_links(links, docs)
    assert (k.left_source, k.right_source) == ("wire", "daily")
    assert k.kind == "reworded"
    assert k.diff is not None
    for doc, marks, word in (
        (docs["wire"], k.diff.left, "12"),
        (docs["daily"], k.diff.right, "15"),
    ):
        assert [t.text for t, changed in zip(doc.tokens[0], marks[0], strict=True) if changed] == [
            word
        ]


def test_align_covers_every_pair_of_three_sources() -> None:
    docs = {
        "wire": [
            "Floodwater breached the sea wall near the fish market.",
            "About 300 homes were evacuated overnight.",
        ],
        "daily": [
            "About 300 homes were evacuated overnight.",
            "Floodwater breached the sea wall near the fish market.",
        ],
        "herald": [
            "Floodwater breached the sea wall near the fish market.",
            "The council opened two rest centres for residents.",
        ],
    }
    alignment = engine.align(documents(docs))
    pairs = {(k.left_source, k.right_source) for k in alignment.links}
    assert pairs == {("wire", "daily"), ("wire", "herald"), ("daily", "herald")}
    wall = next(g for g in alignment.groups if ("wire", 0) in g)
    assert sorted(wall) == [("daily", 1), ("herald", 0), ("wire", 0)]
    rest = next(g for g in alignment.groups if ("herald", 1) in g)
    assert rest == (("herald", 1),)


def test_alignment_is_deterministic() -> None:
    right = [
        "Two workers were taken to hospital with smoke inhalation.",
        "A fire broke out at a grain warehouse on Marlow Street after midnight.",
        "Firefighters fought the blaze for six hours.",
    ]
    first = align_pair(LEFT, right)
    for _ in range(3):
        assert align_pair(LEFT, right) == first


# Properties.

POOL = [
    "Floodwater breached the sea wall near the fish market.",
    "About 300 homes were evacuated overnight.",
    "The army sent four lorries of sandbags from Brackley barracks.",
    "Insurers estimate the damage at twelve million pounds.",
    "The mayor of Port Calder declared a state of emergency.",
    "A bakery handed out bread to volunteers.",
    "Schools will stay closed until Friday.",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(POOL), min_size=1, max_size=5, unique=True))
def test_an_article_aligned_with_itself_is_all_same(sentences: list[str]) -> None:
    links = align_pair(sentences, list(sentences))
    assert [(k.left, k.right, k.kind) for k in links] == [
        ((i,), (i,), "same") for i in range(len(sentences))
    ]


@settings(max_examples=40, deadline=None)
@given(st.permutations(POOL[:5]))
def test_reordered_article_links_each_sentence_to_its_copy(order: list[str]) -> None:
    links = align_pair(POOL[:5], list(order))
    primary = [k for k in links if not k.secondary]
    assert sorted((k.left[0], k.right[0]) for k in primary) == sorted(
        (i, order.index(s)) for i, s in enumerate(POOL[:5])
    )
    assert all(k.wording == "same" for k in primary)
    assert all(k.kind in ("same", "moved") for k in primary)


def test_different_claims_sharing_the_event_names_do_not_match() -> None:
    left = [
        "Rescue teams in Vessa pulled 14 survivors from a collapsed apartment block.",
        "The Vessa earthquake killed at least 40 people, the health ministry said.",
    ]
    right = [
        "Rescue teams in Vessa pulled 14 survivors from a collapsed apartment block.",
        "The Vessa earthquake was felt as far away as the capital, 200 km to the north.",
    ]
    links = align_pair(left, right)
    assert link_for(links, 0).right == (0,)
    assert linked_left(links).isdisjoint({1})
    assert linked_right(links).isdisjoint({1})


def test_quotation_cut_differently_still_matches_its_source() -> None:
    left = [
        "Prime Minister Dana Whitfield visited the flooded town on Wednesday.",
        '"This is a national emergency and we will treat it as one," Ms Whitfield said '
        "at a press conference in the town hall.",
    ]
    right = [
        "Whitfield toured Port Calder on Wednesday afternoon.",
        'The prime minister told journalists that "this is a national emergency and we '
        'will treat it as one".',
    ]
    links = align_pair(left, right)
    assert link_for(links, 1).right == (1,)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(POOL), min_size=1, max_size=5, unique=True),
    st.lists(st.sampled_from(POOL), min_size=1, max_size=5, unique=True),
)
def test_shared_sentences_link_to_their_copy_and_the_rest_stay_unlinked(
    left: list[str], right: list[str]
) -> None:
    links = align_pair(left, right)
    primary = [k for k in links if not k.secondary]
    pairs = sorted((k.left, k.right) for k in primary)
    expected = sorted(((i,), (right.index(s),)) for i, s in enumerate(left) if s in right)
    assert pairs == expected
    assert linked_left(links) == {i for i, s in enumerate(left) if s in right}
    assert linked_right(links) == {j for j, s in enumerate(right) if s in left}


def test_the_same_people_doing_different_things_do_not_match() -> None:
    left = [
        "A fire destroyed a warehouse on the quay on Monday night, the mayor said.",
        "Mayor Elena Alvarez opened the new library on Monday.",
        "Firefighters worked until dawn, Alvarez said.",
        "The mayor praised the crews.",
    ]
    right = [
        "A warehouse on the quay burned down on Monday night.",
        "Mayor Elena Alvarez was booed by protesters at the council meeting.",
        "The cause is not yet known, the mayor said.",
        "Alvarez thanked the fire service.",
    ]
    links = align_pair(left, right)
    assert [(k.left, k.right) for k in links] == [((0,), (0,))]
