"""Which sentence of a cited passage gets highlighted."""

from __future__ import annotations

from assistant.highlight import cited_spans
from assistant.types import Citation

PASSAGE = "Er hat den Start im Fernsehen gesehen. Als Julie erwacht, erinnert sie sich an nichts."


def citation(number: int = 1) -> Citation:
    return Citation(number=number, source="a.txt", text=PASSAGE, start=0, end=len(PASSAGE), score=0.9)


def marked(answer: str, number: int = 1) -> list[str]:
    return [PASSAGE[s.start : s.end] for s in cited_spans(answer, citation(number))]


def test_quoted_sentence_is_marked():
    answer = "Laut „Film“: Als Julie erwacht, erinnert sie sich an nichts. [1]"
    assert marked(answer) == ["Als Julie erwacht, erinnert sie sich an nichts."]


def test_paraphrase_marks_the_sentence_with_most_shared_words():
    answer = "Julie erinnert sich an nichts, als sie erwacht [1]. Er sah den Start [2]."
    assert marked(answer) == ["Als Julie erwacht, erinnert sie sich an nichts."]
    assert marked(answer, 2) == ["Er hat den Start im Fernsehen gesehen."]


def test_nothing_is_marked_for_an_uncited_passage():
    assert marked("Dazu steht nichts in meinen Quellen.") == []
