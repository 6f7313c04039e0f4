"""``python -m bench`` (``make bench``): run the scenarios, print a table, write JSON and a PNG.

    python -m bench [--quick] [--scenarios steady,idle,storm,cluster] [--circles C]
                    [--members M] [--duration S] [--idle-members N] ...
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import scenarios, stack
from .plot import plot
from .scenarios import Plan

RESULTS = Path(__file__).resolve().parent / "results"
ALL = ("steady", "idle", "storm", "cluster")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    p.add_argument("--scenarios", default=",".join(ALL),
                   help=f"comma-separated, from {', '.join(ALL)} (default: all)")
    p.add_argument("--quick", action="store_true", help="small sizes and short steps (~2 min)")
    p.add_argument("--circles", type=int, help="circles in steady chat (default 100)")
    p.add_argument("--members", type=int, help="members per circle (default 10)")
    p.add_argument("--duration", type=float, help="seconds per load step (default 10)")
    p.add_argument("--start-rate", type=float, help="first offered rate, messages/s (default 100)")
    p.add_argument("--factor", type=float, help="rate multiplier between steps (default 1.5)")
    p.add_argument("--max-steps", type=int, help="most steps per ladder (default 14)")
    p.add_argument("--idle-members", type=int, help="idle connections (default 10000)")
    p.add_argument("--storm-circles", type=int, help="circles in the reconnect storm (default 100)")
    p.add_argument("--behind", type=int, help="messages missed per circle in the storm (default 50)")
    p.add_argument("--packaged-flood", action="store_true",
                   help="keep the packaged flood limits (sustained bursts and typing speed): "
                        "machine-paced chat is then mostly held for review")
    p.add_argument("--out", type=Path, help="result file (default bench/results/<time>.json)")
    return p.parse_args(argv)


def make_plan(a: argparse.Namespace) -> Plan:
    plan = Plan()
    if a.quick:
        plan = Plan(circles=20, members=10, duration=3.0, start_rate=50, factor=2.0, max_steps=4,
                    idle_members=1000, idle_generators=1, storm_circles=20, behind=50,
                    storm_live=3)
    for field, value in (("circles", a.circles), ("members", a.members),
                         ("duration", a.duration), ("start_rate", a.start_rate),
                         ("factor", a.factor), ("max_steps", a.max_steps),
                         ("idle_members", a.idle_members), ("storm_circles", a.storm_circles),
                         ("behind", a.behind)):
        if value is not None:
            setattr(plan, field, value)
    plan.packaged_flood = a.packaged_flood
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) >= 2:
        plan.server_cpus, plan.other_cpus = {cpus[0]}, set(cpus[1:])
    return plan


def ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 3) if a and b else None


def summarise(res: dict[str, Any]) -> list[tuple[str, Any, Any, Any]]:
    """Rows of (figure, Hearth, baseline, Hearth/baseline or a verdict)."""
    sc = res["scenarios"]
    rows: list[tuple[str, Any, Any, Any]] = []
    st = sc.get("steady", {})
    h, b, h2 = st.get("hearth"), st.get("baseline"), st.get("hearth_x2")
    if h or b:
        hb = (h or {}).get("best_msgs_s")
        bb = (b or {}).get("best_msgs_s")
        rows.append(("highest passing rate, msgs/s", hb, bb, ratio(hb, bb)))
        hd = (h or {}).get("best_deliveries_s")
        bd = (b or {}).get("best_deliveries_s")
        rows.append(("  deliveries/s at that rate", hd, bd, ratio(hd, bd)))
        hh = (h or {}).get("half") or {}
        bh = (b or {}).get("half") or {}
        for key, name in (("ack_ms", "send-to-ack"), ("delivery_ms", "send-to-delivery")):
            for q in ("p50", "p95", "p99"):
                x, y = hh.get(key, {}).get(q), bh.get(key, {}).get(q)
                rows.append((f"{name} {q} at ½ best, ms", x, y, ratio(x, y)))
        x, y = hh.get("cpu_us_per_msg"), bh.get("cpu_us_per_msg")
        rows.append(("server CPU µs/msg at own ½ best", x, y, ratio(x, y)))
        x, y = hh.get("cpu_us_per_delivery"), bh.get("cpu_us_per_delivery")
        rows.append(("server CPU µs/delivery at own ½ best", x, y, ratio(x, y)))
        same = (b or {}).get("at_hearth_half") or {}
        if same:
            x, y = hh.get("cpu_us_per_msg"), same.get("cpu_us_per_msg")
            rows.append(("server CPU µs/msg, same load", x, y, ratio(x, y)))
            rows.append(("  baseline/Hearth (target ≥ 0.25)", "", "", ratio(y, x)))
        x = (h or {}).get("peak_rss_kib", {})
        y = (b or {}).get("peak_rss_kib", {})
        rows.append(("peak RSS (VmHWM), MiB", round(sum(x.values()) / 1024, 1) if x else None,
                     round(sum(y.values()) / 1024, 1) if y else None, None))
    if h2:
        hh2 = h2.get("half") or {}
        rows.append(("2 processes: highest passing msgs/s", h2.get("best_msgs_s"), "",
                     ratio(h2.get("best_msgs_s"), (h or {}).get("best_msgs_s"))))
        rows.append(("2 processes: delivery p99 at ½, ms", hh2.get("delivery_ms", {}).get("p99"),
                     "", None))
        rows.append(("2 processes: CPU µs/msg (both) at ½", hh2.get("cpu_us_per_msg"), "", None))
        checks = [s["check"]["ok"] for s in h2.get("steps", []) if s["pass"]] + \
            ([hh2["check"]["ok"]] if hh2 else [])
        rows.append(("2 processes: once, in order, on both", all(checks) if checks else None,
                     "", None))
    idle_r = sc.get("idle")
    if idle_r:
        y = idle_r.get("baseline", {}).get("kib_per_connection")
        rows.append((f"idle: KiB per connection ({idle_r.get('connected')})",
                     idle_r.get("kib_per_connection"), y, ratio(idle_r.get("kib_per_connection"), y)))
        rows.append(("idle: MiB per 1,000 connections", idle_r.get("mib_per_1000"),
                     round(y * 1000 / 1024, 2) if y else None, None))
    s = sc.get("storm")
    if s:
        rows.append((f"storm: {s['dropped']} back, caught up in s", s["caught_up_s"], "", None))
        rows.append(("storm: nothing lost or doubled", s["check"]["ok"] and
                     not s["reconnect_failures"], "", None))
    return rows


def table(rows: list[tuple[str, Any, Any, Any]]) -> str:
    out = [f"{'figure':42s} {'Hearth':>12s} {'baseline':>12s} {'ratio':>8s}", "-" * 77]
    for name, h, b, r in rows:
        out.append(f"{name:42s} {'' if h is None else str(h):>12s} "
                   f"{'' if b is None else str(b):>12s} {'' if r is None else str(r):>8s}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    plan = make_plan(args)
    chosen = [s.strip() for s in args.scenarios.split(",") if s.strip()]
    unknown = set(chosen) - set(ALL)
    if unknown:
        print(f"unknown scenario(s): {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2

    def log(line: str) -> None:
        print(line, flush=True)

    started = datetime.now(UTC)
    log(f"Hearth bench, {started:%Y-%m-%d %H:%M:%S} UTC, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}")
    log(f"  servers under test on CPU {sorted(plan.server_cpus or [])}; generators, SecantusDB and"
        f" Redis on CPU {sorted(plan.other_cpus or [])}")
    log("  bench configuration departs from the defaults:")
    for d in stack.departures(plan.packaged_flood):
        log(f"    - {d}")
    result: dict[str, Any] = {
        "started": started.isoformat(), "host": platform.node(), "cpus": os.cpu_count(),
        "python": platform.python_version(), "plan": {**vars(plan),
                                                     "server_cpus": sorted(plan.server_cpus or []),
                                                     "other_cpus": sorted(plan.other_cpus or [])},
        "config_departures": stack.departures(plan.packaged_flood),
        "limits": {"p99_ms": scenarios.P99_LIMIT_MS, "generator_late_ms": scenarios.LATE_LIMIT_MS},
        "scenarios": {},
    }
    sc = result["scenarios"]
    t0 = time.perf_counter()
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = args.out or RESULTS / f"bench-{started:%Y%m%dT%H%M%S}.json"

    def save() -> None:
        """Written after every scenario, so an interrupted run keeps what it measured."""
        out.write_text(json.dumps(result, indent=1, default=str))
    if "steady" in chosen:
        log(f"steady chat: {plan.circles} circles × {plan.members} members, {plan.duration:g} s per "
            f"step, ×{plan.factor:g} from {plan.start_rate:g} msgs/s")
        sc["steady"] = {"hearth": scenarios.steady_hearth(plan, log)}
        half = (sc["steady"]["hearth"].get("best_msgs_s") or 0) / 2 or None
        sc["steady"]["baseline"] = scenarios.steady_baseline(plan, log, half)
        save()
    if "cluster" in chosen:
        log("steady chat on two Hearth processes sharing SecantusDB and Redis")
        sc.setdefault("steady", {})["hearth_x2"] = scenarios.steady_hearth(plan, log, n_servers=2)
        save()
    if "idle" in chosen:
        log(f"idle: {plan.idle_members} signed-in members joined to their circles")
        sc["idle"] = scenarios.idle(plan, log)
        save()
    if "storm" in chosen:
        log(f"reconnect storm: {plan.storm_circles * plan.members} members, {plan.behind} behind")
        sc["storm"] = scenarios.storm(plan, log)
        save()
    result["elapsed_s"] = round(time.perf_counter() - t0, 1)
    rows = summarise(result)
    result["summary"] = [{"figure": r[0], "hearth": r[1], "baseline": r[2], "ratio": r[3]}
                         for r in rows]
    png = plot(result, out.with_suffix(".png"))
    result["plot"] = str(png) if png else None
    save()
    log("")
    log(table(rows))
    log(f"\nresults: {out}" + (f"\nplot:    {png}" if png else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
