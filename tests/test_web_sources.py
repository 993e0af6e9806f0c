"""Saved web pages and PDFs in knowledge/: the article is indexed, the page around it is not,
and citations say where the passage is (page, address)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.engine import Engine
from assistant.settings import Settings
from index.documents import UnreadableFileError, parse_document
from index.store import Catalog
from tests.conftest import seed_knowledge
from tests.data.web.pdfs import write_presskit, write_scanned

WEB = Path(__file__).parent / "data" / "web"

# Every sentence of each page's article, and words only its menu, ads, sidebar, banner,
# comments, footer or scripts hold.
REVIEW_SENTENCES = [
    "Jim Jarmusch's Paterson follows a bus driver through one ordinary week in Paterson, New Jersey.",
    "Nothing dramatic happens, and that is the point:",
    "Adam Driver plays Paterson, a driver who shares his name with the city",
    "Golshifteh Farahani plays his partner Laura, who paints their whole house in black and white",
    "Jarmusch wrote the screenplay himself.",
    "The poems in the notebook were written by the poet Ron Padgett,",
    "Frederick Elmes shot the film in calm, symmetrical images, and the score comes from SQÜRL",
    "The film premiered in competition at the Cannes Film Festival in May 2016.",
    "It runs 118 minutes.",
    "Marvin, the couple's grumpy English bulldog, is played by a dog named Nellie",
    "Paterson is the gentlest film of the year and one of the best:",
    "Four stars out of five.",
]
REVIEW_BOILERPLATE = [
    "cookies",
    "Accept all",
    "Subscribe",
    "Newsletter",
    "Festival coverage",
    "Advertisement",
    "CineFlix",
    "Most read",
    "horror films",
    "superhero",
    "deserves an Oscar",
    "fell asleep",
    "poetry book",
    "Join the discussion",
    "All rights reserved",
    "Privacy policy",
    "dataLayer",
    "tracking",
    "mike_77",
]
NEWS_SENTENCES = [
    "Der Goldene Bär der 74. Berlinale geht an den Dokumentarfilm „Dahomey“ von Mati Diop.",
    "Die französisch-senegalesische Regisseurin erzählt darin von der Rückgabe geraubter Kunstschätze",
    "Den Großen Preis der Jury erhielt „A Traveler's Needs“ des südkoreanischen Regisseurs Hong Sang-soo,",
    "Als beste Regie wurde Nelson Carlos De Los Santos Arias für „Pepe“ ausgezeichnet.",
    "Sebastian Stan bekam den Silbernen Bären für die beste schauspielerische Leistung",
    "Den Preis für das beste Drehbuch gewann Matthias Glasner für sein Familiendrama „Sterben“.",
    "Die internationale Jury wurde von der Schauspielerin Lupita Nyong'o geleitet.",
    "Die Preise wurden am Samstagabend im Berlinale-Palast am Potsdamer Platz verliehen.",
]
NEWS_BOILERPLATE = [
    "Cookies",
    "akzeptieren",
    "Startseite",
    "Streaming-Tipps",
    "abonnieren",
    "Suche",
    "Teilen",
    "Facebook",
    "Kommentare",
    "Klaus M.",
    "übersehen",
    "Meistgelesen",
    "Heimatfilme",
    "Anzeige",
    "Impressum",
    "Datenschutz",
    "ads ready",
    "das Magazin für Filmfreunde",
]


def _page(name: str):
    return parse_document(name, (WEB / name).read_bytes())


@pytest.mark.parametrize(
    ("name", "sentences", "boilerplate"),
    [
        ("paterson_review.html", REVIEW_SENTENCES, REVIEW_BOILERPLATE),
        ("berlinale_2024_news.html", NEWS_SENTENCES, NEWS_BOILERPLATE),
    ],
)
def test_a_saved_page_gives_its_article_and_nothing_else(name, sentences, boilerplate):
    text = _page(name).text
    missing = [sentence for sentence in sentences if sentence not in text]
    leaked = [word for word in boilerplate if word.lower() in text.lower()]
    assert not missing, missing
    assert not leaked, leaked
    assert "<" not in text and "**" not in text  # no markup, no emphasis markers in quotes


def test_a_saved_page_keeps_its_metadata():
    review = _page("paterson_review.html")
    assert review.title == "Paterson review – poetry in the everyday"
    assert review.metadata["author"] == "Ellen Marsh"
    assert review.metadata["date"] == "2017-03-14"
    assert review.url == "https://reel-ledger.example/reviews/paterson"
    news = _page("berlinale_2024_news.html")
    assert (news.metadata["author"], news.metadata["date"]) == ("Jana Brückner", "2024-02-24")
    assert news.url == "https://kinokurier.example/festivals/berlinale-2024-preise"


def test_an_infobox_table_becomes_info_lines_and_links_stay_text():
    page = (
        "<html><head><title>Oh Boy</title></head><body><nav><a href='/'>Start</a></nav><article>"
        "<h1>Oh Boy</h1><p><b>Oh Boy</b> ist ein deutscher Spielfilm von <i>Jan-Ole Gerster</i> aus dem "
        "Jahr 2012, gedreht in Schwarzweiß in Berlin über einen einzigen Tag.</p>"
        "<table><tr><th>Regie</th><td>Jan-Ole Gerster</td></tr><tr><th>Kamera</th>"
        "<td>Philipp Kirsamer</td></tr></table>"
        "<p>Er <a href='javascript:alert(1)'>gewann</a> sechs Deutsche Filmpreise, darunter den für "
        "den besten Spielfilm des Jahres 2013.</p></article></body></html>"
    )
    text = parse_document("oh_boy.html", page.encode()).text
    assert "Regie: Jan-Ole Gerster" in text and "Kamera: Philipp Kirsamer" in text
    assert "Oh Boy ist ein deutscher Spielfilm von Jan-Ole Gerster" in text
    assert "javascript" not in text and "Er gewann sechs Deutsche Filmpreise" in text


def test_a_page_without_an_article_is_refused_with_a_reason():
    with pytest.raises(UnreadableFileError, match="no article text"):
        parse_document("empty.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>")


def test_a_press_kit_pdf_is_read_page_by_page(tmp_path):
    document = parse_document("oh_boy_presseheft.pdf", write_presskit(tmp_path / "kit.pdf").read_bytes())
    text = document.text
    assert len(document.page_starts) == 3
    assert document.title == "Oh Boy – Presseheft"
    assert document.page_of(text.index("Niko Fischer hat sein Jurastudium")) == 1
    cast, crew = text.index("Niko Fischer - Tom Schilling"), text.index("Kamera: Philipp Kirsamer")
    assert document.page_of(cast) == document.page_of(crew) == 2
    assert cast < crew  # the left column is read before the right one, not line by line across
    assert document.page_of(text.index("sechs Lolas")) == 3
    assert "Seite" not in text  # the running footer is dropped


def test_a_scanned_pdf_is_skipped_with_a_reason(tmp_path):
    with pytest.raises(UnreadableFileError, match="no text layer"):
        parse_document("scan.pdf", write_scanned(tmp_path / "scan.pdf").read_bytes())


@pytest.fixture(scope="module")
def web_engine(tmp_path_factory):
    base = tmp_path_factory.mktemp("web")
    knowledge = seed_knowledge(base)
    for name in ("paterson_review.html", "berlinale_2024_news.html"):
        shutil.copy(WEB / name, knowledge / name)
    write_presskit(knowledge / "oh_boy_presseheft.pdf")
    engine = Engine(Settings(knowledge_dir=knowledge, index_dir=base / "index", _env_file=None))
    report = engine.rebuild()
    return engine, report, knowledge


def test_pages_and_pdfs_are_indexed_and_nothing_of_their_frames(web_engine):
    engine, report, _ = web_engine
    assert sorted(report.added) == [
        "baikonur.txt",
        "berlinale_2024_news.html",
        "oh_boy_presseheft.pdf",
        "paterson_review.html",
    ]
    catalog = Catalog(engine.index_config.index_dir, readonly=True)
    try:
        pages = ["paterson_review.html", "berlinale_2024_news.html"]
        indexed = " ".join(chunk.text for chunk in catalog.chunks(pages)).lower()
        kept = catalog.document("oh_boy_presseheft.pdf")
    finally:
        catalog.close()
    assert not [word for word in REVIEW_BOILERPLATE + NEWS_BOILERPLATE if word.lower() in indexed]
    assert kept is not None and len(kept.page_starts) == 3 and "Tom Schilling" in kept.text


@pytest.mark.parametrize(
    ("question", "fact", "source", "page", "url"),
    [
        (
            "Who plays Laura in Paterson?",
            "Golshifteh Farahani",
            "paterson_review.html",
            None,
            "https://reel-ledger.example/reviews/paterson",
        ),
        (
            "How long is Paterson?",
            "118",
            "paterson_review.html",
            None,
            "https://reel-ledger.example/reviews/paterson",
        ),
        (
            "Wer leitete die Jury der Berlinale?",
            "Lupita Nyong'o",
            "berlinale_2024_news.html",
            None,
            "https://kinokurier.example/festivals/berlinale-2024-preise",
        ),
        (
            "Who won the Golden Bear?",
            "Dahomey",
            "berlinale_2024_news.html",
            None,  # headline words count
            "https://kinokurier.example/festivals/berlinale-2024-preise",
        ),
        ("Wer spielt Niko Fischer?", "Tom Schilling", "oh_boy_presseheft.pdf", 2, None),
        ("Wer führte bei Oh Boy Regie?", "Jan-Ole Gerster", "oh_boy_presseheft.pdf", 2, None),
        ("Wie viele Lolas gewann Oh Boy?", "sechs", "oh_boy_presseheft.pdf", 3, None),
    ],
)
def test_answers_cite_pages_and_addresses(web_engine, question, fact, source, page, url):
    engine, _, _ = web_engine
    answer = engine.answer(question)
    assert answer.supported and fact in answer.text, answer.text
    assert (source, page, url) in {(c.source, c.page, c.url) for c in answer.citations}
    kept = Catalog(engine.index_config.index_dir, readonly=True)
    try:
        for citation in answer.citations:  # offsets point into the text the index keeps
            stored = kept.document(citation.source)
            assert stored.text[citation.start : citation.end] == citation.text
    finally:
        kept.close()


def test_changed_and_broken_pages_rebuild_incrementally(web_engine):
    engine, _, knowledge = web_engine
    page = knowledge / "paterson_review.html"
    original = page.read_bytes()
    page.write_bytes(original.replace(b"It runs 118 minutes.", b"It runs 113 minutes."))
    report = engine.rebuild()
    assert report.updated == ["paterson_review.html"] and not report.added
    assert "113" in engine.answer("How long is Paterson?").text
    page.write_bytes(b"<html><body><nav>Home</nav></body></html>")  # saved wrongly: no article
    report = engine.rebuild()
    [skipped] = report.skipped
    assert skipped.source == "paterson_review.html" and "previous version stays indexed" in skipped.reason
    assert "113" in engine.answer("How long is Paterson?").text
    page.unlink()
    assert engine.rebuild().deleted == ["paterson_review.html"]
    assert "Golshifteh" not in engine.answer("Who plays Laura in Paterson?").text
    page.write_bytes(original)
    assert engine.rebuild().added == ["paterson_review.html"]
