"""Step 3 (typed questions): the catalogue facts that answer, and the passage that states each.

A typed question is answered only by a fact of its kind, about its film, that names its anchor
(the character or person asked about) where the kind needs one; otherwise the answer is "not in
my sources", never a neighbouring sentence.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from assistant.analysis import (
    CINEMA_RELEASE,
    OPPOSITE_QUALIFIER,
    QUALIFIERS,
    RELATION_PATTERN,
    RELATION_WORDS,
    RELATIONS,
    US,
    QuestionAnalysis,
)
from assistant.language import detect_language
from assistant.lexicon import NameTest, no_names, states
from assistant.scope import FilmScope
from assistant.types import Passage
from index.chunking import Chunk, split_sentences
from index.films import CREW_KINDS, DURATION, LIST_DETAILS, OWNER_MARK, POSSESSIVE_END, Fact, FilmCatalogue
from index.names import PARTICLES, Name, find_names, fold, names_any, same_name, word_stem
from index.terms import STOPWORDS, lexical_terms

CAST_KINDS = ("who_plays", "role_of")


@dataclass(frozen=True)
class FoundFacts:
    """What the catalogue holds for a typed question: the facts and, for cast, the anchor's side."""

    kind: str
    facts: list[Fact]
    values: list[str]  # the answer: actor, character, people, minutes, date, place
    asked: str = ""  # the side of a cast fact the question named


def find_facts(
    analysis: QuestionAnalysis,
    scope: FilmScope,
    catalogue: FilmCatalogue,
    chunks: Mapping[str, list[Chunk]],
    language: str = "",
) -> FoundFacts | None:
    kind = analysis.kind
    if analysis.then_relation and kind == "who_plays":
        # "her husband's mother": first who her husband is, then who plays his mother
        first = dataclasses.replace(analysis, then_relation="", anchors=analysis.anchors or analysis.context)
        relative = relative_of(first, scope, catalogue, chunks) if first.anchors else None
        if relative is None:
            return None
        second = dataclasses.replace(
            analysis, then_relation="", relation=analysis.then_relation, anchors=[fold(relative)], context=[]
        )
        return find_facts(second, scope, catalogue, chunks, language)
    films = set(scope.films)  # a place shared by 5,000 films scopes to all of them
    in_scope = [f for f in catalogue.facts if not films or f.film in films]
    if kind in CAST_KINDS:
        if not analysis.films and (
            analysis.elsewhere
            or any(
                fold(work) in catalogue.other_works and _names_as_a_work(work, analysis.text)
                for work in analysis.unknown
            )
        ):
            return None  # "Which role did Ulrich Mühe play in Funny Games?" (mentioned, not covered)
        anchors = analysis.anchors
        if analysis.target:
            characters = {w for f in in_scope if f.kind == "cast" for w in fold(f.subject).split()}
            known = catalogue.people | characters
            if not any(
                all(w in known or word_stem(w) in catalogue.role_stems for w in fold(token).split())
                for token in analysis.target.split()
            ):
                if kind == "who_plays" and not analysis.relation:  # "Wer spielt die Bordellbesitzerin?"
                    return _cast_by_description(
                        analysis.text, _fitting(analysis.text, catalogue, in_scope), chunks
                    )
                return None  # "Wer spielt Da-hye?": no article names her
            target = fold(analysis.target)
            anchors = [target, *[a for a in anchors if a != target]]
        named_role = analysis.relation and any(  # the catalogue's character is "Marias Mutter"
            f.kind == "cast"
            and fold(f.subject) in anchors
            and set(fold(f.subject).split()) & RELATIONS[analysis.relation]
            for f in in_scope
        )
        owners = analysis.context or analysis.anchors
        if analysis.relation and owners and kind == "who_plays" and not named_role:
            # "Mabel's mother is played by Lady Rowlands": the catalogue's character is the relative
            forms = RELATIONS[analysis.relation]
            for fact in in_scope:
                words = set(fold(fact.subject).split())
                words |= {w[:-1] for w in words if w.endswith("s")}  # "Hedwigs Mutter" is Hedwig's
                whose = any(set(fold(owner).split()) <= words for owner in owners)
                if fact.kind == "cast" and whose and words & set(forms):
                    return FoundFacts(
                        kind, [fact], [fact.value], _relative_phrase(analysis, language) or fact.subject
                    )
        if (
            analysis.relation
            and not named_role
            and not (analysis.target and fold(analysis.target) in anchors)
        ):
            if not anchors and analysis.context:  # "Wer spielt Lolas Vater?"
                anchors = analysis.context
                analysis = dataclasses.replace(analysis, anchors=anchors)
            if not anchors:  # "Who plays the father?": the character the cast sentence calls so
                return _cast_described(kind, analysis.relation, in_scope)
            relative = relative_of(analysis, scope, catalogue, chunks)
            if relative is None or any(same_name(anchor, relative) for anchor in anchors):
                return None  # "Who plays her sister?" is not answered with her own actor
            for fact in in_scope:  # "ihr Vater (Herbert Knaup)": the relative found is the actor
                forms = RELATIONS[analysis.relation]  # "ihr Vater", "Marias Mutter"
                described = fold(fact.subject) in forms or bool(set(fold(fact.subject).split()) & set(forms))
                if fact.kind == "cast" and described and same_name(relative, fact.value):
                    asked = _relative_phrase(analysis, language) or fact.subject
                    return FoundFacts(kind, [fact], [fact.value], asked)
            anchors = [relative]
        if analysis.qualifiers:
            # "die kleine Sophie" when only the adult one is marked: the unmarked line is the child.
            opposite = [OPPOSITE_QUALIFIER[q] for q in analysis.qualifiers if q in OPPOSITE_QUALIFIER]
            clauses = {id(f): _actor_clause(f, [*analysis.qualifiers, *opposite]) for f in in_scope}
            stated = [f for f in in_scope if _states_qualifiers(analysis.qualifiers, clauses[id(f)])]
            marked = [f for f in in_scope if opposite and _states_qualifiers(opposite, clauses[id(f)])]
            unmarked = [f for f in in_scope if f not in marked]
            contrasted = _cast(kind, anchors, stated) is None and _cast(kind, anchors, marked) is not None
            in_scope = unmarked if contrasted else stated
        found = _cast(kind, anchors, in_scope, _owner_asked(analysis.text))
        if found is None and kind == "who_plays" and not anchors and not analysis.relation:
            # "Who plays the playwright?"
            found = _cast_by_description(analysis.text, _fitting(analysis.text, catalogue, in_scope), chunks)
        if found is None and kind == "who_plays" and not anchors and not analysis.relation and scope.films:
            found = _cast_list(analysis, catalogue, in_scope)  # "Who starred in Vertigo?"
        if found is None and not anchors and analysis.films:
            # A film named after its hero ("Wer spielt Amélie in … Amélie?"): the title is the anchor.
            titles = [w for film in analysis.films for w in fold(film).split() if len(w) > 2]
            found = _cast(kind, titles, in_scope)
        return found
    if not scope.films:
        return None  # a crew or value question needs to know which film
    matching = [f for f in in_scope if f.kind == kind]
    if kind == "setting" and analysis.asks_when:  # a time is asked: a place alone does not answer
        matching = [f for f in matching if _TIME.search(f.value)]
    elif kind == "setting":  # a place is asked: "spielt im Herbst 1976" does not answer "Wo?"
        matching = [f for f in matching if not _only_time(f.value)]
    if kind == "release":
        # "in die deutschen Kinos": the country must be stated; a festival premiere is no cinema release.
        versions = [q for q in analysis.qualifiers if q in ("german", "english", "american", "home")]
        matching = [f for f in matching if _states_qualifiers(versions, f.sentence)]
        if analysis.asks_cinema_release:
            matching = [f for f in matching if f.detail != "premiere"]
    if not matching:
        return None
    if kind in CREW_KINDS:
        # "Who co-wrote the script with Wolfgang Becker?": the film he wrote, of those that name him
        shared = [f.film for f in matching if any(same_name(a, f.value) for a in analysis.anchors)]
        first_film = shared[0] if shared else matching[0].film
        facts = [f for f in matching if f.film == first_film]
        values = list(dict.fromkeys(f.value for f in facts))
        # A surname alone ("Herzog") repeats a full name already found.
        values = [
            v for v in values if not any(v != o and same_name(v, o) and len(o) > len(v) for o in values)
        ]
        return FoundFacts(kind, _statements(facts, values), values[:4])

    def in_question_language(fact: Fact) -> bool:  # an article in the question's language says it best
        return catalogue.language_of(fact.source) == language

    asks_premiere = bool(_ASKS_PREMIERE.search(analysis.text))

    def rank(fact: Fact) -> tuple:
        return (
            # "When was it released?": the release, not a festival screening, unless one is asked for
            kind != "release" or (fact.detail == "premiere") == asks_premiere,
            fact.detail != "year",  # a stated release over the year in brackets after a title
            # "Wann kam er in die Kinos?": the sentence about the cinemas, not "aus dem Jahr 2019"
            kind != "release" or not analysis.asks_cinema_release or bool(_IN_CINEMAS.search(fact.sentence)),
            _overlap(analysis.terms, fact.sentence),
            in_question_language(fact),
            _specificity(fact),
            -fact.start,
        )

    if kind == "runtime" and (cut := VERSION.search(analysis.text)):
        # "How long is the director's cut?": only a sentence naming that version, and the
        # duration nearest to its name ("149 Minuten (Kinofassung), 208 Minuten (Director's Cut)").
        words = re.findall(r"\w+", cut.group().lower())
        wanted = [w for w in words if w not in _VERSION_WORDS and len(w) > 1] or words
        versioned = [f for f in matching if all(w in f.sentence.lower() for w in wanted)]
        if not versioned:
            return None
        fact = versioned[0]
        at = fact.sentence.lower().index(wanted[0])
        durations = list(DURATION.finditer(fact.sentence))
        if not durations:
            return None
        value = min(durations, key=lambda d: abs(d.start() - at)).group(1)
        return FoundFacts(kind, [fact], [value])
    best = max(matching, key=rank)
    same = [f for f in matching if f.value == best.value]
    return FoundFacts(kind, _statements([best, *same], [best.value]), [best.value])


_ASKS_PREMIERE = re.compile(
    r"premi|urauff|festival|berlinale|cannes|venedig|venice|wettbewerb|competition|first shown|"
    r"first screened|erstmals|zum ersten mal",
    re.I,
)
_VERSION_WORDS = frozenset("cut version fassung edition the s".split())  # "British cut" = "British version"
VERSION = re.compile(
    r"director['’]?s cut|extended (?:cut|version|edition)|langfassung|kinofassung|fernsehfassung|"
    r"tv version|theatrical (?:cut|version)|original \w+ (?:cut|version)|\w+ (?:cut|version)\b",
    re.I,
)


def _cast_described(kind: str, relation: str, facts: list[Fact]) -> FoundFacts | None:
    """A cast fact whose sentence calls the character by the relation ("Winfried, a father who …")."""
    forms = RELATIONS[relation]
    for fact in facts:
        if fact.kind != "cast":
            continue
        words = fold(fact.sentence).split()
        subject = fold(fact.subject).split()
        positions = [i for i, w in enumerate(words) if w in forms]
        anchor_at = [i for i, w in enumerate(words) if subject and w == subject[0]]
        if positions and anchor_at and min(abs(p - a) for p in positions for a in anchor_at) <= 3:
            return FoundFacts(kind, [fact], [fact.value], fact.subject)
    return None


def _actor_clause(fact: Fact, qualifiers: list[str]) -> str:
    """The part of the fact's sentence that names its actor, where that part says how old or when
    ("Als Achtjährige wird Lara von X gespielt, die erwachsene Lara verkörpert Y"); else the sentence."""
    for clause in re.split(r",\s+|;\s*|\s[–—]\s", fact.sentence):
        if fact.value in clause:
            return clause if any(_states_qualifiers([q], clause) for q in qualifiers) else fact.sentence
    return fact.sentence


def _states_qualifiers(qualifiers: list[str], sentence: str) -> bool:
    words = fold(sentence).split()
    return all(
        any(w.startswith(QUALIFIERS[q]) for w in words) or (q == "american" and US.search(sentence))
        for q in qualifiers
    )


def _statements(facts: list[Fact], values: list[str]) -> list[Fact]:
    """One fact per sentence that states a value, info line and prose alike, at most two."""
    seen: set[tuple[str, int]] = set()
    kept = []
    for fact in facts:
        if fact.value in values and (fact.source, fact.start) not in seen:
            seen.add((fact.source, fact.start))
            kept.append(fact)
    return kept[:2]


def _overlap(terms: list[str], sentence: str) -> int:
    words = set(fold(sentence).split())
    return sum(1 for term in terms if len(term) > 3 and any(w.startswith(term[:6]) for w in words))


_IN_CINEMAS = re.compile(rf"{CINEMA_RELEASE.pattern}|\breleased\b", re.I)  # "released on 4 April"


def _specificity(fact: Fact) -> int:
    """A full date says more than a month, a month more than a year."""
    return len(re.findall(r"\d+|[^\W\d]{3,}", fact.value)) if fact.kind == "release" else 0


def crew_member(role: str, scope: FilmScope, catalogue: FilmCatalogue) -> str:
    """The person the scoped film's catalogue names for a crew job ("" if none, or several films)."""
    if len(scope.films) != 1:
        return ""
    names = [f.value for f in catalogue.facts if f.kind == role and f.film == scope.films[0]]
    return max(names, key=lambda name: len(name.split()), default="")  # "Walter Kern" over "Kern"


def about_relative(
    analysis: QuestionAnalysis, scope: FilmScope, catalogue: FilmCatalogue, chunks: Mapping[str, list[Chunk]]
) -> QuestionAnalysis | None:
    """The analysis turned to the relative it asks about ("Lolas Vater", "Joh Fredersen's son"):
    the relative, found through the sentence that names him, becomes the anchor. None when no
    sentence names him."""
    asked = dataclasses.replace(analysis, anchors=analysis.anchors or analysis.context)
    relative = relative_of(asked, scope, catalogue, chunks)
    if relative is None:
        return None
    return dataclasses.replace(analysis, anchors=[fold(relative)], relation="")


def _names_as_a_work(work: str, question: str) -> bool:
    """Whether the question names a title as a work ("in Funny Games", "„Funny Games“"), not a
    word an article happened to quote ("mocks the Führer")."""
    quoted = re.escape(work.strip(' „“"*'))
    before = r"\b(?:in|im|aus|from|of|for|für|von)\s+(?:the\s+|dem\s+|der\s+)?[„“\"*]?"
    return bool(re.search(rf"{before}{quoted}|[„“\"*]{quoted}", question, re.I))


def relative_of(
    analysis: QuestionAnalysis, scope: FilmScope, catalogue: FilmCatalogue, chunks: Mapping[str, list[Chunk]]
) -> str | None:
    """The character the question names by relation ("die Mutter von Alex", "his daughter"):
    a sentence with the relation word right before a name, and the anchor when there is one."""
    forms = RELATIONS[analysis.relation]
    last_sentences: list[str] = []
    last_source = ""
    for chunk in _scoped_chunks(scope, chunks):
        if chunk.source != last_source:
            last_sentences, last_source = [], chunk.source
        for span in split_sentences(chunk.text):
            sentence, previous = chunk.text[span.start : span.end], " ".join(last_sentences[-2:])
            last_sentences.append(sentence)
            folded = fold(sentence)
            if not any(f" {form}" in f" {folded}" for form in forms):
                continue
            # "Herrscher ist Joh Fredersen. Sein Sohn Freder …": the pronoun refers back a sentence or
            # two ("… Titta, played by X. The real engine is his family. As his mother Miranda, …").
            before_words = fold(previous).split()  # "Lolas Lauf …": a genitive names her too
            earlier = set(before_words) | {w[:-1] for w in before_words if w.endswith("s")}
            refers_back = _POSSESSIVE_RELATIVE.search(folded) and names_any(earlier, analysis.anchors)
            words = set(folded.split())
            words |= {w[:-1] for w in words if w.endswith("s")}  # "Marias Mutter" names Maria
            if analysis.anchors and not names_any(words, analysis.anchors) and not refers_back:
                continue
            for name in find_names(sentence):
                known = fold(name.text) in catalogue.people or fold(name.text) in catalogue.character_names
                if not (name.tokens >= 2 or known) or fold(name.text) in RELATION_WORDS:
                    continue  # "mit Vater und Mutter": a relation word is nobody's name
                window = sentence[max(0, name.start - 40) : name.start]
                before = fold(window).split()[-3:]
                related = (
                    any(word in forms for word in before)
                    and not _NEXT_PART.search(_after_relation(window, forms))
                ) or fold(name.descriptor) in forms
                owner = re.search(  # "Marias Mutter wird von X gespielt": Maria's mother, not Hermann's
                    r"([A-ZÄÖÜ][\w\-]+?)(?:['’]s|s)\s+(?:[\w\-]+\s+){0,3}$",
                    sentence[max(0, name.start - 40) : name.start],
                )
                anchor_words = {
                    w for a in analysis.anchors for word in a.split() for w in (word, word.rstrip("s"))
                }
                if related and owner and analysis.anchors and fold(owner.group(1)) not in anchor_words:
                    related = False
                described = _DESCRIBED_AFTER_NAME.match(sentence, name.end)  # "Miguel: Tenochs Vater, …"
                if (
                    not related
                    and described
                    and any(word in forms for word in fold(described.group("relation")).split())
                    and fold(described.group("owner")) in anchor_words | {w + "s" for w in anchor_words}
                ):
                    related = True
                if related and not any(same_name(anchor, name.text) for anchor in analysis.anchors):
                    return name.text
    if any(len(anchor.split()) > 1 for anchor in analysis.anchors):
        # "Jack Reeds Bruder" where the article says "Jack's brother Danny": the first name (a family
        # shares the surname: Hermann Braun's mother is not Maria Braun's)
        parts = [anchor.split()[0] for anchor in analysis.anchors if len(anchor.split()[0]) > 2]
        found = relative_of(dataclasses.replace(analysis, anchors=parts), scope, catalogue, chunks)
        if found is not None:
            return found
    return _inverse_relative(analysis, scope, catalogue, chunks)


# "the actor who plays Alex Kerner", "die Darstellerin der Lara": a person named by their role.
_PERFORMER_OF = re.compile(
    r"\b(?:the|an?)\s+(?:actor|actress|performer)\s+(?:who|that)\s+(?:plays|played|portrays|portrayed|"
    r"voices|voiced)\s+(?P<en>[A-ZÄÖÜ][\w\-]*(?:\s+[A-ZÄÖÜ][\w\-]*){0,2})|"
    r"\b(?i:der|die|den|dem|des)\s+(?:Darsteller\w*|Schauspieler\w*|Hauptdarsteller\w*)\s+"
    r"(?:(?i:von|des|der)\s+)?(?P<de>[A-ZÄÖÜ][\w\-]*(?:\s+[A-ZÄÖÜ][\w\-]*){0,2})"
)


def with_performer_named(question: str, catalogue: FilmCatalogue) -> str:
    """The question with "the actor who plays X" replaced by the actor the catalogue names, so
    "Where was the actor who plays Alex Kerner born?" asks where Daniel Brühl was born."""
    match = _PERFORMER_OF.search(question)
    if not match:
        return question
    role = match.group("en") or match.group("de")
    actors = {
        fact.value
        for fact in catalogue.facts
        if fact.kind == "cast" and same_name(role, fact.subject) and fact.value != fact.subject
    }
    if len(actors) != 1:
        return question  # unknown or ambiguous: the question stays as asked
    return f"{question[: match.start()]}{actors.pop()}{question[match.end() :]}"


def _relative_phrase(analysis: QuestionAnalysis, language: str) -> str:
    """ "Lolas Vater" / "Hanne Kolb's father", in the question's own words."""
    words = re.findall(r"[^\W\d_][\w\-]*", re.sub(r"['’]s?\b", "", analysis.text))
    relation = next((w for w in words if fold(w) in RELATIONS[analysis.relation]), "")
    folded = [fold(w) for w in words]
    owner = ""
    for name in [*analysis.anchors, *analysis.context]:
        wanted = name.split()
        for at in range(len(words) - len(wanted) + 1):
            run = folded[at : at + len(wanted)]
            if run[:-1] == wanted[:-1] and run[-1] in (wanted[-1], wanted[-1] + "s"):
                owner = " ".join(words[at : at + len(wanted)])
                owner = owner[:-1] if run[-1] != wanted[-1] else owner  # "Lolas" -> "Lola"
                break
        if owner:
            break
    kept = list(itertools.takewhile(lambda w: fold(w) not in RELATIONS[analysis.relation], owner.split()))
    if kept and kept != owner.split():  # the anchor "Emmis Tochter" holds the relation: Emmi is whose
        owner = " ".join(kept)
        owner = owner[:-1] if owner.endswith("s") and fold(owner[:-1]) else owner
    if not relation or not owner:
        return ""
    if language == "de":
        return f"{owner}' {relation}" if owner[-1:] in "sxzß" else f"{owner}s {relation}"
    return f"{owner}'s {relation.lower()}"


# "Alex' Mutter" is stated the other way round: "Christiane … Als sie sieht, wie ihr Sohn Alex …".
# The possessive's gender tells mother from father, wife from husband.
_CHILD = r"sohn|sohnes|tochter|kind|kinder|kindern|son|daughter|child|children"
_INVERSE: dict[str, tuple[str, str]] = {
    "mother": (r"ihr|ihre|ihren|ihrem|ihrer|her", _CHILD),
    "father": (r"sein|seine|seinen|seinem|seiner|his", _CHILD),
    "wife": (r"ihr|ihren|ihrem|her", r"mann|ehemann|husband"),
    "husband": (r"sein|seine|seiner|his", r"frau|ehefrau|wife"),
}


def _inverse_relative(
    analysis: QuestionAnalysis, scope: FilmScope, catalogue: FilmCatalogue, chunks: Mapping[str, list[Chunk]]
) -> str | None:
    """The character whose child (or spouse) the anchor is called: the cast member named before
    the possessive in the same sentence, or first in the sentence before."""
    if analysis.relation not in _INVERSE or not analysis.anchors:
        return None
    owner_words, relative_words = _INVERSE[analysis.relation]
    possessive = re.compile(rf"\b(?:{owner_words})\s+(?:{relative_words})\s+(?P<name>\w+(?:\s+\w+)?)")
    cast = {fold(f.subject) for f in catalogue.facts if f.kind == "cast"} | catalogue.people
    previous, source = "", ""
    for chunk in _scoped_chunks(scope, chunks):
        previous = previous if chunk.source == source else ""
        source = chunk.source
        for span in split_sentences(chunk.text):
            sentence = chunk.text[span.start : span.end]
            for match in possessive.finditer(fold(sentence)):
                if not names_any(set(match.group("name").split()), analysis.anchors):
                    continue
                before = [n.text for n in find_names(sentence)]
                for name in [*before, *(n.text for n in find_names(previous))]:
                    known = fold(name) in cast or any(fold(name) == c.split()[0] for c in cast if c)
                    if known and not names_any(set(fold(name).split()), analysis.anchors):
                        return name
            previous = sentence
    return None


_TIME_WORDS = frozenset(
    "im in in der den dem des the of a an am um zur zu during während early late mid frühen späten "
    "jahr jahre jahren year years jahrhundert century decade jahrzehnt sommer summer herbst autumn fall "
    "winter frühling frühjahr spring anfang ende mitte beginning end middle kurz nach vor after before "
    "shortly just januar january februar february märz march april mai may juni june juli july august "
    "september oktober october november dezember december".split()
)


def _only_time(value: str) -> bool:
    """ "im Herbst 1976", "in the late 1990s": a time, no place."""
    words = re.findall(r"[^\W\d]+", value.lower())
    return all(w in _TIME_WORDS or w in ("er", "s") for w in words)  # "1990er", "1990s"


_TIME = re.compile(r"\b(?:1\d\d\d|20\d\d)(?:s|er)?\b|\b\d0(?:er|s)\b|jahrhundert|century|krieg|\bwar\b", re.I)
_NEXT_PART = re.compile(r"[,;]|\b(?:and|und|or|oder)\b", re.I)  # "…'s son, and Michael O'Keefe": not the son


def _after_relation(window: str, forms: Collection[str]) -> str:
    """The text between the last relation word of a window and its end (the name after it)."""
    last = None
    for word in re.finditer(r"[^\W\d_][\w\-]*", window):
        if fold(word.group()) in forms:
            last = word
    return window[last.end() :] if last else ""


_DESCRIBED_AFTER_NAME = re.compile(  # "T.J., Ray's fifteen-year-old son": a word or two may describe him
    r"\.?\s*[:,–—-]\s+(?P<owner>[A-ZÄÖÜ][\w\-]*?)(?:['’]s?|s)?\s+(?P<relation>(?:[\w\-]+\s+){0,2}[\w\-]+)"
)
_POSSESSIVE_RELATIVE = re.compile(
    rf"\b(sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|his|her|their)\s+({RELATION_PATTERN})\b"
)


# All a question may hold besides the film's title to ask for its cast as a whole.
_CAST_LIST_WORDS = frozenset(
    "who wer which welche welcher actors actor actresses schauspieler schauspielerinnen darsteller "
    "darstellerinnen cast besetzung starred stars starring star plays play played spielt spielen spielten "
    "spielte mit mitgespielt acts acted appears appear appeared zu sehen is are was were ist sind war waren "
    "in im the der die das dem den des film movie of von zur gehort gehoren belongs belong to hauptrolle "
    "hauptrollen lead leads main role roles rolle rollen hauptdarsteller hauptdarstellerin".split()
)
CAST_LIST_SIZE = 6  # names in a cast answer: the first the articles list, as credits do


def _cast_list(analysis: QuestionAnalysis, catalogue: FilmCatalogue, facts: list[Fact]) -> FoundFacts | None:
    """The film's cast, for a question that asks for nothing narrower ("Wer spielt in X mit?")."""
    words = f" {fold(analysis.text)} "
    for film in analysis.films:
        for form in catalogue.films[film].forms if film in catalogue.films else [fold(film)]:
            words = words.replace(f" {form} ", " ")
    if not set(words.split()) <= _CAST_LIST_WORDS:
        return None
    first: dict[tuple[str, str], Fact] = {}  # each actor and role once, where the articles first state it
    for fact in facts:
        if fact.kind == "cast" and fact.subject and fact.value:
            first.setdefault((fact.value, _strip_role_article(fact.subject)), fact)
    pairs = list(first)[:CAST_LIST_SIZE]
    if not pairs:
        return None
    return FoundFacts(
        "cast_list", [first[pair] for pair in pairs], [f"{actor} ({role})" for actor, role in pairs]
    )


def _strip_role_article(role: str) -> str:
    return re.sub(r"^(?:der|die|das|the)\s+", "", role, flags=re.I)


def _scoped_chunks(scope: FilmScope, chunks: Mapping[str, list[Chunk]]) -> list[Chunk]:
    sources = scope.sources if scope.sources is not None else sorted(chunks)
    return [chunk for source in sources for chunk in chunks.get(source, [])]


_OWNED_ROLE = re.compile(rf"^(?P<owner>.+?)(?:{OWNER_MARK.pattern})\s+(?P<role>\S.*)$")  # "Agnes' Schwester"


def _owner_only(anchor: str, character: str) -> bool:
    """Whether the anchor names only the owner of a described role: "Lucia's friend" is not Lucia."""
    owned = _OWNED_ROLE.match(character)
    return bool(owned) and same_name(anchor, owned["owner"]) and not same_name(anchor, owned["role"])


def _owner_asked(question: str) -> frozenset[str]:
    """The terms of whose a described role is: "den Kommandanten des britischen Zerstörers"."""
    role = _DESCRIBED_ROLE.search(question)
    whose = _OWNER_OF_ROLE.match(question, role.end()) if role else None
    return frozenset(lexical_terms(whose.group("owner"))) if whose else frozenset()


def _cast(
    kind: str, anchors: list[str], facts: list[Fact], owner: frozenset[str] = frozenset()
) -> FoundFacts | None:
    """The cast facts naming an anchor on one side; the answer is the other side. `owner`: whose
    the role is, when the question says so; a role found by its noun alone must say it too."""
    for anchor in anchors:
        found: list[tuple[Fact, str, str]] = []
        for fact in facts:
            if fact.kind != "cast":
                continue
            on_character = same_name(anchor, fact.subject) and not _owner_only(anchor, fact.subject)
            on_actor = same_name(anchor, fact.value)
            if on_character and on_actor:  # "Sibel" is Sibel Güner, played by Sibel Kekilli
                on_character, on_actor = kind == "who_plays", kind == "role_of"
            if on_character:
                found.append((fact, fact.value, fact.subject))
            elif on_actor:
                found.append((fact, fact.subject, fact.value))
        if not found and kind == "who_plays" and owner:
            continue  # "den Kommandanten des britischen Zerstörers": not any Kommandant
        if not found and kind == "who_plays":
            # "den Pfarrer" for "In der Rolle des Pfarrers: X": the same noun in another case
            asked_stems = {word_stem(w) for w in fold(anchor).split()}
            found = [
                (fact, fact.value, fact.subject)
                for fact in facts
                if fact.kind == "cast"
                and not _owner_only(anchor, fact.subject)
                and asked_stems <= {word_stem(w) for w in fold(fact.subject).split()[-len(asked_stems) :]}
            ]  # the role's last words: "Emils Tochter Clara" is no Emil
        if not found and kind == "who_plays":
            # "den Kommandanten" in a cast line "Jürgen Prochnow: Der Alte, Kapitänleutnant und
            # Kommandant": the role's description names the character too.
            asked_stems = {word_stem(w) for w in fold(anchor).split()}
            for fact in facts:
                if fact.kind == "cast" and fact.detail in LIST_DETAILS:
                    # of a line listing several ("Paula ~ X ‖ Paul ~ Y"), the part naming this role
                    parts = re.split(r"\s(?:[·•‖|;]|//)\s", fact.sentence)
                    own = re.compile(rf"(?<!\w){re.escape(fact.subject)}(?!\w)")
                    part = next((p for p in parts if own.search(p)), fact.sentence)
                    described = {word_stem(w) for w in fold(part).split()}
                    described -= {word_stem(w) for w in fold(fact.value).split()}
                    if asked_stems <= described:
                        found.append((fact, fact.value, fact.subject))
        if found:
            # Prefer the name that holds every word asked ("Oskar Brandt", not "Alfred Brandt"
            # through the shared surname), then the pairing most facts agree on.
            counts: dict[str, int] = {}
            for _, value, _ in found:
                counts[value] = counts.get(value, 0) + 1
            asked_words = set(fold(anchor).split()) - PARTICLES
            fact, value, asked = max(
                found,
                key=lambda item: (
                    asked_words <= set(fold(item[2]).split()),
                    counts[item[1]],
                    len(item[1].split()),
                ),
            )
            # A second statement of the same pairing is cited too: a cast line and the sentence about it.
            same = [  # "Darryl Kerrigan (Michael Caton)" and "Michael Caton plays Darryl …"
                f for f, v, a in found if v == value and same_name(a, asked) and f.sentence != fact.sentence
            ]
            return FoundFacts(kind, [fact, *same[:1]], [value], _from_anchor(asked, anchor))
    return None


# "Who plays the old projectionist …", "Wer spielt den erfolglosen Dramatiker …": a character asked
# for by what the article calls them. English nouns are lower case; German ones capitalised.
_DESCRIBED_ROLE = re.compile(
    r"\b(?:plays|played|portrays|portrayed|voices|voiced)\s+(?:the|a|an|[A-Z][\w\-]*['’]s?)\s+(?:[a-z\-]+\s+){0,2}?"
    r"(?P<en>[a-z\-]{3,})(?=\s+(?:in|of|from|who|that|whose)\b|\s*[,?!.]|\s*$)|"
    r"\b(?:spielt|spielte|verkörpert|verkörperte|spricht|sprach|gibt)\s+(?:den|die|das|dem|[A-ZÄÖÜ][\w\-]*s)\s+"
    r"(?:[a-zäöüß\-]+\s+){0,2}(?P<de>[A-ZÄÖÜ][a-zäöüß\-]{2,})\b"
    r"(?!\s+(?!(?:In|Im|Aus|Bei|Von|Vom)\b)[A-ZÄÖÜÀ-Þ])"  # "die erste Frau Yuru": a name, not a description
)
POSSESSIVE = POSSESSIVE_END  # "the teacher's daughter" is not the teacher
# Whose the described role is: "den Kommandanten des britischen Zerstörers", "the captain of the ship"
_OWNER_OF_ROLE = re.compile(
    r"\s+(?:des|der|of\s+the|of)\s+(?:[a-zäöüß\-]+\s+){0,2}(?P<owner>[A-Za-zÄÖÜäöüß\-]{3,})", re.I
)
_DESCRIPTION_WINDOW = 5  # words before (and after) a character's name that may describe them


_CAPITAL_RUN = re.compile(r"[A-ZÄÖÜ][\w\-]+(?:\s+(?:(?:of|the|and|der|die|das|von)\s+)*[A-ZÄÖÜ][\w\-]+)+")


def _fitting(question: str, catalogue: FilmCatalogue, facts: list[Fact]) -> list[Fact]:
    """The facts of the one film whose text alone holds a name the question uses besides the role it
    describes: "das Mädchen, das die Shibatas mitnehmen" is no girl of another film."""
    runs = {w for run in _CAPITAL_RUN.findall(question) for w in fold(run).split()}  # titles, full names
    words = {fold(w) for w in re.findall(r"[A-ZÄÖÜ][\w\-]+", question)[1:]}
    words = {w for w in words if w not in runs and w not in catalogue.film_words and w not in STOPWORDS}
    implied = set()
    for word in words:  # a name only one film's text holds says which film
        holders = [film for film, names in catalogue.names.items() if film and word in names]
        if len(holders) == 1:
            implied.add(holders[0])
    if len(implied) != 1:
        return facts
    return [f for f in facts if f.film in implied]


@dataclass(frozen=True)
class DescribedRole:
    """A role the question asks for by what it is ("the old fisherman"): the noun's forms in both
    languages (through the glossary), and how an answer names the role."""

    forms: frozenset[str]
    said: str


_NOMINATIVE = {"den": "Der", "dem": "Der", "die": "Die", "das": "Das"}


def described_role(question: str) -> DescribedRole | None:
    """ "Who plays the old fisherman?", "Wer spielt die Lehrerin?": the noun that describes the role."""
    from assistant.glossary import equivalents

    match = _DESCRIBED_ROLE.search(question)
    if not match:
        return None
    noun = match.group("en") or match.group("de")
    forms = frozenset(form for stem in lexical_terms(noun) for form in equivalents(stem))
    if match.group("en"):
        return DescribedRole(forms, noun)
    determiner = match.group().split()[1].lower()
    return DescribedRole(forms, f"{_NOMINATIVE.get(determiner, 'Die Rolle')} {noun}")


def _cast_by_description(
    question: str, facts: list[Fact], chunks: Mapping[str, list[Chunk]] | None = None
) -> FoundFacts | None:
    """The one character whose cast statement, or the words around their name in it, call them
    what the question does; in either language, through the glossary. Failing that, the one
    character another sentence of the article describes so ("Die junge Lehrerin Clara …")."""
    role = described_role(question)
    if role is None:
        return None
    wanted = role.forms
    found: dict[str, Fact] = {}
    for fact in facts:
        if fact.kind != "cast" or fold(fact.value) == fold(fact.subject):
            continue
        actor = set(fold(fact.value).split())
        # "Ben (Paul Roth) is an old fisherman": the actor's name takes no room of the window
        words = [w for w in fold(fact.sentence).split() if w not in actor]
        subject = fold(fact.subject).split()
        at = next((i for i in range(len(words)) if words[i : i + len(subject)] == subject), None)
        if fact.detail in LIST_DETAILS or at is None:
            window = words
        else:
            low, high = max(0, at - _DESCRIPTION_WINDOW), at + len(subject) + _DESCRIPTION_WINDOW
            after = at + len(subject)
            if words[after : after + 1] in (["des"], ["der"], ["of"]):
                high = after  # "die Tochter des Lehrers", "the daughter of the teacher": his, not her
            window = [w for w in words[low:at] if not POSSESSIVE.search(w)] + [
                w for i, w in enumerate(words[at:high], at) if words[i + 1 : i + 2] != ["s"]
            ]  # "Lucia, a trucker's daughter": the trucker owns the role, he is not it
        if wanted & set(lexical_terms(" ".join(window))):
            found.setdefault(fold(fact.subject), fact)
    if not found and chunks:
        found = _described_elsewhere(wanted, facts, chunks)
    if len(found) != 1:
        return None  # nobody, or several: not a guess
    fact = next(iter(found.values()))
    # "Dramatiker Georg Dreyman" asked as "the playwright": said as "Georg Dreyman".
    parts = fact.subject.split(" / ")  # "Faun / Pale Man" asked as "the faun"
    subject = next((p for p in parts if any(len(f) >= 3 and f in fold(p) for f in wanted)), fact.subject)
    words = subject.split()
    while len(words) > 1 and any(len(form) >= 4 and form in fold(words[0]) for form in wanted):
        words = words[1:]
    return FoundFacts("who_plays", [fact], [fact.value], " ".join(words))


def _described_elsewhere(
    wanted: frozenset[str], facts: list[Fact], chunks: Mapping[str, list[Chunk]]
) -> dict[str, Fact]:
    """Cast facts whose character another sentence of their article calls by a wanted noun, right
    before the name or in an apposition after it: "Die junge Lehrerin Clara …", "Clara, a teacher"."""
    found: dict[str, Fact] = {}
    cast = [f for f in facts if f.kind == "cast" and fold(f.value) != fold(f.subject)]
    for source in sorted({f.source for f in cast}):
        text = " ".join(chunk.text for chunk in chunks.get(source, []))
        for fact in (f for f in cast if f.source == source):
            # "Nina Hoss (Greta Lind)" may stand either way round in a fact: both sides may be the role.
            for character, actor in ((fact.subject, fact.value), (fact.value, fact.subject)):
                if _calls(text, character.split(" / ")[0].split()[0], wanted):
                    found.setdefault(
                        fold(character), dataclasses.replace(fact, subject=character, value=actor)
                    )
                    break
    return found


def _calls(text: str, name: str, wanted: frozenset[str]) -> bool:
    """Whether `text` puts a wanted noun right before `name` or in an apposition after it."""
    name = re.escape(name)
    before = re.compile(rf"\b{_DETERMINER}\s+(?:[a-zäöüß\-]+\s+){{0,2}}(?P<noun>[\w\-]+)\s+{name}\b", re.I)
    after = re.compile(
        rf"\b{name}\b[\w\- ]{{0,30}},\s+{_DETERMINER}\s+(?:[a-zäöüß\-]+\s+){{0,2}}"
        r"(?P<noun>[\w\-]+)(?![\w\-]|['’]s\b)"
    )  # "Lucia, a trucker's daughter" calls her no trucker
    nouns = [m.group("noun") for pattern in (before, after) for m in pattern.finditer(text)]
    return any(wanted & set(lexical_terms(noun)) for noun in nouns)


_DETERMINER = r"(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|the|a|an|his|her|their|sein\w*|ihr\w*)"


def _from_anchor(name: str, anchor: str) -> str:
    """The name from the first word the question used: "Stasi-Hauptmann Gerd Wiesler" asked as
    "Wiesler" or "Gerd Wiesler" is said as "Gerd Wiesler", without the article's title for him."""
    asked = set(fold(anchor).split())
    parts = name.split(" / ")  # "Faun / Pale Man" asked as "the faun": the faun
    name = next((part for part in parts if set(fold(part).split()) & asked), name) if len(parts) > 1 else name
    words = name.split()
    first = next((i for i, word in enumerate(words) if set(fold(word).split()) & asked), 0)
    return " ".join(words[first:]) if first < len(words) else name


def chunk_for(fact: Fact, chunks: list[Chunk]) -> Chunk | None:
    """The indexed passage that holds the fact's sentence. A heading is no passage: its fact
    ("Kameramann X im Gespräch") is cited by the first passage after it that names the person."""
    for chunk in chunks:
        if chunk.source == fact.source and chunk.start <= fact.start < chunk.end:
            return chunk
    if fact.kind not in (*CREW_KINDS, "cast") or not fold(fact.value).split():
        return None
    surname = fold(fact.value).split()[-1]
    return next(
        (
            chunk
            for chunk in chunks
            if chunk.source == fact.source
            and chunk.start > fact.start
            and surname in fold(chunk.text).split()
        ),
        None,
    )


# --- who someone is: the words an article uses to describe a person or character ---------------


@dataclass(frozen=True)
class Description:
    """The phrase that describes the anchor, and the passage it stands in."""

    name: str
    phrase: str
    chunk: Chunk


def describe(
    analysis: QuestionAnalysis,
    scope: FilmScope,
    chunks: Mapping[str, list[Chunk]],
    is_name: NameTest = no_names,
) -> Description | None:
    """For "who is X", "what does X do", "where is X from": the article's own words about X —
    a title before the name ("der französischen Sängerin X"), an apposition ("X, a French
    trapeze artist"), or "X is / works as / was born in …"."""
    if not analysis.anchors:
        return None
    turns = [t for t in _TIME_TURNS if analysis.kind == "person_job" and t.search(analysis.text)]
    best: tuple[int, int, int, Description] | None = None
    previous: list[Name] = []
    source = ""
    for order, chunk in enumerate(_scoped_chunks(scope, chunks)):
        previous, source = (previous if chunk.source == source else []), chunk.source
        for span in split_sentences(chunk.text):
            sentence = chunk.text[span.start : span.end]
            names = find_names(sentence)
            before, previous = previous, names
            speaker = _FIRST_PERSON.match(sentence)
            interviewee = _interviewee(analysis.anchors, chunk, chunks) if speaker else None
            if speaker and interviewee:  # "A: I was born in Karlsruhe": "I" is the one interviewed
                names = [Name(interviewee, speaker.start("i"), speaker.end("i")), *names]
                quoted_speaker = names[0]
            inverted = _INVERTED_PRONOUN.match(sentence)
            if inverted:  # "Ursprünglich war sie Fotografin": read as "Sie war ursprünglich Fotografin"
                sentence = (
                    f"{inverted['pronoun'].capitalize()} {inverted['verb']} {inverted['adverb'].lower()} "
                    f"{sentence[inverted.end() :]}"
                )
            pronoun = _SUBJECT_PRONOUN.match(sentence)
            if pronoun:  # "Wilder's own story … He was born in 1906 in Sucha"
                owners = [re.sub(r"['’]s?$", "", n.text) for n in before if n.tokens]
                if len({o for o in owners if len(o.split()) >= 2}) == 1:  # one person beside places
                    owners = [o for o in owners if len(o.split()) >= 2]
                named = [n for n in owners if any(same_name(a, n) for a in analysis.anchors)]
                if named and len(set(owners)) == 1:
                    names = [Name(named[0], 0, pronoun.end()), *names]
            for name in names:
                if not any(same_name(anchor, name.text) for anchor in analysis.anchors):
                    continue
                phrase = _phrase_about(sentence, name, analysis.kind, bool(_ASKS_BIRTH.search(analysis.text)))
                if not phrase:
                    continue
                if speaker and interviewee and name is quoted_speaker:  # quoted as said, with who said it
                    phrase = phrase.replace(name.text, f"{name.text}: {speaker.group('i')}", 1)
                score = 1
                if analysis.kind in ("person_origin", "person_job"):
                    language = detect_language(chunk.text)
                    stated = states_asked(analysis.kind, phrase, language, is_name, analysis.text)
                    score = 3 if stated else 1
                elif analysis.kind == "who_is":
                    score = 2
                # "What job does X end up with after …?": the sentence that also marks a time
                turn = int(any(t.search(sentence) for t in turns))
                if analysis.kind == "person_origin" and _ASKS_GROWING_UP.search(analysis.text):
                    turn = int(bool(_ASKS_GROWING_UP.search(phrase)))  # "Wo ist X aufgewachsen?"
                candidate = (score, turn, -order, Description(name.text, phrase, chunk))
                if best is None or candidate[:3] > best[:3]:
                    best = candidate
    if best is None or best[0] < 2:
        return None
    return best[3]


# A job at one time of a life, earlier or later: "before she became an actress", "nach der Wende".
_TIME_TURNS = (
    re.compile(
        r"\b(before|formerly|previously|former|originally|at first|first|bevor|vorher|zuvor|früher|einst|"
        r"ehemalig\w*|ursprünglich|zunächst)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(after|later|eventually|end(?:s|ed)? up|nowadays|today|nach|später|heute|inzwischen|"
        r"schließlich)\b",
        re.IGNORECASE,
    ),
)
# "Where was X born?" asks for a birthplace: "an actress from Czechoslovakia" does not give one.
_ASKS_BIRTH = re.compile(r"\b(born|geboren|geburtsort|birthplace|place of birth|birth)\b", re.I)
_ASKS_GROWING_UP = re.compile(
    r"\b(grow up|grew up|raised|aufgewachsen|aufgewachsen|wuchs|kindheit|childhood)\b", re.I
)
_STATES_BIRTH = re.compile(r"\b(born|geboren\w*|geburtsort|birthplace|birth|geburt|native of)\b", re.I)


def states_asked(
    kind: str, text: str, language: str, is_name: NameTest = no_names, question: str = ""
) -> bool:
    """Whether `text` gives what a "where from" or "what job" question asks: a nationality or
    place of birth, a profession. "eine überzeugte Sozialistin" is neither."""
    if kind == "person_origin" and _ASKS_BIRTH.search(question) and not _STATES_BIRTH.search(text):
        return False
    if (  # "Wo ist X aufgewachsen?": a birthplace alone does not say where she grew up
        kind == "person_origin"
        and _ASKS_GROWING_UP.search(question)
        and _STATES_BIRTH.search(text)
        and not _ASKS_GROWING_UP.search(text)
    ):
        return False
    if kind == "person_origin":
        # "from Graz" says where from; "separated from Sophie's mother" does not: no name of a person.
        places = [
            m
            for m in _BORN_OR_FROM.finditer(text)
            if not (m.group("place") and is_name(m.group("place").lower()))
        ]
        return bool(places) or states(text, language, "nation", is_name)
    return bool(_WORKS_AS.search(text)) or states(text, language, "job", is_name)


def describing_passages(
    analysis: QuestionAnalysis,
    passages: list[Passage],
    is_name: NameTest = no_names,
    titles: frozenset[str] = frozenset(),
) -> list[Passage]:
    """Passages with a sentence that names the person asked about and states the asked origin
    or job: only those may be quoted for such a question. A film title ("Lola rennt
    (Deutschland 1998)") does not name its hero."""
    kept = []
    for passage in passages:
        text = passage.chunk.text
        language = detect_language(text)
        # "Curt Bois …. Bois, 1901 in Berlin geboren, …": the surname names him, once named in full
        named_before = False
        surnames = [anchor.split()[-1] for anchor in analysis.anchors if len(anchor.split()) >= 2]
        for span in split_sentences(text):
            sentence = text[span.start : span.end]
            plain = f" {fold(sentence)} "
            for title in titles:
                plain = plain.replace(f" {title} ", " ")
            words = set(plain.split())
            named = names_any(words, analysis.anchors)
            named_before = named_before or named
            named = named or (named_before and any(len(s) > 3 and s in words for s in surnames))
            if named and states_asked(
                analysis.kind, _near_anchor(sentence, analysis.anchors), language, is_name, analysis.text
            ):
                kept.append(passage)
                break
    return kept


NEAR_WORDS = 12  # "an actress from Czechoslovakia" is near the name; "the Turkish coast" 17 words off is not


def _near_anchor(sentence: str, anchors: list[str]) -> str:
    """The words of `sentence` within a few words of where it names one of `anchors`."""
    words = sentence.split()
    folded = [fold(word) for word in words]
    asked = {word for anchor in anchors for word in fold(anchor).split()}
    spots = [i for i, word in enumerate(folded) if set(word.split()) & asked]
    if not spots:
        return sentence
    return " ".join(words[max(0, min(spots) - NEAR_WORDS) : max(spots) + NEAR_WORDS + 1])


# "born in", "aus Graz", "in Danzig geborene", "Vienna-born"
_BORN_OR_FROM = re.compile(
    r"\b((?i:born) in|geboren in|stammt aus|stammen aus|comes from|came from|kommt aus|native of|"
    r"grew up in|raised in|wuchs .{0,30}auf|aufgewachsen in|gebürtig\w*)\b|"
    r"\b(aus|from) (?:dem |der |the )?(?P<place>[A-ZÄÖÜ][\w\-]+)|"
    r"\b(?i:born|geboren)\b[^.;,()]{0,25}?\b(?:in|im) [A-ZÄÖÜ]|"  # "born 1980 in Graz", "geboren am … in"
    r"\b[A-ZÄÖÜ][\w\-]+ native\b|"  # "a Graz native"
    r"\b(?:in|im) [A-ZÄÖÜ][\w\-]+(?: [A-ZÄÖÜ][\w\-]+)? (?:geboren|aufgewachsen)\w*|\b[A-Z][\w\-]*-born\b"
)
_WORKS_AS = re.compile(
    r"\b((?:works?|worked|working|arbeitet|arbeitete)(?: [a-zäöüß]+){0,2} (?:as|als)|von beruf|by profession|"
    r"job as|arbeit als|stelle als|earns? (his|her|a) living|verdient .{0,30}geld|"
    # "a former rodeo rider", "der ehemalige Lokführer": what someone was, said as a former job
    r"(?:former|one-time|onetime|erstwhile|ehemalige\w*|einstige\w*|frühere\w*)"
    r"(?: [a-z\-]+)? [a-zäöüß\-]*[a-zäöüß])\b",
    re.I,
)


def _whole_words(text: str, start: int, end: int) -> str:
    """`text[start:end]` without a word cut in half at its end ("… screenplays f")."""
    piece = text[start:end]
    cut = end < len(text) and text[end : end + 1] not in ";.!?"
    if cut and text[end : end + 1].isalnum() and " " in piece:
        piece = piece.rsplit(" ", 1)[0]
    if cut and "," in piece[len(piece) // 2 :]:  # "…, a woman who drinks and": back to the last comma
        piece = piece.rsplit(",", 1)[0]
    return piece.strip(" ,")


_FIRST_PERSON = re.compile(
    r"^\s*(?:\*\*)?(?:A|Antwort|Answer)?\s*:?\s*(?:\*\*)?\s*(?P<i>I|Ich)(?=\s+[a-zäöüß])"
)
_SPOKE_TO = re.compile(
    r"\b(?:spoke|talked|speak|talk)\s+(?:to|with)\b|\binterview(?:ed)?\s+(?:with\b)?|\bconversation with\b|"
    r"\b(?:sprachen|sprach|redeten|unterhielten uns)\s+mit\b|\bGespräch mit\b|\bInterview mit\b",
    re.I,
)
_INTERVIEW = re.compile(r"(?:^|\s)(?:\*\*)?(?:Q|F|Frage|Question)\s*:\s")


def _interviewee(anchors: list[str], chunk: Chunk, chunks: Mapping[str, list[Chunk]]) -> str | None:
    """The anchor as written, when the chunk is from an interview (Q:/A: lines) that names the
    anchor before its first question: then the "I" of its answers is the anchor."""
    article = chunks.get(chunk.source, [])
    text = " ".join(c.text for c in article)
    first_question = _INTERVIEW.search(text)
    if not anchors or first_question is None:
        return None
    opening = text[: first_question.start()]
    spoken_to = [
        name
        for cue in _SPOKE_TO.finditer(opening)
        for name in find_names(opening[cue.end() : cue.end() + 60])[:1]
    ]
    if not any(same_name(anchors[0], name.text) for name in spoken_to):
        return None  # the film's cast named in the opening is not who answers
    named = [n.text for n in find_names(opening) if same_name(anchors[0], n.text)]
    return max(named, key=len, default=None)


_SUBJECT_PRONOUN = re.compile(
    r"^(?:He|She|Er|Sie)(?=\s+[a-zäöüß])|^\W*[A-Z][a-z]+(?:\s+[a-z]+)?,\s+(?:he|she)(?=\s+[a-z])"
)
# German puts the verb second: "Ursprünglich war sie Fotografin", "Früher arbeitete er als Koch"
_INVERTED_PRONOUN = re.compile(
    r"^\W*(?P<adverb>[A-ZÄÖÜ][a-zäöüß]+(?:\s+[a-zäöüß]+)?)\s+(?P<verb>war|ist|arbeitete|arbeitet|wurde)\s+"
    r"(?P<pronoun>sie|er)\s+(?=[\wäöüß])"
)
# "…, and he worked as a newspaper reporter": the job, stated later in the sentence.
_WORKED_AS = re.compile(
    r"\b(?:works|worked|working|arbeitet|arbeitete|tätig war|war zuvor|was a|trained as|ausgebildet als|"
    r"earn(?:s|ed)? (?:his|her|their|a) living|"
    r"began as|started as|begann als)\b(?: as| als)?[^;.]{3,80}",
    re.I,
)


def _phrase_about(sentence: str, name, kind: str = "", asks_birth: bool = False) -> str:
    """The words around `name` that say who it is, as they stand in the sentence."""
    # ", played by X," says who plays, not who it is: "Oto, played by Reika Kirishima, is a …"
    after = _PLAYED_BY.sub("", sentence[name.end :], count=1)
    after = _ACTOR_BRACKET.sub("", after, count=1)  # "Ben (Paul Roth) is an old fisherman"
    described = ""
    if name.descriptor:
        before = sentence[: name.start]
        start = max(before.rfind(","), before.rfind(";"), before.rfind("("))
        words = before[start + 1 :].split()[-4:]
        described = " ".join([*words, name.text])
        language = detect_language(sentence)
        asked = {"person_job": "job", "person_origin": "nation"}.get(kind)
        if asked is None or states(described, language, asked):
            return described  # "Ihren Bruder Felix, einen Tischler": the apposition says the job
    fronted = _FRONTED_BIRTH.match(sentence)
    if (
        fronted
        and kind == "person_origin"
        and re.fullmatch(r"[^,;]*(?:,[^,;]*){0,3},\s*", sentence[: name.start])
    ):
        return fronted.group(1).strip()  # "Born in Llanelli in 1927, …, Roberts studied", as written
    inverted = _WORK_VERB_BEFORE.search(sentence[: name.start])
    as_what = re.match(r"\s+(?:als|as)\s+[^,;.]{2,60}", after)
    if not described and inverted and as_what:  # "Nach der Wende arbeitet Ben als Nachtwächter"
        return f"{inverted.group(1)} {name.text}{as_what.group()}"
    return _described_after(sentence, name, after, kind, asks_birth) or described


# A verb of working before the one it is said of (German verb-second order): "… arbeitet Ben als …".
_WORK_VERB_BEFORE = re.compile(r"\b(arbeitet\w*|jobbt\w*|verdingt sich|schuftet\w*)\s+$", re.IGNORECASE)


# "Born in Llanelli in 1927, the daughter of …, Roberts studied": the birth before the one born
_FRONTED_BIRTH = re.compile(
    r"^\W*((?:born|geboren|raised|aufgewachsen)(?:\s+(?:and|und)\s+(?:raised|aufgewachsen))?"
    r"\s+(?:in|im|at|near|bei|on|am)\s+[^,;]{2,60})",
    re.I,
)
# "Jack O'Connell, who grew up in Derby", "von Birgit Minichmayr gespielt, die aus Linz stammt"
_RELATIVE_ABOUT = re.compile(
    r"^(?:\s+(?:gespielt|verkörpert|dargestellt))?,\s+(?:who|der|die|welche[rs]?)\s+"
    r"(?!(?:is|was|wird|wurde)\s+(?:played|gespielt|portrayed|verkörpert))([^,;.]{3,90})",
    re.I,
)


_PREDICATE_VERBS = (
    r"is|was|ist|war|works as|worked as|arbeitet als|arbeitete als|was born|wurde .{0,30}geboren|stammt|"
    r"comes from|lives|lebt|works at|works in|arbeitet in|arbeitet bei|arbeitet im"
)
# "X grew up in Lagos", "X hails from Osaka": where someone is from, read so only when that is asked
_GREW_UP_VERBS = r"grew up|was raised|hails from|wuchs|ist .{0,30}aufgewachsen"


def _described_after(sentence: str, name, after: str, kind: str, asks_birth: bool = False) -> str:
    bracket = re.match(r"^\s*\(([^()]{3,80})\)", after)
    if bracket and kind in ("person_origin", "person_job"):  # "Maria Lenz (geboren 1980 in Graz)"
        return f"{name.text} ({bracket.group(1).strip()})"
    apposition = re.match(  # "Midge Wood, Scottie's former fiancée, a commercial artist who …"
        r"^\)?,\s+((?:[A-ZÄÖÜ][\w\-]*['’]s?\s+[^,;.]{3,60},\s+)?"
        r"(?i:a|an|the|ein|eine|einen|einem|einer|der|die|das|den|dem|ihr\w*|sein\w*|born|geboren|"
        r"by (?:training|profession|trade)|von beruf|im (?:haupt|zivil)?beruf|gelernte\w*|ausgebildete\w*)\b"
        r"[^,;.]{3,90})",
        after,
    )
    # "…, der als Angestellter in einer Bank arbeitet und mit X streitet": the first clause says it.
    clause = (
        re.split(r"\s+(?:und|and|but|aber|doch|while|während)\s+", apposition.group(1))[0]
        if apposition
        else ""
    )
    if (
        clause
        and not any(  # another person named in it; "im Hauptberuf Krankenschwester" names a job
            other.tokens >= 2 and not states(other.text, detect_language(sentence), "job")
            for other in find_names(clause)
        )
        # "Kameramann Ole Dahl, ein Däne": asked his job, an apposition that says none is passed over
        and not (kind == "person_job" and not states_asked(kind, clause, detect_language(sentence)))
    ):
        return f"{name.text}, {clause.strip()}"
    verbs = f"{_PREDICATE_VERBS}|{_GREW_UP_VERBS}" if kind == "person_origin" else _PREDICATE_VERBS
    predicate = re.match(rf"^\s+((?:{verbs})\b[^;.]{{3,90}})", after, re.I)
    worked = _WORKED_AS.search(after) if kind == "person_job" else None
    worked_as = f"{name.text} {_whole_words(after, worked.start(), worked.end())}" if worked else ""
    if (
        worked
        and not (predicate and states(predicate.group(1), detect_language(sentence), "job"))
        # "Ole Dahl arbeitet seit Jahren mit Bühler" says with whom, not as what
        and states_asked(
            kind,
            re.split(r"\s(?:mit|with|für|for|neben|alongside)\s", worked_as)[0],
            detect_language(sentence),
        )
    ):
        return worked_as
    related = _RELATIVE_BEFORE.search(sentence[: name.start])  # "His wife Oto", "Ihr Vater Herbert"
    if predicate:  # "Her aunt Wanda is a judge": who she is to the others, then what she is
        kept = f"{related.group().strip()} " if related else ""
        return f"{kept}{name.text} {_whole_words(after, predicate.start(1), predicate.end(1))}"
    if related:
        return f"{related.group().strip()} {name.text}"
    born = _BORN_BEFORE.search(sentence[: name.start])
    if born:  # "der in Bukarest geborenen Alexandra Maria Lara", "the Vienna-born Billy Wilder"
        return f"{born.group().strip()} {name.text}"
    born = _BORN_BEFORE_JOB.search(sentence[: name.start]) if asks_birth else None
    if born:  # "Where was X born?" and "der in Graz geborene Komponist X": the place, then the job
        return f"{born.group().strip()} {name.text}"
    before = re.split(r"[,;:(]", sentence[: name.start])[-1].split()[-3:]
    described = " ".join(w for w in before if not re.fullmatch(_ARTICLE_WORD, w, re.I))
    language = detect_language(sentence)
    wanted = {"person_job": ("job",), "person_origin": ("nation",)}.get(kind, ("job", "nation"))
    if described and any(states(described, language, asked) for asked in wanted):
        return f"{described} {name.text}"  # "an den israelischen Regisseur Nadav Lapid"
    relative = _RELATIVE_ABOUT.match(after) if kind in ("person_job", "person_origin") else None
    if relative:
        return f"{name.text}{after[: relative.end(1)]}"  # as written
    return ""


_BORN_BEFORE = re.compile(
    r"\b(?:in|im)\s+[A-ZÄÖÜ][\w\-]*(?:\s+[A-ZÄÖÜ][\w\-]*)?\s+(?:geboren|aufgewachsen)\w*\s+$|"
    r"\b[A-Z][\w\-]*-(?:born|raised)\s+$"
)
# A job noun between: "der in Graz geborene Komponist Walter Kern", "the Vienna-born composer X".
_BORN_BEFORE_JOB = re.compile(
    r"\b(?:in|im)\s+[A-ZÄÖÜ][\w\-]*(?:\s+[A-ZÄÖÜ][\w\-]*)?\s+geboren\w*\s+[A-ZÄÖÜ][\w\-]+\s+$|"
    r"\b[A-Z][\w\-]*-born\s+[a-z][\w\-]+\s+$"
)
_ARTICLE_WORD = r"der|die|das|den|dem|des|ein|eine|einen|einem|einer|the|a|an|von|by|with|mit|für|for"


# A bracket holding only a name right after a character: the actor, no part of what they are
_ACTOR_BRACKET = re.compile(
    r"^\s*\((?:[A-ZÄÖÜÀ-Þ][\w\-’'.]*|de|van|von|da|del|di|le|la)"
    r"(?:\s+(?:[A-ZÄÖÜÀ-Þ][\w\-’'.]*|de|van|von|der|da|del|di|le|la)){0,3}\)"
)
_PLAYED_BY = re.compile(r"^,\s+(?:played by|gespielt von|dargestellt von|verkörpert von)\s+[^,;.]+,", re.I)
_RELATIVE_BEFORE = re.compile(
    rf"\b(?:his|her|their|sein\w*|ihr\w*|[A-Z][\w\-]+['’]s)\s+(?:{RELATION_PATTERN})\s+$", re.I
)
