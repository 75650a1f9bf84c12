"""Keep the article in plain text copied out of a page, an aggregator or an app.

Plain text has no markup to go by, so :func:`clean` reads the shape of each line
(:mod:`.lineshape`, with the patterns of :mod:`.furniture` and its themed modules) and of
the page around it, once :mod:`.paragraphs` has joined the lines the page broke:

- Prose is lines that end like sentences and read like them; the article
  body is the run of prose from its first real paragraph to its last.  A
  last paragraph cut off mid-sentence (pasted and scraped pages often stop
  short) is still prose when it reads like it.
- Cruft is recognised by what it is, not by a list of one site's lines:
  prompts (sign up, subscribe, download the app, comment), cross-links (READ
  MORE:, Related stories, a lone "Continue reading", a kicker in capitals),
  photo captions and credits ("(Picture: AP)", "... Photo: AP"), wire credits
  ("(Reuters)", "Reporting by ...; Editing by ..."), date stamps, share and
  copyright lines, a science story's references (DOI, "Citation:").  A prompt
  after which little prose follows ends the article: what comes after it is
  the page's furniture.
- Furniture glued to prose is cut off and the prose kept (:mod:`.glued`): a
  wire credit at the end of a paragraph, a date stamp at the start of the first one.  A
  paragraph given twice (a standfirst retold by the lede, a pull quote, the
  headline again) is kept once (:mod:`sitegen.importer.doubles`), and an embedded
  post's text leaves with its signature.
- Before the body, the headline (the first line shaped like one), the byline
  ("By ..." or a lone name) and the outlet (a name repeated in the header)
  are taken as metadata and dropped from the text.  Lines set apart by line
  breaks only above a story set in paragraphs are its header when the story
  opens with a dateline below them; a standfirst that repeats the lede gives
  way to it.
- Inside the body, a short line that does not end like a sentence, or a short
  question on its own, is a subheading and becomes a Markdown heading; a run
  of three or more such lines is a list of links and is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..engine.words import normalize
from . import neighbours
from .captions import (
    UNSTOPPED_CAPTION,
    caption_line,
)
from .credits import HASHTAG, POST_SIGNATURE, POST_SIGNED
from .datelines import CAPITALS_DATELINE, OPENING_DATELINE
from .doubles import (
    doubled_captions,
    pulled_quote,
    tells_what_was,
    title_case,
    without_repeats,
)
from .furniture import BULLET, KEY_POINTS
from .glued import (
    glue_datelines,
    strip_glued,
    strip_inline_links,
    strip_trailing_wire_note,
    strip_wire_credit,
    strip_wire_note,
)
from .headers import AWARD_SLOGAN, header_metadata
from .lineshape import (
    LIST_ITEM,
    LISTED_WORDS,
    LONG_LEAD_IN_WORDS,
    PRICE,
    SENTENCE_BREAK,
    SENTENCE_END,
    escape,
    is_attributed,
    is_cruft,
    is_cut_off,
    is_date_stamp,
    is_prose,
    is_question_heading,
    is_stamp,
    leads_in,
    leads_in_as_sentence,
    opens_with_a_sentence,
    says_quoting,
    split_stamp,
    stamp_date,
)
from .links import LINKS_LABEL
from .paragraphs import page_lines
from .picturecredits import CAPTION_LABEL, CREDIT, gallery_lines, slide_captions
from .storyend import above_author_note, author_box, body_end
from .storystart import (
    SIGNED,
    dateline_start,
    header_block,
    opens,
    past_standfirst,
    past_teasers,
    short_lede,
    split_headline,
    under_headline_again,
    without_update_label,
)

STORY_PARAGRAPH_WORDS = 25  # a paragraph this long between two copies is the story's
GALLERY_COUNT = re.compile(r"^\d{1,3}\s?/\s?\d{1,3}$")
GALLERY_CAPTION_WORDS = 60  # a picture's caption in a gallery above the story
BYLINE_BAR = re.compile(r"^by\s+[A-Z][\w .,'’&-]{2,100}?\s*\|\s+(?=[A-Z\"“])", re.IGNORECASE)
# ... or glued to the lede with no space: "By Winnie OnyandoJust moments after ...".
# (Not "By Ann LeeFerry Reporter": a role glued to the name is the byline's.)
GLUED_BYLINE = re.compile(r"^By (?:[A-Z][a-z'’-]+ ){1,3}[A-Z][a-z'’-]*[a-z](?=[A-Z][a-z].{60})")
# A lede opened by the agency whose copy it is, with no place before: "(TNS) - Hurricane ...".
_CREDITED_LEDE = re.compile(r"^\([A-Z][A-Za-z.&]{1,15}\)\s*(?:[—–]|-{1,2})\s+(?=[A-Z0-9\"“])")
TICKER_WORDS = 4  # a share's or an index's name over its price in a ticker box ("CAC 40")
SUMMARY_POINTS = 2  # points above the story that make a summary, not a list of its own
SUMMARY_POINT_WORDS = 8  # a summary's point set over the story's header says this much at least
BOX_POINTS = 3  # sentences under a summary's label ("In short:") that are its points
POST_CHARS = 300  # an embedded post's text is never longer
RUN_ON_WORDS = 80  # a line a page ran its story into, with its furniture, is this long
RUN_ON_BREAKS = 2  # ... and breaks between sentences this often at least
# A picture's labels as a broadcaster sets them: "Image source, Getty Images", "Image
# caption, ", "Media caption, ".
_PICTURE_LABELS = re.compile(
    r"^Image source, .{1,60}?(?=Image caption, )|(?:Image|Media) caption, "
)


@dataclass(frozen=True)
class Cleaned:
    """What :func:`clean` keeps (a Markdown body and the header's metadata) and drops."""

    body: str
    title: str | None
    source: str | None
    author: str | None
    dropped: tuple[str, ...]
    # The day the page's own date stamp gives, above the story or glued to its start.
    published: str | None = None


_BARE_LABEL = re.compile(r"^(?:image|photo|picture)s?\s*:$", re.IGNORECASE)


def _under_bare_label(units: list[str], n: int) -> bool:
    """Whether the credit ``units[n]`` is a picture's label alone with its caption under it,
    the line above it a sentence of the story (not a caption run on: "... in 2008 (")."""
    return bool(_BARE_LABEL.match(units[n])) and (n == 0 or bool(SENTENCE_END.search(units[n - 1])))


def clean(text: str) -> Cleaned:
    """Keep the article in text copied from a page, app or aggregator; drop the rest."""
    dropped: list[str] = []
    lines, blocks = page_lines(text)
    described = sorted(neighbours.described(lines, blocks))
    for n in reversed(described):
        dropped.append(lines.pop(n))
        blocks.pop(n)
    # ... and where each picture they described now stands.
    pictured = {n - k for k, n in enumerate(described)}
    header_lines = header_block(lines, blocks)
    lines[header_lines:] = glue_datelines(lines[header_lines:])
    units = [strip_inline_links(strip_glued(u, dropped), dropped) for u in lines]
    if not header_lines:
        units[:1] = split_headline(units)
    credits = {n for n, u in enumerate(units) if CREDIT.match(u)}
    # ... and so is a sentence above a labelled credit ("... on Jan. 12, 2006." / "Photo:
    # Reuters"): a paragraph is never credited to a photographer.
    # (a caption under its label is no credit: "Image: Jo Bloggs at the quay in 2006." leaves
    # the story's sentence above it: "The charges carry a sentence of up to 20 years.")
    placed = blocks if len(blocks) == len(units) else [blocks[0], *blocks]
    captions = {
        n - 1
        for n in credits
        if n
        and (not is_prose(units[n - 1]) or neighbours.captioned(units[n - 1], units[n]))
        and not (neighbours.labelled_caption(units[n]) and SENTENCE_END.search(units[n - 1]))
        # ... unless it closes a run of the story's paragraphs set line after line, the credit
        # set apart below it: "... on July 18th for an initial filing hearing." / "Pell, for
        # the time being, remains in the Vatican." / "" / "Photo: Franco Origilia/Getty."
        and not neighbours.closes_story_block(units, placed, n - 1)
        # ... nor a sentence over a label alone, whose caption is the line under it ("Image:" /
        # "The chancellor intervened to stop the closure").
        and not _under_bare_label(units, n)
    }
    captions |= {n + 1 for n in credits if n + 1 < len(units) and _under_bare_label(units, n)}
    # A picture credited above the article ("Brendan McDermid | Reuters") has its caption
    # on the line after: a short one, before any paragraph.
    first = next((n for n, u in enumerate(units) if is_prose(u) and len(u.split()) > 20), None)
    captions |= {
        n + 1
        for n in credits
        if n + 1 < len(units)
        and (first is None or n < first)
        and n + 1 != first
        and len(units[n + 1].split()) <= 20
        and (n == 0 or n - 1 not in captions)
        # ... but one that says who said it is the story's lede: "Bill Gates on Monday said he
        # and wife Melinda are splitting up.", and so is one opened by its dateline:
        # "WASHINGTON – Iranian naval forces shot at, boarded and confiscated a ...", or one
        # that tells what will be: "Ticket offices will not be shut, in a U-turn."
        and not neighbours.REPORTS.search(units[n + 1])
        and not tells_what_was(units[n + 1])
        and not (OPENING_DATELINE.match(units[n + 1]) or CAPITALS_DATELINE.match(units[n + 1]))
    }
    # A credit that closes a short block of its own credits every line of it: a caption set
    # over lines ("... on Friday 29 July 2022." / "Birmingham 2022 Commonwealth Games." /
    # "Mandatory credit: Ann Lee / www.photosport.nz").
    captions |= {m for n in credits for m in neighbours.credited_block(units, placed, n)}
    # ... and a caption under its label, the label with it, and the picture's alternative
    # text set right above the label ("Father and son sitting on a train." / "Image caption,"
    # / "Ann Lee and her son caught the first train").
    for n in (n for n, u in enumerate(units) if CAPTION_LABEL.match(u)):
        captions |= {n, n + 1}
        if n and n < len(placed) and placed[n - 1] == placed[n]:
            captions.add(n - 1)
    doubled = doubled_captions(units, pictured, placed, first)
    # A ticker box: a share's or an index's name over its price ("CAC 40" / "7,502.77").
    captions |= {
        n
        for n in range(len(units) - 1)
        if PRICE.match(units[n + 1])
        and len(units[n].split()) <= TICKER_WORDS
        and not SENTENCE_END.search(units[n])
    }
    captions |= gallery_lines(units, placed) | slide_captions(units, credits)
    # A caption given twice in a row, its picture's alternative text and the caption, leaves
    # whole.
    captions |= {
        n - 1 for n in captions | doubled if 0 < n < len(units) and units[n - 1] == units[n]
    }
    # A gallery's pictures, each credited as a point above its caption: "• Joshua Lott / AFP"
    # / "Jo McGee, left, embraces neighbor June Simson, ...".
    gallery = {n + 1 for n in credits if units[n][:1] in "•·" and n + 1 < len(units)}
    top = 0  # ... set above the story: nothing else stands before them but the page's own
    while top < len(units) and (
        top in credits or top in gallery or is_cruft(units[top]) or not is_prose(units[top])
    ):
        top += 1
    captions |= {n for n in gallery if n < top and len(units[n].split()) <= GALLERY_CAPTION_WORDS}
    # The points of a summary above the story, two or more, with no label over them: "-
    # Police arrested a suspect in the killings." / "- The deaths went unsolved for weeks."
    story = next(
        (
            n
            for n, u in enumerate(units)
            if not BULLET.match(u) and is_prose(u) and len(u.split()) > 20
        ),
        None,
    )
    summary = {n for n in range(story or 0) if BULLET.match(units[n])}
    if len(summary) >= SUMMARY_POINTS:
        # ... that the story tells again: a point it does not ("• Schools are cancelled in
        # much of the Montreal area.") is news of its own.
        captions |= {
            n for n in summary if story is None or neighbours.retold(units[n], units[story:])
        }
    authors = author_box(units)
    # A standfirst signed at its end, above the story: "Jacinda Ardern's resignation has
    # stunned the world, but ..., Marc Daalder reports".
    signed_above = {
        n: m.group("name") or m.group("capitals").title()
        for n, u in enumerate(units[: (first or 0) + 1])
        if (m := SIGNED.match(u))
    }
    skip = credits | captions | authors | set(signed_above) | doubled
    stamps: list[str] = []  # glued to a line above the story or to its start
    start = None
    for n, unit in enumerate(units):
        if n < header_lines:
            continue
        # Stamps are glued to the header or the lede, never to later paragraphs.
        # A stamp with the byline after it ("February 13, 2001|By Tim Jones, Tribune Staff
        # Writers.") is the page's line over the story, and leaves whole.
        stamp, rest = split_stamp(unit)
        if stamp and rest and not is_stamp(unit):
            dropped.append(stamp)
            stamps.append(stamp)
            # ... and what the stamp hid: "date 2024-09-22 (MENAFN- Kuwait News Agency
            # (KUNA)) NEW DELHI ...".
            units[n] = unit = strip_glued(rest, dropped)
        # ... and so are bylines set off by a bar: "BY ALINE REYNOLDS AND JOHN BAYLES | This time".
        if signed := BYLINE_BAR.match(unit) or GLUED_BYLINE.match(unit):
            dropped.append(signed.group().strip(" |"))
            units[n] = unit = unit[signed.end() :]
        # Above the body a short line ending in "(AP)" is a photo caption, not a paragraph.
        if len(unit.split()) > 14:
            units[n] = unit = strip_wire_credit(unit, dropped)
        # A wire caption (someone doing something, now, on a day with its year) opens no story.
        if n not in skip and opens(unit) and not caption_line(unit):
            start = n
            break
    if start is None:
        return Cleaned(_run_on(units), None, None, None, tuple(units))
    start = short_lede(units, dateline_start(units, past_teasers(units, start, skip), skip), skip)
    start = past_standfirst(units, under_headline_again(units, start), skip)
    header = [u for n, u in enumerate(units[:start]) if n not in skip]
    meta = header_metadata(header, units[start])
    if meta["title"] is None:
        # ... or, with none, a line given twice in a row, which left as a caption given twice
        # would: a headline given again under its byline.
        twice = [units[n] for n in range(start - 1) if n in skip and units[n] == units[n + 1]]
        meta["title"] = header_metadata(twice, units[start])["title"]
    if meta["author"] is None and signed_above:
        meta["author"] = next(iter(signed_above.values()))
    # The first date the page gives above the story is the day it was published (a later
    # "Updated ..." line gives the day of an update).
    above = [split_stamp(u)[0] or (u if is_date_stamp(u) else "") for u in header]
    # ... but the day a site prints over its slogan is the day the page was read: "Thu 25
    # Apr 2024" / "2024 newspaper of the year".
    if len(header) > 1 and AWARD_SLOGAN.match(header[1]):
        above[0] = ""
    published = next((d for s in (*above, *stamps) if s and (d := stamp_date(s))), None)
    # The points of a summary over the story that the story never tells again are news of
    # their own ("• If conditions worsen, utilities will determine how to rotate the
    # outages."): they go under the lede.
    units[:start] = [
        strip_trailing_wire_note(u, dropped) if BULLET.match(u) else u for u in units[:start]
    ]
    summarised = [
        escape(u)
        for n, u in enumerate(units[:start])
        if n not in skip
        and BULLET.match(u)
        # ... its stop perhaps left out, as some outlets set their points, when it is long
        and (SENTENCE_END.search(u) or neighbours.unstopped_point(u))
        and not u.endswith(("...", "…"))  # a gallery's captions, cut short: "Stephen..."
        and len(u.split()) >= SUMMARY_POINT_WORDS
        and neighbours.prose_point(u)
        and not is_cruft(u)  # a byline set as a point: "- By Ann Lee ... write for the AP"
        and not neighbours.retold(u, units[start:])
    ]
    dropped += [u for u in units[:start] if escape(u) not in summarised]

    body_units = [strip_wire_credit(u, dropped) for u in units[start:]]
    # A wire's note on what its update changed, before the dateline: "(Adds details on found
    # missing persons) SYDNEY Jan 8 A bushfire ...".
    if body_units:
        body_units[0] = strip_wire_note(body_units[0], dropped)
    without_update_label(body_units, dropped)
    end = above_author_note(body_units, body_end(body_units), meta["author"] or "")
    dropped += body_units[end:]
    skip |= {start + i for i in neighbours.linked_run(body_units[:end])}
    kept: list[str] = []
    given: set[str] = set()  # the paragraphs kept, to keep a paragraph given twice once
    run: list[str] = []
    links = False  # under a label for other stories
    # Under a summary box's label: its lines so far, the label counted (it may close the
    # page's header, above the story's first line).
    points = int(start > 0 and bool(KEY_POINTS.match(units[start - 1])))
    style: str | None = None  # how the box sets its points: as a list, sentences or plain lines
    for n, unit in enumerate(body_units[:end], start):
        # A standfirst that repeats the lede, whole or its first sentence, is there once,
        # and what stood between the two (a subtitle, a caption) was the page's header.
        # The lede is the story's copy: dated ("Lusail: Argentina defeated ...") and whole.
        # A headline set above the standfirst goes with it ("Make Way for the Machines" /
        # "Turns out ... smart." / "/ Source: E!online" / "Turns out ... smart.").
        if (
            kept
            and len(given) <= 2
            and n not in skip
            and any(neighbours.repeats(k, unit) for k in kept)
        ):
            first = next(m for m, k in enumerate(kept) if neighbours.repeats(k, unit))
            if is_cruft(unit):
                # A caption given twice, cut off the first time: "Grief-stricken relatives
                # ... were" / "Grief-stricken relatives ... illegally. PHOTO: REUTERS".
                dropped += [kept.pop(first), unit]
                continue
            # ... or the story's own paragraphs, longer than any header's line: the first
            # copy was a standfirst the page printed again in the story ("His death comes
            # after ..." / "Folk-pop legend Gordon Lightfoot has died aged 84." / "The
            # seminal Canadian artist ... confirmed." / "His death comes after ...").
            between = kept[first + 1 :]
            dated = [
                m
                for m, k in enumerate(between)
                if OPENING_DATELINE.match(k) or _CREDITED_LEDE.match(k)
            ]
            if dated or any(len(k.split()) > STORY_PARAGRAPH_WORDS for k in between):
                # ... unless a dated lede stood between: the first copy was a pull quote
                # above the story ('"We have waited for this day ..."' / "PRISTINA, February
                # 17 (RIA Novosti) - ..." / the quotation again, in its place), or a
                # standfirst above a byline and a lede opened by its agency's credit ("by
                # Ann Lee, Estuary Times" / "(TNS) - ..."): what stood above the lede goes.
                header = kept[first : first + 1 + (dated[0] if dated else 0)]
                dropped += header
                del kept[first : first + len(header)]
                kept.append(escape(unit))
                continue
            dropped += kept + run
            kept, run, given = [escape(unit)], [], {neighbours.undated(unit)}
            continue
        # The points under a label for other stories ("Related links:") are its links, and
        # the points of a summary box ("Key points: ...") are set without full stops or
        # as a list.
        shape = "bullet" if BULLET.match(unit) else "stopped" if SENTENCE_END.search(unit) else ""
        # A box's points are all set alike: the first line set otherwise is the story's.
        boxed = points and shape == (style if style is not None else shape)
        under = shape == "bullet" and (links or boxed)
        # ... or set as lines of their own, without points: one title each, no full stop.
        under = under or (links and neighbours.titled(unit))
        # ... or as teasers cut short: "Bilal Qureshi reacts to recently held ... in Saudi...".
        under = under or (links and unit.endswith(("...", "…")))
        under = under or (boxed and not shape)
        # ... or as a few short sentences, the story's own first paragraph being longer.
        under = under or (
            boxed and points <= BOX_POINTS and len(unit.split()) <= STORY_PARAGRAPH_WORDS
        )
        caption = UNSTOPPED_CAPTION.match(normalize(unit))
        label = KEY_POINTS.match(unit)
        # The headline given again under the date line ("Ferry Strike Ends in Northgate." / "04
        # May 2026" / "Ferry Strike Ends in Northgate."), and an embedded post's text over its
        # signature ("So proud of every crew member ..." / "- Jo Bloggs (@jobloggs) May 4,
        # 2026").
        # ... and another story's headline, a question set in capitals ("Who Won the Bidding
        # Over the Painting?"): a sentence of the story has words in small letters.
        again = title_case(unit) and (unit in header or neighbours.headline(unit))
        # (the line after the body's end too: a post's signature may close the page)
        later = body_units[n - start + 1] if n - start + 1 < len(body_units) else ""
        under_post = normalize(later).strip()
        # ... or the first part of a post its page set apart from the rest: "Safety comes
        # first on #FerryLine." / "Every ferry carries ... #FerryStrike - Ann Lee (@annlee) ...".
        posted = len(unit) <= POST_CHARS and (
            POST_SIGNATURE.match(under_post)
            or (HASHTAG.search(unit) and POST_SIGNED.search(under_post))
        )
        # ... and the title of a box at the story's end whose text the page cut off.
        box = neighbours.BOX_LEAD_IN.match(unit) and n - start >= end - 2
        if (
            n in skip
            or not unit
            or is_cruft(unit)
            or caption
            or neighbours.undated(unit) in given
            or under
            or label
        ):
            again = True
        again = again or bool(box)
        # A gallery's counter ("1/20") under its title: the title is the gallery's too.
        if GALLERY_COUNT.match(unit):
            dropped += run
            run, again = [], True
        if again or posted:
            links = links or bool(LINKS_LABEL.match(unit))
            if points and under and style is None:
                style = shape
            points = points + 1 if points or KEY_POINTS.match(unit) else 0
            # A summary box's point the story never tells ("- A majority of Icelanders are
            # now in favour of dropping the practice, according to a June survey") is news,
            # and in a box under the story however short ("* £2bn extra for social care").
            if (
                shape == "bullet"
                and boxed
                and not links
                and neighbours.untold_point(
                    unit,
                    body_units,
                    short=n - start > 2
                    and all(neighbours.point(u) for u in body_units[n - start : end]),
                )
            ):
                kept.append(escape(unit))
                continue
            dropped.append(unit)
            continue
        links, points, style = False, 0, None
        # A numbered item ("5. Sex trafficking of a minor. Guilty") is a list's, not a heading.
        item = LIST_ITEM.match(unit) and len(unit.split()) >= neighbours.LIST_ITEM_WORDS
        if (
            (
                is_prose(unit)
                # the lede, however short, and one that leads in to a quotation
                or (n == start and (bool(SENTENCE_END.search(unit)) or unit.endswith(":")))
                or len(unit.split()) > 14
                or is_attributed(unit)
                or says_quoting(unit)
                or neighbours.quoted_by(unit)
                # ... a sentence the page broke after its comma: no heading ends in one (a
                # label does: "Media caption,")
                or (unit.endswith(",") and len(unit.split()) >= neighbours.BROKEN_WORDS)
                or item
                # ... its points, under a paragraph that ends in a colon ("The proposals include:").
                # (or under one kept a few paragraphs up: "Of the 30 confirmed cases:" / "21
                # cases were found among children ages 1 to 10" / "8 cases ...")
                or neighbours.listed(
                    run
                    or (kept[-16:] if neighbours.point(unit) or neighbours.led_in(kept) else []),
                    unit,
                )
                # "... sanctions. The proposals include:": a paragraph, not a heading
                or (unit.endswith(":") and SENTENCE_BREAK.search(unit))
                # ... and so is a lead-in worded as a sentence ("As was Michael Gove:"),
                # whatever it led in to (an embedded post the copy lost)
                or leads_in_as_sentence(unit)
                # ... or one that says a list follows: "However, the rise will be limited
                # in the following ways:"; no heading opens on "However," or says "as follows".
                or bool(neighbours.LIST_LEAD_IN.search(unit))
                or leads_in(unit, LONG_LEAD_IN_WORDS)  # "There are three ways doctors can ...:"
            )
            and not is_question_heading(unit)
        ):
            if kept and pulled_quote(kept[-1], run):
                dropped += [kept.pop(), *run]
                run = []
            # The points right above a point kept are its list's, however short: "•
            # More than 30% of children ..." / "• Two adults or four children must be dying
            # of hunger each day ...".
            listed_above = len(run)
            # (not a glossary's: "- brief: lasting for only a short time")
            while (
                BULLET.match(unit)
                and listed_above
                and BULLET.match(run[listed_above - 1])
                and ":" not in run[listed_above - 1]
            ):
                listed_above -= 1
            kept += neighbours.headings(run[:listed_above], dropped, header)
            kept += [escape(u) for u in run[listed_above:]]
            run = []
            kept.append(escape(unit))
            given.add(neighbours.undated(unit))
        else:
            run.append(unit)
    listed = bool(kept) and kept[-1].endswith(":")
    # (under a subheading perhaps, the story's last, the line the page cut off: "- 'Abhorrent'
    # -" / "UN spokesman Jo Bloggs called for the \"immediate release\" of those kidnappe")
    subheaded = len(run) == 2 and _subheading(run[0])
    if (
        (len(run) == 1 or subheaded)
        and not neighbours.BOX_LEAD_IN.match(run[-1])
        and (
            is_cut_off(run[-1], last=end == len(body_units))
            or opens_with_a_sentence(run[-1], LISTED_WORDS if listed else 5)
        )
    ):
        kept.append(escape(run.pop()))
    dropped += run  # short lines after the last paragraph: furniture
    # (under the lede, which opens the story with its dateline as the page's first paragraph)
    kept = without_repeats(kept[:1] + summarised + kept[1:], dropped)
    body = "\n\n".join(kept).strip()
    return Cleaned(
        body + "\n" if body else _run_on(dropped),
        dropped=tuple(d for d in dropped if d),
        published=published,
        **meta,
    )


SUBHEADING_WORDS = 4  # a subheading over a story's last paragraph is this short at most


def _subheading(line: str) -> bool:
    """A short line that may head a story's last paragraph, not a label over links."""
    return (
        len(line.split()) <= SUBHEADING_WORDS
        and not line.rstrip().endswith(":")
        and not LINKS_LABEL.match(line)
        and not is_prose(line)
    )


def _run_on(lines: list[str]) -> str:
    """The story of a page that ran it into one line with its furniture, where nothing else
    was kept: its picture's labels and byline glued to the lede ("Image source, Getty
    ImagesImage caption, ... ByAnn LeeHistory-maker Jo Bloggs soared ..."), its sentences
    going on for long.  Empty for a page that holds no such line."""
    found = [
        escape(_PICTURE_LABELS.sub("", line))
        for line in lines
        if len(line.split()) >= RUN_ON_WORDS and len(SENTENCE_BREAK.findall(line)) >= RUN_ON_BREAKS
    ]
    return "\n\n".join(found) + "\n" if found else ""
