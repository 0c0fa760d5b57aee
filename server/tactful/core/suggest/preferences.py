"""What the user looks for in a job: the yardstick a suggestion measures an invitation by.

Every field is optional in spirit: an empty set or ``None`` means "no preference", and an
unset preference never makes Tactful decline anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

HOURS_PER_YEAR = 2080  # 40 hours a week, 52 weeks: how an hourly rate compares with a salary
DAYS_PER_YEAR = 260  # five working days a week, 52 weeks
MONTHS_PER_YEAR = 12


class Arrangement(str, Enum):
    REMOTE = "remote"
    HYBRID = "hybrid"
    ONSITE = "onsite"


class EmploymentType(str, Enum):
    FULL_TIME = "full_time"
    PART_TIME = "part_time"
    CONTRACT = "contract"


class PayPeriod(str, Enum):
    HOUR = "hour"
    DAY = "day"
    MONTH = "month"
    YEAR = "year"

    @property
    def per_year(self) -> int:
        """How many of this period a full-time year holds."""
        return {"hour": HOURS_PER_YEAR, "day": DAYS_PER_YEAR, "month": MONTHS_PER_YEAR, "year": 1}[self.value]


class Sector(str, Enum):
    """Sectors a job seeker may want to stay out of (the seeds name most of them)."""

    PUBLIC_SECTOR = "public_sector"
    DEFENSE = "defense"
    GAMBLING = "gambling"
    INSURANCE = "insurance"
    LENDING = "lending"
    CRYPTO = "crypto"
    TOBACCO = "tobacco"
    FOSSIL_FUELS = "fossil_fuels"
    ADTECH = "adtech"


class ReplyStyle(str, Enum):
    """How a reschedule offers times: the one best time, or a short menu."""

    ONE_TIME = "one_time"
    MENU = "menu"


@dataclass(frozen=True)
class Pay:
    """An amount of money per period, e.g. 90,000 EUR a year or 60 USD an hour."""

    amount: float
    currency: str
    period: PayPeriod = PayPeriod.YEAR

    @property
    def yearly(self) -> float:
        return self.amount * self.period.per_year


@dataclass(frozen=True)
class Preferences:
    """The user's job preferences.

    ``arrangements`` lists the acceptable work arrangements and ``locations`` the places
    where the user would go to an office (hybrid or on-site); both empty mean "any".
    ``minimum_pay`` is compared only with pay stated in the same currency: Tactful keeps
    no exchange rates.
    """

    arrangements: frozenset[Arrangement] = frozenset()
    locations: tuple[str, ...] = ()
    employment_types: frozenset[EmploymentType] = frozenset()
    minimum_pay: Pay | None = None
    avoid_companies: tuple[str, ...] = ()
    avoid_sectors: frozenset[Sector] = frozenset()
    not_looking: bool = False
    style: ReplyStyle = ReplyStyle.MENU

    @property
    def restricts_arrangement(self) -> bool:
        return bool(self.arrangements) and self.arrangements != frozenset(Arrangement)

    @property
    def restricts_employment(self) -> bool:
        return bool(self.employment_types) and self.employment_types != frozenset(EmploymentType)
