"""Which sentences of a cited passage an answer relies on, so a reader sees them marked."""

from __future__ import annotations

import re

from assistant.types import Citation
from index.chunking import Span, split_sentences
from index.terms import lexical_terms

_MARKER = re.compile(r"\[(\d+)\]")


def claims_for(answer_text: str, number: int) -> list[str]:
    """The pieces of answer text that carry the marker `[number]`, markers removed.

    A claim is the text since the previous marker; adjacent markers ("… [1][2]") share one claim.
    """
    claims = []
    claim_start = previous_end = 0
    for match in _MARKER.finditer(answer_text):
        if answer_text[previous_end : match.start()].strip():
            claim_start = previous_end
        if int(match.group(1)) == number:
            claims.append(_MARKER.sub("", answer_text[claim_start : match.start()]))
        previous_end = match.end()
    return claims


def _carrying_sentence(claim: str) -> str:
    """The last sentence of a claim: the one the marker stands after."""
    sentences = [claim[s.start : s.end] for s in split_sentences(claim)]
    return next((s for s in reversed(sentences) if lexical_terms(s)), claim)


def cited_spans(answer_text: str, citation: Citation) -> list[Span]:
    """Spans of `citation.text` the answer quotes (extractive) or paraphrases (LLM), in passage order.

    Sentences quoted verbatim are marked; otherwise, per claim, the sentence sharing the most
    content words with the answer sentence carrying the marker.
    """
    passage = citation.text
    sentences = split_sentences(passage)
    if citation.quote and citation.quote in passage:  # a typed answer knows its sentence
        low = passage.index(citation.quote)
        high = low + len(citation.quote)
        stating = [s for s in sentences if s.start < high and s.end > low]
        if stating:
            return stating
    claims = claims_for(answer_text, citation.number)
    quoted = [s for s in sentences if any(passage[s.start : s.end] in claim for claim in claims)]
    if quoted:
        return quoted
    marked: set[Span] = set()
    for claim in claims:
        claim_terms = set(lexical_terms(_carrying_sentence(claim)))
        scored = [(len(claim_terms & set(lexical_terms(passage[s.start : s.end]))), s) for s in sentences]
        best_count, best = max(scored, key=lambda item: item[0], default=(0, None))
        if best_count and best is not None:
            marked.add(best)
    return sorted(marked, key=lambda span: span.start)


CONTEXT_CHARS = 1800  # how much of the article "read in context" shows around a passage
_PARAGRAPH = re.compile(r"\S.*?(?=\n[ \t]*\n|\Z)", re.S)


def context_bounds(
    text: str, start: int, end: int, limit: int = CONTEXT_CHARS, floor: int = 0
) -> tuple[int, int]:
    """The paragraphs of `text` holding [start, end), with a paragraph either side while they fit
    in `limit` characters: what a reader needs to judge a quoted passage. Nothing before `floor`
    (an article's front matter) is shown."""
    paragraphs = [(m.start() + floor, m.end() + floor) for m in _PARAGRAPH.finditer(text[floor:])]
    inside = [i for i, (low, high) in enumerate(paragraphs) if low < end and high > start]
    if not inside:
        return max(floor, start - limit // 2), min(len(text), end + limit // 2)
    first, last = inside[0], inside[-1]
    if paragraphs[last][1] - paragraphs[first][0] > limit:  # one long paragraph: a window around it
        margin = max(0, (limit - (end - start)) // 2)
        return max(paragraphs[first][0], start - margin), min(paragraphs[last][1], end + margin)
    if first > 0 and paragraphs[last][1] - paragraphs[first - 1][0] <= limit:
        first -= 1
    if last + 1 < len(paragraphs) and paragraphs[last + 1][1] - paragraphs[first][0] <= limit:
        last += 1
    return paragraphs[first][0], paragraphs[last][1]
