"""Step 3b: a fact read from one sentence when no catalogue pattern stated it, and only then.

The film and people are invented for the tests.
"""

from __future__ import annotations

import pytest

from assistant.engine import Engine
from tests.conftest import engine_over

TEACHER = """# Die Lehrerin

„Die Lehrerin“ (2015) ist ein Drama von Jonas Weil.
Für Marta, die Lehrerin, fand Weil in Inge Falk die Besetzung der Hauptrolle.
Als Schulrat Otto Brenner sie besucht, ist sie nicht da. Den Hausmeister hat man mit Piet Krol besetzt.
Die Bilder stammen von Kameramann Ruben Alt, der zuvor nur Werbefilme drehte.
Mit gut 104 Minuten ist der Film nicht zu lang.
"""


@pytest.fixture(scope="module")
def teacher(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("reading"), {"lehrerin.md": TEACHER})


def test_a_cast_pair_no_pattern_knows_is_read_from_its_sentence(teacher):
    facts = teacher.searcher.snapshot().films.facts
    assert not any(f.value == "Inge Falk" for f in facts)  # the catalogue missed it: reading answers
    marta = teacher.answer("Wer spielt Marta?")
    assert marta.supported and "Inge Falk" in marta.text
    assert marta.citations[0].quote and "Hauptrolle" in marta.citations[0].quote
    role = teacher.answer("Which role does Inge Falk play?")
    assert role.supported and "Marta" in role.text


def test_a_name_near_als_meaning_when_is_no_cast_and_crew_needs_its_cue(teacher):
    brenner = teacher.answer("Who plays Otto Brenner?")  # "Als Schulrat Otto Brenner …": "when"
    assert not brenner.supported
    composer = teacher.answer("Who composed the music for Die Lehrerin?")
    assert not composer.supported  # no sentence speaks of music
    camera = teacher.answer("Wer stand bei „Die Lehrerin“ hinter der Kamera?")
    assert camera.supported and "Ruben Alt" in camera.text
