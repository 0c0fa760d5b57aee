"""The extension's REST API (``/api``): who am I, settings, invite threads, drafts."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, jsonify, request

from tactful.service.ports import CalendarUnavailable, ThreadGone
from tactful.service.threads import DraftStatus, awaiting_answer, draft_for_thread, suggest
from tactful.web.auth import has_valid_token
from tactful.web.errors import error_response
from tactful.web.local import LocalBackend
from tactful.web.payloads import days_param, draft_result_json, reply_options, suggestion_json, thread_json
from tactful.service.settings import InvalidRequest, apply_changes

api = Blueprint("api", __name__, url_prefix="/api")


def _backend() -> LocalBackend:
    backend: LocalBackend = current_app.extensions["tactful"]
    return backend


def _json_body() -> object:
    body = request.get_json(silent=True)
    if body is None:
        raise InvalidRequest({"body": "must be JSON (Content-Type: application/json)"})
    return body


@api.before_request
def require_token() -> Response | None:
    # Preflights carry no credentials by design; the browser sends the real request next.
    if request.method == "OPTIONS" or has_valid_token():
        return None
    response = error_response(
        401, "unauthorized", "Send the API token as 'Authorization: Bearer <token>'; `tactful serve` prints it."
    )
    response.headers["WWW-Authenticate"] = 'Bearer realm="tactful"'
    return response


@api.errorhandler(InvalidRequest)
def invalid_request(error: InvalidRequest) -> Response:
    return error_response(400, "invalid_request", str(error), fields=error.problems)


@api.errorhandler(ThreadGone)
def thread_gone(error: ThreadGone) -> Response:
    return error_response(404, "thread_not_found", str(error))


@api.errorhandler(CalendarUnavailable)
def calendar_unavailable(error: CalendarUnavailable) -> Response:
    return error_response(503, "calendar_unavailable", f"Your calendar could not be read: {error}")


@api.get("/me")
def me() -> Response:
    backend = _backend()
    return jsonify(
        {
            "mode": "local",
            "user": {"name": backend.user_name, "email": backend.user_email},
            "settings": backend.settings.load().as_json(),
            "mailbox": {"kind": "maildir", "path": str(backend.mailbox.path), "sample": backend.sample},
            "calendars": [str(path) for path in backend.calendar_paths],
            "now": backend.clock().isoformat(),
        }
    )


@api.get("/settings")
def get_settings() -> Response:
    return jsonify(_backend().settings.load().as_json())


@api.put("/settings")
def put_settings() -> Response:
    store = _backend().settings
    updated = apply_changes(store.load(), _json_body())
    store.save(updated)
    return jsonify(updated.as_json())


@api.get("/threads")
def list_threads() -> Response:
    backend = _backend()
    days = days_param(request.args.get("days"))
    threads = awaiting_answer(backend.mailbox, days, backend.user_emails)
    return jsonify({"days": days, "now": backend.clock().isoformat(), "threads": [thread_json(t) for t in threads]})


@api.get("/threads/<thread_id>")
def thread_suggestion(thread_id: str) -> Response:
    backend = _backend()
    settings = backend.settings.load()
    suggestion = suggest(
        backend.mailbox,
        backend.calendar(settings),
        thread_id,
        backend.default_options(settings),
        backend.scheduling(settings),
        backend.clock(),
    )
    return jsonify(suggestion_json(thread_id, suggestion))


@api.post("/threads/<thread_id>/drafts")
def create_draft(thread_id: str) -> Response | tuple[Response, int]:
    backend = _backend()
    settings = backend.settings.load()
    options = reply_options(_json_body(), backend.default_options(settings))
    try:
        result = draft_for_thread(
            backend.mailbox,
            backend.ledger,
            backend.calendar(settings),
            thread_id,
            options,
            backend.scheduling(settings),
            backend.clock(),
        )
    except ValueError as error:  # the message gives no address to reply to, say
        return error_response(422, "cannot_draft", str(error)), 422
    status = 201 if result.status is DraftStatus.CREATED else 200
    return jsonify(draft_result_json(thread_id, options.action, result)), status
