"""Sliding-window rate limits kept in process memory.

A limit is ``count`` events per ``window`` seconds per key. ``check`` says
how long to wait before the next event would be allowed; ``hit`` records an
event. The two are separate because a send counts only once it is accepted.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable


class Limiter:
    def __init__(self, count: int, window: float, clock: Callable[[], float]) -> None:
        self.count = count
        self.window = window
        self.clock = clock
        self.events: dict[object, deque[float]] = {}

    def _trim(self, key: object, now: float) -> deque[float] | None:
        q = self.events.get(key)
        if q is None:
            return None
        while q and q[0] <= now - self.window:
            q.popleft()
        if not q:
            del self.events[key]
            return None
        return q

    def check(self, key: object, count: int | None = None) -> float:
        """Seconds until one more event is allowed (0.0: allowed now)."""
        now = self.clock()
        q = self._trim(key, now)
        limit = self.count if count is None else count
        if q is None or len(q) < limit:
            return 0.0
        return max(q[-limit] + self.window - now, 0.001)

    def hit(self, key: object) -> None:
        now = self.clock()
        q = self._trim(key, now)
        if q is None:
            q = self.events[key] = deque()
        q.append(now)
        if len(self.events) > 100_000:  # bound memory under a flood of keys
            for k in list(self.events)[:10_000]:
                self._trim(k, now)
