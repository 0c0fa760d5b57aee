"""The writer's own time zone, from the Date header's offset and the sender's domain.

A bare "Tuesday at 10" means ten o'clock where the writer is.  The Date header gives only
an offset, right on the day the mail was sent; an interview after a daylight-saving change
falls under the other offset ("Tuesday at 10" written in Berlin on 23 October is 10:00
CET on 28 October, not CEST).  The sender's country, read from its domain, names the zones
the writer could be in: those with the header's offset on the sending day are the
candidates, and when they all agree on the offset at the interview, that is the zone.
When they disagree (a .com.au writer at +10 in early October may be in Sydney, which
moves to summer time, or in Brisbane, which does not), the most populous one is the better
guess: each country's zones are listed most populous first.  Generic domains (.com,
.org...) are read as American, where most of them are.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

_UNITED_STATES = (
    "America/New_York", "America/Chicago", "America/Los_Angeles", "America/Denver", "America/Phoenix",
    "America/Anchorage", "Pacific/Honolulu",
)
_COUNTRY_ZONES: dict[str, tuple[str, ...]] = {
    "uk": ("Europe/London",),
    "ie": ("Europe/Dublin",),
    "pt": ("Europe/Lisbon", "Atlantic/Azores"),
    "es": ("Europe/Madrid", "Atlantic/Canary"),
    "fr": ("Europe/Paris",),
    "de": ("Europe/Berlin",),
    "it": ("Europe/Rome",),
    "nl": ("Europe/Amsterdam",),
    "be": ("Europe/Brussels",),
    "lu": ("Europe/Luxembourg",),
    "at": ("Europe/Vienna",),
    "ch": ("Europe/Zurich",),
    "pl": ("Europe/Warsaw",),
    "cz": ("Europe/Prague",),
    "sk": ("Europe/Bratislava",),
    "hu": ("Europe/Budapest",),
    "se": ("Europe/Stockholm",),
    "dk": ("Europe/Copenhagen",),
    "no": ("Europe/Oslo",),
    "fi": ("Europe/Helsinki",),
    "ee": ("Europe/Tallinn",),
    "lv": ("Europe/Riga",),
    "lt": ("Europe/Vilnius",),
    "gr": ("Europe/Athens",),
    "ro": ("Europe/Bucharest",),
    "bg": ("Europe/Sofia",),
    "nz": ("Pacific/Auckland",),
    "au": ("Australia/Sydney", "Australia/Brisbane", "Australia/Perth", "Australia/Adelaide", "Australia/Hobart",
           "Australia/Darwin"),
    "ca": ("America/Toronto", "America/Vancouver", "America/Edmonton", "America/Winnipeg", "America/Halifax",
           "America/Regina", "America/St_Johns"),
    "us": _UNITED_STATES,
    "mx": ("America/Mexico_City", "America/Monterrey", "America/Merida", "America/Chihuahua", "America/Cancun",
           "America/Mazatlan", "America/Hermosillo", "America/Tijuana", "America/Matamoros"),
    "cl": ("America/Santiago", "America/Punta_Arenas", "Pacific/Easter"),
    "py": ("America/Asuncion",),
    "il": ("Asia/Jerusalem",),
}
_GENERIC_TLDS = frozenset({"com", "org", "net", "io", "ai", "edu", "gov", "app", "dev", "tech", "jobs", "careers"})


def home_zone(sent_at: datetime, sender_domain: str) -> ZoneInfo | None:
    """The zone of a writer who sent mail at ``sent_at`` (aware) from ``sender_domain``;
    None when no zone of the sender's country had the header's offset."""
    offset = sent_at.utcoffset()
    if offset is None:
        return None
    tld = sender_domain.rpartition(".")[2].lower()
    keys = _UNITED_STATES if tld in _GENERIC_TLDS else _COUNTRY_ZONES.get(tld, ())
    candidates = [zone for zone in map(ZoneInfo, keys) if sent_at.astimezone(zone).utcoffset() == offset]
    return candidates[0] if candidates else None
