"""Where a person comes from and what they do, in the shapes film writing gives it: a bracket after
the name ("(born 1980 in Graz)"), a fronted "Born and raised in …", "a Graz native", "die gebürtige
Grazerin", an apposition that opens with "by training" or "im Hauptberuf", "earned her living as".
A German noun before a job ("vor ihrer Filmkarriere Krankenschwester") does not make the job a
name, while a surname that is also a job ("Sebastian Koch") still is no job. Invented people.
"""

from __future__ import annotations

import pytest

from tests.conftest import answer_naming, engine_over

HARBOUR = """# Harbour Lights

Harbour Lights is a 2019 drama about two sisters. Anna is played by Ida Berg, her sister Ruth by Kim
Lee, their father by Tom Koch. Ida Berg (born 1980 in Graz) began as a dancer. Born and raised in
Leeds, Kim Lee earned her living as a nurse before acting. Tom Koch, a Cork native, is by training a
carpenter.
"""

FAEHRE = """# Die Fähre

„Die Fähre“ ist ein Drama aus dem Jahr 2021. Die Fährfrau Greta wird von Lea Born gespielt, ihren Sohn
spielt Jan Ott. Die gebürtige Grazerin Lea Born war vor ihrer Filmkarriere Krankenschwester. Jan Ott,
im Hauptberuf Tischler, steht zum ersten Mal vor der Kamera. Den Fischer spielt Hans Koch (geboren 1961
in Husum). Gretas Vater war Lotse.
"""


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("people"), {"harbour.md": HARBOUR, "faehre.md": FAEHRE})


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Where does Ida Berg come from?", ["Graz"]),  # "(born 1980 in Graz)"
        ("Woher stammt Ida Berg?", ["Graz"]),
        ("Where does Kim Lee come from?", ["Leeds"]),  # "Born and raised in Leeds, Kim Lee …"
        ("Where is Tom Koch from?", ["Cork"]),  # "a Cork native"
        ("Woher kommt Lea Born?", ["Graz"]),  # "die gebürtige Grazerin"
        ("Where was Hans Koch born?", ["Husum"]),  # "(geboren 1961 in Husum)"
        ("What did Kim Lee do before acting?", ["nurse"]),  # "earned her living as a nurse"
        ("Was hat Kim Lee vor der Schauspielerei gemacht?", ["nurse"]),
        ("Was macht Lea Born beruflich?", ["Krankenschwester"]),  # "vor ihrer Filmkarriere Krankenschwester"
        ("What is Jan Ott's job?", ["Tischler"]),  # "im Hauptberuf Tischler"
        ("What does Tom Koch do for a living?", ["carpenter"]),  # "by training a carpenter"
        ("Was macht Gretas Vater beruflich?", ["Lotse"]),  # a relative with no name: the sentence on him
    ],
)
def test_origin_and_job_are_read_where_the_article_gives_them(people, question, words):
    answer_naming(people, question, *words)


@pytest.mark.parametrize(
    "question",
    [
        "Where does Jan Ott come from?",  # his job is given, not his home
        "Woher stammt die Mutter von Kim Lee?",  # no mother of hers is named
    ],
)
def test_what_is_not_stated_about_a_person_stays_unanswered(people, question):
    answer = people.answer(question)
    assert not answer.supported, answer.text


def test_a_surname_that_is_a_job_is_no_job():
    """ "Tom Koch" names a man, not a cook: the lexicon does not read it as his profession."""
    from assistant.lexicon import states

    known = {"tom", "koch"}
    assert not states("Tom Koch spielt den Vater", "de", "job", lambda word: word in known)
    assert states("Tom Koch ist gelernter Koch", "de", "job", lambda word: word in known)
