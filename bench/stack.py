"""The processes under test and what the kernel says about them.

SecantusDB, redis-server and Hearth are started with the test harness's
launchers (real child processes on free 127.0.0.1 ports); the baseline is
``python -m bench.baseline``. CPU comes from /proc/PID/stat (utime+stime of
every thread), memory from /proc/PID/status (VmRSS, VmHWM).
"""

from __future__ import annotations

import contextlib
import copy
import os
import resource
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from server.embedded import EmbeddedMongo, free_port
from tests.support.servers import ADMIN_PASSWORD, ADMIN_USERNAME, Hearth, Redis, wait_port

ROOT = Path(__file__).resolve().parent.parent
TICK = os.sysconf("SC_CLK_TCK")
ADMIN = (ADMIN_USERNAME, ADMIN_PASSWORD)

# The bench's departures from the packaged defaults; printed with every run.
SEND_LIMIT = 100_000
# The flood stage still runs on every message, but its limits are lifted: a
# load generator sends faster and more evenly than people do.
FLOOD_LIFTED = {"burst_max": 1_000_000, "max_chars_per_s": 1e9, "min_burst": 1_000_000,
                "short_repeat_max": 1_000_000}
CONNECTIONS_PER_IP = 100_000


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def memory_kib(pid: int) -> dict[str, int]:
    out = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:")):
                out[line.split(":")[0]] = int(line.split()[1])
    return out


def pin(pid: int, cpus: set[int]) -> str:
    """Put every thread of a process on ``cpus``; say where it ended up."""
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            os.sched_setaffinity(int(tid), cpus)
        return ",".join(map(str, sorted(os.sched_getaffinity(pid))))
    except OSError as e:
        return f"unpinned ({e.strerror})"


def raise_nofile(pid: int) -> int:
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    try:
        resource.prlimit(pid, resource.RLIMIT_NOFILE, (hard, hard))
    except OSError:
        pass
    return resource.prlimit(pid, resource.RLIMIT_NOFILE)[0]


def moderation_section(packaged_flood: bool) -> dict[str, Any]:
    """The packaged default pipeline; with the flood stage's burst limit lifted unless asked not to
    (at its default a member sending more than 6 messages in 20 s is held)."""
    doc = yaml.safe_load((ROOT / "moderation" / "default.yaml").read_text())["moderation"]
    doc = copy.deepcopy(doc)
    if not packaged_flood:
        for st in doc["stages"]:
            if st["module"] == "flood":
                st.setdefault("config", {}).update(FLOOD_LIFTED)
    return doc


def hearth_config(packaged_flood: bool) -> dict[str, Any]:
    return {
        "auth": {"argon2_time_cost": 1, "argon2_memory_kib": 8192, "argon2_parallelism": 1,
                 "attempts_per_ip": 10_000_000, "attempts_per_username": 1000},
        "limits": {"sends_per_window": SEND_LIMIT, "max_connections_per_ip": CONNECTIONS_PER_IP},
        "logging": {"level": "WARNING"},
        # As the embedded default runs SecantusDB: without retryable writes.
        "mongo": {"retry_writes": False},
        "moderation": moderation_section(packaged_flood),
    }


def departures(packaged_flood: bool) -> list[str]:
    out = [f"limits.sends_per_window raised from 10 to {SEND_LIMIT} (per 10 s per member)",
           (f"limits.max_connections_per_ip raised from 200 to {CONNECTIONS_PER_IP} "
           "(every client comes from 127.0.0.1)"),
           "auth: cheap argon2 (t=1, 8 MiB) and no sign-in attempt limit, for registering members"]
    if not packaged_flood:
        out.append("moderation: the packaged pipeline, every stage, but the flood stage's "
                   f"limits lifted ({FLOOD_LIFTED}); else machine-paced chat is held for review")
    return out


class Proc:
    """A process we started: its pid and where it runs."""

    def __init__(self, name: str, pid: int, cpus: set[int] | None) -> None:
        self.name, self.pid = name, pid
        self.where = pin(pid, cpus) if cpus else "any"
        self.nofile = raise_nofile(pid)

    def cpu(self) -> float:
        return cpu_seconds(self.pid)

    def mem(self) -> dict[str, int]:
        return memory_kib(self.pid)

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, "pid": self.pid, "cpus": self.where, "nofile": self.nofile}


@contextlib.contextmanager
def database(cpus: set[int] | None) -> Iterator[tuple[EmbeddedMongo, Proc]]:
    db = EmbeddedMongo(":memory:")
    db.start()
    try:
        db.wait_ready(60)
        assert db.proc is not None
        yield db, Proc("secantusdb", db.proc.pid, cpus)
    finally:
        db.stop()


@contextlib.contextmanager
def redis(cpus: set[int] | None) -> Iterator[tuple[Redis, Proc]]:
    r = Redis()
    r.start()
    try:
        assert r.proc is not None
        yield r, Proc("redis", r.proc.pid, cpus)
    finally:
        r.stop()


@contextlib.contextmanager
def hearths(mongo_url: str, redis_url: str | None, n: int, cpus: set[int] | None,
            packaged_flood: bool) -> Iterator[list[tuple[Hearth, Proc]]]:
    """``n`` Hearth processes sharing one database (and Redis when there is more than one)."""
    dbname = f"bench{os.getpid()}{int(time.time())}"
    cfg = hearth_config(packaged_flood)
    started: list[tuple[Hearth, Proc]] = []
    try:
        for i in range(n):
            h = Hearth(mongo_url, redis_url, database=dbname, config=cfg)
            h.start()
            assert h.proc is not None
            started.append((h, Proc(f"hearth{i + 1}" if n > 1 else "hearth", h.proc.pid, cpus)))
        yield started
    finally:
        for h, _ in started:
            h.cleanup()


@contextlib.contextmanager
def baseline(cpus: set[int] | None) -> Iterator[tuple[int, Proc]]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "bench.baseline", "--port", str(port)],
                            cwd=ROOT, stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_port(port, 20)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5):
            pass
        yield port, Proc("baseline", proc.pid, cpus)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
