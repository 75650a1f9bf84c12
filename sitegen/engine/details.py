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

import re
from collections.abc import Mapping, Sequence

from .elsewhere import Elsewhere
from .model import Document, Fact, Support, Token, Unit
from .phrases import (
    DETERMINERS,
    PARTICLES,
    PREPOSITIONS,
    chunk,
    phrase,
    says_when,
    trim_unit,
    word_runs,
)
from .readable import bare_count, informative
from .readings import half_follows
from .times import part_of_day_told
from .untold import cut_word, untold_words
from .wordshape import close, hyphened

Coverage = Mapping[tuple[str, int], Mapping[str, Support]]

# Words a unit never ends on when it is whole: "had", "will", "was" wait for their verb.
_AUXILIARIES = frozenset(
    "had has have having was were is are be been being will would shall should can could may"
    " might must did does do".split()
)
QUOTED_PHRASE = 4  # words: a shorter quoted phrase is a word set off ('was "cured"')
ORDINAL_REACH = 6  # words after a lone position that may say what it is one in
UNSAID_WORDS = 3  # plain words of a unit that, told in no one sentence elsewhere, make it a detail
UNIT_NEW = 2  # plain words no other source uses that make a unit untold elsewhere a detail
# Words a part in plain words needs to be a detail ("and cut off rural villages from rescue
# efforts across the region").  A shorter one ("it was partly successful", "expressed
# gratitude to those who supported them") is, on real articles, as often another outlet's
# claim in other words as news: judged on 92 real events, 37 of 86 such phrases were
# unique, and two in three of the longer ones.  A part that counts, if roughly ("destroying
# thousands of homes"), says something a reader can check, however short.
PLAIN_DETAIL = 10
# Words of a part beyond which it is shown whole only with a name or figure of its own and
# its other words untold.
LONG_UNIT = 12
CUT_GAP = 2  # words between a detail and the word where the page stopped, at least


def find_details(
    documents: Mapping[str, Document],
    coverage: Coverage,
    units: Mapping[str, Sequence[Sequence[Unit]]],
    conflicts: Sequence[Fact],
    headlines: Mapping[str, str] | None = None,
    outlets: Mapping[str, str] | None = None,
) -> list[Fact]:
    """What a source adds to claims that others report: whole units, then names and numbers.

    ``headlines`` and ``outlets`` (each source's title and outlet name) are for
    :class:`.elsewhere.Elsewhere`: a name another outlet gives only in its headline is no
    detail of this one, and an outlet naming itself tells where it got the news.
    """
    event = Elsewhere(documents, conflicts, headlines, outlets)
    seen: set[tuple[str, object]] = set()
    facts: list[Fact] = []

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
        others = event.others(src)
        rest_of = others.sources
        for i, tokens in enumerate(doc.tokens):
            verdicts = coverage[src, i]
            reports = {o: s for o, s in verdicts.items() if s.verdict != "not reported"}
            if not reports:
                continue  # a unique claim: its details are the claim itself
            # The article's last words, cut off where the page stopped: readers take what
            # the cut clause names for no fact ("The group has 15 stores now open, w"), but
            # the clauses before it are whole ("..., wrote Timothy Coffey, an analyst with
            # Janney Montgomery").
            cut = cut_word(doc, i)
            reach = len(tokens) if cut < 0 else min(units[src][i][-1].start, cut - CUT_GAP)
            if reach <= 0:
                continue
            taken: set[int] = set()
            mine = event.slots[src][i]
            told = event.reporting(src, i, reports)
            parts, hours = told.parts, told.hours
            sentence = doc.sentences[i]
            new = untold_words(event, src, i, others, told)
            if cut >= 0:
                new = {k for k in new if k < reach}
            reported = [
                any(s.units and s.units[n] for s in reports.values())
                for n in range(len(units[src][i]))
            ]
            for n, unit in enumerate(units[src][i]):
                # Only a sentence others report in part has parts of its own to show; in
                # one they report as a whole, the new names and numbers are the details.
                # A long part is shown whole when it names or counts what no one else does
                # and its other words are untold too: cut to its names and figures it hid
                # what it says of them ("and forced the shutdown of a pair of power plants
                # where they were in use").  In plain words alone it was, judged on 464
                # real events, as often another outlet's claim retold as news (29 of 70).
                if reported[n] or not any(reported) or unit.end > reach:
                    continue
                inside = range(unit.start, unit.end)
                start, end = trim_unit(tokens, unit)
                if tokens[end - 1].key in _AUXILIARIES:
                    continue  # "she and her husband had", cut before its verb: no fact
                # "as dawn broke" is the hour or the part of the day the others give.
                timed = {
                    tokens[k].stem
                    for k in inside
                    if (parts or hours) and part_of_day_told(tokens, k, mine.get(k), parts, hours)
                }
                # A long part others tell in other words, names aside, is their claim with
                # this outlet's names: those are the details ("two were admitted to
                # Princess Alexandra Hospital in Harlow, Essex, for smoke inhalation" /
                # "two were taken to hospital for smoke inhalation").
                if unit.end - unit.start > LONG_UNIT and not (
                    any(k in new for k in inside)
                    and _plain_untold(tokens, inside, [*others.vocab, timed], new)
                ):
                    continue
                if any(k in new for k in inside) or (
                    n > 0
                    and (end - start >= PLAIN_DETAIL or _counted(tokens, inside))
                    and (
                        _untold(tokens, inside, [*others.vocab, timed])
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
                if end <= reach:
                    add(src, i, start, end, run)
            for a, b in _quoted_runs(tokens):
                if b > reach:
                    continue
                # A quotation that is most of its sentence is the claim itself: where others
                # tell every part of it, in their own words, it is their claim quoted.  Where
                # they leave a part untold, its words are this outlet's.  Measured on 142 real
                # events: about 55 more labelled unique facts shown; of the long details it
                # adds, two in five are a quotation another outlet quotes or paraphrases.
                if 2 * (b - a) >= len(tokens) and all(
                    reported[n] for n, u in enumerate(units[src][i]) if u.start < b and u.end > a
                ):
                    continue
                own = frozenset(t.stem for t in tokens[a:b] if t.content)
                if not any(k in taken for k in range(a, b)) and not carried(own, rest_of):
                    add(src, i, a, b, own)
    return shown_once(facts)


def shown_once(details: Sequence[Fact]) -> list[Fact]:
    """The details less those another detail of their sentence holds whole: "The
    Self-Defense" inside "The Self-Defense Forces", "of the Son" inside the quotation it
    was cut from, when two runs of new words widen into overlapping phrases."""
    texts: dict[tuple[str, int], list[str]] = {}
    for f in details:
        texts.setdefault((f.sources[0], f.sentence[f.sources[0]]), []).append(f.text)
    return [
        f
        for f in details
        if not any(
            f.text in other and f.text != other
            for other in texts[f.sources[0], f.sentence[f.sources[0]]]
        )
    ]


def _plain_untold(
    tokens: Sequence[Token], inside: range, others: Sequence[set[str]], new: set[int]
) -> bool:
    """Whether most of a unit's words, its own names and figures aside (``new``), are words
    no other source uses; a name or figure the others give counts as told ("after four
    record-breaking 30-metre waves, in Kelby on Monday night, the council said" is no part of
    its own where the others say "in Kelby on Monday night, the council said")."""
    plain = [tokens[k] for k in inside if tokens[k].content and k not in new]
    unsaid, told = _unsaid_share(plain, others)
    return unsaid >= UNIT_NEW and 2 * (len(plain) - told) > len(plain)


def _unsaid_share(plain: Sequence[Token], others: Sequence[set[str]]) -> tuple[int, int]:
    """How many distinct words of ``plain`` no other source uses, and how many of its
    words the others do use."""
    unsaid = {t.stem for t in plain if all(t.stem not in words for words in others)}
    return len(unsaid), sum(t.stem not in unsaid for t in plain)


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
    unsaid, told = _unsaid_share(plain, others)
    return unsaid >= UNIT_NEW and 2 * (len(plain) - told) >= len(plain)


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
    """The quoted phrases of a sentence: 'was "quite a ways away from the runway" and', or
    a quotation that is most of it."""
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
        if k - a >= QUOTED_PHRASE and content >= 2:
            found.append((a, k))
    return found


def _own_part(tokens: Sequence[Token], start: int, end: int, new: set[int]) -> tuple[int, int]:
    """The phrase ``tokens[start:end]`` less a name joined to it by "and" that holds no
    new word, where the two are names of one kind: "Signature Bank" of "Silicon Valley Bank
    and Signature Bank" where another outlet names Silicon Valley Bank, but "Marks and
    Spencer" and "the 2011 Planning and Housing Act" whole.  A phrase that ends in a plain
    word is no one name: "with Woods and US golfer" is "US golfer" where others name Woods;
    nor is a list of people's whole names and a title: "EO" of "directors Ann Lee and Jo
    Bloggs and EO" where others name the directors.
    """
    for k in [k for k in range(start, end) if tokens[k].key == "and"]:
        if not 0 < k < end - 1:
            continue
        if tokens[k - 1].number and half_follows(tokens, k - 1):
            continue  # "eight and a half years": one figure
        # ... or where what stands before "and" is a person's whole name another outlet
        # gives: "EO" of "directors Ann Lee and Jo Bloggs and EO".
        named = k - start >= 2 and all(
            tokens[m].name or tokens[m].key in PARTICLES for m in range(start, k)
        )
        if tokens[k - 1].key != tokens[end - 1].key and tokens[end - 1].name and not named:
            continue
        if not any(m in new for m in range(start, k)):
            start = k + 1
        elif not any(m in new for m in range(k + 1, end)):
            end = k
            break
    return start, end


_OUT_OF = re.compile(r"\s+out of\s+(?:[\w.'’`-]+\s+)?")


def _out_of(sentence: str, tokens: Sequence[Token], k: int, a: int, b: int) -> bool:
    """Whether figure ``k`` and the first figure of ``tokens[a:b]`` are a share told as a
    count: "in 24 out of Kenya's 47 provinces" is one detail, not "in 24" and "47
    provinces"."""
    m = next((n for n in range(a, b) if tokens[n].number), None)
    if m is None or not tokens[k].number:
        return False
    return _OUT_OF.fullmatch(sentence[tokens[k].end : tokens[m].start]) is not None
