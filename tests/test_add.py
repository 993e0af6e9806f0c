"""`film-assistant add`: pages fetched from a real HTTP server on 127.0.0.1, and local files."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from assistant.settings import Settings
from index.documents import parse_document
from index.sources import AddError, FetchLimits, add_file, add_url
from tests.data.web.pdfs import write_presskit
from tests.test_cli import run

WEB = Path(__file__).parent / "data" / "web"
LIMITS = FetchLimits(timeout_seconds=1.5, max_bytes=200_000, max_redirects=3)
PAGES = {
    "/reviews/paterson": (WEB / "paterson_review.html").read_bytes(),
    "/news/berlinale": (WEB / "berlinale_2024_news.html").read_bytes(),
    "/private/notes": (WEB / "paterson_review.html").read_bytes(),
}


class _Site(BaseHTTPRequestHandler):
    """A small film site with every way a fetch can go wrong."""

    def log_message(self, *args) -> None:
        pass

    def _send(self, status: int, body: bytes, kind: str = "text/html; charset=utf-8", **headers) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        if path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path in PAGES:
            self._send(200, PAGES[path])
        elif path == "/old-address":
            self._send(301, b"", Location="/reviews/paterson")
        elif path in ("/loop-a", "/loop-b"):
            self._send(302, b"", Location="/loop-b" if path == "/loop-a" else "/loop-a")
        elif path == "/to-ftp":
            self._send(302, b"", Location="ftp://127.0.0.1/file")
        elif path == "/slow":
            time.sleep(4)
            self._send(200, PAGES["/reviews/paterson"])
        elif path == "/trickle":  # headers at once, then a byte every 0.2 s: no single read times out
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(60):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass
        elif path == "/huge":
            self._send(200, b"<p>" + b"film " * 100_000 + b"</p>")
        elif path == "/huge-unlabelled":  # no Content-Length: the limit must hold while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.close_connection = True
            try:
                for _ in range(100):
                    self.wfile.write(b"<p>" + b"film " * 2_000 + b"</p>")
            except OSError:
                pass
        elif path == "/data.json":
            self._send(200, b'{"film": "Paterson"}', "application/json")
        elif path == "/empty-page":
            self._send(200, b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
        else:
            self._send(404, b"<h1>Not found</h1>")


@pytest.fixture(scope="module")
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_fetched_page_becomes_markdown_with_front_matter(site, tmp_path):
    added = add_url(f"{site}/reviews/paterson", tmp_path, LIMITS)
    assert added.path == tmp_path / "paterson-review-poetry-in-the-everyday.md" and not added.replaced
    document = parse_document(added.path.name, added.path.read_bytes())
    meta = document.metadata
    assert meta["title"] == "Paterson review – poetry in the everyday"
    assert meta["source"] == f"{site}/reviews/paterson"
    assert meta["canonical"] == "https://reel-ledger.example/reviews/paterson"
    assert (meta["author"], meta["date"]) == ("Ellen Marsh", "2017-03-14")
    assert meta["fetched"].startswith(time.strftime("%Y-", time.gmtime()))
    body = document.text[document.body_start :]
    assert "Golshifteh Farahani plays his partner Laura" in body
    assert "cookies" not in body and "deserves an Oscar" not in body and "Subscribe" not in body


def test_the_same_url_again_updates_its_file(site, tmp_path):
    first = add_url(f"{site}/reviews/paterson", tmp_path, LIMITS)
    (tmp_path / "other.md").write_text("---\nsource: https://elsewhere.example/\n---\nText.\n")
    again = add_url(f"{site}/reviews/paterson#comments", tmp_path, LIMITS)  # a fragment is the same page
    assert again.path == first.path and again.replaced
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.md", first.path.name]
    news = add_url(f"{site}/news/berlinale", tmp_path, LIMITS)
    assert news.path.name == "berlinale-2024-goldener-bar-fur-dahomey.md" and not news.replaced


def test_a_redirect_is_followed(site, tmp_path):
    added = add_url(f"{site}/old-address", tmp_path, LIMITS)
    assert "Adam Driver plays Paterson" in added.path.read_text()


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "HTTP 404"),
        ("/slow", "no complete answer within 1.5 s"),
        ("/trickle", "no complete answer within 1.5 s"),
        ("/huge", "over the 0.2 MB limit"),
        ("/huge-unlabelled", "larger than the 0.2 MB limit"),
        ("/loop-a", "too many redirects"),
        ("/to-ftp", "not an http(s) address"),
        ("/private/notes", "robots.txt does not allow"),
        ("/data.json", "application/json, not a web page"),
        ("/empty-page", "no article text"),
    ],
)
def test_each_failed_fetch_is_one_clear_line_and_writes_nothing(site, tmp_path, path, message):
    started = time.monotonic()
    with pytest.raises(AddError) as raised:
        add_url(f"{site}{path}", tmp_path, LIMITS)
    assert message in str(raised.value) and "\n" not in str(raised.value)
    assert time.monotonic() - started < 6  # the timeout holds for the whole download
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)", "film"])
def test_only_http_addresses_are_fetched(tmp_path, url):
    with pytest.raises(AddError, match="not an http"):
        add_url(url, tmp_path, LIMITS)


def test_a_dead_host_is_one_line():
    with pytest.raises(AddError, match="cannot connect"):
        add_url("http://127.0.0.1:9/", Path("/nonexistent"), LIMITS)


def test_add_file_copies_articles_and_refuses_what_would_be_skipped(tmp_path):
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    added = add_file(WEB / "paterson_review.html", knowledge, 1_000_000)
    assert added.path == knowledge / "paterson-review.html" and not added.replaced
    again = add_file(WEB / "paterson_review.html", knowledge, 1_000_000)
    assert again.unchanged and again.path == added.path
    kit = write_presskit(tmp_path / "Oh Boy Presseheft.pdf")
    assert add_file(kit, knowledge, 1_000_000).path.name == "oh-boy-presseheft.pdf"
    fake = tmp_path / "fake.pdf"
    fake.write_text("not a pdf")
    with pytest.raises(AddError, match="not a PDF"):
        add_file(fake, knowledge, 1_000_000)
    word = tmp_path / "notes.docx"
    word.write_bytes(b"PK\x03\x04")
    with pytest.raises(AddError, match=r"only \.md, \.txt"):
        add_file(word, knowledge, 1_000_000)
    assert sorted(p.name for p in knowledge.iterdir()) == ["oh-boy-presseheft.pdf", "paterson-review.html"]


def test_cli_add_fetches_indexes_and_answers_with_the_address(site, tmp_path):
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    settings = Settings(knowledge_dir=knowledge, index_dir=tmp_path / "index", _env_file=None)
    result = run(["add", f"{site}/reviews/paterson", f"{site}/missing"], settings)
    assert result.returncode == 1  # one of the two failed, and says so
    assert "added" in result.stdout and "added 1, updated 0" in result.stdout
    assert "HTTP 404" in result.stderr and "Traceback" not in result.stderr
    asked = run(["ask", "Who plays Laura in Paterson?", "--json"], settings)
    answer = json.loads(asked.stdout)
    assert "Golshifteh Farahani" in answer["text"]
    assert answer["citations"][0]["url"] == f"{site}/reviews/paterson"
    again = run(["add", f"{site}/reviews/paterson"], settings)
    assert again.returncode == 0 and "updated" in again.stdout
    assert len(list(knowledge.glob("*.md"))) == 1
