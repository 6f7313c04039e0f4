"""Configuration: defaults, environment overrides, and errors that name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from server.config import load_config
from server.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]


def test_shipped_config_yaml_is_valid_and_matches_defaults() -> None:
    """config.yaml as shipped loads, and says what the defaults are."""
    cfg = load_config(ROOT / "config.yaml", env={})
    assert cfg.server.port == 8080 and cfg.limits.text_chars == 4000
    assert cfg.mongo.url == "" and cfg.redis.url == ""
    from moderation.pipeline import default_section
    from server.moderation_seam import Moderator

    assert cfg.moderation == default_section()  # the shipped copy matches the packaged default
    Moderator(cfg.moderation).pipeline.close_sync()


def test_environment_overrides_the_file(tmp_path: Path) -> None:
    """HEARTH_* variables win over the file."""
    p = tmp_path / "c.yaml"
    p.write_text("server: {port: 9000}\n")
    cfg = load_config(p, env={"HEARTH_PORT": "9100", "HEARTH_REDIS_URL": "redis://x:1/0"})
    assert cfg.server.port == 9100 and cfg.redis.url == "redis://x:1/0"


@pytest.mark.parametrize("text,path", [
    ("server: {port: lots}\n", "server.port"),
    ("limits: {text_chars: 0}\n", "limits.text_chars"),
    ("limits: {colour: blue}\n", "limits.colour"),
    ("mongo: {url: 'http://nope'}\n", "mongo.url"),
    ("logging: {level: LOUD}\n", "logging.level"),
    ("server: [1, 2]\n", "server"),
    ("moderation:\n  stages:\n    - module: no_such_stage\n", "moderation.stages[0]"),
])
def test_a_wrong_value_names_its_key(tmp_path: Path, text: str, path: str) -> None:
    """The error message starts with the YAML path of the bad key."""
    p = tmp_path / "c.yaml"
    p.write_text(text)
    with pytest.raises(ConfigError) as e:
        cfg = load_config(p, env={})
        from server.moderation_seam import Moderator

        Moderator(cfg.moderation)
    assert str(e.value).startswith(path), str(e.value)


def test_secrets_are_not_in_repr() -> None:
    """A config printed by accident does not show connection strings."""
    cfg = load_config(None, env={"HEARTH_MONGO_URL": "mongodb://u:hunter2@h/"})
    assert "hunter2" not in repr(cfg)


def test_secrets_from_files_need_restrictive_permissions(tmp_path: Path) -> None:
    """*_FILE variables read a secret from a file, refusing one others can read."""
    secret = tmp_path / "hook"
    secret.write_text("s3cret\n")
    secret.chmod(0o644)
    with pytest.raises(ConfigError) as e:
        load_config(None, env={"HEARTH_WEBHOOK_SECRET_FILE": str(secret)})
    assert str(e.value).startswith("HEARTH_WEBHOOK_SECRET_FILE") and "chmod 600" in str(e.value)
    secret.chmod(0o600)
    cfg = load_config(None, env={"HEARTH_WEBHOOK_SECRET_FILE": str(secret)})
    assert cfg.escalation.webhook_secret == "s3cret"
