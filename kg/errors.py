"""One root exception. Messages say what went wrong and what to do."""


class KgError(Exception):
    """A user-facing error: the CLI prints ``Error: <message>`` and exits with ``exit_code``."""

    exit_code = 2


class InputError(KgError):
    """Bad input file or text."""


class ConfigError(KgError):
    """Bad option, gazetteer or configuration."""


class ModelError(KgError):
    """A shipped model is missing or corrupt."""
