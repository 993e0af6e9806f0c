"""Which sentences of a cited passage an answer relies on, so a reader sees them marked."""

from __future__ import annotations

import re

from assistant.types import Citation
from index.chunking import Span, split_sentences
from index.terms import lexical_terms

_MARKER = re.compile(r"\[(\d+)\]")


def claims_for(answer_text: str, number: int) -> list[str]:
    """The pieces of answer text that carry the marker `[number]` (the text before it)."""
    claims = []
    start = 0
    for match in _MARKER.finditer(answer_text):
        if int(match.group(1)) == number:
            claims.append(answer_text[start : match.start()])
        start = match.end()
    return claims


def cited_spans(answer_text: str, citation: Citation) -> list[Span]:
    """Spans of `citation.text` the answer quotes (extractive) or paraphrases (LLM).

    A sentence quoted verbatim is marked; otherwise the sentence sharing the most content
    words with the claim carrying the marker.
    """
    passage = citation.text
    sentences = split_sentences(passage)
    claims = claims_for(answer_text, citation.number)
    quoted = [s for s in sentences if any(passage[s.start : s.end] in claim for claim in claims)]
    if quoted:
        return quoted
    claim_terms = set(lexical_terms(" ".join(claims)))
    if not claim_terms or not sentences:
        return []
    overlap = [(len(claim_terms & set(lexical_terms(passage[s.start : s.end]))), s) for s in sentences]
    best_count, best = max(overlap, key=lambda item: item[0])
    return [best] if best_count else []
