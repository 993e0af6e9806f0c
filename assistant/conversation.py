"""Resolve follow-up questions ("Und wer spielt sie?") against the previous turn, without an LLM."""

from __future__ import annotations

import re

from index.terms import STOPWORDS

History = list[tuple[str, str]]

# Personal pronouns only: "es"/"it"/"there" are too often not a reference ("Gibt es ...?").
_PRONOUNS = frozenset(
    """
        er sie ihn ihm ihr ihre ihren ihrem ihrer sein seine seinen seinem seiner he she him her
        his hers they them their
    """.split()
)
_PRONOUN = re.compile(r"\b(" + "|".join(sorted(_PRONOUNS, key=len, reverse=True)) + r")\b", re.I)
# "his daughter Klara", "his old friend Grant", "ihren Freund, den Chemiker Manfred": a name after
# the noun is whom it asks about
_POSSESSIVE_THEN_WORDS = re.compile(
    r"\b(?:his|her|their|sein\w*|ihr\w*)\s+((?:[\w\-]+,?\s+){1,4}[\w\-]+)", re.I
)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_ABOUT_THE_ROLE = re.compile(r"\b(character|role|part|figur|rolle)\b", re.I)
# A question whose answer is a person ("Who plays …?"), not one about a person ("Who is …?").
_ASKED_WHO = re.compile(r"^\W*(?:und\s+|and\s+)?(?:wer|who)\b(?!\s+(?:ist|war|is|was|are|sind)\b)", re.I)
# "Which role does he play?" after "Who plays Anton?" - "Ulrich Tukur": asked of the actor named.
_ROLE_OF_PERFORMER = re.compile(
    r"\b(welche\w* (rolle|figur)|which (role|character|part)|what (role|character|part)|wen (spielt|spielte)|"
    r"who (does|did) (he|she) play|"
    # "Und spielt er auch selbst mit?" after "Wer hat die Musik geschrieben?" - "Michel Legrand"
    r"(spielt|spielte) (er|sie) (auch |selbst |auch selbst )?mit|"
    r"(does|did) (he|she) (also |even )?(appear|act|play) in)\b",
    re.I,
)
# What is asked of a person, not of a character: where born, from where, what job.
_ABOUT_A_PERSON = re.compile(
    r"\b(born|geboren|birthplace|geburtsort|stammt|kommt .* her|comes? from|nationality|herkunft|"
    r"beruf\w*|job|profession|actress|actor|schauspieler\w*|trained|ausgebildet|studiert\w*|studied)\b",
    re.I,
)


def topic_of(question: str) -> list[str]:
    """The words a follow-up can refer back to: names first, else content words."""
    words = _WORD.findall(question)
    names = [w for w in words[1:] if w[:1].isupper() and w.lower() not in STOPWORDS]
    if names:
        return names
    return [w for w in words if w.lower() not in STOPWORDS and w.lower() not in _PRONOUNS][-3:]


def contextualize(question: str, history: History | None, is_name=None, topic=None) -> str:
    """The question to search with: a follow-up gets its pronoun replaced by the last topic.

    `is_name` (a folded word -> bool) tells names of people and characters from nouns; with it,
    a name from the last answer stands in when the last question named no one ("Wie heißt die
    Trapezkünstlerin?" - "Sie heißt Marion." - "Und wer spielt sie?"). `topic` (a question -> the
    names it asks about) knows better than capitals which words of a question are its subject."""
    if not history or not _PRONOUN.search(question):
        return question
    after = _POSSESSIVE_THEN_WORDS.search(question)
    later = [w.strip(",") for w in after.group(1).split()[1:]] if after else []
    if is_name is not None and any(w[:1].isupper() and is_name(w.lower()) for w in later):
        return question  # "And who plays his daughter Klara?" names whom it asks about
    for previous_question, previous_answer in reversed(history):
        found = (topic(previous_question) if topic is not None else []) or topic_of(previous_question)
        if (
            is_name is not None
            and _ASKED_WHO.match(previous_question)
            and (
                (_ABOUT_A_PERSON.search(question) and not _ABOUT_THE_ROLE.search(question))
                or _ROLE_OF_PERFORMER.search(question)  # "Welche Rolle spielt er?": the one who plays
            )
        ):
            # "Who plays Traudl Junge?" - "Alexandra Maria Lara" - "Where was she born?": the answer
            answered = [w for w in _WORD.findall(previous_answer) if w[:1].isupper() and is_name(w.lower())]
            found = [w for w in answered if w not in found][:3] or found
        if is_name is not None and not any(is_name(word.lower()) for word in found):
            named = [w for w in _WORD.findall(previous_answer) if w[:1].isupper() and is_name(w.lower())]
            found = named[:2] or found
        if found:
            return _PRONOUN.sub(" ".join(found), question, count=1)
    return question
