"""The job title a mail is about.

Titles are read where recruiting mail puts them: a labelled line ("Position: Data
Engineer"), a phrase around "role"/"position" ("for the data engineer role", "the
position of Data Engineer", "your application for Data Engineer"), the subject line, or
"we're hiring a Data Engineer".  A candidate must name a job (a title noun such as
"engineer", or be written in Title Case) to count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tactful.core.detect.anchors import is_boundary
from tactful.core.detect.caseless import Lowered, plain_lower
from tactful.core.detect.names import ORG_WORDS, TITLE_IN_TEXT, closing_lines, greets
from tactful.core.detect.runners import GatedPattern, LeadingPattern, LinePattern
from tactful.core.subject import topic
from tactful.core.times.lowered import occurrences

_FUNCTION_WORD = r"(?:the|a|an|in|to|for|with|at|your|our|my|be|is|are|this|that|about|and a|who|will|would)\b"
_WORD = rf"(?!{_FUNCTION_WORD})[\w.#&/+'’·–-]+(?: ?\([^()\n]{{1,40}}\))?"
_TITLE = rf"(?P<title>{_WORD}(?:,? {_WORD}){{0,7}}?)"
# The nouns that name a post outright; the weak ones also name other things ("an Equal
# Opportunity employer", "your Virtual Job Tryout"), so a title before them must hold a job noun.
_ANCHOR_NOUN = r"(?:role|position|opening|vacancy|post|req|requisition)"
_WEAK_ANCHOR_NOUN = r"(?:job|opportunity|application|candidacy|spot|gig)"
_END = (
    r"(?=\s+(?:role|position|opening|job|vacancy|at|with|in|on|here|for|and|team|is|are|was|has|will)\b"
    r"|\s*[.;:!?\n]|\s+[-–—|]|$)"
)

_LABELLED = re.compile(
    r"^[ \t>*-]*(?:position|role|job title|job|vacancy|opening|post|title|requisition|poste|puesto|stelle)"
    r"[ \t]*:[ \t]*(?P<title>[^\n]{2,90})$",
    re.IGNORECASE | re.MULTILINE,
)
_BEFORE_NOUN = re.compile(
    rf"\b(?:the|a|an|our|this|your|its|re) {_TITLE} (?:{_ANCHOR_NOUN}|(?P<weak>{_WEAK_ANCHOR_NOUN}))\b", re.IGNORECASE
)
# "Production Planner role as discussed": a sentence that opens with the title.
_SENTENCE_START = re.compile(rf"(?:^|[.!?] )(?P<title>[A-Z][\w&/+'’-]*(?: [A-Z&][\w&/+'’-]*){{0,5}}) "
                             rf"(?:role|position|opening|vacancy)\b", re.MULTILINE)
_AFTER_NOUN = re.compile(rf"\b(?:role|position|post|job) (?:of|as) (?:an? |the )?{_TITLE}{_END}", re.IGNORECASE)
_AFTER_VERB = re.compile(
    rf"\b(?:application|applied|applying|interview(?: you)?|interviews|interviewing|candidacy|shortlisted|considered|onsite|"
    rf"on-site|screen|screening|round|stage|loop|process) "
    rf"(?:for|to be|to|as) (?:the |a |an |our )?(?:position of |role of )?{_TITLE}{_END}",
    re.IGNORECASE,
)
_BEFORE_INTERVIEW = re.compile(
    rf"\b(?:your|the|an?) {_TITLE} (?:interview|phone screen|screening|onsite|on-site)\b", re.IGNORECASE
)
_HIRING = LeadingPattern(re.compile(
    rf"\b(?:hiring|looking for|recruiting|searching for) (?:an? |our (?:first |next |new |\d+(?:st|nd|rd|th) )?|the |two |several ){_TITLE}"
    rf"(?=\s+(?:to|for|who|in|at|with|on|and)\b|\s*[.,;:!?\n]|$)",
    re.IGNORECASE,
))
# Lines that name an event the way a subject does ("Event type: Intro call – Brisa Solar
# (Project Engineer)"), and a scheduling form's answer on the line after its question.
_EVENT_LINE = re.compile(r"^[ \t>*-]*(?:event type|event name|event)[ \t]*:[ \t]*(?P<title>[^\n]{2,90})",
                         re.IGNORECASE | re.MULTILINE)
_FORM_ANSWER = re.compile(r"(?:role|position|job)[^\n?]{0,30}applying for\?[ \t]*\n[ \t]*(?P<title>[^\n]{2,90})",
                          re.IGNORECASE)
# "Technical Interview (Backend Engineer, Payments)", "Phone Screen (Northstar Dental – Practice
# Manager)": the bracket after a meeting's name says what it is for.  Searched only in the
# stretch of line before each opening bracket.
_MEETING_BRACKET = re.compile(
    r"\b(?:interview|screen|call|chat|meeting|onsite)(?:(?:[ \t]*[-–—][ \t]*[^()\n]{1,50}?)?[ \t]*"
    r"\((?P<title>[^()\n]{2,80})\)"
    # After the host's name only a bracket that pairs the employer with the title:
    # "Interview with Dana Whitfield (Redwood Transit – Senior GIS Analyst)".
    r"|[^()\n]{1,50}?\((?P<pair>[^()\n]{1,40}[ \t][-–—][ \t][^()\n]{1,40})\))"
)
_BRACKET_LOOKBACK = 80
# No subject line is longer; a longer one is cut rather than searched.
_SUBJECT_CHARS = 300
# Other languages' ways of saying "as" / "for the position of" before a title.
_FOREIGN_AFTER = re.compile(
    rf"\b(?:als |die position |position als |stelle als |stelle |poste de |puesto de |posizione di |vaga de |functie (?:van )?|"
    rf"stanowisko |tjänsten som )"
    rf"(?:(?:un|une|el|la|le|o|a|de|der|die|das|een|en|ett) )?{_TITLE}"
    rf"(?=\s+(?:bei|chez|en|em|na|presso|bij|w|hos|på|i|für|pour|para|per|voor|und|et|e|y|at|in|with|role"
    rf"|aqui|aquí|ici|hier|qui)\b"
    rf"|\s*[.;:!?,\n]|\s+[-–—|]|$)",
    re.IGNORECASE,
)
# (The lookahead lets the search skip the letters fast.)
_SUBJECT_PIECES = re.compile(r"(?=[\s|:?!])(?:\s+(?:[-–—|:/]|at|with|@|<>)\s+|:\s*|\s+[-–—|]\s*|\s*\|\s*|\s*[?!]\s*)")
# A subject's bracket after a space is a piece of its own unless it qualifies the title.
_BRACKET = re.compile(r"(?:^|\s)\(([^()]*)\)")
# Words that name the meeting, in the languages seen in mail; a subject's title may follow them.
_MEETING_NOUNS = (
    r"interview|invitation|invite|reminder|confirmed|confirmation|update|application|next steps?|"
    r"schedule|scheduling|availability|call|chat|offer|(?:recruiter|phone|technical|hr|video) screen|onsite|meeting|"
    r"entrevista|entretien|entrevue|colloquio|gespräch|vorstellungsgespräch|kennenlerngespräch|einladung|"
    r"bestätigung|sollicitatiegesprek|uitnodiging|kennismaking|convite|convocation|intervju|rozmowa|"
    r"zaproszenie|reagendamento|remarcação|verschiebung|rappel|candidature|bewerbung|conversa|superday|"
    r"assessment (?:centre|center|day)"
)
# Words about the meeting after a subject's title: "2026 Summer Analyst Superday Invitation".
_MEETING_WORDS_AFTER_TITLE = re.compile(rf"(?:\s+(?:{_MEETING_NOUNS}))+$")
# Searched in lower-cased text.
_NOT_A_TITLE = re.compile(
    rf"\b(?:{_MEETING_NOUNS}|thank|thanks|your|you|we|our|my|hello|hi|dear|received|status|hiring manager|ihre|votre)\b"
)
_DIGIT = re.compile(r"\d")
# "second interview Controls Engineer", "intervju för Data Scientist": the title follows the meeting words.
_MEETING_WORDS_BEFORE_TITLE = re.compile(
    rf"\b(?:{_MEETING_NOUNS})(?: (?:for|för|für|para|pour|per|voor|as|als|de|du))?\s+(?=\S)"
)
# "(m/w/d)", "(f/m/x)", "(h/f)": the gender tag of a German or French job advert.
_GENDER_TAG = re.compile(r"\s*\((?:[mwfdxhv]\s*/\s*){1,3}[mwfdxhv]\)|\s*\((?:all genders|gn\*?)\)", re.IGNORECASE)
# German puts the verb after the title and its tag: "an Ihr Gespräch für die Position Data Engineer (m/w/d) erinnern".
_VERB_AFTER_GENDER_TAG = re.compile(r"(?<=\))\s+[a-zäöüß]+$")
# A bracket holding a reference or a requirement rather than part of the title:
# "(Ref 88213)", "(R-55120)", "(Recruitment #25-0318)", "(4-7 yrs)".
_REFERENCE = re.compile(
    r"\s*[(\[](?:(?:ref|req|id|job id|job|#|recruitment|competition|process|requisition)\b[^)\]]*"
    r"|[^)\]]*\d{3}[^)\]]*|[^)\]]*\b(?:yrs|years)\b[^)\]]*)[)\]]"
    r"|\s*[-–]?\s*(?:ref|req)\.?\s*[#:]?\s*[\w-]+$",
    re.IGNORECASE,
)
_LEADING = re.compile(r"^(?:the|a|an|our|your|this|new|open|current)\s+", re.IGNORECASE)
_TRAILING = re.compile(
    r"[\s,]+(?:at|with|in|for|on|and|-|–|role|position|opening|job|vacancy|opportunity|starts|application"
    r"|interview|onsite|post|posting|ad|advert|listing|contract|temp|locum)$|[\s,.;:!?]+$",
    re.IGNORECASE,
)
# Where a title read from running text ends: "infra engineer. want to..." or
# "Staff Engineer, originally set for..." (a comma qualifier starts with a capital).
_SENTENCE_END = re.compile(r"(?:(?<=\w{4})|(?<=\b[A-Z]{2}))[.!?]\s.*$", re.DOTALL)
# A clause that goes on after the title in running text: "Contrôleur de gestion que nous
# recrutons", "Chargée de communication est confirmé", "Analista Pleno aqui no Grupo Ventomar".
_CLAUSE_AFTER = re.compile(r"\s+(?:que|qui|est|aqui|sont)\s.*$", re.DOTALL)
_LOWER_QUALIFIER = re.compile(r",\s+[a-z].*$", re.DOTALL)
_ROLE_WORD_AT_END = re.compile(r"\s(?:role|position|vacancy|post|opening)$", re.IGNORECASE)
_EMPLOYMENT_TERM = re.compile(r"\b(?:cdi|cdd|contract|temp|permanent|part[- ]time|full[- ]time|fixed[- ]term|remote|"
                              r"hybrid|freelance)\b", re.IGNORECASE)
_TERMS_BRACKET = re.compile(
    r"\s*\((?:[^()]*\b(?:cdi|cdd|contract|temp|permanent|part[- ]time|full[- ]time|fixed[- ]term|freelance|"
    r"entry[- ]level)\b[^()]*)\)",
    re.IGNORECASE,
)
# A note all in lower case after the title: "(nights)", "(tenure-track)", "(remoto)"; not
# a name such as "(iOS)".
_NOTE_BRACKET = re.compile(r"\s+\([a-zà-öø-ÿ][^()A-ZÀ-ÖØ-Þ]*\)$")
# A reference or a year before the title: "R-0048213 Financial Analyst II", "Competition
# #2026-114 Planner", "2026 Graduate Analyst Programme" (codes of three digits or more).
_LEADING_CODE = re.compile(
    r"^(?:(?:selection process|competition|process|requisition|req|ref|job)\.?\s*)?#?(?=\S*\d{3})[\w/#-]+\s*[,:–-]?\s+",
    re.IGNORECASE,
)
# The employer written after the title: "Data Scientist, Nordvik Energy", "UX Researcher
# en Olivar Mobility", "Policy Adviser, Department for Transport".
_EMPLOYER_AFTER = re.compile(
    r",\s+(?:[A-Z][\w&'’-]*\s+)+(?:Energy|AI|Robotics|Technologies|Labs|Group|Capital|Partners|"
    r"Bank|Inc|Ltd|GmbH|LLC|Ventures|Studios|Logistics|Insights|Elementary|School|Academy|Hospital|Clinic|"
    r"College|Services)$"
    r"|,\s+[A-Z]{1,4}-[\d-]+$"  # a pay grade or code: "Medical Support Assistant, GS-0679-05"
    r"|(?:,|\s+[-–])\s+(?:Department|Ministry|Agency|Office) (?:of|for) .*$"
    r"|\s+(?:en|bei|chez|presso|bij|hos|på|em)\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)+$"
    # Portuguese "na"/"no" ("at the") names a place or an employer, one word being enough: "UX Lead na Ninho".
    r"|\s+n[ao]\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*$"
)
# Words that may stay lower case inside a title written in Title Case.
_JOINERS = frozenset({"of", "and", "&", "in", "for", "de", "da", "do", "di", "del", "la", "le", "des", "du", "en",
                      "y", "e", "à", "und", "für", "van", "voor", "the", "on"})


def _clean(raw: str, placed: bool = False) -> str | None:
    """The title as a reply should name it, or None when ``raw`` names no post.  ``placed``:
    where ``raw`` stands says it is the post, so it needs neither a job noun nor Title Case."""
    # Each rewrite runs only where its mark is: this runs for every candidate title.
    title = raw.strip(" \t,-–—|*\"'")
    if "." in title or "!" in title or "?" in title:
        title = _SENTENCE_END.sub("", title)
    if " " in title:
        title = _CLAUSE_AFTER.sub("", title)
    if "," in title and not title.islower():
        title = _LOWER_QUALIFIER.sub("", title)
    title = _REFERENCE.sub("", _LEADING.sub("", title))
    if "(" in title:
        if _GENDER_TAG.search(title):
            title = _VERB_AFTER_GENDER_TAG.sub("", title)
        title = _NOTE_BRACKET.sub("", _TERMS_BRACKET.sub("", _GENDER_TAG.sub("", title)))
    if _DIGIT.search(title):
        title = _LEADING_CODE.sub("", title)
    title = _EMPLOYER_AFTER.sub("", title)
    named, dash, rest = title.partition(" – ")
    if dash and not TITLE_IN_TEXT.search(named):
        title = rest  # "Orchard Health – Frontend Engineer": a name before the title
    if title.count("(") > title.count(")"):
        title = title[: title.rfind("(")].rstrip()  # a bracket left open: "Travel Nurse (13 weeks"
    title = _TRAILING.sub("", title).strip()
    if not title or len(title) > 80 or _NOT_A_TITLE.search(title.lower()):
        return None
    words = title.split()
    if not placed and not TITLE_IN_TEXT.search(title) and not _title_case(title):
        return None
    if title.islower():
        title = " ".join(word if word.isupper() else word.capitalize() for word in words)
    return title


def _title_case(text: str) -> bool:
    return all(word[0].isupper() or not word[0].isalpha() or word in _JOINERS for word in text.split())


def _sentence_case_title(text: str) -> bool:
    """"Progettista meccanico", "Chef de projet digital", "Junior illustrator": titles as
    languages other than English (and quick notes) write them, a job noun first or last."""
    words = text.split()
    return (len(words) <= 5 and words[0][0].isupper()
            and bool(TITLE_IN_TEXT.fullmatch(words[0]) or TITLE_IN_TEXT.fullmatch(words[-1])))


def _qualifies(before: str, inside: str) -> bool:
    """Does the bracket in "Backend Engineer (Java)" narrow the title before it?  Not when
    it is a title of its own ("Coral Ledger (Product Manager)"), an employment term
    ("(contract)", "(CDI)") or written in lower case."""
    return (bool(TITLE_IN_TEXT.search(before)) and not _NOT_A_TITLE.search(before) and not TITLE_IN_TEXT.search(inside)
            and inside[:1].isupper() and not _EMPLOYMENT_TERM.search(inside))


def _subject_pieces(subject: str) -> list[str]:
    """The parts of a subject line that may each be a title, a name or words about the meeting;
    a bracket after a space is a part of its own unless it qualifies its title."""
    pieces = []
    for piece in _SUBJECT_PIECES.split(topic(subject.strip())):
        bracket = _BRACKET.search(piece) if piece else None
        if bracket is None or _GENDER_TAG.match(bracket.group(0)) or _REFERENCE.match(bracket.group(0)):
            pieces.append(piece)
        elif _qualifies(piece[: bracket.start()], bracket.group(1)):
            pieces.extend((piece, piece[bracket.end():]))
        else:
            pieces.extend((piece[: bracket.start()], bracket.group(1), piece[bracket.end():]))
    return [piece.strip() for piece in pieces if piece and piece.strip()]


def _from_subject(subject: str) -> str | None:
    pieces = _subject_pieces(subject[:_SUBJECT_CHARS])
    for whole in pieces:
        named_role = _ROLE_WORD_AT_END.search(whole) is not None
        if not (named_role or TITLE_IN_TEXT.search(whole)):
            continue
        piece = whole
        lowered = whole.lower()
        if len(lowered) == len(whole):
            trailing = _MEETING_WORDS_AFTER_TITLE.search(lowered)
            end = trailing.start() if trailing is not None else len(whole)
            start = 0
            for meeting_words in _MEETING_WORDS_BEFORE_TITLE.finditer(lowered, 0, end):
                start = meeting_words.end()
            piece = whole[start:end] if start < end else whole
        title = _clean(piece)
        # A subject that is nothing but a short title ("Re: apprentice") names it in any case.
        short_title = len(pieces) == 1 and len(whole.split()) <= 3
        written_as_name = not piece.islower() and (_title_case(title or "") or _sentence_case_title(title or ""))
        if title and (written_as_name or short_title or named_role):
            return title
    return None


# The nouns for a job interview or an application in the languages seen in mail, which a
# subject line follows with the post ("Vorstellungsgespräch", "rozmowę", "Votre candidature").
_INTERVIEW_STEMS = (
    "interview", "intervju", "entrevist", "entretien", "entrevue", "colloqui", "gespräch", "gesprek", "rozmow",
    "pohovor", "mülakat", "mahojiano", "cyfweliad", "samtale", "jobsamtale", "haastattelu", "phỏng vấn",
    "sollicitatiegesprek", "candidature", "candidatura", "ansökan", "bewerbung", "sollicitatie", "dinâmica de grupo",
)
# Searched anywhere in a word: German and Dutch join the noun to others ("Vorstellungsgespräch").
_INTERVIEW_WORD = re.compile(rf"(?:{'|'.join(_INTERVIEW_STEMS)})\w*", re.IGNORECASE)
# What follows the interview's name in a subject line before the post: more words about the
# meeting ("Mülakat Daveti – ...", "Interview Invitation - ..."), a separator, "for".  Not
# "request": an "Interview request: ..." is as often the press's, naming its show.
_BEFORE_POST = re.compile(
    r"^(?:\s*(?:[-–—:|/]|(?:invitation|invite|daveti|davet|confirmed|confirmation|reminder|update|updated"
    r"|rescheduled|scheduled|einladung|uitnodiging|for|för tjänsten som|för|für|para|pour|per|voor|til|do|na|als)\b))*\s*",
    re.IGNORECASE,
)
# A person, a place or the employer follows these rather than a post.
_NOT_A_POST_NEXT = re.compile(
    r"^(?:with|med|mit|con|avec|met|com|z|ze|at|@|bei|chez|en|em|hos|på|presso|bij|w|i|on|in|am|le|el|de)\b",
    re.IGNORECASE,
)
_POST_END = re.compile(r"\s+[-–—|/]\s+|\s*[:|?!]|\s+(?:with|at|@|on|between|med|mit|con|avec|met|bei|chez|hos|på)\s")
# Lower-case words that qualify the interview before a dash and the post.
_INTERVIEW_QUALIFIER = re.compile(r"^[^\W\d_A-ZÀ-ÖØ-Þ][^\W\d]*(?: [^\W\d_A-ZÀ-ÖØ-Þ][^\W\d]*)?\s+[-–—]\s+")
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight date time day slot slots "
    "january february march april may june july august september october november december".split()
)
_GREETING_CHARS = 800
_CODE = re.compile(r"\d{3}")  # a reference number, never a post's name


def _after_interview_in_subject(subject: str, text: str) -> str | None:
    """What a subject line names right after the interview, in any language, when no job
    noun marks it as a post ("Inbjudan till intervju – Undersköterska", "Verplaatsen gesprek
    Productieleider"): not a person the mail greets, a day, or a name the body gives as
    the employer's."""
    line = topic(subject[:_SUBJECT_CHARS])
    interview = None
    for interview in _INTERVIEW_WORD.finditer(line):
        pass
    if interview is None:
        return None
    tail = line[interview.end():]
    before_post = _BEFORE_POST.match(tail)
    tail = tail[before_post.end():] if before_post else tail
    qualifier = _INTERVIEW_QUALIFIER.match(tail)
    if qualifier:  # "Colloquio conoscitivo – ...", "Entrevista técnica - ...": the post is after the dash
        tail = tail[qualifier.end():]
        words = tail.split()
        # There a name is as likely ("Interview availability - Dana Frost"): only a job noun
        # or a post written in sentence case ("Elettricista industriale") is taken.
        if not TITLE_IN_TEXT.search(tail) and not (len(words) > 1 and all(word.islower() for word in words[1:])):
            return None
    if not tail[:1].isupper() or _NOT_A_POST_NEXT.match(tail):
        return None
    end = _POST_END.search(tail)
    candidate = _REFERENCE.sub("", tail[: end.start()] if end else tail)  # "(vac. 27-0113)" is no part of it
    words = candidate.split()
    if not words or len(words) > 6 or words[0].lower() in _TIME_WORDS or _CODE.search(candidate) \
            or ORG_WORDS.search(candidate) or greets(text, words[0], _GREETING_CHARS):
        return None
    title = _clean(candidate, placed=True)
    if title and not _INTERVIEW_WORD.search(title) and not _names_employer(title, text):
        return title
    return None


# What makes a name in the body the employer's (``_names_employer``).
_EMPLOYER_LEAD_WORDS = "at|with|join|joining|from|bei|chez|hos|på|presso|bij|en|em|w"
_TEAM_WORDS_AFTER = r"(?:'s|’s)? (?:team|recruiting|talent|hr)\b"
_SIGNATURE_MARKS = "|,·"
_LINE_END = r"[ \t]*$"
# The same pieces, matched around one place the name occurs.
_EMPLOYER_LEAD = re.compile(rf"\b(?:{_EMPLOYER_LEAD_WORDS}) \Z", re.IGNORECASE)
_EMPLOYER_LEAD_CHARS = len("joining ")
_TEAM_AFTER = re.compile(_TEAM_WORDS_AFTER, re.IGNORECASE)
_LINE_END_AFTER = re.compile(_LINE_END, re.MULTILINE)


def _names_employer(name: str, text: str) -> bool:
    """Does the body write ``name`` as the employer's: after "at", "bei", "with"; before
    "team"; or at the end of a signature line ("Talent Acquisition | VitaFarma")?

    Each place the name occurs is looked at (see ``_employer_around``) rather than a
    pattern built for this name: compiling one costs more than the rest of detection.
    """
    lowered_name, lowered = plain_lower(name), plain_lower(text)
    if lowered_name is None or lowered is None:
        # Letters that lower-case unlike ``re.IGNORECASE`` folds them: the pattern itself.
        return _employer_pattern(name).search(text) is not None
    return any(_employer_around(text, start, start + len(name)) for start in occurrences(lowered, (lowered_name,)))


def _employer_pattern(name: str) -> re.Pattern[str]:
    """What ``_names_employer`` finds, as one pattern for ``name``."""
    quoted = re.escape(name)
    return re.compile(rf"\b(?:{_EMPLOYER_LEAD_WORDS}) {quoted}\b"
                      rf"|\b{quoted}{_TEAM_WORDS_AFTER}"
                      rf"|(?:^|[{_SIGNATURE_MARKS}] *){quoted}{_LINE_END}", re.IGNORECASE | re.MULTILINE)


def _employer_around(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is written as the employer's."""
    if _EMPLOYER_LEAD.search(text, max(0, start - _EMPLOYER_LEAD_CHARS), start) and is_boundary(text, end):
        return True  # "at Acme", "bei VitaFarma"
    if is_boundary(text, start) and _TEAM_AFTER.match(text, end):
        return True  # "Acme's team"
    if _LINE_END_AFTER.match(text, end) is None:
        return False
    before = start
    while before > 0 and text[before - 1] == " ":
        before -= 1
    # Alone on its line, or last on it after a bar or a comma.
    return start == 0 or text[start - 1] == "\n" or before > 0 and text[before - 1] in _SIGNATURE_MARKS


class _InOtherLanguages(LeadingPattern):
    """A pattern for wording in languages other than English, tried only on text that
    holds a letter outside ASCII (as German, French, Spanish, Portuguese, Italian, Polish
    and Nordic mail does) or Dutch's "functie": most mail is spared its many literals."""

    def finditer(self, source: Lowered) -> Iterator[re.Match[str]]:
        if source.text.isascii() and "functie" not in source.lowered:
            return iter(())
        return super().finditer(source)


# Where the wording itself says "this is a job" any Title Case name counts; elsewhere
# the title must hold a job noun, or "your Acme interview" would give "Acme".
# Patterns that open with a choice of words are tried only where one of those words
# starts; those that stay on one line (no ``\s``, no ``$``) only on the lines holding
# their nouns (see ``anchors``).
_PHRASES = (
    (GatedPattern(_LABELLED), False),
    (LinePattern(_BEFORE_NOUN), False),
    (LeadingPattern(_AFTER_NOUN), False),
    (LinePattern(_SENTENCE_START), True),
    (LeadingPattern(_AFTER_VERB), True),
    (LinePattern(_BEFORE_INTERVIEW), True),
    (_InOtherLanguages(_FOREIGN_AFTER), True),
)


# Text that names a meeting as a subject line would ("Company – Title"): read like one.
_NAMED_LIKE_SUBJECTS = (GatedPattern(_EVENT_LINE), GatedPattern(_FORM_ANSWER))


def _meeting_brackets(source: Lowered) -> Iterator[str]:
    """What the brackets right after a meeting's name hold, as ``source`` writes it."""
    lowered = source.lowered if source.plain else source.text.lower()
    if len(lowered) != len(source.text):
        return
    done = 0
    bracket = lowered.find("(")
    while bracket != -1:
        # Every search stays within a short stretch around the bracket: never quadratic.
        start = max(done, bracket - _BRACKET_LOOKBACK)
        start = max(start, lowered.rfind("\n", start, bracket) + 1)
        close = lowered.find(")", bracket, bracket + _BRACKET_LOOKBACK + 10)
        match = _MEETING_BRACKET.search(lowered, start, close + 1) if close != -1 else None
        if match is not None:
            done = match.end()
            group = "title" if match.group("title") is not None else "pair"
            yield source.text[match.start(group):match.end(group)]
        bracket = lowered.find("(", bracket + 1)


def _title_in(source: str, match: re.Match[str]) -> str:
    """The title as ``source`` writes it (the match may be one in its lower-cased copy)."""
    start, end = match.span("title")
    return source[start:end]


def extract_role(subject: str, text: str) -> str | None:
    """The job title the mail is about, when it names one."""
    title = _find_role(subject, text)
    if title and title.endswith(")"):
        title = _without_readers_name(title, text)
    return _without_signed_employer(title, text) if title else title


# A name after the title that may be the employer's: "Junior Accountant, North Sparrow Foods",
# "Data Analyst (Pennant Analytics)", "Community Manager en Naranjo".
_NAME_AFTER_TITLE = re.compile(
    r",\s+(?P<comma>[^,()]+)$|\s+\((?P<bracket>[^()]+)\)$|\s+(?:at|en|na|no|da|do|bei|chez)\s+(?P<place>[^,()]+)$"
)
_CLOSING_LINES = 8
# After the employer's name on a signature line: the line's end, a separator or a legal form.
_AFTER_SIGNED_NAME = r"(?=\s*(?:$|[|,·(]|\s(?:Inc|Ltd|Ltda|LLC|GmbH|Pty|S\.?A|S\.?L|Limited)\b))"


def _without_signed_employer(title: str, text: str) -> str:
    """"Gerente de Tienda, Tiendas Azahar" → "Gerente de Tienda" when the mail's signature
    names "Tiendas Azahar" (alone on a line, first on it, or after a bar): the name after the
    title is the employer, not a qualifier of the post ("Backend Engineer, Payments",
    "Backend Engineer (Core Banking)").  Not after a comma: "Nurse Manager, Labor & Delivery"
    signs a department."""
    after = _NAME_AFTER_TITLE.search(title)
    if after is None:
        return title
    tail = (after.group("comma") or after.group("bracket") or after.group("place")).strip()
    if not tail[:1].isupper() or TITLE_IN_TEXT.search(tail) or not _title_case(tail):
        return title
    # After "en", "na", "at" the name is a place or the employer: the signature may go on ("Naranjo Digital").
    ending = r"(?!\w)" if after.group("place") else _AFTER_SIGNED_NAME
    signed = re.compile(rf"(?:^|[|·]\s*){re.escape(tail)}{ending}")
    # The title itself written in the closing lines ("your interview for Nurse, Med/Surg") is no signature.
    closing = [line.replace(title, "") for line in closing_lines(text, _CLOSING_LINES)]
    if any(signed.search(line) for line in closing) or any(line.strip() == tail for line in text.splitlines()):
        return title[: after.start()]
    return title


# A bracket at the end of a title holding a name: "Product Designer (Rafael Nogueira)".
_NAME_BRACKET = re.compile(r"\s*\((?P<first>[^\W\d_][\w'’-]*)(?: [^\W\d_][\w'’-]*){1,2}\)$")
_READER_GREETING_CHARS = 1500  # a calendar's boilerplate may come before the note that greets


def _without_readers_name(title: str, text: str) -> str:
    """The title without the bracket naming the reader, whom the mail greets by that first
    name: calendars write the candidate's name after the meeting's title."""
    bracket = _NAME_BRACKET.search(title)
    if bracket is not None and greets(text, bracket.group("first"), _READER_GREETING_CHARS):
        return title[: bracket.start()]
    return title


# A post written in katakana and marked as one by 職 ("データアナリスト職", "the data analyst post").
_KATAKANA_POST = re.compile(r"(?P<title>[\u30a1-\u30ff]{2,20})職")


def _find_role(subject: str, text: str) -> str | None:
    body = Lowered(text)
    for source in (body, Lowered(subject)):
        for pattern, needs_title_noun in _PHRASES:
            for match in pattern.finditer(source):
                title = _clean(_title_in(source.text, match))
                needs_noun = needs_title_noun or match.groupdict().get("weak") is not None
                if title and (TITLE_IN_TEXT.search(title) or not needs_noun):
                    return title
        if source is body:
            named = [_title_in(text, match) for pattern in _NAMED_LIKE_SUBJECTS for match in pattern.finditer(body)]
            for text_like_subject in (*named, *_meeting_brackets(body)):
                title = _from_subject(text_like_subject)
                if title:
                    return title
    subject_title = _from_subject(subject)
    if subject_title:
        return subject_title
    after_interview = _after_interview_in_subject(subject, text)
    if after_interview:
        return after_interview
    marked = _KATAKANA_POST.search(subject) or _KATAKANA_POST.search(text)
    if marked:
        return marked.group("title")
    for match in _HIRING.finditer(body):
        title = _clean(_title_in(text, match))
        if title and TITLE_IN_TEXT.search(title):
            return title
    return None
