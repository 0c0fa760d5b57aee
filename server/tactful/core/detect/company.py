"""The employer's name.

Candidates come from the wording ("the role at Acme", "the Acme Talent team"), the
sender's display name, the signature lines and the sender's domain; a candidate that
the domain spells gets most weight.  No library does this for recruiting mail, hence
the hand-written rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

from tactful.core.detect.caseless import Caseless
from tactful.core.detect.links import FREEMAIL_DOMAINS, SCHEDULING_SENDER_DOMAINS, is_ats_domain, registered_domain
from tactful.core.detect.names import (
    NAME_RUN, NAME_RUN_PATTERN, ORG_WORDS, TITLE_IN_TEXT, fold_accents, greets, squash, without_via,
)
from tactful.core.detect.people import organiser_line, person_name
from tactful.core.subject import topic

_CONTEXT_NOUNS = (
    "position", "role", "opening", "opportunity", "job", "jobs", "career", "careers", "team", "interview",
    "internship", "vacancy", "application", "work", "working", "interviews", "onsite", "office", "offices",
    "here", "roles",
)
_CONTEXT_PHRASES = (
    "client:", "our client", "my client", "the client,",
    "interest in", "interested in", "applying to", "applied to", "apply to", "applying at", "applied at",
    "to join", "joining", "on behalf of", "welcome to", "interviewing with", "interview with", "join us at",
    "hiring team at", "recruiting team at", "talent team at", "recruiter at", "recruiter with", "recruiter for",
    "request from", "invitation from", "invite from",
    "recruiting for", "hiring for", "here at",
    # "Votre entretien avec Brasserie Numérique", "tienes una entrevista con Cerámicas Albarracín".
    "entretien avec", "entrevue avec", "entrevista con", "entrevista com", "colloquio con", "colloquio presso",
    "gespräch mit", "gespräch bei", "gesprek met", "gesprek bij", "candidature chez", "candidatura en",
    "candidatura na", "candidatura presso",
)
# The phrases that put a company name right after them ("the role at Acme", "joining Acme"),
# found in one Aho-Corasick pass: as one regex alternation they were tried at every position.
_CONTEXT = ahocorasick.Automaton()
for _phrase in (*_CONTEXT_PHRASES, *(f"{noun} {joiner}" for noun in _CONTEXT_NOUNS for joiner in ("at", "with"))):
    _CONTEXT.add_word(_phrase, _phrase)
_CONTEXT.make_automaton()
_NAME_AFTER_CONTEXT = re.compile(rf"\s+(?:the\s+)?(?P<name>{NAME_RUN})")
# "<Company> Recruiting", "<Company>'s Talent team": found from the team word backwards,
# because a pattern that starts with the name would be tried at every capital letter.
_TEAM_WORD = re.compile(r"(?:Recruiting|Recruitment|Talent|Hiring|People|HR|Careers|TA)\b")
_NAME_BEFORE_TEAM = re.compile(rf"(?P<name>{NAME_RUN})(?:'s|’s)?[ \t]+$")
_TEAM_LOOKBACK = 80
_FOLLOWING_CHARS = 60
# An event line is read as a subject whose first part is words about the meeting.
_EVENT_PREFIX = "Event: "
_EVENT_LINE_CHARS = 200
_EVENT_LINES = 3
# No subject line is longer; a longer one is cut rather than searched.
_SUBJECT_CHARS = 300
# What follows a scheduling tool's host: the day, "starts in", the end of the line.
_HOST_FOLLOWS = re.compile(r"\s*$|\s*\n| on | starts| has | is |,", re.IGNORECASE)
_PERSON_AT_ORG = re.compile(r"^(?P<person>.+?)\s+(?:at|from|@|\||-|–|—)\s+(?P<org>.+)$")
_ORG_SUFFIX = re.compile(
    r"\s+(?:(?:Graduate|Campus|Early Careers?|University|Student)\s+)?(?:Recruiting|Recruitment|Talent(?: Acquisition)?"
    r"|Human Resources"
    r"|Hiring(?: Team)?|Careers|HR|People(?: Team| Ops| Operations)?|Jobs|Team|Talent Team|Events)$"
    r"|\s+(?:Early Careers?|Graduate Programmes?|Graduates)$"
)
_TRAILING_PROGRAMME = re.compile(r"\s+(?:Early|Graduate|Campus|Student|Internship)$")
_LEGAL_SUFFIX = re.compile(
    r",?\s+(?:GmbH|Inc\.?|LLC|Ltd\.?|Limited|Pvt\.?|Pte\.?|Pty|Private Limited|AG|B\.?V\.?|N\.?V\.?|S\.?A\.?|"
    r"S\.?L\.?|S\.?p\.?A\.?|Ltda\.?|plc|PLC|Corp\.?|Corporation|Sp\.?(?: z o\.?o\.?)?|LP|LLP|Oy|AB|AS|ApS|"
    r"K\.?K\.?|SAS|SARL|S\.?r\.?l\.?|A\.?Ş\.?|S\.?A\.?S\.?|S\.?A\.?A\.?)$"
)
_LEADING_WORD = re.compile(r"^(?:The|Your|Our|At|Join|Dear|Hi|Hello|Welcome to|Team)\s+")
_POSSESSIVE = re.compile(r"(?:'s|’s)$")
_DANGLING = re.compile(r"\s+(?:and|&|of|for|the)$")
_SPACE = re.compile(r"\s")
_TIME_LIKE = r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\b(?:am|pm)\b"
# No surrounding \s* in the pattern: tried at every position of a long blank line it
# would take quadratic time; pieces are stripped afterwards instead.
_SIGNATURE_PIECES = re.compile(r"\||,|·|•| [-–—] ")
_SIGNATURE_LINE_CHARS = 200
_SIGNATURE_LINES = 8
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_GENERIC_WORDS = frozenset(
    {
        "team", "recruiting", "recruitment", "talent", "acquisition", "careers", "career", "hiring", "hr",
        "people", "operations", "ops", "notifications", "notification", "scheduling", "jobs", "staffing",
        "graduate", "graduates", "campus", "early", "candidate", "experience", "life", "at", "the", "of",
        "and", "events", "human", "resources", "no-reply", "noreply", "calendar", "google", "zoom",
        "microsoft", "teams", "meet", "linkedin", "greenhouse", "lever", "workday", "calendly", "hirevue",
        "interview", "interviews", "phone", "video", "engineering", "senior", "junior", "dear", "hi",
        "hello", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "i", "we", "you", "our", "us", "a", "an", "this", "that", "it", "my",
        "your", "dr", "mr", "mrs", "ms", "prof", "advisor", "conseillère", "en", "dotation", "coordinator", "partner", "services",
        "product", "design", "data", "research", "platform", "growth", "dotación", "recrutement", "reclutamiento",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "personalamt", "personalreferat",
        "personalabteilung", "rekrutacja", "recrutamento", "rrhh",
    }
)
# Names of the tools that send recruiting mail: they appear in footers ("Powered by ...")
# and are never the employer.
_AGENCY = re.compile(r"talent|recruit|search|staffing|select|resourcing|personnel|headhunt|consult|executive|hire")
_TOOL_NAMES = (
    r"\b(?:greenhouse|lever|workday|ashby|icims|smartrecruiters|successfactors|taleo|hirevue|calendly|goodtime|"
    r"modernloop|willo|spark ?hire|vidcruiter|teamtailor|personio|bamboohr|jobvite|workable|recruitee|pinpoint|"
    r"breezy|jazzhr|rippling|gem|paradox|linkedin|indeed|glassdoor|handshake|codility|hackerrank|codesignal|karat|"
    r"gupy|(?:welcome to )?the jungle|infojobs|stepstone|naukri|seek|jobstreet|bayt|wantedly|jobberman)\b"
)
# The domains of tools that send interview mail for employers, by their first label
# (calendly.com, fountain-mail.com): never the employer's own.
_TOOL_DOMAIN_LABELS = frozenset(
    "greenhouse lever workday ashby ashbyhq icims smartrecruiters hirevue calendly goodtime modernloop willo sparkhire "
    "vidcruiter teamtailor personio bamboohr jobvite workable recruitee pinpoint breezy jazzhr paradox harri "
    "workstream fountain cal linkedin indeed glassdoor handshake codility hackerrank codesignal karat gupy "
    "welcometothejungle infojobs stepstone naukri seek jobstreet bayt wantedly jobberman webex zoom doodle".split()
)


def _cjk_subject_bracket(subject: str) -> str | None:
    """The employer that Japanese, Chinese and Korean recruiting mail names in a bracket
    opening the subject ("【雲ノ糸株式会社】一次面接のご案内", "[나래소프트] 1차 면접 안내"),
    without its legal form; not a bracket of meeting words ("【面接日程確定】")."""
    match = _CJK_BRACKET.match(subject)
    if match is None or _CJK_MEETING_WORDS.search(match["name"]):
        return None
    name = _CJK_LEGAL_FORM.sub("", match["name"]).strip()
    return name or None


def _is_tool_domain(domain: str) -> bool:
    return domain.split(".")[0].split("-")[0] in _TOOL_DOMAIN_LABELS


_CJK_BRACKET = re.compile(r"\s*[【\[](?P<name>[^】\]\d]*[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af][^】\]\d]*)[】\]]")
_CJK_MEETING_WORDS = re.compile(r"面接|面談|面试|面試|면접|案内|안내|確定|确定|日程|通知|重要|返信|일정|결과|結果|结果|合格|录用|採用|채용|招聘")
_CJK_LEGAL_FORM = re.compile(r"株式会社|有限会社|（株）|\(株\)|股份有限公司|有限公司|주식회사|\(주\)|㈜")
# A time or a tool's name anywhere in a candidate rules it out: one search for both.
_TIME_OR_TOOL = Caseless(f"{_TIME_LIKE}|{_TOOL_NAMES}")
_NOT_IN_NAMES = re.compile(r"[@:<>()]")
# How a subject line is cut into parts; the joiners "with" and "<>" are kept to be seen.
# (The lookahead lets the search skip the letters fast.)
_SUBJECT_PARTS = re.compile(r"(?=[\s|?!:])(?:\s*(?:\||[?!]+)\s*|:\s+|\s+(?:[-–—@]|for|(with|<>|at|/))\s+)")
# "Interview: Sam Patel / Brightline Media", "Loopgrid <> Omar": a calendar's pairing of two names.
_PAIRING = ("<>", "/")
_EMAIL_LOCAL_PART = re.compile(r"([\w.+-]+)@")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# Two or more capitalised words in brackets right after words of the subject: "Product Engineer (Fernhollow Health)".
_BRACKET_AFTER_TITLE = re.compile(r"(?P<title>[\w ]{3,60}) \((?P<name>[A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){1,4})\)")
_GREETING_CHARS = 200
_JOB_WORD = re.compile(r"\b(?:interview|role|position|job|opening|vacancy)\b")
_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]+")
_LETTERS_OR_DIGITS = re.compile(r"[^\W_]+")
# Words naming a kind of meeting, which may stand before the employer in a tool's subject.
_MEETING_KINDS = frozenset(
    "recruiter hiring manager panel loop minute minutes min mins hour informal initial culture fit coding system "
    "design case study presentation assessment debrief coffee has requested asked to".split()
)
# Searched in the lower-cased part.
_MEETING_WORDS_AFTER = re.compile(
    r"(?:'s)?\s+(?:interviews?|onsite|on-site|screen|call|chat|visit|assessment|panel|final round|has invited you|"
    r"invited you|is confirmed|needs a new time|wants to interview you|would like to (?:interview|meet) you)\b"
)
# Words of a subject that say what the mail is about, never part of an employer's name.
_MEETING_WORDS = frozenset(
    "interview interviews invitation invite invited confirmed confirmation reminder update updated schedule reschedule "
    "rescheduling scheduled request canceled cancelled new time date change next step steps action required needed "
    "booking booked availability thanks thank welcome round stage final first second technical phone video virtual "
    "intro call chat screen onsite event meeting your you our we re fwd fw application offer candidate quick question "
    "tomorrow today slot slots details prep notes hello hi process ref req entrevista entretien entrevue intervju "
    "colloquio convite convocation oportunidad verschiebung einladung bestätigung terminbestätigung ihre bewerbung "
    "uitnodiging gesprek rappel votre candidature remarcação påminnelse påmindelse aktualisiert aktualisierung "
    "erinnerung herinnering invito invitación invitacion recordatorio confirmación conferma promemoria lembrete "
    "przypomnienie pozvánka inbjudan bekräftelse bevestiging daveti mahojiano cyfweliad".split()
)
_WORD = re.compile(r"[\w'’-]+")
# Particles of people's names ("Mariam Al Hashimi"): not words of an organisation's name.
_NAME_PARTICLES = frozenset({"de", "van", "von", "da", "di", "del", "der", "den", "le", "la", "du", "dos", "al", "bin"})
_GENERIC_SUBDOMAINS = frozenset(
    {"us", "eu", "uk", "mail", "email", "jobs", "hire", "app", "apply", "careers", "notifications",
     "talent", "recruiting", "www", "em", "e", "go", "click", "link", "messages", "smtp", "news"}
)
GENERIC_LOCAL_PARTS = frozenset(
    {"no-reply", "noreply", "notifications", "donotreply", "do-not-reply", "jobs", "careers", "talent",
     "recruiting", "scheduling", "hello", "info", "team", "messages-noreply", "inmail-hit-reply"}
)
# Labels that name a sector, a region or a job board rather than an employer
# ("recruitment@...health.nsw.example.au", "...@tekaupapa.govt.nz" read as "govt").
_GENERIC_DOMAIN_LABELS = frozenset(
    {"nsw", "vic", "qld", "wa", "sa", "tas", "act", "govt", "gov", "nhs", "school", "schools", "health", "uni",
     "ac", "edu", "k12", "mail", "email", "jobs", "careers", "hr", "trac", "governmentjobs", "candidates"}
)
# What a tool's display name may add after the employer's: "Nimbus Freight Interviews".
_TEAM_WORDS = frozenset({"interviews", "interview", "scheduling", "recruiting", "recruitment", "careers", "team",
                         "talent", "hiring", "jobs", "hr", "people"})
_HOST_ADDRESS = re.compile(
    r"^[ \t]*(?:organi[sz]er|host|hosted by)[ \t]*:[^\n@]{0,80}?\b([\w.+-]+@[\w-]+(?:\.[\w-]+)+)",
    re.IGNORECASE | re.MULTILINE,
)
_NOTIFICATION_LOCAL_PARTS = frozenset({"calendar-notification", "calendar-server", "notifications-noreply"})
_LOCAL_PART_TENANTS = frozenset({"myworkday.com", "myworkdayjobs.com", "taleo.net"})


def _host_domain(text: str) -> str:
    """The employer's domain in a tool's "Host:" or "Organizer:" line, if it gives an address there."""
    host = _HOST_ADDRESS.search(text)
    if host is None:
        return ""
    domain = registered_domain(host.group(1))
    return "" if domain in FREEMAIL_DOMAINS or is_ats_domain(domain) or _is_tool_domain(domain) else domain


def _tenant(address: str) -> str:
    """The employer an applicant-tracking address speaks for: ``careers@acme.icims.com``,
    ``acme@myworkday.com`` → ``acme``; ``no-reply@greenhouse.io`` names nobody."""
    local, _, host = address.lower().rpartition("@")
    domain = registered_domain(host)
    labels = [label for label in host[: -len(domain)].rstrip(".").split(".") if label]
    specific = [label for label in labels if label not in _GENERIC_SUBDOMAINS]
    if specific:
        return squash(specific[0])
    if domain in _LOCAL_PART_TENANTS and local not in GENERIC_LOCAL_PARTS:
        return squash(local)
    return ""


def _trim(name: str) -> str:
    name = _LEADING_WORD.sub("", _POSSESSIVE.sub("", name.strip(" .,;:-–—'’")))
    if _SPACE.search(name) is None:
        return name.strip(" ,")  # one word: no suffix below can follow white space in it
    name = _TRAILING_PROGRAMME.sub("", _ORG_SUFFIX.sub("", name))
    while (shorter := _LEGAL_SUFFIX.sub("", name)) != name:
        name = shorter
    return _DANGLING.sub("", name).strip(" ,")


def _plausible(name: str, squashed: str, people: frozenset[str]) -> bool:
    """Could ``name`` be an employer's name?  Cheap checks first: this runs for every candidate."""
    words = name.lower().split()
    return (
        1 < len(name) <= 60
        and not name[0].isdigit()
        and squashed not in people
        and not _NOT_IN_NAMES.search(name)
        and not all(word in _GENERIC_WORDS or word in _MEETING_WORDS for word in words)  # "Entrevista"
        and not all(word in _MEETING_KINDS for word in words)  # "Panel", "Initial" before "Interview"
        and not (any(word.isdigit() for word in words) and any(word in _GENERIC_WORDS for word in words))  # "March 19"
        and not _TIME_OR_TOOL.search(name)
    )


# Job nouns that also end companies' names ("Harbor Finance", "Summit Development").
_DEPARTMENTS = frozenset({"ops", "operations", "support", "sales", "marketing", "finance", "development", "staff",
                          "partner", "graduate", "lead"})


def _person_at_own_address(display: str, label: str) -> bool:
    """"Rangi Parata" <hello@kowhaikitchen.co.nz>: a person writing from the employer's own
    shared address, whose two-word name the domain does not spell."""
    return (len(display.split()) == 2 and person_name(display) is not None and not ORG_WORDS.search(display)
            and not _spells(label, squash(display)))


_TEAM_BEFORE_COMMA = re.compile(r"^(?P<team>[^,]+),\s+(?P<org>[^,]+)$")


def _without_team_before_comma(display: str) -> str:
    """"Academic Recruitment, University of Wrexford" → "University of Wrexford": a sender's
    name that puts the team first and the organisation after a comma.  A surname before the
    comma ("Okafor, Emeka") leaves the name as it is."""
    match = _TEAM_BEFORE_COMMA.match(display)
    if match is None:
        return display
    team = match.group("team").strip()
    if _all_generic(team) or _TEAM_WORD.search(team.rpartition(" ")[2]) and " " in team:
        return match.group("org").strip()
    return display


def _all_generic(name: str) -> bool:
    return all(word in _GENERIC_WORDS for word in _WORD.findall(name.lower()))


def _is_agency(agency: str, squashed: str) -> bool:
    """Is this name the recruitment agency's own ("Harbour" for harbourtalent.co.uk)?"""
    return _spells(agency, squashed) or len(squashed) >= 4 and agency.startswith(squashed)


def _names_another_employer(display: str, label: str) -> bool:
    """Does a system address's display name name an organisation its domain does not spell?"""
    name = _trim(display)
    main_words = [word for word in name.split() if word.lower() not in _NAME_PARTICLES]
    return (bool(name) and not _all_generic(name) and not _spells(label, squash(name))
            and NAME_RUN_PATTERN.fullmatch(name) is not None
            and (len(main_words) >= 3 or ORG_WORDS.search(name)))


def _subject_names(subject: str, text: str, templated: bool) -> Iterable[str]:
    """Parts of a subject line that are nothing but a name, where subjects put the employer:
    the first part ("Veridian Security - Threat Intel Analyst"), a part the meeting's name
    follows ("Halcyon Bank interview - change"), the part after "at" a post, or, in a tool's
    ``templated`` subject, the last part after words about the meeting ("Interview confirmed:
    Lumen Robotics").  Not the reader, whom the mail greets by name, nor a part after "with"
    (as often a person as a company)."""
    for bracket in _BRACKET_AFTER_TITLE.finditer(subject[:_SUBJECT_CHARS]) if templated else ():
        # A tool's "Intro Call - Product Engineer (Fernhollow Health)": the employer in brackets after
        # the post (a person's subject puts the candidate's name there as often).
        name = bracket.group("name")
        if TITLE_IN_TEXT.search(bracket.group("title")) and NAME_RUN_PATTERN.fullmatch(name) \
                and _MEETING_WORDS.isdisjoint(_LETTERS.findall(name.lower())) and not TITLE_IN_TEXT.search(name):
            yield name
    parts = _SUBJECT_PARTS.split(_BRACKETED.sub("", topic(subject[:_SUBJECT_CHARS])))
    pieces = [piece.strip() for piece in parts[0::2]]
    if len(pieces) < 2 and not _MEETING_WORDS_AFTER.search(subject.lower()):
        return  # one part with no meeting word after it: no part sets a name apart
    joiners = [None, *parts[1::2], None]
    for index, piece in enumerate(pieces):
        if not piece[:1].isupper() or joiners[index] == "with":
            continue
        lowered = piece.lower()
        meeting = _MEETING_WORDS_AFTER.search(lowered) if len(lowered) == len(piece) else None
        name = piece[: meeting.start()] if meeting else piece
        if not name or _DIGIT.search(name) or not NAME_RUN_PATTERN.fullmatch(name) \
                or not _MEETING_WORDS.isdisjoint(_LETTERS.findall(name.lower())) or TITLE_IN_TEXT.search(name):
            continue
        if _placed(pieces, joiners, index, name != piece and not (name.isupper() and len(name) <= 5), templated) \
                and not _attends(name, subject) and not greets(text, name.split()[0], _GREETING_CHARS):
            yield name


def _placed(pieces: list[str], joiners: list[str | None], index: int, meeting_follows: bool, templated: bool) -> bool:
    """Is the part where subjects put the employer?  (Cheapest tests first.)"""
    if index == 0 and len(pieces) > 1 or meeting_follows:  # "DPO interview" names a post, not a name
        return True
    previous = pieces[index - 1].lower() if index else ""
    last = index == len(pieces) - 1
    if joiners[index] == "at" and (TITLE_IN_TEXT.search(previous) or _JOB_WORD.search(previous)):
        return True
    if previous and TITLE_IN_TEXT.search(previous) and (not last or " " in pieces[index]):
        # "Data Engineer - Acme - call", "Analytics Engineer - Kestrel Freight"; not a
        # place alone after the title ("Data Engineer - Leeds").
        return True
    if _paired(pieces, joiners, index):
        return True
    if not templated or not previous or not _about_the_meeting(previous):
        return False
    # "Interview confirmed: Acme", "Intro call - Acme with Jo", "Invitation: Acme - Analyst"
    return last or joiners[index + 1] == "with" or bool(TITLE_IN_TEXT.search(pieces[index + 1]))


def _about_the_meeting(piece: str) -> bool:
    return all(word in _MEETING_WORDS or word in _GENERIC_WORDS or word in _MEETING_KINDS or word.isdigit()
               for word in _LETTERS_OR_DIGITS.findall(piece))


def _paired(pieces: list[str], joiners: list[str | None], index: int) -> bool:
    """Is the part one of a calendar's pair of names ("Sam Patel / Brightline Media"), not
    a title given in two languages ("Lagerchef / Warehouse Manager")?"""
    pair = (index - 1 if joiners[index] in _PAIRING else index + 1 if joiners[index + 1] in _PAIRING else None)
    return pair is not None and 0 <= pair < len(pieces) and not TITLE_IN_TEXT.search(pieces[pair])


def _attends(name: str, subject: str) -> bool:
    """Is ``name`` a guest's, whose address the calendar's subject shows ("m.castillo.dev@...")?"""
    if "@" not in subject:
        return False
    attendees = " ".join(_EMAIL_LOCAL_PART.findall(subject[:_SUBJECT_CHARS])).lower()
    return any(len(word) > 2 and word in attendees for word in map(squash, name.split()))


def _event_names(text: str) -> Iterable[str]:
    """Names in a scheduling tool's event line ("Event type: Intro call – Brisa Solar
    (Project Engineer)"), read like a tool's subject."""
    start, lines = text.find("Event "), 0
    while start != -1 and lines < _EVENT_LINES:
        line = text[start: start + _EVENT_LINE_CHARS].partition("\n")[0]
        label, colon, value = line.partition(":")
        if colon and label.lower() in ("event type", "event name", "event"):
            lines += 1
            yield from _subject_names(f"{_EVENT_PREFIX}{value.strip()}", text, True)
        start = text.find("Event ", start + 1)


def _names_after_context(source: str, hosts_follow_with: bool = False) -> Iterable[str]:
    """Names after the phrases that lead to an employer, less the people among them: one
    whose job title follows in brackets ("interview with Ruth Adler (Head of Data)"), and,
    in a scheduling tool's mail (``hosts_follow_with``), the host after "with" at the end of
    its line or before the day ("Intro call with Dana Kim on Thursday")."""
    lowered = source.lower()
    if len(lowered) != len(source):  # a few characters change length when lower-cased
        return
    for end, phrase in _CONTEXT.iter(lowered):
        start = end + 1 - len(phrase)
        if start > 0 and lowered[start - 1].isalnum():
            continue
        after = _NAME_AFTER_CONTEXT.match(source, end + 1)
        if after is None:
            continue
        following = source[after.end(): after.end() + _FOLLOWING_CHARS]
        titled = following.startswith(" (") and TITLE_IN_TEXT.search(following.partition(")")[0])
        hosted = hosts_follow_with and phrase.endswith("with") and _HOST_FOLLOWS.match(following) is not None
        if not titled and not hosted:
            yield after.group("name")


def _names_before_team_words(source: str) -> Iterable[str]:
    for match in _TEAM_WORD.finditer(source):
        start = max(0, match.start() - _TEAM_LOOKBACK)
        # A name holds no line break: the window starts on the team word's line (or on the
        # line above when the word opens its line, for "Acme \nTalent").
        start = max(start, source.rfind("\n", start, max(start, match.start() - 1)) + 1)
        before = _NAME_BEFORE_TEAM.search(source[start : match.start()])
        if before:
            yield before.group("name")


def _signature_names(text: str) -> Iterable[str]:
    """Capitalised pieces of the last lines: "Senior Recruiter, Acme Corp" gives "Acme Corp"."""
    for line in _last_lines(text, _SIGNATURE_LINES):
        if len(line) > _SIGNATURE_LINE_CHARS:
            continue
        for piece in _SIGNATURE_PIECES.split(line):
            piece = piece.strip()
            # A name begins with a capital or a digit: other pieces are not tried.
            if (piece[:1] in _CAPITALS or piece[:1].isdecimal()) and NAME_RUN_PATTERN.fullmatch(piece) \
                    and not TITLE_IN_TEXT.search(piece):
                yield piece


def _last_lines(text: str, count: int) -> list[str]:
    """The last ``count`` lines that are not blank, stripped, read from the end up."""
    lines: list[str] = []
    for line in reversed(text.splitlines()):
        stripped = line.strip()
        if stripped:
            lines.append(stripped)
            if len(lines) == count:
                break
    lines.reverse()
    return lines


def _names_spelling(label: str, text: str) -> Iterable[str]:
    """Capitalised names in ``text`` that the domain label spells, or begins with.

    Only the places where the label's first letters occur are tried.
    """
    lowered, prefix = text.lower(), label[:4]
    if len(lowered) != len(text):  # a few characters ("İ") grow when lower-cased: those stay as they are
        lowered = "".join(char if len(char.lower()) != 1 else char.lower() for char in text)
    lowered = fold_accents(lowered)
    start = lowered.find(prefix)
    while start != -1:
        match = NAME_RUN_PATTERN.match(text, start) if start == 0 or not text[start - 1].isalnum() else None
        if match and _spells(label, squash(_trim(match.group(0)))):
            yield match.group(0)
        start = lowered.find(prefix, start + 1)


def _spells(label: str, squashed: str) -> bool:
    """Does the domain label name this company ("fieldnotestudio" and "Fieldnote Studio")?"""
    if not label or not squashed:
        return False
    if squashed == label or squashed.startswith(label):
        return True
    if label.startswith(squashed):
        return len(squashed) >= max(4, len(label) // 2)
    shared = len(_common_prefix(label, squashed))
    return shared >= 6 and shared >= 0.6 * len(label)


# How much of the quoted thread is read for the company's name: the message just answered.
_HISTORY_CHARS = 3000
# A sentence's capitalised "I" runs on from a name: "Loopbright and I'd love to".
_FIRST_PERSON = re.compile(r"\bI(?:'[a-z]{1,2}|’[a-z]{1,2})?(?!\w)")
_SKIPPABLE = frozenset({"of", "for", "and", "the", "de", "du", "des", "la", "le", "der", "die", "und", "at"})
_ABBREVIATION_WORDS = 6


def _abbreviates(label: str, name: str) -> bool:
    """Is the domain label the name cut short word by word ("univbrackenridge" for
    University of Brackenridge, "veridiansec" for Veridian Security), or its initials
    (three words or more: "cmds" for Canada Marine Data Service)?"""
    if not label or len(label) < 3 or name[:1].lower() != label[0] or " " not in name:
        return False
    words = [squash(word) for word in name.split()]
    words = [word for word in words if word]
    if not 2 <= len(words) <= _ABBREVIATION_WORDS:
        return False
    seen: dict[tuple[int, int], bool] = {}

    def rest_matches(start: int, index: int, longest: int) -> bool:
        """Does ``label[start:]`` abbreviate ``words[index:]``?  ``longest``: the longest
        piece taken so far (initials alone need three words)."""
        if index == len(words):
            return start == len(label) and (longest > 1 or len(words) >= 3)
        key = (start, index * 64 + min(longest, 2))
        if key not in seen:
            word = words[index]
            found = word in _SKIPPABLE and rest_matches(start, index + 1, longest)
            size = len(_common_prefix(word, label[start:]))
            while not found and size > 0:
                found = rest_matches(start + size, index + 1, max(longest, size))
                size -= 1
            seen[key] = found
        return seen[key]

    return rest_matches(0, 0, 0)


def _common_prefix(first: str, second: str) -> str:
    size = 0
    for a, b in zip(first, second):
        if a != b:
            break
        size += 1
    return first[:size]


# Words that end many company names; a domain label is split before them.
_NAME_ENDINGS = tuple(sorted((
    "analytics", "capital", "consulting", "digital", "electric", "energy", "foods", "games", "group", "health",
    "hospital", "insurance", "labs", "logistics", "media", "medical", "mobility", "outdoor", "partners", "retail",
    "robotics", "software", "solutions", "studio", "studios", "systems", "tech", "technologies", "ventures",
    "architects", "architecture", "pay", "payments", "electrical", "freight", "builders", "construction", "cloudworks",
    "homes", "mutual", "bank", "hospitality", "kitchen", "diner", "cafe", "coffee", "dental", "clinic", "legal",
    "engineering", "industries", "networks", "security", "pharma", "motors", "travel", "recruitment", "staffing",
    "search", "talent", "resourcing", "plumbing", "landscaping", "roofing", "telecom", "trattoria", "pharmacy",
    "bakery", "hotel", "hotels", "clinics", "credit", "dairy", "farms", "supply", "marine",
), key=len, reverse=True))
# Words that open company names in several languages ("grupoaltamar" → Grupo Altamar).
_NAME_OPENINGS = ("grupo", "groupe", "gruppo", "banco", "maison", "casa")
# Words a domain adds to a name ("driftlineapp", "brightfieldhq").
_DOMAIN_TAILS = ("app", "hq")
_VOWEL = re.compile(r"[aeiouy]")


def _readable(domain_label: str) -> str:
    """``northwind-analytics`` → ``Northwind Analytics``, ``oxbowstudio`` → ``Oxbow Studio``:
    the last resort, from the domain.  Short parts (``-az``, ``-uk``) are places, not names;
    empty when a part is an abbreviation ("cmds-scdm", "uni-heidelberg"), which no reply should spell out."""
    parts = [part for part in domain_label.split("-") if len(part) > 2]
    if any(len(part) == 3 or not _VOWEL.search(part) for part in parts):
        return ""  # "cmds-scdm", "uni-heidelberg": letters of an abbreviation, not words
    words = []
    for part in parts:
        tail = next((tail for tail in _DOMAIN_TAILS if part.endswith(tail) and len(part) > len(tail) + 5), "")
        part = part[: len(part) - len(tail)]
        opening = next((word for word in _NAME_OPENINGS if part.startswith(word) and len(part) > len(word) + 2), "")
        if opening:
            words.append(opening)
            part = part[len(opening):]
        ending = next((end for end in _NAME_ENDINGS if part.endswith(end) and len(part) > len(end) + 2), None)
        words.extend([part[: -len(ending)], ending] if ending else [part])
    return " ".join(word.capitalize() for word in words)


# Second-level labels under a country's code ("co.ke", "com.pe", "or.ke") that the short list
# of suffixes in ``links`` does not hold: the organisation's label is the one before them.
_SECOND_LEVEL = frozenset({"co", "com", "or", "org", "ac", "gov", "net", "edu", "go", "ne", "gob", "nic"})


def _with_country_suffix(address: str, domain: str) -> str:
    """``rift-energy.co.ke`` rather than ``co.ke`` for an address at rift-energy.co.ke."""
    labels = domain.split(".")
    if len(labels) != 2 or labels[0] not in _SECOND_LEVEL or len(labels[1]) != 2:
        return domain
    host = address.rpartition("@")[2].lower().rstrip(".>")
    return ".".join(host.split(".")[-3:]) if host.count(".") >= 2 else domain


def extract_company(
    subject: str, text: str, from_name: str, from_email: str, people: Iterable[str] = (), history: str = "",
    readers: Iterable[str] = (),
) -> str | None:
    """The employer's name, preferring names that the sender's own domain spells.

    ``people`` are names of persons in the mail (the recruiter, the sender): never a company;
    nor is a name that a reader's address spells ("Jordan Okafor", jordan.okafor.dev@…),
    ``readers`` being the addresses the mail went to.
    ``history`` is the quoted thread: read only for the name the domain spells, when the
    newest text names no company ("Alcotán Logística" signed in the first mail of the thread).
    """
    bracketed = _cjk_subject_bracket(subject)
    if bracketed:
        return bracketed
    named = [person for person in people if person]
    known_people = frozenset(squash(person) for person in named)
    # A signature line with a person's first name alone ("Grant" for Grant Sullivan) is no company either.
    people_or_first_names = known_people | frozenset(squash(person.split()[0]) for person in named if " " in person)
    domain = _with_country_suffix(from_email, registered_domain(from_email)) if "@" in from_email else ""
    local = from_email.rpartition("@")[0].lower()
    from_system = is_ats_domain(domain) or local in GENERIC_LOCAL_PARTS
    notification = local in _NOTIFICATION_LOCAL_PARTS
    own_domain = "" if not domain or domain in FREEMAIL_DOMAINS or is_ats_domain(domain) or notification else domain
    if own_domain and _is_tool_domain(own_domain):
        # goodtime.io, harri.com: a scheduling or hiring tool's own domain sends for the employer.
        from_system, own_domain = True, ""
    if from_system and not own_domain:
        # A meeting tool's invitation gives its host's address: "Host: Helga Sørum (helga.sorum@norrfjell.no)".
        own_domain = _host_domain(text)
    label = squash(own_domain.split(".")[0]) if own_domain else _tenant(from_email) if domain else ""
    if label in _GENERIC_DOMAIN_LABELS:
        own_domain = label = ""
    agency = agency_domain = ""
    if _AGENCY.search(label):
        # A recruitment agency's domain names the agency; the employer is its client.
        agency, agency_domain, own_domain, label = label, own_domain, "", ""
    display = _without_team_before_comma(without_via(from_name))
    if own_domain and local in GENERIC_LOCAL_PARTS and _names_another_employer(display, label):
        # "Clearwater Credit Union" <noreply@vidscreen.io>: the domain is the tool's.
        own_domain = label = ""
    scores: dict[str, float] = {}
    reader_locals = [squash(address.rpartition("@")[0]) for address in readers]

    judged: dict[tuple[str, frozenset[str]], tuple[str, float] | None] = {}

    def judge(raw: str, people: frozenset[str]) -> tuple[str, float] | None:
        """The trimmed name and its domain bonus, or None when it cannot be a company."""
        name = _trim(raw)
        squashed = squash(name)
        if not _plausible(name, squashed, people) or agency and _is_agency(agency, squashed):
            return None
        if " " in name and any(squashed in local for local in reader_locals):
            return None
        if _spells(label, squashed) or _abbreviates(label, name):
            return name, 3.0
        last = name.rpartition(" ")[2].lower()
        if TITLE_IN_TEXT.fullmatch(last) and last not in _DEPARTMENTS:
            return None  # "Claims Associate", unless the domain spells it ("Parcel Pilot")
        return name, 0.0

    def consider(raw: str, weight: float, people: frozenset[str] = known_people) -> None:
        key = (raw, people)
        if key not in judged:
            judged[key] = judge(raw, people)
        verdict = judged[key]
        if verdict is not None:
            name, bonus = verdict
            scores[name] = scores.get(name, 0.0) + weight + bonus

    hosts_follow_with = domain in SCHEDULING_SENDER_DOMAINS
    for source, weight in ((subject, 1.5), (text, 1.0)):
        for name in _names_after_context(source, hosts_follow_with):
            consider(name, weight)
        for name in _names_before_team_words(source):
            consider(name, weight + 0.5)
    person_at_org = _PERSON_AT_ORG.match(display)
    if person_at_org:
        # "Jane Doe at Acme", or "Acme - Recruitment" / "HR - City of Halton" (a team on one side).
        org, other = person_at_org.group("org"), person_at_org.group("person")
        if _all_generic(_trim(org)) or _all_generic(other):
            org = other if _all_generic(_trim(org)) else org
            consider(org, 2.0, frozenset())
        else:
            consider(org, 2.0)
    elif from_system and not (own_domain and _person_at_own_address(display, label)):
        # A system address shows the employer's name, or the recruiter's it sends for.
        consider(display, 1.0, frozenset())
    elif ORG_WORDS.search(display) or squash(display) not in known_people:
        consider(display, 1.0)
    for name in _signature_names(text):
        consider(name, 0.75, people_or_first_names)
    organiser = organiser_line(text)
    if organiser and organiser[1]:
        consider(organiser[1], 1.5)  # "Organizer: Dana Kim, Riverstone Games"
    if label:
        for name in _names_spelling(label, f"{subject}\n{text}"):
            consider(name, 1.0)
    for name in (*_subject_names(subject, text, from_system or notification), *_event_names(text)):
        # A short form in the subject ("Brightwater - ...") counts for the full name the
        # text gives when the domain spells that one (brightwateranalytics.com).
        fuller = next((known for known in scores if known.startswith(name + " ") and label.startswith(squash(known))),
                      name)
        consider(fuller, 1.5)
    for name in [name for name in scores if " of " in name or " for " in name]:
        # "City of Lakeshore" (or "University of Dunmore", "Department for Regional Growth") is
        # the full name of the "Lakeshore" that lakeshore.ca spells: its mentions count for it.
        place = name.rpartition(" of " if " of " in name else " for ")[2]
        if place in scores and label and _spells(label, squash(place)):
            scores[name] += scores.pop(place)
    if scores:
        best, score = max(scores.items(), key=lambda item: (item[1], -len(item[0])))
        if label and squash(best) != label:
            # "FreshWay" said often, "FreshWay Grocers" once: the name the domain spells in full.
            # "Larkspur" in the subject, "Larkspur Retail Group" signed, larkspurretail.com: the fuller one.
            longer = [name for name in scores if name.startswith(best + " ") and (
                squash(name) == label or len(label) > len(squash(best)) and squash(name).startswith(label))]
            best = min(longer, key=lambda name: (squash(name) != label, len(name)), default=best)
        elif not label and from_system and _trim(display).startswith(best + " ") and _trim(display) in scores \
                and _trim(display).rpartition(" ")[2].lower() not in _TEAM_WORDS:
            # "Quarrystone Talent" signed, "Quarrystone Games" <no-reply@sparkhire.com>: the tool
            # shows the employer's full name.
            best = _trim(display)
        if score >= 1.0:
            return best
    if own_domain:
        spelled = (judge(name, known_people) for name in _names_spelling(label, history[:_HISTORY_CHARS]))
        return next((verdict[0] for verdict in spelled if verdict and verdict[1] and not _FIRST_PERSON.search(verdict[0])),
                    None) or _readable(own_domain.split(".")[0]) or None
    return _agency_name(agency, agency_domain, f"{display}\n{subject}\n{text}") if agency else None


def _agency_name(agency: str, agency_domain: str, text: str) -> str | None:
    """The recruitment agency's own name, for mail that names no client: the reader deals
    with the agency.  As the text spells it ("Harbourstone Search"), else from its domain."""
    for name in _names_spelling(agency, text):
        # "Vistula Talent", "Keystone Staffing": the agency's words are its name, kept whole.
        name = _POSSESSIVE.sub("", name.strip(" .,;:-–—'’"))
        while (shorter := _LEGAL_SUFFIX.sub("", name)) != name:
            name = shorter
        if _spells(agency, squash(name)):
            return name
    return _readable(agency_domain.split(".")[0]) or None
