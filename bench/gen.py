"""The parent's handle on a generator process."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable
from typing import Any

from .loadgen import worker_main
from .stack import Proc


class GeneratorError(RuntimeError):
    pass


class Gen:
    """One generator process, pinned to ``cpus``, answering one command at a time."""

    def __init__(self, cpus: set[int] | None, log: Callable[[str], None], name: str = "gen") -> None:
        ctx = mp.get_context("spawn")
        self.pipe, child = ctx.Pipe()
        self.proc = ctx.Process(target=worker_main, args=(child, sorted(cpus) if cpus else None),
                                daemon=True, name=name)
        self.proc.start()
        assert self.proc.pid is not None
        self.info = Proc(name, self.proc.pid, cpus)
        self.log = log

    def send(self, cmd: str, **kwargs: Any) -> None:
        self.pipe.send((cmd, kwargs))

    def result(self, timeout: float = 1800) -> dict[str, Any]:
        while True:
            if not self.pipe.poll(timeout):
                raise GeneratorError("the generator did not answer in time")
            kind, value = self.pipe.recv()
            if kind == "progress":
                self.log(f"    {self.info.name}: {value}")
            elif kind == "error":
                raise GeneratorError(value)
            else:
                return value

    def call(self, cmd: str, **kwargs: Any) -> dict[str, Any]:
        self.send(cmd, **kwargs)
        return self.result()

    def close(self) -> None:
        if self.proc.is_alive():
            try:
                self.call("exit")
            except (GeneratorError, OSError, EOFError):
                pass
            self.proc.join(10)
            if self.proc.is_alive():
                self.proc.kill()
                self.proc.join(5)


def call_all(gens: list[Gen], cmd: str, kwargs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for g, kw in zip(gens, kwargs, strict=True):
        g.send(cmd, **kw)
    return [g.result() for g in gens]
