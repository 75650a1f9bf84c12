"""Picture credits: a news picture's credit, label, file name and alternative text.

The lines a page sets around a picture's caption rather than the caption's own words:
a credit under its caption ("Photo: Reuters", "Peter Casey-USA TODAY Sports"), a
caption's label on a line of its own, a labelled caption, a picture's file name or
alternative text glued before a paragraph, a caption run into the paragraph next to
it with its credit in brackets, a photographer's name or a picture library ending a
line, the source a caption names, and a gallery set in the story (its count, its button,
its slides between their credits).  The plain-text cleaner reads them where a line
stands.  What a caption says, and the caption lines that are furniture wherever they
stand, are in :mod:`sitegen.importer.captions`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from itertools import pairwise

# A picture's file name glued before a paragraph, with its date and credit:
# "| 04/07/2012 higgs-boson-particle_600x450.jpg(BBC): Cern scientists ...", or with no
# space at all: "cars.jpgPolice vehicles fill a street ...".
IMAGE_FILE = re.compile(
    r"^\W{0,3}(?:\d{1,2}/\d{1,2}/\d{2,4}\s+)?\S[^\s]*(?:\s\(\d+x\d+\))?"
    r"\.(?:jpe?g|png|gif|webp)(?:\s*\([^()]{1,30}\))?(?:\s*:?\s+|(?=[A-Z]))(?=[A-Z\"“])"
    # ... or the picture's credit: "Brendan Hoffman/Getty Images(KIEV, Ukraine) — ".
    r"|^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\s?/\s?(?:getty images|afp|reuters|ap|epa|"
    r"shutterstock|alamy)(?:\s?via\s[\w ]{1,30})?(?=\()"
    # ... or its credit set between bars, ended by the agency: "Jo Bloggs | Estuary Images |
    # Getty Images Shares of the operator rose ...".
    r"|^(?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’&-]*){0,3}"
    r"(?: \| (?-i:[A-Z])[\w.'’&-]*(?: (?-i:[A-Z])[\w.'’&-]*){0,3}){0,3}"
    r" \| (?:getty images|afp|reuters|ap|epa|bloomberg|shutterstock|alamy)\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
# A picture's alternative text run into the paragraph under it: "boltBERLIN - Usain Bolt
# ...", "handheldmode-switchThe screen is ...".  Case matters: "iPhone" and "eBay" are words.
GLUED_ALT = re.compile(
    r"^[a-z][a-z0-9-]{3,}(?=(?:[A-Z]{3,}|The|A|An|In|On|At|It|He|She|They|This|After|When|As)\b)"
)
# A caption's label on a line of its own: the caption is the line after it.
# ... and the label a gallery's button sets over it: "Open this photo in gallery:".
CAPTION_LABEL = re.compile(
    r"^(?:(image |photo |picture |media |video )?caption|open this (?:photo|image) in gallery)\W*$",
    re.IGNORECASE,
)


_LABEL = r"(picture|photo|photograph|image|credit|pic|video|illustration)s?( credits?)?"
# A photographer's name and the outlet after a bare "Credit": "Credit Ann Lee / KUT".
_NAMED_CREDIT = (
    r"^credit:?\s+(?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){0,3}\s*/\s*[\w .&'’-]{2,40}$"
)
# A credit is short; the line before it, if not prose, is the caption it credits.
CREDIT = re.compile(
    rf"^\(?\s*(?:mandatory\s+)?{_LABEL}\s*"
    r"([:|/]|\s((?:copied |provided |taken |supplied )?by|via|courtesy)\b)"
    r"[^)]{0,80}\)?$"
    r"|^\(?[^()]{0,60}(getty images|via getty$|/ ?getty$|/ ?reuters|/ ?afp|/ ?ap\b|ap photo"
    r"|/ ?associated press\)?$"
    r"|associated press photo"
    r"|license photo|shutterstock|pa wire|pa graphics|"
    r"pa media|alamy|imagn images|/ ?istock(?:photo)?$)[^()]{0,40}\)?$"
    # A photographer's and a pool's credit via an agency: "Jo Bloggs/Pool via AP".
    r"|^[^()/]{2,40}/[^()]{2,40}\bvia (ap|afp|reuters)$"
    # A sports agency's credit glued to the photographer's name: "Peter Casey-USA TODAY Sports".
    r"|^(?-i:[A-Z])[\w.'’]+( (?-i:[A-Z])[\w.'’]+){0,3}\s?-\s?usa today( sports| network)?$"
    # ... or to the paper's own: "Tom Gralish / Staff Photographer".
    r"|^(?-i:[A-Z])[\w.'’]+( (?-i:[A-Z])[\w.'’]+){0,3}\s?/\s?staff photographer$"
    rf"|{_NAMED_CREDIT}"
    # An agency and the paper that ran its picture: "AFP/ MANILA BULLETIN".
    r"|^(reuters|afp|ap|epa|xinhua|getty)\s?/\s?(?-i:[A-Z][A-Z .&'’-]{2,40})$"
    # ... or the page it was taken from: "Facebook / Gudauri Ski Resort".
    r"|^(facebook|twitter|instagram|x|youtube|tiktok)\s*/\s*[\w .&'’-]{2,60}$"
    # ... or the agency's library: "AP Archive".
    r"|^(reuters|afp|ap|aa|epa) archive$"
    # ... or who lent it, after its label: "Courtesy Photo, US DOJ".
    r"|^courtesy (photo|picture|image)s?,\s*[^.!?]{2,40}$"
    r"|^[a-z][\w.'’-]*( [a-z][\w.'’-]*){0,3}\s*\|\s*(reuters|afp|ap|getty( images)?|epa|"
    r"bloomberg|cnbc|pa)$"
    # ... or, set as a point, a photographer and the paper that ran the picture: "• Katherine
    # Taylor / New York Times".
    r"|^[•·]\s*(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2}) ?/ ?(?-i:[A-Z][\w&.'’-]*)"
    r"(?: (?-i:[A-Z])[\w&.'’-]*){0,4}$",
    re.IGNORECASE,
)
# A credit that says it is a picture's: "Photo: Reuters", "(Photo by Ann Lee)".
PICTURE_CREDIT = re.compile(
    r"^\(?\s*(?:photo|picture|image|photograph)s?\s*"
    r"(?::|(?:(?:copied |provided |taken |supplied )?by|via|courtesy)\b)|" + _NAMED_CREDIT,
    re.IGNORECASE,
)
# A caption run into the paragraph under it, its credit in brackets: "Ingenuity took this
# shot while hovering. (Photo via NASA/JPL-Caltech) NASA's Ingenuity ...", "(Express photo
# by Jo Bloggs)".
GLUED_CAPTION = re.compile(
    r"^[^()]{10,300}?\(\s*(?:(?-i:[A-Z])\w+ )?(?:photo|picture|image)s?\s*"
    r"(?::|(?:by|via|courtesy)\b)[^()]{1,60}\)"
    r"\s+(?=[A-Z\"“])"
    # ... or its source labelled after it, in capitals: "... following the referendum. Source:
    # AAP / JO BLOGGS/AAPIMAGE Some Indigenous Australians ...".
    r"|^[^()]{10,300}?[.!?]\s+source\s*:\s*(?-i:[A-Z][A-Z0-9 /.&'’-]{1,60}[A-Z])\s+"
    r"(?=(?-i:[A-Z][a-z]))",
    re.IGNORECASE,
)
# ... or after the paragraph above it, its credit a screen grab's, a photo's or labelled a
# credit ("... in Istanbul, Turkey October 16, 2021 (credit: REUTERS/JO BLOGGS)"): "... killing
# about 15 people, PTI reported. Teams of NDRF are present at the site.(Screengrab @ANI (X))".
TRAILING_CAPTION = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"”]))\s*(?-i:[A-Z])[^.!?]{10,300}[.!?]?\s*"
    r"\(\s*(?:screengrab|screenshot|screen grab|(?:file |\w{2,5} )?photo|picture|image|credit)\b"
    r"[^()]{0,60}(?:\([^()]{0,30}\)[^()]{0,20})?\)$"
    # ... or its agency's name glued to its last word: "... an Indigenous advisory body to
    # Parliament. Australian Prime Minister Anthony Albanese(AFP)".
    r"|(?:(?<=[.!?])|(?<=[.!?][\"”]))\s*(?-i:[A-Z])[^.!?()]{10,150}(?<=\w)"
    r"\((?:AFP|AP|Reuters|PTI|ANI|EPA|Bloomberg|HT Photo|PTI Photo)\)$",
    re.IGNORECASE,
)
# A labelled caption is furniture however long it is and however it ends.
CAPTION = re.compile(
    r"^\(?\s*(?:an (?=illustration))?"  # "An illustration: ..."
    r"(picture|pictured|photo|photograph|image|pic|video|watch|credit|illustration|caption)"
    r"s?( credits?| caption)?\s*:"
    r"|^photo,\s*caption follows\b"  # "Photo, Caption follows.Russian special forces ..."
    # ... or its label run into it: "Media captionZac Goldsmith says he is disappointed".
    r"|^(?:media|image|video|photo) caption\s*(?-i:[A-Z])"
    # ... or a picture's label as a paper sets it: "Photo/Illustration The index surges ...",
    # "Camera IconWales' Josh Adams celebrates his try ...".
    r"|^photo/ill?ustration\s|^camera ?icon\s*(?=\S)"
    # ... or where it stands on the page: "(Above) The Ever Given after it was refloated."
    r"|^\((?:above|below|left|right|top|inset)\)\s",
    re.IGNORECASE,
)
# A person's name before a slash in a credit: "(Jo Bloggs/Estuary Times)" credits a photo.
PHOTOGRAPHER = re.compile(r"\w \w[^/()]*/")
# Picture libraries credit photos, not paragraphs: a line ending in one is a caption.
PICTURE_LIBRARY = re.compile(r"getty|shutterstock|alamy|\bepa\b|photo|picture|image", re.I)

# What a picture's caption names as its source: "Photo by Jo Bloggs/Reuters", "Source: AP",
# "REUTERS/Maxim Shemetov", "Handout picture released by ...".
PICTURE_SOURCE = re.compile(
    r"\bphoto(graph)? by\b|\bsource\s*:\s*\w|\b(reuters|afp|ap|epa|getty|xinhua)\s?/\S"
    r"|\S/\s?(reuters|afp|ap|epa|getty images|xinhua|pa images|pa wire|pa media)\b"
    r"|\bhandout (picture|photo|image)\b|^(?-i:[A-Z])[\w .'’/-]{2,60}\bfile photo\.",
    re.IGNORECASE,
)


def slide_captions(units: Sequence[str], credits: AbstractSet[int]) -> set[int]:
    """The slides of a gallery, each a title and a caption between two pictures' credits
    ("Image: imago/UPI Photo" / "Beautiful stranger: Johannes Vermeer's 'Girl with the Pearl
    Earring' (1665)" / "Scientists who started ..." / "Image: picture-alliance/akg-images"),
    and the intro over the first: a story's paragraph between two credits has no title."""
    found: set[int] = set()
    for a, b in pairwise(sorted(credits)):
        if b - a == 3 and _SLIDE_TITLE.match(units[a + 1]):
            found.update((a + 1, a + 2))
            if a > 0 and a - 1 not in credits:
                found.add(a - 1)
    return found


# A slide's title: a label and what the picture is, with no full stop.
_SLIDE_TITLE = re.compile(r"^[^.!?:]{2,40}: [^.!?]{2,120}$")


# A gallery set in the story, its count and its button: "8 PHOTOS", "See Gallery".
_GALLERY = re.compile(r"^(?:\d{1,3}\s+(?:photos|pictures|images)|see (?:the )?gallery)$", re.I)


def gallery_lines(units: Sequence[str], blocks: Sequence[int]) -> set[int]:
    """The lines of each gallery set in the story: the block that holds its count or its
    button, with its title and every caption ("8 PHOTOS" / "History of bird flu outbreaks" /
    "See Gallery" / "Indian workers spread disinfectant after ..."), ``blocks`` giving the
    block each of ``units`` stands in."""
    shown = {blocks[n] for n, unit in enumerate(units) if _GALLERY.match(unit.strip())}
    return {n for n, block in enumerate(blocks) if block in shown}
