"""Structured JSON logs on stderr. Never message text, passwords or tokens.

Handlers log identifiers, codes and counts only; ``extra`` fields become JSON
keys. A field named like a secret is masked if one slips in.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import Any

import orjson

STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}
MASKED = {"password", "token", "text", "original", "cookie", "authorization", "secret"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(), "logger": record.name, "msg": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key in STANDARD or key.startswith("_"):
                continue
            out[key] = "***" if key.lower() in MASKED else value
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return orjson.dumps(out, default=str).decode()


def setup(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # aiohttp's access log would record paths with invite codes; keep it quiet.
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
