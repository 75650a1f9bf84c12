"""Cutting articles into paragraphs and sentences."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitegen.engine.segment import markdown_blocks, segment, text_blocks
from sitegen.engine.sentences import split_sentences


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials in the U.S. embassy confirmed the evacuation on Sunday.",
        "The talks were led by Lt Gen. Omar Haddad of the northern command.",
        "The ferry has not sailed since Feb. 14, when the storm reached the coast.",
        "Reporters gathered outside No. 10 Downing Street before the statement.",
        "The procession will pass St. Aidan's church at noon.",
        "Mass was said at the Basilica of Sts. Peter and Paul on Saturday.",
        "The inquiry is led by Addl. SP Ann Lee, the district police said.",
        "The injured were treated by Dr. Helen Moss at the county hospital.",
        "Mr. Okafor declined to comment on the audit.",
        "The report was written by J. R. Alvarez, a former harbour master.",
        "The storm destroyed 1,550 homes and left 3.5 million people without power.",
        "Inflation rose to 4.25 per cent in March, the bank said.",
        "The operation was led by Lt Gen. J. R. Alvarez, who flew in from the capital.",
        "Senators in the U.S. Congress voted 52 to 48 on the aid package.",
        "The families of the dead will be given Rs. 2 lakh each from the relief fund.",
        "The injured would be given Rs. 50,000, the prime minister's office said.",
        "Traders paid Ksh. 500 a day for a stall at the market.",
        "The case recalled that of former Northgate Del. Phil Hart, who got 9 1/2 years.",
        "Coast Guard Asst. Sec. Ana Reyes said the evacuation had begun at dawn.",
        "Two senators voted for the bill: Sens. Ana Reyes and Tom Hart, both Democrats.",
        "Defense Sec. and council chair Ana Reyes ordered the coast guard to the island.",
        "One of the officers killed, Pol. Cpt. Ana Reyes, was shot at the mall's gate.",
        "Crews shut down the pipeline at about 6 a.m. Central Standard Time, the company said.",
        # a patronymic written short, as Icelandic names have one
        "Icelandic President Gudni Th. Johannesson visited the town on Saturday.",
        # a police rank written short, as Indonesian police write it
        "The toll rose to 47, said Sr. Comr. Ana Reyes, the police chief.",
        # a title written short, as Nigerian papers title a name
        "I spent sleepless nights with Mal. Ann Lee, the governor, over the children.",
        # an outlet named for its address, run into the sentence with no space after the stop
        "The team has won twice since 2020, News.Az reports, citing local media.",
    ],
)
def test_abbreviations_initials_and_numbers_do_not_split(sentence: str) -> None:
    assert split_sentences(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "“We heard a bang. Then the lights went out,” said Maria Olsen.",
        '"We heard a bang. Then the lights went out," said Maria Olsen.',
        "“The water rose fast. We lost everything,” she told reporters.",
        '"The bridge is closed. Nobody crosses until it is inspected," the mayor said.',
        '"We heard a bang. Then the lights went out," Maria Olsen said.',
        "“We heard a bang. Then the lights went out. Nobody moved,” said Maria Olsen.",
        "“Where do we go now?” asked Tom Reid, a fisherman.",
    ],
)
def test_quotation_with_full_stops_before_attribution_is_one_sentence(sentence: str) -> None:
    assert split_sentences(sentence) == [sentence]


def test_real_sentence_ends_split() -> None:
    paragraph = (
        "The dam held overnight. Engineers will inspect it again on Friday! "
        "Will the town be evacuated? Officials said it was too early to tell."
    )
    assert split_sentences(paragraph) == [
        "The dam held overnight.",
        "Engineers will inspect it again on Friday!",
        "Will the town be evacuated?",
        "Officials said it was too early to tell.",
    ]


def test_a_time_zone_before_a_full_stop_ends_the_sentence() -> None:
    assert split_sentences("Contact was lost at 9 a.m. EST. Witnesses heard a boom.") == [
        "Contact was lost at 9 a.m. EST.",
        "Witnesses heard a boom.",
    ]
    assert split_sentences("The firm (est. 1990) grew.") == ["The firm (est. 1990) grew."]


def test_a_decimal_point_set_apart_from_its_digits_ends_no_sentence() -> None:
    assert split_sentences("Exports reached USD 582. 4 billion in 2024. Imports fell.") == [
        "Exports reached USD 582. 4 billion in 2024.",
        "Imports fell.",
    ]
    # ... but a count after a figure's full stop opens the next sentence.
    assert split_sentences("Estuary scored 12. 4 players were booked.") == [
        "Estuary scored 12.",
        "4 players were booked.",
    ]


def test_a_short_line_of_a_tally_is_a_sentence_not_a_crosshead() -> None:
    doc = segment(
        "Ann Lee won the leadership contest.\n\nAnn Lee - 275,780 votes (56.2%).\n\n"
        "Jo Bloggs - 135,218 votes (27.6%)\n\nThe count ended late on Saturday."
    )
    assert "Jo Bloggs - 135,218 votes (27.6%)" in doc.sentences
    # ... where a short line without one heads what follows.
    doc = segment("Ann Lee won the contest.\n\nWhat happens next\n\nThe count ended late.")
    assert "What happens next" not in doc.sentences


def test_quotation_marks_typed_as_apostrophes_close_the_quotation() -> None:
    # As old wire copy sets them: ``...,'' or a straight mark closed by two apostrophes.
    assert split_sentences("``Thank you for the help. Thank you,'' Ann Lee said.") == [
        "“Thank you for the help. Thank you,” Ann Lee said."
    ]
    assert split_sentences('"We lost the lead,\'\' said Jo Bloggs. "That is all."') == [
        '"We lost the lead," said Jo Bloggs.',
        '"That is all."',
    ]


def test_a_zone_written_short_after_the_hour_goes_on() -> None:
    # Beijing's zone as a Chinese outlet writes it: the toll after it is the same sentence.
    assert split_sentences("As of 10:25 p.m. BJT, 15 bodies had been found. Rain fell.") == [
        "As of 10:25 p.m. BJT, 15 bodies had been found.",
        "Rain fell.",
    ]


def test_a_company_written_short_goes_on() -> None:
    assert split_sentences("Albertsons Cos. Inc., which lists one store, agreed. It fell.") == [
        "Albertsons Cos. Inc., which lists one store, agreed.",
        "It fell.",
    ]


def test_stray_punctuation_is_no_sentence_of_its_own() -> None:
    # A page's odd character pasted as "?" opens the lede; a lone "..." trails a sentence.
    assert split_sentences("? The search may finally be over. Police said so.") == [
        "? The search may finally be over.",
        "Police said so.",
    ]
    assert split_sentences("Is it over? Yes. ... Then he left. ?") == [
        "Is it over?",
        "Yes. ...",
        "Then he left. ?",
    ]


def test_sentence_ending_in_an_abbreviated_country_still_splits_before_the() -> None:
    paragraph = "The delegation flew to the U.S. The talks begin on Monday."
    assert split_sentences(paragraph) == [
        "The delegation flew to the U.S.",
        "The talks begin on Monday.",
    ]


def test_a_sentence_ending_on_the_capital_after_its_comma_splits_before_a_plain_one() -> None:
    paragraph = "The quay is 160 miles from Washington, D.C. Photographs show the fire from afar."
    assert split_sentences(paragraph) == [
        "The quay is 160 miles from Washington, D.C.",
        "Photographs show the fire from afar.",
    ]
    # ... but a title and a name after it go on with the sentence.
    paragraph = "Officials met in Washington, D.C. Mayor Ann Lee said on Monday."
    assert split_sentences(paragraph) == [paragraph]


def test_sentence_ending_in_a_m_splits_before_the_next_sentence() -> None:
    paragraph = "The quake struck at 4 a.m. Rescue teams reached the town at dawn."
    assert split_sentences(paragraph) == [
        "The quake struck at 4 a.m.",
        "Rescue teams reached the town at dawn.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The result was given at 1.30 a.m. Irish time by the UN chief.",
        "We started the pumps at 10:55 a.m. Pacific Time, but they still failed.",
    ],
)
def test_a_time_told_in_a_countrys_time_carries_the_sentence_on(sentence: str) -> None:
    assert split_sentences(f"{sentence} It rained.")[0] == sentence


def test_two_places_joined_by_a_slash_before_a_colon_are_a_dateline() -> None:
    doc = segment("London/New York: Pfizer dropped its bid on Monday. Shares fell.")
    assert doc.sentences[0] == "Pfizer dropped its bid on Monday."


def test_a_site_s_address_is_a_dateline_and_a_company_s_pt_goes_on() -> None:
    # As The IKN Post sets its lede, and an Indonesian company's name ("PT. Angkasa Pura").
    doc = segment("Estuary.com \u2014 The ferry strike ended. Manager PT. Estuary Lines said so.")
    assert doc.sentences == ("The ferry strike ended.", "Manager PT. Estuary Lines said so.")
    # ... and so is a paper's name in brackets before a dash, as NewsNation sets The Hill's.
    doc = segment("(The Estuary) \u2014 The ferry strike ended. Crews cheered.")
    assert doc.sentences == ("The ferry strike ended.", "Crews cheered.")
    # ... and a place and its agency between bars, as Xinhua's copy comes.
    doc = segment("Northgate, Estuary | Xinhua | The ferry strike ended. Crews cheered.")
    assert doc.sentences == ("The ferry strike ended.", "Crews cheered.")
    # ... and a place with its country in square brackets, the day and the agency, as ANI
    # sets them.
    doc = segment("Northgate [Estuary], July 13 (ANI): The ferry strike ended. Crews cheered.")
    assert doc.sentences == ("The ferry strike ended.", "Crews cheered.")
    # ... and a place, its country and the day before the agency's brackets, as UrduPoint
    # sets APP's copy.
    doc = segment(
        "Northgate, Estuary, June 2 (APP - Estuary News - 3rd Jun, 2027 ) : The ferry strike "
        "ended. Crews cheered."
    )
    assert doc.sentences == ("The ferry strike ended.", "Crews cheered.")
    # ... or with no mark after the brackets.
    doc = segment(
        "Northgate, (APP - Estuary News / Harbour News - 13th Mar, 2027) The ferry strike "
        "ended. Crews cheered."
    )
    assert doc.sentences == ("The ferry strike ended.", "Crews cheered.")
    # ... and a place, its state in brackets, the day and the agency, as PTI sets them.
    doc = segment("Northgate (ES), Jul 2 (PTI) The ferry strike ended. Crews cheered.")
    assert doc.sentences == ("The ferry strike ended.", "Crews cheered.")
    # ... and a place in capitals with its state cut short and no mark after it.
    doc = segment("NORTHGATE, Ore. The ferry strike ended. Crews cheered.")
    assert doc.sentences == ("The ferry strike ended.", "Crews cheered.")
    # ... or glued to two hyphens, as Dow Jones sets it.
    doc = segment("NORTHGATE--The ferry strike ended. Crews cheered.")
    assert doc.sentences == ("The ferry strike ended.", "Crews cheered.")
    # ... or with the agency's hyphen glued to the story, as Reuters' reprints set it.
    doc = segment("NORTHGATE/ESTUARY(Reuters) -The ferry strike ended. Crews cheered.")
    assert doc.sentences == ("The ferry strike ended.", "Crews cheered.")
    # ... while a zone after a time still ends its sentence.
    assert len(split_sentences("The launch is at 9 a.m. PT. Crowds gathered.")) == 2


def test_an_outlet_a_place_in_capitals_and_the_day_of_the_week_are_a_dateline() -> None:
    # As News Americas sets it: no sentence ends at "Tues.".
    doc = segment(
        "Estuary News, NORTHGATE, ES, Tues. May 5, 2026: The ferry strike ended. Crews cheered."
    )
    assert doc.sentences[0] == "The ferry strike ended."
    assert doc.dateline.startswith("Estuary News, NORTHGATE")


@pytest.mark.parametrize("zone", ["ET", "PDT", "IST"])
def test_a_time_zone_after_a_m_carries_the_sentence_on(zone: str) -> None:
    paragraph = f"The ceremony began at 5 p.m. local time (4 a.m. {zone}) in the palace. It rained."
    assert split_sentences(paragraph)[0].endswith("in the palace.")


def test_sentence_ending_in_a_quotation_splits_from_the_next() -> None:
    paragraph = 'The mayor said: "We will rebuild." Work starts next week.'
    assert split_sentences(paragraph) == [
        'The mayor said: "We will rebuild."',
        "Work starts next week.",
    ]


def test_headings_become_heading_blocks_not_sentences() -> None:
    doc = segment(
        "Rescue teams reached the village at dawn.\n\n"
        "## Aid arrives\n\n"
        "Two lorries of food crossed the bridge. More are expected."
    )
    assert doc.sentences == (
        "Rescue teams reached the village at dawn.",
        "Two lorries of food crossed the bridge.",
        "More are expected.",
    )
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["paragraph", "heading", "paragraph"]
    assert doc.blocks[1].text == "Aid arrives"
    assert doc.blocks[1].sentences == ()
    assert all("Aid arrives" not in s for s in doc.sentences)


def test_leading_dateline_is_dropped_from_first_sentence() -> None:
    doc = segment(
        "PORT CALDER (Northern Wire) — Floodwater breached the sea wall on Tuesday night. "
        "No one was hurt."
    )
    assert doc.sentences == (
        "Floodwater breached the sea wall on Tuesday night.",
        "No one was hurt.",
    )


def test_a_dateline_with_its_state_and_two_hyphens_glued_to_the_story_is_dropped() -> None:
    doc = segment("NORTHGATE, Tenn. --After a tank car derailed, the fire burned for a day.")
    assert doc.dateline == "NORTHGATE, Tenn. --"
    assert doc.sentences == ("After a tank car derailed, the fire burned for a day.",)


def test_places_joined_by_slashes_before_the_day_and_the_agency_are_a_dateline() -> None:
    doc = segment("Northgate/Estuary City, Jun 17 (PTI) At least nine people died on Monday.")
    assert doc.dateline == "Northgate/Estuary City, Jun 17 (PTI)"
    assert doc.sentences == ("At least nine people died on Monday.",)


def test_a_title_cut_short_opening_a_paragraph_is_no_dateline() -> None:
    # "Gov." is the governor's title, not a place: the caption keeps its subject.
    doc = segment("Gov. Joe Manchin visits the families at the church. Sen. Ann Lee came too.")
    assert doc.sentences == (
        "Gov. Joe Manchin visits the families at the church.",
        "Sen. Ann Lee came too.",
    )
    place = segment("Bangkok. The floods rose overnight.")
    assert place.sentences == ("The floods rose overnight.",)


def test_a_dateline_with_its_region_between_slashes_is_dropped() -> None:
    doc = segment("PORT CALDER /Estuary Region/, September 13. /TASS/. The talks ended.")
    assert doc.sentences == ("The talks ended.",)


def test_a_dateline_with_its_day_before_the_month_is_dropped() -> None:
    doc = segment("PORT CALDER, 24th May, 2027 (WAM) -- The ferry ran aground on Friday.")
    assert doc.sentences == ("The ferry ran aground on Friday.",)


def test_dateline_with_date_is_dropped() -> None:
    doc = segment("LONDON, March 3 (Reuters) - The central bank held rates at 4 per cent.")
    assert doc.sentences == ("The central bank held rates at 4 per cent.",)


def test_dateline_with_agency_after_a_date_is_dropped() -> None:
    doc = segment("KYIV, Aug 2 (AP) — Air raid sirens sounded across the capital overnight.")
    assert doc.sentences == ("Air raid sirens sounded across the capital overnight.",)


@pytest.mark.parametrize(
    "dateline",
    [
        # two places in capitals, the second with its country
        "PORT CALDER and NORTHGATE, Estuary -- ",
        # the day and its comma before the agency in brackets
        "Port Calder, Dec. 12, (dpa/EWN) – ",
        # a place with its district in brackets, as Indian outlets date a story
        "HALDERA (Kurukshetra), Jul 23: ",
        "Haldari (Kurukshetra), July 23: ",
        "Kurukshetra (Haryana), July 23 (PTI): ",
        # the agency's stop before its dash, as EFE sets it
        "Northgate, Oct 30 (EFE).- ",
        # two places in capitals and the day, with no mark after them
        "PORT CALDER/NORTHGATE, March 9 ",
        # a place in capitals, its hyphen glued to the lede
        "PORT CALDER -",
        # an agency in small letters with its partner's
        "dpa/EWN – ",
        # a place in capitals before a horizontal bar
        "PORT CALDER ― ",
        # a place and its state, another place after a slash, two agencies
        "PORT CALDER, ESTUARY/NORTHGATE (REUTERS, NYTIMES) - ",
        # a place, its day and the agency in capitals after commas
        "Northgate, April 13, EWN – ",
    ],
)
def test_two_places_a_district_or_a_comma_before_the_agency_are_a_dateline(dateline: str) -> None:
    doc = segment(dateline + "The ferry ran aground on Friday, officials said.")
    assert doc.sentences == ("The ferry ran aground on Friday, officials said.",)
    # ... and two places that do something open no dateline.
    kept = "PORT CALDER and Northgate agreed to share the ferry on Friday."
    assert segment(kept).sentences == (kept,)


def test_a_place_with_its_state_cut_short_is_a_dateline() -> None:
    doc = segment(
        "Hennepin County, Minn. — The jury found the former officer guilty on all counts."
    )
    assert doc.sentences == ("The jury found the former officer guilty on all counts.",)
    # A name and its suffix before an aside is no dateline.
    kept = segment("Hallam, Jr. — the owner's son — spoke to the crowd.")
    assert kept.sentences == ("Hallam, Jr. — the owner's son — spoke to the crowd.",)


@pytest.mark.parametrize(
    "dateline",
    [
        "BEIRUT (UrduPoint News / Sputnik - 07th August, 2020) ",
        "Paris/London CNN — ",
        "London CNN  — ",
        "LAC-MÉGANTIC, Que. — ",
        "Cape Town\n\n",
        "Cape Town – ",
        "Frankfurt am Main: ",
        "(CNN)",
        "(Lena Ward and Bo Roe, Estuary Post-Dispatch) NORTHGATE — ",
        "NORTHGATE, Estuary, ",
        "Feb. 19, 2008 — -- ",
        "NORTHGATE, Estuary—",
        "Sept. 15 (UPI) -- ",
        "NORTHGATE/LONDON,  (Estuary Wire) – ",
    ],
)
def test_a_dateline_with_its_agency_and_no_dash_or_two_places_is_dropped(dateline: str) -> None:
    doc = segment(f"{dateline}The death toll from the blast rose to 154.")
    assert doc.sentences == ("The death toll from the blast rose to 154.",)


def test_a_word_in_capitals_before_a_close_dash_aside_stays() -> None:
    text = "NATO—the alliance of 32 countries—met in Brussels on Monday."
    assert segment(text).sentences == (text,)


def test_an_acronym_and_its_name_in_brackets_open_a_sentence_and_stay() -> None:
    text = "NATO (North Atlantic Treaty Organization) Secretary General Jens Stoltenberg spoke."
    assert segment(text).sentences == (text,)


def test_dash_later_in_the_article_is_kept() -> None:
    doc = segment(
        "The port reopened on Monday.\n\n"
        "HARBOUR MASTER (retired) — a title he still uses — spoke to the crowd."
    )
    # Only the article's opening can carry a dateline.
    assert doc.sentences[0] == "The port reopened on Monday."
    assert "HARBOUR MASTER" in doc.sentences[1]


def test_a_place_in_capitals_and_its_day_under_a_standfirst_are_a_dateline() -> None:
    doc = segment(
        "A ballot of 37,000 ferry crews shows nine in ten back a strike.\n\n"
        "NORTHGATE, Feb 21 – Ferry crews have voted to strike for 72 hours next month."
    )
    assert doc.dateline == "NORTHGATE, Feb 21 –"
    assert doc.sentences[1] == "Ferry crews have voted to strike for 72 hours next month."


def test_paragraph_blocks_list_sentence_indices_in_order() -> None:
    doc = segment(
        "The fire began at 2 a.m. in a warehouse. Crews fought it for six hours.\n\n"
        "Police have opened an inquiry.\n\n"
        "The owner, Mr. Lind, said the building was insured. He will rebuild. "
        "Neighbours were allowed home at noon."
    )
    paragraphs = [b for b in doc.blocks if b.kind == "paragraph"]
    assert len(paragraphs) == 3
    indices = [i for b in paragraphs for i in b.sentences]
    assert indices == list(range(len(doc.sentences)))
    assert [len(b.sentences) for b in paragraphs] == [2, 1, 3]


def test_each_sentence_appears_once_in_the_document() -> None:
    doc = segment(
        "Ministers met on Friday. They agreed a plan.\n\n"
        "## Reaction\n\n"
        "Unions welcomed it. Ministers met on Friday."
    )
    # A repeated sentence is two sentences, each at its own index.
    assert doc.sentences == (
        "Ministers met on Friday.",
        "They agreed a plan.",
        "Unions welcomed it.",
        "Ministers met on Friday.",
    )
    indices = [i for b in doc.blocks for i in b.sentences]
    assert sorted(indices) == list(range(4))
    assert len(set(indices)) == 4


def test_markdown_emphasis_and_links_keep_their_words() -> None:
    doc = segment("The *coastguard* confirmed the [rescue](https://example.org/x) at sea.")
    assert doc.sentences == ("The coastguard confirmed the rescue at sea.",)


def test_list_items_are_paragraphs() -> None:
    doc = segment("- Schools are closed.\n- Roads are flooded.\n")
    assert doc.sentences == ("Schools are closed.", "Roads are flooded.")
    assert all(b.kind == "paragraph" for b in doc.blocks)


# Property: segmentation never loses or duplicates a word.

WORDS = [
    "the",
    "police",
    "said",
    "Mr.",
    "Dr.",
    "U.S.",
    "No.",
    "10",
    "1,550",
    "3.5",
    "J.",
    "R.",
    "Alvarez",
    "Feb.",
    "St.",
    "bang.",
    "out,”",
    "“We",
    '"We',
    'out,"',
    "went",
    "Lights",
    "end.",
    "Why?",
    "Stop!",
    "rose",
    "—",
    "(AP)",
    "per",
    "cent.",
]
paragraphs = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", "  ", "\n", " \t "])),
    min_size=1,
    max_size=40,
).map(lambda parts: "".join(w + s for w, s in parts))


@given(paragraphs)
def test_split_never_loses_or_duplicates_a_word(paragraph: str) -> None:
    sentences = split_sentences(paragraph)
    assert " ".join(sentences) == fold(paragraph)
    assert all(s and s == s.strip() for s in sentences)


@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30))
def test_segment_keeps_every_word_of_a_plain_paragraph(words: list[str]) -> None:
    # Start with a lower-case word so no dateline can be recognised.
    paragraph = "and " + " ".join(words)
    doc = segment(paragraph)
    assert " ".join(doc.sentences) == fold(paragraph)
    indices = [i for b in doc.blocks for i in b.sentences]
    assert indices == list(range(len(doc.sentences)))


# Property: sentences built from news-style pieces split back exactly.

OPENERS = ["The", "Police", "Rescuers", "Officials", "Mr. Lind", "Dr. Moss", "Lt Gen. Haddad"]
MIDDLE = [
    "said",
    "the",
    "crews",
    "from the U.S. embassy",
    "at No. 10",
    "on Feb. 14",
    "near St. Aidan's",
    "with J. R. Alvarez",
    "for 1,550 homes",
    "after 3.5 hours",
    "Calder",
    "had arrived",
]
ENDINGS = [".", "!", "?"]
sentences_st = st.builds(
    lambda first, middle, end: " ".join([first, *middle, "overnight"]) + end,
    st.sampled_from(OPENERS),
    st.lists(st.sampled_from(MIDDLE), max_size=6),
    st.sampled_from(ENDINGS),
)


@given(st.lists(sentences_st, min_size=1, max_size=6))
def test_joined_sentences_split_back_exactly(sentences: list[str]) -> None:
    assert split_sentences(" ".join(sentences)) == sentences


def test_attributed_quotation_then_next_sentence_splits_after_attribution() -> None:
    paragraph = (
        "“We heard a bang. Then the lights went out,” said Maria Olsen. "
        "The street stayed dark until morning."
    )
    assert split_sentences(paragraph) == [
        "“We heard a bang. Then the lights went out,” said Maria Olsen.",
        "The street stayed dark until morning.",
    ]


@pytest.mark.parametrize(
    "opening",
    ["DHAKA: ", "PRETORIA // ", "Kanpur: ", "NEW DELHI: ", "New Delhi: ", "(RTTNews) - "],
)
def test_a_dateline_before_a_colon_or_slashes_is_dropped(opening: str) -> None:
    doc = segment(opening + "At least 97 people were killed when the train derailed.")
    assert doc.sentences == ("At least 97 people were killed when the train derailed.",)


def test_a_colon_inside_the_opening_sentence_is_kept() -> None:
    doc = segment("The minister said one thing: the dam would hold.")
    assert doc.sentences == ("The minister said one thing: the dam would hold.",)


def test_a_spaced_ellipsis_ends_no_sentence() -> None:
    paragraph = "He began reading: “I, Ann Lee . . . hereby resign as mayor.” The hall fell silent."
    assert split_sentences(paragraph) == [
        "He began reading: “I, Ann Lee . . . hereby resign as mayor.”",
        "The hall fell silent.",
    ]


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        (
            '"Roads are cut," Lee said."Many areas are still out of reach."',
            ['"Roads are cut," Lee said.', '"Many areas are still out of reach."'],
        ),
        (
            "“Such days are rare.”The announcement sent crowds to the banks.",
            ["“Such days are rare.”", "The announcement sent crowds to the banks."],
        ),
        # ... into a sentence that opens on "A" or "I", as Sputnik's page had one.
        (
            "Workers are buried inside the quarry.A total of eight bodies were found.",
            ["Workers are buried inside the quarry.", "A total of eight bodies were found."],
        ),
        # ... after a figure, as Sputnik's paragraphs ran together, but not inside a site's
        # address.
        (
            "He was 78.His family confirmed it. Give at www.EstuaryFund.org.",
            ["He was 78.", "His family confirmed it.", "Give at www.EstuaryFund.org."],
        ),
    ],
)
def test_a_sentence_run_into_the_next_without_a_space_is_split(
    paragraph: str, sentences: list[str]
) -> None:
    assert split_sentences(paragraph) == sentences


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        # A quotation in guillemets ends its sentence as one in quotation marks does ...
        (
            "«Seven of my family are missing.» Mohsin Sayal said traffic was suspended.",
            ["«Seven of my family are missing.»", "Mohsin Sayal said traffic was suspended."],
        ),
        # ... and goes on to who said it, the comma set inside or outside it.
        (
            "«We heard a bang. Then the lights went out», she said.",
            ["«We heard a bang. Then the lights went out», she said."],
        ),
        (
            '"We heard a bang. Then the lights went out", she said.',
            ['"We heard a bang. Then the lights went out", she said.'],
        ),
    ],
)
def test_a_quotation_in_guillemets_or_closed_before_its_comma_splits_as_others_do(
    paragraph: str, sentences: list[str]
) -> None:
    assert split_sentences(paragraph) == sentences


def test_a_place_in_small_letters_with_its_date_and_agency_is_a_dateline() -> None:
    doc = segment("Geneva, March 11 (Estuary Wire) The outbreak was declared a pandemic.")
    assert doc.sentences == ("The outbreak was declared a pandemic.",)


@pytest.mark.parametrize(
    "dateline",
    [
        "LONDON • ",
        "Bengaluru. ",
        "New York (CNN Business) ",
        "12:48 PM, Jul 24, 2019 — ",
        "(CBS/AP) ",
        "(ESTWIRE) ",  # one agency in capitals alone
        "(Estuary News) ",  # a broadcaster's name alone in brackets
        "Northgate (AFP) \u2013 ",  # a place in small letters and the agency, before a dash
        "Northgate (Estuary County) (AFP) \u2013 ",  # ... with its country
        "New Delhi | Estuary Tech Desk: ",
        "ST. MARY\u2019S, N.L. \u2014 ",
        "GENEVA (AP) _ ",
        "London, England: ",
        "Geneva, Switzerland - ",  # a place and its country before a dash
        "US: ",
        "December 13, 2026: ",
        "[NORTHGATE] ",
        "Coast Daily Web Desk: ",
        "Northgate, Wash.- ",
        "Northgate, Mo. (Estuary Wire) - ",
        "Northgate, EWN – ",
        "NEW YORK | ",
        "(Estuary Wire) NORTHGATE, Wash. - ",  # the outlet before the place
        "Reporting from Northgate, Estuary \u2014 ",  # where the reporter filed from
        "Northgate \u2013 ",  # a place alone before a long dash
        "Northgate (ESTUARY News) - ",  # a wire's name and "News" in brackets
        "Northgate // ",  # a place before two slashes
        "Northgate, (EWA - Estuary Point / Coast News - 18th Aug, 2026 ) :",  # the day inside
    ],
)
def test_more_datelines_are_dropped(dateline: str) -> None:
    doc = segment(f"{dateline}Rail workers walked out on Tuesday.")
    assert doc.sentences == ("Rail workers walked out on Tuesday.",)


def test_a_word_left_after_the_last_full_stop_ends_the_sentence_before() -> None:
    paragraph = "Conspiracy to commit sex trafficking of a minor. Guilty"
    assert split_sentences(paragraph) == [paragraph]


def test_words_cut_off_after_the_articles_last_full_stop_leave_the_sentence_before_whole() -> None:
    doc = segment(
        "Rail workers walked out.\n\nPolice say 27 people were taken to hospital. In addit"
    )
    assert doc.sentences[-2:] == ("Police say 27 people were taken to hospital.", "In addit")


@pytest.mark.parametrize(
    "dateline",
    [
        "THE HAGUE, November 22. /Estuary Wire/. ",
        "San Francisco, July 26: ",
        "Port Calder March10/2019 ",
    ],
)
def test_a_place_with_its_date_alone_or_its_agency_between_slashes_is_a_dateline(
    dateline: str,
) -> None:
    doc = segment(f"{dateline}The tribunal found the general guilty of genocide.")
    assert doc.sentences == ("The tribunal found the general guilty of genocide.",)


def test_a_name_that_only_starts_with_a_date_is_not_a_dateline() -> None:
    doc = segment("Ann Lee, May 2 Group chair, opened the meeting.")
    assert doc.sentences == ("Ann Lee, May 2 Group chair, opened the meeting.",)


def test_a_french_company_form_does_not_end_a_sentence() -> None:
    sentences = split_sentences(
        "Watchmakers Cie. Financiere Alder SA and Wenlow AG fell 9 percent."
    )
    assert sentences == ["Watchmakers Cie. Financiere Alder SA and Wenlow AG fell 9 percent."]


@pytest.mark.parametrize(
    "credit", ["Agence France-Presse", "(Reuters)", "The Associated Press", "AFP"]
)
def test_a_news_agency_on_a_line_of_its_own_is_no_sentence(credit: str) -> None:
    doc = segment(f"Rescuers dug all night.\n\n{credit}\n\nReuters said the toll rose to 250.")
    assert doc.sentences == ("Rescuers dug all night.", "Reuters said the toll rose to 250.")


@pytest.mark.parametrize(
    "first",
    [
        "TOKYO (Estuary Wire) -\n\nThe",
        "(Update March 24, 9PM) - The",
        "Bangalore, Sept 24 (IBNS): The",
        "LONDON, July 18 The",
        "(KIEV, Ukraine) — The",
        "CAIRNS, Queensland, Australia, September 5, 2006 (ENS) - The",
    ],
)
def test_a_dateline_alone_an_update_note_or_a_dated_agency_before_a_colon_is_no_text(
    first: str,
) -> None:
    doc = segment(f"{first} board backed the offer on Tuesday.")
    assert doc.sentences == ("The board backed the offer on Tuesday.",)


@pytest.mark.parametrize(
    "lead",
    [
        "Here’s what we know about the new phone so far.",
        "In case you missed it, here's the telecast of the landing:",
        "Check out the partner list:",
        "Here's a closer look at the phone and the people behind it.",
    ],
)
def test_a_lead_in_to_what_follows_heads_it_rather_than_claims(lead: str) -> None:
    doc = segment(f"Samsung unveiled the phone.\n\n{lead}\n\nIt costs $1,980.")
    assert doc.sentences == ("Samsung unveiled the phone.", "It costs $1,980.")
    assert [b.text for b in doc.blocks if b.kind == "heading"] == [lead]


def test_a_lede_that_opens_with_updates_is_no_update_note() -> None:
    doc = segment("Updates to the timetable: ferries will leave every hour from Monday.")
    assert doc.sentences == (
        "Updates to the timetable: ferries will leave every hour from Monday.",
    )


def test_a_first_paragraph_that_opens_with_a_place_and_goes_on_is_kept() -> None:
    text = "Cape Town police said the mine had been closed.\n\nIt reopened on Monday."
    assert segment(text).sentences[0] == "Cape Town police said the mine had been closed."


def test_names_in_a_list_that_open_a_first_sentence_are_no_dateline() -> None:
    text = "NASA, Boeing, and Lockheed said on Tuesday they would share the work."
    assert segment(text).sentences == (text,)


def test_the_dateline_is_kept_apart_from_the_text() -> None:
    doc = segment("SANTA MARIA, Calif. - A jury acquitted the singer on Monday.")
    assert doc.sentences == ("A jury acquitted the singer on Monday.",)
    assert doc.dateline == "SANTA MARIA, Calif. -"


def test_a_dateline_in_brackets_opening_the_lede_under_a_standfirst_is_dropped() -> None:
    standfirst = "The ferry strike is over after nine days, the union said."
    lede = "Crews voted on Monday to accept the operator's new pay offer."
    doc = segment(f"{standfirst}\n\n[NORTHGATE] {lede}\n\n[NORTHGATE] was quiet on Monday.")
    assert doc.sentences == (standfirst, lede, "[NORTHGATE] was quiet on Monday.")
    assert doc.dateline == "[NORTHGATE]"
    # ... and so is a place in capitals, two of them joined by a slash, before a hyphen.
    doc = segment(f"{standfirst}\n\nNORTHGATE/PORTLEA - {lede}")
    assert doc.sentences == (standfirst, lede)
    # ... and a place with its day and its agency in brackets.
    doc = segment(f"{standfirst}\n\nNorthgate, June 10 (ENA) {lede}")
    assert doc.sentences == (standfirst, lede)
    assert doc.dateline == "Northgate, June 10 (ENA)"


def test_a_time_that_opens_a_sentence_does_not_end_it() -> None:
    paragraph = (
        "At 3:45 p.m. Falcon Heavy fired up all 27 engines. It rose at 4 p.m. Crowds cheered."
    )
    assert split_sentences(paragraph) == [
        "At 3:45 p.m. Falcon Heavy fired up all 27 engines.",
        "It rose at 4 p.m.",
        "Crowds cheered.",
    ]


def test_who_said_a_quotation_on_a_line_of_its_own_is_no_sentence() -> None:
    doc = segment('The judge ruled on Thursday.\n\n"There are not enough facts."\n\n— Judge Masipa')
    assert doc.sentences == ("The judge ruled on Thursday.", '"There are not enough facts."')
    assert [b.text for b in doc.blocks if b.kind == "heading"] == ["— Judge Masipa"]


def test_an_aside_that_ends_on_an_exclamation_goes_on_after_its_dash() -> None:
    paragraph = "The Red Sox — yes, the Red Sox! — are champions at last. No more curse."
    assert split_sentences(paragraph) == [
        "The Red Sox — yes, the Red Sox! — are champions at last.",
        "No more curse.",
    ]


def test_a_line_that_leads_into_other_developments_heads_them() -> None:
    doc = segment("The grid failed.\n\nIn other developments:\n\nFlights were halted.")
    assert doc.sentences == ("The grid failed.", "Flights were halted.")


def test_quotation_marks_left_as_the_codes_of_their_entities_are_quotation_marks() -> None:
    doc = segment("New York8217;s grid failed. 8216;8216;We need a new grid,8217;8217; he said.")
    assert doc.sentences == ("New York’s grid failed.", "‘‘We need a new grid,’’ he said.")


def test_a_crosshead_set_as_a_paragraph_heads_what_follows_and_a_short_last_one_stays() -> None:
    doc = segment(
        "Troops moved in on Monday.\n\nCurfew imposed\n\nThe army declared a curfew.\n\n"
        "'Media lies'\n\nShe denied the reports.\n\n"
        "— Ann Lee, chair – Estuary Ferries\n\nThe ministry said"
    )
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert headings == ["Curfew imposed", "'Media lies'", "— Ann Lee, chair – Estuary Ferries"]
    assert doc.sentences[-1] == "The ministry said"


def test_a_longer_crosshead_set_as_a_headline_heads_what_follows() -> None:
    doc = segment(
        "Crews voted on Monday.\n\nHow the Union Won the Nine-Day Ferry Strike at Last\n\n"
        "The operator gave way.\n\nthe union and the operator met again on the quay today\n\n"
        "Talks went on."
    )
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert headings == ["How the Union Won the Nine-Day Ferry Strike at Last"]
    # A line of ten words in small letters, without its full stop, is still a sentence.
    assert "the union and the operator met again on the quay today" in doc.sentences


def test_a_question_quoted_and_who_asked_it_are_one_sentence() -> None:
    assert split_sentences('"Is the ferry late?" Ann Lee asked. Nobody knew.') == [
        '"Is the ferry late?" Ann Lee asked.',
        "Nobody knew.",
    ]
    assert split_sentences('"Is it late?" Estuary reporter Tom Hart asked. Nobody knew.') == [
        '"Is it late?" Estuary reporter Tom Hart asked.',
        "Nobody knew.",
    ]
    assert split_sentences('"Is the ferry late?" Nobody knew.') == [
        '"Is the ferry late?"',
        "Nobody knew.",
    ]


def test_an_exclamation_quoted_and_who_said_it_where_are_one_sentence() -> None:
    text = '"A massive attack!" Mayor Jo Bloggs said on the Telegram messaging app. "Stay inside."'
    assert split_sentences(text) == [
        '"A massive attack!" Mayor Jo Bloggs said on the Telegram messaging app.',
        '"Stay inside."',
    ]
    # ... but what someone said after a quotation is a sentence of its own.
    assert split_sentences('He shouted "Stop!" The mayor said the ferry would stay.') == [
        'He shouted "Stop!"',
        "The mayor said the ferry would stay.",
    ]


def test_a_time_of_day_with_its_zone_in_capitals_goes_on() -> None:
    text = "In a 12:20 p.m. CT news conference, she described the damage. Crews searched."
    assert split_sentences(text) == [
        "In a 12:20 p.m. CT news conference, she described the damage.",
        "Crews searched.",
    ]


def test_a_month_cut_short_after_a_hyphen_ends_no_sentence() -> None:
    paragraph = "The index traded below its post-Sept. 11 low. Shares fell."
    assert split_sentences(paragraph) == [
        "The index traded below its post-Sept. 11 low.",
        "Shares fell.",
    ]


@pytest.mark.parametrize("joiner", ["-", "\u2013", "\u2212"])
def test_a_short_name_after_a_dash_between_two_names_ends_no_sentence(joiner: str) -> None:
    # Pages set twin cities apart with a hyphen, an en dash or a minus sign.
    text = f"Most flights left from Estuary{joiner}St. Paul Airport, where 193 were cancelled."
    assert split_sentences(text) == [text]


def test_an_updates_number_in_brackets_opens_no_sentence() -> None:
    doc = segment("(2nd UPDATE) The coast guard says one of its planes was involved.")
    assert doc.sentences == ("The coast guard says one of its planes was involved.",)


def test_the_number_of_a_point_set_as_a_paragraph_is_no_sentence() -> None:
    doc = segment(
        "Here are the main points:\n\n1\\. The mayor won 58% of the vote. Turnout was low."
        '\n\n2\\. "I will serve everyone," she said.\n\n10) The count ends today.'
    )
    assert doc.sentences == (
        "The mayor won 58% of the vote.",
        "Turnout was low.",
        '"I will serve everyone," she said.',
        "The count ends today.",
    )
    # ... while a figure that opens a paragraph stays: "1.5 million people voted."
    assert segment("1.5 million people voted. 2 went home.").sentences[0] == (
        "1.5 million people voted."
    )


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The team led by Drs. Ann Lee and Tom Hart worked for four hours.", 1),
        ("He had a transplant at Mass. General 11 years ago, the hospital said.", 1),
        # ... after a city and its comma a state written short may end the sentence
        ("He lives in Boston, Mass. The next day he left.", 2),
        ("They attended mass. The priest spoke.", 2),
    ],
)
def test_doctors_and_a_state_written_short_inside_a_name_end_no_sentence(
    text: str, count: int
) -> None:
    assert len(segment(text).sentences) == count


def test_an_initial_that_is_also_a_short_form_ends_no_sentence() -> None:
    # "P." is a page before a number ("p. 5"), but an initial before a name.
    paragraph = "Prime Minister K. P. Sharma Oli withdrew the rule. Critics urged him to resign."
    assert split_sentences(paragraph) == [
        "Prime Minister K. P. Sharma Oli withdrew the rule.",
        "Critics urged him to resign.",
    ]
    assert split_sentences("See p. 5 of the report. It is long.") == [
        "See p. 5 of the report.",
        "It is long.",
    ]


def test_a_lists_short_points_are_sentences_and_its_short_lead_in_heads_them() -> None:
    doc = segment(
        "The union had sought a 4% pay rise.\n\nOther demands included:\n\n"
        "\\- a nine-day fortnight\n\n\\- the return of pay rises tied to inflation\n\n"
        "The operator improved its offer on Wednesday."
    )
    assert doc.sentences == (
        "The union had sought a 4% pay rise.",
        "- a nine-day fortnight",
        "- the return of pay rises tied to inflation",
        "The operator improved its offer on Wednesday.",
    )
    assert "Other demands included:" in [b.text for b in doc.blocks if b.kind == "heading"]


@pytest.mark.parametrize("bracket", ["[11 a.m. ET]", "(11 a.m. ET)", "(1100 GMT)"])
def test_a_time_given_again_in_brackets_after_p_m_carries_the_sentence_on(bracket: str) -> None:
    sentence = f"The ferry left the quay about 9 p.m. {bracket} after the crews voted."
    assert split_sentences(f"{sentence} Crossings resume on Tuesday.") == [
        sentence,
        "Crossings resume on Tuesday.",
    ]


def test_short_lines_under_a_paragraph_ending_on_a_colon_are_a_lists_points() -> None:
    doc = segment(
        "Three crews were shortlisted. They were:\n\nNorthgate Pilots – Tide Runner\n\n"
        "Estuary Tugs – Harbour Queen\n\nThe winner was announced on Monday.\n\n"
        "What comes next\n\nThe crews meet again in May.\n",
        2026,
        None,
    )
    assert "Northgate Pilots – Tide Runner" in doc.sentences
    assert "Estuary Tugs – Harbour Queen" in doc.sentences
    # ... and a subheading after the list is a heading again.
    assert "What comes next" not in doc.sentences


def test_an_outlets_name_with_its_exclamation_mark_carries_the_sentence_on() -> None:
    assert split_sentences('"Yes," he said to E! News on his way out. She was happy.') == [
        '"Yes," he said to E! News on his way out.',
        "She was happy.",
    ]
    assert split_sentences("He won! News of it spread.") == ["He won!", "News of it spread."]


@pytest.mark.parametrize(
    ("text", "filed"),
    [
        ("NORTHGATE May 4 A ferry strike ended on Monday.", "NORTHGATE May 4"),
        ("LONDON. ESTUARYWIRE About 95 crossings were cancelled.", "LONDON. ESTUARYWIRE"),
    ],
)
def test_a_place_in_capitals_with_its_day_or_agency_and_no_mark_is_a_dateline(
    text: str, filed: str
) -> None:
    doc = segment(text, 2026, None)
    assert doc.dateline == filed
    assert not doc.sentences[0].startswith(filed.split()[0])


@pytest.mark.parametrize(
    ("text", "filed"),
    [
        (
            "Northgate/Quayside, July 16: Eight crossings were cancelled.",
            "Northgate/Quayside, July 16:",
        ),
        (
            "Northgate August 29 Estuary News — Eight crossings were cancelled.",
            "Northgate August 29 Estuary News —",
        ),
    ],
)
def test_a_place_in_small_letters_with_its_day_and_outlet_is_a_dateline(
    text: str, filed: str
) -> None:
    doc = segment(text, 2026, None)
    assert doc.dateline == filed
    assert doc.sentences == ("Eight crossings were cancelled.",)


def test_a_lede_under_an_update_set_above_it_keeps_no_dateline() -> None:
    doc = segment(
        "Twelve crossings were cancelled as of 10 a.m. Sunday.\n\n"
        "NORTHGATE — Rail workers walked out on Tuesday.\n\n"
        "LATER — the union said more strikes would follow."
    )
    assert doc.sentences == (
        "Twelve crossings were cancelled as of 10 a.m. Sunday.",
        "Rail workers walked out on Tuesday.",
        "LATER — the union said more strikes would follow.",
    )


def test_short_lines_under_a_short_lead_in_are_its_lists_points_not_crossheads() -> None:
    """A short lead-in ("The recalled boats include:") heads its list; the models under it,
    each on a line of its own and with no bullet, are its points, compared as another
    outlet's list is."""
    doc = segment(
        "Estuary Marine is recalling 1.7 million boats.\n\nThe recalled boats include:\n\n"
        "2010-2019 Tide Runner\n\n2014-2016 Harbour Queen\n\n"
        "Owners will be told by letter in November.\n\nWhat comes next\n\n"
        "The recall starts in May.\n",
        2026,
        None,
    )
    assert "2010-2019 Tide Runner" in doc.sentences
    assert "2014-2016 Harbour Queen" in doc.sentences
    assert "The recalled boats include:" not in doc.sentences
    assert "What comes next" not in doc.sentences


def test_a_zone_written_out_after_a_time_closes_the_sentence_it_is_in() -> None:
    doc = segment("Ferries stopped at 11:32 a.m. Eastern. The authority blamed a fault.", 2026)
    assert doc.sentences == (
        "Ferries stopped at 11:32 a.m. Eastern.",
        "The authority blamed a fault.",
    )
    doc = segment("The talks ended at 4 p.m. Central Bank officials said rates would hold.", 2026)
    assert len(doc.sentences) == 2


def test_a_dateline_set_off_by_two_angle_brackets_leaves_the_lede() -> None:
    doc = segment("NORTHGATE, Ore. >> The ferry strike ended on Monday. Crews return on Tuesday.")
    assert doc.sentences == ("The ferry strike ended on Monday.", "Crews return on Tuesday.")


# Text as articles hold it: words, figures, punctuation, quotes, spaces and line breaks,
# and now and then a piece Markdown reads as markup.
_ARTICLE_TEXT = st.lists(
    st.sampled_from(
        [
            *"abcxyzABCXYZ0129 .,;:'\"?()/%$£€-“”‘’—–…éßИ\n",
            *(" ", "\n\n", "\n  ", "    ", "\t", "\r", "\u00a0", "*", "_", "#", ">", "1.", "- "),
            *("&amp;", "word ", "Ann Lee said. "),
        ]
    ),
    max_size=60,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_ARTICLE_TEXT)
def test_plain_paragraphs_read_as_the_markdown_parser_reads_them(text: str) -> None:
    # The quick path for bodies without markup must give what Markdown gives.
    assert text_blocks(text) == markdown_blocks(text)


def test_a_wires_dateline_under_an_update_is_no_sentence() -> None:
    body = (
        "Officials say cases grew to 34 on Sunday.\n\nMost involve children, they said.\n\n"
        "NORTHGATE, Est. (AP) — The number of cases grew from 25 to 30 on Friday.\n\n"
        "NEW YORK — Crews say the quay will reopen."
    )
    sentences = segment(body).sentences
    assert "The number of cases grew from 25 to 30 on Friday." in sentences
    # ... but capitals with no wire's credit may be the story's own words.
    assert "NEW YORK — Crews say the quay will reopen." in sentences
