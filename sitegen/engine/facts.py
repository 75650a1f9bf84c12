"""Facts: what each outlet alone reports, what some report, and what all do.

- Sentences tied together by alignment are one **claim**; its ``sources``
  are exactly the outlets that report it, in any words: the sources of its
  sentences and every source whose coverage verdict is reported or partly
  (see :mod:`.coverage`).  A claim is unique when no other source reports it.
- A **detail** is what one outlet adds to a claim others report: a claim unit
  nobody else has ("and was later released"), or a name, number or place the
  other outlets never mention, shown as a readable phrase ("to the Telegraph
  newspaper", "fined $85,000"; see :mod:`.details`).  Spelling and number
  formats never are: they are folded into the tokens' keys before anything
  is compared.
- Where reports of one fact disagree (12 dead against 15), the event gets a
  **conflict** (see :mod:`.conflicts`) rather than two unique details.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import pairwise

from .conflicts import find_conflicts
from .details import find_details
from .model import Alignment, Closest, Document, Fact, Support, Token, Unit
from .segment import SENTENCE_END

# A quotation's sentence shorter than this, with no name or figure, is an aside: on rounds 27
# and 28's real events readers judged five such listed sentences no fact ("I am human.").
ASIDE_WORDS = 5
_NONE = re.compile(r"(?:nobody|none|no[ -]one|nothing)\b", re.IGNORECASE)
SHORT_REMARK = 3  # words of a sentence that names and counts nothing, at most, to be an aside
# ... or of the writer's own, quoting no one ("He had no choice.", "The court rejected this
# approach."): on round 59's 84 events readers judged all eight such sentences listed
# reported elsewhere or no fact.
SHORT_STATEMENT = 6
# ... opening on a word that names no one; a sentence that opens on "But" or "However" turns
# to news of its own ("But she would not say which.", "However, further investigations are
# ongoing.").
_REMARK_OPENERS = frozenset(
    "he she it they we you i this that these those the a an there now so then".split()
)
CUT_CLAIM = 8  # words of a cut-off last sentence that make it a claim beside a shared one
CUT_WORDS = 6  # the page's cut-off last words shown with the claim before them: a phrase at least
LEAD_IN_TOKENS = 4  # a lead-in this short ("They were:") says nothing of its own
# A sentence that only says no more was said ("He did not provide other details.", "No
# further details were given.") or where the rest is ("A full list ... is below."):
# readers judged both such sentences listed on 99 real events no fact; it goes with the
# sentence before, as an aside does.
NO_MORE = (
    r"(?i)^(?:(?:[\w'’-]+ ){1,3}(?:did|could|would|does|do|has|have|had)(?: not|n[’']t) "
    r"(?:immediately )?(?:provide|give|share|release|disclose|offer)(?: any)?"
    r"(?: further| more| other| additional)? (?:details|information)"
    r"|(?:[\w'’-]+ ){1,3}(?:had|has|have|gave|offered) no (?:further |more |other )?"
    r"(?:details|information)\b[^.!?]{0,80}"
    r"|no (?:further|more|other|additional) (?:details|information) (?:was|were|is|are|has|have)"
    r"(?: been)? (?:given|provided|released|shared|disclosed|available)"
    # ... or points to where the rest is: "A full list of exposure sites is below."
    r"|(?:a|the) (?:full|complete) list of [\w ]{1,40} (?:is|can be found) below"
    r"|(?:a|the) (?:full|complete) list of [\w ]{1,60} follows(?=:$)"
    r"|read (?:its|his|her|their|the) (?:full )?(?:statement|letter|post|announcement|memo)"
    r"(?: from [\w'’ .-]{1,40})?(?: in full)? (?:below|here)"
    # ... or that it follows: "Here's what we know so far.", "Here are the key points."
    r"|here(?:['’]s| is| are) what (?:we know|you need to know)(?: so far)?"
    r"|here are (?:the|some of the) (?:key|main) (?:points|takeaways)\b[^.!?]{0,60}"
    r"|here,? (?:[\w?'’&-]+ ){1,4}takes? a (?:closer |quick )?look at\b[^.!?]{0,160}"
    # ... or only leads in to what follows: "Dow released the following statement:", "CPD
    # released the following statement regarding the incident."
    r"|(?:[\w'’-]+ ){1,5}(?:released|issued|sent|posted|gave|shared|put out) the following "
    r"(?:statement|message|update|note)\b[^.!?:]{0,40}"
    # ... or only says who speaks next: "The watchdog said in a statement:"
    r"|(?:[\w'’-]+ ){1,4}(?:said|says|added|adds|wrote|stated)"
    r"(?: in a (?:statement|release|post|letter|tweet))?(?=:$)"
    # ... or that the wire could not check it: "Reuters was not able to independently verify
    # the reports.", "Estuary Wire could not independently confirm the claim."
    r"|(?:[\w'’.-]+ ){1,4}(?:could|was|were|has|have|is|are)(?: not|n[’']t)(?: been)?"
    r"(?: able to)? independently (?:verify|confirm)\b[^.!?]{0,80}"
    # ... or that nothing more was known yet: "Word on their conditions was not immediately
    # available."
    r"|(?:word|details|information|comment) (?:on|about) [^.!?]{1,60} (?:was|were|is|are) not"
    r" (?:immediately |yet )?available"
    # ... or points to a video or pictures the page embeds: "The following video footage
    # shows the moment when the attacker entered the embassy."
    r"|the following (?:video |news )?(?:footage|video|clip|photos?|pictures?|images?) "
    r"(?:shows?|captures?)\b[^.!?]{0,160}"
    # ... or whose report a video is: "Investigative Reporter Ann Lee reports."
    r"|(?:[\w'’.-]+ ){1,5}reports(?=[.:]$))[.!:]?$"
    # ... or only leads in to a post the page left out: "They said in a tweet,"
    r"|(?:[\w'’-]+ ){1,4}(?:said|says|added|adds|wrote|posted|tweeted)"
    r"(?: in a (?:statement|release|post|letter|tweet))?,$"
)
NO_MORE_CHARS = 80  # such a sentence is never longer
_ORDER = {"reported": 0, "partly": 1, "not reported": 2}
Node = tuple[str, int]
Coverage = Mapping[Node, Mapping[str, Support]]


def find_facts(
    documents: Mapping[str, Document],
    alignment: Alignment,
    coverage: Coverage,
    units: Mapping[str, Sequence[Sequence[Unit]]],
    headlines: Mapping[str, str] | None = None,
    outlets: Mapping[str, str] | None = None,
) -> list[Fact]:
    """Every claim, detail and conflict of an event, sources in the given order.

    ``alignment`` comes from :func:`.align.align` with its links diffed
    (:func:`.diff.diff_links`); ``coverage`` and ``units`` from :mod:`.coverage`.
    ``headlines`` and ``outlets`` (each source's title and outlet name, plain
    strings) are for the details (:func:`.details.find_details`).
    """
    order = {src: n for n, src in enumerate(documents)}
    conflicts = find_conflicts(documents, alignment, coverage)
    claims = _claims(documents, alignment, coverage, order)
    details = find_details(documents, coverage, units, conflicts, headlines, outlets)
    return _number(conflicts + _disputed(claims, conflicts, documents) + details, order, documents)


def _disputed(
    claims: list[Fact], conflicts: Sequence[Fact], documents: Mapping[str, Document]
) -> list[Fact]:
    """Claims that hold a conflict show every source's wording, not the first one's alone."""
    nodes = {(src, i) for f in conflicts for src, i in f.sentence.items()}
    out = []
    for f in claims:
        if len(f.sources) > 1 and any(node in nodes for node in f.sentence.items()):
            versions = {src: documents[src].sentences[i] for src, i in f.sentence.items()}
            f = replace(f, versions=versions)
        out.append(f)
    return out


def position(index: int, count: int) -> str:
    """Where a sentence stands in its article: the lede, the body, or the end."""
    if index < 2:
        return "lede"
    if index >= count - max(2, count // 5):
        return "end"
    return "body"


def _claims(
    documents: Mapping[str, Document],
    alignment: Alignment,
    coverage: Coverage,
    order: Mapping[str, int],
) -> list[Fact]:
    """One claim per group of aligned sentences, reported by whoever covers it."""
    facts = []
    for members in _fold_fragments(_claim_groups(alignment.groups, coverage), documents, coverage):
        sentence: dict[str, int] = {}
        every: dict[str, tuple[int, ...]] = {}
        for src, i in members:
            sentence.setdefault(src, i)
            every[src] = (*every.get(src, ()), i)
        evidence: dict[str, Support] = {}
        lead = members[0]
        for other in documents:
            if other == lead[0]:
                continue
            votes = [(node, coverage[node][other]) for node in members if node[0] != other]
            if votes:
                node, best = min(
                    votes, key=lambda v: (_ORDER[v[1].verdict], v[0] != lead, -v[1].score)
                )
                # Unit flags belong to the sentence they were found for; published, they
                # stand beside the claim's own sentence's units, so another's are dropped.
                evidence[other] = best if node == lead else replace(best, units=())
        reported = set(sentence)
        for other, support in evidence.items():
            if support.verdict != "not reported":
                reported.add(other)
                if other not in sentence and support.sentences:
                    sentence[other] = support.sentences[0]
        src, i = members[0]
        doc = documents[src]
        text = doc.sentences[i]
        sources = tuple(sorted(reported, key=order.__getitem__))
        # A claim no one else reports shows the page's last words too, when they were cut
        # off after it and folded into it ("... Rep. Michelle Steel, whose district ...,
        # which would free up fe…"): shown alone, the claim hid the names and figures they
        # give.  The mark says where the page stopped.
        last = len(doc.sentences) - 1
        # (A list's last point, unstopped, is no page cut off: "Estuary Tugs – Harbour Queen".)
        if (
            sources == (src,)
            and every[src][-1] == last != i
            and not SENTENCE_END.search(doc.sentences[last])
            and len(doc.tokens[last]) >= CUT_WORDS
        ):
            text = " ".join(doc.sentences[j] for j in every[src]).rstrip() + "…"
        elif sources == (src,) and i == last and not SENTENCE_END.search(text):
            text = text.rstrip() + "…"  # the page's last words, cut off: a claim of their own
        elif sources == (src,) and len(every[src]) > 1:
            # ... and the rest of a quotation, in the sentences after it, marked where the
            # page stopped in it.
            text = " ".join(_quoted_on(doc, every[src]))
            if every[src][-1] == last and not SENTENCE_END.search(doc.sentences[last]):
                text = text.rstrip() + "…" if text.endswith(doc.sentences[last]) else text
        # A quotation that goes on in a sentence of its own says nothing without the
        # sentence that names the speaker: that one is its context.
        quote_only = i > 0 and doc.tokens[i] and all(t.quoted for t in doc.tokens[i])
        context = f"{doc.sentences[i - 1]} {text}" if quote_only else text
        facts.append(
            Fact(
                "",
                "claim",
                text,
                sources,
                context,
                {s: sentence[s] for s in sorted(sentence, key=order.__getitem__)},
                sentences=every,
                coverage=evidence,
            )
        )
    return facts


def _quoted_on(doc: Document, own: Sequence[int]) -> list[str]:
    """The sentences of ``own`` from the first on that follow one another inside a
    quotation: the rest of what a speaker said, asides too ("“It’s pretty cool." / "I’m sort
    of surprised by the temperature change.”"), not the writer's own words after it."""
    found = [doc.sentences[own[0]]]
    for before, i in pairwise(own):
        if i != before + 1 or not (doc.tokens[i] and doc.tokens[i][0].quoted):
            break
        found.append(doc.sentences[i])
    return found


def _claim_groups(groups: Sequence[Sequence[Node]], coverage: Coverage) -> list[Sequence[Node]]:
    """Alignment's groups, less the sentences a group took in that no one else reports.

    Links chain sentences into groups, and a group may hold two sentences of one
    outlet (a split, or two links through a third outlet's sentence).  One of them
    that coverage finds in no other source is a claim of its own ("she will leave
    after the state visit" beside the sentence others retell).
    """
    found: list[Sequence[Node]] = []
    for members in groups:
        sources = [src for src, _ in members]
        alone = [
            node
            for node in members
            if (
                sources.count(node[0]) > 1
                and all(v.verdict == "not reported" for v in coverage[node].values())
            )
            or all(
                coverage[node][src].verdict == "not reported" for src in set(sources) - {node[0]}
            )
        ]
        rest = [node for node in members if node not in alone]
        found.extend([rest] if rest else [])
        found.extend([node] for node in alone)
    return found


def _fold_fragments(
    groups: list[Sequence[Node]], documents: Mapping[str, Document], coverage: Coverage
) -> list[Sequence[Node]]:
    """Groups with an article's last words, cut off where the page stopped with no figure
    among them and found in no other source ("Her effective deputy David"), put with
    the sentence before them; and so are sentences of one word ("Enjoy.", "RIP.'" at the
    end of a quotation), a quotation's asides ("It was chaos.") and the writer's own
    questions, which state nothing on their own.

    The reader still sees them in the article; as a claim of their own they would be
    listed as a fact only that outlet reports.
    """
    fragments: dict[Node, Node] = {}
    for src, doc in documents.items():
        last = len(doc.sentences) - 1
        for i in range(1, last + 1):
            tokens = doc.tokens[i]
            cut = i == last and _fragment(doc.sentences[i], tokens)
            alone = (
                (len(tokens) == 1 and not tokens[0].number)
                or _aside(tokens)
                or _says_little(doc.sentences[i], tokens)
                or _no_more(doc.sentences[i])
                or _asked(doc.sentences[i], tokens)
                # a short lead-in to a list that follows: "They were:"
                or (doc.sentences[i][-1] == ":" and len(tokens) <= LEAD_IN_TOKENS)
            )
            # A quotation going on from a sentence no one else reports is the rest of what
            # its speaker said ("“It’s not a dream anymore,” said Tkachuk." / "“I can’t
            # believe it."): one claim with that sentence.
            # (the sentence it goes with, that one perhaps going with another already)
            into = fragments.get((src, i - 1), (src, i - 1))
            alone = alone or bool(
                tokens
                and tokens[0].quoted
                and (before := doc.tokens[i - 1])
                and before[-1].quoted
                and all(v.verdict == "not reported" for v in coverage[into].values())
                and not _shared(groups, into)
            )
            if (cut or alone) and all(
                v.verdict == "not reported" for v in coverage[src, i].values()
            ):
                if cut and not alone and len(tokens) >= CUT_CLAIM and _shared(groups, (src, i - 1)):
                    # Folded into a claim others report, a long tail would be shown nowhere
                    # ("Under President Chakwera, Malawi's list of problems grew, including
                    # grand-scale corruption, a weak economy, high living "): it is a claim.
                    continue
                # ... with the sentence before, or with the one that one went with.
                fragments[src, i] = fragments.get((src, i - 1), (src, i - 1))
    if not fragments:
        return groups
    moved = {node for group in groups if len(group) == 1 and (node := group[0]) in fragments}
    found: list[Sequence[Node]] = []
    for group in groups:
        if len(group) == 1 and group[0] in moved:
            continue
        # In reading order: a set's order of (source, index) changes with the hash seed.
        found.append([*group, *(f for f in sorted(moved) if fragments[f] in group)])
    return found


def _shared(groups: Sequence[Sequence[Node]], node: Node) -> bool:
    """Whether the group ``node`` stands in holds another source's sentence."""
    group = next((g for g in groups if node in g), ())
    return any(src != node[0] for src, _ in group)


def _asked(sentence: str, tokens: Sequence[Token]) -> bool:
    """Whether a sentence is the writer's own question, counting nothing ("Was this the
    signal that Federer would roll over meekly?"): it asks, and the answer follows."""
    return (
        sentence.endswith("?")
        and not any(t.quoted for t in tokens)
        and not any(t.number for t in tokens)
    )


def _no_more(sentence: str) -> bool:
    """Whether a sentence says only that no more was said (:data:`NO_MORE`)."""
    # Most sentences are longer or never say "details": asked first, it spares the pattern,
    # which ``re`` compiles on its first use and keeps.
    # (a signpost to what follows runs longer: "Here, Estuary Money takes a closer look at
    # what's behind these rises and whether there is anything you can do about them.", "The
    # following video footage shows the moment when the attacker entered the embassy.")
    here = sentence.startswith(("Here", "The following ", "Read "))
    if (len(sentence) > NO_MORE_CHARS and not here) or not (
        "etails" in sentence
        or "nformation" in sentence
        or "ndependently" in sentence
        or "available" in sentence
        or "below" in sentence
        or "the following " in sentence
        or here
        or sentence.endswith((":", ",", "reports."))
    ):
        return False
    return re.match(NO_MORE, sentence) is not None


def _aside(tokens: Sequence[Token]) -> bool:
    """Whether a sentence is a few words of a quotation that names and counts nothing ("I am
    human.", "It was chaos.", "What's next for you?"): how the speaker felt, said as they go
    on, which readers take for no fact of its own."""
    if not tokens or len(tokens) > 2 * ASIDE_WORDS or not tokens[0].quoted:
        return False  # most sentences: asked first, it spares the rest
    words = [t for t in tokens if t.text[0].isalnum()]
    return (
        len(words) < ASIDE_WORDS
        and all(t.quoted for t in tokens)
        and not any(t.name or t.number for t in words)
    )


def _says_little(sentence: str, tokens: Sequence[Token]) -> bool:
    """Whether a sentence is a remark of a few words that names and counts nothing ("It
    wasn't easy.", "But it's done.", "No problem.", "He eventually closed out the game."):
    the writer's aside on the sentence before it, which readers take for no fact of its own.
    A speaker's few words more are what they said ("He is a complete fighter."). A list's
    point, set without a full stop ("Excessive debt"), is one."""
    words = [t for t in tokens if t.text[0].isalnum()]
    # The writer's longer remarks open on a word that names no one ("He", "The", "Now"): a
    # capital opening the sentence may be a name ("Tenby was booked for the challenge."), and
    # a list's point told as a sentence is one ("Second, the cancellation of onward flights.").
    remark = bool(words) and words[0].key in _REMARK_OPENERS and not any(t.quoted for t in tokens)
    return (
        len(words) <= (SHORT_STATEMENT if remark else SHORT_REMARK)
        and not any(t.name or t.number for t in words)
        and bool(SENTENCE_END.search(sentence))
        # ... but "Nobody was hurt." and "None survived." count, if only none.
        and not _NONE.match(sentence)
    )


def _fragment(sentence: str, tokens: Sequence[Token]) -> bool:
    """Whether a sentence is cut off mid-sentence: the page stopped, and what it says is no
    claim of its own, whatever figures it gives.  On the real events of rounds 27 to 32,
    readers judged every such tail listed no fact ("He did say that he expects Tesla to",
    "... crews alo"), those with figures too ("Between 2000 and 2020, 78 people were killed
    ... in 28 active shootings at those", "... before climbing back to 69.81 US cent")."""
    return not SENTENCE_END.search(sentence)


def _number(
    facts: list[Fact], order: Mapping[str, int], documents: Mapping[str, Document]
) -> list[Fact]:
    """Give facts stable ids (conflicts first, then by source and position) and evidence."""
    kinds = {"conflict": 0, "claim": 1, "detail": 2}

    def key(f: Fact) -> tuple[int, int, int, int, str]:
        first = next(iter(f.sentence))
        return (kinds[f.kind], len(f.sources), order[first], f.sentence[first], f.text)

    numbered = []
    counters: dict[str, int] = {}
    for f in sorted(facts, key=key):
        counters[f.kind] = counters.get(f.kind, 0) + 1
        numbered.append(
            replace(
                f,
                id=f"{f.kind}-{counters[f.kind]}",
                position={
                    s: position(i, len(documents[s].sentences)) for s, i in f.sentence.items()
                },
                closest=_closest(f, documents) if f.kind == "claim" else {},
            )
        )
    return numbered


def _closest(fact: Fact, documents: Mapping[str, Document]) -> dict[str, Closest]:
    """For a claim some sources lack, their nearest passage: the call a reader can check."""
    found = {}
    for other, support in fact.coverage.items():
        if other in fact.sources or not support.sentences:
            continue
        doc = documents[other]
        text = " ".join(doc.sentences[j] for j in support.sentences)
        found[other] = Closest(support.sentences[0], text, support.score)
    return found
