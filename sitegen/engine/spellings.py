"""Names that outlets write two ways, folded into one before anything is compared.

Transliterated names come in several spellings ("Rashtrapati Bhavan" and
"Bhawan", "Zelensky" and "Zelenskyy", "Moammar" and "Moamer"); misspelt ones
too ("Ardern" and "Arden"); and an organisation goes by its initials in one
outlet and its full name in another ("the DUP", "the Democratic Unionist Party").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from .model import Document, Token
from .words import stem

# Letters the longer of two names needs before a one-letter difference is read as
# spelling ("Ardern" and "Arden"); "Maria" and "Mario" are two names.
SPELLED = 6
SHORT = 3  # letters of a surname that is a misspelling only after the same first name
INITIALS = 3  # letters of an acronym read from a name's initials alone ("US" is too short)
_LINKS = frozenset(("of", "and", "for", "the", "on"))  # small words inside a long name


def fold_spellings(documents: Mapping[str, Document]) -> dict[str, Document]:
    """The documents with a name that outlets spell a letter apart given one key.

    Transliterated names come in several spellings ("Rashtrapati Bhavan" and
    "Bhawan", "Zelensky" and "Zelenskyy"), sometimes two in one article.  Two
    names one letter apart (changed, added or left out), the longer of at least
    SPELLED letters, never both in one sentence, are one name: every stage then
    compares them as one, and the word diff shows them as a spelling.
    """
    where: dict[str, set[tuple[str, int]]] = {}
    # The name word before each ("Ivica" before "Olic"): a short surname a letter apart
    # from another ("Olic" and "Ovic") is a misspelling only after the same first name.
    before: dict[str, set[str]] = {}
    for src, doc in documents.items():
        for i, (sentence, tokens) in enumerate(zip(doc.sentences, doc.tokens, strict=True)):
            for n, t in enumerate(tokens):
                if n and t.name and tokens[n - 1].name and len(t.key) >= SHORT:
                    before.setdefault(t.key, set()).add(tokens[n - 1].key)
                if (
                    t.name
                    and len(t.key) >= SHORT
                    and t.key.isalpha()
                    and not t.key.isupper()
                    # Part of a hyphenated name is not a name of its own: "Jean-Marie"
                    # is not "Marine".
                    and "-" not in (sentence[t.start - 1 : t.start], sentence[t.end : t.end + 1])
                ):
                    where.setdefault(t.key, set()).add((src, i))
    variants: dict[str, list[str]] = {}
    for word in sorted(where):
        for variant in _one_letter_less(word):
            variants.setdefault(variant, []).append(word)
    canonical: dict[str, str] = {}
    for words in variants.values():
        for k, first in enumerate(words):
            for second in words[k + 1 :]:
                a, b = canonical.get(first, first), canonical.get(second, second)
                # A misspelling keeps a name's first letter: "Alder" is not "Calder".
                long = max(len(first), len(second)) >= SPELLED
                named = bool(before.get(first, set()) & before.get(second, set()))
                # ... and a letter doubled or not is a transliteration's, however short the
                # name: "Ebbu" and "Ebu".
                doubled = _DOUBLED.sub(r"\1", first) == _DOUBLED.sub(r"\1", second)
                alike = first[0] == second[0] and (long or named or doubled)
                if a != b and alike and not where[first] & where[second]:
                    keep, drop = sorted((a, b))
                    for word, to in list(canonical.items()):
                        if to == drop:
                            canonical[word] = keep
                    canonical[drop] = keep
    if not canonical:
        return dict(documents)
    stems = {word: stem(to, True) for word, to in canonical.items()}
    return {
        src: replace(
            doc,
            tokens=tuple(
                tuple(
                    t._replace(key=canonical[t.key], stem=stems[t.key])
                    if t.name and t.key in canonical
                    else t
                    for t in tokens
                )
                for tokens in doc.tokens
            ),
        )
        for src, doc in documents.items()
    }


_DOUBLED = re.compile(r"(.)\1+")


def _one_letter_less(word: str) -> set[str]:
    """``word`` and each form of it with one letter left out: two words a letter
    apart (one changed, added or left out) share one of these.  Doubled letters count
    once: transliterations double them at will ("Moammar" and "Moamer")."""
    single = _DOUBLED.sub(r"\1", word)
    return {w[:k] + w[k + 1 :] for w in {word, single} for k in range(len(w))} | {word, single}


def fold_acronyms(documents: Mapping[str, Document]) -> dict[str, Document]:
    """The documents with a name whose initials another outlet writes for it ("Democratic
    Unionist Party" where another says "DUP") given the acronym's stem.

    Only acronyms another outlet of the event writes count, of at least INITIALS letters:
    the words of the full name then compare equal to it in every stage, and the word
    diff still shows both forms.
    """
    written = {
        src: {
            t.key
            for tokens in doc.tokens
            for t in tokens
            if t.name
            and t.key.isalpha()
            and t.key.isupper()
            # ... or two, written with their stops: "B.C." is British Columbia.
            and (INITIALS <= len(t.key) <= 6 or (len(t.key) == 2 and "." in t.text))
        }
        for src, doc in documents.items()
    }
    if not any(written.values()):
        return dict(documents)
    folded = {}
    for src, doc in documents.items():
        # Another outlet's initials: an article that gives both forms itself reads them
        # as one already (see names.py).
        acronyms = set().union(*(found for o, found in written.items() if o != src))
        changed = False
        sentences = []
        for tokens in doc.tokens if acronyms else ():
            spans = _spelled_out(tokens, acronyms)
            if spans:
                changed = True
                named = list(tokens)
                for a, b, acronym in spans:
                    for k in range(a, b):
                        if named[k].content:
                            named[k] = named[k]._replace(stem=acronym)
                tokens = tuple(named)
            sentences.append(tokens)
        folded[src] = replace(doc, tokens=tuple(sentences)) if changed else doc
    return folded


def _spelled_out(tokens: tuple[Token, ...], acronyms: set[str]) -> list[tuple[int, int, str]]:
    """The runs of capitalised words in ``tokens`` whose initials spell one of ``acronyms``."""
    found: list[tuple[int, int, str]] = []
    k = 0
    while k < len(tokens):
        if not tokens[k].text[:1].isupper() or tokens[k].number:
            k += 1
            continue
        end = k
        while end < len(tokens) and (
            (tokens[end].text[:1].isupper() and not tokens[end].number)
            or (tokens[end].key in _LINKS and end + 1 < len(tokens) and tokens[end + 1].name)
        ):
            end += 1
        # The longest stretch of the run, from its earliest start, whose initials match.
        match = next(
            (
                (a, b, initials)
                for a in range(k, end)
                for b in range(end, a + 1, -1)
                if tokens[b - 1].key not in _LINKS
                and len(words := [t for t in tokens[a:b] if t.key not in _LINKS]) >= 2
                and (initials := "".join(t.text[0] for t in words).upper()) in acronyms
            ),
            None,
        )
        if match is not None:
            found.append(match)
        k = end
    return found
