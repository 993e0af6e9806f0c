"""Answers to the dev questions, in both languages, with citations that point at the source."""

from __future__ import annotations

import re

import pytest

from assistant.citations import resolve_citations
from assistant.conversation import contextualize
from assistant.errors import InvalidQuestionError
from assistant.language import detect_language
from assistant.types import Passage
from index.chunking import Chunk
from tests.conftest import SEED_ARTICLE, dev_questions


def contains_expected(text: str, groups: list[list[str]]) -> bool:
    return all(any(alt.lower() in text.lower() for alt in group) for group in groups)


@pytest.mark.parametrize("row", dev_questions("fact", "multihop"), ids=lambda row: row["id"])
def test_answerable_question_gets_the_fact_and_a_citation_holding_it(built_engine, row):
    answer = built_engine.answer(row["q"])
    assert answer.supported
    assert answer.language == row["lang"]
    assert contains_expected(answer.text, row["expect"]), answer.text
    assert any(support in c.text for c in answer.citations for support in row["support"])
    assert len(answer.text) < 500


@pytest.mark.parametrize("row", dev_questions("unanswerable", "injection"), ids=lambda row: row["id"])
def test_unanswerable_and_injection_questions_are_refused(built_engine, row):
    answer = built_engine.answer(row["q"])
    assert not answer.supported
    assert answer.language == row["lang"]
    assert not re.search(r"\[\d+\]", answer.text)  # nothing presented as support


def test_citations_number_the_markers_and_point_into_the_source_file(built_engine):
    source = SEED_ARTICLE.read_text(encoding="utf-8")
    for question in (
        "Wer spielt Iskander?",
        "Which lead actor comes from France, and which character does she play?",
    ):
        answer = built_engine.answer(question)
        assert [c.number for c in answer.citations] == list(range(1, len(answer.citations) + 1))
        for citation in answer.citations:
            assert f"[{citation.number}]" in answer.text
            assert citation.source == "baikonur.txt"
            assert source[citation.start : citation.end].replace("\n", " ") == citation.text


def test_answers_are_in_the_question_language(built_engine):
    german = built_engine.answer("Wer spielt Nazira?")
    english = built_engine.answer("Who plays Nazira?")
    assert german.text.startswith("Nazira wird von Sitora Farmonova gespielt") and german.language == "de"
    assert english.text.startswith("Nazira is played by Sitora Farmonova") and english.language == "en"
    quoted_de = built_engine.answer("Wovon leben die Bewohner des Dorfes?")
    quoted_en = built_engine.answer("What do the villagers live on?")
    assert quoted_de.text.startswith("Laut")
    assert quoted_en.text.startswith("According to") and "German article" in quoted_en.text


def test_follow_up_question_is_resolved_against_the_previous_turn(built_engine):
    first = built_engine.answer("Wer ist Julie?")
    follow_up = built_engine.answer("Und wer spielt sie?", history=[("Wer ist Julie?", first.text)])
    assert follow_up.supported and "Villepin" in follow_up.text
    assert contextualize("Und wer spielt sie?", [("Wer ist Julie?", "")]) == "Und wer spielt Julie?"
    assert (
        contextualize("Gibt es die Dörfer wirklich?", [("Wer ist Julie?", "")])
        == "Gibt es die Dörfer wirklich?"
    )


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Wer spielt Julie?", "de"),
        ("Who plays Julie?", "en"),
        ("What does Iskander find?", "en"),
        ("Baikonur", "de"),
        ("Julie?", "de"),
        ("Where did the director shoot the film?", "en"),
        ("Gibt es die Schrottsammlerdörfer wirklich?", "de"),
    ],
)
def test_language_detection_with_german_fallback(question, language):
    assert detect_language(question) == language


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("x" * 2001, "2001 characters"),
        (42, "must be text"),
        (None, "must be text"),
        (b"Wer spielt Julie?", "must be text"),
    ],
)
def test_bad_questions_raise_a_value_error_that_says_why(built_engine, question, message):
    with pytest.raises(InvalidQuestionError, match=message) as caught:
        built_engine.answer(question)
    assert isinstance(caught.value, ValueError)


def test_control_characters_and_lone_surrogates_are_cleaned_not_fatal(built_engine):
    answer = built_engine.answer("Wer spielt\x00 Nazira?\ud800")
    assert answer.supported and "Farmonova" in answer.text


def _passage(number: int) -> Passage:
    chunk = Chunk(f"id{number}", "a.txt", "A", f"Passage {number}.", number * 10, number * 10 + 11, number)
    return Passage(chunk, 1.0 / number, 0.9, None)


def test_invented_markers_are_dropped_and_grouped_markers_split():
    passages = [_passage(1), _passage(2)]
    text, citations = resolve_citations("Julie is a tourist [1, 2]. She is French [7]. Yes [2].", passages)
    assert text == "Julie is a tourist [1][2]. She is French. Yes [2]."
    assert [c.number for c in citations] == [1, 2]
    assert citations[1].text == "Passage 2." and citations[1].start == 20


def test_no_valid_marker_means_no_citation():
    text, citations = resolve_citations("Made up [3] and [0].", [_passage(1)])
    assert citations == [] and "[" not in text


def test_an_overlong_sentence_is_quoted_shortened(settings, knowledge_dir):
    from assistant.engine import Engine

    words = " ".join(f"Szene{n}" for n in range(120))
    (knowledge_dir / "lang.md").write_text(
        f"Der Film Endlos zeigt in Bremen {words} und endet.\n", encoding="utf-8"
    )
    answer = Engine(settings).answer("Was zeigt der Film Endlos in Bremen?")
    assert answer.supported and len(answer.text) < 500 and "…" in answer.text


def test_a_refusal_of_input_that_matched_nothing_lists_no_passages(built_engine):
    nonsense = built_engine.answer("xyzzy plugh")
    assert not nonsense.supported and nonsense.citations == []
    assert nonsense.text == "Dazu steht nichts in meinen Quellen."
    near = built_engine.answer("Wie hoch ist das Budget von Baikonur?")
    assert not near.supported and near.citations  # on topic: the closest passages stay, as non-support
