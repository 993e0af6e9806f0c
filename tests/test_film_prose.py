"""Cast and crew as prose writes them, not as credit lines: a pronoun for the character, a role
only described ("her father (…)", "plays the porter"), a job owned by a possessive, a producer
in the passive or a company, and questions that name a person by their role or a relative.

The films and people are invented for the tests.
"""

from __future__ import annotations

import pytest

from assistant.engine import Engine
from assistant.language import detect_language
from index.documents import parse_document
from index.films import extract_films
from index.names import find_names
from tests.conftest import engine_over

HARBOUR = """Der Nebelhafen (Deutschland 2004)

„Der Nebelhafen“ ist ein Drama von Lukas Ebner. Produziert wurde der Film von Clara Sand für
Möwe Filme, die Firma, die sie mit Ebner gegründet hat.

Die Fischerin Hanne Kolb verliert ihr Boot. Als sie am Kai steht, sieht sie, wie ihr Sohn Timo
mit einem Fremden abfährt. Hanne Kolb sucht Hilfe bei ihrem Vater (Otto Rieck), der die Werft betreibt.
Dazu kommt Jakob Lenz, ein Schmuggler mit guten Manieren. Moritz Albers, der schon in vielen
Hafenfilmen spielte, spielt ihn als leisen Charmeur. Hanne Kolb wird von Eva Brand gespielt.
Die Dramatikerin Ida Sommer, gespielt von Nora Feld, schreibt über den Hafen.
Ulrich Hahn spielt diesen Lenz in der Fernsehfassung.
"""

DESERT = """---
title: Salt Road – a review
film: Salt Road
language: en
year: 2011
---

# Salt Road

Salt Road follows a truck driver across the desert. Mara is a nurse from the coast who hitches a
ride. She is played by Leah Quinn, who had never acted before. Paul Brenner plays the porter of
the last motel, and Dana Reyes's score holds it together. The screenplay is credited to the
novelist Ruth Ames. The film was produced by the studio Amberlight. The driver and his friends
had worked together before, most famously on Silver Canyon.

## Cast

The Guide / The Stranger – Ben Ortiz
Mara – Leah Quinn

Leah Quinn is an actress from Canada.
"""


FESTIVAL = """---
title: "Harbours and deserts: Cannes 2030 in two films"
film: Salt Road
language: en
---

Two films from the competition stayed with me.

## Salt Road

Salt Road is the better film. Dana Reyes's score holds it together.

## Low Tide

"Low Tide" took the jury prize. It is shot in black and white, again by cinematographer Pia Lorenz.
Birgit Alt, who had played a nurse before, plays her as a tired sailor.
"""


def facts(text: str, name: str) -> set[tuple[str, str, str]]:
    return {(f.kind, f.subject, f.value) for f in extract_films(parse_document(name, text.encode())).facts}


def test_pronouns_described_roles_and_demonstratives_are_cast():
    found = facts(HARBOUR, "nebelhafen.txt")
    assert ("cast", "Jakob Lenz", "Moritz Albers") in found  # "…, spielt ihn"
    assert ("cast", "Vater", "Otto Rieck") in found  # "ihrem Vater (Otto Rieck)"
    assert ("cast", "Dramatikerin Ida Sommer", "Nora Feld") in found  # no sentence-initial article
    assert ("cast", "Lenz", "Ulrich Hahn") in found  # "spielt diesen Lenz"
    english = facts(DESERT, "salt_road.md")
    assert ("cast", "Mara", "Leah Quinn") in english  # "She is played by …"
    assert ("cast", "porter", "Paul Brenner") in english  # "plays the porter"
    assert ("cast", "Guide / Stranger", "Ben Ortiz") in english  # two roles on one list line
    assert ("cast", "Mara", "Leah Quinn") in english and ("cast", "Leah Quinn", "Mara") not in english
    assert not any(kind == "cast" and subject in ("She", "Canada") for kind, subject, _ in english)


def test_producers_in_the_passive_companies_and_jobs_owned_by_a_possessive():
    found = facts(HARBOUR, "nebelhafen.txt")
    assert ("producer", "", "Clara Sand") in found
    assert ("director", "", "Clara Sand") not in found  # "der Film von Clara Sand" after "Produziert"
    english = facts(DESERT, "salt_road.md")
    assert ("composer", "", "Dana Reyes") in english  # "Dana Reyes's score"
    assert ("writer", "", "Ruth Ames") in english  # "credited to the novelist Ruth Ames"
    assert ("producer", "", "Amberlight") in english  # "produced by the studio Amberlight"


def test_a_report_naming_one_film_up_front_still_covers_each_film_under_its_heading():
    films = extract_films(parse_document("cannes_2030.md", FESTIVAL.encode()))
    by_film = {(f.kind, f.value): f.film for f in films.facts}
    assert by_film[("cinematographer", "Pia Lorenz")] == "Low Tide"
    assert by_film[("composer", "Dana Reyes")] == "Salt Road"


def test_a_sentence_led_by_an_adverb_yields_no_name_and_never_fails():
    assert [n.text for n in find_names("Dazu kommt Jakob Lenz.")] == ["Jakob Lenz"]
    assert find_names("Was ist der alte Sokrates von Beruf?") == []  # a run emptied by a particle


@pytest.fixture(scope="module")
def prose_engine(tmp_path_factory) -> Engine:
    articles = {"nebelhafen.txt": HARBOUR, "salt_road.md": DESERT}
    return engine_over(tmp_path_factory.mktemp("prose"), articles)


def test_a_character_asked_for_by_description_or_relation(prose_engine):
    playwright = prose_engine.answer("Who plays the playwright in Der Nebelhafen?")  # "Dramatikerin"
    assert playwright.supported and "Nora Feld" in playwright.text
    mother = prose_engine.answer("Wer spielt die Mutter von Timo?")  # "ihr Sohn Timo"
    assert mother.supported and "Eva Brand" in mother.text
    father = prose_engine.answer("Who plays Hanne Kolb's father?")  # "ihrem Vater (Otto Rieck)"
    assert father.supported and "Otto Rieck" in father.text
    assert father.text.startswith("Hanne Kolb's father")


def test_a_person_named_by_their_role_is_looked_up_first(prose_engine):
    answer = prose_engine.answer("Where does the actress who plays Mara come from?")
    assert answer.supported and "Canada" in answer.text


def test_born_asks_for_a_birthplace_and_a_mentioned_title_is_no_indexed_film(prose_engine):
    assert not prose_engine.answer("Where was Leah Quinn born?").supported  # only "from Canada"
    canyon = prose_engine.answer("How long is Silver Canyon?")  # mentioned, not covered
    assert not canyon.supported and not canyon.citations


def test_relation_words_inside_a_title_ask_for_no_relative(prose_engine):
    from assistant.analysis import analyze

    catalogue = prose_engine.searcher.snapshot().films
    for question in (
        "Welche Rolle hat Eva Brand in „Der dritte Mann“?",
        "Welche Rolle hat Eva Brand in Der dritte Mann?",
    ):
        assert analyze(question, catalogue, "de").relation == ""
    assert analyze("Wer spielt den Mann von Hanne Kolb?", catalogue, "de").relation == "husband"


def test_title_words_do_not_decide_the_question_language():
    assert detect_language("Wer war Kameramann bei El laberinto del fauno?") == "de"
    assert detect_language("Where was Der Himmel über Berlin shot?") == "en"


GALA = """---
title: Zwei Preisträger der Rheingala im Rückblick
language: de
---

Zwei Filme aus der Geschichte der Rheingala lohnen das Wiedersehen.

## Der Lotsenturm

Jonas Wendts Drama lief im Wettbewerb der Rheingala und gewann den Goldenen Anker (Hanns-Kessel-Preis).
In der Rolle des Kaspar ist Udo Sternfeld zu sehen. Dazu kommt seine Schwester Ilka, die von Mira Haupt
verkörpert wird.

## Fazit

Der Jahrgang bleibt stark.
"""

TAVERN = """# Blue Tavern

Blue Tavern is a crime comedy. Jack "Lucky" Morrow is played by Dean Carver.
Ray Holt plays the barman, Elmo Finch, and Tessa Lane plays Elmo's sister, June.
Owen Price wrote the score, as he had for the director's earlier films. Nadia Ross shot it.
In Harbor Lights (1979), Dean Carver plays a tired captain.
"""


def test_a_report_heading_named_once_roles_and_relative_passives_are_read():
    document = parse_document("rheingala.md", GALA.encode())
    films = extract_films(document)
    assert "Der Lotsenturm" in {title.title for title in films.films}  # its section speaks of cast
    assert "Fazit" not in {title.title for title in films.films}
    found = {(f.kind, f.subject, f.value) for f in films.facts}
    assert ("cast", "Kaspar", "Udo Sternfeld") in found  # "In der Rolle des Kaspar ist … zu sehen"
    assert ("cast", "Ilka", "Mira Haupt") in found  # "Ilka, die von Mira Haupt verkörpert wird"
    assert ("director", "", "Jonas Wendt") in found  # "Jonas Wendts Drama lief …"
    assert not any("Preis" in value for _, _, value in found)  # a prize in brackets is no actor


def test_nicknames_described_roles_named_after_and_crew_by_verb():
    found = facts(TAVERN, "blue_tavern.md")
    assert ("cast", 'Jack "Lucky" Morrow', "Dean Carver") in found
    assert ("cast", "Elmo Finch", "Ray Holt") in found  # "plays the barman, Elmo Finch"
    assert ("cast", "June", "Tessa Lane") in found  # "plays Elmo's sister, June"
    assert ("composer", "", "Owen Price") in found and ("writer", "", "Owen Price") not in found
    assert ("cinematographer", "", "Nadia Ross") in found  # "Nadia Ross shot it."
    assert ("cast", "captain", "Dean Carver") not in found  # "In Harbor Lights (1979), …": another film


CANAL = """# Das Haus am Kanal

Das Haus am Kanal ist ein Kammerspiel von Greta Voss. In der Rolle des Fährmanns Anton ist Kurt Lind
zu sehen. Die Musik komponierte Sven Ahl.
"""


@pytest.fixture(scope="module")
def cast_engine(tmp_path_factory) -> Engine:
    articles = {"blue_tavern.md": TAVERN, "haus_am_kanal.md": CANAL}
    return engine_over(tmp_path_factory.mktemp("cast"), articles)


def test_a_question_for_the_whole_cast_gets_the_cast_in_its_language(cast_engine):
    english = cast_engine.answer("Who starred in Blue Tavern?")
    assert english.supported and english.text.startswith("The cast of Blue Tavern includes")
    assert "Ray Holt (Elmo Finch)" in english.text and "Tessa Lane (June)" in english.text
    german = cast_engine.answer("Wer spielt in „Blue Tavern“ mit?")
    assert german.supported and german.text.startswith("Zur Besetzung von „Blue Tavern“ gehören")
    assert "captain" not in english.text  # another film's role is no part of this cast
    narrower = cast_engine.answer("Who plays the tired captain in Blue Tavern?")
    assert "cast of" not in narrower.text  # a described role is not answered with the whole cast


def test_a_role_asked_as_written_and_a_title_without_its_article(cast_engine):
    anton = cast_engine.answer("Wer ist im „Haus am Kanal“ in der Rolle des Anton zu sehen?")
    assert anton.supported and "Kurt Lind" in anton.text
    music = cast_engine.answer("Wer hat die Musik zu dem Film komponiert, in dem Kurt Lind zu sehen ist?")
    assert music.supported and "Sven Ahl" in music.text  # the main clause asks for the composer


def test_an_unknown_subtitle_is_tried_with_the_name_before_it():
    from assistant.scope import _with_main_title

    asked = "Who shot Lantern Moor, the Sea of Ash?"
    assert _with_main_title(asked, ["Sea of Ash"]) == ["Lantern Moor, the Sea of Ash"]
    assert _with_main_title("Who shot Sea of Ash?", ["Sea of Ash"]) == []


# Shapes met in unseen articles: an aside before the verb, a rank before the name, initials, a
# character introduced earlier in the sentence, a line in bold, a cast list written with "as",
# a headline that is a quote, a .txt named after its film, crew credited "mainly to", a job and a
# birthplace said of "he" in the sentence after the person's name.
LIGHTHOUSE = """---
title: "„Das Meer hört nie auf“ – Gespräch mit Lene Quast über Die Wärterin"
---

**Frau Quast, „Die Wärterin“ lief 2019 in Locarno. Wie kam es dazu?**

Es war Zufall. **Greta wird von Ilka Morgenstern gespielt.**

Greta Vos ist Anfang fünfzig und lebt allein auf der Insel. Ihre Nachbarin gibt Dora Kemp.
"""

ICE_STATION = """The opening is quiet. The keeper is Ansel Brook, and Tom Verity plays him with almost
no words.
Nadia Frost, then almost unknown, plays flight engineer Lisa Crane. Piet Olsen is J. D. Marlow, a clerk.
Oskar Lind, once a great director himself, plays Max von Brandt, the cook.
The screenplay is credited mainly to the novelist Ruth Anders, and the hum of Dov Keller, who
wrote the score, stays with you.
Hal Borg grew up in the north. His own story is short.
Borg's story is told in the press notes.
He was born in 1950 in Vardø, a small town, and he worked as a ferry mechanic before he began to film.

## Cast

Vera Nilsen as Helga, the keeper's wife
Jon Aas as the postman
Ida Berg as the radio operator
"""


def test_asides_ranks_initials_bold_lines_and_as_lists_are_cast():
    wife = {
        (f.subject, f.value)
        for f in extract_films(parse_document("die_waerterin.md", LIGHTHOUSE.encode())).facts
    }
    assert ("Greta", "Ilka Morgenstern") in wife  # a line in bold is no quoted title
    assert not any(subject == "Anfang" for subject, _ in wife)  # "ist Anfang fünfzig" casts nobody
    facts = {
        (f.kind, f.subject, f.value)
        for f in extract_films(parse_document("ice_station.txt", ICE_STATION.encode())).facts
    }
    assert ("cast", "Ansel Brook", "Tom Verity") in facts
    assert ("cast", "Lisa Crane", "Nadia Frost") in facts
    assert ("cast", "J. D. Marlow", "Piet Olsen") in facts
    assert ("cast", "Max von Brandt", "Oskar Lind") in facts
    assert ("cast", "Helga", "Vera Nilsen") in facts
    assert ("cast", "the postman", "Jon Aas") in facts
    assert ("writer", "", "Ruth Anders") in facts and ("composer", "", "Dov Keller") in facts


def test_titles_from_a_quoted_headline_and_from_a_file_name_as_the_text_writes_it():
    from index.films import main_titles

    assert main_titles(parse_document("die_waerterin.md", LIGHTHOUSE.encode())) == ["Die Wärterin"]
    text = "A man walks out of the desert. That is how it opens Port Amber, Maine, the film that won.\n"
    assert main_titles(parse_document("port_amber_maine.txt", text.encode())) == ["Port Amber, Maine"]


def test_what_he_did_and_where_he_was_born_said_of_he_after_his_name(tmp_path):
    engine = engine_over(tmp_path, {"ice_station.md": "# Ice Station\n\n" + ICE_STATION})
    job = engine.answer("What did Hal Borg do before he began to film?")
    assert job.supported and "ferry mechanic" in job.text
    born = engine.answer("Wo wurde Hal Borg geboren?")
    assert born.supported and "Vardø" in born.text
    postman = engine.answer("Who plays the postman in Ice Station?")
    assert postman.supported and "Jon Aas" in postman.text
