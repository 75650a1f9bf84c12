"""Conversions: one amount told twice, in another currency or unit.

"$9.55 billion USD ($12.43 billion CAD)", "72 kilometres (45 miles)", "3.1bn euros
($3.8bn; £2.1bn)": the figures in brackets tell the figure before them again, for
another reader, and "2,500 US dollars" names the currency of its figure.  None is a
detail of its own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet

from .model import Document, Token
from .namekinds import plain
from .namewords import CURRENCY_CODES, CURRENCY_COUNTRIES, CURRENCY_WORDS, TIME_ZONES
from .samefigures import magnitude
from .slots import Slot
from .wordshape import QUALIFIERS

# Currency codes a sum may follow, a word apart ("Rs 63,000 crore"); not "US", which is
# as often a country before a count ("the US 50 states").
_SUM_CODES = frozenset(CURRENCY_CODES) - {"US"}


def currency_named(tokens: Sequence[Token], k: int, vocab: Sequence[AbstractSet[str]]) -> bool:
    """Whether ``tokens[k]`` says whose a currency is that another outlet names alone:
    "against the US dollar" / "against the dollar"."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        after is not None
        and tokens[k].text in CURRENCY_COUNTRIES
        and after.key.lower() in CURRENCY_WORDS
        and any(after.stem in words for words in vocab)
    )


def currency(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` names the currency of the figure before it ("2,500 US
    dollars", "3 billion euros")."""
    t = tokens[k]
    if t.key.lower() in CURRENCY_WORDS:
        before = k - 1
        if before >= 1 and (tokens[before].text in CURRENCY_COUNTRIES or tokens[before].name):
            before -= 1
        return before >= 0 and tokens[before].number
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if after is not None and after.number and t.text in _SUM_CODES:
        return True  # "Rs 63,000 crore", "KSh 2,500": the code of the sum after it
    # Whose currency it is, between the figure and the currency: "100,000 Indian rupees".
    return (
        (t.text in CURRENCY_COUNTRIES or t.name)
        and k > 0
        and tokens[k - 1].number
        and after is not None
        and after.key.lower() in CURRENCY_WORDS
    )


def told_in_brackets(
    sentence: str, tokens: Sequence[Token], k: int, mine: Mapping[int, Slot], rest: Sequence[Slot]
) -> bool:
    """A figure converted in brackets that another source gives: "$22.56 (£17) a share"
    where another outlet says "17 pounds a share" tells the one amount in two currencies."""
    after = _bracketed(sentence, tokens, k)
    if after is None or after not in mine:
        return False
    # The same value, not one about the same size: "($11.98 CAD)" is no "$12".
    return any(mine[after][0] == theirs[0] for theirs in rest)


def converted(sentence: str, tokens: Sequence[Token], k: int) -> bool:
    """A figure in brackets after another is that figure converted: "$9.55 billion USD
    ($12.43 billion CAD)" tells one amount, in the reader's own currency too."""
    if any(
        tokens[b].number and _bracketed(sentence, tokens, b) == k
        for b in (k - 1, k - 2, k - 3, k - 4)  # "100,000 Indian rupees (about €1,728)"
        if b >= 0
    ):
        return True
    # ... or after "or" and its measure's unit: "-20 degrees Celsius, or about -4 degrees
    # Fahrenheit", "72 kilometres, or 45 miles".
    end = _unit_end(tokens, k) if k > 2 else 0
    if end and _OR_ABOUT.fullmatch(sentence, end, tokens[k].start) and _measured(tokens, k):
        return True
    # The second conversion in one bracket: the 2.1bn of "3.1bn euros ($3.8bn; £2.1bn)", and
    # the far end of a range converted: the 11 of "20-25 pounds (9-11 kilograms)".
    return (
        k > 0
        and tokens[k - 1].number
        and sentence[tokens[k - 1].end : tokens[k].start].strip(" £$€¥")
        in (";", ",", "/", "-", "–", "to")
        and converted(sentence, tokens, k - 1)
    )


# What stands between a measure's unit and the same measure in another unit.
_OR_ABOUT = re.compile(r",?\s+or\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?[-−]?")


def _unit_end(tokens: Sequence[Token], k: int) -> int:
    """Where the measure before ``tokens[k]`` ends, past its figure and units, or 0."""
    m = k - 1
    while m > 0 and tokens[m].key.lower() in _OR_WORDS:
        m -= 1
    last = m
    while m > 0 and tokens[m].key.lower() in UNITS:
        m -= 1
    if m == last or not tokens[m].number or not tokens[k].number:
        return 0
    return tokens[last].end


_OR_WORDS = frozenset("or about around roughly nearly almost some".split())


def _measured(tokens: Sequence[Token], k: int) -> bool:
    """Whether the figure ``tokens[k]`` has a unit after it, as its conversion must."""
    return k + 1 < len(tokens) and tokens[k + 1].key.lower() in UNITS


def in_conversion(sentence: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]``, a word, stands in the brackets of a figure converted: the
    "Irish" of "5:28am local time (1.58am Irish time)" tells whose clock, not news.  A
    figure there may be one of its own ("155 and 250 miles (250 and 400 kilometers)")."""
    if tokens[k].number:
        return False
    opened = sentence.rfind("(", 0, tokens[k].start)
    if opened < 0 or ")" in sentence[opened : tokens[k].start]:
        return False
    first = next((m for m in range(k + 1) if tokens[m].start > opened), None)
    return first is not None and tokens[first].number and converted(sentence, tokens, first)


def _bracketed(sentence: str, tokens: Sequence[Token], k: int) -> int | None:
    """The figure given in brackets right after the figure ``tokens[k]``, past its currency
    code or unit: the 12.43 of "$9.55 billion USD ($12.43 billion CAD)", the 45 of "72
    kilometres (45 miles)"."""
    after = k + 1
    if after + 1 < len(tokens) and currency(tokens, after + 1) and currency(tokens, after):
        after += 2  # "100,000 Indian rupees ("
    elif after < len(tokens) and currency(tokens, after):
        after += 1  # "32.2 billion dollars (", "436.6 billion yen ("
    elif after < len(tokens) and (
        (plain(tokens[after]) and tokens[after].name) or tokens[after].key.lower() in UNITS
    ):
        after += 1  # the currency code or the unit: "USD (", "kilometres ("
        degrees = tokens[after - 1].key.lower() == "degrees"
        if degrees and after < len(tokens) and tokens[after].key.lower() in UNITS:
            after += 1  # "2.7 degrees Fahrenheit ("
    elif (
        after + 1 < len(tokens)
        and tokens[after].key.lower() in _POWERS
        and tokens[after + 1].key.lower() in UNITS
    ):
        after += 2  # "18 million cubic meters ("
    if ":" in tokens[k].key:
        # A time of day told again in another zone: "5:28 a.m. local time (5:58 p.m. PST",
        # "14:21 Moscow time (1121 GMT)".
        while after < len(tokens) and (
            tokens[after].key.lower() in _LOCAL_TIME | TIME_ZONES
            or (
                tokens[after].name
                and after + 1 < len(tokens)
                and tokens[after + 1].key.lower() == "time"
            )
        ):
            after += 1
    opened = after < len(tokens) and "(" in sentence[tokens[after - 1].end : tokens[after].start]
    if opened and tokens[after].key in _ROUGHLY:
        after += 1  # "100 metres (about 330 feet)"
    if opened and after < len(tokens) and tokens[after].number:
        return after
    return None


_ROUGHLY = QUALIFIERS | {"approx"}
_LOCAL_TIME = frozenset({"local", "time"})
_POWERS = frozenset({"square", "sq", "cubic", "cu"})
# Units a figure may be converted from in brackets: "72 kilometres (45 miles)".
UNITS = frozenset(
    """
    km kms kilometre kilometres kilometer kilometers mile miles metre metres meter meters m
    foot feet ft yard yards inch inches cm centimetre centimetres centimeter centimeters kg kilo
    kilos kilogram kilograms pound pounds lb lbs
    tonne tonnes ton tons acre acres hectare hectares litre litres liter liters gallon gallons
    celsius fahrenheit degrees c f oc
    """.split()
)
# What a figure after which a unit stands measures, in metres or metres a second: one
# outlet's "50-foot truck" is another's "15m-long truck", "88 mph" another's "143.3
# kilometres per hour".  Weights are left out: "pounds" may be money.
_LENGTHS = {
    **dict.fromkeys("foot feet ft".split(), 0.3048),
    **dict.fromkeys("metre metres meter meters m".split(), 1.0),
    **dict.fromkeys("km kms kilometre kilometres kilometer kilometers".split(), 1000.0),
    **dict.fromkeys("mile miles mi".split(), 1609.344),
    **dict.fromkeys("yard yards".split(), 0.9144),
    **dict.fromkeys("light-year light-years lightyear lightyears".split(), 9.4607e15),
}
_SPEEDS = {"mph": 0.44704, "kph": 1 / 3.6}
_CELSIUS = frozenset("c celsius centigrade oc".split())
_FAHRENHEIT = frozenset("f fahrenheit".split())
_SAME_DEGREE = 0.6
# ... and volumes, in litres: one outlet's "2,500 barrels" of oil is another's "397,000
# litres" (a US gallon, an oil barrel).
_VOLUMES = {
    **dict.fromkeys("litre litres liter liters".split(), 1.0),
    **dict.fromkeys("gallon gallons".split(), 3.785411784),
    **dict.fromkeys("barrel barrels bbl".split(), 158.987294928),
}
_CUBIC = {
    **dict.fromkeys("metre metres meter meters m".split(), 1000.0),
    **dict.fromkeys("foot feet ft".split(), 28.316846592),
}
SAME_MEASURE = 0.05  # two measures this close in one unit are one told in two units


def measure(tokens: Sequence[Token], k: int) -> tuple[str, float] | None:
    """What the figure ``tokens[k]`` measures, in metres ("length"), metres a second
    ("speed") or litres ("volume"), when a unit stands after it: "50-foot", "25 km", "143.3
    kilometres per hour", "2,500 barrels"."""
    t = tokens[k]
    if not t.number or k + 1 >= len(tokens):
        return None
    try:
        value = float(t.key)
    except ValueError:
        return None
    unit = tokens[k + 1].key.lower()
    if unit == "light" and [u.key.lower() for u in tokens[k + 2 : k + 3]] in (["year"], ["years"]):
        unit = "light-years"  # "40 light-years", the hyphen a word break
    if unit in _SPEEDS:
        return "speed", value * _SPEEDS[unit]
    if unit in _VOLUMES:
        return "volume", value * _VOLUMES[unit]
    if unit in ("cubic", "cu") and k + 2 < len(tokens) and tokens[k + 2].key.lower() in _CUBIC:
        return "volume", value * _CUBIC[tokens[k + 2].key.lower()]
    if unit == "degrees" and k + 2 < len(tokens):
        unit = tokens[k + 2].key.lower()  # "38 degrees Fahrenheit"
    if unit in _CELSIUS:
        return "temperature", value
    if unit in _FAHRENHEIT:
        return "temperature", (value - 32) * 5 / 9
    if unit in _LENGTHS:
        per = [u.key.lower() for u in tokens[k + 2 : k + 4]]
        if per[:1] == ["per"] and per[1:] == ["hour"]:
            return "speed", value * _LENGTHS[unit] / 3600
        return "length", value * _LENGTHS[unit]
    return None


def measured_elsewhere(found: tuple[str, float] | None, rest: Sequence[tuple[str, float]]) -> bool:
    """Whether another source gives the same measure, in its own unit."""
    if found is None:
        return False
    kind, value = found
    # A temperature has no zero to be near to: one converted and rounded is off by half a
    # degree at most ("38 degrees Fahrenheit" / "3.3C").
    if kind == "temperature":
        return any(k == kind and abs(v - value) <= _SAME_DEGREE for k, v in rest)
    return any(
        k == kind and abs(v - value) <= SAME_MEASURE * max(abs(v), abs(value)) for k, v in rest
    )


# Units written as capitals after a figure ("826 MW", "40 KM"): a measure, not a name.
UNIT_CODES = frozenset("mw kw gw mwh kwh gwh km kg mph kph".split())


# A sign before a figure: "£80m", "€105m"; a dollar is the US one bare or as "US$".
_SIGNS = {"£": "gbp", "€": "eur", "$": "usd"}
_NAMED = {
    "euro": "eur",
    "euros": "eur",
    "dollar": "usd",
    "dollars": "usd",
    # Currencies wires give in dollars beside them: "18 billion won ($16.8 million)".
    "won": "krw",
    "yen": "jpy",
    "yuan": "cny",
    "renminbi": "cny",
}
_CODES = {"usd": "usd", "eur": "eur", "gbp": "gbp", "krw": "krw", "jpy": "jpy", "cny": "cny"}
# What one unit of the first currency fetched in the second, lowest and highest, from
# 1999 on: wide enough for any year, narrow enough that twice a figure is not the figure.
EXCHANGE = {
    ("gbp", "usd"): (1.2, 2.1),
    ("eur", "usd"): (0.82, 1.6),
    ("gbp", "eur"): (1.05, 1.75),
    ("krw", "usd"): (0.00065, 0.0011),
    ("jpy", "usd"): (0.0063, 0.0133),
    ("cny", "usd"): (0.12, 0.17),
}


def country_after_sum(sentence: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` says whose dollars the sum before it is in, as some outlets
    write it: "$4.8 billion US", "$350 million Cdn"."""
    if not (k > 0 and tokens[k - 1].number and tokens[k].text in CURRENCY_COUNTRIES | {"Cdn"}):
        return False
    return sentence[: tokens[k - 1].start].rstrip().endswith("$")


def money(sentence: str, tokens: Sequence[Token], k: int) -> str | None:
    """The currency of the figure ``tokens[k]``, when the sentence says it: "£80m",
    "US$470,000", "29 billion euros", "USD 32 billion"; None for any other figure, and
    for a dollar that is not the US one ("A$2.65 million")."""
    t = tokens[k]
    before = sentence[max(0, t.start - 4) : t.start].rstrip()
    if before[-1:] in _SIGNS:
        # "A$2.65 million", "HK$10": another country's dollar.
        country = before[:-1][len(before[:-1].rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) :]
        if country not in ("", "US"):
            return None
        return _SIGNS[before[-1]]
    after = tokens[k + 1].key.lower() if k + 1 < len(tokens) else ""
    if after in _NAMED:
        return _NAMED[after]
    code = tokens[k - 1].key.lower() if k > 0 else ""
    return _CODES.get(code) or _CODES.get(after)


def _rate_holds(mine: tuple[str, float], theirs: tuple[str, float]) -> bool:
    """Whether what one currency fetched in the other makes the one sum the other."""
    pair = (mine[0], theirs[0])
    if pair in EXCHANGE:
        low, high = EXCHANGE[pair]
        return mine[1] > 0 and low <= theirs[1] / mine[1] <= high
    return pair[::-1] in EXCHANGE and _rate_holds(theirs, mine)


def exchanged_alike(
    sentence: Mapping[str, int], versions: Mapping[str, str], documents: Mapping[str, Document]
) -> bool:
    """Two versions of a sum that are one sum in two currencies: "£300,000" and
    "about $470,000" are no dispute."""
    found = []
    for src, version in versions.items():
        i = sentence[src]
        text, tokens = documents[src].sentences[i], documents[src].tokens[i]
        at = text.find(version)
        inside = [
            k
            for k, t in enumerate(tokens)
            if t.number and at >= 0 and at <= t.start and t.end <= at + len(version)
        ]
        code = money(text, tokens, inside[0]) if len(inside) == 1 else None
        if code is None:
            return False
        found.append((code, magnitude(tokens[inside[0]].key)))
    return len(found) == 2 and found[0][0] != found[1][0] and _rate_holds(*found)


LARGE_SUM = 1_000_000  # sums this large in two currencies at the rate meet by no chance


def exchanged(mine: Slot, currency: str, others: Sequence[tuple[str, Slot]]) -> bool:
    """One sum told in two currencies by two outlets: "carrying £300,000 in cash" and
    "carrying about $470,000 in cash".  The other figure must be said of the same thing
    (a word in common around it), or both be millions ("for £89m" / "for €105m"), and
    lie within what the one currency fetched in the other since 1999."""
    value = magnitude(mine[0].split(":", 1)[1])
    for code, theirs in others:
        other = magnitude(theirs[0].split(":", 1)[1])
        alike = bool(mine[1] & theirs[1]) or min(value, other) >= LARGE_SUM
        if alike and _rate_holds((currency, value), (code, other)):
            return True
    return False
