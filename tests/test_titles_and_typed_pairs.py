"""Two names of one film given side by side, headlines that say what kind of text follows, transcript
initials, and credits lines typed with any pairing mark: each test is a kind of text, with invented
films and people.
"""

from __future__ import annotations

import pytest

from tests.conftest import answer_naming, engine_over
from tests.test_sections_and_mentions import _films

TALK = """Post-screening talk: LA ESTACIÓN DEL NORTE (North Station, Chile 2001)
Moderator: Karin Lund (KL) · Guest: Dr. Tomás Reyes (TR)

KL: Who is Marta?

TR: Marta (Paula Ferrer) sells lottery tickets in the hall of La Estación del Norte, the station itself.
Her nephew Beto (Iván Soto) was working as a shoeshine boy at the bus terminal when the director met him.
"""


def test_a_title_and_its_translation_side_by_side_are_one_film_not_a_director():
    films = _films(TALK, "north_station_talk.txt")
    assert len(films) == 1, films  # the file's title and the headline's are one film
    facts = next(iter(films.values()))
    assert ("release", "", "2001") in facts
    assert not any(kind == "director" for kind, _, _ in facts)  # "North Station" made nothing
    assert ("cast", "Marta", "Paula Ferrer") in facts


def test_transcript_initials_are_no_roles():
    facts = next(iter(_films(TALK, "north_station_talk.txt").values()))
    assert not any(kind == "cast" and subject in {"KL", "TR"} for kind, subject, _ in facts)


@pytest.fixture(scope="module")
def talk(tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("talk"), {"north_station_talk.txt": TALK})


def test_a_question_naming_the_translated_title_finds_what_the_talk_says(talk):
    answer_naming(talk, "What was Iván Soto doing before he was cast in North Station?", "shoeshine")


@pytest.mark.parametrize(
    "label",
    ["Post-screening talk", "Filmgespräch", "Screening notes", "Review", "Programmnotiz"],
)
def test_a_label_before_the_headlines_colon_is_no_title(label):
    article = f"{label}: Der Kranich\n\nIm Kranich ist Ada (Ulla Berg) Fischerin. Der Kranich lief 1988.\n"
    films = _films(article, "notes_7.txt")
    assert list(films) == ["Der Kranich"]
    assert ("cast", "Ada", "Ulla Berg") in films["Der Kranich"]
    assert not any(kind == "cast" and label in subject for kind, subject, _ in films["Der Kranich"])


def test_a_films_name_with_review_after_it_stays_the_title():
    films = _films("Kranich review\n\nKranich (1988) follows Ada (Ulla Berg) to the coast.\n", "k.txt")
    assert list(films) == ["Kranich"]


def test_the_title_role_played_by_someone_is_no_directors_credit():
    article = (
        "# Das Mädchen Ada (Ada, 2009)\n\nGespielt wird Ada von Lene Wirth, und sie ist großartig. "
        "Regie führte Ole Brand.\n"
    )
    facts = _films(article, "blog_ada.txt")["Das Mädchen Ada"]
    assert ("director", "", "Ole Brand") in facts
    assert ("director", "", "Lene Wirth") not in facts


TYPED_PAIRS = """# Hafenlichter

Ein Film über einen Winter im Hafen von Wismar.

Darsteller, wie im Programmheft gedruckt:
Kapitän Rolf Anker ← Bernd Tamm ¦ Lotte Wiese ← Ina Vogt ¦ Maat Jupp ← Kai Lorenz

| Figur | Wer sie ist | Gespielt von |
|---|---|---|
| Hedda Sturm | die Wirtin, Rolfs Schwester | Maren Jost |
| Der Lotse | ein Fremder | Uwe Krall |

Rolf Anker will im Frühjahr wieder hinausfahren.
"""


@pytest.fixture(scope="module")
def typed(tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("typed"), {"hafenlichter.md": TYPED_PAIRS})


@pytest.mark.parametrize(
    ("question", "actor"),
    [
        ("Who plays Lotte Wiese in Hafenlichter?", "Ina Vogt"),
        ("Wer spielt Maat Jupp in Hafenlichter?", "Kai Lorenz"),
        ("Who plays Hedda Sturm in Hafenlichter?", "Maren Jost"),
    ],
)
def test_a_credits_line_in_any_pairing_mark_or_a_three_column_row_answers_who_plays(typed, question, actor):
    answer_naming(typed, question, actor)


def test_the_pairing_mark_pairs_and_the_list_mark_parts(typed):
    # "Lotte Wiese ← Ina Vogt ¦ Maat Jupp": Ina Vogt, not the next pair's actor, plays Lotte
    text = answer_naming(typed, "Which role does Kai Lorenz play in Hafenlichter?", "Jupp")
    assert "Lotte" not in text


def _facts_of(sentence: str, title: str = "Der Kranich") -> set[tuple[str, str, str]]:
    """The catalogue facts of a one-film article holding `sentence`."""
    return _films(f"# {title}\n\n{title} ist ein Film von 1988.\n\n{sentence}\n", "k.md")[title]


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Anna Berg, die Clara spielt, stammt aus Halle.", ("cast", "Clara", "Anna Berg")),
        ("Clara (Darstellerin: Anna Berg) unterrichtet in Halle.", ("cast", "Clara", "Anna Berg")),
        ("Ben (actor: Paul Roth) fishes off Rügen.", ("cast", "Ben", "Paul Roth")),
        ("It is Paula Hahn's second feature.", ("director", "", "Paula Hahn")),
        ("Paula Hahns zweiter Spielfilm erzählt von einem Fischer.", ("director", "", "Paula Hahn")),
        ("Ole Brand cut the film in six weeks.", ("editor", "", "Ole Brand")),
    ],
)
def test_relative_clauses_labelled_brackets_a_makers_feature_and_the_cut_are_read(sentence, fact):
    facts = _facts_of(sentence)
    assert fact in facts
    assert not any(kind == "cast" and subject == "Halle" for kind, subject, _ in facts)  # a place


@pytest.fixture(scope="module")
def co_stars(tmp_path_factory):
    article = "# Der Kranich\n\nEin Film von 1988.\n\nAnna Berg plays opposite Paul Roth, who is Ben.\n"
    return engine_over(tmp_path_factory.mktemp("costars"), {"kranich.md": article})


def test_the_actor_played_opposite_is_no_role(co_stars):
    answer = co_stars.answer("Which role does Anna Berg play in Der Kranich?")
    assert "Paul Roth" not in answer.text
    answer_naming(co_stars, "Which role does Paul Roth play in Der Kranich?", "Ben")


@pytest.fixture(scope="module")
def editing_table(tmp_path_factory):
    article = "# Der Kranich\n\nEin Film über einen Fischer.\n\nAm Schneidetisch saß Ole Brand.\n"
    return engine_over(tmp_path_factory.mktemp("editing"), {"kranich.md": article})


def test_who_sat_at_the_editing_table_edited_the_film(editing_table):
    answer_naming(editing_table, "Who edited Der Kranich?", "Ole Brand")


DESCRIBED = """# Der Kranich

Der Kranich ist ein DDR-Film von Paula Hahn aus dem Jahr 1988.

Die Geschichte spielt in einem Fischerdorf auf Usedom. Ben (Paul Roth) ist ein alter Fischer, der nicht mehr
hinausfahren darf. Seine Tochter Clara (Anna Berg) ist Lehrerin in Wolgast.

Das Drehbuch schrieb Ines Kolb nach dem Roman „Das Netz“ von Hans Roth.
"""


@pytest.fixture(scope="module")
def described(tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("described"), {"kranich.md": DESCRIBED})


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # the actor's bracket between the name and its description takes no room of the description
        ("Who plays the old fisherman in Der Kranich?", ["Paul Roth"]),
        ("Wer spielt den alten Fischer?", ["Paul Roth"]),
        ("What does Ben do for a living?", ["Fischer"]),
        ("Was ist Ben von Beruf?", ["Fischer"]),
        # ways of asking for the writer and the setting
        ("Who penned Der Kranich?", ["Ines Kolb"]),
        ("Wo ist Der Kranich angesiedelt?", ["Usedom"]),
    ],
)
def test_described_roles_jobs_and_further_phrasings_are_answered(described, question, words):
    answer_naming(described, question, *words)


def test_the_maker_named_before_the_verb_is_no_actor():
    # German verb second: "In <Titel> von <Regisseur> spielt <Darsteller> den <Rolle>"
    text = "In Die Fähre (2013) von Bille Sand spielt Jens Irle den Lehrer Raimund Gorn."
    article = f"---\ntitle: Die Fähre\n---\n\n{text}\n"
    facts = _films(article, "faehre.md")["Die Fähre"]
    assert not any(kind == "cast" and actor == "Bille Sand" for kind, _, actor in facts)
    assert any(kind == "cast" and actor == "Jens Irle" and "Gorn" in role for kind, role, actor in facts)


TWO_CLARAS = {
    "kranich.md": DESCRIBED,
    "nachtzug.md": (
        "---\ntitle: Nachtzug nach Lissabon\n---\n\nIn Nachtzug nach Lissabon (2013) spielt Jens Irle den "
        "Lehrer Raimund. Clara, seine Schülerin, wird von Mia Lenz gespielt. "
        "Der Film wurde in Lissabon gedreht.\n"
    ),
}


@pytest.fixture(scope="module")
def two_claras(tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("claras"), TWO_CLARAS)


def test_a_character_of_two_films_asked_without_a_film_gets_the_question_which_film(two_claras):
    answer = two_claras.answer("Who plays Clara?")
    assert not answer.supported
    assert "Der Kranich" in answer.text and "Nachtzug nach Lissabon" in answer.text


def test_the_film_described_or_talked_about_decides_between_two_claras(two_claras):
    answer_naming(two_claras, "Who plays Clara in the Usedom film?", "Anna Berg")
    history = [
        ["Where was Nachtzug nach Lissabon filmed?", "Nachtzug nach Lissabon was filmed in Lisbon [1]."]
    ]
    answer_naming(two_claras, "And who plays Clara?", "Mia Lenz", history=history)


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        (  # the verb once, then "Actor the Role" parts
            "The villagers: Paul Roth is the old fisherman Ben, Ina Vogt his sister Lotte, and Kai Lorenz "
            "the harbour master Jupp.",
            [("Lotte", "Ina Vogt"), ("Jupp", "Kai Lorenz")],
        ),
        ("Paul Roth spielt Ben, Ina Vogt die Lotte und Kai Lorenz den Jupp.", [("Lotte", "Ina Vogt")]),
        (
            "Anna Berg and Paul Roth play Clara and her father Ben.",
            [("Clara", "Anna Berg"), ("Ben", "Paul Roth")],
        ),
        ("As the father, Ben, Paul Roth says almost nothing.", [("Ben", "Paul Roth")]),
        ("Playing Clara, Anna Berg finds the film's calm centre.", [("Clara", "Anna Berg")]),
        ("Clara's actress, Anna Berg, was nineteen.", [("Clara", "Anna Berg")]),
        ("Clara, the teacher (Anna Berg, in her first role), returns home.", [("Clara", "Anna Berg")]),
        ("Den Vater, einen wortkargen Fischer namens Ben, spielt Paul Roth.", [("Ben", "Paul Roth")]),
        ("Paul Roth spielt den Vater (Ben).", [("Ben", "Paul Roth")]),
    ],
)
def test_gapped_coordinated_and_described_cast_sentences_are_read(sentence, pairs):
    facts = _facts_of(sentence, "The Crane")
    for role, actor in pairs:
        assert ("cast", role, actor) in facts, facts


def test_coordinated_actors_are_not_paired_with_the_first_role():
    sentence = "Anna Berg und Paul Roth spielen Clara und ihren Vater Ben."
    facts = _films(f"# Der Kranich\n\nEin Film von 1988.\n\n{sentence}\n", "k.md")["Der Kranich"]
    assert ("cast", "Clara", "Paul Roth") not in facts
    assert ("cast", "Clara", "Anna Berg") in facts


@pytest.fixture(scope="module")
def manner(tmp_path_factory):
    article = "# The Crane\n\nA 1988 film.\n\nPaul Roth verkörpert mit großer Ruhe den Fischer Ben.\n"
    return engine_over(tmp_path_factory.mktemp("manner"), {"crane.md": article})


def test_a_noun_after_a_preposition_is_no_role(manner):
    text = answer_naming(manner, "Which role does Paul Roth play in The Crane?", "Ben")
    assert "Ruhe" not in text


def test_a_title_with_its_small_words_is_one_title_found_in_translation(tmp_path):
    """English title case keeps "after the" lower: "The Silence after the Shot" is one title,
    which the embedder then finds as the German film's."""
    engine = engine_over(
        tmp_path,
        {
            "stille.md": "# Die Stille nach dem Schuss\n\nDer Film von Volker Berg erzählt von einer "
            "Flucht.\n",
            "mauer.md": "# Asche und Diamant\n\nAsche und Diamant ist ein Drama von Jan Wolski.\n",
        },
    )
    answer_naming(engine, "Who directed The Silence after the Shot?", "Volker Berg")


def test_an_original_title_bracketed_with_its_year_names_the_film(tmp_path):
    """ "Asche und Diamant (Popiół i diament, 1958)": the bracket gives the film's original title,
    also when a question writes it without the Polish letters; "(Wim Wenders, BRD 1987)" stays a credit."""
    engine = engine_over(
        tmp_path,
        {
            "asche.md": "# Asche und Diamant\n\nAsche und Diamant (Popiół i diament, 1958) ist ein Drama von "
            "Jan Wolski. Der Film dauert 103 Minuten.\n",
            "himmel.md": "# Der Himmel über Kiel\n\nDer Himmel über Kiel (Anna Berg, BRD 1987) dauert "
            "128 Minuten.\n",
        },
    )
    answer_naming(engine, "How long is Popiół i diament?", "103")
    answer_naming(engine, "How long is Popiol i diament?", "103")
    assert all("Anna Berg" not in film.other_titles for film in engine.films())
    assert any("Popiół i diament" in film.other_titles for film in engine.films())
