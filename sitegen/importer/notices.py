"""A news page's notes on the story and its own controls, furniture on a line of any length.

The page's notes on the story ("This article is more than 2 years old", "This story has been
updated"), its notices ("IE 11 is not supported", an age gate, a player that will not play)
and its controls and widgets (copy link, skip to content, ad slots).  Each pattern of
:data:`NOTES_AND_CONTROLS` ends where the furniture does, so that a sentence opening with the
same words stays; those that would take a long line's real text with them are furniture on
a short line only, in :mod:`sitegen.importer.furniture`, which compiles both with the other
themes' patterns.
"""

from __future__ import annotations

# Notes and controls that are furniture on a line of any length ...
NOTES_AND_CONTROLS = (
    # A site's note that it moved, or on its duty of care: "Our award-winning reporting has
    # moved", "Estuary Staffing is committed to safeguarding and promoting the welfare of
    # children ...".
    r"^our award-winning (reporting|journalism) has moved\b"
    r"|\bis committed to safeguarding and promoting the welfare of\b",
    r"^(list of \d+ items?|end of list)\W*$",  # screen-reader labels of a link list
    # A box of trivia set beside the story, its question glued to its answer: "Did you
    # know?The haka has been performed since 1888. ..."
    r"^did you know\s*\?",
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
    # ("ITV News' Jo Bloggs reports.": a name ending in "s" takes the apostrophe alone)
    r"^(?=(?:\S+\s+){0,40}\S+$).*[.!?]\s+(?-i:[A-Z][\w&.]*(?: [A-Z][\w&.]*){0,3})['’]s?"
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
    r"|topics|matters|themes|subjects)\b[^.!?]{0,60}[.,:]?\s*(?:help|support)\b"
    # ... or where to turn: "* If you are experiencing sexual violence, the following
    # hotlines offer free and confidential support: ...".
    r"|^\W{0,3}if you (?:or someone you know )?(?:are|have been|were) (?:experiencing|affected"
    r"|struggling|suffering)\b[^.!?]{0,80}\b(?:hotlines?|helplines?)\b",
    # A box of helpline numbers: "Bhubaneswar- (0674-2303060, 2301525, 2301625), ...".
    r"^(?=(?:.*?\b\d{6,8}\b){5})",
    # An empty advertising slot: "No ads found for this position".
    r"^no ads? found\b",
    # ... a wire's note on what its update changed, alone on its line with its time and
    # credit: "09:47 AM EDT, 10/23/2024 (Estuary Wire) -- (Updates to add a comment ...)".
    r"^(?:[^()]{0,60}\([\w ]{2,30}\)\s*--\s*)?\((?:adds|updates|recasts|rewrites|corrects"
    r"|refiles)\b.{0,160}\)\W*$",
    # ... and a block on where the reader is: "This content is not available in your region".
    r"^this (?:content|video|article|page) is not available in your (?:region|country|location)"
    r"\W*$",
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
    # ... or in the first person: "I have over 8 years of experience working in the news
    # industry. I have worked as a reporter, editor ...".
    r"^i have (over |more than )?\d+ years of experience (working )?in (the )?"
    r"(news|media|journalism|publishing)\b",
    # ... or in the third person, under the story: "Briefly News journalist Ann Lee has
    # dedicated a decade to reporting on ...".
    r"^[^.!?]{0,40}\b(journalist|reporter|writer|correspondent) (?-i:[A-Z][\w'’-]+ [A-Z][\w'’-]+)"
    r" has (dedicated|spent) (a decade|\w+ (years|decades)) (to )?(reporting|covering|writing)\b",
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
    # 6:30 a.m.", "Original story", and the first post's time: "ORIGINAL 11:28 a.m.".
    r"^(update|updated|latest|original)\b[,:]?\s*((mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?"
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
    # will be updated.", "This breaking news story is being updated and more details will be
    # published shortly.", "This is a developing story.", perhaps after a dash: "—This is a
    # developing story and will be updated."
    r"^(?:-+\s*)?(?:(we['’]ll|we will) (update|be updating) this (post|story|article|page)\b"
    r"[^.!?]{0,80}[.!]?$"
    r"|this (?:breaking (?:news )?)?(post|story|article|page) (will|may|is being) (?:be )?updated"
    r"\b[^.!?]{0,60}[.!]?$"
    # ... with its prompt to reload after it: "... published shortly. Please refresh the page
    # for the fullest version."
    r"|this (?:breaking (?:news )?)?(post|story|article|page) (will|may|is being) (?:be )?updated"
    r"\b[^.!?]{0,60}[.!]\s+please refresh (the|this) page\b[^.!?]{0,60}[.!]?$"
    r"|this is a (developing|breaking) (news )?story\b[^.!?]{0,60}[.!]?$"
    # ... or that an update is above the earlier story: "THIS IS A BREAKING NEWS UPDATE.
    # AP's earlier story is below:"
    r"|this is a breaking news update\b[.!]?(?: (?:ap|the)['’]?s? earlier (?:story|version)"
    r" (?:is )?below\W*)?$"
    # ... or that it was: "This post has been corrected. See below for details."
    r"|this (post|story|article|page) has been (corrected|updated|amended)\b[^.!?]{0,60}[.!]?"
    r"(?: see below for (?:details|the correction)\.?)?$)",
)
