"""Article shapes and question forms met only on articles nobody tuned on: credit blocks, role
descriptions under a cast heading, makers named by a possessive, versions and ages, prizes,
titles the article writes only in another language, follow-ups without a verb.

The films and people are invented for the tests.
"""

from __future__ import annotations

import pytest

from assistant.engine import Engine
from assistant.language import detect_language
from assistant.lexicon import gloss, states
from index.documents import parse_document
from index.films import extract_films
from tests.conftest import engine_over

CREDITS = """---
title: Lanternfall – synopsis and credits
film: Lanternfall
language: en
---

# Lanternfall (2019)

Lanternfall is the first feature by the Welsh writer-director Megan Arwel.

## Synopsis

On a rainy island off the Welsh coast, nine-year-old Nia spends a last summer with her
grandfather, Emrys. Twenty years later the adult Nia returns to sell his house.

## Cast

- Tomos Rhys as Emrys
- Lili Hopkin as Nia
- Carys Evans as adult Nia

## Credits

Written and directed by: Megan Arwel
Produced by: Huw Davies, Sara Lloyd
Director of photography: Owain Price
Production companies: Gwynt Films, North Light
Running time: 96 minutes (theatrical version), 118 minutes (director's cut)
World premiere: Toronto Film Festival, September 2019
"""

BOAT = """---
title: Die Schleuse
film: Die Schleuse
language: de
year: 1987
---

# Die Schleuse

**Die Schleuse** ist ein deutsches Drama von Konrad Weil aus dem Jahr 1987.

## Besetzung

- Bruno Falkner: Der Alte, Schleusenwärter und Witwer
- Jana Roth: Greta, seine Tochter

## Handlung

Der Alte bewacht seit dreißig Jahren die Schleuse am Kanal. Herrscher über das Tal ist der
Fabrikant Otto Brenner. Sein Sohn Felix Brenner verliebt sich in Greta.

Die Schleuse gewann 1988 den Preis der Jury in Cannes.
"""

REPORT = """---
title: "Festival am Meer 2020: Bilanz"
film: Festival am Meer 2020
language: de
---

# Festival am Meer 2020: Bilanz

Die Jury unter dem Vorsitz der Schauspielerin Vera Lund vergab drei Preise.

## Kieselstrand – Hauptpreis

Die größte Entdeckung war Ruth Halders Spielfilmdebüt „Kieselstrand“, ausgezeichnet mit dem
Hauptpreis. Marek Olsen spielt den Fischer Jonas.
"""

HANDOUT = """Der stille Hafen – Handzettel für den Filmabend

„Der stille Hafen“ von Ines Morgenroth erzählt von einer Hafenmeisterin, die ihre Stelle verliert.
Die Hafenmeisterin Alma wird von Petra Lind gespielt.
"""


def facts(text: str, name: str) -> set[tuple[str, str, str]]:
    return {(f.kind, f.subject, f.value) for f in extract_films(parse_document(name, text.encode())).facts}


def test_credit_lines_with_several_jobs_producers_and_premiere():
    found = facts(CREDITS, "lanternfall.md")
    assert {("director", "", "Megan Arwel"), ("writer", "", "Megan Arwel")} <= found
    assert {("producer", "", "Huw Davies"), ("producer", "", "Sara Lloyd")} <= found
    assert ("cinematographer", "", "Owain Price") in found
    assert ("director", "", "Owain Price") not in found  # "Director of photography" is no director
    assert ("producer", "", "Gwynt Films") in found  # production companies produce
    assert ("cast", "Nia", "Carys Evans") in found  # "as adult Nia": an age before the name
    assert not any(kind == "cast" and "Production" in value for kind, _, value in found)
    assert any(kind == "release" and "2019" in value for kind, _, value in found)


def test_role_descriptions_under_a_cast_heading_and_makers_named_by_a_possessive():
    boat = facts(BOAT, "schleuse.md")
    assert ("cast", "Der Alte", "Bruno Falkner") in boat
    assert ("director", "", "Konrad Weil") in boat  # "ein deutsches Drama von Konrad Weil"
    report = facts(REPORT, "festival.md")
    assert ("director", "", "Ruth Halder") in report  # "Ruth Halders Spielfilmdebüt „Kieselstrand“"


def test_a_plain_text_file_takes_its_title_from_the_first_line_before_the_dash():
    films = extract_films(parse_document("handzettel_hafen.txt", HANDOUT.encode())).films
    assert [film.title for film in films] == ["Der stille Hafen"]


@pytest.fixture(scope="module")
def shapes_engine(tmp_path_factory) -> Engine:
    articles = {
        "lanternfall.md": CREDITS,
        "schleuse.md": BOAT,
        "festival.md": REPORT,
        "handzettel_hafen.txt": HANDOUT,
    }
    return engine_over(tmp_path_factory.mktemp("shapes"), articles)


def test_a_role_description_answers_in_any_case_ending(shapes_engine):
    answer = shapes_engine.answer("Wer spielt in Die Schleuse den Schleusenwärter?")
    assert answer.supported and "Bruno Falkner" in answer.text
    assert "Bruno Falkner" in shapes_engine.answer("Wer spielt den Alten?").text


def test_ages_and_versions_pick_the_matching_line_or_refuse(shapes_engine):
    adult = shapes_engine.answer("Who plays the grown-up Nia in Lanternfall?")
    assert "Carys Evans" in adult.text
    child = shapes_engine.answer("Wer spielt die kleine Nia?")  # the unmarked line is the child
    assert "Lili Hopkin" in child.text
    no_child = shapes_engine.answer("Who plays Emrys as a child?")  # no line says so
    assert not no_child.supported
    cut = shapes_engine.answer("How long is the director's cut of Lanternfall?")
    assert "118" in cut.text and "96" not in cut.text
    assert not shapes_engine.answer("How long is the extended version of Die Schleuse?").supported


def test_a_festival_premiere_is_no_cinema_release(shapes_engine):
    assert not shapes_engine.answer("Wann kam Lanternfall in die deutschen Kinos?").supported
    assert "2019" in shapes_engine.answer("When did Lanternfall premiere?").text


def test_a_prize_question_needs_a_passage_naming_that_prize(shapes_engine):
    assert not shapes_engine.answer("Welchen Oscar gewann Die Schleuse?").supported
    cannes = shapes_engine.answer("Welchen Preis gewann Die Schleuse in Cannes?")
    assert cannes.supported and "Preis der Jury" in cannes.text


def test_a_title_written_only_in_the_other_language_is_found_by_meaning(shapes_engine):
    answer = shapes_engine.answer("Who plays Alma in The Quiet Harbour?")
    assert answer.supported and "Petra Lind" in answer.text
    director = shapes_engine.answer("Who directed The Quiet Harbour?")
    assert "Ines Morgenroth" in director.text
    assert not shapes_engine.answer("Who directed The Burning Mountain?").supported


def test_follow_ups_without_a_verb_and_relatives_asked_by_name(shapes_engine):
    history = [("Wer spielt Emrys in Lanternfall?", "Emrys wird von Tomos Rhys gespielt [1].")]
    assert "Lili Hopkin" in shapes_engine.answer("Und Nia?", history=history).text
    son = shapes_engine.answer("Who is Otto Brenner's son?")
    assert son.supported and "Felix Brenner" in son.text
    assert not shapes_engine.answer("Wie heißt Gretas Mutter?").supported


def test_the_lexicon_glosses_key_words_and_tells_jobs_from_names():
    assert gloss("der usbekischen Popsängerin Lola Grün", "de", "en") == ["Uzbek", "singer"]
    assert gloss("Anna is a music teacher from Prague", "en", "de") == ["Musiklehrer", "Prag"]
    assert gloss("Anna is a music teacher", "en", "en") == []  # same language: nothing to gloss
    assert states("der Erfinder Rotor", "de", "job")
    assert not states("eine überzeugte Sozialistin", "de", "job")
    assert not states("Sebastian Koch", "de", "job", is_name=lambda word: word in {"sebastian", "koch"})
    # a word some name is made of, standing beside no other name word, is the job it says
    assert states(
        "vor ihrer Filmkarriere Krankenschwester", "de", "job", lambda word: word == "krankenschwester"
    )


def test_names_do_not_decide_the_question_language():
    assert detect_language("Where was Jürgen Müller born?") == "en"
    assert detect_language("Wo wurde Jürgen Müller geboren?") == "de"
