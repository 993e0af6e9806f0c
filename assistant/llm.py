"""LLM answerers: a LangChain chat model writes the answer from the numbered passages.

The model sees only the passages that retrieval found, numbered in the order shown; its
`[n]` markers are checked against them afterwards; an answer without a valid one is not
supported. No evidence, no generation: the model is not called when retrieval found nothing,
or when the extractive evidence check finds no answering passage *and* no passage reaches the
embedder's "weak" cosine. Either test alone would be too strict: the check misses paraphrases
a model can still use, and cosine alone cannot tell answerable from unanswerable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from assistant.answerers import Answerer, AnswerRequest, not_covered
from assistant.citations import resolve_citations
from assistant.errors import AnswererError
from assistant.evidence import assess
from assistant.prompts import (
    LANGUAGE_NAMES,
    NOT_COVERED,
    PASSAGE_TEMPLATE,
    QUESTION_TEMPLATE,
    SYSTEM_PROMPT,
)
from assistant.settings import Settings
from assistant.types import Answer, Language, Passage, citation_for

STREAM_CHUNK_CHARS = 24  # coarse pieces keep the browser from re-rendering per token


def build_messages(request: AnswerRequest) -> list:
    """The rules with the passages numbered 1..k in the order shown, then the question."""
    passages = "\n\n".join(
        PASSAGE_TEMPLATE.format(number=number, title=passage.chunk.title, text=passage.chunk.text)
        for number, passage in enumerate(request.retrieval.passages, start=1)
    )
    language = LANGUAGE_NAMES[request.language]
    system = SYSTEM_PROMPT.format(
        language=language, not_covered=NOT_COVERED[request.language], passages=passages
    )
    question = QUESTION_TEMPLATE.format(question=request.question, language=language)
    return [SystemMessage(content=system), HumanMessage(content=question)]


def chat_answerer(make_model: Callable[[], BaseChatModel], describe: str) -> Answerer:
    """An answerer around any LangChain chat model (injectable for tests); `describe` names the
    server in errors. The model is built on the first question that reaches it."""
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
            try:
                model = make_model()
            except ImportError as error:
                raise AnswererError(
                    f"the LLM client library is missing ({error.name}); "
                    "install it with `pip install 'film-assistant[llm]'`"
                ) from error
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
            raise AnswererError(f"the LLM at {describe} failed: {explain(error)}") from error
        if pending:
            yield pending
        yield finish("".join(pieces), request.language, passages)

    return answer


def finish(raw: str, language: Language, passages: list[Passage]) -> Answer:
    """Keep markers that name a shown passage. Without any, the answer is not supported and,
    as in `not_covered`, the closest passages are listed as non-support."""
    text, citations = resolve_citations(raw, passages)
    if citations:
        return Answer(text=text, language=language, citations=citations, supported=True)
    if not text or _says_not_covered(text):
        return not_covered(language, passages[:2])
    closest = [citation_for(i, p) for i, p in enumerate(passages[:2], start=1)]
    return Answer(text=text, language=language, citations=closest, supported=False)


def _says_not_covered(text: str) -> bool:
    """The model gave the fixed "not in the sources" reply (in either language)."""
    folded = text.casefold()
    return any(fixed.rstrip(".").casefold() in folded for fixed in NOT_COVERED.values())


def _worth_asking(request: AnswerRequest) -> bool:
    """No evidence, no generation: skip the model when no passage is even weakly relevant."""
    best = max((p.dense or 0.0) for p in request.retrieval.passages)
    return (
        best >= request.retrieval.scale.weak
        or assess(request.question, request.search_query, request.retrieval).supported
    )


def explain(error: Exception) -> str:
    """One line that says which setting to check."""
    name = type(error).__name__
    if "Timeout" in name or "timed out" in str(error).lower():
        return "no answer within FILM_ASSISTANT_LLM_TIMEOUT seconds; raise it or check the server"
    if "Connect" in name:
        return "cannot connect; check FILM_ASSISTANT_LLM_BASE_URL and that the server runs"
    first_line = (str(error).strip().splitlines() or [name])[0][:200]
    status = getattr(error, "status_code", None)
    if isinstance(status, int):
        return (
            f"HTTP {status} ({first_line}); check FILM_ASSISTANT_LLM_BASE_URL, "
            "FILM_ASSISTANT_LLM_MODEL and FILM_ASSISTANT_LLM_API_KEY"
        )
    return f"{name}: {first_line}"


def openai_chat_model(settings: Settings, extra_body: dict | None = None) -> BaseChatModel:
    """A streaming `ChatOpenAI` for the configured server; `extra_body` adds request fields
    a server understands beyond OpenAI's (llama.cpp: `grammar`)."""
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        model=settings.llm_model or "default",
        base_url=settings.llm_base_url or None,
        api_key=settings.llm_api_key,
        timeout=settings.llm_timeout,
        max_retries=0,  # a retry doubles the wait before the user sees the error
        temperature=settings.llm_temperature,
        max_completion_tokens=settings.llm_max_tokens,
        # llama.cpp's server ignores max_completion_tokens and reads the older max_tokens.
        extra_body={"max_tokens": settings.llm_max_tokens, **(extra_body or {})},
        streaming=True,
    )


def openai_answerer(settings: Settings) -> Answerer:
    """Any OpenAI-compatible server: llama.cpp, vLLM, LM Studio, OpenAI."""
    return chat_answerer(lambda: openai_chat_model(settings), settings.llm_base_url or "api.openai.com")


def ollama_answerer(settings: Settings) -> Answerer:
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
