"""A page's text as paragraph-sized lines: what was one paragraph before it was copied.

Text copied from a page breaks where the page did: a paragraph hard-wrapped into lines,
a sentence broken after a word no sentence ends on ("... a collapsed building in the" /
"Bangladesh capital Dhaka ..."), and a paragraph broken around each of its links ("... on
Wall Street. The" / "Dow Jones Industrial Average" / "plummeted 777 points"; "(CPB) - Get
Report" / "."). :func:`page_lines` joins them back, so that the cleaner
(:mod:`.cleantext`) weighs whole paragraphs.
"""

from __future__ import annotations

import html
import re
from itertools import pairwise

from ..engine.sentences import NOT_AN_ADDRESS
from .furniture import BULLET, HEADLINE_LABEL
from .lineshape import SENTENCE_BREAK, SENTENCE_END, is_cruft, split_stamp
from .picturecredits import CREDIT, GLUED_ALT, IMAGE_FILE
from .stamps import STAMP

BROKEN_WORDS = 8  # a line this long ending on "the" is a sentence broken, not a headline
# ... or after a full stop, on the first word of the next sentence: "... on Wall Street. The"
# / "Dow Jones Industrial Average" / "plummeted 777.68 points", a link set apart.
_BROKEN = re.compile(
    r"\s(?:the|a|an|of|in|on|at|to|for|with|by|from|and|or|that|which|than|into|its|their"
    r"|his|her|after|before|including|against|between|among|behind|versus)$"
    # ... or on the verb that brings in who said it: "... in Santa Ana, said" / "Sheriff ...".
    r"|,\s(?:said|says|according to)$",
    re.IGNORECASE,
)
_WANTS_OBJECT = re.compile(r"\s(?:include|includes|included|such as)$", re.IGNORECASE)
_LEFT_OF_LINK = re.compile(r"^[.,;:)]+(?:$|\s)")  # "." alone, or ". The package ..."
_TICKER = re.compile(r"^\((?:[A-Z]{2,8}\s*:\s*)?[A-Z.]{1,6}\)(?:\s*-\s*get\s[\w .]{1,40})?$", re.I)

_INLINE_TAG = re.compile(
    r"</?(?:a|b|i|em|strong|span|u|sup|sub|small|mark|font|abbr|cite|q)(?:\s[^<>]{0,500})?>",
    re.IGNORECASE,
)
_LINE_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BAR_AFTER = re.compile(r"(?m)(?<=[.!?\"”’])[ \t]+\|[ \t]*$")
_CUT_TAG = re.compile(r"\s*<(?:a|span|img|p|div)\s[^<>]{0,500}$", re.IGNORECASE)
# ... and the tags that set a block apart: a paragraph, a heading, a list's item, a quotation.
_PARAGRAPH_TAG = re.compile(
    r"</?(?:p|h[1-6]|div|li|ul|ol|blockquote)(?:\s[^<>]{0,200})?>", re.IGNORECASE
)
# A picture's caption left in a blog's shortcode: '[caption id="attachment_2830432" ...] Fans
# clash in the stadium. Reuters[/caption] In Marseille, ...'.
# A character's entity the copy left in the text, whole or without its "#": "Lee&#39;s",
# "Lee&39;s", "A&amp;E".
_ENTITY = re.compile(r"&#?(\d{2,5});|&(?:amp|quot|apos|[lr][sd]quo|[nm]dash|hellip);")
_CAPTION_CODE = re.compile(r"\[caption\b[^\]]{0,300}\][^\[]{0,400}\[/caption\]\s*", re.IGNORECASE)
_PICTURE_LABEL = re.compile(r"^\s*(?:image|photo|picture)\s{2,}(?=[A-Z\"“])", re.IGNORECASE)
# A wire's crosshead set inside the paragraph between dashes, where the copy lost its line
# breaks: "... a year ago. - Hard-to-reach crash site - Russian media reported ...".
_GLUED_CROSSHEAD = re.compile(r"(?<=[.!?\"”’])\s+-\s+([A-Z][^.!?\n]{2,60}?)\s+-\s+(?=[A-Z\"“])")


_LONE_POINT = re.compile(r"(?m)^[ \t]*([-•])[ \t]*\n(?:[ \t]*\n)?(?=[ \t]*[^\s•-])")


_AGENCY_LEDE = re.compile(
    r"^(?:dpa|afp|ap|ians|pti|ani|efe|apa)(?:/[A-Za-z]{2,8})?\s*[–—-]\s+[A-Z]"
)


def page_lines(text: str) -> tuple[list[str], list[int]]:
    """Paragraph-sized lines (hard-wrapped lines joined back together), and for each the
    block it stands in: the lines between two blank lines."""
    units: list[str] = []
    blocks: list[int] = []
    linked = False  # whether the last line had a link set apart joined back into it
    # Invisible characters go; quotes and dashes stay as the outlet wrote them.
    text = re.sub(r"[\u00ad\u200b\ufeff]", "", text).replace("\u00a0", " ").replace("\r\n", "\n")
    if "&" in text:
        text = _ENTITY.sub(_character, text)
    if "[/caption]" in text:
        text = _CAPTION_CODE.sub("", text)
    # A page copied with its markup for links and emphasis left in ('<a href="https://...">
    # Boeing </a>factory workers'): the words stay, the tags go.
    if "<" in text:
        text = _PARAGRAPH_TAG.sub("\n\n", _LINE_TAG.sub("\n", text))
        text = _INLINE_TAG.sub("", text)
        # ... and a tag the copy cut off before it closed: '... took the calculated risk of
        # <a href="https://www.thenationa'.
        text = _CUT_TAG.sub("", text)
    # ... and quotation marks escaped as in a program's string ('\\"These statistics show
    # ...,\\" May said'): each closing quotation ended its sentence nowhere.
    if '\\"' in text:
        text = text.replace('\\"', '"').replace("\\'", "'")
    # ... and a link's icon named by its alternative text glued to the linked word ("the
    # defeat in Indiainfo-icon."): the word stays, the icon goes.
    if "info-icon" in text:
        text = re.sub(r"(?<=[^\W_])info-icon\b", "", text)
    # ... and a box set as a table of one column ("Racing correspondent's verdict: |" /
    # "---|" / "\"Of course ...\" |"): its rule goes, its cells are paragraphs.
    if _TABLE_RULE.search(text):
        text = _TABLE_RULE.sub("", text)
        text = _CELL_END.sub("", text)
    # ... and a bar a page left after a paragraph's last sentence: "... work through the
    # backlog. |".
    if " |" in text:
        text = _BAR_AFTER.sub("", text)
    # ... and two sentences the page ran together lose no word to each other: "... a living
    # artist.The winning bid ..." (a credit glued so, "Sunday.Jack Tomczuk", is shorter).
    # A caption given twice so ("Ann Lee speaking.Ann Lee speaking.") stays glued, and leaves.
    text = "\n".join(_parted(line) for line in text.split("\n"))
    # ... and a list whose points lost their items' lines ("-" / "Peter To Rot, lay
    # catechist" / "-" / ...): each point goes with the item under it.
    if len(_LONE_POINT.findall(text)) >= 2:
        text = _LONE_POINT.sub(r"\1 ", text)
    # ... and a caption run into the lede before its dateline, closed by its picture's
    # credit: "... in Landover, Md. (AP Photo/Jo Bloggs)(AP/Jo Bloggs) LANDOVER, Md. (AP) —
    # ...": the dateline opens a line of its own, and the caption is left to go.
    if "Photo" in text:
        text = _CREDIT_BEFORE_DATELINE.sub("\\1\n", text)
    # ... and so do the marks of bold type a page copied as Markdown leaves: "**Accra:**".
    if "**" in text:
        text = _BOLD.sub(r"\1", text)
    for number, block in enumerate(re.split(r"\n\s*\n", text)):
        # A picture's label alone, set apart by a run of spaces, is no word of the line:
        # "Image    Some 432 babies have developed kidney stones ...".
        lines = [
            # ... nor is a quotation's mark copied from Markdown: "> He said that ...".
            re.sub(r"\s+", " ", _PICTURE_LABEL.sub("", line.removeprefix("> "))).strip()
            for line in _GLUED_CROSSHEAD.sub("\n\\1\n", block).split("\n")
        ]
        for line in _unwrapped(list(filter(None, lines))):
            last = units[-1] if units else ""
            wrapped = bool(last) and not SENTENCE_END.search(last) and line[0].islower()
            # ... but a label of one word set apart ("new" under a headline) goes on nothing.
            wrapped = wrapped and not (line in _LABELS and line == lines[0])
            # ... nor do a page's tags, a few words opening a block ("children bucks"
            # over the caption under the headline), unless the line above stops on a word no
            # sentence ends on: "... and a ballot of" / "senior doctors" (a link set apart).
            wrapped = wrapped and not (
                line == lines[0] and _TAGS.match(line) and not _BROKEN.search(last)
            )
            # ... nor on a headline under its label: "Transcript for Teachers in Los Angeles
            # strike ..." / "the massive teacher strike under way ..." (a transcript's start).
            wrapped = wrapped and not HEADLINE_LABEL.match(split_stamp(last)[1])
            # ... nor does a lede opened by its agency's credit in small letters: "Ferry crews"
            # / "dpa/GNA – The ferry crews ended their strike ...".
            wrapped = wrapped and not _AGENCY_LEDE.match(line)
            # "... a collapsed building in the" / "Bangladesh capital Dhaka and ...": a
            # sentence the page broke after a word no sentence ends on goes on.
            # ... however short, where a link set apart was joined back: "Hewlett-Packard
            # (HPQ) - Get Report and" / "Electronic Data Systems".
            broken = bool(_BROKEN.search(last)) and (len(last.split()) >= BROKEN_WORDS or linked)
            # ... and on a verb that wants its object, however short: "His other popular
            # works include" / "Never Let Me Go, which was named ...".
            broken = broken or (bool(_WANTS_OBJECT.search(last)) and len(last.split()) >= 3)
            # ... and, in a paragraph of whole sentences, on a small word before a figure the
            # page set apart, as a print edition's columns break: "... in cells. Such efforts
            # routinely can take" / "90 minutes for one dorm, he said."
            broken = broken or (
                line[0].isdigit() and last[-1:].islower() and bool(SENTENCE_BREAK.search(last))
            )
            # ... but a prompt cut off where the page hid the rest ("Sign up to the ... Thanks
            # for signing up to the") goes on in no paragraph.
            broken = broken and not is_cruft(last) and not is_cruft(line)
            wrapped = (wrapped or broken) and not STAMP.match(line)  # "date 2026-06-02 ..."
            wrapped = wrapped and not GLUED_ALT.match(line)  # so does "boltBERLIN - ..."
            wrapped = wrapped and not IMAGE_FILE.match(line)  # and "cars.jpgPolice ..."
            wrapped = wrapped and not LINK_ALONE.match(line)  # and a picture's link alone
            # ... and its credit, its photographer's handle in small letters: "jo_bloggs /
            # iStock".
            wrapped = wrapped and not (len(line.split()) <= 4 and CREDIT.match(line))
            # "... except for Campbell Soup" / "(CPB) - Get Report" / ".": what a link set
            # apart leaves of the sentence goes on with it.
            rest = bool(last) and not SENTENCE_END.search(last)
            rest = rest and bool(_LEFT_OF_LINK.match(line) or _TICKER.match(line))
            # A bracket alone is an agency's credit ("(AP)"), unless it follows a name in a
            # sentence being joined back: "... and Electronic Data Systems" / "(EDS)".
            rest = rest and (linked or not is_cruft(line.lstrip(".,;:) ") or "."))
            if rest and _LEFT_OF_LINK.match(line):
                units[-1] += line
            elif (wrapped or rest) and not units[-1].endswith(":"):
                units[-1] += " " + line
                linked = linked or rest
            else:
                units.append(line)
                blocks.append(number)
                linked = False
    return units, blocks


_LABELS = frozenset(
    "new live updated exclusive breaking watch video opinion analysis premium".split()
)
# (not an outlet named for its address: "News.Az reports", "Lenta.Ru")
_RUN_TOGETHER = re.compile(
    r"(?<=[a-z]{3})\.(?!Read more)" + NOT_AN_ADDRESS + r"(?=[A-Z][a-z]+(?: [^\s]+){4})"
)
_TABLE_RULE = re.compile(r"(?m)^-{3,}\|[ \t]*\n?")
_CELL_END = re.compile(r"(?m)[ \t]+\|[ \t]*$")
_TAGS = re.compile(
    r"^(?!(?:and|or|but|the|an?|of|in|on|at|to|for|with|by|from|that|as)\b)[a-z]+(?: [a-z]+){1,2}$"
    # ... or a list of them, set apart by commas: "fly-tipping, illegal waste dumping".
    r"|^(?=(?:\S+ ){0,5}\S+$)[a-z][a-z-]*(?: [a-z][a-z-]*)*(?:, [a-z][a-z-]*(?: [a-z][a-z-]*)*)+$"
)
_CREDIT_BEFORE_DATELINE = re.compile(
    r"(\((?:AP |AFP |Reuters |EPA )?Photo(?:/| by )[^()\n]{2,60}\)(?:\([^()\n]{2,60}\))?)[ \t]*"
    r"(?=[A-Z][A-Z.]+(?:[ ,]+[A-Z][A-Za-z.]*){0,4} \((?:AP|AFP|Reuters)\) ?[—–-])"
)
_BOLD = re.compile(r"\*\*([^*\n]{1,200})\*\*")
LINK_ALONE = re.compile(r"(https?://|www\.)\S+$")
WRAPPED_LINES = 4  # a block hard-wrapped at a fixed width has at least this many lines
WRAP_WIDTH = 100  # ... none longer
NARROWEST_WRAP = 40  # ... and the longest this long: shorter lines are a menu's
FULL_LINE = 0.6  # ... and a line this share of the widest ran on to the next one


def _unwrapped(lines: list[str]) -> list[str]:
    """A block of text hard-wrapped at a fixed width, as wires and mail set it, joined
    back into its paragraphs: "... An Asiana Airlines Boeing" / "777 with 307 people on
    board crashed ..." / "... which juts out into San Francisco" / "Bay, as it came in".

    A line that runs to about the block's width and ends on no sentence's end goes on
    in the next, whatever that one opens with; a short line (a byline, a heading) or
    one that ends a sentence ends its paragraph.
    """
    width = max((len(line) for line in lines), default=0)
    if len(lines) < WRAPPED_LINES or not NARROWEST_WRAP <= width <= WRAP_WIDTH:
        return lines
    open_ended = [not SENTENCE_END.search(line) for line in lines[:-1]]
    full = [len(line) >= FULL_LINE * width for line in lines]
    # ... or, in a longer block, the lines a sentence goes on from: a line that ends one may
    # be short ("Wednesday.").
    going_on = [f for f, o in zip(full, open_ended, strict=False) if o]
    wrapped = sum(full) * 3 >= len(lines) * 2 or (
        sum(going_on) >= WRAPPED_LINES and sum(going_on) * 3 >= len(going_on) * 2
    )
    if sum(open_ended) * 2 < len(open_ended) or not wrapped:
        return lines
    joined = [lines[0]]
    for before, line in pairwise(lines):
        # A point of a list opens a line of its own, and so does what a colon leads in to.
        point = BULLET.match(line) or before.endswith(":")
        # ... and so does one inside brackets the line opened: "(Adds comments from ..., Gov."
        # / "Gavin Newsom's office, ...)".
        opened = joined[-1].count("(") > joined[-1].count(")")
        ended = SENTENCE_END.search(before) and not opened
        # ... and a short line broken on a word no sentence ends on goes on too: a wire's
        # first line, set in after its dateline ("WASHINGTON Feb 8 Intel Corp chose the").
        full_line = len(before) >= FULL_LINE * width or bool(_BROKEN.search(before))
        if not ended and full_line and not point:
            joined[-1] += " " + line
        else:
            joined.append(line)
    return joined


def _parted(line: str) -> str:
    """``line`` with the sentences it ran together parted, unless it is one given twice."""
    if "." not in line:
        return line
    # A line given twice opens again with its own first words, up to the stop between:
    # not with its first word alone ("The ferry ... said.The operator ..."), nor with
    # nothing, as a line the page set in by a space would.
    opening = line.lstrip()
    lead = len(line) - len(opening)

    def part(m: re.Match[str]) -> str:
        twice = line.startswith(opening[: min(TWICE_CHARS, m.start() - lead)], m.end())
        return m.group() if twice else ". "

    return _RUN_TOGETHER.sub(part, line)


TWICE_CHARS = 20  # what a line given twice must open with again


def _character(entity: re.Match[str]) -> str:
    """The character an entity stands for; a number no character has stays as written."""
    number = entity[1]
    if number is None:
        return html.unescape(entity[0])
    code = int(number)
    return chr(code) if 32 <= code < 0xD800 or 0xE000 <= code <= 0xFFFD else entity[0]
