"""The one path to an answer: validate, detect language, retrieve, answer."""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
import threading
from collections.abc import Callable, Iterator, Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from langchain_core.embeddings import Embeddings

from assistant.analysis import (
    CREW_QUESTION_KINDS,
    FACT_KINDS,
    RELATION_PATTERN,
    QuestionAnalysis,
    analyze,
    crew_role,
    question_kind,
)
from assistant.answerers import ANSWERERS, AnswerRequest, not_covered, refuse_instructions
from assistant.catalogue import film_list
from assistant.conversation import History, contextualize
from assistant.errors import USER_ERRORS, SettingsError
from assistant.evidence import is_multi_part
from assistant.facts import (
    CAST_KINDS,
    FoundFacts,
    about_relative,
    chunk_for,
    crew_member,
    describe,
    describing_passages,
    find_facts,
    with_performer_named,
)
from assistant.language import detect_language
from assistant.questions import clean_history, clean_question, is_injection
from assistant.reading import (
    TITLE_MARKS,
    WorkPassage,
    as_written,
    film_named_otherwise,
    read_about_work,
    read_fact,
    read_in_passages,
    work_passages,
)
from assistant.scope import FilmScope, TitleTranslator, display_title, named_by, resolve_scope
from assistant.settings import Settings
from assistant.types import Answer, FilmInfo, Language, Passage, Retrieval, citation_for
from assistant.verdict import yes_or_no
from assistant.wording import describe_sentence, fact_sentence, not_in_film, which_film
from index.build import BuildReport, FileStatus, build_index, knowledge_status
from index.chunking import Chunk
from index.embedders import make_embeddings
from index.films import CREW_KINDS
from index.names import QUOTED, fold, longest_first, names_any, same_name, word_stem
from index.search import ChunksBySource, IndexSearcher, IndexStats
from index.store import CATALOG_FILE, StoredDocument

if TYPE_CHECKING:
    from index.sources import AddedFile

# Kinds that ask about a film as a whole: without a film to go on, ask which one.
log = logging.getLogger(__name__)
SHORT_QUESTION_WORDS = 5
# The relative is what is asked about: "Joh Fredersen's son", "der Sohn von X" (not "Sophie und ihr Vater").
_RELATIVE_ASKED = re.compile(
    rf"['’]s?\s+(?:\w+\s+)?(?:{RELATION_PATTERN})\b|\b(?:{RELATION_PATTERN})\s+(?:von|of|des|der)\b", re.I
)
_ASKS_NAME = re.compile(
    r"\b(wie heißt|wie hieß|wie heisst|name[nd]?|called|what is .* name|wer ist|wer war|who is|who was)\b",
    re.I,
)
# "And the grown-up Sophie?": no question word of its own, so it asks what the turn before asked.
_ELLIPTICAL = re.compile(
    r"^\W*(und|and|what about|und was ist mit)\b"
    r"(?!.*\b(wer|wen|wem|was|wo|wie|wann|warum|welche\w*|who|whom|what|where|how|when|why|which)\b)"
    r"(?:\W+\w+){0,5}\W*$",
    re.I,
)
DESCRIBE_KINDS = ("who_is", "person_job", "person_origin")
ASKS_ORIGIN_OR_JOB = ("person_job", "person_origin")
SCOPED_KINDS = tuple(kind for kind in FACT_KINDS if kind not in CAST_KINDS)


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
        self.titles = TitleTranslator(self.embeddings)
        self._build_lock = threading.Lock()
        self._titles: tuple[str, dict[str, str]] = ("", {})

    @cached_property
    def retriever(self):
        """Built on first question: LangChain's retriever machinery is slow to import for `index`."""
        from assistant.retrieval import HybridRetriever

        return HybridRetriever(
            searcher=self.searcher, k=self.settings.top_k, candidates=self.settings.candidates
        )

    def stream(self, question: object, history: object = None) -> Iterator[str | Answer]:
        """Yield answer text pieces, then the `Answer`. Bad questions raise here, before iteration."""
        text = clean_question(question, self.settings.max_question_chars)
        return self._stream(text, clean_history(history))

    def _stream(self, text: str, history: History | None) -> Iterator[str | Answer]:
        language = detect_language(text)
        if is_injection(text):
            refusal = refuse_instructions(language)
            yield refusal.text
            yield refusal
            return
        self.ensure_index()
        snapshot = self.searcher.snapshot()
        catalogue = snapshot.films
        language = _language_without_titles(text, catalogue) or language
        query = contextualize(
            text,
            history,
            lambda word: fold(word) in catalogue.people,
            lambda asked: _subject(asked, catalogue),
        )
        query = with_performer_named(query, catalogue)
        analysis = self.titles.resolve(analyze(query, catalogue, language), catalogue, language)
        if history and analysis.kind == "other" and _ELLIPTICAL.match(text):
            # "And the grown-up Sophie?" after "Who plays Sophie?": the same kind of question;
            # "And the camera?" after "Who directed it?" names its own job.
            before = history[-1][0]
            own = question_kind(f"who {text}")
            asked_before = detect_language(before)
            earlier = None if own in CREW_QUESTION_KINDS else analyze(before, catalogue, asked_before)
            kind = own if earlier is None else earlier.kind
            analysis = dataclasses.replace(analysis, kind=kind)
            if earlier is not None and kind in ("who_plays", "role_of") and not analysis.anchors:
                # "Und als Kind?" after "Wer spielt die erwachsene Lara?": the same role, another age
                analysis = dataclasses.replace(
                    analysis,
                    anchors=earlier.anchors,
                    target=earlier.target,
                    films=analysis.films or earlier.films,
                )
        # Titles no film has, and the articles that may name them: looked up once for both uses.
        titles_asked = _titles_asked(analysis, catalogue) if not analysis.films else ([], [])
        articles_naming = functools.cache(lambda title: self._articles_naming(snapshot, title))
        if renamed := _film_named_otherwise(
            analysis, titles_asked, catalogue, articles_naming, snapshot.titles
        ):
            analysis = renamed  # "Who composed Wings of Desire?" where the article gives it in brackets
        scope = resolve_scope(analysis, catalogue, history, lambda asked: self._films_in(asked, catalogue))
        unknown_film = not scope.films and bool(analysis.anchors or analysis.unknown)  # no article has it
        work = _work_asked(analysis, titles_asked, catalogue, articles_naming, snapshot.titles)
        if work and work.alone and self.settings.answerer != "extractive":  # the model reads its articles
            scope = FilmScope(sources=sorted({passage.source for passage in work.passages}))
        if (
            analysis.kind in SCOPED_KINDS
            and not analysis.films
            and not work
            and _names_no_one(analysis.anchors, catalogue)
        ):
            # "How long is Citizen Kane?", a title an article only mentions: not the article's film.
            result = _refusal(FilmScope(), language, [])
            yield result.text
            yield result
            return
        short = len(text.split()) <= SHORT_QUESTION_WORDS  # "Wer führte Regie?" names nothing else
        if not work and (
            scope.ask_which
            or (
                not scope.films
                and not unknown_film
                and short
                and analysis.kind in SCOPED_KINDS
                and len(catalogue.films) > 1
            )
        ):
            result = Answer(
                text=which_film(sorted(catalogue.films), language),
                language=language,
                citations=[],
                supported=False,
            )
            yield result.text
            yield result
            return
        # A two-part question needs room for the passage that bridges to its second part.
        # So does a question about one film that no catalogue fact answers: its few passages can all
        # be weighed (the answering one is often not among the nearest four).
        widen = is_multi_part(text) or (scope.sources is not None and analysis.kind not in FACT_KINDS)
        k = self.settings.top_k * (2 if widen else 1)
        # Searched on first use: a fact the catalogue holds needs no query embedding (19 ms of ~25).
        search = functools.cache(
            lambda: self.retriever.search(query, k=k, sources=scope.sources, films=scope.films or None)
        )

        def nearest(sources: list[str] | None = scope.sources) -> list[Passage]:
            """A refusal's closest passages: from retrieval if it ran, else by BM25 alone."""
            if search.cache_info().currsize:
                return search().passages[:2]
            return self.retriever.nearest(query, 2, sources)

        if (
            analysis.kind == "who_is"
            and analysis.anchors
            and _plays_someone(analysis.anchors, scope, catalogue)
        ):
            analysis = dataclasses.replace(analysis, kind="role_of")  # "Who is Idris Cole in The Harbour?"
        if (
            analysis.relation
            and (analysis.context or (analysis.anchors and _RELATIVE_ASKED.search(text)))
            and analysis.kind in ("other", "who_is")
        ):
            # "Who is Joh Fredersen's son?": first who the relative is, then what is said about him.
            asks_name = bool(_ASKS_NAME.search(text))
            relative = about_relative(analysis, scope, catalogue, _readable(scope, snapshot, search))
            if relative is not None:
                analysis = dataclasses.replace(relative, kind="who_is" if asks_name else analysis.kind)
            elif asks_name:  # "Wie heißt Chihiros Vater?": no sentence names him
                result = _refusal(scope, language, nearest())
                yield result.text
                yield result
                return
        own_anchors = [a for a in analysis.anchors if not crew_role(a)]  # "director" is no one's name
        role = crew_role(text) if analysis.kind in DESCRIBE_KINDS and not own_anchors else ""
        if role:  # "Woher kommt der Komponist von Harbor Lights?": who that is, then where from
            member = crew_member(role, scope, catalogue)
            if not member:
                result = _refusal(scope, language, nearest())
                yield result.text
                yield result
                return
            analysis = dataclasses.replace(analysis, anchors=[fold(member)])
        if self.settings.answerer == "extractive":
            result = self._typed_answer(
                analysis, scope, catalogue, snapshot, language, query, search, nearest, work
            )
            if result is not None:
                yield result.text
                yield result
                return
        retrieval = search()
        if self.settings.answerer == "extractive":
            retrieval = _naming(retrieval, analysis.anchors, snapshot.by_source)
            if analysis.kind in ASKS_ORIGIN_OR_JOB and analysis.anchors:  # quote only what states it
                kept = describing_passages(
                    analysis, retrieval.passages, catalogue.is_name, catalogue.film_forms
                )
                retrieval = dataclasses.replace(retrieval, passages=kept)
            if analysis.anchors and not retrieval.passages:
                result = _refusal(scope, language, [])
                yield result.text
                yield result
                return
        yield from self.answerer(
            AnswerRequest(
                text,
                query,
                language,
                retrieval,
                tuple([*analysis.anchors, *analysis.context]),  # names it asks about or whose
                catalogue.is_name,
                catalogue.language_of,
                _titled_as_asked(catalogue.title_at, analysis.films),
            )
        )

    def _articles_naming(self, snapshot, title: str) -> Mapping[str, list[Chunk]]:
        """The chunks of the articles whose words include a title's: a few, found by BM25, not all."""
        hits = self.searcher.lexical(snapshot, title, _ARTICLES_SEARCHED)
        return snapshot.by_source.within(sorted({chunk.source for chunk, _ in hits}))

    def _films_in(self, text: str, catalogue) -> list[str]:
        """The films a text names, by a title the articles write or one they translate."""
        language = detect_language(text)
        return self.titles.resolve(analyze(text, catalogue, language), catalogue, language).films

    def _typed_answer(
        self,
        analysis,
        scope,
        catalogue,
        snapshot,
        language,
        query: str,
        search: Callable[[], Retrieval],
        nearest: Callable[..., list[Passage]],
        work: WorkAsked | None = None,
    ) -> Answer | None:
        """A fact question gets the fact, in one sentence, or "not in my sources" for its film.
        `search` runs retrieval only when needed: without a film, or for a refusal's closest passages."""
        if is_multi_part(query):
            return None  # "Who plays X, and what is her job?": quoted passages answer both parts
        # Without a film, look at the articles retrieval found, not at every passage of the index.
        readable = _readable(scope, snapshot, search)
        if analysis.kind in DESCRIBE_KINDS:
            if analysis.relation and (analysis.context or analysis.anchors):
                # "Was macht Lolas Vater beruflich?": first who her father is, then what he does.
                relative = about_relative(analysis, scope, catalogue, readable)
                if relative is None:
                    return None  # "die Mutter von X" unnamed: what the articles say of her, not of X
                analysis = relative
            description = describe(analysis, scope, readable, catalogue.is_name)
            if description is None:
                return None  # quoting what the articles say of X may still answer
            text = describe_sentence(
                description.phrase,
                language,
                catalogue.language_of(description.chunk.source) or detect_language(description.chunk.text),
                catalogue.is_name,
            )
            citation = citation_for(1, Passage(description.chunk, 1.0))
            return Answer(text=text, language=language, citations=[citation], supported=True)
        if analysis.kind not in FACT_KINDS:
            return None
        if work and work.alone:  # a festival report's other film, a retrospective's earlier one
            found = _about_work(analysis, work, catalogue, snapshot.by_source, language)
            if found is None:
                return _refusal(FilmScope(films=[work.name]), language, [])  # no other film's passages
            scope = FilmScope()
        elif analysis.unknown and analysis.kind not in CAST_KINDS:
            # A work an article only mentions: answered only by a sentence naming it, else no film covers it
            works = {catalogue.other_works.get(fold(u.strip(TITLE_MARKS))) for u in analysis.unknown}
            found = read_about_work(analysis, works.pop(), catalogue, readable) if len(works) == 1 else None
            if found is None:
                return _refusal(FilmScope(), language, nearest(None))
            scope = FilmScope()
        else:
            found = find_facts(analysis, scope, catalogue, readable, language)
            if found is None:  # a shape the catalogue's patterns missed: one sentence may still state it
                found = read_fact(analysis, scope, catalogue, readable)
            if found is None and work:  # a capitalised name no film has: a work's passages may answer
                found = _about_work(analysis, work, catalogue, snapshot.by_source, language)
                scope = FilmScope() if found else scope
        if found is not None and analysis.kind in CAST_KINDS and not analysis.films and len(scope.films) > 1:
            # "Who plays Clara?" when two films have a Clara: which one is meant, not the first found
            holding = [
                film for film in scope.films if _cast_in(film, analysis, catalogue, readable, language)
            ]
            if len(holding) > 1:
                return Answer(
                    text=which_film(holding, language), language=language, citations=[], supported=False
                )
        passages: list[Passage] = []
        for fact in found.facts if found else []:
            chunk = chunk_for(fact, snapshot.by_source.get(fact.source, []))
            if chunk is not None and all(p.chunk.id != chunk.id for p in passages):
                passages.append(Passage(chunk, 1.0))
        if found is None or not passages:
            # "… in Requiem?": not about the film the person is known from, so name none.
            return _refusal(FilmScope() if analysis.elsewhere else scope, language, nearest())
        fact = found.facts[0]
        film = display_title(fact.film or scope.title, query, catalogue, fact.source)
        article_language = catalogue.language_of(fact.source) or language
        text = fact_sentence(found, film, language, article_language, catalogue.is_name)
        if verdict := yes_or_no(query, found, catalogue.film_forms, language):
            text = f"{verdict} {text}"  # "Was it shot on Rügen?" – "No. … filmed in Stralsund."
        if len(passages) > 1:
            text = text.replace("[1]", "".join(f"[{n}]" for n in range(1, len(passages) + 1)))
        citations = [citation_for(n, passage) for n, passage in enumerate(passages, start=1)]
        for index, citation in enumerate(citations):  # the sentence stating the fact is the one to mark
            sentence = next(
                (f.sentence for f in found.facts if f.sentence and f.sentence in citation.text), None
            )
            citations[index] = citation.model_copy(update={"quote": sentence})
        return Answer(text=text, language=language, citations=citations, supported=True)

    def answer(self, question: object, history: object = None) -> Answer:
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

    def films(self) -> list[FilmInfo]:
        self.ensure_index()
        return film_list(self.searcher.snapshot().films)

    def document(self, source: str) -> StoredDocument | None:
        """An indexed article's text, to read a cited passage in its context."""
        return self.searcher.document(source)

    def knowledge_status(self) -> list[FileStatus]:
        """Each file in the knowledge folder: indexed, changed, skipped (and why) or new."""
        return knowledge_status(self.index_config)

    def add_article(self, path: Path, replace: bool = False) -> AddedFile:
        """Copy an uploaded article into the knowledge folder under a safe name, within the size
        limit, refusing what the index would skip; `rebuild()` then indexes it."""
        from index.sources import add_file  # web-page extraction loads only when articles are added

        return add_file(path, self.index_config.knowledge_dir, self.index_config.max_file_bytes, replace)

    def warm_up(self) -> None:
        """Load the index snapshot, the embedder and the language detector before the first
        question, so no user waits for them; a missing index is logged (answers say it too)."""
        try:
            self.stats()
            self.retrieve("Film")
            detect_language("Wer spielt in dem Film?")
        except USER_ERRORS as error:
            log.warning("index not ready: %s", error)

    def article_titles(self) -> dict[str, str]:
        """Article titles by file name, for the index version in use (recomputed when it changes)."""
        snapshot = self.searcher.snapshot()
        version, titles = self._titles
        if version != snapshot.version:
            titles = dict(snapshot.titles)
            self._titles = (snapshot.version, titles)
        return titles

    def stats(self) -> IndexStats:
        self.ensure_index()
        return self.searcher.stats()


@dataclasses.dataclass(frozen=True)
class WorkAsked:
    """A work the question names that an article covers only in passing, and its passages.
    `alone`: only they may answer. Not so for a capitalised name that no article writes as a
    title: it may be another name of an article's own film, whose facts answer first."""

    name: str
    passages: list[WorkPassage]
    alone: bool


def _film_named_otherwise(
    analysis,
    titles_asked: tuple[list[str], list[str]],
    catalogue,
    articles_naming: Callable[[str], Mapping[str, list[Chunk]]],
    headlines: Mapping[str, str],
) -> QuestionAnalysis | None:
    """The analysis with the film a title no film has is another name of: an article's
    headline or bracketed "(Originaltitel: …)" gives it. None when none or two films do."""
    asked, nameless = titles_asked
    for title in longest_first({*asked, *nameless}):
        film = film_named_otherwise(title, catalogue, articles_naming(title), headlines)
        if film:
            return named_by(analysis, film, title, elsewhere="")
    return None


def _work_asked(
    analysis,
    titles_asked: tuple[list[str], list[str]],
    catalogue,
    articles_naming: Callable[[str], Mapping[str, list[Chunk]]],
    headlines: Mapping[str, str],
) -> WorkAsked | None:
    """The one work the question names that an article covers only in passing ("Who plays Sigrid
    in Winter Harbour?" after a festival report's paragraph on it); None when the question names a
    film, or no such work, or two. A name counts as a work's where it is written as a title:
    quoted or dated in the article, quoted in the question, or several capitalised words ("Winter
    Harbour"), never one word ("the Führer") or a character's full name."""
    if analysis.films or analysis.kind not in FACT_KINDS:
        return None
    asked, nameless = titles_asked
    named = [*asked, *nameless]
    if analysis.kind in CAST_KINDS:  # a role is played "in" a work: other names are characters
        named = [work for work in named if _written(r"\b(?:in|im)\s+{}", work, analysis.text)]
    no_one_else = analysis.kind in SCOPED_KINDS and _names_no_one(analysis.anchors, catalogue)
    found: dict[tuple[str, int], WorkAsked] = {}
    for work in longest_first({w.strip(TITLE_MARKS) for w in named if w.strip()}):
        passages = [  # an article headed with the name is about that film, not one in passing
            passage
            for passage in work_passages(work, catalogue, articles_naming(work))
            if f" {fold(work)} " not in f" {fold(headlines.get(passage.source, ''))} "
        ]
        titled = (
            work in asked
            or fold(work) in catalogue.other_works
            or any(passage.titled for passage in passages)
            or any(work in quoted for quoted in QUOTED.findall(analysis.text))
        )
        if passages and (titled or _capitalised(work, analysis.text)):
            written = _written("{}", work, analysis.text)  # as the question writes it, not folded
            name = written.group("work") if written else work
            key = (passages[0].source, passages[0].mentioned_at)  # "The Salt Road" and "Salt Road": one
            found.setdefault(key, WorkAsked(name, passages, titled or no_one_else))
    return next(iter(found.values())) if len(found) == 1 else None


def _titles_asked(analysis, catalogue) -> tuple[list[str], list[str]]:
    """Names a question may give a film by that no film of the catalogue has: those it writes as
    titles (quoted, capitalised, after "in"), and several-word names no one has."""
    asked = [*analysis.unknown, analysis.elsewhere]
    asked += [part for phrase in asked for part in _IN_A_WORK.split(phrase)[1:]]  # "Sigrid in Winter Harbour"
    nameless = [  # "How long is Winter Harbour?", "Who plays Onni in Northern Lights?": a name no one has
        a for a in analysis.anchors if len(a.split()) >= 2 and _names_no_one([a], catalogue)
    ]
    return [a.strip(TITLE_MARKS) for a in asked if a.strip(TITLE_MARKS)], nameless


def _written(pattern: str, work: str, question: str) -> re.Match[str] | None:
    """Where the question writes `work` (any case, any marks between its words) as `pattern` puts it."""
    words = as_written(work).pattern
    return re.search(pattern.format(rf"\W?(?P<work>{words})"), question, re.IGNORECASE) if words else None


def _capitalised(work: str, question: str) -> bool:
    """Whether the question writes a name of several words with capitals, as a title."""
    written = _written("{}", work, question)
    return (
        len(work.split()) >= 2
        and written is not None
        and len(re.findall(r"\b[A-ZÄÖÜ]", written.group("work"))) >= 2
    )


_ARTICLES_SEARCHED = 50  # passages whose words match a title's: where its articles are found
_IN_A_WORK = re.compile(r"\s+(?:in|im)\s+")


def _about_work(analysis, asked: WorkAsked, catalogue, chunks: ChunksBySource, language) -> FoundFacts | None:
    """The asked fact of a work covered in passing: from a sentence naming it, its passages, or a
    catalogue fact that stands in them; said for that work."""
    work, passages = asked.name, asked.passages
    chunks = chunks.within(sorted({passage.source for passage in passages}))
    found = read_about_work(analysis, catalogue.other_works.get(fold(work)), catalogue, chunks)
    found = found or read_in_passages(analysis, work, passages, catalogue)
    if found is None:
        words = set(fold(work).split())
        plain = dataclasses.replace(
            analysis,
            unknown=[],
            elsewhere="",
            anchors=[a for a in analysis.anchors if not set(a.split()) <= words],
        )
        around = sorted({catalogue.film_of(p.source, p.mentioned_at) for p in passages} - {""})
        found = find_facts(plain, FilmScope(films=around), catalogue, chunks, language)
        held = [f for f in found.facts if any(p.holds(f) for p in passages)] if found else []
        if not held:
            return None
        values = [v for v in found.values if any(v in (f.value, f.subject) for f in held)] or found.values
        found = FoundFacts(found.kind, held, values, found.asked)
    return dataclasses.replace(found, facts=[dataclasses.replace(f, film=work) for f in found.facts])


def _refusal(scope: FilmScope, language: Language, closest: list[Passage]) -> Answer:
    """ "Not in my sources", naming the film looked in when there is one."""
    return not_covered(language, closest, not_in_film(scope.title, language) if scope.title else "")


def _language_without_titles(text: str, catalogue) -> str:
    """The question's language with the film titles it names left out: "screenwriter der sturm" is
    English, whatever "der" suggests. "" when too little is left to tell."""
    plain = f" {fold(text)} "
    named = longest_first(form for form in catalogue.film_forms if f" {form} " in plain)
    for form in named:
        plain = plain.replace(f" {form} ", " ")
    return detect_language(plain.strip()) if named and plain.split() else ""


def _cast_in(film: str, analysis, catalogue, chunks: Mapping[str, list[Chunk]], language: Language) -> bool:
    """Whether one film's own articles say who plays the character (or whom the actor plays)."""
    alone = FilmScope(films=[film], sources=sorted(catalogue.films[film].sources))
    found = find_facts(analysis, alone, catalogue, chunks, language) or read_fact(
        analysis, alone, catalogue, chunks
    )
    if found is None:
        return False
    # the fact must be about the one asked about, not another role the question's words describe
    asked = analysis.target or (analysis.anchors[0] if analysis.anchors else "")
    side = (lambda fact: fact.subject) if analysis.kind == "who_plays" else (lambda fact: fact.value)
    return bool(asked) and any(same_name(asked, side(fact)) for fact in found.facts)


def _titled_as_asked(title_at: Callable[[Chunk], str], named: list[str]) -> Callable[[Chunk], str]:
    """A passage's film title together with the names the question gave that film: "Central
    Station" for an article titled "Central do Brasil" says which film, not what is asked."""
    if not named:
        return title_at
    return lambda chunk: " ".join([title_at(chunk), *named])


def _plays_someone(anchors: list[str], scope: FilmScope, catalogue) -> bool:
    """Whether every anchor is an actor of the scoped films and none a character: asked "who is"
    she, the answer is whom she plays."""
    films = set(scope.films)
    cast = [f for f in catalogue.facts if f.kind == "cast" and (not films or f.film in films)]
    actors = [f.value for f in cast]
    characters = [f.subject for f in cast]
    return all(
        any(same_name(anchor, actor) for actor in actors)
        and not any(same_name(anchor, character) for character in characters)
        for anchor in anchors
    )


def _names_no_one(anchors: list[str], catalogue) -> bool:
    """Whether the question's names are nobody the catalogue has a fact about (cast or crew): for
    a question about a film as a whole they are then a title no article covers."""
    if not anchors or any(len(anchor.split()) < 2 for anchor in anchors):
        return False  # "Lolas Lauf durch Berlin": German nouns, not a title
    known = [f"{f.subject} {f.value}" for f in catalogue.facts if f.kind == "cast" or f.kind in CREW_KINDS]
    return not any(names_any(set(fold(text).split()), [anchor]) for anchor in anchors for text in known)


def _readable(scope: FilmScope, snapshot, search: Callable[[], Retrieval]) -> Mapping[str, list[Chunk]]:
    """The articles a question's answer may be read from: its film's, or without a film those
    retrieval found. Never every article: at 7,000 articles that read 111k passages a question."""
    if scope.sources is not None:
        return snapshot.by_source.within(scope.sources)
    return snapshot.by_source.within([p.chunk.source for p in search().passages])


def _naming(retrieval: Retrieval, anchors: list[str], chunks: Mapping[str, list[Chunk]]) -> Retrieval:
    """Only passages that name the person or character asked about (or follow one that does:
    "Doch sein Dorf fehlt ihm sehr") can answer about them."""
    if not anchors:
        return retrieval

    stemmed = [" ".join(word_stem(word) for word in anchor.split()) for anchor in anchors]

    def names(text: str) -> bool:  # "dem Alten" names "der Alte"
        words = set(fold(text).split())
        return names_any(words, anchors) or names_any({word_stem(word) for word in words}, stemmed)

    def previous(chunk: Chunk) -> str:
        siblings = chunks.get(chunk.source, [])
        return siblings[chunk.ordinal - 1].text if 0 < chunk.ordinal <= len(siblings) else ""

    kept = [p for p in retrieval.passages if names(p.chunk.text) or names(previous(p.chunk))]
    return dataclasses.replace(retrieval, passages=kept)


def _subject(question: str, catalogue) -> list[str]:
    """The words naming whom an earlier question asked about, as written: "Ariane" in "Wer spielt
    Alex' Schwester Ariane in Good Bye, Lenin!?", not the title or the relation around it."""
    analysis = analyze(question, catalogue, detect_language(question))
    wanted = set(fold(analysis.target).split()) or {w for anchor in analysis.anchors for w in anchor.split()}
    return [word for word in re.findall(r"[^\W_][\w\-]*", question) if fold(word) in wanted]
