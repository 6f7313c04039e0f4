"""A few Prometheus metrics, rendered in the text exposition format.

Small on purpose: counters, gauges and fixed-bucket histograms, with at most
one label. Rendering walks plain dicts; updating is a dict increment.
"""

from __future__ import annotations

import bisect
from collections import defaultdict


class Counter:
    def __init__(self, name: str, help_: str, label: str | None = None) -> None:
        self.name, self.help, self.label = name, help_, label
        self.values: dict[str, float] = defaultdict(float)

    def inc(self, value: float = 1.0, label: str = "") -> None:
        self.values[label] += value

    def render(self) -> list[str]:
        out = [f"# HELP {self.name} {self.help}", f"# TYPE {self.name} counter"]
        if not self.values and self.label is None:
            out.append(f"{self.name} 0")
        for lab, v in sorted(self.values.items()):
            sel = f'{{{self.label}="{lab}"}}' if self.label else ""
            out.append(f"{self.name}{sel} {v:g}")
        return out


class Gauge(Counter):
    def set(self, value: float, label: str = "") -> None:
        self.values[label] = value

    def dec(self, value: float = 1.0, label: str = "") -> None:
        self.values[label] -= value

    def render(self) -> list[str]:
        lines = super().render()
        lines[1] = f"# TYPE {self.name} gauge"
        return lines


class Histogram:
    BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)

    def __init__(self, name: str, help_: str) -> None:
        self.name, self.help = name, help_
        self.counts = [0] * (len(self.BUCKETS) + 1)
        self.sum = 0.0
        self.count = 0

    def observe(self, value: float) -> None:
        self.counts[bisect.bisect_left(self.BUCKETS, value)] += 1
        self.sum += value
        self.count += 1

    def render(self) -> list[str]:
        out = [f"# HELP {self.name} {self.help}", f"# TYPE {self.name} histogram"]
        acc = 0
        for bound, n in zip(self.BUCKETS, self.counts, strict=False):
            acc += n
            out.append(f'{self.name}_bucket{{le="{bound:g}"}} {acc}')
        out.append(f'{self.name}_bucket{{le="+Inf"}} {self.count}')
        out.append(f"{self.name}_sum {self.sum:.6f}")
        out.append(f"{self.name}_count {self.count}")
        return out


class Metrics:
    def __init__(self) -> None:
        self.connections = Gauge("hearth_connections", "Open WebSocket connections")
        self.messages = Counter("hearth_messages_total", "Messages by moderation outcome", "status")
        self.send_to_ack = Histogram("hearth_send_to_ack_seconds", "From send frame read to ack queued")
        self.commit_seconds = Histogram("hearth_commit_seconds", "One group-commit write to MongoDB")
        self.queue_overflows = Counter("hearth_queue_overflows_total",
                                       "Connections closed because their send queue overflowed")
        self.bus_reconnects = Counter("hearth_bus_reconnects_total", "Times the bus reconnected")
        self.bus_errors = Counter("hearth_bus_errors_total", "Bus publish or receive failures")
        self.db_errors = Counter("hearth_db_errors_total", "Database operations that failed")
        self.errors = Counter("hearth_client_errors_total", "Error answers sent, by code", "code")
        self.frames_in = Counter("hearth_frames_in_total", "WebSocket frames received, by type", "type")
        self.deliveries = Counter("hearth_deliveries_total", "Frames queued to connections by fan-out")
        self.gap_fills = Counter("hearth_gap_fills_total", "Times a circle caught up from MongoDB")
        self.webhook_failures = Counter("hearth_webhook_failures_total",
                                        "Escalation webhooks that failed after every retry")
        self.moderation_failures = Counter("hearth_moderation_failures_total",
                                           "Messages held because a moderation stage failed")

    def render(self) -> str:
        lines: list[str] = []
        for m in vars(self).values():
            lines.extend(m.render())
        return "\n".join(lines) + "\n"
