"""sitegen: compare how different outlets reported one event, as a static site.

The library API, one call per pipeline stage::

    from sitegen import load_site, compare, render_site, build
    from sitegen.segment import segment
    from sitegen.align import align_pair
    from sitegen.diff import word_diff
    from sitegen.facts import find_facts
"""

from .build import BuildResult, build
from .compare import compare, to_json
from .loader import Site, load_site
from .model import (
    Article,
    BuildError,
    Comparison,
    Document,
    Event,
    Fact,
    Link,
    Problem,
    SiteConfig,
)
from .render import render_site

__version__ = "0.1.0"

__all__ = [
    "Article",
    "BuildError",
    "BuildResult",
    "Comparison",
    "Document",
    "Event",
    "Fact",
    "Link",
    "Problem",
    "Site",
    "SiteConfig",
    "__version__",
    "build",
    "compare",
    "load_site",
    "render_site",
    "to_json",
]
