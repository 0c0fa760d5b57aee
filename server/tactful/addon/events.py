"""The event object Google posts to an add-on endpoint, read into a typed value.

Shapes from GOOGLE_FACTS.md §1.  Everything but the tokens is optional (a homepage event
has no ``gmail`` part, a trigger no form), and an event of the wrong shape is refused
with ``MalformedEvent`` instead of being half-read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


class MalformedEvent(ValueError):
    """The request body is not an add-on event object."""


@dataclass(frozen=True)
class OpenMessage:
    """The Gmail message the user has open, with the token that unlocks it."""

    message_id: str
    thread_id: str
    access_token: str


@dataclass(frozen=True)
class AddonEvent:
    user_oauth_token: str
    user_id_token: str | None
    system_id_token: str | None
    authorized_scopes: frozenset[str] | None  # None: Google did not say (no granular consent)
    host_app: str = ""
    platform: str = ""
    locale: str = ""
    time_zone: str | None = None
    message: OpenMessage | None = None
    parameters: Mapping[str, str] = field(default_factory=dict)
    form: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def first(self, name: str) -> str | None:
        """The first value the form sent for ``name`` (``None``: absent, e.g. a switch left off)."""
        values = self.form.get(name, ())
        return values[0] if values else None

    def values(self, name: str) -> tuple[str, ...]:
        return self.form.get(name, ())

    def switched_on(self, name: str) -> bool:
        return self.first(name) == "true"


def _object(value: Any, where: str) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise MalformedEvent(f"{where} must be an object")
    return value


def _string(value: Any, where: str, *, required: bool = False) -> str | None:
    if value is None or value == "":
        if required:
            raise MalformedEvent(f"{where} is missing")
        return None
    if not isinstance(value, str):
        raise MalformedEvent(f"{where} must be text")
    return value


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise MalformedEvent(f"{where} must be a list of text")
    return tuple(value)


def _form(inputs: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    form = {}
    for name, entry in inputs.items():
        string_inputs = _object(_object(entry, f"formInputs.{name}").get("stringInputs"), f"formInputs.{name}.stringInputs")
        form[str(name)] = _strings(string_inputs.get("value"), f"formInputs.{name}.stringInputs.value")
    return form


def _message(gmail: Mapping[str, Any]) -> OpenMessage | None:
    message_id = _string(gmail.get("messageId"), "gmail.messageId")
    if message_id is None:
        return None
    return OpenMessage(
        message_id=message_id,
        thread_id=_string(gmail.get("threadId"), "gmail.threadId") or "",
        access_token=_string(gmail.get("accessToken"), "gmail.accessToken", required=True) or "",
    )


def _scopes(value: Any) -> frozenset[str] | None:
    return None if value is None else frozenset(_strings(value, "authorizationEventObject.authorizedScopes"))


def parse_event(body: object) -> AddonEvent:
    """The typed event; raises ``MalformedEvent`` when ``body`` is not one."""
    event = _object(body, "the event")
    if not event:
        raise MalformedEvent("the event is empty")
    common = _object(event.get("commonEventObject"), "commonEventObject")
    auth = _object(event.get("authorizationEventObject"), "authorizationEventObject")
    # Google's own Java sample spells it userOauthToken: read both.
    token = auth.get("userOAuthToken", auth.get("userOauthToken"))
    parameters = _object(common.get("parameters"), "commonEventObject.parameters")
    if not all(isinstance(value, str) for value in parameters.values()):
        raise MalformedEvent("commonEventObject.parameters must map names to text")
    zone = _object(common.get("timeZone"), "commonEventObject.timeZone")
    return AddonEvent(
        user_oauth_token=_string(token, "authorizationEventObject.userOAuthToken", required=True) or "",
        user_id_token=_string(auth.get("userIdToken"), "authorizationEventObject.userIdToken"),
        system_id_token=_string(auth.get("systemIdToken"), "authorizationEventObject.systemIdToken"),
        authorized_scopes=_scopes(auth.get("authorizedScopes")),
        host_app=_string(common.get("hostApp"), "commonEventObject.hostApp") or "",
        platform=_string(common.get("platform"), "commonEventObject.platform") or "",
        locale=_string(common.get("userLocale"), "commonEventObject.userLocale") or "",
        time_zone=_string(zone.get("id"), "commonEventObject.timeZone.id"),
        message=_message(_object(event.get("gmail"), "gmail")),
        parameters=dict(parameters),
        form=_form(_object(common.get("formInputs"), "commonEventObject.formInputs")),
    )
