"""Whose role, whose film, whose job. A role an actor is known for from another work is not a role
in this film ("best known as Detective Lane on TV", "won an Emmy for playing Queen Anne", "Bekannt
wurde X als …; hier spielt er den Zöllner Arno"); a role's owner is not the role ("Lucia's friend
Pilar", "Agnes' Schwester Rosa", "a trucker's daughter"); a maker named by whose film it is ("der
zweite Langfilm der Österreicherin X", "the feature debut of former documentarian X", "the work of
X"); actors giving a role a quality ("X brings a fierce stubbornness to Lucia"), German casting
idioms ("ist mit X ideal besetzt", "Als deren Sohn Mischa ist X zu sehen"), roles said by what they
are ("X is his daughter", "has a cameo as a priest"); credits and values in less common words ("Für
die flirrenden Bilder zeichnet X verantwortlich", "courtesy of the fado singer X", "penned by",
"trägt sich … zu", "Kinoauswertung", "grew out of"); a job said as what someone was before
("arbeitete früher als", "a former rodeo rider", "Ursprünglich war sie Fotografin"); where someone
grew up or comes from ("die in Breslau aufgewachsene X", "who was raised in Cork"); and names with an
abbreviated title ("Dr. Elisabeth Kranz", "Henry Vance Jr. (Al Stone)"). Invented films and people.
"""

from __future__ import annotations

import pytest

from tests.conftest import answer_naming, engine_over

NACHTZUG = """# Nachtzug nach Lemberg

Mit „Nachtzug nach Lemberg“ legt die Regisseurin Irma Kessel ihr Spielfilmdebüt vor. Den Schaffner Bruno
gibt Heiko Prell mit stoischer Ruhe, während Nele Sand die junge Witwe Olga mimt. Als deren Sohn Mischa ist
der zwölfjährige Timo Reis zu sehen. Für die flirrenden Bilder zeichnet Paula Wendt verantwortlich, die
Musik stammt aus der Feder von Georg Amsel. Der Film dauert knapp zwei Stunden (117 Minuten) und wurde
größtenteils in Ostpolen gedreht. Heiko Prell, gebürtiger Leipziger, arbeitete früher als Lokführer.
"""

SALT = """# The Salt Road

The Salt Road (2016), the second feature by Chilean-born director Tomas Ferro, is a quiet road movie.
Newcomer Ada Quint brings a fierce stubbornness to Lucia, a trucker's daughter, and veteran Ray Dunmore
lends her father Esteban a weary dignity. Lucia's friend Pilar is played with wit by Mona Vey. Ferro adapted
the screenplay from his own short story. Ada Quint, a former rodeo rider from Texas, was discovered at a
casting in Austin.
"""

BRANDUNG = """---
film: Brandung
---
Der Film wurde auf Pellworm gedreht und kommt am 4. Mai 2023 in die Kinos.
"""

TIDELAND = """# Tideland Blues

Tideland Blues (2019) is a drama. Dean Alcott is the lighthouse keeper Amos, and Lina Brook his estranged
wife Ruth.
"""

GRAUZONE = """# Grauzone

Grauzone ist der zweite Langfilm der Österreicherin Petra Lind, die bereits mit ihrem Debüt für Aufsehen
sorgte.
"""

ABENDROT = """# Abendrot

Nach „Morgengrauen“ legt Kurt Brenner mit „Abendrot“ nun den Abschluss seiner Trilogie vor.
"""

SEEWIND = """# Seewind

Karin Alt, die schon mit Kurzfilmen auf sich aufmerksam machte, erzählt in „Seewind“ von drei Schwestern.
"""

CREEK = """# Bitter Creek

Bitter Creek marks the feature debut of former documentarian Sean Mulloy.
"""

PAPER_MOON = """# Paper Moon Hotel

The film is the work of Kenji Mori, who also edited it.
"""

WOLFSLAND = """# Wolfsland

Wolfsland erzählt von der Försterin Agnes und ihrem Sohn Jakob. Jakob ist mit dem jungen Paul Wendt ideal
besetzt. In der Rolle des Pfarrers: Otto Kranz. Agnes' Schwester Rosa wird von Mira Kolb verkörpert.
"""

MOTEL = """# Northern Lights Motel

Northern Lights Motel (2018) stars Jake Morrow as Hank, a motel owner with debts. Cast as Hank's brother
Vern, Tom Ellery is terrific. Jo Kline steps into the shoes of the deputy, Fern.
"""

SOMMERHAUS = """# Sommerhaus

Sommerhaus, geschrieben von der Dramatikerin Julia Brandt, ist ein Kammerspiel. Die Geschichte trägt sich an
einem einzigen Wochenende in einem Ferienhaus an der Ostsee zu. Regisseurin Mona Falk, Jahrgang 1978, stammt
aus Rostock und lebt heute in Wien. Ursprünglich war sie Fotografin. Die Kinoauswertung begann im März 2021.
"""

HARBOR = """# Harbor of Saints

The script of Harbor of Saints, by first-time writer Nuno Reis, grew out of his grandfather's diaries. Its
music comes courtesy of the fado singer Rui Sal.
"""

GRENZE = """# Die stille Grenze

Die stille Grenze (2017) erzählt von einem Zöllner. Bekannt wurde Jörg Hensel als Kommissar Brand in der
Serie „Nachtwache“; hier spielt er den Zöllner Arno. Ihr Sohn Tim wird von Leon Graf gespielt.
"""

BLUE_HARBOR = """# Blue Harbor

Blue Harbor (2020) follows a dockworker. Kevin Shaw, best known as Detective Lane on TV, plays the
dockworker Sal Moretti. Shaw previously played a priest in Saint Jude. His co-star Ruth Adair, who won an
Emmy for playing Queen Anne, is Sal's sister Gina.
"""

KANAL = """# Der Kanal

Der Kanal ist ein Drama aus dem Jahr 2012. Die Hauptrolle spielt die in Breslau aufgewachsene Zofia Mrozek.
Kameramann Ole Dahl, ein Däne, arbeitet seit Jahren mit dem Regisseur. Zofia Mrozek lebt seit 2005 in
Berlin.
"""

CROSSING = """# Crossing Lines

Crossing Lines (2014) stars Nigerian-British actor Femi Ade as a border guard. Director Hana Sato hails from
Osaka. Writer Liam Byrne, who was raised in Cork, co-wrote the script with Sato. Femi Ade grew up in Lagos
before moving to London at twelve.
"""

SPERRSTUNDE = """# Sperrstunde

Geschrieben hat den Film Uta Renz, eine ehemalige Journalistin.
"""

NORTH_ROAD = """# North Road

North Road was penned by Karen Bly.
"""

FERRYMAN = """# Ferryman

Ferryman (2011) is a slow Irish drama. Colm Dunne plays an aging ferryman who refuses to retire.
Siobhan Kerr is his daughter, a nurse in Galway. Pat Lally has a cameo as a priest. Nora Quinn, as the
ferryman's late wife, appears only in flashbacks.
"""

BRUECKE = """# Die Brücke am Fluss

Die Brücke am Fluss (2010). Besetzung:
- Hauptmann Friedrich von Lahn – Martin Weiß
- Dr. Elisabeth Kranz – Sabine Roth
"""

LONG_NIGHT = """# The Long Night

The Long Night (1999). Cast: Jack "Lucky" Moran (Dan Price), Dr. Henry Vance Jr. (Al Stone), the Mayor
(Bob Dill).
"""

FESTIVAL = """# Festivalbericht: Tage des Nordens

Der Wettbewerb begann mit „Eisgang“ von Malin Berg. Ganz anders „Morgenröte“ der Finnin Aino Koski: Hier
spielt Veera Salo eine Dirigentin, die ihr Gehör verliert. Am Abend lief dann „Kalte Erde“, das Debüt des
Norwegers Lars Vik, mit Ida Moe als Bäuerin Kari.
"""

RIGA = """# Ein Sommer in Riga

„Ein Sommer in Riga“ (2021) von Inga Ozola erzählt von der Studentin Liva (Anna Berzina).
"""

NACHTFALTER = """# Nachtfalter

„Nachtfalter“ wurde von Jan Holub inszeniert. Das Drehbuch schrieb sein Vater Karel Holub. Die beiden
Verwundeten sind Ahmed, der Tschetschene – gespielt von Giorgi Tavadze –, und Niko, den Levan Beri spielt.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_over(
        tmp_path_factory.mktemp("whose"),
        {
            "nachtzug.md": NACHTZUG,
            "salt.md": SALT,
            "brandung.md": BRANDUNG,
            "tideland.md": TIDELAND,
            "grauzone.md": GRAUZONE,
            "abendrot.md": ABENDROT,
            "seewind.md": SEEWIND,
            "creek.md": CREEK,
            "paper_moon.md": PAPER_MOON,
            "wolfsland.md": WOLFSLAND,
            "motel.md": MOTEL,
            "sommerhaus.md": SOMMERHAUS,
            "harbor.md": HARBOR,
            "grenze.md": GRENZE,
            "blue_harbor.md": BLUE_HARBOR,
            "kanal.md": KANAL,
            "crossing.md": CROSSING,
            "sperrstunde.md": SPERRSTUNDE,
            "north_road.md": NORTH_ROAD,
            "ferryman.md": FERRYMAN,
            "bruecke.md": BRUECKE,
            "long_night.md": LONG_NIGHT,
            "festival.md": FESTIVAL,
            "riga.md": RIGA,
            "nachtfalter.md": NACHTFALTER,
        },
    )


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # roles known from other works are not this film's; the pronoun after the semicolon is
        ("Welche Rolle spielt Jörg Hensel in Die stille Grenze?", ["Arno"]),
        ("Wer spielt Arno in Die stille Grenze?", ["Hensel"]),
        ("Which role does Kevin Shaw play in Blue Harbor?", ["Sal"]),
        ("Who does Ruth Adair play in Blue Harbor?", ["Gina"]),
        ("Who plays Gina in Blue Harbor?", ["Adair"]),
        # actors giving a role a quality; German casting idioms
        ("Who plays Lucia in The Salt Road?", ["Ada Quint"]),
        ("Wer spielt Esteban in The Salt Road?", ["Ray Dunmore"]),
        ("Which role does Ray Dunmore play in The Salt Road?", ["Esteban"]),
        ("Wer spielt Mischa in Nachtzug nach Lemberg?", ["Timo Reis"]),
        ("Who plays Jakob in Wolfsland?", ["Paul Wendt"]),
        ("Wer spielt den Pfarrer in Wolfsland?", ["Otto Kranz"]),
        ("Which role does Tom Ellery play in Northern Lights Motel?", ["Vern"]),
        ("Who plays Fern in Northern Lights Motel?", ["Jo Kline"]),
        ("Wer spielt Ruth in Tideland Blues?", ["Lina Brook"]),
        ("Who does Siobhan Kerr play in Ferryman?", ["his daughter"]),  # "X is his daughter, a nurse"
        ("Who does Pat Lally play in Ferryman?", ["priest"]),  # "has a cameo as a priest"
        ("Which role does Nora Quinn play in Ferryman?", ["late wife"]),  # "X, as the ferryman's late wife,"
        # a title abbreviated with a dot stays with its name: "Dr. Elisabeth Kranz", "Henry Vance Jr."
        ("Which role does Sabine Roth play in Die Brücke am Fluss?", ["Elisabeth Kranz"]),
        ("Wer spielt Dr. Kranz in Die Brücke am Fluss?", ["Sabine Roth"]),
        ("Who plays Henry Vance in The Long Night?", ["Al Stone"]),
        # makers named by whose film it is
        ("Wer hat Grauzone gedreht?", ["Petra Lind"]),
        ("Who directed Abendrot?", ["Kurt Brenner"]),
        ("Wer ist die Regisseurin von Seewind?", ["Karin Alt"]),
        ("Who directed Bitter Creek?", ["Sean Mulloy"]),
        ("Who directed Paper Moon Hotel?", ["Kenji Mori"]),
        ("Wer hat bei Morgenröte Regie geführt?", ["Aino Koski"]),  # "„Morgenröte“ der Finnin X"
        (
            "Welche Rolle spielt Veera Salo in Morgenröte?",
            ["Dirigentin"],
        ),  # not the one before the colon
        ("Who directed Kalte Erde?", ["Lars Vik"]),  # "das Debüt des Norwegers X"
        ("Wer hat Ein Sommer in Riga gedreht?", ["Inga Ozola"]),  # the title's "in Riga (2021)" is no work
        ("Who plays Liva in Ein Sommer in Riga?", ["Anna Berzina"]),
        ("Wen spielt Giorgi Tavadze in Nachtfalter?", ["Ahmed"]),  # "Ahmed, der … – gespielt von X –"
        ("Wer hat das Drehbuch zu Nachtfalter geschrieben?", ["Karel Holub"]),  # "schrieb sein Vater X"
        # credits and values in less common words
        ("Who shot Nachtzug nach Lemberg?", ["Paula Wendt"]),
        ("Wer hat das Drehbuch zu Sommerhaus geschrieben?", ["Julia Brandt"]),
        ("Wer hat Sperrstunde geschrieben?", ["Uta Renz"]),  # "Geschrieben hat den Film X"
        ("Who wrote North Road?", ["Karen Bly"]),  # "penned by"
        ("Wer hat die Musik zu Harbor of Saints komponiert?", ["Rui Sal"]),
        ("Wo wurde Brandung gedreht?", ["Pellworm"]),
        ("Wo spielt Sommerhaus?", ["Ostsee"]),
        ("Wann kam Sommerhaus ins Kino?", ["2021"]),
        ("What is Harbor of Saints based on?", ["diaries"]),
        ("What is The Salt Road based on?", ["short story"]),
        # a job said as what someone was before
        ("Was war Heiko Prell früher von Beruf?", ["Lokführer"]),
        ("What did Ada Quint do before acting?", ["rodeo"]),
        ("Was war Mona Falk ursprünglich von Beruf?", ["Fotografin"]),  # not what she does "heute"
        # where from, and what job: the phrase that says what was asked
        ("Woher kommt Zofia Mrozek?", ["Breslau"]),  # "die in Breslau aufgewachsene", not "lebt in Berlin"
        ("Where did Liam Byrne grow up?", ["Cork"]),  # "Writer Liam Byrne, who was raised in Cork"
        ("Wo ist Femi Ade aufgewachsen?", ["Lagos"]),  # "grew up in", not "Nigerian-British actor"
        ("Where is Femi Ade from?", ["Nigerian"]),
        ("Was macht Ole Dahl beruflich?", ["Kameramann"]),  # not "arbeitet seit Jahren mit …"
        ("Who is Hana Sato?", ["Director"]),
    ],
)
def test_whose_role_film_and_job(engine, question, words):
    answer_naming(engine, question, *words)


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        ("Who plays Queen Anne in Blue Harbor?", "Ruth Adair"),  # her Emmy role, in another work
        ("Who plays Detective Lane in Blue Harbor?", "Kevin Shaw"),  # his TV role
        ("Wer spielt Kommissar Brand in Die stille Grenze?", "Jörg Hensel"),  # his role in a series
        ("Wer spielt Agnes in Wolfsland?", "Mira Kolb"),  # she plays Agnes' sister
        ("Who plays the trucker in The Salt Road?", "Ada Quint"),  # she plays the trucker's daughter
        ("Where is Ein Sommer in Riga set?", "Riga“"),  # only its title says Riga
    ],
)
def test_a_role_elsewhere_or_an_owner_is_not_the_role(engine, question, wrong):
    answer = engine.answer(question)
    assert not answer.supported and wrong not in answer.text, answer.text


def test_no_role_in_another_work_or_a_prize_enters_the_catalogue(engine):
    roles = {credit.plays for film in engine.films() for credit in film.credits if credit.role == "actor"}
    assert {"Sal Moretti", "Zöllner Arno", "Lucia", "Esteban"} <= roles, roles
    assert not roles & {
        "Saint Jude",
        "Queen Anne",
        "Detective Lane",
        "Kommissar Brand",
        "Emmy",
        "Kammerspiel",
    }


def test_a_release_is_no_filming_place(engine):
    answer = engine.answer("Where was Brandung filmed?")
    assert answer.supported and "Pellworm" in answer.text and "Kinos" not in answer.text, answer.text
