"""Step 4: say the fact in the question's language, one sentence with its `[n]`.

Names stay as they are; months are named in the question's language; a place or source phrase
quoted from an article in the other language is marked as a quote, not passed off as our words.
"""

from __future__ import annotations

import re

from assistant.facts import CAST_KINDS, FoundFacts
from assistant.lexicon import NameTest, gloss, no_names
from assistant.prompts import (
    AND,
    DATE_PHRASES,
    DESCRIBED,
    FACT_TEMPLATES,
    FOREIGN_SOURCE,
    GLOSS_NOTE,
    GLOSS_SENTENCE,
    MONTHS,
    NOT_IN_FILM,
    PLURAL_TEMPLATES,
    QUOTED_PHRASE,
    WHICH_FILM,
)
from assistant.types import Language
from index.films import CREW_KINDS

MAX_GLOSS_WORDS = 5  # a gloss names the key words, it does not translate the quote
SELF: dict[str, dict[Language, str]] = {
    word: {"de": "sich selbst", "en": "himself" if word != "herself" else "herself"}
    for word in ("himself", "herself", "sich selbst")
}
_ALL_MONTHS = {name.lower(): index for names in MONTHS.values() for index, name in enumerate(names)}
_ALL_MONTHS.update({"jänner": 0, "sept": 8})


def fact_sentence(
    found: FoundFacts, film: str, language: Language, article_language: str, is_name: NameTest = no_names
) -> str:
    """The answer text for `found`, citing passage [1]."""
    kind = found.kind
    if kind in CAST_KINDS:
        value = _strip_article(found.values[0]).replace(" / ", f" {AND[language]} ")  # two roles
        if value.lower() in SELF:
            value = SELF[value.lower()][language]
    elif kind in CREW_KINDS or kind == "cast_list":
        value = join_names(found.values, language)
    elif kind == "release":
        value = date_phrase(found.values[0], language)
        kind = "premiere" if found.facts[0].detail == "premiere" else "release"
    elif kind == "runtime":
        value = found.values[0]
    else:
        phrase = found.values[0].rstrip(" ,.;:")
        places = kind in ("setting", "filming_location")
        words = gloss(phrase, article_language, language, places=places, is_name=is_name)
        note = GLOSS_NOTE[language].format(words=", ".join(words)) if words else ""
        value = (
            phrase
            if article_language == language
            else QUOTED_PHRASE[language].format(phrase=phrase, gloss=note)
        )
    asked = found.asked
    if kind in CAST_KINDS and language == "en":  # a role the article only describes: "the porter"
        asked = f"The {asked}" if asked[:1].islower() else asked
        value = f"the {value}" if value[:1].islower() and value.lower() not in SELF else value
    elif kind in CAST_KINDS and value[:1].islower() and value.lower() not in SELF:
        value = f"„{value}“"  # an English article's "village priest", quoted in a German answer
    template = FACT_TEMPLATES[kind][language]
    if kind in CREW_KINDS and len(found.values) > 1:
        template = PLURAL_TEMPLATES.get(kind, {}).get(language, template)
    return template.format(asked=asked, value=value, film=film, n=1)


def join_names(names: list[str], language: Language) -> str:
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} {AND[language]} {names[-1]}"


def date_phrase(value: str, language: Language) -> str:
    """ "13. Februar 2003" -> "on 13 February 2003"; "May 2006" -> "im Mai 2006"; "1982" -> "in 1982"."""
    year = re.search(r"\d{4}", value)
    month = next(
        (
            index
            for word in re.findall(r"[^\W\d]+", value.lower())
            if (index := _ALL_MONTHS.get(word)) is not None
        ),
        None,
    )
    day = re.match(r"\s*(\d{1,2})\.?\s", value) or re.search(r"[^\W\d]+\s+(\d{1,2}),", value)
    phrases = DATE_PHRASES[language]
    if year and month is not None and day:
        return phrases["day"].format(day=int(day.group(1)), month=MONTHS[language][month], year=year.group())
    if year and month is not None:
        return phrases["month"].format(month=MONTHS[language][month], year=year.group())
    return phrases["year"].format(year=year.group() if year else value)


def not_in_film(film: str, language: Language) -> str:
    return NOT_IN_FILM[language].format(film=film)


def which_film(titles: list[str], language: Language) -> str:
    return WHICH_FILM[language].format(films=join_names(titles, language))


def _strip_article(value: str) -> str:
    return re.sub(r"^(der|die|das|den|dem|the|a|an)\s+", "", value.strip(), flags=re.I)


def describe_sentence(
    phrase: str, language: Language, article_language: str, is_name: NameTest = no_names
) -> str:
    """The article's words about someone, quoted, in a frame in the question's language, with
    the key words (nationality, profession) glossed when the article is in the other language."""
    source = "" if article_language == language else FOREIGN_SOURCE[language][article_language]
    text = DESCRIBED[language].format(phrase=phrase.rstrip(" ,;:"), source=source, n=1)
    return with_gloss(text, phrase, article_language, language, is_name)


def with_gloss(
    text: str, quoted: str, quoted_language: str, language: Language, is_name: NameTest = no_names
) -> str:
    """`text` followed by the lexicon's key words of `quoted` in `language`, if it has any."""
    words = gloss(quoted, quoted_language, language, is_name=is_name)[:MAX_GLOSS_WORDS]
    return f"{text} {GLOSS_SENTENCE[language].format(words=', '.join(words))}" if words else text
