"""The HTTP API under load from a separate process: 2,000 distinct questions at concurrency 20
and 50, 0 errors. The figures (p50, p95, answers per second) are printed under the table;
`film-assistant bench --api` prints them beside Gradio's /ask."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT, seed_knowledge, stop_server
from tests.test_api import start_api

FILMS = ROOT / "tests" / "data" / "films"
pytestmark = [pytest.mark.server, pytest.mark.slow]


@pytest.fixture(scope="module")
def loaded_api(tmp_path_factory):
    base = tmp_path_factory.mktemp("load")
    knowledge = seed_knowledge(base)
    for article in FILMS.iterdir():
        shutil.copy(article, knowledge / article.name)
    env = {
        "FILM_ASSISTANT_KNOWLEDGE_DIR": str(knowledge),
        "FILM_ASSISTANT_INDEX_DIR": str(base / "index"),
        "FILM_ASSISTANT_API_WORKERS": "2",
    }
    subprocess.run(
        [sys.executable, "-m", "assistant.cli", "index"],
        env={**os.environ, **env},
        check=True,
        capture_output=True,
        cwd=ROOT,
        timeout=600,
    )
    process, url = start_api(base, **env)
    yield url
    stop_server(process)


@pytest.mark.parametrize("concurrency", [20, 50])
def test_two_thousand_distinct_questions_without_an_error(loaded_api, concurrency, cases, figure):
    cases(f"API load: 2,000 questions, {concurrency} at once", 2000)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "assistant.loadtest",
            loaded_api,
            "--requests",
            "2000",
            "--concurrency",
            str(concurrency),
            "--limit-seconds",
            "300",
        ],
        capture_output=True,
        text=True,
        timeout=400,
        cwd=ROOT,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    figure(
        f"API, 2 workers, {result['requests']} distinct questions at concurrency {concurrency}: "
        f"{result['errors']} errors, p50 {result['p50_ms']:.0f} ms, p95 {result['p95_ms']:.0f} ms, "
        f"{result['answers_per_s']:.1f} answers/s ({result['supported']} supported)"
    )
    assert result["errors"] == 0, result["first_errors"]
    assert result["distinct_questions"] == 2000 and result["supported"] > 1000
