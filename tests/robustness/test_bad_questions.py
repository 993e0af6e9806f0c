"""Bad questions through the Python API (property-based), the CLI and the UI endpoint."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request

import pytest
from gradio_client import Client
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.errors import InvalidQuestionError
from assistant.types import Answer
from tests.conftest import ROOT

ANYTHING = st.one_of(
    st.text(alphabet=st.characters(exclude_categories=()), max_size=300),  # surrogates, controls
    st.text(min_size=1990, max_size=2100),
    st.binary(max_size=200),
    st.binary(max_size=200).map(lambda raw: raw.decode("latin-1")),  # binary-looking text
    st.integers(),
    st.floats(),
    st.none(),
    st.lists(st.text(max_size=20), max_size=3),
    st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2),
    st.builds(  # real questions with junk around them, so answers get checked, not only refusals
        str.__add__,
        st.sampled_from(["Wer spielt Julie?", "Who plays Nazira?", "Wo liegt das Dorf?"]),
        st.text(alphabet=st.characters(exclude_categories=()), max_size=30),
    ),
)
BAD_HISTORY = st.one_of(
    st.none(),
    st.text(max_size=20),
    st.integers(),
    st.lists(st.one_of(st.text(max_size=20), st.integers(), st.none()), max_size=3),
    st.lists(st.tuples(st.text(max_size=40), st.text(max_size=40)), max_size=3),  # well-formed
    st.lists(st.lists(st.text(max_size=10), max_size=4), max_size=3),
)
EXAMPLES = 150


@pytest.mark.timeout(300)
def test_answer_gives_an_answer_or_the_documented_error(built_engine, cases):
    cases("bad questions: answer() (hypothesis)", EXAMPLES)
    tried = 0

    @settings(max_examples=EXAMPLES, deadline=None, database=None)
    @given(question=ANYTHING)
    def check(question) -> None:
        nonlocal tried
        tried += 1
        assert_answer_or_invalid(built_engine, question)

    check()
    assert tried >= EXAMPLES


@pytest.mark.timeout(120)
def test_bad_history_gives_an_answer_or_the_documented_error(built_engine, cases):
    cases("bad questions: answer() history (hypothesis)", 50)

    @settings(max_examples=50, deadline=None, database=None)
    @given(history=BAD_HISTORY)
    def check(history) -> None:
        assert_answer_or_invalid(built_engine, "Und wer spielt sie?", history)

    check()


def assert_answer_or_invalid(engine, question, history=None) -> None:
    """The contract: an `Answer` with text in a known language, or `InvalidQuestionError`; nothing else."""
    try:
        answer = engine.answer(question, history)
    except InvalidQuestionError:
        return
    assert isinstance(answer, Answer) and answer.text.strip() and answer.language in ("de", "en")


@pytest.mark.timeout(30)  # the length check comes before any work, so this is instant
def test_ten_megabyte_question_is_refused_at_once(built_engine, cases):
    cases("bad questions: answer() 10 MB strings", 2)
    with pytest.raises(InvalidQuestionError, match="limit is 2000"):
        built_engine.answer("Wer spielt Julie? " * 600_000)
    with pytest.raises(InvalidQuestionError):
        list(built_engine.stream("x" * 10_000_000))


SHELL_INPUTS = ["", "   ", "\t\n", "x" * 2001, "Wer\x01spielt\x02Julie?", "\x7f\x1b[2J", "ÿþ\x00\x00"[:2]]


@pytest.mark.parametrize("question", SHELL_INPUTS, ids=range(len(SHELL_INPUTS)))
def test_cli_never_shows_a_traceback(settings, cases, question):
    cases("bad questions: CLI")
    env = {
        **os.environ,
        "FILM_ASSISTANT_KNOWLEDGE_DIR": str(settings.knowledge_dir),
        "FILM_ASSISTANT_INDEX_DIR": str(settings.index_dir),
    }
    result = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "ask", question],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in result.stderr
    if result.returncode == 0:
        assert result.stdout.strip()
    else:
        assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


UI_INPUTS = [
    "",
    " \n ",
    "x" * 2001,
    "x" * 1_000_000,
    "Wer spielt Julie? " * 600_000,  # 10.8 MB
    "Wer\x00spielt Julie?",
    "\x00\x01\x02",
    "ÿþ\x00",
    5,
    None,
    ["Wer spielt Julie?"],
    {"question": "Wer spielt Julie?"},
]


@pytest.mark.timeout(300)
def test_ui_endpoint_answers_or_reports_an_error(robust_chat, cases):
    cases("bad questions: UI /ask", len(UI_INPUTS) + 2)
    client = Client(robust_chat, verbose=False)
    for question in UI_INPUTS:
        result = client.predict(question, None, api_name="/ask")
        assert result.get("error") or (result["text"] and "citations" in result), (question, result)
        assert "internal error" not in result.get("error", ""), (question, result)  # a refusal, not a crash
    # A lone surrogate cannot be sent as UTF-8; JSON's \ud800 escape gets it to the server.
    assert "text" in call_ask_raw(robust_chat, "Wer spielt\ud800 Julie?")
    assert client.predict("Wer spielt Nazira?", None, api_name="/ask")["supported"] is True


BAD_UI_HISTORY = ["junk", 7, [["only one"]], [[1, 2, 3]]]


@pytest.mark.timeout(120)
def test_ui_endpoint_reports_malformed_history_as_an_error(robust_chat, cases):
    cases("bad questions: UI /ask malformed history", len(BAD_UI_HISTORY))
    client = Client(robust_chat, verbose=False)
    for history in BAD_UI_HISTORY:
        result = client.predict("Wer spielt Julie?", history, api_name="/ask")
        assert "history must be" in result.get("error", ""), (history, result)  # refused, not crashed


def call_ask_raw(url: str, question: str) -> dict:
    """Gradio's REST call API with an ASCII-escaped JSON body."""
    body = json.dumps({"data": [question, None]}, ensure_ascii=True).encode()
    request = urllib.request.Request(
        f"{url}gradio_api/call/ask", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        event_id = json.load(response)["event_id"]
    with urllib.request.urlopen(f"{url}gradio_api/call/ask/{event_id}", timeout=30) as response:
        events = response.read().decode()
    data_lines = [line[len("data: ") :] for line in events.splitlines() if line.startswith("data: ")]
    return json.loads(data_lines[-1])[0]
