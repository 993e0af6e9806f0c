"""The one path to an answer: validate, detect language, retrieve, answer."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import cached_property

from langchain_core.embeddings import Embeddings

from assistant.answerers import ANSWERERS, AnswerRequest, refuse_instructions
from assistant.conversation import History, contextualize
from assistant.errors import SettingsError
from assistant.evidence import is_multi_part
from assistant.language import detect_language
from assistant.questions import clean_question, is_injection
from assistant.settings import Settings
from assistant.types import Answer, Retrieval
from index.build import BuildReport, build_index
from index.embedders import make_embeddings
from index.search import IndexSearcher, IndexStats
from index.store import CATALOG_FILE


class Engine:
    """Holds the loaded parts (embedder, searcher, answerer); cheap to build, loads lazily."""

    def __init__(self, settings: Settings, embeddings: Embeddings | None = None) -> None:
        if settings.answerer not in ANSWERERS:
            raise SettingsError(
                f"unknown answerer {settings.answerer!r}; choose one of {', '.join(ANSWERERS)}"
            )
        self.settings = settings
        self.index_config = settings.index_config()
        self.embeddings = embeddings or make_embeddings(settings.embedder, settings.embedding_model)
        self.searcher = IndexSearcher(self.index_config, self.embeddings)
        self.answerer = ANSWERERS[settings.answerer](settings)
        self._build_lock = threading.Lock()

    @cached_property
    def retriever(self):
        """Built on first question: LangChain's retriever machinery is slow to import for `index`."""
        from assistant.retrieval import HybridRetriever

        return HybridRetriever(
            searcher=self.searcher, k=self.settings.top_k, candidates=self.settings.candidates
        )

    def stream(self, question: object, history: History | None = None) -> Iterator[str | Answer]:
        """Yield answer text pieces, then the `Answer`. Bad questions raise here, before iteration."""
        text = clean_question(question, self.settings.max_question_chars)
        return self._stream(text, history)

    def _stream(self, text: str, history: History | None) -> Iterator[str | Answer]:
        language = detect_language(text)
        if is_injection(text):
            refusal = refuse_instructions(language)
            yield refusal.text
            yield refusal
            return
        self.ensure_index()
        query = contextualize(text, history)
        # A two-part question needs room for the passage that bridges to its second part.
        k = self.settings.top_k * (2 if is_multi_part(text) else 1)
        yield from self.answerer(AnswerRequest(text, query, language, self.retriever.search(query, k=k)))

    def answer(self, question: object, history: History | None = None) -> Answer:
        *_, final = self.stream(question, history)
        assert isinstance(final, Answer)
        return final

    def retrieve(self, query: str) -> Retrieval:
        self.ensure_index()
        return self.retriever.search(query)

    def ensure_index(self) -> None:
        """Build the index on first use, so a fresh checkout answers without a separate step."""
        if (self.index_config.index_dir / CATALOG_FILE).exists():
            return
        with self._build_lock:
            if not (self.index_config.index_dir / CATALOG_FILE).exists():
                self.rebuild()

    def rebuild(self, full: bool = False, progress=None) -> BuildReport:
        return build_index(self.index_config, self.embeddings, full=full, progress=progress)

    def stats(self) -> IndexStats:
        self.ensure_index()
        return self.searcher.stats()
