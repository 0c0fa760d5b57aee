"""Proposed interview times read from email text: a table of what senders write.

Every case is sent on Monday 2 March 2026 at 09:14 in New York unless it says otherwise.
Expected times are ISO 8601: with an offset when the zone is known, naive otherwise.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tactful.core.times import find_proposed_times

NEW_YORK = ZoneInfo("America/New_York")
SENT = datetime(2026, 3, 2, 9, 14, tzinfo=NEW_YORK)

Expected = tuple[str, ...]


def starts(text: str, sent_at: datetime | None = SENT) -> Expected:
    return tuple(t.start.isoformat() for t in find_proposed_times(text, sent_at))


def case(sentence: str, text: str, *expected: str) -> object:
    return pytest.param(text, expected, id=sentence)


FORMATS = [
    case("a weekday and month date with am pm and EST", "Are you free Tuesday, March 3 at 2:00 PM EST?",
         "2026-03-03T14:00:00-05:00"),
    case("a US numeric date with a morning range in PT", "How about 3/4 10-11am PT?",
         "2026-03-04T10:00:00-08:00"),
    case("a European date with 24 hour time and CET", "Mon 9 March, 14:00 CET works for us.",
         "2026-03-09T14:00:00+01:00"),
    case("a day first numeric date in UK time", "We can do 09/03/2026 at 14:00 (UK time).",
         "2026-03-09T14:00:00+00:00"),
    case("an ISO date with IST means India", "Slot: 2026-03-09 14:00 IST", "2026-03-09T14:00:00+05:30"),
    case("IST in a mail from Dublin means Irish time", "Our Dublin office: 2026-03-09 14:00 IST",
         "2026-03-09T14:00:00+00:00"),
    case("IST in a mail mentioning Tel Aviv means Israel time", "Tel Aviv team: 2026-03-09 14:00 IST",
         "2026-03-09T14:00:00+02:00"),
    case("a weekday with a US numeric date and ET", "Thursday 3/12 at 11:00am ET", "2026-03-12T11:00:00-04:00"),
    case("an ordinal month date with French hours", "March 3rd at 14h", "2026-03-03T14:00:00"),
    case("an ordinal day of month with p.m.", "the 3rd of March at 2 p.m.", "2026-03-03T14:00:00"),
    case("a calendar style line with a dot and a dash range", "Thu, Mar 5, 2026 · 10:00 – 10:45am (PST)",
         "2026-03-05T10:00:00-08:00"),
    case("a time written 10h30", "Would Monday at 10h30 suit you?", "2026-03-09T10:30:00"),
    case("noon alone with a weekday", "Let's meet Wednesday at noon.", "2026-03-04T12:00:00"),
    case("twelve noon with a weekday", "Wednesday at 12 noon", "2026-03-04T12:00:00"),
    case("midday with a date", "Friday 6 March at midday", "2026-03-06T12:00:00"),
    case("a bare hour after at is read as business hours", "Could we talk Thursday at 3?",
         "2026-03-05T15:00:00"),
    case("a bare ten after at is the morning", "Thursday at 10 works for me", "2026-03-05T10:00:00"),
    case("a 24 hour range", "Friday 6 March, 14:00-15:00", "2026-03-06T14:00:00"),
    case("between two hours starts at the first", "We are free between 2 and 4pm on Wednesday.",
         "2026-03-04T14:00:00"),
    case("a range crossing noon starts in the morning", "Wednesday 11-1pm", "2026-03-04T11:00:00"),
    case("a range with am pm on both ends", "Thursday 3/5 10:00am-10:30am", "2026-03-05T10:00:00"),
    case("upper case PM with spaces", "Thursday, March 5 at 1:00 PM - 2:00 PM", "2026-03-05T13:00:00"),
    case("two p.m. with dots", "Tuesday at 2 p.m.", "2026-03-03T14:00:00"),
    case("a zero padded 24 hour time stays as written", "Tuesday 3 March at 08:30", "2026-03-03T08:30:00"),
    case("an afternoon time without am pm", "Tuesday at 2:30", "2026-03-03T14:30:00"),
    case("a UK style dotted time with pm", "Tuesday 3 March at 2.30pm", "2026-03-03T14:30:00"),
    case("a dotted time after at", "Tuesday 3 March at 10.30", "2026-03-03T10:30:00"),
    case("a weekday abbreviation with a month abbreviation and year", "Wed, Mar 4, 2026 at 9:30 AM",
         "2026-03-04T09:30:00"),
    case("a month with a full stop", "Sept. 8 at 4pm", "2026-09-08T16:00:00"),
    case("a full month with a year after a comma", "March 10, 2026 at 3:15 PM", "2026-03-10T15:15:00"),
    case("a day month year", "10 March 2026 at 15:00", "2026-03-10T15:00:00"),
    case("an ISO date and time with Z is UTC", "Starts 2026-03-10T15:00:00Z", "2026-03-10T15:00:00+00:00"),
    case("an ISO date and time with an offset", "Starts 2026-03-10T15:00:00-05:00",
         "2026-03-10T15:00:00-05:00"),
    case("a fixed offset in parentheses", "Tuesday 10 March, 14:00 (GMT+1)", "2026-03-10T14:00:00+01:00"),
    case("a UTC offset with half hours", "Tuesday 10 March, 14:00 UTC+05:30", "2026-03-10T14:00:00+05:30"),
    case("UTC alone", "Tuesday 10 March, 14:00 UTC", "2026-03-10T14:00:00+00:00"),
    case("GMT alone means London", "Tuesday 31 March, 14:00 GMT", "2026-03-31T14:00:00+01:00"),
    case("Sydney time", "Thursday 12 March, 9am Sydney time", "2026-03-12T09:00:00+11:00"),
    case("AEDT", "Thursday 12 March, 9am AEDT", "2026-03-12T09:00:00+11:00"),
    case("SGT", "Thursday 12 March, 9am SGT", "2026-03-12T09:00:00+08:00"),
    case("JST", "Thursday 12 March, 9am JST", "2026-03-12T09:00:00+09:00"),
    case("HKT", "Thursday 12 March, 9am HKT", "2026-03-12T09:00:00+08:00"),
    case("CEST after the clocks change", "Tuesday 14 April, 10:00 CEST", "2026-04-14T10:00:00+02:00"),
    case("Central European Time in words", "Tuesday 10 March at 10:00 Central European Time",
         "2026-03-10T10:00:00+01:00"),
    case("Eastern Time in words", "Tuesday 10 March at 10am Eastern Time", "2026-03-10T10:00:00-04:00"),
    case("Pacific alone right after the time", "Tuesday 10 March at 10am Pacific", "2026-03-10T10:00:00-07:00"),
    case("CT is US Central", "Tuesday 10 March at 10am CT", "2026-03-10T10:00:00-05:00"),
    case("MT is US Mountain", "Tuesday 10 March at 10am MT", "2026-03-10T10:00:00-06:00"),
    case("PDT", "Tuesday 10 March at 10am PDT", "2026-03-10T10:00:00-07:00"),
    case("EST written in July uses the summer offset", "July 14 at 2pm EST", "2026-07-14T14:00:00-04:00"),
    case("London time in words", "Tuesday 10 March at 15:00 London time", "2026-03-10T15:00:00+00:00"),
    case("an IANA zone name", "Tuesday 10 March at 15:00 Europe/Paris", "2026-03-10T15:00:00+01:00"),
    case("the zone in parentheses after a range", "Thursday 3/12, 2:00-2:45 PM (ET)",
         "2026-03-12T14:00:00-04:00"),
]

RELATIVE = [
    case("tomorrow at a bare hour", "Could we do tomorrow at 3?", "2026-03-03T15:00:00"),
    case("today later the same day", "Are you free today at 4pm?", "2026-03-02T16:00:00"),
    case("this Thursday", "this Thursday at noon", "2026-03-05T12:00:00"),
    case("next Tuesday is the coming Tuesday", "next Tuesday at 10am", "2026-03-03T10:00:00"),
    case("next Monday on a Monday is a week later", "next Monday at 10am", "2026-03-09T10:00:00"),
    case("Monday alone on a Monday is the next Monday", "Monday at 10am?", "2026-03-09T10:00:00"),
    case("this Monday on a Monday is today", "this Monday at 4pm", "2026-03-02T16:00:00"),
    case("on a weekday", "Can you do a call on Friday at 11am?", "2026-03-06T11:00:00"),
    case("a weekday next week", "Tuesday next week at 10am", "2026-03-10T10:00:00"),
    case("next week on a weekday", "next week on Wednesday at 10am", "2026-03-11T10:00:00"),
    case("the day after tomorrow", "the day after tomorrow at 9am", "2026-03-04T09:00:00"),
    case("tonight moves a bare hour to the evening", "Could you chat tonight at 7?", "2026-03-02T19:00:00"),
    case("this afternoon", "this afternoon at 3:30", "2026-03-02T15:30:00"),
    case("the ordinal day of this month", "Can we speak on the 12th at 10am?", "2026-03-12T10:00:00"),
    case("a weekday with the ordinal day", "Thursday the 12th at 10am", "2026-03-12T10:00:00"),
    case("a time before its weekday", "2pm on Tuesday works", "2026-03-03T14:00:00"),
    case("a bare weekday abbreviation", "Thu at 10am", "2026-03-05T10:00:00"),
]

LISTS = [
    case("two weekdays sharing one time", "Would Wed or Thu at 2pm work?",
         "2026-03-04T14:00:00", "2026-03-05T14:00:00"),
    case("two weekdays each with a time", "Tuesday at 2pm or Wednesday at 10am",
         "2026-03-03T14:00:00", "2026-03-04T10:00:00"),
    case("one weekday with two times", "Tuesday at 2pm or 4pm", "2026-03-03T14:00:00", "2026-03-03T16:00:00"),
    case("times before their weekdays", "2pm on Tuesday, 3pm on Wednesday",
         "2026-03-03T14:00:00", "2026-03-04T15:00:00"),
    case("a time before two weekdays", "at 2pm on Tuesday or Wednesday",
         "2026-03-03T14:00:00", "2026-03-04T14:00:00"),
    case("bullets each with a date, a range and a zone",
         "Here are some options:\n- Tuesday 3/10, 10:00-10:30 AM ET\n- Wednesday 3/11, 2:00-2:30 PM ET\n",
         "2026-03-10T10:00:00-04:00", "2026-03-11T14:00:00-04:00"),
    case("a date line with bullet times under it",
         "Monday, March 9:\n  - 10:00 AM\n  - 2:00 PM\nTuesday, March 10:\n  - 11:00 AM\n",
         "2026-03-09T10:00:00", "2026-03-09T14:00:00", "2026-03-10T11:00:00"),
    case("a date line, a blank line, then bullet times",
         "Thursday 3/5:\n\n* 9:00 am\n* 1:30 pm\n", "2026-03-05T09:00:00", "2026-03-05T13:30:00"),
    case("a zone stated once for the whole list",
         "Options (all times Eastern Time):\n- Tue 3/10 at 10am\n- Wed 3/11 at 2pm",
         "2026-03-10T10:00:00-04:00", "2026-03-11T14:00:00-04:00"),
    case("a zone stated at the end of a list of times", "Tuesday 3/10 at 10am, 1pm or 3pm ET",
         "2026-03-10T10:00:00-04:00", "2026-03-10T13:00:00-04:00", "2026-03-10T15:00:00-04:00"),
    case("a confirmation with date and time on separate lines",
         "Date: Tuesday, March 10, 2026\nTime: 2:00 PM - 3:00 PM EST\nLocation: Zoom",
         "2026-03-10T14:00:00-04:00"),
    case("numbered options", "1. Monday 3/9 at 10:00 AM\n2. Tuesday 3/10 at 3:00 PM",
         "2026-03-09T10:00:00", "2026-03-10T15:00:00"),
    case("option labels", "Option 1: Thursday, March 5 at 11am\nOption 2: Friday, March 6 at 2pm",
         "2026-03-05T11:00:00", "2026-03-06T14:00:00"),
    case("the same time in two zones is one time", "Tuesday at 2pm ET / 11am PT", "2026-03-03T14:00:00-05:00"),
    case("a repeated time is listed once", "Tuesday at 2pm? To confirm: Tuesday at 2pm.", "2026-03-03T14:00:00"),
    case("a time wrapped onto the next line", "Would Tuesday, March 10 at\n2pm work for you?",
         "2026-03-10T14:00:00"),
]

NEGATIVES = [
    case("a reply deadline by a weekday", "Please respond by Friday."),
    case("a reply deadline with a time", "Please let us know by March 6 at 5pm."),
    case("a deadline for completing a task", "Please complete the assessment by Friday at 5pm."),
    case("no later than a date", "Reply no later than Thursday 3/5 at 12:00."),
    case("a link that expires", "This link expires on March 9 at 11:59pm."),
    case("a deadline with end of day", "Send it back by end of day Thursday, 5pm."),
    case("office hours", "Our office hours are Monday to Friday, 9am-5pm."),
    case("we are open", "We're open 9-5, Mon-Fri at 9am."),
    case("a duration is not a time", "The interview will take 45 minutes."),
    case("a short duration is not a time", "It's a 30 min chat."),
    case("a past meeting", "We met on Monday at 2pm."),
    case("last week", "Thanks for speaking with me last Tuesday at 3pm."),
    case("yesterday", "Great talking yesterday at 4pm."),
    case("a past date with its year", "You applied on 2025-11-03 at 10:00."),
    case("a month day a few days ago", "Thanks for your time on February 27 at 2pm."),
    case("a phone number", "Call me at 415-555-0100 on Tuesday."),
    case("a phone number with brackets", "Reach me on Tuesday: (415) 555 0100."),
    case("a zip code", "Visit us Tuesday at 123 Main St, Boston, MA 02110."),
    case("a salary range", "On Tuesday we can discuss the $120,000-$140,000 range."),
    case("a version number", "Tuesday we release version 10.30.2."),
    case("a year alone", "Tuesday we plan for 2026."),
    case("a bare time with no date at all", "Does 2pm work for you?"),
    case("a bare number after at that is not a time", "Tuesday we are at 3 locations."),
    case("hours within a period", "Tuesday you will hear from us within 24h."),
    case("hours as an amount", "Tuesday's take-home takes 12h at most."),
    case("a weekday range", "Any time Mon-Fri 9am to 5pm works."),
    case("weekdays in general", "Usually weekdays at 10am."),
    case("the word may is not a month", "Well, 2 may be better at 3pm."),
    case("sun in lower case is not Sunday", "Enjoy the sun at 3pm."),
    case("a decimal number is not a time", "On Tuesday our growth was 10.30 percent."),
    case("a time before the mail was sent", "Are you free today at 8am?"),
    case("an empty text", ""),
]


@pytest.mark.parametrize(("text", "expected"), FORMATS + RELATIVE + LISTS)
def test_reads_the_proposed_times(text: str, expected: Expected) -> None:
    assert starts(text) == expected


@pytest.mark.parametrize(("text", "expected"), NEGATIVES)
def test_finds_no_proposal(text: str, expected: Expected) -> None:
    assert starts(text) == expected
