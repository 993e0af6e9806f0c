"""Step 2: which film a question is about, so that answers come from that film's articles only.

In order: the films the question names; the films whose articles name its person or character;
the film the conversation was last about; the only film there is. "Der Film" / "the film" with
several films and nothing to resolve it asks back instead of guessing.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from dataclasses import dataclass, field

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.analysis import RELATIONS, QuestionAnalysis, films_named
from assistant.conversation import History
from index.embedders import cosine_scale
from index.films import CREW_KINDS, FilmCatalogue
from index.names import fold, names_any
from index.terms import STOPWORDS

TITLE_MARGIN = 0.03  # a translated title must be clearly closer to one film than to any other


@dataclass(frozen=True)
class FilmScope:
    """The films to answer from (empty: all), their articles, and whether to ask back."""

    films: list[str] = field(default_factory=list)
    sources: list[str] | None = None
    ask_which: bool = False

    @property
    def title(self) -> str:
        return self.films[0] if len(self.films) == 1 else ""


def resolve_scope(
    analysis: QuestionAnalysis, catalogue: FilmCatalogue, history: History | None, films_in=None
) -> FilmScope:
    """`films_in` (text -> films) reads the films an earlier turn named, translated titles included."""
    films_in = films_in or (lambda text: films_named(text, catalogue))
    films = list(analysis.films)
    if not films and (analysis.anchors or analysis.context):
        films = _films_naming([*analysis.anchors, *analysis.context], catalogue)
        if len(films) > 1:  # two films have a Clara: the one the question describes or the talk is about
            films = _one_of(films, analysis, catalogue, history, films_in) or films
    if (
        not films
        and not analysis.unknown
        and len(catalogue.films) > 1
        and _DESCRIBES_A_FILM.search(analysis.text)
    ):
        films = _film_described(analysis.text, catalogue)  # "the thriller set in Liverpool"
    if not films and history:
        for question, answer in reversed(history):
            films = films_in(question) or films_named(answer, catalogue)
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


def _one_of(
    films: list[str], analysis: QuestionAnalysis, catalogue: FilmCatalogue, history: History | None, films_in
) -> list[str]:
    """Of several films naming the person asked about, the one the question describes ("the
    Usedom film") or, failing that, the one the conversation talked about last."""
    if _DESCRIBES_A_FILM.search(analysis.text):
        asked = frozenset(
            word for anchor in [*analysis.anchors, *analysis.context] for word in fold(anchor).split()
        )
        described = [film for film in _film_described(analysis.text, catalogue, asked) if film in films]
        if described:
            return described
    for question, answer in reversed(history or []):
        named = [film for film in [*films_in(question), *films_named(answer, catalogue)] if film in films]
        if named:
            return named[:1]
    return []


# "the movie set on Rügen", "der Thriller, der in Liverpool spielt", "den Liverpool-Thriller"
_DESCRIBES_A_FILM = re.compile(
    r"\b(?:the|that|this|dem|den|der|des|die|das)\s+(?:[\w\-]+\s+){0,2}?[\w\-]*(?:film|movie|thriller|drama|"
    r"komödie|comedy|western|krimi|documentary|dokumentarfilm)s?\b",
    re.I,
)
_CAPITALISED = re.compile(r"(?<=\s)[A-ZÄÖÜ][\w\-]+")


def _film_described(
    question: str, catalogue: FilmCatalogue, besides: frozenset[str] = frozenset()
) -> list[str]:
    """The one film whose articles hold the names a question describes it by ("the movie set on
    Rügen", "der Thriller, der in Liverpool spielt"): a capitalised word (not the first) that only
    that film's articles name. Job words and cues name no film."""
    # "den Liverpool-Thriller": the place inside a compound names the film too
    words = {fold(part) for w in _CAPITALISED.findall(question) for part in w.split("-")}
    words -= _JOB_AND_FILM_WORDS | besides  # "Who plays Clara in the Usedom film?": Clara names no film
    named = [title for title in catalogue.films if words & catalogue.names.get(title, set())]
    return named if len(named) == 1 else []


_JOB_AND_FILM_WORDS = frozenset(
    "film films movie regie regisseur regisseurin musik kamera drehbuch produzent produzentin komponist "
    "schnitt besetzung rolle hauptrolle darsteller schauspieler schauspielerin premiere kino kinos thriller "
    "drama komödie jahr minuten roman buch vorlage".split()
)


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


class TitleTranslator:
    """Finds the film behind a title the articles never write: "The White Ribbon" for an article
    that only says "Das weiße Band". The multilingual embedder places a title near its
    translation; only a match that is close in absolute terms and clearly ahead of every other
    film counts ("Die Bourne Identität" stays unknown)."""

    def __init__(self, embeddings: Embeddings) -> None:
        self.embeddings = embeddings
        self.minimum = cosine_scale(embeddings).strong
        self._vectors: dict[str, np.ndarray] = {}  # film title form -> unit vector, per process
        self._lock = threading.Lock()

    def film_for(self, phrase: str, catalogue: FilmCatalogue, corroborated=None) -> str:
        """The one film `phrase` translates the title of, or "". `corroborated` (a film -> bool)
        tells whether the question says more that fits that film (a person of its cast or crew,
        its year): then a nearer second film is allowed ("The Tin Drum" beside "Tokyo Story")."""
        titles = {
            title: [form for form in {film.title, *film.aliases} if form]
            for title, film in catalogue.films.items()
        }
        forms = sorted({form for group in titles.values() for form in group})
        if len(forms) < 2:
            return ""
        with self._lock:
            missing = [form for form in forms if form not in self._vectors]
            for form, vector in zip(missing, self.embeddings.embed_documents(missing), strict=True):
                self._vectors[form] = _unit(vector)
        asked = _unit(self.embeddings.embed_query(phrase))
        best = sorted(
            (max(float(self._vectors[form] @ asked) for form in group), title)
            for title, group in titles.items()
            if group
        )
        (second, _), (top, film) = best[-2], best[-1]
        if top >= self.minimum and top - second >= TITLE_MARGIN:
            return film
        near = top >= self.minimum - TITLE_MARGIN and top - second >= TITLE_MARGIN / 2
        return film if near and corroborated is not None and corroborated(film) else ""

    def resolve(
        self, analysis: QuestionAnalysis, catalogue: FilmCatalogue, language: str = ""
    ) -> QuestionAnalysis:
        """The analysis with an unknown title that translates a known one turned into that film."""
        if language == "de" and not analysis.films and not analysis.unknown and analysis.kind in FILM_KINDS:
            # German capitalises every noun, so no run of capitals was taken for a title: "Wie lange
            # dauert Die dritte Laterne?" may still name one in translation
            candidates = _german_title_candidates(analysis.text, catalogue)
            if candidates:
                resolved = self.resolve(dataclasses.replace(analysis, unknown=candidates), catalogue)
                return dataclasses.replace(resolved, unknown=[]) if resolved.films else analysis
        if analysis.films or not analysis.unknown:
            return analysis
        people = [
            a for a in [*analysis.anchors, *analysis.context] if not set(a.split()) & _unknown_words(analysis)
        ]
        years = set(re.findall(r"\b(?:18|19|20)\d\d\b", analysis.text))

        def corroborated(film: str) -> bool:
            words = catalogue.names.get(film, set())
            return bool(years and catalogue.films[film].year in years) or any(
                set(fold(person).split()) <= words for person in people
            )

        for phrase in [*_with_main_title(analysis.text, analysis.unknown), *analysis.unknown]:
            film = self.film_for(phrase, catalogue, corroborated)
            if film:
                in_title = bool(set(fold(phrase).split()) & RELATIONS.get(analysis.relation, frozenset()))
                # "Der dritte Mann" names no husband
                return named_by(analysis, film, phrase, relation="" if in_title else analysis.relation)
        return analysis


def named_by(analysis: QuestionAnalysis, film: str, title: str, **changes) -> QuestionAnalysis:
    """The analysis of a question that names `film` by `title` (a translation, another name): the
    title's words are no unknown work and no one asked about."""
    words = set(fold(title).split())
    return dataclasses.replace(
        analysis,
        films=[film],
        unknown=[u for u in analysis.unknown if not words & set(fold(u).split())],
        anchors=[a for a in analysis.anchors if not set(a.split()) <= words],
        **changes,
    )


def _unknown_words(analysis: QuestionAnalysis) -> set[str]:
    return {w for u in analysis.unknown for w in fold(u).split()}


# Kinds asked about a film as a whole: its crew and its values.
FILM_KINDS = (*CREW_KINDS, "runtime", "release", "setting", "filming_location", "based_on")
# Capitalised words joined by small words, not opening the question: "Fahrraddiebe", "Reise nach Rom".
_GERMAN_TITLE_RUN = re.compile(
    r"(?<!^)(?<![.?!]\s)\b[A-ZÄÖÜ][\w'’\-]*(?:\s+(?:(?:der|die|das|des|dem|den|nach|von|vom|im|in|und|am|mit|zu|"
    r"zum|zur|ohne|für|über|auf|aus|ein|eine|einer|eines)\s+)*[A-ZÄÖÜ][\w'’\-]*){0,5}"
)
# An article, up to two lower-case words and a noun: "Der dritte Mann", "Die dritte Laterne".
_ARTICLE_TITLE = re.compile(r"\b(?:Der|Die|Das|Ein|Eine)\s+(?:[a-zäöüß][\w\-]*\s+){1,2}[A-ZÄÖÜ][\w'’\-]*")


def _german_title_candidates(question: str, catalogue: FilmCatalogue) -> list[str]:
    """Runs of capitalised words in a German question that are not all names the articles know
    ("Die dritte Laterne", "Fahrraddiebe"), longest first: maybe a translated title."""
    runs = []
    for run in [*_GERMAN_TITLE_RUN.finditer(question), *_ARTICLE_TITLE.finditer(question)]:
        words = fold(run.group()).split()
        if words and not all(w in catalogue.people or w in STOPWORDS for w in words):
            runs.append(run.group())
    return sorted(runs, key=len, reverse=True)[:3]


def _with_main_title(question: str, unknown: list[str]) -> list[str]:
    """An unknown subtitle with the name before it, as the question writes them: "Aguirre, the
    Wrath of God" translates "Aguirre, der Zorn Gottes" where "Wrath of God" alone does not."""
    found = []
    for phrase in unknown:
        joined = re.search(
            rf"([A-ZÄÖÜÀ-Þ][\w'’\-]*(?:\s+[A-ZÄÖÜÀ-Þ][\w'’\-]*)*)\s*[,:–-]\s+(?:(?i:the|der|die|das)\s+)?"
            rf"{re.escape(phrase)}",
            question,
        )
        if joined:
            found.append(joined.group())
    return found


def _unit(vector: list[float]) -> np.ndarray:
    array = np.asarray(vector, dtype=np.float32)
    return array / (float(np.linalg.norm(array)) or 1.0)
