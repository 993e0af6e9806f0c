"""Content words for lexical matching, shared by BM25 and the evidence checks."""

from __future__ import annotations

import re

STOPWORDS = frozenset(
    """
        der die das den dem des ein eine einer eines einem einen und oder aber auch als an auf
        aus bei bis durch für gegen in im ins mit nach ob ohne seit über um unter von vom vor
        wie zu zum zur ist sind war waren wird werden wurde wurden hat haben hatte sei es er sie
        ihr ihm ihn ihre ihren sein seine seiner seinem seinen sich man nicht noch nur schon so
        sehr dass daß wer was wo wann warum wie welche welcher welches welchen wem wen woher
        wohin gibt kann darf will dieser diese dieses the a an and or but of in on at to for
        from by with about as into is are was were be been being has have had do does did it its
        he she they them his her their this that these those who whom whose what which where
        when why how there here not no yes can could would should will shall may
    """.split()
)
_TOKEN = re.compile(r"\w+", re.UNICODE)
STEM_CHARS = 6  # the crude stemmer keeps this many letters


def lexical_terms(text: str) -> list[str]:
    """Lower-cased content words cut to six letters: a crude stemmer that serves German and English."""
    return [
        token[:STEM_CHARS]
        for token in _TOKEN.findall(text.lower())
        if token not in STOPWORDS and (len(token) > 1 or token.isdigit())
    ]
