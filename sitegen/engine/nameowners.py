"""Names that say whose or where a name another outlet gives is: no detail of their own.

The "Switzerland" of "in Geneva, Switzerland" where another outlet says "in Geneva", the
"Amazon" of "Amazon founder Jeff Bezos" where another says "Jeff Bezos", the "ABC's" of
"ABC's Jimmy Kimmel Live" where another names the show: :mod:`.untold` leaves them out of
a sentence's new words.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Token
from .names import NamesElsewhere
from .namewords import HONORIFICS, TITLES

# What a person is to the firm, party or country named before them: "Amazon founder Jeff
# Bezos", "U.S. presidential candidate Joe Biden".
_FIRM_ROLES = frozenset(
    """
    founder cofounder co-founder ceo chief executive boss chairman chairwoman owner candidate
    nominee leader president minister secretary spokesman spokeswoman
    """.split()
)


def whose_firm(
    src: str,
    tokens: Sequence[Token],
    k: int,
    runs: Sequence[tuple[int, int]],
    names: NamesElsewhere,
) -> bool:
    """Whether ``tokens[k]`` only names the firm, party or country of a person others name:
    the "Amazon" of "Amazon founder Jeff Bezos", the "U.S." of "U.S. presidential candidate
    Joe Biden", where another outlet says "Jeff Bezos" and "Joe Biden"."""
    b = next((b for a, b in runs if a <= k < b), k + 1)
    # ... a word or two may say which role first: "presidential candidate".
    first = b
    while first < min(b + 2, len(tokens)) and tokens[first].key.lower() not in _FIRM_ROLES:
        if tokens[first].name or tokens[first].number or not tokens[first].content:
            return False
        first += 1
    role = first
    while role < len(tokens) and tokens[role].key.lower() in _FIRM_ROLES | {"co"}:
        role += 1
    if role == first or role >= len(tokens) or tokens[role - 1].key.lower() == "co":
        return False
    person = next(((p, q) for p, q in runs if p == role), None)
    return person is not None and names.known(src, tokens, person[1] - 1, runs)


def whose_place(
    src: str,
    sentence: str,
    tokens: Sequence[Token],
    k: int,
    runs: Sequence[tuple[int, int]],
    names: NamesElsewhere,
) -> bool:
    """Whether ``tokens[k]`` only says where a place others name lies: the "Switzerland"
    of "in Geneva, Switzerland" where another outlet says "in Geneva"."""
    a, b = next(((a, b) for a, b in runs if a <= k < b), (k, k + 1))
    if a == 0 or sentence[tokens[a - 1].end : tokens[a].start] != ", ":
        return False
    place = next(((p, q) for p, q in runs if p <= a - 1 < q), None)
    # Where a place is, after it: "in Geneva, Switzerland." and not an item of a list
    # ("Audi, Bentley and Porsche").
    # ... its own name or the end of a longer one: "the Olimpiyskiy Stadium in Kiev, Ukraine".
    if place is None or not any(
        tokens[j].key in _WHERE for j in range(max(place[0] - 1, 0), a - 1)
    ):
        return False
    if any(tokens[j].key in ("and", "or") for j in range(a, b)):
        return False
    # ... never a person, named with a title: "Secretary to the Ministry of Energy,
    # Professor Ann Lee, confirmed".
    if tokens[a].key.lower() in HONORIFICS or tokens[a].key.lower() in TITLES:
        return False
    after = tokens[b] if b < len(tokens) else None
    if after is not None and (after.key in ("and", "or") or after.name):
        return False
    return names.known(src, tokens, a - 1, runs)


_WHERE = frozenset("in at from near to outside of".split())


def owners(sentence: str, tokens: Sequence[Token], new: set[int]) -> set[int]:
    """New names that only say whose a name others give is: "ABC's" in "ABC's Jimmy
    Kimmel Live" where another outlet names the show, "Comedy Central's Daily Show"."""

    def spaced(k: int) -> bool:
        return k + 1 < len(tokens) and sentence[tokens[k].end : tokens[k + 1].start] == " "

    found: set[int] = set()
    for k in sorted(new):
        end = k
        while tokens[end].name and not tokens[end].text.endswith(("'s", "’s")) and spaced(end):
            end += 1
        if not (tokens[end].name and tokens[end].text.endswith(("'s", "’s")) and spaced(end)):
            continue
        after = end + 1
        if not tokens[after].name:
            continue
        owned = after
        while spaced(owned) and tokens[owned + 1].name:
            owned += 1
        if not any(m in new for m in range(after, owned + 1)):
            found.update(m for m in range(k, end + 1) if m in new)
    return found
