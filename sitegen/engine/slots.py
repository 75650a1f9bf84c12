"""Figure slots: each number of a sentence with its kind, its value and what it counts.

"12 people injured" and "the injured rose to 12" give one slot, ("count:12",
{injur}); "in the 55th minute" gives ("position:55th", {minut}).  Coverage asks
whether another source gives a figure for the same thing, and details whether
a figure is told elsewhere in another form: rounded ("$9.55 billion" /
"$9.548 billion"), hedged ("more than 5,000" / "more than 5,400") or near
("shortly before 4 am" / "3:41 am").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .figures import ROUTES, kind, kind_of
from .model import Token
from .words import MONTHS, stem

_SMALL = re.compile(r"\d{1,3}-\d{1,3}")
WICKETS = 10  # a score's smaller half this low, the larger higher: runs and wickets

# Words too general to say what a number counts: "12 people" and "12 people injured".
_CLAUSE_BREAKS = frozenset(("and", "but", "while", "whereas"))
# What a figure is in a court or a deal: a limit ("a maximum of 20 years", "faces up to"),
# or a demand ("prosecutors sought 15 years", "asked for 18 months"), never the figure
# handed down; conflicts read these words too.
ROLES = {
    **dict.fromkeys("maximum max faces facing faced face minimum".split(), "limit"),
    **dict.fromkeys(
        "sought seek seeks seeking asked ask asks asking requested request requests "
        "recommended recommend recommends proposed propose wanted demanded urged".split(),
        "demand",
    ),
}
# ... by their stems, less any the lexicon shares with other words ("urged" is "called").
LIMIT_WORDS = frozenset(
    r for w, role in ROLES.items() if role == "limit" and not (r := stem(w)).startswith("~")
)
DEMAND_WORDS = frozenset(
    r for w, role in ROLES.items() if role == "demand" and not (r := stem(w)).startswith("~")
)
_WINDOWS = frozenset("past last previous".split())
WINDOW = "@window"  # in a figure's context: it follows one of _WINDOWS
_GENERIC = frozenset("peopl person total number figur least anoth year old".split())
_ROUGHLY = frozenset("about around roughly nearly almost some approximately".split())


def _kind(number: Token) -> str:
    """The figure's kind as conflicts read it, with times of day a kind of their own.

    "1,953" is a count, not the year 1953; "nearly 2,000" stays with the years, so a
    round figure alike is never evidence that another outlet tells the same claim.
    """
    key = number.key
    if ":" in key:
        return "time"
    if "," in number.text and not key.endswith("00"):
        return kind(number)
    found = kind_of(key)
    if found == "count" and len(key) == 4 and key[:2] in ("19", "20"):
        return "year"  # "19.5" too: a slot's kind errs towards a year
    return found


def slots_in(tokens: Sequence[Token], a: int, b: int) -> list[tuple[str, frozenset[str]]]:
    """Each number of ``tokens[a:b]`` with its kind and the words around it (what it counts)."""
    found = []
    for k in range(a, b):
        t = tokens[k]
        if not t.number:
            continue
        # What a figure counts stands in its own clause: "Two adults died and eight are
        # missing" counts no dead among the eight.
        first = max(a, k - 3)
        for m in range(k - 1, first - 1, -1):
            if tokens[m].key in _CLAUSE_BREAKS:
                first = m + 1
                break
        last = min(b, k + 4)
        context = frozenset(
            x.stem
            for m, x in enumerate(tokens[first:last], first)
            if x.content
            and not x.number
            and x.stem not in _GENERIC
            and not (len(x.text) <= 3 and _code(tokens, m))
        )
        # "a seventh podium in the past ten races": the span a tally is counted over, not
        # what the event counts ("All nine races here have had a safety car").
        if k > a and tokens[k - 1].key in _WINDOWS:
            context |= {WINDOW}
        # Most figures stand alone: only one with a figure beside it may be half a score.
        paired = (k + 1 < b and tokens[k + 1].number) or (k > a and tokens[k - 1].number)
        score = _score(tokens, k, a, b) if paired else None
        if t.text[:1] == "(":  # "7-6(5)": the tiebreak's score, "7-5"
            score = f"{max(7, int(t.key) + 2)}-{t.key}"
        figure = _kind(t)
        # "defeated 1:6, 5:7, 4:6": a set's score told from the loser's side, never a time
        # (a minute has two digits), is the "6-1" others give.
        if figure == "time" and (games := _COLON_SCORE.fullmatch(t.key)):
            high, low = sorted((int(games[1]), int(games[2])), reverse=True)
            score = f"{high}-{low}"
        # "on 3 November", "Jan. 24": a day of the month, never a count of what stands near
        # ("go on sale on 3 November" told by no "sales" of "the iPhone X").
        if (
            figure == "count"
            and len(t.key) < 3
            and (
                (k > a and tokens[k - 1].key in MONTHS and tokens[k - 1].text[0].isupper())
                or (k + 1 < b and tokens[k + 1].key in MONTHS and tokens[k + 1].text[0].isupper())
            )
        ):
            figure = "date"
        # ... but a round figure with its comma, hedged, is a count told roughly: "around
        # 1,900 deaths" is the "1,896 deaths" of another outlet.
        if figure == "year" and "," in t.text and k > a and tokens[k - 1].key in _ROUGHLY:
            figure = "count"
        key = t.key
        # "on Lap 67", "in Game 7": the number a lap or game goes by, its place in the
        # race or series, never a count of laps ("led 65 laps").
        if figure == "count" and k > a and tokens[k - 1].key.lower() in _NUMBERED and key.isdigit():
            figure, key = "position", key + "th"
        share = None
        if figure == "count" and (
            (k + 1 < b and tokens[k + 1].key in _SHARE_WORDS)
            or (k > a and tokens[k - 1].key in _SHARE_WORDS)
        ):
            share = _share_of(tokens, k, a, b)
        found.append((f"score:{score}" if score else share or figure + ":" + key, context))
    return found


def _code(tokens: Sequence[Token], m: int) -> bool:
    """Whether ``tokens[m]`` is a currency's code glued to its sum ("R" of "R85 billion",
    "Rs" of "Rs5,000"): it says what money, not what the money is for."""
    return (
        m + 1 < len(tokens)
        and tokens[m + 1].number
        and tokens[m].end == tokens[m + 1].start
        and tokens[m].text.isalpha()
        and len(tokens[m].text) <= 3
        and tokens[m].key == tokens[m].text.lower()  # not the "Q" of "Q4", read "quarter"
    )


_NUMBERED = frozenset("lap game stage hole round leg heat".split()) | ROUTES  # "Game 7"
_COLON_SCORE = re.compile(r"(\d{1,2}):(\d)")
_SHARE_WORDS = frozenset(("out", "of", "in"))  # "nine out of 10", "one in five"
MOST_OUT_OF = 1000  # "nine out of 10" is a share; "one in 10,000" a rate no one gives as such


def _share_of(tokens: Sequence[Token], k: int, a: int, b: int) -> str | None:
    """The share that figure ``tokens[k]`` is one end of ("nine out of 10", "one in five"),
    as another outlet's percentage: "share:90%"; both ends give it."""
    for x in (k, k - 2, k - 3):
        if x < a:
            continue
        between = 3 if x + 3 < b and tokens[x + 1].key == "out" and tokens[x + 2].key == "of" else 2
        if between == 2 and not (x + 2 < b and tokens[x + 1].key == "in"):
            continue
        y = x + between
        one = tokens[x].key.lower() == "one"  # a word, not a figure: "one in five"
        if k not in (x, y) or not ((tokens[x].number or one) and tokens[y].number):
            continue
        try:
            part, whole = 1.0 if one else float(tokens[x].key), float(tokens[y].key)
        except ValueError:
            return None
        if 0 < part < whole <= MOST_OUT_OF and whole.is_integer():
            return f"share:{100 * part / whole:.3g}%"
        return None
    return None


def _score(tokens: Sequence[Token], k: int, a: int, b: int) -> str | None:
    """The score or tally ``tokens[k]`` is half of ("led 5-3", "a 2-0 win"), if any.

    Both halves give the one score: "5-3" is neither a 5 nor a 3 that another
    outlet's "three tiebreaks" could match.
    """
    pairs: tuple[tuple[int, int], ...] = ((k, k + 1), (k - 1, k))
    if k > a and k + 1 < b and _touching(tokens[k - 1], tokens[k]):
        first, last = k - 1, k
        while first > a and _touching(tokens[first - 1], tokens[first]):
            first -= 1
        while last + 1 < b and _touching(tokens[last], tokens[last + 1]):
            last += 1
        if last - first >= 3 and (last - first) % 2 == 1:
            # "5-7 7-6 3-6 16-14": sets set apart by spaces alone, each a pair from the run's
            # start, never the "7-7" that a set's end and the next set's start would make.
            pairs = ((k, k + 1),) if (k - first) % 2 == 0 else ((k - 1, k),)
    for x, y in pairs:
        if a <= x and y < b and _touching(tokens[x], tokens[y]):
            if y + 1 < len(tokens) and tokens[y + 1].key.lower() in _RANGE_UNITS:
                return None  # "aged 5-36 months": a range, each end a figure of its own
            score = tokens[x].key + "-" + tokens[y].key
            if _SMALL.fullmatch(score):
                # Wickets and runs either way round: "8-435" is the "435-8" of another outlet.
                low, _, high = score.partition("-")
                if low.isdigit() and high.isdigit() and int(low) <= WICKETS < int(high):
                    return f"{high}-{low}"
                return score
    return None


# Units after a pair of figures that make it a range, never a score: "5-36 months", "3-5 km".
_RANGE_UNITS = frozenset(
    """
    second seconds minute minutes hour hours day days week weeks month months year years km
    kilometres kilometers mile miles metres meters feet inches cm mm kg tonnes degrees percent
    kilograms kilogrammes kilos pounds lbs grams ounces litres liters gallons acres hectares tons
    """.split()
)


def _touching(left: Token, right: Token) -> bool:
    """Whether two figures stand one character apart, as the halves of a score do."""
    return left.number and right.number and right.start - left.end == 1 and right.text[:1] != "("


Slot = tuple[str, frozenset[str]]


def figure_slots(tokens: Sequence[Token]) -> dict[int, Slot]:
    """Each number of a sentence, by token index: its kind, value and what it counts."""
    return dict(_numbered_slots(tokens))


def _numbered_slots(tokens: Sequence[Token]) -> list[tuple[int, tuple[str, frozenset[str]]]]:
    numbers = [k for k, t in enumerate(tokens) if t.number]
    return list(zip(numbers, slots_in(tokens, 0, len(tokens)), strict=True))
