"""Tokens: every sentence cut once into words that keep their place and their key.

Every later stage works on the tokens of :func:`tokenize` by index, so no stage
has to find a word in the text again.  Each token carries its key
(:func:`~sitegen.engine.words.word_key`: "Kyiv" and "Kiev", "1,550" and
"three hundred" against 300 meet) and its stem; figures are read here once,
with their units, spans of time and dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache, partial

from . import scanner
from .lexicon import SYNONYMS
from .model import Token
from .numbers import (
    ROMAN_FROM,
    roman,
)
from .readings import read_figures
from .spans import match_minute
from .words import (
    CALENDAR,
    STOPWORDS,
    stem,
    word_key,
)

# Words that open a clause, never part of a title before a name.
_CLAUSE_WORDS = frozenset(
    """
    although though unless since because whereas meanwhile however yesterday today tonight
    earlier later instead also like unlike asked speaking
    """.split()
)


# What opens a clause inside a sentence: a capital after it need not be a name.  A full
# stop inside a sentence that segmentation kept whole is an abbreviation ("Mr.", "J. R.").
_OPENS = re.compile(r"(?:^|[:\"“‘(\u2014\u2013]\s*|--\s*)$")


_STOPPED = re.compile(r"[.!?][\"'”’]?\s+$")
_SHOUTED = re.compile(r"^the$|(?:ed|ing|ly)$")
# Three words or more in capitals, one of them long, are words set in capitals (an alert
# quoted as sent, "SEEK IMMEDIATE SHELTER"; a lede's opening, "IN A GIANT leap"), not a
# run of acronyms: "US", "UN" and "NHS" are short, and rarely three in a row.
_CAPITALS = re.compile(r"\b[A-Z][A-Z'’]*(?:[\s,.:;!?\"“”-]+[A-Z][A-Z'’]*\b){2,}")
_LONG_WORD = re.compile(r"[A-Z]{4}")
_INSTRUMENT = re.compile(r"\b(?:[A-Z]{2,6}|\d{4})\.[A-Z]{1,2}\b")  # "AMZN.O", "9201.T"
# A token made straight from its fields, without the named tuple's own __new__ (a call in
# Python for each of the thousands of words an event has).
_token = partial(tuple.__new__, Token)
_YEARS = re.compile(r"(?i)\b(?:years?|decades?|centuries)\b|-year\b")


def tokenize(sentence: str, year: int | None = None) -> tuple[Token, ...]:
    """Cut a sentence into tokens that keep their place and their comparison key.

    ``year`` is the year the article was published: "four years ago", "the
    first in 32 years" and "had held the post for three years" then compare
    equal to the year they reach back to.  A capitalised word counts as a name
    unless it opens the sentence (or a quotation) and is not followed by one.
    """
    # The year matters only where "year" is written; elsewhere one cached answer
    # serves every caller, with or without it.
    return _tokenize(sentence, year if year is not None and _YEARS.search(sentence) else None)


@lru_cache(maxsize=16384)
def _tokenize(sentence: str, year: int | None) -> tuple[Token, ...]:
    quoted = _quoted_mask(sentence)
    found: list[Token] = []
    prev_end = 0
    numbers = False  # whether any token is a number: the passes below need one
    shouting = (
        [(m.start(), m.end()) for m in _CAPITALS.finditer(sentence) if _LONG_WORD.search(m.group())]
        if _LONG_WORD.search(sentence)
        else []
    )
    for m in scanner.matches(sentence):
        first = m.start()
        gap = sentence[prev_end:first]
        opens = not found or (gap != " " and bool(_OPENS.search(gap)))
        # A quotation of two sentences is one sentence: "... innocence. Obviously we are
        # disappointed," he said.  After a full stop ending a word (not "Mr." or "U.S.")
        # a capital opens a sentence there too.
        if not opens and gap != " " and _STOPPED.match(gap) and found[-1].text[-1].islower():
            opens = len(found[-1].text) > 2
        prev_end = m.end()
        unnamed = False  # a word in capitals for emphasis, or a period written short
        if m.re is scanner.WORD:
            word = m.group()
            # "BATTERED in battle and ...": a lede's first word set in capitals is a word.
            low = word.lower()
            lede = opens and word.isupper() and len(word) > 2 and bool(_SHOUTED.search(low))
            if lede or (shouting and any(a <= first < b for a, b in shouting)):
                word, unnamed = low, True
            if word in _WRITTEN_SHORT:  # (one look-up, hashing what word_key hashes anyway)
                if word != "Utd" and _NAME_AFTER.match(sentence, prev_end):
                    word = _SHORT_PLACE_WORDS[word]  # "St Petersburg" is "Saint-Petersburg"
                elif word == "Utd" and found and found[-1].text[:1].isupper():
                    word = "United"  # "Man Utd" is "Man United"
            keys: Iterable[tuple[int, int, str]] = ((first, prev_end, word_key(word)),)
            if word[-1].isdigit():
                if cut := _LETTERS_DIGITS.fullmatch(word):
                    # "COVID19" is "COVID-19": a name and its number, as the hyphen splits them.
                    mid = first + cut.end(1)
                    keys = ((first, mid, word_key(cut[1])), (mid, prev_end, cut[2]))
                elif period := _FISCAL.fullmatch(word):
                    keys = _fiscal(period, first, found[-1] if found else None)
                    unnamed = len(keys) > 1
                elif (pair := _FISCAL_PAIR.fullmatch(word)) and (
                    halves := [_FISCAL.fullmatch(g) for g in pair.groups() if g]
                ):
                    # "Q3FY23" is "FY23 Q3" run together
                    mid = first + len(halves[0].group()) if halves[0] else first
                    keys = [
                        key
                        for at, half in zip((first, mid), halves, strict=True)
                        if half
                        for key in _fiscal(half, at, None)
                    ]
                    unnamed = True
        elif m.lastgroup == "coded":
            # A sum's currency code is a word, never a name: "Rs" of "Rs1,000".
            keys, unnamed = ((first, prev_end, word_key(m.group())),), True
        else:
            keys = scanner.keys(m, year)
        for start, end, key in keys:
            raw = sentence[start:end]
            content = key not in STOPWORDS
            number = key[0].isdigit()
            name = (
                content
                and not number
                and key not in CALENDAR  # "on Monday" names a day, not a party to the news
                and key.lower() not in _CAPITAL_NOUNS
                and not unnamed
                and ((raw.isupper() and len(raw) >= 2) or (raw[0].isupper() and not opens))
            )
            found.append(
                _token(
                    (raw, start, end, key, stem(key, name), content, number, name, quoted[start])
                )
            )
            numbers = numbers or number
            opens = False
    # "four to one", "one-nil", "aged one, six and 15": beside another number, "one" is a
    # number too.
    for n, t in enumerate(found if numbers else ()):
        if t.key == "one":
            near = [found[m] for m in (n - 2, n + 2) if 0 <= m < len(found)]
            joined = [found[m] for m in (n - 1, n + 1) if 0 <= m < len(found)]
            listed = n + 1 < len(found) and found[n + 1].number
            scoreline = (
                any(x.key in ("to", "nil", "and", "or") for x in joined)
                or "-" in sentence[max(0, t.start - 1) : t.end + 1]
                or (listed and sentence[t.end : found[n + 1].start] == ", ")
            )
            if scoreline and any(x.number for x in near + joined):
                found[n] = t._replace(key="1", stem="1", content=True, number=True)
    # "Formula One" is "Formula 1": set after a name, "One" is its number.
    if " One" in sentence:
        for n in range(1, len(found)):
            t = found[n]
            before = found[n - 1]
            named = before.content and before.text[0].isupper() and not before.number
            if t.text == "One" and named and sentence[before.end] == " ":
                found[n] = t._replace(key="1", stem="1", content=True, number=True)
                numbers = True
    # "half-inch steel bars" are the "1/2-inch" ones, and "half a mile" a "half-mile": a
    # share of a measure.  (The sentence is asked first, as few hold either word: two
    # substring lookups cost less than a regular expression on every sentence.)
    share_words = "alf" in sentence or "uarter" in sentence
    for n, t in enumerate(found[:-1] if share_words else ()):
        if t.key not in _SHARES:
            continue
        hyphen = sentence[t.end : found[n + 1].start] == "-" and found[n + 1].key in _MEASURES
        of_one = found[n + 1].key in ("a", "an") and n + 2 < len(found)
        if hyphen or (of_one and found[n + 2].key in _MEASURES):
            share = _SHARES[t.key]
            found[n] = t._replace(key=share, stem=share, content=True, number=True)
            numbers = True
    if numbers:
        read_figures(found)
    # "Pope Benedict XVI" is "Benedict the 16th": a numeral after a name, from V on ("World
    # War II" and "Elizabeth II" are told as "second", which names.py reads).
    for n in range(1, len(found)):
        t = found[n]
        if not (t.name and t.text[0] in "XVI" and found[n - 1].name):
            continue
        # ... whoever owns something: "Pope Benedict XVI's planned visit".
        value = roman(t.text.removesuffix("'s").removesuffix("’s"))
        if value is not None and value >= ROMAN_FROM:
            found[n] = t._replace(key=f"{value}th", stem=f"{value}th", name=False, number=True)
    # A capitalised word that opens a sentence before a name is part of it: "Mayor Elena
    # Alvarez", "Harbour Master Ellen Kruger".
    for n in range(len(found) - 2, -1, -1):
        t, after = found[n], found[n + 1]
        if not (after.name and t.content and not t.name and not t.number):
            continue
        # ... but "Although Sunak" and "Following Lee's" open a clause ("Downing Street" not).
        clause = (
            t.key in _CLAUSE_WORDS
            or t.key.endswith("ly")
            or (t.key.endswith("ing") and after.text.endswith(("'s", "’s")))
        )
        if t.text[0].isupper() and not clause and not sentence[t.end : after.start].strip():
            found[n] = t._replace(name=True, stem=stem(t.key, True))
    # A capital on a verb between plain words is no name ("the Senate president also
    # Resigned."): it keeps what the word means.  A noun may be one ("the House voted"),
    # a capital beside a name is part of it, and a quoted title is one ("Call of Duty").
    # A title before a name means what the word means: "Hurricane Otis" is the hurricane
    # another outlet tells of, "Judge Lewis Kaplan" the judge, "Coach Mike Stowell" a coach.
    last = len(found) - 1
    for n, t in enumerate(found):
        if not t.name or t.text.isupper():
            continue
        if (
            not t.quoted
            and t.key.endswith(("ed", "ing"))
            and not _in_name(found, n, -1)
            and not _in_name(found, n, 1)
            and (plain := stem(t.key)) != stem(t.key, True)
        ):
            found[n] = t._replace(stem=plain)
        elif n < last and found[n + 1].name and t.key in SYNONYMS:
            found[n] = t._replace(stem=SYNONYMS[t.key])
    # "nine minutes from time" is the 81st minute: the minute of a match, as "81st" is.
    for n, t in enumerate(found[:-1] if numbers else ()):
        unit = found[n + 1]
        if t.key.endswith("min") and unit.key in ("minute", "minutes"):
            minute = match_minute(float(t.key[:-3]), sentence[unit.end :])
            if minute is not None:
                found[n] = t._replace(key=f"{minute}th", stem=f"{minute}th")
        # "in minute 67" is "in the 67th minute".
        if t.key == "minute" and unit.number and unit.key.isdigit() and int(unit.key) <= 130:
            found[n + 1] = unit._replace(key=f"{unit.key}th", stem=f"{unit.key}th")
    # A wire's code for a share and its exchange ("Amazon AMZN.O founder Jeff Bezos", its
    # brackets lost in a reprint) links to a quote: no word of the story.
    if "." in sentence[:-1] and (codes := [m.span() for m in _INSTRUMENT.finditer(sentence)]):
        return tuple(t for t in found if not any(a <= t.start < b for a, b in codes))
    return tuple(found)


def _in_name(found: list[Token], n: int, step: int) -> bool:
    """Whether the word beside ``found[n]`` (``step`` away) is a name, or "of" before one."""
    m = n + step
    if not 0 <= m < len(found):
        return False
    if found[m].name:
        return True
    far = m + step
    return not found[m].content and 0 <= far < len(found) and found[far].name


# Shares of a measure written in words: "half-inch", "a quarter-mile", "half a mile".
_SHARES = {"half": "0.5", "quarter": "0.25"}
_MEASURES = frozenset(
    "inch mile metre meter foot pound kilo kilogram litre liter gallon acre ton tonne yard "
    "centimetre centimeter millimetre millimeter".split()
)
# Words set with a capital that name no party to the news: an office ("CEO"), a measure
# ("GDP"), a degree after a name ("Ann Lee, Ph.D., of the museum").
_CAPITAL_NOUNS = frozenset(
    "tv ceo cfo coo cto gdp ipo vat dna ip pm cm mp pc internet web ok ph phd".split()
)
_LETTERS_DIGITS = re.compile(r"([A-Z]{3,})(\d+)")
# A place's first word written short before the rest of its name: "St Petersburg", "Mt.
# Everest", "Ft Lauderdale" are another outlet's "Saint-Petersburg", "Mount Everest".
_SHORT_PLACE_WORDS = {"St": "Saint", "Mt": "Mount", "Ft": "Fort"}
_WRITTEN_SHORT = frozenset({*_SHORT_PLACE_WORDS, "Utd"})
_NAME_AFTER = re.compile(r"\.?[ -][A-Z][a-z]")


# A company's year, quarter and half as its reports write them: "FY23", "FY2023", "Q3", "H1".
_FISCAL = re.compile(r"FY(\d\d|20\d\d)|Q([1-4])|H([12])")
_FISCAL_PAIR = re.compile(r"(Q[1-4]|H[12])(FY\d\d(?:\d\d)?)|(FY\d\d(?:\d\d)?)(Q[1-4]|H[12])")
_ORDER = ("first", "second", "third", "fourth")


def _fiscal(period: re.Match[str], first: int, before: Token | None) -> list[tuple[int, int, str]]:
    """The keys of "FY23" ("fiscal", "2023") and "Q3" ("quarter", "third"), as a report
    written out says them: "the third fiscal quarter of 2023" is "FY23 Q3", "the first
    half" "H1".  After a name, "Q3" is a model ("the Audi Q3") and stays a word."""
    word = period.group()
    end = first + len(word)
    if period[1]:
        return [(first, first + 2, "fiscal"), (first + 2, end, "20" + period[1][-2:])]
    if before is not None and before.name and not before.number:
        return [(first, end, word_key(word))]
    part = "quarter" if period[2] else "half"
    return [(first, first + 1, part), (first + 1, end, word_key(_ORDER[int(word[1]) - 1]))]


def _quoted_mask(text: str) -> list[bool]:
    """For each character, whether it stands inside double quotation marks."""
    mask = [False] * (len(text) + 1)
    if '"' not in text and "“" not in text and "”" not in text:
        return mask
    # A sentence that only closes a quotation goes on with one opened before it:
    # 'It might have been the monster you've become."'
    first_curly = min((i for i in (text.find("“"), text.find("”")) if i >= 0), default=-1)
    straight = text.count('"')
    inside = (first_curly >= 0 and text[first_curly] == "”") or (
        straight % 2 == 1 and not text[text.rfind('"') + 1 :].strip(" .,;:!?)\u2019'")
    )
    # Only the marks change the state: the runs between them are filled whole.
    prev = 0
    for mark in _QUOTE_MARK.finditer(text):
        i = mark.start()
        if inside:
            mask[prev:i] = [True] * (i - prev)
        ch = text[i]
        inside = ch == "“" or (ch == '"' and not inside)
        mask[i] = inside
        prev = i + 1
    if inside:
        mask[prev : len(text)] = [True] * (len(text) - prev)
    return mask


_QUOTE_MARK = re.compile('["“”]')
