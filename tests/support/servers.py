"""Real servers for tests: SecantusDB, redis-server and Hearth, each a child process.

Every server listens on 127.0.0.1 on a free port and is stopped by the
context manager that started it. Nothing here is a fake.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import yaml

from server.embedded import EmbeddedMongo, free_port

ROOT = Path(__file__).resolve().parents[2]
ADMIN_USERNAME = "operator"
ADMIN_PASSWORD = "a-long-operator-passphrase"


@contextlib.contextmanager
def secantus(storage: str = ":memory:") -> Iterator[EmbeddedMongo]:
    """A SecantusDB child on a free port."""
    db = EmbeddedMongo(storage)
    db.start()
    try:
        db.wait_ready(60)
        yield db
    finally:
        db.stop()


class Redis:
    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        exe = shutil.which("redis-server")
        if exe is None:
            raise RuntimeError("redis-server is not installed (make test installs it)")
        self.proc = subprocess.Popen(
            [exe, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly",
             "no", "--daemonize", "no", "--loglevel", "warning"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        wait_port(self.port, 20)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None


@contextlib.contextmanager
def redis_server() -> Iterator[Redis]:
    r = Redis()
    r.start()
    try:
        yield r
    finally:
        r.stop()


def wait_port(port: int, timeout: float) -> None:
    import socket

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listening on port {port}")


# The seam of the core chat tests: clean-up stages only, so that what they
# test (ordering, delivery, resume) is not mixed with what the classifiers judge.
CORE_MODERATION = {"stages": [{"module": "sanitise"}, {"module": "normalise"}]}


def config_for_tests(full_moderation: bool = False, **sections: dict) -> dict:
    """A configuration for tests: cheap password hashing, generous limits."""
    cfg: dict = {
        "auth": {"argon2_time_cost": 1, "argon2_memory_kib": 8192, "argon2_parallelism": 1,
                 "attempts_per_ip": 10_000, "attempts_per_username": 1000},
        "limits": {"sends_per_window": 1000},
        # The test servers are SecantusDB, like the embedded default.
        "mongo": {"retry_writes": False},
        "logging": {"level": "INFO"},
    }
    if not full_moderation:
        cfg["moderation"] = dict(CORE_MODERATION)
    for name, values in sections.items():
        cfg.setdefault(name, {}).update(values)
    return cfg


class Hearth:
    """One Hearth server process."""

    def __init__(self, mongo_url: str, redis_url: str | None = None, *, database: str | None = None,
                 config: dict | None = None, port: int | None = None,
                 env: dict[str, str] | None = None) -> None:
        self.mongo_url = mongo_url
        self.redis_url = redis_url
        self.database = database or f"t{uuid.uuid4().hex[:10]}"
        self.port = port or free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="hearth-test-"))
        self.config_path = self.dir / "config.yaml"
        self.config_path.write_text(yaml.safe_dump(config or config_for_tests()))
        self.log_path = self.dir / "server.log"
        self.extra_env = env or {}
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ws"

    def start(self, timeout: float = 60) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("HEARTH_")}
        env.update({
            "HEARTH_MONGO_URL": self.mongo_url, "HEARTH_MONGO_DATABASE": self.database,
            "HEARTH_PORT": str(self.port), "HEARTH_HOST": "127.0.0.1",
            "HEARTH_ADMIN_USERNAME": ADMIN_USERNAME, "HEARTH_ADMIN_PASSWORD": ADMIN_PASSWORD,
            "HEARTH_DATA_DIR": str(self.dir / "var"), "PYTHONUNBUFFERED": "1",
        })
        if self.redis_url:
            env["HEARTH_REDIS_URL"] = self.redis_url
        env.update(self.extra_env)
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "server", "--config", str(self.config_path)],
            cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
            start_new_session=True)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"hearth exited with {self.proc.returncode}:\n{self.log()}")
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=1) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)
        raise TimeoutError(f"hearth did not start:\n{self.log()}")

    def rss_kb(self) -> int:
        """The server process's resident memory, from /proc."""
        assert self.proc is not None
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        raise AssertionError("no VmRSS")

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def signal(self, sig: int) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, sig)

    def kill(self) -> None:
        """SIGKILL: the process dies with no chance to clean up."""
        self.signal(signal.SIGKILL)
        if self.proc is not None:
            self.proc.wait(10)

    def stop(self, timeout: float = 15) -> int | None:
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.signal(signal.SIGKILL)
                self.proc.wait(5)
        code = self.proc.returncode
        self.proc = None
        return code

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


@contextlib.contextmanager
def hearth(mongo_url: str, redis_url: str | None = None, **kwargs: object) -> Iterator[Hearth]:
    h = Hearth(mongo_url, redis_url, **kwargs)  # type: ignore[arg-type]
    h.start()
    try:
        yield h
    finally:
        h.cleanup()
