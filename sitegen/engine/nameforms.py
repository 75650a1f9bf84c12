"""The forms one name takes in different outlets' copy.

A people for its country ("Canadians" / "Canada"), a country by another of its
names, letters written out ("Mjøs" / "Mjoes"), a name spelled a little otherwise
("Bandar" / "Bander"), a first name told familiarly ("Jim" / "James"), and the
acronyms a name may go by ("Research In Motion" / "RIM", "the Swiss Federal Office
of Justice" / "the FOJ").  :mod:`.names` asks these of every name one source gives.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from difflib import SequenceMatcher

from .model import Token
from .namewords import (
    ALIASES,
    CORPORATE,
    DEMONYMS,
    ENDINGS,
    JOINERS,
    NICKNAMES,
    ORDINAL_WORDS,
    WRITTEN_OUT,
)
from .words import stem


def written_out(word: str) -> str:
    """``word`` as English copy writes its letters out: "mjøs" is "mjoes"."""
    return word if word.isascii() else word.translate(WRITTEN_OUT)


def forms(t: Token) -> set[str]:
    """The stems under which another outlet may give the same place or people."""
    key = t.key.lower()
    found = {t.stem, written_out(key)} | key_forms(key)
    if key.endswith("s") and len(key) > 4:
        found |= key_forms(key[:-1])  # "Canadians" where another outlet says "Canada"
    return found


def key_forms(key: str) -> set[str]:
    found = {key}
    # "National Guardsmen" are the National Guard's, "Frenchmen" French.
    if key.endswith("men") and len(key) > 6:
        found.add(key[:-4] if key.endswith("smen") else key[:-3])
    if key in DEMONYMS:
        found.add(DEMONYMS[key])
    found.update(ALIASES.get(key, ()))
    for country, people in ((v, k) for k, v in DEMONYMS.items()):
        if key == country:
            found.add(people)
    if len(key) >= 4:
        for ending in ENDINGS:
            found.add(key + ending)
            if key.endswith(ending) and len(key) - len(ending) >= 4:
                found.add(key[: -len(ending)])
        if key.endswith(("a", "y", "e")):
            found.update(key[:-1] + ending for ending in ENDINGS)
        # A people back to its country: "Canadian" / "Canada", "Italian" / "Italy".
        for ending in ("ian", "an", "n"):
            if key.endswith(ending) and len(key) - len(ending) >= 4:
                found.update(key[: -len(ending)] + end for end in ("a", "y", "e"))
    return found


SPELLED_LENGTH = 4  # shorter words differ by a letter too often to be one name
SPELLED_ALIKE = 0.75  # "bandar"/"bander" 0.83, "ahmed"/"hamed" 0.8, "yamanaka"/"yamakawa" 0.75
SPELLED_ENDS = 0.6  # "seong"/"sung" 0.67, with the same first and last letters


def demonym(word: str) -> bool:
    """Whether a word may say which people: "Australian", "Chinese", "British"."""
    return word in DEMONYMS or word.endswith(("an", "ese", "ish", "ian"))


# First names told familiarly, by the stems names are compared by ("jame" for "James").
_NICKNAMES = {stem(short, True): stem(full, True) for short, full in NICKNAMES.items()}


def spelled_alike(a: str, b: str) -> bool:
    """Whether two name words are one word spelled two ways: "Bandar" / "Bander", or with
    the same first and last letters "Seong" / "Sung" (romanised two ways)."""
    if abs(len(a) - len(b)) > 2:
        return False
    ratio = SequenceMatcher(None, a, b).ratio()
    ends = a[0] == b[0] and a[-1] == b[-1]
    return ratio >= SPELLED_ALIKE or (ends and ratio >= SPELLED_ENDS)


def one_letter_off(a: str, b: str) -> bool:
    """Whether two words of the same first and last letters differ by one letter changed,
    added, dropped or swapped with the next inside them: "peleton" / "peloton",
    "westminister" / "westminster" (not "europe" / "europa", two words)."""
    if a[:1] != b[:1] or a[-1:] != b[-1:] or abs(len(a) - len(b)) > 1 or a == b:
        return False
    n = next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    if len(a) == len(b):
        swapped = n + 1 < len(a) and a[n] == b[n + 1] and a[n + 1] == b[n]
        return a[n + 1 :] == b[n + 1 :] or (swapped and a[n + 2 :] == b[n + 2 :])
    return a[n + 1 :] == b[n:] if len(a) > len(b) else a[n:] == b[n + 1 :]


def same_first(before: str, mine: set[str]) -> bool:
    """Whether a word before a surname is one of ``mine`` or the same first name told
    another way: "Mimi Haley" and "Miriam Haley", "Jim" and "Jimmy", "Bob" and "Robert"."""
    if before in mine:
        return True
    if len(before) >= 3 and any(m[:2] == before[:2] for m in mine if m):
        return True
    return any(_NICKNAMES.get(m) == before or _NICKNAMES.get(before) == m for m in mine if m)


def initials(tokens: Sequence[Token], a: int, b: int) -> set[str]:
    """The acronyms a name may go by: "Research In Motion" is RIM, "Bank of England" BE or BOE."""
    words = [t for t in tokens[a:b] if t.key.lower() not in CORPORATE]
    if len(words) > 1 and words[0].key.lower() == "the":
        words = words[1:]  # "The News of the World" opening a sentence is the NOTW
    found = {
        "".join(t.text[0] for t in words if t.key.lower() not in JOINERS).upper(),
        "".join(t.text[0] for t in words).upper(),
    }
    # "High Speed 2" is HS2: a number after the name goes into its acronym whole.
    if b < len(tokens) and tokens[b].number and tokens[b].text.isdigit() and len(words) > 1:
        found |= {short + tokens[b].text for short in found}
    # "the Swiss Federal Office of Justice" is "the FOJ": which country's, said apart.
    if len(words) >= 3 and demonym(words[0].key.lower()):
        found.add("".join(t.text[0] for t in words[1:] if t.key.lower() not in JOINERS).upper())
        found.add("".join(t.text[0] for t in words[1:]).upper())
    # "the White House Office of Management and Budget" is the OMB: whose office, said
    # apart (three letters at least: two would match too much).
    for n in range(1, len(words) - 2):
        if words[n].key.lower() not in JOINERS and words[n].text[:1].isupper():
            short = "".join(t.text[0] for t in words[n:] if t.key.lower() not in JOINERS)
            if len(short) >= 3:
                found.add(short.upper())
    # "the United States Treasury" is the "US Treasury": the words before its head go by
    # their initials (not a title before a person's name: "UN Secretary General Antonio
    # Guterres" is no "US ...").
    lead = words[:-1]
    if len(lead) >= 2 and all(
        t.key.lower() not in JOINERS and t.text[:1].isupper() and t.text[1:].islower() for t in lead
    ):
        found.add("".join(t.text[0] for t in lead).upper())
    return found


# "Q2" is the second quarter, "H1" the first half, "World War II" the Second World War.
_ORDINAL_FORMS = {
    **{f"Q{n}": (word, "quarter") for n, word in enumerate(ORDINAL_WORDS, 1)},
    **{f"H{n}": (word, "half") for n, word in enumerate(ORDINAL_WORDS[:2], 1)},
    **{roman: (word,) for roman, word in zip(("I", "II", "III", "IV"), ORDINAL_WORDS, strict=True)},
}


def ordinal_form(key: str, words: Mapping[str, set[str]], others: Sequence[str]) -> bool:
    """Whether ``key`` ("Q2", "II") is told in words ("second quarter") by another source."""
    wanted = _ORDINAL_FORMS.get(key)
    if wanted is None:
        return False
    # "fourth" is read as the figure "4th".
    figure = {w: _ORDINAL_FIGURES.get(w, w) for w in wanted}
    return any(all(w in words[o] or figure[w] in words[o] for w in wanted) for o in others)


_ORDINAL_FIGURES = {
    word: f"{n}{'st nd rd th'.split()[n - 1]}" for n, word in enumerate(ORDINAL_WORDS, 1)
}
