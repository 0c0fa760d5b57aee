"""The Gmail add-on's HTTP endpoints (``/addon``).

Issue 6 implements them.  Until then, and in local mode always, they answer 401: the
DESIGN contract says they refuse any request without a valid Google-signed ID token in
every mode, and local mode has no Google ID-token verification configured.
"""

from __future__ import annotations

from flask import Blueprint, Response

from tactful.web.errors import error_response

addon = Blueprint("addon", __name__, url_prefix="/addon")


@addon.post("/<path:path>")
def refuse(path: str) -> Response:
    response = error_response(
        401,
        "unauthorized",
        "Add-on requests need a Google-signed ID token, and this server verifies none (local mode).",
    )
    response.headers["WWW-Authenticate"] = 'Bearer realm="tactful-addon"'
    return response
