"""Date stamps: when a page says its story was published or updated.

A stamp stands alone on a line ("Updated: Tue 3 Mar, 14:32", "5 hours ago"), opens the
line under a byline ("on May 04, 2010 at 2:50 AM"), or is glued to the end of a standfirst;
a full date anywhere in a line marks it as no headline.  Where a story was filed, its
dateline, is in :mod:`sitegen.importer.datelines`.
"""

from __future__ import annotations

import re

# A day of the week, as part of a pattern: "Thursday", "thursday".
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# A day with its month and year, written out: "July 30, 2024", "30 July 2024".
DAY_DATE = rf"(?:{_DAY}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+{_DAY},?\s+\d{{4}})"
_DAY_NAME = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_WEEKDAY = rf"(?:{_DAY_NAME},?\s+)"
_DATE = (
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
    rf"|{_DAY}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+{_DAY},?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}"
    rf"|\d{{1,2}}-\d{{1,2}}-(?:\d{{4}}|\d{{2}}))"  # "9-30-04 - WHITEHOUSE STATION, N.J. (AP) -"
)
_ZONE = r"(?:gmt|bst|utc|cet|cest|est|edt|et|pst|pdt|pt|cst|cdt|ist|aest|aedt|jst)(?:[+-]\d{1,2})?"
# ... or the country whose time it is, after a comma: "Saturday 17 May 2025 18:37, UK".
_COUNTRY_TIME = r"(?:,\s*uk\b)"
# ... "14:32", "2.50pm", "3 p.m." (an hour alone only with its half of the day)
_TIME = (
    r"\d{1,2}(?:[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|\s*(?:am|pm|a\.m\.|p\.m\.))"
    rf"(?:\s+{_ZONE}|{_COUNTRY_TIME})?"
)
_AGO = r"\d+\s*(?:mins?|minutes?|hrs?|hours?|days?|weeks?)\s+ago"
_STAMP_LABEL = (
    r"(?:(?:page|story|article)\s+)?"  # "Page last updated at 01:32 GMT, Monday, 25 January 2010"
    r"(?:date[ds]?|dateline|published|posted|updated|last updated?|first published|modified"
    r"|last modified)(?:\s+(?:on|at))?\s*[:\-–—,]?\s*"
)
STAMP = re.compile(
    # ... "on May 04, 2010 at 2:50 AM, updated May 04, 2010 at 3:40 AM" under a byline: in
    # small letters "on" opens no sentence.
    rf"^(?:(?-i:on)\s+)?(?:{_STAMP_LABEL})?{_WEEKDAY}?(?:{_TIME}[\s,]*(?:on\s+)?)?{_WEEKDAY}?{_DATE}"
    rf"(?:[\s,]*(?:at\s+|[-–—|·•]\s*)?{_TIME})?"
    rf"|^{_STAMP_LABEL}(?:{_TIME}|{_AGO})|^{_AGO}|^\d+ min(?:ute)?s?\.? read"
    # ... and the day it gives after such a stamp, its year left out, before a colon:
    # "UPDATED, 11:11 a.m., Friday, Dec. 29: At least 12 people were killed".
    rf"|^{_WEEKDAY}{_MONTH}\s+{_DAY}(?=:)"
    r"|^reading time\s*:?\s*\d+ min(?:ute)?s?\b"  # "Reading Time: 2 minutes"
    # ... the hour, the day and a year in two figures: "10:20 AM, Sat - 7 October 23".
    rf"|^{_TIME},?\s+{_DAY_NAME}\s*[-–—]\s*{_DAY}\s+{_MONTH}\s+\d{{2}}$"
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
# ... and one that reads as a sentence, a time and a day and nothing more: "Updated: 4:50
# p.m. on March 14.", "Posted April 12, 2024 8:41 pm."
_CLOCK_PART = r"(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s*[A-Z]{2,4})?"
_DAY_PART = r"(?:on\s+)?[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?"
TIMED_STAMP = re.compile(
    rf"^(?:updated|published|posted|last updated?)\s*:?\s*(?:{_CLOCK_PART}(?:,?\s*{_DAY_PART})?"
    rf"|{_DAY_PART}(?:,?\s*{_CLOCK_PART})?)\.?$",
    re.IGNORECASE,
)
