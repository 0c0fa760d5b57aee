"""Links and sender domains that recruiting mail carries, and what each one means."""

from __future__ import annotations

import re
from dataclasses import dataclass

_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)
_TRAILING_PUNCT = ".,;:!?"

# Video-meeting hosts: a link here is where the interview happens.
_MEETING = re.compile(
    r"^https?://(?:[\w-]+\.)*(?:zoom\.us/(?:j|my|w|s)/|meet\.google\.com/|teams\.microsoft\.com/"
    r"|teams\.live\.com/|[\w-]+\.webex\.com/|whereby\.com/|bluejeans\.com/|chime\.aws/"
    r"|meet\.jit\.si/|gotomeet(?:ing)?\.(?:com|me)/|global\.gotomeeting\.com/|app\.coderpad\.io/"
    r"|hirevue\.com/|app\.hirevue\.com/|spark\.hire|vidcruiter\.com/|willo\.video/)",
    re.IGNORECASE,
)

# Self-scheduling pages: a link here lets the candidate pick the time.
_SCHEDULING = re.compile(
    r"^https?://(?:[\w-]+\.)*(?:calendly\.com/|goodtime\.io/|app\.goodtime\.io/|calendar\.app\.google/"
    r"|calendar\.google\.com/calendar/(?:u/\d+/)?appointments/|youcanbook\.me|savvycal\.com/|cal\.com/"
    r"|meetings\.hubspot\.com/|zcal\.co/|tidycal\.com/|doodle\.com/|outlook\.office(?:365)?\.com/"
    r"(?:owa/calendar/|book/)|book(?:ings|ing)?\.[\w-]+\.\w+/|modernloop\.io/|paradox\.ai/"
    r"|(?:app|candidate)\.ashbyhq\.com/|jobs\.ashbyhq\.com/.*schedul|app\.greenhouse\.io/.*schedul"
    r"|[\w.-]*greenhouse\.io/(?:candidate_)?schedul|[\w.-]*lever\.co/.*(?:schedul|interview)"
    r"|[\w.-]*myworkday(?:jobs)?\.com/.*(?:schedul|interview)|[\w.-]*smartrecruiters\.com/.*schedul"
    r"|[\w.-]*icims\.com/.*schedul|[\w.-]*gem\.com/.*schedul|[\w.-]*yello\.co/|[\w.-]*x\.ai/"
    r"|.*/(?:schedule|scheduling|book|booking|appointments?)(?:[/?#]|$))",
    re.IGNORECASE,
)

# Domains that send mail on an employer's behalf; the sender domain then names no company.
ATS_DOMAINS: frozenset[str] = frozenset(
    {
        "greenhouse.io", "greenhouse-mail.io", "lever.co", "hire.lever.co", "myworkday.com",
        "myworkdayjobs.com", "workday.com", "ashbyhq.com", "smartrecruiters.com", "icims.com",
        "taleo.net", "successfactors.com", "successfactors.eu", "bamboohr.com",
        "jobvite.com", "teamtailor.com", "teamtailor-mail.com", "personio.de", "personio.com",
        "hirevue.com", "goodtime.io", "calendly.com", "modernloop.io", "paradox.ai", "willo.video",
        "sparkhire.com", "vidcruiter.com", "hirevue-mail.com", "myworkday-mail.com",
        "linkedin.com", "indeed.com", "glassdoor.com", "ziprecruiter.com", "workable.com",
        "workablemail.com", "recruitee.com", "breezy.hr", "jazzhr.com", "applytojob.com",
        "gem.com", "beamery.com", "avature.net", "phenom.com", "eightfold.ai", "dover.com",
        "wellfound.com", "hired.com", "otta.com", "welcometothejungle.com", "join.com",
        "pinpointhq.com", "comeet.co", "rippling.com", "gusto.com", "hibob.com", "bullhorn.com",
        "cvent.com", "yello.co", "symplicity.com", "handshake.com", "joinhandshake.com",
        "hackerrank.com", "codility.com", "codesignal.com", "testgorilla.com", "karat.io", "karat.com",
    }
)

SCHEDULING_SENDER_DOMAINS: frozenset[str] = frozenset(
    {"calendly.com", "goodtime.io", "modernloop.io", "paradox.ai", "gem.com", "yello.co"}
)

# Addresses of people at no particular company.
FREEMAIL_DOMAINS: frozenset[str] = frozenset(
    {
        "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "hotmail.com", "outlook.com",
        "live.com", "msn.com", "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com",
        "gmx.de", "gmx.net", "web.de", "mail.com", "zoho.com", "yandex.ru", "fastmail.com", "hey.com",
        "pm.me", "tutanota.com", "posteo.de", "mailbox.org", "outlook.fr", "hotmail.co.uk", "yahoo.co.in",
        "rediffmail.com", "qq.com", "163.com", "naver.com", "icloud.com", "aol.co.uk", "bigpond.com",
        # National providers people apply from: Italy, France, Germany, the Netherlands, Scandinavia,
        # Poland, Czechia, Brazil, the UK and elsewhere.
        "libero.it", "virgilio.it", "alice.it", "tiscali.it", "orange.fr", "free.fr", "laposte.net", "sfr.fr",
        "wanadoo.fr", "gmx.at", "gmx.ch", "t-online.de", "freenet.de", "ziggo.nl", "kpnmail.nl", "telia.com",
        "online.no", "wp.pl", "o2.pl", "onet.pl", "interia.pl", "seznam.cz", "uol.com.br", "bol.com.br",
        "terra.com.br", "btinternet.com", "sky.com", "virginmedia.com", "yahoo.fr", "yahoo.de", "yahoo.es",
        "yahoo.it", "hotmail.fr", "hotmail.es", "hotmail.it", "hotmail.de", "live.co.uk", "mail.ru",
        "optusnet.com.au", "xtra.co.nz", "shaw.ca", "rogers.com", "sympatico.ca", "comcast.net", "verizon.net",
        "videotron.ca", "telus.net", "bell.net", "cogeco.ca", "eastlink.ca",
        "att.net", "sbcglobal.net",
    }
)


@dataclass(frozen=True)
class Links:
    meeting: str | None
    scheduling: str | None


def find_urls(text: str) -> list[str]:
    """Every http(s) URL in ``text``, in order, without trailing punctuation."""
    return [match.group(0).rstrip(_TRAILING_PUNCT) for match in _URL.finditer(text)]


def classify_links(urls: list[str]) -> Links:
    """The first meeting link and the first self-scheduling link among ``urls``."""
    meeting = next((url for url in urls if _MEETING.match(url)), None)
    scheduling = next((url for url in urls if _SCHEDULING.match(url) and url != meeting), None)
    return Links(meeting=meeting, scheduling=scheduling)


def registered_domain(address_or_host: str) -> str:
    """``jane@mail.acme.co.uk`` → ``acme.co.uk``; ``no-reply@us.greenhouse-mail.io`` → ``greenhouse-mail.io``.

    A short list of two-level suffixes stands in for the full public-suffix list: only
    the organisation's own label matters here, and mail from the countries recruiting
    mail comes from uses these.  The reserved name ``example`` (RFC 2606) counts as part
    of the suffix, so ``hr@acme.example.com`` belongs to ``acme``.
    """
    host = address_or_host.rsplit("@", 1)[-1].strip().lower().rstrip(".>")
    labels = host.split(".")
    suffix = 2 if len(labels) >= 3 and ".".join(labels[-2:]) in _TWO_LEVEL_SUFFIXES else 1
    if suffix == 2 and labels[-2] == "gov" and len(labels) >= 4 and len(labels[-3]) <= 3:
        suffix = 3  # a state's government: health.nsw.gov.au belongs to "health"
    if len(labels) > suffix + 1 and labels[-suffix - 1] == "example":
        suffix += 1
    return ".".join(labels[-suffix - 1 :])


_TWO_LEVEL_SUFFIXES = frozenset(
    {
        "co.uk", "org.uk", "ac.uk", "gov.uk", "com.au", "net.au", "org.au", "gov.au", "edu.au",
        "co.in", "co.nz", "co.jp", "co.za", "com.br", "com.mx", "com.sg", "com.hk", "co.kr",
        "com.ar", "com.co", "com.tr", "co.il", "gc.ca", "gov.in", "nhs.uk", "co.ke", "or.ke", "com.pe", "com.uy",
        "com.pl", "com.cn", "com.tw", "com.my", "com.ph", "com.ng", "co.id", "or.jp", "ac.in", "edu.in",
    }
)


# Tools send from many domains of their own ("smartrecruiters-mail.com", "hirevue-mail.com").
_ATS_BRANDS = (
    "greenhouse", "smartrecruiters", "myworkday", "icims", "taleo", "successfactors", "bamboohr", "jobvite",
    "teamtailor", "personio", "hirevue", "ashbyhq", "workable", "recruitee", "jazzhr", "breezy", "lever.co",
)


# One search for all the brands: this runs several times for every message.
_ATS_BRAND = re.compile("|".join(re.escape(brand) for brand in _ATS_BRANDS))


# A recruiting team's shared address ("careers@", "talent.acquisition@", "rekrutacja@",
# "saiyo@"): mail from it is about hiring whatever language its words are in.
_RECRUITING_LOCAL_PART = re.compile(
    r"(?:^|[._+-])(?:careers?|jobs?|talent\w*|recruit\w*|hiring|hr|rh|rrhh|karriere|bewerbung\w*|recrutement"
    r"|recrutamento|reclutamiento|seleccion|empleo|vagas|werving|rekrytering|rekruttering|rekrutacja|saiyo|saiyou|jinji"
    r"|zhaopin)(?:$|[._+-])"
)


# A mailing list's sending address ("newsletter@", "digest@"): bulk mail, never one person's.
_BULK_LOCAL_PART = re.compile(r"(?:^|[._+-])(?:newsletters?|digest|news|marketing|promotions?)(?:$|[._+-])")


def is_bulk_address(address: str) -> bool:
    """Whether ``address`` is a newsletter's or a digest's sending address."""
    return _BULK_LOCAL_PART.search(address.rpartition("@")[0].lower()) is not None


def is_recruiting_address(address: str) -> bool:
    """Whether ``address`` is a recruiting team's shared mailbox."""
    return _RECRUITING_LOCAL_PART.search(address.rpartition("@")[0].lower()) is not None


def is_ats_domain(domain: str) -> bool:
    """``domain`` or one of its parent domains sends mail for applicant tracking systems."""
    parent = domain
    while "." in parent:
        if parent in ATS_DOMAINS:
            return True
        parent = parent.partition(".")[2]
    return _ATS_BRAND.search(domain) is not None
