"""What one line of text copied from a page is: prose, a stamp, furniture, a heading.

:mod:`sitegen.importer.cleantext` reads a page line by line with these (the lines above
the story are read by :func:`sitegen.importer.headers.header_metadata`); the
patterns they test are in :mod:`sitegen.importer.furniture` and the modules it gathers
(:mod:`~sitegen.importer.appeals`, :mod:`~sitegen.importer.links`,
:mod:`~sitegen.importer.credits`), and the date stamps in :mod:`sitegen.importer.stamps`.
"""

from __future__ import annotations

import datetime
import re

from ..engine.words import STOPWORDS, normalize
from .appeals import PROMPTS
from .credits import GLUED_BYLINE, ROLE, WIRE
from .furniture import CHROME, CRUFT, SCORE
from .links import ARROW_LINK, GLUED_LINK, HEADLINE_LINK, KICKER
from .picturecredits import CAPTION, CREDIT
from .stamps import DATED, LABELLED_STAMP, STAMP, TIMED_STAMP

QUESTION_WORDS = 12  # a question line this short is a subheading
LIST_ITEM = re.compile(r"^\d{1,2}[.)]\s+\S")
PROMPT_WORDS = 40  # a prompt to sign up, subscribe or share is never longer
UNFINISHED_WORDS = 30  # no headline or standfirst is this long
CLAUSED_UNFINISHED_WORDS = 20  # ... nor this long in three clauses
LEAD_IN_WORDS = 4  # a lead-in worded as a sentence is this long at least
SAID_LEAD_IN_WORDS = 3  # ... and one that says who speaks next: "The regulator added:"
LONG_LEAD_IN_WORDS = 12  # a line this long ending on a colon introduces what follows
ATTRIBUTED_WORDS = 8  # a claim and who made it, without its full stop, is this long
CUT_OFF_WORDS = 8  # a line cut off mid-sentence is this long at least
STOPPED_WORDS = 12  # a line this short ending on its stop is a sentence, however dense
COUNTER_DIGITS = 5  # a page's count of shares after a stamp is this long at most
CUT_OFF_PLAIN = 2  # ... and may be half capitals when this many content words are small
CUT_OFF_PROSE = 6  # ... and end on a capital when this many are
CUT_OFF_DANGLING = 6  # ... or this long, the page's last line, stopped on a word such as "the"
CUT_OFF_LONG = 30  # ... and, the page's last line, may name many people when this long
_DANGLING = frozenset("the a an of to for in on at with by from and that".split())
# Where one sentence ends and the next begins inside a line: "... in bribes. They are".
SENTENCE_BREAK = re.compile(r"(?:[a-z]{2}|(?<=[A-Z])[A-Z]{2})[.!?][\"'”’]? [\"'“‘]?[A-Z]")
# (a closing quote set apart: ". \"", or a guillemet: ".»")
SENTENCE_END = re.compile(r"[.!?…](?: ?[\"'”’»)\]])*$")
NAME = re.compile(r"^(?:[A-Z][\w'’.-]*)(?: (?:[A-Z][\w'’.-]*|de|van|von|da|bin|al))*$")
# ("By providing your email, you agree to ..." is a newsletter's consent, not a byline)
BYLINE = re.compile(
    r"^by\s+(?!(?:providing|entering|submitting|clicking|signing|using|subscribing|continuing"
    r"|registering)\b)(.{3,80})$",
    re.IGNORECASE,
)


def is_cruft(line: str) -> bool:
    """Whether a line is the page around an article rather than the article."""
    text = normalize(line).strip()
    return (
        any(p.search(text) for p in (CRUFT if len(text.split()) <= PROMPT_WORDS else CHROME))
        or bool(CREDIT.match(text) or CAPTION.match(text))
        # A kicker is a headline's length: a story copied as one paragraph under its dateline
        # ("WELLINGTON: New Zealand on Tuesday ...") is the story.
        or (bool(KICKER.match(text)) and len(text.split()) <= KICKER_WORDS)
        or bool(ROLE.match(text) or GLUED_BYLINE.match(text) or HEADLINE_LINK.match(text))
        or bool(GLUED_LINK.match(text))
        or bool(SCORE.match(text))
        # ... before normalising: it folds dashes into hyphens and arrows into quotes
        or bool(WIRE.match(line.strip()) or ARROW_LINK.match(line.strip()))
        or is_stamp(text)
    )


def is_date_stamp(line: str) -> bool:
    """Whether ``line`` is a date stamp and nothing more ("Updated 09:15 BST, 4 June 2026")."""
    return is_stamp(normalize(line).strip())


def is_stamp(text: str) -> bool:
    stamp, rest = split_stamp(text)
    # "July 06, 2013|By Maeve Reston and Lee Romney": a date and the byline after it.
    if stamp and (not rest.strip(" ,.|·•–—-") or BYLINE.match(rest)):
        return True
    if TIMED_STAMP.match(text):
        return True
    return bool(LABELLED_STAMP.search(text)) and not is_prose(text)


def split_stamp(line: str) -> tuple[str, str]:
    """A date stamp at the start of ``line`` (repeated stamps included) and the rest."""
    rest = line
    while match := STAMP.match(rest):
        # (and a dialog's close button after it: "date 2019-03-10 × 2 people rescued ...")
        rest = rest[match.end() :].lstrip(" ,;:|·•–—-×")
    # ... and the count of shares a page sets after it: "20:50 UTC+8, 2022-10-04       0".
    if rest != line and rest.strip().isdigit() and len(rest.strip()) <= COUNTER_DIGITS:
        rest = ""
    stamp = line[: len(line) - len(rest)].strip()
    # Only a capital, a quotation or a bracket ("(Reuters) - ") opens what follows:
    # "18 December 2022 was ..." is prose; so does a count after a close button.
    closed = "×" in line[: len(line) - len(rest)]
    if rest and not (rest[0].isupper() or rest[0] in "\"'“‘(" or (closed and rest[0].isdigit())):
        return "", line
    return stamp, rest


_MONTHS = {
    m[:3]: n for n, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)
}
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH_DAY = re.compile(r"([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.I)
_DAY_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})", re.I)


def stamp_date(stamp: str) -> str | None:
    """The day a date stamp gives, as YYYY-MM-DD: "Page last updated at 01:32 GMT, Monday,
    25 January 2010" is 2010-01-25.  A day written in figures only ("12/10/2015") may be
    read two ways and gives none."""
    found = DATED.search(stamp)
    if found is None:
        return None
    text = found.group()
    if iso := _ISO_DAY.match(text):
        year, month, day = (int(g) for g in iso.groups())
    elif named := _MONTH_DAY.match(text):
        month, day, year = _MONTHS.get(named[1].lower(), 0), int(named[2]), int(named[3])
    elif named := _DAY_MONTH.match(text):
        day, month, year = int(named[1]), _MONTHS.get(named[2].lower(), 0), int(named[3])
    else:
        return None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def is_stop(line: str) -> bool:
    text = normalize(line).strip()
    # A prompt is short: a paragraph of a story's length that mentions a free trial, a
    # newsletter or copyright is the story.
    return len(text.split()) <= PROMPT_WORDS and any(p.search(text) for p in PROMPTS)


def is_prose(line: str) -> bool:
    words = line.split()
    if len(words) < 3 or not SENTENCE_END.search(line):
        return False
    # A long sentence may be dense with names and figures ("UK consumer electronics retail
    # group Dixons Carphone has suffered a massive data breach, compromising 5.9 million
    # customer cards ..."); a headline is seldom that long, and seldom ends on a stop.
    if len(words) < 8:
        return True
    # ... and one that ends on a full stop with a word in small letters before it, as a
    # headline seldom does, is a sentence however dense: "Folk-pop legend Gordon Lightfoot
    # has died aged 84.", "Southern California water officials declared ... the state."
    stopped = line.rstrip("\"'”’)").endswith(".") and sum(w[:1].islower() for w in words) >= 3
    # ... with no function word at all when short ("Pakistan captain Sarfaraz Ahmed praised
    # Sri Lanka's fightback.")
    if stopped and len(words) <= STOPPED_WORDS:
        return True
    return _function_share(words) >= (0.05 if stopped else 0.1 if len(words) >= 20 else 0.15)


def leads_in(line: str, words: int = 0) -> bool:
    """A sentence of at least ``words`` words ending on a colon, leading in to what follows
    ("... described it as a vote of confidence following the Brexit vote:")."""
    return line.endswith(":") and len(line.split()) >= words and is_prose(line[:-1] + ".")


# Verbs that say someone is quoted next, which no heading uses.
_SAYS = re.compile(r"\b(?:said|says|added|adds|told|tells|wrote|writes|stated|warned)\b")


def leads_in_as_sentence(line: str) -> bool:
    """A lead-in that says something of someone ("As was Michael Gove:", "This from
    leadership favourite Jo Bloggs:", "The regulator added:"): a sentence of the story, even
    where what it led in to (an embedded post) is lost, unlike a heading ("What we know so
    far:")."""
    words = line.split()
    if line[:1].isupper() and _SAYS.search(line) and leads_in(line, SAID_LEAD_IN_WORDS):
        return True  # "Apple said it “strongly disagreed” with the findings and will appeal:"
    return (
        line[:1].isupper()
        and leads_in(line, LEAD_IN_WORDS)
        and any(w[:1].isupper() for w in words[1:])
        # ... in small letters somewhere, as a sentence is: "KCBS Team Coverage Of Occupy
        # Oakland:" labels the links under it
        and not all(w[:1].isupper() for w in words)
    )


def _function_share(words: list[str]) -> float:
    # A dash standing alone is no word: "BERLIN — Haile Gebrselassie broke ..." (a bullet
    # is: a line of points is a list, not prose).
    words = [w for w in words if w not in ("—", "–", "-", "--")] or words
    lowered = [w.strip("\"'“”‘’(),.;:!?").lower() for w in words]
    return sum(1 for w in lowered if w in STOPWORDS) / len(words)


def is_cut_off(line: str, *, last: bool = False) -> bool:
    """Prose that stops mid-sentence: long, mostly lower-case, with function words.

    ``last`` says the line ends the page, where a caption credited in capitals is read
    apart: there a sentence cut off inside a list of names is prose too, its small words
    before them ("the top five most commonly stolen dog breeds are Cocker Spaniels, English
    Springer Spaniels, Jack Russ").
    """
    words = line.split()
    # The page's last line may be shorter where it stops on a word that waits for more:
    # "Isis claimed the responsibility for the".
    dangling = last and bool(words) and words[-1] in _DANGLING
    if (
        len(words) < (CUT_OFF_DANGLING if dangling else CUT_OFF_WORDS)
        or SENTENCE_END.search(line)
        or is_cruft(line)
    ):
        return False
    lettered = [w for w in words[1:] if w[0].isalpha()]
    lower = [w for w in lettered if w[0].islower()]
    # A sentence naming an agency in full ("The U.S. Occupational Safety and Health
    # Administration is investigating today's explo") has as many capitals as a headline
    # set in title case, but a title-case headline writes no content word in small letters
    # (and a caption ending on its credit, "... / Wikimedia Commons", ends in capitals).
    plain = sum(1 for w in lower if w.strip("\"'“”‘’(),.;:!?").lower() not in STOPWORDS)
    # ... or on a name cut off after a small word: "... the signing ceremony of the Ind".
    named_end = not words[-1][0].islower() and not (
        last and (plain >= CUT_OFF_PROSE or words[-2].lower() in _DANGLING)
    )
    # ... and, stopped on such a word, is cut prose however few its small content words: no
    # headline ends on "to" ("It is up to District Attorney Ann Lee to decide how to").
    share = 0.6 if (plain < CUT_OFF_PLAIN and not dangling) or named_end else 0.4
    # ... and, at the page's end, may hold fewer small words when it has many plain ones:
    # "Chicago's polls closed at 7 p.m., as voters chose their new mayor following Mayor".
    function = 0.15 if last and plain >= CUT_OFF_PROSE else 0.2
    # ... fewer still, and more capitals, where it names a panel's members at length: "The
    # commission, chaired by former Justice Ann Lee, includes Transport Secretary Jo Bloggs
    # and ... with Northgate Mayor Tom Hart serving as special adviser".
    if last and plain >= CUT_OFF_PROSE and len(words) >= CUT_OFF_LONG:
        share, function = 0.3, 0.12
    return len(lower) >= share * len(lettered) and _function_share(words) >= function


LISTED_WORDS = 3  # a point under a lead-in, cut off after a first sentence this long


def opens_with_a_sentence(line: str, shortest: int = 5) -> bool:
    """A line cut off after a whole sentence of prose: "Greece has declared a state of
    emergency. Prime Ministe" keeps its first sentence, however short the rest.

    ``shortest`` is the fewest words that sentence may have: under a paragraph that
    leads in to a list ("There are three ways:"), a point may be short ("First is
    cytoplasmic transfer. This involves").
    """
    found = SENTENCE_BREAK.search(line)
    if found is None or SENTENCE_END.search(line):
        return False
    first = line[: found.start() + 3]
    return len(first.split()) >= shortest and is_prose(first) and not is_cruft(first)


def is_attributed(line: str) -> bool:
    """A claim and who made it, printed without its full stop ("At least 50 people were
    injured, the county ambulance service said"): a sentence, never a subheading."""
    # ... but a crosshead worded as a headline is one: "May take months for evacuees to
    # return home, PM says" (a speaker of a word or two, in the present).
    return (
        len(line.split()) >= ATTRIBUTED_WORDS
        and bool(_ATTRIBUTION.search(line))
        and not _HEADLINE_ATTRIBUTION.search(line)
    )


_HEADLINE_ATTRIBUTION = re.compile(r",\s+(?:[\w.'’-]+\s+){1,2}says$")


_ATTRIBUTION = re.compile(
    r"[a-z],\s+(?:[\w.'’-]+\s+){0,8}(?:said|says|reported|reports|told\s+[\w.'’-]+)$"
    r"|[a-z],\s+according\s+to\s+[^,.!?]{3,60}$"
)


def says_quoting(line: str) -> bool:
    """Who speaks, then the quotation they open ("Celtic goalkeeper Scott Bain told
    Sportscene: “It’s amazing."): a sentence of the story however many names it holds,
    never a subheading."""
    return bool(_QUOTING.search(line))


_QUOTING = re.compile(
    r"\b(?:said|says|told(?:\s+[\w.'’-]+){1,4}|added|adds|explained|declared|noted|warned"
    r"|wrote|insisted|stressed)\s*[:,]\s*[“\"‘']\S"
)


def is_unfinished(line: str) -> bool:
    """A first paragraph that the page printed without its last full stop ("... give all
    matter in the universe size and shape", "... on Wednesday, NU.nl reports"): longer
    than any headline, or two sentences, or clauses set off by commas ("Voters have
    rejected a peace deal with the rebels, that included amnesty for war crimes, with 50.24%
    voting against it"), and worded like prose."""
    words = len(line.split())
    two = bool(SENTENCE_BREAK.search(line))
    clauses = line.count(", ") >= 2 and words >= CLAUSED_UNFINISHED_WORDS
    return (words >= UNFINISHED_WORDS or (two and words >= 15) or clauses) and is_cut_off(line)


def is_question_heading(line: str) -> bool:
    """A short question on a line of its own, a live page's subheading ("Are rescuers
    still searching?"), unless someone is quoted asking it."""
    # An apostrophe inside a word ("What’s The Reason?") quotes no one.
    marks = re.sub(r"(?<=\w)[’'](?=\w)", "", line)
    return (
        line.endswith("?")
        and len(line.split()) <= QUESTION_WORDS
        and not any(q in marks for q in '"“”‘’,')
    )


# A share's or an index's price alone on a line, as a ticker box sets it: "€12.51".
PRICE = re.compile(r"^[€$£¥]?\s?\d[\d,.]*%?$")


def glued_twice(unit: str) -> bool:
    """A caption run into itself, as its alternative text and under the picture:
    "Cundy speaking to the media.Cundy speaking to the media.", or with no stop between:
    "Crews on the quay ahead of the voteCrews on the quay ahead of the vote"."""
    for m in re.finditer(r"[.!?](?=[A-Z])|(?<=[a-z])(?=[A-Z])", unit):
        head, rest = unit[: m.end()], unit[m.end() :]
        if len(head) >= 20 and (head.startswith(rest) or rest.startswith(head)):
            return True
    return False


_LEADING_MARKUP = re.compile(r"^(\s*)([#>+*-]|\d+)([.)]?)(\s)")


def escape(line: str) -> str:
    """Text that Markdown would otherwise read as markup, made literal."""
    line = re.sub(r"([\\`*\[\]<])", r"\\\1", line)

    def literal(m: re.Match[str]) -> str:
        # A backslash makes punctuation literal, not a digit: "1\." is not a list item.
        if m.group(2).isdigit():
            return (
                f"{m.group(1)}{m.group(2)}\\{m.group(3)}{m.group(4)}" if m.group(3) else m.group()
            )
        return f"{m.group(1)}\\{m.group(2)}{m.group(3)}{m.group(4)}"

    return _LEADING_MARKUP.sub(literal, line)


KICKER_WORDS = 40  # a kicker over another story is never longer
