"""Stated pay: amounts and ranges, their currency, and whether they are per hour, day, month or year.

Only money that reads as pay counts: an amount needs a currency and, near it, a word of
pay ("salary", "rate", "per hour"...); money about funding, travel or gift cards is not pay.
"""

from __future__ import annotations

import re
from itertools import islice

from tactful.core.suggest.facts import MAX_FACTS, Fact, PayRange, snippet
from tactful.core.suggest.preferences import PayPeriod

_PREFIXES = {
    "us$": "USD", "usd": "USD", "ca$": "CAD", "c$": "CAD", "cad": "CAD", "a$": "AUD", "au$": "AUD", "aud": "AUD",
    "nz$": "NZD", "s$": "SGD", "sgd": "SGD", "r$": "BRL", "$": "USD", "€": "EUR", "eur": "EUR", "£": "GBP",
    "gbp": "GBP", "chf": "CHF", "¥": "JPY", "jpy": "JPY", "₹": "INR", "inr": "INR", "sek": "SEK", "nok": "NOK",
    "dkk": "DKK", "pln": "PLN", "hkd": "HKD", "mxn": "MXN", "zar": "ZAR",
}
_SUFFIXES = {
    **{code.casefold(): code for code in ("USD", "EUR", "GBP", "CHF", "CAD", "AUD", "SEK", "NOK", "DKK", "PLN", "INR",
                                          "JPY", "SGD", "NZD", "BRL", "MXN", "ZAR", "HKD")},
    "€": "EUR", "euros": "EUR", "euro": "EUR", "dollars": "USD", "pounds": "GBP", "zł": "PLN", "zloty": "PLN",
    "francs": "CHF", "kr": "SEK",
}


def _alternation(words: dict[str, str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_NUMBER = r"\d{1,3}(?:[,.  '’]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"


def _amount(n: int) -> str:
    """One amount with its currency before or after; groups are numbered ``n`` (a range has two)."""
    return (rf"(?:(?P<pre{n}>{_alternation(_PREFIXES)})\s?)?(?P<num{n}>{_NUMBER})\s?(?P<mult{n}>[kK]\b|[mM]\b|LPA\b|lakhs?\b|lacs?\b)?"
            rf"(?:\s?(?P<suf{n}>{_alternation(_SUFFIXES)})(?![a-zA-Z]))?")


_MONEY = re.compile(
    rf"(?P<bound>\b(?:up to|max(?:imum)?|from|starting (?:at|from)|at least|min(?:imum)?|between)\s+)?"
    rf"{_amount(1)}(?:\s*(?:-|–|—|to|and)\s*{_amount(2)})?",
    re.IGNORECASE,
)
_GROSS = r"\s*(?:gross|brutto|brut|net)?"
_PERIOD_AFTER = [
    (PayPeriod.HOUR, re.compile(_GROSS + r"\s*(?:/|per|an|a|each|pro|par)\s*(?:hour|hr|h|stunde|heure)\b"
                                r"|\s*(?:hourly|p/h|ph)\b", re.IGNORECASE)),
    (PayPeriod.DAY, re.compile(_GROSS + r"\s*(?:/|per|a|each|pro|par)\s*(?:day|tag|jour)\b|\s*(?:daily|p/d)\b",
                               re.IGNORECASE)),
    (PayPeriod.MONTH, re.compile(_GROSS + r"\s*(?:/|per|a|each|pro|par|al)\s*(?:month|mo|monat|mois|mes)\b"
                                 r"|\s*(?:monthly|monatlich|mensuel|mensual)\b", re.IGNORECASE)),
    (PayPeriod.YEAR, re.compile(_GROSS + r"\s*(?:/|per|a|each|pro|par|al)\s*(?:year|yr|annum|jahr|an|año)\b"
                                r"|\s*(?:p\.?\s?a\b\.?|annually|yearly|annual|jährlich|anual)", re.IGNORECASE)),
]
_PERIOD_BEFORE = [
    (PayPeriod.HOUR, re.compile(r"\bhourly\b|\bper hour\b", re.IGNORECASE)),
    (PayPeriod.DAY, re.compile(r"\bday rate\b|\bdaily rate\b|\bper day\b", re.IGNORECASE)),
    (PayPeriod.MONTH, re.compile(r"\bmonthly\b|\bper month\b", re.IGNORECASE)),
    (PayPeriod.YEAR, re.compile(r"\bannual\b|\bper annum\b|\byearly\b|\bOTE\b|\btotal comp", re.IGNORECASE)),
]
_PAY_WORDS = re.compile(
    r"\b(?:salary|salaries|pay|paid|paying|compensation|comp|base|rate|range|band|package|OTE|wage|earn|"
    r"remuneration|budget|per (?:hour|day|month|year|annum)|hourly|annual|annually|gross|p\.?a)\b"
    r"|/\s?(?:h|hr|hour|day|yr|year|month)\b|\d\s?[kK]\b|gehalt|salaire|salario|sueldo",
    re.IGNORECASE,
)
_NOT_PAY = re.compile(
    r"\b(?:funding|raised|raise[sd]?|revenue|valuation|series [a-e]|seed|reimburs\w*|travel|expenses?|gift|voucher|"
    r"parking|lunch|bonus|equipment|stipend|fee|donat\w*|prize|million|billion|ARR|customers|relocation|"
    r"allowance|signing|sign-on|referral|learning|training|conference|home office|per (?:user|seat|month per))\b",
    re.IGNORECASE,
)
_MAX_AMOUNTS = 200  # amounts of money weighed per message: real mail has a handful, hostile mail thousands
_CONTEXT = 45  # characters either side of an amount searched for words of pay, or words against


def _nearest(pattern: re.Pattern[str], text: str, start: int, end: int) -> int | None:
    """How many characters separate ``text[start:end]`` from the nearest match of ``pattern`` around it."""
    before = text[max(0, start - _CONTEXT):start]
    distances = [len(before) - hit.end() for hit in pattern.finditer(before)]
    distances += [hit.start() for hit in pattern.finditer(text[end:end + _CONTEXT])]
    return min(distances, default=None)


def _reads_as_pay(text: str, match: re.Match[str], salary_range: bool) -> bool:
    """A word of pay is near the amount, nearer than any word saying it is something else.

    A period right after the amount ("per hour") or a range of thousands ("$125,000-$145,000")
    reads as pay by itself: an invitation states such money for nothing else.
    """
    stated_period = any(pattern.match(text, match.end()) for _, pattern in _PERIOD_AFTER)
    pay = 0 if stated_period or salary_range else _nearest(_PAY_WORDS, text, *match.span())
    other = _nearest(_NOT_PAY, text, *match.span())
    return pay is not None and (other is None or pay < other)


_MULTIPLIERS = {"k": 1000, "m": 1_000_000, "lpa": 100_000, "lak": 100_000, "lac": 100_000}  # a lakh is 100,000


def _number(text: str, multiplier: str | None) -> float:
    digits = re.sub(r"[  '’]", "", text)
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", digits):
        value = float(re.sub(r"[,.]", "", digits))
    elif re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+[.,]\d{1,2}", digits):
        value = float(re.sub(r"[,.]", "", digits[:-3]) + "." + digits[-2:].lstrip(",."))
    else:
        value = float(digits.replace(",", "."))
    return value * _MULTIPLIERS.get((multiplier or "").casefold()[:3], 1)


def _currency(match: re.Match[str]) -> str | None:
    for name, table in (("pre1", _PREFIXES), ("suf1", _SUFFIXES), ("pre2", _PREFIXES), ("suf2", _SUFFIXES)):
        found = match.group(name)
        if found:
            return table[found.casefold()]
    return None


def _period(text: str, match: re.Match[str], amount: float) -> PayPeriod:
    """The period stated right after the amount, else just before it, else guessed from its size."""
    for period, pattern in _PERIOD_AFTER:
        if pattern.match(text, match.end()):
            return period
    before = text[max(0, match.start() - _CONTEXT):match.start()]
    for period, pattern in _PERIOD_BEFORE:
        if pattern.search(before):
            return period
    if amount < 500:
        return PayPeriod.HOUR
    return PayPeriod.MONTH if amount < 15_000 else PayPeriod.YEAR


def _range(match: re.Match[str]) -> tuple[float, float | None]:
    # A multiplier on the upper end alone also applies to the lower ("90-110k").
    second_mult = match.group("mult2")
    first = _number(match.group("num1"), match.group("mult1") or (second_mult if match.group("num2") else None))
    second = _number(match.group("num2"), second_mult) if match.group("num2") else None
    return first, second


def find_pay(text: str) -> tuple[Fact[PayRange], ...]:
    """Each stated amount or range of pay, in the order written."""
    found: list[Fact[PayRange]] = []
    amounts = ((match, currency) for match in _MONEY.finditer(text) if (currency := _currency(match)) is not None)
    for match, currency in islice(amounts, _MAX_AMOUNTS):
        first, second = _range(match)
        if first < 1 or not _reads_as_pay(text, match, second is not None and min(first, second) >= 1000):
            continue
        bound = (match.group("bound") or "").strip().casefold()
        lakhs = any((match.group(name) or "").casefold().startswith(("lpa", "lak", "lac")) for name in ("mult1", "mult2"))
        period = PayPeriod.YEAR if lakhs else _period(text, match, second or first)
        if second is not None:
            low, high = min(first, second), max(first, second)
        elif bound in {"up to", "to", "max", "maximum"}:
            low, high = None, first
        elif bound.startswith(("from", "starting", "at least", "min")):
            low, high = first, None
        else:
            low = high = first
        found.append(Fact(PayRange(low, high, currency, period), snippet(text, *match.span())))
        if len(found) == MAX_FACTS:
            break
    return tuple(found)
