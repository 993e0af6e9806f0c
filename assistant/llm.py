"""LLM answerers: a LangChain chat model writes the answer from the numbered passages.

The model sees only the passages that retrieval found, numbered in the order shown; its
`[n]` markers are checked against them afterwards. With no evidence at all the model is
not called (the fixed "not in the sources" answer is returned instead).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from assistant.answerers import AnswerRequest, not_covered
from assistant.citations import resolve_citations
from assistant.errors import AnswererError
from assistant.evidence import assess
from assistant.prompts import LANGUAGE_NAMES, NOT_COVERED, PASSAGE_TEMPLATE, SYSTEM_PROMPT
from assistant.settings import Settings
from assistant.types import Answer, Passage

STREAM_CHUNK_CHARS = 24  # coarse pieces keep the browser from re-rendering per token


def build_messages(request: AnswerRequest) -> list:
    """The system prompt with the numbered passages, and the question."""
    passages = "\n\n".join(
        PASSAGE_TEMPLATE.format(number=number, title=passage.chunk.title, text=passage.chunk.text)
        for number, passage in enumerate(request.retrieval.passages, start=1)
    )
    system = SYSTEM_PROMPT.format(
        language=LANGUAGE_NAMES[request.language],
        not_covered=NOT_COVERED[request.language],
        passages=passages,
    )
    return [SystemMessage(content=system), HumanMessage(content=request.question)]


def chat_answerer(make_model: Callable[[], BaseChatModel], describe: str) -> Callable:
    """An answerer around any LangChain chat model; `describe` names the server in errors."""
    model: BaseChatModel | None = None

    def answer(request: AnswerRequest) -> Iterator[str | Answer]:
        nonlocal model
        passages = request.retrieval.passages
        if not passages or not _worth_asking(request):
            result = not_covered(request.language, passages[:2])
            yield result.text
            yield result
            return
        if model is None:
            model = make_model()
        pieces: list[str] = []
        pending = ""
        try:
            for chunk in model.stream(build_messages(request)):
                text = chunk.content if isinstance(chunk.content, str) else ""
                pieces.append(text)
                pending += text
                if len(pending) >= STREAM_CHUNK_CHARS:
                    yield pending
                    pending = ""
        except Exception as error:  # the client libraries raise many types; all mean "no answer"
            raise AnswererError(f"the LLM at {describe} failed: {_short(error)}") from error
        if pending:
            yield pending
        yield finish("".join(pieces), request.language, passages)

    return answer


def finish(raw: str, language, passages: list[Passage]) -> Answer:
    """Keep markers that name a shown passage; without any, the answer is not supported."""
    text, citations = resolve_citations(raw, passages)
    if not text:
        return not_covered(language, passages[:2])
    return Answer(text=text, language=language, citations=citations, supported=bool(citations))


def _worth_asking(request: AnswerRequest) -> bool:
    """No evidence, no generation: skip the model when no passage is even weakly relevant."""
    best = max((p.dense or 0.0) for p in request.retrieval.passages)
    return (
        best >= request.retrieval.scale.weak
        or assess(request.question, request.search_query, request.retrieval).supported
    )


def _short(error: Exception) -> str:
    name = type(error).__name__
    if "Timeout" in name or "timed out" in str(error).lower():
        return "no answer within FILM_ASSISTANT_LLM_TIMEOUT; raise it or check the server"
    if "Connection" in name:
        return "cannot connect; check FILM_ASSISTANT_LLM_BASE_URL and that the server runs"
    first_line = (str(error).strip().splitlines() or [name])[0]
    return f"{name}: {first_line[:200]}"


def openai_answerer(settings: Settings):
    """Any OpenAI-compatible server: llama.cpp, vLLM, LM Studio, OpenAI."""

    def make_model() -> BaseChatModel:
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(
            model=settings.llm_model or "default",
            base_url=settings.llm_base_url or None,
            api_key=settings.llm_api_key,
            timeout=settings.llm_timeout,
            max_retries=0,
            temperature=settings.llm_temperature,
            max_completion_tokens=settings.llm_max_tokens,
            # llama.cpp's server ignores max_completion_tokens and reads the older max_tokens.
            extra_body={"max_tokens": settings.llm_max_tokens},
            streaming=True,
        )

    return chat_answerer(make_model, settings.llm_base_url or "api.openai.com")


def ollama_answerer(settings: Settings):
    """A model served by Ollama."""

    def make_model() -> BaseChatModel:
        from langchain_ollama import ChatOllama

        return ChatOllama(
            model=settings.llm_model or "llama3.1",
            base_url=settings.llm_base_url or None,
            temperature=settings.llm_temperature,
            num_predict=settings.llm_max_tokens,
            client_kwargs={"timeout": settings.llm_timeout},
        )

    return chat_answerer(make_model, settings.llm_base_url or "http://127.0.0.1:11434")
