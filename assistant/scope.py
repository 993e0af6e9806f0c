"""Step 2: which film a question is about, so that answers come from that film's articles only.

In order: the films the question names; the films whose articles name its person or character;
the film the conversation was last about; the only film there is. "Der Film" / "the film" with
several films and nothing to resolve it asks back instead of guessing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.analysis import QuestionAnalysis, films_named
from assistant.conversation import History
from index.films import FilmCatalogue
from index.names import fold, names_any


@dataclass(frozen=True)
class FilmScope:
    """The films to answer from (empty: all), their articles, and whether to ask back."""

    films: list[str] = field(default_factory=list)
    sources: list[str] | None = None
    ask_which: bool = False

    @property
    def title(self) -> str:
        return self.films[0] if len(self.films) == 1 else ""


def resolve_scope(analysis: QuestionAnalysis, catalogue: FilmCatalogue, history: History | None) -> FilmScope:
    films = list(analysis.films)
    if not films and (analysis.anchors or analysis.context):
        films = _films_naming([*analysis.anchors, *analysis.context], catalogue)
    if not films and history:
        for question, answer in reversed(history):
            films = films_named(question, catalogue) or films_named(answer, catalogue)
            if not films:  # "Who directed it?" after a turn that named only people
                people = [w for w in fold(f"{question} {answer}").split() if w in catalogue.people]
                films = _films_naming(people, catalogue) if people else []
            if films:
                films = films[:1]
                break
    if not films and len(catalogue.films) == 1:
        films = list(catalogue.films)
    if not films:
        several = len(catalogue.films) > 1
        vague = not analysis.anchors and not analysis.unknown
        return FilmScope(ask_which=several and analysis.says_the_film and vague)
    sources = sorted({source for title in films for source in catalogue.films[title].sources})
    return FilmScope(films=films, sources=sources)


def _films_naming(anchors: list[str], catalogue: FilmCatalogue) -> list[str]:
    """Films whose articles mention every word of an anchor (all anchors if possible)."""
    scored: dict[str, int] = {}
    for title in catalogue.films:
        words = catalogue.names.get(title, set())
        hits = sum(names_any(words, [anchor]) for anchor in anchors)
        if hits:
            scored[title] = hits
    if not scored and any(len(fold(anchor).split()) > 1 for anchor in anchors):
        # "Fatih Akin" may stand in a film's section as "Akin" alone.
        return _films_naming([fold(anchor).split()[-1] for anchor in anchors], catalogue)
    if not scored:
        return []
    best = max(scored.values())
    return [title for title, hits in scored.items() if hits == best]


def display_title(film: str, question: str, catalogue: FilmCatalogue, source: str) -> str:
    """The film's name as the question wrote it; else as the cited article calls it."""
    known = catalogue.films.get(film)
    if known is None:
        return film
    asked = f" {fold(question)} "
    for title in sorted([known.title, *known.aliases], key=len, reverse=True):
        if fold(title) and f" {fold(title)} " in asked:
            return title
    entry = catalogue.entries.get(source)
    forms = set(known.forms)
    for local in entry.films if entry else []:
        if fold(local.title) in forms:
            return local.title
    return known.title
