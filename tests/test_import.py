"""`sitegen import`: raw pages and copied text in, clean articles and trustworthy facts out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from sitegen.importer import Imported, from_html, from_text, is_cruft
from sitegen.importer.credits import TRAILING_WIRE
from sitegen.importer.htmlclean import clean_title, tidy
from sitegen.site.build import build
from tests.conftest import run_cli, write

STANDARD = "000_614fa368e1abd528.txt"
SECOND = "004_ad595ad3e32efb30.txt"
CRUFT = [
    "Get all your news in one place",
    "Sign up to read this article",
    "Already a member?",
    "(Picture: AP)",
    "READ MORE",
    "Related Stories",
]

SAVED_PAGE = """<!doctype html>
<html lang="en"><head>
<title>Ferry service resumes after strike | Estuary Times</title>
<meta property="og:site_name" content="Estuary Times">
<meta property="og:title" content="Ferry service resumes after strike">
<meta name="author" content="Lena Ward">
<meta property="article:published_time" content="2026-05-02T09:30:00Z">
<link rel="canonical" href="https://example.com/news/ferry-resumes">
</head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience on our site.</p>
<button>Accept all cookies</button> <button>Cookie settings</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<div class="advert">Advertisement: Spring sale on outboard motors, this week only at Dockside.</div>
<main><article>
<h1>Ferry service resumes after strike</h1>
<p class="byline">By Lena Ward</p>
<p>Ferries between Quayside and Northgate resumed on Saturday morning after crews voted to end
a four-day strike over rosters.</p>
<p>The operator, Estuary Link, said the first sailing left at 6.15 a.m. with 212 passengers on
board and that a full timetable would run from Monday.</p>
<h2>Deal on rosters</h2>
<p>"Nobody wanted to keep the boats tied up, but the rosters had to change," said union
organiser Marta Keane, who led the talks.</p>
<p>Under the agreement, crews will work no more than four night shifts in a row, the company
said in a statement.</p>
</article></main>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/a">Bridge reopens to traffic</a></li>
<li><a href="/b">Harbour dredging delayed</a></li>
<li><a href="/c">New timetable for buses</a></li></ul></aside>
<section class="comments"><h3>Comments</h3>
<div class="comment"><p>About time too, I have been driving the long way round all week!</p></div>
<div class="comment"><p>The unions always win in this town, nothing ever changes here.</p></div>
</section>
<footer><p>&copy; 2026 Estuary Times. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>
</body></html>
"""


def front_matter(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    _, meta, body = text.split("---\n", 2)
    return yaml.safe_load(meta), body


@pytest.fixture
def imported_seeds(seeds: Path, tmp_path: Path) -> dict:
    site = tmp_path
    for name, extra in ((STANDARD, []), (SECOND, ["--source", "Second Outlet"])):
        result = run_cli("import", str(seeds / name), "--event", "russia-us", *extra, cwd=site)
        assert result.returncode == 0, result.stderr
    build(site)
    data = json.loads((site / "output/russia-us/comparison.json").read_text(encoding="utf-8"))
    data["_site"] = site
    return data


def unique(data: dict, source: str) -> list[dict]:
    return [f for f in data["facts"] if f["sources"] == [source] and f["kind"] != "conflict"]


def find(facts: list[dict], *words: str) -> list[dict]:
    return [f for f in facts if all(w.lower() in f["text"].lower() for w in words)]


def test_no_cruft_reaches_an_article_or_a_fact(imported_seeds: dict) -> None:
    site: Path = imported_seeds["_site"]
    bodies = [p.read_text(encoding="utf-8") for p in (site / "content/russia-us").glob("*.md")]
    texts = bodies + [f["text"] for f in imported_seeds["facts"]]
    texts += [s for sents in imported_seeds["sentences"].values() for s in sents]
    for cruft in CRUFT:
        assert not [t for t in texts if cruft.lower() in t.lower()], cruft


def test_metadata_comes_from_the_page_around_the_article(seeds: Path, tmp_path: Path) -> None:
    result = run_cli("import", str(seeds / STANDARD), "--event", "e", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    meta, body = front_matter(tmp_path / "content/e/evening-standard.md")
    assert meta["source"] == "Evening Standard"
    assert meta["author"] == "Josh Salisbury"
    assert meta["title"].startswith("Russia accuses United States")
    assert meta["title"] not in body


def test_subheadings_become_headings(seeds: Path, tmp_path: Path) -> None:
    run_cli("import", str(seeds / SECOND), "--event", "e", "--source", "Second", cwd=tmp_path)
    _, body = front_matter(tmp_path / "content/e/second.md")
    assert "## 'Directly responsible'" in body
    headings = [line for line in body.splitlines() if line.startswith("## ")]
    assert len(headings) == 2


def test_facts_unique_to_the_evening_standard(imported_seeds: dict) -> None:
    mine = unique(imported_seeds, "evening-standard")
    for words in (
        ("grain", "Istanbul"),
        ("Turkey", "one grain ship"),
        ("United Nations", "famines"),
        ("Western allies", "civilian"),
        ("long-range", "vital"),
        ("no immediate reaction", "White House"),
    ):
        assert find(mine, *words), words


def test_facts_unique_to_the_second_outlet(imported_seeds: dict) -> None:
    mine = unique(imported_seeds, "second-outlet")
    for words in (
        ("HIMARS",),
        ("Telegraph",),
        ("Putin",),
        ("Shoigu",),
        ("settlements",),
        ("largest thermal power plant",),
        ("1962 Cuban Missile Crisis",),
        ("New START",),
        ("1,550", "700"),
    ):
        assert find(mine, *words), words


def test_shared_reports_are_not_unique(imported_seeds: dict) -> None:
    everything_unique = unique(imported_seeds, "evening-standard") + unique(
        imported_seeds, "second-outlet"
    )
    for words in (
        ("All this undeniably proves",),
        ("It is the Biden administration",),
        ("billions of dollars",),
        ("Skibitsky",),
    ):
        assert not [f for f in find(everything_unique, *words) if f["kind"] == "claim"], words
        shared = [f for f in find(imported_seeds["facts"], *words) if len(f["sources"]) == 2]
        assert shared, words


def test_details_show_their_words_in_context(imported_seeds: dict) -> None:
    details = [f for f in imported_seeds["facts"] if f["kind"] == "detail"]
    assert details
    for fact in details:
        assert fact["context"] != fact["text"]
        assert fact["text"] in fact["context"]
        assert len(fact["context"].split()) > len(fact["text"].split())


def test_every_unique_claim_says_why(imported_seeds: dict) -> None:
    for fact in unique(imported_seeds, "evening-standard"):
        if fact["kind"] != "claim":
            continue
        closest = fact["closest"]["second-outlet"]
        assert 0 <= closest["score"] < 1
        assert closest["text"] == imported_seeds["sentences"]["second-outlet"][closest["sentence"]]
        assert fact["position"]["evening-standard"] in {"lede", "body", "end"}


def test_quotations_are_carried_word_for_word_by_both(imported_seeds: dict) -> None:
    quotes = [q for q in imported_seeds["quotes"] if "undeniably proves" in q["text"]]
    assert len(quotes) == 1
    carriers = quotes[0]["sources"]
    assert set(carriers) == {"evening-standard", "second-outlet"}
    assert all(c["exact"] for c in carriers.values())
    assert quotes[0]["speaker"] == "the defence ministry"


def test_a_byline_naming_only_the_outlet_is_no_author(tmp_path: Path) -> None:
    page = write(
        tmp_path / "ferry.txt",
        "\n\n".join(["Ferry strike ends after nine days", "By Estuary Bulletin", *STORY]),
    )
    result = run_cli(
        "import", str(page), "--event", "ferry", "--source", "The Estuary Bulletin", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    meta, _ = front_matter(tmp_path / "content/ferry/the-estuary-bulletin.md")
    assert "author" not in meta, meta


def test_saved_html_page_keeps_only_the_article(tmp_path: Path) -> None:
    page = write(tmp_path / "ferry.html", SAVED_PAGE)
    result = run_cli("import", str(page), "--event", "ferry", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    path = tmp_path / "content/ferry/estuary-times.md"
    assert result.stdout.strip() == "content/ferry/estuary-times.md"
    meta, body = front_matter(path)
    assert meta == {
        "source": "Estuary Times",
        "title": "Ferry service resumes after strike",
        "url": "https://example.com/news/ferry-resumes",
        "author": "Lena Ward",
        "published": "2026-05-02",
    }
    for kept in ("212 passengers", "Marta Keane", "four night shifts", "## Deal on rosters"):
        assert kept in body
    for dropped in (
        "cookies",
        "Sport",
        "outboard",
        "Related",
        "Harbour dredging",
        "About time",
        "unions always win",
        "All rights reserved",
        "Privacy",
        "By Lena Ward",
    ):
        assert dropped not in body, dropped


def test_flags_override_what_was_extracted(tmp_path: Path) -> None:
    page = write(tmp_path / "ferry.html", SAVED_PAGE)
    result = run_cli(
        "import",
        str(page),
        "--event",
        "ferry",
        "--source",
        "The Estuary Times",
        "--title",
        "Ferries back",
        "--author",
        "L. Ward",
        "--published",
        "2026-05-03",
        "--url",
        "https://example.org/f",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    meta, _ = front_matter(tmp_path / "content/ferry/the-estuary-times.md")
    assert meta["title"] == "Ferries back" and meta["author"] == "L. Ward"
    assert meta["published"] == "2026-05-03" and meta["url"] == "https://example.org/f"


def test_existing_files_are_kept_unless_forced(tmp_path: Path) -> None:
    page = write(tmp_path / "ferry.html", SAVED_PAGE)
    assert run_cli("import", str(page), "--event", "ferry", cwd=tmp_path).returncode == 0
    path = tmp_path / "content/ferry/estuary-times.md"
    path.write_text("edited by hand", encoding="utf-8")
    again = run_cli("import", str(page), "--event", "ferry", cwd=tmp_path)
    assert again.returncode == 1
    assert "already exists" in again.stderr and "--force" in again.stderr
    assert path.read_text(encoding="utf-8") == "edited by hand"
    forced = run_cli("import", str(page), "--event", "ferry", "--force", cwd=tmp_path)
    assert forced.returncode == 0
    assert "212 passengers" in path.read_text(encoding="utf-8")


def test_an_empty_result_is_refused(tmp_path: Path) -> None:
    cruft_only = "Sign up to read this article\nAlready a member? Sign in here\nDownload the app\n"
    result = run_cli(
        "import",
        "-",
        "--event",
        "x",
        "--source",
        "S",
        "--title",
        "T",
        cwd=tmp_path,
        stdin=cruft_only,
    )
    assert result.returncode == 1
    assert "no article text" in result.stderr
    assert not (tmp_path / "content").exists()


def test_never_writes_outside_content(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    text = "A long enough sentence about the harbour wall that collapsed on Monday night.\n"
    result = run_cli(
        "import",
        "-",
        "--event",
        "../../escape",
        "--source",
        "../../S",
        "--title",
        "T",
        cwd=site,
        stdin=text,
    )
    assert result.returncode == 0, result.stderr
    written = [p for p in tmp_path.rglob("*.md")]
    assert written and all(p.is_relative_to(site / "content") for p in written)


def test_an_unreachable_url_gives_a_clear_error(tmp_path: Path) -> None:
    result = run_cli("import", "http://127.0.0.1:9/story", "--event", "x", cwd=tmp_path)
    assert result.returncode == 1
    assert "could not fetch http://127.0.0.1:9/story" in result.stderr
    assert "Traceback" not in result.stderr


UNSEEN = """\
Morning Briefing
Download our app for breaking news alerts
Subscribe now: 3 months for $1
Harbour Times
Local News
By Priya Raman
Updated 14:32 GMT, 3 March 2026

Council approves new sea wall after winter storms

Workers inspect the damaged promenade on Tuesday
Photo: Reuters

The city council approved a £12 million sea wall on Tuesday after winter storms flooded
more than 300 homes along the seafront.

Councillors voted 31 to 4 in favour of the plan, which will raise the wall by 1.2 metres along
a two-kilometre stretch.

Share this article
Read more: Storm damage bill tops £40 million

"We cannot ask people to live with this risk every winter," council leader Tom Hale said.

Work is due to start in September and take two years.

Share on Facebook
Share on X
Most read
Man rescued from cliff
Schools close for snow day
Bakery wins national prize
© 2026 Harbour Times Ltd. All rights reserved.
"""


def test_a_reading_time_and_ad_slots_run_into_the_byline_are_not_the_authors_name() -> None:
    page = "\n\n".join(
        [
            "Ferry terminal to close for good",
            "By Priya Raman1 minute Read\nadvertisement\nadvertisement",
            *FERRY,
        ]
    )
    assert from_text(page).author == "Priya Raman"
    page = "\n\n".join(["Ferry terminal to close for good", "By Priya Raman 4 min read", *FERRY])
    assert from_text(page).author == "Priya Raman"


def test_a_caption_given_again_with_its_source_credited_leaves_the_body() -> None:
    caption = "Harbour master Ellen Kruger, her husband Tom and their children at the quay"
    page = "\n\n".join(
        ["Ferry terminal to close", FERRY[0], caption, caption + " Source: AAP", *FERRY[1:]]
    )
    body = from_text(page).body
    assert "Kruger" not in body, body
    assert all(paragraph in body for paragraph in FERRY)


@pytest.mark.parametrize("credit", ["(File Photo )", "Reuters"])
def test_a_lede_given_again_as_its_pictures_caption_stays_once(credit: str) -> None:
    # The picture's alternative text and caption repeat the lede word for word, as a
    # wire's photo pages do: the copy under the credit is the story's.
    page = "\n".join(["Ferry terminal to close", "", FERRY[0], FERRY[0], credit, ""])
    page += "\n\n".join(FERRY)
    body = from_text(page).body
    assert body.count(FERRY[0]) == 1 and body.startswith(FERRY[0]), body
    assert all(paragraph in body for paragraph in FERRY)


@pytest.mark.parametrize(
    "lead_in",
    [
        "However, the closure will be softened in the following ways:",
        "The authority set out its reasons as follows:",
    ],
)
def test_a_sentence_that_says_a_list_follows_is_a_paragraph_not_a_heading(lead_in: str) -> None:
    points = ["- Season tickets will be refunded in full.", "- A bus will run every hour."]
    page = "\n\n".join(["Ferry terminal to close", *FERRY[:2], lead_in, *points, FERRY[2]])
    body = from_text(page).body
    assert f"\n{lead_in}\n" in body and "## " not in body, body


def test_a_short_point_cut_off_after_its_first_sentence_under_a_lead_in_is_kept() -> None:
    lead_in = "There are three ways the harbour authority could keep a crossing open next year:"
    page = "\n\n".join(
        ["Ferry terminal to close", *FERRY, lead_in, "First is night ferries. This inv"]
    )
    body = from_text(page).body
    assert body.rstrip().endswith(f"\n{lead_in}\n\nFirst is night ferries. This inv"), body
    assert "## " not in body, body


def test_a_radio_stations_menu_above_the_story_is_not_its_author() -> None:
    menu = "Play Live Radio\nNext Up:\n0:00 0:00\nAvailable On Air Stations"
    page = "\n\n".join([menu, "Ferry terminal to close for good", *FERRY])
    assert from_text(page).author is None


def test_a_weather_widget_above_the_story_is_not_its_author() -> None:
    page = "\n\n".join(["Partly Cloudy", "Ferry terminal to close for good", *FERRY])
    assert from_text(page).author is None


def test_cleaning_works_on_text_it_has_never_seen() -> None:
    result = from_text(UNSEEN)
    assert result.title == "Council approves new sea wall after winter storms"
    assert result.author == "Priya Raman"
    for kept in ("£12 million sea wall", "31 to 4", "Tom Hale said", "take two years"):
        assert kept in result.body
    for dropped in (
        "Download",
        "Subscribe",
        "Photo: Reuters",
        "promenade",
        "Share",
        "Read more",
        "Most read",
        "Bakery",
        "©",
        "Updated 14:32",
    ):
        assert dropped not in result.body, dropped
    # Hard-wrapped lines are joined back into their paragraphs.
    assert "flooded more than 300 homes" in result.body


@pytest.mark.parametrize(
    "line",
    [
        "Sign up to read this article",
        "Already a member? Sign in here",
        "(Picture: AP)",
        "Photo: Getty Images",
        "READ MORE: Ships collide off the coast",
        "Related Stories",
        "Share this article",
        "© 2026 Example Media",
        "Download the app",
        "Continue reading",
        "Read the full story",
        "Image: Firefighters at the scene on Tuesday, shortly after the roof fell in. (Getty)",
        "Reporting by Jane Doe; Editing by John Roe",
        "(Reuters)",
        "Updated 09:15 BST, 4 June 2026",
        "Also Read",
        "See also",
        "See more on our live blog",
        "Read: Suppliers warn of a slower spring",
        "This post was originally published on this site",
        "Brendan McDermid | Reuters",
        "LONGER TRAINS, FEWER WORKERS: Derailment follows years of railway cost cutting",
        "Ann Lee has been drawing ferries for a decade, and her new book is out […]",
        "(via Harbour Notes)",
        "Next: Seeking the lighthouse.",
        "Submit your letter to the editor via this form.",
        "Want to know more about Ann Lee? Follow her on Mastodon.",
        "Our Standards: The Example Trust Principles.",
        "More information: A. Lee et al. Tides of the outer estuary, Journal of Tides (2026).",
        "Journal of Tides (2026). DOI: 10.1234/tides.5678",
        "Citation: Ferry crews end strike (2026, May 2) retrieved 3 May 2026 from https://x.org/f",
        "Journal of Tides 12, 101-109 (2026)",
        "— Ann Lee (@annlee) May 2, 2026",
        "Written by: Ann Lee",
        "list of 4 items",
        "Copy link",
        "Listen to this article 5 min",
        "Reuse this content",
        "This article is more than 2 years old",
        "This story has been updated with comment from the union.",
        "Contact the author at lw@example.com",
        "Have a tip? Email the newsroom.",
        "Support our journalism",
        "Our journalism relies on readers like you. Donate today.",
        "Tags: ferries, strikes, Northgate",
        "Click to share on Facebook (Opens in new window)",
        "Skip to main content",
        "Enable JavaScript to view the comments",
        "Get the morning's news delivered to your inbox",
        "Get trustworthy local stories from the Estuary Times delivered directly to your inbox.",
        "Stay connected to Northgate news - your way",
        "Read the full statement here.",
        "Continue reading the main story",
        "Terms of use",
        "Privacy policy",
        "Related: Bridge tolls to rise in the spring",
        "Related Story Ann Lee Formally Charged By Estuary Police; Set For Court On Thursday",
        "Crews line up at the quay in Northgate on Saturday [Jo Bloggs/EPA]",
        "Crews at the quay on Saturday morning after the vote. (Jo Bloggs/Estuary Times)",
        "Trending Now",
        "Promoted Stories",
        "Follow Lena Ward on X: @lenaward",
        "lw@example.com",
        "This content was produced by Estuary Times.",
        "View comments",
        "Next article",
        "Got a story? Get in touch",
        "10:32 GMT",
        "Image 1 of 5",
        "Supplied",
        "Advertisement - Scroll to continue",
        "Scroll down for video",
        "Gift this article",
        "Read in app",
        "Leave a comment",
        "Please log in to comment",
        "end of list",
        "Courtesy of Harbour Notes",
        "What do you think? Let us know down below in the comments.",
        "Update May 2nd, 8:05AM ET: Added the operator's statement and a video.",
        "Crews at the quay in Northgate on Saturday after the vote. Photo: Estuary Times",
        "Passengers, who have waited nine days for a crossing, will learn today whether the "
        "crews accept the offer. Photographer: Jo Bloggs/ETW/Harbour Images",
        "Sorry we are not currently accepting comments on this article.",
        ">>Estuary Wire",
        "ByReuters",
        "YouTube video",
        "Companies in this story: (LSE: NFT, LSE: EWR)",
        "This report by The Estuary Press was first published May 2, 2026.",
        "See this: Bridge tolls confirmed for spring!",
        "Ann Lee celebrates after scoring the opening goal … (Photo: ETW/Jo Bloggs)",
        "We're sorry, this feature is currently unavailable. We're working to restore it.",
        "-- Advertisement --",
        "Hide Ad",
        "Read the latest updates below.",
        "If you're enjoying this article, consider supporting our award-winning journalism by "
        "subscribing.",
        "On supporting science journalism",
        "Ferries stop as the strike begins. Here's what that looks like.",
        "In this photo from May 3, crew members leave the quay after the vote.",
        "Crew members celebrate at the quay after the vote. AFP",
        "Ann Lee Credit: Jo Bloggs/ETW",
        "\u26a0\ufe0f A special timetable will run from Monday to Sunday.",
        "\u23f0 Boats will start later and finish earlier than usual.",
        "Crews are back at work pic.twitter.com/Ab12Cd34",
        "\u2022 Follow I follow",
        "Harrowgate 12 Wenlow United 32",
        "Editor in Business.",
        "To contact the reporter on this story: Ann Lee in Northgate at ...",
        "[contf] [contfnew]",
        "Live updates",
        "More from the Estuary Ferry Company",
        "Port strike talks APTN",
        "Northgate quay 'a ghost town like the darkest days of the flood', says port boss",
        "Image captionNorthgate: most of the old quay is now under water",
        "Flood damage on the quay (24 May 2026)Image copyrightETW",
        "Image source, Estuary Police",
        "ByEstuary Times",
        "Harbour Board Shares Slide After Port Strike...",
        "Crews at the quay during the strike. Photo/Jo Bloggs",
        "Associated Press",
        "Ann Lee on 12/10/2026",
        "Avatar photo",
        "(Read: Ferry crews vote to end the strike)",
        "Click to follow",
        "Next article Harbour Board warns of higher fares ...",
        "FILE - In this April 24, 2026 file photo, crews leave. (AP Photo/Jo Bloggs, File)",
        ">>> Ferry crews vote to end the strike after nine days",
        "EXTRA: Read Full Text Of The Union's Statement",
        "Ann Lee Staff Reporter / Estuary Times",
        "Ann Lee writes about ports and shipping for the Estuary Times.",
        "By : , Financial Analyst",
        "Blue avatar for Estuary Times guest contributors",
        "For the best possible experience, we recommend using Chrome, Firefox or Microsoft Edge.",
        "Please enter your comment!",
        "Port strike smells of poor planning | Ann Lee",
        "Goals: Jo Bloggs 14, Ann Lee 41",
        "Harrowgate 4 - Wenlow 0",
        "Harrowgate 4-0 Wenlow United",
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
        "Jo Bloggs-USA TODAY Sports",
        "The Ferry Queen's Last Crossing - In Pictures",
        "Editor's note: A previous version of this story listed the wrong ferries. The list was "
        "in error.",
        "Follow all the latest about the strike on our live blog.",
        "Update — Oct. 21, 2:10 a.m. ET:",
        "Your email address will not be published.",
        "Watch as Ann Lee joins the crew in a rendition of a sea shanty!",
        "Estuary Radio presents live coverage",
        "You can find Estuary Radio at 93.9 FM and 740 AM",
        "The Estuary Express will continue to report the latest news as soon as more "
        "information becomes available.",
        "Jo Bloggs is the Estuary Times's ferries columnist. Follow him on Twitter: @jobloggs.",
        "A video still released by Northgate police from a passenger's phone footage.",
        "REUTERS; A deckhand hugs the union's leader Ann Lee",
        "We'll update you with more information on the strike as soon as it becomes available.",
        "A full list of cancelled crossings is below.",
        "Watch more of our videos on Shots!",
        "and live on Freeview channel 276",
        "Visit Shots! now",
        "At least 36 passengers were hurt when the ferry hit the quay. Estuary News Now/2022",
        "ASSOCIATED PRESS",
        "We need your help now",
        "Support from readers like you keeps the Estuary Times open.",
        "You are visiting us because we have something you value. Independent news.",
        "If you've seen value in our reporting, please contribute what you can.",
        "Avoid fake news! Subscribe to the Estuary SMS service and receive breaking news.",
        "The crowd on the quay at dawn Flickr/Jo Bloggs",
        "Map locating Northgate, where the ferry ran aground on May 4. – AFP graphics",
        "Crews at the quay on Thursday. — Bernama photo",
        "The ferry leaves the quay. - Reuters file photo",
        "Crews were returning from the quay when the ferry ran aground, officials say. / Photo: "
        "Estuary TV",
        # A page's skip link, its labels over other stories and its own prompts
        "Jump directly to the content",
        "Up Next",
        "Related Topics",
        "Related Video",
        "• Visit Estuary Times's homepage for more stories.",
        "Summarize Simplifying... In short The ferry strike is over.",
        # an embedded post's placeholder, a teaser, a radio show's slot, a bare update time
        "External Link: Estuary TV tweet: video of the crowd on the quay",
        "Here's everything you need to know.",
        "Here’s what’s known — and uncertain — about the crash.",
        "Here's what to know about the strike:",
        "Ann Lee 1pm - 4pm",
        "Updated: 4:50 p.m. on March 14.",
        "Posted April 12, 2024 8:41 pm.",
        "Last Updated April 12, 2024 8:56 pm.",
        "Instagram did not return a 200.",
        # a builder's placeholder, a live page's notes on itself, a call for comments, a
        # pointer to the story elsewhere, a slider's control and a browser's note
        "This is a test for Consumer Pay Call to Action",
        "THIS LIVE BLOG IS NOW CLOSED - READ COVERAGE BELOW…",
        "This live blog is now closed. Thank you for following our coverage of the strike.",
        "Estuary Times will be reporting live from the quay, with Ann Lee at the scene.",
        "HAVE YOUR SAY! What do you make of the new rosters? Comment below.",
        "See the story on KXYZ’s website.",
        "Swipe for next article",
        "Notifications can be managed in browser preferences.",
        # an audio player's notice, a broadcaster's prompt to its stream
        "New You can now listen to Estuary Times articles!",
        "Stream Estuary TV newscasts for free right here, right now.",
        # a newsletter's and an account's pitch, a writer's address, a republishing note
        "Receive our in-depth coverage of transport and stories that affect the estuary.",
        "Get updates on the ferry strike and other news as it happens with our free breaking "
        "news email alerts.",
        "Start Free Account Get access to 7 premium stories every month for FREE!",
        "Get more from The Estuary Times with a digital subscription.",
        # a logo's caption, an author's note on themself, a video's blurb set as a point
        "The Estuary Ferries logo displayed on a smartphone screen.",
        "Ann Lee, an Estuary Times writer, has more than a decade covering news, media, and "
        "politics.",
        "• Estuary TV Political Editor Ann Lee analyses the latest developments on the strike",
        # the agencies a story draws on, a video's caption closed by its day and agency
        "Bloomberg and Associated Press",
        # a page's notes on the story, an app's plug, a picture's courtesy
        "This story is breaking and will be updated.",
        "Scroll down for a list of the current status of the ferry routes.",
        "Originally published as Ferry strike ends after nine days",
        "Know the news with the Estuary TV app: Download today",
        "Photo courtesy of the Estuary Ferries Trust",
        # a shopping site's note on its partners, a paywall's notes, an app's plug
        "Many or all of the products featured here are from our partners who compensate us. "
        "This influences which products we write about.",
        "If you are in Reader mode please exit and log into your Times account, or subscribe.",
        "Thank you for your patience while we verify access.",
        "Want to see more of Estuary TV? Get 24/7 fact-based news coverage with the app.",
        "The union says crews will be back at work on Tuesday morning. (Nov. 16) AP",
        "Get access for 3 months for just £3, or get 30% off an annual subscription.",
        "• Ann Lee can be reached at alee@estuarytimes.com.",
        "“Ferry strike ends after nine days” was first published by The Estuary Times, a "
        "nonprofit, nonpartisan media organization that informs readers about the estuary.",
        # a live page's sign-off, a note on how the story was made, a credit in another
        # language, a caption closed by its credit after a dash
        "That is all for today from our live page on the ferry strike.",
        "That's all from uspublished at 18:54 BST 22 September",
        "Thank you for joining us.",
        "You can read more reaction here.",
        'Sources used: "PA Media" Note: This article has been edited with the help of '
        "Artificial Intelligence.",
        "Izvor: Anadolija/Ann Lee",
        # a note on where to find help, a link under an arrow
        "If you have been impacted by any of the issues raised in this report, help is "
        "available: Support helplines",
        ">>See also: Ferry fares at their highest since 2020",
        # a live page's marker over a source's update, and its note over them all
        "Update, 4 p.m. Thursday, July 28, as per Estuary Ferries:",
        # a player's note, a pointer to the outlet's pages, a caption credited after a bar
        "Please use Chrome browser for a more accessible",
        # a broadcaster's podcast plug, a paper's newsletter box, a caption credited in capitals
        "Want a quick and expert briefing on the biggest news stories? Listen to our latest "
        "podcasts to find out What You Need To Know",
        "Unlock the Editor’s Digest for free",
        "Estuary Class 158 at Northgate station ahead of the line's reopening. ESTUARY RAIL.",
        # captions credited via an agency or to a photographer after a dash, a video's title
        "Ann Lee said she will step back while the inquiry takes place. Estuary Parliament/Jo "
        "Bloggs via PA Media",
        "Ferries on standby at the quay in Northgate on Wednesday - Jo Bloggs/Anadolu Agency",
        "'My heart has been ripped out': fans on the ferry line's closure – video",
        "Media playback is unsupported on your device Media caption 'I've been asked for a "
        "timetable'",
        # a paper's sign-offs, a streaming service's plug
        "For more stories like this, check our news page.",
        "Follow Estuary.co.uk on Twitter and Facebook for the latest news updates.",
        "Got a story? Get in touch with our news team by emailing us at news@estuary.example.",
        "- Stream on Estuary+: LaLiga, Bundesliga, more (U.S.)",
        # a donation appeal's lines
        "More than 5,000 readers have already pitched in to keep free access to The Estuary.",
        "For the price of one cup of coffee each week you can help keep paywalls away.",
        # a messaging group's pitch and its terms, a newsletter's and a subscription's pitch
        "POLITICS WHATSAPP: Be first to get the biggest bombshells and breaking news by joining "
        "our Politics WhatsApp group here. We also treat our community members to special "
        "offers, promotions, and adverts from us and our partners.",
        "Sign up to our Politics newsletter Sign up Thank you for signing up! Did you know with a "
        "Digital subscription to the Estuary Post, you can get access to all of our premium "
        "content.",
        "Why not follow Estuary News on Facebook, Twitter and Instagram? You can also send "
        "story ideas to news@estuary.example",
        "Over 600 crew at the port are to be laid off. | Jo Bloggs/Estuary World",
        "Note: This following story was continuously updated through 5:10 p.m. on Thursday, "
        "July 28.",
        "Ann Lee, the union's leader, speaks to crews on the quay on Monday - AFP via Getty Images",
    ],
)
def test_cruft_lines_are_recognised(line: str) -> None:
    assert is_cruft(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council said it would share the cost with the port authority.",
        "Photographers gathered outside the court on Monday.",
        "Read the full ruling, the judge told lawyers, before you comment.",
        "Video showed the two men leaving the building shortly before midnight.",
        "Reporting by local papers showed the contract was never put out to tender.",
        "Published figures show the scheme cost twice as much as planned.",
        "WASHINGTON: The Senate passed the bill late on Tuesday by 52 votes to 48.",
        "Also read into the record was a letter from the mayor.",
        "Next year the council will look at the rosters again.",
        "More than 80 percent of the stories on the ferry blog are written by crews.",
        "Top officials on both sides met at the quay on Tuesday.",
        "Written by hand, the letter reached the council on Monday.",
        "Update: the operator now says the last boat will leave at 11 p.m.",
        "By the numbers",
        "Topics discussed at the meeting included pay and rosters.",
        "Loading the first boat took longer than planned, crews said.",
        "Privacy campaigners said the new cameras at the quay went too far.",
        "Support for the strike fell after the second week, a poll found.",
        "More: the union said it would ballot members again in the autumn.",
        "Crews voted 212 to 40 in favour, a margin of 84/16 (per cent).",
        "Follow the money, the auditor told the council on Monday.",
        "Save the ferry, the banner on the quay read.",
        "Advertising revenue at the port fell by a third last year.",
        "Measuring the tides at 40 sites over ten years, the team led by Ann Lee found that the "
        "highest water rose by 12 centimetres, as it reports in the Journal of Tides, "
        "doi: 10.1234/tides.5678",
        "Via Rail cancelled trains on Tuesday, the company said.",
        "Submit your comments to the council by Friday, residents were told.",
        "Citation of the old law was enough, the judge said.",
        "The photo: a crowd at the quay, taken by a passenger, spread quickly online.",
        "This image is among the first the new camera at the quay has sent back.",
        "The company said it would support our journalism partners in the region.",
        "He scored 12 goals in 32 games for the club.",
        "Ann Lee, the port's chief executive, says the strike has cost the company dearly.",
        "More from the port's accounts showed the loss was larger than thought.",
        "Bystanders watched from the quay as the first boat left.",
        "The Associated Press reported that the toll rose to 250.",
        "Image sources close to the board said the vote was close.",
        "Harrowgate won 4-0 against Wenlow in Northgate.",
        "The union said it had the picture it needed - a clear photo.",
        "NATO: Allies met on Tuesday to discuss it",
        "Here's what Ann Lee said she told the crew over the radio.",
        "Updated figures show 4,750 passengers were stranded on March 14.",
        "Posted by Ann Lee on March 14.",
        "Thank you for joining us, the mayor told crews on the quay.",
        "If you are affected by the strike, the operator says, you can claim a refund.",
        "The council met on Monday - the vote was 9/10 in favour",
        "Crews will vote again on Monday - the union has not said when the result is due.",
        # A paragraph of a story's length that mentions what a prompt says is the story.
        "A new online service is also in the works, and while it will be offered as a free "
        "trial in the console's first few months, it will become a paid service by the fall, "
        "much like its rivals' systems, and include monthly games that are free to "
        "subscribers, which the company says will be announced at a later date.",
    ],
)
def test_article_sentences_are_not_cruft(line: str) -> None:
    assert not is_cruft(line)


BRIDGE = """\
Valley Courier
Local
Swing bridge reopens after two years of repairs
By Owen Pryce
{stamp} The swing bridge over the river Lune reopened to traffic on Saturday, two years after a
barge struck one of its piers and closed it.

Published figures show the crossing carried 4,000 cars a day before it shut.

Share this article
"The town has waited long enough," said Mair Ellis, who runs the cafe beside the bridge.
"""


@pytest.mark.parametrize(
    "stamp",
    [
        "date 2026-06-02",
        "2026-06-02",
        "Published 2 June 2026",
        "Updated: 14:32 GMT, 3 June 2026",
        "June 2, 2026",
        "June 2, 2026, 3 p.m. –",
        # ... or labelled with the hour and the day, the year left out
        "UPDATED, 11:11 a.m., Tuesday, June 2:",
    ],
)
def test_a_date_stamp_glued_to_the_lede_is_cut_off(stamp: str) -> None:
    result = from_text(BRIDGE.format(stamp=stamp))
    assert result.body.startswith("The swing bridge over the river Lune reopened")
    assert "2 June" not in result.body and "2026" not in result.body
    assert stamp in result.dropped
    # Later paragraphs are prose even when they open like a stamp.
    assert "Published figures show the crossing carried 4,000 cars" in result.body
    assert "Mair Ellis" in result.body


def test_an_updates_stamp_glued_under_a_standfirst_and_a_caption_is_cut_off() -> None:
    # The standfirst is taken for the lede, so the stamp sits on the story's second paragraph.
    page = BRIDGE.replace(
        "By Owen Pryce\n{stamp} ",
        "Lorries return to the crossing at Lune Street.\n\n"
        "The bridge at Lune Street on Saturday (Credit: Valley Courier)\n\n"
        "UPDATED, 11:11 a.m., Saturday, June 6: ",
    ).format(stamp="")
    result = from_text(page)
    assert "\nThe swing bridge over the river Lune reopened to traffic" in "\n" + result.body
    assert "UPDATED" not in result.body and "11:11" not in result.body


def test_a_date_stamp_glued_to_the_headline_is_cut_off() -> None:
    page = BRIDGE.replace("Swing bridge", "2026-06-02 Swing bridge").format(stamp="")
    result = from_text(page)
    assert result.title == "Swing bridge reopens after two years of repairs"


def test_labelled_captions_are_dropped_however_long() -> None:
    page = """\
Warehouse fire closes ring road

Image: Firefighters tackle the blaze at the Barrow Lane warehouse on Tuesday. (Getty)

Fire crews spent the night fighting a blaze at a warehouse on Barrow Lane, and the ring road
stayed closed until the morning.

Pictured: Smoke rises above the industrial estate, seen from the town centre late on Tuesday.
Photo: Smoke over the industrial estate.
Photograph: A crew member rests beside an engine after the night shift was over.
Picture: The gutted loading bay, where the fire is thought to have started, on Wednesday.
Video: Residents film the flames from their gardens as the roof of the warehouse collapses.
Watch: The moment the roof of the warehouse gave way, filmed by a neighbour.
Credit: Footage shared with the Courier by a resident of Barrow Lane.

Pictures of the blaze were shared widely online, and the fire service asked people to stay away.

Nobody was hurt, the fire service said, and an investigation into the cause has begun.
"""
    result = from_text(page)
    for kept in ("Fire crews spent the night", "Pictures of the blaze", "investigation"):
        assert kept in result.body, kept
    for caption in (
        "Firefighters tackle",
        "Smoke",
        "crew member",
        "loading bay",
        "Residents film",
        "moment the roof",
        "Footage",
    ):
        assert caption not in result.body, caption


def test_lone_links_to_read_on_are_dropped() -> None:
    page = """\
Library to open on Sundays

The central library will open on Sundays from next month after the council found money for
extra staff in its spring budget.

Read more.

The change follows a petition signed by more than 2,000 people, the council said.

Read more

Opening hours will be from 11am to 4pm, with the children's floor open all day.

Continue reading

The library was last open on Sundays in 2011, before cuts closed it at weekends.

Read the full story
"""
    result = from_text(page)
    for kept in ("central library", "2,000 people", "11am to 4pm", "last open on Sundays"):
        assert kept in result.body, kept
    assert "Read" not in result.body and "Continue" not in result.body
    assert not [line for line in result.body.splitlines() if line.startswith("#")]


RAIL = """\
Minister sets out rail plan
By Ana Costa

The transport minister set out a ten-year plan for the northern railways on Thursday, promising
faster trains between the region's largest cities.

Speaking in Leeds, the minister said the plan would be paid for by the sale of land around
stations and that the first work would
"""


@pytest.mark.parametrize(
    "furniture",
    [
        "",
        "Share this article\nMost read\nMan rescued from flooded underpass\nBakery wins prize\n",
        "Subscribe to keep reading\nAlready a subscriber? Sign in\n",
    ],
)
def test_a_last_paragraph_cut_off_mid_sentence_is_kept(furniture: str) -> None:
    result = from_text(RAIL + furniture)
    assert result.body.rstrip().endswith("and that the first work would")
    assert "ten-year plan" in result.body
    for dropped in ("Share", "Most read", "underpass", "Bakery", "Subscribe", "Sign in"):
        assert dropped not in result.body, dropped


def test_a_short_last_paragraph_cut_off_after_a_whole_sentence_is_kept() -> None:
    page = "\n\n".join(
        ["Ferry terminal to close", *FERRY, "The council has called an emergency meeting. The mayo"]
    )
    assert from_text(page).body.rstrip().endswith("emergency meeting. The mayo")


def test_a_last_paragraph_of_eight_words_cut_off_is_kept() -> None:
    # "at least 30 children" is a fact, though the page stopped before the sentence did.
    page = "\n\n".join(
        ["Ferry terminal to close", *FERRY, "According to the port authority, at least 30 childr"]
    )
    assert from_text(page).body.rstrip().endswith("at least 30 childr")


def test_a_last_paragraph_cut_off_after_who_said_it_is_kept() -> None:
    # Names and abbreviations are most of its words, but "said ... told her ... that the"
    # is a sentence the page stopped.
    cut = "Cllr. Ann Lee, Lab-North Quay, said Jo Bloggs Jr. told her on Tuesday that the"
    page = "\n\n".join(["Ferry terminal to close", *FERRY, cut])
    assert from_text(page).body.rstrip().endswith(cut)


@pytest.mark.parametrize(
    "cut",
    [
        # six words, stopped on a word that waits for more
        "The Estuary Front claimed responsibility for the",
        # few small words but many plain ones
        "Northgate's polls closed at 7 p.m., as voters chose their new mayor following Mayor "
        "Ann Lee'",
        # a name cut off after a small word
        "Union Minister of Commerce & Industry, Consumer Affairs Ann Lee was also present "
        "during the signing ceremony of the Est",
        # a long one that names a panel's members, more capitals than small letters
        "The panel, chaired by former Appeal Court Judge Ann Lee Jr., includes Transport "
        "Secretary Jo “Jojo” Bloggs and Estuary & Co. managing partner Tom Hart, with Northgate "
        "City Mayor Ben Stone serving as special adviser",
        # stopped on "to", its small words few beside its names
        "It is up to Northgate District Attorney Ann Lee to decide how to",
    ],
)
def test_a_last_paragraph_cut_off_short_or_dense_is_kept(cut: str) -> None:
    page = "\n\n".join(["Ferry terminal to close", *FERRY, cut])
    assert from_text(page).body.rstrip().endswith(cut)
    # ... but a link's label over nothing is no paragraph.
    page = "\n\n".join(["Ferry terminal to close", *FERRY, "Read more about the"])
    assert "Read more" not in from_text(page).body


def test_a_last_paragraph_cut_off_under_a_subheading_is_kept() -> None:
    cut = 'Mayor Ann Lee called for the "immediate reopening" of the termin'
    page = "\n\n".join(["Ferry terminal to close", *FERRY, "- 'Anger' -", cut])
    body = from_text(page).body
    assert body.rstrip().endswith(cut)
    assert "Anger" not in body
    # ... but not under a label for other stories.
    page = "\n\n".join(["Ferry terminal to close", *FERRY, "Read more:", cut])
    assert "immediate reopening" not in from_text(page).body


def test_a_last_paragraph_cut_off_after_an_agency_named_in_full_is_kept() -> None:
    # Half its words are capitals, as in a headline, but its verbs are in small letters.
    cut = "The Northgate Maritime and Coastguard Agency is examining Estuary Ferries' damaged hu"
    page = "\n\n".join(["Ferry terminal to close", *FERRY, cut])
    assert from_text(page).body.rstrip().endswith("Ferries' damaged hu")
    # ... and so is one that names a place in full before its verb.
    cut = "St Mary's Hospital in Eastbourne, southern England, is treati"
    page = "\n\n".join(["Ferry terminal to close", *FERRY, cut])
    assert from_text(page).body.rstrip().endswith("southern England, is treati")


def test_a_last_paragraph_cut_off_after_a_whole_clause_and_its_comma_is_kept() -> None:
    cut = "The harbour authority employs around 800 staff, "
    page = "\n\n".join(["Ferry terminal to close", *FERRY, cut])
    assert from_text(page).body.rstrip().endswith("employs around 800 staff,")
    # ... but not a quotation or what someone said, cut before it is said
    for cut in ("“It's going to be quite hard,", "She said that the harbour authority,"):
        page = "\n\n".join(["Ferry terminal to close", *FERRY, cut])
        assert kept(page) == FERRY


def test_a_last_paragraph_cut_off_after_an_embed_waiting_for_consent_is_kept() -> None:
    # The player's placeholder stands where the video would be, not where the story ends.
    consent = (
        "We need your consent to load this media-player contentWe use media-player to manage"
        " extra content that can set cookies on your device and collect data about your"
        " activity. Please review their details and accept them to load the content.Manage"
        " Preferences"
    )
    cut = "The council has called an emergency meeting and is putting pressure on the mayo"
    page = "\n\n".join(["Ferry terminal to close", *FERRY, consent, cut])
    body = from_text(page).body
    assert body.rstrip().endswith("pressure on the mayo")
    assert "consent" not in body and "cookies" not in body


def test_a_title_case_headline_after_the_last_paragraph_is_not_a_cut_off_paragraph() -> None:
    headline = "Why the Northgate Ferry Terminal Has to Close for Good"
    page = "\n\n".join(["Ferry terminal to close", *FERRY, headline])
    assert "Has to Close" not in from_text(page).body


def test_a_list_of_headlines_after_the_last_paragraph_is_not_a_cut_off_paragraph() -> None:
    page = """\
Minister sets out rail plan

The transport minister set out a ten-year plan for the northern railways on Thursday, promising
faster trains between the region's largest cities.

The plan will be paid for by the sale of land around stations, the minister said.
Man who rescued a dog from a flooded underpass says he would do it again
Schools shut as storm moves north
Bakery wins national bread prize
"""
    result = from_text(page)
    assert result.body.rstrip().endswith("the minister said.")
    assert "rescued a dog" not in result.body


def test_wire_credits_are_cut_from_the_paragraphs_they_end() -> None:
    page = """\
Ceasefire talks resume in Geneva

Negotiators returned to Geneva on Monday for a third round of talks on a ceasefire, the
foreign ministry said. (Reuters)

Delegations are expected to stay in the city until at least Thursday. — AP

Founded in 1946, the conference centre has hosted talks on a ceasefire at least a dozen
times since the war began. Two of those rounds ended without a text. (PNA/Xinhua)

"We are hopeful but not naive," one diplomat said. Reporting by Jane Doe in Geneva;
editing by John Roe

Reporting by Tom Poe; Additional reporting by Ann Lee; Editing by John Roe
"""
    result = from_text(page)
    for kept in (
        "the foreign ministry said.",
        "until at least Thursday.",
        'We are hopeful but not naive," one diplomat said.',
        "Two of those rounds ended without a text.",
    ):
        assert kept in result.body, kept
    for credit in ("Reuters", "AP", "Reporting", "Editing", "Jane Doe", "Tom Poe", "Xinhua"):
        assert credit not in result.body, credit
    assert "(Reuters)" in result.dropped and "— AP" in result.dropped


@pytest.mark.parametrize("signoff", [" EFE bks/ssk", " AFP jm/ach", " str-jm/ach"])
def test_a_desks_initials_are_cut_from_the_last_paragraph(signoff: str) -> None:
    page = "\n\n".join(["Ferry terminal to close", *FERRY[:2], FERRY[2] + signoff])
    body = from_text(page).body
    assert body.rstrip().endswith("would ask the council to review it."), body
    assert signoff.split()[-1] not in body


@pytest.mark.parametrize(
    "credit", ["team-press X/ullstein bild via Getty", "Jo Bloggs/IMAGES/Getty"]
)
def test_a_picture_credited_to_getty_on_a_line_of_its_own_is_no_subheading(credit: str) -> None:
    page = "\n\n".join(["Ferry terminal to close", FERRY[0], credit, *FERRY[1:]])
    body = from_text(page).body
    assert "Getty" not in body, body


@pytest.mark.parametrize(
    "furniture",
    [
        "This advertisement has not loaded yet, but your article continues below.",
        "Article content continued",
        "Passengers queue at the old terminal in Northgate on Monday. [Photo/Agencies] |",
        "A ferry leaves the terminal for the last time. [Photo/Xinhua]",
        # ... a caption with the paper's own credit glued after the agency's, or a credit
        # after its label, or the page's style sheet.
        "A ferry leaves the terminal in Northgate on Sunday, Jan. 26, 2020. (AP Photo/Ann "
        "Lee)Ann Lee/The Associated Press",
        "A ferry leaves the terminal for the last time. All crews are on the quay. Picture: "
        "Tom Hart/Estuary News Agency (ENA)",
        ".embed-container { position: relative; padding-bottom: 56.25%; height: 0; } "
        ".embed-container iframe { position: absolute; top: 0; }",
        "Estuary Mole Newsletter is a subscriber only travel trade news publication. If you "
        "are receiving this message, simply enter your email address to sign in or register if "
        "you are not. In order to display the B2B travel content that meets your business "
        "needs, we need to know who are. ITR is free to our subscribers.",
        "This archived news story is available only for your personal, non-commercial use. "
        "Information in the story may be outdated or superseded by additional information. "
        "Reading or replaying the story in its archived form does not constitute a "
        "republication of the story.",
    ],
)
def test_an_empty_ad_slot_and_a_caption_credited_with_a_slash_leave_the_body(
    furniture: str,
) -> None:
    page = "\n\n".join(["Ferry terminal to close", FERRY[0], furniture, *FERRY[1:]])
    body = from_text(page).body
    assert furniture[:30] not in body, body
    assert all(paragraph in body for paragraph in FERRY)


FERRY = [
    "The harbour authority in Northgate said on Tuesday that the old ferry terminal would "
    "close for good at the end of the month.",
    "About 400 people use the terminal each day, most of them commuters, the authority said.",
    "Union officials said they had not been consulted and would ask the council to review it.",
]


def between_paragraphs(line: str) -> Imported:
    """The ferry story imported with ``line`` set after its second paragraph."""
    return from_text("\n\n".join([*FERRY[:2], line, *FERRY[2:]]))


@pytest.mark.parametrize(
    "link",
    [
        " Also Read - Bridge tolls to rise in spring: What commuters need to know",
        " (ALSO SEE: Ferry fares frozen for a year)",
        " Read more: Bridge tolls to rise in spring",
        # a link's title alone in brackets after the last sentence
        " (Bridge tolls to rise)",
        " (Bridge tolls 2027)",
    ],
)
def test_a_link_to_another_story_inside_a_paragraph_is_cut_and_the_paragraph_kept(
    link: str,
) -> None:
    page = "Ferry terminal to close after 60 years\n\n" + "\n\n".join([FERRY[0] + link, *FERRY[1:]])
    result = from_text(page)
    assert result.body.startswith(FERRY[0]), result.body
    assert "Bridge tolls" not in result.body and "fares frozen" not in result.body
    assert link.strip() in result.dropped


@pytest.mark.parametrize(
    "text",
    [
        "The closure (related to the new quay) will save the council money next year.",
        # an agency's credit is the copy's, a photographer's name a picture's
        "The closure will save the council money next year. (Reuters)",
    ],
)
def test_words_in_brackets_that_only_look_like_a_link_stay(text: str) -> None:
    page = "\n\n".join(["Ferry terminal to close", FERRY[0], text, FERRY[1]])
    body = from_text(page).body
    assert text.removesuffix(" (Reuters)") in body, body


def test_a_lede_after_a_day_and_agency_dateline_opens_the_story() -> None:
    lede = (
        "Northgate, Jan 9 (IANS) A Lune high court has acquitted opposition leader Ann Lee "
        "of fraud charge, capping almost two-year-long trial proceedings."
    )
    page = "\n\n".join(["Opposition leader acquitted in fraud case", lede, *FERRY[1:]])
    assert from_text(page).body.startswith(lede)


def test_a_dateline_on_its_own_line_opens_the_first_paragraph() -> None:
    page = "\n\n".join(
        [
            "Ferry terminal to close after 60 years",
            "Commuters queue at the ferry terminal in Northgate on Tuesday morning.",
            "NORTHGATE, Lune (Estuary Wire) -",
            *FERRY,
        ]
    )
    body = from_text(page).body
    # The caption above the dateline was the page's header; the dateline opens the story.
    assert body.startswith("NORTHGATE, Lune (Estuary Wire) - The harbour authority"), body
    assert "Commuters queue" not in body


def test_a_paragraph_of_a_storys_length_above_a_dateline_stays() -> None:
    lede = (
        "The harbour authority in Northgate said on Tuesday that the old ferry terminal, "
        "which has carried commuters across the estuary for sixty years, would close for "
        "good at the end of the month, and that a new terminal on the east quay would "
        "open in the spring to replace it."
    )
    page = "\n\n".join(["Ferry terminal to close", lede, "NORTHGATE, Lune (ETW) - " + FERRY[1]])
    assert from_text(page).body.startswith("The harbour authority in Northgate")


def test_a_standfirst_and_caption_above_the_dateline_leave_the_body() -> None:
    page = "\n\n".join(
        [
            "Ferry terminal to close",
            "Northgate's ferry terminal will close at the end of May after 60 years of service.",
            "Northgate's ferry terminal will close at the end of May. PHOTO: ETW",
            "NORTHGATE (Estuary Wire) - " + FERRY[0],
            *FERRY[1:],
        ]
    )
    body = from_text(page).body
    assert body.startswith("NORTHGATE (Estuary Wire) - The harbour authority"), body
    assert "60 years of service" not in body


@pytest.mark.parametrize("dateline", ["Northgate // ", "AFP - ", "Northgate, Wales – "])
def test_a_standfirst_above_a_place_or_an_agency_alone_as_a_dateline_leaves_the_body(
    dateline: str,
) -> None:
    deck = "Officials said they expected the last crossing to sail on May 31."
    page = "\n\n".join(["Ferry terminal to close", deck, dateline + FERRY[0], *FERRY[1:]])
    body = from_text(page).body
    assert body.startswith(dateline + "The harbour authority"), body
    assert "last crossing" not in body


def test_a_date_stamp_glued_before_the_agency_is_cut_off() -> None:
    page = "\n\n".join([" date 2026-05-02 (Estuary Wire) - " + FERRY[0], *FERRY[1:]])
    body = from_text(page).body
    assert body.startswith("(Estuary Wire) - The harbour authority"), body
    assert "2026-05-02" not in body


def test_a_caption_above_a_place_and_state_dateline_leaves_the_body() -> None:
    page = "\n\n".join(
        [
            "Ferry terminal to close after 60 years",
            "Commuters queue at the ferry terminal in Northgate on Tuesday morning.",
            "Northgate, Lune Valley: " + FERRY[0],
            *FERRY[1:],
        ]
    )
    body = from_text(page).body
    assert body.startswith("Northgate, Lune Valley: The harbour authority"), body


@pytest.mark.parametrize(
    "second",
    [
        "Commuters queue at the old ferry terminal",
        "Commuters queue at the old ferry terminal. Credit: ETW",
    ],
)
def test_a_caption_given_twice_in_a_row_leaves_the_body(second: str) -> None:
    caption = second.split(".")[0] + ("." if "Credit" in second else "")
    page = "\n\n".join([FERRY[0], caption + "\n" + second, *FERRY[1:]])
    body = from_text(page).body
    assert "Commuters queue" not in body, body
    assert all(p in body for p in FERRY)


@pytest.mark.parametrize(
    "lines",
    [
        # a short sentence, a picture's alternative text and its caption
        ["The ferry terminal in Northgate.", "The ferry terminal in Northgate."],
        # a caption, then the same set as the first of a gallery's points
        [
            "A deckhand wipes her eyes as she joins the others on the quay.",
            "  \u2022 A deckhand wipes her eyes as she joins the others on the quay.",
        ],
        # three times with its credit, then once more without it
        [
            "A deckhand ties up the ferry at the quay in Northgate. (ET)\n",
            "A deckhand ties up the ferry at the quay in Northgate. (ET)\n",
            "A deckhand ties up the ferry at the quay in Northgate. (ET)\n",
            "A deckhand ties up the ferry at the quay in Northgate.",
        ],
        # a long caption run into itself with no stop between, then given again
        [
            "Supporters of the Ferry Crews Pay Bill (Northgate) take part in a protest outside "
            "the Harbour Office, Northgate, ahead of a debate on the billSupporters of the Ferry "
            "Crews Pay Bill (Northgate) take part in a protest outside the Harbour Office, "
            "Northgate, ahead of a debate on the bill",
            "Supporters of the Ferry Crews Pay Bill (Northgate) take part in a protest outside "
            "the Harbour Office, Northgate, ahead of a debate on the bill",
        ],
    ],
)
def test_a_caption_given_twice_in_the_story_leaves_the_body(lines: list[str]) -> None:
    page = "\n\n".join([FERRY[0], "\n".join(lines), *FERRY[1:]])
    assert kept(page) == FERRY


def test_a_long_caption_given_twice_with_its_photographers_byline_leaves_the_body() -> None:
    caption = (
        "The Northgate ferry terminal, a listed building of the harbour board, is one of the "
        "oldest on the estuary. It sits beside the quay just across the river from the town."
    )
    page = "\n\n".join([FERRY[0], caption + "\n" + caption + " By Jo R. Bloggs", *FERRY[1:]])
    body = from_text(page).body
    assert "listed building" not in body, body
    assert all(p in body for p in FERRY)


def test_a_subtitle_and_caption_between_a_lede_and_its_repeat_leave_the_body() -> None:
    page = "\n\n".join(
        [
            "Ferry terminal to close after 60 years",
            FERRY[0],
            "New terminal on the east quay will open in spring, authority says",
            "Commuters wait for the morning ferry in Northgate. (Jo Bloggs/Estuary Times)",
            *FERRY,
        ]
    )
    body = from_text(page).body
    assert body.count("The harbour authority") == 1
    assert "east quay" not in body and "Commuters wait" not in body, body
    assert FERRY[2] in body


def test_a_caption_credited_to_a_photographer_inside_the_article_is_dropped() -> None:
    page = "\n\n".join(
        [
            *FERRY[:2],
            "Commuters wait for the morning ferry in Northgate. (Jo Bloggs/Estuary Times)",
            FERRY[2] + " (Estuary Wire)",
        ]
    )
    body = from_text(page).body
    assert "Commuters wait" not in body
    assert body.rstrip().endswith("review it."), body


def test_a_paragraph_given_twice_is_kept_once_and_a_short_question_is_a_subheading() -> None:
    page = """\
Crews search wreckage after derailment

Rescuers combed through the wreckage of a derailed train on Wednesday, and the toll rose to six.

Rescuers combed through the wreckage of a derailed train on Wednesday, and the toll rose to six.

Are rescuers still searching?

Officials said they found no more survivors and were recovering the bodies overnight.

What did the rail operator have to say about the crash?

The operator said its own inquiry would begin once the police had finished at the site.

\"Will the line reopen soon?\" one commuter asked.
"""
    body = from_text(page).body
    assert body.count("Rescuers combed") == 1
    assert "## Are rescuers still searching?" in body
    # ... and so is a longer one that asks what someone said, as the next paragraph tells.
    assert "## What did the rail operator have to say about the crash?" in body
    assert '"Will the line reopen soon?" one commuter asked.' in body.replace("\\", "")


def test_a_short_question_with_an_apostrophe_is_a_subheading() -> None:
    page = "\n\n".join(
        ["Ferry terminal to close for good", FERRY[0], "What’s The Reason?", *FERRY[1:]]
    )
    body = from_text(page).body
    assert "## What’s The Reason?" in body, body


def test_an_article_without_a_headline_or_outlet_name_still_imports(tmp_path: Path) -> None:
    """The title falls back to the opening words and the outlet to the file's name,
    each with a warning saying which flag sets it."""
    text = tmp_path / "harbourwire.txt"
    text.write_text(
        "Search crews found a body in the mangled train cars on Wednesday, hours after the "
        "express derailed on a bend outside the city.\n\n"
        "The rail line between the two cities remained closed as investigators looked for "
        "what went wrong.\n",
        encoding="utf-8",
    )
    result = run_cli("import", str(text), "--event", "derailment", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "pass --title" in result.stderr and "pass --source" in result.stderr
    written = (tmp_path / "content" / "derailment" / "harbourwire.md").read_text("utf-8")
    assert "title: Search crews found a body in the mangled train cars on Wednesday…" in written
    assert "source: harbourwire" in written
    assert run_cli("build", cwd=tmp_path).returncode == 0
    # ... past the place and agency the story opens with, and past a dateline whose state is
    # cut short with a stop, no sentence of its own.
    for dateline in (
        "Northgate, (EWA - Estuary Point / Coast News - 18th Aug, 2026 ) :",
        "NORTHGATE, Fla. - ",
    ):
        text.write_text(
            f"{dateline}Search crews found a body in the mangled train cars on Wednesday, hours "
            "after the express derailed.\n",
            encoding="utf-8",
        )
        result = run_cli("import", str(text), "--event", "derailment", "--force", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        written = (tmp_path / "content" / "derailment" / "harbourwire.md").read_text("utf-8")
        assert "title: Search crews found a body in the mangled train cars on Wednesday…" in written


def test_a_picture_credited_above_the_article_takes_its_caption_and_no_headline() -> None:
    page = """\
Mara Lindqvist | Reuters
Traders work on the floor of the stock exchange.
Check out the companies making headlines after the bell:
Harbour Foods shares dropped as much as 8% in extended trading on Tuesday after the company \
posted better-than-expected quarterly earnings and disappointing guidance for the summer.
For the next quarter the company expects earnings of 55 cents a share, below forecasts.
"""
    found = from_text(page.replace("\\\n", ""))
    assert found.body.startswith("Harbour Foods shares dropped")
    assert "Traders work" not in found.body
    assert found.title is None


# Saved pages: furniture inside the article's own markup, as real news sites put it.
PARAGRAPHS = """
<p>Ferries between Quayside and Northgate resumed on Saturday morning after crews voted to end a
four-day strike over rosters, the operator said in a statement.</p>
<p>The first sailing left at 6.15 a.m. with 212 passengers on board, and a full timetable will run
from Monday, according to the operator, Estuary Link.</p>
<p>"Nobody wanted to keep the boats tied up, but the rosters had to change," said union organiser
Marta Keane, who led the talks for the crews.</p>
<p>Under the agreement, crews will work no more than four night shifts in a row, and the company
will hire six more deckhands before the summer season starts.</p>
"""


def html_page(
    article: str, *, title: str = "Ferry service resumes after strike", head: str = ""
) -> str:
    return (
        f"<!doctype html><html><head><title>{title}</title>"
        '<meta property="og:site_name" content="Estuary Times">'
        f"{head}</head><body><main><article>{article}</article></main></body></html>"
    )


def test_furniture_set_in_bold_or_italics_is_still_furniture() -> None:
    article = (
        PARAGRAPHS
        + '<p><em>Read more</em>: <a href="/a">Harbour dues rise for the third year</a></p>'
        + "<p><em>(Credit: Jo Bloggs / Estuary Photos)</em></p>"
        + '<p><strong>Next:</strong> <a href="/b">The crossing at night</a>.</p>'
    )
    found = from_html(html_page(article))
    for furniture in ("Harbour dues", "Jo Bloggs", "crossing at night"):
        assert furniture not in found.body, furniture
    assert "212 passengers" in found.body and "six more deckhands" in found.body


def test_a_paragraph_that_is_only_a_link_and_a_box_of_other_stories_are_dropped() -> None:
    article = (
        PARAGRAPHS.replace("Estuary Link", '<a href="/link">Estuary Link</a>')
        + '<a href="/other"><p>A lighthouse keeper on the outer islands has kept a diary of every '
        "passing ship for forty years, and now a museum wants it</p></a>"
        + '<div class="nextstory"><h2><a href="/next">Bridge tolls</a></h2>'
        + "<p>The bridge over the estuary will charge drivers a toll from the spring, the county "
        "said, as repair bills for the ageing crossing keep growing.</p></div>"
    )
    found = from_html(html_page(article))
    assert "lighthouse keeper" not in found.body and "toll" not in found.body
    assert "the operator, Estuary Link." in found.body  # a paragraph with a link in it stays


def test_a_box_named_for_other_stories_that_holds_the_article_is_kept() -> None:
    article = '<div class="has-next-post"><h1>Ferry service resumes</h1>' + PARAGRAPHS + "</div>"
    assert "212 passengers" in from_html(html_page(article)).body


def test_the_title_loses_the_outlets_name_and_a_date_after_a_bar() -> None:
    title = "Ferry service resumes after strike | ET | 02.05.2026"
    head = f'<meta property="og:title" content="{title}">'
    found = from_html(html_page(PARAGRAPHS, title=title, head=head), url="https://www.et.com/f")
    assert found.title == "Ferry service resumes after strike"
    dashed = "Ferry service resumes after strike - The Estuary Times"
    assert clean_title(dashed, None, "https://estuarytimes.com/f") == found.title
    # Bars between a page's own parts are the headline: only the outlet and dates go.
    letters = "Letters: Ferry rosters | Bridge tolls | Harbour dues"
    assert clean_title(letters, "Estuary Times", "https://et.com/l") == letters


def test_the_headline_and_the_labels_above_it_leave_the_body() -> None:
    article = (
        "<p>Transport</p><p>May 2, 2026 report</p>"
        "<h1>Ferry service resumes after strike across the estuary</h1>" + PARAGRAPHS
    )
    found = from_html(html_page(article))
    assert found.body.startswith("Ferries between Quayside and Northgate")
    assert "Transport" not in found.body and "report" not in found.body


@pytest.mark.parametrize(
    "byline",
    [
        "<p>By Lena Ward</p>",
        "<p>By LENA WARD, Transport Correspondent</p>",
        '<div>By <a href="/staff/lw">Lena Ward</a> and Bo Roe</div>',
        "<p>Lena Ward<br>Transport correspondent</p>",
    ],
)
def test_a_byline_above_the_article_leaves_the_body(byline: str) -> None:
    found = from_html(html_page(byline + PARAGRAPHS))
    assert found.body.startswith("Ferries between Quayside and Northgate")
    assert "Lena Ward" not in found.body


def test_the_outlets_name_on_its_own_line_leaves_the_body() -> None:
    parts = PARAGRAPHS.split("</p>")
    page = "</p>".join(parts[:2]) + "</p><p>Estuary Times</p>" + "</p>".join(parts[2:])
    found = from_html(html_page(page))
    assert found.source == "Estuary Times" and "Estuary Times" not in found.body


def test_a_separator_without_words_leaves_the_body() -> None:
    parts = PARAGRAPHS.split("</p>")
    page = "</p>".join(parts[:2]) + "</p><p>* * *</p><p>---</p>" + "</p>".join(parts[2:])
    body = from_html(html_page(page)).body
    assert "* * *" not in body and "---" not in body and body.count("\n\n") == 3


def test_a_byline_run_into_the_note_on_its_authors_leaves_the_body() -> None:
    byline = (
        "- By Lena Ward and Bo Roe Ward and Roe write for the Associated Press and reported "
        "from Quayside and Northgate, respectively."
    )
    body = from_text("\n\n".join(["Ferry terminal to close", byline, *FERRY])).body
    assert "Lena Ward" not in body and all(p in body for p in FERRY), body


def test_what_only_looks_like_a_byline_stays() -> None:
    found = from_html(html_page("<h2>By the numbers</h2><ul><li>Crews back</li></ul>" + PARAGRAPHS))
    assert found.body.startswith("## By the numbers\n\n- Crews back")


def test_a_headline_after_the_standfirst_leaves_the_body_and_the_standfirst_stays() -> None:
    standfirst = (
        "<p>Crews on the estuary ferries go back to work after four days, with new rosters</p>"
    )
    found = from_html(
        html_page(standfirst + "<h1>Ferry service resumes after strike</h1>" + PARAGRAPHS)
    )
    assert found.body.startswith("Crews on the estuary ferries go back to work")
    assert "# Ferry service" not in found.body


def test_a_standfirst_in_clauses_without_a_full_stop_stays_and_the_headline_leaves() -> None:
    headline = "Ferry crews accept pay offer from operator"
    standfirst = (
        "Ferry crews on the estuary have accepted a new pay offer, that includes a shorter "
        "night rota, with 61% voting for it in a ballot"
    )
    found = from_text("\n\n".join([headline, standfirst, *STORY]))
    assert kept("\n\n".join([headline, standfirst, *STORY])) == [standfirst, *STORY]
    assert found.title == headline


def test_a_claim_and_who_made_it_without_a_full_stop_is_a_paragraph_not_a_heading() -> None:
    claim = "Two crew members were hurt, the Northgate Ambulance Service said"
    kept_paragraphs = kept("\n\n".join([STORY[0], claim, *STORY[1:]]))
    assert kept_paragraphs == [STORY[0], claim, *STORY[1:]]
    # ... and so is a sentence the page broke off after its comma.
    broken = "Northgate will therefore pay about $10.4m in total,"
    assert kept("\n\n".join([STORY[0], broken, *STORY[1:]])) == [STORY[0], broken, *STORY[1:]]
    # ... while a subheading, without a full stop and without a speaker, is none.
    heading = "Crews back at work on Tuesday after nine days out"
    assert heading not in kept("\n\n".join([STORY[0], heading, *STORY[1:]]))


def test_a_lead_in_worded_as_a_sentence_stays_a_paragraph_though_its_post_is_lost() -> None:
    lead_ins = [
        "Tributes came from the mayor, Jo Bloggs:",
        "As did harbour master Ann Lee:",
        # ... or says who speaks next
        "The operator said it “strongly disagreed” with the union and will appeal:",
        "The regulator added:",
    ]
    page = "\n\n".join([STORY[0], *lead_ins, *STORY[1:]])
    assert kept(page) == [STORY[0], *lead_ins, *STORY[1:]]
    # ... while a widget's label, in small letters, is no sentence of the story
    assert "ferrynews.com Market voices on:" not in kept(
        "\n\n".join([STORY[0], "ferrynews.com Market voices on:", *STORY[1:]])
    )


def test_a_sentence_broken_around_short_names_set_apart_as_links_is_joined_back() -> None:
    page = "\n\n".join(
        [
            "NORTHGATE --",
            "Estuary Ferries",
            "(EFL) - Get Report",
            "and",
            "Harbour Holdings",
            "(HHL)",
            "announced a merger on Tuesday that could reshape the ferry market.",
            "The deal would make Estuary Ferries the second largest operator, after",
            "Coastline Group",
            "(CLG) - Get Report",
            ".",
            *STORY[1:],
        ]
    )
    assert kept(page) == [
        "NORTHGATE -- Estuary Ferries (EFL) and Harbour Holdings (HHL) announced a merger on "
        "Tuesday that could reshape the ferry market.",
        "The deal would make Estuary Ferries the second largest operator, after Coastline Group "
        "(CLG).",
        *STORY[1:],
    ]


def test_a_line_break_in_a_heading_keeps_the_heading_whole() -> None:
    article = PARAGRAPHS + "<h4>Crews will<br/>\nwork fewer nights</h4>" + PARAGRAPHS
    found = from_html(html_page(article))
    assert "#### Crews will work fewer nights" in found.body
    assert "\nwork fewer nights" not in found.body


def test_a_standfirst_set_as_a_heading_is_prose_and_its_date_is_dropped() -> None:
    standfirst = (
        "<h2>Crews voted to end a four-day strike over rosters, and the first boat left on time. "
        "Will the deal hold through the summer?<span>Saturday, 2 May 2026</span></h2>"
    )
    question = (
        "<h2>What did the crews win in the talks, and what will the new rosters cost the "
        "operator in the coming year?</h2>"
    )
    found = from_html(html_page(standfirst + PARAGRAPHS + question + PARAGRAPHS))
    assert found.body.startswith("Crews voted to end a four-day strike")
    assert "2 May 2026" not in found.body
    assert "## What did the crews win" in found.body  # further down, a question is a heading


def test_a_subheading_in_capitals_is_a_heading() -> None:
    found = from_html(html_page(PARAGRAPHS + "<p>A DEAL ON ROSTERS</p>" + PARAGRAPHS))
    assert "## A DEAL ON ROSTERS" in found.body


def test_an_article_the_page_gives_only_as_metadata_is_imported() -> None:
    sentences = [
        f"Crews on the {n} ferry route voted to end their strike over rosters on Saturday."
        for n in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
    ]
    body = " ".join(sentences * 2) + (
        " Lena Ward is a transport reporter and a former harbour pilot on the estuary."
    )
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "author": {"@type": "Person", "name": "Lena Ward"},
        "articleBody": body,
    }
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    # What a paywalled page shows: a picture's caption and a prompt, past trafilatura's minimum.
    shown = (
        "<p>Crews gather at the quay in Northgate on Saturday morning, a few hours after they "
        "voted to end the four-day strike over their rosters. Photo: AP</p>"
        "<p>Sign up to read this article and every other story from the Estuary Times, with "
        "unlimited access on all of your devices and a free trial for a month.</p>"
    )
    found = from_html(html_page(shown, head=head))
    assert "seventh ferry route" in found.body
    assert "Photo: AP" not in found.body
    assert found.author == "Lena Ward" and "harbour pilot" not in found.body


def test_a_heading_left_over_nothing_at_the_end_is_dropped() -> None:
    # As trafilatura gives a page whose closing list of links is then left out.
    blocks = [
        "Ferries between Quayside and Northgate resumed on Saturday after the strike ended.",
        "## Deal on rosters",
        "Crews will work no more than four night shifts in a row under the agreement.",
        "#### From around the estuary:",
        "- Bridge tolls to rise in the spring\n- Lighthouse diary goes on show",
    ]
    links = {"bridge tolls to rise in the spring lighthouse diary goes on show"}
    kept, dropped = tidy(blocks, title=None, author=None, links=links)
    assert kept == blocks[:3]
    assert "#### From around the estuary:" in dropped
    # A pull quote set as the last heading is the article's own words.
    quote = "### “We will keep the boats running all summer,” Keane said."
    assert tidy([*blocks[:3], quote], title=None, author=None, links=set())[0][-1] == quote


def test_a_lead_in_to_links_takes_its_list_and_the_author_is_no_outlet() -> None:
    blocks = [
        "Ferries between Quayside and Northgate resumed on Saturday after the strike ended.",
        "*Want to learn more about the crews of the estuary? Read about:*",
        "- *Ann Lee, deckhand on the night boat*\n- *Bo Roe, pilot for thirty years*",
        "*Check back soon: we will add a new interview every week.*",
    ]
    assert tidy(blocks, title=None, author=None, links=set())[0] == blocks[:1]
    head = '<meta name="author" content="The Estuary Times">'
    assert from_html(html_page(PARAGRAPHS, head=head)).author is None


def test_a_caption_whose_credit_was_lost_after_its_bar_leaves_the_body() -> None:
    caption = (
        "The crossing has seen five records and may have added another to its books when "
        "the Northgate ferry made it in 41 minutes. Last year's record was 44 minutes.|"
    )
    assert kept("\n\n".join([STORY[0], caption, *STORY[1:]])) == STORY


def test_a_picture_described_by_its_kind_leaves_the_body_but_a_lead_in_stays() -> None:
    for caption in (
        "Aerial image of the quay showing the ferries at their berths.",
        "Close up of a ticket being checked between a passenger and a steward on deck.",
    ):
        assert kept("\n\n".join([STORY[0], caption, *STORY[1:]])) == STORY
    lead_in = "A photo of the agreement showed pledges including:"
    points = "- A pay rise of 4%\n- A new rota from June"
    story = [STORY[0], lead_in, points, *STORY[1:]]
    assert any(lead_in in p for p in kept("\n\n".join(story)))


def test_a_summary_box_label_in_capitals_is_no_author() -> None:
    page = "\n\n".join(
        [
            "KEY POINTS",
            "  • The ferry strike ended after nine days.",
            "  • Crews accepted a new pay offer.",
            *STORY,
        ]
    )
    found = from_text(page)
    assert found.author is None
    assert "KEY POINTS" not in found.body


def test_a_name_over_a_caption_that_the_lede_names_or_an_outlets_name_is_no_author() -> None:
    lede = (
        "Marta Reyes, who led the ferry crews through nine days on strike, said on Monday "
        "that the union had accepted the operator's new pay offer."
    )
    page = "\n\n".join(
        [
            "Ferry strike ends after nine days",
            "Marta Reyes\nCrews, who have waited nine days for a deal, will vote today on the "
            "offer. Photographer: Jo Bloggs/ETW/Harbour Images",
            lede,
            *STORY[1:],
        ]
    )
    found = from_text(page)
    assert found.author is None
    assert found.body.split("\n\n")[0] == lede
    # A name alone over a lede that does not name it signs the story; a publication's or
    # a page's controls set in capitals do not.
    signed = page.replace("Marta Reyes\n", "Tom Hart\n")
    assert from_text(signed).author == "Tom Hart"
    for line in ("Estuary Gazette", "Share Adjust Comment Print", "ARTICLE AD BOX"):
        assert from_text(page.replace("Marta Reyes\n", line + "\n")).author is None, line


def test_two_points_of_headlines_between_paragraphs_are_links_not_subheadings() -> None:
    links = ["* Ferry crews to vote on pay offer", "* Northgate's long strike in pictures"]
    page = "\n\n".join([STORY[0], "\n".join(links), *STORY[1:]])
    assert kept(page) == STORY


@pytest.mark.parametrize("signed", [", Tom Hart reports", ". TOM HART reports."])
def test_a_standfirst_signed_at_its_end_leaves_the_body_and_names_the_author(signed: str) -> None:
    standfirst = (
        "The strike's end surprised the whole harbour, but it was a shock even for the crews "
        "in the hall" + signed
    )
    opening = "It was an end that nobody in the harbour saw coming."
    found = from_text("\n\n".join([standfirst, opening, *STORY]))
    assert found.author == "Tom Hart"
    assert found.body.strip().split("\n\n") == [opening, *STORY]


def test_a_closing_line_about_the_author_is_dropped() -> None:
    head = '<meta name="author" content="Lena Ward">'
    note = "<p>Lena Ward is the transport reporter of the Estuary Times and a former pilot.</p>"
    found = from_html(html_page(PARAGRAPHS + note, head=head))
    assert found.author == "Lena Ward"
    assert "former pilot" not in found.body and "six more deckhands" in found.body


def test_an_embedded_posts_signature_and_picture_link_are_dropped() -> None:
    tweet = (
        '<blockquote class="twitter-tweet"><p>The first boat is out, crews are back at work '
        'pic.twitter.com/Ab12Cd34</p>— Ann Lee (@annlee) <a href="/s">May 2, 2026</a></blockquote>'
    )
    found = from_html(html_page(PARAGRAPHS + tweet + PARAGRAPHS))
    assert "pic.twitter.com" not in found.body and "@annlee" not in found.body


STORY = [
    "The ferry strike ended on Monday after the union accepted a new pay offer from the "
    "operator, which had cancelled every crossing for nine days.",
    "Crews will be back at work on Tuesday morning, the union said.",
    "The operator said it would publish a new timetable by the end of the week.",
]


def test_an_excerpt_above_the_headline_given_again_leaves_the_body() -> None:
    excerpt = "The union accepted a new pay offer on Monday. Crossings resume on Tuesday."
    page = "\n\n".join(
        [
            "Ferry strike ends after nine days",
            excerpt,
            "Ferry strike ends after nine days\n" + STORY[0],
            *STORY[1:],
        ]
    )
    result = from_text(page)
    assert result.title == "Ferry strike ends after nine days"
    assert kept(page) == STORY
    # A headline given once leaves the paragraphs under it whole.
    story = [excerpt, *STORY]
    assert kept("\n\n".join(["Ferry strike ends after nine days", *story])) == story


def test_a_header_set_apart_by_line_breaks_above_a_dated_lede_leaves_the_body() -> None:
    header = (
        "Ferry strike ends after nine days\n"
        "Crews accepted the pay offer in a vote on Monday.\n"
        "Estuary Wire May 02, 2026 16:44:00 IST\n"
        "Crews voted to accept the offer by 212 to 40.\n"
        "Crew members at the quay after the vote"
    )
    page = header + "\n\nNorthgate: " + "\n\n".join(STORY)
    body = from_text(page).body
    assert body.startswith("Northgate: The ferry strike ended")
    assert "212 to 40" not in body and "16:44" not in body


def test_a_headline_set_right_above_the_lede_does_not_take_the_lede() -> None:
    for top in ("Ferry strike ends\n", "Ferry strike ends\nBy Ann Lee\n"):
        body = from_text(top + "\n\n".join(STORY)).body
        assert body.startswith("The ferry strike ended"), body


def test_a_teaser_that_repeats_the_ledes_first_words_leaves_the_body() -> None:
    page = "Summary\nThe ferry strike ended on Monday after the union accepted…\n\n" + "\n\n".join(
        STORY
    )
    body = from_text(page).body
    assert body.startswith("The ferry strike ended") and "accepted…" not in body


def test_a_numbered_line_stays_text_rather_than_a_list() -> None:
    page = "\n\n".join([*STORY[:2], "1. Pay rises by 4% from June for every deckhand. Agreed"])
    body = from_text(page).body
    assert "1\\. Pay rises by 4%" in body and "## " not in body


@pytest.mark.parametrize(
    ("lead", "points"),
    [
        (
            "What are the main terms?",
            ["Pay will rise by 4% from June", "Rosters return to four nights"],
        ),
        (
            "In the last quarter, the operator carried:",
            ["74,468,000 passengers", "21,419,000 cars"],
        ),
    ],
)
def test_the_points_under_a_question_or_a_colon_stay_in_the_body(
    lead: str, points: list[str]
) -> None:
    page = "\n\n".join([*STORY[:2], lead, *points, STORY[2]])
    body = from_text(page).body
    assert all(point in body for point in points)


def test_a_one_word_label_or_the_headline_again_is_no_subheading() -> None:
    page = "Ferry strike ends\n\n" + "\n\n".join(
        [STORY[0], "FINAL", STORY[1], "Ferry strike ends", STORY[2]]
    )
    body = from_text(page).body
    assert "FINAL" not in body and "## " not in body and STORY[2] in body


def test_a_paragraph_cut_off_after_a_caption_is_kept() -> None:
    cut = (
        "Revenue also fell short of what analysts had expected, as the operator continues to "
        "pay for the new boats it ordered last year and for the repairs to the"
    )
    page = "\n\n".join([*STORY, "Ann Lee Credit: Jo Bloggs/ETW", cut])
    body = from_text(page).body
    assert "Revenue also fell short" in body and "Credit" not in body


def test_a_first_paragraph_printed_without_its_full_stop_is_the_lede() -> None:
    lede = (
        "The head of the ferry company says crews will be back at work on Tuesday after a "
        "strike that cancelled every crossing for nine days and cost the company millions"
    )
    page = "Ferry strike ends\n\n" + lede + "\n\n" + "\n\n".join(STORY[1:])
    assert from_text(page).body.startswith("The head of the ferry company")


def test_an_authors_box_a_pull_quote_and_a_pictures_file_name_leave_the_body() -> None:
    quote = "The operator said it would publish a new timetable by the end of the week"
    page = "\n\n".join(
        [
            "| 02/05/2026 ferry-quay_4559_600x450.jpg(ETW): " + STORY[0],
            "Ann Lee\nEditor in Transport.",
            STORY[1],
            quote,
            "Yes, " + STORY[2][0].lower() + STORY[2][1:],
        ]
    )
    body = from_text(page).body
    assert body.startswith("The ferry strike ended")
    assert "Ann Lee" not in body and "Editor" not in body
    assert quote not in body.replace("Yes, the operator", "")
    # ... and so does a picture's slot marker glued to the lede.
    page = "\n\n".join(["|PIC1|" + STORY[0], *STORY[1:]])
    assert from_text(page).body.startswith("The ferry strike ended")


def test_a_caption_run_into_itself_leaves_the_body() -> None:
    caption = "Ann Lee speaking to crews at the quay."
    page = "\n\n".join([STORY[0], caption + caption, caption, *STORY[1:]])
    assert "speaking to crews" not in from_text(page).body


def test_a_standfirst_that_repeats_the_ledes_first_sentence_gives_way_to_the_dated_lede() -> None:
    first = STORY[0]
    lede = "Northgate: " + first + " Crews will vote again in June."
    page = "\n\n".join([first, "Strike over", lede, *STORY[1:]])
    body = from_text(page).body
    assert body.startswith("Northgate: The ferry strike ended") and body.count(first) == 1
    assert "Strike over" not in body


def test_a_lede_dated_by_its_place_before_a_colon_is_no_standfirst() -> None:
    # The next paragraph tells the lede's news again in most of its words, as a lede tells
    # a standfirst's; a standfirst carries no dateline.
    lede = "Northgate: The ferry strike ended on Monday after the union accepted a pay offer."
    retold = "The union accepted the operator's pay offer on Monday and the ferry strike ended."
    page = "\n\n".join(["Ferry strike ends", lede, retold, *STORY[1:]])
    assert kept(page) == [lede, retold, *STORY[1:]]


def test_a_lede_with_a_figure_the_next_paragraph_lacks_is_no_standfirst() -> None:
    # The next paragraph shares half the lede's longer words, as a lede shares a
    # standfirst's; but the lede counts the jobs, which a standfirst would leave to it.
    lede = (
        "Estuary Steel has confirmed its plant in Northgate will close with the loss of 1,700 jobs."
    )
    after = (
        "The steel company suspended production last week, leaving the plant's future unclear. "
        "Today it confirmed the plant will close."
    )
    page = "\n\n".join(["Estuary Steel to close Northgate plant", lede, after, *STORY[1:]])
    assert kept(page) == [lede, after, *STORY[1:]]


def test_a_market_reports_section_label_is_no_dateline_to_start_the_story_at() -> None:
    markets = [
        "STOCKS: The blue-chip index extended gains, rising 0.3 per cent on the day.",
        "FOREX: Sterling fell to a session low of $1.2752 immediately after the decision.",
    ]
    page = "\n\n".join(["Estuary bank cuts rates", *STORY, *markets])
    assert kept(page) == [*STORY, *markets]


def test_the_lede_given_again_under_a_credited_caption_of_itself_stays_once() -> None:
    page = "\n\n".join(["Ferry strike ends", STORY[0], STORY[0] + " PHOTO: EPA", *STORY])
    body = from_text(page).body
    assert body.startswith(STORY[0]) and body.count(STORY[0]) == 1 and "EPA" not in body


def test_the_line_under_a_caption_label_is_the_caption() -> None:
    page = "\n\n".join([STORY[0], "Image caption,\nCrews at the quay", *STORY[1:]])
    body = from_text(page).body
    assert "Crews at the quay" not in body and "Image" not in body and STORY[2] in body


def test_a_share_price_widget_is_cut_from_the_sentence_it_sits_in() -> None:
    page = "\n\n".join(
        ["The board of Estuary Ferries (LSE: EFC.L - news) backed the offer on Monday.", *STORY]
    )
    body = from_text(page).body
    assert body.startswith("The board of Estuary Ferries backed the offer on Monday.")


def test_an_authors_name_that_opens_their_byline_box_leaves_the_body() -> None:
    box = "Ann Lee Staff Reporter / Estuary Times\nAnn Lee"
    page = "\n\n".join([STORY[0], box, *STORY[1:]])
    body = from_text(page).body
    assert "Ann Lee" not in body and STORY[2] in body


def test_a_last_paragraph_after_a_sentence_that_introduces_it_is_kept() -> None:
    lead = (
        "The deal has been welcomed by the new Chancellor, who described it as a vote of "
        "confidence in the port following the strike:"
    )
    cut = "Ann Lee, chief executive of the operator, said: \u201cWe have long admired the crews and"
    page = "\n\n".join([*STORY, lead, cut])
    body = from_text(page).body
    assert "vote of confidence" in body and "We have long admired" in body


def test_a_pictures_credit_glued_before_the_dateline_is_cut() -> None:
    page = "Jo Bloggs/Getty Images(NORTHGATE, Estuary) \u2014 " + "\n\n".join(STORY)
    body = from_text(page).body
    assert "Getty" not in body and "The ferry strike ended" in body


def test_a_pictures_credit_set_between_bars_and_glued_to_the_lede_is_cut() -> None:
    credit = "Jo Bloggs | Estuary Images | LightRocket | Getty Images "
    body = from_text(credit + "\n\n".join(STORY)).body
    assert body.startswith("The ferry strike ended") and "Getty" not in body
    # A bar inside the story's own words is no credit.
    line = "Crews voted 310 | 12 in favour of the offer on Monday, the union said."
    assert line in from_text("\n\n".join([STORY[0], line, *STORY[1:]])).body


def test_a_chart_caption_given_twice_with_its_source_in_brackets_is_dropped() -> None:
    chart = "The operator does not expect the new timetable to change its revenue this year."
    page = "\n\n".join(
        [STORY[0], f"{chart}\n(Source: Estuary Wire)\n{chart}\n(Source: Estuary Wire)", *STORY[1:]]
    )
    assert kept(page) == STORY


def test_text_that_carries_a_stray_tag_is_still_text(tmp_path: Path) -> None:
    page = (
        "Breaking News\n\nFerry strike ends\n\n"
        + STORY[0]
        + '\n\n<p><span class="cutline">Crews at the quay.</span></p>\n\n'
        + "\n\n".join(STORY[1:])
    )
    source = write(tmp_path / "ferry.txt", page)
    result = run_cli("import", str(source), "--event", "ferry", "--source", "ETW", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "The ferry strike ended" in (tmp_path / "content/ferry/etw.md").read_text()


def kept(page: str) -> list[str]:
    """The paragraphs plain-text import keeps of ``page``."""
    return [p.strip() for p in from_text(page).body.split("\n\n") if p.strip()]


def test_link_labels_run_into_their_links_warnings_offers_and_wire_captions_leave_the_body() -> (
    None
):
    furniture = [
        "More:Ferry strike: what the deal means for you?",
        "Read MoreFerry fares to rise by 4% in April",
        "READ SOME MORE",
        "WARNING: This story contains images which may distress some readers.",
        "Unlimited Digital Access. $1 for 4 weeks.",
        "A deckhand waves to crews at the quay in Northgate on May 2, 2026. The strike closed "
        "every crossing for nine days.",
        "Some information for this report provided by Reuters.",
        "More to come ...",
    ]
    assert kept("\n\n".join([STORY[0], *furniture[:6], *STORY[1:], *furniture[6:]])) == STORY


def test_a_summary_boxs_points_leave_the_body_however_they_are_set() -> None:
    points = [
        "The ferry strike is over after nine days of cancelled crossings.",
        "Crews return to work on Tuesday under a new pay deal.",
        "The operator will publish a new timetable this week.",
    ]
    # As short sentences under the label, above a longer first paragraph of the story ...
    assert kept("\n\n".join(["Ferry strike ends", "In short:", *points, *STORY])) == STORY
    # ... as a list inside the story, the story going on in a short sentence after it ...
    listed = [f"\u2022 {p}" for p in points]
    page = [STORY[0], "What to Know", *listed, *STORY[1:]]
    assert kept("\n\n".join(page)) == STORY
    # ... or as lines without full stops, whose box ends at the first sentence that has one.
    plain = [p.rstrip(".") for p in points[:2]]
    story = [STORY[1], *STORY[2:]]
    assert kept(
        "\n\n".join(["Ferry strike ends", f"Key points: {plain[0]}", plain[1], *story])
    ) == (story)


def test_a_lede_opened_by_its_agencys_credit_under_a_standfirst_given_again_is_kept() -> None:
    lede = "(ETN) - The ferry strike is over after nine days, the union said on Monday."
    second = (
        "The union said its members had voted by a large majority to accept the offer, which "
        "raises pay by 4 per cent this year and guarantees that no crossings will be cut before "
        "next summer."
    )
    byline = "by Ann Lee and Tom Hart, Estuary Times / May 4, 2026"
    page = ["Ferry strike ends after nine days", second, byline, lede, second, *STORY[1:]]
    assert kept("\n\n".join(page)) == [lede, second, *STORY[1:]]


def test_a_byline_run_into_the_wire_s_dateline_leaves_the_lede() -> None:
    # As Reuters's copy came on Yahoo: "By Ann Lee CHARLOTTE, North Carolina (Reuters) - ...".
    lede = "NORTHGATE, Estuary (Reuters) - " + STORY[0]
    page = ["Ferry strike ends after nine days", "By Ann Lee " + lede, *STORY[1:]]
    assert kept("\n\n".join(page)) == [lede, *STORY[1:]]


def test_a_box_of_share_prices_leaves_the_body() -> None:
    box = (
        "Ticker Security Last Change Change %\nEST ESTUARY FERRIES PLC 415.00 -11.89 -2.79%\n"
        "NGT NO DATA AVAILABLE - - -"
    )
    assert kept("\n\n".join([STORY[0], box, *STORY[1:]])) == STORY


def test_a_lede_dated_before_a_colon_opens_the_story_above_a_second_headline() -> None:
    lede = "Northgate, May 4: The ferry strike is over after nine days, the union said."
    page = ["Ferry strike ends after nine days", lede, "Crews back at work as strike ends", *STORY]
    assert kept("\n\n".join(page)) == [lede, *STORY]


def test_a_wire_pictures_caption_run_on_after_a_paragraph_leaves_with_its_credit() -> None:
    caption = (
        "Crews help passengers off a ferry at the quay in Northgate, Estuary County, on May 4, "
        "2026. (REUTERS)"
    )
    page = "\n\n".join(["Ferry strike ends", f"{STORY[0]} {caption}", *STORY[1:]])
    assert kept(page) == STORY
    # A paragraph whose last sentence dates a day gone by, with no credit after it, stays.
    dated = f"{STORY[0]} The last strike at the port ended on May 4, 2016."
    assert kept("\n\n".join(["Ferry strike ends", dated, *STORY[1:]])) == [dated, *STORY[1:]]


def test_sentences_that_open_like_furniture_but_report_stay() -> None:
    story = [
        STORY[0],
        "More than 40 crossings were cancelled, and the operator warned it may take a week to "
        "clear the backlog.",
        "Warning: the union said its members would strike again if the deal was broken, a threat "
        "the operator called unhelpful.",
        "The mayor waves aside criticism, she said on May 2, 2026, and backs the deal.",
        "Union leader Ann Lee (right) will stay on, working with the operator's chief (left).",
    ]
    assert kept("\n\n".join(story)) == story


def test_the_pages_date_stamp_gives_the_day_it_was_published() -> None:
    for stamp, day in (
        ("Page last updated at 09:15 GMT, Monday, 4 May 2026", "2026-05-04"),
        ("date 2026-05-04", "2026-05-04"),
        ("May 4, 2026 —", "2026-05-04"),
    ):
        page = "\n\n".join(["Ferry strike ends after nine days", stamp, *STORY])
        found = from_text(page)
        assert found.published == day, stamp
        assert found.title == "Ferry strike ends after nine days"
        assert stamp.split()[0] not in found.body
    # A day in figures only may be read two ways: no date rather than a wrong one.
    assert from_text("\n\n".join(["04/05/2026", *STORY])).published is None


def test_a_caption_a_date_line_or_a_summary_point_is_no_headline() -> None:
    for header in (
        "Crews return to the quay in Northgate. Photo by Ann Lee/Reuters",
        "Northgate, May 4, 2026",
        "NORTHGATE – Reuters",
        "* Operator to publish a new timetable",
        "Your web browser is no longer supported. To improve your experience update it here",
    ):
        assert from_text("\n\n".join([header, *STORY])).title is None, header
    # A label before the headline and the site's name after it are no part of it.
    labelled = "Update | Ferry strike ends after nine days | Estuary Times"
    assert from_text("\n\n".join([labelled, *STORY])).title == "Ferry strike ends after nine days"


@pytest.mark.parametrize(
    "furniture",
    [
        # links under a label, a dated byline, a pointer to a gallery
        [
            "Related links:\n- Ferry strike: the live blog, as it happens\n- Poll: Was the deal "
            "fair?\n- Timetable: what changes on Tuesday",
            "Read as well: Port strike: Unions vote on a new deal",
            "May 4, 2026|By Ann Lee and Tom Hart",
            "See photos and videos of the strike on our interactive map",
        ],
        # links under a label, set as lines without points
        [
            "Watch: How the ferry strike unfolded in ninety seconds\nFerry strike: what happens "
            "to the season tickets you bought?\nCourt hears the operator's case against the union",
        ],
        # a summary box: its label glued to the first point, the points without full stops
        [
            "Key points: The ferry strike is over after nine days",
            "Crews return to work on Tuesday",
        ],
        # wires' captions with the day at their end, or a photographer's credit
        [
            "Passers-by watch the ferries at the quay in Northgate, Estuary County, 2 May 2026.",
            "A deckhand takes pictures as the first ferry leaves the quay in Northgate, on May 2, "
            "2026, in Estuary County.",
            "Crews cheer on the quay. The strike closed every crossing. EPA-EFE/Ann Lee",
        ],
        # captions with their credit after the sentence, labelled or in brackets, and a
        # caption cut short then given whole with its credit
        [
            "Deckhands search the hold in Northgate on Tuesday. The strike closed every "
            "crossing. Photo by Ann Lee/EPA-EFE",
            "A deckhand holds a mooring rope at the quay in Northgate. (Ann Lee)",
            "The union's leader delivers a statement in Northgate on Monday. (Reuters)",
            "The first ferry leaves the quay in Northgate, the busiest crossing in the ...",
            "The first ferry leaves the quay in Northgate, the busiest crossing in the county.  "
            "Photo: Reuters",
        ],
        # someone doing something, now, on a day gone by; an agency's or a photographer's
        # credit after the caption
        [
            "Estuary Ferries' captain Ann Lee does a lap of honour on the quay yesterday.",
            "A deckhand is trapped on the quay on Tuesday in Northgate, the busiest crossing.",
            "Crews leave the quay in Northgate in this May 2, 2026 file photo. Reuters Photo",
            "Crews wait at the quay in Northgate. ((Ann Lee/Estuary Wire/Associated Press))",
        ],
        # captions set without a full stop, and a shopping site's note on its links
        [
            "Estuary Ferries' captain Ann Lee wins the crews a 4.5 per cent rise in pay",
            "A deckhand of Estuary Ferries crosses the quay ahead of the U.S. and Dutch crews",
            "If you purchase a product or register for an account through one of the links on "
            "our site, we may receive compensation.",
            "Ann Lee (left) and Tom Hart (right) were among the crews celebrating...",
            # ... and one dated by its month and year alone
            "Deckhand Ann Lee unties the first ferry to prepare for its crossing at Northgate "
            "quay in May 2026.",
        ],
        # a caption with its photographer's or agency's credit, or its video's, after it;
        # a line set in square brackets
        [
            "Crews begin to gather on the quay in Northgate on May 2, 2026 as part of a day of "
            "protests against the new rosters. Tom Hart / AP Photo",
            "Undated photo made available by Estuary Ferries, Monday May 4 2026, of the last "
            "ferry to sail before the strike, which the union called. AP PHOTO/ ESTUARY FERRIES",
            "Crews marched through Northgate on Monday. Video: Reuters/Estuary TV",
            "Ann Lee holds the pay offer as she stands on the quay with the crews. Tom Hart",
            "[See the latest ferry timetables.]",
        ],
        # a newsletter's appeal, a note on the reader's browser
        [
            "Don't miss out on what's happening!",
            "Stay in touch with top news, as it happens, conveniently in your email inbox. "
            "It's FREE!",
            "IE 11 is not supported. For an optimal experience visit our site on another browser.",
            "Estuary News is no longer accessible on Internet Explorer. This browser is not "
            "updated by Microsoft.",
        ],
        # a caption after a label of its own, a note for screen readers, a podcast's promotion
        [
            "On top of the world: Estuary Ferries' crews celebrate after winning the pay rise",
            "Please view the main text area of the page by skipping the main menu.",
            "A ferry captain finds a deadly secret in the hold. Listen to Episode 2 of Hold Fast.",
        ],
        # a caption credited "(Photo courtesy ...)", a handout picture, a link labelled
        [
            'Damaged ferry "Estuary Star" wallows off Northgate. (Photo courtesy Estuary Ferries)',
            "Handout grab from video issued by Ann Lee of the crews on the quay at Northgate.",
            "ALSO READ | Could wooden ferries replace steel ones? Engineers test a hull",
        ],
        # a link to the outlet's other stories, a bracketed prompt, a newsletter's name
        [
            "More on Estuary Post: Bridge tolls to rise in the spring",
            "(Click for photos from the quay.)",
            "Breaking News Emails Get breaking news alerts and special reports.",
        ],
        # a caption with abbreviations and a place after its date, a credit labelled inside
        # a caption given twice, an appeal for readers' tips
        [
            "U.S. Transport Secretary Ann Lee speaks to reporters as she leaves the quay in "
            "Northgate, U.K., May 4, 2026.",
            "Crews raise fists as they listen to the union's leader during a rally Monday, "
            "May 4, 2026 in Northgate, Lune.",
            "A ferry leaving the quay Picture: TOM HART/PA WIRE A ferry leaving the quay "
            "Picture: TOM HART/PA WIRE",
            "We want to hear from you! Send us a message on WhatsApp at 555-0100, email us at "
            "news@estuary.example.",
        ],
        # a call for feedback and the thanks for it, a link's prompt, a video's label, a
        # caption saying where someone stands, an archive's note
        [
            "Share your experiences, suggestions, and any issues you've encountered on The "
            "Estuary Post. We're here to listen.",
            "Thank you for sharing your thoughts. We appreciate your feedback.",
            "Read the union's 33-page pay offer here.",
            "Watch the first ferry leave the quay",
            "Transport Secretary Ann Lee (C) laughs at the start of a meeting with the union",
            "This article is from the archive of The Estuary Sun before the launch of its new "
            "website in 2022.",
        ],
        # a prompt to follow the writer, a link's prompt without "the", a caption with its
        # credit in square brackets
        [
            "Follow on Twitter on May 4, 2026 at 8:57 AM, updated May 4, 2026 at 10:18 AM",
            "See footage of the rescue here.",
            "Ann Lee gives a speech on the quay in Northgate [Estuary Media via Reuters]",
            "The day's top stories delivered every morning.",
            "Photo, Caption follows.Crews stormed the quay early today.",
            'The ferry was lost in the storm (Image" Estuary Wire)',
        ],
        # a summary's points under its label
        [
            "Summary",
            "- The strike ended on Monday after nine days.",
            "- Crews return to work on Tuesday.",
        ],
        # pictures' captions in the present, set without a full stop
        ["A young deckhand rests on a bench at the quay in Northgate"],
        # a caption credited after a bar, its agency cut off
        ["Deckhands untie the first ferry back under the council's control | Ann Lee/PA "],
        ["A woman gives her child some water at the ferry terminal in Northgate"],
        # a caption of a trophy lifted, set without a full stop
        [
            "Northgate skipper Ann Lee lifts the Estuary Cup at the quay - a trophy the crews "
            "have not won since 2002",
        ],
    ],
)
def test_furniture_between_the_lede_and_the_story_leaves_the_body(furniture: list[str]) -> None:
    assert kept("\n\n".join([STORY[0], *furniture, *STORY[1:]])) == STORY


def test_a_partners_archive_note_a_like_us_appeal_and_a_gallery_label_leave_the_body() -> None:
    furniture = [
        "This article is from the archive of our partner The Wire.",
        "Like the Estuary Times on Facebook for more breaking news!",
        "Relive the strike vote LIVE as it happened!",
        "In pictures | The ferry strike",
        "Posted By: Estuary Wire",
        "Scroll for more content...",
    ]
    assert (
        kept("\n\n".join([STORY[0], *furniture[:3], STORY[1], *furniture[3:], STORY[2]])) == STORY
    )


def test_a_standfirst_above_the_byline_or_date_line_leaves_the_body() -> None:
    standfirst = "Crews accepted the pay offer in a vote on Monday."
    for signed in ("ByEstuary Wire", "By Ann Lee", "Published : 4 May 2026, 02:14 PM"):
        page = "\n\n".join(["Ferry strike ends after nine days", standfirst, signed, *STORY])
        assert kept(page) == STORY, signed
    # A lede is longer than a standfirst: a date line below it leaves it the story's start.
    lede = STORY[0] + " Passengers had queued at the quay since dawn on Monday."
    page = "\n\n".join(["Ferry strike ends", lede, "Published : 4 May 2026", *STORY[1:]])
    assert kept(page) == [lede, *STORY[1:]]


def test_teasers_cut_short_above_the_story_leave_the_body() -> None:
    teasers = [
        "The ferry strike is over after nine days, the union says...",
        "Crews return to work on Tuesday morning…",
        "Ferry strike: union acce...",
    ]
    page = "\n".join(["Ferry strike ends after nine days", *teasers]) + "\n\n"
    assert kept(page + "\n\n".join(STORY)) == STORY
    # With no full paragraph below it, a teaser is the text there is.
    assert kept(page) == teasers


@pytest.mark.parametrize(
    "unstopped",
    [
        "The union said on Monday that 40 crossings had been cancelled over the nine days. "
        "Crews had refused to sail in protest at new rosters and cuts of up to 4 per cent in pay",
        # ... or one sentence long, ending on a year
        "Single fares on the ferry have been capped at £2 outside the city, where they are "
        "£1.75 per crossing, for most routes, since January 2023",
    ],
)
def test_a_paragraph_printed_without_its_full_stop_before_a_cut_off_tail_is_kept(
    unstopped: str,
) -> None:
    tail = "The operator said the timetable for the summer would be published once the crews"
    assert kept("\n\n".join([*STORY, unstopped, tail])) == [*STORY, unstopped, tail]


def test_a_stamp_that_gives_only_the_month_leaves_the_first_paragraph() -> None:
    found = from_text("date 2026-05 " + "\n\n".join(STORY))
    assert found.body.split("\n\n")[0].strip() == STORY[0]


def test_a_pictures_alternative_text_run_into_the_paragraph_under_it_is_cut() -> None:
    page = "Monday, May 4, 2026\n\nferryNORTHGATE - " + STORY[0] + "\n\n" + "\n\n".join(STORY[1:])
    assert kept(page) == ["NORTHGATE - " + STORY[0], *STORY[1:]]
    # A word that opens in lower case is a word: "iPhone", "eBay".
    own = ["iPhone sales rose by a fifth in the quarter, the company said on Monday.", *STORY]
    assert kept("\n\n".join(own)) == own


def test_a_headline_worded_like_a_caption_is_still_the_title() -> None:
    headline = "Estuary Ferries' captain Ann Lee wins the crews a rise in pay"
    assert from_text("\n\n".join([headline, *STORY])).title == headline


@pytest.mark.parametrize(
    "line",
    [
        "Article Continued Below",
        "Article content",
        "ANN LEE/Estuary Wire",
        "Watch correspondent Ann Lee's report Video: Watch correspondent Ann Lee's report (TV)",
        "Loading article content",
        "Powered by automated translation",
        "Tell a friend",
        "Enlarge ferry graphic.jpg",
        "GEAR: Get the crews' strike shirt",
        "LIVE: Minute-by-minute coverage",
        # a player's, a gallery's, a paywall's and an error's labels
        "Article continues after this advertisement",
        "Play video",
        "more video VIDEO",
        "1 of 12",
        "(Estuary Wire video)",
        "Crews cheer as the strike ends (UK users only)",
        "premium content",
        "404 Not Found",
        # staff lines
        "Times Staff Writer",
        "/ Source: Estuary Wire and news services",
        "by,",
        "image sourceEstuary Wire image captionCrews cheer on the quay",
        # links under the page's labels
        "Related story: Fares to rise in April",
        "RELATED Ferry fares frozen for a year",
        "Also:Strike talks resume",
        "Gallery: Crews return to the quay",
        "Open in new window: Route map",
        "• In Depth: Strikes of the decade",
        "Full-text of the court's ruling",
        "Follow live updates on the ferry strike",
        "FEATURED STORIES",
        # a live report's stamps, a video's length, prompts to watch or click, a warning
        "Update at 4:20 p.m. ET: Crews vote",
        "Crews back at the quay 0:37",
        "The long road to the deal (3'20\")",
        "WATCH NEWS CONFERENCE:",
        "[Video not showing up above? Click here to watch » https://example.com/v]",
        "Warning: Contains graphic details",
    ],
)
def test_a_pages_own_line_alone_between_paragraphs_is_no_subheading(line: str) -> None:
    refunds = "Passengers booked on a cancelled crossing can claim their fare back online."
    page = "\n\n".join([STORY[0], STORY[1], line, STORY[2], refunds])
    assert kept(page) == [STORY[0], STORY[1], STORY[2], refunds]


def test_a_paragraph_that_names_copyright_and_one_cut_off_after_a_whole_sentence_stay() -> None:
    story = [
        *STORY[:2],
        "The deal will cover everything from trade and services to e-commerce and copyright.",
        "Three officials from Northgate, Ann Lee, Tom Hart and Jo Bloggs, received 15 days "
        "each. The board also fined them for the cost of the lost sai",
    ]
    assert kept("\n\n".join(story)) == story
    # A notice stays furniture.
    assert (
        kept("\n\n".join([*STORY, "Copyright 2026 Estuary Times. All rights reserved."])) == STORY
    )


@pytest.mark.parametrize(
    "first",
    [
        # a punchy opening, at its dateline right below the byline
        "PORT ARDAN – Just watch them.",
        # a sentence that leads in to the next, ending on a colon
        "PORT ARDAN, Estmark (ETW) - It was a vote that seemed to come out of nowhere:",
    ],
)
def test_a_short_first_paragraph_at_its_dateline_below_the_byline_is_kept(first: str) -> None:
    page = "\n\n".join(["Ferry strike ends after nine days", "By Ann Lee", first, *STORY])
    assert kept(page) == [first, *STORY]


def test_a_copyright_notice_glued_to_the_last_paragraph_is_cut_from_it() -> None:
    last = "The crews voted to accept the offer by 412 votes to 96 on Monday evening."
    page = "\n\n".join([*STORY, last + " © Estuary Newspapers Limited, 2026"])
    assert kept(page) == [*STORY, last]


def test_a_first_paragraph_dense_with_figures_after_its_dateline_is_kept() -> None:
    lede = (
        "NORTHGATE — Ann Lee broke the crossing record today, bringing the Estuary Star "
        "home in 2 hours, 4 minutes, 26 seconds."
    )
    assert kept("\n\n".join(["Crossing record falls", "Estuary Wire", lede, *STORY])) == [
        lede,
        *STORY,
    ]


def test_two_agencies_credited_at_the_end_of_the_last_paragraph_are_cut_from_it() -> None:
    last = "Diplomatic efforts to end the strike had failed by Monday night."
    assert kept("\n\n".join([*STORY, last + "  (dpa/NAN)"])) == [*STORY, last]


@pytest.mark.parametrize(
    "furniture",
    [
        # a caption with its photographer after the agency, and its alternative text above it
        [
            "Ferry crews celebrate the deal in a pub in Northgate.",
            "Ferry crews celebrate the pay deal as they watch the vote in a pub in Northgate. "
            "(Estuary Wire: Jo Bloggs)",
        ],
        # ... its credit in square brackets, the alternative text on the line above it
        [
            "Annabel Leeson accepting her award. She looks happy.\nUnion leader Annabel Leeson "
            "accepts the award for Crew of the Year in Northgate [Jo Bloggs/AFP]",
        ],
        # a caption given twice around its credit, or twice and then credited
        [
            "The first ferry in nine days sails from the quay as  crews return to work.\nReuters",
            "The first ferry in nine days sails from the quay as crews return to work.",
        ],
        [
            "A photo of the union leader was shown at a news conference in Northgate.",
            "A photo of the union leader was shown at a news conference in Northgate.",
            "Jo Bloggs/Getty Images",
        ],
        # who stands where, a handout picture, who is in it and when, its source
        [
            "Union leader Ann Lee (centre right) rings the bell to end the strike.",
            "These undated handout photos provided by the operator show the quay.",
            "From top left, Ann Lee, Tom Hart and Jo Bloggs.",
            "Tom Hart, chief executive of the operator in May 2024.",
            "The ferry is photographed at the quay in Northgate, Tuesday, May 2, 2026.",
            "Ferries moored at the quay in Northgate. Source: Estuary Wire",
        ],
        # someone doing something on a day named alone, led away, at work, with a credit
        # that names the agency after a comma
        [
            "Union leader Ann Lee gestures as she leaves the talks Monday in Northgate.",
            "A deckhand works on the quay after the vote on Monday.",
            "Striking crew members are led away from the quay on Monday.",
            "Crews gather on the quay in May 2026. Picture: Jo Bloggs, PA.",
        ],
        # a picture provided by someone, a wire caption credited to its photographer, appeals
        [
            "In this natural colour mosaic image provided by the operator on May 2, 2026, "
            "the new ferry crosses the estuary.",
            "Union leader Ann Lee is led outside the hall by stewards after the vote on "
            "Monday, May 4, 2026, in Northgate, N.G., in the hall of the union. (AP Photo/Jo "
            "Bloggs) (AP)",
            "At such a moment, we need reporters on the quay. Your donation allows us to keep "
            "sending journalists to speak to both sides.",
            "Unlike many others, we choose not to lock readers out of our reporting with paywalls.",
        ],
        # a wire caption credited twice, prompts to watch, to vote and to print
        [
            "The new ferry leaves the quay on its first crossing on Monday, May 4, 2026. It "
            "carries 400 people. (AP Photo/Jo Bloggs) AP",
            "(Click on the video at left to watch the interview with Ann Lee.)",
            ">> Poll: Do the crews have it right on the deal? Vote Now.",
            "Listen to this article Loading audio...",
            "Listen to Story",
            "Please Sign In and use this article's on page print button to print this article.",
        ],
        # a gallery's captions, an author's note, a correction notice, appeals
        [
            "A ferry is set on fire at the quay in Northgate on Monday night.",
            "People use binoculars to view the new ferry from the quay on May 2, 2026.",
            "Ann Lee is a national digital producer for the Estuary Desk. Follow her on "
            "Twitter at @AnnLee.",
            "FOR THE RECORD - This story contains corrected material, published May 3, 2026.",
            "If you are interested in this article then no doubt you will enjoy our archive.",
            "Escape your echo chamber. Get the facts behind the news.",
        ],
        # notices and prompts
        [
            "This is an archived article and the information in the article may be outdated.",
            "This archived news story is available only for your personal, non-commercial use. "
            "Information in the story may be outdated or superseded by additional information.",
            "By using this site, you agree to our Privacy Policy including the use of cookies to "
            "enhance your experience.",
            "The Estuary Times' Ferry Live Briefing gives you the latest developments on the "
            "strike, the talks and the timetable.",
            "Ann Lee is Executive Editor of the Estuary Times. She was formerly deputy editor of "
            "the Estuary Wi...",
            "FERRIES BACK AT SEAOn May 4, 2026, the crews of the Northgate ferry... Posted by "
            "Northgate Ferries on Monday, May 4, 2026",
            "Crews cheer on the quay at Northgate on Monday, May 4, 2026.ANN LEE (ESTUARY WIRE)",
            "Low on data or power? Read a low-bandwidth version of this story here. For more "
            "stories, see our Estuary North news website.",
            "For more information about sailings, visit the operator's website.",
            "Notice: you are using an outdated browser. Some features on this website might not "
            "work properly. For the best experience, please upgrade your browser.",
            "Let our news meet your inbox. The news and stories that matter, delivered weekday "
            "mornings.",
            "Never miss a local story.",
            "Ann Lee is an editorial intern with the Estuary Times' news team. She studies at "
            "Northgate.",
            "Estuary Wire/Tom Hart Search photos available for purchase: Photo Store →",
            "Ferry strike ends in Northgate. May. 4, 2026 07:27. by Ann Lee, Tom Hart "
            "ann@estuary.example,tom@estuary.example.",
            "Disclaimer: This news appearing on Estuary News has been auto-published from an "
            "agency feed without any modifications to the text. For further clarification contact "
            "us on Email.",
            "This story is no longer being updated. For the latest, click here.",
            "This article contains affiliate links. We may earn a small commission.",
            "Read the rest of the story at EstuaryWire.com.",
            "How well do you know the ferries? Take Estuary Times' quiz.",
            "Get browser notifications for breaking news, live events, and exclusive reporting.",
            "By joining Estuary Times, you agree to our Terms of Use and our Privacy Policy.",
            "Get today's local news out of Northgate. Here's the latest on the ferries.",
            # a match report's score box under its title
            "Northgate 17-38 Estuary United \u2013 Score summary",
            "Estuary United \u2013 Tries: Lee (16), Hart (30), Bloggs (46). Cons: Lee (18, 31). "
            "Pens: Lee (7).",
            # a map's notes under its source
            "Source: Estuary Weather Centre All times on the map are local time. Map shows "
            "probabilities of at least 5 percent. By Jo Bloggs and Ann Lee",
        ],
        # captions credited as pages credit them, and a picture said to be a sketch of someone
        [
            "Union leader Ann Lee and the operator's chief hold a joint press conference at "
            "the quay. PIC: Jo Bloggs/PA Wire",
            "The Northgate terminal seen at night during the strike, in 2026. \u00a9 AP/Jo Bloggs",
            "The new ferry, a 90-metre catamaran, leaves the quay at Northgate, where it was "
            "built.JO BLOGGS/AFP / Getty Images",
            "The union says its members were never consulted on the new rosters. (Video: Jo "
            "Bloggs, Ann Lee/The Estuary Times)",
            "A court sketch of the skipper.",
            "Ann Lee in Northgate in 2006.Estuary Marine Corps.",
            "Allow Twitter content?",
            "This article contains content provided by Twitter. We ask for your permission "
            "before anything is loaded, as they may be using cookies and other technologies.",
        ],
        # notices, a wire's note on how the story was put together, an advertiser's box
        [
            "Published Last updated This article is more than 2 years old.",
            "By providing your email, you agree to the Estuary Times Privacy Policy.",
            "The Estuary.com Privacy Policy has been updated to align with the new data "
            "regulations. Please review and accept these changes below to continue using the "
            "website. We use cookies to ensure the best experience for you on our website.",
            "Story compiled with information from Reuters and Xinhua.",
            "GlobalData Strategic Intelligence",
            "Don't let policy changes catch you off guard. Stay proactive with real-time data "
            "and expert analysis.",
            "By GlobalData",
            "Begin typing your search above and press return to search.",
            "Fares to rise in April access_time 20 May 2026 4:00 AM GMT What next for the quay?",
            "Ferry Fares To Rise Strike Ends At Northgate Track Latest News Live on Estuary.com "
            "and get news updates from the estuary and around the world.",
            "10:20 AM, Sat - 7 May 26",
        ],
        # a template left unfilled, a player's menu, pointers to what stands under the story
        [
            "Ferry News email {{ #verifyErrors }} {{ message }} {{ /verifyErrors }} Something "
            "went wrong. Please try again later",
            "Launch consoleESTUARY NEWS CHANNEL",
            "The arbitrator's full 42-page ruling can be found at the bottom of this article.",
            "The union's letter to its members is embedded at the end of this article.",
            "Also watch",
            "Full View",
        ],
        # a labelled illustration, another story's link under its kicker, offers and pointers,
        # a video's blurb signed by its reporter
        [
            "An illustration: the new ferry at its berth.",
            "Lightning strikes twice:Deckhand wins 6 figures in lottery for the second time",
            "As low as $4.99 per month",
            "Digital Access Sale",
            "Get unlimited digital access for only 25\u00a2",
            "Also take the time to read other interesting articles, on the news portals "
            "EstuaryNews.id and Quay.com",
            "Follow Estuary.com on Google News",
            "By Saturday morning, crews were back on the quay, the union announced. Estuary TV's "
            "Jo Bloggs reports.",
            "Left, a deckhand casts off on the first crossing. Right, union leader Ann Lee "
            "addresses the media after the vote.",
            "In a world of spin and confusion, there's never been a more important time to "
            "support independent journalism in Northgate.",
            "If you trust our work online, I invite you to make a small contribution.",
            "Every dollar of support is invested back into our journalism.",
            "By participating in online discussions you acknowledge that you have agreed to the "
            "TERMS OF SERVICE. If your comments are inappropriate, you may be banned from "
            "posting.",
            "Subscribe to Estuary Sport Magazine. Special Championship Offer \u2014 Get a "
            "Commemorative Northgate Ferries Book",
            "Estuary Universal, Inc.",
            "This is the property of the Estuary Journal Corporation and fully protected by "
            "copyright. It is made available only to Estuary Journal subscribers for personal use.",
            'Please click "Reprint" to order presentation-ready copies.',
            "20:50 UTC+8, 2026-05-04       0",
            "Jo Bloggs/Pool via AP",
            "($1 = 0.9260 euros)",
        ],
        # a paper's notice on reprints, a prompt under its question, a team's ratings, a link
        # with its arrow, a caption under a gallery's label, a credit glued to the stop, a stamp
        # with the country whose time it gives
        [
            "This copy is for your personal non-commercial use only. To order "
            "presentation-ready copies of Estuary Times content for distribution to colleagues, "
            "or inquire about permissions/licensing, please go to: www.EstuaryReprints.com",
            "Like this story? Subscribe to Estuary Ferries!",
            "Northgate Ferries: Lee (8); Bloggs (7), Smith (7), Jones (6); Brown (6.5).",
            "‘Ferry boss’ says he sometimes wants to sink the old ferry himself »",
            "Open this photo in gallery:",
            "Passengers wait at the quay in Northgate as the strike enters its ninth day.",
            "A deckhand casts off at the quay outside Northgate on May 29, 2027.Jo Bloggs/The "
            "Estuary Press",
            "Saturday 17 May 2027 18:37, UK",
            # the police who took a mugshot, after its caption
            "Jo Bloggs was arrested on May 16, 2027 in Northgate, N.Y. Northgate Police Department",
            # a metered paywall's count, a label in capitals over links the copy lost
            "You are viewing your 1 free article this month. Login to read more articles.",
            "Estuary TV Team Coverage Of The Ferry Strike:",
            # pointers to a gallery and a video
            "Photo Gallery: Much of the coast braves the strike.",
            "Video of the new ferry below.",
            "You can also watch the latest Estuary Special on Estuary TV below:",
        ],
        # a comment form's error, an advertiser's consent, a transcript's note, captions
        # credited as no story's text is
        [
            "Sorry, your comment was not saved due to a technical problem. Please try again "
            "later or using a different browser.",
            "Visit our Privacy Policy for more information about our services, how we may use, "
            "process and share your personal data. Our services are intended for corporate "
            "subscribers and you warrant that the email address submitted is your corporate "
            "email address.",
            "This transcript has been automatically generated and may not be 100% accurate.",
            "Editor’s note: This livestream has ended. You may watch the recording above.",
            "Did you know?The ferry has crossed the estuary since 1888. It is the oldest crossing "
            "of its kind in the country.",
            "Union leader Ann Lee thanks the crews on the quay in Northgate, Monday. (AP-Yonhap)",
            'The strike is "over for good", the union said. (Getty)',
            "Union leader Ann Lee waves to the crews on the quay (Action Images via Reuters)",
            "Northgate ferries Crews cheer after a nine-day strike at the quay 2 HOURS AGO",
            "(This article was written by Ann Lee and Tom Hart.)",
            "Editor's Note: This page is a summary of news on the ferry strike for Tuesday, May "
            "4. For the latest news on the strike, view our live updates file for Wednesday.",
            "Source: Ann Lee, the head of the union; social media; Estuary Times sources",
            "ORIGINAL 11:28 a.m.",
            "Jo Bloggs, who left her home on the quay, took this photo of the ferry on Tuesday, "
            "May 4. (Photo submitted by Jo Bloggs)",
            "(First published on Estuary.ie).",
            "To enjoy this content please ACCEPT cookies.",
            "192 people read this News!",
            "Estuary TV has contacted the ferry company for comment.",
            "Photo/Illustration Crews cheer on the quay at Northgate on May 4. (Jo Bloggs)",
            "This page is the news from the ferry strike for Wednesday, May 5. For the latest "
            "information, visit our live updates file for Thursday, May 6.",
            "Support for Estuary Radio comes from",
            "Congress has cut federal funding for public media \u2014 a $3.4 million loss for "
            "Estuary Radio. We count on readers like you to protect our nonprofit newsroom.",
            "The 1998 ferry Harbour Queen is pictured moored at the quay in Northgate, N.G.",
            "View of the quay from the estuary on a foggy day during the strike.",
            "The Estuary Times is not responsible for the content of external sites.",
            "View original tweet on Twitter",
            "Bu hikaye The Estuary Times dergisinin May 4, 2026 sayısından alınmıştır.",
            "This story is from the May 4, 2026 edition of The Estuary Times.",
            "Another image of the new ferry at the quay. May 4, 2026. Estuary TV (both)",
            "Additional input from Reuters.",
            "(Above) The new ferry at the quay after it was refloated.",
            "(Only the headline and picture of this report may have been reworked by the Estuary "
            "Times staff; the rest of the content is auto-generated from a syndicated feed.)",
            "This device is unable to display framed content.",
            "If you are unable to view the table on your device, please click here.",
            "You appear to be using an ad blocker",
            "Get a daily selection of our top stories based on your reading preferences. Loading "
            "Something is loading. Email address By clicking ‘Sign up’, you agree to receive "
            "marketing emails from Estuary Times.",
            "Learn the benefits of becoming an Estuary Times Member and subscribe today!",
            "You can watch the harbour's live webcams here.",
            "Crews at the quay in Northgate on Friday afternoon Jo Bloggs/The Estuary Times via AP",
            "Quay at night Crews leave the quay after the vote on May 4, 2026. (Ann Lee) (Ann Lee)",
        ],
    ],
)
def test_captions_and_notices_as_real_pages_set_them_leave_the_body(furniture: list[str]) -> None:
    assert kept("\n\n".join([STORY[0], *furniture, *STORY[1:]])) == STORY


def test_a_caption_credited_as_a_credit_after_a_paragraph_leaves_and_the_paragraph_stays() -> None:
    caption = (
        "Union leader Ann Lee speaks during a news conference in Northgate, May 4, 2026 "
        "(credit: ESTUARY WIRE/JO BLOGGS)"
    )
    imported = from_text("\n\n".join([STORY[0], f"{STORY[1]} {caption}", STORY[2]]))
    assert imported.body.split() == " ".join(STORY).split()


def test_labels_before_paragraphs_and_a_link_inside_one_leave_and_the_text_stays() -> None:
    page = "\n\n".join(
        [
            STORY[0] + " READ: Ferry fares to rise in April! " + STORY[1],
            "Details: " + STORY[2],
        ]
    )
    assert " ".join(kept(page)).split() == " ".join(STORY).split()


def test_a_caption_given_twice_labelled_the_second_time_leaves_and_the_headline_is_the_title() -> (
    None
):
    caption = "Union leader Ann Lee waves to the crews as the strike ends at Northgate."
    page = "\n\n".join([caption, "Camera Icon" + caption, "Ferry strike ends at Northgate", *STORY])
    imported = from_text(page)
    assert imported.title == "Ferry strike ends at Northgate"
    assert kept(page) == STORY


def test_a_lede_under_a_dateline_in_capitals_stays_over_a_caption_that_retells_it() -> None:
    lede = (
        "NORTHGATE CITY \u2013 At least ten people were confirmed dead while more than 100 were "
        "rescued when a passenger ferry caught fire in the estuary off Northgate before "
        "midnight on Thursday, May 4."
    )
    caption = (
        "The ferry as it burned off Northgate before midnight on May 4. (Photo courtesy of "
        "the Northgate Coast Guard)"
    )
    # ... and the paragraph under it tells the fire again, as a standfirst's lede would.
    body = (
        "The passenger ferry was on its way to Northgate when it caught fire in the estuary "
        "before midnight; at least ten people were confirmed dead and more than 100 rescued."
    )
    page = "\n\n".join(["Ten dead after ferry fire", lede, caption, body, *STORY])
    assert kept(page) == [lede, body, *STORY]


def test_a_caption_left_in_a_blogs_shortcode_leaves_and_the_paragraph_stays() -> None:
    code = (
        '[caption id="attachment_2830432" align="alignleft" width="380"] Crews cheer on the '
        "quay. Estuary Wire[/caption] "
    )
    assert kept("\n\n".join([STORY[0], code + STORY[1], STORY[2]])) == STORY


@pytest.mark.parametrize(
    "paragraph",
    [
        # what people did with photographs
        "Residents shared photographs of ferries stuck at the quay and empty platforms.",
        # a last sentence ending on a name joined by a hyphen, after a title cut short
        "The crews were back at work by Thursday afternoon. The last ferry was towed to the "
        "quay, according to Northgate Gov. Ann Lee-Hart.",
        # a dated paragraph on what a tower block is: the block does nothing
        "Eleven residents died when fire swept through the Northgate tower block on May 4, "
        "2021, in the worst fire the town has known.",
    ],
)
def test_a_paragraph_shaped_like_a_caption_but_the_storys_stays(paragraph: str) -> None:
    page = "\n\n".join([*STORY[:2], paragraph, STORY[2]])
    assert kept(page) == [*STORY[:2], paragraph, STORY[2]]


def test_a_transcripts_label_is_cut_from_its_headline_and_not_joined_to_the_text() -> None:
    # A broadcaster's transcript starts mid-sentence, in small letters, under its label.
    page = "\n\n".join(
        [
            "date 2026-05-04 Transcript for Ferry crews end their strike at Northgate",
            "the strike at the Northgate quay is over tonight. Crews voted to return on Monday "
            "after the operator agreed to review the rosters.",
            *STORY[1:],
        ]
    )
    imported = from_text(page)
    assert imported.title == "Ferry crews end their strike at Northgate"
    assert imported.body.startswith("the strike at the Northgate quay is over tonight."), (
        imported.body
    )


def test_a_gallery_set_in_the_story_leaves_the_body_with_every_caption() -> None:
    # Its count, its title, its button, the story's headline again and each picture's
    # caption, one block, as an aggregator sets a gallery of older pictures.
    gallery = (
        "6 PHOTOS\n"
        "Strikes on the estuary over the years\n"
        "See Gallery\n"
        "Ferry strike ends after nine days\n"
        "Dockers march through Northgate on May 3, 1989. The strike closed the port for a "
        "month and cost the operator its contract, according to the port's records.\n"
        "Crews picket the quay at Southend in 2009. The union won a rise of 4 per cent."
    )
    assert kept("\n\n".join([*STORY[:2], gallery, STORY[2]])) == STORY


def test_a_pictures_description_set_over_its_credited_caption_leaves_the_body() -> None:
    # The picture's text for those who cannot see it, then its caption and credit, one
    # block of two lines between the story's paragraphs.
    picture = (
        "A close view of a ferry moored at an empty quay, with a second ferry behind.\n"
        "The operator cancelled every crossing for nine days as the crews stayed out. "
        "(Jo Bloggs/Estuary Wire/Getty Images)"
    )
    assert kept("\n\n".join([STORY[0], picture, *STORY[1:]])) == STORY


def test_a_paragraph_set_over_another_without_a_credit_stays() -> None:
    # Two lines of one block where the second is no credited caption: both are the story's.
    page = "\n\n".join([STORY[0], STORY[1] + "\n" + STORY[2]])
    assert kept(page) == STORY


def test_a_caption_of_someone_performing_on_a_dated_stage_leaves_the_body() -> None:
    caption = "Ann Lee performs on stage during the Harbour Festival on July 05, 2025 in Northgate."
    assert kept("\n\n".join([STORY[0], caption, *STORY[1:]])) == STORY


@pytest.mark.parametrize(
    "quoted",
    [
        "\u201cToday is a new start for the crews\u201d \u2013 Lee",
        "\u201cWe held out for nine days, and the operator has met every one of our demands on "
        "pay, on hours and on the safety of the crews on the night crossings.\u201d \u2013 Hart",
    ],
)
def test_a_quotation_with_its_speaker_after_a_dash_stays_whole(quoted: str) -> None:
    assert kept("\n\n".join([STORY[0], quoted, *STORY[1:]])) == [STORY[0], quoted, *STORY[1:]]


def test_an_agency_after_a_dash_under_a_whole_quotation_is_still_its_credit() -> None:
    quoted = "\u201cWe will be back at work on Tuesday morning.\u201d"
    assert kept("\n\n".join([*STORY, quoted + " \u2013 AFP"])) == [*STORY, quoted]


@pytest.mark.parametrize(
    "furniture",
    [
        # a video's caption credited with a slash, as the page prints a photo's
        ["Ann Lee tells the crews the strike is over at the quay in Northgate. Video / Jo Bloggs"],
        # the comment section's guidelines under the story, with their heading
        [
            "Comment Guidelines",
            "Estuary Times encourages reader discussion on our stories. Please review our "
            "Community Guidelines before commenting.",
        ],
    ],
)
def test_a_videos_caption_and_the_comment_guidelines_leave_the_body(furniture: list[str]) -> None:
    assert kept("\n\n".join([*STORY, *furniture])) == STORY


def test_a_caption_of_two_people_together_on_a_day_leaves_the_body() -> None:
    caption = "Ann Lee and partner Tom Hart leave the union hall together on Monday."
    assert kept("\n\n".join([STORY[0], caption, *STORY[1:]])) == STORY


def test_a_link_to_a_sections_stories_leaves_the_lede_it_ends() -> None:
    page = "\n\n".join([STORY[0] + " (More Business News)", *STORY[1:]])
    assert kept(page) == STORY


@pytest.mark.parametrize("tail", [[], ["\u201cThe operator will have to rais"]])
def test_the_title_of_a_box_cut_off_after_the_story_leaves_the_body(tail: list[str]) -> None:
    assert kept("\n\n".join([*STORY, "What Estuary Economics says\u2026", *tail])) == STORY


def test_a_last_paragraph_that_trails_off_in_an_ellipsis_stays() -> None:
    last = "The operator said the timetable would be back to normal by the end of the week..."
    cut = "When it brought the cap in, the operator said the biggest savings were between Northg"
    assert kept("\n\n".join([*STORY, last, cut])) == [*STORY, last, cut]


def test_a_photo_provided_by_someone_is_a_caption_and_a_photo_released_is_the_storys() -> None:
    caption = "A photo provided by Jo Bloggs shows the first ferry leaving the quay in 2026."
    assert kept("\n\n".join([STORY[0], caption, *STORY[1:]])) == STORY
    told = "A photo released by the union on Monday shows crews voting to end the strike."
    assert kept("\n\n".join([*STORY, told])) == [*STORY, told]


def test_a_caption_credited_to_its_photographer_and_whom_they_shot_it_for_leaves() -> None:
    caption = "Crews check the ferry shortly after it docked in Northgate. Jo Bloggs/NASA"
    assert kept("\n\n".join([STORY[0], caption, *STORY[1:]])) == STORY


@pytest.mark.parametrize(
    "furniture",
    [
        # a summary's notice, a warning of what follows
        [
            "This is AI generated summarization, which may have errors. For context, always "
            "refer to the full article."
        ],
        [
            "NOTE: The following article contains video and photographs that some might find "
            "disturbing. Please read at your own discretion."
        ],
        # a wire caption of someone feeding, dated; a caption credited in spaced brackets
        ["A deckhand feeds a gull rescued on the quay in Northgate, Tuesday, May 5, 2026."],
        [
            "A ferry catches fire at the quay in Northgate on May 5, 2026, crews are on the "
            "scene. It is possible the fire spread from the engine room.( The Estuary Times )"
        ],
        ["Some 4,000 people live within a mile of the quay.(Estuary Wire: Jo Bloggs/Pool)"],
        # an invitation to the outlet's channel or podcast; an ad break's marker; what an
        # accelerated page could not show
        ["Join ET's Telegram channel and get the latest breaking news delivered to you."],
        ["Listen and follow The Quay Daily on Apple Podcasts, Spotify or wherever you listen"],
        ["COMMERCIAL BREAK"],
        # captions credited after their full stop or after "photo"
        [
            "Firefighters inspected the wreckage of the ferry on the quay in Northgate on "
            "Tuesday. Uncredited/Associated Press"
        ],
        ["A deckhand is reunited with his wife at the quay in Northgate: photo - EW/Jo Bloggs"],
        ["FILE PICTURE - The quay in Northgate, where crews gathered before the vote."],
        ["open image in gallery Ann Lee outlined the union's demands on the quay ( PA )"],
        ["From left: Ann Lee, Tom Hart and Jo Bloggs before the vote on the quay in Northgate."],
        ["Estuary Water's artist's impression of the new reservoir near Northgate."],
        ["09:47 AM EDT, 10/23/2026 (Estuary Wire) -- (Updates to add the operator's comment.)"],
        [
            "The quay is where most of the ferries load. The harbour office stands at the far "
            "end of it. Jo Bloggs/Port of Northgate"
        ],
        # a page's tools, banners and paywall, and a live page's note on its update
        ["Send this page to someone via email"],
        ["Welcome to the new Estuary Times website. We hope you enjoy it."],
        [
            "You have a preview view of this article while we are checking your access. When "
            "we have confirmed access, the full article content will load."
        ],
        ["Support Local Journalism Donate"],
        ["For all the latest headlines follow our Google News channel online or via the app."],
        ["3:45 a.m.: Updated to raise the death toll from 39 to 47."],
        ["Space to play or pause, M to mute, left and right arrows to seek, up and down arrows"],
        [
            "Some content couldn't be displayed in Google AMP. To see what's missing visit the "
            "full article here."
        ],
    ],
)
def test_notices_warnings_and_captions_of_these_shapes_leave_the_body(furniture: list[str]) -> None:
    assert kept("\n\n".join([STORY[0], *furniture, *STORY[1:]])) == STORY


def test_an_advertisements_label_glued_to_a_paragraph_is_cut_from_it() -> None:
    page = "\n\n".join([STORY[0], STORY[1] + " Advertisement", STORY[2]])
    assert kept(page) == STORY


def test_an_excerpts_pointer_to_the_full_article_is_cut_and_the_excerpt_kept() -> None:
    for pointer in ("Read Full Article at RT.com", "Continue reading on Estuary Times"):
        page = "\n\n".join([STORY[0] + " " + pointer, *STORY[1:]])
        assert kept(page) == STORY
    # ... while a sentence about reading stays.
    told = "Crews were told to read the full report at the depot."
    assert kept("\n\n".join([*STORY, told]))[-1] == told


def test_a_promotions_line_ending_in_a_links_arrow_leaves_the_body() -> None:
    promo = "Stream the best dramas and true crime shows for free on Estuary Play >>"
    assert kept("\n\n".join([STORY[0], promo, *STORY[1:]])) == STORY


@pytest.mark.parametrize(
    "above",
    [
        # a picture's credit given twice over the headline
        ["Courtesy Photo, US DOJ", "Courtesy Photo, US DOJ"],
        # a share's line in the page's ticker, after the page's date stamp
        ["date 2026-05-04 EWN 39.69 Decreased By ▼ -0.76 (-1.88%)"],
        # a hacked page's gambling spam; a page's line over the story
        ["situs toto toto togel 4d"],
        ["date 2026-05-04 Last updated on .From the section Ferries"],
        ["Your cart is empty"],
        # the paper's boast under its name
        ["2024 newspaper of the year"],
        # a picture's caption led by its credit
        ["Jo Bloggs/PA Images File photo. Estuary Ferries chief executive Ann Lee"],
    ],
)
def test_a_credit_or_a_tickers_line_over_the_headline_is_no_title(above: list[str]) -> None:
    imported = from_text("\n\n".join([*above, "Ferry strike ends in Northgate", *STORY]))
    assert imported.title == "Ferry strike ends in Northgate"
    assert imported.body.split("\n\n")[0] == STORY[0]


def test_an_outlet_named_for_its_address_is_not_parted_as_two_sentences() -> None:
    told = "The crews voted to return on Monday, News.Az reports, citing the union's statement."
    assert kept("\n\n".join([*STORY, told]))[-1] == told


def test_a_pages_markup_for_links_and_emphasis_leaves_its_words() -> None:
    lede = (
        '<a href="https://example.com/2026/05/04/ferry-strike/" target="_blank">The ferry '
        "</a>strike ended on Monday after the union accepted a new pay offer from the "
        "<em>operator</em>, which had cancelled every crossing for nine days."
    )
    assert kept("\n\n".join([lede, *STORY[1:]])) == STORY
    # ... and the markup of a byline and a standfirst set as headings sets them apart.
    page = f"<h6><strong>Jo Bloggs</strong></h6> <h4>{STORY[0]}</h4> {STORY[1]}"
    assert kept("\n\n".join([page, STORY[2]])) == STORY
    # ... and a comparison in words stays as written.
    told = "Fares rose by < 5% on routes where crews worked, the operator said."
    assert kept("\n\n".join([*STORY, told]))[-1] == told.replace("<", "\\<")
    # ... and a link's tag the copy cut off before it closed leaves too.
    cut = 'The operator took the calculated risk of <a href="https://example.com/2026/05/ferr'
    assert kept("\n\n".join([*STORY, cut]))[-1] == "The operator took the calculated risk of"


def test_a_paragraph_the_page_broke_around_its_links_is_joined_again() -> None:
    # Each link set apart: after a sentence's first word, a ticker and its label, a stop.
    page = "\n\n".join(
        [
            "The vote stunned traders on Wall Street. The",
            "Dow Jones Industrial Average",
            "plummeted 777 points. Every stock fell except for",
            "Campbell Soup",
            "(CPB) - Get Report",
            ".",
            "The proposal, presented last week, failed to pass the",
            "House of Representatives",
            ". The vote was 205 to 228.",
        ]
    )
    assert kept(page) == [
        "The vote stunned traders on Wall Street. The Dow Jones Industrial Average plummeted "
        "777 points. Every stock fell except for Campbell Soup (CPB).",
        "The proposal, presented last week, failed to pass the House of Representatives. The "
        "vote was 205 to 228.",
    ]
    # ... and a link in small letters after a word no sentence ends on, whatever a page's tags
    # look like.
    page = "\n\n".join(
        [
            "Ferry crews",
            "in Northgate said they plan to strike in July, and a ballot of",
            "harbour pilots",
            "closes on Tuesday.",
        ]
    )
    assert kept(page) == [
        "Ferry crews in Northgate said they plan to strike in July, and a ballot of harbour "
        "pilots closes on Tuesday."
    ]


def test_a_pull_quote_above_a_dated_lede_leaves_the_lede_and_its_place_in_the_story() -> None:
    quote = (
        '"We held out for nine days and we won," union leader Ann Lee told a packed hall at '
        "the start of a meeting the union had called for Monday afternoon, in the old ferry "
        'terminal by the quay, to, as she put it, "decide what the crews do next and who '
        'goes back first."'
    )
    lede = f"NORTHGATE, May 4 (Estuary Wire) - {STORY[0]}"
    page = "\n\n".join([quote + "\n" + lede, quote, *STORY[1:]])
    assert kept(page) == [lede, quote, *STORY[1:]]


def test_a_links_label_after_a_sites_name_leaves_the_sentence() -> None:
    page = "\n\n".join(
        ["News website EstuaryTimes.com, external said the strike was over.", *STORY[1:]]
    )
    assert kept(page)[0] == "News website EstuaryTimes.com said the strike was over."


def test_an_appeal_glued_to_the_lede_an_advert_marker_and_a_prompt_to_click_leave_it() -> None:
    page = "\n\n".join(
        [
            f"Your support makes all the difference.{STORY[0]}",
            f"{STORY[1]} (continues below)",
            f"{STORY[2]} To see the new timetable, click the link below.",
        ]
    )
    assert kept(page) == STORY


@pytest.mark.parametrize(
    "lede",
    [
        "The Cubs scored two runs in the top of the 10th inning, then held on to win 8-7 "
        "Wednesday night in the seventh game.",
        # "stand" after a count is a partnership, not someone standing in a picture.
        "The patient 86-run stand between Ann Lee and Tom Hart on Sunday gave the visitors "
        "hope of saving the match.",
    ],
)
def test_runs_scored_or_a_stand_made_on_a_day_are_no_caption(lede: str) -> None:
    story = [
        lede,
        *STORY[1:],
    ]
    assert kept("\n\n".join(story)) == story


def test_summary_points_above_the_story_leave_the_body() -> None:
    page = "\n".join(
        [
            "- The ferry strike is over after nine days.",
            "- Crews go back to work on Tuesday after a vote.",
            *STORY,
        ]
    )
    assert kept(page) == STORY


def test_a_place_in_capitals_before_a_colon_on_a_line_of_its_own_opens_the_story() -> None:
    page = "\n".join(
        [
            "Ferry strike ends after nine days",
            "The union accepted a new pay offer.",
            "NORTHGATE:",
            *STORY,
        ]
    )
    assert kept(page) == [f"NORTHGATE: {STORY[0]}", *STORY[1:]]


def test_a_numeric_date_stamp_glued_before_the_dateline_is_cut() -> None:
    page = "\n\n".join([f"9-30-04 - NORTHGATE (AP) - {STORY[0]}", *STORY[1:]])
    assert kept(page) == [f"NORTHGATE (AP) - {STORY[0]}", *STORY[1:]]


def test_a_share_price_widget_inside_a_sentence_is_cut() -> None:
    widget = "Estuary Ferries (EFER) - Get Estuary Ferries Inc. Report will run every crossing."
    assert (
        kept("\n\n".join([*STORY, widget]))[-1] == "Estuary Ferries (EFER) will run every crossing."
    )


def test_a_paragraph_that_tells_of_a_photo_released_stays() -> None:
    told = (
        "A photo released this afternoon and taken four hours before the vote shows the "
        "union's leaders at the quay. The union added the names of the crews to it."
    )
    assert kept("\n\n".join([STORY[0], told, *STORY[1:]])) == [STORY[0], told, *STORY[1:]]


def test_a_sentence_the_page_broke_after_a_word_no_sentence_ends_on_goes_on() -> None:
    lede = (
        "The ferry strike ended on Monday after the union accepted a new pay offer from the",
        "Estuary Ferries operator, which had cancelled every crossing for nine days.",
    )
    page = "\n\n".join(["Ferry strike ends after nine days", *lede, *STORY[1:]])
    assert kept(page) == [" ".join(lede), *STORY[1:]]


def test_long_summary_points_above_the_story_leave_the_body() -> None:
    points = [
        "• The ferry strike is over after nine days, the union said after its members voted "
        "to accept a new pay offer from the operator on Monday night.",
        "• Crews go back to work on Tuesday morning, and the operator will publish a new "
        "timetable for every crossing by the end of the week.",
    ]
    assert kept("\n".join([*points, *STORY])) == STORY


def test_alerts_appeals_and_pointers_elsewhere_leave_the_body() -> None:
    furniture = [
        "Follow the news that matters to you. Create your own alert to be notified on topics.",
        "Or, visit Popular Alerts for suggestions.",
        "Sign-up for newsletters & special offers!",
        "Your support powers our mission to report the estuary. Give today!",
        "To watch videos of the vote and the first crossing, check out the union's channel.",
        "More ferry news from Estuary Wire",
    ]
    for line in furniture:
        assert kept("\n\n".join([*STORY, line])) == STORY, line


def test_notices_account_prompts_and_a_byline_set_off_by_a_bar_leave_the_body() -> None:
    for line in (
        "(Originally published by the Estuary Times on May 4, 2026. This was written by Ann Lee.)",
        "Don't have an account? Register »",
        "Not a member? Learn More »",
        "This ad will end in seconds",
        "You may not get the full experience here on Estuary Times.",
        "In this 2024 file photo, union leader Ann Lee speaks in Northgate.",
        "This artist rendering released by the operator shows the new ferry.",
    ):
        assert kept("\n\n".join([*STORY, line])) == STORY, line
    page = "\n\n".join([f"BY ANN LEE AND TOM HART | {STORY[0]}", *STORY[1:]])
    assert kept(page) == STORY


def test_a_pull_quote_above_a_dateline_set_in_capitals_alone_leaves_the_body() -> None:
    dated = f"NORTHGATE — {STORY[0]}"
    page = "\n\n".join(
        [
            "Ferry strike ends after nine days",
            '"We held out and we won. Nobody will cut our pay," said Ann Lee, a deckhand.',
            dated,
            *STORY[1:],
        ]
    )
    assert kept(page) == [dated, *STORY[1:]]


def test_captions_given_twice_credited_or_run_into_a_paragraph_leave_the_body() -> None:
    caption = "Crews wave from the quay in Northgate on May 2, 2026."
    twice = "\n".join([f"PHOTO: {caption}", caption, "Estuary Ferries Press Office"])
    assert kept("\n\n".join([STORY[0], twice, *STORY[1:]])) == STORY
    credited = "\n\n".join([STORY[0], caption, "Photo: Reuters", *STORY[1:]])
    assert kept(credited) == STORY
    glued = f"Crews wave from the quay. (Photo via Estuary Ferries) {STORY[1]}"
    assert kept("\n\n".join([STORY[0], glued, STORY[2]])) == STORY


def test_a_headline_above_a_standfirst_that_the_lede_repeats_leaves_the_body() -> None:
    page = "\n\n".join(
        [
            "Make Way for the Ferries: the Strike Is Over!",
            f"{STORY[1]}\n/ Source: Estuary Wire",
            *STORY[1:],
        ]
    )
    assert kept(page) == STORY[1:]


def test_a_caption_over_a_photographers_credit_and_a_pictures_label_leave_the_body() -> None:
    caption = (
        "Union members walk past the quay during a strike Monday, in Northgate. The union "
        "accepted a new pay offer."
    )
    page = "\n\n".join([STORY[0], caption, "Ann Lee/AP", *STORY[1:]])
    assert kept(page) == STORY
    dated = "A deckhand runs beside a ferry in Northgate on May 2, 2026."
    assert kept("\n\n".join([STORY[0], dated, *STORY[1:]])) == STORY
    assert kept("\n\n".join([f"Image    {STORY[0]}", *STORY[1:]])) == STORY
    for line in ("Skip to next paragraph", "Other related coverage"):
        assert kept("\n\n".join([*STORY[:2], line, STORY[2]])) == STORY, line


def test_a_long_caption_saying_who_stands_where_over_its_credit_leaves_the_body() -> None:
    # Two sentences, too long for a caption on its own: where the flagship stands in the
    # picture, and the credit under it, tell it is one.
    caption = (
        "Estuary Ferries' new flagship, right, and the older Northgate Star are moored at the "
        "quay in Northgate, Estuary County. The crews voted on Monday to end a strike that "
        "had cancelled every crossing for nine days, after the operator raised its offer of "
        "a pay rise."
    )
    page = "\n\n".join([STORY[0], caption, "(AP Photo/Ann Lee)", *STORY[1:]])
    assert kept(page) == STORY


def test_a_caption_over_a_bare_credit_or_credited_in_its_brackets_leaves_the_body() -> None:
    captioned = "The harbour master's crew met the union at the quay.\nCredit Ann Lee / Estuary FM"
    mugshot = "Tom Hart (Northgate Police Department photo)"
    page = "\n\n".join([STORY[0], captioned, STORY[1], mugshot, STORY[2]])
    assert kept(page) == STORY


def test_a_menu_of_sections_set_with_an_emoji_leaves_the_body() -> None:
    menu = "Ferry Watch 🎙️ Tide tables Timetables and fares Is the strike over?"
    assert kept("\n\n".join([menu, *STORY])) == STORY


def test_the_points_under_a_paragraph_that_ends_in_a_colon_stay() -> None:
    lead = "The union set out its demands. They include:"
    points = [
        "• A pay rise of four per cent for every deckhand",
        "• Inspections of every ferry twice a year",
        "• A ban on crossings in storms",
    ]
    page = "\n\n".join([STORY[0], "\n".join([lead, *points]), *STORY[1:]])
    assert kept(page) == [STORY[0], lead, *points, *STORY[1:]]


def test_wire_captions_given_twice_or_shown_somewhere_and_pointers_elsewhere_leave_the_body() -> (
    None
):
    for caption in (
        # the second time with its credit run on after it
        "Ann Lee, in a photo taken from the union's website, was called calm by the crews.\n"
        "Ann Lee, in a photo taken from the union's website, was called calm by the crews. "
        "(AP PHOTO)",
        # who is in it, shown where and when, above the story
        "Union leader Ann Lee, shown at the quay May 2, 2026. Ann Lee said the crews had won. "
        "UPI/Tom Hart",
        # someone doing something, now, on a day with its year, abbreviations and all
        "Deckhand Tom Hart, No. 25, waves from the quay in Northgate, Ore. on Monday, May 2, 2026.",
    ):
        assert kept("\n\n".join([caption, *STORY])) == STORY, caption
    for line in (
        "Editor's note: There is a more recent version of this story in the updated section.",
        'Tune in to "Estuary Tonight" at 8 p.m. ET Tuesday for the latest on the strike.',
    ):
        assert kept("\n\n".join([*STORY, line])) == STORY, line


def test_a_short_lede_under_the_date_line_and_a_caption_is_the_storys_first_paragraph() -> None:
    page = "\n".join(
        [
            "Ferry strike ends",
            "Crews go back to work.",
            "Last Modified: 02 May 2026 15:36 GMT",
            "Crews cheer on the quay [ANN LEE/REUTERS]",
            "The long ferry strike is finally over.",
            *STORY[1:],
        ]
    )
    assert kept(page) == ["The long ferry strike is finally over.", *STORY[1:]]


def test_a_photographers_credit_set_as_a_point_is_no_heading() -> None:
    page = "\n\n".join([STORY[0], "• Ann Lee / Estuary Times", *STORY[1:]])
    assert kept(page) == STORY


def test_a_gallery_of_pictures_each_credited_above_its_caption_leaves_the_body() -> None:
    gallery = [
        "Photos loading",
        "• Ann Lee / Estuary Times",
        "Union leader Tom Hart stood on the quay in Northgate a day after the vote, as the "
        "first ferries in nine days got ready to sail from the harbour again.",
        "• Joe Bloggs / Coast Daily",
        "A deckhand with a flag on the quay in Northgate a day after the vote, as the first "
        "ferries in nine days got ready to sail from the harbour again.",
        "Published: Wednesday, May 3, 2026",
    ]
    page = "\n\n".join([*gallery, f"NORTHGATE, Ore. – {STORY[0]}", *STORY[1:]])
    assert kept(page) == [f"NORTHGATE, Ore. – {STORY[0]}", *STORY[1:]]


def test_captions_credited_to_an_agency_pool_seen_or_dated_without_a_year_leave_the_body() -> None:
    for caption in (
        "Union leader Ann Lee announces the end of the strike during a rally in Northgate "
        "May 2, 2026. ESTUARY/Tom Hart/Pool",
        "A deckhand seen wearing a life jacket hours before the crews voted to end the strike",
        "Crews take part in a rally, which was held on the quay in Northgate on May 2.",
    ):
        assert kept("\n\n".join([STORY[0], caption, *STORY[1:]])) == STORY, caption


def test_a_dated_caption_with_its_place_after_two_spaces_leaves_the_body() -> None:
    caption = (
        "A rescue team removes their boat after a swift water rescue in the Estuary early "
        "Tuesday, May 5, 2026  at Northgate Quay in Northgate."
    )
    assert kept("\n\n".join([STORY[0], caption, *STORY[1:]])) == STORY


def test_a_long_paragraph_over_a_credit_whose_caption_the_page_lost_is_kept() -> None:
    paragraph = (
        "The vote, which follows a nine-day strike, comes as fears of a summer of disruption "
        "mount across the estuary after the operator cut two crossings from its timetable "
        "this spring."
    )
    page = "\n".join([STORY[0], paragraph, "Photo: Reuters", *STORY[1:]])
    assert paragraph in kept(page)
    # ... while a short one over it is its caption.
    caption = "Crews gathered on the quay after the vote."
    page = "\n".join([STORY[0], caption, "Photo: Reuters", *STORY[1:]])
    assert caption not in kept(page)


def test_a_sections_teaser_and_a_caption_credited_in_two_words_leave_the_body() -> None:
    for furniture in (
        "The latest news from around Northgate.",
        "The quay could have flooded if the gates had failed. Anonymous Source",
    ):
        assert kept("\n\n".join([STORY[0], furniture, *STORY[1:]])) == STORY, furniture
    # ... but a last paragraph cut off after one word in capitals is the story's.
    cut = "The union said the vote was final, its leader Ann Lee said. The"
    assert kept("\n\n".join([*STORY, cut]))[-1].startswith("The union said")
    # ... and so is one cut off after a day: "Earlier Monday" is when, not who took a photo.
    cut = "The jury deliberated for 50 hours before its verdict on eight counts. Earlier Monday"
    assert kept("\n\n".join([*STORY, cut]))[-1] == cut


def test_a_live_pages_markers_between_its_updates_leave_the_body() -> None:
    for marker in ("Update, 9:10 p.m.", "Update Wednesday, 6:30 a.m.", "Original story"):
        assert kept("\n\n".join([STORY[0], marker, *STORY[1:]])) == STORY, marker
    # ... but an update told as a sentence is the story's.
    update = "Update: The operator said on Tuesday that the first ferry would sail at noon."
    assert update in kept("\n\n".join([STORY[0], update, *STORY[1:]]))


def test_updates_over_the_label_of_the_story_they_update_are_the_story() -> None:
    updates = [
        "Health officials say the number of ferries held in the harbour has grown to 34.",
        "Estuary Ferries said Sunday that most of the crossings will resume on Monday.",
    ]
    lede = "NORTHGATE (AP) — " + STORY[0]
    page = ["Ferries held in Northgate", "Associated Press", "Updated 5:18 p.m.:", *updates]
    page += ["Original story:", lede, *STORY[1:]]
    assert kept("\n\n".join(page)) == [*updates, lede, *STORY[1:]]


def test_a_lede_under_its_authors_name_or_leading_in_to_a_quotation_opens_the_story() -> None:
    lede = "Estuary Ferries crews ended their strike Monday, union leader Ann Lee confirmed."
    page = "\n\n".join(["Ferry strike ends", "Tom Hart", lede, *STORY[1:]])
    assert kept(page) == [lede, *STORY[1:]]
    lead_in = "Ann Lee walked out of the union's hall to deliver a short message:"
    page = "\n".join([lead_in, '"The strike is over," said Ann Lee.', *STORY])
    assert kept(page)[:2] == [lead_in, '"The strike is over," said Ann Lee.']


def test_a_poll_put_to_the_reader_leaves_the_body() -> None:
    poll = "Could you face a nine-day wait for a ferry?\nor View Results"
    assert kept("\n\n".join([STORY[0], poll, *STORY[1:]])) == STORY


def test_notes_prompts_and_labels_around_the_story_leave_the_body() -> None:
    furniture = [
        "This article was first published in the Estuary Times on May 4, 2026. It has been "
        "republished online as part of Estuary 50, which looks at how the port has changed "
        "since the bridge opened, and what its future holds.",
        "Scroll down for video of the moment the first ferry left the quay",
        "MUST READ | Ferry strike: what the deal means for passengers",
        "Crews Vote to End Nine-Day Ferry Strike in Northgate. Read more here.",
        "In Short",
        "- Crews voted to end the strike after nine days.",
        "- The operator agreed to a 4% pay rise.",
        "If you are commenting using a Facebook account, your profile information may be "
        "displayed with your comment depending on your privacy settings.",
    ]
    page = "\n\n".join([STORY[0], *furniture[:7], *STORY[1:], furniture[7]])
    assert kept(page) == STORY
    # ... and a note at the end of where the story first ran.
    first = "This article was first reported by Estuary News"
    assert kept("\n\n".join([*STORY, first])) == STORY
    # ... or at its top, where a reprint sets it.
    reprint = (
        "This piece was originally published in Estuary News and appears here as part of our "
        "Harbour Desk collaboration."
    )
    assert kept("\n\n".join([reprint, *STORY])) == STORY


def test_a_label_of_the_page_glued_to_a_paragraph_is_cut_and_the_paragraph_kept() -> None:
    page = "\n\n".join(
        ["Hide AdAdvertisement", f"Hide Ad{STORY[0]}", f"Video{STORY[1]}", *STORY[2:]]
    )
    assert kept(page) == STORY
    # ... and so is the label some outlets set before every story's first words.
    labelled = [f"What just happened? {STORY[0]}", f"Why it matters: {STORY[1]}", STORY[2]]
    assert kept("\n\n".join(labelled)) == STORY
    # A word that only opens like a label stays whole.
    story = [STORY[0], "Videographers filmed the crews as they voted.", *STORY[1:]]
    assert kept("\n\n".join(story)) == story
    # ... and so does the marker where an advertisement stood, and the outlet's name in
    # capitals after a slash at the end of the story.
    marked = [
        STORY[0],
        f"Article continues after this advertisement{STORY[1]}",
        f"{STORY[2]} /ESTUARY",
    ]
    assert kept("\n\n".join(marked)) == STORY


def test_captions_dated_on_a_day_of_the_week_or_given_again_cut_short_leave_the_body() -> None:
    captions = [
        "Union leader Ann Lee departs after the vote at the union hall, May 2, 2026, at the "
        "Harbour Workers Centre in Northgate, Ore.",
        "A ferry crashes into the quay during a training run at the Northgate terminal Friday.",
        "This smartphone screen capture shows a strike notice sent to passengers on Monday.",
        "Deal done: Ann Lee, left, and the operator's chief Tom Hart with the signed agreement",
        "• Crews cheer on the quay in Northgate as the strike ends after nine days.",
        "Crews cheer on the quay in Northgate as the strike ends… (Jo Bloggs / Estuary…)",
        "Union leader Ann Lee cries while embracing a deckhand after winning the vote.",
    ]
    for caption in captions[:4]:
        assert kept("\n\n".join([STORY[0], caption, *STORY[1:]])) == STORY, caption
    assert kept("\n\n".join([STORY[0], *captions[4:6], *STORY[1:]])) == STORY
    assert kept("\n\n".join([STORY[0], captions[6], *STORY[1:]])) == STORY
    # Told of what will be, with no day and year of a picture, it is the story's.
    departs = "The first ferry departs for Southport on Monday, the operator said."
    assert kept("\n\n".join([STORY[0], departs, *STORY[1:]])) == [STORY[0], departs, *STORY[1:]]


def test_a_byline_its_stamp_and_a_pictures_file_name_each_leave_the_body() -> None:
    page = "\n".join(
        [
            "Ferry strike ends after nine days",
            "",
            "Estuary Wire By Estuary Wire The Estuary Wire",
            "on May 04, 2026 at 2:50 AM, updated May 04, 2026 at 3:40 AM",
            "ferry_PICK.jpgView full sizeCrews cheer on the quay in Northgate as the strike "
            "ends, May 4, 2026, during a rally by the union.",
            f"dock.jpg{STORY[0]}",
            "",
            *STORY[1:],
            "",
            "Read the full story at the Estuary Times and Coast Daily.",
        ]
    )
    assert kept(page) == STORY


def test_a_dateline_lede_of_short_sentences_under_the_byline_opens_the_story() -> None:
    lede = "NORTHGATE, Ore. (AP) _ Well, nobody's perfect. Except maybe the union."
    page = "\n\n".join(["Ferry strike ends after nine days", "ANN LEE AP Writer", lede, *STORY])
    assert kept(page) == [lede, *STORY]


def test_notes_on_the_story_the_comment_box_and_a_credited_caption_leave_the_body() -> None:
    furniture = [
        "Editor's note: This story was originally published in the Estuary Times on May 4, 2026.",
        "Our website is temporarily unavailable in your location.",
        "We are working hard to get it back online.",
        "Crews celebrating on the quay in Northgate in 2026 (Getty Images)",
        "Check out our sister website coastdaily.com's live blog for all the reaction.",
        "AdvertisementAdvertise with Estuary Media.",
    ]
    closing = [
        "This story is developing. Please check back for updates.",
        "Estuary Times reserves the right to remove comments but is under no obligation to do so.",
        "You must be logged in to post a comment.",
    ]
    names = (
        "Estuary Ferries' routes have included Northgate, Southport & Harwick while its "
        "freight lines include Baltic Star, Coast Line, Marlin & Sons."
    )
    story = [*STORY, names]
    page = "\n\n".join([STORY[0], *furniture, *story[1:], "Leave a Reply", *closing])
    assert kept(page) == story


def test_notes_on_the_writer_and_a_developing_story_leave_the_body() -> None:
    notes = [
        "Ann Lee covers transport and the coast for the Estuary Desk. Follow her on Twitter "
        "@AnnLeeNews.",
        "Tom Hart is Editor-in-Chief of Coast Daily. He has been a ferry pilot for 30 years and "
        "joined Coast Daily 12 years ago.",
        "This is a developing story. Please check back for updates.",
    ]
    assert kept("\n\n".join([*STORY, *notes])) == STORY
    # The same words about someone in the story, with no career after them, stay.
    editor = (
        "Tom Hart is editor of the Northgate Gazette. He has called for an inquiry into the strike."
    )
    assert kept("\n\n".join([*STORY, editor])) == [*STORY, editor]


def test_a_long_lede_dense_with_names_and_figures_opens_the_story() -> None:
    lede = (
        "UK ferry operator group Estuary Lines has suffered a major systems failure, cancelling "
        "1,240 Northgate crossings, 310 Southport sailings and 58,000 passenger bookings."
    )
    assert kept("\n".join([lede, *STORY])) == [lede, *STORY]


def test_a_labelled_caption_leaves_the_body_and_a_place_in_capitals_before_a_colon_stays() -> None:
    caption = "Relief: Crews carry their bags off the ferry in Northgate on Monday."
    assert kept("\n\n".join([STORY[0], caption, *STORY[1:]])) == STORY
    cheers = (
        "NORTHGATE: The cheers of 3,000 passengers drowned out the ferry's horn yesterday as "
        "the first crossing in nine days left the quay."
    )
    assert kept("\n\n".join([cheers, *STORY])) == [cheers, *STORY]


def test_a_stamp_with_its_byline_leaves_the_body_and_opens_no_story() -> None:
    page = "\n\n".join(
        [
            "Ferry strike ends after nine days",
            "May 4, 2026|By Ann Lee and Tom Hart, Estuary Times Staff Writers.",
            *STORY,
        ]
    )
    assert kept(page) == STORY


def test_credits_prompts_comments_and_link_lines_around_the_story_leave_the_body() -> None:
    furniture = [
        "More from Coast Daily: Hotdesking: the office of the future?",
        "Watch video from the quay as the crews voted.",
        "Read about the row that broke out at the union hall.",
        "Crews from left, Ann Lee (from left), Tom Hart and Jo Bloggs on the quay",
        "Ferries are parked on the quay at Northgate harbour",
        "Scorecard | Crews cheer the deal | Operator's chief on the strike",
        "This article was originally on a blog post platform and may be missing photos, "
        "graphics or links.",
        "Create a free profile to get unlimited access to exclusive videos and more!",
    ]
    closing = [
        "The Estuary Wire contributed to this report.",
        "The Estuary Wire contributed.",
        "To continue reading, please click here.",
        "Updates to follow...",
        "More to follow.",
        "Did you miss a crossing? Do you work for the operator? We'd love to hear from you. "
        "Using a phone that is not your work phone, you can contact Ann Lee securely on Signal "
        "or email ann.lee@example.org.",
        "Were you on the quay yesterday? Add a comment below...",
        "@jo_ferry Well, for one, you cared enough to comment.",
    ]
    handle = '@northgateferries posted a photo of the first crossing, saying: "We\'re back."'
    story = [*STORY, handle]
    page = "\n\n".join([STORY[0], *furniture, *story[1:], *closing])
    assert kept(page) == story


def test_a_caption_naming_who_stands_beside_whom_and_the_papers_own_product_leave_the_body() -> (
    None
):
    furniture = [
        "Union leader Ann Lee, right, and the operator's chief Tom Hart after the vote on Monday.",
        "Today's Paper, also known as the e-Edition, is an online replica of the printed "
        "newspaper.",
    ]
    assert kept("\n\n".join([STORY[0], *furniture, *STORY[1:]])) == STORY


def test_a_standfirst_the_story_retells_in_much_the_same_words_leaves_the_body() -> None:
    # The page's summary above the story, told again below it with a word or two changed
    # ("Northgate" / "the port") and more besides: one telling, not two claims.
    standfirst = (
        "The ferry strike ended on Monday after the union accepted a new pay offer from the "
        "operator, which had cancelled every crossing out of Northgate for nine days."
    )
    lede = (
        "The ferry strike ended on Monday after the union accepted a new pay offer from the "
        "operator, which had cancelled every crossing out of the port for nine days, union "
        "leaders said."
    )
    assert kept("\n\n".join([standfirst, lede, *STORY[1:]])) == [lede, *STORY[1:]]


def test_a_summary_cut_off_above_the_story_leaves_it_whole() -> None:
    # A page's description runs the first paragraphs together and stops mid-sentence.
    summary = f"{STORY[0]} {STORY[1]} The operator said it would"
    assert kept("\n\n".join([summary, *STORY])) == STORY


def test_a_pull_quote_the_story_gives_in_a_longer_paragraph_leaves_the_body() -> None:
    quote = "We held out for nine days and in the end the operator came to us with a better offer."
    said = f'Union leader Ann Lee said: "{quote}"'
    page = "\n\n".join([STORY[0], STORY[1], quote, STORY[2], said])
    assert kept(page) == [STORY[0], STORY[1], STORY[2], said]


def test_a_lede_that_shares_a_phrase_with_a_later_paragraph_stays() -> None:
    # Reporters repeat a name or a phrase ("the new pay offer from the operator"); that is
    # no retelling of the lede.
    later = (
        "Under the new pay offer from the operator, crews get 6 per cent this year and "
        "another 4 per cent next year."
    )
    assert kept("\n\n".join([*STORY, later])) == [*STORY, later]


def test_notices_on_access_live_updates_commissions_and_local_prompts_leave_the_body() -> None:
    furniture = [
        "This article is freely available.",
        "This report is updated below. Please refresh the page to see latest reports (running "
        "bottom to top).",
        "We may earn a commission from links on this page.",
        "Find out what's happening in Elm Parkfor free with the latest updates from Patch.",
    ]
    page = "\n\n".join([STORY[0], *furniture[:2], STORY[1], *furniture[2:], STORY[2]])
    assert kept(page) == STORY


def test_an_embedded_post_its_signature_and_its_hashtag_leave_the_body() -> None:
    posts = [
        # the text over its signature, the text and link run into it, a post on its hashtag
        "So proud of every crew member who held the line for nine days.",
        "- Ann Lee (@annlee_union) May 4, 2026",
        "The crossings are back tomorrow, and the fares stay where they were. "
        "https://t.co/Ab12Cd34 - Estuary Ferries (@estuaryferries) May 4, 2026",
        "Crews vote to accept the offer and end the ferry strike #FerryStrike",
        # the text and its signature in one paragraph, with no link between them
        "Back at work tomorrow. Proud of this crew. — Ann Lee (@annlee_union) May 4, 2026",
        # ... its handle shown as the name again, its day as a timestamp
        "\u201cThe fares stay where they were.\u201d— Ann Lee (@Ann Lee) 1654112584",
    ]
    page = "\n\n".join([STORY[0], *posts[:2], STORY[1], *posts[2:], STORY[2]])
    assert kept(page) == STORY
    # A post's first part, set apart from the rest over its signature, goes with it.
    split = [
        "Safety comes first on every #FerryLine crossing. Each ferry carries two crews.",
        "Every ferry has 16 lifeboats on board. #FerryStrike pic.twitter.com/Ab12Cd34 "
        "\u2014 Estuary Ferries (@estuaryferries) May 4, 2026",
    ]
    page = "\n\n".join([STORY[0], split[0], "", split[1], *STORY[1:]])
    assert kept(page) == STORY
    # A story's own paragraph that names a hashtag stays.
    named = "The union's #FerryStrike campaign drew support from crews across the estuary."
    story = [STORY[0], named, *STORY[1:]]
    assert kept("\n\n".join(story)) == story


def test_a_caption_credited_via_an_agency_or_glued_to_its_credit_leaves_the_body() -> None:
    captions = [
        "Ann Lee. (Image via Getty.)",
        "Crews at the quay in Northgate on MondayCredit: Alamy",
    ]
    page = "\n\n".join([STORY[0], captions[0], STORY[1], captions[1], STORY[2]])
    assert kept(page) == STORY


def test_a_caption_glued_after_a_paragraph_with_a_picture_credit_leaves_it() -> None:
    for credit in ("(Screengrab @ANI (X))", "(PTI Photo)", " (File photo)"):
        glued = f"{STORY[0]} Crews gather on the quay at Northgate on Monday.{credit}"
        page = "\n\n".join([glued, *STORY[1:]])
        assert kept(page) == STORY, credit
    # A paragraph's own last sentence with a wire's credit is the story's.
    assert kept("\n\n".join([f"{STORY[0]} (Reuters)", *STORY[1:]]))[0].startswith(STORY[0])


def test_a_one_sentence_paragraph_that_reports_stays_over_a_credit_whose_caption_is_lost() -> None:
    for report in (
        "As of press time, 12 crew members were confirmed rescued and two were missing.",
        "The ferry carried 96 people, the harbour master told a news conference last night.",
    ):
        page = "\n".join([STORY[0], report, "Photo: CNA", STORY[1], STORY[2]])
        assert report in kept(page), report
    # A sentence that reports nothing over the credit is its caption.
    caption = "Crews on the quay at Northgate after the vote."
    assert caption not in kept("\n".join([STORY[0], caption, "Photo: CNA", *STORY[1:]]))


def test_a_credit_that_says_who_copied_or_provided_the_photo_leaves_the_body() -> None:
    for credit in ("Photo copied by Ann Lee, Estuary Times", "Photo provided by the coastguard"):
        assert kept("\n\n".join([STORY[0], STORY[1], credit, STORY[2]])) == STORY, credit


def test_a_link_labelled_read_inside_a_paragraph_leaves_it() -> None:
    page = "\n\n".join([f"{STORY[0]} (READ: Ferry strike: what it means for you)", *STORY[1:]])
    assert kept(page) == STORY


def test_the_headline_given_again_under_its_date_line_leaves_the_body() -> None:
    headline = "Ferry Strike Officially Ends in Northgate."
    page = "\n".join([headline, "04 May 202607:22 AM", headline, "", "\n\n".join(STORY)])
    assert kept(page) == STORY


def test_a_pull_quote_set_over_its_speakers_name_leaves_the_body() -> None:
    quote = "We held out for nine days and in the end the operator came back with more"
    for speaker in (["Ann Lee"], ["Ann Lee, union leader"], ["Ann Lee", "Union leader"]):
        page = "\n\n".join([STORY[0], STORY[1], quote, *speaker, STORY[2]])
        assert kept(page) == STORY, speaker
    # A subheading under a paragraph that ends like one is the story's.
    assert kept("\n\n".join([STORY[0], STORY[1], "Back to Work", STORY[2]])) == [
        STORY[0],
        STORY[1],
        "## Back to Work",
        STORY[2],
    ]


def test_a_correction_notice_over_the_story_leaves_the_body() -> None:
    notice = [
        "For the record:",
        "",
        "12:00 a.m. May 5, 2026 For The Record",
        "Estuary Times Tuesday May 05, 2026 Home Edition Main News Part A Page 2 National Desk "
        "1 inches; 40 words Type of Material: Correction",
        "Ferry strike: An article in Monday's Section A about the ferry strike said the strike "
        "lasted eight days. It lasted nine.",
        "",
    ]
    page = "\n".join(["Ferry strike ends after nine days", "", *notice, "\n\n".join(STORY)])
    assert kept(page) == STORY


def test_a_search_link_after_a_name_leaves_the_sentence() -> None:
    page = "\n\n".join(
        ["The strike closed the Northgate Ferry Terminal (search) for nine days.", *STORY[1:]]
    )
    assert kept(page)[0] == "The strike closed the Northgate Ferry Terminal for nine days."


def test_a_videos_title_and_summary_with_its_running_time_leave_the_body() -> None:
    video = [
        "Union leader: 'We held the line' (1:47)",
        "Union leader Sam Okafor says the crews held out for nine days and thanks the "
        "passengers who backed the strike. (1:47)",
    ]
    assert kept("\n\n".join([STORY[0], *video, *STORY[1:]])) == STORY
    # A time in brackets inside a sentence is the story's.
    timed = f"{STORY[0]} The last ferry left at dusk (18:40) and the next at dawn."
    assert kept("\n\n".join([timed, *STORY[1:]]))[0] == timed


def test_a_caption_given_twice_in_one_line_leaves_the_body() -> None:
    caption = (
        "Estuary Times: Out of the nine crews at the Northgate terminal, eight voted to accept "
        "the operator's offer on Monday (PA)Out of the nine crews at the Northgate terminal, "
        "eight voted to accept the operator's offer on Monday (PA)"
    )
    assert kept("\n\n".join([STORY[0], caption, *STORY[1:]])) == STORY


def test_a_file_photo_caption_given_twice_above_a_dated_lede_leaves_the_header() -> None:
    caption = (
        "In this Sunday, Feb. 26, 2026, file photo, union leader Ann Lee arrives at the "
        "harbour offices in Northgate."
    )
    lede = (
        "NORTHGATE -- Ann Lee, the leader of the ride-share drivers' and ferry crews' union, "
        "ended the strike Wednesday under pressure from members."
    )
    page = "\n\n".join(["Ferry strike ends", f"{caption}\n{caption}", lede, *STORY[1:]])
    assert kept(page) == [lede, *STORY[1:]]


def test_a_paywalls_notice_to_a_subscriber_leaves_the_page() -> None:
    notice = [
        "Subscription Notification",
        "We have noticed that there is an issue with your subscription billing details. Please "
        "update your billing details here",
        "Your subscription will end shortly",
    ]
    found = from_text("\n".join(notice) + "\n\nFerry strike ends\n\n" + "\n\n".join(STORY))
    assert found.body.strip().split("\n\n") == STORY
    assert found.author is None


def test_a_card_of_links_glued_to_a_name_leaves_the_sentence() -> None:
    card = (
        "Governor ReyesMarta Elena ReyesReyes signs ferry budget Council delays vote on "
        "harbour fees Will the strike spread north? MORE"
    )
    page = "\n\n".join([f"{card} said the strike closed the Northgate terminal.", *STORY[1:]])
    assert kept(page)[0] == "Governor Reyes said the strike closed the Northgate terminal."
    # Without the card, a word in capitals is the story's own.
    shouted = f"{STORY[0]} Crews chanted MORE PAY at the gates."
    assert kept("\n\n".join([shouted, *STORY[1:]]))[0] == shouted


def test_another_storys_headline_set_as_a_question_in_capitals_leaves_the_body() -> None:
    links = ["What Did The Union Win That The Crews Had Asked For?", "Are Ferry Strikes Over?"]
    page = "\n\n".join([STORY[0], links[0], STORY[1], links[1], STORY[2]])
    assert kept(page) == STORY
    # A question the story asks in its own words, or a subheading in capitals, stays, as
    # a subheading.
    asked = "Will the operator keep its word this time?"
    heading = "Back to Work on Tuesday"
    page = "\n\n".join([STORY[0], asked, STORY[1], heading, STORY[2]])
    assert kept(page) == [STORY[0], f"## {asked}", STORY[1], f"## {heading}", STORY[2]]


def test_wire_captions_with_an_abbreviated_place_a_cut_credit_or_a_credit_via_an_agency_leave() -> (
    None
):
    captions = [
        "Police officers fire tear gas at demonstrators on the quay in Northgate, Monday, May 4, "
        "2026.",
        "Crews celebrate after the vote on May 4, 2026 at the St. Anne's Hall in Northgate.",
        "Union leader Ann Lee waves to crews on the quay, Monday, May 4, 2026.(",
        "A ferry waits at the quay in Northgate. Photograph: Jo Bloggs/Estuary Wire.",
        "A ferry drifts above the harbour wall, with crews seen below it. Jo Bloggs via AP",
    ]
    page = "\n\n".join([STORY[0], *captions[:3], STORY[1], *captions[3:], STORY[2]])
    assert kept(page) == STORY


def test_a_share_buttons_thanks_a_note_of_a_correction_and_a_link_to_a_document_leave() -> None:
    page = "\n\n".join(
        [
            "Thank you for sharing!",
            "Your article was successfully shared with the contacts you provided.",
            "Please note the green-lined linked article text has been applied commercially "
            "without any involvement from our newsroom editors, reporters or any other "
            "editorial staff.",
            f"{STORY[0]} Editor’s Note: This file has been updated to reflect a Correction . "
            f"{STORY[1]}",
            f"{STORY[2]} Read the Union’s Statement Presented to the Port Board .",
        ]
    )
    assert kept(page) == [f"{STORY[0]} {STORY[1]}", STORY[2]]


def test_a_live_pages_title_over_its_first_entry_leaves_it() -> None:
    page = "\n\n".join([f"Ferry strike, day nine LIVE updates: {STORY[0]}", *STORY[1:]])
    assert kept(page) == STORY


def test_a_promotion_above_the_headline_and_the_authors_handle_leaves_the_body() -> None:
    page = "\n\n".join(
        [
            "Heat making summer ferry queues risky at times in Northgate. It'll get worse.",
            "TRAVEL",
            "Ferry strike ends after nine days",
            "Ann Lee",
            "@annlee_news",
            *STORY,
        ]
    )
    assert kept(page) == STORY


def test_a_media_caption_run_into_its_label_or_under_it_leaves_the_body() -> None:
    page = "\n\n".join(
        [
            *STORY[:2],
            "Media captionThe union leader says crews are relieved the strike is over",
            STORY[2],
            "Media caption,",
            'Ann Lee: "We are glad to be going back to w',
        ]
    )
    assert kept(page) == STORY


def test_a_pictures_alternative_text_a_pointer_to_it_or_a_gallery_link_leaves_the_body() -> None:
    page = "\n\n".join(
        [*STORY[:2], "ann lee union", "Below: Ann Lee", "Gallery Ferry strike VIEW NOW", STORY[2]]
    )
    assert kept(page) == STORY


def test_an_advertisements_marker_with_its_prompt_to_scroll_leaves_the_body() -> None:
    page = "\n\n".join([*STORY[:2], "Advertisement. Scroll to continue reading.", STORY[2]])
    assert kept(page) == STORY


def test_a_story_hard_wrapped_at_a_fixed_width_is_joined_back_into_its_paragraphs() -> None:
    page = """By Ann Lee and Tom Hart
NORTHGATE, May 4 The ferry operator's
300 crews will return to work on Tuesday after the union
accepted a new pay offer, ending a strike that had stopped
every crossing to the islands for nine days.
The vote was held on Monday evening at the union's hall in
Northgate, and the result was announced shortly after 9 p.m.
Ann Porter, general secretary of the Northgate Seafarers
Union, said members had won most of what they asked for.
The operator said it would publish a new timetable by the
end of the week."""
    assert kept(page) == [
        "NORTHGATE, May 4 The ferry operator's 300 crews will return to work on Tuesday after "
        "the union accepted a new pay offer, ending a strike that had stopped every crossing to "
        "the islands for nine days.",
        "The vote was held on Monday evening at the union's hall in Northgate, and the result "
        "was announced shortly after 9 p.m.",
        "Ann Porter, general secretary of the Northgate Seafarers Union, said members had won "
        "most of what they asked for.",
        "The operator said it would publish a new timetable by the end of the week.",
    ]


def test_a_hard_wrapped_story_of_short_sentences_opens_with_its_first_sentence() -> None:
    # Many of its sentences end on a short line ("Wednesday."), and no headline stands over
    # it: its first line, cut off on "the", is no headline but the lede's first words.
    page = """Several ferries of the
Northgate Line fleet were held at the quay in Estuary
Harbour this morning, the operator said on
Wednesday.
Crews are said to have walked out over pay - but the
union has not said how long the strike
will last.
The operator therefore thinks the crossings may be
cancelled until the weekend.
The walkout was carefully planned, union sources said.
Estuary councillors said they would meet the operator and
the union on Thursday."""
    found = from_text(page)
    assert found.title is None
    assert found.body.split("\n\n")[0] == (
        "Several ferries of the Northgate Line fleet were held at the quay in Estuary Harbour "
        "this morning, the operator said on Wednesday."
    )


def test_a_paragraph_closed_by_a_guillemet_over_a_crosshead_stays() -> None:
    quoted = "Crews walked out at dawn, union leader Ann Lee said. «We were left with no choice.»"
    page = "\n\n".join([*STORY[:2], quoted, "Talks Collapse", STORY[2]])
    assert kept(page) == [*STORY[:2], quoted, "## Talks Collapse", STORY[2]]


def test_an_update_note_in_brackets_keeps_what_it_adds_without_its_label() -> None:
    update = "Later in the day, the union said 40 more crews had voted to return."
    page = "\n\n".join([*STORY[:2], f"[Updated, 7 a.m. BST May 5: {update}]", STORY[2]])
    assert kept(page) == [*STORY[:2], update, STORY[2]]


def test_a_caption_dated_in_brackets_above_the_story_leaves_the_body() -> None:
    page = "\n\n".join(
        [
            "Ann Lee, chief executive of Northgate Ferries, answers questions at a press "
            "conference following the May 3 strike vote. (May 4, 2026)",
            *STORY,
        ]
    )
    assert kept(page) == STORY


def test_other_stories_headlines_set_between_paragraphs_leave_the_body() -> None:
    links = [
        "'Nine days adrift': stranded passengers tell of life aboard the idle ferries",
        "Should you still book a crossing? Here's what the union says about the summer",
    ]
    page = "\n\n".join([*STORY[:2], *links, STORY[2]])
    assert kept(page) == STORY
    # ... and so do the links beside them whose titles ask a question
    asking = [
        "Ann Lee: What if the ferries never came back? Six things I learned on the quay in 2025",
        "'The minute I boarded, I knew': Are island families ready for another strike?",
    ]
    page = "\n\n".join([*STORY[:2], *asking, *links, STORY[2]])
    assert kept(page) == STORY
    # ... and a link above a question, after a paragraph the page cut off
    cut = (
        "Crews who had waited on the quay since dawn were told of the vote by their union, Ann "
        "Lee said, with the youngest of them a deckhand of nineteen. Two other crews, from the "
        "island run, were reported to be among those who voted against it. “The vote was "
        "close,” she said, add"
    )
    above = "Harbour board's hopes of a new terminal hang in the balance as funding plan stalls"
    page = "\n\n".join([STORY[0], cut, above, asking[1], *links, *STORY[1:]])
    assert kept(page) == [STORY[0], cut, *STORY[1:]]
    # ... but a question the story asks, beside no links, stays (as its subheading).
    question = "Will the ferries run again before the summer? The union says it cannot promise"
    assert any(question in line for line in kept("\n\n".join([*STORY[:2], question, STORY[2]])))
    # ... and so do a gallery's captions
    captions = [
        "A ferry waits at the quay in Northgate on Sunday as crews met to vote on the offer. "
        "The strike has stopped every crossing for nine days running since the talks failed",
        "Crew members take a break as they clean the deck of a ferry in Northgate, on Sunday",
        "A helicopter flies over the idle ferries at the quay in Northgate",
    ]
    page = "\n\n".join([*STORY[:2], *captions, STORY[2]])
    assert kept(page) == STORY
    # ... while a quotation and who said it, set without a full stop, stays.
    quotes = [
        '"We are glad to be going back" - Ann Lee',
        '"The fares stay where they were" - Tom Hart',
    ]
    page = "\n\n".join([*STORY[:2], *quotes, STORY[2]])
    assert kept(page) == [*STORY[:2], *quotes, STORY[2]]
    # ... while one long line without a full stop stays: a sentence the page lost its stop
    # from, not a list of links.
    lone = "Crews who held out for nine days will be back on the quay by Tuesday morning"
    assert kept("\n\n".join([*STORY[:2], lone, STORY[2]])) == [*STORY[:2], lone, STORY[2]]


def test_a_sign_off_to_the_sites_other_pages_and_captions_credited_unusually_leave() -> None:
    furniture = [
        "While you're here, be sure to keep up with our live blog on the ferry strike.",
        "Crews at the quay in Northgate. Ann Lee Credit: Ann Lee",
        "Crews voted on Monday to end the strike. Photo Provided by Ann Lee/Harbour Images",
        "Crews voted on Monday to end the strike. File Photo by Ann Lee/Harbour Images",
    ]
    page = "\n\n".join([*STORY[:2], furniture[0], STORY[2], furniture[1]])
    assert kept(page) == STORY
    page = "\n\n".join([STORY[0], furniture[1], *STORY[1:]])
    assert kept(page) == STORY
    for caption in furniture[2:]:
        assert kept("\n\n".join([STORY[0], caption, *STORY[1:]])) == STORY, caption


def test_an_outlets_wire_credit_and_its_app_prompt_leave_the_body() -> None:
    # "(With PTI inputs)" on its own line or after the last sentence, and a prompt to the
    # outlet's app named by its name, after the story.
    tail = (
        "Catch all the Business News, Breaking News and Latest Updates on Estuary Times. "
        "Download The Estuary Times App to get Daily Market Updates."
    )
    page = "\n\n".join([*STORY, "(With PTI inputs)", tail])
    assert kept(page) == STORY
    glued = [STORY[0], f"{STORY[1]} (With inputs from agencies)", STORY[2]]
    assert kept("\n\n".join(glued)) == STORY
    # A sentence that only mentions inputs stays whole.
    story = [*STORY, "The operator said it would seek inputs from passengers on the new timetable."]
    assert kept("\n\n".join(story)) == story


def test_a_pages_numbered_skip_links_are_no_headline() -> None:
    # A page's skip links, copied as the numbered list they are, above the headline.
    links = "1. Skip to content\n  2. Skip to main menu\n  3. Skip to more Estuary sites"
    page = "\n\n".join([links, "Ferry strike ends after nine days", "May 4, 2026", *STORY])
    result = from_text(page)
    assert result.title == "Ferry strike ends after nine days"
    assert kept(page) == STORY


def test_short_points_under_a_lead_in_the_story_worded_stay() -> None:
    # "Other demands included:" is the story's lead-in, not a heading, and its points are
    # the demands however short, not a list of links.
    lead = "Other demands included:"
    points = [
        "- a nine-day fortnight",
        "- the return of pay rises tied to inflation",
        "- limits on how long a deckhand can be kept on a temporary contract without benefits",
    ]
    page = "\n".join([STORY[0], lead, *points, *STORY[1:]])
    escaped = [f"\\{p}" for p in points]
    assert kept(page) == [STORY[0], lead, *escaped, *STORY[1:]]
    # ... and so are points whose star is set against their first word ("*Shopping for ...").
    starred = [f"*{p[2].upper()}{p[3:]}" for p in points]
    assert kept("\n".join([STORY[0], lead, *starred, *STORY[1:]])) == [
        STORY[0],
        lead,
        *[f"\\{p}" for p in starred],
        *STORY[1:],
    ]
    # ... and so is a lead-in that says who advises what the points say.
    advice = "The harbour guidance says that passengers should:"
    assert kept("\n".join([STORY[0], advice, *points, *STORY[1:]])) == [
        STORY[0],
        advice,
        *escaped,
        *STORY[1:],
    ]
    # Short points under a label for other stories are its links.
    links = ["Related:", "- Ferry fares to rise", "- Union names new leader"]
    assert kept("\n".join([STORY[0], *links, *STORY[1:]])) == STORY


def test_a_promise_to_update_the_story_leaves_the_body() -> None:
    for note in (
        "We'll update this post with new information as it becomes available.",
        "This story will be updated.",
        "This is a developing story and will be updated.",
        "—This is a developing story and will be updated.",
        "<i>This post has been corrected. See below for details.</i>",
        "THIS IS A BREAKING NEWS UPDATE. AP’s earlier story is below:",
        "You’ve reached your limit of {{free_limit}} free articles this month.",
    ):
        assert kept("\n\n".join([*STORY, note])) == STORY
    # ... or glued to the end of the last paragraph.
    glued = f"{STORY[2]} We'll update this post with new information as it becomes available."
    assert kept("\n\n".join([*STORY[:2], glued])) == STORY
    # ... and so does an editor's mark after a paragraph.
    marked = f'{STORY[1]} "It is a fair deal," Lee said. (edited)'
    assert (
        kept("\n\n".join([STORY[0], marked, STORY[2]]))[1]
        == f'{STORY[1]} "It is a fair deal," Lee said.'
    )
    # ... and a wire's sign-off with its desk's initials.
    signed = f'{STORY[1]} "It is a fair deal," Lee said. (end) atk'
    assert (
        kept("\n\n".join([STORY[0], signed, STORY[2]]))[1]
        == f'{STORY[1]} "It is a fair deal," Lee said.'
    )
    # A sentence about the operator's own updates stays.
    story = [*STORY, "The operator will update its timetable with new crossings on Friday."]
    assert kept("\n\n".join(story)) == story


def test_a_speakers_lead_in_to_a_quotation_is_no_heading_and_a_link_over_read_more_goes() -> None:
    # A quotation opened after who spoke, its line short and full of names, then carried
    # on in the next paragraph.
    lead = "Estuary skipper Ann Lee told Northgate FM: “It’s amazing."
    quote = "“A lot of relief at the end. We had the character to pull it back.”"
    story = [STORY[0], lead, quote, *STORY[1:]]
    assert kept("\n\n".join(story)) == story
    noted = 'He noted: "This is a national struggle,"'
    assert kept("\n\n".join([STORY[0], noted, *STORY[1:]])) == [STORY[0], noted, *STORY[1:]]
    # A link to another story, its title and "Read more".
    link = "Northgate 1-2 Estuary: Cup final – live! Read more"
    assert kept("\n\n".join([STORY[0], link, *STORY[1:]])) == STORY


def test_a_newsletter_box_glued_under_a_date_and_empty_caption_labels_leave_the_body() -> None:
    box = (
        " date 2026-05-04 Sign up to the Estuary Briefing email for your free daily briefing "
        "on the port Get our free Estuary Briefing email Please enter a valid email address "
        "SIGN UP I would like to be emailed about offers and updates from the Estuary Times. "
        "Read our privacy notice Thanks for signing up to the"
    )
    result = from_text("\n\n\n".join([box, *STORY]))
    assert result.body.split("\n\n") == [s + ("\n" if s == STORY[-1] else "") for s in STORY]
    assert result.published == "2026-05-04"
    # A caption's label left with nothing under it, between paragraphs.
    page = "\n\n".join([STORY[0], "Estuary Times:", STORY[1], "Estuary Times:", STORY[2]])
    assert kept(page) == STORY


def test_a_weather_boxs_label_and_prompts_to_other_pages_leave_the_page() -> None:
    promo = (
        "For the latest Cup news, live scores and fixtures, log on to estuarytimes.in/sports. "
        "Like us on Facebook or follow us on Twitter for Cup news, scores and updates."
    )
    page = "\n\n".join(
        ["Today in Northgate, Estuary", "Ferry strike ends after nine days", *STORY, promo]
    )
    assert from_text(page).title == "Ferry strike ends after nine days"
    assert kept(page) == STORY


def test_a_picture_caption_run_on_a_blogs_buttons_and_a_link_to_a_document_leave_the_body() -> None:
    for furniture in (
        "The ferry had a long career on the estuary before it was retired. Pictured: the "
        "Northgate Star at the quay in June 2017",
        "Like this: Like Loading...",
        "A statement on the meeting of the union's executive can be found here.",
    ):
        assert kept("\n\n".join([STORY[0], furniture, *STORY[1:]])) == STORY, furniture


def test_a_noun_before_its_verb_is_no_captions_subject_doing_something() -> None:
    # "Rescue work was under way ... on Thursday" reports; "A rescuer works ... on
    # Thursday" captions a picture.
    story = [STORY[0], "Rescue work was under way at the quay on Thursday.", *STORY[1:]]
    assert kept("\n\n".join(story)) == story
    caption = "A rescuer works on the hull of the ferry at the quay on Thursday."
    assert kept("\n\n".join([STORY[0], caption, *STORY[1:]])) == STORY


def test_a_fact_box_under_its_title_in_capitals_leaves_the_body() -> None:
    box = "\n".join(
        [
            "ESTUARY FERRIES FACTS",
            "Biggest ferry operator on the estuary",
            "Has a quay in every town on the coast",
            "Carried its first passengers 40 years ago",
            "Employs 1,200 people on 14 ferries",
        ]
    )
    assert kept("\n\n".join([STORY[0], box, *STORY[1:]])) == STORY


def test_a_sites_widgets_and_a_videos_lead_in_leave_the_body() -> None:
    widgets = [
        "US Markets Loading... H M S In the news",
        "Chevron icon It indicates an expandable section or menu, or sometimes previous / next "
        "navigation options. HOMEPAGE",
    ]
    lead_in = "Estuary FM's harbour correspondent Jo Bloggs reports live from the scene:"
    page = "\n\n".join(
        [*widgets, "Ferry strike ends after nine days", STORY[0], lead_in, *STORY[1:]]
    )
    assert from_text(page).title == "Ferry strike ends after nine days"
    assert kept(page) == STORY


def test_a_wires_crosshead_glued_between_dashes_heads_the_rest_of_its_paragraph() -> None:
    glued = f"{STORY[0]} - Crews back on Tuesday - {STORY[1]}"
    assert kept("\n\n".join([glued, STORY[2]])) == [
        STORY[0],
        "## Crews back on Tuesday",
        STORY[1],
        STORY[2],
    ]
    # A dash between clauses of one sentence is no crosshead.
    aside = "The operator - which had cancelled every crossing - said it would publish a timetable."
    assert kept("\n\n".join([STORY[0], aside])) == [STORY[0], aside]


def test_a_caption_ending_on_its_photographer_and_agency_in_capitals_leaves_the_body() -> None:
    caption = (
        "Members and supporters of the crews' union, in yellow (left), celebrate the vote on "
        "the quay in Northgate on May 4, 2026 (JO BLOGGS/AFP/Getty Images)"
    )
    assert kept("\n\n".join([STORY[0], caption, *STORY[1:]])) == STORY


def test_a_byline_over_a_dated_lede_starts_the_story_below_a_long_caption() -> None:
    caption = (
        "Harbour master Ann Lee said the strike ended on Monday after the union accepted a new "
        "pay offer from the operator, and that crews would be back at work on the first "
        "crossings on Tuesday."
    )
    lede = "NORTHGATE, Estuary — " + STORY[0]
    page = "\n\n".join(
        [
            "Ferry strike ends after nine days",
            caption,
            "Photo: Jo Bloggs/Estuary Wire",
            "By Sam Carter and Ruth Ames",
            "Estuary Wire",
            lede,
            *STORY[1:],
        ]
    )
    imported = from_text(page)
    assert imported.author == "Sam Carter and Ruth Ames"
    assert kept(page) == [lede, *STORY[1:]]


def test_an_advertisements_label_given_twice_is_no_headline_given_again() -> None:
    lede = "NORTHGATE, May 4 (Estuary Wire) -- " + STORY[0]
    page = "\n\n".join(
        [
            "Advertisement",
            "Ferry strike ends after nine days",
            "By Ruth Ames",
            lede,
            STORY[1],
            "Advertisement",
            STORY[2],
        ]
    )
    assert kept(page) == [lede, *STORY[1:]]


def test_other_stories_after_the_copyright_notice_leave_the_page() -> None:
    teasers = [
        "Tide Tables Change For the Summer",
        "New tables show the spring tides will reach the quay wall twice a day in June.",
        "Ferries & Travel",
        "Harbour Dredging May Close The Channel for a Week",
        "Dredgers will work through the night, but the channel may still close to larger "
        "ships for as long as a week.",
    ]
    notice = "Copyright © 2026 Estuary Wire. All rights reserved."
    assert kept("\n\n".join([*STORY, notice, *teasers])) == STORY


def test_a_headline_in_capitals_and_one_over_a_pictures_credit_are_the_title() -> None:
    page = "\n\n".join(["Ferry Strike Ends After Nine Days", "Travel", "ferry strike pay", *STORY])
    assert from_text(page).title == "Ferry Strike Ends After Nine Days"
    headline = "Ferry strike ends after nine days as crews accept ‘new offer,’ union says"
    page = "\n\n".join([f"Ferry strike\n{headline} Getty Images", *STORY])
    assert from_text(page).title == headline


def test_a_caption_given_three_times_video_and_promotion_prompts_and_a_papers_credit_leave() -> (
    None
):
    caption = "A ferry tied up at the quay in Northgate, on Monday after the strike ended."
    furniture = [
        "Watch the moment the union announced the vote.",
        "Learn how to plan your crossing in the summer season",
        "AFP/ ESTUARY TIMES",
    ]
    page = "\n\n".join([STORY[0], f"{caption}\n{caption}", caption, STORY[1], *furniture, STORY[2]])
    assert kept(page) == STORY


def test_a_byline_under_a_pull_quote_is_no_subheading() -> None:
    quote = (
        "“We are glad the crews are back and that the crossings to the islands can run again "
        "on Tuesday morning,” the operator's chief executive, Ann Lee, said in a statement."
    )
    pulled = quote.replace("“", '"').replace("”", '"')  # ... in straight quotes
    page = "\n\n".join(
        [pulled, "By Ruth Ames", "Posted on May 4, 2026", STORY[0], quote, *STORY[1:]]
    )
    assert kept(page) == [STORY[0], quote, *STORY[1:]]


def test_a_gallerys_title_over_its_counter_leaves_the_body() -> None:
    page = "\n\n".join([STORY[0], "Ferry strike in Northgate: the crews' vote", "1/20", *STORY[1:]])
    assert kept(page) == STORY


def test_a_list_of_names_and_their_works_under_the_storys_last_lead_in_stays() -> None:
    lead = "Twelve crews were shortlisted for the harbour's prize. They were:"
    points = [
        "Northgate Pilots – Tide Runner",
        "Estuary Tugs – Harbour Queen",
        "Jo Bloggs – Ferry One",
    ]
    assert kept("\n".join([*STORY, lead, *points])) == [*STORY, lead, *points]


def test_a_list_under_a_lead_in_keeps_its_points_without_stops_after_one_with_a_stop() -> None:
    lead = "According to the harbour authority:"
    points = [
        "- 400 passengers were on board",
        "- The alarm was raised at about 9:30 p.m.",
        "- Two crew members are still in hospital",
        "- Saturday's sailings were cancelled",
    ]
    found = kept("\n\n".join([*STORY, lead, *points]))
    assert [p.lstrip("\\- ") for p in found[-4:]] == [p[2:] for p in points], found


def test_short_points_under_a_lead_in_worded_as_a_sentence_stay() -> None:
    lead = "Other ferries the operator is taking out of service because they could be unsafe:"
    points = ["Tide Runner", "Harbour Queen Express Night Service Ferry", "Ferry One", "Gull"]
    after = "Inspectors will board each ferry before it sails again, the harbour master said."
    assert kept("\n\n".join([*STORY, lead, *points, after]))[3:] == [lead, *points, after]
    # ... while a heading after the list's lead-in, and paragraphs of its own, is no point.
    heading = "Harbour master responds"
    page = "\n\n".join([lead, STORY[0], heading, *STORY[1:]])
    assert heading not in kept(page)


def test_a_lists_points_set_apart_from_their_bullets_stay() -> None:
    lead = "The operator named the crews it will honour in October:"
    points = ["Northgate Pilots, who towed the ferry", "Estuary Tugs, for the night rescue"]
    page = "\n\n".join([*STORY[:2], lead, "-", points[0], "-", points[1], STORY[2]])
    found = kept(page)
    assert [p.lstrip("\\- ") for p in found[-3:-1]] == points, found


def test_a_caption_credited_in_capitals_and_given_twice_leaves_the_lede_alone() -> None:
    caption = (
        "Relatives waiting for news about family members who were on a ferry that was due on "
        "Monday night in Northgate. The operator was trying yesterday to confirm the number of "
        "passengers who had been on board, but said at least 128 people were stranded. It is "
        "believed the ferry was late. PHOTO: REUTERS"
    )
    cut = caption[: caption.index(" stranded")] + " "  # the first time, cut off
    lede = "NORTHGATE (Estuary) • " + STORY[0]
    page = "\n\n".join(["Ferry strike ends after nine days", f"{cut}\n{caption}", lede, *STORY[1:]])
    assert kept(page) == [lede, *STORY[1:]]


def test_an_agencys_name_a_pictures_link_and_initials_after_the_last_sentence_leave() -> None:
    link = "https://images.example.com/crop/frm/4a1b/ferry.jpg/r0_97_1326_846_w1200.jpg"
    page = "\n\n".join([*STORY[:2], STORY[2] + " Australian Associated Press", link])
    assert kept(page) == STORY
    assert kept("\n\n".join([*STORY[:2], STORY[2] + "(WAH)"])) == STORY


def test_the_pages_line_of_the_day_is_no_title() -> None:
    page = "\n\n".join(
        [
            "Friday, May 8 , 2026, 10:31 am | Fog/Mist 61º",
            "Ferry strike ends after nine days",
            *STORY,
        ]
    )
    assert from_text(page).title == "Ferry strike ends after nine days"


def test_a_story_copied_as_one_paragraph_under_its_dateline_is_no_kicker() -> None:
    # ... the page's other headlines run on to its last sentence, with no full stop.
    story = "NORTHGATE: " + " ".join(STORY) + " Ferry fares rise in May Tide tables change"
    body = kept(story)
    assert body and body[0].startswith("NORTHGATE: " + STORY[0])


def test_a_sentence_over_a_pictures_alternative_text_and_caption_stays() -> None:
    sentence = (
        "Lee is a long-serving union leader, but she has stepped back from the talks due to an "
        "ongoing dispute with the operator."
    )
    alt = "Union leader Ann Lee stands on the quay in Northgate as she talks to the crews."
    caption = (
        "Union leader Ann Lee spoke to crews on the quay before the vote on the operator's "
        "offer.(AP: Photosport/Jo Bloggs)"
    )
    page = "\n\n".join([*STORY[:2], sentence, f"{alt}\n{caption}", STORY[2]])
    assert kept(page) == [*STORY[:2], sentence, STORY[2]]


def test_an_embedded_posts_placeholder_and_a_box_of_player_ratings_leave_the_body() -> None:
    furniture = [
        "Loading Twitter content",
        "Player ratings Northgate: Lee (7), Bloggs (6), Carter (6), Ames (8), Smith (5).",
        "Man of the match: Ames.",
    ]
    assert kept("\n\n".join([STORY[0], *furniture, *STORY[1:]])) == STORY


def test_a_standfirst_above_a_dated_lede_that_opens_on_a_figure_leaves_the_body() -> None:
    standfirst = "The union said at least six of the crews were back at work on Monday."
    lede = "NORTHGATE, Estuary — 16 crossings were cancelled before the strike ended on Monday."
    page = "\n\n".join([f" date 2026-05-04 {standfirst}", lede, *STORY[1:]])
    assert kept(page) == [lede, *STORY[1:]]


def test_a_cookie_notice_an_empty_ad_slot_and_links_under_more_leave_the_body() -> None:
    furniture = [
        "This website uses cookies to improve your experience. We'll assume you're ok with "
        "this, but you can opt-out if you wish. Accept Read More",
        "No ads found for this position",
        "More: Ferry fares to rise in May.",
    ]
    assert kept("\n\n".join([*STORY[:2], *furniture, STORY[2]])) == STORY


def test_bold_marks_a_screen_readers_link_mark_and_a_continued_mark_leave_the_words() -> None:
    page = "\n\n".join(
        [
            "**NORTHGATE:** " + STORY[0],
            'Crews will be back at work on Tuesday morning, the union said, external: "We won."',
            "The union's statement, external says crews will be back at work on Tuesday.",
            "The latest offer, external does include a rise, said Ann Lee of the Quay, external "
            "blog.",
            STORY[2] + " Continued...",
        ]
    )
    assert kept(page) == [
        "NORTHGATE: " + STORY[0],
        'Crews will be back at work on Tuesday morning, the union said: "We won."',
        "The union's statement says crews will be back at work on Tuesday.",
        "The latest offer does include a rise, said Ann Lee of the Quay blog.",
        STORY[2],
    ]


def test_a_pages_first_sentence_over_an_advertisements_label_opens_the_story() -> None:
    first = "Harbour pilot Ann Lee has retired after 40 years at Northgate."
    page = "\n\n".join([first, "Advertisement", *STORY])
    assert kept(page) == [first, *STORY]


def test_a_wires_note_on_its_update_before_the_dateline_leaves_the_lede() -> None:
    lede = "NORTHGATE May 4 " + STORY[0]
    page = "\n\n".join([f"(Adds details on the vote) {lede}", *STORY[1:]])
    assert kept(page) == [lede, *STORY[1:]]
    # ... and so does one run on to the last point of a summary above the story.
    point = "* Ferries latest to be held by a strike in the harbour this year"
    page = "\n\n".join([f"{point} (Adds comment by the operator's chief)", lede, *STORY[1:]])
    assert not any("Adds comment" in p for p in kept(page))


def test_a_one_word_label_under_the_headline_and_accessibility_links_are_no_title_or_author() -> (
    None
):
    page = "\n\n".join(
        [
            "Accessibility Links",
            "Ferry strike ends after nine days",
            "new",
            "Ruth Ames, Editor",
            *STORY,
        ]
    )
    imported = from_text(page)
    assert imported.title == "Ferry strike ends after nine days"
    assert imported.author != "Accessibility Links"


def test_an_embed_code_a_barred_credit_a_lent_photo_and_a_label_over_an_ellipsis_leave() -> None:
    caption = (
        "The quay at Northgate is one of the places the strike closed for nine days. Photo "
        "courtesy of the Estuary Port Authority."
    )
    furniture = [
        "[mm-video type=video id=01gxnh9q playlist_id=none]",
        "| ESTUARY WIRE / VIA AFP",
        caption,
    ]
    page = "\n\n".join([STORY[0], *furniture, "Crew talk … " + STORY[1], STORY[2]])
    assert kept(page) == STORY


def test_a_standfirst_printed_again_in_the_story_leaves_the_lede_and_a_dense_lede_stays() -> None:
    standfirst = "The crews' strike had closed every crossing for nine days."
    lede = "Estuary Ferries union leader Ann Lee has resigned aged 64."
    second = (
        "The union said members had accepted a new pay offer from the operator, which had "
        "cancelled every crossing out of Northgate since the walkout began on a wet Sunday."
    )
    page = "\n\n".join(
        ["Ferry strike ends after nine days", standfirst, lede, second, standfirst, *STORY[1:]]
    )
    body = kept(page)
    assert lede in body and second in body and body.count(standfirst) == 1


def test_quotation_marks_from_markdown_a_videos_time_and_a_call_for_pictures_leave() -> None:
    page = "\n\n".join(
        [
            STORY[0],
            "> " + STORY[1],
            "Editor's note: Are you there? Send us your photos and videos, but please stay safe.",
            STORY[2] + " 03:52",
        ]
    )
    assert kept(page) == STORY


def test_an_embedded_posts_placeholders_and_a_credit_between_double_slashes_leave() -> None:
    furniture = [
        "youtubeView full post on Youtube",
        "this image is not availablepinterest",
        "Jo Bloggs//Estuary Wire",
    ]
    assert kept("\n\n".join([STORY[0], *furniture, *STORY[1:]])) == STORY


def test_what_a_linked_dateline_leaves_and_a_font_size_control_are_no_words_or_author() -> None:
    page = "\n\n".join(
        ["Ferry strike ends after nine days", "Font Size", "( – " + STORY[0], *STORY[1:]]
    )
    imported = from_text(page)
    assert kept(page) == STORY
    assert imported.author is None


def test_an_outlets_name_run_into_its_motto_is_no_title() -> None:
    page = "\n\n".join(
        ["The Estuary TimesNews Without Fear", "Ferry strike ends after nine days", *STORY]
    )
    assert from_text(page).title == "Ferry strike ends after nine days"


def test_a_magazines_motto_is_no_title_and_a_headline_given_twice_under_the_byline_is() -> None:
    page = "\n\n".join(
        [
            "Follow us",
            "Northgate's fortnightly political & current affairs magazine",
            "By Ann Lee",
            "4 May 2026",
            "Ferry strike ends after nine days",
            "Ferry strike ends after nine days",
            *STORY,
        ]
    )
    imported = from_text(page)
    assert imported.title == "Ferry strike ends after nine days"
    assert kept(page) == STORY


def test_a_lede_between_two_copies_of_a_caption_is_the_storys_own() -> None:
    caption = ["Ann Lee has been found guilty on four charges", "Lee will be sentenced on May 23"]
    page = "\n\n".join(
        [
            "Ferry boss 'planned to sink rival'",
            "\n".join(caption),
            STORY[0],
            "\n".join(caption),
            *STORY[1:],
        ]
    )
    assert kept(page) == STORY


def test_a_share_price_box_is_no_byline_over_the_lede_and_its_name_no_author() -> None:
    page = "\n".join(
        [
            "Estuary Lines safeguards Northgate with £100m investment",
            "ESTUARY LN",
            "€12.51",
            "12:54 10/01/25",
            STORY[0],
            "FTSE 100",
            "7,502.77",
            "12:54 10/01/25",
            *STORY[1:],
        ]
    )
    imported = from_text(page)
    assert imported.author is None
    assert kept(page) == STORY


def test_a_story_copied_as_one_line_with_a_post_inside_keeps_its_words() -> None:
    post = (
        "JUST IN: Ferry crews vote to end the strike. pic.twitter.com/AbC123xyz — Jo Bloggs "
        "(@jobloggs) May 4, 2026"
    )
    more = (
        "Passengers had queued for hours at the quay in Northgate on every day of the strike, "
        "and the harbour master said the first crossings would be full. The operator will run "
        "two extra ferries on Tuesday and Wednesday to clear the backlog of freight."
    )
    page = " ".join([STORY[0], post, *STORY[1:], more])
    body = " ".join(kept(page))
    assert STORY[0] in body and STORY[2] in body and "pic.twitter.com" not in body


def test_a_box_of_helpline_numbers_leaves_the_body() -> None:
    box = (
        "Northgate- (0674-2303060, 2301525, 2301625), Quay Road (0674-2490010, 2492200), "
        "Pier 0680-2229632"
    )
    assert kept("\n\n".join([*STORY[:2], box, STORY[2]])) == STORY


def test_the_dash_a_lost_dateline_left_before_the_lede_goes() -> None:
    page = "\n\n".join(["Ferry terminal to close for good", "-- " + FERRY[0], *FERRY[1:]])
    assert kept(page) == FERRY


def test_a_closing_quotation_mark_given_again_at_a_lines_start_is_left_out() -> None:
    quoted = "The minister said: “We will not hesitate to act.”"
    page = "\n\n".join(
        [
            "Ferry terminal to close for good",
            FERRY[0],
            quoted,
            "” Translation: fares rise.",
            *FERRY[1:],
        ]
    )
    body = from_text(page).body
    assert "\n\nTranslation: fares rise.\n\n" in body, body


def test_a_long_paragraph_that_lost_its_full_stop_on_a_name_stays() -> None:
    unstopped = (
        "The gangways were lowered about two hours after docking and the passengers finally "
        "walked onto the quay, where they were welcomed by the harbour master Ann Lee, the "
        "mayor Tom Hart and the union's organiser Jo Bloggs, along with the operator's chief "
        "executive Mark Stephens"
    )
    cut = (
        "The crews on the quay welcomed the passengers off the first ferry in nine days with "
        "cheers, hugs and laughter before a brief cer"
    )
    assert kept("\n\n".join([*STORY, unstopped, cut])) == [*STORY, unstopped, cut]


def test_a_lede_that_opens_on_a_noun_like_a_captions_verb_is_no_caption() -> None:
    lede = (
        "The wild ride the Northgate ferry crews enjoyed over the past two months came to an "
        "end at the quay on Tuesday night as the union accepted the operator's offer."
    )
    assert kept("\n\n".join([lede, *STORY[1:]])) == [lede, *STORY[1:]]


def test_points_under_a_lead_in_kept_as_a_paragraph_stay_however_short() -> None:
    counted = "Of the 30 passengers treated in Northgate:"
    counts = [
        "21 passengers were treated for cuts and bruises",
        "8 passengers were treated for shock",
        "1 passenger was kept in hospital overnight",
    ]
    assert kept("\n\n".join([STORY[0], counted, *counts, *STORY[1:]])) == [
        STORY[0],
        counted,
        *counts,
        *STORY[1:],
    ]
    symptoms = "Doctors warned passengers of the signs of smoke inhalation. Symptoms can include:"
    signs = ["• coughing", "• headache", "• shortness of breath"]
    assert kept("\n".join([STORY[0], symptoms, *signs, *STORY[1:]])) == [
        STORY[0],
        symptoms,
        *signs,
        *STORY[1:],
    ]


def test_a_syndicators_credit_under_a_date_stamp_leaves_the_lede() -> None:
    page = "\n\n".join(
        ["date 2026-05-04 (MENAFN- Estuary News Agency (ENA)) " + FERRY[0], *FERRY[1:]]
    )
    result = from_text(page)
    assert result.body.startswith(FERRY[0]), result.body
    assert result.published == "2026-05-04"


def test_a_headline_an_aggregator_gives_three_times_is_the_title_over_a_short_lede() -> None:
    headline = "Ferry strike over; crews back on the quay by Monday"
    lede = "The long ferry strike is over."
    page = "\n\n".join([headline, headline, headline, lede, *STORY[1:]])
    result = from_text(page)
    assert result.title == headline
    assert kept(page) == [lede, *STORY[1:]]
    # Given once, a short sentence under a headline is its standfirst, and the story opens
    # below.
    assert kept("\n\n".join([headline, lede, *STORY[1:]])) == STORY[1:]


def test_a_gallerys_captions_run_together_in_one_paragraph_leave_the_body() -> None:
    gallery = (
        "The quay and the ticket office are seen where the ferry was moored on Wednesday, May "
        "6, 2026 in Northgate, N.J. Crews walked out of the terminal that morning. (Ann Lee/The "
        "Estuary Courier via AP, Pool) Photo: ASSOCIATED PRESS/Ann Lee A deckhand is seen on "
        "the quay of the terminal in Northgate on Wednesday, May 6, 2026. Crews walked"
    )
    assert kept("\n\n".join([*STORY, gallery])) == STORY


def test_a_sentence_telling_two_things_done_over_a_lone_credit_is_the_storys() -> None:
    told = "The fire was extinguished within the hour and the driver was rescued."
    page = "\n".join([STORY[0], told, "Photo: Ann Lee, Estuary Times", *STORY[1:]])
    assert kept(page) == [STORY[0], told, *STORY[1:]]
    # ... where a caption shows one thing done, now.
    caption = "Firefighters put out the fire on the quay."
    page = "\n".join([STORY[0], caption, "Photo: Ann Lee, Estuary Times", *STORY[1:]])
    assert kept(page) == STORY


def test_captions_with_their_photographer_glued_or_under_them_and_page_controls_leave() -> None:
    headline = "Ferry strike ends after nine days on the quay"
    page = "\n\n".join(
        [
            "Link copied to clipboard",
            headline,
            "ferries northgate",  # the page's tags
            "Pickets block the quay where the ferries stood idle Saturday evening in Northgate."
            "\nAnn Lee",
            STORY[0],
            "The first ferry leaves the quay in Northgate on Sunday morning.Ann Lee",
            "Crews on the quay cheer as the vote is read out on Sunday.Read moreTom Hart / Staff "
            "Photographer",
            *STORY[1:],
        ]
    )
    result = from_text(page)
    assert result.title == headline
    assert kept(page) == STORY


def test_a_summary_box_label_glued_to_its_points_and_a_newsletter_box_leave() -> None:
    page = "\n\n".join(
        [
            "date 2026-05-04 What to Know About 300 ferry crews walked out at 6 a.m. Monday, "
            "stranding thousands of commuters as talks stall",
            "The mayor urged both sides late Sunday to accept mediation, but cannot force either "
            "side to the table",
            *STORY,
            "Estuary Times Emails & Alerts",
            "Site highlights each day to your inbox.",
        ]
    )
    assert kept(page) == STORY


def test_a_sentence_the_page_broke_after_said_is_joined_again() -> None:
    page = "\n".join(
        [
            STORY[0],
            "Crews cut through the fence at the quay on Friday, said",
            "Union leader Tom Hart at a morning news conference.",
            *STORY[1:],
        ]
    )
    said = "Crews cut through the fence at the quay on Friday, said Union leader Tom Hart at a "
    assert kept(page) == [STORY[0], said + "morning news conference.", *STORY[1:]]


def test_a_magazines_offer_a_gallerys_pointer_and_a_combination_picture_leave() -> None:
    page = "\n\n".join(
        [
            "Ferry strike ends after nine days on the quay",
            "Magazine gift subscriptions - from just £18.99 every 6 issues. Cheer all year!",
            "A combination picture shows the quay before and after the strike, with the ferries "
            "moored in a line along the harbour wall at Northgate and the crews on the quay.\n"
            "Image: ESTUARY WIRE/Ann Lee",
            *STORY,
            "Below are some of the best images of the May 4, 2026 return of the ferries.",
        ]
    )
    assert kept(page) == STORY


def test_what_a_lost_dateline_and_an_aggregators_links_leave_goes() -> None:
    dated = "May 4, 2026 — -- " + STORY[0]
    assert kept("\n\n".join([dated, *STORY[1:]])) == STORY
    assert kept("\n\n".join(["– " + STORY[0], *STORY[1:]])) == STORY
    assert kept("\n\n".join(["(5 p.m. EST) -- " + STORY[0], *STORY[1:]])) == STORY
    linked = STORY[-1] + " (More Northgate stories.)"
    assert kept("\n\n".join([*STORY[:-1], linked])) == STORY
    # ... but an embedded post keeps its signature's dash, and leaves with it.
    post = ["Back on the ferries tomorrow!", "— Ann Lee (@annlee) May 4, 2026"]
    assert kept("\n\n".join([STORY[0], *post, *STORY[1:]])) == STORY


def test_a_headline_glued_to_its_teaser_and_a_captions_toggle_leave() -> None:
    headline = "Ferry Strike Ends On The Quay"
    page = "\n\n".join(
        [
            f"{headline} Crews go back to work after nine days, the union says. More talks "
            "are planned.",
            f"Estuary Radio logo {headline}",
            headline,
            "Crews cheer on the quay in Northgate as the vote is read out. Ann Lee/Estuary "
            "Images hide caption",
            "toggle caption",
            *STORY,
        ]
    )
    result = from_text(page)
    assert result.title == headline
    assert kept(page) == STORY


def test_a_lede_under_a_credit_glued_to_the_date_stamp_is_no_caption() -> None:
    lede = "The union on Monday said the ferry strike is over."
    page = "\n\n".join(["date 2026-05-04 Getty Images", lede, *STORY[1:]])
    assert kept(page) == [lede, *STORY[1:]]


def test_an_update_set_over_the_storys_dateline_is_the_storys_latest_news() -> None:
    update = "12 crossings were cancelled as of 10 a.m. Sunday. Talks resume on Monday."
    dated = "NORTHGATE — " + STORY[0]
    page = "\n\n".join(["Ferry strike ends on the quay", f"Update: {update}", dated, *STORY[1:]])
    assert kept(page) == [update, dated, *STORY[1:]]


def test_an_editors_note_in_brackets_a_videos_lead_in_and_a_caption_of_an_explosion_leave() -> None:
    page = "\n\n".join(
        [
            "A ferry's engine explodes shortly after leaving the quay at Northgate on May 4, 2026.",
            STORY[0],
            "(Story was updated to include quotes from the operator's press conference.)",
            "This story was edited after it was initially published.",
            "Here's the operator's video of the fire:",
            *STORY[1:],
            "Passengers more than make up for it in this video shot on the quay:",
        ]
    )
    assert kept(page) == STORY


def test_a_standfirst_the_lede_tells_again_leaves_and_a_lede_stays() -> None:
    standfirst = "Ferry crews end their strike as the union accepts a new pay offer."
    lede = (
        "Ferry crews at Northgate ended their nine-day strike on Monday after the union "
        "accepted a new pay offer from the operator, which had cancelled every crossing."
    )
    page = "\n\n".join(["Ferry strike ends on the quay", standfirst, lede, *STORY[1:]])
    assert kept(page) == [lede, *STORY[1:]]
    # ... while a lede whose next paragraph goes on stays.
    page = "\n\n".join(["Ferry strike ends on the quay", *STORY])
    assert kept(page) == STORY


def test_a_link_alone_in_brackets_at_the_pages_end_leaves_without_a_trace() -> None:
    page = "\n\n".join([*STORY, "(Read more ferry stories.)"])
    assert kept(page) == STORY


def test_a_lede_that_opens_on_a_noun_in_a_list_is_no_caption() -> None:
    lede = (
        "LOUD cheers, tears of joy and the pealing of bells greeted the first ferry as it "
        "docked at Northgate at 5:36 p.m. on Thursday."
    )
    assert kept("\n\n".join([lede, *STORY[1:]])) == [lede, *STORY[1:]]


def test_a_players_loading_label_and_a_link_to_previous_coverage_leave() -> None:
    page = "\n\n".join(
        [
            STORY[0],
            "Loading audio...",
            *STORY[1:],
            "Previous coverage: Ferry Strike Enters Day Nine",
        ]
    )
    assert kept(page) == STORY


def test_an_authors_box_with_a_biography_and_a_browsers_notice_leave() -> None:
    page = "\n".join(
        [
            "IE 11 Not Supported",
            "For optimal browsing, we recommend Chrome, Firefox or Safari browsers.",
            "Ferry strike ends after nine days on the quay",
            "Ann Lee Night Editor / News",
            "Ann Lee is the night news editor at Estuary News. She has covered the harbour since "
            "2009 and can be found sailing around the estuary.",
            "Expertise I have more than 20 years' experience in journalism.",
            "Ann Lee",
            "",
            "\n\n".join(STORY),
            "Estuary Magazine: Check out a sample of the stories in our print edition.",
        ]
    )
    result = from_text(page)
    assert result.title == "Ferry strike ends after nine days on the quay"
    assert kept(page) == STORY
    # ... while a story about a reporter keeps what it says of her.
    reporter = "Ann Lee is a reporter at the Estuary Times who was stopped on the quay on Monday."
    assert kept("\n\n".join([STORY[0], reporter, *STORY[1:]])) == [STORY[0], reporter, *STORY[1:]]


def test_an_authors_note_on_their_beat_between_their_name_given_twice_leaves() -> None:
    page = "\n".join(
        [
            "Ferry strike ends after nine days on the quay",
            "",
            "The long dispute is over.",
            "",
            "Ann Lee",
            "Freelance writer Ann B. Lee covers ferries and harbours for the Estuary Times. When "
            "not on the quay, she can be found rowing her 1956 skiff.",
            "Ann Lee",
            "2 min read",
            "",
            "\n\n".join(STORY),
        ]
    )
    assert kept(page)[-len(STORY) :] == STORY
    assert "covers ferries" not in from_text(page).body


def test_an_authors_note_by_first_name_and_the_points_of_their_box_leave() -> None:
    page = "\n".join(
        [
            "Ferry strike ends after nine days on the quay",
            "",
            "The long dispute is over.",
            "",
            "Ann Lee Former Managing Editor / News",
            "Ann was a managing editor at the Estuary Times focused on breaking news. She'd been "
            "reporting for more than a decade.",
            "Expertise Breaking News, Ferries Credentials",
            "  • Ann has lived on both banks and can say that estuary crabs are the best.",
            "Ann Lee",
            "2 min read",
            "",
            "\n\n".join(STORY),
        ]
    )
    body = from_text(page).body
    assert "crabs" not in body and "managing editor" not in body and STORY[-1] in body


def test_an_apps_install_box_a_disclaimer_and_a_picture_librarys_caption_leave() -> None:
    page = "\n".join(
        [
            "Want Estuary Times to notify you of price drops and the latest stories?",
            "Ferry strike ends photo_camera ESTUARY/ANN LEE - Crews cheer on the quay as the "
            "first ferry leaves",
            "NORTHGATE, EST – MAY 04: Crews cheer on the quay as the first ferry leaves on May 4.",
            "Disclaimer: Some pages on this site may include an affiliate link. This does not "
            "effect our editorial in any way.",
            "",
            "\n\n".join(STORY),
            "Image taken from the operator's socials. Northgate quay pictured.",
            "Get the news faster.",
            "Tap to install our app.",
            "Install the Estuary News app",
            "1. Tap in your navigation bar.",
            "2. Tap to Add to Home Screen.",
        ]
    )
    assert kept(page) == STORY


def test_an_update_with_its_day_over_the_original_story_is_kept_without_labels() -> None:
    update = "The operator has published footage of the strike's last night on the quay."
    page = "\n\n".join(
        [
            "Ferry strike ends after nine days",
            f"UPDATE 05/05/26: {update}",
            f"ORIGINAL STORY: {STORY[0]}",
            *STORY[1:],
        ]
    )
    assert kept(page) == [update, *STORY]
    # ... and with its hour, over the first version's label alone.
    page = "\n\n".join(
        [
            "Ferry strike ends after nine days",
            f"Update 2:30pm: {update}",
            "(Original story)",
            *STORY,
        ]
    )
    assert kept(page) == [update, *STORY]


def test_a_link_to_a_recording_in_square_brackets_leaves_its_paragraph() -> None:
    page = "\n\n".join([STORY[0] + " [Hear the union's statement]", *STORY[1:]])
    assert kept(page) == STORY


def test_a_box_set_as_a_table_of_one_column_keeps_its_cells_as_paragraphs() -> None:
    verdict = "Transport correspondent Ann Lee's verdict:"
    cell = '"Of course the union will claim the win, but the operator gave the most ground."'
    page = "\n".join([*STORY[:2], f"{verdict} |", "---|", f"{cell} |", *STORY[2:]])
    assert kept(page) == [*STORY[:2], verdict, cell, *STORY[2:]]


def test_a_sites_offers_a_videos_caption_and_a_templates_placeholder_leave() -> None:
    page = "\n".join(
        [
            "Crews cheer on the quay as the vote is read out. Watch the video.",
            "Don't miss out on the headlines from Northgate. Followed categories will be added "
            "to My News.",
            "",
            "\n\n".join(STORY[:2]),
            "{loadposition in-article}",
            "Sorry, this video isn't available any more.",
            "The first ferry leaves the quay on May 4, 2026. Courtesy Photo",
            "Ann Lee, the union's leader, talks about the vote on the quay in Northgate (AP)",
            "\n\n".join(STORY[2:]),
            "Free article usually reserved for subscribers",
            "Estuary Web Bureau 03 July 2026",
            "Read the original story below.",
            "Journalism for the curious reader across politics, business, culture and opinion.",
            "Get in front of tomorrow's news for FREE",
            "READ NOW",
            "Watch the crews' vote in the player below:",
            "Skip to main contentSkip to navigation",
            "Try Our AI Features",
            "Explore what Estuary AI can do for you:",
            "Don't miss all the action from the quay in next week's issue of Estuary Life, out "
            "Thursday 11 June.",
        ]
    )
    assert kept(page) == STORY


def test_signposts_a_players_label_a_pointer_to_more_stories_and_a_helpline_box_leave() -> None:
    page = "\n\n".join(
        [
            "Here are the key points from the union leader's address in Northgate.",
            STORY[0],
            "Most Read from Estuary Times",
            "Here's what we know so far.",
            STORY[1],
            "LIVE BLOG WILL LOAD BELOW",
            "Play Brightcove video",
            "Read below for a more detailed breakdown of the union's demands.",
            *STORY[2:],
            "More stories like this are available on estuarytimes.com",
            "Thanks for reading ESTUARY NEWS.",
            "* If you are experiencing abuse, the following hotlines offer free and "
            "confidential support: Estuary Line at 15999 (24/7); Harbour Help at 016-2374221.",
        ]
    )
    assert kept(page) == STORY


def test_two_sentences_the_page_ran_together_are_parted() -> None:
    run = STORY[0] + "Crews will be back at work on Tuesday morning, the union said."
    assert kept("\n\n".join([run, STORY[2]])) == [
        STORY[0] + " Crews will be back at work on Tuesday morning, the union said.",
        STORY[2],
    ]


def test_a_caption_saying_who_is_in_the_picture_with_whom_or_in_what_leaves() -> None:
    page = "\n\n".join(
        [STORY[0], "Ann Lee with her husband Tom Hart", *STORY[1:], "Ann Lee in the film Ferry."]
    )
    assert kept(page) == STORY


def test_a_card_of_links_glued_after_a_surname_leaves_the_sentence_whole() -> None:
    glued = (
        "Two crew leaders voted for the deal: Ann LeeAnn (Annie) LeeFerry fares to rise in "
        "June Harbour tolls frozen MORE (Northgate) and Tom Hart."
    )
    page = "\n\n".join([STORY[0], glued, *STORY[1:]])
    assert kept(page) == [
        STORY[0],
        "Two crew leaders voted for the deal: Ann Lee (Northgate) and Tom Hart.",
        *STORY[1:],
    ]


def test_a_matchs_ratings_panel_and_a_team_news_label_leave() -> None:
    page = "\n\n".join(
        [
            STORY[0],
            "Player Ratings Northgate: Lee (7), Hart (6), Moss (6), Bloggs (5), Carter (7), Ng (6)",
            "Estuary: Reyes (7), Okafor (6), Alvarez (8), Stone (6), Price (6)",
            "Man of the match: Ann Lee",
            "Team news " + STORY[1],
            *STORY[2:],
        ]
    )
    assert kept(page) == STORY


def test_a_lede_a_publicists_statement_retells_below_it_is_no_standfirst() -> None:
    lede = "Ann Lee, the union's leader, has died in Northgate at the age of 61."
    statement = (
        'A statement from the union said: "Ann Lee, our leader, has died in Northgate today. '
        'She was 61 years old."'
    )
    page = "\n\n".join(["Union leader Ann Lee dies aged 61", lede, statement, *STORY[1:]])
    assert kept(page) == [lede, statement, *STORY[1:]]


def test_a_byline_is_never_the_title_and_a_labelled_headline_is() -> None:
    page = "\n\n".join(
        [
            "UPDATE: Old ferry terminal to close for good: harbour chief",
            "Len Hart",
            "By Ann Lee and Tom Hart",
            *FERRY,
        ]
    )
    found = from_text(page)
    assert found.title == "Old ferry terminal to close for good: harbour chief"
    assert found.author == "Ann Lee and Tom Hart"
    # ... nor is a programme's slot over the headline.
    slot = "Watch Daily: Monday - Friday, 3 PM ET"
    page = "\n\n".join(["Ferry World", slot, "Ferry strike ends at Northgate", *STORY])
    assert from_text(page).title == "Ferry strike ends at Northgate"
    assert kept(page) == STORY
    assert "harbour chief" not in found.body
    # ... and with no headline at all, the byline is still not the title.
    assert from_text("\n\n".join(["By Ann Lee and Tom Hart", *FERRY])).title is None


def test_a_caption_saying_who_took_the_photo_opens_no_story() -> None:
    caption = "Northgate ferry terminal burns. Photo taken by local radio station 92.7 Bay FM."
    found = from_text("\n\n".join(["Skip to main content", caption, *FERRY]))
    assert found.body.startswith(FERRY[0]), found.body
    assert "92.7" not in found.body and found.title != caption


def test_a_subscription_offer_inside_a_paragraph_and_a_toolbar_leave() -> None:
    offer = " Wp Get the full experience. Choose your plan ArrowRight "
    lede = FERRY[0] + offer + FERRY[1]
    page = "\n\n".join(["Listen 9 min Share Comment on this story Comment", lede, *FERRY[2:]])
    found = from_text(page)
    assert found.body.startswith(f"{FERRY[0]} {FERRY[1]}\n"), found.body
    assert "Listen" not in (found.title or "") and "experience" not in found.body


def test_points_under_a_lead_in_are_kept_though_two_end_without_a_full_stop() -> None:
    points = [
        "Would have been sold between Nov. 8 and Nov. 17 at the terminal kiosk.",
        "Have return dates of Aug. 3, 2027 and Aug. 4, 2027 printed on the back",
        "Carry the code 5150001701 and the batch numbers 1307004 and 1308004 in red",
        "Were sold at all 24 kiosks of the harbour authority and at the Northgate depot.",
    ]
    lead = "The authority is recalling 3,000 season tickets. What you need to know:"
    found = from_text("\n\n".join([lead, *points, *FERRY]))
    for point in points:
        assert point in found.body, point


def test_a_link_to_a_gallery_under_its_label_in_capitals_leaves() -> None:
    link = "PICTURES - 10 dangerous but common ferry safety mistakes"
    found = from_text("\n\n".join([FERRY[0], link, *FERRY[1:]]))
    assert "PICTURES" not in found.body and FERRY[1] in found.body


def test_a_caption_opening_on_when_the_photo_was_taken_leaves() -> None:
    caption = "Photo taken on March 19, 2027, shows the harbour terminal. (Kyodo) ==Kyodo"
    found = from_text("\n\n".join([FERRY[0], caption, *FERRY[1:]]))
    assert "Photo taken" not in found.body and FERRY[1] in found.body


@pytest.mark.parametrize("line", ["Ann Lee Ann Lee", "Tom Hart's cartoon"])
def test_a_name_given_twice_and_a_cartoons_link_leave(line: str) -> None:
    found = from_text("\n\n".join([FERRY[0], line, *FERRY[1:]]))
    assert line not in found.body and FERRY[1] in found.body


def test_a_year_the_story_mentions_is_not_the_day_it_was_published() -> None:
    article = PARAGRAPHS.replace(
        "according to the operator, Estuary Link.",
        "according to the operator, Estuary Link, which was founded in 2002.",
    )
    assert "founded in 2002" in from_html(html_page(article)).body
    assert from_html(html_page(article)).published is None
    dated = '<meta property="article:published_time" content="2026-02-03T08:00:00Z">'
    assert from_html(html_page(article, head=dated)).published == "2026-02-03"


def test_a_links_text_left_between_two_paragraphs_leaves() -> None:
    stray = ".A lighthouse keeper kept a diary of every passing ship for forty years."
    article = PARAGRAPHS.replace("</p>\n<p>The first", f"</p>{stray}<p>The first")
    found = from_html(html_page(article))
    assert "lighthouse" not in found.body and "212 passengers" in found.body


def test_a_stop_the_markup_sets_between_paragraphs_and_a_bold_also_read_link_leave() -> None:
    also = (
        '<p><strong>Also Read: <a href="https://example.org/fares">Fares frozen on the estuary'
        "</a></strong></p>"
    )
    article = PARAGRAPHS.replace("</p>\n<p>", "</p>.<p>").replace(
        "</p>.<p>Under", f"</p>.{also}.<p>Under"
    )
    body = from_html(html_page(article)).body
    assert not any(line.strip() == "." for line in body.splitlines()), body
    assert "Also Read" not in body and "212 passengers" in body and "six more deckhands" in body


def test_a_caption_set_over_lines_in_a_block_its_credit_closes_leaves() -> None:
    caption = [
        "Ferry crews after the final sailing at the Northgate quay, Estuary on Friday 29 July "
        "2025.",
        "Estuary Ferry Week 2025.",
        "Mandatory credit: Ann Lee / www.estuaryphotos.net",
    ]
    page = "\n\n".join(["Ferry terminal to close", "\n".join(caption), *FERRY])
    body = from_text(page).body
    assert "Ferry Week" not in body and "final sailing" not in body and FERRY[0] in body, body


def test_a_caption_above_a_lede_opened_by_its_broadcaster_in_brackets_leaves() -> None:
    caption = "Ferry crews on the quay at Northgate on September 18, 2026."
    found = from_text(
        "\n\n".join(["Ferry terminal to close", caption, "(CNN)" + FERRY[0], *FERRY[1:]])
    )
    assert "on the quay" not in found.body and FERRY[1] in found.body, found.body


def test_a_long_wire_caption_above_the_dateline_leaves() -> None:
    caption = (
        "Northgate's ferry crews celebrate after winning their pay dispute against the harbour "
        "authority during the final vote on the twelfth day of the 2027 strike at The Old "
        "Customs House Union Hall in Northgate, on the east side of the estuary, on July 15, 2027."
    )
    found = from_text("\n\n".join([caption, "NORTHGATE — " + FERRY[0], *FERRY[1:]]))
    assert "celebrate" not in found.body and FERRY[1] in found.body


@pytest.mark.parametrize(
    "line",
    [
        "Get daily updates directly to your inbox + Subscribe Thank you for subscribing! "
        "Could not subscribe, try again later Invalid Email",
        "More news to follow...",
        "Kirsty Hart/PA",
        "Doug Lee/EMPICS Entertainment",
        "Story continues after photo gallery",
        "The graphic below has been updated to correctly reflect the fares in 2011.",
        "Check out the latest buyer's guide:",
        "Reset Password",
        "More as we get it.",
        "Today's news headlines, directly to your inbox every morning.",
        "13 View gallery",
        "AMERICAN AIRLINES PILOTS REFUSE RECORDED INTERVIEW ON CLOSE CALL, GET HIT WITH SUBPOENAS",
        "MORE: Watch all the action from the regatta, streaming live and on demand.",
        "From left to right, Jo Bloggs, Ann Lee and Tom Hart celebrate at the terminal as the "
        "first ferry docks on Monday in Northgate.",
        "Jo Bloggs (GBR) Estuary Racing ER04. Powerboat World Championship, Rd 5, Northgate "
        "Grand Prix, Northgate, Practice",
    ],
)
def test_page_furniture_between_paragraphs_leaves(line: str) -> None:
    found = from_text("\n\n".join([FERRY[0], line, *FERRY[1:]]))
    assert line not in found.body and FERRY[1] in found.body, found.body


def test_an_updates_hour_and_a_lost_datelines_day_leave_the_lede() -> None:
    update = "UPDATE: 3:07 p.m. -- " + FERRY[0]
    assert (
        kept("\n\n".join(["Ferry terminal to close for good", update, *FERRY[1:]]))[0] == (FERRY[0])
    )
    # ... and the update's number, as Romania Journal sets it: "Update3: ...".
    numbered = "Update3: " + FERRY[0]
    assert (
        kept("\n\n".join(["Ferry terminal to close for good", numbered, *FERRY[1:]]))[0]
        == (FERRY[0])
    )
    lede = "(Updates with union reaction) May 19 A harbour authority said the terminal would close."
    assert kept("\n\n".join(["Ferry terminal to close", lede, *FERRY[1:]]))[0] == (
        "A harbour authority said the terminal would close."
    )


def test_a_sections_menu_in_capitals_is_not_the_title_and_an_account_link_no_author() -> None:
    page = "\n\n".join(
        ["Log In", "Reset Password", "NORTHGATE | RSS PODCAST", "Ferry terminal to close", *FERRY]
    )
    found = from_text(page)
    assert found.title == "Ferry terminal to close" and found.author is None


@pytest.mark.parametrize(
    "line",
    [
        "Your email address will not be published. Required fields are marked *",
        "By clicking the Subscribe button below, you agree to our Terms and Privacy Policy.",
        "Want to be an Estuary Leadership Network contributor? Apply now to join.",
        "What's Open on Easter Sunday? Ferries Will Run, But One Bridge Will Close. "
        "Here's What To Know.",
        "The terminal closed on Monday, the authority said.CreditJo Bloggs/Estuary Images",
    ],
)
def test_a_comment_form_a_call_for_writers_and_a_glued_credit_leave(line: str) -> None:
    found = from_text("\n\n".join([FERRY[0], line, *FERRY[1:]]))
    assert line not in found.body and FERRY[1] in found.body, found.body


def test_a_box_of_the_sites_other_stories_under_its_label_ends_the_story() -> None:
    others = [
        "If these plans for a new stadium are going to pass, the club will have to scale back.",
        "The club put the figure at $4.7 billion, but a state official says it is higher.",
    ]
    assert kept("\n\n".join([*STORY, "The Latest", *others])) == STORY
    # ... while the story's own paragraphs under a widget's label stay.
    more = [
        "The union said on Monday that crews would vote on the offer again in spring, when "
        "the operator expects to publish its accounts for the year.",
        "Crews who missed the vote on Monday will be able to take part by post, the union said, "
        "and the result will be known within a week.",
    ]
    assert kept("\n\n".join([*STORY, "Most Read", *more])) == [*STORY, *more]
    # ... and so does a quotation the label was set inside, with no name in common.
    quoted = [
        '"Crossings will resume as soon as crews are back at their posts.',
        '"We are looking at every option to keep passengers moving."',
        "The harbour authority said fares would not rise this year, and that the two "
        "crossings closed since the spring would reopen once the new timetable was set.",
    ]
    page = "\n\n".join([*STORY, quoted[0], "Most Read", *quoted[1:]])
    assert kept(page) == [*STORY, *quoted]


def test_a_gallerys_counter_opens_a_caption_above_the_dateline() -> None:
    caption = (
        "1 of 3 | Harbour master Jo Bloggs walks past reporters as she arrives at the terminal "
        "in Northgate. The council is working to pass a plan to keep the crossing open and to "
        "reach an agreement on the fares with the operator. Estuary/Tom Hart | License Photo"
    )
    found = from_text("\n\n".join([caption, "NORTHGATE, Oct. 16 (ET) -- " + FERRY[0], *FERRY[1:]]))
    assert "License Photo" not in found.body and FERRY[1] in found.body, found.body


def test_a_sentence_that_opens_on_what_this_triggered_is_no_caption() -> None:
    line = "This triggered suspensions of classes and government work for Monday."
    assert line in from_text("\n\n".join([*FERRY, line, *FERRY[1:]])).body


def test_a_sentence_on_recent_launches_is_no_caption() -> None:
    # "launches" is the noun here, not what a ferry in a picture does on a date.
    line = (
        "Estuary's also had trouble with recent launches: its new ferry failed on its first "
        "crossing in July 2023."
    )
    assert line in from_text("\n\n".join([*FERRY, line, *FERRY[1:]])).body


def test_a_lede_on_work_begun_yesterday_is_no_caption() -> None:
    lede = (
        "Federal investigators began work yesterday to establish the cause of the collapse of "
        "the Northgate bridge that had been classified as deficient two years ago."
    )
    page = "\n\n".join(["Divers search for the missing", "The collapsed bridge", lede, *FERRY])
    assert lede in from_text(page).body


def test_a_breadcrumb_is_not_the_title_and_a_helicopters_caption_leaves() -> None:
    caption = (
        "A helicopter flies above the closed ferry terminal, as river levels rise due to heavy "
        "rain, in Northgate, on Wednesday. Reuters"
    )
    found = from_text(
        "\n\n".join(["You are here: Home", "Ferry terminal to close", caption, *FERRY])
    )
    assert found.title == "Ferry terminal to close" and "helicopter" not in found.body


def test_a_lede_a_statement_quoted_below_retells_is_no_standfirst() -> None:
    lede = "Jo Bloggs has died at the age of 69."
    quoted = (
        "“The ferry captain Jo Bloggs has died from cancer at the age of 69. She was surrounded "
        "by family and friends,” a statement read."
    )
    story = [lede, FERRY[1], quoted, FERRY[2]]
    assert kept("\n\n".join(["Ferry captain Jo Bloggs dies, aged 69", "By Ann Lee", *story])) == (
        story
    )


def test_a_lede_with_words_in_quotation_marks_that_a_quotation_retells_stays() -> None:
    # The lede's marks set words apart, they quote no one: it is the story's first
    # paragraph, not a standfirst over the judge's words that retell it.
    lede = (
        "The words “berth” and “quay” in the Harbour Act mean a working berth and a working "
        "quay, the Northgate court has ruled."
    )
    quoted = (
        "“The unanimous decision of this court is that the words berth and quay in the Harbour "
        "Act mean a working berth and a working quay,” Judge Ann Lee said."
    )
    story = [lede, FERRY[1], quoted, FERRY[2]]
    assert kept("\n\n".join(["Berth means a working berth, court rules", *story])) == story


@pytest.mark.parametrize(
    "caption",
    [
        # Credited in brackets as an old wire page sets it.
        "Gov. Ann Lee visits the families of the crew at the chapel in Northgate, Ore. "
        "(By Jo Bloggs -- Associated Press)",
        # ... after a slash, by the library that lent it.
        "At least 3,000 people turned out for a rally at the terminal. / wiki",
        "A passenger waits at the Northgate terminal on Sept. 9 in Bayport, Tx. / Getty Images",
        # ... with the photographer's credit in the plural.
        "The smoke was visible across the bay on Wednesday morning. "
        "Photos by Jo Bloggs, used with permission.",
        # ... as a wire dates it, its subject in the plural before "search".
        "Rescue workers search for survivors at the terminal in Northgate, Oregon June 24, 2027. "
        "The writing on the flag reads:",
    ],
)
def test_captions_credited_or_dated_as_pages_set_them_leave(caption: str) -> None:
    found = between_paragraphs(caption)
    assert found.body == from_text("\n\n".join(FERRY)).body, found.body


def test_a_caption_given_again_after_its_label_leaves_with_its_copy() -> None:
    caption = "A passenger exits the Northgate ferry terminal on Sept. 9 in Bayport, Tx."
    page = "\n\n".join([f"{caption}\nCaption", f"{caption} / Getty Images", *FERRY])
    assert from_text(page).body == from_text("\n\n".join(FERRY)).body


def test_a_post_embedded_at_the_page_end_leaves_with_its_signature() -> None:
    post = (
        "Our thoughts are with the families of those on board the ferry. We wish those who "
        "were injured a full recovery. https://t.co/cUbFSsODk0"
    )
    page = "\n".join([*FERRY, post, "— Northgate Ferries (@NorthgateFerries) May 18, 2027"])
    assert from_text(page).body == from_text("\n".join(FERRY)).body


def test_talks_abandoned_after_an_offer_are_no_caption() -> None:
    # "talks with" after a verb in the past is the noun, not someone talking in a picture.
    kept = "The union recently abandoned talks with the operator after being offered 10 per cent."
    found = between_paragraphs(kept)
    assert kept in found.body, found.body


def test_a_caption_opening_on_a_view_shown_leaves() -> None:
    caption = (
        "A view shows the ferry after it ran aground near the town of Bayport October 11, "
        '2027. Northgate Coast Guard "Harbour Watch"/Reuters'
    )
    found = between_paragraphs(caption)
    assert found.body == from_text("\n\n".join(FERRY)).body, found.body


def test_a_wave_measured_and_recorded_is_no_one_waving() -> None:
    kept = (
        "The 1.4 metre wave recorded at Bayport at 8.03am is the largest to hit the coast on "
        "Tuesday morning, after smaller waves of 30 centimetres."
    )
    found = between_paragraphs(kept)
    assert kept in found.body, found.body


@pytest.mark.parametrize(
    "line",
    [
        "Get exclusive content with Estuary News WhatsApp channel",
        "0 seconds of 0 secondsVolume 0%",
        "Press shift question mark to access a list of keyboard shortcuts",
        "LOADINGERROR LOADING",
        "3 years ago",
        "Bloggs is a special correspondent.",
        "via REUTERS",
        "With agency inputs.",
        "*Photos below are courtesy of the Estuary Herald, and credit to Jo Bloggs...",
        "Crews join police officers in the search after the ferry sank off Northgate. "
        "[Jo Bloggs, Standard]",
        # a caption dated with a comma, its agency glued to the year or no stop at all
        "Ferry captain Ann Lee steers during the first crossing of the season in Northgate "
        "on 17 June, 2027AFP",
        "Swimmer Ann Lee from Northgate competes during the first heat of the bay race in "
        "Bayport on 9 April, 2027",
        # a caption credited after its last word, a video's still, a chart, a paper's appeal
        "This chart shows the route of the ferry which is run by Northgate Ferries Credit: "
        "Estuary Maps & Charts",
        "Crews rescue passengers after the ferry overturned off Northgate on Thursday, in a "
        "still image made from video.",
        "From ferries to bridges to tolls, The Estuary Times is on the ground when the story "
        "is developing. Whether it's investigating the harbour's books or filming at the quay, "
        "we know how important it is to parse out the facts from the messaging.",
        # a paper's sponsors, an advertiser's box, a pointer to a section, a credit before a bar
        "The Estuary Times thanks its sponsors. Become one.",
        "Access the most comprehensive Company Profiles on the market, powered by GlobalData. "
        "Save hours of research. Gain competitive edge.",
        "For more Northgate news visit our dedicated provincial page.",
        "Jo Bloggs, AFP | The Northgate quay on June 16, 2027, during the strike.",
        # a newsletter's box and its consent line, a summary pointing to the live page
        "Get our award-winning daily news email featuring exclusive stories and analysis",
        "I would like to be emailed about offers, event and updates from Estuary Times. Read "
        "our privacy notice.",
        "Ferry crews walk out at dawn Northgate closes the terminal Follow the latest news "
        "and reaction LIVE",
        # an embedded post's text cut short by its embed, with its link
        "Ann Lee on the strike: crews want a fair deal - and \u201cnot a penny less than the "
        "ot\u2026 https://t.co/efLmN7X816",
    ],
)
def test_a_page_s_players_channels_and_credits_leave(line: str) -> None:
    found = between_paragraphs(line)
    assert found.body == from_text("\n\n".join(FERRY)).body, found.body


def test_a_page_template_s_markers_leave_the_paragraph() -> None:
    marked = f"{FERRY[1]} {{{{^adFree}}}} {{{{/adFree}}}}"
    found = from_text("\n\n".join([FERRY[0], marked, FERRY[2]]))
    assert found.body == from_text("\n\n".join(FERRY)).body, found.body


def test_a_last_paragraph_cut_off_after_a_quotation_mark_keeps_its_sentence() -> None:
    last = "The Maritime Safety Administration opened an investigation. \u201cMSA"
    found = from_text("\n\n".join([*FERRY, last]))
    assert "The Maritime Safety Administration opened an investigation." in found.body


def test_a_caption_given_twice_over_its_credit_in_brackets_leaves_whole() -> None:
    caption = "Rescue efforts continue off Northgate after the passenger ferry capsized."
    page = "\n\n".join(["Ferry sinks off Northgate", f"{caption}\n{caption}\n(Estuary Red Cross)"])
    found = from_text("\n\n".join([page, *FERRY]))
    assert found.body == from_text("\n\n".join(FERRY)).body, found.body


def test_a_caption_given_twice_in_a_row_inside_the_story_leaves_whole() -> None:
    caption = "Crews tried several ways to free the ferry from the sandbank on Sunday."
    page = "\n\n".join([*FERRY[:2], f"{caption}\n{caption}", *FERRY[2:]])
    assert from_text(page).body == from_text("\n\n".join(FERRY)).body
    # ... while a lede given twice above the story, after its standfirst, stays once.
    lede = "\n".join([FERRY[0], FERRY[0], FERRY[1]])
    assert from_text("\n\n".join([lede, FERRY[2]])).body == from_text("\n\n".join(FERRY)).body


def test_a_sentence_broken_after_a_verb_that_wants_its_object_is_joined() -> None:
    broken = "\n".join(["Its other routes include", "Bayport and Eastham, both run twice a day."])
    found = from_text("\n\n".join([*FERRY, broken]))
    assert "Its other routes include Bayport and Eastham, both run twice a day." in found.body


def test_a_sentence_a_print_column_broke_before_a_figure_is_joined() -> None:
    top = "Crews had to clear the quay one berth at a time. Such work routinely can take"
    page = "\n\n".join([*FERRY[:2], top, "90 minutes for one berth, she said.", FERRY[2]])
    assert f"{top} 90 minutes for one berth, she said." in from_text(page).body
    # ... but a paragraph ending on a word that opens no sentence stays apart from a figure.
    page = "\n\n".join([*FERRY[:2], "Timetable for the summer", "12 crossings a day.", FERRY[2]])
    assert "summer 12" not in from_text(page).body


def test_a_link_s_prompt_ending_a_paragraph_leaves() -> None:
    found = from_text("\n\n".join([*FERRY[:2], f"{FERRY[2]} More here."]))
    assert found.body == from_text("\n\n".join(FERRY)).body, found.body


def test_a_quotation_in_single_marks_ending_on_its_stop_is_no_caption() -> None:
    quoted = (
        "\u2018We therefore pray that the crews will keep the ferry running, and that, with "
        "our friends in Bayport, we shall see the terminal open again.\u2019"
    )
    found = from_text("\n\n".join([*FERRY[:2], quoted, FERRY[2]]))
    assert "terminal open again." in found.body, found.body


def test_sentences_run_together_are_parted_on_a_line_that_opens_with_a_space() -> None:
    # As Samaa TV's page came: every sentence glued to the next, the line set in by a space.
    page = " " + "".join(STORY)
    assert kept(page) == [" ".join(STORY)]


def test_a_short_lede_told_on_a_source_s_telegram_channel_is_kept() -> None:
    lede = "The ferry operator cancelled every crossing, its chief said on his Telegram channel."
    page = "\n\n".join(
        [lede, *STORY[1:], "Get exclusive content with Estuary News WhatsApp channel"]
    )
    assert kept(page) == [lede, *STORY[1:]]


def test_a_lede_opening_in_capitals_between_two_copies_of_the_headline_is_kept() -> None:
    # As the Irish Examiner's page came: the headline, the lede, the headline again.
    headline = "Ferry strike ends after nine days"
    lede = "NORTHGATE'S longest ferry strike ended on Monday after the union accepted a new offer."
    page = "\n\n".join([headline, lede, headline, *STORY[1:]])
    assert kept(page) == [lede, *STORY[1:]]


def test_readers_comments_under_their_heading_close_the_story() -> None:
    comments = [
        "Comments - 85",
        "Ann Lee Monday, 4 May 2026 03:49 PM",
        "A revenge for the strike, the operator can't accept criticism. God bless the crews.",
        "Tom Hart Tuesday, 5 May 2026 05:32 AM",
        "He is only a caretaker chief. He does not and never will have the crews' trust to run "
        "the ferries, and everyone on the quay knows it.",
    ]
    story = [
        *STORY,
        "The union said its members would vote on the offer again in a year, when "
        "the new pay deal ends, and that it would not rule out another strike then.",
    ]
    assert kept("\n\n".join([*story, *comments])) == story
    # ... members' comments too, above the prompt to log in and add one
    members = [
        "Member comments",
        "1. You've got your ferries mixed up. The first crossing sailed from Southend, not "
        "from Northgate, and it was the union's second strike, not its first.",
        "Log in here to leave a comment.",
    ]
    assert kept("\n\n".join([*story, *members])) == story
    # ... but by the byline, over the story, the heading is a link to them.
    assert kept("\n\n".join([STORY[0], "Comments (1)", *story[1:]])) == story


def test_a_caption_that_says_what_its_picture_shows_leaves_the_page_s_header() -> None:
    # As a wire page came: the picture's caption twice (its text and its alternative text),
    # the headline, the standfirst, the byline, then the dated lede.
    caption = (
        "The operator and the union announced Monday that the strike is over and crossings "
        "resume on Tuesday. This photo shows the first ferry to sail, in the operator's colours."
    )
    page = "\n\n".join(
        [
            caption,
            caption,
            "Ferry strike ends after nine days",
            "The union's vote leaves the operator with a full timetable again.",
            "By Tom Hart / Estuary Times",
            "NORTHGATE — " + STORY[0],
            *STORY[1:],
        ]
    )
    found = from_text(page)
    assert found.title == "Ferry strike ends after nine days"
    assert kept(page) == ["NORTHGATE — " + STORY[0], *STORY[1:]]


def test_a_gallerys_slides_between_their_pictures_credits_leave_the_body() -> None:
    slides = [
        "The crossing has been struck before, and it has always sailed again.",
        "Image: Estuary Wire/Jo Bloggs",
        "Picket line: dockers at the quay in Northgate (1989)",
        "The dockers' strike closed the port for a month and cost the operator its contract.",
        "Image: Estuary Archive",
    ]
    assert kept("\n\n".join([*STORY[:2], *slides, STORY[2]])) == STORY


def test_the_authors_box_under_the_story_leaves_the_body() -> None:
    box = ["Tom Hart", "Tom Hart is Editor in Chief of Estuary Routes, the ferry trade's news."]
    assert kept("\n\n".join([*STORY, *box])) == STORY


def test_an_ad_slot_s_marker_in_arabic_leaves_alone_or_glued_to_a_paragraph() -> None:
    # As Jordan News prints it: "اضافة اعلان", "add an advertisement".
    page = "\n\n".join([STORY[0], "اضافة اعلان", STORY[1] + "اضافة اعلان", STORY[2]])
    assert kept(page) == STORY


def test_a_lede_between_a_standfirst_and_its_copy_in_the_story_is_kept() -> None:
    # As the i paper's page came: the standfirst with no stop, the lede, the standfirst again.
    standfirst = (
        "Crews will be back at work on Tuesday morning after nine days on the picket line, and "
        "the operator said every crossing would run to its timetable again by the end of the week"
    )
    lede = (
        "The longest ferry strike in Northgate's history is over after the union accepted a new "
        "pay offer from the operator in a vote held at the quay on Monday."
    )
    page = "\n\n".join(["Ferry strike ends", standfirst, lede, standfirst + ".", *STORY[1:]])
    assert kept(page) == [lede, standfirst + ".", *STORY[1:]]


def test_a_wire_lede_that_says_who_said_it_on_which_day_is_no_standfirst() -> None:
    # As Dow Jones' copy came: the lede, then a paragraph telling much of it again.
    lede = "Estuary Ferries (EFL) said Monday it is ending the strike at its Northgate terminal."
    story = [
        lede,
        "The company said crews at its Northgate terminal ended the strike on Monday.",
        *STORY[1:],
    ]
    assert kept("\n\n".join(["Estuary Ferries Ends Northgate Strike", *story])) == story


def test_a_last_paragraph_cut_off_in_a_name_after_a_sentence_ending_on_an_acronym_is_kept() -> None:
    # As HuffPost's page stopped: "... in touch with the FAA. He briefed President Joe Biden on
    # the situation, White House Pre".
    last = (
        "Transport Secretary Ann Lee said she had been in touch with the RMT. She briefed Mayor "
        "Tom Hart on the strike, City Hall Pre"
    )
    assert kept("\n\n".join([*STORY, last])) == [*STORY, last]


def test_a_hashtag_after_a_whole_sentence_leaves_and_the_sentence_stays() -> None:
    last = "Crews have been sharing their stories from the quay on social media."
    assert kept("\n\n".join([*STORY, last + " #ferrystrike"])) == [*STORY, last]


def test_a_caption_given_twice_on_one_line_with_its_credit_leaves_the_body() -> None:
    # As the Indian Express page came: the picture's alternative text run into its caption.
    caption = "Crews gather on the quay to vote on the offer. (Estuary photo by Jo Bloggs)"
    assert kept("\n\n".join([STORY[0], caption + " " + caption, *STORY[1:]])) == STORY


def test_a_headline_in_title_case_ending_on_a_quotation_is_the_title_not_the_story() -> None:
    headline = "Ferry Crews Walk Out, Hundreds Chant ‘Pay Us Now!’"
    imported = from_text("\n\n".join([headline, *STORY]))
    assert imported.title == headline
    assert kept("\n\n".join([headline, *STORY])) == STORY


def test_the_dashes_a_lost_dateline_left_and_a_reading_time_leave_the_lede() -> None:
    page = "\n\n".join(["Ferry strike ends", "\u2014 -- " + STORY[0], *STORY[1:]])
    assert kept(page) == STORY
    imported = from_text("\n\n".join([" date 2026-05-04 Reading Time: 2 minutes", *STORY]))
    assert imported.title != "Reading Time: 2 minutes"
    assert kept("\n\n".join([" date 2026-05-04 Reading Time: 2 minutes", *STORY])) == STORY


def test_a_caption_credited_to_an_agency_s_archive_leaves_with_its_copy() -> None:
    # As TRT World's page came: the caption, its credit, the caption again, then the story.
    caption = "Crews will vote again on Friday on the new offer."
    page = "\n\n".join(["Ferry strike ends", caption + "\nAP Archive", caption, *STORY])
    assert kept(page) == STORY


def test_the_story_s_sentence_above_a_labelled_caption_stays() -> None:
    # As NBC News's page came: a sentence in the present tense over "Image: ...".
    sentence = "The charges carry a prison sentence of up to 20 years."
    page = "\n\n".join(
        [STORY[0], sentence, "Image: Ann Lee at the quay in Northgate in 2006.", *STORY[1:]]
    )
    assert kept(page) == [STORY[0], sentence, *STORY[1:]]


def test_a_share_button_s_label_after_the_last_sentence_of_a_paragraph_leaves_it() -> None:
    # As Online.ua's page came: "... abroad. Share", and NME's: "... Listen to it below:".
    page = "\n\n".join([STORY[0], STORY[1] + " Share", STORY[2] + " Listen to it below:"])
    assert kept(page) == STORY
    # ... and Hindustan Times's: "... reaching the agreement. Follow ... news live updates".
    page = "\n\n".join([STORY[0], STORY[1] + " Follow Estuary news live updates", *STORY[2:]])
    assert kept(page) == STORY
    # ... and GeekWire's note, cut off where the page stopped: "... We've reached out to ...
    # and will update this story with".
    note = " We’ve reached out to Estuary Ferries and will update this story with"
    assert kept("\n\n".join([*STORY[:-1], STORY[-1] + note])) == STORY


def test_a_caption_run_into_the_dateline_by_its_credit_leaves_it() -> None:
    # As WTOP's page came: the caption twice, each closed by its credits, then the lede.
    caption = (
        "Ann Lee waves from the ferry in Northgate on Sunday, May 3, 2026, in Estuary, E.S. "
        "(AP Photo/Jo Bloggs)(AP/Jo Bloggs)"
    )
    lede = "NORTHGATE, E.S. (AP) — " + STORY[0]
    page = "\n\n".join(["Ferry strike ends", f"{caption} {caption} {lede}", *STORY[1:]])
    body = from_text(page).body
    assert "waves from the ferry" not in body and "Photo" not in body
    assert STORY[0] in body


def test_a_dated_lede_the_page_cut_off_before_its_stop_opens_the_story() -> None:
    # As USA Today's page came: the lede lost its last words and its full stop.
    lede = (
        "NORTHGATE, E.S. \u2013 The long queues have disappeared from the quay at Northgate "
        "after the nine-day ferry strike that stopped every crossing on the estuary"
    )
    page = "\n\n".join(["Ferry strike ends after nine days", "Ann Lee", lede, *STORY[1:]])
    assert kept(page) == [lede, *STORY[1:]]


def test_captions_glued_to_the_story_s_paragraphs_leave_and_the_paragraphs_stay() -> None:
    # As Hindustan Times and SBS News set them: a caption with its agency glued after the
    # lede, a caption and its source in capitals glued before a paragraph, and a box's label
    # glued before the lede.
    page = "\n\n".join(
        [
            "Key Points " + STORY[0] + " Union leader Ann Lee(AFP)",
            "Crews gather on the quay after the vote. Source: EW / JO BLOGGS/EWIMAGE " + STORY[1],
            STORY[2],
        ]
    )
    assert kept(page) == STORY


def test_a_next_in_news_label_over_other_stories_is_no_heading() -> None:
    # As The Star's page closes a Reuters story: "Next In Tech News" over other headlines.
    story = [*STORY[:2], "Next In Ferry News", STORY[2]]
    assert "## Next In Ferry News" not in kept("\n\n".join(story))


def test_a_stamp_glued_to_its_reading_time_and_the_note_on_the_byline_s_author_leave() -> None:
    # As the Toronto Star sets them: "Wed., Dec. 7, 20221 min. read" under the byline, and
    # the reporter's note under the story.
    page = "\n".join(
        [
            "Ferry strike ends after nine days",
            "",
            "By Ann LeeFerry Reporter",
            "Wed., Dec. 7, 20271 min. read",
            *STORY,
            "",
            "Ann Lee is a Northgate-based ferry reporter for the Times.",
        ]
    )
    assert kept(page) == STORY


def test_a_reporter_named_in_the_story_but_not_signing_it_stays() -> None:
    # The story's subject may be a reporter: only the byline's name makes the note furniture.
    note = "Jo Bloggs is a Northgate-based ferry reporter for the Times."
    page = "\n\n".join(["Ferry strike ends after nine days", "By Ann Lee", *STORY, note])
    assert kept(page) == [*STORY, note]


def test_a_short_sentence_dense_with_names_is_a_paragraph_and_a_link_s_mark_leaves() -> None:
    # The National's "Pakistan captain Sarfaraz Ahmed praised Sri Lanka's fightback." had
    # become a heading; Reuters marks its links ", opens new tab".
    short = "Northgate captain Ann Lee praised Estuary Ferries' crews."
    marked = STORY[0].replace("operator,", "operator (EFL.N), opens new tab,")
    page = "\n\n".join([marked, short, *STORY[1:]])
    assert kept(page) == [STORY[0].replace("operator,", "operator (EFL.N),"), short, *STORY[1:]]
    # ... and BBC Sport's: "eight others were injured external-link and 98 arrests".
    marked = STORY[1].replace("back at work", "back at work external-link")
    assert kept("\n\n".join([STORY[0], marked, STORY[2]])) == STORY


def test_a_dated_lede_under_a_standfirst_a_crosshead_and_a_caption_above_the_story() -> None:
    # ABC10's lede under its dateline had been taken for a standfirst the quotation under it
    # retold; CBC's crosshead "May take months ..., PM says" for a paragraph; Yahoo's caption
    # "... raises a fist ..., in Cordoba, Argentina, November 16, 2023" for the lede.
    lede = "NORTHGATE, Est. \u2014 All the ferries to Northgate were cancelled Monday morning."
    page = "\n\n".join(
        [
            " date 2027-06-13 Union leader Ann Lee raises a fist during a rally at the quay, in "
            "Northgate, Estuary, June 12, 2027",
            "No crossings will run to Northgate until the strike ends.",
            lede,
            '"Effective immediately, all ferries to Northgate are cancelled," the operator said.',
            STORY[1],
            "May take weeks for crossings to resume, union says",
            STORY[2],
            "Even if the quay were open, few would sail. Resigned to staying in one place, many "
            "travellers waited in their cars.",
        ]
    )
    assert kept(page) == [
        lede,
        '"Effective immediately, all ferries to Northgate are cancelled," the operator said.',
        STORY[1],
        "## May take weeks for crossings to resume, union says",
        STORY[2],
        "Even if the quay were open, few would sail. Resigned to staying in one place, many "
        "travellers waited in their cars.",
    ]


def test_a_copyright_notice_glued_to_the_last_stop_leaves_the_body() -> None:
    last = FERRY[-1].rstrip()
    page = "\n\n".join(
        [
            "Ferry terminal to close",
            *FERRY[:-1],
            last + "Copyright(c) 2025 "
            "Estuary Wire. All Rights ReservedCopyright Estuary Wire/dpa-AFX",
        ]
    )
    body = from_text(page).body
    assert "Copyright" not in body and body.rstrip().endswith(last), body


def test_a_sign_up_prompt_above_the_headline_is_no_title() -> None:
    page = "\n\n".join(
        ["Create a free Estuary News account to continue", "Ferry terminal to close", *FERRY]
    )
    imported = from_text(page)
    assert imported.title == "Ferry terminal to close", imported.title
    assert "account" not in imported.body


def test_a_byline_glued_to_the_lede_leaves_it() -> None:
    page = "\n\n".join(["Ferry terminal to close", "By Winnie Onyando" + FERRY[0], *FERRY[1:]])
    body = from_text(page).body
    assert body.startswith(FERRY[0]) and "Onyando" not in body, body


def test_a_caption_credited_to_an_agencys_source_spaced_in_its_brackets_leaves_the_body() -> None:
    caption = (
        "The terminal opened in 1962 and was rebuilt twice. ( AFP: Northgate Harbour "
        "Authority and the Port of Estuary )"
    )
    page = "\n\n".join(["Ferry terminal to close", FERRY[0], caption, *FERRY[1:]])
    body = from_text(page).body
    assert "1962" not in body and all(p in body for p in FERRY), body


@pytest.mark.parametrize(
    "label", ["More from Sports", "Coming Up on Estuary FM", "READ MORE FROM ESTUARY NEWS:"]
)
def test_a_sections_links_or_a_stations_schedule_under_the_story_leave_it(label: str) -> None:
    schedule = [
        "The Breakfast Mix",
        "6:00am - 10:00am",
        "Enjoy your favourite music back to back commercial free, tune in to the Breakfast Mix "
        "every day for the music you love and the news updates you need",
        "The Drive Home is the must listen for the region's commuters, and those who aspire to be.",
    ]
    page = "\n\n".join(["Ferry terminal to close", *FERRY, label, *schedule])
    body = from_text(page).body
    assert body.rstrip().endswith(FERRY[-1]), body


def test_a_picture_from_an_agencys_files_leaves_the_body() -> None:
    caption = (
        "(FILES) Photo taken on June 29, 1986 Portrait of the harbour master Ann Lee at the "
        "old ferry terminal in Northgate."
    )
    page = "\n\n".join(["Ferry terminal to close", FERRY[0], caption, *FERRY[1:]])
    body = from_text(page).body
    assert "FILES" not in body and all(p in body for p in FERRY), body


def test_a_plug_for_the_networks_podcast_leaves_the_body() -> None:
    plug = (
        "To keep up to date on the latest news about the ferry and to understand what it means "
        "for you, check out the Harbour Talk: Fact vs. Fiction podcast from Estuary FM."
    )
    page = "\n\n".join(["Ferry terminal to close", *FERRY[:2], plug, FERRY[2]])
    body = from_text(page).body
    assert "podcast" not in body and all(p in body for p in FERRY), body


@pytest.mark.parametrize(
    "line",
    [
        "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds.",
        "People are also reading…",
    ],
)
def test_an_outlets_line_about_itself_or_its_other_stories_leaves_the_body(line: str) -> None:
    page = "\n\n".join(["Ferry terminal to close", FERRY[0], line, *FERRY[1:]])
    body = from_text(page).body
    assert line[:20] not in body and all(p in body for p in FERRY), body


def test_a_wire_s_end_mark_after_the_last_stop_leaves_the_body() -> None:
    last = FERRY[-1].rstrip()
    page = "\n\n".join(["Ferry terminal to close", *FERRY[:-1], last + " Enditem"])
    body = from_text(page).body
    assert "Enditem" not in body and body.rstrip().endswith(last), body


@pytest.mark.parametrize(
    "caption",
    [
        # pictures set side by side, as AFP labels them
        "(COMBO) This combination created on June 3, 2025 of file pictures shows the harbour "
        "master Ann Lee (May 2, 2019 in Northgate) and the ferry Estuary Star (2020).",
        # an agency's photo credited between slashes
        "Commuters board the last evening ferry at the old terminal in Northgate on June 3, "
        "2025. / AFP PHOTO /",
        # the photographer and the agency after a comma
        "Commuters board the last evening ferry at the old terminal in Northgate. The "
        "terminal opened in 1962. Jo Bloggs, Agence France-Presse",
        # the photographer glued to the stop, a bracket the page lost the other half of
        "Commuters board the last evening ferry in Northgate.Jo Bloggs)/Associated "
        "Press/Associated Press",
    ],
)
def test_a_caption_known_by_its_credit_or_its_label_leaves_the_body(caption: str) -> None:
    page = "\n\n".join(["Ferry terminal to close", FERRY[0], caption, *FERRY[1:]])
    body = from_text(page).body
    assert "Commuters board" not in body and "COMBO" not in body, body
    assert all(p in body for p in FERRY), body


def test_a_line_that_says_it_is_an_illustration_over_a_credit_is_its_caption() -> None:
    page = "\n\n".join(
        [
            "Ferry terminal to close",
            "Conceptual illustration of a ferry at its quay.\nJo Bloggs/Moment/Getty Images",
            *FERRY,
        ]
    )
    body = from_text(page).body
    assert "illustration" not in body and body.lstrip().startswith(FERRY[0]), body


@pytest.mark.parametrize(
    "banner",
    [
        "EstuaryWar.com - Your Coast At War",
        "Navigating the estuary Text our reporters Database of ferries Start the day smarter ☀️",
    ],
)
def test_a_site_banner_or_a_menu_above_the_headline_is_no_title(banner: str) -> None:
    imported = from_text("\n\n".join([banner, "Ferry terminal to close for good", *FERRY]))
    assert imported.title == "Ferry terminal to close for good", imported.title


def test_every_point_of_a_long_list_under_its_lead_in_stays() -> None:
    """A recall's thirteen models, each on a line of its own under "including the:", are
    the story's; the list had been cut after its eighth point."""
    models = [f"20{10 + n % 5}-2015 Estuary {name}" for n, name in enumerate("ABCDEFGHIJKLM")]
    page = "\n\n".join(
        [
            "Ferry maker recalls boats",
            FERRY[0],
            "About 1.6 million boats are being recalled, including the:",
            *models,
            *FERRY[1:],
        ]
    )
    body = from_text(page).body
    assert all(f"\n{m}\n" in body for m in models), body


def test_a_last_paragraph_that_counts_assists_is_no_caption() -> None:
    """A count of assists ("provided 10 assists") is no one in a picture assisting: the
    story's last paragraph, signed off by its agency over a picture's label, stays."""
    last = (
        "Lee, who had four years left on her contract, scored six times last season and "
        "provided 10 assists."
    )
    page = "\n".join(
        ["Ferry terminal to close", *FERRY, last + " (AFP)", "•PHOTO: Ann Lee", "Source Estuary"]
    )
    body = from_text(page).body
    assert body.rstrip().endswith(last), body


@pytest.mark.parametrize(
    "caption",
    [
        # a picture credited in brackets to a station via an agency
        "Paramedics tend to an injured passenger at the quay Saturday. Officials said 30 people "
        "were taken to hospital. (KEST-TV News 4 Northgate Bay via AP)",
        # a picture from AP's files, labelled so
        "FILE - Jo Bloggs, a paramedic at Northgate General, carries a stretcher along the quay "
        "during a rally by crews from Northgate and Eastport, March 16, 2021, in Northgate. With "
        "the terminal closing, c ((AP Photo/Ann Lee, File) / AP Newsroom)",
        # a photographer and a paper after a dash, or who lent the picture, in capitals
        "Paramedics gather outside the quay office on Wednesday after the storm. Jo Bloggs - "
        "Estuary News Group.",
        "Paramedics make their way through the snow at the quay on Tuesday. COURTESY OF "
        "NORTHGATE HARBOUR OFFICE.",
        # a dated caption that says what the picture came after
        "Ann Lee of Northgate tries to salvage what she can from her car Saturday, March 25, "
        "2023, after a storm ripped through the harbour town Friday night.",
    ],
)
def test_a_caption_credited_via_an_agency_or_dated_before_what_it_came_after_leaves(
    caption: str,
) -> None:
    # (under the headline given again, as the page sets its picture)
    page = "\n\n".join(["Ferry terminal to close", "Ferry terminal to close\n" + caption, *FERRY])
    body = from_text(page).body
    assert "Paramedics" not in body and "salvage" not in body, body
    assert all(p in body for p in FERRY), body


def test_a_caption_credited_to_its_photographer_and_agencies_in_brackets_is_cruft() -> None:
    assert is_cruft(
        "A supporter waves a flag outside the party's offices in Northgate (Ann Lee/AP/PA)"
    )
    assert not is_cruft("The ferry left Northgate on Monday (Estuary News/AP).")


def test_a_caption_with_the_agencys_picture_credited_to_its_supplier_is_cruft() -> None:
    caption = (
        "Crowds wave as the Harbour Queen leaves Northgate in its new livery. (AAP Image/Supplied "
        "by the Northgate Harbour Trust and the Estuary Museum)"
    )
    assert is_cruft(caption)
    assert not is_cruft("The Harbour Queen will sail in its new livery (blue and white).")


def test_a_wires_codes_for_a_story_or_a_topic_leave_the_paragraph() -> None:
    coded = f"{FERRY[1]} [FRX/]"
    page = "\n\n".join(["Ferry terminal to close", FERRY[0], coded, FERRY[2]])
    assert from_text(page).body.strip().split("\n\n") == FERRY
    coded = FERRY[1].replace("commuters,", "commuters [nL1N30S30X],")
    page = "\n\n".join(["Ferry terminal to close", FERRY[0], coded, FERRY[2]])
    assert "nL1N30S30X" not in from_text(page).body


def test_a_paragraph_that_tells_of_downloading_an_app_is_story() -> None:
    # A prompt to install the outlet's app ends the story; a paragraph about someone's app
    # is story, and what follows it too.
    told = (
        "Violations include each time a store offered the ability to download the app. Each "
        "could carry a $10,000 penalty, the harbour authority said."
    )
    page = "\n\n".join(["Ferry terminal to close", *FERRY[:2], told, FERRY[2]])
    assert from_text(page).body.strip().split("\n\n") == [*FERRY[:2], told, FERRY[2]]
    prompt = "For the latest on the harbour, download our Estuary News app."
    page = "\n\n".join(["Ferry terminal to close", *FERRY, prompt])
    assert from_text(page).body.strip().split("\n\n") == FERRY


def test_a_comment_boxs_rules_under_their_heading_and_a_sponsors_download_leave() -> None:
    rules = [
        "Community Rules",
        "northgatenews.com is really happy to provide this forum in which all are encouraged "
        "to state their opinions. We will approve any comment that speaks solely to the story.",
        "While we will not post comments questioning moderators' judgement, we will take such "
        "suggestions into consideration as possible ways to impro",
    ]
    assert (
        from_text("\n\n".join(["Ferry terminal to close", *FERRY, *rules]))
        .body.strip()
        .split("\n\n")
        == FERRY
    )
    advert = (
        "This whitepaper outlines four powerful strategies to amplify board meeting "
        "conversations during a time of economic volatility."
    )
    page = "\n\n".join(["Ferry terminal to close", *FERRY[:2], advert, FERRY[2]])
    assert from_text(page).body.strip().split("\n\n") == FERRY


def test_a_comment_forms_notice_and_a_channels_plug_inside_a_paragraph_leave() -> None:
    plugged = (
        FERRY[0] + " Are you on Telegram? Subscribe to our channel for the latest updates on "
        "the harbour. ArrowRight " + FERRY[1]
    )
    page = "\n\n".join(
        ["Ferry terminal to close", plugged, FERRY[2], "Only registered members can post comments."]
    )
    body = from_text(page).body
    assert f"{FERRY[0]} {FERRY[1]}" in body, body
    assert "Telegram" not in body and "ArrowRight" not in body and "comments" not in body, body


@pytest.mark.parametrize(
    "appeal",
    [
        "Our mission to make travel better is fueled by readers like you. To enjoy unlimited "
        "access to our journalism, subscribe today.",
        "If you have an EFN member number, please enter it here so we can link this account "
        "to your membership. (optional)",
        "EFN values your privacy. By submitting your information, you are gaining access to "
        "E&N and subscribing to our weekly newsletter. We use the information you provide to "
        "make your reading experience better, and we will never sell your data to third party "
        "members.",
        "We and our partners use cookies to understand how you use our site, improve your "
        "experience and serve you personalised content. Read about how we use cookies in our "
        "cookie policy. By continuing to use this site, you accept these cookies.",
        "Select Language To Read in Welsh, Gaelic or Cornish.",
        "This story has not been edited. It has been published as provided by EFN",
    ],
)
def test_an_appeal_to_pay_or_a_sign_up_forms_lines_leave(appeal: str) -> None:
    page = "\n\n".join(["Ferry terminal to close", FERRY[0], appeal, *FERRY[1:]])
    imported = from_text(page)
    assert imported.body == "\n\n".join(FERRY) + "\n", imported.body


def test_a_wires_short_first_line_broken_on_the_goes_on_in_its_paragraph() -> None:
    page = """By Ann Lee
NORTHGATE May 4 Estuary Link chose the
harbour master's office as its backdrop to announce that the ferry
operator's 300 crews will return to work on Tuesday after the union
accepted a new pay offer, ending a strike that had stopped every
crossing to the islands for nine days.
The vote was held on Monday evening at the union's hall in
Northgate, and the result was announced shortly after 9 p.m."""
    assert kept(page)[0].startswith("NORTHGATE May 4 Estuary Link chose the harbour master's")


def test_a_wires_update_note_hard_wrapped_after_an_abbreviation_leaves_whole() -> None:
    """A wire's note, wrapped at a fixed width, breaks after "Gov.": the bracket it opened
    carries it on, and the note is no paragraph, heading or title."""
    page = (
        " date 2027-10-03 (Adds comments from the harbour master, Gov.\n"
        "Ann Lee's office, background on estuary ferry services\n"
        "and fares)\n"
        "NORTHGATE, Oct 3 (Reuters) - The harbour authority said on\n"
        "Tuesday that the old ferry terminal would close for good at\n"
        "the end of the month, after the council voted to sell it.\n"
        "About 400 people use the terminal each day, most of them\n"
        "commuters and students, the authority said in a statement.\n"
    )
    imported = from_text(page)
    assert "Adds comments" not in imported.body and "background" not in imported.body
    assert imported.title is None or "office" not in imported.title, imported.title


def test_a_sections_label_is_no_title() -> None:
    imported = from_text("\n\n".join(["Nation & World News", *FERRY]))
    assert imported.title != "Nation & World News"


def test_a_wires_update_note_run_on_with_the_byline_is_no_title() -> None:
    page = (
        " date 2027-12-23 (Adds comments at news conference by harbour master)\n"
        "By Ann Lee\n"
        "NORTHGATE Dec 23 The harbour authority said on Tuesday that the old\n"
        "ferry terminal would close for good at the end of the month, after the\n"
        "council voted to sell the land to a developer for new homes.\n"
        "About 400 people use the terminal each day, most of them commuters and\n"
        "students, the authority said in a statement issued on Tuesday night.\n"
    )
    imported = from_text(page)
    assert imported.title is None or "Adds" not in imported.title, imported.title
    assert "Adds" not in imported.body, imported.body


def test_a_players_loading_mark_glued_to_a_paragraph_leaves_it() -> None:
    page = "\n\n".join(["Ferry terminal to close", FERRY[0], "Loading..." + FERRY[1], FERRY[2]])
    body = from_text(page).body
    assert "Loading" not in body and FERRY[1] in body, body


def test_a_caption_given_again_after_its_credit_set_over_three_lines_leaves() -> None:
    # A public radio page sets the caption, then the credit over three short lines, then
    # the caption again: written as the story's sentence, it is a caption all the same.
    caption = "Harbour master Ellen Kruger receiving a telephone update about the closure."
    credit = ["Credit Ann Lee / Northgate Public Media", "/", "Northgate Public Media"]
    page = "\n".join(["Ferry terminal to close", "", FERRY[0], "", caption, *credit, caption, ""])
    page += "\n\n".join(FERRY[1:])
    body = from_text(page).body
    assert "Kruger" not in body and "Public Media" not in body, body
    assert all(paragraph in body for paragraph in FERRY)


def test_a_caption_saying_who_stands_where_over_its_agency_credit_leaves() -> None:
    caption = (
        "Ellen Kruger, right, tells commuters the rules for the last crossings at the "
        "ferry terminal in Northgate, Estuary."
    )
    page = "\n\n".join(["Ferry terminal to close", caption, "(Ann Lee / Associated Press)", *FERRY])
    body = from_text(page).body
    assert "Kruger" not in body and "Associated Press" not in body, body
    assert all(paragraph in body for paragraph in FERRY)


def test_a_paragraph_on_an_earlier_fire_is_no_caption() -> None:
    # "fire at" reads as a caption's "Police fire at protesters" only after its subject:
    # after an article it is the blaze.
    earlier = "A massive fire at the terminal, killed two people and injured dozens in March 2021."
    body = from_text("\n\n".join(["Ferry terminal to close", *FERRY, earlier])).body
    assert earlier in body, body


def test_a_summary_point_the_story_never_tells_is_kept_and_one_it_retells_leaves() -> None:
    retold = "• The old ferry terminal will close for good at the end of the month."
    news = "• Schools along the estuary are closed for the day."
    page = "\n\n".join(["Ferry terminal to close", "The latest:", retold, news, *FERRY])
    body = from_text(page).body
    assert "Schools along the estuary are closed for the day." in body, body
    assert body.count("for good at the end of the month") == 1, body
    # ... and so is a long one set without its full stop, but never a byline set as a point.
    unstopped = "• Schools along the estuary are closed for the day and buses will run instead"
    byline = "- BY ANN LEE Associated Press ESTUARY TIMES VIA AP] [PHOTO BY BO ROE/THE"
    page = "\n\n".join(["Ferry terminal to close", byline, retold, unstopped, *FERRY])
    body = from_text(page).body
    assert "buses will run instead" in body and "ANN LEE" not in body, body


def test_an_advertisements_close_button_given_again_is_no_headline_over_the_story() -> None:
    # "X" above the page and again between the first paragraphs is an advertisement's close
    # button: the paragraphs above the second one are the story's, not a teaser.
    page = "\n\n".join(["X", "Ferry terminal to close", FERRY[0], FERRY[1], "X", FERRY[2]])
    body = from_text(page).body
    assert all(paragraph in body for paragraph in FERRY), body


@pytest.mark.parametrize(
    "line",
    [
        "Warning: Graphic content.",
        "Coverage: Watch live on BBC TV, BBC Red Button and Connected TVs; Text updates online.",
        "View all Load more",
        "Get the latest news! Subscribe to the Northgate Adviser bulletin",
    ],
)
def test_a_notice_listings_or_a_bulletins_box_is_furniture(line: str) -> None:
    imported = between_paragraphs(line)
    assert line not in imported.body and imported.title != line, imported


def test_a_polls_prompt_in_capitals_is_no_dateline_and_the_paragraphs_above_it_stay() -> None:
    # "VOTE NOW:" reads like "LONDON:" opening a lede; the story above it is the story.
    prompt = "VOTE NOW: Has the estuary had enough of the harbour authority as the ferries stop?"
    page = "\n\n".join(["Ferry terminal to close", "By Ann Lee", *FERRY[:2], prompt, FERRY[2]])
    body = from_text(page).body
    assert all(paragraph in body for paragraph in FERRY) and "VOTE NOW" not in body, body


def test_a_paragraph_on_an_anti_crime_patrol_is_no_caption() -> None:
    # "patrol" after what kind it is is no one patrolling, and "after seeing" no caption's.
    line = (
        "However, during an anti-crime patrol the harbour master stopped a man on Main "
        "Street, apparently after seeing a van being driven erratically, when the struggle "
        "ensued."
    )
    assert line in between_paragraphs(line).body


def test_a_lede_opened_by_its_dateline_under_a_pictures_credit_is_the_story() -> None:
    lede = "NORTHGATE – The harbour authority closed the old ferry terminal for good on Tuesday."
    page = "\n".join(
        ["Ferry terminal closes", "", "The old terminal.", "(photo credit: REUTERS)", lede]
    )
    page += "\n" + "\n".join(FERRY[1:])
    assert lede in from_text(page).body


def test_the_last_paragraph_over_a_pictures_credit_set_apart_is_the_story() -> None:
    last = "The terminal, for the time being, remains open."
    page = "\n".join(["Ferry terminal to close", *FERRY, last, "", "Photo: Ann Lee/Getty."])
    body = from_text(page).body
    assert last in body and "Getty" not in body, body


def test_a_key_points_box_point_the_story_never_tells_is_kept_in_the_body() -> None:
    page = "\n".join(
        [
            "Ferry terminal to close",
            FERRY[0],
            "Key points:",
            "- The harbour authority says the old terminal will close for good next month",
            "- A majority of commuters are now in favour of the new bridge, according to a June "
            "survey",
            *FERRY[1:],
        ]
    )
    body = from_text(page).body
    assert "according to a June survey" in body and "Key points" not in body, body
    assert "will close for good next month" not in body, body


def test_a_summary_point_over_the_dateline_the_story_never_tells_is_kept() -> None:
    points = [
        "  • If the strike goes ahead, the authority will decide which crossings to cancel.",
        "  • The old ferry terminal will close for good at the end of the month.",
    ]
    page = "\n".join(["Ferry terminal to close", "", *points, ""])
    page += "\n\n".join(["NORTHGATE — " + FERRY[0], *FERRY[1:]])
    body = from_text(page).body
    assert "which crossings to cancel" in body, body
    assert body.count("for good at the end of the month") == 1, body
    # ... under the lede, which opens the story at its dateline.
    assert body.startswith("NORTHGATE — "), body


def test_a_promise_of_live_coverage_glued_to_a_paragraph_leaves_it() -> None:
    line = FERRY[1] + " NBC will have live coverage here and you can follow updates on radio."
    body = between_paragraphs(line).body
    assert "live coverage" not in body and FERRY[1] in body, body


@pytest.mark.parametrize(
    "caption",
    [
        "Harbour master Ellen Kruger speaks at the quay. The terminal was set to close on 3 "
        "March as talks failed. Ann Lee/UN Photo/dpa",
        "As a precaution, the authority has decided to keep the terminal shut for two days. "
        "Pics/Ann Lee",
    ],
)
def test_a_caption_credited_to_an_agency_through_a_lender_or_under_pics_leaves(
    caption: str,
) -> None:
    body = between_paragraphs(caption).body
    assert caption not in body and all(p in body for p in FERRY), body


@pytest.mark.parametrize(
    "line",
    [
        "Your subscription could not be saved. Please try again.",
        "Rate players out of 10 throughout or after the game. The rater will close 30 minutes "
        "after the final whistle.",
        "Click to play video: 'Ferry terminal to close' Northgate's harbour authority ...",
        "The post Ferry Terminal to Close After Talks Fail appeared first on Coastal Times.",
        "For more news and in-depth stories from the estuary, please follow us on X.",
        "11 minutes Ferries, a 'dirt cheap' way to cross the estuary, just got a lot faster",
        "Ann Lee, Bo Roe and Tom Hart Additional reporting by Ezra Cheung",
        "Correction: A previous version of this story misstated the number of crossings a day.",
        "Facebook / Northgate Ferry Company",
        "Only one ferry company remains on the estuary as fares riseImage: Ann Lee/AA/picture "
        "alliance",
        "Our goal is to create a safe and engaging place for users to connect over interests "
        "and passions. In order to improve our community experience, we are temporarily "
        "suspending article commenting",
    ],
)
def test_a_newsletter_boxs_message_or_a_video_players_label_is_furniture(line: str) -> None:
    assert line not in between_paragraphs(line).body


@pytest.mark.parametrize(
    ("tail", "gone"),
    [
        # the box to leave a reply, and the links under it
        (
            [
                "LEAVE A REPLY",
                "Please enter your comment!",
                "Must Read",
                "Harbour master reacts to the ferry fashion show in Estuary...",
            ],
            "Harbour master reacts",
        ),
        # a label over links to related posts, a headline under it
        (
            [
                "Related Posts",
                "- Ferry fares to rise in spring",
                "Fares on the estuary's ferries will rise by a tenth from April…",
                "- Council approves new terminal at Northgate",
                "10th March 2018 By Ann Lee The council has approved a new ferry terminal at…",
            ],
            "Fares on the estuary",
        ),
    ],
)
def test_the_story_ends_at_a_box_below_it(tail: list[str], gone: str) -> None:
    body = from_text("\n\n".join(["Ferry terminal to close", *FERRY, *tail])).body
    assert gone not in body and all(p in body for p in FERRY), body


def test_a_widgets_label_whose_links_the_page_lost_ends_no_story() -> None:
    rest = [
        "At the start of the hearing, the harbour master Ann Lee said the terminal had been "
        "losing money for a decade and that she had warned the council twice.",
        "Lee said the crews had been offered jobs at the new terminal in Northgate.",
    ]
    above = [
        "The harbour authority said on Tuesday that the old ferry terminal run by Ann Lee "
        "would close for good at the end of the month.",
        *FERRY[1:],
    ]
    page = "\n\n".join(
        ["Ferry terminal to close", *above, "You may also like", "Read more from Crime", *rest]
    )
    body = from_text(page).body
    assert all(p in body for p in rest), body


def test_a_link_to_the_pages_video_glued_to_a_paragraph_and_other_news_below_leave() -> None:
    glued = FERRY[2] + " Video Watch what the crews were up against »"
    other = [
        "In other news: Woman admits abusing harbour doorman",
        "A woman who was filmed abusing a doorman at a harbour pub has admitted assault.",
        "Sharna Walker was banned from Quayside after confronting doorman Tristan Price.",
    ]
    body = from_text("\n\n".join(["Ferry terminal to close", *FERRY[:2], glued, *other])).body
    assert "Video Watch" not in body and "doorman" not in body, body
    assert all(p in body for p in FERRY), body


def test_a_wires_end_mark_endit_is_cut_from_the_last_paragraph() -> None:
    body = from_text("\n\n".join(["Ferry terminal to close", *FERRY[:2], FERRY[2] + " Endit"])).body
    assert "Endit" not in body and FERRY[2] in body, body


def test_a_placeholder_above_the_headline_is_no_title() -> None:
    page = "\n\n".join(
        [
            "This is a test for Consumer Pay Call to Action",
            "Ferry strike ends after nine days",
            *STORY,
        ]
    )
    assert from_text(page).title == "Ferry strike ends after nine days"


def test_writers_names_alone_above_the_story_are_its_byline_not_its_title() -> None:
    page = "\n\n".join(["Ann Lee, Tom Hart and Jo Bloggs The Estuary", *STORY])
    found = from_text(page)
    assert found.author == "Ann Lee, Tom Hart and Jo Bloggs"
    assert found.title != "Ann Lee, Tom Hart and Jo Bloggs The Estuary"
    assert "Jo Bloggs" not in found.body


def test_names_the_lede_gives_above_it_are_no_byline() -> None:
    page = "\n\n".join(
        [
            "Captains Ann Lee and Tom Hart",
            "Captains Ann Lee and Tom Hart signed the pay deal on the quay on Monday, ending "
            "a strike that had stopped every crossing for nine days.",
            *STORY[1:],
        ]
    )
    assert from_text(page).author is None


def test_a_lists_short_points_above_its_long_ones_stay_in_the_body() -> None:
    points = [
        "• More than 30% of the crews must vote to strike",
        "• Two deckhands or four stewards must sign each notice for every group of 100 crew",
    ]
    page = "\n\n".join([*STORY[:2], "What the rules say", *points, STORY[2]])
    assert kept(page) == [*STORY[:2], "## What the rules say", *points, STORY[2]]


def test_a_glossarys_short_points_stay_out_of_the_body() -> None:
    glossary = [
        "- quay: a place where boats are tied up - ท่าเรือ",
        "- roster (noun): a list of who works when, and on which boat, for each week of the "
        "season - ตารางเวร",
    ]
    page = "\n\n".join([*STORY[:2], "Vocabulary", *glossary, STORY[2]])
    assert glossary[0] not in kept(page)


@pytest.mark.parametrize(
    "label", ["STORY: ", "Worth noting: ", "Zoom in: ", "TRANSCRIPT: ", "EXCLUSIVE: "]
)
def test_a_label_before_a_paragraphs_first_words_leaves_it(label: str) -> None:
    page = "\n\n".join([STORY[0], label + STORY[1], STORY[2]])
    assert kept(page) == STORY


def test_a_pictures_alternative_text_above_its_caption_label_leaves_the_body() -> None:
    page = "\n\n".join(
        [
            STORY[0],
            "Father and son sitting on a ferry. The father holds a cup of tea.\nImage caption,",
            "Ann Lee and her son caught the first ferry",
            *STORY[1:],
        ]
    )
    assert kept(page) == STORY


def test_a_search_boxs_error_glued_to_the_standfirst_leaves_it() -> None:
    page = "\n\n".join(
        [
            "An error occurred while searching, try again later.But crews warn the deal is fragile",
            *STORY,
        ]
    )
    found = from_text(page)
    assert "error occurred" not in found.body and "error occurred" not in (found.title or "")


@pytest.mark.parametrize(
    "above",
    [
        "Home > Transport > Ferry strike ends after nine days",
        "HOME | Transport (Click here for more)",
        "This content is not available in your region",
    ],
)
def test_a_trail_of_sections_or_a_regions_block_is_no_title(above: str) -> None:
    page = "\n\n".join([above, "Ferry strike ends after nine days", *STORY])
    assert from_text(page).title == "Ferry strike ends after nine days"


def test_quotation_marks_escaped_as_in_a_string_are_quotation_marks() -> None:
    page = "\n\n".join([*STORY, 'The union said: \\"We won.\\" Crews cheered on the quay.'])
    assert kept(page)[-1] == 'The union said: "We won." Crews cheered on the quay.'


@pytest.mark.parametrize("entity", ["&#39;", "&39;"])
def test_a_characters_entity_left_in_the_copy_is_the_character(entity: str) -> None:
    line = "Ann Lee{}s crews cheered on the A&amp;E quay; the &99999; stays as written."
    page = "\n\n".join([*STORY, line.format(entity)])
    mended = "Ann Lee's crews cheered on the A&E quay; the &99999; stays as written."
    assert kept(page)[-1] == mended


def test_a_paragraph_whose_quotation_closes_a_sentence_is_no_caption() -> None:
    paragraph = (
        "The strike does not extend to the night ferries, and Ann Lee added that crews will "
        'have the union\'s "full support." The new timetable will start on Friday, June 4.'
    )
    page = "\n\n".join([*STORY[:2], paragraph, STORY[2]])
    assert kept(page) == [*STORY[:2], paragraph, STORY[2]]


@pytest.mark.parametrize(
    "label", ["Audio By Carbonatix", "Open Modal", "ITV Report", "Arrow-right Camera"]
)
def test_a_players_label_is_no_byline(label: str) -> None:
    page = "\n\n".join(["Ferry strike ends in Northgate", label, *STORY])
    assert from_text(page).author is None


def test_a_links_icon_glued_to_its_word_leaves_the_word() -> None:
    glued = STORY[0].replace("offer", "offerinfo-icon", 1)
    assert kept("\n\n".join([glued, *STORY[1:]])) == STORY


def test_a_writers_name_and_role_over_the_headline_are_the_byline_not_the_title() -> None:
    page = "\n\n".join(["Ann Lee Transport editor", "Ferry strike ends in Northgate", *STORY])
    found = from_text(page)
    assert (found.title, found.author) == ("Ferry strike ends in Northgate", "Ann Lee")


def test_a_pictures_alternative_text_over_its_caption_credited_as_a_photograph_leaves() -> None:
    alternative = (
        "Ann Lee waves at the crowd after a speech on the quay. She is wearing a navy coat and "
        "a red cap that reads: ‘sail, baby, sail’."
    )
    caption = (
        "Ann Lee came to the crowd on the quay wearing a red ‘sail, baby, sail’ cap. "
        "Photograph: Jo Bloggs/Shutterstock"
    )
    page = "\n\n".join([STORY[0], f"{alternative}\n{caption}", *STORY[1:]])
    assert kept(page) == STORY


def test_a_pictures_credit_in_small_letters_is_not_joined_to_the_line_above() -> None:
    unstopped = (
        "Crews will be back at work on Tuesday morning, the union said, as the operator agreed"
    )
    page = "\n\n".join([STORY[0], f"{unstopped}\njo_bloggs / iStock", STORY[2]])
    # (the line over a credit is the picture's caption)
    assert kept(page) == [STORY[0], STORY[2]]


def test_short_points_under_a_lead_in_ending_on_its_verb_are_the_storys_list() -> None:
    points = ["North East and Yorkshire", "Cumbria and Lancashire", "East and West Midlands"]
    page = "\n".join([STORY[0], "The regions affected by the move are:", *points, STORY[1]])
    assert kept(page.replace("\n", "\n\n")) == [
        STORY[0],
        "The regions affected by the move are:",
        *points,
        STORY[1],
    ]


def test_a_captions_name_the_lede_gives_in_small_letters_is_no_byline() -> None:
    lede = "Coast Guard rescue boats from two stations saved two fishermen on Sunday morning."
    page = "\n\n".join(["Crew Rescued From Capsizing Boat", "Coast Guard Boat", lede, *STORY[1:]])
    assert from_text(page).author is None


def test_a_headline_after_a_date_stamp_and_a_close_button_is_the_title() -> None:
    page = "\n\n".join(["date 2026-05-04 × 2 ferries stranded off Northgate, Estuary", *STORY])
    found = from_text(page)
    assert (found.title, found.published) == (
        "2 ferries stranded off Northgate, Estuary",
        "2026-05-04",
    )


def test_a_desks_initials_glued_to_the_last_quotation_leave_it() -> None:
    last = '"It is a better outcome than mass job losses."'
    assert kept("\n\n".join([*STORY, last + "rfj/bmm"])) == [*STORY, last]
    # ... but an address's path after its stop is the address: "visit estuary.co.uk/info".
    assert not TRAILING_WIRE.search("For the new timetable, visit estuaryferries.co.uk/info")


def test_a_story_sentence_over_a_credited_caption_that_shares_its_words_stays() -> None:
    told = "He secured 201 votes on the quay to become the union's leader, defeating Tom Hart."
    caption = "Ann Lee, the union's new leader, speaks on the quay after the votes. (Jo Bloggs/AFP)"
    assert kept("\n\n".join([STORY[0], told, caption, *STORY[1:]])) == [STORY[0], told, *STORY[1:]]


def test_a_story_sentence_over_a_dated_line_that_says_who_said_it_stays() -> None:
    told = "The state government said it would work towards a ban from 1 July 2026."
    assert kept("\n\n".join([STORY[0], told, *STORY[1:]])) == [STORY[0], told, *STORY[1:]]


def test_a_link_under_a_cut_off_last_line_is_not_joined_to_it() -> None:
    cut = "Crews said the operator would publish a new timetable while at the same time the"
    page = "\n".join([*STORY, cut, "Read more on estuary.example"])
    assert "Read more" not in from_text(page.replace("\n", "\n\n", len(STORY))).body


@pytest.mark.parametrize(
    "byline",
    ["By Ann LowryFirst Published Sep 5, 2026, 5:35 PM IST", "By Ann LowryMid WalesPublished:"],
)
def test_a_stamp_or_section_glued_to_the_writers_name_leaves_it(byline: str) -> None:
    page = "\n\n".join(["Ferry strike ends in Northgate", byline, *STORY])
    assert from_text(page).author == "Ann Lowry"


@pytest.mark.parametrize(
    "notice",
    [
        "You are seeing a snapshot of an interactive graphic. This is most likely due to being "
        "offline or JavaScript being disabled in your browser.",
        "This website contains images and information relating to tobacco products. Please do "
        "not view if you are under 18 years of age.",
        "Sorry, this content isn't available on your device.",
        "We are currently experiencing network problems with the desktop version of Estuary "
        "Times. We hope to have these resolved as soon as possible.",
        "The full list of those that would remain open is here.",
        # a membership's pitch, and a paper's farewell to its readers
        "Be part of the team Access exclusive podcasts, interviews and analysis with a monthly "
        "or annual membership. Become a Member",
        "It has been our privilege to have the trust and support of our Estuary communities",
        # a prompt to a live page, a science site's note on its review, an explainer's signpost
        "Follow Estuary ferry strike news live updates",
        "This article has been reviewed according to Estuary X's editorial process and "
        "policies. Editors have highlighted the following attributes while ensuring the "
        "content's credibility:",
        "Here’s what you need to know about the strike, including who is taking part and how "
        "it will affect passengers.",
        # the outlet's note that it asked and will update the story
        "We’ve reached out to Estuary Ferries and the union and will update this story with "
        "any response.",
        # a sign-up box's small print, a browser notice
        "You can unsubscribe at any time. By signing up you are agreeing to our Terms of Use "
        "and Privacy Policy.",
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of "
        "Service apply.",
        "You are using an older browser version. Please use a supported version for the best "
        "Estuary News experience.",
        # a sign-up box left unfilled, a pointer to more of the outlet's stories
        "[[title]] [[text]] An error occurred. Please try again. [[success]] Email address Sign up",
        "For more original Estuary Times articles, visit here.",
        "You can read the full email on the source page.",
        "This article covers a developing story. Continue to check back with us as we will be "
        "adding more information as it becomes available.",
        "Get your daily dose of everything happening in ferries and harbours in Estuary.",
        "Estuary Wire's daily must-read of the most current and pressing daily news",
        "Check out Estuary Wire’s live coverage of the ferry strike in Northgate.",
        "FIND THIS INTERESTING? SHARE IT WITH YOUR FRIENDS!",
        "A FREE subscription to Estuary Daily arrives every morning and evening.",
        "Estuary Daily is a trusted source of national news and information and is provided "
        "free for all readers. Read our editori",
        "You are viewing content from Estuary FM Northgate. Would you like to make this your "
        "preferred location?",
        "Watch live coverage in the video player above.",
        "• Watch major indexes update here.",
        # a newsletter's point and thanks, a call for readers' stories
        "• Catch the latest on Estuary news, sports, and more. Delivered every weekday.",
        "Thank you for subscribing!",
        "Do you have a money story you’d like to share? Get in touch by emailing "
        "money@estuary.example.",
    ],
)
def test_a_sites_notice_between_paragraphs_leaves(notice: str) -> None:
    assert kept("\n\n".join([STORY[0], notice, *STORY[1:]])) == STORY


def test_a_bar_after_the_last_paragraphs_stop_leaves_the_paragraph_whole() -> None:
    assert kept("\n\n".join([*STORY[:-1], STORY[-1] + " |"])) == STORY


@pytest.mark.parametrize(
    "credit",
    [
        "(Reporting by Ann Lee; Editing by Jo Bloggs)",
        "(Reporting ",
        # ... and so does a pointer to the page's video
        "Watch live coverage in the video player above.",
    ],
)
def test_a_wires_credits_or_a_video_pointer_glued_after_the_last_stop_leave(credit: str) -> None:
    assert kept("\n\n".join([*STORY[:-1], STORY[-1] + " " + credit])) == STORY


def test_an_advice_box_under_the_story_leaves_however_long() -> None:
    box = [
        "Questions about flu? Here are some things you need to know:",
        "Health officials caution against all travel to the estuary. Returning travellers are "
        "asked to stay at home for seven days in case they develop symptoms and to prevent "
        "spreading the virus to others.",
        "Symptoms can include fever, cough and difficulty breathing, very similar to a cold. "
        "Some people can develop a more severe illness, among them older adults and people "
        "with chronic conditions of the heart or lungs.",
    ]
    # ... when shorter than the story above it.
    assert kept("\n\n".join([*STORY, *FERRY, "—", *box])) == [*STORY, *FERRY]


def test_a_quotation_that_asks_over_a_pictures_captions_is_the_storys() -> None:
    asks = "Headteacher Ann Lee told the BBC: 'If you save £1,000 on a holiday, what's a fine?'"
    captions = ["Ann Lee (pictured) has spoken out against the fines for term-time holidays"] * 2
    page = [STORY[0], asks, *captions, "Families asked whether teachers could be fined too"]
    assert asks in kept("\n\n".join([*page, *STORY[1:]]))


def test_a_lede_the_page_also_set_above_as_its_summary_stays() -> None:
    lede = "A parole board in Northgate on Wednesday refused Tom Hart's bid for freedom."
    next_one = (
        "Hart, 77, did not show up for the parole board hearing in Northgate, even though it "
        "could be his last chance at freedom. He has been refused 11 times before."
    )
    picture = "Image:Tom Hart\nTom Hart is seen in a police picture. - / AFP - Getty Images"
    summary = f"{lede}\n{picture}\n/ Source: Estuary news services"
    page = ["Hart refused parole", summary, lede, next_one, *STORY[1:]]
    assert kept("\n\n".join(page))[:2] == [lede, next_one]


def test_a_line_cut_off_under_a_caption_set_without_a_stop_is_the_storys() -> None:
    caption = "A ferry sits at the quay in Northgate last week, shortly before the strike began"
    cut = "Despite this, in 2025 the operator reported more than 400 cancelled sailin"
    assert kept("\n\n".join([*STORY, caption, cut]))[-1] == cut


def test_a_ticker_of_the_latest_stories_is_not_the_title() -> None:
    ticker = ["6h agoRevealed: Northgate's plan to buy back its ferries", "9h ago Quay reopens"]
    page = "\n\n".join([*ticker, "Ferry strike ends after nine days", *STORY])
    assert from_text(page).title == "Ferry strike ends after nine days"


def test_a_writers_role_on_the_line_under_the_name_is_not_the_author() -> None:
    page = ["Ferry strike ends after nine days", "Ann Lowry", "Home Affairs Correspondent"]
    assert from_text("\n\n".join([*page, *STORY])).author == "Ann Lowry"


def test_a_graphics_caption_over_its_credit_leaves() -> None:
    assert kept("\n\n".join([STORY[0], "FERRY Sailings\n(PA Graphics)", *STORY[1:]])) == STORY


def test_the_day_a_site_prints_over_its_slogan_is_not_the_day_published() -> None:
    page = ["Thu 25 Apr 2026", "2026 newspaper of the year", "Ferry strike ends", *STORY]
    assert from_text("\n\n".join(page)).published is None


def test_a_caption_credited_as_a_file_photo_leaves() -> None:
    caption = "Ann Lee says the quay will stay shut until spring. File Photo Jo Bloggs/EPA-EFE"
    assert kept("\n\n".join([STORY[0], caption, *STORY[1:]])) == STORY


def test_a_lede_under_a_credit_that_tells_what_will_be_is_no_caption() -> None:
    lede = "Ferry crossings from Northgate will not be cut, in a U-turn from the operator."
    page = ["date 2026-10-31 Jo Bloggs - PA Images via Getty Images", lede, *STORY[1:]]
    assert kept("\n\n".join(page))[0] == lede


def test_a_papers_subscription_offer_leaves() -> None:
    offer = (
        "Get more from The Estuary Times with a Premium Plus Digital Subscription in our July "
        "offer for just £4 for 4 months of content."
    )
    assert kept("\n\n".join([*STORY, offer])) == STORY


def test_a_posts_label_in_capitals_is_no_dateline() -> None:
    post = ["IMPORTANT UPDATE:", "Crews have voted to end the strike."]
    assert kept("\n\n".join([STORY[0], *post, *STORY[1:]]))[0] == STORY[0]


def test_a_headline_that_says_who_says_it_is_the_title_when_no_other_is() -> None:
    headline = "'No plans' to reopen the quay despite ferry strike ending, says minister"
    page = ["Election Latest", headline, *STORY]
    assert from_text("\n\n".join(page)).title == headline


def test_a_pictures_copyright_glued_to_the_lede_leaves_the_lede() -> None:
    lede = "© CLA Crews across Northgate are back at work after the nine-day ferry strike ended."
    assert kept("\n\n".join(["Ferry strike ends", lede, *STORY[1:]]))[0] == lede[6:]


def test_a_pages_tags_over_a_pictures_credit_leave_the_headline_alone() -> None:
    page = ["Ferry strike ends after nine days", "ferry strike, estuary ferries\nImage credit: PA"]
    assert from_text("\n\n".join([*page, *STORY])).title == "Ferry strike ends after nine days"


@pytest.mark.parametrize(
    "notice",
    [
        "Estuary Gazette: Trusted source for local news, events, and community updates.",
        "News and Info from Northgate, Estuary, North Wales",
        "To make sure you never miss out on your favourite NEW stories, we're happy to send "
        "you some reminders",
        "Click 'OK' then 'Allow' to enable notifications",
        "Receive free Estuary Ferries plc updates",
    ],
)
def test_a_sites_slogan_and_alerts_are_not_the_title(notice: str) -> None:
    page = [notice, "Ferry strike ends after nine days", *STORY]
    assert from_text("\n\n".join(page)).title == "Ferry strike ends after nine days"


def test_a_last_line_cut_off_inside_a_list_of_names_is_the_storys() -> None:
    cut = (
        "According to the union, the five most commonly cancelled crossings this month were "
        "Northgate, Port Calder, Estuary Quay, Hallam Sound and Kelby Po"
    )
    assert kept("\n\n".join([*STORY, cut]))[-1] == cut


def test_a_teaser_glued_to_its_section_and_age_is_not_the_title() -> None:
    page = ["At the Estuary Golf Club, Jo Bloggs turned the final into art\nsports1 day ago"]
    assert from_text("\n\n".join([*page, *STORY])).title is None


def test_a_sites_note_on_whom_it_writes_for_is_not_the_title() -> None:
    page = ["This website is intended for healthcare professionals", "Ferry strike ends at last"]
    assert from_text("\n\n".join([*page, *STORY])).title == "Ferry strike ends at last"


def test_a_caption_given_again_with_its_photographers_name_leaves() -> None:
    caption = "The quay at Northgate before the new roof was added."
    pictures = [
        f"{caption}\n{caption} Jo Bloggs",
        f"click to enlarge {caption} - JO BLOGGS\n{caption}\nJo Bloggs",
    ]
    for picture in pictures:
        assert kept("\n\n".join([STORY[0], picture, *STORY[1:]])) == STORY


def test_a_pictures_caption_crediting_who_lent_it_is_not_the_title() -> None:
    page = ["Estuary Quay at Northgate (Courtesy of Estuary Ferries)", *STORY]
    assert (
        from_text("\n\n".join(page)).title
        != "Estuary Quay at Northgate (Courtesy of Estuary Ferries)"
    )


def test_points_whose_bullets_the_page_lost_under_a_long_lead_in_are_the_storys() -> None:
    lead_in = "The deal, welcomed by both unions, will bring the ferries into line, meaning that:"
    points = [
        "Excessive fees for late tickets, which can be as high as £70, will be banned",
        "Crews will have to give passengers a 10-minute grace period before sailing",
    ]
    assert kept("\n\n".join([*STORY, lead_in, *points]))[-2:] == points


@pytest.mark.parametrize(
    "line",
    [
        "Our award-winning reporting has moved",
        "Estuary Staffing is committed to safeguarding and promoting the welfare of children.",
        "Nearly 100 new postcodes getting £25 cold weather payments – are you eligible?",
        "Just hours left to get £200 free cash paid in to bank account – how to claim",
    ],
)
def test_a_sites_notes_and_links_to_its_other_stories_leave(line: str) -> None:
    assert kept("\n\n".join([STORY[0], line, *STORY[1:]])) == STORY


def test_a_kicker_in_capitals_is_no_byline() -> None:
    page = [
        "Jump directly to the content\nOPERATION CROSSING",
        "Ferry strike ends in Northgate after nine days",
        "CREWS last night ended the ferry strike in Northgate after nine days.",
        STORY[2],
    ]
    assert from_text("\n\n".join(page)).author is None


@pytest.mark.parametrize(
    "line",
    [
        "• MORE: Where are Northgate's bus lanes and cameras? The full map of where to avoid",
        "For more information about impacts of the strike to Northgate’s ferries and the risks "
        "to the quay please visit the Estuary Forest Health page.",
        "More information about the new timetable can be found on the council's website.",
        "There is more information from the operator here.",
        "Dated: 02/03/2026 BRITAIN'S BUSIEST FERRY The quay at Northgate, which has seen queues "
        "every day, See story and video by Estuary News",
    ],
)
def test_links_to_more_and_a_picture_agencys_dated_caption_leave(line: str) -> None:
    assert kept("\n\n".join([STORY[0], line, *STORY[1:]])) == STORY


def test_a_link_to_a_document_after_or_before_a_paragraphs_sentences_leaves_it() -> None:
    paragraph = "Sightings can be reported to the council's hotline."
    page = [STORY[0], f"{paragraph} View the state's plan for the ferries here.", *STORY[1:]]
    assert kept("\n\n".join(page)) == [STORY[0], paragraph, *STORY[1:]]
    page = [STORY[0], f"There is more information from the operator here. {paragraph}", *STORY[1:]]
    assert kept("\n\n".join(page)) == [STORY[0], paragraph, *STORY[1:]]


@pytest.mark.parametrize(
    "line",
    [
        "This breaking news story is being updated and more details will be published shortly.",
        "This breaking news story is being updated and more details will be published shortly. "
        "Please refresh the page for the fullest version.",
        "Duration: 1 minute 7 seconds",
        "Support truly independent journalism Support Now Find out more Close Our mission is "
        "to deliver unbiased reporting that holds power to account.",
        "Whether $5 or $50, every contribution counts.",
        "Getting your Trinity Audio player ready...",
        "Read how the chair of the jury assessed her work here (external link to the prize's "
        "website).",
        "This is how her publisher congratulated the author on Thursday. PHOTO ILLUSTRATION: "
        "Estuary Press",
        "Thank you for donating to EstuaryNews.nl.",
        "Crews vote on the offer at the quay in Northgate (Estuary Council/Ferry Archive/PA)",
    ],
)
def test_a_sites_thanks_and_notes_and_a_supplied_pictures_caption_leave(line: str) -> None:
    assert kept("\n\n".join([STORY[0], line, *STORY[1:]])) == STORY


def test_a_papers_word_on_who_may_comment_closes_the_story() -> None:
    box = [
        "Why are you making commenting on The Estuary Echo only available to subscribers?",
        "We know there are thousands of readers who want to debate, argue and go back and forth "
        "in the comments section of our stories.",
        "Unfortunately, though, these debates are being spoiled by a vocal minority of trolls "
        "who aren't really interested in the issues.",
    ]
    story = [
        *STORY,
        "Passengers who had booked crossings during the strike will be refunded in full, the "
        "operator said, and those who travelled by other routes may claim their costs.",
        "The union said its members had voted by a large majority to accept the offer, which "
        "raises pay by six per cent this year and four per cent next year.",
    ]
    assert kept("\n\n".join([*story, *box])) == story


def test_a_caption_given_twice_after_the_papers_name_leaves() -> None:
    caption = "Ann Lee spoke at the quay yesterday after the vote."
    doubled = f"The Estuary Echo: {caption}{caption} (Image: PA)"
    assert kept("\n\n".join([STORY[0], doubled, *STORY[1:]])) == STORY


def test_an_adverts_placeholder_glued_to_a_paragraph_leaves_it() -> None:
    assert kept("\n\n".join([STORY[0], "{mosads}" + STORY[1], *STORY[2:]])) == STORY


def test_a_lede_under_a_pictures_caption_is_no_standfirst() -> None:
    lede = "Ferry crews in Northgate have voted to end the strike over pay after nine days."
    page = [
        "Ferry strike ends in Northgate",
        "The vote to end the strike over pay comes after nine days of cancelled sailings",
        "Crews at the quay. Photograph: Jo Bloggs/Getty Images",
        lede,
        "After a vote at the union's meeting in Northgate, crews said the strike over pay had "
        "ended and sailings would start again on Monday after nine days.",
        *STORY[1:],
    ]
    assert kept("\n\n".join(page))[0] == lede


def test_a_caption_credited_without_its_bracket_leaves() -> None:
    line = "Ann Lee was remanded in custody after appearing in court. ( AP: Jo Bloggs/PA"
    assert kept("\n\n".join([STORY[0], line, *STORY[1:]])) == STORY


def test_a_caption_credited_after_its_label_leaves() -> None:
    caption = (
        "Crews march and rally on the first anniversary of the sacking of Ann Lee in Northgate"
    )
    lede = (
        "The Northgate Ferry Company on Monday sacked the manager who cancelled the crossings "
        "of Ann Lee's crew, a year after the union said the crew had not been paid."
    )
    page = [
        "Northgate ferry manager sacked for cancelling 2026 crossings",
        "Police believed Lee was selling tickets without a licence.",
        f"{caption} (photo credit: REUTERS)\n{caption}\n(photo credit: REUTERS)\n{lede}",
        *STORY,
    ]
    assert caption not in " ".join(kept("\n\n".join(page)))


def test_an_adverts_label_glued_to_a_one_letter_word_leaves_the_paragraph() -> None:
    paragraph = "A motion to end the strike was made after crews voted."
    assert kept("\n\n".join([STORY[0], "Hide Ad" + paragraph, *STORY[1:]]))[1] == paragraph


def test_a_last_line_cut_off_under_a_labelled_caption_is_the_storys() -> None:
    caption = [
        "Image source, Estuary Media",
        "Image caption,",
        "A marquee has been set up as crews continue their vigil near the quay, Northgate",
    ]
    cut = (
        "Ann Lee joined the union in 2018, most recently serving on its Ferry and Port Crews "
        "Committee, a body responsible for the P"
    )
    assert kept("\n\n".join([*STORY, *caption, cut]))[-1] == cut


@pytest.mark.parametrize(
    "line",
    [
        "Estuary TV's Economics Editor Ann Lee reports:",
        "Estuary TV Political Editor Ann Lee looks at the key changes unveiled in the deal.",
        "Our Northgate Political Editor Ann Lee was at the quay to hear the vote:",
        "Here, the Echo takes a look at what it means for you.",
        "The quay at dusk on the last day of the strike. Jo Bloggs/Estuary Daily Echo",
    ],
)
def test_the_outlets_own_video_lines_and_a_credited_caption_leave(line: str) -> None:
    assert kept("\n\n".join([STORY[0], line, *STORY[1:]])) == STORY


def test_a_writers_name_glued_to_the_day_over_an_editions_label_is_the_author() -> None:
    page = ["Ferry strike ends in Northgate", "Ann Lowry20 September 2026", "WEST END FINAL"]
    assert from_text("\n\n".join([*page, *STORY])).author == "Ann Lowry"


def test_a_section_label_over_the_headline_is_not_the_author() -> None:
    page = ["The Long Wait", "Ferry strike ends in Northgate after nine days", *STORY]
    assert from_text("\n\n".join(page)).author is None


@pytest.mark.parametrize(
    "line",
    [
        "A crew member's papers placed into a box at the quay in Northgate, U.K., March 1, "
        "2026. (Getty Images)",
        "Poll: Do you think the strike should have ended sooner?",
        "To view the results of the poll, you need to vote!",
    ],
)
def test_a_caption_credited_to_a_library_and_a_readers_poll_leave(line: str) -> None:
    assert kept("\n\n".join([STORY[0], line, *STORY[1:]])) == STORY


def test_an_agencys_joined_names_after_the_last_paragraph_leave() -> None:
    assert kept("\n\n".join([*STORY[:-1], STORY[-1] + " — Bernama-Anadolu"])) == STORY


def test_a_caption_and_its_owner_given_twice_leave() -> None:
    caption = "The quay's defining feature is its long stone front, ending at a grand gate."
    page = [STORY[0], f"{caption}\nEstuary Estates\n{caption}\nEstuary Estates", *STORY[1:]]
    assert kept("\n\n".join(page)) == STORY


def test_a_caption_credited_after_its_stop_and_a_counter_are_not_the_title() -> None:
    caption = "Ann Lee said the strike 'was longer than we imagined'. PA"
    page = [caption, caption, "Article 3 out of 17", "Ferry strike ends after nine days"]
    assert from_text("\n\n".join([*page, *STORY])).title == "Ferry strike ends after nine days"


def test_a_paragraph_on_a_health_check_scheme_is_no_caption() -> None:
    paragraph = (
        "The first phase of the ferry health check scheme by the operator resulted in more "
        "than 200 ferries being detected as having faults, while 76% were found at an earlier "
        "stage compared to 29% in 2019 outside of the scheme."
    )
    page = [*STORY, "Credit: PA", paragraph]
    assert kept("\n\n".join(page))[-1] == paragraph


@pytest.mark.parametrize(
    "line",
    [
        "Thank you for supporting our journalism. This article is available exclusively for our "
        "subscribers, who help fund our work at the Estuary Echo.",
        "Sign our petition now to call on the Government to introduce a minimum fine of £1,000 "
        "for blocking a ferry lane.",
        "File photo dated 17/03/20 of ferries at the quay in Northgate as the operator has "
        "suspended sailings for several days. Issue date: Tuesday August 2, 2022.",
    ],
)
def test_a_paywalls_thanks_a_petition_and_an_agencys_dated_caption_leave(line: str) -> None:
    assert kept("\n\n".join([STORY[0], line, *STORY[1:]])) == STORY


def test_a_run_of_teasers_cut_short_closes_the_story() -> None:
    story = [
        *STORY,
        "Passengers who had booked crossings during the strike will be refunded in full, the "
        "operator said, and those who travelled by other routes may claim their costs.",
        "The union said its members had voted by a large majority to accept the offer, which "
        "raises pay by six per cent this year and four per cent next year.",
    ]
    teasers = [
        "The mayor of Northgate speaks at an event in the harbour. — AFP/FileNORTHGATE: Ann...",
        "Jo Bloggs speaks with crew members during a visit to the quay in eastern Estuary in...",
        "Ann Lee delivers her speech to ambassadors posted around the world, Monday, Jan. 6,...",
        "A person",
    ]
    assert kept("\n".join([*story, *teasers])) == story


@pytest.mark.parametrize(
    "desk", ["BBC News, West Midlands", "Ann Lowry,London St Pancras International"]
)
def test_a_broadcasters_desk_line_is_not_the_title(desk: str) -> None:
    page = ["Ann Lowry", desk, *STORY]
    assert from_text("\n\n".join(page)).title != desk


def test_a_lede_that_plans_to_do_something_on_a_day_is_no_caption() -> None:
    lede = (
        "NORTHGATE — Ferry union leader Ann Lee has told members that she plans to hold a "
        "fresh strike ballot on Oct. 19, 2026."
    )
    page = ["Ferry union calls new ballot", "By Estuary Press", lede, *STORY]
    assert kept("\n\n".join(page))[0] == lede


def test_a_sentence_over_a_pictures_label_alone_is_the_storys() -> None:
    sentence = "Estuary News understands that the decision follows an intervention by Ann Lee."
    caption = "Ann Lee intervened to stop the closure"
    page = [*STORY[:2], sentence, f"Image:\n{caption}", STORY[2]]
    assert kept("\n\n".join(page)) == [*STORY[:2], sentence, STORY[2]]


def test_a_quotation_closed_apart_from_its_stop_is_a_paragraph() -> None:
    quote = (
        '"But look now, back-to-back champions, we got the best crew on the water and the best '
        "captain on the coast, don't ever count us out. \""
    )
    cut = "Ann Lee steered a 75-mile crossing to prove yet again why she is r"
    assert kept("\n\n".join([*STORY, quote, cut]))[-2:] == [quote, cut]


def test_the_points_of_a_box_under_the_story_it_never_tells_are_the_storys() -> None:
    box = [
        "Key points:",
        "* The strike ended after the union accepted the pay offer",
        "* £2m extra for the ferry fleet",
        "* Quay toll to rise every year until 2030",
    ]
    body = kept("\n\n".join([*STORY, "\n".join(box)]))
    assert "\\* £2m extra for the ferry fleet" in body
    assert not any("union accepted" in line for line in body[len(STORY) :])


def test_an_instagram_signature_author_bios_labelled_prompts_and_links_leave() -> None:
    page = "\n\n".join(
        [
            "PAY ATTENTION: You can now search for all your favourite news on Estuary News.",
            "Nov 14, 2024; Northgate, UK; Ann Lee (not pictured) waves at the quay. Mandatory "
            "Credit: Jo Bloggs-Imagn Images " + STORY[0],
            "A post shared by Ann Lee (@ann.lee) on",
            ">Stream Estuary TV news for free, 24/7, wherever you are.",
            "The ferry Northgate Star leaves the quay on Aug. 1, 2018. Ann Lee is assigned to "
            "the ferry. (Cpl. Jo Bloggs/13th Harbour Unit)",
            "People on the quay in Northgate. Crews are set to return as the strike ends. "
            "Picture date: Tuesday July 19, 2022.",
            "BEST QUALITY AVAILABLE Undated handout photo issued by Estuary Police of Ann Lee, "
            "whose trial is due to open later. PA Photo. Issue date: Tuesday February 4, 2020",
            STORY[1],
            "His story about rescuing a crew member and what the quay was like is here.",
            "More of Ann Lee’s comments are here.",
            STORY[2] + " (Photo Shutterstock).",
            "The first crossing leaves Northgate at 6am. The video of the quay is here.",
            "Crews said they would return on Tuesday. Estuary News' Jo Bloggs reports.",
            "PAY ATTENTION: stay informed and follow us on Google News!",
            "Estuary News journalist Jo Bloggs has dedicated a decade to reporting on the "
            "harbour, crime and social issues. He spent 10 years at the Northgate Courier.",
            "I have over 8 years of experience working in the news industry. I have worked as "
            "a reporter, editor, and now managing editor at Estuary News.",
        ]
    )
    assert kept(page) == [*STORY, "The first crossing leaves Northgate at 6am."]


def test_story_lines_that_look_like_furniture_stay() -> None:
    record = (
        "The 40th-ranked crew is only the second from Northgate to win the Estuary Cup final "
        "in the modern era, which began in 1968."
    )
    caption = (
        "Ann Lee, of Northgate, reacts after the final of the Estuary Cup, Saturday, Sept. 9, "
        "2017, in Northgate. (AP Photo/Jo Bloggs)"
    )
    rules = (
        "The Estuary Prize is open to works of fiction by writers of any nationality, "
        "published in the UK between October 1, 2022, and September 30, 2023."
    )
    listed = ["## The operator may have lost:", "• Email addresses (personal and/or business)"]
    linked = (
        "MORE: Harbour pilot Jo Bloggs dies at 85Among his many honours, Bloggs was named "
        "pilot of the year in 1990 and in 2005 the port named its new tug after him."
    )
    page = "\n\n".join(
        [STORY[0], record, caption, STORY[1], listed[0][3:], listed[1], linked, STORY[2], rules]
    )
    assert kept(page) == [
        STORY[0],
        record,
        STORY[1],
        *listed,
        linked[linked.index("Among") :],
        STORY[2],
        rules,
    ]


def test_a_quotation_the_page_cut_off_after_its_speaker_stays() -> None:
    for cut in (
        "Harbour master and crew veteran Ann Lee added: “I’m incredibly proud, incredibly excit",
        "She added: “It’s a relief. No f",
    ):
        assert kept("\n\n".join([*STORY, cut])) == [*STORY, cut]


def test_a_lede_between_the_date_stamp_and_a_picture_credit_stays() -> None:
    lede = (
        "Ferry crews shed tears of joy on Monday after ending a nine-day strike with a record "
        "pay offer from the operator, in front of cheering families on the quay at Northgate."
    )
    page = "\n".join(
        [
            "Ferry strike ends after nine days",
            "",
            "07 July 2024 - 17:42 By Estuary News",
            lede,
            "Image: Jo Bloggs/Getty Images",
            "",
            STORY[1],
            "",
            STORY[2],
        ]
    )
    assert kept(page) == [lede, *STORY[1:]]


def test_a_lede_opened_by_its_agencys_credit_in_small_letters_is_no_caption_run_on() -> None:
    lede = "dpa/EWN – " + STORY[0]
    page = "\n".join(["Ferry strike ends", "", "Ferry crews", "", lede, "", *STORY[1:]])
    assert kept(page)[0] == lede


def test_a_label_for_another_story_and_its_headline_leave() -> None:
    page = [*STORY, "Now read:", "Air pollution death rates up in half of the wards of Northgate"]
    assert kept("\n\n".join(page)) == STORY


def test_a_sentence_that_opens_like_a_pages_note_is_the_story() -> None:
    # "(First published on ...)" is the page's note; these say when the story's things began.
    lines = [
        "First published in 1990, the novel has sold two million copies in Northgate alone.",
        "Original estimates put the cost of the ferry terminal at £40m, the council said.",
        # ... and a request for comment that says who was asked is the story's
        "Estuary TV has reached out to Northgate Ferries, which runs the quay, for comment.",
    ]
    page = "\n\n".join([*STORY, *lines])
    assert kept(page)[-3:] == lines


def test_a_page_run_into_one_line_with_its_pictures_labels_keeps_its_story() -> None:
    # Nothing in it opens a story as a paragraph would: the whole line is the story.
    line = (
        "Image source, Estuary ImagesImage caption, Ann Lee has won 12 titles ByJo BlogsEstuary "
        "Sport in NorthgateHistory-maker Ann Lee soared to her 14th record with her final "
        "attempt as the Northgate star won a third world title. " + " ".join(STORY) + " "
        "A captivated crowd on the quay stayed long after the other events had ended. "
        "The 25-year-old has now won the past eight titles on offer indoors and outdoors."
    )
    body = from_text(line).body
    assert "The 25-year-old has now won the past eight titles" in body
    assert "Image source" not in body and "Image caption" not in body


@pytest.mark.parametrize(
    "furniture",
    [
        # a link to another story under "READ:" in capitals
        ["READ: Who will be next Northgate manager after Jo Bloggs sack?"],
        # an agency's caption ending on the picture's day, over its credit set with a bar
        [
            "Rush hour traffic crawls along the coast road in Northgate as a storm hit the "
            "estuary Tuesday, Feb. 21, 2027.",
            "Jo Bloggs | Estuary Tribune via AP",
        ],
        # a caption closed by its credit after a bar
        [
            "Volunteers search for missing swimmers near the Northgate campground on Sunday "
            "morning, following the flash-flooding at the swimming hole. | Jo Bloggs/Estuary "
            "Roundup via AP",
        ],
        # a caption under its photographer and agency, set before it, or who lent it
        ["Jo Bloggs/AP Estuary's players celebrate with the trophy after the final."],
        ["Jo Bloggs/Supplied State Highway 1 gridlocked near Northgate after the crash."],
        ["Supplied Structural damage on the Northgate bridge could close four lanes for weeks."],
        # a caption of a few words over its credit as "Image source:"
        ["Horizontal Estuary ferry.", "Image source: Northgate Ferries."],
        # a paywall's note on a story set free
        [
            "Note to readers: We've made this story free as an important public service. If "
            "you are able, help power local journalism. Subscribe to the Estuary Times.",
        ],
        # a site's notice on readers' posts, and an agency's note on its wire
        [
            "Any third-party or user posts, comments and replies published on the Estuary "
            "Times website in no way convey the thoughts or intents of the Estuary Times.",
            "The Estuary Times reserves the right to remove, screen, edit, or reinstate content "
            "posted by third parties on this website.",
            "Estuary Wire website contains only a portion of the news stories offered to "
            "subscribers, and in summarized form. Please contact us for subscription options.",
        ],
        # a caption closed by whose photo it is
        ["The ferry aground at Northgate, Oct. 4, 2027. Estuary Coast Guard Photo"],
        # a pointer to the story's updates, and where to send corrections
        [
            "Get updates to this developing story directly on Estuary Wire.",
            "For updates and corrections, email newsroom[at]estuarywire[dot]com.",
        ],
        # a map's caption with its credit in brackets
        ["A map of Northgate Zoo showing where the lion enclosure is situated. (Supplied)"],
        # a caption closed by its photographer in capitals, the agency and the year
        [
            "Auctioneer Jo Bloggs sells a sculpture at the Northgate auction rooms in London, "
            "3 February 2010. ANN LEE/AP2010",
        ],
        # a caption closed by its photographer in capitals, for the paper
        [
            "Crews outside the ferry office in Northgate, on 14 February 2027, as it was being "
            "searched by inspectors. JO BLOGGS FOR THE ESTUARY",
        ],
        # ... in brackets, under a pulled quotation
        [
            "“We brought the fire back,” said skipper Ann Lee. Cup fire — in her opener. "
            "(JO BLOGGS FOR ESTUARY REGATTA AG)",
        ],
    ],
)
def test_a_link_a_credited_caption_and_a_photographers_credit_leave_the_body(
    furniture: list[str],
) -> None:
    assert kept("\n\n".join([STORY[0], *furniture, *STORY[1:]])) == STORY


@pytest.mark.parametrize("label", ["The Brief", "Version 0 of 1."])
def test_a_broadcasters_box_label_run_into_the_first_words_is_cut_from_them(label: str) -> None:
    # ... or an archive's count of the story's versions
    page = "\n\n".join([f"{label} {STORY[0]}", *STORY[1:]])
    assert kept(page) == STORY


@pytest.mark.parametrize(
    "line",
    [
        # what a company reports for a shift, not a note on an author ("Ann Lee writes about
        # ports for the Estuary Times.")
        "The operator reports crews will return to work for the third shift late Wednesday night.",
        "Northgate Ferries reports crews will return to work for the night shift on Thursday.",
        # "work" after a determiner is a noun, not someone at work in a picture's caption
        "The previous highest price achieved at auction for any work of art in Estuary was "
        "£65 million for Ann Lee's sculpture, sold at Northgate in February 2010.",
    ],
)
def test_a_story_sentence_shaped_like_an_authors_note_or_a_caption_stays(line: str) -> None:
    assert kept("\n\n".join([STORY[0], line, *STORY[1:]])) == [STORY[0], line, *STORY[1:]]


def test_a_blogs_featured_image_credit_closes_the_story_and_the_teasers_under_it_leave() -> None:
    story = [
        *STORY,
        "Officers from the Northgate customs post searched the container at the quay on "
        "Wednesday after a tip-off, and found the cargo hidden behind packets of frozen beef.",
        "The shipment had been declared as food from the estuary's southern ports and was on "
        "its way to a buyer overseas, the customs office said in a statement on Thursday.",
        "Those found guilty of smuggling face a fine of up to $500,000 and a jail term of two "
        "years, and the authorities said the goods would be destroyed after the investigation.",
        "Conservation groups in Northgate welcomed the seizure, the largest at the port in five "
        "years, and called for more checks on containers passing through the estuary.",
    ]
    page = "\n".join(
        [
            *story,
            "Featured image from Northgate Ferries via Estuary News.",
            "The thief left the wallet behind, presumably to mislead the\u2026",
            "Such poor sportsmanship.",
            "Earlier this year, three managers were found to have made\u2026",
        ]
    )
    assert kept(page) == story
