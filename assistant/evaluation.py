"""`film-assistant eval`: run a question set through the engine and measure answer quality.

A question set is JSONL: `id`, `lang`, `kind` (fact, multihop, unanswerable, injection), `q`,
`expect` (groups of alternatives; the answer must contain one of each group) and `support`
(strings one cited passage must contain).
"""

from __future__ import annotations

import json
import re
import statistics
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from assistant.engine import Engine
from assistant.errors import FilmAssistantError
from assistant.language import detect_language
from assistant.prompts import SYSTEM_PROMPT
from assistant.types import Answer
from index.films import CREW_KINDS, VALUE_CUES
from index.names import longest_first

ANSWERABLE = ("fact", "multihop")
REFUSABLE = ("unanswerable", "injection")
KINDS = (*ANSWERABLE, *REFUSABLE)
_MARKER = re.compile(r"\[\d+\]")
# Lines of the system prompt that would show it leaked (the passages part varies per question);
# for a rule with a placeholder, the words before it.
_PROMPT_LINES = [
    line.strip("- ").split("{")[0].strip().casefold()
    for line in SYSTEM_PROMPT.split("Passages:")[0].splitlines()
]
_PROMPT_LINES = [line for line in _PROMPT_LINES if len(line) > 20]


@dataclass(frozen=True)
class Question:
    id: str
    lang: str
    kind: str
    q: str
    expect: list[list[str]]
    support: list[str]
    source: str = ""  # the article the question is about; citations from others are the wrong film
    also: tuple[str, ...] = ()  # other articles about the same film
    strict: list[list[str]] | None = None  # facts that must appear in the question's language
    history: tuple[tuple[str, str], ...] = ()
    type: str = ""


@dataclass(frozen=True)
class Outcome:
    """How one question went: `passed` is an answer hit or a correct refusal."""

    id: str
    kind: str
    lang: str
    question: str
    check: str  # "hit" for fact and multihop, "refused" for unanswerable and injection
    passed: bool
    wrong_film: bool  # supported, citing an article that is not about the film asked about
    own_language: bool | None  # the answer's own words (quotes aside) are in the question's language
    supported: bool
    answer: str
    citations: list[int]
    latency_ms: float
    type: str = ""  # the question's type ("director", "who_plays", …) where the set gives one
    cause: str = ""  # for a missed answer: where the fact was lost (see `miss_cause`)


def default_question_set() -> Path:
    return Path(__file__).parent / "data" / "dev.jsonl"


def load_questions(path: str | Path) -> list[Question]:
    """Read a JSONL question set; a malformed line is an error naming the line."""
    questions = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            question = Question(
                id=str(row["id"]),
                lang=row["lang"],
                kind=row["kind"],
                q=row["q"],
                expect=[list(group) for group in row.get("expect", [])],
                support=list(row.get("support", [])),
                source=row.get("source", ""),
                also=tuple(row.get("also", [])),
                strict=[list(group) for group in row["strict"]] if row.get("strict") else None,
                history=tuple((q, a) for q, a in row.get("history", [])),
                type=row.get("type", ""),
            )
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise FilmAssistantError(f"{path}, line {number}: not a question ({error})") from None
        if question.kind not in KINDS:
            raise FilmAssistantError(f"{path}, line {number}: unknown kind {question.kind!r}")
        questions.append(question)
    return questions


def is_answer_hit(question: Question, answer: Answer) -> bool:
    """The answer holds every expected fact and cites a passage that holds the support."""
    text = answer.text.lower()
    has_facts = all(any(alt.lower() in text for alt in group) for group in question.expect)
    if question.strict:
        has_facts = has_facts and all(any(alt.lower() in text for alt in group) for group in question.strict)
    cites_support = not question.support or any(
        support in citation.text for citation in answer.citations for support in question.support
    )
    return answer.supported and has_facts and cites_support


def is_correct_refusal(question: Question, answer: Answer) -> bool:
    """Not supported, no passage presented as support, and (for injections) no prompt leaked."""
    refused = not answer.supported and not _MARKER.search(answer.text)
    if question.kind == "injection":
        return refused and not leaks_prompt(answer.text)
    return refused


def is_wrong_film(question: Question, answer: Answer, same_film: frozenset[str] = frozenset()) -> bool:
    """A supported answer resting on an article about another film. `same_film`: the other
    articles about the film of the question's article (a festival report covering it, say)."""
    if not question.source or not answer.supported:
        return False
    allowed = {question.source, *question.also, *same_film}
    return any(citation.source not in allowed for citation in answer.citations)


def articles_of_the_same_film(engine: Engine) -> dict[str, frozenset[str]]:
    """For each article about one film, every article the index knows about that film."""
    catalogue = engine.searcher.snapshot().films
    films_of: dict[str, list[str]] = {}
    for title, film in catalogue.films.items():
        for source in film.sources:
            films_of.setdefault(source, []).append(title)
    return {
        source: frozenset(catalogue.films[titles[0]].sources)
        for source, titles in films_of.items()
        if len(titles) == 1
    }


_QUOTE = re.compile(r"„[^“”]*[“”]|\"[^\"]*\"|“[^”]*”|«[^»]*»|\[\d+\]|\([^()]*\)")


def in_own_language(question: Question, answer: Answer, titles: Iterable[str] = ()) -> bool:
    """Whether the answer's own words, quotes and names aside, are in the question's language.
    Names (capitalised words after the first) say nothing about the language and are dropped, and
    so are the films' titles: "Der Himmel über Berlin runs 128 minutes" is an English answer."""
    text = answer.text
    for title in longest_first(set(titles)):
        text = re.sub(rf"(?<!\w){re.escape(title)}(?!\w)", " ", text, flags=re.IGNORECASE)
    words = _QUOTE.sub(" ", text).split()
    own = [w for i, w in enumerate(words) if i == 0 or not w[:1].isupper()]
    return detect_language(" ".join(own)) == question.lang if len(own) >= 2 else True


def leaks_prompt(text: str) -> bool:
    """Whether an answer repeats a rule of the system prompt (in any letter case)."""
    folded = text.casefold()
    return any(line in folded for line in _PROMPT_LINES)


# The catalogue fact a question type is answered from; other types are answered from sentences.
_FACT_OF_TYPE = {
    "who_plays": "cast",
    "role_of": "cast",
    **{kind: kind for kind in (*CREW_KINDS, *VALUE_CUES)},
}


def miss_cause(question: Question, catalogue) -> str:
    """Where a missed answer was lost, told without showing the item (so held-out sets can be
    diagnosed by counts): "not read" (no catalogue fact of the asked kind holds the expected value),
    "read, not reached" (the film's fact holds it, the answer path did not use it), "read for another
    film", "from sentences" (a kind the catalogue does not keep) or "type not given"."""
    if not question.type:
        return "type not given"  # the set does not say what kind of fact was asked
    kind = _FACT_OF_TYPE.get(question.type)
    if kind is None:
        return "from sentences"
    wanted = [alt.lower() for group in question.expect for alt in group]
    films = {title for title, film in catalogue.films.items() if question.source in film.sources}
    holding = [
        fact
        for fact in catalogue.facts
        if fact.kind == kind and any(alt in f"{fact.value} {fact.subject}".lower() for alt in wanted)
    ]
    if not holding:
        return "not read"
    return "read, not reached" if any(fact.film in films for fact in holding) else "read for another film"


def run_evaluation(engine: Engine, questions: list[Question]) -> dict:
    """Ask every question once (after one warm-up) and gather the figures."""
    if questions:
        engine.answer(questions[0].q)
    same_film = articles_of_the_same_film(engine)
    catalogue = engine.searcher.snapshot().films
    titles = [*catalogue.films, *(form for film in catalogue.films.values() for form in film.forms)]
    outcomes = []
    for question in questions:
        started = time.perf_counter()
        answer = engine.answer(question.q, [list(turn) for turn in question.history] or None)
        latency = (time.perf_counter() - started) * 1000
        check = is_answer_hit if question.kind in ANSWERABLE else is_correct_refusal
        passed = check(question, answer)
        outcomes.append(
            Outcome(
                id=question.id,
                kind=question.kind,
                lang=question.lang,
                question=question.q,
                check="hit" if question.kind in ANSWERABLE else "refused",
                passed=passed,
                wrong_film=is_wrong_film(question, answer, same_film.get(question.source, frozenset())),
                own_language=in_own_language(question, answer, titles) if answer.supported else None,
                supported=answer.supported,
                answer=answer.text,
                citations=[c.number for c in answer.citations],
                latency_ms=round(latency, 1),
                type=question.type,
                cause=miss_cause(question, catalogue) if question.kind in ANSWERABLE and not passed else "",
            )
        )
    return summarise(outcomes, engine.settings.answerer)


def summarise(outcomes: list[Outcome], answerer: str) -> dict:
    def rate(selected: list[Outcome]) -> dict:
        return pass_rate([o.passed for o in selected])

    answerable = [o for o in outcomes if o.kind in ANSWERABLE]
    latencies = sorted(o.latency_ms for o in outcomes)
    lengths = [len(o.answer) for o in outcomes]
    return {
        "answerer": answerer,
        "questions": len(outcomes),
        "answer_hit": {
            "all": rate(answerable),
            **{lang: rate([o for o in answerable if o.lang == lang]) for lang in ("de", "en")},
        },
        "refusal_accuracy": {kind: rate([o for o in outcomes if o.kind == kind]) for kind in REFUSABLE},
        "wrong_film": pass_rate([o.wrong_film for o in outcomes if o.supported]),
        "language_fidelity": {
            lang: pass_rate([bool(o.own_language) for o in outcomes if o.lang == lang and o.supported])
            for lang in ("de", "en")
        },
        "by_kind": {kind: rate([o for o in outcomes if o.kind == kind]) for kind in KINDS},
        "by_language": {lang: rate([o for o in outcomes if o.lang == lang]) for lang in ("de", "en")},
        "answer_chars": {
            "mean": round(statistics.fmean(lengths), 1) if lengths else 0,
            "max": max(lengths, default=0),
        },
        "latency_ms": {
            "p50": round(statistics.median(latencies), 1) if latencies else 0,
            "p95": latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))] if latencies else 0,
        },
        "results": [asdict(o) for o in outcomes],
    }


def format_report(report: dict, list_failures: bool = True) -> str:
    """The figures as a small table, failed questions listed under it unless the set is held out:
    reading a held-out set's failures is how one starts tuning on it."""

    def cell(figure: dict) -> str:
        if not figure["total"]:
            return "—"
        return f"{figure['passed']}/{figure['total']} ({100 * figure['rate']:.0f} %)"

    lines = [
        f"answerer: {report['answerer']}   questions: {report['questions']}",
        "",
        f"{'kind':<24}{'de':>16}{'en':>16}{'all':>16}",
    ]
    results = report["results"]
    for kind in KINDS:
        row = [o for o in results if o["kind"] == kind]
        figures = [pass_rate([o["passed"] for o in row if o["lang"] == lang]) for lang in ("de", "en")]
        figures.append(report["by_kind"][kind])
        measure = "hit" if kind in ANSWERABLE else "refused"
        lines.append(f"{kind + ' (' + measure + ')':<24}" + "".join(f"{cell(f):>16}" for f in figures))
    hit = report["answer_hit"]
    lines += [
        "",
        f"answer hit (fact + multihop): de {cell(hit['de'])}, en {cell(hit['en'])}, all {cell(hit['all'])}",
        "refusal accuracy: "
        + ", ".join(f"{kind} {cell(report['refusal_accuracy'][kind])}" for kind in REFUSABLE),
        "wrong film (share of supported answers citing another film's article): "
        + cell(report["wrong_film"]),
        "language fidelity (supported answers in the question's language, quotes aside): "
        + ", ".join(f"{lang} {cell(report['language_fidelity'][lang])}" for lang in ("de", "en")),
        f"answer length: mean {report['answer_chars']['mean']} chars, max {report['answer_chars']['max']}",
        f"latency: p50 {report['latency_ms']['p50']} ms, p95 {report['latency_ms']['p95']} ms",
        *miss_causes(results),
    ]
    failed = [o for o in results if not o["passed"]]
    if failed and not list_failures:
        lines += ["", f"{len(failed)} failed (a held-out set: not listed; --json shows them)"]
    elif failed:
        lines += ["", "failed:"] + [f"  {o['id']} {o['question']!r} -> {o['answer'][:120]!r}" for o in failed]
    return "\n".join(lines)


def miss_causes(results: list[dict]) -> list[str]:
    """Counts of missed answers by cause and question type: no item shown."""
    causes: dict[str, dict[str, int]] = {}
    for outcome in results:
        if outcome.get("cause"):
            by_type = causes.setdefault(outcome["cause"], {})
            kind = outcome.get("type") or "untyped"
            by_type[kind] = by_type.get(kind, 0) + 1
    return [
        f"missed, {cause}: {sum(by_type.values())} ("
        + ", ".join(f"{t} {n}" for t, n in sorted(by_type.items(), key=lambda item: -item[1]))
        + ")"
        for cause, by_type in sorted(causes.items(), key=lambda item: -sum(item[1].values()))
    ]


def pass_rate(passed: list[bool]) -> dict:
    count = sum(passed)
    return {"passed": count, "total": len(passed), "rate": round(count / len(passed), 3) if passed else None}
