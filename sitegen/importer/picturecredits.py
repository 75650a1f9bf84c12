"""Picture credits: a news picture's credit, label, file name and alternative text.

The lines a page sets around a picture's caption rather than the caption's own words:
a credit under its caption ("Photo: Reuters", "Peter Casey-USA TODAY Sports"), a
caption's label on a line of its own, a labelled caption, a picture's file name or
alternative text glued before a paragraph, a caption run into the paragraph next to
it with its credit in brackets, a photographer's name or a picture library ending a
line, the source a caption names, and a gallery set in the story (its count, its button,
its slides between their credits).  The plain-text cleaner reads them where a line
stands, but a caption line that ends on its credit (:data:`CREDITED_CAPTION_LINES`) is
furniture wherever it stands.  What a caption says, and the other caption lines that are
furniture wherever they stand, are in :mod:`sitegen.importer.captions`.
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
    r" \| (?:getty images|afp|reuters|ap|epa|bloomberg|shutterstock|alamy)\s+(?=(?-i:[A-Z]))"
    # ... or a picture's slot marker: "|PIC1|More than 8,000 schools ...".
    r"|^\|pic\d{1,2}\|\s*",
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


_LABEL = r"(picture|photo|photograph|image|credit|pic|video|illustration)s?( credits?| sources?)?"
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
    # A photographer's and a pool's credit via an agency: "Jo Bloggs/Pool via AP", "Jo Bloggs
    # | Estuary Tribune via AP".
    r"|^[^()/|]{2,40}[/|][^()]{2,40}\bvia (ap|afp|reuters)$"
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
    r"^\(?\s*(?:photo|picture|image|photograph)s?(?: source)?\s*"
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
    r"(?=(?-i:[A-Z][a-z]))"
    # ... or credited as a sports agency does: "Nov 14, 2024; Northgate, UK; Ann Lee reacts
    # ... Mandatory Credit: Jo Bloggs-Imagn Images Ann Lee won ...".
    r"|^.{10,400}?\bmandatory credit:\s*[^.!?]{2,60}?-(?:imagn images|usa today sports"
    r"|imagn content services,? llc)\s+(?=(?-i:[A-Z]))",
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
    r"|^\((?:above|below|left|right|top|inset)\)\s"
    # ... or as a picture agency files it, dated: "File photo dated 17/03/20 of planes at the
    # airport ... Issue date: Tuesday August 2, 2026."
    r"|^(?:file )?(?:photo|picture|image) dated \d{1,2}/\d{1,2}/\d{2,4} of\b"
    # ... or labelled a file picture, or a gallery's, or who stands where in it: "FILE PICTURE
    # - The quay ...", "open image in gallery Ann Lee speaks ...", "From left: Ann Lee, ..."
    r"|^file (?:photo|picture|image)\s*[-–—]\s|^open image in gallery\s"
    r"|^\(?from (?:left|right)(?: to (?:right|left))?\)?[:,]\s"
    # ... or an artist's picture of what is planned: "Estuary Water's artist's impression of
    # the new reservoir near Northgate."
    r"|^[^.!?]{0,60}\bartist['’]s (?:impression|illustration|rendering)\b[^.!?]{0,120}\.?$"
    # ... or under its photographer and agency, set before it: "Jo Bloggs/AP Estuary's
    # players celebrate with the trophy after the final.", "Jo Bloggs/Supplied State Highway
    # 1 gridlocked ...", or under who lent it alone: "Supplied Structural damage on the
    # bridge could see ...".
    r"|^(?-i:[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})/"
    r"(?-i:AP|AFP|Reuters|REUTERS|Getty Images|EPA|PA|Supplied|Stuff)\s+(?-i:[A-Z])"
    r"|^(?-i:Supplied\s+[A-Z][a-z]+ [a-z])",
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
    r"|\bhandout (picture|photo|image)\b|^(?-i:[A-Z])[\w .'’/-]{2,60}\bfile photo\."
    # ... or lent it: "Mirabella at ASU (Courtesy of Mirabella at ASU)".
    r"|\((photo )?courtesy( of)? [^()]{2,60}\)$",
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


# A caption's line that ends on its credit, however its words read: the photographer, the
# agency or the library that lent the picture, after a dash, a slash, a bar or a label, in
# brackets or glued to the last full stop.
CREDITED_CAPTION_LINES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        # A picture agency's, pointing to its own story: "Dated: 02/03/2026 BRITAIN'S BUSIEST
        # FERRY The quay at Northgate ... See story and video by Estuary News".
        r"\bsee story(?: and (?:video|pictures|photos))? by [\w .'’-]{2,40}$",
        # A file picture's, as UPI credits it: "... without warning. File Photo Jo Bloggs/EPA-EFE".
        r"[.!?\"”]\s+file photo:?\s+(?-i:[A-Z])[\w .'’-]{2,40}/\s?(?-i:[A-Z])[\w .&'’/-]{1,40}$",
        # A caption closed by its credit after a dash: "Ann Lee, the Chancellor, speaks in
        # the Commons on Monday - AFP via Getty Images", "... - Jo Bloggs for The Estuary".
        r"^(?-i:[A-Z])(?:[^.!?]|\.(?=\d)){20,200}\s[-–—]\s(?:[\w.'’/-]+ ){0,4}"
        r"(?:via getty images|getty images|via (?:afp|ap|reuters|pa|epa)|alamy(?: stock photo)?"
        r"|shutterstock)$"
        # ... or by its photographer and agency: "... on Wednesday - Jo Bloggs/Anadolu Agency".
        r"|^(?-i:[A-Z])(?:[^.!?]|\.(?=\d)){20,200}\s[-–—]\s(?-i:[A-Z][\w'’-]+ [A-Z][\w'’-]+)/"
        r"(?-i:[A-Z])[\w .&'’-]{1,40}$",
        # A line that ends on its photographer and the agency or library that sold the picture,
        # in brackets: "... in Mumbai on Sept. 6, 2018 (INDRANIL MUKHERJEE/AFP/Getty Images)".
        # (Two wires credit a story, not a picture: "... to fly in February. (PNA/Xinhua)".)
        r"\((?!(?:pna|ians|ani|pti|uni|dpa|apa|afp|ap|reuters|bernama|yonhap|kyodo|tass|efe|ansa"
        r"|xinhua)/(?:afp|ap|reuters|xinhua)\))"
        r"[^()/]{2,40}/(?:[^()/]{1,20}/)?(?:afp|ap|reuters|epa(?:-efe)?|xinhua|getty images"
        r"|anadolu|bloomberg)\)$",
        # ... or on the courtesy it was lent by: "... from the passage of Hurricane Isaias.
        # Photo courtesy of the NC Department of Transportation.", "... city hall burns. Photo
        # taken by local radio station 92.7 Lake FM which has also burned down."
        r"[.!?]\s+photos? (?:courtesy of|by|credit:?|(?:taken|supplied|provided|submitted) by)\s"
        r"(?:[^.!?]|\.(?=\d)){2,100}\.?$",
        # ... in brackets: "... on Tuesday, June 6. (Photo submitted by Ann Lee)".
        r"[.!?]\s+\(photos? (?:courtesy of|by|credit:?|(?:taken|supplied|provided|submitted) by)"
        r"\s[^()]{2,60}\)\.?$",
        # ... or on its photographer and agency in brackets, as an old wire page sets them:
        # "... in Tallmansville, W.Va. (By Gene J. Puskar -- Associated Press)".
        r"[.!?\"”]\s+\(by [^()]{2,40}\s(?:--|[—–])\s*[^()]{2,40}\)$",
        # ... or on the library that lent it, after a slash: "... in Houston, Tx. / Getty
        # Images", "... marred by brutal violence. / wiki".
        r"[.!?\"”]\s+/\s*(?:getty images|wiki(?:media(?: commons)?|pedia)?|shutterstock|alamy"
        r"|unsplash|pexels|flickr)$",
        # ... or on its photographer and agency after a bar, perhaps cut off: "... back into
        # public control | Ann Lee/PA Wire".
        r"\s\|\s(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})\s?/\s?(?:pa|ap|afp|reuters|getty|epa)\b"
        r"[\w ]{0,12}$"
        # ... or its paper's group, after a stop: "... are to be axed. | Jo Bloggs/National World".
        r"|[.!?]\s\|\s(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})\s?/\s?(?-i:[A-Z][\w'’-]*)"
        r"(?: (?-i:[A-Z][\w'’-]*)){0,2}$",
        # ... or a video's, closed by its day and agency: "... two may be missing. (Nov. 16) AP".
        r"\((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\)"
        r" (?:ap|reuters|afp)$",
        # ... or on its photographer and outlet in square brackets: "... in Mai Mahiu,
        # Naivasha. [Antony Gitonga, Standard]".
        r"[.!?\"”]\s+\[(?-i:[A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2}), (?-i:[A-Z])[\w .'’&-]{1,30}\]$",
        # ... or on its agency glued to the year it was taken: "... in Madrid on 17 June,
        # 2022AFP".
        r"(?:19|20)\d\d(?-i:AFP|AP|EPA|REUTERS|Reuters)$",
        # ... or on its credit in capitals glued to the date's full stop: "... Ukraine, on
        # Tuesday, June 13, 2023.PAP/EPA/NATIONAL POLICE OF UKRAINE HANDOUT", "... June 13,
        # 2023.ALINA SMUTKO (REUTERS)".
        r"(?:19|20)\d\d\.(?-i:[A-Z][A-Z'’.&-]+(?:[ /][A-Z][A-Z'’.&-]+)*(?: \([A-Z/ ]{2,30}\))?)$",
        # ... or on its photographer and agency glued to the full stop: "... on May 29,
        # 2023.Darren Calabrese/The Canadian Press".
        # (a bracket the page lost the other half of may stand before the slash: "... with
        # North Korea leader Kim Jong Un.Evan Vucci)/Associated Press/Associated Press")
        r"[.!?\"”](?-i:[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})\)?/(?-i:[A-Z])[\w .&'’/-]{1,60}$",
        # ... or after a space, the agency a wire's: "... in Tokyo on Tuesday. Uncredited/
        # Associated Press", "... on Tuesday. Jo Bloggs/Reuters".
        # ... and perhaps who lent it first: "... Pakistan. Violaine Martin/UN Photo/dpa".
        r"[.!?\"”]\s+(?:uncredited|(?-i:[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}))/\s?"
        r"(?:(?-i:[A-Z]{2,5}) photo/)?"
        r"(?:the )?(?:associated press|ap|afp|reuters|getty images|epa|xinhua|bloomberg|pool"
        r"|anadolu(?: agency)?|canadian press|new york times|dpa)$",
        # ... or any body that lent it, of a few capitalised words: "... at the far end of
        # the chamber. Jo Bloggs/House of Lords" (no paragraph ends without its stop so).
        r"[.!?\"”]\s+(?-i:[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})/(?-i:[A-Z])[\w'’&-]*"
        r"(?: (?:of|the|and|(?-i:[A-Z])[\w'’&-]*)){0,4}$",
        # ... or after a label for its pictures: "... for two days. Pics/Pradeep Dhivar".
        r"[.!?\"”]\s+(?:pics?|photos?)/\s?(?-i:[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})$",
        # ... or on its credit after "photo": "... at the mine in Polkowice: photo - PAP/Jo
        # Bloggs".
        r"[.:]\s+photo\s*[-–—:]\s*(?-i:[A-Z])[\w .'’&-]{1,30}/(?-i:[A-Z])[\w .'’&-]{1,40}$",
        # ... or on its credit labelled after the last word, with no full stop: "... which is
        # orbited by LHS 1140b Credit: ESO/IAU and Sky & Telescope".
        r"\s(?-i:Credit):\s*[\w .'’/&-]{2,60}$",
        # ... or on its credit labelled in capitals: "... operating illegally. PHOTO: REUTERS".
        # ... or "... on Thursday. PHOTO ILLUSTRATION: Samlaget".
        r"[.!?]\s+(?-i:PHOTOS?|PICTURES?): (?-i:[A-Z][A-Z .,&/'’-]{1,40})$"
        r"|[.!?]\s+(?-i:PHOTO ILLUSTRATION|ILLUSTRATION): (?-i:[A-Z])[\w .,&/'’-]{1,40}$",
        # ... or whose photo it is, in a few capitalised words: "... Oct. 4, 2023. U.S. Coast
        # Guard Photo".
        r"[.!?\"”]\s+(?-i:[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4} (?:Photo|PHOTO))$",
        # ... or its credit and year after it: "... severe turbulence. Hawaii News Now/2022".
        r"[.!?\"”]\s+(?-i:[A-Z])[\w .'’&-]{2,40}/(19|20)\d\d$",
        # ... or the police who took a mugshot, with no full stop, as no sentence ends: "...
        # arrested on June 18, 2024 in Sag Harbor, N.Y. Sag Harbor Police Department".
        r"[.!?]\s+(?-i:(?:[A-Z][\w'’&.-]*\s){1,4}(?:Police(?: Department)?"
        r"|Sheriff['’]s (?:Office|Department)|Fire Department|Department of Corrections))$",
        # ... or its photographer's credit after an agency's: "EPA-EFE/David Fernandez".
        r"[.!?]\s+(epa|efe|afp|ap|anadolu|xinhua)([-/](epa|efe|afp|ap))*\s?/\s?[\w .'-]{2,40}$",
        # ... or its credit after the sentence: an agency's photo ("... file photo. Reuters
        # Photo"), a photographer's with the agency's ("... epicentre. ((Jo Bloggs/Xinhua))"),
        # ... or after the sentence, labelled ("Photo: Reuters", "Photo by Jo Bloggs/EPA") or
        # in brackets under someone doing something ("A diver holds ... (Jo Bloggs)").
        # ("Picture: Jo Bloggs, PA" names the agency after a comma; "PIC: Jo Bloggs/PA Wire").
        r"[.!?\"”]\s+(file )?(photo|picture|image|video|pic)s?\s*(:|by\b)\s*[\w .'’/&-]{2,50}"
        r"(, ?[\w .'’/&-]{2,20})?$",
        # ... or an agency's photo, as AFP sets it between slashes: "... around the world. /
        # AFP PHOTO /", "... / AFP PHOTO / JO BLOGGS".
        r"[.!?\"”]\s+(?:/\s*)?(reuters|ap|afp|epa|getty|xinhua|anadolu)( images)? photo"
        r"(?:\s*/(?:\s*(?-i:[A-Z][A-Z .'’-]{1,40}))?)?$",
        # ... or its photographer and agency after a comma: "... potentially heavy destruction.
        # Ted Aljibe, Agence France-Presse".
        r"[.!?\"”]\s+(?-i:[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}), (?:agence france-presse"
        r"|associated press|reuters|afp|ap|epa|getty images|xinhua|anadolu agency)$",
        r"[.!?\"”]\s+\(((?-i:[A-Z])\w+ )?(photo|picture|image)s? (courtesy|by|credit|via)\b"
        r"[^()]{1,60}\)$",
        # ... or a video's, labelled: "... charged with fraud. (Video: Jo Bloggs/The Post)".
        r"[.!?\"”]\s+\(video\s*:\s*[^()]{2,60}/[^()]{2,40}\)$",
        # ... "... seen below it. Jo Bloggs via AP", "... Jo Bloggs/UCG/Universal Images Group via
        # Getty Images", "... at the swimming hole. | Jo Bloggs/Estuary Roundup via AP".
        r"[.!?\"”]\s+(?:\|\s*)?(?-i:[A-Z])[\w .'’/-]{2,60}\svia (ap|reuters|afp|getty images|epa"
        r"|pa media)$"
        # ... the caption unstopped, its photographer and paper set after it: "Police at the
        # scene of the fatal shooting in Portland on Friday afternoon Jo Bloggs/The Oregonian
        # via AP".
        r"|^[^.!?]{10,200}\s(?-i:[A-Z][\w'’-]+ [A-Z][\w'’-]+)/(?-i:[A-Z])[\w .'’-]{2,40}"
        r"\svia (?:ap|reuters|afp|getty images|epa)$"
        # ... or its photographer's name given twice in brackets: "... after the storefront
        # window is smashed. (Jo Bloggs) (Jo Bloggs)".
        r"|\((?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2})\)\s*\((?-i:[A-Z])[^()]{2,40}\)$",
        # ... or its photographer and paper after a dash: "... left eight skiers dead. Ray
        # Chavez - Bay Area News Group.", "... Wednesday. Jo Bloggs -The Sacramento Bee/TNS.",
        # or who lent it, in capitals: "... Tuesday. COURTESY OF NEVADA COUNTY SHERIFF'S
        # OFFICE."
        # (A hyphen between two names joins them: "... according to Basilan Gov. Jim
        # Hataman-Salliman.")
        r"[.!?]\s+(?-i:[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})(?: [-–—] ?|[–—] ?)"
        r"(?-i:[A-Z])[\w .&'’/-]{2,40}\.?$"
        r"|[.!?]\s+(?-i:COURTESY OF [A-Z][A-Z'’ .&-]{2,60})\.?$"
        # ... or its photographer, in capitals, for the paper, perhaps in brackets: "... in
        # Delhi. JO BLOGGS FOR THE ESTUARY", "... in his opener. (JO BLOGGS FOR ESTUARY AG)".
        r"|[.!?\"”]\s+(?:\((?=[^()]+\)$))?"
        r"(?-i:[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,3} FOR [A-Z][A-Z .&'’-]{1,40})\)?$"
        # ... or in capitals with its agency and the year: "... in London, 3 February 2010.
        # JO BLOGGS/AP2010".
        r"|[.!?\"”]\s+(?-i:[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,3})/"
        r"(?-i:AP|AFP|REUTERS|EPA|PA)(?:\s?(?:19|20)\d\d)?$"
        # ... or whose picture it is, in capitals after a short caption's stop: "Northern
        # Class 158 at Ashington station ahead of the line's reopening. NORTHERN."
        r"|^(?=(?:\S+\s+){3,24}\S+$)[^.!?]{10,160}[.!?]\s+(?-i:[A-Z]{4,}(?: [A-Z]{2,}){0,2})\.?$"
        # ... or its credit for two pictures or more: "... ferry ship. Dec. 14, 2022. NASA TV
        # (both)".
        r"|[.!?]\s+(?-i:[A-Z])[\w .'’/&-]{1,40}\s\((?:both|all|all photos)\)$",
        # ... in brackets: "... taken to area hospitals. (WNBC-TV News 4 New York via AP)".
        r"[.!?\"”]\s+\((?-i:[A-Z])[\w .'’/-]{2,60}\svia (ap|reuters|afp|getty images|epa)\)$",
        # ... or its credit glued to its end: "... dropped to minus $38 a barrel on
        # MondayCredit: Alamy".
        r"(?-i:[a-z0-9])(?-i:Credit):\s*[\w .'’/&-]{2,40}$",
        # ... or to its last full stop, without a colon: "... the authorities
        # said.CreditThomas Samson/Agence France-Presse — Getty Images".
        r"[.!?](?-i:Credit)(?-i:[A-Z])[\w .'’/&—–-]{2,80}$",
        # ... or a gallery's captions run together, each credited and the next labelled: "...
        # in Islandton, S.C. (Jo Bloggs/The Courier via AP, Pool) Photo: ASSOCIATED PRESS/Jo
        # Bloggs A bullet hole is seen ...".
        r"\([^()/]{2,40}/[^()]{2,60}\bvia (ap|reuters|afp|getty images)\b[^()]{0,10}\)"
        r"\s+(photo|picture|image)s?:",
        # ... or its photographer glued to its last full stop: "... at heightened levels
        # Sunday.Jack Tomczuk", "... a day later.Read moreTom Gralish / Staff Photographer",
        # or the body that gave it: "Jo Bloggs in Northgate in 2006.Estuary Marine Corps.".
        r"(?-i:[a-z0-9])[.!?](?:read more)?(?-i:[A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,3})"
        r"(?: ?/ ?(?:staff )?photographer)?\.?$",
        # ... in capitals, with the agency: "... where it was on loan.MARCEL METTELSIEFEN/AFP /
        # Getty Images".
        r"(?-i:[a-z])[.!?](?-i:[A-Z]{2,}(?: [A-Z]{2,}){1,2}) ?/ ?[\w .'’/-]{2,40}$",
        # ... or its credit given as a courtesy: "... launch event on Oct. 4, 2016. Courtesy
        # Photo".
        r"[.!?]\s+courtesy (photo|image|picture)$",
        # ... or its credit glued to it in brackets set with spaces: "... collided with a
        # Coast Guard aircraft.( The Yomiuri Shimbun )".
        r"[.!?]\(\s(?-i:[A-Z])[\w.'’&-]*(?: [\w.'’&-]+){0,4}\s\)$",
        # ... or glued in brackets with its agency and photographer: "... of Mount
        # Marapi.(Reuters: Antara Foto/Iggoy el Fitra)".
        r"[.!?]\((?-i:[A-Z])[\w&.'’-]*(?: [\w&.'’-]+){0,3}:\s*[^():]{2,60}\)$",
        # ... or a photographer and whom they shot it for, any body: "... just after midnight
        # Saturday. Aubrey Gemignani/NASA".
        r"[.!?\"”]\s+(?-i:[A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2})\s?/\s?"
        r"(?-i:[A-Z][\w&.-]{1,20}(?: [A-Z][\w&.-]{1,20}){0,2})$",
        # ... "REUTERS/Fabrice Coffrini/Pool": the agency, its photographer and the pool.
        r"[.!?\"”]\s+(?-i:[A-Z]{2,})\s?/\s?[\w .'’-]{2,40}(?:/\s?[\w .'’-]{2,20})?$",
        # ... or its photographer and agencies in brackets at its end, with no stop before
        # them: "... outside AK Party offices in Istanbul, Turkey (Khalil Hamra/AP/PA)", or
        # whoever supplied it before the agency: "(House of Commons/UK Parliament/PA)".
        r"\s\((?:(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2})\s?/\s?"
        r"|(?:(?-i:[A-Z])[\w.'’-]*(?: [\w.'’-]+){0,3}\s?/\s?){2})(?:ap|pa|afp|reuters|epa|getty)"
        r"(?:\s?/\s?(?:ap|pa|afp|reuters|epa|getty|images))*\)$",
        # ... or the agency's picture credited to whoever supplied it: "... dinosaur. (AAP
        # Image/Supplied by Queensland Museum and the Eromanga Natural History Museum)".
        r"[.!?\"”]\s+\((?:aap|ap|afp|epa|reuters|getty) (?:image|photo|picture)s?\s*/\s*"
        r"[^()]{2,120}\)$",
        # ... or its credit after a label: "... to control the crowds. Picture: Timothy
        # Bernard/African News Agency (ANA)".
        r"[.!?\"”]\s+(?:picture|photo|image)s?\s*:\s*(?-i:[A-Z])[\w .'’-]{2,40}/\s?(?-i:[A-Z])"
        r"[^.!?/]{2,60}$",
        # ... "Ann Lee (Northgate Police Department photo)": a few words, credited in brackets.
        r"^(?=(?:\S+\s+){0,15}\S+$)[^()]{2,80}\([^()]{2,60}\b(?:photo|photograph|picture)\)$",
        # ... or its photographer after the agency in brackets, as ABC sets it: "... in a pub
        # in Leicester. (Reuters: Eddie Keogh)", or an agency's source spaced inside its
        # brackets: "... around the Pacific Ocean. ( AFP: Center for Volcanology and
        # Geological Hazard Mitigation )".
        r"[.!?\"”]\s+\((?-i:[A-Z])[\w&.'’-]*(?: [\w&.'’-]+){0,3}:\s*(?-i:[A-Z])[\w.'’-]+"
        r"(?: (?-i:[A-Z])[\w.'’-]+){0,3}\)$"
        r"|[.!?\"”]\s+\(\s(?-i:AAP|AFP|AP|Reuters|EPA|Getty Images|Supplied):\s[^()]{2,80}\s\)$"
        # ... its closing bracket perhaps lost: "... Magistrates Court. ( AP: Jo Bloggs/PA".
        r"|[.!?\"”]\s+\(\s(?-i:AAP|AFP|AP|Reuters|EPA|Getty Images):\s[^()]{2,60}/[^()]{2,30}$",
        # ... or a picture library's credit in brackets after a caption set without a full
        # stop: "Liam Payne attending the premiere of 'I Am Bolt' in London in 2016 (Getty
        # Images)".
        r"^[^.!?]{10,200}\s\((getty( images)?|shutterstock|alamy|ap photo|pa( wire| media)?"
        # ... or after its label: "... in New York (photo credit: REUTERS)".
        r"|(?:photo|image|picture) credits?\s*:\s*[^()]{2,40}"
        # ... or an agency's picture through another: "(Action Images via Reuters)".
        r"|[\w .'’-]{2,40} via (?:reuters|ap|afp|getty images|pa))\)$",
        # ... or its source after the sentence: "... near Suez, Egypt. Source: Associated Press".
        r"[.!?]\s+source\s*:\s*[^.!?]{2,80}$",
        # ... or a credit no story's text carries, a picture library's or two agencies' as
        # a Seoul paper sets them: "... in Augusta, Georgia, Sunday. (AP-Yonhap)",
        # "... authorities said. (Getty)" (a wire's own "(AFP)" may end a story's paragraph).
        r"[.!?\"”]\s*\((?:getty(?: images)?|(?:ap|afp|epa|reuters|xinhua|ani)-yonhap)\)$",
    )
]
