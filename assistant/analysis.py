"""Step 1 of an answer: what kind of fact a question asks for, about whom, about which film.

The kinds are the questions people ask most about films; the patterns are general German and
English film vocabulary. Names are matched against the film catalogue, never against a list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.lexicon import states
from index.films import FilmCatalogue
from index.names import PARTICLES, QUOTED, find_names, fold, same_name, word_stem
from index.terms import STOPWORDS

# Checked in this order: "Welche Rolle spielt X" asks for a role although it contains "spielt".
_KINDS: list[tuple[str, re.Pattern[str]]] = [
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in [
        (  # "Who was the art director?", "Wer machte das Szenenbild?": jobs the catalogue does not keep
            "other",
            r"\b(art direct\w*|production design\w*|szenenbild\w*|casting|kostüm\w*|costume\w*|make-up|"
            r"maskenbild\w*|stunt\w*|choreograph\w*|sound design\w*|tongestalt\w*|animation director|"
            r"visual effects)\b",
        ),
        (
            "role_of",
            r"\b(welche\w* (rolle|figur|part|charakter)|wen (spielt|spielte|verkörpert|gibt)|als wer|"
            r"was für eine (rolle|figur)|in welche rolle|who is .+ playing|as (?:whom|who) does|"
            r"which (role|character|part)|"
            r"what (role|character|part)|who (?:does|did) .+ (play|portray)|whom (?:does|did)|als wen|"
            r"in welcher rolle|"
            r"wen (?:stellt|stellte)|"
            r"(?:plays?|played|portrays?|spielt|spielte) (?:whom|who|wen)(?=\W*(?:in|im|\?|$)))\b|"
            # "nina hahn role in sturm", "Tom Hale's character in Der Sturm?": a fragment naming the actor
            r"^\W*(?!(?:welche\w*|what|which|wer|who|wie|how|wann|when|wo|where|was|did|does|hat)\b)"
            r"(?:[\w\-]+(?:['’]s)?\s+){1,3}?(?:role|rolle|character|figur)\s+(?:in|im|bei)\b|"
            # "What is Tom Hale's role in Der Sturm?"
            r"\b(?:what|which)\b.*['’]s? (?:role|character|part)\b|"
            # "Und spielt er auch selbst mit?", "Does he also appear in it?": whom the one asked about plays
            r"\b(?<!wer )(?:spielt|spielte) (?:er|sie|[A-ZÄÖÜX][\w\-]+(?: [A-ZÄÖÜX][\w\-]+){0,2}) "
            r"(?:auch |selbst |auch selbst )?"
            r"mit\W*$|"
            r"\b(?:does|did) (?:he|she|[A-ZX][\w\-]+(?: [A-ZX][\w\-]+){0,2}) (?:also |even )?"
            r"(?:appear|act|play) in "
            r"(?:it|the film|the movie)\b",
        ),
        (
            "who_plays",
            r"\b(wer|who)\b.*\b(spielt|spielte|verkörpert\w*|gespielt|mimt|plays|played|playing|portrays?|(?<!co-)stars?|"
            r"portrayed|voices?|voiced|spricht|sprach|gesprochen|darsteller\w*|actor|actress|starred|starring|"
            r"in der (?:titel)?rolle (?:des|der)|in the (?:title )?(?:role|part) of|zu sehen|appears? as|"
            r"the cast|der besetzung|zur besetzung|(?:übernimmt|übernahm)\s+(?:die|the)\s+\w*rolle|"
            r"\w*rolle\b.*\bübernommen|(?:gibt|gab)\s+(?:den|die)\s+(?-i:[A-ZÄÖÜ])\w*|"
            r"takes? the (?:part|role))\b|"
            r"\b(welche\w* (schauspieler\w*|darsteller\w*)|which (actor|actress)|von wem wird|"
            r"by whom is|cast as)\b",
        ),
        (
            "cinematographer",
            r"\b((?:kamera\w*|camera(?:man|men|woman|women|work|person)?)(?! as director| als regisseur)|"
            r"cinematograph\w*|"
            r"director of photography|photograph\w*|bildgestalt\w*|(?-i:DP|DoP)|lensed|lensing|fotografiert|"
            r"die bilder (?:gemacht|gestaltet|geschaffen)|the (?:visuals|images|pictures)|"
            r"(?:für|for) (?:die|the) bilder\w*\b.{0,40}\b(?:zuständig|verantwortlich)|bildsprache)\b|"
            r"^\W*(?:and\s+|und\s+)?who shot\b(?!.*\bwhere\b)",
        ),
        (
            "director",
            r"\b(regie|regisseur\w*|inszeniert\w*|directed|director|direct|helmed|filmmaker|filmemacher\w*)\b|"
            # "Von wem ist Nebelland?", "Whose film is it?"
            r"^\W*(?:und\s+|and\s+)?(?:von wem ist|whose film|wessen film)\b"
            # … unless it names another job: "Von wem ist die Musik?"
            r"(?!.*\b(?:\w*musik|music|score|drehbuch|script|skript|screenplay|kamera|camera|schnitt|costume\w*|"
            r"kostüm\w*|roman|novel|buch|book|vorlage|stück|play|poster|trailer|sets?|effects|soundtrack|songs?|"
            r"bilder|images|pictures|photography|fotos?)\b)|"
            # "Wer hat X gedreht?"
            r"^\W*(?:und\s+)?wer\b(?!.*\b(?:wo|where)\b).{0,80}\b(?:gedreht|drehte)\b",
        ),
        (
            "writer",
            r"\b(drehbuch\w*|screenplay|screenwriter|"
            r"wrote(?! (?:the )?(?:\w+ ){0,2}(?:music|score|songs?|theme|melody|soundtrack))|"
            r"written(?! music)|writer|script|skript|autor\w*|penned|pen|came up with the (?:story|idea)|"
            r"(?:hat|haben)\b(?![^?]*(?:musik|lied|song|score))[^?]*\bgeschrieben)\b|"
            r"\b(adapted|adaptiert\w*|bearbeitet\w*)\b.*"
            r"\b(for the (screen|cinema)|für (die leinwand|das kino))\b|"
            r"\bfür (die leinwand|das kino)\b.*\b(adaptiert\w*|bearbeitet\w*)\b",
        ),
        (
            "producer",
            r"\b(produziert\w*|produzent\w*|produced|producers?|production compan\w+|financed|"
            r"put up the money|"
            r"finanziert\w*)\b|"
            r"\bwhich (?:studio|company)\b(?!.*\b(?:distribut\w*|verleih\w*)\b)",
        ),
        (
            "composer",
            r"\b(\w*musik\w*|music|komponi\w*|composed|composer|score|scored|soundtrack|\w*melodie|theme|"
            r"titelsong)\b",
        ),
        (
            "editor",
            r"\b(geschnitten|schnitt|cutter\w*|edited|editor|editing|montage|montiert\w*)\b|"
            r"^\W*(?:and\s+|und\s+)?who cut\b",
        ),
        (
            "runtime",
            r"\b(wie lang\w*|länge|laufzeit|dauer\w*|spieldauer|how long|running time|runtime|run time|"
            r"minuten|minutes|länger|kürzer|longer|shorter|stunden|hours)\b",
        ),
        (
            "filming_location",
            r"\b(wo|where|in welche\w*|an welche\w*|which|what)\b(?!\s+(?:jahr|jahrzehnt|year|decade)\b).*"
            r"\b(gedreht|gefilmt|shot|filmed|filming|dreharbeiten|drehte|drehten|drehen|shooting|"
            r"the shoot|entstand|entstanden)\b|"
            r"^\W*(?:and\s+|und\s+)?where was (?:it|the film|the movie|[A-Z][^?]{0,60}) made\W*$|"
            r"\bwhere (?:did|do) (?:they|the crew|the team) (?:film|shoot)\b|\bwo\b.*\baufgenommen\b|"
            r"\b(drehort\w*|shooting location\w*|filming location\w*|locations?)\b|"
            r"^\W*(?:was|were|is)\b.*\b(?:shot|filmed)\s+(?:in|on|at)\b|"
            r"^\W*(?:wurde|ist)\b.*\b(?:in|auf|im|an|bei)\s+.*\b(?:gedreht|gefilmt)\b",
        ),
        (
            "setting",
            r"\b(wo spielt|spielt .*\b(wo|in welche\w*|stadt|land|ort)|schauplatz|handlungsort|angesiedelt|"
            r"situated|located|wo (?:ist|liegt) .* (?:verortet|zu hause)|"
            r"where is .* set|where['’]s .* set|where does .* take place|set in|takes? place|setting|"
            r"where (?:does|do|did) .* (?:happen|unfold|play out)|unfolds?|"
            r"wo\b.*\b(?:handlung|geschichte)\b.*\b(?:statt|zu)|trägt sich\b.*\bzu)\b|\bis\b.+\bset\b\W*$|"
            r"\bwhen\b.*\b(?:take place|takes place)\b|"
            r"\bin welche\w* (stadt|land|dorf|ort|gegend|region|jahr|zeit|epoche|jahrhundert|jahrzehnt|"
            r"dekade)\w*\b"
            r".*\bspielt\b|"
            # "In welcher Stadt sucht X nach Y?", "In which city does X turn up?": where the story is
            r"^\W*(?:und\s+|and\s+)?in (?:welche[rms]?|which|what) "
            r"(?:stadt|stadtteil|viertel|dorf|land|gegend|city|town|village|country|neighbou?rhood|district)\b|"
            r"\b(when|what year|which year|what time|which period)\b.*\b(is|was) .*\bset\b",
        ),
        (
            "based_on",
            r"\b(basiert|beruht|\w*vorlage|based on|adapted|adaptation|nach welchem|roman|novel|book|buch|"
            r"\w*verfilmung|"
            r"zugrunde|true story|wahre[rn]? (?:geschichte|begebenheit)|inspired by|inspiriert|"
            r"source material|what inspired|geht\b.*\bzurück)\b|"
            r"\bwhere does the (?:story|plot|idea)\b.*\bcome from\b",
        ),
        (
            "release",
            r"\b(erschien\w*|erschienen|premiere\w*|uraufgeführt|uraufführung|kinostart|released?|"
            r"came out|comes? out|in die kinos|in cinemas|welchem jahr|what year|which year|"
            r"hit (?:\w+ )?(?:theaters|theatres|cinemas|screens)|"
            r"erscheinungsjahr|how old is)\b|"
            r"\b(wann|when)\b.*\b(gezeigt|shown|startete|started|kam|film|opened|open|opens|made|lief\b.*\ban|"
            r"(?:\w+ )?(?:cinemas|theaters|theatres|kinos))\b",
        ),
        (
            "other",  # "Wo hatte der Film Premiere?" asks for a place, not a date
            r"\b(wo|where|in welche\w*|in which|at which)\b.*"
            r"\b(premiere\w*|uraufgeführt|uraufführung|shown)\b|"
            r"\b(welche\w* festival\w*|which festival|what festival|distributed|distributor|verleih\w*)\b",
        ),
        (
            "person_origin",
            r"\b(woher|where .* from|aus welchem land|aus welcher stadt|born|geboren|nationalität|"
            r"nationality|herkunft|(?<!wem )stammt|grow up|grew up|aufgewachsen|wuchs|geburtsort|birthplace|"
            r"place of birth|hometown|heimatstadt|home country|heimatland|comes? from|kommt\b.*\bher)\b|"
            r"^\W*(?:is|was|ist|war|kommt|stammt)\b.*\b(?:from|aus)\s+(?-i:[A-ZÄÖÜ])",
        ),
        (
            "person_job",
            r"\b(was macht \w+( \w+)?( beruflich)?\W*$|beruf\w*|what does \w+( \w+)? do\b|profession|"
            r"occupation|for a living|works? as|worked as|arbeitet\w* als|what is .* by trade|"
            r"train(?:ed)? as|study|studied|ausgebildet|ausbildung|gelernt|studiert\w*|"
            r"(?:her|his|['’]s) job\b|"
            r"als was (?:hat|hatte|arbeitet\w*|war)|what did \w+( \w+)? do\b|what was \w+( \w+)?['’]s job|"
            r"line of work|(?:earn|make)s? (?:a|her|his|their) living|kind of (?:work|job)|what job|day job|"
            r"['’]s trade|for money|before (?:she|he|they) became|was arbeitet|womit verdient|welchen job|"
            r"tätigkeit|lebensunterhalt|vor der \w+ gemacht)\b",
        ),
        (
            "who_is",
            r"^\W*(?:und\s+|and\s+)?(?:(wer|who|was|what)\s+(?:(?:exactly|genau)\s+)?(ist|war|is|was|sind|are)\s+|"
            r"who['’]s\s+)"
            r"(?:(?:eigentlich|denn|nochmal|noch mal|genau|actually|exactly|again)\s+)?"
            r"(?:(?:diese[rs]?|this|that|the character|die figur|der figur|the figure)\s+)?"
            r"(?-i:[A-ZÄÖÜ][^\s?']*(\s+[A-ZÄÖÜ][^\s?']*)*)"
            r"(\s+(?:in|im|aus|from|bei)\s+[^?]*)?(?:\s+(?:supposed|meant) to be)?\W*$|"
            # "What kind of person is Clara?", "Was ist Clara für eine Figur?", "Tell me about Clara."
            r"^\W*(?:what kind of (?:person|man|woman|character) is|"
            r"was für ein\w* (?:mensch|figur|person) ist|"
            r"tell me (?:more )?about)\s+(?-i:[A-ZÄÖÜ])|"
            r"^\W*was ist (?-i:[A-ZÄÖÜ])\S*(?:\s+(?-i:[A-ZÄÖÜ])\S*)* für ein\w*\s+"
            r"(?:figur|mensch|person|typ)\b",
        ),
    ]
]
FACT_KINDS = (
    "who_plays",
    "role_of",
    "director",
    "writer",
    "producer",
    "composer",
    "cinematographer",
    "editor",
    "runtime",
    "release",
    "setting",
    "filming_location",
    "based_on",
)
_THE_FILM = re.compile(
    r"\b(der film|des films|dem film|den film|dieser film|diesem film|this film|the film|the movie|"
    r"this movie|im film|in the film|it)\b",
    re.IGNORECASE,
)
# Capitalised words joined by small words: how titles look in a question ("The Lives of Others").
# Title case keeps its small words lower: "The Silence after the Shot", "Ashes and Diamonds". The
# question's first word is no title's ("Apart from Mann himself, …").
_TITLE_LIKE = re.compile(
    r"(?<!^)\b[A-Z][\w'’\-]+(?:(?:\s+(?:of|the|a|an|and|in|on|at|to|for|der|die|das|des|im|am|von|und)|"
    r"\s+(?:after|before|with|from|by|under|over|into|upon|without|between|through|beyond|or|nach|vom|mit|ohne)"
    r"(?:\s+(?:the|a|an|der|die|das|dem|den))?)?\s*[A-Z][\w'’\-]+)+"
)
_QUESTION_WORDS = frozenset(
    "wer wen wem wessen was wo wann wie warum welche welcher welches welchen who whom whose what where "
    "when how why which und and".split()
)


@dataclass(frozen=True)
class QuestionAnalysis:
    """The question's kind, the films it names, and the people or characters it asks about."""

    kind: str
    films: list[str] = field(default_factory=list)
    text: str = ""  # the question as analysed (after follow-up resolution)
    anchors: list[str] = field(default_factory=list)
    says_the_film: bool = False
    unknown: list[str] = field(default_factory=list)  # names or quoted titles no article knows
    relation: str = ""  # "Mutter", "husband": the anchor's relative is asked about
    terms: list[str] = field(default_factory=list)  # the question's other content words
    qualifiers: list[str] = field(default_factory=list)  # "originally", "German version": must be stated
    context: list[str] = field(default_factory=list)  # names the question relates to ("Lolas Vater")
    target: str = ""  # the name right after the casting verb ("Wer spielt Da-hye …"), known or not
    asks_when: bool = False  # "In welchem Jahr spielt …?": a setting in time, not a place
    elsewhere: str = ""  # "… in Requiem?": the question places its person in a work no article covers
    asks_cinema_release: bool = False  # "Wann kam er in die Kinos?": a festival premiere does not answer
    then_relation: str = ""  # "her husband's mother": the relative of the relative is asked about


_WHO = re.compile(r"\b(wer|wen|who|whom|welche\w*|which)\b", re.IGNORECASE)
# A capitalised word after a German determiner (and maybe an adjective) is a noun: "welche Oper".
_GERMAN_NOUN = re.compile(
    r"\b(?i:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|welche[rsnm]?|diese[rsnm]?|"
    r"jede[rsnm]?|keine?[rsnm]?|seine?[rsnm]?|ihre?[rsnm]?|im|am|zum|zur|vom|beim)\s+"
    r"(?:[a-zäöüß][\w\-]*\s+)?((?:[A-ZÄÖÜ][\w\-]*(?:\s+|$)){1,3})"
)
# The verbs that make a "who" question a casting question; their place decides against other cues.
_CAST_VERB = re.compile(
    r"\b(spielt|spielte|verkörpert\w*|gespielt|mimt|plays|played|playing|portrays?|portrayed|voices?|voiced|"
    r"spricht|sprach|gesprochen|darsteller\w*|schauspieler\w*|actor|actress|cast|starred|starring|"
    r"in der (?:titel)?rolle|in the (?:title )?(?:role|part)|zu sehen|appears? as|besetzung|übernimmt|"
    r"übernahm|übernommen|gibt|gab)\b",
    re.IGNORECASE,
)


CREW_QUESTION_KINDS = frozenset({"cinematographer", "director", "writer", "producer", "composer", "editor"})
# A crew question asks for someone: "Wer …", "Von wem …", "Which composer …", "Wie heißt der Regisseur".
# "Welche Musik hört sie?" or "Which prize did the director win?" names crew words but asks no such thing.
_ASKS_FOR_SOMEONE = re.compile(
    r"\b(wer|wem|wen|wessen|who|whom|whose|named?|name of|heißt|heisst|hieß|hiess|called)\b|"
    r"\b(welche\w*|which|what)\s+(\w+\s+)?(regisseur\w*|director\w*|komponist\w*|composer\w*|"
    r"kamera\w+|cinematographer\w*|produzent\w*|producer\w*|production company|produktionsfirma\w*|"
    r"studio\w*|firma|company|drehbuchaut\w*|autor\w*|writer\w*|screenwriter\w*|cutter\w*|editor\w*)\b|"
    # "Could you tell me the composer of …?": the job's holder
    r"\b(?:the|den|die|der)\s+(?:director|composer|cinematographer|producer|editor|writer|screenwriter|"
    r"regisseur\w*|komponist\w*|kamera\w+|produzent\w*|cutter\w*|drehbuchaut\w*)\s+(?:of|for|on|von|bei|zu)\b",
    re.IGNORECASE,
)


# The job nouns that name a film's crew member: "Woher kommt der Komponist von X?" asks about him.
_CREW_NOUNS = {
    "cinematographer": r"kamera(?:mann|männer|frau|leute)|cinematographer\w*|director of photography|"
    r"(?-i:DP|DoP)|bildgestalt\w*",
    "director": r"regisseur\w*|director(?! of photography)|filmemacher\w*|filmmaker\w*",
    "composer": r"komponist\w*|composer\w*",
    "writer": r"drehbuchaut\w*|screenwriter\w*|scriptwriter\w*",
    "producer": r"produzent\w*|producer\w*",
    "editor": r"cutter\w*|editor\w*",
}
_CREW_NOUN = re.compile("|".join(f"(?P<{kind}>\\b(?:{noun})\\b)" for kind, noun in _CREW_NOUNS.items()), re.I)


def crew_role(question: str) -> str:
    """The crew job a person question names instead of a name ("the composer of X"), or ""."""
    match = _CREW_NOUN.search(question)
    return match.lastgroup or "" if match else ""


def question_kind(question: str) -> str:
    """The kind whose cue comes first: the main clause leads ("Wer schrieb das Drehbuch zu dem
    Film, in dem X den Y spielt?" asks for the writer)."""
    found: list[tuple[int, int, str]] = []
    # "Wer …?", "The Harbour music by?", "Regie?": a question for a person
    asks_for_someone = bool(_ASKS_FOR_SOMEONE.search(question)) or bool(
        YES_NO.match(question)  # "Hat Anna Berg den Film auch produziert?": whether she did, or who
        or re.search(r"\b(?:by|von)\W*$", question)
        or len(question.split()) <= 3
        or (
            len(question.split()) <= 6
            and re.match(  # "Drehbuch von Der Sturm?", "Director of The Harbour?"
                r"\W*(?:the\s+|der\s+|die\s+|das\s+)?(?:regie|regisseur\w*|director|drehbuch\w*|screenplay|script|"
                r"writer|\w*musik|music|score|composer|komponist\w*|kamera\w*|camera|cinematograph\w*|"
                r"produzent\w*|producer|schnitt|editor)\b",
                question,
                re.I,
            )
        )
    )
    for order, (kind, pattern) in enumerate(_KINDS):
        match = pattern.search(question)
        if not match or (kind in CREW_QUESTION_KINDS and not asks_for_someone):
            continue
        position = match.start()
        if kind == "who_plays":
            verb = _CAST_VERB.search(question)
            position = verb.start() if verb else position
        elif kind == "who_is":
            position = 10**6  # "Wer war der Kameramann …?" asks for the cinematographer
        elif kind == "role_of" and match.start() < 12:
            position = 0
        found.append((position, order, kind))
    if not found:
        return "other"
    kind = min(found)[2]
    if kind == "runtime" and _ABOUT_THE_SHOOT.search(question):
        return "other"  # "How long did the shoot take?" is no running time
    if kind == "writer" and _SOURCE_WORK.search(question) and not _SCREENPLAY.search(question):
        return "based_on"  # "Who wrote the novel the film is based on?": the source's author
    return kind


# "Is …?", "Hat … ?": a question answered yes or no; the answer states the fact either way.
YES_NO = re.compile(
    r"^\W*(?:and\s+|und\s+)?(?:is|was|are|were|did|does|do|has|had|ist|war|sind|hat|hatte|wurde|stammt|kommt|"
    r"basiert|beruht|spielt)\b",
    re.I,
)
_ABOUT_THE_SHOOT = re.compile(
    r"\b(shoot|shooting|filming|dreh|drehs|dreharbeiten|production|produktion)\b", re.I
)
_SOURCE_WORK = re.compile(
    r"\b(novel|book|roman\w*|buch|vorlage|theaterstück|stück|play|short story|kurzgeschichte|erzählung|"
    r"novelle|comic|memoir|source)\b",
    re.I,
)
_SCREENPLAY = re.compile(r"\b(drehbuch\w*|screenplay|script|screenwriter)\b", re.I)


def films_named(text: str, catalogue: FilmCatalogue) -> list[str]:
    """Films whose title or another title stands in `text`, longest match first."""
    plain = f" {fold(text)} "
    found: list[tuple[int, str]] = []
    for title, film in catalogue.films.items():
        for form in film.forms:
            if f" {form} " in plain and not _tail_of_longer_name(text, form, catalogue):
                found.append((-len(form), title))
                break
    if not found:  # "Wer war Produzent beim Sturm?", "laufzeit harbour": the title's noun alone
        plain = re.sub(r"s ", " ", plain)  # "des Sturms"
        found = [
            (0, title)
            for title, film in catalogue.films.items()
            if any(
                f" {h} " in plain and not _tail_of_longer_name(text, h, catalogue) for h in film.head_forms
            )
        ]
        if len(found) > 1:
            return []
    if not found:  # "Who directed Nebelland?", "Storm and Sea": a word only one film's title holds
        named = {
            film
            for word in _written_as_names(text)
            if (film := catalogue.title_words.get(word))
            and not _in_other_title(text, word, film, catalogue)
            and not _tail_of_longer_name(text, word, catalogue)
        }
        return list(named) if len(named) == 1 else []
    return [title for _, title in sorted(found)]


def _without_known_names(question: str, catalogue: FilmCatalogue) -> str:
    """The question with the full names the articles know blanked: "Roman Kogler" is a person,
    not a question about a novel ("Roman")."""
    words = list(re.finditer(r"[^\W\d_][\w\-'’]*", question))
    folded = [fold(word.group()) for word in words]
    for start in range(len(words) - 1):
        both = {folded[start], folded[start + 1]} <= catalogue.people
        if words[start].group()[:1].isupper() and words[start + 1].group()[:1].isupper() and both:
            low, high = words[start].start(), words[start + 1].end()
            question = question[:low] + "X" * (high - low) + question[high:]
    return question


def _tail_of_longer_name(text: str, form: str, catalogue: FilmCatalogue) -> bool:
    """Whether a one-word title form ("Fest" for "Das Fest") stands only after a genitive that
    makes another film's title with it ("Babettes Fest" beside "Babette's Feast"; not "dem Film
    Atmen", not "Fritz Lang's Metropolis")."""
    if " " in form:
        return False

    def owns_another_title(word: str) -> bool:
        owner = re.sub(r"['’]s?$|s$", "", word)
        return fold(owner) in catalogue.film_words and fold(owner) not in form.split()

    words = list(re.finditer(r"[^\W\d_][\w'’\-]*", text))
    at = [i for i, word in enumerate(words) if fold(word.group()) == form]
    return bool(at) and all(
        i >= 1
        and words[i - 1].group()[:1].isupper()
        and re.search(r"[^s]s$|['’]s?$", words[i - 1].group())
        and owns_another_title(words[i - 1].group())
        and not text[words[i - 1].end() : words[i].start()].strip()
        for i in at
    )


# Words a title links with "of", "the" or a colon: "Perfume: The Story of a Murderer".
_TITLE_LINK = r"(?::\s+(?:the\s+|a\s+)?|\s+(?:of|the)\s+(?:the\s+|a\s+|an\s+)?)"


_TITLE_GOES_ON = re.compile(r"\s+(?:as|of|and|the)\s+(?:a\s+|an\s+|the\s+)?([A-ZÄÖÜ][\w\-]*)")


def _goes_on_as_named(rest: str, films: list[str], catalogue: FilmCatalogue) -> bool:
    """Whether the words after a capitalised run continue a named film's title ("My Life" in
    "My Life as a Courgette" when "Courgette" named the film)."""
    linked = _TITLE_GOES_ON.match(rest)
    return bool(linked) and _names_named_film(linked.group(1), films, catalogue)


def _in_other_title(text: str, word: str, film: str, catalogue: FilmCatalogue) -> bool:
    """Whether `word` stands in a longer title that is not the film's ("Story" in "Perfume: The
    Story of a Murderer" does not name "Tokyo Story"): a capitalised word linked to it by "of",
    "the" or a colon that the film's titles do not hold."""
    own = {w for form in catalogue.films[film].forms for w in form.split()}
    for match in re.finditer(r"[^\W\d_][\w'’\-]*", text):
        if fold(match.group()) != word:
            continue
        start, end = match.start(), match.end()
        before = re.search(rf"([A-ZÄÖÜ][\w'’\-]*){_TITLE_LINK}$", text[:start], re.I)
        after = re.match(rf"{_TITLE_LINK}([A-ZÄÖÜ][\w'’\-]*)", text[end:], re.I)
        for linked in (before, after):
            if linked and linked.group(1)[:1].isupper() and fold(linked.group(1)) not in own:
                return True
    return False


def _names_named_film(text: str, films: list[str], catalogue: FilmCatalogue) -> bool:
    """Whether `text` holds a word only a named film's title holds ("Run Nele Run", "Nebelland, the
    Ferry of Fog"): another title of that film, not an unknown work."""
    return any(catalogue.title_words.get(word) in films for word in fold(text).split())


def _written_as_names(text: str) -> list[str]:
    """The folded words a question writes as names: capitalised ones after the first, or every word of
    a question typed in lower case ("wer hat caligari gedreht")."""
    tokens = re.findall(r"[^\W\d_][\w\-'’]*", text)
    capitalised = [t for t in tokens[1:] if t[:1].isupper()]
    if not capitalised and text == text.lower():
        capitalised = tokens
    return [word for token in capitalised for word in fold(token).split()]


RELATIONS: dict[str, frozenset[str]] = {
    group.split()[0]: frozenset(group.split())
    for group in """
    mother mutter mom mum
    father vater dad
    son sohn
    daughter tochter
    brother bruder
    sister schwester
    wife frau ehefrau
    husband mann ehemann
    friend freund freundin boyfriend girlfriend
    cousin cousine
    uncle onkel
    aunt tante
    grandmother großmutter grossmutter oma
    grandfather großvater grossvater opa
    lover geliebte geliebter liebhaber
    fiancee verlobte verlobter fiance
    neighbour nachbar nachbarin neighbor
    boss chef chefin
    colleague kollege kollegin
    child kind children kinder
    parents eltern
    """.strip().splitlines()
}
# Words that narrow a cast question to a version or a moment; a fact must say the same.
QUALIFIERS: dict[str, tuple[str, ...]] = {
    "originally": (
        "ursprüng",
        "ursprung",
        "originally",
        "zunächst",
        "initial",
        "first choice",
        "considered",
        "ersten wahl",
        "vorgesehen",
    ),
    "german": ("deutsch", "german", "synchron"),
    "english": ("english", "englisch"),
    "dubbed": ("dub", "synchron"),
    "young": (
        "child",
        "kindheit",
        "childhood",
        "young",
        "jung",
        "teen",
        "als kind",
        "klein",
        "little",
        # "Als Achtjährige": a child's age, folded as the words it is compared with
        *(f"{number}jahrig" for number in "funf sechs sieben acht neun zehn elf zwolf".split()),
    ),
    "adult": ("adult", "grown", "erwachsen", "älter", "older", "später", "later"),
    "american": ("american", "amerika", "usa"),
    "home": ("dvd", "blu-ray", "bluray", "streaming", "netflix", "video", "fernseh", "television"),
}
OPPOSITE_QUALIFIER = {"young": "adult", "adult": "young"}
_APPOSED_RELATION = re.compile(
    r"[^\W\d_][\w\-]*\s*,\s+(?:the|der|die|das|ein|eine|a|an)\s+(?:\w+\s+)?\w+", re.IGNORECASE
)
_RELATION_OF = {word: key for key, words in RELATIONS.items() for word in words}
RELATION_WORDS = frozenset(_RELATION_OF)
# The relation words as a regex alternation, longest first ("großmutter" before "mutter").
RELATION_PATTERN = "|".join(sorted(RELATION_WORDS, key=len, reverse=True))
# "Lolas Vater": a German genitive before a relation names whose relative, known or not.
_GENITIVE_BEFORE_RELATION = re.compile(rf"\b([A-ZÄÖÜ][\w\-]+s)\s+(?i:{RELATION_PATTERN})\b")


# Words after a relation that end an apposition: "die Mutter von Mabel", "the father in Lola rennt"
_NOT_APPOSED = frozenset(
    "von vom of des der die das s in im bei beim an am auf aus at on from for für and und or oder who "
    "which that whose dessen deren with mit to zu".split()
)


def analyze(question: str, catalogue: FilmCatalogue, language: str = "en") -> QuestionAnalysis:
    """Kind, films and anchors of one question (already resolved against the conversation)."""
    films = films_named(question, catalogue)
    kind = question_kind(_without_known_names(question, catalogue))
    title_words = {w for t in films for form in catalogue.films[t].forms for w in form.split()}

    def knows(word: str) -> bool:
        return word in catalogue.people or word in catalogue.film_words

    # A name the asked film's article writes is no unknown work ("Who shot Die Fähre, the film about
    # Anna Klein?"), even when a word of it also stands there in lower case ("klein", "white").
    named_there = {word for film in films for word in catalogue.names.get(film, ())}

    def written_there(words: list[str], phrase: str) -> bool:
        return bool(words) and set(words) <= named_there and fold(phrase) not in catalogue.other_works

    # German capitalises nouns: "welche Oper", "dem Schiff" are things, unless a cast or crew
    # line names them ("Burghart Klaußner spielt den Pfarrer").
    nouns = (
        {
            word
            for m in _GERMAN_NOUN.finditer(question)
            for word in fold(m.group(1)).split()
            if word not in catalogue.cast_words and word_stem(word) not in catalogue.role_stems
        }
        if language == "de"
        else set()
    )
    anchors: list[str] = []
    unknown: list[str] = []
    context: list[str] = []  # names in the genitive ("Lolas Vater"): about whom, but not who is asked
    makers: list[str] = []  # "Fellini's Amarcord": whose film, named only to say which film
    genitives = (
        {fold(m.group(1)) for m in _GENITIVE_BEFORE_RELATION.finditer(question)}
        if language == "de"
        else set()
    )
    for name in find_names(question):
        words = [
            w
            for w in fold(name.text).split()
            if w not in title_words
            and w not in _QUESTION_WORDS
            and w not in nouns
            and (w not in _RELATION_OF or w in catalogue.cast_words)  # "Joh Fredersen Sohn"
        ]
        if (
            not words
            or _names_named_film(name.text, films, catalogue)
            or _goes_on_as_named(question[name.end :], films, catalogue)  # "My Life as a Courgette"
        ):
            full = fold(name.text).split()
            owned = full[full.index("s") + 1 :] if "s" in full else []
            if owned and set(owned) <= title_words and "s" in words and words.index("s") > 0:
                makers.append(" ".join(words[: words.index("s")]))  # "Fellini's Amarcord": whose film
            continue  # "Run Nele Run": another title of the film "Nele" named
        if "s" in words:
            owner, after = words[: words.index("s")], words[words.index("s") + 1 :]
            following = fold(question[name.end :]).split()[:1]
            owned = after[:1] or following
            if owned and (owned[0] in _RELATION_OF or _FILM_WORD.fullmatch(owned[0])):
                context.append(" ".join(owner))  # "Otto Brenner's son", "Wells's debut": whose
            elif owner:
                anchors.append(" ".join(owner))  # "Hansen's profession": about her
            continue
        owners = [
            w[:-1] if w in genitives and not knows(w) else _possessive(w, knows, catalogue.cast_words)
            for w in words
        ]
        if owners != words:
            # "Lolas Vater": Lola is whose; the rest ("Vater") is what is asked about her.
            context += [owner for owner, word in zip(owners, words, strict=True) if owner != word]
            continue
        is_role = language == "de" and any(
            word_stem(w) in catalogue.role_stems and w not in STOPWORDS for w in words
        )
        if any(w in catalogue.people for w in words) or is_role or (len(words) >= 2 and language == "en"):
            # German capitalises nouns: there an unknown capitalised word is mostly one.
            anchors.append(" ".join(words))
        if (
            name.tokens >= 2
            and language == "en"
            and not any(knows(w) for w in words)
            and not written_there(words, name.text)
        ):
            unknown.append(name.text)
    # English capitalises titles, German every noun: only English runs of capitals look like titles.
    title_like = list(_TITLE_LIKE.finditer(question)) if language == "en" else []
    if language == "de":  # "von Babettes Fest": a genitive and a noun (no relative) closing the question
        title_like += [
            m for m in _GENITIVE_TITLE.finditer(question) if fold(m.group("noun")) not in _RELATION_OF
        ]
    for quoted in [*QUOTED.finditer(question), *title_like]:
        words = [w for w in fold(quoted.group()).split() if w not in STOPWORDS and w != "s"]  # "Brenner's"
        quoted_title = quoted.re is QUOTED
        if (
            (quoted_title or len(words) >= 2)
            and not _part_of_named(quoted.group(), films, catalogue)
            and not films_named(quoted.group(), catalogue)
            and not _names_named_film(
                " ".join([*fold(question[: quoted.start()]).split()[-2:], fold(quoted.group())]),
                films,
                catalogue,
            )
            and not (not quoted_title and all(w in catalogue.people for w in words))
            and not (not quoted_title and written_there(words, quoted.group()))
            and not any(same_name(quoted.group(), name) for name in catalogue.full_names)
            and not _goes_on_as_named(question[quoted.end() :], films, catalogue)
        ):
            unknown.append(quoted.group())  # no film, no part of a named one, nobody's name
    asked = f" {fold(question)} "
    unknown += [work for form, work in catalogue.other_works.items() if f" {form} " in asked]
    # "Who directed Brief Encounter, …?": the work right after a crew verb is the film asked about.
    for work in _WORK_AFTER_CREW_VERB.finditer(question):
        title = re.split(r"\s+(?:in|im|from|aus|with|mit)\s+", work.group("title"))[0].strip(' „“"')
        if (
            title
            and _written_as_title(title)
            and "'" not in title
            and "’" not in title
            and not films_named(title, catalogue)
            and not _part_of_named(title, films, catalogue)
        ):
            unknown.append(title)
            anchors = [a for a in anchors if not set(a.split()) <= set(fold(title).split())]
    # Names typed in lower case, and nouns that name a character ("den Baron"): words the catalogue
    # knows as part of a name.
    covered = {w for name in [*anchors, *context, *makers] for w in name.split()}  # whose counts too
    words = fold(question).split()
    whole_words = {fold(w) for w in re.sub(r"['’]s\b", "", question).split() if len(fold(w).split()) == 1}
    capitalised = {fold(w) for w in re.findall(r"\b[A-ZÄÖÜ][\w\-]*", question)}
    names_cased = bool(anchors)  # "Who plays Thomsen … in the officers' bar?": "bar" is no name
    owners_written = fold(question).replace(" s ", "'s ")  # "muriel s father" as "muriel's father"
    for word in words:
        if word not in whole_words:
            continue  # a piece of "Da-hye" is not the name "Hye"
        if names_cased and word not in capitalised and word not in covered:
            continue
        owner = _possessive(word, knows, catalogue.cast_words)
        if owner != word and owner in catalogue.people and word not in STOPWORDS:  # "des" is no "de"'s
            context.append(owner)  # "der Kerners", "Lolas": whose, not who
            continue
        if (
            word in catalogue.people
            and word not in covered
            and re.search(rf"\b{re.escape(word)}['’]s\s+(?:{RELATION_PATTERN})\b", owners_written)
        ):
            # "Muriel's father" (any case) in "Muriel's Wedding": hers, though the title holds her name
            context.append(word)
            continue
        if (
            (word in catalogue.people or (language == "de" and word_stem(word) in catalogue.role_stems))
            and word not in covered
            and word not in title_words
            and word not in STOPWORDS
            and word not in _QUESTION_WORDS
            and word not in _RELATION_OF
            and word not in nouns
            and len(word) > 2
        ):
            anchors.append(word)
    # "Which role did Sandra Hüller play in Requiem?": a work no article covers.
    elsewhere = ""
    placed = _IN_WORK_BEFORE_ROLE.search(question) or _IN_WORK.search(question)
    if placed and not films and kind in ("who_plays", "role_of"):
        title = placed.group("title").strip(' „“"')
        if (
            _written_as_title(title)
            and not _MAKERS_WORK.fullmatch(title)  # "in Henckel von Donnersmarcks Film": the maker's
            and not states(title, language, "nation")  # "in Germany" is a place
            and fold(title) not in _GENERIC_PLACES
            and not films_named(title, catalogue)
            and not all(w in catalogue.people for w in fold(title).split())
        ):
            elsewhere = title
            unknown.append(title)
    # "Charlotte Wells's debut", "Tykwers Film": the maker says which film, the film is asked about.
    for owner in _MAKERS_WORK.finditer(question):
        maker, noun = fold(owner.group("name")), fold(owner.group("noun"))
        owned = {*maker.split(), noun}  # "Akin-Film" is read as one name: its words stay search terms
        compound = [a for a in anchors if noun in a.split() and set(a.split()) <= owned]
        covered -= {w for a in compound for w in a.split()}
        context += [a for a in anchors if set(a.split()) <= owned and a not in compound]
        anchors = [a for a in anchors if not set(a.split()) <= owned]
    relation = then_relation = ""
    quoted_words = {
        w
        for quoted in [*QUOTED.findall(question), *_TITLE_AFTER_PREPOSITION.findall(question)]
        for w in fold(quoted).split()
    }
    apposed = _APPOSED_RELATION.findall(question)  # "Ki-taek, the father of …": who he is, not a relative
    for index, word in enumerate(words):
        if word in _RELATION_OF and word not in title_words and word not in quoted_words:
            following = []  # "den Sohn Ki-woo", "ihren Freund, den Chemiker Manfred": an apposition
            for later in words[index + 1 : index + 5]:
                if later in _NOT_APPOSED:
                    break  # "die Mutter von Mabel", "the mother of the bride": a relative after all
                following.append(later)
            if any(w in covered or (w in catalogue.people and w not in PARTICLES) for w in following):
                continue
            if any(word in fold(phrase).split() for phrase in apposed):
                continue  # "Ki-taek, the father of the family": who he is
            if words[index - 1 : index] in (["als"], ["a"], ["an"]) and _AS_A_CHILD.search(question):
                continue  # "und als Kind?", "as a boy": an age, not a relative
            relation = _RELATION_OF[word]
            chained = words[index + 1 : index + 5]  # "husband's mother" folds to "husband s mother"
            inner = (
                next((w for w in chained[2:] if w in _RELATION_OF), "")
                if chained[:1] in (["von"], ["of"])
                else ""
            )
            if len(chained) >= 2 and chained[0] == "s" and chained[1] in _RELATION_OF:
                then_relation = _RELATION_OF[chained[1]]
            elif inner:  # "die Mutter von Mabels Mann", "the mother of Mabel's husband": his mother
                relation, then_relation = _RELATION_OF[inner], relation
            break
    anchors = [a for a in anchors if a not in _RELATION_OF]
    if kind == "who_plays" and not relation:
        # "who plays sherry, NJ's first love": NJ owns the role asked about, he is not it
        owned = [a for a in anchors if re.search(rf"\b{re.escape(a)}['’]s\s+[a-z]", question, re.I)]
        if owned and not re.search(r"['’]s\s+(?:[a-z]+\s+){0,2}[A-ZÄÖÜ]", question):  # "Jerry's wife Jean"
            anchors = [a for a in anchors if a not in owned]
            covered -= {w for a in owned for w in a.split()}
    terms = [w for w in words if w not in STOPWORDS and w not in _QUESTION_WORDS and w not in covered]
    described = _DESCRIBED_THEN_CLAUSE.search(question) if kind == "who_plays" else None
    if described:
        # "the man Gradisca finally marries": Gradisca is not the one asked about
        clause = set(fold(question[described.end("noun") :]).split())
        anchors = [a for a in anchors if not set(a.split()) & clause]
    instalment = _OTHER_INSTALMENT.search(question)
    numbered = [f for f in films if re.search(rf"\b{re.escape(f)}\s+(?:[2-9]|I{{2,3}}|IV)\b", question, re.I)]
    if kind in FACT_KINDS and (instalment or numbered):  # "Nebelland 2", "the sequel": another film
        unknown.append(instalment.group() if instalment else f"{numbered[0]} 2")
    return QuestionAnalysis(
        kind=kind,
        text=question,
        films=films,
        anchors=anchors,
        says_the_film=bool(_THE_FILM.search(question)),
        unknown=unknown,
        relation=relation,
        then_relation=then_relation,
        terms=terms,
        context=context,
        # A title's words are no version words ("Rote Laterne" holds "later").
        qualifiers=_qualifiers(question, {w for anchor in anchors for w in anchor.split()} | title_words),
        target=""
        if _LEAD.fullmatch(fold(target := _cast_target(question, kind, described)))
        else _known_part(target, catalogue),
        asks_when=bool(_ASKS_WHEN.search(question)),
        elsewhere=elsewhere,
        asks_cinema_release=bool(CINEMA_RELEASE.search(question)),
    )


# "Wer spielt die Hauptrolle?": the lead, no character's name; the cast answers it.
_LEAD = re.compile(
    r"(?:haupt|titel)?rolle|hauptfigur|lead(?: role)?|main (?:role|character)|title role|protagonist"
)
_AFTER_CAST_VERB = re.compile(
    r"\b(?:spielt|spielte|verkörpert|spricht|sprach|plays|played|portrays|voices|voiced)\s+"
    r"(?:(?:den|die|das|the)\s+)?(?P<name>[A-ZÄÖÜ][\w\-]*(?:\s+[A-ZÄÖÜ][\w\-]*)*)"
)


_DESCRIBED_THEN_CLAUSE = re.compile(
    r"\b(?i:spielt|spielte|verkörpert|plays|played|portrays)\s+(?:(?i:in)\s+.+?\s+)?"
    r"(?i:den|die|das|the|a|an)\s+(?:[a-zäöüß\-]+\s+){0,2}(?P<noun>[\w\-]+)"
    r"(?:,?\s+(?i:that|who|whom|which)\s|,\s+(?i:der|die|das|den|dem|dessen|deren)\s|"  # German: a comma
    r"\s+[A-ZÄÖÜ][\w\-]+\s+(?!(?:in|im|from|aus|of|von|and|und|de|da|del|di|van|der|die|das|den|dem|la|le|du|"
    r"the|a|an|zu|zum|zur|for|für)\b)[a-z]+)"
)
# The role as the question's last words after the film: "Wer spielt in Heat den Cop?"
_CAST_OBJECT_LAST = re.compile(
    r"\b(?:spielt|spielte|verkörpert|verkörperte|gibt|gab)\s+(?:in|im)\s+.+?\s+(?:den|die|das)\s+"
    r"(?P<name>[A-ZÄÖÜ][\w\-]*(?:\s+[A-ZÄÖÜ][\w\-]*)*)\W*$"
)


_WORK_AFTER_CREW_VERB = re.compile(
    r"\b(?:directed|wrote|produced|composed|shot|edited|(?:director|composer|writer|producer|"
    r"cinematographer|editor) of|(?:music|score|screenplay|script) (?:for|of|to)|regie (?:bei|in|zu|von)|"
    r"(?:musik|drehbuch) (?:zu|von|für)|kamera (?:bei|in|von))\s+(?P<title>[A-Z„\"][^,?;]+)"
)
_IN_WORK = re.compile(r"\b(?:in|im)\s+(?P<title>(?-i:[A-ZÄÖÜ„\"][^,?;]*?))\s*\?*\s*$", re.I)
# "Wer spielt in Picnic at Hanging Rock die Schülerin Miranda?": German puts the film before the role.
_IN_WORK_BEFORE_ROLE = re.compile(
    r"\b(?i:spielt|spielte|verkörpert|verkörperte|gibt|gab|spricht|sprach)\s+(?i:in|im)\s+"
    r"(?P<title>[A-ZÄÖÜ„\"][^,?;]*?)\s+(?:den|die|das|dem)\s+"
)
_GENERIC_PLACES = frozenset(
    "film movie original originalfassung version fassung synchronfassung remake serie series "
    "the film der film dem film".split()
)
_FILM_WORD = re.compile(r"film\w*|movie|debut|debüt|feature|drama|werk|work|thriller|comedy|komödie")
_TITLE_SMALL_WORDS = frozenset("of the a an and in on at to for der die das des im am von und".split())
_MAKERS_WORK = re.compile(
    r"(?P<name>(?-i:[A-ZÄÖÜ][\w\-]+?(?:\s+(?:(?:von|van|de|der|den|du|da|di|zu)\s+)?[A-ZÄÖÜ][\w\-]+?)*))"
    r"(?:(?:['’]s?|s)\s+(?:\w+\s+)?|-)"
    r"(?P<noun>film|movie|debut|feature|drama|debüt|spielfilm\w*|werk|kriegsfilm|vampirfilm)\b",
    re.I,
)
# "von Babettes Fest?": a genitive and a noun closing a German question may be a title.
_GENITIVE_TITLE = re.compile(
    r"(?:(?<=\bvon )|(?<=\bzu )|(?<=\bin )|(?<=\baus )|(?<=\bbei )|(?<=\büber ))"
    r"(?P<owner>[A-ZÄÖÜ][\w\-]+s) (?P<noun>[A-ZÄÖÜ][\w\-]+)(?=\s*[?.!]?\s*$)"
)
# "… in Der dritte Mann?": a capitalised article inside a sentence starts a title, not a relative.
_TITLE_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|im|aus|von|zu|from|of|about|über) ((?-i:Der|Die|Das|The|Ein|Eine|A|An)\s+[^?,;!]+)"
)
CINEMA_RELEASE = re.compile(r"\b(kinos?|kinostart|cinemas?|theaters?|theatres?|theatrical)\b", re.I)
_ASKS_WHEN = re.compile(
    r"\b(wann|when|jahr|jahres|year|zeit|epoche|jahrhundert|jahrzehnt|century|decade|period|era)\b", re.I
)


_AS_A_CHILD = re.compile(
    r"\b(?:als (?:kind|junge|mädchen|teenager)|as an? (?:child|kid|boy|girl|teenager))\b", re.I
)


def _qualifiers(question: str, name_words: set[str]) -> list[str]:
    """Version words ("die kleine Sophie", "as a child", "German version", "in the US", "on DVD"),
    not those inside an apposition that describes the character ("Misaki, the young driver") or a
    name ("Traudl Junge")."""
    plain = re.sub(r",\s+(?:the|a|an|der|die|das|ein|eine)\b[^,?]*(?:,|(?=\?))", " ", question, flags=re.I)
    tokens = [fold(t).replace(" ", "-") for t in plain.split()]  # "grown-up" stays one word
    words = [
        w
        for i, w in enumerate(tokens)
        if w not in name_words
        and not _describes_a_noun(tokens, i, name_words)
        and not (i + 1 < len(tokens) and _FILM_NOUN.match(tokens[i + 1]))  # "the German film Der Sturm"
    ]
    found = [q for q, forms in QUALIFIERS.items() if any(w.startswith(forms) for w in words)]
    if "young" not in found and _AS_A_CHILD.search(plain):
        found.append("young")  # "und als Kind?", "as a boy": two words say it
    if US.search(question) and "american" not in found:
        found.append("american")
    return found


_AGE_WORDS = QUALIFIERS["young"] + QUALIFIERS["adult"]
# What a word right before it describes is the film, not a version of it: "the German film".
_FILM_NOUN = re.compile(
    r"(?:film|movie|drama|thriller|komödie|comedy|krimi|western|production|produktion)", re.I
)
_DETERMINERS = frozenset("the a an der die das den dem des ein eine einen einem einer".split())


def _describes_a_noun(tokens: list[str], index: int, name_words: set[str]) -> bool:
    """ "die junge Kellnerin Iris", "the young waitress": an age word between an article and a
    noun describes the character; "die junge Sophie" (right before the name) asks for that version."""
    return (
        tokens[index].startswith(_AGE_WORDS)
        and index > 0
        and tokens[index - 1] in _DETERMINERS
        and index + 1 < len(tokens)
        and tokens[index + 1] not in name_words
    )


US = re.compile(r"\b(?-i:US|U\.S\.|USA)\b")
# Another instalment or version of a film: what its article says is not about it.
_OTHER_INSTALMENT = re.compile(
    r"\b(sequel|prequel|fortsetzung|nachfolger|remake|neuverfilmung|spin-?off|teil (?:2|3|zwei|drei|ii|iii)|"
    r"part (?:2|3|two|three|ii|iii)|zweiten teil|second part)\b",
    re.I,
)


def _written_as_title(text: str) -> bool:
    """Capitalised words joined by small words: "Brief Encounter", "The Lives of Others"."""
    return all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in text.split())


def _part_of_named(text: str, films: list[str], catalogue: FilmCatalogue) -> bool:
    """Whether `text` is a piece of a title of a film the question names."""
    return any(fold(text) in form for film in films for form in catalogue.films[film].forms)


def _cast_target(question: str, kind: str, described: re.Match[str] | None = None) -> str:
    """ "Wer spielt Da-hye, die Tochter …?" asks about Da-hye, whatever else it names. `described`:
    the question's `_DESCRIBED_THEN_CLAUSE` match, if any."""
    if kind != "who_plays":
        return ""
    if described:
        # "Who plays the man Gradisca finally marries?", "Wer spielt den General, dessen Kopf Tobei
        # stiehlt?": the one described is asked about; the name belongs to the clause after it
        return described.group("noun")
    match = _AFTER_CAST_VERB.search(question)
    late = _CAST_OBJECT_LAST.search(question)
    if late and (not match or match.start("name") < late.start()):
        return late.group("name")  # "Wer spielt in Der Untergang den Hitler?"
    if not match:
        return ""
    possessive = re.match(r"['’]s?\s", question[match.end() :])
    if possessive:  # "Who plays Ines's assistant Anca?", "Wer spielt Alex' Schwester Ariane?"
        rest = re.split(r"[,;?!.]| in | im ", question[match.end() + possessive.end() :])[0]
        names = [w for w in re.findall(r"[A-ZÄÖÜ][\w\-]*", rest) if fold(w) not in _RELATION_OF]
        if names:
            return names[0]
        # "Who plays Roman's probation officer?": someone described by what they are to Roman
        described = [w for w in re.findall(r"[a-zäöüß][\w\-]*", rest) if w not in STOPWORDS]
        return "" if not described or any(w in _RELATION_OF for w in described) else " ".join(described)
    after = fold(question[match.end() :]).split()
    named = fold(match.group("name")).split()
    if (after and after[0] in _RELATION_OF) or any(w in _RELATION_OF for w in named):
        return ""  # "spielt Joh Fredersen Sohn" (a follow-up's "seinen Sohn"): the relative is asked
    return match.group("name")


def _known_part(name: str, catalogue: FilmCatalogue) -> str:
    """ "Koch Shayn" -> "Shayn": a German noun before a name the articles know is its job."""
    words = name.split()
    while len(words) > 1 and fold(words[0]) not in catalogue.people and fold(words[1]) in catalogue.people:
        words.pop(0)
    return " ".join(words)


def _possessive(word: str, knows, cast_words: set[str] | frozenset[str] = frozenset()) -> str:
    """ "lolas" -> "lola", "orlok s" handled by fold: a genitive s on a known name is dropped,
    also when the genitive itself looks like a name ("Chihiros Reise" in a title)."""
    if not word.endswith("s") or word in cast_words:
        return word
    if knows(word[:-1]) and (not knows(word) or word[:-1] in cast_words):
        return word[:-1]
    return word
