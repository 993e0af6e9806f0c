"""Index and answer through a real `chroma run` server on 127.0.0.1."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from assistant.engine import Engine
from index.store import Catalog, chroma_client

pytestmark = pytest.mark.server

LOLA = "Lola rennt ist ein Film von Tom Tykwer. Franka Potente spielt Lola.\n"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    port = free_port()
    folder = tmp_path_factory.mktemp("chroma-server")
    chroma = Path(sys.executable).parent / "chroma"
    log = (folder / "server.log").open("wb")
    process = subprocess.Popen(
        [
            str(chroma if chroma.exists() else shutil.which("chroma")),
            "run",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--path",
            str(folder / "data"),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"chroma run exited: {(folder / 'server.log').read_text()[-2000:]}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=2).close()
            break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        pytest.fail("chroma run did not answer within 60 s")
    yield port
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()


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
