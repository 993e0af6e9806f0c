"""Load on a running HTTP API, from its own process: distinct questions, bounded in count and time.

    python -m assistant.loadtest http://127.0.0.1:8080 --requests 2000 --concurrency 20

Questions come from templates over the films the server lists (`GET /v1/films`), in German and
English, so every request asks something different and the figure measures the engine, not a
cache. Only loopback addresses are accepted: this is for measuring our own server.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import sys
import time
from urllib.parse import urlsplit

TEMPLATES = [
    "Who plays {character} in {title}?",
    "Wer spielt {character} in {title}?",
    "Which role does {actor} play in {title}?",
    "Welche Rolle spielt {actor} in {title}?",
    "Who directed {title}?",
    "Wer führte bei {title} Regie?",
    "How long is {title}?",
    "Wie lang ist {title}?",
    "Who is {character} in {title}?",
    "Wer ist {character} in {title}?",
    "What happens to {character} in {title}?",
    "Was erlebt {character} in {title}?",
    "Who wrote the music for {title}?",
    "Wann kam {title} in die Kinos?",
]
OPENINGS = ["", "Quick question: ", "Kurze Frage: ", "Tell me: ", "Sag mal, ", "Please: ", "Bitte: "]


def questions(films: list[dict], count: int) -> list[str]:
    """`count` different questions over the listed films' titles, characters and actors."""
    pairs = []
    for film in films:
        actors = [c for c in film.get("credits", []) if c["role"] == "actor" and c.get("plays")]
        for credit in actors or [{"name": "", "plays": ""}]:
            pairs.append((film["title"], credit["plays"], credit["name"]))
    if not pairs:
        raise SystemExit("error: the server lists no films; index some articles first")
    found: list[str] = []
    seen: set[str] = set()
    for opening, template, (title, character, actor) in itertools.product(OPENINGS, TEMPLATES, pairs):
        if ("{character}" in template and not character) or ("{actor}" in template and not actor):
            continue
        question = opening + template.format(title=title, character=character, actor=actor)
        if question not in seen:
            seen.add(question)
            found.append(question)
            if len(found) == count:
                return found
    # Few films: number the rest, still each one different.
    base = list(found)
    for number in itertools.count(2):
        for question in base:
            found.append(f"{question} ({number})")
            if len(found) == count:
                return found
    return found


async def _run(url: str, count: int, concurrency: int, limit_seconds: float, key: str | None) -> dict:
    import httpx

    headers = {"Authorization": f"Bearer {key}"} if key else {}
    async with httpx.AsyncClient(
        base_url=url, timeout=30, headers=headers, limits=httpx.Limits(max_connections=concurrency)
    ) as client:
        films = (await client.get("/v1/films")).json()
        asked = questions(films, count)
        latencies: list[float] = []
        errors: list[str] = []
        supported = 0
        gate = asyncio.Semaphore(concurrency)

        async def one(question: str) -> None:
            nonlocal supported
            async with gate:
                started = time.perf_counter()
                try:
                    response = await client.post("/v1/answer", json={"question": question})
                    if response.status_code != 200:
                        errors.append(f"{response.status_code}: {response.text[:200]}")
                    elif not response.json().get("text"):
                        errors.append("empty answer")
                    else:
                        supported += bool(response.json()["supported"])
                except httpx.HTTPError as error:
                    errors.append(f"{type(error).__name__}: {error}")
                latencies.append(time.perf_counter() - started)

        started = time.perf_counter()
        await asyncio.wait_for(asyncio.gather(*(one(q) for q in asked)), timeout=limit_seconds)
        wall = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": count,
        "distinct_questions": len(set(asked)),
        "concurrency": concurrency,
        "errors": len(errors),
        "first_errors": errors[:3],
        "supported": supported,
        "p50_ms": round(latencies[len(latencies) // 2] * 1000, 1),
        "p95_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))] * 1000, 1),
        "answers_per_s": round(count / wall, 1),
        "seconds": round(wall, 2),
    }


def run_load(
    url: str, count: int, concurrency: int, limit_seconds: float = 600, key: str | None = None
) -> dict:
    host = urlsplit(url).hostname or ""
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit(f"error: the load test only targets loopback addresses, not {host!r}")
    return asyncio.run(_run(url.rstrip("/"), count, concurrency, limit_seconds, key))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("url")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--limit-seconds", type=float, default=600)
    parser.add_argument("--key", default=None, help="Bearer key, when the server needs one.")
    args = parser.parse_args(argv)
    result = run_load(args.url, args.requests, args.concurrency, args.limit_seconds, args.key)
    print(json.dumps(result))
    sys.exit(1 if result["errors"] else 0)


if __name__ == "__main__":
    main()
