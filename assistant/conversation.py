"""Resolve follow-up questions ("Und wer spielt sie?") against the previous turn, without an LLM."""

from __future__ import annotations

import re

from index.terms import STOPWORDS

History = list[tuple[str, str]]

# Personal pronouns only: "es"/"it"/"there" are too often not a reference ("Gibt es ...?").
_PRONOUNS = frozenset(
    """
        er sie ihn ihm ihr ihre ihren ihrem ihrer sein seine seinen seinem seiner he she him her
        his hers they them their
    """.split()
)
_PRONOUN = re.compile(r"\b(" + "|".join(sorted(_PRONOUNS, key=len, reverse=True)) + r")\b", re.I)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def topic_of(question: str) -> list[str]:
    """The words a follow-up can refer back to: names first, else content words."""
    words = _WORD.findall(question)
    names = [w for w in words[1:] if w[:1].isupper() and w.lower() not in STOPWORDS]
    if names:
        return names
    return [w for w in words if w.lower() not in STOPWORDS and w.lower() not in _PRONOUNS][-3:]


def contextualize(question: str, history: History | None) -> str:
    """The question to search with: a follow-up gets its pronoun replaced by the last topic."""
    if not history or not _PRONOUN.search(question):
        return question
    for previous_question, _ in reversed(history):
        topic = topic_of(previous_question)
        if topic:
            return _PRONOUN.sub(" ".join(topic), question, count=1)
    return question
