"""A yes/no question about a typed fact ("Was Der Sturm shot on Rügen?", "Hat Anna Berg den Film
auch produziert?") is answered with the fact either way; when the question proposes a person or a
place, the answer says first whether the sources agree."""

from __future__ import annotations

import re

from assistant.analysis import YES_NO
from assistant.facts import FoundFacts
from index.films import CREW_KINDS
from index.names import find_names, fold

_PLACE_KINDS = ("setting", "filming_location")
_PROPOSED_PLACE = re.compile(
    r"\b(?:in|on|at|auf|im|an|bei)\s+(?P<place>[A-ZÄÖÜ][\w\-]+(?:\s+[A-ZÄÖÜ][\w\-]+)*)"
)
_WORDS = {"en": ("Yes.", "No."), "de": ("Ja.", "Nein.")}


def yes_or_no(question: str, found: FoundFacts, film_forms: frozenset[str], language: str) -> str:
    """ "Yes." / "No." (in the question's language) when a yes/no question proposes a person or a
    place the fact can be checked against, else ""."""
    if not YES_NO.match(question) or language not in _WORDS:
        return ""
    yes, no = _WORDS[language]
    if found.kind in CREW_KINDS:
        proposed = [
            n.text
            for n in find_names(question)
            if n.tokens >= 2
            and fold(n.text) not in film_forms
            and not any(fold(n.text) in f for f in film_forms)
        ]
        if not proposed:
            return ""
        return yes if any(_same_person(p, v) for p in proposed for v in found.values) else no
    if found.kind in _PLACE_KINDS:
        places = [m.group("place") for m in _PROPOSED_PLACE.finditer(question)]
        places = [
            p for p in places if fold(p) not in film_forms and not any(fold(p) in f for f in film_forms)
        ]
        if not places:
            return ""
        stated = " ".join(fold(f.value) for f in found.facts)
        return yes if any(fold(p) in stated for p in places) else no
    return ""


def _same_person(proposed: str, stated: str) -> bool:
    """Every word of the proposed name is a whole word of the stated one: "Berg" is "Anna Berg",
    "Max Richter" is not "Max Richter-Vogel"."""
    return set(proposed.lower().split()) <= set(stated.lower().split())
