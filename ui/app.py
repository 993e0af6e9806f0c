"""The browser chat: streamed, cited answers with a sources panel, on top of `Engine.stream`.

Everything from articles and users is HTML-escaped, and the chat renders no Markdown, so no text
becomes markup or a link; the only tags are the few built here (source list, highlighted sentence).
"""

from __future__ import annotations

import html
import logging
import os
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

import gradio as gr  # after the line above: analytics must be off before gradio loads

from assistant.catalogue import example_questions
from assistant.engine import Engine
from assistant.errors import USER_ERRORS, SettingsError
from assistant.highlight import cited_spans, context_bounds
from assistant.prompts import CLOSEST_PASSAGES
from assistant.settings import Settings, get_settings, is_loopback
from assistant.types import Answer, Citation
from index.formats import web_url
from index.sources import AddError, ArticleExistsError
from ui.labels import LABELS, LANGUAGE_CHOICES, PageLanguage, ago, page_language

STREAM_INTERVAL_S = 0.05  # coarse updates: re-rendering per token costs O(n²) in the browser
EXAMPLE_COUNT = 4  # example questions drawn from the knowledge base, asked on click
LANGUAGE_NAMES = {"de": {"de": "Deutsch", "en": "Englisch"}, "en": {"de": "German", "en": "English"}}
_MARKER = re.compile(r"\[(\d+)\]")
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n.*?\n---[ \t]*\n", re.S)
CSS = """
.fa-sources { padding-left: 1.4em; margin: .2em 0; font-size: var(--text-md); }
.fa-sources li { margin-bottom: .45em; }
.fa-sources b, .fa-films b { font-weight: 600; }
.fa-sources mark, .fa-doc mark { background: #ffe680; color: #000; padding: 0 .1em; }
.fa-sources li.fa-flash { outline: 2px solid #f5a300; border-radius: 4px; }
.fa-where { opacity: .75; }
.fa-note { color: #8a4b00; }
.fa-films { margin: 0; padding-left: 1.2em; }
.fa-plain { display: none; }
.fa-ref { cursor: pointer; color: var(--color-accent); text-decoration: underline dotted; }
.fa-copy { margin-top: .4em; font-size: var(--text-sm); padding: .1em .6em; border-radius: 4px;
  border: 1px solid var(--border-color-primary); background: var(--background-fill-secondary);
  cursor: pointer; }
.fa-context summary { cursor: pointer; font-size: var(--text-sm); opacity: .85; }
.fa-doc { white-space: pre-wrap; border-left: 3px solid var(--border-color-primary); padding: .3em .7em;
  margin: .3em 0; max-height: 24em; overflow-y: auto; }
.fa-doc-head { font-size: var(--text-sm); }
.fa-files { width: 100%; border-collapse: collapse; font-size: var(--text-sm); }
.fa-files td, .fa-files th { text-align: left; padding: .2em .5em;
  border-bottom: 1px solid var(--border-color-primary); }
#status { font-size: var(--text-sm); opacity: .85; }
#heading h1 { font-size: 1.5em; margin: 0; font-weight: 600; }
body, button, input, textarea, b, strong, h1, h2 { font-family: var(--font) !important; }
#language { flex-grow: 0 !important; }
#language .wrap { flex-wrap: nowrap; gap: .3em; }
@media (max-width: 640px) {
  #chat { height: 62vh !important; min-height: 0 !important; }
  #composer { position: fixed; left: 0; right: 0; bottom: 0; z-index: 50; margin: 0 !important;
    padding: .4em .5em; background: var(--background-fill-primary); flex-wrap: nowrap !important;
    border-top: 1px solid var(--border-color-primary); }
  #composer button { min-width: 0 !important; flex: 0 0 auto !important; }
  .gradio-container { padding-bottom: 6em !important; }
  #examples { flex-wrap: nowrap !important; overflow-x: auto; }
  #examples button { flex: 0 0 auto !important; min-width: 14em !important; }
}
"""
# One listener for the whole page: copy buttons and [n] markers live inside chat messages, which
# Gradio sanitises (no inline handlers), so clicks are caught where they bubble up.
HEAD = """<script>
document.addEventListener('click', async (event) => {
  const copy = event.target.closest('.fa-copy');
  if (copy) {
    const plain = copy.parentElement.querySelector('.fa-plain');
    if (plain) {
      await navigator.clipboard.writeText(plain.textContent);
      copy.textContent = copy.getAttribute('title') || copy.textContent;
    }
    return;
  }
  const ref = event.target.closest('.fa-ref');
  if (!ref) return;
  const number = ref.textContent.replace(/\\D/g, '');
  const row = ref.closest('.message-row') || ref;
  const lists = [...document.querySelectorAll('ol.fa-sources')].filter(
    (list) => row.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING);
  const item = lists.length ? lists[0].querySelector('li[value="' + number + '"]') : null;
  if (!item) return;
  const context = item.querySelector('details');
  if (context) context.open = true;
  item.scrollIntoView({block: 'center', behavior: 'smooth'});
  item.classList.add('fa-flash');
  setTimeout(() => item.classList.remove('fa-flash'), 1600);
});
</script>"""
log = logging.getLogger(__name__)


def as_text(text: str) -> str:
    """Article or user text as HTML that shows it exactly as written (the chat renders no Markdown)."""
    return html.escape(text, quote=False).replace("\n", "<br>")


def with_markers(text: str) -> str:
    """Escaped answer text whose [n] markers are clickable (they open source n in its context)."""
    return _MARKER.sub(
        lambda m: f'<span class="fa-ref" role="button" tabindex="0">[{m.group(1)}]</span>', text
    )


def where(citation: Citation, language: PageLanguage = "de") -> str:
    words = LABELS[language]
    if citation.page:
        return f"{citation.source}, {words['page'].format(page=int(citation.page))}"
    return f"{citation.source}, {words['characters'].format(start=citation.start, end=citation.end)}"


def _link(url: str | None, label: str) -> str:
    """A link the article's owner chose to give; http(s) only, opened without referrer."""
    if not url or not web_url(url):
        return ""
    address = html.escape(url, quote=True)
    return f' <a class="fa-link" href="{address}" target="_blank" rel="noopener noreferrer">{address}</a>'


def marked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` escaped, with `spans` (offsets into it) in <mark>."""
    pieces, position = [], 0
    for start, end in sorted(spans):
        if start < position:
            continue
        pieces.append(as_text(text[position:start]))
        pieces.append(f"<mark>{as_text(text[start:end])}</mark>")
        position = end
    pieces.append(as_text(text[position:]))
    return "".join(pieces)


def render_context(
    citation: Citation, spans: list[tuple[int, int]], document, title: str, language: PageLanguage
) -> str:
    """The passage in its article: the paragraphs around it, the cited sentences marked, the
    article's title, file and (where its front matter gives one) source link."""
    text = document.text
    if text[citation.start : citation.end] != citation.text:
        return ""  # the article changed since this answer: no misplaced highlight
    front = _FRONT_MATTER.match(text)  # the reader wants the article, not its metadata block
    floor = front.end() if front else 0
    low, high = context_bounds(text, citation.start, citation.end, floor=floor)
    shifted = [(citation.start + a - low, citation.start + b - low) for a, b in spans]
    source = document.metadata.get("source") or document.metadata.get("url") or ""
    link = _link(source, source)
    if source and not link:
        link = f" · {LABELS[language]['source_link']}: {as_text(source)}"
    head = f'<div class="fa-doc-head"><b>{as_text(title)}</b> · {as_text(citation.source)}{link}</div>'
    body = marked(text[low:high], shifted)
    body = ("… " if low > floor else "") + body + (" …" if high < len(text) else "")
    return (
        f'<details class="fa-context"><summary>{LABELS[language]["context"]}</summary>'
        f'{head}<div class="fa-doc">{body}</div></details>'
    )


def render_citation(
    answer_text: str, citation: Citation, title: str, language: PageLanguage = "de", document=None
) -> str:
    spans = [(span.start, span.end) for span in cited_spans(answer_text, citation)]
    context = render_context(citation, spans, document, title, language) if document is not None else ""
    return (
        f'<li value="{int(citation.number)}"><b>{as_text(title)}</b> '
        f'<small class="fa-where">({as_text(where(citation, language))}){_link(citation.url, "")}</small><br>'
        f"{marked(citation.text, spans)}{context}</li>"
    )


def plain_answer(answer: Answer, titles: dict[str, str], language: PageLanguage) -> str:
    """What "copy" puts on the clipboard: the answer and its numbered sources, as plain text."""
    lines = [answer.text]
    if answer.citations and answer.supported:
        lines += ["", f"{LABELS[language]['sources']}:"]
        for citation in answer.citations:
            title = titles.get(citation.source, citation.source)
            passage = " ".join(citation.text.split())
            lines.append(f"[{citation.number}] {title} ({where(citation, language)}): “{passage}”")
    return "\n".join(lines)


def render_answer(
    answer: Answer, titles: dict[str, str], language: PageLanguage = "de", document_of=lambda source: None
) -> list[dict]:
    """The answer message (clickable [n], a copy button) and, if it cites passages, a sources
    message under it, numbered like the markers, cited sentences marked, each readable in its
    article: open under an answer; under a refusal (one line) closed, and absent when nothing
    came near."""
    words = LABELS[language]
    text = answer.text
    if not answer.supported:
        text = text.replace(" " + CLOSEST_PASSAGES[answer.language], "")  # the panel's title says it
    body = with_markers(as_text(text)) if answer.supported else as_text(text)
    if answer.supported:
        plain = html.escape(plain_answer(answer, titles, language), quote=False)
        copy = html.escape(words["copied"], quote=True)
        body += (
            f'<span class="fa-plain">{plain}</span><br>'
            f'<button type="button" class="fa-copy" title="{copy}">{words["copy"]}</button>'
        )
    messages = [{"role": "assistant", "content": body}]
    if answer.citations:
        documents = {c.source: document_of(c.source) for c in answer.citations}
        items = "".join(
            render_citation(answer.text, c, titles.get(c.source, c.source), language, documents[c.source])
            for c in answer.citations
        )
        sources = f'<ol class="fa-sources">{items}</ol>'
        metadata = {"title": words["sources"]}
        if not answer.supported:
            metadata = {"title": words["closest"], "status": "done"}  # "done": Gradio shows it closed
        messages.append({"role": "assistant", "content": sources, "metadata": metadata})
    return messages


def note(text: str) -> str:
    return f'<span class="fa-note">{as_text(text)}</span>'


def format_built_at(value: str) -> str:
    try:
        return datetime.fromisoformat(value).astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return value


def language_of(request: gr.Request | None) -> PageLanguage:
    headers = getattr(request, "headers", None) or {}
    return page_language(headers.get("accept-language"))


class ChatApp:
    """Binds one engine to the page's callbacks; every label follows the page's language."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        settings = engine.settings
        self.can_upload = is_loopback(settings.host) or bool(settings.auth)

    def status(self, language: PageLanguage = "de") -> str:
        """ "5 Filme · zuletzt aktualisiert vor 3 Minuten"; the details on hover."""
        words = LABELS[language]
        settings = self.engine.settings
        answerer = (
            settings.answerer
            if settings.answerer == "extractive"
            else f"{settings.answerer}: {settings.llm_model or '?'}"
        )
        try:
            stats = self.engine.stats()
            count = len(self.engine.films())
        except USER_ERRORS as error:
            return note(str(error))
        try:
            built = datetime.fromisoformat(stats.built_at)
            when = ago((datetime.now(UTC) - built.astimezone(UTC)).total_seconds(), language)
        except ValueError:
            when = words["never"]
        films = words["status_films_one"] if count == 1 else words["status_films_many"].format(count=count)
        details = words["status_details"].format(
            answerer=answerer,
            documents=stats.documents,
            chunks=stats.chunks,
            built=format_built_at(stats.built_at),
        )
        return (
            f'<span title="{html.escape(details, quote=True)}">'
            f"{as_text(words['status'].format(films=films, ago=when))}</span>"
        )

    def films(self, language: PageLanguage = "de") -> str:
        """The films the assistant knows: title, year, language of their articles."""
        words = LABELS[language]
        try:
            films = self.engine.films()
        except USER_ERRORS as error:
            return note(str(error))
        if not films:
            return note(words["no_films"])
        items = []
        for film in films:
            details = [film.year] if film.year else []
            details += [LANGUAGE_NAMES[language].get(code, code) for code in film.languages]
            suffix = f" ({', '.join(details)})" if details else ""
            items.append(f"<li>{as_text(film.title)}{as_text(suffix)}</li>")
        count = len(films)
        heading = (words["films_one"] if count == 1 else words["films_many"]).format(count=count)
        return f'<b>{as_text(heading)}</b><ul class="fa-films">{"".join(items)}</ul>'

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

    def files(self, language: PageLanguage = "de") -> str:
        """Each file of the knowledge folder: indexed, changed, new or skipped (with the reason)."""
        words = LABELS[language]
        try:
            statuses = self.engine.knowledge_status()
        except USER_ERRORS as error:
            return note(str(error))
        now = time.time()
        rows = []
        for status in statuses:
            state = words[status.state] + (f": {status.reason}" if status.reason else "")
            changed = ago(now - status.modified, language) if status.modified else ""
            cell = note(state) if status.state in ("skipped", "deleted") else as_text(state)
            rows.append(
                f"<tr><td>{as_text(status.source)}</td><td>{cell}</td><td>{as_text(changed)}</td></tr>"
            )
        return (
            f'<table class="fa-files"><thead><tr><th>{words["file"]}</th><th>{words["state"]}</th>'
            f"<th>{words['changed_at']}</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )

    def rebuild(self, language: PageLanguage = "de") -> str:
        words = LABELS[language]
        try:
            report = self.engine.rebuild()
        except USER_ERRORS as error:
            return note(words["rebuild_failed"].format(error=error))
        except Exception:
            log.exception("rebuild failed")
            return note(words["internal_error"])
        counts = words["rebuilt"].format(
            added=len(report.added),
            updated=len(report.updated),
            deleted=len(report.deleted),
            unchanged=len(report.unchanged),
        )
        skipped = "".join(f"<br>{note(f'{s.source}: {s.reason}')}" for s in report.skipped)
        return as_text(counts) + skipped

    def upload(self, paths: list | None, replace: bool, language: PageLanguage = "de") -> str:
        """Copy uploaded articles into knowledge/ (safe names, size limit, no silent overwrite),
        then rebuild: only what changed is embedded."""
        words = LABELS[language]
        if not self.can_upload:
            return note(words["upload_refused"].format(reason="uploads need FILM_ASSISTANT_AUTH"))
        if not paths:
            return note(words["nothing_uploaded"])
        added, refused = [], []
        for item in paths:
            path = Path(getattr(item, "name", None) or str(item))
            try:
                added.append(self.engine.add_article(path, replace=bool(replace)).path.name)
            except ArticleExistsError as error:
                refused.append(note(words["exists"].format(name=error.name)))
            except AddError as error:
                refused.append(note(words["upload_refused"].format(reason=error)))
            except OSError as error:
                refused.append(note(words["upload_refused"].format(reason=f"{path.name}: {error.strerror}")))
        lines = [as_text(words["uploaded"].format(names=", ".join(added)))] if added else []
        if added:
            lines.append(self.rebuild(language))
        return "<br>".join(lines + refused)

    def respond(
        self, message: str, chat: list[dict], history: list[tuple[str, str]], language: PageLanguage = "de"
    ) -> Iterator[tuple[str, list[dict], list[tuple[str, str]]]]:
        """Stream one turn; yields (textbox value, chat messages, question/answer history)."""
        if not isinstance(message, str) or not message.strip():
            yield gr.skip(), gr.skip(), gr.skip()  # touch nothing: the user may be typing already
            return
        language = language if language in LABELS else "de"
        shown = [*chat, {"role": "user", "content": as_text(message)}]
        yield "", [*shown, {"role": "assistant", "content": "…"}], history
        try:
            text, last = "", time.monotonic()
            for piece in self.engine.stream(message, history):
                if isinstance(piece, Answer):
                    history = [*history, (message, piece.text)]
                    rendered = render_answer(piece, self.engine.article_titles(), language, self._document)
                    yield "", [*shown, *rendered], history
                    return
                text += piece
                # Coarse updates: every update re-renders the whole message in the browser.
                if time.monotonic() - last >= STREAM_INTERVAL_S:
                    last = time.monotonic()
                    yield "", [*shown, {"role": "assistant", "content": as_text(text)}], history
            reply = note(LABELS[language]["internal_error"])
            log.error("the answer stream ended without an Answer")
        except USER_ERRORS as error:
            reply = note(str(error))
        except Exception:  # the page keeps serving; the details stay in the server log
            log.exception("answer failed")
            reply = note(LABELS[language]["internal_error"])
        yield "", [*shown, {"role": "assistant", "content": reply}], history

    def _document(self, source: str):
        try:
            return self.engine.document(source)
        except USER_ERRORS:
            return None

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
        page_lang = gr.State("de")
        heading = gr.HTML(elem_id="heading")
        language = gr.Radio(
            list(LANGUAGE_CHOICES), value="Deutsch", show_label=False, container=False, elem_id="language"
        )
        films = gr.HTML(elem_id="films")
        examples_label = gr.HTML(elem_id="examples-label")
        with gr.Row(elem_id="examples"):
            examples = [
                gr.Button("", size="sm", visible=False, elem_classes="fa-example")
                for _ in range(EXAMPLE_COUNT)
            ]
        chatbot = gr.Chatbot(
            label="Chat",
            show_label=False,
            height=520,
            elem_id="chat",
            # Messages are HTML built from escaped text: no Markdown, so nothing in an article
            # or a question becomes a link, an image or LaTeX; sanitizing stays on as a second guard.
            render_markdown=False,
            sanitize_html=True,
            latex_delimiters=[],
            allow_tags=False,
            # Gradio's copy buttons copy the message's HTML source; each answer has its own instead.
            buttons=[],
            placeholder=LABELS["de"]["placeholder"],
        )
        history = gr.State([])
        with gr.Row(elem_id="composer", equal_height=True):
            question = gr.Textbox(
                placeholder=LABELS["de"]["question"],
                show_label=False,
                scale=8,
                max_lines=4,
                elem_id="question",
            )
            send = gr.Button(LABELS["de"]["ask"], variant="primary", scale=1, min_width=80, elem_id="send")
        status = gr.HTML(elem_id="status")
        with gr.Accordion(LABELS["de"]["knowledge"], open=False, elem_id="knowledge") as knowledge:
            files = gr.HTML(elem_id="files")
            with gr.Row(equal_height=True):
                rebuild = gr.Button(LABELS["de"]["rebuild"], size="sm", scale=0, elem_id="rebuild")
                rebuild_result = gr.HTML(elem_id="rebuild-result")
            with gr.Group(visible=chat_app.can_upload):
                upload = gr.File(
                    label=LABELS["de"]["upload"],
                    file_count="multiple",
                    file_types=[".md", ".txt", ".html", ".htm", ".pdf"],
                    height=130,
                    elem_id="upload",
                )
                replace = gr.Checkbox(label=LABELS["de"]["replace"], value=False, elem_id="replace")
                upload_button = gr.Button(LABELS["de"]["upload_button"], size="sm", elem_id="upload-button")
                upload_result = gr.HTML(elem_id="upload-result")

        def relabel(lang: PageLanguage) -> tuple:
            """Every label of the page in `lang`, and the panels that depend on the index."""
            words = LABELS[lang]
            return (
                lang,
                gr.update(value=next(k for k, v in LANGUAGE_CHOICES.items() if v == lang)),
                f"<h1>{words['title']}</h1><p>{words['intro']}</p>",
                chat_app.films(lang),
                f"<small>{words['examples']}</small>",
                gr.update(placeholder=words["placeholder"]),
                gr.update(placeholder=words["question"]),
                gr.update(value=words["ask"]),
                chat_app.status(lang),
                gr.update(label=words["knowledge"]),
                chat_app.files(lang),
                gr.update(value=words["rebuild"]),
                gr.update(label=words["upload"]),
                gr.update(label=words["replace"]),
                gr.update(value=words["upload_button"]),
            )

        labelled = [
            page_lang,
            language,
            heading,
            films,
            examples_label,
            chatbot,
            question,
            send,
            status,
            knowledge,
            files,
            rebuild,
            upload,
            replace,
            upload_button,
        ]

        def on_load(request: gr.Request) -> tuple:
            return relabel(language_of(request))

        # One event for Enter and the button, so a second question waits for the turn in progress
        # instead of racing it for the chat's messages.
        gr.on(
            [question.submit, send.click],
            chat_app.respond,
            inputs=[question, chatbot, history, page_lang],
            outputs=[question, chatbot, history],
            api_visibility="private",
        )
        for example in examples:  # a click asks the question, as if typed
            example.click(lambda text: text, inputs=example, outputs=question, api_visibility="private").then(
                chat_app.respond,
                inputs=[question, chatbot, history, page_lang],
                outputs=[question, chatbot, history],
                api_visibility="private",
            )
        chatbot.clear(lambda: [], outputs=history, api_visibility="private")  # a fresh conversation
        language.change(
            lambda choice: relabel(LANGUAGE_CHOICES.get(choice, "de")),
            inputs=language,
            outputs=labelled,
            api_visibility="private",
        )
        after_change = [
            (lambda lang: chat_app.files(lang), files),
            (lambda lang: chat_app.status(lang), status),
            (lambda lang: chat_app.films(lang), films),
        ]
        rebuilt = rebuild.click(
            chat_app.rebuild,
            inputs=page_lang,
            outputs=rebuild_result,
            concurrency_limit=1,
            api_visibility="private",
        )
        uploaded = upload_button.click(
            chat_app.upload,
            inputs=[upload, replace, page_lang],
            outputs=upload_result,
            concurrency_limit=1,
            api_visibility="private",
        )
        for event in (rebuilt, uploaded):
            for function, output in after_change:
                event = event.then(function, inputs=page_lang, outputs=output, api_visibility="private")
            event.then(chat_app.examples, outputs=examples, api_visibility="private")
        demo.load(on_load, outputs=labelled, api_visibility="private")
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
        build_api(engine, settings),
        demo,
        path="/",
        auth=options["auth"],
        footer_links=["api"],
        css=CSS,
        head=HEAD,
        # System fonts: the default theme asks Google Fonts, which an offline machine never reaches,
        # and its half-loaded fallback mixed two fonts in one word.
        theme=gr.themes.Default(font=("ui-sans-serif", "system-ui", "sans-serif"), font_mono=("monospace",)),
        max_file_size=settings.index_config().max_file_bytes,  # bigger uploads stop at the door
    )
    print(f"film-assistant chat on http://{settings.host}:{settings.port}/ (API: /docs)", flush=True)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning", timeout_keep_alive=30)
