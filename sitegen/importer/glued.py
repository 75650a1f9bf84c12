"""Furniture glued to a paragraph: cut off, and the paragraph kept.

A page copied as text runs furniture into the prose next to it: a picture's file name, its
alternative text or caption before the lede, a wire's credit or a copyright notice after the
last sentence, a link to another story inside a paragraph, a post's link and signature inside
a story copied as one line, a wire's note on its update before the dateline.  Each function
takes one paragraph and returns it without that furniture, adding what it cut to ``dropped``.
The patterns for what is glued are here too (a copyright notice or an aggregator's pointer
after the last sentence, an appeal or a page's label before the first words, a note of an
update in brackets, a link set inside a paragraph); a wire's credit and an embedded post's
signature are in :mod:`sitegen.importer.credits`, a picture's caption, file name and
alternative text in :mod:`sitegen.importer.picturecredits`.
"""

from __future__ import annotations

import re

from . import neighbours
from .appeals import LIVE_UPDATES, WILL_UPDATE
from .credits import DESK_INITIALS, EMBEDDED_POST, POST_SIGNATURE, TRAILING_WIRE
from .datelines import DATELINE_ALONE
from .lineshape import is_cruft
from .picturecredits import (
    CAPTION,
    GLUED_ALT,
    GLUED_CAPTION,
    IMAGE_FILE,
    PHOTOGRAPHER,
    PICTURE_LIBRARY,
    TRAILING_CAPTION,
)
from .stamps import DAY_DATE

POST_IN_STORY_WORDS = 80  # a line this long with a post's link is a story with a post in it
NOTICE_AFTER_WORDS = 12  # words of a paragraph before a copyright notice glued to its end
CAPTION_WORDS = 40  # a caption is this long at most: a longer paragraph is the story's

# A picture's credit set as a copyright notice, the agency's and the photographer's: "© AP/Jo
# Bloggs", "© Jo Bloggs/Reuters".
PICTURE_NOTICE = re.compile(r"©\s*[\w .'’-]{2,40}/\s?[\w .'’-]{2,40}$")
# A copyright notice glued to the end of the last paragraph: "... in 1993. © Guardian
# Newspapers Limited, 2013".
TRAILING_NOTICE = re.compile(
    r"(?<=[.!?…\"'”’])\s+(?:©\s*[^.!?©]{2,80}|(?i:advertisement|advertising)"
    # An aggregator's excerpt, pointing to the rest: "... surrendered to the police. Read
    # Full Article at RT.com", "... Continue reading on Estuary Times".
    r"|(?i:(?:read(?: the)?(?: full| whole| complete)?(?: article| story| report)|read more"
    r"|continue reading) (?:at|on) )[\w&'’-]+(?:\.\w+)*(?: [\w&'’-]+(?:\.\w+)*){0,3}\.?"
    # ... or a page's mark that the story goes on past the excerpt: '... to move on."
    # Continued...', or a video's running time: "... important policy decisions. 03:52".
    r"|(?i:continued)\s?(?:\.{3}|…)|\d{1,2}:\d{2}"
    # ... or a promise to update the story: "... a happy ending. We'll update this post with
    # new information as it becomes available."
    r"|(?i:we['’]ll|we will) (?i:update|be updating) this (?i:post|story|article|page)\b"
    r"[^.!?]{0,80}[.!]?"
    # ... or to cover it live: "... within 24 hours. CBC will have live coverage here and you
    # can follow updates on CBC Radio One."
    r"|(?:[A-Z]{2,6}|We) will have live coverage\b[^.!?]{0,100}[.!]?"
    # ... or an editor's mark: '... to members of the community." (edited)', or a wire's
    # sign-off with its desk's initials: '... shared strength," he said. (end) atk'.
    r"|\((?i:edited)\)|\((?i:end)\)(?: [a-z]{2,4}){0,2}"
    # ... or a wire's end mark after the last stop: '... and vowed revenge. Enditem', "Endit".
    r"|End(?:item|it)"
    # ... or an aggregator's link to more of its stories: "... per the police. (More Chicago
    # stories.)".
    r"|\((?i:more) [\w .'’&-]{2,40} (?i:stories)\.?\)"
    # ... or a pointer to the page's video: "... at 8:31 p.m. Watch live coverage in the video
    # player above."
    r"|(?i:watch) [^.!?]{2,60} (?i:in the video(?: player)? (?:above|below))\."
    # ... or a wire's credits, whole or cut off with the page: '... end their strikes."
    # (Reporting by Ann Lee; Editing by Jo Bloggs)', '... (Reporting'.
    r"|\((?i:(?:additional )?reporting|writing|editing)\b[^()]{0,160}\)?)$"
)
# ... and one written out, glued to the stop: "... within 60 days.Copyright(c) 2025
# RTTNews.com. All Rights ReservedCopyright RTT News/dpa-AFX".
GLUED_COPYRIGHT = re.compile(
    r"(?<=[.!?…\"'”’])\s*(?i:copyright)\s?(?:\([cC]\)|©)\s?\d{4}\b.{0,120}$"
)
# An appeal glued to the paragraph after it: "Your support makes all the difference.The Army
# was called in ...".
GLUED_APPEAL = re.compile(
    r"^your (?:support|donation) (?:makes all the difference|means (?:the world|a lot))"
    r"[.!] ?(?=[A-Z\"“])",
    re.IGNORECASE,
)
# A label of the page's run into the paragraph after it: an advert's "Hide Ad" ("Hide AdIn a
# statement, his children said ...", "Hide AdA motion to ..."), a video's ("VideoBritain's
# King Charles has ...").
# ... or the marker where an advertisement stood: "Article continues after this
# advertisementTwelve other fatalities were listed ...".
GLUED_LABEL = re.compile(
    r"^(?:Hide Ad|Video|Loading\.\.\.|[Cc]lick to enlarge\s*"
    r"|(?:Article|Story) continues (?:after|below) (?:this |the )?"
    r"(?:advertisement|ad))(?=\s*[A-Z][a-z]|\s*[A-Z] [a-z]|\s*[‘'\"“])"
    # ... or a live page's title over its first entry, a paragraph long: "MJ Akbar resigns,
    # #MeToo LIVE updates: Minister of State ...".
    r"|^[^.!?:\n]{0,120}\b(?:LIVE|Live)(?: (?:updates?|blog|coverage))?\s*:\s+(?=[A-Z].{80})"
    # ... or a label some outlets set before every story's first words: "What just happened?
    # Regulators have ...", "Why it matters: The recall covers ...".
    r"|^(?:What just happened\?|Why it matters:|The big picture:|Driving the news:"
    r"|Between the lines:|The bottom line:|Catch up quick:|ORIGINAL STORY:|Original story:"
    # ... and a video's script: "STORY: Holding placards reading ...".
    r"|STORY:"
    # ... and a search box's error: "An error occurred while searching, try again later.But
    # unions warn ...".
    r"|An error occurred while searching, try again later\."
    r"|Team news|Key Points|Worth noting:|Zoom in:|Zoom out:|State of play:|Reality check:"
    r"|What they're saying:|What's next:|Yes, but:|The other side:|By the numbers:|Flashback:"
    # ... and a broadcast's transcript and a scoop's label: "TRANSCRIPT: Crews ...", "EXCLUSIVE:
    # Estuary Ferries has ...".
    r"|TRANSCRIPT:|EXCLUSIVE:"
    # ... as Ukrainska Pravda labels its paragraphs: "Details: Khabirov reported that ...".
    r"|Details:|Background:|Quote:|Updated:"
    # ... and the box of points some broadcasters set over the story: "The Brief A Seattle
    # airport official says ...", and an archive's count of a story's versions: "Version 0 of
    # 1. Fraud squad officers are questioning ...".
    r"|The Brief|Version \d{1,3} of \d{1,3}\.)"
    r"\s+(?=[A-Z])"
    # ... or a label of a few words over an ellipsis: "Youth movement … This is the seventh
    # straight major ...".
    r"|^[A-Z][a-z]+(?: [a-z]+){0,3} (?:…|\.\.\.) (?=[A-Z][a-z])"
    # ... or the last row of a box of share prices, one with no price: "ATVI NO DATA
    # AVAILABLE - - - The software giant will pay ...".
    r"|^[A-Z]{1,5} NO DATA AVAILABLE(?: -)+\s+(?=[A-Z])"
    # ... or a syndicator's credit round its source: "(MENAFN- Kuwait News Agency (KUNA))
    # NEW DELHI, Sept 22 (KUNA) -- ...".
    r"|^\(MENAFN\s*-[^()]{1,60}(?:\([^()]{1,20}\))?\)\s+(?=[A-Z])"
    # ... or a link to more as the paragraph's first sentence: "There is more information
    # from the government here. At the time the news broke I ...".
    r"|^There is more information (?:from|on|about) [^.!?]{2,60} here\.\s+(?=[A-Z])"
    # ... or a picture's copyright in capitals: "© CLA Farmers across England are facing ...".
    r"|^©\s*[A-Z]{2,}(?:[ /][A-Z]{2,}){0,2}\s+(?=[A-Z][a-z]+ [a-z])"
    # ... or a template's placeholder for an advert: "{mosads}The new regulations ...".
    r"|^\{[a-z_-]{2,30}\}\s*(?=[A-Z\"“‘'])"
    # ... or a link to another story run into the paragraph after it: "MORE: Jazz legend Jo
    # Bloggs dies at 85Among his many awards, ...", its headline ending where a capital
    # follows straight on, a paragraph's words after it.
    r"|^(?:READ )?MORE:\s+(?:\S+\s+){3,25}?\S*?[a-z0-9](?=[A-Z][a-z'’]+\s(?:\S+\s+){8})"
    # ... or the byline run into the wire's dateline: "By Ann Lee NORTHGATE, Estuary (Reuters)
    # - The mayor ...".
    r"|^By (?:[A-Z][a-z][\w'’.-]* ){1,3}(?=[A-Z]{2}[A-Z .'’-]*(?:, [A-Z][\w .]{1,30})? "
    r"\((?:Reuters|AP|AFP|Bloomberg|UPI)\) ?[—–-])"
)
# A note of an update set in brackets round what it adds: "[Updated, 7 a.m. PDT April 9:
# Later in the day, the death toll was raised to at least 23 ...]".
UPDATE_NOTE = re.compile(r"^\[(?:updated?|update)\b[^:\[\]]{0,60}:\s*(?=\S)", re.IGNORECASE)
# A link to another story glued to the end of a paragraph, or set in brackets inside it:
# "... the end of the month. Also Read - Bridge tolls to rise", "(ALSO SEE: Fares frozen)".
INLINE_LINK = re.compile(
    r"(?:(?<=[.!?…\"'”’])\s+(?:also read|read also|also see|see also|read more|related)"
    r"\s*[:\-–—|]\s+[^.!?]*[.!?]?$"
    r"|\s*\((?:(?:also read|read also|also see|see also|read more)\b|(?:related|read)\s*[:\-–—])"
    r"[^()]{0,120}\)"
    # ... or to a section's other stories: "... over Real Mallorca. (More Football News)".
    r"|(?<=[.!?…\"'”’])\s*\((?:more|latest|other) [\w' -]{1,30} (?:news|stories)\)"
    # ... or set inside a paragraph under its label in capitals: "... in Infinity War. READ:
    # Ferry fares to rise in April! The film brought in ...".
    r"|(?<=[.!?…\"'”’])\s+(?-i:READ(?: ALSO| MORE)?):\s+[^.!?]{5,150}[.!?](?=\s+[A-Z])"
    # ... or to a recording, in square brackets: "... a student residence hall. [Hear the alert
    # sent to students]".
    r"|(?<=[.!?…\"'”’])\s*\[(?:hear|watch|listen to|see|read)\b[^\[\]]{2,80}\]$"
    # ... or to a document, after the paragraph's last sentence: "... at the council's
    # hotline. View the state's plan for the beetle here."
    r"|(?<=[.!?])\s+view the [^.!?]{2,60} here\.?$"
    # ... or to the page's video or pictures after its arrow: "... still smoldering. Video
    # Watch what firefighters were up against »".
    r"|(?<=[.!?…\"'”’])\s+(?-i:Video|Photo|Gallery|Audio|Map)\s+(?:watch|see|listen|view|explore)"
    r"\b[^.!?»]{2,100}»$"
    # A link's label after a site's name, as one outlet marks links off its site: "Celebrity
    # news website TMZ.com, external said ...".
    r"|(?<=\.com|\.org|\.net)\s*,\s*external\b(?=\s+[a-z])"
    # A link to the site's search after a name, as one outlet set them: "the House of
    # Commons (search) came ...".
    r"|\s\(search\)(?=[\s,.;:!?]|$)"
    # A plug for the outlet's channel set inside a paragraph, with its arrow's label: "...
    # another term. Are you on Telegram? Subscribe to our channel for the latest updates on
    # Russia's war in Ukraine. ArrowRight Bongo's win would ...".
    r"|(?<=[.!?…\"'”’])\s+Are you on (?:Telegram|WhatsApp)\? (?:Subscribe to|Join|Follow) our"
    r" (?:channel|group|community)\b[^.!?]{0,100}[.!?](?:\s+ArrowRight\b)?(?=\s)"
    # A card of links glued to a name, as one outlet sets them: "President TrumpDonald John
    # TrumpTrump watching ... Are Democrats turning Trump-like? MORE called ...": the full
    # name glued after the name, the surname twice, the card's headlines, then "MORE".
    # ... or its first headline glued after the surname: "Sens. Joe ManchinJoseph (Joe)
    # ManchinGabbard cites 'concerns' ... MORE (W.Va.)".
    r"|(?-i:(?<=[a-z])[A-Z][\w.'’-]*(?: \(?[A-Z][\w.'’-]*\)?){0,3} (?P<surname>[A-Z][a-z'’-]+)"
    r"(?:(?P=surname)\b|(?=[A-Z][a-z]))[^\n]{0,800}?\sMORE\b)"
    # A prompt to follow a link, as the paragraph's last sentence: "... is selected. To see
    # who that might be, click the link below."
    r"|(?<=[.!?…\"'”’])\s+[^.!?]{0,80}\bclick (?:on )?(?:(?:the|this) (?:link|button)"
    r" (?:below|above)|here)\b[^.!?]{0,40}[.!?]?$"
    # A link to a document, its label left with a space before the stop: "... he said. Read
    # the Victims' Statements Presented to Judge Chin . Mr. Madoff pleaded ...".
    r"|(?<=[.!?…\"'”’])\s+(?:read|see|view|watch|download|listen to)\s[^.!?]{3,100}?\s\."
    r"(?=\s|$)"
    # A note that the story was corrected, set inside a paragraph: "Editor’s Note: This file
    # has been updated to reflect a Correction ."
    r"|(?<=[.!?…\"'”’])\s+editor['’]?s['’]? note\s*:[^.!?]{0,160}?"
    r"\b(?:updated|corrected|correction|amended)\b[^.!?]{0,80}[.!?](?=\s|$)"
    # A subscription's offer set inside a paragraph, its logo's and button's names with it:
    # "... authorities said. Wp Get the full experience. Choose your plan ArrowRight Idalia
    # moved into ...".
    r"|(?<=[.!?…\"'”’])(?:\s+wp)?\s+get the full experience\.\s+choose your plan\b"
    r"(?:\s+arrowright)?"
    # A link's prompt ending the paragraph: "... in order to resolve it. More here."
    r"|(?<=[.!?…\"'”’])\s+more here\.$"
    # A page template's markers left in the text: "... second-round match. {{^adFree}}
    # {{/adFree}}".
    r"|\s*\{\{[#^/]?\w+\}\}"
    # A marker where the page set an advertisement: "... had been killed. (continues below)".
    r"|\s*\((?:story |article )?continues below(?: (?:this )?(?:ad|advert|advertisement))?\)"
    # A share price widget inside a sentence: "Shire (Xetra: S7E.DE - news) says", "Apple
    # (AAPL) - Get Apple Inc. Report became ...".
    r"|\s*\((?:[a-z]{2,8}\s*:\s*)?[a-z0-9.^]{1,12}\s*-\s*news\))"
    r"|(?<=\))\s+-\s+get\s+(?:(?-i:[A-Z])[\w.&'’ -]{1,40}?\s+)?report\b"
    # A story's title in brackets after the last sentence, as a link: "... off a corner.
    # (Euro 2004)", "(Portugal settles for silver)"; a name alone ("(Jo Bloggs)") credits
    # a picture, and an agency the copy; "(Photo courtesy ...)" ends a caption.
    r"|(?<=[.!?…\"'”’])\s+\((?!(?:photo|picture|image|video|credit)s?\b)(?-i:[A-Z])"
    r"(?=[^()]*(?:\s(?-i:[a-z])|\d))(?:[\w'’-]+ ?){1,6}\)$",
    re.IGNORECASE,
)

# What a wire's note on its update says it did: "(Adds details ...)", "(Updates with ...)".
_NOTE_VERBS = "adds|updates|recasts|rewrites|changes|corrects|fixes|refiles|removes"
# A wire's note on what its update changed, before the dateline: "(Adds details on found
# missing persons) SYDNEY Jan 8 A bushfire ...".
WIRE_NOTE = re.compile(
    rf"^\((?:{_NOTE_VERBS})\b[^()]{{0,80}}\)\s+"
    # ... or what a dateline set as a link leaves: "( – North Korea declared ...".
    r"|^\(\s*\)?\s*[–—-]{1,2}\s+(?=[A-Z])"
    # ... or the day a lost dateline leaves before the lede: "May 19 A Norwegian Cruise Line
    # ship ran aground ...".
    r"|^(?-i:(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?) \d{1,2}\s+"
    r"(?=(?-i:A|An|The)\s)",
    re.IGNORECASE,
)


# The dash a dateline left, alone or after the page's date: "-- The early winter snow ...".
LOST_DATELINE = re.compile(
    r"^(?:[A-Z][a-z]{2}\.? \d{1,2}, \d{4}\s*[—–-]+\s*"
    # ... or the hour of an update in brackets: "(5 p.m. EST) -- Royal Caribbean's ...".
    r"|\(\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?(?: [A-Z]{2,4})?\)\s*)?"
    r"(?:--|[—–])(?:\s*--)?\s+(?=[A-Z\"“])"
)


def strip_glued(unit: str, dropped: list[str]) -> str:
    """``unit`` without a picture's file name, alternative text or caption glued before it,
    an appeal to readers, or a label of the page."""
    match = (
        IMAGE_FILE.match(unit)
        or GLUED_ALT.match(unit)
        or GLUED_CAPTION.match(unit)
        or GLUED_APPEAL.match(unit)
        or GLUED_LABEL.match(unit)
    )
    # A post inside a story copied as one line: its link and signature go, the story stays
    # (a shorter line with a post's link is the post, and leaves whole).
    # A quotation's closing mark given again at the start of the next line, which opens
    # no quotation: "... strong remedies.”" / "” Translation: ...".
    if unit.startswith("” ") and "“" not in unit:
        unit = unit[2:]
    # ... and the dash a dateline left behind when the page lost its place: "-- The early
    # winter snow that has buried ...".
    # ... or a date line left it: "Aug. 17, 2007 — -- Federal mine officials ...", "– Israel's
    # parliament approved ...", "— -- Police shot ...".
    # An embedded post's signature keeps its dash: "— Ann Lee (@annlee) May 4, 2026".
    lost = LOST_DATELINE.match(unit)
    if lost and not POST_SIGNATURE.match("- " + unit[lost.end() :]):
        unit = unit[lost.end() :]
    if "pic.twitter.com/" in unit and len(unit.split()) > POST_IN_STORY_WORDS:
        unit = EMBEDDED_POST.sub("", unit)
    if not match:
        if note := UPDATE_NOTE.match(unit):
            dropped.append(note.group().strip())
            return unit[note.end() :].removesuffix("]")
        # ... or a caption after it, else an ad slot's marker glued to the paragraph above it
        # ("... were injured.اضافة اعلان"), or a hashtag set after a whole sentence.
        cut = _cut_end(unit, TRAILING_CAPTION, dropped)
        named = _PAPER_LABEL.match(cut)
        if cut != unit and named and dropped[-1].startswith(cut[named.end() :].strip()):
            # ... given twice, the first time after the paper's name: "The Estuary Echo: Ann
            # Lee at the quay.Ann Lee at the quay. (Image: PA)".
            dropped.append(cut.strip())
            return ""
        return cut if cut != unit else _cut_end(unit, TRAILING_MARK, dropped)
    dropped.append(match.group().strip())
    # ... given twice, the picture's alternative text and its caption: none of it is the story.
    if unit[match.end() :].strip() == match.group().strip():
        return ""
    # ... and a caption glued after it as well: "Key Points The referendum ... Parliament.
    # Union leader Ann Lee(AFP)".
    return _cut_end(unit[match.end() :], TRAILING_CAPTION, dropped)


# The paper's name over a picture's caption, as its alternative text: "The Estuary Echo: ".
_PAPER_LABEL = re.compile(r"(?:[A-Z][\w'’&-]*\s){0,5}[A-Z][\w'’&-]*:\s*(?=\S.{19})")


def _cut_end(unit: str, pattern: re.Pattern[str], dropped: list[str]) -> str:
    """``unit`` without what ``pattern`` finds glued to its end, kept in ``dropped``."""
    if found := pattern.search(unit):
        dropped.append(found.group().strip())
        return unit[: found.start()]
    return unit


TRAILING_MARK = re.compile(
    r"(?<=[.!?\"”])\s*(?:اضافة اعلان|Advertisement|ADVERTISEMENT)$"
    # ... or a share button's label: "... both inside the country and, unfortunately,
    # abroad. Share", or a pointer to the player under the paragraph: "... without
    # permission. Listen to it below:".
    r"|(?<=[.!?\"”’])\s+Share$|(?<=[.!?\"”’])\s+(?:Listen to|Watch|Revisit|See) (?:it|them) below:$"
    # ... or a prompt to follow the story live: "... reaching the agreement. Follow Estuary
    # ferry strike news live updates".
    rf"|(?<=[.!?\"”’])\s+Follow{LIVE_UPDATES}$"
    # ... or the outlet's note that it asked and will update the story: "... the company
    # said. We've reached out to Estuary Ferries and will update this story with".
    rf"|(?<=[.!?\"”’])\s+We{WILL_UPDATE}$"
    # ... and a hashtag set after a whole sentence of the story: "... very long hours.
    # #standwithnurses".
    r"|(?<=[a-z][.!?])\s+#[A-Za-z]\w{2,40}$"
    # ... and a picture's credit in brackets after the last sentence: "... by 2034. (Photo
    # Shutterstock).".
    r"|(?<=[.!?\"”’])\s+\((?i:photo|picture|image)s?:?\s+[A-Z][\w .&/'’-]{1,40}\)\.?$"
    # ... and a link to another page set as the last sentence: "... on the radio. His story
    # about rescuing an injured person and what the scene was like is here."
    r"|(?:^|(?<=[.!?\"”’])\s+)(?i:his|her|their|our|the|more)\b[^.!?]{0,120}"
    r"\b(?i:story|stories|video|report|interview|coverage|account|article|footage|comments"
    r"|remarks|statement|speech)\b"
    r"[^.!?]{0,120}\b(?:is|are|can be (?:found|read|seen|watched)) here\.$"
)


WIRE_CODE = re.compile(r"\s*\[(?:n[A-Z0-9]{8,12}|[A-Z]{2,8}/[A-Z]{0,8})\](?=[\s.,;:]|$)")


# A link's mark for screen readers, copied with its text: "Miranda Hart ... tweeted,
# external: ...", "earlier this week, external when she broke a bone", "The guidance, external
# says ...", "the latest batch, external does include ...", "the JFK Facts, external blog".
EXTERNAL_MARK = re.compile(
    r", external(?=[:;.,!?\"”]|$| (?:when|as|and|but|after|before|with|on|in|to|that|who"
    r"|says|said|shows|showed|is|was|are|were|has|have|will|does|did|for|from|by|blog"
    r"|website)\b)"
)


def strip_inline_links(unit: str, dropped: list[str]) -> str:
    """``unit`` without the links to other stories set inside it."""
    if ", external" in unit:
        unit = EXTERNAL_MARK.sub("", unit)
    # ... and Reuters' mark on its links: "Boeing's (BA.N), opens new tab U.S. West Coast ...",
    # and BBC Sport's: "eight others were injured external-link and 98 arrests".
    unit = unit.replace(", opens new tab", "").replace(" external-link", "")
    # ... and its codes for a story or a topic page, kept as text by a reprint: "... at
    # 142.90. [FRX/]", "... intervention [nL1N30S30X]".
    if "[" in unit:
        unit = WIRE_CODE.sub("", unit)
    links = [link.group() for link in INLINE_LINK.finditer(unit)]
    if not links:
        return unit
    dropped.extend(link.strip() for link in links)
    return INLINE_LINK.sub("", unit).strip()


def glue_datelines(units: list[str]) -> list[str]:
    """A dateline on a line of its own ("LONDON (Reuters) -") opens the paragraph after it."""
    glued: list[str] = []
    for unit in units:
        if glued and DATELINE_ALONE.match(glued[-1]):
            glued[-1] += " " + unit
        else:
            glued.append(unit)
    return glued


def strip_wire_credit(unit: str, dropped: list[str]) -> str:
    """``unit`` without a copyright notice or a wire's credit glued to its end."""
    notice = TRAILING_NOTICE.search(unit) or GLUED_COPYRIGHT.search(unit)
    # A picture's credit given as a copyright ("... in 2013. © AP/Jo Bloggs") marks a
    # caption, which goes whole.
    if (
        notice
        and PICTURE_NOTICE.match(notice.group().strip())
        and len(unit[: notice.start()].split()) <= CAPTION_WORDS
    ):
        dropped.append(unit)
        return ""
    if notice and len(unit[: notice.start()].split()) >= NOTICE_AFTER_WORDS:
        dropped.append(notice.group().strip())
        unit = unit[: notice.start()]
    match = TRAILING_WIRE.search(unit)
    if not match or PICTURE_LIBRARY.search(match.group()) or CAPTION.match(unit):
        return unit
    if neighbours.quoted_by(unit):
        return unit  # '"Today is a new start" - Hoffman': who said it, not a wire's credit
    if is_cruft(unit):
        return unit  # a caption with its credit ("... in Jakarta. (Reuters)") goes whole
    if PHOTOGRAPHER.search(match.group()) and not DESK_INITIALS.fullmatch(match.group().strip()):
        return unit  # "(Jo Bloggs/Estuary Times)": a photographer credited, so a caption
    if neighbours.PICTURE_KIND.match(unit):
        # ... and so is one that says what the picture is: "A map of the zoo showing where the
        # enclosure is situated. (Supplied)".
        dropped.append(unit)
        return ""
    dropped.append(match.group().strip())
    unit = unit[: match.start()]
    # The credit was a picture's, whose caption the page ran on after the paragraph: "...
    # floating in the rivers. Rescuers help residents to move to a safer place, ... in
    # Wayanad, Kerala, on July 30, 2024. (REUTERS)".
    caption = _GLUED_WIRE_CAPTION.search(unit)
    if caption:
        dropped.append(caption.group(1))
        unit = unit[: caption.start(1)].rstrip()
    return unit


# A wire picture's caption after a paragraph's last sentence, dated to the day and year as a
# wire dates its pictures and no story dates its own day: "Rescuers help residents ..., in
# Wayanad, Kerala, on July 30, 2024."
_GLUED_WIRE_CAPTION = re.compile(
    rf"(?<=[a-z]{{2}}[.!?] )([A-Z][^.!?]{{20,300}},\s+(?:on\s+)?{DAY_DATE}\.)\s*$",
    re.IGNORECASE,
)


# ... and the same note run on to the last point of a summary above the story: "* Ferries
# latest to be hit by strikes (Adds comment by the operator's chief executive)".
TRAILING_WIRE_NOTE = re.compile(
    rf"\s+\((?:{_NOTE_VERBS})\b[^()]{{0,80}}\)$",
    re.IGNORECASE,
)


def strip_trailing_wire_note(unit: str, dropped: list[str]) -> str:
    """``unit`` (a point above the story) without a wire's note run on to it."""
    if note := TRAILING_WIRE_NOTE.search(unit):
        dropped.append(note.group().strip())
        return unit[: note.start()]
    return unit


def strip_wire_note(unit: str, dropped: list[str]) -> str:
    """``unit`` (a story's first paragraph) without a wire's note on what its update changed."""
    # ... and then the day a lost dateline left: "(Updates with ...) May 19 A ship ...".
    while note := WIRE_NOTE.match(unit):
        dropped.append(note.group().strip())
        unit = unit[note.end() :]
    return unit
