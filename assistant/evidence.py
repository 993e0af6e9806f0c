"""Decide, without an LLM, whether retrieved passages answer a question, and which ones do.

Similarity alone cannot tell "not in the sources" from "in the sources" here: cosine
scores of answerable and unanswerable questions overlap. So the decision also asks
whether the question's key words (or their glossary equivalents in the other language)
occur in the passages, and trusts cosine alone only when it is very high.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.glossary import equivalents
from assistant.types import Passage, Retrieval
from index.chunking import Chunk, split_sentences
from index.names import word_stem
from index.terms import STEM_CHARS, lexical_terms

# Words that say what kind of answer is wanted but not what it is about.
_GENERIC = frozenset(
    lexical_terms(
        """film filme films movie movies kino streifen geht gehts wirklich eigentlich genau etwa
        heißt heisst nennt name named called happen happens passiert geschieht story geschichte
        mean meaning bedeutet bedeutung tell erzähl erzählen about über know wissen weiß
        comes come kommt stammt located liegt befindet find finds findet"""
    )
)
_MIN_SUBSTRING_STEM = 4
SECOND_PASSAGE_MARGIN = 0.04  # a second quote must be nearly as close to the question as the first
_WORD = re.compile(r"\w+", re.UNICODE)
_ONE_FACT_TWO_WAYS = re.compile(
    r"^\W*(?:in\s+)?(?:wann|wo|when|where|which city|welche\w* stadt)\s+(?:und|and)\s+"
    r"(?:in\s+)?(?:wann|wo|when|where|which year|what year|welche\w* jahr)\b",
    re.I,
)
_MULTI_PART = re.compile(
    r"\b(und|and|sowie|as well as)\b\s+(wer|was|wo|wie|welche\w*|who|what|where|which|how|when|wann)\b", re.I
)


@dataclass(frozen=True)
class AnswerShape:
    """A question form that names the kind of answer wanted, and what such an answer looks like.
    `required`: a passage without that shape cannot answer ("How long …?" needs a number)."""

    asks: re.Pattern[str]
    looks_like: re.Pattern[str]
    required: bool


# A number that counts something: no year, no day of a month, no running time.
_NOT_A_YEAR = (
    r"\b(?!(?:1[89]\d\d|20\d\d)\b)\d+(?:[.,]\d+)*\b(?!\.?\s*(?:januar|februar|märz|april|mai|juni|juli|"
    r"august|september|oktober|november|dezember|january|february|march|may|june|july|october|december|"
    r"minuten|minutes|jahre|years)\b)"
)
_ANSWER_SHAPES = [
    AnswerShape(  # money: "How much did it earn?", "Wie viel hat er gekostet?"
        re.compile(
            r"\b(how much .{0,40}(earn|gross|cost|make|take)|box office|einspiel\w*|eingespielt|budget|"
            r"wie viel .{0,40}(gekostet|kosten|eingespielt|verdient))\b",
            re.I,
        ),
        re.compile(r"[$€£]|\b(dollars?|euros?|mark|pfund|pounds?|millionen|millions?|mio\.?)\b", re.I),
        required=True,
    ),
    AnswerShape(  # a count: "Wie viele Zuschauer …?" is not answered by a year
        re.compile(r"\b(wie viele|wieviele|how many)\b", re.I),
        re.compile(
            _NOT_A_YEAR + r"|\b(eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|one|two|three|"
            r"four|five|six|seven|eight|nine|ten|dozens?|hundert\w*|hundreds?|tausend\w*|thousands?|"
            r"million\w*)\b",
            re.I,
        ),
        required=True,
    ),
    AnswerShape(  # a prize: "Welchen Preis gewann X?" needs a passage that names one
        re.compile(
            r"\b(welche[nrs]? (preis\w*|auszeichnung\w*)|(which|what) (prize|award)s?|preise gewann|"
            r"awards? did|prizes? did)\b",
            re.I,
        ),
        re.compile(
            r"preis|award|prize|oscar|b[äa]r\b|b[äa]ren|bear|palme|palm|l[öo]we|lion|globe|auszeichnung|"
            r"ausgezeichnet|nominier|nominat|engel|angel|\bwon\b|gewann|gewonnen",
            re.I,
        ),
        required=True,
    ),
    AnswerShape(
        re.compile(
            r"\b(aus welchem land|welche[rsn]? (nationalität|herkunft)|woher|which country|"
            r"what nationality|where .{1,40} from)\b",
            re.I,
        ),
        re.compile(
            r"\b\w+(isch|ische|ischen|ischer|isches|ischem|ian|ese|ish)\b|\b(french|dutch|greek)\b",
            re.I,
        ),
        required=False,
    ),
    AnswerShape(
        re.compile(r"\b(wann|in welchem jahr|when|what year|which year)\b", re.I),
        re.compile(r"\b(1[89]\d\d|20\d\d)\b|\b\d{1,2}\.\s*\w+\b"),
        required=False,
    ),
    AnswerShape(
        re.compile(
            r"\b(wie lange?|wie viele|wieviele|wie alt|wie hoch|how long|how many|how much|how old|"
            r"minutes|minuten)\b",
            re.I,
        ),
        re.compile(r"\b\d+([.,]\d+)?\b|\b(eins|zwei|drei|vier|fünf|one|two|three|four|five)\b", re.I),
        required=True,
    ),
    AnswerShape(  # "In welcher Stadt …?", "Where does …?": a place name after a preposition
        re.compile(
            r"\b(in|an|auf|aus|nach|at|to|from) (welche[rmns]?|which|what) (stadt|land|ort|dorf|gegend|"
            r"region|insel|city|town|country|village|place|region|island)\b|"
            r"^\W*(und\s+|and\s+)?(wo|wohin|where)\b",
            re.I,
        ),
        re.compile(r"\b(in|im|nach|aus|bei|to|at|from|near)\s+(?:[a-zäöü\-]+\s+){0,2}[A-ZÄÖÜ][\w\-]+"),
        required=False,
    ),
]
_NAME = re.compile(r"\b[A-ZÄÖÜ][\wäöüß]+")
_WHO = re.compile(r"^\W*(wer|who|whom)\b|\b(wer|who) (ist|spielt|is|plays)\b", re.I)
# A role or character next to a proper name: "Regisseurin Anna Berg", "Lena (Mia Roth)".
_NAMED = r"\s*\(?\s*[A-ZÄÖÜ][\wäöüß]+(?:\s+(?:de|von|van|der)?\s*[A-ZÄÖÜ][\wäöüß]+)+"
APPOSITION_BONUS = 0.5
WHOLE_WORD_BONUS = 0.25  # "Berlinale" written out beats "Ost-Berlin" sharing its stem
TITLE_WEIGHT = 0.25  # the film's own title says which film, not what is asked about it


# Prizes and festivals, with their names in both languages: a question naming one is answered
# only by a passage naming the same.
EVENTS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.I)
    for pattern in (
        r"\boscar\w*|academy awards?",
        r"golden globe",
        r"\bbafta",
        r"\bc[ée]sar\b",
        r"\bemmy",
        r"\bcannes\b|palme d|golden\w* palme|golden palm",
        r"\bberlinale\b|golden\w* b[äa]r|silbern\w* b[äa]r|golden bear|silver bear",
        r"\bvenedig\b|\bvenice\b|\bvenezia\b|golden\w* l[öo]we|golden lion",
        r"\bsundance\b",
        r"\btoronto\b",
        r"deutsche[nr]? filmpreis|german film award",
        r"europäische[nr]? filmpreis|european film award",
    )
)


def events_named(question: str) -> list[re.Pattern[str]]:
    return [event for event in EVENTS if event.search(question)]


def expected_shape(question: str) -> AnswerShape | None:
    """The kind of answer the question asks for, where its form says so."""
    return next((shape for shape in _ANSWER_SHAPES if shape.asks.search(question)), None)


@dataclass(frozen=True)
class Evidence:
    """The verdict: supported or not, the passages that answer (best first), the part of each
    worth quoting, and the features behind the verdict."""

    supported: bool
    answering: list[Passage]
    features: dict[str, float] = field(default_factory=dict)
    quotes: list[str] = field(default_factory=list)


def key_terms(question: str) -> list[str]:
    """Stems of the question's content words, without the generic ones."""
    return [term for term in dict.fromkeys(lexical_terms(question)) if term not in _GENERIC]


def long_words(question: str) -> dict[str, str]:
    """Stem -> whole word for the question's words longer than a stem: "Berlinale" is cut to
    "berlin" like any word, yet a passage with the whole word ("Berlinale", not "Ost-Berlin")
    matches it better."""
    return {
        stems[0]: word.lower()
        for word in _WORD.findall(question)
        if len(word) > STEM_CHARS and (stems := lexical_terms(word))
    }


def whole_word_matches(terms: set[str], text: str, whole: dict[str, str]) -> int:
    """How many of `terms` stand in `text` as the question wrote them, not only as a stem."""
    words = {word.lower() for word in _WORD.findall(text)}
    return sum(1 for term in terms if term in whole and any(w.startswith(whole[term]) for w in words))


def matched_terms(terms: list[str], text: str) -> set[str]:
    """Question stems that occur in `text`, directly, inside a compound, or via the glossary."""
    words = [word.lower() for word in _WORD.findall(text)]
    stems = set(lexical_terms(text))
    found = set()
    for term in terms:
        stem = word_stem(term)  # "preise" (Preise) meets "preis"
        for candidate in [*equivalents(term), *([stem] if len(stem) >= _MIN_SUBSTRING_STEM else [])]:
            if candidate in stems or (
                len(candidate) >= _MIN_SUBSTRING_STEM and any(candidate in word for word in words)
            ):
                found.add(term)
                break
    return found


def names_someone(text: str, terms: set[str]) -> bool:
    """Whether a focus word stands right before a proper name, as answers to "who" questions do."""
    forms = {form for term in terms for form in equivalents(term)}
    words = re.findall(r"[\wäöüß]+(?=" + _NAMED + ")", text)
    return any(form in word.lower() for word in words for form in forms)


def is_multi_part(question: str) -> bool:
    """ "Which actor …, and which character …?" asks two things, so two passages may answer."""
    text = re.sub(r"^\W*(und|and)\s+", "", question, flags=re.I)
    text = _ONE_FACT_TWO_WAYS.sub("", text)  # "Wann und wo spielt …?" asks one setting
    return bool(_MULTI_PART.search(text))


def assess(
    question: str,
    search_query: str,
    retrieval: Retrieval,
    anchors: tuple[str, ...] = (),
    title_of: Callable[[Chunk], str] = lambda chunk: chunk.title,
) -> Evidence:
    """Which passages answer the question, if any. With `anchors` (the people asked about, which
    the passages already name), a passage must also match something else the question asks."""
    passages = retrieval.passages
    if not passages:
        return Evidence(False, [])
    terms = key_terms(search_query)
    whole = long_words(search_query)
    anchor_terms = set(lexical_terms(" ".join(anchors)))
    scale = retrieval.scale
    scored: list[tuple[Passage, set[str], float]] = []
    for passage in passages:
        found = matched_terms(terms, passage.chunk.text)
        title_terms = set(lexical_terms(title_of(passage.chunk)))
        # "Who is Maren in Gegen die Wand?": the title says which film, the anchor whom; nothing more
        asks_more = bool(set(terms) - anchor_terms - title_terms)
        focus = {term for term in found if term not in title_terms}
        if asks_more and anchor_terms:
            focus -= anchor_terms
        asks_only_title = bool(terms) and all(term in title_terms or term in anchor_terms for term in terms)
        cosine = passage.dense or 0.0
        if (
            cosine >= scale.strong
            or (focus and cosine >= scale.weak)
            or ((not terms or asks_only_title) and cosine >= scale.topical)
        ):
            rarity = retrieval.rarity or {}
            # The title counts once, however many words it has ("Good Bye, Lenin!" is one name).
            weight = sum(rarity.get(t, 1.0) for t in focus) + TITLE_WEIGHT * bool(found - focus)
            weight += WHOLE_WORD_BONUS * whole_word_matches(focus, passage.chunk.text, whole)
            if _WHO.search(question) and names_someone(passage.chunk.text, focus):
                weight += APPOSITION_BONUS
            scored.append((passage, found, weight))
    events = events_named(question)  # "Welchen Oscar …?" is not answered by a Cannes prize
    scored = [item for item in scored if all(event.search(item[0].chunk.text) for event in events)]
    shape = expected_shape(question)
    if shape is not None:
        shaped = [item for item in scored if shape.looks_like.search(item[0].chunk.text)]
        scored = shaped if shaped or shape.required else scored
    features = {
        "terms": float(len(terms)),
        "cos1": passages[0].dense or 0.0,
        "relevant": float(len(scored)),
    }
    if not scored:
        return Evidence(False, [], features)
    # Best first: most of the question's focus words, then retrieval order (sorted is stable).
    ranked = sorted(scored, key=lambda item: -item[2])
    first, covered, _ = ranked[0]
    answering = [first]
    second = _second_passage(
        question, first, covered, [(p, f) for p, f, _ in ranked[1:]], passages, scale.weak
    )
    if second is not None:
        answering.append(second)
    quotes = [quote_from(passage, terms, shape, title_of(passage.chunk)) for passage in answering]
    return Evidence(True, answering, features, quotes)


def quote_from(passage: Passage, terms: list[str], shape: AnswerShape | None, title: str) -> str:
    """The sentences of a passage that carry the question's focus words (or the answer's
    shape); the whole passage when no sentence does on its own."""
    text = passage.chunk.text
    title_terms = set(lexical_terms(title))  # the film's title says which film, not what is asked
    focus = [term for term in terms if term not in title_terms]
    spans = split_sentences(text)
    keep = [
        span
        for span in spans
        if matched_terms(focus, text[span.start : span.end])
        or (shape is not None and shape.looks_like.search(text[span.start : span.end]))
    ]
    if not keep or len(keep) == len(spans):
        return text
    pieces = [text[keep[0].start : keep[0].end]]
    for previous, span in itertools.pairwise(keep):
        gap = text[previous.end : span.start]
        pieces.append(gap if gap.isspace() else " … ")
        pieces.append(text[span.start : span.end])
    return "".join(pieces)


def _second_passage(
    question: str,
    first: Passage,
    covered: set[str],
    ranked: list[tuple[Passage, set[str]]],
    passages: list[Passage],
    weak: float,
) -> Passage | None:
    """A passage that answers what the first leaves open: new key words, or for a two-part
    question the passage sharing most names with the first (the bridge in "which actor …,
    and which character does she play?")."""
    for passage, found in ranked:
        if found - covered and (passage.dense or 0.0) >= (first.dense or 0.0) - SECOND_PASSAGE_MARGIN:
            return passage
    if not is_multi_part(question):
        return None
    names = set(_NAME.findall(first.chunk.text))
    bridges = [
        (len(names & set(_NAME.findall(p.chunk.text))), -rank, p)
        for rank, p in enumerate(passages)
        if p is not first and (p.dense or 0.0) >= weak
    ]
    best = max(bridges, key=lambda item: item[:2], default=None)
    return best[2] if best and best[0] >= 2 else None
