"""Word lists that say what a name is, or that it is no news of its own.

:mod:`.names` reads names against these: a company's legal form, the agency
that sold the copy, a form of address, a platform something was posted on,
a country's people, a state as wires shorten it, a first name told short.
"""

from __future__ import annotations

# Words that make a company's or a club's legal name and nothing more: "Research In Motion
# Ltd", "BioNTech SE", "BioNTech Group", "Northgate FC".
CORPORATE = frozenset(
    """
    corp corporation inc incorporated ltd limited plc llc co se ag gmbh nv sa spa bv ab oyj
    pty bhd group holding holdings company companies cos fc
    """.split()
)
# Words after a place's name that say what kind of division it is, not which: "Tibet
# Autonomous Region" is Tibet, "Muan County" is Muan.
DIVISIONS = frozenset(
    "autonomous region province prefecture county district governorate oblast municipality"
    # ... and what kind of place a name's institution is: "Goldsmiths University",
    # "University of Missouri Hospital" where another outlet names Goldsmiths, or the
    # university.
    " university college hospital".split()
)
# Agencies that sell copy to outlets: naming them credits the copy, not the event.
AGENCIES = frozenset(
    """
    ap afp reuters xinhua pti ians ani upi dpa bernama efe yonhap kyodo tass anadolu pa aap
    """.split()
)
# A way of addressing someone, not who: "told His Majesty" is "told the King", "Miss
# Kercher" is "Meredith Kercher", "Lord Reed" is "Robert Reed"; "HE" is His Excellency, as Gulf
# outlets write it.
HONORIFICS = frozenset(
    "majesty highness excellency lordship ladyship holiness rev sen rep gov lt col capt sgt"
    " maj adm prof professor he miss mme mlle lord lady sir dame baron baroness mal mallam"
    " alh alhaji".split()
)
# How a person is called by surname alone: "Mrs May", "Dr Ann Lee".
TITLES = frozenset("mr mrs ms dr".split())
# Where a statement was posted: "said on Twitter" tells how it was said, not what happened.
PLATFORMS = frozenset(
    "twitter facebook instagram youtube tiktok telegram weibo wechat whatsapp".split()
)
# Words inside a name that an acronym skips: "Bank of England" is BoE, "Research In Motion" RIM.
JOINERS = frozenset("of and the for de in".split())
# Small words inside a person's name: "Barzan Ibrahim al-Tikriti", "Ludwig van Beethoven".
# Not "del" or "di": "Arquata del Tronto" and "Pescara del Tronto" are two villages.
PARTICLES = frozenset("al el bin ibn abu bint ben van von".split())
# Demonyms the regular endings (Australia/Australian, Pakistan/Pakistani) do not reach.
DEMONYMS = {
    "french": "france",
    "german": "germany",
    "british": "britain",
    "dutch": "netherlands",
    "swiss": "switzerland",
    "welsh": "wales",
    "irish": "ireland",
    "scottish": "scotland",
    "english": "england",
    "spanish": "spain",
    "greek": "greece",
    "turkish": "turkey",
    "polish": "poland",
    "danish": "denmark",
    "swedish": "sweden",
    "finnish": "finland",
    "norwegian": "norway",
    "thai": "thailand",
    "filipino": "philippines",
    "afghan": "afghanistan",
    "peruvian": "peru",
    "chinese": "china",
    "japanese": "japan",
    "portuguese": "portugal",
    "lebanese": "lebanon",
    "sudanese": "sudan",
    "vietnamese": "vietnam",
    "senegalese": "senegal",
    "maltese": "malta",
    "icelandic": "iceland",
    "israeli": "israel",
    "iraqi": "iraq",
    "qatari": "qatar",
    "saudi": "saudi arabia",
    "monegasque": "monaco",
    "belgian": "belgium",
    "cypriot": "cyprus",
    "argentine": "argentina",
    "moroccan": "morocco",
    "congolese": "congo",
    "slovak": "slovakia",
    "serb": "serbia",
    "croat": "croatia",
    "laotian": "laos",
    "uzbek": "uzbekistan",
    "kazakh": "kazakhstan",
    "tajik": "tajikistan",
    "kyrgyz": "kyrgyzstan",
    "somali": "somalia",
    "honduran": "honduras",
    "mozambican": "mozambique",
}
STATES = (
    ("ala", "alabama"),
    ("ariz", "arizona"),
    ("ark", "arkansas"),
    ("calif", "california"),
    ("colo", "colorado"),
    ("conn", "connecticut"),
    ("fla", "florida"),
    ("kan", "kansas"),
    ("ky", "kentucky"),
    ("md", "maryland"),
    ("mich", "michigan"),
    ("minn", "minnesota"),
    ("mont", "montana"),
    ("neb", "nebraska"),
    ("nev", "nevada"),
    ("okla", "oklahoma"),
    ("tenn", "tennessee"),
    ("tex", "texas"),
    ("vt", "vermont"),
    ("wis", "wisconsin"),
    ("wisc", "wisconsin"),
    ("wyo", "wyoming"),
)
# States and provinces shortened to a common word ("Canton, Mass.", "Lac-Mégantic, Que."):
# the same place only where the short form is written with its capital, as a name.
CAPITAL_STATES = (
    ("mass", "massachusetts"),
    ("ill", "illinois"),
    ("ind", "indiana"),
    ("ga", "georgia"),
    ("pa", "pennsylvania"),
    ("penn", "pennsylvania"),
    ("ore", "oregon"),
    ("wash", "washington"),
    ("va", "virginia"),
    ("la", "louisiana"),
    ("miss", "mississippi"),
    ("mo", "missouri"),
    ("que", "quebec"),
    ("ont", "ontario"),
    ("alta", "alberta"),
    ("sask", "saskatchewan"),
)
# Parliaments and sides named in their own words: a name ending in one ("the National
# Assembly", "Les Bleus") is the body another outlet calls parliament, or France.
# Letters that English copy writes out: "Mjøs" is "Mjoes", "Müller" "Mueller".
WRITTEN_OUT = str.maketrans({"ø": "oe", "ö": "oe", "ü": "ue", "ä": "ae", "æ": "ae", "å": "aa"})
# What a public body is, as its name ends: "Malang Disaster Mitigation Agency".
INSTITUTIONS = frozenset(
    """
    agency commission office court ministry council committee authority service department
    board tribunal bureau institute centre center
    """.split()
)
# What a place's name goes on into when it names something else there: "the New York
# Times" is no more New York than "Washington State University" is Washington State.
OWNED_BY_PLACES = frozenset(
    """
    times post news journal herald telegraph tribune guardian mail gazette press chronicle
    standard star observer express independent review university college school bank
    party police hospital church company group club corporation broadcasting foundation
    association society union federation network
    """.split()
)
BODIES: dict[str, tuple[str, ...]] = {
    # A parliament by its name: "the National Assembly", "the House of Commons".
    **{
        house: ("parliament", "parliamentary", "legislature", "lawmakers", "mps")
        for house in "assembly commons knesset duma bundestag sejm riksdag storting dail".split()
    },
    # ... and a house of parliament by its short name: "the House of Commons" is "the
    # Commons", "told the House".
    "house": ("commons", "lords"),
    # ... and its members for the house: "told Parliament" is "told MPs".
    "parliament": ("mp", "lawmakers"),
    # ... and Britain's finance minister by the office's full name: "the Chancellor of the
    # Exchequer" is "Chancellor Ann Lee".
    "exchequer": ("chancellor",),
    # A side by its nickname, as sports copy names it the second time: "the Azzurri" are
    # Italy, "Les Bleus" France, "the Foxes" Leicester.
    "azzurri": ("italy", "italian"),
    "azzuri": ("italy", "italian"),
    "bleus": ("france", "french"),
    "tricolore": ("france", "french"),
    "selecao": ("brazil", "brazilian"),
    "albiceleste": ("argentina", "argentine"),
    "oranje": ("netherlands", "dutch", "holland"),
    "mannschaft": ("germany", "german"),
    "vatreni": ("croatia", "croatian"),
    "socceroos": ("australia", "australian"),
    "wallabies": ("australia", "australian"),
    "springboks": ("africa", "african"),
    "foxes": ("leicester",),
    "gunners": ("arsenal",),
    "toffees": ("everton",),
    "seagulls": ("brighton",),
    "magpies": ("newcastle",),
    # The pandemic's disease by its virus: "from Covid-19" is "the coronavirus crisis".
    "covid": ("coronavirus", "coronaviru"),
    # London's police by the name of its old headquarters: "Scotland Yard said ...".
    "yard": ("metropolitan", "met"),
    "police": ("yard",),
    # ... and by its short name: "A Met spokesperson" is the Metropolitan Police's.
    "met": ("metropolitan", "yard"),
    "metropolitan": ("met", "yard"),
}
# States that follow their city after a comma, in full or as wires shorten them: "San
# Francisco, California", "Augusta, Ga." give the city's address, not news.
ADDRESS_STATES = frozenset(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
    ala ariz ark calif colo conn fla ga ill ind kan ky md mass mich minn mont neb nev okla
    ore pa tenn tex va vt wash wis wyo
    """.split()
)
# ... and as the post office writes them, in capitals: "Harrisburg, IL".
POSTAL_STATES = frozenset(
    """
    AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ
    NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC
    """.split()
)
# Countries and parties named two ways in one event: "in the UK" and "in Britain".
ALIASES = {
    "uk": ("britain", "british", "briton"),
    "britain": ("uk", "briton"),
    "british": ("uk", "briton"),
    "briton": ("uk", "britain", "british"),
    "britons": ("uk", "britain", "british"),
    "us": ("america", "american"),
    "usa": ("us", "america", "american"),
    "america": ("us",),
    "american": ("us",),
    # Countries by another of their names, or in their own language.
    **{
        name: tuple(n for n in group if n != name)
        for group in (
            ("netherlands", "holland", "dutch", "nederland"),
            ("spain", "españa", "espana", "spanish"),
            ("germany", "deutschland", "german"),
            ("myanmar", "burma", "burmese"),
            ("turkey", "türkiye", "turkiye", "turkish"),
            ("czechia", "czech"),
            ("eswatini", "swaziland"),
            # ... and cities by the names their own papers use: "a Philly firefighter".
            ("philadelphia", "philly"),
            ("kolkata", "calcutta"),
            ("mumbai", "bombay"),
            ("chennai", "madras"),
            # ... and clubs by the short names their fans and papers use: "ex-Barca manager".
            ("barcelona", "barca", "barça"),
            # ... and parties by their nicknames: "the GOP" is the Republicans.
            ("gop", "republican", "republicans"),
            ("tories", "tory", "conservative", "conservatives"),
            ("lib", "liberal"),
            ("dems", "dem", "democrats", "democrat"),
        )
        for name in group
    },
    # States as American wire copy shortens them: "San Jose, Calif.", "in a California court".
    **{short: (state,) for short, state in STATES},
    **{state: (short,) for short, state in STATES},
    # A title written out or cut short: "Istanbul Governor" is "Istanbul Gov. Muammer Guler".
    **{
        name: tuple(n for n in group if n != name)
        for group in (
            ("governor", "gov"),
            ("senator", "sen"),
            ("general", "gen"),
            ("colonel", "col"),
            ("captain", "capt"),
            ("lieutenant", "lt"),
            ("professor", "prof"),
            ("sergeant", "sgt"),
            # ... as British police write their ranks: "Chief Con Kennedy", "Det Supt Lee".
            ("constable", "con"),
            ("superintendent", "supt"),
            ("inspector", "insp"),
            ("detective", "det"),
            ("councillor", "cllr"),
            ("admiral", "adm"),
            ("secretary", "sec"),
            ("assistant", "asst"),
            # ... and a son's name: "Vinicius Jr" is "Vinicius Junior".
            ("junior", "jr"),
            ("senior", "sr"),
            # ... and a storm's rank: "a Cat 5 storm" is "Category 5".
            ("category", "cat"),
            # ... and a street's kind: "Morris Ranch Rd" is "Morris Ranch Road".
            ("road", "rd"),
            ("avenue", "ave"),
            ("boulevard", "blvd"),
            ("highway", "hwy"),
            ("additional", "addl"),
            ("saints", "saint", "sts"),
        )
        for name in group
    },
    # A party by its nickname: "the Tory party" is the Conservative party.
    "tory": ("conservative", "conservatives"),
    "tories": ("conservative", "conservatives"),
    "conservative": ("tory", "tories"),
    "conservatives": ("tory", "tories"),
    **BODIES,
}
ENDINGS = ("n", "an", "ian", "i", "ese", "ish")
# What a reporter calls a country, a city or a side to avoid naming it twice.
EPITHET_HEADS = frozenset(
    """
    nation country archipelago island islands kingdom republic state city capital region
    territory continent peninsula province club side outfit company firm group giant
    currency
    """.split()
)
# What a reporter calls a person instead of naming them again: "the French midfielder".
PERSON_HEADS = frozenset(
    """
    midfielder striker forward winger defender goalkeeper keeper player star captain veteran
    champion teenager coach manager skipper international leader president minister
    """.split()
)
PERSON_VERBS = frozenset("said says told won scored made took got has had was is will".split())
PEOPLE = frozenset(
    """
    serb croat czech slovak argentine spaniard swede dane pole turk finn scot brit briton kiwi
    greek thai iraqi israeli filipino
    dutchman frenchman englishman irishman scotsman welshman
    """.split()
)
ORDINAL_WORDS = ("first", "second", "third", "fourth")
COMPASS = frozenset("north south east west northern southern eastern western".split())


# Currency codes say which dollar a figure is in, not a fact: "$53.3 billion USD".
CURRENCIES = frozenset("usd cad aud nzd eur gbp inr jpy cny rmb chf hkd sgd zar".split())
# Currencies written out after a figure ("2,500 US dollars"): the figure's unit, which
# another outlet writes as a sign ("$2,500"); the figure itself says whether it is new.
CURRENCY_WORDS = frozenset(
    """
    dollar dollars euro euros pound pounds rupee rupees yen yuan renminbi peso pesos rand
    franc francs ruble rubles rouble roubles dirham dirhams riyal riyals naira shilling
    shillings lira krona kronor zloty
    """.split()
)
# Currency codes, as outlets write them before a sum, glued to it ("Rs1,000") or a word
# apart ("KSh 2,500").
CURRENCY_CODES = (
    "Rs INR PKR LKR NPR Tk BDT Dh Dhs AED SAR QAR KSh Ksh KES TSh USh UGX NGN GHS ZAR Rp IDR "
    "RM MYR PHP Php NT NTD CHF SFr SEK NOK DKK RMB CNY JPY EUR GBP USD US CAD AUD NZD SGD Rbl"
).split()
CURRENCY_COUNTRIES = frozenset("US U.S. USD A AU C CA NZ HK SG".split())
# Time zones: "10 a.m. PDT" says how a time was told, not when.
TIME_ZONES = frozenset(
    "gmt bst utc cet cest est edt et pst pdt pt cst cdt ct mst mdt mt ist aest aedt jst kst"
    # ... and Beijing's, Hong Kong's, Jakarta's, Manila's, Moscow's, South Africa's and
    # New Zealand's as their outlets write them: "As of 10:25 p.m. BJT, 15 bodies ...".
    " bjt hkt wib pht msk eet eest sast nzst nzdt"
    # ... and Australia's west, centre and north, Singapore's, Pakistan's and Hawaii's.
    " awst wst acst acdt sgt pkt hst".split()
)
# Stock exchanges: "(NASDAQ:MSFT)" says where a company's shares trade, as boilerplate.
EXCHANGES = frozenset("nasdaq nyse tsx lse asx nse bse hkex sgx amex otc".split())
# First names told short in ways their first letters do not show.
NICKNAMES = {
    short: full
    for full, shorts in (
        ("robert", "bob bobby"),
        ("william", "bill billy"),
        ("richard", "dick"),
        ("edward", "ted ned"),
        ("margaret", "peggy maggie"),
        ("elizabeth", "liz beth betty"),
        ("henry", "harry hank"),
        ("john", "jack"),
        ("charles", "chuck"),
        ("lawrence", "larry"),
        ("gerald", "jerry"),
        ("anthony", "tony"),
        ("katherine", "kate kathy"),
        ("catherine", "kate cathy"),
        ("james", "jim jimmy"),
        ("joseph", "joe"),
        ("michael", "mike"),
        ("thomas", "tom"),
        ("alexander", "alex"),
        ("christopher", "chris"),
        ("daniel", "dan danny"),
        ("nicholas", "nick"),
        ("benjamin", "ben"),
        ("samuel", "sam"),
        ("matthew", "matt"),
        ("andrew", "andy"),
        ("timothy", "tim"),
        ("stephen", "steve"),
        ("david", "dave"),
        ("philip", "phil"),
        ("kenneth", "ken"),
        ("gregory", "greg"),
        ("jeffrey", "jeff"),
        ("frederick", "fred"),
        ("douglas", "doug"),
    )
    for short in shorts.split()
}
# Faiths read like nationalities but say something of their own: "the Christian owners".
FAITHS = frozenset("christian jewish anglican presbyterian parisian".split())
