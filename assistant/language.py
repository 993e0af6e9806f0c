"""Offline language detection for questions, limited to German and English."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.types import Language

# Question and function words decide most short questions before a statistical model must guess.
_GERMAN_WORDS = frozenset(
    """
        wer was wo wann warum wieso weshalb wie welche welcher welches welchen wem wen woher
        wohin der die das dem den des ein eine einen ist sind wird wurde hat haben gibt es und
        nicht ich du sie er wir ihr mir mich dich sich kommt spielt stammt liegt findet heißt
        war waren hatte hatten bei mit von für zum zur im am auf aus nach über auch noch schon
        denn eigentlich sein seine seinen ihre ihren dieser diesem diesen dort hier gedreht an darf
        kann muss soll will regie regisseur regisseurin drehbuch kamera musik laufzeit länge besetzung
        rolle schauspieler schauspielerin gespielt geboren beruf produzent komponist drehort vorlage
        roman kinostart handlung
    """.split()
)
_ENGLISH_WORDS = frozenset(
    """
        who what where when why how which whom whose the a is are was were does do did has
        have and not of it he she they you i me plays play comes come lives live find finds
        called for with from by on at about his her their this that after before shot filmed
        there here also director directed screenwriter writer cinematographer producer produced composer
        music score role character runtime release released cast filming location movie based novel
        born job actor actress starring
    """.split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
FALLBACK: Language = "de"


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language as LinguaLanguage
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(LinguaLanguage.GERMAN, LinguaLanguage.ENGLISH).build()


def detect_language(text: str) -> Language:
    """`de` or `en` for the question; short or unclear questions fall back to German."""
    found = _WORD.findall(text)
    words = [word.lower() for word in found]
    # Names say nothing about the language asked in ("Where was Jürgen Prochnow born?").
    plain = [found[0], *[w for w in found[1:] if not w[:1].isupper()]] if found else []
    # Capitalised words inside the question are names or titles ("Der Himmel über Berlin").
    counted = [word.lower() for word in plain]
    german = sum(word in _GERMAN_WORDS for word in counted) + sum(
        ch in "äöüß" for ch in " ".join(plain).lower()
    )
    english = sum(word in _ENGLISH_WORDS for word in counted)
    if words:  # the question word leads: "Wer war Kameramann bei El laberinto del fauno?"
        german += words[0] in _GERMAN_WORDS
        english += words[0] in _ENGLISH_WORDS
    if german != english and (max(german, english) >= 2 or min(german, english) == 0 < len(plain) <= 3):
        return "de" if german > english else "en"
    if len(words) < 2:
        return FALLBACK
    confidences = {
        value.language.iso_code_639_1.name.lower(): value.value
        for value in _detector().compute_language_confidence_values(
            " ".join(plain) if len(plain) >= 3 else text
        )
    }
    if confidences.get("en", 0.0) >= 0.6:
        return "en"
    if confidences.get("de", 0.0) >= 0.6:
        return "de"
    if german != english:
        return "de" if german > english else "en"
    return FALLBACK
