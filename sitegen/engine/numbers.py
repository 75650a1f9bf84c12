"""Numbers as news copy writes them, each read to one key.

Digits with their scale or share ("4.5bn", "3.5 per cent"), words ("one hundred
and five", "thirty-four per cent"), fractions ("1/4", "½", "2 1/2"), spans of time
("a three-day strike" is 4,320 minutes) and Roman numerals ("XVI"): :mod:`.text`
finds them in a sentence and takes these keys, so "three hundred" and 300 compare
equal everywhere after.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from text_to_num import text2num

NUMBER_WORDS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundred|thousand|million|billion|trillion"
)
NUMBER_SET = frozenset(NUMBER_WORDS.split("|"))
# Ordinals in words, as the digits' key ("14th").  Not first, second or third: "second"
# is a unit of time, and "the first time" is no position in a list.
ORDINALS = {
    word: f"{n}th"
    for n, word in enumerate(
        """
        fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth
        fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
        """.split(),
        start=4,
    )
} | {
    f"{tens}ieth": f"{n}th"
    for n, tens in zip(
        range(30, 100, 10), "thirt fort fift sixt sevent eight ninet".split(), strict=True
    )
}
SCALES = (
    "hundred|thousand|million|billion|trillion|milion|millon|bilion|billon|bn|tn|trn|bln|mln|mn|m|k"
    "|lakhs?|crores?|cents|US cents"
)
# "$4.24-billion", as some outlets write it, and "a 63,000-crore deal"; "$13.2 Billion",
# as some headline-case it.
LONG_SCALES = "(?i:thousand|million|billion|trillion|crores?|lakhs?)"
# "1/4", "2 1/2", "1-1/4": halves, quarters, eighths
FRACTION_RE = r"(?:\d{1,3}[ -])?[1-7][/\u2044][248]"
SHARE = r"[\s-]?(?:%|per[ -]?cent\b|pct\b|pc\b|percentage[ -]points?\b)"  # "25-per-cent" too

_SCALE = {
    "hundred": 1e2,  # "the 45 hundred passengers" are 4,500
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    # As the wires and the financial press abbreviate them: "$3tn", "$4.5 bln", "200 mln".
    "mn": 1e6,
    "mln": 1e6,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    # As South Asian outlets count: "Rs 2 lakh" is 200,000, "Rs 1.5 crore" 15 million.
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    # A sum in cents is one in dollars or euros: "50 cents a share" is "$0.50", as are
    # "50 US cents".
    "cents": 0.01,
    "us cents": 0.01,
    # As typed in a hurry: "$127.5 milion".
    "milion": 1e6,
    "millon": 1e6,
    "bilion": 1e9,
    "billon": 1e9,
}

UNIT_ABBREVIATIONS = {
    "GB": "gigabytes",
    "MB": "megabytes",
    "TB": "terabytes",
    "KB": "kilobytes",
    "GHz": "gigahertz",
    "MHz": "megahertz",
    "mAh": "milliampere-hours",
    # A weight as wire copy shortens it: "5,000 lb (2,200 kg)".
    "lb": "pounds",
    "lbs": "pounds",
}
_SPACED_THOUSANDS = re.compile(r"(?<=\d)[ \u00a0\u2009\u202f](?=\d{3}\b)")
PLAIN_VALUE = re.compile(r"\d+(?:\.\d+)?")
VULGAR = re.compile(r"[\u00bc-\u00be\u2150-\u215e]")


def vulgar_key(word: str) -> str:
    """ "½" is 0.5 and "2½" 2.5: NFKC would make them "1⁄2" and "21⁄2"."""
    whole = re.match(r"\d*", word).group()  # type: ignore[union-attr]
    part = sum(unicodedata.numeric(c) for c in word if VULGAR.match(c))
    return f"{(int(whole) if whole else 0) + part:.15g}"


@lru_cache(maxsize=16384)
def number_value(words: str) -> str | None:
    """The value of a number written in words, as a key: "three hundred" is "300".

    "one" alone is not a number (it is a pronoun as often as not); text2num
    does the reading, so "one hundred and five" and "fifteen hundred" work.
    """
    # Callers pass words as a token gives them: letters, spaces and hyphens, no look-alikes.
    low = " ".join(words.lower().replace("-", " ").split())
    share = re.search(rf"{SHARE}$", low)
    if share:
        low = low[: share.start()].strip()
    if share and low in ("one", "a one"):
        return "1%"  # "(a) one percentage point", "one per cent": a share, never a pronoun
    if low == "one" or not re.fullmatch(rf"(?:an? )?(?:(?:{NUMBER_WORDS}|and)\s?)+", low):
        return None
    if low.startswith(("a ", "an ")):
        low = "one " + low.partition(" ")[2]
    try:
        # text2num reads no trillions: "five trillion" is five of them.
        head, trillions, rest = low.rpartition(" trillion")
        whole = bool(trillions) and not rest
        value = text2num(head, "en") * 10**12 if whole else text2num(low, "en")
    except ValueError:
        return None
    return f"{value}{'%' if share else ''}"


_DIGITS = re.compile(r"[\d.,:]+")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d\d)+,\d{3}")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_DECIMAL = re.compile(r"\d+\.\d+")


# A time on the 24-hour clock: "03:00", or "06.38" with a full stop as British timetables
# write it ("the 06.38 Aberdeen to Glasgow"): no decimal has a nought before its units.
_CLOCK = re.compile(r"\d{2}:\d{2}(?::\d{2})?|0\d\.[0-5]\d")


def digits_key(word: str) -> str:
    """3.5%, 3.5 per cent, 3,000,000, 3 million and 3m: one key each."""
    # "4 000" (thousands set apart by a space) is 4000; ".11" (no leading zero) is 0.11.
    word = _SPACED_THOUSANDS.sub("", word)
    # "03:00" on the 24-hour clock is the 3:00 of "0300 GMT" and "3am".
    if _CLOCK.fullmatch(word):
        word = word.replace(".", ":")
        return word[1:] if word[0] == "0" else word
    number = _DIGITS.match(word).group()  # type: ignore[union-attr]
    rest = word[len(number) :].strip(" -").lower()
    if number.startswith("."):
        number = "0" + number
    # Thousands as most write them, or lakhs and crores as Indian outlets do: "7,50,000"
    # is 750,000 and "1,20,00,000" is 12 million.
    if _THOUSANDS.fullmatch(number):
        number = number.replace(",", "")
    if rest in ("st", "nd", "rd", "th"):
        return number + "th"  # an ordinal: a position, never the same as a count
    elif rest in _SCALE and _DECIMAL_COMMA.fullmatch(number):
        number = number.replace(",", ".")  # "€3,1-billion": a decimal comma, as some write it
    if _DECIMAL.fullmatch(number):
        number = f"{float(number):.15g}"  # 3.0 is 3, 3.50 is 3.5
    if rest in _SCALE:
        try:
            if rest == "hundred" and float(number) >= 100:
                return number  # "Some 600 hundred workers": a slip, as no one counts so
            return f"{float(number) * _SCALE[rest]:.15g}"
        except ValueError:
            return number + rest
    return number + ("%" if rest else "")


ROMAN_FROM = 5
_ROMAN = re.compile(r"(X{0,3})(IX|IV|V?I{0,3})")


def roman(text: str) -> int | None:
    """The value of a Roman numeral of two letters or more, up to 39 ("XVI" is 16)."""
    m = _ROMAN.fullmatch(text)
    if not m or len(text) < 2:
        return None
    tens, ones = m.groups()
    units = {"IX": 9, "IV": 4}.get(ones) or (5 if ones.startswith("V") else 0) + ones.count("I")
    return 10 * len(tens) + units


_MINUTES: dict[str, float] = {
    "minute": 1,
    "min": 1,
    "hour": 60,
    "hr": 60,
    "day": 1440,
    "week": 10080,
}
_MINUTES["fortnight"] = 2 * _MINUTES["week"]
_MINUTES["second"] = 1 / 60  # only after a longer unit: "two hours and 35 seconds"


# Words between a count and its unit that leave the span as long: "four more days", "10
# working days".
SPAN_WORDS = "more|further|additional|extra|working|business|calendar"
_SPAN_PART = re.compile(
    r"(.+?\b(?:minute|min|hour|hr|day|week|fortnight)s?)(?:,?\s+(?:and\s+)?)(?=\S)(.+)$", re.I
)


def duration(text: str) -> float | None:
    """A span of time in minutes: "72-hour" and "three-day" are one span, "28 days" "four weeks",
    and "three hours and 15 minutes" one of 195."""
    if part := _SPAN_PART.match(text.strip()):
        first, rest = duration(part[1]), duration(part[2])
        return first + rest if first is not None and rest is not None else None
    count, _, unit = re.sub(r"[\s-]+", " ", text.strip()).rpartition(" ")
    count = re.sub(rf"(?i) (?:{SPAN_WORDS})$", "", count)
    low = re.sub(r"^an? (?=\S)", "", count.lower())
    if (whole := low.removesuffix(" and a half")) != low:  # "two and a half hours"
        base, one = duration(f"{whole} {unit}"), duration(f"1 {unit}")
        return base + one / 2 if base is not None and one is not None else None
    if low in ("a", "an", "one"):
        value: float | None = 1.0
    elif fraction := re.fullmatch(r"(?:(\d+) )?(\d)/(\d)", low):
        value = int(fraction[1] or 0) + int(fraction[2]) / int(fraction[3])  # "2 1/2 minutes"
    elif low[:1].isdigit():
        value = float(low)
    else:
        words = number_value(low)
        value = float(words) if words and words.isdigit() else None
    per = _MINUTES.get(unit.lower().rstrip("s"))
    return value * per if value is not None and per else None
