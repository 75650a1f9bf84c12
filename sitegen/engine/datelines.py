"""Datelines: where a story was filed, however an outlet sets it before the lede.

"PORT CALDER (Northern Wire) — ", "LONDON (Reuters) - ", "KYIV, Aug 2 (AP) — ": where the
story was filed, not something it reports.  :func:`opening_dateline` finds the one that opens
a story's first paragraph; :func:`dated_below` asks whether a paragraph under a standfirst or
an update opens on one.  :mod:`.segment` leaves them out of the sentences it counts.
"""

from __future__ import annotations

import re
from functools import cache

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
    # ... or in small letters, with its partner's after a slash: "dpa/GNA – Myanmar's ...".
    (False, r"(?:dpa|afp|ap|ians|pti|ani|efe|apa)(?:/[A-Za-z]{2,8})?\s*[–—-]\s+(?=[A-Z\"“])"),
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
        # ... and a second place after the state: "PALM BEACH, FLORIDA/SEOUL (REUTERS) - "
        r"(?:/[A-Z][A-Z.'’\- ]{2,30})?"
        r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}))?"
        r"(?:,? [A-Za-z0-9 .]{1,20}?)?"
        r",?\s*(?:\([^()]{1,40}\))?"
        # (">>" as the Star-Advertiser sets AP's: "KNOXVILLE, Tenn. >> Two buses ...")
        r"\s*(?:(?:[—–―_-]{1,2}|//|>>|:|•|\||\.\s*/[A-Z][A-Za-z ]{1,20}/\.?)\s+|[—–](?=[A-Z\"“])"
        # ... or a hyphen glued to the story after the agency: "LONDON/TOKYO(Reuters) -Japan",
        # or after the place: "LONDON -The biggest jump in food prices ...", "MARYVILLE,
        # Tenn. --After a train car ...".
        r"|(?<=\))-(?=[A-Z])|(?<=[) ])--?(?=[A-Z]))",
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
    # ... or a place and its agency in capitals: "Tokyo, MINA – Through a press conference",
    # perhaps with the day between: "Accra, April 13, GNA – The Food and Drugs Authority".
    (
        False,
        r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},(?: [A-Z][a-z]{2,8}\.? \d{1,2},)? [A-Z]{2,8}"
        r"\s*(?:[—–-]|--)\s+(?=[A-Z\"“])",
    ),
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
    # ... or places joined by slashes, the day and the agency, as PTI sets them: "New
    # Jalpaiguri/Kolkata/New Delhi, Jun 17 (PTI) At least nine people ...".
    (
        True,
        r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:/[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}){1,3},\s*"
        r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*"
        r"\([^()]{1,40}\)\s*(?=[A-Z\"“])",
    ),
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


SLASHED_PLACES = 80  # characters of a lede in which places joined by slashes and an agency stand


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
        or ("/" in text[:SLASHED_PLACES] and " (" in text[:SLASHED_PLACES])
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


def dated_below(text: str) -> bool:
    """Whether ``text``, a paragraph under a standfirst or an update, opens on a dateline:
    a place in capitals before a dash ("OSO — A hillside broke ..."), or a place, perhaps
    its day, and its agency in brackets, as a lede under a teaser opens ("Washington, June
    10 (IANS) Major American meat producer ...")."""
    return (text[:2].isupper() and bool(_CAPITALS_DATELINE.match(text))) or (
        "(" in text[:60] and re.match(_AGENCY_DATELINE, text) is not None
    )
