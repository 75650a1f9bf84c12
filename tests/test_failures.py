"""The failure cases of issue 9: one row each, and each answer is one of a few.

A row names a case, a scenario (what the user does) and the expected outcome:
it builds (with a warning when one is named); or it fails with
``path:line: error: message``, exit 1 and the previous ``output/`` untouched;
or, for what is not a build, the facts the scenario checks hold.  Never a
traceback (unless sitegen itself has a bug, which then says so), never a
hang (every command runs under a deadline), never a lost file, never a
``:0:`` location or an absolute path of this machine in a message.
"""

from __future__ import annotations

import signal
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitegen.site.loader import load_site
from tests.failcases import building as b
from tests.failcases import importing as i
from tests.failcases import processes as p
from tests.failcases import serving as s
from tests.failcases.common import (
    Expectation,
    Scenario,
    builds,
    fails,
    holds,
    reports_a_bug,
    shows,
    stops,
)

# The stopped-build cases watch the whole site, recursively, to learn when the build has
# written its first page; the build makes and removes folders under its cache and staging
# folder fast enough that inotify hands a new folder the number of one just gone, and
# watchdog warns that it replaces that folder's callback.  It is the test's own watch, not
# sitegen's (the dev server watches only content/, templates/ and static/).
pytestmark = pytest.mark.filterwarnings(
    r"ignore:Callback with id .* already exists for watch:RuntimeWarning"
)

WIRE = r"content/quay-fire/wire\.md"
NOT_A_DATE = r"is not a date \(use YYYY-MM-DD or YYYY-MM-DDTHH:MM\)"


def case(name: str, scenario: Scenario, expect: Expectation) -> object:
    return pytest.param(scenario, expect, id=name)


CASES = [
    # -- losing or exposing files ---------------------------------------------
    case(
        "--output templates, folder missing",
        b.build_case(
            None,
            "--output",
            "templates",
            then=lambda site, err: {"templates/ not made": not (site / "templates").exists()},
        ),
        fails(r"^--output: error: 'templates' would overwrite templates/"),
    ),
    case(
        "--output templates, folder empty",
        b.build_case(lambda site: (site / "templates").mkdir(), "--output", "templates"),
        fails(r"^--output: error: 'templates' would overwrite templates/"),
    ),
    case(
        "--output content/sub",
        b.build_case(
            None,
            "--output",
            "content/sub",
            then=lambda site, err: {"content/sub not made": not (site / "content/sub").exists()},
        ),
        fails(r"^--output: error: 'content/sub' would overwrite content/"),
    ),
    case(
        "CNAME, .nojekyll, .git and notes added to output/ are kept",
        b.build_case(b.add_user_files, then=b.user_files_kept),
        builds(),
    ),
    case(
        "files added to output/ while the dev server rebuilds are kept",
        b.rebuilds_keep_user_files,
        builds(),
    ),
    case(
        "a git clone as output/ before the first build is taken over and kept",
        b.build_case(
            b.put("output/.git/HEAD", "ref: refs/heads/main\n"),
            first=False,
            then=lambda site, err: {
                ".git kept": (site / "output/.git/HEAD").is_file(),
                "site written": (site / "output/index.html").is_file(),
            },
        ),
        builds(),
    ),
    case(
        "a file of the user's where a page now goes is refused, not replaced",
        b.build_case(b.user_file_where_a_page_goes),
        fails(r"^output: error: new-event was not written by sitegen, and the site now puts pages"),
    ),
    case(
        "a link in content/ to an article outside the site",
        b.build_case(b.outside_article, then=b.not_published("secret diary")),
        builds(r"^content/quay-fire/leak\.md: warning: .*link to a file outside the site"),
    ),
    case(
        "an event folder that links outside the site",
        b.build_case(b.outside_event, then=b.not_published("private story")),
        builds(r"^content/linked-event: warning: a link to a folder outside the site"),
    ),
    case(
        "a link that stays inside the site is followed",
        b.build_case(b.inside_link, then=b.published("linked draft says hello")),
        builds(),
    ),
    case(
        "stale staging folders of killed builds are cleaned",
        b.build_case(b.stale_staging, then=b.no_staging_left),
        builds(),
    ),
    case(
        "an empty output/ leaves no staging folder behind",
        b.build_case(lambda site: (site / "output").mkdir(), first=False, then=b.no_staging_left),
        builds(),
    ),
    case(
        "SIGKILL: the pool's workers die with the build", p.stopped_build(signal.SIGKILL), holds()
    ),
    case(
        "SIGKILL during a dev-server rebuild: the fork server's workers die too",
        p.killed_rebuild,
        holds(),
    ),
    case("SIGTERM: workers end, one line, exit 143", p.stopped_build(signal.SIGTERM), stops(143)),
    case(
        "SIGTERM twice to the process group: the workers' share is silent, exit 143",
        p.stopped_build(signal.SIGTERM, to="group"),
        stops(143),
    ),
    case(
        "a worker killed, as when memory runs out: an error, never a hang",
        p.stopped_build(signal.SIGKILL, to="worker"),
        fails(r"^-j: error: a process comparing events was killed \(signal 9\), .*-j 1 compares"),
    ),
    # -- crashes and hangs on bad input ---------------------------------------
    case(
        "published: 2026-02-30, and the other problem too",
        b.build_case(b.bad_date("2026-02-30"), then=b.other_problem_too),
        fails(rf"^{WIRE}:4: error: published '2026-02-30' {NOT_A_DATE}"),
    ),
    case(
        "published at hour 25",
        b.build_case(b.bad_date("2026-03-14T25:00:00Z")),
        fails(rf"^{WIRE}:4: error: published '2026-03-14T25:00:00Z' {NOT_A_DATE}"),
    ),
    case(
        "published at +99:00",
        b.build_case(b.bad_date("2026-03-14T10:00:00+99:00")),
        fails(rf"^{WIRE}:4: error: published '2026-03-14T10:00:00\+99:00' {NOT_A_DATE}"),
    ),
    case(
        "date: 2026-02-30 in index.md",
        b.build_case(
            b.put("content/quay-fire/index.md", b.front("title: Fire", "date: 2026-02-30"))
        ),
        fails(rf"^content/quay-fire/index\.md:3: error: date '2026-02-30' {NOT_A_DATE}"),
    ),
    case(
        "tags: 5",
        b.build_case(b.bad_tags("5"), then=b.other_problem_too),
        fails(r"^content/quay-fire/index\.md:3: error: tags must be a list of words"),
    ),
    case(
        "tags: true",
        b.build_case(b.bad_tags("true")),
        fails(r"^content/quay-fire/index\.md:3: error: tags must be a list of words"),
    ),
    case(
        "a bad date in serve --watch shows its line, not an internal error",
        s.bad_date_while_watching,
        shows(rf"^{WIRE}:4: error: published '2026-02-30' is not a date"),
    ),
    case(
        "a symlink loop",
        b.build_case(b.loop),
        fails(r"^content/quay-fire/loop\.md:1: error: a link that leads back to itself"),
    ),
    case(
        "a FIFO named x.md",
        b.build_case(b.fifo),
        fails(r"^content/quay-fire/x\.md:1: error: not a regular file"),
    ),
    case(
        "a FIFO in serve --watch blocks no later rebuild",
        s.fifo_while_watching,
        shows(r"^content/quay-fire/x\.md:1: error: not a regular file"),
    ),
    case(
        "a link to /dev/zero",
        b.build_case(b.dev_zero),
        builds(r"^content/quay-fire/zero\.md: warning: .*outside the site"),
    ),
    case(
        "a NUL in the output setting",
        b.build_case(b.put("sitegen.toml", 'output = "out\\u0000put"\n')),
        fails(r"^sitegen\.toml:1: error: output 'out\\x00put' holds a NUL character"),
    ),
    case(
        "an article over the 1 MB limit",
        b.build_case(b.oversize),
        fails(r"^content/quay-fire/big\.md:1: error: the file is 1\.\d MB; .* up to 1 MB"),
    ),
    case(
        "a file name too long for <a>-vs-<b>.html",
        b.build_case(b.long_name),
        fails(
            r"^content/quay-fire/(a-very-long-outlet-name-){8}\.md:1: error: the file name is "
            r"too long"
        ),
    ),
    case(
        "pair pages whose names collide (a + b-vs-c against a-vs-b + c)",
        b.build_case(b.colliding_pairs),
        fails(
            r"^content/quay-fire/c\.md:1: error: the page comparing 'a-vs-b' with 'c' would "
            r"have the same name as the one comparing 'a' with 'b-vs-c'"
        ),
    ),
    case("Ctrl-C during a build: one line, exit 130", p.stopped_build(signal.SIGINT), stops(130)),
    case("a bug in sitegen says so, with the traceback", b.run_with_a_bug, reports_a_bug()),
    case(
        "a Python error in a template names the template and line",
        b.build_case(b.python_error_in_template),
        fails(r"^templates/index\.html:2: error: template error: ZeroDivisionError"),
    ),
    # -- import -----------------------------------------------------------------
    case(
        "an unknown charset",
        i.import_from("/charset", expect_text="cracks in two of its supports"),
        builds(),
    ),
    case(
        "a server that trickles bytes meets one deadline",
        i.trickle,
        fails(r"^sitegen import: could not fetch .*: no complete answer within 2 s"),
    ),
    case(
        "a page over the size limit is refused aloud",
        i.import_from("/huge"),
        fails(r"^sitegen import: http://\S+ is over 20 MB"),
    ),
    case(
        "--url javascript:",
        i.import_flags("--url", "javascript:alert(1)"),
        fails(r"^sitegen import: --url 'javascript:alert\(1\)': url must start with http"),
    ),
    case(
        "--title holding a line of ---",
        i.import_flags("--title", "Bridge shut\n---\nsource: x", builds_after=True),
        builds(),
    ),
    case(
        "a gzip body sent unasked",
        i.import_from("/gzip", expect_text="cracks in two of its supports"),
        builds(),
    ),
    # -- messages a newcomer understands ----------------------------------------
    case(
        "an unquoted colon in a title says to quote it",
        b.build_case(
            b.put("content/quay-fire/wire.md", b.front("source: W", "title: Fire: a quay"))
        ),
        fails(
            rf"^{WIRE}:3: error: bad YAML front matter: the value of 'title' holds a colon .* "
            r"put the whole value in quotes: title: \"Fire: a quay\""
        ),
    ),
    case(
        "an unclosed quote is reported where it opens",
        b.build_case(b.put("content/quay-fire/wire.md", b.front('source: "W', "title: T"))),
        fails(rf"^{WIRE}:2: error: bad YAML front matter: a quote opened on this line is never"),
    ),
    case(
        "a missing colon on line 2 is reported on line 2",
        b.build_case(b.put("content/quay-fire/wire.md", b.front("source Wire", "title: T"))),
        fails(rf"^{WIRE}:2: error: bad YAML front matter: this line needs a colon"),
    ),
    case(
        "text after a closing quote says how to quote it",
        b.build_case(b.put("content/quay-fire/wire.md", b.front("source: W", "title: 'it's on'"))),
        fails(rf"^{WIRE}:3: error: bad YAML front matter: text goes on after a closing quote"),
    ),
    case(
        "a key given twice names both lines rather than keeping the last",
        b.build_case(
            b.put("content/quay-fire/wire.md", b.front("source: W", "title: T", "title: U"))
        ),
        fails(rf"^{WIRE}:4: error: 'title' is given twice \(first on line 3\): keep one"),
    ),
    case(
        "an unknown field suggests the closest known one",
        b.build_case(b.put("content/quay-fire/wire.md", b.front("sorce: Wire", "title: T"))),
        fails(rf"^{WIRE}:2: warning: unknown field 'sorce' is ignored \(did you mean 'source'\?\)"),
    ),
    case(
        "an unknown setting suggests the closest known one",
        b.build_case(b.put("sitegen.toml", 'titel = "Harbour watch"\n')),
        builds(
            r"^sitegen\.toml:1: warning: unknown setting 'titel' is ignored \(did you mean "
            r"'title'\?\)"
        ),
    ),
    case(
        "a folder is named without a :0: location",
        b.build_case(lambda site: (site / "content/empty").mkdir()),
        builds(r"^content/empty: warning: no article in this event folder"),
    ),
    case(
        "a failed article does not also make 'only one article'",
        b.build_case(b.one_good_one_broken, then=b.no_mention_of("only one article")),
        fails(r"^content/quay-fire/daily\.md:2: error: bad YAML"),
    ),
    case(
        "no content/: how to start, and no 'previous output'",
        b.build_case(b.no_content, first=False, then=b.no_mention_of("previous", "left as it")),
        fails(
            r"^content: error: no content/ folder here.*`sitegen import PAGE --event NAME`.*"
            r"--site DIR"
        ),
    ),
    case(
        "a .txt file in an event folder",
        b.build_case(b.put("content/quay-fire/notes.txt", "Some notes.\n")),
        builds(r"^content/quay-fire/notes\.txt: warning: only \.md files are read"),
    ),
    case(
        "a .markdown file in an event folder",
        b.build_case(b.put("content/quay-fire/third.markdown", "Some notes.\n")),
        builds(
            r"^content/quay-fire/third\.markdown: warning: only \.md files are read: rename "
            r"it to third\.md"
        ),
    ),
    case(
        "non-Latin event folders keep readable slugs",
        b.build_case(b.non_latin_events, then=b.readable_slugs),
        builds(),
    ),
    case("the dev server's staging is hidden from git status", s.staging_hidden_from_git, holds()),
    # -- the dev server under load ----------------------------------------------
    case("200 concurrent requests are all answered", s.many_requests, holds()),
    case("a client that disconnects early prints no traceback", s.client_goes_away, holds()),
    case("HEAD on the live-reload stream sends no body", s.head_on_the_stream, holds()),
]


@pytest.mark.parametrize(("scenario", "expect"), CASES)
def test_failure_case(scenario: Scenario, expect: Expectation, tmp_path: Path) -> None:
    expect(scenario(tmp_path), tmp_path)


# -- the loader never raises, whatever the front matter and file names ---------------

YAML_BITS = st.sampled_from(
    [
        "source: Wire",
        "title: T",
        "title: a: b",
        'title: "open',
        "title: 'open",
        "source Wire",
        "published: 2026-02-30",
        "published: 2026-03-14T25:00:00Z",
        "date: 9999-99-99",
        "published: 2026-03-14T10:00:00+99:00",
        "tags: 5",
        "tags: true",
        "tags: [a, [b]]",
        "tags: {a: 1}",
        "title: [a",
        "title: {a",
        "\ttitle: x",
        "  indented: x",
        "url: javascript:x",
        "url: [http://x]",
        "title: !!python/object:os.system x",
        "a: &a [*a]",
        "title: *nowhere",
        "? [a, b]\n: c",
        "published: !!timestamp nonsense",
        "x: !!binary zz",
        "title: @x",
        "title: |\n  two\n  lines",
        "- a list",
        "42",
        "null",
        "title: \x00",
        "title: \x85",
        "sorce: W",
        "published: 1e400",
        "published: [2026-01-01]",
        "published: {}",
        "title:\n  nested: deep",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    ]
)
# Known mistakes, and any text at all (surrogates aside: no file holds those).
LINES = st.one_of(YAML_BITS, st.text(st.characters(blacklist_categories=("Cs",)), max_size=30))
NAMES = st.text(
    alphabet=st.sampled_from(string.ascii_letters + "-_. 東京київ\u0301é%#?&'\"\\"),
    min_size=1,
    max_size=40,
).filter(lambda n: n not in (".", "..") and "/" not in n)


@settings(max_examples=80, deadline=None)
@given(
    files=st.lists(
        st.tuples(NAMES, st.lists(LINES, max_size=5), st.sampled_from(["", "Body text."])),
        min_size=1,
        max_size=4,
    ),
    folder=NAMES,
    opener=st.sampled_from(["---\n", "", "---\r\n", "\ufeff---\n"]),
)
def test_no_front_matter_or_file_name_makes_the_loader_raise(
    tmp_path_factory: pytest.TempPathFactory,
    files: list[tuple[str, list[str], str]],
    folder: str,
    opener: str,
) -> None:
    root = tmp_path_factory.mktemp("site")
    event = root / "content" / folder
    event.mkdir(parents=True)
    for name, lines, body in files:
        text = opener + "\n".join(lines) + "\n---\n\n" + body + "\n"
        try:
            (event / f"{name}.md").write_text(text, encoding="utf-8", errors="surrogatepass")
        except (OSError, UnicodeEncodeError):
            continue  # a name this file system cannot hold is no input the loader sees
    site = load_site(root)  # raising anything at all fails the test
    for problem in site.problems:
        text = str(problem)
        assert problem.path.startswith("content") and problem.line >= 0 and ":0:" not in text
        assert str(root) not in text
        text.encode("utf-8")  # printable and writable, whatever the names were
    for event_ in site.events:
        for art in event_.articles:
            assert art.source and art.title and art.body.strip()
