"""The film catalogue: which films an article is about, and the cast and crew facts it states.

Built at index time from each `Document`, stored with the catalog beside its chunks (so it is
incremental like them), and read by the answer path to scope questions to one film and to answer
the questions people ask most (who plays, who directed, how long …) from the sentence that says so.

Everything here is general film writing in German and English: info-block lines ("Regie: X"),
cast lists ("Character – Actor"), "Character (Actor)", "Actor spielt/plays Character", "gespielt
von / played by", "Regisseur X", "directed by X". No knowledge of any one film.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from dataclasses import asdict, dataclass, field
from functools import cached_property

from index.chunking import ABBREVIATIONS, split_sentences
from index.documents import Document
from index.names import (
    HONORIFICS,
    NICKNAME,
    NO_ONE,
    PARTICLES,
    QUOTED,
    Name,
    find_names,
    fold,
    is_not_name,
    longest_first,
    same_name,
    word_stem,
)
from index.terms import STOPWORDS

CREW_KINDS = ("director", "writer", "producer", "composer", "cinematographer", "editor")

# Words that introduce a crew member, per job, in German and English.
CREW_CUES: dict[str, str] = {  # in this order: "director of photography" is no director
    "cinematographer": r"(?<!vor der |vor die )kamera\w*|(?:stamm|haus)kamera\w*|cinematograph\w*|"
    r"director of photography|"
    r"photographed|camera ?work|(?:(?<=\()|(?<=; )|(?<=, ))photography(?=\s+[A-ZÄÖÜ])|"
    r"bildgestalt\w*|lensed|shot by|"
    r"shot (?:it|the film|the movie)(?: (?:him|her)self)?(?=\s*[.;,]|\s*$|\s+and\b|"
    r"\s+(?:in (?:black and white|colou?r|widescreen|cinemascope|\d+ ?mm)|"
    r"on (?:\d+ ?mm|film|video|location))\b)|"
    r"behind the camera|"
    r"die bilder (?:stammen|stammten|fing|fingen|lieferte|schuf)|the images (?:come|came) from|"
    r"für die (?:[a-zäöüß]+e[nr]? )?bilder (?:sorgte|sorgt|zeichnete|zeichnet)|"
    r"verantwortlich für die (?:[a-zäöüß]+e[nr]? )?bilder|"
    r"fotografiert\w*|photographiert\w*|(?-i:DoP|DP)|die bilder von",
    "director": r"regie(?!r)\w*|regisseur\w*|inszeniert\w*|inszenierung|directed|directs|director|directing|"
    r"(?-i:Dir)|(?:(?<=\()|(?<=; )|(?<=, ))dir(?=:)|"
    r"direction|helmed|filmmaker|filmemacher\w*|verfilmte|verfilmt|(?:took|takes|taking) the helm",
    # before the writer: "wrote the score" is the composer
    "composer": r"(?:wrote|composed) (?:most of |all of |many of )?the (?:film's )?"
    r"(?:score|music|soundtrack|songs)|"
    r"musik\w*|music|komponi\w*|"
    r"composed|composer|score|scored|soundtrack|filmmusik|(?:stamm|haus)komponist\w*",
    "writer": r"drehbuch\w*|screenplay|screenwriter|written|writer|script|skript|scripted|co-wrote|wrote|"
    r"geschrieben(?=\s+von\b)|(?<![\w ])geschrieben(?=\s+(?:hat|haben|hatte|hatten)\b)|penned|co-penned|"
    r"geschrieben(?=\s+und\s+(?:inszeniert|produziert|gedreht|geschnitten)\b)|(?<=den film )geschrieben|"
    r"verfasst\w*|"
    r"autor\w*|drehbuchautor\w*",
    "producer": r"produziert\w*|produzent\w*|produced|producers?|produktion(?!sland|sjahr)\w*|"
    r"production compan\w+|"
    r"produktionsfirm\w*",
    "editor": r"schnitt|geschnitten|(?:stamm|haus)?cutter\w*|edited|editor|editorin|editing|montage|"
    r"montiert\w*|cut by|"
    r"cut (?:it|the film|the movie)(?: (?:him|her)self)?(?=\s*[.;,]|\s*$|\s+(?:and|in|over)\b)|"
    r"(?:am|at the) (?:schneidetisch|schnittplatz|editing table|cutting table)",
}
FILMS_READER_VERSION = 40  # raise when extraction changes: indexes then re-read their articles
_VERB_CUE = re.compile(
    r"(ed|te|rote|ten|iert)$|^(?:shot|cut|wrote|composed|took|takes) |^directs$"
)  # "X directed", "X shot it"
_CREW_CUE = re.compile(
    "|".join(f"(?P<{kind}>\\b(?:{cue})\\b)" for kind, cue in CREW_CUES.items()), re.IGNORECASE
)
# Cast cues: the character stands before (`passive`) or after (`active`) the actor's name.
_CAST_PASSIVE = re.compile(
    r"\b(gespielt von|dargestellt von|verkörpert von|gesprochen von|played by|portrayed by|voiced by|"
    r"wird von|is played by|was played by|brought to life by|embodied by|"
    r"(?:gespielt|verkörpert|dargestellt) (?:\w+ )?durch|"
    # "played with flinty reserve by", "herrlich eigensinnig gespielt von": a manner, then the actor
    r"(?:played|portrayed) with [a-z\-]+(?: [a-z\-]+)? by)\b",
    re.IGNORECASE,
)
_FINITE_PASSIVE = re.compile(r"(?:wird|is|was)\b", re.IGNORECASE)
_SUBJECT_BEFORE_ASIDE = re.compile(
    r"^\s*(?!(?:Der|Die|Das|Den|Dem|The|A|An|Ein|Eine|Sein|Seine|Ihr|Ihre|His|Her|Their|In|Im|Als|When)\b)"
    r"(?P<name>[A-ZÄÖÜÀ-Þ][\w\-’']*(?:\s+[A-ZÄÖÜÀ-Þ][\w\-’']*){0,2}),[^;]*,\s*$"
)
_NAMED_IN_ASIDE = re.compile(
    r",\s+(?:der|die|das|the|his|her|sein\w*|ihr\w*)\s+(?:[a-zäöüß\-]+\s+){0,3}"
    r"(?P<name>[A-ZÄÖÜÀ-Þ][\w\-’']*(?:\s+[A-ZÄÖÜÀ-Þ][\w\-’']*)?)\s*,"
)
_CAST_PARTICIPLE_AFTER = re.compile(  # "wird von X mit einer wilden, körperlichen Energie gespielt"
    r"^\s*(?:[\wäöüß\-]+,?\s+){0,6}?(?:gespielt|verkörpert|dargestellt|gesprochen|gemimt|gegeben|synchronisiert)\b"
)
_PARTICIPLE_CUE = re.compile(r"(?:played|portrayed|voiced|brought|embodied)\b", re.IGNORECASE)
_PLAYS = r"(?:spielt|spielte|verkörpert|verkörperte|mimt|gibt|gab|plays|played|portrays|portrayed)"
_CAST_ACTIVE = re.compile(
    r"\b(spielt|spielte|spielen|verkörpert\w*|gibt|mimt|plays|played|portrays|portrayed|stars as|"
    r"leiht|voices|voiced|spricht|ist als|as|als|is|ist)\b",
    re.IGNORECASE,
)
_APPEARS = re.compile(
    r"\b(?:turns?|turned|shows?|showed) up\b|\bappears?\b|\bappeared\b|\bcameo\b|\bstepped in\b|"
    r"\berschein\w*\b|\berschien\b|"
    r"\bsteps in\b|\btaucht\w*\b.*\bauf\b|\bzu sehen\b|\bauftritt\b|\btritt\b.*\bauf\b|"
    r"\bshines?\b|\bshone\b|\bexcels?\b|\bexcelled\b|\bcarr(?:y|ies|ied) the (?:film|picture|movie)\b",
    re.I,
)
_NOUN_PHRASE_GOES_ON = re.compile(r"\s+(?!und\b|and\b|in\b|im\b|zu\b)[a-zäöüß]")
_ADJACENT_ONLY = {"as", "als", "is", "ist", "gibt", "spricht", "leiht"}
_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:(?:in|an|auf|mit|von|für|bei|über|zu|with|for|to|of|in|on)\s+)?"
    r"(?:der|die|das|dem|den|dessen|deren|who|whom|which|whose)\b"
    # ", der Tschetschene – gespielt von X –": an article before a noun and a dash starts no clause
    r"(?!\s+[A-ZÄÖÜ][\w\-]+\s+[–—]\s)"
    r"[^,;.]*(?:,|(?=;)|(?=\.\s*$)|$)"
)
_CAST_HEADING = re.compile(
    r"^\s*(?:#+\s*)?(?:(?:die|the|main|full|principal|supporting|weitere|further|vollständige|complete)\s+)?"
    r"(?:besetzung|\w*darsteller\w*|cast|starring|mit(?=\s*:|\s*$)|in den (?:haupt)?rollen|stimmen|ensemble|"
    r"mitwirkende|voices|"
    r"(?:die\s+|the\s+)?(?:rollen|roles|figuren|characters))\b(?!\s+(?:as|als)\b)",
    re.I,
)
_LIST_PAIR = re.compile(
    r"^\s*(?:[-*•]\s*)?(?P<left>[^:–—]+?)\s*(?::|–|—|\s--?\s|\.{2,})\s*(?P<right>.+?)\s*$"
)
# Two or more such lines in a row are a cast list even under no heading: "Jürgen Prochnow – Der Alte".
_DASHED_PAIR = re.compile(
    r"^\s*(?:[-*•]\s*)?[A-ZÄÖÜ][^:–—.!?]{2,40}?\s*(?:–|—|\s--?\s|\.{2,}|…+)\s*[\"„“]?[A-ZÄÖÜ][^.!?]{1,40}$"
)
# Under a cast heading only (elsewhere "The Faun / The Pale Man – X" names two roles): "X / "Baron" Y".
_SLASH_PAIR = re.compile(r"^\s*(?:[-*•]\s*)?(?P<left>[^/]+?)\s+/\s+(?P<right>.+?)\s*$")
# A credit line with a dotted leader or a dash instead of a colon: "Director ....... X", "Musik – X".
_LEADER_LINE = re.compile(
    r"^\s*(?:[-*•]\s*)?(?P<key>[\wÄÖÜäöüß ./]{2,40}?)\s*(?:\.{3,}|…+|\s[–—-]\s)\s*(?P<value>\S.*)$"
)


# An interview's speaker labels, or a speaker's initials ("LZ:").
_TURN_LABEL = re.compile(r"(?i:frage|antwort|question|answer|interviewer|q|a|f)|[A-ZÄÖÜ]{2,3}")


# A transcript's speaker in capitals, with the name in brackets: "SUNIL MATHUR:", "PRESENTER (Claire Hobbs):".
# A form's or a programme's fields, which name no role: "Thema:", "Kurs:", "Datum:", "Saal:".
_FORM_KEY = re.compile(
    r"(?i:thema|topic|fach|kurs|klasse|jahrgang\w*|datum|date|name|lehrer\w*|schule|school|saal|eintritt|"
    r"uhrzeit|genre|subject|class|teacher|reihe|series|sektion|section|strand|format|"
    r"moderation|moderator\w*|studiogast|gast|gäste|guests?|host|presenter|interviewer\w*|redaktion)"
)
# A role described, then named in an apposition: "the villain, Lee Woo-jin, is …", "der Schurke, X, ist …"
_ROLE_NOUN_APPOSED = re.compile(
    r"\b(?i:the|der|die|das)\s+(?:[a-zäöüß\-]+\s+)?(?:[a-z\-]+|[A-ZÄÖÜ][a-zäöüß]+),\s*$"
)
_SHOUTED_LABEL = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ.\-' ]{1,30}(?:\s*\([^()]{2,40}\))?")
_SHOUTED_TURN = re.compile(rf"^\s*(?P<key>{_SHOUTED_LABEL.pattern})\s*:\s*(?P<value>.+)$")


def _speaker_turn(key: str, value: str) -> bool:
    """Whether "key: value" is an interview's turn: a speaker's label (no job, no value, no cast
    heading) before a sentence of their own."""
    label = key.strip(" *_")
    if re.fullmatch(_ALIAS_LABEL, label, re.I):
        return False  # "**Originaltitel:** Manbiki kazoku · Japan 2018 · 121 Minuten · OmU"
    labelled = _TURN_LABEL.fullmatch(label) or (
        _SHOUTED_LABEL.fullmatch(label) and not (_is_credit_key(key) or _CAST_HEADING.match(key))
    )
    if labelled and not _CREW_CUE.search(key):
        return True  # "Antwort: Ja, das war unglaublich.", "LZ: Nie von innen.": short, but said
    return (
        len(key.split()) <= 3
        and not _is_credit_key(key)
        and not _CREW_CUE.search(key)
        and not _CAST_HEADING.match(key)
        and len(value.split()) >= 8
    )


# An interviewer addresses the one interviewed: "Frau Lischka, …", "Mr Hale, …".
_ADDRESSED = re.compile(r"\b(?:Frau|Herr|Mr|Mrs|Ms|Miss)\.?\s+(?P<surname>[A-ZÄÖÜÀ-Þ][\w\-]+)")
_I_PLAY = re.compile(
    r"^\W*(?:ich|i)\s+(?:spiele|spielte|verkörpere|verkörperte|play|played|portray|portrayed)\s+"
    r"(?:(?:die|den|das|the|a|an)\s+)?(?P<role>[\w\-]+(?:\s+[A-ZÄÖÜÀ-Þ][\w\-]+)*)"
    r"(?:,\s+(?P<name>[A-ZÄÖÜÀ-Þ][\w\-]+(?:\s+[A-ZÄÖÜÀ-Þ][\w\-]+)*))?",
    re.I,
)


def _interviewee(text: str, found: list[list[Name]]) -> str:
    """The person an interview is with: the one full name whose surname the interviewer addresses."""
    surnames = {fold(m.group("surname")) for m in _ADDRESSED.finditer(text)}
    people = {
        n.text
        for names in found
        for n in names
        if n.tokens >= 2 and fold(n.text).split()[-1] in surnames and not _ADDRESSED.match(n.text)
    }
    return people.pop() if len(people) == 1 else ""


def _first_person_role(sentence: str) -> str:
    """The role an interviewed actor says they play: "Ich spiele die Mutter, Margit Kogler"."""
    said = _I_PLAY.match(sentence)
    if said is None:
        return ""
    role = said.group("name") or said.group("role")
    return "" if fold(role) in STOPWORDS or not role[:1].isupper() else role


# A name that is a place or a body, not a person: a school or a church ("New York University" is no one)…
_SCHOOL_WORDS = (
    r"Academy|Akademie|University|Universität|College|School|Schule|Museum|Institute?|Church|Kirche|Hotel"
)
_SCHOOL = re.compile(rf"\b(?:{_SCHOOL_WORDS})\b")
# … and with a company, a theatre or a festival, gives no surname ("the Royal Danish Academy": no "Danish").
_INSTITUTION = re.compile(
    rf"\b(?:{_SCHOOL_WORDS}|Theatre|Theater|Festival|Company|Studios?|Pictures|Orchestra|Orchester|Society|"
    r"Gesellschaft)\b"
)


def _camera_key(key: str) -> str:
    """ "Bild: X", "camera >> X": the camera, as a credits line shortens it, is "Kamera"."""
    return "Kamera" if re.fullmatch(r"\s*(?:bild|camera)\s*", key, re.I) else key


def _is_credit_key(key: str) -> bool:
    """Whether a line's label names a job or a value ("Kamera / Bildgestaltung", "Drehort")."""
    key = _camera_key(key)
    words = re.findall(r"[\wäöüß]+", _CREW_CUE.sub(" ", key).lower())
    crew = bool(_CREW_CUE.search(key)) and all(word in _INFO_KEY_FILLER for word in words)
    return crew or any(pattern.match(key.strip()) for pattern in INFO_KEYS.values())


_INFO_LINE = re.compile(
    # "Schnitt, Ausstattung und Kostüme: X": a key may list several jobs
    r"^\s*(?:[-*•]\s*)?(?:\*\*)?(?P<key>[\wÄÖÜäöüß ./]{2,40}?(?:,\s*[\wÄÖÜäöüß ./&]{2,30}?)*)(?:\*\*)?"
    r"\s*:\s*(?P<value>.+)$"
)

# Non-person facts: the cue that says what the sentence states.
VALUE_CUES: dict[str, re.Pattern[str]] = {
    "runtime": re.compile(
        r"\b(länge|laufzeit|dauert|dauer|spieldauer|running time|runtime|run time|runs|long|lang|läuft)\b",
        re.I,
    ),
    "release": re.compile(
        r"\b(uraufgeführt|uraufführung|\w*premiere\w*|premiered|released|release|erschien\w*|erscheinungsjahr|"
        r"kinostart|kinoauswertung|theatrical (?:release|run)|startete|in die (?:\w+ )?kinos|"
        r"kam\b.{0,40}\bin die|in cinemas|in theaters|opened|"
        r"läuft\b.{0,30}\bin den (?:\w+ )?kinos|"
        r"debuted|came out|hit (?:\w+ )?(?:cinemas|theaters|theatres|screens)|im wettbewerb|in competition|"
        r"screened|veröffentlicht|aus dem jahr|erstaufführung|opens|im kino|streaming|"
        r"(?:first )?shown (?:at|in|on)|gezeigt|lief (?:in|im|auf|beim|bei))\b|"
        r"\b(1[89]\d\d|20\d\d)\s+(film|movie)\b",
        re.I,
    ),
    "setting": re.compile(
        r"\b(spielt(?:e)? (?:in|im|auf|an|am|um|während|zur|zu)|handlung spielt|schauplatz|handlungsort|"
        # "erzählt von der Überwachung eines Paars im Ost-Berlin des Jahres 1984", "pendelt zwischen"
        r"erzählt (?:von|vom|die geschichte)|pendelt zwischen|tells the story of|"
        r"trägt sich|spielt sich|ereignet sich|"  # "Die Geschichte trägt sich … zu"
        # "Wir sind in Göttingen, im Herbst des Jahres 1924."
        r"^\W*(?:wir sind|wir befinden uns|we are|we're) (?:in|im)(?= [A-ZÄÖÜ])|"
        r"is set|are set|set in|set on|takes place|took place|unfolds|angesiedelt|verlegt|"
        r"the setting (?:is|was)|"  # "The setting is a state-housing estate in South Auckland"
        r"(?:set )?against the backdrop of|vor der kulisse|"
        r"(?:relocat\w*|moved|moves|transpos\w*) (?:its |the )?(?:story|action|plot) to|"
        r"(?:führt|versetzt|entführt) (?:uns|den zuschauer|die zuschauer|das publikum) (?:\w+ )?"
        r"(?:in|nach|an|auf)|"
        r"(?:takes|transports|whisks) (?:us|the viewer|viewers|the audience) (?:\w+ )?(?:to|into))\b",
        re.I,
    ),
    "filming_location": re.compile(
        r"\b(gedreht|drehort\w*|dreharbeiten|drehte|entstand|entstanden|shot on location|shot in|shot on|"
        r"(?:was|were) (?:\w+ ){0,2}?shot|"
        r"shot (?:almost|entirely|mostly|largely|mainly|partly) |"
        r"(?:was|were) made (?:\w+ ){0,2}(?:on|in|at) |"
        r"filmed|filming|shooting took place|on location|principal photography|lensed (?:\w+ )?(?:at|in|on)|"
        r"cameras rolled|kameras liefen|stands? in for|stood in for|doubles? for|doubled for)\b",
        re.I,
    ),
    "based_on": re.compile(
        r"\b(the source was|die vorlage (?:war|ist|lieferte)|(?:basiert|beruht|basierend)(?: \w+)? auf|"
        r"nach (?:dem|einem|der|einer|den|zwei|drei) (?:gleichnamigen |[a-zäöüß]+e[nmr]? )?(?:roman|buch|"
        r"theaterstück|bühnenstück|stück|comic|drama|märchen|kurzgeschichte|erzählung|novelle|geschichte)\w*|"
        r"nach motiven|vorlage|(?:literatur|roman|buch|comic)?verfilmung|adaption|based (?:\w+ )?on|"
        r"based (?:the|his|her|their) (?:story|film|script|screenplay|plot) on|"
        r"adapted (?:by [^,.;]{1,40} |(?:the|his|her|their) (?:screenplay|script|film|story|material) )?from|"
        r"adaptation of|adapting|adapts|inspired (?:\w+ )?by|"
        r"inspiriert von|ausgehend von|"
        r"wahren begebenheit\w*|true events|true story|"
        r"adaptiert\w*|geht auf|ging auf|draws on|drew on|drawing on|wahre geschichte|wahren geschichte|"
        r"lehnt sich (?:\w+ )?an|lehnte sich (?:\w+ )?an|began (?:its )?life as|started (?:out )?as|"
        r"from (?:a|an|the) (?:\w+ )?(?:story|novel|novella|book|play|short story|memoir) by|"
        r"gr(?:ew|ows) out of|wuchs aus)\b",
        re.I,
    ),
}
# "a film by X", "ein deutscher Kriegsfilm von X", "Xs Spielfilmdebüt", "X's Lost in Translation".
_FILM_NOUN = (
    r"(?:\w*film\w*|movie|feature|drama|debut|debüt|werk|work|komödie|comedy|thriller|western|"
    r"melodram\w*|tragikomödie|spielfilmdebüt|adaptation|adaption|(?:literatur|roman)?verfilmung|epic|epos|"
    r"saga|masterpiece|"
    r"meisterwerk|klassiker|classic|directorial debut|regiedebüt|breakthrough|durchbruch)"
)
_MONTHS = (
    r"januar|january|jänner|februar|february|märz|march|april|mai|may|juni|june|juli|july|august|"
    r"september|oktober|october|november|dezember|december"
)
DATE = re.compile(
    rf"\b\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d\d\b|\b\d{{1,2}}\.?\s+(?:{_MONTHS})\s+\d{{4}}\b|\b(?:{_MONTHS})\s+\d{{1,2}},?\s+\d{{4}}\b|"
    rf"\b(?:{_MONTHS})\s+\d{{4}}\b|\b(?:1[89]\d\d|20\d\d)\b",
    re.I,
)
# "At 162 minutes, the film …", "der 121 Minuten lange Film", "a 104-minute film".
_AT_LENGTH = re.compile(
    r"\b(?:at|mit|(?:film|movie|feature|werk) (?:of|von))\s+(\d{2,3})\s+(?:minutes|minuten)\b|"
    r"\b(\d{2,3})[\s-](?:minutes?|minuten)[\s-](?:long|lange\w*|film|movie|feature)\b|"
    # "a taut 97-minute chamber drama", "der 89-minütige Film"
    r"\b([4-9]\d|1\d\d|2\d\d)-(?:minute|minütig\w*)\b|"
    # "At a brisk 88 minutes", "In knapp 95 Minuten erzählt", "its 124 minutes", "Die 127 Minuten von"
    r"\b(?:at|in)\s+(?:a\s+)?(?:[a-zäöüß]+\s+)?([4-9]\d|1\d\d|2\d\d)\s+(?:minutes|minuten)\b(?!\s+(?:of|lang|long))|"
    r"\b(?:its|seine[n]?|ihre[n]?|die|the)\s+([4-9]\d|1\d\d|2\d\d)\s+(?:minutes|minuten)\s+(?:of|von)\b",
    re.I,
)
# "Nebelland (D 2019, 112 Min.)": the runtime in a title's credit brackets.
_CREDIT_RUNTIME = re.compile(
    r"\((?:[^()]*?,\s*)?(\d{2,3})\s?(?:min\.?|minuten|minutes|mins?)(?!\w)[^()]*\)()", re.I
)
# "„Der Sturm“ (2019)", "Der Sturm (Deutschland 2019)": the year in brackets after a title.
_TITLE_YEAR = re.compile(
    r"(?:[“”\"*]\s*\(|\((?:[A-ZÄÖÜ][\w./]*\s*){1,3})(?P<year>(?:18|19|20)\d\d)\b(?=[^()]*\))"
)
_YEAR_FILM = re.compile(
    rf"\b(?:a|an|ein|eine|einem|einen)\s+(?P<year>(?:18|19|20)\d\d)\s+(?:[\w\-]+\s+){{0,3}}?(?:{_FILM_NOUN})\b",
    re.I,
)
# A listing's credit line: "Comedy drama, UK 1983, colour, 111 mins.", "Drama, D 2018, 95 Min."
_CREDIT_YEAR = re.compile(
    r"(?:^|,\s*)(?:(?P<country>(?-i:[A-Z]{1,3})(?:/(?-i:[A-Z]{1,3}))*)\s+|[A-ZÄÖÜ][\w.]{0,14}(?:/[A-ZÄÖÜ][\w.]{0,14})*\s+)?"
    r"(?P<year>(?:19|20)\d\d)\s*(?=,|\.?\s*$)"
)
# A credits block's last line: "Hongkong/Frankreich 2000, 98 Minuten."
_COUNTRY_YEAR_LENGTH = re.compile(
    r"\W*[A-ZÄÖÜ][\w.]+(?:/[A-ZÄÖÜ][\w.]+)*\s+(?:19|20)\d\d,\s*\d{2,3}\s?(?:min\.?|mins|minutes|minuten)\W*",
    re.I,
)
_CREDIT_LINE_RUNTIME = re.compile(r",\s*(\d{2,3})\s?(?:min\.?|mins|minutes|minuten)(?=\s*(?:[.,;]|$))", re.I)
DURATION = re.compile(r"\b(\d{2,3})\s?(?:minuten|min\.|minutes|mins?)\b", re.I)
_FILM_RELEASE = re.compile(r"kino|premiere|uraufgeführt|uraufführung|cinemas|theaters|festival", re.I)
_PREMIERE = re.compile(
    r"urauf[fg]|premi|festival|debut|wettbewerb|competition|screened|shown|lief|gezeigt", re.I
)
_FESTIVAL = re.compile(
    r"festival|berlinale|cannes|venedig|venice|filmfest|oscars?|awards?|bilanz|bericht|report|"
    r"jahrgang|wettbewerb|competition|retrospektive|retrospective|rückblick|rueckblick|preisträger|"
    r"gewinner|winners",
    re.I,
)
_ALIAS_LABEL = (
    r"originaltitel|original title|internationaler titel|international title|englischer titel|"
    r"english title|deutscher titel|german title|french title|französischer titel|verleihtitel|"
    r"auch bekannt als|also known as|"
    r"released as|aka|us-titel|us title|unter dem titel|international als|"
    r"(?:(?:released|known|shown) )?(?:in (?:germany|the us|the uk|britain|america|north america) )as|"
    r"(?:released|known|shown|titled) in (?:the )?(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+))? as|"
    r"(?:in deutschland|hierzulande|in den usa|im englischsprachigen raum) (?:als|unter)"
)
# A language named before another title of the film: "(englisch The Captain from Kiel)", "(jap. …)"
_LANGUAGE_LABEL = (
    r"dt\.|engl\.|deutsch|englisch|english|german|jap\.|japanisch|japanese|franz\.|französisch|french|"
    r"ital\.|italienisch|italian|span\.|spanisch|spanish|orig\.|original|international"
)
_ALIAS_LABELLED = re.compile(
    rf"\b(?:{_ALIAS_LABEL})\b\s*(?::\s*|(?:lautet|heißt|ist|is|was|war)\s+)?(?P<alias>„[^“”\"]+[“”\"]|\"[^\"]+\"|“[^”]+”|\*[^*]+\*|«[^»]+»|"
    r"[^\s,.;()·•|][^,.;()\n·•|]{0,60})",
    re.I,
)
# "In den USA lief der Film als „Marianne and Juliane“", "gewann er als „The Lives of Others“ den Oscar",
# "ist der Film als „Wings of Desire“ bekannt": a quoted title after "als" that a release verb governs
_ALIAS_ALS = re.compile(
    r"\b(?:lief|läuft|kam|kommt|startete|erschien|gewann|ist|wurde|released|known|shown|distributed|won)\b"
    r"[^.;„“\"]{0,40}?\b(?:als|as)\s+(?P<alias>„[^“”\"]+[“”\"]|\"[^\"]+\"|“[^”]+”|«[^»]+»)"
    # "…, in Großbritannien als „The German Sisters“": the next country's title in the same sentence
    r"|,\s+(?:in|im)\s+[A-ZÄÖÜ][\w\s]{1,30}?\s+(?:als|as)\s+(?P<also>„[^“”\"]+[“”\"]|\"[^\"]+\"|“[^”]+”)",
    re.I,
)
_ALIAS_PAREN = re.compile(
    r"(?P<title>„[^“”\"\n]+[“”\"]|\"[^\"\n]+\"|“[^”\n]+”|\*[^*\n]+\*|«[^»\n]+»)\s*\(\s*"
    rf"(?:(?:{_ALIAS_LABEL}|{_LANGUAGE_LABEL})\s*:?\s*)?"
    r"(?P<alias>[^()\n]{2,80}?)\s*\)",
    re.I,
)
# Words around a quoted title that say it is a film: a prize, a director, "Film".
_WORD_BEFORE = re.compile(r"\b(?i:word|wort|name|term|begriff|label|phrase|ausdruck|motto)\s*$")
_SONG_CONTEXT = re.compile(
    r"\b(?:song|songs|lied|lieder|single|album|track|titelsong|titellied|chanson|ballad|ballade|hymne|hymn)\b",
    re.I,
)
_WORK = re.compile(
    r"\b(\w*film\w*|movie|\w*preis\w*|debüt|debut|palme|bär\w*|bear|award\w*|prize|won|gewann|gewinner\w*|"
    r"winner|oscar\w*|ausgezeichnet|"
    r"regie\w*|directed|director|von [A-ZÄÖÜ]|by [A-Z]|wettbewerb|competition|premiere\w*|drama|"
    r"komödie|comedy)\b"
    r"|\w+(s|'s|’s)\s*$",
    re.I,
)
_YEAR_IN_TITLE = re.compile(r"\((1[89]\d\d|20\d\d)\)")


@dataclass(frozen=True, slots=True)  # slots: 35,000 facts at 7,000 articles load faster
class Fact:
    """One statement about a film: `kind` is cast, a crew job or a value kind; for cast,
    `subject` is the character and `value` the actor. `start`/`end` are the sentence's offsets."""

    kind: str
    film: str
    value: str
    subject: str
    source: str
    start: int
    end: int
    sentence: str
    detail: str = ""  # e.g. "premiere" for a release fact


@dataclass
class FilmTitle:
    """A film an article covers: its display title, other titles, and year where stated."""

    title: str
    aliases: list[str] = field(default_factory=list)
    year: str = ""


_STORED_FACT = ("kind", "film", "value", "subject", "start", "end", "sentence", "detail")


@dataclass
class DocumentFilms:
    """What one article says about films: which, where in the text, and the facts."""

    source: str
    language: str
    films: list[FilmTitle]
    segments: list[tuple[int, int, str]]  # sentence offsets -> film title ("" = no one film)
    facts: list[Fact]
    names: list[tuple[str, str]]  # (name, film title) for every name the article mentions
    people: list[str] = field(default_factory=list)  # names of people and characters, not nouns
    other_works: list[str] = field(default_factory=list)  # titles in quotes that are not its films
    name_words: dict[str, list[str]] = field(default_factory=dict)  # film -> folded words of its names

    def to_json(self) -> dict:
        """The stored form, compact because a cold start reads 7,000 of them: facts as rows
        without the article's name, and the names' words per film instead of every mention."""
        data = asdict(self)
        data["facts"] = [[getattr(f, name) for name in _STORED_FACT] for f in self.facts]
        data.pop("names")
        words: dict[str, set[str]] = {}
        for name, film in self.names:
            words.setdefault(film, set()).update(w for w in fold(name).split() if len(w) > 1)
        data["name_words"] = {film: sorted(found) for film, found in words.items()}
        return data

    @classmethod
    def from_json(cls, data: dict) -> DocumentFilms:
        source = data["source"]
        facts = [  # rows; an index from before 2026-12-05 stored dicts
            Fact(**row) if isinstance(row, dict) else Fact(row[0], row[1], row[2], row[3], source, *row[4:])
            for row in data["facts"]
        ]
        name_words = data.get("name_words")
        if name_words is None:
            name_words = {}
            for name, film in data.get("names", []):
                name_words.setdefault(film, []).extend(fold(name).split())
        return cls(
            source=source,
            language=data["language"],
            films=[FilmTitle(**film) for film in data["films"]],
            segments=[tuple(segment) for segment in data["segments"]],
            facts=facts,
            names=[],
            people=list(data.get("people", [])),
            other_works=list(data.get("other_works", [])),
            name_words=name_words,
        )

    def film_at(self, offset: int) -> str:
        for start, end, film in self.segments:
            if start <= offset < end:
                return film
        return ""


# --- titles -------------------------------------------------------------------------------------


# A year in brackets, alone or after other credits: "(1975)", "(Wim Wenders, BRD 1987)".
_YEAR_BRACKET = r"\((?:[^()]*,\s*)?(?P<year>(?:19|20)\d\d)\)"


def _clean_title(raw: str) -> str:
    """ "Metropolis (1927) – Begleitblatt …" -> "Metropolis"; quotes and emphasis removed."""
    text = re.sub(r"<[^>]*>", " ", raw).strip().strip("#").strip()  # markup is no part of a title
    quoted = QUOTED.search(text)
    if quoted and len(quoted.group()) < len(text) and not _FESTIVAL.search(text[: quoted.start()]):
        text = quoted.group()
    parts = [p for p in re.split(r"\s+[–—-]\s+|:\s+", text) if _strip_marks(_YEAR_IN_TITLE.sub("", p))]
    kept = [p for p in parts if not _GENERIC_TITLE.fullmatch(_strip_marks(p).lower())] or parts or [text]
    dated = [p for p in kept[1:] if re.search(rf"{_YEAR_BRACKET}\s*$", p)]
    if dated and not re.search(_YEAR_BRACKET, kept[0]):
        kept = dated  # "Filmabend-Tagebuch, Eintrag #47: Das Mädchen Wadjda (Wadjda, 2012)": the dated part
    first = _GENERIC_AFFIX.sub("", kept[0]).strip() or kept[0]  # "Paterson review" -> "Paterson"
    return _strip_marks(re.sub(r"\s*\([^()]*\)\s*$", "", _YEAR_IN_TITLE.sub("", first)))


# A headline part that says what kind of text follows, not which film: "Review", "Filmgespräch",
# "Post-screening talk", "Film society notes"; "Roma review" names its film.
_GENERIC_TITLE = re.compile(
    r"(?:(?:film|filmclub|club|society|post-screening|screening|kino|cinema|short|kurz|programme)\s+){0,2}"
    r"(?:\w*(?:kritik|rezension|besprechung|gespräch|notiz|notizen|tipp)|review|talk|notes|note|q\s?&\s?a|"
    r"interview|synopsis(?: and cast)?|handout|programm\w*|programme|program|begleitblatt.*|inhalt|cast|"
    r"besetzung|worksheet|arbeitsblatt|discussion|introduction|einführung)",
    re.I,
)


_GENERIC_AFFIX = re.compile(
    r"^(?:film)?(?:kritik|review|rezension)\s+(?:zu|of|von)\s+|\s+(?:film\s?)?(?:review|kritik|rezension)$",
    re.I,
)


def _unmarked(sentence: str) -> str:
    """Emphasis marks blanked ("**Cahit wird von … gespielt.**"), offsets kept."""
    return re.sub(r"\*+", lambda m: " " * len(m.group()), sentence)


def _strip_marks(text: str) -> str:
    return re.sub(r"<[^>]*>", " ", text).strip().strip("„“”\"«»*_‘’'").strip()


def _file_words(source: str) -> list[str]:
    """ "central_station_qa.txt" -> ["central", "station", "qa"]: the words a file is named by."""
    return re.split(r"[_\-\s]+", source.rsplit("/", 1)[-1].rsplit(".", 1)[0])


def _body_lines(document: Document) -> list[str]:
    return [line for line in document.text[document.body_start :].splitlines() if line.strip()]


def main_titles(document: Document) -> list[str]:
    """The film(s) an article is about, from front matter, heading, first line or file name."""
    return [_as_written(title, document.text) for title in _main_titles(document)]


def _as_written(title: str, text: str) -> str:
    """ "LOCAL HERO ★★★★★" -> "Local Hero" where the text writes it so; stars and the like off."""
    title = re.sub(r"[\s★☆*✶✩]+$", "", title).strip() or title
    if title.isupper() and len(title) > 3:
        for match in re.finditer(rf"\b{re.escape(title)}\b", text, re.I):
            if not match.group().isupper():
                return match.group()
        return title.title()
    return title


def _main_titles(document: Document) -> list[str]:
    listed = [t for t in (document.metadata.get("film") or "").split("\n") if t.strip()]
    if listed:
        return [_strip_marks(t) for t in listed]
    headline = document.metadata.get("title", "")
    spoken = QUOTED.fullmatch(headline.strip()) and len(headline.split()) > 6  # a line quoted as headline
    if headline and not spoken:
        body_text = document.text[document.body_start :]
        title = _named_part(headline, body_text) or _clean_title(headline)
        return [_film_headline_is_about(headline, body_text, title) or title]
    lines = _body_lines(document)
    stem_words = _file_words(document.source)
    body = fold(document.text)
    spelt_body = f" {_spelt_out(body)} "  # "wir_koennen_auch_anders" is "Wir können auch anders"
    stem = ""
    for size in range(len(stem_words), 0, -1):
        candidate = " ".join(stem_words[:size])
        if fold(candidate) and f" {_spelt_out(fold(candidate))} " in spelt_body:
            stem = candidate
            break
    if len(lines) > 1 and QUOTED.fullmatch(lines[0].strip()):
        # „Man hält beim Zuschauen die Luft an“ over "X über „Atmen“, …": a pull quote is no title;
        # the line below names the film, in quotes, and the text names it again
        quoted = [_strip_marks(q.group()) for q in QUOTED.finditer(lines[1])]
        named = [title for title in quoted if body.count(fold(title)) >= 2]
        if named:
            return [named[0]]
    first = _clean_title(lines[0]) if lines else ""
    first_is_title = first and len(first.split()) <= 8 and not first.endswith(("?", "!", "."))
    # "Re: Hidden gems of 80s world cinema?? (thread #412)": a forum post's subject, no title;
    # "KINO IM HINTERHOF · Monatsprogramm", "MDR FERNSEHEN · Mittwoch · 22:50 Uhr": a listing's header
    if lines and (
        re.match(r"^\s*(?:re|aw|fwd?|wg)\s*:|.*\?\s*(?:\([^()]*\))?\s*$", lines[0], re.I)
        or (("·" in lines[0] or "|" in lines[0]) and _LISTING_HEADER.search(lines[0]))
    ):
        first_is_title = False
    if (
        first_is_title
        and stem
        and _SHOW_HEADER.search(" ".join(lines[:2]))  # "Kulturwelle – „…“" over "Transkript der Sendung …"
        and f" {_spelt_out(fold(first))} " not in f" {_spelt_out(fold(' '.join(stem_words)))} "
    ):
        first_is_title = False  # "Kulturradio – „Kino im Ohr“, Sendung vom 9. Mai": the show, not its film
    named_again = fold(first) and body.count(fold(first)) >= 2  # „Der stille Hafen“ von … in the text
    after_first = document.text[document.body_start + len(lines[0]) :] if lines else ""
    about = (  # "# Two women, one gaze: X on Portrait of a Lady on Fire": the whole line says it
        (_film_headline_is_about(first, after_first) or _film_headline_is_about(lines[0], after_first, first))
        if lines
        else ""
    )
    if first_is_title and about:
        return [about]  # "# Sandra Berg on The Storm": an interview's heading

    # "# ICH BIN DEIN MENSCH" in "presseheft_ich_bin_dein_mensch.md": the file names the heading's film
    # too ("glaeserne" in a file name is "gläserne")
    in_file_name = (
        f" {_spelt_out(fold(first))} " in f" {_spelt_out(fold(' '.join(stem_words)))} " if first else False
    )
    if first_is_title and (
        not stem or named_again or in_file_name or fold(stem) in fold(first) or fold(first) in fold(stem)
    ):
        return [first]
    if not stem and not first_is_title:
        # "tv_der_geteilte_himmel.txt" under "MDR FERNSEHEN · Mittwoch · 22:50 Uhr": the longest run of
        # the file name's words that the text writes
        runs = [stem_words[i:j] for i in range(len(stem_words)) for j in range(i + 2, len(stem_words) + 1)]
        for run in sorted(runs, key=len, reverse=True):
            if f" {fold(' '.join(run))} " in f" {body} ":
                stem = " ".join(run)
                break
    if stem:  # as the text quotes it, article and all: "wunder_von_bern" is „Das Wunder von Bern“
        for quoted in QUOTED.finditer(document.text):
            title = _strip_marks(quoted.group())
            if re.fullmatch(rf"(?:der|die|das|the|le|la|les|il|el)\s+{re.escape(fold(stem))}", fold(title)):
                return [title]
        # as the text writes it: "paris_texas" is "Paris, Texas", "koennen" is "können"
        spelt = r"[\s,.:;\-–]+".join(_umlauts_either_way(w) for w in stem.split())
        written = re.search(rf"\b{spelt}\b", document.text, re.I)
        if written and written.group()[:1].isupper():
            return [written.group()]
        return [stem[:1].upper() + stem[1:]]
    return [first or document.title]


def _spelt_out(folded: str) -> str:
    """A folded text with umlauts as a file name spells them: "konnen", "koennen" -> "konnen"."""
    return re.sub(r"(?<=[aou])e", "", folded)


def _umlauts_either_way(word: str) -> str:
    """A file name's word as a pattern that also matches its umlauts and accents: "koennen" ->
    "k(?:oe|ö)nnen", "samourai" -> "Samouraï", "cleo" -> "Cléo"."""
    parts, at = [], 0
    while at < len(word):
        pair = word[at : at + 2]
        if pair in _SPELT_UMLAUTS:
            parts.append(f"(?:{pair}|{_SPELT_UMLAUTS[pair]})")
            at += 2
        else:
            parts.append(_ACCENTED.get(word[at], re.escape(word[at])))
            at += 1
    return "".join(parts)


_SPELT_UMLAUTS = {"ae": "ä", "oe": "ö", "ue": "ü"}
_ACCENTED = {
    "a": "[aàáâãå]",
    "e": "[eèéêë]",
    "i": "[iìíîï]",
    "o": "[oòóôõø]",
    "u": "[uùúû]",
    "c": "[cç]",
    "n": "[nñ]",
}


_PROGRAMME_AFTER = re.compile(
    r"\s+(?:sidebar|section|strand|series|programme|program|retrospective|reihe|sektion|programm|retrospektive)\b",
    re.I,
)
# A broadcast's or a podcast's header names the show, not the film it is about this time.
_SHOW_HEADER = re.compile(
    r"\b(?:sendung|folge|episode|podcast|\w*radio|transkript|transcript|broadcast|rundfunk|hörfunk)\b", re.I
)
_LISTING_HEADER = re.compile(
    r"\b(?:\w*programm\w*|program(?:me)?|spielplan|kino|cinema|fernsehen|tv|uhr|\d{1,2}[:.]\d{2}|montag|dienstag|"
    r"mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)


def _named_part(headline: str, body: str) -> str:
    """ "Grace under pressure: Lee Chang-dong's Secret Sunshine": of a headline's parts, the one the
    text names when it never names the first; a maker's possessive comes off."""
    parts = [_POSSESSOR.sub("", _strip_marks(p)) for p in re.split(r"\s+[–—-]\s+|:\s+", headline)]
    if len(parts) < 2 or _FESTIVAL.search(headline):
        return ""  # a report's headline names its occasion, not one film
    text = f" {fold(body)} "

    marked = {fold(_strip_marks(q.group())) for q in QUOTED.finditer(body)}  # "**The Cranes Are Flying**"

    def marked_start(part: str) -> str:
        """ "The Cranes Are Flying Returns": the longest start of the part the text marks as a title."""
        words = part.split()
        for size in range(len(words), 1, -1):
            if fold(" ".join(words[:size])) in marked:
                return " ".join(words[:size])
        return ""

    if fold(_clean_title(headline)) not in marked:
        raw_parts = [_strip_marks(p) for p in re.split(r"\s+[–—-]\s+|:\s+", headline)]
        for start in [marked_start(p) for p in raw_parts[1:]]:
            if start:
                return _clean_title(start)  # "Kalatozov's Flight: The Cranes Are Flying Returns"
    if f" {fold(_clean_title(headline))} " in text:
        return ""  # the text names the title the headline gives first
    counts = [text.count(f" {fold(p)} ") if fold(p) else 0 for p in parts]
    best = max(range(len(parts)), key=lambda i: counts[i])
    if best == 0 or counts[0] or counts[best] < 1:
        return ""
    return _clean_title(parts[best])


_POSSESSOR = re.compile(r"^(?:[A-ZÄÖÜ][\w\-]*\s+){0,2}[A-ZÄÖÜ][\w\-]*(?:['’]s|s)\s+(?=[A-ZÄÖÜ])")


def _film_headline_is_about(headline: str, body: str, title: str = "") -> str:
    """ "„…“ – Gespräch mit X über Gegen die Wand", "Sandra Berg on The Storm": the film a headline
    is about, when the text names that film and not the headline; else ""."""
    about = _ABOUT_FILM.search(_strip_marks(headline))
    said_by = about and (
        _INTERVIEW_HEADLINE.search(headline[: about.start()])
        or any(n.tokens >= 2 and n.end >= about.start() - 2 for n in find_names(headline[: about.start()]))
    )  # "Sandra Berg on …", "Gespräch mit X über …"; "Der Himmel über Berlin" is a title
    if not said_by:
        return ""
    text = fold(body)
    shown = title or headline  # the headline as the title would show it
    if about and f" {fold(shown)} " not in f" {text} " and fold(_strip_marks(about.group("film"))) in text:
        return _strip_marks(about.group("film"))
    return ""


_INTERVIEW_HEADLINE = re.compile(
    r"[–—:\"“”„]|\b(?:gespräch|interview|talks?|spricht|sprechen|im gespräch)\b", re.I
)
# The film a headline is about, after a quote or a person: "… – Gespräch mit X über Gegen die Wand".
_ABOUT_FILM = re.compile(
    r"\b(?:über|about|on|zu|zum film|on the making of)\s+(?P<film>[„“\"«*]?[A-ZÄÖÜÀ-Þ][^,;:()]{1,60}?)\s*$"
)


# --- facts --------------------------------------------------------------------------------------


def _flat_quotes(sentence: str) -> str:
    """The sentence with commas and semicolons inside quoted titles made spaces (same length), so a
    title's own comma ends no clause or aside."""
    return QUOTED.sub(lambda m: m.group().replace(",", " ").replace(";", " "), sentence)


def _blank(pattern: re.Pattern[str], sentence: str) -> str:
    """The sentence with `pattern`'s matches blanked (a comma kept), so offsets stay valid."""
    return pattern.sub(lambda m: "," + " " * (len(m.group()) - 1), sentence)


def _clause_bounds(sentence: str, position: int) -> tuple[int, int]:
    """The clause around `position`: between semicolons, dashes or sentence ends."""
    left = max(sentence.rfind(mark, 0, position) for mark in (";", " – ", " — "))
    right = [i for i in (sentence.find(mark, position) for mark in (";", " – ", " — ")) if i != -1]
    return (left + 1 if left != -1 else 0), (min(right) if right else len(sentence))


def _names_between(names: list[Name], start: int, end: int) -> list[Name]:
    return [name for name in names if name.start >= start and name.end <= end]


_CREW_GAP_WORDS = frozenset(
    "by von from stammt stammen stammte kommt kam schrieb schrieben komponierte komponierten führte führten "
    "stand standen stood "
    "übernahm übernahmen lag lagen war was were is ist sind is: credited für for of des der the einmal "
    "wieder erneut again also auch selbst gemeinsam together die den das wurde wurden film movie "
    "credited to an haben hat hatte hatten have has had er sie he she mit with zeichnet zeichnete "
    "zeichneten verantwortlich sorgte sorgten sorgt steuerte steuerten done fing ein zu zum zur comes come "
    "came besorgte besorgt besorgten steht stehen lag in händen hands courtesy komponierte komponiert "
    "bei aus feder penned verfasste verfassten verfasst schuf schufen lieferte lieferten "
    "shared split divided between teilten teilen geteilt".split()  # "is shared between X and Y"
)
_GAP_OWNERS = frozenset("sein seine ihr ihre his her their".split())
_KIN = frozenset(
    "vater mutter bruder schwester sohn tochter frau mann onkel tante father mother brother sister son "
    "daughter wife husband uncle aunt".split()
)
_GAP_ADVERB = re.compile(r"\w+ly|hauptsächlich|vor|allem|überwiegend|gemeinsam|zusammen")
_DESCRIBED_AFTER = frozenset("by von der die den dem des courtesy".split())  # not "the": "by the …" too often
_GAP_ARTICLES = frozenset("the a an der die den dem des seinem seinen ihrem ihren his her their".split())
# "Ry Cooder's score", "Ryuto Kondo's camera": the job follows its holder.
_POSSESSIVE_CREW = re.compile(
    r"(?P<name>[A-ZÄÖÜÀ-Þ][\w\-]+(?:\s+[A-ZÄÖÜÀ-Þ][\w\-]+){1,3})['’]s\s+(?:[a-z\-]+\s+)?"
    r"(?P<cue>score|music|soundtrack|screenplay|script|camera|camerawork|cinematography|photography|"
    r"editing|production|direction)\b"
    # "Jan Rufs Musik", "Lena Osts Kamera": the German genitive
    r"|(?P<name_de>[A-ZÄÖÜÀ-Þ][\w\-]+(?:\s+[A-ZÄÖÜÀ-Þ][\w\-]+){0,2}\s+[A-ZÄÖÜÀ-Þ][\w\-]+?)s\s+"
    r"(?:[a-zäöüß\-]+\s+)?(?P<cue_de>Musik|Filmmusik|Score|Soundtrack|Kamera|Kameraarbeit|Kamerabilder|Kameraführung|Bildgestaltung|"
    r"Drehbuch|Skript|Schnitt|Montage|Regie|Inszenierung)\b"
)
_POSSESSED_JOB = {
    **dict.fromkeys(("score", "music", "soundtrack"), "composer"),
    **dict.fromkeys(("screenplay", "script"), "writer"),
    **dict.fromkeys(("camera", "camerawork", "cinematography", "photography"), "cinematographer"),
    "editing": "editor",
    "production": "producer",
    **dict.fromkeys(("direction", "regie", "inszenierung"), "director"),
    **dict.fromkeys(("musik", "filmmusik"), "composer"),
    **dict.fromkeys(
        ("kamera", "kameraarbeit", "kamerabilder", "kameraführung", "bildgestaltung"), "cinematographer"
    ),
    **dict.fromkeys(("drehbuch", "skript"), "writer"),
    **dict.fromkeys(("schnitt", "montage"), "editor"),
}
_INFO_KEY_FILLER = frozenset(
    "by von and und of co ko & executive ausführende r s original originale additional credited "
    # other departments one person may share a line with: "Schnitt, Ausstattung und Kostüme: X"
    "ausstattung kostüme kostüm kostümbild szenenbild bauten production design costumes costume "
    "art direction".split()
)
_CREW_BEFORE_WORDS = frozenset(
    "führte führt führten übernahm übernimmt hat has had also auch selbst and und wrote schrieb "
    "produced produzierte co who adapted adaptierte hier here again erneut wieder diesmal once more "
    "ebenfalls too penned provided supplied contributed lieferte was war stand zeichnet zeichnete für "
    "steuerte steuert verfasste verfasst served serves serving as fungierte fungiert als film movie it "
    "ihn erstmals first auf dem handled handles oversaw verantwortete verantwortet".split()
)


# ", der sonst … hinter der Kamera": a lower-case word after the pronoun; ", die Musik" is an article.
_RELATIVE_OPENING = re.compile(
    r",\s+(?:der|die|who|which|that)\s+(?:[a-zäöüß][^,;:()\s]*|[„“\"*][^“”\"*]+[“”\"*])\s+[^,;:()]*$"
)


def relative_antecedent(sentence: str, position: int, names: list[Name]) -> Name | None:
    """The name a relative clause holding `position` is about ("X, der … hinter der Kamera steht")."""
    listed = _LISTED_NOUNS.sub(" ", sentence)  # "der für Ausstattung, Kostüme und Schnitt verantwortlich war"
    opening = _RELATIVE_OPENING.search(listed, 0, position)
    if opening is None:
        return None
    before = [n for n in names if n.end <= opening.start() and not sentence[n.end : opening.start()].strip()]
    if before and _GROUP_BEFORE.search(sentence, 0, before[-1].start):
        # "John Lurie, dem Saxofonisten der Band The Lounge Lizards, der auch die Musik komponiert hat":
        # a band does not compose, the one whose band it is does
        owner = [n for n in names if n.end <= before[-1].start and sentence[n.end : n.end + 1] == ","]
        return owner[-1] if owner else None
    return before[-1] if before else None


# The commas of a list of nouns inside a clause: "für Ausstattung, Kostüme und Schnitt".
_LISTED_NOUNS = re.compile(r"(?<=[a-zäöüß]),(?=\s+[A-ZÄÖÜ][a-zäöüß]+(?:,|\s+(?:und|and|or|oder|sowie)\s))")
_GROUP_BEFORE = re.compile(
    r"\b(?i:band|gruppe|group|ensemble|orchester|orchestra|chor|choir|formation|combo|label)\s+(?:(?i:the)\s+)?$"
)


_CREW_VERBS = frozenset(
    "führte führt führten übernahm übernimmt wrote schrieb produced produzierte penned provided supplied "
    "contributed lieferte steuerte steuert verfasste verfasst handled handles oversaw verantwortete "
    "verantwortet".split()
)
_MADE_WHICH = re.compile(
    r"\b(?P<cue>(?i:musik|filmmusik|score|music|soundtrack|drehbuch|script|screenplay|kamera|bilder|images))"
    r",\s+(?i:die|den|das|der|which|that)\s+(?P<name>[A-ZÄÖÜÀ-Þ][\w\-]+(?:\s+[A-ZÄÖÜÀ-Þ][\w\-]+)+)\b[^,;.]{0,60}?"
    r"\b(?i:geschrieben|komponiert|schrieb|komponierte|wrote|composed|written|gemacht|schuf|geschaffen|created|"
    r"führte|made)\b"
)
_PRODUCTION_OF = re.compile(
    r"\b(?:[Aa]n?|[Ee]ine)\s+(?P<name>[A-ZÄÖÜ][\w\-]+(?:\s+[A-ZÄÖÜ][\w\-]+){1,2})\s+(?:production|[Pp]roduktion)\b"
)
_COMPANY = re.compile(
    r"\b(?i:firma|studio|company|produktionsfirma|gesellschaft|produktionsgesellschaft|label)\s+"
    r"(?P<name>[A-ZÄÖÜ][\w\-]+(?:\s+[A-ZÄÖÜ][\w\-]+){0,3})"
)


_JOINED_CUES = re.compile(r"\s*(?:,|/|-|&|and|und|sowie)?\s*", re.I)


def _cue_chains(sentence: str, cues: list[re.Match[str]]) -> list[tuple[int, int]]:
    """For each cue, the first and last cue of the run it belongs to: "Directed and written by X",
    "Writer-director X", "Drehbuchautorin und Regisseurin X" name one person for every job."""
    chains: list[tuple[int, int]] = []
    start = 0
    for index in range(len(cues)):
        if index and not _JOINED_CUES.fullmatch(sentence, cues[index - 1].end(), cues[index].start()):
            start = index
        chains.append((start, index))
    ends: list[int] = [0] * len(cues)
    end = len(cues) - 1
    for index in range(len(cues) - 1, -1, -1):
        if index < len(cues) - 1 and chains[index + 1][0] != chains[index][0]:
            end = index
        ends[index] = end
    return [(first, ends[index]) for index, (first, _) in enumerate(chains)]


_COPULA_CUE = re.compile(r"\s+(?:was|is|war|ist)\s+(?:the|der|die)\s+", re.I)
_NEGATED_JOB = re.compile(r"\b(?:ohne|kein\w*|without|no)\s+(?:[\wäöüß\-]+\s+)?$", re.I)
# A job someone took up later, elsewhere: "who has since become a director herself"
_BECAME_JOB = re.compile(
    r"\b(?:become|became|becomes|becoming|turned)\s+(?:a|an)\s+(?:[\w\-]+\s+)?$"
    r"|\b(?:wurde|wird|ist)\s+(?:später|inzwischen|mittlerweile|selbst)\s+(?:(?:ein|eine|auch)\s+)?(?:[\wäöüß\-]+\s+)?$",
    re.I,
)
_BORN_IN = re.compile(r"\b(?:in|aus)\s+[\wäöüß\-]+\s+(?:geboren\w*|stammend\w*|born)\b")


# Jobs named like the director's that are not his: "Art direction: X", "Yoni Goodman directed the animation".
_OTHER_DIRECTION = re.compile(
    r"\b(?:art|animation|casting|music|musical|second[- ]unit|assistant|technical|dialogue) "
    r"direct(?:or|ion)\b|"
    r"\bdirect\w*\s+the\s+(?:animation|second unit|actors|orchestra|choir|dubbing)\b|"
    # "die Besetzung der Nebenrollen mit Regisseuren: Nicholas Ray, …": directors cast as actors
    r"\b(?:mit|with)\s+(?:den\s+|the\s+|other\s+|anderen\s+)?(?:Regisseuren|directors|Filmemachern|filmmakers)\b",
    re.IGNORECASE,
)


def _credited_source(line: str, value_start: int) -> str:
    """The source a writing credit names after its writers: "X, nach der Erzählung von Y"."""
    source = _SOURCE_IN_CREDIT.search(line, value_start)
    if source is None or source.group().lower() == "after":
        return ""
    phrase = phrase_after(line, source.start())
    return phrase if re.search(r"[A-ZÄÖÜ„\"*»]", phrase[3:]) else ""


_SOURCE_IN_CREDIT = re.compile(
    r"\b(?:adapted from|based on|after|nach (?:dem|der|einem|einer|motiven)|frei nach)\b", re.IGNORECASE
)


_NOT_BY_BUT = re.compile(
    r"\b(?:aber\s+)?(?:nicht|not)\s+(?:von|by)\s+[^,;]{1,40},\s*(?:sondern|but)\s+(?=(?:von|by)\b)", re.I
)
_AS_JOB_OPENING = re.compile(r"(?:^|[.;:]\s+)\W*(?i:als|as)\s+(?:[a-zäöüß\-]+\s+){0,2}$")


def _crew_facts(
    sentence: str, names: list[Name], info_key: str | None, persons: set[str]
) -> list[tuple[str, str]]:
    """(job, person) pairs the sentence states: after the cue ("Regie: X", "directed by X",
    "Die Musik komponierte X"), or right before a verb cue ("X directed", "X führte Regie")."""
    found: list[tuple[str, str]] = []
    sentence = re.sub(r"(?:(?<=\()|(?<=; )|(?<=, ))dir\.", "dir:", sentence)  # "(dir. X)", "; dir. X"
    sentence = _OTHER_DIRECTION.sub(lambda m: " " * len(m.group()), sentence)  # "art director": no director
    # "stammt aber nicht von ihm, sondern von X und Y": who it is not by says nothing
    sentence = _NOT_BY_BUT.sub(lambda m: " " * len(m.group()), sentence)
    if info_key is not None:
        # German credits: "Buch: X", "Buch und Regie: X"
        info_key = re.sub(r"(?<![\wäöüß])buch(?![\wäöüß])", "Drehbuch", info_key, flags=re.I)
        info_key = _camera_key(info_key)
        cues = list(_CREW_CUE.finditer(info_key))
        rest = re.findall(r"[\wäöüß]+", _CREW_CUE.sub(" ", info_key).lower())
        if cues and all(word in _INFO_KEY_FILLER for word in rest):  # "Written and directed by"
            value_start = sentence.index(":") + 1
            source = _SOURCE_IN_CREDIT.search(sentence, value_start)  # "X, adapted from Ke Lan's story"
            value_end = source.start() if source else len(sentence)
            for kind in dict.fromkeys(cue.lastgroup or "" for cue in cues):
                for name in _names_between(names, value_start, value_end)[:4]:
                    found.append((kind, name.text))
        return found
    cues = list(_CREW_CUE.finditer(sentence))
    job_here: dict[int, str] = {}
    if cues and _AS_JOB_OPENING.search(sentence[: cues[0].start()]):
        # "Als ausführender Produzent wirkte der taiwanische Regisseur X mit": the job he had here;
        # a later job word in its clause only describes him
        clause_end = _clause_bounds(sentence, cues[0].start())[1]
        job_here = {cue.start(): cues[0].lastgroup or "" for cue in cues if cue.start() < clause_end}
    chains = _cue_chains(sentence, cues)
    for index, cue in enumerate(cues):
        kind = job_here.get(cue.start(), cue.lastgroup or "")
        if (
            index + 1 < len(cues)
            and cues[index + 1].lastgroup == kind
            and cues[index + 1].start() - cue.end() < 4
        ):
            continue  # "Die Musik komponierte X": the later cue of the same job speaks for both
        first, last = cues[chains[index][0]], cues[chains[index][1]]
        if re.match(r"\s+sich\b|['’]s\b", sentence[cue.end() :]):
            continue  # "inszeniert sich als Diva": stages herself; "the director's own mother"
        if _BECAME_JOB.search(sentence[max(0, cue.start() - 40) : cue.start()]):
            continue  # "who has since become a director herself": not this film's director
        if _NEGATED_JOB.search(sentence[max(0, cue.start() - 40) : cue.start()]):
            continue  # "der ohne ausgeschriebenes Drehbuch arbeitete": no script, so no writer
        antecedent = relative_antecedent(sentence, cue.start(), names)
        if antecedent is not None:  # "Frank Griebe, der sonst für Tom Tykwer hinter der Kamera steht"
            if _is_person(antecedent, persons):
                found.append((kind, antecedent.text))
            continue
        low, high = _clause_bounds(sentence, cue.start())
        later = cues[chains[index][1] + 1 :]
        stop = min([high, *[c.start() for c in later if c.lastgroup != kind]])
        after = [n for n in _names_between(names, last.end(), stop) if _is_person(n, persons)]
        if after:
            gap = QUOTED.sub(
                " ", sentence[last.end() : after[0].start]
            ).lower()  # "Die Musik zu „Title“ schrieb X"
            gap = _BORN_IN.sub(" ", gap)  # "Regie führte der in Gera geborene X"
            words = re.findall(r"[\wäöüß]+", gap)
            if len(words) >= 2 and words[-2] in _GAP_ARTICLES:  # "credited to the playwright Sam Shepard"
                words = words[:-2]
            elif len(words) >= 2 and words[-2] in _GAP_OWNERS and words[-1] in _KIN:
                words = words[:-2]  # "Das Drehbuch schrieb sein Vater Zdeněk Svěrák"
            words = [w for w in words if not _GAP_ADVERB.fullmatch(w)]  # "credited mainly to"
            # "by the Malian guitarist X", "penned by playwright X", "der italienische Schriftsteller X":
            # up to two words describing the person after "by" or an article
            lead = max((i for i, w in enumerate(words) if w in _DESCRIBED_AFTER), default=-1)
            described = words[lead + 1 :]
            while described[:1] in (["of"], ["the"], ["a"], ["an"]):
                described = described[1:]  # "courtesy of the fado singer X"
            other_job = any(
                (job := _CREW_CUE.fullmatch(w)) and job.lastgroup != kind for w in described
            )  # "die Musik zum Film von Regisseur X": the director, not the composer
            if lead >= 0 and len(described) <= 2 and not other_job and "film" not in words[:lead]:
                words = words[: lead + 1]
            participle = last.group().lower() in {"shot", "written"} or last.group().lower().endswith("ed")
            plain = (
                all(word in _CREW_GAP_WORDS for word in words)
                or (
                    participle  # "Directed with icy restraint by X", "Helmed by first-timer X"
                    and not re.search(r"[A-ZÄÖÜ]", sentence[last.end() : after[0].start])
                    and not re.search(rf"\b(?:from|after|of|{_WORK_NOUN})\b", gap)  # "from a story by X"
                    and (len(words) <= 3 or (len(words) <= 6 and words[-1] in {"by", "von"}))
                )
            )
            if len(gap) <= 50 and plain:
                found += [(kind, name.text) for name in _joined(after, sentence)]
                continue
        before = [
            n
            for n in _names_between(names, low, first.start())
            if _is_person(n, persons) and not _AFTER_PLACE_WORD.search(sentence[: n.start])
        ]
        if before:
            # "Caroline Link, geboren in Bad Nauheim, verfilmte": an aside between name and verb
            between = _LEADING_ASIDE.sub(" ", sentence[before[-1].end : first.start()])
            words = re.findall(r"[\wäöüß]+", between.lower())
            verb = any(
                each.group()[:1].islower() and _VERB_CUE.search(each.group().lower())
                for each in cues[chains[index][0] : chains[index][1] + 1]
            )
            apposition = _APPOSED_CUE.match(
                sentence[before[-1].end : first.start()]
            ) or _COPULA_CUE.fullmatch(
                sentence[before[-1].end : first.start()]
            )  # "Chris Menges was the director of photography"
            if verb or any(word in _CREW_VERBS for word in words):  # "Regener schrieb das Drehbuch"
                words = [word for word in words if word not in _GAP_ARTICLES and word != "das"]
            serves_as = {"as", "als"} & set(words) and not re.search(
                r"\b(?:served|serves|serving|fungierte|fungiert)\b", sentence[low : first.start()], re.I
            )
            generic = (  # "Ori Sivan, a filmmaker and Folman's friend": a job, not this film's
                apposition
                and kind == "director"
                and re.match(r"^,\s+(?:a|an|ein|eine)\s", apposition.group(), re.I)
                and re.fullmatch(r"filmmaker|filmemacher\w*|director|regisseur\w*", cue.group(), re.I)
            )
            if (apposition and not generic) or (
                all(word in _CREW_BEFORE_WORDS for word in words) and (verb or words) and not serves_as
            ):
                found.append((kind, before[-1].text))
    for name in names:  # "Tom Hale (director)", "Anna Berg (Regie, Buch)"
        jobs = re.match(r"\s*\(([^()]{3,40})\)", sentence[name.end :])
        if jobs and not re.sub(
            r"[\W_]|\b(?:and|und|sowie)\b", "", _CREW_CUE.sub("", jobs.group(1)), flags=re.I
        ):
            found += [(job.lastgroup or "", name.text) for job in _CREW_CUE.finditer(jobs.group(1))]
    for match in _MADE_WHICH.finditer(sentence):  # "die Musik, die Moritz Engel … geschrieben hat"
        cue = _CREW_CUE.fullmatch(match.group("cue"))
        if cue:  # the name as written: "die Ludwig Hahn" reads "Ludwig" as a descriptor
            found.append((cue.lastgroup or "", match.group("name")))
    for match in _PRODUCTION_OF.finditer(sentence):  # "A Conor Flanagan production"
        found.append(("producer", match.group("name")))
    for name in names:  # "„Der Sturm“, den Maximilian Roth … produziert hat"
        # "den Maximilian Roth": the relative pronoun, not an article, so "Maximilian" is no descriptor
        whole = (
            f"{name.descriptor} {name.text}"
            if re.fullmatch(r"[A-ZÄÖÜ][\w\-]+", name.descriptor)
            else name.text
        )
        clause = re.search(r",\s+(?:den|das)\s+$", sentence[: name.start - len(whole) + len(name.text)])
        final = re.match(r"[^,;.]{0,60}?\b(\w+)\s+(?:hat|hatte|haben|hatten)\s*[,.;]", sentence[name.end :])
        cue = final and _CREW_CUE.fullmatch(final.group(1))
        if clause and cue and (whole != name.text or _is_person(name, persons)):
            found.append((cue.lastgroup or "", whole))
    for match in _POSSESSIVE_CREW.finditer(sentence):
        cue = (match.group("cue") or match.group("cue_de")).lower()
        words = (match.group("name") or match.group("name_de")).split()
        while len(words) > 2 and is_not_name(words[0]):  # "Under Owen Price's direction"
            words = words[1:]
        found.append((_POSSESSED_JOB[cue], " ".join(words)))
    if not any(kind == "producer" for kind, _ in found):
        for cue in _CREW_CUE.finditer(sentence):  # "produziert von der Firma Prana-Film": a company
            if cue.lastgroup == "producer":
                _, high = _clause_bounds(sentence, cue.start())
                company = _COMPANY.search(sentence, cue.end(), min(high, cue.end() + 80))
                if company:
                    found.append(("producer", company.group("name")))
                    break
    return found


# "ein Film von X", "der zweite Spielfilm des Hamburgers X"
# "Moody drama from Siobhan Keogh", "a horror picture from Icelandic newcomer X", "the latest from X"
_MADE_BY = re.compile(
    rf"\b(?:{_FILM_NOUN}|picture|latest|newest)\s+(?:(?:von|by|from)\s+(?:(?:the|der|dem)\s+)?"
    r"(?:[\w\-]+\s+){0,2}?|(?-i:des\s+[A-ZÄÖÜ]\w+(?:s|en))\s+|"
    # "der zweite Langfilm der Österreicherin X": her film, unless she is an actress in it
    r"(?-i:der\s+(?!Schauspielerin|Darstellerin|Hauptdarstellerin)[A-ZÄÖÜ]\w+in)\s+)$",
    re.I,
)


_ORDINAL = (
    r"(?:new|latest|first|second|third|fourth|fifth|last|debut|neue\w*|erste\w*|zweite\w*|letzte\w*|"
    r"dritte\w*|vierte\w*|fünfte\w*|späte\w*|jüngste\w*)"
)
_MADE = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,6}?(?:made|making|shot|directed|directs|helmed|filmed|drehte|inszenierte|inszeniert|"
    r"realisierte|verfilmte)\s+"
    r"(?:(?:dort|there|hier|here|im|in|\d{4})\s+){0,2}(?P<title>[„\"*“]?[A-ZÄÖÜ0-9].{0,60})"
    # "Anna Berg hat „Der Sturm“ in nur 20 Tagen gedreht"
    # "… hat mit „Der Sturm“ nun ein Drama für Erwachsene gedreht", "… einen zärtlichen Film vorgelegt"
    r"|^(?:\s*[–—,][^–—,;]{1,80}[–—,])?\s+(?:(?:hat|hatte)\s+)?(?:(?:nun|jetzt|auch|erstmals|endlich)\s+)?"
    r"(?:mit\s+)?"
    r"(?P<object>[„\"*“][^“”\"*]{1,60}[“”\"*])\s+(?:[\w\-]+\s+){0,8}?"
    r"(?:inszeniert|gedreht|realisiert|verfilmt|vorgelegt)\b"
)
# "Tom Hale has made his best film", "Anna Berg hat ein stilles Drama inszeniert" (in a sentence that
# names the film), "Anna Berg hat den Film gedreht": the maker, with the film as the object.
_MADE_FILM = re.compile(
    rf"^\s+(?:(?:has|had|hat|hatte)\s+)?(?:[\w\-]+\s+){{0,2}}?"
    rf"(?:(?P<verb>made|directed|shot|filmed|helmed|drehte|inszenierte|realisierte)\s+)?"
    rf"(?P<object>(?:the|this|his|her|a|an|den|diesen|seinen|ihren|einen|ein|sein|ihr)\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"{_FILM_NOUN})\b(?:\s+(?:[\w\-]+\s+){{0,4}}?(?P<participle>inszeniert|gedreht|realisiert|verfilmt|"
    rf"gemacht)\b)?",
    re.I,
)
_DEFINITE_FILM = re.compile(r"^(?:the|this|den|diesen)\s+(?:film|movie)$", re.I)
# "The Storm was Tom Hale's breakthrough", "„Der Sturm“ ist Anna Bergs Debüt": the title is the subject.
_TITLE_IS = re.compile(
    r"(?:„([^“”]+)[“”]|\"([^\"]+)\"|\*([^*]+)\*|([\w\-]+(?: [\w\-]+){0,4}))\s*(?:\(\d{4}\)\s*)?"
    r"(?:is|was|marks|remains|became|ist|war|bleibt|wurde)\s+(?:(?:also|auch|clearly|eindeutig)\s+)?$",
    re.I,
)


# A passive cast verb just before "<name> von X": "Gespielt wird Wadjda von …", "portrayed … by"
_CAST_PASSIVE_BEFORE = re.compile(
    r"\b(?:gespielt|verkörpert|dargestellt|played|portrayed)\b[^.;:]{0,30}$", re.IGNORECASE
)


def _makers(sentence: str, names: list[Name], films: dict[str, FilmTitle], persons: set[str]) -> list[str]:
    """Directors named as a film's maker: "„Title“ von X", "ein Film von X", "a film by X",
    "X's Title", "Xs Debüt „Title“" (the title one of this article's films)."""
    forms = [fold(form) for film in films.values() for form in [film.title, *film.aliases] if form]
    names_film = any(form in fold(sentence) for form in forms)
    found = []
    for name in names:
        person, after = name.text, sentence[name.end : name.end + 80]
        # Name runs swallow what follows a genitive: "Sofia Coppola's Lost", "Noras Spielfilmdebüt".
        owner = re.match(r"^(?P<person>.+?)['’]s(?:\s+(?P<rest>.+))?$", person)
        tokens = person.split()
        noun_at = next(
            (
                i
                for i in range(1, len(tokens))
                if re.fullmatch(_FILM_NOUN, tokens[i], re.I) and tokens[i - 1][-1:] == "s"
            ),
            None,
        )
        if owner:
            person, after = owner.group("person"), "'s " + (owner.group("rest") or "") + after
        elif noun_at is not None:
            person, after = " ".join(tokens[:noun_at])[:-1], "s " + " ".join(tokens[noun_at:]) + after
        elif len(tokens) == 1 and person.endswith("s") and fold(person[:-1]) in persons:
            person, after = person[:-1], "s" + after  # "Hausners „Der Sturm“"
        elif (
            len(tokens) >= 2
            and person.endswith("s")
            and re.match(rf"\s+{_ORDINAL}\s+{_FILM_NOUN}\b", after, re.I)
        ):
            person, after = person[:-1], "s" + after  # "Paula Hahns zweiter Spielfilm"
        elif not _is_person(name, persons):
            continue
        if len(person.split()) < 2 and fold(person) not in persons:
            continue
        before = sentence[max(0, name.start - 60) : name.start]
        title_before = re.search(  # "„Title“ von X", "Title (1948) von X"
            r"(?:„([^“”]+)[“”]|\"([^\"]+)\"|\*([^*]+)\*|([\w\-]+(?: [\w\-]+){0,4}))\s*"
            r"(?:\(\d{4}\)\s*)?,?\s*(?:von|by)\s+$",
            before,
        )
        quoted = title_before and any(
            f" {fold(next(g for g in title_before.groups() if g))}".endswith(f" {form}") for form in forms
        )
        of_person = _TITLE_OF_PERSON.search(before)  # "„Morgenröte“ der Finnin X": her film
        quoted = quoted or bool(of_person and fold(of_person.group("title")) in forms)
        genitive = re.match(
            rf"^(?:['’]s?|s)\s+(?:{_ORDINAL}\b\s*)?(?:{_FILM_NOUN}\b\s*)?,?\s*[„\"*]?(?P<title>[^„“”\"*,.;]+)",
            after,
            re.I,
        )
        titled = genitive and any(fold(genitive.group("title")).startswith(form) for form in forms)
        # "Fatih Akins Drama lief im Wettbewerb": the maker of the film the sentence is about
        untitled = re.match(
            rf"^(?:['’]s?|s)\s+(?:(?:19|20)\d\d\s+)?(?:{_ORDINAL}\s+)?{_FILM_NOUN}"
            r"(?:\s+(?!(?:as|als)\b)[a-zäöüß]|\s*[,;.])",  # "X's first film as a lead actress" made nothing
            after,
            re.I,
        )  # "Vittorio De Sica's 1948 film played the piazza", "It is Paula Hahn's second feature."
        titled = titled or (untitled and len(person.split()) >= 2 and not QUOTED.search(sentence))
        # "The Storm, Jessica Hausner's third feature, …": the title, then its maker's film
        apposed = re.search(r"(?:^|[„\"*“])?([^„“”\"*,.;]+)[“”\"*]?\s*,\s+$", before)
        owned = re.match(rf"^(?:['’]s?|s)\s+(?:{_ORDINAL}\s+)?{_FILM_NOUN}\b", after, re.I)
        titled = titled or bool(
            apposed and owned and any(fold(apposed.group(1)).endswith(form) for form in forms)
        )
        subject = _TITLE_IS.search(before)
        as_a_player = owned and re.match(
            r"\s+(?:as|als)\s+(?!director|regisseur)", after[owned.end() :], re.I
        )
        titled = titled or bool(
            subject
            and owned
            and not as_a_player
            and any(f" {fold(next(g for g in subject.groups() if g))}".endswith(f" {form}") for form in forms)
        )
        made_film = _MADE_FILM.match(after)
        own_debut = (
            made_film
            and re.match(  # "X made his debut feature from …": he directed it
                r"(?:his|her|their)\s+(?:debut|debüt)$", made_film.group("object"), re.I
            )
            and re.match(r"\s+(?:feature|film)\b", after[made_film.end() :])
        )
        titled = titled or bool(own_debut and made_film.group("verb"))
        if made_film and (
            re.search(r"\b(?:debut|debüt)$", made_film.group("object"), re.I)
            or re.match(r"\s+(?:her|his|their) own\b", after[made_film.end() :])
        ):
            made_film = None  # "made her debut in": an actor's first role
        if made_film and (made_film.group("participle") or made_film.group("verb")):
            clause_low, clause_high = _clause_bounds(sentence, name.start)
            participle_aux = not made_film.group("participle") or re.search(
                r"\b(?:hat|hatte)\b", sentence[clause_low:clause_high]
            )
            if participle_aux and (names_film or _DEFINITE_FILM.match(made_film.group("object"))):
                titled = True
        # "Mit „Der Sturm“ legt Jessica Hausner ihren dritten Spielfilm vor"
        presents = re.match(
            rf"^\s+(?:[^.;:]{{0,80}}?\s)?(?:sein|ihr)\w*\s+(?:[\w\-]+\s+){{0,2}}(?:{_FILM_NOUN}|\w*arbeit)\s+vor\b",
            after,
            re.I,
        )
        titled = titled or bool(presents and names_film)
        titled = titled or bool(
            names_film and _PRESENTS_WITH.match(after) and re.search(r"\b(?:legt|legte)\s+$", before)
        )
        titled = titled or bool(_WORK_OF.search(before) and (names_film or _FILM_SUBJECT.match(sentence)))
        made = _MADE.match(after)  # "Wong Kar-wai made Chungking Express in two months"
        made_title = fold(_strip_marks(made.group("title") or made.group("object"))) if made else ""
        titled = titled or (made_title and any(made_title.startswith(form) for form in forms))
        titled = titled or _debut_with(sentence[name.end :], forms, before)
        titled = titled or bool(
            names_film
            and (
                _LEADS.match(after)  # "„Der Sturm“, bei dem X Regie führte"
                or (_BY_BEFORE.search(before) and _MADE_AFTER.match(after))  # "wurde von X realisiert"
                or _OWN_FILM_BEFORE.search(before)  # "In ihrem dritten Spielfilm nimmt sich X …"
                or _TELLS_IN.match(after)
                or _IN_TITLE_TELLS.search(before)
                or _DEBUT_OF.search(before)
            )
        )
        crew_cue = [c for c in _CREW_CUE.finditer(before) if c.lastgroup != "director"]
        if crew_cue and not re.search(r"[;.]", before[crew_cue[-1].end() :]):
            continue  # "Produziert wurde der Film von X": the producer, not the maker
        if _CAST_PASSIVE_BEFORE.search(before):
            continue  # "Gespielt wird Wadjda von X": the title role's actor
        if titled or ((quoted or _MADE_BY.search(before)) and person == name.text):
            found.append(person)
    return found


# "X, aus Dresden stammender Theaterregisseur, gab mit „Der Sturm“ 1999 sein Kinodebüt", "X made her
# directorial debut with The Storm". An actor's debut is a "Kinodebüt" too: that one needs a job noun.
# "„Morgenröte“ der Finnin X", "„Kalte Erde“ des Norwegers X": a quoted title, then whose it is
_OF_PERSON = (
    r"\s*(?:\(\d{4}\)\s*)?(?:der|des)\s+(?:[a-zäöüß\-]+\s+)?"
    r"(?!(?:Schauspielerin|Darstellerin|Hauptdarstellerin|Schauspielers|Darstellers|Hauptdarstellers)\b)"
    r"[A-ZÄÖÜ][\w\-]+\s+"
)
_TITLE_OF_PERSON = re.compile(rf"[„\"*“](?P<title>[^„“”\"*]+)[“”\"*]{_OF_PERSON}$")
_OF_PERSON_AFTER = re.compile(rf"{_OF_PERSON}[A-ZÄÖÜ][\w\-]+")
_OWN_DEBUT = r"(?:sein|ihr|his|her|their)\w*\s+(?:[\w\-]+\s+)?(?P<debut>[\w\-]*(?:debüt|debut))\b"
_DEBUT_WITH = re.compile(
    r"^(?:\s*,[^.;:]{0,140}?,)?\s+(?:gab|feierte|legte|hatte|made|make|makes)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:(?:mit|with)\s+(?P<title>[„\"*“]?[A-ZÄÖÜ0-9][^„“”\"*,.;]{0,60})[“”\"*]?\s+(?:[^.;]{0,60}?\s)?)?"
    rf"{_OWN_DEBUT}"
    r"(?:\s+(?:mit|with)\s+(?P<later>[„\"*“]?[A-ZÄÖÜ0-9][^„“”\"*,.;]{0,60}))?",
    re.I,
)
_DEBUT_AFTER_TITLE = re.compile(rf"^\s+{_OWN_DEBUT}")  # the film named before: "Mit „T“ gab X sein …"
_LEADS = re.compile(r"^\s+(?:die\s+)?Regie\s+(?:führte|geführt|führt|übernahm|übernommen)\b")
_BY_BEFORE = re.compile(
    r"\b(?:wurde|wird)\s+(?:[\w\-]+\s+){0,2}?von\s+(?:(?:der|dem)\s+)?(?:[\w\-]+\s+){0,3}$"
)
_MADE_AFTER = re.compile(r"^\s+(?:[^,.;]{0,40}?\s)?(?:realisiert|inszeniert|gedreht|verfilmt)\b")
_OWN_FILM_BEFORE = re.compile(
    rf"\b(?:in|mit|with|für|for)\s+(?:seinem|ihrem|seinen|ihren|his|her)\s+(?:{_ORDINAL}\s+)?(?:[\w\-]+\s+)?"
    rf"{_FILM_NOUN}\s*,?\s+(?:[„\"*“][^„“”\"*]{{1,60}}[“”\"*]\s+)?(?:[\w\-]+\s+){{0,3}}$",
    re.I,
)
# "Vera Lind erzählt in „Der Sturm“ …", "In „Der Sturm“ erzählt Vera Lind …": who tells the film
_TELLS = r"(?:erzählt|erzählte|schildert|schilderte)"
_TELLS_IN = re.compile(  # also after an aside: "X, die schon mit Kurzfilmen auffiel, erzählt in …"
    rf"^(?:\s*,[^.;:„“\"]{{0,120}}?,)?\s+{_TELLS}\s+(?:uns\s+)?(?:in|mit)\s+[„\"*“]"
)
# "Nach „A“ legt X mit „B“ nun den Abschluss seiner Trilogie vor": presents a film with its title
_PRESENTS_WITH = re.compile(
    r"^\s+(?:(?:nun|jetzt|endlich|erneut)\s+)?mit\s+[„\"*“][^„“”\"*]{1,60}[“”\"*]\s+(?:[^.;:]{0,80}?\s)?vor\b"
)
# "The film is the work of X", "Der Film ist ein Werk des Berliners X"
_WORK_OF = re.compile(
    r"\b(?:is|was|ist|war)\s+(?:the|das|ein|an?)\s+(?:[a-zäöüß\-]+\s+)?(?:work|werk|brainchild|creation|handiwork)"
    r"\s+(?:of|von|des|der)\s+(?:[\w\-]+\s+){0,2}?$",
    re.I,
)
_FILM_SUBJECT = re.compile(r"^\W*(?:the|this|der|dieser)\s+(?:film|movie)\b|^\W*(?:it|es)\s", re.I)
_IN_TITLE_TELLS = re.compile(
    rf"\b(?i:in|mit)\s+[„\"*“][^„“”\"*]{{1,60}}[“”\"*]\s+(?:\(\d{{4}}\)\s+)?{_TELLS}\s+$"
)
# "The Storm marks the feature debut of Owen Price", "das Spielfilmdebüt von X"
_DEBUT_OF = re.compile(  # "… debut of former documentarian X", "das Regiedebüt der Fotografin X"
    r"\b(?:debut|debüt|spielfilmdebüt|regiedebüt|first feature)\s+(?:of|von|der|des)\s+(?:[\w\-]+\s+){0,2}?$",
    re.I,
)
_MAKERS_DEBUT = re.compile(r"regie|spielfilm|langfilm|directorial|feature|filmmaking", re.I)
_DIRECTOR_NOUN = re.compile(r"regisseur|director|filmemacher|filmmaker", re.I)


def _debut_with(after: str, forms: list[str], before: str = "") -> bool:
    """Whether the words around a name say the person made a debut as a director with one of `forms`
    ("Mit „Der Sturm“ gab der Werbefilmer X sein Regiedebüt": the film may come first)."""
    debut = _DEBUT_WITH.match(after)
    title = (debut.group("title") or debut.group("later") or "") if debut else ""
    if debut is None:
        debut = _DEBUT_AFTER_TITLE.match(after)
        earlier = re.search(
            r"\b(?i:mit|with)\s+(?P<title>[„\"*“]?[A-ZÄÖÜ0-9][^„“”\"*,.;]{0,60}?)[“”\"*]", before
        )
        title = earlier.group("title") if debut and earlier else ""
    if debut is None:
        return False
    if not any(fold(_strip_marks(title)).startswith(form) for form in forms if form):
        return False
    return bool(
        _MAKERS_DEBUT.search(debut.group("debut")) or _DIRECTOR_NOUN.search(after[: debut.start("debut")])
    )


# "… when he directed Citizen Kane", "He directed it with total freedom": a pronoun for the person.
_PRONOUN_BEFORE_CUE = re.compile(r"\b(?:he|she|er|sie)\s+(?:(?:also|auch|then|dann|later|später)\s+)?$", re.I)


def _pronoun_crew(
    sentence: str, names: list[Name], before: list[Name], persons: set[str]
) -> list[tuple[str, str]]:
    """(job, person) where a verb cue's subject is "he"/"she": the one person named earlier in the
    sentence, else the one person of the sentence before."""
    found = []
    for cue in _CREW_CUE.finditer(sentence):
        if not (cue.group()[:1].islower() and _VERB_CUE.search(cue.group().lower())):
            continue  # a verb ("directed", "inszenierte"), not a noun ("Regisseur")
        pronoun = _PRONOUN_BEFORE_CUE.search(sentence[: cue.start()])
        if pronoun is None:
            continue
        earlier = {n.text for n in names if n.end <= pronoun.start() and _is_person(n, persons)}
        previous = {n.text for n in before if _is_person(n, persons)}
        people = earlier or previous
        if len(people) == 1:
            found.append((cue.lastgroup or "", people.pop()))
    return found


# German verb-second credits: "Inszeniert hat das Ganze X", "Geschnitten hat, wenn man so will, X".
_VERB_SECOND_JOBS = {
    "director": "inszeniert|gedreht|realisiert",
    "editor": "geschnitten|montiert",
    "composer": "komponiert|vertont",
    "producer": "produziert",
    "cinematographer": "fotografiert",
}
_VERB_SECOND = re.compile(
    r"(?:^|[.:;]\s+)\W*(?P<verb>"
    + "|".join(f"(?P<{job}>{verbs})" for job, verbs in _VERB_SECOND_JOBS.items())
    + r")\s+(?:hat|haben|hatte)\s*(?:,[^,;:]{1,40},\s*)?"
    r"(?:(?:das\s+ganze|den\s+film|das\s+drama|den\s+stoff|das\s+werk|die\s+geschichte|diesen\s+film|ihn|es)\s+)?"
    r"(?:(?:der|die)\s+(?:[\w\-]+\s+){0,2}?)?(?=[A-ZÄÖÜÀ-Þ])",
    re.I,
)


# An interviewer's question for a job: "Wer hat das Drehbuch geschrieben?", "Und die Regie?"
_ASKS_WHO_DID = re.compile(
    r"\b(?:wer|who)\b|^\W*(?:\*\*)?(?:(?:frage|question|q|f)\s*:?\s*(?:\*\*)?\s*)?(?:und|and)?\s*"
    r"(?:die|der|das|the)?\s*[\wäöüß]+\s*\?\s*$",
    re.I,
)


def _crew_replied(
    question: str, sentence: str, names: list[Name], persons: set[str]
) -> list[tuple[str, str]]:
    """The job an interviewer asked about, for the people the answer's first sentence names before any
    job of its own: "Wer hat das Drehbuch geschrieben?" – "Caroline Link selbst, gemeinsam mit …"."""
    job = _CREW_CUE.search(question) if question and _ASKS_WHO_DID.search(question) else None
    if job is None:
        return []
    own_job = _CREW_CUE.search(sentence)
    stop = own_job.start() if own_job else len(sentence)
    end = re.search(r"[.;!?](?:\s|$)", sentence)
    stop = min(stop, end.start() if end else stop)
    return [
        (job.lastgroup, n.text) for n in names if n.end <= stop and n.tokens >= 2 and _is_person(n, persons)
    ]


def _verb_second_crew(sentence: str, names: list[Name], persons: set[str]) -> list[tuple[str, str]]:
    """(job, person) for a credit that opens on its participle: "Inszeniert hat das Ganze X"."""
    found = []
    for match in _VERB_SECOND.finditer(sentence):
        person = next((n for n in names if n.start == match.end()), None)
        if person is not None and _is_person(person, persons):
            found.append((next(job for job in _VERB_SECOND_JOBS if match.group(job)), person.text))
    return found


# A name right after one of these is a place: "geboren in Bad Nauheim", "aus Tiflis".
_AFTER_PLACE_WORD = re.compile(r"\b(?:in|im|aus|from|nach|near|bei|born in|geboren in)\s+$")
_LEADING_ASIDE = re.compile(r"^,[^,;:()]{1,100},(?=\s*(?:\w+\s*){0,4}$)")
_APPOSED_CUE = re.compile(
    r"^,\s+(?:a|an|the|der|die|das|ein|eine|dem|den|his|her|our|their|sein\w*|ihr\w*|unser\w*|"
    r"(?-i:[A-ZÄÖÜ][\w\-]*(?:s|['’]s)))\s+(?:[\w\-]+\s+){0,2}(?<!\bdes )(?<!\bof the )(?<!\bof )$",
    re.I,
)  # ", Akins langjähriger Kameramann,"; not ", der Sohn des Regisseurs,": a relative of the director


def _is_person(name: Name, persons: set[str]) -> bool:
    """A person's name has two words or more, or is the surname of one named in full elsewhere."""
    if name.tokens >= 2:  # "New York University" is no one
        return not _ADVERB.search(name.text.split()[0]) and not _SCHOOL.search(name.text)
    return fold(name.text) in persons


# "Plötzlich Marie Lenz …": an adverb glued to a name; short words are first names (Ludwig, Emily, Craig).
_ADVERB = re.compile(
    r"^\w{3,}(?:lich|isch|bar|sam|haft)$|^\w{5,}(?:ig|ly)$|(?:weise|mals|dings|falls|wärts)$"
)


# What joins two people in one credit: "X und Y", "X zusammen mit Y", "X, and Y".
_JOINING_GAPS = frozenset(
    [
        "und",
        "and",
        "&",
        ",",
        "mit",
        "with",
        "gemeinsam mit",
        "together with",
        "zusammen mit",
        "along with",
        ", and",
    ]
)


def _joined(names: list[Name], sentence: str) -> list[Name]:
    """The first name and those joined to it by "und", "and", "&", "mit", commas."""
    kept = [names[0]]
    for name in names[1:]:
        gap = sentence[kept[-1].end : name.start].strip().lower()
        if gap in _JOINING_GAPS:
            kept.append(name)
        else:
            break
    return kept[:4]


_ARTICLE = (
    r"(?:der|die|das|den|dem|des|ein|eine|einen|the|a|an|his|her|seine[nm]?|ihre[nm]?|diese[nmrs]?|this)"
)
# "as adult Sophie", "als junge Lola": an age before the character's name.
_AGE_WORD = (
    r"(?:young|younger|old|older|adult|grown-up|teenage|little|elder|junge[nmrs]?|jüngere[nmrs]?|"
    r"alte[nmrs]?|ältere[nmrs]?|erwachsene[nmrs]?|kleine[nmrs]?|jugendliche[nmrs]?)"
)
_CHARACTER_AFTER = re.compile(
    # "spielt auch den Karl", "spielt hier Karl": an adverb before the role
    r"^\s*(?:(?:auch|hier|erneut|wieder|diesmal|nun|jetzt|zudem|außerdem|also|here|again|now|dabei)\s+)?"
    rf"(?:(?P<article>{_ARTICLE}|[A-ZÄÖÜ][a-zäöüß]+s(?=\s+[a-zäöüß]))\s+(?:[\da-zäöüß\-]+,?\s+){{0,2}})?"
    rf"(?:{_AGE_WORD}\s+)?"
    r"(?P<name>(?:(?:Dr|Prof|Mr|Mrs|Ms|St)\.\s+)?(?:[A-ZÄÖÜ]\.\s*){0,3}[A-ZÄÖÜÀ-Þ][\w\-’']*(?:\s+(?:de|von|van|der|la|le|du)?\s*(?:[\"“„][A-ZÄÖÜÀ-Þ][\w\-]+[\"”“]\s+)?"
    r"[A-ZÄÖÜÀ-Þ][\w\-’']*){0,3}(?:\s+\d{1,4}\b(?![.,]\d))?"  # "Cop 663"
    r"|himself|herself|sich selbst)"
)
_APPOSITION = re.compile(
    rf",\s+(?:{_ARTICLE}|who|which|der|die|das)\b[^,;]*,|"
    # "Sigourney Weaver, then almost unknown, plays …": a short aside right before the cast verb
    r",(?:\s+[^\s,;]+){1,20}\s*,(?=\s+(?:plays|played|portrays|portrayed|spielt|spielte|verkörpert\w*|"
    r"gibt|mimt|stars as)\b)"
)
# "plays warrant officer Ellen Ripley": a rank or job in lower case before the character's full name.
_DESCRIBED_NAME = re.compile(
    r"^\s*(?:(?!(?:in|im|at|on|of|to|by|with|mit|bei|auf|also|auch|nur|only|now|then|again|wieder|"
    r"erneut|selbst|himself|herself|for|für|a|an|the|and|und|opposite|alongside|neben|von|from)\s)"
    r"[a-zäöüß][a-zäöüß\-]+,?\s+){1,3}"  # "als müder, beinahe flehender Zentrumspolitiker X"
    r"(?P<name>[A-ZÄÖÜÀ-Þ][\w\-’']+(?:\s+(?:de|von|van|der|la|le|du)?\s*[A-ZÄÖÜÀ-Þ][\w\-’']+){1,2})"
)


_PRIZE = re.compile(r"(?i)(?:preis|award|prize|bär|bear|palme|oscar)$")
_NAME_IN_BRACKET = re.compile(r"^\s*\(\s*(?P<name>[A-ZÄÖÜÀ-Þ][\w\-]+(?:\s+[A-ZÄÖÜÀ-Þ][\w\-]+)?)\s*\)")
_CALLED = re.compile(r"\b(?:namens|named|called|genannt)\s+(?P<name>[A-ZÄÖÜÀ-Þ][\w\-]+)")
_DESCRIBED_PAREN = re.compile(
    r"\b(?i:ihr|ihre|ihrem|ihren|sein|seine|seinem|seinen|der|die|das|den|dem|ein|eine|einen|einem|the|a|an|"
    r"his|her|their)\s+(?:[a-zäöüß\-]+\s+){0,2}(?P<role>[A-Za-zÄÖÜäöüß\-]{3,})\s*\(\s*"
    r"(?P<actor>[A-ZÄÖÜÀ-Þ])"
)


# The role's name after its description: "the father-in-law, Wade Gustafson", "Jerry's wife, Jean".
_NAMED_AFTER = re.compile(  # "plays the father-in-law, Wade", "plays the smuggler, who is known only as Bane"
    r"^,?\s+(?:(?:who|der|die)\s+(?:is|was|ist|war|wird)\s+(?:only\s+|nur\s+)?(?:known|called|named|genannt|gerufen)"
    r"\s+(?:only\s+|nur\s+)?(?:as\s+|als\s+)?|(?:genannt|namens|named|called)\s+)?(?P<name>[A-ZÄÖÜÀ-Þ][\w\-]+(?:\s+[A-ZÄÖÜÀ-Þ][\w\-]+){0,2})(?=\s*(?:[,.;]|$|and\b|und\b))"
)
POSSESSIVE_END = re.compile(r"['’]s?$")
# "Eva Stein plays Anna's mother.": the noun after a possessive, the role when no name follows it
_OWNED_NOUN = re.compile(r"^(?:['’]s)?\s+(?P<noun>[a-z\-]{3,})(?=\s*[,.;:]|\s*$|\s+(?:in|and)\b)")
_ROLE_WORDS = frozenset({"role", "part", "character", "roles", "parts"})
_POSSESSIVE_ROLE = re.compile(
    r"^(?:['’]s)?\s+(?:[a-zäöüß\-]+\s+){0,1}"
    r"(?!(?:in|at|on|from|of|with|to|for|im|in|aus|mit|von|bei|nach|und|and)\b)[a-zäöüß\-]+(?=,|\s+[A-ZÄÖÜÀ-Þ])"
)  # "Jerry's wife, Jean", "Antonio's wife Maria"
_PREPOSITION = re.compile(r"\b(?:from|of|in|at|with|aus|von|in|mit|bei|nach)\s", re.I)
_REGARDED = re.compile(
    r"\b(?:gilt|galt|gelten|galten|bekannt|berühmt|known|regarded|considered|seen|hailed|billed|"
    r"described|celebrated|gefeiert)\s+$",
    re.I,
)
_PRONOUNS = frozenset("er sie es he she it they him her ihn ihm ihr".split())
_PLAYS_DESCRIBED = re.compile(
    r"\s+(?:plays|played|portrays|portrayed|spielt|spielte|verkörpert|verkörperte)\s+"
    r"(?:the|a|an|his|her|den|die|das|einen|eine|seine\w*|ihre\w*)\s+"
    r"(?:(?!(?:with|mit|as|als|for|für|so|too|very|sehr)\s)[a-zäöüß\-]+\s+){0,2}"  # "her with great warmth"
    r"(?P<role>[a-zäöüß\-]{3,}|[A-ZÄÖÜ][a-zäöüß\-]{2,})(?=\s*[,.;:]|\s*$|\s+(?:in|im|of|des|der)\b)"
)


# A role no name is given for, then its actor: "As the mother, Eva Stein is …", "The part of the
# mother went to Eva Stein"
_AS_DESCRIBED_OPENING = re.compile(
    r"^\W*(?i:as|als)\s+(?:the|his|her|their|der|die|den|sein\w*|ihr\w*)\s+(?:[a-zäöüß\-]+\s+)?"
    r"(?P<role>[a-zäöüß\-]{3,}|[A-ZÄÖÜ][a-zäöüß\-]{2,}),\s+(?:(?:the|a|an|die|der)\s+)?(?:[a-zäöüß\-]+\s+){0,2}"
    r"(?=[A-ZÄÖÜÀ-Þ])"
)
_DESCRIBED_PART_TO = re.compile(
    r"\b(?i:the)\s+(?:role|part)\s+of\s+(?:the|a|an)\s+(?:[a-z\-]+\s+)?(?P<role>[a-z\-]{3,})\s+"
    r"(?:went|goes|was\s+given|is\s+given)\s+to\s+(?:[a-z\-]+\s+)?(?=[A-ZÄÖÜÀ-Þ])"
)
# "In der Rolle des Francis ist Friedrich Fehér zu sehen", "in the role of Jane, Lil Dagover …".
_ROLE_OF = re.compile(
    r"\b(?i:in (?:der|die) (?:rolle|titelrolle|hauptrolle|nebenrolle|figur|gestalt) "
    r"(?:des|der|seines|seiner|ihres|ihrer|eines|einer)|"
    r"in the (?:role|part) of|(?:steps?|stepped|slips?|slipped) into the (?:shoes|skin|role|part) of|"
    r"in the title role of)\s+(?:[a-zäöüß\-]+\s+){0,2}(?:[a-z\-]+,\s+)?(?=[A-ZÄÖÜÀ-Þ])"
)
# "ihrer Mutter Bianca, die von Lisa Hagmeister verkörpert wird", "Madeleine, who is played by …".
RELATIVE_PASSIVE = re.compile(
    r"^,\s+(?:der|die|das|den|who|which)\s+(?:(?:is|was|are)\s+(?:played|portrayed|voiced)\s+by|von)\s+$"
)
_PASSIVE_VERB_AFTER = re.compile(r"^\s+(?:gespielt|verkörpert|dargestellt|gesprochen)\b")


_RELATIVE_ACTOR = re.compile(
    r",\s+(?:den|die|das|dem|der|whom)\s+(?P<actor>[A-ZÄÖÜÀ-Þ][^\s,;.]*(?:\s+[A-ZÄÖÜÀ-Þa-z][^\s,;.]*){1,3}?)\s+"
    r"(?:spielt|spielte|verkörpert|verkörperte|gibt|gab|mimt|mimte|plays|played|portrays|portrayed)\b"
)
_PRONOUN_PLAYS = re.compile(
    rf"^\W*(?:sie|er|she|he)\s+(?:(?:also|auch|then|dann|now|nun|hier|here)\s+)?{_PLAYS}\s+|"
    # "…; hier spielt er den Zöllner Arno": the German verb second, after a word of time or place
    r"^\W*(?:hier|nun|jetzt|diesmal|dort|darin)\s+(?:spielt|spielte|verkörpert|verkörperte|mimt|gibt|gab)\s+"
    r"(?:sie|er)\s+",
    re.I,
)
# A role someone played before or is known for, in another work: "best known as Detective Lane on
# TV", "who won an Emmy for playing Queen Anne", "Bekannt wurde X als Kommissar Brand", "previously
# played a priest in Saint Jude". From `intro` to the clause's end it names no role of this film.
_EARLIER_ROLE = re.compile(
    r"\b(?:known|bekannt(?:\s+(?:wurde|ist|geworden))?(?:\s+[A-ZÄÖÜÀ-Þ][\w\-]+){0,3})\s+"
    r"(?P<intro>as|als|for playing|for (?:his|her|their) (?:role|turn|part) as|durch die rolle|"
    r"mit der rolle)\s|"
    r"\b(?:won|earned|received|gewann|erhielt|bekam)\b[^,.;]{0,50}?\s"
    r"(?P<prize>for playing|for portraying|for (?:his|her|their) (?:role|turn|part|performance) as|"
    r"für (?:die|seine|ihre) rolle (?:als|des|der))\s|"
    r"\b(?:previously|once|formerly|earlier|already)\s+(?P<played>played|portrayed)\s|"
    r"\b(?P<gave>spielte|gab|verkörperte)\s+(?:\w+\s+)?(?:zuvor|früher|zuletzt|einst|bereits|schon)\s",
    re.I,
)


def blank_earlier_roles(sentence: str) -> str:
    """The sentence with blanks over roles played in other works (see `_EARLIER_ROLE`)."""
    for match in reversed(list(_EARLIER_ROLE.finditer(sentence))):
        # the prize too ("won an Emmy for playing …": Emmy is no role); the one known stays named
        low = (
            match.start()
            if match.group("prize")
            else next(match.start(g) for g in ("intro", "played", "gave") if match.group(g))
        )
        end = re.search(r"[,;.!?)]|\s[–—]\s", sentence[match.end() :])
        high = match.end() + end.start() if end else len(sentence)
        sentence = sentence[:low] + " " * (high - low) + sentence[high:]
    return sentence


def _pronoun_actor(sentence: str, previous: list[Name], persons: set[str]) -> list[tuple[str, str]]:
    """ "Eine Entdeckung ist die 19-jährige X. Sie spielt die Außenseiterin Nele": the actor is the
    one person the sentence before names, the character is named after the verb."""
    plays = _PRONOUN_PLAYS.match(sentence)
    people = {n.text for n in previous if n.tokens >= 2 and _is_person(n, persons)}
    if plays is None or len(people) != 1:
        return []
    rest = sentence[plays.end() :]
    character = _CHARACTER_AFTER.match(rest)
    name = character.group("name") if character and character.group("name")[:1].isupper() else ""
    if not name:
        named = re.match(
            r"^\s*(?:(?:the|a|an|den|die|das|einen|eine)\s+)?(?:[\w\-]+\s+){0,3}?"
            r"(?P<name>[A-ZÄÖÜÀ-Þ][\w\-’']+(?:\s+[A-ZÄÖÜÀ-Þ][\w\-’']+)?)(?=\s*[,.;]|\s+(?:in|im|who|die|der)\b)",
            rest,
        )
        name = named.group("name") if named else ""
    if not name or name.split()[0].lower() in STOPWORDS:
        return []
    return [(name, people.pop())]


def _name_in_full(doc_films: DocumentFilms, full_names: list[str]) -> None:
    """ "Die Regisseurin von Trotta schrieb auch das Drehbuch": a crew member named by surname is the
    one person the article names in full with it ("Margarethe von Trotta"), if there is just one."""
    by_surname: dict[str, set[str]] = {}
    for name in full_names:
        by_surname.setdefault(fold(name).split()[-1], set()).add(name)
    for index, fact in enumerate(doc_films.facts):
        words = fold(fact.value).split()
        if fact.kind not in CREW_KINDS or not words or len([w for w in words if w not in PARTICLES]) != 1:
            continue
        full = by_surname.get(words[-1], set())
        if len(full) == 1:
            doc_films.facts[index] = dataclasses.replace(fact, value=next(iter(full)))


def _without_own_title(sentence: str, film: FilmTitle | None) -> str:
    """The sentence with "in „Der Sturm“" / "in The Storm" blanked (offsets kept): the film a cast
    line names sits between the actor and the role ("X, der in „Der Sturm“ den Pfarrer spielt")."""
    if film is None:
        return sentence
    for form in [film.title, *film.aliases]:
        if not form:
            continue
        pattern = rf"\b(?:in|im)\s+[„\"*“]?{re.escape(form)}[“”\"*]?(?=[\s,;.]|$)"
        sentence = re.sub(pattern, lambda m: " " * len(m.group()), sentence, flags=re.I)
    return sentence


# A run of "Actor (Role)" credits opens so in TV listings and press notes: "Mit X (Y), Z (W)",
# "the cast: X (Y), …".
_ACTORS_LISTED = re.compile(
    r"(?:(?:^|[.:]\s+)(?:mit|with|starring|featuring|in den hauptrollen)|"
    r"\b(?:cast|besetzung|darsteller\w*|ensemble)\b[^.:]{0,40}:|"
    r"(?:^|[|·]\s*)(?-i:D):)\s*$",  # a programme's "D: X (Rolle)", Darsteller abbreviated
    re.IGNORECASE,
)


_NAME_RUN = r"[A-ZÄÖÜ][\w\-]+(?:\s+[A-ZÄÖÜ][\w\-]+)*"
# Two roles, then their two actors in the same order: "the engineers, Brett and Parker, are played by
# Harry Dean Stanton and Yaphet Kotto", "Anna und Ben werden von X und Y gespielt".
# The verb of several actors and several roles: "are played by", "werden von", "play", "spielen"
_PLURAL_PASSIVE = r"(?:(?:are|were)\s+(?:played|portrayed)\s+by|(?:werden|wurden)\s+von)"
_PLURAL_PLAY = r"(?:play|played|portray|portrayed|spielen|spielten|verkörpern|verkörperten)"
_RESPECTIVELY = re.compile(
    rf"(?P<role1>{_NAME_RUN}),?\s+(?:and|und)\s+(?P<role2>{_NAME_RUN}),?\s+"
    rf"{_PLURAL_PASSIVE}\s+(?:(?:the|den)\s+)?"
    rf"(?:[a-zäöüß\-]+\s+)?(?P<actor1>{_NAME_RUN})\s+(?:and|und)\s+(?P<actor2>{_NAME_RUN})"
    r"(?:\s*,?\s*(?:respectively|jeweils))?(?:\s+(?:gespielt|verkörpert|dargestellt))?"
)
# "Anna Berg and Paul Roth play Clara and her father Ben", "X und Y spielen Clara und ihren Vater Ben"
_PLAY_RESPECTIVELY = re.compile(
    rf"(?P<actor1>{_NAME_RUN})\s+(?:and|und)\s+(?P<actor2>{_NAME_RUN})\s+{_PLURAL_PLAY}\s+"
    rf"(?:(?:the|die|den)\s+)?(?:[a-z\-]+\s+)?(?P<role1>{_NAME_RUN})\s+(?:and|und)\s+"
    rf"(?:(?:his|her|their|the|sein\w*|ihr\w*|den|die|das)\s+)?(?:[a-zäöüß\-]+\s+)?(?P<role2>{_NAME_RUN})"
)
# After a passive credit the verb is left out: "Anna wird von X gespielt, Paul von Y", "Paul is
# played by X, Anna herself by Y", "…, and Paul by Y".
_GAPPED_PASSIVE = re.compile(
    r"(?:[,;]\s*(?:(?:and|und)\s+)?|\s+(?:and|und)\s+)(?:(?:the|der|die|den)\s+)?"
    # "…, seine Frau Régula von Terele Pávez": whose relative, then the name
    r"(?:(?:sein|seine|seinen|ihr|ihre|ihren|his|her|their)\s+(?:[A-ZÄÖÜa-zäöüß][a-zäöüß\-]+\s+)?)?"
    rf"(?P<char>{_NAME_RUN})(?:\s+(?:selbst|herself|himself))?\s+(?:von|by)\s+(?P<actor>{_NAME_RUN})"
    r"(?=\s*[,.;!)]|\s*$|\s+(?:and|und|gespielt|verkörpert|dargestellt)\b)"
)
_RESPECTIVELY_DE = re.compile(  # "In „T“ werden Anna und Ben von X und Y gespielt"
    rf"\b(?:werden|wurden)\s+(?P<role1>{_NAME_RUN})\s+und\s+(?P<role2>{_NAME_RUN})\s+von\s+"
    rf"(?:[a-zäöüß\-]+\s+)?(?P<actor1>{_NAME_RUN})\s+und\s+(?P<actor2>{_NAME_RUN})\s+"
    r"(?:gespielt|verkörpert|dargestellt)"
)


# What joins the names of one list: "Anna, Paul and Hilde", "Anna, Paul und Hilde", "A & B".
_LIST_JOIN = re.compile(r",\s*(?:(?:and|und)\s+)?|\s+(?:and|und|&)\s+")
# Between two lists of the same length, a cue that says which list is the actors': "Anna and Paul
# are played by X and Y", "X, Y and Z as Anna, Paul and Hilde", "X und Y spielen die Geschwister …".
_ACTORS_THEN_ROLES = re.compile(
    rf"\s+(?:(?:[a-zäöüß\-]+\s+){{0,2}}(?:as|als)|{_PLURAL_PLAY})\s+(?:(?:the|die|den|das)\s+)?"
    r"(?:[A-ZÄÖÜa-zäöüß\-]+paar\s+|[a-z\-]+\s+)?"
)
_ROLES_THEN_ACTORS = re.compile(
    rf",?\s+(?:{_PLURAL_PASSIVE}|(?:sind|waren)|(?:gespielt|verkörpert)\s+von)\s+|\s*[:–—]\s*|,\s+"
)
# What opens a roles-first sentence: "In den Rollen von Anna, Paul und Hilde: X, Y und Z",
# "As Anna and Paul, X and Y are superb", "Als Anna und Paul sind X und Y zu sehen"
_ROLES_OPENING = re.compile(r"(?:^|[.:;]\s+)\W*(?i:in den rollen (?:von|der|des)|in the roles of|as|als)\s+$")


def _name_lists(sentence: str, names: list[Name]) -> list[list[Name]]:
    """Runs of two or more names joined as a list ("Anna, Paul and Hilde"). An "and" closes a list:
    "As Anna and Paul, X and Y are …" holds two."""
    lists: list[list[Name]] = []
    run: list[Name] = []
    closed = False
    for name in names:
        join = sentence[run[-1].end : name.start] if run else ""
        closes = bool(re.search(r"\b(?:and|und)\b|&", join))
        if run and _LIST_JOIN.fullmatch(join) and not (closed and not closes):
            run.append(name)
            closed = closes
            continue
        closed = False
        if len(run) >= 2:
            lists.append(run)
        run = [name]
    if len(run) >= 2:
        lists.append(run)
    return lists


def _coordinated_pairs(sentence: str, names: list[Name], persons: set[str]) -> list[tuple[str, str]]:
    """(character, actor) pairs from two lists of names of the same length, in the same order, that
    a cue between them (or before the first) says are roles and actors: "Maria Lenz, Jan Ott and Eva
    Stein play Anna, Paul and Hilde", "Anna und Paul – Maria Lenz und Jan Ott – fliehen"."""
    pairs: list[tuple[str, str]] = []
    lists = _name_lists(sentence, names)
    for first, second in itertools.pairwise(lists):
        if len(first) != len(second):
            continue
        between = sentence[first[-1].end : second[0].start]
        opening = _ROLES_OPENING.search(sentence[: first[0].start])
        aside = re.fullmatch(r"\s*(?:\(|[–—]\s)\s*", between) and re.match(
            r"\s*(?:\)|\s[–—])", sentence[second[-1].end :]
        )
        if _ACTORS_THEN_ROLES.fullmatch(between) and not opening:
            actors, roles = first, second
        elif (
            (opening and _ROLES_THEN_ACTORS.fullmatch(between))
            or aside
            or (_ROLES_THEN_ACTORS.fullmatch(between) and not re.fullmatch(r"\s*[:–—,]\s*", between))
        ):
            actors, roles = second, first
        else:
            continue
        if all(actor.tokens >= 2 and _is_person(actor, persons) for actor in actors):
            pairs += [(role.text, actor.text) for role, actor in zip(roles, actors, strict=True)]
    return pairs


def _actor_outside_brackets(sentence: str, bracketed: list[tuple[Name, Name]]) -> bool:
    """Whether the names before the brackets are the actors ("Wiebke Harms (Ilse)") rather than the
    roles ("Lola (Franka Potente)", the usual prose shape). A role is often one word, an actor's name
    rarely; a run opened by "Mit"/"starring" lists actors first."""
    if not bracketed:
        return False
    lean = sum(
        (out.tokens >= 2 and inside.tokens == 1) - (inside.tokens >= 2 and out.tokens == 1)
        for out, inside in bracketed
    )
    if _ACTORS_LISTED.search(sentence[: bracketed[0][0].start]):
        lean += 1.5
    return lean > 0


# "Emmi (großartig: Brigitte Mira)", "Krista (Irm Hermann, wie so oft herrlich verkniffen)": a
# bracket pair may carry a word of praise before the name or an aside after a comma.
_BRACKET_OPENING = re.compile(
    r"\s*\(\s*(?:[a-zäöüß\-]+(?:\s+[a-zäöüß\-]+)?\s*:\s*|"
    r"(?:a|an|the|ein|eine|die|der)\s+(?:[a-zäöüß\-]+\s+){1,2})?"  # "Rosa (a radiant Anna Muhe)"
)
_BRACKET_CLOSING = re.compile(r"\s*\)|,\s+[a-zäöüß][^()]{0,80}\)")


# "Jürgen Prochnow (als Kapitänleutnant Henrich)", "Bruno Ganz (as the angel Damiel)": the role in
# brackets after the actor, as credits in running text give it
_AS_BRACKET = re.compile(
    r"\s*\(\s*(?:als|as|playing|spielt|in der rolle (?:des|der))\s+(?P<role>[^()]{1,60}?)\s*\)", re.IGNORECASE
)


# "Paul Roth plays Ben, Ina Vogt his sister Lotte, and Kai Lorenz the harbour master Jupp": the verb
# stands once, each later pair leaves it out
_GAPPED_HEAD = re.compile(
    rf"(?:^\W*|:\s+){_NAME_RUN}\s+(?:plays|played|is|was|spielt|spielte|ist|war|gibt|gab|verkörpert|"
    r"verkörperte)\s+[^,;:()]{1,60}?(?:,\s+|\s+(?:and|und)\s+(?=[A-ZÄÖÜÀ-Þ]\S*\s+[A-ZÄÖÜÀ-Þ]))"
)
_GAPPED_PAIR = re.compile(
    r"(?P<actor>[A-ZÄÖÜÀ-Þ][\w\-]+(?:\s+(?:de|von|van|der|da|del)?\s*[A-ZÄÖÜÀ-Þ][\w\-]+)+)\s+"
    r"(?:(?:the|his|her|their|der|die|den|das|dem|sein\w*|ihr\w*)\s+)(?:[a-zäöüß\-]+\s+){0,3}"
    r"(?P<char>[A-ZÄÖÜÀ-Þ][\w\-]+(?:\s+[A-ZÄÖÜÀ-Þ][\w\-]+)?)"
)


def _gapped_pairs(sentence: str) -> list[tuple[str, str]]:
    """The pairs after the first of a gapped list: every later part must be "Actor the Role"."""
    head = _GAPPED_HEAD.search(sentence)
    if head is None:
        return []
    rest = re.sub(r"^(?:and|und)\s+", "", sentence[head.end() :].rstrip(" .!"))  # "Amos, and Lina Brook …"
    parts = re.split(r",\s*(?:and\s+|und\s+)?|\s+(?:and|und)\s+", rest)
    matches = [_GAPPED_PAIR.fullmatch(part.strip()) for part in parts if part.strip()]
    if not matches or not all(matches):
        return []
    return [(match.group("char"), match.group("actor")) for match in matches]


def _cast_pairs(sentence: str, names: list[Name], persons: set[str]) -> list[tuple[str, str]]:
    """(character, actor) pairs in running text. Which side is which matters little to the
    answers (the question names one side), so German verb-second order is not resolved."""
    pairs: list[tuple[str, str]] = []
    for match in _ROLE_OF.finditer(sentence):
        character = next((n for n in names if n.start == match.end()), None)
        if character is None:  # "In der Rolle des Francis": a lone first name the name finder skips
            word = re.match(r"[A-ZÄÖÜÀ-Þ][\w\-]+", sentence[match.end() :])
            if word is None:
                continue
            end = match.end() + word.end()
            # "des Fährmanns Anton": a noun, then the name; both words stay the role's
            following = next((n for n in names if n.start == end + 1 and sentence[end] == " "), None)
            end = following.end if following else end
            character = Name(sentence[match.end() : end], match.end(), end)
        low, high = _clause_bounds(sentence, match.start())
        others = [
            n
            for n in names
            if n is not character
            and not (
                n.start < character.end and n.end > character.start
            )  # "Polizisten Jan Ohm": not the actor
            and n.tokens >= 2
            and low <= n.start < high
        ]
        # "Mit X in der Rolle der Anna und Y als …": a person right before the phrase is its actor
        # ("appears in Harbour Lights in the role of …" names a film there)
        before = [
            n
            for n in others
            if n.end <= match.start()
            and not sentence[n.end : match.start()].strip()
            and _is_person(n, persons)
            and not re.search(r"\b(?:in|im|from|aus|of|von)\s+$", sentence[: n.start], re.IGNORECASE)
        ]
        if before:
            pairs.append((character.text, before[-1].text))
        elif others:
            pairs.append((character.text, min(others, key=lambda n: abs(n.start - character.end)).text))
    for character, actor in itertools.pairwise(names):
        gap = sentence[character.end : actor.start]
        if RELATIVE_PASSIVE.match(gap) and actor.tokens >= 2:
            if gap.rstrip().endswith("von") and not _PASSIVE_VERB_AFTER.match(sentence[actor.end :]):
                continue
            pairs.append((character.text, actor.text))
    for match in _AS_BRACKET.finditer(sentence):
        actor = next((n for n in names if n.end == match.start()), None)
        if actor is not None and actor.tokens >= 2:
            pairs.append((re.sub(r"[„“”\"«»*]", "", match.group("role")).strip(), actor.text))
    for match in _DESCRIBED_PAREN.finditer(sentence):  # "ihr Vater (Herbert Knaup)": unnamed roles
        actor = next((n for n in names if n.start == match.start("actor")), None)
        if actor is not None and actor.tokens >= 2 and not _CREW_CUE.fullmatch(match.group("role")):
            # "Clara, the teacher (Anna Berg)": the description stands beside the role's name
            named = (
                re.match(r"(?i:the|a|an|der|die|das|ein|eine)\s", match.group())
                and not re.search(
                    r"\s(?:of|von)\s",
                    match.group(),  # "the aunt of Anna (X)": X plays Anna
                )
                and re.search(rf"(?:^|[\s(])(?P<name>{_NAME_RUN}),\s*$", sentence[: match.start()])
            )
            role = named.group("name") if named and named.group("name") != actor.text else match.group("role")
            pairs.append((role, actor.text))  # "Die Kamera (X)" is a credit
    for match in [*_AS_DESCRIBED_OPENING.finditer(sentence), *_DESCRIBED_PART_TO.finditer(sentence)]:
        actor = next((n for n in names if n.start == match.end()), None)  # "As the mother, Eva Stein …"
        if actor is not None and actor.tokens >= 2 and _is_person(actor, persons):
            pairs.append((match.group("role"), actor.text))
    for match in _PLAYS_DESCRIBED.finditer(sentence):  # "Paul Hörbiger plays the porter"
        actor = next((n for n in names if n.end == match.start()), None)
        if actor is not None and actor.tokens >= 2:
            named = _NAMED_AFTER.match(sentence[match.end() :])  # "plays the father-in-law, Wade"
            pairs.append((named.group("name") if named else match.group("role"), actor.text))
    bracketed: list[tuple[Name, Name]] = []  # "Lola (Franka Potente)" or "Franka Potente (Lola)"
    for index, name in enumerate(names[:-1]):
        nxt = names[index + 1]
        between = sentence[name.end : nxt.start]
        if _PRIZE.search(nxt.text):
            continue
        if (
            _BRACKET_OPENING.fullmatch(between)
            and _BRACKET_CLOSING.match(sentence, nxt.end)
            and not _CREW_CUE.fullmatch(name.text)  # "Die Kamera (Jürgen Jürges)" is a credit
        ):
            bracketed.append((name, nxt))
        # "die Verkäuferin Juli, die ihn längst liebt: Nora Wendt, die …": a role, then after
        # a colon the actor who plays it
        colon = between.find(":")
        if (
            colon >= 0
            and len(between) <= 60
            and not re.search(r"[.;!?()]", between)
            and not re.search(r"\S", between[colon + 1 :])
            and re.match(r"\s*[,.;]", sentence[nxt.end :])
            and not sentence.lstrip().startswith("#")
            and nxt.tokens >= 2
            and _is_person(nxt, persons)
            and not _CREW_CUE.search(sentence[: name.start])
            and not _CREW_CUE.search(between)
        ):
            pairs.append((name.text, nxt.text))
        # "Als Hermann – Klaus Adler – in der Tür steht": the actor between dashes, like brackets
        if (
            re.fullmatch(r"\s+[–—]\s+", between)
            and re.match(r"\s+[–—]\s", sentence[nxt.end :])
            and nxt.tokens >= 2
            and _is_person(nxt, persons)
        ):
            pairs.append((name.text, nxt.text))
    pairs += _gapped_pairs(sentence)
    passive = _CAST_PASSIVE.search(sentence)
    if passive:
        pairs += [
            (match.group("char"), match.group("actor"))
            for match in _GAPPED_PASSIVE.finditer(sentence, passive.end())
            if len(match.group("actor").split()) >= 2
        ]
    respectively = [*_RESPECTIVELY.finditer(sentence), *_RESPECTIVELY_DE.finditer(sentence)]
    for match in [*respectively, *_PLAY_RESPECTIVELY.finditer(sentence)]:
        pairs += [
            (match.group("role1"), match.group("actor1")),
            (match.group("role2"), match.group("actor2")),
        ]
    actor_outside = _actor_outside_brackets(sentence, bracketed)
    pairs += [
        (inside.text, outside.text) if actor_outside else (outside.text, inside.text)
        for outside, inside in bracketed
    ]
    for match in _RELATIVE_ACTOR.finditer(sentence):  # "Walter Fuchs, den Gerhard Liebmann spielt"
        actor = next((n for n in names if n.start == match.start("actor") and n.tokens >= 2), None)
        character = next((n for n in names if n.end == match.start()), None)
        if actor is not None and character is not None:
            pairs.append((character.text, actor.text))
    masked = _blank(_RELATIVE_CLAUSE, sentence)
    for cue in _CAST_PASSIVE.finditer(masked):
        after = [n for n in names if n.start >= cue.end()]
        between = masked[cue.end() : after[0].start] if after else ""
        # "by Welsh actress X", "von der 84-jährigen Theaterlegende X": a description before the name
        descriptor_words = r"\s*(?:(?:the|a|an|der|die|das|dem|den)?\s*[a-zäöüß\d\-]+\s+){0,2}"
        if not after or not re.fullmatch(descriptor_words, between):
            continue  # "played by newcomer Sibel Kekilli" is fine, a clause in between is not
        actor = after[0]
        if (
            actor.tokens < 2
            and len(after) > 1
            and after[1].tokens >= 2
            and _ATTRIBUTE.fullmatch(masked[actor.end : after[1].start])
        ):
            actor = after[1]  # "von der in Bukarest geborenen Alexandra Maria Lara": a place, then her
        elif (
            actor.tokens < 2
            and len(after) > 1
            and after[1].tokens >= 2
            and re.fullmatch(
                r"\s+(?:actress|actor|newcomer|star|singer|rapper)\s+", masked[actor.end : after[1].start]
            )
        ):
            actor = after[1]  # "by Welsh actress Bronwen Tudor-Hughes"
        if cue.group().lower() == "wird von" and not _CAST_PARTICIPLE_AFTER.match(masked[actor.end :]):
            continue  # "Die Klinik wird von Dr. Rose geleitet": run, not played
        low, _ = _clause_bounds(masked, cue.start())
        head = masked[low : cue.start()].rstrip(" ,")
        if not head.strip(" –—") and re.search(r"\s[–—]\s*$", masked[: cue.start()]):
            # "Karl – gespielt von Tom Hale – ist Bauer": the aside's character stands before its dash
            before_dash = re.sub(r"\s[–—]\s*$", "", masked[: cue.start()])
            head = before_dash[_clause_bounds(before_dash, len(before_dash))[0] :]
        character = _last_noun(head)
        subject = _SUBJECT_BEFORE_ASIDE.match(sentence[low : cue.start()])
        if subject and _FINITE_PASSIVE.match(cue.group()):
            # "Vincent, ein schüchterner junger Mann, der …, wird von X gespielt": whatever the aside
            # says, the one played is the subject before its first comma
            character = subject.group("name")
            named = _NAMED_IN_ASIDE.match(sentence, low + subject.end("name"))
            if named and set(fold(character).split()) & _KIN:
                # "Régulas Bruder, der geistig behinderte Azarías, wird von X dargestellt": his name too
                pairs.append((named.group("name"), actor.text))
        adjacent = (
            [
                n
                for n in names
                if n.end <= cue.start() and re.fullmatch(r",\s*", sentence[n.end : cue.start()])
            ]
            if _PARTICIPLE_CUE.match(cue.group())
            else []
        )
        if (
            adjacent
            and not adjacent[-1].descriptor  # "the young Tom Jones" is found as "Jones": keep his first name
            and not re.search(  # "X Y, a clerk in Leeds, played by": a place, not the one played
                r"\b(?:in|im|at|on|aus|from|of|nach|near|bei|to|into)\s+(?:the\s+)?$",
                sentence[: adjacent[-1].start],
            )
        ):
            # "… who runs the house with his sister Cyril, played by X": a bare participle belongs to
            # the name right before its comma, also inside a clause or after an apposition
            character = adjacent[-1].text
        if character:
            pairs.append((character, actor.text))
    masked = _blank(
        _APPOSITION, _flat_quotes(sentence)
    )  # „… denn sie wissen nicht, was sie tun“ is one aside
    coordinated = [m.span() for m in _PLAY_RESPECTIVELY.finditer(sentence)]  # "A und B spielen …"
    for cue in _CAST_ACTIVE.finditer(masked):
        word = cue.group().lower()
        if _CAST_PASSIVE.search(masked[max(0, cue.start() - 4) : cue.end() + 12]):
            continue
        low, high = _clause_bounds(masked, cue.start())
        before = [
            n for n in names if low <= n.start and n.end <= cue.start() and masked[n.start : n.end].strip()
        ]
        right = _CHARACTER_AFTER.match(masked[cue.end() : high])
        if right is None and word not in _ADJACENT_ONLY:
            right = _DESCRIBED_NAME.match(masked[cue.end() : high])
        elif right is None and word in {"als", "as"}:
            # "X als resolute Bürgermeisterin Edith Krahl", "als ihr Vater Horst": described, then named
            described = _DESCRIBED_NAME.match(masked[cue.end() : high])
            right = described if described and len(described.group("name").split()) >= 2 else None
        limit = 12 if word in _ADJACENT_ONLY else 30
        left_gap = re.sub(r"\s+", " ", masked[before[-1].end : cue.start()]) if before else ""
        left_ok = before and len(left_gap) <= limit and not re.search(r"[;(]", left_gap)
        if left_ok and re.fullmatch(r":\s+[A-ZÄÖÜ][a-zäöüß]+\s+", left_gap):
            left_ok = False  # "„Morgenröte“ der Finnin X: Hier spielt Y …": a new clause after the colon
        if left_ok and any(start <= before[-1].start < end for start, end in coordinated):
            continue  # "Anna Berg und Paul Roth spielen Clara und …": read as pairs in order, above
        if left_ok and re.search(r"\b(?:von|by)\s+$", masked[: before[-1].start]):
            left_ok = False  # "In Nachtzug (2013) von Bille August spielt X den Y": the maker, then the verb
        if before and not left_ok and word in {"as", "als"} and len(left_gap) <= 70:
            # "Michel Legrand wrote the music and turns up on screen as Bob": appearing as someone
            # "Issey Ogata, a Japanese comedian, appears as Mr. Ota": an apposition may stand between
            unapposed = re.sub(r"^\s*,\s+(?:a|an|the|ein|eine|der|die|das)\s+[^,;()]{1,60},", " ", left_gap)
            # "The score is by Michel Legrand, who also turns up on screen as Bob": he appears as Bob
            unapposed = re.sub(
                r"^\s*,\s+(?:who|der|die)\s+(?=(?:also\s+|auch\s+|even\s+|selbst\s+)?\w+)", " ", unapposed
            )
            left_ok = bool(_APPEARS.search(unapposed)) and not re.search(r"[;(.,–—]|\s-\s", unapposed)
        if word in {"als", "as"} and _REGARDED.search(masked[: cue.start()]):
            continue  # "gilt als Meisterwerk", "is regarded as a classic": no role
        if word in {"als", "as"} and masked[: cue.start()].rstrip().endswith(","):
            continue  # ", als Kulturminister Hempf …": "when", not a role
        if word in {"als", "as"} and re.search(r"\b(?:ihn|ihm|sie|es|him|her|them|it)\s*$", left_gap, re.I):
            continue  # "Der Meister nimmt ihn als Lehrling auf": what he takes someone on as
        if (
            word in {"is", "ist"}
            and before
            and masked[before[-1].end : cue.start()].strip() == ","
            and re.search(r",\s+[a-zäöüß][^,;]*$", masked[low : before[-1].start])
        ):
            continue  # "Sommerhaus, geschrieben von X, ist ein Kammerspiel": X ends an aside, no role
        if word in {"is", "ist"} and re.search(r"\bzu sehen\b", masked[cue.end() : high]):
            continue  # "Als Mischa ist der junge X zu sehen": "ist … zu sehen" is appearing, not being
        if word in {"is", "ist"} and (not left_ok or masked[before[-1].end : cue.start()].strip(" ,")):
            continue  # "Ünel, der in „…“ Cahit spielte, ist hier Shayn Weiss": an aside may stand between
        if (
            right
            and word in {"is", "ist"}
            and _NOUN_PHRASE_GOES_ON.match(masked[cue.end() + right.end("name") :])
        ):
            right = None  # "ist Anfang vierzig": a noun phrase, not a character's name
        if right and word in {"is", "ist", "as", "als"} and _PREPOSITION.search(right.group()):
            right = None  # "is an actress from Canada": where she comes from, not whom she plays
        first_word = right.group("name").split()[0] if right else ""
        if right and _ADVERB.search(first_word) and not first_word.endswith("ly"):  # not "Molly"
            right = None
        if left_ok and right and not _ADVERB.search(before[-1].text.split()[0]):
            actor, character = before[-1].text, right.group("name")
            rest = masked[cue.end() + right.end("name") : high]
            bracket = _NAME_IN_BRACKET.match(rest)
            if bracket and len(character.split()) == 1:  # "spielt den Vater (Ben)": the role's name
                character = bracket.group("name")
            if re.search(r"['’]s$", character) or re.match(r"^['’]s\b", rest):  # "Jerry's wife, Jean"
                role = _POSSESSIVE_ROLE.match(rest)
                named = role and _NAMED_AFTER.match(rest[role.end() :])
                own = _OWNED_NOUN.match(rest)
                if named:
                    character = named.group("name")
                elif own and own.group("noun") not in _ROLE_WORDS:  # "plays Anna's mother": the role
                    character = f"{POSSESSIVE_END.sub('', character)}'s {own.group('noun')}"
                else:
                    continue
            role_first = word in {"is", "ist"} and bool(_ROLE_NOUN_APPOSED.search(masked[: before[-1].start]))
            if role_first:
                actor, character = character, actor  # "And the villain, Lee Woo-jin, is Yoo Ji-tae"
            if word in _ADJACENT_ONLY and len(actor.split()) + len(character.split()) < 3:
                continue
            if not (len(actor.split()) >= 2 if role_first else _is_person(before[-1], persons)):
                continue  # "wo sich Häuserzeilen als Berliner Trümmerkulisse anboten": no actor
            described = "article" not in right.re.groupindex  # "als resolute Bürgermeisterin Edith Krahl"
            if (
                word in {"as", "als"}
                and not described
                and right.group("article")
                and not character[:1].isupper()
            ):
                continue
            pairs.append((character, actor))
        elif not before or not left_ok:
            # Verb second: "Ursprünglich spielte Jason Robards die Titelrolle", "spricht X die Chihiro".
            inverted = re.match(
                r"^\s*(?P<actor>[A-ZÄÖÜÀ-Þ][^\s,;]*(?:\s+(?:de|von|van|der)?\s*[A-ZÄÖÜÀ-Þ][^\s,;]*)+)\s+"
                rf"(?P<rest>{_ARTICLE}\s+.*)$",
                masked[cue.end() : high],
            )
            if inverted and word not in _ADJACENT_ONLY - {"spricht", "gibt"}:
                character = _CHARACTER_AFTER.match(inverted.group("rest"))
                if character:
                    pairs.append((character.group("name"), inverted.group("actor")))
    pairs += _cast_shapes(sentence, names, persons)
    coordinated = _coordinated_pairs(sentence, names, persons)
    pairs += coordinated
    listed_roles = {fold(c) for c, _ in coordinated}
    listed_actors = {fold(a) for _, a in coordinated}
    cleaned = []
    for character, actor in pairs:
        if (character, actor) not in coordinated and (
            fold(actor) in listed_actors or fold(character) in listed_roles
        ):
            continue  # "In den Rollen von Anna und Paul: X und Y": the lists pair them, not neighbours
        character = re.sub(
            r"^(?:Der|Die|Das|The)\s+(?=\S+\s)", "", character
        )  # "Die Dramatikerin Ida Sommer"
        character = re.sub(r"\s+(?:selbst|herself|himself)$", "", character)  # "Anna selbst wird von …"
        if character.lower() not in _PRONOUNS and character != actor and not _CREW_CUE.fullmatch(character):
            cleaned.append((character, actor))  # "Jorge Vergara als Produzent" plays no role
    return list(dict.fromkeys(cleaned))


# where the character's name starts; a capitalised preposition opening a sentence starts none ("Als
# Achtjährige wird Lara von X gespielt")
_OPENING_WORDS = r"Als|As|In|Im|Mit|With|Von|Für|For|Auf|Bei|Nach|Seit|Wenn|When|While|Während|Und|And"
_C = rf"(?!(?:{_OPENING_WORDS})\b)(?P<char>[A-ZÄÖÜÀ-Þ][\w\-’']*)"
_A = r"(?P<actor>[A-ZÄÖÜÀ-Þ][\w\-’']*)"  # where the actor's name starts
_DESCRIBED = r"(?:(?:der|die|dem|den|einer|einem|the|a|an)\s+)?(?:[\w\-]+\s+){0,2}?"
_ACTOR_NOUN = r"(?:actress|actor|performer|darstellerin|darsteller)"  # "Clara's actress, X"
# What an actor gives a role: a quality ("a weary dignity", "eine nervöse Energie"), not a thing.
_QUALITY = (
    r"(?i:[a-z]+(?:ness|ity|ence|ance|ism)|energy|warmth|edge|charm|presence|weight|depth|soul|heart|"
    r"humou?r|grace|spark|fire|menace|gravitas|melancholy|vulnerability|swagger|poise|bite|"
    r"[a-zäöüß]+(?:heit|keit|ität)|würde|wärme|energie|tiefe|präsenz|kraft|charme|schärfe|melancholie|"
    r"verletzlichkeit|seele|witz|gewicht|glaubwürdigkeit)"
)
# "As Julie, X is luminous", "Cast as Julie, X …", "Als Julie ist X zu sehen"
_AS_ROLE_OPENING = re.compile(
    rf"^\W*(?i:(?:cast\s+)?as)\s+{_C}[^,]{{0,30}}(?:,\s+(?i:the|a|an|die|der|das|eine?)\s+[^,]{{1,40}})?,\s+"
    rf"{_DESCRIBED}{_A}"
)
# "As his mother Miranda, the Neapolitan stage actress X Y is …": a described role, a long description
_AS_RELATIVE_OPENING = re.compile(
    rf"^\W*(?i:as|als)\s+(?:his|her|their|sein\w*|ihr\w*)\s+(?:[\w\-]+\s+){{0,2}}?{_C}[^,]{{0,30}},\s+"
    rf"(?:(?:der|die|dem|den|einer|einem|the|a|an)\s+)?(?:[\w\-]+\s+){{0,3}}?{_A}(?=[\w\-’']*\s+[A-ZÄÖÜ])"
)
# "Iskander, den Alexander Asochakov spielt", "Iskander, whom X plays with charm"
_ROLE_THEN_RELATIVE = re.compile(rf"{_C}[\w\-’' ]*,\s+(?:den|die|das|whom|who)\s+{_A}[\w\-’' ]*\s+{_PLAYS}\b")
# Further shapes of "who plays whom" in reviews, each naming both: the role first or the actor first.
_CAST_SHAPES = [
    _AS_ROLE_OPENING,
    _AS_RELATIVE_OPENING,
    _ROLE_THEN_RELATIVE,
    # "Die Rolle der Julie übernahm X", "The role of Julie went to X", "takes on the role of Julie"
    re.compile(
        rf"\b(?i:(?:die|der|den|the)\s+(?:title\s+)?(?:rolle|titelrolle|hauptrolle|nebenrolle|role|part)\s+"
        rf"(?:des|der|of))\s+(?:[a-zäöüß\-]+\s+){{0,2}}{_C}"
    ),
    # "As the father, Ben, Paul Roth says almost nothing": the role's noun, its name, then the actor
    re.compile(
        rf"^\W*(?i:as|als)\s+(?i:the|his|her|their|der|die|den|sein\w*|ihr\w*)\s+[\w\-]+,\s+{_C}[^,]{{0,30}},\s+"
        rf"{_DESCRIBED}{_A}"
    ),
    # "Playing Clara, Anna Berg finds …", "Portraying the widow Clara, X …"
    re.compile(
        rf"^\W*(?i:playing|portraying)\s+(?:(?:the|a|an)\s+[a-z\-]+\s+)?{_C}[^,]{{0,30}},\s+{_DESCRIBED}{_A}"
    ),
    # "Clara's actress, Anna Berg, …"
    re.compile(rf"{_C}[\w\-]*['’]s\s+{_ACTOR_NOUN}\s*,?\s+{_A}"),
    # "Ciccio Ingrassia, as Uncle Teo, the brother …"
    re.compile(rf"{_A}[\w\-’' ]*,\s+(?i:as|als)\s+{_C}[\w\-’' ]*,"),
    re.compile(
        rf"^\W*(?i:als)\s+(?:(?:deren|dessen|ihr\w*|sein\w*|der|die|den|dem)\s+(?:[a-zäöüß\-]+\s+)?"
        rf"(?-i:[A-ZÄÖÜ][a-zäöüß\-]+)\s+(?=[A-ZÄÖÜ]))?{_C}\S*(?:\s+[A-ZÄÖÜ][\w\-]*){{0,2}}\s+"
        r"(?:(?:ist|war|sind)(?=.*\bzu sehen\b)|brilliert\w*|überzeugt\w*|"
        rf"glänzt\w*)\s+{_DESCRIBED}{_A}"
    ),
    # "Als Achtjährige wird Lara von X gespielt": an age or time first, then the role and its actor
    re.compile(
        rf"^\W*(?i:als|in|with|mit)\s+(?:[\w\-]+\s+){{1,2}}?(?:wird|wurde)\s+{_C}[\w\-’']*\s+von\s+{_DESCRIBED}{_A}"
        r"[\w\-’' ]*\s+(?:gespielt|verkörpert|dargestellt)\b"
    ),
    # "Den Karl spielt Detlev Buck", "Die Julie verkörpert die Französin X"
    # "Ihren Bruder Felix, einen Tischler, verkörpert Georg Friedrich", "…; den Karl spielt X",
    # "…, die erwachsene Lara verkörpert die Französin Sylvie Testud"
    re.compile(
        rf"(?:^|[;:]\s+|,\s+(?=(?:den|die|das)\s+[a-zäöüß]))\W*(?:[Dd]en|[Dd]ie|[Dd]as|[Ii]hren|[Ii]hre|[Ss]einen|[Ss]eine)\s+(?:[\wäöüß\-]+\s+){{0,2}}?{_C}[^\s,]*(?:,[^,]{{1,60}},)?\s+"
        rf"{_PLAYS}\s+{_DESCRIBED}{_A}"
    ),
    # "X, der in „Der Sturm“ den alten Dorfpfarrer Anselm verkörpert", "X, who plays the fisherman Padraig"
    re.compile(
        rf"{_A}[\w\-’' ]*,\s+(?:der|die)\s+(?:[^,]{{0,40}}?\s)?(?:den|die|das)\s+(?:[\w\-]+\s+){{0,3}}?"
        rf"{_C}[\w\-’' ]*\s+(?:verkörpert|verkörperte|spielt|spielte|gibt|gab|mimt)\b"
    ),
    # "Anna Berg, die Clara spielt, …": the relative clause names the role, no article before it
    re.compile(
        rf"{_A}[\w\-’' ]*,\s+(?:der|die)\s+{_C}[\w\-’']*\s+(?:verkörpert|verkörperte|spielt|spielte|mimt)\b"
    ),
    # "Clara (Darstellerin: Anna Berg)", "Ben (actor: Paul Roth)": the bracket names its actor by label
    re.compile(
        rf"{_C}[\w\-’' ]*\s*\(\s*(?i:darsteller(?:in)?|schauspieler(?:in)?|actor|actress|cast)\s*:\s*{_A}"
    ),
    re.compile(  # "X, the veteran actor who plays Harry"
        rf"{_A}[\w\-’' ]*,\s+(?:(?:the|a|an)\s+[^,]{{0,40}}?\s)?who\s+"
        r"(?:plays|played|portrays|portrayed|voices|voiced)\s+"
        rf"(?:(?:the|a|an|his|her)\s+)?(?:[\w\-]+\s+){{0,3}}?{_C}"
    ),
    # "X brings Julie to life"
    re.compile(
        rf"{_A}[\w\-’' ]*\s+(?:brings|brought|bringt|brachte)\s+{_DESCRIBED}{_C}[\w\-’' ]*\s+"
        r"(?:to life|zum leben)"
    ),
    # "X is wonderful as Julie", "X ist großartig als Julie"
    re.compile(
        rf"{_A}[\w\-’' ]*\s+(?:is|was|ist|war)\s+(?!(?:born|known|best|credited|billed|bekannt|geboren)\b)"
        rf"(?:[a-zäöüß\-]+\s+){{1,2}}(?:as|als)\s+(?:(?:the|a|an|der|die|den|das)\s+(?:[a-zäöüß\-]+\s+){{0,3}})?{_C}"
    ),
    # "Julie is played with restraint by X", "Julie wird von der Französin X verkörpert"
    re.compile(
        rf"{_C}[\w\-’' ]*\s+(?:is|was)\s+(?:played|portrayed)\s+(?:[\w\-]+\s+){{1,4}}by\s+{_DESCRIBED}{_A}"
    ),
    re.compile(
        rf"{_C}[\w\-’' ]*\s+wird\s+(?:[a-zäöüß\-]+\s+){{0,3}}von\s+{_DESCRIBED}{_A}[\w\-’' ]*\s+"
        r"(?:gespielt|verkörpert|dargestellt|gesprochen)\b"
    ),
    # "Gespielt wird Roman von Thomas Schubert", "Verkörpert wurde die Mutter von X"
    re.compile(
        rf"(?:^|[,;:]\s+)\W*(?i:gespielt|verkörpert|dargestellt|gesprochen)\s+(?i:wird|wurde)\s+{_DESCRIBED}"
        rf"{_C}[\w\-’' ]*\s+(?:von|durch)\s+{_DESCRIBED}{_A}"
    ),
    # "überzeugt Sophie Lange als dessen Tochter Nele"
    re.compile(
        rf"\b(?:überzeugt|glänzt|brilliert|beeindruckt|berührt|besticht)\w*\s+{_DESCRIBED}{_A}"
        rf"[\w\-’' ]*\s+als\s+"
        rf"(?:(?:dessen|deren|seine|ihre|sein|ihr|die|der|den)\s+)?(?:[\w\-]+\s+){{0,2}}{_C}"
    ),
    # "X gives the film its only warmth as Midge Hale", "X turns in a career-best performance as Y"
    re.compile(
        rf"{_A}[\w\-’' ]*\s+(?:gives|gave|delivers|delivered|brings|brought|turns in|turned in)\s+"
        rf"[^,.;:()]{{1,50}}?\s+as\s+{_C}"
    ),
    # "Jakob ist mit dem jungen Paul Wendt ideal besetzt", "Die Rolle der Agnes wurde mit X besetzt"
    re.compile(
        rf"{_C}[\w\-’' ]*\s+(?:ist|war|wurde|wird)\s+(?:[a-zäöüß]+\s+)?mit\s+{_DESCRIBED}{_A}[\w\-’' ]*\s+"
        r"(?:[a-zäöüß]+\s+){0,2}besetzt\b"
    ),
    # "X brings a fierce stubbornness to Lucia", "X lends her father Esteban a weary dignity",
    # "X verleiht Paul eine nervöse Energie": an actor gives a role a quality
    re.compile(
        rf"{_A}[\w\-’' ]*\s+(?:brings|brought|lends|lent|gives|gave)\s+(?:(?:a|an|the|his|her|their)\s+)?"
        rf"(?:[a-z\-]+\s+){{0,3}}?{_QUALITY}\s+to\s+{_DESCRIBED}{_C}"
    ),
    re.compile(
        rf"{_A}[\w\-’' ]*\s+(?:lends|lent|gives|gave|verleiht|verlieh)\s+{_DESCRIBED}{_C}[\w\-’' ]*\s+"
        rf"(?:a|an|eine[nr]?|ein|etwas)\s+(?:[a-zäöüß\-]+\s+){{0,3}}?{_QUALITY}\b"
    ),
    # "The score is by Michel Legrand, who also turns up on screen as Bob": the composer appears as Bob
    re.compile(
        r"(?P<actor>[A-ZÄÖÜÀ-Þ][\w\-’']*(?:\s+[A-ZÄÖÜÀ-Þ][\w\-’']*){1,3}),\s+(?:who|der|die)\s+"
        r"(?:also\s+|even\s+|auch\s+|selbst\s+)?"
        r"(?:turns up|turned up|shows up|showed up|appears|appeared)"
        r"(?:\s+(?:on screen|briefly|in the film))?\s+"
        rf"as\s+{_DESCRIBED}{_C}"
    ),
    # "Rachel Griffiths, in ihrer ersten großen Kinorolle, macht aus Rhonda eine laute Verbündete",
    # "X turns Rhonda into a loud ally": what an actor makes of a role
    re.compile(
        rf"{_A}[\w\-’' ]*(?:,[^,;:()]{{1,60}},)?\s+(?:macht|machte)\s+aus\s+{_DESCRIBED}{_C}[\w\-’']*\s+"
        r"(?:eine[nr]?|ein)\s"
    ),
    re.compile(
        rf"{_A}[\w\-’' ]*(?:,[^,;:()]{{1,60}},)?\s+(?:turns|turned)\s+{_DESCRIBED}{_C}[\w\-’']*\s+"
        r"into\s+(?:a|an)\s"
    ),
    # "X lends his voice to Captain Orrin", "X leiht Wiebke ihre Stimme"
    re.compile(rf"{_A}[\w\-’' ]*\s+(?:lends|lent)\s+(?:his|her|their)\s+voice\s+to\s+{_DESCRIBED}{_C}"),
    re.compile(rf"{_A}[\w\-’' ]*\s+(?:leiht|lieh)\s+{_DESCRIBED}{_C}[\w\-’' ]*\s+(?:seine|ihre)\s+[Ss]timme"),
    # "Während Maria Lenz die Anna spielt, …": a German clause puts its verb last
    re.compile(
        rf"\b(?i:während|weil|wenn|als|da|nachdem|bevor|wo|wie|dass|indem|obwohl)\s+{_A}[\w\-’' ]*?\s+"
        rf"(?:die|den|das)\s+(?:[a-zäöüß\-]+\s+){{0,2}}{_C}[\w\-’']*(?:\s+[A-ZÄÖÜ][\w\-’']*)?\s+{_PLAYS}"
        r"(?=\s*[,.;]|\s*$)"
    ),
    # "Den alten Fischer, der nie glücklich wurde, hat Mario Adorf gespielt"
    re.compile(
        rf"(?:^|[;:]\s+)\W*(?:[Dd]en|[Dd]ie|[Dd]as|[Ii]hren|[Ii]hre|[Ss]einen|[Ss]eine)\s+"
        rf"(?:[\wäöüß\-]+\s+){{0,2}}?{_C}[^\s,]*(?:,[^,]{{1,80}},)?\s+(?:hat|hatte)\s+{_DESCRIBED}{_A}"
        r"[\w\-’' ]*\s+(?:gespielt|verkörpert|gegeben)\b"
    ),
]
# A possessive's mark right after a name the name finder took without it: "Hank's", "Agnes'"
OWNER_MARK = re.compile(r"['’]s(?=\s)|(?<=[sxzß])['’](?=\s)")
_OWNED_THEN_NAMED = re.compile(r"\s+(?:[a-zäöüß\-]+\s+){1,2}(?P<name>[A-ZÄÖÜÀ-Þ][\w\-]+)(?=\s*,)")
_OPENING_ADVERBS = frozenset("besonders vor allem gerade selbst leider immerhin sogar especially".split())
# "Anna-Lena Fischers Darstellung der Schwester Ilse", "X's portrayal of Y", "X's turn as Y"
_PERFORMANCE_OF = re.compile(
    r"(?P<actor>[A-ZÄÖÜÀ-Þ][\w\-]+(?:\s+[A-ZÄÖÜÀ-Þ][\w\-]+){1,2}?)(?:['’]s|s)\s+(?:[a-zäöüß\-]+\s+){0,2}"
    r"(?i:darstellung|verkörperung|interpretation|portrayal|performance|turn)\s+(?i:der|des|als|as|of)\s+"
    r"(?:[\w\-]+\s+){0,3}?(?P<char>[A-ZÄÖÜÀ-Þ][\w\-]+)(?=[\s,.;:!?]|$)"
)


_ACTOR_NOUN_AFTER = re.compile(rf"\s+{_ACTOR_NOUN}\b", re.IGNORECASE)
_NAMED_ROLE_ONLY = (_AS_ROLE_OPENING, _AS_RELATIVE_OPENING, _ROLE_THEN_RELATIVE)  # a name, no noun


# Between an actor and "the role of X": "X in der Rolle der Anna", "X übernimmt die Rolle der Anna"
_TAKES_THE_ROLE = re.compile(
    r"\s*(?:in|im|übernimmt|übernahm|spielt|spielte|bekommt|bekam|takes on|took on|takes|took|plays|"
    r"played|gets|got|lands|landed)?\s*",
    re.IGNORECASE,
)


def _cast_shapes(sentence: str, names: list[Name], persons: set[str]) -> list[tuple[str, str]]:
    """(character, actor) from `_CAST_SHAPES`: both must be names the sentence holds, the actor a
    person (two words, or the surname of one)."""

    def name_at(position: int) -> Name | None:
        """The name starting here; "den Alexander Asochakov" may be found as "Asochakov" alone."""
        word = re.match(r"[\w\-’']+", sentence[position:])
        end = position + word.end() if word else position
        found = next((n for n in names if n.start in (position, end + 1) and n.end > position), None)
        if found is not None and found.start != position and found.tokens >= 2:
            return found  # "der Französin Marie Lenz": the noun before a full name describes her
        if found is not None and found.start != position:
            text = sentence[position : found.end]
            return Name(text, position, found.end)
        return found

    pairs = []
    for shape in _CAST_SHAPES:
        for match in shape.finditer(sentence):
            actor = name_at(match.start("actor")) if "actor" in shape.groupindex else None
            if actor is None and "actor" in shape.groupindex:  # "The veteran Bud Tingwell lends dignity to …"
                inside = [
                    n
                    for n in names
                    if match.start("actor") < n.start and n.end <= match.start("char") and n.tokens >= 2
                ]
                actor = inside[0] if len(inside) == 1 else None  # one name only: no one else's
            character = name_at(match.start("char"))
            if character is None:  # "Die Julie spielt …": a name after an article reads as a noun
                word = re.match(r"[\w\-]+", sentence[match.start("char") :])
                if word is None or word.group().lower() in STOPWORDS or shape in _NAMED_ROLE_ONLY:
                    continue  # "Als Kind ist X …" names no role
                character = Name(word.group(), match.start("char"), match.start("char") + word.end())
            if actor is None and "actor" in shape.groupindex:
                continue
            actress = re.search(r"['’]s$", character.text) and _ACTOR_NOUN_AFTER.match(
                sentence, character.end
            )
            if actress:  # "Clara's actress, Anna Berg": Clara is the role
                character = Name(character.text[:-2], character.start, character.end - 2)
            mark = OWNER_MARK.match(sentence, character.end)  # "Agnes' Schwester", not "'Jake' is"
            if not actress and (
                POSSESSIVE_END.search(character.text) or mark
            ):  # "Cast as Hank's brother Vern, X"
                owned = _OWNED_THEN_NAMED.match(sentence, mark.end() if mark else character.end)
                if owned is None or owned.end() > match.end():
                    continue  # "Agnes' Schwester Rosa wird von X gespielt": not Agnes; read elsewhere
                character = Name(owned.group("name"), owned.start("name"), owned.end("name"))
            called = _CALLED.search(sentence, character.end, match.end())
            if called:  # "Den Vater, einen Fischer namens Ben, spielt X": the role's name is Ben
                character = Name(called.group("name"), called.start("name"), called.end("name"))
            if actor is None:  # the role first: the nearest person after it in the clause
                _, high = _clause_bounds(sentence, match.start())
                actor = (
                    next(  # unless one stands right before it: "Mit X in der Rolle der Anna und Y …"
                        (
                            n
                            for n in names
                            if n.tokens >= 2
                            and n.end <= match.start()
                            and re.fullmatch(_TAKES_THE_ROLE, sentence[n.end : match.start()])
                            and _is_person(n, persons)
                        ),
                        None,
                    )
                    or next(
                        (
                            n
                            for n in names
                            if n.start > character.end
                            and n.end <= high
                            and n.tokens >= 2
                            and _is_person(n, persons)
                        ),
                        None,
                    )
                    or next(
                        (
                            n
                            for n in reversed(names)
                            if n.end < match.start() and n.tokens >= 2 and _is_person(n, persons)
                        ),
                        None,
                    )
                )
            if actor is None or not _is_person(actor, persons) or same_name(actor.text, character.text):
                continue
            if re.search(r"(?:rolle|role|part)$", character.text, re.I):
                continue  # "Die Hauptrolle spielt X": which role is not said
            pairs.append((character.text, actor.text))
    for match in _PERFORMANCE_OF.finditer(sentence):
        character = next(  # "der verbitterten Schwester Ilse": the name after the descriptor
            (n for n in names if match.start("char") <= n.start <= match.start("char") + 30), None
        )
        words = match.group("actor").split()
        while len(words) > 2 and words[0].lower() in STOPWORDS | _OPENING_ADVERBS:
            words = words[1:]  # "Besonders Anna-Lena Fischers Darstellung"
        actor = " ".join(words)
        if character is not None and character.tokens and not same_name(actor, character.text):
            pairs.append((character.text, actor))
    return pairs


# "Moritz Bleibtreu, der …, spielt ihn", "She is played by Yalitza Aparicio": the character is the
# one the sentence before introduced.
_PRONOUN_ACTIVE = re.compile(
    r"\b(?:spielt|spielte|verkörpert|verkörperte|gibt|mimt|plays|played|portrays)\s+"
    r"(?:ihn|him|(?:sie|her)(?!\s+(?!(?:mit|ohne|voller|with|without)\s)(?:[a-zäöüß\-]+\s+){1,2}[A-ZÄÖÜ])|"
    r"(?:diesen|diese|dieses|this|that)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+)\b"
)  # "Klaus Kinski spielt diesen Träumer": the one the sentence before named ("plays her husband
# Nick" is a possessive: Nick is the role)
_PRONOUN_FRONTED = re.compile(
    r"(?:^\W*|;\s*)(?i:ihn)\s+(?:spielt|spielte|verkörpert|verkörperte|gibt|mimt)\s+"
    r"(?:(?:der|die|das)\s+)?(?:[a-zäöüß\-]+\s+){0,2}?(?=[A-ZÄÖÜÀ-Þ])"
)
_PRONOUN_PASSIVE = re.compile(
    r"(?:^\W*|;\s*)(?:(?:gespielt|verkörpert|dargestellt)\s+wird\s+(?:er|sie)\s+von|(?:er|sie)\s+wird\s+von|"
    r"(?:he|she)\s+is\s+(?:played|portrayed)\s+by|"
    # "… Tom Long. The role went to X", "Die Rolle übernahm X": the role of the one just named
    r"(?:the|this)\s+(?:role|part)\s+(?:went|goes|was\s+given|is\s+given)\s+to|"
    r"(?:die|diese)\s+(?:rolle|figur)\s+(?:übernahm|übernimmt|ging\s+an|spielt|spielte|verkörpert|verkörperte))"
    r"\s+(?:\w+\s+){0,2}?(?=[A-ZÄÖÜÀ-Þ])",
    re.IGNORECASE,
)


# Casting that did not happen: "sollte … spielen", "was originally cast as", "turned down the role".
_HYPOTHETICAL = re.compile(
    r"\b(?:sollte|sollten|hätte|hätten|was to (?:play|have)|were to|was supposed to|was originally cast|"
    r"originally cast|turned down|lehnte\w* (?:die rolle |das angebot )?ab|absagen|abgesagt|"
    r"was considered for|im gespräch für|in talks to)\b",
    re.I,
)
# "Klaus Kinski spielt die Titelrolle", "X plays the title character": the film is named after its hero.
_TITLE_ROLE = re.compile(
    r"\b(?:spielt|spielte|übernimmt|übernahm|verkörpert|verkörperte|plays|played|takes|took|stars in|is)\s+"
    r"(?:die|the)\s+(?:titelrolle|titelfigur|title role|title character)\b|"
    r"\b(?:in der titelrolle|in the title role|für die titelrolle|for the title role|"
    r"als titelheld\w*|as the title character)\b",
    re.I,
)


def _whole_role(character: str, sentence: str) -> str:
    """ "Tommy's" is half a role: "Tommy's mother", as the sentence goes on."""
    if not re.search(r"['’]s$", character):
        return character
    noun = re.search(rf"{re.escape(character)}\s+([a-z][a-z\-]+)", sentence)
    return f"{character} {noun.group(1)}" if noun else character


def _hypothetical(sentence: str, actor: str) -> bool:
    """Whether the part of the sentence naming the actor casts him only in theory ("Ursprünglich
    sollte X die Rolle der Merle spielen, doch sie sagte ab")."""
    at = sentence.find(actor)
    if at == -1:
        return False
    low = max(sentence.rfind(mark, 0, at) for mark in (",", ";", ":"))
    ends = [i for i in (sentence.find(mark, at) for mark in (",", ";", ":")) if i != -1]
    return bool(_HYPOTHETICAL.search(sentence, low + 1, min(ends, default=len(sentence))))


def _title_role(sentence: str, names: list[Name], film: str) -> list[tuple[str, str]]:
    """(title, actor) when the sentence casts the title role of a film named like a person
    ("Fitzcarraldo", "Toni Erdmann"): the person nearest the cue in its clause."""
    cue = _TITLE_ROLE.search(sentence)
    owner = re.match(r"([A-ZÄÖÜÀ-Þ][\w\-]+)['’]s\s", film)  # "Babette's Feast": Babette is the title role
    film = owner.group(1) if owner else film
    if cue is None or not re.fullmatch(r"[A-ZÄÖÜÀ-Þ][\w\-]+(?: [A-ZÄÖÜÀ-Þ][\w\-]+){0,2}", film):
        return []
    if any(fold(word) in STOPWORDS for word in film.split()):
        return []  # "Der Himmel über Berlin" names no one
    low, high = _clause_bounds(sentence, cue.start())
    people = [n for n in names if low <= n.start < high and n.tokens >= 2 and not same_name(n.text, film)]
    if not people:
        return []
    actor = min(people, key=lambda n: min(abs(n.end - cue.start()), abs(n.start - cue.end())))
    return [(film, actor.text)]


_INTRODUCED = re.compile(r"\b(?:is|ist|was|war|heißt|hieß|named|called|namens)\s+$")


def _pronoun_cast(
    sentence: str,
    names: list[Name],
    previous: list[Name],
    films: dict[str, FilmTitle],
    previous_text: str = "",
) -> list[tuple[str, str]]:
    """(character, actor) where the sentence names the actor and a pronoun the character: the
    character is the first name of the sentence before (not a film's title)."""
    titles = {fold(form) for film in films.values() for form in [film.title, *film.aliases] if form}
    bare_titles = titles | {_LEADING_ARTICLE.sub("", t) for t in titles}  # "The Storm's antagonist"
    characters = [
        n
        for n in previous
        if n.text
        and fold(n.text) not in titles
        and re.sub(r" s$", "", fold(n.text)) not in bare_titles
        and n.text.lower() not in STOPWORDS
    ]
    actor = None
    passive = _PRONOUN_PASSIVE.search(sentence)
    fronted = _PRONOUN_FRONTED.search(sentence)
    if passive:
        actor = next((n for n in names if n.start == passive.end() and n.tokens >= 2), None)
        if (
            actor is not None and passive.start() > 0
        ):  # "Anna, …, zieht an die Küste; sie wird von X gespielt"
            subject = [n for n in names if n.end <= passive.start() and fold(n.text) not in titles]
            if not subject or same_name(subject[0].text, actor.text) or subject[0].text.lower() in STOPWORDS:
                return []
            return [(subject[0].text, actor.text)]
    elif fronted:  # "Ihn spielt Johannes Allmayer", "…; ihn spielt X": the object pronoun first
        actor = next((n for n in names if n.start == fronted.end() and n.tokens >= 2), None)
        if actor is not None and fronted.start() > 0:  # after a semicolon: the clause before named him
            introduced = [
                n
                for n in names
                if n.end <= fronted.start() and _INTRODUCED.search(sentence[max(0, n.start - 12) : n.start])
            ]
            if not introduced:
                return []
            return (
                [(introduced[-1].text, actor.text)] if not same_name(actor.text, introduced[-1].text) else []
            )
    else:  # "Bill Hunter, ein Veteran des australischen Kinos, spielt ihn": past the aside
        masked = _blank(_APPOSITION, _blank(_RELATIVE_CLAUSE, sentence))
        active = _PRONOUN_ACTIVE.search(masked)
        if active:
            low, _ = _clause_bounds(masked, active.start())
            before = [
                n
                for n in names
                if low <= n.start
                and n.end <= active.start()
                and n.tokens >= 2
                and masked[n.start : n.end].strip(" ,")
            ]
            gap = masked[before[-1].end : active.start()] if before else ""
            actor = before[-1] if before and len(gap.strip(" ,")) <= 2 else None
            if actor is not None and low > 0:  # "Belli, seine Schwester, …; Johanna Lier spielt sie"
                subject = [
                    n
                    for n in names
                    if n.end < low and fold(n.text) not in titles and n.text.lower() not in STOPWORDS
                ]
                named_in_full = [n for n in subject if n.tokens >= 2]
                if len(subject) != 1 and len(named_in_full) == 1:
                    subject = named_in_full  # "… lernt er den Amerikaner Tom Ripley kennen, …; X gibt ihn …"
                if len(subject) == 1 and not same_name(subject[0].text, actor.text):
                    return [(subject[0].text, actor.text)]  # else: the one the sentence before named
    if actor is None:
        return []
    # "The man is Travis Henderson, and Harry Dean Stanton plays him": named earlier in the sentence.
    earlier = [
        n
        for n in names
        if n.end <= actor.start
        and fold(n.text) not in titles
        and n.text.lower() not in STOPWORDS
        and _INTRODUCED.search(sentence[max(0, n.start - 12) : n.start])
    ]
    if not (earlier and not passive) and not characters:
        return []
    character = earlier[-1] if earlier and not passive else characters[0]
    if same_name(actor.text, character.text):
        return []
    whose = re.search(r"([A-ZÄÖÜÀ-Þ][\w\-]+(?:['’]s|s))\s+$", previous_text[: character.start])
    from_before = not (earlier and not passive)  # "… Hedwigs Mutter abreist. X spielt sie."
    if from_before and whose and previous_text[character.start : character.end] == character.text:
        return [(f"{whose.group(1)} {character.text}", actor.text)]
    return [(character.text, actor.text)]


_AUXILIARY_END = re.compile(r",?\s+(?:wird|wurde|is|was|ist|war)\s*$", re.I)


def _last_noun(head: str) -> str:
    """The character named right before ", gespielt von": a name or a noun ("der Arzt"), also
    before "wird verkörpert von" ("Karl, ein Bauer, wird …")."""
    head = _AUXILIARY_END.sub("", head)
    parts = [part.strip() for part in head.split(",") if part.strip()]
    if not parts:
        return ""
    if len(parts) > 1 and re.match(rf"^{_ARTICLE}\b", parts[-1], re.I) and find_names(parts[-2]):
        return find_names(parts[-2])[-1].text
    described = re.fullmatch(
        r"(?:(?:the|an?)\s+)?((?:(?:his|her|their)\s+)?(?:[a-z\-]+\s+){0,2}[a-z\-]+)", parts[-1], re.I
    )
    if described and parts[-1][:1].isupper() and len(parts) == 1:
        return described.group(1)  # "The old teacher is played by X": an English role is lower-case
    capitals = re.findall(  # a nickname in quotes belongs to the name: Jack "Lucky" Morrow
        r"[A-ZÄÖÜÀ-Þ][\w\-’']*(?:\s+(?:[\"“„][A-ZÄÖÜÀ-Þ][\w\-]+[\"”“]\s+)?[A-ZÄÖÜÀ-Þ][\w\-’']*)*", parts[-1]
    )
    return capitals[-1] if capitals else ""


_BILLED_AS = re.compile(r"\((?:credited|billed|listed|uncredited|im abspann)\b[^()]*\)", re.IGNORECASE)
_DESCRIBED_LIST_LINE = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:\*\*)?(?P<role>[A-ZÄÖÜÀ-Þ][\w\-’']*(?:\s+[A-ZÄÖÜÀ-Þ][\w\-’']*){0,3})(?:\*\*)?\s*:"
    r"[^()]{3,200}\((?:gespielt|dargestellt|verkörpert|played|portrayed)\s+(?:von|by)\s+"
    r"(?P<actor>[A-ZÄÖÜÀ-Þ][\w\-’']*(?:\s+(?:(?:de|da|del|van|von|la|le)\s+)?[A-ZÄÖÜÀ-Þ][\w\-’']*){1,3})\)\s*[.;]?\s*$"
)
# A cast list line with a described role: "Takashi Shimura as the woodcutter".
_AS_ROLE_LINE = re.compile(
    r"^\s*(?:[-*•]\s*)?(?P<actor>[A-ZÄÖÜÀ-Þ][^\s,;:]*(?:\s+[^\s,;:]+){1,3}?)\s+(?:as|als)\s+"
    r"(?P<role>(?:the|der|die|das|den|ein|eine|a|an)\s+[^,.;:()]{2,40}|"
    r"[A-ZÄÖÜÀ-Þ][\w\-]*['’]s?\s+[\w\-]+)\s*(?:[,(–—].*)?$"  # "… as Rosa's father"
)
_ACTOR_COLUMN = r"darsteller\w*|schauspieler\w*|actors?|actress|cast|besetzung|performers?"
_ROLE_COLUMN = r"rollen?|roles?|figur|figuren|characters?|parts?"
_TABLE_HEADER = re.compile(  # "| Darsteller | Rolle |" or "| Role | Actor |"
    rf"^\W*(?:(?P<actor>{_ACTOR_COLUMN})\W+(?:{_ROLE_COLUMN})|(?:{_ROLE_COLUMN})\W+(?:{_ACTOR_COLUMN}))\W*$",
    re.I,
)
_TABLE_CELLS = re.compile(r"^\s*\|(?P<cells>.+)\|\s*$")
_INFO_KEY_CELL = re.compile(
    rf"^\s*(?:{'|'.join(CREW_CUES.values())}|buch|länge|laufzeit|running time|runtime)\s*$", re.I
)


def _table_row(line: str) -> str:
    """A Markdown table row read as a list line, same length: "| Nina Hoss | Greta |" as
    "  Nina Hoss – Greta  ", "| Regie | Katrin Vogt |" as "  Regie:  Katrin Vogt  "."""
    row = _TABLE_CELLS.match(line)
    if row is None or row.group("cells").count("|") != 1:
        return line
    first = row.group("cells").split("|")[0]
    middle = ":  " if _INFO_KEY_CELL.match(first) else " – "
    inner = re.sub(r"\s\|\s", middle, row.group("cells"), count=1)
    if len(inner) != len(row.group("cells")):
        return line
    return line[: row.start("cells") - 1] + " " + inner + " " + line[row.end("cells") + 1 :]


# "**Regie:** Katrin Vogt · **Buch:** Lars Brenner · **Kamera:** Mira Stein": credits on one line.
_CREDIT_SEPARATOR = re.compile(r"\s+[·•|/]\s+|\s*;\s+|\n|\.\s+(?=[A-ZÄÖÜ][\wäöüß ]{1,30}:)")


# A programme's credit line abbreviates its keys: "F 1995 · 98 Min. · OmU · R: X · D: A, B".
_ABBREVIATED_KEY = re.compile(r"^\s*(?P<key>[RDBKMS])\s*:\s*")
_ABBREVIATIONS = {"R": "Regie", "D": "Darsteller", "B": "Buch", "K": "Kamera", "M": "Musik", "S": "Schnitt"}
_COUNTRY_YEAR = re.compile(  # "F 1995", "Japan 2018", "China/Hongkong 1991"
    r"^\s*(?:(?-i:[A-Z]{1,4}|[A-ZÄÖÜ][a-zäöüß]+)(?:/(?-i:[A-Z]{1,4}|[A-ZÄÖÜ][a-zäöüß]+))*\s+)?"
    r"(?P<year>(?:18|19|20)\d\d)\s*$"
)


_SECOND_KEY = re.compile(r",\s*(?=[A-ZÄÖÜ][\w\-]+\s*:\s)")
# Credits lines typed with other marks: "Regie » X ‖ Buch » Y", "director >> X", "China 1984 // 89 min",
# "Paula ~ Angelica Domröse ‖ Paul ~ …", "Xue Bai = Cuiqiao ... Wang Xueqi = Gu Qing". Each mark is
# replaced by one of the same length that the readers know, so offsets stay.
_SEGMENT_MARKS = [(" // ", " ·  "), ("‖", "·"), ("◆", "·"), ("▸", "·"), ("¦", "·")]
_KEY_MARKS = [(" >> ", " :  "), (" » ", " : "), (" → ", " : "), (" :: ", " :  ")]
_PAIR_MARKS = [(" = ", " – "), (" ~ ", " – ")]


def plain_credit_marks(line: str) -> str:
    """The line with unusual credit marks replaced (see above); other lines unchanged."""
    if not any(mark in line for mark, _ in [*_SEGMENT_MARKS, *_KEY_MARKS]) and not any(
        line.count(mark) >= 2 for mark, _ in _PAIR_MARKS
    ):
        return line
    # "… Film Studio director >> Chen Kaige camera >> …": joined lines; each key opens a part
    line = re.sub(r"(?<=\S) (?=(?:(?:the|die|der|das)\s+)?[^\s:·‖]+ (?:>>|»|→|::) )", "\n", line)
    for mark, plain in [*_SEGMENT_MARKS, *_KEY_MARKS]:
        line = line.replace(mark, plain)
    if sum(line.count(mark) for mark, _ in _PAIR_MARKS) >= 2 or "·" in line:
        for mark, plain in _PAIR_MARKS:
            line = line.replace(mark, plain)
        line = line.replace(" ... ", " ·   ")
    return line


def _listed_pairs(line: str) -> list[tuple[str, str, str]]:
    """Cast pairs of a line that lists two or more: "Paula – Angelica Domröse · Paul – …"; a leading
    label ("the people : …") is dropped."""
    parts = _CREDIT_SEPARATOR.split(line)
    if len(parts) < 2:
        return []
    for index, part in enumerate(parts):  # "the people : Xue Bai – Cuiqiao"
        head, colon, rest = part.partition(": ")
        if colon and _CAST_HEADING.match(head.strip()):  # "The cast, in order of appearance: X — Y; …"
            parts[index] = part = rest
        labelled = _INFO_LINE.match(part)
        if labelled and not _is_credit_key(labelled.group("key")) and " – " in labelled.group("value"):
            parts[index] = labelled.group("value")
    found = []
    for part in parts:
        part = part.strip()
        if _INFO_LINE.match(part) or not (_LIST_PAIR.match(part) or _SLASH_PAIR.match(part)):
            continue  # no names are looked for where no pair can stand
        pair = _list_pair(part, find_names(part), in_cast_list=True)
        if pair:
            found.append(pair)
    continued = bool(found) and parts[0].strip()[:1].islower()  # the list's line before ended mid-entry
    return found if len(found) >= 2 or continued else []


def _credit_parts(line: str) -> tuple[list[str], list[str]]:
    """The "Key: Value" parts of a credits line with two keys or more, and its short unkeyed parts
    ("F 1995", "98 Min."); ([], []) for a line that is no credits line."""
    # "Musik: X, Songs: Y": a second key after a comma starts a part of its own
    parts = [piece for part in _CREDIT_SEPARATOR.split(line) for piece in _SECOND_KEY.split(part)]
    if len(parts) > 2:  # abbreviated keys only in a line of three parts or more
        parts = [
            _ABBREVIATED_KEY.sub(lambda m: f"{_ABBREVIATIONS[m.group('key')]}: ", part) for part in parts
        ]
    keyed = [part for part in parts if _INFO_LINE.match(part)]
    loose = [part for part in parts if not _INFO_LINE.match(part) and not _LIST_PAIR.match(part)]
    if not keyed and len(parts) > 2 and len(_loose_credit_values(loose)) >= 2:
        return [], loose  # "USA / BRD 1984 · Schwarzweiß · 89 Minuten · OmU": year and length, no keys
    if len(keyed) >= 2 and all(len(part.split()) <= 3 for part in loose):
        return keyed, loose
    if len(parts) > 2 and keyed and _loose_credit_values(loose):
        return keyed, loose  # "Originaltitel: Manbiki kazoku · Japan 2018 · 121 Minuten · OmU"
    return [], []


def _credit_segments(line: str) -> list[str]:
    """The "Key: Value" parts of a credits line with two keys or more, else []."""
    return _credit_parts(line)[0]


def _loose_credit_values(parts: list[str]) -> list[tuple[str, str, str]]:
    """A credits line's unkeyed values: "F 1995" is the year, "98 Min." the running time."""
    found = []
    for part in parts:
        if year := _COUNTRY_YEAR.match(part):
            found.append(("release", year.group("year"), "year"))
        elif (duration := DURATION.search(part)) and re.search(r"\bmin", part, re.I):
            found.append(("runtime", duration.group(1), ""))
    return found


POSSESSIVE = "possessive"  # "Nina Hoss's Greta": an actor's role, unless the owner made the film


# An owner's full name (two to four words, particles between) and the role owned: one or two words
_OWNER_NAME = r"[A-ZÄÖÜÀ-Þ][\w\-]+(?:\s+(?:(?:de|da|di|von|van|der|le|la)\s+)?[A-ZÄÖÜÀ-Þ][\w\-]+){1,3}"
_OWNED_NAME = r"[A-ZÄÖÜÀ-Þ][\w\-]+(?:\s+[A-ZÄÖÜÀ-Þ][\w\-]+)?"


def _possessive_pair(actor: str, character: str) -> str:
    """ "Nina Hoss's Greta", "Nina Hoss' Greta": the actor's name, a possessive, the role's name."""
    return rf"(?P<{actor}>{_OWNER_NAME})(?:['’]s|(?<=[sxzß])['’])\s+(?P<{character}>{_OWNED_NAME})"


_POSSESSIVE_CAST = re.compile(
    _possessive_pair("actor", "character")
    + r"(?=\s+(?:is|was|ist|war|wirkt|bleibt|remains|becomes|wird)\b|,|"
    # "Owen Marsh's Tom returns …", "X's Paul and Y's Anna": a verb or the next such pair after it
    r"\s+(?:and|und)\s+[A-ZÄÖÜÀ-Þ][\w\-]+(?:\s+[A-ZÄÖÜÀ-Þ][\w\-]+)*['’]s?\s|"
    r"\s+(?:[a-z]+ly\s+)?(?!(?:films?|movies?|roles?|performances?|works|years|days|words)\b)[a-z]{3,}(?:s|ed)\b)"
)
# "Lea Borns Anna ist …": a German genitive, no apostrophe; the verb after the role says it is one
_GENITIVE_CAST = re.compile(
    rf"(?P<actor>{_OWNER_NAME}?)s\s+(?P<character>{_OWNED_NAME})"  # the shortest owner before the "s"
    r"(?=\s+(?:ist|war|wirkt|bleibt|wird|zieht|kehrt|lebt|sucht|hat|kämpft|verliebt|liebt)\b)"
)
# "Jan Ott's Paul and Maria Lenz's Anna make an odd couple": the second pair after the first
_POSSESSIVE_PAIRED = re.compile(
    _possessive_pair("first", "first_role") + r"\s+(?:and|und)\s+" + _possessive_pair("actor", "character")
)


def _possessive_cast(sentence: str, persons: set[str]) -> list[tuple[str, str]]:
    """(character, actor) from "Nina Hoss's Greta is …", "Nina Hoss' Greta ist …", "Lea Borns Anna ist …"."""
    found = []
    genitives = [  # "Lea Borns Anna": both named elsewhere ("Lea Born", "Anna Klein"), or "Roman" is a noun
        match
        for match in _GENITIVE_CAST.finditer(sentence)
        if fold(match.group("actor")) in persons and set(fold(match.group("character")).split()) <= persons
    ]
    for match in [*_POSSESSIVE_CAST.finditer(sentence), *_POSSESSIVE_PAIRED.finditer(sentence), *genitives]:
        actor = Name(match.group("actor"), match.start("actor"), match.end("actor"))
        if _is_person(actor, persons) and match.group("character").lower() not in STOPWORDS:
            found.append((match.group("character"), match.group("actor")))
    return found


def _drop_makers_characters(doc_films: DocumentFilms) -> None:
    """ "Fellini's Marcello is …" names the director's character, not an actor's: a possessive
    cast fact whose owner made the film, or whose role is a title, is dropped."""
    makers = {(f.film, fold(f.value)) for f in doc_films.facts if f.kind in CREW_KINDS}
    titles = {fold(t) for film in doc_films.films for t in [film.title, *film.aliases]}
    doc_films.facts = [
        f
        for f in doc_films.facts
        if f.detail != POSSESSIVE
        or not (
            any(same_name(f.value, maker) for film, maker in makers if film == f.film)
            or any(fold(f.subject) in title for title in titles)
        )
    ]


ROLE_LINE = "list-role"  # a cast line whose role is a description: already (character, actor)
LIST_DETAILS = ("list", ROLE_LINE)


# An interview's turn, not a list line: the words after the speaker's label are a question or run on
# as a sentence ("Ja, auf dem Roman …").
_SPOKEN = re.compile(r"^(?:[^?]*\?|[\w\-]+(?:\s+[\w\-]+)?\s*,\s+[a-zäöüß][^,]{30,})")


def _list_pair(line: str, names: list[Name], in_cast_list: bool = False) -> tuple[str, str, str] | None:
    """ "Klaus Kinski: Fitzcarraldo" / "Amélie Poulain – Audrey Tautou": both sides start with a name.
    Under a cast heading a role need not look like a name: "Jürgen Prochnow: Der Alte, Kommandant"."""
    match = _LIST_PAIR.match(line) or (_SLASH_PAIR.match(line) if in_cast_list else None)
    if not match:
        return None
    separator = line[match.end("left") : match.start("right")]
    if ":" in separator and _SPOKEN.match(match.group("right")):
        return None  # "**Frage:** Frau Kern, worum geht es …?", "**Kern:** Ja, auf dem Roman …"
    left = [n for n in names if n.start >= match.start("left") and n.end <= match.end("left")]
    right = [n for n in names if n.start >= match.start("right") and n.end <= match.end("right")]
    if any(fold(name.text) in NO_ONE for name in [*left[:1], *right[:1]]):
        return None  # "Wiederholung: Freitag, 10:15 Uhr"
    article = re.match(r"(?:der|die|das|the)\s+", match.group("right"), re.I)  # "Der Alte, Kommandant"
    skip = article.end() if article else 0
    role_first = bool(right) and right[0].start - match.start("right") - skip <= 2
    if in_cast_list and left and not role_first and match.group("right")[skip:][:1].isupper():
        role = re.split(r"[,(/]| – ", match.group("right"))[0].strip()  # "Der Alte", article kept
        return (role, left[0].text, ROLE_LINE) if 0 < len(role.split()) <= 4 else None
    if (  # "eine Mitarbeiterin der Roboterfirma ........ Sandra Hüller": a described role, then the actor
        in_cast_list
        and match.group("left")[:1].islower()
        and right
        and right[0].tokens >= 2
        and right[0].start - match.start("right") <= 1
        and right[0].end >= match.end("right") - 1
        and len(match.group("left").split()) <= 6
    ):
        return match.group("left").strip(), right[0].text, ROLE_LINE
    if (
        in_cast_list
        and left
        and left[0].tokens >= 2
        and left[0].start - match.start("left") <= 2
        and left[0].end >= match.end("left") - 1
        and re.fullmatch(r"[\w\-'’\".]+(?:\s+[\w\-'’\".]+){0,3}", match.group("right"))
        and not (right and right[0].start == match.start("right") and right[0].tokens >= 2)
    ):
        # "Erich Ponto .. Dr. Winkel", "Herbert Halbik ... little Hansl", "Ernst Deutsch / "Baron"
        # Kurtz": a whole actor's name, then a short role that need not look like a name
        return match.group("right").replace('"', "").strip(), left[0].text, ROLE_LINE
    left_article = re.match(r"(?:der|die|das|the)\s+", match.group("left"), re.I)  # "The Faun / …"
    left_skip = left_article.end() if left_article else 0
    if not left or not right or left[0].start - match.start("left") - left_skip > 2:
        return None
    if right[0].start - match.start("right") - skip > 2:
        return None
    whole = re.split(r"[,(/]| – ", match.group("right")[skip:])[0]
    whole = re.sub(r"[„“”\"«»*]", "", whole).strip()
    if (
        whole.split()[0] != right[0].text.split()[0]
        or len(whole.split()) > 6
        or not all(w[:1].isupper() or w in PARTICLES for w in whole.split())
    ):
        return None
    left_words = re.sub(r"[„“”\"«»*]|\([^()]*\)", "", match.group("left")[left_skip:]).split()
    if not in_cast_list and not all(w[:1].isupper() or w in PARTICLES or w == "/" for w in left_words):
        return None  # "Production design: X" under no cast heading is a job, not a role
    first = left[0].text
    rest = match.group("left")[left[0].end - match.start("left") :]
    owned = re.match(r"['’]s?\s+[\wäöüß\-]+\s*$", rest) or (
        POSSESSIVE_END.search(first) and re.match(r"\s+[a-zäöüß\-]+\s*$", rest)  # "Holly's father – X"
    )
    if owned:  # "Jens' Mutter – Grete Hahn": the possessive and its noun are the role
        first = match.group("left")[left[0].start - match.start("left") :].strip()
    if "/" in match.group("left") and len(left) > 1:  # "The Faun / The Pale Man – Doug Jones": two roles
        first = " / ".join(name.text for name in left)
    # "Bjørn Floberg — Grant, Isak's old friend", "Ines, Pauls Frau ~ X": the side described after a
    # comma is the character
    described = r"\s*,\s+(?:[a-zäöüß]|[A-ZÄÖÜ][\w\-]*(?:['’]s|s)\s+[a-zäöüß])"
    after_right = (
        match.group("right")[skip:][len(whole) :] if match.group("right")[skip:].startswith(whole) else ""
    )
    if re.match(described, after_right) and not re.match(described, line[left[0].end :]):
        return " ".join(whole.split()), left[0].text, ROLE_LINE
    if re.match(described, line[left[0].end :]) and not re.match(described, after_right):
        return first, " ".join(whole.split()), ROLE_LINE
    return first, " ".join(whole.split()), "list"


INFO_KEYS: dict[str, re.Pattern[str]] = {
    "runtime": re.compile(r"^(länge|laufzeit|dauer|spieldauer|running time|runtime|run time|length)$", re.I),
    "release": re.compile(
        r"^(erscheinungsjahr|produktionsjahr|jahr|year|(?:world |welt)?premiere|uraufführung|kinostart|"
        r"release\w*|release date|erscheinungsdatum|premierendatum|starttermin|veröffentlichungsdatum|"
        r"veröffentlichung|released|erstaufführung|start)$",
        re.I,
    ),
    "setting": re.compile(
        r"^(handlungsort|schauplatz|setting|spielort|ort der handlung|zeit und ort)$", re.I
    ),
    "filming_location": re.compile(r"^(drehorte?|filming locations?|locations?|gedreht in)$", re.I),
    "based_on": re.compile(
        r"^(vorlage|literarische vorlage|buchvorlage|romanvorlage|based on(?: (?:the|a) \w+)?|nach|"
        r"source material|source|literary source)$",
        re.I,
    ),
}
PLACE = re.compile(
    r"\b(?:in|im|ins|into|to|on|at|auf|an|am|bei|near|vor|around|across|inside|über|off|aboard|zwischen|"
    r"between)\s+"
    # "ein Film, in dem man …", "a town in which nobody …": a relative clause, not a place
    r"(?!(?:dem|der|denen|which|whom)\s+(?:man|er|sie|es|wir|ich|du|ihr|sich|jeder|alle|niemand|nobody|"
    r"everyone|he|she|they|we|you|i)\b)"
    r"(?:[\w\-]+\s+){0,3}?(?:of\s+)?"  # "at the small station of Loděnice"
    r"(?!(?:English|German|French|Spanish|Italian|Japanese|Turkish|Russian|Polish|Englisch|Deutsch|"
    r"Französisch|Spanisch|Italienisch|Japanisch|Türkisch|Russisch|Schwarzweiß|Schwarz-Weiß|Farbe|"
    r"Color|Colour|Technicolor|Cinemascope|CinemaScope|Black|Zeitlupe|Echtzeit|Academy|IMAX|Panavision|"
    r"VistaVision|Widescreen|Breitwand|Super|Kamera|Camera|Regie|Rolle|Hauptrolle|Seite|Spitze|Stelle|"
    r"Hand|Windstärke|Regen|Schnee|Nebel|Farbnegativ|Negativ|Zelluloid|Celluloid|Ort|Orte|Orten|Film|"
    r"Kinos)\b)"  # "kommt … in die Kinos": a release, no place
    # a German abstract noun is no place: "auf Schwarzweißmaterial", "in der Postproduktion"
    r"(?![\w\-]*(?:material|produktion|ung|heit|keit|schaft|tion|ismus|nis|tum)\b)"
    r"[A-ZÄÖÜÀ-ÞĀĒĪŌŪŚŁŻŹĆŃŠŽČŘ][\w\-]+(?!\s+(?:ratio|format|aspect|frame))"
)  # "in the almost square Academy ratio" names a format, "an der Kamera" no place
# A time, not a place: a story may be set "im Herbst 1976", but filming does not take place there.
TIME_PHRASE = re.compile(
    rf"^(?:in|im|am|an|on|at|um|zu|zwischen|between)\s+(?:(?:der|dem|den|the|early|late|frühen|späten)\s+)?"
    rf"(?:{_MONTHS}|frühjahr|frühling|sommer|herbst|winter|spring|summer|autumn|ende|anfang|beginn|mitte|"
    r"mittelalter|zukunft|vergangenheit|gegenwart|\d{4})\b",
    re.I,
)


# A source work named with its author or article: "Eva Steins Roman", "the novel", "des Romans".
_WORK_NOUN = (
    r"(?:roman|romans|novel|novella|bestseller|buch|buches|book|theaterstück\w*|bühnenstück\w*|"
    r"stage play|play|"
    r"memoir|memoirs|memoiren|kurzgeschichte|short story|erzählung|novelle|comic|graphic novel|märchen|"
    r"biografie|biography|autobiografie|autobiography|reportage|sachbuch)"
)
_WORK_PHRASE = re.compile(
    rf"(?:(?-i:[A-ZÄÖÜ][\w\-]+(?:\s+[A-ZÄÖÜ][\w\-]+){{0,2}})(?:['’]s|s)\s+(?:\d{{4}}\s+)?(?:[\w\-]+\s+)?|"
    rf"\b(?:the|a|an|der|die|das|dem|den|des|einem|einer|eines|ein|eine)\s+(?:[\w\-]+\s+)?)"
    rf"{_WORK_NOUN}\b",
    re.I,
)
# Verbs and nouns that make a named work the film's source: "hat Eva Steins Roman verfilmt",
# "brings the novel to the screen", "Grundlage des Films ist der Roman", "nach Eva Steins Roman".
_ADAPTS = re.compile(
    r"\b(?:\w*verfilm\w*|adapt\w*|(?:to|on) the (?:big )?screen|auf die leinwand|into a film|grundlage|basis|"
    r"source|stammt aus|stammte aus|comes from|came from|entstand nach|drawn from|taken from|entnommen|"
    r"diente als|served as)\b",
    re.I,
)


_FOLLOWS_WORK = re.compile(
    r"\b(?:nach|folgt|folgte|follows|followed)\s+(?:(?:eng|lose|treu|closely|loosely)\s+)?$", re.I
)


# "Das Theaterstück, auf dem „Der Sturm“ beruht, stammt von Ingrid Solberg", "The novel on which
# The Storm is based, Nadia Karim's “The Quiet Year”, won …": the work, then what the sentence says of it.
_WORK_IT_IS_BASED_ON = re.compile(
    rf"(?P<work>{_WORK_PHRASE.pattern}),?\s+(?:auf (?:dem|der|denen)|on which|which)\s+[^,]{{1,60}}?"
    r"(?:beruht|basiert|is based|was based|adapts|adapted)\s*,\s+(?P<rest>[^;]+)",
    re.I,
)


def _source_work(sentence: str) -> str:
    """The source a sentence names without a "based on" cue: a work phrase in a clause that adapts it."""
    relative = _WORK_IT_IS_BASED_ON.search(sentence)
    if relative:
        rest = re.split(r",\s+(?=[a-zäöüß])", phrase_after(relative.group("rest"), 0))[0]
        return f"{relative.group('work')}: {rest}"
    for work in _WORK_PHRASE.finditer(sentence):
        low, high = _clause_bounds(sentence, work.start())
        follows = _FOLLOWS_WORK.search(sentence[max(0, work.start() - 30) : work.start()])
        if follows or re.match(r"nach\s", work.group(), re.I) or _ADAPTS.search(sentence[low:high]):
            return phrase_after(sentence, work.start())
    return ""


_NEGATED = re.compile(r"\b(?:not|no|kein\w*|nicht)\s+(?:an?\s+|eine?\s+)?$", re.I)


# A question, maybe after a speaker's label, with no statement before a colon ("Lange galt X als
# unverfilmbar: Wie soll man …?" states what it says before the colon).
_IS_QUESTION = re.compile(r"^\W*(?:[\w .]{1,20}:\*{0,2}\s+)?[^:]*\?[\s*_]*$")
# An interviewer's question about where the film was shot (not where its story is set).
_ASKS_WHERE_SHOT = re.compile(
    r"^(?=.*\b(?:wo|where)\b)(?!.*\b(?:set|spielt|spielen|takes place|angesiedelt)\b)"
    r"(?=.*\b(?:dreh\w*|gedreht|shoot|shot|filmed|filming|gefunden|found|find|finden|locations?)\b)",
    re.I | re.S,
)
_REMAKE_AFTER = re.compile(
    r"\b(?:ein|eine|an|a)\s+(?:[\w\-]+\s+)?(?:remake|neuverfilmung|sequel|fortsetzung)\b", re.I
)


def _own_title_year(sentence: str, film: FilmTitle | None) -> list[tuple[str, str, str]]:
    """The year in brackets right after the film's own title, unquoted: "Die Fähre (2019) ist …".
    After any other name such a year may date another work, so only the film's own names count. A
    heading's year ("# The Shawshank Redemption (1994)") is the film's year already, and no passage."""
    if sentence.lstrip().startswith("#"):
        return []
    for name in [film.title, *film.aliases] if film else []:
        dated = re.search(rf"(?<!\w){re.escape(name)}\s*\(\s*(?P<year>(?:18|19|20)\d\d)\s*\)", sentence, re.I)
        if dated:
            return [("release", dated.group("year"), "year")]
    return []


def _value_facts(sentence: str, info_key: str | None) -> list[tuple[str, str, str]]:
    """(kind, value, detail) for runtime, release, setting, filming location, source material."""
    found: list[tuple[str, str, str]] = []
    if info_key is not None:
        value = sentence[sentence.index(":") + 1 :].strip()
        for kind, key in INFO_KEYS.items():
            if not key.match(info_key.strip().strip("*")):
                continue
            if kind == "runtime" and DURATION.search(value):
                found.append((kind, DURATION.search(value).group(1), ""))
            elif kind == "release" and DATE.search(value):
                detail = "premiere" if _PREMIERE.search(info_key) else "release"
                found.append((kind, DATE.search(value).group(), detail))
            elif kind not in {"runtime", "release"}:
                found.append((kind, value, ""))
        return found
    if not VALUE_CUES["based_on"].search(sentence) and (work := _source_work(sentence)):
        found.append(("based_on", work, ""))
    at_length = _AT_LENGTH.search(sentence) or _CREDIT_RUNTIME.search(sentence)
    credit_year = (
        _CREDIT_YEAR.search(sentence)
        if sentence.count(",") >= 2 or _COUNTRY_YEAR_LENGTH.fullmatch(sentence)
        else None
    )
    if at_length is None and credit_year:  # "Comedy drama, UK 1983, colour, 111 mins."
        at_length = _CREDIT_LINE_RUNTIME.search(sentence)
        if (at_length or credit_year.group("country")) and not VALUE_CUES["release"].search(sentence):
            found.append(("release", credit_year.group("year"), "year"))
    if at_length and not VALUE_CUES["runtime"].search(sentence):
        found.append(("runtime", next(group for group in at_length.groups() if group), ""))
    dated = _TITLE_YEAR.search(sentence) or _YEAR_FILM.search(sentence)
    if dated and not VALUE_CUES["release"].search(sentence):  # "The Storm (2019)", "a 2019 British drama"
        found.append(("release", dated.group("year"), "year"))
    for kind, cue in VALUE_CUES.items():
        match = cue.search(sentence)
        if not match:
            continue
        if kind in {"setting", "filming_location"}:
            if kind == "filming_location" and _REMAKE_AFTER.search(sentence, match.end()):
                continue  # "2014 entstand in den USA … ein Remake": where the remake was made
            found += _places(sentence, kind, cue)
            continue
        if kind == "runtime":
            duration = DURATION.search(sentence)
            if duration:
                found.append((kind, duration.group(1), ""))
        elif kind == "release":
            if (VALUE_CUES["based_on"].search(sentence) or _WORK_IT_IS_BASED_ON.search(sentence)) and not (
                _FILM_RELEASE.search(sentence)
            ):
                continue  # "Bram Stokers Roman „Dracula“ aus dem Jahr 1897" dates the book, not the film
            dated: set[str] = set()
            for each in cue.finditer(
                sentence
            ):  # "Uraufführung am 12. Februar …; in die Kinos kam er am 4. April"
                low, high = _clause_bounds(sentence, each.start())
                dates = list(DATE.finditer(sentence, low, high)) or list(DATE.finditer(sentence))
                dates = [  # "both born in Montevideo in 1974": a birth year
                    d
                    for d in dates
                    if not re.search(r"\b(?:born|geboren)\b[^,;]{0,30}$", sentence[: d.start()])
                ]
                date = min(dates, key=lambda d: abs(d.start() - each.start()), default=None)
                if date and abs(date.start() - each.start()) <= 80 and date.group() not in dated:
                    dated.add(date.group())
                    detail = "premiere" if _PREMIERE.search(each.group()) else "release"
                    found.append((kind, date.group(), detail))
        elif kind == "based_on":
            negated = _NEGATED.search(sentence[: match.start()])  # "It is not an adaptation of …"
            phrase = phrase_after(sentence, negated.start() if negated else match.start())
            phrase = re.split(r",\s+(?=[a-zäöüß])", phrase)[0]  # "… Anna Berg's novel, opened in 2011"
            if not negated and (
                not re.search(r"[A-ZÄÖÜ0-9„\"*]", phrase[1:]) or _WORK_IT_IS_BASED_ON.search(sentence)
            ):
                phrase = _source_work(sentence) or phrase  # "Eva Steins Roman „X“ diente als Vorlage"
            if match.group().lower() == "vorlage" and not re.search(r"[„\"*“]|[A-ZÄÖÜ]", phrase[7:]):
                continue  # "Die Handlung folgt der Vorlage recht genau" does not say what it is
            if phrase:
                found.append((kind, phrase, ""))
    return found


# German puts the place before the participle ("in Kiel gedreht"); "stands in for" and ", where …
# was shot" name the place before the cue too.
_PLACE_BEFORE_CUE = re.compile(
    r"^(?:gedreht|gefilmt|entstanden|entstand|angesiedelt|verlegt|stands? in for|stood in for|doubles? for|"
    r"doubled for)$",
    re.I,
)
_NEGATED_CUE = re.compile(
    r"\b(?:not|nicht|kein\w*|never|nie|none|nothing|nirgends|nowhere)\b(?:\s+\w+){0,3}\s*$", re.I
)


_PLACE_NOUN = re.compile(r"drehort\w*|schauplatz|handlungsort", re.I)
_PLACE_NAMED_AFTER = re.compile(
    r"\s+(?:war|ist|waren|sind|diente|dienten|wurde|wurden)\s+(?:(?:die|der|das)\s+)?"
    r"(?P<place>[A-ZÄÖÜÀ-Þ][\w\-]+(?:\s+(?:an der|am|bei)\s+[A-ZÄÖÜ][\w\-]+|\s+[A-ZÄÖÜÀ-Þ][\w\-]+)?)"
    r"(?=\s*[,.;]|\s*$|\s+(?:und|sowie)\s)"
)


# A year straight after a setting's cue: "set in 1893", "spielt im Jahr 1893".
_YEAR_AFTER_CUE = re.compile(
    r"\s*(?:(?:in|im)\s+)?(?P<when>(?:(?:the|den|dem|das)\s+)?(?:(?:jahr|jahre|year)\s+)?"
    r"(?P<year>(?:1[89]|20)\d\d(?:er|s)?))\b",
    re.I,
)


def _places(sentence: str, kind: str, cue: re.Pattern[str]) -> list[tuple[str, str, str]]:
    """(kind, place phrase, "") for each setting or filming cue of a sentence."""
    found: list[tuple[str, str, str]] = []
    spots = _blank(QUOTED, sentence)  # "„Ein Sommer in Riga“ erzählt von …": a title's words are no place
    for match in cue.finditer(sentence):
        part_low = max(sentence.rfind(",", 0, match.start()), 0)
        if kind == "setting" and VALUE_CUES["filming_location"].search(sentence, part_low, match.start()):
            continue  # "Principal photography took place in Moscow": where it was shot
        if _NEGATED_CUE.search(sentence, max(0, match.start() - 40), match.start()):
            continue  # "not a single frame was shot there"
        if kind == "setting" and re.search(
            rf"\b{_WORK_NOUN}\s+(?:(?:was|is|war|ist)\s+)?$", sentence[part_low : match.start()], re.I
        ):
            continue  # "The novel was set in France; Price moved the story to Boston"
        low, high = _clause_bounds(sentence, match.start())
        where = re.search(r",\s+(?:where|wo)\b[^,]*$", sentence[low : match.start()])
        comma = sentence.find(",", match.end(), high)
        # "entstanden 1997 in Fichtenwalde": a place after a participle in its part of the clause
        right_after = PLACE.search(spots, match.end(), comma if comma != -1 else high)
        before_cue = (_PLACE_BEFORE_CUE.match(match.group()) and not right_after) or where
        stop = low + where.start() if where else match.start()
        start = max(low, sentence.rfind(",", 0, stop) + 1 if where else part_low)
        places_before = list(PLACE.finditer(spots, start, stop))
        stand_in = re.search(
            r"(?:^|,\s+)(?P<place>[A-ZÄÖÜ][\w\-]+(?:\s+[A-ZÄÖÜ][\w\-]+){0,2})\s+$",
            sentence[start : match.start()],
        )
        if stand_in and re.match(
            r"(?:stand|stood|double)", match.group(), re.I
        ):  # "Nova Scotia stands in for"
            found.append((kind, stand_in.group("place"), ""))
            continue
        named = (
            _PLACE_NAMED_AFTER.match(sentence, match.end()) if _PLACE_NOUN.fullmatch(match.group()) else None
        )
        if named:  # "Als Drehort diente Görlitz", "Schauplatz ist Leipzig": the place without a preposition
            found.append((kind, named.group("place"), ""))
            continue
        if re.search(r"backdrop|kulisse", match.group(), re.I):  # "against the backdrop of the Lisbon docks"
            opens = match.start() + max(0, match.group().lower().find("against"))  # not "set"
            found.append((kind, phrase_after(sentence, opens), ""))
            continue
        if before_cue and places_before:
            place = places_before[0]  # "im Studio Babelsberg in Potsdam gedreht": the whole phrase
        else:
            place = PLACE.search(spots, match.start(), high) or PLACE.search(spots, low, match.start())
        instead = place and _NOT_HERE_BUT.match(sentence, max(0, place.start() - 8))
        if instead:  # "nicht in Berlin, sondern in St. Petersburg": where it was
            place = PLACE.search(spots, instead.end(), max(high, instead.end() + 60))
        filmed_by = re.match(r"\s*(by|von)\b", sentence[match.end() :]) and not re.match(
            r"drehort|location", match.group(), re.I
        )  # "gedreht von X" names who shot it; "Drehort von „Der Sturm“" is still the place
        dated = _YEAR_AFTER_CUE.match(sentence, match.end()) if kind == "setting" and not place else None
        if dated:  # "The story is set in 1962."
            found.append((kind, f"in {phrase_after(sentence, dated.start('when'))}", ""))
            continue
        if place and (kind != "filming_location" or not filmed_by):
            said = phrase_after(sentence, place.start())
            while kind == "filming_location" and place and TIME_PHRASE.match(said):
                # "im Herbst 2017 überwiegend auf Amrum": past the time to the place, if there is one
                place = PLACE.search(spots, place.end(), max(high, place.end()))
                said = phrase_after(sentence, place.start()) if place else ""
            if not said:
                continue  # "die Dreharbeiten sollen im Herbst beginnen"
            if kind == "setting" and said.startswith("to "):
                said = "in " + said[3:]  # "moved the story to Boston"
            dated = _YEAR_AFTER_CUE.match(sentence, match.end()) if kind == "setting" else None
            if dated and dated.group("year") not in said:  # "set in 1893, in a village in central India"
                found.append((kind, f"in {phrase_after(sentence, dated.start('when'))}", ""))  # when, too
            phrase = (kind, said, "")
            if phrase not in found:
                found.append(phrase)
    return found


# A synopsis often opens on its scene without a verb: "Kreuzberg im Herbst 1989: …", "Vienna, 1948.",
# "Ein kleines Dorf in der kasachischen Steppe.", "A fading resort on the Turkish coast."
_SEASON = (
    r"early|late|mid|the|den|der|des|frühen|späten|summer|winter|spring|autumn|fall|sommer|herbst|"
    rf"frühling|frühjahr|anfang|ende|mitte|{_MONTHS}"
)
_SCENE_TIME = re.compile(
    rf"^\s*(?!(?:im|in|am|an|um|the|der|die|das|ein|eine|a|on|at|nach|vor|seit|after|before|since|during|"
    rf"bis|until|{_SEASON})\b)"
    r"(?P<scene>[A-ZÄÖÜ][\w\-]+(?:[ \-][A-ZÄÖÜ][\w\-]+){0,2},?\s+(?:(?:im|in|am|of)\s+)?"
    rf"(?:(?:{_SEASON})\s+){{0,3}}(?:(?:1[89]|20)\d\d(?:er|s)?(?:\s+jahre\w*)?|\d0er(?:\s+jahre\w*)?|\d0s))"
    r"\s*(?:,[^.:\n]{0,60})?(?:[.:]\s|[.:]?\s*$)",
    re.I,
)
SCENE_NOUN = (
    r"\w*(?:dorf|stadt|vorort|vorstadt|insel|farm|hof|siedlung|viertel|kiez|siedlung|hotel|anlage|küste|"
    r"tal|kaserne|provinz|gegend|steppe|wüste|hafen|internat|kloster|lager)|village|town|city|suburb|"
    r"island|farm|ranch|neighbou?rhood|estate|hotel|resort|coast|valley|province|desert|port|harbou?r|"
    r"school|monastery|camp|hamlet"
)
_SCENE_FRAGMENT = re.compile(
    r"^\s*(?:ein|eine|einer|a|an)\s+(?:[\w\-]+,?\s+){0,2}?"
    rf"(?:{SCENE_NOUN})\s+(?P<place>(?:in|im|on|at|near|am|an|auf|bei)\s+(?:[\w\-]+\s+){{0,6}}?[\w\-]+)"
    r"\s*[.:]?\s*$",
    re.I,
)


_SCENE_PERIOD = re.compile(
    r"^\s*(?P<scene>[A-ZÄÖÜ][\w\-]+(?:[ \-][A-ZÄÖÜ][\w\-]+){0,2}),\s+(?i:(?:(?:shortly|just|kurz|early|late|"
    r"in the early|in the late)\s+)?(?:before|after|during|vor|nach|während|in the|im|zur zeit|zu beginn|"
    r"at the (?:end|start|turn)|am ende|um))\b[^.:;]{0,60}[.:]?\s*$"
)
_TIME_THEN_PLACE = re.compile(
    rf"^\s*(?:(?i:{_SEASON})\s+){{0,2}}(?:1[89]|20)\d\d(?:er)?\s+(?:in|im|auf)\s+"
    r"(?P<place>[A-ZÄÖÜ][\w\-]+(?:\s+[A-ZÄÖÜ][\w\-]+)?)\s*:"
)
# A synopsis that opens in its place: "In der kleinen Stadt Kallbrück wird ein Jahrmarkt eröffnet.",
# "In a small fishing village on the Breton coast, …"
_SCENE_OPENER = re.compile(
    r"^\s*(?P<place>(?:In|Im|Auf|On|At)\s+(?:(?:der|dem|einer|einem|a|an|the)\s+)?(?:[\w\-]+\s+){0,2}?"
    rf"(?i:{SCENE_NOUN})\s+(?:(?:in|im|on|at|near|bei|an|am|auf|of|von)\s+(?:(?:der|dem|the)\s+)?)?"
    r"(?:[a-zäöüß\-]+\s+)?[A-ZÄÖÜÀ-ÞĀĒĪŌŪŚŁŻŹĆŃŠŽČŘ][\w\-]+(?:\s+[A-ZÄÖÜÀ-ÞĀĒĪŌŪŚŁŻŹĆŃŠŽČŘ][\w\-]+)?|"
    # "In einem Leipziger Hinterhof …": a town's adjective before the noun names the place
    rf"(?:In|Im|Auf)\s+(?:(?:der|dem|einer|einem)\s+)?(?:[a-zäöüß\-]+\s+)?[A-ZÄÖÜ][\w\-]+er\s+(?i:{SCENE_NOUN}))\b"
)


# "Halle an der Saale, Sommer 1961: Die junge Rita …", "Berlin, 1989:": a synopsis opens with place and time
_PLACE_THEN_TIME = re.compile(
    r"^\s*(?P<place>[A-ZÄÖÜ][\w\-]+(?:\s+(?:an der|am|an|upon|on|in|im)\s+[A-ZÄÖÜ][\w\-]+)?),\s+"
    r"(?:(?:im\s+)?(?:Sommer|Winter|Herbst|Frühjahr|Frühling|Anfang|Ende|Mitte|summer|winter|autumn|fall|spring|"
    r"early|late)\s+)?(?:(?:19|20)\d\d|den\s+\d{2,4}er\s+Jahren|the\s+\d{2,4}s)\s*:"
)


def _scene(sentence: str, line_start: bool) -> str:
    """Where a story is set, from a verbless opener at the start of a line: "in Kreuzberg im Herbst
    1989", "in der kasachischen Steppe"; else ""."""
    if not line_start:
        return ""
    timed = _SCENE_TIME.match(sentence)
    if timed and not _FESTIVAL.search(timed.group("scene")):  # "Berlinale 2004:" names no scene
        return f"in {timed.group('scene').strip()}"
    dated = _TIME_THEN_PLACE.match(sentence)  # "Sommer 1989 in Görlitz: …"
    if dated:
        return f"in {dated.group('place')}"
    placed = _PLACE_THEN_TIME.match(sentence)
    if placed and not _FESTIVAL.search(placed.group("place")):
        return f"in {placed.group('place')}"
    period = _SCENE_PERIOD.match(sentence)  # "Kiel, shortly before the First World War."
    if period and len(sentence.split()) <= 12 and not _FESTIVAL.search(period.group("scene")):
        return f"in {sentence.strip().rstrip('.:')}"
    fragment = _SCENE_FRAGMENT.match(sentence)
    if fragment and len(sentence.split()) <= 12:
        return fragment.group("place")
    opener = _SCENE_OPENER.match(sentence)
    if not opener or _FESTIVAL.search(opener.group("place")):
        return ""
    place = opener.group("place")
    return place[0].lower() + place[1:]  # "In der kleinen Stadt …" is said mid-sentence


# An attribute's participle between a place and the person it describes: "in Bukarest geborenen".
_ATTRIBUTE = re.compile(r"\s+(?:[a-zäöüß\-]+(?:en|enen|ten|e)\s+){1,2}")
# "not in Berlin but in …", "nicht in Berlin, sondern großteils in …"
_NOT_HERE_BUT = re.compile(
    r"[^,;.]{0,12}?\b(?:nicht|not)\s+(?:\w+\s+)?(?:in|im|at|on)\s+[^,;.]{1,40}?,?\s+(?:sondern|but)\b", re.I
)


def phrase_after(sentence: str, position: int) -> str:
    """The words after a cue, up to the clause's end: "in Iquitos, einer Stadt …"."""
    rest = sentence[position:]
    cuts = re.finditer(
        r"[;!?)]|:\s|(?<!\d)\.(?:\s|$)| – | — |\s\((?!\d)|,\s+(?=[„“\"*])|"
        r",\s+(?:but|aber|doch|jedoch|though|although|obwohl|it|es|er|he|she|they)\s|"
        # "… set in the Upper Midwest, opened in American cinemas …": the sentence's own verb goes on
        r",\s+(?=(?:opened|premiered|released|won|went|was|is|became|kam|lief|gewann|startete|wurde|ist|war)\s)|"
        r",?\s+\b(?:because|weil|da er|da sie|where|wo|which|"
        r"(?:and|und)\s+(?!(?:in|im|on|at|an|am|auf|bei|near|around|the|der|die|das|den|dem|a|einer|einem|"
        r"later|später|partly|teils)\b)(?=[a-zäöüß]+\s)|"
        r"who|that|als|when|während|while|und wer|and who)\b|\s+(?:gedreht|gefilmt|entstanden|angesiedelt)\b|"
        # "into rural Norway to chart how …", "nach Paris, um dort …": a purpose, no more of the place
        r"\s+to\s+(?!(?:the|a|an|his|her|their)\b)(?=[a-z]+\b)|,?\s+um\s+(?=[a-zäöüß])",
        rest,
    )
    abbreviated = re.compile(r"(?:^|\s)(\w+)$")
    cut = next(  # "in St. Petersburg": an abbreviation's period ends no phrase
        (
            c
            for c in cuts
            if not (
                c.group().startswith(".")
                and (word := abbreviated.search(rest[: c.start()]))
                and word.group(1).lower() in ABBREVIATIONS
            )
        ),
        None,
    )
    phrase = rest[: cut.start()] if cut else rest
    phrase = re.sub(r"(?<=\d{4})\.$|\s+statt\W*$", "", phrase.strip())  # "fanden in Kasachstan statt"
    return phrase.strip(" ,:")[:140]


# --- the article --------------------------------------------------------------------------------


def extract_films(document: Document, mentioned_only: frozenset[str] = frozenset()) -> DocumentFilms:
    """The film catalogue entry of one article. `mentioned_only`: titles named in running text that
    turned out to carry no fact of their own (named, not covered), so are no film of the article."""
    text = document.text
    titles = main_titles(document)
    # A festival report may name one film in its front matter and cover three under their headings.
    headline = document.metadata.get("title") or ""
    sentences = split_sentences(text, document.body_start)
    body = fold(text[document.body_start :])
    heads = section_heads(text, sentences, document.body_start)
    sections = _film_sections(text, sentences, body, heads)
    if heads and (
        len(_film_sections(text, sentences, body, heads, only_heads=True)) < 2
        or not (_bold_leads(text, heads) or _directed_apart(text, sentences, heads))
    ):
        # plain-text heads count only where they head two films' sections or more, each with its
        # own director (a handout's "Hintergrund" is about the same film)
        heads = {}
        sections = _film_sections(text, sentences, body)
    headings = {start for start in heads if text[start : start + 2] != "**"}  # whole lines, no prose
    # A headline no film ("Sommer der Jahrtausendwende") over two sections, each named after a film
    # the text names again: a report on those films, whatever its headline says.
    first_line = fold(text[document.body_start :].split("\n", 1)[0])
    by_sections = not document.metadata.get("film") and (
        (body.count(fold(titles[0])) < 2 and sum(body.count(fold(title)) >= 2 for title, _ in sections) >= 2)
        # a plain-text newsletter on two films, its headline named again at most once ("The Reel Dispatch")
        or (
            bool(heads)
            and len(sections) >= 2
            and body.count(fold(titles[0])) - first_line.count(fold(titles[0])) < 2
        )
    )
    multi = (
        len(titles) > 1
        or bool(_FESTIVAL.search(" ".join([*titles, headline])))
        or by_sections
        # headed sections, each a film with its own director ("**Once** (Ireland 2007). Directed by …")
        or (bool(heads) and len(sections) >= 2 and _directed_apart(text, sentences, heads))
    )
    films: dict[str, FilmTitle] = {}
    running_added: set[str] = set()  # a report's unquoted titles: films only where they carry a fact
    if multi:
        section_titles = {fold(title) for title, _ in sections}
        report_headline = not document.metadata.get("film") and (
            _FESTIVAL.search(headline)
            or (
                by_sections
                and fold(titles[0]) not in section_titles
                and body.count(fold(titles[0])) - (first_line.count(fold(titles[0])) if heads else 0) < 2
            )
        )
        for title in titles:
            if not _FESTIVAL.search(title) and not report_headline:  # "Zwei Berlinale-Gewinner …"
                films[title] = FilmTitle(title)
        for title, alias in sections:
            if fold(title) not in {fold(t) for t in titles}:
                films.setdefault(title, FilmTitle(title))
                if alias:
                    films[title].aliases.append(alias)
        for span in sentences:
            sentence = text[span.start : span.end]
            heading = sentence.lstrip().startswith("#") or span.start in headings
            for quoted in QUOTED.finditer(sentence):
                if span.start in heads and quoted.start() <= 2:
                    continue  # "**Whisky (2004).**": a section's head, read as a section above
                title = _strip_marks(quoted.group())
                context = sentence[max(0, quoted.start() - 40) : quoted.end() + 40]
                if _PROGRAMME_AFTER.match(sentence, quoted.end()):
                    continue  # 'the "Our Stories" sidebar': a festival's section, not a film
                if _SONG_CONTEXT.search(context):
                    continue  # '"Falling Slowly" went on to win the Academy Award for Best Original Song
                if _WORD_BEFORE.search(sentence, 0, quoted.start()):
                    continue  # 'what the word "Clouzot" came to mean': a word, not a film
                if (
                    1 <= len(title.split()) <= 8
                    and title[:1].isupper()
                    and (heading or _WORK.search(context) or _OF_PERSON_AFTER.match(sentence, quoted.end()))
                ):
                    if sections and title not in films:
                        if title in mentioned_only:
                            continue
                        running_added.add(title)  # beside headed sections: a film only if it carries a fact
                    films.setdefault(title, FilmTitle(title))
        if report_headline or _FESTIVAL.search(" ".join(titles)):
            # "Smoke Signals (1998) opened the afternoon. … Once Were Warriors (1994) was …": a report
            # may name its films unquoted, each opening its paragraph
            for title in _running_titles(text[document.body_start :], body):
                if title not in mentioned_only and fold(title) not in {fold(t) for t in [*films, *titles]}:
                    films.setdefault(title, FilmTitle(title))
                    running_added.add(title)
    if len(films) <= 1 and not _FESTIVAL.search(" ".join(titles)):
        multi = False  # the headline sounded like a report, but the article is about its one film
        films = {titles[0]: FilmTitle(titles[0])}
    running_on = ""  # a second film in running text: what no title names stays with the film before
    career = (
        []
        if multi or heads or document.metadata.get("film")
        else [t for t in _career_films(titles[0], document) if t not in mentioned_only]
    )
    if career:  # an obituary or a retrospective: the person's films, each from where it is named
        films = {title: FilmTitle(title) for title in career}
        multi, running_on = True, career[0]
    elif not multi and not heads:
        running = [t for t in _running_titles(text[document.body_start :], body) if t not in mentioned_only]
        others = [t for t in running if fold(t) not in fold(titles[0]) and fold(titles[0]) not in fold(t)]
        if len(others) >= 2 and body.count(fold(titles[0])) < 2:
            # "Storms and Afternoons: Two Classics …" over two films the text names: a report's headline
            films = {title: FilmTitle(title) for title in others}
            multi, running_on = True, others[0]
        elif others := [t for t in others if _named_apart(text[document.body_start :], t) >= 2]:
            # named once (or once more inside another work's title, „Yumeji's Theme“): only compared with
            # "CENTRAL DO BRASIL (Central Station, Brazil 1998)": the original title and the file's
            # translated one, given side by side, name one film
            same = [t for t in others if _bracketed_together(text[document.body_start :], t, titles[0])]
            films[titles[0]].aliases.extend(same)
            if others := [t for t in others if t not in same]:
                multi, running_on = True, titles[0]
                films.update((title, FilmTitle(title)) for title in others)
    _find_aliases(document, films, multi)
    segments = _segments(text, sentences, films, multi, document.body_start, heads, running_on)
    if running_on and not any(film == running_on for _, _, film in segments):
        # every sentence went to the film named in the text: the headline's title was another name for it
        films = {running_on: FilmTitle(running_on, aliases=[t for t in films if t != running_on])}
        multi = False
        _find_aliases(document, films, multi)
        segments = _segments(text, sentences, films, multi, document.body_start, heads)
    doc_films = DocumentFilms(document.source, _language(document), list(films.values()), segments, [], [])
    split = [(span, text[span.start : span.end]) for span in sentences]
    plain = [_table_row(_unmarked(sentence)) for _, sentence in split]  # emphasis blanked, offsets kept
    found = [find_names(sentence) for sentence in plain]
    people_like = [n for names in found for n in names if n.tokens >= 2 and not _INSTITUTION.search(n.text)]
    persons = {fold(n.text) for n in people_like} | {
        token for n in people_like for token in fold(n.text).split()
    }
    persons |= {  # "Daniel Day-Lewis", then "Day-Lewis plays …"
        fold(n.text.split()[-1])
        for names in found
        for n in names
        if n.tokens >= 2 and "-" in n.text.split()[-1]
    }
    words = set(re.findall(r"\w+", fold(text)))
    persons |= {  # "Fatih Akins Drama … von Akin selbst": the surname without the genitive s
        token[:-1]
        for token in list(persons)
        if token.endswith("s") and len(token) > 4 and token[:-1] in words
    }
    own = {fold(form) for entry in films.values() for form in [entry.title, *entry.aliases]}
    in_cast_list = False
    headline_end = document.body_start + re.match(r"\s*[^\n]*", text[document.body_start :]).end()
    actor_column_first: bool | None = None
    interviewee = _interviewee(text, found)
    career_person = _headline_person(titles[0]) if career else ""
    previous: list[Name] = []
    said = ""  # the sentence before, as its names were found in it
    asked = ""  # the sentence before, when it was a question: an interview's answer replies to it
    dashed = [bool(_DASHED_PAIR.match(sentence)) for sentence in plain]
    unheaded_list = {
        i
        for i, line in enumerate(dashed)
        if line and ((i > 0 and dashed[i - 1]) or (i + 1 < len(dashed) and dashed[i + 1]))
    }
    # "**Kit Carruthers – Martin Sheen**" over a note on the character, again and again: a cast list
    # whose lines stand apart
    bold_pairs = {
        i
        for i, (line, (_, original)) in enumerate(zip(dashed, split, strict=True))
        if line and original.startswith("**")
    }
    if len(bold_pairs) >= 2:
        unheaded_list |= bold_pairs
    for line_number, ((span, original), sentence, names) in enumerate(zip(split, plain, found, strict=True)):
        in_cast_list = in_cast_list or line_number in unheaded_list
        before, previous = previous, names
        if (marked := plain_credit_marks(sentence)) != sentence:
            sentence, names = marked, find_names(marked)
        said_before, said = said, sentence
        replies_to, asked = asked, (sentence if _IS_QUESTION.match(sentence) else "")
        film = doc_films.film_at(span.start)
        doc_films.names += [(name.text, film) for name in names if _is_person(name, persons) or name.tokens]
        table = original.lstrip().startswith("|")
        header = _TABLE_HEADER.match(sentence) if table else None
        if header:  # "| Darsteller | Rolle |": which column holds the actor
            in_cast_list, actor_column_first = True, bool(header.group("actor"))
            continue
        actor_column_first = actor_column_first if table else None
        if _CAST_HEADING.match(sentence) and len(sentence) < 60:
            in_cast_list = True
            continue
        if not sentence.strip(" |-:"):
            continue  # a table's rule "|---|---|"
        leader = _LEADER_LINE.match(sentence)
        if leader and _is_credit_key(leader.group("key")):  # "Drehort ......... Görlitz", "Musik – Jan Ruf"
            sentence = f"{leader.group('key')}: {leader.group('value')}"
            names = find_names(sentence)
        short_key = _ABBREVIATED_KEY.match(sentence)
        if short_key and len(sentence.split()) <= 8:  # a flyer's "R: Youssef Chahine" on a line of its own
            sentence = _ABBREVIATED_KEY.sub(f"{_ABBREVIATIONS[short_key.group('key')]}: ", sentence, count=1)
            names = find_names(sentence)
        info = _INFO_LINE.match(sentence)
        info_key = info.group("key") if info and len(sentence) < 200 else None
        info_key = _camera_key(info_key) if info_key else info_key
        if info_key is not None and (len(info_key.split()) > 4 or len(info_key.strip()) < 3):
            info_key = None
        prose = original
        described = _DESCRIBED_LIST_LINE.match(sentence)  # "- Jano: Tenochs Cousin (gespielt von X)"
        turn = info if info and not described else _SHOUTED_TURN.match(sentence)
        if turn and _speaker_turn(turn.group("key"), turn.group("value")):
            # "**Kern:** Den Fährmann spielt Anton Roth …": read what is said, not the label
            sentence = " " * turn.start("value") + sentence[turn.start("value") :]
            prose = " " * turn.start("value") + original[turn.start("value") :]  # "**Kern:**" is no title
            names = previous = find_names(sentence)  # the label names no one the next sentence means
            info = info_key = None
        if not film or span.start in headings:
            continue  # a plain-text heading names a section's film; it states nothing of it

        def add(
            kind: str, value: str, subject: str = "", detail: str = "", _s=span, _t=original, _f=film
        ) -> None:
            if kind == "cast" and _initials(subject, value):
                return  # "Moderator: Karen Lindqvist (KL)": how a transcript marks her turns, no role
            if kind == "cast" and fold(value) in own:  # the title role's subject is fine: "Wadjda"
                return  # "**Muriels Hochzeit** (Muriel's Wedding), Australien 1994": two titles, no role
            doc_films.facts.append(
                Fact(kind, _f, value, subject, document.source, _s.start, _s.end, _t, detail)
            )

        # "Review: Central Station" heads the text; it pairs no character with an actor
        titled = span.start < headline_end and any(f" {form} " in f" {fold(sentence)} " for form in own)
        listed = [] if titled else _listed_pairs(sentence)
        for subject, value, detail in listed:  # "Paula – Angelica Domröse · Paul – Winfried Glatzeder · …"
            add("cast", value, subject, detail)
        segments, loose = _credit_parts(sentence)
        if loose and not segments and not _under_title_line(text, span.start):
            loose = []  # a credits line without keys dates the film whose title line stands right above it
        if segments or loose:  # "Regie: X · Buch: Y · Kamera: Z", "F 1995 · 98 Min. · R: X · D: A, B"
            for kind, value, detail in _loose_credit_values(loose):
                add(kind, value, detail=detail)
            for segment in segments:
                key = _INFO_LINE.match(segment).group("key")
                for kind, value, detail in _value_facts(segment, key):
                    add(kind, value, detail=detail)
                for kind, person in _crew_facts(segment, find_names(segment), key, persons):
                    add(kind, person)
            continue
        if listed:
            continue
        if described:
            # "- Jano: Tenochs Cousin, Schriftsteller (gespielt von Juan Carlos Remolina)": a character
            # described after a colon, the actor in brackets at the end
            add("cast", described.group("actor"), described.group("role"), ROLE_LINE)
            continue
        if info_key and _FORM_KEY.fullmatch(info_key.strip(" *_")):
            continue  # a worksheet's "Thema: Literaturverfilmung" states nothing of the film
        value_key = info_key and any(cue.search(info_key) for cue in INFO_KEYS.values())
        listing = (in_cast_list or info_key) and not titled
        list_pair = _list_pair(sentence, names, in_cast_list) if listing else None
        if list_pair and not (info_key and _CREW_CUE.search(info_key)) and not value_key:
            subject, value, detail = list_pair  # a plain list line is oriented later, for the whole list
            if actor_column_first is not None and detail == "list":  # a table's header said it
                subject, value = (value, subject) if actor_column_first else (subject, value)
                detail = ROLE_LINE
            add("cast", value, subject, detail)
            continue
        in_cast_list = (
            in_cast_list
            and len(sentence) < 120
            and (bool(list_pair) or bool(names and names[0].start <= 2 and names[0].tokens >= 2))
        )  # a line the list cannot read, "Ernst Deutsch / …", does not end it; prose does
        as_role = _AS_ROLE_LINE.match(sentence)
        if as_role and names and names[0].text == as_role.group("actor") and names[0].tokens >= 2:
            add("cast", names[0].text, as_role.group("role").strip(), ROLE_LINE)  # "X as the woodcutter"
            continue
        values = _value_facts(sentence, info_key) if not asked else []  # a question states nothing
        if any(detail == "year" for *_, detail in values):  # "„Katzelmacher“ (1969)" dates another film
            own_text = _without_other_works(prose, films, film)
            values = [
                v
                for v in values
                if v[2] != "year" or (v[1] in own_text and not _dates_another(prose, v[1], own))
            ]
        if not asked and film and not any(kind == "release" for kind, *_ in values):
            values += _own_title_year(sentence, films.get(film))  # "Die Fähre (2019) ist ein Drama …"
        if _ASKS_WHERE_SHOT.search(replies_to) and all(k != "filming_location" for k, *_ in values):
            # "Wo haben Sie das Dorf gefunden?" – "Nach langer Suche in Netzow, …": the answer's place,
            # its first word lower-cased ("In Oświęcim, …")
            opening = len(sentence) - len(sentence.lstrip(" *_"))
            lowered = sentence[:opening] + sentence[opening : opening + 1].lower() + sentence[opening + 1 :]
            if place := PLACE.search(lowered):
                values.append(("filming_location", phrase_after(lowered, place.start()), ""))
        for kind, value, detail in values:
            add(kind, value, detail=detail)
        for kind, value in _bracketed_credit(prose, names, films.get(film)):
            add(kind, value, detail="bracket")
        # Where a paragraph (or a teaser question's answer) opens: hard-wrapped lines are joined.
        opens = not text[text.rfind("\n", 0, span.start) + 1 : span.start].strip() or text[
            : span.start
        ].rstrip().endswith("?")
        if scene := _scene(sentence, opens):
            add("setting", scene)
        if value_key or (info_key and _CREW_CUE.search(info_key)):
            for kind, person in _crew_facts(sentence, names, info_key, persons):
                add(kind, person)
            if info and (source := _credited_source(sentence, info.start("value"))):
                add("based_on", source)  # "Drehbuch: X, nach der Erzählung von Emma Braslavsky"
            continue  # "Länge: 121 Minuten (Kinofassung)" holds no cast
        own_clauses = _without_other_works(prose, films, film)
        # the antecedent of a pronoun may stand in a clause about another work
        named_first = find_names(blank_earlier_roles(sentence)) if ";" in sentence else []
        if own_clauses != prose:
            sentence = _unmarked(own_clauses)
            names = find_names(sentence)
        cast_sentence = _without_own_title(sentence, films.get(film))
        # "Eitarō Ozawa (credited as Sakae Ozawa) as Tobei": the billing aside names no one else
        cast_sentence = blank_earlier_roles(_BILLED_AS.sub(lambda m: " " * len(m.group()), cast_sentence))
        cast_names = find_names(cast_sentence) if cast_sentence != sentence else names
        semicolon = cast_sentence.find(";")
        said_first = [n for n in named_first if n.end <= semicolon]
        pairs = [
            *_cast_pairs(cast_sentence, cast_names, persons),
            *_pronoun_cast(cast_sentence, cast_names, before, films, said_before),
            *_pronoun_actor(cast_sentence, before, persons),
            # "Bekannt wurde X als …; hier spielt er den Zöllner Arno": the person before the semicolon
            *(_pronoun_actor(cast_sentence[semicolon + 1 :], said_first, persons) if said_first else []),
            *_title_role(sentence, names, film),
        ]
        if not pairs and (plain_sentence := _DASH_ASIDE.sub(" ", cast_sentence)) != cast_sentence:
            # "Song Kang-ho – the detective of Memories of Murder – as Kim Jong-chan": the aside out
            pairs = _cast_pairs(plain_sentence, find_names(plain_sentence), persons)
        pairs = [  # "die Titelrolle" is no character's name
            (c, a)
            for c, a in pairs
            if not _hypothetical(sentence, a)
            and not re.search(r"(?:rolle|role|part)$", c, re.I)
            and not {fold(c), fold(a)} & NO_ONE  # "The boy is played by X": "The" is no one
        ]
        for character, actor in pairs:
            add("cast", actor, _whole_role(character, sentence))
        for character, actor in _possessive_cast(sentence, persons):
            add("cast", actor, character, POSSESSIVE)
        if interviewee and (own_role := _first_person_role(sentence)):
            add("cast", interviewee, own_role)  # "Ich spiele die Mutter, Margit Kogler."
        if career_person and (career_role := _CAREER_ROLE.search(sentence)):
            role = career_role.group("role") or career_role.group("named")
            add("cast", career_person, role)  # an obituary's "she played Mrs X", "as … X in …"
        crew = (
            []
            if asked
            else [  # "Und woher kommt die Musik in Laras Leben?" states no composer
                *_crew_facts(sentence, names, info_key, persons),
                *_pronoun_crew(sentence, names, before, persons),
                *_verb_second_crew(sentence, names, persons),
                *_crew_replied(replies_to, sentence, names, persons),
            ]
        )
        for kind, person in dict.fromkeys(crew):
            if fold(person) not in own:  # "when he directed Citizen Kane": the film, not its maker
                add(kind, person)
        for person in _makers(sentence, names, films, persons):
            add("director", person)
    if career:  # "Lotte Reimann's Das gläserne Haus (1968)": each work's year where the piece dates it
        for span, original in split:
            for work in _CAREER_WORK.finditer(original):
                title = _strip_marks(work.group(work.lastgroup or "quoted"))
                year = re.search(_YEAR_BRACKET, work.group())
                if title in films and year:
                    doc_films.facts.append(
                        Fact(
                            "release",
                            title,
                            year.group("year"),
                            "",
                            document.source,
                            span.start,
                            span.end,
                            original,
                            "year",
                        )
                    )
    _orient_list_pairs(doc_films)
    _drop_makers_characters(doc_films)
    _name_in_full(doc_films, [n.text for names in found for n in names if n.tokens >= 2])
    _other_names_of_roles(doc_films)
    doc_films.people = _people(text, found, doc_films.facts)
    mentioned = [
        _strip_marks(q.group(q.lastindex or 0))
        for _, sentence in split
        for q in [*QUOTED.finditer(sentence), *_POSSESSED_WORK.finditer(sentence)]
    ]
    doc_films.other_works = sorted(
        {
            t
            for t in mentioned
            if t[:1].isupper()
            and not re.match(r"^[QA]:|.*[?:]$", t)
            and not any(f" {fold(t)} " in f" {form} " for form in own)
        }
    )
    _set_years(document, doc_films)
    named_only = ({t for t in films if t != running_on} if running_on else set()) | running_added
    if bare := named_only - _covered(text, doc_films.facts):
        return extract_films(document, mentioned_only | bare)  # read again without them
    return doc_films


# A title as running text writes it, unquoted: capitalised words, joined by small words.
_TITLE_RUN = (
    r"[A-ZÄÖÜ][\w'’\-]*(?:\s+(?:(?:of|the|a|an|and|in|on|to|for|der|die|das|nach|von|vom|im|am|und)\s+)*"
    r"[A-ZÄÖÜ][\w'’\-]*){0,5}"
)
# Frames that name a film, not a person or place: "Tokyo Story (1953)", "Tokyo Story, released in
# 1953", "Rashomon, Akira Kurosawa's 1950 puzzle", "Die Reise nach Tokio aus dem Jahr 1953",
# "*Metropolis*, the silent epic directed by X", "Ozus „Die Reise nach Tokio“", "„…“ von X Y".
_QUOTED_TITLE = f"(?:{QUOTED.pattern})"
_FILM_FRAME = re.compile(
    rf"(?:[A-ZÀ-Þ][\w\-]+(?:['’]s|s)\s+(?P<possessed>{_QUOTED_TITLE})"  # "Ozus „Die Reise nach Tokio“"
    rf"|(?P<quoted>{_QUOTED_TITLE})\s+(?:von|by)\s+(?:[A-ZÀ-Þ][\w\-]+\s+){{1,2}}?[A-ZÀ-Þ][\w\-]+"
    rf"|(?P<title>{_TITLE_RUN}|{_QUOTED_TITLE})(?:"
    # "(Letyat zhuravli, USSR 1957, directed by …)", "(Popiół i diament; Poland 1958; dir. …)"
    r"\s+\((?:[^()\n]{0,60}[,;]\s*)?(?:[A-ZÄÖÜ][\w./\-]*\s+)?(?:19|20)\d\d(?:[,;][^()\n]{0,120})?\)"
    r"|,?\s+(?:was\s+)?(?:released|made|shot|filmed|premiered|produced|completed|opened|entstanden|gedreht)"
    r"\s+(?:(?:in|on|am|im)\s+)?(?:[\w.]+\s+){0,2}?(?:19|20)\d\d\b"
    r"|,\s+(?:the|a|an|der|die|das|ein|eine)\s+(?:[\w\-]+\s+){0,3}?(?:directed|made|shot|inszeniert|gedreht)\s+"
    r"(?:by|von)\s+[A-ZÀ-Þ]"
    r"|\s+aus\s+dem\s+jahr\s+(?:19|20)\d\d\b"
    # "There Will Be Blood, from 2007, and Phantom Thread, which came out ten years later"
    r"|,\s+from\s+(?:19|20)\d\d\b|,\s+which\s+(?:came out|was released|premiered|opened)\b"
    r"|,\s+(?:[A-ZÀ-Þ][\w\-]+\s+){0,2}[A-ZÀ-Þ][\w\-]+['’]s\s+(?:(?:19|20)\d\d|film|debut|drama|comedy|thriller|"
    r"masterpiece|classic)\b))"
)


_AUTHOR_BEFORE = re.compile(
    r"\b(?:von|by|of|from|des|author|autor\w*|roman\w*|novel\w*|buch|book|stück|play)\s+$", re.I
)


# A headline that names a person, not a film ("Rachel Roberts, 1927-1980", "Eine Werkschau zu Andrzej
# Wajda"), over a text that says when the person was born or died.
_LIFE_EVENT = r"\b(?:geboren|born|starb|died|gestorben|verstorben|ist tot|is dead)\b"
_CAREER_HEADLINE = re.compile(
    r"\b(?:retrospe\w*|werkschau|career|karriere|obituary|nachruf|hommage|tribute|in memoriam|zum tod\w*|"
    r"remembering|erinnerung an|life and work|leben und werk)\b",
    re.IGNORECASE,
)
# A work named with its year or another title in brackets, or as someone's: "„Der Kanal“ (1957)",
# "„Der Mann aus Marmor“ (Człowiek z marmuru, …)", "Peter Weir's Picnic at Hanging Rock (1975)".
_CAREER_WORK = re.compile(
    rf"(?P<quoted>{_QUOTED_TITLE})\s*\((?:[^()]{{0,60}}?,\s*)?(?:19|20)\d\d\)"
    rf"|(?P<aliased>{_QUOTED_TITLE})\s*\([^()0-9]{{3,80}}\)"
    r"|[A-ZÀ-Þ][\w\-]+(?:['’]s|s)\s+(?P<owned>[A-ZÀ-Þ0-9][^()\n,;:.]{0,60}?)\s*\((?:19|20)\d\d\)"
    # "„Höhenfeuer“, der 1985 in Locarno …", "„Grauzone“, ein düsterer Spielfilm": dated or called a film
    rf"|(?P<dated>{_QUOTED_TITLE}),\s+(?:der|die|das|den|which|that)\s+(?:[^.;„“\"]{{0,30}}?\s)?(?:19|20)\d\d\b"
    rf"|(?P<called>{_QUOTED_TITLE}),\s+(?:ein|eine|einen|a|an|the|der|die|das|his|her|sein\w*|ihr\w*)\s+"
    rf"(?:[\w\-]+\s+){{0,3}}?{_FILM_NOUN}\b"
)


# "she played Mrs Appleyard", "er spielte den Kommissar Brenner": the role of a career piece's person
_CAREER_ROLE = re.compile(
    r"\b(?:[Ss]he|[Hh]e|[Ss]ie|[Ee]r)\s+(?:played|plays|spielte|spielt|verkörperte|gab)\s+"
    r"(?:(?:the|die|den|der|eine?n?|a|an)\s+)?(?:[a-zäöüß\-]+\s+){0,3}?"
    r"(?P<role>[A-ZÄÖÜÀ-Þ][\w\-]+(?:\s+[A-ZÄÖÜÀ-Þ][\w\-]+){0,2})"
    # "as the stern lady's maid Hildegarde Schmidt in Sidney Lumet's …": a role, then the film
    r"|\b(?:as|als)\s+(?:(?:the|a|an|die|der|den|eine?n?)\s+)?(?:[\w'’\-]+\s+){0,4}?"
    r"(?P<named>[A-ZÄÖÜÀ-Þ][\w\-]+(?:\s+[A-ZÄÖÜÀ-Þ][\w\-]+){0,2})\s+(?:in|im)\s"
)


def _headline_person(title: str) -> str:
    """ "Rachel Roberts, 1927-1980": the name before the dates."""
    return title.split(",")[0].strip()


def _career_films(title: str, document: Document) -> list[str]:
    """The films of a piece about a person's career, in the order named; [] for any other article.
    The headline names a person (not a work the text dates or calls a film), and the text says when
    the person was born or died, or the headline calls itself a retrospective or an obituary."""
    name = _headline_person(title)
    words = name.split()
    if not 1 <= len(words) <= 4 or not all(word[:1].isupper() for word in words):
        return []
    if any(word.lower() in STOPWORDS for word in words):
        return []  # "The Cranes Are Flying" is a title; a person's name has no "the" or "are"
    body_text = document.text[document.body_start :]
    headline = f"{document.metadata.get('title', '')} {document.text[: document.body_start]} {title}"
    first_line = body_text.lstrip().split("\n", 1)[0]
    named = re.escape(name)
    as_work = re.search(
        rf"[„“\"*_]{named}[“”\"*_]\s*{_YEAR_BRACKET}|\b{named}\s*\((?:19|20)\d\d\)|"
        rf"\b(?:film|movie|Film)\s+[„“\"*_]?{named}",
        body_text,
    )
    lived = re.search(rf"\b{named}\b.{{0,300}}?{_LIFE_EVENT}", body_text, re.S)
    if as_work or not (lived or _CAREER_HEADLINE.search(f"{headline} {first_line}")):
        return []
    found: list[str] = []
    for match in _CAREER_WORK.finditer(body_text):
        work = _strip_marks(match.group(match.lastgroup or "quoted"))
        if work and work[:1].isupper() and len(work.split()) <= 8 and work not in found:
            found.append(work)
    if any(fold(work) == fold(name) for work in found):
        return []  # the headline's name is one of the works: a film, after all
    return found if len(found) >= 2 else []


_ROLE_NAME = r"(?:(?:Frau|Herr|Mr\.?|Mrs\.?|Ms\.?|Miss)\s+)?[A-ZÄÖÜÀ-Þ][\w\-]+(?:\s+[A-ZÄÖÜÀ-Þ][\w\-]+)?"
# A role's other name right after it: "Su Li-zhen, die von den Nachbarn nur Frau Chan genannt wird",
# "Su, known to the neighbours as Mrs Chan", "Max, genannt Mäxchen", "Ah Ping, nicknamed Ping".
_CALLED_ALSO = re.compile(
    r",?\s+(?:"
    rf"(?:die|der|den|das)\s+(?:[\w\s]{{0,40}}?\s+)?(?:nur|bloß|meist|alle|stets|nur noch)?\s*"
    rf"(?P<de>{_ROLE_NAME})"
    r"\s+(?:genannt|gerufen)\s+(?:wird|werden|wurde)"
    rf"|(?:(?:who|whom)\s+(?:is|was)\s+)?(?:known|called|nicknamed)\s+(?:to\s+[\w\s]{{0,30}}?\s+)?"
    rf"(?:only\s+|simply\s+|just\s+)?(?:as\s+)?(?P<en>{_ROLE_NAME})"
    rf"|(?:genannt|nicknamed|alias)\s+(?P<bare>{_ROLE_NAME})"
    r")(?=\s*[,.;:)–—]|\s*$|\s+(?:und|and)\b)"
)


def _other_names_of_roles(doc_films: DocumentFilms) -> None:
    """A cast fact for a role's other name, where the sentence gives one right after the role:
    "Who plays Mrs Chan?" asks for the actor of Su Li-zhen, "die … nur Frau Chan genannt wird"."""
    for fact in list(doc_films.facts):
        if fact.kind != "cast" or not fact.subject:
            continue
        for at in re.finditer(re.escape(fact.subject), fact.sentence):
            called = _CALLED_ALSO.match(fact.sentence, at.end())
            if called is None:
                continue
            other = next(called.group(group) for group in ("de", "en", "bare") if called.group(group))
            if fold(other) != fold(fact.subject) and fold(other) != fold(fact.value):
                doc_films.facts.append(dataclasses.replace(fact, subject=other))
            break


def _initials(short: str, name: str) -> bool:
    """Whether `short` is `name` cut to its initials ("KL" for Karen Lindqvist, "TR" for Dr. Tomás
    Ribeiro), as transcripts mark who speaks."""
    letters = "".join(word[0] for word in re.findall(r"[^\W\d_][\w\-]*", name) if word[0].isupper())
    return short.isupper() and 2 <= len(short) <= 4 and short in {letters, letters[-len(short) :]}


def _bracketed_together(text: str, one: str, other: str) -> bool:
    """Whether the text gives one title with the other in the bracket after it, "Original
    (Translation, Country Year)" or the reverse: two names of one film, not two films."""
    marks = r"[*_„“”\"»«]*"
    for first, second in ((one, other), (other, one)):
        pattern = rf"{re.escape(first)}{marks}\s*\(\s*{marks}{re.escape(second)}{marks}\s*[,;/)]"
        if re.search(pattern, text, re.IGNORECASE):
            return True
    return False


_TITLE_PREPOSITIONS = frozenset("in of at on from to for with im in von vom aus bei mit nach".split())


def _running_titles(body_text: str, folded_body: str) -> list[str]:
    """Films a report names in running text, unquoted: a run of capitalised words in a frame that
    names a film ("Tokyo Story, released in 1953") in a paragraph's first sentence, and written at
    least twice. Of a longer run ("Yasujirō Ozu and Tokyo Story, released in 1953") the longest
    end named twice is the title."""
    found: list[str] = []
    for frame in _FILM_FRAME.finditer(body_text):
        opening = body_text[body_text.rfind("\n", 0, frame.start()) + 1 : frame.start()]
        if re.search(r"[.!?]\s", opening):
            continue  # named in passing ("…, as in Memories of Murder (2003)"), not the paragraph's film
        group = next(name for name in ("possessed", "quoted", "title") if frame.group(name))
        quoted = QUOTED.fullmatch(frame.group(group))
        if quoted and NICKNAME.match(body_text, frame.start(group)):
            continue  # 'Charles "Bud" Tingwell': a nickname between first name and surname
        words = [_strip_marks(frame.group(group))] if quoted else frame.group(group).split()
        for start in range(len(words)):
            candidate = " ".join(words[start:])
            if not candidate[:1].isupper() or _FESTIVAL.search(candidate):
                continue
            if start and words[start - 1] in _TITLE_PREPOSITIONS:
                break  # "Once Upon a Time in India": the title's own place, not another film
            named = len(re.findall(rf"(?<!\w){re.escape(fold(candidate))}(?!\w)", folded_body))
            before = body_text[: frame.start(group) + len(" ".join(words[:start])) + (1 if start else 0)]
            if _AUTHOR_BEFORE.search(before):
                break  # "nach dem Roman … von Günter Grass (1959)": the author and the book's year
            # "The Cranes Are Flying (Letyat zhuravli, USSR 1957, directed by …)": a credit bracket of
            # several parts introduces a film once and for all
            credited = frame.group("title") and re.search(r"\([^()]*[,;][^()]*\)\s*$", frame.group())
            # "Smoke Signals (1998) opened the afternoon.": a paragraph that opens on a dated title
            leads = (
                frame.group("title")
                and not opening.strip()
                and re.search(r"\(\s*(?:19|20)\d\d\s*\)$", frame.group())
            )
            if named >= 2 or ((credited or leads) and named >= 1 and start == 0):
                if candidate not in found:
                    found.append(candidate)
                break
    return found


def _named_apart(body_text: str, title: str) -> int:
    """How often a text names a title, not counting its words inside another quoted title."""

    def other_title(quoted: re.Match[str]) -> bool:  # a whole line in italics is no title
        inner = _strip_marks(quoted.group())
        return fold(inner) != fold(title) and len(inner.split()) <= 8

    apart = QUOTED.sub(lambda m: " " if other_title(m) else m.group(), body_text)
    return len(re.findall(rf"(?<!\w){re.escape(fold(title))}(?!\w)", fold(apart)))


def _covered(text: str, facts: list[Fact]) -> set[str]:
    """Films with a fact of their own in a paragraph that names them: covered, not only mentioned."""
    covered = set()
    for fact in facts:
        end = text.find("\n", fact.end)
        paragraph = text[text.rfind("\n", 0, fact.start) + 1 : end if end != -1 else len(text)]
        if fold(fact.film) in fold(paragraph):
            covered.add(fact.film)
    return covered


_GENERIC_HEADING = re.compile(
    r"(?:fazit|ausblick|conclusion|verdict|jury|(?:die )?preise|awards?|(?:die )?gewinner|winners|"
    r"einleitung|intro\w*|summary|zusammenfassung|bilanz|weitere filme|more films|other films|notes|"
    r"anmerkungen|links|quellen|sources|credits|cast|besetzung|crew|stab|synopsis|handlung|plot|kritik|"
    r"review|interview|hintergrund|background|trivia|info\w*)",
    re.I,
)


_SECTION_CAST_VERB = re.compile(r"\b(?:spielt|spielte|plays|played|stars|verkörpert)\b")


# "(Originaltitel: Ma vie de Courgette)": the label is no part of the other title
_TITLE_LABEL = re.compile(rf"^\s*(?:{_ALIAS_LABEL}|{_LANGUAGE_LABEL}|auch|also)\s*:?\s+", re.I)
_INFO_KEY_START = re.compile(r"^\s*[\w .,/&-]{1,30}:\s")


def plain_headings(text: str, sentences: list, body_start: int) -> set[int]:
    """Starts of lines that head a section in plain text, as "##" does in Markdown: a short line
    on its own after a blank line, without a sentence's end, followed by a paragraph ("Halbe
    Treppe" above the paragraph about it in a cinema newsletter). None where Markdown headings exist."""
    if re.search(r"^\s*#{1,6}\s", text[body_start:], re.M):
        return set()
    found: set[int] = set()
    for span in sentences:
        line = text[span.start : span.end].strip()
        before = text[max(body_start, span.start - 2) : span.start]
        after = text[span.end :].lstrip(" \t")
        next_line = after.lstrip("\n").split("\n", 1)[0]
        if (
            (span.start <= body_start or before.endswith("\n\n") or before == "\n")
            and (span.start <= body_start or text[span.start - 1] == "\n")
            and after[:1] in ("\n", "")
            and 0 < len(line) <= 80
            and len(line.split()) <= 12
            and line[:1].isupper()
            and line[-1] not in ".!?,;:"
            and not _INFO_KEY_START.match(line)
            and len(next_line) >= 60
        ):
            found.add(span.start)
    return found


_BOLD_LEAD = re.compile(r"\s*\*\*(?P<head>[^*\n]{2,80}?)\.?\*\*")


def _named_as_place(word: str, body: str) -> bool:
    """Whether the folded body says "from Uruguay" / "aus Uruguay": a place, not another title."""
    return bool(re.search(rf"\b(?:from|in|aus|im|nach)\s+{re.escape(fold(word))}\b", body))


def section_heads(text: str, sentences: list, body_start: int) -> dict[int, str]:
    """Sentence starts that open a section, with the heading's text: plain-text heading lines and
    paragraphs led in by a bold title ("**Whisky (2004).** From Uruguay came …"), where an
    article has at least two of them."""
    heads = {
        start: text[start : text.index("\n", start) if "\n" in text[start:] else len(text)].strip()
        for start in plain_headings(text, sentences, body_start)
    }
    for span in sentences:
        lead = _BOLD_LEAD.match(text, span.start, span.end)
        opens = span.start <= body_start or text[max(0, span.start - 2) : span.start] == "\n\n"
        if not lead or not opens:
            continue
        head = lead.group("head").strip()
        spoken = head.endswith((":", "?", "!"))  # "**Kern:**", an interviewer's question
        runs_on = bool(text[lead.end() :].split("\n", 1)[0].strip())  # prose follows on its line
        dated = bool(re.search(rf"{_YEAR_BRACKET}$", head))
        bare = re.sub(r"\s*\([^()]*\)\s*$", "", head)  # "**Yi Yi (A One and a Two)**": a title and its alias
        credited = re.match(r"\s*(?:\([^()]*\))?[\s,.]*[^.\n]{0,40}?\b(?:19|20)\d\d\b", text[lead.end() :])
        # "**Uncle Boonmee Who Can Recall His Past Lives** (…), Thailand 2010": long, but dated right after
        titled = dated or len(bare.split()) <= 6 or (len(bare.split()) <= 10 and credited is not None)
        # "**Whisky (Uruguay, 2004)**" on a line of its own: a heading, when it dates its film, or when
        # the text names it again or its paragraph opens on a dated title ("*Le Salaire de la peur* (1953)")
        opening = _DATED_OPENING.match(text[lead.end() : lead.end() + 200].lstrip())
        alone = (
            titled
            and not runs_on
            and len(bare.split()) <= 6
            and (opening is not None or _named_again(text[body_start:], bare))
        )
        if opening and alone and head == bare and fold(opening.group("title")) != fold(bare):
            head = f"{bare} ({opening.group('title')})"  # the other title, read as the heading's alias
        bracket = re.match(r"\s*\((?P<alias>[^()\d:;]{2,60})\)", text[lead.end() :]) if head == bare else None
        if bracket and not _CREW_CUE.search(
            bracket.group("alias")
        ):  # "**Uncle Boonmee …** (Loong Boonmee raleuk chat), Thailand 2010": the original title
            head = f"{bare} ({bracket.group('alias').strip()})"
        if not spoken and ((runs_on and titled) or dated or alone):
            heads[span.start] = head
    return heads if len(heads) >= 2 else {}


def _named_again(body_text: str, title: str) -> bool:
    """Whether a body writes a bold line's title again, capitalised as a title ("Winter Harbour"), and
    it is no section word ("**Zum Film**" is written "zum Film" in the text too)."""
    if is_not_name(title.split()[0]) or _GENERIC_HEADING.fullmatch(title):
        return False
    return len(re.findall(rf"(?<!\w){re.escape(title)}(?!\w)", body_text)) >= 2


# A paragraph that opens on a dated title in marks: "First, the big one: *Le Salaire de la peur* (1953)"
_DATED_OPENING = re.compile(
    r"^[^.\n]{0,40}?[*_„“\"](?P<title>[^*_„“”\"\n]{2,60})[*_“”\"]\s*\((?:19|20)\d\d\)"
)


def _bold_leads(text: str, heads: dict[int, str]) -> bool:
    """Whether the sections are led in by bold titles ("**Whisky (2004).** …"), as reports write them."""
    return all(text[start : start + 2] == "**" for start in heads)


# "Vittorio De Sica's 1948 film", "Akira Kurosawa's Ikiru", "Agnès Vardas Film": whose film it is.
_MAKERS_FILM = re.compile(
    r"(?P<person>[A-ZÄÖÜÀ-Þ][\w\-]+(?:\s+(?:de|da|di|von|van|le|la)?\s*[A-ZÄÖÜÀ-Þ][\w\-]+){1,2}?)(?:['’]s|s)\s+"
    r"(?:(?:19|20)\d\d\s+)?(?:film|movie|feature|debut|classic|Film|Debüt|[A-ZÄÖÜ])"
)


def _directed_apart(text: str, sentences: list, heads: dict[int, str]) -> bool:
    """Whether at least two of the sections under `heads` name a director, and not the same one."""
    starts = sorted(heads)
    named: list[set[str]] = [set() for _ in starts]
    for span in sentences:
        section = bisect.bisect_right(starts, span.start) - 1
        if section < 0:
            continue  # before the first head
        sentence = text[span.start : span.end]
        names = find_names(sentence)
        persons = {fold(n.text) for n in names if n.tokens >= 2}
        named[section] |= {fold(p) for k, p in _crew_facts(sentence, names, None, persons) if k == "director"}
        for segment in _credit_segments(sentence):  # "F 1995 · 98 Min. · R: X · D: …"
            key = _INFO_LINE.match(segment).group("key")
            in_segment = find_names(segment)
            found = _crew_facts(segment, in_segment, key, persons | {fold(n.text) for n in in_segment})
            named[section] |= {fold(p) for k, p in found if k == "director"}
        named[section] |= {fold(m.group("person")) for m in _MAKERS_FILM.finditer(sentence)}
    directors = [frozenset(each) for each in named if each]
    return len(directors) >= 2 and len(set(directors)) >= 2 and not frozenset.intersection(*directors)


def _film_sections(
    text: str, sentences: list, body: str, plain: dict[int, str] | None = None, only_heads: bool = False
) -> list[tuple[str, str]]:
    """The "## Title (Alias)" headings an article's sections are about a film under: "## Kieselstrand
    – Hauptpreis" is about Kieselstrand. `plain`: the other section heads (see `section_heads`)."""
    plain = plain or {}
    found: list[tuple[str, str]] = []
    for span in sentences:
        sentence = text[span.start : span.end]
        if span.start in plain:
            sentence = f"## {plain[span.start]}"
        elif only_heads:
            continue
        paired = re.match(r"^\s*#{2,6}\s+(?P<title>[^(#]+?)\s*(?:\((?P<alias>[^()]+)\))?\s*$", sentence)
        if not paired or QUOTED.search(sentence):
            continue
        heading_title = re.split(r"\s+[–—-]\s+|:\s+", paired.group("title"))[0]
        # "## 1. Kuhle Wampe oder: Wem gehört die Welt?": a number before, a subtitle after "oder"
        heading_title = re.sub(r"^\d{1,2}[.)]\s+|\s+(?:oder|or)$", "", heading_title.strip())
        if _GENERIC_HEADING.fullmatch(_strip_marks(heading_title)):
            continue  # "## Fazit"
        following = [start for start in plain if start > span.start]
        section_end = min(following) if following else None
        section_start = span.start if span.start in plain else span.end  # a bold lead-in opens its prose
        if body.count(fold(heading_title)) >= 2 or _section_about_a_film(
            text, section_start, heading_title, section_end
        ):
            alias = _TITLE_LABEL.sub("", _strip_marks(paired.group("alias") or ""))
            alias = re.sub(r",?\s*\b(?:1[89]|20)\d\d\b", "", alias).strip(" ,")  # "(Fireworks, 1997)"
            # "(Salmer fra kjøkkenet, Norway/Sweden)", "(Uruguay)": the countries that made it are no title
            parts = [part.strip() for part in alias.split(",") if "/" not in part]
            if len(parts) > 1:
                parts = parts[:1]
            alias = ", ".join(part for part in parts if not _named_as_place(part, body))
            found.append((_as_written(_strip_marks(heading_title), text), alias))  # "LA HAINE": "La Haine"
    return found


def _section_about_a_film(
    text: str, heading_end: int, heading_title: str, section_end: int | None = None
) -> bool:
    """A report's "## Title" heading named only once: a film when the section under it speaks of
    cast or crew ("Regie", "spielt", "directed", a runtime), and the heading is no "Fazit"."""
    title = _strip_marks(heading_title)
    if not title[:1].isupper() or len(title.split()) > 8 or _GENERIC_HEADING.fullmatch(title):
        return False
    following = re.search(r"^\s*#", text[heading_end:], re.M)
    if section_end is not None:
        section = text[heading_end:section_end]
    else:
        section = text[heading_end : heading_end + following.start()] if following else text[heading_end:]
    cues = (_CREW_CUE, _CAST_PASSIVE, DURATION, _SECTION_CAST_VERB)
    return any(cue.search(section) for cue in cues)


_DASH_ASIDE = re.compile(r"\s+[–—]\s+[^–—.;:]{1,150}?\s+[–—]\s+")
_SOURCE_BEFORE = re.compile(
    r"\b(?:nach|after|from|auf|on)\s+(?:dem|der|einem|einer|the|a|an)\s+(?:[\w\-]+\s+)?"
    r"(?:roman|novel|buch|book|erzählung|kurzgeschichte|short story|novelle|theaterstück|stück|play|comic|"
    r"memoir|memoiren)s?\s*$",
    re.IGNORECASE,
)


# "Der Himmel über Berlin (Wim Wenders, BRD 1987)", "Ida (Paweł Pawlikowski, 2013)": film writing's
# short credit, director and year in brackets after the title
_DIRECTOR_YEAR_BRACKET = re.compile(
    r"[*_“”\"»«]*\s*\(\s*(?P<who>[^(),;]{4,50}?)\s*,\s*(?:[A-ZÄÖÜ][\w./\-]*(?:\s*[/–-]\s*[A-ZÄÖÜ][\w./\-]*)*\s+)?"
    r"(?P<year>(?:19|20)\d\d)\s*\)"
)


def _bracketed_credit(sentence: str, names: list[Name], title: FilmTitle | None) -> list[tuple[str, str]]:
    """Director and year from "<own title> (Name, Country Year)"; after another film's title the
    bracket is that film's."""
    if title is None:
        return []
    own = {fold(form) for form in [title.title, *title.aliases] if fold(form)}
    found: list[tuple[str, str]] = []
    for match in _DIRECTOR_YEAR_BRACKET.finditer(sentence):
        before = fold(re.sub(r"[„“”\"«»*_]", "", sentence[: match.start()]))
        if not any(before.endswith(form) for form in own):
            continue
        who = next((n for n in names if n.start == match.start("who") and n.end == match.end("who")), None)
        if who is not None and who.tokens >= 2 and fold(who.text) not in own:
            found += [("director", who.text), ("release", match.group("year"))]
        elif fold(match.group("who")) in own:  # "(Central Station, Brazil 1998)": the translated title
            found.append(("release", match.group("year")))
    return found


def _under_title_line(text: str, start: int) -> bool:
    """Whether the line before `start` is a heading or a bold title: "**STRANGER THAN PARADISE**"
    over "USA / BRD 1984 · Schwarzweiß · 89 Minuten"."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[: max(0, line_start - 1)].rstrip("\n")
    previous = before[before.rfind("\n") + 1 :].strip()
    return previous.startswith(("#", "**")) or bool(re.fullmatch(r"[A-ZÄÖÜ0-9 ,.:'’\-–&!?]{3,80}", previous))


def _dates_another(sentence: str, year: str, own: set[str]) -> bool:
    """Whether a year stands in brackets after a title in plain quotes that is not the article's own:
    'had won the Jury Prize for "Tropical Malady" (2004)'."""
    return any(
        fold(quoted.group(1)) not in own
        for quoted in re.finditer(rf'"([^"]{{2,80}})"\s*\({year}\)', sentence)
    )


def _without_other_works(sentence: str, films: dict[str, FilmTitle], film: str) -> str:
    """The sentence with blanks over clauses that name another work in quotes ("In John
    Huston's *The Maltese Falcon* Bogart plays …"): their cast and crew are not this film's."""
    own = {fold(film), *(fold(alias) for alias in films[film].aliases)} if film in films else {fold(film)}
    flat = _flat_quotes(sentence)  # a title's own comma ends no clause
    masked = _blank(_RELATIVE_CLAUSE, flat)
    result = sentence

    def other_work(quoted: re.Match[str]) -> bool:
        title = fold(_strip_marks(quoted.group()))
        spoken = len(title.split()) > 8 or re.search(r"[.?!]\W*$", quoted.group())  # a line in bold
        dated = re.match(r"\s*\((?:19|20)\d\d\)", quoted.string[quoted.end() :])
        spoken = spoken and not dated  # a long title with its year is a work, not a line
        # "das Drehbuch schrieb X nach dem Roman „…“": the film's source, not another film
        source = _SOURCE_BEFORE.search(quoted.string[max(0, quoted.start() - 30) : quoted.start()])
        # "(als Kapitänleutnant „Der Alte“ Henrich)", "im Dorf nur „Hochwürden“ gerufen": a nickname,
        # not a work
        nickname = re.search(
            r"\((?:als|as)\s[^()]*$|\b(?:called|known as|nicknamed|dubbed|alias|aka|genannt|nur)\s*$",
            quoted.string[max(0, quoted.start() - 40) : quoted.start()],
            re.I,
        ) or re.match(r"\s*(?:genannt|gerufen|geheißen)\b", quoted.string[quoted.end() :])
        return (
            bool(title)
            and title not in own
            and quoted.group()[:1] in "*„“«»"
            and not spoken
            and not source
            and not nickname
        )

    for clause in _RELATIVE_CLAUSE.finditer(flat):  # ", der zuvor „La Haine“ fotografiert hatte"
        if any(other_work(quoted) for quoted in QUOTED.finditer(clause.group())):
            low, high = clause.start() + 1, clause.end()
            result = result[:low] + " " * (high - low) + result[high:]
    for quoted in QUOTED.finditer(masked):
        opens = re.search(r"\(\s*$", masked[: quoted.start()])
        bracket = opens and masked[quoted.end() :].lstrip()[:1] == ")"
        if bracket:  # "Detlev Buck, sonst Regisseur („Wir können auch anders“), verkörpert …": an aside
            close = masked.index(")", quoted.end())
            result = result[: quoted.start()] + " " * (close - quoted.start()) + result[close:]
            continue
        if other_work(quoted):
            low, high = _other_works_span(sentence, quoted, own)
            result = result[:low] + " " * (high - low) + result[high:]
    for dated in _DATED_WORK.finditer(masked):  # "in Obsession (1976), Cliff Robertson plays …"
        dated_title = f" {fold(dated.group('title'))}"
        if not any(dated_title.endswith(f" {form}") for form in own):  # "In Peter Weir's Picnic … (1975)"
            low, high = _clause_bounds(sentence, dated.start())
            comma = sentence.find(",", dated.end())
            if 0 <= comma <= high:  # the clause after the comma is about that work too
                high = max(high, _clause_bounds(sentence, comma + 2)[1])
            result = result[:low] + " " * (high - low) + result[high:]
    return result


# What may stand before another work's title in its noun phrase: "dem vielgelobten Dokumentarfilm".
_WORK_LEAD = re.compile(
    rf"\b(?:nach|after|following|wie|like|unlike|than|als)\s+(?:(?:\b(?:der|die|das|dem|den|des|the|a|an|his|"
    rf"her|sein\w*|ihr\w*)|\b[a-zäöüß][\w\-]*|\b[A-ZÄÖÜ][\w\-]*(?:['’]s|s)|\b{_FILM_NOUN})\s+){{0,5}}$",
    re.I,
)


def _other_works_span(sentence: str, quoted: re.Match[str], own: set[str]) -> tuple[int, int]:
    """What to blank around another work's title: its whole clause, unless the clause also names
    this film ("Unlike Greta Sorensen's “Black Tide”, “The Storm” benefits from …"); then the
    comma-delimited part naming the other work, or, inside the part naming both, the other work's
    noun phrase (with the words before it when they credit someone for that work)."""
    low, high = _clause_bounds(sentence, quoted.start())

    def names_own(text: str) -> bool:
        folded = f" {fold(text)} "
        return any(form and f" {form} " in folded for form in own)

    flat = _flat_quotes(sentence)
    part_low = max(low, flat.rfind(",", low, quoted.start()) + 1)
    aside_end = flat.find(",", quoted.end(), high)
    if (
        part_low > low
        and aside_end != -1
        and re.match(r"\s*(?:der|die|das|ein|eine|the|a|an)\s+[\w\-]+\s", flat[part_low:])
        and flat[aside_end + 1 : high].strip()
    ):
        # "Nicholas Ray, der Hollywood-Veteran von „…“, erscheint als …": only the aside names the
        # other work; the clause goes on about this one
        return part_low, aside_end + 1
    if not names_own(sentence[low:high]):
        # "Illias wird von X gespielt, und wer ihn zuletzt in „…“ gesehen hat, …": what comes before
        # the part naming the other work is still about this film
        return part_low, high
    comma = sentence.find(",", quoted.end(), high)
    part_high = comma if comma != -1 else high
    own_after = names_own(sentence[part_high:high]) and not names_own(sentence[low:part_low])
    if not names_own(sentence[part_low:part_high]) and not own_after:
        return low, high  # "The Storm, unlike “Driftwood”, scored by X, …": the rest is the other work's
    if not names_own(sentence[part_low:part_high]):
        # "Like “Driftwood”, scored by Jan Ruf, The Storm …": every part up to the one naming this
        # film is about the other work; when this film came first, the rest of the clause is.
        commas = [part_high, *(i for i in range(part_high + 1, high) if sentence[i] == ","), high]
        for start, end in itertools.pairwise(commas):
            if names_own(sentence[start:end]):
                return part_low, start
        return part_low, high
    lead = _WORK_LEAD.search(sentence, part_low, quoted.start())
    compared = lead and re.match(r"(?:nach|after|following|wie|like|unlike|than|als)\s", lead.group(), re.I)
    credited = re.match(r"\s*(?:\(\d{4}\)\s*)?,?\s*(?:von|by|des|from)\b", sentence[quoted.end() :], re.I)
    if compared and not credited and not names_own(lead.group()):
        return lead.start(), quoted.end()  # "legt X nach dem Dokumentarfilm „Grenzgänger“ seine zweite … vor"
    return low, high


# Another work named with its year, unquoted: "In Harbor Lights (1979), …".
_DATED_WORK = re.compile(
    r"\b(?:in|In|im|Im|from|like|than)\s+(?P<title>[A-ZÄÖÜÀ-Þ][^()\n,;:.„“”\"«»]{0,60}?)\s*\((?:19|20)\d\d\)"
)


_TITLE_WORDS = r"(?:The|Der|Die|Das|A|An)\s+[A-ZÄÖÜ][\w'’\-]*(?:\s+[A-ZÄÖÜ][\w'’\-]*){0,4}"


_COUNTRY_AND_YEAR = r"\s*(?:[A-ZÄÖÜ][\w.]*\s+)?(?:19|20)\d\d"  # "1958", "BRD 1987", "Poland 1958"


def _find_aliases(document: Document, films: dict[str, FilmTitle], multi: bool) -> None:
    body = document.text[document.body_start :]
    main = next(iter(films), "")

    def attach(title_text: str, alias: str) -> None:
        pieces = re.split(rf",\s*(?=(?:{_LANGUAGE_LABEL})(?!\w)\s*:)", alias, flags=re.I)
        if len(pieces) > 1:  # "(Człowiek z marmuru, international: Man of Marble)": two titles
            for piece in pieces:
                attach(title_text, re.sub(rf"^\s*(?:{_LANGUAGE_LABEL})(?!\w)\s*:\s*", "", piece, flags=re.I))
            return
        quoted = QUOTED.search(alias)  # "(international als „Sun Alley“ verliehen)": the quoted title
        alias = quoted.group() if quoted else alias
        alias = _strip_marks(
            re.sub(rf"^(?:\w+\s+)?(?:{_ALIAS_LABEL})\s*:?\s*", "", alias.strip(), flags=re.I)
        )
        # "international als System Crasher bekannt": the verb after an unquoted title is not part of it
        alias = re.sub(
            r"\s+(?:bekannt|verliehen|vermarktet|gezeigt|heraus|gefeiert|gelobt|known|released|shown|hailed|praised|celebrated)\b.*$",
            "",
            alias,
        )
        if not alias[:1].isupper():
            return  # 'Zhang Yimou aka "the guy who …"': a nickname, no title
        if not alias or re.fullmatch(r"[\d\s]+", alias) or (find_names(alias) == [] and alias.islower()):
            return
        if re.search(r",[^,]*\b(?:19|20)\d\d$", alias):
            return  # "(Wim Wenders, BRD 1987)": a short credit, no other title

        target = next((t for t in films if fold(t) == fold(title_text)), None)
        if target is None and not multi:
            target = main
        if target and fold(target).startswith(fold(alias)):
            return  # "Good Bye" cut from "Good Bye, Lenin!"
        if target and fold(alias) != fold(target) and alias not in films[target].aliases:
            films[target].aliases.append(alias)

    for title in list(films):  # "Der Hauptmann von Kiel (englisch The Captain from Kiel)"
        labelled = (
            rf"{re.escape(title)}\s*\(\s*(?i:{_LANGUAGE_LABEL})\s*:?\s*(?P<alias>[^()\n:]{{2,80}}?)\s*\)"
        )
        for match in re.finditer(labelled, body):
            attach(title, match.group("alias"))
        # "Asche und Diamant (Popiół i diament, 1958)": the original title with the year, no label; a
        # lower-case word tells it from a credit ("(Wim Wenders, BRD 1987)")
        dated = rf"{re.escape(title)}\s*\(\s*(?P<alias>[^()\n,]{{2,60}}?),{_COUNTRY_AND_YEAR}\s*\)"
        for match in re.finditer(dated, body):
            if re.search(r"\s(?!(?:de|da|di|von|van|der|le|la|du|y)\s)[a-zà-ÿ]", match.group("alias")):
                attach(title, match.group("alias"))
    for match in _ALIAS_PAREN.finditer(body):
        title = _strip_marks(match.group("title"))
        alias = match.group("alias")
        if any(fold(title) == fold(t) or fold(title) in {fold(a) for a in films[t].aliases} for t in films):
            attach(title, alias)
    for match in [*_ALIAS_LABELLED.finditer(body), *_ALIAS_ALS.finditer(body)]:
        named = match.group("alias") or match.groupdict().get("also") or ""
        if _REMAKE_AFTER.search(body[match.start() : match.end() + 40]):
            continue  # "unter dem Titel „The Road Within“ ein Remake": another film's title
        if re.match(r"(?i:known|bekannt)\b", match.group()) and re.search(
            r"[A-ZÄÖÜÀ-Þ][\w\-]+,\s*$", body[max(0, match.start() - 40) : match.start()]
        ):
            continue  # 'her husband Jake, known as "Jake the Muss"': a person's nickname
        if multi:  # the film named last before the label ("… Gegen die Wand … unter dem Titel „Head-On“")
            before = f" {fold(body[: match.start()])} "
            alias = fold(_strip_marks(named))
            mentioned = [(before.rfind(f" {fold(t)} "), t) for t in films if fold(t) and fold(t) != alias]
            mentioned = [(at, t) for at, t in mentioned if at >= 0]
            if mentioned:
                attach(max(mentioned)[1], named)
        else:
            attach(main, named)
    for title in list(films):  # "Festen, or The Celebration, …", "Babettes gæstebud, oder …"
        for match in re.finditer(rf"{re.escape(title)},?\s+(?:or|oder)\s+(?P<alias>{_TITLE_WORDS})", body):
            attach(title, match.group("alias"))
    file_words = f" {fold(' '.join(_file_words(document.source)))} "
    for title in list(films):  # "CENTRAL DO BRASIL (Central Station, Brazil 1998)" in central_station_qa.txt
        bracketed = rf"{re.escape(title)}\W{{0,2}}\(\s*(?P<alias>[^(),;]{{2,60}}?),"
        for match in re.finditer(bracketed, body, re.I):
            if f" {fold(match.group('alias'))} " in file_words:
                attach(title, match.group("alias"))
    if not multi and main:  # "BAB EL HADID / CAIRO STATION": a line giving both titles
        for line in body.split("\n"):
            sides = [side.strip(" *#_") for side in line.split(" / ")]
            if len(sides) == 2 and len(line.split()) <= 10 and fold(main) in {fold(side) for side in sides}:
                other = next(side for side in sides if fold(side) != fold(main))
                if other and not re.search(r"\d", other):
                    attach(main, _as_written(other, document.text))
    if not multi and main and len(fold(main).split()) >= 2:
        # "**Die Legende von Paul und Paula**" where the headline said "Paul und Paula": the film's
        # full title, marked as titles are, holds the short one
        for quoted in QUOTED.finditer(body):
            full = _strip_marks(quoted.group())
            if (
                2 <= len(full.split()) <= 8
                and f" {fold(main)} " in f" {fold(full)} "
                and fold(full) != fold(main)
            ):
                attach(main, full)
    # "Closely Watched Trains (Ostře sledované vlaky) – back cover": the titles before a label
    headline_titles = re.split(r"\s+[–—-]\s+", document.metadata.get("title", ""))[0]
    paired = re.fullmatch(r"\s*(.+?)\s*\((.+)\)\s*", headline_titles)
    if not multi and paired:
        for one, other in (paired.groups(), reversed(paired.groups())):
            if fold(_strip_marks(one)) == fold(main):
                attach(main, other)
    if multi:
        for title in list(films):
            if title in films:
                for alias in films[title].aliases:
                    films.pop(alias, None)


def _segments(
    text: str,
    sentences,
    films: dict[str, FilmTitle],
    multi: bool,
    body_start: int,
    heads: dict[int, str] | None = None,
    running_on: str = "",
) -> list[tuple[int, int, str]]:
    """(start, end, film) of each sentence. `running_on`: the article's first film, where a second
    one is introduced in running text; a paragraph that names none stays with the film before."""
    if not multi:
        main = next(iter(films))
        return [(body_start, len(text), main)]
    folded = {title: [fold(title), *(fold(a) for a in film.aliases)] for title, film in films.items()}

    def mentioned(sentence: str) -> str:
        quoted = [fold(_strip_marks(q.group())) for q in QUOTED.finditer(sentence)]
        plain = f" {fold(sentence)} "
        best: tuple[int, str] | None = None
        for title, forms in folded.items():
            for form in forms:
                if not form:
                    continue
                position = plain.find(f" {form} ")
                if form in quoted or (position != -1 and len(form) > 3):
                    key = (position if position != -1 else 10**6, title)
                    best = min(best, key) if best else key
        return best[1] if best else ""

    segments: list[tuple[int, int, str]] = []
    heading_film = ""
    current = running_on
    previous_end = body_start
    for span in sentences:
        sentence = text[span.start : span.end]
        new_paragraph = "\n" in text[previous_end : span.start]
        heading = sentence.lstrip().startswith("#") or span.start in (heads or {})
        if heading:
            heading_film = mentioned((heads or {}).get(span.start, sentence))
            if running_on and heading_film == running_on:
                heading_film = ""  # the headline's film; the second one comes in the running text
            current = heading_film or (current if running_on else "")
        elif new_paragraph and not running_on:
            current = heading_film
        named = mentioned(sentence)
        if heading_film:
            film = heading_film  # a section about one film may name others in passing
        elif named and not heading:
            film = current = named
        else:
            film = current
        segments.append((span.start, span.end, film))
        previous_end = span.end
    return segments


_AFTER_ARTICLE = re.compile(
    r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|im|am|zum|zur|vom|beim|the|a|an)\s+"
    r"([A-ZÄÖÜ][\w\-]*)",
    re.IGNORECASE,
)


# "Billy Wilder's A Foreign Affair", "Lean's Brief Encounter": a work named after its maker.
_POSSESSED_WORK = re.compile(
    r"\b[A-Z][\w\-]+['’]s\s+((?:[A-Z][\w'’\-]*)(?:\s+(?:of|the|a|an|and|in|on|to|[A-Z][\w'’\-]*))*"
    r"(?<![\s,]of)(?<![\s,]the)(?<![\s,]and))"
)


def _people(text: str, found: list[list[Name]], facts: list[Fact]) -> list[str]:
    """Folded words that name people or characters: cast and crew, names of two words or more
    whose words the article never writes in lower case ("Film", "Before" are no names), and
    single names with a title before them ("der Erfinder Rotwang")."""
    written_lower = set(re.findall(r"\b[a-zäöüß][\w\-]*", text))
    # German writes nouns with capitals, but after an article: "die Oper", "der Film".
    lower = written_lower | {m.group(1).lower() for m in _AFTER_ARTICLE.finditer(text)}
    words: set[str] = set()
    for fact in facts:  # cast and crew are people, "die Chihiro" and "den Baron" included
        if fact.kind == "cast" or fact.kind in CREW_KINDS:
            raw = re.split(r"[\s\-]+", f"{fact.subject} {fact.value}")
            words.update(
                w
                for r in raw
                if r.lower() not in written_lower and not re.fullmatch(_FILM_NOUN, r, re.I)  # "Prana-Film"
                for w in fold(r).split()
            )
    for names in found:
        for name in names:
            raw = [w for w in re.split(r"[\s\-]+", name.text) if w not in PARTICLES]
            if any(w.lower() in lower for w in raw):
                continue
            if name.tokens >= 2 or name.descriptor:
                words.update(fold(name.text).split())
    return sorted(w for w in words if len(w) > 1)  # "I. A. L. Diamond": an initial names no one alone


def _orient_list_pairs(doc_films: DocumentFilms) -> None:
    """Cast lists run "Actor: Character" or "Character – Actor". A character is usually also
    named in the plot text, an actor is not: put the side named more often as the character."""
    listed = [fact for fact in doc_films.facts if fact.kind == "cast" and fact.detail == "list"]
    if not listed:
        return
    mentions: dict[str, int] = {}
    for name, _ in doc_films.names:
        for token in fold(name).split():
            mentions[token] = mentions.get(token, 0) + 1

    def weight(name: str) -> float:
        tokens = fold(name).split()
        return sum(mentions.get(t, 0) for t in tokens) / max(len(tokens), 1)

    left_is_character = sum(weight(f.subject) - weight(f.value) for f in listed)
    # Prose that says who plays whom ("She is played by Leah Quinn") settles it.
    prose = [f for f in doc_films.facts if f.kind == "cast" and f.detail not in LIST_DETAILS]
    actors, characters = {fold(f.value) for f in prose}, {fold(f.subject) for f in prose}
    for fact in listed:
        left, right = fold(fact.subject), fold(fact.value)
        left_is_character += 10 * (
            (right in actors or left in characters) - (left in actors or right in characters)
        )

    role_lines = [  # "Jürgen Prochnow – Der Alte": the article marks the role
        f.start
        for f in doc_films.facts
        if f.kind == "cast" and f.detail == ROLE_LINE and re.match(r"(?:der|die|das|the)\s", f.subject, re.I)
    ]

    def actor_first_nearby(fact: Fact) -> bool:
        """Nothing tells the sides apart, but a line of the same list that can only run one way
        ("Jürgen Prochnow – Der Alte") puts the actor first."""
        return left_is_character == 0 and any(abs(start - fact.start) < 200 for start in role_lines)

    def swapped(fact: Fact) -> bool:
        """A line may run the other way than its list ("Antonia San Juan – Agrado" above "Esteban –
        Eloy Azorín"): when a lone word stands against a full name and the plot names the lone word
        more, that word is the character, whatever the list's majority says; a title ("Leutnant
        Werner", "Dr. Winkel") marks the character too."""
        sizes = len(fold(fact.subject).split()), len(fold(fact.value).split())
        lone_left = sizes[0] == 1 and sizes[1] >= 2 and weight(fact.subject) > weight(fact.value)
        lone_right = sizes[1] == 1 and sizes[0] >= 2 and weight(fact.value) > weight(fact.subject)
        if lone_left or lone_right:
            return lone_right
        titled_left, titled_right = (_titled(fact.subject), _titled(fact.value))
        if titled_left != titled_right:
            return titled_right
        return left_is_character < 0 or actor_first_nearby(fact)

    doc_films.facts = [
        Fact(f.kind, f.film, f.subject, f.value, f.source, f.start, f.end, f.sentence, f.detail)
        if f in listed and swapped(f)
        else f
        for f in doc_films.facts
    ]


def _titled(name: str) -> bool:
    """Whether a name opens with a title or rank, as characters' names do: "Leutnant Werner"."""
    words = fold(name).split()
    return len(words) >= 2 and words[0].rstrip(".") in HONORIFICS


def _set_years(document: Document, doc_films: DocumentFilms) -> None:
    for film in doc_films.films:
        if len(doc_films.films) == 1 and re.fullmatch(r"\d{4}", document.metadata.get("year", "")):
            film.year = document.metadata["year"]
            continue
        years = [
            re.search(r"\d{4}", fact.value).group()
            for fact in doc_films.facts
            if fact.film == film.title and fact.kind == "release" and re.search(r"\d{4}", fact.value)
        ]
        if years:
            film.year = min(years)


def _language(document: Document) -> str:
    declared = document.metadata.get("language", "").lower()[:2]
    if declared in {"de", "en"}:
        return declared
    words = re.findall(r"[a-zäöüß]+", document.text.lower())
    german = sum(w in {"der", "die", "das", "und", "ist", "nicht", "mit", "von"} for w in words)
    english = sum(w in {"the", "and", "is", "of", "with", "not", "by", "to"} for w in words)
    return "de" if german >= english else "en"


# --- the catalogue across articles --------------------------------------------------------------


@dataclass
class Film:
    """One film across the articles that cover it."""

    title: str
    aliases: list[str]
    year: str
    sources: list[str]
    languages: list[str]

    @property
    def forms(self) -> list[str]:
        """Folded title and aliases, longest first, for finding the film in a question."""
        forms = {fold(t) for t in [self.title, *self.aliases] if fold(t)}
        # „Cabinet des Dr. Caligari“ names "Das Cabinet des Dr. Caligari"; "Boot" alone names no film.
        forms |= {short for form in forms if len((short := _LEADING_ARTICLE.sub("", form)).split()) >= 2}
        return longest_first(forms)

    @property
    def head_forms(self) -> list[str]:
        """ "sturm" for "Der Sturm": the one word after the article, which a question may use alone
        ("beim Sturm", "laufzeit harbour") when it names no film in full."""
        heads = {_LEADING_ARTICLE.sub("", fold(t)) for t in [self.title, *self.aliases] if fold(t)}
        return sorted(head for head in heads if len(head.split()) == 1 and len(head) >= 4)


_LEADING_ARTICLE = re.compile(r"^(?:der|die|das|the|a|an|le|la|les|l|il|el|los|las) ")


class FilmCatalogue:
    """All films of the index, their facts, and who is named where; read-only per index version."""

    def __init__(self, entries: list[DocumentFilms]) -> None:
        self.entries = {entry.source: entry for entry in entries}
        self.films: dict[str, Film] = {}
        key_of: dict[str, str] = {}
        for entry in entries:
            for title in entry.films:
                forms = {fold(title.title), *(fold(a) for a in title.aliases)}
                key = next((key_of[f] for f in forms if f in key_of), None)
                if key is None:
                    key = title.title
                    self.films[key] = Film(title.title, [], title.year, [], [])
                film = self.films[key]
                for alias in [title.title, *title.aliases]:
                    if alias not in film.aliases and fold(alias) != fold(film.title):
                        film.aliases.append(alias)
                film.year = film.year or title.year
                if entry.source not in film.sources:
                    film.sources.append(entry.source)
                if entry.language not in film.languages:
                    film.languages.append(entry.language)
                for form in forms:
                    key_of[form] = key
        self._key_of = key_of
        self.facts = [  # replaced only where the title differs: replace() took 0.4 s at 7,000 articles
            fact if (film := self.canonical(fact.film)) == fact.film else dataclasses.replace(fact, film=film)
            for entry in entries
            for fact in entry.facts
        ]
        self.names: dict[str, set[str]] = {}  # film -> folded name tokens mentioned in its text
        for entry in entries:
            for film, words in entry.name_words.items():
                self.names.setdefault(self.canonical(film) if film else "", set()).update(words)
            for name, film in set(entry.names):  # an entry straight from extract_films()
                self.names.setdefault(self.canonical(film) if film else "", set()).update(fold(name).split())
        self.people: set[str] = set()  # folded words of people's and characters' names
        for fact in self.facts:
            if fact.kind == "cast":
                self.names.setdefault(fact.film, set()).update(fold(f"{fact.subject} {fact.value}").split())
        for entry in entries:
            self.people.update(entry.people)
        self.film_forms = frozenset(form for film in self.films.values() for form in film.forms)
        self.film_words = {word for form in self.film_forms for word in form.split()}
        self.full_names = {  # whole names of cast and crew: "Maria Full of Grace" is none of them
            fold(part)
            for fact in self.facts
            if fact.kind == "cast" or fact.kind in CREW_KINDS
            for part in (fact.subject, fact.value)
            if part
        }
        self.cast_words = {word for name in self.full_names for word in name.split() if len(word) > 1}
        # Words of a cast line's role description ("Der Alte, Kapitänleutnant und Kommandant"),
        # without case endings: a question's "den Kommandanten" is a character, not a thing.
        self.role_stems = {
            word_stem(word)
            for fact in self.facts
            if fact.kind == "cast"
            for word in fold(fact.sentence if fact.detail in LIST_DETAILS else fact.subject).split()
        }
        # Works the articles mention in passing ("like Lean's *Brief Encounter*"): no article is about them.
        self.other_works = {
            fold(work): work
            for entry in entries
            for work in entry.other_works
            if not any(f" {fold(work)} " in f" {form} " for form in self.film_forms)
            and not any(f" {fold(work)} ".startswith(f" {form} ") for form in self.film_forms)
            and not set(fold(work).split()) <= self.people
        }

    @cached_property
    def title_words(self) -> dict[str, str]:
        """ "nebelland" -> "Die Fähre nach Nebelland": a word of one film's titles that no other
        film's titles or names hold, so a question may name the film by it ("Who directed Nebelland?",
        "Storm and Sea"). Computed once per index version."""
        owners: dict[str, set[str]] = {}
        for title, film in self.films.items():
            for form in film.forms:
                for word in form.split():
                    if len(word) >= 4 and word not in STOPWORDS and not word.isdigit():
                        owners.setdefault(word, set()).add(title)
        named_in: dict[str, set[str]] = {}
        for film, words in self.names.items():
            for word in words & owners.keys():
                named_in.setdefault(word, set()).add(film)
        return {
            word: next(iter(titles))
            for word, titles in owners.items()
            if len(titles) == 1 and not named_in.get(word, set()) - titles
        }

    @cached_property
    def actor_names(self) -> frozenset[str]:
        """Folded names of everyone a cast fact says plays a role (computed once per index version)."""
        return frozenset(fold(f.value) for f in self.facts if f.kind == "cast")

    @cached_property
    def character_names(self) -> frozenset[str]:
        return frozenset(fold(f.subject) for f in self.facts if f.kind == "cast")

    @cached_property
    def crew_names(self) -> frozenset[str]:
        return frozenset(fold(f.value) for f in self.facts if f.kind in CREW_KINDS)

    def is_name(self, word: str) -> bool:
        """Whether `word` is part of someone's name: never glossed as a profession ("Sebastian Koch")."""
        return fold(word) in self.cast_words or fold(word) in self.people

    def language_of(self, source: str) -> str:
        entry = self.entries.get(source)
        return entry.language if entry else ""

    def canonical(self, title: str) -> str:
        return self._key_of.get(fold(title), title)

    def title_at(self, chunk) -> str:
        """The title (and other titles) of the film a passage is about; the article's own title
        when no film is known. A web page's headline ("Berlinale 2024: Goldener Bär für …") is
        no film title: its words are what questions ask about."""
        film = self.films.get(self.film_of(chunk.source, chunk.start))
        return " ".join([film.title, *film.aliases]) if film else chunk.title

    def film_of(self, source: str, offset: int) -> str:
        entry = self.entries.get(source)
        return self.canonical(entry.film_at(offset)) if entry else ""
