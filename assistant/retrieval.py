"""Hybrid retrieval: dense (Chroma) and BM25 candidates fused by reciprocal rank."""

from __future__ import annotations

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.types import Passage, Retrieval
from index.embedders import cosine_scale
from index.search import IndexSearcher
from index.terms import lexical_terms

RRF_K = 60  # the constant from Cormack et al.; damps the influence of rank 1 vs rank 2


def reciprocal_rank_fusion(rankings: list[list[str]], k: int = RRF_K) -> dict[str, float]:
    """Sum of 1 / (k + rank) over the rankings each id appears in."""
    fused: dict[str, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + 1.0 / (k + rank)
    return fused


class HybridRetriever(BaseRetriever):
    """A LangChain retriever over the film index; `search` keeps the scores for the answerers."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    searcher: IndexSearcher
    k: int = 4
    candidates: int = 20

    def search(
        self,
        query: str,
        k: int | None = None,
        sources: list[str] | None = None,
        films: list[str] | None = None,
    ) -> Retrieval:
        """The k best passages; of `sources`, and of the text about `films` there, when given."""
        snapshot = self.searcher.snapshot()
        vector = self.searcher.embed_query(query)
        dense = self.searcher.dense(snapshot, vector.tolist(), self.candidates, sources)
        lexical = self.searcher.lexical(snapshot, query, self.candidates, sources)
        if films:
            catalogue = snapshot.films

            def about(chunk) -> bool:
                return catalogue.film_of(chunk.source, chunk.start) in films

            dense = [hit for hit in dense if about(hit[0])]
            lexical = [hit for hit in lexical if about(hit[0])]
        fused = reciprocal_rank_fusion([[chunk.id for chunk, _ in dense], [chunk.id for chunk, _ in lexical]])
        chunks = {chunk.id: chunk for chunk, _ in [*dense, *lexical]}
        cosine = {chunk.id: score for chunk, score in dense}
        bm25 = {chunk.id: score for chunk, score in lexical}
        best = sorted(fused, key=lambda chunk_id: (-fused[chunk_id], -cosine.get(chunk_id, 0.0)))
        passages = [Passage(chunks[i], fused[i], cosine.get(i), bm25.get(i)) for i in best[: k or self.k]]
        rarity = self.searcher.rarity(snapshot, lexical_terms(query))
        return Retrieval(query, vector, passages, cosine_scale(self.searcher.embeddings), rarity)

    def nearest(self, query: str, k: int = 2, sources: list[str] | None = None) -> list[Passage]:
        """What came nearest to a question the sources do not answer, by BM25 alone: a refusal's
        courtesy needs no query embedding (the costliest step of an answer)."""
        snapshot = self.searcher.snapshot()
        hits = self.searcher.lexical(snapshot, query, k, sources)
        # Scored like a fused ranking with one list, so scores keep one scale across answers.
        ranked = enumerate(hits, start=1)
        return [Passage(chunk, 1.0 / (RRF_K + rank), None, bm25) for rank, (chunk, bm25) in ranked]

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return [
            Document(
                page_content=p.chunk.text,
                id=p.chunk.id,
                metadata={
                    "source": p.chunk.source,
                    "title": p.chunk.title,
                    "start": p.chunk.start,
                    "end": p.chunk.end,
                    "score": p.score,
                },
            )
            for p in self.search(query).passages
        ]
