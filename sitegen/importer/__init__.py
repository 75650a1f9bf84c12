"""``sitegen import``: articles as users have them (saved pages, copied text, URLs) made
into content files.

The stages, in the order a page meets them: :mod:`.article` reads a page or a file and
writes the content file; HTML goes through trafilatura and then :mod:`.htmlclean`, plain
text through :mod:`.cleantext`, which joins the lines the page broke (:mod:`.paragraphs`),
reads what each line is (:mod:`.lineshape`) and what it is beside the lines around it
(:mod:`.neighbours`), where the story starts (:mod:`.storystart`,
its datelines in :mod:`.datelines`) and where it ends (:mod:`.storyend`), and what the page
gives twice (:mod:`.doubles`); the lines of page furniture both leave out are in
:mod:`.furniture`, which gathers them by theme: the page's appeals (:mod:`.appeals`), links
to other stories (:mod:`.links`), credits (:mod:`.credits`), a picture's captions
(:mod:`.captions`), and date stamps in :mod:`.stamps`; a picture's credit, label and file
name, read where a line stands, are in :mod:`.picturecredits`.
"""

from .article import (
    MAX_PAGE_BYTES,
    Imported,
    ImportFailed,
    check_date,
    check_url,
    fetch,
    from_html,
    from_text,
    is_cruft,
    looks_like_html,
    with_fallbacks,
    with_overrides,
    write_article,
)

__all__ = [
    "MAX_PAGE_BYTES",
    "ImportFailed",
    "Imported",
    "check_date",
    "check_url",
    "fetch",
    "from_html",
    "from_text",
    "is_cruft",
    "looks_like_html",
    "with_fallbacks",
    "with_overrides",
    "write_article",
]
