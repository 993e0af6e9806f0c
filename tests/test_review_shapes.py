"""How reviews and synopses say who plays, who made a film, where it is set: shapes written for
kinds of sentence, not for one article (a role's name after an article, "the role of", a relative
clause, a verbless opening scene, "Xs Musik", …), and questions asked about them.

The films and people are invented for the tests.
"""

from __future__ import annotations

import pytest

from assistant.engine import Engine
from assistant.evidence import is_multi_part
from index.documents import parse_document
from index.films import extract_films
from tests.conftest import engine_over


def _facts(text: str, title: str = "Der Sturm") -> set[tuple[str, str, str]]:
    """(kind, subject, value) of one small article about `title`."""
    article = f'---\ntitle: "{title}"\n---\n{text}\n'
    return {
        (f.kind, f.subject, f.value) for f in extract_films(parse_document("a.md", article.encode())).facts
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Julie spielt Marie Lenz.",  # the role first, after an article
        "Ihre Schwester Julie, eine Pilotin, verkörpert Marie Lenz.",
        "Die Rolle der Julie übernahm Marie Lenz.",
        "Marie Lenz schlüpft in die Rolle der Julie.",
        "Julie wird von der Französin Marie Lenz verkörpert.",
        "Als Julie ist Marie Lenz zu sehen.",
        "Julie, die Marie Lenz spielt, verliert ihr Gedächtnis.",
        "The role of Julie went to Marie Lenz.",
        "As Julie, Marie Lenz is luminous.",
        "Cast as Julie, Marie Lenz is a revelation.",
        "Marie Lenz is wonderful as Julie.",
        "Marie Lenz brings Julie to life.",
        "Julie is played with restraint by Marie Lenz.",
        "Julie, whom Marie Lenz plays with charm, wakes up.",
    ],
)
def test_who_plays_whom_in_the_shapes_reviews_use(sentence):
    assert ("cast", "Julie", "Marie Lenz") in _facts(f"Der Sturm ist ein Drama. {sentence}")


@pytest.mark.parametrize(
    "sentence",
    [
        "Als Kind ist Marie Lenz nach Paris gezogen.",  # "als" is no role here
        "Die Hauptrolle spielt Marie Lenz.",  # which role is not said
        "Julie wird von ihrem Vater Hans Ott gerettet.",  # "wird von" without a casting verb
    ],
)
def test_sentences_that_only_look_like_casting(sentence):
    facts = _facts(f"Der Sturm ist ein Drama. {sentence}")
    assert not any(kind == "cast" for kind, _, _ in facts)


@pytest.mark.parametrize(
    ("sentence", "kind", "person"),
    [
        ("The Storm, Jessica Lund's third feature, is a chamber piece.", "director", "Jessica Lund"),
        ("Jessica Lund, who also wrote the script, directs with restraint.", "director", "Jessica Lund"),
        ("Jessica Lund, geboren in Wien, führte auch hier Regie.", "director", "Jessica Lund"),
        ("Mit „The Storm“ legt Jessica Lund ihren dritten Spielfilm vor.", "director", "Jessica Lund"),
        ("Helmed by Jessica Lund, The Storm is a chamber piece.", "director", "Jessica Lund"),
        ("Für die Regie zeichnet Jessica Lund verantwortlich.", "director", "Jessica Lund"),
        ("Für die Musik sorgte Jan Ruf.", "composer", "Jan Ruf"),
        ("Die Filmmusik steuerte Jan Ruf bei.", "composer", "Jan Ruf"),
        ("Jan Rufs Musik trägt den Film.", "composer", "Jan Ruf"),
        ("The film was scored by Jan Ruf.", "composer", "Jan Ruf"),
        ("Die Bilder stammen von Lena Ost.", "cinematographer", "Lena Ost"),
        ("Lena Ost was behind the camera.", "cinematographer", "Lena Ost"),
        ("Geschnitten hat den Film Tom Kurz.", "editor", "Tom Kurz"),
        ("Anna Berg penned the script.", "writer", "Anna Berg"),
    ],
)
def test_crew_in_the_shapes_reviews_use(sentence, kind, person):
    assert (kind, "", person) in _facts(f"The Storm is a drama. {sentence}", "The Storm")


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            "Wozu Sterne?\nEin kleines Dorf in der kasachischen Steppe. Dort lebt Aron.",
            "setting",
            "in der kasachischen Steppe",
        ),
        ("Kreuzberg im Herbst 1989: Frank zapft Bier.", "setting", "in Kreuzberg im Herbst 1989"),
        ("Vienna, 1948. A writer arrives.", "setting", "in Vienna, 1948"),
        ("Die Handlung ist im Jahr 1999 angesiedelt.", "setting", "im Jahr 1999"),
        ("Principal photography took place in Moscow.", "filming_location", "in Moscow"),
        ("Die Dreharbeiten fanden in Kasachstan statt.", "filming_location", "in Kasachstan"),
        ("The film was shot in Whitby and runs 104 minutes.", "filming_location", "in Whitby"),
        ("Mit 97 Minuten ist der Film kurz.", "runtime", "97"),
        ("The film hit cinemas in 2011.", "release", "2011"),
        (
            "Der Film adaptiert den gleichnamigen Roman von Anna Berg.",
            "based_on",
            "adaptiert den gleichnamigen Roman von Anna Berg",
        ),
    ],
)
def test_values_in_the_shapes_synopses_use(text, kind, value):
    assert (kind, "", value) in _facts(text)


def test_a_festival_or_an_award_with_a_year_is_no_scene():
    assert not any(
        kind == "setting" for kind, _, _ in _facts("Berlinale 2004: Der Sturm läuft im Wettbewerb.")
    )


def test_when_and_where_together_ask_one_thing():
    assert not is_multi_part("Wann und wo spielt der Film?")
    assert not is_multi_part("Where and when is it set?")
    assert is_multi_part("Wer spielt Julie und wer führte Regie?")


STORM = """---
title: "Der Sturm"
---
„Der Sturm“ ist ein österreichisches Drama aus dem Jahr 2011. Regie führte Jessica Lund.

Die junge Lehrerin Clara Brandt zieht in ein Dorf an der Donau. Clara wird von Birgit Maier gespielt, die
aus Linz stammt. Ihren Bruder Felix, einen arbeitslosen Tischler, verkörpert Georg Ritter.
"""

HARBOR = """---
title: "Harbor Lights"
---
Harbor Lights (2015) is a British drama directed by Emma Cole.

Tom Hart plays Jack Reed, a fisherman who loses his boat. Jack's brother Danny is played by Joe Dunne,
who grew up in Derby. The film was shot in Whitby and runs 104 minutes. The score is by Icelandic
composer Anna Holm.
"""


@pytest.fixture(scope="module")
def two_films(tmp_path_factory) -> Engine:
    articles = {"sturm.md": STORM, "harbor.md": HARBOR}
    return engine_over(tmp_path_factory.mktemp("reviews"), articles)


def test_what_an_apposition_or_a_relative_clause_says_of_a_person(two_films):
    job = two_films.answer("Was macht Felix beruflich?")
    assert job.supported and "Tischler" in job.text
    grew_up = two_films.answer("Wo ist Joe Dunne aufgewachsen?")
    assert grew_up.supported and "Derby" in grew_up.text
    # The sentence after Tom Hart's says where Joe Dunne grew up, not Tom Hart.
    assert not two_films.answer("Where did Tom Hart grow up?").supported
    brother = two_films.answer("Wer spielt Claras Bruder?")
    assert brother.supported and "Georg Ritter" in brother.text


def test_where_a_film_was_shot_stops_at_the_next_verb(two_films):
    shot = two_films.answer("Where was Harbor Lights shot?")
    assert shot.supported and "Whitby" in shot.text and "104" not in shot.text


NEBEL = """---
title: "Nebelland"
---
**Nebelland** ist ein deutscher Spielfilm aus dem Jahr 2019.

- Regie: Katrin Vogt
- Kamera: Mira Stein

Die Fotografin Greta Lind kehrt auf eine Insel zurück. Die Geschichte spielt im Herbst 1976.
Es spielen Nina Lenz (Greta Lind) und Paul Ott (Anton).
Die Uraufführung fand am 12. Februar 2019 auf der Berlinale statt; in die deutschen Kinos kam der Film
am 4. April 2019.
"""


@pytest.fixture(scope="module")
def nebel(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("nebel"), {"nebel.md": NEBEL, "sturm.md": STORM})


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Von wem ist Nebelland?", "Katrin Vogt"),
        ("Whose film is Nebelland?", "Katrin Vogt"),
        ("Who was the DP on Nebelland?", "Mira Stein"),
        ("Who shot Nebelland?", "Mira Stein"),
        ("Wann kam Nebelland ins Kino?", "4. April 2019"),
        ("When did Nebelland premiere?", "12 February 2019"),
        ("What is Greta's job?", "Fotografin"),
    ],
)
def test_more_ways_to_ask_for_a_fact(nebel, question, fact):
    answer = nebel.answer(question)
    assert answer.supported and fact in answer.text


def test_a_time_does_not_answer_where(nebel):
    assert not nebel.answer("Wo spielt Nebelland?").supported  # "spielt im Herbst 1976": when, not where
    when = nebel.answer("In welchem Jahr spielt Nebelland?")
    assert when.supported and "1976" in when.text


def test_a_crew_member_asked_by_job_and_a_role_described_in_another_sentence(two_films):
    composer = two_films.answer("Woher kommt der Komponist von Harbor Lights?")
    assert composer.supported and "Anna Holm" in composer.text  # not the director's Derby or Glasgow
    no_editor = two_films.answer("Where is the editor of Harbor Lights from?")
    assert not no_editor.supported  # no editor is named: nobody else's origin stands in
    teacher = two_films.answer("Who plays the teacher in Der Sturm?")  # "Die junge Lehrerin Clara …"
    assert teacher.supported and "Birgit Maier" in teacher.text


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "| Darsteller | Rolle |\n|---|---|\n| Nina Lenz | Greta Lind |",
            ("cast", "Greta Lind", "Nina Lenz"),
        ),
        ("Greta kehrt heim.\n\nCast\n\nNina Lenz ........ Greta Lind", ("cast", "Greta Lind", "Nina Lenz")),
        ("| Regie | Katrin Vogt |", ("director", "", "Katrin Vogt")),
        (
            "**Regie:** Katrin Vogt · **Buch:** Lars Brenner · **Musik:** Jonas Feld",
            ("writer", "", "Lars Brenner"),
        ),
        ("Der Sturm (A 2011, 112 Min.) Regie: Katrin Vogt.", ("runtime", "", "112")),
        ("Release date: 4 April 2019", ("release", "", "4 April 2019")),
        ("Der Sturm is a drama. Nina Lenz's Greta is its heart.", ("cast", "Greta", "Nina Lenz")),
    ],
)
def test_credits_as_tables_lines_and_brackets(text, fact):
    assert fact in _facts(text)


def test_the_makers_own_character_is_no_casting():
    facts = _facts("Der Sturm was directed by Anna Sims. Anna Sims's Julie is a lonely woman.")
    assert not any(kind == "cast" for kind, _, _ in facts)


def test_follow_ups_about_the_actor_named_a_job_named_and_his_brother(two_films, nebel):
    role = two_films.answer(
        "Welche Rolle spielt er?", [("Wer spielt Felix?", "Felix wird von Georg Ritter gespielt.")]
    )
    assert role.supported and role.text.startswith("Georg Ritter spielt Felix")
    camera = nebel.answer("And the camera?", [("Who directed Nebelland?", "Katrin Vogt")])
    assert camera.supported and "Mira Stein" in camera.text
    brother = two_films.answer("Wer spielt seinen Bruder?", [("Wer spielt Jack Reed?", "Tom Hart")])
    assert brother.supported and "Joe Dunne" in brother.text  # "Jack's brother Danny"


@pytest.mark.parametrize(
    "question",
    [
        "Wann kam Nebelland 2 ins Kino?",  # a sequel is another film
        "Who directed the sequel to Nebelland?",
        "When was Nebelland released in the US?",  # only its German release is stated
        "When did Nebelland come out on DVD?",
    ],
)
def test_another_instalment_or_release_is_not_this_ones(nebel, question):
    assert not nebel.answer(question).supported


def test_a_role_described_in_another_sentence_whichever_way_the_cast_line_runs(nebel):
    answer = nebel.answer(
        "Who plays the photographer?"
    )  # "Die Fotografin Greta Lind", "Nina Lenz (Greta Lind)"
    assert answer.supported and "Nina Lenz" in answer.text and answer.text.startswith("Greta Lind")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The Storm marks Jessica Lund's directorial debut.", ("director", "", "Jessica Lund")),
        (
            "The Storm, Jessica Lund's adaptation of Anna Berg's novel, opened in 2011.",
            ("based_on", "", "adaptation of Anna Berg's novel"),
        ),
        (
            "Der Sturm beruht auf einer wahren Begebenheit.",
            ("based_on", "", "beruht auf einer wahren Begebenheit"),
        ),
    ],
)
def test_a_makers_debut_and_a_source_cut_at_the_next_clause(text, fact):
    assert fact in _facts(text, "The Storm" if text.startswith("The") else "Der Sturm")


def test_words_a_question_writes_in_lower_case_or_an_article_only_quoted_name_no_one(tmp_path):
    """ "… in the officers' bar?" is no festival's "Goldener Bär"; a word an article quotes
    ("Führer") is no other film the question would be about."""
    boot = """---
title: "Tiefsee"
---
Beim Festival gewann „Tiefsee“ den Goldenen Bär. Am Abend hält Kapitän Thomsen eine spöttische Rede auf den
„Führer“. Thomsen wird von Otto Brandt gespielt.
"""
    engine = engine_over(tmp_path, {"tiefsee.md": boot, "sturm.md": STORM})
    answer = engine.answer("Who plays Thomsen, the captain who mocks the Führer in the officers' bar?")
    assert answer.supported and "Otto Brandt" in answer.text
