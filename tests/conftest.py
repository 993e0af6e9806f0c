"""Shared fixtures: a knowledge folder with the seed article and an index built from it, in tmp dirs."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = ROOT / "knowledge" / "baikonur.txt"
DEV_SET = Path(__file__).resolve().parent / "data" / "dev.jsonl"


def dev_questions(*kinds: str) -> list[dict]:
    rows = [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row for row in rows if not kinds or row["kind"] in kinds]


def seed_knowledge(base: Path) -> Path:
    """A `knowledge/` folder under `base` holding the seed article."""
    folder = base / "knowledge"
    folder.mkdir()
    shutil.copy(SEED_ARTICLE, folder / SEED_ARTICLE.name)
    return folder


@pytest.fixture
def knowledge_dir(tmp_path: Path) -> Path:
    return seed_knowledge(tmp_path)


@pytest.fixture
def settings(knowledge_dir: Path, tmp_path: Path):
    from assistant.settings import Settings

    return Settings(knowledge_dir=knowledge_dir, index_dir=tmp_path / "index", _env_file=None)


@pytest.fixture(scope="session")
def built_engine(tmp_path_factory: pytest.TempPathFactory):
    """One engine over an index of the seed article, shared by read-only tests."""
    from assistant.engine import Engine
    from assistant.settings import Settings

    base = tmp_path_factory.mktemp("shared-index")
    (base / "knowledge").mkdir()
    shutil.copy(SEED_ARTICLE, base / "knowledge" / SEED_ARTICLE.name)
    engine = Engine(Settings(knowledge_dir=base / "knowledge", index_dir=base / "index", _env_file=None))
    engine.rebuild()
    return engine


def engine_over(base: Path, articles: dict[str, str]):
    """An engine over a fresh index of `articles` (file name -> text), written under `base`."""
    from assistant.engine import Engine
    from assistant.settings import Settings

    knowledge = base / "knowledge"
    knowledge.mkdir()
    for name, text in articles.items():
        (knowledge / name).write_text(text, encoding="utf-8")
    engine = Engine(Settings(knowledge_dir=knowledge, index_dir=base / "index", _env_file=None))
    engine.rebuild()
    return engine


def assert_index_consistent(settings) -> None:
    """Chroma holds exactly the live chunks, no duplicates, no orphans, and its vector index
    can find every one of them (a crashed writer can leave metadata without vectors)."""
    from index.store import Catalog, chroma_client

    catalog = Catalog(settings.index_dir, readonly=True)
    try:
        live, collection_name = catalog.chunk_ids(), catalog.meta()["collection"]
    finally:
        catalog.close()
    collection = chroma_client(settings.index_config()).get_collection(collection_name)
    stored = collection.get(include=[])["ids"]
    assert len(stored) == len(set(stored)), "duplicate vectors"
    assert set(stored) == live, "orphaned or missing vectors"
    probe = collection.get(limit=1, include=["embeddings"])["embeddings"][0]
    found = collection.query(query_embeddings=[probe], n_results=len(live), include=[])["ids"][0]
    assert set(found) == live, f"the vector index finds {len(found)} of {len(live)} vectors"


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(command: list[str], ready_url: str, log_path: Path, timeout: float = 120, **popen):
    """Start a server process (output to a file: a full pipe would stall it) and wait, bounded,
    until `ready_url` answers. Fails the test with the log's tail if it exits or never answers."""
    import subprocess
    import time
    import urllib.request

    log = log_path.open("wb")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, **popen)
    log.close()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"{command[0]} exited: {log_path.read_text(errors='replace')[-2000:]}")
        try:
            urllib.request.urlopen(ready_url, timeout=2).close()
            return process
        except OSError:
            time.sleep(0.3)
    process.kill()
    pytest.fail(f"{' '.join(command[:3])} did not answer within {timeout:.0f} s")


def stop_server(process) -> None:
    import subprocess

    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


def answer_naming(engine, question: str, *words: str, history: list | None = None) -> str:
    """The engine's answer, after checking it is supported and names every word."""
    answer = engine.answer(question, history)
    assert answer.supported and all(word in answer.text for word in words), answer.text
    return answer.text
