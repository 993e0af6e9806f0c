"""Incremental, crash-safe indexing against a real local Chroma and the bundled E5 embedder."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from assistant.engine import Engine
from assistant.errors import IndexMismatchError
from index.build import build_index
from index.embedders import E5Embeddings
from index.store import Catalog
from tests.conftest import ROOT, assert_index_consistent

SECOND_ARTICLE = """---
title: Lola rennt
---
Lola rennt ist ein deutscher Film von Tom Tykwer aus dem Jahr 1998. Franka Potente spielt Lola.
Lola hat zwanzig Minuten, um hunderttausend Mark zu beschaffen. Moritz Bleibtreu spielt ihren Freund Manni.
"""


def test_second_run_with_nothing_changed_embeds_nothing(settings):
    engine = Engine(settings)
    first = engine.rebuild()
    assert first.added == ["baikonur.txt"] and first.chunks_added > 5
    again = engine.rebuild()
    assert (again.added, again.updated, again.deleted) == ([], [], [])
    assert again.unchanged == ["baikonur.txt"]
    assert again.texts_embedded == 0 and again.chunks_added == 0
    assert_index_consistent(settings)


def test_changing_one_file_re_embeds_only_its_new_text(settings, knowledge_dir):
    engine = Engine(settings)
    engine.rebuild()
    (knowledge_dir / "lola.md").write_text(SECOND_ARTICLE, encoding="utf-8")
    added = engine.rebuild()
    assert added.added == ["lola.md"] and added.unchanged == ["baikonur.txt"]
    lola_chunks = Catalog(settings.index_dir, readonly=True).chunks(["lola.md"])
    assert added.texts_embedded == len(lola_chunks) == added.chunks_added

    (knowledge_dir / "lola.md").write_text(
        SECOND_ARTICLE + "Der Film wurde in Berlin gedreht.\n", encoding="utf-8"
    )
    updated = engine.rebuild()
    assert updated.updated == ["lola.md"] and updated.unchanged == ["baikonur.txt"]
    assert updated.texts_embedded == 1  # only the new chunk; the others come from the vector cache
    assert_index_consistent(settings)
    answer = engine.answer("Wo wurde Lola rennt gedreht?")
    assert answer.supported and "Berlin" in answer.text


def test_deleting_a_file_removes_its_chunks(settings, knowledge_dir):
    engine = Engine(settings)
    (knowledge_dir / "lola.md").write_text(SECOND_ARTICLE, encoding="utf-8")
    engine.rebuild()
    (knowledge_dir / "lola.md").unlink()
    report = engine.rebuild()
    assert report.deleted == ["lola.md"] and report.chunks_deleted > 0
    assert all(
        chunk.source == "baikonur.txt" for chunk in Catalog(settings.index_dir, readonly=True).chunks()
    )
    assert_index_consistent(settings)


def test_running_engine_picks_up_a_rebuilt_index(settings, knowledge_dir):
    engine = Engine(settings)
    engine.rebuild()
    assert not engine.answer("Wer spielt Lola?").supported
    (knowledge_dir / "lola.md").write_text(SECOND_ARTICLE, encoding="utf-8")
    build_index(settings.index_config(), E5Embeddings())  # as another process would
    answer = engine.answer("Wer spielt Lola?")
    assert answer.supported and "Potente" in answer.text


def test_undecodable_and_empty_files_are_reported_and_skipped(settings, knowledge_dir):
    (knowledge_dir / "broken.txt").write_bytes(b"Caf\xe9 ohne UTF-8")
    (knowledge_dir / "empty.md").write_text("")
    report = Engine(settings).rebuild()
    reasons = {skipped.source: skipped.reason for skipped in report.skipped}
    assert "UTF-8" in reasons["broken.txt"] and "empty" in reasons["empty.md"]
    assert report.added == ["baikonur.txt"]


def test_an_embedder_failing_half_way_leaves_the_previous_index_answering(settings, knowledge_dir):
    engine = Engine(settings)
    engine.rebuild()
    before = engine.answer("Wer spielt Iskander?")

    class FailingEmbeddings(E5Embeddings):
        def embed_documents(self, texts):
            raise RuntimeError("embedder crashed")

    (knowledge_dir / "lola.md").write_text(SECOND_ARTICLE, encoding="utf-8")
    with pytest.raises(RuntimeError, match="embedder crashed"):
        build_index(settings.index_config(), FailingEmbeddings())
    assert engine.answer("Wer spielt Iskander?") == before
    report = engine.rebuild()
    assert report.added == ["lola.md"]
    assert_index_consistent(settings)


KILL_SCRIPT = """
import os, signal, sys
from pathlib import Path
from index import build, store
from index.embedders import E5Embeddings
from index.store import IndexConfig

point = sys.argv[3]
original_add, original_commit = build._Rebuild._add, store.Catalog.commit_build

def add_then_die(self, vector_store, chunks):
    original_add(self, vector_store, chunks[:3])
    os.kill(os.getpid(), signal.SIGKILL)

def commit_then_die(self, *args, **kwargs):
    original_commit(self, *args, **kwargs)
    os.kill(os.getpid(), signal.SIGKILL)

if point == "while-adding":
    build._Rebuild._add = add_then_die
else:
    store.Catalog.commit_build = commit_then_die
config = IndexConfig(Path(sys.argv[1]), Path(sys.argv[2]))
build.build_index(config, E5Embeddings(), full="--full" in sys.argv)
"""


@pytest.mark.parametrize("point", ["while-adding", "after-commit"])
@pytest.mark.parametrize("full", [False, True], ids=["incremental", "full"])
def test_a_killed_rebuild_leaves_the_index_answering_and_the_next_run_cleans_up(
    settings, knowledge_dir, point, full
):
    engine = Engine(settings)
    engine.rebuild()
    before = engine.answer("Wer spielt Iskander?")
    (knowledge_dir / "lola.md").write_text(SECOND_ARTICLE, encoding="utf-8")
    (knowledge_dir / "baikonur.txt").write_text(
        (knowledge_dir / "baikonur.txt").read_text(encoding="utf-8") + "\nDer Film lief 2011 im Kino.\n",
        encoding="utf-8",
    )
    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(KILL_SCRIPT),
            str(knowledge_dir),
            str(settings.index_dir),
            point,
        ]
        + (["--full"] if full else []),
        cwd=ROOT,
        capture_output=True,
        timeout=300,
    )
    assert killed.returncode == -9, killed.stderr.decode()
    after = engine.answer("Wer spielt Iskander?")
    if point == "while-adding":
        assert after == before  # nothing was committed: same answer, same citations
    else:
        # The catalog committed, so the new version is live: it answers as a fresh reader does.
        assert after == Engine(settings).answer("Wer spielt Iskander?")
        assert after.supported and any("Asochakov" in c.text for c in after.citations)
    report = engine.rebuild()
    assert not report.skipped
    assert_index_consistent(settings)
    assert engine.answer("Wer spielt Lola?").supported


def test_switching_the_embedder_needs_a_full_rebuild(settings):
    Engine(settings).rebuild()
    other = settings.model_copy(
        update={"embedder": "sentence-transformers", "embedding_model": "/nonexistent-model"}
    )
    with pytest.raises(IndexMismatchError, match="index --full"):
        Engine(other).rebuild()
    with pytest.raises(IndexMismatchError, match="index --full"):
        Engine(other).answer("Wer spielt Iskander?")


def test_a_missing_index_is_built_on_first_use(settings):
    assert not settings.index_dir.exists()
    answer = Engine(settings).answer("Wer spielt Nazira?")
    assert answer.supported and "Farmonova" in answer.text


def test_deletions_that_leave_vectors_unreachable_refill_the_collection_from_the_cache(
    settings, knowledge_dir, monkeypatch
):
    """hnswlib can leave live vectors no query returns after deletions (chroma-core/chroma#7758).
    Such a run refills a new collection from the vector cache: nothing is embedded again."""
    from index import build

    engine = Engine(settings)
    (knowledge_dir / "lola.md").write_text(SECOND_ARTICLE, encoding="utf-8")
    engine.rebuild()
    before = Catalog(settings.index_dir, readonly=True)
    collection_before = before.meta()["collection"]
    before.close()
    monkeypatch.setattr(build._Rebuild, "_all_reachable", lambda self, client, collection: False)
    (knowledge_dir / "lola.md").unlink()
    report = engine.rebuild()
    assert report.refilled and report.deleted == ["lola.md"] and report.texts_embedded == 0
    after = Catalog(settings.index_dir, readonly=True)
    try:
        assert after.meta()["collection"] != collection_before
    finally:
        after.close()
    assert_index_consistent(settings)
    assert "Villepin" in engine.answer("Wer spielt Julie?").text


def test_the_bm25_index_is_saved_per_version_and_loads_to_the_same_scores(settings, knowledge_dir):
    from index.search import LEXICAL_DIR, IndexSearcher, prepare_lexical

    embeddings = E5Embeddings()
    build_index(settings.index_config(), embeddings)
    prepare_lexical(settings.index_config())  # as `film-assistant index` does after a change
    saved = list((settings.index_dir / LEXICAL_DIR).iterdir())
    assert len(saved) == 1 and (saved[0] / "params.index.json").exists()
    query = "Wer spielt die Weltraumtouristin Julie?"
    loaded = IndexSearcher(settings.index_config(), embeddings)
    found = loaded.lexical(loaded.snapshot(), query, 5)
    frequency = dict(loaded.snapshot().document_frequency)
    import shutil

    shutil.rmtree(saved[0])  # a reader without the saved index builds it itself, the same
    fresh = IndexSearcher(settings.index_config(), embeddings)
    assert [(c.id, round(s, 5)) for c, s in fresh.lexical(fresh.snapshot(), query, 5)] == [
        (c.id, round(s, 5)) for c, s in found
    ]
    assert fresh.snapshot().document_frequency == frequency and frequency["julie"] >= 1
    (knowledge_dir / "extra.md").write_text("Ein neuer Film spielt in Kiel.\n", encoding="utf-8")
    build_index(settings.index_config(), embeddings)
    prepare_lexical(settings.index_config())
    [newer] = list((settings.index_dir / LEXICAL_DIR).iterdir())  # the old version's is removed
    assert newer.name != saved[0].name


def test_passages_are_read_on_demand_and_a_removed_one_reads_as_missing(settings, knowledge_dir):
    """A new process loads ids, not texts: the cold start at 111k passages depends on it."""
    from index.search import IndexSearcher

    (knowledge_dir / "kiel.md").write_text(
        "# Hafenlicht\n\nHafenlicht spielt in Kiel. Regie führte Jana Brock.\n", encoding="utf-8"
    )
    embeddings = E5Embeddings()
    build_index(settings.index_config(), embeddings)
    searcher = IndexSearcher(settings.index_config(), embeddings)
    snapshot = searcher.snapshot()
    assert len(snapshot.chunks) > 3 and not snapshot.chunks._kept  # nothing read yet
    kiel = snapshot.by_source["kiel.md"]
    assert kiel and all(chunk.source == "kiel.md" for chunk in kiel)
    assert len(snapshot.chunks._kept) == len(kiel) < len(snapshot.chunks)
    assert [c.id for c, _ in searcher.lexical(snapshot, "Kiel", 3)][:1] == [kiel[0].id]
    (knowledge_dir / "kiel.md").unlink()
    build_index(settings.index_config(), embeddings)  # the old snapshot's passage is gone now
    snapshot.chunks._kept.clear()
    assert snapshot.by_source["kiel.md"] == [] and searcher.snapshot() is not snapshot
    assert "kiel.md" not in searcher.snapshot().by_source


def test_a_film_catalogue_stored_before_the_compact_form_still_loads():
    from index.documents import parse_document
    from index.films import DocumentFilms, FilmCatalogue, extract_films

    text = "# Hafenlicht\n\nHafenlicht (2031) ist ein Film von Jana Brock. Ole Dahl spielt den Lotsen Piet.\n"
    films = extract_films(parse_document("kiel.md", text.encode()))
    old = {**films.to_json(), "names": [list(name) for name in films.names]}
    old.pop("name_words")
    old["facts"] = [
        {
            **dict(
                zip(
                    ("kind", "film", "value", "subject", "start", "end", "sentence", "detail"),
                    row,
                    strict=True,
                )
            ),
            "source": "kiel.md",
        }
        for row in old["facts"]
    ]
    compact, legacy = (FilmCatalogue([DocumentFilms.from_json(d)]) for d in (films.to_json(), old))
    assert compact.facts == legacy.facts and compact.names == legacy.names
    assert any(f.kind == "director" and f.value == "Jana Brock" for f in compact.facts)
