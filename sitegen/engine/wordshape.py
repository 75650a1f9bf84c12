"""Word shapes: what a token is, read from its neighbours in the sentence.

Whether a word is a verb form ("fined", "came"), one half of a hyphenated word, an age
set after a name between commas ("Avalos, 31, was"), a middle initial, a figure given
roughly ("more than 5,000"), or close enough to the next word to be one phrase with it.
:mod:`.phrases` reads a detail's reach with these; :mod:`.untold`, :mod:`.evidence` and
:mod:`.names` ask them too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Token
from .words import MONTHS

_ABBREVIATED = frozenset(
    "St Mt Ft Jr Sr Sen Rep Gov Gen Lt Col Capt Sgt Maj Adm Dr Prof Rev Mr Mrs Ms v vs".split()
)
QUALIFIERS = frozenset(
    "about around roughly approximately nearly almost over some least than few several".split()
)
_HEDGES = QUALIFIERS | {"under"}


# Past tenses that no ending gives away: "Paulinho came on", never "Paulinho came".
_IRREGULAR_PAST = frozenset(
    """
    came went took made said got gave saw ran won lost left put set hit led held fell rose
    told kept met paid sent spent stood struck brought bought thought found began became
    broke chose drew drove flew forgot grew knew lay rode rang sang sank shot shut slid
    spoke stole swam threw woke wore wrote
    """.split()
)


# Verbs that follow what they are said of, never what a figure counts: "than most GPS
# satellites get to Earth".
_PLAIN_VERBS = frozenset("get go come seem remain become need want".split())


def verb_form(t: Token) -> bool:
    """A verb form by its ending ("fined", "killing") or a common irregular past ("came",
    "ran"), never a noun such as "legs"."""
    if not t.content or t.name:
        return False
    return t.text.endswith(("ed", "ing")) or t.key in _IRREGULAR_PAST or t.key in _PLAIN_VERBS


def hyphened(sentence: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` and the next are one hyphenated word."""
    return k + 1 < len(tokens) and sentence[tokens[k].end : tokens[k + 1].start] == "-"


def spaced(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` and the next are separated by one space and nothing else."""
    return k + 1 < len(tokens) and tokens[k + 1].start - tokens[k].end == 1


def named(tokens: Sequence[Token], k: int) -> bool:
    """A name, or a number set in capitals that opens one ("the Two Holy Mosques")."""
    t = tokens[k]
    if t.name:
        return True
    upper = t.number and t.text[:1].isupper() and t.text.isalpha()
    return upper and k + 1 < len(tokens) and tokens[k + 1].name


def close(sentence: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` and the next are separated by a space only (or a currency sign)."""
    if k + 1 >= len(tokens):
        return False
    gap = sentence[tokens[k].end : tokens[k + 1].start]
    if gap == ". " and (tokens[k].text in _ABBREVIATED or initial(tokens, k)):
        return True  # "Holborn and St. Pancras", "Marina E. Franco"
    if gap == ". " and tokens[k].key in MONTHS and tokens[k + 1].number:
        return True  # "Dec. 27": the day is read with its month
    if gap in ("' ", "\u2019 ") and tokens[k].text.endswith("s") and tokens[k + 1].name:
        return True  # "the Cup Winners' Cup": a plural's possessive inside a name
    if gap == "/" and tokens[k].name and tokens[k + 1].name:
        return True  # "a North/South Council"
    if gap == " & " and tokens[k].name and tokens[k + 1].name:
        return True  # "Strategic Hotels & Resorts", "Marks & Spencer": one name
    if len(gap) <= 2:
        return not gap.strip(" $£€¥&")  # "S&P 500"
    return gap in (" $US", " US$")  # "$US75 to $US85": a sum in one country's dollars


def age(sentence: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is an age set after a name between commas ("Avalos, 31, was")."""
    t = tokens[k]
    if not (k > 0 and t.number and t.key.isdigit() and len(t.key) <= 2 and tokens[k - 1].name):
        return False
    after = sentence[t.end : t.end + 2]
    # "Ramon Labañino, 51 — would be returning": a dash ends the age as a comma does.
    return sentence[tokens[k - 1].end : t.start] == ", " and (
        after[:1] in (",", ")", "") or after in (" —", " –")
    )


def where_then_when(tokens: Sequence[Token], k: int) -> bool:
    """Whether a name ends at token ``k - 1`` and a span of time starts at ``k``: "in Pangkal
    Pinang" and "an hour later" are two details, where and when."""
    return tokens[k - 1].name and tokens[k].number and tokens[k].key.endswith("min")


def initial(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a middle initial: one capital letter between two names."""
    t = tokens[k]
    return (
        len(t.text) == 1
        and t.text.isupper()
        and 0 < k < len(tokens) - 1
        and (tokens[k - 1].name and tokens[k + 1].name)
    )


def hedged(tokens: Sequence[Token], k: int) -> bool:
    """Whether the figure ``tokens[k]`` is given roughly: "more than 5,000", "about 300"."""
    return k > 0 and tokens[k - 1].key in _HEDGES


# An acronym keeping a small word's letter small: "DfE", "TfL", "MoD", "AfD".
_MIXED_ACRONYM = re.compile(r"(?:[A-Z][a-z]?){2,4}")


def acronym(word: str) -> str | None:
    """The acronym ``word`` is, in capitals ("DfE" is DFE, "RBA" RBA), or None."""
    if word.isupper() and word.isalpha() and 2 <= len(word) <= 6:
        return word
    # (most words are written in small letters after their first: asked first, it spares
    # the pattern)
    if len(word) > 8 or word[1:].islower() or not word[:1].isupper():
        return None
    if _MIXED_ACRONYM.fullmatch(word) and not word[1:].istitle():
        return word.upper()
    return None
