"""`[n]` markers: parse them, drop the ones that point at no passage, build `Citation`s."""

from __future__ import annotations

import re

from assistant.types import Citation, Passage, citation_for

_GROUP = re.compile(r"\[(\s*\d{1,3}(?:\s*[,;]\s*\d{1,3})*\s*)\]")
_NUMBER = re.compile(r"\d{1,3}")


def normalise_markers(text: str) -> str:
    """Write grouped markers one by one: "[1, 3]" becomes "[1][3]"."""
    return _GROUP.sub(lambda m: "".join(f"[{n}]" for n in _NUMBER.findall(m.group(1))), text)


def cited_numbers(text: str) -> list[int]:
    """The marker numbers in order of first use."""
    numbers: list[int] = []
    for match in _GROUP.finditer(text):
        for number in _NUMBER.findall(match.group(1)):
            if int(number) not in numbers:
                numbers.append(int(number))
    return numbers


def resolve_citations(text: str, passages: list[Passage]) -> tuple[str, list[Citation]]:
    """Keep markers that name a shown passage (numbered from 1 in the order shown), drop the rest."""
    text = normalise_markers(text)
    valid = set(range(1, len(passages) + 1))

    def keep_or_drop(match: re.Match[str]) -> str:
        return match.group(0) if int(match.group(1)) in valid else ""

    cleaned = re.sub(r"\[(\d{1,3})\]", keep_or_drop, text)
    cleaned = re.sub(r"[ \t]+([.,;:!?])", r"\1", cleaned)
    cleaned = re.sub(r"[ \t]{2,}", " ", cleaned).strip()
    citations = [citation_for(n, passages[n - 1]) for n in cited_numbers(cleaned)]
    return cleaned, citations
