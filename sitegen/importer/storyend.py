"""Where the story ends on a page copied as text: before the prompts, links and captions
that follow its last paragraph.

:func:`body_end` finds the first prompt after which little prose follows ("Sign up for our
newsletter", "Related stories"), and keeps a last paragraph the page cut off mid-sentence,
even with a caption between it and the story: a cut-off sentence is still a sentence.
"""

from __future__ import annotations

import re

from .appeals import ADVICE_BOX
from .captions import UNSTOPPED_CAPTION
from .credits import ROLE
from .furniture import KEY_POINTS
from .lineshape import (
    CUT_OFF_WORDS,
    LISTED_WORDS,
    LONG_LEAD_IN_WORDS,
    NAME,
    SENTENCE_BREAK,
    SENTENCE_END,
    is_cruft,
    is_cut_off,
    is_prose,
    is_stop,
    is_unfinished,
    leads_in,
    opens_with_a_sentence,
)
from .links import LINKS_LABEL
from .neighbours import point
from .picturecredits import CAPTION_LABEL

RESERVED = re.compile(rf"\ball rights reserved\b|{ADVICE_BOX}", re.IGNORECASE)
# ... and so does a box of the site's other stories under its label: "The Latest" / "If these
# plans for new stadiums ...".
OTHER_STORIES = re.compile(
    r"^(?:the latest|latest(?: news| stories| headlines)?|top stories|more stories|most read"
    r"|most popular|trending(?: now| stories)?|editor['’]?s picks"
    # ... a section's links or a station's schedule: "More from Sports", "Coming Up on Dubai
    # Eye".
    r"|(?:read )?more from [\w&'’ -]{2,30}|coming up on [\w&'’ .-]{2,30}"
    # ... or another story under its label: "In other news: Woman admits abusing doorman".
    r"|in other news\b[^.!?]{0,100})\W*$",
    re.IGNORECASE,
)
# ... and a label over links to the site's stories on the same subject, which name the story's
# people as often as not: "Related Posts".
RELATED = re.compile(
    r"^(?:related|similar) (?:posts|stories|articles|news)\W*$|^you (?:may|might) also like\W*$",
    re.IGNORECASE,
)
COMMENTS = re.compile(
    r"^(?:(?:reader |readers['’] |member )?comments?(?: \(\d+\)| ?[-–—:] ?\d+)?|\d+ comments?"
    # ... and the box to write one: "LEAVE A REPLY" / "Please enter your comment!".
    r"|leave a (?:reply|comment)"
    # ... and a paper's word on who may comment: "Why are you making commenting on The
    # Herald only available to subscribers?"
    r"|why (?:are|have) (?:you|we) (?:made|making|limit\w*|restrict\w*) comment\w*\b.{0,80}\?)$",
    re.IGNORECASE,
)
COMMENTED_STORY_WORDS = 80  # the story told above readers' comments (or teasers)
TEASER_RUN = 3  # teasers cut short in a row: no story's paragraphs end so
CAPTION_WORDS = 12  # a line this short, not prose, between paragraphs may be a caption
LIST_POINTS = 2  # points of a list under the story's last lead-in
LOST_STOP_WORDS = 30  # a paragraph this long that lost its full stop on a name is prose
UNSTOPPED_FIGURE_WORDS = 20  # ... or on a figure (a caption this long ends on a stop)


def _aside(line: str) -> bool:
    """A line that may stand between the last paragraph and one cut off: a caption."""
    short = len(line.split()) <= CAPTION_WORDS and not is_prose(line) and not _cut_short(line)
    return is_cruft(line) or short


def _unstopped(unit: str) -> bool:
    """A paragraph the page printed without its last full stop ("... more than $150
    million in bribes"): prose all the same.  One that ends on a name ("... I'd rather he
    was in school. Business owner Jo Bloggs") is a quotation's card with its credit."""
    words = unit.split()
    if not words:
        return False  # a line that was a link alone ("(Read more avalanche stories.)")
    if words[-1][:1].isdigit() and len(words) >= UNSTOPPED_FIGURE_WORDS:
        return True  # "... for most routes, since January 2023": a paragraph's length
    if not words[-1][:1].islower():
        # ... unless it is as long as a paragraph: "Hatches were opened ... along with NASA
        # astronaut Frank Rubio".
        return len(unit.split()) >= LOST_STOP_WORDS and is_cut_off(unit)
    if is_unfinished(unit):
        return True
    # A whole sentence, then one the page cut off: "... received 15 years each. The judge
    # also sentenced them to seven yea".
    whole = SENTENCE_BREAK.search(unit)
    words = unit[: whole.start() + 3].split() if whole else []
    return len(words) >= 8 and sum(1 for w in words if w[:1].islower()) >= 3


NAMED_WORDS = 15  # a sentence this long, however many names it gives, is the story's


def _named(unit: str) -> bool:
    """A sentence full of names, whole and long: "Weinstein's blockbusters have included
    Pulp Fiction, Shakespeare in Love, & Chicago while TV titles include ..."."""
    return len(unit.split()) >= NAMED_WORDS and bool(SENTENCE_END.search(unit))


_NAME_WORD = re.compile(r"(?<=\w )[A-Z][a-z]{3,}")


def _names(units: list[str]) -> set[str]:
    """The capitalised words inside ``units``' sentences: the people and places they name."""
    return {m.group() for u in units for m in _NAME_WORD.finditer(u)}


_OPENING_QUOTE = ('"', "“")


def _quote_goes_on(units: list[str], n: int) -> bool:
    """Whether the paragraphs on either side of ``units[n]`` are one quotation: the one above
    opens a quotation it leaves open and the one below opens it again, as quoted paragraphs
    run on ('"Bird keepers should remain alert ...' / "Most Read" / '"We are urgently
    looking ...')."""
    if not 0 < n < len(units) - 1:
        return False
    above, below = units[n - 1].strip(), units[n + 1].strip()
    left_open = above.count('"') % 2 == 1 or above.count("“") > above.count("”")
    return above.startswith(_OPENING_QUOTE) and left_open and below.startswith(_OPENING_QUOTE)


# A note on who wrote the story: "Steven Musil is the night news editor at CNET News."
BIOGRAPHY = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}) is (?:(?:a|an|the) )?[\w ,/-]{0,60}"
    r"\b(?i:editor|reporter|writer|correspondent|journalist|columnist|producer|contributor)\b"
)


# ... or on what they cover, under their role: "Freelance writer Ann B. Lee covers gadgets
# and tech news for the Estuary Times."
BEAT = re.compile(
    r"^(?:[A-Z][a-z]+ (?:[a-z]+ )?(?:writer|reporter|editor|journalist|correspondent) )?"
    r"(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}) (?:covers|writes about|reports on)\b"
)
FIRST_NAME_BIOGRAPHY = re.compile(
    r"^(?P<first>[A-Z][a-z]+) (?:is|was|has been) (?:a|an|the) [\w ,/-]{0,60}"
    r"\b(?i:editor|reporter|writer|correspondent|journalist|columnist|producer|contributor)\b"
)
BOX_LINES = 3  # lines of an author's box under the note on them
ROLE_BOX_WORDS = 8  # an author's name with their role, over their biography


def _same_person(name: str, alone: set[str]) -> bool:
    """Whether ``name`` is one of the names given alone, perhaps with a middle initial:
    "Ann B. Lee" under "Ann Lee"."""
    words = name.split()
    return any((other := a.split())[0] == words[0] and other[-1] == words[-1] for a in alone)


def author_box(units: list[str]) -> set[int]:
    """The lines of an author's box set in the page: their name, role and biography."""
    # An author's name above their role ("Gregory Bruner" / "Editor in Business."), or
    # the name a byline box opens with ("Ann Lee" / "Ann Lee Staff Reporter / ETW").
    named = [n for n, u in enumerate(units) if NAME.match(u)]
    boxes = [u for u in units if is_cruft(u)] if named else []
    authors = {
        n
        for n in named
        if (n + 1 < len(units) and ROLE.match(units[n + 1]))
        or any(box.startswith(units[n] + " ") for box in boxes)
    }
    # ... and the author's biography in the box: "Steven Musil is the night news editor at
    # CNET News. He's been hooked on tech since ...", under "Steven Musil" given alone.
    alone = {units[n] for n in named if 2 <= len(units[n].split()) <= 3}
    authors |= {
        n
        for n, u in enumerate(units)
        if (BIOGRAPHY.match(u) and any(u.startswith(name + " is ") for name in alone))
        or ((beat := BEAT.match(u)) and _same_person(beat["name"], alone))
    }
    # ... or by first name, in the past, with the points of the box under it: "Carrie was a
    # managing editor at CNET ..." / "Expertise Breaking News" / "• Carrie has lived on both
    # coasts ...", under "Carrie Mihalcik Former Managing Editor / News".
    firsts = {name.split()[0] for name in alone}
    for n, u in enumerate(units):
        if (bio := FIRST_NAME_BIOGRAPHY.match(u)) and bio["first"] in firsts:
            authors.add(n)
            for m in range(n + 1, min(len(units), n + 1 + BOX_LINES)):
                point = units[m].lstrip("•·-* ")
                if point.startswith(bio["first"] + " ") or units[m].startswith("Expertise "):
                    authors.add(m)
    # ... and its heading, the name with the author's role ("Steven Musil Night Editor /
    # News"), and the name alone.
    told = {name for name in alone for n in authors if units[n].startswith(name + " is ")}
    authors |= {
        n
        for n, u in enumerate(units)
        if u in told
        or (
            any(u.startswith(name + " ") for name in told)
            and len(u.split()) <= ROLE_BOX_WORDS
            and not SENTENCE_END.search(u)
        )
    }
    return authors


def above_author_note(units: list[str], end: int, author: str) -> int:
    """Where the story ends above the note on its author, named in the byline: "Christine
    Dobby is a Toronto-based business reporter for the Star." under "By Christine
    DobbyBusiness Reporter" (the story's subject may be a reporter too, but does not sign it),
    or under the author's name in a box of its own."""
    while (
        end > 1
        and (bio := BIOGRAPHY.match(units[end - 1]))
        and re.search(rf"\b{re.escape(bio.group('name'))}", author)
    ):
        end -= 1
    # ... or in the author's box under the story, the name over the note: "David Casey" /
    # "David Casey is Editor in Chief of Routes, ...".
    if end > 2 and (bio := BIOGRAPHY.match(units[end - 1])) and units[end - 2] == bio["name"]:
        end -= 2
    return end


BARE_LABELS = 2  # widgets' labels in a row, their links lost with the page
STORY_WORDS = 20  # ... over a paragraph this long: the story goes on


def _bare_labels(units: list[str], n: int) -> bool:
    """Whether the label ``units[n]`` stands in a run of widgets' labels whose links the page
    lost, over the rest of the story: "You may also like" / "Read more from Crime" / "At the
    start of the hearing, the prosecution confirmed ..."."""

    def label(m: int) -> bool:
        return bool(RELATED.match(units[m]) or OTHER_STORIES.match(units[m]))

    first = last = n
    while first > 0 and label(first - 1):
        first -= 1
    while last + 1 < len(units) and label(last + 1):
        last += 1
    after = units[last + 1] if last + 1 < len(units) else ""
    return last - first + 1 >= BARE_LABELS and is_prose(after) and len(after.split()) >= STORY_WORDS


def _links_below(units: list[str], n: int, prose_words: list[int]) -> bool:
    """Whether the label ``units[n]`` heads links, not the rest of the story: a headline
    comes next (a point, or a line with no full stop), and less prose than above it."""
    after = units[n + 1] if n + 1 < len(units) else ""
    headline = point(after) or not SENTENCE_END.search(after)
    return headline and sum(prose_words[n + 1 :]) < sum(prose_words[:n])


POINT_WORDS = (4, 30)  # a point set without its bullet, shortest and longest


def _plain_point(unit: str) -> bool:
    """A point of a list whose bullet the page lost: a clause of a few words, opened by a
    capital and set without a full stop ("Excessive debt collection fees will be banned")."""
    low, high = POINT_WORDS
    return (
        low <= len(unit.split()) <= high
        and unit[:1].isupper()
        and not SENTENCE_END.search(unit)
        and not unit.endswith(":")
    )


def body_end(units: list[str]) -> int:
    """Where the article stops: the first prompt after which little prose follows."""
    prose_words = [
        len(u.split())
        if (is_prose(u) or leads_in(u, LONG_LEAD_IN_WORDS) or _unstopped(u) or _named(u))
        and not is_cruft(u)
        else 0
        for u in units
    ]
    last = max((n for n, w in enumerate(prose_words) if w), default=-1)
    # Readers' comments under their heading ("Comments - 85", "85 comments") close the story,
    # however long they run, and the prompts under them ("Log in here to leave a comment.")
    # close nothing before them; over the story, by its byline, the heading is a link to them.
    commented = next(
        (
            n
            for n, unit in enumerate(units)
            if COMMENTS.match(unit.strip()) and sum(prose_words[:n]) >= COMMENTED_STORY_WORDS
        ),
        len(units),
    )
    # ... and so does a run of teasers cut short, the site's other stories under the last
    # paragraph: "Ann Lee speaks at an event in Northgate. — AFP/FileNORTHGATE: Ann..." /
    # "Jo Bloggs delivers his speech to the council, Monday, Jan. 6,...".
    teasers = next(
        (
            n
            for n in range(1, len(units) - TEASER_RUN + 1)
            if all(u.endswith(("...", "…")) for u in units[n : n + TEASER_RUN])
            and not units[n - 1].endswith(("...", "…"))
            and sum(prose_words[:n]) >= COMMENTED_STORY_WORDS
        ),
        None,
    )
    if teasers is not None:
        commented = min(commented, teasers)
    for n, unit in enumerate(units[:commented]):
        if not is_stop(unit):
            continue
        before, after = sum(prose_words[:n]), sum(prose_words[n + 1 :])
        if after < max(30, 0.15 * before):
            return n
        # A copyright notice closes the copy: what follows, shorter than the story, is the
        # page's own (other stories' headlines and teasers); so does an advice box's heading.
        if RESERVED.search(unit) and after < before:
            return n
    if commented < len(units):
        return commented
    for n, unit in enumerate(units):
        if (
            (
                (
                    n
                    and OTHER_STORIES.match(unit)
                    and sum(prose_words[n + 1 :]) < sum(prose_words[:n])
                    # ... about other things: the story's own paragraphs under a widget's label
                    # ("Most Read" / "Abe, who will turn 66 next month, ...") name its people.
                    and not _names(units[n + 1 :]) & _names(units[:n])
                    and not _quote_goes_on(units, n)
                )
                or (n and RELATED.match(unit) and _links_below(units, n, prose_words))
            )
            and not _bare_labels(units, n)
        ):
            return n
    tail = last + 1
    # ... and a list the story leads in to, whose points the last paragraph is one of, goes on
    # to its last point, whether the points end on full stops or not ("According to the fire
    # department:" / ... / "- HFD responded ... at about 9:30 p.m." / "- Saturday's
    # festivities were canceled").
    first = tail - 1
    while first > 0 and point(units[first - 1]):
        first -= 1
    if 0 < first < tail < len(units) and point(units[first]) and units[first - 1].endswith(":"):
        while tail < len(units) and point(units[tail]) and not is_cruft(units[tail]):
            tail += 1
    # A box of key points under the story ("Key points:" / "* £7bn in welfare cuts" ...) goes
    # with it: the points it never tells are the story's (see neighbours.untold_point).
    if tail < len(units) and KEY_POINTS.match(units[tail]):
        boxed = tail + 1
        while boxed < len(units) and (point(units[boxed]) or _plain_point(units[boxed])):
            boxed += 1
        if boxed - tail > LIST_POINTS:
            return boxed
    # The points of a list the story leads in to ("They were:" / "Arctic Monkeys – AM" /
    # "Foals – Holy Fire" ...) are its last lines.
    if 0 < tail < len(units) and units[tail - 1].rstrip().endswith(":"):
        # ... their bullets perhaps lost with the page, under a long lead-in: "... will bring
        # parking firms into line with councils, meaning that:" / "Excessive debt collection
        # fees will be banned" / "Firms will have to give a 10-minute grace period".
        plain = leads_in(units[tail - 1], LONG_LEAD_IN_WORDS)
        points = tail
        while (
            points < len(units)
            and (point(units[points]) or (plain and _plain_point(units[points])))
            and not is_cruft(units[points])
        ):
            points += 1
        if points - tail >= LIST_POINTS:
            return points
    # A point under a lead-in ("There are three ways:"), cut off after a short sentence.
    if (
        0 < tail < len(units)
        and units[tail - 1].rstrip().endswith(":")
        and opens_with_a_sentence(units[tail], LISTED_WORDS)
        and (tail + 1 == len(units) or is_cruft(units[tail + 1]))
    ):
        return tail + 1
    # A line cut off mid-sentence right after the last paragraph (a caption may stand
    # between) ends the article, unless more lines of its shape follow: then it heads a
    # list of headlines.
    # (a caption under its label however long: "Image caption," / "A marquee has been set up
    # as police continue their search near Great Chart, Kent")
    cut = tail
    while (
        cut < len(units)
        and not is_stop(units[cut])
        and (_aside(units[cut]) or (cut > tail and CAPTION_LABEL.match(units[cut - 1])))
        # ... the page's last line no caption when it stops short ("Isis claimed the
        # responsibility for the").
        and not (cut + 1 == len(units) and _cut_short(units[cut], last=True))
    ):
        cut += 1
    # ... a caption set without a full stop too, however long, when the cut line follows it:
    # "Tier and Lime scooters are parked in Paris shortly before the vote" / "Despite this, in
    # 2022 police reported more than 400 accident".
    if (
        cut + 1 < len(units)
        and UNSTOPPED_CAPTION.search(units[cut])
        and (is_cut_off(units[cut + 1]) or opens_with_a_sentence(units[cut + 1]))
    ):
        cut += 1
    alone = cut + 1 >= len(units) or is_cruft(units[cut + 1])
    # ... but a headline under a label for other stories ("Now read:") is a link.
    linked = any(LINKS_LABEL.match(units[n]) for n in range(tail, cut))
    if cut < len(units) and alone and not linked and _cut_short(units[cut], last=True):
        return cut + 1
    return tail


def _cut_short(line: str, *, last: bool = False) -> bool:
    """Whether ``line`` is prose the page cut off: mid-sentence, after a whole sentence or
    clause, or inside a quotation after its speaker (``last``: the line ends the page)."""
    return (
        is_cut_off(line, last=last)
        or opens_with_a_sentence(line)
        or _clause_then_cut(line)
        or bool(QUOTATION_CUT.match(line))
        or (last and len(line.split()) >= CUT_OFF_WORDS and bool(REPORT_CUT.match(line)))
    )


# Who said what, cut off on a small word at the end of the page, however many names it
# gives: "State Rep. Ann Lee, D-Northgate, said the chief told her on Tuesday that the".
REPORT_CUT = re.compile(
    r"^(?:[A-Z][\w.'’-]*,?\s+){1,8}(?:said|says|told|added|wrote)\s+"
    r"(?:[^.!?“”\"]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.){10,200}"
    r"\s(?:the|a|an|that|to|of|in|on|and|for|with|was|had|would|it|he|she|they)$"
)


CLAUSE_WORDS = 5  # a whole clause the page cut off after its comma is this long at least


def _clause_then_cut(line: str) -> bool:
    """Whether ``line`` is a whole clause the page cut off after its comma: "The Lords
    comprises around 800 members," says what it says, however the sentence went on.  A
    quotation cut there ('"It's going to be kind of interesting,') or what someone said
    ("She said that former colonial power Britain,") has yet to say it."""
    clause = line.rstrip()
    return (
        clause.endswith(",")
        and len(clause.split()) >= CLAUSE_WORDS
        and clause[:1] not in "\"“‘'"
        and not _SAYING.search(clause)
        and is_prose(clause[:-1] + ".")
        and not is_cruft(clause)
    )


# Who spoke, and their words the page cut off: "Olympic rower Jo Bloggs added: “I’m
# incredibly proud, incredibly excit", "She added: “It’s inhumane. No f".
QUOTATION_CUT = re.compile(
    r"^[^.!?“”\"]{2,150}\b(?:said|says|added|adds|told|tells|wrote|writes|continued)\b"
    r"[^.!?“”\"]{0,40}:\s*[“\"]\S"
)
_SAYING = re.compile(r"\b(?:said|says|told|tells|added|adds|warned|according)\b", re.IGNORECASE)
