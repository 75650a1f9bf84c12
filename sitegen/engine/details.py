"""Details: what one outlet adds to a claim the others report, as readable phrases.

A detail is a claim unit nobody else has ("and was later released"), or a
name, number or place the other outlets never mention, in any form: not "the
Himalayan nation" for Nepal, not "Matthew Hayden" where another outlet says
"Hayden", not "$9.55 billion" against "$9.548 billion", not a name another
outlet gives in its headline, not the outlet naming itself.  Each is shown
as a phrase a reader takes in at a glance ("to the Telegraph newspaper",
"fined $85,000", "15, 20, 30 or 40 pills"), never a fragment of a clause.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence
from itertools import pairwise

from .conversions import (
    UNIT_CODES,
    UNITS,
    converted,
    country_after_sum,
    currency,
    exchanged,
    in_conversion,
    measure,
    measured_elsewhere,
    money,
    told_in_brackets,
)
from .figures import coded
from .hedges import bound_of
from .model import Document, Fact, Support, Token, Unit
from .namekinds import division, epithet, former, medium, plain, ticker
from .names import NamesElsewhere
from .phrases import (
    DETERMINERS,
    PREPOSITIONS,
    chunk,
    close,
    hedged,
    hyphened,
    initial,
    phrase,
    says_when,
    trim_unit,
    word_runs,
)
from .readable import (
    address,
    bare_count,
    credit,
    credited,
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
    ordinal_told,
    rough_span_told,
    rough_spans,
    share_told,
    span_told,
    years_ago,
    zone_told,
    zone_word,
)
from .segment import SENTENCE_END
from .slots import Slot, figure_slots, stated_elsewhere, stated_roughly, within_bound
from .text import tokenize
from .times import (
    a_while,
    ago_date,
    bare_weekdays,
    century,
    date_of,
    days_named,
    decade_elsewhere,
    hours_of,
    part_of_day_told,
    rate_of,
    spans_in_words,
    weekday,
    years_in_words,
)

Coverage = Mapping[tuple[str, int], Mapping[str, Support]]

# Words a unit never ends on when it is whole: "had", "will", "was" wait for their verb.
_AUXILIARIES = frozenset(
    "had has have having was were is are be been being will would shall should can could may"
    " might must did does do".split()
)
QUOTED_PHRASE = 4  # words: a shorter quoted phrase is a word set off ('was "cured"')
ORDINAL_REACH = 6  # words after a lone position that may say what it is one in
# A unit longer than this is a claim of its own, not a detail a reader takes in at a glance.
UNIT_DETAIL = 12
UNSAID_WORDS = 3  # plain words of a unit that, told in no one sentence elsewhere, make it a detail
UNIT_NEW = 2  # plain words no other source uses that make a unit untold elsewhere a detail
# Words a part in plain words needs to be a detail ("and cut off rural villages from rescue
# efforts across the region").  A shorter one ("it was partly successful", "expressed
# gratitude to those who supported them") is, on real articles, as often another outlet's
# claim in other words as news: judged on 92 real events, 37 of 86 such phrases were
# unique, and two in three of the longer ones.  A part that counts, if roughly ("destroying
# thousands of homes"), says something a reader can check, however short.
PLAIN_DETAIL = 10


def find_details(
    documents: Mapping[str, Document],
    coverage: Coverage,
    units: Mapping[str, Sequence[Sequence[Unit]]],
    conflicts: Sequence[Fact],
    headlines: Mapping[str, str] | None = None,
    outlets: Mapping[str, str] | None = None,
) -> list[Fact]:
    """What a source adds to claims that others report: whole units, then names and numbers.

    ``headlines`` (each source's title) name things too: a name another outlet
    gives only in its headline ("RBA lifts rates") is no detail of this one.
    ``outlets`` (each source's outlet name): an outlet naming itself ("a
    statement sent to MobileSyrup") tells where it got the news, not news.
    """
    titled = {src: tokenize(text) for src, text in (headlines or {}).items()}
    # A place the dateline gives ("SANTA MARIA, Calif. -") is a place the outlet names.
    for src, doc in documents.items():
        if doc.dateline:
            titled[src] = (*titled.get(src, ()), *tokenize(doc.dateline))
    vocab = {
        src: {t.stem for ts in (*doc.tokens, titled.get(src, ())) for t in ts if t.content}
        for src, doc in documents.items()
    }
    outlet_words = {src: {t.stem for t in tokenize(name)} for src, name in (outlets or {}).items()}
    # Values a conflict already shows (12 against 15) are not details, wherever they stand.
    disputed: dict[str, set[str]] = {}
    for f in conflicts:
        for src, i in f.sentence.items():
            stems = {t.stem for t in _tokens_in(documents[src], i, f.versions.get(src, ""))}
            disputed.setdefault(src, set()).update(stems)
    seen: set[tuple[str, object]] = set()
    facts: list[Fact] = []
    # Every figure of every source, worked out once rather than once per number.
    slots = {src: [figure_slots(ts) for ts in doc.tokens] for src, doc in documents.items()}
    figures = {src: [slot for s in found for slot in s.values()] for src, found in slots.items()}
    # The sums among them, with their currency: "£300,000" may be another's "$470,000".
    sums = {
        src: [
            (code, slot)
            for i, found in enumerate(slots[src])
            for k, slot in found.items()
            if (code := money(documents[src].sentences[i], documents[src].tokens[i], k))
        ]
        for src in documents
    }
    names = NamesElsewhere(documents, titled)
    # The goals a score adds up to, in any source: "all four goals" of a 3-1 final.
    totals = {
        sum(int(half) for half in slot[0].removeprefix("score:").split("-"))
        for found in figures.values()
        for slot in found
        if slot[0].startswith("score:")
    }
    # Each two figures that follow one another in a sentence, as a score would be written.
    told_pairs = {
        src: {
            f"score:{a.key}-{b.key}"
            for ts in doc.tokens
            for a, b in pairwise([t for t in ts if t.number])
        }
        # ... and a level score told by its one figure: "tied at 89" is "an 89-89 tie".
        | {
            f"score:{t.key}-{t.key}"
            for ts, text in zip(doc.tokens, doc.sentences, strict=True)
            if _LEVEL.search(text)
            for t in ts
            if t.number
        }
        for src, doc in documents.items()
    }
    # The days of the week each source gives with no date beside them ("on Friday", not
    # "Friday 7 June"): a date elsewhere may be one of them.
    weekdays = {src: bare_weekdays(doc.tokens) for src, doc in documents.items()}
    # The dates the other sources name from their own day ("yesterday"), per source: worked
    # out when a date first needs them, as most events have none.
    days_of_others: dict[str, set[datetime.date]] = {}

    def named_elsewhere(src: str, day: datetime.date | None) -> bool:
        if day is None:
            return False
        if src not in days_of_others:
            days_of_others[src] = {
                d
                for o, other in documents.items()
                if o != src
                for d in days_named(other.tokens, other.published)
            }
        return day in days_of_others[src]

    # Spans of years each source tells in words ("after a decade"): another's "10 years".
    spans = {src: spans_in_words(doc.tokens) for src, doc in documents.items()}
    # The ages each source gives ("the 200-year-old museum", "its 200th anniversary"):
    # another's year ("founded in 1818") may be the year the age counts from.
    ages = {src: years_ago(doc.tokens) for src, doc in documents.items()}
    # The years each source's spans given roughly may reach back to ("nearly 60 years").
    rough = {src: rough_spans(doc.sentences, doc.tokens) for src, doc in documents.items()}
    # The lengths and speeds each source gives, whatever their unit ("50-foot", "15m-long").
    measures = {
        src: [
            m for ts in doc.tokens for k, t in enumerate(ts) if t.number and (m := measure(ts, k))
        ]
        for src, doc in documents.items()
    }

    def add(src: str, i: int, a: int, b: int, stems: frozenset[str]) -> None:
        doc = documents[src]
        text = phrase(doc.sentences[i], doc.tokens[i], a, b)
        if bare_count(doc.sentences[i], doc.tokens[i], a, b, text):
            return
        keys = {(src, stems), (src, text.lower())}
        if text and not keys & seen:
            seen.update(keys)
            facts.append(Fact("", "detail", text, (src,), doc.sentences[i], {src: i}))

    # Each sentence's words, for a quoted phrase: one another outlet carries has most of
    # its words in one sentence.
    said = {
        src: [frozenset(t.stem for t in ts if t.content) for ts in doc.tokens]
        for src, doc in documents.items()
    }

    def carried(own: frozenset[str], rest_of: Sequence[str]) -> bool:
        return any(2 * len(own & words) >= len(own) for o in rest_of for words in said[o])

    for src, doc in documents.items():
        # A name or number is this source's own only when no other source has it at all,
        # nor gives about the same figure for the same thing (a hedge, a conflict).
        rest_of = [o for o in documents if o != src]
        others = [vocab[o] for o in rest_of]
        rest = [slot for o in rest_of for slot in figures[o]]
        rest_sums = [found for o in rest_of for found in sums[o]]
        blocked = disputed.get(src, set())
        # A score is told by its two halves together: "5-3" is new beside "three sets".
        scores_elsewhere = {slot[0] for slot in rest if slot[0].startswith("score:")}
        # ... and by them told apart in one sentence: "won by 325 votes to 306" is the
        # "325 306" of an outlet whose "to" fell out.
        scores_elsewhere.update(p for o in rest_of for p in told_pairs[o])
        elsewhere_weekdays: set[str] = set().union(*(weekdays[o] for o in rest_of))
        elsewhere_spans: set[int] = set().union(*(spans[o] for o in rest_of))
        elsewhere_ages: set[int] = set().union(*(ages[o] for o in rest_of))
        rough_elsewhere: set[str] = set().union(*(rough[o] for o in rest_of))
        measured = [m for o in rest_of for m in measures[o]]
        for i, tokens in enumerate(doc.tokens):
            verdicts = coverage[src, i]
            reporting = [o for o, s in verdicts.items() if s.verdict != "not reported"]
            if not reporting:
                continue  # a unique claim: its details are the claim itself
            taken: set[int] = set()
            mine = slots[src][i]
            # The figures of the sentences that report this claim, and which of them are
            # given as a bound ("less than three hours"), with its side.
            near = [(o, j) for o in reporting for j in verdicts[o].sentences] if mine else []
            near_slots = [slot for o, j in near for slot in slots[o][j].values()]
            near_bounds = [
                (slot, way)
                for o, j in near
                for k, slot in slots[o][j].items()
                if (way := bound_of(documents[o].tokens[j], k))
            ]
            # The parts of the day and the hours the sentences that report the claim give,
            # looked for only when this sentence tells a time of day or a part of the day.
            parts, hours = set(), set()
            if any(hours_of(tokens, mine)):
                for o in reporting:
                    for j in verdicts[o].sentences:
                        found = hours_of(documents[o].tokens[j], slots[o][j])
                        parts |= found[0]
                        hours |= found[1]
            sentence = doc.sentences[i]
            # The last word of an article cut off mid-sentence may be cut off too: "Texa".
            cut = (
                len(tokens) - 1
                if i == len(doc.tokens) - 1 and not SENTENCE_END.search(sentence)
                else -1
            )
            runs = names.runs[src][i]
            new = {
                k
                for k, t in enumerate(tokens)
                if informative(t)
                and k != cut
                # Most words are told elsewhere: asked first, it spares the rest.
                and t.stem not in blocked
                and (
                    mine[k][0] not in scores_elsewhere
                    if t.number and mine[k][0].startswith("score:")
                    else all(t.stem not in v for v in others)
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
                and not a_while(tokens, k)
                and not century(sentence, tokens, k)
                and not years_in_words(tokens, k, elsewhere_spans, rest)
                and not the_two(tokens, k)
                and not span_told(t, others)
                and not part_of_day_told(tokens, k, mine.get(k), parts, hours)
                and not share_told(tokens, k, others)
                and not shouted(tokens, k, i == 0, others)
                and not initial(tokens, k)  # "Michael E. Brown" is another's "Mike Brown"
                and not (
                    t.number
                    and (
                        stated_elsewhere(mine[k], rest)
                        or _score_total(tokens, k, totals)
                        or converted(sentence, tokens, k)
                        or measured_elsewhere(measure(tokens, k), measured)
                        or told_in_brackets(sentence, tokens, k, mine, rest)
                        or _exchanged(sentence, tokens, k, mine[k], rest_sums)
                        or (hedged(tokens, k) and stated_roughly(mine[k], rest))
                        or _bounded(tokens, k, mine[k], near_slots, near_bounds)
                        or _share_bounded(tokens, k, mine[k], rest)
                        or weekday(tokens, k, doc.year) in elsewhere_weekdays
                        or named_elsewhere(src, date_of(tokens, k, doc.year))
                        or named_elsewhere(src, ago_date(tokens, k, doc.published))
                        or decade_elsewhere(tokens, k, rest)
                        or age_told(tokens, k, doc.year, elsewhere_ages, others)
                        or rough_span_told(tokens, k, others, rough_elsewhere)
                        or ordinal_told(mine[k], rest)
                        or days_told(mine[k], rest)
                        or clock_told(tokens, k, mine[k], rest)
                        or zone_told(tokens, k, mine[k], rest, others)
                        # The year the story was written in dates it, it is no news.
                        or t.key == str(doc.year)
                        or house_number(sentence, tokens, k)
                        or names.coded(src, sentence, tokens, k)
                        # "Covid-19" names a disease: its number is new only when the
                        # name is, and another outlet's "coronavirus" names it.
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
                        or zone_word(tokens, k)
                        or ticker(sentence, tokens, k)
                        or epithet(sentence, tokens, k)
                        or former(tokens, k)
                        or division(tokens, k)
                        or names.known(src, tokens, k, runs)
                        or names.fuller(src, sentence, tokens, k)
                        or names.extends(src, tokens, k, runs)
                        or names.coded(src, sentence, tokens, k)
                        or _whose_place(src, sentence, tokens, k, runs, names)
                        or _whose_firm(src, tokens, k, runs, names)
                    )
                )
                and t.stem not in outlet_words.get(src, ())
                and not country_after_sum(sentence, tokens, k)
                and not credited(tokens, k)
            }
            new -= _owners(sentence, tokens, new)
            # "a day" is no fact without its figure: "20 million passengers a day", where
            # others give the 20 million, adds no detail a reader could take in.
            new -= {
                k for k in new if (rated := rate_of(tokens, k)) is not None and rated not in new
            }
            # A middle initial is no detail, but it holds a new name together: "Judge Lewis
            # A. Kaplan" is one detail, not "by Judge Lewis" and "A. Kaplan".
            new |= {k + 1 for k in new if k + 2 in new and initial(tokens, k + 1)}
            if any(tokens[k].number for k in new):
                new |= figure_list(sentence, tokens, new)
            reported = [
                any(verdicts[o].units and verdicts[o].units[n] for o in reporting)
                for n in range(len(units[src][i]))
            ]
            for n, unit in enumerate(units[src][i]):
                # Only a sentence others report in part has parts of its own to show; in
                # one they report as a whole, the new names and numbers are the details.
                if reported[n] or not any(reported) or unit.end - unit.start > UNIT_DETAIL:
                    continue
                inside = range(unit.start, unit.end)
                start, end = trim_unit(tokens, unit)
                if tokens[end - 1].key in _AUXILIARIES:
                    continue  # "she and her husband had", cut before its verb: no fact
                if cut in inside:
                    continue  # "when it slid down from steep m": the page stopped, not the fact
                # "as dawn broke" is the hour or the part of the day the others give.
                timed = {
                    tokens[k].stem
                    for k in inside
                    if (parts or hours) and part_of_day_told(tokens, k, mine.get(k), parts, hours)
                }
                if any(k in new for k in inside) or (
                    n > 0
                    and (end - start >= PLAIN_DETAIL or _counted(tokens, inside))
                    and (
                        _untold(tokens, inside, [*others, timed])
                        or _unsaid(tokens, inside, [s for o in rest_of for s in said[o]], timed)
                    )
                ):
                    # Nobody reports this part of the claim: it is a detail of this source alone.
                    taken.update(inside)
                    own = frozenset(tokens[k].stem for k in inside if informative(tokens[k]))
                    # ... told in plain words alone, it is known by them.
                    own = own or frozenset(tokens[k].stem for k in inside if tokens[k].content)
                    add(src, i, start, end, own)
            phrases: list[tuple[int, int, frozenset[str]]] = []
            for a, b in word_runs(sorted(new - taken), sentence, tokens):
                if phrases and b <= phrases[-1][1]:
                    continue  # "15, 20 or 40 calls" holds the 40 already
                run = frozenset(t.stem for t in tokens[a:b])
                start, end = _own_part(tokens, *chunk(sentence, tokens, a, b), new)
                start = _whose_age(sentence, tokens, start, end)
                end = _ordinal_of(tokens, start, end)
                # "four jumbo-sized" and "75-basis-point hikes" are one phrase; "a 1-1 draw"
                # and "at Harrowgate United" two, each a fact of its own.
                joined = hyphened(sentence, tokens, start - 1) or (
                    close(sentence, tokens, start - 1)
                    and tokens[start].key not in PREPOSITIONS | DETERMINERS
                    and not says_when(tokens, start)
                )
                if phrases and (
                    (start <= phrases[-1][1] and joined)
                    or _out_of(sentence, tokens, phrases[-1][1] - 1, a, b)
                ):
                    first, _, before = phrases.pop()
                    start, run = first, before | run
                phrases.append((start, end, run))
            for start, end, run in phrases:
                add(src, i, start, end, run)
            for a, b in _quoted_runs(tokens):
                own = frozenset(t.stem for t in tokens[a:b] if t.content)
                if not any(k in taken for k in range(a, b)) and not carried(own, rest_of):
                    add(src, i, a, b, own)
    return facts


# Words that say a score is level: "tied at 89", "89-all", "level at 2".
_LEVEL = re.compile(r"\b(ti(e|ed|es|ing)|level(led|ed)?|all|apiece)\b", re.IGNORECASE)


def _untold(tokens: Sequence[Token], inside: range, others: Sequence[set[str]]) -> bool:
    """Whether a unit tells something in plain words no other source uses: at least
    UNIT_NEW of them, and no fewer than the words it shares ("due to security reasons",
    "who was also present at the proceedings").

    The caller reads only units after a sentence's first: the first carries the claim
    others retell in other words ("Real Madrid secured their third successive trophy");
    what follows it (a participle, a relative clause, a reason) adds to it.
    """
    # Names, figures and quotations have rules of their own (an epithet, a ticker, a
    # figure in other digits, a quoted phrase no one else carries); a unit that describes
    # the name before it ("Miriam Haley, a production assistant" / "Mimi Haley, who
    # worked on a TV show") is how an outlet names someone.
    if any(tokens[k].name or tokens[k].number or tokens[k].quoted for k in inside):
        return False
    if _describes_name(tokens, inside):
        return False
    plain = [tokens[k] for k in inside if tokens[k].content]
    new = {t.stem for t in plain if all(t.stem not in words for words in others)}
    return len(new) >= UNIT_NEW and 2 * sum(t.stem in new for t in plain) >= len(plain)


# Plural counts that say how many without a figure: "destroying thousands of homes".
_COUNTS = frozenset("dozens scores hundreds thousands millions billions trillions".split())


def _counted(tokens: Sequence[Token], inside: range) -> bool:
    """Whether a part counts something, if roughly: a claim a reader can check."""
    return any(tokens[k].key in _COUNTS for k in inside)


# Words that open a clause of its own after a name, not a description of it: "Acapulco,
# causing damage", "Acapulco, and the storm moved on".
_CLAUSE_AFTER_NAME = frozenset("and but while as after before when because since".split())


def _describes_name(tokens: Sequence[Token], inside: range) -> bool:
    """Whether a unit right after a name may say who or what it is: "Miriam Haley, a
    production assistant" is how an outlet names someone, not a fact of its own; "...
    the resort of Acapulco, causing damage seen running into billions" is one."""
    if inside.start == 0 or not tokens[inside.start - 1].name:
        return False
    first = tokens[inside.start]
    verb = first.text.islower() and first.key.endswith("ing")
    return not (verb or first.key in _CLAUSE_AFTER_NAME)


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


def _unsaid(
    tokens: Sequence[Token], inside: range, sentences: Sequence[frozenset[str]], timed: set[str]
) -> bool:
    """Whether no sentence of another source holds more than one of a unit's plain words:
    "and cut off rural villages from rescue", where one outlet has "rural areas", another
    "villages" and a third "a rescue operation", each in a sentence of its own."""
    if any(tokens[k].name or tokens[k].number or tokens[k].quoted for k in inside):
        return False
    if _describes_name(tokens, inside):
        return False
    plain = {tokens[k].stem for k in inside if tokens[k].content} - timed
    if len(plain) < UNSAID_WORDS:
        return False
    return all(len(plain & words) < 2 for words in sentences)


def _whose_age(sentence: str, tokens: Sequence[Token], start: int, end: int) -> int:
    """Where a lone age after a name starts to read: "Epstein, 66", never "66" alone."""
    if end - start != 1 or not tokens[start].number or start == 0:
        return start
    named = tokens[start - 1]
    # A name that opens the sentence is read as a name here too: "Epstein, 66, hanged".
    if not (named.name or named.text[:1].isupper()) or named.number:
        return start
    if sentence[named.end : tokens[start].start] != ", ":
        return start
    first = start - 1
    while first > 0 and tokens[first - 1].name and tokens[first - 1].end + 1 == tokens[first].start:
        first -= 1
    return first


def _ordinal_of(tokens: Sequence[Token], start: int, end: int) -> int:
    """Where a lone position ends with what it is a position in: "fourth in the last five
    years", never "fourth" alone."""
    last = tokens[end - 1]
    if not (last.number and last.key.endswith("th")) or any(
        t.content for t in tokens[start : end - 1]
    ):
        return end
    if end >= len(tokens) or tokens[end].key not in ("in", "of", "since"):
        return end
    k = end + 1
    while k < min(len(tokens), end + ORDINAL_REACH):
        t = tokens[k]
        if t.content and not t.number and t.key not in ("last", "past"):
            return k + 1
        k += 1
    return end


def _quoted_runs(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """The quoted phrases set inside a sentence of the outlet's own words: 'was "quite a
    ways away from the runway" and'.  A quotation that is most of its sentence is the
    claim itself, which another outlet may tell in its own words."""
    found = []
    k = 0
    while k < len(tokens):
        if not tokens[k].quoted:
            k += 1
            continue
        a = k
        while k < len(tokens) and tokens[k].quoted:
            k += 1
        content = sum(1 for t in tokens[a:k] if t.content)
        if k - a >= QUOTED_PHRASE and content >= 2 and 2 * (k - a) < len(tokens):
            found.append((a, k))
    return found


def _own_part(tokens: Sequence[Token], start: int, end: int, new: set[int]) -> tuple[int, int]:
    """The phrase ``tokens[start:end]`` less a name joined to it by "and" that holds no
    new word, where the two are names of one kind: "Signature Bank" of "Silicon Valley Bank
    and Signature Bank" where another outlet names Silicon Valley Bank, but "Marks and
    Spencer" and "the 2011 Planning and Housing Act" whole.  A phrase that ends in a plain
    word is no one name: "with Woods and US golfer" is "US golfer" where others name Woods.
    """
    for k in [k for k in range(start, end) if tokens[k].key == "and"]:
        if not 0 < k < end - 1:
            continue
        if tokens[k - 1].key != tokens[end - 1].key and tokens[end - 1].name:
            continue
        if not any(m in new for m in range(start, k)):
            start = k + 1
        elif not any(m in new for m in range(k + 1, end)):
            end = k
            break
    return start, end


def _exchanged(
    sentence: str, tokens: Sequence[Token], k: int, mine: Slot, others: Sequence[tuple[str, Slot]]
) -> bool:
    code = money(sentence, tokens, k)
    return code is not None and exchanged(mine, code, others)


_OUT_OF = re.compile(r"\s+out of\s+(?:[\w.'’`-]+\s+)?")


def _out_of(sentence: str, tokens: Sequence[Token], k: int, a: int, b: int) -> bool:
    """Whether figure ``k`` and the first figure of ``tokens[a:b]`` are a share told as a
    count: "in 24 out of Kenya's 47 provinces" is one detail, not "in 24" and "47
    provinces"."""
    m = next((n for n in range(a, b) if tokens[n].number), None)
    if m is None or not tokens[k].number:
        return False
    return _OUT_OF.fullmatch(sentence[tokens[k].end : tokens[m].start]) is not None


# What a person is to the firm, party or country named before them: "Amazon founder Jeff
# Bezos", "U.S. presidential candidate Joe Biden".
_FIRM_ROLES = frozenset(
    """
    founder cofounder co-founder ceo chief executive boss chairman chairwoman owner candidate
    nominee leader president minister secretary spokesman spokeswoman
    """.split()
)


def _whose_firm(
    src: str,
    tokens: Sequence[Token],
    k: int,
    runs: Sequence[tuple[int, int]],
    names: NamesElsewhere,
) -> bool:
    """Whether ``tokens[k]`` only names the firm, party or country of a person others name:
    the "Amazon" of "Amazon founder Jeff Bezos", the "U.S." of "U.S. presidential candidate
    Joe Biden", where another outlet says "Jeff Bezos" and "Joe Biden"."""
    b = next((b for a, b in runs if a <= k < b), k + 1)
    # ... a word or two may say which role first: "presidential candidate".
    first = b
    while first < min(b + 2, len(tokens)) and tokens[first].key.lower() not in _FIRM_ROLES:
        if tokens[first].name or tokens[first].number or not tokens[first].content:
            return False
        first += 1
    role = first
    while role < len(tokens) and tokens[role].key.lower() in _FIRM_ROLES | {"co"}:
        role += 1
    if role == first or role >= len(tokens) or tokens[role - 1].key.lower() == "co":
        return False
    person = next(((p, q) for p, q in runs if p == role), None)
    return person is not None and names.known(src, tokens, person[1] - 1, runs)


def _whose_place(
    src: str,
    sentence: str,
    tokens: Sequence[Token],
    k: int,
    runs: Sequence[tuple[int, int]],
    names: NamesElsewhere,
) -> bool:
    """Whether ``tokens[k]`` only says where a place others name lies: the "Switzerland"
    of "in Geneva, Switzerland" where another outlet says "in Geneva"."""
    a, b = next(((a, b) for a, b in runs if a <= k < b), (k, k + 1))
    if a == 0 or sentence[tokens[a - 1].end : tokens[a].start] != ", ":
        return False
    place = next(((p, q) for p, q in runs if p <= a - 1 < q), None)
    # Where a place is, after it: "in Geneva, Switzerland." and not an item of a list
    # ("Audi, Bentley and Porsche").
    # ... its own name or the end of a longer one: "the Olimpiyskiy Stadium in Kiev, Ukraine".
    if place is None or not any(
        tokens[j].key in _WHERE for j in range(max(place[0] - 1, 0), a - 1)
    ):
        return False
    if any(tokens[j].key in ("and", "or") for j in range(a, b)):
        return False
    after = tokens[b] if b < len(tokens) else None
    if after is not None and (after.key in ("and", "or") or after.name):
        return False
    return names.known(src, tokens, a - 1, runs)


_WHERE = frozenset("in at from near to outside of".split())


def _owners(sentence: str, tokens: Sequence[Token], new: set[int]) -> set[int]:
    """New names that only say whose a name others give is: "ABC's" in "ABC's Jimmy
    Kimmel Live" where another outlet names the show, "Comedy Central's Daily Show"."""

    def spaced(k: int) -> bool:
        return k + 1 < len(tokens) and sentence[tokens[k].end : tokens[k + 1].start] == " "

    found: set[int] = set()
    for k in sorted(new):
        end = k
        while tokens[end].name and not tokens[end].text.endswith(("'s", "’s")) and spaced(end):
            end += 1
        if not (tokens[end].name and tokens[end].text.endswith(("'s", "’s")) and spaced(end)):
            continue
        after = end + 1
        if not tokens[after].name:
            continue
        owned = after
        while spaced(owned) and tokens[owned + 1].name:
            owned += 1
        if not any(m in new for m in range(after, owned + 1)):
            found.update(m for m in range(k, end + 1) if m in new)
    return found


def _tokens_in(doc: Document, i: int, version: str) -> list[Token]:
    """The tokens of sentence ``i`` that a conflict's version quotes."""
    sentence = doc.sentences[i]
    at = sentence.find(version) if version else -1
    if at < 0:
        return []
    return [t for t in doc.tokens[i] if at <= t.start < at + len(version)]


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
