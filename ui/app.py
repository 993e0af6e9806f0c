"""The browser chat: streamed, cited answers with a sources panel, on top of `Engine.stream`.

Everything from articles and users is HTML-escaped, and the chat renders no Markdown, so no text
becomes markup or a link; the only tags are the few built here (source list, highlighted sentence).
"""

from __future__ import annotations

import html
import logging
import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

import gradio as gr  # after the line above: analytics must be off before gradio loads

from assistant.catalogue import example_questions
from assistant.engine import Engine
from assistant.errors import USER_ERRORS, SettingsError
from assistant.highlight import cited_spans
from assistant.prompts import CLOSEST_PASSAGES
from assistant.settings import Settings, get_settings, is_loopback
from assistant.types import Answer, Citation
from index.formats import web_url

STREAM_INTERVAL_S = 0.05  # coarse updates: re-rendering per token costs O(n²) in the browser
EXAMPLE_COUNT = 4  # example questions drawn from the knowledge base, asked on click
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}
SUPPORTED_HEADING = "Quellen · Sources"
UNSUPPORTED_HEADING = (
    "Nächstliegende Stellen – kein Beleg für eine Antwort · Closest passages – no support for an answer"
)
INTERNAL_ERROR = "Interner Fehler – bitte erneut versuchen · Internal error – please try again"
PLACEHOLDER = (
    "<b>Fragen Sie auf Deutsch oder Englisch · Ask in German or English</b><br>"
    "Jede Antwort zitiert ihre Quellen mit [1], [2] …; darunter stehen die Stellen, der zitierte Satz "
    "markiert. · Every answer cites its sources as [1], [2] …; below it the passages, the cited "
    "sentence marked."
)
CSS = """
.fa-sources { padding-left: 1.4em; margin: .2em 0; font-size: var(--text-md); }
.fa-sources li { margin-bottom: .45em; }
.fa-sources b { font-weight: 600; }
.fa-sources mark { background: #ffe680; color: #000; padding: 0 .1em; }
.fa-where { opacity: .75; }
.fa-note { color: #8a4b00; }
.fa-films { margin: 0; padding-left: 1.2em; }
"""
log = logging.getLogger(__name__)


def as_text(text: str) -> str:
    """Article or user text as HTML that shows it exactly as written (the chat renders no Markdown)."""
    return html.escape(text, quote=False).replace("\n", "<br>")


def render_citation(answer_text: str, citation: Citation, title: str) -> str:
    passage = citation.text
    pieces, position = [], 0
    for span in cited_spans(answer_text, citation):
        pieces.append(as_text(passage[position : span.start]))
        pieces.append(f"<mark>{as_text(passage[span.start : span.end])}</mark>")
        position = span.end
    pieces.append(as_text(passage[position:]))
    where = as_text(citation.source)
    if citation.page:
        where += f", S. · p. {int(citation.page)}"
    else:
        where += f", Zeichen · characters {citation.start}–{citation.end}"
    link = ""
    if citation.url and web_url(citation.url):  # an address the article's owner gave; http(s) only
        address = html.escape(citation.url, quote=True)
        link = f' <a class="fa-link" href="{address}" target="_blank" rel="noopener noreferrer">{address}</a>'
    return (
        f'<li value="{int(citation.number)}"><b>{as_text(title)}</b> '
        f'<small class="fa-where">({where}){link}</small><br>{"".join(pieces)}</li>'
    )


def render_answer(answer: Answer, titles: dict[str, str]) -> list[dict]:
    """The answer message and, if it cites passages, a titled sources message under it, numbered
    like the markers, with the cited sentences marked: open under an answer; under a refusal
    ("not in my sources", one line) closed, for those who want to see what came nearest."""
    text = answer.text
    if not answer.supported:
        text = text.replace(" " + CLOSEST_PASSAGES[answer.language], "")  # the panel's title says it
    messages = [{"role": "assistant", "content": as_text(text)}]
    if answer.citations:
        items = "".join(
            render_citation(answer.text, c, titles.get(c.source, c.source)) for c in answer.citations
        )
        sources = f'<ol class="fa-sources">{items}</ol>'
        metadata = {"title": SUPPORTED_HEADING}
        if not answer.supported:
            metadata = {"title": UNSUPPORTED_HEADING, "status": "done"}  # "done": Gradio shows it closed
        messages.append({"role": "assistant", "content": sources, "metadata": metadata})
    return messages


def note(text: str) -> str:
    return f'<span class="fa-note">{as_text(text)}</span>'


def format_built_at(value: str) -> str:
    try:
        return datetime.fromisoformat(value).astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return value


class ChatApp:
    """Binds one engine to the page's callbacks."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def status(self) -> str:
        settings = self.engine.settings
        answerer = (
            settings.answerer
            if settings.answerer == "extractive"
            else f"{settings.answerer}: {settings.llm_model or '?'}"
        )
        line = f"Antwortmodus · answerer: <b>{as_text(answerer)}</b> · Index: "
        try:
            stats = self.engine.stats()
        except USER_ERRORS as error:
            return line + note(str(error))
        return line + (
            f"{stats.documents} Dokument(e) · documents, {stats.chunks} Abschnitte · chunks, "
            f"gebaut · built {as_text(format_built_at(stats.built_at))}"
        )

    def films(self) -> str:
        """The films the assistant knows: title, year, language of their articles."""
        try:
            films = self.engine.films()
        except USER_ERRORS as error:
            return note(str(error))
        if not films:
            return note("Noch keine Filme im Index · No films indexed yet")
        items = []
        for film in films:
            details = [film.year] if film.year else []
            details += [LANGUAGE_NAMES.get(language, language) for language in film.languages]
            suffix = f" ({', '.join(details)})" if details else ""
            items.append(f"<li>{as_text(film.title)}{as_text(suffix)}</li>")
        count = len(films)
        heading = (
            f"<b>{count} {'Film' if count == 1 else 'Filme'} in der Wissensbasis · "
            f"{count} {'film' if count == 1 else 'films'} in the knowledge base</b>"
        )
        return f'{heading}<ul class="fa-films">{"".join(items)}</ul>'

    def examples(self) -> list:
        """Example buttons: questions drawn from the knowledge base, hidden when there are fewer."""
        try:
            questions = example_questions(self.engine.films(), EXAMPLE_COUNT)
        except USER_ERRORS:
            questions = []
        return [
            gr.update(value=questions[i], visible=True) if i < len(questions) else gr.update(visible=False)
            for i in range(EXAMPLE_COUNT)
        ]

    def rebuild(self) -> tuple[str, str]:
        try:
            report = self.engine.rebuild()
        except USER_ERRORS as error:
            return note(f"Neuaufbau fehlgeschlagen · rebuild failed: {error}"), self.status()
        except Exception:
            log.exception("rebuild failed")
            return note(INTERNAL_ERROR), self.status()
        skipped = "".join(
            f"<br>{note(f'übersprungen · skipped {s.source}: {s.reason}')}" for s in report.skipped
        )
        counts = (
            f"Neuaufbau · rebuild: neu · added {len(report.added)}, geändert · updated "
            f"{len(report.updated)}, gelöscht · deleted {len(report.deleted)}, "
            f"unverändert · unchanged {len(report.unchanged)}"
        )
        return counts + skipped, self.status()

    def respond(
        self, message: str, chat: list[dict], history: list[tuple[str, str]]
    ) -> Iterator[tuple[str, list[dict], list[tuple[str, str]]]]:
        """Stream one turn; yields (textbox value, chat messages, question/answer history)."""
        if not isinstance(message, str) or not message.strip():
            yield gr.skip(), gr.skip(), gr.skip()  # touch nothing: the user may be typing already
            return
        shown = [*chat, {"role": "user", "content": as_text(message)}]
        yield "", [*shown, {"role": "assistant", "content": "…"}], history
        try:
            text, last = "", time.monotonic()
            for piece in self.engine.stream(message, history):
                if isinstance(piece, Answer):
                    history = [*history, (message, piece.text)]
                    yield "", [*shown, *render_answer(piece, self.engine.article_titles())], history
                    return
                text += piece
                # Coarse updates: every update re-renders the whole message in the browser.
                if time.monotonic() - last >= STREAM_INTERVAL_S:
                    last = time.monotonic()
                    yield "", [*shown, {"role": "assistant", "content": as_text(text)}], history
            reply = note(INTERNAL_ERROR)
            log.error("the answer stream ended without an Answer")
        except USER_ERRORS as error:
            reply = note(str(error))
        except Exception:  # the page keeps serving; the details stay in the server log
            log.exception("answer failed")
            reply = note(INTERNAL_ERROR)
        yield "", [*shown, {"role": "assistant", "content": reply}], history

    def ask(self, question: str, history: list[list[str]] | None = None) -> dict:
        """API endpoint `/ask`: the `Answer` as JSON, or {"error": "..."} for bad input."""
        try:
            return self.engine.answer(question, history).model_dump()
        except USER_ERRORS as error:
            return {"error": str(error)}
        except Exception:
            log.exception("answer failed")
            return {"error": "internal error - please try again"}


def build_app(engine: Engine) -> gr.Blocks:
    chat_app = ChatApp(engine)
    with gr.Blocks(title="Film-Assistent · Film assistant") as demo:
        gr.Markdown(
            "## Film-Assistent · Film assistant\n"
            "Antworten aus den Artikeln der Wissensbasis, mit Quellen. · "
            "Answers from the articles in the knowledge base, with sources."
        )
        chatbot = gr.Chatbot(
            label="Chat",
            height=520,
            elem_id="chat",
            # Messages are HTML built from escaped text: no Markdown, so nothing in an article
            # or a question becomes a link, an image or LaTeX; sanitizing stays on as a second guard.
            render_markdown=False,
            sanitize_html=True,
            latex_delimiters=[],
            allow_tags=False,
            # Gradio's copy buttons copy the message's HTML source, not the text a reader sees.
            buttons=[],
            placeholder=PLACEHOLDER,
        )
        history = gr.State([])
        with gr.Row():
            question = gr.Textbox(
                placeholder="Frage eingeben, dann Enter · Type a question, then Enter",
                show_label=False,
                scale=8,
                max_lines=4,
                elem_id="question",
            )
            send = gr.Button("Fragen · Ask", variant="primary", scale=1)
        gr.Markdown("Beispiele zum Anklicken · Examples to click")
        with gr.Row():
            examples = [
                gr.Button("", size="sm", visible=False, elem_classes="fa-example")
                for _ in range(EXAMPLE_COUNT)
            ]
        films = gr.HTML(elem_id="films")
        with gr.Row():
            status = gr.HTML(elem_id="status")
            rebuild = gr.Button("Index neu aufbauen · Rebuild index", size="sm", scale=0)
        rebuild_result = gr.HTML(elem_id="rebuild-result")

        # One event for Enter and the button, so a second question waits for the turn in progress
        # instead of racing it for the chat's messages.
        gr.on(
            [question.submit, send.click],
            chat_app.respond,
            inputs=[question, chatbot, history],
            outputs=[question, chatbot, history],
            api_visibility="private",
        )
        for example in examples:  # a click asks the question, as if typed
            example.click(lambda text: text, inputs=example, outputs=question, api_visibility="private").then(
                chat_app.respond,
                inputs=[question, chatbot, history],
                outputs=[question, chatbot, history],
                api_visibility="private",
            )
        chatbot.clear(lambda: [], outputs=history, api_visibility="private")
        rebuild.click(
            chat_app.rebuild, outputs=[rebuild_result, status], concurrency_limit=1, api_visibility="private"
        ).then(chat_app.films, outputs=films, api_visibility="private").then(
            chat_app.examples, outputs=examples, api_visibility="private"
        )
        demo.load(chat_app.status, outputs=status, api_visibility="private")
        demo.load(chat_app.films, outputs=films, api_visibility="private")
        demo.load(chat_app.examples, outputs=examples, api_visibility="private")
        gr.api(chat_app.ask, api_name="ask")
    return demo


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


def serve(settings: Settings | None = None) -> None:
    """Build the index if needed and serve the chat, with the HTTP API (ui/api.py) beside it."""
    import uvicorn

    from ui.api import build_api

    settings = settings or get_settings()
    options = launch_options(settings)
    engine = Engine(settings)
    engine.ensure_index()
    engine.warm_up()
    demo = build_app(engine)
    demo.queue(default_concurrency_limit=8)
    app = gr.mount_gradio_app(
        build_api(engine, settings), demo, path="/", auth=options["auth"], footer_links=["api"], css=CSS
    )
    print(f"film-assistant chat on http://{settings.host}:{settings.port}/ (API: /docs)", flush=True)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning", timeout_keep_alive=30)
