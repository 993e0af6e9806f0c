"""film-assistant: cited answers about films, in German or English, from your own articles.

>>> from assistant import answer
>>> result = answer("Who plays the lead?")
>>> result.text, result.supported, [c.source for c in result.citations]
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

from assistant.errors import FilmAssistantError, InvalidQuestionError
from assistant.types import Answer, Citation, FilmInfo

if TYPE_CHECKING:
    from assistant.conversation import History
    from assistant.engine import Engine

__all__ = [
    "Answer",
    "Citation",
    "FilmAssistantError",
    "FilmInfo",
    "InvalidQuestionError",
    "answer",
    "films",
    "get_engine",
    "stream_answer",
]

_engine: Engine | None = None
_engine_lock = threading.Lock()


def get_engine() -> Engine:
    """The process-wide engine, built from settings on first use."""
    global _engine
    if _engine is None:
        with _engine_lock:
            if _engine is None:
                from assistant.engine import Engine
                from assistant.settings import get_settings

                _engine = Engine(get_settings())
    return _engine


def answer(question: str, history: list[tuple[str, str]] | None = None) -> Answer:
    """Answer a question from the knowledge base, in the question's language, with citations."""
    return get_engine().answer(question, history)


def stream_answer(question: str, history: History | None = None) -> Iterator[str | Answer]:
    """Yield pieces of the answer text as they are produced, then the complete `Answer`."""
    return get_engine().stream(question, history)


def films() -> list[FilmInfo]:
    """The films in the index: title, year, articles, languages, and the cast and crew found,
    each with the sentence it comes from."""
    return get_engine().films()
