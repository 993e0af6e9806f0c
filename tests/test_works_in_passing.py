"""Films an article covers in passing, with no section or heading of their own: a festival
report's prose paragraph on a second film, a retrospective's earlier works dated in brackets. A
question naming such a film is answered from the sentences that start at its mention and run
until another film is named or a paragraph ends, and said for that film; what those sentences do
not state stays "not in my sources", and another film's sentences never answer for it, nor do the
sentences after a work named in passing late in a sentence about something else. Invented films
and people.
"""

from __future__ import annotations

import pytest

from tests.conftest import answer_naming, engine_over

FESTIVAL = """# Notes from Rotterdam

The festival opened with The Salt Road, a quiet drama by Mira Kovač about two sisters who run a
roadside inn. Lena Otto plays the older sister, Greta. It is a slow, patient film.

Also in competition was Winter Harbour. Its director, Jonas Lind, cast Eva Holm as a ferry captain
named Sigrid who refuses to retire. The film runs 97 minutes and was shot on the island of Fanø.
Holm is magnificent.

The last film I saw, Paper Birds, was a disappointment despite Tom Ek's score.
"""

DIARY = """Berlinale-Tagebuch, Tag drei

Am Vormittag lief „Das gläserne Dorf“ im Wettbewerb. Regie führte Anja Stern, die Kamera führte
Paul Rieger. Ulrike Franz spielt darin die Bürgermeisterin Hedda, die ein Geheimnis hütet.

Am Abend dann „Nebelzeit“ von Karl Brandt: ein Thriller in Hamburg. Den Kommissar Lorenz spielt
Heiner Lauterbach, seine Kollegin Mara wird von Nina Hoss gespielt. Der Film dauert 112 Minuten.
"""

WILDER = """# The Apartment

Sheldrake is played by Fred MacMurray, who had already worked for Wilder as the salesman Walter
Neff in Double Indemnity (1944). The film is directed by Billy Wilder.
"""

RETROSPECTIVE = """# Sven Aalto: a retrospective

The Cinemateket honours the Finnish director Sven Aalto. His debut, The Quiet Lake (1971), follows a
fisherman, Onni, played by Pekka Rinne. Aalto wrote it with his wife, Liisa Aalto.
His breakthrough came with Northern Lights (1979). In it Anna Kivi plays Sirkka, a nurse in Lapland;
the music is by Jussi Salo.
"""


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    return engine_over(
        tmp_path_factory.mktemp("passing"),
        {"rotterdam.md": FESTIVAL, "berlinale.txt": DIARY, "aalto.md": RETROSPECTIVE, "wilder.md": WILDER},
    )


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Who plays Sigrid in Winter Harbour?", ["Eva Holm"]),
        ("Wer spielt Sigrid in Winter Harbour?", ["Eva Holm"]),
        ("Who directed Winter Harbour?", ["Jonas Lind", "Winter Harbour"]),
        ("How long is Winter Harbour?", ["97"]),
        ("Who composed the music for Paper Birds?", ["Tom Ek", "Paper Birds"]),
        ("Who plays Greta in The Salt Road?", ["Lena Otto"]),
        ("Who plays Onni in The Quiet Lake?", ["Pekka Rinne"]),
        ("Who plays Sirkka in Northern Lights?", ["Anna Kivi"]),
        ("Who composed the music for Northern Lights?", ["Jussi Salo", "Northern Lights"]),
        ("Wer spielt Mara in Nebelzeit?", ["Nina Hoss"]),
        ("Who plays Lorenz in Nebelzeit?", ["Heiner Lauterbach"]),
        ("Wie lang ist Nebelzeit?", ["112"]),
        ("Wie lang ist Winter Harbour?", ["97", "Winter Harbour"]),  # as asked, not folded
        ("Wer spielt Onni in The Quiet Lake?", ["Pekka Rinne"]),
        ("Welche Rolle spielt Anna Kivi in Northern Lights?", ["Sirkka"]),
        ("Which role does Heiner Lauterbach play in Nebelzeit?", ["Lorenz"]),
        ("Who directed Nebelzeit?", ["Karl Brandt"]),  # „Nebelzeit“ von Karl Brandt
        ("When was The Quiet Lake released?", ["1971"]),  # The Quiet Lake (1971)
        ("Who directed The Salt Road?", ["Mira Kovač"]),  # a quiet drama by …
        ("Wo wurde Winter Harbour gedreht?", ["Fanø"]),  # the catalogue's fact, in its passage
    ],
)
def test_a_film_covered_in_passing_is_answered_from_its_own_sentences(reports, question, words):
    answer_naming(reports, question, *words)


@pytest.mark.parametrize(
    ("question", "film"),
    [
        ("Who composed the music for The Quiet Lake?", "The Quiet Lake"),  # Northern Lights' composer
        ("Who plays Onni in Northern Lights?", "Northern Lights"),  # The Quiet Lake's fisherman
        ("How long is Northern Lights?", "Northern Lights"),
        ("Who directed Paper Birds?", "Paper Birds"),
        ("Who edited Winter Harbour?", "Winter Harbour"),
        ("Who plays Hedda in Nebelzeit?", "Nebelzeit"),  # Das gläserne Dorf's mayor
        ("Wer hat die Musik zu Nebelzeit geschrieben?", "Nebelzeit"),
        ("Wer spielt Onni in Northern Lights?", "Northern Lights"),
        ("Welche Rolle spielt Eva Holm in The Salt Road?", "The Salt Road"),  # a new paragraph's film
        ("Who directed Double Indemnity?", "Double Indemnity"),
    ],
)
def test_what_a_films_sentences_do_not_state_is_not_in_the_sources_for_it(reports, question, film):
    answer = reports.answer(question)
    assert not answer.supported, answer.text
    assert film.casefold() in answer.text.casefold()  # the refusal names the film looked in


def test_a_festival_paragraph_is_about_the_film_it_named(tmp_path):
    """The sentence after a film's mention, in the same paragraph, is about that film."""
    engine = engine_over(tmp_path, {"berlinale.txt": DIARY})
    answer_naming(engine, "Wer spielt Hedda?", "Ulrike Franz")
    answer_naming(engine, "Who plays Hedda in Das gläserne Dorf?", "Ulrike Franz")


def test_an_llm_answerer_reads_the_articles_that_cover_the_work(tmp_path):
    """The model gets the festival report's passages for its second film, not the nearest others."""
    from assistant.engine import Engine
    from assistant.types import Answer

    base = engine_over(
        tmp_path, {"rotterdam.md": FESTIVAL, "berlinale.txt": DIARY, "aalto.md": RETROSPECTIVE}
    )
    settings = base.settings.model_copy(update={"answerer": "openai"})
    engine = Engine(settings, base.embeddings)
    seen = []

    def answerer(request):
        seen.append(request)
        yield Answer(text="…", language=request.language, citations=[], supported=False)

    engine.answerer = answerer
    engine.answer("Wer spielt Lorenz in Nebelzeit?")  # "spielt" is in the other articles too
    assert seen and {p.chunk.source for p in seen[0].retrieval.passages} == {"berlinale.txt"}


ALIASED = """# Der Himmel über Kiel

Der Himmel über Kiel (Originaltitel der britischen Fassung: Northern Promise) ist ein Drama von
Jonas Lind aus dem Jahr 1991. Die Musik schrieb Tom Ek.
"""


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Who composed the music for Northern Promise?", ["Tom Ek"]),  # a bracketed other title
        ("Wer hat Northern Promise inszeniert?", ["Jonas Lind"]),
    ],
)
def test_a_title_an_article_gives_in_brackets_names_its_film(tmp_path, question, words):
    engine = engine_over(tmp_path, {"kiel.md": ALIASED, "salt.md": FESTIVAL})
    answer_naming(engine, question, *words)
