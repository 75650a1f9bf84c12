"""Sentences: one paragraph of plain text cut where its sentences end.

News copy is hard on naive splitters: "Lt Gen. J. R. Alvarez", "No. 10",
"the U.S. and", "3.5 per cent" and quotations with full stops inside
("We heard a bang. Then the lights went out," she said.) must all stay in
one sentence.  The rules below are the usual ones for English news text.
"""

from __future__ import annotations

import re

from .namewords import CAPITAL_STATES, STATES, TIME_ZONES
from .words import CALENDAR

# Words that take a full stop without ending a sentence, lower case, no dot ("Mal." and
# "Alh.", Mallam and Alhaji, as Nigerian papers title a name).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms mx dr drs prof rev hon sr jr st mt ft gen lt col maj capt cpt sgt cpl pvt adm cmdr
    cdr brig gov sen rep del pres supt insp det cllr fr messrs mme mlle jan feb mar apr jun jul
    aug sep sept oct nov dec inc ltd co corp bros plc llc dept est approx vs v cf al fig
    figs vol ch para nos cie asst usec sens reps cos pol th comr mal alh sts addl
    """.split()
)
_STATE_SHORT = frozenset(short for short, _ in STATES)
_CAPITAL_SHORT = frozenset(short for short, _ in CAPITAL_STATES)  # "Mass.", not "mass."
# Abbreviations that only hold before a number: "No. 10", "Art. 5", "p. 12", and currencies
# written short, "Rs. 50,000", "Ksh. 500".
NUMBER_ABBREVIATIONS = frozenset(
    {"no", "art", "p", "pp", "sec", "ref", "tel", "rs", "re", "rp", "dh", "dhs", "sh", "ksh", "tk"}
)
# A capitalised word, then a word in small letters: "Photographs show", never "Mayor Ann".
_PLAIN_AFTER = re.compile(r"[\"'“‘]?[A-Z][a-z]+ (?!of\b|and\b)[a-z]+\b")
# Words that usually open a sentence, to tell "in the U.S. The next day" apart.
SENTENCE_OPENERS = frozenset(
    """
    the a an he she it they we i you this that these those there his her their its our but
    and so yet however meanwhile in on at after before when while if as by for
    """.split()
)

# Words after "a.m." that carry the sentence on: "at 9 a.m. Tuesday", "4 p.m. GMT", "(4
# a.m. ET) in the stateroom".
AFTER_TIME = CALENDAR | TIME_ZONES
# The words a sentence may open with before its time of day: "At 3:45", "Shortly after 9".
_AT_TIME = re.compile(
    r"\s*(?:(?:just|shortly|soon|only)\s+)?(?:at|by|around|about|after|before|until|from|since)?"
    r"\s*\d{1,2}(?:[:.]\d{2})?\s*$",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(r"[.!?][\"'”’»)\]]*\s+")
_ENTITY = re.compile(r"(?:&#|&|#)?(8211|8212|8216|8217|8220|8221|8230);")
# A dash after "!" or "?" that goes on in small letters closes an aside, not the sentence.
_ASIDE_GOES_ON = re.compile(r"(?:[—–]|--?)\s*[a-z]")
SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")  # a sentence ends here, not cut off
_BOUNDARY = re.compile(r"[.!?]+[\"'”’»)\]]*(?=\s+)|…(?=\s+)")
# Who asked or cried out, after a quotation that ends in "?" or "!": a name, perhaps with
# a role, and the verb, then the sentence's end ("Watson answered.", "WFTV reporter Mark
# Boyle asked.").
# (a pattern string, compiled by ``re`` on its first use: most runs never quote a question)
_CARD = (
    r"[A-Z][\w'’.-]*(?: [\w'’.-]+){0,4} (?:said|says|asked|asks|answered|replied|shouted"
    r"|cried|wrote|added|wondered|told \w+)"
    # ... perhaps with where or when: '"A massive attack!" Mayor Jo Bloggs said on the
    # Telegram messaging app.' (not "said the plan was off": a claim of its own)
    r"(?: (?:on|in|at|via|during|after|late|early|earlier|later|\w+day)\b[^.!?\"“”]{0,60})?"
    r"[.,;:]"
)


# A sentence run into the next with no space, as pasted pages have them: 'said."There are',
# 'in life.”The surprise', 'the quarry.A total of', 'He was 78.His family'; never inside a
# site's address ('www.FloridaDisaster.org') or an outlet named for its address ('News.Az
# reports', 'Lenta.Ru').
# (The stop is matched first: looking behind every letter of a text costs more than the rest.)
# The ends of an outlet's address after its stop, "News.Az", "Lenta.Ru": no sentence opens.
NOT_AN_ADDRESS = r"(?!(?:Az|Ru|Kz|Uz|Ge|Ua|Com|Net|Org)\b)"
_RUN_ON = re.compile(
    r"([.!?])(?<=[a-z\d].)(?<!\bwww.)([\"”’]?)(?=[\"“]?(?:[A-Z][a-z]|[AI] [a-z]))" + NOT_AN_ADDRESS
)


_SPACES = re.compile(r"\s+")
_CLOCK_END = re.compile(r"(?:\d|[ap]\.?m\.?)$", re.IGNORECASE)
_ZONED = re.compile(
    r"[\"'“‘(]*\w+\s+(?:(?:standard|daylight|summer)\s+)?time\b"
    # ... or the zone alone, closing the sentence: "around 11:32 a.m. Eastern."
    r"|(?:eastern|pacific|central|mountain)[.,;)]",
    re.IGNORECASE,
)


def clean_text(text: str) -> str:
    """``text`` with soft hyphens, entity codes and runs of spaces made plain, and a space
    where one sentence ran into the next."""
    text = text.replace("\u00ad", "").replace("\u200b", "")
    # A page's quotation marks left as the codes of their HTML entities: "8217;" is "’".
    if "82" in text:  # most texts have none: a substring test spares the pattern's scan
        text = _ENTITY.sub(lambda m: chr(int(m.group(1))), text)
    # ... and quotation marks typed as pairs of apostrophes and back quotes, as old wire
    # copy sets them (``Thank you,'' she said.), or a closing pair after a straight opening
    # mark ("We lost the lead,'' said Carpenter.).
    if "''" in text:
        text = (
            text.replace("``", "“").replace("''", "”") if "``" in text else text.replace("''", '"')
        )
    text = _SPACES.sub(" ", text).strip()
    return _RUN_ON.sub(lambda m: _spaced(text, m), text)


def _spaced(text: str, m: re.Match[str]) -> str:
    """A full stop run into the next sentence, with the space it lacks.

    A quotation mark right after it closes the sentence's quotation when one is
    open (an odd number of straight quotes before it) and opens the next otherwise.
    """
    stop, mark = m.group(1), m.group(2)
    closes = mark in ("”", "’") or (mark == '"' and text[: m.start(2)].count('"') % 2 == 1)
    return f"{stop}{mark} " if closes else f"{stop} {mark}"


# The digits after a decimal point set apart, and the scale that makes them a figure's.
_SPACED_DECIMAL = re.compile(r"\d{1,3}\s*(?:billion|million|trillion|bn|per ?cent|percent|%)", re.I)
_TIME_AGAIN = re.compile(r"[(\[]\d{1,2}(?:[:.]?\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC)")


def split_sentences(paragraph: str, last: bool = False) -> list[str]:
    """Split one paragraph of plain text into sentences.

    Joining the result with single spaces gives back the paragraph with its
    whitespace folded (and a space where one sentence ran into the next), so no
    word is ever lost or repeated.  ``last`` says the paragraph ends the article, where
    a word or two after the last full stop are where the page was cut off ("... taken to
    hospital. In addit"), a sentence of their own that leaves the one before it whole.
    """
    text = clean_text(paragraph)
    sentences: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if _is_boundary(text, m.start(), end):
            piece = text[start:end].strip()
            # Stray punctuation before a sentence ("? The game ...", as a page's odd
            # character is pasted) is no sentence of its own: it goes on with the next.
            if piece and any(c.isalnum() for c in piece):
                sentences.append(piece)
                start = end
    rest = text[start:].strip()
    if rest:
        # A word or two left after the last full stop, with none of its own, ends the
        # sentence before: "1. Conspiracy to ... activity. Guilty" is one item.
        stray = not any(c.isalnum() for c in rest)
        if sentences and (
            (not last and len(rest.split()) <= 2 and not SENTENCE_END.search(rest)) or stray
        ):
            sentences[-1] = f"{sentences[-1]} {rest}"
        else:
            sentences.append(rest)
    return sentences


def _is_boundary(text: str, dot: int, end: int) -> bool:
    following = text[end:].lstrip()
    if not following:
        return False
    first = following[0]
    if first == "." or (first == "…" and text[dot] == "."):
        return False  # a spaced ellipsis (". . .") leaves words out, it ends nothing
    if not (first.isupper() or first.isdigit() or first in "\"'“‘«([" or not first.isalpha()):
        return False
    if first.isdigit() and text[dot - 1 : dot].isdigit() and _SPACED_DECIMAL.match(following):
        return False  # "USD 582. 4 billion": a decimal point a page set a space after
    if text[dot] == "." and _is_abbreviation(text, dot, following):
        return False
    if (
        text[dot] == "!"
        and following.startswith(("News", "Online"))
        and text[dot - 1 : dot].isupper()
    ):
        return False  # "said to E! News on his way out": an outlet's name, not a sentence end
    if _ASIDE_GOES_ON.match(following):
        return False  # "The Boston Red Sox — yes, the Boston Red Sox! — are champions"
    if text[dot] in "?!" and text[end - 1] in '"”' and re.match(_CARD, following):
        return False  # '"What is Toronto?" Watson answered.': the question and who asked it
    return not _inside_attributed_quote(text, end)


_JOINED = re.compile("[-\u2013\u2212]")  # hyphen, en dash, minus sign


def _is_abbreviation(text: str, dot: int, following: str) -> bool:
    word_match = re.search(r"(\S+)$", text[:dot])
    if not word_match:
        return False
    word = word_match.group(1).lstrip("\"'“‘([")
    # "its post-Sept. 11 low", "mid-Jan. 5": the abbreviation is the word after the hyphen,
    # or after the dash or minus sign a page sets between two names ("Minneapolis–St. Paul").
    word = _JOINED.split(word)[-1] or word
    low = word.lower()
    # "at 9 a.m. EST. Witnesses ...": a zone ends the sentence, "est." does not; an Indonesian
    # company's "PT." after no time goes on ("General Manager PT. Angkasa Pura").
    if word == "PT" and not _CLOCK_END.search(text[: dot - len(word)].rstrip()):
        return True
    if word.isupper() and low in TIME_ZONES:
        return False
    if low in ABBREVIATIONS:
        return True
    # A state written short inside a name goes on ("a transplant at Mass. General"); after
    # a city and its comma it may end the sentence ("in Boston, Mass. The next day").
    short = low in _STATE_SHORT or (low in _CAPITAL_SHORT and word[:1].isupper())
    # ... and so does a title written short in capitals: "OCD Asst. Sec. Bernardo Alejandro"
    # (the "sec." of "9.58 sec." comes before no name).
    short = short or (word == "Sec" and following[:1].isupper())
    if short and not text[: dot - len(word)].rstrip().endswith(","):
        return True
    # An initial, before the short forms that need a number after them: the "P." of "K. P.
    # Sharma Oli" is no page.
    if re.fullmatch(r"[A-Z]", word):  # an initial: J. R. Alvarez
        return True
    if low in NUMBER_ABBREVIATIONS:
        return following[0].isdigit()
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):  # U.S. / a.m. (the last dot is ours)
        next_word = re.match(r"[\"'“‘([]*(\w+)", following)
        if not next_word:
            return False
        if word.islower():  # "at 4 a.m. Rescuers ..." ends; "at 9 a.m. Tuesday" goes on
            # ... and so does "at 1.30 a.m. Irish time by the UN Secretary-General".
            # ... "at 10:55 a.m. Pacific Time, but ...", the zone in capitals.
            zoned = _ZONED.match(following) is not None
            # ... and so does the time somewhere else after it: "about 9 p.m. [11 a.m. ET]".
            zoned = zoned or _TIME_AGAIN.match(following) is not None
            # "At 3:45 p.m. Falcon Heavy fired up ...": a time alone says nothing yet.
            opening = _SENTENCE_START.split(text[: dot - len(word)])[-1]
            return (
                next_word.group(1).lower() in AFTER_TIME or zoned or bool(_AT_TIME.match(opening))
            )
        # "... miles southeast of Washington, D.C. Photographs show ...": the place ends a
        # sentence after its comma when a plain word, not a name, follows the next.
        after_place = word == "D.C" and text[: dot - len(word)].rstrip().endswith(",")
        if after_place and _PLAIN_AFTER.match(following):
            return False
        return next_word.group(1).lower() not in SENTENCE_OPENERS
    return False


def _inside_attributed_quote(text: str, end: int) -> bool:
    """Whether ``end`` lies inside a quotation that the sentence goes on after.

    ``"We heard a bang. Then the lights went out," she said.`` is one sentence:
    the quotation is still open at the first full stop and closes with a comma
    (or is followed by a lower-case word), so the split would orphan "she said".
    """
    before = text[:end]
    opened = 0
    for ch in before:
        if ch in "“«":
            opened = 1
        elif ch in "”»":
            opened = 0
        elif ch == '"':
            opened ^= 1
    if not opened:
        return False
    close = re.search(r"[\"”»]", text[end:])
    if not close:
        return False
    closing_at = end + close.start()
    tail = text[closing_at + 1 :].lstrip()
    punct_before = text[closing_at - 1] if closing_at else ""
    # ... the comma set inside the quotation, or after it as French copy sets it ("«... went
    # out», she said").
    return punct_before in ",—-" or (bool(tail) and (tail[0].islower() or tail[0] == ","))
