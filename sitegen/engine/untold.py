"""Untold words: the names and figures of a sentence that no other source gives.

A word is one source's own only when no other source of the event has it in any form: not
"the Himalayan nation" for Nepal, not "Matthew Hayden" where another outlet says "Hayden",
not "$9.55 billion" against "$9.548 billion", not "at 6am" where the sentences that report
the claim say "as dawn broke", not a name another outlet gives only in its headline, not the
outlet naming itself.  :func:`untold_words` asks the tables of :mod:`.elsewhere`, for one
sentence others report, which of its words are new; :mod:`.details` makes those words
readable phrases.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from .conversions import (
    UNIT_CODES,
    UNITS,
    converted,
    country_after_sum,
    currency,
    currency_named,
    exchanged,
    in_conversion,
    measure,
    measured_elsewhere,
    money,
    told_in_brackets,
)
from .elsewhere import Elsewhere, Others, Reporting
from .figures import coded
from .hedges import bound_of
from .model import Document, Token
from .namekinds import (
    agency_named,
    division,
    epithet,
    former,
    medium,
    plain,
    state_form,
    ticker,
)
from .nameowners import owners, whose_firm, whose_place
from .readable import (
    address,
    credit,
    figure_list,
    glued,
    house_number,
    informative,
    shouted,
    suffix,
    the_two,
)
from .retold import (
    age_told,
    clock_told,
    days_told,
    hour_named,
    ordinal_told,
    rank_told,
    rough_span_told,
    share_told,
    span_told,
    year_span_told,
    zone_told,
    zone_word,
)
from .samefigures import stated_elsewhere, stated_roughly, told_alike, within_bound
from .segment import SENTENCE_END
from .slots import Slot
from .times import (
    a_while,
    ago_date,
    century,
    date_of,
    decade_elsewhere,
    month_last_year,
    part_of_day_told,
    rate_of,
    weekday,
    years_in_words,
)
from .words import stem
from .wordshape import hedged, hyphened, initial


def cut_word(doc: Document, i: int) -> int:
    """The last word of an article cut off mid-sentence, which may be cut off too ("Texa"),
    or -1."""
    last = i == len(doc.tokens) - 1 and not SENTENCE_END.search(doc.sentences[i])
    return len(doc.tokens[i]) - 1 if last else -1


_SOME = frozenset(("several", "few"))
# ... and the stem of each scale's plural, as another outlet's "hundreds" is kept.
_SOME_SCALES = {w: stem(w + "s") for w in ("hundred", "thousand", "million")}


def _some_told(tokens: Sequence[Token], k: int, vocab: Sequence[AbstractSet[str]]) -> bool:
    """Whether "several hundred" (people) is the "hundreds" another outlet gives, and
    "several hundred thousand" its "hundreds of thousands"."""
    plural = _SOME_SCALES.get(tokens[k].text.lower().rpartition(" ")[2])
    return (
        plural is not None
        and k > 0
        and tokens[k - 1].key in _SOME
        and any(plural in words for words in vocab)
    )


def _run_together(
    sentence: str, tokens: Sequence[Token], k: int, vocab: Sequence[AbstractSet[str]]
) -> bool:
    """Whether a name after a hyphen is the one word another outlet writes run together:
    "anti-Semitism" is the "antisemitism" of the rest."""
    if k == 0 or not hyphened(sentence, tokens, k - 1):
        return False
    joined = stem(tokens[k - 1].key.lower() + tokens[k].key.lower())
    return any(joined in words for words in vocab)


def _disputed(mine: Slot, disputed: Sequence[Slot]) -> bool:
    """Whether a figure is one a conflict shows: its value, told alike."""
    return any(d == mine or (d[0] == mine[0] and told_alike(mine, d)) for d in disputed)


def untold_words(
    event: Elsewhere, src: str, i: int, others: Others, reporting: Reporting
) -> set[int]:
    """The positions of the names and figures of sentence ``i`` of ``src`` that no other
    source gives in any form, with what holds them together (a middle initial, the other
    figures of a list)."""
    doc = event.documents[src]
    tokens = doc.tokens[i]
    sentence = doc.sentences[i]
    mine = event.slots[src][i]
    names = event.names
    runs = names.runs[src][i]
    vocab = others.vocab
    rest = others.figures
    blocked = others.disputed
    disputed = others.disputed_counts
    parts, hours = reporting.parts, reporting.hours
    outlet = event.outlet_words.get(src, ())
    cut = cut_word(doc, i)
    new = {
        k
        for k, t in enumerate(tokens)
        if informative(t)
        and k != cut
        # Most words are told elsewhere: asked first, it spares the rest.
        and t.stem not in blocked
        and not (disputed and t.number and _disputed(mine[k], disputed))
        and (
            mine[k][0] not in others.scores
            if t.number and mine[k][0].startswith("score:")
            else all(t.stem not in v for v in vocab)
            or (t.number and _dated_apart(event, src, tokens, k, mine))
        )
        and not credit(sentence, t)
        and not glued(sentence, t)
        and not currency(tokens, k)
        and not (k > 0 and tokens[k - 1].number and t.key.lower() in UNIT_CODES)
        # The unit of a figure converted in brackets: the "feet" of "(about 330 feet)".
        and not (
            t.key.lower() in UNITS
            and k > 0
            and tokens[k - 1].number
            and converted(sentence, tokens, k - 1)
        )
        and not in_conversion(sentence, tokens, k)
        and not suffix(tokens, k)
        and not address(sentence, tokens, k)
        and not a_while(tokens, k, others.weekdays, others.last_week)
        and not century(sentence, tokens, k)
        and not years_in_words(tokens, k, others.spans, rest)
        and not (
            " " in t.text  # "last year", read as the year it is
            and month_last_year(
                tokens, k, vocab, (s for o in others.sources for s in event.documents[o].sentences)
            )
        )
        and not the_two(tokens, k)
        and not span_told(t, vocab)
        and not part_of_day_told(tokens, k, mine.get(k), parts, hours)
        and not share_told(tokens, k, vocab, mine[k][0] if t.number else None)
        and not rank_told(t, vocab)
        and not shouted(tokens, k, i == 0, vocab)
        and not initial(tokens, k)  # "Michael E. Brown" is another's "Mike Brown"
        and not (
            t.number
            and (
                (
                    stated_elsewhere(mine[k], rest)
                    # ... not the 9th of another month: "on Dec. 9" is no "9 February"
                    and not _dated_apart(event, src, tokens, k, mine)
                )
                or _score_total(tokens, k, event.totals)
                or converted(sentence, tokens, k)
                or measured_elsewhere(measure(tokens, k), others.measures)
                or told_in_brackets(sentence, tokens, k, mine, rest)
                or _exchanged(sentence, tokens, k, mine[k], others.sums)
                or (hedged(tokens, k) and stated_roughly(mine[k], rest))
                or _bounded(tokens, k, mine[k], reporting.figures, reporting.bounds)
                or _share_bounded(tokens, k, mine[k], rest)
                or weekday(tokens, k, doc.year) in others.weekdays
                or event.named_elsewhere(src, date_of(tokens, k, doc.year))
                or event.named_elsewhere(src, ago_date(tokens, k, doc.published))
                or event.day_of_month_elsewhere(src, tokens, k)
                or decade_elsewhere(tokens, k, rest)
                or year_span_told(sentence, tokens, k, vocab)
                or age_told(tokens, k, doc.year, others.ages, vocab)
                or _some_told(tokens, k, vocab)
                or rough_span_told(tokens, k, vocab, others.rough)
                or ordinal_told(mine[k], rest)
                or days_told(mine[k], rest)
                or clock_told(tokens, k, mine[k], rest)
                or zone_told(tokens, k, mine[k], rest, vocab)
                or hour_named(mine[k], vocab)
                # The year the story was written in dates it, it is no news.
                or t.key == str(doc.year)
                # ... nor is the year a statute's name carries: "the Terrorism Act 2000" is
                # the "Terrorism Act" the rest name.
                or (
                    k >= 2
                    and tokens[k - 1].text == "Act"
                    and tokens[k - 2].name
                    and names.known(src, tokens, k - 2, runs)
                )
                or house_number(sentence, tokens, k)
                or names.coded(src, sentence, tokens, k)
                or ticker(sentence, tokens, k)  # "[HKG:1113]" is a share's code
                # "Covid-19" names a disease: its number is new only when the name is,
                # and another outlet's "coronavirus" names it.
                or (
                    k > 0
                    and tokens[k - 1].name
                    and coded(sentence, t)
                    and names.known(src, tokens, k - 1, runs)
                )
            )
        )
        and not (
            t.name
            and (
                plain(t)
                or medium(tokens, k)
                or agency_named(tokens, k)
                or zone_word(tokens, k)
                or ticker(sentence, tokens, k)
                or currency_named(tokens, k, vocab)
                or epithet(sentence, tokens, k)
                or former(tokens, k)
                or division(tokens, k)
                or state_form(tokens, k)
                or _run_together(sentence, tokens, k, vocab)
                or names.known(src, tokens, k, runs)
                or names.fuller(src, sentence, tokens, k)
                or names.extends(src, tokens, k, runs)
                or names.coded(src, sentence, tokens, k)
                or whose_place(src, sentence, tokens, k, runs, names)
                or whose_firm(src, tokens, k, runs, names)
            )
        )
        and not (
            t.stem in outlet and _names_outlet(tokens, k, runs, event.outlet_heads.get(src, set()))
        )
        and not country_after_sum(sentence, tokens, k)
    }
    new -= owners(sentence, tokens, new)
    # "a day" is no fact without its figure: "20 million passengers a day", where others
    # give the 20 million, adds no detail a reader could take in.
    new -= {k for k in new if (rated := rate_of(tokens, k)) is not None and rated not in new}
    # A middle initial is no detail, but it holds a new name together: "Judge Lewis A.
    # Kaplan" is one detail, not "by Judge Lewis" and "A. Kaplan".
    new |= {k + 1 for k in new if k + 2 in new and initial(tokens, k + 1)}
    if any(tokens[k].number for k in new):
        new |= figure_list(sentence, tokens, new)
    return new


def _dated_apart(
    event: Elsewhere, src: str, tokens: Sequence[Token], k: int, mine: dict[int, Slot]
) -> bool:
    """Whether figure ``tokens[k]`` is the day of a date no other source gives in its month:
    "on Dec. 9, 2023" is news where the others say "9 February"."""
    slot = mine.get(k)
    return slot is not None and slot[0].startswith("date:") and event.dated_apart(src, tokens, k)


def _names_outlet(
    tokens: Sequence[Token], k: int, runs: Sequence[tuple[int, int]], heads: AbstractSet[str]
) -> bool:
    """Whether the word ``tokens[k]`` of the outlet's own name names the outlet: the name it
    stands in holds the outlet name's last word ("The Denver Post", "the Post")."""
    a, b = next(((a, b) for a, b in runs if a <= k < b), (k, k + 1))
    return any(tokens[m].stem in heads for m in range(a, b))


def _bounded(
    tokens: Sequence[Token],
    k: int,
    mine: Slot,
    near: Sequence[Slot],
    near_bounds: Sequence[tuple[Slot, str]],
) -> bool:
    """Whether the figure ``tokens[k]`` and one of a sentence telling the same claim are
    one figure, one given as a bound: "less than three hours" and "two and a half hours",
    either way round."""
    way = bound_of(tokens, k)
    if way is not None and any(within_bound(mine, way, other) for other in near):
        return True
    return any(within_bound(bound, side, mine) for bound, side in near_bounds)


def _share_bounded(tokens: Sequence[Token], k: int, mine: Slot, rest: Sequence[Slot]) -> bool:
    """Whether a share given as a bound ("a poor vote of below five per cent") holds a share
    another outlet gives, close to it ("just 4.5 per cent of the primary vote"), wherever
    that outlet tells it: two shares that near, one bounding the other, are one figure."""
    if not mine[0].startswith("share:"):
        return False
    way = bound_of(tokens, k)
    return way is not None and any(within_bound(mine, way, other) for other in rest)


def _exchanged(
    sentence: str, tokens: Sequence[Token], k: int, mine: Slot, others: Sequence[tuple[str, Slot]]
) -> bool:
    code = money(sentence, tokens, k)
    return code is not None and exchanged(mine, code, others)


_SCORED = frozenset("goals points runs tries".split())


def _score_total(tokens: Sequence[Token], k: int, totals: set[int]) -> bool:
    """Whether ``tokens[k]`` counts the goals of a score the event gives ("all four goals"
    of a 3-1 win): no news beside the score."""
    return (
        k + 1 < len(tokens)
        and tokens[k + 1].key in _SCORED
        and tokens[k].key.isdigit()
        and int(tokens[k].key) in totals
    )
