"""Parse and validate the ``moderation:`` configuration section once, at start-up.

Every error is a ModerationConfigError whose message starts with the YAML path of
the offending key, so an operator can find it in config.yaml at a glance.

Keys of the section (see default.yaml for the packaged values):

``stages``            ordered list of ``{module, config}``; ``module`` is a stage name
                      under ``moderation.stages`` (e.g. ``pii``) or a dotted module path
                      that defines ``build(config, settings, path)``.
``policy``            label -> action (``deliver`` | ``redact`` | ``hold`` | ``block``);
                      merged over the built-in defaults; circles may override per message
                      through ``MessageContext.policy``.
``resources``         crisis resources shown to a member in distress: a list of
                      ``{name, country, phone?, text?, url?, hours?}``; ``country`` is an
                      ISO code or ``INT`` for the international fallback.
``link_allowlist``    domains (and their subdomains) that never count as spam links:
                      helplines and trusted resource sites.
``default_locale``    ISO country code used when a context has no locale.
``stage_timeout_ms``  per-stage time budget; a stage that takes longer holds the message.
``workers``           threads that run heavy stages off the event loop (0: inline).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .errors import ModerationConfigError
from .types import ACTIONS

DEFAULT_POLICY: dict[str, str] = {
    "crisis": "deliver",
    "violence": "hold",
    "harassment": "hold",
    "pii": "redact",
    "spam": "block",
    "flood": "hold",
    "duplicate": "block",
    "new_member_link": "hold",
    "moderation_failed": "hold",
}

TOP_KEYS = {
    "stages", "policy", "resources", "link_allowlist", "default_locale",
    "stage_timeout_ms", "workers",
}
RESOURCE_KEYS = {"name", "country", "phone", "text", "url", "hours"}


class Section:
    """A mapping being validated, remembering its YAML path for error messages."""

    def __init__(self, data: Any, path: str) -> None:
        if data is None:
            data = {}
        if not isinstance(data, Mapping):
            raise ModerationConfigError(f"{path}: must be a mapping")
        self.data = data
        self.path = path

    def at(self, key: str | int) -> str:
        """The YAML path of a child key."""
        return f"{self.path}[{key}]" if isinstance(key, int) else f"{self.path}.{key}"

    def only(self, allowed: set[str]) -> None:
        """Reject keys we do not know, so a typo cannot silently disable a setting."""
        for key in self.data:
            if key not in allowed:
                raise ModerationConfigError(
                    f"{self.at(str(key))}: unknown key (allowed: {', '.join(sorted(allowed))})"
                )

    def number(self, key: str, default: float, lo: float | None = None,
               hi: float | None = None) -> float:
        """A number within ``[lo, hi]``."""
        value = self.data.get(key, default)
        bad = isinstance(value, bool) or not isinstance(value, (int, float))
        if not bad and ((lo is not None and value < lo) or (hi is not None and value > hi)):
            bad = True
        if bad:
            if lo is not None and hi is not None:
                want = f"a number between {lo:g} and {hi:g}"
            elif lo is not None:
                want = f"a number of at least {lo:g}"
            else:
                want = "a number"
            raise ModerationConfigError(f"{self.at(key)}: must be {want}")
        return float(value)

    def integer(self, key: str, default: int, lo: int = 0) -> int:
        """A whole number of at least ``lo``."""
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < lo:
            raise ModerationConfigError(f"{self.at(key)}: must be a whole number >= {lo}")
        return value

    def string(self, key: str, default: str | None = None) -> str:
        """A non-empty string."""
        value = self.data.get(key, default)
        if not isinstance(value, str) or not value:
            raise ModerationConfigError(f"{self.at(key)}: must be a non-empty string")
        return value

    def boolean(self, key: str, default: bool) -> bool:
        """True or false."""
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise ModerationConfigError(f"{self.at(key)}: must be true or false")
        return value

    def strings(self, key: str, default: list[str] | None = None) -> list[str]:
        """A list of non-empty strings."""
        value = self.data.get(key, default if default is not None else [])
        if not isinstance(value, list):
            raise ModerationConfigError(f"{self.at(key)}: must be a list of strings")
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item:
                raise ModerationConfigError(f"{self.at(key)}[{i}]: must be a non-empty string")
        return list(value)

    def child(self, key: str) -> Section:
        """A nested mapping (empty when absent)."""
        return Section(self.data.get(key), self.at(key))


@dataclass(frozen=True)
class StageSpec:
    """One ``{module, config}`` entry of ``stages``."""

    module: str
    config: Mapping[str, Any]
    path: str


@dataclass(frozen=True)
class Settings:
    """The validated section, minus the stages themselves."""

    policy: Mapping[str, str]
    resources: tuple[Mapping[str, str], ...]
    link_allowlist: tuple[str, ...]
    default_locale: str
    stage_timeout_ms: float
    workers: int


def parse_policy(section: Section) -> dict[str, str]:
    """Merge configured label -> action overrides over the defaults."""
    policy = dict(DEFAULT_POLICY)
    for label, action in section.data.items():
        if not isinstance(label, str) or action not in ACTIONS:
            raise ModerationConfigError(
                f"{section.at(str(label))}: must be one of {', '.join(ACTIONS)}"
            )
        policy[label] = action
    return policy


def parse_resources(data: Any, path: str) -> tuple[Mapping[str, str], ...]:
    """Validate the crisis resources list."""
    if not isinstance(data, list):
        raise ModerationConfigError(f"{path}: must be a list of resources")
    out = []
    for i, item in enumerate(data):
        sec = Section(item, f"{path}[{i}]")
        sec.only(RESOURCE_KEYS)
        entry = {"name": sec.string("name"), "country": sec.string("country").upper()}
        for key in ("phone", "text", "url", "hours"):
            if key in sec.data:
                entry[key] = sec.string(key)
        if not any(k in entry for k in ("phone", "text", "url")):
            raise ModerationConfigError(f"{sec.path}: needs at least one of phone, text, url")
        out.append(entry)
    return tuple(out)


def parse_section(data: Any, path: str) -> tuple[Settings, list[StageSpec]]:
    """Validate the whole section; stage configs are validated later by each stage."""
    top = Section(data, path)
    top.only(TOP_KEYS)
    stages_raw = top.data.get("stages")
    if not isinstance(stages_raw, list) or not stages_raw:
        raise ModerationConfigError(f"{top.at('stages')}: must be a non-empty list")
    specs = []
    for i, entry in enumerate(stages_raw):
        sec = Section(entry, f"{top.at('stages')}[{i}]")
        sec.only({"module", "config"})
        module = sec.string("module")
        cfg = sec.data.get("config") or {}
        if not isinstance(cfg, Mapping):
            raise ModerationConfigError(f"{sec.at('config')}: must be a mapping")
        specs.append(StageSpec(module=module, config=cfg, path=sec.path))
    locale = top.string("default_locale", "GB").upper()
    settings = Settings(
        policy=parse_policy(top.child("policy")),
        resources=parse_resources(top.data.get("resources", []), top.at("resources")),
        link_allowlist=tuple(d.lower().lstrip(".") for d in top.strings("link_allowlist")),
        default_locale=locale,
        stage_timeout_ms=top.number("stage_timeout_ms", 250.0, lo=1.0),
        workers=top.integer("workers", 1, lo=0),
    )
    return settings, specs
