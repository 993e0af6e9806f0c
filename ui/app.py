"""The browser chat: streamed, cited answers with a sources panel, on top of `Engine.stream`.

Everything from articles and users is escaped before it reaches the page; the only markup
is the few tags built here (sources panel, highlighted sentence).
"""

from __future__ import annotations

import html
import ipaddress
import os
import time
from collections.abc import Iterator

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # after the line above: analytics must be off before gradio loads

from assistant.engine import Engine
from assistant.errors import USER_ERRORS, SettingsError
from assistant.highlight import cited_spans
from assistant.settings import Settings, get_settings
from assistant.types import Answer, Citation

STREAM_INTERVAL_S = 0.05  # coarse updates: re-rendering per token costs O(n²) in the browser
EXAMPLES = [
    "Wer spielt Julie?",
    "Wovon leben die Dorfbewohner?",
    "Who plays Iskander?",
    "Where did the director shoot the film?",
]
# Characters Markdown would act on; as entities they show as themselves and do nothing.
_MARKDOWN_ENTITIES = {c: f"&#{ord(c)};" for c in "\\`*_{}[]()#+-!|~<>"}
CSS = """
.fa-sources { margin-top: .6em; font-size: .92em; }
.fa-sources ol { padding-left: 1.4em; margin: .3em 0; }
.fa-sources li { margin-bottom: .45em; }
.fa-sources mark { background: #ffe680; color: inherit; padding: 0 .1em; }
.fa-note { color: #8a4b00; }
"""


def as_text(text: str) -> str:
    """Article or user text, shown exactly as written: no HTML, no Markdown, no links."""
    return "".join(_MARKDOWN_ENTITIES.get(c, html.escape(c)) for c in text).replace("\n", "<br>")


def render_citation(answer_text: str, citation: Citation, title: str) -> str:
    passage = citation.text
    pieces, position = [], 0
    for span in cited_spans(answer_text, citation):
        pieces.append(as_text(passage[position : span.start]))
        pieces.append(f"<mark>{as_text(passage[span.start : span.end])}</mark>")
        position = span.end
    pieces.append(as_text(passage[position:]))
    where = f"{as_text(citation.source)}, {citation.start}–{citation.end}"
    return (
        f'<li value="{citation.number}"><b>{as_text(title)}</b> '
        f"<small>({where})</small><br>{''.join(pieces)}</li>"
    )


def render_answer(answer: Answer, titles: dict[str, str]) -> str:
    """The answer text and, under it, its numbered sources with the cited sentences marked."""
    body = as_text(answer.text)
    if not answer.citations:
        return body
    heading = (
        "Quellen · Sources"
        if answer.supported
        else "Nächstliegende Stellen – keine Antwort · Closest passages – not an answer"
    )
    items = "".join(render_citation(answer.text, c, titles.get(c.source, c.source)) for c in answer.citations)
    return f'{body}<details class="fa-sources" open><summary>{heading}</summary><ol>{items}</ol></details>'


def note(text: str) -> str:
    return f'<span class="fa-note">{as_text(text)}</span>'


class ChatApp:
    """Binds one engine to the page's callbacks."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def titles(self) -> dict[str, str]:
        snapshot = self.engine.searcher.snapshot()
        return {chunk.source: chunk.title for chunk in snapshot.chunks}

    def status(self) -> str:
        settings = self.engine.settings
        answerer = (
            settings.answerer
            if settings.answerer == "extractive"
            else f"{settings.answerer}: {settings.llm_model}"
        )
        try:
            stats = self.engine.stats()
        except USER_ERRORS as error:
            return f"Antwortmodus · answerer: **{as_text(answerer)}** · Index: {as_text(str(error))}"
        return (
            f"Antwortmodus · answerer: **{as_text(answerer)}** · Index: {stats.documents} "
            f"Dokument(e) · documents, {stats.chunks} Abschnitte · chunks · "
            f"gebaut · built {as_text(stats.built_at.replace('T', ' '))}"
        )

    def rebuild(self) -> tuple[str, str]:
        try:
            report = self.engine.rebuild()
        except USER_ERRORS as error:
            return note(f"Neuaufbau fehlgeschlagen · rebuild failed: {error}"), self.status()
        skipped = "".join(f"<br>{as_text(s.source)}: {as_text(s.reason)}" for s in report.skipped)
        counts = (
            f"neu · added {len(report.added)}, geändert · updated {len(report.updated)}, "
            f"gelöscht · deleted {len(report.deleted)}, unverändert · unchanged {len(report.unchanged)}"
        )
        return counts + skipped, self.status()

    def respond(
        self, message: str, chat: list[dict], history: list[tuple[str, str]]
    ) -> Iterator[tuple[str, list[dict], list[tuple[str, str]]]]:
        """Stream one turn; yields (textbox value, chat messages, question/answer history)."""
        if not message or not message.strip():
            yield "", chat, history
            return
        chat = [*chat, {"role": "user", "content": as_text(message)}, {"role": "assistant", "content": "…"}]
        yield "", chat, history
        try:
            stream = self.engine.stream(message, history)
            text, last = "", 0.0
            for piece in stream:
                if isinstance(piece, Answer):
                    chat[-1] = {"role": "assistant", "content": render_answer(piece, self.titles())}
                    history = [*history, (message, piece.text)]
                    break
                text += piece
                if time.monotonic() - last >= STREAM_INTERVAL_S:
                    chat[-1] = {"role": "assistant", "content": as_text(text)}
                    last = time.monotonic()
                    yield "", chat, history
        except USER_ERRORS as error:
            chat[-1] = {"role": "assistant", "content": note(str(error))}
        except Exception:  # the page keeps serving; the details stay in the server log
            import logging

            logging.getLogger(__name__).exception("answer failed")
            chat[-1] = {
                "role": "assistant",
                "content": note(
                    "Interner Fehler – bitte erneut versuchen · internal error – please try again"
                ),
            }
        yield "", chat, history

    def ask(self, question: str, history: list[list[str]] | None = None) -> dict:
        """API endpoint `/ask`: the `Answer` as JSON, or {"error": "..."} for bad input."""
        pairs = [(str(q), str(a)) for q, a in (history or [])]
        try:
            return self.engine.answer(question, pairs).model_dump()
        except USER_ERRORS as error:
            return {"error": str(error)}


def build_app(engine: Engine) -> gr.Blocks:
    chat_app = ChatApp(engine)
    with gr.Blocks(title="Film-Assistent · Film assistant") as demo:
        gr.Markdown(
            "## Film-Assistent · Film assistant\n"
            "Fragen auf Deutsch oder Englisch zu den Filmen in der Wissensbasis; jede Antwort nennt "
            "ihre Quellen. · Ask in German or English about the films in the knowledge base; every "
            "answer shows its sources."
        )
        chatbot = gr.Chatbot(label="Chat", height=520, sanitize_html=True, elem_id="chat", buttons=["copy"])
        history = gr.State([])
        with gr.Row():
            question = gr.Textbox(
                placeholder="Frage eingeben · type a question, then Enter",
                show_label=False,
                scale=8,
                max_lines=4,
                elem_id="question",
            )
            send = gr.Button("Fragen · Ask", variant="primary", scale=1)
        gr.Examples(EXAMPLES, inputs=question, label="Beispiele · examples")
        with gr.Row():
            status = gr.Markdown(elem_id="status")
            rebuild = gr.Button("Index neu aufbauen · Rebuild index", size="sm", scale=0)
        rebuild_result = gr.HTML(elem_id="rebuild-result")

        turn = {
            "fn": chat_app.respond,
            "inputs": [question, chatbot, history],
            "outputs": [question, chatbot, history],
        }
        question.submit(**turn, api_visibility="private")
        send.click(**turn, api_visibility="private")
        rebuild.click(chat_app.rebuild, outputs=[rebuild_result, status], api_visibility="private")
        demo.load(chat_app.status, outputs=status, api_visibility="private")
        gr.api(chat_app.ask, api_name="ask")
    return demo


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def launch_options(settings: Settings) -> dict:
    """Where and how to serve; refuses a non-loopback bind without credentials."""
    auth = None
    if settings.auth:
        user, sep, password = settings.auth.partition(":")
        if not sep or not user or not password:
            raise SettingsError("FILM_ASSISTANT_AUTH must look like user:password")
        auth = (user, password)
    if not is_loopback(settings.host) and auth is None:
        raise SettingsError(
            f"refusing to serve on {settings.host} without credentials: "
            "set FILM_ASSISTANT_AUTH=user:password, or bind 127.0.0.1"
        )
    return {"server_name": settings.host, "server_port": settings.port, "auth": auth, "share": False}


def serve(settings: Settings | None = None, block: bool = True) -> gr.Blocks:
    """Build the index if needed and serve the chat."""
    settings = settings or get_settings()
    options = launch_options(settings)
    engine = Engine(settings)
    engine.ensure_index()
    demo = build_app(engine)
    demo.queue(default_concurrency_limit=8)
    demo.launch(**options, prevent_thread_lock=not block, footer_links=["api"], css=CSS, quiet=not block)
    return demo
