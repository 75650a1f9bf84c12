"""Checks on the fields of front matter, each reported at its key's line."""

from __future__ import annotations

import re
from typing import Any

from .frontmatter import FrontMatter, iso_date, unknown_field
from .model import Problem


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be an article's link, or None; ``sitegen import --url`` uses it too."""
    if not re.match(r"https?://[^\s/]", url, re.IGNORECASE) or any(c.isspace() for c in url):
        return "url must start with http:// or https:// and hold no spaces"
    return None


def check_fields(
    meta: dict[Any, Any], known: set[str], rel: str, problems: list[Problem], front: FrontMatter
) -> None:
    """A warning for each field sitegen does not read, with the closest known one."""
    for key in meta:
        if key not in known:
            problems.append(
                Problem(rel, front.line(str(key)), unknown_field(key, known), "warning")
            )


def check_text(
    meta: dict[Any, Any], key: str, rel: str, problems: list[Problem], front: FrontMatter
) -> bool:
    """A field shown as text must be one: a list or mapping there is a mistake,
    reported (and the field dropped); whether the field is fine."""
    value = meta.get(key)
    if isinstance(value, (list, dict, set, tuple, bytes)):
        problems.append(
            Problem(
                rel,
                front.line(key),
                f"{key} must be text, not a {_kind(value)} (put it in quotes)",
            )
        )
        meta.pop(key)
        return False
    return True


def _kind(value: object) -> str:
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "mapping"
    return "binary value" if isinstance(value, bytes) else "value"


def event_tags(
    value: Any, rel: str, problems: list[Problem], front: FrontMatter | None
) -> tuple[str, ...]:
    """An event's tags: a list of words, or words separated by commas."""
    if value is None or front is None:
        return ()
    if isinstance(value, str):
        return tuple(t.strip() for t in value.split(",") if t.strip())
    if isinstance(value, list) and all(
        isinstance(t, (str, int, float)) and not isinstance(t, bool) for t in value
    ):
        return tuple(str(t).strip() for t in value if str(t).strip())
    problems.append(
        Problem(
            rel,
            front.line("tags"),
            f"tags must be a list of words, such as tags: [transport, maritime], "
            f"not {_shown(value)}",
        )
    )
    return ()


def _shown(value: Any) -> str:
    if isinstance(value, (list, dict)):
        return f"a {_kind(value)} of other things"
    return repr(value)[:40]


DATE_HINT = "use YYYY-MM-DD or YYYY-MM-DDTHH:MM"


def date_text(
    value: Any, key: str, rel: str, problems: list[Problem], front: FrontMatter
) -> str | None:
    """``value`` as ISO 8601 text, or None with an error at ``key``'s line."""
    try:
        return iso_date(value)
    except (ValueError, OverflowError):
        text = str(value).strip() if isinstance(value, (str, int, float)) else _shown(value)
        problems.append(
            Problem(
                rel,
                front.line(key),
                f"{key} {text!r} is not a date ({DATE_HINT})",
            )
        )
        return None
