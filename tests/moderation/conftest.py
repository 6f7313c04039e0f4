"""Shared helpers for moderation tests: contexts and small pipelines built from plain data."""

from __future__ import annotations

import pytest

from moderation import MessageContext, load_pipeline


def ctx(**kw) -> MessageContext:
    base: dict = {"author_id": "u1", "author_name": "Sam", "circle_id": "c1", "now": 1e6}
    base.update(kw)
    return MessageContext(**base)


def fake(**config) -> dict:
    return {"module": "tests.moderation.fake_stages", "config": config}


def section(*stages, **extra) -> dict:
    sec = {"stages": [{"module": "sanitise"}, {"module": "normalise"}, *stages],
           "resources": [{"name": "Samaritans", "country": "GB", "phone": "116 123"},
                         {"name": "Find A Helpline", "country": "INT",
                          "url": "https://findahelpline.com"}],
           "stage_timeout_ms": 100}
    sec.update(extra)
    return sec


@pytest.fixture(scope="session")
def default_pipeline():
    pipeline = load_pipeline(None)
    yield pipeline
    pipeline.close_sync()


def assert_urgent_crisis(d):
    """A crisis label, and an urgent crisis alert for the facilitators."""
    assert "crisis" in d.labels
    assert any(a.kind == "crisis" and a.severity == "urgent" for a in d.alerts)
