"""Articles that cover several films without Markdown headings, credit lines of TV listings, other
shapes of cast and crew sentences, and questions about works an article only mentions.

Each test is a kind of text or question, not one article; films and people are invented.
"""

from __future__ import annotations

import re

import pytest

from assistant.analysis import analyze, question_kind
from assistant.reading import _cast, _director_loosely, _FactAt
from index.documents import parse_document
from index.films import FilmCatalogue, extract_films
from tests.conftest import engine_over
from tests.test_shape_variety import _facts

NEWSLETTER = """Kinobrief der Lichtspiele – Ausgabe Mai

Liebe Kinofreunde,

in diesem Monat zeigen wir zwei Filme, die auf den ersten Blick nichts miteinander zu tun haben.

Die Nebelfähre (Originaltitel: Le Bac de brume)
Ein Fährmann verliert seinen Sohn im Nebel und sucht ihn entlang des Flusses. \
Inszeniert wurde der Film von dem Schweizer Regisseur Aurel Fontana, das Drehbuch schrieb die \
Französin Odile Marchal nach dem Roman „La Brume“ von Paul Reyne. Der Film ist nur 72 Minuten lang.

Kaltes Wasser
Leipzig, Anfang der 2000er Jahre. Der Bademeister Jens (Kai Möller) verliebt sich in Hanna \
(Ute Sommer). Regie führte der in Gera geborene Bernd Kranich, der ohne ausgeschriebenes Drehbuch \
arbeitete. Die Kamera führte Lutz Brenner.

Beide Filme laufen sonntags um 17 Uhr.
"""

HANDOUT = """Die Nebelfähre

Ein Fährmann verliert seinen Sohn im Nebel und sucht ihn entlang des Flusses, Tag für Tag, Woche um Woche.

Hintergrund
Aurel Fontana drehte den Film in nur drei Wochen am Rhein, die Musik schrieb Lea Kunz für ein \
kleines Ensemble.

Zur Rezeption
Der Film lief 2019 in Locarno und wurde dort für seine Bilder gelobt, Regisseur Aurel Fontana \
erhielt einen Preis.
"""

REPORT = """---
title: "Second lives: three restored films"
---

**The Ferry (1961).** Aurel Fontana directed this drama about a ferryman; Ada Kern plays his wife Rosa.

**Whisky Bay (2004).** From Uruguay came this deadpan comedy, directed by Juan Ortega and Pablo Ríos.

**Hanabi Moon (Fireworks, 1997).** Kenji Mori wrote and directed this film, and Ren Oda plays \
the detective Horibe.
"""

INTERVIEW = """---
title: "„Liebe ist eine Kraft“ – Gespräch mit Aurel Fontana über Die Nebelfähre"
---

**Herr Fontana, „Die Nebelfähre“ hat in Locarno gewonnen. Wie war das?**

Unwirklich. Seit Jahren hatte kein Schweizer Film mehr gewonnen, und dann ausgerechnet dieser.

**Sie sind selbst Fährmann gewesen.**

Ja, drei Sommer lang auf dem Rhein, und die Rolle des Fährmanns habe ich Jonas Roth gegeben.

**Der Fährmann wird von Jonas Roth gespielt.**

Jonas hat lange Theater gespielt und kam spät zum Film.
"""


def _films(article: str, source: str = "a.md") -> dict[str, set[tuple[str, str, str]]]:
    doc = extract_films(parse_document(source, article.encode()))
    films = {film.title: set() for film in doc.films}
    for fact in doc.facts:
        films.setdefault(fact.film, set()).add((fact.kind, fact.subject, fact.value))
    return films


def test_a_plain_text_newsletter_on_two_films_keeps_each_films_facts_apart():
    films = _films(NEWSLETTER, "kinobrief.txt")
    assert set(films) >= {"Die Nebelfähre", "Kaltes Wasser"}
    assert ("director", "", "Aurel Fontana") in films["Die Nebelfähre"]
    assert ("writer", "", "Odile Marchal") in films["Die Nebelfähre"]  # the novel is its source, not a film
    assert ("director", "", "Bernd Kranich") in films["Kaltes Wasser"]  # "der in Gera geborene"
    assert ("cinematographer", "", "Lutz Brenner") in films["Kaltes Wasser"]
    assert not any(k == "writer" for k, _, _ in films["Kaltes Wasser"])  # "ohne … Drehbuch"
    assert not any(k == "cast" and "Nebelfähre" in v for k, _, v in films["Die Nebelfähre"])  # a heading


def test_a_handout_whose_headings_are_topics_stays_one_film():
    assert list(_films(HANDOUT, "handout.txt")) == ["Die Nebelfähre"]


def test_bold_titles_leading_paragraphs_make_a_report_on_several_films():
    films = _films(REPORT)
    assert {"The Ferry", "Whisky Bay", "Hanabi Moon"} <= set(films)
    assert ("director", "", "Juan Ortega") in films["Whisky Bay"]
    assert ("cast", "Horibe", "Ren Oda") in films["Hanabi Moon"]
    assert not any(v == "Juan Ortega" for _, _, v in films["The Ferry"])


def test_an_interviews_bold_statements_are_no_films():
    assert list(_films(INTERVIEW)) == ["Die Nebelfähre"]


def test_a_headline_part_the_text_names_is_the_film_and_known_as_gives_its_other_title():
    article = (
        '---\ntitle: "Grace under pressure: Lena Ost\'s Quiet Harbour"\n---\n'
        "Quiet Harbour, released in 2007 and known in Korea as Goyohan Hang, is her best film. "
        "At 142 minutes Quiet Harbour asks a lot.\n"
    )
    doc = extract_films(parse_document("a.md", article.encode()))
    assert [(f.title, f.aliases) for f in doc.films] == [("Quiet Harbour", ["Goyohan Hang"])]


def test_an_all_caps_listing_title_is_written_as_the_text_writes_it():
    article = (
        "SUNDAY 23.05\n\nQUIET HARBOUR ★★★★\nDrama, UK 1983, colour, 111 mins. Dir: Owen Price.\n\n"
        "Quiet Harbour is slow.\n"
    )
    films = _films(article, "quiet_harbour_listing.md")
    assert list(films) == ["Quiet Harbour"]
    assert {("runtime", "", "111"), ("release", "", "1983"), ("director", "", "Owen Price")} <= films[
        "Quiet Harbour"
    ]


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (  # a listing's run of "Actor (Role)" after "With"
            "The Storm. With Tom Hale (Mac), Ada Kern (Rosa Vane), Jon Ott (Ben).",
            ("cast", "Mac", "Tom Hale"),
        ),
        (
            "The engineers, Brett and Parker, are played by Tom Hale and Jon Ott.",
            ("cast", "Parker", "Jon Ott"),
        ),
        (
            "In „Der Sturm“ werden Anna und Ben von Maria Lenz und Tom Hale gespielt.",
            ("cast", "Anna", "Maria Lenz"),
        ),
        (
            "Opposite her is Tom Hale – the detective of Owen Price's Night Train – as Kim Ott, a mechanic.",
            ("cast", "Kim Ott", "Tom Hale"),
        ),
        (
            "Chris Menges was the director of photography on The Storm.",
            ("cinematographer", "", "Chris Menges"),
        ),
        ("Comedy drama, UK 1983, colour, 111 mins.", ("runtime", "", "111")),
        (
            "Lange galt Eva Steins Roman „Der Sturm“ als unverfilmbar.",
            ("based_on", "", "Eva Steins Roman „Der Sturm“"),
        ),
    ],
)
def test_more_shapes_of_credits(sentence, fact):
    assert fact in _facts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nach Jahren, 1983, kam er zurück, müde und alt.",  # a year between commas is no credit line
        "The boy is played by Tom Hale in „Der Sturm“.",  # "The" is nobody's role
        "Die Handlung folgt der Vorlage recht genau.",  # says it follows a source, not which
    ],
)
def test_look_alikes_state_no_value(sentence):
    facts = _facts(sentence)
    assert not any(k in ("release", "based_on") for k, _, _ in facts)
    assert not any(k == "cast" and s == "The" for k, s, _ in facts)


class _Catalogue:
    actor_names = frozenset()
    crew_names = frozenset()
    character_names = frozenset()
    film_forms = frozenset({"der sturm", "the storm"})


@pytest.mark.parametrize(
    ("sentence", "previous", "director"),
    [
        (
            "Inszeniert hat das Drama die Österreicherin Lena Ost, die zuvor Dokumentarfilme drehte.",
            "",
            "Lena Ost",
        ),
        ("Drama von Clémence Aubert.", "20:15 Uhr, Arte: Der Sturm (D/F 2019).", "Clémence Aubert"),
        (
            "Mit „Der Sturm“ wagt er sich an einen Kinofilm und inszeniert ihn sicher.",
            "Jonas Pirk hat lange für das Fernsehen gearbeitet.",
            "Jonas Pirk",
        ),
        ("The person calling the shots on The Storm, Kemi Ade, is only twenty-six.", "", "Kemi Ade"),
    ],
)
def test_a_directing_word_anywhere_with_one_possible_maker_reads_the_director(sentence, previous, director):
    reading = _director_loosely(
        sentence, previous, _FactAt("director", "F", "a.md", 0, sentence), _Catalogue, _Catalogue.film_forms
    )
    assert reading is not None and reading.answer == director


@pytest.mark.parametrize(
    "sentence",
    [
        "Im Anschluss zeigt das Kino den Kurzfilm „Tauwetter“ von Regisseurin Elif Sahin.",  # another work
        "Mit Kameramann Luis Ybarra hat Regisseur und Autor Ole Brandt gedreht.",  # two makers: no guess
        "Festivaldirektor Carl Lübbe eröffnete den Abend vor der Regie-Retrospektive.",  # the festival's
    ],
)
def test_the_loose_director_reading_stays_silent_on_look_alikes(sentence):
    at = _FactAt("director", "F", "a.md", 0, sentence)
    assert _director_loosely(sentence, "", at, _Catalogue, _Catalogue.film_forms) is None


@pytest.mark.parametrize(
    ("anchor", "sentence", "actor"),
    [
        (
            "Gustav Reimers",
            "Als verbitterter Heimkehrer Gustav Reimers liefert Mehmet Aydin die beste Leistung ab.",
            "Mehmet Aydin",
        ),
        (
            "Sol",
            "Opposite the widow, as the charming drifter Sol, Matteo Ward gives The Storm some humour.",
            "Matteo Ward",
        ),
        (
            "Lene Vogt",
            "Die Figuren im Überblick: Lene Vogt – Charlotte Brisse; Konrad Vogt – Ansgar Thiel.",
            "Charlotte Brisse",
        ),
        ("Dallas", "Tom Skerritt, damals 45, ist Dallas, der Kapitän.", "Tom Skerritt"),
        (
            "Lola",
            "Im Zentrum steht Lola, die von Franka Potente mit großer Wut gespielt wird.",
            "Franka Potente",
        ),
    ],
)
def test_who_plays_a_character_read_at_question_time(anchor, sentence, actor):
    reading = _cast("who_plays", anchor, sentence, _FactAt("who_plays", "F", "a.md", 0, sentence), _Catalogue)
    assert reading is not None and reading.answer == actor


@pytest.mark.parametrize(
    ("anchor", "sentence"),
    [
        ("Lola", "Lola – Manni Schmidt trifft sie später am Bahnhof."),  # one dash, no list
        ("Anna", "Anna, die von Tom Berg geliebt wird, flieht."),  # loved by, not played by
    ],
)
def test_dashes_and_relative_clauses_that_are_no_cast(anchor, sentence):
    assert (
        _cast("who_plays", anchor, sentence, _FactAt("who_plays", "F", "a.md", 0, sentence), _Catalogue)
        is None
    )


def test_a_role_word_that_is_no_name_is_not_read_as_the_role():
    sentence = "We spoke to its lead actress, Sandra Lind."
    assert (
        _cast("role_of", "Sandra Lind", sentence, _FactAt("role_of", "F", "a.md", 0, sentence), _Catalogue)
        is None
    )


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Corinne Berg plays whom in The Storm?", "role_of"),
        ("In welcher Stadt sucht Holly nach seinem Freund Harry?", "setting"),
        ("In which city does Winfried turn up to visit his daughter?", "setting"),
    ],
)
def test_question_kinds(question, kind):
    assert question_kind(question) == kind


def _catalogue(articles: dict[str, str]) -> FilmCatalogue:
    return FilmCatalogue(
        [extract_films(parse_document(name, text.encode())) for name, text in articles.items()]
    )


TWO_FILMS = {
    "tokyo.md": '---\ntitle: "Tokyo Story"\n---\nTokyo Story was directed by Yasu Oda in 1953.\n',
    "parfum.md": (
        '---\ntitle: "Das Parfum – Die Geschichte eines Mörders"\n---\n'
        "Lange galt Paul Sanders Roman „Das Parfum“ als unverfilmbar. Regie führte Tom Tyler.\n"
    ),
    "sturm.md": (
        '---\ntitle: "Der Sturm"\n---\n„Der Sturm“ ist ein deutsches Drama von Anna Berg. '
        "Karl wird von Tom Hale gespielt. „Der Sturm“ erinnert an „Nachtfalter“ von Regisseurin Birte Hansen "
        "(2009). Tom Hale, bekannt aus Michael Hankes „Funny Games“, spielt hier den Fischer.\n"
    ),
}


def test_a_word_inside_another_title_does_not_name_a_film():
    catalogue = _catalogue(TWO_FILMS)
    asked = analyze("Which novel is Perfume: The Story of a Murderer based on?", catalogue, "en")
    assert "Tokyo Story" not in asked.films


def test_a_nationality_before_film_is_no_version_asked_for():
    catalogue = _catalogue(TWO_FILMS)
    assert analyze("Tom Hale's character in the German film Der Sturm?", catalogue, "en").qualifiers == []


def test_a_work_an_article_only_mentions_is_not_answered_from_a_sentence_about_another_film(tmp_path):
    engine = engine_over(tmp_path, TWO_FILMS)
    # "bekannt aus Michael Hankes „Funny Games“, spielt hier den Fischer": the role is in "Der Sturm"
    refused = engine.answer("Which role did Tom Hale play in Funny Games?")
    assert not refused.supported and not re.search(r"\[\d\]", refused.text)
    assert engine.answer("Which role does Tom Hale play in Der Sturm?").supported
