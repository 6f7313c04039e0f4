"""Configuration: read once from YAML and the environment into frozen objects.

Every key has a default, so an empty file is a valid configuration. Errors
name the YAML path of the offending key (``limits.text_chars: must be an
integer >= 1``). Environment variables override the file; secrets come only
from the environment (or files the environment points at).
"""

from __future__ import annotations

import dataclasses
import os
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError

DEFAULT_AGREEMENT = (
    "What is shared here stays here. We speak from our own experience and listen "
    "without judging. We use first names or pseudonyms only, and we do not name or "
    "identify the people who hurt us. We are kind to each other, even on hard days. "
    "If you are in danger, please contact emergency services or a crisis line: "
    "this circle is support, not an emergency service."
)


@dataclass(frozen=True)
class ServerConfig:
    host: str = "127.0.0.1"
    port: int = 8080
    # The origin browsers use to reach Hearth (scheme://host[:port]). Cookie-
    # authenticated WebSockets and POSTs from any other origin are refused.
    # Empty: http://HOST:PORT as configured above.
    public_origin: str = ""
    # Add the Secure attribute to the session cookie (set when behind TLS).
    secure_cookies: bool = False
    # Addresses of reverse proxies whose X-Forwarded-For is believed.
    trusted_proxies: tuple[str, ...] = ()
    shutdown_timeout_s: float = 8.0


@dataclass(frozen=True)
class MongoConfig:
    # Empty: start the embedded SecantusDB child and use it.
    url: str = ""
    database: str = "hearth"
    # Write concern for acknowledged writes: "majority" or an integer.
    write_concern: str = "majority"
    journal: bool = True
    timeout_ms: int = 5000
    # MongoDB's retryable writes. Hearth's own idempotency (the unique
    # (author, client_id) index) already makes a resent message safe; the
    # embedded SecantusDB, whose retryable-write bookkeeping grows with every
    # write, always runs without them.
    retry_writes: bool = True


@dataclass(frozen=True)
class EmbeddedConfig:
    # Where the embedded database keeps its files (HEARTH_DATA_DIR).
    data_dir: str = "./var"
    # 0: pick a free port on 127.0.0.1.
    port: int = 0
    command: str = "secantusd-py"


@dataclass(frozen=True)
class RedisConfig:
    # Empty: single process on the in-process bus.
    url: str = ""


@dataclass(frozen=True)
class AuthConfig:
    session_ttl_s: int = 14 * 24 * 3600
    min_password_length: int = 10
    # Login and register attempts allowed per window, per client IP and per username.
    attempts_per_ip: int = 30
    attempts_per_username: int = 10
    attempts_window_s: int = 300
    # argon2id cost; the defaults follow RFC 9106's second recommendation.
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 65536
    argon2_parallelism: int = 4


@dataclass(frozen=True)
class LimitsConfig:
    frame_bytes: int = 16 * 1024
    text_chars: int = 4000
    sends_per_window: int = 10
    send_window_s: float = 10.0
    history_default: int = 50
    history_max: int = 200
    # Frames queued for one connection before it is cut off (1013).
    send_queue: int = 1024
    # Seconds a socket may stay open without authenticating.
    auth_timeout_s: float = 10.0
    max_connections_per_ip: int = 200
    display_name_chars: int = 40
    # Replayed on join before the connection must ask for history.
    join_replay_max: int = 1000
    # How often open sockets are checked against their session (expiry, revocation).
    session_check_s: float = 60.0


@dataclass(frozen=True)
class CirclesConfig:
    default_capacity: int = 12
    default_agreement: str = DEFAULT_AGREEMENT
    retention_days: int = 90


@dataclass(frozen=True)
class EscalationConfig:
    # An urgent alert nobody acknowledged for this long is escalated.
    after_s: int = 300
    check_every_s: float = 15.0
    # HTTP POST of each escalation (JSON), signed with HMAC-SHA256 of
    # "TIMESTAMP.BODY" in X-Hearth-Signature. Empty: no webhook.
    webhook_url: str = ""
    # HEARTH_WEBHOOK_SECRET; keep it in the environment.
    webhook_secret: str = ""
    retries: int = 6
    retry_initial_s: float = 2.0


@dataclass(frozen=True)
class RetentionConfig:
    # Audit entries and alerts are kept this long (TTL indexes), apart from messages.
    audit_days: int = 365
    alerts_days: int = 180


@dataclass(frozen=True)
class LoggingConfig:
    level: str = "INFO"


@dataclass(frozen=True)
class Config:
    server: ServerConfig = field(default_factory=ServerConfig)
    mongo: MongoConfig = field(default_factory=MongoConfig)
    embedded: EmbeddedConfig = field(default_factory=EmbeddedConfig)
    redis: RedisConfig = field(default_factory=RedisConfig)
    auth: AuthConfig = field(default_factory=AuthConfig)
    limits: LimitsConfig = field(default_factory=LimitsConfig)
    circles: CirclesConfig = field(default_factory=CirclesConfig)
    retention: RetentionConfig = field(default_factory=RetentionConfig)
    escalation: EscalationConfig = field(default_factory=EscalationConfig)
    logging: LoggingConfig = field(default_factory=LoggingConfig)
    # Passed to moderation.load_pipeline as it is; validated there.
    moderation: dict[str, Any] | None = None

    @property
    def origin(self) -> str:
        """The public origin that browsers must come from."""
        if self.server.public_origin:
            return self.server.public_origin.rstrip("/")
        return f"http://{self.server.host}:{self.server.port}"

    def __repr__(self) -> str:
        # Connection URLs may hold credentials: never print them.
        return f"Config(server={self.server!r}, mongo=<masked>, redis=<masked>, escalation=<masked>)"


# Environment variable → YAML path it overrides.
ENV_OVERRIDES = {
    "HEARTH_HOST": "server.host",
    "HEARTH_PORT": "server.port",
    "HEARTH_PUBLIC_ORIGIN": "server.public_origin",
    "HEARTH_SECURE_COOKIES": "server.secure_cookies",
    "HEARTH_MONGO_URL": "mongo.url",
    "HEARTH_MONGO_DATABASE": "mongo.database",
    "HEARTH_REDIS_URL": "redis.url",
    "HEARTH_DATA_DIR": "embedded.data_dir",
    "HEARTH_LOG_LEVEL": "logging.level",
    "HEARTH_WEBHOOK_URL": "escalation.webhook_url",
    "HEARTH_WEBHOOK_SECRET": "escalation.webhook_secret",
}

POSITIVE = {
    "server.port": 0, "embedded.port": 0,
}


def _coerce(path: str, value: Any, typ: Any) -> Any:
    origin = typing.get_origin(typ)
    if typ is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("1", "true", "yes", "on", "0", "false", "no", "off"):
            return value.lower() in ("1", "true", "yes", "on")
        raise ConfigError(f"{path}: must be true or false, got {value!r}")
    if typ is int:
        if isinstance(value, bool):
            raise ConfigError(f"{path}: must be an integer, got {value!r}")
        if isinstance(value, str):
            try:
                value = int(value)
            except ValueError:
                raise ConfigError(f"{path}: must be an integer, got {value!r}") from None
        if not isinstance(value, int):
            raise ConfigError(f"{path}: must be an integer, got {value!r}")
        low = POSITIVE.get(path, 1)
        if value < low:
            raise ConfigError(f"{path}: must be an integer >= {low}, got {value}")
        return value
    if typ is float:
        if isinstance(value, str):
            try:
                value = float(value)
            except ValueError:
                raise ConfigError(f"{path}: must be a number, got {value!r}") from None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            raise ConfigError(f"{path}: must be a number > 0, got {value!r}")
        return float(value)
    if typ is str:
        if value is None:
            return ""
        if not isinstance(value, str):
            raise ConfigError(f"{path}: must be a string, got {value!r}")
        return value
    if origin is tuple:
        if value is None:
            return ()
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{path}: must be a list of strings")
        return tuple(value)
    return value


def _build(cls: Any, data: Any, path: str) -> Any:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: must be a mapping")
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    for key in data:
        if key not in names:
            raise ConfigError(f"{path + '.' if path else ''}{key}: unknown key")
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue
        sub = f"{path + '.' if path else ''}{f.name}"
        typ = hints[f.name]
        if dataclasses.is_dataclass(typ):
            kwargs[f.name] = _build(typ, data[f.name], sub)
        elif isinstance(typ, types.UnionType) or typing.get_origin(typ) is typing.Union:
            value = data[f.name]
            if value is not None and not isinstance(value, dict):
                raise ConfigError(f"{sub}: must be a mapping")
            kwargs[f.name] = value
        else:
            kwargs[f.name] = _coerce(sub, data[f.name], typ)
    return cls(**kwargs)


def _check(cfg: Config) -> None:
    level = cfg.logging.level.upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        raise ConfigError(f"logging.level: must be DEBUG, INFO, WARNING or ERROR, got {cfg.logging.level!r}")
    if cfg.server.port > 65535:
        raise ConfigError(f"server.port: must be at most 65535, got {cfg.server.port}")
    if cfg.server.public_origin and not cfg.server.public_origin.startswith(("http://", "https://")):
        raise ConfigError("server.public_origin: must start with http:// or https://")
    if cfg.mongo.url and not cfg.mongo.url.startswith(("mongodb://", "mongodb+srv://")):
        raise ConfigError("mongo.url: must be a mongodb:// or mongodb+srv:// URL")
    if cfg.redis.url and not cfg.redis.url.startswith(("redis://", "rediss://", "unix://")):
        raise ConfigError("redis.url: must be a redis://, rediss:// or unix:// URL")
    wc = cfg.mongo.write_concern
    if wc != "majority" and not wc.isdigit():
        raise ConfigError(f"mongo.write_concern: must be 'majority' or a number, got {wc!r}")
    url = cfg.escalation.webhook_url
    if url and not url.startswith(("http://", "https://")):
        raise ConfigError("escalation.webhook_url: must start with http:// or https://")
    if cfg.limits.history_default > cfg.limits.history_max:
        raise ConfigError("limits.history_default: must not exceed limits.history_max")


def load_config(path: str | Path | None = None, env: dict[str, str] | None = None,
                overrides: dict[str, Any] | None = None) -> Config:
    """Read the YAML file (if any), apply environment and explicit overrides, validate."""
    env = dict(os.environ if env is None else env)
    data: dict[str, Any] = {}
    if path is not None:
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8")
        except OSError as e:
            raise ConfigError(f"{p}: cannot read the configuration file ({e.strerror})") from None
        try:
            loaded = yaml.safe_load(text)
        except yaml.YAMLError as e:
            raise ConfigError(f"{p}: not valid YAML ({e})") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise ConfigError(f"{p}: the top level must be a mapping")
        data = loaded or {}
    for var, dotted in ENV_OVERRIDES.items():
        if env.get(var, "") != "":
            _set(data, dotted, env[var])
        elif env.get(var + "_FILE", "") != "":
            _set(data, dotted, read_secret_file(var + "_FILE", env[var + "_FILE"]))
    for dotted, value in (overrides or {}).items():
        if value is not None:
            _set(data, dotted, value)
    cfg = _build(Config, data, "")
    _check(cfg)
    return cfg


def read_secret_file(var: str, path: str) -> str:
    """A secret from a file only its owner can read (as Docker and systemd credentials are)."""
    p = Path(path)
    try:
        mode = p.stat().st_mode
        text = p.read_text(encoding="utf-8").strip()
    except OSError as e:
        raise ConfigError(f"{var}: cannot read {path} ({e.strerror})") from None
    if mode & 0o077:
        raise ConfigError(f"{var}: {path} can be read by other users; "
                          f"run chmod 600 {path} first")
    return text


def _set(data: dict[str, Any], dotted: str, value: Any) -> None:
    section, key = dotted.split(".", 1)
    sec = data.get(section)
    if not isinstance(sec, dict):
        sec = {}
        data[section] = sec
    sec[key] = value
