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


# Question forms for examples drawn from the knowledge base: (credit role, language, template).
_EXAMPLE_FORMS = [
    ("character", "de", "Wer spielt {name} in {title}?"),
    ("director", "en", "Who directed {title}?"),
    ("character", "en", "Who plays {name} in {title}?"),
    ("composer", "de", "Wer hat die Musik zu {title} komponiert?"),
    ("director", "de", "Wer führte bei {title} Regie?"),
]
MAX_EXAMPLE_NAME = 30  # a character named by a long description makes a poor example


def example_questions(films: list[FilmInfo], count: int = 4) -> list[str]:
    """Questions the index can answer, spread over the films (those with most credits first), in
    German and English by turns: what a newcomer can click to see the assistant work."""
    ranked = sorted(films, key=lambda film: -len(film.credits))
    questions: list[str] = []
    for round_number in range(len(_EXAMPLE_FORMS)):
        for index, film in enumerate(ranked):
            role, _, template = _EXAMPLE_FORMS[(index + round_number) % len(_EXAMPLE_FORMS)]
            named = sorted(
                {c.name for c in film.credits if c.role == role and len(c.name) <= MAX_EXAMPLE_NAME}, key=len
            )
            if not named:
                continue
            question = template.format(name=named[round_number % len(named)], title=film.title)
            if question not in questions:
                questions.append(question)
            if len(questions) == count:
                return questions
    return questions
