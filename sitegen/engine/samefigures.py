"""Same figures: whether two figure slots give one figure, however each outlet writes it.

:mod:`.slots` reads what each figure is; this module asks whether two of them are one:
the same value for the same thing, a figure rounded ("$9.55 billion" / "$9.548
billion"), hedged ("more than 5,000" / "more than 5,400"), near ("shortly before 4 am" /
"3:41 am"), converted ("397,000 litres" / "105,000 gallons") or held by a bound
("below five per cent" / 4.5 per cent).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .figures import ROUNDED_ONE_DIGIT
from .slots import DEMAND_WORDS, LIMIT_WORDS, WINDOW, Slot

NEAR_FIGURE = 0.25
HEDGED = 0.1  # a hedged figure within this of another's is that figure told roughly
PARTICULAR = 100  # a figure alike, this size or more and not round, is evidence alone
NEAR_CLOCK = 30  # minutes
LARGE_ROUNDED = 100_000  # a figure rounded to one digit this large is told roughly


def stated_elsewhere(mine: Slot, others: Sequence[Slot]) -> bool:
    """Whether another source gives about the same figure for the same thing.

    "More than 20 people" against "23 people were arrested" is one figure told two
    ways, not a detail of either.  ``others`` are the other sources' figure slots.
    """
    timed = mine[0].startswith(("duration:", "time:"))
    precise = _precise(mine[0])
    return any(
        (same_slot(mine, theirs) and near(mine[0], theirs[0]))
        or rounded(mine[0], theirs[0])
        or converted_figure(mine, theirs)
        or _minute(mine[0], theirs[0])
        or (timed and _lap(mine[0], theirs[0]))
        or (precise is not None and _precisely_alike(precise, theirs[0]))
        for theirs in others
    )


PRECISE_DIGITS = 4  # significant digits of two figures that meet by no chance ...
PRECISE_WITHIN = 0.0002  # ... this near: "at 20,186" and "to 20,188.52", "$89.53b" and "$89.54
# billion", one close or one analysts' consensus read from two sources a moment apart


def _precise(key: str) -> float | None:
    """The value of a count given to ``PRECISE_DIGITS`` significant digits or more."""
    kind, _, value = key.partition(":")
    if kind != "count" or len(value.replace(".", "").strip("0")) < PRECISE_DIGITS:
        return None
    try:
        return float(value)
    except ValueError:
        return None


def _precisely_alike(mine: float, theirs: str) -> bool:
    other = _precise(theirs)
    return (
        other is not None
        and other != mine
        and abs(mine - other) <= PRECISE_WITHIN * max(mine, other)
    )


# Units one distance or weight is given in, and how many of the second make the first.
_CONVERSIONS = (
    (frozenset({"mile"}), frozenset({"kilometr", "km", "kms"}), 1.609344),
    # A speed, kept apart from a distance ("gusts of 305 kph" are no "186 miles"): "150 mph"
    # winds are "240kmph" ones.
    (frozenset({"mph"}), frozenset({"kmph", "kph"}), 1.609344),
    (frozenset({"~foot", "foot", "feet"}), frozenset({"metr", "m"}), 0.3048),
    (frozenset({"inch"}), frozenset({"centimetr", "cm"}), 2.54),
    (frozenset({"pound", "lbs", "lb"}), frozenset({"kilogram", "kg", "kilo"}), 0.45359237),
    # A power station's output: "826 MW" is "826,000 kilowatts".
    (frozenset({"megawatt", "mw", "MW"}), frozenset({"kilowatt", "kw", "KW"}), 1000.0),
    # A share price in pounds or in pence: "17 pounds a share", "1,700 pence".
    (frozenset({"pound"}), frozenset({"penc", "penni"}), 100.0),
    # A spill: "2,500 barrels", "105,000 gallons", "397,000 litres".
    (frozenset({"barrel"}), frozenset({"gallon"}), 42.0),
    (frozenset({"gallon"}), frozenset({"litr", "liter", "l"}), 3.785411784),
    (frozenset({"barrel"}), frozenset({"litr", "liter", "l"}), 158.987294928),
)
# Every word a unit above may be written in: a figure with none beside it converts nothing.
UNIT_WORDS = frozenset().union(*(big | small for big, small, _ in _CONVERSIONS))
_UNITS = tuple(dict.fromkeys(unit for big, small, _ in _CONVERSIONS for unit in (big, small)))
# A figure converted and rounded, or told roughly, lies within this of the other: "nine
# to 10 pounds" is "approximately 5kg".  Two amounts with units that near in one event
# are one amount.
CONVERTED = 0.1


def converted_figure(mine: Slot, theirs: Slot) -> bool:
    """One figure in two units: "32,100 kilometres of rail" and "20,000 miles of rail"."""
    if not (mine[1] & UNIT_WORDS and theirs[1] & UNIT_WORDS):
        return False  # most figures are given in no unit: asked first, it spares the table
    for big, small, factor in _CONVERSIONS:
        for a, b in ((mine, theirs), (theirs, mine)):
            if a[1] & big and b[1] & small and not a[1] & small and not b[1] & big:
                x, y = magnitude(a[0].split(":", 1)[1]), magnitude(b[0].split(":", 1)[1])
                if x > 0 and y > 0 and abs(x * factor - y) / y <= CONVERTED:
                    return True
    return False


def same_measure(mine: Slot, theirs: Slot, beside: Sequence[Slot]) -> bool:
    """One figure in one unit written two ways: "within 5km" and "5 kilometers (3.1 miles)".

    A figure given with its conversion beside it ("5 kilometers (3.1 miles)", "120 miles
    (200km)") has both units around it: the figure ``beside`` it that converts it says
    which unit is its own.
    """
    x, y = magnitude(mine[0].split(":", 1)[1]), magnitude(theirs[0].split(":", 1)[1])
    if not (x > 0 and y > 0 and abs(x - y) / y <= CONVERTED):
        return False
    for big, small, factor in _CONVERSIONS:
        for unit, other, to_other in ((big, small, factor), (small, big, 1 / factor)):
            if not (mine[1] & unit and theirs[1] & unit) or mine[1] & other:
                continue
            if not theirs[1] & other:
                return True
            # Both units around theirs: its own is the one the figure beside converts.
            if any(
                s is not theirs
                and s[1] & other
                and (z := magnitude(s[0].split(":", 1)[1])) > 0
                and abs(y * to_other - z) / z <= CONVERTED
                for s in beside
            ):
                return True
    return False


def _minute(a: str, b: str) -> bool:
    """A goal "after 80 minutes" is a goal "in the 80th minute"."""
    if not (a.startswith(_MINUTE_KINDS) and b.startswith(_MINUTE_KINDS)):
        return False  # most pairs: asked first, it spares the splitting
    values = {a.split(":", 1)[1], b.split(":", 1)[1]}
    kinds = {a.split(":", 1)[0], b.split(":", 1)[0]}
    if kinds != {"duration", "position"}:
        return False
    minutes = {v.removesuffix("min").removesuffix("th") for v in values}
    return len(minutes) == 1 and all(v.endswith(("min", "th")) for v in values)


_MINUTE_KINDS = ("duration:", "position:")
_LAP = re.compile(r"time:(\d{1,2}):(\d\d):\d\d")


def _lap(a: str, b: str) -> bool:
    """A time run told in words, to the minute or the second: "two hours, 13 minutes" is
    "2:13:44", "two hours and 35 seconds" "2:00:35"."""
    for told, clocked in ((a, b), (b, a)):
        lap = _LAP.fullmatch(clocked)
        if lap and told.startswith("duration:") and told.endswith("min"):
            minutes = float(told.removeprefix("duration:").removesuffix("min"))
            if minutes.is_integer():
                return minutes == int(lap[1]) * 60 + int(lap[2])
            seconds = int(lap[1]) * 3600 + int(lap[2]) * 60 + int(clocked[-2:])
            return round(minutes * 60) == seconds
    return False


def rounded(a: str, b: str) -> bool:
    """One particular figure given to fewer digits: "$9.55 billion" and "$9.548 billion",
    "about $470,000" and "$471,500", "65.5%" and "65.5".

    The less precise value must keep two significant digits and lie within one unit
    of its last digit: "2,000" says too little to be "2,430" told roughly, and small
    whole numbers, years and positions recur in one event for unrelated things.
    """
    # A span of time keeps its unit in the key ("12.5min"): the figure is before it.
    (kind_a, x), (kind_b, y) = (v.split(":", 1) for v in (a, b))
    if kind_a != kind_b and not ("." in x and "." in y):
        return False  # figures of two kinds meet only as one particular value, below
    x, y = (v.removesuffix("min") if kind_a == kind_b == "duration" else v for v in (x, y))
    try:
        fx, fy = (float(v.rstrip("%")) for v in (x, y))
    except ValueError:
        return False
    if fx == fy:
        return "." in x and "." in y  # "65.5%" and "65.5": too particular to meet twice
    if kind_a != kind_b or kind_a in ("year", "position", "time") or min(fx, fy) <= 0:
        return False
    unit = max(_unit(x.rstrip("%")), _unit(y.rstrip("%")))
    rough = x if _unit(x.rstrip("%")) == unit else y
    digits = rough.rstrip("%").replace(".", "").strip("0")
    size = float(rough.rstrip("%"))
    yearlike = "." not in rough and 1000 <= size <= 2100
    precise = y if rough is x else x
    # "$11" for "$10.99": the precise figure is particular enough for both.
    exact = "." in precise and len(precise.rstrip("%").replace(".", "").strip("0")) >= 3
    particular = "." in rough or (size >= PARTICULAR and not yearlike) or exact
    # ... or, with one significant digit, lie within a twentieth of it: "six million" is
    # "5.9 million" rounded, "2,000" is no "2,430".
    close = abs(fx - fy) <= ROUNDED_ONE_DIGIT * size and size >= LARGE_ROUNDED
    return particular and (len(digits) >= 2 or close) and abs(fx - fy) <= unit * 1.0001


BOUND = 0.2  # a figure given as a bound holds another's this close to it, on its side


def within_bound(bound: Slot, way: str, value: Slot) -> bool:
    """Whether a figure given as a bound ("below five per cent", "less than three hours")
    holds another figure of the same kind (4.5 per cent, two and a half hours), on the
    bound's side and close to it.  The caller asks it of sentences that tell one claim."""
    kind, _, limit = bound[0].partition(":")
    other_kind, _, other = value[0].partition(":")
    if kind != other_kind or kind in ("year", "position", "time", "score"):
        return False
    high, low = magnitude(limit), magnitude(other)
    if high <= 0 or low <= 0:
        return False
    if way == "below":
        return high * (1 - BOUND) <= low < high
    return high < low <= high * (1 + BOUND)


def stated_roughly(mine: Slot, others: Sequence[Slot]) -> bool:
    """Whether a hedged figure ("more than 5,000 positions") is another source's figure
    told roughly ("more than 5,400 jobs"): the same kind, within HEDGED of it."""
    kind, _, value = mine[0].partition(":")
    size = magnitude(value)
    if kind in ("year", "position", "time") or size < PARTICULAR:
        return False
    for theirs in others:
        other_kind, _, other = theirs[0].partition(":")
        near = magnitude(other)
        if other_kind == kind and near and abs(size - near) / max(size, near) <= HEDGED:
            return True
    return False


def _unit(value: str) -> float:
    """The place of a value's last significant digit: 9550000000 is 10^7, 65.5 is 0.1."""
    if "." in value:
        return 10.0 ** -len(value.split(".", 1)[1])
    zeros = len(value) - len(value.rstrip("0"))
    return 10.0**zeros


_CLOCK = re.compile(r"\d{1,2}:\d\d")


def near(a: str, b: str, within: float = NEAR_FIGURE) -> bool:
    """Two figures of one kind about the same size: ``within`` that share of the larger."""
    times = [v.split(":", 1)[1] for v in (a, b)]
    if all(_CLOCK.fullmatch(t) for t in times):
        # "shortly before 4 am" and "3:41 am", "just after 10am" and "10.05am": one time.
        h, m = (int(t.split(":")[0]) * 60 + int(t.split(":")[1]) for t in times)
        return abs(h - m) <= NEAR_CLOCK
    try:
        x, y = (float(v.split(":", 1)[1].rstrip("%thmin")) for v in (a, b))
    except ValueError:
        return a == b
    if a.startswith("year:") and b.startswith("year:"):
        # Years are near by a share of two thousand: 1998 and 2022 are two years.
        return x == y
    return max(x, y) > 0 and abs(x - y) / max(x, y) <= within


def same_slot(mine: tuple[str, frozenset[str]], theirs: tuple[str, frozenset[str]]) -> bool:
    """Two numbers about the same thing: the same value, or the same kind in the same words."""
    if mine[0] == theirs[0]:
        return True
    kind = mine[0].split(":")[0]
    if kind == "score":
        return False  # a match passes through many scores: only the same one is the same
    if kind == "time" == theirs[0].split(":")[0]:
        return True  # times of day in one event: the same moment when near (see near)
    return (
        kind == theirs[0].split(":")[0]
        and bool(mine[1] & theirs[1])
        and _role(mine[1]) == _role(theirs[1])
    )


def _role(context: frozenset[str]) -> tuple[bool, bool, bool]:
    """Whether a figure's words make it a limit ("a maximum of 20 years"), a demand
    ("recommended nine years") or a span ("in the last five years"): none is the figure
    handed down or counted."""
    return bool(context & LIMIT_WORDS), bool(context & DEMAND_WORDS), WINDOW in context


def told_alike(mine: Slot, theirs: Slot) -> bool:
    """Two figures of the same kind said of the same thing, or one figure too
    particular to meet twice by chance ("6,217", "111 for five", "4.35%"); a small
    or round figure alike ("29", "60%", "5,000") says nothing of what it counts:
    one a man's age, the other a model's."""
    if mine[0] == theirs[0] and not (mine[1] & theirs[1]):
        value = mine[0].split(":", 1)[1].rstrip("%")
        size = magnitude(value)
        return "." in value or (size >= PARTICULAR and size % 10 != 0)
    return same_slot(mine, theirs)


def magnitude(value: str) -> float:
    try:
        return float(value.rstrip("%thmin"))
    except ValueError:
        return 0.0
