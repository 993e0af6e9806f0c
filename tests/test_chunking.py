"""Loading and sentence-aware chunking: no split inside abbreviations, offsets point into the file."""

from __future__ import annotations

import itertools

import pytest

from index.chunking import chunk_document, split_sentences
from index.documents import UnreadableFileError, parse_document
from tests.conftest import SEED_ARTICLE


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Er kam z. B. am 3. Oktober. Dann ging Dr. Müller heim.",
            ["Er kam z. B. am 3. Oktober.", "Dann ging Dr. Müller heim."],
        ),
        (
            "Regie führte J. R. R. Tolkien nicht. Er sagt: „Geh. Jetzt.“ Dann lief er.",
            ["Regie führte J. R. R. Tolkien nicht.", "Er sagt: „Geh. Jetzt.“", "Dann lief er."],
        ),
        ('"Hallo. Wie geht es?" fragt er. Ende.', ['"Hallo. Wie geht es?" fragt er.', "Ende."]),
        (
            "Es gibt u. a. Kapseln, Teile usw. und mehr. Mr. Smith said no.",
            ["Es gibt u. a. Kapseln, Teile usw. und mehr.", "Mr. Smith said no."],
        ),
        (
            "Das war 2003. Danach kam im 19. Jahrhundert nichts.",
            ["Das war 2003.", "Danach kam im 19. Jahrhundert nichts."],
        ),
        ("It was e.g. fine. She left! Did he?", ["It was e.g. fine.", "She left!", "Did he?"]),
    ],
)
def test_sentence_splitting_respects_abbreviations_initials_and_quotes(text, expected):
    assert sentences(text) == expected


def test_loading_joins_wrapped_lines_without_changing_offsets():
    raw = SEED_ARTICLE.read_bytes()
    document = parse_document("baikonur.txt", raw)
    decoded = raw.decode("utf-8")
    assert len(document.text) == len(decoded)
    assert "Iskander ( Alexander Asochakov)" in document.text
    assert "Regisseur Veit Helmer" in document.text
    # Only wrapping line breaks changed, and only into spaces.
    assert [i for i, (a, b) in enumerate(zip(document.text, decoded, strict=True)) if a != b] == [
        i for i, ch in enumerate(decoded) if ch == "\n" and document.text[i] == " "
    ]
    assert document.title == "Baikonur"


def test_chunk_offsets_round_trip_to_the_source_text():
    document = parse_document("baikonur.txt", SEED_ARTICLE.read_bytes())
    chunks = chunk_document(document, max_chars=250, max_sentences=3)
    assert len(chunks) > 5
    decoded = SEED_ARTICLE.read_text(encoding="utf-8")
    for chunk in chunks:
        assert document.text[chunk.start : chunk.end] == chunk.text
        # The file itself differs only where a wrapped line break became a space.
        assert decoded[chunk.start : chunk.end].replace("\n", " ") == chunk.text
        assert chunk.text[-1] in '.?!"' and len(chunk.text) <= 500
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))
    assert all(a.end < b.start for a, b in itertools.pairwise(chunks))


def test_chunk_ids_are_stable_and_depend_on_content():
    document = parse_document("a.txt", b"Erster Satz hier. Zweiter Satz dort.")
    again = parse_document("a.txt", b"Erster Satz hier. Zweiter Satz dort.")
    changed = parse_document("a.txt", b"Erster Satz hier. Zweiter Satz anders.")
    assert [c.id for c in chunk_document(document)] == [c.id for c in chunk_document(again)]
    assert [c.id for c in chunk_document(document)] != [c.id for c in chunk_document(changed)]


def test_front_matter_gives_title_and_is_not_chunked():
    raw = (
        "---\ntitle: Der Himmel über Berlin\nfilm: Der Himmel über Berlin\nlanguage: de\n---\n"
        "Engel hören Gedanken. Einer verliebt sich.\n"
    )
    document = parse_document("wings.md", raw.encode())
    assert document.title == "Der Himmel über Berlin"
    assert document.metadata["language"] == "de"
    chunks = chunk_document(document)
    assert [c.text for c in chunks] == ["Engel hören Gedanken. Einer verliebt sich."]
    assert raw[chunks[0].start : chunks[0].end] == chunks[0].text


def test_markdown_headings_and_list_items_keep_their_line_breaks():
    raw = "# Baikonur\nEin Film über\neine Steppe.\n\n- Regie: Veit Helmer\n- Land: Deutschland\n"
    document = parse_document("b.md", raw.encode())
    assert document.title == "Baikonur"
    texts = [c.text for c in chunk_document(document)]
    assert "Ein Film über eine Steppe." in texts
    assert "- Regie: Veit Helmer" in texts and "- Land: Deutschland" in texts
    assert not any("#" in t for t in texts)


def test_overlong_sentences_are_cut_into_readable_pieces():
    raw = ("wort " * 2000).encode()
    chunks = chunk_document(parse_document("long.txt", raw), max_chars=250)
    assert len(chunks) > 10 and all(len(c.text) <= 500 for c in chunks)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"caf\xe9 au lait", "UTF-8"),
        (b"\x00\x01\x02binary\x00", "binary"),
    ],
)
def test_unreadable_files_raise_with_a_reason(raw, reason):
    with pytest.raises(UnreadableFileError, match=reason):
        parse_document("bad.txt", raw)


def test_utf16_with_bom_is_read():
    document = parse_document("u16.txt", "Ein Satz über Filme.".encode("utf-16"))
    assert document.text == "Ein Satz über Filme."
