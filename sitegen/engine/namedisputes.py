"""Names in a dispute: two words two reports put in one place are one name told two ways
("Federal Reserve" / "Fed", "Reserve Bank" / "RBA", "Mjøs" / "Mjoes", "Paediatric" /
"Pediatric") or two names ("Smith" / "Jones"); :mod:`.conflicts` asks this of every pair
of capitalised runs a diff sets against each other.
"""

from __future__ import annotations

import re

from .namewords import ALIASES, NICKNAMES, WRITTEN_OUT
from .text import tokenize
from .words import DAYS, is_stopword
from .wordshape import acronym

_FIRST_WORD = re.compile(r"[^\W_]")


def opens_capital(run: str) -> bool:
    first = _FIRST_WORD.search(run)
    return first is not None and first.group().isupper()


def first_name(run: str) -> str:
    """The name a run opens with ("Dima" of "Dima, was among the survivors")."""
    words = []
    for t in tokenize(run):
        if not t.text[0].isupper() or is_stopword(t.key.lower()):
            break
        words.append(t.text)
    return " ".join(words)


def named_in_both(a: str, b: str, left: str, right: str) -> bool:
    """Two names that each sentence gives: "The TPI will ensure ..." against "The ECB
    approved the TPI, which will ensure ...": the same words about another subject, not
    two names for one thing."""
    if any(ch.isdigit() for ch in a + b) or not (opens_capital(a) and opens_capital(b)):
        return False
    return _has_words(right, a) or _has_words(left, b)


def _has_words(text: str, words: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None


def names_differ(a: str, b: str) -> bool:
    """Short runs made only of names that share none: "Smith" / "Jones", not "A" / "The".

    Names one letter apart are spellings of one name (Paediatric / Pediatric).
    """
    if not a or not b:
        return False
    names = []
    for run in (a, b):
        found = tokenize(run)
        if not found or len(found) > 3 or not all(t.text[0].isupper() for t in found):
            return False
        if any(is_stopword(t.key.lower()) for t in found):
            return False
        names.append([t.key.lower().translate(WRITTEN_OUT) for t in found])
    if {n[:4] for n in names[0]} & {n[:4] for n in names[1]}:
        return False
    # A day against a name is no dispute over one name: "The Tuesday decision" / "the
    # Federal Reserve's decision".
    if _dated(names[0]) != _dated(names[1]):
        return False
    # "Fed" and "Federal Reserve", "Jan" and "January": one name cut short; "ET" and
    # "ET302", a code and its number.
    if any(
        (len(x) >= 3 or y[len(x) :].isdigit()) and y.startswith(x)
        for one, two in (names, names[::-1])
        for x in one
        for y in two
    ):
        return False
    # "Jim" and "James", "Bill" and "William": one first name, told familiarly; "Tories"
    # and "Conservatives", "MPs" and "Parliament": one name by another.
    if any(
        NICKNAMES.get(x) == y or y in ALIASES.get(x, ())
        for one, two in (names, names[::-1])
        for x in one
        for y in two
    ):
        return False
    # "Reserve Bank" and "RBA": a name and its acronym.
    # ... or without the country it opens with: "Swiss Federal Office" and "FOJ".
    # ... or whose office it is: "White House Office" (of Management and Budget) and "OMB".
    if any(
        len(one) >= 2
        and len(two) == 1
        and (
            two[0].startswith("".join(w[0] for w in one))
            or (len(one) >= 3 and two[0].startswith("".join(w[0] for w in one[1:])))
            or (len(two[0]) >= 3 and two[0].startswith(one[-1][0]) and two[0].isalpha())
        )
        for one, two in (names, names[::-1])
    ):
        return False
    # "Department" (for Education) and "DfE": the head of a name and its acronym.
    shorts = [acronym(a.strip()), acronym(b.strip())]
    if bool(shorts[0]) != bool(shorts[1]) and a.strip()[:1].upper() == b.strip()[:1].upper():
        return False
    return not (len(names[0]) == len(names[1]) == 1 and _one_edit(names[0][0], names[1][0]))


def _dated(words: list[str]) -> bool:
    # (days only: "May", "June" and "August" are names too)
    return any(w in DAYS for w in words)


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]
