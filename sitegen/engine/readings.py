"""Readings: the figures a sentence's tokens give, read in place once they are made.

A figure beside a month is a date ("Jan 1", "the 29th of March"); one after "a" or
before a fraction is a share ("almost a fifth", "two fifths"); a scale word names a
figure only after one ("six million", never "multi-billion"); a code's digits are no
figure ("launch pad 39A"); "six and a half" is 6.5; and both ends of a range are what
the range is ("0 to 0.1 per cent").  :func:`read_figures` mends a sentence's tokens so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Token
from .numbers import ORDINALS, PLAIN_VALUE, UNIT_ABBREVIATIONS, number_value
from .words import MONTHS, stem

_MONTH_SHORT = {m[:3]: m for m in MONTHS if len(m) > 4} | {"sept": "september"}
_FRACTION = frozenset("a an one".split())
_SCALE_WORDS = frozenset("hundred thousand million billion trillion".split())


def half_follows(tokens: Sequence[Token], k: int) -> bool:
    """Whether "and a half" follows ``tokens[k]`` ("eight and a half years"): the half is read
    into the figure's value, and its words belong to the figure's phrase."""
    return (
        k + 3 < len(tokens)
        and tokens[k + 3].key == "half"
        and tokens[k + 2].key == "a"
        and tokens[k + 1].key == "and"
    )


def read_figures(found: list[Token]) -> None:
    """Read figures beside a month or after "a", and ranges, as what they are, in place.

    "Jan 1" is "January 1" (a "Jan" with no day beside it may be a person); "March
    29th" and "the 29th of March" are the date, not the 29th of something; "almost a
    fifth" and "two fifths" are shares, not positions; in "0 to 0.1 per cent" both
    ends are percentages.
    """
    for n, t in enumerate(found):
        before = found[n - 1] if n else None
        if t.key in _MONTH_SHORT and any(
            found[m].number for m in (n - 1, n + 1) if 0 <= m < len(found)
        ):
            month = _MONTH_SHORT[t.key]
            found[n] = t._replace(key=month, stem=stem(month), name=False)
        elif before and (before.number or before.key in _FRACTION) and t.text.lower() in ORDINALS:
            low = t.text.lower()
            found[n] = t._replace(key=low, stem=stem(low), number=False)
        elif t.number and t.key.endswith("th") and t.key[:-2].isdigit():
            following = [x.key for x in found[n + 1 : n + 3]]
            of_month = following[:1] == ["of"] and following[1:2] != [] and following[1] in MONTHS
            # "March 29th", "the 29th of March" and "6th September" are dates.
            if (
                (before and before.key in MONTHS)
                or of_month
                or (following[:1] and following[0] in MONTHS)
            ):
                found[n] = t._replace(key=t.key[:-2], stem=t.key[:-2])
    # What follows holds only from a figure on, and keeps every token a figure or not.
    figures = [n for n, t in enumerate(found) if t.number]
    for n in figures:
        # "12GB of RAM" is "12 gigabytes of RAM": a unit's abbreviation after a figure.
        if n + 1 < len(found) and (t := found[n + 1]).key in UNIT_ABBREVIATIONS:
            unit = UNIT_ABBREVIATIONS[t.key]
            found[n + 1] = t._replace(key=unit, stem=stem(unit), name=False)
    # "multi-billion dollar deals" counts nothing: the scale word names no figure there;
    # nor does "Pad 39A", a code whose letter follows its digits.
    for n in figures:
        t = found[n]
        if n and found[n - 1].key == "multi" and t.text.lower() in _SCALE_WORDS:
            found[n] = t._replace(key=t.text.lower(), stem=t.text.lower(), number=False)
        elif (
            n + 1 < len(found)
            and (code := found[n + 1]).start == t.end
            and len(code.text) == 1
            and code.text.isupper()
            and code.text not in "CFKM"  # "40C", "104F", "a 10K run", "5M"
            and t.text.isdigit()
        ):
            # ... known by the code whole: the "3" of "3D-printed" is no "three pages".
            found[n] = t._replace(number=False, stem=t.key + code.text)
        # "six and a half", "9 and a half": the half goes with the figure, as in "6½".
        elif half_follows(found, n) and PLAIN_VALUE.fullmatch(t.key):
            half = f"{float(t.key) + 0.5:.15g}"
            found[n] = t._replace(key=half, stem=half)
    # "850p" and "850 pence" are £8.50: pence are a hundredth of a pound, and so are cents
    # set close, as a price in rand or dollars ("52c a litre" is "52 cents").
    for n in figures:
        t = found[n]
        glued = n + 1 < len(found) and found[n + 1].start == t.end
        pence = found[n + 1].key == "pence" if n + 1 < len(found) else False
        # (in capitals, "40C" is a temperature)
        close = glued and (found[n + 1].key == "p" or found[n + 1].text == "c")
        if (close or pence) and t.text.isdigit():
            pounds = f"{int(t.text) / 100:.15g}"
            found[n] = t._replace(key=pounds, stem=pounds)
    # "½ percent": a share written after a figure that is not digits ("¼", "1/4").
    for n in figures:
        if n + 1 == len(found):
            break
        t, after = found[n], found[n + 1]
        if PLAIN_VALUE.fullmatch(t.key) and after.key in ("percent", "pct"):
            found[n] = t._replace(key=t.key + "%", stem=t.key + "%")
    # "a 55-45 per cent split": the unit after two figures joined by a dash holds for both.
    for n in figures:
        if n + 1 == len(found):
            break
        first, last = found[n], found[n + 1]
        if (
            PLAIN_VALUE.fullmatch(first.key)
            and last.start == first.end + 1
            and last.key.endswith("%")
            and PLAIN_VALUE.fullmatch(last.key[:-1])
        ):
            found[n] = first._replace(key=first.key + "%", stem=first.key + "%")
        # "6-10 hours": a span of time, the unit after both figures; "$1-1.5 million": both
        # ends are millions.
        if last.start == first.end + 1:
            found[n] = _spanned(found[n], last)
            found[n] = _clocked(found[n], last)  # "7-11 p.m." runs from 7pm
            if last.number and last.text[-1].isalpha():
                found[n] = _scaled(found[n], last)
    # "0 to 0.1 per cent": the unit after a range holds for both ends of it.
    for n in figures:
        if n + 2 >= len(found):
            break
        first, joint, last = found[n], found[n + 1], found[n + 2]
        # "won 3-1 and 45% of the votes": the 1 ends a score, it starts no range.
        scored = n > 0 and found[n - 1].number and found[n - 1].end + 1 == first.start
        if (
            not scored
            and first.key[-1].isdigit()
            and not (first.key.isdigit() and len(first.key) == 4)  # "from 2019 to 5%": a year
            and joint.key in ("to", "and")
            and last.key.endswith("%")
            and last.key[:-1].replace(".", "", 1).isdigit()
        ):
            found[n] = first._replace(key=first.key + "%", stem=first.key + "%")
        # "2.5 to 6.5 hours": both ends are spans of time in the last one's unit; "from 7 to
        # 11pm", times of the day in its half.
        if joint.key in ("to", "and", "or"):
            found[n] = _spanned(found[n], last)
            found[n] = _clocked(found[n], last)
        # "from $332 to $350 million", "30 or 40 million": both ends are millions; not the
        # "20" of a year "2019/20" or of a score "3-1".
        if joint.key in ("to", "and", "or") and not scored:
            found[n] = _scaled(found[n], last)


def _written(last: Token) -> float:
    """The figure ``last`` is written with ("350" of "$350 million", "10" of "10 hours"),
    or 0: what its key is that figure times says its unit or its scale."""
    told = PLAIN_VALUE.match(last.text)
    if told:
        return float(told.group())
    # ... or in words: the "nine" of "six to nine hours", the "four" of "three to four
    # million".
    alone = number_value(last.text.lower()) if " " not in last.text else None
    if alone and alone.isdigit():
        return float(alone)
    head, _, scale = last.text.rpartition(" ")
    words = number_value(head) if head and scale.lower() in _SCALE_WORDS else None
    return float(words) if words and words.isdigit() else 0.0


def _scaled(first: Token, last: Token) -> Token:
    """``first`` in the scale of ``last`` ("332" of "from $332 to $350 million" is 332
    million, "three" of "three to four million" 3 million), when ``last`` has a scale and
    ``first`` is a plain figure near its size."""
    if not (first.number and last.key.isdigit()):
        return first
    plain = PLAIN_VALUE.fullmatch(first.text) or number_value(first.text) == first.key
    # ("four per cent to 50,510": a share, its key "4%", is no figure of the next one's scale)
    if not (plain and PLAIN_VALUE.fullmatch(first.key)):
        return first
    size = _written(last)
    if not size:
        return first
    scale = int(last.key) / size
    if scale < 1000 or not size / 10 <= float(first.key) <= size:
        return first
    value = f"{float(first.key) * scale:.15g}"
    return first._replace(key=value, stem=value)


_HALF_OF_DAY = re.compile(r"\s?([ap])\.?m\.?$", re.IGNORECASE)


def _clocked(first: Token, last: Token) -> Token:
    """``first`` as a time of day in the half of it ``last`` names ("7" of "7-11 p.m." is
    19:00, "11" of "11 to 2pm" 11:00), or ``first`` as it is when ``last`` is no time of day
    told with its half or ``first`` no hour of the clock."""
    half = _HALF_OF_DAY.search(last.text)
    if not (half and first.number and first.key.isdigit() and ":" in last.key):
        return first
    hour = int(first.key)
    if not 1 <= hour <= 12:
        return first
    hour %= 12
    if half.group(1).lower() == "p" and hour + 12 <= int(last.key.split(":")[0]):
        hour += 12  # ... unless the range runs across noon: "from 11 to 2pm"
    value = f"{hour}:00"
    return first._replace(key=value, stem=value)


def _spanned(first: Token, last: Token) -> Token:
    """``first`` as a span of time in the unit of ``last`` ("6" of "6-10 hours" is 360
    minutes), or ``first`` as it is when ``last`` is no span or ``first`` no plain figure."""
    if not (first.number and last.key.endswith("min") and PLAIN_VALUE.fullmatch(first.key)):
        return first
    size = _written(last)
    if not size:
        return first
    per = float(last.key.removesuffix("min")) / size
    minutes = f"{float(first.key) * per:.15g}min"
    return first._replace(key=minutes, stem=minutes)


# Common nouns written in capitals: "a local TV station", "the company's CEO".
