"""The page's words in German and English: one language at a time, chosen from the browser.

Answers keep the question's language; these are only the page's own labels.
"""

from __future__ import annotations

from typing import Literal

PageLanguage = Literal["de", "en"]
LANGUAGE_CHOICES = {"Deutsch": "de", "English": "en"}

LABELS: dict[PageLanguage, dict[str, str]] = {
    "de": {
        "title": "Film-Assistent",
        "intro": "Antworten aus den Artikeln der Wissensbasis, jede mit ihren Quellen.",
        "placeholder": "<b>Fragen Sie auf Deutsch oder Englisch.</b><br>Jede Antwort nennt ihre Quellen "
        "als [1], [2] …; ein Klick darauf zeigt die Stelle im Artikel.",
        "question": "Frage eingeben, dann Enter",
        "ask": "Fragen",
        "examples": "Beispiele zum Anklicken",
        "films_one": "{count} Film in der Wissensbasis",
        "films_many": "{count} Filme in der Wissensbasis",
        "no_films": "Noch keine Filme in der Wissensbasis – Artikel unter „Wissensbasis“ hochladen.",
        "status": "{films} · zuletzt aktualisiert {ago}",
        "status_films_one": "1 Film",
        "status_films_many": "{count} Filme",
        "status_details": "Antwortmodus: {answerer} · {documents} Dokumente, {chunks} Abschnitte · "
        "gebaut {built}",
        "sources": "Quellen",
        "closest": "Nächstliegende Stellen (kein Beleg für eine Antwort)",
        "internal_error": "Interner Fehler – bitte erneut versuchen.",
        "copy": "Kopieren",
        "copied": "Kopiert",
        "context": "Im Zusammenhang lesen",
        "page": "S. {page}",
        "characters": "Zeichen {start}–{end}",
        "source_link": "Quelle",
        "knowledge": "Wissensbasis",
        "files": "Dateien im Ordner knowledge/",
        "file": "Datei",
        "state": "Stand",
        "changed_at": "Letzte Änderung",
        "indexed": "indexiert",
        "changed": "geändert – noch nicht neu indexiert",
        "new": "neu – noch nicht indexiert",
        "skipped": "übersprungen",
        "deleted": "gelöscht – noch im Index bis zum Neuaufbau",
        "rebuild": "Index neu aufbauen",
        "rebuilt": "Neu aufgebaut: {added} neu, {updated} geändert, {deleted} gelöscht, "
        "{unchanged} unverändert.",
        "rebuild_failed": "Neuaufbau fehlgeschlagen: {error}",
        "upload": "Artikel hochladen (.md, .txt, .html, .pdf)",
        "replace": "Gleichnamige Dateien ersetzen",
        "upload_button": "Hochladen und indexieren",
        "uploaded": "Hinzugefügt: {names}.",
        "upload_refused": "Nicht hinzugefügt: {reason}",
        "nothing_uploaded": "Keine Datei gewählt.",
        "exists": "{name} gibt es schon – zum Ersetzen „Gleichnamige Dateien ersetzen“ ankreuzen "
        "und bestätigen.",
        "language": "Sprache",
        "just_now": "gerade eben",
        "minutes": "vor {n} Minute(n)",
        "hours": "vor {n} Stunde(n)",
        "days": "vor {n} Tag(en)",
        "never": "noch nie",
    },
    "en": {
        "title": "Film assistant",
        "intro": "Answers from the articles in the knowledge base, each with its sources.",
        "placeholder": "<b>Ask in German or English.</b><br>Every answer cites its sources as [1], [2] …; "
        "click one to see the passage in its article.",
        "question": "Type a question, then Enter",
        "ask": "Ask",
        "examples": "Examples to click",
        "films_one": "{count} film in the knowledge base",
        "films_many": "{count} films in the knowledge base",
        "no_films": "No films in the knowledge base yet – upload articles under “Knowledge base”.",
        "status": "{films} · updated {ago}",
        "status_films_one": "1 film",
        "status_films_many": "{count} films",
        "status_details": "Answerer: {answerer} · {documents} documents, {chunks} passages · built {built}",
        "sources": "Sources",
        "closest": "Closest passages (no support for an answer)",
        "internal_error": "Internal error – please try again.",
        "copy": "Copy",
        "copied": "Copied",
        "context": "Read in context",
        "page": "p. {page}",
        "characters": "characters {start}–{end}",
        "source_link": "Source",
        "knowledge": "Knowledge base",
        "files": "Files in the knowledge/ folder",
        "file": "File",
        "state": "State",
        "changed_at": "Last change",
        "indexed": "indexed",
        "changed": "changed – not yet re-indexed",
        "new": "new – not yet indexed",
        "skipped": "skipped",
        "deleted": "deleted – still indexed until the next rebuild",
        "rebuild": "Rebuild index",
        "rebuilt": "Rebuilt: {added} added, {updated} updated, {deleted} deleted, {unchanged} unchanged.",
        "rebuild_failed": "Rebuild failed: {error}",
        "upload": "Upload articles (.md, .txt, .html, .pdf)",
        "replace": "Replace files of the same name",
        "upload_button": "Upload and index",
        "uploaded": "Added: {names}.",
        "upload_refused": "Not added: {reason}",
        "nothing_uploaded": "No file chosen.",
        "exists": "{name} already exists – tick “Replace files of the same name” to confirm.",
        "language": "Language",
        "just_now": "just now",
        "minutes": "{n} minute(s) ago",
        "hours": "{n} hour(s) ago",
        "days": "{n} day(s) ago",
        "never": "never",
    },
}


def page_language(accept_language: str | None) -> PageLanguage:
    """German or English from the browser's Accept-Language (first of the two it names)."""
    for part in (accept_language or "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in ("de", "en"):
            return code  # type: ignore[return-value]
    return "de"


def ago(seconds: float, language: PageLanguage) -> str:
    """ "vor 3 Minuten" / "3 minutes ago"."""
    words = LABELS[language]
    if seconds < 60:
        return words["just_now"]
    for unit, size in (("days", 86400), ("hours", 3600), ("minutes", 60)):
        if seconds >= size:
            return words[unit].format(n=int(seconds // size))
    return words["just_now"]
