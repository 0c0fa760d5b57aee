"""The person who wrote a mail, for the reply's greeting."""

from __future__ import annotations

import re

from tactful.core.detect.names import ORG_WORDS, TITLE_IN_TEXT, closing_lines, without_via
from tactful.core.detect.runners import LineStartPattern

_PERSON_AT_ORG = re.compile(r"^(?P<person>.+?)\s+(?:at|from|@|\||-|–|—)\s+(?P<org>.+)$")
_SIGN_OFF = LineStartPattern(
    r"^\s*(?:best|best regards|kind regards|warm regards|warmest regards|regards|many thanks|thanks|"
    r"thank you|thanks again|thanks so much|cheers|sincerely|yours sincerely|yours truly|all the best|"
    r"talk soon|speak soon|looking forward|warmly|respectfully|with thanks|with best wishes|"
    r"best wishes|cordially|take care|have a great day|thx|ty|br|mfg|saludos|cordialement|"
    # the same in other languages' mail
    r"(?:med )?vennlig hilsen|venlig hilsen|med vänliga hälsningar|vänliga hälsningar|hälsningar|mvh|"
    r"mit freundlichen grüßen|freundliche grüße|viele grüße|beste grüße|liebe grüße|herzliche grüße|"
    r"met vriendelijke groet|vriendelijke groet|groetjes|a presto|cordiali saluti|distinti saluti|un saluto|"
    r"saluti|un saludo|saludos cordiales|atentamente|abrazos|atenciosamente|abraços|cumprimentos|"
    r"pozdrawiam|z poważaniem|s pozdravem|ystävällisin terveisin|saygılarımızla|bien cordialement|"
    r"bien à vous|salutations|"
    # "Thanks for your flexibility," / "Thank you for your patience!"
    r"(?:thanks|thank you) for your [a-z]+(?: [a-z]+)?)"
    r"\s*[,.!—–-]*\s*(?P<same_line>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})?\s*$",
    re.IGNORECASE,
)
# "i. A." or "Im Auftrag" on its own line before a German signer's name.
_ON_BEHALF = re.compile(r"i\. ?A\.|Im Auftrag|p\.p\.", re.IGNORECASE)
_TITLE_AFTER_NAME = re.compile(r"\s+[-–—|]\s+.*$")
_ORGANISER = LineStartPattern(
    r"^[ \t]*(?:organi[sz]er|host|hosted by|organisateur|organizador|anfitrión)[ \t]*:[ \t]*(?P<value>[^\n@]{2,120})$"
    # Google Calendar puts the label on a line of its own: "Organizer" / "Ingrid Solberg" / her address.
    r"|^[ \t]*(?:organi[sz]er|organisateur|organizador)[ \t]*\n[ \t]*(?P<below>[^\n@]{2,120})$",
    re.IGNORECASE,
)
_HOST_IN_SUBJECT = re.compile(r"\bwith (?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) (?:on|@|at)\b")
# Between the organiser's name and their organisation: a comma or an opening bracket.
_ORGANISER_SPLIT = re.compile(r"\s*,\s*|\s*\(\s*")
# Han, kana and hangul names, of one to five characters a word.
_CASELESS_NAME = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{1,5}")
# Words of an organisation or a department in those scripts: company, recruiting, HR, in charge, department.
_CASELESS_ORG = re.compile(r"株式会社|有限会社|会社|採用|担当|人事|公司|招聘|人力|部|课|課|センター|グループ|회사|채용|인사")
_HONORIFIC = re.compile(
    r"^(?:(?:Dr|dr|Mr|Mrs|Ms|Mx|Prof|prof|mr|ir|drs|Professor|Doctor)\.?\s+|(?:Dott|Prof)\.ssa\.?\s*|(?:Licda|Lic|Dott|Dra|Ing|Mag|Arq|Sra|Sr)\.\s*)+"
)
_PARTICLES = frozenset({"de", "van", "von", "da", "di", "del", "der", "den", "le", "la", "du", "dos", "das", "bin", "al", "ter"})
_CREDENTIAL = re.compile(r"^(?:[A-Z]{2,5}|Ph\.?D\.?|M\.?D\.?)(?:,\s*(?:[A-Z]{2,5}|Ph\.?D\.?))*$")
# A nurse's or a doctor's letters written after the name with no comma: "Danielle Whitaker RN".
_CREDENTIAL_AFTER = re.compile(r"(?<=[a-z]) (?:RN|LPN|NP|MD|DO|DDS|PhD|CPA|MBA|SHRM-CP|PHR|SPHR|CHRL)$")
_BRACKETED_TAIL = re.compile(r"\s*[(\[<].*$")
_LATIN_IN_BRACKETS = re.compile(r"\(([A-Z][a-zA-Z'’-]+(?: [A-Z][a-zA-Z'’-]+){1,3})\)")
_INTRO = re.compile(
    r"\b(?:my name is|i'm|i am|this is)\s+(?P<name>[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+)?)"
    r"(?=\s*(?:,|and|from|with|at|here|\.|-|–|—))"
)


def _looks_like_name(words: list[str]) -> bool:
    """One to four capitalised words (particles such as "de" or "van" aside), letters only."""
    main = [word for word in words if word.lower() not in _PARTICLES]
    return 1 <= len(main) <= 4 and all(
        word[0].isupper() and word.replace("'", "").replace("’", "").replace("-", "").replace(".", "").isalpha()
        for word in main
    ) and any(len(word.rstrip(".")) > 1 for word in main)  # "M." alone is an initial, not a name


# Words of companies' names that no person's name holds: "Groupe Verlaine Assurances" and
# "Pomar Digital" read as two or three capitalised words like a person's.
_COMPANY_NAME_WORDS = frozenset(
    "groupe grupo gruppo gruppe assurances assurance seguros versicherungen mutuelles digital abogados avocats "
    "advocaten solicitors logistics logistik analytics technologies systems software studios foods hotels "
    "holdings industries pharma motors ventures consulting landscaping plumbing roofing electrical construction "
    "builders trattoria ristorante restaurant bakery café cafe bistro pharmacy clinic clinics dental telecom "
    "hospitality plomberie fontanería klempner recrutement rekrutacja dotation reclutamiento recrutamento "
    "reclutamento".split()
)


def person_name(raw: str) -> str | None:
    """A person's name as the reply should use it: no title, no credentials, first name first."""
    latin = _LATIN_IN_BRACKETS.search(raw)
    if latin and not _looks_like_name(raw.split("(")[0].split()):
        raw = latin.group(1)  # "森 武 (Takeshi Mori)": the name as written in Latin letters
    name = _BRACKETED_TAIL.sub("", raw).strip(" \"'’,")
    if "," in name:
        before, _, after = name.partition(",")
        after = after.strip()
        if _CREDENTIAL.match(after):
            name = before.strip()
        elif len(after.split()) == 1:
            name = f"{after} {before.strip()}"
        else:
            return None
    name = _CREDENTIAL_AFTER.sub("", _HONORIFIC.sub("", name).strip())
    if not _looks_like_name(name.split()) or ORG_WORDS.search(name) \
            or any(word.lower() in _COMPANY_NAME_WORDS for word in name.split()):
        return None
    if name.isupper() and len(name) > 3:
        name = name.title()
    return name


def extract_recruiter(
    text: str, from_name: str, organizer_name: str | None = None, *, from_system: bool = False
) -> str | None:
    """The person who wrote the mail: signature first, then the sender's display name.

    ``from_system``: the mail came from an applicant-tracking or no-reply address, whose
    display name is as often the employer's ("Calendly", "Orbital Labs") as a person's.
    """
    signed: list[str] = []
    for match in _SIGN_OFF.finditer(text):
        same_line = match.group("same_line")
        if same_line and not _ON_BEHALF.fullmatch(same_line):
            candidate = person_name(same_line)
        else:
            following = text[match.end():].lstrip("\n").split("\n", 1)[0]
            # "Stefania – Ufficio personale", "Jo Lind | Talent": the name before the team or title.
            candidate = person_name(_TITLE_AFTER_NAME.sub("", following.strip()))
        if candidate:
            signed.append(candidate)
    # "Microsoft Outlook on behalf of Talia Greenbaum": the person the tool sends for.
    display = without_via(from_name).rpartition(" on behalf of ")[2]
    person_at_org = _PERSON_AT_ORG.match(display)
    sender = person_name(person_at_org.group("person") if person_at_org else display)
    if from_system and sender and len(sender.split()) < 2:
        sender = None
    # The last signature, unless the sender signs an earlier one: a forward's own note comes
    # before the mail it passes on, which is signed by someone else.
    by_sender = next((name for name in signed if sender and _same_person(sender, name)), None)
    signature_name = by_sender or (signed[-1] if signed else None)
    if by_sender and sender:
        # "Fer" signing for "Fernanda Ruiz", "Jane" for "Jane Doe", "Bia Lima" for "Beatriz
        # Lima": the fuller name.
        return sender if len(sender) > len(by_sender) else by_sender
    if signature_name:
        return signature_name
    if sender:
        return sender
    closing = _closing_name(text)
    if closing:
        return closing
    organiser = organiser_line(text)
    if organiser:
        named = person_name(organiser[0])
        if named:
            return named
    intro = _INTRO.search(text)
    if intro:
        named = person_name(intro.group("name"))
        if named:
            return named
    named = person_name(organizer_name) if organizer_name else None
    return named or _caseless_signer(text) or _caseless_person(display)


_CLOSING_LINES = 6
_TITLE_LINE_CHARS = 80


def _closing_name(text: str) -> str | None:
    """The name over a job title at the end of a mail signed with no sign-off word
    ("We look forward to meeting you!" / "Priyanka Sethi" / "Talent Acquisition Partner")."""
    lines = [line for line in closing_lines(text, _CLOSING_LINES) if line]
    # From the bottom up: the signature is the last block; the title line under the name is short.
    for line, below in reversed(list(zip(lines, lines[1:]))):
        if 2 <= len(line.split()) <= 3 and not line.endswith(",") and len(below) <= _TITLE_LINE_CHARS \
                and TITLE_IN_TEXT.search(below):
            name = person_name(line)
            if name and not TITLE_IN_TEXT.search(name):
                return name
    return None


def _same_person(sender: str, signed: str) -> bool:
    """Whether a signature names the sender: the first name, or its short form, or the surname."""
    return first_name(sender).startswith(first_name(signed)) or _surname(sender) == _surname(signed) != ""


def _caseless_person(display: str) -> str | None:
    """"佐藤 美咲", "陈经理": a name in a script without capitals, the last resort (a name in
    Latin letters, which the reply can use, is preferred); never a company's or a team's words."""
    words = display.split()
    if 1 <= len(words) <= 2 and all(_CASELESS_NAME.fullmatch(word) for word in words) \
            and not _CASELESS_ORG.search(display):
        return display.strip()
    return None


_SIGNATURE_LINES = 8
# A signature line that ends with a name of two words in such a script: "人事部 採用担当 佐伯 真理子".
_CASELESS_NAME_AT_END = re.compile(rf"\s(?P<name>{_CASELESS_NAME.pattern} {_CASELESS_NAME.pattern})$")


def _caseless_signer(text: str) -> str | None:
    """The person a signature line names after their department and team words, in a script
    without capitals (Japanese, Chinese, Korean), which no sign-off word introduces."""
    for line in reversed(closing_lines(text, _SIGNATURE_LINES)):
        found = _CASELESS_NAME_AT_END.search(line)
        if found and _CASELESS_ORG.search(line[: found.start()]) and not _CASELESS_ORG.search(found.group("name")):
            return found.group("name")
    return None


def organiser_line(text: str) -> tuple[str, str] | None:
    """A booking tool's "Organizer: Dana Kim, Riverstone Games" (or "Host: Dana Kim
    (Riverstone Games)") line: the person and, when given, the organisation."""
    line = _ORGANISER.search(text)
    if line is None:
        return None
    person, _, organisation = _ORGANISER_SPLIT.sub("\t", line.group("value") or line.group("below"), count=1).partition("\t")
    return person.strip(), _BRACKETED_TAIL.sub("", organisation.rstrip(") ")).strip()


def host_in_subject(subject: str) -> str | None:
    """The host a booking tool's subject names: "Confirmed: Intro Call with Marta Solis on
    Thursday, November 19", "Canceled: Technical Screen with Dmitri Valev on Wednesday"."""
    host = _HOST_IN_SUBJECT.search(subject)
    return person_name(host.group("name")) if host else None


def _surname(full_name: str) -> str:
    words = full_name.split()
    return words[-1] if len(words) > 1 else ""


def first_name(full_name: str) -> str:
    """``Dr. Jane Smith`` → ``Jane``."""
    return _HONORIFIC.sub("", full_name).split()[0]
