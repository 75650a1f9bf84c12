"""Front matter: the YAML between two ``---`` lines, read safely and explained plainly.

YAML's own messages ("mapping values are not allowed here") say what the
parser met, not what the writer did; :func:`parse` turns the common mistakes
into what to change, at the line where the mistake is, taken from the
parser's positions.  Values keep their node positions, so a later check (a
bad date, say) can name the line of its key without reading the file again.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import yaml


def _timestamp(loader: Any, node: yaml.ScalarNode) -> Any:
    """YAML's safe loader reads dates, except that an impossible one stays text.

    The safe loader turns ``2026-02-30`` into a ``ValueError`` that is no
    ``YAMLError``; as text it reaches the date check, which names its line.
    """
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, TypeError, AttributeError, OverflowError):
        return loader.construct_scalar(node)


class _Loader(yaml.SafeLoader):
    pass


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)

# libyaml's parser reads front matter some eight times faster, which counts
# at thousands of articles; any text it refuses goes to the pure-Python
# parser, whose errors the messages below explain.
_FastLoader: Any = None
if getattr(yaml, "__with_libyaml__", False):

    class _CLoader(yaml.CSafeLoader):
        pass

    _CLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
    _FastLoader = _CLoader


class FrontMatterError(Exception):
    """Front matter that cannot be read; ``line`` is the file line of the mistake."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass
class FrontMatter:
    """The fields of a file's front matter, the line of each key, and the body."""

    meta: dict[Any, Any]
    body: str
    body_line: int
    lines: dict[str, int] = field(default_factory=dict)

    def line(self, key: str) -> int:
        """The file line of ``key`` (of the front matter's first line when it is absent)."""
        return self.lines.get(key, 1)


def parse(text: str, *, fast: bool = True) -> FrontMatter:
    """Split ``text`` into front matter and body; :class:`FrontMatterError` if it cannot.

    ``fast=False`` reads it with the pure-Python parser alone, as every text libyaml
    refuses is read: the two must agree.
    """
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise FrontMatterError(1, "missing YAML front matter (a first line of ---)")
    closing = next((n for n, line in enumerate(lines[1:], 1) if line.strip() == "---"), None)
    if closing is None:
        raise FrontMatterError(1, "front matter is never closed by a line of ---")
    yaml_lines = lines[1:closing]
    loaded = _fast(yaml_lines) if fast else None
    if loaded is not None:
        node, meta = loaded
        return _front(node, meta, lines, closing)
    loader: _Loader | None = None
    try:
        loader = _Loader("\n".join(yaml_lines))  # checks every character already
        node = loader.get_single_node()
        meta = loader.construct_document(node) if node is not None else {}
    except yaml.YAMLError as exc:
        line, reason = _explain(exc, yaml_lines)
        raise FrontMatterError(line, f"bad YAML front matter: {reason}") from exc
    except RecursionError as exc:
        raise FrontMatterError(2, "front matter nested too deeply to read") from exc
    finally:
        if loader is not None:
            loader.dispose()
    return _front(node, meta, lines, closing)


def _fast(yaml_lines: list[str]) -> tuple[Any, Any] | None:
    """Node and value of the front matter read by libyaml; None to read it the slow way."""
    text = "\n".join(yaml_lines)
    if _FastLoader is None or yaml.reader.Reader.NON_PRINTABLE.search(text):
        return None  # the pure-Python reader refuses these characters, and says where
    loader = _FastLoader(text)
    try:
        node = loader.get_single_node()
        return node, loader.construct_document(node) if node is not None else {}
    except (yaml.YAMLError, RecursionError, ValueError, TypeError):
        return None
    finally:
        loader.dispose()


def _front(node: Any, meta: Any, lines: list[str], closing: int) -> FrontMatter:
    if meta is None:
        meta = {}
    if not isinstance(meta, dict) or not isinstance(node, (yaml.MappingNode, type(None))):
        raise FrontMatterError(
            2, "front matter must be lines of key: value (such as title: Bridge closed)"
        )
    key_lines: dict[str, int] = {}
    for key_node, _ in node.value if node is not None else ():
        if isinstance(key_node, yaml.ScalarNode):
            # The YAML text starts on the file's second line.
            key, line = str(key_node.value), key_node.start_mark.line + 2
            if key in key_lines:
                # YAML keeps the last silently: a title pasted twice would change without a word.
                raise FrontMatterError(
                    line, f"{key!r} is given twice (first on line {key_lines[key]}): keep one"
                )
            key_lines[key] = line
    body = "\n".join(lines[closing + 1 :])
    return FrontMatter(meta, body, closing + 2, key_lines)


def _explain(exc: yaml.YAMLError, yaml_lines: list[str]) -> tuple[int, str]:
    """The file line and a plain-words message for a YAML error."""
    problem = getattr(exc, "problem", None) or ""
    context = getattr(exc, "context", None) or ""
    mark = getattr(exc, "problem_mark", None)
    opened = getattr(exc, "context_mark", None)

    def at(m: Any) -> int:
        return m.line + 2 if m is not None else 1

    def text_at(m: Any) -> str:
        return yaml_lines[m.line] if m is not None and m.line < len(yaml_lines) else ""

    if isinstance(exc, yaml.reader.ReaderError):
        return 1, "front matter holds a character YAML cannot read (a NUL or control character)"
    if problem == "mapping values are not allowed here":
        line = text_at(mark)
        key = re.match(r"\s*([^:\s][^:]*):\s", line)
        if line[:1].isspace():
            return at(mark), "this line is indented: start each key at the beginning of the line"
        if mark is not None and mark.column == line.find(":"):
            # The first colon of a well-made line: the line before ran on into it.
            before = next((n for n in range(mark.line - 1, -1, -1) if yaml_lines[n].strip()), None)
            if before is not None and ":" not in yaml_lines[before]:
                return before + 2, "this line needs a colon after its key (key: value)"
        name = key.group(1).strip() if key else "title"
        return at(mark), (
            f"the value of {name!r} holds a colon followed by a space; put the whole value in "
            f'quotes: {name}: "{line.split(":", 1)[-1].strip()}"'
        )
    if "while scanning a quoted scalar" in context:
        return at(opened), "a quote opened on this line is never closed"
    if problem.startswith("could not find expected ':'"):
        return at(opened), "this line needs a colon after its key (key: value)"
    if "flow sequence" in context or "flow mapping" in context or "flow node" in context:
        return at(opened), (
            "a [ or { opened on this line is never closed; to start a value with [ or {, "
            "put the whole value in quotes"
        )
    if "cannot start any token" in problem:
        char = re.search(r"character '(.+?)'", problem)
        found = char.group(1) if char else "?"
        if found == "\\t":
            return at(mark), "a tab: indent with spaces, or better, not at all"
        return at(mark), (f"a value cannot start with {found}; put the whole value in quotes")
    if "could not determine a constructor" in problem:
        return at(mark), "a YAML tag (!!...) sitegen does not read: remove it"
    if "found undefined alias" in problem:
        return at(mark), (
            "a value cannot start with * (YAML reads it as a reference); "
            "put the whole value in quotes"
        )
    if "found unhashable key" in problem:
        return at(mark), "a key must be a plain word, such as title"
    if problem.startswith("expected <block end>") and re.search(r"['\"]", text_at(mark)):
        return at(mark), (
            "text goes on after a closing quote; put the whole value in double quotes "
            "(inside single quotes, write a ' twice: 'it''s')"
        )
    return at(mark or opened), problem or str(exc).splitlines()[0]


def unknown_field(key: object, known: Iterable[str]) -> str:
    """The warning for a field sitegen does not read, suggesting the closest known one."""
    import difflib  # only for a mistake: no build without one pays for it

    names = sorted(known)
    close = difflib.get_close_matches(str(key), names, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]!r}?" if close else f"known: {', '.join(names)}"
    return f"unknown field {str(key)!r} is ignored ({hint})"


def iso_date(value: Any) -> str:
    """A date or date-time (from YAML, or text) as ISO 8601 text; ValueError if it is none.

    ``sitegen import --published`` checks its flag with this too, so an article
    it writes always loads.
    """
    if isinstance(value, dt.date):  # a datetime is a date too
        return value.isoformat()
    if not isinstance(value, str):
        raise ValueError("not text")
    text = value.strip()
    if len(text) == 10:
        return dt.date.fromisoformat(text).isoformat()
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00")).isoformat()
