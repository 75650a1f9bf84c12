"""Words: the one key under which two spellings of a word compare equal, and its stem.

Most differences between two outlets' words do not matter: curly against
straight quotes, British against American spelling, Kyiv against Kiev, 1,550
against 1550, three hundred against 300.  :func:`word_key` folds them in one
place and :func:`stem` lets inspect, inspected and inspection meet; the
tokenizer (:mod:`sitegen.engine.text`) keys every word through them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

from .lexicon import SYNONYMS, spelling
from .numbers import NUMBER_SET, ORDINALS, VULGAR, digits_key, number_value, vulgar_key

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
    quite rather somewhat fairly really
    """.split()
)

_stemmer = snowballstemmer.stemmer("english")
_CONTRACTED = frozenset("ve re ll d m".split())
_NEVER_ACRONYMS = frozenset("THE AND BUT".split())
_ACRONYM_PLURAL = re.compile(r"(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,}s")


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
    if word[0].isdigit() or (word[0] == "." and word[1:2].isdigit()):
        return digits_key(word)
    words_value = number_value(word) if word.lower() in NUMBER_SET else None
    if words_value is not None:
        return words_value
    if word.lower() in ORDINALS:
        return ORDINALS[word.lower()]  # "the Fourteenth Amendment" is the 14th
    if "." in word:
        # "U.S." is "US"; "m.p.h." is "mph", a unit in small letters.
        joined = word.replace(".", "")
        return joined if joined.islower() and len(joined) > 2 else joined.upper()
    if word.lower().endswith("'s"):
        word = word[:-2]
    low = word.lower()
    if low.endswith("n't") and len(low) > 3:
        return "not"  # "didn't", "won't": a denial, whichever verb carries it
    head, _, tail = low.partition("'")
    if tail in _CONTRACTED and head in STOPWORDS:
        return head  # "you've", "they're", "I'd": the pronoun, not a word of its own
    if len(word) > 3 and word[:2] in ("L'", "l'") and word[2].isupper():
        word = word[2:]  # "L'Autorité" is the Autorité another outlet names, its article elided
    word = word.replace("'", "")
    if not word:
        return "'"
    # An acronym's plural is the acronym: "MP3s" are "MP3 files", "CEOs" "chief executives".
    if _ACRONYM_PLURAL.fullmatch(word):
        return word[:-1]
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
    if key in STOPWORDS:
        return root  # "quite" stems to "quit", which is no reason to read it as resigned
    return SYNONYMS.get(key) or SYNONYMS.get(root) or root


def is_stopword(key: str) -> bool:
    return key in STOPWORDS
