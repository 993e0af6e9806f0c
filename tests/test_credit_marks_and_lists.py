"""Credits typed with unusual marks, cast lists under any heading or none, short credits in brackets,
festival sections under bold dated lines, and cast sentences with an aside: each test is a kind of
text, with invented films and people.
"""

from __future__ import annotations

import pytest

from assistant.engine import Engine
from index.films import plain_credit_marks
from tests.conftest import answer_naming, engine_over
from tests.test_sections_and_mentions import _films

DASHED_LIST = """# Die Wolkenfabrik

Ein Kammerspiel von 1984 über eine stillgelegte Fabrik.

{heading}

Ruth Gellert – Die Alte
Konrad Stumpf – Leutnant Pawel
Ines Marquardt – Junge Weberin

Die Alte erinnert sich an den Winter.
"""


@pytest.mark.parametrize("heading", ["Besetzung", "Die Darsteller", "Main cast:", ""])
def test_a_dashed_cast_list_is_read_actor_first_under_any_heading_or_none(heading):
    facts = _films(DASHED_LIST.format(heading=heading))["Die Wolkenfabrik"]
    assert ("cast", "Die Alte", "Ruth Gellert") in facts
    # both sides look like names; the title "Leutnant" and the list's other lines say which is the role
    assert ("cast", "Leutnant Pawel", "Konrad Stumpf") in facts
    assert ("cast", "Junge Weberin", "Ines Marquardt") in facts


def test_one_dashed_line_alone_is_no_cast_list():
    article = "# Die Wolkenfabrik\n\nEin Film von 1984.\n\nRuth Gellert – Die Alte\n"
    facts = _films(article)["Die Wolkenfabrik"]
    assert not any(kind == "cast" for kind, _, _ in facts)


CREDIT_MARKS = """---
title: Der Salzgarten
---

DER SALZGARTEN
DDR 1979 · 96 Min.

Regie » Heide Lorenz ‖ Buch » Arno Weiß, Heide Lorenz ‖ Bild » Paul Rehm ‖ Musik » Eva Sand, Lieder: Die Kähne
Mara ~ Lotte Bauer ‖ Jens ~ Falk Ritter ‖ Jens' Mutter ~ Grete Hahn

Mara arbeitet in der Saline, Jens fährt Lastwagen.
"""


def test_credits_typed_with_guillemets_and_double_bars_are_read():
    facts = _films(CREDIT_MARKS)["Der Salzgarten"]
    assert ("director", "", "Heide Lorenz") in facts
    assert {("writer", "", "Arno Weiß"), ("writer", "", "Heide Lorenz")} <= facts
    assert ("cinematographer", "", "Paul Rehm") in facts  # "Bild »"
    assert ("composer", "", "Eva Sand") in facts
    composers = {value for kind, _, value in facts if kind == "composer"}
    assert composers == {"Eva Sand"}  # "Lieder: …" is a key of its own, not more of the music
    assert ("cast", "Jens", "Falk Ritter") in facts  # "Rolle ~ Darsteller"


def test_plain_credit_marks_keep_the_length_and_leave_prose_alone():
    line = "director >> Chen Wu // camera >> Li Ming // Xue Fan = Cuilan ... Wang Bo = the soldier"
    plain = plain_credit_marks(line)
    assert len(plain) == len(line)
    assert ">>" not in plain and "=" not in plain
    prose = "Sie sagt: 2 + 2 = 4, und er lacht."
    assert plain_credit_marks(prose) == prose


def test_a_forum_line_of_key_marks_gives_the_job():
    facts = _films("# Gelbe Hügel\n\nEin Film von 1984.\n\ndirector >> Chen Wu (his first feature!!)\n")
    assert ("director", "", "Chen Wu") in facts["Gelbe Hügel"]


SHORT_CREDITS = """# Nachtzug nach Triest

„Nachtzug nach Triest“ (Vera Kallmann, BRD/Italien 1987) ist ein Klassiker des Grenzkinos. Anders als
„Hafenlichter“ (Otto Brenner, 1979) erzählt er ohne Rückblenden. In den Hauptrollen: Jakob Stein (als
Schaffner „der Graf“ Moll), Lisa Ortmann (als Dora) und Emil Hart (als Zöllner).
"""


def test_a_short_credit_in_brackets_after_the_title_gives_director_and_year():
    films = _films(SHORT_CREDITS)
    facts = films["Nachtzug nach Triest"]
    assert ("director", "", "Vera Kallmann") in facts
    assert ("release", "", "1987") in facts
    assert ("director", "", "Otto Brenner") not in facts  # after another film's title: that film's
    assert not any("Kallmann" in alias for alias in films)  # the bracket is no second title


def test_as_role_brackets_with_a_nickname_are_cast():
    facts = _films(SHORT_CREDITS)["Nachtzug nach Triest"]
    assert ("cast", "Dora", "Lisa Ortmann") in facts
    assert ("cast", "Zöllner", "Emil Hart") in facts
    roles = {subject for kind, subject, value in facts if kind == "cast" and value == "Jakob Stein"}
    assert roles and "Moll" in next(iter(roles))  # the quoted nickname is no other film


REPORT = """---
title: "Festival diary: two quiet films"
---

Two films from the early eighties shared the afternoon slot.

**Schneefeld (Norway, 1982)**

Directed by Ola Brekke and Siri Lund, both born in Bergen in 1950, Schneefeld premiered in Oslo in 1982.
The observer is played by Nils Haug. Arne Foss, the veteran actor who plays the farmer Isak, is superb.

**Kupferstadt (Kobberbyen, Sweden, 1983)**

Kupferstadt (dir. Lars Ekdahl) runs 101 minutes and is set in a mining town.
"""


def test_bold_dated_lines_head_the_films_of_a_report():
    films = _films(REPORT)
    assert {"Schneefeld", "Kupferstadt"} <= set(films)
    assert ("director", "", "Ola Brekke") in films["Schneefeld"]
    assert ("release", "", "1982") in films["Schneefeld"]  # not the directors' birth year
    assert ("release", "", "1950") not in films["Schneefeld"]
    assert ("director", "", "Lars Ekdahl") in films["Kupferstadt"]  # "(dir. X)"
    assert ("director", "", "Lars Ekdahl") not in films["Schneefeld"]


def test_english_described_roles_and_appositions_are_cast():
    facts = _films(REPORT)["Schneefeld"]
    assert ("cast", "observer", "Nils Haug") in facts  # "The observer is played by …"
    assert any(k == "cast" and "Isak" in s and v == "Arne Foss" for k, s, v in facts)


ASIDES = """# Der Fährmann von Kalk

Den Baron, von der Presse nur „der Graf“ genannt, spielt Udo Brandt mit großer Lust. Den alten Fischer,
der in der Stadt nie glücklich wurde, hat Kurt Lemke gespielt.
"""


def test_object_first_cast_sentences_with_an_aside_or_a_perfect_tense():
    facts = _films(ASIDES)["Der Fährmann von Kalk"]
    assert ("cast", "Baron", "Udo Brandt") in facts  # the quoted nickname names no other work
    assert ("cast", "Fischer", "Kurt Lemke") in facts  # "… hat X gespielt"


@pytest.fixture(scope="module")
def marked_engine(tmp_path_factory) -> Engine:
    articles = {"salzgarten.md": CREDIT_MARKS, "bericht.md": REPORT}
    return engine_over(tmp_path_factory.mktemp("marks"), articles)


def test_questions_about_marked_credits_and_report_sections(marked_engine):
    answer_naming(marked_engine, "Wer stand beim Salzgarten hinter der Kamera?", "Paul Rehm")
    answer_naming(marked_engine, "Who plays Jens in Der Salzgarten?", "Falk Ritter")
    assert "Brekke" not in answer_naming(marked_engine, "Who directed Kupferstadt?", "Lars Ekdahl")
    answer_naming(marked_engine, "When did Schneefeld come out?", "1982")


OBITUARY = """HELGA MARTENS, 1931-1994
An actress who never asked to be liked

Helga Martens, the actress whose flinty performances defined a decade of northern
cinema, has died in Hamburg. She was 63.

Born in Bremerhaven in 1931, the daughter of a harbour pilot, Martens trained at the Folkwang school
before the stage claimed her for ten years.

Her breakthrough came as a widowed landlady in Ove Brandt's Kalte Ufer (1962), opposite Jens Kolb.
In Lotte Reimann's Das gläserne Haus (1968) she played Frau Adler, the headmistress of a school
that slowly empties. Reimann shot the school scenes in a real castle near Lüneburg.

She returned once more for Piet Haas's Nachtfähre (1979), as a mother waiting for a ship.
"""


def test_an_obituary_covers_the_films_it_dates_each_with_its_maker_and_her_role():
    films = _films(OBITUARY, "nachruf_martens.txt")
    assert {"Kalte Ufer", "Das gläserne Haus", "Nachtfähre"} <= set(films)
    assert not any("Martens" in title for title in films)  # the headline names a person, not a film
    assert ("director", "", "Lotte Reimann") in films["Das gläserne Haus"]  # "X's Title (year)"
    assert ("release", "", "1968") in films["Das gläserne Haus"]
    assert ("cast", "Frau Adler", "Helga Martens") in films["Das gläserne Haus"]  # "she played"
    assert ("director", "", "Lotte Reimann") not in films["Kalte Ufer"]


def test_a_review_whose_title_is_dated_in_its_text_is_no_career_piece():
    review = """# Toni Brandt

„Toni Brandt“ (2016) ist der dritte Film von Mara Eck, 1976 in Kassel geboren. Nach „Alle Welt“ (2009)
und „Der Wald“ (2003) erzählt sie von einem Vater und seiner Tochter.
"""
    assert list(_films(review)) == ["Toni Brandt"]


@pytest.fixture(scope="module")
def obituary_engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("obituary"), {"nachruf_martens.txt": OBITUARY})


def test_questions_about_an_obituary(obituary_engine):
    answer_naming(obituary_engine, "Who directed Das gläserne Haus?", "Lotte Reimann")
    answer_naming(obituary_engine, "Welche Rolle spielte Helga Martens in „Das gläserne Haus“?", "Adler")
    answer_naming(
        obituary_engine, "Where was Helga Martens born?", "Bremerhaven"
    )  # "Born in …, …, Martens trained"


FORUM = """Re: underrated 80s films?? (thread #88, page 2)

posted by filmfan99

ok so nobody mentioned GREY RIVER yet. watched it last week.

quick facts:
Hui he / Grey River // 1986 // 92 min
director >> Lin Feng (his debut!!)
camera >> Zhao Ming aka "the guy who later shot everything"
the people >> Xu Lan = Meilin ... Wang Bo = Old Tang, the ferryman ... Li Qi = the boy
"""


def test_a_forum_post_is_about_the_film_its_file_is_named_after_with_its_quick_facts():
    films = _films(FORUM, "grey_river_forum.txt")
    assert list(films) == ["Grey River"]  # the subject line "Re: …??" is no title
    facts = films["Grey River"]
    assert ("director", "", "Lin Feng") in facts
    assert ("cinematographer", "", "Zhao Ming") in facts  # "camera >>"
    assert ("cast", "Meilin", "Xu Lan") in facts  # "Actor = Role", the first after the label too
    assert ("cast", "Old Tang", "Wang Bo") in facts


def test_a_role_in_a_list_line_is_not_found_by_a_longer_name_on_the_same_line():
    # the line lists "Paula ~ …" and "Paul ~ …"; asked for someone the line does not pair, no one answers
    article = (
        "# Paul und Paula\n\nEin Film von 1973.\n\n"
        "Ina ~ Rita Lenz ‖ Paul ~ Kurt Wilde ‖ Paulas Kind ~ Tim Rau\n"
    )
    films = _films(article)
    assert ("cast", "Paul", "Kurt Wilde") in films["Paul und Paula"]
    assert ("cast", "Paulas Kind", "Tim Rau") in films["Paul und Paula"]  # "Jens' Mutter": owner and noun


def test_a_setting_phrase_stops_before_a_purpose():
    article = (
        "# Küchenbuch\n\nKüchenbuch is set in the 1950s, when an institute sends observers into rural Norway"
        " to chart kitchens.\n"
    )
    settings = [v for k, _, v in _films(article)["Küchenbuch"] if k == "setting"]
    assert [v for v in settings if "Norway" in v] == ["into rural Norway"], settings
    assert "in the 1950s" in settings, settings  # the time, a setting of its own


def test_credit_parts_joined_by_semicolons_and_jobs_that_only_sound_like_directing():
    line = (
        "# Tanz der Vögel\n\nEin Film von 2008.\n\nWritten and directed: Eli Baram; Art direction and"
        " illustration: Noa Pardo; Animation director: Udi Lev; Music: Tal Kessler\n"
    )
    facts = _films(line)["Tanz der Vögel"]
    directors = {value for kind, _, value in facts if kind == "director"}
    assert directors == {"Eli Baram"}  # art direction and animation direction are other jobs
    assert ("composer", "", "Tal Kessler") in facts
    prose = (
        "# Tanz der Vögel\n\nEin Film von 2008. Udi Lev directed the animation. Ori Dan, a filmmaker and"
        " Baram's friend, acts as his therapist.\n"
    )
    assert not any(kind == "director" for kind, _, _ in _films(prose)["Tanz der Vögel"])


def test_an_inline_cast_list_after_a_colon_with_described_roles():
    article = """# Küchenbuch

The cast, in order of appearance: Tore Lund — Folke Berg, the observer on a tall chair; Ola Vik — Isak Holm,
the grumpy farmer; Arne Moe — Grant, Isak's old friend.
"""
    facts = _films(article, "kuechenbuch.md")["Küchenbuch"]
    assert ("cast", "Folke Berg", "Tore Lund") in facts
    assert ("cast", "Grant", "Arne Moe") in facts  # the side described after a comma is the role


def test_a_career_piece_reads_as_role_in_film():
    article = OBITUARY.replace(
        "She returned once more for Piet Haas's Nachtfähre (1979), as a mother waiting for a ship.",
        "She worked steadily, as the stern cook Greta Blum in Piet Haas's Nachtfähre (1979).",
    )
    assert ("cast", "Greta Blum", "Helga Martens") in _films(article, "nachruf.txt")["Nachtfähre"]


def test_a_synopsis_opening_with_a_village_and_a_macron_place_gives_the_setting():
    article = "# Mondsee\n\nIn a village in Ōmi Province, near the shore of a lake, a potter hopes.\n"
    assert ("setting", "", "in a village in Ōmi Province") in _films(article, "mondsee.md")["Mondsee"]


PRESS_KIT = """# DER GLÄSERNE GARTEN
Auszug aus dem Presseheft

## CAST
Vera, Archivarin am Stadtmuseum ............. Lena Korff
Jonas, ein eigens für Vera gebauter Roboter .. Milan Reis
Veras Vater ................................. Otto Brem
eine Mitarbeiterin der Roboterfirma ......... Ida Sand

Milan Reis, gebürtiger Wiener, wurde als Kommissar Holm in der Serie »Nachtstreife« bekannt.

## CREW
Regie ............. Hanna Voss
Drehbuch .......... Karl Mey und Hanna Voss, nach der Erzählung von Rita Amsel
"""


def test_a_press_kits_aligned_cast_block_keeps_a_line_per_role():
    films = _films(PRESS_KIT, "presseheft_der_glaeserne_garten.md")
    assert len(films) == 1
    facts = next(iter(films.values()))  # the heading names the film, not the word "Presseheft"
    assert "presseheft" not in next(iter(films)).lower()
    assert ("cast", "Vera", "Lena Korff") in facts  # "Role, description ..... Actor"
    assert ("cast", "Jonas", "Milan Reis") in facts
    assert ("cast", "eine Mitarbeiterin der Roboterfirma", "Ida Sand") in facts
    assert not any(kind == "cast" and "Holm" in subject for kind, subject, _ in facts)  # »Nachtstreife«
    assert any(kind == "based_on" and "Rita Amsel" in value for kind, _, value in facts)


TV_LISTING = """ARD · Mittwoch · 22:50 Uhr · Spielfilm

DIE STILLE STADT
DDR 1966 · Drama · Schwarzweiß

Halle an der Saale, Sommer 1961: Die junge Rita kommt in die Stadt und zieht zu ihrem Freund, dem
Chemiker Manfred Otte.

R: Kurt Born | B: Kurt Born, Eva Klee | K: Max Tal | M: Ute Rau
D: Ruth Bley (Rita), Ernst Falk (Manfred Otte)

Wiederholung: Freitag, 10:15 Uhr
"""


def test_a_tv_listing_names_its_film_after_the_channel_line_and_reads_its_credits():
    films = _films(TV_LISTING, "tv_die_stille_stadt.txt")
    assert list(films) == ["Die Stille Stadt"]
    facts = films["Die Stille Stadt"]
    assert ("director", "", "Kurt Born") in facts
    assert ("composer", "", "Ute Rau") in facts  # not "Ute Rau D", the next line's key
    assert ("cast", "Rita", "Ruth Bley") in facts  # "D: Actor (Role)": Darsteller first
    assert ("setting", "", "in Halle an der Saale") in facts  # "Place, Season Year: …"
    assert not any("Freitag" in (subject, value) for _, subject, value in facts)


FLYER = """KINO IM HOF · Monatsprogramm
Dienstag · 20:30 Uhr · OmU

BAB EL MINA / HARBOUR STATION
Ägypten 1961 · schwarzweiß

R: Adel Sami
Karim, hinkender Zeitungsverkäufer – Adel Sami
Nour, Limonadenverkäuferin – Hoda Rami
"""


def test_a_flyer_names_its_film_in_two_titles_and_gives_the_director_on_an_r_line():
    films = _films(FLYER, "flyer_harbour_station.txt")
    assert list(films) == ["Harbour Station"]
    facts = films["Harbour Station"]
    assert ("director", "", "Adel Sami") in facts
    assert ("cast", "Nour", "Hoda Rami") in facts


@pytest.fixture(scope="module")
def listing_engine(tmp_path_factory) -> Engine:
    articles = {"tv_die_stille_stadt.txt": TV_LISTING, "flyer_harbour_station.txt": FLYER}
    return engine_over(tmp_path_factory.mktemp("listings"), articles)


def test_questions_about_listings(listing_engine):
    answer_naming(listing_engine, "Who directed Bab el Mina?", "Adel Sami")  # the flyer's other title
    history = [["Who plays Rita in Die stille Stadt?", "Ruth Bley."]]
    # the name after the noun is whom it asks about
    question = "Und wer spielt ihren Freund, den Chemiker Manfred?"
    answer_naming(listing_engine, question, "Ernst Falk", history=history)


def test_a_headline_part_the_text_marks_as_a_title_names_the_film():
    review = """---
title: "Kalinin's Flight: The Storks Are Coming Returns"
---
# Kalinin's flight

The restored print of **The Storks Are Coming**, Ivan Kalinin's 1957 production, runs 97 minutes.
"""
    assert list(_films(review, "storks_review.md")) == ["The Storks Are Coming"]


FESTIVAL_DAY = """---
title: "Classics weekend: two war films that refuse to look away"
---
By our film correspondent

The restored-classics strand was sold out twice in a row on Saturday.

First came The Storks Are Coming (Letyat aisty, USSR 1958, directed by Ivan Kalinin). Set in Kiev in
1941, it follows Vera, played by Nina Orlova, whose fiancé leaves for the front.

After a short break came Glass and Ashes (Szkło i popiół; Poland 1959; dir. Adam Wrona; photography Jan
Lis; from the novel by Piotr Nowak). Maciek is played by Jerzy Mazur.
"""


def test_a_report_introduces_each_film_once_with_a_credit_bracket():
    films = _films(FESTIVAL_DAY, "classics_weekend.md")
    assert {"The Storks Are Coming", "Glass and Ashes"} <= set(films)
    assert ("director", "", "Ivan Kalinin") in films["The Storks Are Coming"]
    assert ("cast", "Vera", "Nina Orlova") in films["The Storks Are Coming"]
    glass = films["Glass and Ashes"]
    assert ("director", "", "Adam Wrona") in glass  # "; dir. X;"
    assert ("cinematographer", "", "Jan Lis") in glass  # "; photography X;"
    assert ("cast", "Maciek", "Jerzy Mazur") in glass
    assert any(k == "based_on" and v.endswith("Piotr Nowak") for k, _, v in glass)  # no ")" kept


NEWSLETTER_NUMBERED = """# Rundbrief des Filmclubs – Ausgabe März

Zwei Filme zeigen wir diesen Monat.

## 1. Kalte Höfe oder: Wem gehört die Stadt? (Deutschland 1931)

Kalte Höfe erzählt von einer Familie im Hinterhof. Regie führte Paul Brenner.

## 2. Scharf bewachte Brücken (Ostře hlídané mosty, Tschechoslowakei 1967)

Scharf bewachte Brücken entstand auf dem Bahnhof von Lodín bei Beroun. Regie führte Jan Kral.

## Termine

Kalte Höfe zeigen wir am ersten, Scharf bewachte Brücken am dritten Mittwoch.
"""


def test_numbered_section_headings_with_a_subtitle_name_their_films():
    films = _films(NEWSLETTER_NUMBERED, "rundbrief.md")
    assert {"Kalte Höfe", "Scharf bewachte Brücken"} <= set(films)
    assert ("director", "", "Jan Kral") in films["Scharf bewachte Brücken"]
    assert ("director", "", "Jan Kral") not in films["Kalte Höfe"]


def test_jobs_that_sound_like_directing_or_camera_are_asked_as_what_they_are():
    from assistant.analysis import analyze
    from index.documents import parse_document
    from index.films import FilmCatalogue, extract_films

    catalogue = FilmCatalogue([extract_films(parse_document("rundbrief.md", NEWSLETTER_NUMBERED.encode()))])
    assert analyze("Who was the art director of Kalte Höfe?", catalogue).kind == "other"
    assert analyze("Who's behind the camera as director of Kalte Höfe?", catalogue).kind == "director"
    assert analyze("Who was behind the camera on Kalte Höfe?", catalogue).kind == "cinematographer"
