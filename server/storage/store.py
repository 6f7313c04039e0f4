"""Everything the server keeps, behind one object passed to the handlers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .alerts import Alerts
from .audit import Audit
from .circles import Circles
from .db import Database
from .messages import Committer, Messages
from .users import Sessions, Users


@dataclass
class Store:
    database: Database
    users: Users = field(init=False)
    sessions: Sessions = field(init=False)
    circles: Circles = field(init=False)
    messages: Messages = field(init=False)
    audit: Audit = field(init=False)
    alerts: Alerts = field(init=False)
    committer: Committer = field(init=False)
    metrics: Any = None

    def __post_init__(self) -> None:
        self.users = Users(self.database)
        self.sessions = Sessions(self.database)
        self.circles = Circles(self.database)
        self.messages = Messages(self.database)
        self.audit = Audit(self.database)
        self.alerts = Alerts(self.database)
        self.committer = Committer(self.messages, metrics=self.metrics)
