"""The Gmail add-on's HTTP endpoints (``/addon``): HTTP in, ``tactful.addon`` flows, JSON out.

Every request's Google-signed ID token is verified before the body is even read; a
request without a valid one gets 401 and touches no data.  With the add-on not
configured (``ADDON_AUDIENCES`` and ``ADDON_SERVICE_ACCOUNT`` unset, as in local mode)
every request gets 401: nothing can be verified.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from flask import Blueprint, Response, current_app, jsonify, request
from flask.blueprints import BlueprintSetupState
from google.oauth2.credentials import Credentials

from tactful.adapters.gmail import GmailMailbox
from tactful.adapters.google_calendar import GoogleCalendar
from tactful.adapters.google_client import GoogleClient, SignInRequired
from tactful.addon import flows, forms, responses, scopes, views
from tactful.addon.config import AddonMisconfigured, AddonRuntime, addon_runtime
from tactful.addon.events import AddonEvent, MalformedEvent, parse_event
from tactful.addon.tokens import CertificatesUnavailable, Identity, InvalidToken
from tactful.service.settings import InvalidRequest
from tactful.storage import Storage
from tactful.storage.holds import UserHolds
from tactful.web.errors import error_response
from tactful.web.google_mode import GoogleAccount, GoogleBackend

addon = Blueprint("addon", __name__, url_prefix="/addon")
RUNTIME = "tactful.addon"
STORAGE = "tactful.storage"
GMAIL_ACCESS_HEADER = "X-Goog-Gmail-Access-Token"


@addon.record_once
def _configure(state: BlueprintSetupState) -> None:
    backend = state.app.extensions.get("tactful")
    if not isinstance(backend, GoogleBackend):
        # Local mode: the add-on may not be configured, and every request gets 401.
        if addon_runtime(state.app.config, clock=lambda: datetime.now(UTC)) is not None:
            raise AddonMisconfigured(
                "The add-on keeps each user's settings and drafts in the Google mode's database: "
                "configure the Google mode (TACTFUL_GOOGLE_OAUTH_CLIENT_ID and the settings it asks for)."
            )
        state.app.extensions[RUNTIME] = None
        return
    state.app.extensions[RUNTIME] = addon_runtime(state.app.config, clock=backend.now)


def _runtime() -> AddonRuntime:
    runtime: AddonRuntime = current_app.extensions[RUNTIME]
    return runtime


def _unauthorized(why: str) -> Response:
    response = error_response(401, "unauthorized", f"Add-on requests need a valid Google-signed ID token: {why}.")
    response.headers["WWW-Authenticate"] = 'Bearer realm="tactful-addon"'
    return response


@addon.before_request
def verify_google_token() -> Response | None:
    runtime: AddonRuntime | None = current_app.extensions.get(RUNTIME)
    if runtime is None:
        return _unauthorized("this server has no add-on configured, so it verifies none")
    try:
        runtime.verifier.verify_request(request.headers.get("Authorization"))
    except InvalidToken as error:
        return _unauthorized(str(error))
    except CertificatesUnavailable as error:
        return error_response(503, "certificates_unavailable", str(error))
    return None


@addon.errorhandler(InvalidToken)
def invalid_user_token(error: InvalidToken) -> Response:
    return _unauthorized(f"the user's ID token: {error}")


@addon.errorhandler(MalformedEvent)
def malformed_event(error: MalformedEvent) -> Response:
    return error_response(400, "malformed_event", f"Not an add-on event: {error}")


def _event() -> AddonEvent:
    return parse_event(request.get_json(silent=True))


def _user(event: AddonEvent) -> tuple[Storage, int, Identity]:
    """The storage, the user's id in it (created on first use) and who they are."""
    identity = _runtime().verifier.verify_user(event.user_id_token)
    storage: Storage = current_app.extensions[STORAGE]  # the Google mode's, set before this blueprint
    return storage, storage.upsert_user(identity.subject, identity.email), identity


def _event_client(event: AddonEvent, headers: dict[str, str] | None = None) -> GoogleClient:
    runtime = _runtime()
    # The event's own token: used for this request only, never refreshed nor stored.
    credentials = Credentials(event.user_oauth_token)  # type: ignore[no-untyped-call]
    return GoogleClient(credentials, runtime.endpoints, runtime.backoff, extra_headers=headers or {})


def _gmail_needs(event: AddonEvent, drafting: bool) -> tuple[Sequence[str], ...]:
    """The open message comes with its own token and scopes; any other message needs the mailbox's."""
    if event.message is not None:
        return (scopes.READ_OPEN_MESSAGE, scopes.SAVE_DRAFT) if drafting else (scopes.READ_OPEN_MESSAGE,)
    return (scopes.LIST_MAILBOX, scopes.SAVE_ANY_DRAFT) if drafting else (scopes.LIST_MAILBOX,)


def _mailbox(event: AddonEvent, storage: Storage, user_id: int, needs: tuple[Sequence[str], ...]) -> GmailMailbox | None:
    """Gmail with the event's token when it grants ``needs``; else, away from an open
    message, with the grant the user gave the backend when signing in through the
    extension; ``None`` when neither allows it."""
    if not scopes.missing(event.authorized_scopes, *needs):
        headers = {GMAIL_ACCESS_HEADER: event.message.access_token} if event.message else {}
        return GmailMailbox(_event_client(event, headers))
    if event.message is None and not scopes.missing(storage.granted_scopes(user_id), *needs):
        account = _stored_account(user_id)
        return account.mailbox if account is not None else None
    return None


def _stored_account(user_id: int) -> GoogleAccount | None:
    """The user's account on the grant they gave the backend at sign-in, if any."""
    backend = current_app.extensions.get("tactful")
    if not isinstance(backend, GoogleBackend):
        return None
    try:
        return backend.account(user_id)
    except SignInRequired:
        return None


def _holds(user_id: int) -> tuple[GoogleCalendar, UserHolds] | None:
    """Where to place tentative holds: only through the backend's grant (calendar.events.owned)."""
    account = _stored_account(user_id)
    return account.holds() if account is not None else None


def _context(event: AddonEvent, storage: Storage, user_id: int, identity: Identity, action: str | None = None) -> flows.UserContext:
    runtime = _runtime()
    calendar = None if scopes.missing(event.authorized_scopes, scopes.FREE_BUSY) else GoogleCalendar(_event_client(event))
    return flows.UserContext(
        calendar=calendar,
        settings=storage.settings(user_id, flows.default_settings(event)),
        ledger=storage.ledger(user_id, action),
        now=runtime.clock(),
        urls=runtime.urls,
        user_email=identity.email,
    )


def _needs(event: AddonEvent, *needs: Sequence[str]) -> Response | None:
    """The granular-consent answer when a needed scope was not granted."""
    lacking = scopes.missing(event.authorized_scopes, scopes.IDENTITY, *needs)
    return jsonify(responses.request_scopes(lacking)) if lacking else None


def _message_ids(event: AddonEvent) -> tuple[str, str] | None:
    """The message a card's button names, else the one open in Gmail."""
    thread_id = event.parameters.get(views.PARAM_THREAD)
    message_id = event.parameters.get(views.PARAM_MESSAGE)
    if thread_id and message_id:
        return thread_id, message_id
    if event.message is not None:
        return event.message.thread_id, event.message.message_id
    return None


@addon.post("/homepage")
def homepage() -> Response:
    event = _event()
    if (consent := _needs(event)) is not None:
        return consent
    storage, user_id, identity = _user(event)
    mailbox = _mailbox(event, storage, user_id, _gmail_needs(event, drafting=False))
    try:
        card = flows.homepage_card(_context(event, storage, user_id, identity), mailbox)
    except flows.HANDLED as error:
        card = views.problem_card(flows.explain(error))
    return jsonify(responses.show_card(card))


@dataclass(frozen=True)
class _MessageStep:
    """What a request about one message works with, once every check has passed."""

    ids: tuple[str, str]
    mailbox: GmailMailbox
    context: flows.UserContext
    user_id: int


def _message_step(event: AddonEvent, drafting: bool, *needs: Sequence[str]) -> _MessageStep | Response:
    """The message, the mailbox that reaches it and the user's context; or the consent answer."""
    ids = _message_ids(event)
    if ids is None:
        raise MalformedEvent("no message is open or named")
    if (consent := _needs(event, *needs)) is not None:
        return consent
    storage, user_id, identity = _user(event)
    gmail_needs = _gmail_needs(event, drafting)
    mailbox = _mailbox(event, storage, user_id, gmail_needs)
    if mailbox is None:
        return jsonify(responses.request_scopes(scopes.missing(event.authorized_scopes, *gmail_needs)))
    action = event.parameters.get(views.PARAM_ACTION) if drafting else None
    return _MessageStep(ids, mailbox, _context(event, storage, user_id, identity, action), user_id)


@addon.post("/message")
def message() -> Response:
    """The contextual trigger (a message opened), and the buttons that open a message's card."""
    event = _event()
    step = _message_step(event, False, scopes.FREE_BUSY)
    if isinstance(step, Response):
        return step
    try:
        anyway = event.parameters.get(views.PARAM_ANYWAY) == "1"
        card = flows.message_card(step.context, step.mailbox, *step.ids, anyway=anyway)
    except flows.HANDLED as error:
        card = views.problem_card(flows.explain(error))
    from_button = views.PARAM_THREAD in event.parameters
    return jsonify(responses.push_card(card) if from_button else responses.show_card(card))


@addon.post("/draft")
def draft() -> Response:
    event = _event()
    step = _message_step(event, True)
    if isinstance(step, Response):
        return step
    try:
        answer = flows.create_draft(step.context, step.mailbox, event, *step.ids, holds=_holds(step.user_id))
    except flows.HANDLED as error:
        answer = responses.notify(flows.explain(error))
    return jsonify(answer)


@addon.post("/settings")
def settings() -> Response:
    event = _event()
    if (consent := _needs(event)) is not None:
        return consent
    storage, user_id, _ = _user(event)
    current = storage.settings(user_id, flows.default_settings(event))
    return jsonify(responses.push_card(views.settings_card(current, _runtime().urls)))


@addon.post("/settings/save")
def save_settings() -> Response:
    event = _event()
    if (consent := _needs(event)) is not None:
        return consent
    storage, user_id, _ = _user(event)
    current = storage.settings(user_id, flows.default_settings(event))
    try:
        updated = forms.settings_changes(event, current)
    except InvalidRequest as error:
        return jsonify(responses.update_card(views.settings_card(current, _runtime().urls, error.problems)))
    storage.save_settings(user_id, updated)
    return jsonify(responses.update_card(views.settings_card(updated, _runtime().urls), notification="Settings saved"))
