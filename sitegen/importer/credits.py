"""Credits: who wrote, reported, photographed or posted what a page shows.

Bylines run together or in an author's box, an author's role, a wire's credit alone on a
line or after the last sentence (with its desk's initials), a picture's credit after its
caption, a science story's references, and an embedded post's signature, link and hashtag.
:data:`CREDITS` is furniture on a line of any length and :data:`SHORT_CREDITS` on a short
one: :mod:`sitegen.importer.furniture` compiles them into its lists.  Captions as such are
in :mod:`sitegen.importer.captions`.
"""

from __future__ import annotations

import re

from .stamps import WEEKDAY

# A post's handle, as a page may show it: its form lost, the name again ("(@Mark Stephens)").
_HANDLE = r"\(@\w[\w ]{0,29}\)"
# An embedded post's signature on a line of its own: "- Ann Lee (@annlee) July 3, 2019".
POST_SIGNATURE = re.compile(rf"^-+\s*[^()]{{1,60}}{_HANDLE}[^.!?]{{0,30}}$", re.IGNORECASE)
# ... or at the end of a post's last words: "... on the quay. #FerryStrike - Ann Lee (@annlee)
# May 4, 2026".
POST_SIGNED = re.compile(rf"\s-+\s*[^()]{{1,60}}{_HANDLE}[^.!?]{{0,30}}$", re.IGNORECASE)
# ... and its picture link with its signature inside a paragraph: "... from the Kii…
# pic.twitter.com/BJAAWXGsCy — Collin Rugg (@CollinRugg) March 13, 2024".
EMBEDDED_POST = re.compile(
    rf"\s*\bpic\.twitter\.com/\w+(?:\s*[—–-]+\s*[^()]{{1,60}}{_HANDLE}"
    r"(?:\s+[A-Z][a-z]+\.? \d{1,2}, \d{4})?)?"
)
HASHTAG = re.compile(r"(?:^|\s)#[A-Za-z]\w{1,40}\b")
_WITH_INPUTS = r"\((?i:with)\s+(?:(?i:inputs? from)\s+[^()]{2,50}|[^()]{2,40}\s+(?i:inputs?))\)"
# Case matters: "ByABC News" is a byline run together.
GLUED_BYLINE = re.compile(
    r"^By[A-Z][\w.&'’ -]{1,40}$"
    # ... or a name in capitals with the agency it writes for: "PEGGY CURRAN/Postmedia News"
    r"|^[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,3}\s?/\s?[A-Z][\w&.' -]{1,40}$"
)
# An author's role under their name in a byline box: "Editor in Business."
ROLE = re.compile(
    r"^(senior |chief |deputy |associate )?(editor|reporter|correspondent|writer|columnist)"
    r"( in| for| at| of)? [^.!?]{1,30}\.?$",
    re.IGNORECASE,
)
# Wire credits: an agency-like name (capitalised words) in brackets, one word
# after a dash (more would be a pull quote's speaker), or who reported and edited.
_CAPS = r"(?:[A-Z][\w.&'’-]*|dpa)"  # the German agency writes itself small: "(dpa/NAN)"
_AGENCY = rf"{_CAPS}(?:[ /,]+{_CAPS}){{0,3}}"
_DASHED = r"[A-Z][\w.&'’]*(?:[/-][A-Z][\w.&'’]*)*"  # "— AFP", "— Bernama-Anadolu"
_NAMES = rf"{_CAPS}(?:(?:\s+|,\s*|\s+and\s+|\s+in\s+|\s+from\s+|\s+at\s+){_CAPS})*"
_ROLE = r"(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|research|production))"
_STAFF = rf"{_ROLE}(?:\s+(?i:and)\s+\w+)?\s+(?i:by)\s+{_NAMES}"
_STAFF_LIST = rf"\(?{_STAFF}(?:\s*[;,.]\s*{_STAFF})*\.?\)?"
WIRE = re.compile(rf"^(?:\(\s*{_AGENCY}\s*\)|(?:[—–]|--)\s*{_DASHED}|{_STAFF_LIST})$")
TRAILING_WIRE = re.compile(
    rf"(?<=[.!?…\"'”’])\s+(?:\(\s*{_AGENCY}\s*\)|[—–-]{{1,2}}\s*{_DASHED}|{_STAFF_LIST}"
    # ... or the outlet's name in capitals after a slash: "... but occupants escaped. /INQUIRER".
    r"|/\s?[A-Z]{3,20}(?: [A-Z]{2,20})?"
    # ... or an agency's name in full after the last sentence: "... for scientists.
    # Australian Associated Press".
    r"|(?:Australian )?Associated Press|Agence France-Presse"
    rf"|{_WITH_INPUTS}"
    # ... or the desk's initials, after the agency's name or alone (see DESK_INITIALS).
    r"|(?:[A-Z]{2,10}\s+)?[a-z]{2,4}(?:[/-][a-z]{2,5}){1,4})$"
    # ... or the writer's initials in brackets, glued to the last full stop: "... in the
    # world.(WAH)".
    r"|(?<=[.!?])\([A-Z]{2,4}\)$"
    # ... or the desk's initials glued to the last quotation's close: '... job losses."rfj/bmm'.
    r"|(?<=[.!?][\"”’])[a-z]{2,4}(?:/[a-z]{2,5}){1,4}$"
)
# The initials of the desk that wrote and edited a wire's copy, after its agency's name or
# alone: "... provinces. EFE bks/ssk", "... on Friday. str-jm/ach".  Small letters, so
# never a photographer credited with their agency ("Ann Lee/AFP").
DESK_INITIALS = re.compile(r"(?:[A-Z]{2,10}\s+)?[a-z]{2,4}(?:[/-][a-z]{2,5}){1,4}")
# A place and the agency that filed the story: "THE HAGUE – Reuters".
WIRE_AFTER_PLACE = re.compile(r"[—–-]\s*(reuters|afp|ap|xinhua|efe|dpa|ians|pti)$", re.IGNORECASE)

CREDITS = (
    # An embedded post's text cut short by its embed, with its link: "Sara Danius on Kazuo
    # Ishiguro's style: ... and “add a little bit of Marcel Proust int… https://t.co/efLmN7X816".
    r"(?:…|\.\.\.)\s*https?://t\.co/\w+$",
    # A gallery's counter before its caption, however long: "1 of 3 | Speaker of the House
    # John Boehner (R-OH) walks past ...".
    r"^\d{1,2} of \d{1,2}\s*\|\s",
    # A caption run on from the picture's description to whom it shows: "... made
    # billions worldwide. Pictured: Hill at the premiere ... in June 2017".
    r"[.!?]\s+pictured\s*:\s+\S[^.!?]{0,150}$",
    # A picture's caption given twice in one line, its alternative text run into it,
    # after the site's label: "Estuary Times: Crews vote on the offer (PA)Crews vote
    # on the offer (PA)".
    r"^(?:[^:]{1,40}:\s*)?(?P<caption>[^\n]{20,300}?)\s*(?P=caption)$",
    r"^\(via\b[^.!?()]{0,50}\)$",  # "(via Some Blog)"
    # An author's note on themself: "Ann Lee, an Estuary Times writer, has more than a decade
    # covering news, media, and politics."
    r"^[\w'’ .-]{2,40}, an? [\w'’ .&-]{2,40} (?:writer|reporter|correspondent|editor), has "
    r"(?:more than |over |nearly )?(?:an?|\w+) (?:decades?|years?) (?:of experience )?covering\b",
    # A video's blurb set as a point: "• Estuary TV Political Editor Ann Lee analyses the
    # latest developments on the strike".
    r"^[•·]\s*[\w'’ .&-]{2,60}\b(?:analyses|analyzes|explains|looks at)\b[^.!?]{0,100}$",
    # ... or as a line of its own, the outlet's reporter by role and name: "Estuary TV's
    # Economics Editor Ann Lee reports:", "Our Political Editor Ann Lee was in the Lords to
    # hear the speech:", and the outlet's own guide: "Estuary TV breaks down the new laws:",
    # "Here, the Echo takes a look at what it means for you."
    r"^(?:our|[\w'’ .&-]{2,30}) (?:[\w-]+ ){0,3}(?-i:[Ee]ditor|[Cc]orrespondent|[Rr]eporter)"
    r" (?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}) (?:reports|explains|looks at|analy[sz]es"
    r"|was (?:in|at) [^.!?]{2,60})\b[^.!?:]{0,100}[.:]$"
    r"|^(?-i:[A-Z])[\w'’ .&-]{1,30} breaks down\b[^.!?]{0,100}:$"
    r"|^here,? (?:the [\w'’ .&-]{2,30}|we) takes? a look at\b[^.!?]{0,60}[.:]$",
    # A byline run into the note on its authors, as a print edition's page gives it: "- By
    # Ann Lee and Bo Roe Lee and Roe write for the Associated Press and reported from ...".
    r"^(?:[-•]\s*)?by (?-i:[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|and|&))+)[, ][^.!?]{0,120}"
    r"\b(?:writes?|reports?) for\b[^!?]{0,160}$",
    # A wire credit as an outlet words it: "(With PTI inputs)", "(With inputs from agencies)".
    rf"^{_WITH_INPUTS}\.?$",
    # ... or without its brackets: "With agency inputs."
    r"^with (?:inputs? from )?(?:agency|agencies|pti|ani|ians|reuters|afp|ap)(?: inputs?)?\.?$",
    # A map's or a chart's notes under their source, however long: "Source: Estuary
    # Weather Centre All times on the map are local time. Map shows ...".
    r"^source\s*:[^\n]{0,200}\b(?:on|in) the (?:map|chart|graphic)\b",
    # A science story's references: the paper, its DOI, how to cite the story.
    r"^(more information|citation|journal reference)\s*:",
    r"^.{0,160}\bdoi\s*:?\s*10\.\d{4,}/\S+$",  # a paragraph may cite its paper at the end
    r"^[a-z][\w .&]{0,60} \d+, \d+([-–]\d+)? \(\d{4}\)\.?$",
    r"^(written|reported|words|text) by\s*:?\s+[^.!?]{2,60}$|^courtesy of\b[^.!?]{0,60}$",
    # A caption credited at its end: "...in Taipei on Monday. Photo: AP", "... Photographer:
    # Jo Bloggs/AFP/Getty Images", "... officials say. / Photo: TRT World".
    r"[.!?\"')]\s*(/\s*)?(picture|photo|photograph|photographer|image|credit)s?\s*:\s*[^.!?:]{1,40}"
    r"\.?$",
    # ... or glued to its last word: "... as profitability and popularity sinkImage: Sergei
    # Gapon/AA/picture alliance".
    r"(?-i:[a-z](?:Image|Photo|Picture)):\s*[^.!?:]{1,60}$",
    # ... or credited without a colon: "... for a $35.9 billion price tag. Photo Provided by
    # Jim Lo Scalzo/EPA-EFE", "... including 524 deaths. File Photo by Fabrice Coffrini/EPA".
    r"[.!?\"')]\s*(file )?(photo|picture|image)s? (provided )?(by|courtesy( of)?)"
    r" [^.!?]{1,60}$",
    # ... or after a dash, as Malaysian and Singaporean papers credit: "... on February 22,
    # according to state media. – AFP graphics", "... on Thursday. – Bernama photo".
    r"[.!?\"')]\s*[–—-]\s*([\w&'’.]+ ){1,3}(file )?(photo|pic|picture|graphic|image|filepic)s?\.?$",
    # ... or after the photographer's name: "Dated pig painting at Leang Tedongnge. Maxime
    # Aubert Credit: Maxime Aubert".
    r"[.!?]\s+(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}) (?-i:Credits?): [^.!?:]{1,40}$",
    # An embedded post's signature: "- Ann Lee (@annlee) July 3, 2019", alone or after
    # the post's text and its link ("... stay where they were. https://t.co/Ab12 - Ann Lee
    # (@annlee) May 4, 2026", or with no link between) ...
    POST_SIGNATURE.pattern,
    rf"(\bhttps?://t\.co/\w+)?\s*-+\s*[^()]{{1,60}}{_HANDLE}[^.!?]{{0,30}}$",
    # ... or a post ending on its hashtag, as no sentence of a story does: "Crews vote to
    # accept the offer and end the strike #FerryStrike".
    r"\s#\w{2,40}$",
    # A caption's toggle: "toggle caption", and "... Justin Sullivan/Getty Images hide
    # caption" at the end of the caption it hides.
    r"^toggle caption$|\bhide caption$",
    # A caption naming who stands where: "Jean Bradley (from left), Steven Turchetta, 9,
    # ...".
    r"\((from left|from right|left to right|right to left|l-r|l to r)\)",
    # A caption with its credit after it, two words in capitals: "Damage to the hangar
    # could have been much worse ... further away. Anonymous Source".  Two words that end
    # on a day or a month open the next sentence, cut off: "... on eight of the 11
    # charges. Earlier Monday".
    r"^[^.!?]{10,200}[.!?]\s+(?-i:(?!(?:The|A|An|In|At|On|He|She|It|They|But|And) )"
    r"(?![A-Z][a-z]+ (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$)"
    r"(?![A-Z][a-z]+ (?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)$)"
    r"[A-Z][a-z]+ [A-Z][a-z]+)$",
    r"^(contact|email|e-mail|write to) the (author|reporter|writer)\b",
    r"^(email\s*:?\s*)?[\w.+-]+@[\w-]+\.[\w.]+$|^@\w{1,30}$",
    # An author's box: "... columnist for the paper. Follow him on Twitter: @jobloggs.".
    r"\bfollow (him|her|them) on (twitter|x|instagram|facebook|threads|bluesky)\s*:?\s*@\w+",
    # A picture's caption opened by its kind or its agency: "A video still released by
    # the police ...", "REUTERS; A supporter hugs ...".
    r"^(an? )?(video )?(still|screen ?grab|screenshot) (released|taken|provided|from|of)\b"
    r"[^!?]{0,160}$|^(reuters|afp|ap|epa|getty images)\s*;",
    # A caption credited to a photo site: "... in Little Bay Flickr/Jo Bloggs".
    r"\b(flickr|unsplash|pexels|wikimedia( commons)?)\s?/\s?[\w .'’-]{2,40}$",
    # A gallery's counter, a picture's one-word credit.
    r"^(image|photo|picture|slide) \d+ of \d+$|^\d+\s*/\s*\d+$|^(supplied|handout)\W*$",
    # A caption credited in brackets at its end: "... on Saturday [Jo Bloggs/EPA]",
    # "... the opening goal (Photo: AFP/Jo Bloggs)".
    r"[(\[]\s*(picture|photo|photograph|image|credit)s?\s*:\s*[^()\[\]]{1,60}[)\]]$",
    # ... or with a slash, a page's separator after it: "... in Beijing. [Photo/Agencies] |".
    r"[(\[]\s*(picture|photo|photograph|image)s?\s*/\s*[^()\[\]]{1,40}[)\]]\s*\|?$",
    # (a photographer's name has a space: "(dpa/NAN)" credits two agencies' copy)
    # (nor is "and/or" a slash between two credits: "(personal and/or business)")
    r"[(\[](?=[^()\[\]]*\s[^()\[\]]*[)\]])(?![^()\[\]]*\band/or\b)"
    r"\s*[a-z][\w .'-]{1,40}\s*/\s*[a-z0-9][\w .&'-]{1,30}"
    r"[)\]]$",
    # A picture's caption: "In this photo from Jan. 3, ...", "... the final. AFP",
    # "Mark Zuckerberg Credit: Jo Bloggs/PA".
    r"^[^.!?:]{1,80}\s(credit|photo|picture|image)s?\s*:\s*[^.!?:]{1,40}$",
    # ... "In this Sunday, Feb. 26, 2017, file photo, ...": the day may be written out.
    r"^(file\s*[-:]\s*)?in this ((?:\w+\.?,? ){1,4}\d{4},? )?"
    r"(file |handout |undated |combination )?"
    r"(photo|picture|image|photograph)\b"
    r"|^this (file |handout )?(photo|picture|image|photograph) (shows|taken|made|from)\b",
    r"^(?=.{0,200}$).*[.!?]\s+(afp|ap|reuters|epa|getty images|xinhua|ani|pti|ians|efe|dpa)$",
    # ... or as the Press Association dates one: "People on the beach in Estuary Bay. ...
    # Picture date: Tuesday July 19, 2022.", or "... PA Photo. Issue date: Tuesday May 4, 2026"
    r"\b(?:picture|issue) date:\s*(?:\w+,?\s+){0,2}\w+\s+\d{1,2},?\s+\d{4}\.?$",
    # An embedded post: a line opening with an emoji, a picture link, a follow button
    # (a story copied as one line with a post inside it is the story: see EMBEDDED_POST).
    r"^[\u2300-\u23ff\u2600-\u27bf\U0001f300-\U0001faff]"
    r"|^(?=(?:\S+\s+){0,80}\S*$).*\bpic\.twitter\.com/\w+"
    # ... or one from Facebook, closed by its signature: "... Posted by Merced County
    # Sheriff's Office on Sunday, January 10, 2021".
    rf"|\bposted by [^.!?]{{2,80}} on {WEEKDAY}, [a-z]+ \d{{1,2}}, \d{{4}}\W*$",
    # ... or from Instagram, its signature left where the post was: "A post shared by Ann
    # Lee (@annlee) on".
    r"^an? (photo|video|post) shared by [^()]{1,60}\(@[\w.]{1,30}\)( on\b[^.!?]{0,40})?$",
    r"^[•·]\s*(un)?follow\b[^.!?]{0,20}$",
    # A wire's footer: "To contact the reporter on this story: ...".
    r"^to contact the (reporters?|editors?|writers?)( responsible)?( for| on| of)? this"
    r" story\b",
    # A picture's caption and credit as a BBC page prints them, or credited with a slash.
    r"^image (caption|copyright)|^image source(\b|(?-i:[A-Z]))"
    r"|image (copyright|source)\s*\w[\w /&.,-]{0,40}$",
    r"[.!?]\s*(photo|picture|image|video)\s*/\s*\w[\w .-]{0,30}$",
    # An agency alone on a line credits the copy; a byline with its date, an avatar: "Ann Lee
    # on 12/10/2015".
    r"^[(\[]?(the )?(associated press|agence france[- ]presse|reuters|press association)"
    r"[)\]]?$",
    r"^[a-z][\w'.-]+( [a-z][\w'.-]+){0,3} on \d{1,2}/\d{1,2}/\d{2,4}$|^avatar( photo| image)?$",
    # A byline box and the notes on the author under it.
    r"^[a-z][\w'.-]+ [a-z][\w'.-]+ (staff |senior )?(reporter|writer|editor|correspondent)"
    r"\s*/\s*[^.!?]{1,40}$|^by\s*:|\bavatar for\b",
    # (a name: "The operator reports crews will return to work for the third shift late
    # Wednesday night." is the story's)
    r"^(?!(?:the|a|an|this|that|its|our)\b)(?-i:[A-Z])[\w'.-]+( (?-i:[A-Z])[\w'.-]+){1,2} "
    r"(writes|covers|reports) [^.!?]{1,80} for (?:the )?(?-i:[A-Z])"
    r"[^.!?]{0,40}\.(\s*follow (him|her|them) on [^.!?]{1,60}\.?)?$",
    # ... "Ann Lee is Editor-in-Chief of the Gazette. She has been a pilot for 30 years":
    # a note on the writer, in the present tense, with the years of the career after it.
    r"^[a-z][\w'.-]+( [a-z][\w'.-]+){1,2} is (the |an? )?[^.!?]{0,40}\b(reporter|writer"
    r"|editor|editor-in-chief|correspondent|producer|journalist|columnist)\b[^.!?]{0,60}\."
    r"\s+(he|she|they) (has|have) (been|worked|written|covered|reported)\b[^.!?]{0,80}"
    r"\b(\d+|many|several) years\b",
    # ... "Ann Lee is a national digital producer for the Desk. Follow him on Twitter at
    # @AnnLee."
    r"^[a-z][\w'.-]+( [a-z][\w'.-]+){1,2} is an? [^.!?]{0,60}\b(reporter|writer|editor"
    r"|correspondent|producer|journalist|columnist)\b[^.!?]{0,80}\.\s*follow (him|her|them)"
    r"\b",
    # A byline labelled "Posted By:".
    r"^posted by\s*:\s*[^.!?]{1,60}$",
    # A date line and byline with the reporters' addresses: "May. 31, 2019 07:27. by Jung-Min
    # Dong, Ga-In Koo ditto@donga.com,comedy9@donga.com."
    r"\bby (?-i:[A-Z])[^.!?@]{2,80}\s[\w.-]+@[\w-]+(?:\.[\w-]+)+\b",
    # A wire's share in the story.
    r"^(some )?(information|material|reporting)( for| in| from)? this (report|story|article)"
    r" (was )?(provided|supplied|contributed|came) (by|from)\b[^.!?]{1,60}\.?$",
    # ... or given as input: "Additional input from Reuters."
    r"^additional (?:input|material|information) (?:from|by)\s[^.!?]{2,60}\.?$",
    # A caption whose credit after its bar was lost in the copy: "... with a time of
    # 2:04:02.|".
    r"[.!?\"'”’)]\s*\|$",
)
_AGENCY = (
    r"(?:bloomberg|the associated press|associated press|reuters|afp|agence france-presse|dpa"
    r"|xinhua|ap)"
)
SHORT_CREDITS = (
    # A picture's courtesy alone on its line: "Photo courtesy of the Estuary Ferries Trust".
    r"^photos? courtesy of\b[^.!?]{2,60}$",
    # The agencies whose copy the story draws on, alone on a line: "Bloomberg and Associated
    # Press".
    rf"^{_AGENCY}(?:(?:,| and| &)\s+{_AGENCY})+\.?$",
    # A line on who reported, under the story: "Jennings is a special correspondent.", "Ann
    # Lee is Executive Editor of the Estuary Times. She was formerly ...", and a picture's
    # agency alone: "via REUTERS".
    r"^(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) is (?:an? |the )?(?:special|staff"
    r"|contributing|freelance|executive|deputy|managing|senior|associate|editorial)"
    r" (?:correspondent|writer|reporter|editor|intern)\b[^!?]{0,80}\.$"
    r"|^via (?:reuters|ap|afp|getty images|epa)$"
    # ... and a picture's shop: "Associated Press/Nicolas Garriga Search photos available for
    # purchase: Photo Store →".
    r"|\bsearch photos available for purchase\b",
    # A picture's alternative text over its caption, a name each: "Euan Sutherland Euan
    # Sutherland"; and a link to a cartoonist's cartoon: "Steven Camley's cartoon".
    r"^(?-i:(?P<alt>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) (?P=alt))$"
    r"|^(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})['’]s? cartoons?$",
    # A picture's alternative text alone, in small letters: "beauden barrett", or
    # a pointer to it: "Below: Curiosity rover".
    r"^(?-i:[a-z][a-z'’-]*(?: [a-z][a-z'’-]*){0,3})$|^(below|above)\s*:\s*[^.!?]{2,40}$",
    # A caption that says who stands where, cut short or set without a full stop:
    # "Erin Reedy (left) and Dee Campbell (right) were among those celebrating..."
    r"\((left|right|centre|center|pictured|second left|second right)\)"
    r"([^.!?]*(…|\.\.\.)|[^.!?]*[^.!?…\"”’)\s])$",
    # ... or says it after a comma: "Family man: Faisal Shahzad, left, and with a woman
    # thought to be his wife".
    r"^[^.!?]{0,200}, (left|right|centre|center|pictured)\b,[^.!?]*[^.!?…\"”’)\s]$",
    # ... or names who stands beside whom: "Napster creator Shawn Fanning, right, and
    # attorney Jonathan Schiller after the hearing."
    r"^[^.!?]{0,200}, (left|right|centre|center), (and|with)\b",
    # Who else worked on the story, and a promise of more: "The Associated Press
    # contributed to this report.", "Updates to follow...", "More to follow.".
    r"^(the )?[\w .,&'’-]{2,80} contributed (reporting )?to this (report|story|article)\W*$"
    # ... or in the byline: "Ann Lee and Bo Roe Additional reporting by Ezra Cheung".
    r"|\badditional reporting by [^.!?]{2,60}$"
    # ... or with nothing after the verb: "The Associated Press contributed."
    r"|^(?-i:(The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,5})"
    r"( (staff|writers?|reporters?|correspondents?))? contributed( reporting)?\.?$"
    r"|^(more|(more )?updates?) to follow\W*$"
    # ... or what the story was put together from: "Story compiled with information from
    # Reuters and Xinhua."
    r"|^(this )?(story|report|article) (was )?compiled (with|from) (information|reports|reporting)"
    r" (from|by) [^.!?]{2,80}\.?$",
    # A picture's credit alone, the photographer and the agency: "Kirsty OConnor/PA".
    r"^(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}) ?/ ?(?:PA|AP|AFP|EPA|Reuters"
    r"|Getty Images|Shutterstock|Alamy|EMPICS(?: [A-Z]\w+)?|PA (?:Wire|Images|Media))$",
)
