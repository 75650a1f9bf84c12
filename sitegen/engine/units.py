"""Claim units: the clauses and phrases of a sentence that can be true or false alone.

One sentence often carries two or three facts ("The fire destroyed 12 homes,
and police closed the road"). It is cut at coordinated clauses after a comma
or at an "and" that a verb of its own follows ("died at the scene and the
sixth died in hospital"), relative and participial clauses, the parts around a
semicolon, a dash or brackets, and where a quotation opens or closes; a piece
with too little content (an attribution such as ", police said") stays with
its neighbour.
Every token is in exactly one unit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise

from .model import Document, Token, Unit

MIN_UNIT_WORDS = 2

# Words that open a clause of their own after a comma.
_CLAUSE_OPENERS = frozenset(
    """
    and but while whereas although though which who whom whose where when before after as
    because since until unless amid despite following including leaving killing injuring
    prompting forcing sending bringing making taking putting raising causing with adding
    saying
    """.split()
)
# Words for a share of what the sentence is about: ", some carrying babies,".
_SHARES = frozenset("some many most several few all both none half one two three".split())
# Prepositions a relative clause takes with it: "a day of events in which ministers quit".
_PIED = frozenset("in of on at by from with to for under during through into after".split())
_HARD = re.compile(r"[;()\[\]]|\s[-\u2013\u2014]\s|\u2014")


# Verbs of saying: ", police said" names who said it, not a claim.
SAY = frozenset(
    """
    said says say told tells according added adds stated announced reported observed noted
    confirmed explained insisted wrote
    """.split()
)


def claim_units(sentence: str, tokens: Sequence[Token], index: int = 0) -> tuple[Unit, ...]:
    """Cut one sentence into claim units (token ranges), every token in exactly one."""
    if not tokens:
        return (Unit(index, 0, 0, sentence),)
    cuts = [0]
    aside = False  # inside a clause set off by commas, which the next comma closes
    for k in range(1, len(tokens)):
        gap = sentence[tokens[k - 1].end : tokens[k].start]
        word = tokens[k].text.lower()
        # Most words follow one space, inside a quotation or out of one as the word
        # before: only "and", "who" and "which" may open a unit there.
        if gap == " " and word not in _AFTER_A_SPACE and tokens[k].quoted == tokens[k - 1].quoted:
            continue
        comma = "," in gap
        opener = word in _CLAUSE_OPENERS or (word.endswith("ing") and tokens[k].text.islower())
        # "Voss, a former nurse, ...": an apposition after a name says a fact of its own.
        apposition = word in ("a", "an", "the") and tokens[k - 1].name
        # "The freed girls, some carrying babies, were released": a share of them and what
        # it did is a fact of its own.
        absolute = (
            word in _SHARES
            and k + 1 < len(tokens)
            and (tokens[k + 1].text.endswith("ing") or tokens[k + 1].key == "of")
        )
        relative = word in ("who", "which") and not comma
        quote_edge = tokens[k].quoted != tokens[k - 1].quoted
        if word == "and" and not comma and _clause_follows(tokens, k) and cuts[-1] < k - 1:
            cuts.append(k)
        elif comma and (opener or apposition or absolute):
            cuts.append(k)
            aside = True
        elif (
            relative
            and tokens[k - 1].key in _PIED
            and k >= 2
            and tokens[k - 2].text.lower() in _SHARES
            and cuts[-1] <= k - 2
        ):
            # "..., none of which caused injuries": the share opens the clause; without it
            # the clause says the opposite.
            if cuts[-1] < k - 2:
                cuts.append(k - 2)
            aside = True
        elif relative and tokens[k - 1].key in _PIED and cuts[-1] < k - 1:
            cuts.append(k - 1)  # "events in which ministers quit": "in" opens the clause
            aside = True
        # ... but a comma between two figures lists them: "whose rounds of 65, 65 and 69 put
        # him clear" is one clause.
        elif (
            _HARD.search(gap)
            or relative
            or quote_edge
            or (comma and aside and not (tokens[k - 1].number and tokens[k].number))
        ):
            cuts.append(k)
            aside = relative
    cuts.append(len(tokens))
    spans = [(a, b) for a, b in pairwise(cuts) if b > a]
    spans = _merge_small(spans, tokens)
    return tuple(
        Unit(index, a, b, sentence[tokens[a].start : tokens[b - 1].end].strip()) for a, b in spans
    )


_AFTER_A_SPACE = frozenset(("and", "who", "which"))
# Words that open a subject: "and the sixth died", "and seven are in hospital".
_SUBJECTS = frozenset("the a an his her its their this that these those he she it they".split())
_FINITE = frozenset("is are was were has have had will would could can may might".split())
CLAUSE_REACH = 4  # words after "and" in which the verb of a clause of its own stands


def _clause_follows(tokens: Sequence[Token], k: int) -> bool:
    """Whether the "and" at ``k`` joins a clause with a verb of its own, not two nouns.

    "stabbed six people to death and injured eight others", "died at the scene
    and the sixth died in hospital": each is a fact another outlet may tell
    apart.  "the mayor and the police chief" joins no clause.
    """
    after = tokens[k + 1 : k + 1 + CLAUSE_REACH]
    if not after:
        return False
    first = after[0]
    if _past(first) and not first.name:
        return True  # "and injured eight others": the verb, its subject shared
    if not (first.key.lower() in _SUBJECTS or first.number):
        return False
    return any(t.key.lower() in _FINITE or _past(t) for t in after[1:])


def _past(token: Token) -> bool:
    text = token.text
    return text.islower() and len(text) > 3 and text.endswith("ed")


def _merge_small(spans: list[tuple[int, int]], tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Join pieces too small to be a claim (", police said") to the piece before them."""

    def attribution(span: tuple[int, int]) -> bool:
        # "..., RBA Governor Philip Lowe said in a statement today": who said it, not a claim.
        inside = tokens[span[0] : span[1]]
        return len(inside) <= 10 and any(t.key in SAY for t in inside)

    def size(span: tuple[int, int]) -> int:
        words = [t for t in tokens[span[0] : span[1]] if t.content]
        plain = sum(1 for t in words if not t.name and not t.number)
        return plain + (plain < len(words))

    merged: list[tuple[int, int]] = []
    for span in spans:
        small = size(span) < MIN_UNIT_WORDS or attribution(span)
        if merged and (small or size(merged[-1]) < MIN_UNIT_WORDS or attribution(merged[-1])):
            merged[-1] = (merged[-1][0], span[1])
        else:
            merged.append(span)
    return merged


def units_of(documents: Mapping[str, Document]) -> dict[str, tuple[tuple[Unit, ...], ...]]:
    """Every sentence's claim units, per source."""
    return {
        src: tuple(
            claim_units(s, tokens, i)
            for i, (s, tokens) in enumerate(zip(doc.sentences, doc.tokens, strict=True))
        )
        for src, doc in documents.items()
    }
