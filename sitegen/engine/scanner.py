"""The scanner: where a sentence's tokens begin and end, and the key each one stands for.

Most words are plain and keyed as they are.  A figure is one token with its
unit or scale ("1,550", "3.5%", "3 million", "10:30", "12th"); a number in
words ("one hundred and five") is its value; a span of time that names a
number ("half an hour", "four years ago", "in 32 years") is that number of
minutes or the year it reaches back to.  :func:`sitegen.engine.text.tokenize`
builds its tokens from what :func:`matches` and :func:`keys` give.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from .namewords import CURRENCY_CODES
from .numbers import (
    FRACTION_RE,
    LONG_SCALES,
    NUMBER_SET,
    NUMBER_WORDS,
    SCALES,
    SHARE,
    SPAN_WORDS,
    VULGAR,
    digits_key,
    duration,
    number_value,
)
from .spans import clock, reaches_back
from .words import word_key

# A token is a number with its unit or scale (1,550  3.5%  3 million  4.5bn  10:30  12th),
# a number in words ("one hundred and five", "thirty-four per cent"), a span of time that
# names a number ("half an hour", "four years ago", "in 32 years" read as a year where the
# words around say so), a dotted acronym (U.S.) or a word with
# inner apostrophes (Russia's).  Hyphens split other words, so "Kiev-approved" and
# "Kyiv-approved" share their parts.
_GAP = "[ \\u00a0\\u2009\\u202f]"  # a space between groups of thousands

# A sum whose currency is written as letters glued to it ("Rs1,000", "KSh2,500", "INR500"):
# the code is a word of its own and the sum a figure, as in "Rs 1,000".  Other letters glued
# to digits are a name's code ("G20", "MH17", "A320") unless the digits are grouped in
# thousands ("R1,000"), as only a sum is.  (CURRENCY_CODES, from namewords.)

TOKEN_RE = re.compile(
    # "$US10.99" and "US$54.20": which dollar, no word
    # ("US $12.7 billion" and "US$ 12.7 billion" too; "A $1" may be an article, "S $5" a grade)
    r"(?P<prefix>(?<=\$)(?:US|AU|NZ|HK|SG|A|C|S)(?=\d)|\b(?:US|AU|NZ|HK|SG|A|C|S)(?=\$\d)"
    r"|\b(?:US|AU|NZ|HK|SG)(?=\s\$\d|\$\s\d))"
    r"|(?P<ago>(?i:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
    r"\s+years?\s+ago|last\s+year|(?<!the )next\s+year|(?:a|one)\s+year\s+earlier))\b"
    rf"|(?P<span>(?i:(?:\d+|(?:{NUMBER_WORDS})(?:-(?:{NUMBER_WORDS}))?)"
    r"(?:\s+(?:long\s+)?(?:years|decades|centuries)|-decades?)))\b"  # "three long decades"
    # "24 months" is the "two years" another outlet gives
    rf"|(?P<months>(?i:(?:\d+|(?:{NUMBER_WORDS})(?:-(?:{NUMBER_WORDS}))?)[\s-]months?))\b"
    # "an 11-year high" written in 2023 is the highest since 2012
    rf"|(?P<peak>(?i:(?:\d+|{NUMBER_WORDS})-year)(?=\s+(?i:highs?|lows?|peaks?|records?)\b))"
    r"|(?P<half>(?i:half\s+an\s+hour|half-hour))\b"
    r"|(?P<halved>(?i:half\s+an?\s+(?:thousand|million|billion|trillion)))\b"
    r"|(?P<decade>(?:1\d|20)\d0['’]?s|[3-9]0s)\b"  # "the 1990s": a decade, not 1990
    rf"|(?P<dozen>(?i:(?:half\s+a|an?|\d+|{NUMBER_WORDS})\s+dozen))\b"
    rf"|(?P<duration>(?i:(?:an?\s)?(?:(?:\d+|{NUMBER_WORDS})[\s-]and[\s-]a[\s-]half"
    rf"|{FRACTION_RE}|\d+(?:\.\d+)?|an?"
    rf"|(?:{NUMBER_WORDS})(?:[\s-](?:{NUMBER_WORDS}))*)"
    # "four more days" is a span of four days too, and so are "10 working days"
    # ... and "1545hrs", a time of day as wires write it, the unit glued on
    rf"(?:\s?-|\s|(?<=\d{{4}})(?=hrs\b))(?:(?:{SPAN_WORDS})\s)?"
    r"(?:minute|min|hour|hr|day|week|fortnight)s?(?:[\s-]and[\s-]a[\s-]half)?"
    # ... and "three hours and 15 minutes", "19 days, one hour and 49 minutes", "two hours
    # and 35 seconds" one span
    rf"(?:,?\s(?:and\s)?(?:\d+|an?|(?:{NUMBER_WORDS})(?:-(?:{NUMBER_WORDS}))?)"
    r"\s(?:minute|min|hour|hr|day|week|second)s?(?=\W|$))*))\b"
    # "$1.2B", "$300K": a sum with its scale in a capital letter, as American business copy
    # writes it, or billions in a small one ("US$50b"); only after a currency sign, where
    # the letter can be nothing else ("$US44.58b" too, the dollar named after its sign).
    r"|(?P<cash>(?:(?<=[$£€¥])|(?<=\$US|\$AU|\$NZ|\$HK|\$SG)|(?<=\$[ACS]))"
    r"\d+(?:\.\d+)?[BMKTb](?![\w]))"
    r"|(?P<basis>\d+(?:\.\d+)?[\s-]?(?i:bas(?:is|e)[ -]points?|bps|bp)\b)"
    # "a quarter-point increase", "half a percentage point": a move of a rate in words.
    r"|(?P<pointed>(?i:(?:a\s)?(?:quarter|half)(?:\sa)?[\s-](?:percentage[\s-])?point)s?\b)"
    r"|(?P<clock>\d{1,2}(?:[:.]\d{2}(?::\d{2})?)?\s?(?i:am|pm|a\.m\.?|p\.m\.?)(?!\w)"
    r"|(?:[01]?\d|2[0-3])h[0-5]\d\b)"  # "20h50", as French and African outlets write it
    # "1/4 per cent" is a quarter of one, never a date ("04/07/2012"), a score or a phase.
    rf"|(?P<fraction>(?<![\d/\u2044])(?<![Pp]hase ){FRACTION_RE}(?![\d/\u2044])(?:{SHARE})?)"
    # "4x100m": a relay, a drive; one word, not the figure 4
    r"|(?P<times>\d+[x×]\d+(?i:m|km)?\b)"
    # "4 000" and "12 500 000": thousands set apart by a space, as many outlets write them;
    # not "Game 6 114-110", a game and a score, nor "won by 325 306", two figures whose "to"
    # fell out: three digits and three more are one figure only when round ("325 000").
    rf"|(?P<digits>(?:(?:\d{{1,3}}(?:{_GAP}\d{{3}}){{2,}}|\d{{1,2}}{_GAP}\d{{3}}|\d{{3}}{_GAP}\d\d0)"
    r"(?![\d,.:]?\d)(?!\s?[-\u2013]\s?\d)"
    r"|(?:(?<![\w.])\.)?\d+(?:[.,:]\d+)*)"  # ".11", a decimal without its leading zero
    # ... "90 m.p.h." is a speed, not 90 million.
    rf"(?:{SHARE}|\s?(?:{SCALES}|{LONG_SCALES})\b(?!\.[a-z]\.)|-{LONG_SCALES}\b"
    r"|(?:st|nd|rd|th)\b)?)"
    rf"|(?P<words>(?i:(?:an?\s)?(?:{NUMBER_WORDS})(?:(?:\s+and\s+|\s+|-)(?:{NUMBER_WORDS}))*)"
    # ... in lakhs and crores too, as Indian outlets count: "a fine of Rs one lakh"
    rf"(?:\s(?i:lakhs?|crores?))?\b(?:{SHARE})?)"
    r"|(?:[^\W\d_]\.){2,}(?:[^\W\d_](?!\w))?"  # "U.S.", and "W.H.O" without its last stop
    rf"|(?P<coded>\b(?:{'|'.join(CURRENCY_CODES)})(?=\d+(?![\w'’]))"
    r"|\b[^\W\d_]+(?=\d{1,3}(?:,\d{3})+(?!\d))"
    # ... or by its scale after it: "an R85 billion cut", "a N500 million contract".
    r"|\b[A-Z][a-z]?(?=\d+(?:\.\d+)?[\s-](?:million|billion|trillion|bn)\b))"
    r"|[^\W_]+(?:['’][^\W_]+)*",
)

# Words where one of TOKEN_RE's groups other than a plain word can begin: a digit, a number
# word, "a"/"an" ("a day", "a hundred"), "half", "last" ("last year"), or a letter and a
# full stop ("U.S.").  Every other word is a plain word, found by a far simpler pattern.
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Distances raced, written as "100m": on a track or in a pool they are metres.
_RACE = re.compile(r"(?:50|60|100|110|200|400|800|1500|3000|5000|10000)m")
_RACED = (
    r"(?i)\s+(?:final|finals|race|relay|hurdles|freestyle|butterfly|breaststroke|backstroke|"
    r"medley|dash|sprint|heats?|semi-?finals?|world record|record|title|gold|silver|bronze)\b"
    r"|\s+and\s+\d+(?:[x×]\d+)?m\b"  # "the 200m and 4x100m"
)
_RACERS = r"(?i)(?:\bmen|\bwomen|\bboys|\bgirls)['’]s\s+$"
# ... or the race named alone, where no noun follows to be counted in millions: "won the
# 1500m in 3:50.30", "the world record holder in the 5000m." ("the 100m viewers" counts).
_THE = r"(?i)\bthe\s+$"
_NO_NOUN = r"\*?(?:\s*[,.;:)!?]|\s*$|\s+(?:in|at|on|with|and|for|after|before|last|this|earlier)\b)"
# Heights and depths written as "3,067m" or "80 m": a peak, a shaft or a wall measured in
# metres.
_MEASURE = re.compile(r"[\d,.]+ ?m")
_MARK = r"\d{1,2}\.\d\d ?m"
_MEASURED = (
    r"(?i)(?:\s+|-)(?:peak|summit|mountain|volcano|high|tall|deep|wide|long|across|underground|below"
    r"|above|tunnel|shaft|tower|wall|dam|bridge|drop|altitude|elevation|depth|of water)\b"
    r"|\s+\([\d,.]+\s?(?:yards|yds|feet|ft)\b"  # "500 m (550 yards)": told again in yards
)


def _lazy(pattern: str) -> re.Pattern[str]:
    """A pattern for a rare figure ("100m", "6.23m"), compiled when first met, not at every
    start: most articles have none."""
    return re.compile(pattern)


def _run(sentence: str, start: int, end: int) -> bool:
    """Whether "100m" at ``sentence[start:end]`` is a race: no currency before it, and a
    race's word after it ("final", "relay") or a field's before it ("the men's")."""
    if _priced(sentence, start):
        return False
    return bool(
        _lazy(_RACED).match(sentence, end)
        or _lazy(_RACERS).search(sentence, 0, start)
        or (
            _lazy(_THE).search(sentence, max(0, start - 5), start)
            and _lazy(_NO_NOUN).match(sentence, end)
        )
    )


def _measured(sentence: str, start: int, end: int) -> bool:
    """Whether "3,067m" at ``sentence[start:end]`` measures a height, a depth or a length:
    no currency before it, and what it measures after it ("peak", "deep", "15m-long"), or
    a field's mark to the centimetre with no noun after it ("soared to 6.23m, his
    seventh world record"; "1.25m households" are counted)."""
    if _priced(sentence, start):
        return False
    if _lazy(_MEASURED).match(sentence, end):
        return True
    return bool(
        _lazy(_MARK).fullmatch(sentence, start, end) and _lazy(_NO_NOUN).match(sentence, end)
    )


def _priced(sentence: str, start: int) -> bool:
    """Whether a currency sign stands right before ``sentence[start]``: "$100m" is money."""
    return sentence[max(0, start - 1) : start] in ("$", "£", "€", "¥")


LAPTIME = re.compile(
    r"(?i)\d{1,2}\s?(?:h|hrs?)\s?\d{1,2}\s?(?:m|mins?)\s?\d{1,2}(?:\.\d+)?\s?(?:s|secs?)\b"
)
_DOTTED = r"\d{1,3}(?:\.\d{3})+"
_RUPIAH = r"(?:\bRp|\bIDR)\s?$"
_AND_A_HALF = r"(?i)[\s-]and[\s-]a[\s-]half$"
_AFTER_MONTH = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+$")
_WORDLIKE = re.compile(r"[\w.]")  # before ".11", no decimal point: a word, "U.S.", "3."
_TRIGGERS = NUMBER_SET | {"a", "an", "half", "quarter", "last", "next"}


def matches(sentence: str) -> Iterator[re.Match[str]]:
    """The matches of TOKEN_RE in ``sentence``, as ``finditer`` gives them, found faster.

    Most words are plain; TOKEN_RE's many alternatives are tried only where one can begin.
    """
    pos = 0
    dollar = "$" in sentence  # asked once: most sentences have none
    while (m := WORD.search(sentence, pos)) is not None:
        word = m.group()
        # A trigger before an apostrophe counts too: TOKEN_RE reads "one’s" as "one", "s".
        head = word.lower()
        if "'" in head or "’" in head:
            head = head.partition("'")[0].partition("’")[0]
        special = (
            word[0].isdigit()
            or head in _TRIGGERS
            or (
                dollar
                and (
                    sentence[m.start() - 1 : m.start()] == "$"
                    or "$" in sentence[m.end() : m.end() + 2]
                )
            )
            or (len(word) == 1 and sentence[m.end() : m.end() + 1] == ".")
        )
        # "6½": a number and its vulgar fraction are one word, as word_key reads it.
        if special and word[0].isdigit() and not word.isdigit() and VULGAR.search(word):
            special = False
        if special:
            start = m.start()
            # "2hr 14min 04sec", "1h 32m 10s": a time run, its units cut short, asked only
            # where hours follow a figure.
            hours = word[0].isdigit() and "h" in sentence[start + 1 : start + 5].lower()
            if hours and (lap := LAPTIME.match(sentence, start)) is not None:
                yield lap
                pos = lap.end()
                continue
            # ".11 seconds": a decimal written without its leading zero starts at the point.
            point = start - 1 >= pos and sentence[start - 1 : start] == "."
            if point and word[0].isdigit() and not _WORDLIKE.match(sentence[start - 2 : start - 1]):
                start -= 1
            m = TOKEN_RE.match(sentence, start) or m
        elif word[-1].isdigit() and (coded := TOKEN_RE.match(sentence, m.start())) is not None:
            # "Rs1" of "Rs1,000": a currency code glued to its sum.  A name's code ("MH17")
            # stays the plain word it is.
            m = coded if coded.lastgroup == "coded" else m
        yield m
        pos = m.end()


def keys(m: re.Match[str], year: int | None) -> list[tuple[int, int, str]]:
    """The (start, end, key) of the token or tokens one match stands for."""
    if m.re is LAPTIME:
        hours, minutes, seconds = re.findall(r"\d+(?:\.\d+)?", m.group())
        return [(m.start(), m.end(), _lap(hours, minutes, seconds))]
    text = m.group()
    if m.group("prefix"):
        return []
    if m.group("times"):
        return [(m.start(), m.end(), text.lower())]
    if m.group("ago"):
        if year is None:
            return _split_words(m)
        count = text.split()[0].lower()
        if count == "next":
            return [(m.start(), m.end(), str(year + 1))]
        back = 1 if count in ("a", "an", "last") else int(word_key(count) if count != "one" else 1)
        return [(m.start(), m.end(), str(year - back))]
    if m.group("peak"):
        number = text.split("-")[0]
        count = word_key(number)
        if year is not None and count.isdigit():
            return [(m.start(), m.end(), str(year - int(count)))]
        return [(m.start(), m.start() + len(number), count), (m.end() - 4, m.end(), "year")]
    if m.group("span"):
        # "three decades", or "a three-decade conflict"
        number, span = re.split(r"\s+|-(?=decade)", text)[0], re.split(r"[\s-]", text)[-1]
        count = word_key(number)
        if count.isdigit() and span.lower().startswith("decade"):
            count = str(int(count) * 10)  # "in three decades" is "in 30 years"
        if count.isdigit() and span.lower() == "centuries":
            count = str(int(count) * 100)  # "in two centuries" is "in 200 years"
        if year is not None and count.isdigit() and reaches_back(m.string, m.start(), m.end()):
            return [(m.start(), m.end(), str(year - int(count)))]
        if span.lower() == "centuries":
            return _split_words(m)  # as a count it would meet any "200" of the event
        span_at = m.end() - len(span)
        return [(m.start(), m.start() + len(number), count), (span_at, m.end(), "years")]
    if m.group("months"):
        number = re.split(r"[\s-]+(?=months?$)", text, flags=re.I)[0]
        count = number if number.isdigit() else number_value(number.lower()) or ""
        # Whole years from two on: "a year" and "one year" are kept as words elsewhere.
        if not count.isdigit() or int(count) < 24 or int(count) % 12:
            return _split_words(m)
        unit_at = m.start() + len(number) + 1
        return [
            (m.start(), m.start() + len(number), str(int(count) // 12)),
            (unit_at, m.end(), "years"),
        ]
    if m.group("decade"):
        if len(text) == 3:
            # "since the ’90s", "the 90s", "the mid-80s": the 1990s; "in his 90s", an age.
            before = m.string[max(0, m.start() - 4) : m.start()]
            if not before.endswith(("'", "’", "the ", "mid-")):
                return [(m.start(), m.end() - 1, text[:2]), (m.end() - 1, m.end(), "s")]
            return [(m.start(), m.end(), "19" + text[:2] + "s")]
        return [(m.start(), m.end(), text[:4] + "s")]
    if m.group("halved"):
        # "a port city of half a million people": 500,000 of them.
        scale = number_value("a " + text.split()[-1])
        return [(m.start(), m.end(), f"{float(scale) / 2:.15g}")] if scale else _split_words(m)
    if m.group("half"):
        return [(m.start(), m.end(), "30min")]  # "within half an hour" / "30 minutes"
    if m.group("dozen"):
        # "half a dozen helicopters" are six, "two dozen homes" 24; "dozens" is no number.
        count = text.split()[0].lower()
        times = (
            0.5 if count == "half" else 1 if count in ("a", "an", "one") else float(word_key(count))
        )
        return [(m.start(), m.end(), f"{times * 12:g}")]
    if m.group("duration"):
        if (half := re.search(_AND_A_HALF, text)) is not None:
            # "an hour-and-a-half" is the "90 minutes" another outlet gives, in hours: the
            # count, then the unit with its half.
            unit = re.search(r"[^\W_]+(?=[\s-]and)", text)
            minutes = duration(text[: half.start()])
            if unit is not None and minutes:
                minutes += (duration(f"1 {unit[0]}") or 0) / 2
                return [
                    (m.start(), m.start() + unit.start() - 1, f"{minutes:.15g}min"),
                    (m.start() + unit.start(), m.end(), word_key(unit[0])),
                ]
        if (
            text[4:5] in (" ", "h")
            and _HOURS_24.fullmatch(text)
            and _TIME_WORD.search(m.string, max(0, m.start() - 30), m.start())
        ):
            # "at about 2300 hours": a time of day on the 24-hour clock, as wires and armies
            # write it; "put in 2300 hours" is a span of time.
            digits = m.start() + 4
            hours = digits + len(text[4:]) - len(text[4:].lstrip())
            return [
                (m.start(), digits, f"{int(text[:2])}:{text[2:4]}"),
                (hours, m.end(), word_key(m.string[hours : m.end()])),
            ]
        if text[:4].isdigit() and text[4:5] == "h":
            # "put in 2300hrs": the figure and its unit, two words as they were.
            return [(m.start(), m.start() + 4, text[:4]), (m.start() + 4, m.end(), text[4:])]
        minutes = duration(text)
        # "2 hours, 14 minutes, 4 seconds" is the time run "2:14:04" another outlet gives.
        if minutes and (told := _HMS.fullmatch(text)):
            return [(m.start(), m.end(), _lap(*told.groups()))]
        if not minutes or _CALLED_IT.search(m.string, max(0, m.start() - 12), m.start()):
            return _split_words(m)  # "we'll call it a day": she stops, it lasts no day
        if (apart := _two_spans(m)) is not None:
            head, joiner, tail = apart
            return [*keys(head, year), *joiner, *keys(tail, year)]
        # "a three-day strike": the article stays a word of its own unless it is the count
        # ("a day"), and the unit stays a word, so "nine minutes" still shares "minutes".
        unit = re.search(r"[^\W_]+$", text)
        article = re.match(r"(?i)(an?)\s+(?=[^\W_]+[\s-]+[^\W_]+$)", text)
        first = m.start() + (article.end() if article else 0)
        count_end = m.start() + len(text[: unit.start()].rstrip(" -"))  # type: ignore[union-attr]
        found = [(first, count_end, f"{minutes:.15g}min")]
        found.append((m.start() + unit.start(), m.end(), word_key(unit.group())))  # type: ignore[union-attr]
        if article:
            found.insert(
                0, (m.start(), m.start() + len(article.group(1)), word_key(article.group(1)))
            )
        return found
    if m.group("clock"):
        return [(m.start(), m.end(), clock(text))]
    if m.group("fraction"):
        # "2 1/2" and "2-1/2" are two and a half.
        whole, top, bottom = re.match(r"(?:(\d+)[ -])?(\d)[/\u2044](\d)", text).groups()  # type: ignore[union-attr]
        part = int(whole or 0) + int(top) / int(bottom)
        share = re.search(rf"{SHARE}$", text)
        return [(m.start(), m.end(), f"{part:.15g}{'%' if share else ''}")]
    if m.group("cash"):
        scale = {"B": "bn", "b": "bn", "M": "m", "K": "k", "T": "tn"}[text[-1]]
        return [(m.start(), m.end(), digits_key(text[:-1] + scale))]
    if m.group("pointed"):
        return [(m.start(), m.end(), "0.25%" if "quarter" in text.lower() else "0.5%")]
    if m.group("basis"):
        # "25 basis points" is "0.25 percentage point": one move of a rate, two ways.
        points = float(re.match(r"[\d.]+", text).group()) / 100  # type: ignore[union-attr]
        return [(m.start(), m.end(), f"{points:.15g}%")]
    if (
        len(text) == 4
        and m.group("digits")
        and _CLOCK_24.fullmatch(text)
        and (
            _ZONE.match(m.string, m.end())
            # ... or after a word that says when, from midnight to ten: "from 0001 on
            # Sunday" (no year opens on a nought)
            or (text[0] == "0" and _TIME_WORD.search(m.string, max(0, m.start() - 30), m.start()))
        )
    ):
        return [(m.start(), m.end(), f"{int(text[:2])}:{text[2:]}")]  # "0930 GMT"
    if m.group("digits") and _RACE.fullmatch(text) and _run(m.string, m.start(), m.end()):
        # "the 100m final", "the men's 200m": a distance run, not 100 million.
        return [(m.start(), m.end() - 1, text[:-1]), (m.end() - 1, m.end(), "metres")]
    if m.group("digits") and _MEASURE.fullmatch(text) and _measured(m.string, m.start(), m.end()):
        # "the 3,067m peak", "80 m high": a height or a depth, not 3,067 million.
        figure = text[:-1].rstrip()
        return [
            (m.start(), m.start() + len(figure), word_key(figure)),
            (m.end() - 1, m.end(), "metres"),
        ]
    if m.group("digits") and " " in text and _AFTER_MONTH.search(m.string, 0, m.start()):
        return _split_words(m)  # "June 5 100 people": a day, then a count
    tiebreak = text.isdigit() and m.string[m.end() : m.end() + 1] == ")"
    if m.group("digits") and tiebreak and _TIEBREAK.search(m.string, 0, m.start()):
        # "7-6(5)": the set's tiebreak, whose loser won 5 points.  Its brackets go with it,
        # so it is never the second half of a score "6-5" (see slots.slots_in).
        return [(m.start() - 1, m.end() + 1, text)]
    if m.group("digits") and (lap := _ELAPSED.fullmatch(text)):
        # "2:06:51", "2:06.51" and "2:6:51": one time run, hours, minutes and seconds.
        return [(m.start(), m.end(), _lap(lap[1], lap[2], lap[3]))]
    if len(text) <= 2 and m.group("digits") and (short := _short_year(m.string, m.start(), text)):
        return [(m.start(), m.end(), short)]
    if m.group("words"):
        words, _, scale = text.rpartition(" ")
        lakhs = scale.lower().rstrip("s") in ("lakh", "crore")
        if lakhs and (value := "1" if words.lower() in ("one", "a") else number_value(words)):
            return [(m.start(), m.end(), digits_key(f"{value} {scale.lower()}"))]
        value = number_value(text)
        if value is None or (text.lower().startswith(("a ", "an ")) and " " not in text[2:]):
            return _split_words(m)
        return [(m.start(), m.end(), value)]
    if (
        text[-4:-3] == "."
        and _lazy(_DOTTED).fullmatch(text)
        and _lazy(_RUPIAH).search(m.string, 0, m.start())
    ):
        # "Rp 5.150": rupiah with their thousands set apart by full stops, as Indonesian
        # outlets write them, the "Rp5,150.00" of others.
        return [(m.start(), m.end(), word_key(text.replace(".", ",")))]
    return [(m.start(), m.end(), word_key(text))]


def _short_year(sentence: str, start: int, text: str) -> str | None:
    """The year a span's last year written short stands for: "from 2012-16" is "from
    2012-2016", "the 2023/24 season" "2023-2024", "for 2025/6" "2025-2026"; None for any
    other digits."""
    if start < 5 or not _YEAR_BEFORE.fullmatch(sentence, start - 5, start):
        return None
    if start > 5 and sentence[start - 6].isalnum():
        return None
    first = sentence[start - 5 : start - 1]
    if len(text) == 1:
        # ... one digit, the next year's last ("2025/6"), never a day of a date ("2025/6/7")
        after = sentence[start + 1 : start + 3]
        following = str(int(first) + 1)
        dated = after[:1] in ("/", "-") or after[-1:].isdigit()
        return following if following[-1] == text and not dated else None
    return first[:2] + text if text.isdigit() and int(text) > int(first[2:]) else None


_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d[-–/]")


# A time of day on the 24-hour clock: "2300 hours" after a word that says when, "0930 GMT".
_CLOCK_24 = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_CALLED_IT = re.compile(r"(?i)\bcall(?:s|ed|ing)? it $")
_HOURS_24 = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d\s?(?i:hours|hrs)")
_TIME_WORD = re.compile(
    r"(?i:\b(?:at|about|around|by|before|after|until|from|since|approximately)\s+)$"
)
_ZONE = re.compile(
    r"\s?(?:GMT|UTC|BST|CET|CEST|AEST|AEDT|AWST|ACST|NZST|NZDT|JST|KST|SGT|HKT|SAST|EAT|WAT|CAT"
    r"|local\s+time)\b"
)
_ELAPSED = re.compile(r"(\d{1,2}):(\d{1,2})[:.](\d{2})")
_HMS = re.compile(
    r"(?i)(\d{1,2}) hours?,? (?:and )?(\d{1,2}) minutes?,? (?:and )?(\d{1,2}) seconds?"
)


def _lap(hours: str, minutes: str, seconds: str) -> str:
    """A time run, keyed one way however it is written: "2:14:04"."""
    return f"{int(hours)}:{int(minutes):02d}:{int(float(seconds)):02d}"


_TIEBREAK = re.compile(r"(?<!\d)(?:7[-–]6|6[-–]7) ?\($")


_SPAN_UNIT = re.compile(r"(?i)\b(second|minute|min|hour|hr|day|week|fortnight)s?\b")
_UNIT_RANK = {
    **{"second": 0, "min": 1, "minute": 1, "hour": 2, "hr": 2},
    **{"day": 3, "week": 4, "fortnight": 5},
}
_SPAN_JOIN = re.compile(r",?\s+(?:and\s+)?")  # what stands between two parts of a span


def _two_spans(
    m: re.Match[str],
) -> tuple[re.Match[str], list[tuple[int, int, str]], re.Match[str]] | None:
    """A span's parts told apart when they are two spans, not one: "between three days and
    three weeks" is a range, while "three hours and 15 minutes" (each unit smaller than the
    one before) is one span of 195 minutes.  The first span, the "and" between, the second;
    None when it is one span."""
    if " and " not in m.group() and "," not in m.group():
        return None  # one unit: most spans, asked first
    units = [_UNIT_RANK[u.group(1).lower()] for u in _SPAN_UNIT.finditer(m.group())]
    if all(b < a for a, b in pairwise(units)):
        return None
    first = _SPAN_UNIT.search(m.group())
    assert first is not None  # a span has its unit
    text = m.string[: m.end()]
    cut = m.start() + first.end()
    between = _SPAN_JOIN.match(text, cut)
    head = TOKEN_RE.match(text[:cut], m.start())
    tail = TOKEN_RE.match(text, between.end()) if between else None
    if head is None or tail is None or between is None:
        return None
    at = between.group().find("and")
    joiner = [(between.start() + at, between.start() + at + 3, "and")] if at >= 0 else []
    return head, joiner, tail


def _split_words(m: re.Match[str]) -> list[tuple[int, int, str]]:
    """Each word of a match on its own: "two and three", or "years ago" with no date."""
    return [
        (m.start() + w.start(), m.start() + w.end(), word_key(w.group()))
        for w in re.finditer(r"[^\W_]+", m.group())
    ]
