"""Answerers turn a question and its retrieved passages into an `Answer`.

Each answerer is a generator that yields text pieces and finally the `Answer`, so the
UI can stream any of them; `ANSWERERS` maps the setting's name to a factory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from assistant.evidence import Evidence, assess, key_terms, matched_terms
from assistant.language import detect_language
from assistant.lexicon import NameTest, no_names
from assistant.prompts import (
    CLOSEST_PASSAGES,
    FOREIGN_SOURCE,
    NOT_COVERED,
    OFF_TOPIC_REQUEST,
    QUOTE_FRAME,
    QUOTE_FRAME_SOURCES,
    QUOTE_MARKS,
)
from assistant.settings import Settings
from assistant.types import Answer, Language, Passage, Retrieval, citation_for
from assistant.wording import with_gloss
from index.chunking import Chunk

MAX_QUOTE_CHARS = 420


@dataclass(frozen=True)
class AnswerRequest:
    """Everything an answerer needs: the question as asked, as searched, its language, the passages."""

    question: str
    search_query: str
    language: Language
    retrieval: Retrieval
    anchors: tuple[str, ...] = ()  # the people or characters asked about (folded)
    is_name: NameTest = no_names  # a word of someone's name, never glossed
    language_of: Callable[[str], str] = lambda source: ""  # an article's declared language, if known
    title_of: Callable[[Chunk], str] = lambda chunk: chunk.title  # the film a passage is about


Answerer = Callable[[AnswerRequest], Iterator["str | Answer"]]


def not_covered(language: Language, closest: list[Passage], lead: str = "") -> Answer:
    """The fixed "not in the sources" answer (or `lead`, one naming the film looked in), listing
    the closest passages as non-support."""
    text = (lead or NOT_COVERED[language]) + (" " + CLOSEST_PASSAGES[language] if closest else "")
    return Answer(
        text=text,
        language=language,
        citations=[citation_for(i, p) for i, p in enumerate(closest, start=1)],
        supported=False,
    )


def closest_passages(request: AnswerRequest, count: int = 2) -> list[Passage]:
    """The nearest passages worth showing under a refusal: ones that share a key word with the
    question or are on its topic. Input that matched nothing ("asdf qwer") gets none."""
    terms = key_terms(request.search_query)
    topical = request.retrieval.scale.topical
    return [
        passage
        for passage in request.retrieval.passages[:count]
        if (terms and matched_terms(terms, passage.chunk.text)) or (passage.dense or 0.0) >= topical
    ]


def refuse_instructions(language: Language) -> Answer:
    return Answer(text=OFF_TOPIC_REQUEST[language], language=language, citations=[], supported=False)


def extractive_answerer(settings: Settings) -> Answerer:
    """The offline default: quote the one or two passages that answer, each with its `[n]`."""

    def answer(request: AnswerRequest) -> Iterator[str | Answer]:
        evidence = assess(
            request.question, request.search_query, request.retrieval, request.anchors, request.title_of
        )
        if not evidence.supported:
            result = not_covered(request.language, closest_passages(request))
        else:
            result = _quote(request.language, evidence, request.is_name, request.language_of)
        yield result.text
        yield result

    return answer


def _shorten(quote: str, limit: int) -> str:
    """Cut an over-long quote at a word boundary, so an answer stays a few sentences long."""
    if len(quote) <= limit:
        return quote
    return quote[: quote.rfind(" ", 0, limit - 1)].rstrip(",;:") + " …"


def _quote(
    language: Language,
    evidence: Evidence,
    is_name: NameTest = no_names,
    language_of: Callable[[str], str] = lambda source: "",
) -> Answer:
    quoted = [(evidence.answering[0], _shorten(evidence.quotes[0], MAX_QUOTE_CHARS))]
    for extra in zip(evidence.answering[1:2], evidence.quotes[1:2], strict=True):
        if sum(len(quote) for _, quote in [*quoted, extra]) <= MAX_QUOTE_CHARS:
            quoted.append(extra)
    mark = QUOTE_MARKS[language]
    quotes = " ".join(
        f"{mark[0]}{quote}{mark[1]} [{number}]" for number, (_, quote) in enumerate(quoted, start=1)
    )
    titles = {passage.chunk.title for passage, _ in quoted}
    first = quoted[0][0].chunk  # a cast line is too short to tell its language: ask the article
    source_language = language_of(first.source) or detect_language(first.text)
    frame = QUOTE_FRAME if len(titles) == 1 else QUOTE_FRAME_SOURCES
    text = frame[language].format(
        title=titles.pop(),
        other_language="" if source_language == language else FOREIGN_SOURCE[language][source_language],
        quotes=quotes,
    )
    text = with_gloss(text, " ".join(quote for _, quote in quoted), source_language, language, is_name)
    return Answer(
        text=text,
        language=language,
        citations=[citation_for(i, passage) for i, (passage, _) in enumerate(quoted, start=1)],
        supported=True,
    )


def _openai(settings: Settings) -> Answerer:
    from assistant.llm import openai_answerer  # LLM client libraries load only when chosen

    return openai_answerer(settings)


def _ollama(settings: Settings) -> Answerer:
    from assistant.llm import ollama_answerer

    return ollama_answerer(settings)


ANSWERERS: dict[str, Callable[[Settings], Answerer]] = {
    "extractive": extractive_answerer,
    "openai": _openai,
    "ollama": _ollama,
}
