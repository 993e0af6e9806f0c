"""Transcripts, headed reports and the other names things go by: a radio transcript's speakers in
capitals ("ORIN PASK:") and its show's name over the film it discusses; a report's bold titles on a
line of their own, with the original title dated below or bracketed after them, and the other works,
songs and words it quotes beside them; a role's other name ("die … nur Frau Lo genannt wird"), a role
named in an aside ("Rosas Bruder, der stille Tomás, wird von X dargestellt"), a gapped passive ("…,
seine Frau Rosa von Y"); credits in a credits line without keys, a key of several jobs ("Schnitt,
Ausstattung und Kostüme: X"), initials ("J. T. Welland"), "nicht von ihr, sondern von …", the job one
had here against the job that describes one ("Als ausführender Produzent wirkte der Regisseur X mit");
what is not credited ("regiert", "has since become a director", a band, "None of it was shot in …").
Invented films and people.
"""

from __future__ import annotations

import pytest

from tests.conftest import answer_naming, engine_over

RADIO = """CITY WAVES – weekly film hour, radio transcript
Segment: "Rewind" – Dust Road: A Ballad of the Plains (1999)

HOST (Mara Quill): Good evening and welcome back. Tonight, a western that nobody saw.

ORIN PASK: You were wrong, Mara. Dust Road is a western the way Moby Dick is a book about fishing. It's
set in 1871, in a mining camp called Red Fork in the hills of Montana. The music is by J. T. Welland,
all fiddles.

HOST: Who directed it?

ORIN PASK: Lise Hawthorne.

HOST: And the sheriff?

ORIN PASK: My favourite is Abel, the sheriff who cannot shoot. Tom Ferrol plays him. And there is
Nell, the cook who loves Abel. Ada Price plays Nell.
"""

SENDUNG = """Kulturwelle – „Filmgespräch“, Sendung vom 3. März
Transkript (redaktionell bearbeitet)

MOSER: Willkommen bei „Filmgespräch“. Heute geht es um „Kaltes Ufer“ von Rita Sand aus dem Jahr 2001.

BERG: Ein stiller Film über eine Fährfrau. Das Drehbuch zu „Kaltes Ufer“ stammt aber nicht von ihr,
sondern von Ole Brandt und Kai Mertens.
"""

DIARY = """---
title: "Day two: the salt and the cold"
section: Diary
---

# Day two: the salt and the cold

The classics strand filled the old house twice.

**The Salt Road**

First, the long one: *La Ruta de la Sal* (1961), in a new restoration. Mateo Rey plays Julio, a
trucker. None of it was shot in Chile. The whole film was made in the south of Spain, near Almería.

**Winter Harbour**

After a break: *Winter Harbour* (1958), written and directed by Nils Berg. Seen together, the two films
show what the word "Berg" came to mean.

**Uncle Toma Who Sings to the River** (Ujak Toma), Serbia 1989, 98 minutes. Directed by Vera
Lazic, who had won in Venice for "Cold Bread" (1985). Goran Pek plays Toma.
"""

WEEK = """# Lakeside Film Week, Day 3: Ice and Song

Two small films that both made their names in the snow.

**Frost Line** (USA 2006). Written and directed by Dana Hoyle. Running time: 92 minutes.

Ray Vance, a mother of two, is played by Lia Moor. Jo Marsh is Kit, Ray's fifteen-year-old son, and
Al Grey appears as a trooper. The light was caught by cinematographer Reed Dunn, who has since become a
director herself.

**Busker** (Ireland 2005). Written and directed by Colm Reilly. Running time: 80 minutes.

Guy is played by Sean Duffy. Duffy and Ivana Kral wrote most of the songs themselves, and "Falling
Leaves" went on to win an award for Best Original Song.
"""

NACHTBLAU = """# Zwei Menschen im Treppenhaus

„Nachtblau“ (Originaltitel „Ye lan“) von Wen Li erzählt von zwei Nachbarn. Ihm gegenüber: Mei Ling als
Su Yan, die von den Nachbarn nur Frau Lo genannt wird. Daheim regiert der Vater Bo Han, ein strenger
Beamter. Tao Wu, ein Veteran des Kinos, spielt ihn mit eisiger Strenge. Die Musik stammt von Lars Best.
Als ausführender Produzent wirkte der Regisseur Kim Oh mit. Die Kamera führte Pia Roth, die später selbst
Regie führte.

*Regie: Wen Li. Schnitt, Ausstattung und Kostüme: Yu Chang. Hongkong/Frankreich 2003, 101 Minuten.*
"""

HOJAS = """Spanisch, Klasse 11 – Arbeitsblatt 2
Thema: Literaturverfilmung

# „Las Hojas“ (Juan Mora, 1986)
Spanien / BRD 1986 · Farbe · 95 Minuten · OmU

Juan Mora, damals Anfang dreißig und gerade von der Filmschule der Universität Madrid abgegangen, hat
den Film geschrieben und inszeniert. Pepe wird von Luis Orte gespielt, seine Frau Rosa von Elena Vidal.
Rosas Bruder, der stille Tomás, wird von Raúl Pino dargestellt. Den Nachbarn Ciro kennt man aus dem
Dorf. Gespielt wird er von Leo Kurz, dem Sänger der Band The Night Owls, der auch die Musik für den Film
komponiert hat.
"""

FORUM = """Thread: Night Market (2004) - finally watched it

posted by reel_owl:
Don't forget Sun-hee. Park Ji-won plays her, a young florist. And the villain, Han Dong-su, is Kim
Tae-ho, who looks far too calm for a man like that.
"""

LATERNE = """# Blaue Laterne

Ein Kammerspiel in einem alten Haus. Ming wird von Hua Lin gespielt. Im Haus leben schon zwei Frauen:
die ältere erste Frau Yuki und die zweite Frau Aiko (Lan Fei).
"""


NOTES = """# Dry Creek (USA 1977) – Cast and Characters

Notes for the Thursday screening. Written and directed by Ruth Okafor. Running time 96 minutes.
The story is set in 1962. Okafor loosely based the story on the 1961 escape of Lyle Dorne.

**Wes Harlan – Tom Brody**
A 30-year-old oil worker who is fired at the start of the film.

**June Harlan – Kay Lowry**
His sister, who narrates the film.

**June's father – Ed Marsh**
A sign painter who disapproves of Wes.
"""

VEILLEUR = """# Der Mann im grauen Mantel

**Paul Rivettes „Der stille Wächter“ kommt restauriert zurück ins Kino.**

Ein Mann liegt rauchend auf dem Bett. Dieser Mann ist Luc Verne, ein Dieb, und Marc Dalle spielt ihn mit
einem Gesicht wie eine verschlossene Tür. Die Kamera führte Jean Roux. Yves Morin shot it in black and
white, sagt man in Paris.

*Der stille Wächter (Le Veilleur). Frankreich 1969. Regie: Paul Rivette.*
"""

LEXIKON = """# Das Haus am Hafen

Der Film spielt in Triest. Bei einer Auktion lernt der Rahmenmacher Anton den Amerikaner Ray Colby kennen,
einen Kunsthändler; Dale Hooper gibt ihn mit Cowboyhut. Auffällig ist die Besetzung der Nebenrollen mit
Regisseuren: Nick Rand, der Veteran von „Sie wissen nicht, was sie tun“, erscheint als toter Maler Derwatt.
"""

CLEO = """# Seven Hours

Seven Hours follows a singer through one afternoon in Lyon. The score is by Michel Laroque, who also turns
up on screen as Bob, the pianist who rehearses with her.
"""

PROGRAMME = """SUNDAY CLASSICS | The Fortress (1996)

Darryl Moss, a tow-truck driver, is played by Ken Caton. The veteran Jim Tarwell lends dignity to Hammond,
the retired barrister who takes the case.

Cast
Ken Caton ............ Darryl Moss
Charles "Bud" Tarwell ... Lawrence Hammond
"""

BOOKLET = """DER NACHTZUG
Booklet zur DVD

Wir sind in Kassel, im Herbst des Jahres 1931. Hans Lode spielt den Schaffner Emil.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_over(
        tmp_path_factory.mktemp("transcripts"),
        {
            "dust_road_radio_transcript.txt": RADIO,
            "kaltes_ufer_radio_transkript.txt": SENDUNG,
            "festival_diary_day_two.md": DIARY,
            "lakeside_week_day_three.md": WEEK,
            "nachtblau_kritik.md": NACHTBLAU,
            "las_hojas_arbeitsblatt.md": HOJAS,
            "night_market_forum_thread.txt": FORUM,
            "blaue_laterne.md": LATERNE,
            "dry_creek_cast_notes.md": NOTES,
            "le_veilleur_feuilleton.md": VEILLEUR,
            "das_haus_am_hafen_lexikon.md": LEXIKON,
            "seven_hours_programme_note.md": CLEO,
            "der_nachtzug_dvd_booklet.md": BOOKLET,
            "the_fortress_programme_note.md": PROGRAMME,
        },
    )


def test_the_films_a_piece_covers_not_its_show_words_or_songs(engine):
    titles = {film.title for film in engine.films()}
    wanted = {
        "Dust Road",
        "Kaltes Ufer",
        "The Salt Road",
        "Winter Harbour",
        "Frost Line",
        "Busker",
        "Nachtblau",
    }
    assert wanted <= titles, titles
    assert any(title.startswith("Uncle Toma Who Sings") for title in titles), titles
    unwanted = {"Plains", "Montana", "Filmgespräch", "Berg", "Cold Bread", "Falling Leaves", "Day two", "Bud"}
    assert not unwanted & titles, titles


def test_no_role_for_speakers_form_fields_or_titles(engine):
    characters = {
        credit.name for film in engine.films() for credit in film.credits if credit.role == "character"
    }
    assert not {"HOST", "ORIN PASK", "Thema", "Nachtblau", "Irgendwann", "Don't"} & characters, characters


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Who composed the music for Dust Road?", ["J. T. Welland"]),
        ("Who directed Dust Road?", ["Lise Hawthorne"]),
        ("In which year is Dust Road set?", ["1871"]),
        ("Which role does Tom Ferrol play in Dust Road?", ["Abel"]),
        ("Who wrote the screenplay for Kaltes Ufer?", ["Ole Brandt", "Kai Mertens"]),
        ("Wer spielt Julio in La Ruta de la Sal?", ["Mateo Rey"]),
        ("Where was The Salt Road shot?", ["Spain"]),
        ("Who directed Winter Harbour?", ["Nils Berg"]),
        ("Who plays Toma in Ujak Toma?", ["Goran Pek"]),
        ("Who directed Busker?", ["Colm Reilly"]),
        ("Who shot Frost Line?", ["Reed Dunn"]),
        ("Who plays Ray's son in Frost Line?", ["Jo Marsh"]),
        ("Who plays Mrs Lo in Nachtblau?", ["Mei Ling"]),
        ("Wer spielt Bo Han in Nachtblau?", ["Tao Wu"]),
        ("Wer hat Nachtblau produziert?", ["Kim Oh"]),
        ("Who composed the music for Nachtblau?", ["Lars Best"]),
        ("Who edited Nachtblau?", ["Yu Chang"]),
        ("How long is Nachtblau?", ["101"]),
        ("When was Nachtblau released?", ["2003"]),
        ("Wer spielt Rosa in Las Hojas?", ["Elena Vidal"]),
        ("Who plays Tomás in Las Hojas?", ["Raúl Pino"]),
        ("Wer hat das Drehbuch zu Las Hojas geschrieben?", ["Juan Mora"]),
        ("Wer hat die Musik zu Las Hojas komponiert?", ["Leo Kurz"]),
        ("Wie lang ist Las Hojas?", ["95"]),
        ("Who plays Sun-hee in Night Market?", ["Park Ji-won"]),
        ("Who plays Han Dong-su in Night Market?", ["Kim Tae-ho"]),
        ("who plays ming in blaue laterne", ["Hua Lin"]),
        ("Wer spielt Ciro in Las Hojas?", ["Leo Kurz"]),
        ("Who plays Wes Harlan in Dry Creek?", ["Tom Brody"]),
        ("Who plays June's father in Dry Creek?", ["Ed Marsh"]),
        ("What is Dry Creek based on?", ["Lyle Dorne"]),
        ("In which year is Dry Creek set?", ["1962"]),
        ("Who plays Luc Verne in Le Veilleur?", ["Marc Dalle"]),
        ("Wer spielt Ray Colby in Das Haus am Hafen?", ["Dale Hooper"]),
        ("Welche Rolle spielt Nick Rand in Das Haus am Hafen?", ["Derwatt"]),
        ("Which role does Michel Laroque play in Seven Hours?", ["Bob"]),
        ("Wo und wann spielt Der Nachtzug?", ["Kassel", "1931"]),
        ("Who plays Hammond in The Fortress?", ["Tarwell"]),
        ("Wer spielt Darryl Moss in The Fortress?", ["Ken Caton"]),
    ],
)
def test_roles_credits_and_values(engine, question, words):
    answer_naming(engine, question, *words)


def test_a_follow_up_asks_whether_the_composer_acts_too(engine):
    history = [["Who composed the music for Seven Hours?", "The music is by Michel Laroque."]]
    answer_naming(engine, "Und spielt er auch selbst mit?", "Bob", history=history)


def test_a_film_named_in_its_file_without_accents_is_one_film_with_its_german_title(engine):
    titles = {film.title: film for film in engine.films()}
    assert "Le Veilleur" in titles and "Der stille Wächter" not in titles, sorted(titles)
    assert "Der stille Wächter" in titles["Le Veilleur"].other_titles


def test_a_prose_sentence_and_a_cast_line_both_cited(engine):
    answer = engine.answer("Who plays Darryl Moss in The Fortress?")
    cited = " ".join(citation.text for citation in answer.citations)
    assert "tow-truck driver" in cited and "......" in cited, cited


def test_a_follow_up_asks_for_the_cameraman(engine):
    history = [["Who directed Frost Line?", "Dana Hoyle directed Frost Line."]]
    answer_naming(engine, "and who was the cameraman?", "Reed Dunn", history=history)


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        ("Who directed Frost Line?", "Reed Dunn"),  # she became a director later, elsewhere
        ("Who directed Nachtblau?", "Bo Han"),  # "regiert" rules a home, it directs nothing
        ("Who plays Abel in Dust Road?", "Ada Price"),  # she plays Nell, the cook who loves Abel
        ("Where was The Salt Road shot?", "Chile"),  # none of it was
        ("Wer hat die Musik zu Las Hojas komponiert?", "Night Owls"),  # a band composes nothing
        ("Who directed Das Haus am Hafen?", "Nick Rand"),  # directors cast as actors direct nothing here
    ],
)
def test_what_is_said_of_others_is_not_the_answer(engine, question, wrong):
    answer = engine.answer(question)
    assert wrong not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Wer spielt die erste Frau Yuki in Blaue Laterne?",  # Aiko's actress is no answer for Yuki
        "Who composed the music for Winter Harbour?",  # the diary names no score for it
    ],
)
def test_what_no_sentence_states_stays_unanswered(engine, question):
    answer = engine.answer(question)
    assert not answer.supported, answer.text
