"""The process pool: no more processes than CPUs or events, and the bytes of a one-process build."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from sitegen.site import pool
from sitegen.site.build import Builder, build
from sitegen.site.pool import POOL_THRESHOLD, pool_size, usable_cpus
from tests.conftest import ROOT, run_cli
from tests.conftest import tree as files


@pytest.fixture
def many_events(tmp_path: Path) -> Path:
    """The example site's events, copied under other names until a pool is worth starting."""
    site = tmp_path / "many"
    events = sorted(p for p in (ROOT / "content").iterdir() if p.is_dir())
    copies = -(-POOL_THRESHOLD // len(events)) + 1
    for n in range(copies):
        for event in events:
            shutil.copytree(event, site / "content" / f"{event.name}-{n}")
    return site


def test_pool_size_is_clamped_to_cpus_and_events() -> None:
    cpus = usable_cpus()
    assert pool_size(100_000, 10_000) == cpus
    assert pool_size(100_000, 1) == 1
    assert pool_size(None, 10_000) == cpus
    assert pool_size(None, 1) == 1
    assert pool_size(0, 50) == 1
    assert pool_size(-3, 50) == 1
    assert pool_size(1, 50) == 1


def test_a_huge_jobs_count_starts_no_more_processes_than_cpus(
    many_events: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[int] = []

    class Counted(pool.WorkerPool):
        def __init__(self, count: int) -> None:
            started.append(count)
            super().__init__(count)

    monkeypatch.setattr(pool, "WorkerPool", Counted)
    result = build(many_events, jobs=100_000, cache=False)
    assert result.compared == result.events >= POOL_THRESHOLD
    assert started == [] if usable_cpus() == 1 else started == [usable_cpus()]


def test_with_a_warm_cache_nothing_goes_to_the_pool(
    many_events: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(many_events, jobs=2)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started with every comparison in the cache")

    monkeypatch.setattr(pool, "WorkerPool", refuse)
    result = Builder(many_events, jobs=2).build()
    assert result.compared == 0


def test_help_says_jobs_is_clamped() -> None:
    done = run_cli("build", "--help", cwd=ROOT)
    assert "never more than the CPUs" in " ".join(done.stdout.split())


def test_one_process_and_two_build_the_same_bytes(many_events: Path, tmp_path: Path) -> None:
    """In two processes with different hash seeds, so no set or dict order can leak in."""
    outputs = []
    for jobs, seed in (("1", "1"), ("2", "2")):
        out = tmp_path / f"out-j{jobs}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = run_cli(
            "build", "--no-cache", "-q", "-j", jobs, "--output", str(out), cwd=many_events, env=env
        )
        assert done.returncode == 0, done.stderr
        outputs.append(files(out))
    assert outputs[0].keys() == outputs[1].keys()
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 3 * POOL_THRESHOLD


def test_a_slow_first_chunk_never_leaves_the_build_waiting_on_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One worker slow on the first chunk while the other finishes the rest of the window:
    the build once yielded that window and then waited with every worker idle, for ever.
    Real processes meet that order only by chance (about one build in twenty on a loaded
    machine), so the workers here are stand-ins that finish in exactly that order."""

    class Stub:
        def __init__(self, name: str) -> None:
            self.chunk: int | None = None
            self.results = self.sentinel = self
            self.process = self
            self.tasks = self
            self.name = name

        def send(self, job: tuple[int, list[str]]) -> None:
            assert self.chunk is None or job is None

        def recv(self) -> tuple[int, list[bytes], None]:
            return self.chunk, [f"chunk {self.chunk}".encode()], None

    def finish(waiting: list[Stub]) -> list[Stub]:
        busy = {w for w in waiting if w.chunk is not None}
        assert busy, "the build waited with no worker comparing anything"
        later = [w for w in busy if w.chunk != 0]
        return later[:1] or list(busy)  # the first chunk comes in last

    workers = [Stub("slow"), Stub("fast")]
    stub_pool = pool.WorkerPool.__new__(pool.WorkerPool)
    stub_pool.workers = workers
    monkeypatch.setattr(pool, "wait", finish)
    chunks = [[f"event {n}"] for n in range(9)]
    done = list(stub_pool.map(chunks))
    assert done == [[f"chunk {n}".encode()] for n in range(9)]
