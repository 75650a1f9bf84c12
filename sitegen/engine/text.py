"""Tokens: every sentence cut once into words that keep their place and their key.

Two outlets rarely differ only in wording that matters: most differences are
curly against straight quotes, British against American spelling, Kyiv
against Kiev, 1,550 against 1550, three hundred against 300.  Every
comparison in sitegen goes through :func:`word_key`, so those differences
vanish in one place, and every later stage works on the tokens of
:func:`tokenize` by index, so no stage has to find a word in the text again.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

import snowballstemmer

from .lexicon import SYNONYMS, spelling
from .model import Token
from .numbers import (
    FRACTION_RE,
    LONG_SCALES,
    NUMBER_SET,
    NUMBER_WORDS,
    ORDINALS,
    PLAIN_VALUE,
    ROMAN_FROM,
    SCALES,
    SHARE,
    UNIT_ABBREVIATIONS,
    VULGAR,
    digits_key,
    duration,
    number_value,
    roman,
    vulgar_key,
)
from .spans import clock, match_minute, reaches_back

_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u00ad": "",
        "\u200b": "",
        "\u2013": "-",
        "\u2014": "-",
    }
)

# In calendar order: a date's weekday and month number index them.
DAY_NAMES = tuple("monday tuesday wednesday thursday friday saturday sunday".split())
MONTH_NAMES = tuple(
    """
    january february march april may june july august september october november december
    """.split()
)
DAYS = frozenset(DAY_NAMES)
MONTHS = frozenset(MONTH_NAMES)
CALENDAR = DAYS | MONTHS
_MONTH_SHORT = {m[:3]: m for m in MONTHS if len(m) > 4} | {"sept": "september"}
# Words that open a clause, never part of a title before a name.
_CLAUSE_WORDS = frozenset(
    """
    although though unless since because whereas meanwhile however yesterday today tonight
    earlier later instead also like unlike asked speaking
    """.split()
)

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    either few for from further had has have having he her here hers herself him himself his
    how i if in into is it its itself just me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with would
    you your yours yourself yourselves us s t don shall may might must upon onto per via amid
    among within without across along around behind beyond despite toward whether yet ever
    even still already much many another every whose one ones said says say saying told tell
    tells according added adding stated stating mr mrs ms dr
    """.split()
)


_stemmer = snowballstemmer.stemmer("english")
_CONTRACTED = frozenset("ve re ll d m".split())

_FRACTION = frozenset("a an one".split())
_NEVER_ACRONYMS = frozenset("THE AND BUT".split())
# A token is a number with its unit or scale (1,550  3.5%  3 million  4.5bn  10:30  12th),
# a number in words ("one hundred and five", "thirty-four per cent"), a span of time that
# names a number ("half an hour", "four years ago", "in 32 years" read as a year where the
# words around say so), a dotted acronym (U.S.) or a word with
# inner apostrophes (Russia's).  Hyphens split other words, so "Kiev-approved" and
# "Kyiv-approved" share their parts.
TOKEN_RE = re.compile(
    # "$US10.99" and "US$54.20": which dollar, no word
    r"(?P<prefix>(?<=\$)(?:US|AU|NZ|HK|SG|A|C|S)(?=\d)|\b(?:US|AU|NZ|HK|SG|A|C|S)(?=\$\d))"
    r"|(?P<ago>(?i:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
    r"\s+years?\s+ago|last\s+year|(?:a|one)\s+year\s+earlier))\b"
    rf"|(?P<span>(?i:(?:\d+|(?:{NUMBER_WORDS})(?:-(?:{NUMBER_WORDS}))?)\s+(?:years|decades)))\b"
    # "an 11-year high" written in 2023 is the highest since 2012
    rf"|(?P<peak>(?i:(?:\d+|{NUMBER_WORDS})-year)(?=\s+(?i:high|low|peak|record)\b))"
    r"|(?P<half>(?i:half\s+an\s+hour|half-hour))\b"
    rf"|(?P<dozen>(?i:(?:half\s+a|an?|\d+|{NUMBER_WORDS})\s+dozen))\b"
    rf"|(?P<duration>(?i:(?:an?\s)?(?:{FRACTION_RE}|\d+(?:\.\d+)?|an?"
    rf"|(?:{NUMBER_WORDS})(?:[\s-](?:{NUMBER_WORDS}))*)"
    r"[\s-](?:minute|min|hour|hr|day|week|fortnight)s?))\b"
    r"|(?P<basis>\d+(?:\.\d+)?\s?(?i:bas(?:is|e)[ -]points?|bps|bp)\b)"
    r"|(?P<clock>\d{1,2}(?:[:.]\d{2})?\s?(?i:am|pm|a\.m\.|p\.m\.)(?!\w))"
    # "1/4 per cent" is a quarter of one, never a date ("04/07/2012"), a score or a phase.
    rf"|(?P<fraction>(?<![\d/\u2044])(?<![Pp]hase ){FRACTION_RE}(?![\d/\u2044])(?:{SHARE})?)"
    rf"|(?P<digits>\d+(?:[.,:]\d+)*(?:{SHARE}|\s?(?:{SCALES}|{LONG_SCALES})\b|-{LONG_SCALES}\b"
    r"|(?:st|nd|rd|th)\b)?)"
    rf"|(?P<words>(?i:(?:an?\s)?(?:{NUMBER_WORDS})(?:(?:\s+and\s+|\s+|-)(?:{NUMBER_WORDS}))*)"
    rf"\b(?:{SHARE})?)"
    r"|(?:[^\W\d_]\.){2,}"
    r"|[^\W_]+(?:['’][^\W_]+)*",
)


def normalize(text: str) -> str:
    """Fold Unicode look-alikes (quotes, dashes, odd spaces) into plain forms."""
    return unicodedata.normalize("NFKC", text).translate(_TRANSLATE)


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """The form under which two spellings of one word compare equal.

    Numbers lose thousands separators, acronyms keep their capitals (so "US"
    stays apart from "us"), possessives lose their 's, and British, American
    and transliterated spellings share one form.
    """
    if VULGAR.search(word):
        return vulgar_key(word)
    word = _fold_accents(normalize(word))
    if word[0].isdigit():
        return digits_key(word)
    words_value = number_value(word) if word.lower() in NUMBER_SET else None
    if words_value is not None:
        return words_value
    if word.lower() in ORDINALS:
        return ORDINALS[word.lower()]  # "the Fourteenth Amendment" is the 14th
    if "." in word:
        return word.replace(".", "").upper()
    if word.lower().endswith("'s"):
        word = word[:-2]
    low = word.lower()
    if low.endswith("n't") and len(low) > 3:
        return "not"  # "didn't", "won't": a denial, whichever verb carries it
    head, _, tail = low.partition("'")
    if tail in _CONTRACTED and head in STOPWORDS:
        return head  # "you've", "they're", "I'd": the pronoun, not a word of its own
    word = word.replace("'", "")
    if not word:
        return "'"
    # Acronyms keep their capitals, but a first word set in capitals ("THE white
    # supremacist") is no acronym when it can be none.
    if len(word) >= 2 and word.isupper() and word not in _NEVER_ACRONYMS:
        return word
    return spelling(word.lower())


def _fold_accents(word: str) -> str:
    """ "Édouard" is "Edouard": outlets differ in whether they keep accents on names."""
    if word.isascii():
        return word
    bare = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare)


@lru_cache(maxsize=65536)
def stem(key: str, name: bool = False) -> str:
    """The stem of a word key, so that inspect, inspected and inspection meet.

    Words that say the same thing in news copy ("overturned" and "quashed")
    share one stem through the lexicon; a name (``name``) never does.
    """
    if key[0].isdigit() or key[0] == "-" or key.isupper():
        return key
    if name:
        return _stemmer.stemWord(key)  # "White House" is a place, not a home
    root = _stemmer.stemWord(key)
    return SYNONYMS.get(key) or SYNONYMS.get(root) or root


def is_stopword(key: str) -> bool:
    return key in STOPWORDS


# What opens a clause inside a sentence: a capital after it need not be a name.  A full
# stop inside a sentence that segmentation kept whole is an abbreviation ("Mr.", "J. R.").
_OPENS = re.compile(r"(?:^|[:\"“‘(\u2014\u2013]\s*|--\s*)$")


_STOPPED = re.compile(r"[.!?][\"'”’]?\s+$")
_YEARS = re.compile(r"(?i)\b(?:years?|decades)\b|-year\b")


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
    for m in matches(sentence):
        first = m.start()
        gap = sentence[prev_end:first]
        opens = not found or (gap != " " and bool(_OPENS.search(gap)))
        # A quotation of two sentences is one sentence: "... innocence. Obviously we are
        # disappointed," he said.  After a full stop ending a word (not "Mr." or "U.S.")
        # a capital opens a sentence there too.
        if not opens and gap != " " and _STOPPED.match(gap) and found[-1].text[-1].islower():
            opens = len(found[-1].text) > 2
        prev_end = m.end()
        if m.re is _WORD:
            word = m.group()
            keys: Iterable[tuple[int, int, str]] = ((first, prev_end, word_key(word)),)
            if word[-1].isdigit() and (cut := _LETTERS_DIGITS.fullmatch(word)):
                # "COVID19" is "COVID-19": a name and its number, as the hyphen splits them.
                mid = first + cut.end(1)
                keys = ((first, mid, word_key(cut[1])), (mid, prev_end, cut[2]))
        else:
            keys = _keys(m, year)
        for start, end, key in keys:
            raw = sentence[start:end]
            content = key not in STOPWORDS
            number = key[0].isdigit()
            name = (
                content
                and not number
                and key not in CALENDAR  # "on Monday" names a day, not a party to the news
                and key.lower() not in _CAPITAL_NOUNS
                and ((raw.isupper() and len(raw) >= 2) or (raw[0].isupper() and not opens))
            )
            found.append(
                Token(raw, start, end, key, stem(key, name), content, number, name, quoted[start])
            )
            numbers = numbers or number
            opens = False
    # "four to one", "one-nil": beside another number, "one" is a number too.
    for n, t in enumerate(found if numbers else ()):
        if t.key == "one":
            near = [found[m] for m in (n - 2, n + 2) if 0 <= m < len(found)]
            joined = [found[m] for m in (n - 1, n + 1) if 0 <= m < len(found)]
            scoreline = (
                any(x.key in ("to", "nil") for x in joined)
                or "-" in sentence[max(0, t.start - 1) : t.end + 1]
            )
            if scoreline and any(x.number for x in near + joined):
                found[n] = t._replace(key="1", stem="1", content=True, number=True)
    if numbers:
        _dates_and_fractions(found)
    # "Pope Benedict XVI" is "Benedict the 16th": a numeral after a name, from V on ("World
    # War II" and "Elizabeth II" are told as "second", which names.py reads).
    for n in range(1, len(found)):
        t = found[n]
        value = roman(t.text) if t.name and found[n - 1].name else None
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
    for n, t in enumerate(found):
        if (
            t.name
            and not t.quoted
            and t.key.endswith(("ed", "ing"))
            and not t.text.isupper()
            and not _in_name(found, n, -1)
            and not _in_name(found, n, 1)
            and (plain := stem(t.key)) != stem(t.key, True)
        ):
            found[n] = t._replace(stem=plain)
    # "nine minutes from time" is the 81st minute: the minute of a match, as "81st" is.
    for n, t in enumerate(found[:-1] if numbers else ()):
        unit = found[n + 1]
        if t.key.endswith("min") and unit.key in ("minute", "minutes"):
            minute = match_minute(float(t.key[:-3]), sentence[unit.end :])
            if minute is not None:
                found[n] = t._replace(key=f"{minute}th", stem=f"{minute}th")
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


# Words where one of TOKEN_RE's groups other than a plain word can begin: a digit, a number
# word, "a"/"an" ("a day", "a hundred"), "half", "last" ("last year"), or a letter and a
# full stop ("U.S.").  Every other word is a plain word, found by a far simpler pattern.
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_TRIGGERS = NUMBER_SET | {"a", "an", "half", "last"}


def _dates_and_fractions(found: list[Token]) -> None:
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
        elif before and t.text.lower() in ORDINALS and (before.key in _FRACTION or before.number):
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
    for n, t in enumerate(found):
        before = found[n - 1] if n else None
        # "12GB of RAM" is "12 gigabytes of RAM": a unit's abbreviation after a figure.
        if before and before.number and t.key in UNIT_ABBREVIATIONS:
            unit = UNIT_ABBREVIATIONS[t.key]
            found[n] = t._replace(key=unit, stem=stem(unit), name=False)
    # "½ percent": a share written after a figure that is not digits ("¼", "1/4").
    for n in range(len(found) - 1):
        t, after = found[n], found[n + 1]
        if t.number and PLAIN_VALUE.fullmatch(t.key) and after.key in ("percent", "pct"):
            found[n] = t._replace(key=t.key + "%", stem=t.key + "%")
    # "0 to 0.1 per cent": the unit after a range holds for both ends of it.
    for n in range(len(found) - 2):
        first, joint, last = found[n], found[n + 1], found[n + 2]
        if (
            first.number
            and first.key[-1].isdigit()
            and not (first.key.isdigit() and len(first.key) == 4)  # "from 2019 to 5%": a year
            and joint.key in ("to", "and")
            and last.key.endswith("%")
            and last.key[:-1].replace(".", "", 1).isdigit()
        ):
            found[n] = first._replace(key=first.key + "%", stem=first.key + "%")
        # "2.5 to 6.5 hours": both ends are spans of time in the last one's unit.
        told = PLAIN_VALUE.match(last.text)
        if (
            first.number
            and PLAIN_VALUE.fullmatch(first.key)
            and joint.key in ("to", "and", "or")
            and last.key.endswith("min")
            and told
            and float(told.group())
        ):
            per = float(last.key.removesuffix("min")) / float(told.group())
            minutes = f"{float(first.key) * per:.15g}min"
            found[n] = first._replace(key=minutes, stem=minutes)


def matches(sentence: str) -> Iterator[re.Match[str]]:
    """The matches of TOKEN_RE in ``sentence``, as ``finditer`` gives them, found faster.

    Most words are plain; TOKEN_RE's many alternatives are tried only where one can begin.
    """
    pos = 0
    while (m := _WORD.search(sentence, pos)) is not None:
        word = m.group()
        # A trigger before an apostrophe counts too: TOKEN_RE reads "one’s" as "one", "s".
        head = word.partition("'")[0].partition("’")[0]
        special = (
            word[0].isdigit()
            or sentence[m.start() - 1 : m.start()] == "$"
            or sentence[m.end() : m.end() + 1] == "$"
            or head.lower() in _TRIGGERS
            or (len(word) == 1 and sentence[m.end() : m.end() + 1] == ".")
        )
        if special:
            m = TOKEN_RE.match(sentence, m.start()) or m
        yield m
        pos = m.end()


def _keys(m: re.Match[str], year: int | None) -> list[tuple[int, int, str]]:
    """The (start, end, key) of the token or tokens one match stands for."""
    text = m.group()
    if m.group("prefix"):
        return []
    if m.group("ago"):
        if year is None:
            return _split_words(m)
        count = text.split()[0].lower()
        back = 1 if count in ("a", "an", "last") else int(word_key(count) if count != "one" else 1)
        return [(m.start(), m.end(), str(year - back))]
    if m.group("peak"):
        number = text.split("-")[0]
        count = word_key(number)
        if year is not None and count.isdigit():
            return [(m.start(), m.end(), str(year - int(count)))]
        return [(m.start(), m.start() + len(number), count), (m.end() - 4, m.end(), "year")]
    if m.group("span"):
        number, span = text.split()[0], text.split()[-1]
        count = word_key(number)
        if count.isdigit() and span.lower() == "decades":
            count = str(int(count) * 10)  # "in three decades" is "in 30 years"
        if year is not None and count.isdigit() and reaches_back(m.string, m.start(), m.end()):
            return [(m.start(), m.end(), str(year - int(count)))]
        span_at = m.end() - len(span)
        return [(m.start(), m.start() + len(number), count), (span_at, m.end(), "years")]
    if m.group("half"):
        return [(m.start(), m.end(), "30min")]  # "within half an hour" / "30 minutes"
    if m.group("dozen"):
        # "half a dozen helicopters" are six, "two dozen homes" 24; "dozens" is no number.
        count = text.split()[0].lower()
        times = 0.5 if count == "half" else 1 if count in ("a", "an") else float(word_key(count))
        return [(m.start(), m.end(), f"{times * 12:g}")]
    if m.group("duration"):
        minutes = duration(text)
        if not minutes:
            return _split_words(m)
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
        # "2 1/2" is two and a half.
        whole, top, bottom = re.match(r"(?:(\d+) )?(\d)[/\u2044](\d)", text).groups()  # type: ignore[union-attr]
        part = int(whole or 0) + int(top) / int(bottom)
        share = re.search(rf"{SHARE}$", text)
        return [(m.start(), m.end(), f"{part:.15g}{'%' if share else ''}")]
    if m.group("basis"):
        # "25 basis points" is "0.25 percentage point": one move of a rate, two ways.
        points = float(re.match(r"[\d.]+", text).group()) / 100  # type: ignore[union-attr]
        return [(m.start(), m.end(), f"{points:.15g}%")]
    if m.group("words"):
        value = number_value(text)
        if value is None or (text.lower().startswith(("a ", "an ")) and " " not in text[2:]):
            return _split_words(m)
        return [(m.start(), m.end(), value)]
    return [(m.start(), m.end(), word_key(text))]


# Common nouns written in capitals: "a local TV station", "the company's CEO".
_CAPITAL_NOUNS = frozenset("tv ceo cfo coo cto gdp ipo vat dna ip pm cm mp".split())
_LETTERS_DIGITS = re.compile(r"([A-Z]{3,})(\d+)")


def _split_words(m: re.Match[str]) -> list[tuple[int, int, str]]:
    """Each word of a match on its own: "two and three", or "years ago" with no date."""
    return [
        (m.start() + w.start(), m.start() + w.end(), word_key(w.group()))
        for w in re.finditer(r"[^\W_]+", m.group())
    ]


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
    for i, ch in enumerate(text):
        if ch == "“":
            inside = True
        elif ch == "”":
            inside = False
        elif ch == '"':
            inside = not inside
        mask[i] = inside
    return mask


def quotations(sentence: str) -> list[str]:
    """The double-quoted passages of a sentence (at least three words each)."""
    text = normalize(sentence)
    return [q for q in re.findall(r'"([^"]+)"', text) if len(q.split()) >= 3]
