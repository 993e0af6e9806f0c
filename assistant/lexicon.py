"""A German–English lexicon of nationalities, countries, professions and film-award words.

There is no translation model offline. When an answer quotes an article in the other language,
the reader still gets the key words in their own: "der usbekischen Popsängerin …" is glossed
"Uzbek, pop singer". The same words tell whether a phrase states an origin or a job at all
("eine überzeugte Sozialistin" states neither). The data is general vocabulary
(`data/lexicon.tsv`), not facts of any article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.types import Language

LEXICON_FILE = Path(__file__).parent / "data" / "lexicon.tsv"
_ADJECTIVE_ENDINGS = ("", "e", "en", "er", "es", "em")
_MIN_COMPOUND_HEAD = 5  # "Popsängerin" ends in "sängerin"; "Koch" must not hide in "Hochkoch…"
_WORD = re.compile(r"[^\W\d_][\w\-]*")


NameTest = Callable[[str], bool]  # a lower-case word -> whether it is part of someone's name


def no_names(word: str) -> bool:
    return False


@dataclass(frozen=True)
class Sense:
    """One entry: its kind ("nation", "job", "term") and its forms in both languages. For a
    nation, `forms` are adjectives and `places` the country names."""

    kind: str
    forms: dict[str, tuple[str, ...]]
    places: dict[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def senses() -> tuple[Sense, ...]:
    loaded = []
    for line in LEXICON_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, german, english, *places = [*line.split("\t"), "", ""][:5]

        def split(cell: str) -> tuple[str, ...]:
            return tuple(form.strip() for form in cell.split("|") if form.strip())

        forms = {"de": split(german), "en": split(english)}
        loaded.append(Sense(kind, forms, {"de": split(places[0]), "en": split(places[1])}))
    return tuple(loaded)


def _matches(text: str, language: str, is_name: NameTest = no_names) -> list[tuple[Sense, bool]]:
    """The lexicon entries `text` (written in `language`) contains, each with whether it stood
    as a place name, in order of first mention; a match inside a longer one ("teacher" in
    "music teacher") does not count on its own. Words that are part of a name ("Sebastian
    Koch") are no professions; a word a name is made of, standing alone, still is one
    ("vor ihrer Filmkarriere Krankenschwester", "Hans Bauer ist Bauer")."""
    # "Nigerian-British actor": each part of a joined word counts ("Lkw-Fahrer" stays whole too)
    written = [part for w in _WORD.findall(text) for part in _parts(w.lower())]
    named = [is_name(w) for w in written]
    words = [
        word
        for at, word in enumerate(written)
        if not (named[at] and ((at > 0 and named[at - 1]) or (at + 1 < len(named) and named[at + 1])))
    ]
    padded = f" {' '.join(words)} "
    offsets, at = [], 1
    for word in words:
        offsets.append(at)
        at += len(word) + 1
    spans = [
        (start, end, sense, place)
        for sense in senses()
        for start, end, place in _spans(sense, language, words, offsets, padded)
    ]
    kept: list[tuple[int, int, Sense, bool]] = []
    for start, end, sense, place in sorted(spans, key=lambda item: (item[0], item[0] - item[1])):
        if any(s <= start and end <= e for s, e, _, _ in kept):
            continue
        kept.append((start, end, sense, place))
    unique: list[tuple[Sense, bool]] = []
    for _, _, sense, place in kept:
        if all(sense is not other for other, _ in unique):
            unique.append((sense, place))
    return unique


def _parts(word: str) -> list[str]:
    return [word, *word.split("-")] if "-" in word.strip("-") else [word]


def _spans(sense: Sense, language: str, words: list[str], offsets: list[int], padded: str):
    """Where a form of `sense` stands in the text (character spans in `padded`)."""
    forms = [form.lower() for form in sense.forms.get(language, ())]
    places = [place.lower() for place in sense.places.get(language, ())]
    for form in places:
        for written in (form, f"{form}s"):  # "Frankreichs", "Roms": a genitive names it too
            at = padded.find(f" {written} ")
            if at >= 0:
                yield at + 1, at + 1 + len(written), True
    for form in forms if language == "en" or sense.kind == "term" else []:
        at = padded.find(f" {form} ")
        if at >= 0:
            yield at + 1, at + 1 + len(form), False
    if language != "de":
        return
    for word, at in zip(words, offsets, strict=True):
        for form in forms:
            inflected = word.startswith(form) and word[len(form) :] in _ADJECTIVE_ENDINGS
            compound = len(form) >= _MIN_COMPOUND_HEAD and word.endswith(form) and len(word) > len(form)
            if (sense.kind == "nation" and inflected) or (sense.kind == "job" and (word == form or compound)):
                yield at, at + len(word), False


def gloss(
    text: str,
    text_language: str,
    language: Language,
    kinds: tuple[str, ...] = ("nation", "job", "term"),
    places: bool = False,
    is_name: NameTest = no_names,
) -> list[str]:
    """The key words of `text` in `language`: adjectives for nations (countries with `places`),
    the first form of professions and terms. Empty when the text is already in `language`."""
    if text_language == language:
        return []
    words: list[str] = []
    for sense, as_place in _matches(text, text_language, is_name):
        if sense.kind not in kinds:
            continue
        place = (places or as_place) and sense.places.get(language)
        target = sense.places[language] if place else sense.forms[language]
        if target and target[0] not in words:
            words.append(target[0])
    return words


def states(text: str, language: str, kind: str, is_name: NameTest = no_names) -> bool:
    """Whether `text` names something of `kind` ("nation", "job") that the lexicon knows."""
    return any(sense.kind == kind for sense, _ in _matches(text, language, is_name))
