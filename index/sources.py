"""`film-assistant add`: bring a web page or a local file into the knowledge folder.

A URL is fetched politely (robots.txt, a timeout over the whole download, a size limit, few
redirects, http/https only), its article extracted as for saved pages, and written as a `.md`
file with front matter (`title`, `source`, `author`, `date`, `fetched`). Adding the same URL
again rewrites that file, so a page is never in the index twice.
"""

from __future__ import annotations

import re
import socket
import time
import unicodedata
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

from index.documents import ARTICLE_SUFFIXES, UnreadableFileError, parse_document
from index.formats import ExtractionError, extract_html

USER_AGENT = "film-assistant/0.1 (+https://github.com/film-assistant)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
_READ_BLOCK = 64 * 1024


class AddError(Exception):
    """A page or file could not be added; the message is one line that says why."""


class ArticleExistsError(AddError):
    """An article of that name is already in the knowledge folder, with other content."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} already exists in the knowledge folder; confirm to replace it")
        self.name = name


@dataclass(frozen=True)
class FetchLimits:
    timeout_seconds: float = 15.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5


@dataclass(frozen=True)
class AddedFile:
    """What `add` wrote: the file under knowledge/, its title, and whether it replaced one."""

    path: Path
    title: str
    replaced: bool
    unchanged: bool = False


# --- fetching --------------------------------------------------------------------------------


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows at most `limit` redirects, and only to http(s)."""

    def __init__(self, limit: int) -> None:
        self.max_redirections = limit
        self.max_repeats = 1  # a URL seen twice is a loop

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(urljoin(req.full_url, newurl)).scheme not in ("http", "https"):
            raise AddError(f"{req.full_url} redirects to {newurl}, which is not an http(s) address")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def check_url(url: str) -> str:
    """The URL without its #fragment, or `AddError` when it is not an http(s) address."""
    url = urldefrag(url.strip())[0]
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise AddError(f"{url!r} is not an http:// or https:// address")
    return url


def fetch_page(url: str, limits: FetchLimits = FetchLimits()) -> tuple[str, bytes]:
    """The final URL and the HTML of `url`; `AddError` with one line for every way it can fail."""
    url = check_url(url)
    opener = urllib.request.build_opener(_Redirects(limits.max_redirects))
    if not _robots_allow(opener, url, limits):
        raise AddError(f"{url}: the site's robots.txt does not allow fetching it")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html"})
    deadline = time.monotonic() + limits.timeout_seconds
    try:
        with opener.open(request, timeout=limits.timeout_seconds) as response:
            kind = response.headers.get_content_type()
            if kind not in HTML_TYPES:
                raise AddError(f"{url} is {kind}, not a web page (text/html)")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limits.max_bytes:
                raise AddError(f"{url} is {int(declared) / 1e6:.1f} MB, over the {_mb(limits)} limit")
            body = _read_within(response, url, limits, deadline)
            return response.geturl(), body
    except AddError:
        raise
    except urllib.error.HTTPError as error:
        if 300 <= error.code < 400:
            raise AddError(f"{url}: too many redirects (a loop?)") from None
        raise AddError(f"{url}: the server answered HTTP {error.code} {error.reason}") from None
    except TimeoutError:
        raise AddError(f"{url}: no complete answer within {limits.timeout_seconds:g} s") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError | socket.timeout):
            raise AddError(f"{url}: no complete answer within {limits.timeout_seconds:g} s") from None
        raise AddError(f"{url}: cannot connect ({reason})") from None
    except (OSError, ValueError) as error:
        raise AddError(f"{url}: the download failed ({error})") from None


def _read_within(response, url: str, limits: FetchLimits, deadline: float) -> bytes:
    """The body, stopping at the size limit or the deadline (a server may trickle bytes)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise AddError(f"{url}: no complete answer within {limits.timeout_seconds:g} s")
        block = response.read1(_READ_BLOCK)  # what has arrived, so the deadline is checked often
        if not block:
            return b"".join(chunks)
        size += len(block)
        if size > limits.max_bytes:
            raise AddError(f"{url} is larger than the {_mb(limits)} limit for one page")
        chunks.append(block)


def _mb(limits: FetchLimits) -> str:
    return f"{limits.max_bytes / 1e6:g} MB"


def _robots_allow(opener, url: str, limits: FetchLimits) -> bool:
    """What the site's robots.txt says for us; a missing one allows, a forbidden one refuses."""
    parts = urlsplit(url)
    robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
    request = urllib.request.Request(robots_url, headers={"User-Agent": USER_AGENT})
    try:
        with opener.open(request, timeout=limits.timeout_seconds) as response:
            text = response.read(512 * 1024).decode("utf-8", errors="replace")
    except urllib.error.HTTPError as error:
        return error.code not in (401, 403)  # as robotparser: 4xx other than these means no rules
    except (urllib.error.URLError, OSError, AddError):
        return True  # no robots.txt to read; the page request itself will report a dead host
    rules = urllib.robotparser.RobotFileParser(robots_url)
    rules.parse(text.splitlines())
    return rules.can_fetch(USER_AGENT, url)


# --- writing into knowledge/ -----------------------------------------------------------------


def add_url(url: str, knowledge_dir: Path, limits: FetchLimits = FetchLimits()) -> AddedFile:
    """Fetch `url` and write its article as Markdown with front matter into `knowledge_dir`."""
    url = check_url(url)
    final_url, body = fetch_page(url, limits)
    try:
        extracted = extract_html(body)
    except ExtractionError as error:
        raise AddError(f"{url} {error}") from None
    meta = extracted.metadata
    title = meta.get("title") or _first_heading(extracted.text) or urlsplit(final_url).path.strip("/") or url
    front = {
        "title": title,
        "source": url,
        "canonical": meta.get("source", "") if meta.get("source") not in ("", url) else "",
        "author": meta.get("author", ""),
        "date": meta.get("date", ""),
        "site": meta.get("site", ""),
        "fetched": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    content = _front_matter(front) + "\n" + extracted.text
    existing = _file_for_source(knowledge_dir, url)
    target = existing or _free_name(knowledge_dir, _slug(title) + ".md")
    return _write(target, content.encode("utf-8"), title, replaced=existing is not None)


def add_file(path: Path, knowledge_dir: Path, max_bytes: int, replace: bool = True) -> AddedFile:
    """Copy a local article into `knowledge_dir` under a safe name; the same name again updates it,
    unless `replace` is off (an upload from the chat page asks first)."""
    if not path.is_file():
        raise AddError(f"{path} is not a file")
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        kinds = ", ".join(ARTICLE_SUFFIXES)
        raise AddError(f"{path.name}: only {kinds} files can be added")
    if path.stat().st_size > max_bytes:
        raise AddError(f"{path.name} is over the {max_bytes / 1e6:g} MB limit for one article")
    raw = path.read_bytes()
    name = _slug(path.stem) + path.suffix.lower()
    try:
        document = parse_document(name, raw)  # refuse what the index would skip, before copying
    except UnreadableFileError as error:
        raise AddError(f"{path.name} {error}") from None
    target = knowledge_dir / name
    if target.exists() and target.resolve() == path.resolve():
        return AddedFile(target, document.title, replaced=False, unchanged=True)
    if target.exists() and not replace and target.read_bytes() != raw:
        raise ArticleExistsError(name)
    return _write(target, raw, document.title, replaced=target.exists())


def _write(target: Path, content: bytes, title: str, replaced: bool) -> AddedFile:
    if replaced and target.read_bytes() == content:
        return AddedFile(target, title, replaced=True, unchanged=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.part")
    temporary.write_bytes(content)
    temporary.replace(target)  # atomic: a watcher never indexes half a file
    return AddedFile(target, title, replaced=replaced)


def _front_matter(values: dict[str, str]) -> str:
    lines = ["---"]
    for key, value in values.items():
        value = " ".join(str(value).split())
        if value:
            lines.append(f'{key}: "{value}"' if value[:1] in "\"'" or ": " in value else f"{key}: {value}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def _file_for_source(knowledge_dir: Path, url: str) -> Path | None:
    """The Markdown file an earlier `add` wrote for this URL, if any."""
    if not knowledge_dir.is_dir():
        return None
    for path in sorted(knowledge_dir.glob("*.md")):
        try:
            head = path.read_text(encoding="utf-8", errors="replace")[:4000]
        except OSError:
            continue
        declared = rf"^source:\s*\"?{re.escape(url)}\"?\s*$"
        if head.startswith("---") and re.search(declared, head, re.MULTILINE):
            return path
    return None


def _free_name(knowledge_dir: Path, name: str) -> Path:
    target = knowledge_dir / name
    number = 2
    while target.exists():
        target = knowledge_dir / f"{Path(name).stem}-{number}.md"
        number += 1
    return target


def _slug(text: str) -> str:
    """A file name from a title: ASCII letters, digits and hyphens, at most 60 characters."""
    folded = unicodedata.normalize("NFKD", text.replace("ß", "ss")).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:60].strip("-")
    return slug or "article"


def _first_heading(text: str) -> str:
    match = re.search(r"^#{1,6}\s+(.+)$", text, re.MULTILINE)
    return match.group(1).strip() if match else ""
