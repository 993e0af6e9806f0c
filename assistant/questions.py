"""Check and clean a question before any work is done on it."""

from __future__ import annotations

import re

from assistant.errors import InvalidQuestionError

_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")
_INJECTION = re.compile(
    r"""
    \b(ignor\w*|disregard|forget|vergiss|vergessen|missachte\w*|überschreib\w*)\b
        .{0,40}\b(instruction|anweisung|regel|rule|prompt|vorgabe|befehl|sources?|quellen?|articles?|artikel|
        knowledge|wissensbasis|ordner|folder)
    | system\s*-?\s*prompt
    | \b(reveal|print|show|output|repeat|zeig\w*|gib|nenn\w*|verrat\w*)\b .{0,40}
        \b(your|deine?n?|ihre?n?)\s+(instructions|prompt|rules|anweisungen|regeln|instruktionen)
    | \b(you\s+are\s+now|du\s+bist\s+(jetzt|nun|ab\s+sofort)|act\s+as|jailbreak|developer\s+mode)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


def clean_question(question: object, max_chars: int) -> str:
    """The question as text fit to search with, or `InvalidQuestionError` saying what is wrong."""
    if not isinstance(question, str):
        raise InvalidQuestionError(f"the question must be text, not {type(question).__name__}")
    if len(question) > max_chars:
        raise InvalidQuestionError(
            f"the question is {len(question)} characters long; the limit is {max_chars}"
        )
    cleaned = " ".join(_UNSAFE.sub(" ", question).split())
    if not cleaned:
        raise InvalidQuestionError("the question is empty: type a question about a film")
    return cleaned


def clean_history(history: object) -> list[tuple[str, str]]:
    """Earlier turns as (question, answer) text pairs; history also comes from API callers."""
    if history is None:
        return []
    if not isinstance(history, list | tuple) or not all(
        isinstance(turn, list | tuple) and len(turn) == 2 and all(isinstance(part, str) for part in turn)
        for turn in history
    ):
        raise InvalidQuestionError("the history must be a list of (question, answer) text pairs")
    return [(question, answer) for question, answer in history]


def is_injection(question: str) -> bool:
    """Requests to drop the rules or show the prompt are refused before any retrieval."""
    return bool(_INJECTION.search(question))
