"""Site settings: ``sitegen.toml``, every key optional."""

from __future__ import annotations

import re
from pathlib import Path

from .checks import Unreadable, output_problem, read_text, site_areas
from .model import Problem, SiteConfig

CONFIG_FIELDS = {"title", "description", "base_url", "output", "cache"}
SWITCHES = {"cache"}  # settings that are true or false, not text


def load_config(root: Path, problems: list[Problem]) -> SiteConfig:
    """Read ``sitegen.toml`` if there is one; defaults fill what it leaves out."""
    path = root / "sitegen.toml"
    if not path.exists():
        return SiteConfig()
    # Imported here, as difflib below: a site without a sitegen.toml, or without a
    # mistake in it, never needs them, and every build and rebuild would pay for them.
    import tomllib

    try:
        text = read_text(path, "sitegen.toml", site_areas(root))
        data = tomllib.loads(text)
    except Unreadable as exc:
        problems.append(Problem("sitegen.toml", 1, str(exc)))
        return SiteConfig()
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        problems.append(Problem("sitegen.toml", int(line.group(1)) if line else 1, str(exc)))
        return SiteConfig()
    site_table = data.get("site")
    if isinstance(site_table, dict):
        data = site_table
    values: dict[str, str | bool] = {}
    for key, value in data.items():
        if key not in CONFIG_FIELDS:
            import difflib

            close = difflib.get_close_matches(key, sorted(CONFIG_FIELDS), n=1, cutoff=0.6)
            hint = (
                f"did you mean {close[0]!r}?"
                if close
                else f"known: {', '.join(sorted(CONFIG_FIELDS))}"
            )
            problems.append(
                Problem(
                    "sitegen.toml",
                    _toml_line(text, key),
                    f"unknown setting {key!r} is ignored ({hint})",
                    "warning",
                )
            )
        elif key in SWITCHES:
            if isinstance(value, bool):
                values[key] = value
            else:
                at = _toml_line(text, key)
                problems.append(Problem("sitegen.toml", at, f"{key} must be true or false"))
        elif not isinstance(value, str):
            problems.append(Problem("sitegen.toml", _toml_line(text, key), f"{key} must be text"))
        else:
            values[key] = value
    config = SiteConfig(**values)  # type: ignore[arg-type]
    problem = output_problem(root, config.output)
    if problem:
        problems.append(Problem("sitegen.toml", _toml_line(text, "output"), f"output {problem}"))
        config = SiteConfig(**{**values, "output": "output"})  # type: ignore[arg-type]
    return config


def _toml_line(text: str, key: str) -> int:
    for n, line in enumerate(text.splitlines(), 1):
        if re.match(rf"\s*{re.escape(key)}\s*=", line):
            return n
    return 1
