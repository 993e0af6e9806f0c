"""The command line: exit codes, JSON contract, one-line errors without tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from assistant.settings import Settings

CLI = [sys.executable, "-m", "assistant.cli"]


def run(args: list[str], settings: Settings, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "FILM_ASSISTANT_KNOWLEDGE_DIR": str(settings.knowledge_dir),
        "FILM_ASSISTANT_INDEX_DIR": str(settings.index_dir),
        **env,
    }
    return subprocess.run(CLI + args, capture_output=True, text=True, env=environment, timeout=180)


def test_index_then_ask_json_prints_the_answer_contract(settings):
    built = run(["index"], settings)
    assert built.returncode == 0, built.stderr
    assert "added 1, updated 0, deleted 0, unchanged 0" in built.stdout
    again = run(["index"], settings)
    assert "added 0, updated 0, deleted 0, unchanged 1" in again.stdout

    result = run(["ask", "Who plays Julie?", "--json"], settings)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert set(answer) == {"text", "language", "citations", "supported"}
    assert answer["language"] == "en" and answer["supported"] is True
    assert set(answer["citations"][0]) == {
        "number",
        "source",
        "text",
        "start",
        "end",
        "score",
        "page",
        "url",
        "quote",
    }
    assert answer["citations"][0]["quote"] in answer["citations"][0]["text"]  # the sentence stating it
    assert "Villepin" in answer["text"]


def test_ask_prints_text_and_sources(settings):
    result = run(["ask", "Wer spielt Iskander?"], settings)
    assert result.returncode == 0
    assert (
        "Asochakov" in result.stdout and "Sources:" in result.stdout and "[1] baikonur.txt" in result.stdout
    )


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["ask", ""], 2, "the question is empty"),
        (["ask", "x" * 2001], 2, "limit is 2000"),
        (["ask", "Wer?", "--answerer", "gpt-9"], 1, "unknown answerer"),
    ],
)
def test_bad_input_exits_non_zero_with_one_line_and_no_traceback(settings, args, code, message):
    result = run(args, settings)
    assert result.returncode == code
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_knowledge_folder_is_a_clear_error(settings, tmp_path):
    result = run(["index"], settings, FILM_ASSISTANT_KNOWLEDGE_DIR=str(tmp_path / "nowhere"))
    assert result.returncode == 1
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr


def test_settings_come_from_film_assistant_environment_variables(monkeypatch, tmp_path):
    monkeypatch.setenv("FILM_ASSISTANT_TOP_K", "6")
    monkeypatch.setenv("FILM_ASSISTANT_INDEX_DIR", str(tmp_path / "elsewhere"))
    settings = Settings(_env_file=None)
    assert settings.top_k == 6 and settings.index_dir == tmp_path / "elsewhere"
    monkeypatch.setenv("FILM_ASSISTANT_TOP_K", "0")
    with pytest.raises(ValueError, match="positive"):
        Settings(_env_file=None)
