"""The data that flows from retrieval to the answer and out to every face (API, CLI, UI)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
from pydantic import BaseModel

from index.chunking import Chunk
from index.embedders import E5_SCALE, CosineScale

Language = Literal["de", "en"]


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with the evidence for it: fused rank score, cosine, BM25."""

    chunk: Chunk
    score: float
    dense: float | None = None
    lexical: float | None = None


@dataclass(frozen=True)
class Retrieval:
    """What one search found: the fused passages, plus the evidence the answerers weigh."""

    query: str
    query_vector: np.ndarray
    passages: list[Passage]
    scale: CosineScale = E5_SCALE
    rarity: dict[str, float] | None = None  # per query term: 1 for the rarest, 0.5 for the commonest


class Citation(BaseModel):
    """A passage an answer rests on; `number` is the `[n]` used in the answer text."""

    number: int
    source: str
    text: str
    start: int
    end: int
    score: float
    page: int | None = None  # PDFs: the page the passage is on
    url: str | None = None  # the article's web address, when it has one
    quote: str | None = None  # the sentence that states a typed answer's fact, when known

    def location(self) -> str:
        """Where to find the passage: "presskit.pdf, p. 3" or the file name."""
        return f"{self.source}, p. {self.page}" if self.page else self.source


class Answer(BaseModel):
    """An answer in the question's language; `supported` is False when the sources don't cover it."""

    text: str
    language: Language
    citations: list[Citation]
    supported: bool


def citation_for(number: int, passage: Passage) -> Citation:
    chunk = passage.chunk
    return Citation(
        number=number,
        source=chunk.source,
        text=chunk.text,
        start=chunk.start,
        end=chunk.end,
        score=round(passage.dense if passage.dense is not None else passage.score, 4),
        page=chunk.page,
        url=chunk.url or None,
    )


class Credit(BaseModel):
    """One person or character the catalogue found for a film, and the sentence that says so."""

    name: str
    role: str  # "actor", "character", "director", "writer", "producer", "composer", …
    plays: str = ""  # for an actor: the character; for a character: the actor
    source: str
    sentence: str
    start: int
    end: int


class FilmInfo(BaseModel):
    """A film in the index, as `assistant.films()` and `film-assistant films` list it."""

    title: str
    other_titles: list[str]
    year: str
    sources: list[str]
    languages: list[str]
    credits: list[Credit]
