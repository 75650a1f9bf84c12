"""Conflicts: where linked sentences disagree on a number, a day or a name.

One outlet reports 12 dead and another 15; one says Tuesday and another
Wednesday.  Those are not two unique facts but one dispute, shown with each
source's version.  Numbers are compared by value (thirty-four is 34, 3 million
is 3,000,000), by kind (a count, a share, a position never dispute each
other) and by what they count (:mod:`.figures`: "killing at least 12" and "the
death toll rose to 19" are one toll, updated); names only where both sentences
put them in the same slot.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .conversions import exchanged_alike
from .figures import (
    after_from,
    count_other_things,
    counted_apart,
    head,
    hyphened,
    kind,
    numbers,
    span,
    told_apart,
    tolls,
    values,
)
from .hedges import hedged_alike, rounded_alike
from .model import Alignment, Document, Fact, Support, Token
from .namedisputes import first_name, named_in_both, names_differ, opens_capital
from .namewords import TITLES
from .numbers import NUMBER_WORDS
from .slots import ROLES
from .text import tokenize
from .words import DAYS, MONTHS

# Sentences another source tells in other words dispute a figure only when they share at
# least this much (see :func:`.similarity.similarity`); below it, a figure alike is all
# they have in common, and two such sentences often count different things.
RETOLD = 0.1


def find_conflicts(
    documents: Mapping[str, Document],
    alignment: Alignment,
    coverage: Mapping[tuple[str, int], Mapping[str, Support]] | None = None,
) -> list[Fact]:
    """Numbers, dates and names that two reports of one fact put in the same place.

    Reports of one fact are linked sentences and, from ``coverage``, the
    passage where another source reports a sentence in other words.
    Conflicts that share a sentence are one conflict with every source's
    version, and a source whose sentence in the same group states one of the
    disputed numbers joins it too (12 in one outlet, 12 in a second, 15 in a
    third).

    Figures are compared as written, relative years too: "a year earlier" in one
    outlet and "since 2019" in another are two reference points, not a dispute.
    """
    order = {src: n for n, src in enumerate(documents)}
    found: list[tuple[dict[str, int], dict[str, str]]] = []
    linked: set[tuple[str, int, str, int]] = set()
    for link in alignment.links:
        for i in link.left:
            for j in link.right:
                linked.add((link.left_source, i, link.right_source, j))
                linked.add((link.right_source, j, link.left_source, i))
        if link.diff is None or link.secondary:
            continue
        sentence = {link.left_source: link.left[0], link.right_source: link.right[0]}
        ops = link.diff.ops
        pairs: list[tuple[str, str]] = []
        for n in range(len(ops) - 1):
            (op_a, a), (op_b, b) = ops[n], ops[n + 1]
            if (op_a, op_b) == ("-", "+"):
                pairs += _disputes(a, b, n > 0 and ops[n - 1][0] == "=")
        left = " ".join(documents[link.left_source].sentences[i] for i in link.left)
        right = " ".join(documents[link.right_source].sentences[j] for j in link.right)
        for pair in counted_apart(left, right) + told_apart(left, right):
            if not any(values(pair[0]) <= values(a) for a, _ in pairs):
                pairs.append(pair)
        for a, b in pairs:
            if named_in_both(a, b, left, right) or _roles_apart(_role(left, a), _role(right, b)):
                continue
            if not count_other_things(left, a, right, b):
                found.append((sentence, {link.left_source: a, link.right_source: b}))
    # The same count retold in another sentence: "34 people were hurt" in one outlet's
    # lede, "Thirty-one people were injured" in a sentence of the other's it never linked.
    for (src, i), verdicts in (coverage or {}).items():
        for other, support in verdicts.items():
            if support.verdict == "not reported" or order[other] < order[src]:
                continue
            if support.score < RETOLD:
                continue  # a figure alike, in words that share almost nothing: too weak to dispute
            if any((src, i, other, j) in linked for j in support.sentences):
                continue
            mine = documents[src].sentences[i]
            theirs = " ".join(documents[other].sentences[j] for j in support.sentences)
            pairs = counted_apart(mine, theirs)
            for pair in told_apart(mine, theirs):
                if not any(values(pair[0]) <= values(a) for a, _ in pairs):
                    pairs.append(pair)
            for a, b in pairs:
                if _roles_apart(_role(mine, a), _role(theirs, b)) or count_other_things(
                    mine, a, theirs, b
                ):
                    continue
                where = next(j for j in support.sentences if b in documents[other].sentences[j])
                found.append(({src: i, other: where}, {src: a, other: b}))
    found += _tolls_apart(documents)
    # Disputes seen more than once (from a third source, in the lede and again below)
    # become one conflict: components of the "same dispute" relation.
    component = list(range(len(found)))
    # Each version's numbers, read once: every pair of disputes asks for them.
    stated = [{src: values(v) for src, v in versions.items()} for _, versions in found]
    for i in range(len(found)):
        for j in range(i):
            if _same_dispute(found[i], found[j], stated[i], stated[j]):
                old, new = component[i], component[j]
                component = [new if c == old else c for c in component]
    merged: dict[int, tuple[dict[str, int], dict[str, str]]] = {}
    for n, (sentence, versions) in enumerate(found):
        into = merged.setdefault(component[n], ({}, {}))
        for src in sentence:
            into[0].setdefault(src, sentence[src])
            into[1].setdefault(src, versions[src])
    groups = alignment.group_of
    facts = []
    for sentence, versions in merged.values():
        if (
            hedged_alike(sentence, versions, documents)
            or rounded_alike(versions)
            or exchanged_alike(sentence, versions, documents)
        ):
            continue
        _join_matching(sentence, versions, documents, groups, coverage or {})
        ranked = sorted(sentence, key=lambda src: order[src])
        sentence = {src: sentence[src] for src in ranked}
        versions = {src: versions[src] for src in ranked}
        first = ranked[0]
        # One wording per disputed value: "Thirty-four people / Thirty-one people".
        by_value: dict[object, str] = {}
        for version in versions.values():
            by_value.setdefault(values(version) or version, version)
        text = " / ".join(by_value.values())
        facts.append(
            Fact(
                "",
                "conflict",
                text,
                tuple(ranked),
                documents[first].sentences[sentence[first]],
                sentence,
                versions,
            )
        )
    return facts


Dispute = tuple[dict[str, int], dict[str, str]]


def _tolls_apart(documents: Mapping[str, Document]) -> list[Dispute]:
    """Tolls of one place that two outlets give differently, wherever each tells them.

    "At least 2,430 people were killed in Nepal" in one outlet's lede and "the
    number known to have died in Nepal had risen to 1,953" deep in another's share
    few words, so neither a link nor coverage pairs them.  What befell people
    (killed, injured, missing, ...) in the same places, told once in each article,
    is one toll: two values are a dispute.  An outlet that gives several values
    for it (an update told as it grew) answers nothing here.
    """
    told: dict[str, dict[tuple[str, frozenset[str]], list[tuple[int, str, str]]]] = {}
    for src, doc in documents.items():
        mine: dict[tuple[str, frozenset[str]], list[tuple[int, str, str]]] = {}
        for i, sentence in enumerate(doc.sentences):
            for figure, places in tolls(sentence):
                if places and figure.thing:
                    key = (figure.thing, places)
                    mine.setdefault(key, []).append((i, figure.phrase, figure.token.key))
        told[src] = mine
    found: list[Dispute] = []
    sources = list(documents)
    for n, a in enumerate(sources):
        for b in sources[n + 1 :]:
            for key in sorted(told[a].keys() & told[b].keys(), key=repr):
                if len({v for *_, v in told[a][key]}) != 1:
                    continue
                if len({v for *_, v in told[b][key]}) != 1:
                    continue
                (i, mine_phrase, x), (j, their_phrase, y) = told[a][key][0], told[b][key][0]
                if x != y:
                    found.append(({a: i, b: j}, {a: mine_phrase, b: their_phrase}))
    return found


def _same_dispute(
    a: tuple[dict[str, int], dict[str, str]],
    b: tuple[dict[str, int], dict[str, str]],
    a_values: Mapping[str, frozenset[str]],
    b_values: Mapping[str, frozenset[str]],
) -> bool:
    """The same dispute seen twice: from a third source, or in the lede and again below.

    ``a_values`` and ``b_values`` are the numbers each source's version states.
    """
    shared = a[1].keys() & b[1].keys()
    if any(a[0][src] == b[0][src] and a[1][src] == b[1][src] for src in shared):
        return True
    # "seven" and "seven months" of one sentence are one side of one dispute.
    if any(
        a[0][src] == b[0][src] and a_values[src] == b_values[src] for src in shared if a_values[src]
    ):
        return True
    stated = [(a_values[src], b_values[src]) for src in shared]
    return len(stated) >= 2 and all(x and x == y for x, y in stated)


def _join_matching(
    sentence: dict[str, int],
    versions: dict[str, str],
    documents: Mapping[str, Document],
    groups: Mapping[tuple[str, int], int],
    coverage: Mapping[tuple[str, int], Mapping[str, Support]],
) -> None:
    """Add sources whose sentence states one of the disputed values.

    That sentence is in the same group as the conflict's, or reports one of its
    sentences in other words ("seven members of the club died" retells "the number
    killed has risen to seven").
    """
    src, i = next(iter(sentence.items()))
    group = groups.get((src, i))
    wanted = {v: text for src, text in versions.items() for v in values(text)}
    for other, doc in documents.items():
        if other in sentence:
            continue
        retold = {
            j
            for key in sentence.items()
            for support in [coverage.get(key, {}).get(other)]
            if support and support.verdict != "not reported"
            for j in support.sentences
        }
        for j, candidate in enumerate(doc.sentences):
            if groups.get((other, j)) != group and j not in retold:
                continue
            for t in numbers(candidate):
                if t.key in wanted:
                    sentence[other] = j
                    versions[other] = t.text
                    break
            if other in sentence:
                break


def _disputes(a: str, b: str, same_slot: bool) -> list[tuple[str, str]]:
    """The numbers, days and names two replaced runs disagree on, as (a's, b's) wording.

    Numbers and days count wherever they stand in the runs; a name only when
    both runs open with it right after the same words ("captain, Aurel Dima" /
    "captain, Aurel Dinca"), so two different people quoted are not a conflict.
    """
    found: list[tuple[str, str]] = []
    # Most replaced runs hold no figure, day or name to dispute: tokenizing them (they are
    # pieces of sentences, not sentences, so never tokenized before) is most of the work.
    figures = bool(_FIGURE_WORD.search(a) and _FIGURE_WORD.search(b))
    named = same_slot and opens_capital(a) and opens_capital(b)
    if not figures and not named:
        return found
    if not figures:
        if names_differ(first_name(a), first_name(b)):
            found.append((first_name(a), first_name(b)))
        return found
    values_a, values_b = values(a), values(b)
    only_a = [t for t in numbers(a) if t.key not in values_b and _counts(a, t)]
    only_b = [t for t in numbers(b) if t.key not in values_a and _counts(b, t)]
    # "rose to 3.1% from 3.0%" against "rose to 3.4%": the earlier value one side adds
    # ("from 3.0%", "up from 2.9%") answers nothing in the other.
    if len(only_a) != len(only_b):
        only_a = [m for m in only_a if not after_from(a, m)] if len(only_a) > 1 else only_a
        only_b = [m for m in only_b if not after_from(b, m)] if len(only_b) > 1 else only_b
    # One number against one of the same kind (a count, a share, a position); with more,
    # which one answers which is a guess, and _counted_apart pairs them by what they count.
    same_kinds = [kind(x) for x in only_a] == [kind(y) for y in only_b]
    # "6 dead" against "two hours later": numbers that count different things.
    heads = head(a, only_a) != head(b, only_b)
    if only_a and len(only_a) == len(only_b) and same_kinds and not heads:
        a_span, b_span = span(a, only_a), span(b, only_b)
        if len(a_span.split()) <= 4 and len(b_span.split()) <= 4:  # 7-2 against 6-3
            found.append((a_span, b_span))
    words_a, words_b = tokenize(a), tokenize(b)
    for names in (DAYS, MONTHS):  # "Wednesday" and "February" do not answer each other
        days_a = [k for k, t in enumerate(words_a) if t.key in names and _dated(words_a, k)]
        days_b = [k for k, t in enumerate(words_b) if t.key in names and _dated(words_b, k)]
        keys_a = {words_a[k].key for k in days_a}
        keys_b = {words_b[k].key for k in days_b}
        # "on Tuesday made minister" / "on Wednesday accepted his resignation": two days
        # of two events.  One event's day has the same words beside it.
        if (
            keys_a
            and keys_b
            and keys_a.isdisjoint(keys_b)
            and _around(words_a, days_a) & _around(words_b, days_b)
        ):
            found.append(
                (span(a, [words_a[k] for k in days_a]), span(b, [words_b[k] for k in days_b]))
            )
    if named and names_differ(first_name(a), first_name(b)):
        found.append((first_name(a), first_name(b)))
    return found


# A figure's role (see slots.ROLES), or the time between two events ("10 months after",
# "two years ago") rather than how long one lasted ("a three-month trial").  Two figures
# in different roles never dispute each other.
_INTERVAL = re.compile(
    r"^(?:(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+)?"
    r"(?:after|later|ago|before|earlier)\b"
)
ROLE_REACH = 8  # words before a figure that may say what role it plays


def _role(sentence: str, version: str) -> str:
    """The role of the figure ``version`` names in ``sentence`` (see ROLES), or ""."""
    at = sentence.find(version)
    if at < 0:
        return ""
    if _INTERVAL.match(sentence[at + len(version) :].lstrip()):
        return "interval"
    # "a 19-year-old man" and "a 9-year-old girl": two people's ages, not one disputed.
    whose = _WHOSE.match(sentence, at + len(version))
    if whose:
        return "age of " + whose.group(1).lower()
    before = re.findall(r"[a-z]+", sentence[:at].lower())[-ROLE_REACH:]
    # "the first British champion since 1936": the year a span starts from, not the year
    # of the event another outlet dates ("won Wimbledon in 2013 and 2016").
    if before[-1:] == ["since"]:
        return "since"
    return next((ROLES[w] for w in reversed(before) if w in ROLES), "")


def _roles_apart(one: str, other: str) -> bool:
    """Whether two figures' roles differ: an age said of no one in particular ("the
    64-year-old") may be the age another outlet gives a man."""
    if not (one and other) and (one + other).startswith("age of"):
        return False
    return one != other


_WHOSE = re.compile(
    r"-years?-old (man|woman|boy|girl|child|son|daughter|mother|father|baby|suspect)\b",
    re.IGNORECASE,
)


DAY_REACH = 1  # the content word either side of a day, which says what happened on it


def _dated(words: Sequence[Token], k: int) -> bool:
    """Whether ``words[k]`` names a day or month, not a person ("Mrs May said", "Theresa
    May", "Brian May")."""
    return not (k > 0 and (words[k - 1].key.lower() in TITLES or words[k - 1].name))


def _around(words: Sequence[Token], days: list[int]) -> set[str]:
    """The content words next to the days: "Pelion on Tuesday night" gives Pelion and night."""
    near: set[str] = set()
    for k in days:
        for side in (range(k - 1, -1, -1), range(k + 1, len(words))):
            taken = 0
            for m in side:
                t = words[m]
                if t.content and not t.number and m not in days:
                    near.add(t.stem)
                    taken += 1
                    if taken == DAY_REACH:
                        break
    return near


def _counts(text: str, number: Token) -> bool:
    """Whether a number in a run stands for an amount: not the day of a month ("April
    26", "26 April") nor a number joined to a word ("a 70-year history")."""
    if hyphened(text, number):
        return False
    before = text[: number.start].split()[-1:]
    after = text[number.end :].split()[:1]
    words = [w.strip("(),.") for w in before + after]
    # "May 26" is a date; "26 may rise" is not.
    return not any(w.lower() in MONTHS and w[:1].isupper() for w in words)


# Where a number (digits, number words, "a year ago", "an hour"), a day or a month can stand.
_FIGURE_WORD = re.compile(
    rf"\d|\b(?:{NUMBER_WORDS}|half|ago|last|(?:minute|hour|day|week|fortnight)s?|"
    rf"{'|'.join(sorted(DAYS | MONTHS))})\b",
    re.I,
)
