"""Read side of the index: dense (Chroma) and lexical (BM25) search over the live chunks.

A searcher holds one snapshot of the catalog and swaps it when a rebuild commits a new
version, so a long-running process picks up a rebuilt index without a restart.
"""

from __future__ import annotations

import contextlib
import json
import math
import shutil
import sqlite3
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping
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


@dataclass(frozen=True)
class ChunkRows:
    """Which chunk each BM25 row is: ids and article (as an index into `sources`) in row order.
    Saved with the BM25 index of the same version, so the two can never disagree."""

    ids: np.ndarray  # fixed-width bytes: chunk ids are 64 hex digits
    source_index: np.ndarray  # int32, one per row
    sources: list[str]

    @classmethod
    def of(cls, pairs: list[tuple[str, str]]) -> ChunkRows:
        """From (id, source) pairs in row order, i.e. by source and ordinal."""
        sources = sorted({source for _, source in pairs})
        number = {source: n for n, source in enumerate(sources)}
        return cls(
            np.asarray([chunk_id.encode() for chunk_id, _ in pairs], dtype="S64"),
            np.asarray([number[source] for _, source in pairs], dtype=np.int32),
            sources,
        )

    def save(self, folder: Path) -> None:
        np.save(folder / "chunk_ids.npy", self.ids)
        np.save(folder / "chunk_sources.npy", self.source_index)
        (folder / "chunk_sources.json").write_text(json.dumps(self.sources), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> ChunkRows | None:
        """None for a folder saved before the rows were (its version is then read from the catalog)."""
        try:
            sources = json.loads((folder / "chunk_sources.json").read_text(encoding="utf-8"))
            ids = np.load(folder / "chunk_ids.npy", mmap_mode="r")
            source_index = np.load(folder / "chunk_sources.npy", mmap_mode="r")
        except (OSError, ValueError):
            return None
        return cls(ids, source_index, sources) if len(ids) == len(source_index) else None


class ChunkTable:
    """The live chunks of one index version: which chunk each row is, from the rows saved with
    BM25; texts read from the catalog when a passage is needed, and kept for the next question.
    Reading all 111k passages up front took a second of every cold start.

    Chunk ids hash source, offsets and text, so a chunk read by id is the one this version
    indexed; one that a later rebuild removed reads as missing until the snapshot is swapped."""

    KEPT = 50_000  # passages kept in memory at most (about 25 MB)

    def __init__(self, catalog: Catalog, lock: threading.Lock, rows: ChunkRows) -> None:
        self._catalog, self._lock, self._rows = catalog, lock, rows
        self.rows_of_source: dict[str, range] = {}
        index = np.asarray(rows.source_index)
        if len(index):
            starts = [0, *(np.flatnonzero(np.diff(index)) + 1).tolist()]
            ends = [*starts[1:], len(index)]
            for start, end in zip(starts, ends, strict=True):
                self.rows_of_source[rows.sources[int(index[start])]] = range(start, end)
        self._kept: OrderedDict[str, Chunk] = OrderedDict()

    def __len__(self) -> int:
        return len(self._rows.ids)

    def id_at(self, row: int) -> str:
        return self._rows.ids[row].decode()

    def rows_within(self, sources: list[str]) -> np.ndarray:
        """A mask over the rows: True where the chunk belongs to one of `sources`."""
        asked = set(sources)
        wanted = [n for n, source in enumerate(self._rows.sources) if source in asked]
        return np.isin(np.asarray(self._rows.source_index), wanted)

    def by_ids(self, ids: list[str]) -> dict[str, Chunk]:
        """The chunks of `ids` this version still holds, read in one query for those not kept."""
        found = {chunk_id: self._kept[chunk_id] for chunk_id in ids if chunk_id in self._kept}
        missing = [chunk_id for chunk_id in ids if chunk_id not in found]
        if missing:
            with self._lock:
                read = self._catalog.chunks_by_id(missing)
            for chunk in read:
                found[chunk.id] = chunk
                self._kept[chunk.id] = chunk
            while len(self._kept) > self.KEPT:
                self._kept.popitem(last=False)
        return found

    def of_source(self, source: str) -> list[Chunk]:
        ids = [self.id_at(row) for row in self.rows_of_source.get(source, ())]
        found = self.by_ids(ids)
        return [found[chunk_id] for chunk_id in ids if chunk_id in found]


class ChunksBySource(Mapping[str, list[Chunk]]):
    """An article's chunks by its file name, read on demand: what fact lookups and describing
    passages read, without loading every article. `within` narrows it to some articles."""

    def __init__(self, table: ChunkTable, sources: list[str] | None = None) -> None:
        self._table = table
        rows = table.rows_of_source
        self._sources = list(rows) if sources is None else [s for s in dict.fromkeys(sources) if s in rows]
        self._wanted = set(self._sources)

    def within(self, sources: list[str]) -> ChunksBySource:
        return ChunksBySource(self._table, [source for source in sources if source in self._wanted])

    def __getitem__(self, source: str) -> list[Chunk]:
        if source not in self._wanted:
            raise KeyError(source)
        return self._table.of_source(source)

    def __contains__(self, source: object) -> bool:
        return source in self._wanted

    def __iter__(self) -> Iterator[str]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)


class _Snapshot:
    """One committed version of the index, loaded for searching; passages read on demand."""

    def __init__(
        self,
        config: IndexConfig,
        embeddings: Embeddings,
        catalog: Catalog,
        meta: dict[str, str],
        lock: threading.Lock,
    ):
        self.version = meta.get("version", "0")
        self.meta = meta
        self.bm25, rows = lexical_index(config.index_dir, meta, catalog, lock)
        self.chunks = ChunkTable(catalog, lock, rows)
        with lock:
            files = catalog.files()
        self.documents = len(files)
        self.titles = {source: record.title for source, record in files.items()}
        self.by_source = ChunksBySource(self.chunks)
        with lock:
            entries = catalog.film_entries()
        self.films = FilmCatalogue([DocumentFilms.from_json(entry) for entry in entries])
        self._vectors: dict[str, tuple[np.ndarray, list[Chunk]]] = {}
        self._config, self._embeddings = config, embeddings
        self._store_lock = threading.Lock()
        self._store = None
        columns = np.diff(np.asarray(self.bm25.scores["indptr"])) if len(self.chunks) else np.zeros(0)
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
            chunks = self.chunks.of_source(source)
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


def lexical_index(
    index_dir: Path, meta: dict[str, str], catalog: Catalog, lock: threading.Lock | None = None
):
    """The BM25 index of one index version and which chunk each of its rows is: loaded
    (memory-mapped) when a rebuild or an earlier process saved them, else built from the
    catalog's chunks and saved for the next process. Tokenising 111k passages took most of a
    cold start; loading takes a fraction of a second."""
    import bm25s  # here, not at import: the CLI's other commands do not need it

    lock = lock or threading.Lock()
    folder = index_dir / LEXICAL_DIR / f"{meta.get('collection', '')}-{meta.get('version', '0')}"
    if (folder / _LEXICAL_READY).exists():
        try:
            model = bm25s.BM25.load(str(folder), mmap=True, show_progress=False)
        except (OSError, ValueError, KeyError):
            pass  # damaged: build it again below
        else:
            rows = ChunkRows.load(folder)
            if rows is None:  # saved before the rows were
                with lock:
                    rows = ChunkRows.of(catalog.chunk_sources())
            return model, rows
    model = bm25s.BM25()
    with lock:
        chunks = catalog.chunks()
    rows = ChunkRows.of([(chunk.id, chunk.source) for chunk in chunks])
    if chunks:
        model.index([lexical_terms(chunk.text) or ["\x00"] for chunk in chunks], show_progress=False)
        _save_lexical(model, rows, folder)
    return model, rows


def _save_lexical(model, rows: ChunkRows, folder: Path) -> None:
    """Best effort: a read-only index folder still serves, it only starts slower next time."""
    staging: Path | None = None
    try:
        folder.parent.mkdir(exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".saving-", dir=folder.parent))
        model.save(str(staging), show_progress=False)
        rows.save(staging)
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
            lexical_index(config.index_dir, catalog.meta(), catalog)
        finally:
            catalog.close()


EXACT_SCOPE = 50  # up to this many articles, a scoped dense search is exact over their own vectors


class IndexSearcher:
    """Dense and lexical search against the newest committed index version."""

    def __init__(self, config: IndexConfig, embeddings: Embeddings) -> None:
        self.config = config
        self.embeddings = embeddings
        self._snapshot: _Snapshot | None = None
        self._catalog: Catalog | None = None
        self._lock = threading.Lock()
        self._read_lock = threading.Lock()  # one reader of the catalog's connection at a time

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
                self._snapshot = _Snapshot(self.config, self.embeddings, self._catalog, meta, self._read_lock)
            return self._snapshot

    def document(self, source: str) -> StoredDocument | None:
        """An indexed article's text and metadata, read on demand (not kept in the snapshot)."""
        self.snapshot()
        with self._read_lock:
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
        if not len(snap.chunks):
            return []
        # Scoped searches over-fetch and keep the scope's passages. Chroma's own `where` filter was
        # tried: on a freshly built local store it left a vector unfindable now and then.
        if sources is not None and len(sources) <= EXACT_SCOPE:
            return self._dense_within(snap, vector, k, sources)
        # A scope of thousands of articles ("Which film was shot in Lisbon?" at 7,000 articles):
        # reading each one's vectors took seconds; the nearest passages overall, filtered, do.
        wanted = set(sources) if sources is not None else None
        fetch = (
            k + 8
            if wanted is None
            else max(4 * k, k + 8) * max(1, len(snap.chunks.rows_of_source) // len(wanted))
        )
        found = [
            hit
            for hit in snap.store.similarity_search_by_vector_with_relevance_scores(
                vector, k=min(fetch, len(snap.chunks) + 8)
            )
            if wanted is None or hit[0].metadata.get("source") in wanted
        ]
        ranked = [(document.id, distance) for document, distance in found if document.id]
        chunks = snap.chunks.by_ids([chunk_id for chunk_id, _ in ranked])  # the catalog's: live ones
        hits = [(chunks[chunk_id], 1.0 - float(d)) for chunk_id, d in ranked if chunk_id in chunks]
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
        if not terms or not len(snap.chunks):
            return []
        if sources is not None:
            scores = snap.bm25.get_scores(terms)
            rows = np.flatnonzero((scores > 0) & snap.chunks.rows_within(sources))
            rows = rows[np.argsort(-scores[rows], kind="stable")][:k]
            ranked = [(int(row), float(scores[row])) for row in rows]
        else:
            found, found_scores = snap.bm25.retrieve(
                [terms], k=min(k, len(snap.chunks)), show_progress=False, n_threads=1
            )
            ranked = [
                (int(row), float(score))
                for row, score in zip(found[0], found_scores[0], strict=True)
                if score > 0
            ]
        ids = [snap.chunks.id_at(row) for row, _ in ranked]
        chunks = snap.chunks.by_ids(ids)
        return [
            (chunks[chunk_id], score)
            for chunk_id, (_, score) in zip(ids, ranked, strict=True)
            if chunk_id in chunks
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
