"""The `film-assistant` command: parse, call the core, print. No logic of its own."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from assistant.errors import USER_ERRORS, InvalidQuestionError

EXIT_USER_ERROR = 1
EXIT_BAD_INPUT = 2


def _engine(answerer: str | None = None):
    from assistant.engine import Engine
    from assistant.settings import Settings

    overrides = {"answerer": answerer} if answerer else {}
    return Engine(Settings(**overrides))


def _fail(error: Exception) -> None:
    click.echo(f"error: {error}", err=True)
    sys.exit(EXIT_BAD_INPUT if isinstance(error, InvalidQuestionError) else EXIT_USER_ERROR)


class _Group(click.Group):
    """Turns the errors a user can act on into one line on stderr, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except USER_ERRORS as error:
            _fail(error)
        except KeyboardInterrupt:
            sys.exit(130)


@click.group(cls=_Group)
@click.version_option(package_name="film-assistant")
def main() -> None:
    """Answers about films from the articles in knowledge/, with citations."""


@main.command()
@click.option("--full", is_flag=True, help="Rebuild everything (needed after changing the embedder).")
@click.option("--watch", is_flag=True, help="Keep rebuilding while files in knowledge/ change.")
def index(full: bool, watch: bool) -> None:
    """Build or update the index from the knowledge folder."""
    # The index layer alone: the answer path need not load for a rebuild.
    from assistant.settings import Settings
    from index.build import build_index
    from index.embedders import make_embeddings

    settings = Settings()
    config = settings.index_config()
    embeddings = make_embeddings(settings.embedder, settings.embedding_model)
    report = build_index(config, embeddings, full=full, progress=lambda line: click.echo(line, err=True))
    _print_report(report)
    if report.changed or report.full:
        from index.search import prepare_lexical

        prepare_lexical(config)  # so the next `ask` or server start loads the word index, not builds it
    if watch:
        from index.watch import watch_and_rebuild

        click.echo(f"watching {config.knowledge_dir} (Ctrl-C to stop)", err=True)

        def show(result) -> None:
            if isinstance(result, Exception):
                click.echo(f"error: {result}; the previous index keeps serving", err=True)
            else:
                _print_report(result)

        watch_and_rebuild(config, embeddings, show)


@main.command()
@click.argument("targets", nargs=-1, required=True)
def add(targets: tuple[str, ...]) -> None:
    """Add web pages (URL) or files (.md .txt .html .pdf) to knowledge/, then update the index."""
    from assistant.settings import Settings
    from index.build import build_index
    from index.embedders import make_embeddings
    from index.sources import AddError, add_file, add_url

    settings = Settings()
    config = settings.index_config()
    failed = 0
    for target in targets:
        try:
            if "://" in target:
                added = add_url(target, config.knowledge_dir)
            else:
                added = add_file(Path(target).expanduser(), config.knowledge_dir, config.max_file_bytes)
        except AddError as error:
            click.echo(f"error: {error}", err=True)
            failed += 1
            continue
        verb = "unchanged" if added.unchanged else "updated" if added.replaced else "added"
        click.echo(f"{verb} {added.path} ({added.title})")
    if failed < len(targets):
        embeddings = make_embeddings(settings.embedder, settings.embedding_model)
        _print_report(build_index(config, embeddings))
    if failed:
        sys.exit(EXIT_USER_ERROR)


def _print_report(report) -> None:
    for skipped in report.skipped:
        click.echo(f"skipped {skipped.source}: {skipped.reason}", err=True)
    click.echo(report.summary())


@main.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Print the Answer as JSON.")
@click.option("--answerer", help="Override FILM_ASSISTANT_ANSWERER for this call.")
def ask(question: str, as_json: bool, answerer: str | None) -> None:
    """Answer one QUESTION (German or English) with numbered citations."""
    result = _engine(answerer).answer(question)
    if as_json:
        click.echo(result.model_dump_json(indent=2))
        return
    click.echo(result.text)
    if result.citations:
        heading = "Sources" if result.supported else "Closest passages (not an answer)"
        click.echo(f"\n{heading}:")
        for citation in result.citations:
            click.echo(
                f"[{citation.number}] {citation.location()} {citation.start}-{citation.end} "
                f"(score {citation.score:.2f}){' ' + citation.url if citation.url else ''}: {citation.text}"
            )


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the catalogue as JSON.")
def films(as_json: bool) -> None:
    """List the films in the index, with the cast and crew found in their articles."""
    listed = _engine().films()
    if as_json:
        click.echo(json.dumps([film.model_dump() for film in listed], indent=2, ensure_ascii=False))
        return
    for film in listed:
        year = f" ({film.year})" if film.year else ""
        also = f" — also: {', '.join(film.other_titles)}" if film.other_titles else ""
        click.echo(f"{film.title}{year}{also}  [{', '.join(film.sources)}; {', '.join(film.languages)}]")
        for credit in film.credits:
            if credit.role == "character":
                continue
            role = f"plays {credit.plays}" if credit.role == "actor" else credit.role
            click.echo(f"  {credit.name}: {role}  ({credit.source} {credit.start}-{credit.end})")


@main.command()
def chat() -> None:
    """Serve the browser chat (FILM_ASSISTANT_HOST / _PORT, default http://127.0.0.1:7860)."""
    from ui.app import serve

    serve()


@main.command()
def serve() -> None:
    """Serve the HTTP API alone: /v1/answer, /v1/films, OpenAI /v1/chat/completions, /docs."""
    from assistant.settings import Settings
    from ui.api import serve_api

    settings = Settings()
    click.echo(f"film-assistant API on http://{settings.host}:{settings.port}/ (docs: /docs)", err=True)
    serve_api(settings)


@main.command(name="eval")
@click.option(
    "--set",
    "question_sets",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="JSONL question set (repeat for several, e.g. a tuning and a held-out half).",
)
@click.option(
    "--knowledge",
    "knowledge_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False),
    help="Answer from these article folders (repeatable), indexed apart in a temporary folder.",
)
@click.option("--answerer", help="Override FILM_ASSISTANT_ANSWERER for this run.")
@click.option("--json", "as_json", is_flag=True, help="Print figures and per-question results as JSON.")
def evaluate(
    question_sets: tuple[str, ...], knowledge_dirs: tuple[str, ...], answerer: str | None, as_json: bool
) -> None:
    """Measure answer quality on question sets (default: the shipped dev set)."""
    import shutil
    import tempfile
    from pathlib import Path

    from assistant.engine import Engine
    from assistant.evaluation import default_question_set, format_report, load_questions, run_evaluation
    from assistant.settings import Settings

    sets = question_sets or (str(default_question_set()),)
    with tempfile.TemporaryDirectory(prefix="film-assistant-eval-") as work:
        engine = _engine(answerer)
        if knowledge_dirs:
            folder = Path(work) / "knowledge"
            folder.mkdir()
            for source in knowledge_dirs:
                for article in Path(source).iterdir():
                    if article.is_file():
                        shutil.copy(article, folder / article.name)
            overrides = {"answerer": answerer} if answerer else {}
            engine = Engine(Settings(knowledge_dir=folder, index_dir=Path(work) / "index", **overrides))
        reports = {path: run_evaluation(engine, load_questions(path)) for path in sets}
    if as_json:
        click.echo(json.dumps(reports, indent=2, ensure_ascii=False))
        return
    click.echo(
        "\n\n".join(
            f"== {path}\n{format_report(report, list_failures='holdout' not in Path(path).name)}"
            for path, report in reports.items()
        )
    )


@main.command()
@click.option("--docs", default=50, show_default=True, help="Generated film articles added to the corpus.")
@click.option("--chroma-host", help="Bench against a `chroma run` server at this host.")
@click.option("--chroma-port", default=8000, show_default=True, help="Port of that server.")
@click.option("--stand-in-embedder", is_flag=True, help="Fast hashed-word vectors, for 100k-chunk runs.")
@click.option("--repeats", default=3, show_default=True, help="Runs per timing; medians are reported.")
@click.option("--json", "as_json", is_flag=True, help="Print {project, baseline, machine} as JSON.")
@click.option("--sources", is_flag=True, help="Instead: index 10 saved web pages and a 20-page PDF.")
@click.option(
    "--api", "api_load", is_flag=True, help="Instead: load `serve` (2,000 questions) beside Gradio's /ask."
)
@click.option(
    "--knowledge",
    "knowledge_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False),
    help="--api: article folders to serve (default: the knowledge folder).",
)
def bench(
    docs: int,
    chroma_host,
    chroma_port: int,
    stand_in_embedder: bool,
    repeats: int,
    as_json: bool,
    sources: bool,
    api_load: bool,
    knowledge_dirs: tuple[str, ...],
) -> None:
    """Measure this project beside LangChain's RAG-tutorial recipe on the same corpus."""
    from assistant.bench import format_sources, format_table, measure_sources, run_bench
    from assistant.settings import Settings

    if sources:
        figures = measure_sources(repeats)
        click.echo(json.dumps(figures, indent=2) if as_json else format_sources(figures))
        return
    if api_load:
        from assistant.bench import format_api, measure_api

        folders = [Path(folder) for folder in knowledge_dirs] or [Settings().knowledge_dir]
        figures = measure_api(folders)
        click.echo(json.dumps(figures, indent=2) if as_json else format_api(figures))
        return

    result = run_bench(
        docs, Settings().knowledge_dir, chroma_host, chroma_port, stand_in=stand_in_embedder, repeats=repeats
    )
    click.echo(json.dumps(result, indent=2) if as_json else format_table(result))


if __name__ == "__main__":
    main()
