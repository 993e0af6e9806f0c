"""Less common ways reviews, credits and interviews state who made a film, what it rests on, where
and when: each a kind of sentence (a relative clause, a genitive, a participle phrase, a credit line
with a dotted leader), not one article. Sentences that only look like a credit must stay silent.

The films and people are invented for the tests.
"""

from __future__ import annotations

import pytest

from assistant.analysis import question_kind
from index.documents import parse_document
from index.films import extract_films


def _facts(sentence: str) -> set[tuple[str, str, str]]:
    """(kind, subject, value) of a one-sentence article about "The Storm" / "Der Sturm"."""
    title = "The Storm" if "The Storm" in sentence else "Der Sturm"
    article = f'---\ntitle: "{title}"\n---\n{sentence}\n'
    return {
        (f.kind, f.subject, f.value) for f in extract_films(parse_document("a.md", article.encode())).facts
    }


def _values(sentence: str, kind: str) -> list[str]:
    return [value for k, _, value in _facts(sentence) if k == kind]


@pytest.mark.parametrize(
    ("sentence", "kind", "person"),
    [
        ("Mit „Der Sturm“ hat Vera Lind ein leises Drama inszeniert.", "director", "Vera Lind"),
        ("Vera Lind inszeniert „Der Sturm“ als Kammerspiel.", "director", "Vera Lind"),
        ("Filmemacherin Vera Lind erzählt in „Der Sturm“ von zwei Schwestern.", "director", "Vera Lind"),
        ("Vera Lind hat „Der Sturm“ in nur 25 Tagen gedreht.", "director", "Vera Lind"),
        ("„Der Sturm“ ist Vera Linds Debüt.", "director", "Vera Lind"),
        ("The Storm was Owen Price's breakthrough.", "director", "Owen Price"),
        ("The Storm (2019), by Owen Price, opens with a gale.", "director", "Owen Price"),
        ("Owen Price's latest, The Storm, follows two sisters.", "director", "Owen Price"),
        ("Under Owen Price's direction, the cast shines.", "director", "Owen Price"),
        ("Directed with quiet care by Owen Price, The Storm avoids melodrama.", "director", "Owen Price"),
        ("Owen Price took the helm of The Storm in 2018.", "director", "Owen Price"),
        ("Writer-director Owen Price grew up on the coast.", "writer", "Owen Price"),
        ("Writer-director Owen Price grew up on the coast.", "director", "Owen Price"),
        ("Vera Lind zeichnet für Regie und Drehbuch verantwortlich.", "writer", "Vera Lind"),
        ("Buch und Regie: Vera Lind", "director", "Vera Lind"),
        ("Owen Price (director) and Ada Kern (writer) met at film school.", "writer", "Ada Kern"),
        ("„Der Sturm“, den Jonas Roth mit dem ZDF produziert hat, lief in Hof.", "producer", "Jonas Roth"),
        ("An Owen Price production, The Storm was shot in 19 days.", "producer", "Owen Price"),
        ("Bei „Der Sturm“ fungierte Ada Kern als Produzentin.", "producer", "Ada Kern"),
        ("Die Musik zu „Der Sturm“ komponierte Ludwig Hahn.", "composer", "Ludwig Hahn"),
        (
            "Die Musik, die Ludwig Hahn für „Der Sturm“ geschrieben hat, kommt ohne Melodie aus.",
            "composer",
            "Ludwig Hahn",
        ),
        ("The haunting music, courtesy of Ada Kern, carries the film.", "composer", "Ada Kern"),
        ("Ada Kerns Score trägt den Film.", "composer", "Ada Kern"),
        ("Lena Ost hat den Film fotografiert.", "cinematographer", "Lena Ost"),
        (
            "Gemeinsam mit Bildgestalter Jonas Roth entwickelte die Regie eine Bildsprache.",
            "cinematographer",
            "Jonas Roth",
        ),
        (
            "With Lena Ost serving as director of photography, the film looks wet.",
            "cinematographer",
            "Lena Ost",
        ),
        ("Montiert wurde „Der Sturm“ von Eva Kern in sechs Wochen.", "editor", "Eva Kern"),
        ("The Storm was cut by Eva Kern over eleven months.", "editor", "Eva Kern"),
        ("Das Drehbuch stammt aus der Feder von Ada Kern.", "writer", "Ada Kern"),
        ("The Storm was scripted by Ada Kern from her own play.", "writer", "Ada Kern"),
    ],
)
def test_crew_in_less_common_shapes(sentence, kind, person):
    assert person in _values(sentence, kind)


@pytest.mark.parametrize(
    ("sentence", "kind", "person"),
    [
        ("Marie Lenz made her debut in The Storm.", "director", "Marie Lenz"),
        ("The Storm is Marie Lenz's first film as a lead actress.", "director", "Marie Lenz"),
        ("Marie Lenz inszeniert sich als Diva.", "director", "Marie Lenz"),
        ("Marie Lenz hat die Musik geliebt.", "composer", "Marie Lenz"),
        ("Marie Lenz has made the film her own.", "director", "Marie Lenz"),
        ("Gabriel Holm adapted and directed it from a story by Karen Vik.", "director", "Karen Vik"),
        (
            "In „Der Sturm“ arbeitet Jana (Svenja Holt) als Cutterin beim Lokalfernsehen.",
            "editor",
            "Svenja Holt",
        ),
        (
            "Like “Driftwood”, which Hugo Lamb directed in 2009, The Storm is obsessed with weather.",
            "director",
            "Hugo Lamb",
        ),
        (
            "„Der Sturm“ erinnert an „Nachtfalter“ von Regisseurin Birte Hahn, ist aber leiser.",
            "director",
            "Birte Hahn",
        ),
    ],
)
def test_sentences_that_only_look_like_a_credit(sentence, kind, person):
    assert person not in _values(sentence, kind)


def test_another_works_phrase_is_set_aside_but_not_the_sentence_about_this_film():
    """A review comparing films: only the other work's words are blanked, not this film's credit."""
    assert "Tom Wierz" in _values(
        "Mit „Der Sturm“ legt Tom Wierz nach dem Dokumentarfilm „Grenzland“ seine zweite Regiearbeit vor.",
        "director",
    )
    assert "Tobias Grant" in _values(
        "Unlike Greta Moll's “Black Tide”, The Storm benefits from the confident direction of Tobias Grant.",
        "director",
    )
    # every part before the one naming this film is about the other work
    assert "Jan Ruf" not in _values("Unlike “Driftwood”, scored by Jan Ruf, The Storm is silent.", "composer")
    # this film first: the rest of the clause after the other work stays set aside
    assert "Jan Ruf" not in _values(
        "The Storm, unlike “Driftwood”, scored by Jan Ruf, is silent.", "composer"
    )


@pytest.mark.parametrize(
    ("sentence", "character", "actor"),
    [
        (
            "Besonders Anna-Lena Fischers Darstellung der verbitterten Schwester Ilse bleibt haften.",
            "Ilse",
            "Anna-Lena Fischer",
        ),
        ("Den jungen Fischer Tjark spielt Newcomer Jan Hesse mit Zurückhaltung.", "Tjark", "Jan Hesse"),
        (
            "Während der Hafenmeister blass bleibt, überzeugt Sophie Lange als dessen Tochter Nele.",
            "Nele",
            "Sophie Lange",
        ),
        ("Jamal Wright lends his voice to Captain Orrin, the narrator.", "Captain Orrin", "Jamal Wright"),
        ("As Eliza, the runaway daughter, newcomer Zoe Adams is a revelation.", "Eliza", "Zoe Adams"),
    ],
)
def test_cast_in_less_common_shapes(sentence, character, actor):
    assert ("cast", character, actor) in _facts(sentence)


@pytest.mark.parametrize(
    ("sentence", "kind", "value"),
    [
        ("„Der Sturm“ basiert lose auf Theo Grubers Novelle „Die Flut“.", "based_on", "Die Flut"),
        ("Der Film entstand nach Eva Steins Roman „Kinder der Nacht“.", "based_on", "Kinder der Nacht"),
        ("Eva Steins Bestseller „Kinder der Nacht“ diente als Vorlage.", "based_on", "Kinder der Nacht"),
        ("Tom Hale hat Eva Steins Roman „Kinder der Nacht“ verfilmt.", "based_on", "Kinder der Nacht"),
        ("The Storm brings Eva Stone's novel Night Children to the screen.", "based_on", "Night Children"),
        ("Das Theaterstück, auf dem „Der Sturm“ beruht, stammt von Ingrid Sol.", "based_on", "Ingrid Sol"),
        (
            "The novel on which The Storm is based, Nadia Kerr's “The Quiet Year”, won a prize.",
            "based_on",
            "The Quiet Year",
        ),
        ("The screenplay, drawn from Tom Greer's memoir “Adrift”, keeps its humour.", "based_on", "Adrift"),
        ("Based on the novel ........ “Black Water” by Joan Reese", "based_on", "Black Water"),
        ("Der österreichische Regisseur führt uns in das Dorf Eichberg im Norden.", "setting", "Eichberg"),
        ("Set on Barra in the winter of 1953, The Storm follows the island's doctor.", "setting", "Barra"),
        ("Relocating its story to 1980s Belfast, The Storm turns political.", "setting", "Belfast"),
        ("Though filmed almost entirely in Bulgaria, The Storm is set in Maine.", "setting", "Maine"),
        ("Ort der Handlung: Cuxhaven, Herbst 1999", "setting", "Cuxhaven"),
        ("Drehort ......... Görlitz", "filming_location", "Görlitz"),
        (
            "An Originalschauplätzen in Bremerhaven gedreht, wirkt „Der Sturm“ dokumentarisch.",
            "filming_location",
            "Bremerhaven",
        ),
        (
            "Die meisten Szenen wurden in Kiel gedreht, die Sturmszenen entstanden auf Malta.",
            "filming_location",
            "Kiel",
        ),
        ("In The Storm, Nova Scotia stands in for 1950s Maine.", "filming_location", "Nova Scotia"),
        (
            "The production moved to Iceland, where all of The Storm was eventually shot.",
            "filming_location",
            "Iceland",
        ),
        ("Cameras rolled on The Storm in Portland, Oregon, in late 2017.", "filming_location", "Portland"),
        ("Seine Weltpremiere feierte „Der Sturm“ im Februar 2019 in Berlin.", "release", "Februar 2019"),
        ("Der Sturm – ab 21.11.2019 im Kino!", "release", "21.11.2019"),
        ("Der Sturm (Deutschland 2019) – ein Drama über drei Schwestern", "release", "2019"),
        ("The Storm is a 2019 British drama about three sisters.", "release", "2019"),
        ("In knapp 95 Minuten erzählt „Der Sturm“ von einer Nacht.", "runtime", "95"),
        ("Der 89-minütige „Der Sturm“ ist der kürzeste Film im Wettbewerb.", "runtime", "89"),
        ("At a brisk 88 minutes, The Storm never outstays its welcome.", "runtime", "88"),
        ("Die 127 Minuten von „Der Sturm“ vergehen wie im Flug.", "runtime", "127"),
    ],
)
def test_values_in_less_common_shapes(sentence, kind, value):
    assert any(value in found for found in _values(sentence, kind))


@pytest.mark.parametrize(
    ("sentence", "kind", "value"),
    [
        (
            "The Storm is set in Cornwall, but not a single frame was shot there.",
            "filming_location",
            "Cornwall",
        ),
        ("Der Roman, auf dem „Der Sturm“ basiert, erschien 1998 in Kiel.", "release", "1998"),
        ("Marie Lenz liest im Film einen Roman von Thomas Berg.", "based_on", "Thomas Berg"),
        ("The Storm follows a writer who cannot finish her novel.", "based_on", "novel"),
    ],
)
def test_values_a_sentence_does_not_state(sentence, kind, value):
    assert not any(value in found for found in _values(sentence, kind))


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("And who wrote the famous love theme?", "composer"),
        ("Wer schrieb die Titelmelodie?", "composer"),
        ("Who lensed it?", "cinematographer"),
        ("Who helmed it?", "director"),
        ("Which studio made it?", "producer"),
        ("When did it hit theaters?", "release"),
        ("Where was it made?", "filming_location"),
        ("Who stars in it?", "who_plays"),
        ("Als wer ist Tom Hale zu sehen?", "role_of"),
        ("Who was Bill Murray's co-star in Groundhog Day?", "other"),
        ("Wer hat die Filmmusik zu Der Sturm geschrieben?", "composer"),
        ("Who wrote the soundtrack?", "composer"),
        ("Wer hat Der Sturm fotografiert?", "cinematographer"),
        ("The Storm music by?", "composer"),
        ("Regie?", "director"),
        ("Drehbuch von Der Sturm?", "writer"),
        ("The music in The Storm is beautiful, right?", "other"),
        ("Von wem ist die Filmmusik bei The Storm?", "composer"),
        ("Von wem ist der Roman, auf dem The Storm beruht?", "based_on"),
        ("Wer hat das Skript verfasst?", "writer"),
        ("Geburtsort Marie Lenz", "person_origin"),
        ("What's Ellen's job in The Storm?", "person_job"),
        ("Bei welchem Festival lief Der Sturm zuerst?", "other"),
        ("Wer übernimmt die Rolle der Julie?", "who_plays"),
        ("Wer gibt den Rob?", "who_plays"),
        ("Wen stellt Marie Lenz dar?", "role_of"),
        ("Which studio distributed The Storm?", "other"),
        ("How long did the shoot in Glasgow take?", "other"),
        ("Was The Storm shot on Rügen?", "filming_location"),
        ("Wurde Der Sturm in Stralsund gedreht?", "filming_location"),
        ("Is Marie Lenz from Leipzig?", "person_origin"),
        ("Hat Anna Berg den Film auch produziert?", "producer"),
        ("Ist Der Sturm eine Romanverfilmung?", "based_on"),
        ("Ist The Harbour länger als zwei Stunden?", "runtime"),
        ("Wie viele Stunden dauerten die Dreharbeiten?", "other"),
        ("Wer hat beim Sturm die Bilder gemacht?", "cinematographer"),
        ("marie lenz role in sturm", "role_of"),
        ("Tom Hale's character in Der Sturm?", "role_of"),
        ("Welchen Preis gewann Tom Hale für seine Rolle in Der Sturm?", "other"),
        ("In welchem Jahrzehnt spielt The Harbour?", "setting"),
        ("when does the harbour take place", "setting"),
    ],
)
def test_more_ways_to_ask(question, kind):
    assert question_kind(question) == kind


def _film_facts(title: str, text: str) -> set[tuple[str, str, str]]:
    article = f'---\ntitle: "{title}"\n---\n{text}\n'
    return {
        (f.kind, f.subject, f.value) for f in extract_films(parse_document("a.md", article.encode())).facts
    }


def test_the_title_role_of_a_film_named_after_its_hero():
    assert ("cast", "Karlsson", "Tom Hale") in _film_facts("Karlsson", "Tom Hale spielt die Titelrolle.")
    assert not any(  # a title that names no one: no character called "Der Sturm", no "Titelrolle"
        kind == "cast" for kind, _, _ in _film_facts("Der Sturm", "Tom Hale spielt die Titelrolle.")
    )


def test_casting_that_did_not_happen_is_no_cast():
    facts = _film_facts(
        "Der Sturm",
        "Ursprünglich sollte Jon Berg die Rolle der Merle spielen, doch er sagte ab. Nina Hahn spielt Merle.",
    )
    assert ("cast", "Merle", "Nina Hahn") in facts
    assert ("cast", "Merle", "Jon Berg") not in facts


def test_a_demonstrative_refers_to_the_one_named_before():
    facts = _film_facts("The Storm", "Norma Hale lives by the sea. Gloria Lind plays this forgotten star.")
    assert ("cast", "Norma Hale", "Gloria Lind") in facts


STURM = """---
title: "Der Sturm"
---
„Der Sturm“ ist ein deutsches Drama aus dem Jahr 2019. Regie führte Anna Berg. Der Film dauert 112 Minuten.
In die Kinos kam er am 4. April 2019.
Karl, ein wortkarger Fischer, wird von Tom Hale gespielt. Marie Lenz spielt seine Schwester Julie.
"""
HARBOUR = """---
title: "The Harbour"
---
The Harbour is a 2021 British thriller directed by Sam Price. It runs 98 minutes. Rob, a dock worker,
is played by Idris Cole. Nora Blake plays his wife Ellen, a nurse.
"""


@pytest.fixture(scope="module")
def two_short(tmp_path_factory):
    from tests.conftest import engine_over

    return engine_over(tmp_path_factory.mktemp("short"), {"sturm.md": STURM, "harbour.md": HARBOUR})


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Wer war Regisseurin beim Sturm?", "Anna Berg"),  # the title's noun alone, declined
        ("laufzeit harbour", "98"),
        ("Who is Idris Cole in The Harbour?", "Rob"),  # an actor: whom he plays
        ("Wer spielt die Hauptrolle in The Harbour?", "Idris Cole"),  # the lead: the cast
        ("Who directed the thriller with the dock worker Rob?", "Sam Price"),  # a name only it has
        ("When was Der Sturm released in cinemas?", "4 April 2019"),  # the cinemas, not "aus dem Jahr"
    ],
)
def test_a_film_by_its_noun_an_actor_asked_who_and_the_lead(two_short, question, fact):
    answer = two_short.answer(question)
    assert answer.supported and fact in answer.text


def test_a_version_the_articles_do_not_time_is_not_the_films_runtime(two_short):
    assert not two_short.answer("Wie lang ist der Director's Cut von Der Sturm?").supported


def test_a_birthplace_does_not_say_where_someone_grew_up(tmp_path):
    from tests.conftest import engine_over

    text = '---\ntitle: "Der Sturm"\n---\nMarie Lenz wurde in Dresden geboren und spielt Julie.\n'
    engine = engine_over(tmp_path, {"sturm.md": text})
    assert not engine.answer("Wo ist Marie Lenz aufgewachsen?").supported
    assert "Dresden" in engine.answer("Wo wurde Marie Lenz geboren?").text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        ("Was The Harbour directed by Sam Price?", "Yes.", "Sam Price"),
        ("Was The Harbour directed by Idris Cole?", "No.", "Sam Price"),
        ("Hat Tom Hale bei Der Sturm Regie geführt?", "Nein.", "Anna Berg"),
    ],
)
def test_a_yes_no_question_gets_the_fact_and_whether_the_sources_agree(two_short, question, verdict, fact):
    answer = two_short.answer(question)
    assert answer.supported and answer.text.startswith(verdict) and fact in answer.text


@pytest.mark.parametrize(
    ("question", "language"),
    [("screenwriter der sturm", "en"), ("director of der sturm", "en"), ("Laufzeit Sturm", "de")],
)
def test_a_fragment_is_answered_in_its_own_language_whatever_the_title_says(two_short, question, language):
    answer = two_short.answer(question)
    assert answer.language == language


@pytest.mark.parametrize(
    ("sentence", "character", "actor"),
    [
        (
            "Als Hermann – Klaus Adler – plötzlich in der Tür steht, kommt es zum Streit.",
            "Hermann",
            "Klaus Adler",
        ),
        (
            "Mit ihm reist die Verkäuferin Juli, die ihn längst liebt: Nora Wendt, die Ärztin ist.",
            "Juli",
            "Nora Wendt",
        ),
        (
            "Fred Ostertag, der in „Der Sturm“ den Pfarrer Anselm verkörpert, gewann.",
            "Anselm",
            "Fred Ostertag",
        ),
        (
            "Lorcan Devlin, who plays the grieving fisherman Padraig in The Storm, mends nets.",
            "Padraig",
            "Lorcan Devlin",
        ),
        (
            "Eine echte Entdeckung ist Zoë Brandt. Sie spielt in „Der Sturm“ die Außenseiterin Nele.",
            "Nele",
            "Zoë Brandt",
        ),
        (
            "Ada Kern gives the film its only warmth as Midge Wood, his former fiancée.",
            "Midge Wood",
            "Ada Kern",
        ),
        (
            "Agnes Moberly, a keeper played with flinty reserve by Welsh actress Bronwen Hughes.",
            "Agnes Moberly",
            "Bronwen Hughes",
        ),
        ("The Storm features Ada Kern as Dr. Anjali Rao, the physician.", "Dr. Anjali Rao", "Ada Kern"),
        ("Owen Price brings the conflicted priest Father Tomas to life.", "Father Tomas", "Owen Price"),
        (
            "The Storm's antagonist is Mr Harrow, a landlord. He is played by Augustin Varo.",
            "Harrow",
            "Augustin Varo",
        ),
    ],
)
def test_cast_in_the_shapes_of_running_prose(sentence, character, actor):
    assert any(k == "cast" and character in s and v == actor for k, s, v in _facts(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Baldini nimmt ihn als Lehrling auf, und Grenouille bringt ihm Düfte bei.",  # what, not whom
        "# Falling for a Ghost: Vertigo Revisited",  # a headline's colon
        "**Frage:** Frau Wollny, worum geht es in „Der Sturm“ eigentlich?",  # an interview's turn
    ],
)
def test_no_cast_from_look_alikes_in_prose(sentence):
    assert not [f for f in _facts(sentence) if f[0] == "cast"]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "Leo Roth, aus Dresden stammender Theaterregisseur, gab mit „Der Sturm“ sein Kinodebüt.",
            "Leo Roth",
        ),
        ("Mit „Der Sturm“ gab der Werbefilmer Tobias Wenne-Ruhl sein Regiedebüt.", "Tobias Wenne-Ruhl"),
        ("„Der Sturm“, bei dem der Grazer Valentin Ebner Regie führte, beginnt ruhig.", "Valentin Ebner"),
        (
            "„Der Sturm“ wurde von der Schweizerin Noemi Zbinden in nur 23 Drehtagen realisiert.",
            "Noemi Zbinden",
        ),
        ("In ihrem dritten Spielfilm nimmt sich Kata Somogyi eines Themas an: „Der Sturm“.", "Kata Somogyi"),
        ("9.00pm: The Storm (2014) Moody drama from Siobhan Keogh in which a farmer waits.", "Siobhan Keogh"),
    ],
)
def test_directors_in_the_shapes_of_reports_and_listings(sentence, person):
    assert person in _values(sentence, "director")


def test_an_actor_before_the_camera_is_no_cinematographer():
    sentence = "Die Dänin Signe Kjær steht in „Der Sturm“ erstmals vor der Kamera."
    assert "Signe Kjær" not in _values(sentence, "cinematographer")


def test_no_filming_place_from_a_crew_post_or_a_season():
    sentence = "Er drehte alles neu, nun mit Alex Knaus an der Kamera; die Dreharbeiten enden im Herbst."
    assert not _values(sentence, "filming_location")


def test_a_synopsis_that_opens_in_its_place():
    article = '---\ntitle: "Der Sturm"\n---\nIn der kleinen Stadt Holstenwall wird ein Jahrmarkt eröffnet.\n'
    facts = extract_films(parse_document("a.md", article.encode())).facts
    assert [f.value for f in facts if f.kind == "setting"] == ["in der kleinen Stadt Holstenwall"]


def test_a_cast_block_mixing_label_colon_and_als_lines_keeps_a_line_each(tmp_path):
    from tests.conftest import engine_over

    text = (
        '---\ntitle: "Der Sturm"\n---\nBesetzung:\nDavid Bent als Oskar Matzerath\n'
        "Mario Alt als Alfred Matzerath\nBerta Drews als Anna Koljaiczek (alt)\n"
        "Sigismund Markus: Charles Aznar\n"
    )
    engine = engine_over(tmp_path, {"sturm.md": text})
    assert "David Bent" in engine.answer("Who plays Oskar Matzerath?").text  # not Alfred, by the surname
    assert "Sigismund Markus" in engine.answer("Welche Rolle hat Charles Aznar?").text


def test_an_age_word_before_a_noun_describes_the_role(tmp_path):
    from tests.conftest import engine_over

    text = (
        '---\ntitle: "Der Sturm"\n---\nIn „Der Sturm“ spielt Jodie Fern die Iris Steen, eine Ausreißerin.\n'
    )
    engine = engine_over(tmp_path, {"sturm.md": text})
    assert "Jodie Fern" in engine.answer("Wer spielt die junge Prostituierte Iris?").text


@pytest.mark.parametrize(
    ("front", "body", "title", "alias"),
    [
        ("", "Der Film lief international unter dem Titel „Storm Tide“.", "Der Sturm", "Storm Tide"),
        (
            "",
            "In den USA lief der Film als „Storm Tide“, in Großbritannien als „The Gale“.",
            "Der Sturm",
            "The Gale",
        ),
        ("", "International ist der Film als „Storm Tide“ bekannt.", "Der Sturm", "Storm Tide"),
        ("", "Der Sturm (englisch Storm Tide) ist ein Drama.", "Der Sturm", "Storm Tide"),
    ],
)
def test_another_title_of_the_film_in_running_text(front, body, title, alias):
    article = f'---\ntitle: "{title}"\n---\n{body}\n'
    films = extract_films(parse_document("a.md", article.encode())).films
    assert [(f.title, alias in f.aliases) for f in films] == [(title, True)]


def test_an_interview_headed_person_on_film_is_about_the_film():
    article = "# Vera Lind on The Storm\n\nThe Storm won in Cannes. We spoke to its lead, Vera Lind.\n"
    assert [f.title for f in extract_films(parse_document("a.md", article.encode())).films] == ["The Storm"]
    titled = "# Der Himmel über Kiel\n\nDer Himmel über Kiel ist ein Film über Kiel.\n"  # a title, no speaker
    assert [f.title for f in extract_films(parse_document("b.md", titled.encode())).films] == [
        "Der Himmel über Kiel"
    ]


def test_a_crew_member_named_by_surname_is_the_one_named_in_full():
    sentence = "In „Der Sturm“ erzählt Vera von Lind von Schwestern. Die Regisseurin von Lind schrieb es."
    assert set(_values(sentence + " Das Drehbuch schrieb von Lind.", "writer")) == {"Vera von Lind"}


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("„Der Sturm“ erzählt von der Überwachung eines Paars im Ost-Berlin des Jahres 1984.", "Ost-Berlin"),
        ("„Der Sturm“ pendelt zwischen Hamburg und Istanbul.", "Hamburg und Istanbul"),
        ("The novel was set in France; Price moved the story to Boston.", "Boston"),
    ],
)
def test_where_a_story_is_set_in_other_words(sentence, place):
    values = _values(sentence, "setting")
    assert values and all(place in v for v in values), values


def test_a_film_named_by_a_word_only_its_title_holds(tmp_path):
    from tests.conftest import engine_over

    articles = {
        "faehre.md": '---\ntitle: "Die Fähre nach Nebelland"\n---\nRegie führte Vera Lind.\n',
        "sturm.md": '---\ntitle: "Der Sturm"\n---\nRegie führte Owen Price.\n',
    }
    engine = engine_over(tmp_path, articles)
    assert "Vera Lind" in engine.answer("Who directed Nebelland?").text
    assert "Vera Lind" in engine.answer("wer hat nebelland gedreht").text
    assert not engine.answer("Who directed the film?").supported  # which one: it asks back


def test_who_is_a_character_in_a_named_film_is_answered_as_without_the_title(tmp_path):
    from tests.conftest import engine_over

    articles = {
        "sturm.md": '---\ntitle: "Der Sturm"\n---\nAda Kern ist als Friseurin Maren zu sehen.\n',
        "faehre.md": '---\ntitle: "Die Fähre"\n---\nRegie führte Owen Price. Jan Ohm spielt den Fährmann.\n',
    }
    engine = engine_over(tmp_path, articles)
    for question in ("Who is Maren?", "Who is Maren in Der Sturm?"):
        answer = engine.answer(question)
        assert answer.supported and "Friseurin" in answer.text, (question, answer.text)
    assert not engine.answer("Who is Maren in Die Fähre?").supported
