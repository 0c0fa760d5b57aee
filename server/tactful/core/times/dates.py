"""Calendar dates as written: "Tuesday, March 3", "3rd of March", "3/4", "2026-03-09",
"tomorrow", "next Tuesday"...

``find_dates`` only reads what is written into a ``DateMention``; turning it into a
calendar day (which year, which Tuesday, day-first or month-first) is ``relative``'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

# Patterns are lower case: they run on the lower-cased text (see ``lowered``).
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\b\.?"
_MONTH_NAMES = (
    r"january|february|march|april|may|june|july|august|september|october"
    r"|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
_MONTH = rf"(?:{_MONTH_NAMES})\b\.?"
# Month names of the main European languages, read only after a day number ("19 de
# marzo", "6 marca 2026", "10. März", "23 maart"), where they cannot be ordinary words.
# Day numbers are found by the digit-led locator, so these names cost no extra scan.
_FOREIGN_MONTHS: dict[str, int] = {
    word: number
    for number, words in enumerate((
        "enero janeiro janvier januar jänner januari gennaio stycznia janv ocak ledna",
        "febrero fevereiro février fevrier februar februari febbraio lutego févr şubat února",
        "marzo março marco mars märz maart marca mrt mart března marts",
        "abril avril aprile kwietnia avr nisan dubna",
        "mayo maio mai mei maggio maja maj mayıs května",
        "junio junho juin juni giugno czerwca haziran června",
        "julio julho juillet juli luglio lipca juil temmuz července",
        "agosto août aout augustus augusti sierpnia ağustos srpna",
        "septiembre setiembre setembro septembre settembre września wrzesnia eylül září",
        "octubre outubro octobre oktober ottobre października pazdziernika okt ekim října",
        "noviembre novembro novembre listopada kasım listopadu",
        "diciembre dezembro décembre decembre dezember dicembre desember grudnia déc dez aralık prosince",
    ), start=1)
    for word in words.split()
}
_ANY_MONTH = rf"(?:{_MONTH_NAMES}|{'|'.join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))})\b\.?"
# The full stop of a day number written as an ordinal, as German, the Nordic languages and
# Czech write dates ("6. März", "1. 12."): matched at the number, it ends no sentence.
_DAY_ORDINAL_DOT_RE = re.compile(rf"(?<![\d.])\d{{1,2}}\.[ \t]+(?:{_ANY_MONTH}|\d{{1,2}}\.)")
# Weekday names of the same languages.  They are looked up only in front of a day number
# followed by a time lead ("viernes 20 a las 10:00"), never scanned for: an alternation
# of words that many scanned at every position would cost more than the rest of the search.
FOREIGN_WEEKDAYS: dict[str, int] = {
    word: number
    for number, words in enumerate((
        "lunes lundi montag maandag lunedì lunedi poniedziałek poniedzialek segunda segunda-feira måndag mandag pazartesi pondělí",
        "martes mardi dienstag dinsdag martedì martedi wtorek terça terca terça-feira terca-feira tisdag tirsdag salı úterý",
        "miércoles miercoles mercredi mittwoch woensdag mercoledì mercoledi środa środę sroda quarta quarta-feira onsdag çarşamba středa středu",
        "jueves jeudi donnerstag donderdag giovedì giovedi czwartek quinta quinta-feira torsdag perşembe čtvrtek",
        "viernes vendredi freitag vrijdag venerdì venerdi piątek piatek sexta sexta-feira fredag cuma pátek",
        "sábado sabado samedi samstag sonnabend zaterdag sabato sobota sobotę lördag lørdag cumartesi",
        "domingo dimanche sonntag zondag domenica niedziela niedzielę söndag søndag pazar neděle neděli",
    ))
    for word in words.split()
}
# "Tomorrow" in the same languages.  "mañana" and "morgen" also mean "morning": after
# an article or "am" ("de la mañana", "am Morgen") they are not read as a day.
# Hindi-English "kal" is tomorrow when a time is being set (and yesterday in a story of the past).
FOREIGN_TOMORROW = ("mañana", "amanhã", "demain", "domani", "jutro", "morgen", "imorgon", "kal", "yarın")
# "Today" in the same languages.
_FOREIGN_TODAY = ("hoy", "hoje", "heute", "oggi", "vandaag", "idag", "aujourd'hui", "dzisiaj", "bugün")
_MORNING_BEFORE = ("la ", "am ", "guten ", "den ", "this ")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_ORDINAL = r"(?:st|nd|rd|th)\b"
# The first of a month as French ("1er avril") and Spanish, Portuguese, Italian ("1º de abril") write it.
_FIRST = r"(?<=1)er\b|[º°]"
_YEAR = r"20\d\d(?!\d|:\d)"
# What an ordinal numbers when it is no day of the month: "check in on the 14th floor".
_NOT_A_DAY_AFTER_ORDINAL = r"\s+(?:floor|fl\b|storey|story|level|street|st\b|avenue|ave\b|row|place|century|percentile)"

DATE_RE = re.compile(
    # Year first: ISO "2026-03-09", and "2026/03/09" or "2026.03.09" as East Asia writes it.
    rf"(?<![\w/.-])(?P<iso_y>20\d\d)(?P<iso_sep>[-/.])(?P<iso_m>0?[1-9]|1[0-2])(?P=iso_sep)(?P<iso_d>{_DAY})"
    r"(?![\d/-]|\.\d)"
    rf"|\b(?P<md_m>{_MONTH})\s*(?P<md_d>{_DAY})(?:{_ORDINAL})?(?!\d|:\d)(?:,?\s+(?P<md_y>{_YEAR}))?"
    rf"|\b(?P<dm_d>{_DAY})(?:{_ORDINAL}|{_FIRST}|\.(?=\s))?(?:\s+(?:of\s+|de\s+)?|-)(?P<dm_m>{_ANY_MONTH})"
    rf"(?:(?:,?\s+(?:de\s+)?|-)(?P<dm_y>{_YEAR}))?"
    # "3月24日(火)", "2026年3月24日", Chinese "9月22日（周二）", Korean "12월 2일(수)": the CJK
    # form, with its weekday in brackets.
    rf"|(?:(?P<cj_y>20\d\d)\s*[年년]\s*)?(?P<cj_m>0?[1-9]|1[0-2])\s*[月월]\s*(?P<cj_d>{_DAY})\s*[日일]"
    r"(?:\s*[(（](?:[月火水木金土日]|[周週][一二三四五六日天]|星期[一二三四五六日天]|[월화수목금토일])[)）])?"
    # A day number after a foreign weekday and before a time lead: "viernes 20 a las 10:00", "jueves 5 de 10:00 a 11:00".
    rf"|(?P<fday>{_DAY})(?=,?[ \t]+(?:a[ \t]+las?|às|à|alle|um|om|o|godz\.?|de|dalle|das|van|vers|gegen)[ \t]+\d)"
    rf"|(?<![\w/.,:-])(?P<na>\d{{1,2}})(?P<ns>[/.-])(?P<nb>\d{{1,2}})(?P=ns)(?P<ny>20\d\d|\d\d)(?![\w/.:-]|\.\d)"
    # "12/3" also as a label before its times: "Thu 12/3: 10-11am".
    rf"|(?<![\w/.,:-])(?P<sa>\d{{1,2}})/(?P<sb>\d{{1,2}})(?![\w/-]|:\S|[.,]\d)"
    rf"|(?<![\w/.,:-])(?P<da>\d{{1,2}})\.(?P<db>\d{{1,2}})(?![\w/:-]|[.,]\d)"
    # "Thursday 19th", and without the suffix when a time or another weekday follows:
    # "Thursday 19 at 10h", "Mon 13 or Tue 14 April".
    rf"|\b(?P<nwd>{_WEEKDAY})[,]?\s+(?:the\s+)?(?P<nth>{_DAY})"
    rf"(?:{_ORDINAL}|(?=[ \t]+(?:at|@)[ \t]+\d|[ \t]+(?:or|and)[ \t]+{_WEEKDAY}))(?!\s+(?:of\s+)?{_MONTH})"
    rf"|\bon\s+the\s+(?P<nth2>{_DAY}){_ORDINAL}(?!\s+(?:of\s+)?{_MONTH}|{_NOT_A_DAY_AFTER_ORDINAL})"
    # "would the 19th or (the) 20th work", "the 19th at 9", "Thursday (15th)": without "on", only
    # where no noun follows ("the 2nd round", "the 3rd floor" are no days).
    rf"|(?:\bthe\s+|(?<=\bor )|(?<=\band )|(?<=\())(?P<nth3>{_DAY}){_ORDINAL}(?=[ \t]*(?:[,;:?!()\n]|\.(?!\d)|[-–][ \t]|$|(?:or|and|at|from|works?|would|suits?)\b|@))"
    # Today and tomorrow in Japanese, Chinese and Korean, which put no space or word boundary
    # after them: "明日の15時", "明天下午3点", "내일 오후 3시".
    r"|(?P<cjk_rel>明後日|明日|今日|明天|今天|后天|後天|내일|오늘|모레)"
    # "day after" alone before a time is the day after tomorrow, as Indian English has it.
    r"|\b(?P<rel>(?:the\s+)?day\s+after\s+tomorrow|(?<!the )day\s+after(?=[ \t]+(?:at|@)[ \t]+\d)|tomorrow|tmrw|tmr|2moro|2morrow|today|tonight|later\s+today"
    rf"|{'|'.join((*FOREIGN_TOMORROW, *_FOREIGN_TODAY))}"
    r"|this\s+(?:morning|afternoon|evening)|yesterday)\b"
    rf"|\bnext\s+week\s+(?:on\s+)?(?P<nwwd>{_WEEKDAY})"
    rf"|\b(?:(?P<mod>this\s+coming|this|next|coming|last|following|past)\s+)?(?P<wd>{_WEEKDAY})"
    # "Thursday week", as British English says the Thursday of next week.
    r"(?:\s+(?P<week>this|next)\s+week\b|\s+(?P<bweek>week)\b(?!\s*(?:of|ending|commencing|beginning|starting|\d)))?"
)
WEEKDAY_RANGE_RE = re.compile(
    rf"\b{_WEEKDAY}\s*(?:-|–|—|to\b|through\b|thru\b)\s*{_WEEKDAY}|\bweekdays\b|\bweekends?\b"
)
# Where a date may start: scanning for these first is many times faster than trying
# ``DATE_RE`` at every position, because ``re`` can skip to their first letters (the
# digit branch starts with one digit, not a repeat, so that the skip is kept).
_LOCATOR_RE = re.compile(
    r"m(?:on|ar|ay|orning|añana|orgen)|t(?:ue|hu|od|om|on|mr)|wed|f(?:ri|eb)|s(?:at|un|ep)|j(?:an|un|ul|utro)"
    r"|a(?:pr|ug|fternoon|manhã|ujourd)|oct|nov|d(?:ec|emain|omani|ay\s+after\b|zisiaj)|yes|evening"
    r"|h(?:oy|oje|eute)|oggi|vandaag|i(?:dag|morgon)|kal\b|[明今后後내오모][日天後일늘레]|yarın|bugün"
    r"|2mor|[0-9][0-9]{0,3}(?:[/.-][0-9]|-[a-z]{3}|(?:st|nd|rd|th|er)\b|[º°]|\.?\s+(?:of\s+|de\s+)?[^\W\d_]{3}|\s*[年月년월]"
    r"|,?[ \t]+(?:a|às|à|alle|um|om|o|godz|de|dalle|das|van|vers|gegen)\b)"
)
# Words that belong to the date but come before the word the locator finds.
_LEAD_RE = re.compile(
    r"(?:this\s+coming|this|next|coming|last|following|past|next\s+week(?:\s+on)?|on\s+the|the"
    r"|(?:the\s+)?day\s+after|later)\s+$"
)
_LEAD_WINDOW = 24
_LEAD_LAST_WORDS = frozenset({"coming", "this", "next", "last", "following", "past", "week", "on", "the",
                              "after", "later"})
# Short forms that are also English words count only when capitalised: "Sat", "May".
_WORDS_NEEDING_CAPITAL = frozenset({"mon", "wed", "sat", "sun", "may", "mar"})
# What may separate a weekday from its date: "Tuesday, 3/10", "3/10 (Tue)", table cells "Tuesday | 3/10".
_MERGEABLE_GAP = re.compile(r"[ \t,(|]*")
_ORDINAL_DAY_AFTER_RE = re.compile(r"[ \t]+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b")
# What makes a dotted pair ("31.03.") a date although no weekday stands beside it.
_DATE_ARTICLE_BEFORE_RE = re.compile(r"\b(?:am|den|dem|der|vom|le|el|il|del|op)\s+$")
_TIME_AFTER_DOTTED_RE = re.compile(r"\.?,?[ \t]+(?:um|à|a\s+las?|alle|om|kl\.?|at|godz\.?)?[ \t]*\d{1,2}[:.h]\d\d")
# A weekday with one of these before a full date is that date's: "next Wednesday (11 March)".
_MERGEABLE_MODIFIERS = (None, "next", "this", "coming", "this coming", "following")
_MONTH_WORDS = frozenset({"may", "mar"})
_WEEKDAY_WORD_RE = re.compile(rf"\b{_WEEKDAY}")
_NEIGHBOUR_REACH = 25
_CLOCK_AFTER_RE = re.compile(
    r"\.?[ \t]+(?P<at>(?:at|@)[ \t]+)?(?:[01]?\d|2[0-3])(?:[:.][0-5]\d|[ \t]?[ap]\.?m\b|ish\b|[ \t]?\?)"
)
# Short forms that are also nouns a clock time may follow with "at": "the sun at 3pm".
_NOUNS_BEFORE_AT = frozenset({"sun"})
_FOREIGN_WEEKDAY_REACH = 24
# The words that lead from a weekday to its time in other languages ("jeudi à 14h").
_TIME_LEADS = (" à", " às", " as", " a las", " a la", " alle", " um", " om", " o", " godz.", " godz", " kl.", " kl", " saat",
               # "around": "mardi vers 11h", "Donnerstag gegen 15 Uhr", "jueves hacia las 10", "giovedì verso le 15".
               " vers", " gegen", " hacia las", " hacia", " verso le", " verso", " rond", " omstreeks",
               # The start of a range: "jueves de 3:00 a 4:00", "giovedì dalle 10 alle 11".
               " de", " dalle", " das", " van")
_WORD_OPENERS = "(¿¡\"'"
_PARTS_OF_THE_DAY = ("matin", "après-midi", "soir", "mañana", "tarde", "noche", "manhã", "noite", "mattina",
                     "pomeriggio", "sera", "vormittag", "nachmittag", "abend", "morgens", "nachmittags", "ochtend",
                     "middag", "avond", "förmiddag", "eftermiddag", "sabah", "öğleden sonra", "akşam")
_PART_AFTER_WEEKDAY_RE = re.compile(
    rf"[ \t]+(?:(?:por|pela|de|en|in|am|na)[ \t]+(?:la[ \t]+)?)?(?:{'|'.join(_PARTS_OF_THE_DAY)})$"
)
# "Next" written after a foreign weekday: "giovedì prossimo alle 16:00", "jeudi prochain à 14h".
_NEXT_AFTER_WEEKDAY = (" prossimo", " prossima", " prochain", " próximo", " próxima", " proximo", " proxima",
                       " que vem", " que viene")
# The noun "day" that Portuguese and Spanish may write between a weekday and its number:
# "sexta-feira, dia 29, às 15h30", "el viernes, día 29, a las 10".
_DAY_NOUNS = (" dia", " día")

_RELATIVE_DAYS = {"today": 0, "tonight": 0, "later today": 0, "this morning": 0,
                  "this afternoon": 0, "this evening": 0, "tomorrow": 1, "tmrw": 1, "tmr": 1, "2moro": 1, "2morrow": 1,
                  **dict.fromkeys(FOREIGN_TOMORROW, 1), **dict.fromkeys(_FOREIGN_TODAY, 0),
                  "day after tomorrow": 2, "day after": 2, "the day after tomorrow": 2, "yesterday": -1}
_CJK_RELATIVE_DAYS = {"今日": 0, "今天": 0, "오늘": 0, "明日": 1, "明天": 1, "내일": 1, "明後日": 2, "后天": 2, "後天": 2,
                      "모레": 2}
_PART_OF_DAY = {"tonight": "evening", "this morning": "morning", "this afternoon": "afternoon",
                "this evening": "evening"}


@dataclass(frozen=True)
class DateMention:
    """A date as written at ``[start, end)``, not yet resolved to a calendar day.

    Exactly one way of naming the day is set: ``month``/``day`` (with ``year`` when
    written), ``numeric`` (the two numbers of "3/4", order unknown yet), ``days_ahead``
    ("tomorrow"), or ``weekday`` alone with its ``modifier`` ("next", "this", "next
    week"...).  ``weekday`` may also accompany an explicit date and then disambiguates it.
    """

    start: int
    end: int
    weekday: int | None = None
    modifier: str | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    numeric: tuple[int, int] | None = None
    days_ahead: int | None = None
    part_of_day: str | None = None

    @property
    def weekday_only(self) -> bool:
        return (self.weekday is not None and self.month is None and self.day is None
                and self.numeric is None and self.days_ahead is None)


def _weekday(word: str) -> int:
    return ("mon", "tue", "wed", "thu", "fri", "sat", "sun").index(word[:3])


def _month(word: str) -> int:
    foreign = _FOREIGN_MONTHS.get(word.rstrip("."))
    if foreign is not None:
        return foreign
    return ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
            "dec").index(word[:3]) + 1


def _year(text: str | None) -> int | None:
    if text is None:
        return None
    value = int(text)
    return value + 2000 if value < 100 else value


def _read(match: re.Match[str]) -> DateMention:
    start, end = match.span()
    if match["iso_y"]:
        return DateMention(start, end, month=int(match["iso_m"]), day=int(match["iso_d"]),
                           year=int(match["iso_y"]))
    if match["md_m"]:
        return DateMention(start, end, month=_month(match["md_m"]), day=int(match["md_d"]),
                           year=_year(match["md_y"]))
    if match["dm_m"]:
        return DateMention(start, end, month=_month(match["dm_m"]), day=int(match["dm_d"]),
                           year=_year(match["dm_y"]))
    if match["cj_m"]:
        return DateMention(start, end, month=int(match["cj_m"]), day=int(match["cj_d"]),
                           year=_year(match["cj_y"]))
    if match["na"]:
        return DateMention(start, end, numeric=(int(match["na"]), int(match["nb"])),
                           year=_year(match["ny"]))
    if match["sa"]:
        return DateMention(start, end, numeric=(int(match["sa"]), int(match["sb"])))
    if match["da"]:
        # "26.03" is written day first wherever the dot separates day and month.
        return DateMention(start, end, month=int(match["db"]), day=int(match["da"]))
    if match["nth"] or match["nth2"] or match["nth3"]:
        weekday = _weekday(match["nwd"]) if match["nwd"] else None
        return DateMention(start, end, weekday=weekday, day=int(match["nth"] or match["nth2"] or match["nth3"]))
    if match["cjk_rel"]:
        return DateMention(start, end, days_ahead=_CJK_RELATIVE_DAYS[match["cjk_rel"]])
    if match["rel"]:
        words = " ".join(match["rel"].split())
        return DateMention(start, end, days_ahead=_RELATIVE_DAYS[words],
                           part_of_day=_PART_OF_DAY.get(words))
    if match["nwwd"]:
        return DateMention(start, end, weekday=_weekday(match["nwwd"]), modifier="next week")
    modifier = " ".join(match["mod"].split()) if match["mod"] else None
    if match["week"]:
        modifier = f"{match['week']} week"
    elif match["bweek"]:
        modifier = "next week"
    return DateMention(start, end, weekday=_weekday(match["wd"]), modifier=modifier)


def _written_as_word(original: str, lowered: str, group_start: int, group_end: int) -> bool:
    """Whether a short form such as "may" or "sun" is written in lower case, as a word.

    A lower-case weekday short form with another weekday a few words away, or with a
    clock time right after it, is still a day: "wed instead of tues", "sat 11am".
    """
    token = lowered[group_start:group_end].rstrip(".")
    if token not in _WORDS_NEEDING_CAPITAL or not original[group_start:group_end].islower():
        return False
    if token in _MONTH_WORDS:
        return True
    clock = _CLOCK_AFTER_RE.match(lowered, group_end)
    if clock is not None and not (clock["at"] and token in _NOUNS_BEFORE_AT):
        return False  # texting shorthand: "sat 11am", "mon 10:30", "mon at 7.30am"
    if _ORDINAL_DAY_AFTER_RE.match(lowered, group_end):
        return False  # "sat 28th 11am"
    window_start = max(0, group_start - _NEIGHBOUR_REACH)
    neighbours = _WEEKDAY_WORD_RE.findall(lowered, window_start, group_end + _NEIGHBOUR_REACH)
    return len(neighbours) < 2


def _matches(lowered: str, start: int, end: int) -> list[re.Match[str]]:
    """``DATE_RE`` matches in ``lowered[start:end]``, tried only where the locator points.

    A hit inside a word or a number ("common", the "026" of "2026") starts no date: it
    is skipped before any pattern runs.  The lead words ("next", "on the"...) are looked
    for only when the word right before the hit is the last word of one of them.
    """
    matches = []
    position = start
    while (hit := _LOCATOR_RE.search(lowered, position, end)) is not None:
        hit_start = hit.start()
        before = lowered[hit_start - 1] if hit_start else " "
        if before.isascii() and before.isalnum():
            position = hit_start + 1
            continue
        match = None
        if before.isspace():
            window = lowered[max(start, hit_start - _LEAD_WINDOW):hit_start]
            words = window.rsplit(None, 1)
            if words and words[-1].lstrip("(") in _LEAD_LAST_WORDS:  # "next Thursday (the 15th)"
                lead = _LEAD_RE.search(window)
                if lead is not None:
                    match = DATE_RE.match(lowered, hit_start - len(window) + lead.start(), end)
        if match is None:
            match = DATE_RE.match(lowered, hit_start, end)
        if match is not None and match.end() > position:
            matches.append(match)
            position = match.end()
        else:
            position = hit_start + 1
    return matches


def _foreign_weekday_before(lowered: str, position: int) -> tuple[int, int] | None:
    """Where the foreign weekday written right before ``position`` starts, and its number."""
    window_start = max(0, position - _FOREIGN_WEEKDAY_REACH)
    before = lowered[window_start:position].rstrip(" \t,(")
    if before.endswith(_DAY_NOUNS):
        before = before[:-len(_DAY_NOUNS[0])].rstrip(" \t,(")
    word_start = max(before.rfind(" "), before.rfind("\n"), before.rfind("\t")) + 1
    word = before[word_start:].lstrip(_WORD_OPENERS)
    weekday = FOREIGN_WEEKDAYS.get(word)
    if weekday is None:
        return None
    return window_start + len(before) - len(word), weekday


def foreign_weekday_before_time(lowered: str, position: int) -> DateMention | None:
    """A weekday of another language written alone right before the time at ``position``,
    after a lead word or a comma: "jeudi à 14h", "Mittwoch, 15 Uhr", "el jueves a las 17:00".

    Looked up only before a time, never scanned for (see ``FOREIGN_WEEKDAYS``).
    """
    if not lowered.endswith((" ", "\t"), 0, position):
        return None  # most times follow a colon, a digit or a bracket: no word to look up
    window_start = max(0, position - _FOREIGN_WEEKDAY_REACH)
    before = lowered[window_start:position].rstrip(" \t")
    # A lead word or a comma may stand between ("jeudi à 14h", "Mittwoch, 15 Uhr"), or
    # nothing, as Turkish writes it ("perşembe 16:00").
    lead = next((lead for lead in _TIME_LEADS if before.endswith(lead)), "")
    end = window_start + len(before[:len(before) - len(lead)].rstrip(" \t,("))
    # A part of the day may follow the weekday: "vendredi matin à 9h15", "jueves por la tarde a las 5".
    if lowered.endswith(_PARTS_OF_THE_DAY, 0, end):
        part = _PART_AFTER_WEEKDAY_RE.search(lowered, window_start, end)
        if part is not None:
            end = part.start()
    following = next((word for word in _NEXT_AFTER_WEEKDAY if lowered.endswith(word, 0, end)), None)
    found = _foreign_weekday_before(lowered, end - len(following) if following is not None else end)
    if found is None:
        return None
    start, weekday = found
    return DateMention(start, end, weekday=weekday, modifier="next" if following is not None else None)


def is_day_ordinal_dot(lowered: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` follows a day number before a month ("6. März")."""
    digits = 2 if dot >= 2 and lowered[dot - 2].isdigit() else 1
    return dot >= digits and _DAY_ORDINAL_DOT_RE.match(lowered, dot - digits) is not None


def find_dates(original: str, lowered: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every date mention in ``original[start:end]``; "Tuesday, March 3" and "March 16
    (Mon)" are one mention each.

    ``lowered`` is ``original`` lower-cased with the same length.  A short dotted date
    such as "26.03" counts only with a weekday beside it ("26.03 (Thursday)"): alone it
    is as often a price, a version or a time.
    """
    found: list[DateMention] = []
    dotted: set[int] = set()
    for match in _matches(lowered, start, len(lowered) if end is None else end):
        if match["fday"]:
            foreign = _foreign_weekday_before(lowered, match.start())
            if foreign is not None:
                found.append(DateMention(foreign[0], match.end(), weekday=foreign[1], day=int(match["fday"])))
            continue
        if any(match[name] and _written_as_word(original, lowered, *match.span(name))
               for name in ("wd", "nwd", "nwwd", "md_m", "dm_m")):
            continue
        if match["rel"] in FOREIGN_TOMORROW and lowered.endswith(_MORNING_BEFORE, 0, match.start()):
            continue
        mention = _read(match)
        if mention.numeric is not None or match["da"] or match["dm_m"]:
            # "sexta (06/03)": a foreign weekday tells which reading of the numbers is meant;
            # "Donnerstag 12.3." is a date, where a dotted pair alone may be a price; "jeudi 12
            # février" is one date, so that "d'ici le" before it makes it a deadline.
            foreign = _foreign_weekday_before(lowered, mention.start)
            if foreign is not None:
                mention = replace(mention, start=foreign[0], weekday=foreign[1])
        previous = found[-1] if found else None
        if previous is not None and _MERGEABLE_GAP.fullmatch(lowered, previous.end, mention.start):
            if (previous.weekday_only and previous.modifier in _MERGEABLE_MODIFIERS
                    and mention.weekday is None and mention.days_ahead is None):
                found[-1] = replace(mention, start=previous.start, weekday=previous.weekday)
                continue
            if (mention.weekday_only and mention.modifier is None and previous.weekday is None
                    and (previous.day is not None or previous.numeric is not None)):
                found[-1] = replace(previous, end=mention.end, weekday=mention.weekday)
                continue
        if match["da"] and not _reads_as_date(lowered, match.start(), match.end()):
            dotted.add(mention.start)
        found.append(mention)
    return [mention for mention in found if mention.weekday is not None or mention.start not in dotted]


def _reads_as_date(lowered: str, start: int, end: int) -> bool:
    """Whether a dotted pair is written as a date without a weekday: after "am", "le",
    "el"... ("am 31.03. um 16:00") or right before a time ("31.03., 16:00 Uhr")."""
    return (_DATE_ARTICLE_BEFORE_RE.search(lowered, max(0, start - 6), start) is not None
            or _TIME_AFTER_DOTTED_RE.match(lowered, end) is not None)
