"""The film catalogue as users see it: `assistant.films()` and `film-assistant films`."""

from __future__ import annotations

from assistant.types import Credit, FilmInfo
from index.films import CREW_KINDS, FilmCatalogue


def film_list(catalogue: FilmCatalogue) -> list[FilmInfo]:
    """Every film, sorted by title, with its cast and crew (one line per statement)."""
    films = []
    for title in sorted(catalogue.films, key=str.casefold):
        film = catalogue.films[title]
        credits: list[Credit] = []
        for fact in catalogue.facts:
            if fact.film != title:
                continue
            where = {"source": fact.source, "sentence": fact.sentence, "start": fact.start, "end": fact.end}
            if fact.kind == "cast":
                credits.append(Credit(name=fact.value, role="actor", plays=fact.subject, **where))
                credits.append(Credit(name=fact.subject, role="character", plays=fact.value, **where))
            elif fact.kind in CREW_KINDS:
                credits.append(Credit(name=fact.value, role=fact.kind, **where))
        films.append(
            FilmInfo(
                title=film.title,
                other_titles=film.aliases,
                year=film.year,
                sources=film.sources,
                languages=film.languages,
                credits=credits,
            )
        )
    return films
