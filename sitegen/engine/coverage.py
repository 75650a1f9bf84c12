"""Coverage: whether each other source reports a sentence, claim unit by claim unit.

Alignment pairs sentences for the side-by-side view; whether a fact is
reported elsewhere is a different question, asked of the whole of every other
article.  One sentence often carries two or three facts ("The fire destroyed
12 homes, and police closed the road") that another outlet reports in two
sentences and other words, so no single sentence matches the whole and a
sentence-level verdict calls a reported fact unique.

1. Each sentence is cut into **claim units** (:mod:`.units`): the clauses and
   phrases that can be true or false on their own.
2. Another source tells the sentence's claim when alignment linked them, or
   when its nearest sentence shares about a fifth of the weighted words
   (:func:`~.similarity.similarity`).  Measured on labelled real articles,
   that one similarity separates a retold claim from a new one better than
   any cover of units or of sentence pairs; a denial ("no reaction from the
   White House") needs twice as much against a sentence that only names the
   same people.  A figure about the same thing and about the same size, within
   a tenth or, hedged, 15% ("nearly 6,000 buildings collapsed" / "6,217
   buildings have collapsed"; never a time of day), is evidence too, however
   different the words around it, and so is a phrase of
   four words told word for word ("with five balls to spare") or five words of
   one quotation ("It might not have been you").  The most alike sentence
   that denies what the other affirms counts for half, and a weak likeness
   counts for nothing when that sentence is plainly another sentence's
   counterpart (it shares the topic, not the claim).
3. Each unit is then looked for anywhere in that source, in one sentence or
   two adjacent ones, by how much of its weighted content words they hold
   ("three hundred" is 300, "four years ago" the year it names, "overturned"
   is "quashed"); a unit with a figure is reported only where a figure of the
   same kind is given for the same thing.  The verdict is **reported** when
   every unit is, **partly** when the claim is told but some units are not,
   and **not reported** otherwise.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from .conversions import money
from .model import Alignment, Document, Support, Token, Unit, Verdict
from .phrases import hedged
from .similarity import Profile, Similarities, idf, profile, weight
from .slots import UNIT_WORDS, converted_figure, magnitude, near, slots_in, told_alike
from .units import SAY, units_of
from .verbatim import word_for_word

UNIT_REPORTED = 0.45
SLOT_SUPPORT = 0.2
LINKED_UNIT = 0.3
PAIR_PENALTY = 0.1
PLAIN_COVER = 0.35
LINK_PARTLY = 0.5
STOCK_PHRASE = 3  # sentences of the event that tell a phrase: the event's topic
SIM_REPORTED = 0.2
# ... and a link alignment made with no unit told needs the sentences this alike on their
# own: measured on 92 real events, of the claims a weaker likeness hid, four in five were
# the outlet's own.
LINK_ALONE = 0.25
# A weak likeness is no evidence when the other sentence plainly tells another one.
TAKEN_BELOW = 0.35
TAKEN_RIVAL = 0.2
TAKEN_RATIO = 1.0
FIGURE_COUNT = 10
FIGURE_RATIO = 10  # two figures further apart than this count different things
LARGE_COUNT = 10_000
CLOSE_FIGURE = 0.1  # an unhedged figure this near another is the same figure
BOTH_HEDGED_FIGURE = 0.2  # ... and two hedged ones ("roughly 45 minutes" / "around 38")
HEDGED_FIGURE = 0.15  # and a hedged one ("more than £300,000") this near
NEGATION = 0.5
PAST = 10  # years before the story's: a claim set that far back is another event
_NEGATIONS = frozenset("no not never without nobody nothing none neither nor n't".split())


class _Source:
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
        return sum(w for t, w in wanted.items() if t in held) / total

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


class _Claim:
    """What a unit (or a whole sentence) claims, weighted for finding its support."""

    def __init__(
        self,
        tokens: Sequence[Token],
        a: int,
        b: int,
        rarity: Mapping[str, float],
        where: tuple[_Source, int],
        year: int | None = None,
    ):
        self.wanted = _wanted(tokens, rarity, a, b)
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

    def reported(self, source: _Source) -> bool:
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

    def dated(self, source: _Source, where: Sequence[int]) -> bool:
        """Whether the sentences ``where`` give each past year the claim is set in."""
        if not self.years:
            return True
        held = set().union(*(source.stems[j] for j in where))
        # ... unless the evidence names whom the claim is about: "Djindjic sent Milosevic
        # to The Hague" is that claim, whether or not it says the year.
        return self.years <= held or bool(self.names & held)

    def held(self, source: _Source, where: Sequence[int], enough: float) -> bool:
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


def cover(
    documents: Mapping[str, Document],
    alignment: Alignment | None = None,
    units: Mapping[str, Sequence[Sequence[Unit]]] | None = None,
    weights: Mapping[str, Sequence[Profile]] | None = None,
    similarities: Similarities | None = None,
) -> dict[tuple[str, int], dict[str, Support]]:
    """For every sentence, each other source's verdict on it with the evidence.

    ``weights`` are the event's :func:`~.similarity.profiles`, worked out here
    when not given; ``similarities`` scores them (alignment's, when it has
    scored them already).
    """
    units = units if units is not None else units_of(documents)
    rarity = idf(documents)
    sources = {src: _Source(doc) for src, doc in documents.items()}
    # A phrase that many sentences of the event tell is its topic ("allowing women to
    # drive"), not one claim: it is no evidence on its own.
    told = Counter(
        phrase for support in sources.values() for said in support.said for phrase in said
    )
    if weights is None:
        weights = {
            src: [profile(ts, rarity) for ts in doc.tokens] for src, doc in documents.items()
        }
    sims = similarities if similarities is not None else Similarities(weights)
    negated = {
        src: [any(t.key in _NEGATIONS for t in ts) for ts in doc.tokens]
        for src, doc in documents.items()
    }
    linked: dict[tuple[str, int], dict[str, tuple[tuple[int, ...], float]]] = {}
    if alignment is not None:
        for k in alignment.links:
            # A primary link says the two sentences are one claim: at least partly reported.
            score = (
                max(k.score, LINK_PARTLY)
                if not k.secondary and k.score >= SIM_REPORTED
                else k.score
            )
            for i in k.left:
                _keep(linked, (k.left_source, i), k.right_source, k.right, score)
            for j in k.right:
                _keep(linked, (k.right_source, j), k.left_source, k.left, score)
    rares: dict[tuple[str, int], list[tuple[str, ...]]] = {}

    def rare(src: str, i: int) -> list[tuple[str, ...]]:
        """Sentence ``i``'s phrases that are not the event's topic, worked out once."""
        if (src, i) not in rares:
            rares[src, i] = [p for p in sources[src].said[i] if told[p] < STOCK_PHRASE]
        return rares[src, i]

    found: dict[tuple[str, int], dict[str, Support]] = {}
    for src, doc in documents.items():
        for i, tokens in enumerate(doc.tokens):
            claims = [
                _Claim(tokens, u.start, u.end, rarity, (sources[src], i), doc.year)
                for u in units[src][i]
            ]
            verdicts: dict[str, Support] = {}
            for other, support in sources.items():
                if other == src:
                    continue
                # "no immediate reaction from the White House" is not a claim that
                # mentions the White House: a denial is a claim of its own.
                score, nearest = _nearest(
                    sims.matrix(src, other)[i], negated[src][i], negated[other]
                )

                where: tuple[int, ...] = (nearest,) if support.count else ()
                # Evidence that the other source tells the claim: a primary link from
                # alignment, or one sentence with enough of the weighted words in common.
                # Measured on real articles, that one similarity is the surest sign; units
                # then tell a sentence reported whole from one reported in part.
                link = linked.get((src, i), {}).get(other)
                own = score
                if link is not None and link[1] >= LINK_PARTLY:
                    where, score = link[0], max(score, link[1])
                evident = (link is not None and link[1] >= LINK_PARTLY) or (
                    score >= SIM_REPORTED and not _taken(sims.matrix(other, src)[nearest], i, score)
                )
                if not evident:
                    # Independent reporters rarely write four words in a row alike unless
                    # they tell one claim: a quotation quoted in part ("It might have been
                    # the monster you've become"), "with five balls to spare".
                    phrase_at = support.phrase(rare(src, i))
                    if phrase_at is not None:
                        evident, where = True, (phrase_at,)
                if not evident:
                    # A figure about the same thing, about the same size, is the claim
                    # told in other words: "nearly 6,000 buildings collapsed" against
                    # "6,217 buildings have collapsed", "legal bills of £340,000" against
                    # "more than £300,000 defending the policy".
                    figure_at = _figure_match(claims, support)
                    if figure_at is not None:
                        evident, where = True, (figure_at,)
                flags = tuple(
                    claim.reported(support)
                    or (
                        evident
                        and claim.held(support, where, LINKED_UNIT)
                        and claim.dated(support, where)
                    )
                    for claim in claims
                )
                verdict: Verdict = "not reported"
                # Each unit told in one sentence of the other source, on its own terms (its
                # figure for the same thing, or most of its words), is the claim told in
                # other words, though the sentences differ as wholes: "the 10th consecutive
                # rate increase aimed at combating high inflation" against "the 10th
                # increase in just over a year".  Measured on fifteen real events: 7 fewer
                # claims listed that readers found reported, 2 fewer truly unique.  Two
                # sentences together hold too many words by chance.  A unit that says
                # nothing but names ('"Jeffrey Epstein should have been here before all of
                # you"') is told wherever the names are: no evidence of the claim.
                units_told = (
                    bool(claims)
                    and all(flags)
                    and all(len(c.window) == 1 and (c.plain or c.slots) for c in claims)
                )
                if not evident and units_told:
                    evident, where = True, claims[0].window
                # ... but a claim set in a year the evidence never gives is another event's,
                # however alike the words: "In 1981, 11 people were killed when a plane
                # crashed" against this year's crash.
                if evident and (any(flags) or all(c.dated(support, where) for c in claims)):
                    verdict = "reported" if all(flags) else "partly"
                # A link alignment made on the order of the sentences and a few words alike
                # ("This is a tough evening to be talking about our mission," Culbertson said
                # / "Culbertson advised his staff not to talk to news reporters") is no
                # evidence when no unit is told there and the sentences are not alike on
                # their own: the claim is this source's.  Two ledes linked tell the story's
                # one main claim, however differently.
                if (
                    verdict == "partly"
                    and not any(flags)
                    and own < LINK_ALONE
                    and not (i == 0 and 0 in where)
                    and support.phrase(rare(src, i)) is None
                    and _figure_match(claims, support) is None
                ):
                    verdict = "not reported"
                verdicts[other] = Support(verdict, where, round(score, 3), flags)
            found[src, i] = verdicts
    return found


def _taken(scores: Sequence[float], i: int, score: float) -> bool:
    """Whether a sentence, alike to sentence ``i`` by ``score``, tells another one.

    ``scores`` are that sentence's similarities to each sentence of ``i``'s source.
    "Shoigu said the operation was going to plan, with Russian-backed forces
    pushing back Ukrainian forces" is nearest to "the Biden administration was
    responsible for missile attacks in areas held by Russian-backed forces",
    whose own counterpart is another sentence of the same article: the two
    share the war's words, not a claim.  A sentence beside ``i`` does not count,
    since one outlet's sentence may be split in two by the other.  Measured on
    eight blind-labelled real events, a rival as alike as ``i`` already tells
    ("Trump told reporters both sides would be impressed" is nearest to "Trump
    said the meeting went better than anyone could imagine", whose counterpart
    is another sentence): three more truly unique sentences found, two more false
    among 126 on the invented pairs.
    """
    if score >= TAKEN_BELOW:
        return False
    rival = max((s for k, s in enumerate(scores) if abs(k - i) > 1), default=0.0)
    return rival >= TAKEN_RIVAL and rival >= TAKEN_RATIO * score


def _figure_match(claims: Sequence[_Claim], source: _Source) -> int | None:
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
            if kind in ("year", "position", "time"):
                continue
            # One amount in two units ("397,000 litres" / "105,000 gallons") is one figure
            # however small: two amounts with units seldom meet in one event by chance.
            if slot[1] & UNIT_WORDS:
                for j, theirs in source.measured:
                    if any(converted_figure(slot, other) for other in theirs):
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
                    alike = told_alike(slot, other)
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
    updated, a count disputed): not orders of magnitude apart."""
    a, b = magnitude(mine[0].partition(":")[2]), magnitude(theirs[0].partition(":")[2])
    return not (a > 0 and b > 0 and max(a, b) / min(a, b) > FIGURE_RATIO)


def _hedges(tokens: Sequence[Token], a: int, b: int) -> list[bool]:
    """For each number of ``tokens[a:b]``, whether it is hedged ("more than 300", "nearly 6")."""
    return [hedged(tokens, k) for k in range(a, b) if tokens[k].number]


def _nearest(scores: Sequence[float], denies: bool, denials: Sequence[bool]) -> tuple[float, int]:
    """The most similar sentence of another source, and how similar.

    A sentence that denies what the other affirms (``denies`` against ``denials``,
    one flag per sentence of the other source) counts NEGATION as similar.
    """
    best, where = 0.0, 0
    for j, score in enumerate(scores):
        if score > best and denials[j] != denies:
            score *= NEGATION
        if score > best:
            best, where = score, j
    return best, where


def _keep(
    linked: dict[tuple[str, int], dict[str, tuple[tuple[int, ...], float]]],
    node: tuple[str, int],
    other: str,
    where: tuple[int, ...],
    score: float,
) -> None:
    current = linked.setdefault(node, {}).get(other)
    if current is None or score > current[1]:
        linked[node][other] = (where, score)


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
