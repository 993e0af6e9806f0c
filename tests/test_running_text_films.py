"""Two films covered in running text, headlines that name their film after a person, German
verb-second credits, described roles, where a story's people live, and "Who did X play?".

Each test is a kind of text or question, not one article; films and people are invented.
"""

from __future__ import annotations

import pytest

from assistant.analysis import question_kind
from assistant.reading import _FactAt, _setting
from index.documents import parse_document
from index.films import FilmCatalogue, extract_films
from tests.conftest import engine_over
from tests.test_sections_and_mentions import _films
from tests.test_shape_variety import _facts

RETROSPECTIVE = """# Storms and Afternoons: Two Classics Open the Spring Season

The cinematheque's spring season opened this weekend with a pairing of two old films.

Saturday night belonged to Red Gate, Kenji Mori's 1950 puzzle about a killing in a forest. \
Kenji Mori directed Red Gate and wrote the script. Ren Oda plays Tajiro, the bandit, and Aki Sato is the \
wife, Masa. Fumio Hara's score adds to the fever.

The new restoration shows how daring Kazu Miya's cinematography still is.

On Sunday the programme turned to Yasu Oda and Quiet Afternoon, released in 1953 and known in \
Germany as Stiller Nachmittag. An elderly couple visit their children in the city. Chika Ryo plays \
the father, Shuki, and Setsu Hana as Nori gives a great performance.

Yuharu Ada's camera sits low and hardly ever moves. At 136 minutes Quiet Afternoon is no short \
afternoon.
"""

REVIEW_WITH_A_COMPARISON = """# Night Train

Night Train is the third film by Owen Price. Tom Hale plays the conductor Walt, and Ada Kern is \
his daughter Rosa. Like Red Gate (1950), it tells one night from several sides, and Red Gate is \
the model Price admits to.

Jon Ott wrote the music. The film runs 104 minutes.
"""

BOOK_YEAR = """# Die Nebelfähre

Die Nebelfähre folgt dem Roman von Paul Reyne (1959) recht genau. Regie führte Aurel Fontana.

Die Vorlage von Paul Reyne (1959) war lange vergriffen, Paul Reyne selbst lebte zurückgezogen.
"""


def test_a_second_film_in_running_text_gets_its_own_facts():
    films = _films(RETROSPECTIVE)
    assert set(films) == {"Red Gate", "Quiet Afternoon"}
    assert ("director", "", "Kenji Mori") in films["Red Gate"]
    assert ("cinematographer", "", "Kazu Miya") in films["Red Gate"]  # a paragraph naming no film
    assert ("cast", "Shuki", "Chika Ryo") in films["Quiet Afternoon"]
    assert ("cinematographer", "", "Yuharu Ada") in films["Quiet Afternoon"]
    assert ("runtime", "", "136") in films["Quiet Afternoon"]
    assert not any(v == "136" for _, _, v in films["Red Gate"])
    doc = extract_films(parse_document("retro.md", RETROSPECTIVE.encode()))
    aliases = {film.title: film.aliases for film in doc.films}
    assert aliases["Quiet Afternoon"] == ["Stiller Nachmittag"]


def test_a_film_named_in_passing_and_an_authors_year_are_no_second_film():
    assert list(_films(REVIEW_WITH_A_COMPARISON)) == ["Night Train"]
    assert list(_films(BOOK_YEAR)) == ["Die Nebelfähre"]


def test_questions_about_the_second_film_are_answered_from_its_part_only(tmp_path):
    engine = engine_over(tmp_path, {"retro.md": RETROSPECTIVE})
    assert "Chika Ryo" in engine.answer("Who plays Shuki in Quiet Afternoon?").text
    refused = engine.answer("Who wrote the music for Quiet Afternoon?")  # Red Gate's composer is no answer
    assert not refused.supported and "Fumio Hara" not in refused.text


def test_an_interview_heading_names_its_film_after_the_person():
    article = (
        "# Two women, one gaze: Lena Ost on Portrait of a Quiet Harbour\n\n"
        "Portrait of a Quiet Harbour, written and directed by Lena Ost, premiered in 2019.\n"
    )
    assert list(_films(article)) == ["Portrait of a Quiet Harbour"]


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (
            "Inszeniert hat das Ganze Aurel Fontana, der vorher Werbung gemacht hat.",
            ("director", "", "Aurel Fontana"),
        ),
        ("Geschnitten hat, wenn man so will, Odile Marchal.", ("editor", "", "Odile Marchal")),
        ("Den Part der Rosa übernimmt Ada Kern, und sie hält das durch.", ("cast", "Rosa", "Ada Kern")),
        ("Karl, ein verschuldeter Bauer, wird verkörpert von Tom Hale.", ("cast", "Karl", "Tom Hale")),
        ("Karl – gespielt von Tom Hale – ist Bauer.", ("cast", "Karl", "Tom Hale")),
        ("Karl is brought to life by Tom Hale.", ("cast", "Karl", "Tom Hale")),
        ("Tom Hale spielt auch den Karl.", ("cast", "Karl", "Tom Hale")),
        ("Das Dorf war klein; den Karl spielt der junge Tom Hale mit Wucht.", ("cast", "Karl", "Tom Hale")),
        ("Für die Bilder sorgte Lutz Brenner.", ("cinematographer", "", "Lutz Brenner")),
        ("Das Drehbuch verfasste Odile Marchal.", ("writer", "", "Odile Marchal")),
        (
            "In ihm verhandelt Tom Hale als müder, beinahe flehender Politiker Karl Brandt.",
            ("cast", "Politiker Karl Brandt", "Tom Hale"),
        ),
    ],
)
def test_verb_second_credits_and_described_roles(sentence, fact):
    assert fact in _facts(sentence)


def test_a_place_after_gedreht_hat_is_where_it_was_shot_not_who_directed():
    assert not any(kind == "director" for kind, _, _ in _facts("Gedreht hat das Team in Marokko."))


def _where(sentence: str) -> str:
    catalogue = FilmCatalogue([extract_films(parse_document("a.md", b"# Der Sturm\n\nText.\n"))])
    found = _setting(sentence, _FactAt("setting", "Der Sturm", "a.md", 0, sentence), catalogue, 0)
    return found.answer if found else ""


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Karl ist ein Träumer, der um die Jahrhundertwende in Lima lebt.", "in Lima"),
        (
            "Given two life sentences, he is sent to Harbour State Prison in Maine.",
            "in Harbour State Prison in Maine",
        ),
        ("The film follows Jo, a quiet boy growing up in Liberty Park, Miami.", "in Liberty Park"),
        (
            "A couple leave their home in the port town of Kure to visit their children.",
            "in the port town of Kure",
        ),
        (
            "Er erinnert sich an seine Kindheit im sizilianischen Dorf Castello.",
            "im sizilianischen Dorf Castello",
        ),
    ],
)
def test_where_a_storys_people_live_is_where_it_is_set(sentence, place):
    assert _where(sentence).startswith(place)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sie lebt in ihrem Zimmer wie in einer Zelle.",  # a German noun, no place's name
        "Gedreht wurde in Lima, wo das Team drei Monate lebte.",  # where it was shot
        "Born in Vienna, she now lives quietly.",  # where someone comes from
    ],
)
def test_where_someone_lives_look_alikes_are_no_setting(sentence):
    assert _where(sentence) == ""


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Who did Tom Hale play?", "role_of"),
        ("In welchem Viertel wächst Jo auf?", "setting"),
    ],
)
def test_question_kinds(question, kind):
    assert question_kind(question) == kind
