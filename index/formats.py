"""Text out of saved web pages and PDFs: the article, not the page around it.

Web pages go through trafilatura, which finds the main text (no menu, sidebar, cookie banner
or comments) and reads title, author, date and canonical URL from the page's metadata
(JSON-LD, OpenGraph, <meta>). We tried readability-lxml on the same test pages: it kept the
article too, but also the byline, gave no author, date or URL, and returns HTML that needs a
second pass. PDFs go through pypdf (pure Python, no system libraries; pdfplumber's layout
analysis is slower and buys nothing for text we only cite), page by page, so a citation can
name its page.

Both return the text we index; offsets of chunks and citations point into it, and the index
keeps it (so a passage can be shown in context).
"""

from __future__ import annotations

import bisect
import io
import re
import time
from collections import Counter
from dataclasses import dataclass, field

MAX_PDF_PAGES = 2_000
MAX_EXTRACTED_CHARS = 5_000_000  # about 1,500 pages of prose; more means a bomb or not an article
PDF_SECONDS = 60.0
PAGE_BREAK = "\n\n"

_BOLD = re.compile(r"\*\*(\S(?:.*?\S)?)\*\*|__(\S(?:.*?\S)?)__")
_ITALIC = re.compile(r"(?<![\w*])\*(\S(?:[^*\n]*?\S)?)\*(?![\w*])")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_WEB_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)


class ExtractionError(Exception):
    """The file could not give us article text; the message says why (for the skipped list)."""


@dataclass(frozen=True)
class ExtractedText:
    """An article's text as indexed, its metadata, and where each PDF page starts in it."""

    text: str
    metadata: dict[str, str] = field(default_factory=dict)
    page_starts: tuple[int, ...] = ()


def web_url(value: str | None) -> str:
    """`value` when it is a plain http(s) URL we may show as a link, else "" (no `javascript:`)."""
    value = (value or "").strip()
    return value if _WEB_URL.match(value) else ""


# --- web pages -------------------------------------------------------------------------------


def extract_html(raw: bytes) -> ExtractedText:
    """The main text of a saved page as light Markdown (headings, lists, `Key: value` rows)."""
    import trafilatura

    try:
        markdown = trafilatura.extract(
            raw,
            output_format="markdown",
            include_comments=False,
            include_formatting=True,  # keeps headings, which the chunker uses
            include_links=False,
            include_images=False,
            include_tables=True,
        )
        # extensive=False: a date only from the page's markup, never guessed from a year in the text
        found = trafilatura.extract_metadata(raw, extensive=False)
    except Exception as error:  # trafilatura raises lxml's and its own errors on broken pages
        raise ExtractionError(f"is a web page trafilatura could not read ({error})") from error
    if not markdown or not _reads_like_prose(markdown):
        # trafilatura falls back to any text on the page ("Home"); that is no article
        raise ExtractionError("is a web page with no article text that could be extracted")
    metadata = {}
    if found is not None:
        for key, value in (
            ("title", found.title),
            ("author", found.author),
            ("date", found.date),
            ("source", web_url(found.url)),
            ("site", found.sitename),
        ):
            if value and value.strip():
                metadata[key] = " ".join(value.split())
    return ExtractedText(_plain_markdown(markdown), metadata)


def _reads_like_prose(text: str) -> bool:
    """At least one sentence of five words, or a dozen words in all."""
    sentence = re.search(r"(?:\w+\W+){4,}\w+[.!?…]", text)
    return bool(sentence) or len(re.findall(r"\w+", text)) >= 12


def _plain_markdown(markdown: str) -> str:
    """Drop emphasis markers (they would show in quotes) and turn table rows into lines:
    a two-column row `| Regie | X |` becomes `Regie: X`, like an article's info block."""
    lines: list[str] = []
    for line in markdown.replace("\r\n", "\n").split("\n"):
        stripped = line.strip()
        if _TABLE_RULE.match(stripped) and "-" in stripped:
            continue
        if stripped.startswith("|") and stripped.count("|") >= 2:
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            cells = [cell for cell in cells if cell]
            if not cells:
                continue
            line = f"{cells[0]}: {cells[1]}" if len(cells) == 2 else " · ".join(cells)
        line = _BOLD.sub(lambda m: m.group(1) or m.group(2), line)
        lines.append(_ITALIC.sub(r"\1", line).rstrip())
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


# --- PDFs ------------------------------------------------------------------------------------


def extract_pdf(raw: bytes) -> ExtractedText:
    """Each page's text, pages joined by a blank line; running headers and footers dropped."""
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PdfReadError

    if not raw.lstrip()[:1024].startswith(b"%PDF-") and b"%PDF-" not in raw[:1024]:
        raise ExtractionError("is named .pdf but is not a PDF file")
    started = time.monotonic()
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise ExtractionError("is a password-protected PDF; not read")
            except (NotImplementedError, PdfReadError) as error:
                raise ExtractionError("is an encrypted PDF we cannot open") from error
        count = len(reader.pages)
        if count > MAX_PDF_PAGES:
            raise ExtractionError(f"is a PDF of {count} pages, over the limit of {MAX_PDF_PAGES}")
        pages: list[str] = []
        total = 0
        for page in reader.pages:
            contents = page.get_contents()
            if contents is not None:
                contents.get_data()  # unpacked here, so a bomb raises instead of reading as empty
            text = page.extract_text() or ""
            total += len(text)
            if total > MAX_EXTRACTED_CHARS:
                raise ExtractionError(
                    f"is a PDF whose text runs past {MAX_EXTRACTED_CHARS:,} characters; not indexed"
                )
            if time.monotonic() - started > PDF_SECONDS:
                raise ExtractionError(f"is a PDF that took over {PDF_SECONDS:.0f} s to read; not indexed")
            pages.append(text)
        info = reader.metadata
    except LimitReachedError as error:
        raise ExtractionError("is a PDF that unpacks to more data than allowed (a PDF bomb?)") from error
    except ExtractionError:
        raise
    except Exception as error:  # pypdf raises many kinds on damaged files
        raise ExtractionError(f"is a damaged PDF ({type(error).__name__}: {error})") from error
    pages = _joined_lines(_without_running_lines([_tidy_page(text) for text in pages]))
    if not any(page.strip() for page in pages):
        raise ExtractionError("is a PDF with no text layer (scanned?); OCR is not supported")
    starts: list[int] = []
    position = 0
    for page in pages:
        starts.append(position)
        position += len(page) + len(PAGE_BREAK)
    metadata = {}
    if info is not None:
        for key, value in (("title", info.title), ("author", info.author)):
            if isinstance(value, str) and value.strip():
                metadata[key] = " ".join(value.split())
    return ExtractedText(PAGE_BREAK.join(pages), metadata, tuple(starts))


def _tidy_page(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n")


def _joined_lines(pages: list[str]) -> list[str]:
    """Re-join the lines a paragraph was wrapped into. pypdf ends every visual line with a
    break; a line as wide as the text column continues on the next one, a shorter one (a
    heading, a cast line, a paragraph's last line) ends where it stands."""
    lengths = sorted(len(line) for page in pages for line in page.split("\n") if len(line) >= 40)
    if not lengths:
        return pages
    column = lengths[int(len(lengths) * 0.9) - (len(lengths) >= 10)]
    joined: list[str] = []
    for page in pages:
        lines = [line for line in page.split("\n") if line.strip()]
        out: list[str] = []
        for index, line in enumerate(lines):
            out.append(line)
            if index == len(lines) - 1:
                break
            following = lines[index + 1]
            if len(line) < 0.75 * column or _LIST_SHAPE.match(line) or _LIST_SHAPE.match(following):
                out.append("\n")
            elif re.search(r"[a-zäöüß]-$", line) and following[:1].islower():
                out[-1] = line[:-1]  # a word hyphenated across the line end
            else:
                out.append(" ")
        joined.append("".join(out))
    return joined


_LIST_SHAPE = re.compile(r"^[^\s.!?:–—][^.!?:–—]{0,50}(?::|\s[–—-]\s)\s*\S.{0,50}$")


def _without_running_lines(pages: list[str]) -> list[str]:
    """Drop lines that repeat on most pages (running headers, footers, "Seite 3 von 9")."""
    if len(pages) < 3:
        return pages

    def shape(line: str) -> str:
        return re.sub(r"\d+", "#", line.strip().lower())

    seen = Counter(form for page in pages for form in {shape(line) for line in page.split("\n")} if form)
    running = {form for form, count in seen.items() if count >= max(3, len(pages) // 2 + 1)}
    return ["\n".join(line for line in page.split("\n") if shape(line) not in running) for page in pages]


def page_of(page_starts: tuple[int, ...] | list[int], offset: int) -> int | None:
    """The 1-based page that holds `offset`, for texts that have pages."""
    if not page_starts:
        return None
    return max(1, bisect.bisect_right(page_starts, offset))
