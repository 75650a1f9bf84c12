"""Evidence: where another source may tell a claim, and how much of it.

:mod:`.coverage` asks, for every claim unit and every other source, whether that source
tells it.  The tables it asks are here: :class:`Source` is one source seen as support
(which sentences hold each word, its figures and their currencies, the phrases it tells
word for word), :class:`Claim` is what a unit claims, weighted for finding its support,
and :func:`figure_match` finds a sentence that gives about the same figure for the same
thing, however different the words around it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .conversions import money
from .model import Document, Token
from .samefigures import (
    UNIT_WORDS,
    converted_figure,
    magnitude,
    near,
    rounded,
    same_measure,
    told_alike,
)
from .similarity import weight
from .slots import slots_in
from .units import SAY
from .verbatim import word_for_word
from .wordshape import hedged

UNIT_REPORTED = 0.45
SLOT_SUPPORT = 0.2
PAIR_PENALTY = 0.1
PLAIN_COVER = 0.35
FIGURE_COUNT = 10
FIGURE_RATIO = 10  # two figures further apart than this count different things
LARGE_COUNT = 10_000
CLOSE_FIGURE = 0.1  # an unhedged figure this near another is the same figure
BOTH_HEDGED_FIGURE = 0.2  # ... and two hedged ones ("roughly 45 minutes" / "around 38")
HEDGED_FIGURE = 0.15  # and a hedged one ("more than £300,000") this near
PAST = 10  # years before the story's: a claim set that far back is another event


class Source:
    """One source seen as support: which sentences hold each stem, and its numbers' slots."""

    def __init__(self, doc: Document) -> None:
        self.stems = [frozenset(t.stem for t in ts if t.content) for ts in doc.tokens]
        self.slots = [slots_in(ts, 0, len(ts)) for ts in doc.tokens]
        self.hedged = [_hedges(ts, 0, len(ts)) for ts in doc.tokens]
        self.doc = doc
        self._currencies: dict[int, list[str | None]] = {}
        # The sentences that give figures (the rest count nothing), with their values.
        self.numbered = [
            (j, found, frozenset(slot[0] for slot in found))
            for j, found in enumerate(self.slots)
            if found
        ]
        # ... and those that give a figure in a unit another may convert ("105,000 gallons").
        self.measured = [(j, units) for j, found, _ in self.numbered if (units := _in_units(found))]
        self.count = len(self.stems)
        # Each sentence's phrases, and the first sentence that tells each.
        told = [word_for_word(ts) for ts in doc.tokens]
        self.said = [phrases for phrases, _ in told]
        self.phrases: dict[tuple[str, ...], int] = {}
        for j in range(len(told) - 1, -1, -1):
            for phrase in (*told[j][0], *told[j][1]):
                self.phrases[phrase] = j
        self.index: dict[str, list[int]] = {}
        for j, stems in enumerate(self.stems):
            for stem in stems:
                self.index.setdefault(stem, []).append(j)

    def currencies(self, j: int, a: int = 0, b: int | None = None) -> list[str | None]:
        """The currency of each number of sentence ``j`` (of ``tokens[a:b]``), or None.

        Asked only when a figure is matched by its size, so worked out then.
        """
        tokens = self.doc.tokens[j]
        if j not in self._currencies:
            text = self.doc.sentences[j]
            self._currencies[j] = [
                money(text, tokens, k) if t.number else None for k, t in enumerate(tokens)
            ]
        found = self._currencies[j]
        return [found[k] for k in range(a, len(tokens) if b is None else b) if tokens[k].number]

    def best(self, wanted: Mapping[str, float]) -> tuple[float, tuple[int, ...]]:
        """The window (one sentence or two adjacent) that holds most of ``wanted``."""
        total = sum(wanted.values())
        if not total or not self.count:
            return 0.0, ()
        single: dict[int, float] = {}
        for stem, w in wanted.items():
            for j in self.index.get(stem, ()):
                single[j] = single.get(j, 0.0) + w
        if not single:
            return 0.0, (0,)
        best = max(single, key=lambda j: (single[j], -j))
        found: tuple[float, tuple[int, ...]] = (single[best], (best,))
        for j in sorted(single):
            if j + 1 not in single:
                continue
            # Two sentences hold at most what each holds alone, added up: a pair that
            # cannot beat the best so far is not summed (it must beat it by 1e-9).
            if single[j] + single[j + 1] - PAIR_PENALTY * total <= found[0]:
                continue
            both = self.stems[j] | self.stems[j + 1]
            # Two sentences hold more words by chance than one: they must explain much more.
            score = sum(w for t, w in wanted.items() if t in both) - PAIR_PENALTY * total
            if score > found[0] + 1e-9:
                found = (score, (j, j + 1))
        return found[0] / total, found[1]

    def phrase(self, phrases: Sequence[tuple[str, ...]]) -> int | None:
        """The first sentence that tells one of ``phrases`` (another source's) word for word."""
        found = [self.phrases[p] for p in phrases if p in self.phrases]
        return min(found) if found else None

    def cover_in(self, wanted: Mapping[str, float], where: Sequence[int]) -> float:
        """How much of ``wanted`` the given sentences hold."""
        total = sum(wanted.values())
        if not total:
            return 1.0
        held = set().union(*(self.stems[j] for j in where))
        got = 0.0
        for t, w in wanted.items():
            if t in held or ("." in t and t[0].isdigit() and any(rounds_to(t, h) for h in held)):
                got += w
        return got / total

    def counts(self, slots: Sequence[tuple[str, frozenset[str]]]) -> int | None:
        """The sentence that states a number of the same kind about the same thing, for each.

        One sentence, not the whole article: numbers about one thing are told together.
        """
        for j, found, _ in self.numbered:
            # ... and values that may be one figure's: "among 10 vaccine candidates" is no
            # other count of "50 million vaccine doses".
            if all(
                any(told_alike(mine, other) and _comparable(mine, other) for other in found)
                for mine in slots
            ):
                return j
        values = {slot[0] for slot in slots}
        if len(values) < 2:
            return None
        # Two figures or more, all given again in one sentence ("Forty-six of the consulate
        # employees were Turks, along with three Iraqis" / "the release of 46 Turks and
        # three Iraqis") meet there by no chance, whatever words stand round them; so do
        # two scores of one match ("7-6(5)": the set and its tiebreak).
        for j, _, given in self.numbered:
            if values <= given:
                return j
        return None


class Claim:
    """What a unit (or a whole sentence) claims, weighted for finding its support."""

    def __init__(
        self,
        tokens: Sequence[Token],
        a: int,
        b: int,
        rarity: Mapping[str, float],
        where: tuple[Source, int],
        year: int | None = None,
    ):
        self.wanted = _wanted(tokens, rarity, a, b)
        # The year the story is written in dates it and says nothing of the claim: "a 55-5
        # record in 2024" is another outlet's "improved to 55-5 ... this season".
        if year is not None:
            self.wanted.pop(str(year), None)
        self.names = {t.stem for t in tokens[a:b] if t.name}
        self.plain = {t: w for t, w in self.wanted.items() if t not in self.names}
        self.slots = slots_in(tokens, a, b)
        # "In 1981, 11 people were killed when a plane crashed" recalls another crash
        # than this year's, told in its words: a claim set "in" a year a decade or more
        # before the story's.  A nearer year is often a detail of this claim ("the
        # contract it won in 2025"), which an outlet may leave out.
        self.years = (
            {
                tokens[k].key
                for k in range(a + 1, b)
                if tokens[k].number
                and tokens[k - 1].key == "in"
                and tokens[k].text == tokens[k].key  # "first in 37 years" is no year
                and len(tokens[k].key) == 4
                and tokens[k].key.isdigit()
                and int(tokens[k].key) <= year - PAST
            }
            if year
            else set()
        )
        self.hedged = _hedges(tokens, a, b)
        self.where = where  # its own source and sentence, to tell the currency of its sums
        self.span = (a, b)
        self._codes: list[str | None] | None = None
        self.window: tuple[int, ...] = ()  # the sentences :meth:`reported` last looked at

    def currency(self, n: int) -> str | None:
        """The currency of the claim's ``n``-th figure, or None: asked for rarely."""
        if self._codes is None:
            source, i = self.where
            self._codes = source.currencies(i, *self.span)
        return self._codes[n]

    def reported(self, source: Source) -> bool:
        """Whether ``source`` reports this claim somewhere, in one sentence or two."""
        if not self.wanted:
            self.window = ()
            return True
        score, where = source.best(self.wanted)
        self.window = where  # where it looked: the evidence, when no likeness is
        # A number about the same thing (deaths, injured, the rate) is the claim, whatever
        # words surround it; a different value there is a conflict, not a new fact.  A
        # number the other source states nowhere makes the unit news, however many words
        # it shares.
        if self.slots:
            if score < SLOT_SUPPORT:
                return False
            counted = source.counts(self.slots)
            if counted is None:
                return False
            # The sentence that gives the figure again is where the claim is told, though
            # its words may be spread over two ("It exploded six seconds later" / "... blew
            # up over the launch complex, six seconds after liftoff").
            self.window = (counted,)
            return True
        return self.held(source, where, UNIT_REPORTED)

    def dated(self, source: Source, where: Sequence[int]) -> bool:
        """Whether the sentences ``where`` give a past year the claim is set in: "Built in
        1978, the submarine entered service in 1981" is told by "was built in 1978"."""
        if not self.years:
            return True
        held = set().union(*(source.stems[j] for j in where))
        # ... unless the evidence names whom the claim is about: "Djindjic sent Milosevic
        # to The Hague" is that claim, whether or not it says the year.
        return bool(self.years & held) or bool(self.names & held)

    def held(self, source: Source, where: Sequence[int], enough: float) -> bool:
        """Whether the sentences ``where`` hold enough of the claim, and not only its names.

        Names shared are weak evidence: the same people do many things, so what the
        claim says of them must be there too.
        """
        if source.cover_in(self.wanted, where) < enough:
            return False
        return not self.plain or source.cover_in(self.plain, where) >= PLAIN_COVER


ATTRIBUTION = 0.25


def _attribution(tokens: Sequence[Token], a: int, b: int) -> set[int]:
    """Tokens of ``tokens[a:b]`` that say who said it ("Police chief Ann Lee said ...").

    Who said a claim is a detail of it, not the claim: another outlet that
    reports the claim from another source, or unattributed, still reports it.
    """
    found: set[int] = set()
    for k in range(a, b):
        if tokens[k].key not in SAY:
            continue
        if k - a <= 8:
            found.update(range(a, k))
        if b - k <= 7:
            found.update(range(k + 1, b))
    return found


def figure_match(claims: Sequence[Claim], source: Source) -> int | None:
    """A sentence of ``source`` that gives about the same figure for the same thing.

    Years, positions ("the 82nd minute"), times of day and small counts are left
    out: they recur in one event for unrelated facts, and a position is exact or
    not at all.  "About the same" is within a tenth, or within 15% when either
    figure is hedged ("more than £300,000" / "£340,000"): measured on
    labelled real articles, a wider band matched other facts of the same event
    (a toll of 13 against one of 15, a loss of 4.9 billion against a capital
    raise of 5.5 billion) as often as retold ones.
    """
    for claim in claims:
        for n, (slot, rough_mine) in enumerate(zip(claim.slots, claim.hedged, strict=True)):
            kind, _, value = slot[0].partition(":")
            if kind == "position" and _ranked(slot):
                # A high rank is told exactly or not at all, and two facts of one event
                # seldom share one: "ranked 73rd in the world" / "73rd in the standings".
                for j, theirs in enumerate(source.slots):
                    if any(other[0] == slot[0] for other in theirs):
                        return j
            if kind in ("year", "position", "time", "date"):
                continue
            # One amount in two units ("397,000 litres" / "105,000 gallons") is one figure
            # however small: two amounts with units seldom meet in one event by chance.
            if slot[1] & UNIT_WORDS:
                for j, theirs in source.measured:
                    if any(converted_figure(slot, other) for other in theirs):
                        return j
                    beside = source.slots[j]
                    if any(same_measure(slot, other, beside) for other in theirs):
                        return j
            # A small figure counts only to its last decimal: "put the magnitude at 6.7" is
            # "the 6.7 magnitude quake", not the "7.4" of another quake nor the "3" of
            # anything.
            small = kind == "count" and magnitude(value) < FIGURE_COUNT
            if small and "." not in value:
                continue
            # A large amount about the same size ("legal bills of £340,000" / "more than
            # £300,000 defending the policy") is one figure whatever words surround it:
            # two such amounts do not meet in one event by chance.
            # ... and so is a sum in one currency: "It costs more than $4,200" is the
            # "$4,295 treadmill" of another outlet.
            large = kind == "count" and magnitude(value) >= LARGE_COUNT
            code = claim.currency(n) if kind == "count" and not large else None
            wide = large or code is not None
            for j, theirs in enumerate(source.slots):
                for other, rough in zip(theirs, source.hedged[j], strict=True):
                    # ... or one particular share given to fewer decimals: "turnout was 46%"
                    # / "turnout was 46.46 per cent" (not "12 stores" for 11.4 pence).
                    alike = told_alike(slot, other) or (
                        kind == "share" and "." in value + other[0] and rounded(slot[0], other[0])
                    )
                    if not (alike or (wide and other[0].startswith("count:"))):
                        continue
                    within = HEDGED_FIGURE if rough_mine or rough else CLOSE_FIGURE
                    if rough_mine and rough:
                        within = BOTH_HEDGED_FIGURE
                    if not (other[0] == slot[0] or (not small and near(slot[0], other[0], within))):
                        continue
                    if alike or large or source.currencies(j)[theirs.index(other)] == code:
                        return j
    return None


RANKED_FROM = 20  # positions below this recur in one story: "third", "the 10th minute"


def _ranked(slot: tuple[str, frozenset[str]]) -> bool:
    """Whether a position is a rank high enough to name one thing, and no minute of a match."""
    value = slot[0].partition(":")[2].removesuffix("th")
    return value.isdigit() and int(value) >= RANKED_FROM and "minut" not in slot[1]


def _in_units(slots: Sequence[tuple[str, frozenset[str]]]) -> list[tuple[str, frozenset[str]]]:
    """The figures of ``slots`` given in a unit another outlet may convert."""
    return [slot for slot in slots if slot[1] & UNIT_WORDS]


def _comparable(mine: tuple[str, frozenset[str]], theirs: tuple[str, frozenset[str]]) -> bool:
    """Whether two figures' values may be one figure's, however they differ (a toll
    updated, a count disputed): not orders of magnitude apart, nor two years."""
    # A year is told exactly: another year is another event ("In 2015, Lee led Wales ..."
    # is no "first series win in 16 years"), not the same year disputed.  (A round figure
    # such as "nearly 2,000" is read as a year too, and may be a count told roughly.)
    if (
        mine[0].startswith("year:")
        and theirs[0].startswith("year:")
        and not mine[0].endswith("00")
        and not theirs[0].endswith("00")
    ):
        return mine[0] == theirs[0]
    a, b = magnitude(mine[0].partition(":")[2]), magnitude(theirs[0].partition(":")[2])
    return not (a > 0 and b > 0 and max(a, b) / min(a, b) > FIGURE_RATIO)


def _hedges(tokens: Sequence[Token], a: int, b: int) -> list[bool]:
    """For each number of ``tokens[a:b]``, whether it is hedged ("more than 300", "nearly 6")."""
    return [hedged(tokens, k) for k in range(a, b) if tokens[k].number]


def _wanted(
    tokens: Sequence[Token], rarity: Mapping[str, float], a: int = 0, b: int | None = None
) -> dict[str, float]:
    """The weighted content words of ``tokens[a:b]``; who said it weighs little."""
    b = len(tokens) if b is None else b
    said = _attribution(tokens, a, b)
    wanted: dict[str, float] = {}
    for k in range(a, b):
        t = tokens[k]
        if t.content:
            w = weight(t, rarity) * (ATTRIBUTION if k in said else 1.0)
            wanted[t.stem] = max(wanted.get(t.stem, 0.0), w)
    return wanted


def rounds_to(precise: str, told: str) -> bool:
    """Whether figure key ``told`` is ``precise`` rounded: "51.6%" of "51.59%".

    One outlet gives a share or a sum to the last decimal, another rounds it: the same
    figure, not another one (see :func:`~.samefigures.rounded`).
    """
    if not told[:1].isdigit() or told == precise or told.endswith("%") != precise.endswith("%"):
        return False
    kind = "share" if told.endswith("%") else "count"
    return rounded(f"{kind}:{precise}", f"{kind}:{told}")
