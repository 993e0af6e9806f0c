"""Credit pages written a line per item, cast sentences with long asides, possessive crew, reports
whose film heads name no director, and another work's remake; each test is a kind of text, with
invented films and people.
"""

from __future__ import annotations

import pytest

from index.chunking import split_sentences
from index.documents import parse_document
from tests.test_sections_and_mentions import _films
from tests.test_shape_variety import _facts

CREDITS_PAGE = """---
film: The Fourth Bridge
---
THE FOURTH BRIDGE (1951)
UK | Black & white | 98 min

Directed by Hal Morrow
Music: Jan Keller (accordion)
Film editing by Oswin Hartl
Production company: Lowland Pictures

CAST (in order of appearance)
Joan Petty ........ Rose Hallam
Ian Vale - Peter Marsh
Orin Blake ... Leo Crane
Karl Ruder / "Count" Palek
Emil Stark .. Dr. Weiss
Tom Ashby -- Figgis
Hans Albe ... little Franz

PLOT
Rose Hallam arrives in a city divided between four armies and looks for Leo Crane.
"""


def test_a_credits_page_written_a_line_per_item_reads_every_line():
    facts = _films(CREDITS_PAGE)["The Fourth Bridge"]
    assert ("editor", "", "Oswin Hartl") in facts  # not glued to the music line above it
    assert ("composer", "", "Jan Keller") in facts
    for role, actor in [
        ("Rose Hallam", "Joan Petty"),
        ("Peter Marsh", "Ian Vale"),
        ("Leo Crane", "Orin Blake"),  # a three-dot leader is no sentence's end
        ("Count Palek", "Karl Ruder"),  # a slash, and a line the list could not read before it
        ("Dr. Weiss", "Emil Stark"),
        ("Figgis", "Tom Ashby"),
        ("little Franz", "Hans Albe"),
    ]:
        assert ("cast", role, actor) in facts


def test_hard_wrapped_prose_is_still_joined_into_sentences():
    wrapped = (
        "Rose Hallam arrives in a city divided between four armies and looks\n"
        "for Leo Crane, who has promised her work. The porter says there was\n"
        "a third man on the bridge, and nobody else will talk to her at all.\n"
    )
    text = parse_document("a.txt", f"Title\n\n{wrapped}".encode()).text
    sentences = [text[s.start : s.end] for s in split_sentences(text, text.index("Rose"))]
    assert sentences[0].endswith("has promised her work.")
    assert len(sentences) == 2


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bare participle belongs to the name right before its comma
        (
            "Tom Vane is Ralph Hook, a tailor who runs his house with his sister Cora, played by Lena Marsh "
            "with a stare.",
            ("cast", "Cora", "Lena Marsh"),
        ),
        # the name before the comma is a place in an apposition: the character comes before it
        (
            "Ann Pike, a clerk in Leeds, played by Lena Marsh, finds the letter.",
            ("cast", "Ann Pike", "Lena Marsh"),
        ),
        # a subject, then a long aside with commas of its own, then "wird von … gespielt"
        (
            "Konrad, ein schüchterner Mann, der seit Jahren an Zuckungen, Flüchen und Ängsten leidet, "
            "wird von Felix Born gespielt.",
            ("cast", "Konrad", "Felix Born"),
        ),
        # an actor, a long aside, then the cast verb
        (
            "Ada Brenner spielt mit. Brenner, als Tochter griechischer Eltern in Kiel geboren und früher "
            "selbst Wirtin eines kleinen Lokals, spielt Zoe Kallas.",
            ("cast", "Zoe Kallas", "Brenner"),
        ),
        # an aside between actor and "ist", here with another film in it
        (
            "Ben Ural spielt mit. Ural, der in „Harte Wand“ den Cem spielte, ist hier Sami Wolf, ein Koch.",
            ("cast", "Sami Wolf", "Ural"),
        ),
        ("Lia Carr plays Anton's wife Mara.", ("cast", "Mara", "Lia Carr")),
        # Paris is no one's name: the role is the friend the possessive describes
        ("Tom Hanks plays Jerry's friend in Paris.", ("cast", "Jerry's friend", "Tom Hanks")),
        (
            "Max Lorenz wrote the music and turns up on screen as Bob, her composer.",
            ("cast", "Bob", "Max Lorenz"),
        ),
        # the clause after the comma names another film; the one before is still this film's
        (
            "Ilias wird von Moritz Bahr gespielt, und wer ihn zuletzt in „Der Komplex“ gesehen hat, staunt.",
            ("cast", "Ilias", "Moritz Bahr"),
        ),
        ("Der Arzt heißt Bernhard. Ihn spielt Tom Jonas.", ("cast", "Bernhard", "Tom Jonas")),
        (
            "Sein Zimmergenosse ist Alex, ein pedantischer Mitpatient; ihn spielt Jan Almer.",
            ("cast", "Alex", "Jan Almer"),
        ),
        (
            "Rainer Klaus, Akins langjähriger Kameramann, filmt den Hafen.",
            ("cinematographer", "", "Rainer Klaus"),
        ),
        (
            "Akins Stammcutter Andreas Vogel hält die 99 Minuten straff zusammen.",
            ("editor", "", "Andreas Vogel"),
        ),
        ("Rob Elms shot it and won a prize; Dan Tich cut it.", ("cinematographer", "", "Rob Elms")),
        ("Rob Elms shot it and won a prize; Dan Tich cut it.", ("editor", "", "Dan Tich")),
    ],
)
def test_cast_and_crew_sentences_with_asides_possessives_and_pronouns(sentence, expected):
    assert expected in _facts(sentence)


@pytest.mark.parametrize(
    ("sentence", "unexpected"),
    [
        ("Die Klinik wird von Dr. Rose Lang geleitet.", "cast"),  # run, not played
        ("Der Sturm wurde auf Schwarzweißmaterial gedreht.", "filming_location"),
        ("2014 entstand in den USA unter dem Titel „The Way“ ein Remake mit Ann Lee.", "filming_location"),
    ],
)
def test_look_alikes_that_state_no_such_fact(sentence, unexpected):
    assert not [fact for fact in _facts(sentence) if fact[0] == unexpected]


def test_a_remakes_title_is_no_other_name_of_the_film():
    article = (
        "---\nfilm: Konrad will fort\n---\nKonrad will fort ist ein Roadmovie von Ralf Hübner.\n\n"
        "2014 entstand in den USA unter dem Titel „The Way“ ein Remake mit Ann Lee.\n"
    )
    films = _films(article)
    assert set(films) == {"Konrad will fort"}
    from index.films import extract_films

    doc = extract_films(parse_document("a.md", article.encode()))
    assert doc.films[0].aliases == []


DISPATCH = """DISPATCH: Three old films, one square

BOLOGNA - By nine in the evening the square is full of people on folding chairs.

Bridge of Bread (Ponte di pane)
Vito Lanza's 1948 film played the square on opening night. Bruno is played by Enzo Sala, and Mara Vitti \
plays Antonio's wife Maria. Everything was shot on the streets of Rome.

Kaito
The festival's Japanese strand brought Aki Mori's Kaito (1952), which at 143 minutes tested the audience. \
Taro Shima plays Kenji Wada, a clerk.

Lune from 5 to 7 (Lune de 5 à 7)
The sleeper of the week was Anne Vardon's 1962 film. Corinne March plays Lune, a singer. Michel Legros \
wrote the music.

Tomorrow: a silent melodrama from Denmark.

- reporting for The Reel Dispatch
"""


def test_a_dispatch_whose_film_heads_name_their_makers_by_possessive_keeps_films_apart():
    films = _films(DISPATCH, "dispatch.txt")
    assert set(films) == {"Bridge of Bread", "Kaito", "Lune from 5 to 7"}  # "Dispatch" is the column's name
    assert ("director", "", "Vito Lanza") in films["Bridge of Bread"]
    assert ("composer", "", "Michel Legros") in films["Lune from 5 to 7"]
    assert not [f for f in films["Kaito"] if f[0] == "composer"]
    assert ("runtime", "", "143") in films["Kaito"]


NEWSLETTER = """THE SLOW LENS - a newsletter about patient films
Issue 12

A reader wrote in to ask about Paula Torres, so this week I watched two of her films back to back: \
Salt River, from 2007, and Night Loom, which came out ten years later. Both have music by Jon Green.

The earlier film is drawn from an old novel. Torres calls Salt River her hardest shoot. \
Dan Lewis plays Daniel Plain, an oilman. Rob Elms shot it; Dan Tich cut it. It runs 158 minutes.

Night Loom is shorter, at 130 minutes. Dan Lewis is Reyn Wood, a tailor who runs his house with his \
sister Cora, played by Lena Marsh with a stare that could stop a clock. Alma is played by Vera Krebs.

Next issue: a reader's request.
"""


def test_two_films_introduced_in_one_sentence_of_a_newsletter_get_their_own_facts():
    films = _films(NEWSLETTER, "newsletter.txt")
    assert {"Salt River", "Night Loom"} <= set(films)
    assert ("runtime", "", "158") in films["Salt River"]
    assert ("editor", "", "Dan Tich") in films["Salt River"]
    assert ("cast", "Cora", "Lena Marsh") in films["Night Loom"]
    assert ("runtime", "", "130") in films["Night Loom"]
    assert not [f for f in films["Night Loom"] if f[0] == "editor"]
