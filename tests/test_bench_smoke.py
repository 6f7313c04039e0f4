"""The benchmark's generator against a real Hearth and the baseline, briefly, and its checker.

Not a timing test: it checks that a run produces a result of the right shape
and that the order/completeness checker catches a doubled, a missing and an
out-of-order delivery.
"""

from __future__ import annotations

import json

from bench import scenarios, stack
from bench.__main__ import main, summarise
from bench.check import check_all, check_stream


def test_checker_passes_an_exact_stream():
    """Every stored seq once, in order: nothing to report."""
    v = check_stream([1, 2, 3, 4], [1, 2, 3, 4])
    assert v.ok and v.received == 4 and v.expected == 4


def test_checker_catches_a_doubled_delivery():
    """A seq delivered twice is doubled and breaks strict order."""
    v = check_stream([1, 2, 2, 3], [1, 2, 3])
    assert not v.ok and v.doubled == 1 and v.out_of_order == 1 and v.missing == 0


def test_checker_catches_a_missing_delivery():
    """A stored seq never delivered is missing."""
    v = check_stream([1, 3], [1, 2, 3])
    assert not v.ok and v.missing == 1 and v.doubled == 0 and v.out_of_order == 0


def test_checker_catches_reordering_and_strangers():
    """Seqs out of order, or never stored, are reported."""
    v = check_stream([2, 1, 9], [1, 2])
    assert not v.ok and v.out_of_order == 1 and v.unexpected == 1
    total = check_all([([1, 2], [1, 2]), ([1], [1, 2])])
    assert total.streams == 2 and total.missing == 1 and not total.ok


def test_judge_fails_a_step_that_lost_something():
    """A step with a missing delivery fails whatever its latency."""
    step = {"check": check_stream([1], [1, 2]).as_dict(), "errors": {}, "unacked": 0,
            "statuses": {"delivered": 2}, "stored": 2, "sent": 2,
            "delivery_ms": {"p99": 1.0}, "generator_worst_lateness_ms": 0.0}
    assert any("missing 1" in w for w in scenarios.judge(step))


def test_a_quick_run_writes_a_result_of_the_right_shape(tmp_path, monkeypatch):
    """Steady chat and a small storm against Hearth and the baseline write JSON, PNG and a table."""
    from bench import __main__ as bench_main

    real = bench_main.make_plan

    def small(args):
        plan = real(args)
        plan.circles, plan.members, plan.duration = 3, 4, 1.0
        plan.start_rate, plan.factor, plan.max_steps = 10, 2.0, 1
        plan.storm_circles, plan.behind, plan.storm_live = 2, 5, 1
        return plan

    monkeypatch.setattr(bench_main, "make_plan", small)
    out = tmp_path / "r.json"
    assert main(["--scenarios", "steady,storm", "--out", str(out)]) == 0
    res = json.loads(out.read_text())
    assert out.with_suffix(".png").exists()
    assert res["config_departures"] == stack.departures(False)
    for name in ("hearth", "baseline"):
        r = res["scenarios"]["steady"][name]
        assert r["steps"], name
        step = r["steps"][0]
        for key in ("offered_msgs_s", "stored", "deliveries", "check", "ack_ms", "delivery_ms",
                    "cpu_us_per_msg", "cpu_us_per_delivery", "cpu_s", "pass"):
            assert key in step, (name, key)
        assert step["check"]["ok"], step["check"]
        assert len(step["slow_ack_offsets_s"]) == min(step["slow_acks"], 200)
        assert all(0 <= t <= step["wall_s"] for t in step["slow_ack_offsets_s"])
        assert step["deliveries"] == step["stored"] * 4
        assert step["check"]["streams"] == 3 * 4
    storm = res["scenarios"]["storm"]
    assert storm["check"]["ok"] and storm["dropped"] == 2 * 4
    assert storm["check"]["received"] >= 2 * 4 * 5
    assert [r["figure"] for r in res["summary"]] == [r[0] for r in summarise(res)]


def test_a_step_line_says_when_slow_acks_were_due():
    """A stall shows as a narrow band of offsets; a step without slow acks says nothing."""
    from bench.scenarios import step_line
    r = {"offered_msgs_s": 100.0, "delivery_ms": {"p50": 5, "p99": 120}, "ack_ms": {"p99": 121},
         "cpu_us_per_msg": 4000.0, "server_cpu_share": 0.5, "pass": True, "why": [],
         "slow_acks": 3, "slow_ack_offsets_s": [6.02, 5.9, 6.1]}
    assert step_line("hearth", r).endswith("3 acks over 50 ms, due 5.90-6.10 s into the step")
    r.update(slow_acks=0, slow_ack_offsets_s=[])
    assert step_line("hearth", r).endswith("pass")
