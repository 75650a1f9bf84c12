"""Quotations: who said what, and which outlets carry it, word for word or altered.

Outlets often carry one quotation inside different sentences ("..., it said"
against "..., the defence ministry said"), trim it, or change a word.  Each
quoted passage is found with its speaker, quotations across sources are
grouped by their words, and each carrier's wording is compared with the
first one's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .diff import word_diff
from .model import Carrier, Document, Quote, record
from .text import tokenize
from .words import normalize

_QUOTE = re.compile(r'"([^"]{8,})"')
_VERBS = r"(?:said|says|say|told|tells|added|adds|warned|wrote|stated|insisted|declared|explained)"
_TITLE = r"(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Rev|St)\.?"
_NAME = rf"(?:{_TITLE} )*[A-Z][\w'’.-]+(?: (?:{_TITLE} |[A-Z][\w'’.-]+|de|van|von|al|bin))*"
_PHRASE = (
    rf"(?:the |a |an )?(?:[a-z][\w-]+ ){{0,4}}?{_NAME}|(?:the|a|an) (?:[\w'’-]+ ){{0,4}}[\w'’-]+"
)
_AFTER = [
    re.compile(rf"^\s*[,.]?\s*{_VERBS}\s+(?P<who>{_NAME})"),
    re.compile(rf"^\s*[,.]?\s*(?P<who>{_PHRASE}|it|he|she|they)\s+{_VERBS}\b"),
]
_BEFORE = re.compile(rf"(?P<who>{_NAME}|(?:the|a) [\w'’ -]{{3,40}}?)\s+{_VERBS}:?\s*$")
_PRONOUNS = {"it", "he", "she", "they"}
GROUP_THRESHOLD = 0.5


@record
class _Found:
    source: str
    sentence: int
    text: str
    speaker: str | None
    stems: frozenset[str]
    key: tuple[str, ...]


def quotations(sentence: str) -> list[str]:
    """The double-quoted passages of a sentence (at least three words each)."""
    text = normalize(sentence)
    return [q for q in re.findall(r'"([^"]+)"', text) if len(q.split()) >= 3]


def quotations_in(sentence: str) -> list[tuple[str, str | None]]:
    """Each quoted passage of a sentence with its speaker, when the sentence names one."""
    text = normalize(sentence)
    found = []
    for m in _QUOTE.finditer(text):
        quote = m.group(1).strip().rstrip(",")
        if len(quote.split()) < 3:
            continue
        found.append((quote, _speaker(text[: m.start()], text[m.end() :])))
    return found


def _speaker(before: str, after: str) -> str | None:
    for pattern in _AFTER:
        m = pattern.match(after)
        if m:
            return m.group("who")
    m = _BEFORE.search(before)
    return m.group("who") if m else None


def find_quotes(documents: Mapping[str, Document]) -> list[Quote]:
    """Every quotation of an event, grouped across sources, in source order.

    A quotation whose sentence names no speaker ("It was chaos," she added, or a
    second sentence of the same quote) takes the speaker of the quotation just
    before it in the same article.
    """
    found: list[_Found] = []
    for src, doc in documents.items():
        previous: tuple[int, str | None] = (-2, None)
        for i, sentence in enumerate(doc.sentences):
            for quote, speaker in quotations_in(sentence):
                if (speaker is None or speaker.lower() in _PRONOUNS) and previous[0] >= i - 1:
                    speaker = previous[1] or speaker
                previous = (i, speaker)
                quote_tokens = tokenize(quote)
                stems = frozenset(t.stem for t in quote_tokens if t.content)
                key = tuple(t.key for t in quote_tokens)
                found.append(_Found(src, i, quote, speaker, stems, key))
    groups: list[list[_Found]] = []
    for q in found:
        best = max(groups, key=lambda g: _overlap(g[0], q), default=None)
        joins = (
            best is not None
            and _overlap(best[0], q) >= GROUP_THRESHOLD
            and q.source not in {f.source for f in best}
        )
        if joins:
            best.append(q)  # type: ignore[union-attr]
        else:
            groups.append([q])
    quotes = []
    for n, group in enumerate(groups, 1):
        first = group[0]
        speakers = [f.speaker for f in group if f.speaker and f.speaker.lower() not in _PRONOUNS]
        carriers = {}
        for f in group:
            exact = f.key == first.key
            ops = () if exact else word_diff([first.text], [f.text]).ops
            carriers[f.source] = Carrier(f.text, f.sentence, exact, ops)
        quotes.append(Quote(f"quote-{n}", speakers[0] if speakers else None, first.text, carriers))
    return quotes


def _overlap(a: _Found, b: _Found) -> float:
    """Shared words over the shorter quotation's words, so a trimmed quote still joins."""
    if not a.stems or not b.stems:
        return 0.0
    return len(a.stems & b.stems) / min(len(a.stems), len(b.stems))
