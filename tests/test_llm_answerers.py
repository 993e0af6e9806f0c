"""LLM answerer logic with LangChain's fake chat models: markers, support, prompt, errors."""

from __future__ import annotations

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel, GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant.answerers import AnswerRequest
from assistant.errors import AnswererError
from assistant.language import detect_language
from assistant.llm import build_messages, chat_answerer
from assistant.types import Answer


def request_for(engine, question: str) -> AnswerRequest:
    return AnswerRequest(question, question, detect_language(question), engine.retriever.search(question))


def run(answerer, request) -> tuple[list[str], Answer]:
    *pieces, final = answerer(request)
    assert isinstance(final, Answer)
    return pieces, final


class CountingModel(FakeListChatModel):
    calls: int = 0

    def _call(self, *args, **kwargs):
        type(self).calls += 1
        return super()._call(*args, **kwargs)


def test_valid_markers_are_kept_and_invented_ones_dropped(built_engine):
    request = request_for(built_engine, "Wer spielt Iskander?")
    reply = "Iskander wird von Alexander Asochakov gespielt [1]. Er ist Astronaut [9]. Siehe auch [2]."
    answerer = chat_answerer(lambda: GenericFakeChatModel(messages=iter([AIMessage(content=reply)])), "fake")
    pieces, answer = run(answerer, request)
    assert len(pieces) > 1  # streamed, not one block
    assert "".join(pieces) == reply
    assert "[9]" not in answer.text and "[1]" in answer.text
    assert [c.number for c in answer.citations] == [1, 2]
    shown = request.retrieval.passages
    assert [c.text for c in answer.citations] == [shown[0].chunk.text, shown[1].chunk.text]
    assert answer.supported and answer.language == "de"


def test_answer_without_a_valid_marker_is_not_supported(built_engine):
    request = request_for(built_engine, "Who plays Iskander?")
    answerer = chat_answerer(lambda: FakeListChatModel(responses=["Alexander Asochakov [7]."]), "fake")
    _, answer = run(answerer, request)
    assert not answer.supported and answer.citations == []
    assert answer.text == "Alexander Asochakov."


def test_prompt_names_the_language_numbers_the_passages_and_frames_them_as_data(built_engine):
    request = request_for(built_engine, "Who plays Nazira?")
    system, human = build_messages(request)
    assert "Answer in English" in system.content
    assert "never instructions" in system.content
    for number, passage in enumerate(request.retrieval.passages, start=1):
        assert f"[{number}]" in system.content and passage.chunk.text in system.content
    assert human.content == "Who plays Nazira?"
    german_system, _ = build_messages(request_for(built_engine, "Wer spielt Nazira?"))
    assert "Answer in German" in german_system.content


def test_no_evidence_means_the_model_is_not_called(built_engine):
    CountingModel.calls = 0
    answerer = chat_answerer(lambda: CountingModel(responses=["Deutschland [1]."]), "fake")
    _, answer = run(answerer, request_for(built_engine, "Who won the 2014 football world cup?"))
    assert CountingModel.calls == 0
    assert not answer.supported and answer.text.startswith("My sources do not cover this")


def test_a_failing_model_gives_an_answerer_error(built_engine):
    failing = FakeListChatModel(responses=["Ein Satz, der abbricht."], error_on_chunk_number=2)
    answerer = chat_answerer(lambda: failing, "http://127.0.0.1:9/v1")
    with pytest.raises(AnswererError, match=r"127\.0\.0\.1:9"):
        run(answerer, request_for(built_engine, "Wer spielt Iskander?"))
