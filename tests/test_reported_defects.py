"""Each defect a new user met on the example site, as a case a reader relies on.

Articles are given as plain text and compared as ``sitegen build`` compares them.
"""

from __future__ import annotations

import pytest

from sitegen.engine.comparison import compare
from sitegen.engine.model import Article, Comparison, Event, Fact
from sitegen.engine.text import tokenize
from sitegen.site.render import leads


def event(published: str = "2026-03-14T08:00:00+00:00", **bodies: str) -> Comparison:
    articles = tuple(
        Article(src, src.replace("-", " ").title(), f"{src} report", body, published=published)
        for src, body in bodies.items()
    )
    return compare(Event("e", "E", articles))


def unique(c: Comparison, source: str, kind: str | None = None) -> list[Fact]:
    return [
        f
        for f in c.facts
        if f.unique and f.sources[0] == source and (kind is None or f.kind == kind)
    ]


def texts(facts: list[Fact]) -> list[str]:
    return [f.text for f in facts]


def pair(template: str, wire: str, local: str) -> Comparison:
    """Two outlets whose articles differ only where ``template`` holds ``{}``."""
    return event(wire=template.format(wire), local=template.format(local))


def details_of(c: Comparison, source: str) -> list[str]:
    """The details listed as unique to ``source``, as a reader sees them."""
    return texts(unique(c, source, "detail"))


FIRE = (
    "A fire destroyed a timber yard in Kelby on Monday night, fire officials said. "
    "Crews from four stations fought the flames for six hours. "
    "The yard's owner, Hallam Timber, was fined {fine} after a worker was hurt there. "
    "The roof of the main shed collapsed {when}, a fire officer said. "
    "Nobody was hurt in the blaze."
)


def test_the_same_detail_in_other_words_is_unique_to_neither() -> None:
    c = event(
        wire=FIRE.format(fine="$85,000 in 2022", when="within 30 minutes"),
        local=FIRE.format(fine="$85,000 four years ago", when="within half an hour"),
    )
    for src in ("wire", "local"):
        assert not unique(c, src), texts(unique(c, src))
    assert not c.conflicts, texts(c.conflicts)


def test_numbers_in_words_are_the_numbers_they_name() -> None:
    c = event(
        wire="About 300 homes lost power after the storm. "
        "Engineers restored supply to 105 of them by Sunday evening.",
        herald="About three hundred homes lost power after the storm. "
        "Engineers restored supply to one hundred and five of them by Sunday evening.",
    )
    assert not c.conflicts, texts(c.conflicts)
    assert not unique(c, "wire") and not unique(c, "herald")


def test_an_ellipsis_before_a_detail_does_not_hide_it() -> None:
    c = event(
        wire="The council approved the plan on Tuesday… after a vote of 31 to 19 in favour. "
        "Work starts in spring.",
        herald="The council approved the plan on Tuesday after a long debate. "
        "Work starts in spring.",
    )
    details = details_of(c, "wire")
    assert any("31" in d and "19" in d for d in details), details


def test_details_read_as_phrases_not_fragments_of_a_clause() -> None:
    c = event(
        wire="The ship lost power and struck the bridge late on Friday. "
        "The harbour master said the vessel seemed to have drifted for two minutes.",
        tv="The ship lost power and struck the bridge late on Friday. "
        "The harbour master told Coastal Broadcasting the vessel seemed to have drifted "
        "for two minutes.",
    )
    details = details_of(c, "tv")
    assert "told Coastal Broadcasting" in details, details
    assert not [d for d in details if "vessel" in d or "seemed" in d], details


def test_the_two_sides_named_before_are_no_detail() -> None:
    opening = "The teachers' union and the city school board met for talks all weekend. "
    c = event(
        wire=opening + "Talks broke down on Sunday night over pay.",
        local=opening + "Talks between the two sides broke down on Sunday night over pay.",
    )
    assert details_of(c, "local") == []


@pytest.mark.parametrize(
    ("added", "phrase"),
    [
        # a figure that measures a name says nothing without it
        ("the 60-metre Harlow Tower", "the 60-metre Harlow Tower"),
        # a name and the words that say what it is, up to the head noun
        ("the Ferrow-built historic monument", "the Ferrow-built historic monument"),
        # a list of figures is one detail
        ("after 15, 20, 30 or 40 emergency calls", "after 15, 20, 30 or 40 emergency calls"),
        # a name, never the verb after it
        ("after Paulinho came on", "after Paulinho"),
        # a name with "of the" or "for the" inside it
        ("said the Chancellor of the Exchequer", "the Chancellor of the Exchequer"),
        ("said the Rally for the Republic party", "the Rally for the Republic party"),
        (
            "said the International Organisation for Migration",
            "the International Organisation for Migration",
        ),
        # and a phrase joined by hyphens is one
        ("after four record-breaking 30-metre waves", "after four record-breaking 30-metre waves"),
        # two nouns in a row are one thing
        ("said the UN weather chief", "the UN weather chief"),
        # a faith is not where someone comes from
        ("said the Christian owners", "the Christian owners"),
        # a modal verb is no month
        ("at Citigroup may", "at Citigroup"),
        # a name and its number joined by "of"
        ("said the Group of 20 summit", "the Group of 20 summit"),
        # a small word set in capitals inside a name is part of it
        ("said the Finals Most Valuable Player", "the Finals Most Valuable Player"),
        ("said the European Very Large Telescope", "the European Very Large Telescope"),
        ("said the Coupe des Mousquetaires", "the Coupe des Mousquetaires"),
        # a middle initial holds a new name together
        ("said Judge Lewis A. Kaplan", "said Judge Lewis A. Kaplan"),
        # a particle opens a name, and "to" inside a name holds it together
        ("feared by al Qaeda", "by al Qaeda"),
        ("said the Fitness to Practise Panel", "the Fitness to Practise Panel"),
        # a body named for its subject, two names joined by a slash, a number in a name
        ("said the Council on Flood Defence", "the Council on Flood Defence"),
        ("said the Keeper of the Seven Bridges", "the Keeper of the Seven Bridges"),
    ],
)
def test_a_detail_reads_to_the_end_of_its_phrase(added: str, phrase: str) -> None:
    shared = "The storm brought down {} in Kelby on Monday night, the council said."
    c = event(
        wire=shared.format("the old tower") + " Nobody was hurt in the storm.",
        daily=shared.format(f"the old tower, {added},") + " Nobody was hurt in the storm.",
    )
    details = details_of(c, "daily")
    assert phrase in details, details


def test_a_plurals_possessive_inside_a_name_holds_it_together() -> None:
    # "Cup" alone is another outlet's word too: the name is still read whole.
    c = event(
        wire="Ferguson won the League Cup with United in 1992. He retired in 2013.",
        daily="Ferguson won the League Cup with United in 1992, and the European Cup "
        "Winners' Cup with Aberdeen. He retired in 2013.",
    )
    assert any("the European Cup Winners' Cup" in d for d in details_of(c, "daily")), details_of(
        c, "daily"
    )


def test_two_names_joined_by_a_slash_are_one() -> None:
    c = event(
        wire="The deal creates an assembly for the North. It was signed on Friday.",
        daily="The deal creates an assembly for the North and a North/South Council. It was "
        "signed on Friday.",
    )
    assert any("a North/South Council" in d for d in details_of(c, "daily")), details_of(c, "daily")


def test_a_century_is_no_detail() -> None:
    opening = "The Liberals won a majority in Monday's election, the count showed. "
    said = "Their leader is the son of the country's best-known politician{}."
    c = event(wire=opening + said.format(""), local=opening + said.format(" of the 20th century"))
    assert details_of(c, "local") == []


@pytest.mark.parametrize(
    ("told", "when"),
    [("his rivals 10 years ago", "10 years ago"), ("the shoe market last year", "last year")],
)
def test_when_is_a_detail_apart_from_the_word_before_it(told: str, when: str) -> None:
    opening = "Tata unveiled the Nano in New Delhi on Thursday, priced at 100,000 rupees. "
    said = "The company stunned {} with the launch, analysts said."
    c = event(wire=opening + said.format("its rivals"), local=opening + said.format(told))
    assert when in details_of(c, "local")


def test_a_given_name_romanised_two_ways_is_no_detail_of_either() -> None:
    opening = "A crowd crush in Itaewon killed 151 people on Saturday night. "
    c = event(
        wire=opening + "Choi Sung-beom, head of the fire station, said most were in their 20s.",
        local=opening
        + "Most were in their 20s, according to Choi Seong-beom, chief of the fire station.",
    )
    assert (details_of(c, "wire"), details_of(c, "local")) == ([], [])


def test_a_span_in_decades_written_with_a_hyphen_is_that_many_years() -> None:
    said = "Indonesia and the rebels signed a peace deal in Helsinki on Monday, ending {}."
    c = pair(said, "a war they had fought for nearly 30 years", "a nearly three-decade war")
    assert (details_of(c, "wire"), details_of(c, "local")) == ([], [])


def test_a_company_with_company_written_out_is_no_detail() -> None:
    said = "Four workers died at the Mihama plant on Monday. {} stopped power generation."
    wire, local = "Plant operator Kansai Electric Power", "The Kansai Electric Power Company"
    assert details_of(pair(said, wire, local + " that operates the plant"), "local") == []


@pytest.mark.parametrize(
    ("wire", "local"),
    [
        ("2:06.51", "2:06:51"),
        ("2:07:29", "2:7:29"),
        ("2hr 07min 29sec", "2:07:29"),
        ("2 hours, 7 minutes, 29 seconds", "2h 7m 29s"),
    ],
)
def test_a_time_run_written_another_way_is_one_time(wire: str, local: str) -> None:
    said = "Gebrselassie set a world record in Berlin on Sunday. Kirui of Kenya was second in {}."
    c = pair(said, wire, local)
    assert (details_of(c, "wire"), details_of(c, "local"), c.conflicts) == ([], [], [])


def test_a_decade_holds_the_year_another_outlet_gives() -> None:
    said = "Mandela died on Thursday aged 95. He won the first free election {} after prison."
    c = pair(said, "in 1994", "in the 1990s")
    assert (details_of(c, "wire"), details_of(c, "local"), c.conflicts) == ([], [], [])


@pytest.mark.parametrize(
    ("wire", "local"),
    [("after 10 years", "after a decade"), ("in 25 years", "in a quarter-century")],
)
def test_a_span_of_years_in_words_is_the_same_span_in_figures(wire: str, local: str) -> None:
    said = "Khodorkovsky was freed on Friday {} in prison camps, his lawyers said."
    c = pair(said, wire, local)
    assert (details_of(c, "wire"), details_of(c, "local"), c.conflicts) == ([], [], [])


def test_a_span_of_years_reaching_back_is_the_span_another_outlet_counts() -> None:
    c = event(
        published="2001-03-23T08:00:00+00:00",
        wire="Mir made its final descent on Friday. It had orbited the Earth on a 15-year voyage.",
        local="Mir, which had orbited the Earth for 15 years, made its final descent on Friday. "
        "The splashdown ended its voyage.",
    )
    assert details_of(c, "local") == [], details_of(c, "local")


def test_a_span_of_years_is_no_other_span_in_words() -> None:
    said = "Khodorkovsky was freed on Friday {} in prison camps, his lawyers said."
    assert "after 12 years" in details_of(pair(said, "after 12 years", "after a decade"), "wire")


def test_a_share_told_as_a_count_out_of_another_is_one_detail() -> None:
    said = "Kenyatta won more than half the vote, the commission said{}. Odinga will appeal."
    c = pair(said, "", " and at least a quarter in 24 out of Kenya's 47 counties")
    assert "in 24 out of Kenya's 47 counties" in details_of(c, "local"), details_of(c, "local")


@pytest.mark.parametrize(
    ("template", "local", "detail"),
    [
        (
            "{} were found near the vent.",
            "About 10 of the 31 victims",
            "About 10 of the 31 victims",
        ),
        ("Its shares fell{} on Friday.", " to a top 10 low", "top 10"),
    ],
)
def test_a_figure_keeps_what_it_is_a_share_or_a_rank_of(
    template: str, local: str, detail: str
) -> None:
    opening = "Rescuers found 31 victims near the peak of the volcano on Sunday. "
    wire = "Victims" if template.startswith("{}") else ""
    found = details_of(pair(opening + template, wire, local), "local")
    assert any(d.startswith(detail) for d in found), found


def test_a_year_before_of_is_no_share() -> None:
    said = "Djindjic sent Milosevic to The Hague{}. He was shot on Wednesday."
    c = pair(said, "", " in 2001 of the former president")
    assert "in 2001" in details_of(c, "local"), details_of(c, "local")


def test_a_rate_is_one_detail_with_its_base() -> None:
    opening = "Samsung recalled every Galaxy Note 7 on Friday after batteries caught fire. "
    c = event(
        wire=opening + "The company said its own investigation had found the faulty batteries.",
        local=opening + "The company said its own investigation had found 24 faulty per 1 million.",
    )
    assert "found 24 faulty per 1 million" in details_of(c, "local")


def test_a_bare_figure_keeps_the_verb_that_says_what_it_is() -> None:
    seats = "Labour won 412 seats in the election{}, the count showed. Turnout was low."
    c = pair(seats, "", " and the Greens took four")
    assert "the Greens took four" in details_of(c, "local")
    # ... and so does a figure given roughly: "injuring over 60", never a bare "over 60".
    crash = (
        "A freight train hit the express on Monday, killing at least 15 people{}, "
        "police said. Rescue teams worked through the night."
    )
    c = pair(crash, " and injuring dozens", " and injuring over 60")
    assert details_of(c, "local") == ["injuring over 60"], texts(c.facts)


def test_a_claim_two_of_three_outlets_report_lists_exactly_those_two() -> None:
    c = event(
        wire="A bus overturned on the coast road near Arlow on Saturday. "
        "The driver was arrested at the scene on suspicion of dangerous driving.",
        daily="A bus overturned on the coast road near Arlow on Saturday. "
        "Police arrested the driver at the scene on suspicion of dangerous driving.",
        radio="A bus overturned on the coast road near Arlow on Saturday. "
        "The road reopened in the evening.",
    )
    arrest = [f for f in c.facts if f.kind == "claim" and "arrested" in f.text]
    assert [f.sources for f in arrest] == [("wire", "daily")], [f.sources for f in arrest]


def test_a_third_outlet_that_disagrees_on_a_number_is_a_conflict() -> None:
    c = event(
        wire="Twelve people were taken to hospital after the crash, police said. "
        "The bridge will stay closed for a week.",
        gazette="Twelve people were taken to hospital after the crash. "
        "The bridge will stay closed for a week.",
        tv="Fifteen people were treated in hospital after the crash, according to police. "
        "The bridge will stay closed for a week.",
    )
    assert [sorted(f.sources) for f in c.conflicts] == [["gazette", "tv", "wire"]]
    # The claim all three report shows each outlet's wording, not the first one's alone.
    toll = next(f for f in c.facts if f.kind == "claim" and "hospital" in f.text)
    assert set(toll.sources) == {"wire", "gazette", "tv"}
    assert "Fifteen" in toll.versions["tv"] and "Twelve" in toll.versions["wire"]


def test_an_outlet_has_a_claim_in_its_lede_only_when_its_lede_reports_it() -> None:
    c = event(
        wire="Storm Isla closed the ferry port at Dunmore on Sunday. "
        "Winds reached 90 miles an hour on the coast. "
        "The harbour wall was damaged.",
        local="The harbour wall at Dunmore was damaged in Sunday's storm. "
        "Fishermen moved their boats inland on Saturday. "
        "Storm Isla also closed the ferry port at Dunmore on Sunday.",
    )
    by_source = leads(c)
    ferry = next(lead for lead in by_source["wire"] if "ferry" in lead.text)
    assert dict(ferry.elsewhere) == {"local": "end"}, ferry.elsewhere


def test_a_quotation_without_a_speaker_keeps_the_sentence_that_names_one() -> None:
    c = event(
        wire="Fire swept through the packaging plant overnight. "
        '"They were our friends," said Mark Fenwick, a machine operator. '
        '"Nobody here can believe it."',
        local="Fire swept through the packaging plant overnight.",
    )
    quote = next(f for f in c.facts if f.text == '"Nobody here can believe it."')
    assert "Mark Fenwick" in quote.context
    speakers = {q.text: q.speaker for q in c.quotes}
    assert speakers.get("Nobody here can believe it.") == "Mark Fenwick"


def test_a_toll_updated_in_other_words_is_a_conflict() -> None:
    c = event(
        wire="Five people were killed and more than 30 injured when a coach overturned on "
        "the M14 near Tarrow on Saturday, police said. "
        "The motorway was closed in both directions.",
        tv="The number of people killed when a coach overturned on the M14 in Tarrow has "
        "risen to seven, police have confirmed. "
        "The coach was taking 52 members of the Over-60s Club on a day trip to Lake Orran.",
        herald="Bellmouth is in mourning after seven members of the town's Over-60s Club died "
        "when their coach overturned on the M14. "
        "Another 31 were injured in the crash.",
    )
    toll = [f for f in c.conflicts if "Five" in f.versions.get("wire", "")]
    assert [sorted(f.sources) for f in toll] == [["herald", "tv", "wire"]], texts(c.conflicts)
    # Seven of the club's members died; 52 of them were on the coach: two counts, no dispute.
    assert not [f for f in c.conflicts if "52" in f.text], texts(c.conflicts)
    # "more than 30" injured and 31 injured agree.
    assert not [f for f in c.conflicts if "31" in f.text], texts(c.conflicts)


@pytest.mark.parametrize(
    ("short", "whole"),
    [
        ("Istanbul Gov. Muammer Guler", "the Istanbul Governor"),
        ("Defense Sec. Ana Reyes", "Defense Secretary Ana Reyes"),
        ("Asst. Sec. Ana Reyes", "Assistant Secretary Ana Reyes"),
        # ... and a British police rank: "Chief Con Reyes", "Det Supt Ana Reyes".
        ("Chief Con Reyes", "Chief Constable Ana Reyes"),
        ("Det Supt Reyes", "Detective Superintendent Ana Reyes"),
    ],
)
def test_a_title_cut_short_is_the_title_written_out(short: str, whole: str) -> None:
    c = pair(
        "The hijacker surrendered to {} at the airport. Officials met on Monday.", short, whole
    )
    assert details_of(c, "local") == []
    # ... and the title cut short adds nothing where the other gives the same name.
    if short.split()[-1] in whole:
        assert details_of(c, "wire") == []


@pytest.mark.parametrize(
    ("wire", "local"),
    [
        ("The Reserve Bank of Australia raised rates.", "The RBA raised rates."),
        ("Research In Motion Ltd shipped more phones.", "RIM shipped more phones."),
        ("Microsoft Corp beat forecasts.", "Microsoft beat forecasts."),
        ("A blast hit a Williams Cos. chemical plant.", "A blast hit a Williams chemical plant."),
        ("The Williams Companies plant burned.", "The Williams plant burned."),
        ("Growth in the Australian economy slowed.", "Growth in Australia slowed."),
        ("A Philly firefighter died.", "A firefighter in Philadelphia died."),
        ("The GOP changed the rules.", "Republicans changed the rules."),
        ("He met ex-Barca manager Ernesto Valverde.", "He met Valverde of Barcelona."),
        ("Crews came from B.C. and Ontario.", "Crews came from British Columbia and Ontario."),
        ("French police closed the road.", "Police in France closed the road."),
        (
            "Prime Minister Édouard Philippe visited Aude.",
            "Prime Minister Edouard Philippe visited Aude.",
        ),
        # a name told more fully: who, not what happened
        ("Hayden took 66 balls in 2007.", "Australian Matthew Hayden took 66 balls in 2007."),
        ("Jeremy Hunt rejected the offer.", "Health Secretary Jeremy Hunt rejected the offer."),
        # a company's legal form, a name run together, a misspelling, an address
        ("Pfizer and BioNTech SE tested the vaccine.", "Pfizer and BioNTech tested the vaccine."),
        ("The vaccine works against COVID19.", "The vaccine works against COVID-19."),
        ("Jacinda Ardern said it was time to go.", "Jacinda Arden said it was time to go."),
        ("She spoke outside Downing Street.", "She spoke outside 10 Downing Street."),
        (
            "He was convicted of assaulting Miriam Haley, a production assistant.",
            "He was convicted of assaulting Mimi Haley, who worked on a TV show.",
        ),
        ("Musk offered $54.20 a share in cash.", "Musk offered US$54.20 a share in cash."),
        (
            "The telescope was built by NASA, the European Space Agency and others.",
            "The telescope was built by NASA, ESA and others.",
        ),
        # how someone is addressed, where something was posted
        (
            "She thanked the King for his support.",
            "She thanked His Majesty the King for his support.",
        ),
        ("The minister announced her resignation.", "The minister announced it on Twitter."),
        (
            "Meredith Kercher was found dead in her room.",
            "Miss Kercher was found dead in her room.",
        ),
        ("Robert Reed read out the judgment.", "Lord Reed read out the judgment."),
        # London's police by its short name
        (
            "A spokesperson for the Metropolitan Police said it was not suspicious. Police "
            "closed the road.",
            "A Met spokesperson said it was not suspicious. Police closed the road.",
        ),
        # what a name was once called
        (
            "The Taliban posted the toll on X on Sunday.",
            "The Taliban posted the toll on X, formerly known as Twitter, on Sunday.",
        ),
        # what kind of division a place is
        (
            "The quake struck Tibet on Tuesday, near the town of Muan.",
            "The quake struck Tibet Autonomous Region on Tuesday, near the town of Muan County.",
        ),
        # a player called by where he comes from, not named again
        (
            "Lee scored the penalty after two minutes.",
            "The Egyptian scored the penalty after two minutes.",
        ),
        ("Moss blocked the cross with his arm.", "The French midfielder blocked it with his arm."),
        (
            "Lee had started on pole but retired on the first lap.",
            "The German had started on pole but retired on the first lap.",
        ),
        (
            "It was Roddick's third final defeat, having lost in 2004 and 2005.",
            "It was Roddick's third final defeat, the American having lost in 2004 and 2005.",
        ),
        # a ticker with its exchange, a handle in a quoted post, a title in capitals
        ("Studios such as Disney held out.", "Studios such as Disney (DIS.N) held out."),
        (
            "Estuary Lines agreed to be bought by Northgate Holdings.",
            "Estuary Lines [LON:ESL] agreed to be bought by Northgate Holdings [HKG:1113].",
        ),
        ("The chief minister spoke to officials.", "The chief minister spoke to @Annlee99."),
        # a country called by what it is
        (
            "The army ruled Myanmar for decades.",
            "The army ruled Myanmar, this Southeast Asia nation, for decades.",
        ),
        # a first name told short, a company by its full name, a state as wires shorten it
        ("Studios such as Disney held out.", "Studios such as Walt Disney Co held out."),
        # ... and a club by its name with its kind
        (
            "His brother plays for Northgate and Estuary, the court heard.",
            "His brother plays for Northgate & Estuary FC, the court heard.",
        ),
        ("She was sentenced in San Jose, Calif.", "She was sentenced in San Jose, California."),
        # an acronym of plain words, a range in one unit
        ("It also dropped yield curve control.", "It also dropped YCC."),
        # ... and one keeping a small word's letter small, either way round
        (
            "Figures from the Department for Education show 3,000 posts unfilled.",
            "Figures from the DfE show 3,000 posts unfilled.",
        ),
        (
            "Figures from the DfE show 3,000 posts unfilled.",
            "Figures from the Department for Education show 3,000 posts unfilled.",
        ),
        (
            "The WHO on Wednesday declared a public health emergency of international concern.",
            "The WHO on Wednesday declared a PHEIC.",
        ),
        ("It set a range of 0 to 0.1 per cent.", "It set a range of 0 per cent to 0.1 per cent."),
        # a ticker before "stock", not a name
        ("The company's stock rose 5%.", "The company's LNKD stock rose 5%."),
        # two names run together, as in a hashtag
        ("Fans of Ann Lee gathered outside.", "Fans of Ann Lee gathered outside #AnnLee."),
        # a name that only compares
        ("They plan a video game service.", "They plan a Netflix-like video game service."),
        # capitals, not a name
        ("The deal brings the studio's games.", "The deal brings the studio's games and IP."),
        ("Personal computer shipments beat forecasts.", "PC shipments beat forecasts."),
        (
            "The minister said it was an accident.",
            "The minister told a TV station it was an accident.",
        ),
        # a quarter or a war by its number, a flight code spaced, a people by its country
        ("Revenue growth slowed in the second quarter.", "Revenue growth slowed in Q2."),
        (
            "It was the worst killing since the Second World War.",
            "It was the worst killing since World War II.",
        ),
        ("Flight ET 302 went down near the town.", "Flight ET302 went down near the town."),
        ("Victims included travellers from the UK.", "Victims included Britons."),
        # a person called by nationality, whatever follows; a currency by what it is
        (
            "The goals brought life to the fans inside the stadium.",
            "The goals brought life to the Frenchman inside the stadium.",
        ),
        ("The franc surged against the euro.", "The franc surged against the European currency."),
        # a country by another of its names, a company with "Holding" in its name
        ("Iniesta scored against the Netherlands.", "Iniesta scored against Holland."),
        # a title cut short; a letter written out as English copy writes it
        ("Ebadi won the prize, Mjoes said.", "Ebadi won the prize, Mjøs said."),
        # a company's legal form abroad
        ("The dam owned by Vale burst on Friday.", "The dam owned by Vale SA burst on Friday."),
        # a public body by its name, or its acronym, where another says what it is
        (
            "The local disaster agency first put the toll at 174.",
            "The Malang Disaster Mitigation Agency first put the toll at 174.",
        ),
        (
            "The court ordered the electoral commission to hold a new vote.",
            "The court ordered the IEBC to hold a new vote, the Independent Electoral and "
            "Boundaries Commission said.",
        ),
        (
            "The Spanish grid operator Red Electrica said power was back.",
            "The grid operator Red Electrica de Espana said power was back.",
        ),
        ("Alibaba shares rose 38 percent.", "Alibaba Group Holding's shares rose 38 percent."),
        # a ticker in brackets, spaced; the country of a city another outlet names
        ("Lehman Brothers filed for bankruptcy.", "Lehman Brothers ( LEH) filed for bankruptcy."),
        (
            "He spoke at a news conference in Geneva.",
            "He spoke at a news conference in Geneva, Switzerland.",
        ),
        # a name written as one word or two
        (
            "The bones lay under the Grey Friars church.",
            "The bones lay under the Greyfriars church.",
        ),
        # a name transliterated two ways, or misspelled beside a first name told alike
        (
            "The court also sentenced former judge Awad Hamed al-Bander.",
            "The court also sentenced Awad Ahmed al-Bandar.",
        ),
        (
            "JAXA President Hiroshi Yamakawa said it landed.",
            "JAXA President Hiroshi Yamanaka said it landed.",
        ),
        # a ground named with its city before it and its kind after it
        (
            "The All Blacks beat Australia 34-17 in London in a breathless final at Twickenham.",
            "The All Blacks beat Australia 34-17 in a breathless final at London’s Twickenham "
            "Stadium.",
        ),
        # ... or a county or state spelled otherwise, or with the word for county in it
        (
            "The quake struck near Axochiapan in Morelos state on Tuesday.",
            "The quake struck near Axochiapan in the state of Morales on Tuesday.",
        ),
        (
            "The slide buried Xinmo village in Mao County early on Saturday.",
            "The slide buried Xinmo village in Maoxian county early on Saturday.",
        ),
        # a common noun some outlets capitalise
        (
            "It runs China's biggest shopping site.",
            "It runs China's biggest Internet shopping site.",
        ),
        # a title as Gulf outlets write it; a people whose name no ending gives
        (
            "The emir met the prime minister on Monday.",
            "HE the emir met the prime minister on Monday.",
        ),
        (
            "The bus crashed on the Portuguese island of Madeira on Wednesday.",
            "The bus crashed on Madeira, Portugal's island, on Wednesday.",
        ),
        # a people for its country; a given name romanised two ways
        (
            "Equifax said hackers had also reached the records of customers in Canada.",
            "Equifax said hackers had also reached the records of Canadians.",
        ),
        # a French body's name with its article elided
        (
            "The Autorité de la Concurrence fined Apple on Monday.",
            "L'Autorité de la Concurrence fined Apple on Monday.",
        ),
        # ... one the regular endings do not reach
        (
            "Victory for the Ferrari driver, born in Monaco, ended a long wait.",
            "Victory for the Ferrari driver, the Monegasque, ended a long wait.",
        ),
        # the first word of a lede set in capitals is a word, not a name
        (
            "Wounded in battle, the skeleton was found.",
            "BATTERED in battle, the skeleton was found.",
        ),
        # a priest's title
        (
            "Vatican spokesman Federico Lombardi said it was his decision.",
            "Vatican spokesman the Rev. Federico Lombardi said it was his decision.",
        ),
        # a name that only goes on with a name another outlet gives whole
        ("Chelsea held Tottenham to a draw.", "Chelsea held Tottenham Hotspur to a draw."),
        (
            "Two boosters landed at Cape Canaveral.",
            "Two boosters landed at Cape Canaveral Air Force Station.",
        ),
        ("Wedbush analyst Dan Ives said so.", "Dan Ives, a Wedbush Securities analyst, said so."),
        # a first name told familiarly, even where the stems differ
        ("Police Chief James Fry said so.", "Police Chief Jim Fry said so."),
        # a middle initial; a title before a name another outlet gives
        ("Mike Brown said Pluto was out.", "Michael E. Brown said Pluto was out."),
        # an acronym without the country its name opens with, or the article before it
        (
            "The Swiss Federal Office of Justice said the officials would be sent to the US.",
            "The FOJ said the officials would be sent to the US.",
        ),
        ("The News of the World hired him.", "A claim says the NOTW hired him."),
        # ... or without whose office it is
        (
            "The memo came from the Estuary Council Office of Harbour Works on Monday.",
            "The memo came from the OHW on Monday.",
        ),
        # a country by its form; the men of a body ("National Guardsmen")
        ("The ban came into force in Ireland.", "The ban came into force in the Irish Republic."),
        (
            "The governor called in the National Guard to police the city.",
            "The governor called in National Guardsmen to police the city.",
        ),
        # a position and another's count of the same thing
        (
            "The Cubs beat Cleveland 8-7 in Game 7 of the World Series.",
            "The Cubs beat Cleveland 8-7 in a wild seventh game of the World Series.",
        ),
        # a temperature's scale
        ("The fire reached 1,000 degrees.", "The fire reached 1,000 degrees Celsius."),
        # an acronym with its last full stop left out
        (
            "The World Health Organization said Africa was free of polio.",
            "The W.H.O said Africa was free of polio.",
        ),
        # a quarter by its code; London's police by its old headquarters
        (
            "Revenue rose to 33.67 billion dollars in the fourth quarter.",
            "Revenue rose to 33.67 billion dollars in Q4.",
        ),
        ("Scotland Yard said the man was shot.", "The Metropolitan Police said the man was shot."),
        # ... or by the three months it spans
        (
            "Revenue rose to 33.67 billion dollars in the final three months of the year.",
            "Revenue rose to 33.67 billion dollars in the fourth quarter.",
        ),
        (
            "Revenue rose to 33.67 billion dollars in the three months to December.",
            "Revenue rose to 33.67 billion dollars in Q4.",
        ),
        # a company's year and quarter written short; a time run, in words and on the clock
        (
            "The cuts will be done by the end of FY23 Q3, the firm said.",
            "The cuts will be done by the end of the third fiscal quarter of 2023, the firm said.",
        ),
        (
            "Hassan won the women's race in a time of two hours, 13 minutes.",
            "Hassan won the women's race in a time of 2:13:44.",
        ),
        (
            "Kiptum won the men's race in two hours and 35 seconds.",
            "Kiptum won the men's race in 2:00:35.",
        ),
        # a large figure rounded to one digit
        (
            "The hackers reached the card details of six million customers.",
            "The hackers reached the card details of 5.9 million customers.",
        ),
        # a time told locally, and in the east coast's zone
        (
            "The train hit the truck at 12:42 p.m. near the town.",
            "The train hit the truck at 1:42 p.m. ET near the town.",
        ),
        # a tiebreak by its loser's points, and in full
        (
            "Djokovic took the first set 7-6(5) on Sunday.",
            "Djokovic took the first set 7-6 (7-5) on Sunday.",
        ),
        # a time of day set as a decimal, with no "pm", and with it
        (
            "The singer was found dead at 3.54pm at her London home.",
            "The singer was found dead at 3.54 this afternoon at her London home.",
        ),
        # the place a dateline gives, its state cut short
        ("SANTA MARIA, Calif. - A jury acquitted him.", "A Santa Maria jury acquitted him."),
        ("SAN JOSE, Calif. - A jury convicted her.", "A California jury convicted her."),
        # a time of day told in another of the United States' zones
        (
            "The rocket lifted off at 8:12 a.m. Central time from the pad.",
            "The rocket lifted off at 9:12 a.m. Eastern time from the pad.",
        ),
        # ... or in the world's, against the place's own time
        (
            "The rocket lifted off at 2:40 p.m. local time from the pad.",
            "The rocket lifted off at 4:40 a.m. EDT from the pad.",
        ),
        (
            "The quake struck at 5:59 a.m. local time on Tuesday.",
            "The quake struck at 3:59 p.m. Monday ET on Tuesday.",
        ),
        # ... to the second
        (
            "The probe's signal was lost at 4:55:46 a.m. PT on Friday.",
            "The probe's signal was lost at 7:55 a.m. EDT on Friday.",
        ),
        # a name's number in words; a share told as a fraction
        (
            "Formula 1 champion Michael Schumacher was hurt skiing.",
            "Formula One champion Michael Schumacher was hurt skiing.",
        ),
        (
            "Jennings said half of the prize money would go to charity.",
            "Jennings said 50% of the prize money would go to charity.",
        ),
        # a quote box in brackets; a plain word some papers open a story with in capitals
        (
            "Horse DNA was found in burgers made in Ireland.",
            "Horse DNA was found in burgers made in Ireland (OTC BB: IRLD - news).",
        ),
        # saints written short
        (
            "Mass was said at the Cathedral Basilica of Saints Peter and Paul.",
            "Mass was said at the Basilica of Sts. Peter and Paul.",
        ),
        # a road's kind written short
        (
            "The fire started near Morris Ranch Road on Monday.",
            "The fire started near Morris Ranch Rd on Monday.",
        ),
        # a news agency credited by its name spelled out
        (
            "The quake struck off the coast, officials said.",
            "The quake struck off the coast, an official told Agence France-Presse.",
        ),
        # a sponsor's name set before the name another outlet gives
        (
            "Northgate began their Six Counties title defence with a win on Friday.",
            "Northgate began their Tidewater Six Counties title defence with a win on Friday.",
        ),
    ],
)
def test_a_name_told_another_way_is_not_a_detail(wire: str, local: str) -> None:
    c = event(
        wire=f"{wire} Officials met on Monday to discuss it.",
        local=f"{local} Officials met on Monday to discuss it.",
    )
    for src in ("wire", "local"):
        assert details_of(c, src) == []
    assert not c.conflicts, texts(c.facts)


def test_a_name_an_outlet_misspells_once_is_no_detail_of_it() -> None:
    # "Harborline" is a slip for the "Harbourline" the outlet and the wire both give; the
    # "Europe" of a sentence about the "Europa League" is another word, one letter off.
    c = event(
        wire="Harbourline recalled 125,000 treadmills on Monday. Officials met on Monday to "
        "discuss it. The club won the Europa League.",
        local="Harbourline recalled 125,000 treadmills on Monday. Officials met on Monday to "
        "discuss it, says Harborline. The club won the Europa League in Europe.",
    )
    assert details_of(c, "local") == ["in Europe"]


def test_next_year_is_the_year_after_the_story_was_written() -> None:
    # Published in 2026 (see ``event``): "next year" is 2027.
    c = pair(
        "Estuary Ferries expects spending to rise significantly {}, its chief said.",
        "next year",
        "in 2027",
    )
    assert details_of(c, "local") == [], texts(c.facts)
    # ... but "the next year" is the twelve months ahead, whatever year they fall in.
    c = pair(
        "Estuary Ferries expects spending to rise over {}, its chief said.", "the next year", "2027"
    )
    assert "2027" in " ".join(details_of(c, "local")), texts(c.facts)


def test_a_bodys_acronym_with_the_countrys_letters_before_it_is_no_detail() -> None:
    c = event(
        wire="The EWA said on Wednesday that 125,000 pumps had been recalled after one failed.",
        local="As stated in Wednesday's USEWA alert, 125,000 pumps had been recalled after one "
        "failed.",
    )
    assert details_of(c, "local") == [], texts(c.facts)


def test_an_acronym_with_its_number_is_the_name_another_outlet_spells_out() -> None:
    c = event(
        wire="Ministers scrapped the northern leg of the High Speed 2 line on Wednesday.",
        local="Ministers scrapped the northern leg of the HS2 line on Wednesday.",
    )
    assert details_of(c, "local") == []


def test_the_agency_an_outlet_took_its_copy_from_is_not_a_detail() -> None:
    c = event(
        wire="At least 13 people died in the floods on Monday, AFP reported. "
        "Rescuers searched the river banks.",
        local="At least 13 people died in the floods on Monday. Rescuers searched the river banks.",
    )
    assert details_of(c, "wire") == []


@pytest.mark.parametrize(
    ("wire", "local"),
    [
        # one figure given to fewer digits, in other words
        (
            "The iPhone brought in $29.9 billion of revenue, and services jumped to "
            "$9.548 billion.",
            "The iPhone brought in $29.9 billion of revenue, while the company also posted "
            "$9.55 billion in software sales.",
        ),
        # a price rounded to the dollar, in the dollar it is in
        (
            "The standard plan rose from $US10.99 to $US12.99 per month in the quarter.",
            "The price of its most popular plan rose $11 to $13 a month in the quarter.",
        ),
        # two hedged figures that can both hold
        (
            "The deal will create more than 5,400 jobs at the plants, the union said.",
            "The union said the agreement would create more than 5,000 positions.",
        ),
        # one country named two ways
        (
            "Prices also rose in the UK in the quarter.",
            "Prices also rose in Britain in the quarter.",
        ),
        # the currency it is in, and the same amount converted
        (
            "Services brought in $9.5 billion.",
            "Services brought in $9.5 billion USD ($12.4 billion CAD).",
        ),
        # one distance in miles and in kilometres
        (
            "The new network will run more than 32,100 kilometres of track.",
            "The new network will run about 20,000 miles of track.",
        ),
        # ... and one size in centimetres and in inches
        (
            "The painting, measuring 136cm by 54cm, shows a pig.",
            "The painting, measuring 53 by 21 inches, shows a pig.",
        ),
        # a goal's minute, counted or placed
        (
            "Jones scored the winner in the 80th minute.",
            "Jones scored the winner after 80 minutes.",
        ),
        ("Jones scored the winner in the 80th minute.", "Jones scored the winner in minute 80."),
        # a time of day on the 24-hour clock as French and African outlets write it
        ("He died at 8.50 p.m. at his home.", "He died at 20h50 at his home."),
        # ... and as wires and the military write it, in hours or against a zone
        (
            "The ferry sent a mayday call at about 11pm, officials said.",
            "The ferry sent a mayday call at about 2300 hours, officials said.",
        ),
        ("Shares were at 312 pence by 9.30am.", "Shares were at 312 pence by 0930 GMT."),
        # a count of games and the last game's place
        (
            "The final set went with serve until the 30th game, a record.",
            "The 30 games in the final set were a record.",
        ),
        # sets set apart by spaces alone, the tiebreak by a slash, or by commas
        (
            "Federer won 5-7, 7-6 (8-6), 3-6, 16-14 on Sunday.",
            "Federer won 5-7 7-6 (8/6) 3-6 16-14 on Sunday.",
        ),
        # a share price in pounds or in pence, or in dollars with the pounds in brackets
        (
            "The buyer will offer 17 pounds for each share.",
            "The buyer will offer 1,700 pence for each share.",
        ),
        (
            "The buyer will offer 17 pounds for each share.",
            "The buyer will offer US$22.56 (£17) for each share.",
        ),
        # a distance converted in brackets; a temperature in Fahrenheit, Celsius in brackets
        (
            "The epicentre was about 72 kilometres from the city.",
            "The epicentre was 72 kilometres (45 miles) from the city.",
        ),
        (
            "The deal aims to limit warming to 1.5 degrees Celsius, the summit said.",
            "The deal aims to limit warming to 2.7 degrees Fahrenheit (1.5 degrees Celsius), "
            "the summit said.",
        ),
        # ... or after "or": "-20 degrees Celsius, or about -4 degrees Fahrenheit"
        (
            "The temperature in the valley fell to -20 degrees Celsius overnight, officials said.",
            "The temperature in the valley fell to -20 degrees Celsius, or about -4 degrees "
            "Fahrenheit, overnight, officials said.",
        ),
        # a time of day another outlet gives as the part of the day it falls in
        (
            "The slide buried 62 homes in the village as dawn broke on Saturday.",
            "The slide buried 62 homes in the village at 6am on Saturday.",
        ),
        (
            "The fire broke out at the plant late on Tuesday night, officials said.",
            "The fire broke out at the plant at 10.40pm on Tuesday, officials said.",
        ),
        # ... or a volume in other units: litres, barrels, gallons
        (
            "Up to 397,000 litres of crude leaked from the pipeline.",
            "As much as 2,500 barrels of crude leaked from the pipeline.",
        ),
        (
            "Up to 397,000 litres of crude leaked from the pipeline.",
            "Up to 105,000 gallons of crude leaked from the pipeline.",
        ),
        # ... or a volume, cubic
        (
            "The slide carried about 18 million cubic metres of rock into the valley.",
            "The slide carried 18 million cubic meters (636 million cubic feet) of rock into "
            "the valley.",
        ),
        # a power station's output in kilowatts or megawatts
        (
            "The 826 MW reactor was shut down at once.",
            "The 826,000-kilowatt reactor was shut down.",
        ),
        # a temperature with its Fahrenheit in brackets, the degree sign as an "o"
        (
            "The Met Office said a record of 40.3C was set in Coningsby.",
            "The Met Office said a record of 40.3oC (104.5F) was set in Coningsby.",
        ),
        # an amount with its currency written out, converted in brackets
        (
            "The car will cost about 100,000 rupees.",
            "The car will cost about 100,000 Indian rupees (€1,728).",
        ),
        (
            "It set aside 32.2 billion dollars for the spill.",
            "It set aside 32.2 billion dollars (24.7 billion euros) for the spill.",
        ),
        # a range written with a hyphen, and in words
        (
            "The shot was approved for children between five and 36 months old.",
            "The shot was approved for children aged 5-36 months.",
        ),
        # a time of day, and the same time in another zone
        (
            "The quake hit Bam at 5:28 a.m. local time.",
            "The quake hit Bam at 5:28am local time (1.58am Irish time).",
        ),
        (
            "The quake hit Bam at 5:28 a.m. local time.",
            "The quake hit Bam at 5:28 a.m. local time (5:58 p.m. PST).",
        ),
        (
            "Contact with the plane was lost at 14:21 Moscow time on Sunday.",
            "Contact with the plane was lost at 14:21 Moscow time (1121 GMT) on Sunday.",
        ),
        # two conversions in one bracket
        (
            "Adidas will buy Reebok for 3.1 billion euros.",
            "Adidas will buy Reebok for 3.1bn euros ($3.8bn; £2.1bn).",
        ),
    ],
)
def test_a_figure_told_to_other_digits_or_in_another_currency_is_no_detail(
    wire: str, local: str
) -> None:
    assert details_of(pair("Apple reported its results on Tuesday. {}", wire, local), "local") == []


@pytest.mark.parametrize(
    ("template", "wire", "local"),
    [
        # a range whose first end takes the scale of the last
        (
            "The painting sold on Tuesday. It had been expected to fetch {} at the auction.",
            "between $1 million to $1.5 million",
            "$1-1.5 million",
        ),
        # a scale joined by a hyphen, and a currency's code before the sum
        (
            "The navy signed {} for 26 jets on Friday.",
            "a 63,000-crore defence deal",
            "a defence deal worth Rs 63,000 crore",
        ),
        # cents named for their dollar
        ("BP raised its dividend {}, it said.", "10% to 7.27 cents", "to 7.27 US cents, up 10%"),
        # a list of figures in words, "one" among them
        (
            "Three children died in the leak. The children were aged {}, police said.",
            "1, 6 and 15",
            "one, six, and 15",
        ),
        # a peak over a span of years, more than once
        (
            "Mortgage rates rose in September, {}.",
            "hitting 14-year highs",
            "hitting a 14-year high",
        ),
        # a time of day with its zone written out
        (
            "The ship ran aground off Bermuda {} on Sunday.",
            "at approximately 5pm Eastern Standard Time",
            "at about 5 p.m.",
        ),
        # a fraction after its whole and a hyphen
        ("Gold Trip won the Melbourne Cup by {} on Tuesday.", "1-1/4 lengths", "1¼ lengths"),
    ],
)
def test_one_figure_written_two_ways_is_unique_to_neither(
    template: str, wire: str, local: str
) -> None:
    c = pair(template, wire, local)
    assert (details_of(c, "wire"), details_of(c, "local"), c.conflicts) == ([], [], [])


@pytest.mark.parametrize(
    ("wire", "local"),
    [
        (
            "The plane was carrying about $470,000 in cash for the villagers.",
            "The plane was carrying £300,000 in cash for the villagers.",
        ),
        (
            "Real Madrid will pay $131 million for Ronaldo.",
            "Real Madrid will pay £80m for Ronaldo.",
        ),
        (
            "Real Madrid will pay 94 million euros for Ronaldo.",
            "Real Madrid will pay $131 million for Ronaldo.",
        ),
    ],
)
def test_one_sum_in_each_outlets_own_currency_is_no_detail_and_no_conflict(
    wire: str, local: str
) -> None:
    c = pair("Apple reported its results on Tuesday. {}", wire, local)
    assert details_of(c, "local") == [] and not c.conflicts, texts(c.facts)


def test_millions_in_each_outlets_own_currency_are_one_sum_whatever_words_surround_them() -> None:
    c = event(
        wire="Barcelona confirmed on Thursday that the midfielder had left for €105m.",
        local="The midfielder signed a five-year contract with the French champions on Thursday "
        "after his £89m move from Barcelona.",
    )
    assert not any("105m" in d for d in details_of(c, "wire")), texts(c.facts)
    assert not any("89m" in d for d in details_of(c, "local")), texts(c.facts)


def test_a_sum_no_exchange_rate_makes_of_the_other_is_a_detail() -> None:
    c = pair(
        "Apple reported its results on Tuesday. {}",
        "The plane was carrying about $470,000 in cash for the villagers.",
        "The plane was carrying £100,000 in cash for the villagers.",
    )
    assert "£100,000" in " ".join(details_of(c, "local")) or c.conflicts, texts(c.facts)


def test_a_round_figure_is_not_a_particular_one_told_roughly() -> None:
    c = event(
        wire="The death toll passed 2,000 on Sunday, officials said. Rescuers dug by hand.",
        local="The death toll rose to 2,430 on Sunday, officials said. Rescuers dug by hand.",
    )
    assert unique(c, "wire", "detail") or c.conflicts, texts(c.facts)


def test_a_stock_exchange_and_ticker_are_no_detail() -> None:
    c = event(
        wire="Microsoft is buying LinkedIn for $26.2 billion in cash, the companies said. "
        "LinkedIn will keep its brand.",
        local="Microsoft (NASDAQ:MSFT) is buying LinkedIn (NYSE: LNKD) for $26.2 billion in cash, "
        "the companies said. LinkedIn will keep its brand.",
    )
    assert details_of(c, "local") == []


RATES = "{} raised its cash rate to 4.1 per cent on Tuesday. Mortgage holders face more pain."
FERRY = "The ferry sank off Pelion on Tuesday night{}. Rescuers searched the sea all night."


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a name another outlet gives only in its headline
        (
            ("Wire", "RBA lifts rates to 4.1 per cent", RATES.format("The bank")),
            ("Daily", "Rates rise again", RATES.format("The RBA")),
        ),
        # ... and a figure told in another outlet's headline
        (
            ("Wire", "Ferry sales up 7.5% as timetable returns", FERRY.format("")),
            ("Daily", "Ferry sinks", FERRY.format(", after ticket sales rose 7% this year")),
        ),
        # an outlet naming itself
        (
            ("Island Wire", "Ferry sinks", FERRY.format("")),
            ("The Pelion Gazette", "Ferry sinks", FERRY.format(", the Gazette said")),
        ),
        # ... in capitals, or its name run together
        (
            ("Island Wire", "Ferry sinks", FERRY.format("")),
            ("Pelion Gazette", "Ferry sinks", FERRY.format(", PELION GAZETTE learnt")),
        ),
        (
            ("Island Wire", "Ferry sinks", FERRY.format("")),
            ("Pelion Reporters", "Ferry sinks", FERRY.format(", Pelionreporters learnt")),
        ),
        # ... or by its name without the word that says it is a newsroom
        (
            ("Island Wire", "Ferry sinks", FERRY.format("")),
            ("ETN News", "Ferry sinks", FERRY.format(", the ETN understands")),
        ),
        # ... or by its kind spelt out
        (
            ("Island Wire", "Ferry sinks", FERRY.format("")),
            ("Estuary TV", "Ferry sinks", FERRY.format(", a source told Estuary Television")),
        ),
    ],
)
def test_a_headline_name_or_the_outlet_itself_is_no_detail(
    first: tuple[str, str, str], second: tuple[str, str, str]
) -> None:
    c = compare(Event("e", "E", (Article("first", *first), Article("second", *second))))
    assert details_of(c, "second") == []


def test_a_place_an_outlet_is_named_after_is_a_detail_where_it_names_the_place() -> None:
    said = "Storms grounded 2,000 flights on Monday{}. Crews worked through the night."
    wire = Article("wire", "Island Wire", "Flights grounded", said.format(""))
    local = Article(
        "local", "Denver Post", "Flights grounded", said.format(", 268 of them through Denver")
    )
    assert any("Denver" in d for d in details_of(compare(Event("e", "E", (wire, local))), "local"))


@pytest.mark.parametrize(
    ("wire", "local"),
    [
        # another way to name a country the event names
        (
            "The earthquake killed 2,000 people in Nepal, officials said on Sunday.",
            "The earthquake killed 2,000 people in the Himalayan nation, officials said on Sunday.",
        ),
        (
            "The earthquake killed 2,000 people in Nepal, officials said on Sunday.",
            "The earthquake killed 2,000 people in the hard-hit Himalayan nation, officials said "
            "on Sunday.",
        ),
        (
            "The deal lets US troops leave Afghanistan within 14 months, officials said.",
            "The deal lets US troops leave the poor and war-torn central Asian country within 14 "
            "months, officials said.",
        ),
        # another way to name a company or a party the event names
        (
            "The board of Twitter accepted the offer on Monday.",
            "The board of Twitter, the San Francisco-based company, accepted the offer on Monday.",
        ),
        (
            "Another Conservative leadership contest will take place.",
            "Another Tory party leadership contest will take place.",
        ),
        # part of a name joined by "&", a time zone
        (
            "The phone goes on sale on June 24, the company said.",
            "The phone goes on sale on June 24 through AT&T, the company said.",
        ),
        (
            "The keynote began at 10 a.m. on Monday.",
            "The keynote began at 10 a.m. PDT on Monday.",
        ),
        # a senator's title cut short, a generation after a name
        (
            "Mar Roxas and Senator Grace Poe conceded on Tuesday.",
            "Mar Roxas II and Sen. Grace Poe conceded on Tuesday.",
        ),
        # a parliament by its name
        (
            "The parliament voted to impeach her on Friday.",
            "The National Assembly voted to impeach her on Friday.",
        ),
        # the state after its city
        (
            "The plane crash landed at San Francisco airport on Saturday.",
            "The plane bound for San Francisco, California crash landed at the airport on "
            "Saturday.",
        ),
        (
            "Woods won the Masters in Augusta on Sunday.",
            "Woods won the Masters in Augusta, Ga., on Sunday.",
        ),
        # "a day" that counts nothing
        (
            "Woods won the Masters on Sunday, his fifth green jacket.",
            "Woods won the Masters on a day of storms on Sunday, his fifth green jacket.",
        ),
        # a side by its nickname
        (
            "Italy drew level through a Bonucci goal in the 67th minute.",
            "The Azzurri drew level through a Bonucci goal in the 67th minute.",
        ),
        (
            "Leicester were crowned champions after Tottenham drew at Chelsea.",
            "The Foxes were crowned champions after Tottenham drew at Chelsea.",
        ),
        # a party by its short name, a parliament by its members
        (
            "The poll puts Labour on 40 per cent and the Lib Dems on 9 per cent.",
            "The poll puts Labour on 40 per cent and the Liberal Democrats on 9 per cent.",
        ),
        (
            "The chancellor said growth would reach 2 per cent, he told MPs on Wednesday.",
            "The chancellor said growth would reach 2 per cent, he told Parliament on Wednesday.",
        ),
        # a first name told familiarly, however many initials the other gives
        (
            "Christopher J. L. Lee, who led the study, said the ferry was safe.",
            "Dr. Chris Lee, who led the study, said the ferry was safe.",
        ),
        # Britain's finance minister by the office's full name
        (
            "The grant was announced by Chancellor Ann Lee in November.",
            "The grant was announced by the Chancellor of the Exchequer in November.",
        ),
        # one length in two units, one spelled the American way
        (
            "He was stabbed with a 25-inch blade near the quay.",
            "He was stabbed with a 63-centimeter-long blade near the quay.",
        ),
        # one rate, its figure told roughly the other time
        (
            "The field could produce almost 70,000 barrels per day at its peak.",
            "At its peak, the field could produce 69,000 barrels of oil a day.",
        ),
        # one letter of a name is no name: "A&E", "iPhone X"
        (
            "Doctors walked out of wards across England on Tuesday.",
            "Doctors walked out of wards and A&E departments across England on Tuesday.",
        ),
    ],
)
def test_a_way_of_naming_is_no_detail(wire: str, local: str) -> None:
    assert details_of(pair("{} Rescue teams worked through the night.", wire, local), "local") == []


def test_an_abbreviated_name_is_one_detail() -> None:
    c = event(
        wire="Labour's Keir Starmer, having won his own seat in London, is set to become prime "
        "minister. Turnout was low.",
        local="Labour's Keir Starmer, having comfortably won his own seat of Holborn and St. "
        "Pancras in London, is set to become prime minister. Turnout was low.",
    )
    assert texts(unique(c, "local", "detail")) == ["seat of Holborn and St. Pancras"]


def test_another_name_before_the_same_word_is_still_a_detail() -> None:
    """Bay Street is not Wall Street: a name whose last word another outlet gives after
    another name may be a different place."""
    c = event(
        wire="Profit beat Wall Street's expectations. The shares rose 4% in late trade.",
        local="Profit beat Wall Street's and Bay Street's expectations. "
        "The shares rose 4% in late trade.",
    )
    assert any("Bay Street" in t for t in texts(unique(c, "local", "detail")))


def test_a_name_only_one_outlet_gives_is_still_its_detail() -> None:
    c = event(
        wire="Prime Minister Edouard Philippe visited Aude on Monday. Rescuers searched the banks.",
        local="The prime minister visited Aude on Monday. Rescuers searched the banks.",
    )
    assert any("Philippe" in t for t in texts(unique(c, "wire", "detail")))


def test_one_time_of_day_told_roughly_is_not_a_detail() -> None:
    c = event(
        wire="The quake struck at 3:41 am near the village of Oltane. Rescuers dug all night.",
        local="The tremor hit shortly before 4 am beneath Oltane. Rescuers dug all night.",
    )
    for src in ("wire", "local"):
        assert details_of(c, src) == []


def test_a_time_of_day_hours_apart_is_still_a_detail() -> None:
    c = event(
        wire="The quake struck at 3:41 am near the village of Oltane. The road reopened at 7pm.",
        local="The tremor hit shortly before 4 am beneath Oltane. The road reopened later.",
    )
    assert any("7pm" in t for t in texts(unique(c, "wire", "detail")))


def test_a_date_another_outlet_gives_as_its_weekday_or_year_is_not_a_detail() -> None:
    # 14 March 2026 is a Saturday; the story is dated 2026.
    c = event(
        wire="The council voted on Saturday to close the library. The vote was close.",
        local="The council voted on 14 March 2026 to close the library. The vote was close.",
    )
    assert details_of(c, "local") == []
    # Friday was the 13th, and a Saturday with a date of its own is another Saturday.
    for wire, later in ((" on Friday", ""), ("", " It meets again on Saturday 21 March.")):
        c = event(
            wire=f"The council voted{wire} to close the library. The vote was close.{later}",
            local="The council voted on 14 March to close the library. The vote was close.",
        )
        assert details_of(c, "local") == ["on 14 March"]


@pytest.mark.parametrize(
    ("relative", "published"),
    [
        ("yesterday", "2026-06-30"),
        ("today", "2026-06-29T18:00:00+00:00"),
        ("on Monday", "2026-07-02"),  # 29 June 2026 is a Monday
    ],
)
def test_a_date_another_outlet_names_from_its_own_day_is_not_a_detail(
    relative: str, published: str
) -> None:
    def compared(day: str) -> Comparison:
        articles = (
            Article(
                "wire",
                "Wire",
                "w",
                f"The judge jailed him {relative} to life in prison. He will appeal.",
                published=published,
            ),
            Article(
                "local",
                "Local",
                "l",
                f"The judge jailed him on June {day} to life in prison. He will appeal.",
                published="2026-06-30",
            ),
        )
        return compare(Event("e", "E", articles))

    assert details_of(compared("29"), "local") == []
    assert details_of(compared("12"), "local") == ["on June 12"]


def test_a_date_given_with_its_weekday_is_that_weekday_elsewhere() -> None:
    c = event(
        published="",
        wire="The court convicted him on Thursday. He will appeal.",
        local="The court convicted him on Thursday, September 25. He will appeal.",
    )
    assert details_of(c, "local") == []


def test_a_sentence_inside_a_longer_quotation_is_found_where_it_is_quoted() -> None:
    c = event(
        wire='She said: "We did our best. So much to be proud of, so much to do. We go on."',
        local='She said she had done her best and there was "so much to be proud of, so much '
        'to do".',
    )
    middle = [f for f in c.facts if f.text.startswith("So much to be proud of")]
    assert middle and middle[0].sources == ("wire", "local"), texts(middle)


def test_an_undated_article_counts_years_back_from_the_storys_year() -> None:
    """Outlets report one event within days: an article with no date of its own has the
    year its peers give, so "in 30 years" meets "since 1996"."""
    dated = "Rail workers began the biggest strike since 1996 on Tuesday, the union said."
    undated = "Rail workers began the biggest strike in 30 years on Tuesday, the union said."
    rest = " Trains were cancelled across the country."
    articles = (
        Article("wire", "Wire", "w", dated + rest, published="2026-06-21"),
        Article("web", "Web", "x", undated + rest),
    )
    c = compare(Event("e", "E", articles))
    assert details_of(c, "web") == [] and details_of(c, "wire") == []


@pytest.mark.parametrize(
    ("wire", "local"),
    [
        ("the biggest strike in 30 years", "the biggest strike in three decades"),
        ("had led the party for 40 years", "had led the party for four decades"),
        ("will study the crater for 24 months", "will study the crater for two years"),
    ],
)
def test_decades_and_months_are_years(wire: str, local: str) -> None:
    c = pair("Workers began {} on Tuesday. Trains were cancelled.", wire, local)
    assert details_of(c, "local") == [] and details_of(c, "wire") == []


def test_a_detail_keeps_less_than() -> None:
    c = pair(
        "The lander touched down {}, officials said. Crowds cheered in the streets.",
        "on Wednesday",
        "on Wednesday, less than a week after a rival craft crashed",
    )
    assert "less than a week" in " ".join(details_of(c, "local")), details_of(c, "local")


def test_a_capital_after_a_full_stop_inside_a_quotation_opens_a_sentence() -> None:
    c = pair(
        '"We believe in her innocence.{}" the lawyer said. The jury deliberated for days.',
        " We are disappointed with the verdict,",
        " Obviously we are disappointed with the verdict,",
    )
    assert details_of(c, "local") == []


def test_a_first_name_told_short_in_another_form_is_one_name() -> None:
    c = event(
        wire="Bob Iger, the chief executive, will stay on until 2021 to run the combined "
        "company. The deal was agreed on Thursday.",
        local="Robert Iger will stay on as chief executive until 2021. "
        "The deal was agreed on Thursday.",
    )
    assert details_of(c, "wire") == [] and details_of(c, "local") == []


def test_a_first_name_told_short_names_one_person_though_another_shares_the_surname() -> None:
    c = event(
        wire="Montiel scored past Emi Martinez's opposite number. Lautaro Martinez was "
        "denied by the keeper twice.",
        local="Montiel scored past Emiliano Martinez's opposite number. Lautaro Martinez was "
        "denied by the keeper twice.",
    )
    assert details_of(c, "local") == []


def test_a_figure_keeps_its_unit_and_a_name_its_joiner() -> None:
    c = event(
        wire="Inside is a 7nm chipset and 12GB of memory. Pupils from the town of Haltern am "
        "See died at the Corrego do Feijao mine, a spokeswoman said.",
        local="Inside is a chipset and 12GB of memory. Pupils from a school died, a spokeswoman "
        "said.",
    )
    assert sorted(details_of(c, "wire")) == [
        "a 7nm chipset",
        "at the Corrego do Feijao mine",
        "town of Haltern am See",
    ]


def test_a_detail_never_ends_on_and() -> None:
    c = event(
        wire="Disney, the largest studio, is buying Fox. The deal was agreed on Thursday.",
        local='Disney, the largest studio and the company behind the Marvel and "Star Wars" '
        "franchises, is buying Fox. The deal was agreed on Thursday.",
    )
    details = details_of(c, "local")
    assert "the Marvel" in details and not [d for d in details if d.endswith(" and")], details


def test_whose_a_named_thing_is_is_no_news_when_others_name_the_thing() -> None:
    c = event(
        wire="Jimmy Kimmel Live and Saturday Night Live will air reruns, the networks said. "
        "The strike began on Tuesday.",
        local="ABC’s Jimmy Kimmel Live and Saturday Night Live will air reruns. "
        "The strike began on Tuesday.",
    )
    assert details_of(c, "local") == []


def test_an_n_year_high_is_the_year_it_reaches_back_to() -> None:
    c = pair(
        "The bank lifted its rate to 4.1 per cent, {}. Borrowers face higher repayments.",
        "a level not seen since 2015",
        "an 11-year high",
    )
    assert details_of(c, "local") == [] and details_of(c, "wire") == []


def test_a_span_told_to_the_half_minute_is_that_span_told_to_the_minute() -> None:
    c = event(
        wire="The orbiter reached Mars on Wednesday after a final 12.5 minute wait for the "
        "signal. Officials met on Monday to discuss it.",
        local="The orbiter reached Mars on Wednesday. The signal came after an initial delay "
        "of 12 minutes. Officials met on Monday to discuss it.",
    )
    assert details_of(c, "wire") == [] and details_of(c, "local") == []


def test_a_hyphenated_word_stays_whole_in_a_detail() -> None:
    c = event(
        wire="Prosecutors charged 14 people over the bribes on Monday. The trial opens in May.",
        local="Prosecutors charged 14 people over the bribes on Monday, nine officials and five "
        "sports-marketing executives. The trial opens in May.",
    )
    assert "five sports-marketing executives" in details_of(c, "local")
    c = event(
        wire="Molinari finished the day at 11 under. Woods won by a shot.",
        local="Molinari finished the day with a 2-over 74 at 11 under. Woods won by a shot.",
    )
    assert "2-over 74" in " ".join(details_of(c, "local"))
    assert not any(d.startswith("over") for d in details_of(c, "local"))


def test_a_middle_initial_keeps_a_name_whole_in_a_detail() -> None:
    c = event(
        wire="The strike closed every crossing for nine days. Crews return on Tuesday.",
        local="The strike closed every crossing for nine days, said union leader Ann E. Lee. "
        "Crews return on Tuesday.",
    )
    assert "Ann E. Lee" in " ".join(details_of(c, "local"))
    assert "Lee" not in details_of(c, "local")


def test_a_place_and_a_span_of_time_after_it_are_two_details() -> None:
    c = event(
        wire="The ferry left Northgate at 9am. Crews lost contact 13 minutes into the crossing.",
        local="The ferry left Northgate at 9am and was due at Kelby Quay in Port Ardan an hour "
        "later. Crews lost contact 13 minutes into the crossing.",
    )
    found = details_of(c, "local")
    assert "an hour later" in found
    assert not any("Ardan an hour" in d for d in found)


def test_a_currency_written_out_is_no_detail_and_an_age_stays_with_its_name() -> None:
    c = event(
        wire="The car will sell for $2,500, the company said. Sales start in October.",
        local="The car will sell for 100,000 rupees (2,500 US dollars), the company said. "
        "Sales start in October.",
    )
    assert not any("dollars" in d for d in details_of(c, "local"))
    c = event(
        wire="The operator agreed to buy the ferry line for $4.83 billion in July. It rained.",
        local="In July, the operator agreed to buy the ferry line for $4.8 billion US. It rained.",
    )
    assert details_of(c, "local") == []
    c = event(
        wire="The first miner was pulled up on Tuesday. The rescue took 22 hours.",
        local="The first miner, Florencio Avalos, 31, was pulled up on Tuesday. "
        "The rescue took 22 hours.",
    )
    assert "Florencio Avalos, 31" in details_of(c, "local")


def test_a_state_written_out_is_the_state_another_outlet_shortens() -> None:
    shortened = "Reebok, based in Canton, Mass., was bought for $59 a share. Shares rose."
    local = "The Massachusetts-based Reebok was bought for $59 a share. Shares rose."
    assert not any(
        "Massachusetts" in d for d in details_of(event(wire=shortened, local=local), "local")
    )
    # "mass" as a word is no state.
    plain = "Reebok, based in Canton, was bought for $59 a share by a mass retailer. Shares rose."
    assert any("Massachusetts" in d for d in details_of(event(wire=plain, local=local), "local"))
    # ... and "Penn." is Pennsylvania, as some outlets shorten it.
    penn = "Camp Hill, Penn.-based Rite Aid was bought for $9 a share. Shares rose."
    written = "Rite Aid, based in Camp Hill, Pennsylvania, was bought for $9 a share. Shares rose."
    assert details_of(event(wire=written, local=penn), "local") == []


def test_transliterations_a_name_particle_and_a_rough_conversion_are_no_details() -> None:
    c = event(
        wire="A tape with verses from the Quran was found, and al-Qaida said it was to blame. "
        "Barzan al-Tikriti was sentenced too.",
        local="A tape with verses from the Koran was found, and Al Qaeda said it was to blame. "
        "Barzan Ibrahim al-Tikriti was sentenced too.",
    )
    assert details_of(c, "local") == []
    c = event(
        wire="The probe landed within 100 metres of its target. The agency said it was pleased.",
        local="The probe landed within 100 metres (about 330 feet) of its target. The agency "
        "said it was pleased.",
    )
    assert details_of(c, "local") == []


@pytest.mark.parametrize(
    ("wire", "local", "detail"),
    [
        ("told reporters in New York", "told the New York Times", "the New York Times"),
        ("in South Korea", "in South Korea and Italy", "Italy"),
        ("the Australian public", "the Australian Broadcasting Corporation", "Broadcasting"),
        ("members in London", "the London Socialists", "Socialists"),
    ],
)
def test_a_name_that_goes_on_into_another_thing_is_a_detail(
    wire: str, local: str, detail: str
) -> None:
    said = "The carmaker admitted the cheating on Tuesday, {} heard."
    c = event(
        wire=said.format(wire) + " Its shares fell.", local=said.format(local) + " Its shares fell."
    )
    assert any(detail in d for d in details_of(c, "local")), details_of(c, "local")


@pytest.mark.parametrize(
    ("added", "phrase"),
    [
        # what a figure counts comes after "more" or "other"
        ("and two more tugs", "two more tugs"),
        # ... and after a word that describes it
        ("as two armed guards watched", "two armed guards"),
        # a day is read with its month cut short
        ("on Dec. 27", "on Dec. 27"),
        # a denial stays with what it denies
        ("not guilty of four charges", "not guilty of four charges"),
        # a hedge that says how many, a case by its name, a verb after its subject
        ("as several hundred fans watched", "several hundred fans"),
        ("as a few thousand people watched", "few thousand people"),
        ("under Planned Parenthood v. Casey", "Planned Parenthood v. Casey"),
        ("closer than GPS satellites get", "GPS satellites"),
        # a name joined by "&"
        ("as the S&P 500 fell", "the S&P 500"),
        # a letter that ends a name, and the parts of one word joined by slashes
        ("after a 3-0 Serie A victory", "after a 3-0 Serie A victory"),
        ("by the GC/c/IRMS method", "by the GC/c/IRMS method"),
        # a figure and its half
        ("after eight and a half years of delays", "after eight and a half years of delays"),
    ],
)
def test_a_detail_keeps_the_words_that_say_what_it_is(added: str, phrase: str) -> None:
    c = event(
        wire="Tugs worked through the night to free the ship, the canal authority said. "
        "Charges were read out.",
        local=f"Tugs worked through the night to free the ship {added}, the canal authority "
        "said. Charges were read out.",
    )
    assert phrase in details_of(c, "local"), details_of(c, "local")


def test_a_state_as_the_post_office_writes_it_is_no_detail() -> None:
    c = event(
        wire="A tornado tore through Harrisburg, Illinois, on Wednesday, killing six people.",
        local="A tornado tore through Harrisburg, IL, on Wednesday, killing six people.",
    )
    assert all("IL" not in d for d in details_of(c, "local")), texts(c.facts)


def test_a_small_count_with_nothing_it_counts_is_no_detail() -> None:
    c = event(
        wire="The government called three patient witnesses over its 11-week case, tied to "
        "wire fraud counts.",
        local="Over its 11-week case, the government called just three patient witnesses to "
        "the stand, two of whom were individually tied to wire fraud counts.",
    )
    assert all(d not in ("two", "two of whom") for d in details_of(c, "local")), texts(c.facts)


@pytest.mark.parametrize(
    ("published", "wire", "local"),
    [
        # an age and the year it counts from
        ("2004-08-19", "the company, founded in 1998,", "the 6-year-old company"),
        ("2018-09-03", "the 200-year-old museum", "the museum, celebrating its 200th anniversary,"),
        ("2023-02-08", "James, in his 20th season,", "James, who has played 20 seasons,"),
        ("2022-02-03", "the company, founded in 2004,", "the company, in its 18-year history,"),
        # a span of days and a day of it
        ("2006-05-25", "the jury, after six days,", "the jury, in the sixth day,"),
        # a span of years, however long it felt, and the year it reaches back to
        ("2013-05-07", "Berry, who had been missing for 10 years,", "Berry, after 10 long years,"),
    ],
)
def test_an_age_and_the_year_it_counts_from_are_one_fact(
    published: str, wire: str, local: str
) -> None:
    said = "Officials said {} had been hit hard by the news on Monday."
    c = event(published, wire=said.format(wire), local=said.format(local))
    assert details_of(c, "wire") == [] and details_of(c, "local") == [], texts(c.facts)


def test_a_span_given_roughly_and_the_year_it_reaches_back_to_are_one_fact() -> None:
    said = "Police arrested the driver of the tram on Monday after the crash, the first {}."

    def crash(span: str) -> Comparison:
        return event(
            "2016-11-09",
            wire=said.format("with deaths on board since 1959"),
            local=said.format(f"fatal one in Britain for {span}"),
        )

    c = crash("nearly 60 years")
    assert details_of(c, "wire") == [], texts(c.facts)
    assert not any("60 years" in d for d in details_of(c, "local")), texts(c.facts)
    # Given exactly, 60 years is 1956, no other year.
    c = crash("60 years")
    assert "since 1959" in details_of(c, "wire"), texts(c.facts)


def test_the_decade_of_life_an_age_falls_in_is_no_detail() -> None:
    said = "Officials said {} had kicked in the door of the house on Sunday."
    c = event(
        "2020-08-17",
        wire=said.format("the 26-year-old man"),
        local=said.format("a man in his mid-20s"),
    )
    assert details_of(c, "local") == [], texts(c.facts)


def test_a_birthday_is_no_age() -> None:
    said = "James scored 38 points {} on Tuesday, the team said."
    c = event(
        "2023-02-08",
        wire=said.format("as the 38-year-old"),
        local=said.format("a month after his 38th birthday"),
    )
    assert any("38th birthday" in d for d in details_of(c, "local")), texts(c.facts)


def test_a_quotation_with_its_words_run_together_is_the_same_quotation() -> None:
    c = event(
        wire="Berry told the dispatcher she had been held. \"And I'm here, I'm free now.\"",
        local="Berry told the 911 dispatcher: \"I've been kidnapped and I've been missing for "
        '10 years and I am here, I am free now."',
    )
    assert unique(c, "wire", "claim") == [], texts(c.facts)


def test_a_plain_word_set_in_capitals_to_open_a_story_is_no_name() -> None:
    c = event(
        wire="Horse DNA was found in beef burgers sold in Britain and Ireland, officials said.",
        local="INVESTIGATIONS are under way after horse DNA was found in beef burgers sold in "
        "Britain and Ireland, officials said.",
    )
    assert "INVESTIGATIONS" not in " ".join(details_of(c, "local")), texts(c.facts)


def test_a_short_word_set_in_capitals_to_open_a_story_is_no_name() -> None:
    c = event(
        wire="About 95 homes were lost in Yarloop overnight as the bushfire raged.",
        local="IT is believed about 95 homes have been lost in Yarloop overnight as the "
        "bushfire raged.",
    )
    assert "IT" not in details_of(c, "local"), texts(c.facts)
    c = event(
        wire="The Northgate steel plant will close with the loss of 1,700 jobs, it said.",
        local="MORE than 1,700 workers will lose their jobs when the Northgate steel plant "
        "closes, it said.",
    )
    assert "MORE" not in details_of(c, "local"), texts(c.facts)


def test_a_title_written_short_before_a_name_another_outlet_gives_is_no_detail() -> None:
    c = event(
        wire="The governor, Jo Bloggs, said he had spent sleepless nights over the children.",
        local="I spent sleepless nights with Mal. Jo Bloggs over the children, the governor said.",
    )
    assert details_of(c, "local") == [], texts(c.facts)


def test_a_title_before_a_surname_another_outlet_gives_with_a_first_name_is_no_detail() -> None:
    said = "{} named the rock Xena after a television series, the team said."
    c = event(wire=said.format("Mike Brown"), local=said.format("Professor Brown"))
    assert details_of(c, "local") == [], texts(c.facts)


def test_a_change_by_half_is_not_half_of_something() -> None:
    c = event(
        wire="Users were half as likely to fall ill, the study found. It came out on Monday.",
        local="Users were 50% more likely to fall ill, the study found. It came out on Monday.",
    )
    assert "50%" in details_of(c, "local")


@pytest.mark.parametrize(
    ("wire", "daily", "listed"),
    [
        (
            "Gonzalez beat Pasarell at Wimbledon in 1969 after a 6-3 set. Nobody was hurt.",
            "Gonzalez beat Pasarell 22-24, 1-6, 16-14, 6-3, 11-9 at Wimbledon in 1969. "
            "Nobody was hurt.",
            "22-24, 1-6, 16-14, 6-3, 11-9",
        ),
        # ... the last figure after "and": never "71 and 67" alone
        (
            "Lee won by 15 strokes on Sunday. Lee opened with rounds of 65 and 69.",
            "Lee won by 15 strokes on Sunday. Rounds of 65, 69, 71 and 67 gave Lee a total of 272.",
            "65, 69, 71 and 67",
        ),
    ],
)
def test_a_list_of_figures_is_one_detail_whichever_of_them_another_outlet_gives(
    wire: str, daily: str, listed: str
) -> None:
    details = details_of(event(wire=wire, daily=daily), "daily")
    assert any(listed in d for d in details), details
    assert not [d for d in details if d != listed and listed.endswith(d)], details


@pytest.mark.parametrize(
    ("mine", "theirs"),
    [
        ("the 50-foot ferry", "the 15m-long ferry"),
        ("a crossing at 20 mph", "a crossing at 32 kilometres per hour"),
        ("a crossing of 25 km", "a crossing of about 15 miles"),
    ],
)
def test_a_length_or_speed_told_in_another_unit_is_no_detail(mine: str, theirs: str) -> None:
    shared = "Police stopped {} off Kelby on Monday night, the council said."
    c = event(wire=shared.format(theirs), daily=shared.format(mine))
    assert details_of(c, "daily") == [], details_of(c, "daily")


@pytest.mark.parametrize("distance", ["40 light-years", "40 light years"])
def test_a_distance_in_light_years_told_in_miles_is_no_detail(distance: str) -> None:
    shared = "The seven planets circle a star {} from Earth, astronomers said on Wednesday."
    c = event(wire=shared.format("about 235 trillion miles"), daily=shared.format(distance))
    assert details_of(c, "daily") == [], details_of(c, "daily")
    assert details_of(c, "wire") == [], details_of(c, "wire")


def test_another_length_in_another_unit_is_a_detail() -> None:
    shared = "Police stopped {} off Kelby on Monday night, the council said."
    c = event(wire=shared.format("the 15m-long ferry"), daily=shared.format("the 80-foot ferry"))
    assert details_of(c, "daily"), details_of(c, "daily")


def test_an_age_is_not_told_by_another_persons_age() -> None:
    """Ages share their words ("-year-old"), not what they count: whose age it is."""
    c = event(
        wire="Kemboi won the men's race in a course record. "
        "The 30-year-old Ethiopian-born runner Hailu won the women's race in a course record.",
        local="The 23-year-old Kemboi won the men's race in a course record. "
        "Hailu won the women's race in a course record.",
    )
    assert any("30-year-old" in d for d in details_of(c, "wire")), texts(c.facts)


def test_a_part_of_a_claim_cut_off_before_its_verb_is_no_detail() -> None:
    # The unit ends where the quotation begins; "... her husband had" is no fact to show.
    c = event(
        wire="In December, Ms. Weinstein learned that she and her husband had “lost "
        "everything” and have been forced to sell their home. The fraud ran for decades.",
        local="The widow lost everything and was forced to sell her home. The fraud ran for "
        "decades.",
    )
    assert details_of(c, "wire") == ["Ms. Weinstein"]


def test_a_model_code_inside_a_name_is_a_detail_not_the_name_told_more_fully() -> None:
    said = "The plane, a Beechcraft {}King Air, crashed on takeoff. Nobody survived."
    assert any("BE65" in d for d in details_of(pair(said, "", "BE65 "), "local"))
    # ... while a first name before a surname another outlet gives is no detail.
    assert details_of(pair(said, "", "Harlan "), "local") == []


def test_a_place_named_otherwise_before_the_same_last_words_is_a_detail() -> None:
    # Another outlet's "Denver International Airport" does not name Baltimore's airport,
    # though both end "International Airport" ...
    c = event(
        wire="Storms grounded 2,000 flights on Monday. "
        "At Denver International Airport, 300 flights were cancelled by noon.",
        local="Storms grounded 2,000 flights on Monday. "
        "Passengers at Baltimore-Washington International Airport saw 300 flights cancelled "
        "by noon.",
    )
    assert any("Baltimore" in d for d in details_of(c, "local"))
    # ... while a title before a name another outlet gives with another title is no detail.
    c = event(
        wire="Chairperson Annabel Mtalimanja declared the result on Monday.",
        local="Judge Annabel Mtalimanja declared the result on Monday.",
    )
    assert details_of(c, "local") == []


def test_a_whole_clause_before_the_words_where_the_page_stopped_gives_its_details() -> None:
    wire = (
        "Depositors pulled $100 billion from the bank in April. "
        "“Customers showed their loyalties were to their own fears,” an analyst said."
    )
    cut = (
        "Depositors pulled $100 billion from the bank in April. "
        "“Customers showed their loyalties were to their own fears,” wrote Timothy Coffey, "
        "an analyst with Janney Montgo"
    )
    assert details_of(event(wire=wire, local=cut), "local") == ["Timothy Coffey"]
    # ... while the clause the page cut off names nothing a reader can take as a fact.
    cut = cut.replace("wrote Timothy Coffey, an", "an")
    assert details_of(event(wire=wire, local=cut), "local") == []


@pytest.mark.parametrize("place", ["63rd", "22nd", "21st"])
def test_a_place_in_a_ranking_as_a_count_is_the_place_another_outlet_gives(place: str) -> None:
    c = event(
        wire="Ivanovic retired on Wednesday at 29. She struggled with injury in 2016, winning "
        "only 15 matches. The Serbian cited a drop in form after being out due to injury "
        f"since August and falling to {place} in the world rankings.",
        local="Ivanovic retired on Wednesday at 29. The Serb has been out with injury since "
        f"August and dropped to {place[:-2]} in the world rankings, having won just 15 "
        "matches in 2016.",
    )
    assert details_of(c, "local") == []


def test_a_year_is_no_other_year_said_of_the_same_thing() -> None:
    # A share of two thousand years apart is decades: 1998 is not 2016.
    c = event(
        wire="North Korea fired a missile over Japan on Tuesday. The launch comes at a time of "
        "heightened tensions. In February 2016, Pyongyang launched a rocket that flew over "
        "Okinawa.",
        local="North Korea fired a missile over Japan on Tuesday. Although North Korea has sent "
        "a missile over Japan once before – in 1998 – this launch comes at a time of "
        "heightened tensions.",
    )
    assert details_of(c, "local") == ["in 1998"]


def test_a_person_named_after_a_body_and_an_office_is_no_more_of_the_body() -> None:
    said = "OPEC agreed on Wednesday to cut output by 2 million barrels a day. {} said the cut "
    said += "would start in November."
    c = pair(said, "OPEC", "Iran's OPEC Governor Amir Hossein Zamaninia")
    assert details_of(c, "local") == ["Iran's OPEC Governor Amir Hossein Zamaninia"]
    # ... while the same person named after the same office is no detail.
    said = "Power will be back by tonight, Energy Minister {} said on Monday. Engineers worked "
    said += "through the night."
    c = pair(said, "Khurram Dastgir", "Khurram Dastgir Khan")
    assert details_of(c, "local") == []


def test_a_quoted_phrase_no_other_outlet_carries_is_a_detail_of_a_shared_sentence() -> None:
    said = (
        "The wreck lay {}near the fence, and relatives were at the airfield when the "
        "plane went down, the fire chief said. Nobody survived."
    )
    local = '"quite a ways away from the runway" '
    assert details_of(pair(said, "", local), "local") == ['"quite a ways away from the runway"']
    # ... one the other outlet quotes too is shared, and a word set off is no phrase.
    assert details_of(pair(said, local, local), "local") == []
    assert details_of(pair(said, "", '"safely" '), "local") == []


def test_a_few_words_cut_off_at_the_end_are_no_claim_of_their_own() -> None:
    c = event(
        wire="The council approved the bridge on Monday. Work starts in May.",
        local="The council approved the bridge on Monday. Work starts in May. Her deputy David",
    )
    claims = [f for f in c.facts if f.kind == "claim"]
    assert "Her deputy David" not in texts(unique(c, "local")), texts(c.facts)
    # ... nor is a clause cut off before what it was about: "hoping for a tunnel instead of".
    tail = "Residents hoped for a tunnel instead of"
    c9 = event(
        wire="The council approved the bridge on Monday. Work starts in May.",
        local=f"The council approved the bridge on Monday. Work starts in May. {tail}",
    )
    assert not [t for t in texts(unique(c9, "local")) if t.startswith(tail)], texts(c9.facts)
    # ... the reader still finds them, with the sentence before them.
    held = [f for f in claims if 2 in f.sentences.get("local", ())]
    assert len(held) == 1 and held[0].sentences["local"] == (1, 2)
    # ... figures and all: readers judged every such tail listed no fact, the words stop
    # before they say what the figure is of. The sentence stays in the article.
    c = event(
        wire="The council approved the bridge on Monday. Work starts in May.",
        local="The council approved the bridge on Monday. Work starts in May. "
        "Tolls will pay 40% of the co",
    )
    assert not any(t.startswith("Tolls will pay") for t in texts(unique(c, "local")))
    assert c.documents["local"].sentences[-1] == "Tolls will pay 40% of the co"
    # ... while a longer tail after a claim others report is a claim of its own, marked
    # where the page stopped (see test_facts).
    tail = "From the upper deck 40 metres (130 feet) above the river, the mayor'"
    c = event(
        wire="The council approved the bridge on Monday. Work starts in May.",
        local=f"The council approved the bridge on Monday. Work starts in May. {tail}",
    )
    assert f"{tail}…" in texts(unique(c, "local")), texts(c.facts)


def test_a_few_words_of_a_quotation_naming_and_counting_nothing_are_no_claim_alone() -> None:
    c = event(
        wire="The ferry caught fire off Northgate on Monday. All 40 passengers were rescued.",
        local="The ferry caught fire off Northgate on Monday. All 40 passengers were rescued. "
        '"Smoke filled the deck within a minute, and the crew shouted at us to jump. '
        'It was chaos."',
    )
    listed = texts(unique(c, "local"))
    assert not [t for t in listed if t.startswith("It was chaos")], listed
    # ... the quotation it ends is listed, with the aside beside it in the article.
    assert any(t.startswith('"Smoke filled the deck') for t in listed), listed


def test_a_quotation_going_on_over_sentences_only_one_outlet_gives_is_one_claim() -> None:
    quote = (
        "Harbour master Ann Lee said: “We saw the smoke from the quay and ran to the boats. "
        "I have never seen a fire spread so fast in thirty years at sea. "
        "Every one of the crew will get a medal from the town.”"
    )
    c = event(
        wire="The ferry caught fire off Northgate on Monday. All 40 passengers were rescued. "
        + quote,
        local="The ferry caught fire off Northgate on Monday. All 40 passengers were rescued.",
    )
    assert texts(unique(c, "wire", "claim")) == [quote]


def test_two_figures_whose_to_fell_out_are_the_score_another_outlet_writes_out() -> None:
    said = "The prime minister won the confidence vote by {} on Wednesday. She stays."
    assert details_of(pair(said, "325 votes to 306", "325 306"), "local") == []


def test_the_tories_are_the_conservatives() -> None:
    tory, tories = (
        tokenize("Rebel Tory MPs and Tories")[1],
        tokenize("Rebel Tory MPs and Tories")[4],
    )
    conservative = tokenize("Rebel Conservative MPs")[1]
    assert tory.stem == tories.stem == conservative.stem


@pytest.mark.parametrize(
    ("wire", "local"),
    [
        # A limit and a demand are not the sentence, nor each other.
        (
            "The founder faces a maximum sentence of 20 years in prison for the fraud.",
            "Prosecutors asked for a sentence of 15 years in prison for the fraud.",
        ),
        # The time since a verdict is not how long the trial lasted.
        (
            "The sentence comes 10 months after a jury found her guilty of fraud.",
            "A jury found her guilty of fraud after a three-month trial.",
        ),
        # A storm's pace is not its winds' speed.
        (
            "The storm was moving to the northwest at 9 mph.",
            "The storm's sustained winds are 85 mph as it moves towards the coast.",
        ),
        # A time of day is no price.
        (
            "Data received around 11 a.m. in New York showed the stock quoted at pennies "
            "after being priced at $16.",
            "After opening at $15.25, below the float price of $16, the shares collapsed to "
            "just pennies.",
        ),
    ],
)
def test_figures_in_different_roles_are_no_conflict(wire: str, local: str) -> None:
    c = event(wire=f"{wire} The hearing ended.", local=f"{local} The hearing ended.")
    assert [f.text for f in c.facts if f.kind == "conflict"] == []
    # ... while two sentences handed down still dispute each other.
    said = "She was sentenced to {} years in prison for the fraud. The hearing ended."
    c = event(wire=said.format(11), local=said.format(12))
    assert [f.text for f in c.facts if f.kind == "conflict"] == ["11 / 12"]


def test_a_country_after_the_city_at_the_end_of_a_longer_name_is_no_detail() -> None:
    said = "Madrid won the final at the Olympic Stadium in Kiev{} on Saturday. Bale scored twice."
    assert details_of(pair(said, "", ", Ukraine,"), "local") == []


def test_the_goals_a_score_adds_up_to_are_no_detail() -> None:
    c = event(
        wire="Madrid beat Liverpool 3-1 in the final on Saturday.",
        local="Madrid beat Liverpool 3-1 in the final on Saturday, all four goals in Kiev.",
    )
    assert not any("four goals" in d for d in details_of(c, "local")), texts(c.facts)
    c = event(
        wire="Madrid beat Liverpool 3-1 in the final on Saturday.",
        local="Madrid beat Liverpool 3-1 in the final on Saturday, with five goals disallowed.",
    )
    assert any("five goals" in d for d in details_of(c, "local")), texts(c.facts)


def test_a_lone_age_is_shown_with_whose_age_it_is() -> None:
    said = "{}hanged himself in his jail cell a month after his arrest. The trial went on."
    assert details_of(pair(said, "Epstein ", "Epstein, 66, "), "local") == ["Epstein, 66"]


def test_a_lone_position_is_shown_with_what_it_is_a_position_in() -> None:
    said = "Madrid won a third title in a row{} on Saturday. Bale scored in the last five years."
    found = details_of(pair(said, "", ", the fourth in the last five years,"), "local")
    assert found == ["the fourth in the last five years"], found


def test_a_part_of_a_shared_sentence_told_in_words_no_one_else_uses_is_a_detail() -> None:
    # Neither a name nor a number: what the local paper adds is a reason, in plain words.
    c = event(
        wire="The crew were moved to the harbour twice before the ferry was towed away. "
        "The operator thanked the coastguard.",
        local="The crew were moved to the harbour twice before the ferry was towed away, "
        "owing to worsening weather conditions along the exposed northern stretch of coast. "
        "The operator thanked the coastguard.",
    )
    assert details_of(c, "local") == [
        "owing to worsening weather conditions along the exposed northern stretch of coast"
    ], texts(c.facts)
    # A few plain words are as often the others' claim retold as news: no detail.
    c = event(
        wire="The crew were moved to the harbour twice before the ferry was towed away. "
        "The operator thanked the coastguard.",
        local="The crew were moved to the harbour twice before the ferry was towed away, "
        "owing to worsening weather. The operator thanked the coastguard.",
    )
    assert details_of(c, "local") == [], texts(c.facts)
    # ... unless they count something, if roughly.
    c = event(
        wire="The storm hit the coast overnight. The operator thanked the coastguard.",
        local="The storm hit the coast overnight, cutting power to thousands of homes. "
        "The operator thanked the coastguard.",
    )
    assert details_of(c, "local") == ["cutting power to thousands of homes"], texts(c.facts)
    # ... but the sentence's first part is the claim others retell in their own words.
    c = event(
        wire="Rovers won the cup for a third year running, beating Ashby 2-1.",
        local="Rovers secured a third successive trophy, beating Ashby 2-1.",
    )
    assert details_of(c, "local") == [], texts(c.facts)


@pytest.mark.parametrize(
    ("wire", "local", "details"),
    [
        # the part of the day another outlet gives, in other words: no detail
        (
            "A huge slide crashed down on the village of Xinmo, in Sichuan province, early "
            "Saturday.",
            "A huge slide crashed down on the village of Xinmo, in mountainous Sichuan "
            "province, as dawn broke on Saturday.",
            [],
        ),
        # a time of day outside it: a detail
        (
            "The slide buried 62 homes in the village as dawn broke on Saturday.",
            "The slide buried 62 homes in the village at 6pm on Saturday.",
            ["at 6pm"],
        ),
    ],
)
def test_a_time_of_day_is_a_detail_only_outside_the_part_of_the_day_others_give(
    wire: str, local: str, details: list[str]
) -> None:
    assert details_of(event(wire=wire, local=local), "local") == details


def test_a_rates_period_is_no_detail_without_its_figure() -> None:
    # Both give the 20 million; "a day" alone is nothing a reader can take in ...
    c = pair(
        "The line, which carries 20 million passengers{}, reopened on Monday. Trains ran late.",
        "",
        " a day",
    )
    assert details_of(c, "local") == []
    # ... but with a figure only one outlet gives, the rate is part of its detail.
    c = pair(
        "The line, which carries {}, reopened on Monday. Trains ran late.",
        "commuters",
        "20 million passengers a day",
    )
    assert any("20 million" in d for d in details_of(c, "local")), details_of(c, "local")


def test_a_part_of_a_claim_cut_off_where_the_page_stopped_is_no_detail() -> None:
    c = pair(
        "The landslide buried 62 homes in the village of Xinmo on Saturday{}",
        ".",
        ", when it slid down from steep m",
    )
    assert not any("steep" in d for d in details_of(c, "local")), details_of(c, "local")


def test_a_day_after_a_day_named_is_no_detail() -> None:
    c = pair(
        "Investigators determined {}that oil reached the sea. The beach was closed.",
        "on Wednesday ",
        "Wednesday, a day after the pipeline break, ",
    )
    assert not any("a day" in d for d in details_of(c, "local")), details_of(c, "local")
    # ... written "one day", as AP writes it ...
    c = pair(
        "Rescuers searched for survivors {}a quake killed 126 people. Tents arrived.",
        "on Wednesday after ",
        "Wednesday, one day after ",
    )
    assert not any("one day" in d for d in details_of(c, "local")), details_of(c, "local")
    # ... or with the day named by the other outlet only: "killed a day after the rains".
    c = event(
        wire="The rains began on Friday. On Saturday landslides killed 19 people in Kerala.",
        local="The rains began on Friday. At least 19 people were killed a day after the rains "
        "in Kerala.",
    )
    assert not any("a day" in d for d in details_of(c, "local")), details_of(c, "local")


def test_a_level_score_told_by_its_one_figure_is_no_detail() -> None:
    c = pair(
        "Irving hit a 3-pointer to break {} with 53 seconds left. Cleveland won 93-89.",
        "the tie at 89",
        "an 89-89 tie",
    )
    assert details_of(c, "local") == [] and details_of(c, "wire") == []


def test_one_distance_in_one_unit_written_two_ways_is_the_claim_told_again() -> None:
    c = event(
        wire="The volcano erupted on Saturday. People should stay at least 5 kilometers (3.1 "
        "miles) away from the crater's mouth, the agency said.",
        local="The volcano erupted on Saturday. Officials set up a restricted zone within 5km "
        "from the crater.",
    )
    assert not any("restricted zone" in t for t in texts(unique(c, "local"))), texts(c.facts)


def test_several_hundred_is_the_hundreds_another_outlet_gives() -> None:
    c = event(
        wire="The volcano erupted on Saturday. Hundreds of people were moved to shelters.",
        local="The volcano erupted on Saturday. Several hundred people have been moved to "
        "shelters.",
    )
    assert not [d for d in details_of(c, "local") if "hundred" in d], texts(c.facts)


def test_a_place_under_its_old_name_is_the_place_another_outlet_names() -> None:
    c = event(
        wire="The cyclone hit Odisha on Saturday. A 1999 cyclone killed 10,000 people there.",
        local="The cyclone hit Odisha on Saturday. The 1999 Orissa cyclone killed 10,000 people.",
    )
    assert not [d for d in details_of(c, "local") if "Orissa" in d], texts(c.facts)


def test_the_writers_own_question_is_no_claim_of_its_own() -> None:
    question = "Was this the signal that the champion would roll over meekly?"
    c = event(
        wire="The champion lost the first set. He came back to win the match.",
        local=f"The champion lost the first set. {question} He came back to win the match.",
    )
    assert question not in texts(unique(c, "local")), texts(c.facts)


def test_a_short_lead_in_to_a_list_is_no_claim_of_its_own() -> None:
    c = event(
        wire="Three crews were shortlisted for the prize on Monday.",
        local="Three crews were shortlisted for the prize on Monday. They were:\n\n"
        "Northgate Pilots – Tide Runner\n\nEstuary Tugs – Harbour Queen",
    )
    assert "They were:" not in texts(unique(c, "local")), texts(c.facts)
    assert "Northgate Pilots – Tide Runner" in texts(unique(c, "local")), texts(c.facts)


def test_an_institution_named_with_its_kind_is_the_one_another_outlet_names() -> None:
    c = event(
        wire="The pianist, who studied music at Goldsmiths, won the prize on Monday.",
        local="The pianist, who studied music at Goldsmiths University, won the prize on Monday.",
    )
    assert not [d for d in details_of(c, "local") if "University" in d], texts(c.facts)


def test_runs_and_wickets_either_way_round_are_one_score() -> None:
    c = event(
        wire="England declared their first innings on 435-8, then bowled New Zealand out.",
        local="England declared at 8-435, before bowling New Zealand out.",
    )
    assert not [d for d in details_of(c, "local") if "435" in d], texts(c.facts)


def test_the_articles_cut_off_last_words_give_no_detail() -> None:
    c = event(
        wire="The grocer's profit fell on Friday. It opened new stores this year.",
        local="The grocer's profit fell on Friday. The group has 15 stores now open, w",
    )
    assert not [d for d in details_of(c, "local") if "15" in d], texts(c.facts)


def test_a_short_surname_a_letter_apart_after_the_same_first_name_is_one_name() -> None:
    c = event(
        wire="The shortlist included the youngest nominee, Jake Bugg, and Laura Marling.",
        local="Other nominees included Jake Bug and Laura Marling.",
    )
    assert not [d for d in details_of(c, "local") if "Bug" in d], texts(c.facts)


def test_the_scale_a_magnitude_is_told_on_and_the_platform_a_tribute_went_to_are_no_details() -> (
    None
):
    c = event(
        wire="A magnitude 6.6 earthquake struck Doti on Wednesday. Fans tweeted tributes.",
        local="A 6.3 earthquake on the Richter scale struck Doti on Wednesday. Fans took to "
        "Twitter to pay tribute.",
    )
    details = details_of(c, "local")
    assert not [d for d in details if "Richter" in d or "Twitter" in d], texts(c.facts)
    # ... however the scale is written: "5.6 on the Richter Scale".
    c = event(
        wire="A magnitude 6.6 earthquake struck Doti on Wednesday.",
        local="A 6.6 earthquake on the Richter Scale struck Doti on Wednesday.",
    )
    assert not [d for d in details_of(c, "local") if "Scale" in d], texts(c.facts)


def test_wisc_is_wisconsin() -> None:
    c = event(
        wire="The victim was a senior from Wisconsin, police said on Tuesday.",
        local="The victim was a senior from West End, Wisc., police said on Tuesday.",
    )
    assert not [d for d in details_of(c, "local") if "Wisc" in d], texts(c.facts)


def test_a_month_given_with_last_year_is_the_month_another_outlet_calls_last() -> None:
    c = event(
        wire="It was the first defeat since Ann Lee won in Pelion last September.",
        local="It was the first defeat since Ann Lee won in Pelion in September last year.",
        published="2024-05-06",
    )
    assert details_of(c, "local") == [], texts(c.facts)


def test_a_call_on_god_in_a_quotation_is_no_detail() -> None:
    c = event(
        wire='"You killed my brother," the woman shouted at the officers.',
        local='"Oh my God, you killed my brother," the woman shouted at the officers.',
    )
    assert "God" not in details_of(c, "local"), texts(c.facts)
    c = event(
        wire='"If they have their dollars, we have our people," he told a rally.',
        local='"If they have their dollars, we have our people, our Allah," he told a rally.',
    )
    assert "Allah" not in " ".join(details_of(c, "local")), texts(c.facts)


@pytest.mark.parametrize(
    ("wire", "local"),
    [
        (
            "Hundreds of thousands of people marched through the capital on Saturday.",
            "Several hundred thousand people marched through the capital on Saturday.",
        ),
        (
            "The old chapel was demolished in the 16th century and forgotten.",
            "The old chapel was demolished in the 1500s and forgotten.",
        ),
        (
            "The storm made landfall with winds of 150 mph on Monday.",
            "The storm made landfall with winds of 240kmph on Monday.",
        ),
        (
            "Ann Lee took over from Tom Hart last May on a six-year contract.",
            "Ann Lee took over from Tom Hart in May of last year on a six-year contract.",
        ),
    ],
)
def test_a_rough_figure_a_century_or_a_month_told_another_way_is_no_detail(
    wire: str, local: str
) -> None:
    c = event(wire=wire, local=local, published="2014-04-22")
    assert details_of(c, "local") == [], texts(c.facts)


def test_an_altitude_in_feet_is_the_altitude_another_outlet_gives_in_metres() -> None:
    c = event(
        wire="The flight hit severe turbulence. The jolt came at an altitude of 11,000 metres.",
        local="The flight hit severe turbulence. According to the weather service, the jolt "
        "came at around 36,000 feet.",
    )
    assert unique(c, "local", "claim") == [], texts(c.facts)


def test_a_name_joined_by_an_ampersand_is_one_detail() -> None:
    c = event(
        wire="The insurer bought the Waldorf hotel in 2014, its chairman said on Monday.",
        local="The insurer bought the Waldorf hotel in 2014 and Strategic Hotels & Resorts in "
        "2016, its chairman said on Monday.",
    )
    details = details_of(c, "local")
    assert any("Strategic Hotels & Resorts" in d for d in details), details
    assert "Resorts" not in details


def test_a_degree_and_a_town_joined_by_upon_are_no_details_of_their_own() -> None:
    c = event(
        wire="The ferry sank off Northgate on Monday, the coastguard said.",
        local="The ferry sank off Northgate on Monday, said Ann Lee, Ph.D., of the coastguard "
        "in Kingston upon Thames.",
    )
    details = details_of(c, "local")
    assert not {"Ph", "D", "Thames"} & set(details), details
    assert any("Kingston upon Thames" in d for d in details), details


KORA = {
    "wire": "Cyclone Kora crossed the Kelby coast around midnight Thursday local time with "
    "record winds. It weakened to a category three system about 6.30am on Friday.",
    "local": "Cyclone Kora hit the Kelby coast as a category five storm. The cyclone made "
    "landfall just after 12:00am AWST and weakened to a category three system just before "
    "4:00am.",
}


def test_midnight_in_figures_and_a_zone_are_no_detail_when_another_says_midnight() -> None:
    told = details_of(event(**KORA), "local")
    assert not [d for d in told if "12:00am" in d or "AWST" in d], told


def test_a_figure_that_ranks_is_shown_with_its_rank() -> None:
    assert "a category five storm" in details_of(event(**KORA), "local")


def test_a_temperature_in_the_other_scale_is_no_detail() -> None:
    c = event(
        wire="Kawauchi won the Boston Marathon in cold rain on Monday. When the race began, the "
        "temperature was 38 degrees Fahrenheit.",
        local="Kawauchi won the Boston Marathon in cold rain at 3.3°C on Monday.",
    )
    assert not any("3.3" in d for d in details_of(c, "local")), texts(c.facts)


def test_a_bowlers_figures_as_a_score_are_the_wickets_and_runs_another_gives() -> None:
    c = event(
        wire="India won the fifth Test by six runs on Monday. Siraj claimed five wickets for 104 "
        "runs in the second innings.",
        local="India won the fifth Test by six runs on Monday, with Siraj taking 5-104.",
    )
    assert not any("5-104" in d for d in details_of(c, "local")), texts(c.facts)


def test_a_temperature_no_conversion_makes_of_the_other_is_a_detail() -> None:
    c = pair(
        "Runners set off in rain on Monday. {}",
        "The coldest start in 30 years came at 38 degrees Fahrenheit.",
        "The coldest start in 30 years came at 9C.",
    )
    assert "9C" in " ".join(details_of(c, "local")) or c.conflicts, texts(c.facts)


def test_a_storms_category_cut_short_is_the_category_another_gives() -> None:
    c = pair(
        "Hurricane Kora made landfall with 155 mph winds on the coast, {}.",
        "just shy of Category 5 status",
        "just short of a Cat 5 storm",
    )
    assert details_of(c, "local") == [], texts(c.facts)


def test_a_score_after_a_name_is_no_part_of_the_name_but_a_models_number_is() -> None:
    c = pair(
        "Pennetta reached the final on Friday. {}",
        "She routed second seed Simona Halep 6-1 6-3 in the semi-final.",
        "She routed second seed Simona Halep of Romania 6-1 6-3 in the semi-final.",
    )
    told = details_of(c, "local")
    assert told and not any("6-1" in d for d in told), told
    c = pair(
        "The airline took delivery on Friday. {}",
        "It flew its first jet from Seattle.",
        "It flew its first Boeing 737-800 from Seattle.",
    )
    assert any("737-800" in d for d in details_of(c, "local")), texts(c.facts)


def test_a_day_of_the_month_told_alone_is_the_date_another_outlet_names() -> None:
    c = pair(
        "The plane landed at Muan airport {}. It carried 181 people.",
        "at 9:03 a.m. on March 12",
        "at 9:03 a.m. of the 12th",
    )
    assert not any("12th" in d for d in details_of(c, "local")), details_of(c, "local")
    # ... but another day of the month is news.
    c = pair(
        "The plane landed at Muan airport {}. It carried 181 people.",
        "at 9:03 a.m. on March 12",
        "at 9:03 a.m. of the 11th",
    )
    assert any("11th" in d for d in details_of(c, "local")), details_of(c, "local")


def test_a_claim_set_in_the_year_it_is_written_is_told_without_the_year() -> None:
    c = event(
        wire="Sinner beat Fritz 6-3, 6-4, 7-5 in the final on Sunday. The top-ranked Italian "
        "improved to 55-5, with six titles and two Grand Slam triumphs this season.",
        local="Sinner beat Fritz 6-3, 6-4, 7-5 in the final on Sunday. He has now racked up a "
        "remarkable 55-5 record in 2026.",
    )
    assert not unique(c, "local", "claim"), texts(unique(c, "local"))


def test_a_week_ago_is_the_last_week_another_outlet_gives() -> None:
    c = pair(
        "Lord Frost resigned on Saturday. He had handed the prime minister his resignation {}.",
        "last week",
        "a week ago",
    )
    assert not any("week" in d for d in details_of(c, "local")), details_of(c, "local")


def test_a_day_set_against_a_name_is_no_conflict_over_a_name() -> None:
    c = pair(
        "The bank cut its cash rate to 4.10%. {} decision was in line with market "
        "expectations, with bonds rallying in recent weeks.",
        "The Reserve Bank's",
        "The Tuesday",
    )
    assert [f.text for f in c.facts if f.kind == "conflict"] == [], texts(c.facts)


@pytest.mark.parametrize(
    ("wire", "local"), [("MPs", "Parliament"), ("the Tories", "the Conservatives")]
)
def test_a_body_by_its_other_name_is_no_conflict_over_a_name(wire: str, local: str) -> None:
    c = pair(
        "Rescue teams worked. The chancellor said growth would reach 2%, he told {}.", wire, local
    )
    assert [f.text for f in c.facts if f.kind == "conflict"] == [], texts(c.facts)


def test_two_precise_figures_a_rounding_apart_are_one_figure() -> None:
    close = "Stocks plunged on Monday as the virus spread. The blue-chip index ended at {}."
    c = event(
        wire="Stocks plunged on Monday as the virus spread. The Dow lost 2,997 points, "
        "finishing the day at 20,186.",
        local=close.format("20,188.52"),
    )
    assert not any("20,1" in d for d in details_of(c, "local") + details_of(c, "wire"))
    # ... but a tenth of a per cent apart they are two.
    c = event(
        wire="Stocks plunged on Monday as the virus spread. The Dow lost 2,997 points, "
        "finishing the day at 20,186.",
        local=close.format("20,206.52"),
    )
    assert any("20,206" in d for d in details_of(c, "local")), texts(c.facts)


def test_a_range_of_sums_in_one_countrys_dollars_is_one_detail() -> None:
    c = event(
        wire="Estuary Ferries opened at $182 on its first day of trading on Wednesday.",
        local="Estuary Ferries opened at $US182 on Wednesday, more than double the $US75 to "
        "$US85 range it had expected.",
    )
    assert "the $US75 to $US85 range" in details_of(c, "local"), texts(c.facts)


def test_a_measure_set_as_one_word_keeps_its_noun_in_ing() -> None:
    c = event(
        wire="Northgate and Eastport made their final pitches to the council on Monday.",
        local="In a nine-hour meeting, Northgate and Eastport made their final pitches to the "
        "council on Monday.",
    )
    assert "In a nine-hour meeting" in details_of(c, "local"), texts(c.facts)


@pytest.mark.parametrize("sum_", ["US $12.7 billion", "US$ 12.7 billion"])
def test_the_dollar_named_apart_from_its_sign_is_no_name(sum_: str) -> None:
    c = pair("Harbourline will invest {} in new data centres by 2030.", "$12.7 billion", sum_)
    assert details_of(c, "local") == [] and details_of(c, "wire") == []


def test_a_day_of_the_month_after_its_weekday_is_the_date_another_outlet_gives() -> None:
    rest = " Crews Hill is among the twelve sites."
    articles = (
        Article(
            "local",
            "Local",
            "l",
            "The sites were named today (Sunday 28th)." + rest,
            published="2026-06-28",
        ),
        Article(
            "trade",
            "Trade",
            "t",
            "The sites were named yesterday (28 June 2026)." + rest,
            published="2026-06-29",
        ),
    )
    c = compare(Event("e", "E", articles))
    assert details_of(c, "local") == [] and details_of(c, "trade") == []


@pytest.mark.parametrize(
    ("wire", "local"),
    [
        ("in 2024/25", "in the year to March 2025"),
        ("in 2024-25", "in the year ending March 2025"),
        # ... and a house of parliament by its short name
        (
            "in the year to March 2025, Ann Lee told the House of Commons",
            "in 2025, Ann Lee told the Commons",
        ),
    ],
)
def test_a_period_named_another_way_is_no_detail(wire: str, local: str) -> None:
    c = pair("Ferry crossings fell to 4,210 {}. The operator blamed strikes.", wire, local)
    assert details_of(c, "wire") == []


@pytest.mark.parametrize(
    ("wire", "local"),
    [
        # a share told as a count out of a count
        ("Nine out of 10 members who voted backed the strike", "Some 90% of members who voted"),
        ("One in five members who voted backed the strike", "A fifth of members who voted"),
        # a time of day on the 24-hour clock, its unit glued on
        ("The vote closed at 1545hrs local time", "The vote closed at 3:45pm local time"),
        # ... or as a decimal, its "a.m." left out
        ("The vote closed around 7.30 on Wednesday", "The vote closed at 7:30 a.m. on Wednesday"),
        # a currency by whose it is, another outlet naming it alone
        ("The pound fell against the US dollar", "The pound fell against the dollar"),
    ],
)
def test_a_figure_written_another_way_is_no_detail(wire: str, local: str) -> None:
    c = pair("{}, union leader Ann Lee said. The strike starts on Monday.", wire, local)
    assert details_of(c, "wire") == [] and details_of(c, "local") == []


def test_a_figure_given_to_fewer_digits_tells_the_claim() -> None:
    c = event(
        wire="The turnout among support staff was 46%, the union said on Monday. "
        "The strike starts in Northgate on Wednesday.",
        local="Turnout in that ballot was 46.46 per cent, with 84.13 per cent in favour. "
        "The strike starts in Northgate on Wednesday.",
    )
    assert unique(c, "wire", "claim") == []


def test_a_person_named_after_a_body_others_name_is_a_detail() -> None:
    # "..., Professor Ann Lee," is who spoke, not where the ministry lies.
    c = event(
        wire="Meanwhile, the secretary to the Ministry of Energy, Professor Ann Lee, confirmed "
        "that the outage was caused by a fault in the grid. Power returned on Monday.",
        local="The Ministry of Energy confirmed that the outage was caused by a fault in the "
        "grid. Power returned on Monday.",
    )
    assert any("Ann Lee" in d for d in details_of(c, "wire"))


def test_a_date_in_another_month_is_a_detail_though_its_day_is_told() -> None:
    # "9 February" is the day of the event; "Dec. 9, 2023" the day of the last outage.
    c = event(
        wire="The last outage, which took about six hours to restore, happened on Dec. 9, "
        "2023. The island has 22 million people.",
        local="Power failed across the island on Sunday 9 February, officials said. The last "
        "outage, in 2023, took about six hours to restore. The island has 22 million people.",
    )
    assert any("Dec. 9" in d for d in details_of(c, "wire"))


def test_a_score_told_from_the_losers_side_with_colons_is_the_score_others_give() -> None:
    c = pair(
        "Ann Lee lost to Jo Bloggs {} in the second round on Thursday. The crowd was stunned.",
        "1:6, 5:7, 4:6",
        "6-1 7-5 6-4",
    )
    assert unique(c, "wire") == [] and unique(c, "local") == []


def test_a_quotation_that_is_most_of_a_shared_sentence_is_shown_for_the_part_no_one_tells() -> None:
    said = "The council approved the new bridge over the estuary on Monday. {} Work starts soon."
    quoted = (
        '"The bridge will open to traffic in May, and we hope it will finally bring the two '
        'towns closer together," the mayor said.'
    )
    wire = "The mayor said the bridge would open to traffic in May."
    assert details_of(pair(said, wire, quoted), "local") == [
        "The bridge will open to traffic in May, and we hope it will finally bring the two towns "
        "closer together"
    ]
    # ... but a quotation whose every part the other outlet tells is that outlet's claim too.
    wire = (
        "The mayor said the bridge would open to traffic in May and would finally bring the "
        "two towns closer together."
    )
    assert details_of(pair(said, wire, quoted), "local") == []


def test_the_digits_of_a_code_tell_no_figure_of_the_same_value() -> None:
    c = event(
        wire="Police found a 3D-printed gun in his bag, officers said. He was held overnight.",
        local="Police found a 3D-printed gun and a three-page note in his bag, officers said. "
        "He was held overnight.",
    )
    assert "a three-page note" in details_of(c, "local"), details_of(c, "local")


def test_a_range_converted_in_brackets_is_no_detail() -> None:
    c = event(
        wire="The lynx weighs 20 to 25 pounds, keepers said. It was found on Friday.",
        local="The lynx weighs 20-25 pounds (9-11 kilograms), keepers said. It was found on "
        "Friday.",
    )
    assert details_of(c, "local") == []


def test_a_range_of_weights_is_no_score() -> None:
    # "20-25 pounds" ends on the "25 pounds" another outlet gives, as "aged 5-36 months" does.
    c = event(
        wire="The lynx, which weighs about 25 pounds, was found on Friday. Keepers were relieved.",
        local="The lynx, which weighs 20-25 pounds, was found on Friday. Keepers were relieved.",
    )
    assert details_of(c, "local") == []


def test_a_new_name_listed_after_whole_names_another_outlet_gives_stands_alone() -> None:
    said = "The jury prize went to {}, the festival said. The gala ended at midnight."
    c = pair(said, "directors Ann Lee and Jo Bloggs", "directors Ann Lee and Jo Bloggs and Estuary")
    assert details_of(c, "local") == ["Estuary"]
