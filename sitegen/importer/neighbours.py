"""Lines read with the lines around them, as :mod:`.cleantext` meets them.

:mod:`.lineshape` says what a line is by its own shape; some lines only show what they are
beside others: a sentence over a credit is that picture's caption, a run of unstopped lines
between two paragraphs is a list of other stories' headlines or a gallery's captions, a
short point after a question or a colon is an item of a list, and a line the page gives
again is its standfirst or headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..engine.words import normalize
from .captions import (
    STANDS_WHERE,
    UNSTOPPED_CAPTION,
    credited_caption,
)
from .datelines import LOOSE_DATELINE
from .furniture import BULLET
from .lineshape import (
    SENTENCE_BREAK,
    SENTENCE_END,
    escape,
    is_attributed,
    is_cruft,
    is_cut_off,
    is_date_stamp,
    is_prose,
    is_question_heading,
    says_quoting,
)
from .picturecredits import CAPTION, PICTURE_CREDIT
from .stamps import DAY_DATE, WEEKDAY

REPORTS = re.compile(
    r"\b(?:said|says|told|according to|announced|as of (?:press time|now|\w+day))\b",
    re.IGNORECASE,
)
PICTURE_KIND = re.compile(
    r"^(?:[\w-]+ ){0,3}(?:illustration|photo(?:graph)?|picture|image|rendering|screenshot|map)s?"
    r" (?:of|shows|showing)\b",
    re.IGNORECASE,
)
# An agency's caption ends on the day the picture was taken: "... as a storm hit the Twin
# Cities Tuesday, Feb. 21, 2023."
DATED_CAPTION = re.compile(rf"\b{WEEKDAY},? {DAY_DATE}\.$", re.IGNORECASE)
TOLD_TWICE = re.compile(r"\b(?:was|were) \w+ed\b.*\band\b.*\b(?:was|were) \w+ed\b")
CREDITED_CAPTION_WORDS = 35  # a caption over its credit: one sentence, never longer
# ... and one told in no caption's words (no one doing something, now): a short sentence.
# A paragraph of the story may stand over a credit whose caption the page lost: "The
# decision, which follows a three-year investigation, comes as fears of a ... trade war
# mount ..." (32 words) over "Photo: Reuters".
PLAIN_CAPTION_WORDS = 25
LABELLED_CREDIT_WORDS = 6  # "Photo: Reuters", "Photo by Ann Lee/AP", not a labelled caption
LIST_ITEM_WORDS = 6  # a point of a list this long says something; shorter, it may be a link
LIST_POINT_WORDS = 3  # ... and one set with a bullet under a lead-in, this long with its bullet
WORDED_LEAD_IN = 10  # words of a lead-in worded as the story's sentence, at least
HEADLINE_WORDS = 20  # a headline set in capitals in the body is never longer
LINK_TITLE_WORDS = 6  # a link's title under a label is never shorter


# A quotation given whole, then its speaker's name after a dash: '"Today is a re-founding
# moment for the company" - Hoffman'.  An agency after a dash credits the copy instead.
QUOTED_BY = re.compile(
    r"^[\"“‘][^\"“”]{2,}[.,!?…]?[\"”’]\s+[—–-]{1,2}\s*"
    r"(?!(?:Reuters|Bloomberg|Xinhua|Anadolu|Bernama|Yonhap|Kyodo|Tass)\b)"
    r"[A-Z][a-z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}$"
)


# The title of a box after the story, its text cut off by the page: "What Bloomberg
# Economics says...".  It asks what follows; a teaser cut short ("Crews return to work on
# Tuesday morning…") is a sentence.
BOX_LEAD_IN = re.compile(
    r"^(?i:what|how|why|who|here's|here’s|here is)\s(?:\S+\s+){0,4}\S+(?:\.\.\.|…)$"
)


def quoted_by(unit: str) -> bool:
    """Whether ``unit`` is a quotation with its speaker's name after a dash: a paragraph."""
    return bool(QUOTED_BY.match(unit))


def described(lines: list[str], blocks: list[int]) -> set[int]:
    """The lines that describe a picture for those who cannot see it, set as a block of
    two over its credited caption: "A close up on an elephant standing in front of a
    parched tree." / "Namibia's government is planning to ... (Martin Bureau/AFP/Getty
    Images)".  A paragraph of the story stands in a block of its own."""
    return {
        n - 1
        for n in range(1, len(lines))
        if blocks[n - 1] == blocks[n]
        and (n < 2 or blocks[n - 2] != blocks[n])
        and (n + 1 == len(lines) or blocks[n + 1] != blocks[n])
        and credited_caption(lines[n])
        and not credited_caption(lines[n - 1])
        and len(lines[n - 1].split()) <= CREDITED_CAPTION_WORDS
        and SENTENCE_END.search(lines[n - 1]) is not None
        and not SENTENCE_BREAK.search(lines[n - 1])
        and not REPORTS.search(lines[n - 1])
    }


# A point that names someone and their work: "Laura Marling – Once I Was An Eagle".
NAMED_WORK = re.compile(r"^(?:[A-Z][\w.'’&-]*\s){1,4}[–—]\s[A-Z0-9][^.!?–—]{0,60}$")
LIST_LEAD_IN = re.compile(
    r"^(?:however|meanwhile|in addition|additionally|still|instead|but|so),\s[^:]*:$"
    r"|\b(?:the following|as follows)\b[^.!?:]*:$"
    # ... or whose verb says a list follows: "Other demands included:", "The victims were:".
    r"|^\w+(?:\s+[\w'’-]+){1,6}\s+(?:includes?|included|including|are|were)\s*:$"
    # ... or who says what the points say: "The guidance says that beachgoers should:".
    r"|^\w+(?:\s+[\w'’-]+){0,6}\s+(?:says|said|advises|advised|urges|urged)\s+(?:that\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,4}\s*:$",
    re.IGNORECASE,
)


def titled(unit: str) -> bool:
    """Whether ``unit`` reads as the title of a link: a headline's words, no full stop.

    Fewer words make a subheading ("'Directly responsible'"), which may follow a link.
    """
    words = len(unit.split())
    one = not SENTENCE_BREAK.search(unit) and LINK_TITLE_WORDS <= words <= HEADLINE_WORDS
    return one and not unit.rstrip("'\"’”)").endswith(".")


def headline(unit: str) -> bool:
    """Whether ``unit`` reads as a headline over a link: one question of a few words, not
    all in capitals (a subheading in capitals ends without a question mark)."""
    one = not SENTENCE_BREAK.search(unit) and len(unit.split()) <= HEADLINE_WORDS
    return one and unit.rstrip("'\"’”").endswith("?") and any(c.islower() for c in unit)


def captioned(line: str, credit: str) -> bool:
    """Whether ``line`` is the caption of the ``credit`` under it: one sentence over a
    labelled credit ("Photo: Reuters"), or one that opens with someone doing something,
    now ("Thai soldiers walk through a barricade ... in Bangkok, Thailand. Leaders ..."),
    or with who stands where ("Samsung's Galaxy S III, right, and Apple's iPhone 4S ...")."""
    if len(line.split()) > 2 * CREDITED_CAPTION_WORDS:
        return False
    # ... or says what kind of picture it is: "Conceptual paper illustration of human hands
    # and DNA in a lab." over "Jo Bloggs/Moment/Getty Images".
    if PICTURE_KIND.match(line):
        return True
    first = SENTENCE_BREAK.search(line)
    if not first and DATED_CAPTION.search(line):
        return True
    if UNSTOPPED_CAPTION.match(normalize(line[: first.start() + 2] if first else line[:-1])):
        return True
    # ... or says who stands where in the picture, as no sentence of a story does.
    if STANDS_WHERE.search(line[: first.start() + 2] if first else line):
        return True
    one = not first and len(line.split()) <= PLAIN_CAPTION_WORDS
    labelled = len(credit.split()) <= LABELLED_CREDIT_WORDS and PICTURE_CREDIT.match(credit)
    # ... unless it reports, as no caption does: who said it, or when the count stood ("As
    # of press time, 50 people were confirmed dead"), over a credit whose caption was lost.
    # ... or tells two things done, one after the other, as a caption's present does not:
    # "The fire was extinguished shortly after and the driver was rescued."
    told = TOLD_TWICE.search(line)
    return one and bool(labelled) and not REPORTS.search(line) and not told


def labelled_caption(line: str) -> bool:
    """Whether ``line`` is a caption under its label ("Image: Jo Bloggs at the quay in
    2006."), longer than a labelled credit ("Photo: Reuters")."""
    return bool(CAPTION.match(line)) and len(line.split()) > LABELLED_CREDIT_WORDS


BROKEN_WORDS = 6  # a line that ends on a comma with this many words is a broken sentence
LINKED_RUN = 2  # unstopped lines in a row: other stories' headlines or a gallery's captions
LINKED_WORDS = (8, 40)


def linked_run(units: list[str]) -> set[int]:
    """The lines of a run of other stories' headlines set between two paragraphs.

    A page lists its related stories between the paragraphs as long lines without a full
    stop ("'Blood on your hands': Zuckerberg among bosses grilled over ..." / "Should you
    delete your Facebook? Here's what ..."), and a gallery its captions ("Locals take a
    break as they clean the rubble ... on Sunday"); a story's sentences end on one, and
    its points follow a lead-in that ends on a colon.
    """

    def headline(u: str) -> bool:
        low, high = LINKED_WORDS
        return (
            low <= len(u.split()) <= high
            and not SENTENCE_END.search(u)
            and not u.endswith((",", ":", ";"))
            and not BULLET.match(u)
            and not is_attributed(u)
            and not quoted_by(u)  # '"Today is a re-founding moment" - Hoffman'
            # ... nor someone asking in a quotation: "Ann Lee told the BBC: 'If you save
            # £1,000 on a holiday, what's an extra £20 in a fine?'"
            and not says_quoting(u)
        )

    def asks(u: str) -> bool:
        # A link's title may ask ("Conor Pope: What if dry January turned into dry
        # forever? Eight ways ..."); beside other links it is one of them, while on its own
        # it may be the story's question.
        return "?" in u and headline(u.replace("?", ""))

    found: set[int] = set()
    n = 1
    while n < len(units) - 1:
        m = n
        while m < len(units) - 1 and headline(units[m]):
            m += 1
        if m - n >= LINKED_RUN:
            # ... and the headlines above the question, as beside it ("German opposition
            # leader's hopes ..." / "Hostile actions 'are real and accelerating': is Russia
            # already at war with the West?" / "The Sequoia, like Jimmy Carter, ...").
            while n > 1 and (
                asks(units[n - 1])
                or (headline(units[n - 1]) and not SENTENCE_BREAK.search(units[n - 1]))
            ):
                n -= 1
            while m < len(units) - 1 and asks(units[m]):
                m += 1
        lead = units[n - 1]
        # ... and a paragraph after them, even the page's last words cut off
        after = len(units[m].split()) >= LINKED_WORDS[0]
        # ... but points under a lead-in go on its list, its first point ending on a full
        # stop: "... about the recalled jars:" / "Would have been purchased between Nov. 8 and
        # Nov. 17." / "Have "Best if Used By" dates of Aug. 3, 2012" / "Carry the UPC code ...".
        pointed = lead.endswith(":") or (n >= 2 and units[n - 2].endswith(":"))
        # (A paragraph the page cut off leads them in too: "... “The scene was" / "German
        # opposition leader's hopes of becoming chancellor hang in the balance ...".)
        told = is_prose(lead) or is_cut_off(lead)
        if m - n >= LINKED_RUN and told and not pointed and after:
            found.update(range(n, m))
        n = max(m, n + 1)
    return found


_INCLUDES = re.compile(r"\b(include|includes|including|are|were)\s*:$", re.IGNORECASE)


def listed(run: list[str], unit: str) -> bool:
    """Whether ``unit`` is a point of a list that a question or a colon introduces
    ("What are the main terms of the deal?" / "Disney will take on $13.7bn of debt")."""
    lead = run[-1] if run else ""
    opened = (
        is_question_heading(lead) or lead.endswith(":") or (bool(run) and listed(run[:-1], lead))
    )
    # A point that gives a figure says something however short: "74,468,000 iPhones"; so
    # does one set as a point under a lead-in the story worded ("- a four-day week"), where
    # a label over links has been dropped with them ("Related:").
    said = (
        len(unit.split()) >= LIST_ITEM_WORDS
        or unit[:1].isdigit()
        or unit[:1] in "$£€"
        # (a point already kept is escaped: "\- a four-day week")
        or (
            bool(BULLET.match(unit.removeprefix("\\")))
            # ... however short, under a lead-in that says what the points are ("Symptoms
            # can include:" / "• fever").
            and (
                len(unit.split()) >= LIST_POINT_WORDS
                or bool(_INCLUDES.search(lead))
                or bool(BULLET.match(lead.removeprefix("\\")))  # ... and the points after it
            )
        )
        # ... and so does a name and its work: "Arctic Monkeys – AM", "Foals – Holy Fire".
        or bool(NAMED_WORK.match(unit))
        # ... and a point of a few words under a lead-in the story worded as a sentence
        # ("Other products Boar's Head is pulling from stores because they could contain
        # listeria:" / "Beef Salami"): a label over links is a few words ("Read more:").
        or (not unit.endswith("?") and _under_worded_lead_in(run))
    )
    return opened and said and not is_cruft(unit)


def _under_worded_lead_in(run: list[str]) -> bool:
    """Whether the lines ending ``run`` are a lead-in worded as a sentence, ending in a
    colon, and the short points under it so far."""
    n = len(run) - 1
    while (
        n >= 0
        and len(run[n].split()) < WORDED_LEAD_IN
        and not SENTENCE_END.search(run[n])
        and not _VERB_LEAD_IN.search(run[n])
    ):
        n -= 1
    return n >= 0 and (
        (run[n].endswith(":") and len(run[n].split()) >= WORDED_LEAD_IN)
        or bool(_VERB_LEAD_IN.search(run[n]))
    )


# ... or shorter, ending on its verb: "The regions affected by the move are:".
_VERB_LEAD_IN = re.compile(r"^(?:\S+\s+){3,}(?:are|were|is|was|include|includes|included)\s*:$")


LEAD_IN_REACH = 16  # paragraphs a list's points may run below their lead-in


def led_in(kept: list[str]) -> bool:
    """Whether one of the last paragraphs kept ends with a colon, leading in to a list."""
    return any(k.endswith(":") for k in kept[-LEAD_IN_REACH:])


def point(unit: str) -> bool:
    """Whether ``unit`` is set as a point of a list: a bullet, or a name and its work."""
    return bool(BULLET.match(unit) or NAMED_WORK.match(unit))


def repeats(standfirst: str, unit: str) -> bool:
    """Whether ``unit`` gives the paragraph ``standfirst`` (as kept, escaped) again."""
    lede, first = undated(escape(unit)), undated(standfirst)
    return lede == first or (len(first) >= 40 and lede.startswith(first))


def undated(unit: str) -> str:
    """A paragraph without the dateline that opens it."""
    return LOOSE_DATELINE.sub("", unit, count=1)


# A byline: "By Ian Horswill", "By Jo Bloggs and Sam Carter"; not "By The Numbers".
SIGNATURE = re.compile(
    r"^by (?!(?:the|a|an|this|that|its|their|our|your|his|her)\b)"
    r"(?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+)+"
    r"(?: and (?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+)+)?$",
    re.IGNORECASE,
)


def headings(run: list[str], dropped: list[str], header: list[str]) -> list[str]:
    # A list of headlines, not a subheading: three lines or more, or two set as points
    # with no lead-in ("* Jacinda Ardern to resign as Prime Minister" / "* PM's defining
    # legacy of crisis"); a subheading is never a point of a list.
    if len(run) >= 3 or any(BULLET.match(u) for u in run):
        dropped += run
        return []
    # One word is a label ("FINAL", "Summary"), not a subheading; the headline again is
    # the page's, not the story's.
    # ... and a short label over nothing, a caption's placeholder: "Estuary Times:", and one
    # in capitals over links the copy lost: "KCBS Team Coverage Of Occupy Oakland:".
    labels = [
        u
        for u in run
        if len(u.split()) == 1
        or u in header
        or (u.endswith(":") and (len(u.split()) <= 3 or all(w[:1].isupper() for w in u.split())))
        or SIGNATURE.match(u)  # the byline, under a pull quote above the story
    ]
    dropped += labels
    return ["## " + escape(u.strip("#").strip()) for u in run if u not in labels]


_WORD = re.compile(r"[^\W\d_]{4,}")
STORY_LINE_WORDS = 12  # a paragraph of the story above a last line is this long at least
RETOLD = 0.5  # of a summary point's longer words, the share one paragraph of the story gives


def retold(point: str, story: Sequence[str]) -> bool:
    """Whether a paragraph of ``story`` gives at least RETOLD of ``point``'s longer words."""
    words = {w.lower() for w in _WORD.findall(point)}
    if not words:
        return True
    return any(
        len(words & {w.lower() for w in _WORD.findall(u)}) >= RETOLD * len(words) for u in story
    )


def closes_story_block(units: Sequence[str], blocks: Sequence[int], n: int) -> bool:
    """Whether line ``n`` ends a block of the story's paragraphs (the line above it prose, in
    its block) that the line under it does not share: a page's last paragraph over a
    picture's credit set apart, not the picture's caption."""
    if n < 1 or len(blocks) != len(units) or n + 1 >= len(units):
        return False
    return (
        blocks[n - 1] == blocks[n] != blocks[n + 1]
        and is_prose(units[n - 1])
        and len(units[n - 1].split()) > STORY_LINE_WORDS
    )


CREDITED_BLOCK = 4  # lines of a block a credit closes that are the caption it credits, at most
CAPTION_LINE_WORDS = 40  # ... each this long at most


def credited_block(units: Sequence[str], placed: Sequence[int], n: int) -> set[int]:
    """The lines above credit ``units[n]`` in the short block it closes: the caption it credits.

    A paragraph of the story stands in a block of its own, or in a page's long one.
    """
    if n + 1 < len(units) and placed[n + 1] == placed[n]:
        return set()
    block = [m for m, b in enumerate(placed[: len(units)]) if b == placed[n]]
    if not 1 < len(block) <= CREDITED_BLOCK:
        return set()
    # ... but a block that holds the story's date stamp ("07 July 2024 - 17:42 By Estuary
    # News" / the lede / "Image: Jo Bloggs/Getty Images") opens the story: its sentence is
    # the lede, the picture's caption lost.
    if any(is_date_stamp(units[m]) for m in block if m != n):
        return set()
    return {
        m
        for m in block
        if m != n
        and len(units[m].split()) <= CAPTION_LINE_WORDS
        # ... each line a caption's: stopped (a headline over the picture is none), and
        # never going on from what came before ("It came after she criticised ...").
        and SENTENCE_END.search(units[m])
        and not _GOES_ON.match(units[m])
    }


_GOES_ON = re.compile(r"(?:it|he|she|they|this|that|these|those|we|i)\b", re.IGNORECASE)


UNSTOPPED_POINT_WORDS = 12  # a summary's point set without its full stop says this much
BOXED_POINT_WORDS = 4  # ... and a point of a box of key points under the story
_SIGNED_POINT = re.compile(r"(?i)[-•*·]\s*by\b")  # "- BY ANN LEE Associated Press"


def unstopped_point(unit: str, shortest: int = UNSTOPPED_POINT_WORDS) -> bool:
    """Whether a summary's point set without its full stop is long enough to be news, and
    no byline set as a point."""
    return len(unit.split()) >= shortest and not _SIGNED_POINT.match(unit)


def prose_point(unit: str) -> bool:
    """Whether a summary's point reads as a sentence, its full stop perhaps left out."""
    return is_prose(unit if SENTENCE_END.search(unit) else unit + ".")


def untold_point(unit: str, story: Sequence[str], *, short: bool = False) -> bool:
    """Whether a summary box's point says what no paragraph of ``story`` tells again.

    ``short`` says the box stands under the story, as a recap: there a point of a few words
    is news ("* £2bn extra for social care"); above it, a short one may be a link."""
    return (
        unstopped_point(unit, BOXED_POINT_WORDS if short else UNSTOPPED_POINT_WORDS)
        and prose_point(unit)
        and not retold(unit, [u for u in story if u != unit])
    )
