"""The embedded MongoDB-wire server: SecantusDB run as a child process.

SecantusDB is GPL-licensed, so Hearth never imports it: it is started as a
separate program and spoken to over a socket like any MongoDB server. It is
the default for trying Hearth out and for tests; production sets
``mongo.url`` to a real MongoDB replica set and no child is started.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

log = logging.getLogger("hearth.embedded")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def find_command(name: str) -> str:
    """The SecantusDB launcher: beside this Python first (the venv), then PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise FileNotFoundError(f"{name} not found: install the 'secantusdb' package")
    return found


class EmbeddedMongo:
    """Start, wait for and stop one SecantusDB child on 127.0.0.1."""

    def __init__(self, storage: str, port: int = 0, command: str = "secantusd-py") -> None:
        self.storage = storage
        self.port = port or free_port()
        self.command = command
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"mongodb://127.0.0.1:{self.port}/?directConnection=true"

    def start(self) -> None:
        if self.storage != ":memory:":
            Path(self.storage).mkdir(parents=True, exist_ok=True, mode=0o700)
        args = [find_command(self.command), "--host", "127.0.0.1", "--port", str(self.port),
                "--storage-path", self.storage, "--log-level", "WARNING"]
        self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, start_new_session=True)
        log.info("embedded database starting", extra={"port": self.port, "pid": self.proc.pid})

    def wait_ready(self, timeout: float = 60.0) -> None:
        """Block until the child accepts connections, or raise."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"embedded database exited with code {self.proc.returncode}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.1)
        raise TimeoutError("embedded database did not start in time")

    async def start_async(self, timeout: float = 60.0) -> None:
        self.start()
        await asyncio.to_thread(self.wait_ready, timeout)

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM, then SIGKILL if it does not leave in time."""
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)
