"""What a stage is, and how a ``{module, config}`` entry becomes one.

A stage module defines ``build(config, settings, path) -> Stage``. ``build`` must
validate its config and raise ModerationConfigError naming ``path + ".config.<key>"``.
Stages do no I/O: they see the message and its context and return a StageResult.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any, Protocol

from .config import Section, Settings, StageSpec
from .errors import ModerationConfigError
from .message import Message, StageResult
from .types import MessageContext


class Stage(Protocol):
    """A pipeline step. ``heavy`` stages run in a worker thread, off the event loop."""

    name: str
    heavy: bool

    def run(self, msg: Message, ctx: MessageContext) -> StageResult:
        """Judge (or transform) ``msg``; may raise, which holds the message."""
        ...


def config_section(config: Mapping[str, Any], path: str, allowed: set[str]) -> Section:
    """The stage's ``config`` mapping as a validating Section with unknown keys rejected."""
    sec = Section(config, f"{path}.config")
    sec.only(allowed)
    return sec


def build_stage(spec: StageSpec, settings: Settings) -> Stage:
    """Import the stage module named by ``spec.module`` and build it."""
    name = spec.module if "." in spec.module else f"moderation.stages.{spec.module}"
    try:
        module = importlib.import_module(name)
    except ImportError as exc:
        raise ModerationConfigError(
            f"{spec.path}.module: cannot import stage module {spec.module!r} ({exc})"
        ) from None
    build = getattr(module, "build", None)
    if not callable(build):
        raise ModerationConfigError(f"{spec.path}.module: {name} has no build() function")
    return build(spec.config, settings, spec.path)
