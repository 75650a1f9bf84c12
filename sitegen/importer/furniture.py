"""The furniture of a news page that trafilatura and copy-paste let through, line by line.

Each pattern in ``CHROME`` is read against one whole line (Unicode quotes and dashes folded,
case ignored) and is furniture wherever it stands; ``CRUFT`` adds ``PROMPTS`` and the
patterns that are furniture only on a short line.  A sentence that opens with the same words
but goes on to report something stays: most patterns need the line to end where the
furniture does.  Both lists are compiled here from the themed modules, a theme each:
:mod:`~sitegen.importer.appeals` (what the page asks of the reader),
:mod:`~sitegen.importer.links` (links to other stories and to the page's media),
:mod:`~sitegen.importer.credits` (bylines, wire and picture credits, embedded posts) and
:mod:`~sitegen.importer.captions`.  This module holds the rest: the page's notes on the
story ("This article is more than 2 years old", "This story has been updated") and its own
controls, widgets and boxes (copy link, skip to content, ad slots, a match's score box, a
weather box, a summary's label, a list's bullet).  :mod:`sitegen.importer.cleantext` adds
them to the lines it leaves out.
"""

from __future__ import annotations

import re

from .appeals import APPEALS, PROMPTS, SHORT_APPEALS
from .captions import CAPTION_LINES
from .credits import CREDITS, SHORT_CREDITS
from .links import LINKS, SHORT_LINKS

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

# Notes and controls that are furniture on a line of any length ...
_NOTES_AND_CONTROLS = (
    r"^(list of \d+ items?|end of list)\W*$",  # screen-reader labels of a link list
    # An embedded post's placeholder with the post's text after it: "External Link: Estuary TV
    # tweet: video of the crowd on the quay".
    r"^external link\s*:",
    # A newsletter box's template left unfilled: "Health Check email {{ #verifyErrors }}
    # {{ message }} ...", and a player's menu: "Launch consoleBBC NEWS CHANNEL".
    r"\{\{\s*[#/^]?\w+\s*\}\}|^launch console",
    # A pointer to what the page shows under the story: "The judge's full 42-page ruling
    # can be found at the bottom of this article.", "... is embedded at the end of this
    # article."
    r"^(?=(?:\S+\s+){0,25}\S+$).*\b(?:can be (?:found|read|seen|viewed)|is embedded|is available)"
    r" (?:at|below|above|in)\s(?:the (?:bottom|end|top|foot) of )?this (?:article|story|page)\W*$",
    # Two pictures side by side, one caption: "Left, a voter fills out 'No' on their ballot
    # paper. Right, the prime minister addresses the media after the result."
    r"^(?:left|above|top)\s*,\s*[^.!?]{5,150}[.!?]\s+(?:right|below|bottom)\s*,\s*[^.!?]{5,200}"
    r"[.!?]?$",
    # A video's blurb, signed by its reporter: "By Saturday morning, residents ... were no
    # longer being asked to stay indoors, the mayor announced. NBC New York's Jo Bloggs reports."
    r"^(?=(?:\S+\s+){0,40}\S+$).*[.!?]\s+(?-i:[A-Z][\w&.]*(?: [A-Z][\w&.]*){0,3})['’]s"
    r" (?-i:(?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+) reports\.?$",
    # An embedded post's consent box: "Allow Twitter content?" / "This article contains
    # content provided by Twitter. We ask for your permission before anything is loaded ...".
    r"^this article contains content provided by\b|\bwe ask for your permission before anything"
    r" is loaded\b|^allow \w+ content\?$",
    # The clock icon a list of other stories sets by each one's time, left as its name:
    # "Chabahar Port access_time 20 May 2024 4:00 AM GMT What is the remedy ...".
    r"\baccess_time\b",
    # A cookie notice, however long: "This website uses cookies to improve your
    # experience. We'll assume you're ok with this, ... Accept Read More".
    r"\bthis (?:web)?site uses cookies\b|\bassume you're ok with this\b"
    # ... or one that says what using the site agrees to: "By using this site, you agree to
    # our Privacy Policy including the use of cookies ...".
    r"|^by using (?:this|our) (?:web)?site,? you (?:agree|consent|accept)\b"
    # ... or that asks to accept a changed policy: "The Indiatimes.com Privacy Policy has been
    # updated to align with the new data regulations ... We use cookies to ensure ...".
    r"|\bprivacy policy has been updated\b|\bwe use cookies to (?:ensure|give|improve)\b",
    # A syndicated page's disclaimer: "Disclaimer: This news appearing on ... has been
    # auto-published from an agency feed without any modifications to the text ...".
    r"^disclaimer\s*:|\bauto-published from an? (?:agency|syndicated) feed\b",
    # An embedded post's or picture's placeholder run into its site's name: "youtubeView
    # full post on Youtube", "this image is not availablepinterest", and a picture's
    # credit between double slashes: "Bear Grylls//Digital Spy".
    r"view full post on \w+\W*$|\bthis image is not available"
    r"|^[A-Z][\w .'’-]{1,40}//[A-Z][\w .'’-]{1,30}$",
    # A note on where to find help: "If you have been impacted by any of the issues raised
    # in this report, help is available: Support helplines".
    r"^if you (?:have been|are|were) (?:affected|impacted) by (?:any of )?(?:the )?(?:issues"
    r"|topics|matters|themes|subjects)\b[^.!?]{0,60}[.,:]?\s*(?:help|support)\b",
    # A box of helpline numbers: "Bhubaneswar- (0674-2303060, 2301525, 2301625), ...".
    r"^(?=(?:.*?\b\d{6,8}\b){5})",
    # An empty advertising slot: "No ads found for this position".
    r"^no ads? found\b",
    # A blog's buttons: "Like this: Like Loading...".
    r"^like this\s*:\s*like\b|^like loading\W*$",
    # A site's widgets copied as text: a markets ticker still loading ("US Markets
    # Loading... H M S In the news") and an icon's screen-reader text ("Chevron icon It
    # indicates an expandable section or menu ...").
    r"^(us |world )?markets loading\b|\bit indicates an expandable section or menu\b",
    # A weather box's label over the page: "Today in New Delhi, India".
    r"^today in [a-z .'’-]{2,30}, [a-z .'’-]{2,30}$",
    # A match report's score box: who scored and when, one line a side ("Ireland –
    # Tries: Gibson-Park (16), Beirne (30). Cons: Crowley (18, 31). Pens: Crowley (7).")
    # under its title ("France 17-38 Ireland – Score summary").
    r"^(?:[\w'’ ]{1,30}\s[–-]\s)?(?:(?:tries|cons|conversions|pens|penalties|drop goals?"
    r"|goals?|scorers?|sin bins?|yellow cards?|red cards?)\s*:\s*(?:[A-Z][\w'’.-]*"
    r"(?: [A-Z][\w'’.-]*){0,3}\s*\(\d{1,3}[^()]{0,40}\)(?:,\s*|\.\s*|$))+)+$",
    r"^[^.!?]{0,60}\b\d{1,3}\s*[-–]\s*\d{1,3}\b[^.!?]{0,40}\s[–-]\s*(?:score summary"
    r"|match summary|scoreboard|line-?ups)$",
    r"^(our|editorial) (standards|principles|guidelines)\b",
    # A note on what was edited, not news: "Update 3 July, 8:05 ET: Added a video."
    r"^(update|updated|correction|editor'?s note)\b.{0,40}?:\s*(added|updated|corrected"
    r"|clarified|this (story|article|post) (has been|was) (updated|corrected))\b",
    # ... or its label alone, with the time: "Update — Oct. 21, 2:10 a.m. ET:".
    r"^(update|updated)\s*[-:]?\s*[\w .,]{0,20}\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?"
    r"(\s*[a-z]{2,4})?\s*:?$",
    # A menu of the site's sections, set with an emoji: "The Last Ride 🎙️ History and
    # highlights Wildfire and smoke map Is population declining?".
    r"^[^.!]{0,60}[\U0001F300-\U0001FAFF]\ufe0f?\s+[A-Z][^.!]{0,120}$",
    # The page's own controls.
    r"^copy (the )?link( to (this )?(article|story))?\W*$",
    r"^link copied( to (the )?clipboard)?\W*$",
    # An author box's line on their expertise, a magazine's promotion, a browser notice.
    r"^expertise\s+(?-i:I)\b|^[\w ]{2,30}:\s*check out a sample of\b"
    r"|^for (optimal|the best) browsing\b|^ie ?11 (is )?not supported\W*$",
    # An editor's note in brackets: "(Story was updated to include additional
    # information and quotes from the NASA press conference ...)".
    r"^\((this )?(story|article|post) (was|has been) (updated|corrected)\b[^()]{0,200}\)$",
    r"^this (story|article|post) (was|has been) edited after it was (initially |first )?"
    r"published\W*$",
    # A summary box's label glued to its first point, set without a full stop: "What to
    # Know About 3,500 nurses went on strike at 6 a.m. Monday, ... as contract talks stall".
    r"^(?-i:What [Tt]o Know)\s+(?-i:[A-Z0-9]).*[^.!?\"”]$",
    r"^listen to (this|the) (article|story)\b[^.!?]{0,30}$",
    r"^reuse this content\W*$|^report an (error|issue|typo)\b|^ad feedback$",
    r"^this (article|story|post) is more than \d+ (years?|months?|days?) old\W*$",
    r"^this (story|article|post) (has been|was) (updated|corrected)\b[^.!?]{0,80}[.!]?$",
    # "FOR THE RECORD - This story contains corrected material, published Nov. 16, 2004."
    r"^(for the record\W+)?this (story|article|post) contains corrected material\b",
    # ... or where it first ran, however long the note: "This article was first published
    # in the South China Morning Post on September 29, 2014. It has been republished ...",
    # "This article was first reported by CTV News".
    r"^this (post|article|story|report|piece)( by [^.!?]{1,60}?)? (was )?(originally|first)"
    r" (published|appeared|reported)\b",
    # A note on a page moved from another platform: "This article was originally on a blog
    # post platform and may be missing photos, graphics or links."
    r"\bmay be missing (photos|images|pictures|graphics|links)\b",
    # A player's notice and its video's caption: "Media playback is unsupported on your
    # device Media caption 'I've been asked for a Big Mac and fries'".
    r"^media playback is unsupported on your device\b",
    # A video's or a podcast's title, linked over the story: "'My heart has been ripped out':
    # fans on the club's expulsion – video".
    r"\s[–—-]\s(?:video|video report|audio|podcast)$",
    # ... or on how it was made: "Sources used: "PA Media" Note: This article has been
    # edited with the help of Artificial Intelligence."
    r"^sources used\s*:|\bthis (article|story|text) (has been|was) (edited|written|produced"
    r"|generated|created) with the (help|assistance|use) of (artificial intelligence|ai)\b",
    # An editor's note on where the story first ran: "Editor's note: This story was
    # originally published in the Miami Herald on April 23, 2000.", "Editor's Note: As
    # part of CNN's new Crime section, we are archiving ...".
    r"^editor'?s note\s*:\s*(this (story|article) was (originally|first)|as part of)\b",
    # A live page's markers between its updates: "Update, 9:10 p.m.", "Update Wednesday,
    # 6:30 a.m.", "Original story".
    r"^(update|updated|latest)\b[,:]?\s*((mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?"
    r"\d{1,2}([:.]\d{2})?\s*(a\.?m\.?|p\.?m\.?)?(\s*[a-z]{2,4})?\W*$"
    r"|^(original|earlier|previous) (story|report|post)\W*$"
    # ... over what a source said then: "Update, 4 p.m. Thursday, July 28, as per the
    # Estuary Ferries:", and the note over them all: "Note: This following story was
    # continuously updated through 5:10 p.m. on Thursday, July 28."
    r"|^(update|updated)\b[,:]?\s*\d{1,2}([:.]\d{2})?\s*(a\.?m\.?|p\.?m\.?)[^.!?]{0,80}:$"
    r"|^(editor'?s )?note\s*:\s*this (following )?(story|article|post) (was|has been|is being)"
    r" (\w+ly )?updated\b",
    # A notice that the story is still being written, or the page cannot be shown: "This
    # story is developing. Please check back for updates.", "Our website is temporarily
    # unavailable in your location."
    r"^this (story|article) is (developing|being updated)\b"
    r"|^this is a (developing|breaking) (story|news story)\b"
    r"|\bis (temporarily )?unavailable in your (location|country|region)\b"
    r"|^we are working hard to get it back online\b",
    r"^this (content|article|story) was (produced|paid for|sponsored|created) by\b",
    r"^(topics|tags|filed under|categories)\b\s*:?[^.!?]{0,80}$",
    r"^loading( article| audio| video| player)?( content)?\W*$",
    # Skip links, numbered too as a page's list of them is copied: "1. Skip to content",
    # "2. Skip to main menu", "3. Skip to more DW sites".
    r"^(\d{1,2}\.\s+)?skip to (the )?(main |next )?(content|navigation|paragraph|menu|search"
    r"|footer)(?!(?-i:[a-z]))|^(\d{1,2}\.\s+)?skip to more\b[^.!?]{1,30}\bsites?$",
    # A pointer to another version: "Editor's note: There is a more recent version of this
    # story ...".
    r"^editor'?s note:.{0,40}\b(more recent|updated|newer|previous|earlier) version\b",
    r"\bby skipping the main menu\b|\blisten to (episode \d+|the podcast|our podcast)\b"
    # ... or to another of the network's shows: "To keep up to date on the latest news ...,
    # check out the Coronavirus: Fact vs. Fiction podcast from ...".
    r"|\bcheck out (the|our) [^!?]{2,60}? podcast\b",
    # An outlet's line about itself at the page's top: "Chat with us in Facebook Messenger.
    # Find out what's happening in the world as it unfolds.", "Connecting decision makers to
    # a dynamic network of information, people and ideas, Bloomberg quickly ...".
    r"^chat with us in facebook messenger\b|\bfind out what['’]s happening in the world as it"
    r" unfolds\b|^connecting decision makers to a dynamic network of information\b",
    # A label over other stories: "People are also reading…".
    r"^(people|readers) (are )?also (read|reading|viewed|liked)\W*$",
    r"^(powered by|translated by) (automated|machine|google)\b[^.!?]{0,30}$",
    r"^(tell|email|send (this|it) to) a friend\W*$|^enlarge\b.{0,40}$",
    r"\benable javascript\b|\bjavascript (is |being )?(disabled|required)\b",
    # ... and what a chart left behind says: "You are seeing a snapshot of an interactive
    # graphic."
    r"^you are seeing a snapshot of an interactive\b",
    # A trade paper's age gate: "This website contains images and information relating to
    # tobacco products.", "Please do not view if you are under 18 years of age."
    r"^this (publication|website|site|page) contains [^.!?]{0,40}\brelating to (tobacco|alcohol"
    r"|vap\w+|gambling)\b|^please do not view (this \w+ )?if you are under (the age of )?1[89]\b",
    # A note on the reader's browser: "IE 11 is not supported. For an optimal ..."
    r"\b(browser|ie ?\d{1,2})\b[^.!?]{0,40}\b(is|are) not supported\b"
    r"|\bis not supported\b[^.!?]{0,60}\bbrowser\b",
    # A promise to update, or a pointer to a list: "We'll update you with more
    # information ...", "A full list of exposure sites is below."
    r"^we('ll| will) update (you|this (story|article|post|page))\b[^!?]{0,100}$"
    r"|^(a|the) (full|complete) list of [^.!?]{1,80}\b(is|can be found) (below|here)\W*$",
    # A player's notice ("Sorry, this content isn't available on your device.") and a site's
    # own trouble ("We are currently experiencing network problems with the desktop version
    # of Police Oracle.", "We hope to have these resolved as soon as possible.").
    r"^sorry, this (content|video|media) (is not|isn['’]t) available\b"
    r"|^we are (currently )?experiencing (technical|network) (problems|issues|difficulties)\b"
    r"|^we hope to have (these|this|them|it) (resolved|fixed) as soon as possible\W*$",
    r"^watch the video( above| below)?\W*$|^back to top\W*$|^open in (the )?app\W*$",
    r"^(read|open) in (the )?app\W*$|^(save|bookmark|gift|give)( this)?( article| story)?\W*$",
    # An advertisement's marker and its prompt at once: "Advertisement. Scroll to continue
    # reading.".
    r"^(advertis(ement|ing)\b[^.!?]{0,30}[.:]?\s*)?scroll (down |up )?(for|to)\b[^.!?]{0,30}"
    r"(\.\.\.|…|\.)?$|^advertis(ement|ing)\b[^.!?]{0,30}$",
    # A site's slogan and its alerts: "Estuary Gazette: Trusted source for local news,
    # events, and community updates.", "News and Info from Deeside, Flintshire, North Wales",
    # "To make sure you never miss out on your favourite NEW stories, ...", "Receive free
    # Estuary Ferries plc updates", "We'll send you a myFT Daily Digest email ...".
    r"\btrusted source for (local )?news\b|^(the latest )?news and info(rmation)? (from|for) "
    r"[\w ,'’-]{2,60}$|^to make sure you never miss out on\b|^receive free [\w .,&'’-]{2,60}"
    r" updates\W*$|^we['’]ll send you an? [\w ]{0,20}digest email\b"
    r"|^click \W?ok\W? then \W?allow\W? to enable notifications\b"
    # ... and its notice of whom it writes for: "This website is intended for healthcare
    # professionals".
    r"|^this (web)?site is (intended|only) for (healthcare|medical|health) professionals\b",
    # A ticker of the latest stories, each after its age: "6h agoRevealed: Labour's plan to
    # ...", "9h ago Pedro Sanchez considering stepping down as PM".
    r"^\d{1,2}\s?(h|hrs?|m|mins?) ago\s?(?-i:[A-Z‘'\"“])",
    # A live page's time stamp.
    r"^\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?(\s+[a-z]{2,4})?$",
    # A player that failed to load: "We're sorry, this feature is currently unavailable."
    r"\bthis (feature|video|content) is (currently |temporarily )?unavailable\b"
    r"|^please try again later\W*$",
    # ... or one waiting for the reader's consent: "We need your consent to load this
    # rte-player content ... accept them to load the content."
    r"\bwe need your (consent|permission) to (load|show|display)\b"
    # ... or an ad slot that did not fill: "This advertisement has not loaded yet, but your
    # article continues below." and its marker, "Article content continued".
    r"|^this (advertisement|ad) has not loaded yet\b|^article content( continued)?\W*$"
    # ... or an ad break's marker ("COMMERCIAL BREAK"), or what an accelerated page left
    # out: "Some content couldn't be displayed in Google AMP. To see what's missing ...".
    r"|^commercial break\W*$|^some content couldn['’]t be displayed in google amp\b"
    r"|\baccept (them|cookies|these) to (load|view|see) (the|this) content\b",
    # An embed's label, the stocks a story names.
    r"^(youtube|vimeo|facebook|instagram|twitter|tiktok) (video|post|embed)\W*$",
    r"^(companies|stocks|tickers) (in|mentioned in|named in) this (story|article)\b",
    r"^(terms (of (use|service)|and conditions)|privacy( policy| notice| settings)?"
    r"|cookie (policy|settings)|accessibility( statement)?|contact us|about us)\W*$",
    # Ad slots and their controls.
    r"^-+\s*advertis(e)?ment\s*-+$|^(hide|close|skip|remove) (this )?(ad|ads|advert)\W*$",
    # A page's style sheet: ".embed-container { position: relative; padding-bottom: ...".
    r"^[.#@]?[\w-]+(?:[\s.#>:,]+[\w-]+)*\s*\{\s*[\w-]+\s*:\s*[^;{}]+;",
    # A page's template code, a live page's label: "[contf] [contfnew]", "Live updates".
    r"^(\[[\w-]{1,20}\]\s*)+$|^live( updates| blog| coverage)?\W*$",
    # "Please Sign In and use this article's on page print button to print this article."
    r"\bprint button to print this (article|story|page)\b",
    # A browser notice, a comment form's prompt.
    r"\bwe recommend using\b[^.!?]{0,40}\b(chrome|firefox|edge|safari)\b"
    r"|^please enter your (comment|name|email)\b"
    # ... or who may comment: "Only registered members can post comments."
    r"|^only (registered|signed[- ]in|logged[- ]in) (members|users|readers) can (post )?comments?",
    # A partner's archive.
    r"^this (article|story) is from the archive of\b",
    r"^key (points|facts|takeaways)\s*:",
    # A browser notice, a radio station's player.
    r"\byour (web )?browser is (no longer|not) supported\b|\bworks better on other browsers\b"
    r"|^listen live\b|\bon air\s*:\s*listen live\b",
    # A match's scorers and officials in a box: "Goals: David Silva 14, Jordi Alba 41".
    r"^(goals|scorers?|booked|bookings|sent off|subs|substitutes|attendance|referee)\s*:",
    # A warning over a story.
    r"^(content |trigger )?warning\s*:.{0,120}\b(may|might|could|will)( be)?"
    r" (disturb|distress|upset|offend)",
    r"^more to come\W*$|^read some more\W*$",
    # "We'll update this post with new information as it becomes available.", "This story
    # will be updated.", "This is a developing story.", perhaps after a dash: "—This is a
    # developing story and will be updated."
    r"^(?:-+\s*)?(?:(we['’]ll|we will) (update|be updating) this (post|story|article|page)\b"
    r"[^.!?]{0,80}[.!]?$"
    r"|this (post|story|article|page) (will|may) be updated\b[^.!?]{0,60}[.!]?$"
    r"|this is a (developing|breaking) (news )?story\b[^.!?]{0,60}[.!]?$"
    # ... or that an update is above the earlier story: "THIS IS A BREAKING NEWS UPDATE.
    # AP's earlier story is below:"
    r"|this is a breaking news update\b[.!]?(?: (?:ap|the)['’]?s? earlier (?:story|version)"
    r" (?:is )?below\W*)?$"
    # ... or that it was: "This post has been corrected. See below for details."
    r"|this (post|story|article|page) has been (corrected|updated|amended)\b[^.!?]{0,60}[.!]?"
    r"(?: see below for (?:details|the correction)\.?)?$)",
)
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
    # years ago".
    r"^\d+ seconds of \d+ seconds|^press shift question mark\b|^loading(?:error)?(?: loading)?$"
    r"|^\d{1,2} (?:years?|months?|weeks?) ago$",
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
    # audio...".
    r"^listen to (this|the) (article|story)\b[^.!?]{0,30}(\.\.\.|…)?$",
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
    r"^\(?originally published (by|in|on)\b"
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
    r"^(play|more) video\b|^open image modal$|^story tools$|^\d+ of \d+$"
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
    re.compile(p, re.IGNORECASE) for p in (*_NOTES_AND_CONTROLS, *APPEALS, *LINKS, *CREDITS)
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
