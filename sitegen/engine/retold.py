"""Figures another outlet tells another way, so that neither is a detail of its own.

An age and the year it counts from ("the 6-year-old dot-com" written in 2004 is
"founded in 1998"), a position and a count ("a wild seventh game" / "in Game 7"),
a time of day set as a decimal and on the clock ("at 3.54" / "at 3.54pm"), a span of
years read as the year it reaches back to and the same span as a count.  Each
helper takes one figure of one source and what the other sources give.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from .figures import DECIMAL_CLOCK
from .model import Token
from .namewords import TIME_ZONES
from .slots import Slot
from .wordshape import hedged

_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")
_PERIODS = frozenset("anniversari season campaign year term".split())
_LONG = frozenset("long full whole straight".split())
_LIFE = frozenset("mid early late his her their".split())  # ... before "20s": an age
_AGED = frozenset("old history career reign rule run tenure existence".split())


def _age(tokens: Sequence[Token], k: int) -> int | None:
    """The age ``tokens[k]`` gives, or None: 200 for "the 200-year-old museum" and for
    "its 200th anniversary", 20 for "his 20th NBA season"."""
    t = tokens[k]
    if not t.number:
        return None
    keys = [u.key for u in tokens[k + 1 : k + 3]]
    if t.key.isdigit() and keys[:1] == ["year"] and keys[1:2] and keys[1] in _AGED:
        return int(t.key)  # "the 6-year-old dot-com", "its 18-year history"
    # "After 10 long years in captivity": a span, from the year another gives ("2003");
    # "20 seasons", another's "his 20th season".
    after = tokens[k + 1 : k + 3]
    if after and after[0].key in _LONG:
        after = after[1:]
    if t.key.isdigit() and after and after[0].text.endswith("s") and after[0].stem in _PERIODS:
        return int(t.key)
    ordinal = _ORDINAL.fullmatch(t.key)
    if ordinal and any(u.stem in _PERIODS for u in tokens[k + 1 : k + 3]):
        return int(ordinal.group(1))
    return None


def _decade(tokens: Sequence[Token], k: int) -> int | None:
    """The decade of someone's life ``tokens[k]`` gives, or None: 20 for "in his mid-20s",
    "in her early 20s", "in their 20s"."""
    t = tokens[k]
    if k == 0 or not (t.number and t.key.isdigit() and len(t.key) == 2 and t.key[1] == "0"):
        return None
    glued = k + 1 < len(tokens) and tokens[k + 1].key == "s" and tokens[k + 1].start == t.end
    if not (t.text.endswith("s") or glued):
        return None
    return int(t.key) if tokens[k - 1].key in _LIFE else None


def years_ago(sentences: Sequence[Sequence[Token]]) -> set[int]:
    """The ages the sentences give: {200} for "the 200-year-old museum"."""
    return {
        found
        for tokens in sentences
        for k, t in enumerate(tokens)
        if t.number and (found := _age(tokens, k)) is not None
    }


def age_told(
    tokens: Sequence[Token], k: int, year: int | None, ages: set[int], others: Sequence[set[str]]
) -> bool:
    """Whether an age or a year is another source's told the other way: "the 6-year-old
    dot-com" written in 2004 is another's "founded in 1998", "its 200th anniversary"
    another's "the 200-year-old museum" or "over 20 seasons"."""
    decade = _decade(tokens, k)
    if decade is not None:  # "in his mid-20s" / "the 26-year-old"
        return any(decade <= age < decade + 10 for age in ages)
    if year is None:
        return False
    age = _age(tokens, k)
    if age is not None:
        told = {str(age), str(year - age)}
        return age in ages or any(told & v for v in others)
    key = tokens[k].key
    return key.isdigit() and len(key) == 4 and year - int(key) in ages


def ordinal_told(mine: Slot, rest: Sequence[Slot]) -> bool:
    """Whether a position ("a wild seventh game") is another's count of the same thing
    ("in Game 7"), or a count ("30 games") another's position ("the 30th game")."""
    kind, _, value = mine[0].partition(":")
    if kind == "count" and value.isdigit() and mine[1]:
        if quarter := _quarter(mine):
            named = {f"position:{key}" for key in _ordinal_keys(int(quarter))}
            if any(theirs[0] in named and "quarter" in theirs[1] for theirs in rest):
                return True
        # ... and the other way round: "the 30 games in the final set" / "the 30th game"
        wanted = {f"position:{key}" for key in _ordinal_keys(int(value))}
        return any(theirs[0] in wanted and theirs[1] & mine[1] for theirs in rest)
    ordinal = _ORDINAL.fullmatch(value) if kind == "position" else None
    if ordinal is None or not mine[1]:
        return False
    count = f"count:{ordinal.group(1)}"
    if "quarter" in mine[1] and any(_quarter(theirs) == ordinal.group(1) for theirs in rest):
        return True
    # "in the sixth day of deliberations" / "deliberated over six days"
    days = f"duration:{int(ordinal.group(1)) * DAY}min" if "day" in mine[1] else count
    return any(theirs[0] in (count, days) and theirs[1] & mine[1] for theirs in rest)


# The quarter of a year three months name by where they fall: "the final three months of
# 2023", "the three months to June".
_QUARTER_BY = {"first": "1", "final": "4", "last": "4", "march": "1", "june": "2"}
_QUARTER_BY |= {"septemb": "3", "sept": "3", "decemb": "4"}


def _quarter(slot: Slot) -> str | None:
    if slot[0] != "count:3" or "month" not in slot[1]:
        return None
    found = {_QUARTER_BY[w] for w in slot[1] if w in _QUARTER_BY}
    return found.pop() if len(found) == 1 else None


DAY = 1440  # minutes: spans of time are read in minutes


def days_told(mine: Slot, rest: Sequence[Slot]) -> bool:
    """Whether a span of days ("over six days") is another's day of it ("in the sixth day")."""
    kind, _, value = mine[0].partition(":")
    minutes = value.removesuffix("min")
    if kind != "duration" or not minutes.isdigit() or int(minutes) % DAY:
        return False
    wanted = {f"position:{key}" for key in _ordinal_keys(int(minutes) // DAY)}
    return any(theirs[0] in wanted and "day" in theirs[1] for theirs in rest)


def _ordinal_keys(n: int) -> set[str]:
    """The keys a position is read under: "63rd" and "sixty-third" are keyed "63th", and
    "first" to "third" stay words."""
    return {f"{n}th", *(("first", "second", "third")[n - 1 : n] if 1 <= n <= 3 else ())}


# A time of day as a slot or a key gives it: "8:12", "14:05".
_CLOCK = re.compile(r"(\d{1,2}):(\d\d)")


def clock_told(tokens: Sequence[Token], k: int, mine: Slot, rest: Sequence[Slot]) -> bool:
    """Whether a time of day set as a decimal, with no "pm" ("found dead at 3.54 this
    afternoon"), is another's time ("at 3.54pm"), or the other way round."""
    kind, _, value = mine[0].partition(":")
    if kind == "time" and (told := _CLOCK.fullmatch(value)):
        hour = int(told.group(1)) % 12 or 12
        # (keyed as a number: "7.30" is "count:7.3"; "2.00" would be any "2")
        minute = told.group(2)
        decimal = f"count:{float(f'{hour}.{minute}'):g}" if minute != "00" else ""
        return any(theirs[0] in (f"count:{hour}.{minute}", decimal) for theirs in rest)
    # (its text: "7.30" is keyed as the number 7.3)
    clock = DECIMAL_CLOCK.fullmatch(tokens[k].text)
    if clock is None or not k or tokens[k - 1].key not in ("at", "around", "about", "by"):
        return False
    hour, minute = int(clock.group(1)), clock.group(2)
    times = {f"time:{hour}:{minute}", f"time:{hour + 12}:{minute}"}
    return any(theirs[0] in times for theirs in rest)


# The hours that have names of their own: "12:00am" is "midnight", "12pm" is "noon".
_NAMED_HOURS = {"time:0:00": ("midnight",), "time:12:00": ("noon", "midday")}


def hour_named(mine: Slot, vocab: Sequence[AbstractSet[str]]) -> bool:
    """Whether a time of day is midnight or noon and another outlet gives it by that name:
    "just after 12:00am WST" and "around midnight local time"."""
    names = _NAMED_HOURS.get(mine[0], ())
    return any(name in words for name in names for words in vocab)


# The United States' time zones, by their hours behind the east coast's.
_US_ZONES = {
    **dict.fromkeys(("eastern", "et", "est", "edt"), 0),
    **dict.fromkeys(("central", "ct", "cst", "cdt"), 1),
    **dict.fromkeys(("mountain", "mt", "mst", "mdt"), 2),
    **dict.fromkeys(("pacific", "pt", "pst", "pdt"), 3),
}


# ... and the world's, with the place's own: "GMT", "CET", "local".
_WORLD_ZONES = TIME_ZONES | {"local"}

# The zones as a source's words give them: "Eastern", "ET", "eastern".
_ZONE_FORMS = frozenset(form for z in _US_ZONES for form in (z, z.upper(), z.title()))


def zone_told(
    tokens: Sequence[Token], k: int, mine: Slot, rest: Sequence[Slot], others: Sequence[set[str]]
) -> bool:
    """Whether a time of day in one of the United States' zones ("at 8:12 a.m. Central
    time") is another's time in another of them ("at 9:12 a.m. Eastern time"): the same
    minute, an hour or three apart.  A time told with no zone ("at 12:42 p.m.", local
    time) is another's told in a zone ("at 1:42 p.m. ET") when its minute is particular."""
    kind, _, value = mine[0].partition(":")
    told = _CLOCK.fullmatch(value) if kind == "time" else None
    if told is None:
        return False
    zoned = k + 1 < len(tokens) and tokens[k + 1].key.lower() in _US_ZONES
    particular = told.group(2) not in ("00", "15", "30", "45")
    hour, minute = int(told.group(1)), told.group(2)
    # A particular minute told in a zone of the world, perhaps after the day ("at 3:59
    # p.m. Monday ET", "at 14:40 GMT", "at 2:40 p.m. local time"), is another's same minute
    # at any hour: the time where it happened, told by an outlet elsewhere.
    after = {t.key.lower() for t in tokens[k + 1 : k + 3]}
    if particular and after & _WORLD_ZONES:
        return any(theirs[0].endswith(f":{minute}") and theirs[0] != mine[0] for theirs in rest)
    if not zoned and not (particular and any(v & _ZONE_FORMS for v in others)):
        return False
    times = {f"time:{hour + d}:{minute}" for d in (-3, -2, -1, 1, 2, 3)}
    return any(theirs[0] in times for theirs in rest)


def zone_word(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is the zone a time of day is told in ("8:12 a.m. Central", "5pm
    Eastern Standard Time"): how the time was told, no place."""
    while k > 1 and tokens[k].key.lower() in _ZONE_TAIL:
        k -= 1
    return (
        k > 0 and tokens[k].key.lower() in _US_ZONES and bool(_CLOCK.fullmatch(tokens[k - 1].key))
    )


_ZONE_TAIL = frozenset(("standard", "daylight", "time"))


_YEARS_SPAN = re.compile(r"(\d+)\s+years?", re.IGNORECASE)


def span_told(t: Token, others: Sequence[set[str]]) -> bool:
    """Whether a span of years read as the year it reaches back to ("had orbited ... for 15
    years" is 1986) is the span another source gives as a count ("its 15-year voyage")."""
    span = _YEARS_SPAN.fullmatch(t.text) if t.number and t.key != t.text else None
    return span is not None and any(span.group(1) in v for v in others)


ROUGH_SPAN = 0.1  # a span of years given roughly ("nearly 60 years") is within this of it


def _rough_years(tokens: Sequence[Token], k: int) -> set[str]:
    """The years a span given roughly reaches back to, else none: "for nearly 60 years"
    written in 2016 is 1950 to 1962 (its key is already the year, 1956)."""
    t = tokens[k]
    span = _YEARS_SPAN.fullmatch(t.text) if t.number and t.key.isdigit() else None
    if span is None or t.key == t.text or not hedged(tokens, k):
        return set()
    years = int(span.group(1))
    written = int(t.key) + years
    low, high = round(years * (1 - ROUGH_SPAN)), round(years * (1 + ROUGH_SPAN))
    return {str(written - n) for n in range(low, high + 1)}


def rough_spans(sentences: Sequence[str], tokens: Sequence[Sequence[Token]]) -> set[str]:
    """Every year the sentences' spans given roughly may reach back to."""
    return {
        year
        for text, words in zip(sentences, tokens, strict=True)
        if "year" in text
        for k, t in enumerate(words)
        if t.number and t.key != t.text  # a span read as a year
        for year in _rough_years(words, k)
    }


def rough_span_told(
    tokens: Sequence[Token], k: int, others: Sequence[set[str]], rough_elsewhere: set[str]
) -> bool:
    """Whether a year is one another source's span given roughly reaches back to ("since
    1959" / "for nearly 60 years"), or such a span reaches back to a year another gives."""
    if tokens[k].key in rough_elsewhere:
        return True
    return any(year in v for year in _rough_years(tokens, k) for v in others)


# A share told as a fraction in words: "donating 50%" is "half of which ... donating".
_SHARES = {
    **{"50%": "half", "25%": "quarter", "75%": "quarter", "33%": "third", "33.3%": "third"},
    **{"20%": "fifth", "40%": "fifth", "60%": "fifth", "80%": "fifth", "10%": "tenth"},
}
_CHANGES = frozenset("more less higher lower fewer up down above below".split())


def share_told(
    tokens: Sequence[Token], k: int, others: Sequence[set[str]], slot: str | None = None
) -> bool:
    """Whether a percentage is the fraction another source gives in words ("50%" / "half"),
    and so is a share told as a count out of a count (``slot`` "share:20%" for "one in
    five" / "a fifth").

    A change by that much is no share of anything: "50% more likely" is not "half".
    """
    key = slot[6:] if slot and slot.startswith("share:") else tokens[k].key
    word = _SHARES.get(key)
    # ... and a share near a half, a third or a quarter is the fraction another source gives
    # roughly: "50.8 percent of the 312,887 vehicles" / "more than half of the new
    # registrations", "rising to 35.8%" / "rising to more than a third".
    # (not a change by that much: "pretax profit jumped by 54%")
    by = k > 0 and tokens[k - 1].key == "by"
    if word is None and key.endswith("%") and not by:
        word = _near_fraction(key[:-1])
    if word is None or (k + 1 < len(tokens) and tokens[k + 1].key in _CHANGES):
        return False
    return any(word in v for v in others)


NEAR_HALF = 5.0  # percentage points from 50 within which a share is "about half"
# ... and from a third or a quarter (or two thirds, three quarters), fewer as the share is less
_FRACTIONS = (
    (50.0, "half", NEAR_HALF),
    (100 / 3, "third", 3.0),
    (200 / 3, "third", 3.0),
    (25.0, "quarter", 2.0),
    (75.0, "quarter", 2.0),
)


def _near_fraction(figure: str) -> str | None:
    """The fraction in words ("half", "third", "quarter") a percentage is about."""
    try:
        share = float(figure)
    except ValueError:
        return None
    return next((word for at, word, near in _FRACTIONS if abs(share - at) <= near), None)


# A rank in figures is the rank in words another source gives: "1st Sgt." / "First Sergeant".
_RANK_WORDS = {"1th": "first", "2th": "second", "3th": "third"}


def rank_told(t: Token, others: Sequence[set[str]]) -> bool:
    """Whether a first, second or third in figures ("1st") is one another source writes out."""
    word = _RANK_WORDS.get(t.key) if t.number else None
    return word is not None and any(word in v for v in others)


def year_span_told(
    sentence: str, tokens: Sequence[Token], k: int, vocab: Sequence[set[str]]
) -> bool:
    """Whether ``tokens[k]`` opens a year written as its span, the period another source
    names by the year it ends in: the "2022" of "in 2022/23" is another's "the year to March
    2023"."""
    if k + 1 >= len(tokens):
        return False
    first, last = tokens[k], tokens[k + 1]
    if not (first.key.isdigit() and len(first.key) == 4 and last.key == str(int(first.key) + 1)):
        return False
    return sentence[first.end : last.start] in ("/", "-", "–") and any(
        last.stem in told for told in vocab
    )
