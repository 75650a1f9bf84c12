"""Clean an article's Markdown and cut it into paragraphs, then sentences and tokens.

What a paragraph holds besides its story is left out here: where the story was
filed ("LONDON (Reuters) - "), a live blog's time stamps, notes of an update, the
number of a point in a list, crossheads, lead-ins and agency credits.  Each
paragraph left is cut into sentences by :mod:`.sentences`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .model import Block, Document
from .model import Token as Word
from .sentences import SENTENCE_END, clean_text, split_sentences
from .text import tokenize

# "PORT CALDER (Northern Wire) — ", "LONDON (Reuters) - ", "KYIV, Aug 2 (AP) — ":
# where the story was filed, not something it reports.  Also "OKSIBIL, Indonesia, Aug.
# 18 (UPI) -- ", "JAKARTA Aug 18 (Reuters) - ", "DHAKA: ", "PRETORIA // ", "LONDON • ",
# a place in capitals and small letters before a colon or a full stop ("Kanpur: ",
# "Bengaluru. "), an agency alone ("(RTTNews) - "), a place with its state cut short
# ("Hennepin County, Minn. — "), a place in capitals with its agency and date in
# brackets and no dash ("BEIRUT (UrduPoint News / Sputnik - 07th August, 2020) "),
# places with the outlet ("Paris/London CNN — ", "London CNN — "), and a place in small
# letters with its date and agency ("Geneva, March 11 (IANS) ") or its outlet
# ("New York (CNN Business) "), a place in capitals with its date and agency between
# slashes ("THE HAGUE, November 22. /TASS/. "), and a place in small letters with its
# date alone ("San Francisco, July 26: ", "Addis Ababa March10/2019 "), a place in capitals
# with its date and no mark after it ("LONDON, July 18 "), a place in brackets
# ("(KIEV, Ukraine) — "), a place in capitals with accents ("LAC-MÉGANTIC, Que. — "), and
# one with its dash set close ("LEICESTER, United Kingdom—A skeleton ..."), or set off by
# the underscore old wire copy used for a dash ("GENEVA (AP) _ Less than a day after ..."),
# or by a bar ("NEW YORK | Two weeks after ...").
# Each form of dateline, in the order they are tried.  Those marked True can open only a
# lede that starts with a bracket or "Reporting from", or holds " | ", " Desk" or " // ":
# asked only of such a lede, they are compiled only when one comes (see :func:`_dateline`).
_DATELINE_FORMS: tuple[tuple[bool, str], ...] = (
    # The day alone, with its dashes: "Feb. 19, 2008 — -- After almost half a century ...".
    # ... perhaps after the hour: "12:48 PM, Jul 24, 2019 - Facebook (FB) will pay ...".
    (
        False,
        r"(?:\d{1,2}:\d{2}\s?[AaPp]\.?[Mm]\.?,?\s+)?"
        r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}"
        r"\s*(?:(?:[—–:]|--?)\s*)+(?=[A-Z\"“])",  # ... or its colon: "December 13, 2024: In a ..."
    ),
    # ... or the agencies alone in brackets: "(CBS/AP) IBM supercomputer Watson ...".
    (True, r"\((?:[A-Z]{2,6}/)+[A-Z][A-Za-z]{1,8}\)\s+(?=[A-Z\"“])"),
    # ... or one agency in capitals alone: "(MENAFN) In a surprising turn of events ...",
    # perhaps glued to the lede: "(CNN)India on Wednesday announced ...".
    (True, r"\([A-Z]{3,10}\)\s*(?=[A-Z][a-z])"),
    # ... or a broadcaster's or wire's name in brackets: "(BBC News) Staff at three ...".
    (
        True,
        r"\([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2} (?:News|Newswire|Wire|Online|TV|Radio)\)\s+"
        r"(?=[A-Z][a-z])",
    ),
    # ... or a place and the desk that filed it: "New Delhi | Jagran Tech Desk: A rocket ...".
    (True, r"[A-Z][a-z]+(?: [A-Z][a-z]+)? \| [A-Z][\w ]{2,40}:\s+(?=[A-Z\"“])"),
    # ... or the desk alone: "XtraTime Web Desk: Ace tennis player ...".
    (
        True,
        r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3} (?:Web|News|Sports?|Digital|Online|Tech) Desk"
        r"\s*[:—–|-]\s+(?=[A-Z\"“])",
    ),
    # ... or the place in capitals in square brackets: "[SINGAPORE] US President ...".
    (True, r"\[[A-Z][A-Z.'’\- ]{2,40}\]\s+(?=[A-Z\"“])"),
    # ... or the day and the agency alone: "Sept. 15 (UPI) -- The Libyan Red Crescent ...".
    (
        False,
        r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*"
        r"\([A-Za-z][\w&. ]{0,30}\)\s*(?:[—–]|--?)\s+(?=[A-Z\"“])",
    ),
    # ... or where the reporter filed from: "Reporting from Panaji, India — Rescue workers ...".
    (
        True,
        r"Reporting from [A-Z][\w.'’ -]{1,40}(?:, [A-Z][\w.'’ -]{1,30})?"
        r"\s*(?:[—–]|--?)\s+(?=[A-Z\"“])",
    ),
    # "MOSCOW/BERLIN,  (Reuters) – ", perhaps after the outlet: "(CNET) SAN JOSE, Calif. - ",
    # or after its reporters, as a site that reposts the story credits them: "(Ann Lee and Bo
    # Roe, St. Louis Post-Dispatch) ST. LOUIS — ".
    (
        False,
        r"(?:\([A-Z][\w&. ]{1,30}(?:, [A-Z][\w&.'’ -]{1,40})?\)\s+)?"
        r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’\-/ ]{2,40}"
        # ... or two places: "LONDON and ABUJA, Nigeria -- "
        r"(?:and [A-Z][A-Z.'’\- ]{2,30})?"
        # ... its region between slashes, as TASS sets it: "VOSTOCHNY SPACEPORT /Amur Region/,
        # September 13. /TASS/. "
        r"(?:/[A-Z][\w ]{1,30}/)?"
        # ... with its state and country: "CAIRNS, Queensland, Australia, September 5, 2006
        # (ENS) - "
        r"(?:,\s*[A-Z][A-Za-z. ]{1,30}){0,2}"
        r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}))?"
        r"(?:,? [A-Za-z0-9 .]{1,20}?)?"
        r",?\s*(?:\([^()]{1,40}\))?"
        # (">>" as the Star-Advertiser sets AP's: "KNOXVILLE, Tenn. >> Two buses ...")
        r"\s*(?:(?:[—–_-]{1,2}|//|>>|:|•|\||\.\s*/[A-Z][A-Za-z ]{1,20}/\.?)\s+|[—–](?=[A-Z\"“])"
        # ... or a hyphen glued to the story after the agency: "LONDON/TOKYO(Reuters) -Japan".
        r"|(?<=\))-(?=[A-Z])|(?<=\) )-(?=[A-Z]))",
    ),
    # ... or a place alone and its full stop, never a title cut short: "Gov. Joe Manchin
    # visits ..." opens a caption or a lede with its subject's title.
    (
        False,
        r"(?!(?:Gov|Sen|Rep|Gen|Col|Capt|Sgt|Maj|Adm|Prof|Rev|Insp|Supt|Det|Cllr|Hon|Pres|Brig"
        r"|Cmdr|Mrs|Messrs|Sens|Reps|Gens)\.)[A-Z][a-z]{2,20}[:.]\s+(?=[A-Z0-9])",
    ),
    # ... or a place alone before a long dash: "Lumajang – The death toll ...", "Cape Town –
    # The first flight ...".
    (False, r"[A-Z][a-z]{3,20}(?: [A-Z][a-z]{2,20})? [—–] (?=[A-Z][a-z])"),
    # ... or two, before a colon: "New Delhi: A fire tore through ...", "Frankfurt am Main: ".
    (False, r"[A-Z][a-z]+ (?:(?:am|an|upon|on|sur|de|del) )?[A-Z][a-z]{2,20}:\s+(?=[A-Z0-9])"),
    # ... "US: The death toll in a devastating nightclub fire ...": a place in capitals.
    (False, r"[A-Z]{2,}:\s+(?=[A-Z])"),
    # ... "London, England: Not unexpectedly, British Airways ...": a place and its country,
    # or its dash: "Geneva, Switzerland - The World Health Organization on Wednesday ...".
    (
        False,
        r"[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z][a-z]+(?: [A-Z][a-z]+)?"
        r"(?::\s+(?=[A-Z0-9])|\s*(?:[—–-]|--)\s+(?=[A-Z\"“]))",
    ),
    # "London/New York: Pfizer abandoned ...": two places joined by a slash.
    (False, r"[A-Z][a-z]+(?: [A-Z][a-z]+)?/[A-Z][a-z]+(?: [A-Z][a-z]+)?:\s+(?=[A-Z0-9])"),
    (
        False,
        r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}, (?!Jr\.|Sr\.)[A-Z][a-z]{1,5}\.(?: \([^()]{1,40}\))?"
        r"\s*(?:[—–-]|--)\s+(?=[A-Z\"“])",  # "Seattle, Wash.- NBC News has confirmed ..."
    ),
    # ... or a place and its agency in capitals: "Tokyo, MINA – Through a press conference".
    (False, r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, [A-Z]{2,8}\s*(?:[—–-]|--)\s+(?=[A-Z\"“])"),
    (
        False,
        r"(?:[A-Z][A-Z.'\- ]{2,40}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2} )"
        r"\((?=[^()]*(?:\d|News|Reuters|AFP|AP\b|PTI|IANS|Xinhua|Sputnik|CNN|BBC|Bloomberg))"
        r"[^()]{1,60}\)\s+(?=[A-Z\"“])",
    ),
    (False, r"[A-Z][a-z]+(?:/[A-Z][a-z]+)* [A-Z]{2,5}\s*(?:[—–]|--)\s+(?=[A-Z\"“])"),
    (
        True,
        r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2} // (?=[A-Z\"“])",  # "Epsom // Frankie Dettori ..."
    ),
    (True, r"\([A-Z][\w&. ]{1,30}\)\s*[—–-]{1,2}\s+"),
    (
        False,
        # (EFE's stop before its dash too: "Paris, Oct 30 (EFE).- ")
        r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
        r"[a-z]*\.?\s+\d{1,2}\s*\([^()]{1,40}\)\.?\s*(?:[:—–-]{1,2}\s*)?(?=[A-Z\"“])",
    ),
    (
        False,
        r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
        r"[a-z]*\.?\s*\d{1,2}(?:[/,]\s?\d{4}\s*[:—–-]{0,2}|\s*[:—–-]{1,2})\s+(?=[A-Z\"“])",
    ),
    (
        False,
        r"[A-Z][A-Z.'\- ]{2,40},\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
        r"\s+\d{1,2}\s+(?=[A-Z])",
    ),
    (True, r"\([A-Z][A-Z.'\- ]{2,40}(?:,\s*[A-Z][A-Za-z. ]{1,30})?\)\s*(?:[—–-]{1,2})\s+"),
    # ... or a place in capitals and its country ended by a comma, as a typo leaves it:
    # "AMSTERDAM, Netherlands, An international tribunal ruled ...".
    (
        False,
        r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\-]{3,}(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\-]+)*,"
        r" [A-Z][a-z]+(?: [A-Z][a-z]+)?,\s+(?=(?:The|A|An|In|On|At)\s)",
    ),
    # ... or a place and nothing else, the first paragraph ("Cape Town"): no claim at all.
    (False, r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}(?:, [A-Z][a-z]+)?[:.]?\s+$"),
)


@cache
def _dateline(every: bool) -> re.Pattern[str]:
    """The datelines of :data:`_DATELINE_FORMS`: ``every`` one, or those a lede with no
    bracket, bar, desk or slashes can open (most runs never compile the rest)."""
    forms = (form for asked, form in _DATELINE_FORMS if every or not asked)
    return re.compile("^(?:" + "|".join(forms) + ")")


def _needs_every_dateline(text: str) -> bool:
    """Whether a lede could open with a dateline that only a bracket, "Reporting from", a
    bar, a desk or two slashes set off (the forms of :data:`_DATELINE_FORMS` marked True)."""
    return (
        text[:1] in ("(", "[")
        or text.startswith("Reporting from ")
        or " | " in text
        or " Desk" in text
        or " // " in text
    )


# A dateline _dateline leaves to a pattern of its own: a place in small letters, perhaps with
# its country, and the agency before a dash:
# "Beijing (AFP) – Two people ...", "Twickenham (United Kingdom) (AFP) – ...", "Jakarta
# (ANTARA News) - The residents ...".  Compiled
# only for a lede with a bracket near its start: on most runs it is never needed.
_PLACED_DATELINE = (
    r"[A-Z][a-z]+(?: [A-Z][a-z]+)?(?: \([A-Z][\w ]{1,30}\))? \([A-Z][A-Za-z]{1,8}(?: News)?\)\s*"
    r"(?:[—–]|--?)\s+(?=[A-Z\"“])"
    # ... or its agency and the day with its year in the brackets after a comma: "Warsaw,
    # (APP - UrduPoint / Pakistan Point News - 18th Aug, 2020 ) :Poland's health ...", perhaps
    # after the country and the day: "Florence, Italy, June 2 (APP - UrduPoint / ...".
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r",? \([^()]{1,80}\b\d{4}\s*\)\s*(?:[:—–-]{1,2}\s*)?(?=[A-Z\"“])"
    # ... or its state in brackets, the day and the agency, as PTI sets them: "Hathras (UP),
    # Jul 2 (PTI) A stampede ...".
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)? \([A-Z]{2,3}\), [A-Z][a-z]{2,8}\.? \d{1,2} \([A-Z]{2,8}\)"
    r"\s*(?:[:—–-]{1,2}\s*)?(?=[A-Z\"“])"
    # ... or a paper's name alone in brackets before a dash: "(The Hill) — Jack Dorsey ...".
    r"|\((?:The )?[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,2}\)\s*(?:[—–]|--?)\s+(?=[A-Z\"“])"
    # ... or the place's country in square brackets, the day and the agency before a colon:
    # "London [UK], July 13 (ANI): Romanian Simona Halep ...".
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)? \[[A-Z][\w ]{1,30}\], [A-Z][a-z]{2,8}\.? \d{1,2}"
    r" \([A-Z]{2,8}\)\s*:\s*(?=[A-Z\"“])"
    # ... or its district in brackets and the day, perhaps the agency: "Haldari (Kurukshetra),
    # July 23: ", "HALDERA (Kurukshetra), Jul 23: ", "Kurukshetra (Haryana), July 23 (PTI): ".
    r"|(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z][A-Z'’\-]{2,}) \([A-Z][\w ]{1,30}\), [A-Z][a-z]{2,8}\.?"
    r" \d{1,2}(?: \([A-Z]{2,8}\))?\s*[:—–-]{1,2}\s*(?=[A-Z\"“])"
    # ... or the day and its comma before the agency: "New York, Dec. 12, (dpa/GNA) – ".
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z][a-z]{2,8}\.? \d{1,2}, \([^()]{1,40}\)\s*[:—–-]{1,2}"
    r"\s*(?=[A-Z\"“])"
)
# ... a place and its agency between bars, asked only of a lede with a bar near its start:
# "Berlin, Germany | Xinhua | Bayern Munich have ...".
_BARRED_DATELINE = (
    r"[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)? \| [A-Z][\w ]{1,30} \|\s+"
    r"(?=[A-Z\"“])"
)
# ... and the site's own address, asked only of a lede whose first word is one:
# "TheIKNPost.com — The status of Mount Ruang ...".
_SITE_DATELINE = r"[A-Z][\w-]*\.(?:com|net|org|id|in|co\.uk)\s*(?:[—–]|--?)\s+(?=[A-Z\"“])"
_SITE_ENDS = (".com", ".net", ".org", ".id", ".in", ".co.uk")
# A month's name, perhaps cut short: "Jan", "January" (the "[a-z]*" after it takes the rest).
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
# A place in capitals before a dash, perhaps with its day, as a lede under an update or a
# standfirst opens: "OSO — ", "LONDON/REYKJAVIK - ", "KUALA LUMPUR, Feb 21 – ".
_CAPITALS_DATELINE = re.compile(
    r"[A-Z][A-Z.'\-/ ]{2,40}(?:, " + _MONTH + r"[a-z]*\.? \d{1,2})?\s(?:—|–|--?)\s"
)
_AGENCY_DATELINE = (
    r"[A-Z][\w.'’-]*(?:[ /][A-Z][\w.'’-]*){0,3},?\s*(?:" + _MONTH + r"[a-z]*\.? \d{1,2}\s*)?"
    r"\((?:[A-Z]{2,8}|Reuters|Xinhua|Bernama|Yonhap|Anadolu)\)"
)
# ... and a place in capitals with its day or its agency and no mark: "SYDNEY Jan 8 A
# bushfire ...", "LONDON. KAZINFORM About 95 homes ...", "EDINBURGH/LONDON, March 9 British
# Prime Minister ...".
_MARKLESS_DATELINE = (
    r"[A-Z][A-Z'’\-]{2,}(?:[ /][A-Z][A-Z'’\-]+){0,2}(?:\.\s+[A-Z]{3,12}|,?\s+"
    + _MONTH
    + r"[a-z]*\.? \d{1,2}),?\s+(?=[A-Z])"
    # ... or glued to two hyphens, as Dow Jones sets it: "SYDNEY--Exxon Mobil Corp. said ...".
    r"|[A-Z][A-Z.'’ ]{2,40}--(?=[A-Z][a-z])"
    # ... or with its state cut short: "PENDLETON, Ore. Bad weather in the northwest ...".
    r"|[A-Z][A-Z'’\-]{2,}(?: [A-Z][A-Z'’\-]+){0,2}, (?!Jr\.|Sr\.)[A-Z][a-z]{1,5}\.\s+(?=[A-Z])"
)

# "Chhapra/Patna, July 16: At least eight ...", "Tokyo August 29 CGTN News — Japanese ...".
_DATED_PLACE = (
    r"[A-Z][a-z]+(?:[ /][A-Z][a-z]+){0,2},? "
    + _MONTH
    + r"[a-z]*\.? \d{1,2}(?: [A-Z][A-Za-z]+){0,3}\s*(?:[—–:]|--?)\s+(?=[A-Z0-9\"“])"
    # ... or in capitals with its state and the day of the week, perhaps after the outlet's
    # name: "News Americas, MIAMI, FL, Tues. Oct. 4, 2016: The eye of ...".
    r"|(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}, )?[A-Z]{3,}(?: [A-Z]{2,}){0,2}"
    r"(?:, [A-Z][A-Za-z.]{1,15})?, (?:(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.? )?"
    + _MONTH
    + r"[a-z]*\.? \d{1,2}, \d{4}\s*(?:[—–:]|--?)\s+(?=[A-Z0-9\"“])"
)
_MONTH_NEAR = re.compile(r" " + _MONTH + r"[a-z]*\.? \d")

# A live blog's entry stamp ("19:32 ", "7.45am BST - "): when it was posted, not news.
TIMESTAMP = re.compile(
    r"^\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?\s?(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT)?"
    r"\s*[-–—:|]?\s+(?=[A-Z\"“‘'])"
)
# A note that the story was updated, before its first words: "(Update March 24, 9PM) - ".
UPDATE_NOTE = re.compile(
    r"^\(?(?:update[sd]?|updated)\b(?=[^()\n]{0,40}\d)[^()\n]{0,40}\)?\s*[-–—:]\s+"
    # ... or the update's number in brackets: "(2nd UPDATE) The Coast Guard says ...".
    r"|^\((?:\d+(?:st|nd|rd|th)\s+)?update[sd]?\)\s+",
    re.IGNORECASE,
)
# The number of a point of a list set as paragraphs ("1. A climate scientist ..."; the
# importer escapes it as "1\." so that the point stays a paragraph): it orders, it says
# nothing, and it must not stand as a sentence of its own.
LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?=[A-Z\"“‘'(])")
# A lead-in to what follows, not a fact: "Here's what we know so far.", "In case you
# missed it, here's the telecast:", "Check out the partner list:".
LEAD_IN = re.compile(
    r"^(?:[^.!?]{0,40},\s*)?here(?:'s|’s| is| are)\b[^.!?]{0,80}(?::|…|\.\.\.|\bso far\.)$"
    # ... "Here's a closer look at the allegations and the characters involved."
    r"|^here(?:'s|’s| is) (?:an? )?(?:closer |quick |brief |full )?(?:look|guide|rundown"
    r"|breakdown|recap|timeline)\b[^.!?]{0,100}\.$"
    r"|^(?:in )?other (?:developments|news|key points)\s*:$"
    r"|^(?:check out|take a look at|see|watch)\b[^.!?]{0,60}:$",
    re.IGNORECASE,
)
# A news agency named on a line of its own, as a byline: it says who wrote the copy.
CREDIT_LINE = re.compile(
    r"^[(\[]?(?:by\s+)?(?:the\s+)?(?:agence france[- ]presse|associated press|reuters|afp|ap|"
    r"press association|pa media|bloomberg( news)?|xinhua|pti|ians|ani|upi|dpa|efe|bernama|"
    r"yonhap|kyodo( news)?|tass|anadolu( agency)?)[)\]]?\.?$",
    re.IGNORECASE,
)
# Who said the quotation above, on a line of its own: "— Judge Masipa".  It tells whose
# words those were, which the quotation's sentence carries; it is no claim of its own.
ATTRIBUTION_LINE = re.compile(
    r"^[—–]\s*[A-Z][\w.'’-]*(?:,? (?:[—–] )?[A-Z\w][\w.'’-]*){0,7}$"  # "— Ann Lee, chair – FTC"
)
# A crosshead set as a paragraph of its own: a few words, no full stop ("Curfew imposed",
# "International reaction", "'Media lies'").  It heads what follows; it reports nothing.
CROSSHEAD_WORDS = 6
# ... or a longer one set as a headline, its words in capitals ("How the Telescope Found
# the Seven Planets").
TITLED_CROSSHEAD_WORDS = 12
_md = MarkdownIt("commonmark", {"html": False})


def segment(markdown: str, year: int | None = None, published: str | None = None) -> Document:
    """Cut an article body (Markdown) into blocks, sentences and tokens.

    Paragraphs, list items and block quotes become paragraphs of sentences;
    headings stay headings and are never counted as sentences.  ``year`` is
    the year the article was published, so "four years ago" can be compared;
    ``published`` its day, so "yesterday" can.
    """
    sentences: list[str] = []
    blocks: list[Block] = []
    dateline = ""
    found = _blocks(markdown)
    listing = False  # under a paragraph that leads in to a list
    for n, (kind, text) in enumerate(found):
        text = clean_text(text)
        if not text:
            continue
        if kind == "heading":
            blocks.append(Block("heading", text=text))
            continue
        if not sentences:
            text = UPDATE_NOTE.sub("", text, count=1)
        # A dateline may stand on a line of its own: "TOKYO (AFP) -".  Under a standfirst
        # the lede may carry it in brackets: "[SINGAPORE] US President ...".
        # ... and so may the lede under an update set above it: "OSO — A hillside broke ...".
        capitals = (
            bool(sentences)
            and (
                (text[:2].isupper() and bool(_CAPITALS_DATELINE.match(text)))
                # ... or a place, perhaps its day, and its agency in brackets, as a lede under a
                # teaser opens: "Washington, June 10 (IANS) Major American meat producer ...".
                or ("(" in text[:60] and re.match(_AGENCY_DATELINE, text) is not None)
            )
        )
        lede = not sentences or (
            (text[:1] == "[" or capitals) and not dateline and _one_paragraph(blocks)
        )
        filed = opening_dateline(text) if lede else None
        if filed and (not sentences or filed.group()[0] == "[" or capitals):
            dateline = filed.group().strip()
            text = (text + " ")[filed.end() :].strip()
            if not text:
                continue
        text = LIST_NUMBER.sub("", TIMESTAMP.sub("", text, count=1), count=1)
        if CREDIT_LINE.match(text):
            continue  # "Agence France-Presse" on a line of its own credits the copy
        if ATTRIBUTION_LINE.match(text) and sentences:
            blocks.append(Block("heading", text=text))  # shown, never counted as a claim
            continue
        # ... but a last paragraph cut off short is a sentence all the same.
        crosshead = not SENTENCE_END.search(text) and (
            len(text.split()) <= CROSSHEAD_WORDS
            or (len(text.split()) <= TITLED_CROSSHEAD_WORDS and _titled(text))
        )
        # A list's point is a fact however short ("- a four-day working week"), and a short
        # lead-in to the list ("Other demands included:") heads what follows.
        point = text[:2] in ("- ", "• ", "* ")
        # ... and so are the short lines under a paragraph that ends on a colon ("There were
        # 12 albums shortlisted. They were:" / "Arctic Monkeys – AM" / ...).
        crosshead = crosshead and n < len(found) - 1 and not point and not listing
        led_in = text[-1] == ":" and len(text.split()) <= CROSSHEAD_WORDS
        if LEAD_IN.match(text) or ((crosshead or led_in) and sentences):
            blocks.append(Block("heading", text=text))  # it heads what follows
            # ... and the points under a short lead-in are its list's ("The recalled cars
            # include:" / "2014-2016 Cadenza" / ...), not crossheads.
            listing = led_in
            continue
        start = len(sentences)
        sentences.extend(split_sentences(text))
        blocks.append(Block("paragraph", tuple(range(start, len(sentences)))))
        listing = text[-1] == ":" or (listing and not SENTENCE_END.search(text))
    tokens = [tokenize(s, year) for s in sentences]
    for block in blocks:
        _carry_quotations(sentences, tokens, block.sentences)
    return Document(tuple(sentences), tuple(blocks), tuple(tokens), year, dateline, published)


def _one_paragraph(blocks: Sequence[Block]) -> bool:
    """Whether one paragraph, a standfirst, stands above this one."""
    return sum(b.kind == "paragraph" for b in blocks) == 1


def _titled(text: str) -> bool:
    """Whether ``text`` is set as a headline: its words of four letters or more capitalised."""
    long = [w for w in text.split() if len(w.strip(".,:;'\"’”“()")) >= 4]
    return len(long) >= 3 and all(w.lstrip("'\"‘“(")[:1].isupper() for w in long)


def _carry_quotations(
    sentences: Sequence[str], tokens: list[tuple[Word, ...]], indices: Sequence[int]
) -> None:
    """Mark as quoted, in place, the sentences inside a quotation that runs over several.

    '"Our politics may be under strain. So much to be proud of. So much to be
    optimistic about."': the middle sentence has no quotation marks of its own, yet
    it is the speaker's words, which another outlet may quote on their own.
    """
    inside = False
    for i in indices:
        marks = [ch for ch in sentences[i] if ch in '"“”']
        if not marks:
            if inside:
                tokens[i] = tuple(t._replace(quoted=True) for t in tokens[i])
            continue
        for ch in marks:
            inside = ch == "“" or (ch == '"' and not inside)


def from_sentences(sentences: Sequence[str], year: int | None = None) -> Document:
    """A document of sentences already split, one paragraph: for tests and notebooks."""
    return Document(
        tuple(sentences),
        (Block("paragraph", tuple(range(len(sentences)))),),
        tuple(tokenize(s, year) for s in sentences),
        year,
    )


def _blocks(markdown: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    tokens = _md.parse(markdown)
    for i, token in enumerate(tokens):
        if token.type != "inline":
            continue
        kind = "heading" if i and tokens[i - 1].type == "heading_open" else "paragraph"
        found.append((kind, _inline_text(token)))
    return found


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts)


def opening_dateline(text: str) -> re.Match[str] | None:
    """The dateline that opens a story's first paragraph, if it has one."""
    # The place in small letters and its agency (:data:`_PLACED_DATELINE`) is asked only
    # with a bracket near the start.
    found = _dateline(_needs_every_dateline(text)).match(text + " ")
    if found is None and "(" in text[:60]:
        found = re.match(_PLACED_DATELINE, text)
    if found is None and " | " in text[:60]:
        found = re.match(_BARRED_DATELINE, text)
    if found is None and text.split(" ", 1)[0].endswith(_SITE_ENDS):
        found = re.match(_SITE_DATELINE, text)
    # ... and the place in capitals with no mark after it, asked only of a lede that opens
    # in capitals.
    if found is None and text[:3].isupper():
        found = re.match(_MARKLESS_DATELINE, text)
    # ... and a place in small letters, perhaps two, with its day and perhaps its outlet,
    # asked only of a lede with a month in its first words.
    if found is None and _MONTH_NEAR.search(text[:40]):
        found = re.match(_DATED_PLACE, text)
    return found
