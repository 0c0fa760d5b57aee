"""Errors shaped as Google's JSON error responses."""

from __future__ import annotations

from typing import Any

_STATUS = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    410: "NOT_FOUND",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    503: "UNAVAILABLE",
}
_REASON = {
    400: "invalidArgument",
    401: "authError",
    403: "forbidden",
    404: "notFound",
    410: "deleted",
    429: "rateLimitExceeded",
    500: "backendError",
    503: "backendError",
}
_MESSAGE = {
    401: "Request had invalid authentication credentials.",
    404: "Requested entity was not found.",
    429: "Too many concurrent requests for user.",
    500: "Backend Error",
    503: "The service is currently unavailable.",
}


class ApiError(Exception):
    """An error answer: ``status`` with Google's error body."""

    def __init__(self, status: int, reason: str | None = None, message: str | None = None) -> None:
        super().__init__(message or _MESSAGE.get(status, "error"))
        self.status = status
        self.reason = reason or _REASON.get(status, "error")
        self.message = message or _MESSAGE.get(status, "error")

    def body(self) -> dict[str, Any]:
        return {
            "error": {
                "code": self.status,
                "message": self.message,
                "errors": [{"message": self.message, "domain": "global", "reason": self.reason}],
                "status": _STATUS.get(self.status, "UNKNOWN"),
            }
        }
