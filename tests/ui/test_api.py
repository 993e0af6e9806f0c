"""The `/ask` endpoint through gradio_client against the running chat app."""

from __future__ import annotations

import statistics
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from gradio_client import Client

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def client(chat_url):
    return Client(chat_url, verbose=False)


@pytest.mark.parametrize(
    ("question", "language", "fact"),
    [("Wer spielt Nazira?", "de", "Farmonova"), ("Who plays Iskander?", "en", "Asochakov")],
)
def test_ask_returns_a_cited_answer_as_json(client, question, language, fact):
    answer = client.predict(question, None, api_name="/ask")
    assert answer["language"] == language and answer["supported"] is True
    assert fact in answer["text"] and "[1]" in answer["text"]
    assert answer["citations"][0]["number"] == 1 and answer["citations"][0]["source"] == "baikonur.txt"


def test_ask_uses_the_history_for_follow_ups(client):
    first = client.predict("Wer ist Julie?", None, api_name="/ask")
    follow_up = client.predict("Und wer spielt sie?", [["Wer ist Julie?", first["text"]]], api_name="/ask")
    assert "Villepin" in follow_up["text"]


def test_bad_input_comes_back_as_an_error_field(client):
    assert "empty" in client.predict("   ", None, api_name="/ask")["error"]
    assert "limit is 2000" in client.predict("x" * 2500, None, api_name="/ask")["error"]


def test_twenty_concurrent_requests_all_succeed(client, chat_url):
    questions = [
        "Wer spielt Julie?",
        "Who plays Nazira?",
        "Wo liegt das Dorf?",
        "What does Iskander find?",
    ] * 5

    with ThreadPoolExecutor(max_workers=20) as pool:
        clients = list(pool.map(lambda _: Client(chat_url, verbose=False), questions))

    def ask(client: Client, question: str) -> tuple[dict, float]:
        started = time.perf_counter()
        answer = client.predict(question, None, api_name="/ask")
        return answer, time.perf_counter() - started

    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(ask, clients, questions))
    assert all(answer.get("supported") is True and answer["citations"] for answer, _ in results)
    latencies = sorted(seconds for _, seconds in results)
    print(
        f"\n20 concurrent /ask: 0 errors, p50 {statistics.median(latencies) * 1000:.0f} ms, "
        f"p95 {latencies[18] * 1000:.0f} ms"
    )


def test_the_http_api_is_mounted_beside_the_chat(chat_url):
    import httpx

    base = chat_url.rstrip("/")
    assert httpx.get(f"{base}/healthz").json()["status"] == "ok"
    answer = httpx.post(f"{base}/v1/answer", json={"question": "Wer spielt Nazira?"}, timeout=30).json()
    assert "Farmonova" in answer["text"] and answer["citations"][0]["source"] == "baikonur.txt"
    completion = httpx.post(
        f"{base}/v1/chat/completions",
        json={"model": "film-assistant", "messages": [{"role": "user", "content": "Who plays Iskander?"}]},
        timeout=30,
    ).json()
    assert "Asochakov" in completion["choices"][0]["message"]["content"]
    assert httpx.get(chat_url).status_code == 200  # the page itself is still served at /
