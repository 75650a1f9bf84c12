"""Whether words one outlet adds are a fact a reader can take in.

Details (:mod:`.details`) are names and numbers one source adds to a claim
others report.  Some such words are no fact at all: a small count with nothing
it counts ("two" of "two of whom"), a plain word a paper sets in capitals to open
its story, a credit in brackets, a house number, the state after its city, a
generation after a name, one part of "AT&T".  Each check takes one token of one
sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Token
from .namewords import ADDRESS_STATES, POSTAL_STATES, TIME_ZONES
from .text import tokenize
from .words import CALENDAR

_STREETS = frozenset("street road avenue lane square drive boulevard".split())


SHOUTED = 5  # letters of a word in capitals that may open a story ("INVESTIGATIONS are")
# Short words a paper may set in capitals to open its story ("IT is believed about 95
# homes"), none of them an acronym a story opens with, as "US" and "UN" are.
_SHOUTED_SHORT = frozenset(
    "it he she we they there this that in on at as an by if the more less most many some"
    " few".split()
)


def shouted(tokens: Sequence[Token], k: int, lede: bool, others: Sequence[set[str]]) -> bool:
    """Whether ``tokens[k]`` is a plain word set in capitals to open a story, as some papers
    do ("INVESTIGATIONS are under way", "IT is believed"): another source writes it in small
    letters, it opens the lede with an ending no acronym has ("-IONS"), or it is a short
    word no story opens with as an acronym."""
    t = tokens[k]
    if k or not t.text.isupper() or not t.text.isalpha():
        return False
    if t.text.lower() in _SHOUTED_SHORT:
        return len(tokens) > 1 and tokens[1].text.islower()
    if len(t.text) < SHOUTED:
        return False
    low = tokenize(t.text.lower())
    if not low:
        return False
    return any(low[0].stem in v for v in others) or (lede and low[0].stem != low[0].key)


BARE_COUNT = 100  # a small number with nothing it counts is no fact: "two", "of the 10"


def bare_count(sentence: str, tokens: Sequence[Token], a: int, b: int, text: str) -> bool:
    """Whether a phrase is only a small count, with no word of what it counts ("two" of
    "two of whom", "39" of "pad 39A"): a reader can take nothing from it.  A sum ("more
    than $12") and an age after its name ("DeJesus, 23") say what they are."""
    content = [k for k in range(a, b) if tokens[k].content]
    if len(content) != 1 or _MONEY_SIGN.search(text):
        return False
    k = content[0]
    t = tokens[k]
    aged = (
        k > 0 and tokens[k - 1].text[:1].isupper() and sentence[tokens[k - 1].end : t.start] == ", "
    )
    return t.number and t.key.isdigit() and int(t.key) < BARE_COUNT and not aged


_MONEY_SIGN = re.compile(r"[$£€¥%]")


def informative(t: Token) -> bool:
    # One letter is part of a name, not a name: "iPhone X", "A&E"; a time zone says how a
    # time was told ("10 a.m. PDT"), not when.
    return t.number or (
        t.name and t.stem not in CALENDAR and len(t.key) > 1 and t.key.lower() not in TIME_ZONES
    )


def address(sentence: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is the state after its city: "Redmond, Washington", "Harrisburg,
    IL"."""
    return (
        k > 0
        and (tokens[k].key.lower() in ADDRESS_STATES or tokens[k].text in POSTAL_STATES)
        and tokens[k - 1].name
        and tokens[k - 1].key.lower() not in ADDRESS_STATES
        and sentence[tokens[k - 1].end : tokens[k].start] == ", "
    )


def the_two(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is "two" or its noun in "the two sides", "those two camps": a
    pair the story has named already, told again, not a count of something new."""
    for n in (k, k - 1):
        if n < 1 or tokens[n].key != "2" or tokens[n - 1].key not in _DEFINITE:
            continue
        if n == k or (not tokens[k].name and not tokens[k].number):
            return True
    return False


_DEFINITE = frozenset("the these those".split())


def suffix(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a generation after a name: "Roxas II", "Trillanes IV"."""
    return k > 0 and tokens[k - 1].name and tokens[k].text in _GENERATIONS


_GENERATIONS = frozenset("II III IV Jr Sr".split())


def glued(sentence: str, t: Token) -> bool:
    """Whether ``t`` is one part of a name joined by "&": "AT" of "AT&T"."""
    return sentence[t.end : t.end + 1] == "&" or sentence[t.start - 1 : t.start] == "&"


def house_number(sentence: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is the number of a street address: "10 Downing Street"
    says where, as "Downing Street" does."""
    end = k + 1
    while end < len(tokens) and tokens[end].name and sentence[tokens[end - 1].end] == " ":
        end += 1
    return end > k + 1 and tokens[end - 1].key in _STREETS


_CLOSED = re.compile(r"(?:\.[A-Z]{1,2})? ?\)")
_LIKENESS = re.compile(r"-(?:like|style|esque)\b", re.IGNORECASE)


def credit(sentence: str, t: Token) -> bool:
    """A name alone in brackets is a credit ("(AP)", "(Reuters)"), not a detail; a name
    that only compares ("a Netflix-like service", "Soviet-style") is none either."""
    opened = sentence[: t.start].rstrip(" ").endswith("(")
    if opened and _CLOSED.match(sentence, t.end):
        return True  # "(AP)", a ticker with its exchange: "(DIS.N)", or spaced: "( LEH)"
    if sentence[t.start - 1 : t.start] == "@":
        return True  # a handle in a post quoted ("spoke to @Bhupendrapbjp")
    return bool(_LIKENESS.match(sentence, t.end))


_LIST_GAPS = frozenset((", ", ",", "-", "\u2013", "/"))
_LIST_ENDS = frozenset((" and ", ", and ", " or ", ", or "))


def figure_list(sentence: str, tokens: Sequence[Token], new: set[int]) -> set[int]:
    """The figures of a list that holds a new one: "the celebrated 22-24, 1-6, 16-14, 6-3,
    11-9 match" is one detail, not "22-24", "1-6" and "16-14" around the "6-3" told elsewhere.
    """
    found: set[int] = set()
    k = 0
    while k < len(tokens):
        j = k
        while tokens[j].number and j + 1 < len(tokens):
            if tokens[j + 1].number and sentence[tokens[j].end : tokens[j + 1].start] in _LIST_GAPS:
                j += 1
            # ... and its last figure after "and": "Rounds of 65, 69, 71 and 67".
            elif (
                j + 2 < len(tokens)
                and tokens[j + 2].number
                and sentence[tokens[j].end : tokens[j + 2].start] in _LIST_ENDS
            ):
                j += 2
            else:
                break
        if j - k >= 3 and any(i in new for i in range(k, j + 1)):
            found.update(range(k, j + 1))
        k = j + 1
    return found
