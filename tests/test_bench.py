"""`film-assistant bench` produces every figure for both sides (no timing assertions here)."""

from __future__ import annotations

from assistant.bench import METRICS, format_table, generated_article, run_bench
from index.embedders import E5Embeddings
from tests.conftest import ROOT

KEYS = [
    "build_s",
    "chunks",
    "chunks_per_s",
    "noop_rebuild_s",
    "one_changed_rebuild_s",
    "one_deleted_rebuild_s",
    "retrieval_p50_ms",
    "retrieval_p95_ms",
    "answer_p50_ms",
    "answer_p95_ms",
    "cold_start_s",
    "peak_rss_mb",
    "embed_ceiling_chunks_per_s",
]


def test_generated_articles_are_deterministic_bilingual_and_realistic_in_size():
    assert generated_article(7) == generated_article(7)
    sizes = [len(generated_article(n)[1].encode()) for n in range(40)]
    assert min(sizes) >= 1500 and max(sizes) <= 4500
    assert "spielt" in generated_article(0)[1] and " plays " in generated_article(1)[1]


def test_bench_reports_every_figure_for_both_sides():
    result = run_bench(docs=3, knowledge_dir=ROOT / "knowledge", stand_in=True, repeats=1)
    assert set(result) == {"project", "baseline", "machine"}
    for side in ("project", "baseline"):
        for key in KEYS:
            assert key in result[side], (side, key)
        for key in KEYS:
            value = result[side][key]
            assert isinstance(value, int | float) and value > 0, (side, key, value)
    assert result["project"]["identical_to_full_rebuild"] is True
    assert result["project"]["cold_start_imports_torch"] is False
    assert result["project"]["chunks"] > result["baseline"]["chunks"]  # small, citable chunks
    assert result["machine"]["cores"] >= 1 and result["machine"]["embedder"].startswith("stand-in")
    table = format_table(result)
    assert all(label in table for _, label in METRICS) and "stand-in" in table
    assert "targets:" in table


def test_bench_with_the_bundled_embedder_measures_a_real_cold_start():
    result = run_bench(docs=1, knowledge_dir=ROOT / "knowledge", repeats=1)
    project = result["project"]
    assert result["machine"]["embedder"] == E5Embeddings.name
    assert project["identical_to_full_rebuild"] is True
    assert project["cold_start_s"] > 0 and project["cold_start_imports_torch"] is False
    assert project["one_file_embed_s"] > 0 and project["embed_ceiling_chunks_per_s"] > 0
    assert "NOTE: vectors made by a fast stand-in" not in format_table(result)


def test_the_source_bench_corpus_is_ten_pages_and_a_twenty_page_pdf(tmp_path):
    from assistant.bench import write_source_corpus
    from index.documents import load_document, scan_sources

    write_source_corpus(tmp_path)
    files, skipped = scan_sources(tmp_path)
    documents = [load_document(file, 20_000_000) for file in files]
    assert not skipped and len(documents) == 11
    assert [len(d.page_starts) for d in documents if d.source.endswith(".pdf")] == [20]
    pages = [d for d in documents if d.source.endswith(".html")]
    assert all("Accept all" not in d.text and "Most read" not in d.text for d in pages)
    assert all(d.url.startswith("https://filmblatt.example/") for d in pages)
