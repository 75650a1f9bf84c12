"""Captions: what a news picture's caption says, and the shapes a caption takes.

A caption tells what someone in a picture does, in the present tense ("A woman
takes part in a mass ..."), often with the day it was taken and the picture's
credit after it ("... on Tuesday. (Reuters)", "Photo by Jo Bloggs/EPA-EFE");
a report tells what was done, in the past, and says who said so.  Each line
pattern in :data:`CAPTION_LINES` is furniture wherever it stands (the
lists of :mod:`sitegen.importer.furniture` take them in), those that end on the
picture's credit kept with the credits; the plain-text cleaner
reads the rest where a line stands: a caption set without a full stop in the body
(above the story the same line is its headline), who stands where in a picture.
A picture's credit, label, file name and alternative text around its caption are
in :mod:`sitegen.importer.picturecredits`.
"""

from __future__ import annotations

import re

from .picturecredits import CREDITED_CAPTION_LINES
from .stamps import WEEKDAY

# What someone in a news picture does, told in the present as captions tell it.
_CAPTION_VERB = (
    # ("wave" after what makes one is the noun: "The 1.4 metre wave recorded at Sendai")
    r"((?<!metre )(?<!meter )(?<!tsunami )(?<!tidal )(?<!heat )(?<!cold )(?<!crime )waves?"
    r"|gestures?|reacts?|poses?|arrives?|speaks?|stands?|walks?|sits?|holds?|takes? part"
    r"|takes? pictures|looks? on|attends?|prays?|weeps?|cries|carries|celebrates?|listens?"
    r"|addresses|smiles?|casts? (his|her|a|their) (votes?|ballots?)|is seen|are seen|lies"
    r"|competes|(?<!health )(?<!safety )(?<!security )checks?|hits|observes?|gathers?|waits?"
    r"|mourns?|searches|inspects?|cheers?|marches|carry"
    # ... "search" after its subject in the plural: "Rescue workers search for survivors".
    r"|(?<=s )search"
    # ... "launches" after what they were, or before a colon, is the noun: "Japan's also had
    # trouble with recent launches: its ... rocket failed ... in July 2023."
    r"|(?<!recent )(?<!the )(?<!of )(?<!its )(?<!rocket )(?<!satellite )(?<!failed )"
    r"launches(?![:;,])|lifts off|raises|(?:is|are) (?:displayed|pictured|shown|photographed)"
    # ... or lifting a trophy: "New Zealand skipper Kieran Read lifts the Bledisloe Cup".
    r"|lifts (?:the|a) (?:[\w'’-]+ ){0,2}(?:trophy|cup|title|shield|plate)"
    r"|queues?|watch(es)?|delivers?|wins|crosses|does|leaves|crashes|(?:is|are) trapped"
    # "runs" after a count is a score ("scored two runs"), not someone running.
    r"|(?<!\d )(?<!one |two |six |ten )(?<!four |five |nine )(?<!three |seven |eight )runs"
    # ... "patrol" after its subject in the plural too ("Soldiers patrol the border"), not
    # after what kind it is: "during an anti-crime patrol the detective stopped a man".
    r"|prepares?|rides?|patrols|(?<=s )patrol|kneels?|hugs?|embraces?|greets?|shouts?|climbs?"
    r"|falls|rests?|gives? (?:her|his|their|a|an|water|food)"
    # ... "fire" after an article or what it was like is the blaze: "A massive fire at the
    # camp, killed 15 people ... in March 2021."
    r"|(?<!a )(?<!the )(?<!massive )(?<!huge )(?<!major )(?<!deadly )(?<!another )"
    r"fires? (?:tear gas|rubber bullets|water cannon|shots|at)\b"
    # ... "works" after "to" or "of" is a noun: "open to works of fiction", and so is "work"
    # that someone began: "Investigators began work yesterday to establish the cause".
    r"|seen wearing|(?<!to )(?<!of )(?<!the )(?<!began )(?<!begin )(?<!begins )(?<!started )"
    # ... nor after a determiner: "the highest price for any work of art in Europe".
    r"(?<!resumed )(?<!any )(?<!a )(?<!his )(?<!her )(?<!their )(?<!its )(?<!this )works?"
    r"|tries to|lands|(?<!\d )assists?"
    r"|uses? [\w -]{1,30} to (?:view|watch|see)"
    r"|removes?|pulls?|digs?|wades?|performs?|feeds?|catch(?:es)? fire|explodes"
    # ... "block" after what a building is is a noun: "the west London tower block on June 14".
    r"|(?<!tower )(?<!housing )(?<!apartment )(?<!office )(?<!cell )(?<!residential )blocks?"
    # ... "talks" after a verb in the past or a determiner is a noun: "abandoned talks with".
    r"|(?<!ed )(?<!the )(?<!peace )(?<!trade )talks? (?:about|to|with)|flies|billows?"
    r"|(?:is|are) set (?:on fire|alight|ablaze)"
    r"|(?:is|are) (?:handcuffed|carried|led|escorted|helped|rescued|evacuated|loaded|parked))"
    # ... a word of its own: the "ride" of "ride-hailing" is no one riding; nor is a noun
    # before its verb: "Rescue work was under way ... on Thursday."
    r"(?!-)(?!\s+(?:was|were|is|are|has|have|had|will)\b)"
    # ... nor a noun in a list: "LOUD cheers, tears of joy and the pealing of bells greeted".
    r"(?!,)"
)
# ... and, with the day and year the picture was taken, what a report would tell in the
# future ("The flight departs on Monday"): "Bill Cosby departs after his conviction ...,
# April 26, 2018, at the Montgomery County Courthouse in Norristown, Pa."
# (a verb someone plans to do is no picture: "plans to hold a referendum on Oct. 19, 2026")
_PLANNED = "".join(
    rf"(?<!\b{w} to )" for w in "plans plan planned wants aims hopes intends vowed pledged".split()
)
_DATED_VERB = rf"{_PLANNED}({_CAPTION_VERB}|departs)"
# A caption verb without its "s" after "the" and one word is a noun: "The wild ride", "a
# long walk", "the late run".
_NOUN_OPENING = (
    r"(?:the|an?) [a-z]+ (?:ride|walk|wave|stand|run|hold|look|work|march|climb|search|wait"
    r"|watch|queue|hug|embrace|greet|shout|fall|cheer|gather|pose|land|crash|dig|pull)\b"
)
_CAPTION_DAY = (
    r"(on |dated )?((mon|tues|wednes|thurs|fri|satur|sun)day,? )?"
    r"((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? (19|20)\d\d"
    r"|\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*,? (19|20)\d\d"
    # ... or the month alone with its year: "... at Northgate General Hospital in March 2024."
    r"|(?<=in )(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (19|20)\d\d)"
)
# A caption's subject, before its verb: a few words, none of which says the sentence
# has begun ("were", "will", "to", a pronoun, "This triggered"): "Relatives of Rolando
# Palermo", "A man".
_NOT_SUBJECT = (
    r"(?!(?:was|were|is|are|be|been|has|have|had|will|would|to|due|after|as|though|but|they"
    r"|he|she|it|we|who|that|which|from|when|while|(?:this|that|these|those) [a-z]+ed)\b)"
)
# ... the last of them no article or count, after which the "verb" is a noun: "The stoic
# 126-run stand from ... on Saturday gave England hope" is a report, not a caption.
_CAPTION_SUBJECT = (
    rf"(?:{_NOT_SUBJECT}[\w'’.,-]+ ){{0,8}}"
    rf"(?!(?:the|an?|his|her|its|their|\S*\d\S*-[a-z]+) ){_NOT_SUBJECT}[\w'’.,-]+ "
)
_CAPTION_WHEN = (
    rf"(?:(?:on )?{WEEKDAY}|yesterday|last night|{_CAPTION_DAY}"
    # ... or the day without its year: "in Paris on December 12."
    r"|on (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b)"
)
# A caption's words after its verb, in one sentence: a full stop only inside a figure
# ("9.58 seconds") or an abbreviation ("the U.S. and").
# ... or an abbreviation before small letters or a figure ("Calif. on Tuesday", "No. 25").
# (not a stop closing a quotation: '... the country's "full support." The winter event ...')
_CAPTION_TEXT = r"(?:[^.!?;]|\.(?=[^\s\"'])|(?<=\b[a-z])\.(?=\s)|\.(?=\s(?-i:[a-z])|\s\d))"

_AGENCY = r"(reuters|ap|afp|epa|getty|xinhua|anadolu|ansa|dpa)"
# Someone named, in capitals however the rest of a caption is set, and what two people do
# together in a picture, told in the present.
_NAMED = r"(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})"
_TOGETHER = (
    r"(?:leave|arrive|walk|pose|wave|attend|embrace|celebrate|gesture|react|greet|hug|kiss"
    r"|smile|look on|shake hands|stand|sit|hold hands|dance)"
)

_KIND = r"(?:undated|handout|file|publicity|law enforcement|booking)"

CAPTION_LINES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        # A picture from an agency's files, as AFP labels it: "(FILES) Photo taken on June 29,
        # 1986 Portrait of ...", "(FILE) This photo taken on ...", or pictures set side by
        # side: "(COMBO) This combination created on October 5, 2018 of file pictures ...".
        r"^\((?-i:FILES?|COMBO)\)\s",
        # ... or as AP labels one: "FILE - Jo Bloggs, a nurse at Northgate General, signs a
        # board during a rally, March 16, 2021, in Northgate."
        r"^(?-i:FILE) [-–—] (?-i:[A-Z])",
        # A brand's logo on a screen or a sign: "The Estuary Ferries logo displayed on a
        # smartphone screen."
        r"^the [\w'’ .&-]{2,30} logos? (?:is |are )?(?:displayed|seen|pictured|shown)\b"
        r"[^!?]{0,80}$",
        # ... or a note on the pictures under it: "*Photos below are courtesy of the Everett
        # Herald".
        r"^\*?(?:photos?|pictures?|images?) (?:below|above) (?:are|is) (?:courtesy|credit)",
        # ... or a still from a video: "Workers rescue survivors after a ferry overturned on
        # Lake Victoria, Tanzania, on Thursday, in a still image made from video."
        r"\bin a (?:still|frame|screen ?grab)(?: image)? (?:made|taken) from (?:a )?video\b",
        # ... or what a chart or a map shows: "This chart shows the location of the faint
        # red star LHS 1140 ...".
        r"^this (?:chart|map|graphic|diagram|illustration) shows\b",
        # ... or, after the caption's news, what the picture is: "... for medium and long-haul
        # flights. This rendering shows the airplane in Hawaiian's livery."
        r"[.!?]\s+this (?:rendering|photo|picture|image|illustration|artist's impression)"
        r" shows\b[^.!?]{0,200}\.?$",
        # ... or opening on its photographer and agency before a bar: "Juan Vargas, AFP |
        # Downtown Buenos Aires on June 16, 2019, during a power cut."
        r"^(?-i:[A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2}), (?:afp|ap|reuters|epa|getty images|xinhua)"
        r" \| ",
        # ... or on a view shown, as Reuters opens its captions: "A view shows the Soyuz capsule
        # ... after it made an emergency landing ...".
        r"^(?:an? )?(?:general |aerial |drone |satellite )?view shows\b",
        # ... or on who stands where: "From left to right, Jo Bloggs, Ann Lee and Tom Hart
        # celebrate in Mission Control ...".
        r"^\(?(?:from )?(?:left to right|right to left|l-r)\b\)?[,:]",
        # ... or as a motor-racing picture library writes it: "Nyck de Vries (NLD) AlphaTauri
        # AT04. Formula 1 World Championship, Rd 5, Miami Grand Prix, Miami, Florida, USA".
        r"\bworld championship, (?:rd|round) \d{1,2}, ",
        # ... or opening on when it was taken: "Photo taken on March 19, 2024, shows the Bank
        # of Japan headquarters in Tokyo. (Kyodo) ==Kyodo".
        r"^(?:file )?(?:photo|picture|image)s? taken (?:on|in|at|from|by)\b[^.!?]{0,100}"
        r"\bshows?\b",
        # A picture's caption as the wires write it: someone doing something, now, and the
        # day with its year to end the sentence, or the place after it ("A woman takes part
        # in a mass in Port-au-Prince on January 24, 2010.", "Passers-by observe the boards
        # in Buenos Aires, Argentina, 30 August 2018.", "... waves after voting on July 1,
        # 2018, in Mexico City."); the report it comes from may follow.
        # A full stop inside an abbreviation does not end it: "U.S. President Joe Biden
        # speaks to reporters ... in Washington, U.S., July 7, 2021.", "... during a
        # gathering Thursday, May 22, 2014 in Bangkok, Thailand."  (No one says anything in a
        # picture: "The state government said it would work towards a ban from 1 July 2017."
        # is the story's.)
        rf"^(?!{_CAPTION_TEXT}*\b(?:said|says)\b){_CAPTION_TEXT}{{0,200}}\b{_DATED_VERB}\b"
        rf"{_CAPTION_TEXT}{{0,300}}[ ,]{_CAPTION_DAY}"
        r"(,?\s+(in|at|outside) [a-z][\w ',-]{0,40}(\b[a-z]{2,4}\.(?= in |, | (?-i:[A-Z])))?"
        r"[\w ',-]{0,40}"
        # ... or what the picture came after: "... what he can from his mother's boyfriend's
        # vehicle Saturday, March 25, 2023, after a tornado ripped through the Delta town".
        r"|, after [^.!?]{2,120})?(\.(\s|$|\()|$)",
        # ... or someone doing something, now, on a day gone by, in a sentence of its own
        # ("Jamaica's Usain Bolt does his trademark celebration ... yesterday."): a report
        # tells what was done, in the past tense, and says who said so.
        # ... perhaps after a label of its own: "Nightmare: Rescuers carry bodies in front of the
        # Lame Horse restaurant in Perm, Russia, on Friday." ("FRANCE: " is a dateline).
        # ("The wild ride the Panthers enjoyed ... ended on Tuesday night" opens on a noun,
        # not on someone riding.)
        rf"^(?!.*\b(?:said|says|told|according)\b)(?!{_NOUN_OPENING})"
        rf"(?:(?!(?-i:[A-Z][A-Z ]+:))[^:.!?]{{2,40}}:\s+)?"
        rf"{_CAPTION_SUBJECT}"
        rf"{_CAPTION_VERB}\b{_CAPTION_TEXT}{{0,200}}\b{_CAPTION_WHEN}\b[^.!?;]{{0,160}}"
        # ... its agency perhaps after it: "... in Imola, Italy, on Wednesday. Reuters".
        rf"\.?(?:\s+{_AGENCY})?$",
        # ... or two people named doing something together, now, on a day: "Jo Bloggs and
        # partner Tom Hart leave the press conference together on Thursday."
        rf"^(?!.*\b(?:said|says|told|according)\b){_NAMED} and (?:[a-z]+ ){{0,2}}{_NAMED} "
        rf"{_TOGETHER}\b{_CAPTION_TEXT}{{0,200}}\b{_CAPTION_WHEN}\b[^.!?;]{{0,160}}\.?$",
        # ... or doing something, now, while or after doing another: "LeBron James cries
        # while embracing teammate Kevin Love after winning the NBA title." (a report tells
        # it in the past tense).
        rf"^(?!.*\b(?:said|says|told|according)\b){_CAPTION_SUBJECT}"
        rf"{_CAPTION_VERB}\b{_CAPTION_TEXT}{{0,120}}"
        r"\b(?:while|as|after) (?!having\b|being\b)\w+ing\b[^.!?;]{0,160}\.?$",
        # ... or as a picture library writes it, the place and day in capitals first: "NEW
        # YORK, NY – NOVEMBER 09: Former Secretary of State Hillary Clinton concedes ...".
        r"^(?-i:[A-Z][A-Z .,'’-]{2,40})\s*[–—-]\s*(?-i:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE"
        r"|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER) \d{1,2}:\s",
        # ... or where the picture came from: "Image taken from Falls Festival socials. Lorne
        # site pictured."
        r"^image (taken )?from\b[^.!?]{0,60}\.(\s+[^.!?]{0,40}\bpictured\.)?$",
        # ... or a video's, ending on its prompt: "Dramatic vision shows police raids ...
        # Watch the video."
        r"[.!?]\s+watch the (video|clip)\.?$",
        # ... or who is in it, with whom or in what: "Bill Paxton with his wife Louise
        # Newbury", "Bill Paxton in the film Twister."
        r"^(?-i:[A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2}) (?:with (?:his|her) (?:wife|husband|partner"
        r"|son|daughter|mother|father)|in (?:the film|the movie|a scene from))\b[^.!?]{0,60}\.?$",
        # ... or a picture's icon left in its text: "Queen Elizabeth II dies photo_camera
        # AFP/FRANK AUGSTEIN - Britain's Queen Elizabeth II waves to the crowd ...".
        r"\bphoto_camera\b",
        # A news agency's handout: "Handout grab from video issued by ...", and its pictures
        # put side by side: "A combination picture shows an annular solar eclipse ...".
        r"^a combination (picture|photo|image)s?\b|^a combination of (pictures|photos|images)\b",
        r"^handout (photo|picture|image|grab|video|still)\b",
        # ... "Jo Bloggs / AP Photo", "AP PHOTO/ UNIVERSITY OF LEICESTER".
        rf"[.!?\"”]\s+[\w .'’-]{{2,40}}\s?/\s?{_AGENCY}( images| photo)?$",
        rf"[.!?\"”]\s+{_AGENCY}( images)? photo\s?/\s?[\w .'’-]{{2,50}}$",
        # ... or its credit in brackets at its end: "... in Baghdad [Vatican Media via
        # Reuters]", "... lost in the explosion (Image: NASA)".
        rf"\[[^\[\]]{{0,60}}\b{_AGENCY}\b[^\[\]]{{0,20}}\]$",
        r"\((?:photo|picture|image|video)s?\s*[:\"”]\s*[\w .'’/&-]{2,40}\)$",
        # ... or where someone stands in it, and what they do now: "Iranian Foreign
        # Minister Javad Zarif (C) laughs at the start of a meeting ...".
        r"^[^.!?]{0,120}\b[A-Z][a-z]+ \((?:l|r|c|centre|center|2nd l|2nd r|3rd l|3rd r"
        r"|(?:centre|center|far|second|2nd|3rd) (?:l|r|left|right)|second from (?:left|right))\)"
        r" [a-z]+s\b",
        # ... or a handout picture said to be one: "These undated handout photos provided by
        # the FBI show ...", "... at Uluru in this publicity photo.", "(Sheriff's Office via
        # AP) This undated law enforcement photo provided by ...".
        # "A photo released this afternoon shows ..." is the story's: a caption says "this".
        rf"^(?:\([^()]{{1,60}}\)\s*)?(?:(?:this|these)\s+(?:{_KIND}\s+)*|an?\s+(?:{_KIND}\s+)+)"
        r"(?:photo(?:graph)?s?|pictures?|images?|mugshots?"
        # ... "This smartphone screen capture shows a false incoming ballistic missile alert".
        r"|(?:[\w-]+\s+)?(?:screen\s?(?:capture|shot|grab)s?|screenshots?|frame grabs?))"
        r"\s+(?:provided|released|taken|made available|obtained|issued|shows?)\b",
        # ... "A photo provided by Jo Bloggs shows ...": provided, as a handout is ("A photo
        # released this afternoon shows ..." may be the story's).
        r"^an? (?:photo(?:graph)?|picture|image)s? provided by\b",
        r"\bin this (?:(?:19|20)\d\d |undated |handout |file |publicity )*"
        r"(?:photo|picture|image)\b",
        # ... or its agency's photo credit in brackets at its end, perhaps cut off by the
        # page: "... wife and son. (AP Photo", "... (AP Photo/Jo Bloggs) (AP)", "... AP", or
        # with the paper's own credit glued after it: "... (AP Photo/Jo Bloggs)Jo Bloggs/The
        # Associated Press".
        rf"[.!?\"”]\s+\({_AGENCY}( images)? photo\b[^()]{{0,40}}(\)(\s*\(?{_AGENCY}\)?"
        r"|[\w .'’-]{2,40}/\s?(?:the )?(?:associated press|reuters|afp|getty images))?)?$",
        # ... "In this natural colour mosaic image provided by NASA on ...".
        r"^in this (?:[\w-]+ ){1,4}(?:photo|picture|image|mosaic)s? (?:provided|released|taken"
        r"|made available|obtained|issued)\b",
        # ... or an artist's picture: "This artist rendering released by NASA shows ...".
        r"^(?:this|an?) artist(?:'s|’s)? (?:rendering|impression|illustration|concept)\b",
        # ... or a picture described by what kind it is, short: "MRI image of brain showing
        # area of Alzheimer patient.", "Aerial photo of the flooded town.", "Close up of a
        # card payment being made in a cafe."
        # (Not what someone did with pictures: "Residents shared photographs of belongings
        # falling off shelves, broken bottles and glass inside homes.")
        r"^(?:an? |the )?(?:(?![\w-]+ed )[\w-]+ ){0,2}(?:image|photo|photograph|picture|scan|x-ray"
        r"|close[ -]?up)s? of [^.!?:]{3,80}[.]?$",
        # ... or said to be one, in one sentence: "A 2005 Cessna Citation Bravo is pictured
        # parked at the airport in Santa Fe, N.M.", "View of Manhattan from Jersey City on a
        # foggy day resulting from wildfires in Canada."
        rf"^(?!.*\b(?:said|says|told)\b)[^.!?]{{3,120}}\b(?:is|are) pictured\b"
        rf"{_CAPTION_TEXT}{{0,120}}\.?$"
        r"|^(?:a |the )?view of [^.!?]{3,120}\.?$",
        # ... or who stands where in it: "From top left, Kaylee Goncalves, Madison Mogen ...".
        r"^(?:clockwise )?from (?:top |bottom )?(?:left|right)\b,",
        # ... or only who is in it, and when it was taken, with no verb: "Martin Winterkorn,
        # CEO of Volkswagen in May 2011."
        r"^(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}), [^.!?,]{3,60}\b(?:in|on) "
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?: \d{1,2},?)?"
        r" (?:19|20)\d\d\.$",
        # ... or who is in it, shown where and when: "Secretary-General Ban Ki-moon, shown at
        # the United Nations Sept. 23, 2011."
        r"^[^.!?,]{3,80}, (?:shown|pictured|seen here) (?:at|in|on|during|with)\b[^!?;]{0,80}"
        r"\b(?:19|20)\d\d\.",
        # ... or after the picture's file name and its viewer's label: "Obama Health Care
        # Ove_PICK.jpgView full sizePresident Barack Obama and ... smile in the East Room".
        r"\.(?:jpe?g|png|gif|webp)\s*view full size",
        # ... or the day it was taken, in brackets after the sentence: "Greg Armstrong ...
        # answers questions at a press conference following the oil spill. (May 20, 2015)".
        r"[.!?\"”]\s*\((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? "
        r"(?:19|20)\d\d\)$",
        # ... or its credit labelled inside the line: "A Thomas Cook plane taking off
        # Picture: TIM GOODE/PA WIRE".
        rf"\b(picture|photo|image)s?:\s*[\w .'’-]{{2,40}}\s?/\s?({_AGENCY}|pa wire|pa media)\b",
        # ... or the photographer's name alone, after someone doing something ("... as she
        # sits in the defendants' cage with Yekaterina Samutsevich. Vladimir Filonov").
        rf"^(?!.*\b(?:said|says|told|according)\b)[^.!?;]{{0,200}}\b{_CAPTION_VERB}\b[^!?;]{{0,300}}"
        r"[.!?]\s+(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})$",
        # (a photographer has a first name and a surname: "(dpa/NAN)" credits two agencies)
        r"[.!?\"”]\s+\(+(?=[^()]*\s[^()]*\))[a-z][\w .'’-]{0,40}/[a-z][\w ./'’-]{0,60}\)+$",
        rf"^[^.!?;]{{0,200}}\b{_CAPTION_VERB}\b[^!?;]{{0,200}}\.\s*\(\s?[a-z][\w.'’ -]{{1,40}}\)$",
    )
] + CREDITED_CAPTION_LINES


def caption_line(line: str) -> bool:
    """Whether ``line`` reads as a picture's caption, credited or dated as wires set them."""
    return any(p.search(line) for p in CAPTION_LINES)


def credited_caption(line: str) -> bool:
    """Whether ``line`` is a caption with its credit in brackets at its end ("... in a pub in
    Leicester. (Reuters: Eddie Keogh)", "... for Midnights [Jo Bloggs/AFP]"), or after its
    label, as the Guardian sets it ("... hat. Photograph: Jo Bloggs/Shutterstock")."""
    if _PHOTOGRAPH_CREDIT.search(line):
        return True
    return line.endswith((")", "]")) and any(p.search(line) for p in CAPTION_LINES)


_PHOTOGRAPH_CREDIT = re.compile(
    r"[.!?’”]\s+Photograph:\s*(?-i:[A-Z])[\w .'’-]{1,40}/(?-i:[A-Z])[\w .'’&-]{1,40}$"
)


# A caption set without a full stop: someone doing something, now ("Usain Bolt of Jamaica
# crosses the finish line ahead of ..."), short, and no one's words.  Above the story the
# same line is its headline ("Tiger Woods wins the 2019 Masters"): only the body's are.
UNSTOPPED_CAPTION = re.compile(
    rf"^(?!.*\b(?:said|says|told|according)\b)(?=(?:\S+\s+){{0,29}}\S+$)"
    # ... perhaps after a label of its own: "On top of the world: West Indies players ...".
    rf"(?:[^:.!?]{{2,40}}:\s+)?"
    # (a line ending on a quotation mark after its stop is stopped: "... life eternal.'")
    rf"{_CAPTION_SUBJECT}{_CAPTION_VERB}\b{_CAPTION_TEXT}{{0,200}}[^.!?;:\"”’')\s]"
    # ... its agency's credit perhaps after it: "... at the launch in San Francisco (AP)".
    r"(?:\s\((?:AP|AFP|Reuters|PA|EPA|Getty Images)\))?$",
    re.IGNORECASE,
)
# Who stands where in a picture: "Ann Lee, left, and Tom Hart", "Ann Lee (second right)".
STANDS_WHERE = re.compile(
    r", (?:left|right|centre|center|pictured), (?:and|with)\b"
    # ... or doing something now: "Solomon Graves, right, tells journalists the rules".
    r"|^(?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){0,3}, (?:left|right|centre|center),"
    r" (?-i:[a-z]+s)\b"
    r"|\((?:left|right|centre|center|second (?:left|right)|second from (?:left|right))\)",
    re.IGNORECASE,
)
