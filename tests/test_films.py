"""The film catalogue and the answers that rest on it: extraction, film scope, typed answers.

The articles here are invented for the tests (made-up films and people), in the shapes film
writing comes in: an info block, a review in prose, a cast list, a festival report on several films.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.analysis import analyze, question_kind
from assistant.engine import Engine
from assistant.evaluation import Question, in_own_language, is_wrong_film
from assistant.types import Answer, Citation
from index.documents import parse_document
from index.films import extract_films
from index.names import find_names, fold
from tests.conftest import ROOT, engine_over

INFO_BLOCK = """---
title: Der Nebelwald
film: Der Nebelwald
language: de
year: 1994
---

# Der Nebelwald

Originaltitel: Der Nebelwald
Länge: 97 Minuten
Regie: Hanna Wetterberg
Drehbuch: Hanna Wetterberg, Paul Ostermann
Musik: Lukas Brenner
Kamera: Ilse Kortmann
Besetzung:
- Jonas Falk: Tobias Lind
- Greta Mayer: Anni Lind

**Der Nebelwald** ist ein Drama der Regisseurin Hanna Wetterberg. Der Film spielt in einem Dorf im Harz.
Tobias (Jonas Falk) sucht seine Schwester Anni im Wald. Gedreht wurde im Winter 1993 in Goslar.
Der Film basiert auf dem Roman „Die stillen Bäume“ von Erika Sand.
"""

REVIEW = """---
title: "Review: Harbour Lights"
film: Harbour Lights
language: en
---

Harbour Lights, directed by Owen Marsh, premiered on 4 May 2011 in Glasgow. It runs 112 minutes.
Claire Dunmore plays Maggie, a ferry captain, and her husband Tom is played by Rory Bain.
The music was composed by Elspeth Rowe. The story is set in a fishing town on the Scottish coast.
In Marsh's earlier *Cold Tide*, Rory Bain plays a priest.
"""

FESTIVAL = """---
title: "Filmfest Nord 2012: Bilanz"
film: Filmfest Nord 2012
language: de
---

# Filmfest Nord 2012: Bilanz

Die Jury unter dem Vorsitz der Regisseurin Marta Quell vergab zwei Preise.

## Salzwind (Salt Wind)

Regie führte Jan Terhoven. Salzwind spielt auf einer Hallig.
Die Fischerin Imke wird von Lotte Brandt gespielt.

## Die Brücke im Schnee

Den Preis für das beste Drehbuch erhielt Sofie Arendt für „Die Brücke im Schnee“.
Karl Unger spielt den Lehrer Bruno.
"""


def facts_of(text: str, name: str) -> list[tuple[str, str, str, str]]:
    document = parse_document(name, text.encode())
    return [(f.kind, f.film, f.subject, f.value) for f in extract_films(document).facts]


def test_info_block_lines_give_crew_cast_runtime_and_year():
    films = extract_films(parse_document("nebelwald.md", INFO_BLOCK.encode()))
    facts = {(f.kind, f.subject, f.value) for f in films.facts}
    assert ("director", "", "Hanna Wetterberg") in facts
    assert {("writer", "", "Hanna Wetterberg"), ("writer", "", "Paul Ostermann")} <= facts
    assert ("composer", "", "Lukas Brenner") in facts
    assert ("cinematographer", "", "Ilse Kortmann") in facts
    assert ("runtime", "", "97") in facts
    assert ("cast", "Tobias Lind", "Jonas Falk") in facts  # "Actor: Character" list, oriented
    assert ("cast", "Tobias", "Jonas Falk") in facts  # "Character (Actor)" in the plot
    assert [(f.title, f.year) for f in films.films] == [("Der Nebelwald", "1994")]
    kinds = {f.kind for f in films.facts}
    assert {"setting", "filming_location", "based_on"} <= kinds
    text = INFO_BLOCK
    for fact in films.facts:
        assert fact.sentence in text and text[fact.start : fact.end] == fact.sentence


def test_prose_review_gives_directed_by_plays_played_by_and_dates():
    facts = facts_of(REVIEW, "harbour.md")
    assert ("director", "Harbour Lights", "", "Owen Marsh") in facts
    assert ("cast", "Harbour Lights", "Maggie", "Claire Dunmore") in facts
    assert ("cast", "Harbour Lights", "Tom", "Rory Bain") in facts
    assert ("composer", "Harbour Lights", "", "Elspeth Rowe") in facts
    assert ("runtime", "Harbour Lights", "", "112") in facts
    assert any(kind == "release" and "2011" in value for kind, _, _, value in facts)
    # The sentence about another work ("Cold Tide") gives no cast for this film.
    assert not any(
        kind == "cast" and value == "Rory Bain" and subject != "Tom" for kind, _, subject, value in facts
    )


def test_festival_report_splits_films_by_section_and_keeps_the_jury_out():
    films = extract_films(parse_document("filmfest.md", FESTIVAL.encode()))
    titles = {film.title: film.aliases for film in films.films}
    assert titles.get("Salzwind") == ["Salt Wind"] and "Die Brücke im Schnee" in titles
    facts = {(f.kind, f.film, f.value) for f in films.facts}
    assert ("director", "Salzwind", "Jan Terhoven") in facts
    assert ("cast", "Salzwind", "Lotte Brandt") in facts
    assert ("cast", "Die Brücke im Schnee", "Karl Unger") in facts
    assert not any(value == "Marta Quell" for _, _, value in facts)


def test_names_split_german_descriptors_and_skip_quoted_titles():
    names = find_names("Er traf die französische Malerin Odile Brun und den Vater Ki-won in „Der Wald“.")
    assert [(n.text, n.descriptor) for n in names] == [("Odile Brun", "Malerin"), ("Ki-won", "Vater")]
    assert fold("Amélie Weiß-Straße") == "amelie weiss strasse"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Wer spielt Maggie?", "who_plays"),
        ("Who plays Maggie in Harbour Lights?", "who_plays"),
        ("Welche Rolle spielt Rory Bain?", "role_of"),
        ("Which character does Claire Dunmore play?", "role_of"),
        ("Wer führte Regie bei Salzwind?", "director"),
        ("Who directed Harbour Lights?", "director"),
        ("Wer schrieb das Drehbuch zu dem Film, in dem Jonas Falk den Tobias spielt?", "writer"),
        ("Who wrote the music for Harbour Lights?", "composer"),
        ("Wer war der Kameramann?", "cinematographer"),
        ("Wie lange dauert der Film?", "runtime"),
        ("How long is Harbour Lights?", "runtime"),
        ("Wann wurde der Film uraufgeführt?", "release"),
        ("Where is Harbour Lights set?", "setting"),
        ("Wo wurde Der Nebelwald gedreht?", "filming_location"),
        ("What is Der Nebelwald based on?", "based_on"),
        ("Woher kommt Lotte Brandt?", "person_origin"),
        ("Was ist Lotte Brandt von Beruf?", "person_job"),
        ("Who is Maggie?", "who_is"),
        ("Warum sucht Tobias seine Schwester?", "other"),
    ],
)
def test_question_kinds(question, kind):
    assert question_kind(question) == kind


@pytest.fixture(scope="module")
def films_engine(tmp_path_factory) -> Engine:
    articles = {"nebelwald.md": INFO_BLOCK, "harbour.md": REVIEW, "filmfest.md": FESTIVAL}
    return engine_over(tmp_path_factory.mktemp("films"), articles)


def sources(answer: Answer) -> set[str]:
    return {citation.source for citation in answer.citations}


def test_who_plays_is_answered_from_the_right_film_in_the_question_language(films_engine):
    german = films_engine.answer("Wer spielt Maggie?")
    assert german.supported and german.text.startswith("Maggie wird von Claire Dunmore gespielt [1]")
    assert sources(german) == {"harbour.md"}
    cited = german.citations[0]
    assert "Claire Dunmore plays Maggie" in cited.text
    english = films_engine.answer("Who plays Tobias?")
    assert english.text.startswith("Tobias") and "is played by Jonas Falk [1]" in english.text
    assert sources(english) == {"nebelwald.md"}
    role = films_engine.answer("Welche Rolle spielt Lotte Brandt?")
    assert "Imke" in role.text and sources(role) == {"filmfest.md"}


def test_crew_questions_name_the_film_and_cite_its_article(films_engine):
    answer = films_engine.answer("Who directed Der Nebelwald?")
    assert answer.text.startswith("Der Nebelwald was directed by Hanna Wetterberg")
    assert sources(answer) == {"nebelwald.md"}
    translated = films_engine.answer("Wer führte Regie bei Salt Wind?")
    assert "Jan Terhoven" in translated.text and sources(translated) == {"filmfest.md"}
    runtime = films_engine.answer("How long is harbour lights?")
    assert runtime.text == "Harbour Lights runs 112 minutes [1]."
    premiere = films_engine.answer("Wann hatte Harbour Lights Premiere?")
    assert "am 4. Mai 2011" in premiere.text


def test_what_one_film_lacks_is_refused_for_that_film_not_taken_from_another(films_engine):
    composer = films_engine.answer("Wer komponierte die Musik für Salzwind?")
    assert not composer.supported and composer.text.startswith("Zu „Salzwind“ steht dazu nichts")
    assert "[1]" not in composer.text
    runtime = films_engine.answer("How long is Salt Wind?")
    assert not runtime.supported and "Salzwind" in runtime.text
    sister = films_engine.answer("Who plays Maggie's sister?")
    assert not sister.supported
    unknown = films_engine.answer("Who directed The Quiet Orchard?")
    assert not unknown.supported


def test_the_film_with_several_films_asks_back_and_a_conversation_resolves_it(films_engine):
    vague = films_engine.answer("Wer führte Regie bei dem Film?")
    assert not vague.supported and vague.text.startswith("Welchen Film meinst du?")
    for title in ("Der Nebelwald", "Harbour Lights", "Salzwind"):
        assert title in vague.text
    history = [("Who plays Maggie in Harbour Lights?", "Maggie is played by Claire Dunmore [1].")]
    follow_up = films_engine.answer("And who directed the film?", history=history)
    assert "Owen Marsh" in follow_up.text and sources(follow_up) == {"harbour.md"}


def test_relatives_are_resolved_through_the_sentence_that_names_them(films_engine):
    husband = films_engine.answer("Who plays Maggie's husband?")
    assert husband.supported and "Rory Bain" in husband.text


def test_films_lists_titles_years_and_credits_with_their_sentences(films_engine):
    listed = {film.title: film for film in films_engine.films()}
    assert set(listed) >= {"Der Nebelwald", "Harbour Lights", "Salzwind", "Die Brücke im Schnee"}
    nebelwald = listed["Der Nebelwald"]
    assert (
        nebelwald.year == "1994" and nebelwald.sources == ["nebelwald.md"] and nebelwald.languages == ["de"]
    )
    director = next(c for c in nebelwald.credits if c.role == "director")
    assert director.name == "Hanna Wetterberg" and director.sentence == "Regie: Hanna Wetterberg"
    assert INFO_BLOCK[director.start : director.end] == director.sentence
    assert any(
        c.role == "actor" and c.name == "Jonas Falk" and c.plays == "Tobias Lind" for c in nebelwald.credits
    )


def test_the_catalogue_follows_the_knowledge_folder_incrementally(settings, knowledge_dir):
    engine = Engine(settings)
    (knowledge_dir / "harbour.md").write_text(REVIEW, encoding="utf-8")
    engine.rebuild()
    assert "Owen Marsh" in engine.answer("Who directed Harbour Lights?").text
    (knowledge_dir / "harbour.md").write_text(REVIEW.replace("Owen Marsh", "Nina Holt"), encoding="utf-8")
    report = engine.rebuild()
    assert report.updated == ["harbour.md"] and report.unchanged == ["baikonur.txt"]
    assert "Nina Holt" in engine.answer("Who directed Harbour Lights?").text
    (knowledge_dir / "harbour.md").unlink()
    engine.rebuild()
    assert [film.title for film in engine.films()] == ["Baikonur"]
    nothing = engine.rebuild()
    assert not nothing.changed and [film.title for film in engine.films()] == ["Baikonur"]


def test_no_proper_name_from_the_knowledge_folder_appears_in_the_answering_code():
    """The answer path must work for any film: no name, title or place of an article in it."""
    names: set[str] = set()
    for article in (ROOT / "knowledge").iterdir():
        document = parse_document(article.name, article.read_bytes())
        films = extract_films(document)
        names.update(film.title for film in films.films)
        names.update(alias for film in films.films for alias in film.aliases)
        for fact in films.facts:
            if fact.kind == "cast" or fact.kind in ("director", "writer", "producer", "composer"):
                names.update(part for part in (fact.subject, fact.value) if part)
        for name in find_names(document.text):
            if name.tokens >= 2 and not name.descriptor:
                names.add(name.text)
        names.update(re.findall(r"\b[A-ZÄÖÜ][a-zäöüß]+(?:stans?|ien|land)\b", document.text))  # countries
    words = {word for name in names for word in re.findall(r"[^\W\d_]{4,}", name) if word[0].isupper()}
    # German capitalises nouns: a word the article uses after an article ("der Steppe") is a noun.
    text = " ".join(path.read_text(encoding="utf-8") for path in (ROOT / "knowledge").iterdir())
    determiner = r"\b(der|die|das|den|dem|des|ein|eine|einer|einem|im|am|zur|zum|vom|seine[nmr]?|ihre[nmr]?)"
    common = {m.group(2) for m in re.finditer(determiner + r"\s+(\w+)", text, re.IGNORECASE)}
    proper = {word for word in words if word not in common}
    assert {"Iskander", "Julie", "Baikonur"} <= proper  # the test itself can fail
    code = "\n".join(path.read_text(encoding="utf-8") for path in (ROOT / "assistant").glob("*.py"))
    found = sorted(word for word in proper if re.search(rf"\b{re.escape(word)}", code, re.IGNORECASE))
    assert not found, f"names from knowledge/ in assistant/: {found}"


def test_eval_counts_wrong_films_and_language_of_the_own_words():
    question = Question("x", "en", "fact", "Who plays Maggie?", [["Dunmore"]], [], source="harbour.md")
    citation = Citation(number=1, source="nebelwald.md", text="t", start=0, end=1, score=1.0)
    other_film = Answer(
        text="Maggie is played by Jonas Falk [1].", language="en", citations=[citation], supported=True
    )
    assert is_wrong_film(question, other_film)
    assert not is_wrong_film(question, other_film.model_copy(update={"supported": False}))
    assert in_own_language(question, other_film)
    german_frame = Answer(
        text="Laut dem Artikel steht dazu dort: „Tobias sucht Anni.“ [1]",
        language="de",
        citations=[],
        supported=True,
    )
    assert not in_own_language(question, german_frame)
    quoted = Answer(
        text='According to "X": "Tobias sucht seine Schwester im Wald." [1]',
        language="en",
        citations=[],
        supported=True,
    )
    assert in_own_language(question, quoted)
    german_title = Answer(
        text="Der Himmel über Berlin runs 128 minutes [1].", language="en", citations=[], supported=True
    )
    assert not in_own_language(question, german_title)  # the title's words outvote "runs minutes"
    assert in_own_language(question, german_title, ["Der Himmel über Berlin"])  # a title is a name


def test_analysis_finds_films_anchors_and_unknown_titles(films_engine):
    catalogue = films_engine.searcher.snapshot().films
    analysis = analyze("Who plays the ferry captain in harbour lights?", catalogue, "en")
    assert analysis.films == ["Harbour Lights"]
    unknown = analyze("Who directed The Quiet Orchard?", catalogue, "en")
    assert unknown.unknown and not unknown.films
    relation = analyze("Wer spielt die Schwester von Tobias?", catalogue, "de")
    assert relation.relation == "sister" and relation.anchors == ["tobias"]
    apposition = analyze("Wer spielt den Vater Tobias?", catalogue, "de")
    assert apposition.relation == ""


def test_question_sets_are_split_and_the_held_out_half_exists():
    tune = (ROOT / "tests" / "data" / "films_tune.jsonl").read_text(encoding="utf-8").splitlines()
    holdout = (ROOT / "tests" / "data" / "films_holdout.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(tune) + len(holdout) >= 120 and len(holdout) >= 60
    articles = list((ROOT / "tests" / "data" / "films").iterdir())
    assert len(articles) >= 8 and all(Path(a).suffix in (".md", ".txt") for a in articles)
