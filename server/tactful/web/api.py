"""The extension's REST API (``/api``): who am I, settings, invite threads, drafts, holds.

Every request acts on one ``Account`` (``tactful.web.account``): the machine's owner in
local mode, the signed-in user in the Google mode.  Who it is comes from the bearer
token alone (``tactful.web.auth``); no cookie is read, so CSRF does not apply.
"""

from __future__ import annotations

from flask import Blueprint, Response, g, jsonify, request

from tactful.adapters.google_client import GoogleApiError, GoogleUnavailable, SignInRequired
from tactful.core.compose.options import Action
from tactful.service.ahead import draft_ahead
from tactful.service.holds import HoldCalendar, HoldLedger, release_holds, settle_holds
from tactful.service.ports import CalendarUnavailable, ThreadGone
from tactful.service.settings import InvalidRequest, Settings, apply_changes
from tactful.service.threads import (
    DraftResult,
    DraftStatus,
    InviteThread,
    awaiting_answer,
    draft_for_thread,
    suggest,
)
from tactful.web.account import Account, default_options, scheduling, user_emails
from tactful.web.auth import current_account, unauthorized
from tactful.web.errors import error_response
from tactful.web.payloads import (
    ahead_json,
    days_param,
    draft_request,
    draft_result_json,
    message_id_param,
    suggestion_json,
    thread_json,
)

api = Blueprint("api", __name__, url_prefix="/api")


def _json_body() -> object:
    body = request.get_json(silent=True)
    if body is None:
        raise InvalidRequest({"body": "must be JSON (Content-Type: application/json)"})
    return body


def _account() -> Account:
    account = current_account()
    if account is None:  # require_account has answered already; kept for the type checker
        raise SignInRequired("Sign in first.")
    return account


@api.before_request
def require_account() -> Response | None:
    # Preflights carry no credentials by design; the browser sends the real request next.
    if request.method == "OPTIONS" or current_account() is not None:
        return None
    return unauthorized()


@api.teardown_request
def close_account(error: BaseException | None) -> None:
    account: Account | None = g.get("tactful_account")
    if account is not None:
        account.close()


@api.errorhandler(InvalidRequest)
def invalid_request(error: InvalidRequest) -> Response:
    return error_response(400, "invalid_request", str(error), fields=error.problems)


@api.errorhandler(ThreadGone)
def thread_gone(error: ThreadGone) -> Response:
    return error_response(404, "thread_not_found", str(error))


@api.errorhandler(CalendarUnavailable)
def calendar_unavailable(error: CalendarUnavailable) -> Response:
    return error_response(503, "calendar_unavailable", f"Your calendar could not be read: {error}")


@api.errorhandler(SignInRequired)
def sign_in_required(error: SignInRequired) -> Response:
    response = error_response(401, "sign_in_required", str(error))
    response.headers["WWW-Authenticate"] = 'Bearer realm="tactful", error="invalid_token"'
    return response


@api.errorhandler(GoogleUnavailable)
def google_unavailable(error: GoogleUnavailable) -> Response:
    response = error_response(503, "google_unavailable", str(error))
    response.headers["Retry-After"] = "60"
    return response


@api.errorhandler(GoogleApiError)
def google_refused(error: GoogleApiError) -> Response:
    return error_response(502, "google_error", str(error), google_status=error.status, google_reason=error.reason)


@api.get("/me")
def me() -> Response:
    account = _account()
    settings = account.load_settings()
    return jsonify(
        {
            "mode": account.mode,
            "user": {"name": account.user_name, "email": account.user_email},
            "settings": settings.as_json(),
            "holds_available": account.holds() is not None,
            "now": account.clock().isoformat(),
            **account.describe(settings),
        }
    )


@api.get("/settings")
def get_settings() -> Response:
    return jsonify(_account().load_settings().as_json())


@api.put("/settings")
def put_settings() -> Response:
    account = _account()
    updated = apply_changes(account.load_settings(), _json_body())
    if updated.holds and account.holds() is None:
        raise InvalidRequest({"holds": "tentative holds need the Google mode and the calendar.events.owned permission"})
    account.save_settings(updated)
    return jsonify(updated.as_json())


@api.get("/calendars")
def list_calendars() -> Response:
    """The calendars the ``calendars`` setting may name, and which of them count now."""
    account = _account()
    chosen = set(account.load_settings().calendars)
    return jsonify(
        {
            "calendars": [
                {"id": calendar_id, "name": name, "counted": calendar_id in chosen}
                for calendar_id, name in account.available_calendars()
            ]
        }
    )


@api.get("/threads")
def list_threads() -> Response:
    account = _account()
    days = days_param(request.args.get("days"))
    threads = awaiting_answer(account.mailbox, days, user_emails(account))
    shown = {"days": days, "now": account.clock().isoformat(), "threads": [thread_json(t) for t in threads]}
    settings = account.load_settings()
    if settings.draft_ahead:
        shown["drafted_ahead"] = _draft_ahead(account, settings, threads)
    shown["google_usage"] = account.google_usage()
    return jsonify(shown)


def _draft_ahead(account: Account, settings: Settings, threads: list[InviteThread]) -> dict[str, object]:
    """Drafted ahead (opt-in): the suggested reply waits in each new invitation thread.

    Idempotent, so a listing may do it: a thread already drafted is left alone.  A
    calendar that cannot be read stops the drafting, not the listing.
    """
    try:
        results = draft_ahead(account.mailbox, account.ledger, account.calendar(settings), settings.preferences,
                              default_options(account, settings), scheduling(account, settings), account.clock(),
                              threads)
    except CalendarUnavailable as error:
        return {"results": [], "error": f"Your calendar could not be read: {error}"}
    return {"results": [ahead_json(result) for result in results], "error": None}


@api.get("/threads/<thread_id>")
def thread_suggestion(thread_id: str) -> Response:
    account = _account()
    settings = account.load_settings()
    suggestion = suggest(
        account.mailbox,
        account.calendar(settings),
        thread_id,
        default_options(account, settings),
        scheduling(account, settings),
        account.clock(),
        message_id=message_id_param(request.args.get("message_id")),
        preferences=settings.preferences,
    )
    return jsonify(suggestion_json(thread_id, suggestion))


@api.post("/threads/<thread_id>/drafts")
def create_draft(thread_id: str) -> Response | tuple[Response, int]:
    account = _account()
    settings = account.load_settings()
    wanted = draft_request(_json_body(), default_options(account, settings))
    holds = account.holds()
    if holds is not None and wanted.options.action is Action.RESCHEDULE:
        # The thread's own holds would read as busy time and push the new slots away from
        # the times they keep; they are placed again for the new slots below.
        release_holds(*holds, thread_id)
    try:
        result = draft_for_thread(
            account.mailbox,
            account.ledger(wanted.options.action),
            account.calendar(settings),
            thread_id,
            wanted.options,
            scheduling(account, settings),
            account.clock(),
            message_id=wanted.message_id,
        )
    except ValueError as error:  # the message gives no address to reply to, say
        return error_response(422, "cannot_draft", str(error)), 422
    shown = draft_result_json(thread_id, wanted.options.action, result, account.open_url(result.saved))
    shown["holds"] = _update_holds(holds, thread_id, result, wanted.options.action, settings)
    status = 201 if result.status is DraftStatus.CREATED else 200
    return jsonify(shown), status


def _update_holds(
    holds: tuple[HoldCalendar, HoldLedger] | None, thread_id: str, result: DraftResult, action: Action, settings: Settings
) -> dict[str, object] | None:
    """Hold the slots a reschedule proposes; a new decline or acceptance releases the holds.

    The draft is saved whatever happens here: a calendar failure is reported with the
    draft, not instead of it.
    """
    if holds is None:
        return None
    try:
        placed = settle_holds(*holds, thread_id, result, action, settings)
    except CalendarUnavailable as error:
        return {"event_ids": [], "error": str(error)}
    return None if placed is None else {"event_ids": list(placed), "error": None}


@api.delete("/threads/<thread_id>/holds")
def release_thread_holds(thread_id: str) -> Response:
    account = _account()
    where = account.holds()
    if where is None:
        return jsonify({"thread_id": thread_id, "released": 0})
    calendar, ledger = where
    return jsonify({"thread_id": thread_id, "released": release_holds(calendar, ledger, thread_id)})
