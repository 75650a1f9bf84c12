"""Hedges: two figures that differ in their digits but can both be true.

"More than 20" and 23, "about 300" and 310, "nearly 2,000" and "about 1,900", "11.5
million" and "11.553 million": one figure told with a hedge or rounded, no dispute.
"At least 12" against 19 is a toll updated, and "more than 300" against "under 290"
cannot both hold: those stay conflicts (:mod:`.conflicts`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .figures import ROUNDED_ONE_DIGIT, kind, numbers
from .model import Document, Token

_ABOVE_HEDGES = ("more than", "over", "above", "at least", "just over", "upwards of")
_BELOW_HEDGES = (
    "nearly",
    "almost",
    "under",
    "below",
    "less than",
    "fewer than",
    "up to",
    "just under",
    "close to",
)
_ABOVE = "|".join(_ABOVE_HEDGES)
_BELOW = "|".join(_BELOW_HEDGES)
_AROUND = r"about|around|roughly|some|approximately|an estimated"
_HEDGE = re.compile(rf"\b(?P<hedge>{_ABOVE}|{_BELOW}|{_AROUND})\s*[$£€]?$", re.I)
HEDGE_TOLERANCE = 0.2


def hedged_alike(
    sentence: Mapping[str, int], versions: Mapping[str, str], documents: Mapping[str, Document]
) -> bool:
    """A hedged figure and an exact one that agree: "more than 20" and 23, "about 300" and 310.

    Only one side may hedge, in the direction it says, and only by a little: "at least 12"
    against 19 is an update, and "at least 12" against "at least 15" a dispute.
    """
    found = []
    for src, version in versions.items():
        stated = numbers(version)
        if len(stated) != 1 or stated[0].key.endswith("th"):
            return False
        try:
            value = float(stated[0].key.rstrip("%").removesuffix("min"))  # "180min": 3 hours
        except ValueError:
            return False
        text = documents[src].sentences[sentence[src]]
        at = text.find(version)
        m = _HEDGE.search(text[: at + stated[0].start]) if at >= 0 else None
        found.append((value, m.group("hedge").lower() if m else None))
    hedged = [(v, h) for v, h in found if h]
    exact = [v for v, h in found if not h]
    if len(hedged) == 2 and not exact:
        return _bounds_agree(*hedged)
    if len(hedged) != 1 or not exact:
        return False
    (bound, hedge), value = hedged[0], exact[0]
    if not bound or abs(value - bound) / bound > HEDGE_TOLERANCE:
        return False
    way = _way(hedge)
    return value >= bound if way == "above" else value <= bound if way == "below" else True


# The hedges that make a figure a bound, by their words, with the side the value lies on.
_BOUNDS = {
    **{tuple(h.split()): "above" for h in _ABOVE_HEDGES},
    **{tuple(h.split()): "below" for h in _BELOW_HEDGES},
}

_BOUND_ENDS = frozenset(words[-1] for words in _BOUNDS)


def bound_of(tokens: Sequence[Token], k: int) -> str | None:
    """ "below" or "above" when the figure ``tokens[k]`` is given as a bound: "less than
    three hours", "below five per cent", "more than 60", "at least 12"; else None."""
    if k == 0 or tokens[k - 1].key not in _BOUND_ENDS:
        return None  # most figures stand after no hedge at all
    for n in (2, 1):
        if k >= n and (words := tuple(t.key for t in tokens[k - n : k])) in _BOUNDS:
            return _BOUNDS[words]
    return None


def rounded_alike(versions: Mapping[str, str]) -> bool:
    """One figure given to fewer or more decimals: "11.5 million iPads" and "11.553
    million", "3.7 million" and "3.72 million".  They differ by less than the last
    digit the rounder one gives; "$53.2 billion" and "$53.3 billion" do not."""
    found = []
    for version in versions.values():
        stated = numbers(version)
        if len(stated) != 1 or kind(stated[0]) != "count":
            return False
        digits = re.match(r"[\d,]*(?:\.(\d+))?", stated[0].text)
        written = stated[0].text[: digits.end()].replace(",", "") if digits else ""
        try:
            value = float(stated[0].key)
        except ValueError:
            return False
        if not written and value.is_integer() and value:
            # In words ("six million"), to its last digit other than zero, but no further
            # than a figure rounded to one digit goes.
            key = str(int(value))
            step = 10.0 ** (len(key) - len(key.rstrip("0")))
            found.append((value, min(step, ROUNDED_ONE_DIGIT * value)))
            continue
        shown = float(written) if written and written != "." else 0.0
        if not shown:
            return False
        decimals = len(digits.group(1) or "") if digits else 0
        found.append((value, value / shown * 10**-decimals))
    step = max(unit for _, unit in found)
    return max(v for v, _ in found) - min(v for v, _ in found) < step * (1 - 1e-9)


def _bounds_agree(a: tuple[float, str], b: tuple[float, str]) -> bool:
    """Two hedged figures that can both be true: "nearly 2,000" and "about 1,900".

    Two bounds the same way ("at least 12" / "at least 15") are a toll updated, a
    dispute; "more than 300" and "under 290" cannot both hold.
    """
    (x, hx), (y, hy) = sorted([a, b])
    if not x or (y - x) / y > HEDGE_TOLERANCE:
        return False
    way = [_way(hx), _way(hy)]
    if way[0] == way[1] != "around":
        return False
    # A ceiling below a floor: "under 290" and "more than 300" cannot both hold.
    return not (way[0] == "below" and way[1] == "above")


def _way(hedge: str) -> str:
    if re.fullmatch(_ABOVE, hedge):
        return "above"
    return "below" if re.fullmatch(_BELOW, hedge) else "around"
