"""Times in a detail: which say when the news was, and which are no news of their own.

A weekday another outlet gives as a date ("on Friday" / "7 June"), a decade that
holds the year another gives ("the 1990s" / "in 1994"), an age ("of the 20th
century") and "a day" that counts nothing ("on a day of high drama") are no
detail of the outlet that writes them; :mod:`.details` asks these of each
number no other source gives.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from itertools import pairwise

from .model import Token
from .slots import Slot
from .words import DAY_NAMES, DAYS, MONTH_NAMES, MONTHS


def a_while(
    tokens: Sequence[Token],
    k: int,
    days_named: AbstractSet[str] = frozenset(),
    last_week: bool = False,
) -> bool:
    """Whether ``tokens[k]`` is "a day" that counts nothing: "on a day of high drama", "a
    day of freedom"; "about an hour before", "a minute later" and "Rs 20,000 a week"
    count.

    Nor does "a day" before or after something when another outlet names the days ("killed
    a day after torrential rains"; ``days_named`` are the weekdays they name), nor the "a
    week" of "a week ago" when another outlet writing the same day says "last week"."""
    t = tokens[k]
    if not (t.number and t.text.lower() in ("a", "an", "one") and t.key.endswith("min")):
        return False
    far = tokens[k + 2].key if k + 2 < len(tokens) else ""
    if t.key == _DAY and days_named and far in ("after", "before", "later", "earlier"):
        return True
    if t.key == _WEEK and last_week and far == "ago" and t.text.lower() != "an":
        return True
    after = next((u.key for u in tokens[k + 1 :] if u.key not in _SPAN_WORDS), "")
    # "on Wednesday, a day after the pipeline broke": the day is named, "a day" says
    # how it stands to another.
    named = k > 0 and tokens[k - 1].key.lower() in DAY_NAMES
    return after == "of" or named or (k > 0 and tokens[k - 1].key in ("on", "of"))


_DAY = f"{24 * 60}min"
_WEEK = f"{7 * 24 * 60}min"


_LAST_WEEK = re.compile(r"\blast week\b", re.IGNORECASE)


def says_last_week(sentences: Sequence[str]) -> bool:
    """Whether any of ``sentences`` says "last week"."""
    return any("ast week" in s and _LAST_WEEK.search(s) for s in sentences)


def rate_of(tokens: Sequence[Token], k: int) -> int | None:
    """The figure that ``tokens[k]`` gives a rate to, when it is "a day" or "a week" after
    one: the 20 million of "20 million passengers a day", the £782,000 of "(£782,000) a
    week"; None for any other word."""
    t = tokens[k]
    if not (t.number and t.text.lower() in ("a", "an") and t.key.endswith("min")):
        return None
    return next(
        (j for j in range(k - 1, max(k - 5, -1), -1) if tokens[j].number),
        None,
    )


def decade_elsewhere(tokens: Sequence[Token], k: int, rest: Sequence[Slot]) -> bool:
    """Whether ``tokens[k]`` is a decade ("the 1990s") in which another source gives a
    year ("in 1994"), or that year against the decade, or a century given both ways ("the
    1500s", "the 16th century"): one time, told roughly."""
    key = tokens[k].key
    if re.fullmatch(r"\d{3}0s", key):
        # "the 1990s" are ten years, "the 1800s" a hundred.
        years = range(int(key[:4]), int(key[:4]) + (100 if key.endswith("00s") else 10))
        # ... and "the 1500s" are the 16th century another source names.
        century = f"position:{int(key[:2]) + 1}th" if key.endswith("00s") else ""
        # A year with no thousands separator may be read as a count: "built in 1832".
        return any(
            (s[0].startswith(("year:", "count:")) and _year(s[0]) in years)
            or (s[0] == century and "centuri" in s[1])
            for s in rest
        )
    if not re.fullmatch(r"\d{4}", key):
        return False
    return any(s[0].startswith("decade:") and int(s[0][7:11]) == int(key) // 10 * 10 for s in rest)


# Spans of years told in words after "a" ("a decade", "a quarter-century", "a century").
_SPAN_STEMS = {"decad": 10, "centuri": 100}


def _span_in_words(tokens: Sequence[Token], k: int) -> int | None:
    """The years ``tokens[k]`` counts when it is "decade" or "century" after "a" ("after a
    decade", "in a quarter-century"), else None."""
    years = _SPAN_STEMS.get(tokens[k].stem)
    if years is None or k == 0:
        return None
    if tokens[k - 1].key == "quarter" and years == 100 and k >= 2:
        return 25 if tokens[k - 2].key == "a" else None
    return years if tokens[k - 1].key == "a" else None


def spans_in_words(sentences: Sequence[Sequence[Token]]) -> set[int]:
    """The spans of years the sentences tell in words: {10} for "after a decade"."""
    return {
        years
        for tokens in sentences
        for k, t in enumerate(tokens)
        if t.stem in _SPAN_STEMS and (years := _span_in_words(tokens, k)) is not None
    }


def years_in_words(tokens: Sequence[Token], k: int, spans: set[int], rest: Sequence[Slot]) -> bool:
    """Whether ``tokens[k]`` is a span of years another source tells the other way: "after
    10 years" where another says "after a decade" (``spans``, the others' spans in
    words), or "a decade" where another says "10 years" (``rest``, their figures)."""
    t = tokens[k]
    after = tokens[k + 1].stem if k + 1 < len(tokens) else ""
    if t.number and after == "year" and t.key.isdigit():
        return int(t.key) in spans
    years = _span_in_words(tokens, k)
    return years is not None and any(s[0] == f"count:{years}" and "year" in s[1] for s in rest)


def month_last_year(
    tokens: Sequence[Token], k: int, vocab: Sequence[AbstractSet[str]], texts: Iterable[str]
) -> bool:
    """Whether ``tokens[k]`` is the "last year" of "in September (of) last year" where another
    source names that month ("last September"): the same month, its year told as the
    other tells it.  ``texts`` are the other sources' sentences."""
    t = tokens[k]
    if not (k > 0 and t.number and t.text.lower() in ("last year", "this year")):
        return False
    # ... "in May of last year" too.
    m = k - 2 if k > 1 and tokens[k - 1].key == "of" else k - 1
    month = tokens[m]
    if month.key.lower() not in MONTHS:
        return False
    # "May" is a word of no weight, in no vocabulary: its name is looked for as written.
    return any(month.stem in v for v in vocab) or any(month.text in s for s in texts)


def _year(value: str) -> int:
    """The year of a slot's value ("year:1994", "count:1832"), or 0."""
    digits = value.partition(":")[2]
    return int(digits) if digits.isdigit() and len(digits) == 4 else 0


def century(sentence: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` names an age ("of the 20th century"), no figure of the news;
    "a 19th-century arch" says what the arch is."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        after is not None
        and tokens[k].key.endswith("th")
        and after.key == "century"
        and sentence[tokens[k].end : after.start] == " "
    )


_SPAN_WORDS = frozenset("day days hour hours week weeks minute minutes month months".split())


def weekday(tokens: Sequence[Token], k: int, year: int | None) -> str | None:
    """The day of the week of the date ``tokens[k]`` is the day of, if it is one.

    "on 10 October" where another outlet says "on Wednesday", in a year when that
    day was a Wednesday, tells the same day as a date: no news.
    """
    t = tokens[k]
    if not (t.number and t.key.isdigit() and 1 <= int(t.key) <= 31):
        return None
    # "on Thursday, September 25": the sentence says which day it was.
    if _month_near(tokens, k) is not None and (
        told := [x.key for x in tokens[max(0, k - 3) : k] if x.key in DAYS]
    ):
        return told[-1]
    day = date_of(tokens, k, year)
    return None if day is None else DAY_NAMES[day.weekday()]


def day_of_month(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is the day of a month named beside it ("Dec 29", "29 December"),
    whatever the year."""
    t = tokens[k]
    return t.key.isdigit() and 1 <= int(t.key) <= 31 and _month_near(tokens, k) is not None


def date_of(tokens: Sequence[Token], k: int, year: int | None) -> datetime.date | None:
    """The date ``tokens[k]`` is the day of the month of ("October 10", "10 October", "the
    10th of October"), in the year given beside it or else ``year``."""
    t = tokens[k]
    if not (t.number and t.key.isdigit() and 1 <= int(t.key) <= 31):
        return None
    month = _month_near(tokens, k)
    if month is None:
        return None
    stated = [x.key for x in tokens[k + 1 : k + 4] if x.number and len(x.key) == 4]
    year = int(stated[0]) if stated and stated[0].isdigit() else year
    if year is None:
        return None
    try:
        return datetime.date(year, MONTH_NAMES.index(month) + 1, int(t.key))
    except ValueError:
        return None


def month_day(tokens: Sequence[Token], k: int) -> tuple[str, str] | None:
    """The month and the day ``tokens[k]`` gives as a date ("Dec. 9", "9 February"), if any."""
    t = tokens[k]
    if not (t.number and t.key.isdigit() and 1 <= int(t.key) <= 31):
        return None
    month = _month_near(tokens, k)
    return None if month is None else (month, t.key)


def _month_near(tokens: Sequence[Token], k: int) -> str | None:
    near = [tokens[m].key for m in (k - 1, k + 1, k + 2) if 0 <= m < len(tokens)]
    return next((key for key in near if key in MONTHS), None)


_DAYS_BACK = {"today": 0, "tonight": 0, "yesterday": 1}


def days_named(sentences: Sequence[Sequence[Token]], published: str | None) -> set[datetime.date]:
    """The dates an article names by words that count from the day it was published:
    "yesterday", "today", "on Monday" (the last Monday up to that day).

    A date another outlet gives ("on June 29") is then no news of its own when this
    article, published on June 30, says "yesterday".
    """
    try:
        day = datetime.date.fromisoformat((published or "")[:10])
    except ValueError:
        return set()
    back = {_DAYS_BACK[t.key] for ts in sentences for t in ts if t.key in _DAYS_BACK}
    # "last night", and "a day ago", "two days ago": counted back from the day too.
    back |= {
        1
        for ts in sentences
        for a, b in pairwise(ts)
        if a.key == "last" and b.key in ("night", "evening")
    }
    back |= {n for ts in sentences for k in range(len(ts)) if (n := _days_ago(ts, k)) is not None}
    back |= {(day.weekday() - DAY_NAMES.index(name)) % 7 for name in bare_weekdays(sentences)}
    return {day - datetime.timedelta(days=n) for n in back}


def _days_ago(tokens: Sequence[Token], k: int) -> int | None:
    """How many days back "a day ago", "two days ago" at ``tokens[k]`` counts, if it is one."""
    t = tokens[k]
    if not (t.number and t.key.endswith("min")):
        return None
    # The span's unit is a word of its own: "a", "day", "ago".
    if not any(x.key == "ago" for x in tokens[k + 1 : k + 3]):
        return None
    minutes = float(t.key.removesuffix("min"))
    return int(minutes // 1440) if minutes % 1440 == 0 else None


def ago_date(tokens: Sequence[Token], k: int, published: str | None) -> datetime.date | None:
    """The day "a day ago", "two days ago" at ``tokens[k]`` names, from the day published."""
    back = _days_ago(tokens, k)
    try:
        day = datetime.date.fromisoformat((published or "")[:10])
    except ValueError:
        return None
    return day - datetime.timedelta(days=back) if back is not None else None


def bare_weekdays(sentences: Sequence[Sequence[Token]]) -> set[str]:
    """The weekdays the sentences name with no day of the month beside them."""
    found = set()
    for tokens in sentences:
        for k, t in enumerate(tokens):
            if t.key in DAYS and not any(
                x.number and len(x.key) <= 2 for x in tokens[max(0, k - 1) : k + 3]
            ):
                found.add(t.key)
    return found


# The hours each part of the day spans, as reporters name it ("as dawn broke", "early
# Saturday", "late on Tuesday night"); past midnight counts on from 24.
_PARTS_OF_DAY = {
    **dict.fromkeys(("dawn", "daybreak", "sunrise"), (4, 8)),
    "early": (0, 9),
    "morning": (5, 12),
    **dict.fromkeys(("midday", "noon", "lunchtime"), (11, 14)),
    "afternoon": (12, 18),
    **dict.fromkeys(("evening", "dusk", "sunset"), (17, 22)),
    **dict.fromkeys(("night", "overnight", "tonight"), (19, 30)),
    "midnight": (23, 25),
}


def hours_of(tokens: Sequence[Token], slots: dict[int, Slot]) -> tuple[set[str], set[int]]:
    """The parts of the day a sentence names, and the hours of the times of day it gives."""
    parts = {low for t in tokens if (low := t.key.lower()) in _PARTS_OF_DAY}
    hours = {int(s[0].split(":")[1]) for s in slots.values() if s[0].startswith("time:")}
    return parts, hours


def part_of_day_told(
    tokens: Sequence[Token], k: int, mine: Slot | None, parts: set[str], hours: set[int]
) -> bool:
    """Whether ``tokens[k]``, a time of day or a part of the day, is the one the sentences
    that report the claim give in the other form: "at 6am" / "as dawn broke", "at 10.40pm"
    / "late on Tuesday night"."""
    word = tokens[k].key.lower()
    if word in _PARTS_OF_DAY:
        low, high = _PARTS_OF_DAY[word]
        # ... or in another word for about the same part: "as dawn broke" / "early Saturday".
        spans = [_PARTS_OF_DAY[p] for p in parts]
        return any(low <= h < high or low <= h + 24 < high for h in hours) or any(
            low < b and a < high for a, b in spans
        )
    if mine is None or not mine[0].startswith("time:"):
        return False
    hour = int(mine[0].split(":")[1])
    return any(
        low <= h < high
        for low, high in (_PARTS_OF_DAY[p] for p in parts)
        for h in (hour, hour + 24)
    )
