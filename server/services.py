"""The long-lived parts of a running server, passed to handlers as one object."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .config import Config
from .metrics import Metrics
from .ratelimit import Limiter

if TYPE_CHECKING:
    from .bus import Bus
    from .moderation_seam import Moderator
    from .storage import Store
    from .ws.hub import Hub


@dataclass
class Services:
    config: Config
    store: Store
    bus: Bus
    hub: Hub
    moderator: Moderator
    metrics: Metrics
    clock: Callable[[], float] = time.time
    send_limiter: Limiter = field(init=False)
    auth_limiter: Limiter = field(init=False)
    extra: dict[str, Any] = field(default_factory=dict)
    # (user, circle) -> time of the last acknowledged send, for slow mode.
    last_send: dict[tuple[str, str], float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        lim = self.config.limits
        self.send_limiter = Limiter(lim.sends_per_window, lim.send_window_s, self.clock)
        a = self.config.auth
        self.auth_limiter = Limiter(a.attempts_per_ip, float(a.attempts_window_s), self.clock)
