"""Which of the times a mail names are proposals: old slots, ends, breaks, restatements,
zones stated once for a list, moved meetings, and how lists of dates and times pair up.

Every case is sent on Monday 2 March 2026 at 09:14 in New York (before the US clock
change on 8 March) unless it says otherwise.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from timecases import COLUMNS, Expected, case, starts

OLD_SLOTS = [
    case("weekdays after someone is away 'next week' are still this week's",
         "I'm out of the office next week, so could we talk Thursday at 2pm?", "2026-03-05T14:00:00"),
    case("weekdays after 'the week of' a date are days of that week",
         "Our panel sits the week of March 16: would Tuesday at 10am or Thursday at 2pm suit?",
         "2026-03-17T10:00:00", "2026-03-19T14:00:00"),
    case("weekdays after 'w/c' a date are days of that week, the Monday included",
         "Slots w/c 23 March - Monday 9:00 or Wednesday 15:00.", "2026-03-23T09:00:00", "2026-03-25T15:00:00"),
    case("weekdays after 'next week' are that week's, even the ones still ahead this week",
         "The hiring manager is away until next week. Could you do Monday at 9:30 or Thursday at 16:00 then?",
         "2026-03-09T09:30:00", "2026-03-12T16:00:00"),
    case("the day after instead of is the one given up",
         "Something came up, so instead of Wednesday at 3pm could we do Thursday at 11am?",
         "2026-03-05T11:00:00"),
    case("a time we cannot make is not proposed again",
         "We can't make our 10:00 on Tuesday any more; would Friday at 10:00 suit you?",
         "2026-03-06T10:00:00"),
    case("the slot named between move and to is the old one",
         "Could we move Wednesday's 2pm chat to Friday at 9am?", "2026-03-06T09:00:00"),
    case("a slot after from is the old one",
         "Is it OK to shift the interview from Tuesday 3pm to Thursday 4pm?", "2026-03-05T16:00:00"),
    case("an originally booked slot is the old one",
         "Our call was originally booked for Wednesday at 1pm; can you do Thursday at 1pm?",
         "2026-03-05T13:00:00"),
    case("a day we will not be in is the old one and a bare hour before instead is new",
         "We won't be able to host you on Friday. Would Saturday at 11 instead work?",
         "2026-03-07T11:00:00"),
    case("looking forward is not cancelling", "We can't wait to see you on Thursday at 2pm!",
         "2026-03-05T14:00:00"),
    case("a lower case short weekday next to another weekday is a day",
         "any chance we could do wed instead of thu? same slot, 10am.", "2026-03-04T10:00:00"),
]

NOT_STARTS = [
    case("the time a day 'runs until about' is not a start",
         "Your assessment day starts at 9:30 on Friday 6 March and runs until about 3 PM.", "2026-03-06T09:30:00"),
    case("the hedged end of a range is not a start",
         "Date: Friday 6 March\nTime: 9:15 AM - approximately 12:30 PM (lunch provided)", "2026-03-06T09:15:00"),
    case("a line labelled as the end, in English or German, holds no start",
         "Start: 03/06/2026 10:00 AM\nEnd: 03/06/2026 11:00 AM\n\nTermin: Montag, 9. März 2026\nBeginn: 14:00 Uhr\n"
         "Ende: 15:30 Uhr", "2026-03-06T10:00:00", "2026-03-09T14:00:00"),
    case("the time a session ends at is not a start",
         "Friday 6 March: we begin at 09:00 and the session ends at 12:30.", "2026-03-06T09:00:00"),
    case("a time a day finishes at roughly is not a start",
         "Thursday 5 March, 10:00 start; we expect to be done by about 15:30.", "2026-03-05T10:00:00"),
    case("a lunch break on the agenda is not a slot",
         "Thursday 5 March: interviews at 10:00 and 14:00, with lunch from 12:00.",
         "2026-03-05T10:00:00", "2026-03-05T14:00:00"),
    case("the time a visit is wrapping up is not a start",
         "Tuesday 10 March: please arrive at 8:45; we should be wrapping up around 14:00.",
         "2026-03-10T08:45:00"),
    case("a meal named several words before its time is not a slot",
         "Tuesday 10 March: panel at 10:00. A sandwich lunch hosted by the product team starts at 12:15.",
         "2026-03-10T10:00:00"),
    case("a meal row closed by a bracket does not reach the next row's time",
         "Tuesday 10 March (all times CET):\n9:30 AM - 10:30 AM   Pairing with Jonas\n"
         "10:30 AM - 11:15 AM   Lunch in the canteen with the team (optional)\n11:15 AM - 12:00 PM   Culture chat with Mia",
         "2026-03-10T09:30:00+01:00", "2026-03-10T11:15:00+01:00"),
    case("a later part of the day's programme 'followed by' the first is no slot of its own",
         "On Wednesday 11 March we start at 9:30 with a case study, followed by a chat with the partners at 11:45.",
         "2026-03-11T09:30:00"),
    case("an event 'followed by' another on a day of its own is a slot",
         "A screening call on Tuesday at 10:00, followed by the final round on Friday 13 March at 15:00.",
         "2026-03-03T10:00:00", "2026-03-13T15:00:00"),
    case("a time some minutes before the start is no slot of its own",
         "Your interview: Tuesday 10 March, 11:00-12:00 CET. Please log in ten minutes early, at 10:50.",
         "2026-03-10T11:00:00+01:00"),
    case("arriving some minutes early for a time keeps that time",
         "Please arrive 15 minutes early for your 10:00 interview on Thursday 12 March.", "2026-03-12T10:00:00"),
    case("the time to arrive some minutes before is the start, not a deadline",
         "Please be at reception 10 minutes before 14:30 on Wednesday 11 March.", "2026-03-11T14:30:00"),
    case("the time to arrive before a stated start is no slot of its own",
         "On Thursday 12 March please arrive by about 13:40; the first interview begins at 14:00.",
         "2026-03-12T14:00:00"),
    case("a start stated in brackets right after the arrival time is the slot",
         "Thursday 12 March\nCheck-in: 13:40 (your panel starts at 14:00)", "2026-03-12T14:00:00"),
    case("a time called the start after an arrival time is the slot, and an end after 'approx.' is none",
         "Thursday 12 March\nArrival: 9:15 am for a 9:30 am start (finishing approx. 3:30 pm)", "2026-03-12T09:30:00"),
    case("when registration opens beside the day's hours is no slot of its own",
         "Date: Friday 13 March\nTime: 10:00 - 15:00 (registration from 9:30)", "2026-03-13T10:00:00"),
    case("being somewhere at a time is no arrival before another option",
         "Could you be here at 10:00 on Tuesday 10 March, or Wednesday 11 March at 11:00?",
         "2026-03-10T10:00:00", "2026-03-11T11:00:00"),
    case("the time to come somewhere for, before a time said to begin, is no slot",
         "Please come to the main reception, Building C, for 13:45. The panel itself begins at 14:00 on "
         "Wednesday 11 March.", "2026-03-11T14:00:00"),
    case("the time to come somewhere for is a slot beside other options",
         "Could you come to our office for 10:00 on Tuesday 10 March, or 14:00 on Wednesday 11 March?",
         "2026-03-10T10:00:00", "2026-03-11T14:00:00"),
    case("an arrival time is the start when the message gives no other",
         "Thursday 12 March\nArrival: 8:15 AM at the main gate\nWe expect to finish around 1 PM.",
         "2026-03-12T08:15:00"),
    case("the time of someone's other meeting is no slot",
         "My manager has a client meeting at 10 on Friday, so could we do Friday 6 March at 14:00 instead?",
         "2026-03-06T14:00:00"),
    case("a call the writer proposes to have is a slot",
         "Could we have a call at 3pm on Friday? Happy to have a meeting at 10:00 on Monday 9 March too.",
         "2026-03-06T15:00:00", "2026-03-09T10:00:00"),
    case("a slot someone has free is still a slot",
         "We have an opening at 10:00 on Friday 6 March if that suits.", "2026-03-06T10:00:00"),
    case("'after lunch' places the interview rather than naming a meal",
         "Could we meet after lunch on Wednesday, say at 1:30pm?", "2026-03-04T13:30:00"),
    case("the parts of an agenda inside the slot are not more slots",
         "Thursday 5 March, 1:00 PM - 3:00 PM\n1:00 PM - 2:00 PM: technical deep dive\n"
         "2:00 PM - 3:00 PM: meet the team", "2026-03-05T13:00:00"),
    case("a conversion in brackets restates the same slot",
         "How about Wednesday at 1pm ET (that's 6pm for you in Dublin)?", "2026-03-04T13:00:00-05:00"),
    case("a second city's time in brackets restates the slot",
         "Tuesday 3 March, 4pm Paris time (10am New York)", "2026-03-03T16:00:00+01:00"),
    case("a time after by is a deadline when the day is one",
         "Please send the form by Thursday, 11am."),
]

FORMS = [
    case("a four digit time with hrs", "Your panel is set for Thursday 5 March, 0930 hrs.",
         "2026-03-05T09:30:00"),
    case("a four digit time with hours under a date line", "Date: Friday 6 March\nTime: 1515 hours",
         "2026-03-06T15:15:00"),
    case("a number of people is not a time", "On Tuesday the hall seats 1400 people."),
    case("by right after the interview day gives its time",
         "You are invited for an interview on Thursday, 5th March 2026 by 11:00am.", "2026-03-05T11:00:00"),
    case("a range written after at keeps its end",
         "Thursday at 1:00 PM - 2:00 PM works for the panel.", "2026-03-05T13:00:00"),
    case("a date and a time each under a heading",
         "Date\n\n|\n\nWednesday 4 March 2026\n\nTime\n\n|\n\n10:30 – 11:15", "2026-03-04T10:30:00"),
]

ZONES = [
    case("Colombia's abbreviation", "Could we talk Wednesday at 9:00 COT?", "2026-03-04T09:00:00-05:00"),
    case("a Chilean city's time in summer", "Friday 6 March at 10:00, Santiago time",
         "2026-03-06T10:00:00-03:00"),
    case("a Brazilian capital's time in brackets", "Friday 6 March, 16:00 (Brasília time)",
         "2026-03-06T16:00:00-03:00"),
    case("a region stated once for all times",
         "Would Tuesday at 4pm or Wednesday at 11am suit you? All times Central.",
         "2026-03-03T16:00:00-06:00", "2026-03-04T11:00:00-06:00"),
    case("an abbreviation stated once for a list",
         "Times are in PT:\n- Thursday 10am\n- Friday 1pm",
         "2026-03-05T10:00:00-08:00", "2026-03-06T13:00:00-08:00"),
]

PAIRS = [
    case("a time before a list of days and a time after it share the days out",
         "Either 10am Tuesday or Wednesday at 2pm works for us.", "2026-03-03T10:00:00", "2026-03-04T14:00:00"),
    case("a time before a list of days applies to each",
         "3pm Thursday or Friday?", "2026-03-05T15:00:00", "2026-03-06T15:00:00"),
]


@pytest.mark.parametrize(COLUMNS, OLD_SLOTS + NOT_STARTS + FORMS + ZONES + PAIRS)
def test_reads_only_the_proposed_slots(
    text: str, sent: datetime | None, subject: str | None, expected: Expected
) -> None:
    assert starts(text, sent, subject=subject) == expected


MOVES = [
    case("a bare hour after push takes the day the subject names",
         "Sorry, a client call ran over. Could we push it to 4?", "2026-03-02T16:00:00", subject="Interview today"),
    case("a time after move takes the booked day",
         "Hi,\n\nRunning late on my side, can we move it to 1:30pm?\n\nThanks", "2026-03-04T13:30:00",
         subject="Our call on Wednesday"),
    case("a bare hour after to without a move is no time",
         "I listened to 3 podcasts about your team.", subject="Interview today"),
    case("a moved time without any day named is on the sent day and the sender's clock",
         "Hi,\n\nCould we push it to 4pm?\n\nThanks", "2026-03-02T16:00:00-05:00", subject="Quick question"),
]


@pytest.mark.parametrize(COLUMNS, MOVES)
def test_a_moved_meeting_keeps_its_day(
    text: str, sent: datetime | None, subject: str | None, expected: Expected
) -> None:
    assert starts(text, sent, subject=subject) == expected
