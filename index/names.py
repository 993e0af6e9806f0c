"""Names in film writing: runs of capitalised words that stand for a person, a character or a title.

German capitalises every noun, so a capitalised word is not yet a name. A word right after an
article or an attributive adjective ("dem französischen Model Marie …", "den Vater Ki-taek") is a
descriptor, and the name is what follows it. Quoted or emphasised spans are titles, not names.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from index.terms import STOPWORDS

# Lower-case words that may stand inside a name: "Marie de Villepin", "Thea von Harbou".
PARTICLES = frozenset("de da del della di van von der den du le la ten ter zu dos".split())
_SECOND_PARTICLES = frozenset("der den".split())  # only after van/von: "van der", "von den"
# Words before a noun that make the next capitalised word a descriptor, not a name.
_DETERMINERS = frozenset(
    """
    der die das den dem des ein eine einen einem einer eines
    sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere kein keine keinen
    jeder jede jedes diesem diesen dieser dieses
    """.split()
)
# Capitalised words that open sentences or clauses without being names ...
_FUNCTION_WORDS = frozenset(
    w.lower()
    for w in """
    Als Auch Aber Am Auf Aus Bei Bis Da Dabei Dann Danach Daher Dafür Damit Dass Den Dem Denn Der Des
    Die Das Doch Dort Durch Ein Eine Einen Einer Er Es Für Gedreht Hier Ihr Ihre Im In Ins Ist Jahre
    Mit Nach Neben Nur Ob Oder Schon So Sie Sein Seine Seit Sogar Um Und Unter Von Vom Vor Was Weil
    Wenn Wer Wie Wo Zu Zum Zur Zwar After Also And As At But By For From He Her His How If In It Its
    Later Much Of On One Only Or She So Some That The Their Then There These They This Though To Two
    Until What When Where Which While Who With Yet Q A
    Dazu Darauf Darin Davon Dagegen Deshalb Deswegen Trotzdem Zudem Außerdem Später Damals Schließlich
    Zunächst Dennoch Allerdings Jedoch Vielleicht Plötzlich Bereits Endlich Zuletzt Zuerst Nun Jetzt
    However Meanwhile Eventually Instead Finally Under Unlike Like Während Ohne Gegen Trotz Besonders
    My Our Your Mein Meine Meinen Meinem Meiner Unser Unsere Euer Eure
    Daheim Zuhause Draußen Drinnen Oben Unten Heute Gestern Abends Nachts Morgens Tagsüber Drüben
    Irgendwann Irgendwo Manchmal Oft Immer Niemals Einst Kürzlich Neulich Bald Sofort Überall
    """.split()
)
# ... and the labels and film words of info blocks and prose.
_LABEL_WORDS = frozenset(
    w.lower()
    for w in """
    Regie Musik Drehbuch Kamera Film Filme Films Schnitt Produktion Buch Roman Vorlage Besetzung
    Darsteller Länge Premiere Uraufführung Originaltitel Handlung Rolle Hauptrolle Titelrolle
    Regisseur Regisseurin Komponist Produzent Produzentin Kameramann Kamerafrau Drehbuchautor
    Erscheinungsjahr Produktionsland Laufzeit Kinostart Preis Jury Festival Oscar Oscars Mit Gespielt
    Director Directed Music Screenplay Cinematography Cast Written Produced Runtime Running Original
    Country Release Released Language Based Starring Writer Producer Editor Editing Film Award Movie
    Title Year Length Plot Synopsis Story Camera Score Composer Cinematographer Played Voiced
    Best Beste Bester Besten Golden Goldene Goldenen Beruf Jahr Jahre Jahren Ende Anfang Mitte
    Filmemacher Filmemacherin Autor Autorin Drehbuchautorin Komponistin Kamerafrau Cutter Cutterin
    Schauspieler Schauspielerin Hauptdarsteller Hauptdarstellerin Darstellerin Filmmaker Actor Actress
    Screenwriter Directors Producers Writers Regisseure Produzenten Autoren Star Stars Newcomer
    Newcomerin Debütant Debütantin Neuling Nachwuchsstar Nachwuchsschauspieler Nachwuchsschauspielerin
    Bildgestalter Bildgestalterin Kameraleute Editorin Dramatiker Dramatikerin Drehbuchautoren Produzenten
    """.split()
)
_NOT_NAMES = _FUNCTION_WORDS | _LABEL_WORDS | STOPWORDS
_SURNAME_LABELS = frozenset("best cutter".split())  # "Musik: Peter Best."
# Pronouns and articles that a sentence may capitalise where a role or actor would stand ("The boy is
# played by X", "We spoke to its lead actress, X"): they name no one.
NO_ONE = frozenset(
    "the a an i we you they it he she this that der die das den dem ein eine "
    "ich wir ihr sie er es man dies am im ja nein yes no okay "  # "Am ehesten …", "Ja, …"
    "montag dienstag mittwoch donnerstag freitag samstag sonntag monday tuesday wednesday thursday "
    "friday saturday sunday".split()  # "Wiederholung: Freitag, 10:15 Uhr"
)


_CONTRACTION = re.compile(r"n't$|'(?:m|re|ve|ll|d)$")
_SHORT_FORMS = frozenset("it's that's let's here's there's what's he's she's who's where's how's".split())


def is_not_name(word: str) -> bool:
    """A function or label word; "Writer-director" and "Regisseurin-Autorin" are label words too."""
    folded = word.lower().replace("’", "'")
    if _CONTRACTION.search(folded) or folded in _SHORT_FORMS:
        return True  # "Don't forget Mi-do.", "That's the one": no one's name
    compound = re.match(r"(?:stamm|haus|chef|lieblings)(?P<job>\w{5,})$", folded)  # "Stammcutter"
    return (
        folded in _NOT_NAMES
        or ("-" in folded and all(part in _LABEL_WORDS for part in folded.split("-")))
        or bool(compound and compound.group("job") in _LABEL_WORDS)
    )


_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_CAP_WORD = rf"[{_UPPER}][\w'’.\-]*\w|[{_UPPER}]\.?"
_TOKEN = re.compile(rf"{_CAP_WORD}|[\w'’\-]+|[^\w\s]", re.UNICODE)
_IS_CAP = re.compile(rf"^(?:{_CAP_WORD})$")
_COMPANY_WORDS = frozenset(
    "Film Films Pictures Productions Studios Entertainment Filmproduktion GmbH".split()
)
# Quoted or emphasised spans: titles of works, not people.
QUOTED = re.compile(
    r"„[^“”\"\n]{1,120}[“”\"]|“[^”\n]{1,120}”|\"[^\"\n]{1,120}\"|«[^»\n]{1,120}»|»[^«\n]{1,120}«|\*[^*\n]{1,120}\*"
)


# A nickname in quotes between a first name and a surname.
NICKNAME = re.compile(r"(?<=[A-Za-zÀ-ÿ] )[\"“„]([A-ZÀ-Þ][\w\-]+)[\"”“](?= [A-ZÀ-Þ])")
_QUOTES = frozenset('"“”„')


@dataclass(frozen=True)
class Name:
    """A run of capitalised words in a sentence; `start`/`end` are offsets in the sentence."""

    text: str
    start: int
    end: int
    descriptor: str = ""  # the noun phrase right before it ("Regisseur", "Model", "Vater")

    @property
    def tokens(self) -> int:
        return len([t for t in self.text.split() if t.lower() not in PARTICLES])


# Letters Unicode does not split into a base letter and a mark ("Łódź", "Øresund", "Đorđe"), and the
# typographic apostrophe; casefolding has already made "ß" "ss" and every letter lower case.
_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "’": "'"})


@functools.lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """Case-, accent- and punctuation-blind form for matching names and titles. Cached: the same
    names and titles are folded again and again (1.2 million calls loading 7,000 articles)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_UNDECOMPOSED))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.findall(r"\w+", plain))


def longest_first(texts: Iterable[str]) -> list[str]:
    """Titles or names longest first, so a longer one is matched before a part of it; ties in
    alphabetical order, not in a set's order (which changes with every process's hash seed)."""
    return sorted(texts, key=lambda text: (-len(text), text))


_TITLE_ABBREVIATIONS = frozenset("dr prof mr mrs ms st".split())


def find_names(sentence: str) -> list[Name]:
    """Name runs in `sentence`, outside quotes; descriptors split off as explained above."""
    masked = NICKNAME.sub(lambda m: f" {m.group(1)} ", sentence)  # John "Scottie" Ferguson is one name
    masked = QUOTED.sub(lambda m: " " * len(m.group()), masked)
    tokens = list(_TOKEN.finditer(masked))
    names: list[Name] = []
    index = 0
    while index < len(tokens):
        lead = _after_initials(tokens, index, masked)
        if lead == index and not _starts_name(tokens, index):
            index += 1
            continue
        run = tokens[index : lead + 1]  # "A. R. Rahman": the initials belong to the name
        nxt = lead + 1
        while nxt < len(tokens):
            word = tokens[nxt].group()
            gap = masked[tokens[nxt - 1].end() : tokens[nxt].start()]
            between = sentence[tokens[nxt - 1].end() : tokens[nxt].start()]
            nickname = gap == "  " and between.strip() in _QUOTES
            if (  # "Dr. Elisabeth Kranz", "Prof. Hans Ott": an abbreviated title stays with its name
                word == "."
                and not gap
                and len(run) == 1
                and run[0].group().lower() in _TITLE_ABBREVIATIONS
                and nxt + 1 < len(tokens)
                and masked[tokens[nxt].end() : tokens[nxt + 1].start()] == " "
                and _IS_CAP.match(tokens[nxt + 1].group())
            ):
                nxt += 1
                continue
            if "\n" in gap or (len(gap) > 1 and not nickname):
                break
            if (
                (_IS_CAP.match(word) and not is_not_name(word))
                or _surname_word(tokens, nxt, run)
                or (
                    _joins(word, tokens[nxt - 1].group())
                    # "Margarethe von Trotta von Juliane": one particle and surname per name
                    and not (_IS_CAP.match(run[-1].group()) and any(t.group() in PARTICLES for t in run[1:]))
                    and nxt + 1 < len(tokens)
                    and (_IS_CAP.match(tokens[nxt + 1].group()) or _joins(tokens[nxt + 1].group(), word))
                    and not _by_a_full_name(tokens, nxt, masked)
                )
            ):
                run.append(tokens[nxt])
            else:
                break
            nxt += 1
        descriptor = ""
        if _relative_pronoun_before(masked, tokens, index, run, nxt):
            pass  # "Walter Fuchs, den Gerhard Liebmann spielt": a pronoun, then the actor's full name
        elif _after_determiner(tokens, index) and len(run) > 1:
            descriptor, run = run[0].group(), run[1:]
        elif _after_determiner(tokens, index):
            descriptor = run[0].group()
        if (
            run
            and nxt < len(tokens)
            and tokens[nxt].group() in _COMPANY_WORDS
            and masked[run[-1].end() : tokens[nxt].start()] == " "
        ):
            run.append(tokens[nxt])  # "Komplizen Film", "Prana-Film": a company is named like a person
            nxt += 1
        while run and run[0].group() in PARTICLES:
            run = run[1:]
        while run and run[-1].group() in PARTICLES:
            run = run[:-1]
        if run and descriptor != run[0].group():
            start, end = run[0].start(), run[-1].end()
            text = sentence[start:end].rstrip(".")
            if run[-1].group() in ("Jr", "Sr") and sentence[end : end + 1] == ".":
                text += "."  # "Henry Vance Jr. (Al Stone)": the abbreviation's dot is the name's
            names.append(Name(text, start, start + len(text), descriptor))
        elif descriptor and run:  # "der alte Sokrates" can leave no run at all
            start = run[0].start()
            names.append(Name("", start, start, descriptor))
        index = nxt
    return [name for name in names if name.text]


def _surname_word(tokens: list, at: int, run: list) -> bool:
    """ "Konrad Weil", "Martin May": a capitalised function word right after a first name, ending
    the run, is a surname (mid-sentence the conjunction or modal would be lower case)."""
    word = tokens[at].group()
    following = tokens[at + 1].group() if at + 1 < len(tokens) else ""
    return (
        (len(run) == 1 or run[-2].group() in PARTICLES)  # one first name so far: "(von) Konrad"
        and bool(_IS_CAP.match(word))
        and word.lower() in (_FUNCTION_WORDS | STOPWORDS | _SURNAME_LABELS)
        and len(word) > 2
        and not _IS_CAP.match(following)
    )


_PATRONYMIC = frozenset("ben bin ibn".split())  # "El Hedi ben Salem": lower case inside a name only


def _by_a_full_name(tokens: list[re.Match], at: int, masked: str) -> bool:
    """ "Paul von Jonas Keller": "von" before a first name and a surname says by whom, it joins no
    name ("Lars von Trier", "Otto von der Heide" have one surname after it)."""
    following = tokens[at + 1 : at + 4]
    caps = 0
    for token in following:
        if not _IS_CAP.match(token.group()) or masked[token.start() - 1 : token.start()] != " ":
            break
        caps += 1
    return tokens[at].group() == "von" and caps >= 2


def _joins(word: str, previous: str) -> bool:
    return word in (PARTICLES - _SECOND_PARTICLES) | _PATRONYMIC or (
        word in _SECOND_PARTICLES and previous.lower() in {"van", "von"}
    )


_INITIAL = re.compile(rf"[{_UPPER}]\.")
_JOINED_INITIALS = re.compile(rf"[{_UPPER}](?:\.[{_UPPER}])+")  # "A.R" before its last dot


def _after_initials(tokens: list[re.Match], index: int, masked: str) -> int:
    """The index of the surname or first name after initials that open a name here ("A. R. Rahman",
    "J.S. Bach", "M. Night Shyamalan"); `index` itself when no initials open one."""
    at = index
    while at < len(tokens):
        word = tokens[at].group()
        if _INITIAL.fullmatch(word):
            at += 1
        elif (
            _JOINED_INITIALS.fullmatch(word)
            and at + 1 < len(tokens)
            and tokens[at + 1].group() == "."
            and tokens[at + 1].start() == tokens[at].end()
        ):
            at += 2
        else:
            break
        if at < len(tokens) and masked[tokens[at - 1].end() : tokens[at].start()] not in (" ", ""):
            return index
    if at == index or at >= len(tokens):
        return index
    if (
        at == index + 1
        and index == 0
        and not (
            at + 1 < len(tokens)
            and _IS_CAP.match(tokens[at + 1].group())
            and not is_not_name(tokens[at + 1].group())
        )
    ):
        return index  # "A. Yes, …": a lone letter opening a sentence is an answer's label
    word = tokens[at].group()
    return at if _IS_CAP.match(word) and not is_not_name(word) and len(word) > 2 else index


def _starts_name(tokens: list[re.Match], index: int) -> bool:
    word = tokens[index].group()
    return bool(_IS_CAP.match(word)) and not is_not_name(word) and len(word.strip(".")) > 1


# Words after ", den Gerhard Liebmann …" that only a person does: the two capitals are one name.
_PERSON_VERB = frozenset(
    "spielt spielte verkörpert verkörperte gibt gab mimt mimte gemeinsam zusammen schrieb verfasst "
    "verfasste inszeniert inszenierte drehte produziert produzierte komponiert komponierte".split()
)


def _relative_pronoun_before(masked: str, tokens: list[re.Match], index: int, run: list, nxt: int) -> bool:
    """ ", den Gerhard Liebmann spielt": the article-like word after a comma is a relative pronoun
    when two capitalised words and a person's verb follow; the first word is a first name."""
    return (
        index > 0
        and len(run) == 2
        and tokens[index - 1].group().lower() in {"den", "die", "der", "das", "dem"}
        and masked[: tokens[index - 1].start()].rstrip().endswith(",")
        and nxt < len(tokens)
        and tokens[nxt].group() in _PERSON_VERB
        and _CLAUSE_GOES_ON.match(masked, tokens[nxt].end()) is not None
    )


# After the verb the relative clause ends ("…, den X spielt – ein …"), or goes on with whom it was
# done with ("…, das X gemeinsam mit Y verfasst hatte"); ", der Vater Max spielt Schach" is no name.
_CLAUSE_GOES_ON = re.compile(r"\s*(?:[,.;:!?–—)]|$)|\s+mit\b")


def _after_determiner(tokens: list[re.Match], index: int) -> bool:
    """The capitalised word at `index` follows a German article, directly or across up to two
    inflected adjectives ("dem französischen Model …"). English capitalises names, not nouns."""
    back = index - 1
    while back >= max(index - 2, 0) and _is_adjective(tokens[back].group()):
        back -= 1
    return back >= 0 and tokens[back].group().lower() in _DETERMINERS


_GERMAN_ADJECTIVE = re.compile(r"^[a-zäöüß]+(?:en|er|es|em|e)$")


def _is_adjective(word: str) -> bool:
    return word.lower() not in _DETERMINERS and bool(_GERMAN_ADJECTIVE.match(word))


# Titles before a name, in either language: "Count Orlok" is "Graf Orlok".
HONORIFICS = frozenset(
    """
    count graf countess gräfin grafin captain kapitän kapitan hauptmann major colonel oberst general doctor dr
    doktor mr mrs ms miss herr frau fräulein fraulein sir lady lord baron baroness baronin professor prof
    father pater sister schwester brother bruder king könig konig queen königin konigin prince prinz
    princess prinzessin uncle onkel aunt tante lieutenant leutnant kapitänleutnant kapitanleutnant
    sergeant feldwebel inspector inspektor kommissar kommissarin commissioner detective pfarrer reverend
    madame monsieur
    """.split()
)


def same_name(anchor: str, name: str) -> bool:
    """Whether `anchor` (from a question) names the same one as `name` (from an article): all of
    the anchor's words occur in the name, or the name's words all occur in the anchor; titles
    like "Count" / "Graf" may differ."""
    a, n = set(fold(anchor).split()) - PARTICLES, set(fold(name).split()) - PARTICLES
    if not a or not n:
        return False
    if a <= n or n <= a:
        return True
    a_core, n_core = a - HONORIFICS, n - HONORIFICS
    return bool(a_core) and bool(n_core) and (a_core <= n_core or n_core <= a_core)


def names_any(words: set[str] | list[str], anchors: list[str]) -> bool:
    """Whether folded `words` hold every word of one of the (folded) `anchors`."""
    return any(all(word in words for word in fold(anchor).split()) for anchor in anchors)


_INFLECTIONS = ("en", "es", "n", "s", "e")


def word_stem(word: str) -> str:
    """A folded word without a German case ending: "kommandanten" and "kommandant" meet."""
    for ending in _INFLECTIONS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word
