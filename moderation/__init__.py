"""Hearth's moderation pipeline: pure functions of a message and its context.

No network, database or web framework is imported here; the server passes in
what a stage needs (clock, recent messages, policy) through MessageContext.
"""

from .errors import ModerationConfigError, ModerationError
from .pipeline import Pipeline, load_pipeline
from .types import (
    Alert,
    Decision,
    Finding,
    MessageContext,
    Notice,
    RecentMessage,
    Redaction,
)

__all__ = [
    "Alert",
    "Decision",
    "Finding",
    "MessageContext",
    "ModerationConfigError",
    "ModerationError",
    "Notice",
    "Pipeline",
    "RecentMessage",
    "Redaction",
    "load_pipeline",
]
