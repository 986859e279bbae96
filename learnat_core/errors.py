"""Exception types shared across the kit, so callers can catch one family per failure kind."""


class LearnatError(Exception):
    """Base class of every error the kit raises on purpose."""


class ConfigError(LearnatError, ValueError):
    """A bad configuration value, parameter or profile name."""


class DataError(LearnatError):
    """Missing or malformed data: a questions file, a schema, a database, an input line."""


class SqlParseError(LearnatError, ValueError):
    """SQL that cannot be parsed; ``position`` is the character offset where parsing failed, when known."""

    def __init__(self, message: str, sql: str = "", position: int | None = None):
        super().__init__(message)
        self.sql = sql
        self.position = position
