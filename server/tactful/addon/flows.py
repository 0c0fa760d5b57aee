"""The add-on's flows: from an event and the user's dependencies to the answer Google shows.

Each flow takes what it needs explicitly (mailbox, calendar, settings, ledger, clock) and
calls the shared service layer, so detection, slots and composition have one
implementation for the extension and the add-on alike.  Failures a user can meet (Gmail
busy or refusing, the message gone, the calendar unreadable, a bad form) become a card
or a notification that says what happened, never an error page.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from tactful.addon import forms, responses, views
from tactful.addon.cards import Card
from tactful.addon.events import AddonEvent
from tactful.adapters.google_client import GoogleError
from tactful.core.compose.options import Action, ReplyOptions
from tactful.core.model import Label
from tactful.service.holds import HoldCalendar, HoldLedger, release_holds, settle_holds
from tactful.service.ports import Calendar, CalendarUnavailable, Mailbox, ThreadGone
from tactful.service.replying import Scheduling, SlotsTaken
from tactful.service.settings import InvalidRequest, Settings, apply_changes
from tactful.service.threads import DraftLedger, DraftStatus, awaiting_answer, draft_for_thread, suggest

Json = responses.Json
HOMEPAGE_DAYS = 30
_STATUS_TEXT = {
    DraftStatus.CREATED: "Draft created",
    DraftStatus.UPDATED: "Tactful's draft updated",
    DraftStatus.UNCHANGED: "Your draft is already up to date",
    DraftStatus.USER_EDITED: "You edited the draft: your version was kept",
}


@dataclass(frozen=True)
class UserContext:
    """One request's user: their calendar (reached with the event's token), settings,
    draft ledger and clock.  The mailbox is passed apart: which grant reaches it depends
    on the step."""

    calendar: Calendar | None
    settings: Settings
    ledger: DraftLedger
    now: datetime
    urls: views.Urls
    user_email: str | None = None

    @property
    def user_emails(self) -> tuple[str, ...]:
        return (self.user_email,) if self.user_email else ()

    def scheduling(self) -> Scheduling:
        return self.settings.scheduling(self.user_emails)

    def reply_defaults(self, action: Action = Action.ACCEPT) -> ReplyOptions:
        return self.settings.reply_defaults(action, user_email=self.user_email)


def default_settings(event: AddonEvent) -> Settings:
    """A new user's settings: the defaults, in the zone Gmail reports for them when it does."""
    try:
        return apply_changes(Settings(), {"zone": event.time_zone}) if event.time_zone else Settings()
    except InvalidRequest:
        return Settings()


def explain(error: Exception) -> str:
    """What to tell the user about a failure a flow can meet."""
    if isinstance(error, ThreadGone):
        return "This message is no longer in Gmail (deleted or moved): nothing was drafted."
    if isinstance(error, GoogleError | CalendarUnavailable | forms.FormProblem | SlotsTaken):
        return str(error)
    if isinstance(error, InvalidRequest):
        return "Not saved: " + "; ".join(f"{name}: {why}" for name, why in error.problems.items())
    if isinstance(error, ValueError):  # e.g. the message gives no address to reply to
        return f"Tactful cannot draft a reply to this message: {error}"
    raise error


HANDLED = (ThreadGone, GoogleError, CalendarUnavailable, ValueError)


def _view(context: UserContext, mailbox: Mailbox, thread_id: str, message_id: str) -> views.MessageView:
    options, scheduling = context.reply_defaults(), context.scheduling()
    preferences = context.settings.preferences
    calendar, note = context.calendar, None
    try:
        found = suggest(mailbox, calendar, thread_id, options, scheduling, context.now, message_id, preferences)
    except CalendarUnavailable as error:
        calendar, note = None, str(error)
        found = suggest(mailbox, None, thread_id, options, scheduling, context.now, message_id, preferences)
    if calendar is None:
        # Without the calendar, slots could be busy and no conflict is known: offer none.
        found = replace(found, conflict=None, free_options=(), slots=())
        note = note or "Your calendar was not read."
    email = found.email
    return views.MessageView(
        thread_id=email.thread_id or thread_id,
        message_id=email.id,
        subject=email.subject,
        sender=f"{email.from_name} <{email.from_email}>" if email.from_name else email.from_email,
        detection=found.detection,
        conflict=found.conflict,
        free_options=found.free_options,
        slots=found.slots,
        calendar_note=note,
        recommendation=found.recommendation,
    )


def message_card(context: UserContext, mailbox: Mailbox, thread_id: str, message_id: str, anyway: bool = False) -> Card:
    """The contextual card for a message; a message that is no invitation gets a short card."""
    view = _view(context, mailbox, thread_id, message_id)
    if view.detection.label is Label.NOT_INVITE and not anyway:
        return views.not_invite_card(view, context.urls)
    return views.message_card(view, context.settings, context.urls, context.now)


def create_draft(
    context: UserContext,
    mailbox: Mailbox,
    event: AddonEvent,
    thread_id: str,
    message_id: str,
    holds: tuple[HoldCalendar, HoldLedger] | None = None,
) -> Json:
    """Draft the reply the card's button asks for, and open it in Gmail.

    With ``holds`` (the user allowed Tactful to place tentative events), a reschedule's
    slots are held and a new decline or acceptance releases the thread's holds, as the
    extension does; a failure there is told with the draft, not instead of it.
    """
    action = forms.reply_action(event)
    options = forms.reply_options(event, context.reply_defaults(action))
    chosen = forms.chosen_slots(event) if action is Action.RESCHEDULE else None
    if holds is not None and action is Action.RESCHEDULE:
        release_holds(*holds, thread_id)  # the thread's own holds must not read as busy time
    result = draft_for_thread(
        mailbox,
        context.ledger,
        context.calendar,
        thread_id,
        options,
        context.scheduling(),
        context.now,
        message_id=message_id,
        chosen_slots=chosen,
    )
    text = _STATUS_TEXT[result.status]
    if holds is not None:
        try:
            placed = settle_holds(*holds, thread_id, result, action, context.settings)
        except CalendarUnavailable as error:
            text += f"; the calendar holds could not be updated: {error}"
        else:
            text += f"; {len(placed)} time(s) held on your calendar" if placed else ""
    return responses.open_draft(result.saved.draft_id, result.saved.thread_id, text)


def homepage_card(context: UserContext, mailbox: Mailbox | None) -> Card:
    """The threads awaiting an answer when the mailbox may be listed (``mailbox``), else how to use the add-on."""
    threads = awaiting_answer(mailbox, HOMEPAGE_DAYS, context.user_emails) if mailbox is not None else None
    return views.homepage_card(threads, context.urls, context.settings, context.now)
