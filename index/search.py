"""Read side of the index: dense (Chroma) and lexical (BM25) search over the live chunks.

A searcher holds one snapshot of the catalog and swaps it when a rebuild commits a new
version, so a long-running process picks up a rebuilt index without a restart.
"""

from __future__ import annotations

import contextlib
import math
import shutil
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from index.chunking import Chunk
from index.embedders import embedder_name
from index.films import DocumentFilms, FilmCatalogue
from index.store import (
    Catalog,
    IndexConfig,
    IndexMismatchError,
    IndexMissingError,
    StoredDocument,
    chroma_client,
    vector_store,
)
from index.terms import lexical_terms


@dataclass(frozen=True)
class IndexStats:
    """What the index holds, for status lines and reports."""

    documents: int
    chunks: int
    built_at: str
    embedder: str
    version: str


class _Snapshot:
    """One committed version of the index, fully loaded for searching."""

    def __init__(self, config: IndexConfig, embeddings: Embeddings, catalog: Catalog, meta: dict[str, str]):
        self.version = meta.get("version", "0")
        self.meta = meta
        self.chunks = catalog.chunks()
        self.documents = len(catalog.files())
        self.row_of = {chunk.id: row for row, chunk in enumerate(self.chunks)}
        self.by_source: dict[str, list[Chunk]] = {}
        for chunk in self.chunks:
            self.by_source.setdefault(chunk.source, []).append(chunk)
        self.films = FilmCatalogue([DocumentFilms.from_json(entry) for entry in catalog.film_entries()])
        self._vectors: dict[str, tuple[np.ndarray, list[Chunk]]] = {}
        self._config, self._embeddings = config, embeddings
        self._store_lock = threading.Lock()
        self._store = None
        self.bm25 = lexical_index(config.index_dir, meta, self.chunks)
        columns = np.diff(np.asarray(self.bm25.scores["indptr"])) if self.chunks else np.zeros(0)
        self.document_frequency: dict[str, int] = {  # passages per term: the nonzeros of its column
            term: int(columns[column])
            for term, column in self.bm25.vocab_dict.items()
            if column < len(columns)
        }
        self.vocabulary = set(self.document_frequency)
        self._within: dict[str, int] = {}

    @property
    def store(self):
        """The Chroma collection, opened on the first dense search: importing chromadb and opening
        the store took 2.6 s of a cold start that a catalogue fact never needs."""
        if self._store is None:
            with self._store_lock:
                if self._store is None:
                    client = chroma_client(self._config)
                    self._store = vector_store(client, self.meta["collection"], self._embeddings)
        return self._store

    def vectors_of(self, source: str) -> tuple[np.ndarray, list[Chunk]]:
        """One article's chunk vectors (unit length) and chunks, read from Chroma once per index
        version; a vector Chroma lost (see build._all_reachable) is left out."""
        cached = self._vectors.get(source)
        if cached is None:
            chunks = self.by_source.get(source, [])
            found: dict[str, np.ndarray] = {}
            if chunks:
                got = self.store.get(ids=[c.id for c in chunks], include=["embeddings"])
                found = dict(zip(got["ids"], got["embeddings"], strict=True))
            kept = [c for c in chunks if c.id in found]
            matrix = np.asarray([found[c.id] for c in kept], dtype=np.float32).reshape(len(kept), -1)
            if len(kept):
                matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
            cached = self._vectors[source] = (matrix, kept)
        return cached

    def frequency_within(self, term: str) -> int:
        """Passages with a word that contains `term` (an upper bound: one passage may count twice)."""
        if term not in self._within:
            if len(term) < 4:
                self._within[term] = self.document_frequency.get(term, 0)
            else:
                self._within[term] = sum(n for word, n in self.document_frequency.items() if term in word)
        return self._within[term]


LEXICAL_DIR = "lexical"
_LEXICAL_READY = "params.index.json"  # bm25s writes it last


def lexical_index(index_dir: Path, meta: dict[str, str], chunks: list[Chunk]):
    """The BM25 index of one index version: loaded (memory-mapped) when a rebuild or an earlier
    process saved it, else built from the chunks and saved for the next process. Tokenising
    111k passages took most of a cold start; loading takes a fraction of a second."""
    import bm25s  # here, not at import: the CLI's other commands do not need it

    folder = index_dir / LEXICAL_DIR / f"{meta.get('collection', '')}-{meta.get('version', '0')}"
    if chunks and (folder / _LEXICAL_READY).exists():
        try:
            return bm25s.BM25.load(str(folder), mmap=True, show_progress=False)
        except (OSError, ValueError, KeyError):
            pass  # damaged: build it again below
    model = bm25s.BM25()
    if chunks:
        model.index([lexical_terms(chunk.text) or ["\x00"] for chunk in chunks], show_progress=False)
        _save_lexical(model, folder)
    return model


def _save_lexical(model, folder: Path) -> None:
    """Best effort: a read-only index folder still serves, it only starts slower next time."""
    staging: Path | None = None
    try:
        folder.parent.mkdir(exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".saving-", dir=folder.parent))
        model.save(str(staging), show_progress=False)
        staging.rename(folder)  # atomic; fails if another process got there first, which is fine
    except OSError:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        return
    for old in folder.parent.iterdir():
        if old != folder and not old.name.startswith("."):
            shutil.rmtree(old, ignore_errors=True)


def prepare_lexical(config: IndexConfig) -> None:
    """Save the BM25 index of the committed version, so the next process starts fast. Not part
    of every rebuild: at 111k passages it takes 10 s, which a one-file change should not cost;
    `film-assistant index` calls it, and a reader that finds none builds and saves it itself."""
    with contextlib.suppress(OSError, sqlite3.Error, IndexMissingError):
        catalog = Catalog(config.index_dir, readonly=True)
        try:
            lexical_index(config.index_dir, catalog.meta(), catalog.chunks())
        finally:
            catalog.close()


class IndexSearcher:
    """Dense and lexical search against the newest committed index version."""

    def __init__(self, config: IndexConfig, embeddings: Embeddings) -> None:
        self.config = config
        self.embeddings = embeddings
        self._snapshot: _Snapshot | None = None
        self._catalog: Catalog | None = None
        self._lock = threading.Lock()

    def snapshot(self) -> _Snapshot:
        """The current snapshot, reloaded if a rebuild committed since the last call."""
        with self._lock:
            if self._catalog is None:
                self._catalog = Catalog(self.config.index_dir, readonly=True)
            meta = self._catalog.meta()
            if not meta.get("collection"):
                raise IndexMissingError(
                    f"the index at {self.config.index_dir} is empty: run `film-assistant index`"
                )
            expected = embedder_name(self.embeddings)
            if meta.get("embedder") != expected:
                raise IndexMismatchError(
                    f"the index was built with {meta.get('embedder')}, but the settings select "
                    f"{expected}: run `film-assistant index --full`"
                )
            if self._snapshot is None or self._snapshot.version != meta.get("version"):
                self._snapshot = _Snapshot(self.config, self.embeddings, self._catalog, meta)
            return self._snapshot

    def document(self, source: str) -> StoredDocument | None:
        """An indexed article's text and metadata, read on demand (not kept in the snapshot)."""
        self.snapshot()
        with self._lock:
            assert self._catalog is not None
            return self._catalog.document(source)

    def stats(self) -> IndexStats:
        snap = self.snapshot()
        return IndexStats(
            documents=snap.documents,
            chunks=len(snap.chunks),
            built_at=snap.meta.get("built_at", ""),
            embedder=snap.meta.get("embedder", ""),
            version=snap.version,
        )

    def dense(
        self, snap: _Snapshot, vector: list[float], k: int, sources: list[str] | None = None
    ) -> list[tuple[Chunk, float]]:
        """Top-k chunks by cosine similarity, of `sources` only when given; ids the catalog does
        not list are ignored."""
        if not snap.chunks:
            return []
        # Scoped searches over-fetch and keep the scope's passages. Chroma's own `where` filter was
        # tried: on a freshly built local store it left a vector unfindable now and then.
        if sources is not None:
            return self._dense_within(snap, vector, k, sources)
        wanted = None
        fetch = k + 8
        found = [
            hit
            for hit in snap.store.similarity_search_by_vector_with_relevance_scores(
                vector, k=min(fetch, len(snap.chunks) + 8)
            )
            if wanted is None or hit[0].metadata.get("source") in wanted
        ]
        hits = []
        for document, distance in found:
            row = snap.row_of.get(document.id or "")
            if row is not None:
                hits.append((snap.chunks[row], 1.0 - float(distance)))
        return hits[:k]

    def _dense_within(
        self, snap: _Snapshot, vector: list[float], k: int, sources: list[str]
    ) -> list[tuple[Chunk, float]]:
        """Exact cosine over the scope's own vectors (a few articles: microseconds). Asking Chroma
        for 200 neighbours and dropping the other films' cost 14 ms a question."""
        query = np.asarray(vector, dtype=np.float32)
        query = query / (np.linalg.norm(query) or 1.0)
        hits: list[tuple[Chunk, float]] = []
        for source in sources:
            matrix, chunks = snap.vectors_of(source)
            if chunks:
                hits += zip(chunks, (matrix @ query).tolist(), strict=True)
        hits.sort(key=lambda hit: -hit[1])
        return hits[:k]

    def lexical(
        self, snap: _Snapshot, query: str, k: int, sources: list[str] | None = None
    ) -> list[tuple[Chunk, float]]:
        """Top-k chunks by BM25 over the stemmed content words (of `sources` only when given)."""
        terms = [term for term in lexical_terms(query) if term in snap.vocabulary]
        if not terms or not snap.chunks:
            return []
        if sources is not None:
            wanted = set(sources)
            scores = snap.bm25.get_scores(terms)
            rows = [
                row for row in np.argsort(-scores) if scores[row] > 0 and snap.chunks[row].source in wanted
            ]
            return [(snap.chunks[int(row)], float(scores[row])) for row in rows[:k]]
        rows, scores = snap.bm25.retrieve(
            [terms], k=min(k, len(snap.chunks)), show_progress=False, n_threads=1
        )
        return [
            (snap.chunks[int(row)], float(score))
            for row, score in zip(rows[0], scores[0], strict=True)
            if score > 0
        ]

    def rarity(self, snap: _Snapshot, terms: list[str]) -> dict[str, float]:
        """How rare each term is among the passages, 0.5 (everywhere) to 1 (rarest asked). A term
        counts where it stands inside a compound too ("preis" in "Filmpreis"), as matching does."""
        total = max(len(snap.chunks), 1)
        idf = {t: math.log(1 + total / (1 + snap.frequency_within(t))) for t in terms}
        top = max(idf.values(), default=1.0) or 1.0
        return {t: 0.5 + 0.5 * value / top for t, value in idf.items()}

    def embed_query(self, text: str) -> np.ndarray:
        return np.asarray(self.embeddings.embed_query(text), dtype=np.float32)
