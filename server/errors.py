"""Hearth's exception tree.

    HearthError                 a client-facing error with a stable code
     ├── BadRequest      400    malformed input (INVALID, BAD_JSON, ...)
     ├── Unauthorized    401    no or bad credentials
     ├── Forbidden       403    signed in but not allowed (FORBIDDEN, NOT_A_MEMBER, BANNED)
     ├── NotFound        404
     ├── Conflict        409    state forbids it (INVITE_EXPIRED, ALREADY_REVIEWED, ...)
     ├── TooLarge        413
     ├── Unprocessable   422    well-formed but refused (TEXT_TOO_LONG, WEAK_PASSWORD, ...)
     ├── RateLimited     429    RATE_LIMITED, SLOW_MODE (carry retry_after_s)
     └── Unavailable     503    the store or bus cannot answer right now; retry later

One place turns them into responses: the HTTP middleware in ``server.http.app``
and the WebSocket connection in ``server.ws.connection``. Both send the same
codes: HTTP as ``{"error": {"code", "message"}}``, WebSocket as a flat frame.
"""

from __future__ import annotations

from typing import Any


class HearthError(Exception):
    """A client-facing error: a stable SNAKE_CASE code, human words, a status."""

    status = 400
    default_code = "INVALID"

    def __init__(self, message: str, code: str | None = None, **extra: Any) -> None:
        super().__init__(message)
        self.code = code or self.default_code
        self.message = message
        self.extra = extra

    def body(self) -> dict[str, Any]:
        """The HTTP error body."""
        err: dict[str, Any] = {"code": self.code, "message": self.message}
        err.update(self.extra)
        return {"error": err}

    def frame(self, ref: Any = None) -> dict[str, Any]:
        """The WebSocket error frame."""
        f: dict[str, Any] = {"type": "error", "code": self.code, "message": self.message}
        f.update(self.extra)
        if ref is not None:
            f["ref"] = ref
        return f


class BadRequest(HearthError):
    status = 400
    default_code = "INVALID"


class Unauthorized(HearthError):
    status = 401
    default_code = "UNAUTHORIZED"


class Forbidden(HearthError):
    status = 403
    default_code = "FORBIDDEN"


class NotFound(HearthError):
    status = 404
    default_code = "NOT_FOUND"


class Conflict(HearthError):
    status = 409
    default_code = "CONFLICT"


class TooLarge(HearthError):
    status = 413
    default_code = "TOO_LARGE"


class Unprocessable(HearthError):
    status = 422
    default_code = "UNPROCESSABLE"


class RateLimited(HearthError):
    status = 429
    default_code = "RATE_LIMITED"


class Unavailable(HearthError):
    status = 503
    default_code = "UNAVAILABLE"


class ConfigError(Exception):
    """Configuration is wrong; the message starts with the YAML path of the key."""
