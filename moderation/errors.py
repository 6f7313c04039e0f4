"""Exceptions raised by the moderation package.

ModerationError
 └── ModerationConfigError   bad `moderation:` configuration; message starts with the YAML path
"""


class ModerationError(Exception):
    """Base class of every error the moderation package raises on purpose."""


class ModerationConfigError(ModerationError):
    """The moderation configuration is invalid.

    The message always starts with the YAML path of the offending key, e.g.
    ``moderation.stages[3].config.threshold: must be a number between 0 and 1``.
    """
