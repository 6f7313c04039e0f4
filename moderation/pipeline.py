"""Run the configured stages over a message, timing each, and decide.

A stage that raises or overruns ``stage_timeout_ms`` is recorded in
``failed_stages`` and the message is held with a ``moderation_failed`` alert:
moderation fails closed. Heavy stages run in a worker thread so the event loop
is never blocked by them; light stages (microseconds) run inline.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import Any

import yaml

from .config import Settings, parse_section
from .decide import FAILED_LABEL, decide
from .errors import ModerationConfigError
from .message import Message, StageResult
from .stage import Stage, build_stage
from .types import Alert, Decision, Finding, MessageContext, Notice, Redaction

log = logging.getLogger(__name__)
_TAG = re.compile(r"<[^>]*>")


#: Judged once when a server starts (``Pipeline.warm_up``): what loads on first use (the
#: phone-number metadata of each region, the sentence model's first run) then does not
#: land on a member's first message, where it could overrun the stage timeout. Invented
#: details only.
WARM_UP = ("hello everyone, glad to be here tonight",
           "his new mobile is 0491 570 006, or +33 6 12 34 56 78, mail sam at example dot com",
           "I can't do this anymore. I've given the dog to my sister")


class _Run:
    """Accumulates stage results for one message."""

    def __init__(self, raw: str) -> None:
        self.msg = Message.from_raw(raw)
        self.findings: list[Finding] = []
        self.redactions: list[Redaction] = []
        self.notices: list[Notice] = []
        self.alerts: list[Alert] = []
        self.failed: list[str] = []
        self.timings: dict[str, float] = {}

    def add(self, result: StageResult) -> None:
        self.findings.extend(result.findings)
        self.redactions.extend(result.redactions)
        self.notices.extend(result.notices)
        self.alerts.extend(result.alerts)

    def fail(self, stage: Stage, why: str) -> None:
        # Only the exception type or "timed out" is logged: never the message text.
        log.warning("moderation stage %s could not judge a message: %s", stage.name, why)
        self.failed.append(stage.name)
        self.findings.append(Finding(stage.name, FAILED_LABEL, 1.0, why))
        if getattr(stage, "transforms_text", False):
            # The sanitiser failed: fall back to a crude tag strip so that what a
            # facilitator sees is still plain text.
            self.msg.set_text(_TAG.sub("", self.msg.raw))


#: GIL switch interval while worker threads run heavy stages.
_SWITCH_S = 0.001
#: How much lower a worker thread's CPU priority is than the event loop's (Linux nice).
_WORKER_NICE = 10


def _yield_to_event_loop() -> None:
    """Lower this worker thread's CPU priority (Linux: per thread), so that on a busy or
    single core the scheduler runs the event loop as soon as it wakes, and a long
    model pass waits instead of the chat."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), _WORKER_NICE)
    except (AttributeError, OSError):  # not Linux, or not permitted: best effort
        pass


class Pipeline:
    """An ordered list of stages plus the settings that turn findings into decisions."""

    def __init__(self, stages: list[Stage], settings: Settings) -> None:
        self.stages = stages
        self.settings = settings
        self.timeout_s = settings.stage_timeout_ms / 1000.0
        # workers: 0 runs heavy stages inline too. For stages of a millisecond or
        # so that is faster than a thread: a thread that holds the GIL only
        # trades blocking for GIL hand-offs, each up to the 5 ms switch interval.
        self._executor = (ThreadPoolExecutor(settings.workers, thread_name_prefix="moderation",
                                             initializer=_yield_to_event_loop)
                          if settings.workers > 0 else None)
        if self._executor is not None and sys.getswitchinterval() > _SWITCH_S:
            # A worker holding the GIL between numpy calls would otherwise keep the event
            # loop waiting for up to the default 5 ms switch interval.
            sys.setswitchinterval(_SWITCH_S)

    def _finish(self, run: _Run, ctx: MessageContext) -> Decision:
        return decide(run.msg.text, run.findings, run.redactions, run.notices, run.alerts,
                      run.failed, run.timings, self.settings, ctx)

    def _inline(self, stage: Stage, run: _Run, ctx: MessageContext) -> None:
        start = time.perf_counter()
        try:
            result = stage.run(run.msg, ctx)
        except Exception as exc:  # noqa: BLE001 - any failure must hold, not crash
            run.fail(stage, f"raised {type(exc).__name__}")
            return
        finally:
            run.timings[stage.name] = (time.perf_counter() - start) * 1000.0
        if run.timings[stage.name] > self.settings.stage_timeout_ms:
            run.fail(stage, "timed out")
        else:
            run.add(result)

    def warm_up(self) -> None:
        """Judge the WARM_UP messages and forget them (no state is kept per message)."""
        ctx = MessageContext(author_id="warm-up", author_name="warm-up", circle_id="warm-up",
                             now=0.0)
        for text in WARM_UP:
            self.judge_sync(text, ctx)

    def judge_sync(self, text: str, ctx: MessageContext) -> Decision:
        """Judge a message synchronously (for tools and tests). Never raises for a stage."""
        run = _Run(text)
        for stage in self.stages:
            if not stage.heavy or self._executor is None:
                self._inline(stage, run, ctx)
                continue
            start = time.perf_counter()
            future = self._executor.submit(stage.run, run.msg, ctx)
            try:
                run.add(future.result(timeout=self.timeout_s))
            except FutureTimeout:
                future.cancel()
                run.fail(stage, "timed out")
            except Exception as exc:  # noqa: BLE001
                run.fail(stage, f"raised {type(exc).__name__}")
            run.timings[stage.name] = (time.perf_counter() - start) * 1000.0
        return self._finish(run, ctx)

    async def judge(self, text: str, ctx: MessageContext) -> Decision:
        """Judge a message without blocking the event loop. Never raises for a stage."""
        run = _Run(text)
        loop = asyncio.get_running_loop()
        for stage in self.stages:
            if not stage.heavy or self._executor is None:
                self._inline(stage, run, ctx)
                continue
            start = time.perf_counter()
            try:
                fut = loop.run_in_executor(self._executor, stage.run, run.msg, ctx)
                run.add(await asyncio.wait_for(fut, self.timeout_s))
            except TimeoutError:
                run.fail(stage, "timed out")
            except Exception as exc:  # noqa: BLE001
                run.fail(stage, f"raised {type(exc).__name__}")
            run.timings[stage.name] = (time.perf_counter() - start) * 1000.0
        return self._finish(run, ctx)

    async def close(self) -> None:
        """Release the worker threads."""
        self.close_sync()

    def close_sync(self) -> None:
        """Release the worker threads (for synchronous tools)."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)


def default_section() -> dict[str, Any]:
    """The packaged default ``moderation:`` section (moderation/default.yaml)."""
    text = (Path(__file__).parent / "default.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)["moderation"]


def load_pipeline(section: dict | None, path: str = "moderation") -> Pipeline:
    """Validate a ``moderation:`` section (None: the packaged default) and build its stages.

    Raises ModerationConfigError whose message starts with the YAML path of the bad key.
    """
    if section is None:
        section = default_section()
    settings, specs = parse_section(section, path)
    stages = [build_stage(spec, settings) for spec in specs]
    names = [s.name for s in stages]
    for i, name in enumerate(names):
        if name in names[:i]:
            raise ModerationConfigError(f"{specs[i].path}.module: stage {name!r} listed twice")
    return Pipeline(stages, settings)
