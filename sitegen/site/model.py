"""What the site half of sitegen reports and is configured with.

The comparison engine's own data (articles, documents, links, facts) lives in
:mod:`sitegen.engine.model`; this module holds what only the site machinery
needs: settings and the problems a build reports.
"""

from __future__ import annotations

from typing import Literal

from ..engine.model import record

# The file that marks an output folder as sitegen's: the one folder a build may empty.
MARKER = ".sitegen-output"


@record
class Problem:
    """One thing wrong with the input, reported as ``path:line: severity: message``.

    ``line`` is 0 for a problem with no line: a folder, the site as a whole or
    a command-line flag, which is then shown as ``path: severity: message``.
    """

    path: str
    line: int
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line > 0 else self.path
        return f"{where}: {self.severity}: {self.message}"


class BuildError(Exception):
    """The site cannot be built; ``problems`` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@record
class SiteConfig:
    """Settings from ``sitegen.toml``; every field has a default."""

    title: str = "Source comparisons"
    description: str = "How different outlets reported the same events, side by side."
    base_url: str = ""
    output: str = "output"
    cache: bool = True  # keep comparisons in .sitegen-cache/ between builds
