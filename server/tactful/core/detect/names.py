"""Patterns and helpers for the names found in mail: companies, people, job titles."""

from __future__ import annotations

import re

from tactful.core.detect.caseless import Caseless

# A capitalised word as company names write them: "Acme", "McKinsey", "O'Neill", "3M",
# "Node.js", and abbreviations such as "St." or "Co." when another word follows.
CAP_WORD = (
    r"(?:(?:St|Co|Mt|Ft)\.(?= [A-Z])|[A-ZÀ-ÖØ-ÞŁŚŹŻĆŃŠŽČŘ][\w'’&-]*(?:\.[\w'’&-]+)*|[A-Z0-9]{2,}[\w&-]*(?:\.[\w&-]+)*"
    r"|\d+[A-Za-z][\w-]*)"
)
_JOINER = r"(?: (?:&|and|of|for|de|la|the|\+) )"
NAME_RUN = rf"{CAP_WORD}(?:(?: |{_JOINER}){CAP_WORD}){{0,5}}"
NAME_RUN_PATTERN = re.compile(NAME_RUN)

TITLE_NOUNS = (
    "engineer|engineers|developer|manager|analyst|designer|scientist|specialist|coordinator|director|"
    "lead|associate|intern|internship|consultant|nurse|accountant|representative|administrator|"
    "architect|officer|technician|teacher|assistant|owner|strategist|writer|editor|researcher|"
    "recruiter|partner|advisor|adviser|executive|planner|programmer|tester|head|vp|president|"
    "counsel|attorney|paralegal|pharmacist|therapist|physician|clerk|cashier|agent|operator|"
    "supervisor|controller|auditor|economist|statistician|sre|marketer|buyer|merchandiser|chef|"
    "driver|mechanic|electrician|fellow|lecturer|professor|postdoc|generalist|secretary|"
    "bookkeeper|steward|guard|instructor|tutor|trainer|producer|illustrator|photographer|"
    "copywriter|investigator|inspector|surveyor|hygienist|dentist|veterinarian|pilot|"
    "coach|expert|principal|staff|apprentice|trainee|graduate|rep|ops|operations|support|"
    "sales|marketing|finance|development|sde|swe|devrel|worker|cook|barista|installer|animator|estimator|"
    "solicitor|registrar|practitioner|biostatistician|receptionist|archivist|dietitian|nutritionist|physiotherapist|"
    "radiographer|psychologist|optometrist|midwife|carer|caregiver|paramedic|modeller|modeler|machinist|welder|"
    "plumber|carpenter|bartender|waiter|waitress|housekeeper|dispatcher|courier|lineworker|rn|"
    "teller|assessor|aide|clerkship|lifeguard|handler|fitter|custodian|janitor|caretaker|porter|dishwasher|"
    "busser|hostess|concierge|groundskeeper|stocker|picker|packer|loader|sorter|"
    # the same nouns as other languages write them in mail
    "técnico|técnica|analista|analist|engenheiro|engenheira|ingeniero|ingeniera|ingénieur|ingenieur|ingegnere|"
    "desarrollador|desarrolladora|desenvolvedor|desenvolvedora|développeur|développeuse|sviluppatore|progettista|"
    "contrôleur|contrôleuse|gerente|chargé|chargée|associé|associée|asistente|auxiliar|enfermero|enfermera|"
    "entwickler|entwicklerin|berater|beraterin|referent|referentin|sachbearbeiter|sachbearbeiterin|leiter|"
    "leiterin|teamleiter|teamleiterin|werkstudent|werkstudentin|praktikant|praktikantin|medewerker|ontwikkelaar|"
    "adviseur|stagiaire|stagiair|tirocinante|estagiário|estagiária|becario|becaria|programista|specjalista|"
    "kierownik|konsultant"
)
# German writes a title as one compound ("Projektleiter", "Softwareentwickler").
_COMPOUND_TITLE_ENDINGS = ("leiter", "ingenieur", "entwickler", "berater", "referent", "techniker", "kaufmann", "kauffrau")
_WORDS = re.compile(r"\w+")


class _TitleNouns:
    """Whether a text holds a job noun ("engineer", "analista", "Projektleiter"), in any case.

    One set look-up per word: a regex alternation of a few hundred words is tried word by
    word at every position, and this runs for every candidate title and company name.
    """

    def __init__(self, nouns: str) -> None:
        self._nouns = frozenset(nouns.split("|"))

    def _is_noun(self, word: str) -> bool:
        return word in self._nouns or word.removesuffix("in").endswith(_COMPOUND_TITLE_ENDINGS) and len(word) > 6

    def search(self, text: str) -> bool:
        """Whether a word of ``text`` is a job noun."""
        words = _WORDS.findall(text.lower())
        # One set operation for the plain nouns; only long words can end as a compound.
        return not self._nouns.isdisjoint(words) or any(
            len(word) > 6 and word.removesuffix("in").endswith(_COMPOUND_TITLE_ENDINGS) for word in words
        )

    def fullmatch(self, text: str) -> bool:
        """Whether ``text`` is a job noun and nothing else."""
        return self._is_noun(text.lower())


TITLE_IN_TEXT = _TitleNouns(TITLE_NOUNS)

ORG_WORDS = Caseless(
    r"\b(?:team|recruiting|recruitment|talent|careers?|hiring|hr|people|jobs|notifications?|"
    r"no-?reply|do-?not-?reply|support|admin|info|inc|llc|ltd|gmbh|corp|company|group|university|"
    r"college|hospital|bank|services|solutions|technologies|labs|acquisition|calendar|scheduling|"
    r"workday|greenhouse|lever|coordinator|office|department|via|and|operations|experience|events)\b"
)
_VIA = re.compile(r"\s*(?:\(via [^)]*\)|\bvia\s+\S.*)$", re.IGNORECASE)
_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]")
_ACCENTED_LETTERS = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿłşğıøńśźżćęąčřšžěůőűţș"
_ACCENTS = str.maketrans(_ACCENTED_LETTERS, "aaaaaaceeeeiiiinooooouuuuyylsgionszzceacrszeuouts")
# Most text that is not ASCII owes it to punctuation ("’", "–"): one scan for an accented
# letter spares ``str.translate`` its dictionary look-up for every character.
_ACCENTED = re.compile(f"[{_ACCENTED_LETTERS}]")


# ``_NOT_ALPHANUMERIC`` for ASCII text, as a table: one C loop instead of a regex.
_ASCII_SIGNS = {code: None for code in range(128) if not chr(code).isdigit() and not "a" <= chr(code) <= "z"}


def fold_accents(lowered: str) -> str:
    """Lower-case text with its accented letters as plain ones, letter for letter: positions
    stay those of ``lowered``."""
    if lowered.isascii() or _ACCENTED.search(lowered) is None:
        return lowered
    return lowered.translate(_ACCENTS)


def squash(text: str) -> str:
    """How a name is spelled in a domain: lower case, "&" as "and", accents and other
    signs dropped ("Fenwick & Hale" → fenwickandhale, "Ipê Digital" → ipedigital)."""
    lowered = text.lower().replace("&", "and")
    if lowered.isascii():
        return lowered.translate(_ASCII_SIGNS)
    return _NOT_ALPHANUMERIC.sub("", lowered.translate(_ACCENTS))


def without_via(display_name: str) -> str:
    """``Jane Doe (via Google Calendar)`` or ``Acme via Codility`` → the part before "via"."""
    if display_name.isascii() and "via" not in display_name.lower():
        return display_name.strip()  # most names: nothing to cut
    return _VIA.sub("", display_name).strip()


_GREETING = re.compile(
    r"\b(?:hi|hello|dear|hey|hej|hallo|hola|oi|olá|bonjour|ciao|merhaba|cześć)\s+(?P<name>[^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)


def greets(text: str, first_name: str, within: int) -> bool:
    """Does the mail open (in its first ``within`` characters) by greeting ``first_name``
    ("Hi Rebecca,")?  That name is the reader's, never the employer's or the post's."""
    opening = text[:within]
    return first_name in opening and any(match.group("name") == first_name for match in _GREETING.finditer(opening))


def closing_lines(text: str, count: int) -> list[str]:
    """The last ``count`` lines of ``text`` (blank ones included), stripped: where a
    signature stands.  Splits only those off the end, however long the mail."""
    return [line.strip() for line in text.rstrip().rsplit("\n", count)[-count:]]
