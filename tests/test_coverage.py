"""Claim units and coverage: whether each other source reports a sentence, called with strings."""

from __future__ import annotations

import pytest

from sitegen.engine.comparison import compare
from sitegen.engine.coverage import cover
from sitegen.engine.evidence import Claim, Source, rounds_to
from sitegen.engine.model import Article, Event
from sitegen.engine.segment import from_sentences, segment
from sitegen.engine.similarity import profiles, similarity
from sitegen.engine.text import tokenize
from sitegen.engine.units import claim_units


def units(sentence: str) -> list[str]:
    return [u.text for u in claim_units(sentence, tokenize(sentence))]


def test_a_compound_sentence_is_cut_into_the_claims_it_makes() -> None:
    assert units(
        "Voss, a former intensive care nurse who has sat on the city council since 2019, "
        "promised to freeze bus fares for two years."
    ) == [
        "Voss, a former intensive care nurse",
        "who has sat on the city council since 2019",
        "promised to freeze bus fares for two years",
    ]
    assert units(
        "Tobias Wrenfield has stepped down from the cabinet, becoming the third minister "
        "to quit this year."
    ) == [
        "Tobias Wrenfield has stepped down from the cabinet",
        "becoming the third minister to quit this year",
    ]


def test_a_share_of_the_subject_set_off_by_commas_is_a_claim_of_its_own() -> None:
    assert units(
        "The rescued crew, some carrying their children, were brought ashore before dawn."
    ) == [
        "The rescued crew",
        "some carrying their children",
        "were brought ashore before dawn",
    ]
    assert units("The 140 workers, many of them from nearby villages, were sent home.") == [
        "The 140 workers",
        "many of them from nearby villages",
        "were sent home",
    ]


def test_a_relative_clause_takes_its_preposition_with_it() -> None:
    # Never "a day of talks in" as a detail: "in which" opens the clause.
    assert units(
        "The mayor resigned on Sunday, ending a day of talks in which two councillors quit."
    ) == [
        "The mayor resigned on Sunday",
        "ending a day of talks",
        "in which two councillors quit",
    ]
    # ... and its share: "of which caused injuries" would say the opposite of "none of which".
    assert units("Crews fought three fires at the quay, none of which caused injuries.") == [
        "Crews fought three fires at the quay",
        "none of which caused injuries",
    ]


def test_and_cuts_a_clause_with_its_own_verb_but_not_two_nouns() -> None:
    assert units("Four people died at the scene and the fifth died later in hospital.") == [
        "Four people died at the scene",
        "and the fifth died later in hospital",
    ]
    assert units("Nine climbers were killed and 14 are still missing on the ridge.") == [
        "Nine climbers were killed",
        "and 14 are still missing on the ridge",
    ]
    assert units("The gunman shot three guards and wounded two visitors in the hall.") == [
        "The gunman shot three guards",
        "and wounded two visitors in the hall",
    ]
    assert units("The mayor and the police chief visited the flooded streets on Monday.") == [
        "The mayor and the police chief visited the flooded streets on Monday"
    ]


def test_an_attribution_stays_with_its_claim() -> None:
    assert units("Five people were killed when the coach left the road, police said.") == [
        "Five people were killed when the coach left the road, police said"
    ]


def test_every_token_is_in_exactly_one_unit() -> None:
    sentence = (
        'The bank raised rates to 4.1%; "the job is not done," the governor said, '
        "adding that wages were rising (fast) — and prices too."
    )
    found = claim_units(sentence, tokenize(sentence))
    covered = [k for u in found for k in range(u.start, u.end)]
    assert covered == list(range(len(tokenize(sentence))))


def verdicts(mine: list[str], theirs: list[str]) -> list[str]:
    docs = {"mine": from_sentences(mine), "theirs": from_sentences(theirs)}
    found = cover(docs)
    return [found["mine", i]["theirs"].verdict for i in range(len(mine))]


def test_a_claim_told_in_two_sentences_elsewhere_is_reported() -> None:
    assert verdicts(
        [
            "The fire destroyed the timber yard on Kelby Road, and police closed the road "
            "to traffic overnight.",
        ],
        [
            "Police closed Kelby Road to traffic overnight.",
            "A fire destroyed the timber yard there.",
        ],
    ) == ["reported"]


def test_a_sentence_others_report_only_in_part_is_partly_reported() -> None:
    assert verdicts(
        [
            "Wrenfield resigned from the cabinet on Thursday, and his wife sold her shares "
            "in Corvane Rail the same afternoon.",
        ],
        ["Transport minister Tobias Wrenfield resigned from the cabinet on Thursday."],
    ) == ["partly"]


def test_a_claim_no_one_else_makes_is_not_reported() -> None:
    assert verdicts(
        ["A vigil will be held at St Mary's Church on Thursday evening."],
        [
            "Two workers died when fire swept through the plant overnight.",
            "The cause of the fire is not yet known.",
        ],
    ) == ["not reported"]


def test_a_claim_set_decades_ago_is_another_event_however_alike_its_words() -> None:
    # The story's own crash killed 11 as well: the words and the figure meet, the year
    # says the claim is about another crash.  A recent year in a paraphrase is a detail.
    theirs = ["A skydiving plane crashed on Friday, killing all 11 people on board."]
    recalled = "In 1981, 11 people were killed when a twin-engine plane crashed."
    docs = {"mine": from_sentences([recalled], 2019), "theirs": from_sentences(theirs, 2019)}
    assert cover(docs)["mine", 0]["theirs"].verdict == "not reported"
    docs = {"mine": from_sentences([recalled], 1982), "theirs": from_sentences(theirs, 1982)}
    assert cover(docs)["mine", 0]["theirs"].verdict != "not reported"


def test_a_different_figure_for_the_same_thing_is_reported_not_new() -> None:
    # A conflict, not a claim only one outlet makes: the toll is reported by both.
    assert verdicts(
        ["Twelve people were taken to hospital after the crash."],
        ["Fifteen people were taken to hospital after the crash, police said."],
    ) == ["reported"]


def test_about_the_same_figure_for_the_same_thing_reports_a_claim_told_in_other_words() -> None:
    # Hardly a word in common but the count of collapsed buildings, about the same size.
    assert verdicts(
        [
            "With such a wide area hit and nearly 6,000 buildings collapsed in Turkey alone, "
            "rescue efforts were spread thin.",
        ],
        [
            "The agency's chief said 6,217 buildings have collapsed, while 15,384 people "
            "were injured.",
        ],
    ) != ["not reported"]


def test_a_large_amount_about_the_same_size_is_one_figure_in_other_words() -> None:
    assert verdicts(
        [
            "The Gazette understands the council has run up legal bills of £340,000 "
            "fighting the case."
        ],
        [
            "The council has spent more than £300,000 defending the policy, according to "
            "figures released under freedom of information laws.",
        ],
    ) != ["not reported"]


def test_a_price_told_roughly_is_the_exact_price_elsewhere() -> None:
    # A sum in one currency is one figure, however small: "$4,200" and "$4,295".
    assert verdicts(
        ["It costs more than $4,200."],
        ["Regulators pushed the firm to recall its $4,295 Tread+ treadmill last month."],
    ) != ["not reported"]
    # ... but the same number counting something else is not.
    assert verdicts(
        ["It costs more than $4,200."],
        ["Regulators said 4,295 people had complained about the treadmill."],
    ) == ["not reported"]


def test_a_high_rank_told_in_other_words_is_one_claim_but_a_minute_is_not() -> None:
    assert verdicts(
        ["She is ranked 73rd in the world."],
        [
            "The first final contested by two unseeded players was an unlikely match-up "
            "featuring a qualifier and little-known Fernandez, who was 73rd in the standings "
            "going into the tournament."
        ],
    ) != ["not reported"]
    # A low place recurs in one story for different things.
    assert verdicts(
        ["Ruiz, the 12th seed, lost in straight sets to the champion."],
        ["A late goal lifted the visitors to 12th in the table."],
    ) == ["not reported"]


def test_a_figure_orders_of_magnitude_apart_counts_something_else() -> None:
    # 10 candidates and 50 million doses share "vaccine", not a count: the candidates are
    # not reported, however the rest of the claim is.
    assert verdicts(
        [
            "Pfizer's shots are among 10 vaccine candidates undergoing late-stage trials around "
            "the world."
        ],
        [
            "Pfizer expects to supply up to 50 million vaccine doses this year.",
            "Its trials are late-stage and around the world.",
        ],
    ) != ["reported"]


def test_one_amount_in_two_units_is_one_figure_in_other_words() -> None:
    assert verdicts(
        ["Investigators determined that up to 397,000 litres may have leaked out."],
        ["As much as 105,000 gallons of crude may have spilled from the line, officials said."],
    ) != ["not reported"]
    # ... within a hedge's reach when one is hedged: 10 pounds is 4.5 kg.
    assert verdicts(
        ["The police chief said nine to 10 pounds of explosive material caused the blast."],
        ["The approximately 5kg of explosives were hidden in a fruit carton."],
    ) != ["not reported"]


def test_two_hedged_figures_a_fifth_apart_for_the_same_thing_are_one_claim() -> None:
    """Each outlet timed the meeting itself, and each says so: "roughly", "around"."""
    assert verdicts(
        [
            "The two leaders met alone, joined only by interpreters, for roughly 45 minutes "
            "before their delegations came in for a working lunch."
        ],
        ["The pair spoke with only interpreters present for around 38 minutes, officials said."],
    ) != ["not reported"]


@pytest.mark.parametrize(
    ("mine", "theirs"),
    [
        # Two tolls of one story, a fifth apart: the other killer's victims, not these.
        (
            "The count passed that of the Lakeside Strangler, jailed in 1988 for killing "
            "13 women and trying to kill seven more.",
            "Marlow was found guilty of killing 15 of his patients.",
        ),
        # A sum raised and a sum lost, an eighth apart: two facts of one bank.
        (
            "The bank will raise 5.5 billion euros of fresh capital from investors.",
            "A rogue trader's bets lost the bank 4.9 billion euros.",
        ),
        # Two moments of one afternoon: a meeting and a price.
        (
            "At 3:15 p.m. the finance minister briefed the prime minister on the situation.",
            "By 3:05 p.m. the index was back up to 61.8.",
        ),
    ],
    ids=["tolls", "sums", "times"],
)
def test_a_figure_only_roughly_alike_is_no_evidence_of_the_claim(mine: str, theirs: str) -> None:
    assert verdicts([mine], [theirs]) == ["not reported"]


def test_a_figure_alike_that_counts_something_else_is_no_evidence() -> None:
    assert verdicts(
        ["Nearly 6,000 fans watched the final at the riverside ground."],
        ["The agency said 6,217 buildings have collapsed across the province."],
    ) == ["not reported"]


@pytest.mark.parametrize(
    ("mine", "theirs"),
    [
        ("The assassins escaped.", "The attackers then fled the scene."),
        ("The Pacific Ashika sank in heavy seas.", "The Pacific Ashika capsized overnight."),
        (
            "They set off powerful fireworks as they waited for his anticipated return from "
            "military custody.",
            "Thousands thronged the streets outside the gates, singing the anthem and setting "
            "off firecrackers to celebrate his return.",
        ),
    ],
)
def test_words_news_copy_uses_for_one_thing_report_a_short_claim(mine: str, theirs: str) -> None:
    assert verdicts([mine], [theirs]) != ["not reported"]


def test_a_small_figure_to_its_decimal_reports_a_claim_told_in_other_words() -> None:
    quake = (
        "The devastating 6.7 magnitude quake struck at 5:28 a.m. local time, an hour that "
        "found almost all of the city's residents in their beds."
    )
    survey = "The United States Geological Survey put the magnitude at {}."
    assert verdicts([survey.format("6.7")], [quake]) != ["not reported"]
    # Another quake's magnitude, however near, is another claim.
    assert verdicts([survey.format("6.3")], [quake]) == ["not reported"]


def test_four_words_told_word_for_word_are_one_claim_however_little_else_is_shared() -> None:
    found = verdicts(
        [
            "By the time the winning runs came with five balls to spare, the noise from the "
            "packed stands matched the roar of the tied game against India last Sunday.",
        ],
        [
            "Ireland stunned England with a three-wicket win on Wednesday.",
            "A late run-out while scampering for a second in the penultimate over could not "
            "stop the Irish getting home with five balls to spare.",
        ],
    )
    assert found != ["not reported"]


def test_a_name_and_said_in_a_row_are_no_evidence_of_one_claim() -> None:
    assert verdicts(
        ["The Mines Inspectorate said it had sent a team of engineers to the site."],
        ["Chief inspector Ada Lund of the Mines Inspectorate said it was too early to tell."],
    ) == ["not reported"]


def test_the_events_own_phrase_told_in_many_sentences_is_no_evidence_of_one_claim() -> None:
    # "allowing crews to strike" is what the whole event is about; a sentence that uses it
    # to say something else is not reported by the others' sentences that use it too.
    assert (
        verdicts(
            [
                "The council passed a law on Tuesday allowing crews to strike from next June.",
                "The law listed the harm done by not allowing crews to strike and the gains of "
                "a change.",
            ],
            [
                "Northgate's council has ended the ban, allowing crews to strike from June, the "
                "mayor said.",
                "Unions that fought for years for allowing crews to strike welcomed the news.",
            ],
        )[1]
        == "not reported"
    )


def test_a_match_minute_is_no_evidence_of_another_moment() -> None:
    assert verdicts(
        ["Brown almost doubled the lead in the 82nd minute, hitting the post."],
        ["Rooney levelled from the spot in the 90th minute after a foul on Calvert-Lewin."],
    ) == ["not reported"]


def test_sentences_that_share_only_names_are_weakly_alike() -> None:
    docs = {
        "a": from_sentences(["Mayor Elena Alvarez opened the new library in Port Calder."]),
        "b": from_sentences(["Mayor Elena Alvarez was booed at a meeting in Port Calder."]),
    }
    weights = profiles(docs)
    same = {
        "a": from_sentences(["Mayor Elena Alvarez opened the new library in Port Calder."]),
        "b": from_sentences(["The new library in Port Calder was opened by the mayor."]),
    }
    same_weights = profiles(same)
    assert similarity(weights["a"][0], weights["b"][0]) < similarity(
        same_weights["a"][0], same_weights["b"][0]
    )


def test_five_words_of_one_quotation_are_one_claim_however_plain() -> None:
    """Outlets quote a speaker word for word, even where the words are all small ones."""
    assert verdicts(
        ['"It might not have been you," the judge responded.'],
        [
            "The hearing lasted less than an hour.",
            '"It might not have been you (who killed them).',
        ],
    ) != ["not reported"]


def test_a_quotation_every_outlet_carries_is_no_topic_phrase() -> None:
    """A statement quoted by several outlets is one claim told again and again, however
    often the event repeats its words: quoted in part, it is told by those who quote it
    whole."""
    statement = (
        '"While removing plastic from our baby wipes is a key part of our green plans and we '
        "sell plastic-free wipes in Britain already, we cannot adapt the production line at "
        "Northgate in time for the ban, and it is therefore no longer viable to keep the plant "
        'open," the company said.'
    )
    docs = {
        "mine": from_sentences(
            [
                "In a statement on Friday morning, the family-owned Estuary Mills group said its "
                'failure to meet the April deadline meant it was "no longer viable to keep the '
                'plant open".'
            ]
        )
    }
    for other in ("b", "c", "d"):
        docs[other] = from_sentences(["Jobs will go at Northgate.", statement])
    found = cover(docs)["mine", 0]
    assert {support.verdict for support in found.values()} == {"partly"}


def test_a_sentence_that_only_ends_a_quotation_finds_the_quotation_elsewhere() -> None:
    """'It's that simple."' closes a quotation that another outlet quotes whole."""
    found = verdicts(
        [
            "\u201cI know what this job takes, and I no longer have enough in the tank.",
            "It\u2019s that simple.\u201d",
        ],
        [
            "She said she no longer had enough in the tank to do it justice.",
            '"I no longer have enough in the tank to do it justice. It\'s that simple," she said.',
        ],
    )
    assert found[1] != "not reported", found


def test_the_same_small_words_outside_quotation_marks_are_no_evidence() -> None:
    assert verdicts(
        ["It might not have been the weather that delayed the ferry."],
        ["The harbour master said it might not have been safe to sail."],
    ) == ["not reported"]


def test_a_hindrance_denied_tells_the_deed_it_did_not_stop() -> None:
    """ "The cold didn't stop him from winning" says he won; it denies nothing another
    outlet tells."""
    assert verdicts(
        [
            "The cold, rain and wind didn't stop Yuki Kawauchi of Japan from winning the 2018 "
            "Boston Marathon on Monday."
        ],
        [
            "Yuki Kawauchi became the first Japanese runner in 31 years to win the Boston "
            "Marathon, after overtaking the defending champion in the last mile on Monday."
        ],
    ) != ["not reported"]


def test_a_denial_nearby_does_not_hide_the_sentence_that_tells_the_claim() -> None:
    """The most alike sentence denies; another, a little less alike, tells the claim."""
    docs = {
        "mine": from_sentences(
            [
                "It is the 12th increase in rates in 13 board meetings, with the bank "
                "tightening monetary policy at the fastest pace since the late 1980s."
            ]
        ),
        "theirs": from_sentences(
            [
                "The governor did not rule out further monetary policy tightening at coming "
                "board meetings.",
                "The latest increase is the 12th by the bank in just over a year.",
            ]
        ),
    }
    support = cover(docs)["mine", 0]["theirs"]
    assert support.verdict != "not reported"
    assert support.sentences == (1,)


def test_words_news_copy_uses_for_one_thing_tell_one_claim() -> None:
    """ "stole from clients to fund an addiction to painkillers" is "stealing from
    customers to finance an opioid addiction", in other words."""
    assert verdicts(
        [
            "During the trial, investigators revealed how the lawyer stole nearly $9m from "
            "clients to fund an addiction to painkillers."
        ],
        [
            "Prosecutors said he spent years stealing from his firm and its customers to "
            "finance a hidden opioid addiction."
        ],
    ) != ["not reported"]


def test_a_small_figure_alike_said_of_something_else_is_no_evidence() -> None:
    """Two ages of 29: alike by chance, one a man's and the other a model's."""
    assert verdicts(
        ["Pistorius, 29, dressed in a sober black jacket, stared straight ahead in court."],
        ["He shot the 29-year-old model through a locked bathroom door."],
    ) == ["not reported"]


def test_a_particular_figure_alike_is_evidence_whatever_the_words() -> None:
    assert verdicts(
        ["Ireland were struggling at 111 for five when O'Brien walked in."],
        ["O'Brien came in with the score 111-5 and the chase all but lost."],
    ) != ["not reported"]


def test_a_rail_crash_told_in_other_words_is_one_claim() -> None:
    """ "carriages" are "coaches", and an "accident" is a "crash"."""
    assert verdicts(
        ["It was very difficult to cut open the metal carriages after the accident, he said."],
        ["Workers used cutting torches to pull people from the mangled coaches at the crash site."],
    ) == ["reported"]


def test_a_sentence_sharing_only_the_topic_with_another_claims_counterpart_is_not_reported() -> (
    None
):
    # The other outlet's sentence is the counterpart of the council's claim; the
    # leader's words share its places, not its claim.
    council = (
        "The regional council said the Dalmore dam operator was responsible for flooding "
        "farmland in villages along the lower Tavy valley."
    )
    leader = (
        "Council leader Hana Ostrow said the clean-up was going to plan, with volunteers "
        "clearing mud from flooded homes in Tavy villages."
    )
    theirs = [
        "The council blamed the Dalmore dam operator for flooding farmland in villages "
        "along the lower Tavy valley.",
        "About 40 homes were evacuated.",
    ]
    night = "Emergency crews worked through the night to shore up the banks."
    assert verdicts([council, night, leader], theirs) == [
        "reported",
        "not reported",
        "not reported",
    ]
    # Right after it, the leader's sentence is still its own claim: alignment may link it as
    # the second half of one claim split in two, but no part of it is told there.
    assert verdicts([council, leader], theirs) == ["reported", "not reported"]


def test_a_span_of_minutes_about_the_same_length_is_one_figure_in_other_words() -> None:
    """ "For about 40 minutes" and "for around 42 minutes" time one meeting."""
    assert verdicts(
        ["Lee and Hart talked alone, with only interpreters, for about 40 minutes."],
        ["Both leaders spoke for around 42 minutes before the signing.", "Crowds waited outside."],
    ) == ["partly"]


def test_a_small_round_figure_alike_about_another_thing_reports_nothing() -> None:
    """Inflation "was 5%" is not the Fed raising rates "by 5%": a share alike, said of
    another thing, leaves the unit that gives it unreported."""
    docs = {
        "mine": from_sentences(
            [
                "The Fed raised its key rate again on Wednesday, and the annual inflation rate "
                "in March was 5%."
            ]
        ),
        "theirs": from_sentences(
            [
                "The Fed raised its key rate again on Wednesday.",
                "Crowds gathered outside.",
                "The Fed has raised interest rates by 5% in a little more than a year.",
            ]
        ),
    }
    support = cover(docs)["mine", 0]["theirs"]
    assert (support.verdict, support.units) == ("partly", (True, False))


def test_a_weak_likeness_to_a_sentence_another_of_mine_tells_better_is_no_evidence() -> None:
    """The other outlet's sentence is the counterpart of the clean-up claim: the quotation
    shares its speaker and its council, not its claim."""
    quote = (
        "“I think the council leader will be impressed by the volunteers,” Ostrow told reporters."
    )
    clean_up = "Ostrow said the clean-up of the Tavy homes was going better than she had hoped."
    night = "Emergency crews worked through the night to shore up the banks."
    theirs = [
        "Council leader Hana Ostrow said the clean-up of flooded homes was going better than "
        "expected."
    ]
    assert verdicts([quote, night, clean_up], theirs) == [
        "not reported",
        "not reported",
        "reported",
    ]


def test_a_small_count_alike_is_no_more_evidence_than_any_shared_word() -> None:
    """Stories are full of "two": two jerseys and two daughters are no claim in common."""
    jerseys = "He is the only player in league history to have two jerseys retired by one club."
    assert verdicts([jerseys], ["The two had four daughters together."]) == ["not reported"]
    # With what it counts, a small count still tells the claim.
    assert verdicts(
        ["Two climbers died on the north face on Sunday."], ["The avalanche killed 2 climbers."]
    ) == ["reported"]


def test_a_claim_whose_every_unit_one_sentence_tells_is_reported_however_else_they_differ() -> None:
    """The other sentence is about much else besides, so the two are not alike as wholes;
    but the one unit, its figure said of the same thing, is told there."""
    assert verdicts(
        ["It marks the 12th consecutive fare increase aimed at covering higher fuel costs."],
        [
            "The operator raised ferry fares by 4% on Wednesday, the 12th increase in just over "
            "three years, while crews held a vote on the new rota at the terminal."
        ],
    ) == ["reported"]


def test_a_set_and_its_tiebreak_are_one_claim_wherever_both_scores_stand_together() -> None:
    """The other sentence is more alike to another of mine, so only the scores tell."""
    mine = [
        "Okafor took the first set 7-6(5).",
        "Rain held up play for an hour.",
        "Winning the tiebreak was the key to her victory over the champion on a windy "
        "afternoon, Okafor said.",
    ]
    theirs = [
        "Winning the tiebreak was the key for Okafor in her 7-6 (7-5) 6-4 victory over the "
        "champion on a windy afternoon at the harbour stadium, where a sellout crowd of loyal "
        "fans sang her name long after the trophy presentation had ended."
    ]
    assert verdicts(mine, theirs)[0] == "reported"
    # One small score alone is no evidence: a match passes through many.
    mine[0] = "Okafor broke back to level at 3-3 in the second set."
    assert verdicts(mine, theirs)[0] == "not reported"


def test_a_count_in_the_next_clause_is_not_a_count_of_the_dead() -> None:
    # "eight are missing" is news beside "25 dead": the dead of the clause before are
    # not what the eight count, so the claim is not told whole.
    assert verdicts(
        ["Two adults died and eight are missing."],
        ["A number of the fatalities came at two schools, including 25 dead at one."],
    ) != ["reported"]
    assert verdicts(
        ["Two adults died and eight were killed later."],
        ["A number of the fatalities came at two schools, including 25 dead at one."],
    ) == ["reported"]


def test_a_figure_recommended_is_not_the_figure_handed_down() -> None:
    theirs = from_sentences(["She was sentenced to more than 11 years in federal prison."])

    def held(mine: str) -> tuple[bool, ...]:
        return cover({"mine": from_sentences([mine]), "theirs": theirs})["mine", 0]["theirs"].units

    # Another figure for the same thing is the claim, told differently (a conflict) ...
    assert held("The federal judge handed down nine years in prison.") == (True,)
    # ... but a demand or a limit is a figure of its own.
    assert held("The federal probation office recommended nine years in prison.") == (False,)
    assert held("She faced a maximum of 20 years in federal prison.") == (False,)


def test_a_quotation_that_shares_only_a_name_is_not_reported() -> None:
    # Every word but the name is a function word: naming Tom Hart is not saying this.
    assert verdicts(
        ['"Tom Hart should have been here before all of you."'],
        [
            "Ann Lee was jailed for helping her former partner Tom Hart recruit the victims.",
            "Hart died in his cell in 2019 while awaiting trial.",
        ],
    ) == ["not reported"]


def test_a_tally_over_the_last_few_races_is_not_a_count_of_the_races() -> None:
    # "the past ten races" is the span the podiums are counted over: the other outlet's
    # nine races are all the races ever held here, another figure about another thing.
    assert verdicts(
        ["For the steady Lee, it was a seventh podium in the past ten races."],
        [
            "All nine races held at the circuit have seen the safety car come out.",
            "Lee finished second for the third year in a row, with Hart on the podium.",
        ],
    ) == ["not reported"]


def test_a_stock_phrase_two_quotations_share_is_no_evidence() -> None:
    # "and to make sure" is how anyone goes on; what each governor promises differs.
    assert verdicts(
        [
            '"Right now, our focus is on the rescue within the yard and to make sure folks '
            'in the village are safe."'
        ],
        [
            '"There will be an inquiry to find out what happened and to make sure this '
            'never happens again," the governor said.',
            "Fire crews were still at the timber yard on Friday.",
        ],
    ) == ["not reported"]


def test_two_figures_given_again_in_one_sentence_are_the_claim_in_other_words() -> None:
    assert verdicts(
        ["Forty-six of the crew were deckhands, along with three engineers."],
        [
            "The operator confirmed that all of the 49 crew were safe.",
            "Officials said the coastguard, which led the rescue of 46 deckhands and three "
            "engineers from the listing ferry, had asked the navy for no help and paid no fee.",
        ],
    ) == ["reported"]


def test_a_link_with_no_unit_told_and_little_alike_is_no_evidence() -> None:
    # Both outlets go on from the launch to what the company's chief said; the order and
    # "talk" / "talking" link the two sentences, but nothing the second says is told.
    mine = (
        "The rocket exploded six seconds after lifting off from the island on Tuesday "
        "evening. Culbertson advised his staff not to talk to news reporters and to refrain "
        "from speculating among themselves."
    )
    theirs = (
        'The rocket blew up seconds after it lifted off from the island on Tuesday. "This is '
        'a tough evening to be talking about our mission," Culbertson said at a news '
        "conference late that night."
    )
    assert claimed_by(mine, theirs, "advised") == [("mine",)]


def claimed_by(mine: str, theirs: str, word: str) -> list[tuple[str, ...]]:
    """Who each claim holding ``word`` is listed under, two outlets' articles compared."""
    event = Event(
        "e", "e", (Article("mine", "Mine", "E", mine), Article("theirs", "Theirs", "E", theirs))
    )
    return [f.sources for f in compare(event).facts if f.kind == "claim" and word in f.text]


def test_a_figure_alike_in_a_long_sentence_is_no_evidence_for_a_link_with_no_unit_told() -> None:
    # The second sentences are linked by their order and "drop" / "dropped", and 11.4% is
    # about the 12% of the other: but 2008's fall is not Monday's, and nothing else is told.
    mine = (
        "The index plunged 12.4% on Monday, its worst day since 1987. "
        "It suffered an 11.4 per cent drop in October 2008 during the global financial crisis "
        "and fell 10.6 per cent after the earthquake and tsunami of March 2011."
    )
    theirs = (
        "The index plunged 12.4% on Monday, its worst day since 1987. "
        "It had dropped over 12% by the close, enough to stamp a bear market for its stocks."
    )
    assert claimed_by(mine, theirs, "2008") == [("mine",)]


def test_a_figure_told_again_is_where_its_claim_is_told_though_its_words_spread_over_two() -> None:
    # "capsized" is in the other outlet's lede, before the sentence that gives the six
    # seconds: the two hold the most words, but the figure's sentence tells the claim.
    assert (
        verdicts(
            [
                "An overloaded ferry capsized seconds after leaving the pier on Tuesday, "
                "killing 12 people.",
                "The ferry left on time at 9:15 a.m. with 300 passengers aboard.",
                "It capsized six seconds later.",
            ],
            [
                "An overloaded ferry capsized seconds after leaving the pier on Tuesday.",
                "It was the island’s oldest vessel, built in 1978 and refitted twice by its Greek "
                "owners, that went down in calm water, six seconds after leaving at 9:15 a.m., "
                "killing 12 people on the overloaded pier ferry on Tuesday.",
            ],
        )[2]
        == "reported"
    )


def test_a_cause_told_with_another_verb_for_causing_is_reported() -> None:
    assert verdicts(
        ["Heavy rain triggered the slide, officials said."],
        [
            "Heavy rain caused an estimated two million cubic metres of mud and rock to fall "
            "400 metres, burying 30 homes and blocking a 2km stretch of the river, the agency "
            "said."
        ],
    ) == ["reported"]


def test_a_shares_move_told_with_another_verb_of_rising_is_the_same_figure() -> None:
    # "popping" and "soared" both say the shares rose: the 14% is one figure, one claim.
    assert verdicts(
        ["The news sent Corvane shares popping more than 14% in after-hours trading Thursday."],
        [
            "Shares soared more than 14% after the bell, pushing the company's stock market "
            "value up by more than $40 billion and extending a long recovery that saw Corvane "
            "hit record highs in recent weeks.",
        ],
    ) != ["not reported"]


def test_a_claim_set_in_another_year_is_not_told_where_the_same_people_did_more() -> None:
    """A year is told exactly: "In 2015, Hale led Wales ..." is not the sentence that says
    he led the Lions to their first win in 16 years, whatever names the two share."""
    mine = segment(
        "In 2015, Hale led Wales at a World Cup for the second time as his country made the "
        "quarterfinals.",
        2018,
        "2018-07-18",
    )
    theirs = segment(
        "The Lions claimed a first Test series victory in 16 years when Hale led them to "
        "victory over Australia in 2013, and he then became just the second man to captain "
        "the Lions on two tours.",
        2018,
        "2018-07-18",
    )
    tokens = mine.tokens[0]
    claim = Claim(tokens, 0, len(tokens), {}, (Source(mine), 0), 2018)
    assert not claim.reported(Source(theirs))


def test_a_round_figure_with_its_comma_told_roughly_is_a_count_not_a_year() -> None:
    # "around 1,900" reads as no year: it is the "1,896 deaths" of another outlet.
    mine = "Poland has registered nearly 58,000 cases of the virus, and around 1,900 deaths."
    theirs = "The country has reported a total of 57,876 coronavirus cases and 1,896 deaths."
    docs = {"mine": from_sentences([mine], 2020), "theirs": from_sentences([theirs], 2020)}
    assert cover(docs)["mine", 0]["theirs"].units[-1]


def test_a_day_of_the_month_is_no_count_of_what_stands_near_it() -> None:
    """ "on sale on 3 November" is not told by a sentence about sales that gives another small
    figure ("the iPhone X (pronounced "ten") will reignite sales"): a day of the month is a
    date, told only by a date."""
    mine = segment(
        "The handset will retail for £999. It will go on sale on 3 November.", 2017, "2017-09-13"
    )
    theirs = segment(
        "Apple stock has gained about 40% this year on the expectation the iPhone X (pronounced "
        '"ten") will reignite sales growth after a rare decline last year.',
        2017,
        "2017-09-13",
    )
    tokens = mine.tokens[1]
    claim = Claim(tokens, 0, len(tokens), {}, (Source(mine), 1), 2017)
    assert not claim.reported(Source(theirs))
    dated = segment("Pre-orders open on 27 October and it goes on sale on 3 November.", 2017)
    assert claim.reported(Source(dated))


def test_shares_given_to_the_last_decimal_are_told_by_the_same_shares_rounded() -> None:
    # "51.6%" is "51.59 percent" rounded: the result told again, not another figure.
    assert verdicts(
        [
            "A day earlier, the electoral commission said that Voss had won 51.59 percent of the "
            "vote on Monday, ahead of Hale with 47.36 percent."
        ],
        [
            "Ana Hale, the opposition's presidential candidate, got 47.4% of total valid votes "
            "cast, trailing President Lena Voss's 51.6%, according to results announced "
            "Wednesday by the electoral commission."
        ],
    ) == ["reported"]
    # ... but "0" rounds no share of a point: "0.25" stays its own figure.
    assert not rounds_to("0.25", "0") and not rounds_to("4.6", "5") and rounds_to("47.36%", "47.4%")


def test_a_claim_set_in_two_past_years_is_told_where_one_of_them_is_given() -> None:
    mine = "Built in 1978, the nearly 1,550-ton ferry entered active service in 1981."
    theirs = "The 1,400-ton MV Northgate Star was built in 1978, according to the operator."
    docs = {"mine": from_sentences([mine], 2021), "theirs": from_sentences([theirs], 2021)}
    assert cover(docs)["mine", 0]["theirs"].verdict != "not reported"


def test_a_claim_whose_words_another_article_tells_across_its_sentences_is_partly_told() -> None:
    theirs = [
        "Children were among the dead, the rescue team said.",
        "Officials gave no count of the injured.",
        "Workers searched the rubble all night.",
        "The market stayed shut on Tuesday.",
        "Most of the victims were found near the market.",
    ]
    assert verdicts(["Rescue workers said the victims were young."], theirs) == ["partly"]
    # ... but not a name it never gives, nor a quotation: those are news.
    assert verdicts(["Rescue worker Ann Lee said the victims were young."], theirs) == [
        "not reported"
    ]
    assert verdicts(['"The victims were mostly young," rescue workers said.'], theirs) == [
        "not reported"
    ]


def test_an_articles_lede_as_alike_as_a_fifth_to_anothers_lede_tells_its_main_claim() -> None:
    theirs = [
        "Former ferry boss Ann Lee was found guilty of fraud by a Northgate jury on Monday.",
        "She faces up to 20 years in prison.",
        "Her lawyers said they would appeal.",
    ]
    rest = ["The jury found the former ferry boss guilty of fraud.", "Sentencing is in March."]
    told = (
        "Ann Lee showed no emotion as the verdict was read out in a Northgate courtroom on Monday."
    )
    assert verdicts([told, *rest], theirs)[0] == "partly"
    # ... but a lede about something else is its own, and so is the second sentence.
    other = "Ann Lee's face was stoic as the long-awaited verdict was read out in a courtroom."
    assert verdicts([other, *rest], theirs)[0] == "not reported"
    assert verdicts([rest[0], told, rest[1]], theirs)[1] == "not reported"
