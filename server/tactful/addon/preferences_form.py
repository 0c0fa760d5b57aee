"""The job preferences on the add-on's settings card: the section that shows them and the
reading of what the user submitted.

The submitted fields become the same JSON object the API's settings take
(``preferences``), so ``apply_changes`` checks them the same way on every surface.
"""

from __future__ import annotations

from tactful.addon.cards import Choice, DecoratedText, Section, Selection, SelectionType, Switch, TextInput, Widget
from tactful.addon.events import AddonEvent
from tactful.core.suggest import Preferences
from tactful.core.suggest.preferences import Arrangement, EmploymentType, PayPeriod, ReplyStyle, Sector

FIELD_ARRANGEMENTS = "pref_arrangements"
FIELD_LOCATIONS = "pref_locations"
FIELD_EMPLOYMENT = "pref_employment_types"
FIELD_PAY_AMOUNT = "pref_pay_amount"
FIELD_PAY_CURRENCY = "pref_pay_currency"
FIELD_PAY_PERIOD = "pref_pay_period"
FIELD_AVOID_COMPANIES = "pref_avoid_companies"
FIELD_AVOID_SECTORS = "pref_avoid_sectors"
FIELD_NOT_LOOKING = "pref_not_looking"
FIELD_STYLE = "pref_style"

_ARRANGEMENTS = {Arrangement.REMOTE: "Remote", Arrangement.HYBRID: "Hybrid", Arrangement.ONSITE: "On-site"}
_EMPLOYMENT = {EmploymentType.FULL_TIME: "Full-time", EmploymentType.PART_TIME: "Part-time", EmploymentType.CONTRACT: "Contract"}
_PERIODS = {PayPeriod.YEAR: "a year", PayPeriod.MONTH: "a month", PayPeriod.DAY: "a day", PayPeriod.HOUR: "an hour"}
_STYLES = {ReplyStyle.MENU: "A few times to choose from", ReplyStyle.ONE_TIME: "The one best time"}


def _label(sector: Sector) -> str:
    return sector.value.replace("_", " ").capitalize()


def _amount(value: float) -> str:
    return f"{value:g}" if value != int(value) else str(int(value))


def preferences_section(preferences: Preferences) -> Section:
    """What the user looks for in a job; empty fields mean "no preference"."""
    pay = preferences.minimum_pay
    widgets: list[Widget] = [
        DecoratedText("Not looking right now (decline every invitation, kindly)",
                      switch=Switch(FIELD_NOT_LOOKING, selected=preferences.not_looking)),
        Selection(FIELD_ARRANGEMENTS, "Work arrangements I accept (none ticked: any)", SelectionType.CHECK_BOX,
                  [Choice(text, kind.value, kind in preferences.arrangements) for kind, text in _ARRANGEMENTS.items()]),
        TextInput(FIELD_LOCATIONS, "Places I would work from an office", value=", ".join(preferences.locations),
                  hint="Comma-separated, e.g. Berlin, Hamburg (empty: anywhere)"),
        Selection(FIELD_EMPLOYMENT, "Employment I accept (none ticked: any)", SelectionType.CHECK_BOX,
                  [Choice(text, kind.value, kind in preferences.employment_types) for kind, text in _EMPLOYMENT.items()]),
        TextInput(FIELD_PAY_AMOUNT, "Minimum pay", value=_amount(pay.amount) if pay else "", hint="A number; empty: none"),
        TextInput(FIELD_PAY_CURRENCY, "Currency of the minimum pay", value=pay.currency if pay else "", hint="e.g. EUR"),
        Selection(FIELD_PAY_PERIOD, "Minimum pay per", SelectionType.DROPDOWN,
                  [Choice(text, period.value, (pay.period if pay else PayPeriod.YEAR) is period) for period, text in _PERIODS.items()]),
        TextInput(FIELD_AVOID_COMPANIES, "Companies to avoid", value=", ".join(preferences.avoid_companies), hint="Comma-separated"),
        Selection(FIELD_AVOID_SECTORS, "Sectors to avoid", SelectionType.CHECK_BOX,
                  [Choice(_label(sector), sector.value, sector in preferences.avoid_sectors) for sector in Sector]),
        Selection(FIELD_STYLE, "When asking for another time, offer", SelectionType.DROPDOWN,
                  [Choice(text, style.value, style is preferences.style) for style, text in _STYLES.items()]),
    ]
    return Section(widgets, header="What you look for (for suggested replies)")


def _names(text: str | None) -> list[str]:
    return [name.strip() for name in (text or "").split(",") if name.strip()]


def preferences_changes(event: AddonEvent) -> dict[str, object]:
    """The submitted preferences as the API's ``preferences`` object (checked by ``apply_changes``)."""
    amount = (event.first(FIELD_PAY_AMOUNT) or "").strip().replace(",", "")
    minimum_pay: object = None
    if amount:
        try:
            number: object = float(amount)
        except ValueError:
            number = amount  # apply_changes names the field and says what it must be
        minimum_pay = {
            "amount": number,
            "currency": (event.first(FIELD_PAY_CURRENCY) or "").strip().upper(),
            "period": event.first(FIELD_PAY_PERIOD) or PayPeriod.YEAR.value,
        }
    return {
        "arrangements": list(event.values(FIELD_ARRANGEMENTS)),
        "locations": _names(event.first(FIELD_LOCATIONS)),
        "employment_types": list(event.values(FIELD_EMPLOYMENT)),
        "minimum_pay": minimum_pay,
        "avoid_companies": _names(event.first(FIELD_AVOID_COMPANIES)),
        "avoid_sectors": list(event.values(FIELD_AVOID_SECTORS)),
        "not_looking": event.switched_on(FIELD_NOT_LOOKING),
        "style": event.first(FIELD_STYLE) or ReplyStyle.MENU.value,
    }
