"""Phrases: a detail shown as words a reader takes in at a glance, never a clause's fragment.

:mod:`.details` decides which words of a sentence no other outlet has; this module
decides how far the phrase around them reaches: "fined $85,000", not "$85,000";
"to the Telegraph newspaper", not "Telegraph newspaper the"; "15, 20, 30 or 40 pills"
as one phrase; never one that opens or ends on "and" or "of", and a bracket opened in
it is closed in it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Token, Unit
from .namewords import INSTITUTIONS, PARTICLES
from .readings import half_follows
from .words import CALENDAR
from .wordshape import (
    QUALIFIERS,
    age,
    close,
    hyphened,
    named,
    spaced,
    verb_form,
    where_then_when,
)

BRACKET_REACH = 40  # characters a detail reaches to close or open its bracket
PREPOSITIONS = frozenset(
    """
    to in at by from of on for with near outside inside into after before during since until
    """.split()
)
DETERMINERS = frozenset("the a an".split())
# Words after a figure that place it in time rather than say what it counts.
_AFTER_FIGURES = frozenset("left remaining later earlier ago last next".split())
# "Haltern am See", "Corrego do Feijao", "Cristiano Ronaldo dos Santos", "the Trophée des
# Mousquetaires", "Newcastle upon Tyne".
NAME_JOINERS = frozenset("of and & de des la van von del am im der do da dos das du upon".split())
_SAYING = frozenset("told tells said says according".split())
_MORE = frozenset("more less fewer at".split())  # "more than", "less than", "at least"
_RANKS = frozenset("top bottom".split())
_FURTHER = frozenset("more other fewer extra additional further".split())
_DENIALS = frozenset("not never no".split())
_ANAPHORS = frozenset("them whom those these".split())
# Words a phrase never ends on: "the Marvel and", "the National Health Service under".
_DANGLING = (
    NAME_JOINERS
    | DETERMINERS
    | frozenset("or to with for by from at in on into under over after before than as".split())
)
_CONJUNCTIONS = frozenset("and or but".split())  # nor opens on
_SIGNS = frozenset(("minus", "negative"))  # words that set a figure below zero
# Words that join a clause to the sentence, which a clause shown alone leaves out.
_JOINING = _CONJUNCTIONS | frozenset(
    "while whereas although though which who whom whose that where when as because since so"
    " yet then if".split()
)


def word_runs(
    indices: Sequence[int], sentence: str, tokens: Sequence[Token]
) -> list[tuple[int, int]]:
    """Runs of adjacent token indices, as (first, past-last).

    A comma, bracket or other stop between two tokens of ``sentence`` ends a run:
    "in New Delhi, Kamat said" holds two details, not one.
    """
    runs: list[tuple[int, int]] = []
    for k in indices:
        if runs and runs[-1][1] == k and not _stop(sentence, tokens, k):
            runs[-1] = (runs[-1][0], k + 1)
        elif runs and runs[-1][1] < k and _one_word(sentence, tokens, runs[-1][1] - 1, k):
            # Parts of one word joined by slashes are one detail: "GC/c/IRMS", not "The
            # GC/c" and "c/IRMS results".
            runs[-1] = (runs[-1][0], k + 1)
        else:
            runs.append((k, k + 1))
    return runs


def _one_word(sentence: str, tokens: Sequence[Token], a: int, b: int) -> bool:
    """Whether tokens ``a`` to ``b`` are written as one word joined by slashes."""
    return all(sentence[tokens[m - 1].end : tokens[m].start] == "/" for m in range(a + 1, b + 1))


def _stop(sentence: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether punctuation that ends a phrase stands between token ``k - 1`` and ``k``.

    A comma inside a list of figures does not: "15, 20, 30 or 40 pills" is one detail.
    """
    gap = sentence[tokens[k - 1].end : tokens[k].start]
    if gap in (", ", ",") and tokens[k - 1].number and tokens[k].number:
        return False
    if age(sentence, tokens, k):
        return False
    if gap == ", " and _place_and_region(sentence, tokens, k):
        return False
    if says_when(tokens, k):
        return True
    return any(ch in ",;:()[]\u2013\u2014" for ch in gap)


_PLACED = frozenset("in at from near outside of to".split())
_CLOSES = (",", ".", ";", ")", "")


def _place_and_region(sentence: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether a place and its region or country meet at the comma before token ``k``: "in
    Harlow, Essex, for smoke inhalation", "from Amman, Jordan." are one detail each."""
    if not (tokens[k - 1].name and tokens[k].name):
        return False
    first = k - 1
    while first > 0 and tokens[first - 1].name and spaced(tokens, first - 1):
        first -= 1
    if first == 0 or tokens[first - 1].key.lower() not in _PLACED:
        return False
    last = k
    while last + 1 < len(tokens) and tokens[last + 1].name and spaced(tokens, last):
        last += 1
    after = sentence[tokens[last].end : tokens[last].end + 1]
    # ... not a list of places: "residents of Barauli, Manjha, Vijaipur and Kateya".
    listed = after == "," and last + 1 < len(tokens) and tokens[last + 1].name
    return last - k < 2 and after in _CLOSES and not listed


def says_when(tokens: Sequence[Token], k: int) -> bool:
    """Whether what is said ends at token ``k - 1`` and when it was starts at ``k``."""
    before = tokens[k - 1]
    # After a verb or a month it says when that was: "began 10 years ago", "in September
    # last year" are one detail each.
    thing = before.content and not before.number and before.key not in CALENDAR
    return where_then_when(tokens, k) or (thing and not verb_form(before) and _when(tokens, k))


def _when(tokens: Sequence[Token], k: int) -> bool:
    """Whether a time phrase starts at token ``k``: "last year", "10 years ago".

    After a word it says when, not what: "his critics" and "10 years ago" are two
    details, "the shoe market" and "last year" too.
    """
    words = tokens[k].text.lower().split()
    if tokens[k].number and len(words) > 1 and (words[0] in _RELATIVE or words[-1] in _RELATIVE):
        return True  # one token for the year it names: "four years ago", "last year"
    nxt = tokens[k + 1].key if k + 1 < len(tokens) else ""
    if tokens[k].key in ("last", "next") and (nxt in _PERIODS or nxt in CALENDAR):
        return True
    return tokens[k].number and k + 2 < len(tokens) and tokens[k + 2].key == "ago"


_RELATIVE = frozenset("ago earlier later last next".split())
_PERIODS = frozenset("year week month season decade century night weekend".split())


_SCORE_HALF = 200  # a half of a score is this much at most; "737-800" is a model


def _score_after_name(sentence: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` opens a score set right after a name ("Halep of Romania 6-1"),
    not a model's number ("Boeing 737-800")."""
    if not (0 < k < len(tokens) - 1 and tokens[k].number and tokens[k - 1].name):
        return False
    if not (tokens[k + 1].number and hyphened(sentence, tokens, k)):
        return False
    halves = (tokens[k].key, tokens[k + 1].key)
    return all(h.isdigit() and int(h) <= _SCORE_HALF for h in halves)


# Words a figure ranks: "category five", "Level 4", "Stage 3", "Article 50".
_RANKED = frozenset("category level grade stage phase tier article section chapter".split())


def chunk(sentence: str, tokens: Sequence[Token], a: int, b: int) -> tuple[int, int]:
    """Widen a run of new names or numbers into a phrase a reader can take in.

    "Telegraph" becomes "to the Telegraph newspaper", "85,000" becomes
    "fined $85,000", "12" becomes "12 people": the words that say what the
    name or number is, never a whole clause.
    """

    def joins(k: int) -> bool:
        """Token ``k`` belongs to the name or figure: "Bank of England", "Mayor J. R. Alvarez"."""
        if not 0 <= k < len(tokens):
            return False
        if _score_after_name(sentence, tokens, k):
            return False  # "Simona Halep of Romania 6-1 6-3": the score is no part of the name
        if tokens[k].name or tokens[k].number:
            return True
        # A day or a month is set in capitals: "at Citigroup may have led" is no date.
        if tokens[k].key in CALENDAR:
            return tokens[k].text[:1].isupper()
        # "Most Valuable Player", "the European Very Large Telescope": a small word set in
        # capitals inside a name is part of it.
        if 0 < k < len(tokens) - 1 and tokens[k].text in ("Most", "Very") and tokens[k + 1].name:
            return True
        # "S&P 500": a letter joined to a name by "&" is part of it.
        if len(tokens[k].text) == 1 and tokens[k].text.isupper():
            if k + 1 < len(tokens) and sentence[tokens[k].end : tokens[k + 1].start] == "&":
                return tokens[k + 1].name
            # ... and a letter after a name ends it: "Serie A", "Group B".
            return k > 0 and tokens[k - 1].name and tokens[k].text != "I"
        if not 0 < k < len(tokens) - 1:
            return False
        before, after = tokens[k - 1], tokens[k + 1]
        if tokens[k].key in NAME_JOINERS and before.name and after.name:
            return True
        # "al Qaeda", "bin Laden": a particle opens the name after it.
        if tokens[k].key in PARTICLES and after.name:
            return True
        # "the Fitness to Practise Panel": "to" inside a name that goes on after it.
        if tokens[k].key == "to" and before.name and after.name and k + 2 < len(tokens):
            return tokens[k + 2].name
        # "the President's Council on Y2K Conversion": a body named for its subject.
        if tokens[k].key == "on" and before.name and before.key.lower() in INSTITUTIONS:
            return after.name
        # "Group of 20": a name and its number, joined by "of".
        if tokens[k].key == "of" and before.name and after.number:
            return True
        # "Planned Parenthood v. Casey": a case is one name.
        if tokens[k].key in ("v", "vs") and before.name and after.name:
            return True
        # "International Organisation for Migration": one name, not two.
        if tokens[k].key == "for" and before.name and after.name:
            return True
        # "Chancellor of the Exchequer", "Rally for the Republic", "Custodian of the Two
        # Holy Mosques": one name, not two.
        if tokens[k].key in ("of", "for") and before.name and k + 2 < len(tokens):
            return after.key == "the" and named(tokens, k + 2)
        if tokens[k].key == "the" and before.key in ("of", "for") and named(tokens, k + 1):
            return k > 1 and tokens[k - 2].name
        return tokens[k].key in ("to", "and", "or") and before.number and after.number  # 31 to 19

    if b - a == 1 and age(sentence, tokens, a):
        a -= 1  # "Florencio Avalos, 31": an age says little without whose it is
    while a > 0 and joins(a - 1) and close(sentence, tokens, a - 1) and not says_when(tokens, a):
        a -= 1
    # "a category five storm", "Level 4 restrictions": the figure is the rank's, and says
    # nothing without it.
    if a > 0 and tokens[a].number and tokens[a - 1].key.lower() in _RANKED:
        a -= 1
    while b < len(tokens) and joins(b) and close(sentence, tokens, b - 1):
        if says_when(tokens, b):
            break
        b += 1
    if tokens[b - 1].text.endswith(("'s", "’s")):
        # "the UK's highest court": what the name owns says what it is.
        stop = b + 2
        while b < min(stop, len(tokens)) and tokens[b].content and spaced(tokens, b - 1):
            if tokens[b].text.endswith(("ed", "ly")):
                break
            b += 1
    # "the Redmond, Washington-based tech giant": a place and its state before "-based" are
    # one place, and so with the state cut short: "the Redmond, Wash.-based company".
    if (
        b + 1 < len(tokens)
        and tokens[b].name
        and sentence[tokens[b - 1].end : tokens[b].start] == ", "
        and sentence[tokens[b].end : tokens[b + 1].start] in ("-", ".-")
        and tokens[b + 1].key == "based"
    ):
        b += 1 if hyphened(sentence, tokens, b) else 2
    # "an 88-year-old", "BlackBerry-maker": hyphenated words are one; so are a figure and
    # the unit written against it ("a 7nm chipset").
    while b < len(tokens) and (
        hyphened(sentence, tokens, b - 1) or tokens[b].start == tokens[b - 1].end
    ):
        b += 1
    while a > 0 and hyphened(sentence, tokens, a - 1):
        a -= 1
    last = tokens[b - 1]
    measure = last.number or (b - 1 > a and hyphened(sentence, tokens, b - 2))
    if measure and any(t.number for t in tokens[a:b]):
        # "the 60-metre Dharahara Tower": a measure says nothing without what it measures.
        while b < len(tokens) and tokens[b].name and close(sentence, tokens, b - 1):
            b += 1
    # "eight and a half years": the half read into the figure's value is its words too.
    if last.number and half_follows(tokens, b - 1):
        b += 3
    # What a figure counts, or what a name is: "12 people", "3,000 council homes",
    # "Telegraph newspaper", "Indian-origin prime minister"; never the verb that
    # follows ("nine minutes left").
    # Two nouns in a row are one: "the UN health chief", "a four-month border blockade";
    # so are three: "the 2008-09 global financial crisis", never "global financial".
    counted = b
    # "two more tugs", "three other men": what the figure counts comes after the word.
    if (
        last.number
        and b + 1 < len(tokens)
        and tokens[b].key in _FURTHER
        and spaced(tokens, b - 1)
        and spaced(tokens, b)
        and _noun(tokens[b + 1])
    ):
        b += 1
    for _ in range(3):
        if (
            b < len(tokens)
            and spaced(tokens, b - 1)
            and (
                _noun(tokens[b])
                or (b == counted and _measured(sentence, tokens, a, b))
                or (b == counted and last.number and _described(tokens, b))
            )
            and not (tokens[b - 1].name and _acts(tokens, b))
        ):
            b += 1
            while b < len(tokens) and hyphened(sentence, tokens, b - 1):
                b += 1  # "five sports-marketing executives", never "five sports"
        else:
            break
    # "12 miles of railway", "411 species of hard corals": what the counted thing is of,
    # in its own words ("ahead of compatriot Ann Lee" leads into a name, and stays out).
    if b > counted and last.number and b + 1 < len(tokens) and tokens[b].key == "of":
        end = b + 1
        while (
            end < len(tokens)
            and end - b <= 3
            and spaced(tokens, end - 1)
            and _noun(tokens[end])
            and tokens[end].key not in _COMPARED
        ):
            end += 1
        named_after = end < len(tokens) and (tokens[end].name or tokens[end].key == "than")
        if end > b + 1 and spaced(tokens, b - 1) and not named_after:
            b = end
    # "About 10 of the 31 victims": a share of something says nothing without it.
    if b == counted and last.number and b + 2 < len(tokens) and tokens[b].key == "of":
        m = b + 1
        if tokens[m].key in DETERMINERS:
            m += 1
        if m < len(tokens) and tokens[m].number:
            m += 1
        # A share of a whole ("of the vote"), a count of a count ("of the 31 victims") or
        # of things ("of the votes"); "in 2001 of the former president" is no share.
        whole = last.key.endswith("%") or tokens[m - 1].number or tokens[m].text.endswith("s")
        if m < len(tokens) and m > b + 1 and _noun(tokens[m]) and whole:
            b = m + 1
    # "31 of them seriously": a share of people named before, and how they fare.
    shared = b == counted and last.number and b + 1 < len(tokens) and tokens[b].key == "of"
    if shared and tokens[b + 1].key in _ANAPHORS and spaced(tokens, b) and spaced(tokens, b - 1):
        b += 2
        if b < len(tokens) and tokens[b].text.endswith("ly") and spaced(tokens, b - 1):
            b += 1
    # "an hour later", "two days earlier": a span of time says when with its word.
    when = b < len(tokens) and tokens[b].key in ("later", "earlier") and spaced(tokens, b - 1)
    if when and any(t.number and t.key.endswith("min") for t in tokens[a:b]):
        b += 1
    if a > 0 and close(sentence, tokens, a - 1):
        before = tokens[a - 1]
        if before.key in QUALIFIERS and tokens[a].number:
            a -= 1
            if a > 0 and tokens[a - 1].key in _MORE and close(sentence, tokens, a - 1):
                a -= 1
            # "injuring over 60": a figure that counts nothing after it says what it is by
            # its verb, before the hedge as before the figure.
            bare = b == counted and a > 0 and spaced(tokens, a - 1)
            if bare and verb_form(tokens[a - 1]) and not says_when(tokens, a):
                a -= 1
        elif (
            tokens[a].number
            and spaced(tokens, a - 1)
            and not says_when(tokens, a)
            and (
                verb_form(before)
                or (b == counted and b - a == 1 and before.content and not before.name)
            )
        ):
            a -= 1  # "fined $85,000", "killing 12", "took four"
        elif before.key in _SAYING and tokens[a].name:
            a -= 1  # "told Coastal Broadcasting"
        elif before.key in DETERMINERS:
            a -= 1
            if a > 0 and tokens[a - 1].key in PREPOSITIONS and close(sentence, tokens, a - 1):
                a -= 1
        elif before.key == "of" and a > 1 and tokens[a - 2].content and not tokens[a - 2].name:
            a -= 2  # "a vote of 31 to 19"
        elif before.key in _RANKS and tokens[a].number:
            a -= 1  # "a top 10 shareholder": which figure, said with it
        elif before.key == "per" and tokens[a].number:
            a -= 1  # "per 1 million": a rate's base, read with its rate
        elif before.key in PREPOSITIONS:
            a -= 1
    while a > 0 and hyphened(sentence, tokens, a - 1):
        a -= 1  # "a 2-over 74": the qualifier taken in was half a word
    if a > 0 and tokens[a - 1].key in _DENIALS and close(sentence, tokens, a - 1):
        a -= 1  # "not guilty of four charges", never "guilty of four charges"
    return a, b


def _acts(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]``, after a name, is what the name does, not a noun it goes with:
    "The Guardian cites the report", "could see the Blues kick off the season".  (A word
    before "-ing" may be either: "Facebook page showing", "Britons face seeing".)"""
    if k + 1 >= len(tokens) or not spaced(tokens, k):
        return False
    after = tokens[k + 1]
    return after.key in DETERMINERS or after.key in _PARTICLES_AFTER_VERBS


_PARTICLES_AFTER_VERBS = frozenset("off up out down".split())
_COMPARED = frozenset("less more fewer than instead alone each ago later earlier".split())


def _measured(sentence: str, tokens: Sequence[Token], a: int, b: int) -> bool:
    """Whether ``tokens[b]`` in "-ing" is the noun of a measure set as one word before it:
    "a nine-hour meeting", "a two-day hearing"."""
    return (
        tokens[b].text.endswith("ing")
        and b - 1 > a
        and tokens[b - 2].number
        and hyphened(sentence, tokens, b - 2)
    )


def _described(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a participle that describes the noun after it: "four related
    gun charges", "two armed men" (not "12 injured were")."""
    return (
        k + 1 < len(tokens)
        and tokens[k].text.islower()
        and tokens[k].text.endswith("ed")
        and spaced(tokens, k)
        and _noun(tokens[k + 1])
    )


def _noun(t: Token) -> bool:
    """A content word that can say what a figure counts: not a verb form, not a time word."""
    if not t.content or t.name or t.number or t.key in PREPOSITIONS | _AFTER_FIGURES:
        return False
    return not verb_form(t) and not t.text.endswith("ly")


def trim_unit(tokens: Sequence[Token], unit: Unit) -> tuple[int, int]:
    """A unit without the conjunction that joined it to the sentence ("and", "while").

    Only the joining words go: "At about 3pm the flames crossed" keeps the words
    that say when, or it reads "3pm the flames crossed".
    """
    a, b = unit.start, unit.end
    # "as well as" joins as one word does: "well as at least one car" reads as a fragment.
    if b - a > 3 and [t.key.lower() for t in tokens[a : a + 3]] == ["as", "well", "as"]:
        a += 3
    while a < b - 1 and not tokens[a].content and tokens[a].key.lower() in _JOINING:
        a += 1
    return a, b


def _capitalised(t: Token) -> bool:
    return t.text[:1].isupper() and t.text[1:].islower() and t.key not in DETERMINERS


def phrase(sentence: str, tokens: Sequence[Token], a: int, b: int) -> str:
    # A phrase ends on a word of its own, never on "and" or "of": "the Marvel and"; nor
    # does it open on "and": "and Senate President Adriana Salvatierra".
    while b - a > 1 and tokens[b - 1].key in _DANGLING and not hyphened(sentence, tokens, b - 2):
        b -= 1
    while b - a > 1 and tokens[a].key in _CONJUNCTIONS:
        a += 1
    if a >= b:
        return ""
    # A figure keeps its sign: "minus 20 degrees Thursday" is a frost, "20 degrees" is not.
    if a and tokens[a].number and tokens[a - 1].key in _SIGNS:
        a -= 1
    # A name opens on its capitalised small word, mid-sentence: "the All England Club".
    if a > 1 and tokens[a].name and not tokens[a - 1].content and _capitalised(tokens[a - 1]):
        a -= 1
    start, end = tokens[a].start, tokens[b - 1].end
    # ... nor inside a figure written with a slash or glued to its label: the "20" of
    # "2019/20" is the year's end, the "19" of "FY19" the fiscal year's.
    if a and (
        tokens[a - 1].end == start
        or (sentence[start - 1 : start] == "/" and tokens[a - 1].end == start - 1)
    ):
        start = tokens[a - 1].start
    while start > 0 and sentence[start - 1] in "$£€¥":
        start -= 1
    # ... with the letters of its country: "$US85", "US$85".
    if sentence[max(0, start - 3) : start] in ("$US", "US$"):
        start -= 3
    # A quotation mark goes with a phrase when its partner does: the whole quotation
    # ("“Freedom, Equality, Sketch, Write”"), or the rest of one the phrase opens or closes
    # ('was “cured”', '"Fridays for Future" last year'); never a piece of one: "“Of the 214
    # cases" opens a quotation it never closes.
    inner = sentence[start:end]
    opened = "“" in inner or inner.count('"') % 2 == 1
    closed = "”" in inner or inner.count('"') % 2 == 1
    opens = tokens[a].quoted and start > 0 and sentence[start - 1] in '"“'
    closes = tokens[b - 1].quoted and end < len(sentence) and sentence[end] in '"”'
    if opens and (closes or closed):
        start -= 1
    if closes and (opens or opened):
        end += 1
    # A bracket opened or closed in the phrase is closed or opened in it too: "$9.55
    # billion ($12.43 billion CAD)", never "$9.55 billion ($12.43 billion CAD".
    text = sentence[start:end]
    if text.count("(") > text.count(")"):
        close = sentence.find(")", end)
        end = close + 1 if 0 <= close < end + BRACKET_REACH else start + text.rfind("(")
    elif text.count(")") > text.count("("):
        opening = sentence.rfind("(", 0, start)
        if opening >= 0 and start - opening < BRACKET_REACH:
            start = opening
        else:
            start += text.find(")") + 1
    return sentence[start:end].strip(" ,;:")
