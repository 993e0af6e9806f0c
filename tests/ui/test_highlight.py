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


def test_adjacent_markers_share_the_claim_before_them():
    answer = "Als Julie erwacht, erinnert sie sich an nichts. [2][1]"
    assert marked(answer, 1) == marked(answer, 2) == ["Als Julie erwacht, erinnert sie sich an nichts."]


def test_overlap_uses_the_sentence_carrying_the_marker():
    # The first sentence shares words with the other passage sentence; only the second carries [1].
    answer = "Er hat den Start gesehen. Julie erinnert sich an nichts [1]."
    assert marked(answer) == ["Als Julie erwacht, erinnert sie sich an nichts."]


def test_a_marker_used_twice_marks_each_claims_sentence_in_passage_order():
    answer = "Julie erinnert sich an nichts [1]. Sie ist ratlos. Er sah den Start im Fernsehen [1]."
    assert marked(answer) == [
        "Er hat den Start im Fernsehen gesehen.",
        "Als Julie erwacht, erinnert sie sich an nichts.",
    ]


def test_marker_digits_do_not_count_as_shared_words():
    passage = "Der Film lief 2 Wochen. Julie erwacht."
    cite = Citation(number=1, source="a.txt", text=passage, start=0, end=len(passage), score=0.9)
    assert cited_spans("Sie wacht auf [2][1].", cite) == []


def test_a_source_shows_its_page_and_a_safe_link_to_its_address():
    from ui.app import render_citation

    pdf = Citation(number=2, source="kit.pdf", text="Regie: X", start=5, end=13, score=0.9, page=2)
    shown = render_citation("X führte Regie [2].", pdf, "Oh Boy")
    assert "kit.pdf, S. 2" in shown and "<a " not in shown
    assert "kit.pdf, p. 2" in render_citation("X führte Regie [2].", pdf, "Oh Boy", "en")
    web = citation().model_copy(update={"url": "https://example.org/review?a=1&b=2"})
    shown = render_citation("x [1]", web, "Baikonur")
    assert 'href="https://example.org/review?a=1&amp;b=2"' in shown
    assert 'rel="noopener noreferrer"' in shown and 'target="_blank"' in shown
    hostile = citation().model_copy(update={"url": "javascript:alert(1)"})
    assert "<a " not in render_citation("x [1]", hostile, "Baikonur")
