"""The add-on's cards, from what the service layer found to typed cards (no I/O here).

Form field names (``FIELD_*``) are the contract between these cards and ``forms``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from tactful.addon.cards import (
    Action,
    Button,
    ButtonList,
    Card,
    Choice,
    DecoratedText,
    Section,
    Selection,
    SelectionType,
    Switch,
    TextInput,
    TextParagraph,
    Widget,
)
from tactful.core.compose.options import Action as ReplyAction
from tactful.core.compose.options import Reason, Tone
from tactful.core.compose.timefmt import describe
from tactful.core.model import Detection, Label
from tactful.core.slots.model import Conflict, Interval
from tactful.addon.preferences_form import preferences_section
from tactful.core.suggest.model import Recommendation, Verdict
from tactful.service.settings import Settings
from tactful.service.threads import InviteThread

FIELD_REASON = "reason"
FIELD_TONE = "tone"
FIELD_REFERRAL = "referral"
FIELD_REFERRAL_NAME = "referral_name"
FIELD_KEEP_DOOR_OPEN = "keep_door_open"
FIELD_SLOTS = "slots"
FIELD_WORKING_HOURS = "working_hours"
FIELD_ZONE = "zone"
FIELD_SLOT_COUNT = "slot_count"
FIELD_HOLDS = "holds"
FIELD_NAME = "name"
PARAM_ACTION = "action"
PARAM_THREAD = "thread_id"
PARAM_MESSAGE = "message_id"
PARAM_ANYWAY = "anyway"

MAX_HOMEPAGE_THREADS = 20
_LABELS = {
    Label.INVITE: "Interview invitation",
    Label.RESCHEDULE_REQUEST: "Request to reschedule",
    Label.SCHEDULED: "Interview already scheduled",
    Label.NOT_INVITE: "Not an interview invitation",
}
_REASONS = {
    Reason.NONE: "No reason given",
    Reason.ACCEPTED_OTHER_OFFER: "Accepted another offer",
    Reason.NOT_RIGHT_FIT: "Not the right fit",
    Reason.TIMING: "Timing",
    Reason.LOCATION: "Location",
    Reason.EMPLOYMENT_TYPE: "Type of employment",
    Reason.COMPENSATION: "Compensation",
    Reason.WITHDRAWING: "Withdrawing from the search",
    Reason.PREFER_NOT_TO_SAY: "Prefer not to say",
}
_TONES = {Tone.FORMAL: "Formal", Tone.WARM: "Warm"}


@dataclass(frozen=True)
class Urls:
    """The add-on's endpoint URLs under ``base`` (``https://host/addon``)."""

    base: str

    def _url(self, name: str) -> str:
        return f"{self.base.rstrip('/')}/{name}"

    @property
    def homepage(self) -> str:
        return self._url("homepage")

    @property
    def message(self) -> str:
        return self._url("message")

    @property
    def draft(self) -> str:
        return self._url("draft")

    @property
    def settings(self) -> str:
        return self._url("settings")

    @property
    def save_settings(self) -> str:
        return self._url("settings/save")

    def all(self) -> tuple[str, ...]:
        return (self.homepage, self.message, self.draft, self.settings, self.save_settings)


@dataclass(frozen=True)
class MessageView:
    """What the contextual card shows for one message."""

    thread_id: str
    message_id: str
    subject: str
    sender: str
    detection: Detection
    conflict: Conflict | None
    free_options: tuple[Interval, ...]
    slots: tuple[Interval, ...]
    calendar_note: str | None  # why the calendar was not read, when it was not
    recommendation: Recommendation | None = None  # the reply Tactful suggests, judged on the preferences


def slot_value(slot: Interval) -> str:
    return f"{slot.start.isoformat()}/{slot.end.isoformat()}"


def _when(start: datetime, end: datetime | None, zone: ZoneInfo, now: datetime) -> str:
    return describe(start, end, None, zone, this_year=now.year)


def _conflict_text(view: MessageView) -> str:
    if view.conflict is None:
        return view.calendar_note or "Not checked against your calendar"
    if view.conflict.free:
        return "Free in your calendar"
    names = [getattr(busy, "summary", None) or "busy time" for busy in view.conflict.overlapping]
    return "Clashes with " + ", ".join(names)


def _detected(view: MessageView, zone: ZoneInfo, now: datetime) -> Section:
    detection = view.detection
    widgets: list[Widget] = [DecoratedText(_LABELS[detection.label], top_label="Tactful found")]
    for label, value in (("Company", detection.company), ("Role", detection.role), ("Recruiter", detection.recruiter_name)):
        if value:
            widgets.append(DecoratedText(value, top_label=label))
    if detection.proposed_times:
        first = detection.proposed_times[0]
        widgets.append(
            DecoratedText(_when(first.start, first.end, zone, now), top_label="Proposed time", bottom_label=_conflict_text(view))
        )
    if detection.scheduling_link:
        widgets.append(DecoratedText(detection.scheduling_link, top_label="Booking link"))
    return Section(widgets, header=view.subject or "(no subject)")


def _draft_action(urls: Urls, view: MessageView, action: ReplyAction) -> Action:
    return Action(urls.draft, {PARAM_ACTION: action.value, PARAM_THREAD: view.thread_id, PARAM_MESSAGE: view.message_id})


def _picker(name: str, label: str, options: dict[Reason, str] | dict[Tone, str], chosen: Reason | Tone) -> Selection:
    choices = [Choice(text, member.value, member is chosen) for member, text in options.items()]
    return Selection(name, label, SelectionType.DROPDOWN, choices)


def _accept_section(view: MessageView, urls: Urls, zone: ZoneInfo, now: datetime) -> Section | None:
    if not view.free_options:
        return None
    when = _when(view.free_options[0].start, view.free_options[0].end, zone, now)
    return Section(
        [
            TextParagraph(f"You are free at {when}."),
            ButtonList([Button("Create acceptance draft", _draft_action(urls, view, ReplyAction.ACCEPT), filled=True)]),
        ],
        header="Accept",
    )


_VERDICTS = {
    Verdict.ACCEPT: "Accept the proposed time",
    Verdict.RESCHEDULE: "Ask for another time",
    Verdict.DECLINE: "Decline",
    Verdict.YOUR_CALL: "Your call",
}
MAX_EVIDENCE = 5


def _suggested(recommendation: Recommendation) -> Section:
    """What Tactful would answer, and why: each reason quotes the message or names the clash."""
    verdict = _VERDICTS[recommendation.verdict]
    if recommendation.verdict is Verdict.DECLINE and recommendation.reason is not Reason.NONE:
        verdict += f" ({_REASONS[recommendation.reason].lower()})"
    widgets: list[Widget] = [
        DecoratedText(verdict, top_label="Tactful suggests", bottom_label=f"{round(recommendation.confidence * 100)}% sure")
    ]
    for evidence in recommendation.evidence[:MAX_EVIDENCE]:
        quoted = f"“{evidence.snippet}”" if evidence.snippet else None
        widgets.append(DecoratedText(evidence.says, bottom_label=quoted))
    if recommendation.missing:
        missing = ", ".join(topic.replace("_", " ") for topic in recommendation.missing)
        widgets.append(TextParagraph(f"Not stated in the message: {missing}."))
    return Section(widgets, header="Suggested reply")


def _decline_reason(view: MessageView, settings: Settings) -> Reason:
    """The suggested decline's reason when Tactful suggests declining, else the user's default."""
    suggested = view.recommendation
    if suggested is not None and suggested.verdict is Verdict.DECLINE and suggested.reason is not Reason.NONE:
        return suggested.reason
    return settings.default_reason


def _decline_section(view: MessageView, urls: Urls, settings: Settings) -> Section:
    return Section(
        [
            _picker(FIELD_REASON, "Reason", _REASONS, _decline_reason(view, settings)),
            DecoratedText("Suggest someone else", switch=Switch(FIELD_REFERRAL, selected=False)),
            TextInput(FIELD_REFERRAL_NAME, "Who (optional)", hint="A colleague who may fit the role"),
            ButtonList([Button("Create decline draft", _draft_action(urls, view, ReplyAction.DECLINE))]),
        ],
        header="Decline",
    )


def _reschedule_section(view: MessageView, urls: Urls, zone: ZoneInfo, now: datetime) -> Section:
    if not view.slots:
        note = view.calendar_note or "No free time was found in your working hours over the next two weeks."
        return Section([TextParagraph(note)], header="Reschedule")
    choices = [Choice(_when(slot.start, slot.end, zone, now), slot_value(slot), True) for slot in view.slots]
    return Section(
        [
            Selection(FIELD_SLOTS, f"Times to propose (your zone: {zone.key})", SelectionType.CHECK_BOX, choices),
            ButtonList([Button("Create reschedule draft", _draft_action(urls, view, ReplyAction.RESCHEDULE))]),
        ],
        header="Reschedule",
    )


def message_card(view: MessageView, settings: Settings, urls: Urls, now: datetime) -> Card:
    """Detection, conflict, and the Accept / Decline / Reschedule choices with their options."""
    zone = settings.zoneinfo
    style = Section(
        [
            _picker(FIELD_TONE, "Tone", _TONES, settings.default_tone),
            DecoratedText("Keep the door open", switch=Switch(FIELD_KEEP_DOOR_OPEN, selected=True)),
        ],
        header="Reply style",
    )
    sections = [_detected(view, zone, now)]
    if view.recommendation is not None and view.recommendation.verdict is not Verdict.NO_REPLY:
        sections.append(_suggested(view.recommendation))
    sections.append(style)
    accept = _accept_section(view, urls, zone, now)
    if accept is not None:
        sections.append(accept)
    sections += [_decline_section(view, urls, settings), _reschedule_section(view, urls, zone, now), _settings_section(urls)]
    return Card("Tactful", sections, subtitle=view.sender, name="message")


def _settings_section(urls: Urls) -> Section:
    return Section([ButtonList([Button("Settings", Action(urls.settings))])])


def not_invite_card(view: MessageView, urls: Urls) -> Card:
    anyway = Action(urls.message, {PARAM_ANYWAY: "1", PARAM_THREAD: view.thread_id, PARAM_MESSAGE: view.message_id})
    return Card(
        "Tactful",
        [
            Section(
                [
                    TextParagraph("This message does not look like an interview invitation."),
                    ButtonList([Button("Draft a reply anyway", anyway)]),
                ],
                header=view.subject or "(no subject)",
            )
        ],
        subtitle=view.sender,
        name="not_invite",
    )


def homepage_card(threads: Sequence[InviteThread] | None, urls: Urls, settings: Settings, now: datetime) -> Card:
    """The invite threads awaiting an answer, or how to use the add-on when they cannot be listed."""
    if threads is None:
        widgets: list[Widget] = [
            TextParagraph(
                "Open an interview invitation in Gmail and Tactful shows what it found, whether the proposed time "
                "is free in your calendar, and drafts a decline, a reschedule with free times, or an acceptance."
            ),
            TextParagraph("Nothing is sent: the draft opens in Gmail for you to read, edit and send."),
        ]
        sections = [Section(widgets, header="How to use Tactful")]
    elif not threads:
        sections = [Section([TextParagraph("No invitation from the last 30 days is waiting for your answer.")], header="Awaiting your answer")]
    else:
        items: list[Widget] = []
        for item in threads[:MAX_HOMEPAGE_THREADS]:
            detection, summary = item.detection, item.summary
            title = " · ".join(part for part in (detection.company, detection.role) if part) or summary.subject or "(no subject)"
            when = detection.proposed_times[0] if detection.proposed_times else None
            items.append(
                DecoratedText(
                    title,
                    top_label=summary.sender,
                    bottom_label=_when(when.start, when.end, settings.zoneinfo, now) if when else summary.subject,
                    action=Action(urls.message, {PARAM_THREAD: summary.thread_id, PARAM_MESSAGE: summary.message_id}),
                )
            )
        sections = [Section(items, header="Awaiting your answer")]
    sections.append(_settings_section(urls))
    return Card("Tactful", sections, name="homepage")


def settings_card(settings: Settings, urls: Urls, problems: dict[str, str] | None = None) -> Card:
    widgets: list[Widget] = []
    if problems:
        widgets.append(TextParagraph("Not saved: " + "; ".join(f"{name}: {why}" for name, why in problems.items())))
    widgets += [
        TextInput(FIELD_WORKING_HOURS, "Working hours", value=settings.working_hours, hint="e.g. Mon-Thu 09:00-17:00, Fri 09:00-13:00"),
        TextInput(FIELD_ZONE, "Time zone", value=settings.zone, hint="An IANA name such as Europe/Paris"),
        TextInput(FIELD_NAME, "Sign replies as", value=settings.name or "", hint="Your name, as the drafts end"),
        _picker("default_reason", "Default reason to decline", _REASONS, settings.default_reason),
        _picker("default_tone", "Default tone", _TONES, settings.default_tone),
        Selection(
            FIELD_SLOT_COUNT,
            "Times to propose",
            SelectionType.DROPDOWN,
            [Choice(str(count), str(count), count == settings.slot_count) for count in range(1, 6)],
        ),
        DecoratedText("Hold proposed times on my calendar", switch=Switch(FIELD_HOLDS, selected=settings.holds)),
    ]
    return Card(
        "Tactful settings",
        [Section(widgets), preferences_section(settings.preferences)],
        name="settings",
        primary=Button("Save", Action(urls.save_settings), filled=True),
    )


def problem_card(message: str) -> Card:
    return Card("Tactful", [Section([TextParagraph(message)], header="Something went wrong")], name="problem")
