"""Several cast pairs in one sentence, as reviews and programme notes sum a cast up: a list of roles
and a list of actors of the same length, paired in order ("Anna und Paul – Maria Lenz und Jan Ott –",
"X, Y and Z as Nora, Frank and Edith", "In den Rollen von …: …"), a passive credit whose verb the
next pair leaves out ("…, Paul von Jan Ott"), possessives ("Jan Ott's Paul and Maria Lenz's Anna"),
a German genitive ("Ute Brinks Hanna Vogt ist …"), a bracketed actor after a described relative
("the aunt of Anna (X)"), roles described, not named ("plays Nora's mother", "As the father, X …"),
a German clause with its verb last, and a pronoun or "the role" pointing back across a semicolon or
a sentence end. Each actor gets their own role, never a neighbour's. Also: a name the asked film's
article writes is no unknown work, even where a word of it stands in lower case there ("Klein",
"White"). Invented films and people.
"""

from __future__ import annotations

import pytest

from tests.conftest import answer_naming, engine_over

FAEHRE = """# Die Fähre

„Die Fähre“ ist ein Drama von Karla Brandt aus dem Jahr 2019. Anna und Paul – Maria Lenz und Jan Ott –
fliehen gemeinsam an die Küste. Während Eva Stein die Tante Hilde spielt, ist Kurt Vogel als Fährmann
Ole zu sehen. Die Kamera führte Jonas Weiß. Der Film ist klein, weiß aber zu berühren.

Die Wirtin Hanna Vogt betreibt den Hafenkiosk. Ute Brinks Hanna Vogt ist die heimliche Heldin des Films;
Ute Brink stand zuvor nur auf Theaterbühnen.
"""

HARBOUR = """# Harbour Lights

Harbour Lights (2011) is a drama by Ruth Carver, based on a novel by Mary White. Owen Marsh and Ada Finn
play the siblings Tom and Ruth. Nell is played by Ida Berg, and Sam by Leo Hart. Nell's uncle Max is
played by Carl Dunn, Nell herself by Ida Berg. Gus returns to the white town of his youth; he is played
by Pete Lowe. Jim Cole's Walt and Dora Kent's Iris make an odd couple.
"""

KREUZ = """# Kreuzweg

Kreuzweg ist ein Familiendrama aus dem Jahr 2014. Greta wird von Sofia Lind gespielt, Jonas von Tim
Roth-Berger. Mit Lara Weiss in der Rolle der Mira und Ben Falk als deren Bruder Lukas. Elias, ein
stiller Junge, wohnt am Waldrand; er wird von Noah Kern gespielt. Liesel, die Oma, kommt zu Besuch. Die
Rolle übernahm Helga Brandl.
"""

VALLEY = """# Quiet Valley

Quiet Valley (2008) follows a shepherd. Vera Holm plays Una, the aunt of Kit (Joe Marr). Rob Tate's
Fergus returns to the farm after twenty years. The farmer Dan appears late in the film. The role went
to Ian Shaw.
"""


FAMILY = """# Cold Spring

Cold Spring (2012) is a family drama about Nora, a farmer. Eva Holt plays Nora's mother. As the father,
Carl Berg is superb. The part of the grandfather went to Otto Lind.
"""

LISTS = """# Three Rivers

Three Rivers (2016) is a family saga. The ensemble – Ana Ruiz, Lou Grant and Bea Moss as Nora, Frank and
Edith – is superb. As Milo and Rosa, Jon Park and Kim Lee are quietly funny. Newcomer Zoe Hart carries the
film as Lily. Tim Beck plays Otto and Ray Dahl his brother Hugo.
"""

ROLLEN = """# Das Erbe

Das Erbe ist ein Kammerspiel aus dem Jahr 2021. In den Rollen von Marta, Ulrich und Vera: Inge Roth, Uwe
Kranz und Lisa Moll. Als Jakob und Klara sind Ralf Busch und Nina Berg zu sehen. Sven Aust und Ida Wolf
überzeugen als Geschwisterpaar Theo und Lene. Paula Stern übernimmt die Rolle der Greta.
"""


@pytest.fixture(scope="module")
def casts(tmp_path_factory):
    return engine_over(
        tmp_path_factory.mktemp("pairs"),
        {
            "faehre.md": FAEHRE,
            "harbour.md": HARBOUR,
            "kreuzweg.md": KREUZ,
            "valley.md": VALLEY,
            "rivers.md": LISTS,
            "erbe.md": ROLLEN,
            "spring.md": FAMILY,
        },
    )


@pytest.mark.parametrize(
    ("question", "actor", "neighbours"),
    [
        ("Wer spielt Anna in Die Fähre?", "Maria Lenz", ["Jan Ott"]),  # roles, then actors in an aside
        ("Who plays Paul in Die Fähre?", "Jan Ott", ["Maria Lenz"]),
        ("Wer spielt Hilde in Die Fähre?", "Eva Stein", ["Kurt Vogel"]),  # "Während X die Hilde spielt,"
        ("Who plays Hanna Vogt in Die Fähre?", "Ute Brink", []),  # "Ute Brinks Hanna Vogt ist …"
        ("Who plays Ruth in Harbour Lights?", "Ada Finn", ["Owen Marsh"]),  # "play the siblings Tom and Ruth"
        ("Who plays Tom in Harbour Lights?", "Owen Marsh", ["Ada Finn"]),
        ("Who plays Sam in Harbour Lights?", "Leo Hart", ["Ida Berg"]),  # "…, and Sam by Leo Hart"
        ("Who plays Max in Harbour Lights?", "Carl Dunn", ["Ida Berg"]),
        ("Who plays Gus in Harbour Lights?", "Pete Lowe", []),  # "…; he is played by"
        ("Who plays Walt in Harbour Lights?", "Jim Cole", ["Dora Kent"]),  # "Jim Cole's Walt and …"
        ("Who plays Iris in Harbour Lights?", "Dora Kent", ["Jim Cole"]),
        ("Wer spielt Jonas in Kreuzweg?", "Roth-Berger", ["Sofia Lind"]),  # "…, Jonas von Tim Roth-Berger"
        ("Wer spielt Mira in Kreuzweg?", "Lara Weiss", ["Ben Falk"]),  # "Mit X in der Rolle der Mira und Y"
        ("Who plays Elias in Kreuzweg?", "Noah Kern", []),  # "…; er wird von X gespielt"
        ("Wer spielt Liesel in Kreuzweg?", "Helga Brandl", []),  # "Die Rolle übernahm X"
        ("Who plays Kit in Quiet Valley?", "Joe Marr", ["Vera Holm"]),  # "the aunt of Kit (Joe Marr)"
        ("Who plays Una in Quiet Valley?", "Vera Holm", ["Joe Marr"]),
        ("Who plays Fergus in Quiet Valley?", "Rob Tate", []),  # "Rob Tate's Fergus returns"
        ("Who plays Dan in Quiet Valley?", "Ian Shaw", []),  # "The role went to X"
        ("Who plays Edith in Three Rivers?", "Bea Moss", ["Ana Ruiz", "Lou Grant"]),  # two lists, in order
        ("Who plays Frank in Three Rivers?", "Lou Grant", ["Ana Ruiz", "Bea Moss"]),
        ("Who plays Rosa in Three Rivers?", "Kim Lee", ["Jon Park"]),  # "As Milo and Rosa, X and Y …"
        ("Who plays Lily in Three Rivers?", "Zoe Hart", []),  # "carries the film as Lily"
        (
            "Who plays Hugo in Three Rivers?",
            "Ray Dahl",
            ["Tim Beck"],
        ),  # "X plays Otto and Y his brother Hugo"
        ("Wer spielt Vera in Das Erbe?", "Lisa Moll", ["Inge Roth", "Uwe Kranz"]),  # "In den Rollen von …:"
        ("Wer spielt Marta in Das Erbe?", "Inge Roth", ["Lisa Moll", "Uwe Kranz"]),
        ("Who plays Klara in Das Erbe?", "Nina Berg", ["Ralf Busch"]),  # "Als Jakob und Klara sind X und Y"
        (
            "Wer spielt Lene in Das Erbe?",
            "Ida Wolf",
            ["Sven Aust"],
        ),  # "X und Y überzeugen als … Theo und Lene"
        ("Wer spielt Greta in Das Erbe?", "Paula Stern", []),  # "X übernimmt die Rolle der Greta"
        ("Who plays Nora's mother in Cold Spring?", "Eva Holt", []),  # "Eva Holt plays Nora's mother."
        ("Wer spielt Noras Mutter in Cold Spring?", "Eva Holt", []),
        ("Who plays the father in Cold Spring?", "Carl Berg", []),  # "As the father, Carl Berg is …"
        ("Who plays the grandfather in Cold Spring?", "Otto Lind", []),  # "The part of the … went to"
    ],
)
def test_each_role_gets_its_own_actor(casts, question, actor, neighbours):
    answer = answer_naming(casts, question, actor)
    assert not any(other in answer for other in neighbours), answer


@pytest.mark.parametrize(
    ("question", "role", "neighbours"),
    [
        ("Welche Rolle spielt Jan Ott in Die Fähre?", "Paul", ["Anna"]),
        ("Which role does Maria Lenz play in Die Fähre?", "Anna", ["Paul"]),
        ("Which role does Eva Stein play in Die Fähre?", "Hilde", ["Ole"]),
        ("Which role does Ada Finn play in Harbour Lights?", "Ruth", ["Tom"]),
        ("Which role does Dora Kent play in Harbour Lights?", "Iris", ["Walt"]),
        ("Welche Rolle spielt Ben Falk in Kreuzweg?", "Lukas", ["Mira"]),
        ("Welche Rolle spielt Lara Weiss in Kreuzweg?", "Mira", ["Lukas"]),
        ("Which role does Joe Marr play in Quiet Valley?", "Kit", ["Una"]),
        ("Which role does Vera Holm play in Quiet Valley?", "Una", ["Kit"]),
        ("Which role does Rob Tate play in Quiet Valley?", "Fergus", []),
        ("Which role does Lou Grant play in Three Rivers?", "Frank", ["Nora", "Edith"]),
        ("Welche Rolle spielt Uwe Kranz in Das Erbe?", "Ulrich", ["Marta", "Vera"]),
        ("Welche Rolle spielt Sven Aust in Das Erbe?", "Theo", ["Lene"]),
    ],
)
def test_each_actor_gets_their_own_role(casts, question, role, neighbours):
    answer = answer_naming(casts, question, role)
    assert not any(other in answer for other in neighbours), answer


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Which novel by Mary White is Harbour Lights based on?", ["Mary White"]),  # "a white town"
        ("Who shot Die Fähre, the film about Anna?", ["Jonas Weiß"]),  # "weiß aber zu berühren"
        ("Who directed Harbour Lights, the film with Gus?", ["Ruth Carver"]),
    ],
)
def test_a_name_the_films_article_writes_is_no_unknown_work(casts, question, words):
    answer_naming(casts, question, *words)


@pytest.mark.parametrize(
    "question",
    [
        "Who composed the music for Harbour Lights?",
        "Who plays Anna's mother in Die Fähre?",
        "Who directed Harbour Lights with John Ford?",  # named nowhere: still nobody's
        "Which role does Pete Lowe play in Quiet Valley?",  # Harbour Lights' actor
    ],
)
def test_what_no_sentence_pairs_stays_unanswered(casts, question):
    answer = casts.answer(question)
    assert not answer.supported, answer.text
