"""Who is writing, for which company, about which role.

Each extractor gathers candidates from several places (the wording of the mail, the
sender's display name and domain, the signature) and keeps the best-supported one.
No library does this for recruiting mail, hence the hand-written patterns.
"""

from __future__ import annotations

import re

from tactful.core.detect.links import FREEMAIL_DOMAINS, is_ats_domain, registered_domain

# A run of capitalised words, allowing the small joiners company names contain.
_CAP_WORD = r"(?:[A-Z][\w'’&-]*(?:\.[\w'’&-]+)*|[A-Z0-9]{2,}[\w&-]*(?:\.[\w&-]+)*|\d+[A-Za-z][\w-]*)"
_JOINER = r"(?: (?:&|and|of|for|de|la|the|\+) )"
_NAME_RUN = rf"{_CAP_WORD}(?:(?: |{_JOINER}){_CAP_WORD}){{0,4}}"
_NAME_RUN_PATTERN = re.compile(_NAME_RUN)

_COMPANY_CONTEXT = re.compile(
    r"(?:\b(?:position|role|opening|opportunity|job|jobs|career|careers|team|interview|internship|"
    r"vacancy|application|work|working|interviews|onsite|office|offices|here|roles)\s+(?:at|with)"
    r"|\b(?:interest in|interested in|applying to|applied to|apply to|applying at|applied at|"
    r"to join|joining|on behalf of|welcome to|interviewing with|interview with|join us at|"
    r"hiring team at|recruiting team at|talent team at|recruiter at|recruiter with|recruiter for|"
    r"recruiting for|hiring for)|\bhere at)\s+"
    rf"(?:the\s+)?(?P<name>{_NAME_RUN})"
)
# "<Company> Recruiting", "<Company>'s Talent team": found from the team word backwards,
# because a pattern that starts with the name would be tried at every capital letter.
_TEAM_WORD = re.compile(r"(?:Recruiting|Recruitment|Talent|Hiring|People|HR|Careers|TA)\b")
_NAME_BEFORE_TEAM = re.compile(rf"(?P<name>{_NAME_RUN})(?:'s|’s)?\s+$")
_TEAM_LOOKBACK = 80
_FROM_NAME_COMPANY = re.compile(
    r"^(?:.+?\s+(?:at|from|@|with|\||-|–|—|via)\s+)?(?P<name>.+?)"
    r"(?:\s+(?:Recruiting|Recruitment|Talent(?: Acquisition)?|Hiring(?: Team)?|Careers|HR|People"
    r"(?: Team| Ops)?|Jobs|Team|Talent Team))?$"
)
_FROM_NAME_VIA = re.compile(r"^(?P<person>.+?)\s+(?:at|from|@|\||-|–|—)\s+(?P<org>.+)$")
_NOT_A_COMPANY = frozenset(
    {
        "i", "we", "you", "our", "us", "the", "a", "an", "this", "that", "it", "my", "your",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "zoom", "google meet", "microsoft teams", "teams",
        "linkedin", "greenhouse", "lever", "workday", "calendly", "hirevue", "the team", "us",
        "hiring", "recruiting", "talent", "careers", "hr", "no-reply", "noreply", "team",
        "interview", "interviews", "phone", "video", "engineering", "people", "notifications",
    }
)

_TITLE_NOUNS = (
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
    "sales|marketing|finance|development|manager\\b"
)
_ROLE_WORD = r"(?:[A-Z][\w'&/+.#-]*|[A-Z]{2,}|I{1,3}|IV|\d+|of|and|&|/|-|–|,|\(|\)|in|for|to|the|de)"
_ROLE_RUN = rf"(?:{_ROLE_WORD}(?: |/|, )?){{0,8}}?"
_ROLE_IN_CONTEXT = re.compile(
    r"(?:\b(?:for|as|about)\s+(?:the|a|an|our|this|your)\s+|\bthe\s+|\byour\s+)"
    rf"(?P<role>{_ROLE_RUN}(?:[A-Z][\w-]*\s+)?(?:[A-Z][\w&/-]*))\s+"
    r"(?:role|position|opening|job|opportunity|vacancy|post|req|requisition|application|opening)\b"
    rf"|\b(?:role|position|post) of\s+(?:a |an )?(?P<role2>{_ROLE_RUN}[A-Z][\w-]*)"
    rf"|\b(?:application|applied|applying|interview|interviewing|candidacy)\s+(?:for|to)\s+(?:the\s+|a\s+|an\s+|our\s+)?"
    rf"(?:position of\s+|role of\s+)?(?P<role3>{_ROLE_RUN}[A-Z][\w-]*)"
    r"(?=\s+(?:role|position|opening|job|vacancy|at|with|in|on|here|-|–)\b|\s*[.,;:!?()\n]|$)"
)
_TITLE_IN_ROLE = re.compile(rf"\b(?:{_TITLE_NOUNS})\b", re.IGNORECASE)
_SUBJECT_ROLE = re.compile(
    rf"(?P<role>(?:[A-Z][\w'&/+.#-]*|of|and|&|I{{1,3}}|IV|\(|\)|-|,)(?:[ /](?:[A-Z][\w'&/+.#-]*|of|and|&|"
    rf"I{{1,3}}|IV|\([^)]*\)|-|–|,)){{0,8}})"
)

_SIGN_OFF = re.compile(
    r"^\s*(?:best|best regards|kind regards|warm regards|warmest regards|regards|many thanks|thanks|"
    r"thank you|thanks again|thanks so much|cheers|sincerely|yours sincerely|yours truly|all the best|"
    r"talk soon|speak soon|looking forward|warmly|respectfully|with thanks|with best wishes|"
    r"best wishes|cordially|take care|have a great day|thx|ty|br|mfg|saludos|cordialement)"
    r"\s*[,.!—–-]*\s*(?P<same_line>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_PERSON_NAME = re.compile(
    r"^(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?[A-Z][a-zA-Z'’À-ÿ-]+(?:\s+[A-Z][a-zA-Z'’À-ÿ.-]*){0,3}$"
)
_HONORIFIC = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+")
_INTRO = re.compile(
    r"\b(?:my name is|i'm|i am|this is)\s+(?P<name>[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+)?)"
    r"(?=\s*(?:,|and|from|with|at|here|\.|-|–|—))"
)
_ORG_WORDS = re.compile(
    r"\b(?:team|recruiting|recruitment|talent|careers?|hiring|hr|people|jobs|notifications?|"
    r"no-?reply|do-?not-?reply|support|admin|info|inc|llc|ltd|gmbh|corp|company|group|university|"
    r"college|hospital|bank|services|solutions|technologies|labs|acquisition|calendar|scheduling|"
    r"workday|greenhouse|lever|coordinator|office|department|via|and)\b",
    re.IGNORECASE,
)


_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]")
_POSSESSIVE = re.compile(r"(?:'s|’s)$")
_DANGLING_JOINER = re.compile(r"\s+(?:and|&|of|for|the)$")


def _squash(text: str) -> str:
    return _NOT_ALPHANUMERIC.sub("", text.lower())


def _trim_company(name: str) -> str:
    name = _POSSESSIVE.sub("", name.strip(" .,;:-–—'’"))
    return _DANGLING_JOINER.sub("", name).strip()


def _names_before_team_words(source: str) -> list[str]:
    names = []
    for match in _TEAM_WORD.finditer(source):
        window = source[max(0, match.start() - _TEAM_LOOKBACK) : match.start()]
        before = _NAME_BEFORE_TEAM.search(window)
        if before:
            names.append(before.group("name"))
    return names


def _plausible_company(name: str) -> bool:
    lowered = name.lower()
    return (
        1 < len(name) <= 60
        and lowered not in _NOT_A_COMPANY
        and not _TITLE_IN_ROLE.fullmatch(lowered)
        and not lowered.startswith(("dear ", "hi ", "hello "))
    )


def _names_spelling(label: str, text: str) -> list[str]:
    """Capitalised names in ``text`` that spell ``label`` ("BrightPath Health" for brightpathhealth).

    Only the places where the label's first letters occur are tried.
    """
    lowered, prefix = text.lower(), label[:4]
    names = []
    start = lowered.find(prefix)
    while start != -1:
        match = _NAME_RUN_PATTERN.match(text, start) if start == 0 or not text[start - 1].isalnum() else None
        if match:
            name = _trim_company(match.group(0))
            if _squash(name) == label and _plausible_company(name):
                names.append(name)
        start = lowered.find(prefix, start + 1)
    return names


def _domain_label(domain: str) -> str:
    return domain.split(".")[0]


def extract_company(subject: str, text: str, from_name: str, from_email: str) -> str | None:
    """The employer's name, preferring names that the sender's own domain confirms."""
    domain = registered_domain(from_email) if "@" in from_email else ""
    company_domain = "" if not domain or domain in FREEMAIL_DOMAINS or is_ats_domain(domain) else domain
    label = _squash(_domain_label(company_domain)) if company_domain else ""
    if not label and is_ats_domain(domain):
        local = from_email.split("@", 1)[0].lower()
        if local not in {"no-reply", "noreply", "notifications", "donotreply", "do-not-reply", "jobs"}:
            label = _squash(local)

    scores: dict[str, float] = {}

    def consider(raw: str, weight: float) -> None:
        name = _trim_company(raw)
        if not _plausible_company(name):
            return
        squashed = _squash(name)
        if label and (squashed == label or squashed.startswith(label) or label.startswith(squashed)):
            weight += 3.0
        scores[name] = scores.get(name, 0.0) + weight

    for source, weight in ((subject, 1.5), (text, 1.0)):
        for match in _COMPANY_CONTEXT.finditer(source):
            consider(match.group("name"), weight)
        for name in _names_before_team_words(source):
            consider(name, weight + 0.5)
    via = _FROM_NAME_VIA.match(from_name.strip())
    if via:
        consider(via.group("org"), 2.0)
    elif _ORG_WORDS.search(from_name):
        org = _FROM_NAME_COMPANY.match(from_name.strip())
        if org:
            consider(org.group("name"), 2.0)
    if label:
        for name in _names_spelling(label, f"{subject}\n{text}"):
            scores[name] = scores.get(name, 0.0) + 2.5
    if scores:
        best = max(scores.items(), key=lambda item: (item[1], -len(item[0])))
        if best[1] >= 1.0:
            return best[0]
    if label and company_domain:
        return _domain_label(company_domain).capitalize()
    return None


def _clean_role(role: str) -> str | None:
    role = role.strip(" ,-–/(")
    role = re.sub(r"^(?:the|a|an|our|your|this)\s+", "", role, flags=re.IGNORECASE)
    role = re.sub(r"\s*\((?:remote|hybrid|on-?site|m/f/d|f/m/d|w/m/d|[a-z]{2,3}-\d+)\)\s*$", "", role,
                  flags=re.IGNORECASE)
    role = re.sub(r"\s+(?:at|with|in|for|-|–)$", "", role).strip(" ,-–")
    if not role or len(role) > 80 or not _TITLE_IN_ROLE.search(role):
        return None
    return role


def extract_role(subject: str, text: str) -> str | None:
    """The job title the mail is about, when it names one."""
    for source in (text, subject):
        for match in _ROLE_IN_CONTEXT.finditer(source):
            raw = match.group("role") or match.group("role2") or match.group("role3") or ""
            role = _clean_role(raw)
            if role:
                return role
    for piece in re.split(r"\s+(?:[-–—|:]|at|with|for)\s+|:\s*|\s+[-–—|]\s*", subject):
        piece = re.sub(r"^(?:re|fwd?|fw|aw|wg)\s*:\s*", "", piece.strip(), flags=re.IGNORECASE)
        match = _SUBJECT_ROLE.fullmatch(piece)
        if match and _TITLE_IN_ROLE.search(piece) and not re.search(
            r"\b(?:interview|invitation|invite|reminder|confirmed|confirmation|update|application)\b",
            piece,
            re.IGNORECASE,
        ):
            role = _clean_role(piece)
            if role:
                return role
    return None


def _person(raw: str) -> str | None:
    name = re.sub(r"\s*[(\[<].*$", "", raw).strip(" \"'’,")
    if "," in name:
        last, _, first = name.partition(",")
        name = f"{first.strip()} {last.strip()}"
    if not _PERSON_NAME.match(name) or _ORG_WORDS.search(name):
        return None
    if name.isupper() and len(name) > 3:
        name = name.title()
    return name


def extract_recruiter(text: str, from_name: str, organizer_name: str | None = None) -> str | None:
    """The person who wrote the mail: signature first, then the sender's display name."""
    signature_name: str | None = None
    for match in _SIGN_OFF.finditer(text):
        if match.group("same_line"):
            candidate = _person(match.group("same_line"))
        else:
            following = text[match.end():].lstrip("\n").split("\n", 1)[0]
            candidate = _person(following.strip())
        if candidate:
            signature_name = candidate
    via = _FROM_NAME_VIA.match(from_name.strip())
    sender = _person(via.group("person") if via else from_name)
    if signature_name and sender and first_name(sender) == first_name(signature_name):
        return sender if len(sender) >= len(signature_name) else signature_name
    if signature_name:
        return signature_name
    if sender:
        return sender
    intro = _INTRO.search(text)
    if intro:
        named = _person(intro.group("name"))
        if named:
            return named
    return _person(organizer_name) if organizer_name else None


def first_name(full_name: str) -> str:
    """``Dr. Jane Smith`` → ``Jane``."""
    return _HONORIFIC.sub("", full_name).split()[0]
