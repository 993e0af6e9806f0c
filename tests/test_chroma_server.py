"""Index and answer through a real `chroma run` server on 127.0.0.1."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from assistant.engine import Engine
from index.store import Catalog, chroma_client
from tests.conftest import free_port, start_server, stop_server

pytestmark = pytest.mark.server

LOLA = "Lola rennt ist ein Film von Tom Tykwer. Franka Potente spielt Lola.\n"


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    port = free_port()
    folder = tmp_path_factory.mktemp("chroma-server")
    chroma = Path(sys.executable).parent / "chroma"
    command = [
        str(chroma if chroma.exists() else shutil.which("chroma")),
        "run",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--path",
        str(folder / "data"),
    ]
    process = start_server(command, f"http://127.0.0.1:{port}/api/v2/heartbeat", folder / "server.log", 60)
    yield port
    stop_server(process)


def test_index_and_answer_through_the_server(settings, knowledge_dir, chroma_server):
    server_settings = settings.model_copy(update={"chroma_host": "127.0.0.1", "chroma_port": chroma_server})
    engine = Engine(server_settings)
    assert engine.rebuild().added == ["baikonur.txt"]
    assert not (settings.index_dir / "chroma").exists()  # vectors went to the server
    answer = engine.answer("Wer spielt Iskander?")
    assert answer.supported and any("Asochakov" in c.text for c in answer.citations)

    (knowledge_dir / "lola.md").write_text(LOLA, encoding="utf-8")
    report = engine.rebuild()
    assert report.added == ["lola.md"] and report.unchanged == ["baikonur.txt"]
    assert "Potente" in engine.answer("Wer spielt Lola?").text
    catalog = Catalog(settings.index_dir, readonly=True)
    stored = chroma_client(server_settings.index_config()).get_collection(catalog.meta()["collection"])
    assert sorted(stored.get(include=[])["ids"]) == sorted(catalog.chunk_ids())
