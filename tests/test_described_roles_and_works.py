"""Roles asked for by what the character is ("Who plays the old fisherman?"), roles an English
sentence gives only as a description ("X plays a retired miner"), names set side by side with no
casting word, an actor's possessive before a described character, works an article only mentions
whose crew one of its sentences names, a job at one turn of a life, and the many ways people ask
for each kind of fact: each test is a kind of text or question, with invented films and people.
"""

from __future__ import annotations

import pytest

from assistant.analysis import question_kind
from tests.conftest import answer_naming, engine_over

OPENING = "# Der Kranich\n\nDer Kranich ist ein Film von 1988 über ein Dorf an der Küste.\n\n"


def _kranich(tmp_path, sentence: str):
    return engine_over(tmp_path, {"kranich.md": OPENING + sentence + "\n"})


@pytest.mark.parametrize(
    ("sentence", "question", "actor"),
    [
        (
            "Hans Brenner plays the old fisherman who sails out every morning.",
            "Wer spielt den Fischer in Der Kranich?",
            "Brenner",
        ),
        (
            "Hans Brenner plays the old fisherman who sails out every morning.",
            "Who plays the fisherman in Der Kranich?",
            "Brenner",
        ),
        (
            "Erika Pluhar is superb as the stern village teacher.",
            "Wer spielt die Lehrerin in Der Kranich?",
            "Pluhar",
        ),
        (
            "Als strenge Lehrerin ist Erika Pluhar zu sehen.",
            "Who plays the teacher in Der Kranich?",
            "Pluhar",
        ),
        (
            "In der Rolle des Bürgermeisters glänzt Otto Sander.",
            "Who plays the mayor in Der Kranich?",
            "Sander",
        ),
        (
            "Otto Sander, who plays the village priest, steals every scene.",
            "Wer spielt den Pfarrer in Der Kranich?",
            "Sander",
        ),
    ],
)
def test_a_role_asked_for_by_what_the_character_is(tmp_path, sentence, question, actor):
    answer_naming(_kranich(tmp_path, sentence), question, actor)


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("Anna Berg spielt die Tochter des Lehrers.", "Wer spielt den Lehrer in Der Kranich?"),
        ("Anna Berg spielt die Tochter des Lehrers.", "Who plays the teacher in Der Kranich?"),
        ("Anna Berg plays the teacher's daughter.", "Who plays the teacher in Der Kranich?"),
        ("Anna Berg plays the daughter of the old fisherman.", "Who plays the fisherman in Der Kranich?"),
        ("The teacher, a widower, meets Anna Berg at the station.", "Who plays the teacher in Der Kranich?"),
    ],
)
def test_someone_elses_relative_or_a_meeting_is_not_the_described_role(tmp_path, sentence, question):
    answer = _kranich(tmp_path, sentence).answer(question)
    assert not answer.supported, answer.text


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Erika Pluhar is superb as the stern village teacher.", "the stern village teacher"),
        ("Otto Sander, who plays the village priest, steals every scene.", "the village priest"),
        ("Erika Pluhar plays a retired miner who keeps pigeons.", "the retired miner"),
    ],
)
def test_an_english_role_given_only_as_a_description_answers_which_role(tmp_path, sentence, role):
    actor = " ".join(sentence.split()[:2])
    engine = _kranich(tmp_path, sentence)
    answer_naming(engine, f"Which role does {actor} play in Der Kranich?", role)
    quoted = answer_naming(engine, f"Welche Rolle spielt {actor} in Der Kranich?", role.split(" ", 1)[1])
    assert "„" in quoted  # the English words stand quoted in a German answer


def test_the_part_of_is_no_role_description(tmp_path):
    engine = _kranich(tmp_path, "Hans Brenner plays the part with great restraint.")
    assert not engine.answer("Which role does Hans Brenner play in Der Kranich?").supported


def test_a_character_and_an_actor_side_by_side_with_no_casting_word(tmp_path):
    engine = _kranich(tmp_path, "Ganz vorn: Kapitän Ole Jensen, Hans Brenner, wortkarg wie immer.")
    answer_naming(engine, "Who plays Ole Jensen in Der Kranich?", "Hans Brenner")


def test_a_meeting_between_two_named_people_is_no_pairing(tmp_path):
    engine = _kranich(tmp_path, "In Hamburg trifft Ole Jensen seinen Bruder Karl Jensen wieder.")
    assert not engine.answer("Who plays Ole Jensen in Der Kranich?").supported


RETROSPECTIVE = """# Karl Weiß: Ein Leben für das Kino

Das Filmmuseum ehrt den Regisseur Karl Weiß mit einer Retrospektive. Schon sein Debüt «Der stille
Hafen» (1961) zeigt seinen Blick für Landschaften; die Kamera führte Hans Pohl. In «Nachtzug» (1968)
schrieb Lena Graf die Musik. Sein bekanntester Film bleibt «Die Wolkenmacher» (1974).
"""

KES = """# Kes

Kes (1969) is a film by Ken Loach, based on the novel by Barry Hines. The screenplay was written by
Loach with Barry Hines and Tony Garnett. David Bradley plays Billy Casper. The music is by John
Cameron.
"""


@pytest.fixture(scope="module")
def works(tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("works"), {"retro.md": RETROSPECTIVE, "kes.md": KES})


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Wer hat bei «Der stille Hafen» die Kamera geführt?", "Hans Pohl"),
        ("Who composed the music for Nachtzug?", "Lena Graf"),
        ("Wer schrieb die Musik zu Nachtzug?", "Lena Graf"),
    ],
)
def test_a_work_an_article_only_mentions_is_answered_from_the_sentence_naming_it(works, question, name):
    text = answer_naming(works, question, name)
    assert "Nachtzug" in text or "Der stille Hafen" in text  # said for the work, not the article's film


@pytest.mark.parametrize(
    "question",
    ["Who edited Nachtzug?", "Who composed the music for Der stille Hafen?", "How long is Nachtzug?"],
)
def test_what_no_sentence_says_of_a_mentioned_work_is_not_in_the_sources(works, question):
    assert not works.answer(question).supported


@pytest.mark.parametrize(
    "sentence",
    [
        "Hans Brenner's weary, stubborn Ben carries the film.",
        "It is Hans Brenner's quietly furious Ben who stays in the memory.",
    ],
)
def test_an_actors_possessive_before_a_described_character(tmp_path, sentence):
    engine = _kranich(tmp_path, sentence)
    answer_naming(engine, "Who plays Ben in Der Kranich?", "Hans Brenner")
    text = answer_naming(engine, "Which role does Hans Brenner play in Der Kranich?", "Ben")
    assert "Brenner's" not in text  # the actor named as such, not as an owner


def test_an_actors_possessive_before_a_relative_names_no_role(tmp_path):
    engine = _kranich(tmp_path, "Hans Brenner's youngest daughter Clara ran away.")
    assert not engine.answer("Which role does Hans Brenner play in Der Kranich?").supported


# How people ask, in both languages, for each kind of fact (the question's kind picks the answer path).
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What does Clara do for work?", "person_job"),
        ("What line of work is Clara in?", "person_job"),
        ("How does Clara earn her living?", "person_job"),
        ("What kind of work does Clara do?", "person_job"),
        ("What was Anna Berg before she became an actress?", "person_job"),
        ("What's Clara's trade?", "person_job"),
        ("What job does Clara have?", "person_job"),
        ("What kind of job does Clara have?", "person_job"),
        ("Was arbeitet Clara?", "person_job"),
        ("Womit verdient Clara ihr Geld?", "person_job"),
        ("Welchen Job hat Clara?", "person_job"),
        ("Was hat Anna Berg vor der Schauspielerei gemacht?", "person_job"),
        ("Welche Tätigkeit übt Clara aus?", "person_job"),
        ("How does Clara make a living in Der Sturm?", "person_job"),
        ("What does Clara do for money?", "person_job"),
        ("Was für einen Beruf hat Clara?", "person_job"),
        ("What is Clara's day job?", "person_job"),
        ("Wie verdient Clara ihren Lebensunterhalt?", "person_job"),
        ("What did Anna Berg work as before acting?", "person_job"),
        ("Clara's job?", "person_job"),
        ("Who's Clara?", "who_is"),
        ("Who's Clara in Der Sturm?", "who_is"),
        ("Wer ist diese Clara?", "who_is"),
        ("What kind of person is Clara?", "who_is"),
        ("Who is the character Clara?", "who_is"),
        ("Wer ist die Figur Clara?", "who_is"),
        ("Tell me about Clara.", "who_is"),
        ("Was ist Clara für eine Figur?", "who_is"),
        ("Who exactly is Clara?", "who_is"),
        ("Wer ist eigentlich Clara?", "who_is"),
        ("Who is Clara supposed to be?", "who_is"),
        ("Was für ein Mensch ist Clara?", "who_is"),
        ("Who is this Clara?", "who_is"),
        ("Wer genau ist Clara in Der Sturm?", "who_is"),
        ("Where does the action of Der Sturm unfold?", "setting"),
        ("Wo findet die Handlung von Der Sturm statt?", "setting"),
        ("Where does the story happen?", "setting"),
        ("Where do the events of Der Sturm happen?", "setting"),
        ("Where is Der Sturm's story located?", "setting"),
        ("In what place does Der Sturm take place?", "setting"),
        ("Wo spielt die Geschichte von Der Sturm?", "setting"),
        ("Where is the film set?", "setting"),
        ("Wo ist die Handlung angesiedelt?", "setting"),
        ("What city is Der Sturm set in?", "setting"),
        ("In welcher Gegend ist Der Sturm angesiedelt?", "setting"),
        ("Where does Der Sturm play out?", "setting"),
        ("Wo trägt sich die Geschichte zu?", "setting"),
        ("Where's Der Sturm set?", "setting"),
        ("Where did they film Der Sturm?", "filming_location"),
        ("Where did the crew shoot Der Sturm?", "filming_location"),
        ("Wo fanden die Dreharbeiten statt?", "filming_location"),
        ("An welchen Orten wurde Der Sturm gedreht?", "filming_location"),
        ("Where was Der Sturm made?", "filming_location"),
        ("Wo hat das Team gedreht?", "filming_location"),
        ("What were the filming locations of Der Sturm?", "filming_location"),
        ("Where did the shoot take place?", "filming_location"),
        ("Wo wurde Der Sturm aufgenommen?", "filming_location"),
        ("What's the source material for Der Sturm?", "based_on"),
        ("What inspired Der Sturm?", "based_on"),
        ("Worauf geht die Geschichte von Der Sturm zurück?", "based_on"),
        ("Where does the story of Der Sturm come from?", "based_on"),
        ("Is Der Sturm an adaptation?", "based_on"),
        ("Which book is Der Sturm adapted from?", "based_on"),
        ("Worauf beruht Der Sturm?", "based_on"),
        ("Auf welchem Stoff basiert Der Sturm?", "based_on"),
        ("What is Der Sturm based on?", "based_on"),
        ("Was ist die Vorlage von Der Sturm?", "based_on"),
        ("Is Der Sturm drawn from a novel?", "based_on"),
        ("Beruht Der Sturm auf einer wahren Begebenheit?", "based_on"),
        ("Who's the director of Der Sturm?", "director"),
        ("Who helmed Der Sturm?", "director"),
        ("Whose film is Der Sturm?", "director"),
        ("Wer hat bei Der Sturm Regie geführt?", "director"),
        ("Who was in the director's chair for Der Sturm?", "director"),
        ("Could you tell me the composer of Der Sturm?", "composer"),
        ("Who did the music for Der Sturm?", "composer"),
        ("Who scored Der Sturm?", "composer"),
        ("Wer hat die Filmmusik geschrieben?", "composer"),
        ("Wer komponierte für Der Sturm?", "composer"),
        ("Who wrote the music of Der Sturm?", "composer"),
        ("Von wem stammt die Musik zu Der Sturm?", "composer"),
        ("Who's responsible for the soundtrack?", "composer"),
        ("Und wer hat die Musik gemacht?", "composer"),
        ("When did Der Sturm come out?", "release"),
        ("Wann kam Der Sturm ins Kino?", "release"),
        ("When was Der Sturm first shown?", "release"),
        ("In welchem Jahr erschien Der Sturm?", "release"),
        ("When did Der Sturm premiere?", "release"),
        ("Wann lief Der Sturm an?", "release"),
        ("When was Der Sturm made?", "release"),
        ("Aus welchem Jahr ist Der Sturm?", "release"),
        ("How old is Der Sturm?", "release"),
        ("When did Der Sturm open in cinemas?", "release"),
        ("Wann wurde Der Sturm uraufgeführt?", "release"),
        ("What year is Der Sturm from?", "release"),
        ("Where is Anna Berg from?", "person_origin"),
        ("Woher stammt Anna Berg?", "person_origin"),
        ("What nationality is Anna Berg?", "person_origin"),
        ("Where was Anna Berg born?", "person_origin"),
        ("Which country does Anna Berg come from?", "person_origin"),
        ("Aus welchem Land kommt Anna Berg?", "person_origin"),
        ("Where does Anna Berg hail from?", "person_origin"),
        ("Wo ist Anna Berg geboren?", "person_origin"),
        ("Where did Anna Berg grow up?", "person_origin"),
        ("Wo kommt Anna Berg her?", "person_origin"),
        ("What is Anna Berg's home country?", "person_origin"),
        ("Who wrote Der Sturm?", "writer"),
        ("Who is the screenwriter of Der Sturm?", "writer"),
        ("Wer hat Der Sturm geschrieben?", "writer"),
        ("Who wrote the script for Der Sturm?", "writer"),
        ("Who penned Der Sturm?", "writer"),
        ("Von wem stammt das Drehbuch?", "writer"),
        ("Who came up with the story of Der Sturm?", "writer"),
        ("Who shot Der Sturm?", "cinematographer"),
        ("Who was the cinematographer of Der Sturm?", "cinematographer"),
        ("Wer führte die Kamera bei Der Sturm?", "cinematographer"),
        ("Who did the camera work on Der Sturm?", "cinematographer"),
        ("Wer war für die Bilder von Der Sturm verantwortlich?", "cinematographer"),
        ("Who was the DP on Der Sturm?", "cinematographer"),
        ("Who photographed Der Sturm?", "cinematographer"),
        ("Who's behind the camera on Der Sturm?", "cinematographer"),
        ("Wer stand bei Der Sturm hinter der Kamera?", "cinematographer"),
        ("Who edited Der Sturm?", "editor"),
        ("Wer hat Der Sturm geschnitten?", "editor"),
        ("Who cut Der Sturm?", "editor"),
        ("Wer war für den Schnitt zuständig?", "editor"),
        ("Who was the editor of Der Sturm?", "editor"),
        ("Who produced Der Sturm?", "producer"),
        ("Wer produzierte Der Sturm?", "producer"),
        ("Which company produced Der Sturm?", "producer"),
        ("Who were the producers?", "producer"),
        ("Wer hat Der Sturm produziert?", "producer"),
        ("Who put up the money for Der Sturm?", "producer"),
        ("How long is Der Sturm?", "runtime"),
        ("Wie lange dauert Der Sturm?", "runtime"),
        ("What's the running time of Der Sturm?", "runtime"),
        ("Wie viele Minuten hat Der Sturm?", "runtime"),
        ("How many minutes is Der Sturm?", "runtime"),
        ("Is Der Sturm over two hours?", "runtime"),
        ("Who plays Clara in Der Sturm?", "who_plays"),
        ("Wer verkörpert Clara?", "who_plays"),
        ("Who is Clara played by?", "who_plays"),
        ("Von wem wird Clara gespielt?", "who_plays"),
        ("Who's Clara's actress?", "who_plays"),
        ("Wer ist in der Rolle der Clara zu sehen?", "who_plays"),
        ("Who takes the part of Clara?", "who_plays"),
        ("Wer spielt die Rolle der Clara?", "who_plays"),
        ("Who portrays Clara?", "who_plays"),
        ("Which actress plays Clara?", "who_plays"),
        ("Who was cast as Clara?", "who_plays"),
        ("Wer gibt die Clara?", "who_plays"),
        ("Which role does Anna Berg play?", "role_of"),
        ("Who does Anna Berg play?", "role_of"),
        ("Welche Rolle hat Anna Berg?", "role_of"),
        ("Wen spielt Anna Berg?", "role_of"),
        ("In welcher Rolle ist Anna Berg zu sehen?", "role_of"),
        ("What part does Anna Berg have in Der Sturm?", "role_of"),
        ("Whom does Anna Berg portray?", "role_of"),
        ("Als wer tritt Anna Berg auf?", "role_of"),
        ("Who is Anna Berg playing in Der Sturm?", "role_of"),
        ("What character does Anna Berg play?", "role_of"),
        ("Welche Figur verkörpert Anna Berg?", "role_of"),
    ],
)
def test_ways_people_ask_for_each_kind_of_fact(question, kind):
    assert question_kind(question) == kind


def test_a_job_asked_for_at_a_turn_of_a_life_is_the_one_stated_then(tmp_path):
    engine = _kranich(
        tmp_path,
        "Ben (Paul Roth) ist Fischer auf der Insel. "
        "Nach der Schließung der Werft arbeitet Ben als Nachtwächter.",
    )
    answer_naming(engine, "What does Ben do after the shipyard closes in Der Kranich?", "Nachtwächter")
    answer_naming(engine, "What does Ben do in Der Kranich?", "Fischer")
