"""Which films a piece covers, and what an interview or a follow-up asks: a festival report that names
its films unquoted at the head of their paragraphs ("Harbour Nights (1996) opened the afternoon."),
not its sidebar's quoted name; a retrospective's films dated or called films in running text („X“,
der 1985 in Locarno …; „Y“, ein düsterer Spielfilm); bold leads with a bracketed alias ("**Yi Ma
(A Horse and a Cart)**, Taiwan 2001."); a file name that spells umlauts out ("wir_koennen_…" for
„Wir können …“); an interviewer's question for a job, answered with names ("Wer hat das Drehbuch
geschrieben?" – "Jana Ott selbst, gemeinsam mit …"), while a question names no one's job; a child's
age ("Als Achtjährige wird Lara von X gespielt, die erwachsene Lara verkörpert Y") and the follow-up
"Und als Kind?"; a role asked as someone's ("who plays Sherry, NJ's first love?") is not that
someone's; and a nationality is no role ("X, a Japanese comedian, appears as Mr. Ota"). Invented
films and people.
"""

from __future__ import annotations

import pytest

from tests.conftest import answer_naming, engine_over

REPORT = """# Festival report: the "New Shores" sidebar, day three

The third day of the "New Shores" sidebar paired two features from the nineties.

Harbour Nights (1996) opened the afternoon. Directed by Rua Tane, it follows two brothers on a fishing
boat. Kiri Wells plays the elder brother Hemi. The film runs 97 minutes.

Salt Wind (1999) was the evening's shock. Ana Poutu made her debut feature from a novel by Mere Kahu. The
setting is a coastal town in Northland, where Tama, played by Rawiri Hona, tries to keep his family
together.
"""

WERKSCHAU = """Werkschau Lorenz Abt
Programmtext zur Reihe im November

Kaum ein Regisseur hat die Alpen so genau gefilmt wie Lorenz Abt. Den Auftakt macht „Firnlicht“, ein
düsterer Spielfilm über einen Hüttenwirt. Im Zentrum der Reihe steht „Gletschermilch“, der 1988 in Locarno
ausgezeichnet wurde. Die Tochter des Hüttenwirts wird von Nina Brun gespielt. Der Film dauert 104 Minuten.

Zum Abschluss zeigen wir „Talwind“ (2004), die Geschichte eines jungen Bergführers.
"""

BOLD = """# Riverside Film Festival, Day 2: Two Cities

The sidebar was the quiet heart of this year's festival.

**Yi Ma (A Horse and a Cart)**, Taiwan 2001. Director and writer: Chen Wuli. Running time: 151 minutes.

It follows a family in Taipei. Issey Kato, a Japanese comedian and stage performer, appears as Mr. Oda,
the gentle accountant. A business trip takes the father, Wen, to Osaka, where he meets his first love
Sherry again.

**Umi-no (Sea Days)**, Japan 1995. Music: Taro Ikeda.

A fisherman's widow returns to her village.
"""

FORUM = """Forum > Deutscher Film
Thema: Wir gehen nach Hause (1994) – unterschätzt?

filmfan schrieb am 14.01.:
Zwei Schwestern erben einen Hof in der Uckermark. Die ältere, Grete, wird von Ulla Renz gespielt.
"""

GESPRAECH = """# „Die Geige ist ihre Stimme“ – ein Gespräch über Leises Land

Die Filmpädagogin Hanne Stoll zeigt „Leises Land“ seit Jahren in Schulkinovorstellungen.

**Frage:** Und woher kommt die Musik in Laras Leben?

**Stoll:** Von ihrer Tante Clara. Als Achtjährige wird Lara von Tina Korb gespielt, die erwachsene Lara
verkörpert die Französin Elise Marot.

**Frage:** Wer hat das Drehbuch geschrieben?

**Stoll:** Jana Ott selbst, gemeinsam mit der Amerikanerin Beth Sorel. Der Film lief 1997 in Cannes.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_over(
        tmp_path_factory.mktemp("pieces"),
        {
            "festival_report_new_shores.md": REPORT,
            "werkschau_lorenz_abt.md": WERKSCHAU,
            "riverside_day_two.md": BOLD,
            "wir_gehen_nach_hause_forum.txt": FORUM,
            "leises_land_gespraech.md": GESPRAECH,
        },
    )


def test_a_report_covers_the_films_it_names_not_its_sidebar(engine):
    titles = {film.title for film in engine.films()}
    assert {"Harbour Nights", "Salt Wind", "Firnlicht", "Gletschermilch", "Talwind"} <= titles, titles
    assert {"Yi Ma", "Umi-no", "Wir gehen nach Hause"} <= titles, titles
    assert "New Shores" not in titles and "Wir" not in titles, titles


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Who directed Harbour Nights?", ["Rua Tane"]),
        ("Who directed Salt Wind?", ["Ana Poutu"]),
        ("How long is Harbour Nights?", ["97"]),
        ("Where is Salt Wind set?", ["Northland"]),
        ("Wie lang ist Gletschermilch?", ["104"]),
        ("Wie lange dauert Yi Ma?", ["151"]),
        ("Wer hat die Musik zu Umi-no komponiert?", ["Taro Ikeda"]),
        ("Which role does Issey Kato play in Yi Ma?", ["Oda"]),
        ("Wer spielt Grete in Wir gehen nach Hause?", ["Ulla Renz"]),
        ("Who wrote the screenplay for Leises Land?", ["Jana Ott", "Beth Sorel"]),
        ("Who plays the grown-up Lara in Leises Land?", ["Elise Marot"]),
        ("Wer spielt Lara als Kind in Leises Land?", ["Tina Korb"]),
        ("Was macht Hanne Stoll beruflich?", ["Filmpädagogin"]),
    ],
)
def test_films_roles_and_jobs_of_reports_and_interviews(engine, question, words):
    answer_naming(engine, question, *words)


def test_a_follow_up_asks_for_the_same_role_at_another_age(engine):
    history = [["Wer spielt die erwachsene Lara in Leises Land?", "Elise Marot"]]
    answer_naming(engine, "Und als Kind?", "Tina Korb", history=history)


@pytest.mark.parametrize(
    "question",
    [
        "Who composed the music for Leises Land?",  # the interviewer asked where the music comes from
        "who plays sherry, Wen's first love, in Yi Ma?",  # a role asked as Wen's is not Wen's
        "Who plays Wen in Yi Ma?",  # nobody is said to
    ],
)
def test_what_no_sentence_states_stays_unanswered(engine, question):
    answer = engine.answer(question)
    assert not answer.supported, answer.text
