"""MongoDB storage: one class per kind of record, all behind ``Store``."""

from .db import Database, connect
from .store import Store

__all__ = ["Database", "Store", "connect"]
