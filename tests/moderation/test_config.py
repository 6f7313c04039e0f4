"""Configuration errors name the YAML path of the bad key."""

from __future__ import annotations

import pytest

from moderation import ModerationConfigError, load_pipeline

from .conftest import fake, section


def error(sec, path="moderation") -> str:
    with pytest.raises(ModerationConfigError) as info:
        load_pipeline(sec, path)
    return str(info.value)


def test_default_config_loads():
    """The packaged default.yaml is valid."""
    load_pipeline(None).close_sync()


def test_stage_config_error_names_path():
    """A bad stage option names stages[i].config.key."""
    msg = error(section(fake(score=3)))
    assert msg.startswith("moderation.stages[2].config.score: must be a number between 0 and 1")


def test_unknown_module_names_path():
    """An unknown stage module names stages[i].module."""
    msg = error(section({"module": "no_such_stage"}))
    assert msg.startswith("moderation.stages[2].module:")


def test_unknown_top_key_and_bad_policy():
    """Typos at the top level and bad actions are caught."""
    assert error(section(polcy={})).startswith("moderation.polcy: unknown key")
    assert error(section(policy={"spam": "nuke"})).startswith("moderation.policy.spam:")


def test_bad_resource_names_path():
    """A resource without any way to reach it is rejected."""
    sec = section(resources=[{"name": "X", "country": "GB"}])
    assert error(sec, "cfg.moderation").startswith("cfg.moderation.resources[0]:")


def test_empty_stages_rejected():
    """A pipeline must have stages."""
    assert error({"stages": []}).startswith("moderation.stages:")


def test_bad_timeout_rejected():
    """stage_timeout_ms must be a positive number."""
    assert error(section(stage_timeout_ms="fast")).startswith("moderation.stage_timeout_ms:")


def test_no_server_dependencies_imported():
    """The moderation package imports neither aiohttp nor a database driver."""
    import subprocess
    import sys

    code = ("import sys, moderation; moderation.load_pipeline(None); "
            "bad=[m for m in ('aiohttp','pymongo','redis','motor') if m in sys.modules]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)
