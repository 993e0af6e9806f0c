"""Keep the index current while articles in the knowledge folder change."""

from __future__ import annotations

from collections.abc import Callable

from langchain_core.embeddings import Embeddings

from index.build import BuildReport, build_index
from index.documents import ARTICLE_SUFFIXES
from index.store import IndexConfig, IndexProblem


def watch_and_rebuild(
    config: IndexConfig,
    embeddings: Embeddings,
    report: Callable[[BuildReport | Exception], None],
    stop_event=None,
) -> None:
    """Rebuild after each burst of changes to articles; a failed rebuild is reported, not fatal."""
    from watchfiles import watch

    def is_article(_change, path: str) -> bool:
        return path.lower().endswith(ARTICLE_SUFFIXES)

    for _changes in watch(config.knowledge_dir, watch_filter=is_article, stop_event=stop_event, debounce=400):
        try:
            report(build_index(config, embeddings))
        except (IndexProblem, OSError) as error:
            report(error)
