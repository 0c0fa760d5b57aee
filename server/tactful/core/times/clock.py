"""Times of day: find "2pm", "14:00", "10h30", "noon", "10-11am", "between 2 and 4pm"...

Finding is two-phase so that a mail without times costs one regex scan: ``TIME_RE``
only matches spans that carry a clear marker of a time (a colon or ``h`` with minutes,
am/pm, noon, or a bare hour right after "at"), and ``parse_time`` then reads the span.
Hours written without am/pm are read as business hours (1-6 are afternoon, 7-11
morning) unless zero-padded or above 12, which are 24-hour times.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time, timedelta

_H = r"(?:[01]?\d|2[0-3])"
_MER = r"[ap]\.?\s?m\b\.?"
# A time with a clear marker: minutes after ':' '.' or 'h', am/pm, or noon.
_STRONG = (
    rf"(?:(?:[01]\d|2[0-3])[0-5]\d\s?(?:hrs|hours|h)\b"
    rf"|{_H}(?:[:.][0-5]\d(?::[0-5]\d)?(?!\.?\d)|h(?:[0-5]\d)?(?![\w]))(?:\s?{_MER})?"
    rf"|{_H}\s?{_MER}|{_H}(?:[:.][0-5]\d)?\s?uhr\b|{_H}(?:[:.][0-5]\d)?\s?hs\b\.?|(?:12\s?)?noon\b|midday\b)"
)
_ANY = rf"(?:{_STRONG}|{_H}(?![\d:.]))"
_ROMANCE_RANGE_OPENERS = r"(?:de|des|dalle|das|van)"
_ROMANCE_RANGE_JOINERS = r"(?:a|à|alle|às|até|tot)"
# Chinese, Japanese and Korean count the hour with a word: "3点半", "14時30分", "2시 30분".  Not a
# number of hours: "2時間", "2小时" (the 时 follows 小, not the digit), "2시간".
_CJK_HOUR = r"(?:[01]?\d|2[0-3])(?:[点點時时](?![間间])(?:半|[0-5]?\d分)?|[ \t]?시(?!간)(?:[ \t]?(?:반|[0-5]?\d분))?)"
# A part of the day right before a bare range of hours: "Tuesday morning 10-12", "afternoon, 2 till 4".
_AFTER_PART_OF_DAY = "(?:" + "|".join(
    rf"(?<={word}{gap})" for word in ("morning", "afternoon", "evening") for gap in (" ", ", ")
) + ")"
# Hours written as words, read after "half", "half past" or "quarter past/to": "half past two", "half eight".
_HOUR_NUMBERS = {word: number for number, word in enumerate(
    "one two three four five six seven eight nine ten eleven twelve".split(), start=1)}
_HOUR_WORDS = "(?:" + "|".join(_HOUR_NUMBERS) + r")\b"
# A day word right before a bare hour, one fixed-width look-behind per word (``re`` needs that).
_AFTER_DAY_WORD = "(?:" + "|".join(
    rf"(?<={word}\s)" for word in ("tmrw", "tomorrow", "today", "tonight", "day", "mon", "tue", "tues", "wed",
                                    "thu", "thur", "thurs", "fri", "sat", "sun")
) + ")"
# The end of a range may be hedged: "09:30 – approx. 12:00", "10:00 - ca. 12:00".
_RANGE_SEP = r"[ \t]*(?:-|–|—|~|～|〜|to\b|till\b|until\b|through\b|tot\b|bis\b|hasta\b|até\b)[ \t]*(?:(?:approx\.|ca\.|about|around|circa)[ \t]*)?"
_BETWEEN_SEP = r"[ \t]*(?:-|–|—|~|～|〜|to\b|till\b|until\b|and\b|through\b)[ \t]*"
_ZONE_WORDS = r"(?:e[sd]?t|c[sd]?t|m[sd]?t|p[sd]?t|gmt|bst|utc|ces?t|ist|aes?t|aedt|sgt|jst|hkt)\b"
# What may follow a bare hour after "at" ("at 10 on Tuesday", "at 3 ET", "at 10.").
_BARE_FOLLOW = (
    r"(?=\s*(?:$|[.,;:!?)\n]|o'?clock|sharp\b|on\b|or\b|and\b|if\b|"
    # "or" and "and" in other languages: "mercoledì alle 11 oppure giovedì alle 16"; not Dutch "of" (English "at 2
    # of 5"), nor "y"/"e", which may start the minutes ("a las 6 y media", "às 10 e meia").
    r"oppure\b|o\b|ou\b|oder\b|eller\b|lub\b|et\b|und\b|works?\b|would\b|for\b|instead\b|then\b|with\b|tomorrow|"
    r"about\b|at\s+the\b|before\b|it(?:\s+is|'s|’s)\b|suits?\b|"
    # What to come for at that hour: "come by this friday at 9 to meet the team".
    r"to\s+(?:meet|chat|talk|discuss|go\s+over|have\s+a|do\s+a|see)\b|"
    # The hour said to be free: "Thursday at 5 is open too", "Monday the 14th at 10 is also open".
    r"is\s+(?:also\s+|still\s+)?(?:open|free|available|possible|fine|good|ok)\b|"
    rf"today|tonight|this\b|next\b|in\b|\(?(?:{_ZONE_WORDS}|local\b|eastern|central|mountain|pacific)|"
    # A zone named in brackets: "at 11 (London time)".
    r"\([^()\n]{1,25}\btime\)|"
    # A weekday, whole or short, not a street that starts like one: "we're at 14 Sunnybank Rd".
    r"(?:mon|tues?|wed(?:s|nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|"
    r"your\b|my\b|our\b|-|–|uur\b|even\b|de\s+la\b|da\s+(?:manhã|tarde|noite)|"
    # What the hour is for in other languages: "alle 17 per due chiacchiere", "às 15 para falarmos".
    r"per\b|para\b|pour\b|für\b|för\b|voor\b|kurz\b|vorbei|y\s+(?!media|cuarto|diez|veinte|cinco)))"
)
# What may follow the booked hour in "do 4 instead of 2 today": not a noun ("2 rounds").
_INSTEAD_OF_FOLLOW = r"(?![:.]?\d)(?=\s*(?:$|[.,;!?)\n]|today\b|tomorrow\b|tmrw\b|tonight\b|on\b|[ap]\.?m\b))"
# Matched against the lower-cased text (see ``lowered``).
TIME_RE = re.compile(
    r"(?<=\dt)(?P<iso>[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?"
    r"(?P<iso_offset>z|[+-]\d{2}:?\d{2})?(?!\d)"
    # Right after a CJK word, written without a space: "上午10:00", "下午3:00", "午後2:00", "明日の15:00".
    rf"|(?<=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])(?:{_STRONG})"
    rf"|(?<![0-9:./])(?:{_CJK_HOUR})"
    # Hindi-English counts the hour with "baje": "kal subah 11 baje", "3:30 baje".
    rf"|(?<![\w:./]){_H}(?:[:.][0-5]\d)?\s?baje\b"
    r"|(?<![\w:./$£€+#\-−])(?:"
    rf"(?:(?:between|from|at|@|around)\s+)?{_ANY}{_RANGE_SEP}{_STRONG}"
    rf"|between\s+{_ANY}{_BETWEEN_SEP}{_ANY}"
    # A range written "from ... to" in Spanish, French, Italian, Portuguese and Dutch: "de 10:00 a 11:00 h",
    # "de 14h à 15h", "dalle 10 alle 11", "das 10h às 11h", "van 13.00 tot 14.00".
    rf"|{_ROMANCE_RANGE_OPENERS}\s+{_ANY}[ \t]+{_ROMANCE_RANGE_JOINERS}[ \t]+{_STRONG}"
    rf"|{_ROMANCE_RANGE_OPENERS}\s+{_STRONG}[ \t]+{_ROMANCE_RANGE_JOINERS}[ \t]+{_ANY}"
    # Italian and Portuguese name the hours in the words themselves: "dalle 10 alle 11", "das 9 às 12".
    rf"|(?:dalle|das)\s+{_ANY}[ \t]+(?:alle|às)[ \t]+{_ANY}"
    rf"|from\s+{_ANY}{_RANGE_SEP}{_ANY}"
    rf"|(?:(?:at|@|around|from)\s+)?{_STRONG}"
    # Four digits with a leading zero, as nurses' and shift rotas write them: "0700-1100", "at 0645".
    # Not a phone number: "0412 555 309", nor the last group of a meeting ID: "ID 918 7745 0213".
    rf"|(?:(?:at|@|from)\s+)?(?<!\d\d\d[ \t])0\d[0-5]\d(?:{_RANGE_SEP}(?:[01]\d|2[0-3])[0-5]\d)?(?![\d.,/:]|[ \t-]?\d)"
    # Canadian French spaces the h: "13 h 30", "à 10 h".
    rf"|{_H}[ \t]h(?:[ \t][0-5]\d)?(?!\w)"
    # A bare hour offered after another time and "or": "would 2:30 or 4 work?".
    rf"|(?:(?<=\d or )|(?<=m or )|(?<=\d or\t))(?:1[0-2]|[1-9])(?![:.]?\d){_BARE_FOLLOW}"
    # The start of an open window: "Tuesday any time after 2 works as well".
    rf"|(?:(?<=any time after )|(?<=anytime after ))(?:1[0-2]|[1-9])(?![:.]?\d){_BARE_FOLLOW}"
    # Shorthand for am/pm after "@" or "at": "Tue 10/13 @ 2p", "at 9a".
    rf"|(?:at|@)\s*(?:1[0-2]|[1-9])[ap](?!\w|\.\w)"
    # "a las 6 y media", "às 10 e meia", "alle 10 e mezza", "alle 9 e un quarto".
    rf"|(?:las|às|alle)\s+{_H}\s+(?:y|e)\s+(?:media|meia|mezza|mezzo|cuarto|quarto|un\s+quarto)\b"
    # French spells the hour out after "à": "à 10 heures".
    rf"|à\s+{_H}\s+heures?\b"
    rf"|(?:at|@|around|to|las|às|alle|om|um|kl\.?|klo)\s+{_H}(?![:.]\d){_BARE_FOLLOW}"
    # Texting shorthand: a bare hour asked right after a day, "tmrw 11?", "sat 10ish".
    rf"|(?=(?:1[0-2]|[1-9])\s?(?:\?|ish\b)){_AFTER_DAY_WORD}(?:1[0-2]|[1-9])"
    # An hour with "ish" is a time wherever it stands: "say 10ish".
    r"|(?:1[0-2]|[1-9])(?=ish\b)"
    # British "half 10" (and "half past 10"): half an hour after the hour.
    rf"|(?:(?:at|@|around)\s+)?(?:half|quarter)\s+past\s+(?:1[0-2]|[1-9]|{_HOUR_WORDS})(?![:.]?\d)"
    rf"|(?:(?:at|@|around)\s+)?quarter\s+to\s+(?:1[0-2]|[1-9]|{_HOUR_WORDS})(?![:.]?\d){_BARE_FOLLOW}"
    # "How does 4 o'clock this Thursday sound?"
    r"|(?:1[0-2]|[1-9])\s?o['’]?clock\b"
    rf"|(?:(?:at|@|around)\s+)?half\s+(?:1[0-2]|[1-9]|{_HOUR_WORDS})(?![:.]?\d){_BARE_FOLLOW}"
    # "can we do 4 instead?", "still good for 3 instead?": a bare hour offered in place of the booked one.
    rf"|(?:do|for)\s+{_H}(?![:.]\d)(?=\s+instead\b(?!\s+of\b)|\s+instead\s+of\s+{_H}{_INSTEAD_OF_FOLLOW})"
    rf"|{_AFTER_PART_OF_DAY}{_H}{_RANGE_SEP}{_H}(?![:.]?\d)"
    # A bare hour in brackets that spells out "same time": "fri 12/4 same time (11)?".
    r"|(?<=same\stime\s\()(?:1[0-2]|[1-9])(?![:.]?\d)(?=\))"
    # A bare hour or range of hours right before a US zone: "free 10-12 ET".
    rf"|{_H}(?:{_RANGE_SEP}{_H})?(?![:.]?\d)(?=[ \t]?\(?(?:[ecmp]t|[ecmp][sd]t)\b)"
    r")"
)
# A cheap first look on the original text: is there any time marker at all?  It starts
# with a character class so ``re`` can skip quickly to digits.
_MAYBE_TIME_RE = re.compile(
    r"[0-9](?:[0-9]{3}\s?[hH]|(?<=[^0-9]0)[0-9][0-5][0-9](?![0-9]|[ \t][0-9])|[0-9]?[ \t][hH](?![a-zA-Z0-9])|[0-9]?(?:[:.hH][0-9]|\s?[aApP]\.?\s?[mM](?![a-zA-Z])|[hH](?![a-zA-Z0-9])|\s?[uU]hr\b)"
    r"|[0-9]?[ \t]?[点點時时시]|[0-9]?\s?baje\b|[0-9]?(?:\s?\?|ish\b)|(?<=[aA][tT]\s[0-9])|(?<=@\s[0-9])|(?<=@[0-9])|(?<=[dD]\s[0-9])|(?<=[fF][oO][rR]\s[0-9])|(?<=[oO]\s[0-9])"
    r"|(?<=[lL][aA][sS]\s[0-9])|(?<=[lL][lL][eE]\s[0-9])|(?<=[àÀ][sS]\s[0-9])|(?<=[àÀ]\s[0-9])|(?<=[oOuU][mM]\s[0-9])|(?<=[kK][lL]\s[0-9])|(?<=[kK][lL]\.\s[0-9])"
    r"|[0-9]?\s?[hH][sS]\b|(?<=[tT][iI][mM][eE]\s\([0-9])"
    r"|[0-9]?[ \t]?\(?(?=[ECMP][SD]?T(?![A-Za-z0-9]))"
    r"|(?<=[hH][aA][lL][fF]\s[0-9])|(?<=[pP][aA][sS][tT]\s[0-9])|(?<=morning\s[0-9])|(?<=afternoon\s[0-9])"
    r"|(?<=[0-9mM]\s[oO][rR]\s[0-9])|(?<=[fF][tT][eE][rR]\s[0-9])|[0-9]?\s?[oO]['’]?[cC][lL][oO][cC][kK]"
    r"|(?<=evening\s[0-9])|(?<=morning,\s[0-9])|(?<=afternoon,\s[0-9])|(?<=evening,\s[0-9]))"
)
# What may stand before a marker and still belong to the time: "at ", "between 2 and ",
# "10-" (the start of "10-11am").  Two patterns, because the one for ranges tries a whole
# time at each position of its window, which is slow: it only runs when the window ends
# with a range separator after a digit.
_RANGE_LEAD_RE = re.compile(rf"between\s+{_ANY}{_BETWEEN_SEP}$|(?:from\s+)?{_ANY}{_RANGE_SEP}$")
_WORD_LEAD_RE = re.compile(
    r"(?:at|@|around|from|between|to|do|for|las|às|alle|à|om|um|kl\.?|klo|half|half\s+past|quarter\s+(?:past|to)"
    rf"|\b{_ROMANCE_RANGE_OPENERS})\s*$"
)
# The words of such a range, for reading it as "10:00-11:00".
_ROMANCE_RANGE_RE = re.compile(
    rf"{_ROMANCE_RANGE_OPENERS}\s+(?P<first>.+?)[ \t]+{_ROMANCE_RANGE_JOINERS}[ \t]+(?P<second>.+)"
)
_DIGIT_RE = re.compile(r"[0-9]")
_RANGE_SEPARATORS = ("-", "–", "—", "~", "～", "〜", "to", "till", "until", "through", "and", "tot", "bis", "hasta", "até")
_LEAD_WINDOW = 30
_WORD_LEAD_WINDOW = 10


def find_times(original: str, lowered: str, markers: list[int],
               date_spans: Sequence[tuple[int, int]] = ()) -> list[TimeMention]:
    """The times of day at the ``time_markers`` of ``original``, in order.

    A range never starts inside one of ``date_spans``: in "Friday, March 20 – 1:00pm"
    the 20 is the day, not the start of "20 – 1:00pm".
    """
    found: list[TimeMention] = []
    consumed = 0
    for marker in sorted(markers):
        if marker < consumed:
            continue
        mention = None
        lead = _lead(lowered, max(consumed, marker - _LEAD_WINDOW), marker)
        if lead is not None and any(start <= lead.start() < end for start, end in date_spans):
            lead = None
        for start in (lead.start(), marker) if lead is not None else (marker,):
            match = TIME_RE.match(lowered, start)
            if match is not None and match.end() > marker:
                consumed = match.end()
                mention = parse_time(match, original)
                if mention is not None:
                    break
        if mention is not None:
            found.append(mention)
    return found


def _lead(lowered: str, start: int, marker: int) -> re.Match[str] | None:
    """The start of a range or the word leading to the time at ``marker``, if any."""
    tail = lowered[start:marker].rstrip(" \t")
    if tail.endswith(_RANGE_SEPARATORS) and _DIGIT_RE.search(tail):
        lead = _RANGE_LEAD_RE.search(lowered, start, marker)
        if lead is not None:
            return lead
    return _WORD_LEAD_RE.search(lowered, max(start, marker - _WORD_LEAD_WINDOW), marker)


# Times written with words: no digit marks them.
_WORD_MARKERS = ("noon", "midday", "half ", "quarter ")


def time_markers(text: str, lowered: str) -> list[int]:
    """Positions where a time of day may be written (a fast test: no marker, no time)."""
    found = [match.start() for match in _MAYBE_TIME_RE.finditer(text)]
    for word in _WORD_MARKERS:
        position = lowered.find(word)
        while position != -1:
            if not (position and lowered[position - 1].isalpha()):  # not the "half" of "behalf"
                found.append(position)
            position = lowered.find(word, position + 1)
    return found


_POINT_RE = re.compile(
    r"(?P<noon>(?:12\s?)?noon|midday)"
    r"|(?P<mh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?:\s?(?:hrs|hours|h)\b|(?!\d))"
    r"|(?P<h>\d{1,2})(?:(?P<sep>[:.])(?P<m>[0-5]\d)(?::[0-5]\d)?|h(?P<hm>[0-5]\d)?|[ \t]h(?:[ \t](?P<shm>[0-5]\d))?)?"
    r"(?:\s?(?P<mer>[ap])(?:\.?\s?m\b\.?|(?!\w|\.\w)))?",
)
_OFFSET_RE = re.compile(r"(?P<z>z)|(?P<sign>[+-])(?P<oh>\d{2}):?(?P<om>\d{2})")
_ZONE_AFTER_RE = re.compile(r"^\s?\(?(?-i:[A-Z]{2,5}\b)|^\s?\(?(?:GMT|UTC)|^\s?(?:[uU]hr|uur|hrs)\b")
# A day named right after a dotted number makes it a time: "could you do 14.30 on Weds 7th Oct?".
_DAY_AFTER_RE = re.compile(r"\s+on\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|the\s+\d|\d)", re.IGNORECASE)
# A currency after a dotted number makes it an amount, even after "at": "at 0.30 EUR/km".
_CURRENCY_AFTER_RE = re.compile(
    r"\s?(?:EUR|USD|GBP|CHF|PLN|SEK|NOK|DKK|CZK|HUF|INR|JPY|AUD|CAD|BRL|MXN|euros?|dollars?|pounds?)\b|\s?[€$£]"
)
# Words of other languages that lead to a dotted time: "om 14.00", "um 10.30", "godz. 9.15"; and a
# label: "Time: 9.30", "same time (9.30)".
# "at either 10.00 or 2.30pm" leads to both.
_DOTTED_LEAD_RE = re.compile(
    r"\b(?:om|um|à|às|alle|ore|las|godz\.?|kl\.?|klo|time\s*[:(]|at\s+either"
    # A day right before it: "confirming tomorrow 9.30 at the shop".
    r"|tomorrow|tmrw|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*$"
)
# The second of two dotted times joined by "or"/"and", the first one led: "at 11.30 or 15.00".
_SECOND_DOTTED_RE = re.compile(
    r"(?:\bat|@|\bum|\bom|\bà|às|alle|las)\s+\d{1,2}[.:][0-5]\d\s+(?:or|and|oder|ou|o|y|e|of|en|et|und)\s+$"
)
_SECOND_DOTTED_REACH = 24
# A label or a verb of lasting that makes the number after it a length: "Durée : 1 h 30",
# "Duration: 1:30", "l'entrevue durera environ 1 h 15", "das Gespräch dauert ca. 1:15".
_LENGTH_LABEL_RE = re.compile(
    r"(?:durée|duration|dauer|duración|duração|durata|\bdurer[ao]|\bdure|\bdurará|\bdura|dauert|\bduurt)\b[^\n\d]{0,20}$"
)
_LENGTH_LABEL_REACH = 32
_KEYWORD_RE = re.compile(r"^(?P<kw>between|from|at|@|around|to|do|for|las|às|alle|à|om|um|kl\.?|klo)\s*")
# A half or quarter hour after the hour in Spanish, Portuguese and Italian: "6 y media", "10 e un quarto".
_ROMANCE_FRACTION_RE = re.compile(r"(?P<h>\d{1,2})\s+(?:y|e)\s+(?P<part>media|meia|mezza|mezzo|cuarto|quarto|un\s+quarto)")
_ROMANCE_MINUTES = {"media": 30, "meia": 30, "mezza": 30, "mezzo": 30, "cuarto": 15, "quarto": 15}
_HALF_RE = re.compile(r"(?P<part>half|quarter)\s+(?P<side>past\s+|to\s+)?")
_MINUTES_OF = {("half", ""): 30, ("half", "past"): 30, ("quarter", "past"): 15, ("quarter", "to"): -15}
_DUTCH_HALF_LEAD = ("om ", "tegen ", "rond ")
# "to 3" is a time only after a verb that moves a meeting: "can we push it to 3?".
_MOVE_BEFORE_RE = re.compile(
    r"(?:push|move|bump|shift|switch|change|reschedule|postpone)\w*(?:\s+[\w'’]+){0,3}\s+$"
)
_PART_OF_DAY_RE = re.compile(
    r"\s*(?:in\s+the|de\s+la|da)\s+(?P<part>morning|afternoon|evening|mañana|tarde|noche|manhã|noite)"
)
# The half of the day each part names, in English, Spanish and Portuguese.
_PART_HALF = {"morning": "a", "mañana": "a", "manhã": "a", "afternoon": "p", "evening": "p", "tarde": "p",
              "noche": "p", "noite": "p",
              "上午": "a", "午前": "a", "오전": "a", "早上": "a", "下午": "p", "午後": "p", "오후": "p", "晚上": "p",
              "subah": "a", "dopahar": "p", "shaam": "p", "sham": "p"}
# A part of the day written right before the time: "下午3点", "午後2:00", "오후 2시", "subah 11 baje".
_PART_BEFORE_RE = re.compile(r"(上午|午前|오전|早上|下午|午後|오후|晚上|\bsubah|\bdopahar|\bshaam|\bsham)[ \t]?$")
_CJK_HOUR_RE = re.compile(r"(?P<h>\d{1,2})[ \t]?[点點時时시](?:(?P<half>[半반])|[ \t]?(?P<m>\d{1,2})[分분])?")
# What may stand right before a time written "14h": a date and a comma, a dash, a clock
# emoji ("🕙 10h")...
_H_TIME_BEFORE_RE = re.compile(
    r"(?:[,·:|(–\-\U0001F550-\U0001F567⏰⌚⏱🕰]|\d(?:st|nd|rd|th)?|day|mon|tues?|wed|thu|thurs|fri|sat|sun|às|\bas|\bà|las|\bum|\bom|alle|godz"
    # "around": "vers 11h", "gegen 15h", "hacia las 10h".
    r"|\bvers|\bgegen|\bhacia|\baround|\bcirca|\bdès"
    r"|tomorrow|tmrw|today|amanhã|hoje|mañana|hoy|demain"
    # A month's name ends the date before it: "jeudi 17 décembre 10h", "17 de diciembre 10h".
    r"|(?:jan|feb|fév|fev|mar|apr|avr|abr|may|mai|jun|juin|jul|juil|aug|août|ago|sep|oct|out|nov|dec|déc|dic|dez)[^\W\d_]*)"
    r"\.?\s*$"
    # The second of two led times joined by "or"/"and" in the main European languages: "à 14h ou 16h".
    r"|(?:\bà|às|\bas|\bum|\bom|alle|las|\bat)\s+\d{1,2}h(?:[0-5]\d)?\s+(?:ou|or|o|oder|of|et|y|e|und|en|lub|i|and)\s+$"
)
_DURATION_RE = re.compile(
    r"(?<![\w/.=-])(?P<n>\d{1,3}(?:\.\d)?|an?|one|two|half\s+an?)\s*-?\s*"
    r"(?P<unit>minutes?|mins?|hours?|hrs?)\b(?!\s*(?:ago|before|after|earlier|later|early|late\b|behind|delay))",
)
_WORD_NUMBERS = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0}
_UNIT_RE = re.compile(r"min|hour|hr")
_AMOUNT_BEFORE_RE = re.compile(r"(?<![\w/.=-])(?:\d{1,3}(?:\.\d)?|an?|one|two|half\s+an?)\s*-?\s*$")
_AMOUNT_REACH = 16


@dataclass(frozen=True)
class TimeMention:
    """A time of day (or a range) found at ``[start, end)`` of the text.

    ``offset`` is the UTC offset in minutes of an ISO 8601 stamp ("2026-03-09T14:00Z").
    ``guessed_half`` says the morning/afternoon half was guessed (no am/pm, not 24-hour),
    so a "tonight" or "this morning" nearby may still correct it.
    """

    start: int
    end: int
    begins: time
    ends: time | None
    offset: int | None = None
    guessed_half: bool = False


@dataclass(frozen=True)
class _Point:
    hour: int
    minute: int
    meridiem: str | None
    padded_or_24h: bool
    dotted: bool
    h_style: bool


def _read_point(match: re.Match[str]) -> _Point | None:
    if match["noon"]:
        return _Point(12, 0, "p", True, False, False)
    if match["mh"]:
        return _Point(int(match["mh"]), int(match["mm"]), None, True, False, False)
    digits = match["h"]
    hour = int(digits)
    h_minutes = match["hm"] or match["shm"]
    minute = int(match["m"] or h_minutes or 0)
    meridiem = match["mer"]
    if hour > 23 or (meridiem and hour == 0):
        return None
    if meridiem and hour > 12:
        meridiem = None  # "14:00 PM": the 24-hour reading is the only one
    padded = len(digits) == 2 and digits.startswith("0") or hour > 12 or h_minutes is not None
    is_h_style = match["sep"] is None and match["m"] is None and "h" in match.group(0)
    return _Point(hour, minute, meridiem, padded or is_h_style, match["sep"] == ".",
                  is_h_style and h_minutes is None)


def _to_24h(point: _Point, meridiem: str | None) -> int:
    hour = point.hour
    if meridiem == "a":
        return 0 if hour == 12 else hour
    if meridiem == "p":
        return hour if hour == 12 else hour + 12
    if point.padded_or_24h:
        return hour
    return hour + 12 if 1 <= hour <= 6 else hour


def _meridiems(first: _Point, second: _Point | None, part_of_day: str | None) -> tuple[str | None, str | None]:
    hint = _PART_HALF.get(part_of_day or "")
    if second is None:
        return first.meridiem or (None if first.padded_or_24h else hint), None
    end = second.meridiem or (None if second.padded_or_24h else hint)
    start = first.meridiem
    if start is None and end is not None and not first.padded_or_24h:
        # "11-1pm" starts in the morning; "10-11am" and "2-3pm" share the end's half.
        start = "a" if end == "p" and first.hour % 12 > second.hour % 12 else end
    return start, end


def _iso_offset(text: str | None) -> int | None:
    if not text:
        return None
    match = _OFFSET_RE.fullmatch(text)
    if match is None or match["z"]:
        return 0
    sign = -1 if match["sign"] == "-" else 1
    return sign * (int(match["oh"]) * 60 + int(match["om"]))


def parse_time(match: re.Match[str], original: str) -> TimeMention | None:
    """Read a ``TIME_RE`` match found in the lower-cased copy of ``original``."""
    lowered = match.string
    span = match.group(0)
    before = lowered[max(0, match.start() - 12):match.start()]
    after = original[match.end():match.end() + 30]
    if match["iso"]:
        offset = _iso_offset(match["iso_offset"])
        if offset is not None and abs(offset) > 14 * 60:
            return None
        return TimeMention(match.start(), match.end(), time(int(span[:2]), int(span[3:5])), None, offset)
    keyword_match = _KEYWORD_RE.match(span)
    keyword = keyword_match["kw"] if keyword_match else None
    if keyword == "to" and not _MOVE_BEFORE_RE.search(lowered, max(0, match.start() - 40), match.start()):
        return None
    body = span[keyword_match.end():] if keyword_match else span
    half = _HALF_RE.match(body)
    if half is not None:
        hour = body[half.end():]
        number = int(_HOUR_NUMBERS.get(hour, hour))
        minutes = _MINUTES_OF[half["part"], (half["side"] or "").strip()]
        if minutes < 0 or before.endswith(_DUTCH_HALF_LEAD) and not half["side"]:
            # "Quarter to three" is 2:45; Dutch counts the half hour towards the next: "om half 3" is 2:30.
            number, minutes = number - 1 or 12, minutes % 60
        body = f"{number}:{minutes:02d}"
    romance_range = _ROMANCE_RANGE_RE.fullmatch(body)
    if romance_range is not None:
        body = f"{romance_range['first']}-{romance_range['second']}"
    fraction = _ROMANCE_FRACTION_RE.fullmatch(body)
    if fraction is not None:
        body = f"{fraction['h']}:{_ROMANCE_MINUTES[fraction['part'].split()[-1]]:02d}"
    elif body.endswith(("heure", "heures")):
        body = body.split()[0]
    cjk = _CJK_HOUR_RE.fullmatch(body)
    if cjk is not None:
        body = f"{cjk['h']}:{30 if cjk['half'] else int(cjk['m'] or 0):02d}"
    points = [_read_point(point) for point in _POINT_RE.finditer(body)]
    if not points or None in points or len(points) > 2:
        return None
    first = points[0]
    second = points[1] if len(points) == 2 else None
    assert first is not None
    # A second dotted time or a half of the day makes a range of times: "13.30-14.15", "9.45-10.30am";
    # not "2.10-2.12", a range of versions (no working hour, minutes off the clock's fives).
    dotted_range = second is not None and (second.meridiem is not None or second.dotted and first.hour >= 7
                                           and not first.minute % 5 and not second.minute % 5)
    if first.dotted and first.meridiem is None and (_CURRENCY_AFTER_RE.match(after) or keyword is None
                                                    and not dotted_range
                                                    and not _ZONE_AFTER_RE.match(after)
                                                    and not (first.minute % 5 == 0 and _DAY_AFTER_RE.match(after))
                                                    and not _DOTTED_LEAD_RE.search(before)
                                                    and not _SECOND_DOTTED_RE.search(
                                                        lowered, max(0, match.start() - _SECOND_DOTTED_REACH),
                                                        match.start())):
        return None  # "10.30" alone is more often a number than a time
    if keyword is None and second is None and first.h_style and not _H_TIME_BEFORE_RE.search(before):
        return None  # "12h" alone is an amount of hours unless a date or "at" leads to it
    if keyword is None and _names_a_length(lowered, match.start()):
        return None  # "Durée : 1 h 30" is how long, not when
    part = _PART_OF_DAY_RE.match(lowered, match.end(), match.end() + 30) or _PART_BEFORE_RE.search(before)
    start_mer, end_mer = _meridiems(first, second, part[1] if part else None)
    begins = time(_to_24h(first, start_mer), first.minute)
    ends: time | None = None
    if second is not None:
        end_hour = _to_24h(second, end_mer)
        ends = time(end_hour, second.minute)
        if ends <= begins:
            ends = None
    guessed = start_mer is None and not first.padded_or_24h
    return TimeMention(match.start(), match.end(), begins, ends, guessed_half=guessed)


def _names_a_length(lowered: str, position: int) -> bool:
    """Whether a label such as "Durée :" or "Duration:" stands right before ``position``."""
    start = max(0, position - _LENGTH_LABEL_REACH)
    if lowered.find("dur", start, position) == -1 and lowered.find("dauer", start, position) == -1:
        return False
    return _LENGTH_LABEL_RE.search(lowered, start, position) is not None


@dataclass(frozen=True)
class DurationMention:
    """A stated length ("45 minutes", "a 1-hour call") at ``[start, end)``."""

    start: int
    end: int
    length: timedelta


def find_durations(lowered: str) -> list[DurationMention]:
    """Every duration of at most eight hours written in the lower-cased text.

    Units are found first ("min", "hour", "hr" let ``re`` skip ahead fast), then the
    amount before each is read, so the cost is one fast scan plus a little per unit.
    """
    found: list[DurationMention] = []
    for unit in _UNIT_RE.finditer(lowered):
        amount = _AMOUNT_BEFORE_RE.search(lowered, max(0, unit.start() - _AMOUNT_REACH), unit.start())
        match = _DURATION_RE.match(lowered, amount.start()) if amount is not None else None
        if match is None:
            continue
        amount_text = " ".join(match["n"].split())
        if amount_text.startswith("half"):
            value = 0.5
        else:
            value = _WORD_NUMBERS.get(amount_text) or float(amount_text)
        minutes = value * (60 if match["unit"].startswith("h") else 1)
        if 0 < minutes <= 8 * 60:
            found.append(DurationMention(match.start(), match.end(), timedelta(minutes=minutes)))
    return found
