"""How dates and their times are written: a weekday in brackets after a date, dotted and
dashed dates, a weekday with a bare day number, booking-tool layouts with the time over the
date, agenda rows, "the same time" as a slot above, ranges beside dates and where a slot ends.

Every case is sent on Monday 2 March 2026 at 09:14 in New York unless it says otherwise.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from timecases import CHICAGO_TUE_0830, CHICAGO_TUE_0900, COLUMNS, MADRID_TUE_1200, Expected, case, starts

from tactful.core.times import find_proposed_times

DATE_FORMS = [
    case("a date written year first with slashes, its weekday in brackets after it",
         "Slots we can offer:\n* 2026/03/19 (Thu) 09:00\n* 2026/03/20 (Fri) 15:30", "2026-03-19T09:00:00",
         "2026-03-20T15:30:00"),
    case("a date written year first with dots",
         "Proposed: 2026.03.17, 11:00 to 12:00", "2026-03-17T11:00:00"),
    case("a weekday in brackets after a date confirms that date",
         "Option A: March 10 (Tue) 15:00–16:00 JST", "2026-03-10T15:00:00+09:00"),
    case("two bracketed weekdays on a list give one slot each",
         "Pick one:\n * March 9 (Mon) 09:30 JST\n * March 11 (Wed) 13:00 JST",
         "2026-03-09T09:30:00+09:00", "2026-03-11T13:00:00+09:00"),
    case("a weekday after a comma belongs to the date before it",
         "We could meet March 12, Thursday at 2pm.", "2026-03-12T14:00:00"),
    case("a dotted day and month with its weekday in brackets",
         "Slots (Paris time):\n- 12.03 (Thursday) at 10:00", "2026-03-12T10:00:00+01:00"),
    case("a weekday before a dotted day and month",
         "Would Friday 13.03, 14:00 be possible?", "2026-03-13T14:00:00"),
    case("a slashed date followed by a colon labels the times after it",
         "Times I can do:\nMon 3/9: 2-3pm\nTue 3/10: 9:30-10:30am", "2026-03-09T14:00:00", "2026-03-10T09:30:00"),
    case("a weekday in the table cell before its date is that date's, not another day",
         "Slot | Day | Date | Start\n1 | Thursday | 3/12 | 9:00 AM\n2 | Friday | 3/13 | 1:30 PM",
         "2026-03-12T09:00:00", "2026-03-13T13:30:00"),
    case("a dotted pair of numbers without a weekday is no date",
         "Release 4.3 is out, so let's talk at 10:00."),
    case("a day, a short month and a year joined by dashes",
         "Your slot: 05-Mar-2026 at 11:30 AM IST", "2026-03-05T11:30:00+05:30"),
    case("a dashed date followed by its weekday in brackets",
         "New slot: 06-Mar-2026 (Friday) at 4:15 PM IST", "2026-03-06T16:15:00+05:30"),
    case("a German dotted date after 'am' needs no weekday", "Passt Ihnen am 10.03. um 15:00 Uhr?",
         "2026-03-10T15:00:00", sent=MADRID_TUE_1200),
    case("a dotted date right before a time needs no weekday", "Termin: 10.03., 15:00 Uhr", "2026-03-10T15:00:00",
         sent=MADRID_TUE_1200),
    case("a version number at the end of a sentence is no date", "We moved the service to Python 3.11. Call me Friday at 10?",
         "2026-03-06T10:00:00", sent=MADRID_TUE_1200),
    case("an offset written with a typographic minus is no time of its own",
         "* Thursday, March 5 — 10:00–10:45 (UTC−05:00)", "2026-03-05T10:00:00-05:00"),
    case("a zone-like abbreviation in brackets with no time before it is no zone",
         "Band 6 Physiotherapist (MSK). Interview date: Friday 6 March 2026, Time: 11:15", "2026-03-06T11:15:00"),
    case("Outlook's '(UTC-05:00) Eastern Time' means Eastern time, daylight saving included",
         "When: Friday, May 8, 2026 2:00 PM-2:45 PM (UTC-05:00) Eastern Time (US & Canada)", "2026-05-08T14:00:00-04:00"),
    case("a German dotted date after 'der' needs no weekday either", "passt Ihnen Mittwoch, der 4.3., um 14 Uhr?",
         "2026-03-04T14:00:00", sent=MADRID_TUE_1200),
]

BARE_DAY_NUMBERS = [
    case("a weekday and a bare day number before 'at' name that day of the month",
         "Failing that, Friday 13 at 9:30 would work for us.", "2026-03-13T09:30:00", sent=MADRID_TUE_1200),
    case("a weekday and a bare day number before another weekday are a list of dates",
         "Could you make Wed 11 or Thu 12 March at the same time (16:00 CET)?",
         "2026-03-11T16:00:00+01:00", "2026-03-12T16:00:00+01:00", sent=MADRID_TUE_1200),
    case("a bare day number that does not fall on the weekday written is no date",
         "Failing that, Friday 12 at 9:30 would work for us.", sent=MADRID_TUE_1200),
    case("a number after a weekday before 'or' and an hour is a time, not a day",
         "We could meet Thursday 10 or 11am, whichever suits.", "2026-03-05T11:00:00", sent=MADRID_TUE_1200),
    case("'on the 12th floor' numbers a floor, not a day, so a list of meetings keeps the date above",
         "Date: Monday, March 9, 2026\nTime: 10:00 AM - 12:00 PM\n"
         "Location: 200 Main St - please sign in with security on the 12th floor\n\n"
         "You will meet with:\n10:00 AM - Jo Park, Director\n11:00 AM - Sam Lee, Team Lead",
         "2026-03-09T10:00:00", sent=MADRID_TUE_1200),
    case("'the 16th or the 17th' with one start time after them are two days of this month at that time",
         "Would the 16th or the 17th suit (a 10:30 start)?", "2026-03-16T10:30:00", "2026-03-17T10:30:00"),
    case("a day number already past this month is next month's",
         "How is the 1st at 4pm for you?", "2026-04-01T16:00:00"),
    case("a day number in brackets after 'next' or 'the following' weekday says which one is meant",
         "Could you do next Wednesday (the 11th) at 2pm, or the following Thursday (19th) at 10?",
         "2026-03-11T14:00:00", "2026-03-19T10:00:00"),
    case("an ordinal in brackets before a noun is no day", "Thursday at 3pm, on the (15th floor) of the tower.",
         "2026-03-05T15:00:00"),
    case("'the 2nd round' counts a round, not a day", "Thursday at 3pm is the 2nd round with the CFO.",
         "2026-03-05T15:00:00"),
    case("a bare day a few days from a date named with its month is in that month",
         "We'd host you Monday 20 and Tuesday 21 April. Your talk would open the visit at 9:30 on the 20th.",
         "2026-04-20T09:30:00"),
]

LAYOUTS = [
    case("a booking tool writes the time over the date",
         "Technical screen with Omar\n2:00pm - 2:45pm (Central Time - US & Canada)\nWednesday, March 4, 2026",
         "2026-03-04T14:00:00-06:00"),
    case("a date after a blank line does not date the times above it",
         "10:00 – 10:30 Welcome\n\nWednesday, March 4, 2026"),
    case("a long sentence under a line of times does not date them",
         "9:30am - 10am standup\nOn Wednesday, March 4 the whole team travels to the offsite in the hills."),
    case("an agenda row whose description is a break is no slot",
         "Thursday, March 5:\n9:00 AM - 9:45 AM  Coding\n9:45 AM - 10:30 AM  Lunch with the team\n"
         "10:30 AM - 11:15 AM  Design",
         "2026-03-05T09:00:00", "2026-03-05T10:30:00"),
]

SAME_TIME = [
    case("a second date at the same time repeats the clock time and zone",
         "Thursday, March 5 at 1:00 PM ET works for us; failing that, Friday, March 6 at the same time.",
         "2026-03-05T13:00:00-05:00", "2026-03-06T13:00:00-05:00"),
    case("a date said to work too before 'same time' repeats the clock time",
         "could you swing by friday around 4? otherwise monday works as well, or tuesday works too same time",
         "2026-03-06T16:00:00", "2026-03-03T16:00:00"),
    case("the same time on a later line takes the slot above",
         "First choice: Tuesday, March 10 at 9:30am.\n\nBackup: Wednesday, March 11, same time.",
         "2026-03-10T09:30:00", "2026-03-11T09:30:00"),
    case("the same time as a slot given up before it keeps that slot's clock time",
         "Could we shift Thursday's 3pm to Friday, same time?", "2026-03-06T15:00:00"),
    case("the same time written in brackets as a dotted time",
         "Can we do Monday instead? Same time (10.15), same room.", "2026-03-09T10:15:00"),
    case("the same time with no slot before it gives nothing",
         "Friday, March 6 at the same time as the all-hands."),
]

RANGES_AND_AMOUNTS = [
    case("a day number before a dash and a time is the date, not a range's start",
         "Could you do one of these?\n• Thursday, March 5 – 2:00pm CT\n• Friday, March 6 – 9:30am CT",
         "2026-03-05T14:00:00-06:00", "2026-03-06T09:30:00-06:00", sent=CHICAGO_TUE_0830),
    case("a real range after a date still reads both ends",
         "Thursday, March 5, 1-2pm CT", "2026-03-05T13:00:00-06:00", sent=CHICAGO_TUE_0830),
    case("a range whose end is hedged with 'ca.' starts at its first time",
         "Visit on Thursday 5 March, 14:00 – ca. 16:00, at the plant.", "2026-03-05T14:00:00",
         sent=CHICAGO_TUE_0900),
    case("a range of two dotted times is a time range, with or without a half of the day",
         "Two windows: Wednesday 11 March, 13.30-14.15, or Friday 13 March, 9.45 - 10.30am.",
         "2026-03-11T13:30:00", "2026-03-13T09:45:00", sent=CHICAGO_TUE_0900),
    case("a second dotted time after 'or' shares the lead of the first",
         "Friday 13 March at 10.15 or 16.45 would both work.", "2026-03-13T10:15:00", "2026-03-13T16:45:00",
         sent=CHICAGO_TUE_0900),
    case("a weekday with 'next' before a bracketed date is that date",
         "Next Thursday (12 March) from 14:00 to 15:00 CET suits the panel.", "2026-03-12T14:00:00+01:00",
         sent=CHICAGO_TUE_0900),
    case("times stated to be UK times for a whole list",
         "Slots:\n- Tue 10 Mar, 10:00\n- Wed 11 Mar, 15:30\nAll times UK.", "2026-03-10T10:00:00+00:00",
         "2026-03-11T15:30:00+00:00", sent=CHICAGO_TUE_0900),
    case("a company based in the UK states no zone",
         "We are a UK-based studio. Could you talk on Wed 11 Mar at 15:30?", "2026-03-11T15:30:00",
         sent=CHICAGO_TUE_0900),
    case("a range of version numbers is no time",
         "Builds 2.10-2.12 ship on Friday 13 March; the demo is at 15:00 that day.", "2026-03-13T15:00:00",
         sent=CHICAGO_TUE_0900),
    case("a range of dotted amounts before a currency is no time",
         "On Friday 6 March the fee moves from 12.50-14.00 EUR.", sent=CHICAGO_TUE_0900),
    case("a dotted number before a currency is an amount, even after 'at'",
         "See you Friday 6 March at 10:00. Mileage is paid at 0.42 EUR per km.", "2026-03-06T10:00:00",
         sent=CHICAGO_TUE_0900),
]


@pytest.mark.parametrize(COLUMNS, DATE_FORMS + BARE_DAY_NUMBERS)
def test_reads_dates_in_bracketed_dotted_dashed_and_bare_forms(
    text: str, sent: datetime | None, subject: str | None, expected: Expected
) -> None:
    assert starts(text, sent, subject=subject) == expected


@pytest.mark.parametrize(COLUMNS, LAYOUTS)
def test_a_date_dates_the_times_laid_out_with_it(
    text: str, sent: datetime | None, subject: str | None, expected: Expected
) -> None:
    assert starts(text, sent, subject=subject) == expected


@pytest.mark.parametrize(COLUMNS, SAME_TIME)
def test_the_same_time_repeats_the_slot_above(
    text: str, sent: datetime | None, subject: str | None, expected: Expected
) -> None:
    assert starts(text, sent, subject=subject) == expected


@pytest.mark.parametrize(COLUMNS, RANGES_AND_AMOUNTS)
def test_a_range_beside_a_date_starts_at_its_first_time(
    text: str, sent: datetime | None, subject: str | None, expected: Expected
) -> None:
    assert starts(text, sent, subject=subject) == expected


def test_a_range_keeps_its_end_beside_a_date() -> None:
    (found,) = find_proposed_times("Thursday, March 5, 1-2pm CT", CHICAGO_TUE_0830)
    assert found.end is not None and found.end.hour == 14


def test_a_hedged_range_end_is_the_end_of_the_slot() -> None:
    (found,) = find_proposed_times("Visit on Thursday 5 March, 14:00 – approx. 16:00.", CHICAGO_TUE_0900)
    assert found.end == datetime(2026, 3, 5, 16, 0)


def test_minutes_behind_schedule_are_no_length_of_the_meeting() -> None:
    (found,) = find_proposed_times("Running 20 min behind, could we start today at 11:20?", CHICAGO_TUE_0900)
    assert found.end is None


def test_a_stated_length_still_gives_the_end() -> None:
    (found,) = find_proposed_times("A 20 min call today at 11:20?", CHICAGO_TUE_0900)
    assert found.end == datetime(2026, 3, 3, 11, 40)
