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

from .conversions import (
    UNIT_CODES,
    UNITS,
    converted,
    currency,
    exchanged,
    in_conversion,
    money,
    told_in_brackets,
)
from .model import Document, Fact, Support, Token, Unit
from .namekinds import epithet, medium, plain, ticker
from .names import NamesElsewhere
from .namewords import ADDRESS_STATES, TIME_ZONES
from .phrases import (
    DETERMINERS,
    PREPOSITIONS,
    QUALIFIERS,
    chunk,
    close,
    hyphened,
    initial,
    phrase,
    says_when,
    trim_unit,
    word_runs,
)
from .slots import Slot, figure_slots, stated_elsewhere, stated_roughly
from .text import tokenize
from .times import (
    a_while,
    bare_weekdays,
    century,
    decade_elsewhere,
    spans_in_words,
    weekday,
    years_in_words,
)
from .words import CALENDAR

Coverage = Mapping[tuple[str, int], Mapping[str, Support]]

# A unit longer than this is a claim of its own, not a detail a reader takes in at a glance.
UNIT_DETAIL = 12
_HEDGES = QUALIFIERS | {"under"}
_STREETS = frozenset("street road avenue lane square drive boulevard".split())


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
    # The days of the week each source gives with no date beside them ("on Friday", not
    # "Friday 7 June"): a date elsewhere may be one of them.
    weekdays = {src: bare_weekdays(doc.tokens) for src, doc in documents.items()}
    # Spans of years each source tells in words ("after a decade"): another's "10 years".
    spans = {src: spans_in_words(doc.tokens) for src, doc in documents.items()}
    # The ages each source gives ("the 200-year-old museum", "its 200th anniversary"):
    # another's year ("founded in 1818") may be the year the age counts from.
    ages = {src: _ages(doc.tokens) for src, doc in documents.items()}

    def add(src: str, i: int, a: int, b: int, stems: frozenset[str]) -> None:
        doc = documents[src]
        text = phrase(doc.sentences[i], doc.tokens[i], a, b)
        if _bare_count(doc.sentences[i], doc.tokens[i], a, b, text):
            return
        keys = {(src, stems), (src, text.lower())}
        if text and not keys & seen:
            seen.update(keys)
            facts.append(Fact("", "detail", text, (src,), doc.sentences[i], {src: i}))

    for src, doc in documents.items():
        # A name or number is this source's own only when no other source has it at all,
        # nor gives about the same figure for the same thing (a hedge, a conflict).
        rest_of = [o for o in documents if o != src]
        others = [vocab[o] for o in rest_of]
        rest = [slot for o in rest_of for slot in figures[o]]
        rest_sums = [found for o in rest_of for found in sums[o]]
        blocked = disputed.get(src, set())
        elsewhere_weekdays: set[str] = set().union(*(weekdays[o] for o in rest_of))
        elsewhere_spans: set[int] = set().union(*(spans[o] for o in rest_of))
        elsewhere_ages: set[int] = set().union(*(ages[o] for o in rest_of))
        for i, tokens in enumerate(doc.tokens):
            verdicts = coverage[src, i]
            reporting = [o for o, s in verdicts.items() if s.verdict != "not reported"]
            if not reporting:
                continue  # a unique claim: its details are the claim itself
            taken: set[int] = set()
            mine = slots[src][i]
            sentence = doc.sentences[i]
            runs = names.runs[src][i]
            new = {
                k
                for k, t in enumerate(tokens)
                if _informative(t)
                and not _credit(sentence, t)
                and not _glued(sentence, t)
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
                and not _suffix(tokens, k)
                and not _address(sentence, tokens, k)
                and not a_while(tokens, k)
                and not century(sentence, tokens, k)
                and not years_in_words(tokens, k, elsewhere_spans, rest)
                and not _the_two(tokens, k)
                and t.stem not in blocked
                and all(t.stem not in v for v in others)
                and not _span_told(t, others)
                and not _shouted(tokens, k, i == 0, others)
                and not initial(tokens, k)  # "Michael E. Brown" is another's "Mike Brown"
                and not (
                    t.number
                    and (
                        stated_elsewhere(mine[k], rest)
                        or converted(sentence, tokens, k)
                        or told_in_brackets(sentence, tokens, k, mine, rest)
                        or _exchanged(sentence, tokens, k, mine[k], rest_sums)
                        or (_hedged(tokens, k) and stated_roughly(mine[k], rest))
                        or weekday(tokens, k, doc.year) in elsewhere_weekdays
                        or decade_elsewhere(tokens, k, rest)
                        or _age_told(tokens, k, doc.year, elsewhere_ages, others)
                        or _ordinal_told(mine[k], rest)
                        or _clock_told(tokens, k, mine[k], rest)
                        # The year the story was written in dates it, it is no news.
                        or t.key == str(doc.year)
                        or _house_number(sentence, tokens, k)
                        or names.coded(src, sentence, tokens, k)
                    )
                )
                and not (
                    t.name
                    and (
                        plain(t)
                        or medium(tokens, k)
                        or ticker(sentence, tokens, k)
                        or epithet(sentence, tokens, k)
                        or names.known(src, tokens, k, runs)
                        or names.fuller(src, sentence, tokens, k)
                        or names.extends(src, tokens, k, runs)
                        or names.coded(src, sentence, tokens, k)
                        or _whose_place(src, sentence, tokens, k, runs, names)
                    )
                )
                and t.stem not in outlet_words.get(src, ())
            }
            new -= _owners(sentence, tokens, new)
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
                if any(k in new for k in inside):
                    # Nobody reports this part of the claim: it is a detail of this source alone.
                    taken.update(inside)
                    own = frozenset(tokens[k].stem for k in inside if _informative(tokens[k]))
                    add(src, i, *trim_unit(tokens, unit), own)
            phrases: list[tuple[int, int, frozenset[str]]] = []
            for a, b in word_runs(sorted(new - taken), sentence, tokens):
                if phrases and b <= phrases[-1][1]:
                    continue  # "15, 20 or 40 calls" holds the 40 already
                run = frozenset(t.stem for t in tokens[a:b])
                start, end = chunk(sentence, tokens, a, b)
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
    return facts


_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")
_PERIODS = frozenset("anniversari season campaign year term".split())
_LONG = frozenset("long full whole straight".split())


def _age(tokens: Sequence[Token], k: int) -> int | None:
    """The age ``tokens[k]`` gives, or None: 200 for "the 200-year-old museum" and for
    "its 200th anniversary", 20 for "his 20th NBA season"."""
    t = tokens[k]
    if not t.number:
        return None
    if t.key.isdigit() and [u.key for u in tokens[k + 1 : k + 3]] == ["year", "old"]:
        return int(t.key)
    # "After 10 long years in captivity": a span, from the year another gives ("2003");
    # "20 seasons", another's "his 20th season".
    after = tokens[k + 1 : k + 3]
    if after and after[0].key in _LONG:
        after = after[1:]
    if t.key.isdigit() and after and after[0].text.endswith("s") and after[0].stem in _PERIODS:
        return int(t.key)
    ordinal = _ORDINAL.fullmatch(t.key)
    if ordinal and any(u.stem in _PERIODS for u in tokens[k + 1 : k + 3]):
        return int(ordinal.group(1))
    return None


def _ages(sentences: Sequence[Sequence[Token]]) -> set[int]:
    return {
        found
        for tokens in sentences
        for k, t in enumerate(tokens)
        if t.number and (found := _age(tokens, k)) is not None
    }


def _age_told(
    tokens: Sequence[Token], k: int, year: int | None, ages: set[int], others: Sequence[set[str]]
) -> bool:
    """Whether an age or a year is another source's told the other way: "the 6-year-old
    dot-com" written in 2004 is another's "founded in 1998", "its 200th anniversary"
    another's "the 200-year-old museum" or "over 20 seasons"."""
    if year is None:
        return False
    age = _age(tokens, k)
    if age is not None:
        told = {str(age), str(year - age)}
        return age in ages or any(told & v for v in others)
    key = tokens[k].key
    return key.isdigit() and len(key) == 4 and year - int(key) in ages


def _ordinal_told(mine: Slot, rest: Sequence[Slot]) -> bool:
    """Whether a position ("a wild seventh game") is another's count of the same thing
    ("in Game 7")."""
    kind, _, value = mine[0].partition(":")
    ordinal = _ORDINAL.fullmatch(value) if kind == "position" else None
    if ordinal is None or not mine[1]:
        return False
    count = f"count:{ordinal.group(1)}"
    return any(theirs[0] == count and theirs[1] & mine[1] for theirs in rest)


_DECIMAL_CLOCK = re.compile(r"(1[0-2]|[1-9])\.([0-5]\d)")


def _clock_told(tokens: Sequence[Token], k: int, mine: Slot, rest: Sequence[Slot]) -> bool:
    """Whether a time of day set as a decimal, with no "pm" ("found dead at 3.54 this
    afternoon"), is another's time ("at 3.54pm"), or the other way round."""
    kind, _, value = mine[0].partition(":")
    if kind == "time" and (told := re.fullmatch(r"(\d{1,2}):(\d\d)", value)):
        hour = int(told.group(1)) % 12 or 12
        return any(theirs[0] == f"count:{hour}.{told.group(2)}" for theirs in rest)
    clock = _DECIMAL_CLOCK.fullmatch(tokens[k].key)
    if clock is None or not k or tokens[k - 1].key not in ("at", "around", "about", "by"):
        return False
    hour, minute = int(clock.group(1)), clock.group(2)
    times = {f"time:{hour}:{minute}", f"time:{hour + 12}:{minute}"}
    return any(theirs[0] in times for theirs in rest)


SHOUTED = 5  # letters of a word in capitals that may open a story ("INVESTIGATIONS are")


def _shouted(tokens: Sequence[Token], k: int, lede: bool, others: Sequence[set[str]]) -> bool:
    """Whether ``tokens[k]`` is a plain word set in capitals to open a story, as some papers
    do ("INVESTIGATIONS are under way"): another source writes it in small letters, or it
    opens the lede with an ending no acronym has ("-IONS")."""
    t = tokens[k]
    if k or not t.text.isupper() or len(t.text) < SHOUTED or not t.text.isalpha():
        return False
    low = tokenize(t.text.lower())
    if not low:
        return False
    return any(low[0].stem in v for v in others) or (lede and low[0].stem != low[0].key)


BARE_COUNT = 100  # a small number with nothing it counts is no fact: "two", "of the 10"


def _bare_count(sentence: str, tokens: Sequence[Token], a: int, b: int, text: str) -> bool:
    """Whether a phrase is only a small count, with no word of what it counts ("two" of
    "two of whom", "39" of "pad 39A"): a reader can take nothing from it.  A sum ("more
    than $12") and an age after its name ("DeJesus, 23") say what they are."""
    content = [k for k in range(a, b) if tokens[k].content]
    if len(content) != 1 or _MONEY_SIGN.search(text):
        return False
    k = content[0]
    t = tokens[k]
    aged = (
        k > 0 and tokens[k - 1].text[:1].isupper() and sentence[tokens[k - 1].end : t.start] == ", "
    )
    return t.number and t.key.isdigit() and int(t.key) < BARE_COUNT and not aged


_MONEY_SIGN = re.compile(r"[$£€¥%]")


def _exchanged(
    sentence: str, tokens: Sequence[Token], k: int, mine: Slot, others: Sequence[tuple[str, Slot]]
) -> bool:
    code = money(sentence, tokens, k)
    return code is not None and exchanged(mine, code, others)


_YEARS_SPAN = re.compile(r"(\d+)\s+years?", re.IGNORECASE)


def _span_told(t: Token, others: Sequence[set[str]]) -> bool:
    """Whether a span of years read as the year it reaches back to ("had orbited ... for 15
    years" is 1986) is the span another source gives as a count ("its 15-year voyage")."""
    span = _YEARS_SPAN.fullmatch(t.text) if t.number and t.key != t.text else None
    return span is not None and any(span.group(1) in v for v in others)


_OUT_OF = re.compile(r"\s+out of\s+(?:[\w.'’`-]+\s+)?")


def _out_of(sentence: str, tokens: Sequence[Token], k: int, a: int, b: int) -> bool:
    """Whether figure ``k`` and the first figure of ``tokens[a:b]`` are a share told as a
    count: "in 24 out of Kenya's 47 provinces" is one detail, not "in 24" and "47
    provinces"."""
    m = next((n for n in range(a, b) if tokens[n].number), None)
    if m is None or not tokens[k].number:
        return False
    return _OUT_OF.fullmatch(sentence[tokens[k].end : tokens[m].start]) is not None


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
    if place is None or place[0] == 0 or tokens[place[0] - 1].key not in _WHERE:
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


def _informative(t: Token) -> bool:
    # One letter is part of a name, not a name: "iPhone X", "A&E"; a time zone says how a
    # time was told ("10 a.m. PDT"), not when.
    return t.number or (
        t.name and t.stem not in CALENDAR and len(t.key) > 1 and t.key.lower() not in TIME_ZONES
    )


def _address(sentence: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is the state after its city: "Redmond, Washington"."""
    return (
        k > 0
        and tokens[k].key.lower() in ADDRESS_STATES
        and tokens[k - 1].name
        and tokens[k - 1].key.lower() not in ADDRESS_STATES
        and sentence[tokens[k - 1].end : tokens[k].start] == ", "
    )


def _the_two(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is "two" or its noun in "the two sides", "those two camps": a
    pair the story has named already, told again, not a count of something new."""
    for n in (k, k - 1):
        if n < 1 or tokens[n].key != "2" or tokens[n - 1].key not in _DEFINITE:
            continue
        if n == k or (not tokens[k].name and not tokens[k].number):
            return True
    return False


_DEFINITE = frozenset("the these those".split())


def _suffix(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a generation after a name: "Roxas II", "Trillanes IV"."""
    return k > 0 and tokens[k - 1].name and tokens[k].text in _GENERATIONS


_GENERATIONS = frozenset("II III IV Jr Sr".split())


def _glued(sentence: str, t: Token) -> bool:
    """Whether ``t`` is one part of a name joined by "&": "AT" of "AT&T"."""
    return sentence[t.end : t.end + 1] == "&" or sentence[t.start - 1 : t.start] == "&"


def _house_number(sentence: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is the number of a street address: "10 Downing Street"
    says where, as "Downing Street" does."""
    end = k + 1
    while end < len(tokens) and tokens[end].name and sentence[tokens[end - 1].end] == " ":
        end += 1
    return end > k + 1 and tokens[end - 1].key in _STREETS


def _hedged(tokens: Sequence[Token], k: int) -> bool:
    """Whether the figure ``tokens[k]`` is given roughly: "more than 5,000", "about 300"."""
    return k > 0 and tokens[k - 1].key in _HEDGES


_CLOSED = re.compile(r"(?:\.[A-Z]{1,2})? ?\)")
_LIKENESS = re.compile(r"-(?:like|style|esque)\b", re.IGNORECASE)


def _credit(sentence: str, t: Token) -> bool:
    """A name alone in brackets is a credit ("(AP)", "(Reuters)"), not a detail; a name
    that only compares ("a Netflix-like service", "Soviet-style") is none either."""
    opened = sentence[: t.start].rstrip(" ").endswith("(")
    if opened and _CLOSED.match(sentence, t.end):
        return True  # "(AP)", a ticker with its exchange: "(DIS.N)", or spaced: "( LEH)"
    if sentence[t.start - 1 : t.start] == "@":
        return True  # a handle in a post quoted ("spoke to @Bhupendrapbjp")
    return bool(_LIKENESS.match(sentence, t.end))


def _tokens_in(doc: Document, i: int, version: str) -> list[Token]:
    """The tokens of sentence ``i`` that a conflict's version quotes."""
    sentence = doc.sentences[i]
    at = sentence.find(version) if version else -1
    if at < 0:
        return []
    return [t for t in doc.tokens[i] if at <= t.start < at + len(version)]
