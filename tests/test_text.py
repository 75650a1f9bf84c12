"""Comparison keys: what two outlets write differently but mean the same."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitegen.engine.model import Token
from sitegen.engine.phrases import chunk, phrase
from sitegen.engine.text import tokenize
from sitegen.engine.words import stem, word_key


def terms(sentence: str) -> list[Token]:
    """The sentence's content words: what every comparison counts."""
    return [t for t in tokenize(sentence) if t.content]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Minister", "minister"),
        ("Harbour", "harbor"),
        ("Kyiv", "Kiev"),
        ("Donbas", "Donbass"),
        ("Mughal", "Moghul"),
        ("defence", "defense"),
        ("organise", "organize"),
        ("organised", "organized"),
        ("colour", "color"),
        ("travelled", "traveled"),
        ("travelling", "traveling"),
        ("1,550", "1550"),
        ("12,000", "12000"),
        ("Russia’s", "Russia's"),
        ("don’t", "don't"),
        ("centre", "center"),
        ("Kiev’s", "Kyiv's"),
        ("organisation", "organization"),
        ("cancelled", "canceled"),
        ("twelve", "12"),
        ("Édouard", "Edouard"),
        ("Pérez", "Perez"),
    ],
)
def test_variant_spellings_share_one_key(a: str, b: str) -> None:
    assert word_key(a) == word_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("US", "us"),
        ("four", "for"),
        ("filled", "filed"),
        ("1,550", "1,500"),
        ("3.5", "35"),
        ("Kyiv", "Kharkiv"),
        ("defence", "offence"),
        ("border", "order"),
    ],
)
def test_different_words_keep_different_keys(a: str, b: str) -> None:
    assert word_key(a) != word_key(b)


def test_acronym_key_is_not_the_pronoun_even_in_capitals_at_sentence_start() -> None:
    # "US" the country and "Us" opening a quotation must not meet.
    assert word_key("US") != word_key("Us")
    assert word_key("U.S.") == word_key("US")


def test_a_first_word_set_in_capitals_that_can_be_no_acronym_is_the_word() -> None:
    # Papers set a story's first word in capitals: "THE white supremacist who ...".
    assert word_key("THE") == word_key("the")
    assert not tokenize("THE gunman was jailed for life.")[0].name


def test_key_of_a_key_is_stable() -> None:
    for word in ["Kiev", "organised", "travelled", "1,550", "Colour", "US", "U.S."]:
        key = word_key(word)
        assert word_key(key) == key


def test_terms_drop_function_words_and_keep_content() -> None:
    found = [t.text for t in terms("The convoy was stopped at the border by police.")]
    assert "convoy" in found
    assert "stopped" in found
    assert "border" in found
    assert "police" in found
    for function_word in ("The", "the", "was", "at", "by"):
        assert function_word not in found


def test_terms_mark_names_and_numbers() -> None:
    found = {t.text: t for t in terms("Firefighters from Calder Bay rescued 14 residents.")}
    assert found["Calder"].name
    assert found["Bay"].name
    assert found["14"].number
    assert not found["residents"].name
    assert not found["residents"].number
    # The opening capital is not a name.
    assert not found["Firefighters"].name


def test_terms_start_points_at_the_word_in_the_sentence() -> None:
    sentence = "Rescuers pulled 14 people from the rubble on Tuesday."
    for t in terms(sentence):
        assert sentence[t.start : t.start + len(t.text)] == t.text


def test_terms_compare_equal_across_spelling_and_quotes() -> None:
    a = terms("Kiev’s defence ministry organised the convoy’s travel.")
    b = terms("Kyiv's defense ministry organized the convoy's travel.")
    assert [t.stem for t in a] == [t.stem for t in b]


def test_terms_keep_the_acronym_us_as_a_name() -> None:
    found = {t.text: t for t in terms("Protesters told us the US embassy had closed.")}
    assert "US" in found
    assert found["US"].name


def test_terms_drop_the_pronoun_us() -> None:
    found = [t.text for t in terms("Protesters told us the US embassy had closed.")]
    assert "us" not in found


def test_dozens_is_no_number() -> None:
    assert year_keys("Dozens of aftershocks followed.", None) == []


def test_a_contraction_is_its_pronoun_or_a_denial_not_a_word_of_its_own() -> None:
    """ "you've" is "you", a function word; "didn't" and "won't" deny as "not" does."""
    found = terms("It might have been the monster you've become, and he didn't flinch.")
    assert "you've" not in [t.text for t in found]
    assert [t.key for t in tokenize("He didn't go; they won't, and I'm sure.")].count("not") == 2
    assert word_key("they're") == "they"


def test_a_sentence_that_closes_a_quotation_is_quoted_from_its_start() -> None:
    """The quotation opened in the sentence before: 'It might have been the monster."'"""
    assert all(t.quoted for t in tokenize("It might have been the monster you've become.\""))
    assert all(t.quoted for t in tokenize("It might have been the monster you’ve become.”"))
    assert not any(t.quoted for t in tokenize('He said it was "over" and left.')[:3])


def test_terms_mark_quoted_words() -> None:
    found = {t.text: t for t in terms('The mayor said "the water is safe" on Monday.')}
    assert found["water"].quoted
    assert found["safe"].quoted
    assert not found["mayor"].quoted


words = st.from_regex(r"[A-Za-z]{1,12}", fullmatch=True)


@given(words)
def test_key_ignores_case_of_lower_and_title_case(word: str) -> None:
    assert word_key(word.lower()) == word_key(word.lower().capitalize())


@given(st.integers(min_value=1000, max_value=10**9))
def test_thousands_separators_never_matter(n: int) -> None:
    assert word_key(f"{n:,}") == word_key(str(n))


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=10**6))
def test_different_numbers_keep_different_keys(a: int, b: int) -> None:
    if a != b:
        assert word_key(f"{a:,}") != word_key(f"{b:,}")


def year_keys(sentence: str, year: int | None = 2026) -> list[str]:
    return [t.key for t in tokenize(sentence, year) if t.number]


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Ashby Vale reached their first cup semi-final in 32 years.", "1994"),
        ("The walkout, the port's first in 37 years, follows a rejected offer.", "1989"),
        ("Borrowing costs are coming down for the first time in six years.", "2020"),
        ("The river hit its highest level in more than 100 years.", "1926"),
        ("The brewer made its first loss in at least 15 years.", "2011"),
        ("He had held the transport brief for three years.", "2023"),
        ("She has been out of front-line politics for the last seven years.", "2019"),
        ("The mill has stood empty for the past four years.", "2022"),
        ("The vote ended Gerald Pym's eight years in charge of the city.", "2018"),
        ("The party is out of office after 14 years in power.", "2012"),
        ("Sales were weaker a year earlier.", "2025"),
        ("Sales were weaker a year ago.", "2025"),
        ("It was the first abdication in two centuries.", "1826"),
        ("It was the first strike in three decades.", "1996"),
    ],
)
def test_a_span_of_time_that_reaches_back_names_a_year(sentence: str, year: str) -> None:
    assert year_keys(sentence) == [year]


@pytest.mark.parametrize(
    "sentence",
    [
        "The plant will open in five years.",
        "She promised to freeze bus fares for two years.",
        "He has been jailed for three years.",
        "Aldane becomes the fourth transport minister in five years.",
        "He was 32 years old.",
    ],
)
def test_a_span_of_time_ahead_or_counted_stays_a_count(sentence: str) -> None:
    assert not [k for k in year_keys(sentence) if len(k) == 4]


def test_a_span_of_time_without_a_date_stays_a_count() -> None:
    assert year_keys("Their first semi-final in 32 years.", None) == ["32"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("a three-day strike", "a 72-hour strike"),
        ("The ban ends in four weeks.", "The ban ends in 28 days."),
        ("within half an hour", "within 30 minutes"),
        ("within an hour", "within 60 minutes"),
        ("a fortnight later", "two weeks later"),
        ("twenty-four hours later", "a day later"),
        ("by 25 basis points", "by 0.25 percentage point"),
        ("by 625 base points", "by 6.25 percentage points"),
        ("a 25-basis-point increase", "a quarter-point increase"),
        ("the 25-basis-point drop", "the quarter-point drop"),
        ("reported at 0300 GMT", "reported at 03:00 GMT"),
        ("reported at 06:00 local time", "reported at 6am local time"),
        ("the 06.38 Aberdeen to Glasgow", "the 6.38am Aberdeen to Glasgow"),
        ("the 45 hundred passengers", "the 4,500 passengers"),
        ("Some 600 hundred workers were inside", "Some 600 workers were inside"),
        ("raised by half a percentage point", "raised by 50 basis points"),
        ("battery life of 2.5 to 6.5 hours", "battery life of 2.5 hours to 6.5 hours"),
        ("restoring power could take 6-10 hours", "restoring power could take six to 10 hours"),
        ("rain could exceed 50mm in six to nine hours", "rain could exceed 50mm in 6-9 hours"),
        ("shares closed at 850p", "shares closed at £8.50"),
        ("shares closed at 850 pence", "shares closed at £8.50"),
        ("bought it for $127.5 milion in 2013", "bought it for $127.5 million in 2013"),
        ("bids rose from $332 to $350 million", "bids rose from $332 million to $350 million"),
        ("between 2 and 3 billion people", "between 2 billion and 3 billion people"),
        ("affects three to four million devices", "affects 3 million to 4 million devices"),
        ("a haul of 30 or 40 million pounds", "a haul of 30 million or 40 million pounds"),
        ("a port city of half a million people", "a port city of 500,000 people"),
        ("protesting Pope Benedict XVI's visit", "protesting Pope Benedict the 16th's visit"),
        ("to 4.1 per cent", "to 4.1 percentage points"),
        ("half a dozen helicopters", "six helicopters"),
        ("two dozen homes", "24 homes"),
        ("more than one dozen medical centers", "more than 12 medical centers"),
        ("revenue of $4.24-billion", "revenue of $4.24 billion"),
        ("revenue of $13.2 Billion", "revenue of $13.2 billion"),
        ("a range of ¼ to ½ percent", "a range of 0.25 to 0.5 percent"),
        ("Pope Benedict XVI resigned", "Pope Benedict the 16th resigned"),
        ("raised the rate to 1/4 per cent", "raised the rate to 0.25 per cent"),
        ("About 2 1/2 minutes after launch", "About 2.5 minutes after launch"),
        ("the Fourteenth Amendment", "the 14th Amendment"),
        ("its ninth rise in a row", "its 9th rise in a row"),
        ("rose to $US12.99 a month", "rose to $12.99 a month"),
        ("for 24 months", "for two years"),
        ("within another 10 working days", "within another 10 days"),
        ("by the end of Q3FY23", "by the end of FY23 Q3"),
        ("played for Juventus from 2012-16", "played for Juventus from 2012-2016"),
        ("in the 2023/24 season", "in the 2023-24 season"),
        ("£4.8bn for 2025/6", "£4.8bn for 2025-26"),
        ("concerts from 2-7 p.m. on Sundays", "concerts from 2 p.m. to 7 p.m. on Sundays"),
        ("open from 7 to 11pm", "open from 7pm to 11pm"),
        ("open from 11 to 2pm", "open from 11am to 2pm"),
        ("From 0001 on Sunday", "From 00:01 on Sunday"),
        ("iPhone sales of $US44.58b", "iPhone sales of $44.58 billion"),
        ("The trial started on March 29th.", "The trial started on March 29."),
        ("on the 29th of March", "on the 29 of March"),
        ("scheduled for Jan 1", "scheduled for January 1"),
        ("took office on 6th September", "took office on 6 September"),
        ("guidelines of 6½ to 8 years", "guidelines of six and a half to eight years"),
        ("a term of 9 1/2 years", "a term of nine and a half years"),
        ("four and a half stars", "4.5 stars"),
        ("one and a half hours", "90 minutes"),
        ("almost an hour-and-a-half after", "almost 1.5 hours after"),
        ("diesel rose to Rp 6.800 a litre", "diesel rose to Rp6,800.00 a litre"),
        ("a day and a half later", "36 hours later"),
        # a share in words before "to" and a count: the share is no figure of its scale
        ("rose by four per cent to 50,510 offences", "rose by 4% to 50,510 offences"),
        # a share hyphened to its noun, as some Canadian papers set it
        ("with a 25-per-cent tariff", "with a 25 per cent tariff"),
    ],
)
def test_one_amount_written_two_ways_has_one_key(a: str, b: str) -> None:
    assert year_keys(a, None) == year_keys(b, None)


@pytest.mark.parametrize(
    "text", ["on 04/07/2012 the court sat", "a Phase 2/3 trial", "open 24/7", "the 9/11 attacks"]
)
def test_a_date_a_phase_or_a_round_the_clock_is_no_fraction(text: str) -> None:
    assert not [t for t in tokenize(text) if "/" in t.text]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("a three-day strike", "a three-hour strike"),
        ("in the 55th minute", "after 55 minutes"),
        ("two weeks later", "two days later"),
        # a minute of a match is a position, not a date
        ("in the 29th minute", "in the 29 minute"),
        # a fraction is no position in a list
        ("profits up by almost a fifth", "profits up by almost the 5th"),
    ],
)
def test_different_amounts_keep_different_keys(a: str, b: str) -> None:
    assert year_keys(a, None) != year_keys(b, None)


def test_a_span_of_time_keeps_its_unit_as_a_word() -> None:
    """ "nine minutes from time" still shares "minutes" with "the 81st minute"."""
    words = [t.key for t in tokenize("He scored nine minutes from time.")]
    assert "minutes" in words and "540min" not in words
    assert [t.text for t in tokenize("a three-day strike")] == ["a", "three", "day", "strike"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Although Sunak held his seat, the party lost.", "Although"),
        ("Dismissing Murdaugh's claims, the judge spoke.", "Dismissing"),
    ],
)
def test_a_word_that_opens_a_clause_is_not_part_of_the_name_after_it(
    sentence: str, name: str
) -> None:
    assert not next(t for t in tokenize(sentence) if t.text == name).name


def test_a_title_before_a_name_is_part_of_it() -> None:
    tokens = tokenize("Downing Street said the minister would stay.")
    assert tokens[0].name and tokens[1].name


@pytest.mark.parametrize(
    ("sentence", "minute"),
    [
        ("Farrant scored ten minutes after the break.", "55th"),
        ("Edwards scored seven minutes into the second period.", "52th"),
        ("Brenner struck nine minutes from time.", "81th"),
        ("Knockaert fired home eight minutes from full-time.", "82th"),
        ("Poole was fouled two minutes into added time.", "92th"),
        ("Aske saved with three minutes of normal time left.", "87th"),
        ("Aske headed in with 15 minutes of the game remaining.", "75th"),
        ("Alder halved the deficit with 12 minutes left.", "78th"),
        ("Reid scored five minutes before half-time.", "40th"),
        ("Farrant converted a penalty in the 55th minute.", "55th"),
    ],
)
def test_a_minute_of_a_match_told_from_its_ends_is_that_minute(sentence: str, minute: str) -> None:
    assert year_keys(sentence, None) == [minute]


def test_minutes_that_are_not_a_match_time_stay_a_span() -> None:
    assert year_keys("Crews arrived within ten minutes of the call.", None) == ["10min"]


_PIECES = st.sampled_from(
    [
        "a",
        "An",
        "half",
        "last",
        "year",
        "years",
        "ago",
        "one",
        "Twenty",
        "four",
        "-",
        "hundred",
        "and",
        "3",
        "3.41am",
        "10",
        "km",
        "12th",
        "U.S.",
        "J.",
        "R.",
        "per",
        "cent",
        "%",
        "25",
        "basis",
        "points",
        "days",
        "hour",
        "minutes",
        "from",
        "time",
        "Kyiv's",
        "’",
        "'",
        '"',
        "“",
        "”",
        ",",
        ".",
        " ",
        "  ",
        "tenant",
        "often",
        "£85,000",
        "1,550",
        "6pc",
        "Rs",
        "MH",
        "1,000",
        "é",
        "_",
    ]
)


@given(st.lists(_PIECES, max_size=30).map("".join))
def test_the_fast_scanner_finds_exactly_the_token_patterns_matches(sentence: str) -> None:
    """Tokenizing skips the full pattern on plain words; what it finds must not change."""
    from sitegen.engine.scanner import TOKEN_RE, matches

    expected = [(m.start(), m.end()) for m in TOKEN_RE.finditer(sentence)]
    assert [(m.start(), m.end()) for m in matches(sentence)] == expected


def test_a_month_cut_short_beside_a_day_is_that_month_and_a_first_name_is_not() -> None:
    assert [t.key for t in tokenize("on Jan 1")] == [t.key for t in tokenize("on January 1")]
    assert tokenize("Jan Smith said")[0].key == "jan"


def test_titles_in_capitals_are_nouns_not_names() -> None:
    tokens = tokenize("Officials said the PM and the CM met an MP on Monday.")
    assert not [t.text for t in tokens if t.name]


@pytest.mark.parametrize("text", ["Team GB won gold", "the XVI Olympics opened", "World War II"])
def test_letters_that_only_look_like_a_unit_or_a_numeral_stay_words(text: str) -> None:
    assert not [t for t in tokenize(text) if t.number]


def test_a_units_abbreviation_after_a_figure_is_the_unit() -> None:
    short, long = (
        [t.key for t in tokenize(text)] for text in ("12GB of RAM", "12 gigabytes of RAM")
    )
    assert short == long
    # "m.p.h." is "mph", not 90 million and "PH".
    assert [t.key for t in terms("hurtling at 90 m.p.h.")] == ["hurtling", "90", "mph"]
    assert [t.key for t in terms("hurtling at 90 mph")] == ["hurtling", "90", "mph"]


def test_four_more_days_is_a_span_of_four_days() -> None:
    more, plain = ([t.key for t in terms(f"a strike for four {w}days")] for w in ("more ", ""))
    assert more == plain == ["strike", "5760min", "days"]


def test_a_capital_on_one_plain_verb_keeps_what_the_word_means() -> None:
    # "also Resigned." is the verb with a stray capital, as "resigned" elsewhere.
    odd = tokenize("The vice president and Senate president also Resigned.")
    plain = tokenize("Both officials resigned on Sunday.")
    assert odd[-1].stem == next(t.stem for t in plain if t.key == "resigned")
    # A noun may be a name ("the House" is a chamber, not a home).
    house = tokenize("The bill passed the House on Friday.")
    homes = tokenize("The floods reached 300 houses.")
    assert next(t.stem for t in house if t.key == "house") != next(
        t.stem for t in homes if t.key == "houses"
    )


def test_a_capital_after_a_dash_typed_as_two_hyphens_opens_a_clause() -> None:
    # American copy types its dashes "--": "June 7 -- Calling it the biggest leap yet".
    tokens = tokenize("The phone went on sale -- Calling it a leap, Jobs said so.")
    assert not next(t for t in tokens if t.key == "calling").name


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("cost the US $3tn in lost GDP", "cost $3 trillion in lost GDP"),
        ("a $4.5 bln deal and 200 mln users", "a $4.5 billion deal and 200 million users"),
        ("broke the record by a massive .11 seconds", "broke the record by 0.11 seconds"),
        ("more than 4 000 passengers", "more than 4,000 passengers"),
        ("a toll of 12 500 000 euros", "a toll of 12,500,000 euros"),
        ("some 325 000 voters", "some 325,000 voters"),
        ("a $7,50,000 fine", "a $750,000 fine"),  # lakhs, as Indian outlets group them
        ("Rs 1,20,00,000 in cash", "Rs 12,000,000 in cash"),
        # A currency code glued to its sum: "Rs1,000" is "Rs 1,000", never "Rs1" and "000".
        ("the Rs1,000 and Rs500 notes", "the Rs 1,000 and Rs 500 notes"),
        ("up to KSh2,500 a day", "up to KSh 2,500 a day"),
        ("a fine of R1,000", "a fine of R 1,000"),
        # ... or before its scale: "R85 billion" is 85 billion, never "R85" and a billion.
        ("an R85 billion cut and R36-billion more", "an R 85 billion cut and R 36 billion more"),
        ("a one percentage point hike", "a 1 percentage point hike"),
        # ... and as South Asian outlets count: a lakh is 100,000, a crore ten million.
        ("Rs 2 lakh each and Rs 1.5 crore", "Rs 200,000 each and Rs 15 million"),
        ("10 lakh people and 5 crores", "1 million people and 50 million"),
        ("a fine of Rs one lakh or five lakh", "a fine of 100,000 rupees or 500,000"),
        ("Rs two crores", "Rs 20 million"),
        ("just two-and-a-half hours after", "just 150 minutes after"),
        ("2 and a half days later", "60 hours later"),
        ("pay €3,1-billion for the rival", "pay €3.1 billion for the rival"),
        ("a 55-45 per cent split", "a 55 per cent to 45 per cent split"),
        ("completing a 22 -hour rescue", "completing a 22-hour rescue"),
        ("his 1,500th game in charge", "his 1500th game in charge"),
        (
            "taking a $1.2B charge and a $300K fine",
            "taking a $1.2 billion charge and a $300,000 fine",
        ),
        ("annual sales of US$50b", "annual sales of US$50 billion"),
        ("a dividend of 50 cents a share", "a dividend of $0.50 a share"),
        ("the levy rises by 52c a litre", "the levy rises by 52 cents a litre"),
    ],
)
def test_a_figure_written_the_way_some_outlets_write_it_has_one_key(one: str, other: str) -> None:
    assert [t.key for t in tokenize(one) if t.number] == [
        t.key for t in tokenize(other) if t.number
    ]


def test_a_sums_currency_code_is_a_plain_word_but_a_names_code_stays_whole() -> None:
    coded = tokenize("Banks swapped Rs4,000 each and INR500 for Tk500.")
    assert [(t.text, t.number, t.name) for t in coded if t.key.lower() in ("rs", "inr", "tk")] == [
        ("Rs", False, False),
        ("INR", False, False),
        ("Tk", False, False),
    ]
    assert [t.key for t in coded if t.number] == ["4000", "500", "500"]
    # Letters glued to digits not grouped in thousands are a name's code, not a sum.
    named = tokenize("The G20 met as flight MH17 and an A320 landed at R2.")
    assert {"G20", "MH17", "A320", "R2"} <= {t.key for t in named if t.name}


def test_a_relay_is_one_word_and_a_day_before_a_count_stays_apart() -> None:
    relay = tokenize("He will also run the 200m and 4×100m in Berlin.")
    assert "4×100m" in [t.text for t in relay] and "4" not in [t.key for t in relay]
    assert [t.key for t in tokenize("On June 5 100 people were hurt") if t.number] == ["5", "100"]
    # ... nor two figures whose "to" fell out: "won by 325 306" is 325 to 306.
    assert [t.key for t in tokenize("May won by 325 306 after all") if t.number] == ["325", "306"]
    score = tokenize("Toronto won Game 6 114-110 to take the title.")
    assert [t.key for t in score if t.number] == ["6", "114", "110"]
    assert [t.key for t in tokenize("It fell .5% and then 3.5%") if t.number] == ["0.5%", "3.5%"]


def test_a_score_before_a_share_starts_no_range_of_shares() -> None:
    keys = [t.key for t in tokenize("The board voted 3-1 and 45% of members agreed") if t.number]
    assert keys == ["3", "1", "45%"]
    assert [t.key for t in tokenize("rates of 0 to 0.1 per cent") if t.number] == ["0%", "0.1%"]


def test_a_distance_raced_is_metres_and_money_stays_millions() -> None:
    def keys(text: str) -> list[str]:
        return [t.key for t in tokenize(text) if t.number or t.key == "metres"]

    assert keys("He won the men's 100m final") == keys("He won the men's 100 metres final")
    assert keys("She will also run the 200m and 4x100m") == ["200", "metres", "4x100m"]
    assert keys("The club agreed a 100m deal") == ["100000000"]
    assert keys("The club agreed a $100m world record deal") == ["100000000"]
    # The race named alone, with no noun after it to count.
    assert keys("Lee won the 1500m in record time") == keys(
        "Lee won the 1500 metres in record time"
    )
    assert keys("Lee, the world record holder in the 5000m, won") == ["5000", "metres"]
    assert keys("Some of the 100m viewers tuned out") == ["100000000"]


def test_a_height_or_depth_is_metres_and_money_stays_millions() -> None:
    def keys(text: str) -> list[str]:
        return [t.key for t in tokenize(text) if t.number or t.key == "metres"]

    assert keys("Hikers died near the 3,067m peak") == keys(
        "Hikers died near the 3,067 metres peak"
    )
    assert keys("The shaft was 10m deep") == ["10", "metres"]
    assert keys("The sub was trapped in 190m of water") == ["190", "metres"]
    assert keys("The club agreed a £10m deep cut to wages") == ["10000000"]
    # The same measures with a space before the unit, and told again in yards.
    assert keys("debris an estimated 80 m high") == keys("debris an estimated 80m high")
    assert keys("debris 500 m (550 yards) across") == ["500", "metres", "550"]
    assert keys("The club agreed a £10 m deep cut to wages") == ["10000000"]
    # A field's mark to the centimetre, where no noun follows to count.
    assert keys("Lee cleared 6.24m* at the first try") == keys(
        "Lee cleared 6.24 metres at the first try"
    )
    assert keys("Lee soared to 6.23m last September") == ["6.23", "metres"]
    assert keys("Some 1.25m households lost power") == ["1250000"]
    assert keys("The club paid £6.25m.") == ["6250000"]


def test_a_decade_in_two_figures_is_the_twentieth_centurys_and_an_age_is_not() -> None:
    def keys(text: str) -> list[str]:
        return [t.key for t in tokenize(text) if t.number]

    assert keys("losses hidden since the ’90s") == keys("losses hidden since the 1990s")
    assert keys("losses hidden since the 90s") == ["1990s"]
    assert keys("he left music in the mid-80s") == keys("he left music in the mid-1980s")
    assert keys("victims in their 20s and 30s") == ["20", "30"]


def test_a_weight_in_pounds_shortened_is_pounds() -> None:
    def keys(text: str) -> list[str]:
        return [t.key for t in tokenize(text)]

    assert keys("the loss of 5,000 lb of cargo") == keys("the loss of 5,000 pounds of cargo")


def test_an_age_set_off_by_a_dash_is_read_with_its_name() -> None:
    sentence = "Three agents — Ann Lee, 56, and Ramon Labanino, 51 — would be returning."
    tokens = tokenize(sentence)
    k = next(n for n, t in enumerate(tokens) if t.key == "51")
    assert phrase(sentence, tokens, *chunk(sentence, tokens, k, k + 1)) == "Ramon Labanino, 51"


def test_words_set_in_capitals_are_the_words_and_a_few_acronyms_stay_acronyms() -> None:
    alert = "The text said: “FERRY SERVICE SUSPENDED. THIS IS NOT A DRILL.”"
    plain = 'The text said: "Ferry service suspended. This is not a drill."'
    assert [t.key for t in terms(alert)] == [t.key for t in terms(plain)]
    assert [t.key for t in terms("IN A GIANT leap for the port, crews went back")][:2] == [
        "giant",
        "leap",
    ]
    assert [t.key for t in terms("The US, UN and EU agreed.")][:3] == ["US", "UN", "EU"]


def test_three_long_decades_are_three_decades() -> None:
    assert [t.key for t in terms("over three long decades")] == [
        t.key for t in terms("over three decades")
    ]


def test_a_span_told_in_hours_and_minutes_is_one_span() -> None:
    assert [t.key for t in terms("three hours and 15 minutes north of the port")][:1] == ["195min"]
    assert [t.key for t in terms("after 19 days, one hour and 49 minutes aloft")][:1] == [
        f"{19 * 1440 + 60 + 49}min"
    ]
    # A number with "and" in it is one count, not two spans.
    assert [t.key for t in terms("one hundred and five minutes")][:1] == ["105"]


def _phrase_of(sentence: str, first: str, last: str) -> str:
    """The phrase from the token ``first`` to the token ``last``, as details show it."""
    tokens = tokenize(sentence)
    texts = [t.text for t in tokens]
    return phrase(sentence, tokens, texts.index(first), texts.index(last) + 1)


def test_a_phrase_takes_a_quotation_mark_only_with_its_partner() -> None:
    said = "“Of the 214 cases, 186 are adults,” it said."
    assert _phrase_of(said, "Of", "cases") == "Of the 214 cases"
    whole = 'Marchers carried "Freedom for the Port" banners.'
    assert _phrase_of(whole, "Freedom", "Port") == '"Freedom for the Port"'
    assert _phrase_of(whole, "Freedom", "banners") == '"Freedom for the Port" banners'
    cured = "The ferry, 52 years old, was “cured” by the refit."
    assert _phrase_of(cured, "was", "cured") == "was “cured”"


def test_a_year_written_with_a_slash_is_no_figure_of_the_range_after_it() -> None:
    sentence = "Borrowing will fall from £31.8bn in 2019/20 to £26.7bn in 2020-21."
    texts = [t.text for t in tokenize(sentence)]
    twenty = texts.index("20")
    assert phrase(sentence, tokenize(sentence), twenty, twenty + 3) == "2019/20 to £26.7bn"


def test_a_phrase_never_opens_inside_a_figure_glued_to_its_label() -> None:
    sentence = "For the second half of FY19, the bank raised its forecast."
    tokens = tokenize(sentence)
    nineteen = [t.text for t in tokens].index("19")
    assert phrase(sentence, tokens, nineteen, nineteen + 1) == "FY19"


def test_a_phrase_ends_on_no_preposition_but_keeps_a_hyphenated_word_whole() -> None:
    pressure = 'With the port under "massive pressure", the union gave way.'
    assert _phrase_of(pressure, "port", "under") == "port"
    sit_in = "They began a two-night sit-in at the quay."
    assert _phrase_of(sit_in, "two", "in") == "two-night sit-in"


def test_an_acronyms_plural_is_the_acronym() -> None:
    assert [t.key for t in terms("copies of the MP3s and DVDs")] == [
        t.key for t in terms("copies of the MP3 and DVD")
    ]


@pytest.mark.parametrize("adverb", ["quite", "rather", "somewhat", "fairly", "really"])
def test_an_adverb_of_degree_is_a_function_word_never_a_verb(adverb: str) -> None:
    """Stemmed, "quite" is "quit", which reads as resigned: "quite unreal" said nothing
    of anyone quitting."""
    (token,) = tokenize(adverb)
    assert not token.content
    assert token.stem != tokenize("quit")[0].stem


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("The ferry sent a mayday call at about 2300 hours.", "23:00"),
        ("Shares were up 4% by 0930 GMT.", "9:30"),
        ("The crew reached the yacht at 1240 AEST on Tuesday.", "12:40"),
        ("Volunteers put in 2300 hours of work.", "138000min"),
        # ... and a time whose last stop the page lost is the time with it.
        ("The ferry docked at 3:05 p.m with 150 people aboard.", "15:05"),
    ],
)
def test_a_time_on_the_24_hour_clock_is_read_only_where_it_is_one(sentence: str, key: str) -> None:
    # "at about 2300 hours" is eleven at night; "put in 2300 hours" is a span of time.
    assert key in [t.key for t in tokenize(sentence) if t.number]


@pytest.mark.parametrize(
    ("titled", "plain", "word"),
    [
        ("Hurricane Otis made landfall near Acapulco.", "The hurricane made landfall.", "urricane"),
        ("Judge Lewis Kaplan read the verdict.", "The judge read the verdict.", "udge"),
        ("First Team Coach Mike Stowell takes charge.", "The coach takes charge.", "oach"),
    ],
)
def test_a_title_before_a_name_means_what_the_word_means(
    titled: str, plain: str, word: str
) -> None:
    def stem_of(sentence: str) -> str:
        return next(t.stem for t in tokenize(sentence) if t.text.endswith(word))

    assert stem_of(titled) == stem_of(plain)


def test_a_word_of_the_lexicon_inside_a_name_but_not_before_one_stays_the_name() -> None:
    # "Coach of the Year" is an award: no title before a name.
    award = next(t for t in tokenize("He was named Coach of the Year.") if t.text == "Coach")
    plain = next(t for t in tokenize("The coach was named.") if t.text == "coach")
    assert award.stem != plain.stem


@pytest.mark.parametrize(("plural", "singular"), [("feet", "foot"), ("women", "woman")])
def test_a_plural_the_stemmer_misses_meets_its_singular(plural: str, singular: str) -> None:
    # "shot her in the feet" and "shot her in the foot" tell one claim.
    assert stem(plural) == stem(singular)


def test_calling_it_a_day_counts_no_day() -> None:
    # "call it a day" says someone stops; "within three days" elsewhere is no other count.
    assert not [t for t in tokenize('"I think we will call it a day," she said.') if t.number]
    assert [t.key for t in tokenize("The strike lasted a day.") if t.number] == ["1440min"]


def test_a_wires_code_for_a_share_in_digits_is_no_word_of_the_story() -> None:
    words = [t.text for t in tokenize("Japan Airlines 9201.T said its Airbus AIR.PA jet burned.")]
    assert words == ["Japan", "Airlines", "said", "its", "Airbus", "jet", "burned"]


def test_two_spans_of_a_range_are_two_spans_not_their_sum() -> None:
    # "three hours and 15 minutes" is one span; "three days and three weeks" is a range.
    def spans(sentence: str) -> list[str]:
        return [t.key for t in tokenize(sentence) if t.number]

    assert spans("Symptoms show between three days and three weeks later.") == [
        "4320min",
        "30240min",
    ]
    assert spans("The strike lasted three hours and 15 minutes.") == ["195min"]


def test_a_scale_word_after_multi_is_no_figure() -> None:
    # "multi-billion dollar deals" gives no billion that "$1 billion in savings" could be.
    assert not [
        t for t in tokenize("rivals are growing through multi-billion dollar deals") if t.number
    ]
    assert [t.key for t in tokenize("He paid a million dollars") if t.number] == ["1000000"]


def test_a_codes_digits_are_no_figure_but_a_temperature_is() -> None:
    # "launch pad 39A" counts nothing that "39.9 feet wide" could be given roughly as.
    assert not [t for t in tokenize("It lifted off from launch pad 39A.") if t.number]
    assert [t.key for t in tokenize("Temperatures hit 40C on Monday.") if t.number] == ["40"]


def test_a_number_of_trillions_in_words_is_read_whole() -> None:
    tokens = tokenize("The group holds over five trillion dollars in assets.", 2023)
    assert [t.key for t in tokens if t.number] == ["5000000000000"]


def test_us_cents_glued_to_the_currency_code_are_one_figure() -> None:
    tokens = tokenize("The kiwi fell to US64.35 cents after the cut.", 2019)
    assert [t.key for t in tokens if t.number] == ["0.6435"]


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("moved from St Petersburg", "moved from Saint-Petersburg"),
        ("the climbers on Mt. Everest", "the climbers on Mount Everest"),
        ("flights to Ft Lauderdale", "flights to Fort Lauderdale"),
        ("a statement from Man Utd", "a statement from Man United"),
    ],
)
def test_a_place_whose_first_word_is_written_short_is_the_same_place(short: str, full: str) -> None:
    assert [t.key for t in tokenize(short) if t.name] == [t.key for t in tokenize(full) if t.name]


def test_a_street_written_short_is_no_saint() -> None:
    assert "saint" not in [t.key for t in tokenize("a cafe on Bourke St in the city")]


@pytest.mark.parametrize(
    ("sentence", "word", "shown"),
    [
        # a name's phrase stops before what the name does ...
        ("The Estuary Times cites the report in full.", "Times", "The Estuary Times"),
        ("The plan could see the Harriers kick off the season.", "Harriers", "the Harriers"),
        # ... but a noun after the name stays, even before a verb in "-ing"
        ("A Facebook page showing the crowd was shared widely.", "Facebook", "A Facebook page"),
        # a figure's phrase takes what its count is of ...
        ("Crews upgraded 12 miles of railway for the line.", "12", "upgraded 12 miles of railway"),
        ("The reef has 411 species of hard corals.", "411", "411 species of hard corals"),
        # ... but a name after "of" is a phrase of its own
        ("She finished 27 seconds ahead of Ann Lee.", "27", "finished 27 seconds ahead"),
    ],
)
def test_a_details_phrase_is_what_a_reader_takes_in(sentence: str, word: str, shown: str) -> None:
    tokens = tokenize(sentence)
    k = next(n for n, t in enumerate(tokens) if t.text == word)
    assert phrase(sentence, tokens, *chunk(sentence, tokens, k, k + 1)) == shown
