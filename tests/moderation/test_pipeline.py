"""The runner: timing, fail-safe on errors and timeouts, and the combination rules."""

from __future__ import annotations

from moderation import load_pipeline

from .conftest import ctx, fake, section


def judge(*stages, text="hello circle", context=None, **extra):
    pipeline = load_pipeline(section(*stages, **extra))
    try:
        return pipeline.judge_sync(text, context or ctx())
    finally:
        pipeline.close_sync()


def test_clean_message_is_delivered_and_every_stage_is_timed():
    """A message nobody flags is delivered as sanitised text, with a timing per stage."""
    d = judge(fake(name="a"), text="<b>hello</b> circle")
    assert d.status == "delivered"
    assert d.text == d.original == "hello circle"
    assert set(d.timings_ms) == {"sanitise", "normalise", "a"}


def test_stage_that_raises_holds_with_alert():
    """A crashing stage holds the message and tells facilitators moderation could not judge."""
    d = judge(fake(name="broken", behaviour="raise"))
    assert d.status == "held"
    assert d.failed_stages == ["broken"]
    assert any(a.kind == "moderation_failed" and a.severity == "high" for a in d.alerts)
    assert any(n.kind == "held" for n in d.notices)


def test_stage_that_times_out_holds():
    """A stage slower than stage_timeout_ms holds the message, inline or in a worker."""
    for heavy in (False, True):
        d = judge(fake(name="slow", behaviour="sleep", seconds=0.3, heavy=heavy),
                  stage_timeout_ms=50)
        assert d.status == "held", heavy
        assert "slow" in d.failed_stages


async def test_server_pays_a_stage_first_use_at_start_not_on_a_member_message():
    """A stage that is slow only the first time (loading lazily) would hold the first
    message it saw; the server's moderator warms the pipeline up when it starts."""
    from server.moderation_seam import Moderator

    cold = section(fake(name="lazy", behaviour="cold", seconds=0.2), stage_timeout_ms=100)
    pipeline = load_pipeline(cold)
    try:
        assert pipeline.judge_sync("hi", ctx()).failed_stages == ["lazy"]
    finally:
        pipeline.close_sync()
    moderator = Moderator(cold)
    try:
        d = await moderator.judge("hi", author_id="u1", author_name="Sam", circle_id="c1",
                                  now=1e6, membership_age_s=1e6, recent=[], staff=False)
    finally:
        await moderator.close()
    assert d.status == "delivered" and not d.failed_stages


async def test_async_judge_times_out_heavy_stage():
    """The async path also holds on a timeout, and close() releases the workers."""
    pipeline = load_pipeline(section(fake(name="slow", behaviour="sleep", seconds=0.3,
                                          heavy=True), stage_timeout_ms=50))
    d = await pipeline.judge("hi", ctx())
    await pipeline.close()
    assert d.status == "held" and d.failed_stages == ["slow"]


async def test_async_judge_raising_stage_holds():
    """The async path holds on an exception."""
    pipeline = load_pipeline(section(fake(name="x", behaviour="raise", heavy=True)))
    d = await pipeline.judge("hi", ctx())
    await pipeline.close()
    assert d.status == "held"


def test_policy_cannot_deliver_a_failed_message():
    """Even a circle policy of deliver cannot release a message a stage failed to judge."""
    d = judge(fake(name="x", behaviour="raise"),
              context=ctx(policy={"moderation_failed": "deliver"}))
    assert d.status == "held"


def test_blocked_beats_held_beats_redacted():
    """The most severe action wins; alerts from every label add up."""
    d = judge(fake(name="a", label="pii", span=[0, 5]), fake(name="b", label="violence"),
              fake(name="c", label="spam"))
    assert d.status == "blocked"
    assert {n.kind for n in d.notices} == {"blocked"}  # nothing of it is shown: no redaction notice
    assert {a.kind for a in d.alerts} >= {"held", "blocked"}
    d = judge(fake(name="a", label="pii", span=[0, 5]), fake(name="b", label="harassment"))
    assert d.status == "held"


def test_crisis_with_address_is_redacted_with_crisis_notice_and_urgent_alert():
    """Crisis + pii: status redacted, crisis resources to the author, urgent alert, original kept."""
    d = judge(fake(name="a", label="crisis"), fake(name="b", label="pii", span=[0, 5]),
              text="hello circle", context=ctx(locale="GB"))
    assert d.status == "redacted"
    assert d.text == "[phone number removed] circle"
    assert d.original == "hello circle"
    crisis = [n for n in d.notices if n.kind == "crisis"]
    assert crisis and crisis[0].resources[0]["phone"] == "116 123"
    assert crisis[0].resources[-1]["country"] == "INT"
    assert any(a.kind == "crisis" and a.severity == "urgent" for a in d.alerts)


def test_alert_reasons_never_contain_message_text():
    """Facilitator alerts name labels and stages, not what was written."""
    d = judge(fake(name="a", label="violence"), text="a very particular sentence")
    assert d.alerts and all("particular" not in a.reason for a in d.alerts)


def test_circle_policy_overrides_default():
    """A circle may choose to hold spam instead of blocking it."""
    d = judge(fake(name="a", label="spam"), context=ctx(policy={"spam": "hold"}))
    assert d.status == "held"


def test_unknown_circle_action_fails_safe_to_hold():
    """A typo in a circle's policy holds rather than delivering."""
    d = judge(fake(name="a", label="spam"), context=ctx(policy={"spam": "delivr"}))
    assert d.status == "held"


def test_pii_without_span_is_held_not_delivered():
    """A pii finding that cannot be cut out is held for a person to look at."""
    d = judge(fake(name="a", label="pii"))
    assert d.status == "held"
