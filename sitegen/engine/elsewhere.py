"""Elsewhere: what every source of one event tells, worked out once for all its sentences.

Whether a name or figure of one sentence is news (:mod:`.untold`) is asked of every other
source, and the same tables serve every sentence: each source's words and figures, its
sums with their currency, the scores, weekdays, spans of years, ages and measures it gives,
and the values a conflict already shows.  :class:`Elsewhere` holds them for the event,
:class:`Others` pools them for the sources other than one, and :class:`Reporting` gives
what the sentences that report one claim say.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence
from itertools import pairwise

from .conversions import measure, money
from .hedges import bound_of
from .model import Document, Fact, Support, Token
from .names import NamesElsewhere
from .retold import rough_spans, years_ago
from .slots import Slot, figure_slots
from .text import tokenize
from .times import (
    bare_weekdays,
    day_of_month,
    days_named,
    hours_of,
    month_day,
    says_last_week,
    spans_in_words,
)
from .words import DAY_NAMES

_DAY_OF_MONTH = re.compile(r"([12]?\d|3[01])(?:st|nd|rd|th)")  # "the 29th"
# Last words of an outlet's name that say what it is, not which it is: "BBC News".
_KIND_WORDS = frozenset("news online digital tv radio live media network".split())


# Plain classes with slots rather than frozen dataclasses, whose methods are generated at
# import and whose fields are set one call at a time: on the benchmark events those cost
# 12 M instructions more (3,421 M against 3,409 M).
class Others:
    """What the sources other than one give, pooled: their words, figures and sums, and
    the scores, weekdays, spans, ages and measures they tell."""

    __slots__ = (
        "ages",
        "disputed",
        "disputed_counts",
        "figures",
        "last_week",
        "measures",
        "rough",
        "scores",
        "sources",
        "spans",
        "sums",
        "vocab",
        "weekdays",
    )

    def __init__(self, event: Elsewhere, src: str) -> None:
        rest_of = [o for o in event.documents if o != src]
        self.sources = rest_of
        self.vocab = [event.vocab[o] for o in rest_of]
        self.figures = [slot for o in rest_of for slot in event.figures[o]]
        self.sums = [found for o in rest_of for found in event.sums[o]]
        self.disputed = event.disputed.get(src, set())  # this source's words a conflict shows
        self.disputed_counts = event.disputed_counts.get(src, [])  # ... and its figures
        # A score is told by its two halves together: "5-3" is new beside "three sets" ...
        self.scores = {slot[0] for slot in self.figures if slot[0].startswith("score:")}
        # ... and by them told apart in one sentence: "won by 325 votes to 306" is the
        # "325 306" of an outlet whose "to" fell out.
        self.scores.update(p for o in rest_of for p in event.told_pairs[o])
        self.weekdays: set[str] = set().union(*(event.weekdays[o] for o in rest_of))
        self.last_week = any(event.last_week[o] for o in rest_of)  # "last week", said
        self.spans: set[int] = set().union(*(event.spans[o] for o in rest_of))
        self.ages: set[int] = set().union(*(event.ages[o] for o in rest_of))
        self.rough: set[str] = set().union(*(event.rough[o] for o in rest_of))
        self.measures = [m for o in rest_of for m in event.measures[o]]


class Reporting:
    """What the sentences that report one claim give: their figures, those of them given as
    a bound ("less than three hours", with its side), and the parts of the day and the hours
    they name (looked for only when the claim tells a time of day)."""

    __slots__ = ("bounds", "figures", "hours", "parts")

    def __init__(
        self,
        figures: list[Slot],
        bounds: list[tuple[Slot, str]],
        parts: set[str],
        hours: set[int],
    ) -> None:
        self.figures, self.bounds, self.parts, self.hours = figures, bounds, parts, hours


class Elsewhere:
    """What every source of one event tells, worked out once for all its sentences.

    ``headlines`` (each source's title) name things too: a name another outlet gives only
    in its headline ("RBA lifts rates") is no detail of this one.  ``outlets`` (each
    source's outlet name): an outlet naming itself ("a statement sent to MobileSyrup")
    tells where it got the news, not news.
    """

    def __init__(
        self,
        documents: Mapping[str, Document],
        conflicts: Sequence[Fact],
        headlines: Mapping[str, str] | None = None,
        outlets: Mapping[str, str] | None = None,
    ) -> None:
        self.documents = documents
        titled = {src: tokenize(text) for src, text in (headlines or {}).items()}
        # A place the dateline gives ("SANTA MARIA, Calif. -") is a place the outlet names.
        for src, doc in documents.items():
            if doc.dateline:
                titled[src] = (*titled.get(src, ()), *tokenize(doc.dateline))
        self.vocab = {
            src: {t.stem for ts in (*doc.tokens, titled.get(src, ())) for t in ts if t.content}
            for src, doc in documents.items()
        }
        # ... as it writes its name: in capitals ("PREMIUM TIMES learnt") or run together
        # ("Saharareporters has learnt").  The words that make a run of them the outlet are
        # its last word or its name run together: "The Denver Post" and "the Post" name it,
        # "through Denver" a city.
        self.outlet_words: dict[str, set[str]] = {}
        self.outlet_heads: dict[str, set[str]] = {}
        for src, name in (outlets or {}).items():
            # ... or its kind spelt out: "Channels TV" says "to Channels Television".
            spelt = re.sub(r"\bTV\b", "Television", name)
            forms = [tokenize(form) for form in (name, name.upper(), name.replace(" ", ""), spelt)]
            self.outlet_words[src] = {t.stem for ts in forms for t in ts}
            # ... or, where its last word only says what it is ("BBC News"), the letters
            # before it: "The BBC understands" names the outlet too ("The Bolton News" does
            # not make "in Bolton" the outlet: a place is not set in capitals).
            first = forms[0]
            kind = len(first) > 1 and first[-1].key.lower() in _KIND_WORDS
            letters = {first[-2].stem} if kind and first[-2].text.isupper() else set()
            self.outlet_heads[src] = {ts[-1].stem for ts in forms if ts} | letters
        # Every figure of every source, worked out once rather than once per number.
        self.slots = {
            src: [figure_slots(ts) for ts in doc.tokens] for src, doc in documents.items()
        }
        # Values a conflict already shows (12 against 15) are not details, wherever they
        # stand: its words anywhere, its figure wherever it is told alike (see
        # :func:`~.samefigures.told_alike`: "12 charges" is disputed, "Twelve jurors" a detail).
        self.disputed: dict[str, set[str]] = {}
        self.disputed_counts: dict[str, list[Slot]] = {}
        for f in conflicts:
            for src, i in f.sentence.items():
                doc = documents[src]
                for k in _tokens_in(doc, i, f.versions.get(src, "")):
                    t = doc.tokens[i][k]
                    if t.number and k in self.slots[src][i]:
                        self.disputed_counts.setdefault(src, []).append(self.slots[src][i][k])
                    else:
                        self.disputed.setdefault(src, set()).add(t.stem)
        # ... and those of its headline: "a 7.5% rise in deliveries" over the story tells the
        # "rose 7%" of another outlet's.
        self.figures = {
            src: [slot for s in found for slot in s.values()]
            + [*figure_slots(titled.get(src, ())).values()]
            for src, found in self.slots.items()
        }
        # The sums among them, with their currency: "£300,000" may be another's "$470,000".
        self.sums = {
            src: [
                (code, slot)
                for i, found in enumerate(self.slots[src])
                for k, slot in found.items()
                if (code := money(documents[src].sentences[i], documents[src].tokens[i], k))
            ]
            for src in documents
        }
        self.names = NamesElsewhere(documents, titled)
        # The goals a score adds up to, in any source: "all four goals" of a 3-1 final.
        self.totals = {
            sum(int(half) for half in slot[0].removeprefix("score:").split("-"))
            for found in self.figures.values()
            for slot in found
            if slot[0].startswith("score:")
        }
        # Each two figures that follow one another in a sentence, as a score would be written,
        # in either order: a score's slot puts the larger first ("5-104" is "score:104-5").
        self.told_pairs = {
            src: {
                f"score:{x.key}-{y.key}"
                for ts in doc.tokens
                for a, b in pairwise([t for t in ts if t.number])
                for x, y in ((a, b), (b, a))
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
        self.weekdays = {src: bare_weekdays(doc.tokens) for src, doc in documents.items()}
        self.last_week = {src: says_last_week(doc.sentences) for src, doc in documents.items()}
        # The dates the other sources name from their own day ("yesterday"), per source:
        # worked out when a date first needs them, as most events have none.
        self._days_of_others: dict[str, set[datetime.date]] = {}
        self._days_of_month: dict[str, set[int]] = {}
        self._month_days: dict[str, set[tuple[str, str]]] = {}
        # Spans of years each source tells in words ("after a decade"): another's "10 years".
        self.spans = {src: spans_in_words(doc.tokens) for src, doc in documents.items()}
        # The ages each source gives ("the 200-year-old museum", "its 200th anniversary"):
        # another's year ("founded in 1818") may be the year the age counts from.
        self.ages = {src: years_ago(doc.tokens) for src, doc in documents.items()}
        # The years each source's spans given roughly may reach back to ("nearly 60 years").
        self.rough = {src: rough_spans(doc.sentences, doc.tokens) for src, doc in documents.items()}
        # The lengths and speeds each source gives, whatever their unit ("50-foot", "15m-long").
        self.measures = {
            src: [
                m
                for ts in doc.tokens
                for k, t in enumerate(ts)
                if t.number and (m := measure(ts, k))
            ]
            for src, doc in documents.items()
        }

    def named_elsewhere(self, src: str, day: datetime.date | None) -> bool:
        """Whether another source names ``day`` from its own day ("yesterday")."""
        return day is not None and day in self._days_named_by_others(src)

    def day_of_month_elsewhere(self, src: str, tokens: Sequence[Token], k: int) -> bool:
        """Whether ``tokens[k]`` is a day of the month told alone ("at 9:03 a.m. of the
        29th", as Korean outlets write it, or "today (Sunday 28th)") that another source
        names in full ("on Dec 29")."""
        day = _DAY_OF_MONTH.fullmatch(tokens[k].text)
        return (
            day is not None
            and k > 0
            and (tokens[k - 1].key == "the" or tokens[k - 1].key in DAY_NAMES)
            and (k + 1 == len(tokens) or not tokens[k + 1].content or tokens[k + 1].key == "of")
            and int(day[1]) in self._days_of_month_by_others(src)
        )

    def _days_of_month_by_others(self, src: str) -> set[int]:
        """The days of the month the sources other than ``src`` name, by date or by
        words that count from the day they were published ("yesterday")."""
        if src not in self._days_of_month:
            self._days_of_month[src] = {d.day for d in self._days_named_by_others(src)} | {
                int(t.key)
                for o, other in self.documents.items()
                if o != src
                for tokens in other.tokens
                for k, t in enumerate(tokens)
                if t.number and day_of_month(tokens, k)
            }
        return self._days_of_month[src]

    def dated_apart(self, src: str, tokens: Sequence[Token], k: int) -> bool:
        """Whether ``tokens[k]`` is the day of a date ("Dec. 9") no other source gives in
        that month, however many give the same day of another ("9 February")."""
        day = month_day(tokens, k)
        if day is None:
            return False
        if src not in self._month_days:
            self._month_days[src] = {
                found
                for o, other in self.documents.items()
                if o != src
                for ts in other.tokens
                for m, t in enumerate(ts)
                if t.number and (found := month_day(ts, m)) is not None
            }
        return day not in self._month_days[src]

    def _days_named_by_others(self, src: str) -> set[datetime.date]:
        if src not in self._days_of_others:
            self._days_of_others[src] = {
                d
                for o, other in self.documents.items()
                if o != src
                for d in days_named(other.tokens, other.published)
            }
        return self._days_of_others[src]

    def others(self, src: str) -> Others:
        """What the sources other than ``src`` give."""
        return Others(self, src)

    def reporting(self, src: str, i: int, reports: Mapping[str, Support]) -> Reporting:
        """What the sentences of ``reports`` (the other sources' supports of sentence ``i``
        of ``src``) give that a figure or time of this sentence may be told by."""
        mine = self.slots[src][i]
        near = [(o, j) for o, s in reports.items() for j in s.sentences] if mine else []
        bounds = [
            (slot, way)
            for o, j in near
            for k, slot in self.slots[o][j].items()
            if (way := bound_of(self.documents[o].tokens[j], k))
        ]
        parts: set[str] = set()
        hours: set[int] = set()
        if any(hours_of(self.documents[src].tokens[i], mine)):
            for o, s in reports.items():
                for j in s.sentences:
                    found = hours_of(self.documents[o].tokens[j], self.slots[o][j])
                    parts |= found[0]
                    hours |= found[1]
        figures = [slot for o, j in near for slot in self.slots[o][j].values()]
        return Reporting(figures, bounds, parts, hours)


# Words that say a score is level: "tied at 89", "89-all", "level at 2".
_LEVEL = re.compile(r"\b(ti(e|ed|es|ing)|level(led|ed)?|all|apiece)\b", re.IGNORECASE)


def _tokens_in(doc: Document, i: int, version: str) -> list[int]:
    """The positions of the tokens of sentence ``i`` that a conflict's version quotes."""
    sentence = doc.sentences[i]
    at = sentence.find(version) if version else -1
    if at < 0:
        return []
    return [k for k, t in enumerate(doc.tokens[i]) if at <= t.start < at + len(version)]
