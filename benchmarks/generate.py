"""A deterministic generator of realistic sitegen sites, for benchmarks.

    python benchmarks/generate.py DIR [--events 1000] [--seed 1]

Each event is one made-up news story (a fire, a flood, a strike, a court
ruling, a company's results, a match...) told by two to four made-up outlets
in 300 to 1,500 words each.  The outlets of one event tell the same facts the
way news copy does: some sentences word for word (shared), some in other
words (reworded: another sentence pattern and synonyms), some joined into one
sentence by one outlet and left as two by another (split), some told in
another order (moved), some with another figure (a conflict), and each outlet
adds sentences of its own (unique).  Articles carry the front matter editors
write (source, title, url, author, published) and every event an ``index.md``.

Names of places, people, companies and outlets are built from syllables and
word lists, so no real article's text is used, and every event draws its own,
so the engine meets a varied vocabulary rather than one story a thousand
times.  Each event has its own random stream (seeded by the seed and the
event's number): the same seed gives a byte-identical tree, and a site of 100
events is the first 100 events of a site of 1,000.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

# Made-up names, put together from parts so that a site of 10,000 events still
# has thousands of distinct places and people.
PLACE_HEADS = ["Ard", "Bren", "Cal", "Dun", "Ell", "Fen", "Glen", "Hal", "Ink", "Kes", "Lan"]
PLACE_HEADS += ["Mar", "Nor", "Oak", "Pen", "Quar", "Ros", "Stan", "Tarn", "Ulver", "Wex"]
PLACE_HEADS += ["Ash", "Bel", "Corr", "Dray", "Esk", "Farr", "Grey", "Holm", "Kil", "Lyn"]
PLACE_TAILS = ["low", "nock", "mark", "ford", "wick", "by", "ton", "mouth", "field", "bridge"]
PLACE_TAILS += ["haven", "stead", "moor", "dale", "port", "minster", "holt", "ley", "well"]
FIRST = ["Helena", "Ellen", "Tomas", "Amira", "Colin", "Fiona", "Priya", "Owen", "Lena", "Rui"]
FIRST += ["Marta", "Jonas", "Aisha", "Declan", "Nadia", "Viktor", "Sofia", "Kwame", "Ingrid"]
FIRST += ["Rafael", "Mei", "Gareth", "Yusuf", "Clara", "Anton", "Bridget", "Emeka", "Hana"]
FIRST += ["Luca", "Maeve", "Tariq", "Elif", "Samuel", "Noor", "Piotr", "Greta", "Idris"]
LAST = ["Voss", "Kruger", "Reyes", "Haddad", "Ashworth", "Calloway", "Nair", "Marsh"]
LAST += ["Brandt", "Santos", "Okafor", "Lindqvist", "Moreau", "Novak", "Fitzgerald", "Osei"]
LAST += ["Hartmann", "Delgado", "Kowalski", "Byrne", "Yilmaz", "Sato", "Pereira", "Hughes"]
LAST += ["Mbeki", "Larsen", "Quinn", "Rahman", "Costa", "Weber", "Doyle", "Ferreira"]
COMPANY_TAILS = ["Holdings", "Logistics", "Energy", "Foods", "Engineering", "Media", "Freight"]
COMPANY_TAILS += ["Pharma", "Retail", "Water", "Telecom", "Materials", "Shipping", "Textiles"]
OUTLET_HEADS = ["Northern", "Harbour", "Coastal", "Meridian", "National", "Valley", "Evening"]
OUTLET_HEADS += ["Morning", "County", "Western", "Eastern", "Capital", "Daily", "Weekly"]
OUTLET_TAILS = ["Wire", "Gazette", "Broadcasting", "Press", "Ledger", "Echo", "Courier"]
OUTLET_TAILS += ["Herald", "Observer", "Post", "Standard", "Record", "Sentinel", "Chronicle"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]
MONTHS += ["September", "October", "November", "December"]
ROLES = ["the mayor", "a council spokesperson", "the chief executive", "a senior officer"]
ROLES += ["the regional minister", "a union representative", "the head of the inquiry"]
ROLES += ["an emergency planner", "the local member of parliament", "a company spokesperson"]
AGENCIES = ["police", "the fire service", "the coastguard", "the ambulance service"]
AGENCIES += ["the environment agency", "the transport authority", "health officials"]
ADJECTIVES = ["serious", "unexpected", "costly", "lengthy", "difficult", "urgent", "careful"]
ADJECTIVES += ["detailed", "independent", "temporary", "significant", "modest", "sharp"]
ADJECTIVES += ["widespread", "limited", "gradual", "prolonged", "formal", "public", "fresh"]
CONCERNS = ["safety checks", "staffing levels", "maintenance records", "warning systems"]
CONCERNS += ["insurance cover", "evacuation plans", "inspection reports", "budget cuts"]
CONCERNS += ["contract terms", "training standards", "drainage works", "supply contracts"]
CONCERNS += ["emergency funding", "planning rules", "compensation claims", "road repairs"]
GROUPS = ["residents", "shop owners", "commuters", "families", "farmers", "pensioners"]
GROUPS += ["students", "workers", "fishermen", "parents", "volunteers", "tenants", "drivers"]
SYNONYMS = [
    ("said", "told reporters"),
    ("about", "roughly"),
    ("closed", "shut"),
    ("officials", "authorities"),
    ("started", "began"),
    ("expected", "forecast"),
    ("help", "assist"),
    ("large", "big"),
    ("damage", "harm"),
    ("meeting", "session"),
    ("increase", "rise"),
    ("quickly", "swiftly"),
    ("announced", "confirmed"),
    ("people", "residents"),
]


MIN_WORDS, MAX_WORDS = 300, 1500  # of an article's text, headings left out


@dataclass(frozen=True)
class Topic:
    """A kind of story: what it is called, where it happens, and what is said of it."""

    name: str
    headline: str  # "{Thing} fire in {place}"
    things: tuple[str, ...]
    facts: tuple[tuple[str, str], ...]  # (one outlet's wording, another's)


TOPICS = (
    Topic(
        "fire",
        "Fire at {place} {thing}",
        ("warehouse", "ferry terminal", "rail depot", "market hall", "paper mill", "school"),
        (
            (
                "A fire broke out at the {place} {thing} on {day} night, {agency} said.",
                "{Agency} said a blaze started at the {thing} in {place} late on {day}.",
            ),
            (
                "{n} people were taken to hospital with smoke inhalation.",
                "Smoke inhalation sent {n} people to hospital, paramedics said.",
            ),
            (
                "Crews from {place2} worked through the night to contain the flames.",
                "Firefighters from {place2} battled the flames until dawn.",
            ),
            (
                "The cause of the fire is not yet known and an investigation has been opened.",
                "Investigators have not yet said what caused the fire.",
            ),
            (
                "About {m} homes lost power for several hours.",
                "Power was cut to roughly {m} homes for several hours.",
            ),
            (
                "The roof of the {thing} collapsed shortly after {k} a.m.",
                "Shortly after {k} a.m. the roof of the {thing} fell in.",
            ),
        ),
    ),
    Topic(
        "flood",
        "Flooding hits {place} after river bursts its banks",
        ("river", "reservoir", "canal", "estuary"),
        (
            (
                "The {thing} burst its banks in {place} on {day} after {n} hours of heavy rain.",
                "Heavy rain for {n} hours sent the {thing} over its banks in {place} on {day}.",
            ),
            (
                "About {m} properties were flooded, according to {agency}.",
                "{Agency} said roughly {m} properties had been flooded.",
            ),
            (
                "Rescue teams used boats to reach {groups} trapped in their homes.",
                "Boats were used to rescue {groups} stranded in their homes.",
            ),
            (
                "A rest centre was opened at the {place2} leisure centre.",
                "The leisure centre in {place2} was turned into a rest centre.",
            ),
            (
                "Forecasters warned that more rain was expected on {day2}.",
                "More rain is forecast for {day2}, forecasters warned.",
            ),
            (
                "The water level peaked at {k} metres above normal.",
                "At its peak the water stood {k} metres above its usual level.",
            ),
        ),
    ),
    Topic(
        "strike",
        "{Thing} workers in {place} walk out over pay",
        ("port", "bus", "hospital", "postal", "rail", "refinery"),
        (
            (
                "{Thing} workers in {place} began a {n}-day strike on {day} in a dispute over pay.",
                "A {n}-day walkout by {thing} staff in {place} started on {day} over wages.",
            ),
            (
                "The union said {m} members had voted in favour of the action.",
                "{m} union members backed the strike, the union said.",
            ),
            (
                "Management offered a rise of {k} per cent, which the union rejected.",
                "The union turned down an offer of a {k} per cent pay rise.",
            ),
            (
                "Talks between the two sides broke down late on {day2}.",
                "Negotiations collapsed late on {day2}.",
            ),
            (
                "{Groups} were advised to plan ahead while the strike lasts.",
                "{Groups} have been told to plan ahead during the walkout.",
            ),
            (
                "Picket lines formed outside the main gates before dawn.",
                "Before dawn, pickets gathered at the main gates.",
            ),
        ),
    ),
    Topic(
        "court",
        "Court rules against {company} in {place} case",
        ("contract", "pollution", "planning", "employment", "licensing"),
        (
            (
                "The high court in {place} ruled on {day} that {company} broke its {thing} duties.",
                "{Company} breached its {thing} duties, the high court in {place} found on {day}.",
            ),
            (
                "The judge ordered the company to pay {m} thousand in damages.",
                "Damages of {m} thousand were awarded against the company.",
            ),
            (
                "Lawyers for {company} said they would study the judgment before any appeal.",
                "{Company} is considering an appeal, its lawyers said.",
            ),
            (
                "The case was brought by {n} {groups} from {place2}.",
                "{n} {groups} from {place2} brought the case.",
            ),
            (
                "The hearing lasted {k} days and heard from more than a dozen witnesses.",
                "More than a dozen witnesses gave evidence over {k} days.",
            ),
        ),
    ),
    Topic(
        "results",
        "{Company} profits fall as costs rise",
        ("quarterly", "half-year", "annual"),
        (
            (
                "{Company} reported a {thing} profit of {m} million on {day}, down {k} per cent.",
                "{Thing} profit at {company} fell {k} per cent to {m} million, it said on {day}.",
            ),
            (
                "Revenue rose to {n} hundred million as demand from {groups} held up.",
                "Demand from {groups} held up, lifting revenue to {n} hundred million.",
            ),
            (
                "Shares in the company fell {k} per cent in early trading.",
                "The company's shares dropped {k} per cent soon after trading opened.",
            ),
            (
                "The company said it would cut {n} jobs at its plant in {place}.",
                "{n} jobs will go at the plant in {place}, the company announced.",
            ),
            (
                "Analysts had expected a smaller fall in profit.",
                "The fall in profit was larger than analysts had forecast.",
            ),
        ),
    ),
    Topic(
        "match",
        "{Place} win the cup final",
        ("cup final", "league decider", "derby", "semi-final"),
        (
            (
                "{Place} won the {thing} on {day}, beating {place2} by {k} goals to {j}.",
                "{Place} beat {place2} {k}-{j} in the {thing} on {day}.",
            ),
            (
                "A crowd of {n} hundred watched the game.",
                "The game was watched by {n} hundred spectators.",
            ),
            (
                "The winning goal came in the {n}th minute.",
                "The decisive goal was scored in the {n}th minute.",
            ),
            (
                "It was the club's first trophy in {k} years.",
                "The club had waited {k} years for a trophy.",
            ),
            (
                "Supporters gathered in the town square to celebrate.",
                "Fans celebrated in the town square.",
            ),
        ),
    ),
)

# Sentences any story has, in two wordings each: the outlets of one event share
# the same filled-in facts, which is what gives the engine its matches.
GENERAL = (
    (
        "{Person}, {role}, said the situation was {adj} but under control.",
        "The situation was {adj} but under control, according to {person}, {role}.",
    ),
    (
        '"We have never seen anything like this," said {person2}, who lives nearby.',
        '"We have never seen anything like this," {person2}, a neighbour, told reporters.',
    ),
    (
        "The council will meet on {day2} to discuss the response.",
        "Councillors are due to discuss the response at a meeting on {day2}.",
    ),
    (
        "{Person3}, {role2}, said {concern} would be reviewed.",
        "A review of {concern} was promised by {person3}, {role2}.",
    ),
    (
        "Local businesses said they expected losses of about {n} million.",
        "Businesses in the area expect to lose roughly {n} million.",
    ),
    (
        "Roads around {place} were closed until {k} p.m. on {day2}.",
        "{Agency} closed roads around {place} until {k} p.m. on {day2}.",
    ),
    (
        "{Groups} in {place} were told to keep their windows shut.",
        "{Agency} told {groups} in {place} to keep windows shut.",
    ),
    (
        "An {adj} inquiry is expected to report by {month}.",
        "The {adj} inquiry should publish its findings by {month}.",
    ),
    (
        "{Agency} asked anyone with photographs or video to come forward.",
        "Anyone with photographs or video was urged by {agency} to get in touch.",
    ),
    (
        "Schools in {place2} will open as usual, the education department said.",
        "The education department said schools in {place2} would open normally.",
    ),
    (
        "{Person}, {role}, said {groups} had raised concerns about {concern} last year.",
        "Concerns about {concern} had been raised by {groups} last year, {person} said.",
    ),
    (
        "Emergency funding of {n} million was approved on {day2}.",
        "On {day2} an emergency fund of {n} million was approved.",
    ),
    (
        "Opposition members called for a {adj} debate in parliament.",
        "In parliament, opposition members demanded a {adj} debate.",
    ),
    (
        "{Company} said it was cooperating fully with {agency}.",
        "{Company} told reporters it was working closely with {agency}.",
    ),
    (
        "Insurers estimate that the repairs will take {k} weeks.",
        "Repairs are expected to take {k} weeks, insurers estimate.",
    ),
    (
        "Volunteers from {place2} collected food and blankets for {groups}.",
        "Food and blankets were gathered for {groups} by volunteers from {place2}.",
    ),
    (
        "The last comparable incident in {place} was in {year}.",
        "{Place} last saw anything similar in {year}.",
    ),
    (
        "A helpline has been set up for {groups} affected.",
        "{Groups} affected can call a new helpline.",
    ),
    (
        "{Person2} said {groups} needed {adj} answers about {concern}.",
        "{Groups} deserved {adj} answers on {concern}, {person2} said.",
    ),
    (
        "{Agency} said {m} officers had been deployed across {place}.",
        "Some {m} officers were sent across {place}, {agency} said.",
    ),
    (
        "Buses replaced trains between {place} and {place2} for most of {day2}.",
        "Trains between {place} and {place2} were replaced by buses for much of {day2}.",
    ),
    (
        "{Role} visited the scene on {day2} and met {groups}.",
        "On {day2} {role} went to the scene to meet {groups}.",
    ),
)

# Sentences one outlet adds: background, colour and follow-up only it reports.
UNIQUE = (
    "{Outlet} understands that {person} had written to {role} about {concern} in {month}.",
    "Records seen by {outlet} show {n} complaints about {concern} since {year}.",
    "{Person}, a {adj} critic of {company}, said the warning signs had been ignored.",
    "One of the {groups} told {outlet} that the {adj} response had come too late.",
    "The {place} area has a population of about {n} thousand.",
    "{Company} employs around {n} hundred people in the region.",
    "A petition calling for {adj} changes to {concern} has gathered {n} hundred signatures.",
    "{Person} recalled that a similar plan had been shelved in {year} to save money.",
    "Campaigners in {place} plan to hold a {adj} vigil on {day}.",
    "The {adj} report on {concern}, due in {month}, has been delayed twice.",
    "A spokesperson for {company} declined to comment when contacted by {outlet}.",
    "{Outlet} has asked {agency} for the minutes of the last meeting on {concern}.",
    "{Person} said {groups} in {place} had waited {k} years for {concern} to be fixed.",
    "Figures from {year} show spending on {concern} fell by {k} per cent.",
    "At a packed meeting in {place}, {groups} questioned {role} for {k} hours.",
    "{Person}, who has lived in {place} for {n} years, described the mood as {adj}.",
)

# What people say, and the frames news copy puts around it: any clause in any frame, so
# that a long article is long with new sentences, not with the same ones again.
CLAUSES = (
    "{concern} at the {thing} had been {adj} for at least {k} years",
    "{groups} in {place2} would receive {n} million in support",
    "the {adj} review of {concern} would start in {month}",
    "{n} {groups} had been moved to temporary housing in {place2}",
    "{company} had been warned about {concern} in {year}",
    "the cost of the clean-up could reach {n} million",
    "a {adj} plan for {concern} would be published by {month}",
    "{m} calls had been made to the helpline since {day}",
    "staff at the {thing} had followed the emergency plan",
    "{groups} from {place2} had offered to help with the recovery",
    "the {thing} would not reopen before {month}",
    "{k} specialist teams had been sent from {place2}",
    "the decision on {concern} would be taken by {role2}",
    "an independent panel would look at {concern} across the region",
    "{groups} had complained for years that {concern} were neglected",
    "{n} per cent of {groups} in {place} had been affected in some way",
    "the budget for {concern} had been cut by {k} per cent since {year}",
    "{company} would pay for repairs to {m} homes",
    "the first payments to {groups} would be made within {k} weeks",
    "lessons from {year} had not been learned",
    "{m} volunteers had signed up in {place} and {place2}",
    "a second meeting with {groups} was planned for {day2}",
    "the {adj} figures would be checked again by {month}",
    "the rules on {concern} would be tightened before {month}",
)
FRAMES = (
    ("{Person}, {role}, said {clause}.", "{Clause}, {person} said."),
    ("{Agency} said {clause}.", "According to {agency}, {clause}."),
    ("{Company} confirmed that {clause}.", "{Clause}, {company} confirmed."),
    ("{Person} told a news conference that {clause}.", "{Person} told reporters {clause}."),
    ("Officials said {clause}.", "{Clause}, officials said."),
    ("In a statement, {company} said {clause}.", "{Company} said in a statement {clause}."),
    ("{Person2} warned that {clause}.", "{Clause}, {person2} warned."),
    ("{Role} said on {day2} that {clause}.", "On {day2}, {role} said {clause}."),
)

UNIQUE_FRAMES = (
    "{Person} told {outlet} that {clause}.",
    "{Outlet} has learned that {clause}.",
    "Documents seen by {outlet} suggest {clause}.",
    "{Person}, speaking to {outlet}, said {clause}.",
)

HEADINGS = ["What happened", "What happens next", "Reaction", "Background", "The response"]
HEADINGS += ["What we know", "The cost", "Questions remain", "Timeline", "In the area"]


@dataclass
class Fact:
    """One sentence of the story, filled in, with the other outlets' ways to tell it."""

    pair: tuple[str, str]
    values: dict[str, str]
    proper_start: bool  # opens with a name, so it keeps its capital when joined to another

    def text(self, reworded: bool = False) -> str:
        return _articles(fill(self.pair[1] if reworded else self.pair[0], self.values))


@dataclass
class Outlet:
    name: str
    slug: str
    domain: str
    authors: list[str] = field(default_factory=list)


def place_name(rng: random.Random) -> str:
    return rng.choice(PLACE_HEADS) + rng.choice(PLACE_TAILS)


def person_name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def outlets(seed: int) -> list[Outlet]:
    """The site's outlets: a fixed set per seed, each with its own reporters."""
    rng = random.Random(f"{seed}:outlets")
    names = sorted({f"{h} {t}" for h in OUTLET_HEADS for t in OUTLET_TAILS})
    chosen = rng.sample(names, 12)
    found = []
    for name in chosen:
        slug = name.lower().replace(" ", "-")
        authors = [person_name(rng) for _ in range(4)]
        found.append(Outlet(name, slug, slug.replace("-", "") + ".example", authors))
    return found


def fill(template: str, values: dict[str, str]) -> str:
    """The template with its slots filled; a capitalised slot gets a capitalised value."""

    def one(match: re.Match[str]) -> str:
        key = match.group(1)
        value = values[key.lower()]
        return value[:1].upper() + value[1:] if key[0].isupper() else value

    return re.sub(r"\{(\w+)\}", one, template)


def _values(rng: random.Random, base: dict[str, str]) -> dict[str, str]:
    """The slots of one sentence: the event's own names, and fresh words and figures."""
    values = dict(base)
    values.update(
        person=rng.choice(base["people"].split("|")),
        person2=rng.choice(base["people"].split("|")),
        person3=person_name(rng),
        role=rng.choice(ROLES),
        role2=rng.choice(ROLES),
        adj=rng.choice(ADJECTIVES),
        concern=rng.choice(CONCERNS),
        groups=rng.choice(GROUPS),
        place2=rng.choice(base["places"].split("|")),
        day2=rng.choice(DAYS),
        month=rng.choice(MONTHS),
        year=str(rng.randint(1968, 2024)),
        n=str(rng.randint(2, 90)),
        m=str(rng.randint(100, 950)),
        k=str(rng.randint(2, 12)),
        j=str(rng.randint(0, 1)),
    )
    return values


def _cap(template: str) -> str:
    return "{" + template[1].upper() + template[2:] if template[0] == "{" else template.capitalize()


def _framed(rng: random.Random, clause: str) -> tuple[str, str]:
    """A clause in two of the frames news copy puts around what people say."""
    first, second = rng.sample(FRAMES, 2)
    pick = rng.choice  # either wording of each frame, so both sides vary
    return tuple(  # type: ignore[return-value]
        pick(frame).replace("{clause}", clause).replace("{Clause}", _cap(clause))
        for frame in (first, second)
    )


def _fact(rng: random.Random, pair: tuple[str, str], base: dict[str, str]) -> Fact:
    proper = pair[0].startswith(("{Person", "{Company", "{Place", "{Outlet"))
    return Fact(pair, _values(rng, base), proper)


def _story(rng: random.Random, words: int, base: dict[str, str], topic: Topic) -> list[Fact]:
    """Facts enough for the longest article, in the order the story tells them."""
    facts = [_fact(rng, p, base) for p in topic.facts[:2]]
    # Each sentence pattern once, and each clause at most twice, so that a long
    # article is long with new sentences, as a real one is.
    pool = list(topic.facts[2:]) + list(GENERAL)
    pool += [_framed(rng, c) for c in CLAUSES] + [_framed(rng, c) for c in CLAUSES]
    rng.shuffle(pool)
    total = sum(len(f.text().split()) for f in facts)
    while total < words:
        pair = pool.pop() if pool else _framed(rng, rng.choice(CLAUSES))
        fact = _fact(rng, pair, base)
        facts.append(fact)
        total += len(fact.text().split())
    return facts


def _unique(rng: random.Random, own: dict[str, str]) -> str:
    """A sentence only this outlet has, quoting a source only it spoke to."""
    values = _values(rng, own)
    values["person"] = person_name(rng)
    if rng.random() < 0.5:
        return _articles(fill(rng.choice(UNIQUE), values))
    frame = rng.choice(UNIQUE_FRAMES)
    clause = rng.choice(CLAUSES)
    return _articles(
        fill(frame.replace("{clause}", clause).replace("{Clause}", _cap(clause)), values)
    )


def _articles(text: str) -> str:
    """ "a" or "an" as the next word sounds, after slots are filled."""

    def one(match: re.Match[str]) -> str:
        article, word = match.group(1), match.group(2)
        vowel = word[0].lower() in "aeio" or (
            word[0].lower() == "u" and not word.lower().startswith(("uni", "use", "usu"))
        )
        right = ("an" if vowel else "a") if article.islower() else ("An" if vowel else "A")
        return f"{right} {word}"

    return re.sub(r"\b(an?|An?) (\w+)", one, text)


def _reword(sentence: str, rng: random.Random) -> str:
    for old, new in rng.sample(SYNONYMS, 3):
        sentence = re.sub(rf"\b{old}\b", new, sentence, count=1)
    return sentence


def _conflict(fact: Fact, rng: random.Random) -> Fact | None:
    """The same fact with one figure told otherwise, as an early or updated report has it."""
    slots = [s for s in ("n", "m", "k") if "{" + s + "}" in fact.pair[0]]
    if not slots:
        return None
    slot = rng.choice(slots)
    values = dict(fact.values)
    values[slot] = str(int(values[slot]) + rng.randint(1, 5))
    return Fact(fact.pair, values, fact.proper_start)


def _join(first: str, second: str, proper: bool) -> str:
    """Two sentences told as one, as another outlet splits them."""
    tail = second if proper or second.startswith('"') else second[0].lower() + second[1:]
    return f"{first[:-1]}, and {tail}"


def _article(
    rng: random.Random, facts: list[Fact], words: int, outlet: Outlet, base: dict[str, str]
) -> list[str]:
    """One outlet's sentences: a share of the story's facts, told its own way, and its own."""
    # Every outlet has the lede; what else it tells, and how, is its own choice.
    shared_words = int(words * rng.uniform(0.7, 0.85))
    chosen = [0, 1]
    rest = list(range(2, len(facts)))
    rng.shuffle(rest)
    total = sum(len(facts[i].text().split()) for i in chosen)
    for i in rest:
        if total >= shared_words:
            break
        chosen.append(i)
        total += len(facts[i].text().split())
    chosen.sort()
    sentences: list[str] = []
    i = 0
    while i < len(chosen):
        fact = facts[chosen[i]]
        roll = rng.random()
        if roll < 0.08 and i + 1 < len(chosen):
            # This outlet joins two facts into one sentence: a split, seen from the others.
            nxt = facts[chosen[i + 1]]
            sentences.append(_join(fact.text(), nxt.text(), nxt.proper_start))
            i += 2
            continue
        if roll < 0.13:
            other = _conflict(fact, rng)
            text = (other or fact).text()
        elif roll < 0.38:
            text = fact.text(reworded=True)
        elif roll < 0.48:
            text = _reword(fact.text(), rng)
        else:
            text = fact.text()
        sentences.append(text)
        i += 1
    # A few sentences told elsewhere in the story (moved), never the lede.
    for _ in range(rng.randint(1, 3)):
        if len(sentences) > 6:
            moved = sentences.pop(rng.randrange(2, len(sentences)))
            sentences.insert(rng.randrange(2, len(sentences)), moved)
    own = dict(base, outlet=outlet.name)
    while total < words:
        text = _unique(rng, own)
        sentences.insert(rng.randrange(2, len(sentences) + 1), text)
        total += len(text.split())
    # Joins and synonyms add a word here and there: keep within the promised length.
    while sum(len(s.split()) for s in sentences) > MAX_WORDS and len(sentences) > 2:
        sentences.pop()
    return sentences


def _markdown(rng: random.Random, sentences: list[str]) -> str:
    """Sentences as news paragraphs of one to three sentences, with a subheading or two."""
    paragraphs: list[str] = []
    i = 0
    headings = rng.sample(HEADINGS, len(HEADINGS))
    while i < len(sentences):
        size = rng.choice([1, 2, 2, 3]) if i else 1  # the lede stands alone
        paragraphs.append(" ".join(sentences[i : i + size]))
        i += size
        if len(paragraphs) % 7 == 0 and headings and i < len(sentences):
            paragraphs.append(f"## {headings.pop()}")
    return "\n\n".join(paragraphs) + "\n"


def _quoted(value: str) -> str:
    # JSON strings are YAML strings: a headline with a colon or a quote stays one value.
    return json.dumps(value, ensure_ascii=False)


def generate_event(root: Path, number: int, seed: int = 1) -> None:
    """Event ``number`` of the site seeded ``seed``, written under ``root/content``."""
    rng = random.Random(f"{seed}:event:{number}")
    topic = rng.choice(TOPICS)
    place = place_name(rng)
    thing = rng.choice(topic.things)
    company = f"{place_name(rng)} {rng.choice(COMPANY_TAILS)}"
    base = {
        "place": place,
        "thing": thing,
        "company": company,
        "agency": rng.choice(AGENCIES),
        "places": "|".join(place_name(rng) for _ in range(4)),
        "people": "|".join(person_name(rng) for _ in range(5)),
        "day": rng.choice(DAYS),
    }
    year = 2020 + number % 7
    month, day = 1 + rng.randrange(12), 1 + rng.randrange(28)
    title = fill(topic.headline, base)
    slug = f"e{number:05d}-{place.lower()}-{topic.name}"
    folder = root / "content" / slug
    folder.mkdir(parents=True, exist_ok=True)
    summary = fill(rng.choice(topic.facts)[0], _values(rng, base))
    (folder / "index.md").write_text(
        f"---\ntitle: {_quoted(title)}\ndate: {year}-{month:02d}-{day:02d}\n"
        f"summary: {_quoted(summary)}\ntags: [{topic.name}, {place.lower()}]\n---\n",
        encoding="utf-8",
    )
    chosen = rng.sample(outlets(seed), rng.choice([2, 2, 3, 3, 4]))
    lengths = [rng.randint(MIN_WORDS, MAX_WORDS) for _ in chosen]
    facts = _story(rng, max(lengths), base, topic)
    for outlet, words in zip(chosen, lengths, strict=True):
        sentences = _article(rng, facts, words, outlet, base)
        headline = title if rng.random() < 0.5 else f"{title}: {rng.choice(HEADINGS).lower()}"
        hour, minute = rng.randrange(24), rng.randrange(60)
        path = f"{year}/{month:02d}/{slug.split('-', 1)[1]}"
        (folder / f"{outlet.slug}.md").write_text(
            f"---\nsource: {outlet.name}\ntitle: {_quoted(headline)}\n"
            f"url: https://www.{outlet.domain}/{path}\n"
            f"author: {rng.choice(outlet.authors)}\n"
            f"published: {year}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00Z\n---\n\n"
            + _markdown(rng, sentences),
            encoding="utf-8",
        )


def generate_site(root: Path, events: int, seed: int = 1) -> None:
    """A site of ``events`` events under ``root`` (``root/content/<event>/...``)."""
    for number in range(events):
        generate_event(root, number, seed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="where to write the site (content/ inside)")
    parser.add_argument("--events", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    generate_site(args.folder, args.events, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
