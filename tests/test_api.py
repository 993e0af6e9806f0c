"""The HTTP API (`film-assistant serve`), driven by the real `openai` SDK and plain HTTP."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest

from tests.conftest import ROOT, free_port, seed_knowledge, start_server, stop_server

KEY = "test-key-7f3a"
pytestmark = pytest.mark.server


def start_api(base, **env: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    process = start_server(
        [sys.executable, "-m", "assistant.cli", "serve"],
        f"{url}/healthz",
        base / f"api-{port}.log",
        cwd=ROOT,
        env={**os.environ, "FILM_ASSISTANT_PORT": str(port), **env},
    )
    return process, url


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    base = tmp_path_factory.mktemp("api")
    knowledge = seed_knowledge(base)
    process, url = start_api(
        base,
        FILM_ASSISTANT_KNOWLEDGE_DIR=str(knowledge),
        FILM_ASSISTANT_INDEX_DIR=str(base / "index"),
        FILM_ASSISTANT_API_KEY=KEY,
    )
    yield url
    stop_server(process)


@pytest.fixture
def client(api):
    from openai import OpenAI

    return OpenAI(base_url=f"{api}/v1", api_key=KEY, max_retries=0, timeout=30)


def test_chat_completion_answers_with_markers_sources_and_citations(client):
    completion = client.chat.completions.create(
        model="film-assistant", messages=[{"role": "user", "content": "Who plays Julie?"}]
    )
    content = completion.choices[0].message.content
    assert completion.model == "film-assistant" and completion.choices[0].finish_reason == "stop"
    assert "Marie de Villepin" in content and "[1]" in content
    assert "\n\nSources:\n[1] Baikonur (baikonur.txt)" in content  # for clients that show only text
    extra = completion.model_extra
    assert extra["supported"] is True and extra["citations"][0]["source"] == "baikonur.txt"
    assert "Villepin" in extra["citations"][0]["text"]


def test_streamed_completion_gives_the_same_answer_in_pieces(client):
    stream = client.chat.completions.create(
        model="film-assistant",
        messages=[{"role": "user", "content": "Wer spielt Nazira?"}],
        stream=True,
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert "Farmonova" in text and "Quellen:" in text
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert chunks[-1].model_extra["citations"][0]["source"] == "baikonur.txt"


def test_multi_turn_messages_become_the_history(client):
    first = client.chat.completions.create(
        model="film-assistant", messages=[{"role": "user", "content": "Wer ist Julie?"}]
    )
    follow_up = client.chat.completions.create(
        model="film-assistant",
        messages=[
            {"role": "system", "content": "You are helpful."},
            {"role": "user", "content": "Wer ist Julie?"},
            {"role": "assistant", "content": first.choices[0].message.content},
            {"role": "user", "content": "Und wer spielt sie?"},
        ],
    )
    assert "Marie de Villepin" in follow_up.choices[0].message.content


def test_models_lists_film_assistant(client):
    assert [model.id for model in client.models.list()] == ["film-assistant"]


def test_a_wrong_key_is_refused(api):
    from openai import AuthenticationError, OpenAI

    wrong = OpenAI(base_url=f"{api}/v1", api_key="wrong", max_retries=0)
    with pytest.raises(AuthenticationError) as raised:
        wrong.chat.completions.create(model="film-assistant", messages=[{"role": "user", "content": "Hi?"}])
    assert "API key" in raised.value.message
    assert httpx.get(f"{api}/v1/films").status_code == 401


@pytest.mark.parametrize(
    ("content", "error", "words"),
    [
        ("", "BadRequestError", "empty"),
        ("   ", "BadRequestError", "empty"),
        ("x" * 2001, "APIStatusError", "limit is 2000"),
    ],
)
def test_bad_questions_get_a_status_and_one_line(client, content, error, words):
    import openai

    with pytest.raises(openai.APIStatusError) as raised:
        client.chat.completions.create(
            model="film-assistant", messages=[{"role": "user", "content": content}]
        )
    assert type(raised.value).__name__ == error or raised.value.status_code == 413
    assert words in raised.value.message and "Traceback" not in raised.value.message


def test_plain_http_answer_films_health_docs_and_error_codes(api):
    headers = {"Authorization": f"Bearer {KEY}"}
    answer = httpx.post(f"{api}/v1/answer", json={"question": "Wer spielt Iskander?"}, headers=headers)
    assert answer.status_code == 200 and "Asochakov" in answer.json()["text"]
    assert set(answer.json()) == {"text", "language", "citations", "supported"}
    films = httpx.get(f"{api}/v1/films", headers=headers).json()
    assert films[0]["title"] == "Baikonur" and films[0]["credits"]
    health = httpx.get(f"{api}/healthz").json()
    assert health["status"] == "ok" and health["documents"] == 1
    assert httpx.get(f"{api}/docs").status_code == 200
    cases = [
        (httpx.post(f"{api}/v1/answer", content=b"{not json", headers=headers), 422),
        (httpx.post(f"{api}/v1/answer", json={"question": 3}, headers=headers), 422),
        (httpx.post(f"{api}/v1/answer", json={"question": "?" * 3000}, headers=headers), 413),
        (httpx.post(f"{api}/v1/answer", content=b"x" * 1_100_000, headers=headers), 413),
        (
            httpx.post(
                f"{api}/v1/chat/completions",
                json={"model": "gpt-4", "messages": [{"role": "user", "content": "Hi?"}]},
                headers=headers,
            ),
            404,
        ),
        (
            httpx.post(
                f"{api}/v1/chat/completions",
                json={"model": "film-assistant", "messages": []},
                headers=headers,
            ),
            422,
        ),
    ]
    for response, status in cases:
        body = response.json()
        assert response.status_code == status, (status, body)
        assert set(body) == {"error"} and body["error"]["message"] and "\n" not in response.text


def test_a_public_bind_without_a_key_is_refused(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "serve"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={
            **os.environ,
            "FILM_ASSISTANT_HOST": "0.0.0.0",
            "FILM_ASSISTANT_API_KEY": "",
            "FILM_ASSISTANT_INDEX_DIR": str(tmp_path / "index"),
        },
    )
    assert done.returncode == 1 and "without a key" in done.stderr and "Traceback" not in done.stderr


def test_a_missing_index_is_503_not_a_traceback(tmp_path):
    from fastapi.testclient import TestClient

    from assistant.engine import Engine
    from assistant.settings import Settings
    from ui.api import build_api

    knowledge = seed_knowledge(tmp_path)
    settings = Settings(knowledge_dir=knowledge, index_dir=tmp_path / "index", _env_file=None)
    app = build_api(Engine(settings), settings)
    (knowledge / "baikonur.txt").unlink()
    knowledge.rmdir()  # no articles, no index: the first question cannot be answered
    client = TestClient(app, raise_server_exceptions=False)
    response = client.post("/v1/answer", json={"question": "Wer spielt Julie?"})
    assert response.status_code == 503 and "knowledge folder" in response.json()["error"]["message"]
    assert client.get("/healthz").status_code == 503


def test_the_api_beside_a_public_chat_stays_shut_without_a_key(tmp_path):
    from fastapi.testclient import TestClient

    from assistant.engine import Engine
    from assistant.settings import Settings
    from ui.api import build_api

    settings = Settings(
        knowledge_dir=seed_knowledge(tmp_path),
        index_dir=tmp_path / "index",
        host="0.0.0.0",
        auth="user:secret",
        _env_file=None,
    )
    client = TestClient(build_api(Engine(settings), settings), raise_server_exceptions=False)
    response = client.post("/v1/answer", json={"question": "Wer spielt Julie?"})
    assert response.status_code == 401 and "FILM_ASSISTANT_API_KEY" in response.json()["error"]["message"]
