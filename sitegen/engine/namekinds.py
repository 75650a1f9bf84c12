"""Kinds of name: what a capitalised word says, and where a name begins and ends.

Not every capitalised word is news.  "Ltd", "Reuters" and "His Majesty" only
say what kind of company, whose copy or whom one addresses; "on Twitter"
names where something was posted, "(NASDAQ:MSFT)" a stock; "the Himalayan
nation" describes a place the event names already.  :mod:`.names` asks these
of each name a source gives and no other does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Token
from .namewords import (
    AGENCIES,
    CORPORATE,
    CURRENCIES,
    DEMONYMS,
    DIVISIONS,
    EPITHET_HEADS,
    EXCHANGES,
    FAITHS,
    HONORIFICS,
    JOINERS,
    PARTICLES,
    PEOPLE,
    PERSON_HEADS,
    PERSON_VERBS,
    PLATFORMS,
)

_SCALES = frozenset("celsius fahrenheit centigrade kelvin richter scale".split())


def plain(t: Token) -> bool:
    """Whether a name token only says the kind of company, the currency or the stock
    exchange, credits a news agency, addresses someone ("His Majesty") or calls on God."""
    key = t.key.lower()
    return (
        # "1,000 degrees Celsius", "6.3 on the Richter scale": how a measure is told, not who
        # or where
        key in _SCALES
        or key in CORPORATE
        or key in AGENCIES
        or key in CURRENCIES
        or key in EXCHANGES
        or key in HONORIFICS
        # ... or calls on God: "Oh my God, you killed my brother.", "we have our Allah".
        or key in ("god", "allah")
    )


def medium(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` names the platform something was posted on: "on Twitter", "took
    to Twitter"."""
    return k > 0 and tokens[k - 1].key in ("on", "via", "to") and tokens[k].key.lower() in PLATFORMS


# News agencies by their names spelled out, credited as the short ones are ("told Agence
# France-Presse", "The Associated Press reported").
_AGENCY_NAMES = tuple(
    tuple(name.split())
    for name in (
        "agence france presse",
        "associated press",
        "press association",
        "press trust of india",
        "united press international",
        "deutsche presse agentur",
        "asian news international",
        "kyodo news",
        "anadolu agency",
        "yonhap news agency",
    )
)
_AGENCY_WORDS = frozenset(w for name in _AGENCY_NAMES for w in name if w != "of")


def agency_named(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a word of a news agency's name spelled out."""
    if tokens[k].key.lower() not in _AGENCY_WORDS:
        return False
    keys = [t.key.lower() for t in tokens[max(0, k - 3) : k + 4]]
    at = k - max(0, k - 3)
    return any(
        tuple(keys[a : a + len(name)]) == name
        for name in _AGENCY_NAMES
        for a in range(max(0, at - len(name) + 1), at + 1)
    )


def ticker(sentence: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a stock ticker: "MSFT" in "(NASDAQ:MSFT)", "NYSE: LNKD",
    "LNKD stock"."""
    if (
        k + 1 < len(tokens)
        and tokens[k].text.isupper()
        and 3 <= len(tokens[k].text) <= 5
        and tokens[k + 1].key in ("stock", "shares")
        and sentence[tokens[k].end : tokens[k + 1].start] == " "
    ):
        return True
    exchange = k > 0 and tokens[k - 1].key.lower() in EXCHANGES
    if exchange and sentence[tokens[k - 1].end : tokens[k].start].strip() == ":":
        return True
    # A quote box set in brackets inside the sentence: "(OTC BB: IRLD - news)", "[LON:GNK]".
    return ":" in sentence and any(
        m.start() <= tokens[k].start < m.end() for m in _QUOTE_BOX.finditer(sentence)
    )


_QUOTE_BOX = re.compile(
    r"\((?:[A-Z]{2,8}\s?){1,3}:\s?[A-Z][A-Z.]{0,7}(?:\s?[-–]\s?\w+)?\)"
    r"|\[(?:[A-Z]{2,8}\s?){1,3}:\s?[A-Z0-9][A-Z0-9.]{0,7}\]"
)


def name_runs(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Runs of capitalised words, joined over "of"/"in": "Reserve Bank of Australia".

    Capitals rather than names, so that a name opening the sentence counts too:
    "Research In Motion Ltd said..." goes by RIM.
    """

    def capital(k: int) -> bool:
        t = tokens[k]
        return t.name or (t.content and not t.number and t.text[:1].isupper())

    def spaced(k: int) -> bool:
        """Whether only a space or hyphen parts token ``k`` from the one before: a comma
        ends a name ("NASA, the European Space Agency" is two)."""
        return tokens[k].start - tokens[k - 1].end <= 1

    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(tokens):
        if not capital(k):
            k += 1
            continue
        end = k + 1
        while end < len(tokens) and spaced(end):
            if capital(end):
                end += 1
            elif (
                tokens[end].key in JOINERS
                and end + 1 < len(tokens)
                and capital(end + 1)
                and spaced(end + 1)
            ):
                end += 2
            elif (
                # "News of the World", "Chancellor of the Exchequer"
                tokens[end].key in ("of", "for")
                and end + 2 < len(tokens)
                and tokens[end + 1].key == "the"
                and capital(end + 2)
                and spaced(end + 1)
                and spaced(end + 2)
            ):
                end += 3
            else:
                break
        runs.append((k, end))
        k = end
    return runs


def name_around(sentence: str, tokens: Sequence[Token], k: int) -> tuple[int, int]:
    """The first and last token of the name ``tokens[k]`` is part of: name tokens
    separated by a space or a hyphen only ("Daljeet Singh Choudhary")."""

    def named(i: int) -> bool:
        if tokens[i].name:
            return True
        inside = 0 < i < len(tokens) - 1 and tokens[i - 1].name and tokens[i + 1].name
        return inside and tokens[i].key in PARTICLES  # "Barzan Ibrahim al-Tikriti"

    def joined(a: int) -> bool:
        gap = sentence[tokens[a].end : tokens[a + 1].start]
        # "Michael E. Brown": a middle initial's full stop does not end the name.
        initial = gap == ". " and len(tokens[a].text) == 1 and tokens[a].text.isupper()
        return named(a) and named(a + 1) and (gap in (" ", "-") or initial)

    start = end = k
    while start and joined(start - 1):
        start -= 1
    while end + 1 < len(tokens) and joined(end):
        end += 1
    return start, end


EPITHET_WORDS = 6  # words that may describe a place before its epithet's name


def division(tokens: Sequence[Token], k: int) -> bool:
    """Whether the name ``tokens[k]`` only says what kind of division the place before it
    is: the "Autonomous Region" of "Tibet Autonomous Region", the "County" of "Muan County",
    the "University" of "Goldsmiths University"."""
    first = k
    while first > 0 and tokens[first].key.lower() in DIVISIONS and tokens[first - 1].name:
        first -= 1
    return first < k and tokens[k].key.lower() in DIVISIONS


def former(tokens: Sequence[Token], k: int) -> bool:
    """Whether the name ``tokens[k]`` is what something was once called: "the social
    network X, formerly known as Twitter" names X again, it adds nothing."""
    if not tokens[k].name:
        return False
    while k > 0 and tokens[k - 1].name:
        k -= 1  # "formerly known as Royal Dutch Shell": the name from its first word
    before = [t.key.lower() for t in tokens[max(0, k - 3) : k]]
    for lead in (["known", "as"], ["named"], ["called"]):
        if before[-len(lead) :] == lead:
            rest = before[: -len(lead)]
            return bool(rest) and rest[-1] in ("formerly", "previously", "once")
    return False


def epithet(sentence: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether the name ``tokens[k]`` only describes a place or party the event names:
    "the Himalayan nation" for Nepal, "the Southeast Asian archipelago" for Indonesia.

    Reporters vary a name with such phrases; they tell the reader nothing new.
    """
    start, end = name_around(sentence, tokens, k)
    # "the hard-hit North African nation": a few words may describe it first ("the poor
    # and war-torn central Asian country").
    before = start - 1
    while before >= start - EPITHET_WORDS and before > 0 and tokens[before].text.islower():
        if tokens[before].key in ("the", "this", "that"):
            break
        before -= 1
    if before < 0 or tokens[before].key not in ("the", "this", "that"):
        return False
    if start == end and before == start - 1 and _demonym(tokens[k].key.lower()):
        # "The Egyptian scored", "the French midfielder blocked": a player or a leader
        # called by where they come from, so as not to name them twice.
        after = tokens[end + 1] if end + 1 < len(tokens) else None
        # "the Frenchman" is a person whatever follows; "the French" may head a noun.
        noun = tokens[k].key.lower() in PEOPLE and tokens[k].key.lower().endswith("man")
        if after is None or not after.content or after.key in PERSON_HEADS or noun:
            return True
        if not after.name and (after.text.endswith("ed") or after.key in PERSON_VERBS):
            return True
    if end + 1 >= len(tokens):
        return False
    head = end + 1
    # "the San Francisco-based company": where it is based, then what it is.
    if tokens[head].key == "based" and head + 1 < len(tokens):
        head += 1
    return not tokens[head].name and tokens[head].key in EPITHET_HEADS


# The words of a state's formal name: "the Kingdom of Saudi Arabia", "the Federal Republic of
# Somalia" and "the Russian Federation" are the countries others call by their short names.
_STATE_FORMS = frozenset("republic kingdom federation federal islamic democratic".split())


def state_form(tokens: Sequence[Token], k: int) -> bool:
    """Whether the name ``tokens[k]`` only says what form of state a country is."""
    key = tokens[k].key.lower()
    if key not in _STATE_FORMS:
        return False
    end = k
    while end + 1 < len(tokens) and tokens[end + 1].key.lower() in _STATE_FORMS:
        end += 1
    if end + 2 < len(tokens) and tokens[end + 1].key == "of" and tokens[end + 2].name:
        return True
    return key == "federation" and k > 0 and _demonym(tokens[k - 1].key.lower())


def _demonym(word: str) -> bool:
    """Whether ``word`` reads as a nationality: "Egyptian", "French", "Serb", "Dutchman"."""
    return (
        word in DEMONYMS
        or word in PEOPLE
        # "American", "Kenyan", "Pakistani", "Ugandan", as well as "-ian" and "-ese"
        or (
            len(word) >= 6
            and word.endswith(("ian", "ean", "ese", "ish", "can", "yan", "ani", "ndan"))
        )
    ) and word not in FAITHS


# What a place's name stands beside: "Morelos state", "the state of Morales".
_PLACE_HEADS = frozenset("state county province prefecture district region".split())


def places_beside(tokens: Sequence[Token], k: int) -> set[str]:
    """The kinds of place the name word ``tokens[k]`` is said to be, by the word beside it."""
    found = set()
    if k + 1 < len(tokens) and tokens[k + 1].key.lower() in _PLACE_HEADS:
        found.add(tokens[k + 1].key.lower())
    if k >= 2 and tokens[k - 1].key.lower() == "of" and tokens[k - 2].key.lower() in _PLACE_HEADS:
        found.add(tokens[k - 2].key.lower())
    return found


_CODE = re.compile(r"[A-Z]{1,3}\d{1,5}")


def whole_name(tokens: Sequence[Token], a: int, b: int) -> frozenset[str]:
    """The words of the name around ``tokens[a:b]``, joined across a particle ("Awad
    Ahmed al-Bandar"), as written."""
    while a > 0 and (
        tokens[a - 1].name
        or (a > 1 and tokens[a - 1].key.lower() in PARTICLES and tokens[a - 2].name)
    ):
        a -= 1
    while b < len(tokens) and (
        tokens[b].name
        or (b + 1 < len(tokens) and tokens[b].key.lower() in PARTICLES and tokens[b + 1].name)
    ):
        b += 1
    return frozenset(t.key.lower() for t in tokens[a:b] if t.name)


def code_at(sentence: str, tokens: Sequence[Token], k: int) -> str | None:
    """The code ``tokens[k]`` is part of ("ET302", or "ET 302" as two tokens), if any."""
    if _CODE.fullmatch(tokens[k].text):
        return tokens[k].text
    for a in (k - 1, k):
        if a >= 0 and a + 1 < len(tokens):
            letters, digits = tokens[a].text, tokens[a + 1].text
            spaced = sentence[tokens[a].end : tokens[a + 1].start] == " "
            if spaced and _CODE.fullmatch(letters + digits) and letters.isalpha():
                return letters + digits
    return None


def joined_on(tokens: Sequence[Token], a: int) -> bool:
    """Whether ``tokens[a + 1]`` goes on the name ``tokens[a]``: a name word after it, or
    the rest of a word a hyphen split ("Geun-hye")."""
    after = tokens[a + 1]
    return after.name or (after.start == tokens[a].end + 1 and after.key.isalpha())
