"""Shapes met in articles nobody here had read: a retrospective on two films under a headline
that names neither, asides and relative clauses between a name and its verb, a place before a
name, a role list under "Die Rollen", an interview whose "I" is the one interviewed, and follow-ups
about the person an answer named.

The films and people are invented for the tests.
"""

from __future__ import annotations

import pytest

from assistant.engine import Engine
from index.documents import parse_document
from index.films import extract_films
from tests.conftest import engine_over

RETRO = """# Sommer am Kanal: zwei Komödien im Rückblick

Das Kino zeigte am Wochenende zwei Filme, die kaum verschiedener sein könnten.

## Kanalstraße

Jonas Reiter, in Kiel geborener Theatermacher, gab mit „Kanalstraße“ 1998 sein Kinodebüt.
Das Drehbuch schrieb er gemeinsam mit dem Schriftsteller Paul Adler. Die Straße wurde nicht in
Kiel, sondern großteils in St. Petersburg gedreht.
Tom Berger, damals noch völlig unbekannt, spielt den 17-jährigen Max Roth, der in die schöne
Lina (Sara Wendt) verliebt ist.

## Im Hafen

„Im Hafen“ ist der zweite Spielfilm des Bremers Ali Demir. Die Kamera führte der Franzose Luc Morel,
der zuvor „Les Toits“ fotografiert hatte; seine Bilder sind warm.
Produziert haben Eva Lang und Ole Brandt mit ihrer Firma Nordlicht.
Im Zentrum steht der Schweizer Kurt Amsel, geboren in Chur, dessen Kapitän nie lacht.
Die Köchin Mia, gespielt von der in Danzig geborenen Hanna Maria Pohl, kocht für alle.
"""

INTERVIEW = """---
title: "\\"I wanted the sea to stay still\\""
---

Glass Harbour, the second feature by Nora Lind, opened in 2015. Her father is played by Ben Carver.
We spoke to Lind about the sea.

**Q: Where do you come from?**

A: I was born in Bergen in 1980. I studied painting first.
"""

ROLES = """# Weites Land

„Weites Land“ erzählt von einer Familie, die 1938 nach Kenia flieht.

## Die Rollen

- Greta Vogt – Ulla Brenner
- Karl Vogt – Ivo Sander
"""


def _films(name: str, text: str):
    return extract_films(parse_document(name, text.encode()))


def test_a_report_on_two_films_under_a_headline_that_names_neither():
    films = _films("retro.md", RETRO)
    assert [film.title for film in films.films][:2] == ["Kanalstraße", "Im Hafen"]
    facts = {(f.kind, f.film, f.value, f.subject) for f in films.facts}
    assert ("writer", "Kanalstraße", "Paul Adler", "") in facts  # "schrieb er gemeinsam mit …"
    assert ("cast", "Kanalstraße", "Tom Berger", "Max Roth") in facts  # an aside before the verb
    assert ("cast", "Kanalstraße", "Sara Wendt", "Lina") in facts
    assert ("director", "Im Hafen", "Ali Demir", "") in facts  # "Spielfilm des Bremers …"
    assert ("cinematographer", "Im Hafen", "Luc Morel", "") in facts  # the other work's clause aside
    assert {("producer", "Im Hafen", name, "") for name in ("Eva Lang", "Ole Brandt")} <= facts
    pohl = [f.subject for f in films.facts if f.value == "Hanna Maria Pohl"]  # not the place "Danzig"
    assert pohl and pohl[0].endswith("Mia")
    assert not any(f.value in ("Danzig", "Chur", "Kiel") for f in films.facts)
    location = next(f for f in films.facts if f.kind == "filming_location")
    assert "St. Petersburg" in location.value and "Kiel" not in location.value


@pytest.fixture(scope="module")
def shapes(tmp_path_factory) -> Engine:
    articles = {"retro.md": RETRO, "glass_harbour_interview.md": INTERVIEW, "weites_land.md": ROLES}
    return engine_over(tmp_path_factory.mktemp("shapes"), articles)


def test_questions_about_those_shapes(shapes):
    captain = shapes.answer("Wer spielt in Im Hafen den Kapitän?")  # "X, …, dessen Kapitän"
    assert captain.supported and "Kurt Amsel" in captain.text
    max_roth = shapes.answer("wer spielt max roth")  # not Lina's actor in the relative clause
    assert max_roth.supported and "Tom Berger" in max_roth.text
    greta = shapes.answer("Who plays Greta in Weites Land?")  # a list under "## Die Rollen"
    assert greta.supported and "Ulla Brenner" in greta.text


def test_a_spoken_headline_is_no_title_and_the_interviews_i_is_the_one_interviewed(shapes):
    titles = {film.title for film in shapes.films()}
    assert "Glass Harbour" in titles and not any("sea to stay" in title for title in titles)
    born = shapes.answer("Where was Nora Lind born?")
    assert born.supported and "Bergen" in born.text
    not_her = shapes.answer("Where was Ben Carver born?")  # named in the opening, not interviewed
    assert not not_her.supported


def test_a_follow_up_about_a_person_means_the_one_the_answer_named(shapes):
    history = [("Wer spielt Mia in Im Hafen?", "Mia wird von Hanna Maria Pohl gespielt [1].")]
    born = shapes.answer("Where was she born?", history)
    assert born.supported and "Danzig" in born.text
