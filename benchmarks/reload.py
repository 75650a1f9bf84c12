"""Time from saving an article to the browser showing the new page, under `sitegen serve --watch`.

Usage: .venv/bin/python benchmarks/reload.py [--events 1000] [--edits 20] [--phases]
                                             [--generator reload|speed] [--sites DIR]
                                             [--only example|generated]

For the bundled example site and for a generated site of ``--events`` events,
this starts ``sitegen serve --watch`` in a temporary folder, opens an event
page in headless Chromium (Debian's, through Playwright), then saves one of
its articles ``--edits`` times as editors do (a temporary file renamed over
the real one).  Each edit puts a new marker word in the text; the time
counted runs from just before the save to the moment the reloaded page's
DOMContentLoaded fires with the marker in it (timestamped in the page).
Prints median and p90 per site, and the server's own rebuild times.

``--phases`` runs the server with a timestamp at each step (the watcher's
first event, the end of the quiet period, the build's load, compare, render
and write, the message to the page) and reads the browser's navigation
timing, then prints the median of each step, to show where the time goes.
``--generator speed`` makes the big site with ``benchmarks/generate.py`` (the
sites of ``benchmarks/speed.py``: 300 to 1,500 words an article) instead of
this script's own (about 300).  ``--sites DIR`` generates the sites there and
keeps them, so a second run starts from a built site and its cache.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]

PLACES = ["Port Calder", "Ardlow", "Brennock", "Aldmark", "Hallam", "Marlow", "Tarn", "Greywick"]
PEOPLE = ["Helena Voss", "Ellen Kruger", "Tomas Reyes", "Amira Haddad", "Colin Ashworth"]
PEOPLE += ["Fiona Calloway", "Priya Nair", "Owen Marsh", "Lena Brandt", "Rui Santos"]
THINGS = ["bridge", "power station", "ferry terminal", "hospital", "rail depot", "dam"]
THINGS += ["warehouse", "school", "market hall", "stadium", "water works", "harbour wall"]
OUTLETS = ["Northern Wire", "Harbour Gazette", "Coastal Broadcasting", "Meridian Press"]
OUTLETS += ["National Ledger", "Valley Echo"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _facts(rng: random.Random, place: str, thing: str, who: str) -> list[str]:
    """Sentences about one event; each outlet words some of them its own way."""
    n = rng.randint
    return [
        f"A fire broke out at the {thing} in {place} on {rng.choice(DAYS)} night, officials said.",
        f"{n(2, 90)} people were taken to hospital, according to police.",
        f"{who} said the {thing} would stay closed for at least {n(2, 9)} days.",
        f"Crews worked through the night to contain the damage at the {thing}.",
        f"Residents of {place} were told to keep their windows shut until further notice.",
        "The cause of the incident is not yet known, and an inquiry has been opened.",
        f"Local businesses said they expected losses of about {n(1, 40)} million.",
        f'"We have never seen anything like this," said {rng.choice(PEOPLE)}, who lives nearby.',
        f"Roads around the {thing} were closed until {n(1, 12)} p.m. on {rng.choice(DAYS)}.",
        f"The council will meet on {rng.choice(DAYS)} to discuss the response.",
        f"Insurers estimate that repairs to the {thing} will take {n(2, 20)} weeks.",
        f"{rng.choice(PEOPLE)} said emergency funding of {n(1, 9)} million had been approved.",
        f"About {n(100, 900)} homes lost power for several hours.",
        f"Firefighters from {rng.choice(PLACES)} and {rng.choice(PLACES)} were called in to help.",
        f"The {thing} employs around {n(40, 400)} people.",
        "A spokesperson for the operator said staff had followed the emergency plan.",
        f"Police asked witnesses to come forward with photos or video taken before {n(8, 11)} p.m.",
        f"Schools in {place} will open as usual, the education department said.",
    ]


def _reword(sentence: str, rng: random.Random) -> str:
    swaps = [("said", "told reporters"), ("about", "roughly"), ("people", "residents")]
    swaps += [("closed", "shut"), ("officials", "authorities"), ("night", "evening")]
    for old, new in rng.sample(swaps, 2):
        sentence = sentence.replace(f" {old} ", f" {new} ", 1)
    return sentence


def generate_site(root: Path, events: int, seed: int = 1) -> None:
    """A site of ``events`` events with two or three articles each (~300 words)."""
    rng = random.Random(seed)
    for e in range(events):
        place, thing, who = rng.choice(PLACES), rng.choice(THINGS), rng.choice(PEOPLE)
        folder = root / "content" / f"event-{e:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        day = f"2026-{1 + e % 12:02d}-{1 + e % 28:02d}"
        title = f"{thing.capitalize()} fire in {place} ({e})"
        (folder / "index.md").write_text(
            f'---\ntitle: "{title}"\ndate: {day}\nsummary: "Event number {e}."\n---\n',
            encoding="utf-8",
        )
        facts = _facts(rng, place, thing, who)
        for outlet in rng.sample(OUTLETS, rng.choice([2, 2, 3])):
            mine = facts[:2] + rng.sample(facts[2:], rng.randint(9, len(facts) - 2))
            mine = [_reword(s, rng) if rng.random() < 0.4 else s for s in mine]
            mine.append(f"{outlet} learned that {rng.choice(PEOPLE)} had raised concerns.")
            paras = [" ".join(mine[i : i + 3]) for i in range(0, len(mine), 3)]
            paras.insert(len(paras) // 2, "## What happens next")
            slug = outlet.lower().replace(" ", "-")
            (folder / f"{slug}.md").write_text(
                f"---\nsource: {outlet}\ntitle: {title}\n"
                f"published: {day}T{rng.randint(0, 23):02d}:00:00Z\n---\n"
                + "\n\n".join(paras)
                + "\n",
                encoding="utf-8",
            )


# The steps of one save, as the traced server marks them (``PHASE <name> <epoch ms>``).
SERVER_STEPS = ["watched", "debounced", "loaded", "compared", "rendered", "written", "published"]


def traced_serve() -> int:
    """``sitegen serve --watch --port 0``, printing a timestamp at each step of a rebuild."""
    from sitegen.cli import main as sitegen_main
    from sitegen.site import build, livereload, watch, writer
    from sitegen.site.cache import LoadCache

    def mark(name: str) -> None:
        print(f"PHASE {name} {time.time() * 1000:.3f}", file=sys.stderr, flush=True)

    def after(owner: object, attr: str, name: str, first: bool = False) -> None:
        original = getattr(owner, attr)

        def wrapped(*args: object, **kwargs: object) -> object:
            if first:
                mark(name)
            result = original(*args, **kwargs)
            if not first:
                mark(name)
            return result

        setattr(owner, attr, wrapped)

    after(watch.Debouncer, "add", "watched", first=True)
    after(watch.Watcher, "_changed", "debounced", first=True)
    after(LoadCache, "load_site", "loaded")
    after(build.Builder, "_render", "rendered")
    # Comparing ends where rendering starts: the pool hands comparisons over one by one.
    after(build.Builder, "_render", "compared", first=True)
    after(writer.SiteWriter, "write", "written")
    after(livereload.LiveState, "publish", "published", first=True)
    return sitegen_main(["serve", "--watch", "--port", "0"])


def start_server(site: Path, traced: bool = False) -> tuple[subprocess.Popen[str], str, list[str]]:
    """``sitegen serve --watch`` on a free port; the process, its URL and its log lines."""
    command = [sys.executable, "-m", "sitegen", "serve", "--watch", "--port", "0"]
    if traced:
        command = [sys.executable, str(Path(__file__).resolve()), "--traced-server"]
    proc = subprocess.Popen(
        command,
        cwd=site,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    log: list[str] = []
    for line in proc.stderr:
        log.append(line)
        found = re.search(r"at (http://\S+/)", line)
        if found:
            url = found.group(1)
            break
    else:
        raise SystemExit("server did not start:\n" + "".join(log))
    stderr = proc.stderr
    threading.Thread(target=lambda: log.extend(stderr), daemon=True).start()
    return proc, url, log


def save(path: Path, text: str) -> None:
    """As an editor's atomic save: a temporary file renamed over the real one."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


# The reloaded page's navigation timing, in epoch ms (the page's clock is the wall clock).
NAVIGATION = """() => {
  const n = performance.getEntriesByType("navigation")[0], t = performance.timeOrigin;
  return {navigation: t, response: t + n.responseStart, received: t + n.responseEnd,
          parsed: window.__ready};
}"""
BROWSER_STEPS = ["navigation", "response", "received", "parsed"]


def measure(
    site: Path, event: str, edits: int, traced: bool = False
) -> tuple[list[float], list[float], list[dict[str, float]]]:
    """Save times, the server's rebuild times and (``traced``) each save's steps, in ms."""
    from playwright.sync_api import sync_playwright

    article = sorted(p for p in (site / "content" / event).glob("*.md") if p.name != "index.md")
    target = article[0]
    original = target.read_text(encoding="utf-8")
    first_word = re.search(r"^---\n.*?\n---\n+(\S+)", original, re.S)
    assert first_word, target
    proc, url, log = start_server(site, traced)
    times: list[float] = []
    steps: list[dict[str, float]] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            # The moment each document (the reloaded one included) is parsed, on the wall clock.
            page.add_init_script(
                "document.addEventListener('DOMContentLoaded', function () {"
                " window.__ready = performance.timeOrigin + performance.now(); });"
            )
            page.goto(f"{url}{event}/", wait_until="load")
            text = original
            for n in range(edits):
                marker = f"Marker{n:03d}x"
                text = re.sub(r"(\n---\n+)(\S+)", rf"\g<1>{marker}", text, count=1)
                started = time.time() * 1000
                save(target, text)
                page.wait_for_function(
                    "m => document.body && document.body.textContent.includes(m)"
                    " && window.__ready !== undefined",
                    arg=marker,
                    polling=5,
                    timeout=30_000,
                )
                times.append(page.evaluate("window.__ready") - started)
                if traced:
                    at = {"saved": started, **page.evaluate(NAVIGATION)}
                    at.update(_server_steps(log, started))
                    steps.append(at)
                page.wait_for_load_state("load")
            browser.close()
    finally:
        target.write_text(original, encoding="utf-8")
        # SIGTERM: a benchmark started in the background hands SIGINT down ignored.
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    rebuilds = [float(m.group(1)) for m in re.finditer(r"Rebuilt in (\d+) ms", "".join(log))]
    return times, rebuilds, steps


def _server_steps(log: list[str], since: float) -> dict[str, float]:
    """The first timestamp of each step after ``since`` up to the first publish."""
    found: dict[str, float] = {}
    for line in list(log):
        marked = re.match(r"PHASE (\w+) ([\d.]+)", line)
        if not marked or float(marked.group(2)) < since:
            continue
        found.setdefault(marked.group(1), float(marked.group(2)))
        if marked.group(1) == "published":
            break
    return found


def print_phases(steps: list[dict[str, float]]) -> None:
    """The median time each step took, from the end of the step before it."""
    order = ["saved", *SERVER_STEPS, *BROWSER_STEPS]
    spans: dict[str, list[float]] = {}
    for at in steps:
        last = at["saved"]
        for name in order[1:]:
            if name in at:
                spans.setdefault(name, []).append(at[name] - last)
                last = at[name]
    shown = [f"{name} {statistics.median(spans[name]):.0f}" for name in order[1:] if name in spans]
    print("  median ms per step (each from the one before): " + ", ".join(shown))


def p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10, method="inclusive")[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1000, help="events in the generated site")
    parser.add_argument("--edits", type=int, default=20, help="saves per site")
    parser.add_argument("--phases", action="store_true", help="time each step of a save too")
    parser.add_argument(
        "--generator",
        choices=["reload", "speed"],
        default="reload",
        help="the big site: this script's (~300 words an article) or benchmarks/generate.py's",
    )
    parser.add_argument("--sites", type=Path, help="generate the sites here and keep them")
    parser.add_argument("--only", choices=["example", "generated"], help="measure one site")
    parser.add_argument("--traced-server", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.traced_server:
        return traced_serve()
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"needs Debian's chromium at {CHROMIUM}")
    # Other work on the machine shows in every figure: say how busy it was.
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at the start")
    with tempfile.TemporaryDirectory(prefix="sitegen-bench-") as tmp:
        where = args.sites.resolve() if args.sites else Path(tmp)
        example = where / "example"
        if not (example / "content").is_dir():
            shutil.copytree(ROOT / "content", example / "content")
        big = where / f"generated-{args.generator}-{args.events}"
        if not (big / "content").is_dir():
            started = time.perf_counter()
            if args.generator == "speed":
                sys.path.insert(0, str(Path(__file__).resolve().parent))
                from generate import generate_site as generate_speed_site

                generate_speed_site(big, args.events)
            else:
                generate_site(big, args.events)
            print(f"generated {args.events} events in {time.perf_counter() - started:.1f} s")
        middle = sorted(p.name for p in (big / "content").iterdir() if p.is_dir())
        sites = [
            ("example site (4 events)", example, "kestrel-bridge-ship-strike"),
            (f"generated site ({args.events} events)", big, middle[len(middle) // 2]),
        ]
        if args.only:
            sites = [sites[0 if args.only == "example" else 1]]
        for name, site, event in sites:
            times, rebuilds, steps = measure(site, event, args.edits, args.phases)
            print(
                f"{name}: save -> new page in the browser, {len(times)} edits: "
                f"median {statistics.median(times):.0f} ms, p90 {p90(times):.0f} ms "
                f"(min {min(times):.0f}, max {max(times):.0f}); "
                f"rebuild alone: median {statistics.median(rebuilds):.0f} ms"
            )
            if steps:
                print_phases(steps)
    return 0


if __name__ == "__main__":
    sys.exit(main())
