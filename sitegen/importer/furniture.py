"""The furniture of a news page that trafilatura and copy-paste let through, line by line.

Each pattern in ``CHROME`` is read against one whole line (Unicode quotes and dashes folded,
case ignored) and is furniture wherever it stands; ``CRUFT`` adds ``PROMPTS`` and the
patterns that are furniture only on a short line.  A sentence that opens with the same words
but goes on to report something stays: most patterns need the line to end where the
furniture does.  Both lists are compiled here from the themed modules, a theme each:
:mod:`~sitegen.importer.appeals` (what the page asks of the reader),
:mod:`~sitegen.importer.links` (links to other stories and to the page's media),
:mod:`~sitegen.importer.credits` (bylines, wire and picture credits, embedded posts),
:mod:`~sitegen.importer.notices` (the page's notes on the story and its own controls) and
:mod:`~sitegen.importer.captions`.  This module holds the rest: the notes and controls that
are furniture on a short line only, and the boxes whose shape the cleaner asks about by
name (a match's score box, a weather box, a summary's label, a headline's label, a list's
bullet).  :mod:`sitegen.importer.cleantext` adds them to the lines it leaves out.
"""

from __future__ import annotations

import re

from .appeals import APPEALS, PROMPTS, SHORT_APPEALS
from .captions import CAPTION_LINES
from .credits import CREDITS, SHORT_CREDITS
from .links import LINKS, SHORT_LINKS
from .notices import NOTES_AND_CONTROLS

# A score box: "England 12 South Africa 32", "Spain 4 - Italy 0", "Spain 4-0 Italy".
_TEAM = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}"
SCORE = re.compile(
    rf"^{_TEAM} \d{{1,3}}\s*[-–]?\s*{_TEAM} \d{{1,3}}$"
    rf"|^{_TEAM} \d{{1,3}}\s*[-–]\s*\d{{1,3}} {_TEAM}$"
    # ... and a team's player ratings: "Crystal Palace: Henderson (8); Richards (7), ...".
    rf"|^{_TEAM}:(?:\s*{_TEAM} \(\d{{1,2}}(?:\.\d)?\)[;,.]?){{4,}}$"
)
# A label before a headline: "Update | China devalues the yuan".
HEADLINE_LABEL = re.compile(
    r"^(update[ds]?|breaking|exclusive|live|watch|video|analysis|opinion)\s*[|:]\s*(?=\S)"
    # ... and a video page's label over its headline: "Transcript for Teachers in Los ...".
    r"|^transcript for (?=(?-i:[A-Z0-9'‘\"“]))",
    re.IGNORECASE,
)
# A summary box over the story: "Key points: Fifty-one people died ...".
# ... or over its points alone: "Summary", "Story highlights".
KEY_POINTS = re.compile(
    r"^key (points|facts|takeaways)\s*:"
    r"|^(summary|(story )?highlights|in (brief|short)|at a glance|key (points|facts|takeaways)"
    r"|what to know)"
    r"\s*:?\s*$"
    # ... or a fact box's title in capitals: "TESCO FACTS", "NORTHGATE FACT FILE".
    r"|^(?-i:[A-Z][A-Z'’&. -]{1,30} (FACTS|FACT ?FILE|IN NUMBERS))\s*:?\s*$",
    re.IGNORECASE,
)
# A page's weather widget: "Partly Cloudy", "Mostly Sunny", "Light Rain".
WEATHER = re.compile(
    r"^((partly|mostly|light|heavy|scattered)\s+)?(cloudy|sunny|clear|rain|showers|fog|foggy"
    r"|overcast|windy|snow|drizzle|thunderstorms?)$",
    re.IGNORECASE,
)
# A point of a list as text copied from a page sets it.
BULLET = re.compile(r"^(?:[-•*·]\s+\S|[•*·](?=[A-Z]))")

# ... and on a short line only (see CRUFT).
_SHORT_NOTES_AND_CONTROLS = (
    # A page's skip link and the labels over its other stories: "Jump directly to the
    # content", "Up Next", "Related Topics", "Related Video".
    r"^jump (directly )?to (the )?(main )?content\W*$|^(up next|related (topics|videos?))\W*$",
    # A teaser over the rest of the story: "Here's everything you need to know.", "Here's
    # what's known — and uncertain — about the crash.", "Here's what to know about the case:".
    r"^here['’]s (?:what['’]s known|what (?:we|you) (?:know|need to know)|what to know"
    r"|everything (?:we|you) (?:know|need to know))\b[^.!?]{0,60}[.:!]?$",
    # A site's own prompt to more of it, or its app's buttons: "• Visit Estuary Times's homepage
    # for more stories.", "Summarize Simplifying... In short".
    r"^(?:[•·*-]\s*)?visit [\w'’ .-]{2,40} homepage for more stories\W*$"
    r"|^summarize simplifying\b",
    # A live page's notes on itself: "This live blog is now closed. Thank you for following
    # our coverage ...", "Estuary Times will be reporting live from the quay, with Ann Lee at
    # the scene.", and a pointer to the story elsewhere: "See the story on KXYZ's website."
    r"^this live blog is (?:now )?closed\b|^[\w'’ .-]{2,30} will be reporting live from\b"
    # ... and its sign-off: "That is all for today from our live page on ...", "Thank you
    # for joining us.", "You can read more reaction here."
    r"|^that(?:['’]s| is) all (?:for (?:today|now|tonight) )?from (?:us|our live (?:page|blog"
    r"|coverage))(?:\b|(?=published at))"
    r"|^thank you for (?:joining|following) (?:us|along|our (?:live )?(?:page|blog|coverage))\W*$"
    r"|^you can read more (?:reaction|on this story)(?: here)?\W*$"
    r"|^see the (?:full )?story on [\w'’ .-]{2,30}\bwebsite\W*$"
    # ... and a slider's control taken for the headline, and a browser's alerts' note:
    # "Swipe for next article", "Notifications can be managed in browser preferences."
    r"|^swipe for (?:the )?next article\W*$"
    r"|^notifications can be managed in (?:your )?browser(?: preferences| settings)?\W*$"
    # ... and a page's notes on the story: "This story is breaking and will be updated.",
    # "Scroll down for a list of the branches.", "Originally published as Ferry strike ends".
    r"|^this story is (?:breaking|developing)(?: and will be updated)?\W*$"
    r"|^scroll down (?:for|to see) (?:a|the) (?:list|full list|latest)\b"
    r"|^originally published as\b"
    # ... and an app's plug: "Know the news with the Estuary TV app: Download today".
    r"|^know the news with the [\w'’ .&-]{2,30} app\b",
    # A picture's credit under a label in the page's own language: "Izvor: Anadolija/Ann Lee"
    # ("Source:" in Bosnian), "Foto: Reuters/Tom Hart".
    r"^(?-i:[A-Z][a-z]{2,11})\s?:\s?(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})"
    r"/(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})$",
    # A player's note on the reader's browser: "Please use Chrome browser for a more
    # accessible video player".
    r"^please use (?:the )?(?:chrome|firefox|a different|another|a supported) browser\b",
    # A placeholder its builders left on the page: "This is a test for Consumer Pay Call to
    # Action", "Lorem ipsum dolor sit amet".
    r"^this is a test\b[^.!?]{0,60}$|^lorem ipsum\b",
    # An embedded post that failed to load, in its plug-in's words: "Instagram did not return
    # a 200."
    r"^(instagram|twitter|facebook|youtube|tiktok|x) did not return a \d{3}\W*$",
    # A radio station's show in its slot above the story: "Ann Lee 1pm - 4pm".
    r"^(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}) \d{1,2}(?:[:.]\d{2})?\s?[ap]m\s?[-–]\s?"
    r"\d{1,2}(?:[:.]\d{2})?\s?[ap]m$",
    # A page's tools and banners: "Send this page to someone via email", "Watch more News on
    # iWantTFC", "Listen to NAME OF STATION" (a radio player's placeholder), "▶ Watch Video:
    # ...", "Welcome to the new Independent website. We hope you enjoy it ...", a paywall
    # loading ("You have a preview view of this article while we are checking your access."),
    # "Support Local Journalism Donate", "For all the latest headlines follow our Google News
    # channel online or via the app."
    r"^send this (?:page|article|story) to (?:someone|a friend) via email\W*$"
    r"|^watch more (?:news|videos?) on [\w ]{2,20}$|^listen to name of station$"
    r"|^▶\s*watch video:|^welcome to the new [\w ]{2,30} website\b"
    r"|^you have a preview view of this article\b|^support local journalism\b[^.!?]{0,20}$"
    r"|^for all the latest (?:headlines|news),? follow our\b"
    # ... and a video player's keys: "Space to play or pause, M to mute, left and right ...".
    r"|^space to play or pause\b"
    # ... and a page's line over the story: "Last updated on .From the section European
    # Football".
    r"|^last updated on\b[^!?]{0,40}\bfrom the section\b"
    # ... and a shop's cart: "Your cart is empty".
    r"|^your (?:shopping )?(?:cart|basket|bag) is empty\W*$"
    # ... and a hacked page's gambling spam: "situs toto toto togel 4d", "slot gacor".
    r"|\b(?:situs toto|togel|slot gacor)\b"
    # ... and a newsletter box's messages: "Your subscription could not be saved. Please try
    # again.", "Your subscription has been successful."
    r"|^your subscription (?:could not be saved|has been successful)\b"
    # ... and a video player's label: "Click to play video: 'Art or life?' Anti-oil ...".
    r"|^click to play video\b"
    # ... and a player-rater's box: "Rate players out of 10 throughout or after the game. The
    # rater will close 30 minutes after the final whistle.", "helpHow to play".
    r"|^rate (?:the )?players out of 10\b|^help\s?how to play$"
    # ... and a poll's prompt: "VOTE NOW: Has Europe had enough of the EU as farmers rise up
    # against Brussels?"
    r"|^vote now\b"
    # ... and a notice over pictures: "Warning: Graphic content."
    r"|^warning:? (?:this (?:article|story|video|report) contains )?graphic (?:content|images)"
    r"\W*$"
    # ... and a broadcaster's listings under a sports story: "Coverage: Watch live on BBC TV,
    # BBC Red Button, Connected TVs ...; Text updates online."
    r"|^coverage: (?:watch|listen) live on\b"
    # ... and a list's buttons and a bulletin's box: "View all Load more", "Get the latest
    # news! Subscribe to the SMSF Adviser bulletin".
    r"|^(?:view all )?load more$|^(?:get the latest news\W+)?subscribe to (?:the|our) [\w ]{2,40}"
    r" bulletin\W*$"
    # ... and an editor's correction of an earlier version: "Correction: A previous version of
    # this story inaccurately compared the number of ...".
    r"|^correction:\s+(?:an?|the) (?:previous|earlier|original) version of this"
    r" (?:story|article|report)\b"
    # ... and the note a syndicating site's feed puts under a story it reposts: "The post 12
    # Die at Georgian Ski Resort appeared first on New York Times."
    r"|^the post .{3,300} appeared first on [^.!?]{2,60}\.?$",
    # A live page's note on its update, at its time: "3:45 a.m.: Updated to raise the death
    # toll from 39 to 47."
    r"^(?:\d{1,2}[:.]\d{2} ?(?:a\.m\.|p\.m\.|am|pm):\s*)?updated to (?:raise|add|include|reflect"
    r"|correct|update|change)\b[^!?]{0,100}$",
    # A video player's controls and age: "0 seconds of 0 secondsVolume 0%", "Press shift
    # question mark to access a list of keyboard shortcuts", "LOADINGERROR LOADING", "3
    # years ago", and its length: "Duration: 1 minute 7 seconds".
    r"^\d+ seconds of \d+ seconds|^press shift question mark\b|^loading(?:error)?(?: loading)?$"
    r"|^\d{1,2} (?:years?|months?|weeks?) ago$"
    r"|^duration\s*:\s*(?:\d{1,3} (?:hours?|minutes?|seconds?)\s*){1,3}$",
    r"^(share|tweet|email|print)( (this|on|via)\b.*)?$",
    # A breadcrumb: "You are here: Home".
    r"^you are here\s*:",
    # A promise of more: "More news to follow...".
    r"^more (?:news |details |information |updates )?to (?:follow|come)\W*$"
    r"|^more (?:as|when) we (?:get|have) it\W*$",
    # A note on a graphic's correction: "The graphic below has been updated to
    # correctly reflect the valuation in 2011."
    r"^the (?:graphic|chart|map|table|image|photo)(?: below| above)? (?:has been|was)"
    r" (?:updated|corrected|amended|changed)\b[^!?]{0,120}$",
    # A story's toolbar: "Listen 9 min Share Comment on this story Comment".
    r"^(?:(?:listen|share|save|comments?|gift(?: this)? article|\d+ min(?:ute)?s?(?: read)?"
    r"|comment on this story)\s*){3,}$",
    # ... and in Arabic, as Jordan News prints it: "اضافة اعلان" ("add an advertisement").
    r"^advertisement$|^sponsored\b|^(ad|ads)$|^اضافة اعلان$",
    # A box of player ratings: "Player ratings Leeds: Meslier (7), Ayling (6), ...",
    # and its pick: "Man of the match: Raphinha."
    r"^[^:]{0,40}:?\s*(?:(?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+)?"
    r" \(\d{1,2}(?:\.\d)?\),?\s*){4,}\.?$"
    r"|^(?:man|player|woman|star) of the (?:match|game)\s*:\s*[^.!?]{2,40}\.?$",
    # An embedded post's placeholder: "Loading Twitter content".
    r"^loading (?:\w+ ){0,2}content\W*$",
    # A search box's prompt: "Begin typing your search above and press return to search."
    r"^(?:begin|start) typing your search\b",
    # A wire's note on the rate it converted at: "($1 = 0.9260 euros)".
    r"^\(\s*(?:[$€£¥]|us\$)\s?1 = [\d.,]+ [\w ]{2,20}\)$",
    # Labels of a box of videos and of a gallery's control: "Also watch", "Full View"; and a
    # picture's credit to a company alone: "NBC Universal, Inc.".
    r"^also watch$|^full view$|^(?-i:[A-Z][\w&]*(?: [A-Z][\w&]*){0,3}), inc\.?$",
    # A caption that says what the picture is: "A court sketch of the accused.", "File
    # photo of the plant."
    # (one that says what the picture shows is the story's: "A photo of the deal showed ...")
    r"^(?!.*\b(?:shows?|showed|shown|reveal(?:s|ed)?|is|was|were|has|had)\b)"
    r"(?:an? |the )?(?:court |artist['’]s |police |file |handout )?"
    r"(?:sketch|drawing|photo|photograph|picture|image|screengrab|still) of\b[^.!?:]{2,80}\.?$",
    # A site's embed code copied as text: "[mm-video type=video id=01gxnh9 ...]", and a
    # picture's credit set after a bar: "| MILITARY SOURCE / VIA AFP-JIJI".
    r"^\[[a-z][\w-]* [^\]]*\]$|^\|\s*(?-i:[A-Z])[A-Z /&.'’-]{3,60}$",
    r"^(listen|watch)( to)?( this)?( article| story| now)?\s*[:\-–]|^\d+ min(ute)? read$",
    # ... or the player's label run into its state: "Listen to this article Loading
    # audio...", or alone: "Listen to Story".
    r"^listen to ((this|the) )?(article|story)\b[^.!?]{0,30}(\.\.\.|…)?$",
    # ... or its loading note: "Getting your Trinity Audio player ready...".
    r"^getting your [\w ]{0,20}audio player ready\W*$",
    # A link set as a sentence and named so: "Read how the committee assessed her work here
    # (external link to the prize's website)."
    r"\bhere \(external link\b[^()]{0,80}\)\W*$",
    # A note on the reader's browser: "Euronews is no longer accessible on Internet
    # Explorer."
    r"\b(internet explorer|this browser)\b.{0,80}\b(no longer|not (supported|updated))"
    r"|\byou are using an outdated browser\b|\bplease upgrade your browser\b",
    # A note that links were sold: "Please note the green-lined linked article text has
    # been applied commercially without any involvement from our newsroom editors".
    r"\blinked\b.{0,80}\bwithout any involvement from (our|the) (newsroom|editorial)\b",
    # A notice above or below the story: "This is an archived article and the
    # information in the article may be outdated.", "This archived news story is available
    # only for your personal, non-commercial use.", "This story is no longer being
    # updated.", "This article contains affiliate links."
    r"^\(?originally published (by|in|on)\b|^\(first published (by|in|on)\b"
    r"|^this (is an )?archived (news )?(article|story|page)\b"
    r"|^this (story|article|page|post)"
    r" (is no longer being updated|contains affiliate links|is freely available)\b"
    # ... and a correction's, over it and in it: "12:00 a.m. May 5, 2026 For The
    # Record", "... Type of Material: Correction", "Ferry strike: An article in
    # Tuesday's Section A about ...".
    r"|(?-i:For The Record)\W*$|\btype of material\s*:"
    r"|^[^.!?:]{0,60}:\s+an? (article|story|headline|caption) in \w+['’]s section \w\b"
    # ... and a live report's: "This report is updated below. Please refresh the page
    # to see latest reports (running bottom to top)."
    r"|^this (report|story|article|blog|page) is (being )?updated (below|above)\b"
    r"|^please refresh (the|this) page\b"
    r"|^read the rest of (the|this) (story|article)\b",
    # The page's own labels set as short lines between paragraphs: a player's and a
    # gallery's ("Play video", "1 of 12", "(Estuary Wire video)", "... (UK users
    # only)"), a paywall's, an error's, a staff line ("Times Staff Writer", "Source:
    # Estuary Wire"), a bare "by,".
    r"^(play|more) (brightcove )?video\b|^open image modal$|^story tools$|^\d+ of \d+$"
    r"|^\([\w ]{2,30} video\)$|\(uk users only\)$|\(quicktime, real or windows media\)"
    r"|^premium content$|^subscribe\s*&\s*save\b|^404 not found\b"
    r"|^([\w.]+ )?staff (writer|reporter|correspondent)s?$"
    r"|^/?\s*source\s*:\s*\S[^.!?]{0,60}$|^\(source\s*:\s*[^().!?]{1,60}\)$"
    r"|^by,?$",
    # A live report's stamps, a video's length, a prompt to watch or to click: "Update
    # at 4:20 p.m. ET: Polls close", "Crews back at the quay 0:37", "WATCH NEWS
    # CONFERENCE:", "[Video not showing up above? Click here to watch ...".
    r"^update (at )?\d{1,2}[:.]\d{2}(\s*[ap]\.m\.)?[^.!?]{0,60}$"
    r"|\s\d{1,2}:\d{2}$|\(\d+'\d{2}\"?\)$"
    r"|^watch\b[^.!?]{0,40}:$|\bclick here to (watch|read|see|view)\b"
    r"|^warning\s*:\s*contains\b"
    # ... or a wire's note on what its update changed, on a line of its own: "(Adds
    # comments from ..., background on California offshore drilling)".
    # (the line under it, the byline, run on by the unwrapping of a hard-wrapped page:
    # "(Adds comments at news conference by PM) By Chris Scicluna")
    r"|^\((?:adds|updates|recasts|rewrites|changes|corrects|refiles|removes)\b[^()]{0,240}\)"
    r"(?:\s+by\s+(?-i:[A-Z][\w.'’-]*(?: (?:and )?[A-Z][\w.'’-]*){0,5}))?$",
    # A box of share prices: its header, a row ("MSFT MICROSOFT CORP. 415.00 -11.89 -2.79%")
    # and a row with no price ("ATVI NO DATA AVAILABLE - - -").
    r"^ticker security last change change %$"
    # ... and a share's line in a ticker: "BAFL 39.69 Decreased By ▼ -0.76 (-1.88%)".
    r"|^(?-i:[A-Z]{2,6}) \d[\d,.]* (?:increased|decreased) by [▲▼]"
    r"|^(?-i:[A-Z]{1,5} [A-Z][A-Z0-9 .,&'’-]{1,60}) \d[\d,.]* [-+]?\d[\d.]* [-+]?\d[\d.]*%$"
    r"|^(?-i:[A-Z]{1,5}) no data available( -)+$",
)
CHROME = [
    re.compile(p, re.IGNORECASE) for p in (*NOTES_AND_CONTROLS, *APPEALS, *LINKS, *CREDITS)
] + CAPTION_LINES
# Lines that are the page around the article, whatever the outlet: on a short line, the
# prompts and the patterns that would take a long line's real text with them.
CRUFT = [
    *PROMPTS,
    *CHROME,
    *(
        re.compile(p, re.IGNORECASE)
        for p in (*_SHORT_NOTES_AND_CONTROLS, *SHORT_APPEALS, *SHORT_LINKS, *SHORT_CREDITS)
    ),
]
