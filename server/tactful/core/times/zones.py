"""Time-zone mentions: find them in text and map each to an IANA zone or a fixed offset.

No library maps the abbreviations people write ("ET", "PST", "UK time", "(GMT+1)") to
zones, because abbreviations are ambiguous by nature; the choices below are ours:

* Abbreviations name a *region*, not an offset: "EST" written for a July date means the
  sender's Eastern local time, so every abbreviation maps to the IANA zone and the real
  offset on the interview date comes from tzdata (EST in July gives -04:00).
* CET/CEST map to Europe/Berlin: Paris, Berlin, Madrid, Rome... have had the same rules
  since 1980, so the choice changes only the displayed name; Berlin is the most populous.
* IST means India Standard Time (by far the commonest use in hiring mail) unless the
  message mentions Ireland/Dublin (Irish Standard Time) or Israel/Tel Aviv (Israel).
* CST means US Central, not China; MST means US Mountain (America/Denver), unless the
  message names Arizona or one of its cities, which keep MST all year.
* AST means Arabia Standard Time unless the message says "Atlantic" or names a place of
  Atlantic Canada (Halifax, Nova Scotia...), where it is Atlantic Standard Time.
* GMT alone means UK local time, as British senders use it; "GMT+1" is a fixed offset.
* Two-letter forms (ET, CT, MT, PT) and bare region words ("Eastern") are *weak*: they
  also mean US states or ordinary words, so they count only next to a time or in
  parentheses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


@dataclass(frozen=True)
class Zone:
    """A resolved zone: ``name`` is an IANA key, ``UTC`` or a fixed offset ``UTC+05:30``."""

    name: str
    tz: tzinfo


@dataclass(frozen=True)
class ZoneMention:
    """A zone written in the text at ``[start, end)``; ``weak`` ones need a time beside them."""

    start: int
    end: int
    zone: Zone
    weak: bool


_IST_INDIA = "Asia/Kolkata"

# Upper-case abbreviations, matched case-sensitively.
_ABBREVIATIONS: dict[str, str] = {
    "EST": "America/New_York", "EDT": "America/New_York", "ET": "America/New_York",
    "CST": "America/Chicago", "CDT": "America/Chicago", "CT": "America/Chicago",
    "MST": "America/Denver", "MDT": "America/Denver", "MT": "America/Denver",
    "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles", "PT": "America/Los_Angeles",
    "AKST": "America/Anchorage", "AKDT": "America/Anchorage", "HST": "Pacific/Honolulu",
    # Atlantic and Newfoundland Canada; "AST" is Arabia Standard Time unless the message is
    # from Atlantic Canada (see ``_abbreviations``).
    "ADT": "America/Halifax", "NST": "America/St_Johns", "NDT": "America/St_Johns", "AST": "Asia/Riyadh",
    "GMT": "Europe/London", "BST": "Europe/London", "UK": "Europe/London", "UTC": "UTC",
    "WET": "Europe/Lisbon", "WEST": "Europe/Lisbon",
    "CET": "Europe/Berlin", "CEST": "Europe/Berlin", "MEZ": "Europe/Berlin", "MESZ": "Europe/Berlin",
    "EET": "Europe/Athens", "EEST": "Europe/Athens", "MSK": "Europe/Moscow",
    "IST": _IST_INDIA, "IDT": "Asia/Jerusalem", "GST": "Asia/Dubai", "PKT": "Asia/Karachi",
    "SGT": "Asia/Singapore", "JST": "Asia/Tokyo", "HKT": "Asia/Hong_Kong", "KST": "Asia/Seoul",
    "ICT": "Asia/Bangkok", "WIB": "Asia/Jakarta", "PHT": "Asia/Manila",
    "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney", "ACST": "Australia/Adelaide",
    "ACDT": "Australia/Adelaide", "AWST": "Australia/Perth",
    "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland",
    "SAST": "Africa/Johannesburg", "WAT": "Africa/Lagos", "EAT": "Africa/Nairobi",
    "BRT": "America/Sao_Paulo", "ART": "America/Argentina/Buenos_Aires",
    "COT": "America/Bogota", "PET": "America/Lima", "CLT": "America/Santiago",
    "CLST": "America/Santiago", "VET": "America/Caracas", "BOT": "America/La_Paz",
    "UYT": "America/Montevideo", "PYT": "America/Asuncion",
}
# Weak: also words or places ("ART", "PET", "UK-based").
# "MSK" is also musculoskeletal ("Physiotherapist (MSK)"), "AST" an abstract syntax tree.
_WEAK_ABBREVIATIONS = frozenset({"ET", "CT", "MT", "PT", "WAT", "EAT", "ART", "PET", "BOT", "VET", "UK", "MSK", "AST"})

# "<place> time", matched case-insensitively; keys are lower case.
_PLACES: dict[str, str] = {
    "uk": "Europe/London", "london": "Europe/London", "british": "Europe/London",
    "britain": "Europe/London", "irish": "Europe/Dublin", "ireland": "Europe/Dublin",
    "dublin": "Europe/Dublin", "lisbon": "Europe/Lisbon", "portugal": "Europe/Lisbon",
    "paris": "Europe/Paris", "france": "Europe/Paris", "berlin": "Europe/Berlin",
    "germany": "Europe/Berlin", "german": "Europe/Berlin", "munich": "Europe/Berlin",
    "amsterdam": "Europe/Amsterdam", "madrid": "Europe/Madrid", "spain": "Europe/Madrid",
    "barcelona": "Europe/Madrid", "rome": "Europe/Rome", "milan": "Europe/Rome",
    "zurich": "Europe/Zurich", "stockholm": "Europe/Stockholm", "copenhagen": "Europe/Copenhagen",
    "oslo": "Europe/Oslo", "warsaw": "Europe/Warsaw", "prague": "Europe/Prague",
    "vienna": "Europe/Vienna", "brussels": "Europe/Brussels", "helsinki": "Europe/Helsinki",
    "athens": "Europe/Athens", "kyiv": "Europe/Kyiv", "istanbul": "Europe/Istanbul",
    "moscow": "Europe/Moscow", "european": "Europe/Berlin",
    "india": _IST_INDIA, "indian": _IST_INDIA, "bangalore": _IST_INDIA, "bengaluru": _IST_INDIA,
    "mumbai": _IST_INDIA, "delhi": _IST_INDIA, "hyderabad": _IST_INDIA, "pune": _IST_INDIA,
    "chennai": _IST_INDIA, "dubai": "Asia/Dubai", "israel": "Asia/Jerusalem",
    "tel aviv": "Asia/Jerusalem", "singapore": "Asia/Singapore", "tokyo": "Asia/Tokyo",
    "japan": "Asia/Tokyo", "seoul": "Asia/Seoul", "korea": "Asia/Seoul",
    "hong kong": "Asia/Hong_Kong", "shanghai": "Asia/Shanghai", "beijing": "Asia/Shanghai",
    "china": "Asia/Shanghai", "manila": "Asia/Manila", "jakarta": "Asia/Jakarta",
    "bangkok": "Asia/Bangkok", "sydney": "Australia/Sydney", "melbourne": "Australia/Melbourne",
    "brisbane": "Australia/Brisbane", "perth": "Australia/Perth", "auckland": "Pacific/Auckland",
    "new zealand": "Pacific/Auckland", "nz": "Pacific/Auckland", "wellington": "Pacific/Auckland",
    "new york": "America/New_York", "nyc": "America/New_York",
    "boston": "America/New_York", "toronto": "America/Toronto", "chicago": "America/Chicago",
    "austin": "America/Chicago", "dallas": "America/Chicago", "denver": "America/Denver",
    "seattle": "America/Los_Angeles", "vancouver": "America/Vancouver",
    "san francisco": "America/Los_Angeles", "sf": "America/Los_Angeles",
    "los angeles": "America/Los_Angeles", "la": "America/Los_Angeles", "california": "America/Los_Angeles",
    "mexico city": "America/Mexico_City", "mexico": "America/Mexico_City",
    "sao paulo": "America/Sao_Paulo", "são paulo": "America/Sao_Paulo", "brasília": "America/Sao_Paulo",
    "brasilia": "America/Sao_Paulo", "brazil": "America/Sao_Paulo", "brazilian": "America/Sao_Paulo",
    "rio": "America/Sao_Paulo", "buenos aires": "America/Argentina/Buenos_Aires",
    "argentina": "America/Argentina/Buenos_Aires", "bogotá": "America/Bogota", "bogota": "America/Bogota",
    "colombia": "America/Bogota", "medellín": "America/Bogota", "medellin": "America/Bogota",
    "lima": "America/Lima", "peru": "America/Lima", "santiago": "America/Santiago",
    "chile": "America/Santiago", "caracas": "America/Caracas", "montevideo": "America/Montevideo",
    "cape town": "Africa/Johannesburg", "johannesburg": "Africa/Johannesburg",
    "lagos": "Africa/Lagos", "nairobi": "Africa/Nairobi", "cairo": "Africa/Cairo",
    "uae": "Asia/Dubai", "emirates": "Asia/Dubai", "abu dhabi": "Asia/Dubai", "doha": "Asia/Qatar",
    "qatar": "Asia/Qatar", "riyadh": "Asia/Riyadh", "saudi": "Asia/Riyadh",
    # Nationality words before "time": "14:00 Swedish time", "10am Dutch time".
    "swedish": "Europe/Stockholm", "sweden": "Europe/Stockholm", "norwegian": "Europe/Oslo",
    "norway": "Europe/Oslo", "danish": "Europe/Copenhagen", "denmark": "Europe/Copenhagen",
    "finnish": "Europe/Helsinki", "finland": "Europe/Helsinki", "dutch": "Europe/Amsterdam",
    "netherlands": "Europe/Amsterdam", "belgian": "Europe/Brussels", "belgium": "Europe/Brussels",
    "french": "Europe/Paris", "spanish": "Europe/Madrid", "italian": "Europe/Rome", "italy": "Europe/Rome",
    "portuguese": "Europe/Lisbon", "swiss": "Europe/Zurich", "switzerland": "Europe/Zurich",
    "austrian": "Europe/Vienna", "austria": "Europe/Vienna", "polish": "Europe/Warsaw",
    "poland": "Europe/Warsaw", "czech": "Europe/Prague", "greek": "Europe/Athens", "greece": "Europe/Athens",
    "turkish": "Europe/Istanbul", "turkey": "Europe/Istanbul", "japanese": "Asia/Tokyo",
    "korean": "Asia/Seoul", "chinese": "Asia/Shanghai", "singaporean": "Asia/Singapore",
    "australian": "Australia/Sydney", "mexican": "America/Mexico_City", "argentinian": "America/Argentina/Buenos_Aires",
    "colombian": "America/Bogota", "chilean": "America/Santiago", "peruvian": "America/Lima",
    "nigerian": "Africa/Lagos", "kenyan": "Africa/Nairobi", "south african": "Africa/Johannesburg",
    "israeli": "Asia/Jerusalem", "emirati": "Asia/Dubai", "filipino": "Asia/Manila", "thai": "Asia/Bangkok",
    "vietnamese": "Asia/Ho_Chi_Minh", "indonesian": "Asia/Jakarta", "pakistani": "Asia/Karachi",
    "pakistan": "Asia/Karachi", "egyptian": "Africa/Cairo", "ukrainian": "Europe/Kyiv", "ukraine": "Europe/Kyiv",
    "romanian": "Europe/Bucharest", "romania": "Europe/Bucharest", "hungarian": "Europe/Budapest",
    "hungary": "Europe/Budapest", "estonian": "Europe/Tallinn", "lithuanian": "Europe/Vilnius",
    "latvian": "Europe/Riga", "icelandic": "Atlantic/Reykjavik", "scottish": "Europe/London",
    "bucharest": "Europe/Bucharest", "budapest": "Europe/Budapest", "tallinn": "Europe/Tallinn",
    "vilnius": "Europe/Vilnius", "riga": "Europe/Riga", "reykjavik": "Atlantic/Reykjavik",
    "rotterdam": "Europe/Amsterdam", "gothenburg": "Europe/Stockholm", "hamburg": "Europe/Berlin",
    "frankfurt": "Europe/Berlin", "krakow": "Europe/Warsaw", "kraków": "Europe/Warsaw",
    "edinburgh": "Europe/London", "manchester": "Europe/London", "karachi": "Asia/Karachi",
    # Place names as other languages write them, for "hora de ...", "heure de ...".
    "españa": "Europe/Madrid", "espanha": "Europe/Madrid", "méxico": "America/Mexico_City",
    "ciudad de méxico": "America/Mexico_City", "ciudad de mexico": "America/Mexico_City",
    "cdmx": "America/Mexico_City", "lisboa": "Europe/Lisbon", "londres": "Europe/London",
    "parís": "Europe/Paris", "brasil": "America/Sao_Paulo", "perú": "America/Lima",
    "varsovia": "Europe/Warsaw", "bruxelles": "Europe/Brussels", "genève": "Europe/Zurich",
    "montréal": "America/Toronto", "québec": "America/Toronto", "est": "America/Toronto",
    # More cities of the Americas whose zone differs from their capital's or is often named.
    "monterrey": "America/Monterrey", "guadalajara": "America/Mexico_City", "tijuana": "America/Tijuana",
    "cancún": "America/Cancun", "cancun": "America/Cancun", "phoenix": "America/Phoenix",
    "arizona": "America/Phoenix", "atlanta": "America/New_York", "miami": "America/New_York",
    "houston": "America/Chicago", "calgary": "America/Edmonton", "edmonton": "America/Edmonton",
    "montreal": "America/Toronto", "ottawa": "America/Toronto", "halifax": "America/Halifax",
    "quito": "America/Guayaquil", "panama": "America/Panama", "costa rica": "America/Costa_Rica",
    "guatemala": "America/Guatemala", "puerto rico": "America/Puerto_Rico",
}

# Region words: strong when followed by "time", weak alone ("2pm Eastern").
_REGIONS: dict[str, str] = {
    "eastern": "America/New_York", "central": "America/Chicago",
    "mountain": "America/Denver", "pacific": "America/Los_Angeles",
    "atlantic": "America/Halifax", "newfoundland": "America/St_Johns",
}
_LONG_NAMES: dict[str, str] = {
    "central european": "Europe/Berlin", "eastern european": "Europe/Athens",
    "western european": "Europe/Lisbon", "greenwich mean": "Europe/London",
    "british summer": "Europe/London", "coordinated universal": "UTC", "universal": "UTC",
    "india standard": _IST_INDIA, "indian standard": _IST_INDIA,
    "singapore standard": "Asia/Singapore", "japan standard": "Asia/Tokyo",
    "australian eastern": "Australia/Sydney", "australian eastern standard": "Australia/Sydney",
    "australian eastern daylight": "Australia/Sydney", "central european summer": "Europe/Berlin",
    "eastern european summer": "Europe/Athens", "western european summer": "Europe/Lisbon",
    "gulf standard": "Asia/Dubai", "arabian standard": "Asia/Riyadh",
    "mexico central": "America/Mexico_City", "central mexico": "America/Mexico_City",
    "mexico city": "America/Mexico_City", "chile continental": "America/Santiago",
    "continental chile": "America/Santiago",
}

# Zones as other languages write them after a time: "(hora peninsular)", "horário de
# Brasília", "hora del centro de México", "heure de Paris", "czasu polskiego".  They are
# matched only right after a time (``zone_after``), never scanned for in the whole text.
_FOREIGN_NAMED: dict[str, str] = {
    "hora peninsular": "Europe/Madrid", "hora española": "Europe/Madrid", "hora canaria": "Atlantic/Canary",
    "hora del centro": "America/Mexico_City", "tiempo del centro": "America/Mexico_City",
    "hora argentina": "America/Argentina/Buenos_Aires", "hora colombiana": "America/Bogota",
    "hora chilena": "America/Santiago", "hora peruana": "America/Lima",
    "horário de brasília": "America/Sao_Paulo", "horario de brasilia": "America/Sao_Paulo",
    "hora de brasília": "America/Sao_Paulo", "horário brasileiro": "America/Sao_Paulo",
    "hora portuguesa": "Europe/Lisbon", "heure française": "Europe/Paris", "heure de france": "Europe/Paris",
    "heure belge": "Europe/Brussels", "heure suisse": "Europe/Zurich", "czasu polskiego": "Europe/Warsaw",
    "czas polski": "Europe/Warsaw", "ora italiana": "Europe/Rome", "deutscher zeit": "Europe/Berlin",
    "deutsche zeit": "Europe/Berlin", "nederlandse tijd": "Europe/Amsterdam", "belgische tijd": "Europe/Brussels",
}
_FOREIGN_ZONE_RE = re.compile(
    r"(?:\s?hrs\b\.?)?[ \t]*[,(\[]?[ \t]*"
    rf"(?P<zone>(?P<named>{'|'.join(sorted(_FOREIGN_NAMED, key=len, reverse=True))})"
    r"|(?:hora|horário|horario|heure|ora)\s+(?:local\s+)?(?:de|del|da|do|di|d['’])\s*(?:(?:la|le|l['’])\s*)?(?P<place>[^\W\d_]+(?:\s+de)?(?:\s+[^\W\d_]+)?))"
)
_WORD_RE = re.compile(r"[^\W\d_]+")
# US zone abbreviations as texted in lower case right after "am"/"pm": "free thurs 4pm pt?".
# Only there: alone, "pt", "et", "est" are ordinary words in several languages.
_TEXTED_ABBREVIATION_RE = re.compile(r"[ \t]?(?P<abbr>[pcme][sd]?t)\b")
_TEXTED_AFTER = ("am", "pm", "a.m.", "p.m.")


# Three fast scans instead of one slow case-insensitive one (speed matters, see ``lowered``):
# upper-case tokens on the original text (a single character class lets ``re`` skip fast
# to capitals), IANA names from their "/", and the words before "time" and the region
# words on the lower-cased copy, looked up in the tables rather than matched by a regex
# alternation (which ``re`` would try at every position of the window).
_UPPER_RE = re.compile(r"[A-Z][A-Z]{1,4}(?![A-Za-z0-9])")
_OUTLOOK_GAP_RE = re.compile(r"\)[ \t]*")
_OUTLOOK_CITIES = 6  # how many of the cities an Outlook label lists are looked up
# Where a zone's standard offset is read: any moment does, ``dst`` takes off the summer time
# of either hemisphere.
_ANY_MOMENT = datetime(2026, 1, 15, 12)
_OFFSET_TAIL_RE = re.compile(r"\s?(?P<sign>[+\-−–])\s?(?P<oh>\d{1,2})(?::?(?P<om>[0-5]\d))?(?!\d)")
_IANA_AREAS = ("America", "Europe", "Asia", "Africa", "Australia", "Pacific", "Atlantic", "Indian")
_IANA_AREA_CHARS = max(map(len, _IANA_AREAS))
_IANA_RE = re.compile(r"[A-Z][a-z]+/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?")
_TIME_WORD_RE = re.compile(r"time\b")
# Cities of ``_PLACES`` that name a zone alone right after a time, with no "time" after
# them (countries and nationality words do not: "10am Spanish class"; "NZ" does).
_CITIES = frozenset({
    "london", "dublin", "lisbon", "paris", "berlin", "munich", "amsterdam", "madrid", "barcelona", "rome",
    "milan", "zurich", "stockholm", "copenhagen", "oslo", "warsaw", "prague", "vienna", "brussels",
    "helsinki", "athens", "kyiv", "istanbul", "moscow", "bangalore", "bengaluru", "mumbai", "delhi",
    "hyderabad", "pune", "chennai", "dubai", "tel aviv", "singapore", "tokyo", "seoul", "hong kong",
    "shanghai", "beijing", "manila", "jakarta", "bangkok", "sydney", "melbourne", "brisbane", "perth",
    "auckland", "wellington", "new york", "nyc", "boston", "toronto", "chicago", "dallas", "denver",
    "seattle", "vancouver", "san francisco", "los angeles", "mexico city", "sao paulo", "são paulo",
    "buenos aires", "bogotá", "bogota", "cape town", "johannesburg", "lagos", "nairobi", "cairo",
    "abu dhabi", "doha", "riyadh", "la", "nz", "lima", "santiago", "caracas", "montevideo", "bucharest", "budapest",
    "tallinn", "vilnius", "riga", "reykjavik",
    "rotterdam", "gothenburg", "hamburg", "frankfurt", "krakow", "kraków", "edinburgh", "manchester",
    "karachi", "lisboa", "londres", "montréal", "monterrey", "guadalajara", "tijuana", "phoenix",
    "atlanta", "miami", "houston", "calgary", "edmonton", "montreal", "ottawa", "halifax", "quito",
})
# Cities that are also first names count only where their phrase ends: "2pm Sydney will call".
_CITIES_ALSO_NAMED_PEOPLE = frozenset({"sydney", "phoenix", "dallas", "houston", "denver", "perth", "la", "santiago"})
# One or two words after a time (and "in"); the end of the phrase after them, if it is there.
_CITY_AFTER_RE = re.compile(
    r"[ \t]+(?P<lead>\(?(?:(?:in|en|em|à|a)[ \t]+)?)(?P<city>[^\W\d_]+(?:[ \t][^\W\d_]+)?)(?P<ends>[ \t]*(?:[)\],.;/–—\n?!]|-|$|time\b))?"
)
_WORDS_BEFORE_TIME = 3  # the longest name before "time": "australian eastern daylight"
_PLACE_WINDOW = 40
_OPENERS = "([{\"'"
_REGION_SUFFIXES = ("standard", "daylight")
_REGION_RE = re.compile(rf"(?:{'|'.join(_REGIONS)})\b(?!\s+(?:european|standard|daylight|time)\b)")
_FOREIGN_PLACE_TAIL_RE = re.compile(r"\s+de\s+m[eé]xico\b")
_IRELAND_RE = re.compile(r"\b(?:ireland|irish|dublin)\b", re.IGNORECASE)
_ISRAEL_RE = re.compile(r"\b(?:israel|tel\s+aviv|jerusalem)\b", re.IGNORECASE)
_ARIZONA_RE = re.compile(
    r"\b(?:arizona|phoenix|tucson|tempe|scottsdale|flagstaff)\b|(?-i:, AZ\b)", re.IGNORECASE
)
_ARIZONA_ABBREVIATIONS = frozenset({"MST", "MT"})
_ATLANTIC_CANADA_RE = re.compile(
    r"\b(?:atlantic|halifax|nova\s+scotia|new\s+brunswick|prince\s+edward\s+island|moncton|fredericton"
    r"|charlottetown|saint\s+john|dartmouth|sydney,\s+ns)\b|(?-i:, (?:NS|NB|PE|PEI)\b)", re.IGNORECASE
)


def _load(key: str) -> Zone | None:
    if key == "UTC":
        return Zone("UTC", timezone.utc)
    try:
        return Zone(key, ZoneInfo(key))
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: "America" is a directory
        return None


# The words a zone name before "time" can end with.
_LAST_WORDS = frozenset(
    {name.split()[-1] for table in (_LONG_NAMES, _REGIONS, _PLACES) for name in table}
    | {*_REGION_SUFFIXES, "local"}
)
# Every zone the tables name, loaded once: building a ``ZoneInfo`` per mention costs more
# than finding the mention.
_TABLE_ZONES: dict[str, Zone] = {
    key: zone
    for key in {*_ABBREVIATIONS.values(), *_PLACES.values(), *_REGIONS.values(), *_LONG_NAMES.values(),
                *_FOREIGN_NAMED.values(),
                "Europe/Dublin", "Asia/Jerusalem"}
    if (zone := _load(key)) is not None
}


def iana_zone(key: str) -> Zone | None:
    """The zone for an IANA key, or ``None`` when tzdata does not know it."""
    return _TABLE_ZONES.get(key) or _load(key)


def fixed_offset(sign: str, hours: int, minutes: int) -> Zone | None:
    """A fixed-offset zone named like ``UTC+05:30``; ``None`` beyond ±14 hours."""
    if hours > 14 or (hours == 14 and minutes):
        return None
    negative = sign in "-−–"
    delta = timedelta(hours=hours, minutes=minutes)
    if not delta:
        return Zone("UTC", timezone.utc)
    name = f"UTC{'-' if negative else '+'}{hours:02d}:{minutes:02d}"
    return Zone(name, timezone(-delta if negative else delta))


def ist_zone_key(text: str) -> str:
    """Which zone "IST" means in this message (see the module docstring)."""
    if _IRELAND_RE.search(text):
        return "Europe/Dublin"
    if _ISRAEL_RE.search(text):
        return "Asia/Jerusalem"
    return _IST_INDIA


def find_zones(original: str, lowered: str) -> list[ZoneMention]:
    """Every zone mention, in order; ``lowered`` is ``original`` lower-cased, same length."""
    found = [*_abbreviations(original), *_named(lowered)]
    found.extend(_iana_names(original))
    found.extend(_bracketed_foreign(lowered))
    found.sort(key=lambda mention: mention.start)
    return _outlook_labels_named(original, found)


def _outlook_labels_named(original: str, found: list[ZoneMention]) -> list[ZoneMention]:
    """Outlook writes "(UTC-05:00) Eastern Time (US & Canada)" all year: the offset is the
    zone's standard one, the name is the zone meant, so the name alone stands.  Its other
    labels list cities instead, "(UTC+01:00) Amsterdam, Berlin, Bern, Rome": the first
    city known to be in a zone of that standard offset names the zone."""
    kept = []
    for index, mention in enumerate(found):
        following = found[index + 1] if index + 1 < len(found) else None
        outlook_label = mention.zone.name.startswith("UTC") and original[mention.start - 1:mention.start] == "("
        if (outlook_label and following is not None and not following.zone.name.startswith("UTC")
                and _OUTLOOK_GAP_RE.fullmatch(original, mention.end, following.start)):
            continue
        city_zone = _outlook_city_zone(original, mention) if outlook_label else None
        kept.append(replace(mention, zone=city_zone) if city_zone is not None else mention)
    return kept


def _outlook_city_zone(original: str, mention: ZoneMention) -> Zone | None:
    """The zone of the cities an Outlook label lists after its standard offset, when one
    of the first of them is a place we know in a zone with that standard offset."""
    gap = _OUTLOOK_GAP_RE.match(original, mention.end)
    if gap is None:
        return None
    line_end = original.find("\n", gap.end())
    cities = original[gap.end():line_end if line_end != -1 else len(original)].split(",")
    label_offset = mention.zone.tz.utcoffset(None)
    for city in cities[:_OUTLOOK_CITIES]:
        key = _PLACES.get(city.strip().rstrip(".").lower())
        zone = iana_zone(key) if key is not None else None
        if zone is not None and _standard_offset(zone) == label_offset:
            return zone
    return None


def _standard_offset(zone: Zone) -> timedelta | None:
    """The offset of ``zone`` without daylight saving, as Outlook's labels give it."""
    offset, saving = zone.tz.utcoffset(_ANY_MOMENT), zone.tz.dst(_ANY_MOMENT)
    return offset - saving if offset is not None and saving is not None else None


def _iana_names(original: str) -> list[ZoneMention]:
    """IANA keys such as "Europe/Berlin", found from each "/" and the area word before it."""
    found = []
    slash = original.find("/")
    while slash != -1:
        before = original[max(0, slash - _IANA_AREA_CHARS):slash]
        if before.endswith(_IANA_AREAS):
            area_start = slash - len(next(area for area in _IANA_AREAS if before.endswith(area)))
            match = _IANA_RE.match(original, area_start)
            if match is not None and not (area_start and original[area_start - 1].isalnum()):
                zone = iana_zone(match.group(0))
                if zone is not None:
                    found.append(ZoneMention(match.start(), match.end(), zone, False))
        slash = original.find("/", slash + 1)
    return found


def _bracketed_foreign(lowered: str) -> list[ZoneMention]:
    """Zones as other languages write them, in brackets anywhere: "um 16 Uhr instead
    (deutscher Zeit)".  Found from each "(" (``str.find``), so no slow regex scan."""
    found = []
    bracket = lowered.find("(")
    while bracket != -1:
        mention = _foreign_zone_at(lowered, bracket)
        if mention is not None:
            found.append(mention)
        bracket = lowered.find("(", bracket + 1)
    return found


def _abbreviations(original: str) -> list[ZoneMention]:
    found = []
    ist_key: str | None = None
    for match in _UPPER_RE.finditer(original):
        start, end = match.span()
        abbr = match.group(0)
        if start and (original[start - 1].isalnum() or original[start - 1] == "/"):
            continue
        if abbr in ("GMT", "UTC"):
            tail = _OFFSET_TAIL_RE.match(original, end)
            if tail is not None:
                offset = fixed_offset(tail["sign"], int(tail["oh"]), int(tail["om"] or 0))
                if offset is not None:
                    found.append(ZoneMention(start, tail.end(), offset, False))
                continue
        key = _ABBREVIATIONS.get(abbr)
        if key is None:
            continue
        if abbr == "IST":
            ist_key = ist_key or ist_zone_key(original)
            key = ist_key
        elif abbr in _ARIZONA_ABBREVIATIONS and _ARIZONA_RE.search(original):
            key = "America/Phoenix"
        elif abbr == "AST" and _ATLANTIC_CANADA_RE.search(original):
            key = "America/Halifax"
        zone = iana_zone(key)
        if zone is not None:
            found.append(ZoneMention(start, end, zone, abbr in _WEAK_ABBREVIATIONS))
    return found


def _named(lowered: str) -> list[ZoneMention]:
    found = []
    for match in _TIME_WORD_RE.finditer(lowered):
        named = _name_before(lowered, match.start())
        if named is not None:
            start, key = named
            zone = iana_zone(key)
            if zone is not None:
                found.append(ZoneMention(start, match.end(), zone, False))
    # ``str.find`` per region word: a regex alternation of words starting with such
    # common letters would be tried at most positions of the text.
    for word, key in _REGIONS.items():
        position = lowered.find(word)
        while position != -1:
            region = _REGION_RE.match(lowered, position)
            if region is not None and not (position and lowered[position - 1].isalnum()):
                zone = iana_zone(key)
                if zone is not None:
                    found.append(ZoneMention(region.start(), region.end(), zone, True))
            position = lowered.find(word, position + 1)
    return found


def _name_before(lowered: str, time_word: int) -> tuple[int, str] | None:
    """Where the zone name before the word "time" starts, and its IANA key.

    Up to three words are read: a long name ("central european"), a region with
    "standard"/"daylight", or a place with "local" ("london local").  The longest
    wins, as the leftmost match of an alternation would.
    """
    window_start = max(0, time_word - _PLACE_WINDOW)
    window = lowered[window_start:time_word]
    if not window[-1:].isspace():
        return None
    words = window.split()
    if not words or words[-1].lstrip(_OPENERS) not in _LAST_WORDS:
        return None
    if window_start and lowered[window_start - 1].isalnum() and window[0].isalnum():
        words = words[1:]  # the window starts inside a word
    words = words[-_WORDS_BEFORE_TIME:]
    for count in range(len(words), 0, -1):
        chosen = words[-count:]
        first = chosen[0].lstrip(_OPENERS)
        if not first[:1].isalnum():
            continue
        key = _key_of([first, *chosen[1:]])
        if key is not None:
            return _start_of(window, chosen, first) + time_word - len(window), key
    return None


def zone_after(lowered: str, position: int) -> ZoneMention | None:
    """A zone written the way other languages write it, right after the time ending at
    ``position`` ("12:00 hrs (hora del centro de México)", "às 15h, horário de Brasília"),
    or a city named alone after it ("09:00 Toronto)", "2pm Sydney / 3am London")."""
    mention = _foreign_zone_at(lowered, position)
    if mention is None and lowered.endswith(_TEXTED_AFTER, 0, position):
        mention = _texted_abbreviation(lowered, position)
    return mention if mention is not None else _city_after(lowered, position)


def _city_after(lowered: str, position: int) -> ZoneMention | None:
    """A city right after a time: "(09:00 Toronto)", "3am in London", "10pm London suit?".
    A city that is also a first name must end its phrase: not "at 2pm Sydney will call you"."""
    match = _CITY_AFTER_RE.match(lowered, position)
    if match is None:
        return None
    city, end = match["city"], match.end("city")
    if city not in _CITIES:
        # "10pm London suit?": the second word was not part of the name.
        city, end = city.split()[0], match.start("city") + len(city.split()[0])
        if city not in _CITIES:
            return None
    if (end != match.end("city") or match["ends"] is None) and city in _CITIES_ALSO_NAMED_PEOPLE:
        return None
    zone = iana_zone(_PLACES[city])
    return ZoneMention(match.start("lead"), end, zone, False) if zone is not None else None


def _texted_abbreviation(lowered: str, position: int) -> ZoneMention | None:
    texted = _TEXTED_ABBREVIATION_RE.match(lowered, position)
    if texted is None:
        return None
    key = _ABBREVIATIONS.get(texted["abbr"].upper())
    zone = iana_zone(key) if key is not None else None
    return ZoneMention(texted.start("abbr"), texted.end(), zone, False) if zone is not None else None


def _foreign_zone_at(lowered: str, position: int) -> ZoneMention | None:
    match = _FOREIGN_ZONE_RE.match(lowered, position)
    if match is None:
        return None
    key: str | None = None
    if match["named"]:
        key, end = _FOREIGN_NAMED[match["named"]], match.end("named")
        # "hora del centro de México": the country repeats the zone's place.
        tail = _FOREIGN_PLACE_TAIL_RE.match(lowered, end)
        end = tail.end() if tail is not None else end
    else:
        # The longest run of words that names a place: "ciudad de méxico", then "ciudad"...
        words = list(_WORD_RE.finditer(lowered, match.start("place"), match.end("place")))
        while words and key is None:
            key = _PLACES.get(" ".join(word.group(0) for word in words))
            end = words[-1].end()
            words.pop()
    zone = iana_zone(key) if key else None
    return ZoneMention(match.start("zone"), end, zone, False) if zone is not None else None


def _key_of(words: list[str]) -> str | None:
    phrase = " ".join(words)
    key = _LONG_NAMES.get(phrase)
    if key is None and words[-1] in _REGION_SUFFIXES:
        key = _REGIONS.get(" ".join(words[:-1]))
    if key is None:
        key = _REGIONS.get(phrase) or _PLACES.get(phrase)
    if key is None and words[-1] == "local":
        key = _PLACES.get(" ".join(words[:-1]))
    return key


def _start_of(window: str, words: list[str], first: str) -> int:
    """The offset in ``window`` of the first of its last ``words``."""
    position = len(window)
    for word in reversed(words):
        position = window.rfind(word, 0, position)
    return position + len(words[0]) - len(first)
