"""Datelines: where a story was filed, however a page sets it.

Alone on a line ("LONDON (Reuters) -", "MOSCOW:"), opening the story's first
paragraph ("KATHMANDU (AFP) - ", "Norristown, Pennsylvania: "), or loosely, any
place before a colon or a dash where a story may begin.  The plain-text cleaner
reads them to find where the story starts; what stands above a dateline is the
page's header.
"""

from __future__ import annotations

import re

from ..engine.namewords import AGENCIES

# Labels in capitals before a colon, which no dateline is: "UPDATE:", "WATCH:".
LABELS = (
    r"(?:UPDATE[SD]?|WATCH|RELATED|READ|MORE|NOTE|EDITOR'S NOTE|LISTEN|VIDEO|PHOTOS?|ALSO|SEE"
    r"|BREAKING|EXCLUSIVE|ADVERTISEMENT|SUMMARY|HIGHLIGHTS|KEY|TOPLINE|TANGENT|WARNING|LIVE"
    r"|ANALYSIS|OPINION|CORRECTION|CLARIFICATION|SOURCE|SOURCES|CREDIT|CAPTION|FACT|FACTS"
    r"|IMPORTANT|URGENT"
    # ... and a market report's sections: "STOCKS: The blue-chip FTSE 100 extended gains".
    r"|STOCKS|SHARES|EQUITIES|FOREX|CURRENCIES|BONDS|GILTS|COMMODITIES|MARKETS)"
)
# A dateline set on a line of its own: "LONDON (Reuters) -", "DARMSTADT, Germany (AFP) -",
# "London CNN —".  A place in small letters needs its agency: "Northgate —" may head a section.
DATELINE_ALONE = re.compile(
    # ... or a place in capitals and a colon, as South Asian papers set it: "MOSCOW:".
    rf"^(?!{LABELS}\b)[A-Z][A-Z.'\- ]{{2,30}}:$|"
    r"^(?:[A-Z][A-Z.'\- ]{2,40}(?:,\s*[A-Z][A-Za-z. ]{1,30})?(?:\s*\([^()]{1,40}\))?"
    r"|[A-Z][a-z]+(?:[ /][A-Z][a-z]+){0,2}(?:,\s*[A-Z][A-Za-z. ]{1,30})?"
    r"\s*(?:\([^()]{1,40}\)|[A-Z]{2,6}))"
    r"\s*(?:[—–_]|-{1,2}|//)$"
)
# A dateline opens the story's first paragraph: "KATHMANDU (AFP) - ", "SHAHEDSHAHR, Iran — ".
# What stands before it is the page's header (a standfirst, a caption).  The place needs
# its agency, country or date with it: "NATO - " alone may open any paragraph.
OPENING_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'\- ]{2,40}(?:,\s*[A-Z][A-Za-z. ]{1,30}|,?\s*[A-Z][a-z]{2,8}\.? \d{1,2})"
    r"(?:\s*\([^()]{1,40}\))?"
    r"|[A-Z][A-Z.'\- ]{2,40}\s*\([^()]{1,40}\)"
    r"|[A-Z][a-z]+(?:[ /][A-Z][a-z]+){0,2}\s*(?:\([^()]{1,40}\)|[A-Z]{2,6}))"
    # ... the dash perhaps an underscore, as old wire copy set it: "GLENDALE, Ariz. (AP) _ Oh",
    # the lede perhaps opening on a figure: "LOUISVILLE, Ky. — 16 people are dead ...".
    r"\s*(?:[—–_]|-{1,2}|//)\s+(?=[A-Z0-9\"“])"
    # "MOSCOW: Over 250 people ...": a place in capitals before a colon.
    rf"|^(?!{LABELS}\b)[A-Z]{{3,}}(?:[ -][A-Z]{{2,}}){{0,2}}:\s+(?=[A-Z\"“])"
    # "Hanau, Germany – On a nondescript street ...": a place and its country before a dash.
    r"|^(?!(?:In|At|On|For|From|But|And|Still|Meanwhile|Then|So|Yet)\b)"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z][a-z]+(?: [A-Z][a-z]+)? [–—] (?=[A-Z\"“])"
    # "Norristown, Pennsylvania: Bill Cosby was ...": a place and its state before a colon.
    r"|^(?!(?:In|At|On|For|From|But|And|Still|Meanwhile|Then|So|Yet)\b)"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z][a-z]+(?: [A-Z][a-z]+)?:\s+(?=[A-Z\"“])"
    # "AFP - Japan's Toyota Motor ...": the agency alone, as the copy came from it.
    rf"|^(?i:{'|'.join(sorted(AGENCIES))}|cnn|ansa)\s*(?:[—–]|-{{1,2}})\s+(?=[A-Z\"“])"
    # ... or in brackets, glued to the lede or not: "(CNN)India on Wednesday announced ...".
    rf"|^\((?i:{'|'.join(sorted(AGENCIES))}|cnn|ansa|cbs ?news|nbc ?news)\)\s*(?=[A-Z\"“])"
    # "Washington // Hundreds of ...": a double slash sets no sentence apart.
    r"|^[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){0,3}\s+//\s+(?=[A-Z\"“])"
    # "Kuala Lumpur, Jan 9 (IANS) A Malaysian court ...": the day and agency, no dash.
    r"|^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},\s*[A-Z][a-z]{2,8}\.? \d{1,2}\s*\([A-Za-z/]{2,12}\)"
    r"\s+(?=[A-Z\"“])"
    # "Jerusalem, Apr 12: Israeli spacecraft ...": the day, then a colon.
    r"|^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},\s*[A-Z][a-z]{2,8}\.? \d{1,2}(?:\s*\([A-Za-z/]{2,12}\))?"
    r":\s+(?=[A-Z\"“])"
)
# Any place before a colon, a dash or a bullet: read only where a story may begin, below
# the lines of a page's header ("Yokohama: ", "CAPE TOWN - ", "YOKOHAMA • ").
LOOSE_DATELINE = re.compile(
    r"^[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){0,3}(?:,\s*[A-Z][A-Za-z. ]{1,30})?\s*(?:\([^()]{1,40}\))?"
    r"\s*(?:[—–•:]|-{1,2}|//)\s+(?=[A-Z\"“])"
)
# A place in capitals alone before a dash: "NEW DELHI — Tens of thousands ...".  Read only a
# few short lines below where a story seems to start: it may be an acronym elsewhere.
CAPITALS_DATELINE = re.compile(
    rf"^(?!{LABELS}\b)[A-Z][A-Z.'\-]{{2,}}(?: [A-Z][A-Z.'\-]+){{0,3}}\s*[—–]\s+(?=[A-Z\"“])"
)
DATELINE_REACH = 4  # paragraphs a header (standfirst, captions) may take before the dateline
HEADER_WORDS = 40  # words a standfirst or caption above the dateline may have
