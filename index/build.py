"""Incremental, crash-safe rebuild: embed only new text, commit once, then clean up."""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from langchain_core.embeddings import Embeddings

from index.chunking import Chunk, chunk_document
from index.documents import (
    ARTICLE_SUFFIXES,
    Document,
    SkippedFile,
    SourceFile,
    UnreadableFileError,
    load_document,
    scan_sources,
)
from index.embedders import CachedEmbeddings, embedder_name
from index.films import FILMS_READER_VERSION, extract_films
from index.store import (
    COLLECTION_PREFIX,
    Catalog,
    FileRecord,
    IndexBusyError,
    IndexConfig,
    IndexMismatchError,
    IndexProblem,
    StoredDocument,
    chroma_client,
    vector_store,
)

log = logging.getLogger(__name__)
CACHE_FILE = "embeddings.sqlite"
LOCK_FILE = "build.lock"
ADD_BATCH = 256
REACHABILITY_CHECK_LIMIT = 20_000  # live vectors; above this one query over all of them is too slow


@dataclass
class BuildReport:
    """What one `film-assistant index` run did, file by file."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)
    chunks_added: int = 0
    chunks_deleted: int = 0
    texts_embedded: int = 0
    seconds: float = 0.0
    full: bool = False
    refilled: bool = False  # the vector index was rebuilt from the cache after deletions left it short

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.deleted)

    def summary(self) -> str:
        return (
            f"added {len(self.added)}, updated {len(self.updated)}, deleted {len(self.deleted)}, "
            f"unchanged {len(self.unchanged)} files; {self.chunks_added} chunks written, "
            f"{self.chunks_deleted} removed, {self.texts_embedded} texts embedded; "
            f"{self.seconds:.2f} s"
        )


def chunker_fingerprint(config: IndexConfig) -> str:
    """Changing chunk sizes, or how films are read from articles, must re-read every file, so the
    catalog records both (the vector cache spares the embedding)."""
    return f"v8:{config.chunk_max_chars}:{config.chunk_max_sentences}:films{FILMS_READER_VERSION}"


@contextmanager
def build_lock(index_dir: Path, wait_seconds: float = 30.0) -> Iterator[None]:
    """One rebuild at a time per index folder (the watcher and a manual run may overlap)."""
    with open(index_dir / LOCK_FILE, "a+") as handle:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise IndexBusyError(
                        f"another rebuild of {index_dir} is running; try again when it ends"
                    ) from None
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def build_index(
    config: IndexConfig,
    embeddings: Embeddings,
    full: bool = False,
    progress: Callable[[str], None] | None = None,
) -> BuildReport:
    """Bring the index in line with the knowledge folder and say what changed."""
    started = time.perf_counter()
    if not config.knowledge_dir.is_dir():
        raise IndexProblem(f"the knowledge folder {config.knowledge_dir} does not exist")
    try:
        config.index_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise IndexProblem(f"cannot create the index folder {config.index_dir}: {error}") from error
    try:
        with build_lock(config.index_dir):
            catalog = Catalog(config.index_dir)
            try:
                report = _Rebuild(config, embeddings, catalog, full, progress or (lambda _: None)).run()
            finally:
                catalog.close()
    except (OSError, sqlite3.Error) as error:
        raise IndexProblem(
            f"the rebuild could not write to {config.index_dir} ({error}); the previous index keeps serving"
        ) from error
    report.seconds = time.perf_counter() - started
    _remember_skipped(config.index_dir, report.skipped)
    return report


SKIPPED_FILE = "skipped.json"  # the last rebuild's skipped files and why, for the knowledge panel


def _remember_skipped(index_dir: Path, skipped: list[SkippedFile]) -> None:
    try:
        (index_dir / SKIPPED_FILE).write_text(
            json.dumps({s.source: s.reason for s in skipped}, ensure_ascii=False), encoding="utf-8"
        )
    except OSError:
        log.warning("could not record the skipped files in %s", index_dir)


@dataclass(frozen=True)
class FileStatus:
    """One article file as the knowledge panel shows it: indexed, changed, skipped (why) or new."""

    source: str
    state: str  # "indexed", "changed", "skipped", "new", "deleted"
    reason: str = ""
    modified: float = 0.0  # seconds since the epoch; 0 for a file that is gone


def knowledge_status(config: IndexConfig) -> list[FileStatus]:
    """Each file in the knowledge folder against the index: one stat per file, no reading."""
    files, scan_skipped = scan_sources(config.knowledge_dir)
    try:
        recorded = json.loads((config.index_dir / SKIPPED_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        recorded = {}
    try:
        catalog = Catalog(config.index_dir, readonly=True)
        try:
            indexed = catalog.files()
        finally:
            catalog.close()
    except (IndexProblem, sqlite3.Error):
        indexed = {}
    statuses = [FileStatus(s.source, "skipped", s.reason) for s in scan_skipped]
    for file in files:
        record = indexed.get(file.source)
        modified = file.mtime_ns / 1e9
        if file.source in recorded:  # unreadable at the last rebuild (its older version may serve)
            statuses.append(FileStatus(file.source, "skipped", recorded[file.source], modified))
        elif record is None:
            statuses.append(FileStatus(file.source, "new", "", modified))
        elif (record.size, record.mtime_ns) != (file.size, file.mtime_ns):
            statuses.append(FileStatus(file.source, "changed", recorded.get(file.source, ""), modified))
        else:
            statuses.append(FileStatus(file.source, "indexed", "", modified))
    present = {file.source for file in files}
    statuses += [FileStatus(source, "deleted") for source in indexed if source not in present]
    kinds = ", ".join(ARTICLE_SUFFIXES)
    for directory, folders, names in os.walk(config.knowledge_dir):  # what the index never reads
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in names:
            if not name.startswith(".") and not name.lower().endswith(ARTICLE_SUFFIXES):
                path = os.path.join(directory, name)
                source = os.path.relpath(path, config.knowledge_dir).replace(os.sep, "/")
                reason = f"not an article file ({kinds})"
                statuses.append(FileStatus(source, "skipped", reason, os.path.getmtime(path)))
    return sorted(statuses, key=lambda status: status.source)


class _Rebuild:
    def __init__(self, config, embeddings, catalog: Catalog, full: bool, progress) -> None:
        self.config = config
        self.catalog = catalog
        self.meta = catalog.meta()
        self.progress = progress
        self.embedder = embedder_name(embeddings)
        self.cached = CachedEmbeddings(embeddings, config.index_dir / CACHE_FILE)
        built_with = self.meta.get("embedder")
        if built_with and built_with != self.embedder and not full:
            raise IndexMismatchError(
                f"the index was built with {built_with}, but the settings select {self.embedder}: "
                "run `film-assistant index --full` to rebuild it with the new embedder"
            )
        self.full = full or not self.meta.get("collection")
        self.rechunk = self.full or self.meta.get("chunker") != chunker_fingerprint(config)
        # A rebuild that died after touching Chroma can leave its vector index short of vectors
        # its metadata lists (seen after SIGKILL); the repair refills a new collection from the
        # vector cache, without embedding anything again.
        self.repair = self.meta.get("dirty") == "1"
        self.report = BuildReport(full=self.full)

    def run(self) -> BuildReport:
        files, skipped = scan_sources(self.config.knowledge_dir)
        self.report.skipped.extend(skipped)
        known = self.catalog.files()
        fresh: dict[str, Document] = {}
        touched: list[FileRecord] = []
        kept: list[str] = []
        for file in files:
            record = known.get(file.source)
            if record and not self.rechunk and (record.size, record.mtime_ns) == (file.size, file.mtime_ns):
                self.report.unchanged.append(file.source)
                continue
            try:
                document = load_document(file, self.config.max_file_bytes)
            except UnreadableFileError as error:
                reason = str(error) + ("; its previous version stays indexed" if record else "")
                self.report.skipped.append(SkippedFile(file.source, reason))
                if record:
                    kept.append(file.source)
                continue
            if record and not self.rechunk and record.sha256 == document.sha256:
                self.report.unchanged.append(file.source)
                touched.append(_record(file, document, record.chunks))
                continue
            (self.report.updated if record else self.report.added).append(file.source)
            fresh[file.source] = document
        present = {file.source for file in files}
        self.report.deleted = sorted(source for source in known if source not in present)
        if not (fresh or self.report.deleted or self.full or self.repair):
            if touched:
                self.catalog.commit_build([], {}, [], touched, {})
            return self.report

        new_chunks = {
            source: chunk_document(document, self.config.chunk_max_chars, self.config.chunk_max_sentences)
            for source, document in fresh.items()
        }
        self.films = {source: extract_films(document).to_json() for source, document in fresh.items()}
        self.documents = {
            source: StoredDocument(source, d.text, d.metadata, d.page_starts) for source, d in fresh.items()
        }
        by_source = {file.source: file for file in files}
        records = [_record(by_source[s], fresh[s], len(c)) for s, c in new_chunks.items()]
        client = chroma_client(self.config)
        pending = self.meta.get("pending_collection")
        if pending and pending != self.meta.get("collection"):
            _drop_collection(client, pending)  # what a dead rebuild filled and never committed
        if self.full or self.repair:
            records += [known[source] for source in kept]
            self._new_collection(client, new_chunks, records, touched, known)
        else:
            self._incremental(client, new_chunks, records, touched)
        self.report.texts_embedded = self.cached.embedded_texts
        return self.report

    def _incremental(self, client, new_chunks, records, touched) -> None:
        collection = self.meta["collection"]
        store = vector_store(client, collection, self.cached, create=True)
        affected = [*new_chunks, *self.report.deleted]
        old_ids = {chunk.id for chunk in self.catalog.chunks(affected)}
        wanted = [chunk for chunks in new_chunks.values() for chunk in chunks]
        self.catalog.set_meta(dirty="1")
        self._add(store, [chunk for chunk in wanted if chunk.id not in old_ids])
        self._commit(records, new_chunks, touched, collection)
        stale = sorted(old_ids - {chunk.id for chunk in wanted})
        for offset in range(0, len(stale), ADD_BATCH):
            store.delete(stale[offset : offset + ADD_BATCH])
        self.report.chunks_deleted = len(stale)
        self.catalog.set_meta(dirty="0")
        if stale and not self._all_reachable(client, collection):
            self._refill(client)

    def _all_reachable(self, client, collection: str) -> bool:
        """Whether a search can still reach every live vector. After deletions hnswlib can leave
        live vectors that no query returns (chroma-core/chroma#7758; our read-only fault test
        met it about one run in twenty). Checked only where one query over all of them is cheap."""
        live = self.catalog.chunk_ids()
        if not live or len(live) > REACHABILITY_CHECK_LIMIT:
            return True
        chroma = client.get_collection(collection)
        probe = chroma.get(limit=1, include=["embeddings"])["embeddings"]
        if probe is None or len(probe) == 0:
            return True
        found = chroma.query(query_embeddings=[probe[0]], n_results=len(live), include=[])["ids"][0]
        return live <= set(found)

    def _refill(self, client) -> None:
        """A new collection from the vector cache (nothing embedded again), switched to in one commit."""
        deleted, removed = self.report.deleted, self.report.chunks_deleted
        self.report.deleted = []
        self._new_collection(client, {}, [], [], self.catalog.files())
        self.report.deleted, self.report.chunks_deleted = deleted, removed
        self.report.refilled = True

    def _new_collection(self, client, new_chunks, records, touched, known) -> None:
        """Fill a new collection and switch to it in one commit; the old one serves until then."""
        previous = self.meta.get("collection")
        collection = f"{COLLECTION_PREFIX}{uuid.uuid4().hex[:12]}"
        self.catalog.set_meta(dirty="1", pending_collection=collection)
        store = vector_store(client, collection, self.cached, create=True)
        carried = [s for s in known if s not in new_chunks and s not in self.report.deleted]
        wanted = [c for chunks in new_chunks.values() for c in chunks] + self.catalog.chunks(carried)
        self._add(store, wanted)
        self.report.chunks_deleted = len(self.catalog.chunk_ids() - {chunk.id for chunk in wanted})
        self._commit(records, new_chunks, touched, collection)
        if previous:
            _drop_collection(client, previous)
        self.catalog.set_meta(dirty="0", pending_collection="")

    def _add(self, store, chunks: list[Chunk]) -> None:
        for offset in range(0, len(chunks), ADD_BATCH):
            batch = chunks[offset : offset + ADD_BATCH]
            store.add_texts(
                [chunk.text for chunk in batch],
                metadatas=[
                    {
                        "source": c.source,
                        "title": c.title,
                        "start": c.start,
                        "end": c.end,
                        "ordinal": c.ordinal,
                    }
                    for c in batch
                ],
                ids=[chunk.id for chunk in batch],
            )
            self.report.chunks_added += len(batch)
            self.progress(f"embedded {self.report.chunks_added} of {len(chunks)} chunks")

    def _commit(self, records, new_chunks, touched, collection: str) -> None:
        """One transaction: file records, chunks, films, documents and the new version's meta."""
        self.catalog.commit_build(
            records,
            new_chunks,
            self.report.deleted,
            touched,
            self._meta(collection),
            self.films,
            self.documents,
        )

    def _meta(self, collection: str) -> dict[str, str]:
        return {
            "collection": collection,
            "embedder": self.embedder,
            "chunker": chunker_fingerprint(self.config),
            "version": str(int(self.meta.get("version", "0")) + 1),
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }


def _record(file: SourceFile, document: Document, chunks: int) -> FileRecord:
    return FileRecord(file.source, document.sha256, file.size, file.mtime_ns, document.title, chunks)


def _drop_collection(client, name: str) -> None:
    # Already gone is fine; Chroma raises several exception types for it.
    with contextlib.suppress(Exception):
        client.delete_collection(name)
