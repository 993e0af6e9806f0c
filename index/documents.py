"""Load articles from the knowledge folder into `Document`s, reporting what cannot be read."""

from __future__ import annotations

import hashlib
import itertools
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from index.formats import ExtractedText, ExtractionError, extract_html, extract_pdf, page_of, web_url

TEXT_SUFFIXES = (".md", ".txt")
WEB_SUFFIXES = (".html", ".htm")
PDF_SUFFIXES = (".pdf",)
ARTICLE_SUFFIXES = TEXT_SUFFIXES + WEB_SUFFIXES + PDF_SUFFIXES

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_HEADING = re.compile(r"#{1,6}\s")
_BLOCK_START = re.compile(r"(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>|\|)")
_SENTENCE_END = ".!?:…"
_LIST_LINE = re.compile(r"^[^\s.!?:–—][^.!?:–—]{0,50}(?::\s*$|(?::|\s[–—-]\s)\s*\S.{0,80}$)")
_LABELLED_LIST = re.compile(r"^[^\s.!?:–—][^.!?:–—]{0,30}:\s*\S[^.!?]{0,300}$")
_TITLE_MAX_CHARS = 80
# "Toshiro Mifune as Tajōmaru, the bandit": a cast list written with "as", a line each.
_AS_LINE = re.compile(
    r"^[-*•]?\s*[A-ZÄÖÜÀ-Þ][^\s.!?:,;]*(?:\s+[^\s.!?:,;]+){1,4}\s+(?:as|als)\s+\S[^.!?]{0,70}$"
)


@dataclass(frozen=True)
class Document:
    """One article. For `.md`/`.txt`, `text` is the normalised file text, exactly as long as the
    decoded file, so offsets into it are offsets into the file; for web pages and PDFs it is the
    extracted text, which the index keeps. `page_starts` says where each PDF page begins."""

    source: str
    text: str
    title: str
    body_start: int
    sha256: str
    metadata: dict[str, str] = field(default_factory=dict)
    page_starts: tuple[int, ...] = ()

    @property
    def url(self) -> str:
        """The article's address, when its front matter or page metadata gives a web one."""
        return web_url(self.metadata.get("source") or self.metadata.get("url"))

    def page_of(self, offset: int) -> int | None:
        return page_of(self.page_starts, offset)


@dataclass(frozen=True)
class SkippedFile:
    """A file in the knowledge folder that was not indexed, and why."""

    source: str
    reason: str


@dataclass(frozen=True)
class SourceFile:
    """A candidate article on disk, identified cheaply by size and mtime before it is read."""

    source: str
    path: Path
    size: int
    mtime_ns: int


class UnreadableFileError(Exception):
    """The file is not a text article we can index; the message says why."""


def scan_sources(knowledge_dir: Path) -> tuple[list[SourceFile], list[SkippedFile]]:
    """List the article files under `knowledge_dir`, refusing anything that resolves outside it.
    Plain strings and one stat per file: at 7,000 files pathlib's resolve() made a rebuild with
    nothing changed take a second. Only links are resolved (a folder walk never follows them)."""
    root = knowledge_dir.resolve()
    found: list[SourceFile] = []
    skipped: list[SkippedFile] = []
    for full in sorted(_walk(knowledge_dir)):
        source = os.path.relpath(full, knowledge_dir).replace(os.sep, "/")
        path = Path(full)
        try:
            resolved = path
            if os.path.islink(full):
                resolved = path.resolve()
                if not resolved.is_relative_to(root):
                    skipped.append(SkippedFile(source, "points outside the knowledge folder; not read"))
                    continue
                if resolved.is_dir():
                    continue  # a linked folder inside knowledge/: its files are found under their own paths
            stat = os.stat(full)
        except RuntimeError:  # Python < 3.13 reports a symlink loop so, not as an OSError
            skipped.append(SkippedFile(source, "is a symbolic link loop; not read"))
            continue
        except OSError as error:
            skipped.append(SkippedFile(source, f"cannot be opened ({error.strerror or error})"))
            continue
        found.append(SourceFile(source, resolved, stat.st_size, stat.st_mtime_ns))
    return found, skipped


def _walk(folder: Path) -> Iterator[str]:
    if not folder.is_dir():
        return
    for directory, folders, files in os.walk(folder):  # does not descend into linked folders
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in folders:
            # A linked folder is yielded too, so one that leads outside knowledge/ is reported.
            if os.path.islink(os.path.join(directory, name)):
                yield os.path.join(directory, name)
        for name in files:
            if not name.startswith(".") and name.lower().endswith(ARTICLE_SUFFIXES):
                yield os.path.join(directory, name)


def load_document(file: SourceFile, max_bytes: int) -> Document:
    """Read, decode and normalise one article; raise `UnreadableFileError` with a reason."""
    if file.size > max_bytes:
        raise UnreadableFileError(
            f"is {file.size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit for one article"
        )
    try:
        raw = file.path.read_bytes()
    except OSError as error:
        raise UnreadableFileError(f"cannot be read ({error.strerror or error})") from error
    return parse_document(file.source, raw)


def parse_document(source: str, raw: bytes) -> Document:
    """Turn the bytes of one article into a `Document` (front matter, title, normalised text)."""
    suffix = Path(source).suffix.lower()
    if suffix in WEB_SUFFIXES + PDF_SUFFIXES:
        try:
            extracted = extract_html(raw) if suffix in WEB_SUFFIXES else extract_pdf(raw)
        except ExtractionError as error:
            raise UnreadableFileError(str(error)) from error
        return _extracted_document(source, raw, extracted)
    text = decode_article(raw)
    if not text.strip():
        raise UnreadableFileError("is empty")
    metadata: dict[str, str] = {}
    body_start = 0
    match = _FRONT_MATTER.match(text)
    if match:
        metadata = _parse_front_matter(match.group(1))
        body_start = match.end()
    if not text[body_start:].strip():
        raise UnreadableFileError("has no text after its front matter")
    normalised = text[:body_start] + join_wrapped_lines(text[body_start:])
    return Document(
        source=source,
        text=normalised,
        title=metadata.get("title") or _title_from(text[body_start:], source),
        body_start=body_start,
        sha256=hashlib.sha256(raw).hexdigest(),
        metadata=metadata,
    )


_FILE_LIKE_TITLE = re.compile(r"\.(?:docx?|odt|pdf|indd|rtf)\b|^untitled|^microsoft word", re.IGNORECASE)


def _extracted_document(source: str, raw: bytes, extracted: ExtractedText) -> Document:
    # PDF lines are re-joined by the extractor, which knows the column width.
    text = extracted.text if extracted.page_starts else join_wrapped_lines(extracted.text)
    metadata = dict(extracted.metadata)
    title = metadata.get("title", "")
    if not title or _FILE_LIKE_TITLE.search(title):
        title = _title_from(text, source)
    metadata["title"] = title
    return Document(
        source=source,
        text=text,
        title=title,
        body_start=0,
        sha256=hashlib.sha256(raw).hexdigest(),
        metadata=metadata,
        page_starts=extracted.page_starts,
    )


def decode_article(raw: bytes) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16; refuse binary data."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as error:
            raise UnreadableFileError("is not valid UTF-16 text") from error
    else:
        if b"\x00" in raw[:8192]:
            raise UnreadableFileError("looks like a binary file, not text")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise UnreadableFileError(
                f"is not valid UTF-8 (bad byte at position {error.start}); save it as UTF-8"
            ) from error
    text = text.lstrip("\ufeff")
    if _control_share(text) > 0.05:
        raise UnreadableFileError("looks like a binary file, not text")
    return text


def _control_share(text: str) -> float:
    sample = text[:8192]
    if not sample:
        return 0.0
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / len(sample)


def join_wrapped_lines(body: str) -> str:
    """Replace line breaks that wrap a sentence with spaces, keeping length and real breaks.

    A break stays where a paragraph, heading, list item or title line ends; every other
    break is a wrap (``Iskander (⏎Alexander Asochakov)``) and becomes a space, so the
    result is exactly as long as the input and offsets still point into the file.
    """
    lines = body.split("\n")
    listed = _line_per_item(lines)
    pieces: list[str] = []
    for index, line in enumerate(lines):
        pieces.append(line)
        if index == len(lines) - 1:
            break
        following = lines[index + 1]
        if index in listed or _is_hard_break(line, following, previous=lines[index - 1] if index else ""):
            pieces.append("\n")
        else:
            if line.endswith("\r"):
                pieces[-1] = line[:-1] + " "
            pieces.append(" ")
    return "".join(pieces)


# What separates a line's two halves in a credits or cast list: "Music: X", "X - Y", "X ... Y", "X / Y".
_ITEM_SEPARATOR = re.compile(r":\s|\s[-–—/]{1,2}\s|\.{2,}|…|\||\s(?:as|als|by|von)\s")
# Marks only credits and cast lines carry: a dotted leader between two parts, or a list's separators.
_CREDIT_MARKS = re.compile(r"\S\s*(?:\.{3,}|\s\.\.\s|…{2,})\s*\S|[‖◆▸]|\s(?:>>|»|~|=|\|)\s")
_NARROWEST_WRAP = 60  # text wrapped narrower than this is rare; lines this short are items


def _line_per_item(lines: list[str]) -> set[int]:
    """Indexes of lines in paragraphs written a line per item ("Joseph Cotten ...... Holly Martins",
    "Alida Valli - Anna Schmidt", …): where most lines end although the next line's first word would
    still have fitted, the breaks are the writer's, not a wrap at a fixed width."""
    listed: set[int] = set()
    start = 0
    while start < len(lines):
        if not lines[start].strip():
            start += 1
            continue
        end = start
        while end < len(lines) and lines[end].strip():
            end += 1
        paragraph = [line.rstrip() for line in lines[start:end]]
        width = max(_NARROWEST_WRAP, *(len(line) for line in paragraph))
        breaks = [
            len(line) + 1 + len(following.split()[0]) <= width
            for line, following in itertools.pairwise(paragraph)
        ]
        itemised = [bool(_ITEM_SEPARATOR.search(line)) for line in paragraph]
        if (
            len(paragraph) >= 3
            and sum(breaks) * 3 >= len(breaks) * 2
            and sum(itemised) * 3 >= len(paragraph) * 2
        ):
            listed.update(start + i for i, line in enumerate(paragraph[:-1]) if not line.endswith((",", "(")))
        start = end
    return listed


def _is_list_line(line: str) -> bool:
    """A line of an info block or cast list ("Besetzung:", "Regie: X", "X als Y"), in any mix; a
    labelled line may run long ("Darsteller: Bruno Ganz (Damiel), Solveig Dommartin (Marion), …")."""
    return bool(_LIST_LINE.match(line) or _AS_LINE.match(line) or _LABELLED_LIST.match(line))


def _is_hard_break(line: str, following: str, previous: str) -> bool:
    content = line.strip()
    if not content or not following.strip():
        return True
    if _BLOCK_START.match(content) or _BLOCK_START.match(following.lstrip()):
        return True
    if _is_list_line(content) and _is_list_line(following.strip()):
        return True  # "Regie: X" info blocks, "Character – Actor" and "X als Y" cast lists, a line each
    if (
        (_CREDIT_MARKS.search(content) or _is_list_line(content))
        and (_CREDIT_MARKS.search(following) or _is_list_line(following.strip()))
        and (_CREDIT_MARKS.search(content) or _CREDIT_MARKS.search(following))
    ):
        return True  # "Alma, … ......... Maren Eggert", "Regie » X ‖ Buch » Y": aligned or marked credits
    starts_paragraph = not previous.strip()
    runs_on = following.strip()[:1].islower()  # "… and looks⏎for Leo": a title is not continued in lower case
    return (
        starts_paragraph
        and not runs_on
        and len(content) <= _TITLE_MAX_CHARS
        and content[-1] not in _SENTENCE_END + ",;("
    )


def _parse_front_matter(block: str) -> dict[str, str]:
    """`key: value` lines; a YAML list under a key (`film:` then `  - A`) becomes "A\nB"."""
    metadata: dict[str, str] = {}
    last_key = ""
    for line in block.splitlines():
        item = re.match(r"^\s+-\s+(.+)$", line)
        if item and last_key:
            value = _scalar(item.group(1))
            metadata[last_key] = f"{metadata[last_key]}\n{value}" if metadata[last_key] else value
            continue
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t", "#")):
            last_key = key.strip().lower()
            metadata[last_key] = _scalar(value)
    return metadata


def _scalar(value: str) -> str:
    """A YAML scalar as written: one pair of quotes removed and its escapes read, so that
    `title: "\\"I wanted …\\""` is the quoted line it shows, not a title with backslashes."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r'\\(["\\])', r"\1", value[1:-1]).strip()
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'").strip()
    return value.strip("\"'")


_MAX_TITLE_WORDS = 12


def _title_from(body: str, source: str) -> str:
    """A heading; else a short first line that reads like a title ("Lola rennt (Deutschland
    1998)"); else the file name."""
    for line in body.splitlines():
        if _HEADING.match(line):
            return line.lstrip("#").strip()
        if line.strip():
            first = line.strip()
            if len(first.split()) <= _MAX_TITLE_WORDS and not first.endswith((".", "?", "!", ":")):
                return first
            break
    stem = Path(source).stem.replace("_", " ").replace("-", " ")
    return stem[:1].upper() + stem[1:]
