"""Front matter read by libyaml (fast) and by the pure-Python parser (with the errors) agree."""

from __future__ import annotations

import pytest

from sitegen.site.frontmatter import FrontMatterError, parse
from tests.conftest import ROOT

CASES = [
    "---\nsource: Northern Wire\ntitle: Bridge closed\n---\nText.\n",
    "---\ntitle: 'Quoted: with a colon'\npublished: 2026-03-14T06:15:00Z\n---\nText.\n",
    "---\ndate: 2026-02-30\ntags: [a, b]\n---\n",  # an impossible date stays text
    "---\ntitle: Київ\nsummary: >\n  folded\n  text\n---\nBody\n",
    "---\na: &x 1\nb: *x\n---\n",
    "---\n---\nno fields\n",
    "---\n- a list\n---\n",
    "---\ntitle: bad: colon\n---\n",
    "---\ntitle: 'unclosed\n---\n",
    "---\ntitle: \x07bell\n---\n",
    "---\ntitle:\tx\n\tmore\n---\n",
]


def both(text: str) -> tuple[object, object]:
    def read(fast: bool) -> object:
        try:
            found = parse(text, fast=fast)
        except FrontMatterError as exc:
            return ("error", exc.line, exc.message)
        return (found.meta, found.body, found.body_line, found.lines)

    return read(True), read(False)


@pytest.mark.parametrize("text", CASES)
def test_fast_and_slow_parsers_agree(text: str) -> None:
    fast, slow = both(text)
    assert fast == slow


def test_they_agree_on_every_article_of_the_example_site_and_tests() -> None:
    paths = [*ROOT.glob("content/**/*.md"), *ROOT.glob("tests/**/*.md")]
    assert paths
    for path in paths:
        fast, slow = both(path.read_text(encoding="utf-8", errors="replace"))
        assert fast == slow, path
