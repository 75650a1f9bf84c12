"""Claims, details and conflicts found from aligned articles."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import replace

import pytest

from sitegen.engine.align import align
from sitegen.engine.coverage import cover
from sitegen.engine.details import shown_once
from sitegen.engine.diff import diff_links
from sitegen.engine.facts import find_facts
from sitegen.engine.model import Alignment, Fact, Link
from sitegen.engine.similarity import profiles
from sitegen.engine.spellings import fold_spellings
from sitegen.engine.units import units_of
from tests.conftest import ROOT, documents


def facts_of(sentences: Mapping[str, Sequence[str]]) -> list[Fact]:
    """The facts of articles given as sentences, staged as ``comparison.compare`` runs them."""
    docs = documents(sentences)
    alignment = align(docs, profiles(docs))
    alignment = replace(alignment, links=diff_links(alignment.links, docs))
    units = units_of(docs)
    return find_facts(docs, alignment, cover(docs, alignment, units), units)


def of_kind(facts: list[Fact], kind: str) -> list[Fact]:
    return [f for f in facts if f.kind == kind]


def claim_for(facts: list[Fact], source: str, index: int) -> Fact:
    found = [f for f in of_kind(facts, "claim") if f.sentence.get(source) == index]
    assert len(found) == 1, found
    return found[0]


def test_sentence_without_counterpart_is_a_claim_of_its_source_only() -> None:
    docs = {
        "wire": [
            "Floodwater breached the sea wall near the fish market on Tuesday night.",
            "A bakery on Quay Lane handed out free bread to volunteers.",
        ],
        "daily": [
            "Floodwater breached the sea wall near the fish market on Tuesday night.",
            "Insurers estimate the damage at twelve million pounds.",
        ],
    }
    facts = facts_of(docs)
    bakery = claim_for(facts, "wire", 1)
    assert bakery.sources == ("wire",)
    assert bakery.unique
    assert bakery.text == docs["wire"][1]
    insurers = claim_for(facts, "daily", 1)
    assert insurers.sources == ("daily",)
    assert insurers.unique


def test_matched_sentences_are_one_claim_with_every_source() -> None:
    sentence = "Floodwater breached the sea wall near the fish market on Tuesday night."
    docs = {"wire": [sentence], "daily": [sentence], "herald": [sentence]}
    facts = facts_of(docs)
    claims = of_kind(facts, "claim")
    assert len(claims) == 1
    assert claims[0].sources == ("wire", "daily", "herald")
    assert claims[0].sentence == {"wire": 0, "daily": 0, "herald": 0}
    assert not claims[0].unique
    assert of_kind(facts, "detail") == []
    assert of_kind(facts, "conflict") == []


def test_with_three_sources_a_fact_reported_by_two_lists_those_two() -> None:
    docs = {
        "wire": [
            "Floodwater breached the sea wall near the fish market on Tuesday night.",
            "The army sent four lorries of sandbags from Brackley barracks.",
        ],
        "daily": [
            "Floodwater breached the sea wall near the fish market on Tuesday night.",
            "Schools across the district will stay closed until Friday.",
        ],
        "herald": [
            "Floodwater breached the sea wall near the fish market on Tuesday night.",
            "The army sent four lorries of sandbags from Brackley barracks.",
        ],
    }
    facts = facts_of(docs)
    army = claim_for(facts, "wire", 1)
    assert army.sources == ("wire", "herald")
    assert army.sentence == {"wire": 1, "herald": 1}
    schools = claim_for(facts, "daily", 1)
    assert schools.sources == ("daily",)
    wall = claim_for(facts, "wire", 0)
    assert wall.sources == ("wire", "daily", "herald")


def test_added_name_is_a_detail_unique_to_its_source() -> None:
    docs = {
        "wire": [
            "The minister confirmed the figures on Sunday.",
            "Aid convoys are expected to arrive next week.",
        ],
        "daily": [
            "The minister confirmed the figures to the Harbour Gazette on Sunday.",
            "Aid convoys are expected to arrive next week.",
        ],
    }
    facts = facts_of(docs)
    details = of_kind(facts, "detail")
    assert len(details) == 1
    detail = details[0]
    assert detail.sources == ("daily",)
    assert detail.unique
    assert "Harbour Gazette" in detail.text
    assert detail.context == docs["daily"][0]
    assert detail.sentence == {"daily": 0}
    # The shared sentence is still one claim of both sources.
    assert claim_for(facts, "wire", 0).sources == ("wire", "daily")


def test_a_name_added_after_and_is_shown_without_the_and() -> None:
    docs = {
        "wire": ["The deputy mayor and the council leader also resigned on Sunday."],
        "daily": [
            "The Deputy Mayor, Ines Marlow, and Council Leader Petra Dunne, also resigned on "
            "Sunday."
        ],
    }
    texts = [f.text for f in of_kind(facts_of(docs), "detail") if f.unique]
    assert texts and not any(t.split()[0] in ("and", "or", "but") for t in texts), texts
    assert any("Petra Dunne" in t for t in texts)


def test_added_number_is_a_detail() -> None:
    docs = {
        "wire": ["Police arrested protesters outside the parliament building."],
        "daily": ["Police arrested 23 protesters outside the parliament building."],
    }
    facts = facts_of(docs)
    details = of_kind(facts, "detail")
    assert [d.sources for d in details] == [("daily",)]
    assert "23" in details[0].text
    assert details[0].context == docs["daily"][0]


def test_a_score_is_one_figure_and_a_new_one_is_a_detail() -> None:
    """The "5-3" of a tiebreak is neither the "three" tiebreaks nor the "5" games another
    outlet gives: a score nobody else gives is this outlet's own, read whole."""
    docs = {
        "wire": [
            "Ann Lee won all three tiebreaks to beat Jo Hart in the final on Sunday.",
            "Hart led by 5 games in the third set but lost it.",
        ],
        "daily": [
            "Ann Lee beat Jo Hart in the final on Sunday, winning all three tiebreaks.",
            "Hart led 5-3 in the third set but lost it.",
        ],
    }
    details = of_kind(facts_of(docs), "detail")
    assert [(d.sources, d.text) for d in details] == [(("daily",), "led 5-3")]
    # ... and the same score told by both is nobody's own.
    docs["wire"][1] = "Hart was 5-3 up in the third set but lost it."
    assert of_kind(facts_of(docs), "detail") == []


def test_a_name_told_more_fully_before_a_place_is_no_detail_but_the_place_is() -> None:
    docs = {
        "wire": ["Ann Lee and Jo Hart Jr scored as Northgate won the final at Wembley."],
        "daily": [
            "Ann Lee and Jo Hart Junior scored as Northgate won the final at Wembley Stadium "
            "in London."
        ],
    }
    details = of_kind(facts_of(docs), "detail")
    assert [(d.sources, d.text) for d in details] == [(("daily",), "in London")]


def test_a_state_s_formal_name_is_the_country_others_name_and_no_detail() -> None:
    docs = {
        "wire": [
            "The deal was signed by Azerbaijan's President Ilham Aliyev and Saudi Arabia's "
            "foreign minister, and welcomed by Russia.",
        ],
        "daily": [
            "The deal was signed by President of the Republic of Azerbaijan Ilham Aliyev and the "
            "foreign minister of the Kingdom of Saudi Arabia, and welcomed by the Russian "
            "Federation.",
        ],
    }
    assert not [d.text for d in of_kind(facts_of(docs), "detail")]


def test_the_last_word_of_an_article_cut_off_mid_word_is_no_detail() -> None:
    docs = {
        "wire": ["Estuary Lines will buy Coast Ferries of Northgate for $42 a share in cash."],
        "daily": [
            "Estuary Lines will pay $42 a share in cash for Coast Ferries of Northgate, Oreg"
        ],
    }
    texts = [d.text for d in of_kind(facts_of(docs), "detail")]
    assert "Oreg" not in " ".join(texts)


def test_an_outlet_credited_for_a_sentence_is_a_detail_and_so_is_its_reporting() -> None:
    # Where the news came from is what a reader comparing outlets wants to see: "CNN notes
    # that ...", "according to the Financial Times", as "told the Telegraph newspaper" is.
    docs = {
        "wire": ["The jury found Lee guilty on four counts on Monday."],
        "daily": ["CNN notes that the jury found Lee guilty on four counts on Monday."],
        "radio": [
            "According to the Financial Times, the jury found Lee guilty on four counts on Monday."
        ],
    }
    texts = [d.text for d in of_kind(facts_of(docs), "detail")]
    assert any("CNN" in t for t in texts) and any("Financial Times" in t for t in texts), texts
    docs["daily"] = [
        "The jury found Lee guilty on four counts on Monday, after a Financial Times "
        "investigation in 2015."
    ]
    texts = [d.text for d in of_kind(facts_of(docs), "detail")]
    assert any("Financial Times" in t for t in texts), texts


@pytest.mark.parametrize(
    "failed",
    [
        "when Northgate Bank and Signature Bank failed.",
        "when Signature Bank and Northgate Bank failed.",
    ],
)
def test_a_new_name_listed_with_one_told_elsewhere_is_a_detail_alone(failed: str) -> None:
    docs = {
        "wire": ["Lee said banks had recovered since the failure of Northgate Bank in March."],
        "daily": [f"Lee said banks had recovered since March, {failed}"],
    }
    details = of_kind(facts_of(docs), "detail")
    assert [(d.sources, d.text) for d in details] == [(("daily",), "Signature Bank")]


def test_a_told_name_joined_by_and_to_a_new_description_is_left_out_of_it() -> None:
    docs = {
        "wire": ["Molinari led on Sunday morning alongside Woods and Tony Finau."],
        "daily": ["Molinari led on Sunday morning, level with Woods and US golfer Tony Finau."],
    }
    texts = [d.text for d in of_kind(facts_of(docs), "detail")]
    assert texts and not any("Woods" in t for t in texts), texts
    assert any("US golfer" in t for t in texts), texts


def test_a_name_with_and_inside_it_stays_whole() -> None:
    docs = {
        "wire": ["The court ruled the council had gone beyond the powers of the housing act."],
        "daily": [
            "The court ruled the council had gone beyond the powers of the 2011 Planning and "
            "Housing Act."
        ],
    }
    texts = [d.text for d in of_kind(facts_of(docs), "detail")]
    assert any("Planning and Housing Act" in t for t in texts), texts


def test_a_place_and_its_state_before_based_are_one_detail() -> None:
    docs = {
        "wire": ["The ferry operator said it would cut 300 jobs."],
        "daily": ["The Northgate, Oregon-based ferry operator said it would cut 300 jobs."],
    }
    details = of_kind(facts_of(docs), "detail")
    assert [d.text for d in details] == ["The Northgate, Oregon-based ferry operator"]


def test_added_organisation_is_a_detail() -> None:
    docs = {
        "wire": ["The water supply was restored to most homes by Thursday."],
        "daily": [
            "The water supply was restored to most homes by Thursday, according to "
            "Calder Water Authority."
        ],
    }
    facts = facts_of(docs)
    details = of_kind(facts, "detail")
    assert len(details) == 1
    assert details[0].sources == ("daily",)
    assert "Calder Water Authority" in details[0].text


def test_names_either_side_of_a_comma_are_two_details_not_one_phrase() -> None:
    docs = {
        "wire": ["The minister said he had quit the cabinet for personal reasons."],
        "daily": [
            "In a statement issued in New Delhi, Gurudas Kamat said he had quit the cabinet "
            "for personal reasons."
        ],
    }
    texts = [f.text for f in of_kind(facts_of(docs), "detail")]
    assert any("New Delhi" in t for t in texts) and any("Gurudas Kamat" in t for t in texts)
    assert not any("," in t for t in texts), texts


def test_a_title_before_a_name_is_no_detail() -> None:
    """ "Ms Miller" where the other outlet writes "Mrs Miller": a house style, not a fact."""
    docs = {
        "wire": ["In her letter to the prime minister, Mrs Miller said she would resign."],
        "daily": ["In her letter to the prime minister, Ms Miller said she would resign."],
    }
    assert of_kind(facts_of(docs), "detail") == []


def test_detail_named_elsewhere_in_the_other_article_is_not_unique() -> None:
    docs = {
        "wire": [
            "The Harbour Gazette first reported the leak.",
            "The minister confirmed the figures on Sunday.",
        ],
        "daily": [
            "The leak was first reported by the Harbour Gazette.",
            "The minister confirmed the figures to the Harbour Gazette on Sunday.",
        ],
    }
    facts = facts_of(docs)
    unique_details = [f for f in of_kind(facts, "detail") if f.unique]
    assert all("Harbour Gazette" not in f.text for f in unique_details)


def test_spelling_punctuation_and_function_words_never_make_a_fact() -> None:
    docs = {
        "wire": [
            "The Defence Ministry in Kiev said 1,550 soldiers had travelled to the Donbass.",
            "“We organised the convoy,” a spokesman said.",
            "The colour of the flags was changed.",
        ],
        "daily": [
            "The defense ministry in Kyiv said that 1550 soldiers had traveled to Donbas.",
            '"We organized the convoy" a spokesman said.',
            "The color of all the flags had been changed!",
        ],
    }
    facts = facts_of(docs)
    assert of_kind(facts, "detail") == []
    assert of_kind(facts, "conflict") == []
    claims = of_kind(facts, "claim")
    assert len(claims) == 3
    assert all(c.sources == ("wire", "daily") for c in claims)


def test_different_numbers_in_the_same_place_are_a_conflict() -> None:
    docs = {
        "wire": [
            "At least 12 people were injured when the roof of the market collapsed.",
            "The market had been closed for repairs since March.",
        ],
        "daily": [
            "At least 15 people were injured when the roof of the market collapsed.",
            "The market had been closed for repairs since March.",
        ],
    }
    facts = facts_of(docs)
    conflicts = of_kind(facts, "conflict")
    assert len(conflicts) == 1
    conflict = conflicts[0]
    assert set(conflict.sources) == {"wire", "daily"}
    assert "12" in conflict.versions["wire"]
    assert "15" in conflict.versions["daily"]
    assert "15" not in conflict.versions["wire"]
    assert "12" not in conflict.versions["daily"]
    assert conflict.sentence == {"wire": 0, "daily": 0}
    assert not conflict.unique
    # The numbers are not unique details of either source.
    for f in of_kind(facts, "detail"):
        assert "12" not in f.text
        assert "15" not in f.text


@pytest.mark.parametrize(
    ("wire", "daily", "disputed"),
    [
        # Two people's ages: the suspect's and the girl's.
        (
            "A 19-year-old man was detained at the scene of the shooting, officials said.",
            "A 9-year-old girl was detained at the scene of the shooting, officials said.",
            False,
        ),
        # One man's age, once said of no one in particular.
        (
            "The 64-year-old was detained at the scene of the shooting, officials said.",
            "A 65-year-old man was detained at the scene of the shooting, officials said.",
            True,
        ),
        # The year a span starts from against the years of the deeds.
        (
            "Murray, who won Wimbledon in 2013 and 2016, was drawn against Paire.",
            "Murray had been the first British champion since 1936 when he beat Djokovic in 2013.",
            False,
        ),
    ],
)
def test_ages_of_two_people_and_a_year_since_dispute_nothing(
    wire: str, daily: str, disputed: bool
) -> None:
    facts = facts_of({"wire": [wire], "daily": [daily]})
    assert bool(of_kind(facts, "conflict")) == disputed, of_kind(facts, "conflict")


def test_conflicting_number_words_and_digits() -> None:
    docs = {
        "wire": ["Twelve people were injured when the roof of the market collapsed."],
        "daily": ["15 people were injured when the roof of the market collapsed."],
    }
    facts = facts_of(docs)
    conflicts = of_kind(facts, "conflict")
    assert len(conflicts) == 1
    assert "Twelve" in conflicts[0].versions["wire"]
    assert "15" in conflicts[0].versions["daily"]
    assert of_kind(facts, "detail") == []


def conflicts_between(wire: str, daily: str) -> list[Fact]:
    return of_kind(facts_of({"wire": [wire], "daily": [daily]}), "conflict")


def test_one_figure_to_fewer_decimals_is_no_conflict() -> None:
    assert (
        conflicts_between(
            "Apple sold 11.5 million iPads and 3.7 million Macs in the quarter.",
            "Apple sold 11.553 million iPads and 3.72 million Macs in the quarter.",
        )
        == []
    )
    assert conflicts_between(
        "Apple posted revenue of $53.2 billion for the quarter.",
        "Apple posted revenue of $53.3 billion for the quarter.",
    )


def test_a_day_of_the_month_or_a_number_joined_to_a_word_is_no_amount() -> None:
    assert (
        conflicts_between(
            "Junior doctors in England's National Health Service staged their first ever "
            "all-out strike on Tuesday (April 26), walking out on both emergency and routine "
            "care.",
            "Junior doctors in England began their first all-out strike in the nearly 70-year "
            "history of the National Health Service (NHS) on Tuesday, a dramatic escalation in "
            "a long-running dispute.",
        )
        == []
    )


def test_a_day_of_the_month_before_a_verb_is_no_amount_against_a_sum() -> None:
    assert (
        conflicts_between(
            "The government on Oct. 4 announced investment of nearly 22 billion pounds in new "
            "ferries for the estuary.",
            "The government has announced up to £21.7bn of support for new ferries for the "
            "estuary.",
        )
        == []
    )


def test_days_of_two_different_events_are_no_conflict() -> None:
    """A minister made on Tuesday and a resignation accepted on Wednesday are two events."""
    assert (
        conflicts_between(
            "Kumar, who held the home portfolio, was on Tuesday made minister for water in a "
            "reshuffle of the cabinet.",
            "Prime Minister Anil Mehta on Wednesday accepted the resignation of Kumar, who was "
            "unhappy with the water portfolio he was given in the reshuffle.",
        )
        == []
    )
    # The same event's day, told differently, is still a dispute.
    found = conflicts_between(
        "The ferry capsized off the island of Pelion on Tuesday night, the coast guard said.",
        "The ferry capsized off Pelion on Wednesday night, coastguard officials said.",
    )
    assert [f.text for f in found] == ["Tuesday / Wednesday"]


@pytest.mark.parametrize(
    ("wire", "daily"),
    [
        # one name cut short
        (
            "The Fed's benchmark rate is rising to a range between 4.75% and 5%.",
            "The Federal Reserve benchmark rate is rising to a range of 4.75% to 5%.",
        ),
        (
            "The new president's inauguration is scheduled for Jan 1.",
            "The new president's inauguration is scheduled for January 1.",
        ),
        # a name both sentences give, one as the subject of the same words
        (
            "The TPI will ensure the policy is transmitted smoothly across all countries.",
            "The ECB approved the TPI, which will ensure the policy is transmitted smoothly "
            "across all countries.",
        ),
    ],
)
def test_a_name_told_two_ways_or_given_by_both_is_no_conflict(wire: str, daily: str) -> None:
    assert conflicts_between(wire, daily) == []


def test_a_person_called_may_is_no_month() -> None:
    assert (
        conflicts_between(
            "The prime minister will leave Downing Street after the state visit in the first "
            "week of June.",
            "Mrs May said that the contest to succeed her would begin the week after she left "
            "Downing Street.",
        )
        == []
    )


def test_figures_with_nouns_of_their_own_are_paired_by_them() -> None:
    """ "13,000 operations and more than 100,000 appointments": the word before a figure
    that has its own noun says what the figure before it counts, not this one."""
    found = conflicts_between(
        "Nearly 13,000 routine operations and more than 100,000 appointments were cancelled.",
        "Over 110,000 outpatient appointments and over 12,500 operations were cancelled.",
    )
    assert all("12,500" not in f.text or "100,000" not in f.text for f in found), found


def test_two_hedged_figures_that_can_both_hold_are_no_conflict() -> None:
    assert (
        conflicts_between(
            "The ban applies to nearly 2,000 homes within the old harbour walls.",
            "The ban applies to about 1,900 homes within the old harbour walls.",
        )
        == []
    )


def test_a_range_in_another_unit_is_no_conflict() -> None:
    assert (
        conflicts_between(
            "The wreck lies in water about 30 to 40 metres deep off the coast.",
            "The wreck lies in water around 100 to 130 feet deep off the coast.",
        )
        == []
    )


def test_two_hedged_figures_that_cannot_both_hold_are_a_conflict() -> None:
    # A toll updated: both floors, the second higher.
    assert conflicts_between(
        "At least 12 people were killed when the roof of the market collapsed.",
        "At least 15 people were killed when the roof of the market collapsed.",
    )
    # A ceiling below a floor.
    assert conflicts_between(
        "Fewer than 280 homes were flooded when the river burst its banks.",
        "More than 300 homes were flooded when the river burst its banks.",
    )


def test_same_number_written_differently_is_not_a_conflict() -> None:
    docs = {
        "wire": ["Twelve people were injured when the roof of the market collapsed."],
        "daily": ["12 people were injured when the roof of the market collapsed."],
    }
    facts = facts_of(docs)
    assert of_kind(facts, "conflict") == []
    assert of_kind(facts, "detail") == []


def test_every_sentence_belongs_to_exactly_one_claim() -> None:
    docs = {
        "wire": [
            "Floodwater breached the sea wall near the fish market on Tuesday night.",
            "About 300 homes were evacuated overnight.",
            "A bakery on Quay Lane handed out free bread to volunteers.",
        ],
        "daily": [
            "About 300 homes were evacuated overnight.",
            "Floodwater breached the sea wall near the fish market on Tuesday night.",
        ],
    }
    facts = facts_of(docs)
    seen = [(src, i) for f in of_kind(facts, "claim") for src, i in f.sentence.items()]
    expected = [(src, i) for src, sents in docs.items() for i in range(len(sents))]
    assert sorted(seen) == sorted(expected)


def test_fact_ids_are_unique_and_stable() -> None:
    docs = {
        "wire": [
            "At least 12 people were injured when the roof of the market collapsed.",
            "The minister confirmed the figures on Sunday.",
        ],
        "daily": [
            "At least 15 people were injured when the roof of the market collapsed.",
            "The minister confirmed the figures to the Harbour Gazette on Sunday.",
            "Insurers estimate the damage at twelve million pounds.",
        ],
    }
    first = facts_of(docs)
    ids = [f.id for f in first]
    assert len(set(ids)) == len(ids)
    assert facts_of(docs) == first


def test_detail_added_to_a_sentence_three_sources_share_is_unique_to_its_source() -> None:
    docs = {
        "wire": ["The ferry service to Inch Island was suspended on Friday."],
        "daily": ["The ferry service to Inch Island was suspended on Friday."],
        "herald": ["The ferry service to Inch Island was suspended on Friday by Calder Marine."],
    }
    facts = facts_of(docs)
    claims = of_kind(facts, "claim")
    assert [c.sources for c in claims] == [("wire", "daily", "herald")]
    details = of_kind(facts, "detail")
    assert len(details) == 1
    assert details[0].sources == ("herald",)
    assert "Calder Marine" in details[0].text
    assert details[0].context == docs["herald"][0]


def test_name_replacing_a_generic_phrase_is_a_detail() -> None:
    docs = {
        "wire": ["The statement was read outside the station by a police spokesman."],
        "daily": ["The statement was read outside the station by police spokesman Tom Reid."],
    }
    facts = facts_of(docs)
    details = of_kind(facts, "detail")
    assert len(details) == 1
    assert details[0].sources == ("daily",)
    assert "Tom Reid" in details[0].text
    assert details[0].context == docs["daily"][0]
    assert of_kind(facts, "conflict") == []


def test_claim_two_of_three_sources_word_differently_lists_those_two() -> None:
    docs = {
        "wire": [
            "Floodwater breached the sea wall near the fish market on Tuesday night.",
            "The army sent four lorries of sandbags from Brackley barracks.",
        ],
        "daily": [
            "Floodwater breached the sea wall near the fish market on Tuesday night.",
            "Schools across the district will stay closed until Friday.",
        ],
        "herald": [
            "Floodwater breached the sea wall near the fish market on Tuesday night.",
            "Four army lorries loaded with sandbags arrived from Brackley barracks.",
        ],
    }
    facts = facts_of(docs)
    army = claim_for(facts, "wire", 1)
    assert army.sources == ("wire", "herald")
    assert claim_for(facts, "daily", 1).sources == ("daily",)


def test_conflict_among_three_sources_names_the_odd_one_out() -> None:
    docs = {
        "wire": ["At least 12 people were injured when the roof of the market collapsed."],
        "daily": ["At least 15 people were injured when the roof of the market collapsed."],
        "herald": ["At least 12 people were injured when the roof of the market collapsed."],
    }
    facts = facts_of(docs)
    conflicts = of_kind(facts, "conflict")
    assert conflicts
    assert all("daily" in c.sources for c in conflicts)
    assert all("15" in c.versions["daily"] for c in conflicts)
    assert all("12" in v for c in conflicts for src, v in c.versions.items() if src != "daily")
    assert not [f for f in of_kind(facts, "detail") if "12" in f.text or "15" in f.text]
    claims = of_kind(facts, "claim")
    assert [c.sources for c in claims] == [("wire", "daily", "herald")]


def test_numbers_written_differently_are_not_conflicts() -> None:
    docs = {
        "wire": ["The city will spend 3 million dollars on the new flood barrier, the mayor said."],
        "daily": [
            "The city will spend 3,000,000 dollars on the new flood barrier, the mayor said."
        ],
    }
    assert not [f for f in facts_of(docs) if f.kind == "conflict"]


def test_a_conflict_lists_every_source_that_states_a_disputed_number() -> None:
    docs = {
        "wire": ["Twelve people were taken to hospital after the crash, police said."],
        "gazette": ["Fifteen people were taken to hospital after the crash, police said."],
        "radio": ["Police said 12 people were taken to hospital after the crash on the bridge."],
    }
    conflicts = [f for f in facts_of(docs) if f.kind == "conflict"]
    assert len(conflicts) == 1
    assert set(conflicts[0].sources) == {"wire", "gazette", "radio"}
    assert conflicts[0].versions["radio"] == "12"


def test_a_disputed_figure_hides_only_itself_not_the_same_number_counting_something_else() -> None:
    docs = {
        "wire": [
            "The actor had pleaded not guilty to 12 charges of sexual assault.",
            "Twelve jurors began deliberating on Monday after a three-week trial.",
            "Police said 12 charges were brought in all.",
        ],
        "daily": [
            "The actor had pleaded not guilty to nine charges of sexual assault.",
            "The jury began deliberating on Monday after a three-week trial.",
        ],
    }
    facts = facts_of(docs)
    assert [c.versions for c in of_kind(facts, "conflict")] == [{"wire": "12", "daily": "nine"}]
    details = [f.text for f in of_kind(facts, "detail") if f.sources == ("wire",)]
    # The jurors are the wire's own; the 12 charges the conflict already shows.
    assert "Twelve jurors" in details
    assert not [d for d in details if "charges" in d]


def test_a_name_spelt_a_letter_apart_is_one_name() -> None:
    """Transliterations: "Rashtrapati Bhavan" and "Rashtrapati Bhawan" are one place."""
    folded = fold_spellings(
        documents(
            {
                "wire": ["He skipped the ceremony at Rashtrapati Bhavan on Tuesday."],
                "daily": [
                    "He did not attend the ceremony at Rashtrapati Bhawan.",
                    "Officials named Hamid and Hamed as witnesses, with Tillman and Tilman.",
                    "Jacinda Arden resigned; the Alder Star sailed for Port Calder.",
                    "Guests were returning to Ebbu village.",
                ],
                "tv": [
                    "Jacinda Ardern spoke of Jean-Marie Le Pen and Marine Le Pen.",
                    "The rebels fought Moammar for four decades.",
                ],
                "radio": [
                    "The rebels fought Moamer for decades.",
                    "Cech saved from Ivica Ovic; Ann Mock spoke.",
                ],
                "web": ["Misses by Ivica Olic and Jo Mack.", "The boat left Ebu at dawn."],
            }
        )
    )
    keys = {t.text: t.key for doc in folded.values() for ts in doc.tokens for t in ts}
    assert keys["Bhavan"] == keys["Bhawan"]
    # A letter doubled and another changed: one transliteration and another.
    assert keys["Moammar"] == keys["Moamer"]
    # ... and a letter doubled or not, however short the name.
    assert keys["Ebbu"] == keys["Ebu"]
    assert keys["Arden"] == keys["Ardern"]
    # A misspelling keeps the first letter; part of a hyphenated name is not a name.
    assert keys["Alder"] != keys["Calder"]
    assert keys["Marie"] != keys["Marine"]
    # A short surname a letter off is the same player after the same first name.
    assert keys["Ovic"] == keys["Olic"]
    assert keys["Mock"] != keys["Mack"]
    # Too short to tell spelling from another name, and two names in one sentence.
    assert keys["Hamid"] != keys["Hamed"]
    assert keys["Tillman"] != keys["Tilman"]


def test_a_detail_never_leaves_a_bracket_open() -> None:
    docs = {
        "wire": [
            "Apple said services revenue reached a record in the quarter.",
            "At least 97 people have been killed, a police official said.",
        ],
        "daily": [
            "Apple also posted $9.55 billion USD ($12.43 billion CAD) in software and services "
            "revenue for the third quarter.",
            "At least 97 people have been killed and several others injured, IG (Kanpur range) "
            "Zaki Ahmed told PTI.",
        ],
    }
    texts = [f.text for f in of_kind(facts_of(docs), "detail")]
    assert any("$12.43 billion CAD" in t for t in texts), texts
    assert any("Zaki Ahmed" in t for t in texts), texts
    assert all(t.count("(") == t.count(")") for t in texts), texts


def test_a_sentence_a_group_took_in_that_no_one_else_reports_is_a_claim_of_its_own() -> None:
    """Links chain two sentences of one outlet into one group; coverage, asked of the
    whole of every other article, still finds one of them nowhere: it is unique."""
    docs = documents(
        {
            "wire": [
                "The process to choose a new party leader will begin next week.",
                "She will leave office after the state visit of the American president.",
            ],
            "daily": ["Electing a new party leader will begin next week, she said."],
        }
    )
    links = (
        Link("wire", (0,), "daily", (0,), "same", 0.8),
        Link("wire", (1,), "daily", (0,), "reworded", 0.1),
    )
    alignment = Alignment(links, ((("wire", 0), ("wire", 1), ("daily", 0)),))
    units = units_of(docs)
    facts = find_facts(docs, alignment, cover(docs, alignment, units), units)
    visit = claim_for(facts, "wire", 1)
    assert visit.sources == ("wire",) and visit.unique
    assert claim_for(facts, "wire", 0).sources == ("wire", "daily")


def test_tolls_of_one_place_told_apart_anywhere_are_a_conflict() -> None:
    """Two tolls of one place in sentences that share few words are one dispute; the
    toll of another place (Tibet) disputes neither."""
    facts = facts_of(
        {
            "wire": [
                "At least 2,430 people were killed in Nepal when the quake struck on Saturday.",
                "Aid flights began landing in Kathmandu on Sunday.",
            ],
            "daily": [
                "Rescuers dug through rubble with their bare hands.",
                "A police spokesman said the number known to have died in Nepal had risen to "
                "1,953.",
                "In Tibet, state media said 17 people had been killed.",
            ],
        }
    )
    conflicts = of_kind(facts, "conflict")
    assert [(c.versions["wire"], c.versions["daily"]) for c in conflicts] == [
        ("2,430 people", "1,953")
    ]


def test_sums_glued_to_a_currency_code_are_the_sums_others_give_in_words() -> None:
    facts = facts_of(
        {
            "wire": [
                "The government withdrew the Rs500 and Rs1,000 notes on Tuesday night.",
                "People can exchange up to Rs4,000 at banks and withdraw Rs20,000 a week.",
            ],
            "daily": [
                "India withdrew its 500 and 1,000 rupee notes on Tuesday night.",
                "People can exchange up to 4,000 rupees at banks and take out 20,000 a week.",
            ],
        }
    )
    assert [f.text for f in of_kind(facts, "detail")] == []
    assert not of_kind(facts, "conflict")


@pytest.mark.parametrize(
    ("bound", "value"),
    [
        (
            "Labor was declared the winner less than three hours after the polls closed.",
            "Labor was declared the winner just two-and-a-half hours after the polls closed.",
        ),
        (
            "One Nation had a poor night, its vote below five per cent of the count.",
            "One Nation had a disappointing night, with just 4.5 per cent of the vote.",
        ),
        (
            "More than 60 people were killed when the floods swept through the valley.",
            "The floods that swept through the valley killed 64 people.",
        ),
    ],
)
def test_a_figure_given_as_a_bound_is_the_figure_another_gives_inside_it(
    bound: str, value: str
) -> None:
    facts = facts_of({"wire": [bound], "daily": [value]})
    assert not of_kind(facts, "detail") and not of_kind(facts, "conflict")


def test_a_share_given_as_a_bound_meets_the_share_another_gives_in_another_claim() -> None:
    # The winner's speech names the rival's poor vote; the other outlet gives the count.
    facts = facts_of(
        {
            "wire": [
                "Labor won the state election in a landslide on Saturday.",
                "McGowan mocked One Nation's poor vote of below five per cent in his speech.",
            ],
            "daily": [
                "Labor swept to power in the state election on Saturday.",
                "McGowan mocked One Nation in his victory speech to supporters.",
                "Hanson's party received just 4.5 per cent of the primary vote so far.",
            ],
        }
    )
    assert not [f.text for f in of_kind(facts, "detail") if "five" in f.text]


def test_a_figure_outside_anothers_bound_is_still_its_own() -> None:
    facts = facts_of(
        {
            "wire": ["Labor was declared the winner less than three hours after the polls closed."],
            "daily": ["Labor was declared the winner four hours after the polls closed."],
        }
    )
    assert of_kind(facts, "detail") or of_kind(facts, "conflict")


def test_a_wires_code_for_a_share_is_no_detail() -> None:
    # Reuters' codes for a share and its exchange, their brackets lost in a reprint.
    facts = facts_of(
        {
            "wire": [
                "Hacked accounts included Amazon AMZN.O founder Jeff Bezos, Uber UBER.N and "
                "Apple Inc AAPL.O on Wednesday."
            ],
            "daily": ["Hackers took over the accounts of Jeff Bezos of Amazon, Uber and Apple."],
        }
    )
    assert [f.text for f in of_kind(facts, "detail")] == []


def test_the_firm_of_a_person_others_name_is_no_detail() -> None:
    facts = facts_of(
        {
            "wire": ["Hackers took over the accounts of Amazon founder Jeff Bezos and Kanye West."],
            "daily": ["The accounts of Jeff Bezos and Kanye West were taken over by hackers."],
        }
    )
    assert [f.text for f in of_kind(facts, "detail")] == []
    # ... but a firm named beside a person no other outlet names is news.
    facts = facts_of(
        {
            "wire": ["Hackers took over the accounts of Amazon founder Jeff Bezos and Kanye West."],
            "daily": ["The accounts of Kanye West and others were taken over by hackers."],
        }
    )
    assert any("Bezos" in f.text for f in of_kind(facts, "detail"))


def test_a_day_ago_is_the_day_another_outlet_calls_last_night() -> None:
    docs = documents(
        {
            "wire": [
                "Floods washed away a village in the north a day ago, an official said Thursday.",
                "Rescuers were searching for the missing.",
            ],
            "daily": [
                "Floods washed away a village in the north last night, officials said.",
                "Rescuers were searching for the missing.",
            ],
        }
    )
    docs = {src: replace(doc, published="2021-07-29") for src, doc in docs.items()}
    alignment = align(docs, profiles(docs))
    alignment = replace(alignment, links=diff_links(alignment.links, docs))
    units = units_of(docs)
    facts = find_facts(docs, alignment, cover(docs, alignment, units), units)
    assert "a day" not in [f.text for f in of_kind(facts, "detail")]


def test_the_office_of_a_person_others_name_is_no_detail() -> None:
    facts = facts_of(
        {
            "wire": ["The accounts of U.S. presidential candidate Joe Biden were hacked."],
            "daily": ["Hackers took over the accounts of Joe Biden on Wednesday."],
        }
    )
    assert [f.text for f in of_kind(facts, "detail")] == []


def test_a_sentence_of_one_word_is_no_claim_of_its_own() -> None:
    facts = facts_of(
        {
            "wire": [
                "The minister said the sanctions were the death throes of a failed government.",
                '"It is sad that the policy ends this way.',
                'RIP."',
            ],
            "daily": ["Officials in the capital said the sanctions would be answered next week."],
        }
    )
    claims = [f for f in of_kind(facts, "claim") if f.sources == ("wire",)]
    assert "RIP" not in [f.text.strip('".') for f in claims]
    # ... it stays with the sentence before it, so every sentence is in one claim still.
    assert any(2 in f.sentences.get("wire", ()) for f in claims)


def test_an_untold_clause_keeps_the_words_that_say_when_but_not_its_and() -> None:
    facts = facts_of(
        {
            "wire": [
                "Fire crews pulled back to the village after the wind turned, and at about "
                "3pm the flames crossed the Minster Road."
            ],
            "daily": ["Fire crews pulled back to the village after the wind turned."],
        }
    )
    details = [f.text for f in of_kind(facts, "detail")]
    assert "at about 3pm the flames crossed the Minster Road" in details


def test_an_age_and_a_span_of_years_are_no_conflict_but_two_ages_are() -> None:
    span = facts_of(
        {
            "wire": [
                "Appointed in July 2015, Ranieri led the club to the greatest triumph in "
                "its 133-year history."
            ],
            "daily": [
                "Appointed in July 2015, the 65-year-old led the club to the greatest "
                "triumph of its history."
            ],
        }
    )
    assert of_kind(span, "conflict") == []
    ages = facts_of(
        {
            "wire": ["A 40-year-old man was arrested at the scene on Friday."],
            "daily": ["A 42-year-old man was arrested at the scene on Friday."],
        }
    )
    [conflict] = of_kind(ages, "conflict")
    assert conflict.versions["wire"].startswith("40")
    assert conflict.versions["daily"].startswith("42")


def test_the_size_of_a_body_is_no_conflict_with_how_many_of_it_acted() -> None:
    facts = facts_of(
        {
            "wire": ["At 1 a.m., 190 members voted to demand that the decree be lifted."],
            "daily": [
                "At 1 a.m., the 300-member assembly voted to demand that the decree be lifted."
            ],
        }
    )
    assert of_kind(facts, "conflict") == []


def test_a_disease_named_by_its_virus_elsewhere_is_no_detail_nor_is_its_number() -> None:
    facts = facts_of(
        {
            "wire": [
                "The chancellor set out new measures to support the recovery from Covid-19 "
                "on Wednesday."
            ],
            "daily": [
                "The chancellor set out new measures on Wednesday to support the recovery from "
                "the coronavirus crisis."
            ],
        }
    )
    assert [f.text for f in of_kind(facts, "detail") if "Covid" in f.text] == []


def test_a_clause_after_a_place_is_a_detail_of_its_own() -> None:
    # ("Miriam Haley, a production assistant" names someone: see test_reported_defects.)
    facts = facts_of(
        {
            "wire": [
                "The storm killed at least 27 people after it hammered the resort of Acapulco, "
                "causing damage seen running into billions of dollars."
            ],
            "daily": [
                "At least 27 people were killed as the storm hammered the resort of Acapulco."
            ],
        }
    )
    details = [f.text for f in of_kind(facts, "detail")]
    assert "causing damage seen running into billions of dollars" in details


@pytest.mark.parametrize(
    ("theirs", "ours"),
    [
        ("fined her 18 billion won", "fined her $16.8 million"),
        ("paid 1.2 billion yen", "paid $11 million"),
        ("raised 700 million yuan", "raised about $100 million"),
    ],
)
def test_a_sum_in_won_yen_or_yuan_is_the_sum_another_outlet_gives_in_dollars(
    theirs: str, ours: str
) -> None:
    facts = facts_of(
        {
            "wire": [f"The court {theirs} and sentenced her to 24 years in prison on Friday."],
            "daily": [f"The court sentenced her to 24 years in prison on Friday and {ours}."],
        }
    )
    assert of_kind(facts, "detail") == []
    assert of_kind(facts, "conflict") == []


def test_a_given_name_written_with_or_without_its_hyphen_is_one_name() -> None:
    facts = facts_of(
        {
            "wire": ["President Park Geun-hye was sentenced to 24 years in prison on Friday."],
            "daily": ["Park Geunhye, the ousted president, was sentenced to 24 years in prison."],
        }
    )
    assert of_kind(facts, "detail") == []


@pytest.mark.parametrize("other", ["half-inch", "half an inch"])
def test_a_half_inch_is_the_one_half_inch_another_outlet_writes_in_figures(other: str) -> None:
    facts = facts_of(
        {
            "wire": ["The inmates cut through 1/2-inch steel bars at the Northgate jail."],
            "daily": [f"The inmates cut through {other} steel bars at the Northgate jail."],
        }
    )
    assert of_kind(facts, "detail") == []
    # ... while "half a mile" against "half-mile" stays one distance, not a figure of one side.
    facts = facts_of(
        {
            "wire": ["The crowd marched a half-mile to the town hall in Northgate on Sunday."],
            "daily": ["The crowd marched half a mile to the town hall in Northgate on Sunday."],
        }
    )
    assert of_kind(facts, "detail") == []


def test_the_year_in_a_statutes_name_is_no_detail_where_another_outlet_names_it() -> None:
    facts = facts_of(
        {
            "wire": ["Twenty-seven people were arrested under the Harbour Act 2000, police said."],
            "daily": ["Police said 27 people were arrested under the Harbour Act in Northgate."],
        }
    )
    assert [f.text for f in of_kind(facts, "detail")] == ["in Northgate"]


def test_a_word_after_a_hyphen_is_the_word_another_outlet_writes_run_together() -> None:
    facts = facts_of(
        {
            "wire": ["The rabbi condemned the rise in anti-Semitism across Northgate on Monday."],
            "daily": ["The rabbi condemned rising antisemitism across Northgate on Monday."],
        }
    )
    assert of_kind(facts, "detail") == []


@pytest.mark.parametrize(
    "injured",
    [
        "Forty-three people were injured, the health ministry said, in the blaze in the Mangaf "
        "area south of Kuwait City.",
        "The blaze in the Mangaf area south of Kuwait City left 1,240 people injured, the "
        "health ministry said.",
    ],
)
def test_the_injured_in_words_or_figures_are_no_other_count_of_the_dead(injured: str) -> None:
    # The count of the injured is retold near another outlet's toll of the dead: two
    # counts of two things, whether in words or in figures.
    facts = facts_of(
        {
            "wire": [
                "At least 49 people have been killed in a fire at a residential building in the "
                "Kuwaiti city of Mangaf, the Interior Ministry says.",
                "Rescuers searched the building through the night.",
            ],
            "daily": [
                "More than 35 people were killed when a fire swept through a building in Kuwait "
                "on Wednesday.",
                injured,
            ],
        }
    )
    assert not of_kind(facts, "conflict"), [f.text for f in of_kind(facts, "conflict")]


# A quotation's asides, folded into the sentence before them, under one hash seed: set and
# dict order hang on the seed, fixed for the life of a process, so only runs under several
# seeds show a dependence on it.
_FOLDED = """
import json
from dataclasses import replace
from sitegen.engine.align import align
from sitegen.engine.coverage import cover
from sitegen.engine.details import shown_once
from sitegen.engine.diff import diff_links
from sitegen.engine.facts import find_facts
from sitegen.engine.segment import segment
from sitegen.engine.similarity import profiles
from sitegen.engine.units import units_of

docs = {
    "wire": segment(
        "Queen Ingrid announced her abdication in her New Year address on Sunday.\\n\\n"
        '"I hope the new royal couple will be met with the same trust and affection that I '
        'have received. They deserve it! Norland deserves it!"'
    ),
    "herald": segment(
        "Queen Ingrid announced in her New Year address on Sunday that she would abdicate.\\n\\n"
        "Crown Prince Erik will take the throne on January 14."
    ),
}
alignment = align(docs, profiles(docs))
alignment = replace(alignment, links=diff_links(alignment.links, docs))
units = units_of(docs)
facts = find_facts(docs, alignment, cover(docs, alignment, units), units)
print(json.dumps([list(f.sentences["wire"]) for f in facts if f.sources == ("wire",)]))
"""


def test_a_quotations_asides_fold_into_it_in_reading_order_whatever_the_hash_seed() -> None:
    outputs = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", _FOLDED], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr
        outputs.add(run.stdout.strip())
    assert outputs == {"[[1, 2, 3]]"}


def test_a_sentence_saying_only_that_no_more_was_said_is_no_claim_of_its_own() -> None:
    facts = facts_of(
        {
            "wire": [
                "Ferry crews at Northgate walked out on Monday over pay.",
                "A union official said talks with the operator would resume on Thursday.",
                "He did not provide other details.",
                "The operator did not give a reason for the delay.",
                "A full list of cancelled crossings is below.",
                "Read its full statement below:",
            ],
            "herald": [
                "Ferry crews at Northgate walked out on Monday in a dispute over pay.",
                "Passengers queued for hours at the quay.",
            ],
        }
    )
    claims = [f.text for f in of_kind(facts, "claim") if f.sources == ("wire",)]
    assert "He did not provide other details." not in claims
    assert "A full list of cancelled crossings is below." not in claims
    assert not any("full statement below" in c for c in claims)
    # ... while a sentence that says what was not given tells something.
    assert "The operator did not give a reason for the delay." in claims
    assert "A union official said talks with the operator would resume on Thursday." in claims


def test_a_last_sentence_cut_off_after_a_claim_others_report_is_listed_where_it_stopped() -> None:
    """Folded into a claim others report, the page's cut-off last sentence would be shown
    nowhere: at eight words or more it is a claim of its own, marked where the page stopped.
    Judged on round 44's 120 real events, 41 of 53 such tails told a fact only that outlet
    gives."""
    story = [
        "Ferry crews at Northgate walked out on Monday over pay.",
        "Passengers queued for hours at the quay.",
    ]
    wire = [*story, "Talks resume on Thursday."]
    for tail in (
        "The operator said some passengers had chosen to stay at home and",
        "The operator said the first ferries would leave the quay on Tuesday morning at high t",
        "Between 2010 and 2020, 14 crossings were cancelled and 3 delayed in 9 strikes at those",
    ):
        facts = facts_of({"wire": wire, "herald": [*story, tail]})
        claims = [f.text for f in of_kind(facts, "claim") if f.sources == ("herald",)]
        assert claims == [f"{tail}…"], claims
    # ... while a few words cut off say too little to stand alone.
    facts = facts_of({"wire": wire, "herald": [*story, "The operator said the first"]})
    assert not [f for f in of_kind(facts, "claim") if f.sources == ("herald",)]


def test_the_cut_off_last_words_show_with_the_claim_only_one_outlet_reports_before_them() -> None:
    """The page's cut-off tail is no claim of its own, but the names and figures it gives are
    the outlet's: listed with the claim no one else reports that it was folded into."""
    story = [
        "Ferry crews at Northgate walked out on Monday over pay.",
        "Passengers queued for hours at the quay.",
    ]
    own = "The harbour master said divers were still checking the hull of the stranded ferry."
    tail = "Councillor Ann Lee asked the minister for emergency funds, which would free up fe"
    facts = facts_of({"wire": story, "herald": [*story, own, tail]})
    claims = [f.text for f in of_kind(facts, "claim") if f.sources == ("herald",)]
    assert claims == [f"{own} {tail}…"], claims


def test_a_name_that_opens_on_a_capitalised_small_word_is_shown_whole() -> None:
    facts = facts_of(
        {
            "mine": [
                "Lee, a six-time champion, was a member of the All England Club, the court heard."
            ],
            "theirs": ["Lee, a six-time champion, was jailed on Friday, the court heard."],
        }
    )
    assert [f.text for f in of_kind(facts, "detail")] == ["All England Club"]


def test_ok_set_in_capitals_as_a_verb_is_no_name() -> None:
    facts = facts_of(
        {
            "mine": [
                "Passengers are instructed to wait for crews to arrive and OK their cabins "
                "before leaving, the operator said."
            ],
            "theirs": [
                "Passengers were told to wait for crews before leaving their cabins, the "
                "operator said."
            ],
        }
    )
    assert "OK" not in [f.text for f in of_kind(facts, "detail")]


@pytest.mark.parametrize(
    "lead_in",
    [
        "The operator released the following statement:",
        "The union said in a statement:",
        # ... or to a post the page left out
        "They said in a tweet,",
        # ... or only says that it follows
        "Here's what we know so far.",
        "Here are the key points from the union leader's address.",
        "Here, Estuary Money? takes a closer look at what's behind these record rises and if "
        "there is anything you can do to reduce your fare.",
        # ... or names whose report a video is
        "Investigative Reporter Ann Lee reports.",
    ],
)
def test_a_sentence_that_only_leads_in_to_a_statement_is_no_claim_of_its_own(lead_in: str) -> None:
    facts = facts_of(
        {
            "mine": [
                "The ferry strike ended on Monday after nine days.",
                lead_in,
                "Crossings will resume at dawn on Tuesday.",
            ],
            "theirs": ["The nine-day ferry strike ended on Monday."],
        }
    )
    claims = [f.text for f in of_kind(facts, "claim")]
    assert lead_in not in claims


def test_a_detail_another_detail_of_its_sentence_holds_whole_is_shown_once() -> None:
    sentence = "The Self-Defense Forces did not try to shoot the missile down."
    found = [
        Fact("", "detail", text, ("local",), sentence, {"local": 3})
        for text in ("The Self-Defense", "The Self-Defense Forces")
    ] + [Fact("", "detail", "The Self-Defense", ("local",), "Another.", {"local": 5})]
    assert [(f.text, f.sentence) for f in shown_once(found)] == [
        ("The Self-Defense Forces", {"local": 3}),
        ("The Self-Defense", {"local": 5}),
    ]


def test_a_place_and_its_county_after_a_comma_are_one_detail() -> None:
    facts = facts_of(
        {
            "a": [
                "Six people were treated at the scene and two were admitted to Princess "
                "Alexandra Hospital in Harlow, Essex, for smoke inhalation."
            ],
            "b": [
                "Six people were treated at the scene and two were taken to hospital for smoke "
                "inhalation."
            ],
        }
    )
    assert "in Harlow, Essex" in [f.text for f in of_kind(facts, "detail")]
    # ... but a list of places is no place and its region.
    listed = facts_of(
        {
            "a": ["The victims were farmers from Barauli, Manjha, Kateya and Uchkagaon."],
            "b": ["The victims were farmers."],
        }
    )
    assert "from Barauli, Manjha" not in [f.text for f in of_kind(listed, "detail")]


def test_a_long_part_no_other_outlet_tells_is_shown_whole() -> None:
    # Cut to its name, the part would hide what it says of it.
    facts = facts_of(
        {
            "a": [
                "Shares tumbled to a nine-year low after the company revealed a flaw in its "
                "gas turbines, which weakened the metal blades and forced the shutdown of a "
                "pair of power plants in Alabama where they were in use."
            ],
            "b": ["Shares tumbled to a nine-year low after the company revealed a turbine flaw."],
        }
    )
    details = [f.text for f in of_kind(facts, "detail")]
    assert any("forced the shutdown of a pair of power plants" in d for d in details), details


def test_a_part_joined_by_as_well_as_opens_on_its_own_words() -> None:
    facts = facts_of(
        {
            "a": [
                "Flames destroyed two trucks in the tunnel, as well as at least one passenger "
                "car that was flattened near the Hollis Street entrance by falling concrete."
            ],
            "b": ["Flames destroyed two trucks in the tunnel."],
        }
    )
    details = [f.text for f in of_kind(facts, "detail")]
    assert any(d.startswith("at least one passenger car") for d in details), details


def test_a_remark_of_a_few_words_goes_with_the_sentence_before_it() -> None:
    facts = facts_of(
        {
            "a": [
                "The ferry strike ended on Monday after the union accepted a new pay offer.",
                "The talks had lasted eleven hours and ended shortly after midnight.",
                "It wasn't easy.",
            ],
            "b": ["The ferry strike ended on Monday when the union accepted a pay offer."],
        }
    )
    texts = [f.text for f in facts if f.unique]
    assert "It wasn't easy." not in texts
    assert any(t.startswith("The talks had lasted eleven hours") for t in texts)


@pytest.mark.parametrize(
    "remark",
    ["He had no choice.", "The court rejected this approach.", "She recently passed away."],
)
def test_the_writers_short_sentence_that_names_nothing_goes_with_the_one_before(
    remark: str,
) -> None:
    facts = facts_of(
        {
            "a": [
                "The ferry strike ended on Monday after the union accepted a new pay offer.",
                remark,
                "The talks had lasted eleven hours and ended shortly after midnight.",
            ],
            "b": ["The ferry strike ended on Monday when the union accepted a pay offer."],
        }
    )
    texts = [f.text for f in facts if f.unique]
    assert remark not in texts
    assert any(t.startswith("The talks had lasted eleven hours") for t in texts)


def unique_texts(mine: Sequence[str], theirs: Sequence[str]) -> list[str]:
    """The texts of the facts unique to either of two articles given as sentences."""
    return [f.text for f in facts_of({"a": mine, "b": theirs}) if f.unique]


def test_a_short_quotation_or_a_lists_point_told_as_a_sentence_stays_a_claim() -> None:
    strike = "The ferry strike ended on Monday when the union accepted a pay offer."
    # A speaker's short sentences are what they said: "He's a complete fighter." is news.
    quoted = "“He is a complete fighter.”"
    mine = ["The ferry strike ended on Monday after the union accepted a new offer.", quoted]
    assert quoted in unique_texts(mine, [strike])
    # ... and so is a list's point told as a sentence.
    point = "Second, the cancellation of onward flights."
    mine = [
        "The ferry strike ended on Monday after the union accepted a new offer.",
        "Passengers faced two problems.",
        "First, the closure of the quay for nine days.",
        point,
    ]
    assert any(point in t for t in unique_texts(mine, [strike]))
    # ... and so is a sentence that opens on a name.
    booked = "Bloggs was booked for the challenge."
    mine = ["Lee was brought down by Bloggs and scored from the spot.", booked]
    assert booked in unique_texts(mine, ["Lee was fouled by Bloggs and converted the penalty."])
    # ... and one that turns to news of its own.
    turn = "But she would not say which."
    mine = ["The union said several other crossings were under review.", turn]
    theirs = ["Several other crossings are under review, the union said."]
    assert any(turn in t for t in unique_texts(mine, theirs))


def test_a_lists_short_point_without_a_stop_stays_a_claim() -> None:
    facts = facts_of(
        {
            "a": [
                "The ferry strike ended on Monday after the union accepted a new pay offer.",
                "The union listed three causes of the strike:",
                "Excessive overtime",
                "Crews will be back at work on Tuesday morning, the union said.",
            ],
            "b": ["The ferry strike ended on Monday when the union accepted a pay offer."],
        }
    )
    assert "Excessive overtime" in [f.text for f in facts if f.unique]


def test_homes_against_households_is_a_conflict_not_two_details() -> None:
    facts = facts_of(
        {
            "a": [
                "The tidal barrage's first test made enough power to supply around 41,000 homes "
                "for a day.",
                "The council called it a milestone.",
            ],
            "b": [
                "The tidal barrage's first test made enough power to supply around 12,000 "
                "households.",
                "The council called it a milestone.",
            ],
        }
    )
    assert len(of_kind(facts, "conflict")) == 1
    assert not [f for f in of_kind(facts, "detail") if "000" in f.text]


def test_a_names_first_words_go_by_their_initials() -> None:
    facts = facts_of(
        {
            "a": ["The US Treasury imposed sanctions on the ferry operator on Monday."],
            "b": ["The United States Treasury imposed sanctions on the ferry operator on Monday."],
        }
    )
    assert not of_kind(facts, "detail")


def test_a_title_before_a_persons_name_is_no_initials_of_the_person() -> None:
    facts = facts_of(
        {
            "a": [
                "UN Secretary General Antonio Guterres condemned the attack on the ferry, the "
                "US said on Monday.",
            ],
            "b": ["The US condemned the attack on the ferry on Monday."],
        }
    )
    assert any("Guterres" in f.text for f in of_kind(facts, "detail"))


@pytest.mark.parametrize(
    ("mine", "theirs"),
    [
        (
            "Electric ferries made up 50.8 percent of the 2,310 boats registered in May.",
            "Electric ferries made up more than half of the 2,310 boats registered in May.",
        ),
        (
            "Harbour Police 1st Sgt. Ann Lee said 45 people were hurt.",
            "First Sergeant Ann Lee of the Harbour Police said 45 people were hurt.",
        ),
    ],
    ids=["about-half", "rank"],
)
def test_a_figure_another_outlet_writes_in_words_is_no_detail(mine: str, theirs: str) -> None:
    facts = facts_of({"a": [mine, "The quay reopened."], "b": [theirs, "The quay reopened."]})
    assert not of_kind(facts, "detail")


def test_a_change_by_about_half_is_no_share_of_a_half() -> None:
    facts = facts_of(
        {
            "a": [
                "Pretax profit jumped by 54% in the quarter, though it was half that of a year "
                "earlier.",
                "The quay reopened.",
            ],
            "b": [
                "Profit was half that of the year before, the operator said.",
                "The quay reopened.",
            ],
        }
    )
    assert any("54%" in f.text for f in of_kind(facts, "detail"))


def test_a_figure_below_zero_is_shown_with_its_sign() -> None:
    facts = facts_of(
        {
            "wire": [
                "A blizzard hit Estuary on Monday, closing roads and schools.",
                "Temperatures could plunge to minus 15 degrees Thursday in Northgate.",
            ],
            "herald": [
                "A blizzard hit Estuary on Monday and closed roads and schools.",
                "Temperatures could plunge on Thursday, forecasters said.",
            ],
        }
    )
    details = [f.text for f in of_kind(facts, "detail") if f.sources == ("wire",)]
    assert "minus 15 degrees Thursday" in details
    assert "15 degrees Thursday" not in details


@pytest.mark.parametrize(
    ("note", "news"),
    [
        # a pointer to the page's video, or to the whole announcement
        (
            "The following video footage shows the moment when the attacker entered the embassy.",
            "The ministry in Estuary summoned the ambassador on Saturday.",
        ),
        (
            "Read the full announcement from Bloggs here.",
            "Read more about the attack in the ministry's annual report.",
        ),
        # a wire's note that it could not check, and a word not yet available
        (
            "Estuary Wire was not able to independently verify the reports.",
            "The mayor said the city was able to independently verify the ballots.",
        ),
        (
            "Word on their conditions was not immediately available.",
            "The guard's family said he had worked at the embassy for 20 years.",
        ),
        # no details to give, and a list that follows (and that the page left out)
        (
            "He had no details on the difficulty of the search.",
            "He said the guards had asked for more staff a week earlier.",
        ),
        (
            "The complete list of Estuary 2027 award winners follows:",
            "The embassy in Northgate will stay closed until Monday.",
        ),
    ],
)
def test_a_note_that_points_elsewhere_or_has_nothing_to_add_is_no_claim(
    note: str, news: str
) -> None:
    facts = facts_of(
        {
            "wire": [
                "A gunman attacked the embassy in Northgate on Friday, killing a guard.",
                note,
                news,
            ],
            "herald": [
                "A gunman attacked the embassy in Northgate on Friday and killed a guard.",
                "Police arrested him at the scene.",
            ],
        }
    )
    claims = [f.text for f in of_kind(facts, "claim") if f.sources == ("wire",)]
    assert not any(note in c for c in claims)
    assert news in claims
