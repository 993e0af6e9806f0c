"""A small English–German glossary of film and film-plot words.

The extractive answerer has no translation model; to tell whether an English question's
key words occur in a German article (and the reverse), it looks them up here. It holds
general vocabulary of film articles, not facts of any one film.
"""

from __future__ import annotations

from functools import lru_cache

# English word: German words (any inflection; matching works on word stems).
_PAIRS = {
    "actor": "Schauspieler Schauspielerin Darsteller Darstellerin",
    "actress": "Schauspielerin Darstellerin",
    "lead": "Hauptdarsteller Hauptdarstellerin Hauptrolle",
    "star": "Hauptdarsteller Star",
    "cast": "Besetzung Darsteller",
    "role": "Rolle Figur",
    "character": "Figur Rolle Person",
    "play": "spielt spielen Rolle",
    "plays": "spielt spielen Rolle",
    "played": "gespielt spielte",
    "director": "Regisseur Regisseurin Regie",
    "directed": "Regie Regisseur inszeniert",
    "shoot": "drehen gedreht Dreh Dreharbeiten Drehgenehmigung",
    "shot": "gedreht Dreh Dreharbeiten",
    "filmed": "gedreht Dreh",
    "filming": "Dreharbeiten Dreh Drehgenehmigung",
    "permit": "Genehmigung Drehgenehmigung Erlaubnis",
    "permission": "Genehmigung Drehgenehmigung erlaubt",
    "allowed": "erlaubt Erlaubnis",
    "camera": "Kamera",
    "cinematographer": "Kamera Kameramann",
    "music": "Musik",
    "composer": "Komponist Musik",
    "script": "Drehbuch",
    "screenplay": "Drehbuch",
    "writer": "Autor Drehbuchautor",
    "producer": "Produzent Produktion",
    "budget": "Budget Kosten",
    "minutes": "Minuten",
    "length": "Länge Laufzeit",
    "runtime": "Laufzeit Minuten",
    "release": "Kinostart erschienen",
    "released": "Kinostart erschienen",
    "premiere": "Premiere Uraufführung",
    "award": "Preis Auszeichnung",
    "prize": "Preis",
    "won": "gewann gewonnen",
    "documentary": "Dokumentation Dokumentarfilm",
    "documentaries": "Dokumentationen",
    "story": "Geschichte Handlung",
    "plot": "Handlung",
    "village": "Dorf Dörfer Dorfes Dorfer",
    "villages": "Dörfer Dorfer Dorf",
    "villagers": "Dorfbewohner Bewohner",
    "inhabitants": "Bewohner Einwohner",
    "residents": "Bewohner",
    "live": "leben lebt wohnen",
    "living": "leben Lebensunterhalt",
    "steppe": "Steppe",
    "desert": "Wüste Steppe",
    "rocket": "Rakete Raketen",
    "rockets": "Raketen",
    "launch": "Start Raketenstart",
    "base": "Stützpunkt Basis",
    "spaceport": "Raketenstützpunkt Weltraumbahnhof",
    "cosmodrome": "Raketenstützpunkt Kosmodrom",
    "capsule": "Kapsel Raumkapsel",
    "space": "Weltraum Raum",
    "tourist": "Touristin Tourist Weltraumtouristin",
    "astronaut": "Kosmonaut Kosmonautin Astronaut",
    "cosmonaut": "Kosmonaut Kosmonautin",
    "training": "Training Trainings",
    "parts": "Teile Raketenteile",
    "scrap": "Schrott",
    "junk": "Schrott",
    "collect": "sammeln einsammeln",
    "fall": "fallen fällt",
    "falls": "fällt fallen",
    "sky": "Himmel",
    "heaven": "Himmel",
    "earth": "Erde",
    "keep": "behalten",
    "proverb": "Sprichwort",
    "saying": "Sprichwort",
    "law": "Gesetz Gesetzt",
    "love": "verliebt Liebe liebt",
    "loves": "liebt verliebt",
    "nickname": "genannt Spitzname Beiname",
    "called": "genannt heißt",
    "profession": "Beruf",
    "fiancee": "Verlobte",
    "fiance": "Verlobter",
    "engaged": "verlobt Verlobte",
    "friend": "Freundin Freund",
    "girlfriend": "Freundin",
    "happiness": "Glück",
    "memory": "Erinnerung Gedächtnis",
    "remember": "erinnern Erinnerung",
    "wakes": "erwacht",
    "blackmail": "Erpressung",
    "job": "Anstellung Arbeit Stelle",
    "work": "Anstellung arbeiten Arbeit",
    "agency": "Behörde",
    "authority": "Behörde",
    "secret": "Geheimdienst",
    "intelligence": "Geheimdienst",
    "student": "Student Schauspielstudent",
    "singer": "Sängerin Sänger Popsängerin",
    "model": "Model",
    "television": "Fernsehen",
    "tv": "Fernsehen",
    "watched": "beobachtet gesehen",
    "france": "Frankreich französischen französisch",
    "french": "französischen französisch",
    "russia": "Russland russischen russisch",
    "russian": "russischen russisch",
    "uzbek": "usbekischen usbekisch",
    "kazakh": "kasachischen kasachisch",
    "soviet": "sowjetische sowjetisch",
    "country": "Land",
    "built": "gebaut",
    "build": "bauen gebaut",
    "new": "neues neu",
    "real": "tatsächlich wirklich",
    "really": "tatsächlich wirklich",
    "exist": "gibt existieren",
    "fairy": "Märchen",
    "tale": "Märchen",
    "internet": "Internet Internetrecherchen",
    "research": "Recherche Internetrecherchen",
    "home": "Heimat Dorf",
    "return": "Rückkehr zurückkehren",
    "returns": "Rückkehr zurückkehren",
}


@lru_cache(maxsize=1)
def _stem_pairs() -> dict[str, frozenset[str]]:
    from index.terms import lexical_terms

    pairs: dict[str, set[str]] = {}
    for english, german in _PAIRS.items():
        english_stems = lexical_terms(english)
        german_stems = lexical_terms(german)
        for stem in english_stems:
            pairs.setdefault(stem, set()).update(german_stems)
        for stem in german_stems:
            pairs.setdefault(stem, set()).update(english_stems)
    return {stem: frozenset(others) for stem, others in pairs.items()}


def equivalents(stem: str) -> frozenset[str]:
    """The stem itself and its stems in the other language."""
    return frozenset({stem}) | _stem_pairs().get(stem, frozenset())
