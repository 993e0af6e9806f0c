"""The HTTP API: the engine's answers for programs, and the OpenAI chat-completions protocol
so any chat client (the `openai` SDK, Open WebUI, LibreChat, curl) can be a front end.

`film-assistant serve` runs it alone on uvicorn; `film-assistant chat` mounts it beside the
Gradio page. Errors are one-line JSON, shaped like OpenAI's (`{"error": {"message", "type",
"code"}}`), so its clients show the message; nothing here ever returns a traceback.
"""

from __future__ import annotations

import hmac
import json
import logging
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Literal

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.engine import Engine
from assistant.errors import USER_ERRORS, InvalidQuestionError, SettingsError
from assistant.settings import Settings, is_loopback
from assistant.types import Answer, FilmInfo

MODEL = "film-assistant"
MAX_BODY_BYTES = 1_000_000
KEEP_ALIVE_SECONDS = 30  # uvicorn's 5 s closed idle connections a busy client was about to reuse
log = logging.getLogger(__name__)


class ApiError(Exception):
    """An error with its HTTP status, returned as one line of JSON."""

    def __init__(self, status: int, message: str, kind: str = "invalid_request_error") -> None:
        super().__init__(message)
        self.status, self.message, self.kind = status, message, kind


# --- request and response shapes --------------------------------------------------------------


class AnswerRequest(BaseModel):
    question: str
    history: list[tuple[str, str]] | None = Field(None, description="Earlier (question, answer) turns.")


class TextPart(BaseModel):
    type: Literal["text"] = "text"
    text: str


class ChatMessage(BaseModel):
    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[TextPart] | None = None

    def plain(self) -> str:
        if isinstance(self.content, list):
            return "".join(part.text for part in self.content)
        return self.content or ""


class ChatRequest(BaseModel):
    model: str = MODEL
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False
    model_config = {"extra": "allow"}  # temperature, max_tokens …: accepted, not needed


class Health(BaseModel):
    status: Literal["ok"]
    documents: int
    chunks: int
    built_at: str


# --- the OpenAI protocol over our answers -----------------------------------------------------

SOURCES_HEADING = {"de": "Quellen", "en": "Sources"}
CLOSEST_HEADING = {"de": "Nächstliegende Stellen (keine Antwort)", "en": "Closest passages (not an answer)"}


def sources_block(answer: Answer, titles: dict[str, str]) -> str:
    """The citations as text under the answer, for chat clients that show only the content."""
    if not answer.citations:
        return ""
    heading = (SOURCES_HEADING if answer.supported else CLOSEST_HEADING)[answer.language]
    lines = [f"\n\n{heading}:"]
    for citation in answer.citations:
        title = titles.get(citation.source, citation.source)
        where = citation.location() + (f", {citation.url}" if citation.url else "")
        lines.append(f"[{citation.number}] {title} ({where}): “{' '.join(citation.text.split())}”")
    return "\n".join(lines)


def history_of(messages: list[ChatMessage]) -> tuple[str, list[tuple[str, str]]]:
    """The last user message as the question; earlier user/assistant pairs as the history
    (our own "Sources:" block cut off the assistant turns)."""
    turns = [m for m in messages if m.role in ("user", "assistant")]
    if not turns or turns[-1].role != "user":
        raise ApiError(400, "the last message must be the user's question")
    history: list[tuple[str, str]] = []
    pending: str | None = None
    for message in turns[:-1]:
        if message.role == "user":
            pending = message.plain()
        elif pending is not None:
            history.append((pending, _without_sources(message.plain())))
            pending = None
    return turns[-1].plain(), history


def _without_sources(text: str) -> str:
    cut = len(text)
    for heading in (*SOURCES_HEADING.values(), *CLOSEST_HEADING.values()):
        position = text.find(f"\n\n{heading}:")
        if position != -1:
            cut = min(cut, position)
    return text[:cut]


def _completion_id() -> str:
    return f"chatcmpl-{uuid.uuid4().hex[:24]}"


def _extra(answer: Answer) -> dict[str, Any]:
    """Fields OpenAI clients ignore and ours read: the citations and whether they answer."""
    return {
        "citations": [c.model_dump() for c in answer.citations],
        "supported": answer.supported,
        "language": answer.language,
    }


def _usage(question: str, text: str) -> dict[str, int]:
    prompt, completion = len(question.split()), len(text.split())  # words: we run no tokenizer
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


# --- the app ------------------------------------------------------------------------------------


def check_exposure(settings: Settings) -> None:
    """A non-loopback API needs FILM_ASSISTANT_API_KEY (the chat's rule, for programs)."""
    if not is_loopback(settings.host) and not settings.api_key:
        raise SettingsError(
            f"refusing to serve the API on {settings.host} without a key: "
            "set FILM_ASSISTANT_API_KEY, or bind 127.0.0.1"
        )


def build_api(engine: Engine, settings: Settings, app: FastAPI | None = None) -> FastAPI:
    """The API routes on `app` (a new FastAPI app by default)."""
    app = app or FastAPI(
        title="film-assistant API",
        version="1",
        description="Cited answers about films from your own articles; OpenAI-compatible chat completions.",
    )
    titles = engine.article_titles

    public = not is_loopback(settings.host)

    def authorised(request: Request) -> None:
        if not settings.api_key:
            if public:  # `chat` on a public address with only FILM_ASSISTANT_AUTH: the API stays shut
                raise ApiError(
                    401, "the API on a public address needs FILM_ASSISTANT_API_KEY", "authentication_error"
                )
            return
        given = request.headers.get("authorization", "")
        scheme, _, token = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip(), settings.api_key):
            raise ApiError(401, "missing or wrong API key (Authorization: Bearer …)", "authentication_error")

    def question_of(text: str) -> str:
        if len(text) > settings.max_question_chars:
            raise ApiError(
                413, f"the question is {len(text)} characters; the limit is {settings.max_question_chars}"
            )
        return text

    @app.middleware("http")
    async def limit_body(request: Request, call_next):
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BODY_BYTES and request.url.path.startswith("/v1/"):
            return _error(413, f"the request body is over {MAX_BODY_BYTES:,} bytes")
        return await call_next(request)

    @app.exception_handler(ApiError)
    async def api_error(_request: Request, error: ApiError):
        return _error(error.status, error.message, error.kind)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, error: RequestValidationError):
        first = error.errors()[0] if error.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ()) if part != "body")
        return _error(422, f"{where or 'body'}: {first.get('msg', 'invalid request')}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, error: StarletteHTTPException):
        return _error(error.status_code, str(error.detail))

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, error: Exception):
        log.exception("API request failed")
        return _error(500, "internal error; please try again", "server_error")

    def answer_for(question: str, history: list[tuple[str, str]] | None) -> Answer:
        with engine_errors():
            return engine.answer(question_of(question), history)

    @app.get("/healthz", response_model=Health, tags=["service"])
    def healthz() -> Health:
        """Whether the index answers; 503 with the reason when it does not."""
        with engine_errors():
            stats = engine.stats()
        return Health(status="ok", documents=stats.documents, chunks=stats.chunks, built_at=stats.built_at)

    @app.post("/v1/answer", response_model=Answer, dependencies=[Depends(authorised)], tags=["answers"])
    def answer(request: AnswerRequest) -> Answer:
        """Answer a question (German or English) with numbered citations, as `assistant.answer()`."""
        return answer_for(request.question, request.history)

    @app.get("/v1/films", response_model=list[FilmInfo], dependencies=[Depends(authorised)], tags=["answers"])
    def films() -> list[FilmInfo]:
        """The films in the index, with the cast and crew found and the sentence each comes from."""
        with engine_errors():
            return engine.films()

    @app.get("/v1/models", dependencies=[Depends(authorised)], tags=["openai"])
    def models() -> dict:
        return {
            "object": "list",
            "data": [{"id": MODEL, "object": "model", "created": 0, "owned_by": "film-assistant"}],
        }

    @app.post("/v1/chat/completions", dependencies=[Depends(authorised)], tags=["openai"])
    def chat_completions(request: ChatRequest):
        """OpenAI chat completions: the answer with `[n]` markers and a sources block; the
        citations also as an extra `citations` field. Streams as server-sent events on request."""
        if request.model != MODEL:
            raise ApiError(404, f"model {request.model!r} does not exist; use {MODEL!r}")
        question, history = history_of(request.messages)
        if request.stream:
            return _stream_completion(question, history)
        result = answer_for(question, history)
        content = result.text + sources_block(result, titles())
        return {
            "id": _completion_id(),
            "object": "chat.completion",
            "created": int(time.time()),
            "model": MODEL,
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
            ],
            "usage": _usage(question, content),
            **_extra(result),
        }

    def _stream_completion(question: str, history: list[tuple[str, str]]) -> StreamingResponse:
        with engine_errors():  # bad questions fail here, before the stream starts: they get a status
            pieces = engine.stream(question_of(question), history)
        ident, created = _completion_id(), int(time.time())

        def chunk(delta: dict, finish: str | None = None, **extra: Any) -> str:
            body = {
                "id": ident,
                "object": "chat.completion.chunk",
                "created": created,
                "model": MODEL,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
                **extra,
            }
            return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

        def events() -> Iterator[str]:
            yield chunk({"role": "assistant", "content": ""})
            try:
                for piece in pieces:
                    if isinstance(piece, Answer):
                        yield chunk({"content": sources_block(piece, titles())})
                        yield chunk({}, "stop", **_extra(piece))
                    elif piece:
                        yield chunk({"content": piece})
            except Exception as error:  # mid-stream: the status is sent; say it in the stream
                message = str(error) if isinstance(error, USER_ERRORS) else "internal error; please try again"
                if not isinstance(error, USER_ERRORS):
                    log.exception("streamed answer failed")
                yield f"data: {json.dumps({'error': {'message': message, 'type': 'server_error'}})}\n\n"
            yield "data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    return app


@contextmanager
def engine_errors() -> Iterator[None]:
    """The engine's errors as API errors: a bad question is the caller's (400); anything else a
    user must fix (no index, a failing LLM server) makes the service unavailable (503)."""
    try:
        yield
    except InvalidQuestionError as error:
        raise ApiError(400, str(error)) from None
    except USER_ERRORS as error:
        raise ApiError(503, str(error), "server_error") from None


def _error(status: int, message: str, kind: str = "invalid_request_error") -> JSONResponse:
    return JSONResponse(
        {"error": {"message": " ".join(message.split()), "type": kind, "code": status}}, status_code=status
    )


def create_app() -> FastAPI:
    """The API alone, from settings (what `film-assistant serve` runs; a uvicorn factory)."""
    from assistant.settings import get_settings

    settings = get_settings()
    check_exposure(settings)
    engine = Engine(settings)
    engine.ensure_index()
    engine.warm_up()
    return build_api(engine, settings)


def serve_api(settings: Settings) -> None:
    """Run the API on uvicorn at FILM_ASSISTANT_HOST:FILM_ASSISTANT_PORT."""
    import uvicorn

    check_exposure(settings)
    if settings.api_workers > 1:
        uvicorn.run(
            "ui.api:create_app",
            factory=True,
            host=settings.host,
            port=settings.port,
            workers=settings.api_workers,
            log_level="warning",
            timeout_keep_alive=KEEP_ALIVE_SECONDS,
        )
    else:
        uvicorn.run(
            create_app(),
            host=settings.host,
            port=settings.port,
            log_level="warning",
            timeout_keep_alive=KEEP_ALIVE_SECONDS,
        )
