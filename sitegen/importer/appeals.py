"""Appeals: what a page asks of its reader and offers them.

To subscribe, sign in or pay (a paywall's notices), to donate, to sign up for a newsletter
or text alerts, to install the app, to follow the outlet, to comment, answer a poll or send
a tip, and the page's own promotions and shopping links.  :data:`PROMPTS` are the strongest:
after one, if little prose follows, the article is over.  :data:`APPEALS` is furniture on a
line of any length and :data:`SHORT_APPEALS` on a short one: :mod:`sitegen.importer.furniture`
compiles them into its lists.
"""

from __future__ import annotations

import re

# What follows the first word of a prompt to follow the story live ("Follow Estuary ferry
# strike news live updates") and of an outlet's note that it asked and will update the story
# ("We've reached out to Estuary Ferries and will update this story"), alone on a line here
# and glued after a paragraph's last sentence in :mod:`sitegen.importer.glued`.
LIVE_UPDATES = r" [^.!?]{2,60}\blive (?:updates|coverage|blog)"
WILL_UPDATE = (
    r"(?:['’]ve| have) (?:reached out to|contacted|asked) (?:[^.!?]|\.(?=,)){2,120}"
    r"(?:and will update this (?:story|post|article)|for (?:a )?comment)\b[^.!?]{0,60}[.…]?"
)

# An advice box under the story, whatever its length: "Questions about COVID-19? Here are
# some things you need to know:"
ADVICE_BOX = r"^questions about [\w -]{2,30}\? here are (?:some )?things you need to know\b"

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
        # A blog's credit for the picture at its top closes its story, the site's other
        # stories under it: "Featured image from NParks via Channel NewsAsia."
        r"^featured image (?:adapted )?(?:from|via|by|courtesy of)\b[^!?]{0,120}$",
        # "Create a free Industrial Equipment News account to continue"
        r"^create (a|an|your) (free )?[\w'’ -]{0,40}\baccount\b",
        r"\b(free trial|days? free|start reading|start your)\b",
        # "Download the app", or the app by its name: "Download The Estuary News App", as
        # the line or a clause says it ("For breaking news, download our app"), not a story's
        # "each time a user offered the ability to download the app".
        # ... "Get all your news in one place", not "Resigned to staying in one place, many ...".
        r"(?:^|[.!?,:;–—-]\s*)download (the|our) (?:[\w'’-]+ ){0,3}app\b|^(one|the) app\b"
        r"|\ball\b.{0,40}\bin one place\b",
        r"\b(premium|trusted)( global)? (titles|sources)\b|\bone (membership|subscription)\b",
        # A heading over other stories, not a sentence: "More than 80 percent of the articles
        # on ..." and "Top officials on both sides ..." are the article's own.
        r"^(related|recommended|more|top|latest|popular|trending|next in)\b.{0,25}"
        r"\b(stories|articles|news|reads|on)\b[^.!?]{0,40}$",
        r"^our picks$|^most (read|popular|viewed)$|^(editor'?s )?picks$|^must read$",
        # A copyright notice, not the word: "... e-commerce, telecommunications and copyright."
        r"©|^\W*copyright\b|\bcopyright\s*(\(c\)|\d{4})|\ball rights reserved\b",
        r"\bnewsletter\b|\bcookies?\b.{0,40}\b(accept|settings|policy|use)\b",
        r"^comments?( \(\d+\))?$|^\d+ comments?$|^show comments$",
        ADVICE_BOX,
    )
]

APPEALS = (
    # A newsletter's box and its consent line: "Get our award-winning daily news email
    # featuring exclusive stories ...", "I would like to be emailed about offers, event and
    # updates from Evening Standard. Read our privacy notice."; and a summary's pointer to
    # the live page: "... Follow the latest news and reaction LIVE".
    r"^get our [\w -]{0,30}\b(?:news )?email\b|^i would like to be emailed about\b"
    r"|^let our news meet your inbox\b|^never miss a (?:local )?story\W*$"
    r"|\bfollow the latest (?:news|updates)(?: and reaction)? live\W*$",
    # A prompt set off by a label in capitals: "PAY ATTENTION: You can now search for all your
    # favourite news and topics on Briefly News.", "PAY ATTENTION: stay informed ...".
    r"^(?-i:PAY ATTENTION):",
    # A broadcaster's offer of its stream: ">Stream NBC10 Boston news for free, 24/7, wherever
    # you are."
    r"^>?\s*stream [\w ]{2,40}\bfor free\b",
    # A paper's thanks to its sponsors, an advertiser's box, a pointer to a section: "The
    # Baltimore Banner thanks its sponsors. Become one.", "Access the most comprehensive
    # Company Profiles on the market, powered by GlobalData.", "For more Nova Scotia news
    # visit our dedicated provincial page."
    r"\bthanks its sponsors\b|\bpowered by globaldata\b|^how well do you really know your"
    r" competitors\?$|^for more [\w ]{1,40} news,? visit our\b"
    # ... and the advertiser's box in full: "GlobalData Strategic Intelligence" / "Don't let
    # policy changes catch you off guard. Stay proactive with real-time data ..." / "By
    # GlobalData".
    r"|^by globaldata$|^globaldata strategic intelligence$|\bstay proactive with real-time data\b"
    r"|\bthe unique quality of our company profiles\b"
    # ... and a page's line under its links to other stories, however many run into it:
    # "... Track Latest News Live on NDTV.com and get news updates from India and around the
    # world."
    r"|\btrack latest news live on \w+\.com\b",
    # The age of an archived story, and a newsletter's consent: "This article is more than 2
    # years old.", "By providing your email, you agree to the Quartz Privacy Policy."
    r"\bthis article is more than (?:\d+|an?|one) (?:years?|months?) old\b"
    # ... and a portal's pointers to its other sites and its feed: "Also take the time to read
    # other interesting articles, on the news portals ...", "Follow Estuary.com on Google News".
    r"|^also take the time to read\b|^follow [\w.]+ on google news\W*$"
    # ... and a subscription's offer: "As low as $4.99 per month", "Digital Access Sale", "Get
    # unlimited digital access for only 25¢".
    r"|^as low as \$[\d.]+ (?:per|a) (?:month|week|year)\W*$|^digital access sale$"
    r"|\bunlimited digital access\b"
    # ... "Get more from The Estuary Times with a Premium Plus Digital Subscription ...".
    r"|^get more from [\w'’ ]{2,50} with an? [\w ]{0,30}\bsubscription\b"
    # ... and a call for donations: "... there's never been a more important time to support
    # independent journalism in Canberra.", "... I invite you to make a small contribution.",
    # "Every dollar of support is invested back into our journalism ..."
    r"|\bmore important time to support independent journalism\b"
    r"|\binvite you to make a (?:small )?contribution\b|^every dollar of support\b"
    # ... "Support truly independent journalism Support Now ...", "Whether $5 or $50, every
    # contribution counts."
    r"|^support truly independent journalism\b|\bevery contribution (?:counts|matters|helps)\W*$"
    # ... and its rules for readers' comments: "By participating in online discussions you
    # acknowledge that you have agreed to the TERMS OF SERVICE. ..."
    r"|^by participating in online discussions\b|\byou may be banned from posting\b"
    # ... and the comment form's error: "Sorry, your comment was not saved due to a
    # technical problem. Please try again later or using a different browser."
    r"|\byour comment was not saved\b|^please try again later or using a different browser\b"
    # ... and an offer to subscribe to the magazine: "Subscribe to Sports Illustrated
    # Magazine. Special Championship Offer — Get a Commemorative ... Book"
    r"|^subscribe to [\w'’ ]{2,50} magazine\b"
    # ... and a trade newsletter's sign-in box: "Travel Mole Newsletter is a subscriber only
    # travel trade news publication. If you are receiving this message, simply enter your
    # email address to sign in ...", "ITR is free to our subscribers."
    r"|\bis a subscriber[- ]only\b[^.!?]{0,60}\bpublication\b|\bsimply enter your email\b"
    r"|\bis free to (?:our|all) subscribers\b"
    # ... and an archive's notice: "This archived news story is available only for your
    # personal, non-commercial use. ... does not constitute a republication of the story."
    r"|\bthis archived (?:news )?story is available only\b"
    r"|\bdoes not constitute a republication of the story\b"
    # ... and a paywall's count: "You’ve reached your limit of free articles this month."
    r"|^you['’]?ve reached your limit of\b[^.!?]{0,40}\barticles\b"
    # ... and a sponsor's download: "This whitepaper outlines four powerful strategies to ..."
    r"|^this (?:free )?(?:white ?paper|e-?book|webinar) (?:outlines|explores|examines|covers"
    r"|shows|reveals|offers|explains|will)\b"
    # ... and a paper's notice on its copy: "This is the property of the Daily Journal
    # Corporation and fully protected by copyright. It is made available only to Daily Journal
    # subscribers ... Please click "Reprint" to order presentation-ready copies ..."
    r"|\bfully protected by copyright\b|\bmade available only to [\w ]{2,40} subscribers\b"
    r"|^please click .?reprint\b"
    # ... and a paper's notice on reprints: "This copy is for your personal non-commercial use
    # only. To order presentation-ready copies of Toronto Star content ..."
    r"|\bfor your personal,? non-commercial use only\b|^to order presentation-ready copies\b"
    r"|^by (?:providing|entering|submitting) your email\b"
    # ... and an advertiser's consent under its box: "Visit our Privacy Policy for more
    # information about our services, ...", "Our services are intended for corporate
    # subscribers and you warrant ...".
    r"|^visit our privacy policy\b|\bour services are intended for corporate subscribers\b"
    # ... and a broadcaster's note under its transcript: "This transcript has been
    # automatically generated and may not be 100% accurate."
    r"|^this transcript (?:has been|was|is) (?:automatically |machine[- ]|auto[- ])?generated\b"
    # ... and a live story's note on its page: "Editor's Note: This page is a summary of news
    # on ... For the latest news on the protests, view our live updates file for ...".
    r"|^editor['’]s note: this (?:page|story|article) is a summary\b"
    r"|\b(?:view|visit|see|read) our live updates\b|^this page is the news (?:from|on|of)\b"
    # ... or a prompt to follow one: "Follow Estuary ferry strike news live updates".
    rf"|^follow{LIVE_UPDATES}\W*$"
    # ... and a science site's note on its review: "This article has been reviewed according
    # to Estuary X's editorial process and policies.", "Editors have highlighted the
    # following attributes while ensuring the content's credibility:".
    r"|^this article has been reviewed according to [^.!?]{2,60} editorial process\b"
    r"|^editors have highlighted the following attributes\b"
    # ... and a sign-up box's small print and a browser notice: "You can unsubscribe at any
    # time. By signing up you are agreeing to our Terms of Use and Privacy Policy.", "This
    # site is protected by reCAPTCHA ...", "You are using an older browser version. Please use
    # a supported version for the best MSN experience."
    r"|^you can unsubscribe at any time\b|\bprotected by recaptcha\b"
    r"|^you are using an? (?:older|outdated|unsupported) (?:browser|version)\b"
    # ... and a sign-up box whose template was never filled in: "[[title]] [[text]] An error
    # occurred. Please try again. [[success]] Email address Sign up".
    r"|\[\[(?:title|text|success|error|message)\]\]"
    # ... and a newsletter's points and its thanks: "Catch the latest on Estuary news, sports,
    # and more. Delivered every weekday.", "Thank you for subscribing!"
    r"|\bdelivered (?:to your inbox )?(?:every|each) (?:weekday|day|morning|evening|week"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\W*$"
    r"|^thank you for (?:subscribing|signing up)\W*$"
    # ... and a call for readers' stories: "Do you have a money story you'd like to share? Get
    # in touch by emailing money@estuary.example."
    r"|^do you have an? [\w ]{1,30} story you['’]d like to share\?"
    r"|^get in touch by emailing \S+@\S+\W*$"
    # ... and a pointer to a video or a live chart: "Watch live coverage in the video player
    # above.", "• Watch major indexes update here."
    r"|^(?:[•·]\s*)?watch [^.!?]{2,60} (?:in the video(?: player)? (?:above|below)|here)\W*$"
    # ... and a newsletter's pitch: "Get your daily dose of everything happening in music, film
    # and TV in Australia and abroad."
    r"|^get your (?:daily|weekly) dose of\b[^.!?]{0,100}[.!]?$"
    # ... or its description: "Estuary Wire's daily must-read of the most current and
    # pressing daily news".
    r"|^[\w'’ .&-]{2,40}['’]s (?:daily|weekly) must-read of\b[^.!?]{0,80}[.!]?$"
    # ... and a note that the story is still being written: "This article covers a developing
    # story. Continue to check back with us as we will be adding more information ..."
    r"|^this (?:article|story|post) (?:covers|is) a (?:developing|breaking) (?:news )?story\b"
    # ... or a pointer to its updates and where to send corrections: "Get updates to this
    # developing story directly on Estuary Wire.", "For updates and corrections, email
    # newsroom[at]estuary[dot]com."
    # ... or a paywall's note on a story set free: "Note to readers: We've made this story free
    # as an important public service. If you are able, help power local journalism."
    r"|^note to readers:? we(?:['’]ve| have) made this (?:story|article) free\b[^!?]{0,200}$"
    r"|^get (?:updates|the latest) (?:to|on) this (?:developing |breaking )?(?:story|article)\b"
    r"[^.!?]{0,60}[.!]?$"
    r"|^for updates and corrections,? (?:email|e-mail|write to|contact)\b[^!?]{0,60}$"
    # ... and a pointer to the source: "You can read the full email on the source page."
    r"|^you can read the full (?:email|e-mail|memo|statement|letter|note|post|report)\b"
    r"[^.!?]{0,60}[.!]?$"
    # ... and a pointer to more of the outlet's stories: "For more original Estuary Times
    # articles, visit here."
    r"|^for more (?:original )?[\w .&'’-]{2,40} (?:articles|stories|news),? (?:visit|click|go)"
    r" here\W*$"
    # ... and an explainer's signpost: "Here's what you need to know about the strike,
    # including who is taking part and how it will affect patients."
    r"|^here['’]s (?:what|everything) (?:you need to|we) know\b[^.!?]{0,160}[.:]?$"
    # ... and a membership's pitch, and a paper's farewell to its readers: "Be part of the
    # team Access exclusive podcasts, interviews and analysis with a monthly or annual
    # membership. Become a Member", "It has been our privilege to have the trust and support of
    # our communities".
    r"|^be part of the team\b[^.!?]{0,120}\bmembership\b|\bbecome a member\W*$"
    r"|^it has been our privilege to have the trust and support of\b"
    # ... and a cookie wall over an embed, a reading counter, and the outlet's note that it
    # asked for comment: "To enjoy this content please ACCEPT cookies.", "192 people read this
    # News!", "Estuary TV has contacted the ferry company for comment."
    r"|^to enjoy this content,? please accept cookies\b"
    r"|^\d[\d,]* (?:people|readers) (?:have )?read this (?:news|story|article)\W*$"
    r"|^[\w .&'’-]{2,40} (?:has|have) (?:contacted|approached|reached out to) [^.!?,]{2,80}"
    r" for (?:a )?comment\.?$"
    # ... or, in the first person, that it will update the story: "We've reached out to Estuary
    # Ferries and the union and will update this story with any response."
    rf"|^we{WILL_UPDATE}$"
    # ... and a stream's note over its story: "Editor's note: This livestream has ended. You
    # may watch the recording above."
    r"|^editor['’]s note: this (?:live ?stream|live blog|stream|broadcast) has (?:now )?ended\b"
    r"|^you (?:may|can) (?:now )?watch the (?:recording|replay|stream) (?:above|below)\W*$"
    # ... and a public broadcaster's appeal: "Support for LAist comes from", "Congress has
    # cut federal funding for public media — a $3.4 million loss for LAist. We count on
    # readers like you ... Become a monthly member and sustain local journalism."
    r"|^support for [\w .'’-]{2,40} comes from\W*$|\bcut federal funding for public media\b"
    r"|^we count on readers like you\b|^become a monthly member\b"
    # ... and a broadcaster's notice under an embedded post: "The BBC is not responsible for
    # the content of external sites.", "View original tweet on Twitter".
    r"|\bis not responsible for the content of external (?:sites|websites)\b"
    # ... and a news stand's credit to the paper a story came from, in its own language or
    # in English: "Bu hikaye The Herald dergisinin July 17, 2024 sayısından alınmıştır.",
    # "This story is from the July 17, 2024 edition of The Herald."
    r"|\bsayısından alınmıştır\b|^this story is from the\b[^.!?]{0,60}\b(?:edition|issue) of\b"
    # ... and a syndicator's note on its copy: "(Only the headline and picture of this report
    # may have been reworked by the Business Standard staff; the rest of the content is
    # auto-generated from a syndicated feed.)"
    r"|\bmay have been reworked by the\b|\bauto-generated from a syndicated feed\b"
    # ... and what a page says where its embeds, tables and ads did not load: "This device is
    # unable to display framed content.", "If you are unable to view the table on your device,
    # please click here.", "You appear to be using an ad blocker", "Loading Something is
    # loading."
    r"|^this device is unable to display\b|^if you are unable to view the (?:table|chart|graphics?"
    r"|map|video)\b|^you appear to be using an ad[ -]?blocker\b"
    r"|^loading\W+something is loading\b"
    # ... and a newsletter box and a membership's pitch run into one line: "Get a daily
    # selection of our top stories based on your reading preferences.", "By clicking 'Sign
    # up', you agree to receive marketing emails ...", "Learn the benefits of becoming a
    # Valuetainment Member and subscribe today!", "You can watch Farson Digital's live webcams
    # here."
    r"|^get a daily selection of our top stories\b"
    r"|\bby clicking [‘'\"“]?sign up[’'\"”]?, you agree\b"
    r"|\bbenefits of becoming an? [\w ]{2,40} member\b|^you can watch [^.!?]{2,60} here\W*$"
    r"|^view original (?:tweet|post|video) on (?:twitter|x|instagram|facebook|tiktok|youtube)\W*$"
    # ... and its authors' note, in brackets: "(This article was written by Ann Lee.)".
    r"|^\(this (?:article|story|report) was (?:written|reported|compiled) by\b[^()]{2,120}\)$",
    # A paper's appeal for its reporting, however long: "From reproductive rights to climate
    # change to Big Tech, The Independent is on the ground when the story is developing."
    r"\bis on the ground when the story is developing\b|\bparse out the facts from the messaging\b"
    # ... and for its own digest: "RFE/RL's Ukraine Live Briefing gives you the latest
    # developments on Russia's invasion, ...".
    r"|\b(?:live )?briefing gives you the latest\b",
    # ... and its lighter page and other stories: "Low on data or power? Read a
    # low-bandwidth version of this story here. For more stories, see our CBC North news
    # website.", "For more information about evacuation orders, visit the territory's website."
    r"\blow on data or power\?|\ba low-bandwidth version of this story\b"
    r"|^for more stories,? see our\b|^for more information(?: about [^.!?]{1,60})?,? visit\b",
    # A call for readers' pictures: "Editor's note: Are you there? Send us your photos and
    # videos, but please stay safe."
    r"\bsend us your (?:photos|pictures|videos)\b|^editor'?s note: are you there\b",
    # A newsletter's sign-up box copied as one line, however long: "Sign up to the ...
    # email ... Please enter a valid email address ... Thanks for signing up to the".
    r"\bplease enter a valid email( address)?\b|\bthanks for signing up\b",
    # Prompts to the outlet's other pages and its social accounts: "For the latest World
    # Cup news, ... log on to estuary.in/sports.", "Like us on Facebook or follow us on
    # Twitter for ...".
    r"^for (the )?latest\b[^!?]{0,120}\b(log on to|visit|go to|head to)\s+\S+\.\w{2,}\S*?\.?"
    r"(\s+(like|follow) us on\b[^!?]{0,120})?$"
    r"|^like us on (facebook|instagram)\b"
    # ... however the prompt opens: "For more news and in-depth stories from Ukraine, please
    # follow us on X."
    r"|^for more\b[^.!?]{0,80},? (please )?follow us on (x|twitter|facebook|telegram|instagram)"
    r"\W*$",
    # A comment box closed, with its reason: "Our goal is to create a safe and engaging place
    # for users to connect over interests and passions. In order to improve our community
    # experience, we are temporarily suspending article commenting".
    r"^our goal is to create a safe and engaging place for users\b"
    r"|\bwe are temporarily suspending article commenting\b",
    # A paywall's notice to a subscriber: "Subscription Notification", "Please update
    # your billing details here ...", "Your subscription will end shortly".
    r"^subscription notification$|\bupdate your (subscription )?billing (details|information)\b"
    r"|^your subscription (will end|has ended|has expired|expires)\b",
    r"^(submit|send)( us)? (your|a) (letters?|story|stories|tips?|photos?|videos?|news)\b",
    r"^(want to (know|learn|read) more\b[^?]{0,80}\?\s*)?(follow (us|me|him|her|them) on\b"
    r"|(read|see) (about|more)\s*:$)|^check back (soon|later|in soon)\b",
    r"^what do you think\?|\b(let us know|tell us)\b.{0,40}\bin the comments\b",
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
    # NOW", and a video's lead-in: "Watch the penalty shootout in the player below:", "You
    # can also watch the latest Special on the paper's TV below:".
    r"|^journalism for the curious\b|^get in front of tomorrow'?s news\b|^read now\W*$"
    r"|^(you can (also )?)?watch\b[^.!?]{0,80}\bbelow\W*$"
    r"|^[\w ]{2,30} web (bureau|desk)\b[^.!?]{0,30}$",
    # A magazine's offer: "Magazine gift subscriptions - from just £18.99 every 6 issues."
    r"\bsubscriptions?\b[^.!?]{0,30}\bfrom (just|only) [£$€]\d",
    # The paper's own product: "Today's Paper, also known as the e-Edition, is an online
    # replica of the printed newspaper."
    r"\be-edition\b.{0,80}\b(replica|printed|print edition)\b",
    # A reader's comment answering another: "@mariah Well, for one, you care enough to
    # comment." ("@jo_bloggs shared a meme ..." is the story's).
    r"^@\w{2,30}\s+(?-i:[A-Z])",
    # An appeal for tips with the way to send them, however long: "Do you work at
    # Robinhood? We'd love to hear from you. ... you can contact Jo Bloggs securely ...".
    r"\bwe( want|'d love|'d like| would love| would like) to hear from you\b.{0,200}"
    r"\b(contact|e-?mail|wickr|signal|whatsapp)\b",
    # A comment box's terms: "If you are commenting using a Facebook account, ...", "Bloomberg
    # reserves the right to remove comments ...", "You must be logged in to post a comment."
    r"^if you are commenting (using|with|through)\b"
    r"|\breserves the right to (remove|delete|edit) comments\b"
    r"|^you must be (logged|signed) in to (post|leave|add) a comment\b"
    # ... and its rules under their heading: "Community Rules" / "antiguaobserver.com is
    # really happy to provide this forum ... We will approve any comment that ...".
    r"|^(community|comments?|commenting) (rules|guidelines|policy|standards)\W*$"
    r"|\bhappy to provide this forum\b|\bwe will (not )?(approve|post|publish) (any )?comments?\b"
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
    r"^(have|got) a (news )?(tip|story)\?",
    # A broadcaster's plug for its podcasts: "Want a quick and expert briefing on the biggest
    # news stories? Listen to our latest podcasts to find out What You Need To Know".
    r"\blisten to our (latest )?podcasts?\b|^unlock the editor['’]s digest\b",
    # ... its group on a messaging app, and its terms: "POLITICS WHATSAPP: Be first to get the
    # biggest bombshells ... by joining our Politics WhatsApp group here. We also treat our
    # community members to special offers ...", and a subscription's pitch: "Sign up to our
    # Politics newsletter Sign up Thank you for signing up! Did you know with a Digital
    # subscription to ...".
    r"\breaders have (already )?pitched in to keep\b|\bfor the price of (one|a) cup of coffee\b"
    r"|\bby joining our [\w ]{0,30}(whatsapp|telegram) (group|community|channel)\b"
    r"|\bwe also treat our community members to special offers\b"
    r"|^sign up to our [\w ]{1,40} newsletter\b|\bdid you know with a digital subscription\b",
    r"^(why not )?follow (?:[^.!?]|\.(?=[a-z])){1,40} on (x|twitter|facebook|instagram|threads"
    r"|bluesky|linkedin)\b",
    # ... and the paper's sign-offs: "For more stories like this, check our news page.", "Got
    # a story? Get in touch with our news team by emailing us at ...", and a streaming
    # service's plug: "- Stream on ESPN+: LaLiga, Bundesliga, more (U.S.)".
    r"^for more stories like this,? check our news page\W*$"
    r"|^(got a story\? )?get in touch with our news team\b"
    r"|^(?:[-•*]\s*)?stream (?:on|live on) [\w+ .]{2,20}:",
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
    r"|^we need your help( now| today)?\W*$"
    # ... and its thanks over the appeal: "Thank you for donating to Estuary News."
    r"|^thank you for (donating|your donation|supporting us)\b[^!?]{0,40}$"
    # ... and a paywall's thanks: "Thank you for supporting our journalism. This article is
    # available exclusively for our subscribers, who help fund our work at the Echo."
    r"|^thank you for supporting our journalism\b|\bthis article is available exclusively"
    r" (for|to) (our )?subscribers\b"
    # ... and a campaign's petition: "Sign our petition now to call on the Government to ...".
    r"|^sign our petition\b",
    # A paper's text-message service: "Avoid fake news! Subscribe to the Standard SMS
    # service ... Text the word 'NEWS' to 22840".
    r"\bsubscribe to (the |our )?[\w ]{0,30}\bsms (service|alerts)\b|^avoid fake news\W*$"
    r"|\btext the word\b[^.!?]{0,20}\bto \d{3,6}$",
    # A pointer to a programme: "Tune in to HLN's ... at 8 p.m ET Tuesday".
    r"^tune in (to|at|for)\b",
    # A poll put to the reader: "Could you face a long-haul flight without hand luggage?" /
    # "or View Results".
    r"^(could|would|should|will|do|did|have|are) you\b[^\"“”]{0,100}\?$",
    r"^(or )?view results\W*$",
    # A promotion set as a label: "GEAR: Get the winners' shirt", "LIVE: Minute-by-minute".
    r"^(gear|shop|live|deal|deals|offer)\s*:\s*[^.!?]{0,60}$",
    r"\b(delivered|sent|straight|direct)( directly| straight)? to your inbox\b"
    r"|\bin your (email )?inbox\b"
    # ... "Site highlights each day to your inbox.", under "Business Insider Emails & Alerts".
    r"|^[^.!?]{0,40}\beach (day|week|morning) to your inbox\W*$|\bemails? (&|and) alerts$",
    # A newsletter box's heading: "Stay connected to Wisconsin news - your way".
    r"^stay (connected|informed|in the know|up to date)\b[^.!?]{0,60}$",
    r"^don'?t miss (out|a thing)\b[^.!?]{0,40}[.!?]?$",
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
    # A video channel's prompts: "Watch more of our videos on Shots!", "and live on
    # Freeview channel 276", "Visit Shots! now".
    r"^watch more of our videos\b|^visit [\w!]{2,20} now\W*$"
    r"|^(and )?live on freeview channel \d+\W*$",
    r"^(view|show|load|hide)( all| more)? (comments|replies)\W*$|^(show|load|view) more\W*$",
    r"^(leave|add|post|write) a (comment|reply)\W*$|^please (log|sign) in to comment\b",
    # Comments switched off.
    r"\b(not (currently )?accepting|closed (to|for)) comments\b"
    r"|\bcomments (are|have been) (closed|disabled|switched off|turned off)\b",
    # An appeal to support the outlet's journalism.
    r"\b(consider|please) support(ing)? (our|independent|quality)( [\w-]+)? journalism\b"
    r"|^on supporting (our |independent |quality |science )?journalism$",
    # An aggregator's pitch for itself: "Escape your echo chamber. Get the facts ...".
    r"^escape your echo chamber\b",
    # A poll: ">> Poll: Do the ... ? Vote Now."
    r"^(>>\s*)?poll\s*:[^.!]{0,120}(\bvote now\W*|\?)$"
    # ... and its results: "To view the results of the poll, you need to vote!"
    r"|^to (view|see) the results( of (the|this) poll)?,? you (need|have) to vote\W*$",
    # A blog's comment form footer.
    r"^this site uses akismet to reduce spam\b",
    # ... and a site's notice on readers' posts: "Any third-party or user posts, comments,
    # replies ... in no way convey the thoughts, sentiments or intents of ...", "... reserves
    # the right to remove, screen, edit, or reinstate content posted by third parties ...".
    r"\bin no way convey the (?:thoughts|views|opinions)\b"
    r"|\breserves the right to remove, screen, edit\b",
    # An agency's note that its site holds only part of its wire: "Anadolu Agency website
    # contains only a portion of the news stories offered to subscribers ...".
    r"\bwebsite contains only a portion of the news stories\b",
    # An appeal to like the outlet.
    r"^like [^.!?]{1,30} on (facebook|twitter|instagram)\b",
    r"^unlimited (digital )?access\b[^!?]{0,40}$",
    # ... or to pay for it: "Our mission to make business better is fueled by readers like
    # you. To enjoy unlimited access to our journalism, subscribe today."
    r"\bis fueled by readers like you\b|^to enjoy unlimited access to our journalism\b",
    # A sign-up form's lines: "If you have an ACS member number, please enter it here so we
    # can link this account to your membership.", "ACS values your privacy. By submitting
    # your information, you are gaining access to ... and subscribing to our ... newsletter."
    r"^if you have an? [\w -]{1,30}member(ship)? number, please enter it\b"
    r"|^[\w&-]{2,20} values your privacy\. by submitting your information\b",
    # A cookie banner of any length: "We and our partners use cookies to understand how you
    # use our site, ... Read about how we use cookies in our cookie policy ...".
    r"^we and our partners use cookies\b|^(?:this site|we) uses? cookies to\b",
    # A page's language switch, and an aggregator's note on the wire copy it carries: "Select
    # Language To Read in Urdu, Hindi, Marathi or Arabic.", "This story has not been edited.
    # It has been published as provided by ANI".
    r"^select language\b[^.!?]{0,60}\bto read in\b"
    r"|^this (?:story|article|report) has not been edited\b",
    # ... and a shopping site's note on its partners, and a paywall's while it checks the
    # reader: "Many or all of the products featured here are from our partners who compensate
    # us. ...", "If you are in Reader mode please exit and log into your Times account, ...",
    # "Want to see more of Estuary TV? Get 24/7 fact-based news coverage with the app ..."
    r"^many or all of the products (?:featured|on this page|we feature)(?: here)? are from our"
    r" partners\b|^if you are in reader mode please exit\b|^thank you for your patience while we"
    r" verify access\b|^want to see more of [\w'’ .&-]{2,30}\? get\b",
    # ... and an outlet's note on whose story it republishes: "... off the shelves” was first
    # published by The Estuary Times, a nonprofit, nonpartisan media organization ...".
    r"[\"”] was (?:first|originally) published by (?:the )?[\w'’ .&-]{2,40}, an? ",
)
SHORT_APPEALS = (
    # An invitation to the outlet's channel: "Get exclusive content with Gulf News WhatsApp
    # channel"; not a source's own channel, where news is told ("... Energoatom said on its
    # Telegram channel.").
    r"(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\btheir )\b(?:whatsapp|telegram) channel\W*$"
    # ... or to join it: "Join ST's Telegram channel and get the latest breaking news ...".
    r"|^join [\w'’ .-]{1,30}\b(?:whatsapp|telegram) channel\b",
    # ... or to its podcast: "Listen and follow The Big Take DC on Apple Podcasts, Spotify
    # or wherever you get your podcasts".
    r"^listen (?:and|&) (?:follow|subscribe)\b[^.!?]{0,80}\b(?:apple podcasts|spotify)\b",
    # A shopping site's note on its links: "If you purchase a product ... through one
    # of the links on our site, we may receive compensation."
    r"^if you (purchase|buy|click|sign up)\b.{0,120}\blinks?\b.{0,80}"
    r"\b(compensation|commission)\b",
    r"^we (may|might|could) (earn|receive|get) (a )?(small )?(commission|compensation)"
    r"\b[^.!?]{0,60}\blinks?\b",
    # A local site's prompt: "Find out what's happening in Elm Park for free with the
    # latest updates from Patch."
    r"^find out what's happening\b[^.!?]{0,60}\bwith the latest updates from\b",
    # A call for readers' comments: "Were you at T5 yesterday? Add a comment below...",
    # "HAVE YOUR SAY! What do you make of the squad? Comment below."
    r"\badd (a|your) comment below\b|^have your say!|\?\s*comment below\W*$",
    # A newsletter's or an account's pitch: "Receive our in-depth coverage of education
    # issues ...", "Get updates on the ferry strike and other news as it happens with our
    # free breaking news email alerts.", "Start Free Account Get access to 7 premium stories
    # every month for FREE!"
    r"^receive our [\w -]{0,30}coverage of\b|\bwith our free [\w -]{0,30}email alerts\W*$"
    r"|^start (?:a )?free account\b"
    # ... "Get more from The Estuary Times with a digital subscription.", "Get access for 3
    # months for just £3, or get 30% off an annual subscription ..."
    r"|^get more from [\w'’ .&-]{2,40} with a (?:digital )?subscription\b"
    r"|^get access for \d+ (?:months?|weeks?|days?) for (?:just|only)\b",
    # ... and a writer's address: "• Ann Lee can be reached at alee@estuarytimes.com."
    r"^(?:[•·*-]\s*)?[\w'’ .-]{2,40} can be reached at \S+@\S+\W*$",
    # An audio player's notice and a broadcaster's: "New You can now listen to Estuary Times
    # articles!", "Stream Estuary TV newscasts for free right here, right now."
    r"^(?:new\s+)?you can now listen to [\w'’ .&-]{2,40} articles\W*$"
    r"|^stream [\w'’ .&-]{2,30} (?:newscasts|news|live) for free\b",
    # A prompt to sign up: "Create a free profile to get unlimited access to ...".
    r"^create a (free )?(profile|account)\b",
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
    # A prompt under its label: "MORE: Watch all the action from the Rugby World Cup
    # ... only on Stan Sport."
    r"^more\s*:\s*(?:watch|stream|read|listen|sign up|subscribe|follow)\b",
    # A newsletter's pitch and a gallery's counter: "Today's news headlines, directly to
    # your inbox every morning.", "13 View gallery".
    r"\bdirectly to your inbox\b|^\d+\s+view gallery$",
    # An account's links: "Log In", "Reset Password".
    r"^(?:log ?in|log ?out|sign ?in|sign ?out|reset (?:your )?password"
    r"|forgot (?:your )?password\??|create (?:an )?account)\W*$",
    r"^(follow|like) us\b|^follow( us)? on (twitter|facebook|instagram|x)\b|^click here\b"
    r"|^tap here\b",
    r"\bcurated (specifically )?for you\b",
    # A newsletter's promise: "The day's top stories delivered every morning."
    r"\btop (stories|headlines) delivered\b",
    # A call for the reader's feedback, and the thanks for it.
    # ... and a free subscription's pitch and the site's word on itself: "A FREE subscription
    # to Estuary Daily arrives every morning and evening.", "Estuary Daily is a trusted
    # source of national news and information and is provided free ...".
    r"^an? free subscription to [\w'’ .&-]{2,40} (?:arrives|is delivered|lands)\b"
    r"|^[\w'’ .&-]{2,40} is an? (?:trusted|independent|leading|award-winning) (?:source|provider)"
    r" of (?:national |local |regional )?news\b",
    # ... and a regional site's note on which edition this is, and its offer to keep it: "You
    # are viewing content from Estuary FM Northgate. Would you like to make this your
    # preferred location?"
    r"^you are (?:now )?viewing (?:content|news|stories) (?:from|for) [\w'’ .&-]{2,40}[.!]?"
    r"(?: would you like to make (?:this|it) your (?:preferred|default) (?:location|edition)\?)?$",
    # ... and a call to pass the story on: "Find this interesting? Share it with your friends!"
    r"^(?:(?:did you )?find this (?:interesting|useful|helpful)\? )?share (?:it|this)"
    r"(?: (?:article|story|post))? with (?:your|all your) friends\W*$"
    r"|^share your (experiences?|thoughts|feedback|views)\b|^thank you for (sharing|your"
    r" feedback)\b",
    # ... and the share button's: "Your article was successfully shared with the
    # contacts you provided."
    r"^your (article|story|link|message) (was|has been) (successfully )?(shared|sent)\b",
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
    r"|^more [\w ]{0,30}\bnews from\b"
    # ... "Check out Estuary Wire's live coverage of the strike."
    r"|^check out [\w'’ .&-]{2,40}['’]s? (?:full |live |latest )*(?:coverage|updates)\b",
    # A signpost to what the page sets out below: "Here's what we know so far.", "Here are
    # the key points from the Prime Minister's address.", "Read below for a more detailed
    # breakdown of the announcements.", "LIVE BLOG WILL LOAD BELOW".
    r"^here['’]?s what (we know|you need to know)( so far)?\W*$"
    r"|^here (is|are) what (we know|you need to know)( so far)?\W*$"
    r"|^here are (the|some of the) (key|main|biggest) (points|takeaways|announcements|moments)"
    r"\b[^.!?]{0,80}[.:]?$"
    r"|^read (on|below) for (a|an|the|more)\b[^.!?]{0,80}[.:]?$"
    r"|^live ?blog will load below\W*$"
    # ... and a box of the outlet's other stories set between paragraphs: "Most Read from
    # Bloomberg" (a heading over other stories ends the article; this one does not).
    r"|^most (read|popular|viewed) from [\w'’ .&-]{2,40}$"
    r"|^more stories like this are available on [\w.-]+\.(com|net|org|co\.uk)\W*$"
    r"|^thanks for reading [\w .&'’-]{2,40}\W*$",
    # An appeal for readers' tips: "We want to hear from you! ... email us at ...".
    r"\bwe (want|would love|would like|'d love|'d like) to hear from you\b"
    # ... and a prompt to subscribe under its question: "Like this story? Subscribe to ...!"
    r"|^like this (?:story|article)\?"
    # ... and pointers to a gallery or a video: "Photo Gallery: Much of the nation braves ...",
    # "Video of the Microsoft Surface below."
    r"|^photo gallery:|^video of [^.!?]{2,60} below\.?$"
    # ... and a metered paywall's count: "You are viewing your 1 free article this month."
    r"|^you are viewing your \d+ free articles? this month\b|^log ?in to read more articles\b"
    r"|\b(e-?mail|message|text) us at\b",
)
