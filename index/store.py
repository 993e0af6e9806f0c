"""Where the index lives: a SQLite catalog (the commit point) beside a Chroma collection.

The catalog lists which chunks are live. A rebuild first adds new vectors to Chroma, then
commits the catalog in one transaction, then deletes stale vectors; readers only trust ids
the catalog lists, so a rebuild that dies at any point leaves the previous index answering.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import orjson
from langchain_core.embeddings import Embeddings

from index.chunking import Chunk

CATALOG_FILE = "catalog.sqlite"
CHROMA_DIR = "chroma"
COLLECTION_PREFIX = "film-assistant-"


class IndexProblem(RuntimeError):
    """Base for index problems a user can act on; the message says what to do."""


class IndexMissingError(IndexProblem):
    """No index has been built yet at the configured place."""


class IndexMismatchError(IndexProblem):
    """The index was built with another embedder than the one configured."""


class IndexBusyError(IndexProblem):
    """Another rebuild holds the index lock."""


@dataclass(frozen=True)
class IndexConfig:
    """Everything the index layer needs to know; the assistant fills it from its settings."""

    knowledge_dir: Path
    index_dir: Path
    chroma_host: str | None = None
    chroma_port: int = 8000
    max_file_bytes: int = 20_000_000
    chunk_max_chars: int = 250
    chunk_max_sentences: int = 3


@dataclass(frozen=True)
class FileRecord:
    source: str
    sha256: str
    size: int
    mtime_ns: int
    title: str
    chunks: int


@dataclass(frozen=True)
class StoredDocument:
    """An article's indexed text and metadata, as the catalog keeps it."""

    source: str
    text: str
    metadata: dict[str, str]
    page_starts: tuple[int, ...] = ()


class Catalog:
    """The SQLite record of indexed files and live chunks; WAL mode lets readers run during a rebuild."""

    def __init__(self, index_dir: Path, readonly: bool = False) -> None:
        self.path = index_dir / CATALOG_FILE
        self._page_columns = False  # see _select_chunks
        if readonly:
            if not self.path.exists():
                raise IndexMissingError(f"no index at {index_dir}: run `film-assistant index`")
            self.connection = sqlite3.connect(
                f"file:{self.path}?mode=ro", uri=True, timeout=30, check_same_thread=False
            )
        else:
            self.connection = sqlite3.connect(self.path, timeout=30)
            self.connection.execute("PRAGMA journal_mode=WAL")
            self.connection.executescript(
                """
                CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS files (source TEXT PRIMARY KEY, sha256 TEXT NOT NULL,
                    size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, title TEXT NOT NULL,
                    chunks INTEGER NOT NULL);
                CREATE TABLE IF NOT EXISTS chunks (id TEXT PRIMARY KEY, source TEXT NOT NULL,
                    ordinal INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                    title TEXT NOT NULL, text TEXT NOT NULL);
                CREATE INDEX IF NOT EXISTS chunks_by_source ON chunks (source, ordinal);
                CREATE TABLE IF NOT EXISTS films (source TEXT PRIMARY KEY, data TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS documents (source TEXT PRIMARY KEY, text TEXT NOT NULL,
                    metadata TEXT NOT NULL, page_starts TEXT NOT NULL);
                """
            )
            columns = {row[1] for row in self.connection.execute("PRAGMA table_info(chunks)")}
            for column, kind in (("page", "INTEGER"), ("url", "TEXT NOT NULL DEFAULT ''")):
                if column not in columns:  # a catalog from before web pages and PDFs
                    self.connection.execute(f"ALTER TABLE chunks ADD COLUMN {column} {kind}")

    def close(self) -> None:
        self.connection.close()

    def meta(self) -> dict[str, str]:
        return dict(self.connection.execute("SELECT key, value FROM meta"))

    def set_meta(self, **values: str) -> None:
        with self.connection:
            self.connection.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", list(values.items()))

    def files(self) -> dict[str, FileRecord]:
        rows = self.connection.execute("SELECT * FROM files")
        return {row[0]: FileRecord(*row) for row in rows}

    def chunks(self, sources: Iterable[str] | None = None) -> list[Chunk]:
        """Live chunks, in document order; all of them, or those of `sources`."""
        query = self._select_chunks()
        if sources is None:
            rows = self.connection.execute(query + " ORDER BY source, ordinal").fetchall()
        else:
            rows = []
            for source in sources:
                rows += self.connection.execute(
                    query + " WHERE source = ? ORDER BY ordinal", (source,)
                ).fetchall()
        return [Chunk(*row) for row in rows]

    def chunks_by_id(self, ids: list[str]) -> list[Chunk]:
        """The live chunks among `ids` (in no particular order): passages read on demand."""
        query = self._select_chunks() + " WHERE id IN "
        found: list[Chunk] = []
        for first in range(0, len(ids), 500):  # SQLite's limit on bound parameters
            batch = ids[first : first + 500]
            rows = self.connection.execute(query + f"({','.join('?' * len(batch))})", batch).fetchall()
            found += [Chunk(*row) for row in rows]
        return found

    def chunk_sources(self) -> list[tuple[str, str]]:
        """(id, source) of every live chunk, in the order `chunks()` lists them."""
        return self.connection.execute("SELECT id, source FROM chunks ORDER BY source, ordinal").fetchall()

    def _select_chunks(self) -> str:
        """The query for whole chunk rows; a catalog written before web pages and PDFs, read
        before its next rebuild, has no page or url column. Once they exist they stay, so that
        answer is kept: passages are read on demand, and asking SQLite each time is waste."""
        if not self._page_columns:
            columns = {row[1] for row in self.connection.execute("PRAGMA table_info(chunks)")}
            self._page_columns = "page" in columns
        extra = "page, url" if self._page_columns else "NULL, ''"
        return f'SELECT id, source, title, text, start, "end", ordinal, {extra} FROM chunks'

    def document(self, source: str) -> StoredDocument | None:
        """An indexed article's text as indexed (for web pages and PDFs: the extracted text)."""
        try:
            row = self.connection.execute(
                "SELECT text, metadata, page_starts FROM documents WHERE source = ?", (source,)
            ).fetchone()
        except sqlite3.OperationalError:  # an index from before the documents table
            return None
        if row is None:
            return None
        return StoredDocument(source, row[0], json.loads(row[1]), tuple(json.loads(row[2])))

    def film_entries(self) -> list[dict]:
        """The film catalogue's per-article entries (see index/films.py), as stored."""
        try:
            rows = self.connection.execute("SELECT data FROM films ORDER BY source").fetchall()
        except sqlite3.OperationalError:  # an index built before the film catalogue existed
            return []
        return [orjson.loads(row[0]) for row in rows]  # 4x json's speed: 7,000 entries in 0.3 s

    def chunk_ids(self) -> set[str]:
        return {row[0] for row in self.connection.execute("SELECT id FROM chunks")}

    def commit_build(
        self,
        files: list[FileRecord],
        chunks_by_source: dict[str, list[Chunk]],
        removed_sources: list[str],
        touched: list[FileRecord],
        meta: dict[str, str],
        films: dict[str, dict] | None = None,
        documents: dict[str, StoredDocument] | None = None,
    ) -> None:
        """Make one rebuild visible to readers, all at once."""
        with self.connection:
            for source in removed_sources:
                self.connection.execute("DELETE FROM documents WHERE source = ?", (source,))
            self.connection.executemany(
                "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?)",
                [
                    (d.source, d.text, json.dumps(d.metadata, ensure_ascii=False), json.dumps(d.page_starts))
                    for d in (documents or {}).values()
                ],
            )
            for source in removed_sources:
                self.connection.execute("DELETE FROM films WHERE source = ?", (source,))
            self.connection.executemany(
                "INSERT OR REPLACE INTO films VALUES (?, ?)",
                [(source, json.dumps(data, ensure_ascii=False)) for source, data in (films or {}).items()],
            )
            for source in [*removed_sources, *chunks_by_source]:
                self.connection.execute("DELETE FROM chunks WHERE source = ?", (source,))
            for source in removed_sources:
                self.connection.execute("DELETE FROM files WHERE source = ?", (source,))
            self.connection.executemany(
                'INSERT INTO chunks (id, source, ordinal, start, "end", title, text, page, url)'
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (c.id, c.source, c.ordinal, c.start, c.end, c.title, c.text, c.page, c.url)
                    for chunks in chunks_by_source.values()
                    for c in chunks
                ],
            )
            self.connection.executemany(
                "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?)",
                [(f.source, f.sha256, f.size, f.mtime_ns, f.title, f.chunks) for f in [*files, *touched]],
            )
            self.connection.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", list(meta.items()))


def chroma_client(config: IndexConfig):
    """A Chroma client: a `chroma run` server when a host is set, else a local folder."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if config.chroma_host:
        return chromadb.HttpClient(host=config.chroma_host, port=config.chroma_port, settings=settings)
    return chromadb.PersistentClient(path=str(config.index_dir / CHROMA_DIR), settings=settings)


def vector_store(client, collection: str, embeddings: Embeddings, create: bool = False):
    """The LangChain view of one Chroma collection, with cosine distance so scores mean cosine."""
    from langchain_chroma import Chroma

    return Chroma(
        client=client,
        collection_name=collection,
        embedding_function=embeddings,
        collection_metadata={"hnsw:space": "cosine"},
        create_collection_if_not_exists=create,
    )
