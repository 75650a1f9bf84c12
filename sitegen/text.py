"""Words and their comparison keys, shared by alignment, diffing and facts.

Two outlets rarely differ only in wording that matters: most differences are
curly against straight quotes, British against American spelling, Kyiv
against Kiev, 1,550 against 1550.  Every comparison in sitegen goes through
:func:`word_key`, so those differences vanish in one place.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

# A token is a number (1,550  3.5  10:30  7%), a dotted acronym (U.S.) or a word
# with inner apostrophes (Russia's).  Hyphens split words so that
# "Kiev-approved" and "Kyiv-approved" share their parts.
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_SCALES = "thousand|million|billion|trillion|bn"
TOKEN_RE = re.compile(
    # 3.5%, 3.5 per cent, 3 million, 4.5bn: a number and its unit or scale are one token.
    rf"\d+(?:[.,:]\d+)*(?:\s?(?:%|per ?cent\b|pct\b)|\s?(?:{_SCALES})\b|(?:st|nd|rd|th)\b)?"
    rf"|(?i:(?:{_TENS})-(?:{_UNITS})|(?:{_UNITS}|ten|twelve|{_TENS}|a) (?:{_SCALES}))\b"
    r"|(?:[^\W\d_]\.){2,}"
    r"|[^\W_]+(?:['’][^\W_]+)*",
)

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

# Transliterations and spellings that name the same thing.  Keys are lower case.
SPELLING_VARIANTS = {
    "kiev": "kyiv",
    "donbass": "donbas",
    "odessa": "odesa",
    "kharkov": "kharkiv",
    "lugansk": "luhansk",
    "nikolaev": "mykolaiv",
    "zaporozhye": "zaporizhzhia",
    "zaporizhia": "zaporizhzhia",
    "dnipropetrovsk": "dnipro",
    "chernigov": "chernihiv",
    "kherson": "kherson",
    "gaddafi": "qaddafi",
    "kadhafi": "qaddafi",
    "beijing": "beijing",
    "defense": "defence",
    "defenses": "defences",
    "offense": "offence",
    "offenses": "offences",
    "license": "licence",
    "licenses": "licences",
    "pretense": "pretence",
    "gray": "grey",
    "programme": "program",
    "programmes": "programs",
    "aluminum": "aluminium",
    "jewelry": "jewellery",
    "plow": "plough",
    "aging": "ageing",
    "judgment": "judgement",
    "catalog": "catalogue",
    "whilst": "while",
    "amongst": "among",
    "towards": "toward",
    "afterwards": "afterward",
    "percent": "percent",
    "pct": "percent",
    "center": "centre",
    "centers": "centres",
    "centered": "centred",
    "meter": "metre",
    "meters": "metres",
    "kilometer": "kilometre",
    "kilometers": "kilometres",
    "liter": "litre",
    "liters": "litres",
    "theater": "theatre",
    "theaters": "theatres",
    "fiber": "fibre",
    "tonne": "ton",
    "tonnes": "tons",
}

NUMBER_WORDS = {
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "thirteen": "13",
    "fourteen": "14",
    "fifteen": "15",
    "sixteen": "16",
    "seventeen": "17",
    "eighteen": "18",
    "nineteen": "19",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "sixty": "60",
    "seventy": "70",
    "eighty": "80",
    "ninety": "90",
    "hundred": "100",
}
_COMPOUND_WORDS = {**NUMBER_WORDS, "one": "1"}  # "one" alone is a pronoun as often as not

# -ll- in British inflections of these verbs (travelled / traveled).
_DOUBLE_L = re.compile(
    r"^(travel|cancel|model|label|level|fuel|signal|total|channel|counsel|equal|dial|"
    r"marshal|pencil|quarrel|rival|shovel|tunnel|jewel|duel|label|panel|spiral|"
    r"worship|kidnap)(?:l|p)(ed|ing|er|ers)$"
)
_ISE = re.compile(r"^(\w{3,})is(e|ed|es|ing|ation|ations|er|ers)$")
_YSE = re.compile(r"^(\w{3,})ys(e|ed|es|ing)$")
_OUR = re.compile(r"^(\w{3,})our(s|ed|ing|ite|ites|able|er|ers)?$")

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
    tells according added adding stated stating
    """.split()
)

_stemmer = snowballstemmer.stemmer("english")


def normalize(text: str) -> str:
    """Fold Unicode look-alikes (quotes, dashes, odd spaces) into plain forms."""
    return unicodedata.normalize("NFKC", text).translate(_TRANSLATE)


@lru_cache(maxsize=16384)
def tokens(text: str) -> tuple[re.Match[str], ...]:
    """The word tokens of ``text`` with their positions (cached: every stage asks)."""
    return tuple(TOKEN_RE.finditer(text))


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """The form under which two spellings of one word compare equal.

    Numbers lose thousands separators, acronyms keep their capitals (so "US"
    stays apart from "us"), possessives lose their 's, and British, American
    and transliterated spellings share one form.
    """
    word = normalize(word)
    if word[0].isdigit() or _NUMBER_WORDS.match(word):
        return _number_key(word)
    if "." in word:
        return word.replace(".", "").upper()
    if word.lower().endswith("'s"):
        word = word[:-2]
    word = word.replace("'", "")
    if not word:
        return "'"
    if len(word) >= 2 and word.isupper():
        return word
    low = word.lower()
    if low in SPELLING_VARIANTS:
        return SPELLING_VARIANTS[low]
    if low in NUMBER_WORDS:
        return NUMBER_WORDS[low]
    return _spelling_rules(low)


_NUMBER_WORDS = re.compile(rf"(?i:(?:{_TENS})-|(?:{_UNITS}|ten|twelve|{_TENS}|a) (?:{_SCALES}))")
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}


def _number_key(word: str) -> str:
    """3.5%, 3.5 per cent, 3,000,000, 3 million and three million: one key each."""
    low = word.lower()
    if low[0].isalpha():  # thirty-four, three million, a million
        head, _, tail = low.replace("-", " ").partition(" ")
        value = 1.0 if head == "a" else float(_COMPOUND_WORDS.get(head, "0"))
        if tail in _SCALE:
            return f"{value * _SCALE[tail]:.15g}"
        return f"{value + float(_COMPOUND_WORDS.get(tail, '0')):.15g}"
    number = re.match(r"[\d.,:]+", word).group()  # type: ignore[union-attr]
    rest = word[len(number) :].strip().lower()
    if rest in ("st", "nd", "rd", "th"):
        return number + "th"  # an ordinal: a position, never the same as a count
    if _is_thousands(number):
        number = number.replace(",", "")
    if re.fullmatch(r"\d+\.\d+", number):
        number = f"{float(number):.15g}"  # 3.0 is 3, 3.50 is 3.5
    if rest in _SCALE:
        try:
            return f"{float(number) * _SCALE[rest]:.15g}"
        except ValueError:
            return number + rest
    return number + ("%" if rest else "")


def _is_thousands(number: str) -> bool:
    return bool(re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", number))


def _spelling_rules(low: str) -> str:
    m = _DOUBLE_L.match(low)
    if m:
        return m.group(1) + m.group(2)
    m = _ISE.match(low)
    if m and len(low) >= 6:
        return f"{m.group(1)}iz{m.group(2)}"
    m = _YSE.match(low)
    if m:
        return f"{m.group(1)}yz{m.group(2)}"
    m = _OUR.match(low)
    if m and len(m.group(1)) + 3 >= 6:
        return f"{m.group(1)}or{m.group(2) or ''}"
    return low


@lru_cache(maxsize=65536)
def stem(key: str) -> str:
    """The stem of a word key, so that inspect, inspected and inspection meet."""
    if key[0].isdigit() or key.isupper():
        return key
    return _stemmer.stemWord(key)


def is_stopword(key: str) -> bool:
    return key in STOPWORDS


@dataclass(frozen=True)
class Term:
    """A content word of a sentence, as compared and as written."""

    stem: str
    text: str
    start: int
    number: bool
    name: bool
    quoted: bool


@lru_cache(maxsize=16384)
def terms(sentence: str) -> tuple[Term, ...]:
    """The content words of a sentence: no function words, names and numbers marked.

    A capitalised word counts as a name unless it opens the sentence (or a
    quotation) and is not followed by one.
    """
    text = normalize(sentence)
    quoted = _quoted_mask(text)
    found: list[Term] = []
    prev_end = 0
    for n, m in enumerate(tokens(text)):
        raw = m.group()
        key = word_key(raw)
        gap = text[prev_end : m.start()]
        prev_end = m.end()
        if is_stopword(key):
            continue
        number = key[0].isdigit()
        opens = n == 0 or bool(re.search(r'[.!?:"]\s*$', gap))
        name = not number and (
            (raw.isupper() and len(raw) >= 2) or (raw[0].isupper() and not opens)
        )
        found.append(Term(stem(key), raw, m.start(), number, name, quoted[m.start()]))
    # A capitalised word that opens a sentence before a name is part of it: "Mayor Elena
    # Alvarez", "Harbour Master Ellen Kruger".
    for n in range(len(found) - 2, -1, -1):
        t, after = found[n], found[n + 1]
        if not t.name and not t.number and t.text[0].isupper() and after.name:
            adjacent = text[t.start + len(t.text) : after.start].strip() == ""
            if adjacent:
                found[n] = Term(t.stem, t.text, t.start, False, True, t.quoted)
    return tuple(found)


def _quoted_mask(text: str) -> list[bool]:
    """For each character, whether it stands inside double quotation marks."""
    mask = [False] * (len(text) + 1)
    inside = False
    for i, ch in enumerate(text):
        if ch == '"':
            inside = not inside
        mask[i] = inside
    return mask


def quotations(sentence: str) -> list[str]:
    """The double-quoted passages of a sentence (at least three words each)."""
    text = normalize(sentence)
    return [q for q in re.findall(r'"([^"]+)"', text) if len(q.split()) >= 3]
