"""Spans of time and times of day, read as the points they name.

"The first semi-final in 32 years" written in 2026 reaches back to 1994, as
"since 1994" does; "for three years" in the perfect reaches back to 2023; a
time of day is one figure however it is written ("3.41am", "3:41 a.m.").
Tokens (:mod:`.text`) take these keys, so every comparison sees the point, not
the wording.  Only spans whose words say they reach back are read so: "in five
years" ahead, or "the fourth minister in five years", stay counts.
"""

from __future__ import annotations

import re

# "the first ... in 32 years", "the highest in 127 years": a span that reaches back from the
# article's date to a year, as "since 1994" does.
_RECORD = re.compile(
    r"\b(?:first|highest|lowest|biggest|largest|worst|best|deadliest|longest|strongest|"
    r"heaviest|wettest|hottest|coldest|driest)\b[^,;:.]{0,60}\b(?:in|for)\s+"
    r"(?:(?:more\s+than|at\s+least|over|nearly|almost|about|around)\s+)?$",
    re.I,
)
# "He had held the brief for (the last) three years": a span in the perfect ends at the
# article's date.
# A "to" or a modal between ("has promised to freeze fares for two years") looks ahead, and
# a sentence served ("has been jailed for three years") is not a span already passed.
_PERFECT = re.compile(
    r"\b(?:has|have|had)\b(?:(?!\b(?:to|will|would|could|should|may|might|must)\b)[^,;:.])"
    r"{0,60}\bfor\s+(?:the\s+(?:last|past)\s+)?$",
    re.I,
)
_SERVED = re.compile(r"\b(?:jail|prison|sentence|ban|suspen|bar|imprison|detain)\w*", re.I)
# "ending Gerald Pym's eight years in charge", "after 14 years in power": years in a post
# that end now.
_TENURE = re.compile(r"^\s+(?:in\s+(?:charge|office|power|post|the\s+job)|as)\b", re.I)
_HOLDER = re.compile(r"(?:['’]s|\bafter)\s+$", re.I)


def reaches_back(sentence: str, start: int, end: int) -> bool:
    """Whether "N years" at ``sentence[start:end]`` reaches back to a year before the article."""
    before = sentence[:start]
    if _RECORD.search(before):
        return True
    perfect = _PERFECT.search(before)
    if perfect and not _SERVED.search(perfect.group()):
        return True
    return bool(_HOLDER.search(before)) and bool(_TENURE.match(sentence[end:]))


def clock(text: str) -> str:
    """A time of day on the 24-hour clock: "3.41am" and "3:41 a.m." are 3:41, "7pm" 19:00,
    "20h50" 20:50."""
    if (on_24 := re.fullmatch(r"(\d{1,2})h(\d{2})", text)) is not None:
        return f"{int(on_24.group(1))}:{on_24.group(2)}"  # "20h50"
    found = re.match(r"(\d{1,2})(?:[:.](\d{2}))?", text)
    assert found is not None
    hour, minute = int(found.group(1)) % 12, found.group(2) or "00"
    if "p" in text[found.end() :].lower():
        hour += 12
    return f"{hour}:{minute}"


# Minutes of a match told from its ends: "nine minutes from time" is the 81st minute,
# "ten minutes after the break" the 55th, "two minutes into added time" the 92nd.
_FROM_END = re.compile(
    r"^\s*(?:(?:left|remaining|to\s+go|to\s+play)\b"
    r"|of\s+(?:normal\s+time|the\s+(?:game|match)|play)\s+(?:left|remaining)\b|"
    r"(?:from|before)\s+(?:the\s+)?(?:time|full[- ]?time|the\s+end|final\s+whistle)\b)",
    re.I,
)
_AFTER_BREAK = re.compile(
    r"^\s*(?:after|into)\s+(?:the\s+)?(?:break|second\s+(?:half|period)|restart|interval)\b", re.I
)
_BEFORE_BREAK = re.compile(
    r"^\s*(?:before|from)\s+(?:the\s+)?(?:half[- ]?time|break|interval)\b", re.I
)
_ADDED = re.compile(r"^\s*into\s+(?:added|stoppage|injury)[- ]time\b", re.I)
FULL_TIME = 90
HALF_TIME = 45


def match_minute(minutes: float, after: str) -> int | None:
    """The minute of a match that "N minutes" followed by ``after`` names, if it names one."""
    if minutes != int(minutes) or not 0 < minutes <= HALF_TIME:
        return None
    n = int(minutes)
    if _FROM_END.match(after):
        return FULL_TIME - n
    if _AFTER_BREAK.match(after):
        return HALF_TIME + n
    if _BEFORE_BREAK.match(after):
        return HALF_TIME - n
    if _ADDED.match(after):
        return FULL_TIME + n
    return None
