"""Links: pointers to the page's other stories and to its media.

A label over links ("Related:", "Read more"), another story's headline under its kicker or
cut short, a run of headlines between bars, a prompt to watch a video or see a gallery, a
prompt to read the rest.  :data:`LINKS` is furniture on a line of any length and
:data:`SHORT_LINKS` on a short one: :mod:`sitegen.importer.furniture` compiles them into its
lists.  A link set inside a paragraph is cut by :mod:`sitegen.importer.glued`.
"""

from __future__ import annotations

import re

# A link to another story under a label run into it: "More:Who is he?", "Read MoreRussia
# raises key rate to 17%".
GLUED_LINK = re.compile(
    r"^(?:(?:Read )?More|MORE|READ MORE|Related|RELATED|See also)\s*:(?=[^\s\d])"
    r"|^(?:Read More|READ MORE)(?=[A-Z])"
    # ... or set apart under a label in capitals: "READ: Who will be next Estuary manager?"
    r"|^(?:ALSO )?READ:\s+(?=[A-Z])[^.!]{10,160}$"
)
# Case matters: "SpaceX Seeks FCC Approval..." is a link to another story by its headline, cut
# short.
HEADLINE_LINK = re.compile(r"^(?:[A-Z0-9][\w'’&$.,-]*\s+){2,}[A-Z0-9][\w'’&$.,-]*\s*(?:\.\.\.|…)$")
# ... or set whole with an arrow after it: "'Pharma Bro' lawyer says he ... in the face »" (as
# written: no guillemet opens it, «...» is a quotation).
ARROW_LINK = re.compile(r"^[^«».!?]{10,160}[^\s.!?]\s+»$")
# A link to another story under its kicker: "LONGER TRAINS, FEWER WORKERS: Minnesota
# derailment follows years of cost cutting" (capitals, a colon, no full stop).
KICKER = re.compile(
    r"^[A-Z][A-Z0-9 ,'&-]{4,}:\s+[A-Z0-9].*[^.!?\"')\]]$"
    # ... or in small letters, run into the headline: "Lightning strikes twice:Dad wins 6
    # figures in lottery for the second time in 18 months".
    r"|^[A-Z][a-z]+(?: [a-z]+){1,4}:(?=[A-Z])[^.!?:]{10,120}[^.!?\"')\]:]$"
)
# A label over links to other stories.
LINKS_LABEL = re.compile(
    r"^(related|more on|more from|see also|also read|read more|now read|recommended|further reading"
    r"|watch\s*:|next in [\w ]{2,20} news$)",
    re.IGNORECASE,
)

# A headline that says who says it: "'No plans' to scrap the toll, says minister".  Under
# the story it is a link to another; over it, with no other headline, the story's own.
SAYS_HEADLINE = r"^[^.!?]{10,160}, (?:says|warns|claims) [^.!?,]{1,40}$"
LINKS = (
    # A list of the site's stories, each after its age: "11 minutes Perovskites, a 'dirt
    # cheap' alternative to silicon, just got ...", "3 days If hydrogen is the answer, ...".
    r"^(?:[-•]\s*)?\d{1,2} (?:minutes?|hours?|days?|weeks?) (?-i:[A-Z\"“])",
    # ... or after its headline, glued to its section: "At the Estuary Golf Club, Jo Bloggs
    # turned the final into art sports1 day ago".
    r"(?-i:[a-z])\d{1,2} (?:minutes?|hours?|days?|weeks?) ago$",
    # A link to a document: "A statement on the committee's meeting can be found here."
    r"^[^.!?]{0,150}\b(can|may) be (found|read|seen|viewed|downloaded) here\W*$",
    # A video's lead-in over the player the copy lost: "... Correspondent Jo Bloggs
    # reports live from the scene:".
    r"\breports? (live )?from (the scene|the ground|outside)\b[^.!?]{0,40}:$",
    # Excerpts of the outlet's other stories, cut off with a bracketed ellipsis.
    r"\[(…|\.\.\.)\]$",
    r"^\[[^\[\]]{3,80}\]$",  # a line set in square brackets: "[See the latest cartoons.]"
    r"^(next|previous|up next|coming up)\s*:[^.!?]{0,60}[.!?]?$",
    # A gallery's pointer: "Below are some of the best images of the eclipse we've seen."
    r"^below are (some of )?(the |our )?(best |favourite |latest )?(images|pictures|photos)"
    r"\b[^!?]{0,120}$",
    # A sign-off that points to the site's other pages: "While you're here, be sure to
    # keep up with our live blog following everything we know about ...".
    r"^while you('|’)re here\b[^.!?]{0,20}\b(be sure to|check out|make sure|why not|don('|’)t"
    r" (forget|miss))\b",
    # A section's teaser over its links: "The latest news from around North Texas."
    r"^the latest (news|headlines|stories|updates) (from|on|in|about|across)\b[^.!?]{1,40}"
    r"[.!]?$",
    # "If you are interested in this article then no doubt you will enjoy exploring ..."
    r"^if you (are interested in|enjoyed|liked) this (article|story|post)\b",
    r"\(opens in (a )?new (window|tab)\)",
    # A link to earlier stories under a label: "Previous coverage: Hostage Situation Ends".
    r"^(previous|earlier|related|more) coverage\s*:\s*[^.!?]{2,120}$",
    r"^follow (all )?(the )?latest\b[^.!?]{0,60}\bon our live (blog|page|coverage)\W*$",
    # (after an arrow too: ">>See also: House sales at their weakest since 2020")
    r"^(?:>>\s*)?(also read|read also|also see|see also)\s*[|:]|^more on [\w .]{2,30}:",
    r"^\((click|tap) (here )?(for|to)\b[^()]{0,80}\)$|\bbreaking news (e-?mails|alerts)\b",
    r"^read the (full|whole) (report|statement|ruling|letter|text|interview)( here)?\W*$",
    r"^continue reading the main story\W*$|^to continue reading,? (?:please )?click here\W*$",
    # A link to another story under a label: "Related: Bridge tolls to rise".
    r"^(related|more|see|read|watch|listen|explore)( also| as well)?\s*:\s*[^.!?]{0,100}$",
    # ... or after a dash, its headline perhaps with an abbreviation's stop: "Related —
    # 'Still calculating': President Jokowi denies Sept. 1 fuel price hike was ever ...".
    r"^related\s*(?:[—–]|--?)\s*\S.{0,140}(?<![.!?])$",
    # ... or right after the label, its headline in title case: "Related Story Ann Lee
    # Formally Charged By Police; Set For Court Appearance On Thursday".
    r"^related (?:story|article|video) (?-i:[A-Z][\w'’-]*)(?: (?-i:[A-Z0-9][\w'’,;:-]*)"
    r"| (?:of|on|in|at|to|for|by|the|and|a|an)){2,30}$",
    # A link to a gallery under its label: "Princess's Dress - In Pictures".
    r"^[^.!?]{3,80}\s[-|:]\s*in (pictures|photos|pics)\W*$|^in (pictures|photos)\s*[-|:]",
    r"^(see|view|watch) (our |the |more )?(photos|pictures|videos|images|gallery)\b"
    r"[^.!?]{0,80}$",
    r"^(trending|popular|most (shared|commented|watched))( now| today| stories| news)?\W*$",
    r"^don'?t miss\W*$",
    r"^(promoted|sponsored|paid|partner)( partner)? (stories|content|links)\W*$",
    r"^(next|previous) (article|story|post)\W*$",
    # A link's marker, before it or after it: "Stream the best shows for free on 7plus >>".
    r"^(>>|»)\s*[^.!?]{1,40}$|^>>>\s*\S|^.{10,200}\s>>$"
    r"|^by(reuters|afp|ap|bloomberg|upi)$",
    # A live page's pointer.
    r"^(read|see|follow|get) (the )?(latest|live) (updates|coverage|news)( below| here)?\W*$",
    r"\bhere'?s what (that|it|this) looks like\W*$",
    # A link heading, a video's credit: "More from Facebook", "Jacob Zuma APTN".
    r"^more (from|on|about) [^.!?]{1,40}$|^[^.!?]{1,60}\s(aptn|ap video|reuters tv|afptv)$",
    # A link to another story by its headline: "..., says Network Rail boss", "Nearly 100 new
    # postcodes getting £25 cold weather payments – are you eligible?".
    SAYS_HEADLINE,
    # ... or set after its label in capitals: "• MORE: Where are the town's bus lanes? The
    # full map of where to avoid".
    r"^[•·*-]?\s*(?-i:MORE):\s+\S",
    # ... or to a page with more: "For more information about the beetle please visit the
    # Forest Health page.", "More information can be found on the city's website."
    r"^for more information (about|on) [^.!?]{2,150}\bvisit\b[^.!?]{0,80}\.?$"
    r"|^more information (about|on) [^.!?]{2,100} can be found (on|at|here)\b[^.!?]{0,60}\.?$"
    r"|^there is more information (from|on|about) [^.!?]{2,60} here\W*$",
    r"^[^.!?]{10,160}\s[–—-]\s(how to (claim|apply|check|watch)|are you eligible|full list"
    r"|what you need to know|see the list|check if you['’]re affected)\W*$",
    # A link in brackets: "(Read: Bridge tolls to rise)".
    r"^\((read|also read|see|see also|watch)\s*:[^()]{1,120}\)$",
    r"^click to (follow|subscribe|share|read)\b[^.!?]{0,30}$"
    r"|^(next|previous) (article|story)\b",
    # "(Click on the video at left to watch ...)".
    r"^\(?click (on )?(the )?(video|image|photo|picture|link|here)\b[^()]{0,120}\)?$",
    # A link to a column by its headline and writer: "Shire saga smells of ... | Nils
    # Pratley".
    r"^[^.!?|]{10,120} \| [a-z][\w'.-]+( [a-z][\w'.-]+){1,2}$",
    # A live page to relive, a gallery's label.
    r"^relive\b[^.!?]{0,60}\bas it happened\W*$|^in pictures\s*[|:]",
)
SHORT_LINKS = (
    r"^read (more|next|also)\b\s*[:\-–—]?",
    # A link to another story with its age in capitals, unstopped: "British Grand Prix Zhou
    # conscious after horror, multi-car crash at British Grand Prix 2 HOURS AGO".
    r"[^.!?]\s\d{1,2} (?-i:(?:HOURS?|MINS?|MINUTES?|DAYS?) AGO)$",
    # ... and a programme's slot over the video the copy lost: "Watch Daily: Monday -
    # Friday, 3 PM ET".
    r"^watch (?:daily|live|weekdays|weeknights)\s*:",
    # ... and the label over an updated story's first version: "(Original story)".
    r"^\(?original (?:story|post|article|report)\)?$",
    # ... and the line naming a story's sources, unstopped: "Source: Radiy Khabirov, the head
    # of the Republic of Bashkortostan; social media".
    r"^sources?:\s[^.!?]{2,200}$",
    # A link to a gallery or a video by its title: "Gallery Genoa bridge collapse VIEW
    # NOW".
    r"^(gallery|video|photos|pictures|watch)\b[^.!?]{0,80}\b(view|watch|see) (now|here|all)"
    r"\W*$",
    # ... or under its label in capitals: "PICTURES - 10 dangerous but common food
    # safety mistakes".
    r"^(?-i:GALLERY|VIDEOS?|PHOTOS|PICTURES|WATCH)\s*[-–—:]\s+[^.!?]{3,100}$",
    r"^see (more|all|the latest)\b[^.!?]{0,60}$",
    r"^see this\s*[:\-–—]\s*\S",
    # A prompt to scroll to the page's media: "Scroll down for audio of the moment ...".
    r"^scroll (down )?(for|to (see|watch|hear))\b[^.!?]{0,80}\b(video|audio|pictures?"
    r"|photos?|footage|images?)\b",
    # Links under a label or a prompt: "More from GlobalPost: Hotdesking: the office of
    # the (near) future?", "Watch video from the courthouse as the jury considered the
    # case.", "Read about the verbal dispute that occurred at the courthouse."
    r"^more from [^:]{2,40}:\s|^more\s*:\s*(?-i:[A-Z])[^.!?]{5,120}[.!?]?$"
    r"|^watch video (of|from)\b[^.!?]{0,100}[.!]?$"
    r"|^read about\b[^.!?]{0,100}[.!]?$",
    # A video's title as a prompt, "Watch the moment the prize is announced.", "Watch
    # as Lee joins the crew in a song!", and a
    # promotion's: "Learn how to surface disparities in care delivery".
    r"^watch (the|this) (moment|video|clip)\b[^.!?]{0,100}[.!]?$"
    r"|^watch as (?-i:[A-Z])[^.!?]{0,120}[.!]?$"
    # ... or the lead-in to a video the copy lost: "Here's NASA's video of the
    # explosion:", "... in this video shot at the press site:".
    r"|^here'?s\b[^.!?]{0,80}\bvideo\b[^.!?]{0,60}:$|\bin this video\b[^.!?]{0,60}:$"
    r"|^(learn|discover|find out) how (to|you|your)\b[^.!?]{0,80}$",
    # Links to other stories set on one line between bars: "Scorecard | Man runs onto
    # court in French Open final | Pete Sampras calls Roger Federer ...".
    # (a headline between its label and the site's name is a headline: "Update | Ferry
    # strike ends | Estuary Times").
    r"^(?!(update[ds]?|breaking|exclusive|live|watch|video|analysis|opinion)\s*\|)"
    r"[^|]{2,100}(?: \| [^|]{2,100}){2,}$",
    # A pointer to the outlet's other sites: "Check out our sister website mirror.co.uk's
    # live blog ...", and an advert's label run into its own: "AdvertisementAdvertise
    # with NZME."
    r"^check out our (sister|partner) (site|website|title)\b"
    r"|^advertisement\s*advertise with\b",
    # A link to another story under a label: "MUST READ | Steve Smith ... suspended".
    r"^must (read|see|watch)\s*[|:\-–—]",
    # ... or after its title: "Riot Police Clash With Students ... Hong Kong. Read more
    # here."
    r"[.!?]\s+(read|see|watch) more here\W*$",
    # ... or "Read more" alone after a title without a full stop: "Northgate 1-2
    # Estuary: Cup final – live! Read more".
    r"^[^.]{10,120}\s(read|see|watch) more\W*$",
    r"^(also read|see also|you (may|might) also like|more on this( story)?"
    r"|(other )?related( coverage| content| articles?| stories| links)?)\W*$",
    r"^(continue|keep) reading( below)?\W*$|^read (the )?(full|whole) (story|article)\W*$"
    r"|^read the (full|whole) (story|article) (at|on|in)\b[^.!?]{0,80}[.!]?$"
    r"|^read the rest( of the (story|article))?\W*$"
    r"|^(story|article) continue[sd] (below|after)( (the |this )?(advertisement|ad"
    r"|(photo )?gallery|video|photos?))?\W*$"
    r"|^article content\W*$",
    # Another story's headline set in capitals as headlines are: "What's Open on Easter
    # Sunday? ... Here's What To Know."
    r"(?-i:Here['’]s What (?:To|You Need To) Know)\.?$",
    # Another story's headline set in capitals between paragraphs: "AMERICAN AIRLINES
    # PILOTS REFUSE RECORDED NTSB INTERVIEW ON JFK CLOSE CALL, GET HIS WITH SUBPOENAS".
    r"^(?-i:(?:[A-Z0-9][A-Z0-9,'’&$%.-]*\s+){5,}[A-Z0-9][A-Z0-9,'’&$%-]*)$",
    # A lead-in to a shopping guide: "Check out the latest buyer's guide:".
    r"^check out (?:the |our )?(?:latest |new |full )?[\w'’ ]{0,30}\b(?:guide|picks"
    r"|gallery|deals)\s*:?$",
    # A link alone, a picture's or a page's: "https://.../crop/frm/...jpg".
    r"^(https?://|www\.)\S+$",
    # A video's title or summary, with its running time: "Teddy Atlas says ... and gives
    # credit to Ruiz for catching Joshua behind the ear. (2:23)".
    r"^[^\n]{0,400}\(\d{1,2}:[0-5]\d(?::[0-5]\d)?\)$",
    # A video's label: "Watch correspondent Jo Bloggs' report Video: ... (Lateline)".
    r"^watch\b[^.!?]{0,150}\bvideo\s*:",
    # A link's prompt: "Read the tribunal's 33-page decision here."
    r"^(read|see|view|watch|download)\b[^.!?]{0,60}\bhere\W*$",
    # A video's label over the player: "Watch the re-entry of the Mir".
    r"^watch (the|our|this|a)\b[^.!?:]{0,60}$",
    # Links under the page's labels: "Related story: Fares to rise", "RELATED Ferry
    # fares frozen", "Also:Strike talks resume", "Gallery: Crews return to the quay",
    # "Open in new window: Route map", "Full-text of the court's ruling", "Follow live
    # updates on the strike", "FEATURED STORIES".
    r"^related (story|stories|document|documents|video|article|link|coverage)\s*:"
    r"|^(?-i:RELATED) (?-i:[A-Z])|^also\s*:\s*\S"
    r"|^[•*-]?\s*(slideshow|gallery|audio|forum|raw data|special report|archive|in depth"
    r"|open in new window)\s*:\s*\S[^.!?]{0,80}[?]?$"
    r"|^full[- ]text of\b[^.!?]{0,60}$"
    r"|^follow (our )?live (updates|coverage)\b[^.!?]{0,60}$"
    r"|^featured (stories|articles|content|video)$|^special coverage$",
)
