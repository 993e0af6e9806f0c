"""The few errors a user sees, each with a message that says what to do."""

from __future__ import annotations

from index.embedders import EmbedderError
from index.store import IndexBusyError, IndexMismatchError, IndexMissingError, IndexProblem


class FilmAssistantError(Exception):
    """Base for errors the CLI and UI show as one line, without a traceback."""


class InvalidQuestionError(FilmAssistantError, ValueError):
    """The question is empty, too long, or not text (or the history is not text pairs)."""


class AnswererError(FilmAssistantError):
    """The configured answerer (an LLM server) failed or timed out."""


class SettingsError(FilmAssistantError):
    """A setting has a value the assistant cannot work with."""


# Errors from the index layer that are equally the user's to fix.
USER_ERRORS = (FilmAssistantError, IndexProblem, EmbedderError)

__all__ = [
    "USER_ERRORS",
    "AnswererError",
    "EmbedderError",
    "FilmAssistantError",
    "IndexBusyError",
    "IndexMismatchError",
    "IndexMissingError",
    "IndexProblem",
    "InvalidQuestionError",
    "SettingsError",
]
