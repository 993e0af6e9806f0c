"""Step 3b (typed questions): a fact read from one sentence when the catalogue holds none.

The catalogue's patterns are exact and miss shapes nobody wrote a pattern for ("Den Baron gibt
der brasilianische Schauspieler X", "X's score, with its lonely trumpet"). Here a sentence of the
film's own articles answers when it holds the question's anchor (the character or actor asked
about; for crew and values, the film scope is the anchor), a cue of the asked kind, and a value of
that kind close to the cue: a person's name for "who", a duration for "how long", a named place
beside a verb of living or arriving for "where is it set". The nearest such value is read. Nothing
is guessed: without all three in one sentence the answer stays "not in my sources".
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass

from assistant.analysis import RELATIONS, QuestionAnalysis
from assistant.facts import POSSESSIVE, VERSION, DescribedRole, FoundFacts, described_role
from assistant.lexicon import states
from assistant.scope import FilmScope
from index.chunking import Chunk, split_sentences
from index.films import (
    CREW_CUES,
    CREW_KINDS,
    DURATION,
    OWNER_MARK,
    PLACE,
    RELATIVE_PASSIVE,
    SCENE_NOUN,
    TIME_PHRASE,
    VALUE_CUES,
    Fact,
    FilmCatalogue,
    blank_earlier_roles,
    phrase_after,
    relative_antecedent,
)
from index.names import NO_ONE, PARTICLES, QUOTED, Name, find_names, fold, same_name
from index.terms import STOPWORDS, lexical_terms

READ = "read"  # Fact.detail of a fact read at question time, not stored in the catalogue
TITLE_MARKS = " „“”\"«»'"  # quotes and spaces around a title as a question or article writes it
_CAST_CUE = re.compile(
    r"\b(?:spiel\w*|gespielt|verkörper\w*|dargestellt|\w*darsteller\w*|\w*schauspieler\w*|\w*rolle\w*|"
    r"besetz\w*|sehen|mimt|gibt|gab|leiht|lieh|verleiht|verlieh|stimme|spricht|sprach|gesprochen|plays?|played|"
    r"playing|portray\w*|actor|actress|role|part|cast|stars?|starring|starred|voice[sd]?|embod\w+|inhabit\w*|"
    r"interpret\w*)\b",
    re.IGNORECASE,
)
_CREW_CUE = {kind: re.compile(rf"\b(?:{cue})\b", re.IGNORECASE) for kind, cue in CREW_CUES.items()}
_CREW_WORD = re.compile(rf"\b(?:{'|'.join(CREW_CUES.values())})\b", re.IGNORECASE)
_SIDE_BY_SIDE = 12  # characters between a character's name and an actor's set beside it
# Words that make two names side by side something other than a pairing: "trifft", "and", "by".
_LINKING_WORD = re.compile(
    r"\b(?:and|und|with|mit|meets?|trifft|liebt|loves?|heiratet|marries|von|by|of|to|zu|für|for)\b", re.I
)
_RELATION_WORDS = frozenset(word for words in RELATIONS.values() for word in words)
MAX_GAP = 70  # characters between the anchor (or cue) and the value read for it
# "als"/"as" and a bracket cast only right between the two names: "X als Y", "Y (X)"; elsewhere
# "als" is "when" ("…, als Kulturminister Hempf …").
_ADJACENT_CUE = re.compile(r"^\s*(?:,\s*)?(?:als|as|\()\s*(?:(?:der|die|das|den|the)\s+)?$", re.IGNORECASE)
# What joins a job to the name after it: "Musik: X", "directed by X", "stammt von X", "ist X".
_CREDIT_AFTER = re.compile(
    r"^\s*[:(]|\b(?:by|von|durch|is|was|ist|war|stammt|stammte|kommt|kam|übernahm|führte|hatte|had)\s+"
    r"(?:(?:der|die|dem|the|a|an)\s+)?(?:[\w\-]+\s+)?$",
    re.IGNORECASE,
)
# A relative clause or aside between a name and what it did: ", der den Film auch produziert hat,".
_INSERTION = re.compile(r",\s*(?:der|die|das|who|which|damals|selbst|himself|herself)\b[^,;:]{0,60},", re.I)
_CLAUSE_BREAK = re.compile(r"[;:]|\s[–—]\s|\.\s")


@dataclass(frozen=True)
class _Reading:
    """One candidate: how good it is (higher first), and the fact it gives."""

    score: float
    fact: Fact  # as the catalogue stores it: for cast, value the actor and subject the character
    answer: str  # the side asked for
    asked: str = ""


def read_fact(
    analysis: QuestionAnalysis,
    scope: FilmScope,
    catalogue: FilmCatalogue,
    chunks: Mapping[str, list[Chunk]],
) -> FoundFacts | None:
    """The best-read fact of the asked kind in the scoped sentences, or None."""
    kind = analysis.kind
    if analysis.relation or analysis.qualifiers or analysis.elsewhere or analysis.unknown:
        return None  # "his sister", "originally", "in Requiem": the catalogue's exact path decides
    if kind == "runtime" and VERSION.search(analysis.text):
        return None  # "the director's cut": the catalogue path reads the sentence naming that version
    if kind not in ("who_plays", "role_of", "runtime", "setting", *CREW_KINDS):
        return None
    if kind == "setting" and analysis.asks_when:
        return None  # "In welchem Jahr spielt …": a time, not the place a story's people live in
    if kind not in ("who_plays", "role_of") and not scope.films:
        return None  # crew and values need to know which film
    anchor = analysis.target or (analysis.anchors[0] if analysis.anchors else "")
    described = described_role(analysis.text) if kind == "who_plays" else None
    if kind in ("who_plays", "role_of") and not anchor and not described:
        return None
    wanted = set(scope.films)
    titles = catalogue.film_forms
    best: _Reading | None = None
    sentences_read = 0  # a story's place is told early: its first sentences weigh most
    sources = scope.sources if scope.sources is not None else sorted(chunks)
    for source in sources:
        for chunk in chunks.get(source, []):
            previous = ""
            for span in split_sentences(chunk.text):
                start = chunk.start + span.start
                film = catalogue.film_of(source, start)
                if wanted and film not in wanted:
                    continue  # a festival report's other film
                sentence = chunk.text[span.start : span.end]
                fact_at = _FactAt(kind, film or scope.title, source, start, sentence)
                found = _read_sentence(
                    anchor, described, fact_at, previous, catalogue, titles, sentences_read
                )
                if found is not None and (best is None or found.score > best.score):
                    best = found
                previous = sentence
                sentences_read += 1
    if best is None:
        return None
    return FoundFacts(kind, [best.fact], [best.answer], best.asked)


def _read_sentence(
    anchor: str,
    described: DescribedRole | None,
    at: _FactAt,
    previous: str,
    catalogue: FilmCatalogue,
    titles: frozenset[str],
    sentences_read: int,
) -> _Reading | None:
    """The fact of the asked kind one sentence states, if it states one."""
    kind, sentence = at.kind, at.sentence
    if kind in CREW_KINDS and re.search(r"\?\W*$", sentence):
        return None  # "Und woher kommt die Musik in Laras Leben?": a question names no one's job
    if kind in ("who_plays", "role_of"):
        sentence = blank_earlier_roles(sentence)  # "best known as Detective Lane on TV": not this film's
        found = _cast(kind, anchor, sentence, at, catalogue) if anchor else None
        if found is None and kind == "role_of":
            found = _role_described(anchor, sentence, at)
        if found is None and described:
            found = _cast_described(described, sentence, at, catalogue)
        return found
    if kind == "runtime":
        return _runtime(sentence, at)
    if kind == "setting":
        return _setting(sentence, at, catalogue, sentences_read)
    found = _crew(kind, sentence, at, titles)
    if found is None and kind == "director":
        found = _director_loosely(sentence, previous, at, catalogue, titles)
    return found


_WORK_PASSAGE = 6  # sentences from a work's mention on that may still be about it


@dataclass(frozen=True)
class WorkPassage:
    """Sentences of an article about a work it covers in passing, with no section of its own
    ("Also in competition was Y. Its director, X, cast …"): from the work's mention on, until
    the paragraph ends, another film is named or a few sentences have passed."""

    source: str
    sentences: list[tuple[int, str]]  # (offset in the article, text); the first from the mention on
    titled: bool  # the article writes the work as a title there: quoted, or dated in brackets
    mentioned_at: int  # where the sentence naming the work starts

    def holds(self, fact: Fact) -> bool:
        first, (last, sentence) = self.sentences[0][0], self.sentences[-1]
        return fact.source == self.source and first <= fact.start < last + len(sentence)


_TOPIC_REACH = 60  # characters into a sentence where a work it introduces is named
_ALIAS_BEFORE = re.compile(
    r"\((?:[^()]*\b)?(?:titel|title|original\w*|english|englisch|international\w*|aka|also known as|auch)"
    r"\b[^()]*$",
    re.IGNORECASE,
)


def work_passages(
    work: str, catalogue: FilmCatalogue, chunks: Mapping[str, list[Chunk]]
) -> list[WorkPassage]:
    """The passages about `work` in every article that names it; none if it is a film of its own.
    A work named late in a sentence about something else ("… who had played the salesman in Y
    (1944).") is mentioned, not introduced: the sentences after it are not about it."""
    title = fold(work.strip(TITLE_MARKS))
    if not title or title in catalogue.film_forms:
        return []
    others = {
        form
        for form in [*catalogue.film_forms, *catalogue.other_works]
        if form and not set(form.split()) <= set(title.split())
    }
    written = as_written(work)
    passages: list[WorkPassage] = []
    for source in sorted(chunks):
        sentences = _article_sentences(chunks[source])
        for index, (start, sentence, _) in enumerate(sentences):
            mention = written.search(sentence)
            if mention is None or f" {title} " not in f" {fold(sentence)} ":
                continue
            if _ALIAS_BEFORE.search(sentence[: mention.start()]):
                continue  # "(Originaltitel: …)": another name of the article's own film
            after = sentence[mention.start() :]  # what a sentence says before the work is not of it
            titled = bool(
                _DATED_TITLE.match(after) or re.search(r"[„“\"«»*]\s*$", sentence[: mention.start()])
            )
            held = [(start + mention.start(), after)]
            for later_start, later, opens_paragraph in sentences[index + 1 : index + _WORK_PASSAGE]:
                if mention.start() > _TOPIC_REACH or opens_paragraph:
                    break
                if _names_another_work(later, title, others):
                    break  # the next film's turn
                held.append((later_start, later))
            passages.append(WorkPassage(source, held, titled, start))
    return passages


# A year in brackets, alone or after other words: "(1979)", "(Finnland 1979)".
_YEAR_IN_BRACKETS = r"\((?:[^()]{0,40}\D)?(?P<year>(?:19|20)\d\d)\)"
# A title as articles write one: quoted, or a capitalised run dated in brackets ("Northern Lights (1979)").
_DATED_TITLE = re.compile(rf"\b[A-ZÄÖÜ][\w'’\-]*(?:\s+[\w'’\-]+){{0,5}}?\s+{_YEAR_IN_BRACKETS}")


def _names_another_work(sentence: str, title: str, others: set[str]) -> bool:
    """Whether a sentence names a film other than `title`: one the catalogue knows, or one written
    as a title."""
    folded = f" {fold(sentence)} "
    if any(f" {form} " in folded for form in others):
        return True
    written = [m.group() for m in [*QUOTED.finditer(sentence), *_DATED_TITLE.finditer(sentence)]]
    return any(title not in fold(work) for work in written)


def film_named_otherwise(
    work: str, catalogue: FilmCatalogue, chunks: Mapping[str, list[Chunk]], headlines: Mapping[str, str]
) -> str:
    """The article's own film that `work` is another name of: the article's headline holds it, or
    the article gives it in brackets as a title ("(Originaltitel: …)", "(English title: …)").
    "" when no article, or articles about two films, name it so."""
    title = fold(work.strip(TITLE_MARKS))
    if not title:
        return ""
    written = as_written(work)
    films: set[str] = set()
    for source in chunks:
        entry = catalogue.entries.get(source)
        if entry is None or not entry.films:
            continue
        own = catalogue.canonical(entry.films[0].title)
        if f" {title} " in f" {fold(headlines.get(source, ''))} ":
            films.add(own)
            continue
        for start, sentence, _ in _article_sentences(chunks[source]):
            mention = written.search(sentence)
            if mention and _ALIAS_BEFORE.search(sentence[: mention.start()]):
                films.add(catalogue.film_of(source, start) or own)
    return films.pop() if len(films) == 1 else ""


def as_written(work: str) -> re.Pattern[str]:
    """A title as a text may write it: any case, any marks or spaces between its words."""
    return re.compile(r"\W+".join(re.escape(word) for word in work.strip(TITLE_MARKS).split()), re.I)


def _article_sentences(chunks: list[Chunk]) -> list[tuple[int, str, bool]]:
    """An article's sentences in order, each once (chunks may overlap), and whether each opens a
    paragraph: chunks end at line ends, so a gap of two characters or more is a blank line."""
    sentences: dict[int, tuple[str, bool]] = {}
    previous_end = None
    for chunk in sorted(chunks, key=lambda chunk: chunk.start):
        opens = previous_end is not None and chunk.start - previous_end >= 2
        for index, span in enumerate(split_sentences(chunk.text)):
            text = chunk.text[span.start : span.end]
            sentences.setdefault(chunk.start + span.start, (text, opens and index == 0))
        previous_end = max(previous_end or 0, chunk.end)
    return [(start, text, opens) for start, (text, opens) in sorted(sentences.items())]


def read_in_passages(
    analysis: QuestionAnalysis, work: str, passages: list[WorkPassage], catalogue: FilmCatalogue
) -> FoundFacts | None:
    """The fact of the asked kind a work's passages state, said for that work."""
    kind = analysis.kind
    if kind in ("release", "director") and not analysis.relation:
        found = _credited_at_mention(kind, work, passages)
        if found is not None:
            return found
    if kind not in ("who_plays", "role_of", "runtime", "setting", *CREW_KINDS):
        return None
    if analysis.relation or analysis.qualifiers:
        return None
    title = fold(work)
    anchor = analysis.target or next(
        (a for a in analysis.anchors if not set(a.split()) <= set(title.split())), ""
    )
    described = described_role(analysis.text) if kind == "who_plays" else None
    if kind in ("who_plays", "role_of") and not anchor and not described:
        return None
    bare = re.sub(r"^(?:the|a|an|der|die|das|le|la|les|el|il)\s+", "", title)  # "Salt Road" names it too
    titles = catalogue.film_forms | {title, bare}
    best: _Reading | None = None
    for passage in passages:
        previous = ""
        for read, (start, sentence) in enumerate(passage.sentences):
            at = _FactAt(kind, work, passage.source, start, sentence)
            found = _read_sentence(anchor, described, at, previous, catalogue, titles, read)
            if found is not None and not set(fold(found.answer).split()) <= set(title.split()):
                best = _better(best, found)
            previous = sentence
    return FoundFacts(kind, [best.fact], [best.answer], best.asked) if best else None


def _credited_at_mention(kind: str, work: str, passages: list[WorkPassage]) -> FoundFacts | None:
    """What a work's mention itself credits: its year ("Y (1971)") or its maker ("„Y“ von X",
    "Y by X")."""
    for passage in passages:
        start, mention = passage.sentences[0]
        words = len(work.split())
        after = re.match(rf"(?:\S+\s+){{{words - 1}}}\S+\s*", mention)
        rest = mention[after.end() :] if after else ""
        at = _FactAt(kind, work, passage.source, start, mention)
        if kind == "release" and (year := re.match(_YEAR_IN_BRACKETS, rest)):
            fact = dataclasses.replace(at.fact(year.group("year")), detail="year")
            return FoundFacts(kind, [fact], [fact.value])
        maker = re.match(r"(?:\((?:19|20)\d\d\)\s*)?(?:von|by)\s+", rest)
        names = find_names(rest[maker.end() :]) if kind == "director" and maker else []
        if names and names[0].start == 0 and names[0].tokens >= 2:
            fact = at.fact(names[0].text)
            return FoundFacts(kind, [fact], [fact.value])
    return None


def read_about_work(
    analysis: QuestionAnalysis, work: str | None, catalogue: FilmCatalogue, chunks: Mapping[str, list[Chunk]]
) -> FoundFacts | None:
    """A crew member or running time of a work an article only mentions, read from a sentence that
    names the work ("Y (1971), shot by Z, …" in a retrospective): the fact is that work's, not the
    article's own film's. Nothing else of the article answers for it."""
    kind = analysis.kind
    if not work or kind not in (*CREW_KINDS, "runtime") or analysis.relation or analysis.qualifiers:
        return None
    title = fold(work)
    titles = catalogue.film_forms | {title}
    best: _Reading | None = None
    for source in sorted(chunks):
        for start, sentence, _ in _article_sentences(chunks[source]):
            if f" {title} " not in f" {fold(sentence)} ":
                continue
            at = _FactAt(kind, work, source, start, sentence)
            found = _runtime(sentence, at) if kind == "runtime" else _crew(kind, sentence, at, titles)
            if found is not None and not set(fold(found.answer).split()) <= set(title.split()):
                best = _better(best, found)
    return FoundFacts(kind, [best.fact], [best.answer], best.asked) if best else None


# The noun belongs to someone else: "the teacher's daughter", "die Tochter des Lehrers", "the
# daughter of the teacher" (but "In der Rolle des Bürgermeisters", "the part of the mayor").
_OWNED_AFTER = re.compile(r"['’]s?\b")
_OWNER_BEFORE = re.compile(
    r"(?P<noun>[\w\-]+)\s+(?:des|der|of\s+(?:the|a|an))\s+(?:[a-zäöüß][\w\-]*\s+){0,2}$"
)
_ROLE_NOUN = re.compile(r"(?i:rolle|figur|part|role)")
# "als strenge Lehrerin", "as the stern village teacher": the casting word before the role's noun.
_AS_BEFORE = re.compile(r"\b(?i:als|as)\s+(?:(?:the|a|an|der|die|das)\s+)?(?:[\w\-]+\s+){0,2}$")
_DESCRIPTION_REACH = 30  # characters before the noun where a casting word may stand ("als alter …")


def _cast_described(
    described: DescribedRole, sentence: str, at: _FactAt, catalogue: FilmCatalogue
) -> _Reading | None:
    """The actor a casting sentence sets beside the noun that describes the asked role: "Hans
    Brenner plays the old fisherman", "In der Rolle des Bürgermeisters glänzt Otto Sander". The cue
    stands between them, or right before the noun with nothing but the actor after it."""
    if not (_CAST_CUE.search(sentence) or re.search(r"\b(?i:als|as)\b", sentence)):
        return None
    nouns = [
        w
        for w in re.finditer(r"[^\W\d_][\w\-]*", sentence)
        if described.forms & set(lexical_terms(w.group()))
    ]
    if not nouns:
        return None  # most sentences: no word of the role, so no names to find
    names = find_names(sentence)
    not_actors = catalogue.crew_names | catalogue.character_names | catalogue.film_forms | STOPWORDS | NO_ONE
    actors = [n for n in names if n.tokens >= 2 and fold(n.text) not in not_actors]
    best: _Reading | None = None
    for word in nouns:
        if any(n.tokens >= 2 and n.start <= word.start() < n.end for n in names):
            continue  # "Hans Fischer": a name, not the fisherman
        owner = _OWNER_BEFORE.search(sentence[: word.start()])
        if _OWNED_AFTER.match(sentence, word.end()) or (owner and not _ROLE_NOUN.fullmatch(owner["noun"])):
            continue
        before = sentence[max(0, word.start() - _DESCRIPTION_REACH) : word.start()]
        cast_as = bool(_AS_BEFORE.search(before))
        cue_before = cast_as or _CAST_CUE.search(before)
        for actor in actors:
            low, high = min(word.end(), actor.end), max(word.start(), actor.start)
            gap = sentence[low:high]
            if len(gap) > MAX_GAP or _CLAUSE_BREAK.search(gap) or _full_name_within(names, low, high):
                continue
            if _CO_STAR.search(gap):
                continue
            if _CAST_CUE.search(gap) or _ADJACENT_CUE.match(gap):
                score = 1.4 - len(gap) / 100
            elif cue_before and (actor.start > word.end() or cast_as) and "," not in gap:
                score = 1.2 - len(gap) / 100  # "In der Rolle des Bürgermeisters glänzt Otto Sander"
            else:
                continue
            reading = _Reading(score, at.fact(actor.text, word.group()), actor.text, described.said)
            best = _better(best, reading)
    return best


# "X plays a retired miner who …", "X, who plays the village priest, …", "X is superb as the stern
# teacher": an English role said by what the character is (German nouns are capitalised, read as names).
_ROLE_PHRASE_AFTER = re.compile(
    # "X plays an aging ferryman", "X has a cameo as a priest", "X, as the ferryman's late wife, …",
    # "X is his daughter, a nurse": the role said by what it is, not by a name
    r"(?:,\s*who)?,?\s+(?:[a-z]+\s+){0,3}?(?:(?:plays|played|portrays|portrayed|as)\s+(?:the|a|an)|"
    r"(?:plays|played|portrays|portrayed|is|was|as)\s+(?P<owner>his|her|their))\s+"
    r"(?P<role>(?:[a-z][\w\-’']*\s+){0,3}?[a-z][\w\-]{2,})(?=\s+(?:who|that|which|with|in|whose)\b|\s*[,.;:]|\s*$)"
)


def _role_described(anchor: str, sentence: str, at: _FactAt) -> _Reading | None:
    """The role an English sentence gives the actor asked about only by what the character is."""
    for name in find_names(sentence):
        if not same_name(anchor, name.text):
            continue
        match = _ROLE_PHRASE_AFTER.match(sentence, name.end)
        if match and match.group("role").split()[-1] not in ("role", "part", "lead", "title"):
            role = f"{match['owner']} {match['role']}" if match["owner"] else match["role"]
            return _Reading(1.0, at.fact(name.text, role), role, name.text)
    return None


@dataclass(frozen=True)
class _FactAt:
    kind: str
    film: str
    source: str
    start: int
    sentence: str

    def fact(self, value: str, subject: str = "") -> Fact:
        kind = "cast" if self.kind in ("who_plays", "role_of") else self.kind
        end = self.start + len(self.sentence)
        return Fact(kind, self.film, value, subject, self.source, self.start, end, self.sentence, READ)


def _cast(kind: str, anchor: str, sentence: str, at: _FactAt, catalogue: FilmCatalogue) -> _Reading | None:
    """The person (for "who plays") or character (for "which role") nearest the anchor, with a
    casting word between them or right beside one of them."""
    names = _owners_apart(find_names(sentence))
    actors = catalogue.actor_names
    # "Norma's director" names her as someone's relation, not as the role someone plays
    anchored = [
        n
        for n in names
        if same_name(anchor, n.text)
        and (kind == "role_of" or not POSSESSIVE.search(n.text))  # "Hans Brenner's weary Ben"
        and (kind == "role_of" or not OWNER_MARK.match(sentence, n.end))  # "Agnes' Schwester Rosa"
        and (kind == "role_of" or fold(n.text) not in actors)  # "Da-hye" is not the actor Jang Hye-jin
    ]
    if not anchored:
        return None
    best: _Reading | None = None
    for here in anchored:
        for other in names:
            if other is here or same_name(anchor, other.text) or fold(other.text) in catalogue.film_forms:
                continue
            if fold(other.text) in STOPWORDS | NO_ONE:
                continue  # "We spoke to its lead actress, X": a capitalised word that names no one
            not_actor = fold(other.text) in catalogue.crew_names | catalogue.character_names
            if kind == "who_plays" and (other.tokens < 2 or not_actor):
                continue  # an actor has a full name here; a director or a character plays no role
            if kind == "role_of" and fold(other.text) in actors | catalogue.crew_names:
                continue  # the character, not a fellow actor or the director casting the actor
            if kind == "role_of" and (POSSESSIVE.search(other.text) or OWNER_MARK.match(sentence, other.end)):
                continue  # "is Sal's sister Gina": Sal owns the role, Gina is it
            if other.tokens == 1 and states(other.text, "en", "nation"):
                continue  # "a Japanese comedian": English writes a nationality in capitals, it names no one
            low, high = min(here.end, other.end), max(here.start, other.start)
            gap = sentence[low:high]
            character_first = (here.start < other.start) == (kind == "who_plays")
            dash_pair = _DASH_PAIR.fullmatch(gap) and _listed_pairs(sentence)
            if _paired_on_line(sentence, gap, names, here, other):
                # "Isak ← Joachim Calmeyer ¦ …", "| Mischa | sein Freund | Henry Hübchen |"
                best = _better(best, _pair_read(kind, 1.2, here, other, at))
                continue
            if not dash_pair and (
                len(gap) > MAX_GAP or _CLAUSE_BREAK.search(gap) or _full_name_within(names, low, high)
            ):
                continue
            if kind == "who_plays" and any(
                low <= n.start and n.end <= high and fold(n.text) in catalogue.character_names for n in names
            ):
                continue  # "X plays Gauri, the girl who loves Bhuvan": Gauri's actor, not Bhuvan's
            if kind == "role_of" and _IN_A_PHRASE.search(sentence[: other.start]):
                continue  # "verkörpert mit großer Ruhe den Fischer Ben": a manner, not the role
            if _CO_STAR.search(gap):
                continue  # "X plays opposite Y", "X spielt an der Seite von Y": a fellow actor, no role
            if kind == "who_plays" and _bracketed_after_another(sentence, other, names, here):
                continue  # "… Micha, der in Miriam (Teresa Weißbach) verliebt ist": Miriam's actor
            actor_name, role_name = (other, here) if kind == "who_plays" else (here, other)
            if actor_name.start < role_name.start and _RELATIVE_OPENING.search(sentence[: actor_name.start]):
                continue  # "der junge Max, den Tom Berg spielt, die Lena …": Max's actor, not Lena's
            actors_own = POSSESSIVE.search(actor_name.text) and actor_name.end <= role_name.start
            owner = kind == "who_plays" and other.end <= here.start and _OWNER_GAP.fullmatch(gap)
            if actors_own and _OWNED_DESCRIBED.fullmatch(gap):
                if _names_a_relative(gap):
                    continue  # "Hans Brenner's youngest daughter Clara" is his relative
                score = 1.7 - len(gap) / 100  # "Hans Brenner's weary, stubborn Ben": the actor's character
            elif owner:  # "Bruno Ganz, …, dessen Hitler …", "Nicholson's Jack": the actor's character
                score = 1.8 - len(gap) / 100
            elif _CAST_CUE.search(gap) or _ADJACENT_CUE.match(gap):
                score = 2.0 - len(gap) / 100
            elif dash_pair:  # "Die Figuren im Überblick: Lene – Charlotte Brisse; Konrad – Ansgar Thiel"
                score = 1.7
            elif not character_first and _ACTOR_IS.fullmatch(gap):  # "Tom Skerritt, 45, ist Dallas"
                score = 1.5 - len(gap) / 100
            elif (
                character_first
                and RELATIVE_PASSIVE.fullmatch(gap)
                and _CAST_CUE.search(_clause_after(sentence, high))
            ):
                score = 1.7 - len(gap) / 100  # "Lola, die von Franka Potente mit Wut gespielt wird"
            elif kind == "who_plays" and _as_role_opening(sentence, here, other, gap):
                score = 1.6 - len(gap) / 100
            elif _cue_beside(sentence, here, other):
                score = 1.5 - len(gap) / 100  # the cue may belong to another pair
            elif _side_by_side(gap):
                score = 1.0 - len(gap) / 100  # "Kapitän Ole Jensen, Hans Brenner, …"
            else:
                continue
            best = _better(best, _pair_read(kind, score, here, other, at))
    return best


_OWNER_INSIDE = re.compile(r"['’]s\s+(?=[A-ZÄÖÜÀ-Þ])")


def _owners_apart(names: list[Name]) -> list[Name]:
    """The names with an owner inside split in two: the name finder reads "Owen Marsh's Tom Long" as
    one run of capitals, which is the actor's name and the character's."""
    apart = []
    for name in names:
        inside = _OWNER_INSIDE.search(name.text)
        if inside is None:
            apart.append(name)
            continue
        owner_end = name.start + inside.start() + 2
        apart += [
            Name(name.text[: inside.start() + 2], name.start, owner_end),
            Name(name.text[inside.end() :], name.start + inside.end(), name.end),
        ]
    return apart


def _pair_read(kind: str, score: float, here: Name, other: Name, at: _FactAt) -> _Reading:
    """The reading of one pair: the anchor `here`, the value `other`, the side asked for."""
    character, actor = (here.text, other.text) if kind == "who_plays" else (other.text, here.text)
    actor = POSSESSIVE.sub("", actor)  # "Ben … is Paul Roth's last role": Paul Roth
    answer = actor if kind == "who_plays" else character
    return _Reading(score, at.fact(actor, character), answer, POSSESSIVE.sub("", here.text))


def _better(best: _Reading | None, candidate: _Reading) -> _Reading:
    """The higher-scored reading; the earlier one on a tie."""
    return candidate if best is None or candidate.score > best.score else best


_DASH_PAIR = re.compile(r"\s+[–—]\s+")
# A preposition (and its adjectives) right before a capitalised German noun: "mit großer Ruhe"
_IN_A_PHRASE = re.compile(
    r"\b(?:mit|ohne|voller|aus|vor|in|im|with|without)\s+(?:[a-zäöüß\-]+(?:e|en|er|es|em)\s+){0,2}$"
)
_CO_STAR = re.compile(
    r"\b(?:opposite|alongside|neben|gegenüber|an der seite)\s+(?:von\s+|of\s+)?$", re.IGNORECASE
)
# Marks that join the two sides of one credit ("Rolle – Darsteller", "Isak ← X", "Kim ~ Y") and
# marks that part one credit from the next ("… ¦ …", "… | …", "… · …").
_PAIR_MARK = re.compile(r"[–—←→:=~>»]")
_LIST_MARK = re.compile(r"[|¦·•;,/]")


def _paired_on_line(sentence: str, gap: str, names: list[Name], here: Name, other: Name) -> bool:
    """Whether a credits line, in whatever marks it is typed, pairs the two names: a table row
    holding just these two, or two names joined by a pairing mark and nothing else. Prose never
    pairs this way, so what no cue word joins is read only on such lines."""
    if sentence.lstrip().startswith("|"):  # a row holding two people, or two cells that are names
        bars = [i for i, char in enumerate(sentence) if char == "|"]

        def cell(name: Name) -> int:
            return sum(1 for bar in bars if bar < name.start)

        def alone(name: Name) -> bool:  # "| Dr. Jack Benjaminsen |", not "| die Wirtin, Rolfs Schwester |"
            low = max([bar + 1 for bar in bars if bar < name.start], default=0)
            high = min([bar for bar in bars if bar >= name.end], default=len(sentence))
            return all(n is name or cell(n) != cell(name) for n in names) and _names_only(sentence[low:high])

        people = [n for n in names if n.tokens >= 2 or n is here or n is other]
        paired = len(people) == 2 or (alone(here) and alone(other))  # two people, or two name cells
        return cell(here) != cell(other) and paired and not _CREW_WORD.search(sentence)
    # the credit the two stand in, between list marks: names only ("Lola – Manni trifft sie" is prose)
    first, last = min(here.start, other.start), max(here.end, other.end)
    low = max([m.end() for m in _LIST_MARK.finditer(sentence, 0, first)], default=0)
    high = min([m.start() for m in _LIST_MARK.finditer(sentence, last)], default=len(sentence))
    return (
        _names_only(sentence[low:high])
        and not re.search(r"\w", gap)
        and bool(_PAIR_MARK.search(gap))
        and not _LIST_MARK.search(gap)
        and not _CREW_WORD.search(sentence[max(0, first - 25) : last])  # "Regie – Jan Ruf": a job
    )


def _side_by_side(gap: str) -> bool:
    """Two names with at most a few words between, none linking them otherwise nor naming a
    relative ("trifft seinen Bruder"): in film writing, a character and the actor playing them."""
    return len(gap) <= _SIDE_BY_SIDE and not _LINKING_WORD.search(gap) and not _names_a_relative(gap)


def _names_a_relative(text: str) -> bool:
    """Whether a word of `text` is a relative's noun ("Bruder", "daughter", "Frau")."""
    return any(word in _RELATION_WORDS for word in fold(text).split())


def _names_only(text: str) -> bool:
    """Whether every word of `text` is capitalised or a name's particle ("de", "von")."""
    return all(word[:1].isupper() or word in PARTICLES for word in re.findall(r"[^\W\d_][\w\-’'.]*", text))


_RELATIVE_OPENING = re.compile(r",\s+(?:den|die|das|dem|der|whom)\s+$", re.IGNORECASE)
_ACTOR_IS = re.compile(r"(?:,\s*[^,;:()]{1,30},)?\s+(?:ist|is|war|was)\s+", re.IGNORECASE)


def _listed_pairs(sentence: str) -> bool:
    """A list of "A – B" pairs: two or more of them, or a line that says it lists roles."""
    pairs = len(re.findall(r"\S\s+[–—]\s+\S", sentence))
    return pairs >= 2 or bool(
        re.search(r"\b(?:rollen|figuren|besetzung|cast|roles|characters)\b", sentence, re.I)
    )


def _clause_after(sentence: str, position: int) -> str:
    """The rest of the clause from `position`: up to the next comma, semicolon or sentence end."""
    return re.split(r"[,;]|\.\s", sentence[position:], maxsplit=1)[0]


# What joins an actor to the character they make: "Nicholson's Jack", "Bruno Ganz, geboren in Zürich,
# dessen Hitler …" (a short aside allowed before the relative pronoun).
_OWNER_GAP = re.compile(r"['’]s?\s+|,(?:[^,;:()]{0,40},)?\s+(?:dessen|deren|whose)\s+", re.IGNORECASE)
# The words between an actor's possessive and the character: "Hans Brenner's weary, stubborn Ben".
_OWNED_DESCRIBED = re.compile(r"\s+(?:[a-z][\w\-]*,?\s+){0,4}")


def _bracketed_after_another(sentence: str, name: Name, names: list[Name], anchor: Name) -> bool:
    """Whether `name` stands in brackets right after a name other than the anchor ("Miriam
    (Teresa Weißbach)"): then it is that one's actor."""
    opening = re.search(r"\(\s*$", sentence[: name.start])
    if opening is None:
        return False
    before = sentence[: opening.start()].rstrip()
    owner = next((n for n in names if n.end == len(before)), None)
    return owner is not None and owner is not anchor


def _full_name_within(names: list[Name], low: int, high: int) -> bool:
    """Whether a full name stands between two offsets: then what lies on either side is no pair."""
    return any(n.tokens >= 2 and low <= n.start and n.end <= high for n in names)


# "Als verbitterter Kriegsheimkehrer X liefert Y …", "As the drifter X, Y gives …": the sentence
# opens with the role, then its actor does something.
_AS_OPENING = re.compile(r"(?:^|[,;]\s+)\W*(?i:als|as)\s+(?:[a-zäöüß\-]+\s+){0,5}(?:[A-ZÄÖÜ][\w\-]+\s+)?$")
_ONE_VERB = re.compile(r"\s*,\s*|\s+[a-zäöüß]+\s+")


def _as_role_opening(sentence: str, role: Name, actor: Name, gap: str) -> bool:
    return (
        role.end <= actor.start
        and bool(_AS_OPENING.search(sentence[: role.start]))
        and bool(_ONE_VERB.fullmatch(gap))
    )


def _cue_beside(sentence: str, one: Name, other: Name) -> bool:
    """A casting word right before the first name or right after the second ("spielt X … Y")."""
    first, second = (one, other) if one.start < other.start else (other, one)
    before = sentence[max(0, first.start - 45) : first.start].rsplit(",", 1)[-1]  # within its clause
    after = sentence[second.end : second.end + 35].split(",", 1)[0]
    return bool(_CAST_CUE.search(before) or _CAST_CUE.search(after))


def _crew(kind: str, sentence: str, at: _FactAt, titles: frozenset[str]) -> _Reading | None:
    """The full name nearest after (or else before) one of the job's cue words, in the same clause."""
    readings = [_crew_at(cue, kind, sentence, at, titles) for cue in _CREW_CUE[kind].finditer(sentence)]
    return max((r for r in readings if r is not None), key=lambda r: r.score, default=None)


def _crew_at(
    cue: re.Match[str], kind: str, sentence: str, at: _FactAt, titles: frozenset[str]
) -> _Reading | None:
    photography = _CREW_CUE["cinematographer"].search(sentence[: cue.end() + 20])
    if kind == "director" and photography:
        return None  # "director of photography" is the cinematographer
    if re.match(r"['’]s?\s", sentence[cue.end() :]):
        return None  # "a veteran of the director's films": the director is someone else
    names = find_names(sentence)
    antecedent = relative_antecedent(sentence, cue.start(), names)
    if antecedent is not None:  # the clause holding the cue is about the name before it
        return _Reading(1.5, at.fact(antecedent.text), antecedent.text) if antecedent.tokens >= 2 else None
    best: _Reading | None = None
    for name in names:
        if name.tokens < 2 or fold(name.text) in titles:
            continue
        after = name.start >= cue.end()
        low, high = (cue.end(), name.start) if after else (name.end, cue.start())
        gap, score = sentence[low:high], 1.5 if after else 1.0
        if len(gap) > MAX_GAP or _CLAUSE_BREAK.search(gap) or _full_name_within(names, low, high):
            continue
        if after and len(gap.split()) > 2 and not _CREDIT_AFTER.search(gap):
            continue  # "directed it from a story by X": X is the story's author, not the director
        if not after:  # "Bernd Eichinger, der den Film auch produziert hat, schrieb das Drehbuch"
            gap = _INSERTION.sub(" ", gap)
            if len(gap) > 40:
                continue
        score -= len(gap) / 100
        if best is None or score > best.score:
            value = POSSESSIVE.sub("", name.text)  # "despite Tom Ek's score": Tom Ek
            best = _Reading(score, at.fact(value), value)
    return best


# Words that say someone made the film, anywhere in a sentence ("Inszeniert hat das Drama die
# Österreicherin X", "the person calling the shots on T, X", "Drama von X").
_DIRECTOR_WORDS = re.compile(
    r"\b(?:regie|regisseur\w*|inszen\w*|filmemacher\w*|filmmaker|directed|directing|director|auteur|"
    r"calling the shots|"
    r"(?:film|drama|komödie|thriller|krimi|western|dokumentarfilm|tragikomödie)s? (?:von|by))\b",
    re.IGNORECASE,
)
# A job other than directing, or a viewer, just before a name: "cinematographer X", "script by X".
_OTHER_JOB_BEFORE = re.compile(
    r"\b(?:kamera\w*|cinematograph\w*|photograph\w*|produ\w*|\w*kritiker\w*|critic|festival\w*|jury\w*|"
    r"\w*autor\w*|author|writer|script|screenplay|drehbuch\w*|buch|\w*komponist\w*|composer|music|musik|"
    r"\w*schauspieler\w*|actor|actress|\w*darsteller\w*|stars?|starring|mit|with|editor|\w*cutter\w*|"
    r"\w*leiter\w*|\w*präsident\w*|\w*direktor\w*|casting|art|managing|creative)\W+(?:[\w\-]+\W+){0,2}$",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(?:er|sie|he|she)\b", re.IGNORECASE)


def _director_loosely(
    sentence: str, previous: str, at: _FactAt, catalogue: FilmCatalogue, titles: frozenset[str]
) -> _Reading | None:
    """A directing word anywhere in the sentence and one person who could have done it: no other
    job or viewer stands before the name, the name is no actor or character, and the sentence
    names no other work. Without a name, "er"/"sie" points back to the person the sentence before
    began with ("X hat lange fürs Fernsehen gearbeitet. Mit T … inszeniert er …")."""
    cue = _DIRECTOR_WORDS.search(sentence)
    if cue is None or _CREW_CUE["cinematographer"].search(sentence):
        return None
    if any(fold(m.group()) not in titles for m in QUOTED.finditer(sentence)):
        return None  # "präsentierte Regisseur X seinen Dokumentarfilm „Gleisdreieck“"
    candidates = _possible_makers(sentence, catalogue, titles)
    if len(candidates) == 1:
        return _Reading(0.5, at.fact(candidates[0].text), candidates[0].text)
    if candidates or not _PRONOUN.search(sentence[: cue.start()] + sentence[cue.end() :]):
        return None
    before = _possible_makers(previous, catalogue, titles)
    if before and not previous[: before[0].start].strip():
        return _Reading(0.4, at.fact(before[0].text), before[0].text)
    return None


def _possible_makers(sentence: str, catalogue: FilmCatalogue, titles: frozenset[str]) -> list[Name]:
    """The full names in a sentence that could be its film's maker."""
    known = catalogue.actor_names | catalogue.character_names | titles
    return [
        name
        for name in map(_without_genre, find_names(sentence))
        if name.tokens >= 2
        and fold(name.text) not in known
        and not _OTHER_JOB_BEFORE.search(sentence[max(0, name.start - 40) : name.start] + _lead_word(name))
    ]


def _without_genre(name: Name) -> Name:
    """ "Drama von Clémence Aubert" read as one name (with "von" as a particle): the person after it."""
    genre = re.match(r"\w+\s+(?:von|by)\s+", name.text)
    if genre is None or not _DIRECTOR_WORDS.fullmatch(genre.group().strip()):
        return name
    return Name(name.text[genre.end() :], name.start + genre.end(), name.end, name.descriptor)


def _lead_word(name: Name) -> str:
    """A name's first word followed by a space, where it may be a job ("Festivaldirektor Carl Lübbe")."""
    return name.text.split()[0] + " " if name.tokens >= 3 else ""


def _runtime(sentence: str, at: _FactAt) -> _Reading | None:
    """A duration in minutes (the unit is the cue: DURATION needs "Minuten"/"minutes"/"min")."""
    duration = DURATION.search(sentence)
    if duration is None:
        return None
    return _Reading(1.0, at.fact(duration.group(1)), duration.group(1))


# Where a story's people live, arrive or are sent: "der um die Jahrhundertwende in Iquitos lebt",
# "he is sent to Shawshank State Penitentiary in Maine". Where the story is set, when no sentence
# says "spielt in"/"is set in".
_LIVES_IN = re.compile(
    r"\b(?:lebt|leben|lebte|lebten|wohnt|wohnen|wohnte|wohnten|aufwächst|wächst|wuchs|arbeitet|arbeitete|"
    r"strandet|gestrandet|lives|live|lived|living|grows up|grew up|growing up|moves|moved|arrives|arrived|"
    r"(?:is|was|are|were) sent|works|worked|returns|returned|settles|settled|stationed|stranded)\b",
    re.IGNORECASE,
)
_ORIGIN_BEFORE = re.compile(r"\b(?:geboren|born|stammt|stammend|aus|from)\s+$", re.IGNORECASE)
_SETTING_WINDOW = 45  # characters between the verb and the place
_HOME = re.compile(r"\b(?:home|zuhause|heimat\w*|wohnung|apartment|flat|kindheit|childhood)\b", re.IGNORECASE)
# "im sizilianischen Dorf Giancaldo", "in the port town of Onomichi": a place noun, then its name.
_NOUN_NAMED_PLACE = re.compile(
    r"\b(?:in|im|into|to|at|nach)\s+(?:(?:the|der|dem|die|a|an|einer|einem)\s+)?(?:[\w\-]+\s+){0,2}?"
    rf"(?i:{SCENE_NOUN})\s+(?:(?:of|von)\s+)?[A-ZÄÖÜÀ-Þ][\w\-]+"
)
# A place's own name right after the preposition ("in Iquitos", "nach Lima", "in the Bronx",
# "to Shawshank State Penitentiary"), where German capitals can't tell a name from a noun.
_NAMED_PLACE = re.compile(r"(?:in|into|to|at|on|nach|auf|an|bei|near)\s+(?:the\s+(?:[\w\-]+\s+){0,2}?)?\S+")


def _setting(sentence: str, at: _FactAt, catalogue: FilmCatalogue, index: int) -> _Reading | None:
    """The named place nearest a verb of living or arriving (or a home, a childhood) in the film's
    sentences; the earliest sentence wins, as a synopsis tells its place first."""
    if VALUE_CUES["filming_location"].search(sentence):
        return None  # "gedreht wurde in Iquitos": where it was shot
    best: _Reading | None = None
    for verb in [*_LIVES_IN.finditer(sentence), *_HOME.finditer(sentence)]:
        low, high = max(0, verb.start() - _SETTING_WINDOW), verb.end() + _SETTING_WINDOW
        window = min(high, len(sentence))
        for place in [
            *_NOUN_NAMED_PLACE.finditer(sentence, low, window),
            *PLACE.finditer(sentence, low, window),
        ]:
            if not (_NAMED_PLACE.fullmatch(place.group()) or _NOUN_NAMED_PLACE.fullmatch(place.group())):
                continue  # "in ihrem Zimmer", "im Krankenhaus": a German noun, not a place's name
            said = phrase_after(sentence, place.start())
            if place.start() < verb.start():  # "der … in Iquitos lebt": the place ends at the verb
                said = said[: verb.start() - place.start()].strip()
            gap = sentence[min(place.end(), verb.end()) : max(place.start(), verb.start())]
            if not said or TIME_PHRASE.match(said) or _CLAUSE_BREAK.search(gap) or "," in gap:
                continue
            if (
                _ORIGIN_BEFORE.search(sentence, 0, place.start())
                or fold(said.split()[-1]) in catalogue.people
            ):
                continue  # "born in Vienna", "moves in with Anna"
            said = re.sub(r"^(?:to|into|nach)\s+", "in ", said)
            said = re.split(r",?\s+(?:to|um)\s+(?=[a-zäöüß])", said)[0]  # "… of Onomichi to visit …"
            score = 1.0 - index / 1000 - len(gap) / 10_000
            if best is None or score > best.score:
                best = _Reading(score, at.fact(said), said)
    return best
