"""Interviews in "Frage:/Antwort:" form, casual blog reviews, credits pages of mixed line styles,
newsletters and essays: each test is a kind of text, with invented films and people, and the
questions a reader asks about it.
"""

from __future__ import annotations

import pytest

from assistant.engine import Engine
from tests.conftest import answer_naming, engine_over
from tests.test_sections_and_mentions import _films
from tests.test_shape_variety import _facts

INTERVIEW = """„Man vergisst beim Zusehen das Atmen“
Lene Varga über „Kaltluft“, Tobias Renner und das Drehen an echten Orten

Im Herbst kommt „Kaltluft“, das Regiedebüt des Schauspielers Tobias Renner, in die Kinos. Wir trafen
Lene Varga, die darin eine Nebenrolle spielt, in einem Café.

Frage: Frau Varga, worum geht es in „Kaltluft“?

Antwort: Um Paul Steger, einen jungen Mann, der im Gefängnis sitzt und eine Arbeit bei einem
Bestatter findet. Gespielt wird Paul von Jonas Keller, der vorher nie gespielt hatte.

Frage: Und Ihre Rolle?

Antwort: Ich spiele die Mutter, Hanna Steger.

Frage: Gibt es Menschen, die zu Paul halten?

Antwort: Am ehesten sein Bewährungshelfer Otto Brandl, den Gerhard Wimmer spielt – ein müder, aber
anständiger Mann.

Frage: Wo wurde gedreht?

Antwort: Gedreht haben wir in Graz und in einem alten Gefängnis in Karlau.

Frage: Der Film wirkt sehr kühl.

Antwort: Das ist Martin Oberholz, unser Kameramann. Der hat einen Blick für Räume.

Frage: Waren Sie in Cannes dabei?

Antwort: Ja, das war schön.
"""


def test_an_interview_under_a_pull_quote_reads_its_film_and_its_answers():
    films = _films(INTERVIEW, "interview_varga.txt")
    assert list(films) == ["Kaltluft"]  # the quoted first line is what was said, not the title
    facts = films["Kaltluft"]
    assert ("director", "", "Tobias Renner") in facts
    assert ("cast", "Paul", "Jonas Keller") in facts  # "Gespielt wird Paul von …"
    assert ("cast", "Hanna Steger", "Lene Varga") in facts  # "Ich spiele …": the one interviewed
    assert ("cast", "Otto Brandl", "Gerhard Wimmer") in facts  # ", den Gerhard Wimmer spielt"
    assert ("cinematographer", "", "Martin Oberholz") in facts  # "X, unser Kameramann"
    places = [value for kind, _, value in facts if kind == "filming_location"]
    assert places and "Graz" in places[0]  # the answer to "Wo wurde gedreht?"
    assert not any(kind == "cast" and "Antwort" in (subject, value) for kind, subject, value in facts)
    assert not any(kind == "cast" and subject == "Am" for kind, subject, _ in facts)


def test_an_interview_answer_names_where_the_village_was_found():
    article = """# Gespräch mit dem Szenenbildner

Frage: Wo haben Sie das Dorf gefunden?

Antwort: Nach langer Suche in Wendlitz, einem kleinen Ort in der Uckermark. Die Kirche war schon da.

Frage: Wo spielt die Geschichte?

Antwort: In einem Dorf in Pommern, kurz vor dem Krieg.
"""
    facts = _films(f"---\nfilm: Der Kirchturm\n---\n{article}")["Der Kirchturm"]
    places = [value for kind, _, value in facts if kind == "filming_location"]
    assert places == ["in Wendlitz, einem kleinen Ort in der Uckermark"]  # not where it is set


BLOG = """# Wiederentdeckt: „Kalte Sonne“ (1975)

Worum geht's? Edda Wollny (großartig: Berta Kuhn), eine verwitwete Näherin, lernt in einer Kneipe
den jüngeren Ali (Farid ben Amar, eher still, aber genau richtig) kennen. Ihre Tochter Inge (Ruth
Selle, wie so oft herrlich verkniffen) ist entsetzt.

Die Geschichte taucht schon in Konrad Vehs „Der fremde Gast“ (1970) auf. Das Vorbild ist Hans
Sirmans Melodram „Was der Regen will“ (1955).

Die Kamera (Jörg Lamprecht) ist übrigens genial.
"""


def test_a_blog_review_reads_praise_in_brackets_and_dates_only_its_own_film():
    facts = _films(BLOG)["Kalte Sonne"]
    assert ("cast", "Edda Wollny", "Berta Kuhn") in facts  # "(großartig: X)"
    assert ("cast", "Inge", "Ruth Selle") in facts or ("cast", "Tochter Inge", "Ruth Selle") in facts
    assert any(kind == "cast" and value == "Farid ben Amar" for kind, _, value in facts)  # "ben"
    assert ("cinematographer", "", "Jörg Lamprecht") in facts
    assert not any(kind == "cast" and value == "Jörg Lamprecht" for kind, _, value in facts)
    releases = {value for kind, _, value in facts if kind == "release"}
    assert releases == {"1975"}  # "„Der fremde Gast“ (1970)" dates another film


CREDITS = """# The Silver Harbour

> Mara, a nurse in Lisbon, loses her son Tiago and goes to tell his father, now the singer Lola, in
Porto. There she meets Agrado and Tiago's old friend Nuno.

## Cast

Clara Reis .......... Mara
Ana Vidal – Agrado
Rui Costa as Nuno's father
Tiago – Pedro Lemos
Lola – Joana Matos

## Crew

Directed by: Sofia Brandão
Cinematography: Luis Arenas
Editing: Marta Sol
Original music: Hugo Pires
Production design: Tomás Vale
"""


def test_a_credits_page_with_lines_of_either_order_and_plain_crew_labels():
    facts = _films(CREDITS)["The Silver Harbour"]
    for role, actor in [
        ("Mara", "Clara Reis"),
        ("Agrado", "Ana Vidal"),
        ("Tiago", "Pedro Lemos"),  # the role first, under a line that names the actor first
        ("Lola", "Joana Matos"),
        ("Nuno's father", "Rui Costa"),
    ]:
        assert ("cast", role, actor) in facts
    assert ("composer", "", "Hugo Pires") in facts  # "Original music"
    assert ("editor", "", "Marta Sol") in facts
    assert not any(kind == "cast" and value == "Tomás Vale" for kind, _, value in facts)  # a job


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (
            "Tom Ashby is Mabel Grant, and Peter Lane plays her husband Nick, a builder.",
            ("cast", "Nick", "Peter Lane"),
        ),
        (
            "The camerawork is shared between Chris Doyle and Mark Lee, because the shoot ran long.",
            ("cinematographer", "", "Mark Lee"),
        ),
        ("William Chang handled the editing.", ("editor", "", "William Chang")),
        ("Das Drehbuch schrieb Tom Berg zusammen mit Mogens Rukov.", ("writer", "", "Mogens Rukov")),
        (
            "As his mother Miranda, the Neapolitan stage actress Pupa Maggi is all exasperated devotion.",
            ("cast", "Miranda", "Pupa Maggi"),
        ),
        (
            "And Ciccio Ingra, as Uncle Teo, the brother let out for a day, gives the film its tree scene.",
            ("cast", "Uncle Teo", "Ciccio Ingra"),
        ),
        (
            "Er hatte jahrelang an dem Stoff gearbeitet, ausgehend von dem Roman von Martin Amis.",
            ("based_on", "", "ausgehend von dem Roman von Martin Amis"),
        ),
        ("Lisa Marie Stone plays her with great warmth.", None),
    ],
)
def test_sentences_of_newsletters_reviews_essays_and_interviews(sentence, fact):
    facts = _facts(sentence)
    if fact is None:
        assert not any(kind == "cast" and subject == "warmth" for kind, subject, _ in facts)
    else:
        assert fact in facts
    assert ("cast", "Mabel Grant", "Peter Lane") not in facts  # "her husband" is a possessive


def test_the_title_role_of_a_possessive_title_and_an_academy_that_is_no_person():
    article = """# The Long Road of *Greta's Supper*

For the title role Lund cast Sophie Marchand, who was born in Lyon. Henrik Lund, who trained at the
Royal Danish Academy of Art, became a director in Danish television before he made films.
"""
    facts = _films(article)["Greta's Supper"]
    assert ("cast", "Greta", "Sophie Marchand") in facts
    assert not any(value == "Danish" for _, _, value in facts)


QUESTIONS = {
    "fest.md": """---
title: Das Supper
---
„Das Supper“ ist ein Film von Tove Brandt aus dem Jahr 1998. Die Kamera führte Arne Holm.
""",
    "supper.md": """# Mara's Supper

Mara's Supper (1987) is based on a short story by Karen Lind. It was directed by Gabriel Ek.
""",
    "woman.txt": """THE REGAL NEWSLETTER

Our Sunday film is A Woman in Blue (1974). Gena Rowan is Mabel Longo, a housewife, and Peter Vale
plays her husband Nick. Mabel's mother is played by Lady Rowan, Gena's mother in real life. Kate
Vale, the director's own mother, plays Nick's mother Margaret.
""",
    "kaltluft.md": """---
title: Kaltluft
---
Paul Steger sitzt im Gefängnis. Am ehesten hält sein Bewährungshelfer Otto Brandl, den Gerhard
Wimmer spielt, zu ihm. Der Film beruht auf einer literarischen Vorlage?
""",
    "gespraech.md": """---
film: Das stille Band
---
## „Das Licht ist keine Nostalgie“ – Kameramann Christian Weber im Gespräch

Christian Weber, 1945 in Linz geboren, ist seit Jahren der Mann hinter der Kamera, wenn Anna Roth dreht.
""",
}


@pytest.fixture(scope="module")
def four_films(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("interviews"), QUESTIONS)


def test_a_possessive_title_in_german_is_not_another_films_one_word_title(four_films):
    answer_naming(four_films, "Von wem stammt die Vorlage zu Maras Supper?", "Lind")
    answer_naming(four_films, "Wer führte die Kamera bei Das Supper?", "Arne Holm")


def test_a_relative_named_as_the_role_and_an_unknown_owner(four_films):
    answer_naming(four_films, "Who plays Mabel's mother in A Woman in Blue?", "Lady Rowan")
    answer_naming(four_films, "Wer spielt Mabels Mutter?", "Mabels Mutter")
    assert not four_films.answer("Who plays Mabel's father in A Woman in Blue?").supported
    assert not four_films.answer("Wer spielt Lolas Vater?").supported  # no Lola anywhere


def test_a_fact_from_a_heading_is_cited_by_the_passage_that_names_the_person(four_films):
    answer = four_films.answer("Who was the cinematographer of Das stille Band?")
    assert answer.supported and "Christian Weber" in answer.text
    assert "Christian Weber" in answer.citations[0].text


def test_the_relative_of_a_relative(four_films):
    for question in ("Who plays Mabel's husband's mother?", "Wer spielt die Mutter von Mabels Mann?"):
        answer_naming(four_films, question, "Kate Vale")
    assert "Peter Vale" in four_films.answer("Who plays Mabel's husband?").text


def test_someone_described_by_what_they_are_to_a_character(four_films):
    answer_naming(four_films, "Wer spielt Pauls Bewährungshelfer?", "Gerhard Wimmer")
    # No English word for "Bewährungshelfer" is known: not Paul's own actor, but "not in my sources".
    english = four_films.answer("Who plays Paul's probation officer in Kaltluft?")
    assert not english.supported


def test_a_question_in_an_article_states_nothing(four_films):
    assert not four_films.answer("Worauf beruht Kaltluft?").supported


@pytest.fixture(scope="module")
def lantern(tmp_path_factory) -> Engine:
    articles = {
        "lantern.md": "---\nfilm: The Third Lantern\n---\nThe Third Lantern is a 1951 British thriller "
        "directed by Hal Morrow. It runs 104 minutes.\n",
        "storm.md": "---\nfilm: Der Sturm\n---\nDer Sturm ist ein Drama von Anna Berg aus dem Jahr 2019. "
        "Der Film dauert 98 Minuten.\n",
    }
    return engine_over(tmp_path_factory.mktemp("lantern"), articles)


def test_a_german_question_names_a_film_by_its_translated_title(lantern):
    # German capitalises every noun, so the title is not marked by its capitals; a translation of a
    # title the articles write still finds the film
    answer_naming(lantern, "Wie lange dauert Die dritte Laterne?", "104")
    answer_naming(lantern, "Wer führte bei Die dritte Laterne Regie?", "Hal Morrow")
    assert not lantern.answer("Wie lange dauert Die letzte Reise?").supported  # no such film


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What is Tom Hale's role in Der Sturm?", "role_of"),
        ("Who is Tom Hale playing in Der Sturm?", "role_of"),
        ("Welchen Charakter spielt Tom Hale?", "role_of"),
        ("Wer war für die Montage zuständig?", "editor"),
        ("Who cut Der Sturm?", "editor"),
        ("Where did the shoot take place?", "filming_location"),
        ("Wer war bei Der Sturm für die Bilder zuständig?", "cinematographer"),
        ("What did Anna Berg train as?", "person_job"),
        ("Where is Der Sturm set?", "setting"),
    ],
)
def test_more_ways_to_ask_for_a_kind_of_fact(question, kind):
    from assistant.analysis import question_kind

    assert question_kind(question) == kind


FLYER = """KINO AM HOF
Programm vom 14. bis 20. November

Reihe "Am Rand" – drei Filme über Jugendliche.

LA NUIT – DIE NACHT
F 1995 · 98 Min. · OmU · R: Marc Dorval · D: Jean Roux, Paul Imbert

Paris nach einer Krawallnacht: Vinz (Jean Roux) und Hubert (Paul Imbert) hängen auf den Dächern herum und
streiten. Die Kamera führte Pierre Amiel.

PERROS
MEX 2000 · 154 Min. · OmU · R: Alonso Iñiguez · D: Gael Ortiz, Goya Prado

Ein Autounfall in Mexiko-Stadt: Octavio (Gael Ortiz) lässt seinen Hund kämpfen. Das Model Valeria (Goya
Prado) verliert ihre Karriere. Die Kamera führte Rodrigo Prado.
"""


def test_a_programme_flyer_with_abbreviated_credit_lines_under_capital_heads():
    films = _films(FLYER, "programm.txt")
    assert {"La Nuit", "Perros"} <= set(films)
    nuit, perros = films["La Nuit"], films["Perros"]
    assert ("director", "", "Marc Dorval") in nuit and ("director", "", "Alonso Iñiguez") in perros
    assert ("runtime", "", "98") in nuit and ("release", "", "1995") in nuit
    assert ("cast", "Vinz", "Jean Roux") in nuit and ("cast", "Octavio", "Gael Ortiz") in perros
    assert not any(
        kind == "cast" and value == "Jean Roux" and subject != "Vinz" for kind, subject, value in nuit
    )


WORKSHEET = """# Filmanalyse: *Die Reise*

## 2. Figuren

- Julio Zapata: 17, lebt bei seiner Mutter, ärmer als sein Freund (gespielt von Gael Bernal)
- Jano: Tenochs Cousin, Schriftsteller, betrügt Luisa (gespielt von Juan Remo)

## 3. Produktion

Produziert wurde der Film unter anderem mit Jorge Vega als Produzent.

## Cast

- Eitaro Ozu (credited as Sakae Ozu) as Tobei
"""


def test_a_worksheet_describes_its_characters_and_names_the_actor_in_brackets():
    facts = _films(WORKSHEET)["Die Reise"]
    assert ("cast", "Julio Zapata", "Gael Bernal") in facts
    assert ("cast", "Jano", "Juan Remo") in facts  # not "Luisa", the last name before the bracket
    assert ("cast", "Tobei", "Eitaro Ozu") in facts  # the billing aside names no other actor
    assert not any(kind == "cast" and subject == "Produzent" for kind, subject, _ in facts)


def test_an_interview_with_initials_and_a_pronoun_after_a_genitive():
    article = """---
film: Der Garten
---
*Der polnische Kameramann Lukas Zell hat einen Film gedreht, in dem man das Wesentliche nie sieht.*

SZ: Wo wurde gedreht?

LZ: In Oświęcim, unmittelbar an der Mauer.

SZ: Gab es eine Szene, die Sie beschäftigt hat?

LZ: Die Nacht, in der Hedwigs Mutter abreist. Imke Kogge spielt sie.
"""
    facts = _films(article)["Der Garten"]
    assert ("cast", "Hedwigs Mutter", "Imke Kogge") in facts  # not "LZ", the speaker's label
    places = [value for kind, _, value in facts if kind == "filming_location"]
    assert places == ["in Oświęcim, unmittelbar an der Mauer"]  # not "in dem man …", a relative clause


MEMORY = {
    "ricordo_review.md": """# Remembering a Town

That film was Fabio Rinaldi's Ricordo, released in 1973. At the centre is the adolescent Tito, played by
Bruno Zani. The real engine of the film, however, is his family. As his mother Mira, the stage actress Pia
Maggi is all exasperated devotion. Marta Noel's Gradisca, the hairdresser every man dreams about, waits
for her Gary Cooper.
""",
    "figuren.md": """# Filmanalyse: *Die Reise*

- Miguel Iturra: Tenochs Vater, hoher Beamter (gespielt von Emil Echeva)
- Tenoch Iturra: 17, Sohn eines Politikers (gespielt von Diego Lunar)
""",
}


@pytest.fixture(scope="module")
def memory(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("memory"), MEMORY)


def test_relatives_named_a_sentence_or_two_later_or_after_a_colon(memory):
    answer_naming(
        memory, "In Rinaldi's Ricordo, who plays Tito's mother?", "Pia Maggi"
    )  # the maker is not asked about
    answer_naming(memory, "Wer spielt Tenochs Vater?", "Emil Echeva")


def test_a_role_described_by_a_clause_and_a_film_no_article_covers(memory):
    # "the man Gradisca marries" is not Gradisca
    assert not memory.answer("Who plays the man Gradisca finally marries in Ricordo?").supported
    # a film named before the role, German word order, that no article is about
    assert not memory.answer("Wer spielt in Picnic at Hanging Rock die Schülerin Mira?").supported
