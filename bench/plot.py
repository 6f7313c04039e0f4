"""The PNG: send-to-delivery latency percentiles against offered load, every system on one chart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

STYLES = {"hearth": ("tab:red", "-"), "hearth_x2": ("tab:purple", "-"),
          "baseline": ("tab:blue", "--")}


def plot(result: dict[str, Any], path: Path) -> Path | None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    steady = result["scenarios"].get("steady", {})
    if not steady:
        return None
    fig, ax = plt.subplots(figsize=(9, 5.5))
    for name, res in steady.items():
        steps = [s for s in res.get("steps", []) if s["delivery_ms"]["p50"] is not None]
        if not steps:
            continue
        color, ls = STYLES.get(name, ("black", ":"))
        x = [s["offered_msgs_s"] for s in steps]
        for q, alpha, marker in (("p50", 0.45, "o"), ("p95", 0.7, "s"), ("p99", 1.0, "^")):
            ax.plot(x, [s["delivery_ms"][q] for s in steps], ls, color=color, alpha=alpha,
                    marker=marker, label=f"{name} {q}")
    ax.axhline(100, color="grey", lw=0.8, ls=":")
    # x in axes fraction, y in data: the label stays inside the plot whatever the scale.
    ax.text(0.01, 105, "p99 limit 100 ms", color="grey", fontsize=8,
            transform=ax.get_yaxis_transform())
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("offered load (messages/s; each delivered to every member of its circle)")
    ax.set_ylabel("send-to-delivery latency (ms)")
    ax.set_title(f"Hearth vs bare broadcast baseline — {result['plan']['circles']} circles × "
                 f"{result['plan']['members']} members")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=8, ncol=3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
