"""How many instructions comparing the labelled and example events costs (callgrind).

Seconds on a shared machine move from run to run; instructions counted by
``valgrind --tool=callgrind`` do not, for the same code, inputs and
environment.  So the engine's cost is held to its limit in instructions:

    .venv/bin/python benchmarks/instructions.py [--tree DIR] [--cached] [--out FILE]

One Python process, run under callgrind with ``PYTHONHASHSEED=0``, imports the
engine of ``--tree`` (default: this checkout) and compares every event under
``tests/pairs/`` and ``content/`` of that tree, as ``sitegen build`` would,
without rendering or writing.  By default no bytecode is read or written, so
the figure includes compiling sitegen's source (as on a machine that sets
``PYTHONDONTWRITEBYTECODE``); ``--cached`` compiles the tree first and counts
a run that reads the bytecode, as a user's second run does.  The total is
printed in millions of instructions (M); ``--out`` keeps callgrind's file for
``callgrind_annotate``.  A run takes under a minute on the development machine
(callgrind is some fifty times slower than the bare interpreter).

To compare two engines, measure both trees in one session, e.g. a
``git worktree`` of the older commit beside this checkout.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs inside the measured process: only the tree under test is importable.
DRIVER = """
import sys
from pathlib import Path
tree = Path(sys.argv[1])
sys.path.insert(0, str(tree))
from sitegen.engine.comparison import compare
from sitegen.site.loader import load_event
folders = sorted(p for p in (tree / "tests" / "pairs").iterdir() if p.is_dir())
folders += sorted(p for p in (tree / "content").iterdir() if p.is_dir())
for folder in folders:
    problems = []
    event = load_event(folder, tree, problems)
    if event is None:
        sys.exit(f"{folder}: " + "; ".join(str(p) for p in problems))
    compare(event)
print(len(folders))
"""

_TOTALS = re.compile(r"^(?:summary|totals):\s+(\d+)", re.MULTILINE)


def measure(tree: Path, *, cached: bool, out: Path | None) -> tuple[int, int]:
    """Instructions and the number of events compared, for the engine in ``tree``."""
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install -y valgrind)")
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONPYCACHEPREFIX", None)
    with tempfile.TemporaryDirectory() as scratch:
        # A copy without bytecode: Python reads a module's cached bytecode even where it
        # writes none, so the tree's own __pycache__ would hide the compile.
        copy = Path(scratch) / "tree"
        skip = shutil.ignore_patterns("__pycache__")
        for part in ("sitegen", "tests/pairs", "content"):
            shutil.copytree(tree / part, copy / part, ignore=skip)
        if cached:
            subprocess.run(
                [sys.executable, "-m", "compileall", "-q", str(copy / "sitegen")], check=True
            )
            env.pop("PYTHONDONTWRITEBYTECODE", None)
        else:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        target = out or Path(scratch) / "callgrind.out"
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={target}", sys.executable]
        if not cached:
            cmd.append("-B")
        done = subprocess.run(
            [*cmd, "-c", DRIVER, str(copy)], env=env, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            raise SystemExit(done.stderr.strip()[-2000:] or f"callgrind exited {done.returncode}")
        found = _TOTALS.search(target.read_text(encoding="utf-8", errors="replace"))
        if found is None:
            raise SystemExit(f"no instruction total in {target}")
        return int(found.group(1)), int(done.stdout.split()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Count the instructions comparing the labelled and example events costs.",
        epilog="Figures are in millions of instructions (M), PYTHONHASHSEED=0.",
    )
    parser.add_argument(
        "--tree", type=Path, default=ROOT, help="the checkout to measure (default: this one)"
    )
    parser.add_argument(
        "--cached", action="store_true", help="count a run that reads compiled bytecode"
    )
    parser.add_argument("--out", type=Path, help="keep callgrind's output file here")
    args = parser.parse_args(argv)
    tree = args.tree.resolve()
    missing = [p for p in ("sitegen/engine", "tests/pairs", "content") if not (tree / p).is_dir()]
    if missing:
        parser.error(f"{tree} is no sitegen checkout: it has no {', '.join(missing)}")
    total, events = measure(tree, cached=args.cached, out=args.out)
    kind = "bytecode cached" if args.cached else "source compiled"
    print(f"{tree}: {events} events, {total / 1e6:,.0f} M instructions ({kind})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
