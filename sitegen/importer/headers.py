"""What the lines above a story give: its headline, its byline and its outlet.

:mod:`sitegen.importer.storystart` finds where the story starts; the lines it steps
over (a headline, a standfirst, a byline, captions, the page's own lines) are read here
for the article's front matter.
"""

from __future__ import annotations

import re

from .credits import WIRE_AFTER_PLACE
from .datelines import DATELINE_ALONE
from .doubles import set_as_headline
from .furniture import HEADLINE_LABEL, KEY_POINTS, WEATHER
from .lineshape import BYLINE, NAME, SENTENCE_END, is_cruft, is_prose
from .links import SAYS_HEADLINE
from .picturecredits import PICTURE_SOURCE
from .stamps import DATED, DAY_DATE, WEEKDAY

# A paper's or a magazine's motto: "Scotland's fortnightly political & current affairs
# magazine", "Your weekly local newspaper".
_MOTTO = re.compile(
    r"\b(?:daily|weekly|fortnightly|monthly|quarterly)\b[^.!?]{0,60}\b(?:magazine|newspaper)$",
    re.IGNORECASE,
)
# An outlet's name run into its motto: "The Washington PostDemocracy Dies in Darkness".
MASTHEAD = re.compile(r"^(?:The )?(?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]{2,}[A-Z][a-z]{3,}(?: \w+){0,5}$")
# The page's own line of the day: "Friday, June 22 , 2018, 10:31 am | Fog/Mist 61º".
PAGE_DAY = re.compile(rf"^{WEEKDAY},|\d\s?[º°]", re.IGNORECASE)
# A site's name as its address, with its motto: "SpaceWar.com - Your World At War".
SITE_BANNER = re.compile(
    r"^[\w-]+\.(?:com|net|org|info|news|co\.uk|com\.au|co\.za|co\.in)\b\s*(?:[-–—|:]|$)",
    re.IGNORECASE,
)
# A menu's links run together end on a sign no headline sets: "Navigating COVID-19 Text our
# fact checkers Database of arrests Start the day smarter ☀️".
MENU_SIGN = re.compile(r"[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?$")
# A section's label, two names joined and the section's: "Nation & World News",
# "Community & Education SinoBeat".
SECTION_LABEL = re.compile(r"^[A-Z][a-z]+ & [A-Z][a-z]+ [A-Z]\w+$")
# Writers' names alone, two or more, perhaps with the outlet whose copy it is after them:
# "Ann Lee, Tom Hart and Jo Bloggs The Athletic".
_PERSON = r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’.-]+){1,2}"
NAMES_BYLINE = re.compile(
    rf"^(?P<names>{_PERSON}(?:, {_PERSON})*,? and {_PERSON})(?: The [A-Z][a-z]+(?: [A-Z][a-z]+)?)?$"
)
# A writer's name and role, as the Guardian sets them over the story: "Ann Lee Whitehall
# editor", "Tom Hart Deputy political editor".
_DESK = (
    "political economics business home foreign health education science technology"
    " environment sport sports arts media legal policy social affairs security defence"
    " diplomatic transport consumer investigations data culture energy"
).replace(" ", "|")
_ROLES = r"editor|correspondent|reporter|writer|columnist"
ROLE_BYLINE = re.compile(
    r"^(?P<name>[A-Z][a-z'’-]+ [A-Z][a-z'’-]+) (?:(?:[A-Z][a-z]+|" + _DESK + r") ){0,3}"
    rf"(?:{_ROLES})$"
)
# ... and the role alone, on the line under the name: "Home Affairs Correspondent".
ROLE_ALONE = re.compile(rf"\b(?:{_ROLES}|analyst|presenter)$", re.IGNORECASE)
_SAYS_HEADLINE = re.compile(SAYS_HEADLINE, re.IGNORECASE)
# A trail of the site's sections down to the story: "Home > Legal > UK confirms stake limits".
BREADCRUMB = re.compile(r"^home\s*[>›»|]\s", re.IGNORECASE)
# The paper's boast under its name: "2024 newspaper of the year", "Website of the Year".
AWARD_SLOGAN = re.compile(r"^(?:\d{4} )?(?:[\w-]+ ){1,3}of the year(?: \d{4})?\W*$", re.IGNORECASE)
_GLUED_DAY = re.compile(rf"(?<=[a-z]){DAY_DATE}$", re.IGNORECASE)
_CREDITED = re.compile(r"[.!?'’\"”] (?:PA|AP|AFP|Reuters|EPA|Getty Images|Shutterstock)$")
_COUNTER = re.compile(
    r"^(?:article|story|page|part|slide|image|photo|picture) \d+ (?:of|out of) \d+$", re.IGNORECASE
)
_DESK_LINE = re.compile(
    r"^BBC (?:News|Sport)(?:,| in\b| at\b| watch\b|$)|^[A-Z][a-z'’-]+ [A-Z][\w'’-]+,(?=[A-Z])"
)
_EDITION = re.compile(r"\b(?:final|edition)$", re.IGNORECASE)
TITLE_CREDIT = re.compile(r"\s+(?:Getty Images|Shutterstock|AP Photo|Alamy)$")


# Words of a publication, a section or a page's controls, never of a person's name:
# "Arkansas Democrat-Gazette", "World World Now", "Share Adjust Comment Print", and an ad
# slot's label ("ARTICLE AD BOX").
_NOT_A_PERSON = frozenset(
    """
    news review gazette times post herald journal tribune sport sports world now live city
    share print comment comments watch follow listen subscribe adjust email tweet menu search
    on air available station stations radio podcast episode programme program
    accessibility links skip content font size
    article box advert advertisement sponsored audio player loader modal by report
    camera icon arrow chevron operation the
    """.split()
)


def _signs(name: str, lede: str) -> bool:
    """Whether a name alone above the story is its author's: a person's name that the
    lede does not give (the story's subject is named there, its writer is not)."""
    words = [w.strip(".,’'").lower() for part in name.split() for w in part.split("-")]
    if any(w in _NOT_A_PERSON for w in words):
        return False
    # (in any case, or as a plural: "Coast Guard Boat" over "Coast Guard rescue boats saved
    # two ..." is the picture's caption)
    return not re.search(rf"\b{re.escape(name.split()[-1])}(?:s|es)?\b", lede, re.IGNORECASE)


def _names_byline(line: str, lede: str) -> str | None:
    """The writers a line of names alone gives, none of whom the lede names: "Ann Lee and
    Tom Hart" is a byline, "Presidents Trump and Vladimir Putin" over the story that names
    them a picture's alternative text."""
    m = NAMES_BYLINE.match(line)
    if m is None:
        return None
    names = re.split(r",? and |, ", m.group("names"))
    return m.group("names") if all(_signs(name, lede) for name in names) else None


# What a byline box runs on after the name: its reading time, even glued to the name ("By
# Ann Lee1 minute Read"), the ad slots under it, and its stamp ("Ann LeeFirst Published Sep
# 5, 2024").
_AFTER_BYLINE = re.compile(
    r"\s*\d+\s*-?\s*min(?:ute)?s?\.?\s+read\b.*$|(?:\s+advertisement)+\s*$"
    r"|\s*(?-i:(?:First )?(?:Published|Updated))\b.*$",
    re.IGNORECASE,
)


def _byline_name(text: str) -> str:
    name = _AFTER_BYLINE.sub("", text).strip() or text
    # ... and a section glued to the name: "Ann LeeMid Wales" (a name's own capitals follow
    # a short run of small letters: "McDonald", "DeSantis").
    return _GLUED_SECTION.split(name, maxsplit=1)[0].strip() or text


_GLUED_SECTION = re.compile(r"(?<=[a-z]{4})(?=[A-Z][a-z])")


def header_metadata(header: list[str], lede: str = "") -> dict[str, str | None]:
    """The title, outlet and author the lines above the story give.

    A name alone on a line is the author's unless the ``lede`` names it: then it
    is the story's subject, set as a picture's alternative text ("Anders Behring
    Breivik" over "Anders Behring Breivik, who spent 10 weeks in court ...")
    (see :func:`_signs`).
    """
    # A headline under a label ("UPDATE: A third of town reduced to ashes") is shaped like a
    # kicker over another story, but above this one it is the headline.
    # (a writer's name glued to the day: "Ann Lowry20 September 2026")
    lines = [_GLUED_DAY.sub("", u) for u in header if not is_cruft(u) or HEADLINE_LABEL.match(u)]
    # A headline carries no date, no dateline and no picture's credit: a header without
    # one gets no title, and the importer says so, rather than a caption or a date line.
    headlines = [
        u
        for u in lines
        if not DATED.search(u)
        and not PAGE_DAY.search(u)
        and not MASTHEAD.match(u)
        and not SITE_BANNER.match(u)
        and not SECTION_LABEL.match(u)
        and not MENU_SIGN.search(u)
        and not DATELINE_ALONE.match(u)
        and not WIRE_AFTER_PLACE.search(u)
        and not PICTURE_SOURCE.search(u)
        and not _CREDITED.search(u)  # a caption, its agency after its stop: "... imagined'. PA"
        and not _COUNTER.match(u)  # a series' counter: "Article 3 out of 17"
        and not _DESK_LINE.match(u)  # "BBC News, West Midlands", "Ann Lee,London Bridge"
        and not BYLINE.match(u)  # "By Ann Lee and Tom Hart" names who wrote it
        and not _names_byline(u, lede)
        and not ROLE_BYLINE.match(u)
        and not BREADCRUMB.match(u)
        and not AWARD_SLOGAN.match(u)
        and not _MOTTO.search(u)  # "Scotland's fortnightly political & current affairs magazine"
        and not (u.isupper() and " | " in u)  # a section's menu: "BERMUDA | RSS PODCAST"
        and len(re.findall(r"[^\W\d_]{2,}", u)) >= 3
        and not u.startswith(("*", "•", "·", "- "))  # a point of a summary
    ]
    title = next(
        (
            u
            for u in headlines
            if 4 <= len(u.split()) <= 25
            and not SENTENCE_END.search(u)
            # a name, however long, but not a headline in capitals ("FDA Approves Female
            # Libido Pill")
            and not (NAME.match(u) and len(u.split()) <= 4)
            and not u.endswith(":")  # "Check out the companies making headlines:" leads in
        ),
        None,
    )
    if title is None:
        title = next(
            (
                u
                for u in headlines
                if 4 <= len(u.split()) <= 25
                and (not is_prose(u) or set_as_headline(u))
                and not u.endswith(":")
            ),
            None,
        )
    if title is None:
        # ... or, with no other, the last line over the story worded as a headline that says
        # who says it, which under the story is a link to another: "'No plans' to rip up
        # smart motorways despite ban on building new ones, says minister".
        title = next((u for u in reversed(header) if _SAYS_HEADLINE.match(u)), None)
    if title is not None:
        # "Update | China devalues the yuan", "283 Missing in Ferry Disaster | Jackson Free
        # Press": a label before the headline, the site's name after it.
        title = HEADLINE_LABEL.sub("", title)
        head, bar, _ = title.partition(" | ")
        title = head if bar and len(head.split()) >= 4 else title
        # ... and the credit of the picture it captioned: "... drug for women Getty Images".
        title = TITLE_CREDIT.sub("", title)
    author = next((_byline_name(m.group(1)) for u in lines if (m := BYLINE.match(u))), None)
    if author is None:
        author = next((who for u in lines if (who := _names_byline(u, lede))), None)
    if author is None:
        author = next((m.group("name") for u in lines if (m := ROLE_BYLINE.match(u))), None)
    # A summary box's label set in capitals ("KEY POINTS") is no one's name, nor is the
    # weather a page's widget shows ("Partly Cloudy").
    names = [
        u
        for u in lines
        if NAME.match(u)
        and 1 <= len(u.split()) <= 4
        and u != title
        and not KEY_POINTS.match(u)
        and not WEATHER.match(u)
        and not ROLE_ALONE.search(u)
    ]
    repeated = [u for u in names if names.count(u) > 1]
    source = repeated[0] if repeated else None
    if author is None:
        # (an edition's label under the byline is no one's: "WEST END FINAL")
        singles = [
            u
            for u in names
            if names.count(u) == 1 and len(u.split()) >= 2 and not _EDITION.search(u)
        ]
        author = singles[-1] if singles and _signs(singles[-1], lede) else None
    return {"title": title, "source": source, "author": author}
