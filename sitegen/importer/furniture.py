"""The furniture of a news page that trafilatura and copy-paste let through, line by line.

Each pattern in ``CHROME`` is read against one whole line (Unicode quotes and
dashes folded, case ignored) and is furniture wherever it stands: the page's
own controls and links (copy link, skip to content, terms of use), its appeals
(support our journalism, delivered to your inbox), its tags and its notes on
the story ("This article is more than 2 years old"), links to other stories
under a label, embedded posts' signatures and a science story's references, and
the captions of :mod:`sitegen.importer.captions`.  A sentence that opens with the same words but
goes on to report something stays: most patterns need the line to end where
the furniture does.  :mod:`sitegen.importer.cleantext` adds them to the lines it leaves
out, and reads a line's shape with the patterns after them: kickers, wire
credits, links set inside a paragraph, and the datelines that open a story.
"""

from __future__ import annotations

import re

from .captions import CAPTION_LINES

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
CHROME = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^(list of \d+ items?|end of list)\W*$",  # screen-reader labels of a link list
        # A gallery's counter before its caption, however long: "1 of 3 | Speaker of the House
        # John Boehner (R-OH) walks past ...".
        r"^\d{1,2} of \d{1,2}\s*\|\s",
        # A cookie notice, however long: "This website uses cookies to improve your
        # experience. We'll assume you're ok with this, ... Accept Read More".
        r"\bthis (?:web)?site uses cookies\b|\bassume you're ok with this\b",
        # A call for readers' pictures: "Editor's note: Are you there? Send us your photos and
        # videos, but please stay safe."
        r"\bsend us your (?:photos|pictures|videos)\b|^editor'?s note: are you there\b",
        # An embedded post's or picture's placeholder run into its site's name: "youtubeView
        # full post on Youtube", "this image is not availablepinterest", and a picture's
        # credit between double slashes: "Bear Grylls//Digital Spy".
        r"view full post on \w+\W*$|\bthis image is not available"
        r"|^[A-Z][\w .'’-]{1,40}//[A-Z][\w .'’-]{1,30}$",
        # A box of helpline numbers: "Bhubaneswar- (0674-2303060, 2301525, 2301625), ...".
        r"^(?=(?:.*?\b\d{6,8}\b){5})",
        # An empty advertising slot: "No ads found for this position".
        r"^no ads? found\b",
        # A newsletter's sign-up box copied as one line, however long: "Sign up to the ...
        # email ... Please enter a valid email address ... Thanks for signing up to the".
        r"\bplease enter a valid email( address)?\b|\bthanks for signing up\b",
        # A caption run on from the picture's description to whom it shows: "... made
        # billions worldwide. Pictured: Hill at the premiere ... in June 2017".
        r"[.!?]\s+pictured\s*:\s+\S[^.!?]{0,150}$",
        # A blog's buttons: "Like this: Like Loading...".
        r"^like this\s*:\s*like\b|^like loading\W*$",
        # A link to a document: "A statement on the committee's meeting can be found here."
        r"^[^.!?]{0,150}\b(can|may) be (found|read|seen|viewed|downloaded) here\W*$",
        # A site's widgets copied as text: a markets ticker still loading ("US Markets
        # Loading... H M S In the news") and an icon's screen-reader text ("Chevron icon It
        # indicates an expandable section or menu ...").
        r"^(us |world )?markets loading\b|\bit indicates an expandable section or menu\b",
        # A video's lead-in over the player the copy lost: "... Correspondent Jo Bloggs
        # reports live from the scene:".
        r"\breports? (live )?from (the scene|the ground|outside)\b[^.!?]{0,40}:$",
        # A weather box's label over the page: "Today in New Delhi, India".
        r"^today in [a-z .'’-]{2,30}, [a-z .'’-]{2,30}$",
        # Prompts to the outlet's other pages and its social accounts: "For the latest World
        # Cup news, ... log on to estuary.in/sports.", "Like us on Facebook or follow us on
        # Twitter for ...".
        r"^for (the )?latest\b[^!?]{0,120}\b(log on to|visit|go to|head to)\s+\S+\.\w{2,}\S*?\.?"
        r"(\s+(like|follow) us on\b[^!?]{0,120})?$"
        r"|^like us on (facebook|instagram)\b",
        # A paywall's notice to a subscriber: "Subscription Notification", "Please update
        # your billing details here ...", "Your subscription will end shortly".
        r"^subscription notification$|\bupdate your (subscription )?billing (details|information)\b"
        r"|^your subscription (will end|has ended|has expired|expires)\b",
        # A picture's caption given twice in one line, its alternative text run into it,
        # after the site's label: "Estuary Times: Crews vote on the offer (PA)Crews vote
        # on the offer (PA)".
        r"^(?:[^:]{1,40}:\s*)?(?P<caption>[^\n]{20,300}?)\s*(?P=caption)$",
        # Excerpts of the outlet's other stories, cut off with a bracketed ellipsis.
        r"\[(…|\.\.\.)\]$",
        r"^\(via\b[^.!?()]{0,50}\)$",  # "(via Some Blog)"
        # A wire credit as an outlet words it: "(With PTI inputs)", "(With inputs from agencies)".
        rf"^{_WITH_INPUTS}\.?$",
        # A match report's score box: who scored and when, one line a side ("Ireland –
        # Tries: Gibson-Park (16), Beirne (30). Cons: Crowley (18, 31). Pens: Crowley (7).")
        # under its title ("France 17-38 Ireland – Score summary").
        r"^(?:[\w'’ ]{1,30}\s[–-]\s)?(?:(?:tries|cons|conversions|pens|penalties|drop goals?"
        r"|goals?|scorers?|sin bins?|yellow cards?|red cards?)\s*:\s*(?:[A-Z][\w'’.-]*"
        r"(?: [A-Z][\w'’.-]*){0,3}\s*\(\d{1,3}[^()]{0,40}\)(?:,\s*|\.\s*|$))+)+$",
        r"^[^.!?]{0,60}\b\d{1,3}\s*[-–]\s*\d{1,3}\b[^.!?]{0,40}\s[–-]\s*(?:score summary"
        r"|match summary|scoreboard|line-?ups)$",
        # A map's or a chart's notes under their source, however long: "Source: Estuary
        # Weather Centre All times on the map are local time. Map shows ...".
        r"^source\s*:[^\n]{0,200}\b(?:on|in) the (?:map|chart|graphic)\b",
        r"^\[[^\[\]]{3,80}\]$",  # a line set in square brackets: "[See the latest cartoons.]"
        r"^(next|previous|up next|coming up)\s*:[^.!?]{0,60}[.!?]?$",
        r"^(submit|send)( us)? (your|a) (letters?|story|stories|tips?|photos?|videos?|news)\b",
        r"^(want to (know|learn|read) more\b[^?]{0,80}\?\s*)?(follow (us|me|him|her|them) on\b"
        r"|(read|see) (about|more)\s*:$)|^check back (soon|later|in soon)\b",
        r"^(our|editorial) (standards|principles|guidelines)\b",
        # A science story's references: the paper, its DOI, how to cite the story.
        r"^(more information|citation|journal reference)\s*:",
        r"^.{0,160}\bdoi\s*:?\s*10\.\d{4,}/\S+$",  # a paragraph may cite its paper at the end
        r"^[a-z][\w .&]{0,60} \d+, \d+([-–]\d+)? \(\d{4}\)\.?$",
        r"^(written|reported|words|text) by\s*:?\s+[^.!?]{2,60}$|^courtesy of\b[^.!?]{0,60}$",
        r"^what do you think\?|\b(let us know|tell us)\b.{0,40}\bin the comments\b",
        # A note on what was edited, not news: "Update 3 July, 8:05 ET: Added a video."
        r"^(update|updated|correction|editor'?s note)\b.{0,40}?:\s*(added|updated|corrected"
        r"|clarified|this (story|article|post) (has been|was) (updated|corrected))\b",
        # ... or its label alone, with the time: "Update — Oct. 21, 2:10 a.m. ET:".
        r"^(update|updated)\s*[-:]?\s*[\w .,]{0,20}\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?"
        r"(\s*[a-z]{2,4})?\s*:?$",
        # A caption credited at its end: "...in Taipei on Monday. Photo: AP", "... Photographer:
        # Jo Bloggs/AFP/Getty Images".
        r"[.!?\"')]\s*(picture|photo|photograph|photographer|image|credit)s?\s*:\s*[^.!?:]{1,40}"
        r"\.?$",
        # ... or credited without a colon: "... for a $35.9 billion price tag. Photo Provided by
        # Jim Lo Scalzo/EPA-EFE", "... including 524 deaths. File Photo by Fabrice Coffrini/EPA".
        r"[.!?\"')]\s*(file )?(photo|picture|image)s? (provided )?(by|courtesy( of)?)"
        r" [^.!?]{1,60}$",
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
        # A menu of the site's sections, set with an emoji: "The Last Ride 🎙️ History and
        # highlights Wildfire and smoke map Is population declining?".
        r"^[^.!]{0,60}[\U0001F300-\U0001FAFF]\ufe0f?\s+[A-Z][^.!]{0,120}$",
        # The page's own controls, appeals and notes on the story.
        r"^copy (the )?link( to (this )?(article|story))?\W*$",
        r"^link copied( to (the )?clipboard)?\W*$",
        # An app's install box: "Get the news faster." / "Tap to install our app." / "1. Tap
        # in your navigation bar.", and an affiliate disclaimer, and a price alert's offer.
        r"^get the news faster\W*$|^tap to (install our app|add to home screen)\W*$"
        r"|^install the [\w ]{2,30} app\b[^.!?]{0,40}$|^\d\.\s*tap (in|to)\b[^.!?]{0,40}[.!]?$"
        r"|^disclaimer:[^.!?]{0,60}\baffiliate links?\b"
        r"|^this does not (effect|affect) our editorial\b"
        r"|\bnotify you of price drops\b",
        # A site's own offers and gaps: "Try Our AI Features", "Explore what Daily8 AI can do
        # for you:", "Followed categories will be added to My News.", "Sorry, this video isn't
        # available any more.", a template's placeholder "{loadposition in-article}", and a
        # magazine's "... in next week's issue of Horse & Hound, out Thursday 11 June."
        r"^try our ai features\W*$|^explore what [\w ]{2,30} can do for you\W*$"
        r"|\bfollowed categories will be added to\b"
        r"|^sorry,? this video (is ?n[o']t|is not) available\b|^\{[\w -]{2,40}\}$"
        r"|\bin (next|this) week'?s issue of\b"
        r"|^free article usually reserved for subscribers\W*$"
        # A match's ratings panel: "Player Ratings Republic of Ireland: Bazunu (7), Coleman
        # (7), O'Shea (6), ...", and its man of the match.
        r"|^(player ratings\s+)?[\w .'’-]{2,40}:\s*"
        r"([A-Z][\w .'’-]{0,25} \(\d{1,2}(\.\d)?\),[ ,]*){4,}"
        r"|^(man|player|woman) of the match:\s*[\w .'’-]{2,40}$"
        # An update's pointer to the story under it, and a web desk's byline with its day.
        r"|^read the original (story|article|report) below\W*$"
        # A paper's own promotions: "Journalism for the curious Australian across politics,
        # business, culture and opinion.", "Get in front of tomorrow's news for FREE", "READ
        # NOW", and a video's lead-in: "Watch the penalty shootout in the player below:".
        r"|^journalism for the curious\b|^get in front of tomorrow'?s news\b|^read now\W*$"
        r"|^watch\b[^.!?]{0,60}\bin the (player|video) below\W*$"
        r"|^[\w ]{2,30} web (bureau|desk)\b[^.!?]{0,30}$",
        # An author box's line on their expertise, a magazine's promotion, a browser notice.
        r"^expertise\s+(?-i:I)\b|^[\w ]{2,30}:\s*check out a sample of\b"
        r"|^for (optimal|the best) browsing\b|^ie ?11 (is )?not supported\W*$",
        # An editor's note in brackets: "(Story was updated to include additional
        # information and quotes from the NASA press conference ...)".
        r"^\((this )?(story|article|post) (was|has been) (updated|corrected)\b[^()]{0,200}\)$",
        r"^this (story|article|post) (was|has been) edited after it was (initially |first )?"
        r"published\W*$",
        # A caption's toggle: "toggle caption", and "... Justin Sullivan/Getty Images hide
        # caption" at the end of the caption it hides.
        r"^toggle caption$|\bhide caption$",
        # A magazine's offer: "Magazine gift subscriptions - from just £18.99 every 6 issues."
        r"\bsubscriptions?\b[^.!?]{0,30}\bfrom (just|only) [£$€]\d",
        # A gallery's pointer: "Below are some of the best images of the eclipse we've seen."
        r"^below are (some of )?(the |our )?(best |favourite |latest )?(images|pictures|photos)"
        r"\b[^!?]{0,120}$",
        # A summary box's label glued to its first point, set without a full stop: "What to
        # Know About 3,500 nurses went on strike at 6 a.m. Monday, ... as contract talks stall".
        r"^(?-i:What [Tt]o Know)\s+(?-i:[A-Z0-9]).*[^.!?\"”]$",
        r"^listen to (this|the) (article|story)\b[^.!?]{0,30}$",
        r"^reuse this content\W*$|^report an (error|issue|typo)\b|^ad feedback$",
        # A sign-off that points to the site's other pages: "While you're here, be sure to
        # keep up with our live blog following everything we know about ...".
        r"^while you('|’)re here\b[^.!?]{0,20}\b(be sure to|check out|make sure|why not|don('|’)t"
        r" (forget|miss))\b",
        r"^this (article|story|post) is more than \d+ (years?|months?|days?) old\W*$",
        r"^this (story|article|post) (has been|was) (updated|corrected)\b[^.!?]{0,80}[.!]?$",
        # "FOR THE RECORD - This story contains corrected material, published Nov. 16, 2004."
        r"^(for the record\W+)?this (story|article|post) contains corrected material\b",
        # ... or where it first ran, however long the note: "This article was first published
        # in the South China Morning Post on September 29, 2014. It has been republished ...",
        # "This article was first reported by CTV News".
        r"^this (post|article|story|report)( by [^.!?]{1,60}?)? (was )?(originally|first)"
        r" (published|appeared|reported)\b",
        # The paper's own product: "Today's Paper, also known as the e-Edition, is an online
        # replica of the printed newspaper."
        r"\be-edition\b.{0,80}\b(replica|printed|print edition)\b",
        # A reader's comment answering another: "@mariah Well, for one, you care enough to
        # comment." ("@jo_bloggs shared a meme ..." is the story's).
        r"^@\w{2,30}\s+(?-i:[A-Z])",
        # A caption naming who stands where: "Jean Bradley (from left), Steven Turchetta, 9,
        # ...".
        r"\((from left|from right|left to right|right to left|l-r|l to r)\)",
        # A note on a page moved from another platform: "This article was originally on a blog
        # post platform and may be missing photos, graphics or links."
        r"\bmay be missing (photos|images|pictures|graphics|links)\b",
        # An appeal for tips with the way to send them, however long: "Do you work at
        # Robinhood? We'd love to hear from you. ... you can contact Jo Bloggs securely ...".
        r"\bwe( want|'d love|'d like| would love| would like) to hear from you\b.{0,200}"
        r"\b(contact|e-?mail|wickr|signal|whatsapp)\b",
        # A comment box's terms: "If you are commenting using a Facebook account, ...", "Bloomberg
        # reserves the right to remove comments ...", "You must be logged in to post a comment."
        r"^if you are commenting (using|with|through)\b"
        r"|\breserves the right to (remove|delete|edit) comments\b"
        r"|^you must be (logged|signed) in to (post|leave|add) a comment\b"
        # ... a summary's notice ("This is AI generated summarization, which may have
        # errors. For context, always refer to the full article."), a warning of what
        # follows ("NOTE: The following article contains video ... some might find
        # disturbing. Please read at your own discretion.")
        r"|^this is (?:an? )?ai[- ]generated summar|^for context,? always refer to the full"
        r"|^(?:note|warning|editor'?s note)\s*:\s*(?:the following|this) (?:article|story|report"
        r"|post|page|video)\b[^.]{0,100}\b(?:disturbing|graphic|distressing|upsetting)\b"
        r"|^(?:please )?(?:read|view|watch) (?:at your own|with) discretion\b"
        r"|^viewer discretion is advised\b"
        # ... and its guidelines: "Please review our Community Guidelines before commenting."
        r"|\b(review|read|follow) our (community|comment(ing)?|house) (guidelines|rules|"
        r"standards)\b[^.!?]{0,30}\bcomment|^(comment|community) guidelines\W*$",
        # An editor's note on where the story first ran: "Editor's note: This story was
        # originally published in the Miami Herald on April 23, 2000.", "Editor's Note: As
        # part of CNN's new Crime section, we are archiving ...".
        r"^editor'?s note\s*:\s*(this (story|article) was (originally|first)|as part of)\b",
        # A section's teaser over its links: "The latest news from around North Texas."
        r"^the latest (news|headlines|stories|updates) (from|on|in|about|across)\b[^.!?]{1,40}"
        r"[.!]?$",
        # A caption with its credit after it, two words in capitals: "Damage to the hangar
        # could have been much worse ... further away. Anonymous Source".
        r"^[^.!?]{10,200}[.!?]\s+(?-i:(?!(?:The|A|An|In|At|On|He|She|It|They|But|And) )"
        r"[A-Z][a-z]+ [A-Z][a-z]+)$",
        # A live page's markers between its updates: "Update, 9:10 p.m.", "Update Wednesday,
        # 6:30 a.m.", "Original story".
        r"^(update|updated|latest)\b[,:]?\s*((mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?"
        r"\d{1,2}([:.]\d{2})?\s*(a\.?m\.?|p\.?m\.?)?(\s*[a-z]{2,4})?\W*$"
        r"|^(original|earlier|previous) (story|report|post)\W*$",
        # A notice that the story is still being written, or the page cannot be shown: "This
        # story is developing. Please check back for updates.", "Our website is temporarily
        # unavailable in your location."
        r"^this (story|article) is (developing|being updated)\b"
        r"|^this is a (developing|breaking) (story|news story)\b"
        r"|\bis (temporarily )?unavailable in your (location|country|region)\b"
        r"|^we are working hard to get it back online\b",
        # "If you are interested in this article then no doubt you will enjoy exploring ..."
        r"^if you (are interested in|enjoyed|liked) this (article|story|post)\b",
        r"^(contact|email|e-mail|write to) the (author|reporter|writer)\b",
        r"^(have|got) a (news )?(tip|story)\?",
        r"^follow [^.!?]{1,40} on (x|twitter|facebook|instagram|threads|bluesky|linkedin)\b",
        r"^(email\s*:?\s*)?[\w.+-]+@[\w-]+\.[\w.]+$|^@\w{1,30}$",
        r"^this (content|article|story) was (produced|paid for|sponsored|created) by\b",
        r"^support (our|independent|quality) journalism\b|\bour journalism (relies|depends) on\b",
        # "Your donation allows us to keep sending journalists ...", "we choose not to lock
        # Americans out of our reporting ... with paywalls", "Your support makes all the
        # difference."
        r"\byour (donation|support|contribution)s? (allows?|helps?|makes?|enables?|keeps?)\b"
        r"[^.!?]{0,60}\b(us|journalis[mt]s?|reporting|difference)\b",
        r"\bwe (choose|chose|have chosen) not to (lock|put)\b[^.!?]{0,80}\bpaywalls?\b",
        # ... "Support from readers like you keeps The Journal open.", "You are visiting us
        # because we have something you value.", "please contribute what you can", under
        # "We need your help now".
        r"\b(support from|readers) (readers )?like you (keeps?|helps?|makes?)\b"
        r"|\byou are (visiting|reading) (us|this)\b[^.!?]{0,40}\bsomething you value\b"
        r"|\bplease (contribute|give|donate) what(ever)? you can\b"
        r"|^we need your help( now| today)?\W*$",
        # A paper's text-message service: "Avoid fake news! Subscribe to the Standard SMS
        # service ... Text the word 'NEWS' to 22840".
        r"\bsubscribe to (the |our )?[\w ]{0,30}\bsms (service|alerts)\b|^avoid fake news\W*$"
        r"|\btext the word\b[^.!?]{0,20}\bto \d{3,6}$",
        r"^(topics|tags|filed under|categories)\b\s*:?[^.!?]{0,80}$",
        r"\(opens in (a )?new (window|tab)\)",
        r"^loading( article| audio| video| player)?( content)?\W*$",
        # A link to earlier stories under a label: "Previous coverage: Hostage Situation Ends".
        r"^(previous|earlier|related|more) coverage\s*:\s*[^.!?]{2,120}$",
        # ... numbered too, as a page's list of skip links is copied: "1. Skip to content",
        # "2. Skip to main menu", "3. Skip to more DW sites".
        r"^(\d{1,2}\.\s+)?skip to (the )?(main |next )?(content|navigation|paragraph|menu|search"
        r"|footer)(?!(?-i:[a-z]))|^(\d{1,2}\.\s+)?skip to more\b[^.!?]{1,30}\bsites?$",
        # A pointer to another version or to a programme: "Editor's note: There is a more
        # recent version of this story ...", "Tune in to HLN's ... at 8 p.m ET Tuesday".
        r"^editor'?s note:.{0,40}\b(more recent|updated|newer|previous|earlier) version\b",
        r"^follow (all )?(the )?latest\b[^.!?]{0,60}\bon our live (blog|page|coverage)\W*$",
        r"^tune in (to|at|for)\b",
        # A poll put to the reader: "Could you face a long-haul flight without hand luggage?" /
        # "or View Results".
        r"^(could|would|should|will|do|did|have|are) you\b[^\"“”]{0,100}\?$",
        r"^(or )?view results\W*$",
        r"\bby skipping the main menu\b|\blisten to (episode \d+|the podcast|our podcast)\b",
        r"^(also read|read also|also see|see also)\s*[|:]|^more on [\w .]{2,30}:",
        r"^\((click|tap) (here )?(for|to)\b[^()]{0,80}\)$|\bbreaking news (e-?mails|alerts)\b",
        r"^(powered by|translated by) (automated|machine|google)\b[^.!?]{0,30}$",
        r"^(tell|email|send (this|it) to) a friend\W*$|^enlarge\b.{0,40}$",
        # A promotion set as a label: "GEAR: Get the winners' shirt", "LIVE: Minute-by-minute".
        r"^(gear|shop|live|deal|deals|offer)\s*:\s*[^.!?]{0,60}$",
        r"\benable javascript\b|\bjavascript (is )?(disabled|required)\b",
        r"\b(delivered|sent|straight|direct)( directly| straight)? to your inbox\b"
        r"|\bin your (email )?inbox\b"
        # ... "Site highlights each day to your inbox.", under "Business Insider Emails & Alerts".
        r"|^[^.!?]{0,40}\beach (day|week|morning) to your inbox\W*$|\bemails? (&|and) alerts$",
        # A newsletter box's heading: "Stay connected to Wisconsin news - your way".
        r"^stay (connected|informed|in the know|up to date)\b[^.!?]{0,60}$",
        r"^don'?t miss (out|a thing)\b[^.!?]{0,40}[.!?]?$",
        # A note on the reader's browser: "IE 11 is not supported. For an optimal ..."
        r"\b(browser|ie ?\d{1,2})\b[^.!?]{0,40}\b(is|are) not supported\b"
        r"|\bis not supported\b[^.!?]{0,60}\bbrowser\b",
        r"^read the (full|whole) (report|statement|ruling|letter|text|interview)( here)?\W*$",
        r"^continue reading the main story\W*$",
        # A link to another story under a label: "Related: Bridge tolls to rise".
        r"^(related|more|see|read|watch|listen|explore)( also| as well)?\s*:\s*[^.!?]{0,100}$",
        # An author's box: "... columnist for the paper. Follow him on Twitter: @jobloggs.".
        r"\bfollow (him|her|them) on (twitter|x|instagram|facebook|threads|bluesky)\s*:?\s*@\w+",
        # A picture's caption opened by its kind or its agency: "A video still released by
        # the police ...", "REUTERS; A supporter hugs ...".
        r"^(an? )?(video )?(still|screen ?grab|screenshot) (released|taken|provided|from|of)\b"
        r"[^!?]{0,160}$|^(reuters|afp|ap|epa|getty images)\s*;",
        # A comment form's note, and a promise to report more: "Your email address will not
        # be published.", "The Guardian Express will continue report the latest news ...
        # as soon a more information becomes clear."
        r"^your email address will not be published\W*$"
        r"|\bwill continue (to )?(report|update)\b[^.!?]{0,80}\b(information|details)\b"
        r"[^.!?]{0,20}\b(becomes?|is|are) (available|clear)\W*$",
        # A broadcaster's promotion of its own coverage: "CBC Radio presents live coverage",
        # "... we will continue with live fire coverage throughout the night.", "You can find
        # CBC Edmonton at 93.9 FM and 740 AM".
        r"\bpresents live coverage\W*$|\bwe will continue with live\b[^.!?]{0,40}\bcoverage\b"
        r"|^you can (find|hear|listen to) [^.!?]{2,40}\b(on|at) \d+(\.\d)? ?(fm|am)\b",
        # A promise to update, or a pointer to a list: "We'll update you with more
        # information ...", "A full list of exposure sites is below."
        r"^we('ll| will) update (you|this (story|article|post|page))\b[^!?]{0,100}$"
        r"|^(a|the) (full|complete) list of [^.!?]{1,40}\b(is|can be found) below\W*$",
        # A video channel's prompts: "Watch more of our videos on Shots!", "and live on
        # Freeview channel 276", "Visit Shots! now".
        r"^watch more of our videos\b|^visit [\w!]{2,20} now\W*$"
        r"|^(and )?live on freeview channel \d+\W*$",
        # A caption credited to a photo site: "... in Little Bay Flickr/Jo Bloggs".
        r"\b(flickr|unsplash|pexels|wikimedia( commons)?)\s?/\s?[\w .'’-]{2,40}$",
        # ... or to a gallery, under its label: "Princess's Dress - In Pictures".
        r"^[^.!?]{3,80}\s[-|:]\s*in (pictures|photos|pics)\W*$|^in (pictures|photos)\s*[-|:]",
        r"^(see|view|watch) (our |the |more )?(photos|pictures|videos|images|gallery)\b"
        r"[^.!?]{0,80}$",
        r"^(trending|popular|most (shared|commented|watched))( now| today| stories| news)?\W*$",
        r"^don'?t miss\W*$",
        r"^(promoted|sponsored|paid|partner)( partner)? (stories|content|links)\W*$",
        r"^watch the video( above| below)?\W*$|^back to top\W*$|^open in (the )?app\W*$",
        r"^(view|show|load|hide)( all| more)? (comments|replies)\W*$|^(show|load|view) more\W*$",
        r"^(next|previous) (article|story|post)\W*$",
        r"^(read|open) in (the )?app\W*$|^(save|bookmark|gift|give)( this)?( article| story)?\W*$",
        r"^(leave|add|post|write) a (comment|reply)\W*$|^please (log|sign) in to comment\b",
        # ... "Advertisement. Scroll to continue reading.": the marker and its prompt at once.
        r"^(advertis(ement|ing)\b[^.!?]{0,30}[.:]?\s*)?scroll (down |up )?(for|to)\b[^.!?]{0,30}"
        r"(\.\.\.|…|\.)?$|^advertis(ement|ing)\b[^.!?]{0,30}$",
        # A live page's time stamp, a gallery's counter, a picture's one-word credit.
        r"^\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?(\s+[a-z]{2,4})?$",
        r"^(image|photo|picture|slide) \d+ of \d+$|^\d+\s*/\s*\d+$|^(supplied|handout)\W*$",
        # A caption credited in brackets at its end: "... on Saturday [Jo Bloggs/EPA]",
        # "... the opening goal (Photo: AFP/Jo Bloggs)".
        r"[(\[]\s*(picture|photo|photograph|image|credit)s?\s*:\s*[^()\[\]]{1,60}[)\]]$",
        # ... or with a slash, a page's separator after it: "... in Beijing. [Photo/Agencies] |".
        r"[(\[]\s*(picture|photo|photograph|image)s?\s*/\s*[^()\[\]]{1,40}[)\]]\s*\|?$",
        # (a photographer's name has a space: "(dpa/NAN)" credits two agencies' copy)
        r"[(\[](?=[^()\[\]]*\s[^()\[\]]*[)\]])\s*[a-z][\w .'-]{1,40}\s*/\s*[a-z][\w .&'-]{1,30}"
        r"[)\]]$",
        # A player that failed to load: "We're sorry, this feature is currently unavailable."
        r"\bthis (feature|video|content) is (currently |temporarily )?unavailable\b"
        r"|^please try again later\W*$",
        # ... or one waiting for the reader's consent: "We need your consent to load this
        # rte-player content ... accept them to load the content."
        r"\bwe need your (consent|permission) to (load|show|display)\b"
        # ... or an ad slot that did not fill: "This advertisement has not loaded yet, but your
        # article continues below." and its marker, "Article content continued".
        r"|^this (advertisement|ad) has not loaded yet\b|^article content( continued)?\W*$"
        r"|\baccept (them|cookies|these) to (load|view|see) (the|this) content\b",
        # Comments switched off, a link marker, an embed's label, the stocks a story names.
        r"\b(not (currently )?accepting|closed (to|for)) comments\b"
        r"|\bcomments (are|have been) (closed|disabled|switched off|turned off)\b",
        # ... before a link or after it: "Stream the best shows for free on 7plus >>".
        r"^(>>|»)\s*[^.!?]{1,40}$|^>>>\s*\S|^.{10,200}\s>>$"
        r"|^by(reuters|afp|ap|bloomberg|upi)$",
        r"^(youtube|vimeo|facebook|instagram|twitter|tiktok) (video|post|embed)\W*$",
        r"^(companies|stocks|tickers) (in|mentioned in|named in) this (story|article)\b",
        r"^(terms (of (use|service)|and conditions)|privacy( policy| notice| settings)?"
        r"|cookie (policy|settings)|accessibility( statement)?|contact us|about us)\W*$",
        # Ad slots and their controls, a live page's pointer, an appeal to subscribe.
        r"^-+\s*advertis(e)?ment\s*-+$|^(hide|close|skip|remove) (this )?(ad|ads|advert)\W*$",
        r"^(read|see|follow|get) (the )?(latest|live) (updates|coverage|news)( below| here)?\W*$",
        r"\b(consider|please) support(ing)? (our|independent|quality)( [\w-]+)? journalism\b"
        r"|^on supporting (our |independent |quality |science )?journalism$",
        r"\bhere'?s what (that|it|this) looks like\W*$",
        # A picture's caption: "In this photo from Jan. 3, ...", "... the final. AFP",
        # "Mark Zuckerberg Credit: Jo Bloggs/PA".
        r"^[^.!?:]{1,80}\s(credit|photo|picture|image)s?\s*:\s*[^.!?:]{1,40}$",
        # ... "In this Sunday, Feb. 26, 2017, file photo, ...": the day may be written out.
        r"^(file\s*[-:]\s*)?in this ((?:\w+\.?,? ){1,4}\d{4},? )?"
        r"(file |handout |undated |combination )?"
        r"(photo|picture|image|photograph)\b"
        r"|^this (file |handout )?(photo|picture|image|photograph) (shows|taken|made|from)\b",
        r"^(?=.{0,200}$).*[.!?]\s+(afp|ap|reuters|epa|getty images|xinhua|ani|pti|ians|efe|dpa)$",
        # An embedded post: a line opening with an emoji, a picture link, a follow button
        # (a story copied as one line with a post inside it is the story: see EMBEDDED_POST).
        r"^[\u2300-\u23ff\u2600-\u27bf\U0001f300-\U0001faff]"
        r"|^(?=(?:\S+\s+){0,80}\S*$).*\bpic\.twitter\.com/\w+",
        r"^[•·]\s*(un)?follow\b[^.!?]{0,20}$",
        # A wire's footer, a page's template code, a live page's label, a link heading, a
        # video's credit: "To contact the reporter on this story: ...", "[contf] [contfnew]",
        # "Live updates", "More from Facebook", "Jacob Zuma APTN".
        r"^to contact the (reporters?|editors?|writers?)( responsible)?( for| on| of)? this"
        r" story\b",
        r"^(\[[\w-]{1,20}\]\s*)+$|^live( updates| blog| coverage)?\W*$",
        r"^more (from|on|about) [^.!?]{1,40}$|^[^.!?]{1,60}\s(aptn|ap video|reuters tv|afptv)$",
        # A link to another story by its headline: "..., says Network Rail boss".
        r"^[^.!?]{10,160}, (says|warns|claims) [^.!?,]{1,40}$",
        # A picture's caption and credit as a BBC page prints them, or credited with a slash.
        r"^image (caption|copyright)|^image source(\b|(?-i:[A-Z]))"
        r"|image (copyright|source)\s*\w[\w /&.,-]{0,40}$",
        r"[.!?]\s*(photo|picture|image|video)\s*/\s*\w[\w .-]{0,30}$",
        # An agency alone on a line credits the copy; a byline with its date, an avatar, a
        # link in brackets: "Ann Lee on 12/10/2015", "(Read: Bridge tolls to rise)".
        r"^[(\[]?(the )?(associated press|agence france[- ]presse|reuters|press association)"
        r"[)\]]?$",
        r"^[a-z][\w'.-]+( [a-z][\w'.-]+){0,3} on \d{1,2}/\d{1,2}/\d{2,4}$|^avatar( photo| image)?$",
        r"^\((read|also read|see|see also|watch)\s*:[^()]{1,120}\)$",
        r"^click to (follow|subscribe|share|read)\b[^.!?]{0,30}$"
        r"|^(next|previous) (article|story)\b",
        # A byline box, an author's note, a browser notice, a comment prompt, a link to a
        # column by its headline and writer ("Shire saga smells of ... | Nils Pratley").
        r"^[a-z][\w'.-]+ [a-z][\w'.-]+ (staff |senior )?(reporter|writer|editor|correspondent)"
        r"\s*/\s*[^.!?]{1,40}$|^by\s*:|\bavatar for\b",
        r"^[a-z][\w'.-]+( [a-z][\w'.-]+){1,2} (writes|covers|reports) [^.!?]{1,80} for "
        r"[^.!?]{1,40}\.(\s*follow (him|her|them) on [^.!?]{1,60}\.?)?$",
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
        # An aggregator's pitch for itself: "Escape your echo chamber. Get the facts ...".
        r"^escape your echo chamber\b",
        # "(Click on the video at left to watch ...)", ">> Poll: Do the ... ? Vote Now.",
        # "Please Sign In and use this article's on page print button to print this article."
        r"^\(?click (on )?(the )?(video|image|photo|picture|link|here)\b[^()]{0,120}\)?$",
        r"^(>>\s*)?poll\s*:[^.!]{0,120}\bvote now\W*$",
        r"\bprint button to print this (article|story|page)\b",
        r"\bwe recommend using\b[^.!?]{0,40}\b(chrome|firefox|edge|safari)\b"
        r"|^please enter your (comment|name|email)\b",
        r"^[^.!?|]{10,120} \| [a-z][\w'.-]+( [a-z][\w'.-]+){1,2}$",
        # A blog's comment form footer.
        r"^this site uses akismet to reduce spam\b",
        # A partner's archive, an appeal to like the outlet, a live page to relive, a
        # gallery's label, a byline labelled "Posted By:".
        r"^this (article|story) is from the archive of\b",
        r"^like [^.!?]{1,30} on (facebook|twitter|instagram)\b",
        r"^relive\b[^.!?]{0,60}\bas it happened\W*$|^in pictures\s*[|:]",
        r"^posted by\s*:\s*[^.!?]{1,60}$",
        r"^key (points|facts|takeaways)\s*:",
        # A browser notice, a radio station's player.
        r"\byour (web )?browser is (no longer|not) supported\b|\bworks better on other browsers\b"
        r"|^listen live\b|\bon air\s*:\s*listen live\b",
        # A match's scorers and officials in a box: "Goals: David Silva 14, Jordi Alba 41".
        r"^(goals|scorers?|booked|bookings|sent off|subs|substitutes|attendance|referee)\s*:",
        # A warning over a story, a wire's share in it, a developing story's promise.
        r"^(content |trigger )?warning\s*:.{0,120}\b(may|might|could|will)( be)?"
        r" (disturb|distress|upset|offend)",
        r"^(some )?(information|material|reporting)( for| in| from)? this (report|story|article)"
        r" (was )?(provided|supplied|contributed|came) (by|from)\b[^.!?]{1,60}\.?$",
        r"^more to come\W*$|^read some more\W*$",
        # "We'll update this post with new information as it becomes available.", "This story
        # will be updated.", "This is a developing story."
        r"^(we['’]ll|we will) (update|be updating) this (post|story|article|page)\b"
        r"[^.!?]{0,80}[.!]?$"
        r"|^this (post|story|article|page) (will|may) be updated\b[^.!?]{0,60}[.!]?$"
        r"|^this is a (developing|breaking) (news )?story\b[^.!?]{0,60}[.!]?$",
        r"^unlimited (digital )?access\b[^!?]{0,40}$",
        # A caption whose credit after its bar was lost in the copy: "... with a time of
        # 2:04:02.|".
        r"[.!?\"'”’)]\s*\|$",
    )
] + CAPTION_LINES
# Case matters for these: "ByABC News" is a byline run together, "SpaceX Seeks FCC
# Approval..." a link to another story by its headline, cut short.
GLUED_BYLINE = re.compile(
    r"^By[A-Z][\w.&'’ -]{1,40}$"
    # ... or a name in capitals with the agency it writes for: "PEGGY CURRAN/Postmedia News"
    r"|^[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,3}\s?/\s?[A-Z][\w&.' -]{1,40}$"
)
# A link to another story under a label run into it: "More:Who is he?", "Read MoreRussia
# raises key rate to 17%".
GLUED_LINK = re.compile(
    r"^(?:(?:Read )?More|MORE|READ MORE|Related|RELATED|See also)\s*:(?=[^\s\d])"
    r"|^(?:Read More|READ MORE)(?=[A-Z])"
)
# A score box: "England 12 South Africa 32", "Spain 4 - Italy 0", "Spain 4-0 Italy".
_TEAM = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}"
SCORE = re.compile(
    rf"^{_TEAM} \d{{1,3}}\s*[-–]?\s*{_TEAM} \d{{1,3}}$"
    rf"|^{_TEAM} \d{{1,3}}\s*[-–]\s*\d{{1,3}} {_TEAM}$"
)
HEADLINE_LINK = re.compile(r"^(?:[A-Z0-9][\w'’&$.,-]*\s+){2,}[A-Z0-9][\w'’&$.,-]*\s*(?:\.\.\.|…)$")
# An author's role under their name in a byline box: "Editor in Business."
ROLE = re.compile(
    r"^(senior |chief |deputy |associate )?(editor|reporter|correspondent|writer|columnist)"
    r"( in| for| at| of)? [^.!?]{1,30}\.?$",
    re.IGNORECASE,
)

# A link to another story under its kicker: "LONGER TRAINS, FEWER WORKERS: Minnesota
# derailment follows years of cost cutting" (capitals, a colon, no full stop).
KICKER = re.compile(r"^[A-Z][A-Z0-9 ,'&-]{4,}:\s+[A-Z0-9].*[^.!?\"')\]]$")
# Wire credits: an agency-like name (capitalised words) in brackets, one word
# after a dash (more would be a pull quote's speaker), or who reported and edited.
_CAPS = r"(?:[A-Z][\w.&'’-]*|dpa)"  # the German agency writes itself small: "(dpa/NAN)"
_AGENCY = rf"{_CAPS}(?:[ /,]+{_CAPS}){{0,3}}"
_DASHED = r"[A-Z][\w.&'’]*(?:/[A-Z][\w.&'’]*)*"
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
)
# The initials of the desk that wrote and edited a wire's copy, after its agency's name or
# alone: "... provinces. EFE bks/ssk", "... on Friday. str-jm/ach".  Small letters, so
# never a photographer credited with their agency ("Ann Lee/AFP").
DESK_INITIALS = re.compile(r"(?:[A-Z]{2,10}\s+)?[a-z]{2,4}(?:[/-][a-z]{2,5}){1,4}")
# A copyright notice glued to the end of the last paragraph: "... in 1993. © Guardian
# Newspapers Limited, 2013".
TRAILING_NOTICE = re.compile(
    r"(?<=[.!?…\"'”’])\s+(?:©\s*[^.!?©]{2,80}|(?i:advertisement|advertising)"
    # An aggregator's excerpt, pointing to the rest: "... surrendered to the police. Read
    # Full Article at RT.com", "... Continue reading on Estuary Times".
    r"|(?i:(?:read(?: the)?(?: full| whole| complete)?(?: article| story| report)|read more"
    r"|continue reading) (?:at|on) )[\w&'’-]+(?:\.\w+)*(?: [\w&'’-]+(?:\.\w+)*){0,3}\.?"
    # ... or a page's mark that the story goes on past the excerpt: '... to move on."
    # Continued...', or a video's running time: "... important policy decisions. 03:52".
    r"|(?i:continued)\s?(?:\.{3}|…)|\d{1,2}:\d{2}"
    # ... or a promise to update the story: "... a happy ending. We'll update this post with
    # new information as it becomes available."
    r"|(?i:we['’]ll|we will) (?i:update|be updating) this (?i:post|story|article|page)\b"
    r"[^.!?]{0,80}[.!]?"
    # ... or an editor's mark: '... to members of the community." (edited)', or a wire's
    # sign-off with its desk's initials: '... shared strength," he said. (end) atk'.
    r"|\((?i:edited)\)|\((?i:end)\)(?: [a-z]{2,4}){0,2}"
    # ... or an aggregator's link to more of its stories: "... per the police. (More Chicago
    # stories.)".
    r"|\((?i:more) [\w .'’&-]{2,40} (?i:stories)\.?\))$"
)
# A link to another story glued to the end of a paragraph, or set in brackets inside it:
# "... the end of the month. Also Read - Bridge tolls to rise", "(ALSO SEE: Fares frozen)".
# An appeal glued to the paragraph after it: "Your support makes all the difference.The Army
# was called in ...".
GLUED_APPEAL = re.compile(
    r"^your (?:support|donation) (?:makes all the difference|means (?:the world|a lot))"
    r"[.!] ?(?=[A-Z\"“])",
    re.IGNORECASE,
)
# A label of the page's run into the paragraph after it: an advert's "Hide Ad" ("Hide AdIn a
# statement, his children said ..."), a video's ("VideoBritain's King Charles has ...").
# ... or the marker where an advertisement stood: "Article continues after this
# advertisementTwelve other fatalities were listed ...".
GLUED_LABEL = re.compile(
    r"^(?:Hide Ad|Video|(?:Article|Story) continues (?:after|below) (?:this |the )?"
    r"(?:advertisement|ad))(?=\s*[A-Z][a-z]|\s*[‘'\"“])"
    # ... or a live page's title over its first entry, a paragraph long: "MJ Akbar resigns,
    # #MeToo LIVE updates: Minister of State ...".
    r"|^[^.!?:\n]{0,120}\b(?:LIVE|Live)(?: (?:updates?|blog|coverage))?\s*:\s+(?=[A-Z].{80})"
    # ... or a label some outlets set before every story's first words: "What just happened?
    # Regulators have ...", "Why it matters: The recall covers ...".
    r"|^(?:What just happened\?|Why it matters:|The big picture:|Driving the news:"
    r"|Between the lines:|The bottom line:|Catch up quick:|ORIGINAL STORY:|Original story:"
    r"|Team news)"
    r"\s+(?=[A-Z])"
    # ... or a label of a few words over an ellipsis: "Youth movement … This is the seventh
    # straight major ...".
    r"|^[A-Z][a-z]+(?: [a-z]+){0,3} (?:…|\.\.\.) (?=[A-Z][a-z])"
    # ... or a syndicator's credit round its source: "(MENAFN- Kuwait News Agency (KUNA))
    # NEW DELHI, Sept 22 (KUNA) -- ...".
    r"|^\(MENAFN\s*-[^()]{1,60}(?:\([^()]{1,20}\))?\)\s+(?=[A-Z])"
)
# A note of an update set in brackets round what it adds: "[Updated, 7 a.m. PDT April 9:
# Later in the day, the death toll was raised to at least 23 ...]".
UPDATE_NOTE = re.compile(r"^\[(?:updated?|update)\b[^:\[\]]{0,60}:\s*(?=\S)", re.IGNORECASE)
INLINE_LINK = re.compile(
    r"(?:(?<=[.!?…\"'”’])\s+(?:also read|read also|also see|see also|read more|related)"
    r"\s*[:\-–—|]\s+[^.!?]*[.!?]?$"
    r"|\s*\((?:(?:also read|read also|also see|see also|read more)\b|(?:related|read)\s*[:\-–—])"
    r"[^()]{0,120}\)"
    # ... or to a section's other stories: "... over Real Mallorca. (More Football News)".
    r"|(?<=[.!?…\"'”’])\s*\((?:more|latest|other) [\w' -]{1,30} (?:news|stories)\)"
    # ... or to a recording, in square brackets: "... a student residence hall. [Hear the alert
    # sent to students]".
    r"|(?<=[.!?…\"'”’])\s*\[(?:hear|watch|listen to|see|read)\b[^\[\]]{2,80}\]$"
    # A link's label after a site's name, as one outlet marks links off its site: "Celebrity
    # news website TMZ.com, external said ...".
    r"|(?<=\.com|\.org|\.net)\s*,\s*external\b(?=\s+[a-z])"
    # A link to the site's search after a name, as one outlet set them: "the House of
    # Commons (search) came ...".
    r"|\s\(search\)(?=[\s,.;:!?]|$)"
    # A card of links glued to a name, as one outlet sets them: "President TrumpDonald John
    # TrumpTrump watching ... Are Democrats turning Trump-like? MORE called ...": the full
    # name glued after the name, the surname twice, the card's headlines, then "MORE".
    # ... or its first headline glued after the surname: "Sens. Joe ManchinJoseph (Joe)
    # ManchinGabbard cites 'concerns' ... MORE (W.Va.)".
    r"|(?-i:(?<=[a-z])[A-Z][\w.'’-]*(?: \(?[A-Z][\w.'’-]*\)?){0,3} (?P<surname>[A-Z][a-z'’-]+)"
    r"(?:(?P=surname)\b|(?=[A-Z][a-z]))[^\n]{0,800}?\sMORE\b)"
    # A prompt to follow a link, as the paragraph's last sentence: "... is selected. To see
    # who that might be, click the link below."
    r"|(?<=[.!?…\"'”’])\s+[^.!?]{0,80}\bclick (?:on )?(?:(?:the|this) (?:link|button)"
    r" (?:below|above)|here)\b[^.!?]{0,40}[.!?]?$"
    # A link to a document, its label left with a space before the stop: "... he said. Read
    # the Victims' Statements Presented to Judge Chin . Mr. Madoff pleaded ...".
    r"|(?<=[.!?…\"'”’])\s+(?:read|see|view|watch|download|listen to)\s[^.!?]{3,100}?\s\."
    r"(?=\s|$)"
    # A note that the story was corrected, set inside a paragraph: "Editor’s Note: This file
    # has been updated to reflect a Correction ."
    r"|(?<=[.!?…\"'”’])\s+editor['’]?s['’]? note\s*:[^.!?]{0,160}?"
    r"\b(?:updated|corrected|correction|amended)\b[^.!?]{0,80}[.!?](?=\s|$)"
    # A subscription's offer set inside a paragraph, its logo's and button's names with it:
    # "... authorities said. Wp Get the full experience. Choose your plan ArrowRight Idalia
    # moved into ...".
    r"|(?<=[.!?…\"'”’])(?:\s+wp)?\s+get the full experience\.\s+choose your plan\b"
    r"(?:\s+arrowright)?"
    # A marker where the page set an advertisement: "... had been killed. (continues below)".
    r"|\s*\((?:story |article )?continues below(?: (?:this )?(?:ad|advert|advertisement))?\)"
    # A share price widget inside a sentence: "Shire (Xetra: S7E.DE - news) says", "Apple
    # (AAPL) - Get Apple Inc. Report became ...".
    r"|\s*\((?:[a-z]{2,8}\s*:\s*)?[a-z0-9.^]{1,12}\s*-\s*news\))"
    r"|(?<=\))\s+-\s+get\s+(?:(?-i:[A-Z])[\w.&'’ -]{1,40}?\s+)?report\b"
    # A story's title in brackets after the last sentence, as a link: "... off a corner.
    # (Euro 2004)", "(Portugal settles for silver)"; a name alone ("(Jo Bloggs)") credits
    # a picture, and an agency the copy; "(Photo courtesy ...)" ends a caption.
    r"|(?<=[.!?…\"'”’])\s+\((?!(?:photo|picture|image|video|credit)s?\b)(?-i:[A-Z])"
    r"(?=[^()]*(?:\s(?-i:[a-z])|\d))(?:[\w'’-]+ ?){1,6}\)$",
    re.IGNORECASE,
)
# Prompts to sign up or pay: after one, if little prose follows, the article is over.
PROMPTS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^(sign|log)[ -]?(up|in|out)\b",
        r"\b(sign|log) ?in here\b",
        r"^already (a member|a subscriber|have an account|registered)",
        r"^don['’]?t have an account\b|^you may not get the full experience\b",
        r"^this ad will (end|close)\b|^skip ad\b",
        r"^not a (member|subscriber)\b|^forg[eo]t (your )?password\b|^close and don['’]?t show\b"
        r"|^(your browser is out of date|please upgrade your browser)\b",
        r"^(subscribe|register|join)\b.{0,60}$",
        r"\b(free trial|days? free|start reading|start your)\b",
        # "Download the app", or the app by its name: "Download The Estuary News App".
        r"\bdownload (the|our) (?:[\w'’-]+ ){0,3}app\b|^(one|the) app\b|\bin one place\b",
        r"\b(premium|trusted)( global)? (titles|sources)\b|\bone (membership|subscription)\b",
        # A heading over other stories, not a sentence: "More than 80 percent of the articles
        # on ..." and "Top officials on both sides ..." are the article's own.
        r"^(related|recommended|more|top|latest|popular|trending)\b.{0,25}"
        r"\b(stories|articles|news|reads|on)\b[^.!?]{0,40}$",
        r"^our picks$|^most (read|popular|viewed)$|^(editor'?s )?picks$",
        # A copyright notice, not the word: "... e-commerce, telecommunications and copyright."
        r"©|^\W*copyright\b|\bcopyright\s*(\(c\)|\d{4})|\ball rights reserved\b",
        r"\bnewsletter\b|\bcookies?\b.{0,40}\b(accept|settings|policy|use)\b",
        r"^comments?( \(\d+\))?$|^\d+ comments?$|^show comments$",
    )
]
# Lines that are the page around the article, whatever the outlet.
CRUFT = [
    *PROMPTS,
    *CHROME,
    *(
        re.compile(p, re.IGNORECASE)
        for p in (
            r"^read (more|next|also)\b\s*[:\-–—]?",
            # A link to a gallery or a video by its title: "Gallery Genoa bridge collapse VIEW
            # NOW".
            r"^(gallery|video|photos|pictures|watch)\b[^.!?]{0,80}\b(view|watch|see) (now|here|all)"
            r"\W*$",
            # A picture's alternative text over its caption, a name each: "Euan Sutherland Euan
            # Sutherland"; and a link to a cartoonist's cartoon: "Steven Camley's cartoon".
            r"^(?-i:(?P<alt>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) (?P=alt))$"
            r"|^(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})['’]s? cartoons?$",
            # ... or under its label in capitals: "PICTURES - 10 dangerous but common food
            # safety mistakes".
            r"^(?-i:GALLERY|VIDEOS?|PHOTOS|PICTURES|WATCH)\s*[-–—:]\s+[^.!?]{3,100}$",
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
            # A shopping site's note on its links: "If you purchase a product ... through one
            # of the links on our site, we may receive compensation."
            r"^if you (purchase|buy|click|sign up)\b.{0,120}\blinks?\b.{0,80}"
            r"\b(compensation|commission)\b",
            r"^we (may|might|could) (earn|receive|get) (a )?(small )?(commission|compensation)"
            r"\b[^.!?]{0,60}\blinks?\b",
            # A local site's prompt: "Find out what's happening in Elm Park for free with the
            # latest updates from Patch."
            r"^find out what's happening\b[^.!?]{0,60}\bwith the latest updates from\b",
            r"^see (more|all|the latest)\b[^.!?]{0,60}$",
            r"^see this\s*[:\-–—]\s*\S",
            # A prompt to scroll to the page's media: "Scroll down for audio of the moment ...".
            r"^scroll (down )?(for|to (see|watch|hear))\b[^.!?]{0,80}\b(video|audio|pictures?"
            r"|photos?|footage|images?)\b",
            # Who else worked on the story, and a promise of more: "The Associated Press
            # contributed to this report.", "Updates to follow...", "More to follow.".
            r"^(the )?[\w .,&'’-]{2,80} contributed (reporting )?to this (report|story|article)\W*$"
            r"|^(more|(more )?updates?) to follow\W*$",
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
            # A call for readers' comments: "Were you at T5 yesterday? Add a comment below...".
            r"\badd (a|your) comment below\b",
            # Links to other stories set on one line between bars: "Scorecard | Man runs onto
            # court in French Open final | Pete Sampras calls Roger Federer ...".
            # (a headline between its label and the site's name is a headline: "Update | Ferry
            # strike ends | Estuary Times").
            r"^(?!(update[ds]?|breaking|exclusive|live|watch|video|analysis|opinion)\s*\|)"
            r"[^|]{2,100}(?: \| [^|]{2,100}){2,}$",
            # A prompt to sign up: "Create a free profile to get unlimited access to ...".
            r"^create a (free )?(profile|account)\b",
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
            r"^(share|tweet|email|print)( (this|on|via)\b.*)?$",
            # A newsletter's box run into one line: "Get daily updates directly to your inbox
            # + Subscribe Thank you for subscribing! Could not subscribe, try again later".
            r"^get (?:daily |weekly |the latest |our )?(?:updates|news|headlines|stories)\b"
            r"[^.!?]{0,40}\binbox\b",
            # A comment form's notice and a subscription's terms: "Your email address will
            # not be published.", "By clicking the Subscribe button below, you agree to ...".
            r"^your email address will not be published\b"
            r"|^by clicking (?:the |on )?[\w ]{0,30}\bbutton\b[^.!?]{0,40}\byou agree\b",
            # A site's call for writers: "Want to be an Entrepreneur Leadership Network
            # contributor? Apply now to join."
            r"^want to (?:be|become) an? [\w'’ ]{2,60}\b(?:contributor|writer|columnist)\?",
            # Another story's headline set in capitals as headlines are: "What's Open on Easter
            # Sunday? ... Here's What To Know."
            r"(?-i:Here['’]s What (?:To|You Need To) Know)\.?$",
            # A prompt under its label: "MORE: Watch all the action from the Rugby World Cup
            # ... only on Stan Sport."
            r"^more\s*:\s*(?:watch|stream|read|listen|sign up|subscribe|follow)\b",
            # A newsletter's pitch and a gallery's counter: "Today's news headlines, directly to
            # your inbox every morning.", "13 View gallery".
            r"\bdirectly to your inbox\b|^\d+\s+view gallery$",
            # A breadcrumb: "You are here: Home".
            r"^you are here\s*:",
            # Another story's headline set in capitals between paragraphs: "AMERICAN AIRLINES
            # PILOTS REFUSE RECORDED NTSB INTERVIEW ON JFK CLOSE CALL, GET HIS WITH SUBPOENAS".
            r"^(?-i:(?:[A-Z0-9][A-Z0-9,'’&$%.-]*\s+){5,}[A-Z0-9][A-Z0-9,'’&$%-]*)$",
            # An account's links: "Log In", "Reset Password".
            r"^(?:log ?in|log ?out|sign ?in|sign ?out|reset (?:your )?password"
            r"|forgot (?:your )?password\??|create (?:an )?account)\W*$",
            # A promise of more: "More news to follow...".
            r"^more (?:news |details |information |updates )?to (?:follow|come)\W*$"
            r"|^more (?:as|when) we (?:get|have) it\W*$",
            # A picture's credit alone, the photographer and the agency: "Kirsty OConnor/PA".
            r"^(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}) ?/ ?(?:PA|AP|AFP|EPA|Reuters"
            r"|Getty Images|Shutterstock|Alamy|EMPICS(?: [A-Z]\w+)?|PA (?:Wire|Images|Media))$",
            # A note on a graphic's correction: "The graphic below has been updated to
            # correctly reflect the valuation in 2011."
            r"^the (?:graphic|chart|map|table|image|photo)(?: below| above)? (?:has been|was)"
            r" (?:updated|corrected|amended|changed)\b[^!?]{0,120}$",
            # A lead-in to a shopping guide: "Check out the latest buyer's guide:".
            r"^check out (?:the |our )?(?:latest |new |full )?[\w'’ ]{0,30}\b(?:guide|picks"
            r"|gallery|deals)\s*:?$",
            # A story's toolbar: "Listen 9 min Share Comment on this story Comment".
            r"^(?:(?:listen|share|save|comments?|gift(?: this)? article|\d+ min(?:ute)?s?(?: read)?"
            r"|comment on this story)\s*){3,}$",
            r"^(follow|like) us\b|^follow( us)? on (twitter|facebook|instagram|x)\b|^click here\b"
            r"|^tap here\b",
            r"^advertisement$|^sponsored\b|^(ad|ads)$",
            # A box of player ratings: "Player ratings Leeds: Meslier (7), Ayling (6), ...",
            # and its pick: "Man of the match: Raphinha."
            r"^[^:]{0,40}:?\s*(?:(?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+)?"
            r" \(\d{1,2}(?:\.\d)?\),?\s*){4,}\.?$"
            r"|^(?:man|player|woman|star) of the (?:match|game)\s*:\s*[^.!?]{2,40}\.?$",
            # An embedded post's placeholder: "Loading Twitter content".
            r"^loading (?:\w+ ){0,2}content\W*$",
            # A site's embed code copied as text: "[mm-video type=video id=01gxnh9 ...]", and a
            # picture's credit set after a bar: "| MILITARY SOURCE / VIA AFP-JIJI".
            r"^\[[a-z][\w-]* [^\]]*\]$|^\|\s*(?-i:[A-Z])[A-Z /&.'’-]{3,60}$",
            # A link alone, a picture's or a page's: "https://.../crop/frm/...jpg".
            r"^(https?://|www\.)\S+$",
            r"^(listen|watch)( to)?( this)?( article| story| now)?\s*[:\-–]|^\d+ min(ute)? read$",
            # ... or the player's label run into its state: "Listen to this article Loading
            # audio...".
            r"^listen to (this|the) (article|story)\b[^.!?]{0,30}(\.\.\.|…)?$",
            # A video's title or summary, with its running time: "Teddy Atlas says ... and gives
            # credit to Ruiz for catching Joshua behind the ear. (2:23)".
            r"^[^\n]{0,400}\(\d{1,2}:[0-5]\d(?::[0-5]\d)?\)$",
            # A video's label: "Watch correspondent Jo Bloggs' report Video: ... (Lateline)".
            r"^watch\b[^.!?]{0,150}\bvideo\s*:",
            r"\bcurated (specifically )?for you\b",
            # A newsletter's promise: "The day's top stories delivered every morning."
            r"\btop (stories|headlines) delivered\b",
            # A note on the reader's browser: "Euronews is no longer accessible on Internet
            # Explorer."
            r"\b(internet explorer|this browser)\b.{0,80}\b(no longer|not (supported|updated))",
            # A call for the reader's feedback, and the thanks for it.
            # A note that links were sold: "Please note the green-lined linked article text has
            # been applied commercially without any involvement from our newsroom editors".
            r"\blinked\b.{0,80}\bwithout any involvement from (our|the) (newsroom|editorial)\b",
            r"^share your (experiences?|thoughts|feedback|views)\b|^thank you for (sharing|your"
            r" feedback)\b",
            # ... and the share button's: "Your article was successfully shared with the
            # contacts you provided."
            r"^your (article|story|link|message) (was|has been) (successfully )?(shared|sent)\b",
            # A link's prompt: "Read the tribunal's 33-page decision here."
            r"^(read|see|view|watch|download)\b[^.!?]{0,60}\bhere\W*$",
            # A video's label over the player: "Watch the re-entry of the Mir".
            r"^watch (the|our|this|a)\b[^.!?:]{0,60}$",
            # A notice above or below the story: "This is an archived article and the
            # information in the article may be outdated.", "This story is no longer being
            # updated.", "This article contains affiliate links."
            r"^\(?originally published (by|in|on)\b"
            r"|^this is an archived (article|story|page)\b"
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
            # A prompt to do something else: "Take ABC News Online's quiz.", "Get browser
            # notifications for breaking news", "By joining TV Guide, you agree to our Terms".
            r"\btake (?:[\w'’]+ ){0,4}quiz\W*$|^get (browser|push|email) (notifications|alerts)\b"
            r"|^get today['’]s\b[^.!?]{0,60}\bnews\b"
            r"|^by (joining|signing up|subscribing|registering|continuing)\b.{0,80}"
            r"\b(agree|terms|privacy)\b",
            # An alert to set, an appeal for money, a pointer elsewhere: "Create your own
            # alert ...", "Or, visit Popular Alerts", "Your support powers our mission ...
            # Give today!", "To watch videos of the landing, check out NASA's ...", "More space
            # news from MSNBC".
            r"^create (your own|an) alert\b|\bfollow the news that matters\b|^or,? visit\b"
            r"|\b(give|donate) (today|now)\W*$|^your support (powers|helps|makes)\b"
            r"|^to (watch|see|read|view|follow)\b[^.!?]{0,120}\b(check out|visit|go to|click)\b"
            r"|^more [\w ]{0,30}\bnews from\b",
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
            # A live report's stamps, a video's length, a prompt to watch or to click: "Update
            # at 4:20 p.m. ET: Polls close", "Crews back at the quay 0:37", "WATCH NEWS
            # CONFERENCE:", "[Video not showing up above? Click here to watch ...".
            r"^update (at )?\d{1,2}[:.]\d{2}(\s*[ap]\.m\.)?[^.!?]{0,60}$"
            r"|\s\d{1,2}:\d{2}$|\(\d+'\d{2}\"?\)$"
            r"|^watch\b[^.!?]{0,40}:$|\bclick here to (watch|read|see|view)\b"
            r"|^warning\s*:\s*contains\b",
            # An appeal for readers' tips: "We want to hear from you! ... email us at ...".
            r"\bwe (want|would love|would like|'d love|'d like) to hear from you\b"
            r"|\b(e-?mail|message|text) us at\b",
        )
    ),
]
# Date stamps, alone or glued to the start of the text.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
_DATE = (
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
    rf"|{_DAY}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+{_DAY},?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}"
    rf"|\d{{1,2}}-\d{{1,2}}-(?:\d{{4}}|\d{{2}}))"  # "9-30-04 - WHITEHOUSE STATION, N.J. (AP) -"
)
_ZONE = r"(?:gmt|bst|utc|cet|cest|est|edt|et|pst|pdt|pt|cst|cdt|ist|aest|aedt|jst)(?:[+-]\d{1,2})?"
# ... "14:32", "2.50pm", "3 p.m." (an hour alone only with its half of the day)
_TIME = (
    r"\d{1,2}(?:[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|\s*(?:am|pm|a\.m\.|p\.m\.))"
    rf"(?:\s+{_ZONE})?"
)
_AGO = r"\d+\s*(?:mins?|minutes?|hrs?|hours?|days?|weeks?)\s+ago"
_STAMP_LABEL = (
    r"(?:(?:page|story|article)\s+)?"  # "Page last updated at 01:32 GMT, Monday, 25 January 2010"
    r"(?:date[ds]?|dateline|published|posted|updated|last updated?|first published|modified"
    r"|last modified)(?:\s+(?:on|at))?\s*[:\-–—]?\s*"
)
STAMP = re.compile(
    # ... "on May 04, 2010 at 2:50 AM, updated May 04, 2010 at 3:40 AM" under a byline: in
    # small letters "on" opens no sentence.
    rf"^(?:(?-i:on)\s+)?(?:{_STAMP_LABEL})?{_WEEKDAY}?(?:{_TIME}[\s,]*(?:on\s+)?)?{_WEEKDAY}?{_DATE}"
    rf"(?:[\s,]*(?:at\s+|[-–—|·•]\s*)?{_TIME})?"
    rf"|^{_STAMP_LABEL}(?:{_TIME}|{_AGO})|^{_AGO}|^\d+ min(?:ute)?s? read"
    rf"|^{_STAMP_LABEL}\d{{4}}-\d{{2}}(?![-\d])",  # "date 2017-06": a month, with no day
    re.IGNORECASE,
)
# A date glued to the end of a standfirst: "...the secret of its recovery?Monday, 6 January 2020".
TRAILING_STAMP = re.compile(
    rf"(?<=[.!?…\"”’])\s*{_WEEKDAY}?{_DATE}(?:[\s,]*(?:at\s+)?{_TIME})?$", re.IGNORECASE
)
# A full date anywhere in a line: no headline carries one ("Morbi (Gujarat), October 31, 2022").
DATED = re.compile(rf"(?<!\w){_DATE}(?!\w)", re.IGNORECASE)
# A labelled stamp that STAMP cannot parse ("Updated: Tue 3 Mar, 14:32").
LABELLED_STAMP = re.compile(
    r"^(?:[•·*]\s*)?(updated|published|last updated?|first published)\b.{0,40}\d", re.IGNORECASE
)
# A label before a headline: "Update | China devalues the yuan".
HEADLINE_LABEL = re.compile(
    r"^(update[ds]?|breaking|exclusive|live|watch|video|analysis|opinion)\s*[|:]\s*(?=\S)",
    re.IGNORECASE,
)
# A label over links to other stories, and a point of a list as text copied from a page sets it.
LINKS_LABEL = re.compile(
    r"^(related|more on|more from|see also|also read|read more|recommended|further reading"
    r"|watch\s*:)",
    re.IGNORECASE,
)
# A summary box over the story: "Key points: Fifty-one people died ...".
# ... or over its points alone: "Summary", "Story highlights".
# A page's weather widget: "Partly Cloudy", "Mostly Sunny", "Light Rain".
WEATHER = re.compile(
    r"^((partly|mostly|light|heavy|scattered)\s+)?(cloudy|sunny|clear|rain|showers|fog|foggy"
    r"|overcast|windy|snow|drizzle|thunderstorms?)$",
    re.IGNORECASE,
)
KEY_POINTS = re.compile(
    r"^key (points|facts|takeaways)\s*:"
    r"|^(summary|(story )?highlights|in (brief|short)|at a glance|key (points|facts|takeaways))"
    r"\s*:?\s*$"
    # ... or a fact box's title in capitals: "TESCO FACTS", "NORTHGATE FACT FILE".
    r"|^(?-i:[A-Z][A-Z'’&. -]{1,30} (FACTS|FACT ?FILE|IN NUMBERS))\s*:?\s*$",
    re.IGNORECASE,
)
BULLET = re.compile(r"^(?:[-•*·]\s+\S|[•*·](?=[A-Z]))")
# A place and the agency that filed the story: "THE HAGUE – Reuters".
WIRE_AFTER_PLACE = re.compile(r"[—–-]\s*(reuters|afp|ap|xinhua|efe|dpa|ians|pti)$", re.IGNORECASE)
