"""Sentence-aware chunking for German and English, with character offsets into the source."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from index.documents import Document

# Words that end with a period without ending a sentence (lower-cased, without the period).
ABBREVIATIONS = frozenset(
    """
        z b d h u a o ä s v g bzw usw etc ca vgl ggf evtl inkl exkl zb dh ua sog bspw insb dr
        prof nr str hr fr frl st mio mrd jh jhd abb bd mind tel dt engl franz russ kasach ital
        span lat geb gest verh bzgl mr mrs ms jr sr vs e.g i.e cf al approx dept fig inc ltd
        corp vol pp eds jan feb mar apr jun jul aug sep sept oct okt nov dec dez
    """.split()
)
_MONTHS = frozenset(
    """
        januar februar märz april mai juni juli august september oktober november dezember
        january february march may june july october december
    """.split()
)
_CANDIDATE = re.compile(r"[.!?…]+[\"'»«“”‘’)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([\w.\-]+)$")
_OPENING_QUOTES = "„‹"
_CLOSING_QUOTES = "”›"
_TOGGLING_QUOTES = '"“«»'  # open or close depending on whether a quotation is open
_QUOTE_SPAN_LIMIT = 400


@dataclass(frozen=True)
class Span:
    """A half-open character range [start, end) of a text."""

    start: int
    end: int


@dataclass(frozen=True)
class Chunk:
    """A citable passage: one to a few sentences of one document, with its offsets."""

    id: str
    source: str
    title: str
    text: str
    start: int
    end: int
    ordinal: int
    page: int | None = None  # for PDFs: the 1-based page the passage is on
    url: str = ""  # the article's web address, when it has one


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Split `text[start:end]` into sentence spans, trimmed of surrounding whitespace.

    Line breaks left by the loader are paragraph breaks and always end a sentence.
    """
    end = len(text) if end is None else end
    spans: list[Span] = []
    for block_start, block_end in _blocks(text, start, end):
        sentence_start = block_start
        for boundary in _boundaries(text, block_start, block_end):
            spans.extend(_trimmed(text, sentence_start, boundary))
            sentence_start = boundary
        spans.extend(_trimmed(text, sentence_start, block_end))
    return spans


def _blocks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    blocks = []
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        block_end = end if newline == -1 else newline
        blocks.append((position, block_end))
        position = block_end + 1
    return blocks


def _boundaries(text: str, start: int, end: int) -> list[int]:
    boundaries = []
    quote_open_at: int | None = None
    scan = start
    for match in _CANDIDATE.finditer(text, start, end):
        # Track quotation state, so "Er sagt: „Geh. Jetzt.“ Dann" splits only after the quote.
        for position in range(scan, match.start()):
            char = text[position]
            if char in _OPENING_QUOTES or (char in _TOGGLING_QUOTES and quote_open_at is None):
                quote_open_at = position
            elif char in _CLOSING_QUOTES or char in _TOGGLING_QUOTES:
                quote_open_at = None
        scan = match.end()
        closes_quote = match.group()[-1] in _CLOSING_QUOTES + _TOGGLING_QUOTES
        inside_quote = quote_open_at is not None and match.start() - quote_open_at < _QUOTE_SPAN_LIMIT
        if closes_quote:
            quote_open_at = None
        elif inside_quote:
            continue
        if _ends_sentence(text, match.start(), match.end(), end):
            boundaries.append(match.end())
    return boundaries


def _ends_sentence(text: str, punct_start: int, punct_end: int, end: int) -> bool:
    following = text[punct_end:end].lstrip()
    if not following:
        return False
    next_char = following[0]
    next_word = re.match(r"\w+", following)
    punctuation = text[punct_start]
    if text.count(".", punct_start, punct_end) >= 4:
        return False  # a dotted leader in a cast list: "Nina Hoss ........ Greta Lind"
    if text.count(".", punct_start, punct_end) >= 2 and punct_start > 0 and text[punct_start - 1] == " ":
        return False  # a short leader standing apart, "Orson Welles ... Harry Lime": no sentence's end
    word_match = _WORD_BEFORE.search(text, max(0, punct_start - 40), punct_start)
    word = word_match.group(1) if word_match else ""
    if punctuation == "." and word:
        bare = word.lower().strip(".-")
        if bare in ABBREVIATIONS or bare.split(".")[-1] in ABBREVIATIONS:
            return False
        if bare in {"dir", "reg"} and text[max(0, punct_start - 5) : punct_start - 3].strip() in {
            "(",
            ";",
            ",",
        }:
            return False  # "(dir. Wim Wenders, 1987)", "(Reg. X)": a credit in brackets
        if len(bare) == 1 and bare.isalpha():
            return False  # an initial ("J. R. R. Tolkien") or part of "z. B."
        if bare.isdigit() and len(bare) <= 2:
            # German ordinals: "am 3. Oktober", "im 19. Jahrhundert"
            return False
        if next_word and next_word.group().lower() in _MONTHS and bare.isdigit():
            return False
    if next_char.islower():
        # "erinnern. so erzählt" is a sentence start with a typo; "z. b. der" is not.
        return punctuation == "." and len(word) >= 5 and word.isalpha()
    return next_char.isupper() or next_char.isdigit() or next_char in "\"'„“«»‘(["


def _trimmed(text: str, start: int, end: int) -> list[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [Span(start, end)] if end > start else []


def chunk_document(document: Document, max_chars: int = 250, max_sentences: int = 3) -> list[Chunk]:
    """Group consecutive sentences of a paragraph into chunks of at most `max_sentences`
    sentences and about `max_chars` characters; split over-long sentences at spaces."""
    chunks: list[Chunk] = []
    text = document.text
    for block_start, block_end in _blocks(text, document.body_start, len(text)):
        if text[block_start:block_end].lstrip().startswith("#"):
            continue  # headings are titles, not citable facts
        group: list[Span] = []
        for sentence in _limit_length(text, split_sentences(text, block_start, block_end), max_chars):
            if group and (len(group) >= max_sentences or sentence.end - group[0].start > max_chars):
                chunks.append(_make_chunk(document, group, len(chunks)))
                group = []
            group.append(sentence)
        if group:
            chunks.append(_make_chunk(document, group, len(chunks)))
    return chunks


def _limit_length(text: str, sentences: list[Span], max_chars: int) -> list[Span]:
    """Cut sentences longer than twice `max_chars` at spaces, so one citation stays readable."""
    limit = 2 * max_chars
    pieces: list[Span] = []
    for sentence in sentences:
        start = sentence.start
        while sentence.end - start > limit:
            cut = text.rfind(" ", start + max_chars // 2, start + limit)
            cut = cut if cut > start else start + limit
            pieces.extend(_trimmed(text, start, cut))
            start = cut
        pieces.extend(_trimmed(text, start, sentence.end))
    return pieces


def _make_chunk(document: Document, group: list[Span], ordinal: int) -> Chunk:
    start, end = group[0].start, group[-1].end
    text = document.text[start:end]
    return Chunk(
        id=chunk_id(document.source, start, end, text),
        source=document.source,
        title=document.title,
        text=text,
        start=start,
        end=end,
        ordinal=ordinal,
        page=document.page_of(start),
        url=document.url,
    )


def chunk_id(source: str, start: int, end: int, text: str) -> str:
    """A stable id from the chunk's content and place: unchanged chunks keep their ids."""
    digest = hashlib.sha256(f"{source}\x00{start}\x00{end}\x00{text}".encode()).hexdigest()
    return digest[:32]
