"""Regression guards on the two development batteries in `tests/data/battery/`, written by helpers
apart from the code (and read while building): 280 sentences that state a fact in less common shapes,
80 that only look like one, and 200 questions in varied phrasings about two small articles.

The floors are the figures reached on 2026-12-06 (196/240 read, 12 look-alikes wrong, 145/160 hits,
32/40 refusals); a change that reads fewer shapes or answers fewer questions fails here, and a change
that reads more should raise them.
"""

from __future__ import annotations

import json
from pathlib import Path

from assistant.evaluation import load_questions, run_evaluation
from index.documents import parse_document
from index.films import extract_films
from tests.conftest import engine_over

BATTERY = Path(__file__).parent / "data" / "battery"
# A second sentence battery, written on 2026-12-06 (sixth session) by a helper apart from the code,
# in the shapes of TV listings, blogs, trade news and festival reports: 96 of 200 read when it arrived,
# 130 after that session.
BATTERY2 = Path(__file__).parent / "data" / "battery2"
CATALOGUE_KINDS = {  # origin and job are answered from sentences, not from catalogue facts
    "director", "writer", "producer", "composer", "cinematographer", "editor", "cast", "release",
    "runtime", "setting", "filming_location", "based_on",
}  # fmt: skip


def _facts(sentence: str) -> list[tuple[str, str, str]]:
    title = "The Storm" if "The Storm" in sentence else "Der Sturm"
    article = f'---\ntitle: "{title}"\n---\n{sentence}\n'
    return [
        (f.kind, f.subject, f.value) for f in extract_films(parse_document("a.md", article.encode())).facts
    ]


def _reads(kind: str, expected: str, sentence: str) -> bool:
    facts = _facts(sentence)
    if kind == "cast":
        actor, character = expected.lower().split("=")
        return any(k == "cast" and actor in v.lower() and character in s.lower() for k, s, v in facts)
    return any(k == kind and expected.lower() in v.lower() for k, _, v in facts)


def test_the_reader_reads_the_sentence_battery():
    rows = [line.rstrip("\n").split("\t") for line in (BATTERY / "shapes.tsv").open(encoding="utf-8")]
    rows = [row for row in rows if row[0] in CATALOGUE_KINDS]
    read = sum(_reads(kind, expected, sentence) for kind, expected, sentence in rows)
    assert len(rows) == 240
    assert read >= 196, f"{read}/240 sentences read"


def test_the_reader_reads_the_second_sentence_battery():
    rows = [line.rstrip("\n").split("\t") for line in (BATTERY2 / "shapes.tsv").open(encoding="utf-8")]
    rows = [row for row in rows if row[0] in CATALOGUE_KINDS]
    read = sum(_reads(kind, expected, sentence) for kind, expected, sentence in rows)
    assert len(rows) == 200
    assert read >= 130, f"{read}/200 sentences read"


def test_the_second_battery_look_alikes():
    rows = [line.rstrip("\n").split("\t") for line in (BATTERY2 / "negatives.tsv").open(encoding="utf-8")]
    wrong = [
        sentence
        for kind, name, sentence in rows
        if any(k == kind and name.lower() in f"{v} {s}".lower() for k, s, v in _facts(sentence))
    ]
    assert len(wrong) <= 17, json.dumps(wrong, ensure_ascii=False, indent=1)


def test_the_reader_stays_silent_on_look_alikes():
    rows = [line.rstrip("\n").split("\t") for line in (BATTERY / "negatives.tsv").open(encoding="utf-8")]
    rows = [row for row in rows if row[0] in CATALOGUE_KINDS]
    wrong = [
        sentence
        for kind, name, sentence in rows
        if any(k == kind and name.lower() in f"{v} {s}".lower() for k, s, v in _facts(sentence))
    ]
    assert len(wrong) <= 12, json.dumps(wrong, ensure_ascii=False, indent=1)


def test_the_question_battery(tmp_path):
    articles = {path.name: path.read_text(encoding="utf-8") for path in (BATTERY / "articles").glob("*.md")}
    engine = engine_over(tmp_path, articles)
    facts = run_evaluation(engine, load_questions(BATTERY / "questions.jsonl"))
    refusals = run_evaluation(engine, load_questions(BATTERY / "unanswerable.jsonl"))
    assert facts["answer_hit"]["all"]["passed"] >= 145
    assert refusals["refusal_accuracy"]["unanswerable"]["passed"] >= 32
    assert facts["wrong_film"]["passed"] == 0
