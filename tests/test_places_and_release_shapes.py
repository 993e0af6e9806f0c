"""Where a film is set or was shot and when it came out, in shapes a preposition does not mark: "Als
Drehort diente Görlitz", "Schauplatz ist Leipzig", "set against the backdrop of the Lisbon docks",
"In einem Leipziger Hinterhof …" opening a synopsis, "Seit dem 4. Mai 2019 läuft der Film in den
Kinos", the year in brackets after the film's own unquoted title ("Der Zug (2004) ist …", while "Die
Brücke (1959)" dates another film). Invented films.
"""

from __future__ import annotations

import pytest

from tests.conftest import answer_naming, engine_over

FAEHRE = """# Die Fähre

Die Fähre ist ein Drama über zwei Schwestern. Als Drehort diente Görlitz. Seit dem 4. Mai 2019 läuft der
Film in den Kinos.

In einem Leipziger Hinterhof betreiben die Schwestern Anna und Rosa eine Bäckerei.
"""

HARBOUR = """# Harbour Lights

Harbour Lights is a drama about a dock worker. The film is set against the backdrop of the Lisbon docks.
"""

ZUG = """# Der Zug

Der Zug (2004) ist ein Thriller nach Art von Die Brücke (1959). Schauplatz ist Triest. Gedreht wurde er in
Rijeka.
"""


@pytest.fixture(scope="module")
def places(tmp_path_factory):
    return engine_over(
        tmp_path_factory.mktemp("places"), {"faehre.md": FAEHRE, "harbour.md": HARBOUR, "zug.md": ZUG}
    )


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Wo wurde Die Fähre gedreht?", ["Görlitz"]),
        ("Where was Die Fähre filmed?", ["Görlitz"]),
        ("Wann kam Die Fähre ins Kino?", ["2019"]),
        ("Wo spielt Die Fähre?", ["Leipzig"]),
        ("Where is Harbour Lights set?", ["Lisbon"]),
        ("Wo spielt Der Zug?", ["Triest"]),
        ("Where was Der Zug shot?", ["Rijeka"]),
        ("Wann kam Der Zug heraus?", ["2004"]),  # "Der Zug (2004) ist …": the film's own title, dated
    ],
)
def test_a_place_or_date_said_without_a_preposition_is_read(places, question, words):
    answer_naming(places, question, *words)


@pytest.mark.parametrize(
    "question",
    ["Where was Harbour Lights filmed?", "Wie lang ist Der Zug?", "When was Harbour Lights released?"],
)
def test_what_the_article_does_not_say_stays_unanswered(places, question):
    answer = places.answer(question)
    assert not answer.supported, answer.text
