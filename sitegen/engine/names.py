"""Names told two ways: acronyms, demonyms, company suffixes and wire credits.

A name one outlet gives and no other does is a detail of that outlet, unless
the others give the same name another way: "the Reserve Bank of Australia"
against "the RBA", "Microsoft Corp" against "Microsoft", "Australia's central
bank" against "the Australian central bank".  And the news agency an outlet
took its copy from ("AFP reported", "(AP)") says where the copy came from, not
what happened.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .model import Document, Token
from .nameforms import (
    SPELLED_LENGTH,
    demonym,
    forms,
    initials,
    key_forms,
    one_letter_off,
    ordinal_form,
    same_first,
    spelled_alike,
    written_out,
)
from .namekinds import code_at, joined_on, name_around, name_runs, places_beside, whole_name
from .namewords import (
    BODIES,
    CAPITAL_STATES,
    COMPASS,
    CORPORATE,
    HONORIFICS,
    INSTITUTIONS,
    JOINERS,
    OWNED_BY_PLACES,
    PARTICLES,
    TITLES,
)
from .words import stem
from .wordshape import acronym, initial


class NamesElsewhere:
    """Which names of one source the other sources give too, in whatever form."""

    def __init__(
        self,
        documents: Mapping[str, Document],
        headlines: Mapping[str, Sequence[Token]] | None = None,
    ) -> None:
        self.words: dict[str, set[str]] = {}
        self.acronyms: dict[str, set[str]] = {}
        self.initials: dict[str, set[str]] = {}
        self.spelled: dict[str, dict[str, list[tuple[Sequence[Token], int, int]]]] = {}
        self.named: dict[str, dict[str, set[str]]] = {}
        # Each sentence's name_runs, for callers that need them too.
        self.runs = {src: [name_runs(ts) for ts in doc.tokens] for src, doc in documents.items()}
        for src, doc in documents.items():
            words: set[str] = set()
            # Each name word, with the name word before it ("" for none): "Hayden" is
            # "Matthew Hayden" in one outlet and plain "Hayden" in another.
            before: dict[str, set[str]] = {}
            # A name in an outlet's headline is a name it gives.
            for ts in (*doc.tokens, (headlines or {}).get(src, ())):
                for n, t in enumerate(ts):
                    if t.content:
                        low = t.key.lower()
                        words.add(t.stem)
                        words.add(low)
                        if not low.isascii():
                            words.add(written_out(low))
                        if low.endswith("men") and len(low) > 6:
                            words |= key_forms(low)  # "Guardsmen" names the Guard too
                        # Capitals, not names: a name that opens a sentence is not marked one.
                        if not t.number and t.text[:1].isupper():
                            m = n - 1  # "Michael E. Brown", "Christopher J. L. Murray"
                            while m >= 1 and initial(ts, m):
                                m -= 1
                            # "Miss Kercher" gives no first name: "Meredith Kercher" is her.
                            titled = ts[m].key.lower() in _ADDRESSED
                            prior = ts[m].stem if n and ts[m].name and not titled else ""
                            before.setdefault(t.stem, set()).add(prior)
                    if n and ts[n - 1].name and (t.name or joined_on(ts, n - 1)):
                        # "Grey Friars" is the "Greyfriars" of another outlet.
                        words.add(ts[n - 1].key.lower() + t.key.lower())
            self.words[src] = words
            self.named[src] = before
            # Acronyms, names or not: "MP" stands for "Member of Parliament" either way.
            self.acronyms[src] = {
                short
                for ts in doc.tokens
                for t in ts
                # (asked of capitals first: most words have none after their first letter)
                if (t.key.isupper() or (t.name and not t.text[1:].islower()))
                and (short := _acronym(t))
                and (t.name or (t.text.isupper() and len(t.text) > 1) or short != t.key)
            }
            # The acronyms each name may go by, and for a name of two words or more, the
            # name itself: "IEBC" and "the Independent Electoral and Boundaries Commission"
            # in one article.
            shorts: set[str] = set()
            spelled: dict[str, list[tuple[Sequence[Token], int, int]]] = {}
            for tokens, runs in zip(doc.tokens, self.runs[src], strict=True):
                for a, b in runs:
                    for short in initials(tokens, a, b):
                        shorts.add(short)
                        if b - a > 1:
                            spelled.setdefault(short, []).append((tokens, a, b))
            self.initials[src] = shorts
            self.spelled[src] = spelled
        # Two words in a row in small letters, the second a body's head: "the local
        # disaster agency", "the electoral commission".
        self.bodies = {
            src: {
                (ts[n - 1].key.lower(), t.stem)
                for ts in doc.tokens
                for n, t in enumerate(ts)
                if n and t.stem in _HEADS and t.text.islower() and ts[n - 1].text.islower()
            }
            for src, doc in documents.items()
        }
        self._documents = documents
        self._plain_initials: dict[str, set[str]] = {}
        self._names: dict[str, list[frozenset[str]]] = {}
        self._codes: dict[str, set[str]] | None = None
        self._whole: dict[str, set[tuple[str, ...]]] | None = None
        self._places: dict[str, dict[str, set[str]]] = {}
        self._pairs: dict[str, set[tuple[str, str]]] | None = None
        self._capitals_by_ends: dict[str, dict[tuple[str, str], list[str]]] = {}

    def _spelled_out(self, src: str) -> set[str]:
        """The first letters of every three to five plain words in a row in ``src`` ("YCC"
        for "yield curve control"); two meet by chance too often.  Worked out when an
        acronym first needs them: most events have none."""
        if src not in self._plain_initials:
            found: set[str] = set()
            for ts in self._documents[src].tokens:
                # An acronym skips the small words between: "public health emergency of
                # international concern" is PHEIC.
                words = [t for t in ts if t.key.lower() not in _SKIPPED]
                for k in range(len(words)):
                    for n in range(3, 6):
                        run = words[k : k + n]
                        if len(run) < n or not all(_spelled(t) for t in run):
                            break
                        found.add("".join(t.key[0] for t in run).upper())
            self._plain_initials[src] = found
        return self._plain_initials[src]

    def known(
        self, src: str, tokens: Sequence[Token], k: int, runs: Sequence[tuple[int, int]]
    ) -> bool:
        """Whether another source gives ``tokens[k]`` (a name) too, in any form."""
        t = tokens[k]
        key_low = t.key.lower()
        others = [o for o in self.words if o != src]
        told = forms(t)
        if any(told & self.words[o] for o in others):
            return True
        short = t.key if t.key.isupper() else None if t.text[1:].islower() else _acronym(t)
        if short and any(short in self.initials[o] for o in others):
            return True  # "RBA" where another outlet says "Reserve Bank of Australia"
        # "USCPSC" where another outlet says "CPSC": the country's letters before a body's.
        if short and len(short) >= 5 and short[:2] in ("US", "UK"):
            body = short[2:]
            if any(body in self.initials[o] or body.lower() in self.words[o] for o in others):
                return True
        spelled_out = t.key.isupper() and 3 <= len(t.key) <= 5
        if spelled_out and any(t.key in self._spelled_out(o) for o in others):
            return True  # "YCC" where another outlet says "yield curve control"
        # "#OscarPistorius": two names run together, each of which another outlet gives.
        parts = _CAMEL.findall(t.text)
        if (
            len(parts) > 1
            and "".join(parts) == t.text.lstrip("#@")
            and any(all(stem(p.lower(), True) in self.named[o] for p in parts) for o in others)
        ):
            return True
        if ordinal_form(t.key, self.words, others):
            return True
        # "the Guinness Six Nations" where another outlet says "the Six Nations": a word set
        # before a name another outlet gives (a sponsor's, a place's) names nothing new.
        if self._before_a_name(tokens, k, others):
            return True
        # "the Irish Republic" where another outlet says "Ireland": the country by its form.
        republic = key_low == "republic" and k and tokens[k - 1].text[:1].isupper()
        if republic and any(forms(tokens[k - 1]) & self.words[o] for o in others):
            return True
        # "Grey Friars" where another outlet writes "Greyfriars", "Geun-hye" "Geunhye".
        for a in (k - 1, k):
            if 0 <= a < len(tokens) - 1 and tokens[a].name and joined_on(tokens, a):
                joined = tokens[a].key.lower() + tokens[a + 1].key.lower()
                if any(joined in self.words[o] for o in others):
                    return True
        # "the Massachusetts-based Reebok" where another outlet says "Canton, Mass.".
        key = t.key.lower()
        if t.text[:1].isupper() and key in _STATE_FORMS:
            other, among = _STATE_FORMS[key]
            if any(other in getattr(self, among)[o] for o in others):
                return True
        if t.key.isupper() and any(
            self._body_known(ts, a, b, others) for ts, a, b in self.spelled[src].get(t.key, ())
        ):
            return True  # "IEBC" for "the Independent Electoral ... Commission", known so
        for a, b in runs:
            if a <= k < b:
                if self._body_known(tokens, a, b, others):
                    return True
                # "the National Assembly" where another outlet says "parliament": the name's
                # head is known in other words, so is the name.
                head = tokens[b - 1].key.lower() if k < b - 1 else ""
                if head in BODIES and any(set(BODIES[head]) & self.words[o] for o in others):
                    return True
                if any(
                    len(short) >= 2 and short in self.acronyms[o]
                    for short in initials(tokens, a, b)
                    for o in others
                ):
                    return True
                if self._spelled_otherwise(tokens, k, a, b, others) or self._placed_otherwise(
                    tokens, k, others
                ):
                    return True
                break
        # "says Peleton" where this outlet and another write "Peloton": a slip of one letter
        # in a name the outlet spells right elsewhere.
        return len(t.stem) >= _SLIP_LENGTH and self._slip(src, t.stem, others)

    def _slip(self, src: str, word: str, others: Sequence[str]) -> bool:
        """Whether ``word`` (a stem) is one letter off a name word ``src`` itself gives, and
        another source too."""
        index = self._capitals_by_ends.get(src)
        if index is None:
            # Its capitalised words (a name opening a sentence too), by first and last letter.
            index = self._capitals_by_ends[src] = {}
            for w in self.named[src]:
                if w:
                    index.setdefault((w[0], w[-1]), []).append(w)
        return any(
            one_letter_off(word, w) and any(w in self.words[o] for o in others)
            for w in index.get((word[0], word[-1]), ())
        )

    def _before_a_name(self, tokens: Sequence[Token], k: int, others: Sequence[str]) -> bool:
        """Whether the two words after ``tokens[k]`` open a name another source gives, as
        the first words of its own."""
        if k + 2 >= len(tokens) or not (tokens[k + 1].text[:1].isupper() and tokens[k + 2].name):
            return False
        if tokens[k + 1].start != tokens[k].end + 1 or tokens[k].text.endswith(("'s", "’s")):
            return False  # "Autohome, Tesla's Model 3", "Indonesia's National ...": not one name
        if self._pairs is None:
            self._pairs = {
                o: {
                    (ts[n].key.lower(), ts[n + 1].key.lower())
                    for ts in doc.tokens
                    for n in range(len(ts) - 1)
                    if ts[n].text[:1].isupper()
                    and ts[n + 1].name
                    # ... where the name starts: "Geological Disaster Mitigation" does not
                    # give "Disaster Mitigation".
                    and not (n and ts[n - 1].text[:1].isupper())
                }
                for o, doc in self._documents.items()
            }
        pair = (tokens[k + 1].key.lower(), tokens[k + 2].key.lower())
        return any(pair in self._pairs[o] for o in others)

    def _placed_otherwise(self, tokens: Sequence[Token], k: int, others: Sequence[str]) -> bool:
        """Whether another source names the same county, state or province spelled a
        little otherwise: "Morelos state" / "the state of Morales", "Mao County" /
        "Maoxian county" (the county's name with the word for county in it)."""
        word = tokens[k].key.lower()
        heads = places_beside(tokens, k)
        if not heads or len(word) < SPELLED_LENGTH - 1:
            return False
        for o in others:
            if o not in self._places:
                self._places[o] = {}
                for ts in self._documents[o].tokens:
                    for n, t in enumerate(ts):
                        if t.name:
                            for head in places_beside(ts, n):
                                self._places[o].setdefault(head, set()).add(t.key.lower())
            for head in heads:
                for theirs in self._places[o].get(head, ()):
                    short, long = sorted((word, theirs), key=len)
                    if long.startswith(short) or spelled_alike(word, theirs):
                        return True
        return False

    def extends(
        self, src: str, tokens: Sequence[Token], k: int, runs: Sequence[tuple[int, int]]
    ) -> bool:
        """Whether the name word ``tokens[k]`` only goes on with a name another source gives
        whole: "Tottenham Hotspur" where another outlet says "Tottenham", "Cape Canaveral
        Air Force Station" for "Cape Canaveral", "Wedbush Securities" for "Wedbush".

        A name that goes on into a body or a paper is another thing ("the New York Times"
        is not New York, "Kennedy Space Center" not Kennedy).
        """
        run = next(((a, b) for a, b in runs if a < k < b), None)
        if run is None:
            return False
        a, b = run
        # "South Korea and Italy", "Pablo Picasso's Les Femmes d'Alger": two names.  The
        # one the word stands in goes on to the joiner after it: "Wembley Stadium in
        # London" is "Wembley Stadium" and London; after a place's "'s" it starts anew:
        # "London's Twickenham Stadium" is Twickenham Stadium, in London.
        if any(tokens[m].key in JOINERS for m in range(a, k)):
            return False
        a = max((m + 1 for m in range(a, k) if tokens[m].text.endswith(("'s", "’s"))), default=a)
        # ... and so it does after an office: "MEC Chairperson Jane Ansah" is Jane Ansah,
        # not more of the MEC another outlet names.
        a = max((m + 1 for m in range(a, k) if tokens[m].key.lower() in _OFFICES), default=a)
        b = next((m for m in range(k + 1, b) if tokens[m].key in JOINERS), b)
        if tokens[k].key in JOINERS or any(
            tokens[m].text.endswith(("'s", "’s")) for m in range(k, b - 1)
        ):
            return False
        # "the Australian Broadcasting Corporation", "London Socialists": a body or a
        # group of people named after a place or a people.
        if k == a + 1 and demonym(tokens[a].key.lower()):
            return False
        for m in range(k, b):
            word = tokens[m].key.lower()
            if tokens[m].stem in _HEADS or word in OWNED_BY_PLACES:
                return False
            if word.endswith("s") and not word.endswith("ss") and word not in _FIRM_PLURALS:
                return False
        if self._whole is None:
            self._whole = {o: self._runs_named(o) for o in self._documents}
        return any(
            tuple(t.key.lower() for t in tokens[a:m]) in whole
            for o, whole in self._whole.items()
            if o != src
            for m in range(a + 1, k + 1)
        )

    def _runs_named(self, src: str) -> set[tuple[str, ...]]:
        """Each name run ``src`` gives whole, as its words in small letters, and the run
        after an office in it: "Energy Minister Khurrum Dastagir" names Khurrum Dastagir."""
        found: set[tuple[str, ...]] = set()
        for ts, runs in zip(self._documents[src].tokens, self.runs[src], strict=True):
            for x, y in runs:
                words = tuple(t.key.lower() for t in ts[x:y])
                found.add(words)
                if not _OFFICES.isdisjoint(words[:-1]):
                    found.update(words[m + 1 :] for m in range(y - x - 1) if words[m] in _OFFICES)
        return found

    def _body_known(self, tokens: Sequence[Token], a: int, b: int, others: Sequence[str]) -> bool:
        """Whether another source names the body ``tokens[a:b]`` in small letters by its
        head and a word of its name: "the Malang Disaster Mitigation Agency" is "the local
        disaster agency", "the Independent Electoral and Boundaries Commission" "the
        electoral commission"."""
        head = tokens[b - 1].stem
        if b - a < 2 or head not in _HEADS:
            return False
        return any(
            (tokens[m].key.lower(), head) in self.bodies[o] for m in range(a, b - 1) for o in others
        )

    def _spelled_otherwise(
        self, tokens: Sequence[Token], k: int, a: int, b: int, others: Sequence[str]
    ) -> bool:
        """Whether another source spells this name word a little otherwise, in a name
        with a word spelled alike: "Awad Ahmed al-Bandar" and "Awad Hamed al-Bander", a
        name transliterated two ways, or "Hiroshi Yamanaka" misspelled "Yamakawa"."""
        word = tokens[k].key.lower()
        if len(word) < SPELLED_LENGTH:
            return False
        mine = whole_name(tokens, a, b)
        for o in others:
            for theirs in self._whole_names(o):
                if word in theirs or not (mine - {word}) & theirs:
                    continue  # another person, or one another word of this name tells
                if any(spelled_alike(word, w) for w in theirs - mine):
                    return True
        return False

    def _whole_names(self, src: str) -> list[frozenset[str]]:
        """Each name ``src`` gives, as the set of its words, worked out when first asked."""
        if src not in self._names:
            doc = self._documents[src]
            self._names[src] = [
                whole_name(tokens, a, b)
                for tokens, runs in zip(doc.tokens, self.runs[src], strict=True)
                for a, b in runs
                if b - a > 1 or (a > 1 and tokens[a - 1].key.lower() in PARTICLES)
            ]
        return self._names[src]

    def coded(self, src: str, sentence: str, tokens: Sequence[Token], k: int) -> bool:
        """Whether ``tokens[k]`` is part of a code another source writes spaced or not:
        "Flight ET302" and "Flight ET 302"."""
        code = code_at(sentence, tokens, k)
        if code is None:
            return False
        if self._codes is None:
            self._codes = {
                o: {
                    found
                    for ts, text in zip(doc.tokens, doc.sentences, strict=True)
                    for m in range(len(ts))
                    if (found := code_at(text, ts, m)) is not None
                }
                for o, doc in self._documents.items()
            }
        return any(code in codes for o, codes in self._codes.items() if o != src)

    def fuller(self, src: str, sentence: str, tokens: Sequence[Token], k: int) -> bool:
        """Whether the name ``tokens[k]`` only tells more fully a name another source gives.

        "Matthew Hayden" where another outlet says "Hayden", "Health Minister Jeremy
        Hunt" against "Jeremy Hunt": the words before a name's last word, when
        another source names that last word too, say who or which one, not what
        happened.  A compass point is a place of its own (North Korea is not Korea),
        and a name joined by "of" ends where it says what it is ("Bank of England").
        """
        # A code inside a name is which model, not a fuller form: "Beechcraft BE65 King
        # Air" against "Beechcraft King Air".
        if tokens[k].key.lower() in COMPASS or not tokens[k].key.isalpha():
            return False
        start, end = name_around(sentence, tokens, k)
        # "Walt Disney Co": the legal form is not the name's last word.
        while end > k and tokens[end].key.lower() in CORPORATE:
            end -= 1
        if end == k:
            return False
        head = tokens[end].stem
        mine = {t.stem for t in tokens[start:end]} | {""}
        # "the Amex Stadium" where another outlet says "the Falmer Stadium" may be one
        # ground or two (Bay Street is not Wall Street): only a name another source gives
        # with nothing else before its last word is this one told more fully.
        # A first name another source gives with the same last word, in any form ("Emi
        # Martinez" for "Emiliano Martinez"), names this one, whoever else shares it.
        return any(
            head in named
            and (
                all(same_first(before, mine) for before in named[head])
                or any(before and same_first(before, mine - {""}) for before in named[head])
            )
            and not _goes_on_otherwise(named, tokens, start, end)
            for o, named in self.named.items()
            if o != src
        )


def _goes_on_otherwise(
    named: Mapping[str, set[str]], tokens: Sequence[Token], start: int, end: int
) -> bool:
    """Whether another source's name ending as this one does begins otherwise before it:
    "Los Angeles International Airport" is not "Baltimore-Washington International Airport",
    though both say "International Airport"."""
    if tokens[end].key.lower() not in _SITES:
        return False  # "Judge Annabel Mtalimanja" is "Chairperson Annabel Mtalimanja"
    befores = named[tokens[end].stem]
    if "" in befores:
        return False  # it names the last word alone somewhere ("Hayden")
    met = False  # whether a word of this name stands before the last word in theirs
    for p in range(end - 1, start, -1):
        if tokens[p].stem not in befores:
            continue
        met = True
        ahead = {t.stem for t in tokens[start:p]}
        theirs = named.get(tokens[p].stem, set())
        if not theirs or "" in theirs or any(same_first(b, ahead) for b in theirs):
            return False
    return met


# A state written out against its short form written as a name ("Mass."), and the short
# form against the state in any word: the short form alone may be a common word ("mass").
_STATE_FORMS = {
    **{state: (short, "named") for short, state in CAPITAL_STATES},
    **{short: (state, "words") for short, state in CAPITAL_STATES},
}
_HEADS = frozenset(stem(w) for w in INSTITUTIONS)

_ADDRESSED = HONORIFICS | TITLES  # words before a surname that give no first name
# What a name ends in when it names a place or a body: the words before it say which one.
_SITES = (
    INSTITUTIONS
    | OWNED_BY_PLACES
    | frozenset(
        """
    airport stadium station bridge street road avenue highway park hall square arena port
    harbour harbor terminal market mall tower plant mine dam lake river mountain island beach
    hotel prison base resort
    """.split()
    )
)
# Offices a name run may hold between a body and a person: "OPEC Governor Amir Zamaninia".
_OFFICES = frozenset(
    """
    chairperson chairman chairwoman chair governor mayor president minister secretary senator
    judge director ceo spokesman spokeswoman spokesperson commissioner ambassador premier
    chancellor prosecutor sheriff coach captain manager leader founder
    """.split()
)
_FIRM_PLURALS = frozenset("securities holdings industries partners systems technologies".split())


_CAMEL = re.compile(r"[A-Z][a-z]{2,}")
_SLIP_LENGTH = 6  # a shorter name one letter off is as often another name ("Jonas", "Jones")


def _acronym(t: Token) -> str | None:
    """The acronym ``t`` is, in capitals ("DfE" is DFE), or None for any other word."""
    if t.key.isupper():
        return t.key
    if not t.name:
        return None  # (an acronym is read as a name: "DfE", "TfL")
    return acronym(t.text.removesuffix("'s").removesuffix("’s"))


_SKIPPED = frozenset("of and for the on in".split())


def _spelled(t: Token) -> bool:
    """Whether a word may give its first letter to an acronym of plain words."""
    return t.content and not t.number and t.key[:1].isalpha()
